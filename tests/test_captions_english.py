"""Captions a careful reader would write: the failure classes of issue 13, each with the
bundled sample's own examples."""
from __future__ import annotations

import re

import pytest

from conftest import make_event, user_realiser

CASES = [
    # locatives by the noun: on a beach / road / bridge, at a station, in a kitchen
    ("kiss", "kiss.01", {"Arg0 (kisser)": "man in white linen shirt", "Arg1 (kissed)": "woman in yellow sundress",
                         "Scene of the Event": "beach at sunset"},
     "A man in a white linen shirt kisses a woman in a yellow sundress on a beach at sunset."),
    ("open", "open.01", {"Arg0 (opener)": "woman in denim jacket", "Arg1 (thing opening)": "car door",
                         "Scene of the Event": "country road"},
     "A woman in a denim jacket opens a car door on a country road."),
    ("stand", "stand.01", {"Arg1 (thing standing)": "woman with short hair", "Arg2 (location)": "on the platform",
                           "Scene of the Event": "subway station"},
     "A woman with short hair stands on the platform at a subway station."),
    # core prepositions from PropBank's spans, and none where it shows a direct object
    ("approach", "approach.01", {"Arg1 (entity in motion)": "man in blue scarf",
                                 "Arg2 (destination)": "woman with short hair"},
     "A man in a blue scarf approaches a woman with short hair."),
    ("stab", "stab.01", {"Arg0 (stabber)": "woman in black wetsuit", "Arg1 (victim)": "man",
                         "Arg2 (sharp implement)": "diving knife", "Arg3 (specific location of wound)": "the back"},
     # where on the body goes right after whom (round 4: "stab the man with a diving knife in the back")
     "A woman in a black wetsuit stabs a man in the back with a diving knife."),
    # "the" for what there is one of in the setting, compounds too (grammar's definite_nouns)
    ("turn", "turn.01", {"Arg0 (turner)": "man in leather jacket", "Arg1 (thing turning)": "steering wheel",
                         "ArgM (direction)": "to the left"},
     "A man in a leather jacket turns the steering wheel to the left."),
    # particles: before an "of" phrase
    ("pull out", "pull.02", {"Arg0 (puller)": "mother in grey coat", "Arg1 (thing pulled)": "minivan",
                             "Arg2 (pulled out of)": "of the parking lot"},
     "A mother in a grey coat pulls a minivan out of the parking lot."),
    # the grammar's per-verb prepositions: one party meets the other
    ("meet", "meet.03", {"Arg0 (one party)": "woman in beret", "Arg1 (other party)": "man with guitar case"},
     "A woman in a beret meets a man with a guitar case."),
    # what it is about after whom it is said to
    ("talk", "talk.01", {"Arg0 (talker)": "woman in red flannel", "Arg1 (subject)": "their father",
                         "Arg2 (hearer)": "woman with blonde hair"},
     "A woman in a red flannel talks to a woman with blonde hair about their father."),
    # a call that ends in a particle-like adverb is quoted; a statement is reported
    ("shout", "shout.01", {"Arg0 (shouter)": "outlaw in black vest", "Arg1 (utterance)": "everybody down",
                           "Arg2 (listener)": "customers"},
     'An outlaw in a black vest shouts at customers, "Everybody down!"'),
    # an idiom of a word, a preposition and the word again is said as it is
    ("walk", "walk.01", {"Arg0 (walker)": "two soldiers", "ArgM (manner)": "side by side"},
     "Two soldiers walk side by side."),
    # a phrasal verb's object is bare, whatever preposition ends its role's name
    ("throw away", "throw.07", {"Arg0 (thrower)": "man in business suit", "Arg1 (thing gotten rid of)": "umbrella"},
     "A man in a business suit throws away an umbrella."),
    # particles: before the path the object takes, with which it says where it goes
    ("knock down", "knock.02", {"Arg0 (knocker)": "boxer in red shorts", "Arg1 (thing knocked)": "boxer in blue shorts",
                                "Arg4 (end state)": "to the canvas"},
     "A boxer in red shorts knocks a boxer in blue shorts down to the canvas."),
    # what is said: a clause last, direct speech quoted
    ("ask", "ask.01", {"Arg0 (asker)": "man in black tuxedo", "Arg1 (question)": "if she would dance",
                       "Arg2 (hearer)": "woman in red gown"},
     "A man in a black tuxedo asks a woman in a red gown if she would dance."),
    ("cry out", "cry.03", {"Arg0 (crier)": "man in wrinkled tuxedo", "Arg1 (utterance)": "where am i",
                           "Scene of the Event": "motel room"},
     'A man in a wrinkled tuxedo cries out in a motel room, "Where am I?"'),
    # articles: none on feelings and mass nouns, kept inside nested phrases, "the" for the unique
    ("scream", "scream.01", {"Arg0 (screamer)": "woman holding candle", "ArgM (manner)": "in terror"},
     "A woman holding a candle screams in terror."),
    ("walk", "walk.01", {"Arg0 (walker)": "soldiers in desert camouflage", "ArgM (manner)": "with effort"},
     "Soldiers in desert camouflage walk with effort."),
    # two people, the parse hanging the second on the first's clothes (valid split)
    ("shake", "shake.01", {"Arg0 (shaker)": "woman in green dress and man in white jacket", "Arg1 (thing shaken)": "hands"},
     "A woman in a green dress and a man in a white jacket shake hands."),
    ("shake", "shake.01", {"Arg0 (shaker)": "mother with her son and daughter", "Arg1 (thing shaken)": "hands"},
     "A mother with her son and daughter shakes hands."),
    # "Guests in a formal attire" (a positive of the valid split)
    ("stare", "stare.01", {"Arg0 (starer)": "guests in formal attire", "Arg1 (thing stared at)": "woman in emerald gown"},
     "Guests in formal attire stare at a woman in an emerald gown."),
    ("touch", "touch.01", {"Arg0 (toucher)": "queen", "Arg1 (thing touched)": "knight's shoulder"},
     "A queen touches a knight's shoulder."),
    ("drop", "drop.01", {"Arg0 (dropper)": "man", "Arg1 (thing falling)": "cup", "Arg4 (end point)": "floor"},
     "A man drops a cup to the floor."),
    # a multi-word scene stays whole
    ("push", "push.01", {"Arg0 (pusher)": "lumberjack", "Arg1 (thing pushed)": "large log",
                         "Scene of the Event": "logging camp"},
     "A lumberjack pushes a large log in a logging camp."),
    # morphology: the English third person, not pyinflect's "knockes"
    ("knock down", "knock_down.02", {"Arg0 (knocker)": "large log", "Arg1 (thing knocked and going down)": "fence"},
     "A large log knocks down a fence."),
    # the active intransitive where PropBank shows it; "violently" after the verb, where
    # PropBank's examples write it (adverbs_propbank.json)
    ("shake", "shake.01", {"Arg1 (thing trembling)": "the bridge", "ArgM (manner)": "violently"},
     "The bridge shakes violently."),
    # PropBank's nominal and passive residue: "the casting of his line", "spooked by"
    ("cast", "cast.01", {"ArgM (manner)": "skillful", "Arg1 (thing thrown)": "of his line",
                         "Arg2 (destination)": "into the river"},
     "His line is skillfully cast into the river."),
    ("spook", "spook.01", {"Arg1 (scared entity)": "small investors",
                           "Arg0 (cause of fright)": "by the 1987 stock-market crash"},
     "The 1987 stock-market crash spooks small investors."),
    ("gain", "gain.02", {"Arg0 (agent, entity acquiring something)": "their",
                         "Arg1 (thing acquired)": "of recognition and exposure"},
     "They gain recognition and exposure."),
    # a verb PropBank shows only with an agent is passive
    ("wet", "wet.01", {"Arg1 (now-wet thing)": "a wart", "Arg2 (liquid)": "with this saliva"},
     "A wart is wet with this saliva."),
    ("remind", "remind.01", {"Arg2 (recipient)": "we", "Arg1 (thing reminded about)": "of those movies"},
     "We are reminded of those movies."),
    # a manner in -ing is said bare, set off at the end (it tells of the doer: round9/q064
    # "runs into an alley limping on a city street"); a one-word object is no clause; a
    # plural the tagger missed
    ("run", "run.02", {"Arg0 (runner)": "man in denim jacket", "ArgM (direction)": "into an alley",
                       "ArgM (manner)": "limping"},
     "A man in a denim jacket runs into an alley, limping."),
    ("jot", "jot.01", {"Arg0 (writer)": "I", "Arg1 (thing written)": "notes", "ArgM (location)": "in my notebook"},
     "I jot notes in my notebook."),
    ("walk", "walk.01", {"Arg0 (walker)": "explorers in fur parkas", "ArgM (direction)": "against the wind"},
     "Explorers in fur parkas walk against the wind."),
    # round 4: what the subject names is "the" after it; adverbial phrases take no "with";
    # a word tagged as an adjective that names a thing takes its article
    ("hold", "hold.01", {"Arg0 (holder)": "old man with lantern", "Arg1 (thing held)": "lantern",
                         "ArgM (manner)": "high above his head"},
     "An old man holds his lantern high above his head."),
    # ... and said once, as the subject's own, where the noun says whose (round 5)
    ("drop", "drop.01", {"Arg0 (entity doing the dropping)": "teenage girl with flashlight",
                         "Arg1 (Logical subject, patient, thing falling)": "flashlight"},
     "A teenage girl drops her flashlight."),
    ("drop", "drop.01", {"Arg0 (entity doing the dropping)": "soldier with flashlight",
                         "Arg1 (Logical subject, patient, thing falling)": "flashlight"},
     "A soldier with a flashlight drops it."),
    # the object the subject's own description names, said by its noun alone, is "it" or
    # "them" ("A woman holding a candle drops the candle" judged a clumsy repetition,
    # round19/q151; the candle below)
    ("drop", "drop.01", {"Arg0 (entity doing the dropping)": "woman carrying boxes",
                         "Arg1 (Logical subject, patient, thing falling)": "the boxes"},
     "A woman carrying boxes drops them."),
    # (not a noun of a compound: a kind, no thing told of)
    ("grab", "grab.01", {"Arg0 (grabber)": "tight-rope walker", "Arg1 (thing grabbed)": "the rope"},
     "A tight-rope walker grabs the rope."),
    # a one-word manner the parser takes for a noun but English has no noun for is an adverb
    ("walk", "walk.01", {"Arg0 (walker)": "couple", "ArgM (direction)": "along the shoreline",
                         "ArgM (manner)": "barefoot"},
     "A couple walks barefoot along the shoreline."),
    ("embrace", "embrace.01", {"Arg0 (embracer)": "woman", "Arg1 (embraced)": "the reporter",
                               "ArgM (manner)": "passionate"},
     "A woman passionately embraces a reporter."),  # first told of: "a" (Realiser._standalone)
    # words said with their own subject and verb are a reported clause, after the places
    # (round 4); a place between the hearer and the clause splits them (round9/q133): with
    # both, the place opens the sentence
    ("tell", "tell.01", {"Arg0 (Speaker)": "manager in white shirt", "Arg1 (Utterance)": "the plant is closing",
                         "Arg2 (Hearer)": "workers in hard hats", "Scene of the Event": "factory floor"},
     "On a factory floor, a manager in a white shirt tells workers in hard hats that the plant is closing."),
    # where the thing is put goes before whom it is kept from (round 5); "to his feet" (round 4)
    ("hide", "hide.01", {"Arg0 (hider)": "girl in red cardigan", "Arg1 (thing hidden)": "copper key",
                         "Arg2 (hidden from)": "from her brother", "ArgM (location)": "in her pocket"},
     "A girl in a red cardigan hides a copper key in her pocket from her brother."),
    ("lift", "lift.01", {"Arg0 (elevator, Agent)": "man with frosted beard", "Arg1 (Logical subject, patient, thing rising)": "explorer",
                         "Arg3 (Start point)": "out of the snow", "Arg4 (End point)": "onto his feet"},
     "A man with a frosted beard lifts an explorer out of the snow to his feet."),
    # an apposition after the subject is closed before the verb; a manner "way" takes "in" (round 5)
    ("rent", "rent.01", {"Arg0 (landlord)": "Jayark, New York", "Arg1 (thing rented)": "audio-visual equipment"},
     "Jayark, New York, rents audio-visual equipment."),
    ("charge", "charge.01", {"Arg0 (charger)": "they", "Arg1 (charged)": "it", "ArgM (manner)": "three different ways"},
     "They charge it in three different ways."),
    # ... not adjectives before the noun
    ("obscure", "obscure.01", {"Arg0 (obscurer)": "the thick, black smoke", "Arg1 (obscured)": "the area"},
     "The thick, black smoke obscures the area."),
    # a river scene is "the water" another role names: said once (rounds 1, 2)
    ("pull", "pull.01", {"Arg0 (puller)": "guide in green jacket", "Arg1 (thing pulled)": "young hiker",
                         "Arg2 (DIR, destination or attribute of arg1)": "out of the water",
                         "Scene of the Event": "forest river"},
     "A guide in a green jacket pulls a young hiker out of the water."),
    # a place that is the whole of the part the subject is at is said of that part (round 4)
    ("scream", "scream.01", {"Arg0 (screamer)": "little boy in back seat", "ArgM (manner)": "in fear",
                             "ArgM (location)": "in the truck"},
     "A little boy in the back seat of the truck screams in fear."),
    # a part of a thing the clause names is that thing's own: "the", singular or plural;
    # a setting the part's compound names is said by it (round9/q106 "closes the tent
    # flap inside the tent")
    ("close", "close.01", {"Arg0 (person doing the closing)": "man with frosted beard", "Arg1 (thing closing)": "tent flap",
                           "ArgM (manner)": "tightly", "Scene of the Event": "inside the tent"},
     "A man with a frosted beard tightly closes the tent flap."),
    ("grab", "grab.01", {"Arg0 (grabber)": "man in grey suit", "Arg1 (entity grabbed)": "elevator doors",
                         "Scene of the Event": "office building elevator"},
     "A man in a grey suit grabs the elevator doors."),
    # also when the thing is the object of a participle the parse takes for the head
    ("drop", "drop.01", {"Arg0 (entity doing the dropping)": "woman holding candle",
                         "Arg1 (Logical subject, patient, thing falling)": "candle",
                         "Arg4 (end point, end state of arg1)": "on the floor"},
     "A woman holding a candle drops it on the floor."),
    ("jump", "jump.03", {"Arg0 (jumper)": "young worker", "ArgM (direction)": "out of the way",
                         "ArgM (manner)": "just in time"},
     "A young worker jumps out of the way just in time."),
    ("drink", "drink.01", {"Arg0 (drinker)": "boy", "Arg1 (liquid)": "milkshake"},
     "A boy drinks a milkshake."),
]


