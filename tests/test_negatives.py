"""Each negative kind on hand-written frames, and the false-negative guards."""
import pytest

from conftest import make_event
from srlcap.frames import Clip, assign_entities
from srlcap.negatives import NegativeFactory


def _clip(grammar, events):
    return Clip(clip_id="v_testclip000_seg_0_10", events=tuple(assign_entities(events)))


def _factory(grammar, realiser, analyser, clips, **kw):
    f = NegativeFactory(grammar, realiser, analyser, seed=0, **kw)
    for c in clips:
        analyser.analyse_all(r.filler for e in c.events for r in e.roles)
    f.learn(clips)
    return f


def _story(grammar):
    E = lambda *a, **k: make_event(*a, grammar=grammar, **k)  # noqa: E731
    return [
        E("push", "push.01", {"Arg0 (pusher)": "man in black suit", "Arg1 (thing pushed)": "woman in white dress",
                              "ArgM (manner)": "slowly", "ArgM (direction)": "to the left"}, name="Ev1", relation="Causes"),
        E("hug", "hug.01", {"Arg0 (hugger)": "man in black suit", "Arg1 (thing hugged)": "woman in white dress"}, name="Ev2", relation="NoRel"),
        E("look", "look.01", {"Arg0 (looker)": "woman in white dress", "Arg1 (thing looked at)": "old dog"}, name="Ev3"),
        E("pull", "pull.01", {"Arg0 (puller)": "boy", "Arg1 (thing pulled)": "red cart"}, name="Ev4", relation="Reaction To"),
        E("pull", "pull.01", {"Arg0 (puller)": "girl", "Arg1 (thing pulled)": "boy"}, name="Ev5", relation="Enables"),
    ]


@pytest.fixture(scope="module")
def story(grammar, realiser, analyser):
    clip = _clip(grammar, _story(grammar))
    return clip, _factory(grammar, realiser, analyser, [clip], per_kind=3)


def _negs(story, realiser, i):
    clip, f = story
    ev = clip.events[i]
    return f.event_negatives(clip, ev, realiser.realise_event(ev))


def _of(negs, kind):
    return [n for n in negs if n["kind"] == kind]


def test_role_swap_exchanges_agent_and_patient(story, realiser):
    swaps = _of(_negs(story, realiser, 0), "role_swap")
    assert swaps[0]["natural"] == "A woman in a white dress slowly pushes a man in a black suit to the left."
    assert swaps[0]["figclip"].startswith("the action is push where the pusher is woman in white dress, the thing pushed is man in black suit")
    assert swaps[0]["detail"] == "Arg0 <-> Arg1"


def test_symmetric_verbs_get_no_role_swap(story, realiser):
    assert _of(_negs(story, realiser, 1), "role_swap") == []


def test_role_swap_made_true_elsewhere_in_the_clip_is_dropped(story, realiser):
    # Ev5 says the girl pulls the boy; swapping Ev4 cannot give "the girl pulls ..." but
    # swapping Ev5 would give "a boy pulls a girl", which is nowhere true: kept.
    assert _of(_negs(story, realiser, 4), "role_swap")


def test_identical_fillers_produce_no_swap(grammar, realiser, analyser):
    ev = make_event("see", "see.01", {"Arg0 (viewer)": "man", "Arg1 (thing viewed)": "man"}, grammar=grammar)
    clip = _clip(grammar, [ev])
    f = _factory(grammar, realiser, analyser, [clip])
    assert _of(f.event_negatives(clip, clip.events[0], realiser.realise_event(clip.events[0])), "role_swap") == []


def test_attribute_swap_between_entities(story, realiser):
    swaps = _of(_negs(story, realiser, 0), "attribute_swap")
    assert swaps[0]["natural"] == "A man in a white suit slowly pushes a woman in a black dress to the left."


def test_attribute_replace_recomputes_the_article(story, realiser):
    texts = [n["natural"] for n in _of(_negs(story, realiser, 3), "attribute_replace")]
    assert texts and all(t != "A boy pulls a red cart." for t in texts)
    assert any(" an orange cart" in t for t in texts) or all(" a " in t for t in texts)
    for t in texts:
        assert " a orange" not in t and " an red" not in t


