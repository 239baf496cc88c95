"""Property-based: malformed and hostile annotations end in a clean error or a counted
skip, never a traceback; a build killed at any point leaves no file at the output path."""
import os
import signal
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from srlcap.analysis import Analyser
from srlcap.errors import SrlcapError
from srlcap.frames import Clip, assign_entities
from srlcap.grammar import Realiser
from srlcap.readers.common import make_event
from vidsitu_fixture import clip, write_vidsitu

json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30))
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=20)
hostile_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    st.just("x" * 5000),
    st.just("\u202eevil\u0000"),
    st.just("[[[[[[[[[["),
    st.just("{filler.__class__}"),
)
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))


def _mutate(base: dict, path: list, value):
    node = base
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return base


PATHS = [["Ev1"], ["Ev2", "Verb"], ["Ev2", "VerbID"], ["Ev3", "Args"], ["Ev3", "Arg_List"], ["Ev4", "EvRel"],
         ["Ev1", "vid_seg_int"], ["Ev5", "Args", "Arg0 (runner)"], ["Ev3", "Args", "Arg1 (thing pushed)"]]


@SETTINGS
@given(path=st.sampled_from(PATHS), value=json_values)
def test_wrong_types_anywhere_are_clean_errors(tmp_path_factory, path, value):
    from srlcap.cli import main

    tmp = tmp_path_factory.mktemp("h")
    data = write_vidsitu(tmp, [_mutate(clip(), path, value)])
    out = tmp / "o.parquet"
    code = main(["build", "--data-dir", str(data), "--out", str(out), "--quiet", "--no-negatives"])
    assert code in (0, 2)
    assert out.exists() == (code == 0)
    code = main(["build", "--data-dir", str(data), "--out", str(out), "--quiet", "--no-negatives", "--lenient"])
    assert code == 0


@SETTINGS
@given(raw=st.binary(max_size=300))
def test_arbitrary_bytes_are_clean_errors(tmp_path_factory, raw):
    from srlcap.cli import main

    tmp = tmp_path_factory.mktemp("b")
    data = write_vidsitu(tmp, [], raw=raw)
    assert main(["build", "--data-dir", str(data), "--out", str(tmp / "o.parquet"), "--quiet"]) in (0, 2)


def test_deep_nesting_is_a_clean_error(tmp_path, capsys):
    from srlcap.cli import main

    data = write_vidsitu(tmp_path, [], raw=b"[" * 100000 + b"]" * 100000)
    assert main(["build", "--data-dir", str(data), "--out", str(tmp_path / "o.parquet"), "--quiet"]) == 2
    assert "vsann_train_lb.json" in capsys.readouterr().err


@SETTINGS
@given(fillers=st.lists(hostile_text, min_size=1, max_size=3),
       verb=st.sampled_from(["push", "pick up", "blorf", "deflect (block, avoid)"]) | hostile_text)
def test_grammar_engine_realises_or_rejects(grammar, nlp, fillers, verb):
    keys = ["Arg0 (agent)", "Arg1 (thing)", "ArgM (manner)"]
    try:
        ev = make_event("f.json", "rec", "Ev1", verb, None, dict(zip(keys, fillers)), None, grammar.argm_kinds)
    except SrlcapError:
        return
    r = Realiser(grammar, Analyser(grammar, nlp=nlp))
    caps = r.realise_event(ev)
    assert caps["natural"].endswith(".") and caps["figclip"].startswith("the action is")
    r.realise_clip(list(assign_entities([ev])))
    Clip(clip_id="c", events=(ev,))


@pytest.mark.parametrize("delay", [0.5, 3.0])
def test_killed_build_leaves_no_output_and_rerun_completes(tmp_path, delay):
    clips = [clip(f"v_k{i:010d}_seg_0_10") for i in range(400)]
    data = write_vidsitu(tmp_path, clips)
    out = tmp_path / "o.parquet"
    cmd = [sys.executable, "-m", "srlcap", "build", "--data-dir", str(data), "--out", str(out), "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert not out.exists()
    assert subprocess.run(cmd, capture_output=True).returncode == 0
    assert out.exists()
    assert not list(tmp_path.glob(".o.parquet.tmp-*"))  # the rerun swept the dead run's temp file


@pytest.mark.parametrize("filler, kept", [("*trace*", None), ("[*-43]", None), ("*-1", None), ("*T*-1", None),
                                          ("*", None), ("[*]-1", None), ("[*]", None),
                                          ("[*-5] bluish", "bluish"), ("5 * 3 apples", "5 * 3 apples")])
def test_propbank_empty_categories_are_no_words(filler, kept):
    # "*trace* expands the board", "[*-1] is hatted so unsuitably" (PropBank dev captions)
    from srlcap.readers.common import make_event as read_event

    event = read_event("f.json", "clip 0 Ev1", "Ev1", "expand", "expand.01",
                       {"Arg0 (expander)": filler, "Arg1 (thing expanded)": "the board"}, None, frozenset())
    arg0 = event.role("Arg0")
    assert (arg0.filler if arg0 else None) == kept
