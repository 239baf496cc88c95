"""Training throughput: our FiGCLIP step vs a plain open_clip contrastive step.

Both steps use the same open_clip model and the same batch size B (samples per step):
- plain: B images and B captions, full fine-tuning, open_clip's ClipLoss, AdamW;
- ours: B event-text pairs (B // events clips), each event seen through ``--frames``
  frames (so B * frames images), LoRA q/k/v on the image tower, frozen text tower, the
  video contextualiser, the four FiGCLIP losses and K hard negatives per event.
Texts are fresh random strings every step, so our frozen-text cache never hits (the worst
case; in real training it hits from the second epoch on).

Prints samples/s, images/s, peak GPU memory, achieved TFLOP/s (matmul and attention FLOPs
of one step as torch.utils.flop_counter counts them, forward and backward) and MFU against
the GPU's dense bf16 peak (``--peak-tflops``), and the ratios ours/plain.

  python benchmarks/train_throughput.py                      # GPU: ViT-B-32, B=256, 5 events x 4 frames
  python benchmarks/train_throughput.py --tiny --device cpu  # CPU smoke check, seconds
  python benchmarks/train_throughput.py --model ViT-L-14 --batch 128 --frames 4
"""
from __future__ import annotations

import argparse
import json
import os
import random
import string
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import torch  # noqa: E402


def _texts(rng: random.Random, n: int) -> list[str]:
    words = ["the", "action", "is", "push", "where", "red", "square", "blue", "circle", "left", "room"]
    return [" ".join(rng.choice(words) for _ in range(12)) + " " + "".join(rng.choices(string.ascii_lowercase, k=6))
            for _ in range(n)]


def _sync(device):
    if device.type == "cuda":
        torch.cuda.synchronize()


def _timed(step, device, warmup: int, steps: int) -> tuple[float, float]:
    """Seconds per step (after warm-up) and peak memory in GiB (0 on CPU)."""
    for _ in range(warmup):
        step()
    _sync(device)
    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats(device)
    t = time.perf_counter()
    for _ in range(steps):
        step()
    _sync(device)
    dt = (time.perf_counter() - t) / steps
    peak = torch.cuda.max_memory_allocated(device) / 2**30 if device.type == "cuda" else 0.0
    return dt, peak


def plain_step_fn(args, device, autocast):
    import open_clip
    from open_clip.loss import ClipLoss

    from srlcap_trainer import configs

    if args.tiny:
        model = open_clip.CLIP(**configs.get("tiny-test"))
        tok = open_clip.SimpleTokenizer(context_length=configs.get("tiny-test")["text_cfg"]["context_length"])
    else:
        model = open_clip.create_model(args.model)
        tok = open_clip.get_tokenizer(args.model)
    model.to(device).train()
    opt = torch.optim.AdamW(model.parameters(), lr=1e-5, fused=device.type == "cuda" or None)
    loss_fn = ClipLoss()
    size = model.visual.image_size if isinstance(model.visual.image_size, int) else model.visual.image_size[0]
    rng = random.Random(0)
    images = torch.randn(args.batch, 3, size, size, device=device)

    def step():
        text = tok(_texts(rng, args.batch)).to(device)
        with autocast():
            img_f, txt_f, scale = model(images, text)[:3]
            loss = loss_fn(img_f, txt_f, scale)
        loss.backward()
        opt.step()
        opt.zero_grad(set_to_none=True)

    del_model = lambda: None  # noqa: E731
    return step, model, del_model


