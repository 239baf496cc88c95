"""Extract the frames the trainer reads from video files: for every clip, --frames frames
per event at the centres of equal slices of the event's own span (VidSitu: five 2-second
events of a 10-second clip), scaled and centre-cropped to --size, stored as uint8 in
NumPy shards with a JSON index (FRAMES/index.json; see docs/frames.md for the format,
which NumPy alone reads). `srlcap train --frames-root FRAMES` reads them.

A clip's video is the file in VIDEOS_DIR named by its clip id, any extension
(v_<youtube id>_seg_<start>_<end>.mp4 in VidSitu); time 0 of the file is the clip's start.
The clips are those of --split (VidSitu annotations: --data-dir, by default a
vidsitu_annotations folder in or beside VIDEOS_DIR), of --clips FILE (one id a line), or
else every video in VIDEOS_DIR.

Missing, empty, corrupt, unreadable and too-short videos are skipped and listed in
FRAMES/skipped.jsonl (clip, file, reason); --strict stops at the first one instead. A run
that is stopped keeps its finished shards (each written whole, then renamed) and the next
run with the same inputs and settings starts after them. The output is the same for any
--workers.

examples:
  srlcap frames ~/vidsitu/vsitu_vid_segs --out frames/train --split train \\
      --data-dir ~/vidsitu/vidsitu_annotations --workers 8
  srlcap frames videos/ --out frames/mine --size 336 --frames 8
  srlcap frames videos/ --out frames/valid --clips valid_ids.txt --strict
"""
from __future__ import annotations

import argparse
import os
import sys

from srlcap.errors import SrlcapError
from srlcap.extract import DEFAULT_SHARD_CLIPS, DEFAULT_SIZE
from srlcap.frames import EVENT_SECONDS, EVENTS_PER_CLIP, FRAMES_PER_EVENT


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("videos", metavar="VIDEOS_DIR", help="folder of video files named by clip id")
    p.add_argument("--out", required=True, metavar="FRAMES", help="output folder (resumed if it holds a run's shards)")
    p.add_argument("--split", default=None,
                   help="extract the clips of this VidSitu split (train, valid, ...); default: every video")
    p.add_argument("--data-dir", default=None, metavar="DIR",
                   help="VidSitu annotations for --split (default: a vidsitu_annotations folder in or "
                        "beside VIDEOS_DIR)")
    p.add_argument("--clips", default=None, metavar="FILE", help="extract the clip ids in FILE, one a line")
    p.add_argument("--size", type=int, default=DEFAULT_SIZE, metavar="PX",
                   help="frame side in pixels, the model's input size (default: %(default)s)")
    p.add_argument("--events", type=int, default=EVENTS_PER_CLIP, metavar="N", help="events per clip (default: %(default)s)")
    p.add_argument("--frames", type=int, default=FRAMES_PER_EVENT, metavar="N",
                   help="frames per event (default: %(default)s)")
    p.add_argument("--event-seconds", type=float, default=EVENT_SECONDS, metavar="S",
                   help="length of an event in seconds (default: %(default)s)")
    p.add_argument("--shard-clips", type=int, default=DEFAULT_SHARD_CLIPS, metavar="N",
                   help="clips per shard (default: %(default)s)")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="decoding processes (default: %(default)s)")
    p.add_argument("--strict", action="store_true",
                   help="stop at the first video that cannot be used (default: skip and list it)")


def _annotations(videos: str, data_dir: str | None) -> str:
    if data_dir:
        return data_dir
    for cand in (os.path.join(videos, "vidsitu_annotations"),
                 os.path.join(os.path.dirname(os.path.abspath(videos)), "vidsitu_annotations")):
        if os.path.isdir(cand):
            return cand
    raise SrlcapError("--split: no vidsitu_annotations folder in or beside VIDEOS_DIR; give --data-dir")


def _clip_list(path: str) -> list[str]:
    try:
        with open(path, encoding="utf-8") as f:
            return [line.strip() for line in f if line.strip() and not line.startswith("#")]
    except (OSError, UnicodeDecodeError) as e:
        raise SrlcapError(f"--clips {path}: {getattr(e, 'strerror', None) or e}") from None


def run(args: argparse.Namespace) -> int:
    from srlcap.extract import Settings, extract, find_videos, plan, split_clip_ids

    if args.split and args.clips:
        raise SrlcapError("give --split or --clips, not both")
    videos = find_videos(args.videos)
    if args.split:
        ids = split_clip_ids(_annotations(args.videos, args.data_dir), args.split)
    elif args.clips:
        ids = _clip_list(args.clips)
    else:
        from srlcap.extract import VIDEO_EXTS

        ids = [cid for cid, path in videos.items() if path.lower().endswith(VIDEO_EXTS)]
    settings = Settings(size=args.size, events=args.events, frames_per_event=args.frames,
                        event_seconds=args.event_seconds)
    try:
        result = extract(plan(ids, videos), args.out, settings, shard_clips=args.shard_clips, workers=args.workers,
                         strict=args.strict, quiet=args.quiet)
    except KeyboardInterrupt:
        # not the generic "no output was written": the finished shards are kept, and used
        print("srlcap: interrupted; finished shards are kept, and the same command resumes after them",
              file=sys.stderr)
        return 130
    skipped = ""
    if result.skipped:
        skipped = f"; {len(result.skipped)} skipped, listed in {os.path.join(args.out, 'skipped.jsonl')}"
    reused = f" ({result.reused} finished before)" if result.reused else ""
    print(f"wrote {result.index}: {result.clips:,} clips in {result.shards} shards{reused}, "
          f"{settings.events} events x {settings.frames_per_event} frames at {settings.size} px{skipped}")
    return 0
