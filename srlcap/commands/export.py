"""Export an srlcap Parquet file to what CLIP trainers read: open_clip's CSV (with the hard
negatives in a column of their own), JSON Lines, or WebDataset tar shards of frames,
captions and negatives. Given a trainer checkpoint instead (with the trainer installed),
write a merged open_clip checkpoint.

Frames: a row's picture is a frame file found by --frames-template, a Python format
string of {fields}, under --frames DIR. With --unit row a row has one frame (the middle
of its time span), with --unit frame one every --frame-step seconds. CSV lines are
written whether the frames exist yet or not; WebDataset samples only where they do.

examples:
  srlcap export out/srlcap_train.parquet --out out/csv --frames ~/vidsitu/frames
      python -m open_clip_train.main --train-data out/csv/srlcap_train.csv \\
          --csv-img-key filepath --csv-caption-key title ...
  srlcap export out/srlcap_train.parquet --format jsonl --rows all --out out/jsonl
  srlcap export out/srlcap_train.parquet --format webdataset --frames ~/frames \\
      --frames-template "{clip_id}/frame_{ms:06d}.jpg" --unit frame --out out/wds
  srlcap export runs/demo/checkpoint --out runs/demo/open_clip   # a trainer checkpoint

The output directory is written whole or not at all; an earlier export there is
replaced, any other non-empty directory is left alone unless --force is given.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from srlcap.errors import SrlcapError


def add_arguments(p: argparse.ArgumentParser) -> None:
    from srlcap.export import FORMATS, ROW_CHOICES, UNITS
    from srlcap.schema import STYLES
    from srlcap.video import DEFAULT_FRAMES_TEMPLATE, TEMPLATE_FIELDS

    fields = "\n".join(f"  {{{name}}}{' ' * (12 - len(name))}{what}" for name, what in TEMPLATE_FIELDS.items())
    p.epilog = f"frames template fields (--frames-template, default {DEFAULT_FRAMES_TEMPLATE!r}):\n{fields}"
    p.add_argument("file", type=Path, metavar="FILE",
                   help="srlcap Parquet file (from `srlcap build`), or a trainer checkpoint")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="output directory")
    p.add_argument("--format", default=FORMATS[0], choices=FORMATS, help=f"data format (default {FORMATS[0]})")
    p.add_argument("--rows", default=ROW_CHOICES[0], choices=ROW_CHOICES,
                   help="event rows, clip rows (whole-clip captions and clip negatives) or all (default events)")
    p.add_argument("--style", default=STYLES[0], choices=STYLES,
                   help=f"caption style of captions and negatives, csv and webdataset (default {STYLES[0]})")
    p.add_argument("--unit", default=UNITS[0], choices=UNITS,
                   help="one sample per row (its middle frame) or per frame of its time span (default row)")
    p.add_argument("--frame-step", type=float, default=1.0, metavar="SECONDS",
                   help="seconds between frames with --unit frame (default 1.0)")
    p.add_argument("--frames", type=Path, default=None, metavar="DIR",
                   help="folder of frame images (needed for webdataset; csv paths are joined to it)")
    p.add_argument("--frames-template", default=None, metavar="TEMPLATE",
                   help="frame path of a clip and time, under --frames (fields below)")
    p.add_argument("--sep", default="\t", help="csv separator (default tab, open_clip's --csv-separator default)")
    p.add_argument("--samples-per-shard", type=int, default=5000, metavar="N",
                   help="webdataset samples per tar shard (default 5000)")
    p.add_argument("--pretrained", default=None,
                   help="checkpoint input only: the open_clip pretrained tag or file the adapter was trained on")
    p.add_argument("--force", action="store_true", help="replace DIR even if srlcap did not write it")


def run(args: argparse.Namespace) -> int:
    from srlcap.writer import is_srlcap_parquet

    if not args.file.exists():
        raise SrlcapError(f"{args.file}: no such file")
    if not is_srlcap_parquet(args.file):
        return _checkpoint(args)
    from srlcap.export import ExportOptions, export

    summary = export(ExportOptions(
        file=args.file, out=args.out, format=args.format, rows=args.rows, style=args.style, unit=args.unit,
        frame_step=args.frame_step, frames=args.frames, frames_template=args.frames_template, sep=args.sep,
        samples_per_shard=args.samples_per_shard, force=args.force, quiet=args.quiet))
    print("\n".join(summary.lines()))
    return 0


def _checkpoint(args: argparse.Namespace) -> int:
    """Anything but an srlcap Parquet file goes to the trainer's checkpoint export."""
    try:
        from srlcap_trainer.export import export_checkpoint
    except ImportError:
        raise SrlcapError(f"{args.file}: neither an srlcap Parquet file nor (with the trainer installed, "
                          "pip install 'srlcap[train]') a trainer checkpoint") from None
    export_checkpoint(args.file, args.out, pretrained=args.pretrained, force=args.force, quiet=args.quiet)
    return 0
