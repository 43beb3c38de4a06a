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


# --- no module of ui/ reaches into the main window's parts ---------------------------
#
# A feature installed on a window (workshop, plan, room, exports, reliability...) gets
# what it uses passed in: the session, the scene and view (ui/window_parts.py), a dock
# to sit beside. Given the window itself, it may only use it as a Qt main window (a
# parent for dialogs, its menu bar, status bar, docks and shortcuts) and call the
# window's public commands (``load``, ``save``, ``open_file``...: the methods of
# ``MainWindow``). Reading the window's parts (``window.controller``,
# ``window.workshop.presentation``, ``getattr(window, "properties")``) made the window a
# service locator, and each new feature depended on the order the window built the
# others.

WINDOW_NAMES = {"window", "main_window"}
WINDOW_ATTRIBUTES = {"window", "_window", "window_", "main_window"}


def _main_window_commands() -> set[str]:
    tree = ast.parse((PACKAGE / "ui" / "main_window.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == "MainWindow":
            return {
                item.name
                for item in node.body
                if isinstance(item, ast.FunctionDef) and not item.name.startswith("_")
            }
    raise AssertionError("ui/main_window.py defines no MainWindow")


def _qt_main_window_api() -> set[str]:
    from PySide6.QtWidgets import QMainWindow

    return {name for name in dir(QMainWindow) if not name.startswith("_")}


def window_reaches(source: str) -> list[tuple[int, str]]:
    """(line, attribute) of every attribute read on a window object in ``source``
    (``window.x``, ``self.window.x``, ``self.window().x``, ``getattr(window, "x")``,
    and the same through a local alias ``w = window``) that the window does not offer
    as a QMainWindow or as one of its commands."""
    tree = ast.parse(source)
    names = set(WINDOW_NAMES)

    def is_window(node: ast.AST) -> bool:
        if isinstance(node, ast.Name):
            return node.id in names
        if isinstance(node, ast.Attribute):
            return node.attr in WINDOW_ATTRIBUTES
        if isinstance(node, ast.Call) and not node.args and isinstance(node.func, ast.Attribute):
            return node.func.attr == "window"
        return False

    def is_top_level_widgets(node: ast.AST) -> bool:
        return (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "topLevelWidgets"
        )

    for node in ast.walk(tree):  # aliases: w = self.window; for w in app.topLevelWidgets()
        if isinstance(node, ast.Assign) and is_window(node.value):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif (
            isinstance(node, ast.For | ast.comprehension)
            and is_top_level_widgets(node.iter)
            and isinstance(node.target, ast.Name)
        ):
            names.add(node.target.id)
    allowed = _qt_main_window_api() | _main_window_commands()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and is_window(node.value):
            attribute = node.attr
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("getattr", "hasattr", "setattr")
            and len(node.args) >= 2
            and is_window(node.args[0])
            and isinstance(node.args[1], ast.Constant)
        ):
            attribute = str(node.args[1].value)
        else:
            continue
        if attribute not in allowed:
            found.append((node.lineno, attribute))
    return found


def test_the_window_reach_check_can_fail():
    source = (
        "def install(window, parts):\n"
        "    window.addDockWidget(area, dock)\n"  # QMainWindow: fine
        "    window.statusBar().showMessage('x')\n"  # fine
        "    window.load(path)\n"  # a command of MainWindow: fine
        "    parts.window.menuBar()\n"  # fine
        "    window.controller.push(edit)\n"  # a part: reach
        "    getattr(window, 'workshop', None)\n"  # reach
        "    w = self.window\n"
        "    w.scene.update()\n"  # reach through an alias
        "    self.window().session\n"  # QWidget.window(): reach
        "    for top in app.topLevelWidgets():\n"
        "        top.reliability.flush()\n"  # any top-level window: reach
    )
    assert sorted(attribute for _line, attribute in window_reaches(source)) == [
        "controller",
        "reliability",
        "scene",
        "session",
        "workshop",
    ]


def test_no_ui_module_reaches_into_the_main_window():
    offenders = [
        f"{path.relative_to(PACKAGE)}:{line}: window.{attribute}"
        for path in modules_in("ui")
        if path.name != "main_window.py"
        for line, attribute in window_reaches(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
