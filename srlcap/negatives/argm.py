"""ArgM replacement: manner, direction, location, goal, purpose or scene changed to a
plausible alternative that cannot also be true. Opposites first, for every ArgM of the
frame (slowly/quickly, left/right, up/down); then, for places, purposes and goals, one
seen with the same verb in the dataset. A manner or a direction changes only to its
opposite: two that merely differ ("attentively"/"excitedly") can both be true."""
from __future__ import annotations

from srlcap.entities import (MOTION, PERCEPTION, noun_supersense, phrase_category, phrase_class, places_related,
                             verb_field)
from srlcap.negatives.base import Candidate, generator, in_compound, under_a_verb, with_fillers
from srlcap.negatives.verbs import seen_manners
from srlcap.rolenames import leading_preposition


@generator
def argm_replace(ctx, clip, event, rng):
    """a manner, direction, location, goal, purpose or scene

    A manner, direction, location, goal, purpose or scene is replaced by a plausible
    alternative that contradicts it: its opposite when the grammar lists one
    (slowly/quickly, up/down; not up/down a road, `[lexicon] path_nouns`; never inside a
    hyphenated word, "start-up", nor a word said with its opposite, "left and right"; the
    mild side of a manner pair, `[lexicon.opposites] seen_only`, only with a verb the
    data shows so: no "quietly shouts", "calmly gyrates"; a low sound turns loud only
    for an act that makes a sound, else "quietly" turns "openly" and "softly" "roughly":
    no "The bank loudly redlines John"; a manner English mostly says as a degree,
    "seriously", is no opposite of one's own motion: no "runs seriously"; a caption's
    bare up/down, in/out of a verb not of motion is its particle, not a path: no "holds
    a ring box down" for "up").
    A manner or a direction has no other negative. A
    location, scene, goal or purpose may also be replaced by one seen with the same verb
    in the dataset, done by a doer of the same kind (a person's, an animal's: no goat
    runs in an old west bank), so it fits what happens there, and never by one that names the same
    place ("steel factory" -> "factory", "grassy park" -> "city park"); a location or
    scene only by a place of the same WordNet category, as one cannot be at both (a boat
    may be in Pacific waters, a party in a ballroom). Written prose (PropBank's
    sentences) gets opposites only, and no place in a frame without a core role ("It
    thunders outside")."""
    # a frame naming no one and nothing ("It thunders outside") has nothing that could
    # be elsewhere: the place is the weather's, and "It sleets inside" is no scene (neg6)
    roles = [r for r in event.roles if r.argm and (r.argm != "location" or any(c.is_core for c in event.roles))]
    rng.shuffle(roles)
    opposites = ctx.grammar.lexicon.opposites
    verb_word = event.verb.split()[0].lower()  # "glide", of "glide down"
    for role in roles:
        phrase = ctx.analyse(role.filler)
        attributes = {i for i, _ in phrase.attributes}
        words = {t.text.lower() for t in phrase.tokens}
        # token-level opposite: "up the stairs" -> "down the stairs"
        for i, tok in enumerate(phrase.tokens):
            opp = _sense_opposite(ctx, event.verb, tok.text.lower(), opposites.get(tok.text.lower()))
            # prepositions have no clean opposite ("in Baltimore" -> "out Baltimore"),
            # except the plain directions ("up the stairs" -> "down the stairs")
            # a verb's particle is no direction ("sums injuries up")
            # an attribute is the attribute kinds' to change, with their checks of fit
            # ("an old mansion" -> "a young mansion")
            # a capital inside a filler is a name's ("the White House" -> "black House")
            # an "up"/"down" with no object of its own is the verb's particle in written
            # prose ("a trough drops down east of the UK", "sums injuries up"), and in a
            # caption unless the verb is one of motion, whose particle is its path ("walks
            # out"): "holds a ring box up" is raised, "holds ... down" pinned, another verb
            # a word said with its opposite is not one of two ("to the left and right",
            # "up and down"): changing it says one side twice
            # a noun has an opposite as a side ("to the left", "toward south"), not as a
            # stuff, a mass noun ("dots of light" -> "dots of dark", "a lack of light": neg11)
            # a word the parse reads as the verb of the filler ("left": departed) is no side
            if opp and " " not in opp and opp not in words and (tok.pos != "ADP" or tok.text.lower() in _DIRECTIONS) \
                    and not (tok.pos in ("VERB", "AUX") and tok.head == i) \
                    and tok.dep != "prt" and i not in attributes \
                    and not (i and tok.text[:1].isupper()) and tok.tag not in ("NNP", "NNPS") \
                    and not (tok.text.lower() in _PARTICLES and not _has_object(phrase, i)
                             and (ctx.analyse.written or verb_field(event.verb) != MOTION)) \
                    and not _along(ctx, phrase, i) and not in_compound(phrase, i) \
                    and not _before_preposition(phrase, i) and not under_a_verb(phrase, i) \
                    and not _bound_degree(phrase, i) and not _equative(phrase, i) \
                    and not _compared_side(phrase, i) \
                    and not _side_of_a_state(ctx, event, phrase, i) \
                    and not (opp in _SLIGHT_FORCE and _abstract_doer(ctx, event)) \
                    and not (opp == "loosely" and _acts_on_a_body_part(ctx, event)) \
                    and not _lone_in(ctx, event, role, phrase, i, opp) \
                    and not (role.argm == "scene" and tok.pos != "ADP") \
                    and not (tok.pos == "NOUN" and tok.text.lower() in ctx.grammar.lexicon.mass_nouns) \
                    and (opp not in ctx.grammar.lexicon.seen_only or _seen_manner(ctx, event.verb, opp)) \
                    and not (opp in _SOUNDS and verb_field(event.verb) == PERCEPTION) \
                    and not (opp in _INTENSIFYING and verb_field(event.verb) == MOTION) \
                    and not (opp in _DIRECTIONS and verb_word in _DIRECTED_VERBS) \
                    and not (opp == "up" and verb_word in _GRAVITY_VERBS):
                edited = phrase.with_token(i, opp)
                yield Candidate(with_fillers(event, {role.type: edited.text}), f"{role.type}: {tok.text} -> {opp}",
                                {role.type: edited})
    if ctx.analyse.written:
        # prose's sentences of one verb come from unrelated texts, so another's place or
        # purpose rarely fits this one ("turns the wheel in an embassy ballroom"): blind
        # readers found 8 of 32 such PropBank negatives valid (neg1-neg6)
        return
    for role in roles:
        if role.argm not in _FROM_VERB or role.argm == "scene" and _names_a_place(ctx, event, role):
            continue
        if role.argm in ("location", "scene") and _named_for_a_participant(ctx, event, role):
            continue
        phrase = ctx.analyse(role.filler)
        # keep a candidate out if the clip says it elsewhere: that may be true here too
        in_clip = {r.filler.lower() for ev in clip.events for r in ev.roles if r.argm == role.argm}
        # it must fit what happens there: only those seen with this verb in the data
        # ("throws a rope across the river inside the police car" otherwise)
        # and be one where a doer of this kind does it: a goat runs in a meadow, a robber
        # in a bank ("A small goat runs to its mother in an old west bank": neg9/n019)
        doer = _doer_kind(ctx, event)
        key = ("verb argms", event.verb_id, role.argm, doer)
        if key not in ctx.memo:
            ctx.memo[key] = sorted({r.filler for ev in ctx.verb_events.get(event.verb_id, ())
                                    if doer is None or _doer_kind(ctx, ev) in (None, doer)
                                    for r in ev.roles if r.argm == role.argm})
        pool = [f for f in ctx.memo[key] if f.lower() not in in_clip and not _same_place(ctx, phrase, f)]
        for _ in range(min(6, len(pool))):
            alt = pool[rng.randrange(len(pool))]
            if not _same_shape(phrase.kind, ctx.analyse(alt).kind):
                continue  # keep the grammatical shape: a phrase for a phrase
            if role.argm in ("location", "scene") and _timed_place(ctx.analyse(alt)):
                continue  # "a night hospital": a place with its time, drawn alone, is no place name
            if role.argm in ("location", "scene") and not _says_where(alt):
                continue  # a span the annotation calls a location: "is mined of the entrances to ..."
            if role.argm in ("location", "scene") and not _exclusive(ctx, phrase, alt):
                # one place may hold the other: a party an embassy ballroom, a mountain
                # a rocky hillside, a street a hillside (neg1, neg2, neg4, neg6)
                continue
            yield Candidate(with_fillers(event, {role.type: alt}), f"{role.type}: {role.filler!r} -> {alt!r}")


