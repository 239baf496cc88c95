"""Word order inside an event caption: where a manner adverb goes (by where PropBank's
examples put it, grammars/adverbs_propbank.json), and a one-word direction right after
the verb and its objects (round 7: "uncontrollably laughs", "falls off the edge down",
"falls onto a stack of boxes backwards")."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from conftest import make_event
from srlcap.lexicon import AdverbPositions

ROOT = Path(__file__).resolve().parents[1]
GRAMMARS = ROOT / "grammars"
FRAMES = ROOT.parent / "shared" / "realdata" / "propbank" / "frames.tar.xz"


def _say(realiser, grammar, verb, verb_id, args):
    return realiser.natural(make_event(verb, verb_id, args, grammar=grammar))


# ------------------------------------------------------------------ the table

def test_the_table_reads_propbanks_sides():
    table = AdverbPositions.load()
    assert table.after("loudly", False) is True  # "laughed loudly" (alone 0:3)
    assert table.after("tightly", True) is True  # "held it tightly" (with an object 0:2)
    assert table.after("quickly", True) is False  # "quickly sold the shares" (10:0)
    assert table.after("closely", False) is True  # "worked closely with" (once): all adverbs alone, 65:87
    # an adverb never seen goes where all adverbs go: before an object, after a verb alone
    assert not table.seen("uncontrollably", False) and not table.seen("uncontrollably", True)
    assert table.after("uncontrollably", True) is False and table.after("uncontrollably", False) is True
    before, after = table.counts("*", True)
    assert before > 2 * after  # PropBank's -ly manner adverbs stand before a verb with an object
    before, after = table.counts("*", False)
    assert after > before  # and after a verb without one


def test_the_shipped_table_is_what_make_adverbs_writes(tmp_path):
    if not FRAMES.is_file():
        pytest.skip("the PropBank frame files are not in this workplace")
    spec = importlib.util.spec_from_file_location("make_adverbs", GRAMMARS / "make_adverbs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main([str(FRAMES), "--out", str(tmp_path)]) == 0
    assert (tmp_path / "adverbs_propbank.json").read_bytes() == (GRAMMARS / "adverbs_propbank.json").read_bytes()


def test_the_table_says_its_licence():
    assert "adverbs_propbank.json" in (GRAMMARS / "LICENSE-propbank.txt").read_text(encoding="utf-8")
    raw = json.loads((GRAMMARS / "adverbs_propbank.json").read_text(encoding="utf-8"))
    assert all(set(v) == {"alone_before", "alone_after", "object_before", "object_after"} for v in raw.values())
    assert all(k.endswith("ly") for k in raw if k != "*")


# ------------------------------------------------------------------ adverbs

@pytest.mark.parametrize("verb, verb_id, args, expected", [
    # never in PropBank, no object: after the verb (round7/q001 "uncontrollably laughs")
    ("laugh", "laugh.01", {"Arg0 (laugher)": "girl in pink sweater", "Arg2 (laughed at)": "at a boy",
                           "ArgM (manner)": "uncontrollably"},
     "A girl in a pink sweater laughs uncontrollably at a boy."),
    # after a phrasal verb's particle (round7/q045 "embarrassedly stands up")
    ("stand up", "stand_up.07", {"Arg1 (thing standing)": "man in straw hat", "ArgM (manner)": "embarrassedly"},
     "A man in a straw hat stands up embarrassedly."),
    # PropBank writes "loudly" after its verb (0:5)
    ("laugh", "laugh.01", {"Arg0 (laugher)": "ranch hands", "Arg2 (laughed at)": "at a man",
                           "ArgM (manner)": "loudly"},
     "Ranch hands laugh loudly at a man."),
    # PropBank writes "slowly" before (7:0): it stays before, no object or not
    ("walk", "walk.01", {"Arg0 (walker)": "man in black suit", "ArgM (direction)": "along the pier",
                         "ArgM (manner)": "slowly"},
     "A man in a black suit slowly walks along the pier."),
    # a pronoun object: after it ("hopefully" as the watcher's manner, round7/q008)
    ("watch", "watch.01", {"Arg0 (watcher)": "girl", "Arg1 (thing watched)": "it", "ArgM (manner)": "hopefully"},
     "A girl watches it hopefully."),
    # PropBank writes "closely" after a verb alone ("worked closely with"; round4/q094)
    ("look", "look.01", {"Arg0 (looker)": "doctor", "Arg1 (thing looked at)": "at the wound",
                         "ArgM (manner)": "closely"},
     "A doctor looks closely at the wound."),
    # a short object and an adverb PropBank writes after: after the object (round7/q179)
    ("hold", "hold.01", {"Arg0 (holder)": "young soldier", "Arg1 (thing held)": "his rifle",
                         "ArgM (manner)": "tightly"},
     "A young soldier holds his rifle tightly."),
    # ... but not after a long one
    ("fight", "fight.01", {"Arg0 (fighter)": "man in conductor uniform", "Arg1 (opponent)": "man with shaved head",
                           "ArgM (manner)": "violently"},
     "A man in a conductor uniform violently fights a man with a shaved head."),
    # never in PropBank, a noun object: before, as before ("admiringly watch the couple")
    ("kiss", "kiss.01", {"Arg0 (kisser)": "groom", "Arg1 (kissed)": "bride", "ArgM (manner)": "happily"},
     "A groom happily kisses a bride."),
])
def test_manner_adverb_placement(realiser, grammar, verb, verb_id, args, expected):
    assert _say(realiser, grammar, verb, verb_id, args) == expected


# ------------------------------------------------------------------ directions

@pytest.mark.parametrize("verb, verb_id, args, expected", [
    # round7/q169 "falls off the edge down"
    ("fall", "fall.01", {"Arg1 (thing falling)": "man", "Arg4 (end point)": "off the edge",
                         "ArgM (direction)": "down"},
     "A man falls down off the edge."),
    # round7/q076, round5/q051 "falls onto a stack of boxes backwards"
    ("fall", "fall.01", {"Arg1 (thing falling)": "bald man", "Arg4 (end point)": "onto a stack of boxes",
                         "ArgM (direction)": "backwards"},
     "A bald man falls backwards onto a stack of boxes."),
    # the direction before a manner adverb after the verb
    ("walk", "walk.01", {"Arg0 (walker)": "soldier", "ArgM (direction)": "backwards", "ArgM (manner)": "cautiously"},
     "A soldier walks backwards cautiously."),
])
def test_one_word_direction_right_after_the_verb(realiser, grammar, verb, verb_id, args, expected):
    assert _say(realiser, grammar, verb, verb_id, args) == expected


# ------------------------------------------------------------------ trailing phrases

@pytest.mark.parametrize("verb, verb_id, args, expected", [
    # a source before the goal next to it (round5/q019 "falls into the field from the sky")
    ("fall", "fall.01", {"Arg1 (thing falling)": "glowing meteor", "Arg4 (end point)": "into the field",
                         "Arg3 (start point)": "from the sky"},
     "A glowing meteor falls from the sky into the field."),
    # a scene's place right after the phrase naming its noun; its time stays last
    # (round7/q170 "onto the boat with effort at sea")
    ("pull", "pull.01", {"Arg0 (puller)": "fisherman", "Arg1 (thing pulled)": "fishing net",
                         "Arg2 (destination)": "onto the boat", "ArgM (manner)": "with effort",
                         "Scene of the Event": "fishing boat at sea"},
     "A fisherman pulls a fishing net onto the boat at sea with effort."),
    ("fall", "fall.01", {"Arg1 (thing falling)": "glowing meteor", "Arg4 (end point)": "into the field",
                         "Scene of the Event": "cornfield at night"},
     "A glowing meteor falls into the field at night."),
    # what talk is about ends the sentence (round7/q039 "about their father in a log
    # cabin"), and its place does not split it from whom it is said to (round8/q028,
    # round9/q076 "to a woman with blonde hair in a log cabin about their father"): the
    # place opens the sentence
    ("talk", "talk.01", {"Arg0 (talker)": "woman in red flannel", "Arg2 (hearer)": "to a woman",
                         "Arg1 (subject)": "about their father", "Scene of the Event": "log cabin"},
     "In a log cabin, a woman in a red flannel talks to a woman about their father."),
])
def test_trailing_phrases_order(realiser, grammar, verb, verb_id, args, expected):
    assert _say(realiser, grammar, verb, verb_id, args) == expected


def test_a_clause_or_a_long_object_keeps_the_adverb_before(prose_like):
    realiser, grammar = prose_like
    # "needs urgently to find" and "misspends grossly much of the money" read badly
    assert _say(realiser, grammar, "need", "need.01", {
        "Arg0 (needer)": "Someone", "Arg1 (thing needed)": "to find a way to prevent pollution",
        "ArgM (manner)": "urgently"}) == "Someone urgently needs to find a way to prevent pollution."
    assert _say(realiser, grammar, "misspend", "misspend.01", {
        "Arg0 (spender)": "Someone", "Arg1 (money)": "much of the money",
        "ArgM (manner)": "grossly"}) == "Someone grossly misspends much of the money."


@pytest.fixture(scope="module")
def prose_like(grammar, nlp):
    """A realiser as a build of written prose (the PropBank frames) makes it."""
    from srlcap.analysis import Analyser
    from srlcap.grammar import Realiser

    return Realiser(grammar, Analyser(grammar, nlp=nlp, written=True)), grammar


# ------------------------------------------------------------------ round 9: the bundled sample's frames

def _sample_event(clip_id: str, name: str):
    """An event of the bundled sample, with its entities, as the build reads it."""
    from srlcap.build import BUNDLED_SAMPLE
    from srlcap.frames import assign_entities
    from srlcap.readers import read_vidsitu

    kinds = frozenset({"direction", "manner", "location", "purpose", "goal"})
    clip = next(c for c in (*read_vidsitu(BUNDLED_SAMPLE, "train", kinds), *read_vidsitu(BUNDLED_SAMPLE, "valid", kinds))
                if c.clip_id == clip_id)
    return next(ev for ev in assign_entities(clip.events) if ev.name == name)


@pytest.mark.parametrize("clip_id, name, expected", [
    # a setting would split whom it is said to from what about, or from what is asked:
    # it opens the caption (round9/q011, q076, q133; round8/q028)
    ("v_8hse6eHX9mt_seg_144_154", "Ev3",
     "At a desert gas station, a woman in cowboy boots talks casually to an attendant in a blue cap about the road ahead."),
    ("v_VnfpXx0O4Ij_seg_207_217", "Ev1",
     "In a log cabin, a woman in a red flannel talks angrily to a woman with blonde hair about their father."),
    ("v_qApCE1eDJVX_seg_95_105", "Ev2",
     "In a ballroom, a man in a black tuxedo asks a woman in a red gown if she would dance."),
    # a depictive: a past participle opens the caption, an -ing form ends it after a comma
    # (round9/q064, q079; round8/q149)
    ("v_Xuxq_NOUbK4_seg_65_75", "Ev4", "Dazed, a man in a denim jacket opens a car door on a city street."),
    ("v_Xuxq_NOUbK4_seg_65_75", "Ev5", "A man in a denim jacket runs into an alley on a city street, limping."),
    # not "on a snowy tundra": the snow is said (round13's "through the rain on a rainy street")
    ("v_ibKXcjPfhsa_seg_305_315", "Ev2", "Exhausted, an explorer in an orange parka falls into the snow on a tundra."),
    # an adjective in -ed is a depictive too, not an adverb (round8/q086 "stands up embarrassedly")
    ("v_cCNbtkE805d_seg_66_76", "Ev4", "Embarrassed, a man in a straw hat stands up on a ranch."),
    # a depictive of more words is set off as one word is (the scene after a place said
    # with its own "on" opens the caption: not "on the ground on a mountain ridge")
    ("v_s643t3yD2wL_seg_174_184", "Ev5",
     "On a mountain ridge, a man in an orange climbing jacket sits on the ground, breathing heavily."),
    # one's own body as the manner of carrying goes with the object, before its path
    ("v_ibKXcjPfhsa_seg_305_315", "Ev4",
     "On a snowy tundra, a man with a frosted beard carries an explorer in an orange parka on his back towards the tent."),
    # a "location" that is where the thing goes is a path, before how it is done
    # ("away" goes before a goal into a place: round18/q076)
    ("v_Odv7iKidka0_seg_119_129", "Ev3", "A man in a business suit throws an umbrella into a trash can in disgust."),
    # a setting the object's compound names is not said again (round9/q106)
    ("v_ibKXcjPfhsa_seg_305_315", "Ev5", "A man with a frosted beard tightly closes the tent flap."),
    # a room of the building the scene names is the building's (round9/q155)
    ("v_6ZRvRTBGBR0_seg_54_64", "Ev1", "A security guard with a flashlight walks lazily through the museum gallery at night."),
    ("v_wx9-wFrrB7Y_seg_20_30", "Ev4", "A pancake drops onto the kitchen floor."),
])
def test_sample_setting_and_depictive_order(realiser, clip_id, name, expected):
    assert realiser.natural(_sample_event(clip_id, name)) == expected


@pytest.mark.parametrize("clip_id, name, expected", [
    # the scene after a place said with its own preposition (round11/q106 "on the ground
    # on a factory floor") or after two phrases of path or place (round11/q105, q010)
    # would read as where the last is: it opens the caption (round11/q122's "through the
    # rain" is a manner, and stacks nothing; its redundancy stays)
    ("v_VvSsmtR6SXR_seg_291_301", "Ev3",
     "On a factory floor, a worker with a grey beard angrily throws his hard hat on the ground."),
    ("v_ibKXcjPfhsa_seg_305_315", "Ev3",
     "On a tundra, a man with a frosted beard lifts an explorer in an orange parka out of the snow to his feet."),
    ("v_t69KQfihsoz_seg_266_276", "Ev3",
     "On a fishing boat at sea, a fisherman in a yellow raincoat proudly lifts a large fish from the net over his head."),
    ("v_cCNbtkE805d_seg_66_76", "Ev5", "On a ranch, a man in a straw hat angrily throws his hat on the ground."),
    # two prepositional phrases of any kind before it stack too, a manner's as well ("to
    # the mat with a twist in a martial arts dojo", round13/q075; "in surprise in a diner",
    # round10/q132); one path before it stacks nothing, and the scene stays last; so does a
    # scene said as the whole of a part ("on the deck of a yacht")
    ("v_GjT5szZwRnW_seg_77_87", "Ev4",
     "In a martial arts dojo, an instructor in a black gi pushes a student in a white gi to the mat with a twist."),
    ("v_eEbZrHyXJID_seg_188_198", "Ev5", "In a dark house, a woman in a nightgown runs out of the bathroom in panic."),
    ("v_Xuxq_NOUbK4_seg_65_75", "Ev5", "A man in a denim jacket runs into an alley on a city street, limping."),
    ("v_GG0FPJOsu_N_seg_333_343", "Ev1", "A man in a white captain's hat stands on the deck of a yacht at sea."),
])
def test_a_scene_after_stacked_places_opens_the_caption(realiser, clip_id, name, expected):
    assert realiser.natural(_sample_event(clip_id, name)) == expected


def test_a_setting_opens_only_a_standalone_caption(realiser, grammar):
    """A story's clause may follow "and": its setting and depictive stay inside it."""
    ev = _sample_event("v_Xuxq_NOUbK4_seg_65_75", "Ev4")
    clause = realiser.natural_clause(ev)
    assert clause == "a man in a denim jacket opens a car door on a city street, dazed"
    talk = make_event("talk", "talk.01", {"Arg0 (talker)": "woman", "Arg2 (hearer)": "to a man",
                                          "Arg1 (subject)": "about the road", "Scene of the Event": "gas station"},
                      grammar=grammar)
    assert not realiser.natural_clause(talk).startswith("at a gas station")
    # with no hearer, "about" ends the sentence after the place, as before
    alone = make_event("talk", "talk.01", {"Arg0 (talker)": "woman", "Arg1 (subject)": "about the road",
                                           "Scene of the Event": "gas station"}, grammar=grammar)
    assert realiser.natural(alone) == "A woman talks at a gas station about the road."


