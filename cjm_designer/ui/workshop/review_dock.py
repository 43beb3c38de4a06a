"""The Review panel: the SWOT of a stage, the next review date, the change log.

Source 002 analyses pains and opportunities with a SWOT before prioritising them
(the votes do the prioritising) and advises revisiting the map every 3-5 months;
the change log keeps who changed what and when, inside the file.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjm_designer.model import Kind, Stage
from cjm_designer.model.edits import ReplaceEntity, SetMapField
from cjm_designer.model.entities import Revision, Swot

from ..docks.editors import LineEditor, TextEditor
from .common import WorkshopDock, author_name, dock_body, today

REVIEW_MONTHS = 4
SWOT_PARTS = ("strengths", "weaknesses", "opportunities", "threats")


def _iso_date(text: str) -> str | None:
    text = text.strip()
    if not text:
        return None
    date.fromisoformat(text)
    return text


def months_from_today(months: int) -> str:
    return QDate.currentDate().addMonths(months).toString("yyyy-MM-dd")


def log_revision(controller, summary: str, author: str | None = None) -> bool:
    """Append (today, author, summary) to the map's change log, undoably."""
    if not summary.strip():
        return False
    journey = controller.journey
    revision = Revision(today(), author if author is not None else author_name(), summary.strip())
    return controller.push(
        SetMapField("revisions", (*journey.revisions, revision)),
        QCoreApplication.translate("Workshop", "Log revision"),
    )


class ReviewDock(WorkshopDock):
    def __init__(self, controller, parent: QWidget | None = None):
        title = QCoreApplication.translate("Workshop", "SWOT and Review")
        super().__init__(title, "reviewDock", controller, parent)
        self.stage_id: str | None = None
        controller.selectionChanged.connect(self._follow_selection)
        self._follow_selection(controller.selection)

    def document_replaced(self) -> None:
        self._follow_selection([])

    def build(self) -> None:
        body, layout = dock_body()
        self.swot_box = QGroupBox(QCoreApplication.translate("Workshop", "SWOT"))
        grid = QGridLayout(self.swot_box)
        self.swot: dict[str, TextEditor] = {}
        titles = {
            "strengths": QCoreApplication.translate("Workshop", "Strengths"),
            "weaknesses": QCoreApplication.translate("Workshop", "Weaknesses"),
            "opportunities": QCoreApplication.translate("Workshop", "Opportunities"),
            "threats": QCoreApplication.translate("Workshop", "Threats"),
        }
        for index, part in enumerate(SWOT_PARTS):
            editor = TextEditor(
                as_lines=True,
                placeholder=QCoreApplication.translate("Workshop", "One item per line"),
                lines=4,
            )
            editor.valueEdited.connect(lambda value, p=part: self._write_swot(p, value))
            cell = QVBoxLayout()
            cell.addWidget(QLabel(titles[part]))
            cell.addWidget(editor)
            grid.addLayout(cell, index // 2, index % 2)
            self.swot[part] = editor
        review = QGroupBox(QCoreApplication.translate("Workshop", "Review"))
        review_layout = QVBoxLayout(review)
        date_row = QHBoxLayout()
        self.next_review = LineEditor(parse=_iso_date, placeholder="YYYY-MM-DD")
        self.next_review.valueEdited.connect(self._write_review)
        plan = QPushButton(
            QCoreApplication.translate("Workshop", "In {n} months").format(n=REVIEW_MONTHS)
        )
        plan.setToolTip(
            QCoreApplication.translate(
                "Workshop", "The sources advise revisiting the map every 3-5 months"
            )
        )
        plan.clicked.connect(self.plan_review)
        date_row.addWidget(QLabel(QCoreApplication.translate("Workshop", "Next review")))
        date_row.addWidget(self.next_review, 1)
        date_row.addWidget(plan)
        self.log = QTreeWidget()
        self.log.setHeaderLabels(
            [
                QCoreApplication.translate("Workshop", "Date"),
                QCoreApplication.translate("Workshop", "Author"),
                QCoreApplication.translate("Workshop", "Summary"),
            ]
        )
        self.log.setRootIsDecorated(False)
        log_row = QHBoxLayout()
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(
            QCoreApplication.translate("Workshop", "What changed in this revision")
        )
        self.summary.returnPressed.connect(self.add_revision)
        add = QPushButton(QCoreApplication.translate("Workshop", "Log revision"))
        add.clicked.connect(self.add_revision)
        log_row.addWidget(self.summary, 1)
        log_row.addWidget(add)
        review_layout.addLayout(date_row)
        self.plan_status = QLabel()  # the action plan's state, read at review time
        self.plan_status.setWordWrap(True)
        review_layout.addWidget(self.plan_status)
        review_layout.addWidget(self.log, 1)
        review_layout.addLayout(log_row)
        layout.addWidget(self.swot_box)
        layout.addWidget(review, 1)
        self.setWidget(body)
        self.refresh()

    def _follow_selection(self, ids: list) -> None:
        journey = self.controller.journey
        stage_id = None
        for entity_id in ids:
            entity = journey.get(entity_id)
            if isinstance(entity, Stage):
                stage_id = entity.id
                break
            stage_id = getattr(entity, "stage", None) or stage_id
        if stage_id is not None or self.stage_id not in journey:
            self.stage_id = stage_id or (journey.stages[0].id if journey.stages else None)
        self.refresh()

    def refresh(self) -> None:
        if not self.built:
            return
        journey = self.controller.journey
        stage = journey.get(self.stage_id) if self.stage_id else None
        self.swot_box.setEnabled(stage is not None)
        self.swot_box.setTitle(
            QCoreApplication.translate("Workshop", "SWOT: {stage}").format(stage=stage.name)
            if stage is not None
            else QCoreApplication.translate("Workshop", "SWOT")
        )
        for part, editor in self.swot.items():
            editor.set_value(getattr(stage.swot, part) if stage is not None else ())
        self.next_review.set_value(journey.next_review)
        from ..plan.plan_dock import plan_status_text  # the plan loads on first use

        self.plan_status.setText(plan_status_text(journey))
        self.plan_status.setVisible(bool(journey.plan))
        self.log.clear()
        for revision in reversed(journey.revisions):
            self.log.addTopLevelItem(
                QTreeWidgetItem([revision.date, revision.author, revision.summary])
            )

    def _write_swot(self, part: str, value: tuple[str, ...]) -> None:
        journey = self.controller.journey
        stage = journey.get(self.stage_id) if self.stage_id else None
        if stage is None:
            return
        swot = replace(stage.swot or Swot(), **{part: value})
        self.controller.push(
            ReplaceEntity(Kind.STAGE, replace(stage, swot=swot)),
            QCoreApplication.translate("Workshop", "Edit SWOT"),
            merge_key=f"{stage.id}:swot.{part}",
        )

    def _write_review(self, value: str | None) -> None:
        self.controller.push(
            SetMapField("next_review", value),
            QCoreApplication.translate("Workshop", "Set next review"),
            merge_key="map:next_review",
        )

    def plan_review(self) -> None:
        self.controller.push(
            SetMapField("next_review", months_from_today(REVIEW_MONTHS)),
            QCoreApplication.translate("Workshop", "Set next review"),
        )

    def add_revision(self) -> None:
        if log_revision(self.controller, self.summary.text()):
            self.summary.clear()
