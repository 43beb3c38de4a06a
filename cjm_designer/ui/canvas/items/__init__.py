"""Graphics items of the map canvas; each draws one layout box and holds no model state of its own."""

from .base import Z_DRAGGED, Z_EDITOR, Z_OVERLAY, BoxItem, qrect
from .card import CardItem
from .emotion import EmotionCurveItem, EmotionPointItem
from .headers import GridItem, LaneHeaderItem, StageHeaderItem
from .links import FlowItem, TransitionArrowItem, VisibilityLineItem, kind_label
from .rows import RowCellItem, RowHeaderItem

__all__ = [
    "Z_DRAGGED", "Z_EDITOR", "Z_OVERLAY", "BoxItem", "CardItem", "EmotionCurveItem",
    "EmotionPointItem", "FlowItem", "GridItem", "LaneHeaderItem", "RowCellItem", "RowHeaderItem",
    "StageHeaderItem", "TransitionArrowItem", "VisibilityLineItem", "kind_label", "qrect",
]  # fmt: skip
