"""End-to-end runs: the demo smoke version and a 2-process DDP run on the CPU (gloo)."""
import json
import subprocess
import sys

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("open_clip")

from srlcap.cli import main  # noqa: E402
from srlcap.schema import EVENT_KINDS  # noqa: E402

from .fixtures import make_frames, make_parquet  # noqa: E402


@pytest.mark.slow
def test_demo_quick(tmp_path):
    assert main(["demo", "--out", str(tmp_path), "--quick", "--steps", "4", "-q"]) == 0
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert set(summary["eval"]) == {"with_negatives", "without_negatives"}
    assert EVENT_KINDS[0] in summary["comparison"]["clip"]
    assert summary["smoke_test"] is True
    assert "world_reused" not in summary["timings"]
    # a second run in the same directory trains on the same world and Parquet, not rebuilt
    parquet = (tmp_path / "train.parquet").read_bytes()
    assert main(["demo", "--out", str(tmp_path), "--quick", "--steps", "4", "-q"]) == 0
    again = json.loads((tmp_path / "summary.json").read_text())
    assert again["timings"]["world_reused"] is True and (tmp_path / "train.parquet").read_bytes() == parquet
    assert again["comparison"] == summary["comparison"]  # deterministic for a seed


@pytest.mark.slow
@pytest.mark.parametrize("tokens", ["frames", "events"])
def test_ddp_two_processes_cpu(tmp_path, tokens):
    ids = make_parquet(str(tmp_path / "t.parquet"), n_clips=8)
    make_frames(str(tmp_path / "frames"), ids)
    cmd = [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2", "--master_port", "29517",
           "-m", "srlcap", "train", "--model", "tiny-test", "--lora-rank", "2", "--ctx-layers", "1",
           "--parquet", str(tmp_path / "t.parquet"), "--frames-root", str(tmp_path / "frames"),
           "--out", str(tmp_path / "run"), "--batch-size", "2", "--steps", "3", "--log-every", "1", "--ctx-tokens", tokens, "-q"]
    env = {"OMP_NUM_THREADS": "1", "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**__import__("os").environ, **env}, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    rows = [json.loads(x) for x in open(tmp_path / "run" / "log.jsonl")]
    assert [r["step"] for r in rows] == [1, 2, 3]
    assert (tmp_path / "run" / "adapter.safetensors").is_file()