def _doer_kind(ctx, event) -> str | None:
    """Whether the event's doer, its Arg0, is a person or an animal (None if neither, or
    if the class is unsure: "batter" is first a food in WordNet)."""
    doer = next((r for r in event.roles if r.type == "Arg0"), None)
    kind = doer and phrase_class(ctx.analyse(doer.filler), ctx.grammar.lexicon.noun_classes)
    return kind if kind in _DOER_KINDS else None


_DOER_KINDS = frozenset({"person", "animal"})


#: Manners of an attitude that English mostly says as a degree ("seriously hurt", "badly
#: wants", "terribly sorry"): of an act toward others they are a manner ("whispers
#: seriously", "seriously throws flour at him": judged valid), of one's own motion neither
#: a manner nor a degree ("runs seriously into the waves": neg22/n063), so no opposite
#: of a verb of motion
_INTENSIFYING = frozenset({"seriously", "badly", "terribly", "awfully"})

#: manners of a sound: one who listens or watches makes none ("listens loudly", "noisily
#: watch a worker": neg9, neg12)
_SOUNDS = frozenset({"loudly", "noisily"})


#: WordNet fields of verbs whose act makes a sound of its own: speech and cries
#: (communication), laughing and breathing (body), steps and entrances (motion), the
#: weather's. Of these "quietly", "softly" and "silently" say the sound is low, and their
#: opposite is a loud one ("mutters loudly", "walks loudly down the corridor", "enter the
#: vault noisily": judged valid, neg3-neg20)
_SOUND_FIELDS = frozenset({"verb.communication", "verb.body", MOTION, "verb.weather"})
#: Manners of a low sound that of an act that makes none say something else: "quietly"
#: and "silently" of a policy or a deal say discreetly, whose opposite is "openly" ("The
#: bank quietly redlines John": "loudly redlines" read invalid four times in seven,
#: neg6-neg20); "softly" of a handling says gently, whose opposite is "roughly" ("softly
#: puts a blanket on an old man" -> "loudly puts": neg20/n077). A handled thing makes a
#: sound of its own, so "quietly" of a verb of contact keeps its loud opposite ("quietly
#: opens the door" -> "loudly opens": judged valid, neg13/n193), as "softly" does not: a
#: soft touch is a gentle one.
_QUIET_SENSES = {"quietly": ("openly", {"verb.contact"}), "silently": ("openly", {"verb.contact"}),
                 "softly": ("roughly", set())}


