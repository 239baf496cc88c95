"""The parts of scripts/gpu_check.sh that a CPU can check: its refusal without CUDA, the
benchmark's --device and JSON, and (slow) the whole script at tiny sizes (--smoke)."""
import json
import os
import subprocess
import sys

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("open_clip")

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ENV = {**os.environ, "PYTHON": sys.executable}
needs_no_cuda = pytest.mark.skipif(torch.cuda.is_available(), reason="checks the refusal on a machine without CUDA")


def _run(*cmd, timeout=300):
    return subprocess.run(list(cmd), capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=timeout)


@needs_no_cuda
def test_gpu_check_refuses_without_cuda_in_one_line(tmp_path):
    proc = _run("bash", "scripts/gpu_check.sh", "--out", str(tmp_path / "g.json"))
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.strip().count("\n") == 0 and "no CUDA device here" in proc.stderr
    assert not (tmp_path / "g.json").exists()
    bad = _run("bash", "scripts/gpu_check.sh", "--nope")
    assert bad.returncode == 2 and "unknown option --nope" in bad.stderr


@needs_no_cuda
def test_benchmark_device_option(tmp_path):
    proc = _run(sys.executable, "benchmarks/train_throughput.py", "--tiny", "--device", "cuda")
    assert proc.returncode == 2 and proc.stderr.strip() == (
        "train_throughput: --device cuda: CUDA is not available on this machine")
    proc = _run(sys.executable, "benchmarks/train_throughput.py", "--tiny", "--device", "cpu", "--steps", "1",
                "--json", str(tmp_path / "t.json"))
    assert proc.returncode == 0, proc.stderr[-2000:]
    res = json.loads((tmp_path / "t.json").read_text())
    assert res["device"] == "cpu" and res["ratio_samples_per_s"] > 0
    assert res["ours"]["tflops_per_step"] > res["plain"]["tflops_per_step"] > 0  # counted, both
    assert res["ours"]["mfu"] is None  # no peak figure for a CPU unless --peak-tflops


@pytest.mark.slow
def test_gpu_check_smoke_writes_every_part(tmp_path):
    proc = _run("bash", "scripts/gpu_check.sh", "--smoke", "--out", str(tmp_path / "g.json"), timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads((tmp_path / "g.json").read_text())
    assert report["smoke"] is True and report["ok"] is True
    assert report["tests"]["tests"] == 4 and report["throughput"]["result"]["device"] == "cpu"
    assert "role_swap" in report["demo"]["comparison"]["clip"]
    assert set(report["figures"]) >= {"ratio_samples_per_s", "mfu_ours"}
