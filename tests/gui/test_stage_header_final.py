"""A final stage says so in words on its header (it was a lone "■" nobody could read)."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPainter

from cjm_designer.ui.canvas.items import headers


def test_a_final_stage_header_says_final_stage(main_window, monkeypatch):
    window = main_window
    final = [stage for stage in window.controller.journey.stages if stage.final]
    assert final, "the example has a final stage"
    item = window.scene.stage_headers[final[0].id]
    drawn: list[str] = []
    real_draw_lines = headers.draw_lines

    def recording(painter, lines, *args, **kwargs):
        drawn.extend(lines)
        return real_draw_lines(painter, lines, *args, **kwargs)

    monkeypatch.setattr(headers, "draw_lines", recording)
    image = QImage(int(item.width) + 2, int(item.height) + 2, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        item.paint(painter, None)
    finally:
        painter.end()
    meta = drawn[-1]
    assert "final stage" in meta and "■" not in meta, drawn
