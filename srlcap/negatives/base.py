"""What every negative generator shares: the candidate it proposes and the dataset
context it draws evidence from."""
from __future__ import annotations

import inspect
from collections import defaultdict
from dataclasses import dataclass, field

from srlcap.frames import Event, Role
from srlcap.rolenames import leading_preposition

NOUNISH = ("np", "pron")

#: kind -> generator function, filled by :func:`generator` as the generator modules load.
GENERATORS: dict = {}


def generator(func):
    """Register ``func`` as the generator of the negative kind of the same name (one of
    ``srlcap.schema.NEGATIVE_KINDS``). Its docstring is the kind's description: the first
    line in ``srlcap build --help`` and the docs' table, the first paragraph after it in
    docs/negatives.md."""
    GENERATORS[func.__name__] = func
    return func


def describe(kind: str) -> tuple[str, str]:
    """(one line, paragraph) describing a kind, from its generator's docstring."""
    doc = inspect.getdoc(GENERATORS[kind]) or ""
    parts = [" ".join(p.split()) for p in doc.split("\n\n")]
    return parts[0], (parts[1] if len(parts) > 1 else "")


@dataclass
class Candidate:
    event: Event  # the changed frame (fillers, verb and role names as the negative says them)
    detail: str  # what changed, for people: "Arg0 <-> Arg1"
    phrases: dict = field(default_factory=dict)  # role type -> edited Phrase (token-level edits)


def noun_key(p, i: int) -> str:
    """The key of the noun attribute ``i`` describes, in :attr:`Context.attribute_fit`."""
    return "noun:" + p.tokens[p.tokens[i].head].lemma.lower()


@dataclass
class Context:
    grammar: object
    realiser: object
    analyse: object  # filler -> Phrase
    verbs: object  # VerbLexicon
    argm_fillers: dict  # ArgM kind -> sorted fillers seen in the dataset
    relations: dict = field(default_factory=dict)  # event name -> {relation: count}
    attribute_counts: dict = field(default_factory=dict)  # attribute class -> {word: count}
    memo: dict = field(default_factory=dict)  # per-build caches of the generators
    attribute_fit: dict = field(default_factory=dict)  # attribute word -> classes of the nouns it was seen with
    verb_events: dict = field(default_factory=dict)  # verb id -> the dataset's events of that verb
    agents: frozenset = frozenset()  # entities (Phrase.entity_text) seen as some event's Arg0
    agent_heads: frozenset = frozenset()  # their head lemmas (:func:`entity_head`)

    @staticmethod
    def collect_agents(clips, analyse) -> tuple[frozenset, frozenset]:
        """The entities the data shows acting, and their head nouns: the evidence that
        one can take an agent's slot (`srlcap.negatives.roles`)."""
        phrases = [analyse(r.filler) for clip in clips for ev in clip.events for r in ev.roles if r.type == "Arg0"]
        return frozenset(p.entity_text() for p in phrases) - {None}, frozenset(map(entity_head, phrases)) - {""}

    @staticmethod
    def collect_verb_events(clips) -> dict:
        out: dict = defaultdict(list)
        for clip in clips:
            for ev in clip.events:
                out[ev.verb_id].append(ev)
        return dict(out)

    @staticmethod
    def collect_attribute_fit(clips, analyse) -> dict:
        """Which kinds of thing each attribute word describes in the data ("teenage" ->
        person), and which nouns (:func:`noun_key`): a replacement is drawn only where
        the data has seen it ("a teenage barn" is told false by text alone)."""
        out: dict = defaultdict(set)
        for clip in clips:
            for ev in clip.events:
                for r in ev.roles:
                    p = analyse(r.filler)
                    for i, _ in p.attributes:
                        out[p.tokens[i].text.lower()] |= {attribute_noun_class(p, i), noun_key(p, i)}
        return {w: frozenset(c) for w, c in sorted(out.items())}

    @staticmethod
    def collect_attributes(clips, analyse) -> dict:
        out: dict = defaultdict(lambda: defaultdict(int))
        for clip in clips:
            for ev in clip.events:
                for r in ev.roles:
                    p = analyse(r.filler)
                    for i, cls in p.attributes:
                        out[cls][p.tokens[i].text] += 1
        return {k: dict(sorted(v.items())) for k, v in out.items()}

    @staticmethod
    def collect_relations(clips) -> dict:
        out: dict = defaultdict(lambda: defaultdict(int))
        for clip in clips:
            for ev in clip.events:
                if ev.relation:
                    out[ev.name][ev.relation] += 1
        return {k: dict(v) for k, v in out.items()}

    @staticmethod
    def collect_argm_fillers(clips) -> dict:
        seen = defaultdict(set)
        for clip in clips:
            for ev in clip.events:
                for r in ev.roles:
                    if r.argm:
                        seen[r.argm].add(r.filler)
        return {k: sorted(v) for k, v in seen.items()}

    def nounish(self, role: Role) -> bool:
        return self.nounish_text(role.filler)

    def nounish_text(self, filler: str) -> bool:
        return self.analyse(filler).kind in NOUNISH


def with_fillers(event: Event, fillers: dict) -> Event:
    """The event with some role fillers (by role type) replaced."""
    return event.with_roles(
        Role(r.key, r.type, r.name, fillers[r.type], r.entity) if r.type in fillers else r for r in event.roles
    )


def clip_fillers(clip, role_type: str | None = None, verb_id: str | None = None, exclude: Event | None = None) -> set:
    """Fillers (lower-cased) in a clip, optionally only of one role type and verb."""
    out = set()
    for ev in clip.events:
        if ev is exclude or (verb_id and ev.verb_id != verb_id):
            continue
        for r in ev.roles:
            if role_type is None or r.type == role_type:
                out.add(r.filler.lower())
    return out