def test_a_thing_not_a_room_is_not_the_buildings(realiser, grammar):
    """Only a room or a fixture is said as the building's ("the museum gallery"): a car in
    a garage is not "the garage car"; nor a room of a scene with more words than its noun."""
    car = make_event("wash", "wash.01", {"Arg0 (washer)": "man", "Arg1 (thing washed)": "the car",
                                         "Scene of the Event": "garage"}, grammar=grammar)
    assert realiser.natural(car) == "A man washes the car in a garage."
    hall = make_event("walk", "walk.01", {"Arg0 (walker)": "man", "ArgM (direction)": "down the hall",
                                          "Scene of the Event": "old museum"}, grammar=grammar)
    assert "down the hall in an old museum" in realiser.natural(hall)


@pytest.mark.parametrize("clip_id, name, expected", [
    # kin told with "a" is the subject's (round9/q018)
    ("v_4BaDANf4-Ac_seg_160_170", "Ev4",
     "A little girl in a green dress tightly hugs her grandfather in a red sweater in a living room."),
    ("v_ghGT_o_x9NB_seg_72_82", "Ev3",
     "Two kids wave cheerfully at their mother in a grey coat in a school parking lot."),
    # a family is as kin are (round4/q127 "says a toast to a family")
    ("v_nd9yElrLinD_seg_240_250", "Ev3", "A father in a grey sweater says a toast to his family in a dining room."),
    # a person the annotation calls "the young man" is first told of here (round9/q063)
    ("v_bWMdWE1Thbn_seg_112_122", "Ev3", "A woman in a blue dress runs happily towards a young man in a farmhouse yard."),
    # "her" of no one in the sentence is a stranger's (round9/q094, round4/q168)
    ("v_eS3SAHUHQxx_seg_205_215", "Ev4", "A young man in a grey coat softly holds a woman's hand at a riverside festival."),
    ("v_QFym89i1Z7D_seg_73_83", "Ev3", "A man in a black hoodie violently grabs a woman's purse in a dark alley."),
    # "him" of no one in the sentence, beside a parent, is their child (round11/q111 "to
    # him" had no referent); "his" of that one is his
    ("v_FyV5gQrjEce_seg_98_108", "Ev4",
     "In a small kitchen, a mother with curly hair talks softly to her son about his school."),
    # a subject that leans on someone told before it: "he", "his friend", "her shoe"
    # (round8/q083 "His friend has no antecedent")
    ("v_mhsR_3kChig_seg_176_186", "Ev5", "A man carefully puts the letter in his coat pocket at a harbour."),
    ("v_IBietCtfRo3_seg_12_22", "Ev4", "A friend in a Hawaiian shirt enters a motel room, laughing."),
    ("v_h14JdF3VddB_seg_83_93", "Ev2", "A woman's shoe falls off her foot in a hotel lobby."),
    # a child told with "a" is no one's: alone, "a teenage boy"
    ("v_FyV5gQrjEce_seg_98_108", "Ev2", "A teenage boy in a black t-shirt sits down reluctantly in a small kitchen."),
    # kin told bare are someone's (round9/q123 "Parents watch them")
    ("v_4BaDANf4-Ac_seg_160_170", "Ev5", "The parents watch them fondly from the couch."),
    # "him" of no one in the sentence, beside a woman: a man; beside a mother, her family's
    ("v_qApCE1eDJVX_seg_95_105", "Ev5", "A woman in a red gown whispers playfully to a man in a ballroom."),
    # her own coat stays hers
    ("v_Gf5FdztZfaK_seg_222_232", "Ev5",
     "A woman in a yellow raincoat hides a small notebook under her coat from a gardener."),
])
def test_sample_people_told_as_a_caption_of_their_own(realiser, clip_id, name, expected):
    assert realiser.natural(_sample_event(clip_id, name)) == expected


