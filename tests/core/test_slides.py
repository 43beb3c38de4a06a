"""Presentation slides: every card on a slide, clear of the pinned titles, big enough."""

from __future__ import annotations

import pytest

from cjm_designer.io.yaml_format import load_map
from cjm_designer.layout import LayoutOptions, compute_layout
from cjm_designer.layout.geometry import Rect
from cjm_designer.layout.slides import GAP, PINNED_GAP, clear_rects, stage_slides
from cjm_designer.model import Channel, JourneyMap, Kind, Stage, Touchpoint
from cjm_designer.resources import example_map_path


@pytest.fixture(scope="module")
def example_layout():
    return compute_layout(load_map(example_map_path()))


@pytest.mark.parametrize("size", [(1280, 640), (1920, 980), (1024, 560)])
def test_each_card_is_on_a_slide_of_its_stage_clear_of_the_pinned_titles(example_layout, size):
    layout = example_layout
    metrics = LayoutOptions().metrics
    width, height = size
    slides = stage_slides(layout, metrics, width, height, 1.5, 3.0)
    assert [s.stage_index for s in slides] == sorted(s.stage_index for s in slides)
    assert {s.stage for s in slides} == {box.id for box in layout.stages}
    for card in layout.cards.values():
        holding = [
            s
            for s in slides
            if s.stage == card.stage
            and s.content.y <= card.rect.y
            and card.rect.bottom <= s.content.bottom
        ]
        assert holding, f"card {card.id} is on no slide"
    for slide in slides:
        visible, content = slide.visible, slide.content
        assert slide.zoom >= 1.5 or slide.zoom == pytest.approx(width / visible.w)
        assert visible.w == pytest.approx(width / slide.zoom)
        assert visible.contains(content)
        lane_column_right = max(visible.x, metrics.margin) + metrics.lane_header_width
        assert content.x >= lane_column_right, "the pinned lane column covers the stage"
        header = layout.stages[slide.stage_index].header
        if visible.y > header.y:  # the stage headers are pinned to the top edge
            assert content.y >= visible.y + header.h + PINNED_GAP
        else:
            assert content.y >= header.y
        assert content.bottom <= visible.bottom - GAP + 0.01


def test_a_short_stage_is_one_slide_drawn_larger_than_the_readable_minimum():
    journey = JourneyMap(title="Short")
    journey.extend(Kind.CHANNEL, [Channel("web", "Web")])
    journey.extend(Kind.STAGE, [Stage("s1", "One"), Stage("s2", "Two")])
    journey.extend(Kind.TOUCHPOINT, [Touchpoint("t1", "s1", "web", "Landing page")])
    layout = compute_layout(journey, LayoutOptions(rows=frozenset()))
    slides = stage_slides(layout, LayoutOptions().metrics, 1280, 640, 1.5, 3.0)
    assert [(s.stage, s.parts) for s in slides] == [("s1", 1), ("s2", 1)]
    assert all(s.zoom > 1.5 for s in slides)


def test_a_tall_stage_is_cut_into_parts_that_start_at_a_lane_top(example_layout):
    metrics = LayoutOptions().metrics
    slides = stage_slides(example_layout, metrics, 1280, 640, 1.5, 3.0)
    first = [s for s in slides if s.stage_index == 0]
    assert len(first) > 1
    assert [s.part for s in first] == list(range(len(first)))
    lane_tops = {lane.rect.y for lane in example_layout.lanes}
    row_tops = {row.rect.y for row in example_layout.rows}
    for slide in first[1:]:
        assert slide.content.y in lane_tops | row_tops


@pytest.mark.parametrize("size", [(1280, 640), (1920, 980)])
def test_the_curtain_leaves_only_the_stages_own_cards_whole(example_layout, size):
    """Right of the pinned lane column, a slide uncovers its cards and no other stage's."""
    layout = example_layout
    metrics = LayoutOptions().metrics
    for slide in stage_slides(layout, metrics, *size, 1.5, 3.0):
        visible = slide.visible
        header = layout.stages[slide.stage_index].header
        # The canvas pins the lane column to the visible left edge, never left of the map.
        lane_right = max(visible.x, metrics.margin) + metrics.lane_header_width
        header_bottom = max(visible.y, header.y) + header.h + PINNED_GAP
        holes = clear_rects(slide, metrics, visible, lane_right, header_bottom)
        for card in layout.cards.values():
            rect = card.rect
            if rect.right <= lane_right:
                continue  # under the pinned lane column
            # What the opaque pinned lane column does not hide of the card.
            left = max(rect.x, lane_right)
            seen = [h for h in holes if h.intersects(Rect(left, rect.y, rect.right - left, rect.h))]
            mine = card.stage == slide.stage and slide.content.contains(rect)
            if mine:
                assert any(h.contains(rect) for h in holes), (slide, card.id)
            else:
                assert not seen, f"{card.id} shows on a slide of {slide.stage}"
        # The slide's content is uncovered in full.
        assert any(h.contains(slide.content) for h in holes)


@pytest.mark.parametrize("size", [(1280, 642), (1920, 980)])
def test_each_part_stands_centred_right_of_the_lanes_and_fills_the_height(example_layout, size):
    """A narrow, tall stage on a wide screen: no empty right half, no empty bottom half."""
    layout = example_layout
    metrics = LayoutOptions().metrics
    width, height = size
    readable = 1.5 * width / 1280
    slides = stage_slides(layout, metrics, width, height, readable, 2 * readable)
    lane_w = metrics.lane_header_width
    for slide in slides:
        visible, content = slide.visible, slide.content
        right_of_lanes = (visible.x + lane_w + visible.right) / 2
        assert content.x + content.w / 2 == pytest.approx(right_of_lanes), slide
        assert slide.zoom >= readable
        # As large as the height lets it, unless the width or the largest zoom stops it.
        header = layout.stages[slide.stage_index].header
        top = header.y if slide.part == 0 else content.y - header.h - PINNED_GAP
        used = (content.bottom - top + 2 * GAP) * slide.zoom
        wide = (lane_w + content.w + 2 * metrics.stage_gap) * slide.zoom
        assert used >= height - 1 or wide >= width * 0.8 or slide.zoom >= 2 * readable - 1e-6
        assert used <= height + 1e-6
    assert len({round(s.zoom, 3) for s in slides if s.stage_index == 0}) > 1
