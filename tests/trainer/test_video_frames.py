"""Real videos -> `srlcap frames` -> training and evaluation from the shards."""
import json
import os
import sys

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("open_clip")
pytest.importorskip("av")

import numpy as np  # noqa: E402

from srlcap.cli import main  # noqa: E402
from srlcap_trainer import configs  # noqa: E402
from srlcap_trainer.data import (  # noqa: E402
    ClipDataset, EpochBatches, RunBatches, ShardFrames, augment_frames, frame_source, read_parquet,
)
from srlcap_trainer.model import FigClipModel  # noqa: E402
from srlcap_trainer.settings import ModelConfig, TrainConfig  # noqa: E402
from srlcap_trainer.train import train  # noqa: E402

from .fixtures import make_parquet  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from videos import make_video  # noqa: E402


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("vdata")
    ids = make_parquet(str(d / "train.parquet"), n_clips=8)
    (d / "videos").mkdir()
    for i, cid in enumerate(ids):
        make_video(str(d / "videos" / f"{cid}.mp4"), clip=i, width=40, height=32)
    assert main(["frames", str(d / "videos"), "--out", str(d / "frames"), "--size", "32", "-q"]) == 0
    return d, ids


def _mcfg(**kw):
    return ModelConfig(**{**dict(model="tiny-test", model_cfg=configs.get("tiny-test"), lora_rank=4, ctx_layers=1),
                          **kw})


def test_videos_to_frames_to_three_steps_and_eval(data, tmp_path, capsys):
    d, ids = data
    tcfg = TrainConfig(parquet=str(d / "train.parquet"), frames_root=str(d / "frames"), out=str(tmp_path / "run"),
                       batch_size=4, steps=3, save_every=100, progress=False, lr=1e-3, warmup=1, log_every=1,
                       num_workers=1, prefetch_factor=2)
    res = train(tcfg, _mcfg())
    assert res["steps"] == 3
    rows = [json.loads(x) for x in open(tmp_path / "run" / "log.jsonl")]
    assert [r["step"] for r in rows] == [1, 2, 3] and all(np.isfinite(r["loss"]) for r in rows)
    rc = main(["eval", "--checkpoint", str(tmp_path / "run"), "--parquet", str(d / "train.parquet"),
               "--frames-root", str(d / "frames"), "--device", "cpu", "-q", "--out", str(tmp_path / "eval.json")])
    assert rc == 0
    res = json.loads((tmp_path / "eval.json").read_text())
    per_kind = res["branches"]["clip"]["per_kind"]
    assert per_kind["role_swap"]["n"] == 8 * 5 and 0.0 <= per_kind["role_swap"]["accuracy"] <= 1.0
    assert res["branches"]["clip"]["retrieval_t2v"]["R@1"] is not None


def test_shard_input_equals_the_image_transform(data):
    """uint8 shards normalised on the device are the model input open_clip's transform
    makes of the same pixels."""
    from PIL import Image

    d, ids = data
    model = FigClipModel(_mcfg())
    src = frame_source(str(d / "frames"), None, 10.0, 0, model.image_transform(), image_size=model.image_size)
    assert isinstance(src, ShardFrames)
    raw = src.get(ids[2], [0.25, 5.25, 9.75])
    assert raw.dtype == torch.uint8 and raw.shape == (3, 32, 32, 3)
    ours = model.normalise(raw)
    ref = torch.stack([model.image_transform()(Image.fromarray(x.numpy())) for x in raw])
    assert ours.shape == ref.shape == (3, 3, 32, 32)
    assert torch.allclose(ours, ref, atol=1e-5)
    with pytest.raises(Exception, match="srlcap frames --size 64"):
        frame_source(str(d / "frames"), None, 10.0, 0, None, image_size=64)


def test_one_sampler_for_the_run_gives_the_epochs_batches(data):
    d, _ = data
    records = read_parquet(str(d / "train.parquet"), "figclip")
    it = iter(RunBatches(records, 3, seed=5, epoch=1, start=1))
    got = [next(it) for _ in range(5)]
    want = list(EpochBatches(records, 3, 5, 1, 1)) + list(EpochBatches(records, 3, 5, 2)) + \
        list(EpochBatches(records, 3, 5, 3))[:2]
    assert got == want