def test_argm_replace_prefers_opposites(story, realiser):
    texts = [n["natural"] for n in _of(_negs(story, realiser, 0), "argm_replace")]
    assert "A man in a black suit quickly pushes a woman in a white dress to the left." in texts
    assert "A man in a black suit slowly pushes a woman in a white dress to the right." in texts


def test_entity_replace_uses_entities_of_the_clip(story, realiser):
    negs = _of(_negs(story, realiser, 2), "entity_replace")
    assert negs
    for n in negs:
        assert any(e in n["natural"].lower() for e in ("a man in a black suit", "a boy", "a girl", "a red cart"))
        # the dog is the only animal: no person takes its place, nor it a person's
        assert "an old dog" in n["natural"] and "Arg1" not in n["detail"]


def test_verb_replace_uses_the_new_verbs_role_names(story, realiser):
    negs = _of(_negs(story, realiser, 0), "verb_replace")
    assert negs
    for n in negs:
        assert not n["natural"].startswith("A man in a black suit slowly pushes")
        verb = n["detail"].split(" -> ")[1].split(".")[0]
        assert f"the action is {verb} where" in n["figclip"]
        assert "pusher" not in n["figclip"]


def test_no_negative_equals_a_positive_of_the_clip(story, realiser):
    clip, _ = story
    positives = {realiser.natural(ev) for ev in clip.events}
    for i in range(5):
        negs = _negs(story, realiser, i)
        texts = [n["natural"] for n in negs]
        assert not positives & set(texts)
        assert len(texts) == len(set(texts))


def test_clip_negatives(story, grammar, realiser, analyser):
    clip, f = story
    caps = realiser.realise_clip(list(clip.events))
    negs = f.clip_negatives(clip, caps)
    # relation_flip is off in the bundled grammar (blind readers found its flips still
    # true); asked for, it is made
    assert {n["kind"] for n in negs} == {"event_order"}
    f = _factory(grammar, realiser, analyser, [clip], kinds=("event_order", "relation_flip"), per_kind=3)
    negs = f.clip_negatives(clip, caps)
    assert {n["kind"] for n in negs} == {"event_order", "relation_flip"}
    flip = _of(negs, "relation_flip")[0]
    assert flip["natural"] != caps["natural"] and flip["detail"].count("->") == 1


def test_kinds_switch_and_per_kind_count(grammar, realiser, analyser):
    clip = _clip(grammar, _story(grammar))
    f = _factory(grammar, realiser, analyser, [clip], kinds=("role_swap",), per_kind=2)
    ev = clip.events[0]
    negs = f.event_negatives(clip, ev, realiser.realise_event(ev))
    assert {n["kind"] for n in negs} == {"role_swap"}
    assert f.clip_negatives(clip, realiser.realise_clip(list(clip.events))) == []


def test_same_seed_same_negatives_other_seed_may_differ(grammar, realiser, analyser):
    clip = _clip(grammar, _story(grammar))
    a = _factory(grammar, realiser, analyser, [clip], per_kind=2)
    b = _factory(grammar, realiser, analyser, [clip], per_kind=2)
    ev = clip.events[3]
    caps = realiser.realise_event(ev)
    assert a.event_negatives(clip, ev, caps) == b.event_negatives(clip, ev, caps)


def test_user_verb_lexicon_adds_replacements(tmp_path, grammar, realiser, analyser):
    lexicon = tmp_path / "verbs.toml"
    lexicon.write_text('[[verb]]\nid = "pull.01"\nlemma = "pull"\nroles = { Arg0 = "puller", Arg1 = "thing pulled" }\n'
                       'argms = ["manner", "direction"]\ncount = 1000\n')
    ev = make_event("push", "push.01", {"Arg0 (pusher)": "man", "Arg1 (thing pushed)": "cart", "ArgM (manner)": "slowly"},
                    grammar=grammar)
    clip = _clip(grammar, [ev])
    f = _factory(grammar, realiser, analyser, [clip], kinds=("verb_replace",), verb_lexicon=lexicon)
    negs = f.event_negatives(clip, clip.events[0], realiser.realise_event(clip.events[0]))
    assert negs[0]["natural"] == "A man slowly pulls a cart."
    assert negs[0]["figclip"] == "the action is pull where the puller is man, the thing pulled is cart, and manner is slowly."


