"""`srlcap export`: an srlcap Parquet file in the formats CLIP trainers read.

- ``csv``: open_clip's CSV (``--csv-img-key filepath --csv-caption-key title``, tab
  separated as its ``--csv-separator`` default), one line per row or per frame, and the
  hard negatives as a JSON list of strings in a column of their own, as hard-negative
  trainers in NegCLIP's line take them;
- ``jsonl``: one JSON object per row, every column, nested fields kept;
- ``webdataset``: tar shards of samples ``KEY.jpg`` (the frame), ``KEY.txt`` (the
  caption) and ``KEY.json`` (ids, time, negatives), for rows whose frames exist.

The output is a directory, written whole or not at all, with ``export.json``: what was
written, from which file, and that file's provenance.
"""
from __future__ import annotations

import csv
import io
import json
import re
import tarfile
from dataclasses import dataclass, field
from pathlib import Path

from srlcap import schema
from srlcap.errors import SrlcapError
from srlcap.progress import progress
from srlcap.provenance import read_meta
from srlcap.video import FramesTemplate, frame_times
from srlcap.writer import check_output_dir, staged_dir

FORMATS = ("csv", "jsonl", "webdataset")
ROW_CHOICES = ("events", "clips", "all")
UNITS = ("row", "frame")
#: open_clip's CSV column names (its --csv-img-key and --csv-caption-key defaults).
IMAGE_KEY, CAPTION_KEY = "filepath", "title"
NEGATIVES_KEY = "negatives"
#: Written last into every export; its presence marks a directory we may replace.
MANIFEST = "export.json"
_IMAGE_TYPES = (".jpg", ".jpeg", ".png", ".webp")
_KEY_CHARS = re.compile(r"[^A-Za-z0-9_\-]")


@dataclass
class ExportOptions:
    file: Path
    out: Path
    format: str = "csv"
    rows: str = "events"
    style: str = schema.STYLES[0]
    unit: str = "row"
    frame_step: float = 1.0  # seconds between frames with unit "frame"
    frames: Path | None = None  # the frames folder
    frames_template: str | None = None
    sep: str = "\t"
    samples_per_shard: int = 5000
    force: bool = False
    quiet: bool = True


@dataclass
class ExportSummary:
    out: Path
    files: list[str] = field(default_factory=list)
    rows: int = 0  # Parquet rows exported
    samples: int = 0  # lines or samples written
    frames_found: int | None = None  # of the frame paths written (csv with --frames)
    missing: int = 0  # samples left out of a webdataset for want of a frame
    first_missing: str | None = None
    format: str = "csv"

    def lines(self) -> list[str]:
        shown = self.files if len(self.files) <= 3 else [self.files[0], "...", self.files[-1]]
        out = [f"wrote {self.out}: {', '.join(shown)} ({self.samples:,} samples from {self.rows:,} rows)"]
        if self.format == "csv":
            out.append(f"  open_clip: --train-data {self.out / self.files[0]} --csv-img-key {IMAGE_KEY} "
                       f"--csv-caption-key {CAPTION_KEY}")
        elif self.format == "webdataset" and self.files:
            shards = f"shard-{{000000..{len(self.files) - 1:06d}}}.tar" if len(self.files) > 1 else self.files[0]
            out.append(f"  open_clip: --train-data '{self.out / shards}' --dataset-type webdataset "
                       f"--train-num-samples {self.samples}")
        if self.frames_found is not None:
            out.append(f"  {self.frames_found:,} of {self.samples:,} frame paths exist")
        if self.missing:
            out.append(f"  left out {self.missing:,} samples whose frame is missing (first: {self.first_missing})")
        return out


