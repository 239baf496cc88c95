"""Hard negatives: frames changed so the words stay and the meaning goes.

Every generator proposes :class:`Candidate` changes to a frame (never to a finished
string); the :class:`NegativeFactory` realises each candidate with the same grammar as
the positive and then drops what would be a false or useless negative: text unchanged,
equal to any positive of the clip, or a duplicate within the row.
"""
from __future__ import annotations

import bisect
import hashlib
import importlib
import pkgutil
from itertools import accumulate

from srlcap.errors import SrlcapError
from srlcap.negatives.base import GENERATORS, Candidate, Context, describe
from srlcap.negatives.verbs import VerbLexicon
from srlcap.schema import CLIP_KINDS, EVENT_KINDS, NEGATIVE_KINDS, STYLES

# Every module of this package is loaded, so a generator in a new file registers itself.
for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")
if set(GENERATORS) != set(NEGATIVE_KINDS):  # a kind without its generator, or the reverse
    raise ImportError(
        "srlcap.schema.NEGATIVE_KINDS and the @generator functions of srlcap.negatives disagree: "
        f"kinds without a generator {sorted(set(NEGATIVE_KINDS) - set(GENERATORS))}, "
        f"generators without a kind {sorted(set(GENERATORS) - set(NEGATIVE_KINDS))}"
    )
EVENT_GENERATORS = {kind: GENERATORS[kind] for kind in EVENT_KINDS}
CLIP_GENERATORS = {kind: GENERATORS[kind] for kind in CLIP_KINDS}

__all__ = ["Candidate", "NegativeFactory", "EVENT_GENERATORS", "CLIP_GENERATORS", "describe", "parse_kinds"]


