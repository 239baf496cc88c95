"""Tests for `srlcap report`: the HTML gallery of captions and hard negatives.

``write_fixture`` writes a schema-true Parquet file of synthetic clips (every negative
kind, several splits, several annotations per clip) without the rest of srlcap, so the
report is tested on its own; the browser tests and the size measurement reuse it.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from srlcap import report, schema
from srlcap.commands import report as report_command
from srlcap.schema import NEGATIVE_KINDS
from srlcap.errors import SrlcapError

# verb, roleset, third person singular, Arg0 name, Arg1 name, preposition before Arg1
_VERBS = [
    ("push", "push.01", "pushes", "pusher", "thing pushed", ""),
    ("pull", "pull.01", "pulls", "puller", "thing pulled", ""),
    ("look", "look.01", "looks", "looker", "thing looked at", "at"),
    ("hold", "hold.01", "holds", "holder", "thing held", ""),
    ("grab", "grab.01", "grabs", "grabber", "thing grabbed", ""),
    ("talk", "talk.01", "talks", "talker", "hearer", "to"),
    ("walk", "walk.01", "walks", "walker", None, ""),
    ("run", "run.02", "runs", "runner", None, ""),
    ("shoot", "shoot.02", "shoots", "shooter", "target", "at"),
    ("hug", "hug.01", "hugs", "hugger", "thing hugged", ""),
]
_PEOPLE = ["man in black suit", "woman with blonde hair", "boy in red cap", "old man",
           "girl in yellow dress", "soldier in green uniform", "woman in white coat"]
_THINGS = ["door", "glass of wine", "gun", "phone", "car", "umbrella"]
_MANNERS = ["quickly", "slowly", "angrily", "carefully"]
_DIRECTIONS = ["toward the door", "away from the car", "down the stairs"]
_SCENES = ["dark alley", "kitchen", "office", "forest"]
_COLOURS = ["black", "red", "white", "green", "yellow", "blue"]
_RELATIONS = ["Causes", "Reaction To", "Enables", "NoRel"]


def _np(filler: str) -> str:
    article = "an" if filler[0] in "aeiou" else "a"
    return f"{article} {filler}"


def _realise(ev: dict) -> dict:
    """Both caption styles of one synthetic event, built from its slots."""
    verb, _, third, n0, n1, prep = ev["verb"]
    nat = [_np(ev["arg0"]).capitalize()]
    if ev.get("manner"):
        nat.append(ev["manner"])
    nat.append(third)
    fig = [f"the action is {verb} where the {n0} is {ev['arg0']}"]
    if n1 and ev.get("arg1"):
        nat.append(((prep + " ") if prep else "") + _np(ev["arg1"]))
        fig.append(f"the {n1} is {ev['arg1']}")
    if ev.get("direction"):
        nat.append(ev["direction"])
        fig.append(f"direction is {ev['direction']}")
    if ev.get("manner"):
        fig.append(f"manner is {ev['manner']}")
    nat.append(f"in the {ev['scene']}")
    fig.append(f"and scene of the event is {ev['scene']}")
    return {"natural": " ".join(nat) + ".", "figclip": ", ".join(fig) + "."}


def _negative(kind: str, detail: str, pos: dict, ev: dict):
    texts = _realise(ev)
    if texts["natural"] == pos["natural"]:
        return None
    return {"kind": kind, "detail": detail, **texts}


def _recolour(filler: str, colour: str) -> str | None:
    words = filler.split()
    for i, w in enumerate(words):
        if w in _COLOURS:
            words[i] = colour
            return " ".join(words)
    return None


def _event_negatives(rng: random.Random, ev: dict, people: list[str]) -> list[dict]:
    pos = _realise(ev)
    out = []
    if ev["verb"][4] and ev["verb"][0] != "hug" and ev.get("arg1") in _PEOPLE:
        out.append(_negative("role_swap", "Arg0 <-> Arg1", pos,
                             {**ev, "arg0": ev["arg1"], "arg1": ev["arg0"]}))
    others = [v for v in _VERBS if v[0] != ev["verb"][0] and bool(v[4]) == bool(ev["verb"][4])]
    new = rng.choice(others)
    out.append(_negative("verb_replace", f"{ev['verb'][1]} -> {new[1]}", pos, {**ev, "verb": new}))
    c0 = next((w for w in ev["arg0"].split() if w in _COLOURS), None)
    c1 = next((w for w in (ev.get("arg1") or "").split() if w in _COLOURS), None)
    if c0 and c1 and c0 != c1:
        out.append(_negative("attribute_swap", f"{c0} <-> {c1}", pos,
                             {**ev, "arg0": _recolour(ev["arg0"], c1), "arg1": _recolour(ev["arg1"], c0)}))
    if c0:
        colour = rng.choice([c for c in _COLOURS if c != c0])
        out.append(_negative("attribute_replace", f"Arg0 {c0} -> {colour}", pos,
                             {**ev, "arg0": _recolour(ev["arg0"], colour)}))
    if ev.get("manner"):
        manner = rng.choice([m for m in _MANNERS if m != ev["manner"]])
        out.append(_negative("argm_replace", f"manner {ev['manner']} -> {manner}", pos,
                             {**ev, "manner": manner}))
    else:
        scene = rng.choice([s for s in _SCENES if s != ev["scene"]])
        out.append(_negative("argm_replace", f"scene {ev['scene']} -> {scene}", pos, {**ev, "scene": scene}))
    if ev.get("arg1") in people:
        other = [p for p in people if p not in (ev["arg0"], ev["arg1"])]
        if other:
            out.append(_negative("entity_replace", f"Arg1 -> {other[0]}", pos, {**ev, "arg1": other[0]}))
    for new in rng.sample(others, min(2, len(others))):
        neg = _negative("figclip_verb", f"{ev['verb'][0]} -> {new[0]}", pos, {**ev, "verb": new})
        out.append(neg)
    return [n for n in out if n]


def _roles(ev: dict, entities: dict[str, int]) -> list[dict]:
    verb = ev["verb"]
    roles = [{"key": f"Arg0 ({verb[3]})", "type": "Arg0", "name": verb[3], "filler": ev["arg0"],
              "entity": entities.setdefault(ev["arg0"], len(entities))}]
    if verb[4] and ev.get("arg1"):
        roles.append({"key": f"Arg1 ({verb[4]})", "type": "Arg1", "name": verb[4], "filler": ev["arg1"],
                      "entity": entities.setdefault(ev["arg1"], len(entities))})
    for kind in ("direction", "manner"):
        if ev.get(kind):
            roles.append({"key": f"ArgM ({kind})", "type": f"ArgM-{kind}", "name": kind,
                          "filler": ev[kind], "entity": -1})
    roles.append({"key": "Scene of the Event", "type": "Scene", "name": "scene of the event",
                  "filler": ev["scene"], "entity": -1})
    return roles


def _clip_text(events: list[dict], order: list[int], style: str) -> str:
    parts = []
    for pos, i in enumerate(order):
        text = _realise(events[i])[style].rstrip(".")
        text = text[0].lower() + text[1:]
        parts.append(("First, " if pos == 0 else "Then, ") + text + ".")
    return " ".join(parts)


def fixture_rows(n_clips: int = 6, seed: int = 0, valid_every: int = 3) -> list[dict]:
    """Rows of ``n_clips`` synthetic clips; every ``valid_every``-th clip is in valid with 2 annotations."""
    rng = random.Random(seed)
    rows = []
    for c in range(n_clips):
        clip_id = f"v_{c:05d}{'abcdefgh'[c % 8]}XyZ_seg_{(c % 10) * 10}_{(c % 10) * 10 + 10}"
        split = "valid" if valid_every and c % valid_every == valid_every - 1 else "train"
        for ann in range(2 if split == "valid" else 1):
            people = rng.sample(_PEOPLE, 3)
            entities: dict[str, int] = {}
            events = []
            for e in range(5):
                verb = rng.choice(_VERBS)
                ev = {"verb": verb, "arg0": people[e % 2], "scene": rng.choice(_SCENES)}
                if verb[4]:
                    ev["arg1"] = people[e % 2 + 1] if rng.random() < 0.6 else rng.choice(_THINGS)
                if rng.random() < 0.5:
                    ev["manner"] = rng.choice(_MANNERS)
                if rng.random() < 0.3:
                    ev["direction"] = rng.choice(_DIRECTIONS)
                events.append(ev)
            for e, ev in enumerate(events):
                rows.append({
                    "clip_id": clip_id, "ann_idx": ann, "event": f"Ev{e + 1}", "event_idx": e + 1,
                    "split": split, "verb": ev["verb"][0], "verb_id": ev["verb"][1],
                    "relation": None if e == 2 else rng.choice(_RELATIONS),
                    "start_s": 2.0 * e, "end_s": 2.0 * e + 2.0,
                    "roles": _roles(ev, entities), **_realise(ev),
                    "negatives": _event_negatives(rng, ev, people),
                })
            order = list(range(5))
            swapped = order[:]
            swapped[0], swapped[1] = swapped[1], swapped[0]
            clip_negs = [{"kind": "event_order", "detail": "Ev1 <-> Ev2",
                          **{s: _clip_text(events, swapped, s) for s in schema.STYLES}}]
            rel = rows[-5]["relation"]
            clip_negs.append({"kind": "relation_flip", "detail": f"Ev1 {rel} -> reversed",
                              **{s: _clip_text(events, [2, 1, 0, 3, 4], s) for s in schema.STYLES}})
            rows.append({
                "clip_id": clip_id, "ann_idx": ann, "event": schema.CLIP_EVENT, "event_idx": 0,
                "split": split, "verb": None, "verb_id": None, "relation": None,
                "start_s": 0.0, "end_s": 10.0, "roles": [],
                **{s: _clip_text(events, order, s) for s in schema.STYLES},
                "negatives": clip_negs,
            })
    return rows


def write_fixture(path, n_clips: int = 6, seed: int = 0, row_group_size: int = 10_000,
                  valid_every: int = 3) -> Path:
    """Write a synthetic srlcap Parquet file following :mod:`srlcap.schema`.

    ``n_clips=23_600, valid_every=0`` gives a VidSitu-train-sized file (141,600 rows).
    """
    table = pa.Table.from_pylist(fixture_rows(n_clips, seed, valid_every), schema=schema.schema_with_metadata())
    pq.write_table(table, path, row_group_size=row_group_size)
    return Path(path)


# ---------------------------------------------------------------------------- helpers


def load_js_value(path: Path, prefix: str, suffix: str = ";\n"):
    text = path.read_text(encoding="utf-8")
    assert text.startswith(prefix) and text.endswith(suffix), path
    return json.loads(text[len(prefix):-len(suffix)])


def load_chunks(out: Path) -> list:
    cards = []
    for n, path in enumerate(sorted((out / "data").glob("chunk-*.js"))):
        cards += load_js_value(path, f"srlcapChunk({n},", ");\n")
    return cards


def decode(positive: str, pieces: list) -> tuple[str, list[str]]:
    """The negative text and its highlighted parts, as the page rebuilds them."""
    text, marked = [], []
    for p in pieces:
        if isinstance(p, str):
            text.append(p)
            marked.append(p)
        elif len(p) == 1:
            text.append(p[0])
        else:
            text.append(positive[p[0]:p[0] + p[1]])
    return "".join(text), marked


def tree(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def fixture_file(tmp_path_factory) -> Path:
    return write_fixture(tmp_path_factory.mktemp("fx") / "sample.parquet", n_clips=12)


# ---------------------------------------------------------------------------- tests


def test_report_writes_index_chunks_and_manifest(fixture_file, tmp_path):
    out = tmp_path / "report"
    summary = report.write_report(fixture_file, out)
    assert sorted(tree(out)) == ["data/captions.js", "data/chunk-00000.js", "data/index.js", "index.html",
                                 "report.json"]
    manifest = json.loads((out / "report.json").read_text())
    rows = pq.read_table(fixture_file).to_pylist()
    assert manifest["rows"] == summary.rows == len(rows)
    assert manifest["clips"] == 12 and manifest["annotations"] == 16  # 4 valid clips x 2
    assert manifest["splits"] == {"train": {"clips": 8, "annotations": 8},
                                  "valid": {"clips": 4, "annotations": 8}}
    assert manifest["negatives"] == sum(len(r["negatives"]) for r in rows)
    assert set(manifest["negative_kinds"]) == set(NEGATIVE_KINDS)
    index = load_js_value(out / "data/index.js", "window.SRLCAP_INDEX=")
    assert index["splits"] == ["train", "valid"] and index["styles"] == list(schema.STYLES)
    assert index["kinds"] == list(NEGATIVE_KINDS)
    assert len(index["cards"]["id"]) == 16


def test_cards_carry_every_row_and_negative_exactly(fixture_file, tmp_path):
    out = tmp_path / "report"
    report.write_report(fixture_file, out)
    by_key = {}
    for row in pq.read_table(fixture_file).to_pylist():
        by_key[(row["clip_id"], row["ann_idx"], row["event"])] = row
    cards = load_chunks(out)
    assert [c[2] for c in cards] == sorted(c[2] for c in cards)  # train first, then valid
    seen = 0
    for clip_id, ann, split, rows in cards:
        assert [r[0] for r in rows] == ["Ev1", "Ev2", "Ev3", "Ev4", "Ev5", "clip"]
        for event, verb, verb_id, relation, start, end, roles, captions, negs, frame in rows:
            assert frame is None  # no --frames
            src = by_key[(clip_id, ann, event)]
            seen += 1
            assert (verb, verb_id, relation, split) == (src["verb"], src["verb_id"], src["relation"], src["split"])
            assert (start, end) == (src["start_s"], src["end_s"])
            assert [r[2] for r in roles] == [r["filler"] for r in src["roles"]]
            assert captions == [src[s] for s in schema.STYLES]
            assert len(negs) == len(src["negatives"])
            for neg, want in zip(negs, src["negatives"]):
                assert neg[:2] == [want["kind"], want["detail"]]
                for s, style in enumerate(schema.STYLES):
                    text, marked = decode(captions[s], neg[2 + s])
                    assert text == want[style]
                    assert marked, f"{want['kind']} negative with nothing highlighted"
    assert seen == len(by_key)


def test_role_swap_highlights_the_swapped_fillers(fixture_file, tmp_path):
    out = tmp_path / "report"
    report.write_report(fixture_file, out)
    for card in load_chunks(out):
        for row in card[3]:
            for neg in row[8]:
                if neg[0] == "role_swap":
                    fillers = {r[2] for r in row[6] if r[0] in ("Arg0", "Arg1")}
                    _, marked = decode(row[7][1], neg[3])  # figclip: fillers appear bare
                    assert set(marked) == fillers
                    return
    pytest.fail("fixture has no role_swap negative")


def test_same_input_gives_same_bytes(fixture_file, tmp_path):
    report.write_report(fixture_file, tmp_path / "a")
    report.write_report(fixture_file, tmp_path / "b")
    assert tree(tmp_path / "a") == tree(tmp_path / "b")


def test_page_is_self_contained(fixture_file, tmp_path):
    out = tmp_path / "report"
    report.write_report(fixture_file, out)
    # the one URL in the page is SVG's namespace, a name that is never fetched
    page = (out / "index.html").read_text().replace('"http://www.w3.org/2000/svg"', "")
    assert "http:" not in page and "https:" not in page and "//cdn" not in page
    assert re.findall(r'<script src="([^"]+)"', page) == ["data/index.js"]
    assert "<link" not in page and "@import" not in page and "url(" not in page
    assert page.count("<svg") == 2 + len(schema.STYLES)  # kinds, verbs, one length chart per style
    for path in (out / "data").iterdir():  # links to the clips' videos only, never loaded
        assert "http" not in re.sub(r'"https://www\.youtube\.com/embed/[\w-]+\?start=\d+&end=\d+"', "", path.read_text())
    assert re.search(r"\d{4}-\d\d-\d\d", page) is None  # no timestamp


def test_many_clips_are_split_into_chunks(tmp_path, monkeypatch):
    monkeypatch.setattr(report, "CHUNK_CARDS", 7)
    src = write_fixture(tmp_path / "many.parquet", n_clips=30, row_group_size=50)
    out = tmp_path / "report"
    summary = report.write_report(src, out, page_size=5)
    chunks = sorted((out / "data").glob("chunk-*.js"))
    assert len(chunks) == -(-summary.cards // 7)
    index = load_js_value(out / "data/index.js", "window.SRLCAP_INDEX=")
    assert index["chunkSize"] == 7 and index["pageSize"] == 5
    assert [c[0] for c in load_chunks(out)] == index["cards"]["id"]


def test_text_is_escaped_in_the_page(tmp_path):
    rows = fixture_rows(2)
    for row in rows:
        if row["verb"]:
            row["verb"] = "<b>push</b>"
    path = tmp_path / "evil.parquet"
    pq.write_table(pa.Table.from_pylist(rows, schema=schema.schema_with_metadata()), path)
    report.write_report(path, tmp_path / "report", title="<i>t</i>")
    page = (tmp_path / "report/index.html").read_text()
    assert "<b>push</b>" not in page and "&lt;b&gt;push&lt;/b&gt;" in page
    assert "<i>t</i>" not in page


def test_cli_arguments_and_run(fixture_file, tmp_path, capsys):
    parser = argparse.ArgumentParser(prog="srlcap report", description=report_command.__doc__)
    report_command.add_arguments(parser)
    parser.add_argument("--quiet", action="store_true")  # added by srlcap's cli to every command
    out = tmp_path / "r"
    assert report_command.run(parser.parse_args([str(fixture_file), "--out", str(out)])) == 0
    assert f"wrote {out / 'index.html'}" in capsys.readouterr().out
    assert "srlcap report" in report_command.__doc__ and "--out" in report_command.__doc__
    assert report.default_out("data/train.parquet") == str(Path("data/train-report"))


# ---------------------------------------------------------------------------- errors


def test_missing_file(tmp_path):
    with pytest.raises(SrlcapError, match="nope.parquet: no such file"):
        report.write_report(tmp_path / "nope.parquet", tmp_path / "r")


def test_not_parquet(tmp_path):
    bad = tmp_path / "bad.parquet"
    bad.write_text("hello")
    with pytest.raises(SrlcapError, match="bad.parquet: not a readable Parquet file"):
        report.write_report(bad, tmp_path / "r")
    assert not (tmp_path / "r").exists()


def test_parquet_without_srlcap_metadata(tmp_path):
    plain = tmp_path / "plain.parquet"
    pq.write_table(pa.table({"x": [1]}), plain)
    with pytest.raises(SrlcapError, match="plain.parquet: not an srlcap Parquet file"):
        report.write_report(plain, tmp_path / "r")


def test_newer_major_schema_version(tmp_path):
    rows = fixture_rows(1)
    table = pa.Table.from_pylist(rows, schema=schema.SCHEMA.with_metadata({schema.METADATA_KEY: b"9.0"}))
    path = tmp_path / "future.parquet"
    pq.write_table(table, path)
    with pytest.raises(SrlcapError, match="future.parquet: schema version 9.0"):
        report.write_report(path, tmp_path / "r")


def test_missing_column(tmp_path):
    table = pa.Table.from_pylist(fixture_rows(1), schema=schema.schema_with_metadata()).drop_columns(["negatives"])
    path = tmp_path / "cut.parquet"
    pq.write_table(table, path)
    with pytest.raises(SrlcapError, match="cut.parquet: missing column.*negatives"):
        report.write_report(path, tmp_path / "r")


def test_refuses_a_foreign_directory_unless_forced(fixture_file, tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    with pytest.raises(SrlcapError, match="mine: exists and was not written by srlcap"):
        report.write_report(fixture_file, out)
    assert (out / "notes.txt").read_text() == "keep me"
    report.write_report(fixture_file, out, force=True)
    assert not (out / "notes.txt").exists() and (out / "index.html").is_file()


def test_replaces_an_earlier_report(fixture_file, tmp_path):
    out = tmp_path / "r"
    report.write_report(fixture_file, out)
    (out / "data" / "chunk-00099.js").write_text("stale")
    report.write_report(fixture_file, out)
    assert not (out / "data" / "chunk-00099.js").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r"]


def test_failure_leaves_no_output_and_no_temp_dir(fixture_file, tmp_path, monkeypatch):
    out = tmp_path / "r"
    report.write_report(fixture_file, out)
    before = tree(out)

    def boom(*_a, **_k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(report, "_summary_html", boom)
    with pytest.raises(RuntimeError):
        report.write_report(fixture_file, out)
    assert tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r"]
    with pytest.raises(RuntimeError):
        report.write_report(fixture_file, tmp_path / "new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r"]


def test_out_is_a_file(fixture_file, tmp_path):
    (tmp_path / "f").write_text("")
    with pytest.raises(SrlcapError, match="f: exists and is not a directory"):
        report.write_report(fixture_file, tmp_path / "f")


def test_bad_page_size(fixture_file, tmp_path):
    with pytest.raises(SrlcapError, match="page-size"):
        report.write_report(fixture_file, tmp_path / "r", page_size=0)


def test_through_the_main_cli(fixture_file, tmp_path, capsys):
    from srlcap.cli import main

    out = tmp_path / "r"
    assert main(["report", str(fixture_file), "--out", str(out), "--quiet"]) == 0
    assert (out / "index.html").is_file()
    assert main(["report", str(tmp_path / "missing.parquet"), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1] == f"srlcap: error: {tmp_path / 'missing.parquet'}: no such file (make one with `srlcap build`)"


def test_generated_docs_are_current():
    """docs/ quotes real output (examples, negatives, --help, gallery): it must match the code."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, str(root / "scripts" / "make_docs.py"), "--check"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr + "\nrun: python scripts/make_docs.py"


