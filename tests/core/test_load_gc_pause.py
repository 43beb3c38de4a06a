"""Loading pauses the cyclic garbage collector for speed; it must always give it back."""

from __future__ import annotations

import gc

import pytest

from cjm_designer.io.errors import MapLoadError
from cjm_designer.io.yaml_format import dumps_map, loads_map
from cjm_designer.model import JourneyMap

GOOD = dumps_map(JourneyMap(title="Protein bars", language="en"))


@pytest.fixture
def restore_gc():
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_collector_is_paused_while_loading_and_back_after(restore_gc, monkeypatch):
    import cjm_designer.io.yaml_format as yaml_format

    seen = []
    build = yaml_format.build_map
    monkeypatch.setattr(yaml_format, "build_map", lambda p: seen.append(gc.isenabled()) or build(p))
    gc.enable()
    assert loads_map(GOOD).map.title == "Protein bars"
    assert seen == [False]
    assert gc.isenabled()


def test_collector_comes_back_after_a_bad_file(restore_gc):
    gc.enable()
    with pytest.raises(MapLoadError):
        loads_map("just a line of text\n")
    with pytest.raises(MapLoadError):
        loads_map("cjm: 1\nstages: [unclosed\n")
    assert gc.isenabled()


def test_a_caller_that_disabled_the_collector_keeps_it_disabled(restore_gc):
    gc.disable()
    loads_map(GOOD)
    assert not gc.isenabled()


def test_objects_handed_to_the_old_generation_stay_collectable(restore_gc):
    gc.enable()
    loads_map(GOOD)
    assert gc.get_freeze_count() == 0
