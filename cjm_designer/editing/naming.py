"""A new stage, channel or card takes its id from the first name the user types.

Insert > Add Stage makes ``new-stage`` (from the placeholder "New stage"); when the user
then types "Интерес" over the placeholder, the id becomes ``interes`` (transliterated,
unique), so the YAML file reads like the map. Only while nothing refers to the entity
yet: an id that transitions, cards or flows already use is never changed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cjm_designer.model import JourneyMap, Kind, new_id, slugify
from cjm_designer.model.edits import (
    CompositeEdit,
    Edit,
    InsertEntity,
    RemoveEntity,
    update,
)
from cjm_designer.model.entities import Entity


def _referenced(journey: JourneyMap, kind: Kind, entity_id: str) -> bool:
    if kind is Kind.STAGE:
        return any(tp.stage == entity_id for tp in journey.touchpoints) or any(
            entity_id in (t.source, t.target) for t in journey.transitions
        )
    if kind is Kind.CHANNEL:
        return any(tp.channel == entity_id for tp in journey.touchpoints)
    if kind is Kind.TOUCHPOINT:
        return any(entity_id in (f.source, f.target) for f in journey.flows)
    return True


def _fresh(entity_id: str, placeholder: str) -> bool:
    """True for an id made from the placeholder name (``new-stage``, ``new-stage-2``)."""
    pattern = re.escape(slugify(placeholder, "")) + r"(-\d+)?"
    return re.fullmatch(pattern, entity_id) is not None


def _id_from_name(
    journey: JourneyMap, kind: Kind, entity_id: str, name: str, placeholder: str
) -> str | None:
    """The id ``name`` gives the entity, or None while its id must stay: the name is empty,
    the id is no longer the placeholder's, something refers to it, or the id is the same."""
    if not name.strip() or not _fresh(entity_id, placeholder):
        return None
    if _referenced(journey, kind, entity_id):
        return None
    taken = set(journey.ids()) - {entity_id}
    wanted = new_id(name, taken, kind.value.rstrip("s") or "item")
    return None if wanted == entity_id else wanted


def _reinserted(journey: JourneyMap, kind: Kind, entity: Entity, entity_id: str) -> Edit:
    # Out and back in at the same place: every view already follows adds and removes.
    index = journey.index_of(kind, entity_id)
    return CompositeEdit([RemoveEntity(kind, entity_id), InsertEntity(kind, entity, index)])


def id_from_name_edit(
    journey: JourneyMap, kind: Kind, entity_id: str, field: str, placeholder: str
) -> Edit | None:
    """After a name was typed elsewhere (the Properties field, key by key): the edit that
    gives the entity an id from its name, while its id is still the placeholder's and
    nothing refers to it; None when the id stays."""
    entity = journey.get(entity_id)
    name = getattr(entity, field, None)
    if entity is None or not isinstance(name, str) or name == placeholder:
        return None
    wanted = _id_from_name(journey, kind, entity_id, name, placeholder)
    if wanted is None:
        return None
    return _reinserted(journey, kind, replace(entity, id=wanted), entity_id)


def name_edit(
    journey: JourneyMap, kind: Kind, entity_id: str, field: str, value: str, placeholder: str
) -> Edit:
    """The edit that sets ``field`` to ``value``; with an id from ``value`` when the entity
    still has its placeholder name and the id made from it, and nothing refers to it."""
    edit = update(journey, kind, entity_id, **{field: value})
    if getattr(journey.get(entity_id), field, None) != placeholder:
        return edit
    wanted = _id_from_name(journey, kind, entity_id, value, placeholder)
    if wanted is None:
        return edit
    return _reinserted(journey, kind, replace(edit.new, id=wanted), entity_id)
