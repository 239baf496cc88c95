"""The grammar engine: frames in, captions out.

Captions are assembled from slots (subject, verb group, objects, ArgM phrases), each
rendered from the analysed filler, never by editing a finished string. Negatives reuse
the same path: they change the frame (or a filler's tokens) and realise it again, so a
negative gets the same articles, agreement, casing and punctuation rules as a positive.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from srlcap.analysis import COUNT_SENSES, Phrase
from srlcap.entities import (GROUP_NOUNS, is_proper_word, noun_category, noun_class, noun_supersense, phrase_class,
                              verb_opposites)
from srlcap.errors import RealisationError
from srlcap.frames import ANCHOR_EVENT, EVENT_NAMES, REACTION, Event, role_name
from srlcap.lexicon import AdverbPositions, CountNouns, LocativeLexicon, RolesetLexicon
from srlcap.morphology import (ADDRESS_KIN, adverb, article, inflect, is_plural_noun, is_plural_pronoun, is_verb_base,
                               kin_as_name, pronoun_case, sentence_capital, takes_base_form, verb_of_noun)
from srlcap.rolenames import leading_preposition
from srlcap.schema import STYLES, SUMMARY_TOKENS

_PREPOSITIONS = {
    "at", "to", "about", "for", "from", "with", "on", "onto", "into", "in", "of", "by", "over",
    "through", "toward", "towards", "against", "after", "upon", "around", "across", "off", "out",
}
# prepositions that open the path a thing moves along to its end ("down to the canvas")
_PATH_PREPOSITIONS = {"to", "into", "onto", "toward", "towards"}
_SLOT = re.compile(r"\{(\w+)\}")
_PLACES = ("location", "scene")  # ArgM kinds whose bare fillers take in/on/at by their noun
_OBJECT_PRONOUNS = {"it", "him", "her", "them", "me", "us", "you", "this", "that", "these", "those"}
_REFLEXIVES = frozenset({"myself", "yourself", "himself", "herself", "itself", "oneself", "ourselves", "yourselves",
                         "themselves"})


# what is said, by the role's PropBank description or name
_SPEECH = re.compile(r"\b(utterance|said|speech|words|quote|quotation|exclamation|yelled|shouted|whispered|question|"
                     r"screamed|thing told|message)\b", re.I)


def is_speech_role(description: str) -> bool:
    """Whether a role so described or named is what is said ("utterance", "thing said")."""
    return bool(_SPEECH.search(description))


_SUBORDINATORS = {"that", "if", "whether"}
_QUESTION_WORDS = {"who", "what", "where", "when", "why", "how", "which", "whose", "is", "are", "am", "was", "were",
                   "do", "does", "did", "can", "could", "will", "would", "shall", "should", "may", "might", "have",
                   "has"}
_FIRST_SECOND_PERSON = {"i", "me", "my", "mine", "we", "us", "our", "you", "your", "yours", "i'm", "i'll", "let's"}
# pronouns that name a person as an object (not "her" as an owner, a PRP$)
_PERSON_OBJECTS = frozenset({"him", "her", "them", "he", "she", "they", "me", "us", "you"})
# a filler that is only a pronoun names nobody new
_PRONOUN_FILLERS = _OBJECT_PRONOUNS | {"he", "she", "they", "i", "we", "his", "her"}

_MALE = frozenset("""man boy father dad son husband brother king prince gentleman guy policeman fireman
grandfather uncle nephew groom boyfriend businessman cowboy fisherman waiter actor monk priest""".split())
_FEMALE = frozenset("""woman girl mother mom daughter wife sister queen princess lady grandmother aunt niece
bride girlfriend businesswoman waitress actress nun""".split())


_WORD_OR_MARK = re.compile(r"[A-Za-z]+|\d|[^\sA-Za-z\d]")


def clip_tokens(text: str) -> int:
    """About how many tokens CLIP's BPE tokenizer makes of ``text``, with its start and
    end tokens: a word of up to five letters is one token (the vocabulary has the common
    ones whole), a longer word one more per two letters, a digit or a mark one each. On
    7,281 captions of the sample and the PropBank frames it is 2.7 too many on average
    and at most 3 too few (rare short words split); ``SUMMARY_MARGIN`` covers that."""
    n = 2
    for piece in _WORD_OR_MARK.findall(text):
        n += 1 + max(0, len(piece) - 5) // 2 if piece.isalpha() else 1
    return n


# estimated tokens kept free below the budget: the estimate's largest shortfall seen, and two
SUMMARY_MARGIN = 5


def _gender_pronoun(p: Phrase) -> str | None:
    """he/she/they for a noun phrase whose head says it; None where English would need
    more than the head noun to choose (a soldier, a detective)."""
    if p.kind != "np":
        return None
    if p.plural:
        return "they"
    head = p.tokens[_lead_noun(p)].lemma
    return "he" if head in _MALE else "she" if head in _FEMALE else None


#: the words a story may refer to an entity by: one word (he, she, it, they) where it is
#: known; a person whose noun does not say he or she could be either; an animal either or it
_PERSON_WORDS = frozenset({"he", "she"})
#: each of those words and its object and possessive forms
_PRONOUN_FORMS = {"he": frozenset({"he", "him", "his"}), "she": frozenset({"she", "her", "hers"}),
                  "it": frozenset({"it", "its"}), "they": frozenset({"they", "them", "their"})}
_ANIMAL_WORDS = frozenset({"he", "she", "it"})


_ONE_PERSON = frozenset({"he", "she"})  # the pronouns that tell one person


def _pronoun_here(key: str, words: frozenset, before: dict, here: dict, was_subject: bool = False) -> str | None:
    """he, she, it or they for the entity ``key`` (``words``: what it may be called),
    told in the sentence before (``before``: key -> words of everything it mentioned),
    when nothing else there or ``here`` (this sentence's other mentions, its subject left
    out) could be called so: "Then, the man in the blue jacket jumps to the side, so he
    can punch the bald man", not "he" where the sentence before told of two men. A
    subject that was the subject before (``was_subject``) stays "he" beside a horse or
    a soldier who might be a he: readers take a subject to go on ("a man climbs onto the
    horse. Then, he falls off it"). One whose gender is unknown is not a pronoun ("the
    engineer"): it is a shorter mention."""
    if key not in before or len(words) != 1:
        return None
    word = next(iter(words))
    if any((theirs == words if was_subject else word in theirs)
           for other, theirs in (*before.items(), *here.items()) if other != key):
        return None
    return word


def _distinguishing(about: "_Noun", others: list, near: frozenset = frozenset()) -> str | None:
    """The shortest mention of a known entity that still tells it from the others of its
    noun the story knows (``others``): its noun alone where it is the only one ("the log"
    for "the large log", "the guard" for "the security guard"), its words before the noun
    where those fit no other ("the bald man" beside "the man in the blue jacket"); None
    where only the whole description does (or an owner comes with it: "his friend")."""
    p = about.phrase
    toks = p.tokens
    lead = _lead_noun(p)
    if toks[lead].pos != "NOUN" or any(t.tag in ("POS", "PRP$") for t in toks[:lead]):
        return None
    # one told by its noun alone may be this very one ("after the Frisbee", "the red Frisbee")
    # a group of the noun told before is told apart by its number ("explorers ... the
    # explorer"), but for a counted one, which may count this one ("the two men ... the
    # man"), and one in this sentence or the one before ("the other workers watch the
    # worker ...", "soldiers enter the bunker, and the soldier ...")
    same = [o for o in others if o.head == about.head and o.key != about.key
            and not (o.bare and o.plural == about.plural)
            and (o.plural == about.plural
                 or (not about.plural and (o.key in near or any(t.tag == "CD" for t in o.phrase.tokens))))]
    if not same:
        return "the " + " ".join([t.text for t in toks[:lead] if t.tag == "CD"] + [_word_as_told(toks[lead])])
    mods = {t.lemma.lower() for t in toks[:lead] if t.tag not in ("DT", "CD")}
    if mods and all(not mods <= {t.lemma.lower() for t in o.phrase.tokens} for o in same):
        return " ".join(_word_as_told(t) for t in _short_definite(p).split(" "))
    return _by_uniform(about, others)


def _by_uniform(about: "_Noun", others: list) -> str | None:
    """"the conductor" for "man in a conductor uniform": one described by the uniform of
    a calling is told again by the calling, where no other the story knows has that noun
    ("the man with the shaved head ... the man in the conductor uniform" said again and
    again was judged needless repetition in round 11, q070; the reader's "the conductor")."""
    toks = about.phrase.tokens
    lead = _lead_noun(about.phrase)
    if about.plural or len(toks) < lead + 3 or toks[lead + 1].text.lower() != "in" or toks[-1].lemma != "uniform":
        return None
    calling = [t for t in toks[lead + 2:-1] if t.tag != "DT"]
    if len(calling) != 1 or calling[0].pos != "NOUN" or noun_supersense(calling[0].lemma) != "noun.person":
        return None
    word = calling[0].lemma
    if any(o.key != about.key and word in {t.lemma for t in o.phrase.tokens} for o in others):
        return None
    return "the " + word


def _word_as_told(tok) -> str:
    """A word (a token or a string) as a caption writes it: "Frisbee", "Santa"."""
    text = tok if isinstance(tok, str) else tok.text
    return text.capitalize() if text.islower() and is_proper_word(text) else text


def _nouns_after_the(p: Phrase) -> list:
    """The runs of nouns after "the" in a phrase ("to pay for [the car]"), as token tuples."""
    toks = p.tokens
    out = []
    for i, t in enumerate(toks[:-1]):
        if t.text.lower() != "the" or toks[i + 1].pos != "NOUN":
            continue
        j = i + 1
        while j + 1 < len(toks) and toks[j + 1].pos == "NOUN":
            j += 1
        out.append(toks[i + 1:j + 1])
    return out


def _lead_noun(p: Phrase) -> int:
    """The noun a telegraphic phrase is about: its first noun that is not a modifier
    ("woman" in "woman holding candle", whose parse may put the root on "candle"; "leg" in
    "student's leg")."""
    return next((i for i, t in enumerate(p.tokens) if t.pos == "NOUN" and t.dep not in ("compound", "poss")), p.root)


class _Noun(NamedTuple):
    """The entity a role names, as a story tracks it: the filler ("two bandits with
    bandanas") or the object of its preposition ("beside [a boxer in blue shorts]")."""
    key: str  # its words without a leading article: how the story knows it was mentioned
    head: str  # the lemma of the noun it is about ("bandit")
    plural: bool
    bare: bool  # named by its noun alone ("the queen", "a chest"): a fuller description later may be it
    kind_of: bool  # a compound names a kind of the noun ("police car"): not the "car" told before
    parts: frozenset  # lemmas of a compound or an owner before the noun ("car" door, "student"'s leg)
    owner: str | None  # the lemma of a possessor ("student" of "student's leg"): mentioned with it
    count: bool  # a countable thing (an article, a determiner or plural): can have parts
    phrase: Phrase  # the entity's words, to say "one of the two bandits"


def _contents(phrase) -> frozenset:
    """Lemmas of the plural nouns a measure holds ("plates" of "a stack of plates",
    "chips" of "a stack of chips")."""
    toks = phrase.tokens
    return frozenset(t.lemma for i, t in enumerate(toks)
                     if t.tag == "NNS" and any(o.lemma == "of" for o in toks[max(0, i - 3):i]))


class _Facts(NamedTuple):
    mention: str | None  # what the filler names, to tell whether it was mentioned
    inner: str | None  # the entity inside a prepositional filler ("to his car": "his car")
    head: str | None  # the noun it is about
    can_shorten: bool  # has modifiers a later mention may drop
    nouns: frozenset  # the nouns in it, mentioned with it
    pronoun: str | None  # he / she / they, where its noun says which
    about: _Noun | None  # the entity it names, for a story's references


class _Ref(NamedTuple):
    """How a story refers to a role's entity: with "the" or not, and in words of its own
    where the filler's do not fit ("one of the two bandits", "the other workers")."""
    definite: bool
    words: str | None = None
    again: bool = False  # told before in these words: a later mention may drop its modifiers


_NEW = _Ref(False)
_AGAIN = _Ref(True, None, True)


#: Prepositions that open what describes a person or thing ("queen in golden crown", "man
#: with glasses"), said with the noun at its first mention (Realiser._described_first)
_DESCRIBING_PREPOSITIONS = frozenset({"in", "with"})


#: Nouns of kin: told bare, they are someone's ("the parents", not "parents")
_KIN = frozenset("parent child sibling grandparent grandchild son daughter brother sister cousin".split())

#: Kin told for the first time, and the kin of whom they may be: "her son" after "a mother"
_KIN_OF = {
    **dict.fromkeys(("son", "daughter"), frozenset({"mother", "father"})),
    **dict.fromkeys(("mother", "father"), frozenset({"son", "daughter"})),
}

#: Nouns of kin that, with no owner written, a standalone caption gives the subject as owner
_KIN_NOUNS = frozenset("""father mother dad mom grandfather grandmother grandpa grandma son daughter husband wife
brother sister uncle aunt nephew niece cousin grandson granddaughter parent grandparent family""".split())
#: people an occasion has one of, "the" where it is told: "kisses the bride"
_OF_THE_OCCASION = frozenset("bride groom bridegroom referee umpire".split())
#: the gender of a pronoun filler ("to him")
_PRONOUN_GENDER = {"he": "he", "him": "he", "himself": "he", "she": "she", "her": "she", "herself": "she"}
#: a child of someone's said as one of no one's: "a teenage son" alone is "a teenage boy"
_CHILD_OF = {"son": "boy", "daughter": "girl"}
#: a parent's child by the pronoun's gender: beside "a mother", "him" is her son
_CHILD_OF_GENDER = {"he": "son", "she": "daughter"}
#: a pronoun of one never told of, said as a standalone caption says a stranger
_STRANGER_PEOPLE = {"him": "a man", "her": "a woman"}
_PERSON_PRONOUNS = {"he": "a man", "she": "a woman"}
#: a possessive of one never told of: (whose gender it says, the stranger said instead,
#: nouns that would be that one)
_STRANGERS = {"her": ("she", "a woman's", _FEMALE), "his": ("he", "a man's", _MALE)}


#: A group of two, and who its members are: after "a couple", "a man" is one of them.
_PAIRS = frozenset({"couple", "pair"})
_PAIR_MEMBERS = frozenset({"man", "woman", "boy", "girl", "husband", "wife", "bride", "groom", "guy", "lady"})


class _Discourse:
    """The entities a story has mentioned so far, and how a role refers to its own:

    - the same words again: definite ("a man in a suit ... the man in the suit"); a group
      told again after one of its members: "the other workers";
    - a noun told bare and a fuller description of it later, or the reverse, when the
      story knows one such thing: definite ("kneels before the queen ... the queen in the
      golden crown", "from a chest ... opens the wooden chest"); not a compound that
      names another kind ("a car ... a police car");
    - one of a known group ("two bandits ... a bandit"): "one of the two bandits"; with
      its own description it is new ("an explorer in an orange parka"); a man or a
      woman after "a couple": definite;
    - a part or a possession of a known thing: definite ("his car ... the car door", "a
      student ... the student's leg").
    Anything else is new: indefinite, as the filler says."""

    def __init__(self):
        self.mentioned: set = set()  # words of every mention, and nouns named inside fillers
        self.entities: dict = {}  # key -> (order of first mention, _Noun)
        self.aliases: dict = {}  # key -> the key of the entity it is told again as (Realiser._entity_key)
        self.aimed_at: set = set()  # keys of things told only as what a purpose is about ("the car")

    def refer(self, f: _Facts) -> _Ref:
        about = f.about
        if f.mention in self.mentioned or f.inner in self.mentioned:
            if about is not None and about.plural and f.mention == about.key and self._member_after(about):
                # "the other workers"; not "his other friends" nor "the other three outlaws"
                # (a number counts the whole group, the member too)
                short = _short_definite(about.phrase)
                if short.startswith("the ") and not any(t.tag == "CD" for t in about.phrase.tokens):
                    return _Ref(True, "the other " + short[len("the "):], True)
            return _AGAIN
        if about is None:
            return _NEW
        known = [e for _, e in self.entities.values() if e.head == about.head]
        same_number = [e for e in known if e.plural == about.plural]
        if len(same_number) == 1 and Realiser._named_shorter(about, same_number[0]):
            return _Ref(True)  # "a young man with a backpack ... towards the young man"
        if len(same_number) == 1 and (about.bare or (same_number[0].bare and (
                not about.kind_of or same_number[0].key in self.aimed_at))):
            # "the queen ... the queen in a golden crown": known by her noun, her crown is new
            return _Ref(True, None if about.bare else _known_newly_described(about.phrase))
        if not about.plural and not same_number and len(known) == 1:
            # a member of the group: said as one of them; with its own description it is
            # someone new to the reader ("explorers in fur parkas ... an explorer in an
            # orange parka": "the explorer in the orange parka" reads as told before)
            if about.bare and f.mention == about.key and about.phrase.tokens[0].tag not in ("DT", "PRP$"):
                return _Ref(True, "one of " + _short_definite(known[0].phrase))
            if any(t.tag == "CD" for t in known[0].phrase.tokens) and f.mention == about.key:
                # but one of a counted group is one of those: "two bandits with bandanas
                # chase him. Finally, the bandit with the red bandana shoots at him" (round
                # 9 took "a bandit with a red bandana" for a new bandit, q129)
                return _Ref(True)
            return _NEW
        if not about.plural and not known and about.head in _PAIR_MEMBERS and self._knows_pair():
            # "a couple walks ... the man in a white shirt holds the woman's hand"
            return _Ref(True, None if about.bare else _known_newly_described(about.phrase))
        if about.owner in _PAIR_MEMBERS and self._knows_pair() \
                and not any(e.head == about.owner for _, e in self.entities.values()):
            return _Ref(True)  # the owner is one of the couple: "the woman's hand"
        if about.parts and any(e.count and e.head in about.parts for _, e in self.entities.values()):
            return _Ref(True)
        if about.parts and about.head in _OWN_PARTS:
            # a part named by the kind of a thing the story knows the one of: "pulls an
            # old station wagon over ... opens the car door" (a wagon is a conveyance, as
            # a car is; WordNet's category)
            kinds = {noun_category(w) for w in about.parts} - {None}
            kin = [e for _, e in self.entities.values() if e.count and noun_category(e.head) in kinds]
            if len(kin) == 1:
                return _Ref(True)
        if about.plural and about.count and not about.kind_of \
                and any(about.head in _contents(e.phrase) for _, e in self.entities.values()):
            # what a known measure held: "carries a stack of plates ... drops the stack ...
            # picks up the broken plates" (round 12 took "picks up broken plates" for new)
            return _Ref(True)
        return _NEW

    def _knows_pair(self) -> bool:
        return any(e.head in _PAIRS and not e.plural for _, e in self.entities.values())

    def knows_place(self, f: _Facts) -> bool:
        """Whether a scene is a place the story has named already, by its noun ("enters
        the bank", then the scene "old west bank"): saying it then reads as a setting given
        late."""
        about = f.about
        return about is not None and any(e.head == about.head and e.plural == about.plural
                                         for _, e in self.entities.values())

    def _member_after(self, group: _Noun) -> bool:
        """Whether one of a group ("worker with a grey beard" of "workers in hard hats")
        was mentioned on its own after the group."""
        order = self.entities[group.key][0]
        return any(i > order and e.head == group.head and not e.plural for i, e in self.entities.values())

    def add_aimed_at(self, about: _Noun) -> None:
        """Mention a thing a purpose tells of with "the" ("to pay for the car"): the one of
        its noun told later is that one, "the" even as a kind of it ("drives the black
        muscle car out of the garage"; "a black muscle car" after "to pay for the car" was
        judged a broken back-reference, round 11, q125)."""
        if about.key not in self.entities and not any(e.head == about.head for _, e in self.entities.values()):
            self.entities[about.key] = (len(self.entities), about)
            self.aimed_at.add(about.key)

    def add(self, f: _Facts) -> None:
        """Mention a role's entity (after its sentence is told)."""
        if f.inner is not None:
            self.mentioned.add(f.inner)
        if f.mention is not None:
            self.mentioned.add(f.mention)
            # things named inside a filler ("woman holding a candle") are mentioned too
            self.mentioned.update(f.nouns)
        about = f.about
        if about is not None:
            self.entities.setdefault(about.key, (len(self.entities), about))
            if about.owner is not None:
                owner = _Noun(about.owner, about.owner, False, True, False, frozenset(), None, True, about.phrase)
                self.entities.setdefault(owner.key, (len(self.entities), owner))


def _known_newly_described(p: Phrase) -> str | None:
    """A known entity's first full description: "the" for the entity, the articles of
    what describes it as new ("the man in a white linen shirt", not "... in the white
    linen shirt", a shirt never mentioned); None where it opens with no "a"."""
    text = render_phrase(p)
    for art in ("a ", "an "):
        if text.startswith(art):
            return "the " + text[len(art):]
    return None


def _noun_facts(p: Phrase, key: str) -> _Noun | None:
    """What a story tracks of the entity phrase ``p`` (a noun phrase), known by ``key``."""
    if p.kind != "np" or not p.tokens:
        return None
    lead = _lead_noun(p)
    toks = p.tokens
    head = toks[lead]
    if head.pos not in ("NOUN", "PROPN"):
        return None
    before = toks[:lead]
    owner = next((toks[i].lemma for i in range(len(toks) - 1) if toks[i + 1].tag == "POS"
                  and toks[i].pos in ("NOUN", "PROPN")), None)
    compounds = frozenset(t.lemma for t in before if t.dep == "compound" and t.pos == "NOUN")
    return _Noun(
        key=key, head=head.lemma, plural=p.plural,
        bare=lead == len(toks) - 1 and all(t.tag in ("DT", "PRP$") for t in before),
        kind_of=bool(compounds),
        parts=compounds | ({owner} if owner else frozenset()), owner=owner,
        count=p.plural or bool(p.articles) or any(t.tag in ("DT", "PRP$") for t in before),
        phrase=p,
    )


def _mention(role) -> str | None:
    """What a filler names, for telling whether a story has mentioned it: the filler
    without its leading article; None for what is not an entity (manners, directions,
    purposes, pronouns)."""
    if role.argm not in (None, "location", "scene"):
        return None
    words = role.filler.lower().split()
    if words and words[0] in ("a", "an", "the"):
        words = words[1:]
    if not words or (len(words) == 1 and words[0] in _PRONOUN_FILLERS):
        return None
    return " ".join(words)


def _listable(sentence: str, joint: int, third: str) -> bool:
    """Whether a sentence of two deeds joined by the " and " at ``joint`` takes a third,
    ``third``, as a list ("A, B and C"): only where none of the three has an "and" or a
    comma of its own (past the opening connective's), which would blur where one deed
    ends."""
    opening = sentence.find(", ") + 2
    body = sentence[opening:joint] + " " + sentence[joint + len(" and "):] + " " + third
    return " and " not in body and "," not in body and '"' not in body


class _SameDoer(str):
    """The anchor's clause without its subject, who did what caused or enabled it: "Then,
    the guard listens to footsteps and turns around", not "..., which makes the guard
    turn around" (a gender the clip does not say), nor "and so turns around", nor "...,
    which makes him cry out" (caused: round 9 judged these two awkward);
    "Then, he closes the machine door and opens it", not "..., so he can open it" (enabled,
    pronoun or not: "so he can" claims the first deed was done for the second, which the
    relation does not say, and readers judged it a purpose the doer did not have)."""


class _Counter(str):
    """The anchor's clause, finite, where the one the cause acted on acts back on the one
    who did it: told as the next step after ", and", not as made to happen."""


def _ends_in_quote(clause: str) -> bool:
    """Whether a clause ends with quoted words: a sentence of its own ('cries out, "Where
    am I?"'), not one to go on after with a comma."""
    return clause.rstrip().endswith('"')


def _anchor_form(before: list) -> str | None:
    """The form the anchor's clause takes in the sentence that says what led to it, from
    the relations of the events told before it (see ``Realiser._join``): a bare infinitive
    after "makes" ("..., which makes him grab her purse"), "and"
    where the event just before enables it: a finite clause after "and" ("..., and the
    elevator doors slowly close"; its doer's own next deed without its subject: "she lifts
    it into the air and watches it"); None where nothing is said. Enables is told as the
    next step of one sentence, not a link that names it: readers judged every such link a
    claim the clip did not bear out ("which lets couples dance" in round 1, "That lets her"
    in round 7, "so the woman can meet him" in round 8)."""
    if not before:
        return None
    if before[-1] == "Causes":
        return "base"
    if before[-1] == "Enables":
        return "and"
    # an earlier cause is not said in the story: "All this makes the worker jump out of
    # the way", "All this makes the boxer in red shorts knock him down" (round 10, q072
    # q129) and "as a result" (round 7, q085 q120) were judged forced; the time order
    # tells it (see Realiser._join)
    return None


#: PropBank's words for a doer that is several: "rioter(s)", "first (or all) arguer(s)",
#: "both parties when mentioned together", "plural mention"
_SEVERAL = re.compile(r"\w\((?:e?s)\)|\bor all\b|\ball parties\b|\bboth parties\b|\bplural\b")
_RECIPROCALS = (("each", "other"), ("one", "another"))


#: VerbNet's class of verbs of making someone feel ("amuse", "concern", "worry"): the
#: one who feels is always said, as the object; then the classes whose object is someone
#: too, that a roleset of it may also be in ("annoy" bullies, "tempt" urges). A roleset in
#: any other class too has other senses ("cut", "touch", "sober up") that need no one
_MAKES_FEEL = ("amuse-31.1", "bully-59.5", "urge-58.1")


def _group_doer(info) -> bool:
    """Whether PropBank describes the role as one or several doers."""
    return info is not None and _SEVERAL.search(info.descr.lower()) is not None


def _reciprocal_in(ph: list, core) -> bool:
    """Whether a core filler is a reciprocal, alone or after its preposition ("each other",
    "at one another"): its antecedent, the subject, is several."""
    return any(tuple(t.text.lower() for t in ph[k].tokens[-2:]) in _RECIPROCALS and len(ph[k].tokens) <= 3
               for k in core)


def _reciprocal(ph: list, subject: int, core) -> list:
    """A plural doer's deed on "the other" is on each other: "They snitch on each other",
    not "on the other", which asks which other (round13/q006). Only the whole filler, bare
    or after its preposition: "the other team" or "the other's coat" names someone else."""
    for k in core:
        p = ph[k]
        words = [t.text.lower() for t in p.tokens]
        if k != subject and words[-2:] == ["the", "other"] and (
                len(words) == 2 or len(words) == 3 and p.tokens[0].tag in ("IN", "TO")):
            ph = list(ph)
            ph[k] = p.with_token(len(words) - 2, "each")
    return ph


def _without_core(ev: Event, omit: frozenset, definite: frozenset, pronoun: tuple, short: frozenset,
                  named: tuple, subject):
    """(event, definite, omit, pronoun, short, named, subject) of an event told without the
    core roles in ``omit`` (the clause leaves out only ArgMs it is told to): the indices
    of the roles after them moved down."""
    drop = sorted(k for k in omit if ev.roles[k].is_core and k != subject)
    if not drop:
        return ev, definite, omit, pronoun, short, named, subject

    def at(k):
        return k - sum(1 for d in drop if d < k)
    keep = lambda ks: frozenset(at(k) for k in ks if k not in drop)  # noqa: E731
    roles = tuple(r for k, r in enumerate(ev.roles) if k not in drop)
    return (replace(ev, roles=roles), keep(definite), keep(omit),
            (at(pronoun[0]), pronoun[1]) if pronoun else pronoun, keep(short),
            tuple((at(k), w) for k, w in named if k not in drop), None if subject is None else at(subject))


def _short_definite(p: Phrase) -> str:
    """A noun phrase told again by its head and what precedes it: "the young man" for
    "young man with a backpack", "the friend" for "his friend in a hawaiian shirt" (a
    person once placed by whose they are is known by then: "Finally, his friend
    sheepishly gives ..." read as a repetition, round19/q121); a thing keeps its owner
    ("his left hand")."""
    def make(p):
        lead = _lead_noun(p)
        toks = list(p.tokens[:lead + 1])
        if toks and toks[0].tag == "PRP$" and noun_class(p.tokens[lead].lemma) == "person":
            toks = toks[1:]
        elif toks and toks[0].tag == "PRP$":
            return "".join(t.text + t.ws for t in toks).strip()
        if toks and toks[0].tag == "DT":
            toks = toks[1:]
        return "the " + "".join(t.text + t.ws for t in toks).strip()
    return p.memoised("short", make)


def _named_in(ph, subject: int, core) -> frozenset:
    """Core roles whose noun the subject already names inside its own description: "an
    old man with a lantern holds the lantern", not "holds a lantern" again."""
    sp = ph[subject]
    # every noun but the one the subject is about, wherever the parse put its root
    # ("woman holding candle" may be parsed with "candle" as the root)
    lead = _lead_noun(sp) if sp.kind == "np" else sp.root
    inner = {t.lemma for i, t in enumerate(sp.tokens) if i != lead and t.pos == "NOUN"}
    if not inner:
        return frozenset()
    return frozenset(k for k in core if k != subject and ph[k].kind == "np" and ph[k].articles
                     and ph[k].tokens[ph[k].root].lemma in inner)


def _it_of_named(ph, subject: int, core) -> dict:
    """{role: "it"/"them"} for the one object that is the noun alone (with an article or
    none) of a thing the subject's own description names: "a woman holding a candle drops
    it", not "drops the candle", the noun said twice in one clause (round19/q151). Not
    where two objects are such (which one "it" is would be unclear), nor where the object
    says more than its noun ("drops the lit candle"), nor where the subject's noun is part
    of a compound, a kind and no thing told of ("the tight-rope walker tautens the rope")."""
    sp = ph[subject]
    lead = _lead_noun(sp) if sp.kind == "np" else sp.root
    inner = {t.lemma for i, t in enumerate(sp.tokens) if i != lead and t.pos == "NOUN" and t.dep != "compound"
             and not (i + 1 < len(sp.tokens) and sp.tokens[i + 1].text == "-")}
    named = [k for k in core if k != subject and ph[k].kind == "np" and ph[k].tokens[ph[k].root].lemma in inner]
    bare = [k for k in named if all(i == ph[k].root or ph[k].tokens[i].text.lower() in ("a", "an", "the")
                                    for i in range(len(ph[k].tokens)))]
    if len(bare) != 1 or len(named) != 1:
        return {}
    return {bare[0]: "them" if ph[bare[0]].plural else "it"}


#: Nouns of the parts a thing has one (set) of, that open and close or that one works it
#: by: with the thing named by their compound ("tent flap", "elevator doors") and the
#: thing in the clause, they are its own ("the tent flap"). A short list: WordNet's
#: part-of links would also take "booth" of a "phone booth" and "net" of "fishing".
_OWN_PARTS = frozenset("door flap lid hatch gate window handle knob button wheel seat".split())


def _parts_of_named(ph, core, subject) -> frozenset:
    """Objects that name a part of a thing another role names, by a compound before the
    part: the thing's own part ("closes the tent flap inside the tent", "grabs the
    elevator doors" in an elevator), not "a tent flap" of some other tent."""
    out = []
    for k in core:
        p = ph[k]
        if k == subject or p.kind != "np" or not (p.articles or p.plural):
            continue
        lead = _lead_noun(p)
        if p.tokens[lead].lemma not in _OWN_PARTS:
            continue
        wholes = {t.lemma for t in p.tokens[:lead] if t.dep == "compound" and t.pos == "NOUN"}
        if wholes and any(wholes & q.memoised("nouns", _noun_lemmas) for j, q in enumerate(ph) if j != k):
            out.append(k)
    return frozenset(out)


def _names_body_part(p: Phrase, overrides) -> bool:
    """Whether a filler names a part of the body ("in the back", "the chest")."""
    start = _entity_start(p)
    if start is None:
        return False
    return phrase_class(p.tail(start) if start else p, overrides) == "body"


def _said_elsewhere(ph: list, scene: int) -> bool:
    """Whether the scene's place is already said by another role, so that saying both
    places it twice: its noun is a noun of another role ("down the corridor" and the scene
    "hospital corridor"), or a noun of the scene names the place of a prepositional role,
    whole or as the end of a compound word ("up to the school" and "school parking lot",
    "into the field" and "cornfield")."""
    sp = ph[scene]
    if any(sp.tokens[sp.root].lemma in p.memoised("nouns", _noun_lemmas) for k, p in enumerate(ph) if k != scene):
        return True
    if sp.tokens[sp.root].lemma in _WATERS and any(
            p.kind == "pp" and "water" in p.memoised("nouns", _noun_lemmas) for k, p in enumerate(ph) if k != scene):
        return True  # "pulls him out of the water", not "... out of the water in a forest river"
    words = [t.lemma for t in sp.tokens[:sp.root + 1] if t.pos == "NOUN"]
    return any(w == n or (len(n) >= _COMPOUND_END and w.endswith(n))
               for k, p in enumerate(ph) if k != scene and p.kind == "pp"
               for n in p.memoised("nouns", _noun_lemmas) for w in words)


def _place_head(p: Phrase) -> int | None:
    """The index of the noun a place names: the root of a noun phrase, the head of a
    prepositional one's object ("inside [the tent]")."""
    span = p.entity_span()
    return None if span is None else p.span_head(*span)


def _setting_named(ph: list, k: int, core, subject) -> bool:
    """Whether a prepositional setting names the place an object names already, by a
    noun of its compound ("inside the tent" of "closes the tent flap"): the object says
    where, the setting says it again."""
    at = _place_head(ph[k])
    if at is None or ph[k].tokens[at].pos != "NOUN":
        return False
    noun = ph[k].tokens[at].lemma
    return any(j != subject and j != k and ph[j].kind == "np" and noun in ph[j].memoised("nouns", _noun_lemmas)
               for j in core)


#: prepositions of a manner that is where on one's body a thing is held ("on his back")
_BORNE = frozenset({"on", "in", "over", "under"})


#: Rooms and fixtures of a building, said after the building's noun when it is the
#: scene ("the museum gallery", "the bar door", "the kitchen floor"); a hand list: WordNet
#: files "gallery" first as an audience and "stage" as a time.
_BUILDING_PARTS = frozenset("""gallery hall hallway corridor lobby kitchen stage aisle door doorway entrance
exit window floor stairs staircase balcony counter attic basement cellar foyer""".split())
#: WordNet categories of a scene that is a building with such parts ("museum", "bar")
_BUILDINGS = frozenset({"structure#04341686", "facility#03315023"})


#: Bodies of water: "the water" of a role is the one a scene of these names. A hand
#: list: WordNet files them with the land forms (noun.object), and "water" as a substance.
_WATERS = frozenset("river lake sea ocean pond pool stream creek bay lagoon canal".split())
_COMPOUND_END = 4  # letters of the shortest noun taken as the end of a compound word ("field" of "cornfield")


def _scene_rest(p: Phrase) -> Phrase | None:
    """What a scene says besides its place: a prepositional phrase after its noun ("at
    night" of "cornfield at night"), kept when the place itself is said elsewhere."""
    at = next((i for i in range(p.root + 1, len(p.tokens)) if p.tokens[i].tag == "IN"), None)
    return p.tail(at) if at is not None and at + 1 < len(p.tokens) else None


#: WordNet supersenses of the noun of a scene's rest that make it a place ("at sea"), not
#: a time or circumstance ("at night", "in the rain"), which ends the sentence
_PLACE_SENSES = frozenset({"noun.object", "noun.location", "noun.artifact"})
#: prepositions of a path's goal, and of its source
_GOAL_PREPOSITIONS = ("to ", "into ", "onto ", "towards ", "toward ")
#: prepositions that set one on, at or along a place: a location "on"/"at" it after says
#: nothing new (Realiser._ground_told)
_GROUND_PREPOSITIONS = ("on ", "onto ", "at ", "to ", "along ", "across ", "over ", "up ", "through ")
#: nouns of one kind of place, said by one of them (a story that set a man on the pier
#: does not move him by calling it a dock)
_PLACES_ALIKE = {"dock": "pier", "wharf": "pier", "jetty": "pier", "quay": "pier", "rooftop": "roof"}


def _ground(head: str) -> str:
    """The place a noun names, as :data:`_PLACES_ALIKE` tells its kinds apart."""
    return _PLACES_ALIKE.get(head, head)


_INTO_GOAL = ("into ", "onto ")  # a goal reached inside or on top of a place ("in" may be a setting)
#: particles that say a thing leaves where it was, and no more (a goal says where it goes)
_PARTICLES_OF_LEAVING = frozenset({"away", "off", "out", "down"})


def _is_place_rest(rest: Phrase) -> bool:
    nouns = [t for t in rest.tokens if t.pos == "NOUN"]
    return bool(nouns) and noun_supersense(nouns[-1].lemma) in _PLACE_SENSES


def _names(text: str, noun: str) -> bool:
    """Whether a phrase names a scene's noun: the noun itself ("onto the boat", scene "fishing
    boat at sea") or the end of it as a compound word ("into the field", "cornfield")."""
    return any(w == noun or (len(w) >= _COMPOUND_END and noun.endswith(w)) for w in text.lower().split())


#: prepositions of place and path (and the first words of such multiword ones: "out of",
#: "away from", "next to"), not of manner, means or topic ("in awe", "with a lever", "about")
_PLACE_PREPOSITIONS = frozenset("""above across against along alongside amid among around at atop away behind
below beneath beside between beyond down from in inside into near next off on onto opposite out outside over
past round through throughout to toward towards under underneath up upon within""".split())


def _stacked(told: list[str], setting: str) -> bool:
    """Whether the scene said after ``told`` (the core roles, directions and locations said
    after the verb) would stack on them: two open with a preposition of place or path, or
    one with the scene's own ("on the ground on a factory floor")."""
    preps = [leading_preposition(t) for t in told]
    preps = [p for p in preps if p and p.split()[0] in _PLACE_PREPOSITIONS]
    return len(preps) >= 2 or leading_preposition(setting) in preps


def _many_phrases(told: list[str]) -> bool:
    """Whether a scene said after ``told`` would be the third prepositional phrase in a
    row or more, of any kind: "pushes a student to the mat with a twist in a martial arts
    dojo" reads as a stack (round13/q075); the scene opens the caption instead."""
    return sum(1 for t in told if leading_preposition(t)) >= 2


#: a phrase that names whom one speaks to or with: "to Spock", "to his wife", "with them"
#: (not an infinitive of purpose, "to buy it": a determiner, a pronoun or a name follows)
_ADDRESSEE = re.compile(r"(?:to|with) (?:(?:the|a|an|his|her|their|its|my|our|your) |(?:him|her|them|me|us)$|[A-Z])")


def _trailing_order(tail: list[str], place_rest: tuple | None) -> list[str]:
    """The phrases after the verb in an order that reads well:

    - the rest of a scene whose place another phrase names goes right after that phrase,
      where it says which place ("pulls a net onto the boat at sea with effort", scene
      "fishing boat at sea", not "onto the boat with effort at sea"); a time ("at night")
      stays last;
    - a source goes before the goal it is next to, as English tells a path ("falls from
      the sky into the field", not "into the field from the sky");
    - what a saying is about ends the sentence, after the places: a place after it would
      belong to it ("talks to a woman in a log cabin about their father", not "about their
      father in a log cabin"), and after the one it is said to ("rambles to Spock about
      removing Kirk")."""
    tail = [t for t in tail if t]
    if place_rest is not None and place_rest[0] in tail:
        text, noun = place_rest
        at = next((i for i, t in enumerate(tail) if t != text and _names(t, noun)), None)
        if at is not None and at < tail.index(text):
            tail.remove(text)
            tail[at] = f"{tail[at]} {text}"
    for i in range(len(tail) - 1):
        if tail[i].startswith(_GOAL_PREPOSITIONS) and tail[i + 1].startswith("from "):
            tail[i], tail[i + 1] = tail[i + 1], tail[i]
    about = next((i for i, t in enumerate(tail) if t.startswith("about ")), None)
    if about is not None:
        # (the one it is said to too: "rambles to Spock about removing Kirk", not "about
        # removing Kirk to Spock", where Kirk would be removed to Spock; round18/q178)
        places = [t for t in tail[about + 1:] if t.startswith(("in ", "on ", "at ", "inside "))
                  or _ADDRESSEE.match(t)]
        if places and len(places) == len(tail) - about - 1:
            tail = tail[:about] + places + [tail[about]]
    return tail


def _is_reduplicated(p: Phrase) -> bool:
    """A word, a preposition and the word again ("hand over hand", "side by side", "one by
    one"): an adverbial idiom, said as it is, with no article and no preposition before it."""
    t = p.tokens
    return len(t) == 3 and t[1].tag == "IN" and t[0].text.lower() == t[2].text.lower() and t[0].pos in ("NOUN", "NUM")


def _made_from(adjective: str, nouns: frozenset) -> bool:
    """Whether an adjective in -y is made from one of the nouns ("rainy" of "rain",
    "sunny" of "sun", "foggy" of "fog")."""
    word = adjective.lower()
    if not word.endswith("y") or len(word) < 4:
        return False
    stem = word[:-1]
    return stem in nouns or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in nouns)


