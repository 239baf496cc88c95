"""Event captions of PropBank's real annotated sentences (../shared/realdata/propbank's dev
frames), each rule with the frames whose captions readers judged not fluent (round 8 and
9) and frames the rule must leave alone."""
from __future__ import annotations

from functools import lru_cache

import pytest

from judged import PROPBANK
from srlcap.frames import assign_entities
from srlcap.readers import read_vsann_file

pytestmark = pytest.mark.skipif(not PROPBANK.is_file(), reason="the PropBank frames are not in this workplace")


@lru_cache(maxsize=None)
def _events() -> dict:
    """(clip id, event name) -> event, of the first annotation of each clip (as the
    readers' samples were drawn)."""
    out, seen = {}, set()
    for clip in read_vsann_file(PROPBANK, "dev", frozenset({"direction", "manner", "location", "purpose", "goal"})):
        if clip.clip_id in seen:
            continue
        seen.add(clip.clip_id)
        for ev in assign_entities(clip.events):
            out[(clip.clip_id, ev.name)] = ev
    return out


@pytest.fixture(scope="module")
def prose(grammar, nlp):
    from srlcap.analysis import Analyser
    from srlcap.grammar import Realiser

    return Realiser(grammar, Analyser(grammar, nlp=nlp, written=True))


def caption(prose, clip: int, event: str) -> str:
    return prose.natural(_events()[(f"v_pbdev{clip:05d}_seg_0_10", event)])


@pytest.mark.parametrize("clip, event, expected", [
    # round 9 q098: omit.01's Arg1 "thing left out" (PropBank's spans: bare, 3 of 3)
    (206, "Ev2", "Hudson General, which provides maintenance, fueling and other services to airlines and "
                 "airports, omits the semiannual dividend on its common shares."),
    # round 9 q099: shape.01's Arg1 "thing worked on" (bare, 2 of 2)
    (503, "Ev4", "Hsia shapes it into a little figure."),
    (274, "Ev1", "He berates him."),  # berate.01's "entity berated at"
])
def test_a_preposition_ending_the_role_s_description_is_not_the_verb_s(prose, clip, event, expected):
    """The description's last word is its own verb's preposition ("left out", "worked on"),
    not this verb's, where PropBank's spans show the Arg1 bare and never after it."""
    assert caption(prose, clip, event) == expected


def test_a_role_propbank_shows_after_its_description_s_preposition_keeps_it():
    from srlcap.grammar.realise import _describes_bare
    from srlcap.lexicon import RoleInfo

    assert not _describes_bare(RoleInfo("thing looked at", "thing looked at", "PPT", {"at": 3}), "at")
    assert not _describes_bare(RoleInfo("thing wondered about", "thing", "PPT", {"": 1, "about": 1}), "about")
    assert not _describes_bare(RoleInfo("thing looked at", "thing looked at", "PPT", {}), "at")  # no spans
    assert _describes_bare(RoleInfo("thing left out", "thing left out", "PPT", {"": 3}), "out")


@pytest.mark.parametrize("clip, event, expected", [
    # round 9 q012: the article that opened PropBank's sentence
    (1076, "Ev1", "Offenders who entered through a back door burgle a house in Vicarage Lane."),
    # round 8 q017, q139: the plural of a common noun, though a name is spelt so
    (942, "Ev4", "Tractors chug through rich fields with their wagons full of seed potatoes."),
    (942, "Ev2", "Brian tints my windows on my S10."),
])
def test_no_capital_mid_sentence_but_a_name_s(prose, clip, event, expected):
    assert caption(prose, clip, event) == expected


@pytest.mark.parametrize("clip, event, expected", [
    # round 9 q015, round 8 q005: a clinical note's bare subject
    (1099, "Ev2", "The patient is deconditioned."),
    (1290, "Ev1", "The knee is manipulated."),
    # round 9 q030: the filler opened PropBank's sentence ("Patient in 814 coded"), read as an
    # adjective there; now a noun phrase, it is the subject
    (969, "Ev2", "The patient in 814 codes."),
])
def test_a_bare_singular_count_noun_as_subject_takes_the(prose, clip, event, expected):
    assert caption(prose, clip, event) == expected


