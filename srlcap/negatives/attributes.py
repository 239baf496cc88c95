"""Attribute negatives: "man in black suit ... woman in white dress" ->
"man in white suit ... woman in black dress" (swap), or one attribute replaced from
the grammar's lexicon (replace). Attributes come from the spaCy analysis of fillers
(adjectives, lexicon words such as colours); edits are token-level, so articles are
recomputed ("a red car" -> "an orange car")."""
from __future__ import annotations

import bisect
from dataclasses import replace
from itertools import accumulate, combinations

from srlcap.entities import noun_supersense
from srlcap.negatives.base import (Candidate, attribute_noun_class, clip_fillers, described_noun, described_noun_class,
                                   generator, in_compound, noun_key, partners, under_a_verb, with_fillers)


#: The analysis's class for an adjective outside the lexicon ("interim", "english",
#: "last"). Such words do not contrast reliably: "an interim injunction" -> "a high
#: injunction" is nonsense, "the steel factory" -> "the factory" still true. Only the
#: lexicon's classes (colour, age, size, ...) are changed.
UNLISTED = "adjective"


def _attributed_roles(ctx, event):
    """(role, phrase with only its changeable attributes) for every role that has one."""
    out = []
    for r in event.roles:
        p = ctx.analyse(r.filler)
        attrs = tuple((i, cls) for i, cls in p.attributes
                      if cls != UNLISTED and not in_compound(p, i) and not _not_an_attribute(p, i, cls)
                      and not _stressed_size(p, i, cls, ctx.grammar.lexicon.band_of or {})
                      and not (ctx.analyse.written and (_named_with(p, i) or _colour_of_a_party(p, i, cls)
                                                    or _titles_a_name(p, i) or _with_examples(p, i))))
        if attrs:
            out.append((r, p if attrs == p.attributes else replace(p, attributes=attrs)))
    return out


@generator
def attribute_swap(ctx, clip, event, rng):
    """two entities exchange an attribute

    Two entities exchange an attribute of the same class (colour, hair, size, age, ...;
    `[lexicon.attributes]`): *man in black suit ... woman in white dress* becomes *man in
    white suit ... woman in black dress*. Articles are recomputed. Only words that
    contrast (not one band of `[lexicon.attribute_bands]`: black/dark, plaid/checkered;
    nor two bands that border, `[lexicon.attribute_neighbours]`: grey/silver; for graded
    classes, opposite bands of `[lexicon.attribute_opposites]`: small/large) and that the data
    has seen with both nouns' kinds ("teenage" with people, not barns). Not for
    symmetric predicates (splice with, meet), nor between the agent and a partner said
    after "with", where the swap says the same."""
    if ctx.grammar.is_symmetric(event.verb, event.verb_id):
        return  # "the red wire is spliced with the black one": the same, swapped
    roles = _attributed_roles(ctx, event)
    pairs = list(combinations(roles, 2))
    rng.shuffle(pairs)
    for (ra, pa), (rb, pb) in pairs:
        if partners(ctx, event, ra, rb):
            continue  # "big companies ally with small ones": swapped, the same (neg11-neg13)
        for ia, cls_a in pa.attributes:
            for ib, cls_b in pb.attributes:
                wa, wb = pa.tokens[ia].text, pb.tokens[ib].text
                nouns = (described_noun(pa, ia).lemma, described_noun(pb, ib).lemma)
                if cls_a != cls_b or not _contrast(ctx, wa, wb, cls_a, nouns) or not _fits(ctx, wb, pa, ia) \
                        or not _fits(ctx, wa, pb, ib) or _with_agent(ra, pa, ia, rb, pb, ib):
                    continue
                na, nb = pa.with_token(ia, wb), pb.with_token(ib, wa)
                yield Candidate(
                    with_fillers(event, {ra.type: na.text, rb.type: nb.text}),
                    f"{ra.type} {wa} <-> {rb.type} {wb}",
                    {ra.type: na, rb.type: nb},
                )


def _with_agent(ra, pa, ia: int, rb, pb, ib: int) -> bool:
    """Whether one attribute is the agent's and the other a partner's, said after
    "with" inside the other role: "Small companies form alliances with big corporations"
    swapped is as true (an alliance goes both ways; readers judged it invalid nine times,
    neg3-neg13)."""
    for agent, (p, i) in ((ra, (pb, ib)), (rb, (pa, ia))):
        noun = described_noun(p, i)
        if agent.type == "Arg0" and noun.dep == "pobj" and p.tokens[noun.head].text.lower() == "with":
            return True
    return False