def test_empty_file_gives_an_empty_gallery(tmp_path):
    path = tmp_path / "empty.parquet"
    pq.write_table(pa.Table.from_pylist([], schema=schema.schema_with_metadata()), path)
    summary = report.write_report(path, tmp_path / "r")
    assert summary.rows == 0 and summary.cards == 0
    assert sorted(tree(tmp_path / "r")) == ["data/captions.js", "data/index.js", "index.html", "report.json"]
    assert "none" in (tmp_path / "r/index.html").read_text()  # the kind chart says so


def test_never_replaces_a_directory_holding_the_input(fixture_file, tmp_path, monkeypatch):
    with pytest.raises(SrlcapError, match="refusing to replace"):
        report.write_report(fixture_file, fixture_file.parent, force=True)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SrlcapError, match="refusing to replace"):
        report.write_report(fixture_file, ".", force=True)
    assert fixture_file.is_file()


def test_index_carries_what_the_charts_are_redrawn_from(fixture_file, tmp_path):
    out = tmp_path / "report"
    summary = report.write_report(fixture_file, out)
    index = load_js_value(out / "data/index.js", "window.SRLCAP_INDEX=")
    cards = index["cards"]
    assert sum(map(sum, cards["kindN"])) == summary.negatives and sum(cards["rows"]) == summary.rows
    rows = [r for r in pq.read_table(fixture_file).to_pylist() if r["event"] != "clip"]
    assert sum(map(sum, cards["verbN"])) == len(rows)
    assert all(len(lens) == len(schema.STYLES) and all(len(b) == 5 for b in lens) for lens in cards["lens"])
    assert cards["video"][0] == "https://www.youtube.com/embed/00000aXyZ?start=0&end=10"
    captions = load_js_value(out / "data/captions.js", "window.SRLCAP_CAPTIONS=")
    assert len(captions) == len(cards["id"]) and rows[0]["natural"].lower() in captions[0]


def test_frames_folder_must_exist(fixture_file, tmp_path):
    with pytest.raises(SrlcapError, match="no such folder"):
        report.write_report(fixture_file, tmp_path / "r", frames=tmp_path / "nope")
    assert not (tmp_path / "r").exists()
