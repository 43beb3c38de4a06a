"""Every command of ``cjm-designer``, run the way a Finnish or Russian consultant runs it
(LANG=fi_FI.UTF-8 / LANG=ru_RU.UTF-8), prints no English sentence: not on the example, a
Finnish map, nor on broken files, missing folders and wrong options.

The check is a list of common English words that a Russian or Finnish sentence never
holds. What may stay as written is removed first: file paths, quoted names and ids, field
paths (``transitions[0].probability``), option names and their values (``--kind tiles``),
the program's name with its command (``cjm-designer plan``) and argparse's choice lists.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
from pathlib import Path

import pytest

from cjm_designer.cli import main
from tests.conftest import EXAMPLE, REPO

FINNISH_MAP = REPO / "resources" / "templates" / "buyers-journey.fi.cjm.yaml"
BAD = REPO / "tests" / "data" / "bad"

# Words of English sentences that are not words of Finnish ("on", "no", "a" are).
ENGLISH = set(
    [
        "the",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "not",
        "of",
        "to",
        "and",
        "has",
        "have",
        "had",
        "cannot",
        "can",
        "must",
        "should",
        "could",
        "found",
        "expected",
        "while",
        "with",
        "from",
        "at",
        "for",
        "this",
        "that",
        "which",
        "there",
        "here",
        "than",
        "into",
        "error",
        "warning",
        "line",
        "column",
        "written",
        "valid",
        "invalid",
        "missing",
        "unknown",
        "allowed",
        "denied",
        "file",
        "files",
        "folder",
        "directory",
        "map",
        "maps",
        "stage",
        "stages",
        "card",
        "cards",
        "conversion",
        "funnel",
        "customers",
        "customer",
        "problem",
        "problems",
        "changed",
        "added",
        "removed",
        "edited",
        "moved",
        "renamed",
        "kept",
        "ours",
        "theirs",
        "field",
        "permission",
        "such",
        "exists",
        "usage",
        "options",
        "arguments",
        "required",
        "argument",
        "days",
        "pages",
        "page",
        "poster",
        "blank",
        "grid",
        "tiles",
        "handout",
        "snapshot",
        "snapshots",
        "scenario",
        "scenarios",
        "persona",
        "personas",
        "transition",
        "transitions",
        "touchpoint",
        "touchpoints",
        "channel",
        "channels",
        "opportunity",
        "opportunities",
        "action",
        "actions",
        "none",
        "yes",
        "by",
        "an",
        "or",
        "but",
        "per",
        "month",
        "readable",
        "smallest",
        "text",
        "print",
        "landscape",
        "portrait",
        "merge",
        "conflict",
        "conflicts",
        "resolve",
        "delete",
        "key",
        "value",
        "values",
        "list",
        "mapping",
        "number",
        "between",
        "outside",
        "probability",
        "duration",
        "emotion",
        "analysis",
        "entry",
        "traffic",
        "worth",
        "points",
        "reach",
        "visits",
        "time",
        "bottlenecks",
        "coverage",
        "improved",
        "disk",
        "full",
        "read",
        "only",
        "empty",
        "cell",
        "row",
        "rows",
        "sheet",
        "workbook",
        "table",
        "picture",
        "pictures",
        "left",
        "out",
        "slides",
        "slide",
        "votes",
        "vote",
        "owner",
        "date",
        "todo",
        "doing",
        "done",
        "dropped",
        "untitled",
    ]
)

_QUOTED = re.compile(r"«[^»]*»|”[^”]*”|“[^”]*”|\"[^\"]*\"|'[^'\n]*'")
_BRACES = re.compile(r"\{[^}]*\}")
_OPTION = re.compile(r"(?<![\w-])--?[\w-]+(?:[ =](?:[a-z][\w.,-]*|[A-Z0-9][\w.,-]*))?")
_PROGRAM = re.compile(r"cjm-designer(?: [a-z]+)?")
_TOKEN = re.compile(r"[A-Za-z]+")
# The field path of a located error: "(в поле stages[0].name)", "(kentässä stage)".
# Lists of ids and values one types ("blank, buyers-journey, must-have") and argparse's
# column of command names in --help.
_ID_LIST = re.compile(r"\b(?:[a-z][\w-]*, )+[a-z][\w-]*\b")
_HELP_NAME = re.compile(r"^\s{2,}[a-z][\w-]*(?=\s{2,}|$)")
_FIELD = re.compile(r"\((?:в поле|kentässä|at) [^)]*\)")


def english_words(output: str) -> list[str]:
    """The English words left in ``output`` once names, paths and options are taken out."""
    found = []
    for line in output.splitlines():
        line = _HELP_NAME.sub(" ", line)
        line = _FIELD.sub(" ", line)
        line = _ID_LIST.sub(" ", line)
        line = _QUOTED.sub(" ", line)
        line = _BRACES.sub(" ", line)
        line = _PROGRAM.sub(" ", line)
        line = _OPTION.sub(" ", line)
        for word in line.split():
            # paths, ids, field paths, file names, sizes: "a/b", "x.pdf", "stages[0].id"
            if re.search(r"[/\\_.\[\]=@:-]\w", word) or re.search(r"\d", word):
                continue
            for token in _TOKEN.findall(word):
                if token in ENGLISH or (token.istitle() and token.lower() in ENGLISH):
                    found.append(token)
    return found


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("inputs")
    text = EXAMPLE.read_text(encoding="utf-8")
    files = {
        "edited": text.replace("probability: 0.7\n", "probability: 0.45\n", 1)
        .replace("  duration: 2w\n", "  duration: 3.5d\n", 1)
        .replace("  kind: human\n", "  kind: backstage\n", 1),
        "ours": text.replace("probability: 0.7\n", "probability: 0.45\n", 1),
        "theirs": text.replace("probability: 0.7\n", "probability: 0.5\n", 1),
        "colon": "cjm: 1\ntitle: a: b\n",
        "no-colon": "cjm: 1\ntitle: x\nstages\nchannels: []\n",
        "unclosed": 'cjm: 1\ntitle: "x\n',
        "indent": "cjm: 1\nstages:\n  - id: a\n    name: A\n   channels: []\n",
        "bad-char": "cjm: 1\ntitle: @home\n",
        "bad-probability": text.replace("probability: 0.7\n", "probability: -0.5\n", 1),
        "no-probability": text.replace("  probability: 0.7\n", "", 1),
    }
    paths = {}
    for name, content in files.items():
        paths[name] = folder / f"{name}.cjm.yaml"
        paths[name].write_text(content, encoding="utf-8")
    paths["csv"] = folder / "cards.csv"
    paths["csv"].write_text("stage,channel,title\n,Web,Landing page\n", encoding="utf-8")
    paths["open-quote.csv"] = folder / "open-quote.csv"
    paths["open-quote.csv"].write_text('stage,channel,title\n"' + "x" * 140_000, "utf-8")
    paths["xlsx"] = folder / "broken.xlsx"
    paths["xlsx"].write_bytes(b"this is not a workbook")
    paths["mmd"] = folder / "journey.mmd"
    paths["mmd"].write_text("journey\n  title Buying\n  section\n", encoding="utf-8")
    paths["folder"] = folder
    paths["snapshots"] = folder / "snapshots.cjm.yaml"
    shutil.copy(EXAMPLE, paths["snapshots"])
    return paths


def commands(p: dict[str, Path], out: Path) -> list[list[str]]:
    ex, fi = str(EXAMPLE), str(FINNISH_MAP)
    bad = [str(path) for path in sorted(BAD.glob("*.cjm.yaml"))]
    broken = [str(p[name]) for name in ("colon", "no-colon", "unclosed", "indent", "bad-char")]
    snap = str(p["snapshots"])
    return [
        ["validate", ex, fi],
        ["validate", *bad, *broken, str(p["bad-probability"])],
        ["validate", str(out / "missing.cjm.yaml"), str(p["folder"])],
        ["info", ex], ["info", fi], ["info", "--json", fi],
        ["analyze", ex], ["analyze", fi], ["analyze", ex, "--scenario", "nope"],
        ["analyze", str(p["colon"])],
        ["plan", ex], ["plan", fi], ["plan", ex, "--scenario", "nope"],
        ["plan", ex, "--csv", str(out / "no-folder" / "plan.csv")],
        ["diff", ex, str(p["edited"])], ["diff", ex, f"{ex}@nope"], ["diff", ex, str(p["indent"])],
        ["merge", ex, str(p["ours"]), str(p["theirs"]), "-o", str(out / "merged.cjm.yaml")],
        ["merge", ex, ex, str(p["colon"]), "-o", str(out / "merged2.cjm.yaml")],
        ["export", ex, "-o", str(out / "poster.pdf")],
        ["export", ex, "-o", str(out / "tiles.pdf"), "--kind", "tiles", "--poster-size", "A2"],
        ["export", fi, "-o", str(out / "handout.pdf"), "--kind", "handout"],
        ["export", ex, "-o", str(out / "blank.pdf"), "--kind", "blank"],
        ["export", fi, "-o", str(out / "small.pdf"), "--page", "50x70cm"],
        ["export", ex, "-o", str(out / "no-folder" / "poster.pdf")],
        ["export", ex, "-o", str(out / "poster.doc")],
        ["export", ex, "-o", str(out / "x.pdf"), "--page", "A9x"],
        ["export", ex, "-o", str(out / "x.pdf"), "--persona", "nobody"],
        ["export", str(p["unclosed"]), "-o", str(out / "x.pdf")],
        ["convert", str(p["csv"]), "-o", str(out / "c.cjm.yaml")],
        ["convert", str(p["open-quote.csv"]), "-o", str(out / "c.cjm.yaml")],
        ["convert", str(p["xlsx"]), "-o", str(out / "c.cjm.yaml")],
        ["convert", str(p["mmd"]), "-o", str(out / "c.cjm.yaml")],
        ["convert", ex, "-o", str(out / "c.txt")],
        ["convert", ex, "-o", str(out / "c.csv")],
        ["new", "--template", "blank", "-o", ex],
        ["new", "--template", "nothing", "-o", str(out / "n.cjm.yaml")],
        ["new", "--template", "blank", "-o", str(out / "n.cjm.yaml")],
        ["snapshot", snap, "--name", "workshop", "--date", "2026-01-02"],
        ["snapshot", snap, "--name", "workshop"],
        ["snapshot", snap, "--list"],
        ["snapshot", snap, "--extract", "nope", "-o", str(out / "x.cjm.yaml")],
        ["snapshot", snap, "--extract", "workshop"],
        ["snapshot", snap, "--restore", "workshop"],
        ["snapshot", snap, "--delete", "workshop"],
        ["diff", snap, f"{snap}@nope"],
        ["room", ex, "--host", "0.0.0.0"], ["room", ex, "--port", "99999"],
        ["info"], ["analyze", ex, "--bogus"], ["export", ex, "-o", "x.pdf", "--kind", "mural"],
        ["--help"],
        *([name, "--help"] for name in (
            "analyze", "new", "templates", "validate", "info", "convert", "diff", "export",
            "merge", "plan", "room", "snapshot",
        )),
    ]  # fmt: skip


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 2
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def locale_environment(monkeypatch, request):
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", request.param)
    return request.param


@pytest.mark.parametrize(
    "locale_environment", ["ru_RU.UTF-8", "fi_FI.UTF-8"], indirect=True, ids=["ru", "fi"]
)
def test_no_command_prints_an_english_sentence(locale_environment, inputs, tmp_path):
    leftovers = []
    for argv in commands(inputs, tmp_path):
        _code, out, err = run(argv)  # an exception (a traceback) fails the test
        assert out or err, argv
        words = english_words(out + err)
        if words:
            leftovers.append((argv, words, (out + err)[:400]))
    report = "\n\n".join(f"{' '.join(argv)}\n  {words}\n{text}" for argv, words, text in leftovers)
    assert not leftovers, report


@pytest.mark.parametrize(
    "locale_environment", ["ru_RU.UTF-8", "fi_FI.UTF-8"], indirect=True, ids=["ru", "fi"]
)
def test_json_localized_messages_are_not_english(locale_environment, inputs):
    for path in (EXAMPLE, FINNISH_MAP, inputs["no-probability"]):
        code, out, _err = run(["analyze", "--json", str(path)])
        assert code == 0
        problems = json.loads(out)["problems"]
        assert problems
        for problem in problems:
            assert english_words(problem["localized"]) == [], problem
            assert problem["message_code"]  # the stable code stays for scripts


def test_the_check_finds_english():
    """The detector itself: an untranslated line is caught, a translated one is not."""
    assert english_words("/tmp/x.cjm.yaml:3:1: YAML syntax error: mapping values are not allowed")
    assert english_words("map.pdf: cannot write: the folder does not exist")
    assert english_words("  - переход «a--b», поле «вероятность»: changed on both sides; kept ours")
    assert not english_words(
        "/tmp/x.cjm.yaml:3:1: синтаксическая ошибка YAML: здесь не может стоять «:» (в поле "
        "transitions[0].probability); напечатайте по листам (--kind tiles --poster-size A0), "
        "cjm-designer plan MAP"
    )
    assert not english_words("Kartan kenttä otsikko: ”Map of the journey” → ”Uusi”.")
