"""Geometry checks for presentation slides, shared by offscreen and real-window tests.

A slide is right when the room can read it: the stage's cards lie inside the visible
viewport, clear of the pinned lane column and stage header row and of the caption band,
and their titles are drawn at least READABLE_TITLE_PX tall (scaled with the screen).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QPainterPath

from cjm_designer.ui.workshop.presentation import READABLE_TITLE_PX


def _on_viewport(view, rect: QRectF) -> QRectF:
    return QRectF(view.mapFromScene(rect).boundingRect())


def _global(widget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def slide_problems(window) -> list[str]:
    """What is wrong with the slide on screen; empty when it reads."""
    show = window.workshop.presentation
    view = window.view
    scene = window.scene
    slide = show.current_slide
    if slide is None:
        return ["no slide is shown"]
    problems = []
    viewport = QRectF(view.viewport().rect()).adjusted(-1, -1, 1, 1)
    content = slide.content
    content_rect = _on_viewport(view, QRectF(content.x, content.y, content.w, content.h))
    sticky = scene.sticky
    covers = []
    if sticky.left_band.isVisible():
        covers.append(("pinned lane column", sticky.left_band.sceneBoundingRect()))
    else:
        for item in scene.lane_headers.values():
            covers.append(("lane header", item.sceneBoundingRect()))
    if sticky.top_band.isVisible():
        covers.append(("pinned stage headers", sticky.top_band.sceneBoundingRect()))
    cover_rects = [(name, _on_viewport(view, rect)) for name, rect in covers]
    band = _global(show.band)
    title_px = view.zoom * scene.options.metrics.card_title_size
    wanted_px = READABLE_TITLE_PX * show.screen_scale()
    cards = [
        box
        for box in scene.layout.cards.values()
        if box.stage == slide.stage
        and box.rect.y >= content.y - 0.5
        and box.rect.bottom <= content.bottom + 0.5
    ]
    for box in cards:
        on_screen = _on_viewport(view, QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h))
        if not viewport.contains(on_screen):
            problems.append(f"card {box.id} at {on_screen} is outside the viewport {viewport}")
        for name, rect in cover_rects:
            overlap = rect.intersected(on_screen)
            if overlap.width() > 1 and overlap.height() > 1:
                problems.append(f"card {box.id} is covered by the {name}")
        top_left = view.viewport().mapToGlobal(on_screen.topLeft().toPoint())
        if band.intersects(QRect(top_left, on_screen.size().toSize())):
            problems.append(f"card {box.id} is covered by the caption band")
    curtain = show.curtain()
    shown = view.visible_scene_rect()
    for box in scene.layout.cards.values():
        rect = QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h)
        if not rect.intersects(shown):
            continue
        uncovered = QPainterPath()
        uncovered.addRect(rect.intersected(shown))
        uncovered = uncovered.subtracted(curtain)
        for band in (sticky.left_band, sticky.top_band, sticky.corner):
            if band.isVisible():
                under = QPainterPath()
                under.addRect(band.sceneBoundingRect())
                uncovered = uncovered.subtracted(under)
        if uncovered.boundingRect().width() < 0.5 or uncovered.boundingRect().height() < 0.5:
            continue  # under the curtain or off screen
        if box.stage != slide.stage:
            problems.append(f"card {box.id} of stage {box.stage} shows on this slide")
        elif not shown.contains(rect) or curtain.intersects(rect.adjusted(1, 1, -1, -1)):
            problems.append(f"card {box.id} is cut at the screen's edge or by the curtain")
    if title_px < wanted_px - 0.01:
        problems.append(f"card titles are {title_px:.1f} px, fewer than {wanted_px:.1f}")
    if not viewport.contains(content_rect):
        problems.append(f"the slide's content {content_rect} is not inside {viewport}")
    return problems


def centring_problems(window) -> list[str]:
    """Whether the slide's stage stands in the middle of the screen right of the lane names.

    The lane-name column takes its width at the screen's left edge (pinned there, or for
    the first stages at the map's own left edge, right next to the stage); the stage's
    column is centred in the rest, so a narrow stage on a wide screen does not leave the
    right half of the screen empty.
    """
    show = window.workshop.presentation
    view = window.view
    slide = show.current_slide
    if slide is None:
        return ["no slide is shown"]
    width = view.viewport().width()
    lane_px = window.scene.options.metrics.lane_header_width * view.zoom
    content = _on_viewport(
        view, QRectF(slide.content.x, slide.content.y, slide.content.w, slide.content.h)
    )
    wanted = (lane_px + width) / 2
    if abs(content.center().x() - wanted) > 0.02 * width:
        return [
            f"the stage's centre is at x={content.center().x():.0f} px, not in the middle"
            f" ({wanted:.0f} px) of the {width} px wide screen right of the lane names"
        ]
    return []


def stage_cards(window, stage_index: int) -> set[str]:
    stage = window.scene.layout.stages[stage_index].id
    return {box.id for box in window.scene.layout.cards.values() if box.stage == stage}


def curtain_pixel_problems(window, image) -> list[str]:
    """Pixels under the presentation's curtain that are not the plain background.

    ``image`` is the viewport as drawn on screen (a grab); a neighbouring stage showing
    through, or a stale strip after a scroll, leaves other colours there. Every 7th pixel
    is checked whose four neighbours 3 px away diagonally are all under the curtain (clear
    of its antialiased edge). The curtain is drawn once into a mask, and the grid is read
    with numpy: point by point with QPainterPath.contains it took 0.4 s a slide at
    1920x1080, most of the real-window group's time."""
    import numpy as np

    view = window.view
    show = window.workshop.presentation
    curtain = view.mapFromScene(show.curtain())
    background = QColor(window.scene.backgroundBrush().color())
    ratio = image.devicePixelRatio() or 1.0
    width, height = view.viewport().width(), view.viewport().height()
    inside, unsure = _path_mask(curtain, width, height, pad=3)
    ys = np.arange(2, height - 2, 7)
    xs = np.arange(2, width - 2, 7)
    if not len(ys) or not len(xs):
        return []
    under = np.ones((len(ys), len(xs)), dtype=bool)
    for dy in (-3, 3):
        for dx in (-3, 3):
            rows, cols = ys[:, None] + dy + 3, xs[None, :] + dx + 3  # the mask's indexes
            corner = inside[rows, cols].copy()
            # Next to the curtain's edge the mask's pixel rounding may differ from the
            # path's own test: there the path decides, as it did point by point.
            for r, c in zip(*np.nonzero(unsure[rows, cols]), strict=True):
                corner[r, c] = curtain.contains(QPointF(int(xs[c]) + dx, int(ys[r]) + dy))
            under &= corner
    pixels = _rgb(image)
    sample = pixels[(ys * ratio).astype(int)[:, None], (xs * ratio).astype(int)[None, :]]
    wanted = np.array([background.red(), background.green(), background.blue()])
    off = np.abs(sample.astype(int) - wanted).max(axis=2) > 6
    wrong = [
        (int(xs[c]), int(ys[r]), "#{:02x}{:02x}{:02x}".format(*sample[r, c]))
        for r, c in zip(*np.nonzero(under & off), strict=True)
    ]
    return (
        [f"{len(wrong)} pixels under the curtain are not background: {wrong[:5]}"] if wrong else []
    )


