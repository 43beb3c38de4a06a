"""Stage x channel matrix of card counts: where the journey is thin or crowded."""

from __future__ import annotations

from cjm_designer.model import JourneyMap
from cjm_designer.model.records import Record, record


@record
class Coverage(Record):
    stages: tuple[str, ...]
    channels: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]
    """``counts[i][j]``: touchpoints of stage i in channel j."""

    @property
    def covered_cells(self) -> int:
        return sum(1 for row in self.counts for count in row if count)

    @property
    def cells(self) -> int:
        return len(self.stages) * len(self.channels)


def coverage_matrix(journey: JourneyMap, scenario: str | None = None) -> Coverage:
    """Counts of the scenario's touchpoints per cell; cards in unknown cells are skipped."""
    stages = tuple(stage.id for stage in journey.stages)
    channels = tuple(channel.id for channel in journey.channels)
    row = {stage_id: i for i, stage_id in enumerate(stages)}
    column = {channel_id: j for j, channel_id in enumerate(channels)}
    counts = [[0] * len(channels) for _ in stages]
    for tp in journey.touchpoints:
        i, j = row.get(tp.stage), column.get(tp.channel)
        if i is not None and j is not None and tp.applies_to_scenario(scenario):
            counts[i][j] += 1
    return Coverage(stages, channels, tuple(tuple(r) for r in counts))
