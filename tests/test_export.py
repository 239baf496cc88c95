"""`srlcap export` (issue 17, item 1): read back by the readers CLIP trainers use —
open_clip's own CsvDataset, the webdataset package, pandas and json."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from srlcap import schema
from srlcap.cli import main
from srlcap.export import ExportOptions, export
from srlcap.video import FramesTemplate, frame_times, segment
from test_report import fixture_rows

TEMPLATE = "{clip_id}/{ms:06d}.png"


def _write(path: Path, rows: list[dict], meta: dict | None = None) -> Path:
    pq.write_table(pa.Table.from_pylist(rows, schema=schema.schema_with_metadata(meta)), path)
    return path


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    base = tmp_path_factory.mktemp("export")
    return _write(base / "sample.parquet", fixture_rows(6), {"seed": "7", "grammar": "default"})


@pytest.fixture(scope="module")
def frames(tmp_path_factory, source):
    """A frames folder with a picture at the middle of every event but the first clip's Ev2."""
    Image = pytest.importorskip("PIL.Image")
    base = tmp_path_factory.mktemp("frames")
    rows = pq.read_table(source).to_pylist()
    for i, row in enumerate(rows):
        if row["event"] == "clip" or (row["clip_id"] == rows[0]["clip_id"] and row["event"] == "Ev2"):
            continue
        path = base / FramesTemplate(TEMPLATE).path(row["clip_id"], row["ann_idx"], row["event"],
                                                    (row["start_s"] + row["end_s"]) / 2)
        path.parent.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (40, 30), (i * 7 % 255, 90, 160)).save(path)
    return base


def _events(source) -> list[dict]:
    return [r for r in pq.read_table(source).to_pylist() if r["event"] != "clip"]


def test_csv_is_read_by_open_clips_own_csv_dataset(source, frames, tmp_path):
    open_clip = pytest.importorskip("open_clip")
    from open_clip_train.data import CsvDataset

    out = tmp_path / "csv"
    summary = export(ExportOptions(file=source, out=out, frames=frames, frames_template=TEMPLATE))
    events = _events(source)
    assert summary.samples == len(events) and summary.frames_found == len(events) - 1
    csv_file = out / "sample.csv"
    assert "--csv-img-key filepath --csv-caption-key title" in summary.lines()[1]
    preprocess = open_clip.image_transform(32, is_train=False)
    ds = CsvDataset(str(csv_file), preprocess, img_key="filepath", caption_key="title",
                    tokenizer=open_clip.tokenize)  # its defaults: tab-separated
    assert len(ds) == len(events)
    assert ds.captions == [r["natural"] for r in events]
    image, text = ds[0]
    assert tuple(image.shape) == (3, 32, 32) and text.shape == (77,)
    assert (text == open_clip.tokenize([events[0]["natural"]])[0]).all()
    # negatives ride along, one JSON list of strings per line, in the caption's style
    df = pd.read_csv(csv_file, sep="\t")
    for (_, line), row in zip(df.iterrows(), events):
        assert json.loads(line["negatives"]) == [n["natural"] for n in row["negatives"]]
        assert json.loads(line["negative_kinds"]) == [n["kind"] for n in row["negatives"]]
    assert df.filepath[0] == str(frames / f"{events[0]['clip_id']}/001000.png")


def test_csv_clip_rows_frames_per_step_style_and_a_template_of_the_video(source, tmp_path):
    out = tmp_path / "clips"
    export(ExportOptions(file=source, out=out, rows="clips", style="figclip", unit="frame", frame_step=2.5,
                         frames_template="{video_id}/{video_ms}_{event}.jpg", sep=","))
    df = pd.read_csv(out / "sample.csv")
    clips = [r for r in pq.read_table(source).to_pylist() if r["event"] == "clip"]
    assert len(df) == 4 * len(clips)  # a 10 s clip at 2.5 s steps
    assert list(df.time_s[:4]) == [1.25, 3.75, 6.25, 8.75]
    first = clips[0]
    seg = segment(first["clip_id"])
    assert df.filepath[0] == f"{seg.video_id}/{seg.start * 1000 + 1250}_clip.jpg"
    assert df.title[0] == first["figclip"]
    assert json.loads(df.negatives[0]) == [n["figclip"] for n in first["negatives"]]
    assert set(json.loads(df.negative_kinds[0])) <= set(schema.CLIP_KINDS)


def test_csv_keeps_hostile_text_whole(tmp_path):
    rows = fixture_rows(2)
    nasty = 'a "quoted"\tword,\nnew line </script><img src=x onerror=alert(1)>'
    rows[0]["natural"] = nasty
    rows[0]["negatives"][0]["natural"] = nasty + " (neg)"
    src = _write(tmp_path / "nasty.parquet", rows)
    export(ExportOptions(file=src, out=tmp_path / "o"))
    df = pd.read_csv(tmp_path / "o/nasty.csv", sep="\t")
    assert df.title[0] == nasty and json.loads(df.negatives[0])[0] == nasty + " (neg)"


