"""The Analysis dock on the real main window: live funnel, bottlenecks, tint, coverage."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cjm_designer.analysis.report import analyze
from cjm_designer.model import Kind
from cjm_designer.model.edits import update
from cjm_designer.ui.analysis.funnel_chart import percent

SKIP = "zhelanie--deystvie"


def _conversion(window) -> str:
    return window.analysis.funnel_chart.figure("Conversion")


def _settled(window, qtbot) -> None:
    runner = window.analysis.runner
    qtbot.waitUntil(lambda: not runner.busy and runner.report is not None, timeout=5000)


def _expected(window) -> str:
    return percent(analyze(window.controller.journey.copy()).funnel.conversion, 2)


def test_dock_shows_the_funnel_bottlenecks_and_scenarios(main_window, qtbot):
    _settled(main_window, qtbot)
    dock = main_window.analysis
    assert _conversion(main_window) == _expected(main_window) == "2.32%"
    rows = {row.stage: row.reach for row in dock.funnel_chart.view.rows}
    assert rows["osoznanie"] == 1.0 and 0 < rows["rekomendatsii"] < rows["interes"]
    assert dock.bottlenecks.rowCount() == len(dock.runner.report.bottlenecks) > 3
    assert dock.bottlenecks.item(0, 0).text() == "Желание → Действие"
    assert dock.scenarios.columnCount() == 2
    headers = [dock.scenarios.horizontalHeaderItem(i).text() for i in range(2)]
    assert headers == [s.name for s in main_window.controller.journey.scenarios]


def test_typing_a_probability_updates_the_conversion(main_window, qtbot, type_text):
    _settled(main_window, qtbot)
    dock = main_window.analysis
    dock.raise_()
    dock.tabs.setCurrentIndex(1)
    table = dock.bottlenecks
    row = next(
        r for r in range(table.rowCount()) if table.item(r, 0).text() == "Желание → Действие"
    )
    rect = table.visualItemRect(table.item(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main_window.controller.selection == [SKIP]

    before = _conversion(main_window)
    spin = main_window.properties.field("probability")
    spin.setFocus()
    spin.selectAll()
    type_text(spin.lineEdit(), "10")
    QTest.keyClick(spin, Qt.Key.Key_Return)
    assert main_window.controller.journey.get(SKIP).probability == 0.10
    qtbot.waitUntil(lambda: _conversion(main_window) == _expected(main_window), timeout=5000)
    assert _conversion(main_window) != before
    assert main_window.controller.undo_stack.count() == 1  # typed digits merge into one step


def test_missing_probability_says_which_transition(main_window, qtbot):
    _settled(main_window, qtbot)
    controller = main_window.controller
    controller.push(
        update(controller.journey, Kind.TRANSITION, "interes--zhelanie", probability=None), "x"
    )
    chart = main_window.analysis.funnel_chart
    qtbot.waitUntil(lambda: bool(chart.view.message), timeout=5000)
    assert "Интерес → Желание" in chart.view.message
    assert chart.view.rows == ()
    # The Problems dock shows the same finding, taken from the same background run.
    assert any(p.code == "missing-probability" for p in main_window.problems.problems)


def test_stale_reports_are_dropped(main_window, qtbot):
    _settled(main_window, qtbot)
    runner = main_window.analysis.runner
    seen = []
    runner.reportReady.connect(lambda report: seen.append(report.funnel.conversion))
    controller = main_window.controller
    for value in (0.2, 0.3, 0.4):
        controller.push(update(controller.journey, Kind.TRANSITION, SKIP, probability=value), "p")
        runner.run_now()  # three runs in flight; only the last may be shown
    _settled(main_window, qtbot)
    qtbot.wait(100)
    final = analyze(controller.journey.copy()).funnel.conversion
    assert seen == [final]
    runner._deliver(1, runner.report, None)  # an old generation arriving late
    assert seen == [final]


def test_tint_stages_by_reach_from_the_view_menu(main_window, qtbot):
    _settled(main_window, qtbot)
    action = main_window.analysis.tint_action
    view_menu = next(
        a.menu()
        for a in main_window.menuBar().actions()
        if a.menu() and action in a.menu().actions()
    )
    assert view_menu is not None
    action.trigger()
    tints = main_window.analysis.tints
    assert set(tints.rects) == {s.id for s in main_window.controller.journey.stages}
    first, last = tints.rects["osoznanie"], tints.rects["rekomendatsii"]
    assert first.brush().color() != last.brush().color()  # full reach vs few customers
    box = main_window.scene.layout.stage_index["osoznanie"]
    assert first.rect().x() == box.column.x and first.rect().width() == box.column.w
    assert tints.labels["osoznanie"].text() == "reach 100%"
    # Tints follow the layout: a wider stage moves its tint.
    controller = main_window.controller
    controller.push(update(controller.journey, Kind.STAGE, "osoznanie", width=500.0), "w")
    qtbot.waitUntil(lambda: first.rect().width() == 500.0 or first.rect().width() > box.column.w)
    action.trigger()
    assert tints.rects == {}


def test_coverage_cell_click_selects_its_cards(main_window, qtbot):
    _settled(main_window, qtbot)
    dock = main_window.analysis
    dock.raise_()
    dock.tabs.setCurrentIndex(3)
    heat = dock.heatmap
    journey = main_window.controller.journey
    (stage, channel), cards = next(iter(journey.cells().items()))
    i = [s for s, _ in heat.stages].index(stage)
    j = [c for c, _ in heat.channels].index(channel)
    assert heat.counts[i][j] == len(cards)
    QTest.mouseClick(heat, Qt.MouseButton.LeftButton, pos=heat.cell_rect(i, j).center().toPoint())
    assert main_window.controller.selection == [card.id for card in cards]


def test_scenario_choice_recomputes_for_that_scenario(main_window, qtbot):
    _settled(main_window, qtbot)
    dock = main_window.analysis
    scenario = main_window.controller.journey.scenarios[1].id
    dock.scenario_box.setCurrentIndex(2)
    dock.scenario_box.activated.emit(2)
    qtbot.waitUntil(lambda: dock.runner.report.scenario == scenario, timeout=5000)
    assert dock.runner.report.coverage == analyze(main_window.controller.journey, scenario).coverage


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_charts_are_drawn_on_the_theme_colours(main_window, qtbot, qapp, name):
    """The funnel and the coverage map on the theme's field colour (no white panel in the
    dark theme), their words 4.5:1 or more against it."""
    from PySide6.QtGui import QPalette

    from cjm_designer.ui import themes
    from cjm_designer.ui.accessibility import contrast_ratio

    themes.apply(qapp, name)
    try:
        qapp.processEvents()
        _settled(main_window, qtbot)
        dock = main_window.analysis
        dock.show()
        dock.raise_()
        main_window.resizeDocks([dock], [430], Qt.Orientation.Vertical)
        paper = qapp.palette().color(QPalette.ColorRole.Base).name()
        for tab, chart in ((0, dock.funnel_chart), (3, dock.heatmap)):
            dock.tabs.setCurrentIndex(tab)
            qtbot.waitUntil(lambda chart=chart: chart.isVisible() and chart.height() > 100)
            picture = chart.grab().toImage()
            assert picture.pixelColor(2, 2).name() == paper, (name, tab)
            inks = {
                picture.pixelColor(x, y).name()
                for x in range(0, picture.width(), 2)
                for y in range(0, min(picture.height(), 120), 2)
            }
            assert max(contrast_ratio(ink, paper) for ink in inks) >= 4.5, (name, tab)
    finally:
        themes.apply(qapp, "light")


def test_imported_measurements_show_beside_the_plan_and_undo(
    main_window, qtbot, tmp_path, monkeypatch, dialogs
):
    """Plan > Import Measurements… (file chosen in the dialog) fills the dock's Plan vs.
    actual tab, conversions compared with the conversion planned from the stage; undo
    takes the rows away again."""
    import cjm_designer.ui.plan as plan_ui

    window = main_window
    _settled(window, qtbot)
    dock = window.analysis
    table = tmp_path / "crm.csv"
    table.write_text(
        "stage,period,visitors,conversions\nОсознание,2026-12,10000,300\nИнтерес,2026-12,6500,260\n",
        "utf-8",
    )
    monkeypatch.setattr(plan_ui, "ask_measured_path", lambda _parent: str(table))
    dock.tabs.setCurrentIndex(dock.tabs.count() - 1)
    assert dock.tabs.tabText(dock.tabs.currentIndex()) == "Plan vs. actual"
    before = dock.actual.rowCount()
    window.plan_features.measured_action.trigger()
    assert not dialogs.errors

    def rows():
        return [
            [dock.actual.item(r, c).text() for c in range(7)] for r in range(dock.actual.rowCount())
        ]

    qtbot.waitUntil(lambda: dock.actual.rowCount() == before + 2, timeout=5000)
    funnel = window.analysis.runner.report.funnel
    planned_from_entry = percent(funnel.conversion)
    planned_from_interest = percent(funnel.stage_conversion["interes"])
    assert [
        "2026-12",
        "Осознание",
        "10000",
        "100.0%",
        "100.0%",
        planned_from_entry,
        "3.0%",
    ] in rows()
    assert [
        "2026-12", "Интерес", "6500", percent(funnel.reach["interes"]), "65.0%",
        planned_from_interest, "4.0%",
    ] in rows()  # fmt: skip
    # rows without conversions compare reach only
    assert rows()[0][5:] == ["—", "—"]
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dock.actual.rowCount() == before, timeout=5000)
    assert all(row[0] != "2026-12" for row in rows())
