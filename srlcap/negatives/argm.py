"""ArgM replacement: manner, direction, location, goal, purpose or scene changed to a
plausible alternative. Opposites first, for every ArgM of the frame (slowly/quickly,
left/right, up/down), then fillers of the same kind seen in the dataset, then the
grammar's lexicon."""
from __future__ import annotations

from srlcap.negatives.base import Candidate, with_fillers


def argm_replace(ctx, clip, event, rng):
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
            if opp and " " not in opp and (tok.pos != "ADP" or tok.text.lower() in _DIRECTIONS):
                edited = phrase.with_token(i, opp)
                yield Candidate(with_fillers(event, {role.type: edited.text}), f"{role.type}: {tok.text} -> {opp}",
                                {role.type: edited})
    for role in roles:
        phrase = ctx.analyse(role.filler)
        # keep a candidate out if the clip says it elsewhere: that may be true here too
        in_clip = {r.filler.lower() for ev in clip.events for r in ev.roles if r.argm == role.argm}
        seen = [f for f in ctx.argm_fillers.get(role.argm, ()) if f.lower() not in in_clip]
        lexicon = [f for f in ctx.grammar.lexicon.argm_alternatives.get(role.argm, ()) if f.lower() not in in_clip]
        for pool in (seen, lexicon):
            for _ in range(min(6, len(pool))):
                alt = pool[rng.randrange(len(pool))]
                if not _same_shape(phrase.kind, ctx.analyse(alt).kind):
                    continue  # keep the grammatical shape: an adverb for an adverb
                yield Candidate(with_fillers(event, {role.type: alt}), f"{role.type}: {role.filler!r} -> {alt!r}")


_DIRECTIONS = {"up", "down"}


def _same_shape(a: str, b: str) -> bool:
    return a == b or {a, b} <= {"np", "pp"}
