"""Provenance that travels (issue 17, item 2): in the Parquet metadata, in a dataset card
beside every build that Hugging Face's tools read, and printed by `srlcap show --meta`.
Also `build --exclude`: flagged negatives left out, nothing else changed."""
from __future__ import annotations

import hashlib
import json
import shlex

import pyarrow.parquet as pq
import pytest

from srlcap import __version__
from srlcap.build import BUNDLED_SAMPLE, BuildOptions, build
from srlcap.cli import main
from srlcap.provenance import FIELDS, card_path, read_meta
from srlcap.schema import EVENT_KINDS

KINDS = EVENT_KINDS[:2] + ("event_order",)


def _card(path) -> dict:
    yaml = pytest.importorskip("yaml")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    return yaml.safe_load(text[4:text.index("\n---\n", 4)])


@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("prov") / "valid.parquet"
    summary = build(BuildOptions(split="valid", out=out, seed=3, kinds=KINDS, quiet=True, nlp=nlp,
                                 license="cc-by-4.0"))
    return out, summary


def test_metadata_names_version_grammar_seed_kinds_shard_inputs_and_command(built):
    out, _ = built
    meta = read_meta(out)
    assert set(FIELDS) <= set(meta)
    assert meta["srlcap_version"] == __version__ and meta["seed"] == "3" and meta["split"] == "valid"
    assert meta["kinds"] == ",".join(KINDS)
    assert (meta["shard_index"], meta["num_shards"]) == ("0", "1")
    assert meta["grammar"] == "default" and len(meta["grammar_sha256"]) == 64
    inputs = json.loads(meta["inputs"])
    names = [i["path"].rsplit("/", 1)[-1] for i in inputs]
    assert names == ["vsann_valid_lb.json", "vseg_split_valid_lb.json"]
    for item, name in zip(inputs, ["vseg_ann_files/vsann_valid_lb.json", "split_files/vseg_split_valid_lb.json"]):
        assert item["sha256"] == hashlib.sha256((BUNDLED_SAMPLE / name).read_bytes()).hexdigest()
    assert meta["license"] == "cc-by-4.0"


def test_the_recorded_command_makes_the_same_bytes(built, tmp_path, capsys):
    out, _ = built
    argv = shlex.split(read_meta(out)["command"])
    assert argv[:2] == ["srlcap", "build"] and "--out" not in argv
    again = tmp_path / "again.parquet"
    assert main(argv[1:] + ["--out", str(again), "--quiet"]) == 0
    assert again.read_bytes() == out.read_bytes()


def test_card_beside_the_build_gives_back_what_datasets_drops(built, tmp_path, monkeypatch):
    datasets = pytest.importorskip("datasets")
    out, summary = built
    card = _card(card_path(out))
    assert f"its dataset card {card_path(out).name}" in summary.lines()[0]
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    ds = datasets.load_dataset("parquet", data_files={"valid": str(out)}, cache_dir=str(tmp_path / "hf"))["valid"]
    # datasets keeps the rows and nested columns but not srlcap's metadata ...
    assert ds.num_rows == summary.rows and any(r["negatives"] for r in ds) and ds[0]["roles"]
    assert not any(k.startswith(b"srlcap.") for k in (ds.data.schema.metadata or {}))
    # ... which the card holds, the same as the file's, and the card's features are the data's
    prov = card["srlcap"]
    meta = read_meta(out)
    assert {k: (json.dumps(v) if k == "inputs" else v) for k, v in prov.items()} == meta
    assert card["license"] == "cc-by-4.0"
    info = datasets.DatasetInfo._from_yaml_dict(card["dataset_info"])
    assert info.features == ds.features
    assert info.splits["valid"].num_examples == ds.num_rows
    assert card["configs"][0]["data_files"] == [{"split": "valid", "path": out.name}]


