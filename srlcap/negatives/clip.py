"""Clip-level negatives: events told in another order, or an event relation changed."""
from __future__ import annotations

import re
from dataclasses import replace

from srlcap.entities import ACTORS, MOTION, noun_category, noun_class, verb_field
from srlcap.frames import ANCHOR_EVENT, REACTION, RELATIONS
from srlcap.negatives.base import THIRD_PERSON, entity_head, generator, refers_back

#: relations a flip may not go to from each relation: a weaker claim stays true
#: ("causes" -> "enables"), and NoRel only deletes a clause
_TOO_CLOSE = {"Causes": {"Enables"}}


@generator
def event_order(ctx, clip, rng):
    """the order of two events

    Two events on the same side of the anchor (VidSitu's Ev3) are told in the other order;
    each keeps its relation to the anchor, and the relation clauses are said anew for the
    new order. The anchor never moves, and no cause or reaction crosses it, so the story
    stays coherent and only the order is wrong. Two events that handle one thing ("grabs
    a handful of flour", "throws the handful") keep their order: the other order is not
    a scene that could be filmed."""
    events = list(clip.events)
    n = len(events)
    anchor = next((k for k, ev in enumerate(events) if ev.name == ANCHOR_EVENT), None)

    def same_side(i, j):
        return anchor is None or (i != anchor and j != anchor and (i < anchor) == (j < anchor))

    pairs = [(i, i + 1) for i in range(n - 1) if same_side(i, i + 1)]
    rng.shuffle(pairs)
    pairs += [(i, j) for i in range(n) for j in range(i + 2, n) if same_side(i, j)]
    told = None  # the story's sentences in the true order, told once when first asked
    for i, j in pairs:
        if _share_a_thing(ctx, events[i], events[j]) or _moves_one_of(ctx, events[i], events[j]):
            continue
        if events[i].relation == events[j].relation == REACTION and _agent(events[i]) != _agent(events[j]):
            continue  # two people reacting to one event may react at once: "a referee kneels", "a crowd cheers" (neg8)
        order = events[:]
        order[i], order[j] = order[j], order[i]
        if _pronoun_first(ctx, order):
            continue  # "First, her shoe falls off her foot. Then, a woman ...": her who?
        if told is None:
            told = _sentences(ctx, events)
        if not _told_apart(told, _sentences(ctx, order)):
            continue
        yield order, f"{events[i].name} <-> {events[j].name}"


def _sentences(ctx, events) -> list[str]:
    """The sentences of the story the events tell, in the natural style (its paragraph
    alone: the other styles' captions, which realise_clip makes too, are not read)."""
    return _SENTENCE_END.split(ctx.realiser.natural_paragraph(events))


def _told_apart(old: list[str], new: list[str]) -> bool:
    """Whether the new order changes more than one sentence of the story: two events
    told in one ("turns off the light and puts a blanket on him") are joined by "and",
    which fixes no order, so telling them the other way round is still true (neg11,
    neg12)."""
    return len(old) != len(new) or sum(a != b for a, b in zip(old, new)) > 1


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"])")


#: a reflexive points within its own clause ("pulls herself along"), not back
_POINTING = THIRD_PERSON - {"himself", "herself", "themselves"}


def _pronoun_first(ctx, events) -> bool:
    """Whether the first event told points with a pronoun at someone no event has named
    yet (the annotators wrote it after the event that names her)."""
    return refers_back(ctx, events[0], (), _POINTING)


