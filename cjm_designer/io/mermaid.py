"""Mermaid ``journey`` diagrams in and out, so maps travel to and from Markdown docs.

Mermaid has sections, tasks with a 1-5 score, and actors; it has no channels. Import
turns sections into stages (a repeated section name joins its stage), tasks into
touchpoints in one "Journey" channel, scores into emotions and actors into personas.
Export writes what Mermaid's own grammar accepts: characters that end a token there
(``:`` ``#`` ``;`` ``,`` in actors, line breaks) are replaced by look-alikes.
Details and examples: docs/interop.md.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from cjm_designer.messages import Message
from cjm_designer.model import (
    EMOTION_MAX,
    EMOTION_MIN,
    Channel,
    IdPool,
    JourneyMap,
    Kind,
    Persona,
    Stage,
    Touchpoint,
)

from .atomic import write_atomic
from .converters import register_format
from .errors import FileMessage, Location, MapLoadError, read_input
from .yaml_reader import decode_bytes, parse_text

MERMAID_SUFFIX = ".mmd"
CHANNEL_ID = "journey"
CHANNEL_NAME = "Journey"
NO_SECTION = "(no section)"

_ZWSP = "\u200b"
"""Put before a task name that starts with a Mermaid keyword, so the lexer reads a task."""

_KEYWORD_START = re.compile(r"^(journey|title\s|section\s|acctitle\s*:|accdescr\s*[:{])", re.I)
_SECTION = re.compile(r"^section(?:\s+(.*))?$", re.I)
_TITLE = re.compile(r"^title(?:\s+(.*))?$", re.I)
_ACC_LINE = re.compile(r"^acc(title|descr)\s*:\s*(.*)$", re.I)
_ACC_BLOCK = re.compile(r"^accdescr\s*\{(.*)$", re.I)
_OTHER_DIAGRAM = re.compile(
    r"^(graph|flowchart|sequenceDiagram|classDiagram|stateDiagram(-v2)?|erDiagram|gantt|pie|"
    r"gitGraph|mindmap|timeline|quadrantChart|requirementDiagram|C4Context|sankey-beta|"
    r"xychart-beta|block-beta|kanban|architecture-beta|packet-beta)\b",
    re.I,
)

# Characters that end a token in Mermaid's journey grammar, and what export writes instead.
_TEXT_SWAPS = {":": "\uff1a", "#": "\uff03", ";": "\uff1b"}
_ACTOR_SWAPS = {**_TEXT_SWAPS, ",": "\uff0c"}


# --- import ------------------------------------------------------------------------


def read_mermaid(path: Path) -> JourneyMap:
    """Read a ``.mmd`` journey; raises MapLoadError listing every bad line, located."""
    file = str(path)
    text, _warnings = decode_bytes(read_input(path), file)
    return parse_mermaid(text, file)


def parse_mermaid(text: str, file: str = "") -> JourneyMap:
    """Build a map from the text of a Mermaid journey (see the module docstring)."""
    # NFC: "Café" typed on a Mac (NFD) and on Windows (NFC) is one stage, not two.
    return _Parser(file).parse(unicodedata.normalize("NFC", text))


class _Parser:
    def __init__(self, file: str) -> None:
        self.file = file
        self.errors: list[FileMessage] = []
        self.title = ""
        self.front_title = ""
        self.acc_title = ""
        self.description = ""
        self.stages: dict[str, Stage] = {}
        self.stage_order: list[str] = []
        self.personas: dict[str, Persona] = {}
        self.touchpoints: list[Touchpoint] = []
        self.scores: dict[tuple[str, str], list[int]] = {}
        self.taken = IdPool({CHANNEL_ID})
        self.current: str | None = None

    def error(self, message: str, line: int, column: int | None = None) -> None:
        self.errors.append(FileMessage(message, Location(self.file, line, column)))

    def parse(self, text: str) -> JourneyMap:
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        start = self._front_matter(lines)
        header_seen = False
        in_block = False
        for number in range(start, len(lines)):
            raw = lines[number]
            line_no = number + 1
            if in_block:
                closing = raw.find("}")
                part = raw if closing < 0 else raw[:closing]
                self.description = "\n".join(x for x in (self.description, part.strip()) if x)
                in_block = closing < 0
                continue
            content = raw.strip()
            if not content or content.startswith("%%"):
                continue
            indent = len(raw) - len(raw.lstrip())
            if not header_seen:
                header_seen = self._header(content, line_no, indent)
                if not header_seen:
                    break
                continue
            block = _ACC_BLOCK.match(content)
            if block:
                rest = block.group(1)
                closing = rest.find("}")
                self.description = (rest if closing < 0 else rest[:closing]).strip()
                in_block = closing < 0
                continue
            acc = _ACC_LINE.match(content)
            if acc:
                if acc.group(1).lower() == "title":
                    self.acc_title = acc.group(2).strip()
                else:
                    self.description = acc.group(2).strip()
                continue
            self._statement(_drop_comment(content), line_no, indent)
        if not header_seen and not self.errors:
            self.error(Message("io.mermaid.empty"), 1, 1)
        if self.errors:
            raise MapLoadError(self.errors)
        return self._build()

    def _front_matter(self, lines: list[str]) -> int:
        """Skip YAML front matter (``---`` ... ``---``), keeping its ``title``."""
        if not lines or lines[0].strip() != "---":
            return 0
        for number in range(1, len(lines)):
            if lines[number].strip() == "---":
                try:
                    # The map loader's hardened reader: depth, node and alias budgets.
                    data = parse_text("\n".join(lines[1:number]), self.file).data
                except MapLoadError as error:
                    first = error.first
                    # the file line; an error past the end is on the last line of the block
                    line = min(1 + (first.location.line or 1), number)
                    self.error(Message("io.mermaid.front-matter", error=first.message), line)
                    return number + 1
                if isinstance(data, dict) and isinstance(data.get("title"), str | int | float):
                    self.front_title = str(data["title"]).strip()
                return number + 1
        self.error(Message("io.mermaid.front-matter-open"), 1, 1)
        return len(lines)

    def _header(self, content: str, line_no: int, indent: int) -> bool:
        word = _drop_comment(content).strip()
        if word.lower() == "journey":
            return True
        other = _OTHER_DIAGRAM.match(word)
        if other:
            self.error(
                Message("io.mermaid.other-diagram", kind=other.group(1)),
                line_no,
                indent + 1,
            )
        else:
            self.error(
                Message("io.mermaid.expected-journey", found=_clip(word)),
                line_no,
                indent + 1,
            )
        return False

    def _statement(self, content: str, line_no: int, indent: int) -> None:
        if not content.strip():
            return
        semicolon = content.find(";")
        if semicolon >= 0:
            self.error(
                Message("io.mermaid.semicolon"),
                line_no,
                indent + 1 + semicolon,
            )
            return
        if content.lower() == "journey":
            self.error(Message("io.mermaid.second-journey"), line_no, indent + 1)
            return
        title = _TITLE.match(content)
        if title and ":" not in content.split(None, 1)[0]:
            self.title = (title.group(1) or "").strip()
            return
        section = _SECTION.match(content)
        if section and ":" not in content.split(None, 1)[0]:
            name = (section.group(1) or "").strip()
            if not name:
                self.error(Message("io.mermaid.section-name"), line_no, indent + 1)
                return
            if ":" in name:
                column = indent + 1 + content.index(":")
                self.error(Message("io.mermaid.section-colon", name=_clip(name)), line_no, column)
                return
            self.current = self._stage(name)
            return
        colon = content.find(":")
        if colon < 0:
            self.error(
                Message("io.mermaid.not-a-line", found=_clip(content)),
                line_no,
                indent + 1,
            )
            return
        self._task(content, colon, line_no, indent)

    def _stage(self, name: str) -> str:
        if name not in self.stages:
            stage_id = self.taken.new(name, "stage")
            self.stages[name] = Stage(id=stage_id, name=name)
            self.stage_order.append(name)
        return self.stages[name].id

    def _task(self, content: str, colon: int, line_no: int, indent: int) -> None:
        name = content[:colon].strip().strip(_ZWSP).strip()
        if not name:
            self.error(Message("io.mermaid.task-name"), line_no, indent + 1)
            return
        rest = content[colon + 1 :]
        score_text, _, actors_text = rest.partition(":")
        score_column = indent + colon + 2 + (len(score_text) - len(score_text.lstrip()))
        emotion = None
        if score_text.strip():
            emotion = _score(score_text.strip())
            if emotion is None:
                self.error(
                    Message(
                        "io.mermaid.score",
                        score=score_text.strip(),
                        low=EMOTION_MIN,
                        high=EMOTION_MAX,
                    ),
                    line_no,
                    score_column,
                )
                return
        if self.current is None:
            self.current = self._stage(NO_SECTION)
        persona_ids: list[str] = []
        for actor in actors_text.split(","):
            actor = actor.strip()
            if not actor:
                continue
            persona = self.personas.get(actor)
            if persona is None:
                persona = Persona(id=self.taken.new(actor, "persona"), name=actor)
                self.personas[actor] = persona
            if persona.id not in persona_ids:
                persona_ids.append(persona.id)
        touchpoint_id = self.taken.new(name, "touchpoint")
        self.touchpoints.append(
            Touchpoint(
                id=touchpoint_id,
                stage=self.current,
                channel=CHANNEL_ID,
                title=name,
                emotion=emotion,
                personas=tuple(persona_ids),
            )
        )
        if emotion is not None:
            for persona_id in persona_ids:
                self.scores.setdefault((self.current, persona_id), []).append(emotion)

    def _build(self) -> JourneyMap:
        journey = JourneyMap(
            title=self.title or self.front_title or self.acc_title,
            description=self.description,
            language=_guess_language(self.title, self.touchpoints),
        )
        journey.extend(Kind.PERSONA, self.personas.values())
        journey.extend(Kind.CHANNEL, [Channel(id=CHANNEL_ID, name=CHANNEL_NAME)])
        stages = []
        for name in self.stage_order:
            stage = self.stages[name]
            emotions = {
                persona.id: _mean(self.scores[(stage.id, persona.id)])
                for persona in self.personas.values()
                if (stage.id, persona.id) in self.scores
            }
            stages.append(replace(stage, emotions=emotions) if emotions else stage)
        journey.extend(Kind.STAGE, stages)
        journey.extend(Kind.TOUCHPOINT, self.touchpoints)
        return journey


def _drop_comment(content: str) -> str:
    """Mermaid's lexer skips from ``#`` to the end of the line."""
    hash_at = content.find("#")
    return (content if hash_at < 0 else content[:hash_at]).rstrip()