def test_bad_verb_lexicon_names_file_and_key(tmp_path, grammar, realiser, analyser):
    from srlcap.errors import GrammarError

    lexicon = tmp_path / "verbs.toml"
    lexicon.write_text('[[verb]]\nid = "shove"\nlemma = "shove"\nroles = { Arg0 = "shover" }\n')
    clip = _clip(grammar, _story(grammar))
    with pytest.raises(GrammarError, match=r"verbs.toml: \[verb\[0\].id\]"):
        _factory(grammar, realiser, analyser, [clip], verb_lexicon=lexicon)


def test_row_generator_is_splitmix64():
    # reference outputs of SplitMix64 (Steele, Lea & Flood 2014) from seed 0
    from srlcap.negatives import SplitMix64

    rng = SplitMix64(0)
    assert [rng._next() for _ in range(3)] == [0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4, 0x06C45D188009454F]
    # random.Random's methods over it: in range, and the same stream for the same seed
    a, b = SplitMix64(42), SplitMix64(42)
    draws = [a.randrange(7) for _ in range(2000)]
    assert draws == [b.randrange(7) for _ in range(2000)]
    assert set(draws) == set(range(7)) and all(0.0 <= a.random() < 1.0 for _ in range(1000))
    assert a.getrandbits(0) == 0 and a.getrandbits(130) < 2**130


def test_a_style_that_cannot_say_a_change_does_not_drop_the_negative(grammar, analyser):
    """Decided per style: a style without ArgMs holds null for an ArgM negative, and the
    negative stays for the styles that say it (it used to be dropped whole)."""
    from srlcap.grammar import Realiser
    from srlcap.schema import STYLES

    class NoArgmFigclip(Realiser):
        def figclip_parts(self, event, phrases=None):
            return super().figclip_parts(event.with_roles(r for r in event.roles if not r.argm), phrases)

    realiser = NoArgmFigclip(grammar, analyser)
    clip = _clip(grammar, _story(grammar))
    f = _factory(grammar, realiser, analyser, [clip], per_kind=2, kinds=("argm_replace",))
    ev = clip.events[0]
    negs = f.event_negatives(clip, ev, realiser.realise_event(ev))
    assert negs and all(n["kind"] == "argm_replace" for n in negs)
    for n in negs:
        assert n["figclip"] is None and n["natural"] and n["natural"] != realiser.realise_event(ev)["natural"]
    assert set(STYLES) <= set(negs[0])


# ---- cases a blind reader judged invalid (tests/quality/neg*), as small frames

def test_a_swapped_subject_from_a_prepositional_filler_takes_its_number(analyser):
    """"Institutions execute", not "executes": the number of "for institutions" is its object's."""
    analyser.analyse_all(["the firm", "for institutions"])
    host, donor = analyser("the firm"), analyser("for institutions")
    assert donor.plural is False  # the preposition's
    assert host.splice(0, 2, donor, 1, 2).plural is True


def test_a_swapped_subject_takes_the_number_of_its_prepositions_object(analyser):
    """"Cutbacks ... brace", not "braces" (neg14): whatever word of "for cutbacks in the
    computer industry, a major user of office space" the parse makes the root (spaCy takes
    the apposition's "user"), the moved entity's number is the preposition's object's;
    two joined by "and" are more than one."""
    filler = "for cutbacks in the computer industry, a major user of office space"
    analyser.analyse_all(["developers", filler, "for John and Mary", "for a user of office space"])
    host = analyser("developers")
    donor = analyser(filler)
    assert host.splice(0, 1, donor, 1, len(donor.tokens)).plural is True
    pair = analyser("for John and Mary")
    assert host.splice(0, 1, pair, 1, len(pair.tokens)).plural is True
    one = analyser("for a user of office space")
    assert host.splice(0, 1, one, 1, len(one.tokens)).plural is False


