"""A session timer for timeboxed exercises ("ten minutes to list the pains").

The timer counts down from a chosen number of minutes; it shows in the status bar
while editing and large in the corner of the presentation view.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QToolButton, QWidget

from ..chrome import show_alert

DEFAULT_MINUTES = 10


def format_seconds(seconds: int) -> str:
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    return f"{sign}{seconds // 60:02d}:{seconds % 60:02d}"


class SessionTimer(QObject):
    """Counts down once a second; ``remaining`` goes negative once time is over."""

    changed = Signal()
    finished = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.minutes = DEFAULT_MINUTES
        self.remaining = self.minutes * 60
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.step)

    @property
    def running(self) -> bool:
        return self._tick.isActive()

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(1, minutes)
        if not self.running:
            self.remaining = self.minutes * 60
        self.changed.emit()

    def toggle(self) -> None:
        """Start, or pause a running timer."""
        if self.running:
            self._tick.stop()
        else:
            self._tick.start()
        self.changed.emit()

    def reset(self) -> None:
        self._tick.stop()
        self.remaining = self.minutes * 60
        self.changed.emit()

    def step(self) -> None:
        self.remaining -= 1
        if self.remaining == 0:
            self.finished.emit()
        self.changed.emit()

    def text(self) -> str:
        return format_seconds(self.remaining)


class TimerWidget(QWidget):
    """Status-bar controls: minutes, start/pause, reset, and the time left."""

    def __init__(self, timer: SessionTimer, parent: QWidget | None = None):
        super().__init__(parent)
        self.timer = timer
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 180)
        self.minutes.setSuffix(QCoreApplication.translate("Workshop", " min"))
        self.minutes.setValue(timer.minutes)
        self.minutes.setToolTip(QCoreApplication.translate("Workshop", "Length of the timebox"))
        self.minutes.valueChanged.connect(timer.set_minutes)
        self.start = QToolButton()
        self.start.setToolTip(
            QCoreApplication.translate("Workshop", "Start or pause the session timer (Ctrl+Alt+T)")
        )
        self.start.clicked.connect(timer.toggle)
        self.reset = QToolButton()
        self.reset.setText("↺")
        self.reset.setToolTip(QCoreApplication.translate("Workshop", "Reset the session timer"))
        self.reset.clicked.connect(timer.reset)
        self.label = QLabel()
        self.label.setMinimumWidth(46)
        for widget in (self.minutes, self.start, self.reset, self.label):
            layout.addWidget(widget)
        timer.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.start.setText("⏸" if self.timer.running else "▶")
        self.label.setText(self.timer.text())
        show_alert(self.label, self.timer.remaining <= 0)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.refresh()  # a theme switch: the alert red suits the new window colour
