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


NO_QT_LAYERS = [
    "model",
    "io",
    "analysis",
    "layout",
    "export",
    "editing",
    "commands",
    "room",
    "cli.py",
    "messages",
]


@pytest.mark.parametrize("layer", NO_QT_LAYERS)
def test_nothing_outside_ui_imports_qt(layer):
    paths = [PACKAGE / layer] if layer.endswith(".py") else modules_in(layer)
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in paths
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


@pytest.mark.parametrize(
    "layer", ["model", "io", "analysis", "layout", "export", "editing", "room"]
)
def test_lower_layers_never_import_ui(layer):
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in modules_in(layer)
        if any(name.startswith("cjm_designer.ui") for name in imports_of(path))
    ]
    assert offenders == []


def ui_imports_of(path: Path) -> set[str]:
    """``cjm_designer.ui`` modules a file imports, anywhere in it (lazy imports too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("cjm_designer.ui"))
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("cjm_designer.ui"):
            found.update(
                f"{node.module}.{a.name}" if node.module == "cjm_designer.ui" else node.module
                for a in node.names
            )
    return found


# The command line's only ways into Qt (pyproject's "Headless commands" contract).
CLI_DOORS = {
    "commands/_pictures.py": {"cjm_designer.ui.headless"},
    "cli.py": {"cjm_designer.ui.app"},
}


def test_headless_commands_reach_the_gui_only_through_their_doors():
    paths = [*modules_in("commands"), PACKAGE / "cli.py"]
    offenders = {
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in paths
        for name in ui_imports_of(path)
        if name not in CLI_DOORS.get(str(path.relative_to(PACKAGE)), set())
    }
    assert offenders == set()


def runtime_imports_of(path: Path) -> set[str]:
    """Absolute names of the ``cjm_designer`` modules a file imports outside
    ``if TYPE_CHECKING:`` blocks (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(("cjm_designer", *path.relative_to(PACKAGE).parent.parts))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(child) for part in node.body for child in ast.walk(part))
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("cjm_designer")}


def test_nothing_in_ui_imports_the_main_window_at_run_time():
    """Installers get the window passed in; importing main_window back made a cycle
    (main_window -> compare.menus -> compare.snapshots (now snapshot_dialog) -> main_window)."""
    # Application level: it creates the first window, and hands the window class and a
    # factory to the Finder open-event handler (ui/file_open_events.py), which imports
    # neither.
    allowed = {"ui/app.py"}
    offenders = sorted(
        str(path.relative_to(PACKAGE))
        for path in modules_in("ui")
        if "cjm_designer.ui.main_window" in runtime_imports_of(path)
        and str(path.relative_to(PACKAGE)) not in allowed
        and path.name != "main_window.py"
    )
    assert offenders == []