def test_a_name_spacy_tags_as_a_common_noun_keeps_its_capital(realiser):
    ev = make_event("tip", "tip.01", {"Arg0 (tipper)": "His daughter", "Arg1 (tipped)": "Waksal"})
    realiser.analyse.analyse_all(["His daughter", "Waksal"])
    assert "tips Waksal" in realiser.natural(ev)


def test_colour_words_used_as_nouns_are_not_attributes(analyser):
    analyser.analyse_all(["a pound of silver", "a silver fork"])
    assert analyser("a pound of silver").attributes == ()
    assert analyser("a silver fork").attributes != ()


def test_graded_attributes_contrast_only_with_their_opposite_band(grammar):
    from types import SimpleNamespace

    from srlcap.negatives.attributes import _contrast

    ctx = SimpleNamespace(grammar=grammar)
    assert _contrast(ctx, "large", "small", "size") and not _contrast(ctx, "tall", "small", "size")
    assert not _contrast(ctx, "heavy", "thin", "build") and _contrast(ctx, "fat", "thin", "build")
    assert _contrast(ctx, "red", "black", "colour") and not _contrast(ctx, "dark", "black", "colour")


def test_entity_replace_never_uses_the_same_noun_less_or_more_described(grammar, realiser, analyser):
    """"Investors" may be the "bond investors"; "a company" may be "our company"."""
    E = lambda *a, **k: make_event(*a, grammar=grammar, **k)  # noqa: E731
    events = [
        E("extract", "extract.01", {"Arg0 (extractor)": "bond investors", "Arg1 (thing extracted)": "many clues"}, name="Ev1"),
        E("buy", "buy.01", {"Arg0 (buyer)": "investors", "Arg1 (thing bought)": "shares"}, name="Ev2"),
        E("sell", "sell.01", {"Arg0 (seller)": "a broker", "Arg1 (thing sold)": "bonds"}, name="Ev3"),
    ]
    clip = _clip(grammar, events)
    f = _factory(grammar, realiser, analyser, [clip], per_kind=5)
    texts = [n["natural"] for n in _of(f.event_negatives(clip, clip.events[0], realiser.realise_event(clip.events[0])),
                                        "entity_replace")]
    assert not any(t.startswith("Investors") for t in texts)


def test_a_pronoun_a_clause_describes_is_no_entity_to_put_in(analyser):
    """"He who feels secure from punishment phrased it" (neg14): "he who ..." says whoever
    is so, no one in particular; a person described by a clause is someone."""
    from types import SimpleNamespace

    from srlcap.frames import Role
    from srlcap.negatives.roles import _generic

    fillers = ["He who feels secure from punishment", "those who wait", "a man who feels secure", "she"]
    analyser.analyse_all(fillers)
    ctx = SimpleNamespace(analyse=analyser)
    generic = [_generic(ctx, Role("Arg0", "Arg0", "agent", f, None)) for f in fillers]
    assert generic == [True, True, False, False]


def test_an_owner_and_what_it_owns_do_not_swap(analyser):
    """"The company insulates the company's board from takeover" (neg14): one entity
    named as the other's owner; two others do swap."""
    from types import SimpleNamespace

    from srlcap.frames import Role
    from srlcap.negatives.roles import _owns

    analyser.analyse_all(["the company's board", "the company", "a company", "the union's leaders"])
    ctx = SimpleNamespace(analyse=analyser, memo={})
    board, company = Role("Arg0", "Arg0", "a", "the company's board", None), Role("Arg1", "Arg1", "b", "the company", None)
    assert _owns(ctx, company, board) and not _owns(ctx, board, company)
    assert _owns(ctx, Role("Arg1", "Arg1", "b", "a company", None), board)
    assert not _owns(ctx, company, Role("Arg0", "Arg0", "a", "the union's leaders", None))