def _score(text: str) -> int | None:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    if not value.is_integer() or not EMOTION_MIN <= value <= EMOTION_MAX:
        return None
    return int(value)


def _mean(scores: list[int]) -> int:
    """Round half up, so the average of 2 and 3 is 3 (not Python's banker's 2)."""
    return int(sum(scores) / len(scores) + 0.5)


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _guess_language(title: str, touchpoints: list[Touchpoint]) -> str:
    sample = title + "".join(tp.title for tp in touchpoints[:20])
    if any("\u0400" <= char <= "\u04ff" for char in sample):
        return "ru"
    if any(char in "äöåÄÖÅ" for char in sample):
        return "fi"
    return "en"


# --- export ------------------------------------------------------------------------


def mermaid_text(journey: JourneyMap) -> str:
    """The map as a Mermaid journey: stages in order, each stage's cards lane by lane."""
    lines = ["journey"]
    title = _clean(journey.title, _TEXT_SWAPS)
    if title:
        lines.append(f"    title {title}")
    names = {persona.id: persona.name for persona in journey.personas}
    cells = journey.cells()
    for stage in journey.stages:
        lines.append(f"    section {_clean(stage.name, _TEXT_SWAPS) or stage.id}")
        for channel in journey.channels:
            for touchpoint in cells.get((stage.id, channel.id), ()):
                lines.append("      " + _task_line(touchpoint, names))
    return "\n".join(lines) + "\n"


