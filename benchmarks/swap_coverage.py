"""Role-swap coverage on the bundled sample (issue 14's measure, on data we have).

Of the events with two core fillers of one class (two people or two animals, as
`srlcap.entities.phrase_class` reads them; a reflexive is the subject again, not a
second one) and a verb the grammar does not call
symmetric, the share for which an event kind's generator (default: the role swap,
`srlcap.schema.EVENT_KINDS[0]`) proposes any negative, per split, with the verbs of the
events it misses. A build learns from every clip of its split first, as here.

usage: python benchmarks/swap_coverage.py [--splits train valid] [--kind KIND]
"""
from __future__ import annotations

import argparse
from collections import Counter

from srlcap.analysis import load_pipeline
from srlcap.build import BUNDLED_SAMPLE
from srlcap.entities import phrase_class
from srlcap.grammar import DEFAULT_GRAMMAR, load_grammar
from srlcap.negatives import EVENT_GENERATORS, learnt_factory, stable_rng
from srlcap.negatives.roles import _REFLEXIVES as REFLEXIVES
from srlcap.readers import read_vidsitu
from srlcap.schema import EVENT_KINDS


def coverage(split: str, kind: str, grammar, nlp) -> tuple[int, int, Counter]:
    clips = [c for c in read_vidsitu(BUNDLED_SAMPLE, split, grammar.argm_kinds) if not isinstance(c, Exception)]
    factory = learnt_factory(grammar, clips, nlp)
    analyser = factory.analyser
    eligible = covered = 0
    missed: Counter = Counter()
    for clip in clips:
        for ev in clip.events:
            # a reflexive ("pulls herself along the railing") names the subject again,
            # not a second one who could take its place
            classes = [phrase_class(analyser(r.filler), grammar.lexicon.noun_classes) for r in ev.roles
                       if r.is_core and r.filler.strip().lower() not in REFLEXIVES]
            if max(classes.count("person"), classes.count("animal")) < 2 or grammar.is_symmetric(ev.verb, ev.verb_id):
                continue
            eligible += 1
            rng = stable_rng(factory.seed, clip.clip_id, clip.ann_idx, ev.name, kind)
            if any(True for _ in EVENT_GENERATORS[kind](factory.ctx, clip, ev, rng)):
                covered += 1
            else:
                missed[ev.verb] += 1
    return covered, eligible, missed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--splits", nargs="+", default=["train", "valid"])
    ap.add_argument("--kind", choices=EVENT_KINDS, default=EVENT_KINDS[0])
    args = ap.parse_args()
    grammar, nlp = load_grammar(DEFAULT_GRAMMAR), load_pipeline()
    for split in args.splits:
        covered, eligible, missed = coverage(split, args.kind, grammar, nlp)
        share = covered / eligible if eligible else 0.0
        print(f"{split}: {covered}/{eligible} ({share:.0%}) events with two people or two animals get {args.kind};"
              f" missed verbs: {dict(missed.most_common(8))}")


if __name__ == "__main__":
    main()
