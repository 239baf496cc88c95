"""Every setting of the trainer, written once: ``ModelConfig``, ``TrainConfig``, ``EvalConfig``.

A field's default is the only default of its setting anywhere. A field made with
``setting(...)`` is also a command-line option: ``srlcap train`` and ``srlcap eval``
generate their options (name, type, default, help, choices) from these fields, and the
loops read the dataclasses. Fields made without it are internal (filled in by the code).
This module imports neither torch nor open_clip, so ``srlcap train --help`` is instant.
"""
from __future__ import annotations

import json
from dataclasses import MISSING, asdict, dataclass, field, fields

from srlcap.errors import SrlcapError
from srlcap.frames import EVENTS_PER_CLIP, FRAMES_PER_EVENT
from srlcap.schema import CLIP_KINDS, EVENT_KINDS, STYLES
from srlcap_trainer.configs import CONFIGS

#: LoRA targets: q/k/v are row slices of attention's packed in-projection (see ``lora``).
QKV = ("q", "k", "v")
ALL_TARGETS = QKV + ("o", "fc1", "fc2")
TOWER_MODES = ("lora", "full", "frozen")
#: The clip's text under --video-text caption: the summary column where present, or the paragraph.
CLIP_TEXTS = ("summary", "paragraph")
#: Image->text negatives of a row: its own K (the paper's) or all N*K of the batch (NegCLIP's).
NEG_SCOPES = ("own", "batch")


def setting(default=MISSING, *, help: str, group: str | None = None, choices: tuple | None = None,
            metavar: str | None = None):
    """A dataclass field that is also an option of its command, listed under ``group`` if
    given. ``help`` never states the default: the option's help appends it. A field without
    a default is a required option. A tuple field takes a comma-separated list of
    ``choices``, or ``all`` / ``none``."""
    return field(default=default, metadata={"help": help, "group": group, "choices": choices, "metavar": metavar})


def options_of(cls) -> list:
    """The fields of a config dataclass that are command-line options."""
    return [f for f in fields(cls) if "help" in f.metadata]


def check_choices(cfg) -> None:
    """Every option of ``cfg`` with choices holds one of them (or, for a tuple, only them)."""
    for f in options_of(type(cfg)):
        choices = f.metadata["choices"]
        value = getattr(cfg, f.name)
        if choices is None or value is None:
            continue
        bad = [v for v in (value if isinstance(value, tuple) else (value,)) if v not in choices]
        if bad:
            raise SrlcapError(f"--{f.name.replace('_', '-')}: {', '.join(map(str, bad))} is not one of "
                              f"{', '.join(choices)}")