def test_a_standalone_caption_keeps_what_it_should(realiser, grammar):
    """The subject keeps its "the"; things keep theirs; one of an occasion keeps "the";
    kin of a subject whose gender is unknown is not given an owner."""
    assert realiser.natural(make_event("drink", "drink.01", {"Arg0 (drinker)": "the old man", "Arg1 (liquid)": "water"},
                                       grammar=grammar)) == "The old man drinks water."
    assert realiser.natural(make_event("open", "open.01", {"Arg0 (opener)": "woman", "Arg1 (thing opening)": "the door"},
                                       grammar=grammar)) == "A woman opens the door."
    assert "kisses the bride" in realiser.natural(make_event(
        "kiss", "kiss.01", {"Arg0 (kisser)": "man in suit", "Arg1 (kissed)": "the bride"}, grammar=grammar))
    assert realiser.natural(make_event("hug", "hug.01", {"Arg0 (hugger)": "soldier", "Arg1 (hugged)": "mother"},
                                       grammar=grammar)) == "A soldier hugs a mother."
    # kin of kin is theirs only as a parent's child is
    assert realiser.natural(make_event("smile", "smile.01", {"Arg0 (smiler)": "mother in blue cardigan",
                                                             "Arg2 (smiled at)": "father in grey sweater"},
                                       grammar=grammar)) == "A mother in a blue cardigan smiles at a father in a grey sweater."
    assert realiser.natural(make_event("hug", "hug.01", {"Arg0 (hugger)": "mother", "Arg1 (hugged)": "little son"},
                                       grammar=grammar)) == "A mother hugs her little son."
    # a manner of one's body said with "into" or "with" is not a way of holding: it stays
    whisper = make_event("whisper", "whisper.01", {"Arg0 (speaker)": "man in white jacket", "Arg2 (hearer)": "to a woman",
                                                   "ArgM (manner)": "into her ear"}, grammar=grammar)
    assert realiser.natural(whisper) == "A man in a white jacket whispers to a woman into her ear."
    # a child whose "of" says whose is someone's
    assert realiser.natural(make_event("run", "run.01", {"Arg0 (runner)": "son of a farmer"},
                                       grammar=grammar)) == "A son of a farmer runs."
    # the story tells the annotation's words: "the young man" there was told of before
    story = realiser.natural_paragraph(
        [_sample_event("v_bWMdWE1Thbn_seg_112_122", n) for n in ("Ev1", "Ev2", "Ev3", "Ev4", "Ev5")])
    assert "towards a young man" not in story


