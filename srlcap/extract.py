"""Frames from video files: the work of `srlcap frames`.

A clip's video is the file in the videos folder named by its clip id (VidSitu ships each
10-second clip as ``v_{youtube_id}_seg_{start}_{end}.mp4``); time 0 of the file is the
clip's start. Each event is a span of ``event_seconds`` (VidSitu: five 2-second events),
and its frames are sampled at the centres of equal slices of its span (the trainer's
sampling, ``srlcap.frames.event_times``). A sample takes the frame on screen at its time:
the last one whose timestamp is not after it.

Decoding is PyAV's (FFmpeg): one well-kept binding that decodes every codec FFmpeg knows,
can also encode (the tests and the demo make real videos with it), and needs none of
torchvision's optional video back-ends. Frames are decoded in order up to the last sample
(no seeking: a 10-second clip has few key frames, so a seek saves little and costs a
flush), and only the sampled ones are converted and scaled, by FFmpeg's swscale: shorter
side to ``size`` (bicubic, like open_clip's transform), then the centre ``size`` x
``size`` square.

Clips are cut into shards of ``shard_clips`` clips in clip-id order, so a shard's bytes
depend only on its clips and the settings: workers may finish in any order, a second run
skips finished shards, and the output is the same for any ``--workers``.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass

import numpy as np

from srlcap import shards as fmt
from srlcap.errors import InputError, SrlcapError
from srlcap.frames import EVENT_SECONDS, EVENTS_PER_CLIP, FRAMES_PER_EVENT, event_times

#: ViT-B-32's input size (and most CLIPs'): the default of ``--size``.
DEFAULT_SIZE = 224
#: 32 clips of 20 frames at 224 px: about 96 MB a shard, held in memory while it is made.
DEFAULT_SHARD_CLIPS = 32
#: File names taken for videos when no split names the clips, in the order preferred when
#: one clip id has several.
VIDEO_EXTS = (".mp4", ".mkv", ".webm", ".mov", ".avi", ".m4v", ".mpg", ".mpeg")


@dataclass(frozen=True)
class Settings:
    size: int = DEFAULT_SIZE
    events: int = EVENTS_PER_CLIP
    frames_per_event: int = FRAMES_PER_EVENT
    event_seconds: float = EVENT_SECONDS

    def times(self) -> list[float]:
        """Seconds into the clip of each stored frame, event by event."""
        return [round(t, 6) for e in range(self.events)
                for t in event_times(e * self.event_seconds, (e + 1) * self.event_seconds, self.frames_per_event)]

    def check(self) -> None:
        if self.size < 1 or self.events < 1 or self.frames_per_event < 1 or not self.event_seconds > 0:
            raise SrlcapError("--size, --events, --frames and --event-seconds must be positive")


class BadVideo(Exception):
    """A video that gives no frames for its clip; the message is the reason."""


def require_av():
    """PyAV, or one line saying how to install it."""
    try:
        import av
    except ImportError:
        raise SrlcapError("`srlcap frames` decodes with PyAV, which is not installed: "
                          "pip install 'srlcap[video]' (or pip install av)") from None
    return av


# -- decoding ------------------------------------------------------------------------------------
def open_video(path: str):
    """(container, video stream) with the decoder on one thread: parallelism is one process
    per core (``--workers``), and the benchmark's per-core figures mean what they say."""
    av = require_av()
    container = av.open(path)
    if not container.streams.video:
        container.close()
        raise BadVideo("no video stream")
    stream = container.streams.video[0]
    stream.thread_type = "SLICE"
    stream.codec_context.thread_count = 1
    return container, stream


def _frame_seconds(frame, stream) -> float:
    """How long ``frame`` stays on screen (0 when the file does not say)."""
    tb = frame.time_base or stream.time_base
    if getattr(frame, "duration", None) and tb:
        return float(frame.duration * tb)
    rate = stream.average_rate or stream.guessed_rate
    return float(1 / rate) if rate else 0.0


_reformatter = None


def _square(frame, size: int) -> np.ndarray:
    """Shorter side to ``size``, then the centre square, as uint8 RGB (size, size, 3)."""
    global _reformatter
    if _reformatter is None:
        from av.video.reformatter import VideoReformatter

        # one for the process: it keeps its swscale context while the sizes stay the same,
        # and making a bicubic context costs several times scaling one frame with it
        _reformatter = VideoReformatter()
    w, h = frame.width, frame.height
    scale = size / min(w, h)
    sw, sh = max(size, round(w * scale)), max(size, round(h * scale))
    rgb = _reformatter.reformat(frame, width=sw, height=sh, format="rgb24", interpolation="BICUBIC").to_ndarray()
    top, left = (sh - size) // 2, (sw - size) // 2
    return np.ascontiguousarray(rgb[top : top + size, left : left + size])


