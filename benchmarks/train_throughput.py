"""Training throughput: our FiGCLIP step vs a plain open_clip contrastive step.

Both steps use the same open_clip model and the same batch size B (samples per step):
- plain: B images and B captions, full fine-tuning, open_clip's ClipLoss, AdamW;
- ours: B event-text pairs (B // events clips), each event seen through ``--frames``
  frames (so B * frames images), LoRA q/k/v on the image tower, frozen text tower, the
  video contextualiser, the four FiGCLIP losses and K hard negatives per event.
Texts are fresh random strings every step, so our frozen-text cache never hits (the worst
case; in real training it hits from the second epoch on).

Prints samples/s, images/s and peak GPU memory of each, and the ratios ours/plain.

  python benchmarks/train_throughput.py                      # GPU: ViT-B-32, B=256, 8 frames
  python benchmarks/train_throughput.py --tiny               # CPU smoke check, seconds
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
    from srlcap_trainer import configs
    from srlcap_trainer.model import FigClipModel, ModelConfig

    cfg = ModelConfig(model=args.model, model_cfg=configs.get("tiny-test") if args.tiny else None,
                      lora_rank=4 if args.tiny else 64, ctx_layers=1 if args.tiny else 6,
                      events=args.events, frames=args.frames, contextualiser=not args.no_contextualiser)
    model = FigClipModel(cfg).to(device).train()
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-4,
                            fused=device.type == "cuda" or None)
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
        with autocast():
            loss = model(batch)["loss"]
        loss.backward()
        opt.step()
        opt.zero_grad(set_to_none=True)
        model.clear_text_cache()

    return step, model, clips * args.events


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", default="ViT-B-32")
    p.add_argument("--batch", type=int, default=256, help="samples per step (event-text pairs for ours)")
    p.add_argument("--frames", type=int, default=8, help="frames per event (ours)")
    p.add_argument("--events", type=int, default=5)
    p.add_argument("--negatives", type=int, default=4, help="hard negatives per event (ours)")
    p.add_argument("--steps", type=int, default=20)
    p.add_argument("--warmup", type=int, default=5)
    p.add_argument("--no-contextualiser", action="store_true")
    p.add_argument("--precision", choices=("bf16", "fp32"), default=None, help="default bf16 on CUDA, fp32 on CPU")
    p.add_argument("--tiny", action="store_true", help="tiny model, batch 10, 2 frames, 2 steps: CPU smoke check")
    p.add_argument("--json", metavar="FILE", help="also write the numbers as JSON")
    args = p.parse_args(argv)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if args.tiny:
        args.batch, args.frames, args.steps, args.warmup = 10, 2, 2, 1
    elif device.type != "cuda":
        print("no CUDA device: use --tiny for a CPU smoke check", file=sys.stderr)
        return 2
    precision = args.precision or ("bf16" if device.type == "cuda" else "fp32")

    def autocast():
        return torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=precision == "bf16")

    torch.manual_seed(0)
    step, model, _ = plain_step_fn(args, device, autocast)
    plain_dt, plain_mem = _timed(step, device, args.warmup, args.steps)
    del step, model
    if device.type == "cuda":
        torch.cuda.empty_cache()
    step, model, samples = ours_step_fn(args, device, autocast)
    ours_dt, ours_mem = _timed(step, device, args.warmup, args.steps)

    res = {
        "device": torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu",
        "model": "tiny-test" if args.tiny else args.model, "precision": precision, "batch": args.batch,
        "frames_per_event": args.frames, "negatives_per_event": args.negatives,
        "plain": {"samples_per_s": args.batch / plain_dt, "images_per_s": args.batch / plain_dt, "peak_gib": plain_mem},
        "ours": {"samples_per_s": samples / ours_dt, "images_per_s": samples * args.frames / ours_dt,
                 "peak_gib": ours_mem, "samples_per_step": samples},
    }
    res["ratio_samples_per_s"] = res["ours"]["samples_per_s"] / res["plain"]["samples_per_s"]
    res["ratio_images_per_s"] = res["ours"]["images_per_s"] / res["plain"]["images_per_s"]
    res["ratio_peak_memory"] = (ours_mem / plain_mem) if plain_mem else None
    print(f"device {res['device']}, model {res['model']}, {precision}, batch {args.batch}, "
          f"{args.frames} frames/event, K={args.negatives}")
    for name in ("plain", "ours"):
        r = res[name]
        print(f"  {name:5s}: {r['samples_per_s']:9.1f} samples/s {r['images_per_s']:9.1f} images/s "
              f"peak {r['peak_gib']:.2f} GiB")
    mem = f"{res['ratio_peak_memory']:.2f}x" if res["ratio_peak_memory"] else "n/a on CPU"
    print(f"  ours/plain: samples/s {res['ratio_samples_per_s']:.3f}x, images/s {res['ratio_images_per_s']:.3f}x, "
          f"peak memory {mem}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(res, f, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
