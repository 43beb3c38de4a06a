"""``JourneyMap`` hands out read-only views of its collections, never its own lists."""

from __future__ import annotations

import pytest

from cjm_designer.model import Kind, Stage
from cjm_designer.model.edits import InsertEntity

from .test_editing import sample

COLLECTIONS = ["personas", "scenarios", "channels", "stages", "touchpoints", "transitions",
               "flows", "rows"]  # fmt: skip


@pytest.mark.parametrize("name", COLLECTIONS)
def test_a_collection_cannot_be_changed_through_what_the_map_returns(name):
    journey = sample()
    view = getattr(journey, name)
    before = list(view)
    stage = Stage("sneaky", "Sneaky")
    for change in (
        lambda: view.append(stage),
        lambda: view.insert(0, stage),
        lambda: view.extend([stage]),
        lambda: view.remove(stage),
        lambda: view.pop(),
        lambda: view.sort(),
        lambda: view.clear(),
        lambda: view.reverse(),
    ):
        with pytest.raises(AttributeError):
            change()
    with pytest.raises(TypeError):
        view[0] = stage
    with pytest.raises(TypeError):
        del view[0]
    with pytest.raises(AttributeError):  # += rebinds the property, which has no setter
        setattr(journey, name, [*view, stage])
    assert list(getattr(journey, name)) == before
    assert "sneaky" not in journey


def test_items_of_a_kind_is_read_only_too_and_a_slice_is_the_callers_own():
    journey = sample()
    with pytest.raises(AttributeError):
        journey.items(Kind.STAGE).append(Stage("x", "X"))
    copy = journey.stages[:]
    copy.append(Stage("x", "X"))
    assert [s.id for s in journey.stages] == ["aware", "buy"]


def test_views_are_live_and_read_like_lists():
    journey = sample()
    stages = journey.stages
    InsertEntity(Kind.STAGE, Stage("loyal", "Loyal")).apply(journey)
    assert [s.id for s in stages] == ["aware", "buy", "loyal"]  # follows the map
    assert len(stages) == 3 and stages[-1].id == "loyal" and stages[1:][0].id == "buy"
    assert stages == list(stages) and stages.index(stages[1]) == 1
    assert stages[0] in stages and next(reversed(stages)).id == "loyal"