def _sense_opposite(ctx, verb: str, word: str, opp: str | None) -> str | None:
    """The opposite of a manner ``word`` for ``verb``: a loud one (the grammar's pair) only
    of a verb whose act sounds (:data:`_SOUND_FIELDS`, or one the data shows said loudly
    or noisily), otherwise the opposite of the manner's other sense
    (:data:`_QUIET_SENSES`)."""
    sense = _QUIET_SENSES.get(word)
    if sense is None or opp not in _SOUNDS:
        return opp
    other, fields = sense
    field = verb_field(verb)
    if field is None or field in _SOUND_FIELDS or field in fields or any(_seen_manner(ctx, verb, w) for w in _SOUNDS):
        return opp
    # one who listens or watches quietly does it without a sound, and does neither
    # loudly nor openly (the loud side is refused there anyway: "listens loudly")
    return opp if field == PERCEPTION else other


def _seen_manner(ctx, verb: str, word: str) -> bool:
    """Whether the data shows the verb said ``word``-ly: a manner of any of its rolesets in
    the dataset or PropBank's examples (memoised per verb). The grammar's
    `[lexicon.opposites] seen_only` words are said only so: "quietly shouts" is no scene."""
    key = ("lemma manners", verb)
    seen = ctx.memo.get(key)
    if seen is None:
        entries = ctx.verbs.by_lemma.get(verb, ()) if ctx.verbs is not None else ()
        seen = ctx.memo[key] = frozenset(m for e in entries for m in (*e.manners, *seen_manners(ctx, e)))
    return word in seen


_DIRECTIONS = {"up", "down"}
#: Verbs that say their direction themselves: "lifts her hands down", "the thing rising
#: is her hands, direction is down" contradicts the verb, not the video (neg8, neg14)
_DIRECTED_VERBS = frozenset({"lift", "raise", "rise", "hoist", "elevate", "ascend", "lower", "descend", "drop",
                             "fall", "sink"})
