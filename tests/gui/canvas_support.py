"""Helpers for canvas tests: a shown view on a map, and real input events at scene points."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from cjm_designer.model import (
    Channel,
    ChannelKind,
    Insight,
    JourneyMap,
    Kind,
    Persona,
    Stage,
    Touchpoint,
    Transition,
)
from cjm_designer.ui.canvas.scene import MapScene
from cjm_designer.ui.canvas.view import MapView
from cjm_designer.ui.controller import DocumentController

LEFT = Qt.MouseButton.LeftButton


def canvas_map() -> JourneyMap:
    journey = JourneyMap(title="Canvas test")
    journey.extend(Kind.PERSONA, [Persona("ari", "Аристарх")])
    journey.extend(
        Kind.CHANNEL,
        [
            Channel("web", "Сайт"),
            Channel("shop", "Магазин", ChannelKind.OFFLINE),
            Channel("crm", "CRM", ChannelKind.BACKSTAGE),
        ],
    )
    journey.extend(
        Kind.STAGE,
        [
            Stage("aware", "Осознание", emotions={"ari": 2}),
            Stage("interest", "Интерес", emotions={"ari": 4}),
            Stage("buy", "Покупка"),
        ],
    )
    journey.extend(
        Kind.TOUCHPOINT,
        [
            Touchpoint("ad", "aware", "web", "Баннер", emotion=3),
            Touchpoint("blog", "aware", "web", "Статья в блоге", pains=(Insight("Долго"),)),
            Touchpoint("post", "aware", "web", "Пост"),
            Touchpoint("shelf", "interest", "shop", "Полка", votes=2),
            Touchpoint("lead", "buy", "crm", "Лид в CRM"),
        ],
    )
    journey.extend(
        Kind.TRANSITION, [Transition("aware-interest", "aware", "interest", probability=0.5)]
    )
    return journey


def make_canvas(qtbot, journey: JourneyMap | None = None, size=(1600, 1000)):
    controller = DocumentController(journey or canvas_map())
    scene = MapScene(controller)
    view = MapView(scene)
    # The view owns the document and the scene, so closing it at teardown deletes all
    # three in Qt's order. Left to Python's garbage collector, the three wrappers died in
    # any order and the undo stack was once destroyed after a command it held (a segfault).
    controller.setParent(view)
    scene.setParent(view)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.setFocus()
    return controller, scene, view


def viewport_point(view: MapView, scene_pos) -> QPointF:
    point = scene_pos if isinstance(scene_pos, QPointF) else QPointF(*scene_pos)
    return QPointF(view.mapFromScene(point))


def mouse(
    view: MapView,
    kind: QEvent.Type,
    scene_pos,
    button=LEFT,
    buttons=LEFT,
    modifiers=Qt.KeyboardModifier.NoModifier,
):
    local = viewport_point(view, scene_pos)
    global_pos = QPointF(view.viewport().mapToGlobal(local.toPoint()))
    event = QMouseEvent(kind, local, global_pos, button, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), event)


def press(view, pos, **kw):
    mouse(view, QEvent.Type.MouseButtonPress, pos, **kw)


def move(view, pos, buttons=LEFT):
    mouse(view, QEvent.Type.MouseMove, pos, button=Qt.MouseButton.NoButton, buttons=buttons)


def release(view, pos):
    mouse(view, QEvent.Type.MouseButtonRelease, pos, buttons=Qt.MouseButton.NoButton)


def drag(view, start, end, steps: int = 6) -> None:
    """Press at ``start``, move in steps (like a hand), release at ``end`` (scene coords)."""
    start, end = (
        QPointF(*start) if not isinstance(start, QPointF) else start,
        QPointF(*end) if not isinstance(end, QPointF) else end,
    )
    press(view, start)
    for i in range(1, steps + 1):
        move(view, start + (end - start) * (i / steps))
    release(view, end)


def double_click(view, pos) -> None:
    press(view, pos)
    release(view, pos)
    mouse(view, QEvent.Type.MouseButtonDblClick, pos)
    release(view, pos)


def key(widget, key_code, text: str = "", modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key_code, modifiers, text))


def type_text(widget, text: str) -> None:
    """Type any text (Cyrillic too) one character at a time, as a keyboard would."""
    for char in text:
        code = ord(char.upper()) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        key(widget, code, char)


def center(rect) -> QPointF:
    x, y = rect.center
    return QPoint(int(x), int(y)).toPointF()
