"""Find (Ctrl+F) across every text of the map, and filters by channel, tag and owner.

Hits get a yellow frame on the canvas; Enter / F3 go to the next hit (selecting it),
Shift+Enter / Shift+F3 to the previous one. The channel, tag and owner filters dim
the cards that do not match, so the room sees one slice of the journey at a time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from cjm_designer.model.search import Hit, card_matches, find, owners, tags

from ..chrome import FloatingPanel
from .common import refresh_timer

if TYPE_CHECKING:
    from ..window_parts import WindowParts


class FindBar(FloatingPanel):
    def __init__(self, parts: WindowParts, decorations, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("findBar")
        self.scene = parts.scene
        self.view = parts.view
        self.controller = parts.controller
        self.decorations = decorations
        self.hits: list[Hit] = []
        self.index = -1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.query = QLineEdit()
        self.query.setPlaceholderText(QCoreApplication.translate("Workshop", "Find in the map"))
        self.query.setClearButtonEnabled(True)
        self.query.setMinimumWidth(220)
        self.query.textChanged.connect(self.search)
        self.query.installEventFilter(self)
        self.count = QLabel()
        self.count.setMinimumWidth(64)
        self.previous = QToolButton()
        self.previous.setText("▲")
        self.previous.setToolTip(QCoreApplication.translate("Workshop", "Previous hit (Shift+F3)"))
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next = QToolButton()
        self.next.setText("▼")
        self.next.setToolTip(QCoreApplication.translate("Workshop", "Next hit (F3)"))
        self.next.clicked.connect(lambda: self.step(1))
        self.channel = QComboBox()
        self.tag = QComboBox()
        self.owner = QComboBox()
        for combo, tip in (
            (
                self.channel,
                QCoreApplication.translate("Workshop", "Show only cards of one channel"),
            ),
            (self.tag, QCoreApplication.translate("Workshop", "Show only cards with one tag")),
            (self.owner, QCoreApplication.translate("Workshop", "Show only cards one person owns")),
        ):
            combo.setToolTip(tip)
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(QCoreApplication.translate("Workshop", "Close (Esc)"))
        close.clicked.connect(self.close_bar)
        for widget in (
            self.query, self.count, self.previous, self.next,
            self.channel, self.tag, self.owner, close,
        ):  # fmt: skip
            layout.addWidget(widget)
        self._timer = refresh_timer(self, self._map_changed)
        self.controller.mapChanged.connect(
            lambda _e: self._timer.start() if self.isVisible() else None
        )
        self.controller.documentReplaced.connect(self.close_bar)
        self.hide()

    # --- showing ---------------------------------------------------------------------------

    def open_bar(self) -> None:
        self._fill_filters()
        self.show()
        self._place()
        self.raise_()
        self.query.setFocus()
        self.query.selectAll()
        self.search()

    def close_bar(self) -> None:
        self.hide()
        self.decorations.set_highlights(set())
        for combo in (self.channel, self.tag, self.owner):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.decorations.set_visible_cards(None)
        self.view.setFocus()

    def _place(self) -> None:
        self.adjustSize()
        viewport = self.view.viewport()
        self.move(max(0, viewport.width() - self.width() - 12), 10)

    def _fill_filters(self) -> None:
        journey = self.controller.journey
        choices = (
            (
                self.channel,
                QCoreApplication.translate("Workshop", "All channels"),
                [(c.name, c.id) for c in journey.channels],
            ),
            (
                self.tag,
                QCoreApplication.translate("Workshop", "All tags"),
                [(t, t) for t in tags(journey)],
            ),
            (
                self.owner,
                QCoreApplication.translate("Workshop", "All owners"),
                [(o, o) for o in owners(journey)],
            ),
        )
        for combo, everyone, values in choices:
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for label, value in values:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
            combo.blockSignals(False)

    def _map_changed(self) -> None:
        self._fill_filters()
        self.search(keep_index=True)
        self.apply_filters()

    # --- searching ---------------------------------------------------------------------------

    def search(self, *_args, keep_index: bool = False) -> None:
        self.hits = find(self.controller.journey, self.query.text())
        if not keep_index or self.index >= len(self.hits):
            self.index = 0 if self.hits else -1
        self._show()

    def _show(self) -> None:
        current = self.hits[self.index].entity_id if 0 <= self.index < len(self.hits) else None
        self.decorations.set_highlights({hit.entity_id for hit in self.hits}, current)
        if not self.query.text().strip():
            self.count.setText("")
        elif not self.hits:
            self.count.setText(QCoreApplication.translate("Workshop", "No hits"))
        else:
            self.count.setText(
                QCoreApplication.translate("Workshop", "{n} of {total}").format(
                    n=self.index + 1, total=len(self.hits)
                )
            )
        if current is not None:
            item = self.scene.entity_item(current)
            if item is not None:
                self.view.ensureVisible(item.sceneBoundingRect(), 60, 60)

    def step(self, delta: int) -> None:
        """Go to the next (1) or previous (-1) hit and select it."""
        if not self.hits:
            return
        self.index = (self.index + delta) % len(self.hits)
        self._show()
        self.controller.set_selection([self.hits[self.index].entity_id])

    def apply_filters(self) -> None:
        channel, tag, owner = (
            self.channel.currentData(),
            self.tag.currentData(),
            self.owner.currentData(),
        )
        if channel is None and tag is None and owner is None:
            self.decorations.set_visible_cards(None)
            return
        self.decorations.set_visible_cards(
            {
                c.id
                for c in self.controller.journey.touchpoints
                if card_matches(c, channel, tag, owner)
            }
        )

    def eventFilter(self, watched, event) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                back = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.step(-1 if back else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
