"""Attribute negatives: "man in black suit ... woman in white dress" ->
"man in white suit ... woman in black dress" (swap), or one attribute replaced from
the grammar's lexicon (replace). Attributes come from the spaCy analysis of fillers
(adjectives, lexicon words such as colours); edits are token-level, so articles are
recomputed ("a red car" -> "an orange car")."""
from __future__ import annotations

import bisect
from itertools import accumulate, combinations

from srlcap.negatives.base import Candidate, attribute_noun_class, clip_fillers, generator, with_fillers


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
    white suit ... woman in black dress*. Articles are recomputed. Only words that
    contrast (not one band of `[lexicon.attribute_bands]`: black/dark) and that the data
    has seen with both nouns' kinds ("teenage" with people, not barns)."""
    roles = _attributed_roles(ctx, event)
    pairs = list(combinations(roles, 2))
    rng.shuffle(pairs)
    for (ra, pa), (rb, pb) in pairs:
        for ia, cls_a in pa.attributes:
            for ib, cls_b in pb.attributes:
                wa, wb = pa.tokens[ia].text, pb.tokens[ib].text
                if cls_a != cls_b or not _contrast(ctx, wa, wb) or not _fits(ctx, wb, pa, ia) \
                        or not _fits(ctx, wa, pb, ib):
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

    One attribute is replaced by another of the same class that contrasts with it (not
    one band: black -> dark is no negative) and that the data has seen describing the
    same kind of thing (no "beige alley" unless the data has one).

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
                if _contrast(ctx, new, word) and new not in picks and _fits(ctx, new, phrase, i):
                    picks.append(new)
                if len(picks) == 5:
                    break
            for new in picks:
                edited = phrase.with_token(i, new)
                if edited.text.lower() in in_clip:
                    continue  # another entity of the clip is described so: maybe true
                yield Candidate(with_fillers(event, {role.type: edited.text}), f"{role.type}: {word} -> {new}",
                                {role.type: edited})


def _contrast(ctx, a: str, b: str) -> bool:
    """Different words not of one band of `[lexicon.attribute_bands]`."""
    a, b = a.lower(), b.lower()
    if a == b:
        return False
    bands = ctx.grammar.lexicon.band_of or {}
    return bands.get(a) is None or bands.get(a) != bands.get(b)


def _fits(ctx, word: str, phrase, i: int) -> bool:
    """Whether the data has seen ``word`` describe the kind of noun token ``i`` describes."""
    cls = attribute_noun_class(phrase, i)
    return cls in ctx.attribute_fit.get(word.lower(), ())
