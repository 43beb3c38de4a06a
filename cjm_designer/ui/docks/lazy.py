"""Docks whose contents are made the first time somebody looks at them.

Several docks start closed or behind another dock's tab (Properties, which opens for a
selection; Comments, Votes, Personas, SWOT and Review behind it; Analysis behind
Problems; Insert behind the Outline). Building their forms, lists and charts at start-up
cost the first window about 60 ms and the layout of widgets nobody sees yet. A :class:`LazyDock` exists from the start (its tab, its View-menu entry and the
saved window layout need it) and makes its contents when its tab is first shown, or when
code asks for one of its parts.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDockWidget, QScrollArea, QWidget


class LazyDock(QDockWidget):
    """Subclasses put their widgets together in :meth:`build`; ``refresh`` guards on
    :attr:`built` so changes to a map nobody is looking at cost nothing."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self._built = False
        self._on_screen = False
        self.visibilityChanged.connect(self._visibility_changed)

    @property
    def built(self) -> bool:
        return self._built

    def ensure_built(self) -> None:
        if not self._built:
            self._built = True
            self.build()
            name_for_screen_readers(self)  # its contents did not exist when the window did

    def build(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} must make its contents in build()")

    def _visibility_changed(self, visible: bool) -> None:
        # Wait one turn of the event loop: arranging tabs shows and hides docks at once.
        # (isVisible() is no help: a dock behind another's tab still says True.)
        self._on_screen = visible
        if visible and not self._built:
            QTimer.singleShot(0, self, self._build_if_on_screen)

    def _build_if_on_screen(self) -> None:
        if self._on_screen:
            self.ensure_built()

    def __getattr__(self, name: str):
        # Python calls this only for attributes the dock does not have yet: the parts of
        # its contents (``dock.tree``, ``dock.add_button``). Make them, then look again.
        if name.startswith("__") or self.__dict__.get("_built", True):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        self.ensure_built()
        return getattr(self, name)


def name_for_screen_readers(dock: QDockWidget) -> None:
    """The dock and its contents named after its (translated) title."""
    title = dock.windowTitle().replace("&", "")
    dock.setAccessibleName(title)
    inner = dock.widget()
    if inner is not None and not inner.accessibleName():
        inner.setAccessibleName(title)


def scrolling(body: QWidget) -> QScrollArea:
    """``body`` in a frameless scroll area, so a tall form never sets the window's minimum
    height (a 1366x768 laptop must fit the whole window)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(body)
    return area