def test_in_prose_only_one_seen_acting_on_something_takes_the_agents_slot(grammar, nlp):
    """"the doctor is a kid with hematuria, the patient is you" (neg10): in prose a kid
    seen only as an agent of nothing ("the kid complains") does not swap into the agent's
    slot; a doctor seen treating someone does."""
    from types import SimpleNamespace

    from srlcap.analysis import Analyser
    from srlcap.frames import Role
    from srlcap.negatives.roles import _may_act

    prose = Analyser(grammar, nlp=nlp, written=True)
    E = lambda *a, **k: make_event(*a, grammar=grammar, **k)  # noqa: E731
    events = [E("complain", "complain.01", {"Arg0 (complainer)": "the kid"}, name="Ev1"),
              E("treat", "treat.01", {"Arg0 (doctor)": "the doctor", "Arg1 (patient)": "a boy"}, name="Ev2")]
    prose.analyse_all(["the kid", "the doctor", "a boy", "a kid with hematuria", "a doctor"])
    ctx = SimpleNamespace(analyse=prose, memo={}, grammar=grammar, agent_heads=frozenset({"kid", "doctor"}),
                          verb_events={ev.verb_id: [ev] for ev in events})
    agent = Role("Arg0", "Arg0", "agent", "you", None)
    assert not _may_act(ctx, Role("Arg1", "Arg1", "patient", "a kid with hematuria", None), agent)
    assert _may_act(ctx, Role("Arg1", "Arg1", "patient", "a doctor", None), agent)


def test_a_gerund_is_no_entity_to_move(grammar, analyser):
    from types import SimpleNamespace

    from srlcap.frames import Role
    from srlcap.negatives.base import entity_text

    analyser.analyse_all(["for flaking on me", "for the old man"])
    ctx = SimpleNamespace(analyse=analyser)
    assert entity_text(ctx, Role("Arg2", "Arg2", "for", "for flaking on me", None)) is None
    assert entity_text(ctx, Role("Arg2", "Arg2", "for", "for the old man", None)) == "the old man"


def test_role_swap_leaves_entities_named_through_a_pronoun_or_a_state(grammar, realiser, analyser):
    """"Her dad laughs at a little girl" (her before whom it means); "a sleeping patient
    looks at a nurse" (a state cannot act); "into her ear" after a man and a woman swap
    is the hearer's, so it becomes his (neg3/n042 kept "her")."""
    E = lambda *a, **k: make_event(*a, grammar=grammar, **k)  # noqa: E731
    events = [
        E("laugh", "laugh.01", {"Arg0 (laugher)": "little girl", "Arg2 (laughed at)": "at her dad"}, name="Ev1"),
        E("look", "look.01", {"Arg0 (looker)": "nurse", "Arg1 (thing looked at)": "sleeping patient"}, name="Ev2"),
        E("whisper", "whisper.01", {"Arg0 (whisperer)": "man", "Arg2 (hearer)": "to woman",
                                    "ArgM (direction)": "into her ear"}, name="Ev3"),
        E("push", "push.01", {"Arg0 (pusher)": "man", "Arg1 (thing pushed)": "woman"}, name="Ev4"),
        E("wave", "wave.01", {"Arg0 (waver)": "woman"}, name="Ev5"),
    ]
    clip = _clip(grammar, events)
    f = _factory(grammar, realiser, analyser, [clip], per_kind=3)
    made = {ev.name: _of(f.event_negatives(clip, ev, realiser.realise_event(ev)), "role_swap") for ev in clip.events}
    assert made["Ev1"] == made["Ev2"] == []
    assert made["Ev3"] and all("into his ear" in n["natural"] for n in made["Ev3"]), made["Ev3"]
    assert made["Ev4"]  # two people with nothing pointing at either still swap


def test_a_bare_gerund_is_no_entity(analyser):
    from types import SimpleNamespace

    from srlcap.frames import Role
    from srlcap.morphology import is_gerund
    from srlcap.negatives.base import entity_text

    assert is_gerund("missing") and is_gerund("running") and not is_gerund("king") and not is_gerund("string")
    analyser.analyse_all(["missing"])
    assert entity_text(SimpleNamespace(analyse=analyser), Role("Arg2", "Arg2", "state", "missing", None)) is None


