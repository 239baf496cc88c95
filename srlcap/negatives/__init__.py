"""Hard negatives: frames changed so the words stay and the meaning goes.

Every generator proposes :class:`Candidate` changes to a frame (never to a finished
string); the :class:`NegativeFactory` realises each candidate with the same grammar as
the positive and then drops what would be a false or useless negative: text unchanged,
equal to any positive of the clip, or a duplicate within the row.
"""
from __future__ import annotations

import bisect
import hashlib
from itertools import accumulate

from srlcap.grammar.loader import NEGATIVE_KINDS
from srlcap.negatives.argm import argm_replace
from srlcap.negatives.attributes import attribute_replace, attribute_swap
from srlcap.negatives.base import Candidate, Context
from srlcap.negatives.clip import event_order, relation_flip
from srlcap.negatives.roles import entity_replace, role_swap
from srlcap.negatives.verbs import VerbLexicon, figclip_verb, verb_replace
from srlcap.schema import STYLES

EVENT_GENERATORS = {
    "role_swap": role_swap,
    "verb_replace": verb_replace,
    "attribute_swap": attribute_swap,
    "attribute_replace": attribute_replace,
    "argm_replace": argm_replace,
    "entity_replace": entity_replace,
    "figclip_verb": figclip_verb,
}
CLIP_GENERATORS = {"event_order": event_order, "relation_flip": relation_flip}

__all__ = ["Candidate", "NegativeFactory", "EVENT_GENERATORS", "CLIP_GENERATORS", "NEGATIVE_KINDS"]


def stable_rng(*parts) -> "SplitMix64":
    """A generator seeded from the row's identity, so output does not depend on
    processing order (shards and workers give the same bytes)."""
    digest = hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=8).digest()
    return SplitMix64(int.from_bytes(digest, "little"))


class SplitMix64:
    """The generator of one row and kind: SplitMix64 (Steele, Lea & Flood 2014) with
    the part of random.Random's interface the generators use, drawing as it does. A
    build makes one per row and kind, about a million: a random.Random costs 7.5 us to
    seed (the Twister's 624 words) and 2.5 KB, more than all the draws made from it."""

    __slots__ = ("_state",)
    _MASK = (1 << 64) - 1

    def __init__(self, seed: int):
        self._state = seed & self._MASK

    def _next(self) -> int:
        m = self._MASK
        self._state = z = (self._state + 0x9E3779B97F4A7C15) & m
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & m
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & m
        return z ^ (z >> 31)

    def random(self) -> float:
        return (self._next() >> 11) * (1.0 / (1 << 53))

    def getrandbits(self, k: int) -> int:
        out, have = 0, 0
        while have < k:
            out = (out << 64) | self._next()
            have += 64
        return out >> (have - k)

    def randrange(self, n: int) -> int:
        """Uniform in [0, n): k random bits, drawn again while too large."""
        if n <= 0:
            raise ValueError("empty range for randrange()")
        k = n.bit_length()
        if k > 64:
            r = self.getrandbits(k)
            while r >= n:
                r = self.getrandbits(k)
            return r
        shift, draw = 64 - k, self._next  # getrandbits(k) for k <= 64, inlined: the hot path
        r = draw() >> shift
        while r >= n:
            r = draw() >> shift
        return r

    def shuffle(self, x: list) -> None:
        randrange = self.randrange
        for i in range(len(x) - 1, 0, -1):
            j = randrange(i + 1)
            x[i], x[j] = x[j], x[i]

    def choices(self, population, weights, k: int = 1) -> list:
        cum = list(accumulate(weights))
        total = cum[-1] + 0.0
        return [population[bisect.bisect(cum, self.random() * total, 0, len(cum) - 1)] for _ in range(k)]


