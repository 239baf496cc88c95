import json
import os

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("open_clip")

from srlcap.errors import SrlcapError  # noqa: E402
from srlcap_trainer import checkpoint as ckpt  # noqa: E402
from srlcap_trainer import configs  # noqa: E402
from srlcap_trainer.settings import ModelConfig, TrainConfig  # noqa: E402
from srlcap_trainer.train import TrainingDiverged, train  # noqa: E402

from .fixtures import make_frames, make_parquet  # noqa: E402


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("data")
    ids = make_parquet(str(d / "train.parquet"), n_clips=8)
    make_frames(str(d / "frames"), ids)
    return d, ids


def _mcfg(**kw):
    base = dict(model="tiny-test", model_cfg=configs.get("tiny-test"), lora_rank=4, ctx_layers=1)
    return ModelConfig(**{**base, **kw})


def _tcfg(d, out, **kw):
    base = dict(parquet=str(d / "train.parquet"), frames_root=str(d / "frames"), out=str(out), batch_size=4,
                steps=6, save_every=100, progress=False, lr=1e-3, warmup=2, log_every=1)
    base.update(kw)
    return TrainConfig(**base)


def test_train_writes_outputs(data, tmp_path):
    d, _ = data
    res = train(_tcfg(d, tmp_path / "run", steps=3), _mcfg())
    assert res["steps"] == 3
    for name in ("checkpoint.safetensors", "adapter.safetensors", "log.jsonl", "loss.png", "config.json"):
        assert (tmp_path / "run" / name).is_file(), name
    rows = [json.loads(x) for x in open(tmp_path / "run" / "log.jsonl")]
    assert [r["step"] for r in rows] == [1, 2, 3]
    assert all(k in rows[0] for k in ("loss", "clip_event", "ctx_event", "clip_video", "ctx_video", "lr"))
    tensors, meta = ckpt.read(str(tmp_path / "run" / "adapter.safetensors"))
    assert any(".lora_" in k for k in tensors) and not any("token_embedding" in k for k in tensors)
    assert not [f for f in os.listdir(tmp_path / "run") if f.startswith(".tmp-")]
    with pytest.raises(SrlcapError, match="--resume"):
        train(_tcfg(d, tmp_path / "run", steps=3), _mcfg())


@pytest.mark.parametrize("opts", [dict(neg_kinds=(), negatives_per_event=0),
                                  dict(negatives_per_clip=0, grad_accum=2)])
def test_no_negatives_and_accumulation(data, tmp_path, opts):
    d, _ = data
    res = train(_tcfg(d, tmp_path / "run", steps=2, **opts), _mcfg(video_text="caption"))
    assert res["steps"] == 2


def test_resume_matches_uninterrupted(data, tmp_path):
    d, _ = data
    # 8 clips / batch 4 = 2 batches per epoch, so 6 steps cross epoch boundaries too
    full = train(_tcfg(d, tmp_path / "a"), _mcfg())["model"].trainable_state_dict()
    first = train(_tcfg(d, tmp_path / "b", stop_after=3), _mcfg())
    assert first["steps"] == 3 and not (tmp_path / "b" / "adapter.safetensors").exists()
    resumed = train(_tcfg(d, tmp_path / "b", resume=True), _mcfg())
    assert resumed["steps"] == 6
    part = resumed["model"].trainable_state_dict()
    assert set(part) == set(full)
    for k in full:
        torch.testing.assert_close(part[k], full[k], rtol=1e-5, atol=1e-6, msg=k)
    rows = [json.loads(x)["step"] for x in open(tmp_path / "b" / "log.jsonl")]
    assert rows == [1, 2, 3, 4, 5, 6]
    with pytest.raises(SrlcapError, match="model options differ"):
        train(_tcfg(d, tmp_path / "b", resume=True, steps=8), _mcfg(lora_rank=8))


