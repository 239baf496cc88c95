"""``srlcap train | eval | demo``: options and entry points of the trainer.

srlcap's main CLI imports this module lazily and reads ``COMMANDS``. Nothing here imports
torch or open_clip at module level, so ``srlcap train --help`` is instant and a missing
``srlcap[train]`` extra becomes one clear error line instead of a traceback.

Settings come from, in order of precedence: the command line, ``--config FILE`` (JSON or
TOML, keys named like the options: ``lora_rank = 64`` or ``"lora-rank": 64``), built-in
defaults. Multi-GPU: ``torchrun --nproc_per_node 8 -m srlcap_trainer.cli train ...``.
"""
from __future__ import annotations

import argparse
import json
import os

from srlcap.errors import SrlcapError

EVENT_KINDS = ("role_swap", "verb_replace", "attribute_swap", "attribute_replace", "argm_replace",
               "entity_replace", "figclip_verb")
CLIP_KINDS = ("event_order", "relation_flip")

# option dest -> built-in default (None: no default). The parser itself defaults to None so
# that a value from --config can be told apart from one typed on the command line.
TRAIN_DEFAULTS = {
    "parquet": None, "frames_root": None, "features": None, "out": None,
    "model": "ViT-B-32", "pretrained": None, "style": "figclip",
    "neg_kinds": ",".join(EVENT_KINDS), "clip_neg_kinds": ",".join(CLIP_KINDS),
    "negatives_per_event": 4, "negatives_per_clip": 2,
    "batch_size": 20, "grad_accum": 1, "epochs": 40, "steps": None, "lr": 1e-4, "weight_decay": 0.05,
    "warmup": 0.05, "max_grad_norm": 1.0,
    "lora_rank": 64, "lora_alpha": None, "lora_targets": "q,k,v", "image_tower": "lora", "text_tower": "frozen",
    "contextualiser": True, "ctx_layers": 6, "ctx_heads": 8, "ctx_tokens": "frames", "events": 5, "frames": 4,
    "video_text": "mean", "w_clip_event": 1.0, "w_ctx_event": 1.0, "w_clip_video": 0.25, "w_ctx_video": 0.25,
    "neg_scope": "batch", "train_logit_scale": True,
    "seed": 0, "precision": "auto", "device": "auto", "num_workers": 0, "clip_seconds": 10.0, "cache_frames": 0,
    "save_every": 500, "log_every": 1, "resume": False, "overwrite": False, "stop_after": None, "progress": True,
}

TRAIN_DESCRIPTION = """\
Adapt an open_clip model to srlcap's captions and hard negatives, FiGCLIP-style: CLIP
frozen, LoRA on the image encoder's attention q/k/v, a video contextualiser over event and
frame tokens, InfoNCE at event and video level with hard negatives on the text side.
Writes OUT/checkpoint.safetensors (resumable), OUT/adapter.safetensors (weights for eval),
OUT/log.jsonl, OUT/loss.png and OUT/config.json.

examples:
  srlcap build --split train --out train.parquet
  srlcap train --parquet train.parquet --frames-root frames/ --model ViT-B-32 \\
      --pretrained ~/ckpt/ViT-B-32-openai.pt --out runs/figclip
  srlcap train --config runs/figclip.toml --out runs/figclip --resume
  srlcap train --parquet train.parquet --features feats.safetensors --model ViT-B-32 \\
      --pretrained vitb32.pt --neg-kinds role_swap,attribute_swap --steps 2000 --out runs/feat
  torchrun --nproc_per_node 4 -m srlcap_trainer.cli train --parquet train.parquet \\
      --frames-root frames/ --pretrained vitb32.pt --batch-size 20 --out runs/ddp
"""

EVAL_DESCRIPTION = """\
Evaluate a trained checkpoint on a Parquet split: per negative kind the share of cases in
which the positive caption scores above the negative (chance 50%), text-to-video retrieval
R@1/5/10 and zero-shot verb accuracy, for the mean-pooled ("clip") and contextualised
("ctx") branches. Prints and optionally writes JSON.

examples:
  srlcap eval --checkpoint runs/figclip --parquet valid.parquet --frames-root frames/ --out valid.json
  srlcap eval --checkpoint runs/feat/adapter.safetensors --parquet valid.parquet --features feats.safetensors
"""

