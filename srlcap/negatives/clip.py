"""Clip-level negatives: events told in another order, or an event relation changed."""
from __future__ import annotations

from dataclasses import replace

from srlcap.frames import RELATIONS

def event_order(ctx, clip, rng):
    events = list(clip.events)
    n = len(events)
    pairs = [(i, i + 1) for i in range(n - 1)]
    rng.shuffle(pairs)
    pairs += [(i, j) for i in range(n) for j in range(i + 2, n)]
    for i, j in pairs:
        order = events[:]
        order[i], order[j] = order[j], order[i]
        yield order, f"{events[i].name} <-> {events[j].name}"


def relation_flip(ctx, clip, rng):
    """Change one event's relation to Ev3. The new relation is drawn from how often each
    relation occurs at that event position in the dataset, so negatives do not overuse
    one phrase (a blind text model would learn it)."""
    related = [k for k, ev in enumerate(clip.events) if ev.relation]
    rng.shuffle(related)
    for k in related:
        ev = clip.events[k]
        dist = {r: c for r, c in ctx.relations.get(ev.name, {}).items() if r != ev.relation}
        if not dist:  # a small dataset: every relation VidSitu knows, equally likely
            dist = {r: 1 for r in RELATIONS if r != ev.relation}
        names = sorted(dist)
        new = rng.choices(names, weights=[dist[r] for r in names])[0]
        events = list(clip.events)
        events[k] = replace(ev, relation=new)
        yield events, f"{ev.name}: {ev.relation} -> {new}"