def export(opts: ExportOptions) -> ExportSummary:
    _check(opts)
    out = Path(opts.out)
    check_output_dir(out, opts.force, Path(opts.file), lambda d: (d / MANIFEST).is_file())
    columns = [c for c in schema.SCHEMA.names]
    pf = schema.open_parquet(opts.file, columns)
    template = FramesTemplate(opts.frames_template) if opts.format != "jsonl" else None
    summary = ExportSummary(out=out, format=opts.format)
    with staged_dir(out) as tmp:
        writer = {"csv": _CsvWriter, "jsonl": _JsonlWriter, "webdataset": _TarWriter}[opts.format](opts, tmp, template)
        with progress(f"exporting {opts.format}", pf.metadata.num_rows, opts.quiet, unit="row") as bar:
            for batch in pf.iter_batches(batch_size=2048, columns=columns):
                for row in batch.to_pylist():
                    if _selected(row, opts.rows):
                        summary.rows += 1
                        writer.write(row, summary)
                bar.update(batch.num_rows)
        writer.close(summary)
        if opts.format == "webdataset" and not summary.samples and summary.rows:
            raise SrlcapError(f"{opts.frames}: no frame found for any row (first looked for {summary.first_missing}); "
                              "check --frames and --frames-template")
        manifest = {
            "srlcap": "export", "format": opts.format, "source": str(opts.file), "rows": opts.rows,
            "style": opts.style if opts.format != "jsonl" else None, "unit": opts.unit,
            "frames_template": template.text if template else None, "files": summary.files,
            "samples": summary.samples, "missing_frames": summary.missing, "provenance": read_meta(opts.file),
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return summary


def _check(opts: ExportOptions) -> None:
    if opts.format not in FORMATS:
        raise SrlcapError(f"unknown format {opts.format!r} (known: {', '.join(FORMATS)})")
    if opts.rows not in ROW_CHOICES:
        raise SrlcapError(f"--rows must be one of {', '.join(ROW_CHOICES)}")
    if opts.style not in schema.STYLES:
        raise SrlcapError(f"unknown style {opts.style!r} (known: {', '.join(schema.STYLES)})")
    if opts.unit not in UNITS:
        raise SrlcapError(f"--unit must be one of {', '.join(UNITS)}")
    if not opts.frame_step > 0:
        raise SrlcapError(f"--frame-step must be above 0, not {opts.frame_step}")
    if opts.samples_per_shard < 1:
        raise SrlcapError(f"--samples-per-shard must be at least 1, not {opts.samples_per_shard}")
    if opts.format == "csv" and len(opts.sep) != 1:
        raise SrlcapError(f"--sep must be one character, not {opts.sep!r}")
    if opts.format == "webdataset":
        if opts.frames is None:
            raise SrlcapError("--format webdataset needs --frames DIR (a folder of frame images; see --frames-template)")
        if not Path(opts.frames).is_dir():
            raise SrlcapError(f"{opts.frames}: no such folder (--frames)")


def _selected(row: dict, rows: str) -> bool:
    if rows == "all":
        return True
    return (row["event"] == schema.CLIP_EVENT) == (rows == "clips")


def _samples(row: dict, opts: ExportOptions, template: FramesTemplate):
    """(time, frame path as written, the file on disk) of each sample of a row."""
    start, end = float(row["start_s"] or 0.0), float(row["end_s"] or 0.0)
    for t in frame_times(start, end, opts.frame_step if opts.unit == "frame" else None):
        rel = template.path(row["clip_id"], row["ann_idx"], row["event"], t)
        disk = Path(opts.frames) / rel if opts.frames else Path(rel)
        yield t, disk


def _negatives(row: dict, style: str) -> tuple[list[str], list[str]]:
    """The row's negatives in ``style`` (those that are negatives in it) and their kinds."""
    negs = [n for n in row["negatives"] or () if n[style] is not None]
    return [n[style] for n in negs], [n["kind"] for n in negs]


class _CsvWriter:
    def __init__(self, opts: ExportOptions, tmp: Path, template: FramesTemplate):
        self.opts, self.template = opts, template
        self.name = Path(opts.file).stem + ".csv"
        self.fh = open(tmp / self.name, "w", encoding="utf-8", newline="")
        self.csv = csv.writer(self.fh, delimiter=opts.sep, lineterminator="\n")
        self.csv.writerow([IMAGE_KEY, CAPTION_KEY, NEGATIVES_KEY, "negative_kinds", "clip_id", "ann_idx", "event",
                           "time_s", "split"])
        self.found = 0

    def write(self, row: dict, summary: ExportSummary) -> None:
        texts, kinds = _negatives(row, self.opts.style)
        for t, disk in _samples(row, self.opts, self.template):
            if self.opts.frames and disk.is_file():
                self.found += 1
            self.csv.writerow([str(disk), row[self.opts.style], _js(texts), _js(kinds), row["clip_id"],
                               row["ann_idx"], row["event"], t, row["split"]])
            summary.samples += 1

    def close(self, summary: ExportSummary) -> None:
        self.fh.close()
        summary.files.append(self.name)
        if self.opts.frames:
            summary.frames_found = self.found


class _JsonlWriter:
    def __init__(self, opts: ExportOptions, tmp: Path, template):
        self.name = Path(opts.file).stem + ".jsonl"
        self.fh = open(tmp / self.name, "w", encoding="utf-8", newline="\n")

    def write(self, row: dict, summary: ExportSummary) -> None:
        self.fh.write(_js(row) + "\n")
        summary.samples += 1

    def close(self, summary: ExportSummary) -> None:
        self.fh.close()
        summary.files.append(self.name)


class _TarWriter:
    """WebDataset shards: samples grouped by key (the file name up to its first dot),
    ``shard-NNNNNN.tar`` of ``samples_per_shard`` samples each; members carry no time,
    owner or mode of this machine, so the same input gives the same bytes."""

    def __init__(self, opts: ExportOptions, tmp: Path, template: FramesTemplate):
        self.opts, self.tmp, self.template = opts, tmp, template
        self.tar: tarfile.TarFile | None = None
        self.in_shard = 0
        self.shards: list[str] = []

    def write(self, row: dict, summary: ExportSummary) -> None:
        texts, kinds = _negatives(row, self.opts.style)
        for t, disk in _samples(row, self.opts, self.template):
            ext = disk.suffix.lower()
            if ext not in _IMAGE_TYPES or not disk.is_file():
                summary.missing += 1
                summary.first_missing = summary.first_missing or str(disk)
                continue
            key = f"{summary.samples:08d}_{_KEY_CHARS.sub('_', row['clip_id'])}_{row['ann_idx']}_{row['event']}_" \
                  f"{int(round(t * 1000)):06d}"
            meta = {"clip_id": row["clip_id"], "ann_idx": row["ann_idx"], "event": row["event"], "time_s": t,
                    "split": row["split"], "verb_id": row["verb_id"], "frame": str(disk),
                    "negatives": texts, "negative_kinds": kinds}
            self._add(f"{key}{'.jpg' if ext == '.jpeg' else ext}", disk.read_bytes())
            self._add(f"{key}.txt", row[self.opts.style].encode("utf-8"))
            self._add(f"{key}.json", _js(meta).encode("utf-8"))
            summary.samples += 1
            self.in_shard += 1

    def _add(self, name: str, data: bytes) -> None:
        if self.tar is None or (self.in_shard >= self.opts.samples_per_shard and name.endswith(tuple(_IMAGE_TYPES))):
            self._next_shard()
        info = tarfile.TarInfo(name)
        info.size, info.mtime, info.mode = len(data), 0, 0o644
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        self.tar.addfile(info, io.BytesIO(data))

    def _next_shard(self) -> None:
        if self.tar is not None:
            self.tar.close()
        name = f"shard-{len(self.shards):06d}.tar"
        self.shards.append(name)
        self.tar = tarfile.open(self.tmp / name, "w", format=tarfile.PAX_FORMAT)
        self.in_shard = 0

    def close(self, summary: ExportSummary) -> None:
        if self.tar is not None:
            self.tar.close()
        summary.files.extend(self.shards)


def _js(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