@pytest.mark.parametrize("verb, verb_id, args, expected", CASES, ids=[c[3][:50] for c in CASES])
def test_caption(realiser, grammar, verb, verb_id, args, expected):
    assert realiser.natural(make_event(verb, verb_id, args, grammar=grammar)) == expected


@pytest.mark.parametrize("key", [
    "Arg0 (hitter - animate only!)", "Arg2 (DIR, destination or attribute of arg1)", "Arg1 (faller (us. trees))",
    "Arg2 (cause of pain (us. 'at'))", "Arg0 (intentional agent of upregulation (e.g. scientist))",
])
def test_figclip_names_carry_no_annotator_notes(realiser, grammar, key):
    ev = make_event("hit", "hit.01", {key: "man", "Arg1 (thing hit)": "wall"}, grammar=grammar)
    prompt = realiser.figclip(ev)
    assert not re.search(r"[!()]|\b(DIR|LOC|EXT|MNR|GOL|PRD)\b", prompt), prompt


def test_a_user_grammar_adds_a_locative(tmp_path, nlp):
    r, g = user_realiser(tmp_path, nlp, 'extends = "default"\n\n[lexicon.locatives]\nkitchen = "at"\n')
    ev = make_event("cook", "cook.01", {"Arg0 (cook)": "chef", "Scene of the Event": "kitchen"}, grammar=g)
    assert r.natural(ev) == "A chef cooks at a kitchen."


