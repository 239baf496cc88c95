"""The command line as a new user meets it: one way to add a command, one rule for
outputs, clear refusals (issue 12, item 10)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from srlcap.cli import COMMANDS, main
from srlcap.schema import EVENT_KINDS

ROOT = Path(__file__).resolve().parent.parent


def _err(capsys) -> str:
    return capsys.readouterr().err.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "train.parquet"
    assert main(["build", "--out", str(out), "--quiet"]) == 0
    return out


def test_every_command_is_a_module_with_add_arguments_and_run():
    import importlib

    for name, (module, help_) in COMMANDS.items():
        mod = importlib.import_module(module)
        assert callable(mod.add_arguments) and callable(mod.run) and mod.__doc__ and help_, name


def test_every_command_takes_quiet():
    for name in COMMANDS:
        done = subprocess.run([sys.executable, "-m", "srlcap", name, "--help"], capture_output=True, text=True, cwd=ROOT)
        assert done.returncode == 0 and "--quiet" in done.stdout, (name, done.stderr[-500:])


def test_build_refuses_a_directory_as_out_before_any_work(tmp_path, capsys):
    assert main(["build", "--out", str(tmp_path), "--quiet"]) == 2
    assert _err(capsys) == f"srlcap: error: {tmp_path}: is a directory; give a file name"
    assert list(tmp_path.iterdir()) == []


def test_build_replaces_its_own_output_and_refuses_a_foreign_file(built, tmp_path, capsys):
    again = tmp_path / "again.parquet"
    again.write_bytes(built.read_bytes())
    assert main(["build", "--out", str(again), "--quiet"]) == 0  # srlcap wrote it: rebuilt
    foreign = tmp_path / "notes.parquet"
    foreign.write_text("my notes")
    assert main(["build", "--out", str(foreign), "--quiet"]) == 2
    assert _err(capsys) == f"srlcap: error: {foreign}: exists and was not written by srlcap (use --force to replace it)"
    assert foreign.read_text() == "my notes"
    assert main(["build", "--out", str(foreign), "--quiet", "--force"]) == 0
    assert pq.read_table(foreign).num_rows == pq.read_table(built).num_rows


def test_report_and_audit_follow_the_same_rule(built, tmp_path, capsys):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "keep.txt").write_text("keep me")
    assert main(["report", str(built), "--out", str(folder), "--quiet"]) == 2
    assert "exists and was not written by srlcap (use --force to replace it)" in _err(capsys)
    figures = tmp_path / "figures.json"
    figures.write_text('{"mine": 1}')
    assert main(["audit", str(built), "--no-parse", "--json", str(figures)]) == 2
    assert "exists and was not written by srlcap" in _err(capsys)
    figures.unlink()
    assert main(["audit", str(built), "--no-parse", "--json", str(figures)]) == 0
    assert main(["audit", str(built), "--no-parse", "--json", str(figures)]) == 0  # its own: replaced
    assert json.loads(figures.read_text())["srlcap"] == "audit"


def test_show_refuses_an_unknown_kind_as_build_does(built, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["show", str(built), "--kind", "nonsense"])
    assert exc.value.code == 2 and "invalid choice: 'nonsense'" in capsys.readouterr().err
    assert main(["build", "--kinds", "nonsense", "--quiet", "--out", str(built)]) == 2
    assert "unknown negative kind(s) nonsense" in _err(capsys)
    assert main(["show", str(built), "--rows", "1", "--kind", EVENT_KINDS[0]]) == 0


def test_show_help_suggests_a_clip_of_the_bundled_sample(built, capsys):
    with pytest.raises(SystemExit):
        main(["show", "--help"])
    help_text = capsys.readouterr().out
    clip = next(line.split("--clip ")[1].split()[0] for line in help_text.splitlines()
                if line.strip().startswith("srlcap show") and "--clip " in line)
    assert clip in set(pq.read_table(built).column("clip_id").to_pylist())
    assert main(["show", str(built), "--rows", "1", "--clip", clip]) == 0
    assert capsys.readouterr().out.startswith(clip)


def test_a_misspelt_key_inside_a_grammar_table_is_refused_with_its_line(tmp_path, capsys):
    grammar = tmp_path / "mine.toml"
    grammar.write_text('extends = "default"\n\n[style.natural]\nmanner_adverb_befor_verb = false\n')
    assert main(["build", "--grammar", str(grammar), "--quiet", "--out", str(tmp_path / "x.parquet")]) == 2
    err = _err(capsys)
    assert err.startswith(f"srlcap: error: {grammar}:4: [style.natural.manner_adverb_befor_verb]: unknown key")
    assert "manner_adverb_before_verb" in err  # the known keys are listed
    assert not (tmp_path / "x.parquet").exists()


def test_an_extending_grammar_is_recorded_by_its_own_name_and_hash(built, tmp_path):
    grammar = tmp_path / "slow_verbs.toml"
    grammar.write_text('extends = "default"\n\n[negatives.kinds]\n%s = { enabled = false }\n' % EVENT_KINDS[0])
    out = tmp_path / "x.parquet"
    assert main(["build", "--grammar", str(grammar), "--quiet", "--out", str(out)]) == 0
    meta, default_meta = pq.read_schema(out).metadata, pq.read_schema(built).metadata
    assert meta[b"srlcap.grammar"] == b"slow_verbs" and default_meta[b"srlcap.grammar"] == b"default"
    assert len(meta[b"srlcap.grammar_sha256"]) == 64
    assert meta[b"srlcap.grammar_sha256"] != default_meta[b"srlcap.grammar_sha256"]
    kinds = {n["kind"] for row in pq.read_table(out).to_pylist() for n in row["negatives"]}
    assert EVENT_KINDS[0] not in kinds and EVENT_KINDS[1] in kinds
