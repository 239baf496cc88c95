"""ArgM replacement: manner, direction, location, goal, purpose or scene changed to a
plausible alternative. Opposites first, for every ArgM of the frame (slowly/quickly,
left/right, up/down), then fillers of the same kind seen in the dataset, then the
grammar's lexicon."""
from __future__ import annotations

from srlcap.negatives.base import Candidate, generator, with_fillers


@generator
def argm_replace(ctx, clip, event, rng):
    """a manner, direction, location, goal, purpose or scene

    A manner, direction, location, goal, purpose or scene is replaced by a plausible
    alternative: its opposite when the grammar lists one (slowly/quickly, up/down; not
    up/down a road, `[lexicon] path_nouns`), else a filler of the same kind seen in the
    dataset, else `[lexicon.argm_alternatives]`. A location or scene is replaced only by
    one seen with the same verb in the dataset, so the place fits what happens there."""
    roles = [r for r in event.roles if r.argm]
    rng.shuffle(roles)
    opposites = ctx.grammar.lexicon.opposites
    for role in roles:
        phrase = ctx.analyse(role.filler)
        # token-level opposite: "up the stairs" -> "down the stairs"
        for i, tok in enumerate(phrase.tokens):
            opp = opposites.get(tok.text.lower())
            # prepositions have no clean opposite ("in Baltimore" -> "out Baltimore"),
            # except the plain directions ("up the stairs" -> "down the stairs")
            if opp and " " not in opp and (tok.pos != "ADP" or tok.text.lower() in _DIRECTIONS) \
                    and not _along(ctx, phrase, i):
                edited = phrase.with_token(i, opp)
                yield Candidate(with_fillers(event, {role.type: edited.text}), f"{role.type}: {tok.text} -> {opp}",
                                {role.type: edited})
    for role in roles:
        phrase = ctx.analyse(role.filler)
        # keep a candidate out if the clip says it elsewhere: that may be true here too
        in_clip = {r.filler.lower() for ev in clip.events for r in ev.roles if r.argm == role.argm}
        if role.argm in _SETTINGS:
            # a place must fit what happens there: only places seen with this verb in the
            # data ("throws a rope across the river inside the police car" otherwise)
            key = ("verb places", event.verb_id, role.argm)
            if key not in ctx.memo:
                ctx.memo[key] = sorted({r.filler for ev in ctx.verb_events.get(event.verb_id, ())
                                        for r in ev.roles if r.argm == role.argm})
            pools = ([f for f in ctx.memo[key] if f.lower() not in in_clip],)
        else:
            pools = (_without(ctx, ("dataset", role.argm), ctx.argm_fillers.get(role.argm, ()), in_clip),
                     _without(ctx, ("lexicon", role.argm), ctx.grammar.lexicon.argm_alternatives.get(role.argm, ()),
                              in_clip))
        for pool in pools:
            for _ in range(min(6, len(pool))):
                alt = pool[rng.randrange(len(pool))]
                if not _same_shape(phrase.kind, ctx.analyse(alt).kind):
                    continue  # keep the grammatical shape: an adverb for an adverb
                yield Candidate(with_fillers(event, {role.type: alt}), f"{role.type}: {role.filler!r} -> {alt!r}")


_DIRECTIONS = {"up", "down"}
_SETTINGS = {"location", "scene"}


def _along(ctx, phrase, i: int) -> bool:
    """"up"/"down" before a path ("down the highway"): both mean along it."""
    if phrase.tokens[i].text.lower() not in _DIRECTIONS:
        return False
    nouns = [t for t in phrase.tokens[i + 1:] if t.pos == "NOUN"]
    return bool(nouns) and nouns[0].lemma in ctx.grammar.lexicon.path_nouns


def _without(ctx, name: tuple, pool, excluded: set) -> list:
    """``pool`` (fillers) less those whose lower case is in ``excluded``, in order.
    A dataset's pool is long and a clip's exclusions few: find them through an index
    of the pool (built once per build) and cut them out, rather than test every filler."""
    key = ("argm_positions", *name)
    where = ctx.memo.get(key)
    if where is None:
        where = ctx.memo[key] = {}
        for i, f in enumerate(pool):
            where.setdefault(f.lower(), []).append(i)
    out, last = [], 0
    for i in sorted(i for f in excluded for i in where.get(f, ())):
        out.extend(pool[last:i])
        last = i + 1
    out.extend(pool[last:])
    return out


def _same_shape(a: str, b: str) -> bool:
    return a == b or {a, b} <= {"np", "pp"}
