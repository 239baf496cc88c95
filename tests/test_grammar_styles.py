"""figclip prompts, clip-level captions, and grammar files (errors, overrides, extends)."""
import pytest

from conftest import make_event, user_realiser
from srlcap.errors import GrammarError
from srlcap.grammar import load_grammar


def test_figclip_matches_the_paper_template(realiser, grammar):
    ev = make_event("walk", "walk.01", {
        "Arg0 (walker)": "man with short hair wearing collared shirt", "ArgM (direction)": "forward",
        "ArgM (manner)": "slowly", "Scene of the Event": "apartment"}, grammar=grammar)
    assert realiser.figclip(ev) == (
        "the action is walk where the walker is man with short hair wearing collared shirt, "
        "direction is forward, manner is slowly, and scene of the event is apartment."
    )


def test_figclip_uses_specific_propbank_role_names(realiser, grammar):
    ev = make_event("rewind", "rewind.01", {"Arg0 (agent, rewinder)": "you", "Arg1 (the thing rewound)": "film"}, grammar=grammar)
    assert realiser.figclip(ev) == "the action is rewind where the rewinder is you, and the thing rewound is film."


def test_figclip_without_roles(realiser, grammar):
    assert realiser.figclip(make_event("sneeze", "sneeze.01", {}, grammar=grammar)) == "the action is sneeze."


def _clip_events(grammar):
    return [
        make_event("open", "open.01", {"Arg0 (opener)": "man", "Arg1 (thing opened)": "door"}, "Ev1", "Enables", grammar),
        make_event("walk", "walk.01", {"Arg0 (walker)": "man", "ArgM (direction)": "inside"}, "Ev2", "Causes", grammar),
        make_event("push", "push.01", {"Arg0 (pusher)": "man", "Arg1 (thing pushed)": "woman"}, "Ev3", None, grammar),
        make_event("fall", "fall.01", {"Arg1 (thing falling)": "woman"}, "Ev4", "Reaction To", grammar),
        make_event("shout", "shout.01", {"Arg0 (shouter)": "woman"}, "Ev5", "Reaction To", grammar),
    ]


def test_clip_caption_tells_one_story(realiser, grammar):
    """First mention indefinite, later ones definite or a pronoun, relations said where
    they happen and naming the anchor event by what happens in it (issue 13, item 7)."""
    caps = realiser.realise_clip(_clip_events(grammar))
    assert caps["natural"] == (
        "First, a man opens a door. Then, he walks inside and pushes a woman. "
        "As a result, she falls. Finally, she shouts."
    )
    assert "third" not in caps["figclip"] and "event" not in caps["figclip"]
    assert caps["figclip"].startswith("First, the action is open where the opener is man, and the thing opened is door.")


def test_a_cause_told_earlier_leads_into_the_anchor(realiser, grammar):
    events = _clip_events(grammar)
    events[1] = make_event("walk", "walk.01", {"Arg0 (walker)": "man"}, "Ev2", "NoRel", grammar)
    events[0] = make_event("open", "open.01", {"Arg0 (opener)": "man", "Arg1 (thing opened)": "door"}, "Ev1", "Causes",
                           grammar)
    # "as a result" would read as a result of the sentence just before, and "All this makes
    # him push a woman" was judged a forced link (round 10): the order of telling says it
    natural = realiser.realise_clip(events)["natural"]
    assert "Then, he walks. Next, he pushes a woman." in natural and "All this" not in natural, natural


def test_the_scene_is_said_once_and_again_when_it_changes(realiser, grammar):
    E = lambda verb, vid, args, name: make_event(verb, vid, args, name, "NoRel" if name != "Ev3" else None, grammar)  # noqa: E731
    events = [E("walk", "walk.01", {"Arg0 (walker)": "man", "Scene of the Event": "kitchen"}, "Ev1"),
              E("sit", "sit.01", {"Arg1 (thing sitting)": "man", "Scene of the Event": "kitchen"}, "Ev2"),
              E("eat", "eat.01", {"Arg0 (eater)": "man", "Arg1 (meal)": "apple", "Scene of the Event": "garden"}, "Ev3")]
    text = realiser.realise_clip(events)["natural"]
    assert text.count("kitchen") == 1 and text.count("garden") == 1


def test_the_summary_fits_clips_context(realiser, grammar):
    from srlcap.grammar.realise import clip_tokens
    from srlcap.schema import SUMMARY_TOKENS

    summary = realiser.clip_summary(_clip_events(grammar))
    assert summary.startswith("A man opens a door. He walks.") and clip_tokens(summary) < SUMMARY_TOKENS


def test_verb_override_from_a_user_grammar(tmp_path, nlp):
    r, g = user_realiser(tmp_path, nlp, 'extends = "default"\n[verbs."point.02"]\nArg1 = { preposition = "toward" }\n')
    ev = make_event("point", "point.02", {"Arg0 (pointer)": "girl", "Arg1 (thing pointed at)": "moon"}, grammar=g)
    assert r.natural(ev) == "A girl points toward the moon."  # "moon": unique in its setting


@pytest.mark.parametrize("text,key,line", [
    ('extends = "default"\n[style.figclip]\ncore = "the {nam} is {filler}"\n', "style.figclip.core", 3),
    ('extends = "default"\ncolours = ["red"]\n', "colours", 2),
    ('extends = "default"\n\n[negatives.kinds]\nrole_swop = { enabled = true, weight = 1 }\n', "negatives.kinds.role_swop", 4),
    ('extends = "default"\n[negatives.kinds.role_swap]\nenabled = "yes"\nweight = 1\n', "negatives.kinds.role_swap.enabled", 3),
    ('extends = "default"\n[verbs."look.01"]\nArg1 = { prep = "at" }\n', "verbs.look.01.Arg1.prep", None),
    # a key many tables have ("pairs") is found in its own table, not the first one
    ('extends = "default"\n[lexicon.verb_opposites]\npairs = [["laugh", "cry"]]\n'
     '[lexicon.attribute_neighbours]\npairs = [["grey"]]\n', "lexicon.attribute_neighbours.pairs", 5),
])
def test_grammar_errors_name_file_line_and_key(tmp_path, text, key, line):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(GrammarError) as info:
        load_grammar(path)
    msg = str(info.value)
    assert str(path) in msg and key in msg
    if line:
        assert f"{path}:{line}:" in msg


def test_grammar_syntax_error_names_line(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text('name = "x"\n[style\n')
    with pytest.raises(GrammarError, match=r"broken.toml:2: TOML syntax error"):
        load_grammar(path)


def test_grammar_templates_cannot_reach_attributes(tmp_path):
    # str.format would evaluate "{filler.__class__}"; our templates only know plain slots
    path = tmp_path / "evil.toml"
    path.write_text('extends = "default"\n[style.figclip]\ncore = "{filler.__class__}"\n')
    with pytest.raises(GrammarError, match="unknown slot"):
        load_grammar(path)


def test_figclip_prompt_carries_no_brackets_nor_exclamations(realiser, grammar):
    """The issue's bar: no figclip caption contains "!", "(" or ")" (PropBank fillers
    bring asides and exclamations: "Busulfan ( BU )", "C02 !")."""
    from conftest import make_event

    ev = make_event("convert", "convert.01", {"Arg0 (converter)": "Busulfan ( BU )", "Arg1 (thing converted)": "C02 !"},
                    grammar=grammar)
    text = realiser.figclip(ev)
    assert not set("!()") & set(text) and "Busulfan" in text and "C02" in text
