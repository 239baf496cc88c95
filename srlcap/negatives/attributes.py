"""Attribute negatives: "man in black suit ... woman in white dress" ->
"man in white suit ... woman in black dress" (swap), or one attribute replaced from
the grammar's lexicon (replace). Attributes come from the spaCy analysis of fillers
(adjectives, lexicon words such as colours); edits are token-level, so articles are
recomputed ("a red car" -> "an orange car")."""
from __future__ import annotations

import bisect
from itertools import accumulate, combinations

from srlcap.negatives.base import Candidate, clip_fillers, generator, with_fillers


def _attributed_roles(ctx, event):
    out = []
    for r in event.roles:
        p = ctx.analyse(r.filler)
        if p.attributes:
            out.append((r, p))
    return out


@generator
def attribute_swap(ctx, clip, event, rng):
    """two entities exchange an attribute

    Two entities exchange an attribute of the same class (colour, hair, size, age, ...;
    `[lexicon.attributes]`): *man in black suit ... woman in white dress* becomes *man in
    white suit ... woman in black dress*. Articles are recomputed."""
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


def _weights(ctx, cls: str):
    """Words of an attribute class with cumulative weights: dataset counts, plus one
    for each lexicon word. Computed once per class and build."""
    key = ("attribute weights", cls)
    if key not in ctx.memo:
        counts = dict.fromkeys(ctx.grammar.lexicon.attributes.get(cls, ()), 1)
        for w, c in ctx.attribute_counts.get(cls, {}).items():
            counts[w] = counts.get(w, 0) + c
        words = sorted(counts)
        ctx.memo[key] = (words, list(accumulate(counts[w] for w in words)))
    return ctx.memo[key]


@generator
def attribute_replace(ctx, clip, event, rng):
    """one attribute, from the lexicon

    One attribute is replaced by another of the same class from the grammar's lexicon
    (opposites first).

    Replacements are drawn in proportion to how often each word is an attribute in the
    dataset (plus the grammar's lexicon, counted once), so negatives use attribute words as
    often as positives do."""
    in_clip = clip_fillers(clip)
    roles = _attributed_roles(ctx, event)
    rng.shuffle(roles)
    for role, phrase in roles:
        attrs = list(phrase.attributes)
        rng.shuffle(attrs)
        for i, cls in attrs:
            word = phrase.tokens[i].text
            words, cum = _weights(ctx, cls)
            picks = []
            for _ in range(12):  # a few weighted draws, duplicates and the word itself skipped
                new = words[bisect.bisect_right(cum, rng.random() * cum[-1])]
                if new != word.lower() and new not in picks:
                    picks.append(new)
                if len(picks) == 5:
                    break
            for new in picks:
                edited = phrase.with_token(i, new)
                if edited.text.lower() in in_clip:
                    continue  # another entity of the clip is described so: maybe true
                yield Candidate(with_fillers(event, {role.type: edited.text}), f"{role.type}: {word} -> {new}",
                                {role.type: edited})
