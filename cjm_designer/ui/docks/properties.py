"""The Properties dock: every field of the selected stage, card, channel, transition,
persona or scenario, and of the map itself when nothing is selected.

Each field edit is one document edit pushed with ``merge_key = "{id}:{field}"``, so a
burst of typing is one undo step. The dock follows the model: when the selection or
the shown entity changes, editors get the new values, and editors that already show
them keep their cursor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cjm_designer.editing import naming
from cjm_designer.model import (
    EMOTION_MAX,
    EMOTION_MIN,
    Action,
    ChannelKind,
    Duration,
    EntityAdded,
    EntityChanged,
    EntityMoved,
    EntityRemoved,
    Insight,
    Kind,
    Kpi,
    MapFieldChanged,
    Segment,
    Swot,
    TransitionKind,
)
from cjm_designer.model.edits import Edit, ReplaceEntity, SetMapField
from cjm_designer.model.records import MutableRecord

from ..chrome import set_role
from ..controller import DocumentController
from ..session import placeholder_name
from .editors import (
    ChecklistEditor,
    ColorEditor,
    ComboEditor,
    LineEditor,
    ProbabilityEditor,
    SpinEditor,
    TableEditor,
    TextEditor,
)
from .lazy import LazyDock

if TYPE_CHECKING:
    from .properties_sections import SectionHeader

# The sections, record lists and evidence fields are imported where the form is made:
# the panel is closed on a first run, and their modules and Qt classes cost start-up time.

MAP_SUBJECT = ""
WIDE_FORM = 460
"""Below this many pixels of panel width, labels sit above their fields."""
LANGUAGES = (("English", "en"), ("Русский", "ru"), ("Suomi", "fi"))


NAME_FIELDS = {(Kind.STAGE, "name"), (Kind.CHANNEL, "name"), (Kind.TOUCHPOINT, "title")}
"""The fields whose first value gives a new item its id (editing/naming.py)."""


@dataclass(eq=False, repr=False)
class Field(MutableRecord):
    """One editor bound to one value of the subject (an entity, or the map)."""

    name: str
    label: str
    editor: QWidget
    read: Callable[[Any], Any]
    write: Callable[[Any, Any], Any] | None = None  # entity, value -> new entity
    section: str = ""
    """Set on a section header: the section's key (``evidence``), for remembering it."""


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _duration(text: str) -> Duration | None:
    return Duration.parse(text) if text.strip() else None


