"""Thai, Devanagari, Korean and emoji draw as letters on the canvas, not as empty boxes.

The PDF prints them with the fonts in resources/fonts; the editor registers the same
files, but only when a map's text needs them (start-up stays as fast for Latin maps).
A glyph index of 0 is the font's missing-glyph box.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout

from cjm_designer.fonts import fallback_files_for
from cjm_designer.io.yaml_format import load_map
from cjm_designer.resources import example_map_path
from cjm_designer.ui import script_fonts
from cjm_designer.ui.calm_theme import load_fonts
from cjm_designer.ui.canvas import style
from tests.gui.canvas_support import key, make_canvas, type_text

HOSTILE = Path(__file__).parent.parent / "data" / "hostile-tryout.cjm.yaml"
TEXTS = {
    "t5": "ลูกค้าเยี่ยมชมร้านและทดลองสินค้า",  # Thai
    "t6": "प्रबंधक ग्राहक को किस्त योजना समझाता है",  # Devanagari
    "t2": "رسالة واتساب مع رابط 😀 إلى المتجر",  # Arabic with an emoji
}


def missing_glyphs(text: str, font: QFont) -> int:
    """How many characters of ``text`` Qt draws as the missing-glyph box in ``font``."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    return sum(list(run.glyphIndexes()).count(0) for run in line.glyphRuns())


def covered(char: str) -> bool:
    """Some family of the canvas font's fallback chain has ``char``."""
    family = load_fonts()
    families = [family, *QFont.substitutes(family)]
    return any(QFontMetricsF(QFont(name)).inFontUcs4(ord(char)) for name in families)


def test_a_thai_hindi_korean_map_opens_with_letters_not_boxes(main_window, qtbot):
    assert main_window.load(HOSTILE)
    scene = main_window.scene
    qtbot.waitUntil(lambda: "t4" in scene.cards)
    font = style.font(scene.options.metrics.card_title_size)
    korean = "카카오톡 상담"  # t4 has 🫠 too, newer than the bundled emoji font
    for card_id, text in {**TEXTS, "t4": korean}.items():
        assert text in scene.journey.touchpoint(card_id).title
        assert missing_glyphs(text, font) == 0, card_id
        assert all(covered(ch) for ch in text if not ch.isspace()), card_id
    # The lanes' names too (bold), and the title's emoji family.
    bold = style.font(scene.options.metrics.lane_name_size, bold=True)
    assert missing_glyphs("ร้านค้า สาขา กรุงเทพ", bold) == 0
    assert missing_glyphs("👨\u200d👩\u200d👧", font) == 0
    # Laid out with the real widths: a card's lines hold its whole title.
    lines = scene.cards["t5"].box.title_lines
    assert "".join(lines).replace(" ", "") == TEXTS["t5"].replace(" ", "")


def test_typing_korean_and_devanagari_into_a_card_draws_them(qtbot):
    controller, scene, view = make_canvas(qtbot)
    controller.set_selection(["ad"])
    key(view, Qt.Key.Key_F2)
    type_text(view, "한글 नमस्ते")
    editor = scene.editor
    assert editor is not None
    line = editor.document().firstBlock().layout().lineAt(0)
    assert sum(list(run.glyphIndexes()).count(0) for run in line.glyphRuns()) == 0
    key(view, Qt.Key.Key_Return)
    assert controller.journey.touchpoint("ad").title == "한글 नमस्ते"
    font = style.font(scene.options.metrics.card_title_size)
    assert missing_glyphs("한글 नमस्ते", font) == 0


def test_latin_and_cyrillic_maps_register_no_fallback_font():
    example = load_map(example_map_path())
    assert fallback_files_for("\n".join(script_fonts.map_strings(example))) == []
    assert fallback_files_for("Ostajan matka — “Tietoisuusvaihe” → 35 %") == []
    hostile = load_map(HOSTILE)
    wanted = fallback_files_for("\n".join(script_fonts.map_strings(hostile)))
    assert "NotoSansThai-Regular.ttf" in wanted and "CJMHangulFallback-Regular.ttf" in wanted
    assert "DroidSansFallbackFull.ttf" not in wanted  # 4 MB, only for Chinese or Japanese


TYPED_IN_PROPERTIES = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["CJM_DESIGNER_DATA_DIR"] = sys.argv[2]
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication
from cjm_designer.ui import script_fonts
from cjm_designer.ui.app import _ensure_application, show_settled
from cjm_designer.ui.themes import apply
app = _ensure_application(headless=True)
apply(app, "light")
from cjm_designer.ui.main_window import MainWindow
window = MainWindow(restore_layout=False)
window.load(sys.argv[1])
window.resize(1280, 720)
show_settled(app, window)
for _ in range(5):
    app.processEvents()  # the first frame, then the input checks it installs
window.controller.set_selection(["retargeting"])
app.processEvents()
field = window.properties.field("title")
field.setFocus()
field.selectAll()
if sys.argv[4] == "keys":
    for char in sys.argv[3]:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(field, event)
        app.processEvents()
elif sys.argv[4] == "input method":  # a word: the whole text in one event
    event = QInputMethodEvent()
    event.setCommitString(sys.argv[3])
    QApplication.sendEvent(field, event)
    app.processEvents()
else:  # the field's own menu, then its Paste entry
    QApplication.clipboard().setText(sys.argv[3])
    field.clear()
    QTimer.singleShot(200, lambda: QApplication.activePopupWidget().close())
    at = field.rect().center()
    menu = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, field.mapToGlobal(at))
    QApplication.sendEvent(field, menu)
    field.paste()
    app.processEvents()
typed = field.grab().toImage()
text = field.text()
field.setText("")
field.setText(text)  # laid out again, now with every registered font
again = field.grab().toImage()
print("REGISTERED", ",".join(script_fonts.registered_families()))
print("SAME", typed == again, text == sys.argv[3], flush=True)
os._exit(0)  # the answer is out; Qt's teardown of a live window is not under test
"""


@pytest.mark.parametrize("how", ["keys", "input method", "paste menu"])
def test_thai_typed_into_a_properties_field_draws_letters_at_once(tmp_path, how):
    """The field lays its text out as it arrives: the script's font must be registered
    before that, not after the edit reaches the map. A word an input method commits in
    one piece drew as boxes until the text was set again. Run in a fresh process, with no
    Thai font registered yet."""
    from tests.conftest import EXAMPLE, run_python

    example = tmp_path / "example.cjm.yaml"
    example.write_bytes(EXAMPLE.read_bytes())
    thai = "สวัสดีครับ"
    said = run_python(TYPED_IN_PROPERTIES, str(example), str(tmp_path / "data"), thai, how)
    assert "Thai" in said["REGISTERED"]
    assert said["SAME"] == "True True"