#: nouns of measure: "77 years old", "6 foot tall" say an amount, not an attribute
_MEASURES = {"year", "month", "week", "day", "foot", "feet", "inch", "meter", "metre", "mile", "pound", "hour"}


_SHADES = {"bright", "pale", "deep", "light", "dark", "dull", "vivid"}

#: Size words said only of things: "little" of a person says young or dear, and of a
#: group or an abstract noun few or petty ("a little population", "little financial
#: settlements", "a little and beautiful woman"; readers judged 6 of 14 valid, neg2-neg13,
#: every one of a thing: "a little fish", "a little house"). Of a person, only with a
#: noun the data says it of ("a little girl"); of another noun, only of WordNet's
#: concrete supersenses.
_SIZE_OF_THINGS = frozenset({"little"})
#: Body words said only of people and animals: of a thing "fat" is slang for thick or
#: rich ("a fat rod of palladium", neg15/n090; "a fat cheque"), no plain opposite of thin
_OF_BODIES = frozenset({"fat"})
_BODIES = frozenset({"noun.person", "noun.animal"})
_THINGS = frozenset({"noun.artifact", "noun.animal", "noun.object", "noun.food", "noun.plant", "noun.body",
                     "noun.location"})


#: Colours that of people say race, and so of a group of people or the place they live
#: ("a white community", "the black neighborhood"): there the one contrasts only with the
#: other, and another colour reads as a hue ("the yellow Brooklyn neighborhood": neg15/n171)
_RACE_COLOURS = frozenset({"black", "white"})
_PEOPLES = frozenset({"noun.group", "noun.location"})


#: Colloquial words that themselves say a size and stack before a size word to stress it
#: ("the honkin' huge block", "a whopping big lie", "a teeny tiny cup", "a wee little
#: dog"): change the size word alone and the two say opposite sizes ("the honkin' tiny
#: block-o-chocolate": neg16/n030, neg17/n110). Not "great": "a great little colt" is
#: English for a fine one (readers judged "great big" -> "great little" valid twice).
_SIZE_STRESS = frozenset({"honking", "whopping", "thumping", "walloping", "teeny", "teensy", "itty-bitty",
                          "itsy-bitsy", "wee"})


def _stressed_size(p, i: int, cls: str, bands: dict) -> bool:
    """Whether a size word stands beside a word of size of its own: after a stress word
    of :data:`_SIZE_STRESS` (written with its g dropped too: "honkin '"), or before or
    after another size word of its band (`[lexicon.attribute_bands]`: "a tiny little
    house", not "a big tall man"): changed alone, the two contradict each other."""
    if cls != "size":
        return False
    band = bands.get(p.tokens[i].text.lower())
    if band is not None and any(k in (i - 1, i + 1) and bands.get(p.tokens[k].text.lower()) == band
                                for k, _ in p.attributes):
        return True
    j = i - 1
    if j > 0 and p.tokens[j].text in ("'", "\u2019"):
        j -= 1  # "honkin '": PropBank splits a dropped g's apostrophe off its word
    if j < 0:
        return False
    word = p.tokens[j].text.lower().rstrip("'\u2019")
    return word in _SIZE_STRESS or word.endswith("in") and word + "g" in _SIZE_STRESS


#: What a party of people makes, WordNet's supersenses of a proposal, a plan, a decision:
#: a noun said to own one is a group of people whatever its first sense ("the green
#: lobby's proposal": a lobby is first a hall)
_PARTYS_MAKING = frozenset({"noun.communication", "noun.cognition", "noun.act"})


def _colour_of_a_party(p, i: int, cls: str) -> bool:
    """Whether a colour describes a group of people in prose (WordNet noun.group, or a
    noun that owns a proposal or a plan, not a person's or an animal's): there it names
    their politics or cause, not a hue ("the green lobby" is the environmental one,
    "the Reds" the communists), and another colour is no other sight but a muddle ("the
    white lobby's proposal": neg16/n002, neg17/n081). Black and white as race are left
    to :func:`_race_to_hue`."""
    if cls != "colour" or p.tokens[i].text.lower() in _RACE_COLOURS:
        return False
    noun = described_noun(p, i)
    sense = noun_supersense(noun.lemma)
    if sense == "noun.group":
        return True
    owned = p.tokens[noun.head]
    return noun.dep == "poss" and sense not in _BODIES and noun_supersense(owned.lemma) in _PARTYS_MAKING