class PropertiesDock(LazyDock):
    """Edits the single selected item (or the map) through undoable commands.

    Its form is made when the panel first shows (it is closed on a first run, and opens
    for a selection) or when code asks for a field: building the map's form for a panel
    nobody sees cost the first window about 20 million instructions.
    """

    def __init__(self, controller: DocumentController, parent: QWidget | None = None):
        super().__init__("", parent)
        self.setObjectName("propertiesDock")
        self.setWindowTitle(self.tr("Properties"))
        self.controller = controller

    def build(self) -> None:
        self.subject_id: str | None = MAP_SUBJECT
        self.fields: list[Field] = []
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidget(self.scroll)
        self.controller.selectionChanged.connect(self._follow_selection)
        self.controller.documentReplaced.connect(self.rebuild)
        self.controller.mapChanged.connect(self._on_map_changed)
        self.rebuild()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.built:
            self._fit_form_to_width()

    def _fit_form_to_width(self) -> None:
        """Narrow (a quarter of a 1280x720 projector): labels above their fields, so the
        fields get the panel's whole width instead of a third of it."""
        form = getattr(self, "form", None)
        if form is None:
            return
        policy = (
            QFormLayout.RowWrapPolicy.WrapAllRows
            if self.width() < WIDE_FORM
            else QFormLayout.RowWrapPolicy.WrapLongRows
        )
        if form.rowWrapPolicy() != policy:
            form.setRowWrapPolicy(policy)

    # --- which subject --------------------------------------------------------------

    def _wanted_subject(self) -> str | None:
        selection = self.controller.selection
        if not selection:
            return MAP_SUBJECT
        return selection[0] if len(selection) == 1 else None

    def _follow_selection(self, _ids: list) -> None:
        if self._wanted_subject() != self.subject_id:
            self.rebuild()

    def _on_map_changed(self, event: object) -> None:
        subject = self.subject_id
        if subject == MAP_SUBJECT:
            if isinstance(event, MapFieldChanged):
                self.refresh()
            elif isinstance(event, (EntityAdded, EntityRemoved)):
                self._refresh_summary()
            return
        if subject is None:
            return
        if subject not in self.controller.journey:
            self.rebuild()
            return
        if isinstance(event, EntityChanged) and event.new.id == subject:
            self.refresh()
        elif isinstance(event, (EntityAdded, EntityRemoved, EntityMoved, EntityChanged)) and (
            event.kind in (Kind.PERSONA, Kind.SCENARIO, Kind.STAGE, Kind.CHANNEL)
        ):
            self.rebuild()

    def _subject(self) -> Any:
        if self.subject_id == MAP_SUBJECT:
            return self.controller.journey
        return self.controller.journey.get(self.subject_id or "")

    # --- building the form ----------------------------------------------------------

    def rebuild(self) -> None:
        """Build the editors for the current selection (after a structural change)."""
        from .properties_sections import SectionHeader

        self.subject_id = self._wanted_subject()
        if self.subject_id and self.subject_id not in self.controller.journey:
            self.subject_id = MAP_SUBJECT
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(10, 8, 10, 10)
        # The panel's title; with more sections below, it opens and folds the main one.
        self.heading = SectionHeader("", foldable=False)
        outer.addWidget(self.heading)
        self.summary = QLabel()
        set_role(self.summary, "hint")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.fields = []
        if self.subject_id is None:
            count = len(self.controller.selection)
            self.heading.setText(self.tr("{count} items selected").format(count=count))
            self.summary.setText(self.tr("Select one item to edit its properties."))
        else:
            self._build_for(self._subject())
        sections: list[tuple[SectionHeader, str, list[int]]] = [(self.heading, "main", [])]
        for field in self.fields:
            if field.label:
                self.form.addRow(field.label, field.editor)
            else:
                self.form.addRow(field.editor)
            if field.section:
                sections.append((field.editor, field.section, []))
            else:
                sections[-1][2].append(self.form.rowCount() - 1)
            if field.write is not None:
                field.editor.valueEdited.connect(lambda value, f=field: self._edited(f, value))
            if (getattr(self, "kind", None), field.name) in NAME_FIELDS:
                field.editor.editingFinished.connect(
                    lambda f=field, subject=self.subject_id: self._name_finished(f, subject)
                )
        self.summary.setVisible(bool(self.summary.text()))
        self._make_foldable(sections)
        self._fit_form_to_width()
        old = self.scroll.takeWidget()
        self.scroll.setWidget(page)
        if old is not None:
            old.deleteLater()
        self.refresh()

    def _section_kind(self) -> str:
        kind = getattr(self, "kind", None)
        return "map" if kind is None else str(kind.value)

    def _make_foldable(self, sections: list[tuple[SectionHeader, str, list[int]]]) -> None:
        """Each section's header folds its rows; the title folds the main one when there
        are other sections (a form of one section has nothing to fold)."""
        from .properties_sections import remembered_open

        if self.subject_id is None or len(sections) < 2:
            self.heading.set_foldable(False)
            return
        kind = self._section_kind()
        self.heading.set_foldable(True, remembered_open(kind, "main", True))
        for header, key, rows in sections:
            header.toggled.connect(
                lambda is_open, key=key, rows=rows: self._fold(kind, key, rows, is_open)
            )
            for row in rows:
                self.form.setRowVisible(row, header.isChecked())

    def _fold(self, kind: str, key: str, rows: list[int], is_open: bool) -> None:
        from .properties_sections import remember_open

        for row in rows:
            self.form.setRowVisible(row, is_open)
        remember_open(kind, key, is_open)

    def section_header(self, key: str) -> SectionHeader:
        """The header of a section by key (``main``, ``evidence``, ``pains``…), for tests."""
        self.ensure_built()
        if key == "main":
            return self.heading
        for field in self.fields:
            if field.section == key:
                return field.editor
        raise KeyError(key)

    def _build_for(self, subject: Any) -> None:
        kind = (
            None if self.subject_id == MAP_SUBJECT else self.controller.journey.kind_of(subject.id)
        )
        builders = {
            None: self._map_fields,
            Kind.STAGE: self._stage_fields,
            Kind.TOUCHPOINT: self._touchpoint_fields,
            Kind.CHANNEL: self._channel_fields,
            Kind.TRANSITION: self._transition_fields,
            Kind.PERSONA: self._persona_fields,
            Kind.SCENARIO: self._scenario_fields,
            Kind.FLOW: self._flow_fields,
            Kind.ROW: self._row_fields,
        }
        titles = {
            None: self.tr("Map"),
            Kind.STAGE: self.tr("Stage"),
            Kind.TOUCHPOINT: self.tr("Touchpoint"),
            Kind.CHANNEL: self.tr("Channel"),
            Kind.TRANSITION: self.tr("Transition"),
            Kind.PERSONA: self.tr("Persona"),
            Kind.SCENARIO: self.tr("Scenario"),
            Kind.FLOW: self.tr("Action flow"),
            Kind.ROW: self.tr("Row"),
        }
        self.heading.setText(titles[kind])
        self.kind = kind
        builders[kind]()

    # field helpers: each appends a Field and returns its editor

    def _add(self, name: str, label: str, editor: QWidget, read=None, write=None) -> QWidget:
        read = read or (lambda entity, n=name: getattr(entity, n))
        write = write or (lambda entity, value, n=name: replace(entity, **{n: value}))
        self.fields.append(Field(name, label, editor, read, write))
        return editor

    def _heading(self, text: str, key: str, is_open: bool = False) -> None:
        """Start a foldable section; ``is_open`` is how it starts until the user folds it."""
        from .properties_sections import SectionHeader, remembered_open

        header = SectionHeader(text, True, remembered_open(self._section_kind(), key, is_open))
        self.fields.append(Field("", "", header, lambda _entity: None, None, section=key))

    def _line(self, name: str, label: str, placeholder: str = "") -> None:
        self._add(name, label, LineEditor(placeholder=placeholder))

    def _text(self, name: str, label: str, lines: int = 3) -> None:
        self._add(name, label, TextEditor(lines=lines))

    def _lines(self, name: str, label: str, placeholder: str = "") -> None:
        self._add(name, label, TextEditor(as_lines=True, placeholder=placeholder))

    def _enum(self, name: str, label: str, enum_labels: dict) -> None:
        self._add(name, label, ComboEditor([(text, value) for value, text in enum_labels.items()]))

    def _choices(self, kind: Kind) -> list[tuple[str, str]]:
        return [(entity.name, entity.id) for entity in self.controller.journey.items(kind)]

    def _map_fields(self) -> None:
        self._add("title", self.tr("Title"), LineEditor(placeholder=self.tr("Untitled map")))
        self._add("description", self.tr("Description"), TextEditor(lines=4))
        self._add("language", self.tr("Language"), ComboEditor(LANGUAGES))
        self._add("author", self.tr("Author"), LineEditor())
        self._add(
            "next_review",
            self.tr("Next review"),
            LineEditor(parse=lambda t: t.strip() or None, placeholder="2025-09-01"),
        )

    def _refresh_summary(self) -> None:
        if self.subject_id != MAP_SUBJECT:
            return
        journey = self.controller.journey
        self.summary.setText(
            self.tr("{stages} stages, {channels} channels, {cards} touchpoints").format(
                stages=len(journey.stages),
                channels=len(journey.channels),
                cards=len(journey.touchpoints),
            )
        )
        self.summary.show()

    def _stage_fields(self) -> None:
        self._line("name", self.tr("Name"))
        self._text("description", self.tr("Description"))
        self._text("goal", self.tr("Business goal"), lines=2)
        self._lines("questions", self.tr("Customer questions"), self.tr("One question per line"))
        self._add(
            "duration",
            self.tr("Duration"),
            LineEditor(parse=_duration, placeholder=self.tr("e.g. 3d, 2w, 1mo")),
        )
        self._add(
            "kpis",
            self.tr("KPIs"),
            TableEditor(
                [self.tr("KPI"), self.tr("Target"), self.tr("Value")],
                lambda kpi: (kpi.name, kpi.target, kpi.value),
                lambda cells: Kpi(cells[0], cells[1], cells[2]),
                self.tr("Add KPI"),
                self.tr("Remove"),
            ),
        )
        self._heading(self.tr("Emotions"), "emotions", is_open=True)
        personas = self.controller.journey.personas
        if not personas:
            hint = QLabel(self.tr("Add a persona to record how they feel in this stage."))
            set_role(hint, "hint")
            hint.setWordWrap(True)
            self.fields.append(Field("", "", hint, lambda _entity: None, None))
        for persona in personas:
            self._add(
                f"emotions.{persona.id}",
                persona.name,
                SpinEditor(EMOTION_MIN, EMOTION_MAX, optional=True),
                read=lambda stage, pid=persona.id: stage.emotions.get(pid),
                write=lambda stage, value, pid=persona.id: replace(
                    stage, emotions=_with_score(stage.emotions, pid, value)
                ),
            )
        self._heading(self.tr("SWOT"), "swot")
        for part, label in (
            ("strengths", self.tr("Strengths")),
            ("weaknesses", self.tr("Weaknesses")),
            ("opportunities", self.tr("Opportunities")),
            ("threats", self.tr("Threats")),
        ):
            self._add(
                f"swot.{part}",
                label,
                TextEditor(as_lines=True, lines=2),
                read=lambda stage, p=part: getattr(stage.swot, p),
                write=lambda stage, value, p=part: replace(
                    stage, swot=replace(stage.swot or Swot(), **{p: value})
                ),
            )

    def _touchpoint_fields(self) -> None:
        from ..analysis.evidence_fields import add_evidence_fields
        from .record_list import RecordField, RecordListEditor, RecordTexts

        self._line("title", self.tr("Title"))
        self._text("description", self.tr("Description"))
        self._add("stage", self.tr("Stage"), ComboEditor(self._choices(Kind.STAGE)))
        self._add("channel", self.tr("Channel"), ComboEditor(self._choices(Kind.CHANNEL)))
        self._add(
            "emotion",
            self.tr("Emotion"),
            SpinEditor(EMOTION_MIN, EMOTION_MAX, optional=True, none_text=self.tr("not set")),
        )
        self._add("votes", self.tr("Votes"), SpinEditor(0, 999))
        if self.controller.journey.personas:
            self._add("personas", self.tr("Personas"), ChecklistEditor(self._choices(Kind.PERSONA)))
        if self.controller.journey.scenarios:
            self._add(
                "scenarios", self.tr("Scenarios"), ChecklistEditor(self._choices(Kind.SCENARIO))
            )
        self._add(
            "tags",
            self.tr("Tags"),
            LineEditor(parse=_split, show=", ".join, placeholder=self.tr("comma, separated")),
        )
        add_evidence_fields(self)
        self._heading(self.tr("Actions"), "actions")
        comma = self.tr("comma, separated")
        self._add(
            "actions",
            "",
            RecordListEditor(
                [
                    RecordField("actor", self.tr("Actor"), LineEditor),
                    RecordField("text", self.tr("Action"), lambda: TextEditor(lines=3)),
                    RecordField("owner", self.tr("Owner"), LineEditor),
                    RecordField(
                        "tools",
                        self.tr("Tools"),
                        lambda: LineEditor(parse=_split, show=", ".join, placeholder=comma),
                    ),
                    RecordField("instructions", self.tr("Instructions"), TextEditor),
                ],
                self._action_summary,
                lambda: Action(text=""),
                RecordTexts(
                    self.tr("Add action"),
                    self.tr("Remove action"),
                    self.tr("Move up"),
                    self.tr("Move down"),
                    self.tr("Add action"),
                    self.tr("Remove action"),
                    self.tr("Reorder actions"),
                    self.tr("Edit action"),
                ),
            ),
        )
        insight_texts = {
            "pains": RecordTexts(
                self.tr("Add pain"),
                self.tr("Remove pain"),
                self.tr("Move up"),
                self.tr("Move down"),
                self.tr("Add pain"),
                self.tr("Remove pain"),
                self.tr("Reorder pains"),
                self.tr("Edit pain"),
            ),
            "opportunities": RecordTexts(
                self.tr("Add opportunity"),
                self.tr("Remove opportunity"),
                self.tr("Move up"),
                self.tr("Move down"),
                self.tr("Add opportunity"),
                self.tr("Remove opportunity"),
                self.tr("Reorder opportunities"),
                self.tr("Edit opportunity"),
            ),
        }
        for name, label in (
            ("pains", self.tr("Pains")),
            ("opportunities", self.tr("Opportunities")),
        ):
            self._heading(label, name, is_open=True)
            self._add(
                name,
                "",
                RecordListEditor(
                    [
                        RecordField("text", self.tr("Text"), lambda: TextEditor(lines=2)),
                        RecordField("votes", self.tr("Votes"), _votes_editor),
                    ],
                    self._insight_summary,
                    lambda: Insight(""),
                    insight_texts[name],
                ),
            )

    def _action_summary(self, action: Action) -> str:
        """ "Actor — what they do", the whole text: the list wraps it, never cuts it."""
        text = action.text.strip() or self.tr("(no text)")
        return f"{action.actor.strip()} — {text}" if action.actor.strip() else text

    def _insight_summary(self, insight: Insight) -> str:
        text = insight.text.strip() or self.tr("(no text)")
        return f"{text}   +{insight.votes}" if insight.votes else text

    def _channel_fields(self) -> None:
        self._line("name", self.tr("Name"))
        self._enum(
            "kind",
            self.tr("Kind"),
            {
                ChannelKind.DIGITAL: self.tr("Digital"),
                ChannelKind.OFFLINE: self.tr("Offline"),
                ChannelKind.HUMAN: self.tr("People"),
                ChannelKind.BACKSTAGE: self.tr("Backstage"),
            },
        )
        self._add("color", self.tr("Colour"), ColorEditor(placeholder="#2f7d7a"))
        self._add(
            "icon",
            self.tr("Icon"),
            LineEditor(parse=lambda t: t.strip() or None, placeholder=self.tr("icon name")),
        )
        self._text("description", self.tr("Description"))

    def _transition_fields(self) -> None:
        stages = self._choices(Kind.STAGE)
        self._add("source", self.tr("From"), ComboEditor(stages))
        self._add("target", self.tr("To"), ComboEditor([(self.tr("(leaves)"), None), *stages]))
        self._enum(
            "kind",
            self.tr("Kind"),
            {
                TransitionKind.FORWARD: self.tr("Forward"),
                TransitionKind.BACK: self.tr("Back"),
                TransitionKind.SKIP: self.tr("Skip"),
                TransitionKind.REFERRAL: self.tr("Referral"),
                TransitionKind.EXIT: self.tr("Exit"),
            },
        )
        self._add(
            "probability",
            self.tr("Probability"),
            ProbabilityEditor(none_text=self.tr("not given")),
        )
        self._line("label", self.tr("Label"))

    def _persona_fields(self) -> None:
        self._line("name", self.tr("Name"))
        self._text("description", self.tr("Description"))
        self._lines("goals", self.tr("Goals"), self.tr("One goal per line"))
        self._enum(
            "segment",
            self.tr("Segment"),
            {
                Segment.NEW: self.tr("New customers"),
                Segment.RETURNING: self.tr("Returning customers"),
                Segment.LAPSED: self.tr("Lapsed customers"),
                Segment.LOST: self.tr("Lost customers"),
                Segment.OTHER: self.tr("Other"),
            },
        )
        self._add("color", self.tr("Colour"), ColorEditor())

    def _scenario_fields(self) -> None:
        self._line("name", self.tr("Name"))
        self._text("description", self.tr("Description"))

    def _flow_fields(self) -> None:
        self._line("label", self.tr("Label"))

    def _row_fields(self) -> None:
        self._line("name", self.tr("Name"))

    # --- values ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the model's values; editors already showing them are left untouched."""
        subject = self._subject()
        if subject is None:
            return
        for field in self.fields:
            if field.write is not None:
                field.editor.set_value(field.read(subject))
        self._refresh_summary()

    def _edited(self, field: Field, value: Any) -> None:
        subject = self._subject()
        if subject is None:
            return
        if self.subject_id == MAP_SUBJECT:
            edit: Edit = SetMapField(field.name, value)
            key = f"map:{field.name}"
        else:
            kind = self.controller.journey.kind_of(subject.id)
            edit = ReplaceEntity(kind, field.write(subject, value))
            key = f"{subject.id}:{field.name}"
        text = self.tr("Edit {field}").format(field=field.label or field.name)
        # A record list (actions, pains) says which record's field changed ("2.text"), or
        # None for add / remove / move: each of those is an undo step of its own.
        suffix = getattr(field.editor, "merge_suffix", "")
        if suffix is None:
            key = None
        elif suffix:
            key = f"{key}.{suffix}"
        text = getattr(field.editor, "undo_text", "") or text
        self.controller.push(edit, text, merge_key=key)

    def _name_finished(self, field: Field, subject_id: str | None) -> None:
        """A new stage, channel or card named here takes its id from the name (as when
        named on the canvas), in the same undo step as the typing."""
        journey = self.controller.journey
        if subject_id is None or subject_id not in journey:
            return
        kind = journey.kind_of(subject_id)
        if kind is None:
            return
        edit = naming.id_from_name_edit(
            journey, kind, subject_id, field.name, placeholder_name(kind)
        )
        if edit is None:
            return
        text = self.tr("Edit {field}").format(field=field.label or field.name)
        selection = list(self.controller.selection)
        if self.controller.push(edit, text, merge_key=f"{subject_id}:{field.name}"):
            renamed = edit.edits[-1].entity.id  # type: ignore[attr-defined]
            self.controller.set_selection([renamed if i == subject_id else i for i in selection])

    def field(self, name: str) -> QWidget:
        """The editor of a field by name (``title``, ``emotions.ivan``), for tests and focus."""
        self.ensure_built()
        for field in self.fields:
            if field.name == name:
                return field.editor
        raise KeyError(name)


def _with_score(emotions: dict[str, int], persona_id: str, value: int | None) -> dict[str, int]:
    updated = dict(emotions)
    if value is None:
        updated.pop(persona_id, None)
    else:
        updated[persona_id] = value
    return updated


def _votes_editor() -> SpinEditor:
    """Votes are a small number: a narrow spin box, so the text above gets the width."""
    spin = SpinEditor(0, 999)
    spin.setMaximumWidth(90)
    return spin