def test_show_meta_prints_the_provenance(built, capsys):
    out, _ = built
    assert main(["show", "--meta", str(out)]) == 0
    printed = capsys.readouterr().out
    meta = read_meta(out)
    for key in ("srlcap_version", "grammar_sha256", "seed", "command"):
        assert f"{key:15s} {meta[key]}" in printed
    assert "vsann_valid_lb.json  sha256 " in printed


def test_a_shard_records_its_index_and_count(tmp_path, nlp):
    out = tmp_path / "s.parquet"
    build(BuildOptions(out=out, quiet=True, nlp=nlp, num_shards=3, shard_index=1, per_kind=0))
    meta = read_meta(out)
    assert (meta["shard_index"], meta["num_shards"]) == ("1", "3")
    assert "--num-shards 3 --shard-index 1" in meta["command"] and meta["kinds"] == ""
    assert _card(card_path(out))["srlcap"]["shard_index"] == "1"


def test_a_foreign_file_where_the_card_goes_is_refused(tmp_path, capsys):
    out = tmp_path / "t.parquet"
    card_path(out).write_text("my notes")
    assert main(["build", "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert err.endswith("t.card.md: exists and was not written by srlcap (use --force to replace it)")
    assert not out.exists() and card_path(out).read_text() == "my notes"


# ---------------------------------------------------------------------------- --exclude


def test_exclude_drops_exactly_the_flagged_negatives(built, tmp_path, nlp):
    out, _ = built
    rows = pq.read_table(out).to_pylist()
    # two rows' negatives, the first and the last of their lists (which rows have any
    # depends on the rules, not on this test)
    with_negatives = [r for r in rows if r["negatives"]]
    picked = [(with_negatives[0], with_negatives[0]["negatives"][0]),
              (with_negatives[3], with_negatives[3]["negatives"][-1])]
    flags = tmp_path / "flagged.jsonl"
    lines = [{"clip_id": r["clip_id"], "ann_idx": r["ann_idx"], "event": r["event"], "split": r["split"], **n}
             for r, n in picked]
    lines.append({**lines[0], "clip_id": "v_nowhere_seg_0_10"})  # matches nothing: counted, harmless
    flags.write_text("".join(json.dumps(line) + "\n" for line in lines))
    excl = tmp_path / "excl.parquet"
    summary = build(BuildOptions(split="valid", out=excl, seed=3, kinds=KINDS, quiet=True, nlp=nlp,
                                 license="cc-by-4.0", exclude=flags))
    assert (summary.excluded, summary.unmatched) == (2, 1)
    assert "left out 2 flagged negatives; 1 flags matched none of this build" in "\n".join(summary.lines())
    expected = [dict(r) for r in rows]
    for r, n in picked:
        i = rows.index(r)
        expected[i] = {**r, "negatives": [m for m in r["negatives"] if m != n]}
    assert pq.read_table(excl).to_pylist() == expected
    assert read_meta(excl)["command"].endswith(f"--exclude {flags} --license cc-by-4.0")
    # the same flags again: the same bytes
    again = tmp_path / "excl2.parquet"
    build(BuildOptions(split="valid", out=again, seed=3, kinds=KINDS, quiet=True, nlp=nlp,
                       license="cc-by-4.0", exclude=flags))
    assert again.read_bytes() == excl.read_bytes()


@pytest.mark.parametrize("content, reason", [
    ('{"clip_id": "x", "ann_idx": 0}\n', "line 1: missing keys: event, kind"),
    ('\n[1, 2]\n', "line 2: each line must be a JSON object"),
    ('{"clip_id": "x", "ann_idx": "0", "event": "Ev1", "kind": "role_swap"}\n', "line 1: clip_id and event"),
    ('{oops\n', "line 1: malformed JSON"),
])
def test_a_bad_flag_file_is_one_line_naming_it(tmp_path, capsys, content, reason):
    flags = tmp_path / "flags.jsonl"
    flags.write_text(content)
    out = tmp_path / "x.parquet"
    assert main(["build", "--exclude", str(flags), "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"srlcap: error: {flags}: {reason}")
    assert not out.exists()