def put_entity(ctx, host: Role, donor: Role):
    """The host role's filler with its entity replaced by the donor's entity
    ("from a countertop" + "one of the friends" -> "from one of the friends").

    Returns (text, Phrase), or None when either filler names no entity."""
    hp, dp = ctx.analyse(host.filler), ctx.analyse(donor.filler)
    hs, ds = hp.entity_span(), dp.entity_span()
    if hs is None or ds is None:
        return None
    new = hp.splice(hs[0], hs[1], dp, ds[0], ds[1])
    return new.text, new


def partners(ctx, event, a: Role, b: Role) -> bool:
    """Whether one of the two is the agent and the other is said after "with": a person
    there is a partner, not an instrument, and one who does something with another is
    done with by them ("Steven schemes with him", "he schemes with Steven"), so the two
    exchanged, or their attributes, say the same ("Big companies ally with small
    corporations")."""
    for agent, other in ((a, b), (b, a)):
        if agent.type == "Arg0" and "with" in (leading_preposition(other.filler),
                                               ctx.realiser.role_preposition(event, other.type)):
            return True
    return False


def in_compound(phrase, i: int) -> bool:
    """Whether token ``i`` is part of a hyphenated word ("start-up", "sterno-costal"):
    changing it alone makes a non-word ("start-down")."""
    return any(0 <= j < len(phrase.tokens) and phrase.tokens[j].text == "-" for j in (i - 1, i + 1))


def under_a_verb(phrase, i: int) -> bool:
    """Whether token ``i`` belongs to a clause inside the phrase: a verb above it (not
    itself) governs it there ("the pathway leading up the mountainside", "so forcefully
    that his eyes narrowed into tiny slits"). What such a word says follows from that
    clause's own verb, so changing it says nothing against the event (the path is the
    same either way: neg5, neg9; the slits are the narrowing's: neg16/n128)."""
    toks, j, seen = phrase.tokens, i, {i}
    while 0 <= toks[j].head < len(toks) and toks[j].head not in seen:
        j = toks[j].head
        seen.add(j)
        if toks[j].pos in ("VERB", "AUX"):
            return True
    return False


THIRD_PERSON = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their", "himself", "herself",
                          "themselves"})


def refers_back(ctx, event, moved, pronouns=THIRD_PERSON) -> bool:
    """Whether a role of the event other than ``moved`` holds a pronoun that may refer to
    a moved entity ("asks a man if she would dance", "holds the doors with his arm"):
    after the change it points the wrong way."""
    return any(t.text.lower() in pronouns for r in event.roles if r not in moved
               for t in ctx.analyse(r.filler).tokens)


def entity_head(p) -> str:
    """The lemma an entity is named by ("two men", "a man in a camel coat" -> man)."""
    span = p.entity_span()
    if span is None:
        return ""
    inside = [i for i in range(*span) if p.tokens[i].pos in ("NOUN", "PROPN", "PRON")]
    head = p.root if span[0] <= p.root < span[1] else (inside[0] if inside else span[0])
    return p.tokens[head].lemma


def entity_text(ctx, role: Role) -> str | None:
    """The words naming the role's entity, or None: also for a gerund ("flaking on
    me", a bare "missing" that spaCy tags a noun), which names an action or a state
    that cannot take another role's place. Kept per filler (``ctx.memo``): the
    generators ask it of the same roles again and again."""
    memo = getattr(ctx, "memo", None)
    if memo is None:  # (a bare context: nowhere to keep it)
        return _entity_text(ctx, role)
    key = ("entity_text", role.filler, getattr(ctx.analyse, "written", False))
    if key in memo:
        return memo[key]
    text = memo[key] = _entity_text(ctx, role)
    return text


def _entity_text(ctx, role: Role) -> str | None:
    from srlcap.morphology import is_gerund

    p = ctx.analyse(role.filler)
    span = p.entity_span()
    if span is not None:
        head = p.tokens[p.span_head(*span)]
        if head.tag.startswith("VB") or span[1] - span[0] == 1 and head.text.islower() and is_gerund(head.text):
            return None
    return p.entity_text()


def attribute_noun_class(p, i: int) -> str:
    """What kind of noun the attribute at token ``i`` describes ("black" in "man in black
    suit" -> the suit, a thing): animate, place, food or thing. Coarse on purpose:
    WordNet's first sense of a noun is often not the one a video means (a "suit" is a
    lawsuit); but a food's is ("beans", "bread"), and foods take colours of their own
    ("tender silver beans" from "the silver fork" is not a scene)."""
    from srlcap.entities import attribute_group, noun_supersense

    noun = described_noun(p, i)
    if noun.pos == "NOUN" and (noun_supersense(noun.lemma) or noun_supersense(noun.text)) in _FOOD:
        return "food"
    return attribute_group(described_noun_class(p, i))


_FOOD = frozenset({"noun.food", "noun.plant"})


def described_noun(p, i: int):
    """The noun token ``i`` describes: its head, or for an attribute inside a compound,
    the compound's head ("black leather jacket")."""
    tok = p.tokens[i]
    noun = p.tokens[tok.head] if tok.head != i else tok
    j = tok.head
    while p.tokens[j].dep == "compound" and p.tokens[j].head != j:
        j = p.tokens[j].head
        noun = p.tokens[j]
    return noun


def described_noun_class(p, i: int) -> str | None:
    """The entity class (srlcap.entities) of the noun that token ``i`` describes."""
    from srlcap.entities import noun_class

    noun = described_noun(p, i)
    if noun.tag in ("NNP", "NNPS") or noun.pos == "PRON":
        return "person"
    return noun_class(noun.lemma) or noun_class(noun.text.lower())
