"""Bad input ends in one clear message naming file and record, never a traceback or a
partial output file; --lenient skips, counts and lists."""
import json

import pytest

from srlcap.cli import main
from vidsitu_fixture import clip, variant, write_vidsitu

BAD = {
    "malformed JSON": (None, b'[{"Ev1": '),
    "non-UTF-8": (None, b'[{"Ev1": {"Verb": "caf\xe9"}}]'),
    "missing event": ([variant(Ev5=KeyError)], None),
    "missing key": ([variant(Ev2__Verb=KeyError)], None),
    "unknown event key": ([variant(Ev2__Colour="red")], None),
    "unknown role key": ([variant(**{"Ev1__Args": {"Agent (opener)": "man"}, "Ev1__Arg_List": {"Agent (opener)": "0"}})], None),
    "unknown ArgM kind": ([variant(**{"Ev1__Args": {"ArgM (temporal)": "now"}, "Ev1__Arg_List": {"ArgM (temporal)": "0"}})], None),
    "empty filler": ([variant(**{"Ev1__Args": {"Arg0 (opener)": "  ", "Arg1 (thing opened)": "door"}})], None),
    "huge filler": ([variant(**{"Ev1__Args": {"Arg0 (opener)": "x" * 5000, "Arg1 (thing opened)": "door"}})], None),
    "control characters": ([variant(**{"Ev1__Args": {"Arg0 (opener)": "man\x00", "Arg1 (thing opened)": "door"}})], None),
    "filler not a string": ([variant(**{"Ev1__Args": {"Arg0 (opener)": 7, "Arg1 (thing opened)": "door"}})], None),
    "bad EvRel": ([variant(Ev1__EvRel="Because")], None),
    "duplicate clip id": ([clip(), clip()], None),
    "not a list": ({"Ev1": {}}, None),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_is_a_clear_error(tmp_path, capsys, case):
    clips, raw = BAD[case]
    data = write_vidsitu(tmp_path, clips, raw=raw)
    out = tmp_path / "out.parquet"
    code = main(["build", "--data-dir", str(data), "--out", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("srlcap: error: ") and "vsann_train_lb.json" in err
    assert "Traceback" not in err
    assert not out.exists()
    assert not list(tmp_path.glob(".out.parquet.tmp*"))
    if clips and isinstance(clips, list) and case != "duplicate clip id":
        assert "record 0" in err


def test_lenient_skips_counts_and_lists(tmp_path, capsys):
    clips = [clip("v_aaaaaaaaaaa_seg_0_10"), variant(Ev2__Verb=KeyError), clip("v_bbbbbbbbbbb_seg_0_10")]
    data = write_vidsitu(tmp_path, clips)
    out = tmp_path / "out.parquet"
    assert main(["build", "--data-dir", str(data), "--out", str(out), "--lenient", "--quiet", "--no-negatives"]) == 0
    printed = capsys.readouterr().out
    assert "2 clips" in printed and "skipped 1 records" in printed
    report = [json.loads(line) for line in (tmp_path / "out.skipped.jsonl").read_text().splitlines()]
    assert len(report) == 1 and "record 1" in report[0]["record"] and "Verb" in report[0]["reason"]


def test_split_file_selects_clips(tmp_path, capsys):
    data = write_vidsitu(tmp_path, [clip("v_aaaaaaaaaaa_seg_0_10"), clip("v_bbbbbbbbbbb_seg_0_10")],
                         split_ids=["v_bbbbbbbbbbb_seg_0_10"])
    out = tmp_path / "o.parquet"
    assert main(["build", "--data-dir", str(data), "--out", str(out), "--quiet", "--no-negatives"]) == 0
    import pyarrow.parquet as pq

    assert set(pq.read_table(out).column("clip_id").to_pylist()) == {"v_bbbbbbbbbbb_seg_0_10"}


def test_valid_split_keeps_every_annotation(tmp_path):
    second = variant(Ev1__Verb="close", Ev1__VerbID="close.01")
    data = write_vidsitu(tmp_path, [clip(), second], split="valid")
    out = tmp_path / "v.parquet"
    assert main(["build", "--data-dir", str(data), "--split", "valid", "--out", str(out), "--quiet", "--no-negatives"]) == 0
    import pyarrow.parquet as pq

    t = pq.read_table(out).to_pandas()
    assert sorted(set(t.ann_idx)) == [0, 1] and len(t) == 12


def test_missing_split_names_what_exists(tmp_path, capsys):
    data = write_vidsitu(tmp_path, [clip()])
    assert main(["build", "--data-dir", str(data), "--split", "test", "--quiet"]) == 2
    assert "vsann_train_lb.json" in capsys.readouterr().err


def test_jsonl_reader_and_its_errors(tmp_path, capsys):
    good = tmp_path / "frames.jsonl"
    good.write_text(
        json.dumps({"clip_id": "k1", "verb": "push", "verb_id": "push.01", "args": {"Arg0 (pusher)": "boy", "Arg1 (thing pushed)": "cart"}}) + "\n"
        + json.dumps({"clip_id": "k1", "verb": "run", "args": {"Arg0 (runner)": "boy"}, "relation": "Reaction To"}) + "\n"
    )
    out = tmp_path / "j.parquet"
    assert main(["build", "--data-dir", str(good), "--out", str(out), "--quiet", "--no-negatives"]) == 0
    import pyarrow.parquet as pq

    rows = pq.read_table(out).to_pylist()
    assert [r["natural"] for r in rows[:2]] == ["A boy pushes a cart.", "A boy runs."]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(good.read_text() + '{"clip_id": "k2", "verb": "run", "args": {"Arg0 (runner)": ""}}\n')
    assert main(["build", "--data-dir", str(bad), "--out", str(tmp_path / "b.parquet"), "--quiet"]) == 2
    assert "bad.jsonl: line 3 (clip k2)" in capsys.readouterr().err