def test_an_edited_subject_owns_the_kin_by_its_own_gender(realiser):
    """An attribute negative edits the subject's words (phrases): the kin is the edited
    subject's ("a little boy ... hugs his grandfather"), not the positive's "her"."""
    ev = _sample_event("v_4BaDANf4-Ac_seg_160_170", "Ev4")
    boy = {"Arg0": realiser.analyse("little boy in green dress")}
    assert realiser.natural(ev, boy) == \
        "A little boy in a green dress tightly hugs his grandfather in a red sweater in a living room."


# ------------------------------------------------------------------ an infinitive subject

@pytest.mark.parametrize("verb, verb_id, args, expected", [
    ("amuse", "amuse.01", {"Arg0 (causer of mirth)": "to read your recent news stories on the banking industry",
                           "Arg1 (mirthful entity)": "I"},
     "It amuses me to read your recent news stories on the banking industry."),
    ("sicken", "sicken.01", {"Arg0 (cause)": "to think I missed the party", "Arg1 (experiencer)": "I"},
     "It sickens me to think I missed the party."),
])
def test_an_infinitive_subject_goes_after_its_verb_with_it_in_its_place(realiser, grammar, verb, verb_id, args,
                                                                        expected):
    """English says an infinitive subject after the verb and its object, with "it" where
    the subject stood: "It amuses me to read ...", not "To read ... amuses me" (round15/q040)."""
    assert _say(realiser, grammar, verb, verb_id, args) == expected


def test_a_noun_subject_stays_before_its_verb(realiser, grammar):
    assert _say(realiser, grammar, "amuse", "amuse.01",
                {"Arg0 (causer of mirth)": "the clown", "Arg1 (mirthful entity)": "the children"}) \
        == "The clown amuses the children."


# ------------------------------------------------------------------ a bare role beside a prepositional Arg1

@pytest.mark.parametrize("verb, verb_id, args, expected", [
    ("rid", "rid.01", {"Arg0 (entity removing)": "the program", "Arg2 (removed from)": "the government",
                       "Arg1 (thing being removed)": "of hundreds of assets"},
     "The program rids the government of hundreds of assets."),
])
def test_a_role_propbank_shows_bare_beside_a_prepositional_arg1_is_the_object(realiser, grammar, verb, verb_id,
                                                                               args, expected):
    """PropBank shows rid.01's Arg2 bare and its Arg1 only after "of": Arg2 is the direct
    object, not a "from" phrase its name ("removed from") suggests (round15/q054: "rids of
    hundreds of assets from the government")."""
    said = _say(realiser, grammar, verb, verb_id, args)
    if expected is not None:
        assert said == expected
    assert " from " not in said


def test_without_the_arg1_the_role_keeps_its_names_preposition(realiser, grammar):
    """flail.01's Arg1 takes "at" and its instrument was seen bare once: with no Arg1 said,
    the instrument is no object ("flails with his fists", not "flails his fists" for the hitting)."""
    assert "with" in _say(realiser, grammar, "flail", "flail.01",
                          {"Arg0 (hitter)": "the man", "Arg2 (instrument of hitting)": "his fists"})


# ------------------------------------------------------------------ caps17: round 15 and round 16's PropBank captions

@pytest.mark.parametrize("verb, verb_id, args, expected", [
    ("animate", "animate.01", {"Arg1 (cartoon)": "shows"}, "Shows are animated."),
    ("cherish", "cherish.01", {"Arg1 (thing cherished)": "causes"}, "Causes are cherished."),
])
def test_a_plural_noun_the_tagger_read_as_a_verb_agrees_as_a_plural(prose_like, verb, verb_id, args, expected):
    """A lone noun the tagger read as a verb's -s form is a plural ("Shows is animated",
    round15/q170)."""
    realiser, grammar = prose_like
    assert _say(realiser, grammar, verb, verb_id, args) == expected


def test_a_clause_with_a_verb_s_form_stays_one_thing(prose_like):
    realiser, _ = prose_like
    assert realiser.analyse("shows").plural
    assert not realiser.analyse("what the morning-after pill actually does").plural  # ("does": "doe"+"s")


@pytest.mark.parametrize("verb, verb_id, args, expected", [
    ("crack", "crack.01", {"Arg0 (shaker)": "The newspaper boys", "Arg1 (thing shaking)": "jokes"},
     "The newspaper boys crack jokes."),
    ("crack", "crack.01", {"Arg0 (shaker)": "The delivery boys", "Arg1 (thing shaking)": "jokes"},
     "The delivery boys crack jokes."),
])
def test_a_plural_read_as_a_verb_after_its_modifier_noun_is_a_noun_phrase(prose_like, verb, verb_id, args,
                                                                           expected):
    """English has no verb "boy": "The newspaper boys" is a noun phrase, not "newspaper"
    doing "boys", and its verb agrees with a plural (round16/q089: "The newspaper boys
    cracks jokes")."""
    realiser, grammar = prose_like
    assert _say(realiser, grammar, verb, verb_id, args) == expected


def test_a_noun_described_by_a_past_participle_is_a_noun_phrase(prose_like):
    """A noun and the participle describing it, which the parser reads as a clause ("boat"
    doing "crowded"), is a noun phrase: the subject, its manner after the verb
    (round20/q030: "Someone capsizes at least twice a fishing boat crowded with ...").
    A clause that says its verb as a predicate stays one ("that the economy contracted in
    October", "the man walked in the park")."""
    realiser, grammar = prose_like
    assert realiser.analyse("A fishing boat crowded with more than 100 African migrants").kind == "np"
    assert _say(realiser, grammar, "capsize", "capsize.01", {
        "Arg1 (thing capsizing)": "A fishing boat crowded with more than 100 African migrants",
        "ArgM (manner)": "at least twice"}) \
        == "A fishing boat crowded with more than 100 African migrants capsizes at least twice."
    assert realiser.analyse("that the manufacturing economy contracted in October").kind != "np"
    assert realiser.analyse("The man walked the dog in the park").kind == "clause"


