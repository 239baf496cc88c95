"""srlcap Parquet -> clip samples -> batches with a fixed number K of negatives.

One training sample is one clip annotation: its E event rows (prompt + hard negatives,
frames sampled inside the event's time span) and its clip row (clip caption + clip-level
negatives). A sample's negatives always travel in its own batch. K is fixed by the config,
not by the batch, so that every rank of a DDP job builds tensors of the same shape.

Order is a pure function of (seed, epoch): resuming at (epoch, batch) needs no saved
sampler state, and negative picks are seeded per (seed, epoch, clip), so an interrupted
and resumed run sees exactly the batches an uninterrupted one sees.
"""
from __future__ import annotations

import hashlib
import math
import os
import re
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import torch

from srlcap.errors import SrlcapError
from srlcap.frames import event_times
from srlcap.schema import CLIP_EVENT, NEGATIVE_KINDS, STYLES, open_parquet
from srlcap.shards import FrameShards, is_frames_dir

IMAGE_EXTS = (".jpg", ".jpeg", ".png", ".webp", ".bmp")


@dataclass
class EventRecord:
    event_idx: int
    verb: str | None
    start_s: float
    end_s: float
    text: str
    negatives: list[tuple[str, str]]  # (kind, text)


@dataclass
class ClipRecord:
    clip_id: str
    ann_idx: int
    events: list[EventRecord]
    text: str  # clip-level caption ("" if the file has no clip row)
    negatives: list[tuple[str, str]] = field(default_factory=list)
    summary: str = ""  # the clip told compactly enough for CLIP's 77 tokens (schema 1.2 on)

    def clip_text(self, form: str) -> str:
        """The clip's text in ``form`` ("summary" falls back to the caption where there is none)."""
        return self.summary if form == "summary" and self.summary else self.text