@dataclass
class ModelConfig:
    """Everything needed to rebuild the model for resume and eval (stored in checkpoints)."""

    model: str = setting("ViT-B-32", group="model", metavar="NAME",
                         help="open_clip model name, local-dir:PATH, a model-config JSON path, or a tiny "
                              f"built-in config ({', '.join(CONFIGS)})")
    model_cfg: dict | None = None  # explicit open_clip config: a tiny one, or read from a JSON path
    pretrained: str | None = setting(None, group="model", metavar="FILE|TAG",
                                     help="base weights: a local file (open_clip state dict, safetensors, or "
                                          "OpenAI's TorchScript .pt), an open_clip pretrained tag of --model "
                                          "(openai, laion2b_s34b_b79k, ...; downloaded by open_clip or read "
                                          "from its cache), or hf-hub:ORG/REPO; unset: random weights")
    pretrained_sha256: str | None = None  # of the base weights file, recorded at build
    image_tower: str = setting("lora", group="model", choices=TOWER_MODES, help="how the image encoder trains")
    text_tower: str = setting("frozen", group="model", choices=TOWER_MODES, help="how the text encoder trains")
    lora_rank: int = setting(64, group="model", help="LoRA rank")
    lora_alpha: float | None = setting(None, group="model", help="LoRA alpha; scale = alpha/rank (unset: alpha = rank)")
    lora_targets: tuple[str, ...] = setting(QKV, group="model", choices=ALL_TARGETS, metavar="T1,T2",
                                            help="weights that get LoRA adapters")
    contextualiser: bool = setting(True, group="model",
                                   help="the video contextualiser over frame and event tokens "
                                        "(--no-contextualiser: mean-pooled frames only)")
    ctx_layers: int = setting(6, group="model", help="contextualiser layers")
    ctx_heads: int = setting(8, group="model", help="contextualiser heads")
    ctx_tokens: str = setting("frames", group="model", choices=("frames", "events"), help="contextualiser inputs")
    events: int = setting(EVENTS_PER_CLIP, group="data", help="events per clip")
    frames: int = setting(FRAMES_PER_EVENT, group="data", help="frames sampled per event")
    video_text: str = setting("mean", group="model", choices=("mean", "caption"),
                              help="video-level text: the mean of the event prompts (paper) or the clip caption")
    w_clip_event: float = setting(1.0, group="loss", help="weight of L_clip,event")
    w_ctx_event: float = setting(1.0, group="loss", help="weight of L_ctx,event")
    w_clip_video: float = setting(0.25, group="loss", help="weight of L_clip,video")
    w_ctx_video: float = setting(0.25, group="loss", help="weight of L_ctx,video")
    neg_scope: str = setting(NEG_SCOPES[0], group="loss", choices=NEG_SCOPES,
                             help="image->text negatives of an event: its own K (paper) or all N*K of the "
                                  "batch (NegCLIP); the batch's positives are contrasted either way")
    train_logit_scale: bool = setting(True, group="model",
                                      help="train the logit scale (--no-train-logit-scale: keep it fixed)")
    feature_input: bool = False  # frames are precomputed CLIP image features (set from TrainConfig.features)

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "ModelConfig":
        data = json.loads(text)
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if "lora_targets" in known:
            known["lora_targets"] = tuple(known["lora_targets"])
        return cls(**known)

    def validate(self) -> None:
        check_choices(self)
        if not self.contextualiser and (self.w_ctx_event or self.w_ctx_video):
            self.w_ctx_event = self.w_ctx_video = 0.0
        if self.contextualiser and not (self.w_ctx_event or self.w_ctx_video):
            self.contextualiser = False  # an untrained contextualiser would only confuse DDP and eval
        if self.events < 1 or self.frames < 1:
            raise SrlcapError("--events and --frames must be >= 1")


