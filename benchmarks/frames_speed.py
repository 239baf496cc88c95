"""Frame extraction and loading speed, each against a baseline run in the same process.

1. Extraction: `srlcap frames`' work on one core (``srlcap.extract.extract``, one process,
   one decoder thread: decode, sample, scale, crop, write shards) against PyAV decoding
   every frame of the same files and keeping none (``decode_only``). Prints clips/s per
   core for both and the ratio of their times (the issue's target: at most 1.5).
2. Loading: the trainer's DataLoader over those shards (``ShardFrames`` + ``ClipDataset``
   + ``collate``, the run's one sampler) with 0, 1 and 2 workers, in frames/s, against
   the trainer's image-folder path on the same frames saved as JPEG files (PIL decode +
   open_clip's transform, 0 workers: what training read before the shards). Start-up is
   left out: the clock starts at the first batch.

Test videos are made here with PyAV (H.264, moving texture, VidSitu's 10 s; kept in
``--work`` and reused), or give your own with ``--videos DIR``. Times are machine- and
load-dependent: read the ratios, and run it on an idle machine.

  python benchmarks/frames_speed.py                    # 24 clips of 640x360 at 30 fps
  python benchmarks/frames_speed.py --videos ~/vidsitu/vsitu_vid_segs --clips 50
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import numpy as np  # noqa: E402

from srlcap.extract import DEFAULT_SIZE, Settings, decode_only, extract, find_videos, plan  # noqa: E402
from srlcap.frames import EVENT_SECONDS, EVENTS_PER_CLIP, FRAMES_PER_EVENT  # noqa: E402
from srlcap.schema import EVENT_KINDS  # noqa: E402


def make_videos(folder: str, n: int, width: int, height: int, fps: int, seconds: float) -> None:
    import av

    os.makedirs(folder, exist_ok=True)
    rng = np.random.default_rng(0)
    for c in range(n):
        path = os.path.join(folder, f"v_bench{c:03d}_seg_0_10.mp4")
        if os.path.exists(path):
            continue
        # a texture that pans and brightens: motion the encoder must code, like real footage
        tex = rng.integers(0, 256, (height // 8 + 2, width // 8 + 2, 3), dtype=np.uint8)
        tex = np.kron(tex, np.ones((8, 8, 1), np.uint8))
        tmp = path + ".tmp.mp4"
        with av.open(tmp, "w") as container:
            stream = container.add_stream("libx264", rate=fps)
            stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
            stream.options = {"preset": "veryfast", "crf": "23", "g": str(2 * fps)}
            for i in range(int(seconds * fps)):
                dx = (2 * i) % 8
                img = tex[: height, dx : dx + width]
                img = np.clip(img.astype(np.int16) + (i % 50), 0, 255).astype(np.uint8)
                for packet in stream.encode(av.VideoFrame.from_ndarray(np.ascontiguousarray(img), format="rgb24")):
                    container.mux(packet)
            for packet in stream.encode():
                container.mux(packet)
        os.replace(tmp, path)


def bench_extraction(paths: list[str], settings: Settings, rounds: int) -> dict:
    clips = plan([os.path.basename(p).rsplit(".", 1)[0] for p in paths],
                 {os.path.basename(p).rsplit(".", 1)[0]: p for p in paths})
    dec, ext = [], []
    for _ in range(rounds):  # alternated, best of each: the machine's other load hits both alike
        t = time.perf_counter()
        frames = sum(decode_only(p) for p in paths)
        dec.append(time.perf_counter() - t)
        out = tempfile.mkdtemp(prefix="frames-bench-")
        try:
            t = time.perf_counter()
            res = extract(clips, out, settings, workers=1, quiet=True)
            ext.append(time.perf_counter() - t)
        finally:
            shutil.rmtree(out)
        if res.skipped:
            raise SystemExit(f"{len(res.skipped)} videos could not be used: {res.skipped[0]}")
    n = len(paths)
    return {"clips": n, "frames_decoded_per_clip": frames / n,
            "decode_only_clips_per_s": round(n / min(dec), 2), "extract_clips_per_s": round(n / min(ext), 2),
            "ratio_extract_over_decode": round(min(ext) / min(dec), 3)}


def _records(clip_ids: list[str]):
    from srlcap_trainer.data import ClipRecord, EventRecord

    recs = []
    for cid in clip_ids:
        evs = [EventRecord(e + 1, "push", e * EVENT_SECONDS, (e + 1) * EVENT_SECONDS, f"{cid} event {e}",
                           [(EVENT_KINDS[0], f"{cid} negative {e}")]) for e in range(EVENTS_PER_CLIP)]
        recs.append(ClipRecord(cid, 0, evs, f"{cid} clip"))
    return recs


def _loader_rate(frames_src, records, workers: int, batch_size: int, batches: int) -> float:
    import torch

    from srlcap_trainer.data import ClipDataset, RunBatches, collate

    ds = ClipDataset(records, frames_src, EVENTS_PER_CLIP, FRAMES_PER_EVENT, EVENT_KINDS[:1], 1, (), 0, seed=0)
    loader = torch.utils.data.DataLoader(
        ds, batch_sampler=RunBatches(records, batch_size, 0, 0), collate_fn=collate, num_workers=workers,
        persistent_workers=workers > 0, prefetch_factor=4 if workers else None)
    it = iter(loader)
    first = next(it)
    per_batch = first["frames"].shape[0] * first["frames"].shape[1] * first["frames"].shape[2]
    t = time.perf_counter()
    for _ in range(batches):
        next(it)
    dt = time.perf_counter() - t
    del it, loader
    return per_batch * batches / dt


def bench_loader(frames_dir: str, size: int, batch_size: int, batches: int) -> dict:
    import open_clip
    import torch
    from PIL import Image

    from srlcap.shards import FrameShards
    from srlcap_trainer.data import ImageFolderFrames, ShardFrames

    torch.set_num_threads(1)
    shards = FrameShards(frames_dir)
    records = _records(sorted(shards.clips))
    out = {}
    jpeg_dir = tempfile.mkdtemp(prefix="frames-bench-jpeg-")
    try:
        # the baseline: the same frames as JPEG files, read as training read them before
        for cid in shards.clips:
            os.makedirs(os.path.join(jpeg_dir, cid))
            for j, img in enumerate(shards.frames(cid)):
                Image.fromarray(np.asarray(img)).save(os.path.join(jpeg_dir, cid, f"{j:04d}.jpg"), quality=90)
        transform = open_clip.image_transform(size, is_train=False)
        # 20 files spread over 10 s: the image-folder source takes file int(t / 10 * 20)
        folder = ImageFolderFrames(jpeg_dir, transform, EVENTS_PER_CLIP * EVENT_SECONDS, 0)
        base = _loader_rate(folder, records, 0, batch_size, max(3, batches // 10))
        out["jpeg_folder_0_workers_frames_per_s"] = round(base, 1)
    finally:
        shutil.rmtree(jpeg_dir)
    src = ShardFrames(frames_dir, size)
    for w in (0, 1, 2):
        rate = _loader_rate(src, records, w, batch_size, batches)
        out[f"shards_{w}_workers_frames_per_s"] = round(rate, 1)
        out[f"shards_{w}_workers_over_jpeg"] = round(rate / base, 2)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--videos", help="your own videos (named by clip id); default: make test videos in --work")
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "srlcap-frames-bench"),
                    help="where test videos are made and kept")
    ap.add_argument("--clips", type=int, default=24)
    ap.add_argument("--width", type=int, default=640)
    ap.add_argument("--height", type=int, default=360)
    ap.add_argument("--fps", type=int, default=30)
    ap.add_argument("--size", type=int, default=DEFAULT_SIZE)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=8, help="clips per loader batch")
    ap.add_argument("--batches", type=int, default=60, help="loader batches timed per worker count")
    ap.add_argument("--no-loader", action="store_true", help="extraction only (needs no torch)")
    ap.add_argument("--json", help="also write the figures here")
    args = ap.parse_args()

    if args.videos:
        found = find_videos(args.videos)
        paths = [found[k] for k in sorted(found)[: args.clips]]
    else:
        folder = os.path.join(args.work, f"{args.width}x{args.height}@{args.fps}")
        make_videos(folder, args.clips, args.width, args.height, args.fps, EVENTS_PER_CLIP * EVENT_SECONDS)
        paths = [os.path.join(folder, f"v_bench{c:03d}_seg_0_10.mp4") for c in range(args.clips)]
    settings = Settings(size=args.size)
    result = {"extraction": bench_extraction(paths, settings, args.rounds)}
    e = result["extraction"]
    print(f"extraction, one core: {e['extract_clips_per_s']} clips/s; PyAV decode-only on the same files: "
          f"{e['decode_only_clips_per_s']} clips/s ({e['frames_decoded_per_clip']:.0f} frames a clip); "
          f"extract/decode time ratio {e['ratio_extract_over_decode']} (target <= 1.5)")
    if not args.no_loader:
        out = os.path.join(args.work, "shards")
        extract(plan([os.path.basename(p).rsplit(".", 1)[0] for p in paths],
                     {os.path.basename(p).rsplit(".", 1)[0]: p for p in paths}), out, settings, quiet=True)
        result["loader"] = lo = bench_loader(out, args.size, args.batch_size, args.batches)
        print(f"loader, JPEG folders (the baseline), 0 workers: {lo['jpeg_folder_0_workers_frames_per_s']} frames/s")
        for w in (0, 1, 2):
            print(f"loader, shards, {w} workers: {lo[f'shards_{w}_workers_frames_per_s']} frames/s "
                  f"({lo[f'shards_{w}_workers_over_jpeg']}x the baseline)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
