import argparse
import json
import subprocess
import sys

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("open_clip")

from srlcap.errors import SrlcapError  # noqa: E402
from srlcap_trainer import cli  # noqa: E402
from srlcap_trainer.data import CLIP_KINDS, EVENT_KINDS  # noqa: E402

from .fixtures import make_frames, make_parquet  # noqa: E402


def _parser(name):
    p = argparse.ArgumentParser(prog=f"srlcap {name}")
    cli.COMMANDS[name][1](p)
    return p


def test_cli_module_imports_no_torch():
    code = "import sys, srlcap_trainer.cli as c; assert 'torch' not in sys.modules; assert set(c.COMMANDS) == {'train','eval','demo'}"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_kinds_agree_with_data():
    assert cli.EVENT_KINDS == EVENT_KINDS and cli.CLIP_KINDS == CLIP_KINDS


@pytest.mark.parametrize("name", ["train", "eval", "demo"])
def test_help_has_examples(name):
    assert "examples:" in _parser(name).format_help()


def test_train_then_eval_via_cli(tmp_path, capsys):
    ids = make_parquet(str(tmp_path / "t.parquet"), n_clips=8)
    make_frames(str(tmp_path / "frames"), ids)
    (tmp_path / "cfg.toml").write_text('model = "tiny-test"\nlora-rank = 4\nctx_layers = 1\nneg_kinds = ["role_swap"]\n')
    args = _parser("train").parse_args([
        "--config", str(tmp_path / "cfg.toml"), "--parquet", str(tmp_path / "t.parquet"),
        "--frames-root", str(tmp_path / "frames"), "--out", str(tmp_path / "run"), "--batch-size", "4",
        "--steps", "2", "--no-progress", "--lora-rank", "2",
    ])
    assert cli.COMMANDS["train"][2](args) == 0
    saved = json.loads((tmp_path / "run" / "config.json").read_text())
    assert saved["model"]["lora_rank"] == 2 and saved["model"]["ctx_layers"] == 1  # CLI > file > default
    assert saved["train"]["neg_kinds"] == ["role_swap"]
    capsys.readouterr()
    args = _parser("eval").parse_args([
        "--checkpoint", str(tmp_path / "run"), "--parquet", str(tmp_path / "t.parquet"),
        "--frames-root", str(tmp_path / "frames"), "--out", str(tmp_path / "eval.json"), "--no-progress",
    ])
    assert cli.COMMANDS["eval"][2](args) == 0
    res = json.loads((tmp_path / "eval.json").read_text())
    assert set(res["branches"]) == {"clip", "ctx"}
    assert 0 <= res["branches"]["ctx"]["per_kind"]["role_swap"]["accuracy"] <= 1


def test_user_errors(tmp_path):
    p = _parser("train")
    with pytest.raises(SrlcapError, match="--parquet"):
        cli.COMMANDS["train"][2](p.parse_args(["--out", str(tmp_path)]))
    with pytest.raises(SrlcapError, match="unknown kind"):
        cli.build_configs(cli.resolve(p.parse_args(["--parquet", "x", "--out", "y", "--neg-kinds", "role_swop"]),
                                      cli.TRAIN_DEFAULTS))
    with pytest.raises(SrlcapError, match="no such Parquet"):
        cli.COMMANDS["train"][2](p.parse_args(["--parquet", str(tmp_path / "none.parquet"), "--out", str(tmp_path / "o"),
                                               "--model", "tiny-test", "--frames-root", str(tmp_path)]))
    (tmp_path / "bad.toml").write_text("lora_rnk = 3\n")
    with pytest.raises(SrlcapError, match="unknown option"):
        cli.resolve(p.parse_args(["--config", str(tmp_path / "bad.toml")]), cli.TRAIN_DEFAULTS)
    with pytest.raises(SrlcapError, match="no such file"):
        cli.COMMANDS["train"][2](p.parse_args(["--parquet", "x", "--out", "y", "--pretrained", str(tmp_path / "nope.pt")]))
