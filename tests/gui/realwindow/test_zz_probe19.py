import os

from PySide6.QtWidgets import QDockWidget


def test_probe(maximized, qtbot):
    w = maximized
    out = os.environ["CJM_SHOTS"]
    for name, ids in (
        ("card", ["stati-zozh"]),
        ("stage", [w.controller.journey.stages[1].id]),
        ("transition", [w.controller.journey.transitions[0].id]),
        ("map", []),
    ):
        w.controller.set_selection(ids)
        qtbot.wait(400)
        w.screen().grabWindow(0).save(f"{out}/props-{name}.png")
        tabs = [d.windowTitle() for d in w.findChildren(QDockWidget) if d.isVisible()]
        print(name, tabs, [d.windowTitle() for d in w.tabifiedDockWidgets(w.properties)])