def decode_clip(path: str, times: list[float], size: int) -> np.ndarray:
    """The frames on screen at ``times`` (ascending seconds), (len(times), size, size, 3)
    uint8; raises BadVideo (unreadable, corrupt, too short)."""
    av = require_av()
    out: list[np.ndarray | None] = [None] * len(times)
    i, prev, prev_img, t = 0, None, None, 0.0
    try:
        container, stream = open_video(path)
        try:
            for frame in container.decode(stream):
                # seconds from pts; a frame without one takes the time of the one before
                t = frame.time if frame.pts is not None else t
                # ``prev`` was on screen at every time before this frame's
                while i < len(times) and t > times[i] + 1e-6 and prev is not None:
                    if prev_img is None:
                        prev_img = _square(prev, size)
                    out[i] = prev_img
                    i += 1
                if i == len(times):
                    break
                prev, prev_img, prev_t = frame, None, t
            # computed once, for the last frame: Fraction maths on every frame costs
            last_end = prev_t + _frame_seconds(prev, stream) if prev is not None else 0.0
        finally:
            container.close()
    except BadVideo:
        raise
    except (av.FFmpegError, OSError, ValueError, EOFError, MemoryError) as e:
        raise BadVideo(f"cannot decode: {getattr(e, 'strerror', None) or e}") from None
    if prev is None and i == 0:
        raise BadVideo("no frames decoded")
    if i < len(times):
        # the last frame stays on screen until its end: samples before that still see it
        if times[-1] > last_end + 1e-6:
            raise BadVideo(f"too short: frames end at {last_end:.2f} s, the events need {times[-1]:.2f} s")
        img = prev_img if prev_img is not None else _square(prev, size)
        while i < len(times):
            out[i] = img
            i += 1
    return np.stack(out)


def decode_only(path: str) -> int:
    """Decode every frame of ``path`` and keep none: the library's own speed, the
    benchmark's baseline. Returns the number of frames."""
    container, stream = open_video(path)
    try:
        return sum(1 for _ in container.decode(stream))
    finally:
        container.close()


# -- the job -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ClipSource:
    clip_id: str
    path: str | None  # None: no video for the clip
    bytes: int | None  # file size: a shard made from other files is made again


def find_videos(videos_dir: str) -> dict[str, str]:
    """clip id -> video path for the files of ``videos_dir`` (any extension; on a tie the
    order of VIDEO_EXTS, then the name, decides)."""
    if not os.path.isdir(videos_dir):
        raise SrlcapError(f"{videos_dir}: no such directory")
    rank = {ext: i for i, ext in enumerate(VIDEO_EXTS)}
    found: dict[str, tuple] = {}
    with os.scandir(videos_dir) as it:
        for entry in it:
            if entry.name.startswith(".") or not entry.is_file():
                continue
            stem, ext = os.path.splitext(entry.name)
            key = (rank.get(ext.lower(), len(rank)), entry.name)
            if stem not in found or key < found[stem][0]:
                found[stem] = (key, entry.path)
    return {stem: path for stem, (_, path) in found.items()}


def split_clip_ids(data_dir: str, split: str) -> list[str]:
    """The clip ids of a VidSitu split: its split file, else the clips its annotation file
    names (records without a clip id are `srlcap build`'s to report, not ours)."""
    from pathlib import Path

    from srlcap.readers.common import load_json
    from srlcap.readers.vidsitu import _clip_id, vidsitu_paths

    ann_path, split_path = vidsitu_paths(Path(data_dir), split)
    if split_path is not None:
        ids = load_json(split_path)
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise InputError(split_path, None, "a split file must be a JSON list of clip ids")
        return sorted(set(ids))
    data = load_json(ann_path)
    if not isinstance(data, list):
        raise InputError(ann_path, None, "expected a JSON list of clip annotations")
    ids = set()
    for pos, raw in enumerate(data):
        try:
            ids.add(_clip_id(ann_path, f"record {pos}", raw))
        except InputError:
            continue
    return sorted(ids)


def plan(clip_ids: list[str], videos: dict[str, str]) -> list[ClipSource]:
    out = []
    for cid in sorted(set(clip_ids)):
        path = videos.get(cid)
        size = None
        if path is not None:
            try:
                size = os.path.getsize(path)
            except OSError:
                path = None
        out.append(ClipSource(cid, path, size))
    return out


def precheck(src: ClipSource) -> str | None:
    """The reason a clip cannot be read without opening it, else None."""
    if src.path is None:
        return "missing: no video file named by the clip id"
    if src.bytes == 0:
        return "empty file (0 bytes)"
    return None


@dataclass
class ShardTask:
    index: int
    clips: list[ClipSource]
    settings: Settings
    out: str
    strict: bool

    def marker(self) -> dict:
        """What a finished shard records of its inputs: a shard is done only for the same."""
        return {"clips": [[c.clip_id, c.bytes] for c in self.clips], "settings": asdict(self.settings),
                "version": fmt.VERSION}


def shard_done(task: ShardTask) -> dict | None:
    """The finished shard's record if the folder holds it for the same inputs, else None."""
    path = os.path.join(task.out, fmt.marker_name(task.index))
    try:
        with open(path, encoding="utf-8") as f:
            rec = json.load(f)
    except (OSError, ValueError):
        return None
    if rec.get("inputs") != task.marker() or not os.path.isfile(os.path.join(task.out, fmt.shard_name(task.index))):
        return None
    return rec


