"""The Qt-free editing layer: clipboard fragments, paste planning and placement rules."""

from __future__ import annotations

from cjm_designer.editing import clipboard, paste, placement
from cjm_designer.io.yaml_format import loads_map
from cjm_designer.model import (
    Channel,
    ChannelKind,
    Flow,
    Insight,
    JourneyMap,
    Kind,
    Persona,
    Stage,
    Touchpoint,
    Transition,
)


def sample() -> JourneyMap:
    journey = JourneyMap(title="Editing")
    journey.extend(Kind.PERSONA, [Persona("ari", "Ari")])
    journey.extend(
        Kind.CHANNEL, [Channel("web", "Web"), Channel("shop", "Shop", ChannelKind.OFFLINE)]
    )
    journey.extend(
        Kind.STAGE,
        [Stage("aware", "Aware", emotions={"ari": 2}), Stage("buy", "Buy")],
    )
    journey.extend(
        Kind.TOUCHPOINT,
        [
            Touchpoint("ad", "aware", "web", "Banner", pains=(Insight("Slow"),)),
            Touchpoint("blog", "aware", "web", "Blog post"),
            Touchpoint("till", "buy", "shop", "Till"),
        ],
    )
    journey.extend(Kind.TRANSITION, [Transition("aware-buy", "aware", "buy", probability=0.4)])
    journey.extend(Kind.FLOW, [Flow("ad-blog", "ad", "blog")])
    return journey


def test_copy_is_a_valid_map_with_context_and_the_copied_ids():
    journey = sample()
    text = clipboard.copy_text(journey, ["ad", "blog"])
    fragment = loads_map(text).map
    assert [tp.id for tp in fragment.touchpoints] == ["ad", "blog"]
    assert [s.id for s in fragment.stages] == ["aware"]  # context for the cards
    assert [f.id for f in fragment.flows] == ["ad-blog"]  # both ends were copied
    assert fragment.extra[clipboard.CLIPBOARD_KEY]["copied"] == ["ad", "blog", "ad-blog"]


def test_copy_of_nothing_copyable_is_empty():
    assert clipboard.copy_text(sample(), ["ari", "missing"]) == ""


def test_paste_into_a_cell_renames_ids_and_reverts_cleanly():
    journey = sample()
    before = journey.copy()
    text = clipboard.copy_text(journey, ["ad", "blog"])
    edit, created = paste.paste_edit(journey, text, ("buy", "shop"))
    edit.apply(journey)
    cell = journey.touchpoints_in("buy", "shop")
    assert [tp.title for tp in cell] == ["Till", "Banner", "Blog post"]
    assert set(created).isdisjoint({"ad", "blog", "ad-blog"})
    assert journey.touchpoint(created[0]).pains == (Insight("Slow"),)
    pasted_flow = journey.get(created[-1])
    assert (pasted_flow.source, pasted_flow.target) == (created[0], created[1])
    edit.revert(journey)
    assert journey.same_content(before)


def test_pasting_a_stage_copies_its_cards_right_after_it():
    journey = sample()
    edit, created = paste.paste_edit(journey, clipboard.copy_text(journey, ["aware"]))
    edit.apply(journey)
    stages = [s.id for s in journey.stages]
    assert stages[0] == "aware" and stages[1] == created[0] and len(stages) == 3
    assert [tp.title for tp in journey.touchpoints_in(created[0])] == ["Banner", "Blog post"]
    assert journey.stage(created[0]).emotions == {"ari": 2}


def test_paste_into_another_map_brings_the_missing_stage_and_channel():
    source = sample()
    target = JourneyMap(title="Empty")
    edit, created = paste.paste_edit(target, clipboard.copy_text(source, ["till"]))
    edit.apply(target)
    assert [s.name for s in target.stages] == ["Buy"]
    assert [c.name for c in target.channels] == ["Shop"]
    assert target.touchpoints[0].title == "Till" and target.touchpoints[0].id in created


def test_plain_text_lines_become_cards_only_with_a_cell():
    journey = sample()
    edit, created = paste.paste_edit(journey, "One\n\n Two \n", ("buy", "web"))
    edit.apply(journey)
    assert [journey.touchpoint(i).title for i in created] == ["One", "Two"]
    assert paste.paste_edit(journey, "just words", None) is None
    assert paste.paste_edit(journey, "just words", ("gone", "web")) is None