@pytest.mark.parametrize("trace", ["*PRO*", "*T*-1", "Pro", "PRO-5"])
def test_an_empty_category_is_no_filler(tmp_path, realiser, grammar, trace):
    """PropBank's traces ("*PRO*") name nobody: the role is dropped as the frame is
    read, so the caption says the rest ("Shale is fracked", not "*PRO* fracks shale").
    Some frame files write PRO without its stars ("Pro gargles with Listerine", "PRO-2
    tweaks": round12)."""
    import json

    from srlcap.readers import read_vsann_file

    args = {"Arg0 (fracker)": trace, "Arg1 (thing fracked)": "shale"}
    frame = {"Verb": "frack", "VerbID": "frack.01", "Arg_List": {k: str(n) for n, k in enumerate(args)},
             "Args": args, "vid_seg_int": "v_x_seg_0_10", "vid_uid": "x", "EvRel": "NoRel"}
    path = tmp_path / "vsann.json"
    path.write_text(json.dumps([{f"Ev{n}": frame for n in range(1, 6)}]))
    clips = list(read_vsann_file(path, "train", grammar.argm_kinds))
    assert not any(isinstance(c, Exception) for c in clips), clips
    event = clips[0].events[0]
    assert [r.type for r in event.roles] == ["Arg1"]
    assert realiser.natural(event) == "Shale is fracked."


def test_written_prose_keeps_bare_nouns_bare(grammar, nlp):
    """PropBank's fillers are sentences' words: a bare noun there is meant bare ("smokes
    crack", "buried by debris"); VidSitu's telegraphic fillers get their articles."""
    from srlcap.analysis import Analyser, is_written_prose
    from srlcap.grammar import Realiser

    prose = Realiser(grammar, Analyser(grammar, nlp=nlp, written=True))
    ev = make_event("smoke", "smoke.02", {"Arg0 (smoker)": "He", "Arg1 (thing smoked)": "crack"}, grammar=grammar)
    assert prose.natural(ev) == "He smokes crack."
    telegraphic = make_event("push", "push.01", {"Arg0 (pusher)": "man in black suit", "Arg1 (thing pushed)": "cart"},
                             grammar=grammar)
    assert is_written_prose(telegraphic.roles) is False
    assert is_written_prose(make_event("buy", "buy.01", {"Arg0 (buyer)": "the company",
                                                         "Arg1 (thing bought)": "a small bank"}).roles) is True


@pytest.mark.parametrize("verb, verb_id, args, expected", [
    # a quantifier standing alone is plural; an owner of a nominal is its agent
    ("shudder", "shudder.01", {"Arg0 (shudderer)": "Both", "Arg1 (cause)": "at the thought"},
     "Both shudder at the thought."),
    ("search", "search.01", {"Arg0 (searcher)": "The detective's", "Arg2 (thing searched for)": "for clues"},
     "The detective searches for clues."),
    # an abbreviation ending the sentence keeps its one stop
    ("inquire", "inquire.01", {"Arg0 (asker)": "The board", "Arg2 (asked)": "of Southern Co."},
     "The board inquires of Southern Co."),
])
def test_propbank_residue(realiser, grammar, verb, verb_id, args, expected):
    assert realiser.natural(make_event(verb, verb_id, args, grammar=grammar)) == expected


def test_a_cut_phrase_finds_its_head_whatever_the_parse(realiser, grammar):
    """PropBank's residue is cut from the analysed filler (Phrase.tail); a parse that
    left the object a root of its own (no link to the cut preposition) once stopped a
    whole build with StopIteration."""
    from dataclasses import replace

    p = realiser.analyse("by a woman")
    # the parse of the PropBank build: "by" a root, "woman" a second root
    toks = (replace(p.tokens[0], dep="ROOT", head=0), replace(p.tokens[1], dep="det", head=1),
            replace(p.tokens[2], dep="ROOT", head=2))
    cut = replace(p, tokens=toks, root=0, memo={}).tail(1)
    assert cut.text == "a woman" and cut.tokens[cut.root].text == "woman"


@pytest.mark.parametrize("clause, sentence_end", [
    ("They cremate the wrong body, \u201d", "They cremate the wrong body"),
    ("He clogs your fuel line ?", "He clogs your fuel line"),
    ("Somebody scrawls Piazza di Spagna ? across the envelope", "Somebody scrawls Piazza di Spagna across the envelope"),
    ('The spirit of the " child of Taiwan reveals to us, "Even so!"', 'The spirit of the child of Taiwan reveals to us, "Even so!"'),
    ('He answers critics "I\'ve read Balzac,"', 'He answers critics "I\'ve read Balzac."'),
    ('She asks, "Why?"', 'She asks, "Why?"'),  # a real quote keeps its marks
    ('He says, "Stop me before I kill again ."', 'He says, "Stop me before I kill again."'),
])
def test_written_fillers_leave_no_stray_punctuation(clause, sentence_end):
    """Judged not fluent (round 3 and 4): tokeniser marks and cut quotes from PropBank fillers."""
    from srlcap.grammar.realise import tidy_punctuation

    assert tidy_punctuation(clause) == sentence_end


def test_words_english_always_capitalises_are_capitalised(realiser, grammar):
    """Judged not fluent (rounds 3, 4): "an english garden", "a hawaiian shirt"."""
    from conftest import make_event

    realiser.analyse.analyse_all(["man in hawaiian shirt", "english garden"])
    ev = make_event("walk", "walk.01", {"Arg0 (walker)": "man in hawaiian shirt", "Arg1 (path)": "english garden"},
                    grammar=grammar)
    assert realiser.natural(ev) == "A man in a Hawaiian shirt walks an English garden."


def test_a_lone_manner_adverb_comes_before_the_path(realiser, grammar):
    """Judged not fluent (round 5, neg4): "runs towards the cliff edge fast"."""
    from conftest import make_event

    ev = make_event("run", "run.02", {"Arg0 (runner)": "man", "ArgM (direction)": "towards the cliff edge",
                                      "ArgM (manner)": "fast"}, grammar=grammar)
    realiser.analyse.analyse_all(["man", "towards the cliff edge", "fast"])
    assert realiser.natural(ev) == "A man runs fast towards the cliff edge."


def test_the_object_of_a_nominal_frame_keeps_its_own_number(realiser, grammar):
    """Judged not fluent (round 5): "Messrs. Spadafora and Torrijos is killed" (from "the
    killing of Messrs. Spadafora and Torrijos")."""
    from conftest import make_event

    realiser.analyse.analyse_all(["of Messrs. Spadafora and Torrijos"])
    assert realiser.analyse("of Messrs. Spadafora and Torrijos").tail(1).plural
    ev = make_event("kill", "kill.01", {"Arg1 (corpse)": "of Messrs. Spadafora and Torrijos"}, grammar=grammar)
    assert " are killed" in realiser.natural(ev)


def test_a_santa_hat(realiser, grammar):
    """Judged not fluent (round 5): "puts on a santa hat"; a word with a lower-case sense
    ("turkey") keeps its case."""
    from conftest import make_event

    realiser.analyse.analyse_all(["grandfather", "santa hat", "turkey"])
    put = make_event("put", "put_on.08", {"Arg0 (wearer)": "grandfather", "Arg1 (clothing)": "santa hat"}, grammar=grammar)
    assert "a Santa hat" in realiser.natural(put)
    eat = make_event("eat", "eat.01", {"Arg0 (eater)": "grandfather", "Arg1 (meal)": "turkey"}, grammar=grammar)
    assert "turkey" in realiser.natural(eat)


def test_a_part_of_a_place_is_said_of_it(realiser, grammar):
    """Judged not fluent (rounds 3-5): "along the roof on a moving freight train", "on the
    deck on a yacht"; "in the back in an alley" is no part of the alley."""
    from conftest import make_event

    realiser.analyse.analyse_all(["cowboy", "along the roof", "moving freight train", "man", "in the back", "alley"])
    run = make_event("run", "run.02", {"Arg0 (runner)": "cowboy", "ArgM (direction)": "along the roof",
                                       "Scene of the Event": "moving freight train"}, grammar=grammar)
    assert "along the roof of a moving freight train" in realiser.natural(run)
    stab = make_event("stab", "stab.01", {"Arg0 (stabber)": "cowboy", "Arg1 (stabbed)": "man",
                                          "ArgM (location)": "in the back", "Scene of the Event": "alley"},
                      grammar=grammar)
    assert " of an alley" not in realiser.natural(stab)