class NegativeFactory:
    def __init__(self, grammar, realiser, analyser, seed: int = 0, kinds=None, per_kind=None, verb_lexicon=None):
        self.verb_lexicon = verb_lexicon
        self.grammar = grammar
        self.realiser = realiser
        self.analyser = analyser
        self.seed = seed
        per_kind = grammar.per_kind if per_kind is None else per_kind
        weights = dict(grammar.negatives)
        if kinds is not None:
            unknown = set(kinds) - set(NEGATIVE_KINDS)
            if unknown:
                from srlcap.errors import SrlcapError

                raise SrlcapError(f"unknown negative kind(s): {', '.join(sorted(unknown))} (known: {', '.join(NEGATIVE_KINDS)})")
            weights = {k: (weights.get(k) or 1.0) if k in kinds else 0.0 for k in NEGATIVE_KINDS}
        self.counts = {k: int(round(per_kind * w)) for k, w in weights.items() if w > 0}
        self.ctx: Context | None = None

    def learn(self, clips) -> None:
        """Dataset-level evidence: the verb lexicon and the fillers seen per ArgM kind."""
        verbs = VerbLexicon.from_clips(clips, self.analyser)
        if self.verb_lexicon:
            verbs.add_file(self.verb_lexicon)
        self.ctx = Context(
            grammar=self.grammar, realiser=self.realiser, analyse=self.analyser,
            verbs=verbs,
            argm_fillers=Context.collect_argm_fillers(clips),
            relations=Context.collect_relations(clips),
            attribute_counts=Context.collect_attributes(clips, self.analyser),
        )

    def warm(self, clips) -> None:
        """Fill the caches every clip will ask for (verb pools per frame shape, verb
        forms of the lexicon, the realiser's plans and renderings of the positives)
        once, before workers fork, so they share them instead of each redoing them."""
        events = [ev for clip in clips for ev in clip.events]
        for ev in events:
            self.ctx.verbs.pool_for(ev)
        self.realiser.warm(events, ((e.verb_id, e.lemma) for e in self.ctx.verbs.entries.values()))

    # ------------------------------------------------------------------ rows
    def event_negatives(self, clip, event, captions: dict, positives: set[str] | None = None) -> list[dict]:
        """``positives``: the natural captions of every event of the clip (computed
        here when the caller does not already have them)."""
        if positives is None:
            positives = {self.realiser.natural(ev) for ev in clip.events}
        out, seen = [], set()
        for kind, gen in EVENT_GENERATORS.items():
            n = self.counts.get(kind, 0)
            if not n:
                continue
            rng = stable_rng(self.seed, clip.clip_id, clip.ann_idx, event.name, kind)
            made = 0
            for cand in gen(self.ctx, clip, event, rng):
                texts = self.realiser.realise_event(cand.event, cand.phrases)
                if self._keep(texts, captions, positives, seen):
                    out.append({"kind": kind, "detail": cand.detail, **texts})
                    made += 1
                    if made >= n:
                        break  # before the generator builds a candidate nobody takes
        return out

    def clip_negatives(self, clip, captions: dict, clauses: dict | None = None) -> list[dict]:
        """``clauses``: Event -> clauses of the clip's events, when already realised."""
        out, seen = [], set()
        for kind, gen in CLIP_GENERATORS.items():
            n = self.counts.get(kind, 0)
            if not n:
                continue
            rng = stable_rng(self.seed, clip.clip_id, clip.ann_idx, "clip", kind)
            made = 0
            for events, detail in gen(self.ctx, clip, rng):
                texts = self.realiser.realise_clip(events, clauses)
                if self._keep(texts, captions, set(), seen):
                    out.append({"kind": kind, "detail": detail, **texts})
                    made += 1
                    if made >= n:
                        break
        return out

    @staticmethod
    def _keep(texts, captions, positives, seen) -> bool:
        if any(texts[s] == captions[s] for s in STYLES):
            return False  # the change did not reach the text: not a negative
        if texts["natural"] in positives or texts["natural"] in seen:
            return False
        seen.add(texts["natural"])
        return True