def test_jsonl_is_every_row_with_nested_fields(source, tmp_path):
    out = tmp_path / "j"
    export(ExportOptions(file=source, out=out, format="jsonl", rows="all"))
    lines = [json.loads(line) for line in (out / "sample.jsonl").read_text().splitlines()]
    assert lines == pq.read_table(source).to_pylist()
    assert lines[0]["roles"][0]["filler"] and lines[0]["negatives"][0]["kind"]


def test_webdataset_shards_read_by_the_webdataset_package(source, frames, tmp_path):
    wds = pytest.importorskip("webdataset")
    out = tmp_path / "wds"
    summary = export(ExportOptions(file=source, out=out, format="webdataset", frames=frames,
                                   frames_template=TEMPLATE, samples_per_shard=10))
    events = _events(source)
    assert summary.missing == 1 and summary.samples == len(events) - 1
    assert summary.files == [f"shard-{i:06d}.tar" for i in range(-(-summary.samples // 10))]
    urls = [str(out / f) for f in summary.files]
    # as open_clip reads them: image under jpg;png;jpeg;webp, caption under txt
    got = list(wds.WebDataset(urls, shardshuffle=False).decode("pil").to_tuple("jpg;png;jpeg;webp", "txt", "json"))
    assert len(got) == summary.samples
    kept = [r for r in events if not (r["clip_id"] == events[0]["clip_id"] and r["event"] == "Ev2")]
    for (image, text, meta), row in zip(got, kept):
        assert image.size == (40, 30)
        assert text == row["natural"] and meta["clip_id"] == row["clip_id"] and meta["event"] == row["event"]
        assert meta["negatives"] == [n["natural"] for n in row["negatives"]]
    manifest = json.loads((out / "export.json").read_text())
    assert manifest["provenance"]["seed"] == "7" and manifest["missing_frames"] == 1
    # same input, same bytes
    again = export(ExportOptions(file=source, out=tmp_path / "wds2", format="webdataset", frames=frames,
                                 frames_template=TEMPLATE, samples_per_shard=10))
    assert [(tmp_path / "wds2" / f).read_bytes() for f in again.files] == [(out / f).read_bytes() for f in summary.files]


def test_webdataset_without_any_frame_is_one_line_and_writes_nothing(source, tmp_path, capsys):
    empty = tmp_path / "frames"
    empty.mkdir()
    out = tmp_path / "w"
    assert main(["export", str(source), "--format", "webdataset", "--frames", str(empty), "--out", str(out), "-q"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"srlcap: error: {empty}: no frame found for any row")
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == ["frames"]


@pytest.mark.parametrize("argv, message", [
    (["--frames-template", "{clip}/{ms}.jpg"], "unknown field {clip} (known: clip_id, video_id"),
    (["--frames-template", "{ms:q}.jpg"], "--frames-template '{ms:q}.jpg': Unknown format code"),
    (["--frames-template", "{clip_id"], "--frames-template '{clip_id':"),
    (["--format", "webdataset"], "--format webdataset needs --frames DIR"),
    (["--unit", "frame", "--frame-step", "0"], "--frame-step must be above 0"),
])
def test_bad_options_are_one_line(source, tmp_path, capsys, argv, message):
    out = tmp_path / "o"
    assert main(["export", str(source), "--out", str(out), "-q", *argv]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0], err
    assert not out.exists()


def test_output_rule_replaces_its_own_export_only(source, tmp_path, capsys):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "keep.txt").write_text("keep")
    assert main(["export", str(source), "--out", str(mine), "-q"]) == 2
    assert "exists and was not written by srlcap" in capsys.readouterr().err
    out = tmp_path / "e"
    assert main(["export", str(source), "--out", str(out), "-q"]) == 0
    assert main(["export", str(source), "--out", str(out), "-q", "--format", "jsonl"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["export.json", "sample.jsonl"]


def test_anything_else_is_neither_parquet_nor_checkpoint_in_one_line(tmp_path, capsys, monkeypatch):
    import sys

    other = tmp_path / "model.bin"
    other.write_bytes(b"\x00weights")
    # as where the trainer (or its export) is not installed
    monkeypatch.setitem(sys.modules, "srlcap_trainer.export", None)
    assert main(["export", str(other), "--out", str(tmp_path / "o"), "-q"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"srlcap: error: {other}: neither an srlcap Parquet file nor (with the trainer installed, "
                   "pip install 'srlcap[train]') a trainer checkpoint"]
    assert main(["export", str(tmp_path / "missing.parquet"), "--out", str(tmp_path / "o"), "-q"]) == 2
    assert "missing.parquet: no such file" in capsys.readouterr().err


def test_frame_times():
    assert frame_times(0.0, 2.0, None) == [1.0]
    assert frame_times(2.0, 4.0, 1.0) == [2.5, 3.5]
    assert frame_times(0.0, 10.0, 3.0) == [1.5, 4.5, 7.5]
