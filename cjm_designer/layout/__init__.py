"""Map geometry shared by the canvas and the PDF: pure Python over the model.

``compute_layout(journey, options)`` returns frozen boxes in points; callers inject a
text measurer so Qt and reportlab wrap text exactly as they will draw it.
"""

from .boxes import (
    ALL_ROWS,
    ROW_EMOTIONS,
    ROW_GOALS,
    ROW_NOTES,
    ROW_OPPORTUNITIES,
    ROW_PAINS,
    ROW_QUESTIONS,
    ArrowRoute,
    CardBox,
    Curve,
    CurvePoint,
    EmotionScale,
    FlowRoute,
    LaneBox,
    MapLayout,
    RowBox,
    RowCell,
    StageBox,
)
from .flow_routes import elbow
from .geometry import Point, Rect
from .map_layout import (
    LayoutOptions,
    Metrics,
    WrapCache,
    card_height,
    compute_layout,
    stage_width,
    visible_touchpoints,
)
from .text import ELLIPSIS, AverageMeasurer, TextMeasurer, elide, wrap_lines

__all__ = [
    "ALL_ROWS", "ELLIPSIS", "ROW_EMOTIONS", "ROW_GOALS", "ROW_NOTES", "ROW_OPPORTUNITIES", "ROW_PAINS",
    "ROW_QUESTIONS", "ArrowRoute", "AverageMeasurer", "CardBox", "Curve", "CurvePoint",
    "EmotionScale", "FlowRoute", "LaneBox", "LayoutOptions", "MapLayout", "Metrics", "Point",
    "Rect", "RowBox", "RowCell", "StageBox", "TextMeasurer", "WrapCache", "card_height",
    "compute_layout", "elbow", "elide", "stage_width", "visible_touchpoints", "wrap_lines",
]  # fmt: skip