@dataclass
class TrainConfig:
    """Data, optimisation and output of a training run (stored in checkpoints and config.json)."""

    parquet: str = setting(group="data", metavar="FILE", help="srlcap Parquet (from `srlcap build`)")
    out: str = setting(group="output", metavar="DIR", help="run directory")
    frames_root: str | None = setting(None, group="data", metavar="DIR",
                                      help="frames per clip: the output of `srlcap frames` (uint8 shards), or "
                                           "DIR/{clip_id}/ image files in time order")
    features: str | None = setting(None, group="data", metavar="PATH",
                                   help="precomputed per-frame CLIP features instead of frames: a safetensors "
                                        "file (key clip_id -> (T, D)) or a directory of {clip_id}.npy")
    style: str = setting("figclip", group="data", choices=STYLES, help="caption style to train on")
    neg_kinds: tuple[str, ...] = setting(EVENT_KINDS, group="data", choices=EVENT_KINDS, metavar="K1,K2",
                                         help="event-level negative kinds")
    clip_neg_kinds: tuple[str, ...] = setting(CLIP_KINDS, group="data", choices=CLIP_KINDS, metavar="K1,K2",
                                              help="clip-level negative kinds, used with --video-text caption")
    clip_text: str = setting(CLIP_TEXTS[0], group="data", choices=CLIP_TEXTS,
                             help="with --video-text caption, the clip's text: its compact summary where the "
                                  "Parquet has one (fits CLIP's 77 tokens; no clip-level negatives, which exist "
                                  "as paragraphs only), or the paragraph and its negatives (cut at 77 tokens)")
    negatives_per_event: int = setting(4, group="data", metavar="K", help="K negatives per event, padded")
    negatives_per_clip: int = setting(2, group="data", metavar="K", help="negatives per clip caption")
    batch_size: int = setting(20, group="optimisation",
                              help="clips per device per micro-batch (paper: 20 clips = 100 events)")
    grad_accum: int = setting(1, group="optimisation", help="micro-batches per optimizer step")
    epochs: int = setting(40, group="optimisation", help="epochs")
    steps: int | None = setting(None, group="optimisation", help="optimizer steps (overrides --epochs)")
    lr: float = setting(1e-4, group="optimisation", help="peak learning rate")
    weight_decay: float = setting(0.05, group="optimisation", help="AdamW weight decay")
    warmup: float = setting(0.05, group="optimisation",
                            help="warm-up: a fraction of the steps if < 1, else a number of steps")
    max_grad_norm: float = setting(1.0, group="optimisation", help="gradient clipping; 0 for none")
    seed: int = setting(0, group="optimisation", help="seed of data order, negative picks and init")
    precision: str = setting("auto", group="optimisation", choices=("auto", "bf16", "fp32"),
                             help="auto: bf16 autocast on CUDA, fp32 on the CPU")
    device: str = setting("auto", group="optimisation", help="auto, cpu, cuda, cuda:1 ...")
    num_workers: int = setting(0, group="data",
                               help="DataLoader worker processes (one loader for the whole run: they start once)")
    prefetch_factor: int = setting(4, group="data", metavar="N",
                                   help="batches each worker prepares ahead (with --num-workers > 0)")
    augment: bool = setting(False, group="data",
                            help="random resized crops in training, one box per clip; no flips or colour changes, "
                                 "which would contradict the captions' left/right and colour words")
    clip_seconds: float = setting(10.0, group="data", help="clip duration the frames span")
    cache_frames: int = setting(0, group="data", metavar="N", help="keep N decoded frames in memory")
    log_every: int = setting(10, group="output", metavar="N",
                             help="a JSONL log line every N steps, the means over them (values reach the "
                                  "host only then)")
    save_every: int = setting(500, group="output", metavar="N", help="checkpoint every N optimizer steps")
    resume: bool = setting(False, group="output", help="continue the run in --out")
    stop_after: int | None = setting(None, group="output", metavar="N",
                                     help="stop after N steps in this invocation (resumable)")
    overwrite: bool = setting(False, group="output", help="start again over an existing run")
    progress: bool = True  # a progress bar on stderr (`srlcap train --quiet` turns it off)

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)


@dataclass
class EvalConfig:
    """What ``srlcap eval`` evaluates, on what, and how."""

    checkpoint: str = setting(metavar="PATH", help="run directory or .safetensors file")
    parquet: str = setting(metavar="FILE", help="srlcap Parquet split to evaluate on")
    pretrained: str | None = setting(None, metavar="FILE|TAG",
                                     help="the run's base weights where they are now, if they moved (the "
                                          "same content: checked by SHA-256); unset: where the run recorded them")
    frames_root: str | None = setting(None, metavar="DIR",
                                      help="frames per clip, as for training (`srlcap frames` output or image folders)")
    features: str | None = setting(None, metavar="PATH", help="precomputed features, as for training")
    # the same as training's unless told otherwise: a run is evaluated on what it saw
    style: str = setting(TrainConfig.style, choices=STYLES, help="caption style")
    clip_seconds: float = setting(TrainConfig.clip_seconds,
                                  help="clip duration the frames span, as for training")
    device: str = setting(TrainConfig.device, help="auto, cpu, cuda ...")
    batch_size: int = setting(16, help="clips per forward pass")
    verb_template: str = setting("the action is {verb}.", help="zero-shot verb prompt")
    out: str | None = setting(None, metavar="FILE", help="write the JSON here (also printed)")
