"""Attribute negatives: "man in black suit ... woman in white dress" ->
"man in white suit ... woman in black dress" (swap), or one attribute replaced from
the grammar's lexicon (replace). Attributes come from the spaCy analysis of fillers
(adjectives, lexicon words such as colours); edits are token-level, so articles are
recomputed ("a red car" -> "an orange car")."""
from __future__ import annotations

from itertools import combinations

from srlcap.negatives.base import Candidate, clip_fillers, with_fillers


def _attributed_roles(ctx, event):
    out = []
    for r in event.roles:
        p = ctx.analyse(r.filler)
        if p.attributes:
            out.append((r, p))
    return out


def attribute_swap(ctx, clip, event, rng):
    roles = _attributed_roles(ctx, event)
    pairs = list(combinations(roles, 2))
    rng.shuffle(pairs)
    for (ra, pa), (rb, pb) in pairs:
        for ia, cls_a in pa.attributes:
            for ib, cls_b in pb.attributes:
                wa, wb = pa.tokens[ia].text, pb.tokens[ib].text
                if cls_a != cls_b or wa.lower() == wb.lower():
                    continue
                na, nb = pa.with_token(ia, wb), pb.with_token(ib, wa)
                yield Candidate(
                    with_fillers(event, {ra.type: na.text, rb.type: nb.text}),
                    f"{ra.type} {wa} <-> {rb.type} {wb}",
                    {ra.type: na, rb.type: nb},
                )


def attribute_replace(ctx, clip, event, rng):
    lex = ctx.grammar.lexicon
    in_clip = clip_fillers(clip)
    roles = _attributed_roles(ctx, event)
    rng.shuffle(roles)
    for role, phrase in roles:
        attrs = list(phrase.attributes)
        rng.shuffle(attrs)
        for i, cls in attrs:
            word = phrase.tokens[i].text
            options = []
            if word.lower() in lex.opposites and " " not in lex.opposites[word.lower()]:
                options.append(lex.opposites[word.lower()])
            pool = [w for w in lex.attributes.get(cls, ()) if w != word.lower() and w not in options]
            rng.shuffle(pool)
            options.extend(pool[:4])
            for new in options:
                edited = phrase.with_token(i, new)
                if edited.text.lower() in in_clip:
                    continue  # another entity of the clip is described so: maybe true
                yield Candidate(with_fillers(event, {role.type: edited.text}), f"{role.type}: {word} -> {new}",
                                {role.type: edited})