def _noun_lemmas(p: Phrase) -> frozenset:
    return frozenset(t.lemma for t in p.tokens if t.pos in ("NOUN", "PROPN"))


def _unseen_patient(roleset, info) -> bool:
    """Whether a role of a roleset with a doer, shown in no example of PropBank's, is a
    patient or theme (PPT) whose description names no preposition ("opponent" of
    uppercut.01; not "appealed to, begged from"): the thing acted on, a direct object, so
    the "to" of the nominal it was annotated on ("his uppercut to Brandon Knight") goes:
    "uppercuts Brandon Knight". (Only "to", a nominal's way of naming what it hits or harms
    ("a blow to", "damage to"): "on", "in", "for" are as often the verb's own ("dines on",
    "binges on", "longs for", "kills in the market").)"""
    return roleset is not None and "Arg0" in roleset.roles and info is not None and not info.spans \
        and info.tag == "PPT" and not any(w in _PREPOSITIONS for w in re.findall(r"[a-z]+", info.descr.lower()))


def _names_doer(info) -> bool:
    """Whether PropBank describes a role by the noun of one who does a verb ("eater",
    "driver"): what it names acts ("microbes feed on ..."), it is not acted on."""
    words = info.descr.lower().split() if info is not None else []
    w = words[0].strip(",;") if words else ""
    return len(w) > 4 and w.endswith(("er", "or")) and any(is_verb_base(stem) for stem in (w[:-2], w[:-1]))


def _other_bare_object(plan, roles, ph, k: int) -> bool:
    """Whether a core role other than ``k`` is said as a bare object: a bare noun phrase
    or pronoun that is not Arg0, nor an Arg1 with no Arg0 beside it (the subject then)."""
    doer = "Arg0" in {roles[i].type for i in plan.core}
    return any(roles[j].type not in ("Arg0", "Arg1") or roles[j].type == "Arg1" and doer
               for j in plan.core if j != k and not plan.preps[j] and ph[j].kind in ("np", "pron"))


def _bare_more_than(info, prep: str) -> bool:
    """Whether PropBank's spans show a role bare more often than after ``prep``."""
    return info is not None and info.preps.get("", 0) > info.preps.get(prep, 0)


def _role_info(roleset, role_type: str):
    """The lexicon's RoleInfo of a role type, or None (no roleset, or no such role)."""
    return roleset.roles.get(role_type) if roleset is not None else None


def _lexicon_name(roleset, role) -> str | None:
    info = _role_info(roleset, role.type) if role.is_core else None
    if info is None or "(" not in role.key:
        return None
    described = role.key[role.key.index("(") + 1:role.key.rindex(")")].strip()
    if role.name != role_name(described):
        return None  # the name was given elsewhere (a verb negative's new role names)
    return info.name if described.lower() == info.descr.strip().lower() else None


def _role_descr(roleset, role) -> str:
    info = _role_info(roleset, role.type)
    return f"{info.descr} {role.name}" if info is not None else role.name


_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})


def _is_statement(p: Phrase) -> bool:
    """Whether the whole phrase is a clause: its root a verb with its own subject and a
    finite verb form ("the plant is closing"), not a noun with a relative clause ("a
    dream that the planet could be saved")."""
    root = p.tokens[p.root]
    if root.pos not in ("VERB", "AUX") or p.tokens[0].tag in _PREP_TAGS:
        return False
    mine = [t for t in p.tokens if t.head == p.root and t is not root]
    return any(t.dep in ("nsubj", "nsubjpass") for t in mine) and \
        (root.tag in _FINITE or any(t.dep in ("aux", "auxpass") and t.tag in _FINITE for t in mine))


def _is_words_said(p: Phrase) -> bool:
    """A filler of a speech role that gives the words ("where am i", "hands up", "wait"),
    not a thing said ("orders", "his name", "a warning")."""
    words = [t.text.lower() for t in p.tokens]
    if p.kind == "clause" or _FIRST_SECOND_PERSON & set(words) or (len(words) > 1 and words[0] in _SUBORDINATORS):
        return True
    if _is_statement(p):
        return True  # a statement with its subject and a finite verb: "the plant is closing"
    if any(t.tag in ("DT", "PRP$", "POS") for t in p.tokens) or len(words) > 3:
        return False
    return _ends_in_particle(p) or (len(words) == 1 and is_verb_base(words[0]))


# adverbs that end a call the way a particle does ("everybody down!", "stay back!")
_CALL_ADVERBS = frozenset("down up back out off away over in inside outside".split())


def _ends_in_particle(p: Phrase) -> bool:
    """Words said that end in a particle or a particle-like adverb: "hands up", "everybody
    down" are calls, not things; "the signal is back", with its verb, is a statement."""
    last = p.tokens[-1]
    return last.tag == "RP" or (len(p.tokens) > 1 and last.tag == "RB" and last.text.lower() in _CALL_ADVERBS
                                and not any(t.pos in ("VERB", "AUX") for t in p.tokens))


def _speech(p: Phrase) -> str:
    """What is said, as English reports it: an indirect clause as it is ("that she will
    recover", "if she would dance"); a direct question, an exclamation or words in the
    first or second person quoted ('"Where am I?"', '"There it is!"'); any other clause
    after "that"."""
    toks = p.tokens
    # a filler that is the quotation with its marks ('" How tall are you , "') is words
    # said as they were, quoted once; what they are is read from the words inside
    quoted = len(toks) > 2 and toks[0].text == toks[-1].text == '"' and sum(t.text == '"' for t in toks) == 2
    if quoted:
        toks = toks[1:-1]
    words = [t.text.lower() for t in toks]
    if words[0] in _SUBORDINATORS and not quoted:
        return render_phrase(p)
    # a wh-word that opens a clause standing as the subject is no question: "What
    # matters is what advertisers will pay" states (a free relative, spaCy's csubj)
    question = words[0] in _QUESTION_WORDS and len(words) > 1 and \
        not any(t.dep == "csubj" and t.head == p.root for t in toks)
    # an imperative or a "there it is" is called out, not reported
    exclamation = toks[0].tag == "VB" or words[0] in ("there", "here") or is_verb_base(words[0]) \
        or _ends_in_particle(p)
    if quoted or question or exclamation or _FIRST_SECOND_PERSON & set(words):
        # the words as the annotator wrote them: no article added ("Wait!", not "A wait!")
        said = "".join(("I" if t.text == "i" else t.text) + t.ws for t in toks).strip()
        said = said.rstrip(",;: ")  # a quotation cut at a comma ("How tall are you,") ends as a sentence
        said = said[:1].upper() + said[1:]
        if said[-1:] not in ".?!":
            said += "?" if question else "!" if exclamation else "."
        return f'"{said}"'
    return "that " + render_phrase(p)


#: WordNet supersenses of things one can take hold of, look at, reach for: concrete
#: things, living or made (see Realiser._written_sense)
_GRASPED_SENSES = frozenset({"noun.artifact", "noun.object", "noun.food", "noun.body", "noun.plant",
                             "noun.animal", "noun.person", "noun.substance"})
#: PropBank spans, all bare, that outweigh the grammar's per-verb preposition for an
#: abstract filler (Realiser._written_sense)
_BARE_SPANS_AGAINST_OVERRIDE = 3


#: VerbNet's classes of giving, whose goal is a recipient: give-13.1, contribute-13.2,
#: future_having-13.3 (bequeath, will, award, allot); not getting (get-13.5.1: "buys it for her")
_GIVING = re.compile(r"-13\.[123](?:$|[-.])")


def _most_frequent(preps: dict) -> str:
    """The preposition seen most often; a tie goes to the first in alphabetical order."""
    return min(preps, key=lambda p: (-preps[p], p))


def _others_preposition(words: list, lemma: str, info) -> bool:
    """Whether the preposition that ends an Arg1's name belongs to another verb than the
    frame's phrasal verb, whose particle stands where a preposition would: throw away's
    "thing gotten rid of" is thrown away, not "thrown away of". Not where PropBank shows
    the role after that preposition, or never bare."""
    head, _, particle = lemma.partition(" ")
    if not particle or (info is not None and (not info.preps.get("", 0) or info.preps.get(words[-1], 0))):
        return False
    return not any(w.startswith(head[:4]) for w in words[:-1])


def _owner_alone(p: Phrase) -> bool:
    """Whether a filler is a noun phrase that ends in its owner's "'s", with nothing owned
    after it ("Merle 's", "the cattle 's"): PropBank's argument of a nominal, the owner.
    Not the plural of a letter or an abbreviation ("the t's", "CD's")."""
    toks = p.tokens
    return p.kind == "np" and len(toks) > 1 and toks[-1].tag == "POS" and toks[-2].pos in ("NOUN", "PROPN") \
        and sum(t.tag == "POS" for t in toks) == 1 and len(toks[-2].text) > 1 and not toks[-2].text.isupper()


#: prepositions a noun or an adjective takes its thing acted on with ("a reduction in",
#: "embarrassing to", "the demand for", "an impact on", "the casting of")
_NOMINAL_PREPOSITIONS = frozenset({"of", "in", "on", "to", "for"})


def _open_dash(text: str) -> bool:
    """Whether a subject opens an aside with a dash it does not close ("Their manager --
    a fellow named Earl Weaver"): an odd number of spaced dashes, the last not at its end."""
    dashes = re.findall(r"(?:^|\s)(?:--|\u2014)(?=\s|$)", text)
    return len(dashes) % 2 == 1 and not re.search(r"(?:--|\u2014)$", text.rstrip())


def _names_after(p: Phrase, comma: int) -> bool:
    """Whether the words after the subject's first comma name the members of the plural
    common noun before it: "Two California academics, Stanley Cohen and Herbert Boyer"
    (an apposition, closed before the verb), not a list of like things ("apples, pears
    and plums": nouns alike either side)."""
    toks = p.tokens
    rest = toks[comma + 1:]
    return toks[comma - 1].tag == "NNS" and len(rest) > 1 and any(t.tag == "CC" for t in rest) \
        and all(t.tag in ("NNP", "NNPS", "CC") for t in rest) and rest[0].tag in ("NNP", "NNPS") \
        and rest[-1].tag in ("NNP", "NNPS")


def _content_clause(p: Phrase) -> bool:
    """Whether a filler is a clause opened by "that", "whether" or "if" (the analysis
    files it with phrases of a preposition, by the word's tag): it ends the verb's
    objects, after the one told ("claims to her that his gun wasn't a real firearm", not
    "claims that his gun wasn't a real firearm, just an unloaded BB gun to her", where
    the hearer reads as part of the clause)."""
    first = p.tokens[0]
    return p.kind == "pp" and len(p.tokens) > 2 and first.dep == "mark" and first.head == p.root \
        and first.text.lower() in ("that", "whether", "if") and p.tokens[p.root].pos in ("VERB", "AUX")


# initialisms of names said with "the" ("the United States", "the United Nations", "the
# European Union", "the Soviet Union"): said bare, they take "the" as the name does
_THE_INITIALISMS = frozenset({"US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UN", "U.N.", "EU", "E.U.",
                              "UAE", "U.A.E.", "USSR", "U.S.S.R."})


# the one English word for over the side of a vessel, out of it (see _clause's places)
_OVER_THE_SIDE = "overboard"


def _by_agent(roles, ph, core, subject) -> bool:
    """Whether another core role is said as the doer after "by", a role numbered before
    the subject's (the lower-numbered argument is the more agent-like one: hem_in.02's
    Arg1 "surrounding entity" before Arg2 "entity being surrounded"). English says such a
    clause in the passive: "the building is hemmed in by a growth of camellias", not
    "the building hems in by ...". A "by" on a role numbered after the subject is an
    extent or means, not a doer ("the price rises by 5%"), and leaves the voice alone."""
    return any(k != subject and roles[k].type < roles[subject].type and ph[k].kind == "pp"
               and len(ph[k].tokens) > 1 and ph[k].tokens[0].text.lower() == "by" for k in core)


#: A role PropBank names as what brings the event about (its description's words)
_CAUSE_ROLE = re.compile(r"\b(?:cause|causer|instrument|agent)\b", re.I)


#: A reflexive said alone as a subject leans on its own pronoun: English puts the
#: nominative before it ("He himself is accursed", not "Himself is accursed", round17/q176)
_REFLEXIVE_SUBJECT = {"himself": "he", "herself": "she", "themselves": "they", "itself": "it",
                      "myself": "I", "ourselves": "we", "yourself": "you", "yourselves": "you"}


#: Verbs of giving a thing back to whom it belongs (PropBank lemmas): the thing is the
#: receiver's own ("gives him back his wallet"), not any one ("gives a wallet back to him")
_GIVEN_BACK = frozenset({"give back", "hand back", "return", "bring back", "send back", "pass back"})
_OWNER_OF = {"he": "his", "she": "her", "they": "their"}
#: a subject pronoun's possessive: whose a body part it uses is ("using his shoulder")
_OWNER_OF_PRONOUN = {**_OWNER_OF, "i": "my", "we": "our", "you": "your"}
#: words that open a means, the thing one does it with ("with a fist", "using a shoulder")
_MEANS_WORDS = frozenset({"with", "using"})
#: words that open the first of a pair of phrases ("either to gold or to silver")
_CORRELATIVES = frozenset({"either", "neither", "both"})


#: Supersenses of an owner: people and their groups own things ("the authorities'
#: proposals", "workers' rights"); a plural of anything else before a noun modifies it
#: ("arms dealers", "sales figures", "savings accounts")
_OWNER_SENSES = frozenset({"noun.person", "noun.group"})


def _lost_apostrophe(p: Phrase) -> str | None:
    """The filler with the apostrophe of a plural owner PropBank's tokens lost put back:
    a common plural noun ending in "s" right before another common noun of the same noun
    phrase, its own word (a plural WordNet lists for itself: "authorities" is noun.group)
    or its lemma naming people or a group, is their owner: "the Australian authorities'
    proposals", not "the Australian authorities proposals" (round17/q132). Not a name
    ("the Rangers fans"), nor a clause ("officials fear layoffs")."""
    if p.kind not in ("np", "pp"):
        return None
    toks = p.tokens
    words = [t.text for t in toks]
    for i in range(len(toks) - 1):
        t, nxt = toks[i], toks[i + 1]
        if t.tag != "NNS" or not t.text.lower().endswith("s") or t.text.lower().endswith("ss") or not t.ws \
                or nxt.tag not in ("NN", "NNS") or nxt.pos != "NOUN":
            continue
        if not (t.head > i and toks[t.head].pos == "NOUN"):
            continue  # the parser hangs it off a verb: two objects ("giving small businesses tax incentives")
        sense = noun_supersense(t.text.lower()) or noun_supersense(t.lemma)
        if sense in _OWNER_SENSES:
            words[i] = t.text + "'"
    if words == [t.text for t in toks]:
        return None
    return "".join(w + t.ws for w, t in zip(words, toks)).strip()


def _open_rate(p: Phrase) -> str | None:
    """A rate compound ("$27.50-a-share") hyphenated only before the noun it describes ("a
    $20-a-share dividend"); ending the phrase it is a price with its unit, open: "bids
    $27.50 a share", not "bids $27.50-a-share" (round17/q071). The filler without the two
    hyphens where it ends in number - a/an - noun."""
    toks = p.tokens
    if len(toks) < 5 or [t.tag for t in toks[-5:]] != ["CD", "HYPH", "DT", "HYPH", toks[-1].tag] \
            or toks[-3].text.lower() not in ("a", "an") or toks[-1].pos != "NOUN":
        return None
    kept = [t for i, t in enumerate(toks) if i not in (len(toks) - 4, len(toks) - 2)]
    # (the currency sign closed up to its number, as the hyphenated token was: "$27.50")
    return "".join(t.text + ("" if t.tag == "$" else t.ws or " ") for t in kept).strip()


def _own_predicate_cut(p: Phrase, lemma: str, others: list[str]) -> str | None:
    """A filler PropBank's span took with the event's own verb in it, the words after the
    verb being another role's or nothing ("The tree in her yard had leafed into a pale green
    globe" as Arg0 of leaf, Arg1 "into a pale green globe"): the words before the verb group
    are the role's own ("The tree in her yard"); said whole, the predicate is said twice
    ("... had leafed into a pale green globe leafs into a pale green globe"). Only a finite
    verb or one after its auxiliary ("Senior members are reduced"; not a cognate noun, "a
    rough cough", nor a participle, "the chocolate icing") whose rest is exactly another
    filler or nothing, so a quotation around its speech verb ("'...,' snorts the narrator
    ...") stays."""
    toks = p.tokens
    wanted = {o.strip().lower() for o in others if o.strip()}
    for i in range(1, len(toks)):
        t = toks[i]
        if not t.tag.startswith("VB") or t.lemma.lower() != lemma.split()[0].lower():
            continue
        if t.tag not in ("VBD", "VBZ", "VBP") and not (toks[i - 1].pos == "AUX" or toks[i - 1].tag == "MD"):
            continue  # a predicate is finite or has its auxiliary; a bare participle modifies ("the chocolate icing")
        rest = "".join(x.text + x.ws for x in toks[i + 1:]).strip().lower()
        if rest and rest not in wanted:
            continue
        start = i
        while start > 0 and (toks[start - 1].pos == "AUX" or toks[start - 1].tag == "MD"):
            start -= 1  # its auxiliaries are the predicate's: "had leafed", "are reduced"
        if start == 0 or not any(x.pos in ("NOUN", "PROPN", "PRON") for x in toks[:start]):
            return None
        return "".join(x.text + x.ws for x in toks[:start]).strip()
    return None


def _leading_preposition(p: Phrase) -> bool:
    """Whether a filler opens with a preposition: one the parse tags so, or a "to" (IN or
    TO) before a noun phrase, which spaCy may take for an auxiliary ("to offspring": a
    doer's "to" left on the subject said "To offspring inherits genes", and swapped "To
    parents inherit genes": neg11, neg13)."""
    first = p.tokens[0]
    return first.pos == "ADP" or first.text.lower() == "to" and len(p.tokens) > 1 \
        and p.tokens[1].pos in ("NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM")


def _open_aside(p: Phrase, text: str) -> bool:
    """Whether a noun filler said as ``text`` ends in an aside its writer would close with
    a comma before more words: an apposition or a relative clause after its noun
    ("Jayark, New York", "Hudson General, which provides services", "Scot MacInnis, a
    masseur in Boulder, Colo."); not a list, nor adjectives before the noun ("the thick,
    black smoke")."""
    if ", " not in text or text.endswith((",", "?", "!", ";", ":")) or text.rstrip('"\u201d').endswith(","):
        return False  # closed already, or by its own mark ("Piazza di Spagna ?", 'as "balanced male,"')
    head, rest = text.split(", ", 1)
    comma = next((i for i, t in enumerate(p.tokens) if t.text == ","), None)
    after_noun = comma is not None and comma > 0 and p.tokens[comma - 1].pos in ("NOUN", "PROPN", "NUM")
    return after_noun and head.count("(") == head.count(")") and (
        rest.split(" ", 1)[0] in ("which", "who", "whose") or not re.search(r"\b(?:and|or)\b|,", rest)
        or _apposition_after(p, comma) or _names_after(p, comma) or _participle_after(p, comma)
        or _adjectives_after(p, comma))


#: tags of a word that says how a thing is (the parser reads "damp" of "damp and wrinkled" as a verb)
_DESCRIBING_TAGS = frozenset({"JJ", "VB", "VBN", "VBD"})


def _adjectives_after(p: Phrase, comma: int) -> bool:
    """Whether the words after the first comma are an aside of two words that say how the
    noun before it is, joined by "and"/"or" ("a paper bag, damp and wrinkled at its upper
    end": closed like a participle's, round18/q038); not a list of nouns ("apples, pears
    and plums", "apples, green pears and plums")."""
    toks = p.tokens
    return comma + 3 < len(toks) and toks[comma + 2].text.lower() in ("and", "or") \
        and all(toks[i].tag in _DESCRIBING_TAGS and toks[i].pos not in ("NOUN", "PROPN") for i in (comma + 1, comma + 3))


def _participle_after(p: Phrase, comma: int) -> bool:
    """Whether the words after the first comma are a participle's clause on the noun before
    it, whatever "and" they hold ("the Indian plate, streaked by hotspot traces and healed
    transforms": a reduced relative clause, closed like one, round15/q005)."""
    toks = p.tokens
    # (not a list the parser hung on its first noun: "high E flats, sparkling Ds, clean
    # trills, and coloratura ornaments")
    listed = any(t.text == "," and i + 1 < len(toks) and toks[i + 1].text.lower() in ("and", "or")
                 for i, t in enumerate(toks) if i > comma)
    return comma + 1 < len(toks) and toks[comma + 1].tag in ("VBN", "VBG") and toks[comma + 1].dep == "acl" \
        and toks[comma + 1].head == comma - 1 and not listed


def _apposition_after(p: Phrase, comma: int) -> bool:
    """Whether the words after the subject's first comma are an apposition to the noun
    before it, whatever commas they hold themselves: "McGill, a Valparaiso, Ind.,
    ball-bearing manufacturer" (spaCy's appos); not a list ("apples, pears and plums":
    a conjunction on the noun)."""
    noun = comma - 1
    toks = p.tokens
    return any(t.dep == "appos" and t.head == noun and i > comma for i, t in enumerate(toks)) \
        and not any(t.dep == "cc" and t.head == noun for t in toks) \
        and toks[comma + 1].tag in ("DT", "PRP$") if comma + 1 < len(toks) else False


_REPEATED_WORD = re.compile(r"\b(off|by|in|on|out|up|down|to|with|for|at|of|from|over|away|back|into|about)"
                            r" \1\b(?!')", re.I)


#: tags of relative and interrogative words ("which", "who", "how", "where")
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _wordless(p: Phrase) -> bool:
    """Whether a filler is only an owner's "'s", PropBank's span of a possessive whose
    owner it left out ("'s matchmakes"): said as no filler at all."""
    return all(t.tag == "POS" or t.text in ("'s", "'", "\u2019s") for t in p.tokens)


#: the indefinite a statement says for an interrogative or free relative pronoun
_WH_INDEFINITE = {"what": "something", "who": "someone", "whom": "someone"}


def _wh_alone(p: Phrase, prep: str | None) -> bool:
    """Whether a filler after a preposition (its own or ``prep``, the role's) is only a
    relative or interrogative word whose antecedent or question PropBank's span left out
    ("acquits him of which", "works it up with how", "notes in where"): said as no filler
    at all. Not a free relative ("to wherever"), nor a bare object or a subject, which the
    verb needs ("What counts", "promises us what": Realiser._indefinite_for_wh)."""
    toks = p.tokens
    return any(t.tag in _WH_TAGS for t in toks) and all(t.tag in _WH_TAGS or t.pos == "ADP" for t in toks) \
        and not any(t.text.lower().endswith("ever") for t in toks) \
        and (bool(prep) or toks[0].pos == "ADP" or all(t.tag == "WRB" for t in toks))


def _names_result(info) -> bool:
    """Whether PropBank describes a role as the state its thing ends in ("result of
    stabbing", "end state of arg1"; function tag PRD or GOL): said right after the verb
    and its object, before an instrument or a manner."""
    if info is None or info.tag not in ("PRD", "GOL"):
        return False
    return bool(re.match(r"(?:result|end state|resulting state)\b", info.descr.lower()))


def _describes_bare(info, prep: str) -> bool:
    """Whether the preposition that ends a role's name belongs to the verb of PropBank's
    description, not to this verb: its spans show the role bare and never after that
    preposition. omit.01's "thing left out" is omitted ("omits the dividend", not "omits
    out the dividend"), shape.01's "thing worked on" is shaped ("shapes it into a
    figure", not "shapes on it")."""
    return info is not None and info.preps.get("", 0) > 0 and not info.preps.get(prep, 0)


