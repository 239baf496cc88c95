"""Write a self-contained HTML gallery of the captions and hard negatives in an srlcap Parquet file.

The gallery shows every clip with its five events, each event's verb, roles and
captions in every style, and the hard negatives of each row with the changed words
highlighted. It filters by split, verb (type-ahead) and negative kind, searches clip
ids, verbs, role fillers and caption text, and opens with summary charts (negatives per
kind, verb frequency, caption lengths) and counts that follow the filters. A VidSitu
clip links to its segment on YouTube; with --frames each row shows its frame. A "flag"
button on each negative collects the bad ones; "download flagged" saves them as JSON
Lines for `srlcap build --exclude`. It needs no network and no web server: open
DIR/index.html in a browser.

examples:
  srlcap build && srlcap report out/srlcap_train.parquet --out out/report
  srlcap report out/srlcap_valid.parquet --title "VidSitu valid"   # -> out/srlcap_valid-report/
  srlcap report out/srlcap_train.parquet --frames ~/vidsitu/frames --frames-template "{clip_id}/{ms:06d}.jpg"
  xdg-open out/report/index.html

The output directory is written whole or not at all; an earlier report there is
replaced, any other non-empty directory is left alone unless --force is given.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from srlcap.report import PAGE_SIZE, default_out, write_report
from srlcap.video import DEFAULT_FRAMES_TEMPLATE


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="srlcap Parquet file (from `srlcap build`)")
    parser.add_argument("--out", metavar="DIR", default=None,
                        help="output directory (default: FILE without .parquet, plus '-report')")
    parser.add_argument("--title", default=None, help="page title (default: the file name)")
    parser.add_argument("--page-size", type=int, default=PAGE_SIZE, metavar="N",
                        help=f"clips per page (default {PAGE_SIZE})")
    parser.add_argument("--frames", type=Path, default=None, metavar="DIR",
                        help="folder of frame images to show as thumbnails (linked, not copied)")
    parser.add_argument("--frames-template", default=None, metavar="TEMPLATE",
                        help="frame path of a clip and time under --frames, as for `srlcap export` "
                             f"(default {DEFAULT_FRAMES_TEMPLATE})")
    parser.add_argument("--force", action="store_true",
                        help="replace DIR even if it holds something other than an earlier report")


def run(args: argparse.Namespace) -> int:
    out = args.out or default_out(args.file)
    summary = write_report(args.file, out, title=args.title, page_size=args.page_size,
                           force=args.force, quiet=args.quiet, frames=args.frames,
                           frames_template=args.frames_template)
    print(f"wrote {Path(out) / 'index.html'}: {summary.cards:,} clips, {summary.rows:,} rows, "
          f"{summary.negatives:,} negatives, {summary.files} files, {summary.bytes / 1e6:.1f} MB")
    return 0
