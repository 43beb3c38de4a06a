"""Every message of the Qt-free layers has a Russian and a Finnish text that keeps its
placeholders, plurals have their languages' forms, and the compiled .mo files are the .po.

The .ts files of the window are checked by test_translations_complete.py; this is the
same check for ``resources/messages/`` (gettext catalogues made from
``cjm_designer/messages/texts.py`` by scripts/update_messages.py).
"""

from __future__ import annotations

import ast
import gettext
import io
import pickle
import re
import string
import sys
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from cjm_designer import messages
from cjm_designer.messages import Message, Plural, localize, number, percent
from cjm_designer.messages.texts import TEXTS

REPO = Path(__file__).resolve().parents[2]
FOLDER = REPO / "resources" / "messages"
PLURAL_FORMS = {"ru": 3, "fi": 2}
PRINTF = re.compile(r"%(?:\([a-z_]+\))?[srd%]")
"""argparse's own placeholders (%(prog)s, %s) and the escaped %% of help texts."""
sys.path.insert(0, str(REPO / "scripts"))


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def specs(text: str) -> dict[str, str]:
    return {name: spec for _, name, spec, _ in string.Formatter().parse(text) if name}


def po(language: str):
    with (FOLDER / f"cjm_designer_{language}.po").open("rb") as handle:
        return read_po(handle, locale=language, domain="cjm_designer")


@pytest.fixture(scope="module", params=["ru", "fi"])
def catalogue(request):
    return request.param, {m.context: m for m in po(request.param) if m.id}


def test_every_code_is_translated_with_its_placeholders(catalogue):
    language, entries = catalogue
    assert set(entries) == set(TEXTS), "run scripts/update_messages.py"
    for code, entry in TEXTS.items():
        message = entries[code]
        assert not message.fuzzy, f"{language}: {code} needs review (fuzzy)"
        sources = [entry.one, entry.other] if isinstance(entry, Plural) else [entry]
        forms = list(message.string) if isinstance(entry, Plural) else [message.string]
        if isinstance(entry, Plural):
            assert len(forms) == PLURAL_FORMS[language], (language, code, forms)
        wanted = set().union(*(fields(s) for s in sources))
        printf = sorted(PRINTF.findall(sources[-1]))
        for form in forms:
            assert form.strip(), f"{language}: {code} is not translated"
            assert fields(form) == wanted, (language, code, form)
            assert sorted(PRINTF.findall(form)) == printf, (language, code, form)
            for name, spec in specs(form).items():  # "{days:.1f}" keeps its number format
                assert spec == specs(sources[-1]).get(name, spec), (language, code, form)


def test_plural_forms_follow_cldr():
    """Babel's headers: Russian 3 forms (1, 2-4, 5+), Finnish 2, as CLDR counts them."""
    assert po("ru").num_plurals == 3
    assert po("fi").num_plurals == 2


@pytest.mark.parametrize("language", ["ru", "fi"])
def test_compiled_catalogues_are_the_po_files(language):
    compiled = io.BytesIO()
    write_mo(compiled, po(language), use_fuzzy=False)
    compiled.seek(0)
    fresh = gettext.GNUTranslations(compiled)
    with (FOLDER / f"cjm_designer_{language}.mo").open("rb") as handle:
        shipped = gettext.GNUTranslations(handle)
    assert shipped._catalog == fresh._catalog, "run scripts/update_messages.py"


def test_the_template_lists_every_code():
    import update_messages

    with (FOLDER / "cjm_designer.pot").open("rb") as handle:
        template = read_po(handle)
    assert {m.context for m in template if m.id} == set(TEXTS)
    assert {m.context for m in update_messages.template() if m.id} == set(TEXTS)


def sample(code: str) -> dict[str, object]:
    entry = TEXTS[code]
    text = entry.other if isinstance(entry, Plural) else entry
    values: dict[str, object] = {}
    for name, spec in specs(text).items():
        values[name] = ("X", "Y") if spec == ";" else 2.5 if spec else "X"
    if isinstance(entry, Plural):
        values[entry.count] = 3
    return values


