"""The quick-add box (Ctrl+K): one line ``stage / channel: title`` makes a card.

The box previews where the card will go while the line is typed; Enter adds it and
closes the box, Esc closes without adding.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from cjm_designer.messages import localize, reason_of
from cjm_designer.model.quick_add import QuickAdd, QuickAddError, parse_quick_add

from ..chrome import FloatingPanel, set_role

if TYPE_CHECKING:
    from ..window_parts import WindowParts


class QuickAddBox(FloatingPanel):
    def __init__(self, parts: WindowParts, parent: QWidget):
        super().__init__(parent, accent=True)
        self.setObjectName("quickAddBox")
        self.session = parts.session
        self.scene = parts.scene
        self.view = parts.view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(
            QCoreApplication.translate("Workshop", "stage / channel: title")
        )
        self.edit.setMinimumWidth(460)
        self.edit.textChanged.connect(self.preview)
        self.edit.installEventFilter(self)
        self.hint = QLabel()
        set_role(self.hint, "hint")
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        self.hide()

    def _default(self) -> tuple[str, str] | None:
        return self.scene.current_cell

    def parse(self) -> QuickAdd:
        return parse_quick_add(self.session.journey, self.edit.text(), self._default())

    def preview(self) -> None:
        if not self.edit.text().strip():
            self.hint.setText(
                QCoreApplication.translate("Workshop", "e.g. Interest / Web site: Compare prices")
            )
            return
        try:
            found = self.parse()
        except QuickAddError as error:
            self.hint.setText(
                QCoreApplication.translate("Workshop", "Cannot add: {reason}").format(
                    reason=localize(reason_of(error))
                )
            )
            return
        journey = self.session.journey
        self.hint.setText(
            QCoreApplication.translate("Workshop", "→ {stage} › {channel}: {title}").format(
                stage=journey.get(found.stage).name,
                channel=journey.get(found.channel).name,
                title=found.title,
            )
        )

    def open_box(self) -> None:
        self.edit.clear()
        self.preview()
        self.show()
        self.adjustSize()
        viewport = self.view.viewport()
        self.move(max(0, (viewport.width() - self.width()) // 2), 40)
        self.raise_()
        self.edit.setFocus()

    def close_box(self) -> None:
        self.hide()
        self.view.setFocus()

    def submit(self) -> str:
        try:
            found = self.parse()
        except QuickAddError:
            return ""
        card_id = self.session.add_touchpoint(found.stage, found.channel, title=found.title)
        if card_id:
            self.close_box()
        return card_id

    def eventFilter(self, watched, event) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.submit()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_box()
                return True
        return super().eventFilter(watched, event)