#: Verbs of a motion gravity drives: one glides, coasts or sleds down a slope, and "glides
#: up sun-drenched slopes" is no scene (neg10/n091, neg15/n006, neg16/n198)
_GRAVITY_VERBS = frozenset({"glide", "coast", "sled", "sledge", "toboggan", "tumble"})
#: Words that, with no object of their own, are a verb's particle: in prose "a trough
#: drops down", "yanks $182 million out", "coughs a CD out", and in a caption of any verb
#: but one of motion "holds a ring box up" (raises it); the opposite particle makes
#: another phrasal verb ("holds a ring box down": pins it), not the opposite path
#: (neg15/n120, neg18/n166, neg19/n163, neg21/n060). A verb of motion's particle is its
#: path ("walks out" -> "walks in")
_PARTICLES = _DIRECTIONS | {"in", "out", "off", "on", "back", "away"}


def _before_preposition(phrase, i: int) -> bool:
    """Whether a preposition follows the word ("treks over to the House side", "walks up
    to the counter"): the path is the second's, and "under to" is no English (neg8)."""
    return i + 1 < len(phrase.tokens) and phrase.tokens[i + 1].pos == "ADP" and phrase.tokens[i].pos in ("ADP", "ADV")



def _bound_degree(phrase, i: int) -> bool:
    """Whether the word's degree is bound to a consequence ("hard enough to draw blood",
    "so forcefully that his face reddened"): its opposite keeps the consequence and
    contradicts itself ("softly enough to draw blood": neg13)."""
    following = phrase.tokens[i + 1].text.lower() if i + 1 < len(phrase.tokens) else ""
    return following == "enough" or any(t.head == i and j != i and t.text.lower() in _DEGREE
                                        for j, t in enumerate(phrase.tokens))


_DEGREE = frozenset({"enough", "so", "too"})


def _equative(phrase, i: int) -> bool:
    """Whether the word is the degree of an equative comparison ("as quickly as they are
    shot"): it measures the thing against another, and its opposite is as true a match
    ("as slowly as they are shot" says only that the two keep pace: neg15/n056)."""
    toks = phrase.tokens
    return 0 < i and toks[i - 1].text.lower() == "as" and any(t.text.lower() == "as" for t in toks[i + 1:])


#: Compass sides: said of a thing compared ("unlike banks in the west"), they name what
#: the sentence measures against, not where its event is
_COMPASS = frozenset({"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest"})
#: Words that lead the standard of a comparison ("unlike banks in the west", "than in the
#: north"): what follows is the other thing compared
_STANDARD = frozenset({"unlike", "like", "than"})


def _compared_side(phrase, i: int) -> bool:
    """Whether a compass side belongs to the standard of a comparison ("riddled by debt
    unlike banks in the west"): changing it picks another thing to compare with, and the
    event may be unlike both ("unlike banks in the east": neg14/n189, neg16/n028)."""
    toks = phrase.tokens
    return toks[i].text.lower() in _COMPASS and any(t.text.lower() in _STANDARD for t in toks[:i])


#: Manners of slight bodily force: the opposites of a force a figure of speech says as a
#: degree ("hit hard": severely)
_SLIGHT_FORCE = frozenset({"softly", "gently", "weakly", "lightly", "loosely"})


def _abstract_doer(ctx, event) -> bool:
    """Whether the frame's doer is an abstract thing ("the region's real-estate slump hits
    the bank hard"): the verb is a figure of speech, its manner of force a degree ("hard":
    severely), and a slight bodily force is no opposite of it ("is softly hit by the
    slump" is no English: neg12/n187, neg13/n164). A manner of pace stays one ("I am
    suddenly moved by the persistence of ...", judged valid)."""
    # the doer: Arg0, or a core role said with "by" (PropBank gives "hit"'s "by the
    # slump" as Arg2, the passive's agent)
    doer = next((r for r in event.roles if r.type == "Arg0"), None) or next(
        (r for r in event.roles if r.is_core and leading_preposition(r.filler) == "by"), None)
    return doer is not None and phrase_class(ctx.analyse(doer.filler), ctx.grammar.lexicon.noun_classes) == "abstract"