def _path_mask(path, width: int, height: int, pad: int):
    """Whether each point (x, y), -pad <= x < width + pad (likewise y), lies in ``path``
    (at the mask's [y + pad, x + pad]): the path filled without antialiasing, offset half
    a pixel so each pixel's centre samples the point itself. Also which points lie next
    to the path's edge (a neighbour differs), where the fill's rounding may decide."""
    import numpy as np
    from PySide6.QtGui import QImage, QPainter

    mask = QImage(width + 2 * pad, height + 2 * pad, QImage.Format.Format_Grayscale8)
    mask.fill(0)
    painter = QPainter(mask)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.translate(pad + 0.5, pad + 0.5)
    painter.fillPath(path, QColor(255, 255, 255))
    painter.end()
    rows = np.frombuffer(mask.constBits(), dtype=np.uint8).reshape(
        mask.height(), mask.bytesPerLine()
    )
    inside = rows[:, : mask.width()] > 127
    padded = np.pad(inside, 1, mode="edge")
    unsure = np.zeros_like(inside)
    for dy in (0, 1, 2):
        for dx in (0, 1, 2):
            unsure |= padded[dy : dy + inside.shape[0], dx : dx + inside.shape[1]] != inside
    return inside, unsure


def _rgb(image):
    """The image's pixels as a (height, width, 3) array of red, green and blue."""
    import numpy as np
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(
        image.height(), image.bytesPerLine()
    )
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3)