# VerbNet's verbs involving the body (crane-40.3.2 "twiddle", "shrug"; 40.1 "cry", ...): what
# they move is the doer's own (realise.Realiser._own_body_verb)
_BODY_VERBS = "40."
# VerbNet's aspectual classes (begin-55.1, complete-55.2, continue-55.3, ...): their "with"
# is the part a thing begins or ends with, not a tool (realise.Realiser._make_plan)
_ASPECTUAL = "55."


def _in_verbnet(roleset, number: str) -> bool:
    """Whether one of the roleset's VerbNet classes is numbered under ``number``
    ("crane-40.3.2" under "40.")."""
    return any(c.split("-", 1)[-1].startswith(number) for c in roleset.verbnet)


def _role_tag(roleset, role_type: str) -> str | None:
    info = _role_info(roleset, role_type)
    return info.tag if info is not None else None


def fill(template: str, **slots: str) -> str:
    """Substitute ``{slot}`` placeholders; the loader has checked the slot names."""
    return _format_string(template).format_map(slots)


@lru_cache(maxsize=None)
def _format_string(template: str) -> str:
    """The template as a str.format string: braces outside slots escaped (templates
    are filled millions of times per build; str.format is C, a regex callback is not)."""
    pieces = _SLOT.split(template)  # literal, slot, literal, slot, ...
    return "".join(
        p.replace("{", "{{").replace("}", "}}") if i % 2 == 0 else "{" + p + "}" for i, p in enumerate(pieces)
    )


def render_phrase(phrase: Phrase, subject: bool = False, definite: bool = False) -> str:
    """A filler as it reads inside a sentence: articles added, pronoun case fixed,
    a sentence-initial capital from the source dropped. ``definite``: a later mention
    in a story, whose articles say "the" ("the man in the black suit")."""
    key = (subject, True) if definite else subject
    done = phrase.memo.get(key)  # the hot path: a dict lookup, no call
    return done if done is not None else phrase.memoised(key, _render, subject, definite)


# words that open a plural noun phrase and take no "the" before them ("several men")
_QUANTIFIERS = frozenset("some many several few all both most no each every another any various numerous "
                         "these those".split())


_PREP_TAGS = ("IN", "TO", "RP")


# nouns that name a part of the thing after their "of" ("in front of [the vault]")
_RELATIONAL = frozenset("front top bottom side edge middle center centre end back rest corner".split())


def _entity_start(phrase: Phrase) -> int | None:
    """Where the entity of a filler begins: 0 for a noun phrase, after the preposition(s)
    of a prepositional one ("beside [a boxer]", "out of [his hands]", "in front of [the
    vault]", "on the top of [a hill]"); None for what names no entity."""
    span = phrase.entity_span()
    if span is None or phrase.kind not in ("np", "pp"):
        return None
    toks, start, end = phrase.tokens, span[0], span[1]
    if phrase.kind == "pp":
        while start < end - 1 and toks[start].tag in _PREP_TAGS:
            start += 1
        part = start + 1 if toks[start].tag == "DT" else start
        if part + 2 < end and toks[part].lemma in _RELATIONAL and toks[part + 1].text.lower() == "of":
            start = part + 2
    return start


def _takes_plural_the(phrase: Phrase, start: int) -> bool:
    """Whether a plural entity starting at ``start`` is bare ("drones", "two kids"): told
    again, it needs a "the" of its own, as it has no article slot."""
    if start >= len(phrase.tokens) or start in phrase.articles:
        return False
    first = phrase.tokens[start]
    if first.tag in ("DT", "PDT", "PRP$", "WP$", "PRP") or first.text.lower() in _QUANTIFIERS:
        return False
    # plural when the filler is; in a prepositional filler, when its object's noun is
    lead = next((i for i in range(start, len(phrase.tokens)) if phrase.tokens[i].pos in ("NOUN", "PROPN")
                 and phrase.tokens[i].dep != "compound"), None)
    return lead is not None and phrase.tokens[lead].tag in ("NNS", "NNPS")


def _render(phrase: Phrase, subject: bool, definite: bool = False) -> str:
    slots = set(phrase.articles)
    out = []
    # a later mention says "the" where the first said "a" or nothing: "the drones", "beside the boxer"
    start = _entity_start(phrase) if definite else None
    plural_the = start if start is not None and _takes_plural_the(phrase, start) else None
    for i, tok in enumerate(phrase.tokens):
        if i == plural_the:
            out.append("the ")
        text = tok.text
        if i == 0 and sentence_capital(tok, phrase.tokens[1] if len(phrase.tokens) > 1 else None):
            text = text[0].lower() + text[1:]
        elif i == 0 and text.islower() and phrase.kind == "np" and 0 not in slots \
                and kin_as_name(tok, phrase.tokens[1] if len(phrase.tokens) > 1 else None):
            text = text.capitalize()  # a kin word said as a name: "pounds Mom"
        elif text.islower() and tok.tag in ("JJ", "NN", "NNS") and is_proper_word(text) \
                and not (tok.tag == "NNS" and tok.lemma != text and not is_proper_word(tok.lemma)) \
                and not (i and phrase.tokens[i - 1].text == "-" and not phrase.tokens[i - 1].ws):
            # annotators write "an english garden", "a santa hat"; the plural of a common
            # noun is no name, though a name is spelt so ("rich fields", "my windows"); nor
            # is the end of a hyphenated word ("lookee-loos", not "lookee-Loos": round16/q076)
            text = text.capitalize()
        # case follows the filler's position only for the filler's own pronoun(s),
        # never for pronouns inside a clause or quote ("... I do n't think ...")
        if phrase.kind == "pron" or (tok.tag == "PRP" and (i == phrase.root or tok.dep == "conj" and tok.head == phrase.root)):
            text = pronoun_case(text, subject and tok.dep != "pobj")
        if text == "i" and tok.tag == "PRP":
            text = "I"  # "Wife and i tag team the yard": the pronoun is always a capital
        if i in slots:
            out.append(("the" if tok.definite or definite else article(text)) + " ")
        if definite and i == start and text.lower() in ("a", "an") and tok.tag == "DT":
            text = "the"  # "a man with a beard" told again: "the man with a beard"
        elif text.lower() in ("a", "an") and tok.tag == "DT" and i + 1 < len(phrase.tokens):
            # an article written in the filler agrees with the word now after it
            # (attribute negatives change that word: "an old man" -> "a young man")
            # (past a quote mark: 'an "organic" society', the sound is the quoted word's)
            after = phrase.tokens[i + 1].text
            if after in ('"', "\u201c", "'", "`") and i + 2 < len(phrase.tokens):
                after = phrase.tokens[i + 2].text
            fixed = article(after)
            text = fixed.capitalize() if text[0].isupper() else fixed
        out.append(text + tok.ws)
    return "".join(out).strip()


#: tags that may stand before a bare head noun in its group: "severe hernia", "Lincoln
#: Town Car luxury model" (not a number or an owner's "'s": "two", "John's")
_BARE_GROUP_TAGS = frozenset({"JJ", "NN", "NNP", "NNPS", "HYPH", "VBN"})


#: words that determine a noun as an article does, though the tagger reads them as
#: adjectives ("much distance is traversed", not "the much distance")
_QUANTIFIERS = frozenset({"much", "more", "less", "enough", "such", "most", "least"})


def _bare_count_singular(p: Phrase, mass_nouns, senses=COUNT_SENSES, counted: str | None = None) -> bool:
    """Whether a noun phrase is a bare singular count noun and what describes it: no
    determiner, owner or number, its head a thing one counts (WordNet: a person, a body
    part, an artifact, an animal) and no mass noun. Clinical notes and headlines write
    them so ("Patient is deconditioned", "Knee manipulated"); a sentence says "the".
    ``counted``: what English's use of the head says of it (:class:`CountNouns`), where
    asked: "count" (seen with "a" as often as bare: "disk", a shape to WordNet) stands
    for the senses, "mass" ("wildlife", a group to WordNet) rules it out."""
    if p.kind != "np" or p.plural or p.articles:
        return False
    lead = _lead_noun(p)
    head = p.tokens[lead]
    word = head.text.lower()
    if head.tag != "NN" or head.pos != "NOUN" or not word.isalpha() or word in mass_nouns \
            or (lead and not head.text.islower()):
        return False
    if is_proper_word(word) or any(t.tag not in _BARE_GROUP_TAGS for t in p.tokens[:lead]):
        return False
    if lead and p.tokens[lead - 1].tag == "HYPH":
        return False  # the end of a hyphenated word: "right-wing", "small-investor" (a group, an adjective)
    if counted is not None:
        return counted == "count"
    return noun_supersense(word) in senses and noun_supersense(head.lemma) in senses


#: what a bare singular subject may name and still need "the": a counted thing, a place
#: (WordNet noun.location: "home", "town"; a name WordNet writes with a capital stays bare)
#: or a group, which acts as one ("The family gathers", "The jury declares", not "Family
#: gathers", round20/q041; but see _group_as_domain)
_SUBJECT_COUNT_SENSES = COUNT_SENSES | {"noun.location", "noun.group"}


def _group_as_domain(p: Phrase) -> bool:
    """Whether a bare group noun names a whole domain, system or process, not one body
    that acts, and stays bare: a nation's ("Egyptian law", "Chinese culture": an adjective
    English capitalises before it), a doctrine ("capitalism", "communism": WordNet files
    some -isms as groups) or a verb's doing said as a noun ("tumor progression" is the
    tumor's progressing, a kind of process; WordNet's group sense is a series; "music
    distribution", of "distribute")."""
    lead = _lead_noun(p)
    word = p.tokens[lead].text.lower()
    return word.endswith("ism") or (word.endswith("ion") and (is_verb_base(word[:-3]) or is_verb_base(word[:-3] + "e"))) \
        or any(is_proper_word(t.text) for t in p.tokens[:lead])


def _bare_person(p: Phrase) -> bool:
    """Whether a noun phrase's head noun names a person (WordNet's noun.person) and is no
    kin word said as a name (see :func:`srlcap.morphology.kin_as_name`)."""
    if p.kind != "np":
        return False
    head = p.tokens[_lead_noun(p)]
    return head.lemma.lower() not in ADDRESS_KIN and noun_supersense(head.lemma) == "noun.person"


def _plural_title(p: Phrase) -> bool:
    """Whether a bare noun phrase is a name made of an English plural word, "of" and a
    name ("Times of India"): such a title is said with "the" ("The Times of India
    sniggers", round17/q159), as "the Knights of Columbus" is. Only where the tagger took
    the plural word for a name (NNP) and the title ends with the name after "of":
    "Residents of the San Francisco area", "Denizens of London's financial district" are
    people."""
    t = p.tokens
    return p.kind == "np" and len(t) > 2 and p.root == 0 and t[0].tag in ("NNP", "NNPS") \
        and t[0].text[:1].isupper() and t[0].text[1:].islower() and is_plural_noun(t[0].text.lower()) \
        and t[1].text == "of" and all(w.tag in ("NNP", "NNPS") for w in t[2:])


def _with_the(p: Phrase) -> Phrase:
    """The phrase with "the" before it (see :func:`_bare_count_singular`)."""
    def make(p):
        toks = (replace(p.tokens[0], definite=True),) + p.tokens[1:]
        return replace(p, tokens=toks, articles=(0,), memo={})
    return p.memoised("with the", make)


def _opened_sentence(p: Phrase) -> bool:
    """Whether a filler began PropBank's sentence: its first word a common word with the
    capital a sentence gives ("Patient in 814 coded": the subject there)."""
    first = p.tokens[0]
    return first.text[:1].isupper() and first.text[1:].islower() and first.tag not in ("NNP", "NNPS") \
        and first.pos != "PROPN"


#: Verbs of looking: what they take "at" is a thing or a person, a place is looked around.
_GAZING = frozenset({"look", "stare", "glance", "gaze", "peer"})
#: Rooms and such, which WordNet files with artifacts ("room" is an object there)
_ROOMS = frozenset({"room", "bedroom", "bathroom", "classroom", "ballroom", "courtroom", "newsroom", "showroom",
                    "boardroom", "storeroom", "hall", "hallway", "corridor", "office", "kitchen", "lobby", "attic",
                    "basement", "cabin", "house", "apartment", "area", "studio", "garage", "warehouse", "cellar"})


def _looked_around(p: Phrase, overrides) -> bool:
    """Whether the thing looked at is a place one looks around ("the room", "the office")."""
    span = p.entity_span()
    if span is None:
        return False
    head = p.tokens[p.span_head(*span)].lemma.lower()
    return head in _ROOMS or phrase_class(p, overrides) == "place"  # not every "-room": mushroom, groom

#: "along the roof on a moving train" -> "along the roof of a moving train": a part a
#: place has one of, then the place (its scene or location) said with its own
#: preposition. Not "back" or "front" ("stabs him in the back in an alley").
_PART_OF_PLACE = re.compile(
    r"\b(the (?:roof|deck|top|edge|bottom|floor|hood|rim|summit|door|entrance|exit)) (?:on|in|at) (an? )")


#: a place said with in/on/at and its noun phrase; a subject that ends at a part of a
#: place ("a little boy in the back seat") whose whole that place may be
_PLACE_AFTER_PART = re.compile(r"(?:in|on|at|inside) ((?:the|a|an) [^,]+)$")
_ENDS_WITH_PART = re.compile(
    r"\b(?:in|on|at) the (?:[a-z]+ )?(?:seat|deck|cabin|cockpit|trunk)$")  # not "on the roof of a city"


#: adverbs of direction that stand as a phrasal verb's particle ("brush aside", "give away")
_LONE_PARTICLES = frozenset("aside away back off out up down over around".split())
#: an object longer than this many words, or holding a clause, is heavy: a particle goes before it
_HEAVY_OBJECT = 5


#: a clause that may ask a question: it opens with a wh-word (see Realiser._asks)
_WH_OPENING = re.compile(r"(?:what|which) ", re.I)
#: roles PropBank names as the way something goes (sledge.01's Arg2 "location/path")
_PATH_ROLES = frozenset({"location", "path"})
#: direction words that are also prepositions of a path ("along the passage")
_PATH_ADVERBS = frozenset({"along", "across", "through", "past", "around"})


def _is_amount(role) -> bool:
    """Whether a filler is PropBank's amount or extent of the change (an EXT role: "23
    points", "5%"). It measures how far the event goes, it is no object a particle could
    follow: a direction word of the verb comes before it ("shoot up 23 points")."""
    return role.name == "extent" or role.argm == "extent"


# a filler that sets the event in the past: a purpose with a past modal ("so he could give
# final approval"), a subject told as it then was ("her daughter, then in grade 3")
_PAST_PURPOSE = re.compile(r"^(?:so|so that|in order that)\b[^,;\"]*\b(?:could|would|might)\b", re.I)
_PAST_SUBJECT = re.compile(r"\w, then\b")
_CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp"})
#: words of time that place what a filler tells in the past ("to jump $2.875 yesterday")
_PAST_TIME = re.compile(r"\b(?:yesterday|ago|last (?:night|week|month|year|season|spring|summer|fall|autumn|winter)"
                        r"|earlier this (?:week|month|year|season)"
                        r"|(?:in|during|over) the past (?:\w+ )?(?:days?|weeks?|months?|years?|decades?|centur(?:y|ies)))\b",
                        re.I)
#: dependencies of a finite clause's subject
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
#: modals of the present or the future ("will make results better")
_PRESENT_MODALS = frozenset({"will", "shall", "can", "may", "must"})
#: modals that with "have" and a participle tell what did not happen in the past ("legislation
#: that would have bolstered ...": it failed then), a past time as a past verb is
_PAST_PERFECT_MODALS = frozenset({"would", "could", "might", "should"})


#: subordinators of an adverbial clause whose time is the sentence's own: a past one there
#: puts the sentence in the past, even inside its subject ("their threats of a strike unless
#: they received wage increases cooled banks' interest", round15/q063)
_TIME_BOUND_MARKS = frozenset({"unless", "if", "until", "when", "whenever", "while"})
#: wh-adverbs that open an adverbial clause of time or place ("where cloud shadows touched
#: it"); not "how", "why", which open a question said about ("explains how he did it")
_WH_TIME_PLACE = frozenset({"where", "wherever", "when", "whenever"})


def tells_past(p: Phrase, subject: bool = False) -> bool:
    """Whether a filler that is not the subject tells its own clause in the past tense
    ("that she had given birth", "as he painted characters", "a parent who had had the
    disease") or names a past time ("yesterday"). The sentence's verb then goes into the
    past too, as English's sequence of tenses wants: "declared to Cronos that she had
    given birth", not "declares ... had given"; "inherit ... from a parent who had had"
    clashes. Not where the filler also tells a clause in the present or future ("insists
    that cost-cutting will make results better ... when Ford had net losses"): that one
    sets the time. Words in quotes are someone's own and keep their tense beside a
    present verb ('growls "I was there"'). A verb counts only with its own subject, and
    as the filler's head only after a word that opens a clause ("that", "as", "whether"):
    the tagger reads many a participle after a noun as a past verb with the noun its
    subject ("a fishing boat crowded with migrants"). A wh-adverb opens a clause too
    ("corrugates where cloud shadows touched it", round16/q148). ``subject``: the filler
    is the sentence's subject, whose clauses (relative ones: "the man who won the lottery
    buys a house") set no time; only one opened by :data:`_TIME_BOUND_MARKS` does, and no
    word of past time counts."""
    toks = p.tokens
    quoted = [False] * len(toks)
    inside, depth = False, 0
    for i, t in enumerate(toks):
        if t.text in ('"', "\u201c", "\u201d", "``", "''"):
            inside = not inside if t.text in ('"', "``", "''") else t.text == "\u201c"
        depth += (t.text == "(") - (t.text == ")")
        # (an aside in brackets keeps its own time too: "from a few hundred nests in the
        # 1970s (when the population was decimated) to over 450,000 today")
        quoted[i] = inside or depth > 0 or t.text == ")"
    past = not subject and _PAST_TIME.search("".join(t.text + t.ws for t, q in zip(toks, quoted) if not q)) is not None
    for i, t in enumerate(toks):
        # (a past modal's perfect is a past verb: "lobbied for legislation that would have
        # bolstered ...", not "lobbies for ...", round18/q089)
        perfect = t.tag == "MD" and t.lemma in _PAST_PERFECT_MODALS and i + 2 < len(toks) \
            and toks[i + 1].lemma == "have" and toks[i + 2].tag == "VBN"
        if quoted[i] or not (t.tag in ("VBD", "VBZ", "VBP") or t.tag == "MD" and t.lemma in _PRESENT_MODALS
                             or perfect):
            continue
        verb = t.head if t.dep in ("aux", "auxpass") and 0 <= t.head < len(toks) else i
        if not any(c.head == verb and c.dep in _SUBJECT_DEPS for j, c in enumerate(toks) if j != verb):
            continue
        opener = any(c.head == verb and (c.dep == "mark" or c.dep == "advmod" and c.lemma.lower() in _WH_TIME_PLACE
                                         and j < verb) for j, c in enumerate(toks))
        if subject and not any(c.head == verb and c.dep == "mark" and c.lemma.lower() in _TIME_BOUND_MARKS
                               for c in toks):
            continue
        if verb == p.root and not opener:
            continue
        if t.tag != "VBD" and not perfect:
            return False
        past = True
    return past


#: a place of one's own that holds a thing ("in her pocket", "under his coat")
_IN_OWN_PLACE = re.compile(r"(?:in|into|inside|under|behind|beneath) (?:his|her|their|its|my|your|our) ")
#: "onto his feet" is said "to his feet" ("lifts him to his feet", "jumps to her feet")
_TO_FEET = re.compile(r"\bonto (his|her|their|its|my|your|our|one's) feet\b")


#: a bare object of at most this many words is short: an adverb PropBank writes after the
#: verb goes after it ("hugs the grandfather tightly"), not after a long one
_SHORT_OBJECT = 2


def _before_verb(adverb: str, object_words: int) -> bool:
    """Whether a manner adverb goes before the verb ("slowly opens"), else after the verb
    and its bare objects; ``object_words`` counts the words of the first bare object (0:
    none; 1: a pronoun; at least 2 otherwise). Only an -ly adverb goes before, and then
    where PropBank's annotated examples put it (grammars/adverbs_propbank.json,
    make_adverbs.py) with a verb like this one, with an object or without:
    "laughs loudly at the man", "stares defiantly at the detective", "looks closely at
    the wound" (alone, PropBank writes "worked closely with"); "quickly grabs the purse",
    "carefully holds a lantern". An adverb PropBank shows too rarely goes where all its
    adverbs go: before a verb with an object (168 to 30), after one without (87 to 65):
    "laughs uncontrollably at a boy", "stands up embarrassedly", not "uncontrollably
    laughs"; "admiringly watch the couple". An adverb written after an object goes after
    a short one only ("hugs the grandfather tightly", not "fights a man with a shaved
    head violently"); one PropBank has not shown with an object goes after a pronoun
    ("watch it hopefully", not "hopefully watch it", where "hopefully" reads as the
    speaker's hope)."""
    a = adverb.lower()
    if not a.endswith("ly"):
        return False
    table = AdverbPositions.load()
    with_object = object_words > 0
    if object_words == 1 and not table.seen(a, True):
        return False
    if table.after(a, with_object):
        return with_object and object_words > _SHORT_OBJECT
    return True


#: nouns of a manner said with "in": "in three different ways", "in a strange manner"
_WAYS = frozenset({"way", "manner", "fashion"})


def _part_of_place(clause: str) -> str:
    return _TO_FEET.sub(r"to \1 feet", _PART_OF_PLACE.sub(r"\1 of \2", clause))


def tidy_punctuation(text: str) -> str:
    """A clause's punctuation as a sentence ends: written fillers bring their tokeniser's
    and their sentence's marks ("the wrong body, ”", "your fuel line ?", "Piazza di
    Spagna ? across", a lone quote mark of a quote the filler cut). Marks of a quote
    the clause really holds stay."""
    text = re.sub(r" \?(?=( [a-z]|$))", "", text)  # a spaced "?" says no question
    text = re.sub(r'(\w) ([.,;:!?])(?=["\u201d])', r"\1\2", text)  # a tokeniser's "again ." inside a quote
    if text.count("\u201d") > text.count("\u201c"):  # a closing mark whose quote was cut off
        at = text.rfind("\u201d")
        text = (text[:at] + text[at + 1:]).rstrip()
    if text.count('"') % 2:
        text = re.sub(r'(^| )"(?= )', "", text, count=1)  # a quote mark standing alone
    text = re.sub(r'[,;:]\s*([”"]?)$', lambda m: "." + m.group(1) if m.group(1) else "", text.rstrip())
    if text.endswith(('"', "”")) and text[:-1].rstrip().endswith((",", ";", ":")):
        text = text[:-1].rstrip()[:-1] + "." + text[-1]
    return text.rstrip(" ,;:")


def prompt_filler(text: str) -> str:
    """A filler as the figclip prompt names it: verbatim, but for what reads as notes
    inside a structured prompt, a bracketed aside ("Busulfan ( BU )") and "!" (written
    fillers' exclamations: "C02 !")."""
    if "(" not in text and ")" not in text and "!" not in text:
        return text
    text = re.sub(r"\s*\([^()]*\)", "", text)
    text = re.sub(r"\s*[()!]+", "", text)
    return re.sub(r"\s{2,}", " ", text).strip() or text


def _to_infinitive(p: Phrase) -> bool:
    """Whether a phrase is a to-infinitive ("to read the news"): a clause that opens with
    "to" before a verb's base form."""
    t = p.tokens
    return p.kind == "clause" and len(t) > 1 and t[0].tag == "TO" and t[1].tag == "VB"


def _adverbial_subject(p: Phrase) -> bool:
    """Whether a phrase is a clause of time or condition ("when they see young people give
    up their careers"), which PropBank may give as a causer: no noun phrase, so no subject
    before the verb (round16/q010: "When they see ... moves others")."""
    t = p.tokens
    return p.kind == "clause" and len(t) > 2 and t[0].text.lower() in ("when", "whenever", "if")


def capitalise(text: str) -> str:
    """The sentence's first letter in upper case; one after an opening quote or bracket
    too, as that letter starts the sentence: '"Seismic" tremors ...', not '"seismic" ...'."""
    lead = len(text) - len(text.lstrip("\"'“‘("))
    return text[:lead] + text[lead:lead + 1].upper() + text[lead + 1:] if text else text


class VerbForms(NamedTuple):
    singular: str  # after a singular subject ("picks up")
    base: str  # after a plural or I/you, and the bare infinitive ("pick up")
    passive_singular: str  # "is picked up"
    passive_base: str  # "are picked up"
    participle: str  # of the head alone ("picked"): role names that contain it are patients
    gerund: str  # "picking up"
    tail: str  # " up": the particle, with its space


@lru_cache(maxsize=None)
def verb_forms(lemma: str) -> VerbForms:
    """The verb groups a clause can use, for a lemma (phrasal verbs with a space)."""
    head, _, particle = lemma.partition(" ")
    tail = " " + particle if particle else ""
    participle = inflect(head, "VBN")
    return VerbForms(inflect(head, "VBZ") + tail, inflect(head, "VBP") + tail,
                     "is " + participle + tail, "are " + participle + tail, participle,
                     inflect(head, "VBG") + tail, tail)


def _verb_group(forms: VerbForms, passive: bool, plural: bool, form: str) -> str:
    """The verb of a clause: finite after its subject's number, a bare infinitive
    ("makes her grab", "be grabbed"), one after "can" ("so she can grab", "can be
    grabbed") or an -ing form ("her grabbing", "being grabbed")."""
    if form == "can":
        return "can " + _verb_group(forms, passive, plural, "base")
    if form == "base":
        return "be " + forms.participle + forms.tail if passive else forms.base
    if form == "ing":
        return "being " + forms.participle + forms.tail if passive else forms.gerund
    if passive:
        return forms.passive_base if plural else forms.passive_singular
    return forms.base if plural else forms.singular


@dataclass(frozen=True)
class _ClausePlan:
    """Indices refer to the frame's roles in their given order."""
    core: tuple  # core roles, by role type
    argms: tuple  # ArgM and scene roles, in the grammar's ArgM order
    preps: tuple  # preposition before each role's filler (None: none)
    manner: tuple  # may this role go before the verb as a manner adverb?
    subject: int | None  # Arg0, else Arg1 (if a noun phrase), else decided per fillers
    passive: bool
    subject_certain: bool  # the subject does not depend on the fillers (Arg0)
    bare_core: tuple  # core roles without a preposition, by role type: the last resort subject
    verb: VerbForms  # verb groups of the lemma (after the grammar's override)
    particle: str  # of a phrasal lemma ("up" of "pick up"), "" otherwise
    head_verb: VerbForms  # verb groups of the lemma without its particle
    recipients: tuple  # core roles that, bare, go first among the objects ("hands a woman a box")
    speech: tuple  # core roles that are what is said (PropBank: "utterance", "thing said")
    # role -> the leading word its filler loses: PropBank annotates nominal and passive
    # uses too, so "the casting of his line" gives Arg1 "of his line" and "spooked by the
    # crash" Arg0 "by the crash"; said with the verb, those are "casts his line", "the
    # crash spooks"
    residue: dict
    passive_fallback: bool  # a transitive verb with neither agent nor a noun-phrase Arg1
    self_moving: bool = False  # a passive Arg1 subject named as what moves: active if a vehicle
    has_agent: bool = False  # PropBank's roleset has an Arg0: someone does it
    group_doer: bool = False  # PropBank describes the doer as several ("rioter(s)"): unsaid, they are people
    # a verb of making feel (VerbNet's amuse-31.1: "amaze", "concern", "tempt"), whose one who
    # feels (Arg1) is its object in every frame VerbNet gives: unsaid, they are people
    feels_object: bool = False
    carries: bool = False  # a verb of sending and carrying (VerbNet's 11 classes): a vehicle is what it goes in
    doers: tuple = ()  # roles PropBank describes by a doer's noun ("eater" of feed.01): never a passive subject
    # per role, PropBank's {preposition: count} over its spans of a core role ("" bare), or
    # None (an ArgM, or a role PropBank shows no span of)
    seen: tuple = ()
    results: tuple = ()  # core roles PropBank describes as the result ("result of stabbing")
    unseen_patients: tuple = ()  # Arg1 a direct object though PropBank shows no example (_unseen_patient)
    theme_doer: bool = False  # PropBank's Arg0 is a theme (PPT), not an agent: "thing in motion" of collide.01
    # roles whose preposition is the grammar's override though PropBank shows them bare in
    # every one of at least _BARE_SPANS_AGAINST_OVERRIDE examples (Realiser._written_sense)
    against_propbank: tuple = ()


