"""`srlcap train | eval | demo`: options generated from the settings dataclasses, --config
precedence, and runs through the `srlcap` program itself."""
import dataclasses
import json
import subprocess
import sys

import pytest

from srlcap.cli import main, make_parser
from srlcap.errors import SrlcapError
from srlcap.schema import CLIP_KINDS, EVENT_KINDS
from srlcap_trainer.commands import train as train_command
from srlcap_trainer.settings import EvalConfig, ModelConfig, TrainConfig, options_of

from .fixtures import make_frames, make_parquet

COMMANDS = {"train": "srlcap_trainer.commands.train", "eval": "srlcap_trainer.commands.evaluate",
            "demo": "srlcap_trainer.commands.demo"}
HEAVY = ("torch", "open_clip", "spacy")


def _parse(command, *argv):
    return make_parser(command).parse_args([command, *argv])


def _help(command, capsys) -> str:
    """`srlcap COMMAND --help`, whitespace normalised (argparse wraps lines)."""
    with pytest.raises(SystemExit):
        main([command, "--help"])
    return " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("command", COMMANDS)
def test_command_imports_and_parses_without_torch(command):
    code = (f"import sys, importlib; importlib.import_module({COMMANDS[command]!r}); "
            f"from srlcap.cli import make_parser; make_parser({command!r}).format_help(); "
            f"heavy = sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r}); "
            "assert not heavy, heavy")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_examples(command, capsys):
    assert "examples:" in _help(command, capsys)


def test_every_field_default_is_the_parsed_default():
    args = _parse("train")
    internal = set()
    for cls in (TrainConfig, ModelConfig):
        options = {f.name for f in options_of(cls)}
        for f in dataclasses.fields(cls):
            if f.name not in options:
                internal.add(f.name)
            elif f.default is dataclasses.MISSING:
                assert getattr(args, f.name) is None, f.name
            else:
                assert getattr(args, f.name) == f.default, f.name
    assert internal == {"model_cfg", "feature_input", "progress", "pretrained_sha256"}
    # and what the command builds from them is the dataclasses' own defaults
    tcfg, mcfg = train_command.configs(_parse("train", "--parquet", "p", "--out", "o"))
    assert tcfg == TrainConfig(parquet="p", out="o") and mcfg == ModelConfig()
    required = {"checkpoint": "c", "parquet": "p"}
    args = _parse("eval", "--checkpoint", "c", "--parquet", "p")
    for f in options_of(EvalConfig):
        assert getattr(args, f.name) == required.get(f.name, f.default), f.name


def test_help_shows_the_field_defaults(capsys):
    text = _help("train", capsys)
    assert f"(default: {ModelConfig.lora_rank})" in text and f"(default: {TrainConfig.batch_size})" in text
    assert ", ".join(EVENT_KINDS) in text


def test_config_precedence(tmp_path):
    """command line > --config file > field default, a typed default included."""
    (tmp_path / "run.toml").write_text(
        f'lora_rank = 3\nctx-layers = 1\nbatch_size = 7\ncontextualiser = false\nneg_kinds = ["{EVENT_KINDS[1]}"]\n'
        f'clip_neg_kinds = "none"\nlr = 1\n'
    )
    args = _parse("train", "--config", str(tmp_path / "run.toml"), "--parquet", "p", "--out", "o",
                  "--lora-rank", "2", "--contextualiser", "--batch-size", str(TrainConfig.batch_size))
    tcfg, mcfg = train_command.configs(args)
    assert mcfg.lora_rank == 2 and mcfg.contextualiser is True and tcfg.batch_size == TrainConfig.batch_size
    assert mcfg.ctx_layers == 1 and tcfg.neg_kinds == (EVENT_KINDS[1],) and tcfg.clip_neg_kinds == ()
    assert tcfg.lr == 1.0 and isinstance(tcfg.lr, float)
    assert tcfg.epochs == TrainConfig.epochs and mcfg.ctx_heads == ModelConfig.ctx_heads
    # JSON works the same; a file may hold the required options
    (tmp_path / "run.json").write_text(json.dumps({"parquet": "p", "out": "o", "neg-kinds": "all"}))
    tcfg, _ = train_command.configs(_parse("train", "--config", str(tmp_path / "run.json"), "--steps", "5"))
    assert (tcfg.parquet, tcfg.out, tcfg.neg_kinds, tcfg.steps) == ("p", "o", EVENT_KINDS, 5)