def test_a_phrasal_verb_under_its_bare_verbs_id_takes_the_phrasal_roleset(realiser, grammar):
    """VidSitu writes "catch.04" for "catch up" (PropBank's older numbering): the roleset
    is catch_up.04, whose goal takes "with" (round 5: "catches up a thief")."""
    from conftest import make_event

    realiser.analyse.analyse_all(["security guard", "thief"])
    ev = make_event("catch up", "catch.04", {"Arg1 (entity in motion)": "security guard", "Arg2 (goal)": "thief"},
                    grammar=grammar)
    assert realiser.rolesets.for_verb("catch.04", "catch up").id == "catch_up.04"
    assert "catches up with a thief" in realiser.natural(ev)


def test_a_place_is_looked_around(realiser, grammar):
    """Judged not fluent (rounds 3, 5): "confusedly looks at the room"."""
    from conftest import make_event

    realiser.analyse.analyse_all(["man in wrinkled tuxedo", "the room", "the woman"])
    room = make_event("look", "look.01", {"Arg0 (looker)": "man in wrinkled tuxedo", "Arg1 (thing looked at)": "the room"},
                      grammar=grammar)
    assert "looks around the room" in realiser.natural(room)
    woman = make_event("look", "look.01", {"Arg0 (looker)": "man in wrinkled tuxedo", "Arg1 (thing looked at)": "the woman"},
                       grammar=grammar)
    assert "looks at a woman" in realiser.natural(woman)  # first told of in the caption: "a"
    realiser.analyse.analyse_all(["the groom"])
    groom = make_event("look", "look.01", {"Arg0 (looker)": "man in wrinkled tuxedo", "Arg1 (thing looked at)": "the groom"},
                       grammar=grammar)
    assert "looks at the groom" in realiser.natural(groom)


def test_only_a_whole_clause_is_words_said(realiser, grammar):
    """A speech role's filler is a reported clause when its root is a verb with its own
    subject and a finite form; a noun with a relative clause in it is a thing said."""
    said = make_event("tell", "tell.01", {"Arg0 (Speaker)": "manager", "Arg1 (Utterance)": "the plant is closing",
                                          "Arg2 (Hearer)": "workers", "Scene of the Event": "factory floor"}, grammar=grammar)
    assert realiser.natural(said) == "On a factory floor, a manager tells workers that the plant is closing."
    thing = make_event("mention", "mention.01", {"Arg0 (speaker)": "the ad",
                                                 "Arg1 (utterance)": "a topic that the retailer has avoided"}, grammar=grammar)
    assert realiser.natural(thing) == "The ad mentions a topic that the retailer has avoided."


@pytest.mark.parametrize("tokens, written", [
    ('the " law "', 'the "law"'),
    ("of Hans Christian Andersen 's \" the Little Mermaid \"", "of Hans Christian Andersen's \"The Little Mermaid\""),
    ('Their song " Love is a Beautiful Thing "', 'Their song "Love is a Beautiful Thing"'),
    ("of the entire 5265 - kilometer ( 3272 - mile ) Amazon River", "of the entire 5,265-kilometer (3,272-mile) Amazon River"),
    ("a 1200 - lb bull born in 1984", "a 1,200-lb bull born in 1984"),  # a quantity's commas, not a year's
    ("dressed in shorts , tank tops or muscle shirts `` many times", "dressed in shorts, tank tops or muscle shirts many times"),
    ("an `` organic '' society", 'an "organic" society'),
    ('as a " discipline " rather than as a " communication tool , " Taiwanese',
     'as a "discipline" rather than as a "communication tool," Taiwanese'),
    ('" the end "', '"the end"'),  # no title: its first word keeps its case
    # Penn's marks say which way they face: a closing one whose opening was cut goes
    ("a class in diplomacy of the whole people '' that trains staff through its `` virtual institute",
     "a class in diplomacy of the whole people that trains staff through its virtual institute"),
    ("enhances shareholder value . ''", "enhances shareholder value"),
    # single quotes too (Penn's ` opens): "there definitely would be a ' later '"; a plural
    # possessive's mark stays after its word
    ("there definitely would be a ' later '", "there definitely would be a 'later'"),
    ("the ` portfolio insurance ' phenomenon", "the 'portfolio insurance' phenomenon"),
    ("of being the ' comeback kings '", "of being the 'comeback kings'"),
    ("by the horns ' rasps and bleats", "by the horns' rasps and bleats"),
    # an abbreviation's full stop and a slash between words (round 10 q138 "No . 13"),
    # but a verse's line break (a lower-case word, then a line's capital) stays spaced
    ("a damaged copy of chromosome No . 13", "a damaged copy of chromosome No. 13"),
    ("so his door would open / close", "so his door would open/close"),
    ("Bush / Cheney", "Bush/Cheney"),
    ("in obedience / To dirty waters", "in obedience / To dirty waters"),
    # square brackets the tokeniser spaced are an editor's note: gone (round22/q093 "They
    # [ talks ] come along"); an isotope's label stays, against its compound
    ("they [ talks ]", "they"),
    ("The foreigners [ non - ethnic Chinese ] present", "The foreigners present"),
    ("16.125 Canadian dollars [ US$ 13.73 ]", "16.125 Canadian dollars"),
    ("with [ 3H ] FPP", "with [3H]FPP"),
])
def test_propbank_quotes_and_brackets_are_set_as_written(tokens, written):
    """Judged not fluent (round 6): 'the " law "', '" the Little Mermaid "', '( 3272-mile )',
    a quote mark whose quotation the span cut ('"many times.')."""
    from srlcap.readers.common import clean_filler

    assert clean_filler(None, "r", "Arg1", tokens) == written


def test_an_article_agrees_with_the_quoted_word(grammar, nlp):
    """Judged not fluent (round 6): 'envisages a "organic" society'."""
    from srlcap.analysis import Analyser
    from srlcap.grammar import Realiser

    prose = Realiser(grammar, Analyser(grammar, nlp=nlp, written=True))
    ev = make_event("envisage", "envisage.01", {"Arg0 (thinker)": "The concept",
                                                "Arg1 (thing under consideration)": 'an "organic" society'},
                    grammar=grammar)
    assert prose.natural(ev) == 'The concept envisages an "organic" society.'


def test_a_clause_as_subject_is_said_not_asked(grammar, nlp):
    """Judged not fluent (round 6): 'announces, "What matters is what advertisers will
    pay?"': a wh-word that opens a clausal subject makes a statement; "What happened?"
    is still asked."""
    from srlcap.analysis import Analyser
    from srlcap.grammar import Realiser

    prose = Realiser(grammar, Analyser(grammar, nlp=nlp, written=True))
    ev = make_event("announce", "announce.01", {"Arg0 (announcer)": "The chairman",
                                                "Arg1 (utterance)": "What matters is what advertisers will pay"},
                    grammar=grammar)
    assert prose.natural(ev) == "The chairman announces that what matters is what advertisers will pay."
    asked = make_event("ask", "ask.01", {"Arg0 (asker)": "The chairman", "Arg1 (question)": "what happened"},
                       grammar=grammar)
    assert prose.natural(asked).endswith('"What happened?"')


def test_a_quoted_filler_is_quoted_once(grammar, nlp):
    """Judged not fluent (round 3): 'declares of himself, "" A peasant I was born . "."':
    the filler brings its own marks."""
    from srlcap.analysis import Analyser
    from srlcap.grammar import Realiser
    from srlcap.readers.common import clean_filler

    prose = Realiser(grammar, Analyser(grammar, nlp=nlp, written=True))
    said = clean_filler(None, "r", "Arg1", '" A peasant I was born and a peasant I will die . "')
    ev = make_event("declare", "declare.01", {"Arg0 (declarer)": "He", "Arg1 (utterance)": said}, grammar=grammar)
    assert prose.natural(ev) == 'He declares, "A peasant I was born and a peasant I will die."'