def ours_step_fn(args, device, autocast):
    """The trainer's own step (``train.forward_backward`` + ``optimizer_step``: LoRA deltas
    cached per forward, losses kept on the device, fused AdamW on CUDA, the logit-scale bound)
    on a synthetic batch."""
    from srlcap_trainer import configs
    from srlcap_trainer.model import FigClipModel, ModelConfig
    from srlcap_trainer.settings import TrainConfig
    from srlcap_trainer.train import forward_backward, lr_lambda, make_optimizer, optimizer_step

    cfg = ModelConfig(model=args.model, model_cfg=configs.get("tiny-test") if args.tiny else None,
                      lora_rank=4 if args.tiny else 64, ctx_layers=1 if args.tiny else 6,
                      events=args.events, frames=args.frames, contextualiser=not args.no_contextualiser)
    model = FigClipModel(cfg).to(device).train()
    tcfg = TrainConfig(parquet="-", out="-")
    opt, _ = make_optimizer(model, tcfg, device)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda(10**6, 0))
    trainable = [p for p in model.parameters() if p.requires_grad]
    clips = max(1, args.batch // args.events)
    v = model.clip.visual
    size = v.image_size if isinstance(v.image_size, int) else v.image_size[0]
    frames = torch.randn(clips, args.events, args.frames, 3, size, size, device=device)
    rng = random.Random(1)
    k = args.negatives

    def step():
        ev = _texts(rng, clips * args.events)
        neg = _texts(rng, clips * args.events * k)
        batch = {
            "frames": frames, "event_mask": torch.ones(clips, args.events, dtype=torch.bool),
            "event_text": ev,
            "neg_text": neg, "neg_mask": torch.ones(clips, args.events, k, dtype=torch.bool),
            "clip_text": [""] * clips,
            "clip_neg_text": [], "clip_neg_mask": torch.zeros(clips, 0, dtype=torch.bool),
        }
        acc = {}
        forward_backward(model, model, batch, None, autocast(), 1, acc)
        optimizer_step(model, opt, sched, trainable, tcfg.max_grad_norm, acc, 1, device, "benchmark")
        model.clear_text_cache()

    return step, model, clips * args.events


#: Dense bf16 peak of a GPU by name, TFLOP/s (vendor figures), for MFU.
PEAK_BF16_TFLOPS = {"H200": 989.0, "H100": 989.0, "A100": 312.0, "L40S": 362.0, "A10": 125.0}


def _peak_tflops(device, given: float | None) -> float | None:
    if given:
        return given
    if device.type != "cuda":
        return None
    name = torch.cuda.get_device_name(device)
    return next((v for k, v in PEAK_BF16_TFLOPS.items() if k in name), None)


def _flops_per_step(step) -> float:
    """Matmul/attention FLOPs of one step, forward and backward, as torch counts them."""
    from torch.utils.flop_counter import FlopCounterMode

    counter = FlopCounterMode(display=False)
    with counter:
        step()
    return float(counter.get_total_flops())


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", default="ViT-B-32")
    p.add_argument("--batch", type=int, default=256, help="samples per step (event-text pairs for ours)")
    p.add_argument("--frames", type=int, default=4, help="frames per event (ours)")
    p.add_argument("--events", type=int, default=5)
    p.add_argument("--negatives", type=int, default=4, help="hard negatives per event (ours)")
    p.add_argument("--steps", type=int, default=20)
    p.add_argument("--warmup", type=int, default=5)
    p.add_argument("--no-contextualiser", action="store_true")
    p.add_argument("--precision", choices=("bf16", "fp32"), default=None, help="default bf16 on CUDA, fp32 on CPU")
    p.add_argument("--tiny", action="store_true", help="tiny model, batch 10, 2 frames, 2 steps: CPU smoke check")
    p.add_argument("--json", metavar="FILE", help="also write the numbers as JSON")
    p.add_argument("--device", default="auto", help="auto (CUDA if there is one), cuda, cuda:N or cpu")
    p.add_argument("--peak-tflops", type=float, help="the device's peak TFLOP/s for MFU (default: the vendor's "
                                                      "dense bf16 figure of a known GPU; none on the CPU)")
    args = p.parse_args(argv)
    if args.device == "auto":
        args.device = "cuda" if torch.cuda.is_available() else "cpu"
    try:
        device = torch.device(args.device)
    except RuntimeError:
        print(f"train_throughput: --device {args.device}: not a device name", file=sys.stderr)
        return 2
    if device.type == "cuda" and not torch.cuda.is_available():
        print(f"train_throughput: --device {args.device}: CUDA is not available on this machine", file=sys.stderr)
        return 2
    if args.tiny:
        args.batch, args.frames, args.steps, args.warmup = 10, 2, 2, 1
    elif device.type != "cuda":
        print("train_throughput: a full-size run needs CUDA: use --tiny for a CPU smoke check", file=sys.stderr)
        return 2
    precision = args.precision or ("bf16" if device.type == "cuda" else "fp32")

    def autocast():
        return torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=precision == "bf16")

    torch.manual_seed(0)
    step, model, _ = plain_step_fn(args, device, autocast)
    plain_dt, plain_mem = _timed(step, device, args.warmup, args.steps)
    plain_flops = _flops_per_step(step)
    del step, model
    if device.type == "cuda":
        torch.cuda.empty_cache()
    step, model, samples = ours_step_fn(args, device, autocast)
    ours_dt, ours_mem = _timed(step, device, args.warmup, args.steps)
    ours_flops = _flops_per_step(step)
    peak = _peak_tflops(device, args.peak_tflops)

    res = {
        "device": torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu",
        "model": "tiny-test" if args.tiny else args.model, "precision": precision, "batch": args.batch,
        "frames_per_event": args.frames, "negatives_per_event": args.negatives,
        "plain": {"samples_per_s": args.batch / plain_dt, "images_per_s": args.batch / plain_dt, "peak_gib": plain_mem,
                  "tflops_per_step": plain_flops / 1e12, "achieved_tflops": plain_flops / plain_dt / 1e12},
        "ours": {"samples_per_s": samples / ours_dt, "images_per_s": samples * args.frames / ours_dt,
                 "peak_gib": ours_mem, "samples_per_step": samples,
                 "tflops_per_step": ours_flops / 1e12, "achieved_tflops": ours_flops / ours_dt / 1e12},
        "peak_tflops": peak,
    }
    for name in ("plain", "ours"):
        res[name]["mfu"] = res[name]["achieved_tflops"] / peak if peak else None
    res["ratio_samples_per_s"] = res["ours"]["samples_per_s"] / res["plain"]["samples_per_s"]
    res["ratio_images_per_s"] = res["ours"]["images_per_s"] / res["plain"]["images_per_s"]
    res["ratio_peak_memory"] = (ours_mem / plain_mem) if plain_mem else None
    print(f"device {res['device']}, model {res['model']}, {precision}, batch {args.batch}, "
          f"{args.frames} frames/event, K={args.negatives}")
    for name in ("plain", "ours"):
        r = res[name]
        mfu = f"MFU {r['mfu']:.3f}" if r["mfu"] is not None else "MFU n/a (no peak figure)"
        print(f"  {name:5s}: {r['samples_per_s']:9.1f} samples/s {r['images_per_s']:9.1f} images/s "
              f"peak {r['peak_gib']:.2f} GiB, {r['achieved_tflops']:.3g} TFLOP/s, {mfu}")
    mem = f"{res['ratio_peak_memory']:.2f}x" if res["ratio_peak_memory"] else "n/a on CPU"
    print(f"  ours/plain: samples/s {res['ratio_samples_per_s']:.3f}x, images/s {res['ratio_images_per_s']:.3f}x, "
          f"peak memory {mem}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(res, f, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
