"""Every user-visible string of the UI is in the .ts files, translated, with placeholders kept.

Two independent extractions are compared with the committed Russian and Finnish .ts
files: a syntax-tree scan of ``cjm_designer/ui`` (which also rejects calls lupdate cannot
read: f-strings, variable text or context, module-level ``tr`` wrappers, ``len()`` as the
plural count) and a fresh ``pyside6-lupdate`` run into a temporary folder.
"""

from __future__ import annotations

import ast
import re
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))

import update_translations as ut  # noqa: E402

PLURAL_FORMS = {"ru": 3, "fi": 2}
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}|%n|%\d")


def load(language: str, folder: Path = ut.TS_DIR) -> dict[tuple[str, str], object]:
    """(context, source) -> translation text, or a list of plural forms."""
    found = {}
    for context, message in ut.messages(ut.read_ts(ut.ts_path(language, folder))):
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), (
            f"{language}: {context} / {message.findtext('source')!r} is not translated"
        )
        if message.get("numerus") == "yes":
            value: object = [form.text or "" for form in translation.iter("numerusform")]
        else:
            value = translation.text or ""
        found[context, message.findtext("source") or ""] = value
    return found


@pytest.fixture(scope="module", params=["ru", "fi"])
def catalog(request) -> tuple[str, dict]:
    return request.param, load(request.param)


def test_every_message_is_translated(catalog):
    language, messages = catalog
    assert len(messages) > 150
    for (context, source), value in messages.items():
        forms = value if isinstance(value, list) else [value]
        if isinstance(value, list):
            assert len(forms) == PLURAL_FORMS[language], (context, source, forms)
        for form in forms:
            assert form.strip(), f"{language}: empty translation of {context} / {source!r}"


def test_placeholders_and_accelerators_survive(catalog):
    language, messages = catalog
    for (context, source), value in messages.items():
        wanted = sorted(PLACEHOLDER.findall(source))
        single_amp = source.replace("&&", "").count("&")
        for form in value if isinstance(value, list) else [value]:
            where = f"{language}: {context} / {source!r} -> {form!r}"
            if "%n" in wanted and isinstance(value, list):
                assert "%n" in form, where
            assert sorted(PLACEHOLDER.findall(form)) == wanted, where
            assert form.replace("&&", "").count("&") == single_amp, where
            assert form.startswith(" ") == source.startswith(" "), where


def test_languages_share_the_same_messages():
    assert set(load("ru")) == set(load("fi"))


# --- the source scan ----------------------------------------------------------------------


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Scanner(ast.NodeVisitor):
    """Collects (context, text) of translate()/self.tr() calls and calls lupdate misreads."""

    def __init__(self, path: Path):
        self.path = path
        self.classes: list[str] = []
        self.found: set[tuple[str, str]] = set()
        self.problems: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _problem(self, node: ast.AST, why: str) -> None:
        self.problems.append(f"{self.path.relative_to(REPO)}:{node.lineno}: {why}")

    def _count_ok(self, node: ast.Call, args: list[ast.expr], index: int) -> None:
        if len(args) > index and not isinstance(args[index], ast.Name | ast.Constant):
            self._problem(node, "plural count must be a plain name (lupdate drops the call)")
        if node.keywords:
            self._problem(node, "keyword arguments hide the call from lupdate")

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        owner = func.value if isinstance(func, ast.Attribute) else None
        owner_name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
        if name == "translate" and owner_name in ("QCoreApplication", "QApplication"):
            context, text = (_literal(a) for a in [*node.args, None, None][:2])
            if context is None or text is None:
                self._problem(node, "translate() needs a literal context and text")
            else:
                self.found.add((context, text))
            self._count_ok(node, node.args, 3)
        elif name == "tr" and isinstance(func, ast.Attribute):
            text = _literal(node.args[0]) if node.args else None
            if text is None:
                self._problem(node, "tr() needs a literal text (no f-strings, no variables)")
            elif not self.classes:
                self._problem(node, "tr() outside a class has no context")
            else:
                self.found.add((self.classes[-1], text))
            self._count_ok(node, node.args, 2)
        elif name in ("tr", "_tr") and isinstance(func, ast.Name):
            self._problem(
                node,
                f"{name}() wrapper: lupdate files it under an empty context; call "
                'QCoreApplication.translate("Context", "text") or self.tr("text")',
            )
        self.generic_visit(node)


def scan_sources() -> tuple[set[tuple[str, str]], list[str]]:
    found: set[tuple[str, str]] = set()
    problems: list[str] = []
    for path in ut.source_files():
        scanner = _Scanner(path)
        scanner.visit(ast.parse(path.read_text("utf-8"), str(path)))
        found |= scanner.found
        problems += scanner.problems
    return found, problems


def test_sources_use_translation_calls_lupdate_can_read():
    _found, problems = scan_sources()
    assert not problems, "\n".join(problems)


def test_every_source_string_is_in_the_ts_files():
    found, _problems = scan_sources()
    for language in ("ru", "fi"):
        missing = found - set(load(language))
        assert not missing, (
            f"not in cjm_designer_{language}.ts (run scripts/update_translations.py and "
            f"translate): {sorted(missing)}"
        )


@pytest.mark.skipif(shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
                    is None and shutil.which("pyside6-lupdate") is None,
                    reason="pyside6-lupdate is not installed")  # fmt: skip
def test_ts_files_match_a_fresh_lupdate_run(tmp_path):
    """Nothing new in the code is missing from the .ts, and nothing stale is left in it."""
    for language in ("ru", "fi"):
        shutil.copy(ut.ts_path(language), ut.ts_path(language, tmp_path))
    ut.update(tmp_path, quiet=True)
    for language in ("ru", "fi"):
        fresh = load(language, tmp_path)
        assert set(fresh) == set(load(language))
        assert fresh == load(language)