def test_a_vehicle_named_as_what_moves_moves_itself(realiser, grammar):
    """Judged not fluent (round 6): "the police car is abruptly pulled over": pull_over.05's
    examples have an agent, but its Arg1 is "thing moving" and a car moves by itself; a
    thing that is no vehicle is still moved ("the figures are adjusted")."""
    realiser.analyse.analyse_all(["police car", "to the side of the road", "crate"])
    car = make_event("pull over", "pull.05", {"Arg1 (thing moving, pulling over)": "police car",
                                              "Arg2 (destination)": "to the side of the road"}, grammar=grammar)
    assert realiser.natural(car) == "A police car pulls over to the side of the road."
    crate = make_event("pull over", "pull.05", {"Arg1 (thing moving, pulling over)": "crate",
                                                "Arg2 (destination)": "to the side of the road"}, grammar=grammar)
    assert realiser.natural(crate) == "A crate is pulled over to the side of the road."


def test_a_lone_particle_goes_before_a_heavy_object(grammar, nlp):
    """Judged not fluent (round 6): "brushes suggestions that the won be revalued again
    aside"; a short object keeps it after ("brushes the crumbs aside")."""
    from srlcap.analysis import Analyser
    from srlcap.grammar import Realiser

    prose = Realiser(grammar, Analyser(grammar, nlp=nlp, written=True))
    heavy = make_event("brush", "brush.01", {"Arg0 (agent)": "The President",
                                             "Arg1 (entity brushed)": "suggestions that the won be revalued again",
                                             "ArgM (direction)": "aside"}, grammar=grammar)
    assert prose.natural(heavy) == "The President brushes aside suggestions that the won be revalued again."
    light = make_event("brush", "brush.01", {"Arg0 (agent)": "The President", "Arg1 (entity brushed)": "the crumbs",
                                             "ArgM (direction)": "aside"}, grammar=grammar)
    assert prose.natural(light) == "The President brushes the crumbs aside."


def test_a_reflexive_object_goes_before_the_particle(grammar, nlp):
    """Judged not fluent (round 10): "Some pass off themselves as soldiers": a reflexive
    is a pronoun, and a pronoun object goes between a phrasal verb and its particle."""
    from srlcap.analysis import Analyser
    from srlcap.grammar import Realiser

    prose = Realiser(grammar, Analyser(grammar, nlp=nlp, written=True))
    ev = make_event("pass off", "pass_off.18", {"Arg0 (faker)": "The twins", "Arg1 (thing offered)": "themselves",
                                               "Arg3 (fake attribute of Arg1)": "as soldiers"}, grammar=grammar)
    assert prose.natural(ev) == "The twins pass themselves off as soldiers."


def test_a_doing_takes_no_with(grammar, nlp):
    """Judged not fluent (round 6): "misspends his youth with learning classical languages"."""
    from srlcap.analysis import Analyser
    from srlcap.grammar import Realiser

    prose = Realiser(grammar, Analyser(grammar, nlp=nlp, written=True))
    ev = make_event("misspend", "misspend.01", {"Arg0 (misspender)": "John", "Arg1 (thing wasted)": "his youth",
                                                "Arg2 (misspent how, on what)": "learning classical languages"},
                    grammar=grammar)
    assert prose.natural(ev) == "John misspends his youth learning classical languages."


def test_a_setting_told_as_a_bare_plural_takes_the(realiser, grammar):
    """Judged not fluent (round 6): "throw rice at the couple on church steps"."""
    realiser.analyse.analyse_all(["guests", "rice", "at the couple", "church steps"])
    ev = make_event("throw", "throw.01", {"Arg0 (thrower)": "guests", "Arg1 (thing thrown)": "rice",
                                          "Arg2 (thrown at, to, over, etc)": "at the couple",
                                          "Scene of the Event": "church steps"}, grammar=grammar)
    assert realiser.natural(ev) == "Guests throw rice at the couple on the church steps."


def test_a_noun_only_lemma_is_said_as_its_verb_and_a_name_is_one(grammar, nlp):
    """Judged not fluent (round 6): "The first king of Portugal, Dom Afonso Henriques,
    reconquest the city" (reconquest.01's lemma is a noun; the tagger takes "Henriques"
    for a plural)."""
    from srlcap.analysis import Analyser
    from srlcap.grammar import Realiser

    prose = Realiser(grammar, Analyser(grammar, nlp=nlp, written=True))
    ev = make_event("reconquest", "reconquest.01", {
        "Arg0 (conqueror)": "by the first king of Portugal, Dom Afonso Henriques",
        "Arg1 (thing conquered)": "the city of Lisboa", "Arg2 (former possessors)": "from the Moors"}, grammar=grammar)
    assert prose.natural(ev) == ("The first king of Portugal, Dom Afonso Henriques, reconquers the city of Lisboa "
                                 "from the Moors.")
    people = make_event("mug", "mug.01", {"Arg0 (mugger)": "The disgruntled Pennsylvanians", "Arg1 (victim)": "him"},
                        grammar=grammar)
    assert prose.natural(people) == "The disgruntled Pennsylvanians mug him."


def test_a_role_done_to_said_as_subject_is_passive(grammar, nlp):
    """Judged not fluent (round 6): "The island circumnavigates by boat": with no agent
    and Arg1 prepositional, the subject is Arg2, what is sailed around; a verb with a doer
    says it in the passive. Not with a bare object left ("A cysteine moiety farnesylates
    the polypeptide")."""
    from srlcap.analysis import Analyser
    from srlcap.grammar import Realiser

    prose = Realiser(grammar, Analyser(grammar, nlp=nlp, written=True))
    ev = make_event("circumnavigate", "circumnavigate.01", {"Arg1 (vessle being steered l)": "by boat",
                                                            "Arg2 (mass navigated around)": "of the island"},
                    grammar=grammar)
    assert prose.natural(ev) == "The island is circumnavigated by boat."
    left = make_event("farnesylate", "farnesylate.01", {
        "Arg1 (thing farnesylated)": "the polypeptide that represents the substrate",
        "Arg3 (result of farnesylation)": "a cysteine moiety"}, grammar=grammar)
    assert "is farnesylated" not in prose.natural(left)
    # a role PropBank describes by a doer's noun acts: feed.01's "eater"
    eater = make_event("feed", "feed.01", {"Arg1 (food)": "on non-edible materials", "Arg2 (eater)": "the microbes"},
                       grammar=grammar)
    assert prose.natural(eater) == "The microbes feed on non-edible materials."


def test_a_nominal_s_preposition_is_cut_where_propbank_shows_the_role_bare(grammar, nlp):
    """Judged not fluent (round 6): "The candidate answers to most of the debate
    questions": answer.01's Arg1 is described "in response to", but PropBank's spans
    show it bare more often; "banned from" keeps its "from"."""
    from srlcap.analysis import Analyser
    from srlcap.grammar import Realiser

    prose = Realiser(grammar, Analyser(grammar, nlp=nlp, written=True))
    ev = make_event("answer", "answer.01", {"Arg0 (replier)": "the candidate's",
                                            "Arg1 (in response to)": "to most of the debate questions"},
                    grammar=grammar)
    assert prose.natural(ev) == "The candidate answers most of the debate questions."
    ban = make_event("ban", "ban.01", {"Arg0 (lawgiver)": "the FA", "Arg1 (activity/place/item not allowed)":
                                       "from all matches", "Arg2 (secondary agent)": "him"}, grammar=grammar)
    assert "from all matches" in prose.natural(ban)


def test_a_vehicle_one_carries_a_thing_in_takes_in(grammar, nlp):
    """Judged not fluent (round 6): "are hauled with a real tough truck": a verb of
    carrying (VerbNet's 11 classes) carries in a vehicle; "hits the man with a car" is
    not such a verb."""
    from srlcap.analysis import Analyser
    from srlcap.grammar import Realiser

    prose = Realiser(grammar, Analyser(grammar, nlp=nlp, written=True))
    ev = make_event("haul", "haul.01", {"Arg1 (thing carried)": "your buddies", "Arg2 (instrument)": "a truck",
                                        "ArgM (direction)": "to the yacht club"}, grammar=grammar)
    assert prose.natural(ev) == "Your buddies are hauled in a truck to the yacht club."
    hit = make_event("hit", "hit.01", {"Arg0 (agent, hitter)": "He", "Arg1 (thing hit)": "the man",
                                       "Arg2 (instrument, thing hit by or with)": "a car"}, grammar=grammar)
    assert "in a car" not in prose.natural(hit)