def test_a_pair_of_prepositional_phrases_brings_its_own_preposition(prose_like):
    """A filler opened by a correlative before a preposition ("either to gold or ...") is
    prepositional already and takes no role's preposition (round20/q166: "anchored with
    either to gold"); a correlative before a noun still takes one ("with both hands")."""
    realiser, grammar = prose_like
    assert _say(realiser, grammar, "anchor", "anchor.01", {
        "Arg1 (thing anchored)": "the dollar", "ArgM (manner)": "either to gold or other currencies"}) \
        == "The dollar is anchored either to gold or other currencies."
    assert _say(realiser, grammar, "grab", "grab.01", {
        "Arg0 (grabber)": "the man", "Arg1 (thing grabbed)": "the rope", "ArgM (manner)": "both hands"}) \
        == "The man grabs the rope with both hands."


def test_a_body_part_the_doer_uses_is_their_own(prose_like):
    """A means ("using", "with") that is a body part said with "a" is the doer's own,
    where the subject says whose (round20/q137, round1/q179: "using a massive shoulder");
    the thing acted on may be anyone's ("examines a knee"), and a doer whose noun does not
    say he or she leaves "a"."""
    realiser, grammar = prose_like
    assert _say(realiser, grammar, "splinter", "splinter.01", {
        "Arg0 (agent or cause)": "he", "Arg1 (thing broken)": "the barrier",
        "Arg2 (instrument)": "Using a massive shoulder"}) == "He splinters the barrier using his massive shoulder."
    assert _say(realiser, grammar, "examine", "examine.01", {"Arg0 (examiner)": "she", "Arg1 (examined)": "a knee"}) \
        == "She examines a knee."
    assert _say(realiser, grammar, "splinter", "splinter.01", {
        "Arg0 (agent or cause)": "the doctor", "Arg1 (thing broken)": "the barrier",
        "Arg2 (instrument)": "with a shoulder"}) == "The doctor splinters the barrier with a shoulder."


def test_a_kin_word_said_as_a_name_is_written_with_a_capital(prose_like):
    """A bare singular kin word is a name: "pounds Dad" (round15/q130: "pounds mom")."""
    realiser, grammar = prose_like
    assert _say(realiser, grammar, "pound", "pound.02", {"Arg0 (agent, hitter)": "the boy",
                                                         "Arg1 (thing hit)": "dad"}) == "The boy pounds Dad."


def test_a_person_as_a_bare_object_gets_the(prose_like):
    """A bare singular person noun as the thing acted on is no idiom's bare noun
    (round15/q113: "designates beneficiary"); one of a pair stays bare."""
    realiser, grammar = prose_like
    assert _say(realiser, grammar, "designate", "designate.01",
                {"Arg0 (designator)": "the widow", "Arg1 (designated)": "heir"}) == "The widow designates the heir."
    assert "pits brother against brother" in _say(
        realiser, grammar, "pit", "pit.01", {"Arg0 (entity setting up a fight)": "the war",
                                             "Arg1 (one combatant)": "brother", "Arg2 (other combatant)": "against brother"})


def test_an_indefinite_pronoun_and_the_end_of_a_hyphenated_word_take_no_capital(prose_like):
    """"Others" had its capital only as its sentence's first word (round16/q010: "moves
    Others"); the end of a hyphenated word is no name ("lookee-Loos", round16/q076)."""
    realiser, grammar = prose_like
    assert _say(realiser, grammar, "move", "move.05", {"Arg0 (causer of emotion)": "the news",
                                                       "Arg1 (experiencer of the emotion)": "Others"}) \
        == "The news moves others."
    said = _say(realiser, grammar, "file", "file.03", {"Arg0 (walker)": "a crowd of lookee-loos",
                                                       "ArgM (location)": "through"})
    assert "lookee-loos" in said


@pytest.mark.parametrize("verb, verb_id, args, expected", [
    ("will", "will.01", {"Arg0 (bequeather, giver)": "an old widow", "Arg1 (inheritance, gift)": "her house",
                         "Arg2 (beneficiary)": "the church"},
     "An old widow wills her house to the church."),
    ("apportion", "apportion.01", {"Arg0 (divider)": "the judge", "Arg1 (thing divided)": "the estate",
                                   "Arg2 (benefactive)": "the heirs"},
     "The judge apportions the estate to the heirs."),
])
def test_the_beneficiary_of_a_verb_of_giving_gets_the_thing_with_to(prose_like, verb, verb_id, args, expected):
    """VerbNet's giving classes (13.1-13.3): PropBank's "beneficiary" is who gets the thing,
    said with "to" (round15/q068: "wills his land for the state")."""
    realiser, grammar = prose_like
    assert _say(realiser, grammar, verb, verb_id, args) == expected


def test_a_beneficiary_elsewhere_keeps_for(prose_like):
    realiser, grammar = prose_like
    said = _say(realiser, grammar, "buy", "buy.01", {"Arg0 (buyer)": "the man", "Arg1 (thing bought)": "a gift",
                                                     "Arg4 (benefactive)": "his wife"})
    assert "for his wife" in said


def test_a_nominals_to_before_a_patient_propbank_never_shows_goes(prose_like):
    """uppercut.01 has no example: its opponent (a patient, PPT) is the direct object, and
    the "to" of the nominal it was annotated on ("his uppercut to ...") goes (round15/q032)."""
    realiser, grammar = prose_like
    assert _say(realiser, grammar, "uppercut", "uppercut.01",
                {"Arg0 (pugilist)": "His", "Arg1 (opponent)": "to the champion"}) == "He uppercuts the champion."


def test_a_role_described_with_its_preposition_keeps_it(prose_like):
    realiser, grammar = prose_like
    assert "pleads to the judge" in _say(realiser, grammar, "plead", "plead.01",
                                         {"Arg0 (begger)": "the man", "Arg1 (appealed to, begged from)": "to the judge"})


@pytest.mark.parametrize("verb, verb_id, args, expected", [
    ("corrugate", "corrugate.01", {"Arg1 (patient, entity wrinkled)": "the sand",
                                   "ArgM (location)": "where the waves touched it"},
     "The sand corrugated where the waves touched it."),
    ("cool", "cool.01", {"Arg0 (person doing the cooling)": "their threats of a strike unless they received a raise",
                         "Arg1 (thing cooling)": "the banks' interest"},
     "Their threats of a strike unless they received a raise cooled the banks' interest."),
])
def test_a_past_clause_of_time_or_place_puts_the_verb_in_the_past(prose_like, verb, verb_id, args, expected):
    """A clause opened by "where" (round16/q148) or, inside the subject, by "unless", "if",
    "when" (round15/q063) sets the sentence's time: "corrugates where ... touched it" clashes."""
    realiser, grammar = prose_like
    assert _say(realiser, grammar, verb, verb_id, args) == expected


def test_a_subjects_relative_clause_or_a_bracketed_aside_sets_no_time(prose_like):
    realiser, grammar = prose_like
    assert _say(realiser, grammar, "buy", "buy.01", {"Arg0 (buyer)": "the man who won the lottery",
                                                     "Arg1 (thing bought)": "a house"}) \
        == "The man who won the lottery buys a house."
    said = _say(realiser, grammar, "grow", "grow.01", {
        "Arg1 (thing growing)": "the colony",
        "Arg3 (start point)": "from a few nests in the 1970s (when the birds were poisoned by DDT)",
        "Arg4 (end point)": "to thousands of nests today"})
    assert " grows " in said