def test_augmentation_is_seeded_and_off_by_default(data):
    d, _ = data
    records = read_parquet(str(d / "train.parquet"), "figclip")
    src = ShardFrames(str(d / "frames"), 32)
    plain = ClipDataset(records, src, 5, 4, ("role_swap",), 2, (), 0, seed=1)
    aug = ClipDataset(records, src, 5, 4, ("role_swap",), 2, (), 0, seed=1, augment=True)
    a, b, c = plain[(0, 0)], aug[(0, 0)], aug[(0, 0)]
    assert torch.equal(b["frames"], c["frames"])  # a function of (seed, epoch, clip)
    assert b["frames"].shape == a["frames"].shape and b["frames"].dtype == torch.uint8
    assert not torch.equal(a["frames"], b["frames"])
    assert not torch.equal(aug[(0, 1)]["frames"], b["frames"])  # another epoch, another crop
    # one box for all frames: a clip whose frames are all the same stays all the same
    same = torch.full((4, 16, 16, 3), 7, dtype=torch.uint8)
    same[:, :, :4] = 200
    out = augment_frames(same, torch.Generator().manual_seed(0))
    assert all(torch.equal(out[0], out[i]) for i in range(4))
    assert TrainConfig.augment is False


def test_demo_videos_come_back_pixel_exact(tmp_path):
    """The demo's clips go through a video file and `srlcap frames` unchanged (a lossless
    codec at the model's size): the demo measures the world, not the codec."""
    import random

    from srlcap.shards import FrameShards
    from srlcap_trainer.demo.world import make_clip, write_world

    world = write_world(str(tmp_path), {"train": 3}, seed=4)
    assert main(["frames", world["videos"], "--out", str(tmp_path / "f"), "--split", "train",
                 "--data-dir", world["annotations"], "--size", "32", "-q"]) == 0
    shards = FrameShards(str(tmp_path / "f"))
    rng = random.Random("4/train")
    for i in range(3):
        cid = f"v_synthtrain{i:05d}_seg_0_10"
        _, images = make_clip(rng, cid, f"synthtrain{i:05d}")
        assert np.array_equal(shards.frames(cid), np.stack([np.asarray(im) for im in images]))


def test_clips_without_frames_are_left_out_and_said_once(data, tmp_path, capsys):
    from srlcap_trainer.data import with_frames

    d, ids = data
    (tmp_path / "some.txt").write_text("\n".join(ids[:6]) + "\nv_gone_seg_0_10\n")
    assert main(["frames", str(d / "videos"), "--out", str(tmp_path / "f"), "--size", "32",
                 "--clips", str(tmp_path / "some.txt"), "-q"]) == 0
    capsys.readouterr()
    records = read_parquet(str(d / "train.parquet"), "figclip")
    kept = with_frames(records, ShardFrames(str(tmp_path / "f"), 32))
    assert [r.clip_id for r in kept] == ids[:6]
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "2 clip(s)" in err and ids[6] in err
    (tmp_path / "other.txt").write_text("v_gone_seg_0_10\n")  # every clip skipped: an empty index
    assert main(["frames", str(d / "videos"), "--out", str(tmp_path / "g"), "--size", "32", "-q",
                 "--clips", str(tmp_path / "other.txt")]) == 0
    with pytest.raises(Exception, match="none of the Parquet's 8 clips"):
        with_frames(records, ShardFrames(str(tmp_path / "g"), 32))


def test_training_with_augmentation_runs_and_is_repeatable(data, tmp_path):
    d, _ = data

    def run(name):
        tcfg = TrainConfig(parquet=str(d / "train.parquet"), frames_root=str(d / "frames"), out=str(tmp_path / name),
                           batch_size=4, steps=2, save_every=100, progress=False, lr=1e-3, warmup=1, log_every=1,
                           augment=True)
        train(tcfg, _mcfg())
        return [json.loads(x)["loss"] for x in open(tmp_path / name / "log.jsonl")]

    assert run("a") == run("b")