def _not_an_attribute(p, i: int, cls: str) -> bool:
    """A lexicon word that is not describing a noun here, or not one to change: one
    that modifies an adjective or adverb ("a little too ebullient"), quoted or in
    brackets, after a concession's word (:data:`_CONCEDING`), after a measure
    ("years old") or a shade ("bright red"), a person's colour, or itself a noun ("trims
    the fat"; a colour may be worn: "in green")."""
    tok = p.tokens[i]
    if _quoted(p, i):
        return True  # a word quoted is the word itself: "rhymes `orange' and `door hinge'"
    if any(t.text.lower() in _CONCEDING for t in p.tokens[:i]):
        return True  # a concession's ground: "even though ... are big islands" concedes nothing (neg14)
    if _bracketed(p, i):
        return True  # a gloss of the word before it: "cuprite (red copper)" -> "(blue copper)" (neg14)
    if tok.head != i and p.tokens[tok.head].pos not in ("NOUN", "PROPN", "PRON", "NUM"):
        return True  # a degree, not a noun's attribute: "a little too ebullient", "a little cross-eyed"
    if i and p.tokens[i - 1].lemma in _MEASURES | _SHADES:
        return True  # "6 foot tall"; "bright red" (-> "bright black")
    if cls == "colour" and attribute_noun_class(p, i) == "animate":
        return True  # a person's colour is their skin: "a black mayor"
    if described_noun_class(p, i) == "abstract":
        return True  # "a large number", "the dark side of life": no size or colour to see
    return tok.pos == "NOUN" and tok.dep != "compound" and cls != "colour"


def _named_with(p, i: int) -> bool:
    """Whether the word and the noun it describes are one of WordNet's nouns ("red
    flags", "the small intestine", "a grey area", "the black market"): a name, whose
    word cannot change ("ignoring numerous white flags", "the huge intestine": neg5,
    neg6). Not a person's ("an old man", "the young woman"): those describe, unless
    capitalised as a title ("old Masters"). Asked of
    written prose only: a video's annotation describes what is seen ("a white house"
    may be a blue one)."""
    head = p.tokens[p.tokens[i].head]
    if head.pos not in ("NOUN", "PROPN"):
        return False
    kind = noun_supersense(f"{p.tokens[i].text.lower()} {head.lemma.lower()}")
    # a person's name capitalised is a title ("old Masters"), not a description
    return kind is not None and (kind != "noun.person" or head.text[:1].isupper())


def _titles_a_name(p, i: int) -> bool:
    """Whether the noun the word describes stands right before a name, with no comma
    between ("fellow big man André the Giant", "the young actor Tom Hanks"): in close
    apposition the noun is a title, given as what the reader knows of the one named, not
    said of them by the clause; another word contradicts the name, not the scene ("fellow
    small man André the Giant": neg5/n110, neg9/n156). A name after a comma is another
    apposition, the noun described there too ("two small New York galleries, the Coe
    Kerr Gallery and ...": judged valid)."""
    j = _noun_index(p, i)
    return p.tokens[j].pos == "NOUN" and j + 1 < len(p.tokens) and p.tokens[j + 1].pos == "PROPN"


def _noun_index(p, i: int) -> int:
    """The index of :func:`described_noun`."""
    j = p.tokens[i].head
    while p.tokens[j].dep == "compound" and p.tokens[j].head != j:
        j = p.tokens[j].head
    return j


def _with_examples(p, i: int) -> bool:
    """Whether the noun the word describes is followed by examples of it ("10,000 large
    flat mail pieces, including magazines and parcels", "small birds such as finches"):
    the examples show the attribute, and another word contradicts them, not the scene
    ("small flat mail pieces, including magazines and parcels": neg21/n025)."""
    j = _noun_index(p, i)
    return any(t.head == j and (t.text.lower() == "including" or t.text.lower() == "as" and k
                                and p.tokens[k - 1].text.lower() == "such")
               for k, t in enumerate(p.tokens) if k > j)


#: Quotation marks as written (PropBank keeps ` and '' as tokens)
_QUOTES = frozenset({'"', "'", "`", "``", "''", "\u201c", "\u201d", "\u2018", "\u2019"})


#: Words that open a concession: what follows is granted against what the sentence says
#: ("Even though Taiwan ... are tiny islands, the map of our dreams knows no limits"), so
#: its attribute is bound to the sentence's point, and its opposite leaves a concession
#: that concedes nothing ("Even though ... are big islands": neg14)
_CONCEDING = frozenset({"though", "although", "despite", "whereas"})


def _bracketed(p, i: int) -> bool:
    """Whether token ``i`` stands inside brackets opened before it: what a writer says
    there glosses the word before ("cuprite (red copper)"), so changing it contradicts
    the word, which any reader knows, not the scene ("cuprite (blue copper)": neg14)."""
    opened = [j for j, t in enumerate(p.tokens[:i]) if t.text in ("(", "[")]
    closed = [j for j, t in enumerate(p.tokens[:i]) if t.text in (")", "]")]
    return len(opened) > len(closed)


