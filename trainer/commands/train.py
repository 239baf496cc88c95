"""Adapt an open_clip model to srlcap's captions and hard negatives, FiGCLIP-style: CLIP
frozen, LoRA on the image encoder's attention q/k/v, a video contextualiser over event and
frame tokens, InfoNCE at event and video level with hard negatives on the text side.
Writes OUT/checkpoint.safetensors (resumable), OUT/adapter.safetensors (weights for eval
and export), OUT/log.jsonl, OUT/loss.png and OUT/config.json.

Settings come from, in order of precedence: the command line, --config FILE (JSON or
TOML, keys named like the options: lora_rank = 64 or "lora-rank": 64), the defaults shown
below. On several GPUs run the same command under torchrun (last example).

examples:
  srlcap build --split train --out train.parquet
  srlcap train --parquet train.parquet --frames-root frames/ --model ViT-B-32 \\
      --pretrained openai --out runs/figclip
  srlcap train --parquet train.parquet --frames-root frames/ --model ViT-B-32 \\
      --pretrained ~/ckpt/ViT-B-32.pt --out runs/figclip-local
  srlcap train --config runs/figclip.toml --out runs/figclip --resume
  srlcap train --parquet train.parquet --features feats.safetensors --model ViT-B-32 \\
      --pretrained vitb32.pt --neg-kinds {kinds} --steps 2000 --out runs/feat
  torchrun --nproc_per_node 4 -m srlcap train --parquet train.parquet \\
      --frames-root frames/ --pretrained vitb32.pt --batch-size 20 --out runs/ddp
"""
from __future__ import annotations

import argparse
import os

from srlcap.schema import EVENT_KINDS
from srlcap_trainer.commands import add_options, load_config_file, make_config, require_train_extra
from srlcap_trainer.settings import ModelConfig, TrainConfig

#: Option groups of --help, in this order.
GROUPS = ("data", "model", "loss", "optimisation", "output")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.description = __doc__.format(kinds=f"{EVENT_KINDS[0]},{EVENT_KINDS[2]}")
    groups = {name: p.add_argument_group(name) for name in GROUPS}
    groups["data"].add_argument("--config", metavar="FILE",
                                help="JSON or TOML file of options (the command line wins)")
    # --parquet and --out may come from the --config file, so argparse must not insist on them
    add_options(p, TrainConfig, groups, required=False)
    add_options(p, ModelConfig, groups)


def configs(args: argparse.Namespace) -> tuple[TrainConfig, ModelConfig]:
    """(TrainConfig, ModelConfig) of parsed options and their --config file."""
    from_file = load_config_file(args.config, (TrainConfig, ModelConfig)) if args.config else {}
    tcfg = make_config(TrainConfig, args, from_file, progress=not args.quiet)
    mcfg = make_config(ModelConfig, args, from_file)
    return tcfg, mcfg


def run(args: argparse.Namespace) -> int:
    tcfg, mcfg = configs(args)
    require_train_extra()
    from srlcap_trainer.train import train

    result = train(tcfg, mcfg)
    if int(os.environ.get("RANK", "0")) == 0:  # under torchrun, one line, not one per process
        print(f"trained {result['steps']}/{result['total_steps']} steps; run in {tcfg.out}")
    return 0
