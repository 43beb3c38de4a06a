"""Channel colours, one choice for the canvas and the PDF.

A channel with a colour of its own keeps it; one without (every template channel) gets a
colour by its position in the map, so the poster on the wall shows the lanes in the same
colours the room saw on the projector.
"""

from __future__ import annotations

CHANNEL_COLORS = (
    "#332288", "#88CCEE", "#44AA99", "#117733", "#999933",
    "#DDCC77", "#CC6677", "#882255", "#AA4499",
)  # fmt: skip
"""Paul Tol's "muted" scheme: nine hues that stay apart with each colour-vision
deficiency too (tests/gui/test_accessibility.py), so the channel legend tells nine lanes
apart instead of showing nine identical grey squares."""


def channel_color(color: str | None, index: int) -> str:
    """A channel's own colour, else a distinct one by its position (``index``) among the
    map's channels."""
    return color or CHANNEL_COLORS[index % len(CHANNEL_COLORS)]
