"""Start-up stays light: opening the window on a map loads no heavy library.

networkx, numpy, reportlab, python-pptx, openpyxl and PDF rasterizers are loaded on
first use (analysis, export, import), never to show the window (issue 3).
"""

from __future__ import annotations

from tests.conftest import EXAMPLE, run_python

HEAVY = (
    "networkx", "numpy", "reportlab", "pptx", "openpyxl", "pypdfium2", "PIL", "lxml",
    "pikepdf", "uharfbuzz", "aiohttp",
)  # fmt: skip
# Our own modules that only docks behind another tab need (made when first shown), and
# the features built on first use (issue 19: the room, the plan, find, quick add, the
# exports, the analysis itself, which runs after the first paint).
LAZY = (
    "cjm_designer.ui.analysis.funnel_chart",
    "cjm_designer.ui.analysis.heatmap",
    "cjm_designer.ui.room.install",
    "cjm_designer.ui.room.dock",
    "cjm_designer.ui.room.room_session",
    "cjm_designer.room.state",
    "cjm_designer.room.accept",
    "cjm_designer.ui.plan.features",
    "cjm_designer.ui.plan.plan_dock",
    "cjm_designer.ui.plan.matrix_dock",
    "cjm_designer.ui.plan.collections_dialog",
    "cjm_designer.ui.workshop.find_bar",
    "cjm_designer.ui.workshop.quick_add",
    "cjm_designer.ui.workshop.presentation",
    "cjm_designer.layout.slides",
    "cjm_designer.ui.compare.snapshot_dialog",
    "cjm_designer.ui.compare.window",
    "cjm_designer.ui.export",
    "cjm_designer.export",
    "cjm_designer.analysis",
    "cjm_designer.io.yaml_problems",  # the wordings of a broken file's syntax error
)

PROGRAM = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["CJM_DESIGNER_DATA_DIR"] = sys.argv[2]
from PySide6.QtWidgets import QApplication
app = QApplication([])
from cjm_designer.ui.main_window import MainWindow
window = MainWindow(restore_layout=False)
window.load(sys.argv[1])
# The first analysis runs on a worker thread a moment after start; under load its timer
# could fire inside processEvents below. It is deferred work, not start-up: hold it.
window.analysis.runner._timer.stop()
window.show()
app.processEvents()
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[3].split(",")))
print("HEAVY", ",".join(heavy))
print("LAZY", ",".join(sorted(set(sys.argv[4].split(",")) & set(sys.modules))))
"""


def test_opening_the_window_imports_no_heavy_library(tmp_path):
    example = tmp_path / "example.cjm.yaml"
    example.write_bytes(EXAMPLE.read_bytes())
    said = run_python(
        PROGRAM, str(example), str(tmp_path / "data"), ",".join(HEAVY), ",".join(LAZY)
    )
    assert said["HEAVY"] == "", f"loaded at start-up: {said['HEAVY']}"
    assert said["LAZY"] == "", f"loaded before their dock was shown: {said['LAZY']}"


SCAN = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from cjm_designer.ui.app import _ensure_application
import PySide6.QtWidgets
scan = sys.modules["shibokensupport.feature"]
scanned = []
real = scan._mod_uses_pyside
scan._mod_uses_pyside = lambda module: scanned.append(module.__name__) or real(module)
if sys.argv[1] == "app":
    _ensure_application(headless=True)
import cjm_designer.ui.main_window
print("SCANNED", ",".join(name for name in scanned if name.startswith("cjm_designer")))
"""


def _scanned_modules(how: str) -> list[str]:
    return [name for name in run_python(SCAN, how)["SCANNED"].split(",") if name]


def test_pyside_does_not_read_the_source_of_our_modules():
    """PySide6 reads each new module's source for ``from __feature__``; the app says no."""
    assert len(_scanned_modules("plain")) > 50  # the scan is real in this PySide6
    assert _scanned_modules("app") == []


COLLECTIONS = """
import gc, sys, traceback
passes = []

def inside_our_imports(phase, info):
    # Compiling a changed module before its body runs may collect: not ours to pause.
    frames = traceback.extract_stack()
    if phase == "start" and any(
        f.name == "_import_with_collector_paused" or "cjm_designer/model/" in f.filename
        for f in frames
    ):
        passes.append(info)

gc.callbacks.append(inside_our_imports)
import cjm_designer
print("PACKAGE", len(passes), gc.isenabled())
from cjm_designer.ui.app import _import_with_collector_paused
_import_with_collector_paused()
print("LAYERS", len(passes), gc.isenabled(), "PySide6.QtWidgets" in sys.modules)
"""


def test_start_up_imports_run_no_garbage_collection_and_leave_it_on():
    """Thousands of new objects and none freed: a collection pass then finds nothing."""
    said = run_python(COLLECTIONS)
    assert said["PACKAGE"] == "0 True"
    assert said["LAYERS"] == "0 True True"


# PySide6 builds a Qt class's Python enums the first time the class is touched: about
# half a millisecond each. Classes the first window does not show must not be touched:
# dialogs, accessibility events, and, through PySide looking up the class of an object Qt
# made (an application event filter, Qt's own viewport), every widget and object class.
UNTOUCHED_AT_FIRST_PAINT = (
    "QFileDialog", "QMessageBox", "QAccessible", "QUuid", "QVariantAnimation", "QStyle",
    "QColorDialog", "QTabWidget", "QGraphicsEllipseItem", "QImageReader",
    "QGradient",  # 170 presets: fillRect's and QBrush's overloads (items.base.fill_rect)
    "QHeaderView", "QTableWidgetItem", "QTextCursor",  # Properties' tables and fields
    "QWizard", "QMdiArea", "QCalendarWidget",  # looked up among all widget classes
    "QProcess", "QSharedMemory", "QSystemTrayIcon",  # looked up among all object classes
)  # fmt: skip

FIRST_PAINT = """
import enum, gc, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["CJM_DESIGNER_DATA_DIR"] = sys.argv[2]
from cjm_designer.ui.app import _ensure_application, show_settled
app = _ensure_application(headless=True)
from cjm_designer.ui.main_window import MainWindow
window = MainWindow(restore_layout=False)
window.load(sys.argv[1])
window.analysis.runner._timer.stop()  # deferred work, see above
window.resize(1366, 768)
show_settled(app, window)
window.grab()
made = {kind.__qualname__.split(".")[0] for kind in gc.get_objects()
        if isinstance(kind, enum.EnumType) and kind.__module__.startswith("PySide6")}
print("ENUMS", ",".join(sorted(made)))
"""


def test_the_first_frame_touches_no_qt_class_it_does_not_show(tmp_path):
    example = tmp_path / "example.cjm.yaml"
    example.write_bytes(EXAMPLE.read_bytes())
    made = set(run_python(FIRST_PAINT, str(example), str(tmp_path / "data"))["ENUMS"].split(","))
    assert {"QGraphicsView", "QDockWidget", "Qt"} <= made  # the listing is real
    touched = sorted(made & set(UNTOUCHED_AT_FIRST_PAINT))
    assert touched == [], f"built at start-up: {touched}"