def test_nan_stops_without_corrupt_checkpoint(data, tmp_path):
    d, ids = data
    from safetensors.torch import save_file

    feats = {cid: torch.randn(10, 32) for cid in ids}
    feats[ids[5]][3] = float("nan")
    save_file(feats, str(tmp_path / "feats.safetensors"))
    cfg = _tcfg(d, tmp_path / "run", frames_root=None, features=str(tmp_path / "feats.safetensors"),
                steps=8, save_every=1)
    with pytest.raises(TrainingDiverged, match="loss is nan"):
        train(cfg, _mcfg(image_tower="frozen"))
    path = tmp_path / "run" / "checkpoint.safetensors"
    if path.exists():  # the last good one, finite throughout
        tensors, meta = ckpt.read(str(path))
        assert all(torch.isfinite(t).all() for t in tensors.values() if t.is_floating_point())
        assert json.loads(meta["state"])["step"] < 8
    assert not (tmp_path / "run" / "adapter.safetensors").exists()


def test_refuses_to_write_nan(tmp_path):
    with pytest.raises(ckpt.CorruptStateError):
        ckpt.atomic_save({"x": torch.tensor([1.0, float("nan")])}, {"format": ckpt.FORMAT}, str(tmp_path / "c.safetensors"))
    assert not list(tmp_path.iterdir())


def test_logit_scale_trains_from_openais_bound(data, tmp_path):
    # OpenAI's checkpoints store log(100): with a clamp after exp its gradient was zero
    import math

    import open_clip
    from safetensors.torch import save_file

    base = open_clip.CLIP(**configs.get("tiny-test"))
    with torch.no_grad():
        base.logit_scale.fill_(math.log(100.0))
    save_file({k: v.contiguous() for k, v in base.state_dict().items()}, str(tmp_path / "base.safetensors"))
    d, _ = data
    train(_tcfg(d, tmp_path / "run", steps=3, lr=1e-2), _mcfg(pretrained=str(tmp_path / "base.safetensors")))
    tensors, meta = ckpt.read(str(tmp_path / "run" / "checkpoint.safetensors"))
    i = json.loads(meta["param_names"]).index("logit_scale")
    assert tensors[f"optim/{i}/exp_avg"].abs().item() > 0  # Adam saw a gradient
    assert tensors["model/logit_scale"].item() <= math.log(100.0) + 1e-6  # and the bound holds


def test_events_tokens_give_every_parameter_a_gradient():
    # DDP stops on a parameter without a gradient ("Expected to have finished reduction")
    from srlcap_trainer.contextualiser import VideoContextualiser

    for tokens in ("frames", "events"):
        ctx = VideoContextualiser(16, layers=1, heads=2, events=3, frames=2, tokens=tokens)
        torch.nn.init.normal_(ctx.out_proj.weight)  # zero at init, which would hide the rest
        ev, vid = ctx(torch.randn(2, 3, 2, 16))
        (ev.sum() + vid.sum()).backward()
        assert [n for n, p in ctx.named_parameters() if p.grad is None or not p.grad.abs().sum()] == [], tokens


def test_pick_device():
    from srlcap_trainer.train import pick_device

    assert pick_device("cpu").type == "cpu"
    assert pick_device("auto").type == ("cuda" if torch.cuda.is_available() else "cpu")
    if not torch.cuda.is_available():
        with pytest.raises(SrlcapError, match="CUDA is not available"):
            pick_device("cuda", local_rank=1, world=2)
    else:
        assert pick_device("cuda", local_rank=0, world=2) == torch.device("cuda", 0)


def test_no_host_sync_per_micro_batch(data, tmp_path, monkeypatch):
    # a value copied to the host waits for the GPU: one per optimizer step (the finiteness
    # check before the optimizer moves) and one per log line, none per micro-batch. Counted
    # where the step's code asks (the data pipeline's CPU tensors never wait for a GPU).
    import sys

    d, _ = data
    calls = []
    step_code = {os.path.join("trainer", f) for f in ("train.py", "model.py", "losses.py", "lora.py",
                                                       "contextualiser.py")}

    def spy(name, real):
        def wrapped(self, *a):
            caller = sys._getframe(1).f_code.co_filename
            if any(caller.endswith(f) for f in step_code):
                calls.append(name)
            return real(self, *a)
        return wrapped

    for name in ("item", "tolist", "__float__", "__bool__"):
        monkeypatch.setattr(torch.Tensor, name, spy(name, getattr(torch.Tensor, name)))
    train(_tcfg(d, tmp_path / "run", steps=4, batch_size=2, grad_accum=2, log_every=2), _mcfg())
    model_build = ["__float__"]  # the logit scale read once when the model is made
    assert calls == model_build + ["item", "item", "tolist"] * 2, calls
