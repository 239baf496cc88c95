"""``srlcap demo``: world (annotations and video files) -> ``srlcap build`` -> ``srlcap
frames`` -> train twice -> eval on held-out clips.

The two runs differ only in the hard negatives: "with_negatives" adds K=4 srlcap
negatives per event to the text side of the softmax, "without_negatives" has none (both
still see FiGCLIP's natural negatives, the other events of each clip, as in-batch
positives). Everything else -- data order, initialisation, steps -- is identical, so the
difference in the per-kind preference on held-out clips is the effect of the negatives.
The model is a tiny open_clip config trained from scratch (there is no pretrained CLIP to
adapt on a CPU-only machine with no downloads), so both towers train fully here.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from srlcap.errors import SrlcapError

#: the grammar the world is built with: the default, its shapes as things that act
GRAMMAR = Path(__file__).with_name("shapes.toml")

#: Clips and optimizer steps of a full run and of ``--quick`` (each overridable by its option).
SIZES = {
    "full": {"train_clips": 400, "test_clips": 100, "steps": 600},
    "quick": {"train_clips": 40, "test_clips": 16, "steps": 20},
}


def _build(ann_root: str, split: str, out: str, seed: int) -> None:
    cmd = [sys.executable, "-m", "srlcap", "build", "--data-dir", ann_root, "--split", split,
           "--out", out, "--seed", str(seed), "--grammar", str(GRAMMAR), "--quiet"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SrlcapError(f"`srlcap build` failed for split {split}: {(proc.stderr or proc.stdout).strip()[-500:]}")


def _frames(videos: str, ann_root: str, split: str, out: str, size: int) -> None:
    """`srlcap frames` on the split's videos, as a user runs it (it resumes: a reused world
    whose shards are there decodes nothing, so needs no PyAV)."""
    cmd = [sys.executable, "-m", "srlcap", "frames", videos, "--out", out, "--split", split, "--data-dir", ann_root,
           "--size", str(size), "--shard-clips", "100", "--strict", "--quiet"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SrlcapError(f"`srlcap frames` failed for split {split}: {(proc.stderr or proc.stdout).strip()[-500:]}")


def _world_stamp(seed: int, n_train: int, n_test: int) -> dict:
    """What the world and its Parquet depend on: seed, sizes, the world's code, and the code
    and grammars of ``srlcap build``."""
    import hashlib
    from pathlib import Path

    import srlcap
    from srlcap.resources import GRAMMARS
    from srlcap_trainer.demo import world

    h = hashlib.sha256(Path(world.__file__).read_bytes() + GRAMMAR.read_bytes())
    for root in (Path(srlcap.__file__).parent, Path(GRAMMARS)):
        for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".toml", ".json")):
            h.update(path.relative_to(root).as_posix().encode())
            h.update(path.read_bytes())
    return {"seed": seed, "train_clips": n_train, "test_clips": n_test, "code_sha256": h.hexdigest()}


def _reusable(stamp_path: str, stamp: dict, parquet: dict) -> bool:
    try:
        with open(stamp_path, encoding="utf-8") as f:
            old = json.load(f)
    except (OSError, ValueError):
        return False
    return old == stamp and all(os.path.isfile(p) for p in parquet.values())


def run_demo(args) -> dict:
    import torch

    from srlcap.frames import EVENTS_PER_CLIP, FRAMES_PER_EVENT
    from srlcap.schema import EVENT_KINDS
    from srlcap_trainer import configs
    from srlcap_trainer.data import frame_source
    from srlcap_trainer.demo.world import write_world
    from srlcap_trainer.evaluate import evaluate, load_model
    from srlcap_trainer.settings import EvalConfig, ModelConfig, TrainConfig
    from srlcap_trainer.train import train

    size = SIZES["quick" if args.quick else "full"]
    n_train = args.train_clips or size["train_clips"]
    n_test = args.test_clips or size["test_clips"]
    steps = args.steps or size["steps"]
    if args.threads:
        torch.set_num_threads(args.threads)
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    t0 = time.time()
    timings = {}

    parquet = {s: os.path.join(out, f"{s}.parquet") for s in ("train", "valid")}
    stamp = _world_stamp(args.seed, n_train, n_test)
    stamp_path = os.path.join(out, "world.json")
    if _reusable(stamp_path, stamp, parquet):
        # the same world and Parquet as a run before (same seed, sizes, world and build
        # code): rebuilding would give the same bytes; this also lets a machine without
        # spaCy (a lent GPU) run the training half on a world built elsewhere
        world = {"annotations": os.path.join(out, "vidsitu_annotations"), "videos": os.path.join(out, "videos")}
        timings["world_s"] = timings["build_s"] = 0.0
        timings["world_reused"] = True
    else:
        if os.path.exists(stamp_path):
            os.unlink(stamp_path)
        for old in ("frames", "videos"):  # another world's: its shards would be resumed as if current
            shutil.rmtree(os.path.join(out, old), ignore_errors=True)
        world = write_world(out, {"train": n_train, "valid": n_test}, seed=args.seed)
        timings["world_s"] = round(time.time() - t0, 1)
        t = time.time()
        for split, path in parquet.items():
            _build(world["annotations"], split, path, args.seed)
        timings["build_s"] = round(time.time() - t, 1)
        with open(stamp_path, "w", encoding="utf-8") as f:
            json.dump(stamp, f, indent=1)
    with open(os.path.join(out, "model_config.json"), "w", encoding="utf-8") as f:
        json.dump(configs.get("tiny-demo"), f, indent=1)
    t = time.time()
    frames = {s: os.path.join(out, "frames", s) for s in parquet}
    for split, path in frames.items():
        _frames(world["videos"], world["annotations"], split, path, configs.get("tiny-demo")["vision_cfg"]["image_size"])
    timings["frames_s"] = round(time.time() - t, 1)

    runs = {"with_negatives": (EVENT_KINDS, 4), "without_negatives": ((), 0)}
    results = {}
    for name, (kinds, k) in runs.items():
        t = time.time()
        mcfg = ModelConfig(
            model="tiny-demo", image_tower="full", text_tower="full", ctx_layers=2, ctx_heads=4, events=EVENTS_PER_CLIP,
            frames=FRAMES_PER_EVENT,
        )
        tcfg = TrainConfig(
            parquet=parquet["train"], frames_root=frames["train"], out=os.path.join(out, name),
            neg_kinds=kinds, negatives_per_event=k, batch_size=16, steps=steps, lr=1e-3,
            seed=args.seed, save_every=max(steps, 1),
            overwrite=True, progress=not args.quiet, precision="fp32",
        )
        train(tcfg, mcfg)
        timings[f"train_{name}_s"] = round(time.time() - t, 1)
        t = time.time()
        adapter = os.path.join(out, name, "adapter.safetensors")
        model, _ = load_model(adapter, torch.device("cpu"))
        source = frame_source(frames["valid"], None, tcfg.clip_seconds, 0, model.image_transform(),
                              image_size=model.image_size)
        res = evaluate(model, source, EvalConfig(checkpoint=adapter, parquet=parquet["valid"], batch_size=32),
                       device=torch.device("cpu"))
        with open(os.path.join(out, name, "eval_valid.json"), "w", encoding="utf-8") as f:
            json.dump(res, f, indent=1)
        results[name] = res
        timings[f"eval_{name}_s"] = round(time.time() - t, 1)
    timings["total_s"] = round(time.time() - t0, 1)

    comparison = {}
    for branch in ("clip", "ctx"):
        rows = {}
        kinds = sorted({k for r in results.values() for k in r["branches"][branch]["per_kind"]})
        for kind in kinds:
            rows[kind] = {name: r["branches"][branch]["per_kind"].get(kind, {}).get("accuracy") for name, r in results.items()}
            rows[kind]["n"] = results["with_negatives"]["branches"][branch]["per_kind"].get(kind, {}).get("n")
            # pairs the model reads as one text (cut at its context): out of the accuracies
            rows[kind]["ties"] = {name: r["branches"][branch]["per_kind"].get(kind, {}).get("ties")
                                  for name, r in results.items()}
        rows["retrieval_R@1"] = {n: r["branches"][branch]["retrieval_t2v"]["R@1"] for n, r in results.items()}
        rows["verb_accuracy"] = {n: r["branches"][branch]["verb_accuracy"]["accuracy"] for n, r in results.items()}
        comparison[branch] = rows
    summary = {
        # --quick checks that the pipeline runs; its few steps and clips measure nothing
        "smoke_test": bool(args.quick),
        "seed": args.seed, "train_clips": n_train, "test_clips": n_test, "steps": steps,
        "model": "tiny-demo (open_clip CLIP, from scratch)", "threads": torch.get_num_threads(),
        "timings": timings, "comparison": comparison, "eval": results,
    }
    tmp = os.path.join(out, "summary.json.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1)
    os.replace(tmp, os.path.join(out, "summary.json"))
    return summary
