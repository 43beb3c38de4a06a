"""The Comments panel: comments and pictures of the selected stage or touchpoint.

A comment records who said what and when (author, ISO date, text); the author is
the name set in the settings, else the computer's user name. Pictures show as
thumbnails; they come from a file, a paste or a drop on the card.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from cjm_designer.model import Kind
from cjm_designer.model.edits import update
from cjm_designer.model.entities import Comment

from ..chrome import set_role
from .common import WorkshopDock, author_name, dock_body, today
from .pictures import (
    MAX_SIDE,
    add_pictures,
    ask_image_file,
    image_of,
    picture_from_image,
    read_image,
    remove_picture,
)

COMMENT_KINDS = (Kind.STAGE, Kind.TOUCHPOINT)


def add_comment(controller, entity_id: str, text: str, author: str | None = None) -> bool:
    """Append a comment (author, today's date, text) to a stage or card, undoably."""
    journey = controller.journey
    kind = journey.kind_of(entity_id)
    if kind not in COMMENT_KINDS or not text.strip():
        return False
    comment = Comment(author if author is not None else author_name(), today(), text.strip())
    entity = journey.get(entity_id)
    edit = update(journey, kind, entity_id, comments=(*entity.comments, comment))
    return controller.push(edit, QCoreApplication.translate("Workshop", "Add comment"))


def remove_comment(controller, entity_id: str, index: int) -> bool:
    journey = controller.journey
    kind = journey.kind_of(entity_id)
    entity = journey.get(entity_id)
    comments = tuple(c for i, c in enumerate(entity.comments) if i != index)
    return controller.push(
        update(journey, kind, entity_id, comments=comments),
        QCoreApplication.translate("Workshop", "Delete comment"),
    )


class CommentBox(QPlainTextEdit):
    """The new-comment text; Ctrl+Enter adds it."""

    def __init__(self, dock: NotesDock):
        super().__init__()
        self.dock = dock
        self.setPlaceholderText(
            QCoreApplication.translate("Workshop", "Write a comment; Ctrl+Enter adds it")
        )
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.dock.submit()
            event.accept()
            return
        super().keyPressEvent(event)


class NotesDock(WorkshopDock):
    def __init__(self, controller, parent: QWidget | None = None):
        title = QCoreApplication.translate("Workshop", "Comments")
        super().__init__(title, "commentsDock", controller, parent)
        self.subject: str | None = None
        controller.selectionChanged.connect(self._follow_selection)
        self._follow_selection(controller.selection)

    def document_replaced(self) -> None:
        self._follow_selection([])

    def build(self) -> None:
        body, layout = dock_body()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        set_role(self.heading, "heading")
        self.comments = QListWidget()
        self.comments.setWordWrap(True)
        self.comments.installEventFilter(self)
        self.author = QLineEdit()
        self.author.setPlaceholderText(QCoreApplication.translate("Workshop", "Author"))
        self.author.setText(author_name())
        self.box = CommentBox(self)
        add_row = QHBoxLayout()
        self.add_button = QPushButton(QCoreApplication.translate("Workshop", "Add comment"))
        self.add_button.clicked.connect(self.submit)
        self.delete_button = QPushButton(QCoreApplication.translate("Workshop", "Delete comment"))
        self.delete_button.clicked.connect(self.delete_current)
        add_row.addWidget(self.author, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.delete_button)
        self.pictures = QListWidget()
        self.pictures.setViewMode(QListWidget.ViewMode.IconMode)
        self.pictures.setIconSize(QSize(96, 72))
        self.pictures.setFixedHeight(112)
        self.pictures.setResizeMode(QListWidget.ResizeMode.Adjust)
        picture_row = QHBoxLayout()
        self.add_picture_button = QPushButton(
            QCoreApplication.translate("Workshop", "Add picture…")
        )
        self.add_picture_button.clicked.connect(self.choose_picture)
        self.remove_picture_button = QPushButton(
            QCoreApplication.translate("Workshop", "Remove picture")
        )
        self.remove_picture_button.clicked.connect(self.remove_current_picture)
        picture_row.addWidget(self.add_picture_button)
        picture_row.addWidget(self.remove_picture_button)
        picture_row.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.comments, 1)
        layout.addWidget(self.box)
        layout.addLayout(add_row)
        layout.addWidget(QLabel(QCoreApplication.translate("Workshop", "Pictures")))
        layout.addWidget(self.pictures)
        layout.addLayout(picture_row)
        self.setWidget(body)
        self.refresh()

    def _follow_selection(self, ids: list) -> None:
        journey = self.controller.journey
        chosen = [i for i in ids if journey.kind_of(i) in COMMENT_KINDS]
        self.subject = chosen[0] if len(chosen) == 1 else None
        self.refresh()

    def refresh(self) -> None:
        if not self.built:
            return
        journey = self.controller.journey
        entity = journey.get(self.subject) if self.subject else None
        if entity is None:
            self.subject = None
        enabled = entity is not None
        for widget in (self.box, self.add_button, self.delete_button, self.author):
            widget.setEnabled(enabled)
        self.add_picture_button.setEnabled(enabled)
        self.remove_picture_button.setEnabled(enabled)
        self.comments.clear()
        self.pictures.clear()
        if entity is None:
            self.heading.setText(
                QCoreApplication.translate(
                    "Workshop", "Select one stage or touchpoint to see its comments."
                )
            )
            return
        name = getattr(entity, "title", None) or getattr(entity, "name", "")
        self.heading.setText(name)
        for comment in entity.comments:
            head = " · ".join(x for x in (comment.author, comment.date) if x)
            self.comments.addItem(QListWidgetItem(f"{head}\n{comment.text}"))
        for picture in entity.pictures:
            image = image_of(picture)
            icon = QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()
            self.pictures.addItem(QListWidgetItem(icon, picture.caption))

    def submit(self) -> None:
        if self.subject and add_comment(
            self.controller, self.subject, self.box.toPlainText(), self.author.text().strip()
        ):
            self.box.clear()
        self.box.setFocus()

    def delete_current(self) -> None:
        row = self.comments.currentRow()
        if self.subject and row >= 0:
            remove_comment(self.controller, self.subject, row)

    def start_comment(self) -> None:
        """Show the panel with the cursor in the new-comment box."""
        self.show()
        self.raise_()
        self.box.setFocus()

    def choose_picture(self) -> None:
        if not self.subject:
            return
        path = ask_image_file(self, QCoreApplication.translate("Workshop", "Add picture"))
        if path:
            self.add_picture_file(path)

    def add_picture_file(self, path: str) -> bool:
        picture = picture_from_image(read_image(path, MAX_SIDE), Path(path).stem)
        if picture is None or not self.subject:
            return False
        edit = add_pictures(self.controller.journey, self.subject, [picture])
        return self.controller.push(edit, QCoreApplication.translate("Workshop", "Add picture"))

    def remove_current_picture(self) -> None:
        row = self.pictures.currentRow()
        if self.subject and row >= 0:
            edit = remove_picture(self.controller.journey, self.subject, row)
            self.controller.push(edit, QCoreApplication.translate("Workshop", "Remove picture"))

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.comments
            and event.type() == event.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.delete_current()
            return True
        return super().eventFilter(watched, event)