@pytest.mark.parametrize("clip, event, expected", [
    # names the tagger took for common nouns (one word with a sentence's capital)
    (1, "Ev5", 'Marshall toys with "flexibility".'),
    (127, "Ev1", "Commodore assembles an experienced management team."),
    (435, "Ev3", "Collins machinates the game."),
    (870, "Ev5", "Hunter concentrates on the insurance business on its resources."),
    # an adjective PropBank cut from its noun ("national"), a mass noun's quantity
    (1049, "Ev3", "National panics."),
    (1103, "Ev4", "Federal executes."),
    (336, "Ev3", "More skin sloughs off."),
    # mid-sentence a bare noun is meant bare
    (517, "Ev5", "She jumps ship."),
])
def test_a_bare_noun_that_is_a_name_a_mass_or_an_adjective_stays_bare(prose, clip, event, expected):
    assert caption(prose, clip, event) == expected


@pytest.mark.parametrize("clip, event, expected", [
    # a nominal's owner ("Merle's demoralization") is its Arg1
    (1151, "Ev1", "Merle is demoralized."),
    (1336, "Ev2", "Valley National slides 5 3/4 points to 18 1/2 on 4.2 million shares."),
    (1146, "Ev4", "The cancellation of St. Elmo's Fire agitates Benny."),
])
def test_an_arg1_that_is_an_owner_alone_loses_its_s(prose, clip, event, expected):
    assert caption(prose, clip, event) == expected


def test_a_that_determiner_opens_a_noun_phrase(prose):
    """Round 9 q159: "that unnamed, unnameable pool" was read as a prepositional phrase, so
    no subject was found and "Someone harbors ... in its secret bosom" clashed."""
    assert caption(prose, 286, "Ev3") == "That unnamed, unnameable pool is harbored in its secret bosom."


def test_a_compound_the_parse_split_after_a_cut_preposition_takes_its_last_noun_s_number(prose):
    """Round 9 q031: "of several Yellow Pages directories" (a nominal's Arg1) parses
    "Pages" and "directories" both as objects of "of"; cut of it, the head is the last."""
    assert caption(prose, 1039, "Ev5") == \
        "Several Yellow Pages directories shift production from the third to the fourth quarter."


@pytest.mark.parametrize("clip, event, expected", [
    # round 9 q142: "a reduction in its work force": no doer, so the thing acted on is the
    # subject, not "Someone reduces in its work force ... its"
    (994, "Ev3", "Its work force is reduced by 24%."),
    (143, "Ev4", "Stock market prices dive."),
    (134, "Ev2", "That I had to go climb a tree to get away embarrasses me."),  # "embarrassing to me"
    # round 9 q158: the nominal's "of" before a role PropBank shows bare, and no other object
    (263, "Ev5", "The governor blames the scandal on a staff member."),
    # round 8 q013
    (471, "Ev4", 'Jeremy confuses "effect" and "affect".'),
    # a nominal's "of" before a role with its own preposition
    (131, "Ev2", "He elaborates on a general theory of conflict."),
    # prepositions PropBank's few examples do not show, but English does, stay
    (85, "Ev1", "He pontificates about the best TV from this past season."),
    (818, "Ev5", "He sinks into depression."),
])
def test_a_nominal_s_preposition_propbank_never_shows_for_the_role_goes(prose, clip, event, expected):
    assert caption(prose, clip, event) == expected


def test_a_capital_inside_a_filler_stays_when_its_preposition_is_cut(prose):
    assert caption(prose, 123, "Ev3") == "He weds to Psyche."


def test_police_are_plural(prose):
    assert caption(prose, 889, "Ev2") == "The police are tipped."


@pytest.mark.parametrize("clip, event, start", [
    # round 9 q166: an apposition that holds commas of its own is closed before the verb
    (1176, "Ev1", "McGill, a Valparaiso, Ind., ball-bearing manufacturer, rebuffs"),
    (1258, "Ev1", "Two small New York galleries, the Coe Kerr Gallery and Beadleston Fine Arts, snatch"),
    # round 12 q100: names of the members of a plural noun, coordinated, are its apposition
    (98, "Ev1", "Two California academics, Stanley Cohen and Herbert Boyer, transplanted"),
    # round 9 q112: an aside opened with a dash is closed with one
    (1191, "Ev4", "Their manager -- a fellow named Earl Weaver, who, in a different time, handled four "
                  "World Series teams and now handles the Gold Coast Suns -- growls"),
    # one closed already is not closed again (and the owners' apostrophe the source lost
    # is put back: realise._lost_apostrophe)
    (305, "Ev2", "The buy-out group -- led by United's pilots' union and UAL Chairman Stephen Wolf -- bills"),
    (1166, "Ev4", "Very, very heavy turnover -- between five million and six million shares -- accompanies"),
])
def test_an_aside_after_the_subject_is_closed_before_the_verb(prose, clip, event, start):
    assert caption(prose, clip, event).startswith(start)


