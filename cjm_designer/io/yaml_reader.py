"""Safe YAML reading with positions: bytes -> text -> node tree -> plain data.

The parse step is kept apart from validation and model building (see
docs/benchmarks.md): libyaml composes the node tree in C, then one small Python walk
turns nodes into plain values. The node tree stays around only to turn a document
path into a line and column when something is wrong.

Defences against hostile files: a size limit; binary and legacy-encoding detection;
a nesting-depth check *before* libyaml recurses (its C composer crashes the process at
about 50,000 levels); an expansion budget against alias bombs; only the YAML core tags
are accepted (``!!python/...`` is refused, never constructed); duplicate keys are errors.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from cjm_designer.messages import Message
from cjm_designer.model.records import MutableRecord

from .errors import FileMessage, Location, MapLoadError

try:  # the C loader when present (it is in the PyPI wheels)
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - pure-Python fallback
    _Loader = yaml.SafeLoader

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 64
# Without aliases a file cannot hold more values than characters, so a budget of
# "characters + a margin" never refuses a real map and stops an alias bomb at once.
EXPANSION_MARGIN = 100_000
# The node tree costs about 400 bytes a node, and composing plus walking it takes about
# as long per node as a real map: the largest believable map (50 stages x 20 channels x
# 5,000 cards, 3.9 MB) has 267,000 nodes, so this is about twice the work of that map.
MAX_NODES = 500_000
# Integers longer than this are refused as numbers (Python refuses decimal text of more
# than 4,300 digits, and a 20,000-digit hex number cannot be written back); quote them.
MAX_NUMBER_CHARS = 100

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_SCALAR_TAGS = {_STR, _INT, _FLOAT, _BOOL, _NULL, _TIMESTAMP}
_CONSTRUCTOR = SafeConstructor()


@dataclass(eq=False, repr=False)
class ParsedYaml(MutableRecord):
    """Plain data plus the node tree that can locate any document path in the text."""

    data: Any
    root: Node | None
    file: str
    warnings: list[FileMessage]

    def locate(self, path: tuple, at_key: bool = False) -> Location:
        """The line and column of a document path (its deepest existing part)."""
        from cjm_designer.model import path_text

        node = self.root
        mark = node.start_mark if node is not None else None
        for part in path:
            if isinstance(node, MappingNode):
                for key_node, value_node in node.value:
                    if isinstance(key_node, ScalarNode) and key_node.value == str(part):
                        is_last = part is path[-1]
                        node = key_node if (at_key and is_last) else value_node
                        mark = node.start_mark
                        break
                else:
                    break
            elif (
                isinstance(node, SequenceNode) and isinstance(part, int) and part < len(node.value)
            ):
                node = node.value[part]
                mark = node.start_mark
            else:
                break
        if mark is None:
            return Location(self.file, None, None, path_text(path))
        return Location(self.file, mark.line + 1, mark.column + 1, path_text(path))


def decode_bytes(raw: bytes, file: str) -> tuple[str, list[FileMessage]]:
    """UTF-8 (with or without BOM) or UTF-16 by BOM; Windows-1251 recognised and said so."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), []
        except UnicodeDecodeError as error:
            raise MapLoadError.single(
                Message("io.broken-utf16", reason=error.reason), file
            ) from None
    nul = raw.find(b"\x00")
    if nul >= 0:
        line, column = _position(raw, nul)
        raise MapLoadError.single(
            Message("io.binary"), file, line, column,
        )  # fmt: skip
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as error:
        line, column = _position(raw, error.start)
        if _looks_like_cp1251(raw):
            text = raw.decode("cp1251")
            warning = FileMessage(
                Message("io.cp1251"),
                Location(file, line, column),
                "warning",
            )
            return text, [warning]
        raise MapLoadError.single(
            Message("io.not-utf8", byte=f"{raw[error.start]:02x}"), file, line, column,
        ) from None  # fmt: skip


def _looks_like_cp1251(raw: bytes) -> bool:
    try:
        text = raw.decode("cp1251")
    except UnicodeDecodeError:
        return False
    high = [char for char in text if ord(char) > 127]
    cyrillic = sum(1 for char in high if "\u0400" <= char <= "\u04ff")
    if not high or cyrillic / len(high) < 0.9:
        return False
    # Latin-1 text read as cp1251 gives words like "cafй": Cyrillic glued to Latin letters.
    words = [w for w in re.findall(r"[^\W\d_]+", text) if re.search("[\u0400-\u04ff]", w)]
    mixed = sum(1 for w in words if re.search("[A-Za-z]", w))
    return mixed <= len(words) // 10


