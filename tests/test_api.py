"""The Python API (issue 17, item 3): build_table and caption, and docs/api.md's example
run as a notebook, each cell's output as the page shows it."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import srlcap
from srlcap.errors import InputError, SrlcapError

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

_OUTPUT = re.compile(r"<!-- generated:(api-cell-\d+) -->\n```text\n(.*?)```\n<!-- end generated -->", re.S)


def test_the_api_page_runs_as_a_notebook_and_prints_what_it_shows():
    import make_docs

    page = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    shown = dict(_OUTPUT.findall(page))
    outputs = make_docs.run_cells(page)
    assert len(outputs) == len(shown) >= 4
    for n, out in enumerate(outputs, 1):
        assert out == shown[f"api-cell-{n}"], f"cell {n}"


def test_build_table_is_the_built_file_in_memory(tmp_path, nlp, monkeypatch):
    from srlcap.build import BuildOptions, build

    out = tmp_path / "v.parquet"
    build(BuildOptions(split="valid", out=out, seed=2, kinds=("role_swap",), quiet=True, nlp=nlp))
    here = tmp_path / "cwd"
    here.mkdir()
    monkeypatch.chdir(here)
    table = srlcap.build_table(split="valid", seed=2, kinds=["role_swap"])
    assert list(here.iterdir()) == []  # no file, not even the default out/
    assert table.equals(pq.read_table(out))
    assert table.schema.metadata == pq.read_schema(out).metadata  # provenance too


def test_build_table_bad_input_is_an_error_naming_the_file(tmp_path):
    bad = tmp_path / "frames.jsonl"
    bad.write_text('{"clip_id": "c1", "verb": "push", "args": {"Arg0 (pusher)": 5}}\n')
    with pytest.raises(InputError) as exc:
        srlcap.build_table(bad)
    assert str(exc.value).startswith(f"{bad}: line 1")


def test_caption_takes_plain_vidsitu_and_event_frames():
    from srlcap.frames import Event, Role

    plain = {"verb": "open", "verb_id": "open.01", "args": {"Arg0 (opener)": "woman", "Arg1 (thing opening)": "door"}}
    vidsitu = {"Verb": "open", "VerbID": "open.01", "Args": plain["args"]}
    event = Event("Ev1", "open", "open.01", (Role("Arg0 (opener)", "Arg0", "opener", "woman", 0),
                                              Role("Arg1 (thing opening)", "Arg1", "thing opening", "door", 1)))
    texts = {srlcap.caption(f) for f in (plain, vidsitu, event)}
    assert len(texts) == 1 and "woman" in texts.pop()
    assert srlcap.caption(plain, style="figclip").startswith("the action is open where")
    with pytest.raises(SrlcapError, match="unknown style 'poetic'"):
        srlcap.caption(plain, style="poetic")
    with pytest.raises(SrlcapError, match="needs the keys 'verb' and 'args'"):
        srlcap.caption({"verb": "open"})


def test_the_package_declares_its_types():
    assert (ROOT / "srlcap" / "py.typed").is_file()
    hints = srlcap.build_table.__annotations__
    assert hints["return"] == "'pa.Table'" or "Table" in str(hints["return"])
    assert srlcap.caption.__annotations__["return"] == "str"
