"""Text too small to read is drawn as bars: the Overview paints the whole map cheaply."""

from __future__ import annotations

from cjm_designer.ui.canvas.items import base
from cjm_designer.ui.docks.overview import OverviewView


def _count_bars(monkeypatch) -> list[int]:
    calls = [0]
    draw = base._draw_bars

    def counting(*args, **kwargs):
        calls[0] += 1
        return draw(*args, **kwargs)

    monkeypatch.setattr(base, "_draw_bars", counting)
    return calls


def test_the_overview_draws_bars_and_the_canvas_at_100_percent_draws_text(
    main_window, qtbot, monkeypatch
):
    bars = _count_bars(monkeypatch)
    main_window.view.set_zoom(1.0)
    main_window.view.grab()
    assert bars[0] == 0

    overview = main_window.overview.view  # made the first time it is asked for (closed dock)
    assert isinstance(overview, OverviewView)
    overview.grab()
    assert bars[0] > 40  # every card title, header and row of text


def test_zooming_far_out_turns_text_into_bars_and_back(main_window, monkeypatch):
    bars = _count_bars(monkeypatch)
    main_window.view.set_zoom(0.2)
    main_window.view.grab()
    far = bars[0]
    assert far > 0
    main_window.view.set_zoom(0.8)
    main_window.view.grab()
    assert bars[0] == far
