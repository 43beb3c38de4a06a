"""The editor's window rebuilt from stock Qt parts, with none of the program's code.

``python benchmarks/stock_window.py OUT.png MAP.cjm.yaml`` reads the map with PyYAML and
shows what the editor's first window holds, made only of ready-made Qt widgets and
C++-painted scene items, then grabs it to a PNG like the bare window does.

It is the floor for the start-up benchmark (issue 3): the same six menus (105 actions with
shortcuts; the editor's window holds 118 actions with its docks' and menus' own), the
same 11 docks (5 with contents: the insert palette, the outline tree, the properties
form, the problems table; 6 empty until first shown: the 4 workshop tabs, Overview and
Analysis, which the editor also builds on first show) in the first-run layout (only the
left column open, issue 19), the toolbar (closed) and status-bar controls, the bundled
font's three faces, and one scene item per header, lane, card and marker of the map.
The room and the plan docks are not there: the editor builds them on first use. Whatever the program adds on top of this is its own
code: the document model, the file format, the layout, painting and the features.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import yaml
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QKeySequence,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)


def font_files() -> list[Path]:
    """The bundled font's three faces the window uses, straight from the font package:
    importing ``cjm_designer.fonts`` would run the package's ``__init__``, which imports
    the document model, program code this copy must not contain."""
    folder = Path(str(resources.files("fontpkg_fira_sans") / "files"))
    return [folder / f"FiraSans-{face}.ttf" for face in ("Regular", "Bold", "SemiBold")]


MENUS = ("File", "Edit", "View", "Insert", "Workshop", "Plan")
ACTIONS = 105  # what the editor's window holds
COLUMN, ROW = 180, 90


def draw_map(scene: QGraphicsScene, data: dict, font: QFont) -> None:
    """Headers, lanes and cards as plain rectangles, paths and text items."""
    stages, channels = data.get("stages") or [], data.get("channels") or []
    column = {stage.get("id"): i for i, stage in enumerate(stages)}
    row = {channel.get("id"): j for j, channel in enumerate(channels)}
    no_pen = QPen(Qt.PenStyle.NoPen)
    for i, stage in enumerate(stages):
        scene.addRect(QRectF(200 + i * COLUMN, 0, 170, 40), no_pen, QBrush(QColor("#dde8f5")))
        scene.addSimpleText(str(stage.get("name")), font).setPos(205 + i * COLUMN, 5)
    width = 200 + COLUMN * len(stages)
    for j, channel in enumerate(channels):
        lane = QRectF(0, 50 + j * ROW, width, ROW - 2)
        scene.addRect(lane, QPen(QColor("#dde1e7")), QBrush(QColor("#ffffff")))
        scene.addSimpleText(str(channel.get("name")), font).setPos(5, 55 + j * ROW)
    for card in data.get("touchpoints") or []:
        x = 205 + column.get(card.get("stage"), 0) * COLUMN
        y = 55 + row.get(card.get("channel"), 0) * ROW
        outline = QPainterPath()
        outline.addRoundedRect(QRectF(x, y, 160, 60), 4, 4)
        scene.addPath(outline, QPen(QColor("#c9d2dc")), QBrush(QColor("#ffffff")))
        scene.addSimpleText(str(card.get("title")), font).setPos(x + 6, y + 6)
        scene.addEllipse(QRectF(x + 140, y + 42, 12, 12), no_pen, QBrush(QColor("#3fa34d")))


def build_window(data: dict, font: QFont) -> QMainWindow:
    window = QMainWindow()
    window.resize(1366, 768)
    scene = QGraphicsScene(window)
    draw_map(scene, data, font)
    window.setCentralWidget(QGraphicsView(scene))
    left = Qt.DockWidgetArea.LeftDockWidgetArea
    right = Qt.DockWidgetArea.RightDockWidgetArea

    def dock(title: str, contents: QWidget | None, area=left, behind=None) -> QDockWidget:
        made = QDockWidget(title, window)
        made.setWidget(contents or QWidget())  # the tabs behind are empty until shown
        window.addDockWidget(area, made)
        if behind is not None:
            window.tabifyDockWidget(behind, made)
        return made

    tree = QTreeWidget()
    tree.setHeaderHidden(True)
    for stage in data.get("stages") or []:
        branch = QTreeWidgetItem(tree, [str(stage.get("name"))])
        for card in data.get("touchpoints") or []:
            if card.get("stage") == stage.get("id"):
                QTreeWidgetItem(branch, [str(card.get("title"))])
    tree.expandAll()
    # The first-run layout (issue 19): one tabbed column on the left (Outline and Insert;
    # Undo History closed in it), the rest closed.
    outline = dock("Outline", tree)
    history = dock("Undo History", None, behind=outline)
    palette = QListWidget()
    palette.addItems(["Stage", "Channel", "Touchpoint"])
    dock("Insert", palette, behind=outline)
    outline.raise_()
    form = QWidget()
    fields = QFormLayout(form)
    fields.addRow("Title", QLineEdit(str(data.get("title", ""))))
    fields.addRow("Description", QPlainTextEdit(str(data.get("description", ""))))
    fields.addRow("Language", QComboBox())
    for label in ("Author", "Next review"):
        fields.addRow(label, QLineEdit())
    properties = dock("Properties", form, right)
    closed = [history, properties]
    for title in ("Comments", "Votes", "Personas", "SWOT and Review"):
        closed.append(dock(title, None, right, behind=properties))
    # The Overview's second view on the scene is made when the dock is first shown.
    closed.append(dock("Overview", None, right, behind=properties))
    table = QTableWidget(0, 2)
    table.setHorizontalHeaderLabels(["Problem", "Where"])
    problems = dock("Problems", table, Qt.DockWidgetArea.BottomDockWidgetArea)
    closed += [problems, dock("Analysis", None, Qt.DockWidgetArea.BottomDockWidgetArea)]
    for made in closed:
        made.hide()
    filters = QToolBar()
    for label in ("Persona", "Scenario"):
        filters.addWidget(QLabel(label))
        filters.addWidget(QComboBox())
    window.addToolBar(filters)
    filters.hide()
    menus = [window.menuBar().addMenu(name) for name in MENUS]
    for index in range(ACTIONS):
        action = QAction(f"Action {index}", window)
        action.setShortcut(QKeySequence(f"Ctrl+Shift+{chr(65 + index % 26)}"))
        menus[index % len(menus)].addAction(action)
    for widget in (QSpinBox(), QToolButton(), QToolButton(), QLabel("10:00"), QLabel("100%")):
        window.statusBar().addPermanentWidget(widget)
    return window


def main(out: str, map_path: str) -> None:
    app = QApplication(sys.argv[:1])
    ids = [QFontDatabase.addApplicationFont(str(path)) for path in font_files()]
    font = QFont(QFontDatabase.applicationFontFamilies(ids[0])[0], 9)
    with open(map_path, encoding="utf-8") as file:
        data = yaml.load(file.read(), Loader=yaml.CSafeLoader)
    window = build_window(data, font)
    window.show()
    app.processEvents()  # the dock tab bars settle (else stale ones show in the corner)
    window.grab().save(out)
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
