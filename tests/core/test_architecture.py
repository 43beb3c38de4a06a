"""Layer rules of DEVELOPERS.md, checked on the source (import-linter runs in CI too)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent.parent / "cjm_designer"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
    return found


def modules_in(*parts: str) -> list[Path]:
    return sorted(PACKAGE.joinpath(*parts).rglob("*.py"))


@pytest.mark.parametrize(
    "layer", ["model", "io", "analysis", "layout", "export", "commands", "messages"]
)
def test_nothing_outside_ui_imports_qt(layer):
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in modules_in(layer)
        if any(name.split(".")[0] in ("PySide6", "shiboken6") for name in imports_of(path))
    ]
    assert offenders == []


def test_model_imports_only_the_standard_library():
    allowed = set(sys.stdlib_module_names) | {"cjm_designer"}
    offenders = {
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in modules_in("model")
        for name in imports_of(path)
        if name.split(".")[0] not in allowed
    }
    assert offenders == set()


@pytest.mark.parametrize("layer", ["model", "io", "analysis", "layout", "export"])
def test_lower_layers_never_import_ui(layer):
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in modules_in(layer)
        if any(name.startswith("cjm_designer.ui") for name in imports_of(path))
    ]
    assert offenders == []
