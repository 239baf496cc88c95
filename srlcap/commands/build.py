"""Read annotations, realise captions with a grammar, derive hard negatives, write Parquet.

With no options it builds the bundled VidSitu-format sample's train split."""
from __future__ import annotations

import argparse
from pathlib import Path

from srlcap.errors import SrlcapError
from srlcap.schema import EVENT_KINDS, NEGATIVE_KINDS


def add_arguments(p: argparse.ArgumentParser) -> None:
    from srlcap.negatives import describe

    kinds = "\n".join(f"  {kind:18s} {describe(kind)[0]}" for kind in NEGATIVE_KINDS)
    p.epilog = f"""negative kinds (--kinds; docs/negatives.md has examples):
{kinds}

examples:
  srlcap build                                   # bundled sample, train split -> out/srlcap_train.parquet
  srlcap build --split valid --out valid.parquet
  srlcap build --data-dir ~/vidsitu/vidsitu_annotations --split train --seed 1
  srlcap build --data-dir frames.jsonl --lenient # your own frames, one JSON object per line
  srlcap build --kinds {EVENT_KINDS[0]},{EVENT_KINDS[1]} --negatives-per-kind 2
  srlcap build --workers 2                        # same bytes as --workers 1, faster
  srlcap build --num-shards 8 --shard-index 3 --out shard3.parquet
  srlcap build --no-debias                        # keep negatives a text-only model tells apart
  srlcap build --exclude flagged.jsonl           # leave out the negatives flagged in the gallery

Beside the Parquet file goes its dataset card, <out>.card.md (Hugging Face's format):
licence, source files with their sha256, features, sizes and the command that makes it.
The same provenance is in the file's metadata: `srlcap show --meta FILE`.
"""
    p.add_argument("--data-dir", type=Path, default=None,
                   help="a vidsitu_annotations folder, a vsann_*.json file, or a .jsonl file of frames "
                        "(default: the bundled sample)")
    p.add_argument("--split", default="train", help="split to build (default: train)")
    p.add_argument("--out", type=Path, default=None,
                   help="output Parquet file (default: out/srlcap_{split}.parquet); an existing file is "
                        "replaced only if srlcap wrote it, or with --force")
    p.add_argument("--force", action="store_true", help="replace --out even if srlcap did not write it")
    p.add_argument("--grammar", type=Path, default=None, help="grammar TOML file (default: the bundled grammar)")
    p.add_argument("--seed", type=int, default=0, help="seed for negatives (same input and seed, same bytes)")
    p.add_argument("--kinds", default=None, help="comma-separated negative kinds to make (default: the grammar's)")
    p.add_argument("--negatives-per-kind", type=int, default=None, metavar="N",
                   help="negatives of each kind per row (default: the grammar's per_kind)")
    p.add_argument("--no-negatives", action="store_true", help="captions only")
    p.add_argument("--verb-lexicon", type=Path, default=None,
                   help="TOML file of extra verbs (id, lemma, role names) for verb negatives; see docs/grammar.md")
    p.add_argument("--lenient", action="store_true",
                   help="skip bad records, count them and list them in <out>.skipped.jsonl")
    p.add_argument("--workers", type=int, default=1, help="processes for parsing and realisation (same output for any N)")
    p.add_argument("--num-shards", type=int, default=1, help="split the clips into this many deterministic shards")
    p.add_argument("--shard-index", type=int, default=0, help="which shard to build (0-based)")
    p.add_argument("--no-debias", action="store_true",
                   help="keep the negative texts a blind text-only model rejects with confidence (by default they "
                        "are left out, per style, until it is near chance, and a negative with no text left is "
                        "dropped; `srlcap audit` reports what was left out)")
    p.add_argument("--exclude", type=Path, default=None, metavar="FLAGGED.jsonl",
                   help="leave out these negatives (JSON Lines, as the gallery's flag download writes them); "
                        "every other row and negative stays as without it")
    p.add_argument("--license", default=None,
                   help="the data's licence for the dataset card, e.g. cc-by-4.0 (default: unknown)")


def run(args) -> int:
    from srlcap.build import BUNDLED_SAMPLE, BuildOptions, build
    from srlcap.negatives import parse_kinds

    if args.negatives_per_kind is not None and args.negatives_per_kind < 0:
        raise SrlcapError("--negatives-per-kind must be >= 0")
    kinds = parse_kinds(args.kinds) if args.kinds else None
    per_kind = 0 if args.no_negatives else args.negatives_per_kind
    opts = BuildOptions(
        data=args.data_dir or BUNDLED_SAMPLE, split=args.split, out=args.out, force=args.force, grammar=args.grammar,
        seed=args.seed, lenient=args.lenient, verb_lexicon=args.verb_lexicon, kinds=kinds, per_kind=per_kind,
        workers=args.workers, num_shards=args.num_shards, shard_index=args.shard_index, exclude=args.exclude,
        license=args.license, quiet=args.quiet, debias=not args.no_debias,
    )
    summary = build(opts)
    print("\n".join(summary.lines()))
    return 0