DEMO_DESCRIPTION = """\
End-to-end demonstration on a synthetic world of coloured shapes that push, chase, jump
and move in rooms: renders frames, writes VidSitu-format annotations, runs `srlcap build`,
trains a tiny open_clip model from scratch on the CPU twice (with and without hard
negatives) and writes OUT/summary.json with the per-kind evaluation of both on held-out
clips. About 12 minutes on two free CPU cores; --quick runs a smoke version in about a minute.

examples:
  srlcap demo --out demo/
  srlcap demo --out demo/ --quick
"""


def _kinds(text: str | None, known: tuple[str, ...], option: str) -> tuple[str, ...]:
    if text is None or text.strip().lower() in ("", "none"):
        return ()
    if text.strip().lower() == "all":
        return known
    kinds = tuple(k.strip() for k in text.split(",") if k.strip())
    bad = [k for k in kinds if k not in known]
    if bad:
        raise SrlcapError(f"{option}: unknown kind(s) {', '.join(bad)}; known: {', '.join(known)}, all, none")
    return kinds


def load_config_file(path: str) -> dict:
    """Read a JSON or TOML config; keys may use dashes or underscores."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        raise SrlcapError(f"--config {path}: {e.strerror}") from None
    try:
        if path.endswith(".toml"):
            import tomllib

            data = tomllib.loads(raw.decode("utf-8"))
        else:
            data = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as e:
        raise SrlcapError(f"--config {path}: cannot parse: {e}") from None
    if not isinstance(data, dict):
        raise SrlcapError(f"--config {path}: expected a table of options")
    out = {}
    for key, value in data.items():
        dest = key.replace("-", "_")
        if dest not in TRAIN_DEFAULTS:
            raise SrlcapError(f"--config {path}: unknown option {key!r}")
        if isinstance(value, list):
            value = ",".join(map(str, value))
        out[dest] = value
    return out


def resolve(args: argparse.Namespace, defaults: dict) -> dict:
    """Command line > --config file > built-in defaults."""
    from_file = load_config_file(args.config) if getattr(args, "config", None) else {}
    return {k: (getattr(args, k, None) if getattr(args, k, None) is not None else from_file.get(k, d))
            for k, d in defaults.items()}


def add_train_arguments(p: argparse.ArgumentParser) -> None:
    p.description = TRAIN_DESCRIPTION
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    d = TRAIN_DEFAULTS
    g = p.add_argument_group("data")
    g.add_argument("--config", metavar="FILE", help="JSON or TOML file of options (command line wins)")
    g.add_argument("--parquet", metavar="FILE", help="srlcap Parquet (from `srlcap build`)")
    g.add_argument("--frames-root", metavar="DIR", help="frames per clip: DIR/{clip_id}/ image files in time order")
    g.add_argument("--features", metavar="PATH",
                   help="precomputed per-frame CLIP features instead of frames: a safetensors file "
                        "(key clip_id -> (T, D)) or a directory of {clip_id}.npy")
    g.add_argument("--clip-seconds", type=float, help=f"clip duration the frames span (default {d['clip_seconds']})")
    g.add_argument("--cache-frames", type=int, metavar="N", help="keep N decoded frames in memory (default 0)")
    g.add_argument("--style", choices=("figclip", "natural"), help="caption style to train on (default figclip)")
    g.add_argument("--neg-kinds", metavar="K1,K2",
                   help=f"event-level negative kinds, or all/none (default all: {d['neg_kinds']})")
    g.add_argument("--clip-neg-kinds", metavar="K1,K2",
                   help="clip-level negative kinds, used with --video-text caption (default all)")
    g.add_argument("--negatives-per-event", type=int, metavar="K", help="K negatives per event, padded (default 4)")
    g.add_argument("--negatives-per-clip", type=int, metavar="K", help="negatives per clip caption (default 2)")
    g.add_argument("--events", type=int, help="events per clip (default 5)")
    g.add_argument("--frames", type=int, help="frames sampled per event (default 4)")
    g.add_argument("--num-workers", type=int, help="DataLoader workers (default 0)")
    g = p.add_argument_group("model")
    g.add_argument("--model", help="open_clip model name, a model-config JSON path, or tiny-test/tiny-demo (default ViT-B-32)")
    g.add_argument("--pretrained", metavar="FILE", help="local open_clip checkpoint; nothing is downloaded")
    g.add_argument("--image-tower", choices=("lora", "full", "frozen"), help="how the image encoder trains (default lora)")
    g.add_argument("--text-tower", choices=("lora", "full", "frozen"), help="how the text encoder trains (default frozen)")
    g.add_argument("--lora-rank", type=int, help="LoRA rank (default 64)")
    g.add_argument("--lora-alpha", type=float, help="LoRA alpha; scale = alpha/rank (default: rank)")
    g.add_argument("--lora-targets", metavar="T1,T2", help="of q,k,v,o,fc1,fc2 (default q,k,v)")
    g.add_argument("--no-contextualiser", dest="contextualiser", action="store_const", const=False,
                   help="no video contextualiser: mean-pooled frames only")
    g.add_argument("--ctx-layers", type=int, help="contextualiser layers (default 6)")
    g.add_argument("--ctx-heads", type=int, help="contextualiser heads (default 8)")
    g.add_argument("--ctx-tokens", choices=("frames", "events"), help="contextualiser inputs (default frames)")
    g.add_argument("--video-text", choices=("mean", "caption"),
                   help="video-level text: mean of event prompts (paper, default) or the clip caption")
    g.add_argument("--no-train-logit-scale", dest="train_logit_scale", action="store_const", const=False,
                   help="keep the logit scale fixed")
    g = p.add_argument_group("loss")
    for name, default in (("clip-event", 1.0), ("ctx-event", 1.0), ("clip-video", 0.25), ("ctx-video", 0.25)):
        g.add_argument(f"--w-{name}", type=float, help=f"weight of L_{name.replace('-', ',')} (default {default})")
    g.add_argument("--neg-scope", choices=("batch", "own"),
                   help="image->text over all negatives of the batch (default) or only the row's own")
    g = p.add_argument_group("optimisation")
    g.add_argument("--batch-size", type=int, help="clips per device per micro-batch (default 20)")
    g.add_argument("--grad-accum", type=int, help="micro-batches per optimizer step (default 1)")
    g.add_argument("--epochs", type=int, help="epochs (default 40)")
    g.add_argument("--steps", type=int, help="optimizer steps (overrides --epochs)")
    g.add_argument("--lr", type=float, help="peak learning rate (default 1e-4)")
    g.add_argument("--weight-decay", type=float, help="AdamW weight decay (default 0.05)")
    g.add_argument("--warmup", type=float, help="warm-up: fraction of steps if < 1, else steps (default 0.05)")
    g.add_argument("--max-grad-norm", type=float, help="gradient clipping, 0 for none (default 1.0)")
    g.add_argument("--precision", choices=("auto", "bf16", "fp32"), help="auto: bf16 autocast on CUDA, fp32 on CPU")
    g.add_argument("--device", help="auto, cpu, cuda, cuda:1 ... (default auto)")
    g.add_argument("--seed", type=int, help="seed of data order, negative picks and init (default 0)")
    g = p.add_argument_group("output")
    g.add_argument("--out", metavar="DIR", help="run directory")
    g.add_argument("--save-every", type=int, help="checkpoint every N optimizer steps (default 500)")
    g.add_argument("--log-every", type=int, help="JSONL log every N steps (default 1)")
    g.add_argument("--resume", action="store_true", default=None, help="continue the run in --out")
    g.add_argument("--overwrite", action="store_true", default=None, help="start again over an existing run")
    g.add_argument("--stop-after", type=int, metavar="N", help="stop after N steps in this invocation (resumable)")
    g.add_argument("--no-progress", dest="progress", action="store_const", const=False, help="no progress bar")


def _require_torch():
    try:
        import open_clip  # noqa: F401
        import safetensors  # noqa: F401
        import torch  # noqa: F401
    except ImportError as e:
        raise SrlcapError(f"the trainer needs the 'train' extra ({e.name} is missing): pip install 'srlcap[train]'") from None


def build_configs(opts: dict):
    """Turn resolved options into (TrainConfig, ModelConfig)."""
    from srlcap_trainer import configs
    from srlcap_trainer.model import ModelConfig
    from srlcap_trainer.train import TrainConfig

    for name in ("parquet", "out"):
        if not opts[name]:
            raise SrlcapError(f"--{name} is required")
    if opts["pretrained"] and not os.path.isfile(os.path.expanduser(opts["pretrained"])):
        raise SrlcapError(f"--pretrained {opts['pretrained']}: no such file (give a local checkpoint; nothing is downloaded)")
    targets = tuple(t.strip() for t in str(opts["lora_targets"]).split(",") if t.strip())
    model_cfg = configs.get(opts["model"]) if opts["model"] in ("tiny-test", "tiny-demo") else None
    mcfg = ModelConfig(
        model=opts["model"], model_cfg=model_cfg, pretrained=os.path.expanduser(opts["pretrained"]) if opts["pretrained"] else None,
        image_tower=opts["image_tower"], text_tower=opts["text_tower"], lora_rank=int(opts["lora_rank"]),
        lora_alpha=opts["lora_alpha"], lora_targets=targets, contextualiser=bool(opts["contextualiser"]),
        ctx_layers=int(opts["ctx_layers"]), ctx_heads=int(opts["ctx_heads"]), ctx_tokens=opts["ctx_tokens"],
        events=int(opts["events"]), frames=int(opts["frames"]), video_text=opts["video_text"],
        w_clip_event=float(opts["w_clip_event"]), w_ctx_event=float(opts["w_ctx_event"]),
        w_clip_video=float(opts["w_clip_video"]), w_ctx_video=float(opts["w_ctx_video"]),
        neg_scope=opts["neg_scope"], train_logit_scale=bool(opts["train_logit_scale"]),
    )
    from srlcap_trainer.lora import ALL_TARGETS

    bad = [t for t in targets if t not in ALL_TARGETS]
    if bad:
        raise SrlcapError(f"--lora-targets: unknown {bad}; choose from {', '.join(ALL_TARGETS)}")
    tcfg = TrainConfig(
        parquet=opts["parquet"], out=opts["out"], frames_root=opts["frames_root"], features=opts["features"],
        style=opts["style"], neg_kinds=_kinds(opts["neg_kinds"], EVENT_KINDS, "--neg-kinds"),
        clip_neg_kinds=_kinds(opts["clip_neg_kinds"], CLIP_KINDS, "--clip-neg-kinds"),
        negatives_per_event=int(opts["negatives_per_event"]), negatives_per_clip=int(opts["negatives_per_clip"]),
        batch_size=int(opts["batch_size"]), grad_accum=int(opts["grad_accum"]), epochs=int(opts["epochs"]),
        steps=int(opts["steps"]) if opts["steps"] else None, lr=float(opts["lr"]),
        weight_decay=float(opts["weight_decay"]), warmup=float(opts["warmup"]),
        max_grad_norm=float(opts["max_grad_norm"]) or None, seed=int(opts["seed"]), precision=opts["precision"],
        device=opts["device"], num_workers=int(opts["num_workers"]), clip_seconds=float(opts["clip_seconds"]),
        cache_frames=int(opts["cache_frames"]), log_every=int(opts["log_every"]), save_every=int(opts["save_every"]),
        resume=bool(opts["resume"]), overwrite=bool(opts["overwrite"]),
        stop_after=int(opts["stop_after"]) if opts["stop_after"] else None, progress=bool(opts["progress"]),
    )
    if opts["frames_root"] and opts["features"]:
        raise SrlcapError("give either --frames-root or --features, not both")
    return tcfg, mcfg


def run_train(args: argparse.Namespace) -> int:
    _require_torch()
    from srlcap_trainer.train import train

    tcfg, mcfg = build_configs(resolve(args, TRAIN_DEFAULTS))
    result = train(tcfg, mcfg)
    if int(os.environ.get("RANK", "0")) == 0:
        print(f"trained {result['steps']}/{result['total_steps']} steps; run in {tcfg.out}")
    return 0


def add_eval_arguments(p: argparse.ArgumentParser) -> None:
    p.description = EVAL_DESCRIPTION
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.add_argument("--checkpoint", required=True, metavar="PATH", help="run directory or .safetensors file")
    p.add_argument("--parquet", required=True, metavar="FILE", help="srlcap Parquet split to evaluate on")
    p.add_argument("--frames-root", metavar="DIR", help="frames per clip, as for training")
    p.add_argument("--features", metavar="PATH", help="precomputed features, as for training")
    p.add_argument("--style", choices=("figclip", "natural"), default="figclip", help="caption style (default figclip)")
    p.add_argument("--out", metavar="FILE", help="write the JSON here (also printed)")
    p.add_argument("--batch-size", type=int, default=16, help="clips per forward pass (default 16)")
    p.add_argument("--device", default="auto", help="auto, cpu, cuda ... (default auto)")
    p.add_argument("--clip-seconds", type=float, default=10.0, help="clip duration the frames span (default 10)")
    p.add_argument("--verb-template", default="the action is {verb}.", help="zero-shot verb prompt")
    p.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")


def run_eval(args: argparse.Namespace) -> int:
    _require_torch()
    from srlcap_trainer.evaluate import run_eval as _run

    if "{verb}" not in args.verb_template:
        raise SrlcapError("--verb-template must contain {verb}")
    result = _run(args.checkpoint, args.parquet, args.frames_root, args.features, args.out, args.style,
                  args.batch_size, args.device, args.clip_seconds, args.verb_template, args.progress)
    print(json.dumps(result, indent=1))
    return 0


def add_demo_arguments(p: argparse.ArgumentParser) -> None:
    p.description = DEMO_DESCRIPTION
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.add_argument("--out", required=True, metavar="DIR", help="where the world, runs and summary.json go")
    p.add_argument("--seed", type=int, default=0, help="world and training seed (default 0)")
    p.add_argument("--quick", action="store_true", help="tiny smoke version (about a minute)")
    p.add_argument("--train-clips", type=int, help="training clips (default 400; --quick 40)")
    p.add_argument("--test-clips", type=int, help="held-out clips (default 100; --quick 16)")
    p.add_argument("--steps", type=int, help="optimizer steps per run (default 600; --quick 20)")
    p.add_argument("--threads", type=int, help="torch CPU threads (default: all cores)")
    p.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bars")


def run_demo(args: argparse.Namespace) -> int:
    _require_torch()
    from srlcap_trainer.demo.run import run_demo as _run

    summary = _run(args)
    print(json.dumps(summary["comparison"], indent=1))
    print(f"summary: {os.path.join(args.out, 'summary.json')}")
    return 0


COMMANDS = {
    "train": ("train a FiGCLIP-style adapter on srlcap Parquet", add_train_arguments, run_train),
    "eval": ("evaluate a trained adapter: hard negatives per kind, retrieval, verbs", add_eval_arguments, run_eval),
    "demo": ("synthetic end-to-end demo: world, build, train with/without negatives", add_demo_arguments, run_demo),
}


def main(argv: list[str] | None = None) -> int:
    """Standalone entry (``python -m srlcap_trainer.cli train ...``), used by torchrun."""
    parser = argparse.ArgumentParser(prog="srlcap_trainer")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (help_str, add, _) in COMMANDS.items():
        add(sub.add_parser(name, help=help_str))
    args = parser.parse_args(argv)
    from srlcap.cli import run_guarded

    return run_guarded(COMMANDS[args.command][2], args)


if __name__ == "__main__":
    raise SystemExit(main())
