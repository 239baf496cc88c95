"""Clip-level negatives: events told in another order, or an event relation changed."""
from __future__ import annotations

from dataclasses import replace

from srlcap.frames import RELATIONS
from srlcap.negatives.base import generator

@generator
def event_order(ctx, clip, rng):
    """the order of two events

    Two events of the clip are told in the other order; each sentence keeps its words, so
    only the order is wrong."""
    events = list(clip.events)
    n = len(events)
    pairs = [(i, i + 1) for i in range(n - 1)]
    rng.shuffle(pairs)
    pairs += [(i, j) for i in range(n) for j in range(i + 2, n)]
    for i, j in pairs:
        order = events[:]
        order[i], order[j] = order[j], order[i]
        yield order, f"{events[i].name} <-> {events[j].name}"


@generator
def relation_flip(ctx, clip, rng):
    """one event's relation to Ev3

    One event's relation to the third event (Causes, Reaction To, Enables) is changed,
    drawn from how often each relation occurs.

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
        d = {r: c for r, c in dist(ev).items() if r != ev.relation}
        names = sorted(d)
        new = rng.choices(names, weights=[d[r] for r in names])[0]
        events = list(clip.events)
        events[k] = replace(ev, relation=new)
        yield events, f"{ev.name}: {ev.relation} -> {new}"
