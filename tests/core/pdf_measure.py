"""Reading exported PDFs back with pdfminer: every character's size and position."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTChar, LTTextContainer


def _params(**kwargs) -> LAParams:
    """pdfminer's layout analysis without its reading-order pass (``boxes_flow=None``).

    That pass only orders the text boxes (it clusters them pairwise, quadratic in their
    number: 15 s for one tile of a 5000-card summary poster, 1.2 s without). The characters,
    lines and boxes it finds are the same; every measure here is by size and position."""
    return LAParams(boxes_flow=None, **kwargs)


@dataclass(frozen=True)
class Glyph:
    page: int
    char: str
    size: float
    x0: float
    y0: float
    x1: float
    y1: float


def glyphs(path, pages: set[int] | None = None) -> list[Glyph]:
    """Every drawn character with its size (points) and box, page by page (only the
    1-based ``pages`` when given: each tile of a tiled poster holds the whole poster)."""
    found: list[Glyph] = []

    def walk(item, page: int) -> None:
        if isinstance(item, LTChar):
            if item.get_text().strip():
                found.append(
                    Glyph(page, item.get_text(), item.size, item.x0, item.y0, item.x1, item.y1)
                )
            return
        for child in getattr(item, "__iter__", lambda: iter(()))():
            walk(child, page)

    numbers = None if pages is None else [n - 1 for n in sorted(pages)]
    for index, page in enumerate(
        extract_pages(str(path), laparams=_params(), page_numbers=numbers)
    ):
        number = index + 1 if numbers is None else numbers[index] + 1
        for element in page:
            walk(element, number)
    return found


def lines(path) -> list[tuple[int, str, float, float, float]]:
    """(page, text, smallest size, x0, y0) of each text line pdfminer finds."""
    out = []
    for number, page in enumerate(extract_pages(str(path), laparams=_params()), start=1):
        for element in page:
            if isinstance(element, LTTextContainer):
                for line in element:
                    chars = [c for c in line if isinstance(c, LTChar)]
                    if chars:
                        out.append(
                            (
                                number,
                                line.get_text().strip(),
                                min(c.size for c in chars),
                                line.x0,
                                line.y0,
                            )
                        )
    return out


def text_at_size(path, text: str) -> float:
    """The size a line containing ``text`` is printed at (the smallest if several)."""
    sizes = [size for _p, line, size, _x, _y in lines(path) if text in line]
    assert sizes, f"{text!r} not found"
    return min(sizes)


def all_lines(
    path, first_page: int = 1, last_page: int | None = None
) -> list[tuple[int, str, float, float]]:
    """(page, text, smallest size, bottom) of every text line, also inside forms (tiled posters
    draw the poster once as a form that each tile shows), from ``first_page`` on."""
    from pdfminer.layout import LTTextLine

    out = []

    def walk(item, number: int) -> None:
        if isinstance(item, LTTextLine):
            chars = [c for c in item if isinstance(c, LTChar) and c.get_text().strip()]
            if chars:
                size = min(c.size for c in chars)
                out.append((number, item.get_text().strip(), size, item.y0))
            return
        for child in getattr(item, "__iter__", lambda: iter(()))():
            walk(child, number)

    params = _params(all_texts=True)
    # 0-based page indexes; pdfminer skips the others without laying them out.
    numbers = range(first_page - 1, last_page if last_page is not None else sys.maxsize)
    pages = extract_pages(str(path), laparams=params, page_numbers=numbers)
    for number, page in enumerate(pages, start=first_page):
        walk(page, number)
    return out


def size_of(found: list[tuple[int, str, float, float]], text: str, exact: bool = False) -> float:
    """The smallest size a line holding ``text`` (or only it) prints at."""
    sizes = [size for _p, line, size, _y in found if (text == line if exact else text in line)]
    assert sizes, f"{text!r} not found"
    return min(sizes)