def test_an_adverb_of_a_participle_follows_a_verb_with_no_object(realiser, grammar):
    """Judged not fluent (round 6): "she searchingly looks at rows of orchids"; with a bare
    object it stays before the verb ("admiringly watch the couple")."""
    realiser.analyse.analyse_all(["woman", "rows of orchids", "searchingly", "guests", "the couple", "admiringly"])
    look = make_event("look", "look.01", {"Arg0 (looker)": "woman", "Arg1 (thing looked at)": "rows of orchids",
                                          "ArgM (manner)": "searchingly"}, grammar=grammar)
    assert realiser.natural(look) == "A woman looks searchingly at rows of orchids."
    watch = make_event("watch", "watch.01", {"Arg0 (observer)": "guests", "Arg1 (thing looked at)": "the couple",
                                             "ArgM (manner)": "admiringly"}, grammar=grammar)
    assert realiser.natural(watch) == "Guests admiringly watch the couple."


def test_a_noun_said_bare_in_a_kitchen_counts_when_someone_wears_something(grammar, realiser):
    # round8/q137 "Batter in a red helmet runs": the kitchen's batter is a mass noun, the
    # batter in a helmet a person; round8/q066, round4/q026 "towards the home plate"
    E = lambda *a, **k: make_event(*a, grammar=grammar, **k)  # noqa: E731
    assert realiser.natural(E("run", "run.02", {"Arg0 (runner)": "batter in red helmet",
                                                "ArgM (goal)": "towards first base"})) == \
        "A batter in a red helmet runs towards first base."
    assert realiser.natural(E("pour", "pour.01", {"Arg0 (pourer)": "woman", "Arg1 (liquid)": "batter",
                                                  "Arg2 (destination)": "into pan"})) == "A woman pours batter into a pan."
    assert realiser.natural(E("throw", "throw.01", {"Arg0 (thrower)": "pitcher", "Arg1 (thing thrown)": "baseball",
                                                    "ArgM (direction)": "towards home plate"})) == \
        "A pitcher throws a baseball towards home plate."


@pytest.fixture(scope="module")
def prose(grammar, nlp):
    from srlcap.analysis import Analyser
    from srlcap.grammar import Realiser

    return Realiser(grammar, Analyser(grammar, nlp=nlp, written=True))


def test_arg1_of_a_verb_with_a_doer_never_seen_as_its_active_subject_is_passive(prose, grammar):
    """Judged not fluent (round 8): "He clothes in an ample robe", "They coat with silver or
    aluminum", "Purified His6 protein assays for ...". PropBank lists an Arg0 for these
    rolesets and none of their examples shows Arg1 as the active subject, though none has
    both Arg0 and Arg1 either: Arg1 as the subject is what is done to."""
    E = lambda *a, **k: make_event(*a, grammar=grammar, **k)  # noqa: E731
    assert prose.natural(E("clothe", "clothe.01", {"Arg1 (person dressed)": "him",
                                                   "Arg2 (clothes)": "An ample robe"})) == \
        "He is clothed in an ample robe."
    assert prose.natural(E("coat", "coat.01", {"Arg1 (thing covered)": "them",
                                               "Arg2 (covering)": "with silver or aluminum"})) == \
        "They are coated with silver or aluminum."
    assert prose.natural(E("assay", "assay.01", {"Arg1 (entity tested)": "Purified His6 protein",
                                                 "Arg2 (tested for what)": "for the ability to synthesize c-di-GMP"})) == \
        "Purified His6 protein is assayed for the ability to synthesize c-di-GMP."
    # seen as the active subject ("the door opens"), or no doer listed ("PRO-2 tweaks"): active
    assert prose.natural(E("open", "open.01", {"Arg1 (thing opening)": "The door"})) == "The door opens."
    assert prose.natural(E("tweak", "tweak.02", {"Arg1 (drug user tweaking)": "PRO-2"})) == "PRO-2 tweaks."


def test_i_takes_am_in_the_passive(prose, grammar):
    ev = make_event("flabbergast", "flabbergast.01", {"Arg1 (entity flabbergasted)": "I"}, grammar=grammar)
    assert prose.natural(ev) == "I am flabbergasted."


def test_an_instrument_with_with_and_no_doer_makes_the_passive(prose, grammar):
    """Judged not fluent (round19/q153): "A suicide vest tips with nails". tip.06 lists an
    Arg0 and its one example has none ("a suicide vest tipped with nails", a reduced
    relative read as active); an instrument said with "with" is wielded by someone left
    out: passive. A verb of beginning keeps its active ("The book begins with a murder")."""
    E = lambda *a, **k: make_event(*a, grammar=grammar, **k)  # noqa: E731
    assert prose.natural(E("tip", "tip.06", {"Arg1 (thing topped)": "a suicide vest",
                                             "Arg2 (topped with)": "with nails"})) == \
        "A suicide vest is tipped with nails."
    assert prose.natural(E("begin", "begin.01", {"Arg1 (Thing begun)": "the book",
                                                 "Arg2 (Instrument)": "with a murder"})) == \
        "The book begins with a murder."


def test_a_manner_that_is_a_doing_is_said_with_by(prose, grammar):
    """Judged not fluent (round 8): "earns his living with playing the double bass"."""
    ev = make_event("earn", "earn.01", {"Arg0 (earner)": "Composer Marc Marder", "Arg1 (wages)": "his living",
                                        "ArgM (manner)": "playing the double bass in classical music ensembles"},
                    grammar=grammar)
    assert prose.natural(ev) == \
        "Composer Marc Marder earns his living by playing the double bass in classical music ensembles."


def test_a_doer_with_its_nominal_preposition_is_said_bare_as_the_subject(prose, grammar):
    """Judged not fluent (round 8): "Between Delta Airlines and its pilots disputes labor".
    PropBank annotates nominal and adjectival uses too: their doer keeps the noun's or the
    adjective's preposition ("a dispute between ...", "anger over ..."), which a subject has not."""
    E = lambda *a, **k: make_event(*a, grammar=grammar, **k)  # noqa: E731
    assert prose.natural(E("dispute", "dispute.01", {"Arg0 (first arguer)": "between officials and merchants",
                                                     "Arg2 (topic)": "labor"})) == \
        "Officials and merchants dispute labor."
    assert prose.natural(E("grieve", "grieve.01", {"Arg0 (cause of grief)": "over her passing",
                                                   "Arg1 (griever)": "them"})) == "Her passing grieves them."
    # a word that only begins with a preposition stays whole
    assert prose.natural(E("outleap", "outleap.01", {"Arg0 (leaper)": "Over-the-counter stocks",
                                                     "Arg1 (leaped)": "the industrial average"})).startswith(
        "Over-the-counter stocks")


def test_a_filler_that_tells_of_the_past_keeps_the_verb_in_the_past(prose, grammar):
    """Judged not fluent (round 8): "dons his robes so he could give final approval", "Her
    daughter, then in grade 3, attends a private English school": the filler keeps its
    own words, so the verb follows them into the past."""
    E = lambda *a, **k: make_event(*a, grammar=grammar, **k)  # noqa: E731
    assert prose.natural(E("don", "don.01", {"Arg0 (wearer)": "Judge Thomas M. Jenkins", "Arg1 (clothing)": "his robes",
                                             "ArgM (purpose)": "so he could give final approval"})) == \
        "Judge Thomas M. Jenkins donned his robes so he could give final approval."
    assert prose.natural(E("attend", "attend.01", {"Arg0 (thing attending)": "Her daughter, then in grade 3",
                                                   "Arg1 (thing attended)": "a private English school"})) == \
        "Her daughter, then in grade 3, attended a private English school."
    # a purpose in the present stays in the present
    assert prose.natural(E("don", "don.01", {"Arg0 (wearer)": "The judge", "Arg1 (clothing)": "his robes",
                                             "ArgM (purpose)": "so he can give final approval"})) == \
        "The judge dons his robes so he can give final approval."


