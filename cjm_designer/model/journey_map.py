"""The document: one journey map, its ordered collections, and change events.

The map is the single source of truth. Views (the canvas, the outline, the analysis
dock) subscribe to its events and redraw what changed; they never keep their own copy.
Every change goes through the five primitive methods below, so one listener sees all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar, cast, overload

from .entities import (
    Channel,
    Entity,
    Flow,
    Measurement,
    Persona,
    PlanAction,
    Revision,
    RowDefinition,
    Scenario,
    Stage,
    Touchpoint,
    Transition,
)
from .records import Record, record

if TYPE_CHECKING:
    from .snapshots import Snapshot


class Kind(StrEnum):
    """A collection of the map; the value is the key used in the file."""

    PERSONA = "personas"
    SCENARIO = "scenarios"
    CHANNEL = "channels"
    STAGE = "stages"
    TOUCHPOINT = "touchpoints"
    TRANSITION = "transitions"
    FLOW = "flows"
    ROW = "rows"

    def __str__(self) -> str:
        return self.value


ENTITY_TYPES: dict[Kind, type] = {
    Kind.PERSONA: Persona,
    Kind.SCENARIO: Scenario,
    Kind.CHANNEL: Channel,
    Kind.STAGE: Stage,
    Kind.TOUCHPOINT: Touchpoint,
    Kind.TRANSITION: Transition,
    Kind.FLOW: Flow,
    Kind.ROW: RowDefinition,
}

MAP_FIELDS: tuple[str, ...] = (
    "title",
    "description",
    "language",
    "author",
    "entry",
    "next_review",
    "traffic",
    "revisions",
    "plan",
    "measured",
    "snapshots",
    "extra",
)

# --- events: past tense, carrying old and new values -------------------------------


@record
class EntityAdded(Record):
    """Told to subscribers after an entity was added at ``index``."""

    kind: Kind
    index: int
    entity: Entity


@record
class EntityRemoved(Record):
    """Told to subscribers after an entity was removed from ``index``."""

    kind: Kind
    index: int
    entity: Entity


@record
class EntityChanged(Record):
    """Told to subscribers after an entity was replaced by a changed copy."""

    kind: Kind
    old: Entity
    new: Entity


@record
class EntityMoved(Record):
    """Told to subscribers after an entity moved within its list."""

    kind: Kind
    id: str
    old_index: int
    new_index: int


@record
class MapFieldChanged(Record):
    """Told to subscribers after one of the map's own fields changed."""

    name: str
    old: Any
    new: Any


MapEvent = EntityAdded | EntityRemoved | EntityChanged | EntityMoved | MapFieldChanged
Listener = Callable[[MapEvent], None]


class MapIntegrityError(ValueError):
    """A primitive was asked to break an invariant (duplicate id, unknown id)."""


T_co = TypeVar("T_co", covariant=True)


class EntityView(Sequence[T_co]):
    """One of the map's ordered collections, read-only and live.

    ``journey.stages`` and the others used to return the map's own lists, so any caller
    could append to them or sort them behind the map's back: no event, no undo, the
    id index out of step. The view reads through to the list (no copy, so loops over
    big maps stay cheap) and has no way to change it; changes go through the map's
    primitives (``insert``, ``remove``, ``replace``, ``move``) or ``model.edits``.
    A slice is a new list, the caller's to change.
    """

    __slots__ = ("_items",)

    def __init__(self, items: list[Any]) -> None:
        self._items = items

    @overload
    def __getitem__(self, index: int) -> T_co: ...

    @overload
    def __getitem__(self, index: slice) -> list[T_co]: ...

    def __getitem__(self, index: int | slice) -> T_co | list[T_co]:
        return self._items[index]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T_co]:
        return iter(self._items)

    def __reversed__(self) -> Iterator[T_co]:
        return reversed(self._items)

    def __contains__(self, value: object) -> bool:
        return value in self._items

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        return self._items.index(value, start, len(self._items) if stop is None else stop)

    def count(self, value: Any) -> int:
        return self._items.count(value)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, EntityView):
            return self._items == other._items
        if isinstance(other, list | tuple):
            return self._items == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal to lists, which are unhashable

    def __repr__(self) -> str:
        return f"EntityView({self._items!r})"


