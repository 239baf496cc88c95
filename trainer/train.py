"""The training loop: AdamW, warm-up + cosine, accumulation, bf16 on CUDA, DDP, resume.

Run on one device with ``srlcap train ...``, on several GPUs with
``torchrun --nproc_per_node N -m srlcap train ...``. Every optimizer step is
checked: a non-finite loss or gradient norm stops the run with a message naming the step,
before the optimizer moves and before any checkpoint could be written.
"""
from __future__ import annotations

import contextlib
import json
import math
import os
import sys
import time

import torch
from torch.nn.utils import parametrize

from srlcap.errors import SrlcapError
from srlcap_trainer import checkpoint as ckpt
from srlcap_trainer.configs import CONFIGS
from srlcap_trainer.data import (
    ClipDataset, RunBatches, batches_per_epoch, collate, frame_source, read_parquet, with_frames,
)
from srlcap_trainer.model import FigClipModel
from srlcap_trainer.settings import ModelConfig, TrainConfig, check_choices


class TrainingDiverged(SrlcapError):
    """The loss or the gradients became NaN/inf."""


# -- distributed helpers -----------------------------------------------------------------------
def _dist_info() -> tuple[int, int, int]:
    world = int(os.environ.get("WORLD_SIZE", "1"))
    return int(os.environ.get("RANK", "0")), world, int(os.environ.get("LOCAL_RANK", "0"))


def _gather_fn(world: int):
    if world == 1:
        return None
    import torch.distributed as dist
    import torch.distributed.nn.functional as dnn

    def gather(t: torch.Tensor) -> torch.Tensor:
        if t.requires_grad:
            return torch.cat(dnn.all_gather(t), 0)
        parts = [torch.empty_like(t) for _ in range(world)]
        dist.all_gather(parts, t.contiguous())
        return torch.cat(parts, 0)

    return gather


def _any_rank(flag: bool, world: int, device) -> bool:
    if world == 1:
        return flag
    import torch.distributed as dist

    t = torch.tensor([1.0 if flag else 0.0], device=device)
    dist.all_reduce(t)
    return bool(t.item() > 0)


# -- pieces --------------------------------------------------------------------------------------
def lr_lambda(total: int, warmup: int):
    """Linear warm-up to the base LR, then cosine decay to zero at ``total``."""

    def f(step: int) -> float:
        if warmup and step < warmup:
            return (step + 1) / warmup
        progress = (step - warmup) / max(1, total - warmup)
        return 0.5 * (1.0 + math.cos(math.pi * min(1.0, progress)))

    return f


def make_optimizer(model, cfg: TrainConfig, device):
    """AdamW; no weight decay on biases, norms, embeddings-like vectors and the logit scale."""
    decay = [(n, p) for n, p in model.named_parameters() if p.requires_grad and p.ndim >= 2 and "logit_scale" not in n]
    no_decay = [(n, p) for n, p in model.named_parameters()
                if p.requires_grad and not (p.ndim >= 2 and "logit_scale" not in n)]
    order = [n for n, _ in decay] + [n for n, _ in no_decay]  # optimizer-state indices in checkpoints
    decay, no_decay = [p for _, p in decay], [p for _, p in no_decay]
    groups = [{"params": decay, "weight_decay": cfg.weight_decay}, {"params": no_decay, "weight_decay": 0.0}]
    groups = [g for g in groups if g["params"]]
    fused = device.type == "cuda"
    opt = torch.optim.AdamW(groups, lr=cfg.lr, betas=(0.9, 0.98), eps=1e-6, fused=fused or None)
    return opt, order


