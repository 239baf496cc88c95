"""What kind of thing a filler names, and which verbs say nearly the same as another.

A hard negative must be a scene that could be filmed: "his rifle holds a young soldier"
is rejected by text alone and teaches the image encoder nothing. Negatives that move
entities (role swap, entity replacement) therefore keep each slot's class, and verb
negatives skip verbs that would leave the caption true ("hugs" -> "holds").

The classes come from WordNet 3.0 (``grammars/wordnet_tables.json``, made by
``grammars/make_wordnet_tables.py``), from the words themselves (pronouns, names), and
from the data: an entity that is some event's agent acts, whatever WordNet says.
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import NamedTuple

from srlcap.resources import GRAMMARS

#: The entity classes (a grammar's `[lexicon.noun_classes]` takes these). "agent" is
#: for things that act in a grammar's world though WordNet has them as objects (the
#: shapes of the trainer's toy world, robots); WordNet gives none of it.
CLASSES = ("person", "animal", "agent", "vehicle", "force", "body", "place", "object", "abstract")
#: Classes of entities that act: the ones role swaps and entity replacements move.
ACTORS = ("person", "animal", "agent")
#: WordNet categories of what a person is described as wearing ("in a black suit", "in
#: glasses"), not where they are
WORN = frozenset({"covering#03122748", "device#03183080"})
#: Singular nouns that name several people: "a family" may include "a little boy".
GROUP_NOUNS = frozenset({"family", "crowd", "couple", "group", "team", "audience", "crew", "class", "band", "gang",
                         "army", "police", "staff", "people", "troop", "squad", "choir", "mob", "pair",
                         "party", "council", "committee", "congregation", "herd", "flock", "pack"})
_PERSON_PRONOUNS = {"he", "she", "him", "her", "they", "them", "i", "me", "we", "us", "you", "his", "their",
                    "someone", "somebody", "everyone", "everybody", "anyone", "nobody", "himself", "herself",
                    "themselves", "who"}


class _WordNet(NamedTuple):
    """The tables of ``grammars/wordnet_tables.json`` (``grammars/make_wordnet_tables.py``
    says what each holds), keyed by lemma."""

    classes: dict  # noun -> entity class
    related: dict  # verb -> frozenset of verbs a replacement by which may stay true
    senses: dict  # noun -> supersense
    verb_senses: dict  # verb -> tuple of supersenses
    proper: frozenset  # words always capitalised
    categories: dict  # noun -> category
    antonyms: dict  # verb -> frozenset of its opposites
    antonyms_via: dict  # verb -> {opposite: frozenset of the synonyms WordNet pairs it with}, not its own
    familiarity: dict  # verb -> SemCor count
    place_relations: dict  # noun of a place or thing -> frozenset of nouns it lies in or is defined by
    artifact_acts: dict  # noun of a made thing -> frozenset of verbs WordNet also names it by


@lru_cache(maxsize=1)
def _tables() -> _WordNet:
    data = json.loads((GRAMMARS / "wordnet_tables.json").read_text(encoding="utf-8"))
    return _WordNet(
        classes={noun: cls for cls, nouns in data["noun_classes"].items() for noun in nouns},
        related={verb: frozenset(related) for verb, related in data["verb_related"].items()},
        senses={noun: sense for sense, nouns in data["noun_supersenses"].items() for noun in nouns},
        verb_senses={verb: tuple(s) for verb, s in data["verb_supersenses"].items()},
        proper=frozenset(data["proper_words"]),
        categories={noun: cat for cat, nouns in data["noun_categories"].items() for noun in nouns},
        antonyms={verb: frozenset(others) for verb, others in data["verb_antonyms"].items()},
        antonyms_via={verb: {other: frozenset(words) for other, words in others.items()}
                      for verb, others in data["verb_antonyms_via"].items()},
        familiarity=data["verb_familiarity"],
        place_relations={noun: frozenset(others) for noun, others in data["place_relations"].items()},
        artifact_acts={noun: frozenset(verbs) for noun, verbs in data["artifact_acts"].items()},
    )


#: What a filler is for selection when WordNet does not know its head: a proper name
#: ("Ramsey", "Sunbelt"): a person or an organisation (noun.person, noun.group)
NAME = "name"


def noun_supersense(lemma: str) -> str | None:
    """WordNet's lexicographer file of a noun lemma's most frequent sense
    ("nurse" -> noun.person, "voice" -> noun.communication), or None."""
    return _tables().senses.get(lemma.lower())


#: The category of people (people's pronouns have it): :func:`noun_category` of "person"
PERSON_CATEGORY = "person#00007846"


def noun_category(lemma: str) -> str | None:
    """The WordNet category of a noun lemma's most frequent sense, its hypernym five
    levels below the root, six under a category too big to tell things apart
    (``grammars/make_wordnet_tables.py``: "guitar" -> "device#03183080", "box" ->
    "container#03094503", "nurse" -> :data:`PERSON_CATEGORY`), or None: finer than its
    supersense (both are noun.artifact), what a verb is seen acting on."""
    return _tables().categories.get(lemma.lower())


def verb_supersenses(lemma: str) -> tuple[str, ...]:
    """The supersenses of a verb lemma's three most frequent WordNet senses, most
    frequent first ("cry" -> verb.communication, verb.body); () if WordNet lacks it."""
    return _tables().verb_senses.get(lemma.lower(), ())


def verb_field(lemma: str) -> str | None:
    """The supersense of a verb lemma's most frequent WordNet sense, the field the verb is
    mostly said in ("walk" -> verb.motion); None if WordNet lacks it."""
    senses = verb_supersenses(lemma)
    return senses[0] if senses else None


#: WordNet fields the negatives ask a verb's first sense about
MOTION = "verb.motion"  # walk, run, rise: said of figures of speech too in prose
PERCEPTION = "verb.perception"  # look, watch, listen: one does them while doing anything


def is_proper_word(word: str) -> bool:
    """Whether English always capitalises this word ("English", "Hawaiian", "Santa")."""
    return word.lower() in _tables().proper


def noun_class(lemma: str, overrides: dict | None = None) -> str | None:
    """The class of a noun lemma: ``overrides`` (a grammar's `[lexicon.noun_classes]`)
    first, then WordNet ("soldier" -> person); None if neither has it."""
    return (overrides and overrides.get(lemma)) or _tables().classes.get(lemma.lower())


def related_verbs(lemma: str) -> frozenset:
    """Verbs whose use in place of ``lemma`` may keep a caption true: synonyms,
    hypernyms, hyponyms and entailments in WordNet ("grab" -> seize, take, ...)."""
    return _tables().related.get(lemma.lower(), frozenset())


def verb_antonyms(lemma: str) -> frozenset:
    """WordNet's opposites of a verb lemma's most frequent sense ("push" -> pull, "laugh"
    -> cry); empty for most verbs."""
    return _tables().antonyms.get(lemma.lower(), frozenset())


def verb_antonym_via(lemma: str, antonym: str) -> frozenset:
    """The other lemmas of a verb's most frequent sense that WordNet pairs with one of
    its antonyms (:func:`verb_antonyms`), when WordNet does not pair the verb itself:
    "preserve" -> "discontinue" is continue's ({"continue"}); empty for its own
    ("push" -> "pull") and for a verb that is none of its antonyms."""
    return _tables().antonyms_via.get(lemma.lower(), {}).get(antonym.lower(), frozenset())


def verb_opposites(lemma: str, pairs: dict | None) -> frozenset:
    """The verbs false whenever ``lemma`` is true: WordNet's antonyms of its most frequent
    sense (:func:`verb_antonyms`) and a grammar's ``pairs`` (`[lexicon.verb_opposites]`,
    verb -> its opposites), as both the verb negatives and the clip story read them."""
    return verb_antonyms(lemma) | (pairs or {}).get(lemma, frozenset())


def verb_familiarity(lemma: str) -> int:
    """How often a verb lemma's senses are tagged in SemCor (0: never, a rare verb:
    "curry", "osculate"); a phrasal verb never tagged counts as its verb (SemCor tags
    few phrasal verbs: "takes down" is as familiar as "takes")."""
    table, lemma = _tables().familiarity, lemma.lower()
    return table.get(lemma) or table.get(lemma.split()[0], 0)


def near_synonyms(a: str, b: str) -> bool:
    """Whether either verb lemma is WordNet-related to the other; for a phrasal verb,
    whether their verbs are, when they differ: WordNet lacks most phrasal verbs, and
    "shouts out" / "cries out", "hands over" / "gives back" say what shout and cry, hand
    and give say (one verb with two particles may contrast: "turns on" / "turns off")."""
    a, b = a.lower(), b.lower()
    if b in related_verbs(a) or a in related_verbs(b):
        return True
    head_a, head_b = a.split()[0], b.split()[0]
    if head_a == head_b or (head_a, head_b) == (a, b):
        return False
    return head_b in related_verbs(head_a) or head_a in related_verbs(head_b)


def phrase_class(phrase, overrides: dict | None = None) -> str | None:
    """The class of what a Phrase names, by its head: pronouns and names are people; a
    compound is looked up whole first ("police officer"); ``overrides`` (a grammar's
    `[lexicon.noun_classes]`) before WordNet; None when nothing says."""
    if phrase.kind == "pron" or len(phrase.tokens) == 1 and phrase.tokens[0].pos == "PRON":
        # "this" alone is parsed a noun phrase: it is no one ("This tells us" -> "We tell this")
        word = phrase.tokens[0].text.lower()
        return "person" if word in _PERSON_PRONOUNS else "object" if word in _THING_PRONOUNS else None
    span = phrase.entity_span()
    if span is None:
        return "abstract" if phrase.kind in ("clause", "quote") else None
    return _head_lookup(phrase, span, lambda lemma: noun_class(lemma, overrides), "person")


_THING_PRONOUNS = frozenset({"it", "this", "that", "these", "those"})


def phrase_supersense(phrase) -> str | None:
    """The WordNet supersense of what a Phrase names, by the head :func:`phrase_class`
    finds ("a nurse in blue scrubs" -> noun.person): people's pronouns are noun.person,
    a name WordNet lacks, or of several words, is :data:`NAME`; None for a clause, another pronoun, or a head
    WordNet does not know."""
    if phrase.kind == "pron":
        return "noun.person" if phrase.tokens[0].text.lower() in _PERSON_PRONOUNS else None
    span = phrase.entity_span()
    if span is None:
        return None
    return _head_lookup(phrase, span, noun_supersense, NAME, person="noun.person", selection=True)


def phrase_category(phrase) -> str | None:
    """The :func:`noun_category` of what a Phrase names, by the head
    :func:`phrase_supersense` reads; people's pronouns are :data:`PERSON_CATEGORY`;
    None for names, clauses, other pronouns and heads WordNet does not know."""
    if phrase.kind == "pron":
        return PERSON_CATEGORY if phrase.tokens[0].text.lower() in _PERSON_PRONOUNS else None
    span = phrase.entity_span()
    if span is None:
        return None
    return _head_lookup(phrase, span, noun_category, None, person=PERSON_CATEGORY, selection=True)


def places_related(a, b) -> bool:
    """Whether WordNet puts one Phrase's place in or beside the other's: a part or member
    holonym, or a noun the gloss of its most frequent sense names after its genus ("a
    sidewalk", "usually beside a street" -> "a city street"); read by the head, a
    compound whole first (:func:`phrase_category`'s). False when WordNet lacks either."""
    keys = []
    for phrase in (a, b):
        span = phrase.entity_span() if phrase.kind != "pron" else None
        key = span and _head_lookup(phrase, span, lambda lemma: lemma if noun_category(lemma) else None, None)
        if not key:
            return False
        keys.append(key)
    relations = _tables().place_relations
    return keys[1] in relations.get(keys[0], ()) or keys[0] in relations.get(keys[1], ())


def named_for_acts(phrase) -> frozenset:
    """The verbs WordNet also names the Phrase's made thing by ("the close button" ->
    push: a push button is "a push"), read by the head, a compound whole first; empty
    when it names none."""
    span = phrase.entity_span() if phrase.kind != "pron" else None
    acts = _tables().artifact_acts
    found = span and _head_lookup(phrase, span, lambda lemma: acts.get(lemma), None, person=None)
    return found or frozenset()


def _head_lookup(phrase, span, lookup, name_value, person="person", selection=False):
    """``lookup`` of the head noun of the entity ``span``: a compound whole first, then
    the lemma, then the word; a pronoun head is ``person`` for people's pronouns, a name
    the lookup lacks is ``name_value``. With ``selection`` (what a verb takes), a name
    of several words is ``name_value`` whatever its last word ("Lighthouse II"), and a
    head the parse made a verb gives way to the noun after it ("Tennessee [Walking]
    Horses" -> horse, "an old man sleeping" -> man)."""
    if span[0] <= phrase.root < span[1]:
        head = phrase.root
    else:  # "from [a countertop]": the object of the preposition, else its first noun
        # not a possessor before it: "out of [a politician's] promise" names a promise,
        # "to his chin" a chin
        inside = range(span[0], span[1])
        head = next((i for i in inside if phrase.tokens[i].dep == "pobj" and phrase.tokens[i].pos in ("NOUN", "PROPN")
                     and phrase.tokens[phrase.tokens[i].head].pos == "ADP"), None)
        if head is None:
            head = next((i for i in inside if phrase.tokens[i].pos in ("NOUN", "PROPN")), None)
        if head is None:
            head = next((i for i in inside if phrase.tokens[i].pos == "PRON" and phrase.tokens[i].tag != "PRP$"), None)
        if head is None:
            return None
        head = _compound_end(phrase, head, span[1])
    if selection and _collective(phrase, head, span):
        # "a stack of plates", "a pile of leaves": what a verb acts on is the things
        # (WordNet files "stack" among groups, which stand for people as agents)
        head = _compound_end(phrase, next(i for i in range(head + 2, span[1]) if phrase.tokens[i].pos == "NOUN"),
                             span[1])
    if selection and phrase.tokens[head].pos in ("VERB", "AUX"):
        after = [i for i in range(head + 1, span[1]) if phrase.tokens[i].pos in ("NOUN", "PROPN")]
        before = [i for i in range(span[0], head) if phrase.tokens[i].pos in ("NOUN", "PROPN")]
        head = after[-1] if after else before[-1] if before else head  # "an old [man] sleeping"
    tok = phrase.tokens[head]
    if head and phrase.tokens[head - 1].dep == "compound":
        cls = lookup(f"{phrase.tokens[head - 1].text.lower()} {tok.lemma}")
        if cls:
            return cls
    if tok.pos == "PRON":
        return person if tok.text.lower() in _PERSON_PRONOUNS else None
    if selection and tok.tag in ("NNP", "NNPS") and head and phrase.tokens[head - 1].tag in ("NNP", "NNPS"):
        return name_value  # a name of several words: "Tennessee Walking Horses", "Robert Bork"
    cls = lookup(tok.lemma) or lookup(tok.text.lower())
    if cls is None and tok.tag in ("NNP", "NNPS"):
        return name_value  # a name WordNet does not know: "Ramsey"
    return cls


def _compound_end(phrase, head: int, end: int) -> int:
    """The last noun of the compound starting at ``head`` ("[police] officer")."""
    while head + 1 < end and phrase.tokens[head + 1].pos == "NOUN" and phrase.tokens[head].dep == "compound":
        head += 1
    return head


def _collective(phrase, head: int, span) -> bool:
    """Whether the head is a noun of a collection or a quantity of things followed by
    "of" and a noun ("a stack of plates", "a handful of flour"), not of people ("a
    group of students" names people either way)."""
    tok = phrase.tokens[head]
    if tok.pos != "NOUN" or head + 2 >= span[1] or phrase.tokens[head + 1].text.lower() != "of":
        return False
    if noun_supersense(tok.lemma) not in ("noun.group", "noun.quantity"):
        return False
    return any(phrase.tokens[i].pos == "NOUN" for i in range(head + 2, span[1]))


def attribute_group(cls: str | None) -> str:
    """The kinds attributes are drawn for: animate (young, angry), place, thing."""
    return "animate" if cls in ("person", "animal") else "place" if cls == "place" else "thing"
