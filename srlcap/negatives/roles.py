"""Negatives that move arguments: role swap and entity replacement.

Both work on entities, not whole fillers: in "sweeps broken dishes from a countertop"
the entity of Arg2 is "a countertop", so a swap with Arg1 keeps each role's own
preposition ("sweeps a countertop from broken dishes")."""
from __future__ import annotations

from itertools import combinations

from srlcap.negatives.base import Candidate, clip_fillers, entity_text, generator, put_entity, with_fillers


@generator
def role_swap(ctx, clip, event, rng):
    """two core roles exchange their entities

    The entities of two core roles are exchanged: the same words, but who does what to
    whom is reversed. Each role keeps its own preposition. Symmetric predicates (meet, hug,
    talk with; `[symmetric]` in the grammar) get no role swap, and neither do two identical
    fillers.

    Arg0/Arg1 first, then other core pairs. A swap that another event of the clip makes
    true is skipped."""
    if ctx.grammar.is_symmetric(event.verb, event.verb_id):
        return
    core = [r for r in event.roles if r.is_core and entity_text(ctx, r) is not None]
    pairs = [(a, b) for a, b in combinations(core, 2) if entity_text(ctx, a) != entity_text(ctx, b)]
    first = [p for p in pairs if {p[0].type, p[1].type} == {"Arg0", "Arg1"}]
    rest = [p for p in pairs if p not in first]
    rng.shuffle(rest)
    for a, b in first + rest:
        (ta, pa), (tb, pb) = put_entity(ctx, a, b), put_entity(ctx, b, a)
        if _true_elsewhere(clip, event, {a.type: ta, b.type: tb}):
            continue
        yield Candidate(with_fillers(event, {a.type: ta, b.type: tb}), f"{a.type} <-> {b.type}", {a.type: pa, b.type: pb})


@generator
def entity_replace(ctx, clip, event, rng):
    """an argument, by another entity of the clip

    One argument's entity is replaced by another entity of the same clip that is not in
    this event, so the replacement is plausible in the scene but wrong for this event."""
    here = {entity_text(ctx, r) for r in event.roles}
    donors = [r for ent, r in _clip_entities(ctx, clip) if ent not in here]
    targets = [r for r in event.roles if r.is_core and entity_text(ctx, r) is not None]
    rng.shuffle(targets)
    rng.shuffle(donors)
    for role in targets:
        true_here = None  # fillers of this role and verb elsewhere in the clip, when first needed
        # an entity seen in the same role type first (an agent for an agent), so the
        # replacement is as plausible as the original
        for donor in sorted(donors, key=lambda d: d.type != role.type):
            text, phrase = put_entity(ctx, role, donor)
            if true_here is None:
                true_here = clip_fillers(clip, role.type, event.verb_id, exclude=event)
            if text.lower() in true_here:
                continue  # that entity really fills this role of this verb in the clip
            yield Candidate(with_fillers(event, {role.type: text}), f"{role.type}: {role.filler!r} -> {text!r}", {role.type: phrase})


def _clip_entities(ctx, clip) -> list:
    """(entity, first core role that names it) for each entity of the clip, in order.
    Every event of a clip asks in turn, so the last clip's answer is kept."""
    cached = ctx.memo.get("clip_entities")
    if cached is None or cached[0] is not clip:
        out, seen = [], set()
        for ev in clip.events:
            for r in ev.roles:
                ent = entity_text(ctx, r) if r.is_core else None
                if ent and ent not in seen:
                    seen.add(ent)
                    out.append((ent, r))
        cached = ctx.memo["clip_entities"] = (clip, out)
    return cached[1]


def _true_elsewhere(clip, event, fillers: dict) -> bool:
    """Does another event of the clip, with the same verb, have exactly these fillers?"""
    for ev in clip.events:
        if ev is event or ev.verb_id != event.verb_id:
            continue
        if all((ev.role(t) is not None and ev.role(t).filler.lower() == f.lower()) for t, f in fillers.items()):
            return True
    return False