def _seed_of(*parts) -> int:
    h = hashlib.blake2b("/".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(h, "little") & 0x7FFF_FFFF_FFFF_FFFF


def read_parquet(path: str, style: str) -> list[ClipRecord]:
    """Read and group an srlcap Parquet file (checks the schema version)."""
    if style not in STYLES:
        raise SrlcapError(f"--style {style!r}: choose one of {', '.join(STYLES)}")
    cols = ["clip_id", "ann_idx", "event", "event_idx", "verb", "start_s", "end_s", style, "negatives"]
    pf = open_parquet(path, cols)
    if "summary" in pf.schema_arrow.names:  # files of schema 1.0/1.1 have none
        cols.append("summary")
    try:
        table = pf.read(columns=cols)
    except (pa.ArrowException, OSError) as e:  # a file whose footer reads but whose pages do not
        raise SrlcapError(f"{path}: cannot read Parquet: {e}") from None
    groups: dict[tuple[str, int], ClipRecord] = {}
    for row in table.to_pylist():
        key = (row["clip_id"], int(row["ann_idx"]))
        rec = groups.get(key)
        if rec is None:
            rec = groups[key] = ClipRecord(key[0], key[1], [], "")
        negs = [(n["kind"], n[style]) for n in (row["negatives"] or []) if n.get(style)]
        if row["event"] == CLIP_EVENT:
            rec.text, rec.negatives, rec.summary = row[style], negs, row.get("summary") or ""
        else:
            rec.events.append(EventRecord(int(row["event_idx"]), row["verb"], float(row["start_s"] or 0.0),
                                          float(row["end_s"] or 0.0), row[style], negs))
    records = sorted(groups.values(), key=lambda r: (r.clip_id, r.ann_idx))
    for r in records:
        r.events.sort(key=lambda e: e.event_idx)
    if not records:
        raise SrlcapError(f"{path}: no rows")
    return records


def _natural_key(s: str):
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", s)]


class ImageFolderFrames:
    """``{root}/{clip_id}/`` holding the clip's frames in time order, spread over the clip."""

    def __init__(self, root: str, transform, clip_seconds: float, cache_size: int):
        if not os.path.isdir(root):
            raise SrlcapError(f"--frames-root {root}: no such directory")
        self.root, self.transform, self.clip_seconds = root, transform, clip_seconds
        self.cache: OrderedDict = OrderedDict()
        self.cache_size = cache_size
        self._listing: dict[str, list[str]] = {}

    def _files(self, clip_id: str) -> list[str]:
        files = self._listing.get(clip_id)
        if files is None:
            d = os.path.join(self.root, clip_id)
            if not os.path.isdir(d):
                raise SrlcapError(f"{d}: no frames for clip {clip_id}")
            files = sorted((f for f in os.listdir(d) if f.lower().endswith(IMAGE_EXTS)), key=_natural_key)
            if not files:
                raise SrlcapError(f"{d}: no image files for clip {clip_id}")
            self._listing[clip_id] = files
        return files

    def _load(self, clip_id: str, name: str) -> torch.Tensor:
        key = (clip_id, name)
        if key in self.cache:
            self.cache.move_to_end(key)
            return self.cache[key]
        from PIL import Image

        path = os.path.join(self.root, clip_id, name)
        try:
            with Image.open(path) as im:
                x = self.transform(im.convert("RGB"))
        except OSError as e:
            raise SrlcapError(f"{path}: cannot read image: {e}") from None
        if self.cache_size:
            self.cache[key] = x
            if len(self.cache) > self.cache_size:
                self.cache.popitem(last=False)
        return x

    def get(self, clip_id: str, times: list[float]) -> torch.Tensor:
        files = self._files(clip_id)
        n = len(files)
        idx = [min(n - 1, max(0, int(t / self.clip_seconds * n))) for t in times]
        return torch.stack([self._load(clip_id, files[i]) for i in idx])


class FeatureFrames:
    """Precomputed per-frame features: a safetensors file (key = clip_id, value (T, D)) or a
    directory of ``{clip_id}.npy`` / ``{clip_id}.safetensors``; frames spread over the clip."""

    def __init__(self, path: str, clip_seconds: float):
        self.path, self.clip_seconds = path, clip_seconds
        self._file = None
        if os.path.isfile(path):
            from safetensors import safe_open

            self._file = safe_open(path, framework="pt")
            self._keys = set(self._file.keys())
        elif not os.path.isdir(path):
            raise SrlcapError(f"--features {path}: no such file or directory")

    def _clip(self, clip_id: str) -> torch.Tensor:
        if self._file is not None:
            if clip_id not in self._keys:
                raise SrlcapError(f"{self.path}: no features for clip {clip_id}")
            return self._file.get_tensor(clip_id)
        npy = os.path.join(self.path, clip_id + ".npy")
        st = os.path.join(self.path, clip_id + ".safetensors")
        if os.path.isfile(npy):
            return torch.from_numpy(np.load(npy, allow_pickle=False))
        if os.path.isfile(st):
            from safetensors.torch import load_file

            return next(iter(load_file(st).values()))
        raise SrlcapError(f"{self.path}: no features for clip {clip_id}")

    def get(self, clip_id: str, times: list[float]) -> torch.Tensor:
        feats = self._clip(clip_id).float()
        n = feats.shape[0]
        idx = [min(n - 1, max(0, int(t / self.clip_seconds * n))) for t in times]
        return feats[idx]


class ShardFrames:
    """The output of `srlcap frames`: uint8 (H, W, 3) frames read from memory-mapped shards,
    the stored frame nearest each asked time. No decoding and no float maths here: a worker
    only copies bytes, and the batch travels to the device as uint8 (a quarter of float32's
    bytes), where the model scales and normalises it (``FigClipModel.encode_frames``)."""

    def __init__(self, root: str, image_size: int | None):
        self.shards = FrameShards(root)
        if image_size is not None and self.shards.size != image_size:
            raise SrlcapError(f"{root}: frames of {self.shards.size} px, the model takes {image_size} px; "
                              f"extract again with `srlcap frames --size {image_size}`")
        self._nearest: dict[tuple, list[int]] = {}

    def get(self, clip_id: str, times: list[float]) -> torch.Tensor:
        key = tuple(times)
        idx = self._nearest.get(key)
        if idx is None:  # clips share their event times: worked out once per layout
            idx = self._nearest[key] = self.shards.nearest(times)
        return torch.from_numpy(np.ascontiguousarray(self.shards.frames(clip_id)[idx]))


def with_frames(records: list[ClipRecord], frames, note: bool = True) -> list[ClipRecord]:
    """``records`` less the clips that `srlcap frames` skipped (a missing, corrupt or short
    video: VidSitu's YouTube clips do disappear), said once on stderr; other frame sources
    are only asked when a clip is read."""
    if not isinstance(frames, ShardFrames):
        return records
    kept = [r for r in records if r.clip_id in frames.shards]
    missing = sorted({r.clip_id for r in records} - {r.clip_id for r in kept})
    root = frames.shards.root
    if not kept:
        raise SrlcapError(f"{root}: none of the Parquet's {len(records)} clips has frames there "
                          "(another split extracted?)")
    if missing and note:
        import sys

        print(f"note: {len(missing)} clip(s) of the Parquet have no frames in {root} (first: {missing[0]}; "
              f"see {os.path.join(root, 'skipped.jsonl')}): left out", file=sys.stderr)
    return kept


def augment_frames(frames: torch.Tensor, rng: torch.Generator, scale=(0.8, 1.0), ratio=(3 / 4, 4 / 3)) -> torch.Tensor:
    """A random resized crop, the same box for all of a clip's frames (its motion stays
    whole), at the same size. Deliberately no flips and no colour changes: captions say
    "to the left" and "red", and a flipped or recoloured frame would contradict them.
    ``frames``: (..., H, W, 3) uint8 or (..., 3, H, W) float; returned as given."""
    hwc = frames.dtype == torch.uint8
    x = frames.movedim(-1, -3).float() if hwc else frames
    h, w = x.shape[-2:]
    r = torch.rand(3, generator=rng).tolist()
    area = h * w * (scale[0] + (scale[1] - scale[0]) * r[0])
    aspect = math.exp(math.log(ratio[0]) + (math.log(ratio[1]) - math.log(ratio[0])) * r[1])
    ch = max(1, min(h, round(math.sqrt(area / aspect))))
    cw = max(1, min(w, round(math.sqrt(area * aspect))))
    top = int(r[2] * (h - ch + 1)) if h > ch else 0
    left = int(torch.randint(0, w - cw + 1, (1,), generator=rng)) if w > cw else 0
    lead = x.shape[:-3]
    crop = x[..., top : top + ch, left : left + cw].reshape(-1, x.shape[-3], ch, cw)
    out = torch.nn.functional.interpolate(crop, size=(h, w), mode="bilinear", align_corners=False, antialias=True)
    out = out.reshape(*lead, x.shape[-3], h, w)
    if hwc:
        return out.round().clamp(0, 255).to(torch.uint8).movedim(-3, -1).contiguous()
    return out


def frame_source(frames_root: str | None, features: str | None, clip_seconds: float, cache_frames: int, transform,
                 image_size: int | None = None):
    """Where clips' frames come from: precomputed features, the shards of `srlcap frames`
    (``frames_root`` holding its index.json; ``image_size`` the model's, checked), or image
    files turned into model input by ``transform`` (the model's ``image_transform()``)."""
    if frames_root and features:
        raise SrlcapError("give either --frames-root or --features, not both")
    if features:
        return FeatureFrames(features, clip_seconds)
    if not frames_root:
        raise SrlcapError("give --frames-root (frames per clip) or --features (precomputed frame features)")
    if is_frames_dir(frames_root):
        return ShardFrames(frames_root, image_size)
    return ImageFolderFrames(frames_root, transform, clip_seconds, cache_frames)


class ClipDataset(torch.utils.data.Dataset):
    """Map-style dataset indexed by (record index, epoch); see module doc for determinism."""

    def __init__(self, records: list[ClipRecord], frames, events: int, frames_per_event: int,
                 neg_kinds: tuple[str, ...], k: int, clip_neg_kinds: tuple[str, ...], k_clip: int, seed: int,
                 clip_text: str = "paragraph", augment: bool = False):
        bad = [x for x in neg_kinds + clip_neg_kinds if x not in NEGATIVE_KINDS]
        if bad:
            raise SrlcapError(f"unknown negative kind(s) {bad}; known: {', '.join(NEGATIVE_KINDS)}")
        self.records, self.frames = records, frames
        self.events, self.fpe = events, frames_per_event
        self.neg_kinds, self.k = set(neg_kinds), k
        self.clip_neg_kinds, self.k_clip = set(clip_neg_kinds), k_clip
        self.seed = seed
        self.clip_text_form = clip_text
        self.augment = augment

    def __len__(self) -> int:
        return len(self.records)

    def _pick(self, pool: list[tuple[str, str]], kinds: set, positive: str, k: int, rng: torch.Generator):
        seen, cands = {positive}, []
        for kind, text in pool:
            if kind in kinds and text not in seen:
                seen.add(text)
                cands.append((kind, text))
        if len(cands) > k:
            # one negative of each kind before a second of any, kinds in random order:
            # a kind that the build makes several of (FiGCLIP's verb negatives) does not
            # crowd out the one role swap
            order = torch.randperm(len(cands), generator=rng).tolist()
            rank, taken = {}, []
            for i in order:
                kind = cands[i][0]
                taken.append((rank.get(kind, 0), len(taken), i))
                rank[kind] = rank.get(kind, 0) + 1
            cands = [cands[i] for i in sorted(i for _, _, i in sorted(taken)[:k])]
        return cands + [("", "")] * (k - len(cands))

    def __getitem__(self, key) -> dict:
        index, epoch = key if isinstance(key, tuple) else (key, 0)
        rec = self.records[index]
        rng = torch.Generator().manual_seed(_seed_of(self.seed, epoch, rec.clip_id, rec.ann_idx))
        evs = rec.events[: self.events]
        times = [t for ev in evs for t in event_times(ev.start_s, ev.end_s, self.fpe)]
        frames = self.frames.get(rec.clip_id, times) if times else None
        if frames is not None:
            if self.augment:  # drawn from the sample's own generator: a resumed run sees the same crops
                frames = augment_frames(frames, rng)
            frames = frames.reshape(len(evs), self.fpe, *frames.shape[1:])
            if len(evs) < self.events:
                pad = frames.new_zeros(self.events - len(evs), *frames.shape[1:])
                frames = torch.cat([frames, pad])
        negs = [self._pick(ev.negatives, self.neg_kinds, ev.text, self.k, rng) for ev in evs]
        clip_text = rec.clip_text(self.clip_text_form)
        # clip-level negatives exist as paragraphs only: beside a summary they would differ from
        # the positive in form (a shortcut), so a summary goes without them
        clip_pool = rec.negatives if clip_text == rec.text else []
        negs += [[("", "")] * self.k] * (self.events - len(evs))
        return {
            "clip_id": rec.clip_id,
            "ann_idx": rec.ann_idx,
            "frames": frames,
            "event_mask": torch.tensor([i < len(evs) for i in range(self.events)]),
            "event_text": [ev.text for ev in evs] + [""] * (self.events - len(evs)),
            "verbs": [ev.verb or "" for ev in evs] + [""] * (self.events - len(evs)),
            "neg_kind": [[kind for kind, _ in n] for n in negs],
            "neg_text": [[text for _, text in n] for n in negs],
            "clip_text": clip_text,
            "clip_neg": self._pick(clip_pool, self.clip_neg_kinds, clip_text, self.k_clip, rng),
        }


def _stack(tensors: list[torch.Tensor]) -> torch.Tensor:
    """``torch.stack``; in a DataLoader worker straight into shared memory, as torch's
    default_collate does, so the batch crosses to the training process without the copy
    that moving it there afterwards costs (the frames are most of a batch's bytes)."""
    if torch.utils.data.get_worker_info() is None:
        return torch.stack(tensors)
    first = tensors[0]
    storage = first.untyped_storage()._new_shared(len(tensors) * first.numel() * first.element_size())
    out = first.new(storage).view(first.dtype).resize_(len(tensors), *first.shape)
    return torch.stack(tensors, out=out)


def collate(samples: list[dict]) -> dict:
    """Stack samples; texts stay lists of strings (flattened row-major), masks tensors. Text
    ids for false-negative masking are the model's (``FigClipModel.text_ids``): they depend
    on its tokenizer."""
    b = len(samples)
    event_text = [t for s in samples for t in s["event_text"]]
    neg_text = [t for s in samples for row in s["neg_text"] for t in row]
    clip_neg_text = [t for s in samples for _, t in s["clip_neg"]]
    e = len(samples[0]["event_text"])
    k = len(samples[0]["neg_text"][0]) if samples[0]["neg_text"] else 0
    kv = len(samples[0]["clip_neg"])
    frames = samples[0]["frames"]
    return {
        "clip_id": [s["clip_id"] for s in samples],
        "ann_idx": [s["ann_idx"] for s in samples],
        "frames": _stack([s["frames"] for s in samples]) if frames is not None else None,
        "event_mask": torch.stack([s["event_mask"] for s in samples]),
        "event_text": event_text,
        "verbs": [v for s in samples for v in s["verbs"]],
        "neg_text": neg_text,
        "neg_kind": [kd for s in samples for row in s["neg_kind"] for kd in row],
        "neg_mask": torch.tensor([bool(t) for t in neg_text], dtype=torch.bool).reshape(b, e, k),
        "clip_text": [s["clip_text"] for s in samples],
        "clip_neg_text": clip_neg_text,
        "clip_neg_mask": torch.tensor([bool(t) for t in clip_neg_text], dtype=torch.bool).reshape(b, kv),
    }


class EpochBatches(torch.utils.data.Sampler):
    """Batches of (record index, epoch) for one epoch, from batch ``start`` on.

    One annotation per clip per epoch (chosen by the seed), clips shuffled by (seed, epoch),
    sharded over ranks, last incomplete batch dropped so every rank does the same steps.
    """

    def __init__(self, records: list[ClipRecord], batch_size: int, seed: int, epoch: int,
                 start: int = 0, rank: int = 0, world: int = 1, shuffle: bool = True):
        by_clip: dict[str, list[int]] = {}
        for i, r in enumerate(records):
            by_clip.setdefault(r.clip_id, []).append(i)
        clips = sorted(by_clip)
        g = torch.Generator().manual_seed(_seed_of(seed, "order", epoch))
        order = torch.randperm(len(clips), generator=g).tolist() if shuffle else list(range(len(clips)))
        picks = []
        for ci in order:
            anns = by_clip[clips[ci]]
            picks.append(anns[_seed_of(seed, "ann", epoch, clips[ci]) % len(anns)])
        per_rank = len(picks) // world
        mine = picks[rank * per_rank : (rank + 1) * per_rank]
        self.batches = [
            [(i, epoch) for i in mine[j : j + batch_size]]
            for j in range(0, len(mine) - batch_size + 1, batch_size)
        ]
        self.start = start

    def __iter__(self):
        return iter(self.batches[self.start :])

    def __len__(self) -> int:
        return max(0, len(self.batches) - self.start)


def batches_per_epoch(records: list[ClipRecord], batch_size: int, world: int = 1) -> int:
    clips = len({r.clip_id for r in records})
    return (clips // world) // batch_size


class RunBatches(torch.utils.data.Sampler):
    """The batches of a whole run from (``epoch``, ``start``) on: each epoch's
    ``EpochBatches`` in turn, without end (the loop stops at its step count).

    One sampler for the run means one DataLoader for the run: its workers start once and
    keep prefetching across epoch boundaries, instead of a loader (and its workers) built
    again every epoch. Batches are the same as the per-epoch samplers give."""

    def __init__(self, records: list[ClipRecord], batch_size: int, seed: int, epoch: int, start: int = 0,
                 rank: int = 0, world: int = 1):
        self.args = (records, batch_size, seed)
        self.epoch, self.start, self.rank, self.world = epoch, start, rank, world

    def __iter__(self):
        records, batch_size, seed = self.args
        epoch, start = self.epoch, self.start
        while True:
            batches = EpochBatches(records, batch_size, seed, epoch, start, self.rank, self.world)
            if not len(batches) and start == 0:
                return  # no batch in an epoch: none in any (the trainer checks this before)
            yield from batches
            epoch, start = epoch + 1, 0