def _position(raw: bytes, offset: int) -> tuple[int, int]:
    line = raw.count(b"\n", 0, offset) + 1
    column = offset - (raw.rfind(b"\n", 0, offset) + 1) + 1
    return line, column


# A line indented MAX_DEPTH or more: one C-speed scan, not a list of every indent.
_DEEP_INDENT = re.compile(rf"^[ \t]{{{MAX_DEPTH}}}", re.M)
# Two block indicators in a row ("- - x", "? - x") nest without indentation.
_INLINE_NESTING = re.compile(r"^[ \t]*[-?][ \t]+[-?][ \t]", re.M)


def check_depth(text: str, file: str) -> None:
    """Refuse absurd nesting before libyaml's recursive composer can crash on it.

    A cheap upper bound (indentation + indicators on one line + every bracket) lets
    normal files through without a second parse; only a suspicious file gets the exact,
    non-recursive event-stream check.
    """
    brackets = text.count("[") + text.count("{")
    inline_nesting = _INLINE_NESTING.search(text) is not None
    if brackets < MAX_DEPTH and not inline_nesting and not _DEEP_INDENT.search(text):
        return
    try:
        _refuse_deep_events(text, file, _Loader)
    except yaml.YAMLError as error:
        if "nesting depth" not in str(error):
            raise _yaml_error(error, file) from None
        # A libyaml with its own nesting limit scans about a thousand levels ahead and
        # stops there, before any event reaches us; the pure-Python parser has no such
        # limit and finds the exact place where the map went past ours.
        try:
            _refuse_deep_events(text, file, yaml.SafeLoader)
        except yaml.YAMLError as python_error:
            raise _yaml_error(python_error, file) from None
        raise _yaml_error(error, file) from None


def _refuse_deep_events(text: str, file: str, loader: type) -> None:
    """Walk the event stream (never recursive) and refuse the first level past MAX_DEPTH."""
    depth = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                raise MapLoadError.single(
                    Message("io.too-deep", depth=MAX_DEPTH),
                    file,
                    mark.line + 1 if mark is not None else None,
                    mark.column + 1 if mark is not None else None,
                )  # fmt: skip
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def verify_readable(text: str, file: str = "") -> str | None:
    """None if ``text`` parses as YAML within our limits, else what is wrong (located).

    Used before a save replaces a file: the C event parser checks the syntax of a 3.5 MB
    map in about 0.4 s, without building the node tree.
    """
    try:
        _refuse_deep_events(text, file, _Loader)
    except MapLoadError as error:
        return str(error.first)
    except yaml.YAMLError as error:
        return str(_yaml_error(error, file, text).first)
    return None


def parse_yaml(raw: bytes, file: str = "") -> ParsedYaml:
    """Bytes of a YAML file -> plain data with a locator; MapLoadError on any bad input."""
    if len(raw) > MAX_FILE_BYTES:
        raise MapLoadError.single(
            Message("io.too-large", size=len(raw) / 1e6, limit=MAX_FILE_BYTES // (1024 * 1024)),
            file,
        )
    text, warnings = decode_bytes(raw, file)
    return parse_text(text, file, warnings)


def node_upper_bound(text: str) -> int:
    """A cheap upper bound on the nodes of a YAML text: every node but the root begins
    after a line break, ``-``, ``,``, ``[``, ``{``, ``?`` or (keys and values) ``:``."""
    count = text.count
    return (
        1 + count("\n") + count("-") + count(",") + 2 * count("[") + 2 * count("{")
        + count("?") + 2 * count(":")
    )  # fmt: skip


def check_nodes(text: str, file: str) -> None:
    """Refuse a file of more than MAX_NODES values before composing its node tree."""
    if node_upper_bound(text) <= MAX_NODES:
        return
    nodes = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, _NODE_EVENTS):
                nodes += 1
                if nodes > MAX_NODES:
                    mark = event.start_mark
                    raise MapLoadError.single(
                        Message("io.too-many-values", limit=MAX_NODES, cards=5_000, values=270_000),
                        file,
                        mark.line + 1 if mark is not None else None,
                        mark.column + 1 if mark is not None else None,
                    )  # fmt: skip
    except yaml.YAMLError as error:
        raise _yaml_error(error, file, text) from None


_NODE_EVENTS = (yaml.ScalarEvent, yaml.CollectionStartEvent, yaml.AliasEvent)


