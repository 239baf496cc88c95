"""The `srlcap` command line. Each subcommand lives in its own module; this file only
wires them up and turns srlcap's errors into one clear line (exit status 2)."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from srlcap.errors import SrlcapError

BUILD_EXAMPLES = """examples:
  srlcap build                                   # bundled sample, train split -> out/srlcap_train.parquet
  srlcap build --split valid --out valid.parquet
  srlcap build --data-dir ~/vidsitu/vidsitu_annotations --split train --seed 1
  srlcap build --data-dir frames.jsonl --lenient # your own frames, one JSON object per line
  srlcap build --kinds role_swap,verb_replace --negatives-per-kind 2
  srlcap build --workers 2                        # same bytes as --workers 1, faster
  srlcap build --num-shards 8 --shard-index 3 --out shard3.parquet
"""
SHOW_EXAMPLES = """examples:
  srlcap show out/srlcap_train.parquet
  srlcap show out/srlcap_train.parquet --rows 3 --clip v_Xk3dP0aLq9E_seg_45_55
"""


def _add_build(sub) -> None:
    from srlcap.grammar.loader import NEGATIVE_KINDS

    p = sub.add_parser(
        "build", help="build captions and hard negatives to Parquet",
        description="Read annotations, realise captions with a grammar, derive hard negatives, write Parquet.",
        epilog=BUILD_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--data-dir", type=Path, default=None,
                   help="a vidsitu_annotations folder, a vsann_*.json file, or a .jsonl file of frames "
                        "(default: the bundled sample)")
    p.add_argument("--split", default="train", help="split to build (default: train)")
    p.add_argument("--out", type=Path, default=None, help="output Parquet file (default: out/srlcap_{split}.parquet)")
    p.add_argument("--grammar", type=Path, default=None, help="grammar TOML file (default: the bundled grammar)")
    p.add_argument("--seed", type=int, default=0, help="seed for negatives (same input and seed, same bytes)")
    p.add_argument("--kinds", default=None,
                   help=f"comma-separated negative kinds to make (default: the grammar's); known: {', '.join(NEGATIVE_KINDS)}")
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
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.set_defaults(func=_run_build)


def _run_build(args) -> int:
    from srlcap.build import BUNDLED_SAMPLE, BuildOptions, build

    if args.negatives_per_kind is not None and args.negatives_per_kind < 0:
        raise SrlcapError("--negatives-per-kind must be >= 0")
    kinds = None
    if args.kinds:
        kinds = tuple(k.strip() for k in args.kinds.split(",") if k.strip())
    per_kind = 0 if args.no_negatives else args.negatives_per_kind
    opts = BuildOptions(
        data=args.data_dir or BUNDLED_SAMPLE, split=args.split, out=args.out, grammar=args.grammar,
        seed=args.seed, lenient=args.lenient, verb_lexicon=args.verb_lexicon, kinds=kinds, per_kind=per_kind,
        workers=args.workers, num_shards=args.num_shards, shard_index=args.shard_index, quiet=args.quiet,
    )
    summary = build(opts)
    print("\n".join(summary.lines()))
    return 0


def _add_show(sub) -> None:
    p = sub.add_parser(
        "show", help="print a readable sample of rows, negatives with changed words marked",
        description="Print rows of an srlcap Parquet file: captions, then each negative with its changed words in [brackets].",
        epilog=SHOW_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", type=Path)
    p.add_argument("--rows", type=int, default=6, help="how many rows (default 6)")
    p.add_argument("--clip", default=None, help="only this clip id")
    p.add_argument("--kind", default=None, help="only negatives of this kind")
    p.add_argument("--style", default="natural", help="caption style to print negatives in (default natural)")
    p.set_defaults(func=lambda a: __import__("srlcap.show", fromlist=["run"]).run(a))


def _add_module(sub, name: str, module: str, help_: str) -> None:
    """A subcommand whose module provides add_arguments(parser) and run(args)."""
    import importlib

    mod = importlib.import_module(module)
    p = sub.add_parser(name, help=help_, description=mod.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mod.add_arguments(p)
    p.set_defaults(func=mod.run)


def _add_trainer(sub) -> None:
    try:
        from srlcap_trainer.cli import COMMANDS  # imports no torch until a command runs
    except ImportError:
        COMMANDS = {}
    for name in ("train", "eval", "demo"):
        if name in COMMANDS:
            help_, add_arguments, run = COMMANDS[name]
            p = sub.add_parser(name, help=help_, description=help_, formatter_class=argparse.RawDescriptionHelpFormatter)
            add_arguments(p)
            p.set_defaults(func=run)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="srlcap",
        description="Captions and hard negatives from semantic-role frames, for fine-grained CLIP adaptation.",
        epilog="Run `srlcap COMMAND --help` for a command's options and examples.",
    )
    from srlcap import __version__

    parser.add_argument("--version", action="version", version=f"srlcap {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_build(sub)
    _add_show(sub)
    for name, module, help_ in (
        ("audit", "srlcap.audit", "measure how far negatives can be told from positives by text alone"),
        ("report", "srlcap.report", "write a self-contained HTML gallery of a Parquet file"),
    ):
        import importlib.util

        if importlib.util.find_spec(module) is not None:  # a module still to come is simply not offered
            _add_module(sub, name, module, help_)
    _add_trainer(sub)
    return parser


# Commands that never train. thinc (under spaCy) imports torch whenever it is installed,
# only to offer it as a backend: 1.2 s of every `srlcap build` before any work.
_NO_TORCH_COMMANDS = {"build", "show", "audit", "report"}


def main(argv=None) -> int:
    """``argv`` None: run as the program (the `srlcap` executable, `python -m srlcap`)."""
    # the program running one of our data commands: no torch, and no heap teardown
    lean = argv is None and sys.argv[1:2] and sys.argv[1] in _NO_TORCH_COMMANDS
    if lean and "torch" not in sys.modules:
        sys.modules["torch"] = None  # `import torch` now fails fast; this process will not need it
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    rc = run_guarded(args.func, args)
    if lean:
        _exit_now(rc)
    return rc


def _exit_now(rc: int) -> None:
    """End the program without freeing its heap object by object: a VidSitu-sized build
    holds millions of objects and tearing them down took 2 s of a 35 s build, after its
    output was closed and renamed into place. Nothing of ours needs to run at exit."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        pass
    os._exit(rc)


def run_guarded(func, args) -> int:
    """Run a command; srlcap's errors become one line on stderr (status 2), never a traceback."""
    try:
        return int(func(args) or 0)
    except SrlcapError as exc:
        print(f"srlcap: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("srlcap: interrupted; no output was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