def _quoted(p, i: int) -> bool:
    """Whether token ``i`` stands between quotation marks: an odd number of them before
    it and one after it ("the `green' door" but not "the man's green door")."""
    marks = [j for j, t in enumerate(p.tokens) if t.text in _QUOTES and t.pos == "PUNCT"]
    return sum(j < i for j in marks) % 2 == 1 and any(j > i for j in marks)


def _weights(ctx, cls: str):
    """Words of an attribute class with cumulative weights: dataset counts, plus one
    for each lexicon word. Computed once per class and build."""
    key = ("attribute weights", cls)
    if key not in ctx.memo:
        counts = dict.fromkeys(ctx.grammar.lexicon.attributes.get(cls, ()), 1)
        for w, c in ctx.attribute_counts.get(cls, {}).items():
            counts[w] = counts.get(w, 0) + c
        words = sorted(counts)
        ctx.memo[key] = (words, list(accumulate(counts[w] for w in words)))
    return ctx.memo[key]


@generator
def attribute_replace(ctx, clip, event, rng):
    """one attribute, from the lexicon

    One attribute is replaced by another of the same class that contrasts with it (not
    one band: black -> dark is no negative; a graded class only by its opposite band,
    small -> large, never small -> tall) and that the data has seen describing the same
    kind of thing (no "beige alley" unless the data has one). A light's or water's colour
    changes only to one the data shows with that noun (no "a faint black light"); in
    prose, "little" of a person only to "big" ("the little rich kid" is not "large"). Hair
    changes colour only to one hair grows in (`[lexicon.attribute_neighbours]
    hair_colours`: no "blue beard"). In prose, a title right before a name ("fellow big
    man André the Giant") and a noun followed by its examples ("including ...", "such as
    ...") keep their attributes: the name and the examples say them.

    Replacements are drawn in proportion to how often each word is an attribute in the
    dataset (plus the grammar's lexicon, counted once), so negatives use attribute words as
    often as positives do."""
    in_clip = clip_fillers(clip)
    roles = _attributed_roles(ctx, event)
    rng.shuffle(roles)
    for role, phrase in roles:
        attrs = list(phrase.attributes)
        rng.shuffle(attrs)
        for i, cls in attrs:
            word = phrase.tokens[i].text
            if ctx.analyse.written and not role.is_core and under_a_verb(phrase, i):
                continue
            words, cum = _weights(ctx, cls)
            noun = described_noun(phrase, i).lemma
            picks = []
            for _ in range(12):  # a few weighted draws, duplicates and the word itself skipped
                new = words[bisect.bisect_right(cum, rng.random() * cum[-1])]
                if _contrast(ctx, new, word, cls, (noun,)) and new not in picks and _fits(ctx, new, phrase, i) \
                        and not _race_to_hue(phrase, i, word, new, cls) \
                        and not (ctx.analyse.written and _little_one(phrase, i, word, new)) \
                        and not _the_others(ctx, event, role, phrase, i, new):
                    picks.append(new)
                if len(picks) == 5:
                    break
            for new in picks:
                edited = phrase.with_token(i, new)
                if edited.text.lower() in in_clip:
                    continue  # another entity of the clip is described so: maybe true
                yield Candidate(with_fillers(event, {role.type: edited.text}), f"{role.type}: {word} -> {new}",
                                {role.type: edited})


def _the_others(ctx, event, role, phrase, i: int, new: str) -> bool:
    """Whether another role of the event tells its entity, of the same noun or "one"
    standing for it, by ``new``: given to this one too, the word no longer tells the two
    apart and the frame names one thing twice ("The red wire is spliced with the black
    one" -> "The black wire is spliced with the black one": neg8/n122)."""
    noun = described_noun(phrase, i).lemma.lower()
    for r in event.roles:
        if r is role:
            continue
        p = ctx.analyse(r.filler)
        if any(p.tokens[k].text.lower() == new.lower() and described_noun(p, k).lemma.lower() in (noun, "one")
               for k, _ in p.attributes):
            return True
    return False



#: Size words that of a person say their age or one's fondness, with the word for the
#: other side: "little" of a person is young or dear ("the little rich kid", "her little
#: sister"), and its opposite is "big" ("her big sister", "a big kid"); "large" or "huge"
#: say a body's bulk, no opposite of it ("the large rich kid": neg19/n050; "the large
#: investor": neg16/n192; "the huge kindergarteners": neg4/n058). Asked of written prose
#: only: a video's annotator says what is seen, and there "a little boy" -> "a large boy"
#: is a bigger child (judged valid, neg11/n024)
_YOUNG_SIZE = {"little": "big"}