def make_shard(task: ShardTask, on_clip=None) -> dict:
    """Decode the shard's clips and write it (array, then its record); with ``strict`` a
    bad clip stops the shard before anything is written. Returns the record, or
    ``{"failed": [...]}`` under ``strict``."""
    s = task.settings
    times = s.times()
    rows, kept, skipped = [], [], []
    for src in task.clips:
        reason = precheck(src)
        if reason is None:
            try:
                rows.append(decode_clip(src.path, times, s.size))
                kept.append(src.clip_id)
            except BadVideo as e:
                reason = str(e)
        if reason is not None:
            skipped.append({"clip_id": src.clip_id, "path": src.path, "reason": reason})
            if task.strict:
                return {"failed": skipped}
        if on_clip is not None:
            on_clip()
    array = np.stack(rows) if rows else np.zeros((0, len(times), s.size, s.size, 3), np.uint8)
    fmt.write_array(os.path.join(task.out, fmt.shard_name(task.index)), array)
    rec = {"shard": fmt.shard_name(task.index), "clips": kept, "skipped": skipped, "inputs": task.marker()}
    fmt.write_json(os.path.join(task.out, fmt.marker_name(task.index)), rec)
    return rec


def _run_task(task: ShardTask) -> tuple[int, dict]:
    return task.index, make_shard(task)


@dataclass
class Result:
    clips: int
    shards: int
    skipped: list[dict]
    reused: int  # shards a run before had finished
    index: str


def extract(clips: list[ClipSource], out: str, settings: Settings, shard_clips: int = DEFAULT_SHARD_CLIPS,
            workers: int = 1, strict: bool = False, quiet: bool = False) -> Result:
    """Write the shards of ``clips`` under ``out`` (resuming), then its index and the list
    of skipped clips. Under ``strict`` the first bad clip raises InputError."""
    from srlcap.progress import progress

    settings.check()
    if shard_clips < 1 or workers < 1:
        raise SrlcapError("--shard-clips and --workers must be >= 1")
    if not clips:
        raise SrlcapError("no clips to extract")
    if strict:  # what needs no decoding fails before any work
        for src in clips:
            reason = precheck(src)
            if reason is not None:
                raise InputError(src.path or src.clip_id, f"clip {src.clip_id}", reason)
    os.makedirs(out, exist_ok=True)
    if os.path.exists(os.path.join(out, fmt.INDEX)):
        os.unlink(os.path.join(out, fmt.INDEX))  # the index describes finished runs only
    tasks = [ShardTask(i, clips[j : j + shard_clips], settings, out, strict)
             for i, j in enumerate(range(0, len(clips), shard_clips))]
    records: dict[int, dict] = {}
    for t in tasks:
        rec = shard_done(t)
        if rec is not None:
            records[t.index] = rec
    reused = len(records)
    todo = [t for t in tasks if t.index not in records]
    if todo:
        require_av()  # before the bar: a missing PyAV is one line, not a failure per clip

    def fail(rec: dict):
        bad = rec["failed"][0]
        raise InputError(bad["path"] or bad["clip_id"], f"clip {bad['clip_id']}", bad["reason"])

    with progress("frames", total=len(clips), quiet=quiet, unit="clip") as bar:
        bar.update(sum(len(tasks[i].clips) for i in records))
        if workers == 1 or len(todo) <= 1:
            for t in todo:
                rec = make_shard(t, on_clip=lambda: bar.update(1))
                if "failed" in rec:
                    fail(rec)
                records[t.index] = rec
        else:
            import multiprocessing

            # spawn, not fork: the parent may hold threads (the bar's monitor), and workers
            # need nothing of its memory
            with multiprocessing.get_context("spawn").Pool(min(workers, len(todo))) as pool:
                for index, rec in pool.imap_unordered(_run_task, todo):
                    if "failed" in rec:
                        pool.terminate()
                        fail(rec)
                    records[index] = rec
                    bar.update(len(tasks[index].clips))

    # shards of an earlier, longer plan are no part of this output
    keep = {fmt.shard_name(t.index) for t in tasks} | {fmt.marker_name(t.index) for t in tasks}
    for name in os.listdir(out):
        if name.startswith("shard-") and (name not in keep or ".tmp-" in name):
            os.unlink(os.path.join(out, name))
    index_clips, skipped = {}, []
    for t in tasks:
        rec = records[t.index]
        for row, cid in enumerate(rec["clips"]):
            index_clips[cid] = [t.index, row]
        skipped.extend(rec["skipped"])
    fmt.write_lines(os.path.join(out, fmt.SKIPPED), skipped)
    index = {
        "format": fmt.FORMAT, "version": fmt.VERSION, **asdict(settings), "times": settings.times(),
        "layout": "uint8 (clips, events * frames_per_event, size, size, 3), RGB",
        "shards": [fmt.shard_name(t.index) for t in tasks], "clips": index_clips, "skipped": len(skipped),
    }
    index_path = os.path.join(out, fmt.INDEX)
    fmt.write_json(index_path, index)  # last: its presence means the folder is complete
    return Result(len(index_clips), len(tasks), skipped, reused, index_path)