def _acts_on_a_body_part(ctx, event) -> bool:
    """Whether a core role names a body part ("knits his brows tightly", "clenches her
    fists tightly"): drawn tight, the part makes a gesture (a frown, a fist), and drawn
    loosely it makes none ("loosely knits his brows" is no English: neg9/n127, neg14/n115,
    neg16/n138)."""
    classes = ctx.grammar.lexicon.noun_classes
    return any(r.is_core and phrase_class(ctx.analyse(r.filler), classes) == "body" for r in event.roles)


#: Sides of a thing: said alone of a passive's subject ("the title page is foxed
#: inside") they name which side of it bears the state
_SIDES = frozenset({"inside", "outside"})


def _side_of_a_state(ctx, event, phrase, i: int) -> bool:
    """Whether the word is a bare side ("inside", "outside": the whole filler) of a clause
    said in the passive ("The title page is foxed inside", "The carbs are gummed up
    inside"): it tells which side of the subject bears the state, and a thing may bear
    it on both, so "foxed outside" does not exclude "foxed inside" (neg8/n072, n195,
    neg10/n040, neg12/n016, n022, neg14/n146, neg15/n138). An active clause's bare side
    is where the act happens ("Pollutants build up outside", "sprinkles inside"), and
    one cannot be at both; so is a sound's, heard where it is made ("an evacuation
    alarm is blared outside", a verb of perception's field: neg14/n136 valid)."""
    if len(phrase.tokens) != 1 or phrase.tokens[i].text.lower() not in _SIDES or verb_field(event.verb) == PERCEPTION:
        return False
    # the voice the clause is said in: the plan's, or the realiser's choice for these
    # fillers ("the carbs are gummed up", an Arg2 subject of a verb with a doer)
    if ctx.realiser.says_passive(event):
        return True
    said = ctx.analyse(ctx.realiser.realise_event(event)["natural"])
    return any(t.dep in ("nsubjpass", "auxpass") for t in said.tokens)


def _lone_in(ctx, event, role, phrase, i: int, opp: str) -> bool:
    """Whether the opposite is a bare "in" (no object of its own) where another role of the
    event is a place said with "in": "walks in in a steel factory" is no English, and
    "walks in a steel factory" reads the particle as the place's preposition, a place
    said, not a direction changed (neg15/n197)."""
    if opp != "in" or _has_object(phrase, i):
        return False
    return any(r is not role and _place_said_with(ctx, r) in ("in", "inside") for r in event.roles)


def _place_said_with(ctx, role) -> str:
    """The preposition a role is said with: its own, or for a bare place (a scene
    "steel factory") the one the realiser gives it ("in a steel factory")."""
    prep = leading_preposition(role.filler)
    if prep or role.argm not in ("scene", "location"):
        return prep
    return ctx.realiser.place_preposition(ctx.analyse(role.filler), "in") or ""


def _has_object(phrase, i: int) -> bool:
    """Whether a noun phrase follows token ``i`` ("down [the stairs]", not "down east")."""
    return i + 1 < len(phrase.tokens) and phrase.tokens[i + 1].tag[:2] in ("DT", "PR", "NN", "JJ", "CD")


#: ArgM kinds replaced by another filler of the same verb (not only by an opposite)
_FROM_VERB = {"location", "scene", "goal", "purpose"}


def _names_a_place(ctx, event, scene) -> bool:
    """Whether another role names a place ("walks into the greenhouse"): a new scene
    would have to hold it ("into the greenhouse in a hospital")."""
    overrides, places = ctx.grammar.lexicon.noun_classes, ctx.grammar.lexicon.locatives or {}
    for r in event.roles:
        if r is scene:
            continue
        p = ctx.analyse(r.filler)
        if phrase_class(p, overrides) == "place" or any(t.lemma in places for t in p.tokens if t.pos == "NOUN"):
            return True
    return False


def _named_for_a_participant(ctx, event, place) -> bool:
    """Whether the place is named by a noun another role names (by its lemma: "a baseball
    stadium" where one hits a baseball, "a logging camp" where one looks at a log): the
    place is where that participant belongs, and moved anywhere else it is out of place
    ("hits a baseball in a police interrogation room", "looks at a large log in a
    bathroom": neg12/n115, neg17/n172). A word before the place's head is its noun
    whatever the parse calls it: "patient room" is read an adjective's ("a patient
    room"), and is the elderly patient's room ("looks at an elderly patient in a
    factory": neg9/n159)."""
    tokens = ctx.analyse(place.filler).tokens
    nouns = {t.lemma.lower() for t in tokens if t.pos == "NOUN" or t.dep in ("amod", "compound") and t.pos == "ADJ"
             and tokens[t.head].pos == "NOUN"}
    return any(t.pos == "NOUN" and t.lemma.lower() in nouns
               for r in event.roles if r is not place for t in ctx.analyse(r.filler).tokens)