def test_plain_text_paste_is_capped():
    journey = sample()
    text = "\n".join(f"line {n}" for n in range(paste.MAX_TEXT_CARDS + 50))
    _edit, created = paste.paste_edit(journey, text, ("buy", "web"))
    assert len(created) == paste.MAX_TEXT_CARDS


def test_new_stage_and_channel_follow_the_selection():
    journey = sample()
    edit = placement.new_stage(journey, "Think", ["aware"])
    edit.apply(journey)
    assert [s.id for s in journey.stages] == ["aware", edit.entity.id, "buy"]
    edit = placement.new_channel(journey, "App", [], index=0, kind=ChannelKind.BACKSTAGE)
    edit.apply(journey)
    assert journey.channels[0].kind is ChannelKind.BACKSTAGE
    end = placement.new_stage(journey, "Later")
    end.apply(journey)
    assert journey.stages[-1].name == "Later"


def test_new_touchpoint_goes_to_the_end_of_its_cell():
    journey = sample()
    edit = placement.new_touchpoint(journey, "aware", "web", "Video")
    edit.apply(journey)
    assert [tp.title for tp in journey.touchpoints_in("aware", "web")][-1] == "Video"
    assert journey.index_of(Kind.TOUCHPOINT, edit.entity.id) == 2  # before "till"
    assert placement.new_touchpoint(journey, "web", "aware", "Swapped") is None


def test_target_cell_prefers_the_selected_card_then_stage_and_channel():
    journey = sample()
    assert placement.target_cell(journey, []) == ("aware", "web")
    assert placement.target_cell(journey, ["till"]) == ("buy", "shop")
    assert placement.target_cell(journey, ["buy", "shop"]) == ("buy", "shop")
    assert placement.target_cell(JourneyMap(), []) is None


def test_emotion_scores_fill_the_first_persona_without_a_score():
    journey = sample()
    journey.extend(Kind.PERSONA, [Persona("bo", "Bo")])
    assert placement.emotion_scores(journey, "aware", None, -1) == {"ari": 2, "bo": -1}
    assert placement.emotion_scores(journey, "aware", "ari", 5) == {"ari": 5}
    assert placement.emotion_scores(JourneyMap(), "aware", None, 1) is None


def test_every_example_card_duplicates_with_its_links_and_action_channels():
    """Valued opportunities link to transitions, and actions name other channels: the
    copied fragment carries them as context, so Duplicate never silently does nothing."""
    from cjm_designer.editing import clipboard, paste
    from cjm_designer.io.yaml_format import read_map
    from cjm_designer.resources import example_map_path

    journey = read_map(example_map_path()).map
    refused = [
        tp.id
        for tp in journey.touchpoints
        if paste.paste_edit(journey, clipboard.copy_text(journey, [tp.id]), None) is None
    ]
    assert refused == []
    linked = next(tp for tp in journey.touchpoints if any(o.link for o in tp.opportunities))
    edit, created = paste.paste_edit(journey, clipboard.copy_text(journey, [linked.id]), None)
    edit.apply(journey)
    copy = journey.touchpoint(created[-1])
    assert [o.link for o in copy.opportunities] == [o.link for o in linked.opportunities]


def test_a_linked_card_pasted_into_another_map_drops_links_it_cannot_keep():
    from cjm_designer.editing import clipboard, paste
    from cjm_designer.io.yaml_format import read_map
    from cjm_designer.model import JourneyMap
    from cjm_designer.model.validation import Severity, check_map
    from cjm_designer.resources import example_map_path

    journey = read_map(example_map_path()).map
    linked = next(tp for tp in journey.touchpoints if any(o.link for o in tp.opportunities))
    other = JourneyMap(title="other")
    edit, _created = paste.paste_edit(other, clipboard.copy_text(journey, [linked.id]), None)
    edit.apply(other)
    assert [p for p in check_map(other) if p.severity is Severity.ERROR] == []
    pasted = other.touchpoints[0]
    assert all(o.link is None and o.change is None for o in pasted.opportunities)