def test_a_filler_telling_its_own_clause_in_the_past_puts_the_verb_in_the_past(prose, grammar):
    """Judged not fluent (rounds 1 to 12): "declares to Cronos that she had given birth",
    "dashes off inscriptions with the same fluidity as he painted characters", "causes
    Cray Research stock to jump $2.875 yesterday": a filler's own finite clause in the
    past, or a past time it names, takes the sentence's verb into the past (the sequence
    of tenses); quoted words and a bare participle do not."""
    E = lambda *a, **k: make_event(*a, grammar=grammar, **k)  # noqa: E731
    assert prose.natural(E("declare", "declare.01", {"Arg0 (announcer)": "she",
                                                     "Arg1 (utterance)": "that she had given birth to a horse",
                                                     "Arg2 (hearer)": "to Cronos"})) == \
        "She declared to Cronos that she had given birth to a horse."
    assert prose.natural(E("inherit", "inherit.01", {"Arg0 (inheritor)": "some children",
                                                     "Arg1 (inheritance)": "a damaged gene",
                                                     "Arg2 (predecessor)": "from a parent who had the disease"})) == \
        "Some children inherited a damaged gene from a parent who had the disease."
    assert prose.natural(E("cause", "cause.01", {"Arg0 (causer)": "The filing",
                                                 "Arg1 (impelled action)": "the stock to jump yesterday"})) == \
        "The filing caused the stock to jump yesterday."
    # quoted words are the speaker's, and a participle after a noun has no subject of its own
    assert prose.natural(E("growl", "growl.01", {"Arg0 (growler)": "the manager",
                                                 "Arg1 (utterance)": '"I was there,"'})).startswith(
        "The manager growls")
    assert prose.natural(E("count", "count.01", {"Arg0 (counter)": "the clerk",
                                                 "Arg1 (thing counted)": "the money saved by the firm"})) == \
        "The clerk counts the money saved by the firm."


def test_a_that_clause_ends_the_objects(prose, grammar):
    """Judged not fluent (round 5): "claims that his gun wasn't a real firearm, just an
    unloaded BB gun to her": the hearer after the clause reads as part of it. A clause
    opened by "that" goes after the one told; a purpose stays after the clause."""
    E = lambda *a, **k: make_event(*a, grammar=grammar, **k)  # noqa: E731
    assert prose.natural(E("claim", "claim.01", {"Arg0 (claimer)": "the man",
                                                 "Arg1 (thing claimed)": "that his gun is not a real firearm",
                                                 "Arg2 (hearer)": "to her"})) == \
        "The man claims to her that his gun is not a real firearm."
    assert prose.natural(E("claim", "claim.01", {"Arg0 (claimer)": "Mrs. Marcos",
                                                 "Arg1 (thing claimed)": "that she is innocent",
                                                 "ArgM (purpose)": "in order to get bail"})) == \
        "Mrs. Marcos claims that she is innocent in order to get bail."


def test_names_after_a_plural_subject_are_closed_as_its_apposition(prose, grammar):
    """Judged not fluent (round 12): "Two California academics, Stanley Cohen and Herbert
    Boyer transplant" (the closing comma was missing); a list of like nouns is no apposition."""
    E = lambda *a, **k: make_event(*a, grammar=grammar, **k)  # noqa: E731
    assert prose.natural(E("transplant", "transplant.01", {
        "Arg0 (mover)": "two California academics, Stanley Cohen and Herbert Boyer",
        "Arg1 (thing moved)": "a gene"})) == "Two California academics, Stanley Cohen and Herbert Boyer, transplant a gene."
    assert prose.natural(E("rot", "rot.01", {"Arg1 (thing rotting)": "apples, pears and plums"})) == \
        "Apples, pears and plums rot."


def test_an_object_ending_in_an_apposition_is_closed_before_more_words(prose, grammar):
    """Judged not fluent (neg11, neg14): "A man massages Scot MacInnis, a masseur in
    Boulder, Colo. in a natural-foods supermarket": an apposition the object ends in is
    closed, as a subject's is, when a place or another phrase follows; at the end of the
    sentence the full stop closes it."""
    E = lambda *a, **k: make_event(*a, grammar=grammar, **k)  # noqa: E731
    assert prose.natural(E("massage", "massage.01", {
        "Arg0 (masseur)": "a man", "Arg1 (massagee)": "Scot MacInnis, a masseur in Boulder, Colo.",
        "ArgM (location)": "in a natural-foods supermarket"})) == \
        "A man massages Scot MacInnis, a masseur in Boulder, Colo., in a natural-foods supermarket."
    assert prose.natural(E("massage", "massage.01", {
        "Arg0 (masseur)": "a man", "Arg1 (massagee)": "Scot MacInnis, a masseur in Boulder, Colo."})) == \
        "A man massages Scot MacInnis, a masseur in Boulder, Colo."


def test_a_doers_to_that_spacy_parses_as_an_auxiliary_is_cut_from_the_subject(prose, grammar):
    """Judged (neg11, neg13): "To parents inherit genes from offspring", swapped from
    PropBank's nominal doer "to offspring" (spaCy tags its "to" an auxiliary, so it stayed
    on the subject); a content clause's "that" stays."""
    E = lambda *a, **k: make_event(*a, grammar=grammar, **k)  # noqa: E731
    said = prose.natural(E("inherit", "inherit.01", {"Arg0 (heir)": "to offspring", "Arg1 (inheritance)": "of genes",
                                                     "Arg2 (source)": "from parents"}))
    assert not said.lower().startswith("to ") and "offspring inherit" in said.lower()
    assert prose.natural(E("concern", "concern.01", {"Arg0 (worrisome thing)": "that we might recommend this therapy",
                                                     "Arg1 (worried entity)": "her"})).startswith("That we might")


def test_a_lone_what_as_subject_or_object_is_something(prose, grammar):
    """Judged not fluent (round 10): "A Lien victory means what for the New Party": a
    statement says the indefinite where PropBank's span kept only the free relative or
    question word ("What counts" -> "Something counts")."""
    E = lambda *a, **k: make_event(*a, grammar=grammar, **k)  # noqa: E731
    assert prose.natural(E("mean", "mean.01", {"Arg1 (element containing meaning)": "a Lien victory",
                                               "Arg2 (meaning)": "what",
                                               "Arg3 (perceiver, beneficiary)": "for the New Party"})) == \
        "A Lien victory means something for the New Party."
    assert prose.natural(E("count", "count.04", {"Arg1 (important thing)": "What"})) == "Something counts."


def test_a_company_name_coordinated_with_another_noun_is_plural(prose, grammar):
    """Round 8: "Delta Airlines and its pilots disputes labor" (the company-name rule said
    "Airlines" was one company, and the coordination was not asked)."""
    ev = make_event("dispute", "dispute.01", {"Arg0 (first arguer)": "between Delta Airlines and its pilots",
                                              "Arg2 (topic)": "labor"}, grammar=grammar)
    assert prose.natural(ev) == "Delta Airlines and its pilots dispute labor."
    fly = make_event("fly", "fly.01", {"Arg0 (pilot)": "United Airlines", "Arg1 (aircraft)": "jets"}, grammar=grammar)
    assert prose.natural(fly).startswith("United Airlines flies")


@pytest.mark.parametrize("filler, plural", [
    ("A significant number of the hydroxylic groups", True),  # round10/q014
    ("Bear Stearns, Morgan Stanley and Oppenheimer", True),  # round10/q155
    ("the number of cases", False),
    ("a lot of water", False),
    ("NL Industries", False),
    # a share agrees with its whole (round13/q159: "Only 8% of patients is radiographed")
    ("Only 8% of patients", True),
    ("30 percent of the stock", False),
    ("some of the water", False),
    ("half of the cars", True),
    ("the rest of us", True),
    ("One of the friends", False),
    ("The majority of the 55,000 Machinists", True),
    ("the majority of the vote", False),
])
def test_a_subjects_number_is_what_it_counts(analyser, filler, plural):
    analyser.analyse_all([filler])
    assert analyser(filler).plural is plural