def _same_place(ctx, phrase, alt: str) -> bool:
    """Whether ``alt`` may name what ``phrase`` names: one's nouns among the other's
    ("steel factory"/"factory", "the kitchen"/"a kitchen"), the same head noun
    whatever describes it ("grassy park"/"city park": a city park may be grassy), or
    one's head among the other's nouns ("a living room of a cabin"/"a log cabin": the
    room is in the cabin)."""
    other = ctx.analyse(alt)
    mine = {t.lemma for t in phrase.tokens if t.pos in ("NOUN", "PROPN")}
    theirs = {t.lemma for t in other.tokens if t.pos in ("NOUN", "PROPN")}
    if phrase.kind == other.kind == "np" and phrase.head.lemma == other.head.lemma:
        return True
    if _place_of(other).head.lemma in mine or _place_of(phrase).head.lemma in theirs:
        return True
    return bool(mine and theirs) and (mine <= theirs or theirs <= mine)


def _exclusive(ctx, phrase, alt: str) -> bool:
    """Whether one cannot be at both places at once: places of one WordNet category
    (a kitchen and an office, a street and an alley). Places of two may hold one another
    ("in his blue boat" / "in Pacific waters off Peru", "at the door" / "at the car
    wash"), and a place WordNet does not know may be anywhere."""
    mine, theirs = phrase_category(_place_of(phrase)), phrase_category(_place_of(ctx.analyse(alt)))
    # one WordNet defines by the other, or puts in it, may be where the other is: a
    # sidewalk is "usually beside a street", so "on a city street" generalises "on a
    # sidewalk at night" (neg16/n111)
    return mine is not None and mine == theirs and not places_related(_place_of(phrase), _place_of(ctx.analyse(alt)))


def _place_of(phrase):
    """The place a location names: the object of its preposition ("the kitchen" of "in
    the kitchen")."""
    start = next((i for i, t in enumerate(phrase.tokens) if t.pos != "ADP"), 0)
    return phrase.tail(start) if start else phrase


def _along(ctx, phrase, i: int) -> bool:
    """"up"/"down" before a path ("down the highway"): both mean along it."""
    if phrase.tokens[i].text.lower() not in _DIRECTIONS:
        return False
    # the path is the object's head, past compounds ("up the third-base line")
    nouns = [t for t in phrase.tokens[i + 1:] if t.pos == "NOUN"]
    head = next((t for t in nouns if t.dep != "compound"), nouns[0] if nouns else None)
    return head is not None and head.lemma in ctx.grammar.lexicon.path_nouns


#: Prepositions that say where something is: a location or scene said with another
#: ("of the entrances to the Norwegian Sea", "for the company") is no place
_WHERE = frozenset({
    "in", "on", "at", "inside", "outside", "near", "by", "under", "over", "above", "below", "behind",
    "beside", "besides", "next to", "in front of", "around", "across", "along", "through", "between",
    "among", "amid", "within", "against", "beneath", "underneath", "atop", "on top of", "upon",
    "throughout", "alongside", "opposite", "beyond", "in the middle of", "on board",
})


def _timed_place(phrase) -> bool:
    """Whether a place is named with a time noun before its head ("night hospital",
    "morning market"): the annotator's scene of one clip said its time there, and drawn
    for another the pair is no idiom ("opens a notebook in a night hospital": neg15/n016)."""
    return any(t.pos == "NOUN" and t.dep in ("compound", "nmod") and noun_supersense(t.lemma) == "noun.time"
               for t in phrase.tokens)


def _says_where(filler: str) -> bool:
    """Whether a location filler says where: a place word alone ("outside", "here",
    "downtown") or a phrase led by a preposition of place."""
    prep = leading_preposition(filler)
    return not prep or prep in _WHERE


def _same_shape(a: str, b: str) -> bool:
    return a == b or {a, b} <= {"np", "pp"}