def _task_line(touchpoint: Touchpoint, names: dict[str, str]) -> str:
    name = _clean(touchpoint.title, _TEXT_SWAPS) or touchpoint.id
    if _KEYWORD_START.match(name):
        name = _ZWSP + name
    score = "" if touchpoint.emotion is None else str(touchpoint.emotion)
    actors = [_clean(names.get(pid, pid), _ACTOR_SWAPS) for pid in touchpoint.personas]
    actors = [actor for actor in actors if actor]
    if actors:
        return f"{name}: {score}: {', '.join(actors)}"
    # "name: 3" needs no actor part; a task with neither still needs the second colon.
    return f"{name}: {score}" if score else f"{name}: :"


def _clean(text: str, swaps: dict[str, str]) -> str:
    """One line that Mermaid's lexer reads as plain text."""
    single = " ".join(str(text).split())
    for char, look_alike in swaps.items():
        single = single.replace(char, look_alike)
    while "%%" in single:
        single = single.replace("%%", "%")
    return single.strip(" " + _ZWSP)


def write_mermaid(journey: JourneyMap, path: str | os.PathLike) -> None:
    """Write the map as a ``.mmd`` journey, atomically."""
    write_atomic(path, mermaid_text(journey).encode("utf-8"))


register_format(MERMAID_SUFFIX, read_mermaid, write_mermaid)
