"""Draw the seeded sample of hard negatives that blind readers judge (docs/quality.md).

Builds the bundled sample (train and valid) and the PropBank dev frames with the current
code and its defaults (debias pass included), then draws, with a fixed seed, negatives
of every kind: per event kind half from each source, per clip kind from the bundled
sample only (PropBank's "clips" are unrelated sentences and tell no story). Each pair is
written as the reader sees it, the true caption and the candidate, with nothing about
the kind or the rules that made it; the kind and the row go to a key file beside it.

usage: python benchmarks/negatives_sample.py --out tests/quality/neg1 [--per-kind 30]
           [--per-clip-kind 25] [--seed 2026] [--kinds KIND,...] [--exclude FILE ...]
--kinds and --exclude draw a further sample of some kinds, none of whose pairs is in an
earlier round's sample file: a kind's figure on more items than one round reads.
writes <out>_sample.jsonl (id, source, kind, style, row, positive, negative) and
       <out>_reader.jsonl (id, true, candidate: what the reader gets)
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

import pyarrow.parquet as pq

from srlcap.build import BUNDLED_SAMPLE, BuildOptions, build
from srlcap.schema import CLIP_KINDS, EVENT_KINDS, STYLES

ROOT = Path(__file__).resolve().parents[1]
PROPBANK = ROOT.parent / "shared" / "realdata" / "propbank" / "vsann_dev.json"
COLUMNS = ["clip_id", "ann_idx", "event", "split", *STYLES, "negatives"]


def _pairs(data: Path, split: str, out: Path, source: str) -> list[dict]:
    build(BuildOptions(data=data, split=split, out=out, lenient=True, quiet=True))
    pairs = []
    for r in pq.read_table(out, columns=COLUMNS).to_pylist():
        for n in r["negatives"]:
            # the natural style where the negative has one; else the first that does
            # (a kind may say its change only in the figclip style)
            style = next(s for s in ("natural", *STYLES) if n.get(s) is not None)
            pairs.append({"source": source, "kind": n["kind"], "style": style, "split": r["split"],
                          "clip_id": r["clip_id"], "ann_idx": r["ann_idx"], "event": r["event"],
                          "detail": n["detail"], "positive": r[style], "negative": n[style]})
    return pairs


def _key(p: dict) -> tuple:
    return p["source"], p["clip_id"], p["ann_idx"], p["event"], p["kind"], p["negative"]


def draw(per_kind: int, per_clip_kind: int, seed: int, kinds=None, exclude=()) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        pool = (_pairs(BUNDLED_SAMPLE, "train", Path(tmp) / "t.parquet", "sample")
                + _pairs(BUNDLED_SAMPLE, "valid", Path(tmp) / "v.parquet", "sample")
                + _pairs(PROPBANK, "dev", Path(tmp) / "p.parquet", "propbank"))
    drawn = {_key(p) for p in exclude}
    pool = [p for p in pool if _key(p) not in drawn]
    rng = random.Random(seed)
    out = []
    for kind in (k for k in (*EVENT_KINDS, *CLIP_KINDS) if kinds is None or k in kinds):
        quota = {"sample": per_clip_kind} if kind in CLIP_KINDS else \
            {"sample": per_kind - per_kind // 2, "propbank": per_kind // 2}
        for source, n in quota.items():
            mine = sorted((p for p in pool if p["kind"] == kind and p["source"] == source),
                          key=lambda p: (p["clip_id"], p["ann_idx"], p["event"], p["negative"]))
            out += rng.sample(mine, min(n, len(mine)))
    rng.shuffle(out)  # the readers see no kind grouping
    for i, item in enumerate(out, 1):
        item["id"] = f"n{i:03d}"
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", type=Path, required=True, help="prefix: writes <out>_sample.jsonl and <out>_reader.jsonl")
    p.add_argument("--per-kind", type=int, default=30, help="negatives per event kind (half from each source)")
    p.add_argument("--per-clip-kind", type=int, default=25, help="negatives per clip kind (bundled sample)")
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--kinds", help="comma-separated kinds to draw (default: every kind)")
    p.add_argument("--exclude", type=Path, nargs="*", default=[],
                   help="earlier <round>_sample.jsonl files whose pairs are not drawn again")
    args = p.parse_args(argv)
    kinds = None
    if args.kinds:
        kinds = set(args.kinds.split(","))
        unknown = kinds - set(EVENT_KINDS) - set(CLIP_KINDS)
        if unknown:
            p.error(f"unknown kind(s) {', '.join(sorted(unknown))}; known: {', '.join((*EVENT_KINDS, *CLIP_KINDS))}")
    exclude = []
    for path in args.exclude:
        try:
            rows = [json.loads(line) for line in path.open(encoding="utf-8")]
            [_key(r) for r in rows]
            exclude += rows
        except (OSError, ValueError, KeyError, TypeError) as e:
            p.error(f"{path}: not a sample file ({e})")
    if not PROPBANK.is_file():
        print(f"error: {PROPBANK}: the PropBank dev frames are not in this workplace", file=sys.stderr)
        return 2
    items = draw(args.per_kind, args.per_clip_kind, args.seed, kinds, exclude)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(f"{args.out}_sample.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(i, ensure_ascii=False) + "\n" for i in items)
    with open(f"{args.out}_reader.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps({"id": i["id"], "true": i["positive"], "candidate": i["negative"]},
                                 ensure_ascii=False) + "\n" for i in items)
    counts = {}
    for i in items:
        counts[i["kind"], i["source"]] = counts.get((i["kind"], i["source"]), 0) + 1
    print(f"{len(items)} negatives: " + ", ".join(f"{k}/{s} {n}" for (k, s), n in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
