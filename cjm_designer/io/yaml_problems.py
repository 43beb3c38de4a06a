"""PyYAML's and libyaml's syntax-error wordings as message codes, so they can be translated.

Both parsers say what went wrong in a small, fixed set of English phrases ("mapping values
are not allowed here", "could not find expected ':'", "expected <block end>, but found
'-'"), the C one a little differently from the Python one. Each phrase is matched here to
a code that says the same in the user's words, with the hint a consultant needs (quotes,
indentation); the context ("while scanning a simple key") becomes where that part
started. A wording neither parser has today stays as it is, inside the translated frame
"YAML syntax error: …", so nothing is lost if a new PyYAML says something new.
"""

from __future__ import annotations

import re

from cjm_designer.messages import Message

_Table = tuple[tuple[re.Pattern[str], str], ...]


def _table(*rows: tuple[str, str]) -> _Table:
    return tuple((re.compile(pattern), code) for pattern, code in rows)


def _first_code(table: _Table, text: str) -> str | None:
    """The code of the first row whose pattern occurs in ``text``: the specific come first."""
    return next((code for pattern, code in table if pattern.search(text)), None)


# (pattern of the problem, code)
_PROBLEMS = _table(
    (r"tab character", "io.yaml-tab"),
    (r"control characters|special characters|unacceptable character", "io.yaml-control"),
    (r"mapping values are not allowed|found unexpected ':'", "io.yaml.colon"),
    (r"cannot start any token", "io.yaml.bad-start"),
    (r"could not find expected ':'", "io.yaml.no-colon"),
    (r"expected ',' or '\]'", "io.yaml.flow-list"),
    (r"expected ',' or '\}'", "io.yaml.flow-mapping"),
    (
        r"expected <block end>|did not find expected key|expected '-' indicator",
        "io.yaml.indentation",
    ),
    (r"undefined alias", "io.yaml.alias"),
    (r"duplicate anchor|second occurrence", "io.yaml.anchor-twice"),
    (r"alphabetic or numeric character", "io.yaml.anchor-name"),
    (r"directive|incompatible YAML document", "io.yaml.directive"),
    (r"tag|expected '>'|expected '!'|URI", "io.yaml.tag"),
    (r"escape|hexadecimal|hexdecimal", "io.yaml.escape"),
    (r"another document", "io.yaml.two-documents"),
    (r"document start", "io.yaml.top-level"),
    (r"indentation indicator|chomping", "io.yaml.block-indicator"),
    (r"node content", "io.yaml.no-value"),
    (r"document indicator|document separator", "io.yaml.document-in-quotes"),
    (r"sequence entries are not allowed", "io.yaml.dash"),
    (r"mapping keys are not allowed", "io.yaml.question"),
    (r"end of stream", "io.yaml.unexpected-end"),
    (r"(comment|whitespace) or (a )?line break|expected ' '", "io.yaml.line-end"),
)

# Where the part the parser was reading began ("while scanning a simple key").
_CONTEXTS = _table(
    (r"simple key", "io.yaml.from.key"),
    (r"quoted scalar", "io.yaml.from.quote"),
    (r"flow sequence", "io.yaml.from.flow-list"),
    (r"flow mapping", "io.yaml.from.flow-mapping"),
    (r"block mapping", "io.yaml.from.mapping"),
    (r"block collection|block sequence", "io.yaml.from.list"),
    (r"block scalar", "io.yaml.from.text-block"),
    (r"anchor|alias", "io.yaml.from.anchor"),
    (r"tag", "io.yaml.from.tag"),
    (r"directive", "io.yaml.from.directive"),
    (r"single document", "io.yaml.from.document"),
    (r"node|scalar", "io.yaml.from.value"),
)


def problem_message(problem: str, context: str | None, found: str | None) -> Message | str:
    """The code for PyYAML's ``problem`` (``found`` is the character at the error, when
    known), or the parser's own words when it is a wording we have not met."""
    code = _first_code(_PROBLEMS, problem)
    if code is None:
        return problem
    context = context or ""
    if code == "io.yaml.unexpected-end" and "quoted" in context:
        code = "io.yaml.unclosed-quote"
    elif code == "io.yaml.line-end" and "block scalar" in context:
        code = "io.yaml.block-indicator"
    elif code == "io.yaml.line-end" and "directive" in context:
        code = "io.yaml.directive"
    elif code == "io.yaml.line-end" and "tag" in context:
        code = "io.yaml.tag"
    if code == "io.yaml.bad-start":
        character = _character(problem, found)
        if character is None:
            return Message("io.yaml.bad-start-unknown")
        return Message(code, char=character)
    return Message(code)


def started_at(problem: Message | str, context: str, line: int, column: int) -> Message | str:
    """``problem`` with where the part the parser was reading began (1-based)."""
    if "next token" in context:  # the same place as the problem itself
        return problem
    code = _first_code(_CONTEXTS, context)
    start = Message(code or "io.yaml.from.other", line=line, column=column)
    return Message("io.yaml.with-start", problem=problem, start=start)


def _character(problem: str, found: str | None) -> str | None:
    """The offending character, quoted: from PyYAML's wording ("found character '@'
    that…"), else the one in the text at the error's place (libyaml names none)."""
    match = re.search(r"character ('.{1,6}') that", problem)
    if match:
        return match[1]
    if found and found.isprintable() and not found.isspace():
        return f"'{found}'"
    return None
