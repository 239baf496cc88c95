"""--pretrained: local files (state dicts, safetensors, OpenAI's TorchScript), open_clip tags
(offline: one clear line), random weights said loudly, and the base recorded by content."""
import json
import os
import subprocess
import sys

import pytest

torch = pytest.importorskip("torch")
open_clip = pytest.importorskip("open_clip")

from srlcap.errors import SrlcapError  # noqa: E402
from srlcap_trainer import configs  # noqa: E402
from srlcap_trainer.model import FigClipModel  # noqa: E402
from srlcap_trainer.pretrained import sha256_of  # noqa: E402
from srlcap_trainer.settings import ModelConfig  # noqa: E402


def _mcfg(**kw):
    return ModelConfig(**{"model": "tiny-test", "lora_rank": 2, "ctx_layers": 1, **kw})


def _same_base(model: FigClipModel, ref: torch.nn.Module) -> bool:
    ours = model.clip.state_dict()
    return all(torch.equal(ours[k.replace("in_proj_weight", "parametrizations.in_proj_weight.original")]
                           if k not in ours else ours[k], v) for k, v in ref.state_dict().items())


def test_openai_torchscript_file(tmp_path):
    torch.manual_seed(3)
    ref = open_clip.CLIP(**configs.get("tiny-test"), quick_gelu=True)
    torch.jit.script(ref).save(str(tmp_path / "ViT-tiny.pt"))
    model = FigClipModel(_mcfg(pretrained=str(tmp_path / "ViT-tiny.pt")))
    assert _same_base(model, ref)
    assert model.open_clip_cfg["quick_gelu"] is True  # OpenAI's models use QuickGELU
    x = torch.randn(2, 3, 32, 32)
    with torch.no_grad():
        torch.testing.assert_close(model.clip.encode_image(x), ref.encode_image(x))
    assert model.cfg.pretrained_sha256 == sha256_of(str(tmp_path / "ViT-tiny.pt"))


def test_relative_file_recorded_absolute_with_its_hash(tmp_path, monkeypatch):
    from safetensors.torch import save_file

    ref = open_clip.CLIP(**configs.get("tiny-test"))
    save_file({k: v.contiguous() for k, v in ref.state_dict().items()}, str(tmp_path / "w.safetensors"))
    monkeypatch.chdir(tmp_path)
    cfg = _mcfg(pretrained="w.safetensors")
    model = FigClipModel(cfg)
    assert _same_base(model, ref)
    assert cfg.pretrained == str(tmp_path / "w.safetensors") and len(cfg.pretrained_sha256) == 64
    # a different file under the recorded hash is refused
    other = open_clip.CLIP(**configs.get("tiny-test"))
    save_file({k: v.contiguous() for k, v in other.state_dict().items()}, str(tmp_path / "w.safetensors"))
    with pytest.raises(SrlcapError, match="SHA-256"):
        FigClipModel(ModelConfig.from_json(cfg.to_json()))


@pytest.mark.parametrize("pretrained, message", [
    ("laion2b_s34b_b79k", "open_clip tags exist only for open_clip's model names"),
    ("weights/missing.pt", "no such file"),
])
def test_bad_pretrained_for_a_tiny_model(pretrained, message):
    with pytest.raises(SrlcapError, match=message):
        FigClipModel(_mcfg(pretrained=pretrained))


def test_unknown_tag_lists_the_models_tags():
    with pytest.raises(SrlcapError) as e:
        FigClipModel(_mcfg(model="ViT-B-32", pretrained="no_such_tag"))
    assert "laion2b_s34b_b79k" in str(e.value) and "\n" not in str(e.value)


def test_a_tag_offline_fails_in_one_line(tmp_path):
    # open_clip's own loader, with Hugging Face told it is offline (as it is here anyway)
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf"), "XDG_CACHE_HOME": str(tmp_path)}
    cmd = [sys.executable, "-m", "srlcap", "train", "--parquet", "p", "--out", str(tmp_path / "o"),
           "--model", "ViT-B-32", "--pretrained", "laion2b_s34b_b79k", "-q"]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 2
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "cannot fetch ViT-B-32's weights" in lines[0], proc.stderr
    assert not (tmp_path / "o").exists()


def test_random_weights_said_loudly(tmp_path, capsys):
    from srlcap_trainer.settings import TrainConfig
    from srlcap_trainer.train import train

    from .fixtures import make_frames, make_parquet

    ids = make_parquet(str(tmp_path / "t.parquet"), n_clips=2)
    make_frames(str(tmp_path / "frames"), ids)
    (tmp_path / "mine.json").write_text(json.dumps(configs.get("tiny-test")))
    tcfg = TrainConfig(parquet=str(tmp_path / "t.parquet"), out=str(tmp_path / "run"),
                       frames_root=str(tmp_path / "frames"), batch_size=2, steps=1, progress=False)
    train(tcfg, _mcfg(model=str(tmp_path / "mine.json")))
    assert "RANDOM weights" in capsys.readouterr().err