def _share_a_thing(ctx, a, b) -> bool:
    """Whether a thing that one event acts on or moves to (a core role other than the
    agent, a direction or goal: "the handful", "into the tent") is named anywhere in the
    other, its scene included: their order is then usually forced ("throws the handful"
    before "grabs a handful of flour"; "works at the desk in the office" before "enters
    the office"), and so is a thing both act on or move to, named by two nouns of one
    WordNet category ("a convertible", "the car"). People and animals take part in
    several events in any order."""
    overrides = ctx.grammar.lexicon.noun_classes

    def things(ev, moved_only: bool) -> set:
        return {t.lemma for r in ev.roles
                if not moved_only or (r.is_core and r.type != "Arg0") or r.argm in ("direction", "goal")
                for t in ctx.analyse(r.filler).tokens
                if t.pos in ("NOUN", "PROPN") and noun_class(t.lemma, overrides) not in ACTORS}
    moved_a, moved_b = things(a, True), things(b, True)
    if moved_a & things(b, False) or moved_b & things(a, False):
        return True
    # one thing named by two nouns of one kind: "pulls over a convertible", "pours
    # gasoline into the car" (WordNet categories: both vehicles)
    kinds = [{noun_category(w) for w in moved} - {None} for moved in (moved_a, moved_b)]
    return bool(kinds[0] & kinds[1])


def _moves_one_of(ctx, a, b) -> bool:
    """Whether one event is a motion (its verb's first WordNet field: verb.motion) of
    someone or something the other takes part in: the motion changes where they are,
    which the other needs ("runs towards the payphone" before "picks up the receiver",
    "drives onto the highway" before "hands cash to the attendant", "climbs out of the
    car" before "runs away", a goat carried before it "runs to its mother": neg8). A
    pronoun of people may be any person of the clip."""
    if MOTION not in (verb_field(a.verb), verb_field(b.verb)):
        return False
    pa, pb = _participants(ctx, a), _participants(ctx, b)
    if pa & pb:
        return True
    overrides = ctx.grammar.lexicon.noun_classes
    pronoun = [bool(p & _PEOPLE_PRONOUNS) for p in (pa, pb)]
    person = [any(noun_class(w, overrides) == "person" for w in p - _PEOPLE_PRONOUNS) for p in (pa, pb)]
    return pronoun[0] and (person[1] or pronoun[1]) or pronoun[1] and person[0]


_PEOPLE_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them"})


def _participants(ctx, ev) -> set:
    """The head nouns (or pronouns) of an event's core roles."""
    return {entity_head(ctx.analyse(r.filler)).lower() for r in ev.roles if r.is_core} - {""}


def _agent(ev) -> str | None:
    """The filler of an event's agent (Arg0), or of its subject (Arg1) without one."""
    role = ev.role("Arg0") or ev.role("Arg1")
    return role.filler.lower() if role else None


@generator
def relation_flip(ctx, clip, rng):
    """one event's relation to Ev3

    One event's relation to the third event (Causes, Reaction To, Enables) is changed to
    one seen at that event's position, drawn from how often each relation occurs there;
    never to NoRel (that only deletes a clause, which stays true) and never from Causes
    to Enables (a weaker claim, still true).

    Balanced so that a blind text model cannot prefer the more typical relation: the new
    relation is drawn from how often each relation occurs at that event position, and the
    event to change is drawn with weight 1 - p(its relation | position), which makes
    "positive says a, negative says b" as likely as the reverse."""
    def dist(ev):
        seen = ctx.relations.get(ev.name, {})
        if len(seen) < 2:  # a small dataset: every relation VidSitu knows, equally likely
            seen = dict.fromkeys(RELATIONS, 1)
        return seen

    related = [k for k, ev in enumerate(clip.events) if ev.relation]
    weights = {}
    for k in related:
        d = dist(clip.events[k])
        weights[k] = 1.0 - d.get(clip.events[k].relation, 0) / sum(d.values())
    # weighted order without replacement (Efraimidis-Spirakis keys)
    order = sorted(related, key=lambda k: -(rng.random() ** (1.0 / weights[k])) if weights[k] > 0 else 1.0)
    for k in order:
        ev = clip.events[k]
        d = {r: c for r, c in dist(ev).items()
             if r not in (ev.relation, "NoRel") and r not in _TOO_CLOSE.get(ev.relation, ())}
        names = sorted(d)
        if not names:
            continue
        new = rng.choices(names, weights=[d[r] for r in names])[0]
        events = list(clip.events)
        events[k] = replace(ev, relation=new)
        yield events, f"{ev.name}: {ev.relation} -> {new}"