class Realiser:
    """Realises events and clips in every style of a grammar."""

    def __init__(self, grammar, analyse):
        self.g = grammar
        self.analyse = analyse  # filler text -> Phrase (cached spaCy analysis)
        nat = grammar.natural
        self.argm_order = {k: i for i, k in enumerate(nat["argm_order"])}
        self.argm_preps = nat["argm_prepositions"]
        self.name_preps = sorted(nat["role_name_prepositions"].items(), key=lambda kv: -len(kv[0]))
        self._plans: dict = {}
        self._names: dict = {}
        self._told: dict = {}  # clauses of events told in a story (definite, omitted, verb form)
        self._role_facts: dict = {}  # (argm, is Arg0, filler) -> _Facts
        self._stories: dict = {}  # the last few clips' stories (see _story)
        self._genders: dict = {}  # the last few clips' learned genders (see _learned_genders)
        self._event_plans: dict = {}  # Event -> its plan (see _plan)
        self.locatives = LocativeLexicon.load()
        self.rolesets = RolesetLexicon.load()
        # role templates as str.format strings, once: a build fills millions
        fig = grammar.figclip
        self._figclip_role = {"Scene": _format_string(fig["scene"]), "core": _format_string(fig["core"]),
                              "argm": _format_string(fig["argm"])}

    # ---------------------------------------------------------------- figclip
    def figclip(self, event: Event) -> str:
        """FiGCLIP's structured prompt, from the frame's own role names."""
        f, role_fmt = self.g.figclip, self._figclip_role
        names = self._figclip_names(event)
        parts = [
            role_fmt["Scene" if r.type == "Scene" else "core" if r.is_core else "argm"].format(
                name=name, filler=prompt_filler(r.filler))
            for r, name in zip(event.roles, names)
        ]
        if not parts:
            return fill(f["frame_without_roles"], verb=event.verb)
        if len(parts) == 2:
            joined = parts[0] + f["pair_separator"] + parts[1]
        elif len(parts) > 2:
            joined = f["separator"].join(parts[:-1]) + f["last_separator"] + parts[-1]
        else:
            joined = parts[0]
        return fill(f["frame"], verb=event.verb, roles=joined)

    def _figclip_names(self, event: Event) -> list[str]:
        """Each role's name in the prompt: the name read from its key, cleaned (see
        ``srlcap.rolenames``); where the key holds PropBank's own description of the
        role, the roleset lexicon's name, which the function tag completes ("thrown at,
        to, over" -> "destination")."""
        names, cache = [], self._names
        for r in event.roles:
            key = (event.verb_id, r.key, r.name)
            name = cache.get(key)
            if name is None:
                name = cache[key] = _lexicon_name(self.rolesets.for_verb(event.verb_id, event.verb), r) or r.name
            names.append(name)
        return names

    # ---------------------------------------------------------------- natural
    def natural(self, event: Event, phrases: dict | None = None) -> str:
        return self.natural_parts(event, phrases)[0]

    def _own_body_verb(self, event: Event) -> bool:
        """Whether the event's verb is one a doer does with their own body: VerbNet's verbs
        involving the body (class 40: "twiddle", "shrug", "wink"), or a roleset whose Arg1
        PropBank describes as Arg0's own ("fixed: arg0's 'eyes'" of cry_out.05). Others
        act on a body part from outside ("his eye is crusted", "his head is fuzzed")."""
        roleset = self.rolesets.for_verb(event.verb_id, event.verb)
        if roleset is None:
            return False
        arg1 = _role_info(roleset, "Arg1")
        return _in_verbnet(roleset, _BODY_VERBS) or (
            arg1 is not None and re.search(r"\barg-?0'?s\b", arg1.descr, re.I) is not None)

    def _adjectives_alone(self, event: Event) -> frozenset:
        """Roles (by index) whose filler is one describing word and no noun ("Foreign",
        "Speculative", "strategic"), as the doer or a purpose: PropBank's argument of a
        nominal is often its modifier ("foreign aid to that region", "speculative bets on",
        "strategic decisions for energy"), which said with the verb is no English ("Foreign
        aids that region", "decides for energy strategic"): the clause is said without it.
        Not a word that stands for a group of people ("Many harbor hopes":
        morphology.is_plural_pronoun), nor one WordNet has only capitalised ("Japanese":
        it names a people), nor one WordNet has as a noun ("Serge", "Average", "Soviet":
        maybe the thing itself, a name the tagger took for an adjective). A recipient is
        kept: an ordinal or a direction is one too ("is seeded second", "tools past")."""
        roleset = self.rolesets.for_verb(event.verb_id, event.verb)
        out = []
        for k, r in enumerate(event.roles):
            if not (r.type == "Arg0" or r.argm == "purpose" or r.is_core and _role_tag(roleset, r.type) == "PAG"):
                continue
            p = self.analyse(r.filler)
            word = p.tokens[0].text.lower()
            if p.kind == "adj" and len(p.tokens) == 1 and p.tokens[0].tag == "JJ" and not is_plural_pronoun(word) \
                    and not is_proper_word(word) and noun_supersense(word) is None:
                out.append(k)
        return frozenset(out)

    def natural_clause(self, event: Event, phrases: dict | None = None, definite: frozenset = frozenset(),
                       omit: frozenset = frozenset(), form: str = "finite", pronoun: tuple = (),
                       short: frozenset = frozenset(), named: tuple = (), standalone: bool = False) -> str:
        """The event as one clause, without the capital and the full stop.

        ``phrases`` maps role types to edited Phrases (attribute negatives). In a story:
        ``definite``, roles (by index) already mentioned, said with "the"; ``omit``,
        roles left out (a scene already said); ``form``, the verb as a finite verb
        ("the man grabs her"), a bare infinitive ("makes the man grab her") or an -ing
        form ("the man grabbing her"); ``pronoun``, (role, "she"): the subject said as
        a pronoun; ``short``, definite roles said by their head alone ("the woman" for "the
        woman in the blue dress", when no other woman was mentioned); ``named``, (role,
        words): a noun-phrase role said in the story's own words ("one of the two
        bandits", "the other workers"); ``standalone``, the clause is a sentence of its
        own (an event's caption), not a story's: it may open with its setting or a
        depictive ("In a log cabin, a woman talks to a man about their father", "Dazed, a
        man opens a car door"), which a story's "and" could not join."""
        unsaid = self._adjectives_alone(event)
        if unsaid:  # said as if PropBank had not annotated them (see _adjectives_alone)
            event, definite, omit, pronoun, short, named, _ = _without_core(
                event, omit | unsaid, definite, pronoun, short, named, None)
        if not phrases:  # no edited filler: the clause is the event's and the story's arguments'
            # a story asks again for the same, and for a clip's first event for what its
            # caption said (_clause reads only these, the plans and the fillers' analyses,
            # which stay as first made)
            key = (event, definite, omit, form, pronoun, short, named, standalone)
            done = self._told.get(key)
            if done is None:
                done = self._told[key] = self._clause(event, None, definite, omit, form, pronoun, short, named,
                                                      standalone)
            return done
        return self._clause(event, phrases, definite, omit, form, pronoun, short, named, standalone)

    def _clause(self, event: Event, phrases, definite, omit, form, pronoun=(), short=frozenset(), named=(),
                standalone=False) -> str:
        roles = event.roles
        plan = self._plan(event)
        if phrases:  # an edited filler is not parsed: its Phrase comes with it
            ph = [phrases.get(r.type) or self.analyse(r.filler) for r in roles]
        else:
            ph = [self.analyse(r.filler) for r in roles]
        named = {k: words for k, words in named if ph[k].kind == "np"}
        for k, r in enumerate(roles):
            if r.is_core and len(ph[k].tokens) > 2:
                cut = _own_predicate_cut(ph[k], event.verb, [o.filler for o in roles if o is not r])
                if cut is not None:
                    ph[k] = self.analyse(cut)  # the predicate is the event's own, said once
            owned = _lost_apostrophe(ph[k])
            if owned is not None:
                ph[k] = self.analyse(owned)  # a plural owner's apostrophe PropBank's tokens lost
            rate = _open_rate(ph[k])
            if rate is not None:
                ph[k] = self.analyse(rate)  # a rate ending the phrase is open: "$27.50 a share"
            if r.filler.strip() in _THE_INITIALISMS:
                # an initialism of a name that takes "the" takes it too: "the prince tours
                # the US" (round 14 q066: "tours US"), "the U.N. is queried"
                ph[k] = self.analyse("the " + r.filler.strip())
        for k, word in plan.residue.items():
            if ph[k].kind == "pp" and ph[k].tokens[0].text.lower() == word and len(ph[k].tokens) > 1:
                ph[k] = ph[k].tail(1)  # cut from the analysis: a parse per sentence costs more
            elif word == "by" and ph[k].kind == "pp" and len(ph[k].tokens) > 1 and _leading_preposition(ph[k]) \
                    and ph[k].tokens[0].ws and ph[k].tokens[1].tag != "VB" and k == plan.subject and plan.subject_certain:
                # the doer as a nominal or an adjective of feeling has it, with its own
                # preposition: "a labor dispute between Delta and its pilots", "anger over
                # her passing"; said as the verb's subject, it is bare: "Delta Airlines and
                # its pilots dispute labor", "her passing grieves them"
                ph[k] = ph[k].tail(1)
            elif word == "by" and len(ph[k].tokens) > 1 and ph[k].tokens[-1].tag == "POS":
                # "the detective's search": the owner of a nominal is its agent
                ph[k] = self.analyse(roles[k].filler[:roles[k].filler.rindex(ph[k].tokens[-1].text)].rstrip())
        for k in plan.core:
            if roles[k].type == "Arg1" and _owner_alone(ph[k]):
                # the owner of a nominal is its argument too: "Merle's demoralization" gives
                # Arg1 "Merle 's", said "Merle is demoralized", not "Merle's is demoralized"
                # (another role's is mostly an owner whose thing is left unsaid: "subordinate
                # to Japan's")
                ph[k] = ph[k].front(len(ph[k].tokens) - 1)

        if event.verb in _GIVEN_BACK and not getattr(self.analyse, "written", False):
            ph = self._receivers_own(roles, ph)

        plan, ph = self._foreign_prepositions(plan, roles, ph)
        plan = self._written_sense(plan, ph)
        ph = self._indefinite_for_wh(plan, ph)

        subject, passive = plan.subject, plan.passive
        if subject is not None and _wordless(ph[subject]):
            subject, passive = None, False  # an owner's "'s" whose owner PropBank's span left out
        if subject is not None and not plan.subject_certain and ph[subject].kind not in ("np", "pron"):
            subject, passive = None, False  # Arg1 not a noun phrase: fall through
        if subject is None:
            subject = next((k for k in plan.bare_core if ph[k].kind in ("np", "pron") and not _wordless(ph[k])), None)
            # "we are reminded of those movies", not "we remind of"; a role other than
            # Arg1 said as the subject of a verb with a doer is what is done to, not the
            # doer: "the island is circumnavigated by boat", not "circumnavigates"
            # (not with a bare object left after it: "is repaid $16 million"; nor "I")
            passive = subject is not None and (plan.passive_fallback or (
                plan.has_agent and roles[subject].type not in ("Arg0", "Arg1") and subject not in plan.doers
                and ph[subject].tokens[0].text.lower() not in ("i", "you", "we")
                and not any(k != subject and not plan.preps[k] and ph[k].kind != "pp" for k in plan.core))
                or _by_agent(roles, ph, plan.core, subject))
        elif not passive and roles[subject].type == "Arg1" and plan.has_agent and \
                self._caused_by(event, roles, ph, plan.core, subject):
            # an Arg1 acting itself ("entity demarginating") beside a cause said with "by":
            # the cause acts on it, a passive ("Granulocytes are demarginated by
            # epinephrine", round17/q147; not "Granulocytes demarginate by epinephrine")
            passive = True
        elif passive and plan.self_moving and phrase_class(ph[subject], self.g.lexicon.noun_classes) == "vehicle":
            # a vehicle moves by itself: "the police car pulls over", not "is pulled over"
            passive = False
        owner = None
        if passive and subject is not None and roles[subject].type == "Arg1" and plan.has_agent \
                and not any(r.type == "Arg0" for r in roles) and ph[subject].kind == "np" \
                and ph[subject].tokens[0].tag == "PRP$" and ph[subject].tokens[0].text.lower() != "its" \
                and not (len(ph[subject].tokens) > 1 and ph[subject].tokens[1].tag == "CC") \
                and _names_body_part(ph[subject], self.g.lexicon.noun_classes) and self._own_body_verb(event):
            # one's own body part moved by a verb of the body, with no doer said: its owner
            # moves it ("You twiddle your thumbs", "I cry out my eyes"; round19/q049), not
            # "Your thumbs are twiddled" (not "his or her foot": whose is unsure)
            owner, subject, passive = ph[subject].tokens[0].text.lower(), None, False
        if subject is not None and len(ph[subject].tokens) == 1 \
                and ph[subject].tokens[0].text.lower() in _REFLEXIVE_SUBJECT:
            reflexive = ph[subject].tokens[0].text.lower()
            ph = [self.analyse(f"{_REFLEXIVE_SUBJECT[reflexive]} {reflexive}") if k == subject else p
                  for k, p in enumerate(ph)]
        if subject is not None and not (pronoun and pronoun[0] == subject) and subject not in named \
                and subject not in short:
            ph = self._own_thing(ph, subject, plan.core)
        if subject is not None and not passive and ph[subject].plural:
            ph = _reciprocal(ph, subject, plan.core)
        if subject is not None and not passive and not (pronoun and pronoun[0] == subject):
            ph = self._own_body_means(ph, roles, subject)
        if getattr(self.analyse, "written", False):
            ph = self._articles_of_notes(ph, subject, plan.core, pronoun, short, named, plan.preps,
                                         frozenset(k for k in plan.core if roles[k].type == "Arg1"))
        if subject is not None:
            definite = definite | _named_in(ph, subject, plan.core)
            if not (pronoun and pronoun[0] == subject) and subject not in short and subject not in named:
                # the subject told with its description names the object: "it" (_it_of_named)
                named = {**_it_of_named(ph, subject, plan.core), **named}
        definite = definite | _parts_of_named(ph, plan.core, subject)
        nominative = form in ("finite", "can")  # "makes him grab her", "him grabbing her", "so he can grab her"
        if subject is not None and pronoun and pronoun[0] == subject:
            subj_text, base = pronoun_case(pronoun[1], nominative), pronoun[1] == "they"
        elif subject is not None:
            subj_text = named.get(subject) or (_short_definite(ph[subject]) if subject in short else
                                               render_phrase(ph[subject], nominative, subject in definite))
            base = ph[subject].base_form
        elif owner is not None:
            subj_text, base = pronoun_case(owner, nominative), takes_base_form(owner)
        elif event.verb.lower() in self.g.natural.get("impersonal_verbs", ()):
            subj_text, base = "it", False  # weather has no doer: "it sleets"
        elif not plan.has_agent and any(roles[k].type == "Arg1" and _to_infinitive(ph[k]) for k in plan.core) \
                and any(plan.preps[k] for k in plan.core if roles[k].type != "Arg1"):
            # a verb with no doer whose thing is an infinitive, said after whom it falls
            # to: that infinitive is the subject, put last, with "it" in its place ("It
            # remains to the President to administer the final infamy", not "Someone
            # remains to ..."). Not an infinitive alone, whose subject a verb of seeming
            # raises ("someone turned out to have been a victim", not "it turned out")
            subj_text, base = "it", False
        else:
            subj_text, base = self.g.natural["placeholder_subject"], False
            if (plan.group_doer or _reciprocal_in(ph, plan.core)) and "placeholder_group" in self.g.natural:
                # an unsaid doer PropBank tells as several, or one a reciprocal object
                # refers back to, is a group: "People riot", not "Someone riots" (one
                # cannot riot, round13/q148); "People entice each other", not "Someone"
                # (a grammar without the key keeps its one placeholder)
                subj_text, base = self.g.natural["placeholder_group"], True
            if any(t.text.lower() == "its" and t.tag == "PRP$" for p in ph for t in p.tokens):
                # the unsaid doer is what "its" refers to (PropBank's "its work force" of a
                # company's reduction): "It disposes of its subsidiary", not "Someone ... its"
                subj_text = "it"

        pre_verb, after, lone_adverb = [], [], None
        adverbs = []  # (one-word manner adverb, may it go before the verb?), placed once the objects are known
        place_rest = None  # (text, the scene's noun) of a scene's place said after its noun said elsewhere
        directions = []  # (role, text) of the directions said
        settings = []  # texts of the places said as the event's setting (scene, location)
        scene_said = None  # the text of the scene's place, said as a setting
        located = []  # texts of the locations said as paths (where a thing goes)
        depictive = None  # (word, "front" or "end"): a manner that describes the doer ("dazed", "limping")
        ph, whole = self._part_in_scene(ph, roles, subject, omit)
        # prose (PropBank's sentences) puts a depictive where it means it ("rest assured");
        # VidSitu's one-word manners are notes, placed by their part of speech
        written = getattr(self.analyse, "written", False)
        manner_at = None  # where in ``after`` the first manner phrase is
        borne = None  # a manner that is one's own body part ("on his back"), said with the object
        for k in plan.argms:
            if k in omit or _wh_alone(ph[k], plan.preps[k]):
                continue
            p = ph[k]
            if roles[k].argm == "manner" and manner_at is None:
                manner_at = len(after)
            if k == whole:  # its noun said in the part's compound: "through the museum gallery"
                rest = _scene_rest(p)
                if rest is not None:
                    after.append(render_phrase(rest))
                continue
            if roles[k].argm in _PLACES and p.kind == "pp" and _setting_named(ph, k, plan.core, subject):
                # "closes the tent flap", not "... the tent flap inside the tent"
                rest = _scene_rest(p)
                if rest is not None:
                    after.append(render_phrase(rest))
                continue
            if roles[k].argm == "manner" and len(p.tokens) == 1 and not written and p.kind in ("clause", "adj") \
                    and (p.tokens[0].tag in ("VBN", "VBD") and p.tokens[0].text.lower().endswith(("ed", "en"))
                         or p.tokens[0].tag == "JJ" and p.tokens[0].text.lower().endswith("ed")):
                # a past participle says how the doer is, not how the deed is done: set off
                # from the clause ("Dazed, a man opens a car door"), not after its object
                # ("opens a car door dazed on a city street"); nor made an adverb of
                # ("stands up embarrassedly", round8/q086: "Embarrassed, a man stands up")
                depictive = (p.tokens[0].text.lower(), "front")
                continue
            if roles[k].argm == "scene" and p.kind == "np" and _said_elsewhere(ph, k):
                # "down the corridor", not "... in a hospital corridor" as well; "at night" stays
                rest = _scene_rest(p)
                if rest is not None:
                    after.append(render_phrase(rest))
                    if _is_place_rest(rest):
                        place_rest = (after[-1], p.tokens[p.root].text.lower())
                continue
            if plan.manner[k] and p.kind == "adv" and len(p.tokens) == 1 and p.tokens[0].text.lower().endswith("ly"):
                adverbs.append((render_phrase(p), True))  # before the verb or after: see _before_verb
            elif roles[k].argm == "manner" and p.kind in ("adv", "adj") and len(p.tokens) == 1:
                word = render_phrase(p)
                if p.tokens[0].tag == "JJ":  # annotators write the adjective: "casts skillful"
                    word = adverb(word)
                adverbs.append((word, plan.manner[k]))
            elif roles[k].argm == "manner" and len(p.tokens) == 1 and p.kind == "np" and p.tokens[0].pos == "NOUN" \
                    and noun_class(p.tokens[0].lemma) is None and noun_class(p.tokens[0].text) is None:
                # a word the parser takes for a noun that English has no noun for is an
                # adjective or adverb said as an adverb: "walks barefoot", not "with a
                # barefoot"; "embraces him passionately", not "with passionate"
                adverbs.append((adverb(p.tokens[0].text.lower()), plan.manner[k]))
            elif roles[k].argm == "manner" and len(p.tokens) == 1 and p.tokens[0].text.endswith("ing") \
                    and p.tokens[0].text not in self.g.lexicon.count_ing_nouns:
                # a doing of the doer's, not "with limping"; set off at the end ("runs into an
                # alley on a city street, limping"), not between the path and the place
                if written:
                    after.append(p.tokens[0].text)
                else:
                    depictive = (p.tokens[0].text.lower(), "end")
            elif roles[k].argm == "manner" and not written and len(p.tokens) > 1 and p.kind in ("adv", "clause") \
                    and p.tokens[0].text.lower().endswith("ing") \
                    and p.tokens[0].pos in ("VERB", "NOUN") and p.tokens[0].text not in self.g.lexicon.count_ing_nouns:
                # a doing of the doer's said with its own words is set off as one word is:
                # "sits on the ground on a mountain ridge, breathing heavily", not "sits on
                # the ground breathing heavily on a mountain ridge"
                depictive = (render_phrase(p), "end")
            elif roles[k].argm == "manner" and not written and p.kind == "pp" and p.tokens[0].text.lower() in _BORNE \
                    and any(t.tag == "PRP$" for t in p.tokens) \
                    and p.memoised("body", _names_body_part, self.g.lexicon.noun_classes):
                # how one holds what one carries, by one's own body, goes with the object,
                # before its path: "carries an explorer on his back towards the tent", not
                # "carries an explorer towards the tent on his back on a snowy tundra"
                borne = self._with_preposition(p, plan.preps[k], k in definite)
            elif _is_reduplicated(p):
                after.append(p.text.lower())  # "hand over hand", not "with a hand over a hand"
            elif roles[k].argm == "location" and p.kind == "pp" and p.tokens[0].text.lower() + " " in _GOAL_PREPOSITIONS:
                # a "location" that is where the thing goes is a path, said where paths are,
                # before how it is done: "throws away an umbrella into a trash can in
                # disgust", not "... in disgust into a trash can"
                after.insert(len(after) if manner_at is None else manner_at, render_phrase(p, False, k in definite))
                located.append(render_phrase(p, False, k in definite))
            elif roles[k].argm in _PLACES:
                if roles[k].argm == "scene" and p.kind == "np" and not written:
                    p = self._scene_not_twice(ph, k)
                # a setting told as a bare plural is a known place: "on the church steps",
                # "in the woods" (VidSitu's telegraphic fillers; prose keeps its own words)
                the = k in definite or (p.kind == "np" and not getattr(self.analyse, "written", False)
                                        and _takes_plural_the(p, 0))
                prep = self.place_preposition(p, plan.preps[k])
                if prep in ("on", "in", "aboard") and p.kind == "np" and \
                        any(j != k and ph[j].text.lower() == _OVER_THE_SIDE for j in range(len(ph))) and \
                        phrase_class(p, self.g.lexicon.noun_classes) == "vehicle":
                    # "overboard" is over the side of the vessel, out of it: the vessel is
                    # where it goes from ("throws a knife overboard from a yacht", not "...
                    # overboard on a yacht")
                    prep = "from"
                place = self._with_preposition(p, prep, the)
                of = _PLACE_AFTER_PART.match(place)
                if of and _ENDS_WITH_PART.search(subj_text):
                    # the place is the whole of the part the subject is at: "a little boy in
                    # the back seat of the truck screams", not "... screams in the truck"
                    subj_text += " of " + of.group(1)
                else:
                    after.append(place)
                    settings.append(place)
                    if roles[k].argm == "scene":
                        scene_said = place
            elif roles[k].argm == "manner" and p.kind == "np" and p.tokens[_lead_noun(p)].lemma in _WAYS:
                after.append(self._with_preposition(p, "in", k in definite))  # "in three different ways"
            elif roles[k].argm == "manner" and plan.preps[k] == "with" and p.kind == "np" and len(p.tokens) > 1 \
                    and p.tokens[0].tag == "VBG" and p.tokens[0].text.endswith("ing"):
                # a manner that is a doing is the means: "earns his living by playing the
                # double bass", not "with playing the double bass"
                after.append("by " + render_phrase(p, False, k in definite))
            else:
                after.append(self._with_preposition(p, plan.preps[k], k in definite))
                if roles[k].argm == "direction":
                    directions.append((k, after[-1]))

        if subject is not None and not pronoun and _open_dash(subj_text):
            # an aside opened with a dash after the subject's noun is closed before the verb:
            # "Their manager -- a fellow named Earl Weaver, who ... -- growls"
            subj_text += " --"
        elif subject is not None and not pronoun and _open_aside(ph[subject], subj_text):
            # an apposition or a relative clause after the subject is closed before the verb:
            # "Jayark, New York, rents ...", "Hudson General, which provides services, omits
            # ..."; not a list, nor adjectives before the noun ("the thick, black smoke")
            subj_text += ","

        objects = self._objects(plan, ph, subject, definite, short, named)
        if plan.feels_object and plan.subject_certain and subject is not None and not passive \
                and "placeholder_group" in self.g.natural and not any(r.type == "Arg1" for r in roles) \
                and not any(k != subject and not plan.preps[k] for k in plan.core):
            # "Making a living concerns people", not "Making a living concerns." (no one
            # feeling it, the verb is cut off: round13/q022); "To watch her amazes people"
            group_object = self.g.natural["placeholder_group"]
            objects = [(-1, group_object)] + objects
        else:
            group_object = None
        quote = said = None
        if plan.speech:
            said = next((k for k, _ in objects if k in plan.speech and _is_words_said(ph[k])), None)
        if said is not None:
            speech = _speech(ph[said])
            objects = [o for o in objects if o[0] != said]
            if speech.startswith('"'):
                quote = speech  # quoted words end the sentence, after its places
            else:
                objects.append((said, speech))  # a reported clause ends the objects
        if adverbs:
            # the first bare object as said ("the grandfather", "it"); a passive's adverb
            # stays before its participle ("is skillfully cast")
            # (a clause is long: "urgently needs to find a way", not "needs urgently to find")
            # (not the words said: "shouts loudly at him, "Hands up!"")
            first = next(((k, text) for k, text in objects if k >= 0 and k != said and not plan.preps[k]
                          and ph[k].kind in ("np", "pron", "adj", "clause")), None)
            words = 99 if passive or first is not None and ph[first[0]].kind == "clause" else \
                1 if first is None and group_object else 0 if first is None \
                else 1 if first[1].lower() in _OBJECT_PRONOUNS else max(2, len(first[1].split()))
            for word, may in adverbs:
                if may and _before_verb(word, words):
                    pre_verb.append(word)
                else:
                    lone_adverb = word
        verb_group = [_verb_group(plan.verb, passive, base, form)]
        if passive and form == "finite" and subj_text == "I" and verb_group[0].startswith("are "):
            verb_group = ["am " + verb_group[0][4:]]  # "I am flabbergasted", not "I are"
        if form == "finite" and (
                any(roles[k].argm == "purpose" and _PAST_PURPOSE.match(roles[k].filler) for k in plan.argms)
                or subject is not None and _PAST_SUBJECT.search(roles[subject].filler)
                or any(not (k == said and quote) and tells_past(ph[k], k == subject) for k in range(len(roles)))):
            # a filler that clearly tells of the past keeps the verb in it: "dons his robes
            # so he could give final approval", "her daughter, then in grade 3, attends",
            # "declares that she had given birth" clash; the caption says it as PropBank's
            # sentence did ("donned", "attended", "declared"; tells_past)
            head = plan.verb.participle
            if passive:
                be = "was" if not base or subj_text == "I" else "were"
                verb_group = [f"{be} {head}{plan.verb.tail}"]
            else:
                verb_group = [inflect(plan.head_verb.base, "VBD") + plan.verb.tail]
        if (passive or form == "can") and pre_verb:  # "is skillfully cast", not "skillfully is cast"
            aux, _, rest = verb_group[0].partition(" ")
            verb_group, pre_verb = [aux, *pre_verb, rest], []
        if passive and plan.preps[subject] and plan.preps[subject] != plan.particle:
            # (a role named "entity choked off" brings the particle the verb group has:
            # "it is choked off", not "choked off off")
            verb_group.append(plan.preps[subject])

        if plan.particle in _PARTICLES_OF_LEAVING and not passive and objects \
                and any(text.startswith(_INTO_GOAL) for text in [t for _, t in objects[1:]] + after):
            # the particle says only that the thing leaves (off, nowhere in particular); a
            # goal it goes into or onto says where, and the two clash: "throws an umbrella
            # into a trash can", not "throws away an umbrella into ..." (round15/q178,
            # round18/q076), "knocks the vase onto the floor"
            verb_group = [_verb_group(plan.head_verb, False, base, form)]
        elif plan.particle and not passive and objects:
            verb_group, objects = self._place_particle(plan, base, form, verb_group, objects, ph)
        if plan.particle and not passive and (objects or after) and \
                (objects[0][1] if objects else after[0]).split(" ", 1)[0] == plan.particle:
            verb_group = [_verb_group(plan.head_verb, False, base, form)]  # "turns off the light", not "off off"
        # a reported clause ends the sentence, after the places ("asks her in a ballroom
        # if she would dance"): said before them, the places would belong to it
        clauses = [o for o in objects if o[0] >= 0 and (ph[o[0]].kind == "clause" or o[0] == said)]
        # a clause opened by "that" ends the objects, after the one told; the ways and
        # purposes stay after it, as PropBank's sentence had them ("claimed that she was
        # kidnapped ... in order to obtain classified material")
        content = [o for o in objects if o[0] >= 0 and o not in clauses and _content_clause(ph[o[0]])]
        if content and objects[-1] not in content:
            objects = [o for o in objects if o not in content]
            last = objects[-1][1].rsplit(", ", 1)
            if len(last) == 2 and not re.search(r"\b(?:and|or)\b|[,;:]$", last[1]):
                # an apposition the clause now follows is closed ("with the show's host,
                # Thomas Gottschalk, that he could"), as a subject's is before the verb
                objects[-1] = (objects[-1][0], objects[-1][1] + ",")
            objects += content
        if clauses:
            objects = [o for o in objects if o not in clauses]
        if lone_adverb:  # after the direct objects, before any other phrase: "turns the wheel
            # hard to the right", "runs fast towards the cliff edge" (not "... edge fast")
            # (and after a particle or a one-word direction that follows them: "pulls it
            # back desperately", "leans back nervously in his chair")
            bare = next((i for i, (k, text) in enumerate(objects)
                         if not (k >= 0 and not plan.preps[k] and ph[k].kind in ("np", "pron", "adj")
                                 or k < 0 and text == group_object)
                         and not (" " not in text and (k < 0 and text == plan.particle or k >= 0 and ph[k].kind == "adv"))),
                        len(objects))
            objects.insert(bare, (-1, lone_adverb))
        if borne is not None:  # after the objects, before the path: "to a woman into her ear" stays
            objects.append((-1, borne))
        if plan.verb.base in _GAZING:
            # a direction says where one looks, before what is seen there: "looks towards
            # the door at the woman" (as "looked across the room at her"), not "looks at
            # the woman towards the door", the woman's way
            # (not before "at a ...": "the door at a woman" would read as the door of a place)
            seen = next((i for i, (_, text) in enumerate(objects)
                         if text.startswith("at ") and not text.startswith(("at a ", "at an "))), None)
            ways = [a for k, a in directions if a in after]
            if seen is not None and ways:
                after = [a for a in after if a not in ways]
                objects = objects[:seen] + [(-1, a) for a in ways] + objects[seen:]
        source = next((i for i, (_, text) in enumerate(objects) if text.startswith("from ")), None)
        if source is not None:
            # where the thing is put goes before whom it is kept from: "hides the key in her
            # pocket from her brother", not "from her brother in her pocket" (his pocket?)
            held = [a for a in after if _IN_OWN_PLACE.match(a)]
            if held:
                after = [a for a in after if a not in held]
                objects = objects[:source] + [(-1, a) for a in held] + objects[source:]
        if objects and not passive:
            # a lone particle of direction goes before a long or clausal object, as a
            # phrasal verb's does: "brushes aside suggestions that the won be revalued",
            # not "brushes suggestions that the won be revalued aside"
            k0 = objects[0][0]
            heavy = k0 >= 0 and not plan.preps[k0] and ph[k0].kind == "np" and (
                len(ph[k0].tokens) > _HEAVY_OBJECT or any(t.dep in _CLAUSE_DEPS for t in ph[k0].tokens))
            lone = [a for k, a in directions if a in after and a in _LONE_PARTICLES]
            if heavy and lone:
                after = [a for a in after if a != lone[0]]
                objects = [(-1, lone[0])] + objects
        amount = next((i for i, (k, _) in enumerate(objects) if k >= 0 and _is_amount(roles[k])), None)
        if amount is not None:
            # a numbered role's lone particle of direction (shoot.06's Arg5 "up") goes before
            # the amount, as an ArgM's does below: "shoot up 23 points", not "shoot 23 points up"
            # (its preposition is the particle itself, or none)
            lone = [o for o in objects[amount + 1:] if o[0] >= 0 and plan.preps[o[0]] in (None, "", o[1])
                    and ph[o[0]].kind == "adv" and o[1] in _LONE_PARTICLES]
            if lone:
                objects = objects[:amount] + lone + [o for o in objects[amount:] if o not in lone]
        ways = [a for k, a in directions if a in after and " " not in a]
        path = next((i for i, (k, text) in enumerate(objects) if k >= 0 and roles[k].name in _PATH_ROLES
                     and ph[k].kind == "np" and plan.preps[k] and text.startswith(plan.preps[k] + " ")), None)
        along = [a for a in ways if a in _PATH_ADVERBS]
        if path is not None and len(along) == 1:
            # a direction word that is a preposition of the way itself takes a bare way's
            # place: "sledges the Labrador along the entire length of the passage", not
            # "along by the entire length" (the roleset's "by" is one of its own examples')
            k, text = objects[path]
            objects[path] = (k, along[0] + text[len(plan.preps[k]):])
            after = [a for a in after if a != along[0]]
            ways = [a for a in ways if a != along[0]]
        if ways:
            # a one-word direction goes right after the verb and its bare objects, before a
            # manner adverb and any path or place: "falls down off the edge", "falls
            # backwards onto a stack of boxes", "pulls it back desperately", "walks
            # backwards cautiously" (not "falls off the edge down", "... boxes backwards")
            after = [a for a in after if a not in ways]
            # (before an amount, which measures how far the direction goes and is no
            # object a particle could follow: "shoot up 23 points", not "shoot 23 points up")
            at = next((i for i, (k, text) in enumerate(objects)
                       if (k < 0 and (text == lone_adverb or " " in text))
                       or (k >= 0 and (plan.preps[k] or ph[k].kind not in ("np", "pron")
                                       or _is_amount(roles[k])))), len(objects))
            objects = objects[:at] + [(-1, a) for a in ways] + objects[at:]
        front = []
        told = [text for k, text in objects if k >= 0]
        if standalone and form == "finite" and settings and not quote and (
                clauses and told or any(t.startswith("about ") for t in told) and len(told) > 1):
            # a setting cannot end a sentence that ends in what is said or asked (it would
            # be said or asked there: "about their father in a log cabin"), nor go between
            # whom it is said to and that ("to a woman with blonde hair in a log cabin
            # about their father", "asks a woman in a ballroom if she would dance"): it
            # opens the sentence ("In a log cabin, a woman talks to ... about ...")
            front = [" ".join(settings)]
            after = [a for a in after if a not in settings]
        elif standalone and form == "finite" and settings == [scene_said] and not quote and (_stacked(
                [text for k, text in objects if k >= 0 and roles[k].argm is None] + [a for _, a in directions]
                + [a for a in after if a in located], scene_said)
                or _many_phrases([t for _, t in objects] + [a for a in after if a != scene_said])) \
                and not _PART_OF_PLACE.search(" ".join(_trailing_order([t for _, t in objects] + after, place_rest))):
            # the scene after two phrases of path or place, or after a place said with its
            # own preposition, reads as where the one before is ("from the net over his
            # head on a fishing boat", "on the ground on a factory floor"): it opens the
            # sentence ("On a factory floor, a worker throws his hard hat on the ground");
            # a location argument stays where it is ("hides a notebook under her coat"), and
            # so does a scene said as the whole of a part ("on the deck of a yacht")
            front = settings
            after = [a for a in after if a != scene_said]
        trailing = _trailing_order([text for _, text in objects] + after, place_rest)
        # an object that ends in an apposition is closed like a subject's when more words
        # follow it: "massages Scot MacInnis, a masseur in Boulder, Colo., in a
        # supermarket", not "... Colo. in a supermarket" (neg11, neg14: a role swap moves
        # the subject's apposition after the verb)
        asides = {text for k, text in objects if k >= 0 and k != subject and _open_aside(ph[k], text)}
        following = trailing[1:] + [t for _, t in clauses]
        trailing = [text + "," if text in asides and i < len(following) and following[i] else text
                    for i, text in enumerate(trailing)]
        words = [subj_text] + pre_verb + verb_group + trailing + [t for _, t in clauses]
        if form == "finite" and not passive and subject is not None and not clauses and not quote \
                and (_to_infinitive(ph[subject]) or _adverbial_subject(ph[subject])) \
                and any(k >= 0 and k != subject for k, _ in objects):
            # English puts an infinitive subject after its verb and object, with "it" in its
            # place: "It amuses me to read your stories", not "To read your stories amuses
            # me"; a clause of time or condition too: "It moves others when they see ..."
            words = ["it"] + pre_verb + verb_group + trailing + [subj_text]
        # a preposition or particle said twice in a row, by a filler that ends with the one
        # the verb brings or by PropBank's own text ("the horse plods on on", "of of"): once
        clause = _REPEATED_WORD.sub(r"\1", _part_of_place(" ".join(w for w in words if w)))
        if depictive is not None:
            # a depictive opens a caption (a past participle, "Dazed, a man opens ...") or
            # ends the clause after a comma (an -ing form, and any in a story, whose "and"
            # could not join a clause that opens so: "runs into an alley, limping")
            if standalone and form == "finite" and not front and (depictive[1] == "front" or quote):
                front.append(depictive[0])
            elif form == "finite":
                clause += ", " + depictive[0]
            else:
                clause += " " + depictive[0]
        if front:
            clause = ", ".join(front) + ", " + clause
        if quote:
            clause += ", " + quote
        if not clause.strip():
            raise RealisationError("nothing to realise")
        return clause

    def _articles_of_notes(self, ph: list, subject, core, pronoun, short, named, preps=None,
                           objects=frozenset()) -> list:
        """Written fillers keep their own words, but a bare singular count noun where a
        sentence needs an article gets "the" (see :func:`_bare_count_singular`): as the
        subject ("The patient is deconditioned", "The hernia recurs"), as another
        role when the filler began PropBank's sentence, a note's style that drops articles
        ("codes the patient in 814"), or after the preposition the role is said with: a
        nominal's modifier PropBank gives as the role ("wrecking ball demolition" ->
        "demolished with the wrecking ball", not "with wrecking ball"), save an idiom the
        grammar lists ("by hand", "to school"). Elsewhere a bare noun is meant bare ("smokes crack",
        "jumps ship"). A lone word may be a name the tagger took for a noun ("Marshall
        toys with", "Hunter concentrates on", "Commodore assembles") or an adjective
        PropBank cut from its noun ("national panics"): it gets "the" only when the
        analysis reads it as a common noun (:meth:`srlcap.analysis.Analyser.common_noun`).
        ``objects``: the roles that are the thing acted on (Arg1); a person named by a bare
        noun there gets "the" as a direct object too ("designates the beneficiary")."""
        mass = self.g.lexicon.mass_nouns
        out = None
        for k in core:
            if k in short or k in named or (pronoun and pronoun[0] == k):
                continue
            # (the lone word's pipeline check last: it parses the word, where the others
            # only read the analysis)
            prep = preps[k] if preps and k != subject else None
            after_prep = bool(prep) and (prep, ph[k].tokens[-1].text.lower()) not in self.g.lexicon.bare_pp_idioms
            # (a person as the bare object is no idiom's bare noun: "designates the
            # beneficiary", not "designates beneficiary"; a kin word alone is a name, "Mom")
            person = not prep and k != subject and k in objects and _bare_person(ph[k]) \
                and not any(j != k and ph[j].tokens and ph[j].tokens[-1].lemma == ph[k].tokens[-1].lemma
                            for j in range(len(ph)))  # (nor one of a pair: "pits employee against employee")
            # (a place one counts too, as the subject: "The state retrofits ...", "The
            # position is recessed"; not after a name, which names the place: "Shanxi
            # province abounds")
            senses = _SUBJECT_COUNT_SENSES if k == subject and not any(
                t.tag in ("NNP", "NNPS") for t in ph[k].tokens[:_lead_noun(ph[k])]) else COUNT_SENSES
            if senses is _SUBJECT_COUNT_SENSES and ph[k].kind == "np" and _group_as_domain(ph[k]):
                senses = senses - {"noun.group"}
            # the whole subject: whether English counts its noun, where PropBank's
            # sentences tell ("Runner slides" -> "The runner slides", "Disk protrudes";
            # "Wildlife is preserved" stays), else WordNet's senses; a word written small
            # that English says with "a" is no name ("runner", not "Runner"). Not of a
            # domain or a process, which stays bare whatever one of it is called
            # ("digital music distribution overfloods", see _group_as_domain)
            counted = self._counted(ph[k]) if k == subject and not (ph[k].kind == "np" and _group_as_domain(ph[k])) \
                else None
            if (k == subject or after_prep or person or _opened_sentence(ph[k])) \
                    and _bare_count_singular(ph[k], mass, senses, counted) \
                    and not (len(ph[k].tokens) == 1 and not (counted == "count" and ph[k].tokens[0].text.islower())
                             and not self._common_word(ph[k].tokens[0].text)):
                out = out or list(ph)
                out[k] = _with_the(ph[k])
            elif _plural_title(ph[k]):
                out = out or list(ph)
                out[k] = _with_the(ph[k])
        return ph if out is None else out

    def _caused_by(self, event: Event, roles, ph: list, core, subject: int) -> bool:
        """Whether a core role other than the subject is said with "by" and named by
        PropBank as a cause, instrument or agent (not an extent: "rises by 5%")."""
        roleset = self.rolesets.for_verb(event.verb_id, event.verb)
        return any(k != subject and ph[k].kind == "pp" and len(ph[k].tokens) > 1
                   and ph[k].tokens[0].text.lower() == "by" and ph[k].tokens[1].tag != "CD"
                   and _CAUSE_ROLE.search(_role_descr(roleset, roles[k])) for k in core)

    def _receivers_own(self, roles, ph: list) -> list:
        """A thing given back (Arg1) that the annotation left bare, a concrete object, is its
        receiver's (Arg2, a person whose noun says he, she or they): "gives his wallet
        back to him", not "gives a wallet back to him", a wallet never his (round15/q124,
        round17/q026). Only where "a" would be added; prose says its own determiners."""
        types = {r.type: k for k, r in enumerate(roles)}
        thing, receiver = types.get("Arg1"), types.get("Arg2")
        if thing is None or receiver is None:
            return ph
        p = ph[thing]
        start = _entity_start(p)
        if p.kind != "np" or start is None or start not in p.articles \
                or noun_class(p.tokens[_lead_noun(p)].lemma, self.g.lexicon.noun_classes) != "object":
            return ph
        owner = _OWNER_OF.get(_gender_pronoun(self.analyse(roles[receiver].filler)))
        if owner is None:
            return ph
        return [self.analyse(f"{owner} {roles[thing].filler.strip()}") if k == thing else x for k, x in enumerate(ph)]

    def _indefinite_for_wh(self, plan: "_ClausePlan", ph: list) -> list:
        """A bare subject or object that is only "what" or "who" (PropBank's span of a free
        relative or a question, its clause left out: "What counts", "promises us what",
        "charge what each other") said as the indefinite pronoun a statement has in its
        place: "Something counts", "promises us something", "charge each other something".
        After a preposition such a word is no filler at all (:func:`_wh_alone`)."""
        out = None
        for k in plan.core:
            toks = ph[k].tokens
            if len(toks) == 1 and toks[0].tag == "WP" and toks[0].text.lower() in _WH_INDEFINITE \
                    and not plan.preps[k]:
                out = out or list(ph)
                out[k] = self.analyse(_WH_INDEFINITE[toks[0].text.lower()])
        return ph if out is None else out

    @staticmethod
    def _foreign_prepositions(plan: "_ClausePlan", roles, ph: list) -> tuple:
        """(plan, phrases) with a core filler's leading preposition dropped where it is a
        nominal's or an adjective's, which PropBank never shows for that role of this
        roleset: "a reduction in its work force", "embarrassing to me", "the demand for
        its computers", "the governor's blame ... of the scandal". Said with the verb, the
        thing acted on (Arg1) is bare where PropBank shows it bare more often than not
        ("its work force is reduced", "embarrasses me"); a nominal's "of" before another
        role gives way to bare where PropBank shows that role bare and no other object is
        ("blames the scandal on a staff member", "confuses 'effect' and 'affect'"), else
        to the role's own preposition ("elaborates on a theory", "rambles about such
        things"). Other prepositions stay: PropBank's few examples do not show every one
        a verb takes ("pontificates about", "sinks into depression")."""
        if not plan.seen:
            return plan, ph
        preps, active = None, False
        for k in plan.core:
            seen, p = plan.seen[k], ph[k]
            if seen is None and k in plan.unseen_patients and p.kind == "pp" and len(p.tokens) > 1 \
                    and p.tokens[0].text.lower() == "to" and p.tokens[1].tag not in _PREP_TAGS \
                    and not p.tokens[1].tag.startswith("VB"):
                seen = {"": 1}  # taken as bare: the nominal's "to" goes (see _unseen_patient)
            if seen is None or roles[k].type == "Arg0" or p.kind != "pp" or len(p.tokens) < 2:
                continue
            word = p.tokens[0].text.lower()
            second = p.tokens[1]
            if seen.get(word, 0) or word == plan.particle or not p.tokens[0].ws \
                    or second.tag in _PREP_TAGS or second.tag.startswith("VB") or second.tag in ("WDT", "WP", "WRB") \
                    or (second.lemma in _RELATIONAL and len(p.tokens) > 2 and p.tokens[2].text.lower() == "of"):
                continue  # (a preposition of its own: "on top of the mats")
            if not plan.subject_certain and any(t.tag == "TO" and i + 1 < len(p.tokens) and p.tokens[i + 1].tag == "VB"
                                                for i, t in enumerate(p.tokens)):
                # a clause is no subject: "needs for the US to impose sanctions" (with a
                # doer, its object: "he needs them to play better")
                continue
            bare = seen.get("", 0)
            if roles[k].type == "Arg1" and word in _NOMINAL_PREPOSITIONS and 2 * bare >= sum(seen.values()):
                prep = None
            elif word == "to" and bare > 1 and bare == sum(seen.values()) and not _other_bare_object(plan, roles, ph, k):
                # a nominal's "to" before a role PropBank shows only bare, in more than one
                # example, and no other bare object: "Soviet aid to Kabul" -> "aids Kabul",
                # not "aids to Kabul" (round18/q179); a roleset with no example keeps it
                # ("pleads to the judge")
                prep = None
            elif word != "of":
                continue
            elif bare and not any(j != k and roles[j].type not in ("Arg0", "Arg1") or roles[j].type == "Arg1"
                                  and "Arg0" in {roles[i].type for i in plan.core}
                                  for j in plan.core if j != k and not (preps or plan.preps)[j]
                                  and ph[j].kind in ("np", "pron")):
                prep = None  # no other bare object (Arg1 without Arg0 is the subject)
            elif plan.preps[k] and plan.preps[k] != "of" and seen.get(plan.preps[k], 0) \
                    and not (roles[k].type == "Arg1" and not plan.subject_certain):
                # (one PropBank shows; not the subject's, which a passive would strand:
                # "interests are collided with")
                prep = plan.preps[k]
            elif roles[k].type == "Arg1" and k == plan.subject and not plan.subject_certain \
                    and plan.theme_doer and len(plan.core) == 1:
                # a lone Arg1 after a nominal's "of", of a verb whose Arg0 is no agent but
                # a theme (collide.01: "thing in motion"): with no one acting on it, it is
                # the one doing it, the active subject ("the collision of interests":
                # "Interests collide", round15/q028; not "People collide of interests")
                prep, active = None, True
            else:
                continue
            ph = list(ph) if preps is None else ph
            preps = list(plan.preps) if preps is None else preps
            ph[k], preps[k] = p.tail(1), prep
        if active:
            return replace(plan, preps=tuple(preps), passive=False), ph
        return (plan if preps is None else replace(plan, preps=tuple(preps))), ph

    @staticmethod
    def _written_sense(plan: "_ClausePlan", ph: list) -> "_ClausePlan":
        """The plan with the grammar's per-verb preposition dropped before a filler that
        names nothing one can take hold of, where PropBank's examples always show the role
        bare (``plan.against_propbank``): the override says the video's sense ("reaches
        for the remote"), PropBank's spans the written one ("Unemployment reaches 27.6%",
        "reaches a tentative agreement"; round15/q115: "reaches for 27.6%"). A pronoun or
        a concrete thing (:data:`_GRASPED_SENSES`) keeps it."""
        drop = [k for k in plan.against_propbank if ph[k].kind == "np"
                and noun_supersense(ph[k].tokens[_lead_noun(ph[k])].lemma) not in _GRASPED_SENSES]
        if not drop:
            return plan
        return replace(plan, preps=tuple(None if k in drop else prep for k, prep in enumerate(plan.preps)))

    @staticmethod
    def _counted(p: Phrase) -> str | None:
        """What English's use of a noun phrase's head says of it: "count", "mass" or None
        (:meth:`srlcap.lexicon.CountNouns.kind`). None for no noun phrase, for one a
        quantifier opens ("much distance", "more time": determined already), and for a
        word alone written with a capital, which may be a name ("Dent kayoes him")."""
        if p.kind != "np" or not p.tokens or p.tokens[0].text.lower() in _QUANTIFIERS \
                or (len(p.tokens) == 1 and not p.tokens[0].text.islower()):
            return None
        return CountNouns.load().kind(p.tokens[_lead_noun(p)].lemma)

    def _common_word(self, word: str) -> bool:
        common = getattr(self.analyse, "common_noun", None)
        return common is not None and common(word)

    def _standalone(self, event: Event, phrases: dict | None = None) -> Event:
        """The event with its people told as a sentence of its own tells them, with no story
        before it (the annotation's words refer across the clip's events):

        - a person the annotation calls "the young man" (he was told of in an earlier
          event) is new here: "a young man" (Realiser._introduce_people, as a story
          introduces one; not a group, nor a thing: "the door", "the floor");
        - kin with "a" or nothing before it is the subject's: "a little girl hugs her
          grandfather", not "a grandfather", by the subject's gender (not where it is
          unknown: "a soldier");
        - "her" or "his" of a thing where nothing in the sentence is a she or a he (the
          subject is of the other gender) is a stranger's: "a young man holds a woman's
          hand", not "her hand", a her never told of.
        ``phrases`` (edited fillers, by role type) say who the people are where given: a
        negative's "little boy" hugs his grandfather."""
        if getattr(self.analyse, "written", False):
            return event  # prose (PropBank's sentences) says its own "the" and "his" where it means them
        given = event.roles
        facts = [self._facts(r) for r in given]
        subject = self._plan(event).subject
        # (a subject keeps its "the": "The old man drinks water" opens a sentence well; so
        # does the one of an occasion: "kisses the bride", "looks at the groom")
        introduced = self._introduce_people(event, facts, [_NEW] * len(given), _Discourse()).roles
        roles = [r if k == subject or facts[k].about is not None and facts[k].about.head in _OF_THE_OCCASION
                 else n for k, (r, n) in enumerate(zip(given, introduced))]
        event = event if roles == list(given) else replace(event, roles=tuple(roles))
        if subject is None:
            return event
        said = [(phrases or {}).get(r.type) or self.analyse(r.filler) for r in roles]
        stranger = self._stranger_subject(said[subject])
        if stranger is not None:
            roles[subject] = replace(roles[subject], filler=stranger)
            said[subject] = self.analyse(stranger)
        gender = _gender_pronoun(said[subject])
        if gender is None:
            return event if roles == list(event.roles) else replace(event, roles=tuple(roles))
        owner = {"he": "his", "she": "her", "they": "their"}[gender]
        # kin of kin is theirs only as a parent's child is ("a mother hugs her son"): "a
        # mother smiles at a father" is not her father
        subject_head = said[subject].tokens[_lead_noun(said[subject])].lemma
        # who each role is: its noun's gender, or a pronoun's ("talks to him about his
        # school": "his" is his)
        genders = [_PRONOUN_GENDER.get(p.tokens[0].text.lower()) if p.kind == "pron" else _gender_pronoun(p)
                   for p in said]
        nouns = {t.lemma for p in said for t in p.tokens if t.pos == "NOUN"}
        # a person whose noun does not say he or she ("a soldier") may be the he or she
        # of a "his"/"her": "a masked woman points his rifle at a soldier" is his, not
        # "a man's rifle", a stranger's (neg15/n109)
        unsure = [g is None and p.kind == "np" and not p.plural
                  and noun_class(p.tokens[_lead_noun(p)].lemma, self.g.lexicon.noun_classes) == "person"
                  for g, p in zip(genders, said)]
        for k, role in enumerate(roles):
            if k == subject or role.argm == "scene":
                continue
            p = self.analyse(role.filler)
            toks = p.tokens
            words = [t.text for t in toks]
            start = _entity_start(p)
            about = facts[k].about
            if role.argm in (None, "direction", "goal") and start is not None and about is not None \
                    and about.head in _KIN_NOUNS and start < len(toks) and (
                        subject_head not in _KIN_NOUNS or about.head == "family"
                        or subject_head in _KIN_OF.get(about.head, ())) \
                    and not (toks[start].tag in ("PRP$", "CD", "POS", "PDT") or toks[start].pos == "PROPN"
                             or toks[start].tag == "DT" and toks[start].text.lower() not in ("a", "an")):
                if toks[start].text.lower() in ("a", "an"):
                    words[start] = owner
                else:
                    words[start] = f"{owner} {words[start]}"
            at = 0 if p.kind == "pron" else start
            if at is not None and len(toks) == at + 1 and toks[at].tag == "PRP" \
                    and toks[at].text.lower() in _STRANGER_PEOPLE:
                # "whispers to him", a he never told of, beside a subject who is no he (not
                # beside kin: "a mother talks to him about his school" is of her family, not
                # "a man"; beside a parent it is their child, "talks to her son about his
                # school", as kin with no owner is the subject's)
                who = _PRONOUN_GENDER[toks[at].text.lower()]
                if gender != who and not any(g == who for j, g in enumerate(genders) if j != k):
                    child = _CHILD_OF_GENDER[who]
                    if subject_head not in _KIN_NOUNS:
                        words[at] = _STRANGER_PEOPLE[toks[at].text.lower()]
                    elif subject_head in _KIN_OF[child]:
                        words[at] = f"{owner} {child}"
            for i, t in enumerate(toks):
                stranger = _STRANGERS.get(t.text.lower()) if t.tag == "PRP$" else None
                if stranger is None or gender == stranger[0] or nouns & stranger[2] \
                        or any(g == stranger[0] or unsure[j] for j, g in enumerate(genders) if j != k):
                    continue
                words[i] = stranger[1]
            if words != [t.text for t in toks]:
                text = "".join(w + t.ws for w, t in zip(words, toks)).strip()
                roles[k] = replace(role, filler=text)
        return event if roles == list(event.roles) else replace(event, roles=tuple(roles))

    def _stranger_subject(self, sp: Phrase) -> str | None:
        """A subject that leans on someone told before it, said as a standalone caption
        says it (nothing comes before its subject): "he" is "a man"; "his friend" is "a
        friend"; "her shoe" is "a woman's shoe"; kin stays ("her teenage son"), kin told
        bare are "the parents", and "a teenage son" is "a teenage boy". None where the
        subject is its own."""
        toks = sp.tokens
        first = toks[0].text.lower() if toks else ""
        if sp.kind == "pron" and len(toks) == 1 and first in _PERSON_PRONOUNS:
            return _PERSON_PRONOUNS[first]
        if sp.kind == "np" and toks[_lead_noun(sp)].lemma in _KIN - {"child"} and toks[_lead_noun(sp)].tag == "NNS" \
                and _takes_plural_the(sp, 0) and not any(t.tag == "CD" for t in toks):
            # kin told bare are someone's: "The parents watch them fondly", as a story says
            # them (Realiser._people_present), not "Parents watch them" (round9/q123);
            # "children" are as often young people: "Children watch a television"
            return "the " + "".join(t.text + t.ws for t in toks).strip()
        lead = _lead_noun(sp) if sp.kind == "np" else None
        if lead is not None and toks[lead].text.lower() in _CHILD_OF and (
                first in ("a", "an") or toks[0].tag not in ("DT", "PRP$", "CD", "POS", "NNP")) \
                and not (lead + 1 < len(toks) and toks[lead + 1].text.lower() == "of"):  # "a son of a farmer" says whose
            # a child told with "a" is no one's: "a teenage son" reads as someone's left
            # unsaid (round8 judged "a teenage son" in a story); alone it is "a teenage boy"
            words = [t.text for t in toks]
            words[lead] = _CHILD_OF[toks[lead].text.lower()]
            if first in ("a", "an"):
                words[0] = article(words[1])
            return "".join(w + t.ws for w, t in zip(words, toks)).strip()
        if sp.kind != "np" or len(toks) < 2 or toks[0].tag != "PRP$" or first not in _STRANGERS:
            return None
        lead = toks[_lead_noun(sp)].lemma
        if lead in _KIN_NOUNS:
            return None
        rest = "".join(t.text + t.ws for t in toks[1:]).strip()
        if noun_class(lead, self.g.lexicon.noun_classes) == "person":
            return f"{article(toks[1].text)} {rest}"
        return f"{_STRANGERS[first][1]} {rest}"

    def _scene_not_twice(self, ph: list, scene: int) -> Phrase:
        """The scene without what another phrase of the event says already (round13): its
        rest, where that names the other's place ("On a yacht, ... falls from the deck
        into the sea", not "On a yacht at sea"), and an adjective made from the other's
        noun ("runs through the rain on a street", not "... on a rainy street")."""
        sp = ph[scene]
        rest = _scene_rest(sp)
        made = [i for i in range(sp.root) if sp.tokens[i].text.lower().endswith("y")]
        if rest is None and not made:
            return sp  # most scenes: nothing another phrase could say again
        others = frozenset().union(*(p.memoised("nouns", _noun_lemmas) for k, p in enumerate(ph) if k != scene))
        if rest is not None and rest.memoised("nouns", _noun_lemmas) & others:
            sp = sp.front(len(sp.tokens) - len(rest.tokens))
        # (an adjective the parser of telegraphic fillers may take for a noun: "rainy street")
        drop = {i for i in made if _made_from(sp.tokens[i].text, others) and (
            sp.tokens[i].tag == "JJ" or noun_supersense(sp.tokens[i].text.lower()) is None)}
        if not drop:
            return sp
        return self.analyse("".join(t.text + t.ws for i, t in enumerate(sp.tokens) if i not in drop).strip())

    def _part_in_scene(self, ph: list, roles, subject, omit) -> tuple:
        """(ph, the scene's index or None): a place told as "the N" (a room or a fixture,
        _BUILDING_PARTS) in a scene that is a building told by its noun alone is the
        building's: "walks through the museum gallery at night", not "through the gallery
        in a museum at night", a gallery of some museum. The place's phrase says the
        building; the scene keeps only its rest ("at night")."""
        scene = next((k for k, r in enumerate(roles) if r.argm == "scene" and k not in omit), None)
        if scene is None or ph[scene].kind != "np":
            return ph, None
        sp = ph[scene]
        building = sp.tokens[sp.root]
        if building.pos != "NOUN" or building.tag != "NN" or noun_category(building.lemma) not in _BUILDINGS \
                or any(t.tag != "DT" for t in sp.tokens[:sp.root]):
            return ph, None
        for k, r in enumerate(roles):
            p = ph[k]
            if k in (scene, subject) or k in omit or p.kind not in ("np", "pp"):
                continue
            start = _entity_start(p)
            if start is None or len(p.tokens) != start + 2 or p.tokens[start].text.lower() != "the":
                continue
            part = p.tokens[start + 1]
            if part.lemma not in _BUILDING_PARTS or part.tag != "NN" or part.lemma == building.lemma:
                continue
            ph = list(ph)
            ph[k] = self.analyse("".join(t.text + t.ws for t in p.tokens[:start + 1]) + building.text.lower()
                                 + " " + part.text)
            return ph, scene
        return ph, None

    def _own_body_means(self, ph: list, roles, subject: int) -> list:
        """A part of the body the doer uses, said with "a", is the doer's own: "splinters
        the barrier using his massive shoulder", "with his fist" (round1/q179, round20/q137:
        "using a massive shoulder" reads as someone's spare one). Only a means ("with",
        "using") of a role other than the thing acted on (Arg1: "examines a knee" may be
        anyone's), where the subject says whose (a pronoun, or a noun that says he or she)."""
        sp = ph[subject]
        if sp.kind == "pron":
            owner = _OWNER_OF_PRONOUN.get(sp.tokens[0].text.lower())
        else:
            owner = _OWNER_OF.get(_gender_pronoun(sp))
        if owner is None:
            return ph
        out = None
        for k, p in enumerate(ph):
            toks = p.tokens
            if k == subject or roles[k].type == "Arg1" or len(toks) < 3 \
                    or toks[0].text.lower() not in _MEANS_WORDS or toks[1].text.lower() not in ("a", "an") \
                    or not _names_body_part(p.tail(1), self.g.lexicon.noun_classes):
                continue
            out = out or list(ph)
            out[k] = self.analyse(f"{toks[0].text} {owner} " + "".join(t.text + t.ws for t in toks[2:]).strip())
        return ph if out is None else out

    def _own_thing(self, ph: list, subject: int, core) -> list:
        """A subject described by what it has, and that thing as an object: the thing is
        its own, said once ("a teenage girl drops her flashlight", not "a teenage girl with
        a flashlight drops the flashlight"); as it was where the noun does not say whose."""
        sp = ph[subject]
        if sp.kind != "np":
            return ph
        toks = sp.tokens
        at = next((i for i in range(_lead_noun(sp) + 1, len(toks)) if toks[i].text.lower() == "with"), None)
        if at is None:
            return ph
        rest = [t for t in toks[at + 1:] if t.tag != "DT"]
        owner = {"he": "his", "she": "her", "they": "their"}.get(_gender_pronoun(sp))
        if len(rest) != 1 or rest[0].pos != "NOUN" or owner is None:
            return ph
        for k in core:
            p = ph[k]
            if k != subject and p.kind == "np" and p.tokens[p.root].lemma == rest[0].lemma \
                    and all(t.tag == "DT" for i, t in enumerate(p.tokens) if i != p.root):
                ph = list(ph)
                ph[subject] = self.analyse("".join(t.text + t.ws for t in toks[:at]).strip())
                ph[k] = self.analyse(f"{owner} {p.tokens[p.root].text}")
                return ph
        return ph

    def _objects(self, plan: "_ClausePlan", ph: list, subject, definite=frozenset(),
                 short=frozenset(), named: dict | None = None) -> list[tuple[int, str]]:
        """(role, text) of the objects in English order: bare noun phrases first (a bare
        recipient before the thing: "tells a woman a story"), then prepositional ones,
        then clauses and quotes, which end the sentence ("tells a woman that she will
        recover")."""
        def opening(k):  # the preposition a prepositional object starts with
            return plan.preps[k] or (ph[k].tokens[0].text.lower() if ph[k].kind == "pp" else None)

        def rank(k):
            p, prep = ph[k], plan.preps[k]
            if p.kind in ("clause", "quote"):
                return 3
            if prep and p.kind in ("np", "pron") or p.kind == "pp":
                if opening(k) in ("in", "on") and p.memoised("body", _names_body_part, self.g.lexicon.noun_classes):
                    return 1.5  # where on the body, right after whom: "stabs a man in the back with a knife"
                if k in plan.results:
                    return 1.8  # the result, before the means: "is stabbed to death with a large knife"
                # what it is about comes after whom it is said to: "talks to a woman about
                # their father", not "talks about their father to a woman"
                return 2.5 if opening(k) == "about" and addressed else 2
            return 0 if k in plan.recipients else 1
        order = [k for k in plan.core
                 if k != subject and not _wordless(ph[k]) and not _wh_alone(ph[k], plan.preps[k])]
        addressed = any(opening(k) in ("to", "with", "of") for k in order)
        if len(order) > 1:
            order.sort(key=rank)  # stable: role order within a rank
        out = []
        for k in order:
            prep = plan.preps[k]
            if prep == "at" and plan.verb.base in _GAZING and _looked_around(ph[k], self.g.lexicon.noun_classes):
                prep = "around"  # one looks around a room, at what is in it
            elif prep == "with" and plan.carries and ph[k].kind == "np" \
                    and phrase_class(ph[k], self.g.lexicon.noun_classes) == "vehicle":
                prep = "in"  # what one carries or sends a thing in: "hauled in a truck", not "with a truck"
            elif prep == "with" and ph[k].tokens[0].tag == "VBG" and ph[k].tokens[0].text.endswith("ing"):
                # an instrument or manner that is a doing is said bare: "misspends his
                # youth learning languages", not "with learning languages"
                prep = None
            words = (named or {}).get(k) or (_short_definite(ph[k]) if k in short else None)
            if words:
                out.append((k, f"{prep} {words}" if prep else words))
            else:
                out.append((k, self._with_preposition(ph[k], prep, k in definite)))
        return out

    @staticmethod
    def _place_particle(plan, base: bool, form: str, verb_group: list, objects: list, ph: list):
        """Where the particle of a phrasal verb goes: after a pronoun object ("picks it
        up", "pass themselves off"), before an "of" phrase it belongs to ("pulls the van out of the lot"), before
        the path a direct object takes, with which it says where the object goes ("knocks
        the boxer down to the canvas", "pulls the station wagon over to the side of the
        road"), else right after the verb ("throws away the umbrella")."""
        first = objects[0][1]
        bare = [_verb_group(plan.head_verb, False, base, form)]
        # a reflexive is a pronoun too: "pass themselves off as soldiers", not "pass off themselves"
        if first.lower() in _OBJECT_PRONOUNS or first.lower() in _REFLEXIVES:
            return bare, [objects[0], (-1, plan.particle)] + objects[1:]
        for i, (_, text) in enumerate(objects):
            if i and text.startswith("of "):
                return bare, objects[:i] + [(-1, plan.particle)] + objects[i:]
        if len(objects) > 1 and objects[0][0] >= 0 and ph[objects[0][0]].kind in ("np", "pron") \
                and first.split(" ", 1)[0] not in _PREPOSITIONS and objects[1][0] >= 0 \
                and ph[objects[1][0]].kind in ("np", "pp") and objects[1][1].split(" ", 1)[0] in _PATH_PREPOSITIONS:
            return bare, [objects[0], (-1, plan.particle)] + objects[1:]  # not "calls on the Fed to reduce"
        return verb_group, objects

    def warm(self, events, verbs=()) -> None:
        """Plans and filler renderings of these events, whether their one-word fillers
        are common nouns, and the verb forms of these (roleset, lemma) pairs, made ahead
        (see NegativeFactory.warm)."""
        for verb_id, lemma in verbs:
            verb_forms(self.g.verb_override(verb_id).get("lemma", lemma))
        mass, lone = self.g.lexicon.mass_nouns, set()
        for ev in events:
            self._plan(ev)
            for r in ev.roles:
                p = self.analyse(r.filler)
                render_phrase(p, True)
                render_phrase(p, False)
                if len(p.tokens) == 1 and _bare_count_singular(p, mass):
                    lone.add(p.tokens[0].text)  # a word _articles_of_notes may ask about
        common_nouns = getattr(self.analyse, "common_nouns", None)
        if common_nouns is not None:
            common_nouns(lone)
        prefetch = getattr(self.analyse, "prefetch", None)
        if prefetch is not None:
            prefetch(self._foreseen(events))

    def _foreseen(self, events) -> set:
        """Texts that no filler is and that realising these events may parse: a person
        a story introduces with "a" (:meth:`_introduce_people`, by what it asks of the
        filler alone), an agent without its "'s" (:meth:`_clause`) and the things a
        purpose names with "the" (:meth:`_aimed_at`). Parsed ahead in one batch
        (:meth:`srlcap.analysis.Analyser.prefetch`); any other is parsed when asked, as
        before."""
        out = set()
        for ev in events:
            for role in ev.roles:
                p = self.analyse(role.filler)
                toks = p.tokens
                if role.argm == "purpose":
                    out.update(" ".join(x.text for x in nouns) for nouns in _nouns_after_the(p))
                if role.type == "Arg0" and len(toks) > 1 and toks[-1].tag == "POS" and toks[-1].text in role.filler:
                    out.add(role.filler[:role.filler.rindex(toks[-1].text)].rstrip())
                about = self._facts(role).about
                if about is None or about.plural or about.head in GROUP_NOUNS \
                        or noun_class(about.head, self.g.lexicon.noun_classes) != "person" \
                        or noun_supersense(about.head) == "noun.group":
                    continue
                start = _entity_start(p)
                if start is None or start + 1 >= len(toks) or toks[start].text.lower() != "the":
                    continue
                text = "".join(t.text + t.ws for t in toks[:start]) + article(toks[start + 1].text) + toks[start].ws \
                    + "".join(t.text + t.ws for t in toks[start + 1:])
                out.add(text.strip())
        return out

    def role_preposition(self, event: Event, role_type: str) -> str | None:
        """The preposition the realiser puts before a core role's filler in this frame
        ("listens *to* a caller"), or None (a bare noun phrase, or no such role)."""
        plan = self._plan(event)
        k = next((k for k, r in enumerate(event.roles) if r.type == role_type and r.is_core), None)
        return None if k is None else plan.preps[k] or None

    def says_passive(self, event: Event) -> bool:
        """Whether the frame's clause is planned in the passive ("the site is fortified"):
        an Arg1 subject without Arg0 of a verb PropBank shows only with an agent."""
        return self._plan(event).passive

    def _plan(self, event: Event) -> "_ClausePlan":
        """What the clause of a frame looks like whatever its fillers are: role order,
        prepositions, verb forms, the subject when role names decide it. Frames recur
        (and every verb negative reuses a few), so plans are kept per verb and roles."""
        plan = self._event_plans.get(event)  # (an event asks again and again; its hash is kept)
        if plan is not None:
            return plan
        key = (event.verb_id, event.verb, tuple((r.type, r.name) for r in event.roles))
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = self._make_plan(event)
        if len(self._event_plans) >= 100_000:
            self._event_plans.clear()
        self._event_plans[event] = plan
        return plan

    def _make_plan(self, event: Event) -> "_ClausePlan":
        override = self.g.verb_override(event.verb_id)
        roleset = self.rolesets.for_verb(event.verb_id, event.verb)
        lemma = override.get("lemma", event.verb)
        if "lemma" not in override:
            # PropBank's lemma of a noun-only roleset ("reconquest"): the verb it stands for
            words = tuple(w for info in (roleset.roles.values() if roleset is not None else ())
                          for w in re.findall(r"[a-z]+", info.descr.lower()))
            lemma = verb_of_noun(lemma, words) or lemma
        roles = event.roles
        core = sorted((k for k, r in enumerate(roles) if r.is_core), key=lambda k: roles[k].type)
        argms = sorted((k for k, r in enumerate(roles) if not r.is_core),
                       key=lambda k: self.argm_order.get(roles[k].argm, 99))
        preps = [
            self._core_preposition(r, override, roleset, lemma, any(o.type == "Arg1" for o in roles))
            if r.is_core else self.argm_preps.get(r.argm)
            for r in roles
        ]
        forms = verb_forms(lemma)
        by_type = {roles[k].type: k for k in core}
        # The subject: Arg0; else Arg1 when it is a noun phrase ("thing pushed" names
        # the patient of a transitive verb: said in the passive); else the first core
        # role without a preposition that is a noun phrase. Only the last two depend
        # on the fillers.
        subject, passive, certain, self_moving = None, False, False, False
        if "Arg0" in by_type:
            subject, certain = by_type["Arg0"], True
        elif "Arg1" in by_type:
            arg1 = roles[by_type["Arg1"]]
            subject = by_type["Arg1"]
            words = arg1.name.split()
            # PropBank's examples show only an agent acting on it ("wet.01": "a wart is
            # wetted"), unless the role's name says it acts itself ("thing standing")
            # (or PropBank lists a doer and never shows Arg1 as the active subject, though
            # its few examples lack the doer: "he is clothed in a robe", "they are coated
            # with silver", "the protein is assayed for ...", not "he clothes in a robe")
            transitive_only = bool(roleset is not None and (roleset.transitive or "Arg0" in roleset.roles)
                                   and not roleset.arg1_subject
                                   and forms.gerund.split(" ", 1)[0] not in words)
            # an instrument its filler says with "with" (a role PropBank tags MNR: "topped with",
            # "drug") and no doer, of a roleset that lists one: someone wielded it, so the
            # doer is left out, not absent: passive ("a suicide vest is tipped with nails",
            # "they are drugged with boredom", not "tips with nails"), whatever PropBank's
            # few doerless examples show. Not of a verb of beginning or ending (VerbNet
            # 55): its "with" names the first or last part ("the book begins with a murder")
            wielded = bool(roleset is not None and "Arg0" in roleset.roles
                           and not _in_verbnet(roleset, _ASPECTUAL)
                           and any(roles[k].type != "Arg1" and _role_tag(roleset, roles[k].type) == "MNR"
                                   and roles[k].filler.split(" ", 1)[0].lower() == "with"
                                   for k in core))
            passive = bool(preps[subject] or forms.participle in words or transitive_only or wielded)
            # PropBank's examples show the verb with Arg1 as its active subject ("the
            # door opens", "milk spills"): say it so, not "the door is opened"
            if passive and not wielded and roleset is not None and roleset.arg1_subject and \
                    2 * roleset.arg1_subject >= roleset.examples - roleset.transitive:
                passive = False
                preps[subject] = None
            # passive only because PropBank's few examples have an agent, of a role named
            # as what moves ("thing moving", "entity in motion"): a vehicle moves itself
            # (see _clause)
            self_moving = passive and not (preps[subject] or forms.participle in words) and \
                bool({"moving", "motion"} & {w.strip(",") for w in words})
        head, _, particle = lemma.partition(" ")
        # a bare goal that PropBank shows bare is a recipient: it goes before the thing
        recipients = tuple(k for k in core if not preps[k] and roles[k].type != "Arg1" and
                           _role_tag(roleset, roles[k].type) == "GOL" and
                           roleset.roles[roles[k].type].preps.get("", 0))
        return _ClausePlan(
            core=tuple(core), argms=tuple(argms), preps=tuple(preps),
            manner=tuple(r.argm == "manner" and self.g.natural["manner_adverb_before_verb"] for r in roles),
            subject=subject, passive=passive, subject_certain=certain,
            bare_core=tuple(k for k in core if not preps[k]),
            verb=forms, particle=particle, head_verb=verb_forms(head), recipients=recipients,
            speech=tuple(k for k in core if _SPEECH.search(_role_descr(roleset, roles[k]))),
            residue=self._residue(roles, core, preps, roleset),
            self_moving=self_moving, has_agent=bool(roleset is not None and "Arg0" in roleset.roles),
            group_doer=_group_doer(_role_info(roleset, "Arg0")),
            feels_object=bool(roleset is not None and "Arg1" in roleset.roles and roleset.verbnet
                              and any(c.startswith(_MAKES_FEEL[0]) for c in roleset.verbnet)
                              and all(c.startswith(_MAKES_FEEL) for c in roleset.verbnet)),
            doers=tuple(k for k in core if _names_doer(_role_info(roleset, roles[k].type))),
            carries=bool(roleset is not None and roleset.verbnet
                         and all(re.search(r"-11\.", c) for c in roleset.verbnet)),
            results=tuple(k for k in core if _names_result(_role_info(roleset, roles[k].type))),
            seen=tuple((info.preps if info is not None and info.spans else None)
                       for info in (_role_info(roleset, r.type) if r.is_core else None for r in roles)),
            against_propbank=tuple(
                k for k in core if (override.get(roles[k].type) or {}).get("preposition") and preps[k]
                and (info := _role_info(roleset, roles[k].type)) is not None
                and info.spans >= _BARE_SPANS_AGAINST_OVERRIDE and info.preps.get("", 0) == info.spans),
            theme_doer=bool(roleset is not None and "Arg0" in roleset.roles and roleset.roles["Arg0"].tag == "PPT"),
            unseen_patients=tuple(k for k in core if roles[k].type == "Arg1"
                                  and _unseen_patient(roleset, _role_info(roleset, "Arg1"))),
            passive_fallback=bool(roleset is not None and roleset.transitive and "Arg0" in roleset.roles
                                  and not roleset.arg1_subject),
        )

    @staticmethod
    def _residue(roles, core, preps, roleset) -> dict:
        out = {}
        for k in core:
            if roles[k].type == "Arg0":
                out[k] = "by"
            elif preps[k] is None:
                info = _role_info(roleset, roles[k].type)
                seen = info.preps if info is not None else {}
                # the thing acted on is bare unless PropBank shows it with "of"
                if not seen.get("of", 0) and (seen.get("", 0) or roles[k].type == "Arg1"):
                    out[k] = "of"
                # nor with the preposition PropBank's description ends with, where its
                # spans show it bare more often: answer.01's "in response to" ("answers
                # most of the questions", not "answers to most of the questions")
                # (a description that is itself a prepositional phrase; not "banned from")
                words = info.descr.lower().split() if info is not None else []
                # (and no other object: "answers equality to the question", not "answers
                # the question equality")
                alone = all(roles[j].type in ("Arg0", "Arg1") or preps[j] for j in core)
                if roles[k].type == "Arg1" and alone and len(words) > 1 and words[0] in _PREPOSITIONS \
                        and words[-1] in _PREPOSITIONS and words[-1] != "of" and _bare_more_than(info, words[-1]):
                    out[k] = words[-1]
        return out

    def _core_preposition(self, role, override, roleset, lemma: str, with_arg1: bool = False) -> str | None:
        """The preposition before a core role's noun phrase: the grammar's per-verb
        override, else what PropBank's annotated spans of this roleset's argument begin
        with, else a word of the role's name ("thing looked at", "destination")."""
        spec = override.get(role.type)
        if spec and "preposition" in spec:
            return spec["preposition"] or None
        if role.type == "Arg0":
            return None
        info = _role_info(roleset, role.type)
        if info is not None and info.spans:
            bare = info.preps.get("", 0)
            if role.type == "Arg1":
                # the thing acted on is a direct object unless PropBank never shows it
                # bare ("listens to", "meets with"; not "enters into the office")
                if not bare:
                    return _most_frequent(info.preps)
            else:
                usual = info.preposition()
                if usual:
                    return usual
                if usual == "" and info.spans >= 2:
                    return None  # seen bare more than once: "approaches the door"
                arg1 = _role_info(roleset, "Arg1")
                if usual == "" and with_arg1 and arg1 is not None and arg1.spans and not arg1.preps.get("", 0):
                    # seen bare where the thing acted on, said too, always has a
                    # preposition: this role is the direct object, whatever its name says
                    # ("rids the government of its assets", Arg2 "removed from";
                    # round15/q054); without that Arg1 the name's word stays ("flails with")
                    return None
                if not bare:
                    return _most_frequent(info.preps)  # "shoots lasers at / for / through"
        words = role.name.lower().split()
        if len(words) == 1 and "-" in words[0] and not is_verb_base(words[0].split("-", 1)[0]) \
                and not (info is not None and info.preps.get("", 0)):
            # PropBank hyphens a participle and its preposition into one word, as a name:
            # "mailed-to" is "mailed to" (fedex.01: "fedexes his package to his mother",
            # round22/q147); not a noun of a verb and its particle ("run-up"), nor where
            # PropBank shows the role bare ("tasks him", task.01's "required-of")
            words = words[0].split("-")
        last = words[-1] if words else ""
        if last in _PREPOSITIONS and len(words) > 1 and not (
                role.type == "Arg1" and _others_preposition(words, lemma, _role_info(roleset, "Arg1"))) \
                and not (role.type == "Arg1" and _describes_bare(info, last)):
            return last
        if role.type == "Arg1":
            return None
        if info is not None and info.tag == "MNR":
            return "with"  # PropBank's instrument roles: "shoots the man with a revolver"
        name = role.name.lower()
        for key, prep in self.name_preps:
            if key in name:
                if prep == "for" and info is not None and info.tag == "GOL" and roleset.verbnet \
                        and all(_GIVING.search(c) for c in roleset.verbnet):
                    # the goal of a verb of giving is who gets the thing, said with "to"
                    # ("wills his land to the state"), though PropBank names it the
                    # beneficiary, which elsewhere is "for" ("buys a gift for her")
                    return "to"
                return prep
        return None

    def place_preposition(self, p: Phrase, default: str | None) -> str | None:
        """in/on/at for a bare place, by its head noun: the grammar's table (compound
        first: "bus stop", then the head), then PropBank's locative spans, then
        ``default`` (the ArgM kind's preposition)."""
        if p.kind != "np":
            return default
        return p.memoised(("place", default), self._place_preposition, default)

    def _place_preposition(self, p: Phrase, default: str | None) -> str | None:
        head = p.tokens[p.root]
        before = p.tokens[p.root - 1] if p.root else None
        table = self.g.lexicon.locatives
        if before is not None and before.dep == "compound":
            prep = table.get(f"{before.text.lower()} {head.text.lower()}")
            if prep:
                return prep
        return table.get(head.lemma) or table.get(head.text.lower()) or self.locatives.preposition(head.lemma) or default

    @classmethod
    def _with_preposition(cls, p: Phrase, prep: str | None, definite: bool = False) -> str:
        text = render_phrase(p, False, definite)
        if prep and p.kind in ("np", "pron") and not cls._opens_with_preposition(p):
            return f"{prep} {text}"
        return text

    @staticmethod
    def _opens_with_preposition(p: Phrase) -> bool:
        """Whether a filler opens with a preposition of more than one word
        (rolenames.MULTIWORD_PREPOSITIONS), which the parser may read as a noun or a verb
        ("according"/NN): it has its own, and takes no role's ("adjusts her habits according
        to her own needs", not "with according to ..."); or with a correlative before its
        preposition, whose pair is of prepositional phrases: "is anchored either to gold or
        other currencies", not "with either to gold" (round20/q166)."""
        toks = p.tokens
        if len(toks) > 2 and toks[0].text.lower() in _CORRELATIVES and toks[1].tag in ("IN", "TO"):
            return True
        return " " in p.memoised("leading preposition", lambda p: leading_preposition(p.text))

    # ---------------------------------------------------------------- clip level
    def natural_paragraph(self, events: list[Event]) -> str:
        """The clip as one story: the events in order with temporal connectives; an
        entity said again is definite ("the man in the black suit") or a pronoun; the
        scene said once, and again only when it changes; relations said in time order:
        a cause just before the anchor event (VidSitu's Ev3) is told with it ("..., which
        makes the man grab her"), a reaction after it as English tells one ("Hearing this,
        ...", "Seeing this, ..."; see ``_join``)."""
        told = self._story(events)
        return self._join(events, [clause for clause, _, _, _ in told], [base for _, base, _, _ in told],
                          [more for _, _, more, _ in told], story=True,
                          seen=next((seen for *_, seen in told if seen is not None), None))

    def clip_caption(self, events: list[Event], clauses: list[str]) -> str:
        """Event clauses of another style joined as the natural paragraph joins its own."""
        return self._join(events, clauses, [None] * len(events))

    def _story(self, events: list[Event], core_only: bool = False) -> list[tuple[str, str | None, str | None]]:
        """(natural clause, the anchor's clause as a bare infinitive or None, the clause
        without its subject where it goes on from the event before, see ``_join``) of each
        event as told in order; ``core_only``: clauses without their ArgMs and scene.
        The clauses do not depend on the relations, so a clip's relation negatives reuse
        its positive's story (the few last stories are kept)."""
        anchor = next((i for i, ev in enumerate(events) if ev.name == ANCHOR_EVENT), None)
        anchor_form = None if core_only or not anchor else _anchor_form([ev.relation for ev in events[:anchor]])
        # the anchor told in one sentence with the event before it (see _join)
        joined = anchor_form is not None and events[anchor - 1].relation in ("Causes", "Enables")
        key = (tuple((ev.name, ev.verb_id, ev.verb, ev.roles) for ev in events), core_only, anchor_form, joined)
        told = self._stories.get(key)
        if told is None:
            if len(self._stories) >= 64:
                self._stories.clear()
            told = self._stories[key] = self._tell(events, core_only, anchor_form, joined)
        return told

    def _tell(self, events: list[Event], core_only: bool, anchor_form: str | None,
              joined: bool = False) -> list[tuple[str, str | None, str | None]]:
        story = _Discourse()
        heads: dict = {}  # mention -> its head noun, for telling whether "the woman" is enough
        scene = place = None  # the last scene, the last location as written
        last_thing = None  # the one thing the sentence before acted on, as a mention
        before: dict = {}  # key -> the words each entity of the sentence before may be called
        before_subject = None  # the key of the subject before
        before_head = None  # the noun of the subject before
        before_objects: set = set()  # the keys of the other core roles before
        earlier: dict = {}  # the same of the sentence before that
        manners: set = set()  # the manners the event before was told with
        set_off = False  # the event before ends in a participle set off with a comma
        previous = None  # the event told before
        goals: set = set()  # the ends of the paths the event before told of ("to the mat": "mat")
        paths: set = set()  # what the event before went to, along or across ("across the river": "river")
        owners: set = set()  # the owners the event before named ("the woman's hand": "woman")
        learned = self._learned_genders(events)
        # what is the subject of some event acts itself: not "it" ("the climber falls ...
        # the woman pulls the climber back up")
        # (an animal is "it" all the same: "carries it down the slope. ... the goat runs")
        doers = {f.mention for ev in events for k in [self._plan(ev).subject] if k is not None
                 for f in [self._facts(ev.roles[k])]
                 if f.about is None or noun_class(f.about.head, self.g.lexicon.noun_classes) != "animal"}
        scene_said: dict = {}  # the scene the sentence before said, as a rival of "it" (_scene_said)
        places: set = set()  # the nouns of the scenes the story has said ("ballroom")
        grounds: set = set()  # the places the story has set its people on or at (_ground_told)
        landed: dict = {}  # a thing's noun -> the places the story put it on, in or into (_source_known)
        out = []
        telling = self._described_first(self._scene_first(events))
        for i, ev in enumerate(telling):
            ev = self._without_place_said(ev, places)
            roles = ev.roles
            facts = [self._facts(r) for r in roles]
            refs = [story.refer(f) for f in facts]
            refs = self._counted_people(facts, refs, story)
            definite = frozenset(k for k, ref in enumerate(refs) if ref.definite) | self._people_present(ev, facts) \
                | self._audience_of_venue(roles, facts, None if core_only else  # a summary says no venue
                                          next((r.filler for r in roles if r.argm == "scene"), scene))
            named = tuple((k, ref.words) for k, ref in enumerate(refs) if ref.words) + \
                self._it(ev, facts, last_thing if last_thing not in doers else None)
            here_heads = {**heads, **{f.mention: f.head for f in facts if f.mention is not None}}
            # only what was told in these very words is told short: a first full description stays whole
            short = frozenset(k for k in definite if refs[k].again and facts[k].can_shorten and
                              not any(h == facts[k].head for m, h in here_heads.items() if m != facts[k].mention))
            here = next((r.filler.lower() for r in roles if r.argm == "scene"), None)
            # the setting is said once: not again while it stays, nor after the story
            # has named it ("enters a throne room. ... removes his helmet", "enters the
            # bank. ... shouts at customers", not "... in an old west bank")
            # nor a new one where the sentence places the event against the one before
            # ("runs out of the bathroom", not "... out of the bathroom in a dark house")
            leaves = here is not None and here != scene and self._names_scene(roles, scene)
            omit = frozenset(k for k, r in enumerate(roles)
                             if (r.argm == "scene" and (here == scene or self._same_setting(here, scene)
                                                        or facts[k].mention in story.mentioned
                                                        or story.knows_place(facts[k]) or leaves
                                                        or self._scene_in_core(roles, k)))
                             or (r.argm == "location" and r.filler.lower() == place)
                             or k in self._ground_told(roles, facts, grounds)
                             or k in self._goal_reached_next(ev, facts, telling[i + 1:i + 2])
                             or k in self._source_known(ev, facts, landed)
                             # a manner said just before is not said again: "angrily opens the
                             # car door and yells at him", "proudly lifts a large fish ... the
                             # boy smiles at him" (judged redundant)
                             or (r.argm == "manner" and r.filler.lower() in manners)
                             or k in self._path_told(ev, facts, goals)
                             or k in self._place_told(ev, facts, paths)
                             or k in self._look_goal(ev, facts)
                             or (core_only and not r.is_core))
            if leaves and not core_only:
                # what the new scene says besides its place stays: "... out of the barn at night"
                k = next(k for k, r in enumerate(roles) if r.argm == "scene")
                rest = _scene_rest(self.analyse(roles[k].filler))
                if rest is not None and k in omit and not (here == scene or facts[k].mention in story.mentioned):
                    ev = replace(ev, roles=roles[:k] + (replace(roles[k], filler=rest.text),) + roles[k + 1:])
                    omit = omit - {k}
            subject = self._plan(ev).subject
            present, keys = self._referents(ev, facts, learned, story, doers)
            # a place said last is a rival of "it" where another takes up the story: one who
            # goes on is read as going on with what they acted on ("throws clothes into the
            # washer in a Laundromat. Then, he closes it")
            new_doer = subject is None or keys[subject] != before_subject
            pronoun, named = self._refer_back(ev, facts, refs, subject, keys, present,
                                              ({**before, **scene_said} if new_doer else before, earlier),
                                              before_subject, story, named)
            named = self._owner_before(ev, facts, keys, subject, present, before, owners, pronoun, named)
            ev = self._pronoun_after_preposition(ev, facts, refs, keys, present, (before, earlier),
                                                 before_subject, pronoun)
            ev = self._it_after_preposition(ev, facts, refs, keys, subject, present, before)
            ev = self._shorter_after_preposition(ev, facts, refs, keys, story)
            ev = self._kin_of_known(ev, facts, refs, story)
            ev = self._introduce_people(ev, facts, refs, story)
            # a core role left out (a path told just before) leaves the event told without it
            told, t_def, t_omit, t_pron, t_short, t_named, t_subj = _without_core(
                ev, omit, definite, pronoun, short, named, subject)
            # a manner that says how the doer was (a participle: "dazed", "limping",
            # "screaming") is set off after all the rest: "runs out of the barn at night,
            # screaming", not "... screaming at night" nor "opens the car door dazed"
            # (round 9, q037 q103 q143)
            depict = frozenset(k for k in self._depictives(ev) if k not in omit)
            shown = ", ".join(ev.roles[k].filler.strip().lower() for k in sorted(depict))
            d_omit = _without_core(ev, omit | depict, definite, pronoun, short, named, subject)[2]

            def say(form, pron):
                if depict:
                    text = self.natural_clause(told, None, t_def, d_omit, form, pron, t_short, t_named)
                    if not _ends_in_quote(text):
                        return f"{text}, {shown}"
                return self.natural_clause(told, None, t_def, t_omit, form, pron, t_short, t_named)

            clause = say("finite", t_pron)
            base = None
            # a deed that undoes the one just before is a later step of its own sentence:
            # "closes the machine door and opens it" read as a contradiction, no time
            # passing between (round 10, q006)
            undoes = previous is not None and self._undoes(ev, previous)
            if ev.name == ANCHOR_EVENT and anchor_form and not undoes:
                if joined and subject is not None \
                        and keys[subject] is not None and keys[subject] == before_subject \
                        and not facts[subject].about.plural:
                    # and does it, enabled or caused: a finite verb, singular as its doer is one
                    base = _SameDoer(say("finite", (t_subj, "")))
                elif joined and anchor_form == "base" and subject is not None and keys[subject] in before_objects \
                        and self._acts_on(told, before_subject, before_head):
                    # the one acted on acting back on its doer is a counter, not a deed the
                    # first one made happen: "kicks the instructor, and the instructor
                    # catches the student's leg" (", which makes the instructor catch ..."
                    # judged illogical in rounds 8 and 9)
                    base = _Counter(say("finite", t_pron))
                elif joined and anchor_form == "base" and self._deliberate_act(told, t_omit):
                    # another's deliberate act on someone or something is the next step, not
                    # made to happen: "falls into the snow, and a man lifts the explorer out
                    # of the snow", "turns around, and a man in a grey hoodie grabs him"
                    # ("which makes a man lift", "... grab him", "... pick up the shoe",
                    # "... throw it away" judged forced or clunky in rounds 9 and 10);
                    # "which makes" stays for what one undergoes or how one responds ("which
                    # makes a man in a navy suit stand up", "... laugh at him")
                    base = _Counter(say("finite", t_pron))
                else:
                    base = say("finite" if anchor_form == "and" else anchor_form, t_pron)
            seen = None
            if ev.name == ANCHOR_EVENT and not core_only and t_subj is not None \
                    and roles[subject].type == "Arg0" and facts[subject].about is not None \
                    and noun_class(facts[subject].about.head, self.g.lexicon.noun_classes) in ("person", "animal") \
                    and not getattr(self.analyse, "written", False):
                # the anchor as one who reacts to it later saw someone do it (not in prose,
                # whose "clips" are unrelated sentences), for where "this" would be
                # the sentence before ("customers look at her in surprise. Seeing this, a cook
                # picks up the broken plates" reacts to the looks, round18/q154): its doer
                # and what it acted on by their nouns, known by then, without the rest
                # ("Seeing the waitress drop the stack, a cook ..."; see _join)
                seen_facts = [self._facts(r) for r in told.roles]
                known = frozenset(k for k, (r, f) in enumerate(zip(told.roles, seen_facts))
                                  if r.is_core and f.about is not None and k not in t_omit)
                shortened = frozenset(k for k in known if seen_facts[k].can_shorten and not any(
                    h == seen_facts[k].head for m, h in here_heads.items() if m != seen_facts[k].mention))
                # (a pronoun of the sentence before the anchor may not hold a sentence later)
                kept_names = tuple((k, w) for k, w in t_named
                                   if not any(w in forms for forms in _PRONOUN_FORMS.values()))
                s_ev, s_def, s_omit, _, s_short, s_named, _ = _without_core(
                    told, t_omit | frozenset(k for k, r in enumerate(told.roles) if k != t_subj and r.type != "Arg1"),
                    t_def | known, (), t_short | shortened, kept_names, t_subj)
                seen = self.natural_clause(s_ev, None, s_def, s_omit, "base", (), s_short, s_named)
            more = None
            if subject is not None and not pronoun and keys[subject] is not None and not set_off and not undoes \
                    and keys[subject] == before_subject and not facts[subject].about.plural:
                # the same one again, told by a noun (no pronoun: the clip does not say he
                # or she): the sentence may go on from the one before ("the nurse" four
                # times, "the engineer", "the guard", judged needless in round 9)
                more = say("finite", (t_subj, ""))
            # a sentence ending in a participle set off does not go on: "enters the room,
            # laughing and gives ..." reads as the laughing gives
            set_off = bool(depict)
            previous = ev
            last_thing = self._thing_acted_on(ev, facts) or self._thing_gone_to(ev, facts)
            before_subject = keys[subject] if subject is not None else None
            before_head = facts[subject].head if subject is not None else None
            before_objects = {keys[k] for k, r in enumerate(roles) if r.is_core and k != subject} - {None}
            earlier, before = before, {**self._told_by_pronoun(ev, subject, {**earlier, **before}),
                                       **{k: w for k, w in present.items()
                                          if not core_only or k in {keys[j] for j, r in enumerate(roles) if r.is_core}}}
            scene_said = self._scene_said(roles, facts, omit, core_only)
            grounds |= {_ground(f.about.head) for k, (r, f) in enumerate(zip(roles, facts))
                        if k not in omit and not core_only and f.about is not None and (
                            r.argm == "scene" or (r.argm in (None, "location", "direction", "goal")
                                                  and r.filler.lower().startswith(_GROUND_PREPOSITIONS)))
                        and noun_class(f.about.head, self.g.lexicon.noun_classes) not in ("person", "animal")}
            for head, where in self._put_where(roles, facts, omit).items():
                landed.setdefault(head, set()).update(where)
            places |= {f.about.head for k, (r, f) in enumerate(zip(roles, facts))
                       if r.argm == "scene" and k not in omit and not core_only and f.about is not None}
            for r, f in zip(roles, facts):
                if core_only and not r.is_core:
                    continue  # a summary leaves out places and directions: what they name is not told
                if r.argm == "purpose":
                    for about in self._aimed_at(r):
                        story.add_aimed_at(about)
                story.add(f)
                if f.mention is not None:
                    heads[f.mention] = f.head
            scene = here or scene
            place = next((r.filler.lower() for r in roles if r.argm == "location"), None)
            manners = {r.filler.lower() for k, r in enumerate(roles) if r.argm == "manner" and k not in omit}
            goals = {f.inner for k, (r, f) in enumerate(zip(roles, facts)) if f.inner is not None and k not in omit
                     and r.filler.lower().startswith(_GOAL_PREPOSITIONS)}
            paths = {f.inner for k, (r, f) in enumerate(zip(roles, facts)) if f.inner is not None and k not in omit
                     and (r.is_core or r.argm in ("direction", "goal"))}
            owners = {f.about.owner for r, f in zip(roles, facts) if r.is_core and f.about is not None
                      and f.about.owner is not None}
            out.append((clause, base, more, seen))
        return out

    #: deeds that undo one another, either way round
    def _undoes(self, ev: Event, before: Event) -> bool:
        """Whether ``ev`` undoes ``before`` on the same thing ("opens" the machine door it
        "closes"): verbs that are opposites (WordNet's antonyms, the grammar's
        `[lexicon.verb_opposites]`, as the verb negatives read them) with one Arg1 noun."""
        a, b = ev.verb.lower(), before.verb.lower()
        if b not in verb_opposites(a, self.g.lexicon.verb_opposites):
            return False
        heads = [{self._facts(r).head for r in e.roles if r.type == "Arg1"} - {None} for e in (ev, before)]
        return bool(heads[0] & heads[1])

    def _deliberate_act(self, ev: Event, omit: frozenset) -> bool:
        """Whether ``ev`` is its agent's deliberate act on someone or something: an Arg0
        subject and an Arg1 told ("lifts the explorer", "grabs him", "picks up the
        shoe"), not what befalls one or how one responds ("stands up", "jumps to the next
        building", "laughs at him")."""
        subject = self._plan(ev).subject
        if subject is None or ev.roles[subject].type != "Arg0":
            return False
        # a thing does nothing on purpose: "turns the wheel, which makes the sedan hit a
        # pile of boxes" stays
        about = self._facts(ev.roles[subject]).about
        if about is None:
            someone = ev.roles[subject].filler.lower() in _PRONOUN_FORMS.keys() - {"it"}
        else:
            someone = about.head in GROUP_NOUNS or noun_class(about.head, self.g.lexicon.noun_classes) in (
                "person", "animal")
        return someone and any(r.type == "Arg1" and k != subject and k not in omit for k, r in enumerate(ev.roles))

    def _depictives(self, ev: Event) -> frozenset:
        """The manner roles of ``ev`` that say how its doer was while doing it, one
        participle ("dazed", "limping", "screaming", "exhausted"), not how it was done
        ("quickly", "hard", "in panic")."""
        return frozenset(k for k, r in enumerate(ev.roles) if r.argm == "manner"
                         and (re.fullmatch(r"[a-z]+(?:ing|ed)", r.filler.strip().lower())
                              or [t.tag for t in self.analyse(r.filler).tokens] == ["VBN"]))

    def _told_by_pronoun(self, ev: Event, subject, recent: dict) -> dict:
        """key -> words of each one the annotation's own pronoun in ``ev`` (besides its
        subject) stands for, where one of the two sentences before (``recent``) told of
        just one who could be called so: "he politely shakes her hand" tells of the
        woman, so the next sentence may say "she" ("Finally, the woman laughs" judged a
        needless repetition in round 9, q121)."""
        out = {}
        for k, r in enumerate(ev.roles):
            if k == subject:
                continue
            for t in self.analyse(r.filler).tokens:
                if t.tag not in ("PRP", "PRP$"):
                    continue
                word = next((w for w, forms in _PRONOUN_FORMS.items() if t.text.lower() in forms), None)
                if word not in ("he", "she"):
                    continue
                who = [key for key, words in recent.items() if words == frozenset({word})]
                if len(who) == 1:
                    out[who[0]] = recent[who[0]]
        return out

    def _lasting_word(self, tok) -> bool:
        """Whether an adjective says what a thing lastingly is (its colour, size, age,
        pattern: the grammar's `[lexicon.attributes]` but moods; or its stuff, a
        material's "-en": "wooden", "golden"), not a state it may come to in the clip
        ("broken", "open", "empty"): such a word may be said at the thing's first mention."""
        word = tok.text.lower()
        if tok.pos != "ADJ" and tok.tag != "JJ":
            return False
        if self.g.lexicon.attribute_class.get(word) not in (None, "mood"):
            return True
        return word.endswith("en") and any(noun_supersense(stem) == "noun.substance"
                                           for stem in (word[:-2], word[:-1]))

    def _described_first(self, events: list[Event]) -> list[Event]:
        """The events with a thing told first by its noun alone and later with words that
        describe it ("from a chest ... opens the wooden chest") told the other way round:
        its description at its first mention, its noun alone after ("removes an old
        blanket from a wooden chest and opens the chest"); a later mention that describes
        the thing anew reads as a second chest or as a stumble (round14, round18/q135).
        Only where the clip tells of one thing of that noun, the one later description
        adds no more than adjectives of what the thing lastingly is (``_lasting_word``;
        "the broken plates" are broken only after the fall) and no compound makes it
        another kind ("a car ... the police car")."""
        mentions: dict = {}  # head -> [(event, role, _Noun)] in order
        for i, ev in enumerate(events):
            for k, r in enumerate(ev.roles):
                f = self._facts(r) if r.argm not in ("scene", "manner", "purpose") else None
                if f is not None and f.about is not None:
                    mentions.setdefault(f.about.head, []).append((i, k, f.about))
        edits: dict = {}  # (event, role) -> new filler
        for head, said in mentions.items():
            first = said[0][2]
            fuller = {a.key for _, _, a in said if not a.bare}
            if not first.bare or len(fuller) != 1 or len({a.plural for _, _, a in said}) != 1:
                continue
            described = next(a for _, _, a in said if not a.bare)
            toks = described.phrase.tokens
            lead = _lead_noun(described.phrase)
            adjectives = [j for j in range(lead) if toks[j].tag not in ("DT", "PRP$")]
            if not adjectives and not described.kind_of and lead < len(toks) - 2 \
                    and toks[lead + 1].text.lower() in _DESCRIBING_PREPOSITIONS:
                # one told bare and later with what they wear or have ("kneels before a
                # queen. Seeing this, the queen in a golden crown stands up") is told so at
                # the first mention, the later ones in the same words, which the story
                # shortens ("kneels before a queen in a golden crown. Seeing this, the
                # queen stands up"; round19/q043)
                # as the renderer says them, with their articles ("in a golden crown")
                said_so = render_phrase(described.phrase).split()
                at = next((j for j, w in enumerate(said_so) if w == toks[lead].text), None)
                if at is None or at == len(said_so) - 1:
                    continue
                tail = " ".join(said_so[at + 1:])
                i, k, _ = said[0]
                edits[(i, k)] = self._with_words_after(events[i].roles[k].filler, head, tail)
                for i, k, a in said[1:]:  # the later ones in the words the first now has
                    edits[(i, k)] = self._with_words_after(events[i].roles[k].filler, head, tail, cut=True)
                continue
            if described.kind_of or lead != len(toks) - 1 or not adjectives \
                    or not all(self._lasting_word(toks[j]) for j in adjectives):
                continue
            words = " ".join(toks[j].text for j in adjectives)
            i, k, _ = said[0]
            edits[(i, k)] = self._with_words_before(events[i].roles[k].filler, head, words)
            for i, k, a in said:
                if not a.bare:
                    edits[(i, k)] = self._with_words_before(events[i].roles[k].filler, head, None,
                                                            frozenset(toks[j].text.lower() for j in adjectives))
        if not edits:
            return events
        return [ev if not any(i == e for e, _ in edits) else replace(ev, roles=tuple(
            replace(r, filler=edits[(i, k)]) if (i, k) in edits else r for k, r in enumerate(ev.roles)))
            for i, ev in enumerate(events)]

    def _with_words_after(self, filler: str, head: str, words: str, cut: bool = False) -> str:
        """``filler`` with ``words`` put right after its noun ``head`` (the first of that
        lemma where ``cut``, else the last); ``cut``: in place of all that came after it."""
        toks = self.analyse(filler).tokens
        at = [j for j, t in enumerate(toks) if t.lemma == head][0 if cut else -1]
        out = [t.text + t.ws for t in toks]
        out[at] = f"{toks[at].text} {words}{toks[at].ws}"
        return "".join(out[:at + 1] if cut else out).strip()

    def _with_words_before(self, filler: str, head: str, words: str | None, drop: frozenset = frozenset()) -> str:
        """``filler`` with ``words`` put before its noun ``head`` (the last of that lemma),
        or with the words ``drop`` just before that noun left out; an "a" before them
        follows the word after it ("an old chest", "a chest")."""
        toks = self.analyse(filler).tokens
        at = max(j for j, t in enumerate(toks) if t.lemma == head)
        out = [t.text + t.ws for t in toks]
        if words is not None:
            out[at] = f"{words} {out[at]}"
        j = at - 1
        while j >= 0 and toks[j].text.lower() in drop:
            out[j] = ""
            j -= 1
        out = [w for w in out if w]
        for j in range(len(out) - 1):
            if out[j].strip().lower() in ("a", "an"):
                out[j] = article(out[j + 1]) + out[j][len(out[j].rstrip()):]
        return "".join(out).strip()

    def _without_place_said(self, ev: Event, places: set) -> Event:
        """``ev`` with a compound's first noun that names a scene the story has said
        (``places``) left out of a role: "dances with her across the floor", not "across
        the ballroom floor" after "in a ballroom" (the scene word said again, judged
        needless in round 11, q093). Only a noun before another noun: "the ballroom" itself
        stays."""
        if not places:
            return ev
        roles = list(ev.roles)
        for k, r in enumerate(roles):
            if r.argm == "scene":
                continue
            p = self.analyse(r.filler)
            drop = [i for i, t in enumerate(p.tokens[:-1]) if t.dep == "compound" and t.pos == "NOUN"
                    and t.lemma in places and p.tokens[i + 1].pos == "NOUN" and i > 0
                    and p.tokens[i - 1].tag == "DT"]
            if drop:
                roles[k] = replace(r, filler="".join(t.text + t.ws for i, t in enumerate(p.tokens)
                                                     if i not in drop).strip())
        return ev if roles == list(ev.roles) else replace(ev, roles=tuple(roles))

    def _aimed_at(self, role) -> list:
        """The things a purpose names with "the" and a noun ("to pay for [the car]"), as a
        story tracks them (_Discourse.add_aimed_at)."""
        out = []
        for nouns in _nouns_after_the(self.analyse(role.filler)):
            about = _noun_facts(self.analyse(" ".join(x.text for x in nouns)), " ".join(x.text.lower() for x in nouns))
            if about is not None and about.bare and noun_class(about.head, self.g.lexicon.noun_classes) != "person":
                out.append(about)
        return out

    def _scene_said(self, roles, facts: list, omit: frozenset, core_only: bool) -> dict:
        """{a key no role has: {"it"}} where a sentence said its scene as one countable
        place ("at a sidewalk café"): a reader may take the next sentence's "it" for it, so
        it is a rival (see _pronoun_here), never a referent ("sits at a small table at a
        sidewalk café. Then, a man approaches it" was judged unclear in round 11, q088)."""
        if core_only:
            return {}
        for k, (r, f) in enumerate(zip(roles, facts)):
            if r.argm == "scene" and k not in omit and f.about is not None and not f.about.plural \
                    and noun_class(f.about.head, self.g.lexicon.noun_classes) not in ("person", "animal"):
                return {"\0scene": frozenset({"it"})}
        return {}

    def _acts_on(self, ev: Event, key: str | None, head: str | None) -> bool:
        """Whether a core role of ``ev`` besides its subject names the entity ``key`` (or
        its noun ``head``, as an owner too: "the student's leg")."""
        if key is None:
            return False
        subject = self._plan(ev).subject
        for k, r in enumerate(ev.roles):
            if k == subject or not r.is_core:
                continue
            f = self._facts(r)
            if f.mention == key or f.inner == key or (head is not None and head in {
                    t.lemma for t in self.analyse(r.filler).tokens if t.pos == "NOUN"}):
                return True
            words = r.filler.lower().split()
            if len(words) <= 2 and words[-1] in _PERSON_OBJECTS:
                return True  # "(at) her": the one told before, as the annotator refers back
        return False

    def _put_where(self, roles, facts: list, omit: frozenset) -> dict:
        """{noun: places} of the thing an event acts on (its Arg1: its noun, and what it
        holds: "a stack of plates" holds plates) and the places the event puts it on, in
        or into ("drops the stack on the floor": {stack, plate}: {floor})."""
        thing = next((f.about for r, f in zip(roles, facts) if r.type == "Arg1" and f.about is not None), None)
        if thing is None:
            return {}
        where = {f.inner for k, (r, f) in enumerate(zip(roles, facts))
                 if k not in omit and r.type != "Arg1" and f.inner is not None
                 and (r.is_core or r.argm in ("direction", "goal", "location"))
                 and r.filler.lower().startswith(("on ", "onto ", "into ", "in ", "to "))}
        return dict.fromkeys({thing.head} | _contents(thing.phrase), where) if where else {}

    def _source_known(self, ev: Event, facts: list, landed: dict) -> frozenset:
        """The roles saying where a thing is taken from ("from the floor") where the story
        has put it there (``landed``, _put_where): "drops the stack on the floor ... picks
        up the broken plates", not "... from the floor" (said twice, round18/q154)."""
        thing = next((f.about for r, f in zip(ev.roles, facts) if r.type == "Arg1" and f.about is not None), None)
        # (a person taken out of where they fell is a rescue, said whole: "pulls the hiker
        # out of the water")
        if thing is None or thing.head not in landed \
                or noun_class(thing.head, self.g.lexicon.noun_classes) in ("person", "animal"):
            return frozenset()
        return frozenset(k for k, (r, f) in enumerate(zip(ev.roles, facts))
                         if r.type != "Arg1" and (r.is_core or r.argm in ("direction", "goal", "location"))
                         and f.inner in landed[thing.head]
                         and r.filler.lower().startswith(("from ", "off ")))

    def _goal_reached_next(self, ev: Event, facts: list, after: list) -> frozenset:
        """The goal roles of ``ev`` (to, into, onto a place) where the event told next has
        the one ``ev`` moved going there of itself ("pushes the student to the mat. Finally,
        the student falls backwards onto the mat"): the goal is said once, where it is
        reached, so the fall does not read as told twice or out of order ("pushes the
        student to the mat ... Finally, the student falls backwards", round17/q047;
        the goal said on both was judged redundant in round 8)."""
        if not after:
            return frozenset()
        nxt = after[0]
        subject = self._plan(nxt).subject
        if subject is None or self._has_agent_subject(nxt):
            return frozenset()
        them = self._facts(nxt.roles[subject])
        if them.mention is None or not any(r.type == "Arg1" and self._facts(r).mention == them.mention
                                           for r in ev.roles):
            return frozenset()
        theirs = {self._facts(r).inner for k, r in enumerate(nxt.roles)
                  if k != subject and r.filler.lower().startswith(_GOAL_PREPOSITIONS)} - {None}
        return frozenset(k for k, (r, f) in enumerate(zip(ev.roles, facts))
                         if r.type != "Arg1" and f.inner is not None and f.inner in theirs
                         and (r.is_core or r.argm in ("direction", "goal"))
                         and r.filler.lower().startswith(_GOAL_PREPOSITIONS))

    def _ground_told(self, roles, facts: list, grounds: set) -> frozenset:
        """The locations "on"/"at" a place the story has already set its people on, at or
        along (``grounds``: a scene, a location, a path's way or goal, by :func:`_ground`):
        said again it reads as a new place, or a restated one ("walks along the pier at a
        harbor ... punches him hard on the wooden dock", round18/q103; "climbs up the
        ladder to the roof ... looks at the night sky on the roof")."""
        if not grounds:
            return frozenset()
        return frozenset(k for k, (r, f) in enumerate(zip(roles, facts))
                         if r.argm == "location" and f.about is not None and r.filler.lower().startswith(("on ", "at "))
                         and _ground(f.about.head) in grounds)

    def _path_told(self, ev: Event, facts: list, goals: set) -> frozenset:
        """The path roles of an event that go to, along or out of the place the event just
        before told a path's end of ("pushes the student to the mat. Finally, the student
        falls backwards onto the mat"; "walks towards the lane and throws the ball down the
        lane", judged redundant in round 8; "falls into the snow, and a man lifts the
        explorer out of the snow to his feet", round 11, q175: where one fell is where one
        is lifted from): not said again where the event still says where or what after its
        verb (a direction, an object), so the clause stays whole ("walks to the car. Then,
        he gets into the car")."""
        if not goals:
            return frozenset()
        plan = self._plan(ev)
        path = [k for k, (r, f) in enumerate(zip(ev.roles, facts))
                if f.inner in goals and (r.is_core or r.argm in ("direction", "goal")) and k != plan.subject
                and r.filler.lower().startswith((*_GOAL_PREPOSITIONS, "down ", "out of "))]
        if not path:
            return frozenset()
        rest = any(k not in path and k != plan.subject and (
            r.argm == "direction" or (r.is_core and k in plan.core and not plan.preps[k]
                                      and self.analyse(r.filler).kind in ("np", "pron")))
            for k, r in enumerate(ev.roles))
        # out of where one fell, only where the event still says where to ("lifts the
        # explorer to his feet"): "pulls the hiker out of the water" is the deed itself
        if any(ev.roles[k].filler.lower().startswith("out of ") for k in path) and not any(
                k not in path and k != plan.subject and (r.argm in ("direction", "goal") or (
                    r.is_core and r.filler.lower().startswith(_GOAL_PREPOSITIONS)))
                for k, r in enumerate(ev.roles)):
            return frozenset()
        return frozenset(path) if rest else frozenset()

    def _owner_before(self, ev: Event, facts: list, keys: list, subject, present: dict, before: dict,
                      owners: set, pronoun: tuple, named: tuple) -> tuple:
        """``named`` with an object whose noun owned something in the sentence just before
        said as he or she, as that noun says, where no one else there or here could be
        called so: "holds the woman's hand and tenderly kisses her", not "... kisses the
        woman in a yellow sundress" (judged a needless repetition, round 10, q082)."""
        words = dict(named)
        for k, (r, f) in enumerate(zip(ev.roles, facts)):
            about = f.about
            if k == subject or not r.is_core or about is None or about.plural or about.head not in owners \
                    or words.get(k) in _PERSON_WORDS or (pronoun and pronoun[0] == k) \
                    or self.analyse(r.filler).kind != "np":
                continue
            word = _gender_pronoun(about.phrase)
            if word not in ("he", "she"):
                continue
            rivals = [key for key, w in {**before, **present}.items() if key != keys[k] and word in w]
            if not rivals:
                words[k] = pronoun_case(word, False)
        return tuple(words.items())

    def _place_told(self, ev: Event, facts: list, paths: set) -> frozenset:
        """The location of an event that names what the event just before went to, along or
        across, where the event acts on something: "throws a rope across the river, and
        the hikers hold it tightly", not "... hold it tightly in the river" (judged odd,
        "the river" said three times, round 10, q146)."""
        plan = self._plan(ev)
        if not paths or not any(k != plan.subject and k in plan.core and not plan.preps[k]
                                for k in range(len(ev.roles))):
            return frozenset()
        return frozenset(k for k, (r, f) in enumerate(zip(ev.roles, facts))
                         if r.argm == "location" and f.inner is not None and f.inner in paths)

    def _look_goal(self, ev: Event, facts: list) -> frozenset:
        """The direction of a look that goes towards a thing where the look has its seen one
        after a preposition: the one seen is where the look goes. "he looks towards the
        door at her" was judged stacked directions (round 11, q006), as "looks at the woman
        towards the door" was before (round 3); "looks up at her", "looks across the room
        at her" stay: those say how, not where to."""
        if ev.verb.lower().split()[0] not in self.g.lexicon.looking_verbs:
            return frozenset()
        plan = self._plan(ev)
        if not any(k != plan.subject and k in plan.core and plan.preps[k] for k in range(len(ev.roles))):
            return frozenset()
        return frozenset(k for k, (r, f) in enumerate(zip(ev.roles, facts))
                         if r.argm == "direction" and r.filler.lower().startswith(("towards ", "toward ", "to "))
                         and f.inner is not None)

    _NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}

    def _counted_people(self, facts: list, refs: list, story: "_Discourse") -> list:
        """The refs with a counted group of people told for the first time made definite
        where the story has told of as many people, each on their own and none of the
        other gender: they are the ones the group counts ("a man in a camel coat meets a
        young dealer. Then, the two men shake hands", "a safecracker ... a man in a
        checkered suit ... Finally, the two thieves enter the vault"; not "two men" new
        to the reader, judged wrong in round 8)."""
        overrides = self.g.lexicon.noun_classes
        people = [e for _, e in story.entities.values()
                  if noun_class(e.head, overrides) == "person" and e.head not in GROUP_NOUNS]
        out = list(refs)
        for k, (f, ref) in enumerate(zip(facts, refs)):
            about = f.about
            if ref.definite or about is None or not about.plural or f.mention != about.key \
                    or noun_class(about.head, overrides) != "person":
                continue
            toks = about.phrase.tokens
            lead = _lead_noun(about.phrase)
            counts = [self._NUMBERS.get(t.text.lower()) for t in toks[:lead] if t.tag == "CD"]
            if len(counts) != 1 or counts[0] is None or any(t.tag == "DT" for t in toks[:lead]):
                continue
            gender = _gender_pronoun(replace(about.phrase, plural=False)) if about.head in _MALE | _FEMALE else None
            if len(people) == counts[0] and not any(e.plural for e in people) and not any(
                    (g := _gender_pronoun(e.phrase)) is not None and gender is not None and g != gender
                    for e in people):
                out[k] = _Ref(True)
        return out

    def _referent_words(self, about: "_Noun", learned: dict, doers: frozenset = frozenset()) -> frozenset:
        """What an entity may be called: they, he or she as its noun or the clip says, it for
        a thing; a person of unknown gender he or she, an animal either or it."""
        if about.plural:
            return frozenset({"they"})
        kind = noun_class(about.head, self.g.lexicon.noun_classes)
        if kind is None:
            kind = {"noun.person": "person", "noun.animal": "animal"}.get(noun_supersense(about.head))
        if kind == "person" or about.head in GROUP_NOUNS:
            word = _gender_pronoun(about.phrase) or learned.get(about.key)
            return frozenset({word}) if word in _PERSON_WORDS else _PERSON_WORDS
        if kind == "animal" or about.key in doers:
            return _ANIMAL_WORDS  # what acts itself in the clip is no plain "it" ("the climber falls")
        return frozenset({"it"})

    def _referents(self, ev: Event, facts: list, learned: dict, story: "_Discourse", doers=frozenset()) -> tuple:
        """(key -> what it may be called, for everything a sentence mentions that a pronoun
        in the next could be taken for: the entities of its roles but its scene and manners,
        and what its core fillers name inside ("a woman holding a candle": the candle);
        the key of each role's entity). An entity told by its noun alone and the one of
        that noun the story knows, or the reverse, are one ("a boy in a green hood ...
        the boy"), as ``_Discourse.refer`` takes them."""
        out = {}
        keys = [self._entity_key(f.about, story) if f.about is not None else None for f in facts]
        overrides = self.g.lexicon.noun_classes
        for r, f, key in zip(ev.roles, facts, keys):
            if r.argm in ("scene", "manner") or f.about is None:
                continue
            if not r.is_core and noun_class(f.about.head, overrides) not in ("person", "animal"):
                continue  # "into the air", "on the floor": a place, not what "it" is taken for
            out[key] = self._referent_words(f.about, learned, doers)
            if r.is_core:
                p = f.about.phrase
                lead = _lead_noun(p)
                who = noun_class(p.tokens[lead].lemma, overrides) in ("person", "animal")
                for i, t in enumerate(p.tokens):
                    if i != lead and t.pos == "NOUN" and t.dep not in ("compound", "poss"):
                        prep = p.tokens[t.head] if 0 <= t.head < len(p.tokens) else None
                        if who and prep is not None and prep.text.lower() in ("in", "with") and prep.head == lead:
                            continue  # what a person wears or has ("an engineer with glasses", "a
                            # soldier with a dirty face") is not taken for "it"
                        person = noun_class(t.lemma, overrides) in ("person", "animal")
                        out.setdefault("\0" + t.lemma, _ANIMAL_WORDS if person else frozenset(
                            {"they" if t.tag in ("NNS", "NNPS") else "it"}))
        return out, keys

    @staticmethod
    def _entity_key(about: "_Noun", story: "_Discourse") -> str:
        """The key a story knows an entity by: its first words, also when told again by
        its noun alone or described in full after its noun alone."""
        if about.key in story.aliases or about.key in story.entities:
            return story.aliases.get(about.key, about.key)
        same = [e for _, e in story.entities.values() if e.head == about.head and e.plural == about.plural]
        if len(same) == 1 and (about.bare or same[0].bare or Realiser._named_shorter(about, same[0])):
            key = story.aliases[about.key] = story.aliases.get(same[0].key, same[0].key)
            return key
        return about.key

    @staticmethod
    def _named_shorter(about: "_Noun", known: "_Noun") -> bool:
        """Whether ``about`` is ``known`` told by its noun and some of the words before it,
        nothing after: "towards the young man" after "a young man with a backpack"."""
        toks = about.phrase.tokens
        lead = _lead_noun(about.phrase)
        words = {t.lemma.lower() for t in toks[:lead] if t.tag not in ("DT", "PRP$")}
        return lead == len(toks) - 1 and bool(words) and words <= {t.lemma.lower() for t in known.phrase.tokens}

    def _refer_back(self, ev: Event, facts: list, refs: list, subject, keys: list, here: dict, window: tuple,
                    before_subject: str | None, story: "_Discourse", named: tuple) -> tuple:
        """(pronoun, named) of a sentence: its subject as a pronoun where the sentence
        before told of it, and its other core roles in the story's words: an object
        pronoun for what one of the two sentences before told of when nothing else there
        or here could be taken for it ("his friend gives a wallet back to him"; the
        subject never could: "he punches him"); else what is told again in the same
        words, as short as still tells it from the others of its noun ("the guard", "the
        log", "the bald man"). ``window``: what the sentence before and the one before
        that mentioned (see ``_referents``)."""
        before, earlier = window
        pronoun = ()
        words = dict(named)
        subj_key = keys[subject] if subject is not None else None
        if subj_key is not None and refs[subject].definite and subject not in words and subj_key in here:
            word = _pronoun_here(subj_key, here[subj_key], before, {}, subj_key == before_subject)
            if not word and subj_key not in before and here[subj_key] <= _ONE_PERSON \
                    and not self._people_among(before, story):
                # he or she of two sentences back, as an object pronoun may be, where nobody
                # told of since could be called so: "the man meets her. After that, she
                # laughs. Finally, he shakes her hand" ("the man" there is a give-away of a
                # story told out of order: its people's sentences are no longer next to
                # each other, issue 14); a thing is "it" only right after it was told (see
                # below), and "they" of a group may take in everyone told of since ("a
                # teacher walks. Finally, the two kids wave"); nor past a group, which may
                # hold a he or a she ("the parents watch them. Finally, the girl hugs him")
                word = _pronoun_here(subj_key, here[subj_key], {**earlier, **before}, {})
            if word:
                pronoun = (subject, word)
        others = {k: w for k, w in here.items() if k != subj_key}
        recent = {k: w for k, w in {**earlier, **before}.items() if k != subj_key}
        known = [e for _, e in story.entities.values()] + [f.about for f in facts if f.about is not None]
        for k, (r, f, ref) in enumerate(zip(ev.roles, facts, refs)):
            about = f.about
            if about is None or not ref.definite or k in words or (pronoun and pronoun[0] == k) \
                    or not r.is_core or about.key != f.mention or self.analyse(r.filler).kind != "np":
                continue
            key = keys[k]
            # beside a subject that could be called the same, only what the sentence just
            # before told of, and not after a pronoun subject: "the woman in the red flannel
            # slaps her", not "he kicks him"
            rival = subj_key is not None and key in here and here.get(subj_key) == here[key]
            # a thing is "it" only right after it was told: two sentences back "it" is lost
            # ("looks around the room and cries out, "Where am I?" ... enters it")
            thing_far = here.get(key) == frozenset({"it"}) and key not in before
            if k != subject and key != subj_key and key in here and not thing_far \
                    and not (rival and (pronoun or key not in before)):
                word = _pronoun_here(key, here[key], recent, others, key == before_subject)
                if word:
                    words[k] = pronoun_case(word, False)
                    continue
            if ref.again:
                near = frozenset(f.about.key for f in facts if f.about is not None) | frozenset(before)
                short = _distinguishing(about, known, near)
                if short:
                    words[k] = short
        return pronoun, tuple(words.items())

    def _people_among(self, told: dict, story: "_Discourse") -> bool:
        """Whether ``told`` (key -> words, as ``_referents`` makes) holds a group of people
        the story knows ("the parents", "guests"): one of them may be a he or a she."""
        overrides = self.g.lexicon.noun_classes
        return any("they" in words and (e := story.entities.get(key)) is not None
                   and (e[1].head in GROUP_NOUNS or noun_class(e[1].head, overrides) == "person")
                   for key, words in told.items())

    def _thing_acted_on(self, ev: Event, facts: list, preps: bool = False) -> str | None:
        """The mention of the one thing (not a person, not a group) an event acts on: its
        only core role besides the subject that is a noun phrase with no preposition
        ("hides the notebook from a gardener"); None where there are more ("gives the
        girl a box": "it" could be either). ``preps``: one the verb puts a preposition
        before counts too ("looks at the photograph")."""
        plan = self._plan(ev)
        others = [k for k in plan.core if k != plan.subject and (preps or not plan.preps[k])
                  and self.analyse(ev.roles[k].filler).kind == "np"]
        if len(others) != 1:
            return None
        return self._a_thing(facts[others[0]])

    def _a_thing(self, f: "_Facts", key: str | None = None) -> str | None:
        """``key`` (or the mention of ``f``) where ``f`` names one countable thing or
        animal: not a person nor a group. An animal acted on is "it" as a thing is
        ("grabs a small goat and carries the goat down the slope ... puts the goat on the
        grass" judged a needless repetition in round 10, q071)."""
        about = f.about
        key = key or f.mention
        if key is None or about is None or about.plural or not about.count or about.head in GROUP_NOUNS \
                or noun_class(about.head, self.g.lexicon.noun_classes) in ("person", None):
            return None
        return key

    def _thing_gone_to(self, ev: Event, facts: list) -> str | None:
        """The one thing an event with no object goes to or after, as a mention ("runs
        towards the crater": "crater"; "runs after the Frisbee"): a sentence right after
        that acts on it says "it" ("... and looks cautiously at it")."""
        plan = self._plan(ev)
        if any(k != plan.subject for k in plan.core):
            return None
        ends = [f for r, f in zip(ev.roles, facts) if r.argm in ("direction", "goal") and f.inner is not None]
        return self._a_thing(ends[0], ends[0].inner) if len(ends) == 1 else None

    def _it(self, ev: Event, facts: list, last_thing: str | None) -> tuple:
        """(role, "it") for the thing the sentence before acted on, acted on again as the
        only object: "picks up a small notebook. After that, she opens it. Finally, she
        hides it under her coat", not "the small notebook" three times."""
        thing = self._thing_acted_on(ev, facts, preps=True)
        # the thing by its noun, or some of its words ("after the Frisbee", "the red Frisbee")
        if last_thing is None or thing is None or not (
                thing == last_thing or (thing.split()[-1] == last_thing.split()[-1]
                                        and set(last_thing.split()) <= set(thing.split()))):
            return ()
        return tuple((k, "it") for k, f in enumerate(facts) if f.mention == thing and ev.roles[k].is_core
                     and k != self._plan(ev).subject)

    def _same_setting(self, here: str | None, scene: str | None) -> bool:
        """Whether a scene names the setting told before by another of its names: both
        say what kind of place by one noun before their own ("a boxing arena" after "a
        boxing ring"): said again it reads as a new place. Not a place in or at the one
        before ("on the church steps" after "in church")."""
        if here is None or scene is None or here == scene:
            return False
        a, b = self.analyse(here), self.analyse(scene)
        if a.kind != "np" or b.kind != "np":
            return False

        def kinds(p):
            lead = _lead_noun(p)
            return {t.lemma for i, t in enumerate(p.tokens) if i != lead and t.pos == "NOUN"} - {p.tokens[lead].lemma}
        return bool(kinds(a) & kinds(b))

    def _scene_in_core(self, roles, k: int) -> bool:
        """Whether the scene ``roles[k]`` is named whole by the event's own core fillers:
        "closes the tent flap", not "... inside the tent" (judged redundant in round 9,
        q103 q106); not "the room" for "a hospital room", which says more."""
        nouns = _noun_lemmas(self.analyse(roles[k].filler))
        if not nouns:
            return False
        core: set = set()
        for r in roles:
            if r.is_core:
                core |= _noun_lemmas(self.analyse(r.filler))
        return nouns <= core

    def _names_scene(self, roles, scene: str | None) -> bool:
        """Whether a direction or a location of these roles names the place of the scene
        told before (its head noun): "out of the bathroom" after the scene "bathroom"."""
        if scene is None:
            return False
        sp = self.analyse(scene)
        if sp.kind != "np":
            return False
        head = sp.tokens[sp.root].lemma
        return any(r.argm in ("direction", "location") and head in self.analyse(r.filler).memoised("nouns", _noun_lemmas)
                   for r in roles)

    def _people_present(self, ev: Event, facts: list) -> frozenset:
        """Core roles other than the subject that name people as a bare plural: in a
        story they are the ones there ("the teacher asks the students a question" in a
        classroom, "shouts at the customers"), not some people ("asks students"). A
        number or a quantifier keeps its own words ("two kids", "some guests"); written
        prose keeps its bare nouns bare; a subject is left as told ("pedestrians listen"),
        but for kin, who are someone's ("the parents fondly watch them")."""
        if getattr(self.analyse, "written", False):
            return frozenset()
        subject = self._plan(ev).subject
        out = []
        for k, (r, f) in enumerate(zip(ev.roles, facts)):
            about = f.about
            if (k == subject and about is not None and about.head not in _KIN) or not r.is_core or about is None \
                    or not about.plural or about.head in GROUP_NOUNS \
                    or noun_class(about.head, self.g.lexicon.noun_classes) != "person":
                continue
            p = about.phrase
            if _takes_plural_the(p, 0) and not any(t.tag == "CD" for t in p.tokens):
                out.append(k)
        return frozenset(out)

    def _audience_of_venue(self, roles, facts: list, scene: str | None) -> frozenset:
        """Roles that name a venue's audience by its noun alone (``[lexicon.venues]``: "crowd",
        "spectators") where the story is set at a venue ("baseball stadium", "boxing ring"):
        the place implies them, so they are "the crowd" ("Finally, a crowd shouts wildly"
        was judged wrong in a baseball stadium, round 11, q114). A crowd elsewhere is new
        ("a crowd of people listens to him" on a street corner)."""
        lex = self.g.lexicon
        if scene is None or not lex.venues or getattr(self.analyse, "written", False):
            return frozenset()
        place = self.analyse(scene)
        if place.kind != "np" or place.tokens[place.root].lemma.lower() not in lex.venues:
            return frozenset()
        return frozenset(k for k, f in enumerate(facts) if f.about is not None and f.about.bare
                         and f.about.head in lex.audiences and f.mention == f.about.key
                         and not any(t.tag in ("DT", "PRP$", "CD") for t in f.about.phrase.tokens))

    def _scene_first(self, events: list[Event]) -> list[Event]:
        """The events with the clip's first scene given to the first event when no event
        before gives one: a story sets its scene at the start ("sits down on a bench at a
        harbour. Then, he opens an envelope"), not once the man has sat down ("... Then,
        he opens an envelope at a harbour"). Only a scene that is a place's noun phrase
        ("harbour"): one said with its own preposition ("inside the car") may be where
        that later event alone happens."""
        if not events or any(r.argm == "scene" for r in events[0].roles):
            return events
        first = next((r for ev in events for r in ev.roles if r.argm == "scene"), None)
        if first is None or self.analyse(first.filler).kind != "np":
            return events
        return [replace(events[0], roles=events[0].roles + (first,)), *events[1:]]

    def _learned_genders(self, events: list[Event]) -> dict:
        """:meth:`_find_genders`, once per clip: a clip's story and its summary are told
        from the same events (the dict is only read)."""
        key = tuple(events)
        learned = self._genders.get(key)
        if learned is None:
            if len(self._genders) >= 64:
                self._genders.clear()
            learned = self._genders[key] = self._find_genders(events)
        return learned

    def _find_genders(self, events: list[Event]) -> dict:
        """mention -> "he" or "she" for the people of a clip whose noun does not say it
        ("an astronaut", "an old sailor"), from what the annotation says of them:
        - a reflexive in an event it is the subject of ("the astronaut pulls herself");
        - a possessive his/her in an event it is the subject of, where no one else takes
          part and every other person of the clip is known to be of the other gender or
          a group ("the knight removes his helmet" beside a queen; not "the nurse pulls
          a sheet up to his chin" in a clip with a patient, whose chin it may be);
        - the annotation's own "he" or "she" as the subject right after it was the
          subject (its writer refers back: "the sailor cries. he puts the letter ...").
        Evidence both ways leaves it unknown. Read from the whole clip: the annotator
        wrote every event knowing the video."""
        overrides = self.g.lexicon.noun_classes
        people: dict = {}  # mention -> he/she/they by its noun (None: not said)
        for ev in events:
            for r in ev.roles:
                f = self._facts(r)
                if f.mention is not None and f.about is not None and noun_class(f.about.head, overrides) == "person":
                    people[f.mention] = _gender_pronoun(f.about.phrase)  # "before the queen": she
        seen: dict = {}  # mention -> set of words
        last = None  # the subject of the event before, a person whose noun says no gender
        for ev in events:
            subject = self._plan(ev).subject
            if subject is None:
                last = None
                continue
            facts = [self._facts(r) for r in ev.roles]
            who = facts[subject].mention
            sp = self.analyse(ev.roles[subject].filler)
            said = sp.tokens[0].text.lower() if len(sp.tokens) == 1 else None
            if who is None and said in ("he", "she") and last is not None:
                seen.setdefault(last, set()).add(said)
            person = who in people and people[who] is None
            last = who if person else None
            if not person:
                continue
            phrases = [self.analyse(r.filler) for k, r in enumerate(ev.roles) if k != subject]
            words = [t for p in phrases for t in p.tokens]
            found = {t.text.lower() for t in words} & {"himself", "herself"}
            if not any(t.tag == "PRP" and t.text.lower() in _PERSON_OBJECTS
                       or t.pos in ("NOUN", "PROPN") and noun_class(t.lemma, overrides) == "person" for t in words):
                for p in phrases:
                    for t in p.tokens:
                        owner = t.text.lower()
                        if t.tag != "PRP$" or owner not in ("his", "her"):
                            continue
                        other = "she" if owner == "his" else "he"
                        # a thing one carries or wears is the doer's ("fights off flames
                        # with her shield") beside others whose gender the clip does not
                        # say (a dragon); a body part may be another's ("pulls a sheet up
                        # to his chin" by a nurse, with a patient)
                        owned = p.tokens[t.head] if 0 <= t.head < len(p.tokens) else t
                        unknown_ok = owned.pos == "NOUN" and noun_supersense(owned.lemma) not in (
                            "noun.body", None)
                        if all(g in (other, "they") or (g is None and unknown_ok)
                               for m, g in people.items() if m != who):
                            found.add(owner)
            for word in found:
                seen.setdefault(who, set()).add("he" if word in ("himself", "his") else "she")
        return {who: next(iter(ws)) for who, ws in seen.items() if len(ws) == 1}

    def _pronoun_after_preposition(self, ev: Event, facts: list, refs: list, keys: list, here: dict,
                                   window: tuple, before_subject, pronoun: tuple) -> Event:
        """The event with a core role that is a preposition and someone told of in the two
        sentences before said with a pronoun, as ``_refer_back`` says a noun-phrase object:
        "she turns away coldly from him", not "... from the man in the navy suit" (judged
        a long description repeated, round 8), where nothing else there or here could be
        taken for him. Its filler is rewritten: the clause says a pronoun only for a noun
        phrase."""
        before, earlier = window
        subject = self._plan(ev).subject
        subj_key = keys[subject] if subject is not None else None
        others = {k: w for k, w in here.items() if k != subj_key}
        recent = {k: w for k, w in {**earlier, **before}.items() if k != subj_key}
        roles = list(ev.roles)
        for k, (r, f, ref) in enumerate(zip(roles, facts, refs)):
            key = keys[k]
            if k == subject or not (r.is_core or r.argm in ("direction", "goal")) or not ref.definite \
                    or f.inner is None or f.about is None \
                    or key is None or key == subj_key or key not in here or here[key] == frozenset({"it"}):
                continue
            rival = subj_key is not None and here.get(subj_key) == here[key]
            if rival and (pronoun or key not in before):
                continue
            word = _pronoun_here(key, here[key], recent, others, key == before_subject)
            p = self.analyse(r.filler)
            start = _entity_start(p)
            if not word or p.kind != "pp" or not start or any(t.tag not in _PREP_TAGS for t in p.tokens[:start]):
                continue
            text = "".join(t.text + t.ws for t in p.tokens[:start]) + pronoun_case(word, False)
            roles[k] = replace(r, filler=text)
        return ev if roles == list(ev.roles) else replace(ev, roles=tuple(roles))

    def _it_after_preposition(self, ev: Event, facts: list, refs: list, keys: list, subject, present: dict,
                              before: dict) -> Event:
        """The event with the one thing the sentence just before told of, named again after
        the preposition of a direction or a goal, said as "it": "looks nervously at a
        hayloft, and a man suddenly jumps down from it", not "... from the hayloft" (judged
        a repetition in rounds 8, 9 and 10: q070, q143, q140), where nothing else there or
        here could be taken for it."""
        roles = list(ev.roles)
        for k, r in enumerate(roles):
            if k == subject or r.argm not in ("direction", "goal"):
                continue
            p = self.analyse(r.filler)
            # ("down from the hayloft": a particle may come before the preposition)
            start = next((i for i, t in enumerate(p.tokens) if t.tag not in (*_PREP_TAGS, "RB")), None)
            if not start or any(t.tag not in (*_PREP_TAGS, "RP", "RB") for t in p.tokens[:start]) \
                    or not any(t.tag in _PREP_TAGS for t in p.tokens[:start]):
                continue
            words = "".join(t.text + t.ws for t in p.tokens[start:]).strip().lower().split()
            if len(words) < 2 or words[0] != "the":
                continue  # only what the annotation tells as known
            key = " ".join(words[1:])
            if before.get(key) != frozenset({"it"}) or any(
                    "it" in w for other, w in {**before, **present}.items() if other != key):
                continue
            roles[k] = replace(r, filler="".join(t.text + t.ws for t in p.tokens[:start]) + "it")
        return ev if roles == list(ev.roles) else replace(ev, roles=tuple(roles))

    def _shorter_after_preposition(self, ev: Event, facts: list, refs: list, keys: list,
                                   story: "_Discourse") -> Event:
        """The event with one told of before, after the preposition of a direction, a goal
        or a core role, said as short as still tells them apart (``_distinguishing``), as
        a noun-phrase object is: "runs worriedly towards the worker", not "... towards the
        young worker in the orange vest" (judged a needless repetition in round 10, q129),
        where no pronoun was said (``_pronoun_after_preposition``)."""
        roles = list(ev.roles)
        subject = self._plan(ev).subject
        known = [e for _, e in story.entities.values()] + [f.about for f in facts if f.about is not None]
        near = frozenset(f.about.key for f in facts if f.about is not None)
        for k, (r, f, ref) in enumerate(zip(roles, facts, refs)):
            if k == subject or not (r.is_core or r.argm in ("direction", "goal")) or not ref.definite \
                    or not ref.again or f.inner is None or f.about is None or keys[k] is None:
                continue
            p = self.analyse(r.filler)
            start = _entity_start(p)
            if p.kind != "pp" or not start or any(t.tag not in _PREP_TAGS for t in p.tokens[:start]):
                continue
            short = _distinguishing(f.about, known, near)
            rest = "".join(t.text + t.ws for t in p.tokens[start:]).strip()
            if not short or len(short.split()) >= len(rest.split()) - (rest.split()[0].lower() not in ("the", "a", "an")):
                continue
            roles[k] = replace(r, filler="".join(t.text + t.ws for t in p.tokens[:start]) + short)
        return ev if roles == list(ev.roles) else replace(ev, roles=tuple(roles))

    def _kin_of_known(self, ev: Event, facts: list, refs: list, story: "_Discourse") -> Event:
        """The event with a child or a parent told for the first time said as the kin of the
        one person the story has told of who could be its parent or child, by that one's
        gender: "a mother puts a plate on the table. Then, her teenage son sits down" (round
        8 judged "a teenage son" unlinked). Not where two could be, nor where the known one's
        gender is not said ("a parent"), nor a link the clip does not give ("a bride ... a
        mother": whose, the bride's or the groom's?)."""
        roles = list(ev.roles)
        for k, (role, f, ref) in enumerate(zip(roles, facts, refs)):
            about = f.about
            if ref.definite or about is None or about.plural or about.head not in _KIN_OF \
                    or f.mention != about.key or role.argm is not None:
                continue
            kin = [e for _, e in story.entities.values() if not e.plural and e.head in _KIN_OF[about.head]]
            same = [e for _, e in story.entities.values() if e.head == about.head]
            if len(kin) != 1 or same:
                continue
            owner = {"he": "his", "she": "her"}.get(_gender_pronoun(kin[0].phrase))
            p = self.analyse(role.filler)
            if owner is None or p.kind != "np" or not p.tokens:
                continue
            words = role.filler.split()
            if words[0].lower() in ("a", "an", "the"):
                words = words[1:]
            elif p.tokens[0].tag in ("DT", "PRP$", "CD", "POS") or p.tokens[0].pos == "PROPN":
                continue
            roles[k] = replace(role, filler=" ".join([owner, *words]))
        return ev if roles == list(ev.roles) else replace(ev, roles=tuple(roles))

    def _introduce_people(self, ev: Event, facts: list, refs: list, story: "_Discourse") -> Event:
        """The event with a person the story has not told of introduced with "a": the
        annotation's "the gardener" reads as someone already told of ("hides the notebook
        from a gardener"; "kneels before a queen ... the queen in a golden crown").
        Groups ("the crowd", "the gallery", "the soldiers") keep their "the", and so does
        one of the kind the story has told of ("a young man with a backpack ... the young
        man")."""
        roles = list(ev.roles)
        for k, (role, f, ref) in enumerate(zip(roles, facts, refs)):
            about = f.about
            if ref.definite or about is None or about.plural or about.head in GROUP_NOUNS \
                    or noun_class(about.head, self.g.lexicon.noun_classes) != "person" \
                    or noun_supersense(about.head) == "noun.group" \
                    or any(e.head == about.head for _, e in story.entities.values()):
                continue
            p = self.analyse(role.filler)
            start = _entity_start(p)
            if start is None or start + 1 >= len(p.tokens) or p.tokens[start].text.lower() != "the":
                continue
            toks = p.tokens
            text = "".join(t.text + t.ws for t in toks[:start]) + article(toks[start + 1].text) + toks[start].ws \
                + "".join(t.text + t.ws for t in toks[start + 1:])
            roles[k] = replace(role, filler=text.strip())
        return ev if roles == list(ev.roles) else replace(ev, roles=tuple(roles))

    def _facts(self, role) -> "_Facts":
        """What a story needs to know of a role, worked out once per filler and kind."""
        key = (role.argm, role.type == "Arg0", role.filler)
        facts = self._role_facts.get(key)
        if facts is None:
            p = self.analyse(role.filler)
            lead = _lead_noun(p)
            mention, inner = _mention(role), self._inner_entity(role)
            start = _entity_start(p)
            if inner is not None and start is not None:
                about = _noun_facts(p.tail(start) if start else p, inner)
            else:
                about = _noun_facts(p, mention) if mention is not None else None
            facts = self._role_facts[key] = _Facts(
                mention=mention, inner=inner,
                head=p.tokens[lead].lemma if p.kind == "np" else None,
                can_shorten=p.kind == "np" and lead < len(p.tokens) - 1,
                nouns=frozenset(t.text.lower() for t in p.tokens if t.pos == "NOUN"),
                pronoun=_gender_pronoun(p),
                about=about,
            )
        return facts

    def _join(self, events: list[Event], clauses: list[str], bases: list, more: list | None = None,
              story: bool = False, seen: str | None = None) -> str:
        """Sentences in time order. A relation is said where the story reaches it, naming
        the anchor by its content:
        - the event just before the anchor causes or enables it: one sentence tells both,
          the cause and then the anchor ("Then, he jumps her from behind, which makes him
          grab her purse"; enabled, as the next step: "Then, she shakes his hand, and the man
          whispers a secret to her"; "Then, she lifts it into the air and watches it"), as
          a reader takes a link to the sentence it follows;
        - an earlier event causes it: in the story, the temporal connective, the time
          order telling it ("All this makes ..." and "as a result" judged forced, rounds 7
          and 10); in other styles "As a result, ...";
        - a later event reacting to the anchor: in the story, "Hearing this, ..." after
          words said aloud, "Seeing this, ..." by a bystander, the temporal connective
          where the one reacting took part (``_reaction_lead``) or right after a sentence
          that said a relation with a link of its own (never two in a row); in other
          styles "In reaction, ...", and "In response, ..." right after; not where the one
          reacting did the deed told just before (one does not react to one's own deed);
          what befalls its subject, with no agent ("falls onto a stack of boxes"), is a
          result: "As a result, ...".
        A relation that runs against the order of telling is left unsaid rather than said
        backwards. ``bases``: the anchor's clause in the form ``_anchor_form`` says (None
        in styles that have none: the relation is said on the anchor's own sentence).
        ``more``: each event's clause without its subject where the one before had the same
        subject, told by a noun (None in other styles): one who does two things in a row,
        with no relation to say on the second, is told in one sentence ("After that, the
        nurse gently pulls a blanket over the patient and turns off the lamp"), a third
        making a list ("A, B and C", ``_listable``), three events to a sentence at most, so
        that a noun the clip gives no pronoun for is not said at the start of every
        sentence."""
        c = self.g.clip
        if len(clauses) == 1:
            return capitalise(fill(c["single"], clause=clauses[0]))
        conns, n, rel = c["connectives"], len(clauses), c["relations"]
        anchor_pos = next((i for i, ev in enumerate(events) if ev.name == ANCHOR_EVENT), None)

        def connective(i):
            return conns[0] if i == 0 else conns[-1] if i == n - 1 else conns[min(i, len(conns) - 2)]

        sentences = []
        reacted = False  # the sentence before said a relation with a connective of its own
        told: list = []  # the events of the sentence before the one reacting took part in
        size = 0  # how many events the sentence before told
        joint = None  # where in the sentence before the " and " between its two deeds of one doer is
        in_sentence: list = []  # the events the sentence before told
        plain = {rel["NoRel"], rel["anchor"], rel["Reaction To plain"]}
        for i, (ev, clause) in enumerate(zip(events, clauses)):
            conn = connective(i)
            if story and 0 < i < n - 1 and c.get("later") and self._undoes(ev, events[i - 1]):
                # a deed that undoes the one just before comes after a while: "Then, he
                # closes the machine door. Later, he opens it" ("Next, he opens it" read
                # as at once, round 14 q059); the last keeps its "Finally," which says as much
                conn = c["later"]
            template, slots, said, lead = rel["NoRel"], {}, False, {}
            if i == anchor_pos:
                before = [e.relation for e in events[:i]]
                just_before = before[-1] if before else None
                if just_before in ("Causes", "Enables") and bases[i] and not _ends_in_quote(clauses[i - 1]):
                    sentences.pop()  # the cause and the anchor in one sentence
                    same = isinstance(bases[i], _SameDoer)
                    link = "Enables" if isinstance(bases[i], _Counter) else just_before
                    template, clause = rel[f"{link}, same doer" if same else link], bases[i]
                    slots = {"cause": clauses[i - 1]}
                    conn = connective(i - 1)
                elif just_before == "Enables":
                    template = rel["Enables earlier"]  # after quoted words, or in another style
                elif "Causes" in before and just_before != "Causes" and story:
                    template = rel["anchor"]  # an earlier cause told by the order alone (_anchor_form)
                elif just_before == "Causes" or ("Causes" in before and not bases[i]):
                    template = rel["Causes finite"]
                elif "Causes" in before:
                    template, clause = rel["Causes earlier"], bases[i]
                elif "Enables" in before:
                    template = rel["Enables earlier"]
                else:
                    template = rel["anchor"]
            elif (anchor_pos is not None and i > anchor_pos and ev.relation == REACTION
                  and not self._reacts_to_own_deed(ev, events[i - 1])):
                # a reaction reads as one to the sentence before, and one does not react to
                # one's own deed: "..., which makes a man lift the explorer. Finally, he
                # carries the explorer", not a reaction; to what befell one, one does
                if not self._has_agent_subject(ev):
                    template = rel["Reaction To befalls"]
                    said = story
                elif not story:
                    # a style that names its relations (figclip's "the action is ..."): "In
                    # reaction", "In response" right after
                    template = rel["Reaction To again" if reacted else "Reaction To"]
                    said = True
                elif reacted or events[i - 1].name != ANCHOR_EVENT and events[i - 1].relation != REACTION:
                    # never two formulaic links in a row ("In reaction, ... In response, ...",
                    # "As a result, ... In reaction, ...", judged stacked in round 9); and
                    # "this" is the sentence before: after an event unrelated to the anchor
                    # the reaction is told plainly ("drops a glass of juice. Seeing this, the
                    # family drinks the wine" of the toast: neg10)
                    template = rel["Reaction To plain"]
                else:
                    # the anchor's own people are in the exchange it starts: "grabs her purse.
                    # After that, she pulls it back. Finally, the man pushes her"
                    exchange = [events[anchor_pos]] if events[i - 1].relation == REACTION else []
                    template = rel[self._reaction_lead(ev, [*exchange, *told])]
                    if template == rel["Reaction To seen"] and seen and rel.get("Reaction To seen, named") \
                            and events[anchor_pos] not in told and self._bystanders(events[i - 1], events[anchor_pos]):
                        # "this" is the sentence before, and where others than the anchor's
                        # people did it, it is not what one reacts to ("customers look at her
                        # in surprise. Seeing this, a cook picks up the broken plates",
                        # round18/q154): what was seen is named by its content ("Seeing the
                        # waitress drop the stack, a cook ..."); after the anchor's own people
                        # went on ("the drunk man fights him wildly. Seeing this, ...") "this"
                        # is the exchange the anchor started
                        template, lead = rel["Reaction To seen, named"], {"seen": seen}
                    said = template != rel["Reaction To plain"]
            # (not the cause the anchor will be told with: that is a sentence of its own)
            cause = i + 1 == anchor_pos and ev.relation in ("Causes", "Enables") and bases[i + 1]
            if more and more[i] and not slots and template in plain and size == 1 and not cause \
                    and not _ends_in_quote(clauses[i - 1]) and sentences[-1].endswith("."):
                joint = len(sentences[-1]) - 1
                sentences[-1] = f"{sentences[-1][:-1]} and {more[i]}."
                told, size = [events[i - 1], ev], 2
                in_sentence = [events[i - 1], ev]
                continue
            if more and more[i] and not slots and template in plain and size == 2 and joint is not None \
                    and not cause and not _ends_in_quote(clauses[i - 1]) and sentences[-1].endswith(".") \
                    and self._one_doer([*in_sentence, ev]) and _listable(sentences[-1][:-1], joint, more[i]):
                # one whose gender the clip does not say, doing a third thing in a row,
                # goes on in the same sentence, its subject said once, the three deeds a
                # list ("Then, the guard listens to footsteps, turns around quickly and
                # chases a thief down the hall"): "the guard" at the start of every
                # sentence was judged needless again and again (rounds 9 to 18;
                # round17/q158, round18/q161); three deeds to a sentence at most, and no
                # ", then" ("Then, the engineer ... and stares at it, then
                # slowly turns ... and tells her" judged a run-on, round19/q144)
                said = sentences[-1][:-1]
                sentences[-1] = f"{said[:joint]},{said[joint + len(' and'):]} and {more[i]}."
                told, size, joint = [*told, ev], 3, None
                in_sentence = [*in_sentence, ev]
                continue
            reacted = said or (story and template in (rel["Causes finite"], rel["Causes earlier"]))
            # who made the anchor happen took part in it ("turns the wheel, which makes the
            # sedan hit a pile of boxes"); one whose deed only came first did not
            # (told as the next step or not: "turns around, and a man grabs him")
            told = [events[i - 1], ev] if slots and (template == rel["Causes"] or events[i - 1].relation == "Causes") \
                else [ev]
            size = 2 if slots else 1
            in_sentence = [events[i - 1], ev] if slots else [ev]  # the events the sentence tells
            sentence = capitalise(fill(template, connective=conn, clause=clause, **slots, **lead))
            # the " and " a cause told with the anchor by its one doer is joined with
            joint = sentence.rfind(f" and {clause}") if isinstance(clause, _SameDoer) else None
            joint = None if joint is not None and joint < 0 else joint
            if sentence.endswith(('?".', '!".', '.".')):
                sentence = sentence[:-1]  # a quotation that ends the sentence keeps its own stop
            sentences.append(sentence)
        return " ".join(sentences)

    def _one_doer(self, events: list) -> bool:
        """Whether the events all have the same subject, told by the same noun phrase."""
        said = set()
        for ev in events:
            subject = self._plan(ev).subject
            if subject is None:
                return False
            said.add(ev.roles[subject].filler.strip().lower())
        return len(said) == 1

    def _bystanders(self, ev: Event, anchor: Event) -> bool:
        """Whether the subject of ``ev`` is someone the anchor does not tell of (by its
        words, or by a pronoun that may be one of them)."""
        subject = self._plan(ev).subject
        if subject is None:
            return False
        who = self._facts(ev.roles[subject])
        if who.about is None or who.mention is None:
            return False  # a pronoun: may be one of the anchor's people
        them = {m for r in anchor.roles if r.is_core for f in [self._facts(r)] for m in (f.mention, f.inner)}
        return who.mention not in them and not any(
            r.is_core and who.about.head in _noun_lemmas(self.analyse(r.filler)) for r in anchor.roles)

    def _reaction_lead(self, ev: Event, told: list) -> str:
        """How a reaction to the sentence before (``told``: its events) is led into, as
        English tells one (round 9 judged "In reaction, ..." unnatural eight times):
        "Hearing this, ..." after words said aloud; "Seeing this, ..." by one who watched
        what the sentence before told and took no part in it ("the robot climbs out of the
        crater. Seeing this, the farmer drops his pitchfork"); where the one reacting took
        part (was hugged, chased, had a hand held or a wound treated, or may have: a
        pronoun) or reacts by looking, the reaction is plain from the order of telling:
        the temporal connective ("she hugs him. Finally, he kisses her"). The relation
        template's name."""
        if told[-1].verb.lower() in self.g.lexicon.quiet_speech_verbs:
            return "Reaction To plain"
        if self._plan(told[-1]).speech or told[-1].verb.lower() in self.g.lexicon.speech_verbs:
            return "Reaction To heard"
        if ev.verb.lower().split()[0] in self.g.lexicon.looking_verbs:
            return "Reaction To plain"
        who = self._facts(ev.roles[self._plan(ev).subject]).about
        if who is None:
            return "Reaction To plain"
        forms = {w for word in self._referent_words(who, {}) for w in _PRONOUN_FORMS[word]}
        for before in told:
            subject = self._plan(before).subject
            theirs = {w for word in self._subject_words(before) for w in _PRONOUN_FORMS[word]}
            if subject is not None and forms & theirs and not self._facts(before.roles[subject]).about:
                # the doer before is a pronoun that may be the one reacting ("he puts the
                # letter in his pocket. Seeing this, he cries": neg10)
                return "Reaction To plain"
            for k, r in enumerate(before.roles):
                if not r.is_core:
                    continue
                f, p = self._facts(r), self.analyse(r.filler)
                them = f.about
                # "grabs her purse", "holds her hand": hers may be the one reacting; not
                # one the doer may own ("lifts a fish over his head")
                if any(t.text.lower() in forms and (t.tag == "PRP" or t.text.lower() not in theirs)
                       for t in p.tokens) and k != subject:
                    return "Reaction To plain"
                if them is not None and (them.key == who.key or them.head == who.head):
                    return "Reaction To plain"
                # a wound or a body part not the doer's own may be the one reacting's ("pours
                # whiskey on the wound"; not "lifts a fish over his head")
                own = any(t.tag == "PRP$" and t.text.lower() in theirs for t in p.tokens)
                if them is not None and not own and (them.head == "wound" or noun_supersense(them.head) == "noun.body"):
                    return "Reaction To plain"
        return "Reaction To seen"

    def _subject_words(self, ev: Event) -> frozenset:
        """What the subject of ``ev`` may be called (he, she, it, they), as far as its
        filler says."""
        subject = self._plan(ev).subject
        if subject is None:
            return frozenset()
        f = self._facts(ev.roles[subject])
        if f.about is not None:
            return self._referent_words(f.about, {})
        word = ev.roles[subject].filler.lower()
        return frozenset({word}) if word in _PRONOUN_FORMS else frozenset()

    def _has_agent_subject(self, ev: Event) -> bool:
        """Whether the subject of ``ev`` is its agent (Arg0), or one who takes a posture or
        acts for a purpose ("stands up abruptly to leave the room": "As a result, he stands
        up" judged stiff in round 10, q128): someone who does it, who can react; not the
        thing that falls or drops."""
        subject = self._plan(ev).subject
        if subject is None:
            return False
        return ev.roles[subject].type == "Arg0" or (
            ev.roles[subject].type == "Arg1" and self._facts(ev.roles[subject]).about is not None
            and (ev.verb.lower() in self.g.lexicon.posture_verbs or any(r.argm == "purpose" for r in ev.roles)))

    def _reacts_to_own_deed(self, ev: Event, before: Event) -> bool:
        """Whether the subject of ``ev`` is the agent (Arg0) of the event told before it,
        or its subject where that event has no relation to the anchor (what one does of
        one's own accord, agent or not: "he stands up embarrassedly. In reaction, he throws
        his hat", judged illogical; what befell one in reaction is still reacted to: "she
        falls. In reaction, she shouts"), as written (a pronoun filler: unknown)."""
        mine = self._plan(ev).subject
        if mine is None:
            return False
        who = _mention(ev.roles[mine])
        agent = next((r for r in before.roles if r.type == "Arg0"), None)
        theirs = self._plan(before).subject
        if before.relation == "NoRel" and theirs is not None:
            agent = agent or before.roles[theirs]
        if agent is None:
            return False
        return who is not None and who == _mention(agent)

    def clip_summary(self, events: list[Event], budget: int = SUMMARY_TOKENS - SUMMARY_MARGIN) -> str:
        """The clip told in the fewest words that keep who does what to whom: each event
        without its manners, directions and places, later mentions definite or a pronoun,
        as in the paragraph. Events are dropped from the end (never the anchor event)
        until the text fits ``budget`` tokens of CLIP's tokenizer, as estimated by
        ``clip_tokens`` (a test checks the result with open_clip's tokenizer)."""
        told = self._story(events, core_only=True)
        kept = list(range(len(events)))
        while True:
            text = " ".join(capitalise(told[i][0]) + "." for i in kept)  # one sentence each
            droppable = [i for i in kept if events[i].name != ANCHOR_EVENT]
            if clip_tokens(text) <= budget or len(kept) == 1 or not droppable:
                return text
            kept.remove(droppable[-1])

    def _inner_entity(self, role) -> str | None:
        """The entity a prepositional filler of a place, a direction, a goal or a core role
        names ("towards a man in blue jacket" -> "man in blue jacket", "beside the queen" ->
        "queen"), as a mention; None for other roles and fillers."""
        if role.argm not in (None, "direction", "goal", "location"):
            return None
        p = self.analyse(role.filler)
        if p.kind != "pp" and role.argm not in ("direction", "goal"):
            return None  # a place or core noun phrase is a mention of its own
        start = _entity_start(p)
        if start is None:
            return None
        words = "".join(t.text + t.ws for t in p.tokens[start:]).strip().lower().split()
        return " ".join(words[1:] if words[0] in ("a", "an", "the") else words) or None

    def figclip_parts(self, event: Event, phrases: dict | None = None) -> tuple[str, str]:
        """(caption, clause) in the figclip style; its prompt names fillers verbatim, so
        token-level ``phrases`` do not reach it."""
        fig = self.figclip(event)
        return fig, fig[:-1] if fig.endswith(".") else fig

    def natural_parts(self, event: Event, phrases: dict | None = None) -> tuple[str, str]:
        """(caption, clause) in the natural style."""
        told = self._standalone(event, phrases)
        if phrases and told is not event:
            # a filler the sentence of its own says otherwise ("he" as "a man", neg14) is
            # told as said there, not as the negative's edited phrase of the old words
            changed = {a.type for a, b in zip(event.roles, told.roles) if a.filler != b.filler}
            phrases = {t: p for t, p in phrases.items() if t not in changed}
        # a look's direction towards a thing is not stacked on whom it looks at, as in a
        # story (_look_goal): "looks at a woman in a sparkly dress in a hotel lobby", not
        # "... at a woman in a sparkly dress towards the door of a hotel lobby" (round18/q146)
        omit = self._look_goal(told, [self._facts(r) for r in told.roles])
        nat = tidy_punctuation(self.natural_clause(told, phrases, omit=omit, standalone=True))
        # a quotation or an abbreviation that ends the sentence keeps its own stop ("Co.");
        # a question PropBank's sentence asked ends with its own mark
        stop = "?" if _WH_OPENING.match(nat) and self._asks(nat) else "."
        return capitalise(nat) + ("" if nat.endswith(('."', '?"', '!"', ".")) else stop), nat

    def _asks(self, clause: str) -> bool:
        """Whether a clause that opens with "what" or "which" asks: the wh-word is the
        determiner of its subject noun ("What comedienne upstages Eisenhower's first
        inauguration ...?", round18/q175); not a free relative that is the subject ("What
        he said upsets her.", "What remains is sold."). ("Whose addresses change", "who
        ..." are PropBank's relative clauses cut from their noun, no questions.)"""
        toks = self.analyse(clause).tokens
        return len(toks) > 1 and toks[0].tag in ("WP", "WDT") and toks[1].tag in ("NN", "NNS")

    def event_parts(self, event: Event, phrases: dict | None = None) -> tuple[dict[str, str], dict[str, str]]:
        """(captions, clauses) of one event in every style of the schema, each made by the
        realiser's ``<style>_parts`` method; a clause is what a clip caption is made of.
        ``phrases`` as for :meth:`natural_clause`."""
        captions, clauses = {}, {}
        for style in STYLES:
            captions[style], clauses[style] = getattr(self, f"{style}_parts")(event, phrases)
        return captions, clauses

    def realise_event(self, event: Event, phrases: dict | None = None) -> dict[str, str]:
        """Every style of one event; ``phrases`` as for :meth:`natural_clause`."""
        return self.event_parts(event, phrases)[0]

    def realise_clip(self, events: list[Event], known: dict | None = None) -> dict[str, str]:
        """The clip in every style: the natural story (``natural_paragraph``), and the
        other styles' event clauses joined the same way. ``known``: Event -> its clauses,
        for events already realised (a clip's negatives reorder or relabel the events of
        its positive)."""
        known = known or {}
        out = {}
        for style in STYLES:
            if style == "natural":
                out[style] = self.natural_paragraph(events)
            else:
                clauses = [(known.get(ev) or self.event_parts(ev)[1])[style] for ev in events]
                out[style] = self.clip_caption(events, clauses)
        return out