@dataclass(eq=False)
class JourneyMap:
    """A customer journey map. Collections are ordered; order is meaningful on the canvas."""

    title: str = ""
    description: str = ""
    language: str = "en"
    author: str = ""
    entry: str | None = None
    next_review: str | None = None
    traffic: float | None = None
    """Customers entering the journey per month, for the worth of opportunities."""
    revisions: tuple[Revision, ...] = ()
    plan: tuple[PlanAction, ...] = ()
    measured: tuple[Measurement, ...] = ()
    snapshots: tuple[Snapshot, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    _items: dict[Kind, list[Entity]] = field(init=False, repr=False)
    _views: dict[Kind, EntityView[Entity]] = field(init=False, repr=False)
    _by_id: dict[str, tuple[Kind, Entity]] = field(init=False, repr=False)
    _listeners: list[Listener] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._items = {kind: [] for kind in Kind}
        # The lists are only ever changed in place, so one view each lasts the map's life.
        self._views = {kind: EntityView(items) for kind, items in self._items.items()}
        self._by_id = {}
        self._listeners = []

    # --- reading (read-only live views; see EntityView) -------------------------------

    @property
    def personas(self) -> EntityView[Persona]:
        return cast("EntityView[Persona]", self._views[Kind.PERSONA])

    @property
    def scenarios(self) -> EntityView[Scenario]:
        return cast("EntityView[Scenario]", self._views[Kind.SCENARIO])

    @property
    def channels(self) -> EntityView[Channel]:
        return cast("EntityView[Channel]", self._views[Kind.CHANNEL])

    @property
    def stages(self) -> EntityView[Stage]:
        return cast("EntityView[Stage]", self._views[Kind.STAGE])

    @property
    def touchpoints(self) -> EntityView[Touchpoint]:
        return cast("EntityView[Touchpoint]", self._views[Kind.TOUCHPOINT])

    @property
    def transitions(self) -> EntityView[Transition]:
        return cast("EntityView[Transition]", self._views[Kind.TRANSITION])

    @property
    def flows(self) -> EntityView[Flow]:
        return cast("EntityView[Flow]", self._views[Kind.FLOW])

    @property
    def rows(self) -> EntityView[RowDefinition]:
        return cast("EntityView[RowDefinition]", self._views[Kind.ROW])

    def items(self, kind: Kind) -> EntityView[Entity]:
        """One collection, ordered, read-only; change it only through the primitives."""
        return self._views[kind]

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._by_id

    def ids(self) -> set[str]:
        return set(self._by_id)

    def get(self, entity_id: str) -> Entity | None:
        found = self._by_id.get(entity_id)
        return found[1] if found else None

    def kind_of(self, entity_id: str) -> Kind | None:
        found = self._by_id.get(entity_id)
        return found[0] if found else None

    def find(self, kind: Kind, entity_id: str) -> Entity:
        found = self._by_id.get(entity_id)
        if not found or found[0] is not kind:
            raise MapIntegrityError(f"no {kind.value[:-1]} with id {entity_id!r}")
        return found[1]

    def stage(self, stage_id: str) -> Stage:
        return cast(Stage, self.find(Kind.STAGE, stage_id))

    def channel(self, channel_id: str) -> Channel:
        return cast(Channel, self.find(Kind.CHANNEL, channel_id))

    def touchpoint(self, touchpoint_id: str) -> Touchpoint:
        return cast(Touchpoint, self.find(Kind.TOUCHPOINT, touchpoint_id))

    def persona(self, persona_id: str) -> Persona:
        return cast(Persona, self.find(Kind.PERSONA, persona_id))

    def index_of(self, kind: Kind, entity_id: str) -> int:
        for index, entity in enumerate(self._items[kind]):
            if entity.id == entity_id:
                return index
        raise MapIntegrityError(f"no {kind.value[:-1]} with id {entity_id!r}")

    def touchpoints_in(self, stage_id: str, channel_id: str | None = None) -> list[Touchpoint]:
        """Cards of one cell (or one stage), in their canvas order."""
        return [
            tp
            for tp in self.touchpoints
            if tp.stage == stage_id and (channel_id is None or tp.channel == channel_id)
        ]

    def cells(self) -> dict[tuple[str, str], list[Touchpoint]]:
        """All cards grouped by (stage, channel) in one pass, for layout of big maps."""
        grouped: dict[tuple[str, str], list[Touchpoint]] = {}
        for tp in self.touchpoints:
            grouped.setdefault((tp.stage, tp.channel), []).append(tp)
        return grouped

    def entry_stage(self) -> Stage | None:
        """Where a customer starts: the marked stage, else the first one."""
        if self.entry and self.entry in self._by_id:
            return self.stage(self.entry)
        return self.stages[0] if self.stages else None

    def all_entities(self) -> Iterator[tuple[Kind, Entity]]:
        for kind in Kind:
            for entity in self._items[kind]:
                yield kind, entity

    # --- events --------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _emit(self, event: MapEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    # --- the five primitives -------------------------------------------------------

    def insert(self, kind: Kind, entity: Entity, index: int | None = None) -> int:
        if entity.id in self._by_id:
            raise MapIntegrityError(f"id {entity.id!r} is already used")
        if not isinstance(entity, ENTITY_TYPES[kind]):
            raise MapIntegrityError(f"{type(entity).__name__} does not belong in {kind.value}")
        items = self._items[kind]
        position = len(items) if index is None else max(0, min(index, len(items)))
        items.insert(position, entity)
        self._by_id[entity.id] = (kind, entity)
        self._emit(EntityAdded(kind, position, entity))
        return position

    def remove(self, kind: Kind, entity_id: str) -> tuple[int, Entity]:
        """Remove one entity only; callers that need a cascade use ``edits.remove``."""
        index = self.index_of(kind, entity_id)
        entity = self._items[kind].pop(index)
        del self._by_id[entity_id]
        self._emit(EntityRemoved(kind, index, entity))
        return index, entity

    def replace(self, kind: Kind, new: Entity, old_id: str | None = None) -> Entity:
        """Swap in a new version of an entity (same id unless ``old_id`` renames it)."""
        target_id = old_id or new.id
        index = self.index_of(kind, target_id)
        if new.id != target_id and new.id in self._by_id:
            raise MapIntegrityError(f"id {new.id!r} is already used")
        old = self._items[kind][index]
        self._items[kind][index] = new
        del self._by_id[target_id]
        self._by_id[new.id] = (kind, new)
        self._emit(EntityChanged(kind, old, new))
        return old

    def move(self, kind: Kind, entity_id: str, new_index: int) -> int:
        """Reorder within a collection; returns the old index."""
        items = self._items[kind]
        old_index = self.index_of(kind, entity_id)
        new_index = max(0, min(new_index, len(items) - 1))
        if new_index != old_index:
            items.insert(new_index, items.pop(old_index))
            self._emit(EntityMoved(kind, entity_id, old_index, new_index))
        return old_index

    def set_field(self, name: str, value: Any) -> Any:
        if name not in MAP_FIELDS:
            raise MapIntegrityError(f"{name!r} is not a field of the map")
        old = getattr(self, name)
        setattr(self, name, value)
        self._emit(MapFieldChanged(name, old, value))
        return old

    # --- bulk construction (loading, templates) --------------------------------------

    def extend(self, kind: Kind, entities: Iterable[Entity]) -> None:
        """Append many entities without events: for building a map before anyone listens."""
        items = self._items[kind]
        for entity in entities:
            if entity.id in self._by_id:
                raise MapIntegrityError(f"id {entity.id!r} is used twice")
            items.append(entity)
            self._by_id[entity.id] = (kind, entity)

    def copy(self) -> JourneyMap:
        """A second map sharing the (immutable) entities, with no listeners."""
        return self.subset(lambda _kind, _entity: True)

    def subset(self, keep: Callable[[Kind, Entity], bool]) -> JourneyMap:
        """A map with every field of this one and only the entities ``keep`` accepts.

        Flows whose cards were left out go too, so the result is still a valid map
        (filters for a persona, a scenario or researched cards build on this).
        """
        twin = JourneyMap(**{name: getattr(self, name) for name in MAP_FIELDS})
        twin.extra = dict(self.extra)
        for kind in Kind:
            chosen = [entity for entity in self._items[kind] if keep(kind, entity)]
            if kind is Kind.FLOW:
                cards = twin._by_id
                chosen = [
                    f
                    for f in chosen
                    if isinstance(f, Flow) and f.source in cards and f.target in cards
                ]
            twin.extend(kind, chosen)
        return twin

    def same_content(self, other: JourneyMap) -> bool:
        """Equal documents (fields and every entity, in order); listeners do not count."""
        return all(getattr(self, name) == getattr(other, name) for name in MAP_FIELDS) and all(
            self._items[kind] == other._items[kind] for kind in Kind
        )