def parse_kinds(text: str, option: str = "--kinds") -> tuple[str, ...]:
    """A comma-separated list of negative kinds, each checked."""
    kinds = tuple(k.strip() for k in text.split(",") if k.strip())
    unknown = [k for k in kinds if k not in NEGATIVE_KINDS]
    if unknown:
        raise SrlcapError(f"{option}: unknown negative kind(s) {', '.join(unknown)} (known: {', '.join(NEGATIVE_KINDS)})")
    return kinds


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
        # _next inlined (a verb draw makes a million of these): the same steps
        m = self._MASK
        self._state = z = (self._state + 0x9E3779B97F4A7C15) & m
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & m
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & m
        return ((z ^ (z >> 31)) >> 11) * (1.0 / (1 << 53))

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
            parse_kinds(",".join(kinds))
            weights = {k: (weights.get(k) or 1.0) if k in kinds else 0.0 for k in NEGATIVE_KINDS}
        self.counts = {k: n for k, w in weights.items() if (n := int(round(per_kind * w))) > 0}
        self.ctx: Context | None = None

    def learn(self, clips) -> None:
        """Dataset-level evidence: the verb lexicon and the fillers seen per ArgM kind.
        None is needed when no negative is asked for (a captions-only build)."""
        if not self.counts:
            return
        verbs = VerbLexicon.from_clips(clips, self.analyser)
        if self.verb_lexicon:
            verbs.add_file(self.verb_lexicon)
        agents, agent_heads = Context.collect_agents(clips, self.analyser)
        self.ctx = Context(
            grammar=self.grammar, realiser=self.realiser, analyse=self.analyser,
            verbs=verbs,
            argm_fillers=Context.collect_argm_fillers(clips),
            relations=Context.collect_relations(clips),
            attribute_counts=Context.collect_attributes(clips, self.analyser),
            attribute_fit=Context.collect_attribute_fit(clips, self.analyser),
            verb_events=Context.collect_verb_events(clips),
            agents=agents, agent_heads=agent_heads,
        )

    def warm(self, clips) -> None:
        """Fill the caches every clip will ask for (verb pools per frame shape, verb
        forms of the lexicon, the realiser's plans and renderings of the positives)
        once, before workers fork, so they share them instead of each redoing them."""
        events = [ev for clip in clips for ev in clip.events]
        if self.ctx is None:  # no negatives: the positives' plans only
            self.realiser.warm(events)
            return
        for ev in events:
            self.ctx.verbs.pools_for(ev)
        self.realiser.warm(events, ((e.verb_id, e.lemma) for e in self.ctx.verbs.entries.values()))

    # ------------------------------------------------------------------ rows
    def event_negatives(self, clip, event, captions: dict, positives: dict | None = None) -> list[dict]:
        """``positives``: style -> the captions of every event of the clip in that style
        (computed here when the caller does not already have them)."""
        if positives is None:
            positives = clip_positives(self.realiser, clip)
        out, seen = [], {style: set() for style in STYLES}
        for kind, gen in EVENT_GENERATORS.items():
            n = self.counts.get(kind, 0)
            if not n:
                continue
            rng = stable_rng(self.seed, clip.clip_id, clip.ann_idx, event.name, kind)
            made = 0
            for cand in gen(self.ctx, clip, event, rng):
                texts = self._kept(self.realiser.realise_event(cand.event, cand.phrases), captions, positives, seen)
                if texts:
                    out.append({"kind": kind, "detail": cand.detail, **texts})
                    made += 1
                    if made >= n:
                        break  # before the generator builds a candidate nobody takes
        return out

    def clip_negatives(self, clip, captions: dict, clauses: dict | None = None) -> list[dict]:
        """``clauses``: Event -> clauses of the clip's events, when already realised."""
        out, seen = [], {style: set() for style in STYLES}
        no_positives = {style: () for style in STYLES}
        for kind, gen in CLIP_GENERATORS.items():
            n = self.counts.get(kind, 0)
            if not n:
                continue
            rng = stable_rng(self.seed, clip.clip_id, clip.ann_idx, "clip", kind)
            made = 0
            for events, detail in gen(self.ctx, clip, rng):
                texts = self._kept(self.realiser.realise_clip(events, clauses), captions, no_positives, seen)
                if texts:
                    out.append({"kind": kind, "detail": detail, **texts})
                    made += 1
                    if made >= n:
                        break
        return out

    @staticmethod
    def _kept(texts: dict, captions: dict, positives: dict, seen: dict) -> dict | None:
        """The negative as it is kept, decided per style: a style whose text equals the
        row's positive, any positive of the clip, or a negative already made is null (that
        style cannot say the change: figclip names fillers verbatim, a style may omit a
        role); None when no style is left."""
        kept = {}
        for style in STYLES:
            text = texts[style]
            ok = text != captions[style] and text not in positives[style] and text not in seen[style]
            kept[style] = text if ok else None
        if all(text is None for text in kept.values()):
            return None
        for style, text in kept.items():
            if text is not None:
                seen[style].add(text)
        return kept


def learnt_factory(grammar, clips, nlp, seed: int = 0) -> NegativeFactory:
    """A factory that has learnt from ``clips`` as a one-process build's has: every filler
    (and the grammar's ArgM alternatives) analysed, prose told from annotation; for tools
    and tests that ask the generators directly (benchmarks/swap_coverage.py)."""
    from srlcap.analysis import Analyser, is_written_prose
    from srlcap.grammar import Realiser

    analyser = Analyser(grammar, nlp=nlp)
    analyser.analyse_all({r.filler for c in clips for e in c.events for r in e.roles}
                         | set().union(*grammar.lexicon.argm_alternatives.values()))
    analyser.written = is_written_prose(r for c in clips for e in c.events for r in e.roles)
    factory = NegativeFactory(grammar, Realiser(grammar, analyser), analyser, seed=seed)
    factory.learn(clips)
    return factory


def clip_positives(realiser, clip) -> dict:
    """style -> the captions of every event of the clip in that style: no negative may
    say what another event of the clip says."""
    out = {style: set() for style in STYLES}
    for ev in clip.events:
        for style, text in realiser.realise_event(ev).items():
            out[style].add(text)
    return out
