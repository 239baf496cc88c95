"""A run's base weights recorded and found again (eval --pretrained), and its export as a
plain open_clip model that open_clip loads in a fresh process."""
import json
import os
import shutil
import subprocess
import sys

import pytest

torch = pytest.importorskip("torch")
open_clip = pytest.importorskip("open_clip")

from srlcap.cli import main  # noqa: E402
from srlcap.errors import SrlcapError  # noqa: E402
from srlcap_trainer import configs  # noqa: E402
from srlcap_trainer.evaluate import load_model  # noqa: E402
from srlcap_trainer.export import export_checkpoint, is_checkpoint  # noqa: E402

from .fixtures import make_frames, make_parquet  # noqa: E402


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """A 3-step run on a tiny base saved as a file, with LoRA on both towers."""
    from safetensors.torch import save_file

    d = tmp_path_factory.mktemp("run")
    torch.manual_seed(5)
    base = open_clip.CLIP(**configs.get("tiny-test"))
    save_file({k: v.contiguous() for k, v in base.state_dict().items()}, str(d / "base.safetensors"))
    ids = make_parquet(str(d / "t.parquet"), n_clips=4)
    make_frames(str(d / "frames"), ids)
    assert main(["train", "--model", "tiny-test", "--pretrained", str(d / "base.safetensors"), "--lora-rank", "2",
                 "--text-tower", "lora", "--ctx-layers", "1", "--parquet", str(d / "t.parquet"),
                 "--frames-root", str(d / "frames"), "--out", str(d / "run"), "--batch-size", "2",
                 "--steps", "3", "--lr", "1e-2", "-q"]) == 0
    return d


def test_eval_finds_a_moved_base_by_pretrained(run, tmp_path, capsys):
    moved = tmp_path / "elsewhere.safetensors"
    shutil.copy(run / "base.safetensors", moved)
    os.rename(run / "base.safetensors", run / "base.hidden")
    try:
        with pytest.raises(SrlcapError, match="are not there; pass --pretrained"):
            load_model(str(run / "run"), torch.device("cpu"))
        model, _ = load_model(str(run / "run"), torch.device("cpu"), str(moved))
        assert model.cfg.pretrained == str(moved)
        assert main(["eval", "--checkpoint", str(run / "run"), "--pretrained", str(moved), "--parquet",
                     str(run / "t.parquet"), "--frames-root", str(run / "frames"), "-q"]) == 0
        torch.manual_seed(6)
        wrong = open_clip.CLIP(**configs.get("tiny-test"))
        from safetensors.torch import save_file

        save_file({k: v.contiguous() for k, v in wrong.state_dict().items()}, str(tmp_path / "wrong.safetensors"))
        capsys.readouterr()
        assert main(["eval", "--checkpoint", str(run / "run"), "--pretrained", str(tmp_path / "wrong.safetensors"),
                     "--parquet", str(run / "t.parquet"), "--frames-root", str(run / "frames"), "-q"]) == 2
        assert "SHA-256" in capsys.readouterr().err
    finally:
        os.rename(run / "base.hidden", run / "base.safetensors")


def test_is_checkpoint(run, tmp_path):
    assert is_checkpoint(run / "run") and is_checkpoint(run / "run" / "adapter.safetensors")
    assert not is_checkpoint(run / "t.parquet") and not is_checkpoint(tmp_path) and not is_checkpoint(tmp_path / "x")
    with pytest.raises(SrlcapError, match="not a checkpoint of `srlcap train`"):
        export_checkpoint(run / "t.parquet", tmp_path / "out", quiet=True)
    assert not (tmp_path / "out").exists()


LOAD = """
import json, sys, open_clip, torch
out = sys.argv[1]
m = json.load(open(out + "/srlcap_export.json"))
if "model_config" in m["files"]:
    open_clip.add_model_config(out + "/" + m["files"]["model_config"])
model, _, preprocess = open_clip.create_model_and_transforms(m["open_clip_model"], pretrained=out + "/" + m["files"]["weights"])
model.eval()
torch.manual_seed(0)
img = torch.randn(2, 3, 32, 32)
tok = open_clip.get_tokenizer(m["open_clip_model"])(["a red square pushes a blue circle", "a dog"])
with torch.no_grad():
    print(json.dumps({"image": model.encode_image(img).tolist(), "text": model.encode_text(tok).tolist(),
                      "logit_scale": float(model.logit_scale.exp())}))
"""


def test_export_loads_in_a_fresh_open_clip(run, tmp_path):
    from safetensors import safe_open

    from srlcap_trainer.contextualiser import VideoContextualiser

    out = export_checkpoint(run / "run", tmp_path / "export", quiet=True)
    manifest = json.loads((out / "srlcap_export.json").read_text())
    assert manifest["open_clip_model"] == "tiny-test" and manifest["base"]["sha256"]
    proc = subprocess.run([sys.executable, "-c", LOAD, str(out)], capture_output=True, text=True, timeout=120,
                          cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    fresh = json.loads(proc.stdout)
    # the same function as the trained model: adapters merged, trained logit scale
    model, _ = load_model(str(run / "run"), torch.device("cpu"))
    torch.manual_seed(0)
    img = torch.randn(2, 3, 32, 32)
    tok = model.tokenizer(["a red square pushes a blue circle", "a dog"])
    with torch.no_grad():
        torch.testing.assert_close(torch.tensor(fresh["image"]), model.clip.encode_image(img), rtol=1e-4, atol=1e-5)
        torch.testing.assert_close(torch.tensor(fresh["text"]), model.clip.encode_text(tok), rtol=1e-4, atol=1e-5)
    assert fresh["logit_scale"] == pytest.approx(float(model.logit_scale.detach().exp()), rel=1e-6)
    assert fresh["logit_scale"] == pytest.approx(manifest["logit_scale"], rel=1e-6)
    # training moved the scale away from the base's (so the check above means something)
    assert abs(fresh["logit_scale"] - float(open_clip.CLIP(**configs.get("tiny-test")).logit_scale.exp())) > 1e-4
    # the contextualiser beside it rebuilds and matches
    with safe_open(str(out / "contextualiser.safetensors"), framework="pt") as f:
        args = json.loads(f.metadata()["config"])
        state = {k: f.get_tensor(k) for k in f.keys()}
    ctx = VideoContextualiser(**args)
    ctx.load_state_dict(state)
    for k, v in model.ctx.state_dict().items():
        assert torch.equal(state[k], v), k


def test_export_output_rule(run, tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    with pytest.raises(SrlcapError, match="not written by srlcap"):
        export_checkpoint(run / "run", tmp_path / "mine", quiet=True)
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"
    out = export_checkpoint(run / "run" / "adapter.safetensors", tmp_path / "e", quiet=True)
    export_checkpoint(run / "run", out, quiet=True)  # ours: replaced without --force
    export_checkpoint(run / "run", tmp_path / "mine", force=True, quiet=True)
    assert not (tmp_path / "mine" / "notes.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e", "mine"]  # no temporary directory left