@pytest.mark.parametrize("content, message", [
    ("lora_rnk = 3\n", "unknown option 'lora_rnk'"),
    ('neg_kinds = ["no_such_kind"]\n', "neg_kinds: 'no_such_kind' is not one of"),
    (f'neg_kinds = ["{CLIP_KINDS[0]}"]\n', "is not one of"),
    ('lora_rank = "many"\n', "lora_rank: expected a number"),
    ("lora_rank = 2.5\n", "expected a whole number"),
    ('resume = "yes"\n', "expected true or false"),
    ("image_tower = 'half'\n", "'half' is not one of lora, full, frozen"),
    ("lora_rank = \n", "cannot parse"),
])
def test_bad_config_files(tmp_path, content, message):
    (tmp_path / "bad.toml").write_text(content)
    with pytest.raises(SrlcapError, match=message):
        train_command.configs(_parse("train", "--config", str(tmp_path / "bad.toml"), "--parquet", "p", "--out", "o"))


def test_user_errors(tmp_path, capsys):
    assert main(["train", "--out", str(tmp_path)]) == 2
    assert "--parquet is required" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        _parse("train", "--neg-kinds", "no_such_kind")
    assert "--neg-kinds: 'no_such_kind' is not one of" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        _parse("train", "--lora-targets", "q,x")
    assert main(["train", "--parquet", "p", "--out", "o", "--pretrained", str(tmp_path / "nope.pt")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["eval", "--checkpoint", "c", "--parquet", "p", "--verb-template", "verb"]) == 2
    assert "{verb}" in capsys.readouterr().err


def test_train_then_eval_via_program(tmp_path, capsys):
    pytest.importorskip("torch")
    pytest.importorskip("open_clip")
    ids = make_parquet(str(tmp_path / "t.parquet"), n_clips=8)
    make_frames(str(tmp_path / "frames"), ids)
    (tmp_path / "cfg.toml").write_text(f'model = "tiny-test"\nlora-rank = 4\nctx_layers = 1\n'
                                       f'neg_kinds = ["{EVENT_KINDS[0]}"]\n')
    assert main(["train", "--config", str(tmp_path / "cfg.toml"), "--parquet", str(tmp_path / "t.parquet"),
                 "--frames-root", str(tmp_path / "frames"), "--out", str(tmp_path / "run"), "--batch-size", "4",
                 "--steps", "2", "-q", "--lora-rank", "2"]) == 0
    saved = json.loads((tmp_path / "run" / "config.json").read_text())
    assert saved["model"]["lora_rank"] == 2 and saved["model"]["ctx_layers"] == 1  # CLI > file > default
    assert saved["train"]["neg_kinds"] == [EVENT_KINDS[0]] and saved["train"]["progress"] is False
    assert main(["train", "--parquet", str(tmp_path / "none.parquet"), "--out", str(tmp_path / "o"),
                 "--model", "tiny-test", "--frames-root", str(tmp_path)]) == 2
    assert "none.parquet: no such file" in capsys.readouterr().err
    assert main(["eval", "--checkpoint", str(tmp_path / "run"), "--parquet", str(tmp_path / "t.parquet"),
                 "--frames-root", str(tmp_path / "frames"), "--out", str(tmp_path / "eval.json"), "-q"]) == 0
    res = json.loads((tmp_path / "eval.json").read_text())
    assert set(res["branches"]) == {"clip", "ctx"}
    assert 0 <= res["branches"]["ctx"]["per_kind"][EVENT_KINDS[0]]["accuracy"] <= 1
    assert main(["eval", "--checkpoint", str(tmp_path / "run"), "--parquet", str(tmp_path / "t.parquet"),
                 "--frames-root", str(tmp_path / "frames"), "--features", str(tmp_path)]) == 2
    assert "trained on frames" in capsys.readouterr().err