def test_an_attribute_in_brackets_is_a_gloss_not_changed(analyser):
    """"Someone mints out of cuprite (blue copper)" (neg14): the bracketed words gloss the
    name before them; outside brackets the colour is an attribute."""
    from srlcap.negatives.attributes import _not_an_attribute

    analyser.analyse_all(["out of cuprite (red copper)", "out of red copper"])
    glossed, plain = analyser("out of cuprite (red copper)"), analyser("out of red copper")
    i = next(k for k, t in enumerate(glossed.tokens) if t.text == "red")
    j = next(k for k, t in enumerate(plain.tokens) if t.text == "red")
    assert _not_an_attribute(glossed, i, "colour") and not _not_an_attribute(plain, j, "colour")


def test_an_attribute_a_concession_grants_is_not_changed(analyser):
    """"Even though Taiwan ... are big islands, the map of our dreams knows no limits"
    (neg14): the concession's attribute is bound to the sentence's point."""
    from srlcap.negatives.attributes import _not_an_attribute

    conceded = "even though they are tiny islands, the map knows no limits"
    analyser.analyse_all([conceded, "tiny islands"])
    p, q = analyser(conceded), analyser("tiny islands")
    i = next(k for k, t in enumerate(p.tokens) if t.text == "tiny")
    assert _not_an_attribute(p, i, "size") and not _not_an_attribute(q, 0, "size")


def test_attributes_of_abstractions_are_not_changed(analyser):
    """"a large number" -> "a little number", "the dark side of life" -> "the yellow side"."""
    from srlcap.negatives.attributes import _not_an_attribute

    analyser.analyse_all(["a large number of branches", "a large box"])
    number, box = analyser("a large number of branches"), analyser("a large box")
    assert _not_an_attribute(number, 1, "size") and not _not_an_attribute(box, 1, "size")


def test_event_order_never_opens_with_a_pronoun(grammar, realiser, analyser):
    """"First, her shoe falls off her foot. Then, a woman ... runs down the stairs"."""
    import random

    from srlcap.negatives import CLIP_GENERATORS

    E = lambda *a, **k: make_event(*a, grammar=grammar, **k)  # noqa: E731
    events = [
        E("run", "run.02", {"Arg0 (runner)": "woman in sparkly dress", "ArgM (direction)": "down the stairs"},
          name="Ev1", relation="Causes"),
        E("fall", "fall.01", {"Arg1 (thing falling)": "her shoe", "Arg3 (start point)": "off her foot"},
          name="Ev2", relation="Causes"),
        E("pick", "pick_up.04", {"Arg0 (picker)": "man in bellhop uniform", "Arg1 (thing picked)": "shoe"}, name="Ev3"),
    ]
    clip = _clip(grammar, events)
    f = _factory(grammar, realiser, analyser, [clip], per_kind=3)
    orders = [[ev.name for ev in order] for order, _ in CLIP_GENERATORS["event_order"](f.ctx, clip, random.Random(0))]
    assert orders == []  # the only pair before the anchor would open with "her shoe"


def test_verbs_seen_on_one_thing_in_a_clip_are_no_negatives_of_each_other(grammar, realiser, analyser):
    """Judged still true: "grabs a notebook" -> "carries a notebook" (steps of one activity)."""
    from srlcap.negatives.verbs import VerbLexicon

    E = lambda *a, **k: make_event(*a, grammar=grammar, **k)  # noqa: E731
    events = [E("grab", "grab.01", {"Arg0 (grabber)": "woman", "Arg1 (thing grabbed)": "notebook"}, name="Ev1"),
              E("carry", "carry.01", {"Arg0 (carrier)": "woman", "Arg1 (thing carried)": "notebook"}, name="Ev2"),
              E("open", "open.01", {"Arg0 (opener)": "man", "Arg1 (thing opened)": "door"}, name="Ev3")]
    clip = _clip(grammar, events)
    analyser.analyse_all(r.filler for e in clip.events for r in e.roles)
    lex = VerbLexicon.from_clips([clip], analyser)
    assert lex.together == {"grab": frozenset({"carry"}), "carry": frozenset({"grab"})}
    f = _factory(grammar, realiser, analyser, [clip], per_kind=5)
    made = [n["natural"] for n in f.event_negatives(clip, clip.events[0], realiser.realise_event(clip.events[0]))
            if n["kind"] in ("verb_replace", "figclip_verb")]
    assert not any("carries" in t for t in made)
