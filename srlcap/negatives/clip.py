"""Clip-level negatives: events told in another order, or an event relation changed."""
from __future__ import annotations

from dataclasses import replace

# Reversal where there is one (cause <-> reaction), else the relation it is most often
# confused with.
FLIPS = {"Causes": "Reaction To", "Reaction To": "Causes", "Enables": "Reaction To", "NoRel": "Causes"}


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
    related = [k for k, ev in enumerate(clip.events) if ev.relation in FLIPS]
    rng.shuffle(related)
    for k in related:
        ev = clip.events[k]
        new = FLIPS[ev.relation]
        events = list(clip.events)
        events[k] = replace(ev, relation=new)
        yield events, f"{ev.name}: {ev.relation} -> {new}"