def test_a_for_clause_is_an_object_not_a_subject(prose):
    assert caption(prose, 1031, "Ev5") == "He needs them to play better."


@pytest.mark.parametrize("clip, event, expected", [
    # round 9 q101
    (355, "Ev4", "Each man is stabbed to death with a large knife."),
    (640, "Ev1", "I dice the apples into one-inch pieces using a paring knife."),
    (1126, "Ev2", "The chef flakes the fish into chunks with his hands."),
])
def test_the_result_comes_before_the_means(prose, clip, event, expected):
    assert caption(prose, clip, event) == expected


def test_an_unsaid_doer_that_its_refers_to_is_it(prose):
    """Round 9 q142, q159: "Someone ... its" (PropBank's possessive refers to the missing
    doer, a company's)."""
    assert caption(prose, 478, "Ev5") == "It disposes of its Fine Homes International Limited Partnership " \
        "real-estate subsidiary."


@pytest.mark.parametrize("clip, event, expected", [
    # round 8 q003: PropBank's span of "his" matchmaking is the "'s" alone
    (84, "Ev2", "Someone matchmakes."),
    (737, "Ev5", "Our priorities are rationalized by solving pollution problems at the local level as heretofore."),
])
def test_an_owner_s_mark_alone_is_no_filler(prose, clip, event, expected):
    assert caption(prose, clip, event) == expected


@pytest.mark.parametrize("clip, event, expected", [
    (513, "Ev4", "Wife and I tag team the yard."),  # the pronoun "I" keeps its capital
    # a preposition or particle said twice in a row is said once
    (786, "Ev4", "The horse plods on."),
    (643, "Ev2", "You work your bottom off to get the best grades you can."),
])
def test_i_and_words_said_twice(prose, clip, event, expected):
    assert caption(prose, clip, event) == expected


@pytest.mark.parametrize("clip, event, expected", [
    # round 11 q112: the parse hangs "and his co-pilot" on "he", not on the phrase's root
    (1144, "Ev1", "He and his co-pilot land."),
    # round 11 q071: a name the tagger calls plural ("Pelosi"/NNS, its lemma its own word)
    (738, "Ev2", "Pelosi weasels out of a standard politician's promise."),
    (1236, "Ev2", "A red kangaroo is goaded into fighting a human clown."),  # after "a"
    (513, "Ev4", "Wife and I tag team the yard."),  # a coordination on the root, as before
    # a people's name after "the" stays plural; a coordination inside an apposition is not the subject's
    (637, "Ev3", "The Japanese play catch-up."),
    (179, "Ev5", "Arvind Patel, a processor and exporter of the seed, raves if psyllium takes the place of oat bran, "
                 "it will be huge."),
    # round 12 q167, q092: a misread parse's root (the adjective "PASOK", a noun inside
    # the modifier "in its ... businesses") is not the subject's head
    (843, "Ev4", "PASOK members of Parliament refer them to the special court."),
    (1188, "Ev1", "Price competition in its Nielsen Marketing Research, Nielsen Clearing House and Donnelley Marketing "
                  "businesses restrains revenue growth."),
])
def test_a_subject_s_number_by_its_coordination_and_its_lemma(prose, clip, event, expected):
    assert caption(prose, clip, event) == expected


@pytest.mark.parametrize("clip, event, expected", [
    # round 11 q033, q043: a relative or interrogative word whose antecedent or question
    # PropBank's span left out says nothing ("acquits him of which", "with how")
    (226, "Ev2", "A jury acquits him."),
    (1261, "Ev4", "You work up microscopic hematuria in an adult."),
    (267, "Ev2", "Tumor progression is chemoprevented."),  # "in which"
    # a subject the verb needs is said as a statement's indefinite (round 10 q074, "means
    # what": Realiser._indefinite_for_wh); a free relative stays
    (260, "Ev3", "Something counts."),
    (28, "Ev3", "I take off to wherever on whim."),
])
def test_a_filler_that_is_only_a_wh_word_is_left_out(prose, clip, event, expected):
    assert caption(prose, clip, event) == expected


