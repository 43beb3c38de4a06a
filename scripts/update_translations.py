"""Extract every translatable string of the UI into the .ts files (pyside6-lupdate).

Run after changing user-visible text in ``cjm_designer/ui``; then translate the new
entries (Qt Linguist, or by hand in the XML) and run ``scripts/build_translations.py``.
Obsolete entries are dropped; locations are left out so the files do not churn when
code moves.

PySide's lupdate marks a ``translate(ctx, "…%n…", None, n)`` call as a plural only when
``n`` is a number literal, so after it runs every message whose source has ``%n`` is made
a plural (numerus) message again, keeping the plural forms already translated.

    .venv/bin/python scripts/update_translations.py [--ts-dir DIR]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
UI = REPO / "cjm_designer" / "ui"
TS_DIR = REPO / "resources" / "translations"
LANGUAGES = {"ru": "ru_RU", "fi": "fi_FI"}
CATALOG = "cjm_designer"


def tool(name: str) -> str:
    """A Qt tool next to the running Python (the venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 into this Python")
    return found


def source_files() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"{CATALOG}_{language}.ts"


def read_ts(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def messages(tree: ET.ElementTree):
    """(context name, message element) for every message of a .ts tree."""
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def plural_forms(path: Path) -> dict[tuple[str, str], list[str]]:
    """Translated plural forms already in ``path``, by (context, source)."""
    if not path.exists():
        return {}
    found = {}
    for context, message in messages(read_ts(path)):
        forms = [form.text or "" for form in message.iter("numerusform")]
        if message.get("numerus") == "yes" and forms and all(forms):
            found[context, message.findtext("source") or ""] = forms
    return found


def restore_plurals(path: Path, saved: dict[tuple[str, str], list[str]]) -> None:
    """Make every ``%n`` message numerus again, with the forms it had before lupdate."""
    tree = read_ts(path)
    for context, message in messages(tree):
        source = message.findtext("source") or ""
        if "%n" not in source or message.get("numerus") == "yes":
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        forms = saved.get((context, source))
        if forms:
            translation.attrib.pop("type", None)
        else:
            translation.set("type", "unfinished")
            forms = [""]
        for text in forms:
            ET.SubElement(translation, "numerusform").text = text
    write_ts(tree, path)


def update(folder: Path = TS_DIR, quiet: bool = False) -> list[Path]:
    """Run lupdate over the UI sources into each language's .ts; returns the .ts paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for language, locale in LANGUAGES.items():
        target = ts_path(language, folder)
        saved = plural_forms(target)
        command = [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            locale,
            *map(str, source_files()),
            "-ts",
            str(target),
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SystemExit(f"lupdate failed:\n{result.stdout}{result.stderr}")
        restore_plurals(target, saved)
        if not quiet:
            print(result.stdout.strip())
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ts-dir", type=Path, default=TS_DIR)
    args = parser.parse_args(argv)
    update(args.ts_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