def _little_one(phrase, i: int, old: str, new: str) -> bool:
    """Whether a size word that of a person says their age (:data:`_YOUNG_SIZE`) would
    become another than its own opposite."""
    other = _YOUNG_SIZE.get(old.lower())
    return other is not None and new.lower() != other \
        and noun_supersense(described_noun(phrase, i).lemma) == "noun.person"


def _race_to_hue(phrase, i: int, old: str, new: str, cls: str) -> bool:
    """Whether a race's colour of a people or their place would become a hue."""
    return cls == "colour" and old.lower() in _RACE_COLOURS and new.lower() not in _RACE_COLOURS \
        and noun_supersense(described_noun(phrase, i).lemma) in _PEOPLES


def _contrast(ctx, a: str, b: str, cls: str, nouns=()) -> bool:
    """Whether ``a`` said in place of ``b`` (both of class ``cls``) is false: for a graded
    class (one with bands in `[lexicon.attribute_opposites]`), a word of the opposite
    band; otherwise any word not of the same band of `[lexicon.attribute_bands]`. Never
    two neighbours of `[lexicon.attribute_neighbours]` (grey and silver), nor, where one
    of the ``nouns`` described is hair (its `hair_nouns`), two of its `hair_pairs`
    (grey and white)."""
    a, b = a.lower(), b.lower()
    lex = ctx.grammar.lexicon
    if a == b or (a, b) in lex.neighbours:
        return False  # neighbours of two bands: "grey armor" is "silver armor" (neg19/n156)
    if (a, b) in lex.hair_neighbours and any(n.lower() in lex.hair_nouns for n in nouns):
        return False  # a greying beard is grey and white: "a white beard" (neg20/n196)
    bands = lex.band_of or {}
    if _graded(lex, cls):
        return (bands.get(a), bands.get(b)) in lex.band_opposites
    return bands.get(a) is None or bands.get(a) != bands.get(b)


def _graded(lex, cls: str) -> bool:
    opposed = {band for pair in lex.band_opposites for band in pair}
    return any((lex.band_of or {}).get(w.lower()) in opposed for w in lex.attributes.get(cls, ()))


#: What shines and what one sees into, whose colour is its nature, not a coat of paint:
#: a light is of the colours light has ("a faint black light" is none, or a UV lamp:
#: neg5/n212, neg19/n004), water of those water shows ("the beautiful black waters" a
#: sea off Taiwan sullied by oil: neg14/n079, neg19/n073). A colour replaces another
#: there only if the data shows it with the same noun, as an age word does. Not the sky
#: nor a sea named as such: their colour is the weather's ("a grey sky" is another day).
_OWN_HUES = frozenset({"light", "glow", "flame", "fire", "beam", "ray", "flash", "spark", "glare", "sunlight",
                       "moonlight", "lamplight", "candlelight", "blaze", "gleam", "glint", "water", "waters"})


def _fits(ctx, word: str, phrase, i: int) -> bool:
    """Whether the data has seen ``word`` describe the kind of noun token ``i`` describes;
    an age word, the noun itself: a "teenage" boy, not a "teenage man" (neg9), which
    English calls young. A colour of hair (`[lexicon.attribute_neighbours] hair_nouns`)
    only if hair grows in it (its `hair_colours`): no "blue beard"."""
    seen = ctx.attribute_fit.get(word.lower(), ())
    if ctx.grammar.lexicon.attribute_class.get(word.lower()) == "age":
        return noun_key(phrase, i) in seen
    if ctx.grammar.lexicon.attribute_class.get(word.lower()) == "colour" \
            and described_noun(phrase, i).lemma.lower() in _OWN_HUES:
        return noun_key(phrase, i) in seen
    lex = ctx.grammar.lexicon
    if lex.attribute_class.get(word.lower()) == "colour" and lex.hair_colours \
            and described_noun(phrase, i).lemma.lower() in lex.hair_nouns:
        return word.lower() in lex.hair_colours  # "a blue beard" is no hair's colour
    if word.lower() in _OF_BODIES and noun_supersense(described_noun(phrase, i).lemma) not in _BODIES:
        return False
    if word.lower() in _SIZE_OF_THINGS:
        sense = noun_supersense(described_noun(phrase, i).lemma)
        if sense == "noun.person":
            return noun_key(phrase, i) in seen
        if sense not in _THINGS:
            return False
    return attribute_noun_class(phrase, i) in seen