@pytest.mark.parametrize("language", ["ru", "fi"])
def test_every_code_renders_in_each_language(language):
    for code in TEXTS:
        english = Message(code, **sample(code))
        translated = english.localized(language)
        assert translated, code
        source = TEXTS[code]
        words = re.sub(r"\{[^}]*\}", "", source.other if isinstance(source, Plural) else source)
        if code.startswith("report.status.") or not re.search(r"[a-z]{2}", words):
            continue  # status words are JSON values in English; "{where}: {message}" is a frame
        assert translated != str(english), f"{language}: {code} renders in English"


def test_a_message_is_its_english_text():
    message = Message("analysis.empty-stage", name="Buy")
    assert message == "stage 'Buy' has no touchpoints"
    assert isinstance(message, str) and message.code == "analysis.empty-stage"
    assert f"{message}" == "stage 'Buy' has no touchpoints"
    assert localize(message, "ru") == "на этапе «Buy» нет точек контакта"
    assert localize(message, "fi") == "vaiheessa ”Buy” ei ole kosketuspisteitä"
    assert localize("plain text", "ru") == "plain text"
    again = pickle.loads(pickle.dumps(message))
    assert again == message and again.code == message.code
    with pytest.raises(KeyError):
        Message("analysis.no-such-code")


def test_localize_follows_the_current_language():
    message = Message("analysis.no-probabilities")
    messages.set_language("fi")
    assert localize(message).startswith("yhdelläkään siirtymällä")
    messages.set_language("xx")
    assert messages.current_language() == "en"
    assert localize(message) == str(message)


def test_numbers_and_percentages_per_locale():
    assert percent(0.023, 1, "en") == "2.3%"
    assert percent(0.023, 1, "ru") == "2,3\xa0%"
    assert percent(0.023, 1, "fi") == "2,3\xa0%"
    assert percent(None) == "—"
    assert number(12345.678, ".1f", "ru") == "12\xa0345,7"
    assert number(0.25, ".3f", "fi") == "0,250"
    assert number(1.0069, ".3g", "ru") == "1,01"
    assert number(7, "", "fi") == "7"
    message = Message("analysis.referral-diverges", radius=1.25)
    assert "1.25 or more" in message
    assert "1,25 или больше" in message.localized("ru")


def test_nested_messages_render_in_the_same_language():
    inner = Message("analysis.empty-stage", name="Buy")
    line = messages.render("report.problem", {"severity": "e", "code": "c", "message": inner}, "ru")
    assert line.endswith("на этапе «Buy» нет точек контакта")


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "fi_FI.UTF-8"}, "fi"),
        ({"LC_ALL": "C", "LANG": "ru_RU.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_language_from_environment(environ, language):
    assert messages.language_from_environment(environ) == language


def literal_codes() -> list[tuple[str, str]]:
    """``Message("code", ...)`` and ``text("code", ...)`` calls with a literal code."""
    found = []
    for path in sorted((REPO / "cjm_designer").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            first = node.args[0]
            literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
            if name in ("Message", "text") and literal and "." in first.value:
                found.append((str(path.relative_to(REPO)), first.value))
    return found


def test_every_code_used_in_the_source_is_registered():
    used = literal_codes()
    assert len(used) > 40
    unknown = [(path, code) for path, code in used if code not in TEXTS]
    assert unknown == []


def test_no_english_sentence_is_built_in_the_analysis_checks():
    """The findings are Messages (localizable), not f-strings."""
    from cjm_designer.analysis.report import analyze
    from cjm_designer.io.yaml_format import read_map

    journey = read_map(REPO / "resources" / "examples" / "protein-bars.cjm.yaml").map
    problems = analyze(journey).problems
    assert problems
    assert all(isinstance(p.message, Message) for p in problems)


def test_argparse_words_are_the_ones_python_asks_for():
    """The argparse.* texts must equal the msgids of this Python's argparse, or the
    lookup by text silently never matches."""
    import argparse
    import inspect

    source = inspect.getsource(argparse)
    for code, english in TEXTS.items():
        if code.startswith("argparse."):
            assert repr(english)[1:-1] in source, code