def parse_text(text: str, file: str = "", warnings: list[FileMessage] | None = None) -> ParsedYaml:
    check_depth(text, file)
    check_nodes(text, file)
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as error:
        raise _yaml_error(error, file, text) from None
    walker = _Walker(file, len(text) + EXPANSION_MARGIN)
    data = walker.value(root) if root is not None else None
    return ParsedYaml(data, root, file, list(warnings or []))


class _Walker:
    """Nodes -> plain values; refuses foreign tags, duplicate keys and alias bombs."""

    def __init__(self, file: str, budget: int) -> None:
        self.file = file
        self.budget = budget

    def fail(self, node: Node, message: str) -> MapLoadError:
        mark = node.start_mark
        return MapLoadError.single(message, self.file, mark.line + 1, mark.column + 1)

    def value(self, node: Node, depth: int = 0) -> Any:
        self.budget -= 1
        if self.budget < 0:
            raise self.fail(node, Message("io.alias-bomb"))
        if depth > MAX_DEPTH:
            # Text nesting was checked before composing; only aliases get here (a list
            # that holds itself, or a long chain of aliases to aliases).
            raise self.fail(node, Message("io.alias-depth", depth=MAX_DEPTH))
        tag = node.tag
        if isinstance(node, ScalarNode):
            if tag == _STR:
                return _nfc(node.value)
            if tag == _NULL:
                return None
            if tag == _TIMESTAMP:
                return node.value  # dates stay text: "2026-11-23", exactly as written
            value = node.value
            if (
                tag == _INT
                and value.isascii()
                and value.isdigit()
                and (value[0] != "0" or value == "0")  # "0123" is octal in YAML 1.1
                and len(value) <= MAX_NUMBER_CHARS
            ):
                return int(value)  # the common case, without PyYAML's constructor
            if tag in (_INT, _FLOAT) and len(node.value) > MAX_NUMBER_CHARS:
                raise self.fail(
                    node,
                    Message("io.long-number", length=len(node.value), limit=MAX_NUMBER_CHARS),
                )
            if tag in _SCALAR_TAGS:
                return _CONSTRUCTOR.construct_object(node)
            raise self.fail(node, _tag_message(tag))
        depth += 1
        if isinstance(node, SequenceNode):
            if tag != _SEQ:
                raise self.fail(node, _tag_message(tag))
            return [self.value(child, depth) for child in node.value]
        if tag != _MAP:
            raise self.fail(node, _tag_message(tag))
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise self.fail(key_node, Message("io.key-not-text"))
            key = (
                _nfc(key_node.value)
                if key_node.tag in (_STR, _INT, _BOOL, _NULL, _FLOAT, _TIMESTAMP)
                else None
            )
            if key is None:
                raise self.fail(key_node, _tag_message(key_node.tag))
            if key in out:
                raise self.fail(key_node, Message("io.duplicate-key", key=key))
            out[key] = self.value(value_node, depth)
        return out


def _nfc(text: str) -> str:
    """Text in Unicode NFC: "Café" written as e + combining accent (macOS, some editors)
    and as é are one name, so they cannot become two stages or two keys."""
    return (
        text
        if text.isascii() or unicodedata.is_normalized("NFC", text)
        else (unicodedata.normalize("NFC", text))
    )


def _tag_message(tag: str) -> Message:
    return Message("io.unsupported-tag", tag=tag.replace("tag:yaml.org,2002:", "!!"))


def _yaml_error(error: yaml.YAMLError, file: str, text: str = "") -> MapLoadError:
    # Only a broken file needs the wordings table (35 patterns): not imported at start-up.
    from .yaml_problems import problem_message, started_at

    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    line = mark.line + 1 if mark else None
    column = mark.column + 1 if mark else None
    found = None
    if mark is not None and text:
        lines = text.splitlines()
        current = lines[mark.line] if mark.line < len(lines) else ""
        if "\t" in current[: max(mark.column, 0) + 1] or "'\\t'" in problem:
            message = Message("io.yaml-tab")
            return MapLoadError([FileMessage(message, Location(file, line, column))])
        found = current[mark.column] if 0 <= mark.column < len(current) else None
    context = getattr(error, "context", None)
    reason = problem_message(problem, context, found)
    if isinstance(reason, Message) and reason.code == "io.yaml-tab":
        return MapLoadError([FileMessage(reason, Location(file, line, column))])
    context_mark = getattr(error, "context_mark", None)
    if (
        context
        and context_mark is not None
        and mark is not None
        and ((context_mark.line, context_mark.column) != (mark.line, mark.column))
    ):
        reason = started_at(reason, context, context_mark.line + 1, context_mark.column + 1)
    return MapLoadError(
        [FileMessage(Message("io.yaml-syntax", problem=reason), Location(file, line, column))]
    )