def plot_losses(log_path: str, png_path: str) -> None:
    """PNG of every loss curve in the JSONL log (rank 0, best effort, atomic)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [json.loads(line) for line in open(log_path, encoding="utf-8") if line.strip()]
    rows = [r for r in rows if "step" in r and "loss" in r]
    if not rows:
        return
    keys = [k for k in ("loss", "clip_event", "ctx_event", "clip_video", "ctx_video") if k in rows[-1]]
    fig, ax = plt.subplots(figsize=(7, 4))
    for k in keys:
        ax.plot([r["step"] for r in rows if k in r], [r[k] for r in rows if k in r], label=k, lw=1)
    ax.set_xlabel("optimizer step")
    ax.set_ylabel("InfoNCE loss")
    ax.set_yscale("log")
    ax.legend()
    ax.grid(alpha=0.3)
    fig.tight_layout()
    tmp = png_path + ".tmp.png"
    fig.savefig(tmp, dpi=100)
    plt.close(fig)
    os.replace(tmp, png_path)


def forward_backward(ddp_model, model, batch: dict, gather, autocast, grad_accum: int, acc: dict) -> None:
    """One micro-batch: forward under ``autocast`` (LoRA deltas computed once per forward,
    however often a tower runs), backward of loss / grad_accum, and the losses added to
    ``acc`` on the device (no host sync)."""
    cached = parametrize.cached if model.lora_sites else contextlib.nullcontext
    with autocast, cached():
        out = ddp_model(batch, gather)
    (out["loss"] / grad_accum).backward()
    for k, v in out.items():
        acc[k] = acc.get(k, 0.0) + v.detach().float() / grad_accum


def optimizer_step(model, opt, sched, trainable: list, max_grad_norm: float, acc: dict, world: int, device,
                   where: str) -> None:
    """Clip, check, step: a non-finite loss or gradient norm raises TrainingDiverged before
    the optimizer moves (the step's one host sync). Adds ``grad_norm`` to ``acc``."""
    if max_grad_norm:
        norm = torch.nn.utils.clip_grad_norm_(trainable, max_grad_norm)
    else:
        norm = torch.sqrt(sum((p.grad.float() ** 2).sum() for p in trainable if p.grad is not None))
    finite = torch.isfinite(acc["loss"]) & torch.isfinite(norm)
    if _any_rank(not bool(finite.item()), world, device):
        what = (f"loss is {acc['loss'].item()}" if not torch.isfinite(acc["loss"])
                else f"gradient norm is {float(norm)}")
        raise TrainingDiverged(f"{what} at {where}; stopped before the optimizer step, no checkpoint written. "
                               f"Try a lower --lr, --precision fp32, or check the data.")
    opt.step()
    model.clamp_logit_scale()
    sched.step()
    opt.zero_grad(set_to_none=True)
    acc["grad_norm"] = norm.detach().float()


# -- the loop ----------------------------------------------------------------------------------
def train(cfg: TrainConfig, mcfg: ModelConfig) -> dict:
    """Train; returns a summary dict. Rank 0 writes checkpoints, log and plot under cfg.out."""
    check_choices(cfg)
    rank, world, local_rank = _dist_info()
    device = pick_device(cfg.device, local_rank, world)
    if device.type == "cuda":
        torch.cuda.set_device(device)  # before the process group, so NCCL binds this rank's GPU
    own_group = False
    if world > 1:
        import torch.distributed as dist

        if not dist.is_initialized():
            dist.init_process_group("nccl" if device.type == "cuda" else "gloo")
            own_group = True
    try:
        return _train(cfg, mcfg, rank, world, device)
    finally:
        if own_group:
            import torch.distributed as dist

            dist.destroy_process_group()


def pick_device(name: str, local_rank: int = 0, world: int = 1) -> torch.device:
    """``auto``: this rank's GPU if there is one, else the CPU. A bare ``cuda`` under torchrun
    also means this rank's GPU (not GPU 0 for every rank); ``cuda:N`` is taken as given."""
    if name == "auto":
        name = "cuda" if torch.cuda.is_available() else "cpu"
    device = torch.device(name)
    if device.type == "cuda":
        if not torch.cuda.is_available():
            raise SrlcapError(f"--device {name}: CUDA is not available on this machine")
        if device.index is None:
            device = torch.device("cuda", local_rank if world > 1 else torch.cuda.current_device())
    return device


def _train(cfg: TrainConfig, mcfg: ModelConfig, rank: int, world: int, device: torch.device) -> dict:
    precision = cfg.precision if cfg.precision != "auto" else ("bf16" if device.type == "cuda" else "fp32")
    if not cfg.out:
        raise SrlcapError("--out is required")
    state_path = os.path.join(cfg.out, "checkpoint.safetensors")
    log_path = os.path.join(cfg.out, "log.jsonl")
    if os.path.exists(state_path) and not (cfg.resume or cfg.overwrite):
        raise SrlcapError(f"{state_path} exists: pass --resume to continue that run or --overwrite to start again")
    if cfg.resume and not os.path.exists(state_path):
        raise SrlcapError(f"--resume: no checkpoint at {state_path}")
    if cfg.negatives_per_event < 0 or cfg.negatives_per_clip < 0 or cfg.batch_size < 1 or cfg.grad_accum < 1:
        raise SrlcapError("batch size and accumulation must be >= 1, negative counts >= 0")

    torch.manual_seed(cfg.seed)
    mcfg.feature_input = bool(cfg.features)
    model = FigClipModel(mcfg).to(device)  # first: a wrong --model or --pretrained is told before data is read
    if rank == 0 and not mcfg.pretrained and mcfg.model not in CONFIGS:
        print(f"warning: no --pretrained: {mcfg.model} starts from RANDOM weights, not a pretrained CLIP",
              file=sys.stderr)
    records = read_parquet(cfg.parquet, cfg.style)
    frames = frame_source(cfg.frames_root, cfg.features, cfg.clip_seconds, cfg.cache_frames, model.image_transform(),
                          image_size=model.image_size)
    records = with_frames(records, frames, note=rank == 0)
    dataset = ClipDataset(records, frames, mcfg.events, mcfg.frames, tuple(cfg.neg_kinds),
                          cfg.negatives_per_event, tuple(cfg.clip_neg_kinds), cfg.negatives_per_clip, cfg.seed,
                          cfg.clip_text, augment=cfg.augment and not cfg.features)
    if (rank == 0 and mcfg.video_text == "caption" and cfg.clip_text == "summary" and cfg.negatives_per_clip
            and cfg.clip_neg_kinds and any(r.summary for r in records)):
        print(f"note: {cfg.parquet} has clip summaries: the video level trains on them without clip-level "
              "negatives (those are paragraphs); --clip-text paragraph uses the paragraphs and their negatives",
              file=sys.stderr)
    per_epoch = batches_per_epoch(records, cfg.batch_size, world)
    if per_epoch < cfg.grad_accum:
        raise SrlcapError(
            f"{cfg.parquet}: {len({r.clip_id for r in records})} clips make {per_epoch} batches of "
            f"{cfg.batch_size} per device, fewer than --grad-accum {cfg.grad_accum}; lower --batch-size"
        )
    steps_per_epoch = per_epoch // cfg.grad_accum
    total = cfg.steps if cfg.steps else cfg.epochs * steps_per_epoch
    warmup = int(cfg.warmup * total) if cfg.warmup < 1 else int(cfg.warmup)
    opt, param_names = make_optimizer(model, cfg, device)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda(total, warmup))

    state = {"step": 0, "epoch": 0, "batch": 0, "samples": 0}
    if cfg.resume:
        tensors, meta = ckpt.read(state_path)
        if json.loads(meta["model_config"]) != json.loads(mcfg.to_json()):
            raise SrlcapError(f"{state_path}: the model options differ from the checkpoint's; resume with the same options")
        state = ckpt.load_training_state(tensors, meta, model, opt, sched, param_names, state_path)
    if rank == 0:
        os.makedirs(cfg.out, exist_ok=True)
        with open(os.path.join(cfg.out, "config.json"), "w", encoding="utf-8") as f:
            json.dump({"model": json.loads(mcfg.to_json()), "train": json.loads(cfg.to_json())}, f, indent=1)
        if cfg.resume and os.path.exists(log_path):  # drop lines after the checkpoint: one honest log
            kept = [ln for ln in open(log_path, encoding="utf-8") if ln.strip() and json.loads(ln).get("step", 0) <= state["step"]]
            with open(log_path, "w", encoding="utf-8") as f:
                f.writelines(kept)
        elif not cfg.resume and os.path.exists(log_path):
            os.unlink(log_path)

    ddp_model = model
    if world > 1:
        from torch.nn.parallel import DistributedDataParallel as DDP

        ddp_model = DDP(model, device_ids=[device.index] if device.type == "cuda" else None)
    gather = _gather_fn(world)
    autocast = torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=(precision == "bf16"))
    trainable = [p for p in model.parameters() if p.requires_grad]

    bar = None
    if rank == 0 and cfg.progress:
        from tqdm import tqdm

        bar = tqdm(total=total, initial=state["step"], desc="train", unit="step", file=sys.stderr, dynamic_ncols=True)

    def save():
        if rank == 0:
            ckpt.save_training_state(state_path, model, opt, sched, param_names, state, mcfg.to_json(), cfg.to_json())
            plot_losses(log_path, os.path.join(cfg.out, "loss.png"))

    model.train()
    start_step = state["step"]
    # Losses stay on the device: summed per optimizer step (``acc``) and over the steps since
    # the last log line (``window``), copied to the host only when a line is written. The one
    # host sync of a step is the finiteness check, which must come before the optimizer moves.
    micro, acc, window, window_steps = 0, {}, {}, 0
    t_last, samples_last = time.time(), state["samples"]
    log = open(log_path, "a", encoding="utf-8") if rank == 0 else None
    try:
        workers = cfg.num_workers
        loader = torch.utils.data.DataLoader(
            dataset, batch_sampler=RunBatches(records, cfg.batch_size, cfg.seed, state["epoch"], state["batch"],
                                              rank, world),
            collate_fn=collate, num_workers=workers, pin_memory=device.type == "cuda",
            persistent_workers=workers > 0, prefetch_factor=cfg.prefetch_factor if workers > 0 else None,
        )
        for batch in loader if state["step"] < total else ():
            last_micro = micro + 1 == cfg.grad_accum
            sync = ddp_model.no_sync() if (world > 1 and not last_micro) else contextlib.nullcontext()
            with sync:
                forward_backward(ddp_model, model, batch, gather, autocast, cfg.grad_accum, acc)
            micro += 1
            state["batch"] += 1
            state["samples"] += len(batch["clip_id"]) * world
            if state["batch"] >= per_epoch:  # the sampler goes on into the next epoch
                state["epoch"] += 1
                state["batch"] = 0
            if not last_micro:
                continue
            micro = 0
            lr_used = sched.get_last_lr()[0]
            optimizer_step(model, opt, sched, trainable, cfg.max_grad_norm, acc, world, device,
                           f"step {state['step']} (epoch {state['epoch']}, batch {state['batch']})")
            state["step"] += 1
            for k2, v in acc.items():
                window[k2] = window.get(k2, 0.0) + v
            window_steps += 1
            acc = {}
            if rank == 0 and (state["step"] % cfg.log_every == 0 or state["step"] == total):
                now = time.time()
                names = list(window)
                values = (torch.stack([window[k2] for k2 in names]) / window_steps).tolist()
                rec = {"step": state["step"], "epoch": state["epoch"], "lr": lr_used,
                       **{k2: round(v, 6) for k2, v in zip(names, values)}}
                rec["samples_per_s"] = round((state["samples"] - samples_last) / max(now - t_last, 1e-9), 3)
                t_last, samples_last = now, state["samples"]
                log.write(json.dumps(rec) + "\n")
                log.flush()
                if bar is not None:
                    bar.set_postfix(loss=f"{rec['loss']:.4f}", lr=f"{lr_used:.2e}")
            if state["step"] % cfg.log_every == 0:
                window, window_steps = {}, 0
            if bar is not None:
                bar.update(1)
            if state["step"] % cfg.save_every == 0 and state["step"] < total:
                save()
            if state["step"] >= total or (cfg.stop_after and state["step"] - start_step >= cfg.stop_after):
                break
        del loader  # its workers stop here, not at the end of the function
        save()
        if rank == 0 and state["step"] >= total:
            ckpt.save_adapter(os.path.join(cfg.out, "adapter.safetensors"), model, mcfg.to_json(),
                              {"step": state["step"]})
    finally:
        if bar is not None:
            bar.close()
        if log is not None:
            log.close()
    if world > 1:
        import torch.distributed as dist

        dist.barrier()
    return {"steps": state["step"], "total_steps": total, "epoch": state["epoch"], "out": cfg.out, "model": model}