def test_a_filler_opening_with_a_preposition_of_several_words_takes_no_other(prose):
    """Round 11 q134: "according" is parsed as a noun, so the manner took "with" too."""
    assert caption(prose, 119, "Ev2") == "She adjusts her living habits according to her own needs."


@pytest.mark.parametrize("clip, event, expected", [
    # round 11 q001: a nominal's modifier ("wrecking ball demolition") said after the role's
    # preposition is a bare singular count noun: it takes "the"
    (914, "Ev2", "Shea Stadium is demolished with the wrecking ball."),
    (1050, "Ev4", "Someone tips to the wardrobe."),
])
def test_a_bare_count_noun_after_the_role_s_preposition_takes_the(prose, clip, event, expected):
    assert caption(prose, clip, event) == expected


def test_a_bare_noun_idiom_after_the_role_s_preposition_stays_bare(prose, grammar):
    from conftest import make_event

    def say(filler):
        return prose.natural(make_event("send", "send.01", {
            "Arg0 (sender)": "She", "Arg1 (thing sent)": "him", "Arg2 (sent-to)": filler}, grammar=grammar))

    assert say("school") == "She sends him to school."  # the grammar's bare_pp_idioms
    assert say("hospital") == "She sends him to the hospital."


def test_a_hyphened_participle_and_preposition_name_the_role_s_preposition(prose, grammar):
    """Round 22 q147: fedex.01 has no examples, and its Arg2 is "mailed-to", PropBank's
    "mailed to" in one word: said with "to" after the thing, not a bare second object
    ("fedexes his package his mother")."""
    from conftest import make_event

    ev = make_event("fedex", "fedex.01", {"Arg0 (mailer)": "John", "Arg1 (letter)": "his package",
                                          "Arg2 (mailed-to)": "his mother"}, grammar=grammar)
    assert prose.natural(ev) == "John fedexes his package to his mother."


def test_an_infinitive_as_the_thing_of_a_verb_with_no_doer_has_it_as_subject(prose, grammar):
    """remain.01 lists no doer; its Arg1, an infinitive, is the subject put last, with
    "it" in its place: "It remains to the President to ...", not "Someone remains to"."""
    from conftest import make_event

    ev = make_event("remain", "remain.01", {"Arg2 (benefactive, entity who gets the remainder)": "the President",
                                            "Arg1 (Thing remaining)": "to administer the final infamy"}, grammar=grammar)
    assert prose.natural(ev) == "It remains to the President to administer the final infamy."


def test_a_subject_after_a_by_agent_is_passive(prose, grammar):
    """Round 14 q001: hem_in.02 has no Arg0; its Arg1 (the surrounding entity) told after
    "by" is the doer, so the Arg2 subject is passive ("is hemmed in by"). A "by" on a role
    numbered after the subject is an extent, and the verb stays active."""
    from conftest import make_event

    ev = make_event("hem in", "hem_in.02", {"Arg2 (entity being surrounded)": "the building",
                                            "Arg1 (surrounding entity)": "by a growth of camellias"}, grammar=grammar)
    assert prose.natural(ev) == "The building is hemmed in by a growth of camellias."
    rise = make_event("rise", "rise.01", {"Arg1 (Logical subject, patient, thing rising)": "The price",
                                          "Arg2 (EXT, amount risen)": "by 5 %"}, grammar=grammar)
    assert " rises by " in prose.natural(rise)


def test_an_initialism_of_a_name_with_the_takes_the(prose, grammar):
    """Round 14 q066: "The prince tours US": the United States is "the US" as its name is
    "the United States"; a filler that has its own "the" keeps just the one."""
    from conftest import make_event

    def say(args):
        return prose.natural(make_event("tour", "tour.01", {"Arg0 (tourer)": "The prince", **args}, grammar=grammar))

    assert say({"Arg1 (location toured)": "US"}) == "The prince tours the US."
    assert say({"Arg1 (location toured)": "the U.N."}) == "The prince tours the U.N."
    assert say({"Arg1 (location toured)": "France"}) == "The prince tours France."
