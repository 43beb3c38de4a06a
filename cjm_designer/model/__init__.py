"""The journey-map document: pure Python, standard library only."""

from .entities import (
    EMOTION_MAX,
    EMOTION_MIN,
    Action,
    Channel,
    Comment,
    Duration,
    Entity,
    Evidence,
    Flow,
    Insight,
    Kpi,
    Persona,
    Picture,
    Revision,
    RowDefinition,
    Scenario,
    Stage,
    Swot,
    Touchpoint,
    Transition,
)
from .enums import (
    ChannelKind,
    DurationUnit,
    EvidenceSource,
    EvidenceStatus,
    Segment,
    TransitionKind,
)
from .ids import is_valid_id, new_id, slugify, unique_id
from .journey_map import (
    EntityAdded,
    EntityChanged,
    EntityMoved,
    EntityRemoved,
    JourneyMap,
    Kind,
    MapEvent,
    MapFieldChanged,
    MapIntegrityError,
)
from .validation import Problem, Severity, check_map, path_text

__all__ = [
    "EMOTION_MAX", "EMOTION_MIN", "Action", "Channel", "ChannelKind", "Comment",
    "Duration", "DurationUnit", "Entity", "EntityAdded", "EntityChanged", "EntityMoved",
    "EntityRemoved", "Evidence", "EvidenceSource", "EvidenceStatus", "Flow", "Insight",
    "JourneyMap", "Kind", "Kpi", "MapEvent", "MapFieldChanged", "MapIntegrityError",
    "Persona", "Picture", "Problem", "Revision", "RowDefinition", "Scenario", "Segment",
    "Severity", "Stage", "Swot", "Touchpoint", "Transition", "TransitionKind", "check_map",
    "is_valid_id", "new_id", "path_text", "slugify", "unique_id",
]  # fmt: skip