def test_a_participles_aside_in_the_subject_is_closed_with_a_comma(prose_like):
    """An aside of a participle after the subject's noun is closed before the verb,
    whatever "and" it holds (round15/q005: "healed transforms subducts")."""
    realiser, grammar = prose_like
    assert _say(realiser, grammar, "subduct", "subduct.01", {
        "Arg1 (pushed)": "the plate, streaked by faults and old ridges", "ArgM (location)": "at the trench"}) \
        == "The plate, streaked by faults and old ridges, subducts at the trench."


def test_a_clause_of_time_as_the_causer_goes_after_the_verb_with_it_in_its_place(prose_like):
    """PropBank gives a "when" clause as a causer; English says "it" as the subject and the
    clause last (round16/q010: "When they see ... moves Others")."""
    realiser, grammar = prose_like
    assert _say(realiser, grammar, "move", "move.05", {
        "Arg0 (causer of emotion)": "when they see children working in the fields",
        "Arg1 (experiencer of the emotion)": "people"}) == "It moves people when they see children working in the fields."


def test_a_lone_arg1_after_a_nominals_of_is_the_subject_of_a_verb_whose_doer_is_a_theme(prose_like):
    """collide.01's Arg0 is a theme ("thing in motion"), no agent: "the collision of
    cultures" with no one acting is "Cultures collide" (round15/q028: "People collide of
    interests"); with an agent's verb the thing acted on is the passive's subject."""
    realiser, grammar = prose_like
    assert _say(realiser, grammar, "collide", "collide.01",
                {"Arg1 (thing hit, 2nd collider where separate mention)": "of cultures"}) == "Cultures collide."
    assert _say(realiser, grammar, "study", "study.01", {"Arg1 (subject)": "of nature"}) == "Nature is studied."


@pytest.mark.parametrize("arg1, expected", [
    ("an agreement", "The union reaches an agreement."),
    ("12%", "The union reaches 12%."),
    ("the cup", "The union reaches for the cup."),
])
def test_the_grammars_preposition_gives_way_to_propbanks_bare_role_before_an_abstract_filler(prose_like, arg1,
                                                                                             expected):
    """reach.01's override says "reaches for" (the video's sense); PropBank shows its Arg1
    bare in all three examples: an amount or an agreement is reached, not reached for
    (round15/q115: "reaches for 27.6%"); a thing one takes hold of keeps "for"."""
    realiser, grammar = prose_like
    assert _say(realiser, grammar, "reach", "reach.01", {
        "Arg0 (thing striving)": "the union", "Arg1 (goal, destination, end state, thing attained)": arg1}) == expected


def test_a_bare_singular_place_as_the_subject_gets_the(prose_like):
    """A place one counts (WordNet noun.location) said bare as the subject is a note's
    style, like a counted thing ("State retrofits ..." -> "The state retrofits ..."); after
    a name it is the place's name ("Shanxi province abounds")."""
    realiser, grammar = prose_like
    assert _say(realiser, grammar, "retrofit", "retrofit.01", {"Arg0 (agent)": "State",
                                                               "Arg1 (thing retrofitted)": "the old bridge"}) \
        == "The state retrofits the old bridge."
    assert _say(realiser, grammar, "abound", "abound.01", {"Arg1 (location)": "Shanxi province",
                                                           "Arg2 (thing abounding)": "in resources"}) \
        == "Shanxi province abounds in resources."


def test_a_bare_singular_group_as_the_subject_gets_the_unless_it_names_a_domain(prose_like):
    """A group that acts as one (WordNet noun.group) said bare as the subject is a note's
    style too ("Family gathers" -> "The family gathers", round20/q041); a nation's, a
    doctrine or a verb's doing names a whole domain or process and stays bare ("Egyptian
    law", "capitalism", "tumor progression")."""
    realiser, grammar = prose_like
    assert _say(realiser, grammar, "gather", "gather.03", {"Arg0 (entities coming together)": "family"}) \
        == "The family gathers."
    assert _say(realiser, grammar, "prohibit", "prohibit.01", {
        "Arg0 (prohibitor)": "Egyptian law", "Arg1 (thing prohibited)": "political parties"}) \
        == "Egyptian law prohibits political parties."
    assert _say(realiser, grammar, "commodify", "commodify.01", {
        "Arg0 (agent)": "capitalism", "Arg1 (thing made a commodity)": "everything"}) \
        == "Capitalism commodifies everything."
    assert _say(realiser, grammar, "chemoprevent", "chemoprevent.01", {"Arg1 (thing prevented)": "Tumor progression"}) \
        == "Tumor progression is chemoprevented."


def test_a_bare_singular_subject_english_counts_gets_the_and_a_mass_noun_stays_bare(prose_like):
    """Whether a bare singular subject takes "the" follows how English uses its noun
    (grammars/count_nouns_propbank.json): one PropBank's sentences say with "a" is
    counted, whatever WordNet's first sense ("Disk protrudes" -> "The disk protrudes",
    round21/q117; a shape to WordNet), and a word written small so is no name ("Runner
    slides", round21/q027); one they never say with "a" and mostly bare stays bare
    ("Wildlife", a group to WordNet; "Money")."""
    realiser, grammar = prose_like
    assert _say(realiser, grammar, "protrude", "protrude.01", {"Arg1 (thing protruding)": "disk"}) \
        == "The disk protrudes."
    assert _say(realiser, grammar, "slide", "slide.01", {"Arg1 (thing sliding)": "runner"}) == "The runner slides."
    assert _say(realiser, grammar, "preserve", "preserve.01", {"Arg1 (thing preserved)": "wildlife"}) \
        == "Wildlife is preserved."
    assert _say(realiser, grammar, "talk", "talk.01", {"Arg0 (talker)": "money"}) == "Money talks."


def test_a_filler_that_took_the_predicate_with_it_says_it_once(prose_like):
    """PropBank's span of a role that took the event's own verb along, the rest another
    role's words or nothing, is the words before the verb group: the predicate said once
    (round17/q038: "... had leafed into a pale green globe leafs into a pale green globe")."""
    realiser, grammar = prose_like
    assert _say(realiser, grammar, "leaf", "leaf.02", {
        "Arg0 (thing producing leaves)": "The tree in her yard had leafed into a pale green globe",
        "Arg1 (final state of the thing once it has leaves, 'into __')": "into a pale green globe"}) \
        == "The tree in her yard leafs into a pale green globe."
    # a participle modifying a noun is no predicate: "the top of the chocolate icing" stays
    said = _say(realiser, grammar, "ice", "ice.01", {"Arg0 (icer)": "She",
                                                     "Arg1 (the cake)": "the top of the chocolate icing"})
    assert "the chocolate icing" in said


