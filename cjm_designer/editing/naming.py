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


def id_from_name_edit(
    journey: JourneyMap, kind: Kind, entity_id: str, field: str, placeholder: str
) -> Edit | None:
    """After a name was typed elsewhere (the Properties field, key by key): the edit that
    gives the entity an id from its name, while its id is still the placeholder's and
    nothing refers to it; None when the id stays."""
    entity = journey.get(entity_id)
    name = getattr(entity, field, None)
    if (
        entity is None
        or not isinstance(name, str)
        or not name.strip()
        or name == placeholder
        or not _fresh(entity_id, placeholder)
        or _referenced(journey, kind, entity_id)
    ):
        return None
    taken = set(journey.ids()) - {entity_id}
    wanted = new_id(name, taken, kind.value.rstrip("s") or "item")
    if wanted == entity_id:
        return None
    index = journey.index_of(kind, entity_id)
    return CompositeEdit(
        [RemoveEntity(kind, entity_id), InsertEntity(kind, replace(entity, id=wanted), index)]
    )


def name_edit(
    journey: JourneyMap, kind: Kind, entity_id: str, field: str, value: str, placeholder: str
) -> Edit:
    """The edit that sets ``field`` to ``value``; with an id from ``value`` when the entity
    still has its placeholder name and the id made from it, and nothing refers to it."""
    edit = update(journey, kind, entity_id, **{field: value})
    entity = journey.get(entity_id)
    if (
        not value.strip()
        or getattr(entity, field, None) != placeholder
        or not _fresh(entity_id, placeholder)
        or _referenced(journey, kind, entity_id)
    ):
        return edit
    taken = set(journey.ids()) - {entity_id}
    wanted = new_id(value, taken, kind.value.rstrip("s") or "item")
    if wanted == entity_id:
        return edit
    # Out and back in at the same place: every view already follows adds and removes.
    index = journey.index_of(kind, entity_id)
    return CompositeEdit(
        [
            RemoveEntity(kind, entity_id),
            InsertEntity(kind, replace(edit.new, id=wanted), index),
        ]
    )
