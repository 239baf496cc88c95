"""Evaluate a trained checkpoint on a Parquet split: per negative kind the share of cases in
which the positive caption scores above the negative (chance 50%), text-to-video retrieval
R@1/5/10 and zero-shot verb accuracy, for the mean-pooled ("clip") and contextualised
("ctx") branches. Prints and optionally writes JSON.

examples:
  srlcap eval --checkpoint runs/figclip --parquet valid.parquet --frames-root frames/ --out valid.json
  srlcap eval --checkpoint runs/feat/adapter.safetensors --parquet valid.parquet --features feats.safetensors
"""
from __future__ import annotations

import argparse
import json

from srlcap.errors import SrlcapError
from srlcap_trainer.commands import add_options, make_config, require_train_extra
from srlcap_trainer.settings import EvalConfig


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_options(p, EvalConfig)


def run(args: argparse.Namespace) -> int:
    cfg = make_config(EvalConfig, args)
    if "{verb}" not in cfg.verb_template:
        raise SrlcapError("--verb-template must contain {verb}")
    require_train_extra()
    from srlcap_trainer.evaluate import run_eval

    print(json.dumps(run_eval(cfg, progress=not args.quiet), indent=1))
    return 0