def test_a_plural_owner_gets_back_its_apostrophe(prose_like):
    """A plural of people or a group right before a noun it hangs on is its owner, the
    apostrophe PropBank's tokens lost put back (round17/q132: "The Australian authorities
    proposals"); not a plural of things ("sales figures"), nor a verb's first object
    ("giving small businesses tax incentives")."""
    realiser, grammar = prose_like
    assert _say(realiser, grammar, "disturb", "disturb.01", {
        "Arg0 (disturber)": "the Australian authorities proposals"}).startswith("The Australian authorities' proposals")
    assert "sales figures" in _say(realiser, grammar, "disturb", "disturb.01", {
        "Arg0 (disturber)": "the sales figures", "Arg1 (disturbed)": "investors"})
    assert "small businesses tax incentives" in _say(realiser, grammar, "yak", "yak.01", {
        "Arg0 (talker)": "He", "Arg1 (topic)": "about giving small businesses tax incentives to hire"})


def test_a_thing_given_back_is_the_receivers(realiser, grammar):
    """A bare thing given back to a person is theirs: "gives his wallet back to a man",
    not "a wallet" (round15/q124, round17/q026); a thing given (not back) stays any one."""
    said = _say(realiser, grammar, "give back", "give.03", {
        "Arg0 (giver)": "woman in red coat", "Arg1 (thing given)": "wallet", "Arg2 (given to)": "man in tuxedo"})
    assert "gives his wallet back" in said or "gives back his wallet" in said, said
    said = _say(realiser, grammar, "give", "give.01", {
        "Arg0 (giver)": "woman in red coat", "Arg1 (thing given)": "wallet", "Arg2 (given to)": "man in tuxedo"})
    assert "a wallet" in said, said


def test_a_reflexive_said_as_the_subject_leans_on_its_pronoun(prose_like):
    """A reflexive PropBank gives as the only role that can be the subject is said after
    its own pronoun: "He himself is accursed", not "Himself is accursed" (round17/q176)."""
    realiser, grammar = prose_like
    assert _say(realiser, grammar, "accurse", "accurse.01", {
        "Arg1 (misery or evil)": "himself", "ArgM (goal)": "for his brethren"}) \
        == "He himself is accursed for his brethren."


def test_a_cause_said_with_by_of_a_self_acting_arg1_makes_a_passive(prose_like):
    """An Arg1 PropBank names as acting itself ("entity demarginating") beside a role it
    names as a cause, said with "by", is acted on: "Granulocytes are demarginated by
    epinephrine", not "Granulocytes demarginate by epinephrine" (round17/q147)."""
    realiser, grammar = prose_like
    assert _say(realiser, grammar, "demarginate", "demarginate.01", {
        "Arg1 (Entity demarginating)": "granulocytes",
        "Arg2 (Instrument- unintentional cause of demargination)": "by epinephrine"}) \
        == "Granulocytes are demarginated by epinephrine."


def test_a_rate_ending_its_phrase_is_open(prose_like):
    """A rate compound is hyphenated only before the noun it describes; ending the phrase
    it is a price and its unit: "bids $27.50 a share", not "$27.50-a-share" (round17/q071)."""
    realiser, grammar = prose_like
    said = _say(realiser, grammar, "bid", "bid.01", {
        "Arg0 (bidder)": "It", "Arg2 (how much you're bidding, buying price)": "$ 27.50 - a - share",
        "Arg1 (the target, goods)": "to buy the company"})
    assert "$27.50 a share" in said, said
    said = _say(realiser, grammar, "circulate", "circulate.01", {
        "Arg0 (circulator)": "The bank", "Arg1 (thing going 'round)": "a $ 230 - a - share figure"})
    assert "230 a share" not in said, said  # before its noun it stays a compound


# ------------------------------------------------------------------ a particle of leaving and a goal

@pytest.mark.parametrize("verb, verb_id, args, particle", [
    ("throw away", "throw.07", {"Arg0 (thrower)": "a man", "Arg1 (thing thrown)": "an umbrella",
                                "ArgM (direction)": "into a trash can"}, "away"),
    ("knock off", "knock.01", {"Arg0 (agent)": "a cat", "Arg1 (thing knocked)": "a vase",
                               "ArgM (direction)": "onto the floor"}, "off"),
])
def test_a_particle_of_leaving_is_dropped_before_a_goal_into_a_place(realiser, grammar, verb, verb_id, args,
                                                                     particle):
    """"away" ("off", "out", "down") says only that the thing leaves; "into a trash can"
    says where it goes: "throws an umbrella into a trash can", not "throws away an umbrella
    into ..." (round15/q178, round18/q076). Without the goal the particle stays."""
    said = _say(realiser, grammar, verb, verb_id, args)
    assert f" {particle} " not in said and f" {particle}." not in said, said
    kept = _say(realiser, grammar, verb, verb_id, {k: v for k, v in args.items() if "direction" not in k})
    assert particle in kept, kept


def test_a_looks_direction_is_not_stacked_on_whom_it_looks_at_in_a_caption(realiser, grammar):
    """A standalone caption tells a look as a story does (Realiser._look_goal): "looks at a
    woman in a sparkly dress", not "... at a woman in a sparkly dress towards the door"
    (round18/q146); a look with no one seen keeps where it goes."""
    said = _say(realiser, grammar, "look", "look.01",
                {"Arg0 (looker)": "man in bellhop uniform", "Arg1 (thing looked at or for or on)":
                 "woman in sparkly dress", "ArgM (direction)": "towards the door"})
    assert "towards the door" not in said and "looks at a woman in a sparkly dress" in said, said
    alone = _say(realiser, grammar, "look", "look.01",
                 {"Arg0 (looker)": "man in bellhop uniform", "ArgM (direction)": "towards the door"})
    assert "towards the door" in alone, alone


def test_a_reduced_relative_does_not_give_the_subject_its_number(prose_like):
    """A subject whose plural head has a relative clause without "that" (which the parser
    reads as the main clause) agrees with its head: "Changes in the mix of products
    consumers now demand pinch margins", not "pinches" (round18/q120)."""
    realiser, grammar = prose_like
    said = _say(realiser, grammar, "pinch", "pinch.01", {
        "Arg0 (pincher, agent)": "by changes in the mix of life-insurance products consumers now demand",
        "Arg1 (thing touched)": "margins"})
    assert said.endswith("demand pinch margins."), said
    said = _say(realiser, grammar, "pinch", "pinch.01", {
        "Arg0 (pincher, agent)": "the change in the mix of products consumers now demand",
        "Arg1 (thing touched)": "margins"})
    assert said.endswith("demand pinches margins."), said  # a singular head stays singular


def test_a_particle_of_direction_goes_before_an_amount(prose_like):
    """A lone particle of direction comes before the amount that measures it: "shoot up 23
    points", not "shoot 23 points up" (round18/q010); an ArgM direction too ("climbs up 5%")."""
    realiser, grammar = prose_like
    said = _say(realiser, grammar, "shoot", "shoot.06", {
        "Arg1 (entity in motion)": "The Dow industrials", "Arg2 (EXT)": "23 points", "Arg5 (direction)": "up"})
    assert "shoot up 23 points" in said, said
    said = _say(realiser, grammar, "climb", "climb.02", {
        "Arg1 (thing rising)": "The stock", "Arg2 (EXT)": "5%", "ArgM (direction)": "up"})
    assert "5% up" not in said, said


