"""CUDA checks (``pytest -m gpu``; ``scripts/gpu_check.sh`` runs them): a bf16 autocast step,
fused AdamW, a one-process NCCL/DDP step, save and resume on CUDA, export of a CUDA run."""
import json
import os
import socket
import subprocess
import sys

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("open_clip")

from srlcap_trainer import checkpoint as ckpt  # noqa: E402
from srlcap_trainer.train import train  # noqa: E402

from .test_train import _mcfg, _tcfg, data  # noqa: E402,F401

pytestmark = [pytest.mark.gpu,
              pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")]


def test_bf16_step_and_fused_adamw(data, tmp_path):  # noqa: F811
    from srlcap_trainer.train import make_optimizer

    d, _ = data
    res = train(_tcfg(d, tmp_path / "run", steps=3, device="cuda"), _mcfg())
    cfg = json.loads((tmp_path / "run" / "config.json").read_text())
    assert cfg["train"]["precision"] == "auto"  # auto on CUDA: bf16 autocast
    rows = [json.loads(x) for x in open(tmp_path / "run" / "log.jsonl")]
    assert [r["step"] for r in rows] == [1, 2, 3] and all(r["loss"] == r["loss"] for r in rows)
    model = res["model"]
    assert next(model.parameters()).is_cuda
    opt, _ = make_optimizer(model, _tcfg(d, tmp_path / "x"), torch.device("cuda"))
    assert opt.defaults["fused"] is True
    # the similarities reach the loss in fp32 under autocast
    from srlcap_trainer.losses import info_nce_with_negatives

    x = torch.nn.functional.normalize(torch.randn(8, 64, device="cuda"), dim=-1)
    with torch.autocast("cuda", dtype=torch.bfloat16):
        out = info_nce_with_negatives(x, x.flip(0), 100.0)
    assert out["loss"].dtype == torch.float32


def test_one_process_nccl_ddp_step(data, tmp_path):  # noqa: F811
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    d, _ = data
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    code = f"""
import os, torch, torch.distributed as dist, json
from torch.nn.parallel import DistributedDataParallel as DDP
os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT="{port}", RANK="0", WORLD_SIZE="1", LOCAL_RANK="0")
torch.cuda.set_device(0)
dist.init_process_group("nccl")
from srlcap_trainer import configs
from srlcap_trainer.model import FigClipModel
from srlcap_trainer.settings import ModelConfig
from srlcap_trainer.train import forward_backward
m = FigClipModel(ModelConfig(model="tiny-test", lora_rank=2, ctx_layers=1, ctx_tokens="events", events=1,
                             frames=1)).cuda()
ddp = DDP(m, device_ids=[0])
batch = {{"frames": torch.randn(2, 1, 1, 3, 32, 32), "event_mask": torch.ones(2, 1, dtype=torch.bool),
         "event_text": ["a red square.", "a blue circle."], "neg_text": ["a blue square.", "a red circle."],
         "neg_mask": torch.ones(2, 1, 1, dtype=torch.bool), "clip_text": ["", ""], "clip_neg_text": [],
         "clip_neg_mask": torch.zeros(2, 0, dtype=torch.bool)}}
acc = {{}}
import torch.distributed.nn.functional as dnn
def gather(t):  # what _gather_fn does on several ranks, through NCCL on one
    if t.requires_grad:
        return torch.cat(dnn.all_gather(t), 0)
    parts = [torch.empty_like(t)]
    dist.all_gather(parts, t.contiguous())
    return torch.cat(parts, 0)
forward_backward(ddp, m, batch, gather, torch.autocast("cuda", torch.bfloat16), 1, acc)
print(json.dumps({{"backend": dist.get_backend(), "loss": acc["loss"].item()}}))
dist.destroy_process_group()
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["backend"] == "nccl" and out["loss"] == out["loss"]


def test_save_and_resume_on_cuda(data, tmp_path):  # noqa: F811
    d, _ = data
    full = train(_tcfg(d, tmp_path / "a", device="cuda", precision="fp32"), _mcfg())["model"].trainable_state_dict()
    train(_tcfg(d, tmp_path / "b", device="cuda", precision="fp32", stop_after=3), _mcfg())
    tensors, _ = ckpt.read(str(tmp_path / "b" / "checkpoint.safetensors"))
    assert "rng/cuda" in tensors and not any(k.startswith("rng/cuda/") for k in tensors)
    part = train(_tcfg(d, tmp_path / "b", device="cuda", precision="fp32", resume=True), _mcfg())["model"]
    for k, v in part.trainable_state_dict().items():
        torch.testing.assert_close(v, full[k], rtol=1e-4, atol=1e-5, msg=k)


def test_export_of_a_cuda_run(data, tmp_path):  # noqa: F811
    from srlcap_trainer.export import export_checkpoint

    d, _ = data
    train(_tcfg(d, tmp_path / "run", steps=2, device="cuda"), _mcfg())
    out = export_checkpoint(tmp_path / "run", tmp_path / "export", quiet=True)
    m = json.loads((out / "srlcap_export.json").read_text())
    code = ("import open_clip, sys; open_clip.add_model_config(sys.argv[1] + '/tiny-test.json'); "
            "open_clip.create_model_and_transforms('tiny-test', pretrained=sys.argv[1] + '/" + m["files"]["weights"] + "')")
    proc = subprocess.run([sys.executable, "-c", code, str(out)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
