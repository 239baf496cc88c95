"""End-to-end demonstration on a synthetic world of coloured shapes that push, chase, jump
and move in rooms: writes its clips as video files and VidSitu-format annotations, runs
`srlcap build` and `srlcap frames` on them (a user's path on VidSitu), trains a tiny
open_clip model from scratch on the CPU twice (with and without hard negatives) and
writes OUT/summary.json with the per-kind evaluation of both on held-out clips. About 10
minutes on two CPU cores; --quick is a smoke test of the pipeline (about a minute) whose
figures measure nothing.

examples:
  srlcap demo --out demo/
  srlcap demo --out demo/ --quick
"""
from __future__ import annotations

import argparse
import json
import os

from srlcap_trainer.commands import require_train_extra
from srlcap_trainer.demo.run import SIZES


def _size_help(what: str, key: str) -> str:
    return f"{what} (default: {SIZES['full'][key]}; with --quick: {SIZES['quick'][key]})"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, metavar="DIR", help="where the world, runs and summary.json go")
    p.add_argument("--seed", type=int, default=0, help="world and training seed (default: %(default)s)")
    p.add_argument("--quick", action="store_true",
                   help="smoke test: checks that the pipeline runs (about a minute); its figures measure nothing")
    p.add_argument("--train-clips", type=int, help=_size_help("training clips", "train_clips"))
    p.add_argument("--test-clips", type=int, help=_size_help("held-out clips", "test_clips"))
    p.add_argument("--steps", type=int, help=_size_help("optimizer steps per run", "steps"))
    p.add_argument("--threads", type=int, help="torch CPU threads (default: all cores)")


def run(args: argparse.Namespace) -> int:
    require_train_extra()
    from srlcap_trainer.demo.run import run_demo

    summary = run_demo(args)
    print(json.dumps(summary["comparison"], indent=1))
    print(f"summary: {os.path.join(args.out, 'summary.json')}")
    if summary["smoke_test"]:
        print("--quick: a smoke test that the pipeline runs; its figures measure nothing (run without "
              "--quick for the demonstration)")
    return 0