def test_what_is_said_about_comes_after_whom_it_is_said_to(prose_like):
    """The topic of a saying ends the sentence, after the one spoken to: "rambles to Spock
    about removing Kirk", not "about removing Kirk to Spock" (Kirk removed to Spock?),
    round18/q178; an infinitive of purpose is no addressee."""
    realiser, grammar = prose_like
    said = _say(realiser, grammar, "ramble", "ramble.02", {
        "Arg0 (speaker)": "He", "Arg1 (utterance, topic)": "about removing Kirk", "ArgM (goal)": "to Spock"})
    assert said == "He rambles to Spock about removing Kirk.", said
    said = _say(realiser, grammar, "converse", "converse.01", {
        "Arg0 (speaker)": "Josephine", "Arg1 (topic)": "about the quality of the prune danishes",
        "Arg2 (hearer)": "with Napoleon"})
    assert said == "Josephine converses with Napoleon about the quality of the prune danishes.", said


def test_an_aside_of_two_describing_words_is_closed_before_the_verb(prose_like):
    """A subject's aside of two adjectives or participles joined by "and" is closed with a
    comma before the verb ("a paper bag, damp and wrinkled at its upper end, slugs down",
    round18/q038); a list of nouns is no aside."""
    realiser, grammar = prose_like
    said = _say(realiser, grammar, "slug", "slug.04", {
        "Arg0 (swallower)": "A guy with a bottle-shaped brown paper bag, damp and wrinkled at its upper end",
        "Arg1 (thing swallowed)": "a sweet wine of high proof", "ArgM (direction)": "down"})
    assert "upper end, slugs down" in said, said
    from srlcap.grammar.realise import _open_aside
    for text in ("apples, pears and plums", "apples, green pears and plums"):
        assert not _open_aside(realiser.analyse(text), text), text


def test_a_direction_that_is_a_path_preposition_takes_a_bare_ways_place(prose_like):
    """"along" said of a bare path role becomes its preposition: "sledges the big yellow
    Labrador along the entire length of the passage", not "along by the entire length"
    (round18/q044)."""
    realiser, grammar = prose_like
    said = _say(realiser, grammar, "sledge", "sledge.01", {
        "Arg0 (agent, sled driver)": "by the vet", "Arg1 (the sled, or cargo/passengers)": "The big yellow Labrador",
        "Arg2 (location/path)": "the entire length of the passage", "ArgM (direction)": "along",
        "ArgM (manner)": "on her bottom"})
    assert "Labrador along the entire length of the passage on her bottom" in said, said


def test_a_question_propbank_asked_ends_with_a_question_mark(prose_like):
    """A caption whose subject is a "what"/"which" and its noun asks, as PropBank's sentence
    did: "What comedienne upstages ... first child?" (round18/q175); a free relative as the
    subject ("What he said") is no question."""
    realiser, grammar = prose_like
    said = _say(realiser, grammar, "upstage", "upstage.01", {
        "Arg0 (entity getting the attention)": "What comedienne",
        "Arg1 (entity not getting the attention)": "Dwight D. Eisenhower 's first inauguration",
        "Arg2 (distracting antics, if in addition to arg0)": "by giving birth to her first child"})
    assert said.endswith("her first child?"), said
    assert not realiser._asks("what he said upsets her")


def test_a_past_modals_perfect_in_a_filler_puts_the_verb_in_the_past(prose_like):
    """"would have bolstered" tells of what did not happen then: the sentence is in the
    past ("AMR lobbied for legislation that would have bolstered ...", not "lobbies",
    round18/q089); "would" alone is no past."""
    realiser, grammar = prose_like
    said = _say(realiser, grammar, "lobby", "lobby.01", {
        "Arg0 (asker)": "AMR", "Arg1 (favor)": "for legislation that would have bolstered the authority of the "
                                              "Transportation Department to reject airline buy-outs"})
    assert said.startswith("AMR lobbied for legislation"), said
    said = _say(realiser, grammar, "lobby", "lobby.01", {
        "Arg0 (asker)": "AMR", "Arg1 (favor)": "for legislation that would bolster the department's authority"})
    assert said.startswith("AMR lobbies for legislation"), said


def test_an_acronym_and_a_plural_noun_alone_are_a_noun_phrase(prose_like):
    """"ANC flags" is the flags of a name, not "ANC" doing "flags": a noun phrase, said
    where objects go ("People wave ANC flags in the stands", not "wave in the stands ANC
    flags" as if a clause; round16/q030)."""
    realiser, grammar = prose_like
    assert realiser.analyse("ANC flags").kind == "np" and realiser.analyse("ANC flags").plural
    said = _say(realiser, grammar, "wave", "wave.01", {
        "Arg0 (agent, causer)": "people", "Arg1 (entity moving)": "ANC flags", "ArgM (location)": "In the stands"})
    assert said == "People wave ANC flags in the stands.", said


def test_a_nominals_to_before_a_role_propbank_shows_only_bare_goes(prose_like):
    """aid.01's Arg2 is bare in PropBank's examples: the "to" of the nominal it was
    annotated on goes ("Soviet aid to Kabul" -> "aids Kabul", not "aids to Kabul",
    round18/q179); a roleset with no examples keeps the filler's own ("pleads to the judge")."""
    realiser, grammar = prose_like
    said = _say(realiser, grammar, "aid", "aid.01", {"Arg0 (helper)": "Soviet", "Arg2 (benefactor)": "to Kabul"})
    assert "aids Kabul" in said, said


def test_a_title_of_a_plural_word_and_a_name_takes_the(prose_like):
    """"Times of India" is a title, said with "the": "The Times of India sniggers at it"
    (round17/q159); people of a place are not ("Denizens of London's financial district")."""
    realiser, grammar = prose_like
    said = _say(realiser, grammar, "snigger", "snigger.01", {
        "Arg0 (snickerer)": "Times of India", "Arg2 (source of amusement)": "at it"})
    assert said == "The Times of India sniggers at it.", said
    from srlcap.grammar.realise import _plural_title
    assert not _plural_title(realiser.analyse("Denizens of London 's financial district"))


def test_a_lone_describing_word_as_the_doer_or_a_purpose_is_not_said(prose_like):
    """PropBank's argument of a nominal is often its modifier ("foreign aid to that region",
    "strategic decisions for energy"): said as the doer or a purpose it is no English
    ("Foreign aids that region", "decides for energy strategic"; round19/q134, q067), so the
    clause goes without it. A word for a group of people stays the doer ("Many harbor
    hopes"), and so does one WordNet has as a noun (a name the tagger read as an adjective)."""
    realiser, grammar = prose_like
    said = _say(realiser, grammar, "aid", "aid.01", {"Arg0 (helper)": "Foreign", "Arg2 (benefactor)": "to that region"})
    assert said == "That region is aided.", said
    said = _say(realiser, grammar, "decide", "decide.01", {
        "Arg3 (subject-matter of decision)": "for energy", "ArgM (purpose)": "strategic"})
    assert "strategic" not in said, said
    said = _say(realiser, grammar, "harbor", "harbor.01", {"Arg0 (owner)": "Many", "Arg1 (thing harbored)": "hopes"})
    assert said == "Many harbor hopes.", said
    said = _say(realiser, grammar, "hyperventilate", "hyperventilate.01", {"Arg0 (breather)": "Serge"})
    assert said == "Serge hyperventilates.", said