@pytest.mark.parametrize("args, said", [
    # round13: "On a yacht at sea, ... falls from the deck into the sea"
    ({"Arg1 (thing falling)": "man in white hat", "Arg3 (start point)": "from the deck",
      "Arg4 (end point)": "into the sea", "Scene of the Event": "yacht at sea"},
     "On a yacht, a man in a white hat falls from the deck into the sea."),
    ({"Arg1 (thing falling)": "explorer", "Arg4 (end point)": "into the snow", "Scene of the Event": "snowy tundra"},
     "An explorer falls into the snow on a tundra."),
    # what no other phrase says stays: "at night", "rainy"
    ({"Arg1 (thing falling)": "explorer", "Arg4 (end point)": "into the river", "Scene of the Event": "snowy tundra at night"},
     "An explorer falls into the river on a snowy tundra at night."),
])
def test_a_scene_says_no_place_another_phrase_says(realiser, grammar, args, said):
    assert realiser.natural(make_event("fall", "fall.01", args, grammar=grammar)) == said


def test_a_share_of_a_plural_whole_takes_a_plural_verb(prose, grammar):
    """Round 13 (q159): "Only 8% of patients is radiographed"."""
    ev = make_event("radiograph", "radiograph.01", {"Arg1 (subject)": "Only 8% of patients",
                                                    "ArgM (purpose)": "for periodontal reasons"}, grammar=grammar)
    assert prose.natural(ev) == "Only 8% of patients are radiographed for periodontal reasons."


@pytest.mark.parametrize("verb, verb_id, args, said", [
    # a lone preposition is a particle and takes no other preposition (round13/q054)
    ("drowse", "drowse.01", {"Arg0 (drowsy entity)": "He", "ArgM (direction)": "off"}, "He drowses off."),
    ("taxi", "taxi.01", {"Arg0 (driver)": "Air Force One", "ArgM (direction)": "in",
                         "ArgM (location)": "on the tarmac"}, "Air Force One taxis in on the tarmac."),
    # one word of hyphened words round a preposition is an adverb, with no "with" (round13/q007)
    ("execute", "execute.02", {"Arg1 (thing done)": "of policies", "ArgM (manner)": "day-to-day"},
     "Policies are executed day-to-day."),
    # a lone "that" is a demonstrative, not a particle
    ("remain", "remain.01", {"Arg1 (thing remaining)": "That", "Arg3 (attribute of arg1)": "to be seen"},
     "That remains to be seen."),
])
def test_a_filler_that_is_an_adverb_by_itself_takes_no_preposition(prose, grammar, verb, verb_id, args, said):
    assert prose.natural(make_event(verb, verb_id, args, grammar=grammar)) == said


@pytest.mark.parametrize("filler, written", [
    ("The 40 - year old Mr. Pope", "The 40-year-old Mr. Pope"),  # round13/q171
    ("his nine year old sister", "his nine-year-old sister"),
    ("a six year old child", "a six-year-old child"),
    # an age said after the verb, and a year that is no age, stay
    ("77 years old", "77 years old"),
    ("the year old wine", "the year old wine"),
])
def test_an_age_before_its_noun_is_hyphened(filler, written):
    from srlcap.readers.common import clean_filler

    assert clean_filler(None, "r", "Arg0", filler) == written


@pytest.mark.parametrize("verb, verb_id, args, said", [
    # an unsaid doer PropBank describes as several ("rioter(s)") is people (round13/q148)
    ("riot", "riot.01", {"ArgM (goal)": "against the Metropolitan Police"},
     "People riot against the Metropolitan Police."),
    # ... and one a reciprocal object refers back to
    ("deter", "deter.01", {"Arg1 (patient, entity deterred)": "each other",
                           "ArgM (manner)": "with large remaining forces"},
     "People deter each other with large remaining forces."),
    # a plural doer's deed on "the other" is on each other (round13/q006)
    ("snitch", "snitch.02", {"Arg0 (tattle tale)": "they", "Arg1 (entity being ratted out)": "on the other"},
     "They snitch on each other."),
    # one doer's "the other" stays, and so does "the other team"
    ("decode", "decode.01", {"Arg0 (decoder)": "a spy", "Arg1 (message decoded)": "the other"},
     "A spy decodes the other."),
    ("beat", "beat.03", {"Arg0 (winner)": "the fans", "Arg1 (loser)": "the other team"},
     "The fans beat the other team."),
])
def test_a_doer_that_is_several(prose, grammar, verb, verb_id, args, said):
    assert prose.natural(make_event(verb, verb_id, args, grammar=grammar)) == said


@pytest.mark.parametrize("verb, verb_id, args, said", [
    # a verb of making feel with no one who feels is cut off (round13/q022)
    ("concern", "concern.01", {"Arg0 (causer of concern)": "about making a living"}, "Making a living concerns people."),
    ("offend", "offend.01", {"Arg0 (offender)": "A certain man", "Arg2 (instrument)": "with his swearing"},
     "A certain man offends people with his swearing."),
    ("torture", "torture.01", {"Arg0 (torturer)": "the regime", "ArgM (manner)": "horribly"},
     "The regime tortures people horribly."),
    # one who feels said: nothing added; a verb of other senses too (VerbNet's cut-21.1): none
    ("amaze", "amaze.01", {"Arg0 (causer of amazement)": "This", "Arg1 (amazed entity)": "me"}, "This amazes me."),
    ("cut", "cut.01", {"Arg0 (cutter)": "The river", "ArgM (direction)": "through the plains"},
     "The river cuts through the plains."),
])
def test_a_verb_of_making_feel_has_one_who_feels(prose, grammar, verb, verb_id, args, said):
    assert prose.natural(make_event(verb, verb_id, args, grammar=grammar)) == said


def test_overboard_is_from_the_vessel(realiser, grammar):
    """Round 14 q067: "overboard" is over the side of a vessel, out of it; the vessel of
    the scene is where the thing goes from, not where it is."""
    ev = make_event("throw", "throw.01", {"Arg0 (thrower)": "woman in black wetsuit", "Arg1 (thing thrown)": "diving knife",
                                          "Arg2 (thrown at, to, over, etc)": "overboard",
                                          "Scene of the Event": "yacht at sea"}, grammar=grammar)
    assert realiser.natural(ev) == "A woman in a black wetsuit throws a diving knife overboard from a yacht at sea."
    # a scene that is no vessel keeps its own preposition
    ev = make_event("throw", "throw.01", {"Arg0 (thrower)": "woman", "Arg1 (thing thrown)": "knife",
                                          "Arg2 (thrown at, to, over, etc)": "into the river",
                                          "Scene of the Event": "yacht at sea"}, grammar=grammar)
    assert realiser.natural(ev).endswith(" on a yacht at sea.")


def test_a_mass_noun_told_where_it_is_takes_the(realiser, grammar, analyser):
    """Round 14 q162: "puts out fire on her cloak": stuff told where it is, by a known
    place, is that portion of it ("the fire on her cloak"); a pronoun-like word of the mass
    list ("everyone at the table") and stuff in a place not yet known stay bare."""
    from srlcap.grammar.realise import render_phrase

    ev = make_event("put out", "put_out.01", {"Arg0 (extinguisher)": "warrior in bronze armor",
                                              "Arg1 (fire)": "fire on her cloak"}, grammar=grammar)
    assert realiser.natural(ev) == "A warrior in bronze armor puts out the fire on her cloak."
    assert render_phrase(analyser("water in the sink")) == "the water in the sink"
    assert render_phrase(analyser("everyone at the table")) == "everyone at the table"
    assert render_phrase(analyser("water in a glass")) == "water in a glass"


def test_ones_own_body_part_moved_by_a_verb_of_the_body_makes_its_owner_the_doer(prose, grammar):
    """Judged not fluent (round19/q049): "Your thumbs are twiddled". twiddle.01 (VerbNet
    crane-40.3.2, a verb of the body) lists a doer and shows none: the owner of the body
    part moves it. A verb acting on the body from outside keeps the passive ("His eye is
    crusted")."""
    E = lambda *a, **k: make_event(*a, grammar=grammar, **k)  # noqa: E731
    assert prose.natural(E("twiddle", "twiddle.01", {"Arg1 (entity twiddled)": "your thumbs"})) == \
        "You twiddle your thumbs."
    assert prose.natural(E("crust", "crust.01", {"Arg1 (entity becoming crusted)": "his eye"})) == \
        "His eye is crusted."
