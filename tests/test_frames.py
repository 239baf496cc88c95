"""`srlcap frames`: real videos made with PyAV, decoded into shards; bad videos reported."""
import hashlib
import json
import os
import subprocess
import sys

import numpy as np
import pytest

pytest.importorskip("av")

from srlcap.cli import main  # noqa: E402
from srlcap.extract import Settings, decode_clip  # noqa: E402
from srlcap.shards import FrameShards  # noqa: E402

from videos import colour_at, make_video  # noqa: E402

GOOD = [f"v_good{i}_seg_0_10" for i in range(5)]


@pytest.fixture(scope="module")
def videos(tmp_path_factory):
    d = tmp_path_factory.mktemp("videos")
    for i, cid in enumerate(GOOD):
        make_video(str(d / f"{cid}.mp4"), clip=i)
    return d


def _digest(folder) -> dict:
    return {name: hashlib.sha256((folder / name).read_bytes()).hexdigest() for name in sorted(os.listdir(folder))}


def _frames(videos, out, *opts):
    return main(["frames", str(videos), "--out", str(out), "--size", "16", "--shard-clips", "2", "-q", *opts])


def test_frames_are_the_events_frames(videos, tmp_path):
    assert _frames(videos, tmp_path / "f") == 0
    shards = FrameShards(str(tmp_path / "f"))
    assert sorted(shards.clips) == GOOD and shards.size == 16
    assert shards.times == Settings().times() and len(shards.times) == 20
    assert shards.times[:4] == [0.25, 0.75, 1.25, 1.75] and shards.times[-1] == 9.75
    for i, cid in enumerate(GOOD):
        arr = shards.frames(cid)
        assert arr.shape == (20, 16, 16, 3) and arr.dtype == np.uint8
        for j, t in enumerate(shards.times):
            # the colour of the frame on screen at t (it changes every half second)
            got = arr[j, 8, 12].astype(int)
            assert np.abs(got - colour_at(i, t)).max() <= 6, (cid, t, got, colour_at(i, t))
        # 48x32 scaled to 24x16, centre 16 columns: the white bar (left third, 8 of 24 px) shows 4 px
        assert arr[0, 8, :3].min() > 240 and arr[0, 8, 5:].max() < 240
    assert (tmp_path / "f" / "skipped.jsonl").read_text() == ""
    # readable without srlcap: the index and numpy
    idx = json.loads((tmp_path / "f" / "index.json").read_text())
    shard, row = idx["clips"][GOOD[3]]
    raw = np.load(tmp_path / "f" / idx["shards"][shard], mmap_mode="r")[row]
    assert np.array_equal(raw, shards.frames(GOOD[3]))


def test_bad_videos_are_listed_and_skipped(videos, tmp_path, capsys):
    d = tmp_path / "v"
    d.mkdir()
    for cid in GOOD[:2]:
        os.link(videos / f"{cid}.mp4", d / f"{cid}.mp4")
    (d / "v_corrupt_seg_0_10.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 20)
    (d / "v_empty_seg_0_10.mp4").write_bytes(b"")
    make_video(str(d / "v_short_seg_0_10.mp4"), clip=7, seconds=6)
    (d / "split.txt").write_text("\n".join(GOOD[:2] + ["v_corrupt_seg_0_10", "v_empty_seg_0_10",
                                                       "v_short_seg_0_10", "v_missing_seg_0_10"]) + "\n")
    assert _frames(d, tmp_path / "f", "--clips", str(d / "split.txt")) == 0
    out = capsys.readouterr()
    assert "Traceback" not in out.err and "4 skipped" in out.out
    skipped = [json.loads(line) for line in (tmp_path / "f" / "skipped.jsonl").read_text().splitlines()]
    reasons = {s["clip_id"]: s["reason"] for s in skipped}
    assert sorted(reasons) == ["v_corrupt_seg_0_10", "v_empty_seg_0_10", "v_missing_seg_0_10", "v_short_seg_0_10"]
    assert reasons["v_corrupt_seg_0_10"].startswith("cannot decode")
    assert reasons["v_empty_seg_0_10"] == "empty file (0 bytes)"
    assert reasons["v_missing_seg_0_10"].startswith("missing")
    assert reasons["v_short_seg_0_10"].startswith("too short: frames end at 6.00 s")
    assert sorted(FrameShards(str(tmp_path / "f")).clips) == GOOD[:2]

    # --strict: one line naming the file and the clip, status 2, and no index
    for bad in ("v_corrupt_seg_0_10", "v_short_seg_0_10", "v_empty_seg_0_10", "v_missing_seg_0_10"):
        (d / "one.txt").write_text(f"{GOOD[0]}\n{bad}\n")
        rc = _frames(d, tmp_path / f"s-{bad}", "--clips", str(d / "one.txt"), "--strict")
        err = capsys.readouterr().err
        assert rc == 2, bad
        assert err.count("\n") == 1 and err.startswith("srlcap: error: ") and f"clip {bad}" in err, err
        assert reasons[bad].split(":")[0] in err
        if bad != "v_missing_seg_0_10":
            assert str(d / f"{bad}.mp4") in err
        assert not (tmp_path / f"s-{bad}" / "index.json").exists()


def test_decode_rejects_a_short_video(tmp_path):
    from srlcap.extract import BadVideo

    make_video(str(tmp_path / "a.mp4"), seconds=9.8, fps=10)
    # the last frame (9.7 s) is on screen until 9.8 s: 9.75 is still covered
    assert decode_clip(str(tmp_path / "a.mp4"), [0.1, 9.75], 8).shape == (2, 8, 8, 3)
    with pytest.raises(BadVideo, match="too short"):
        decode_clip(str(tmp_path / "a.mp4"), [0.1, 9.85], 8)


def test_resume_and_determinism(videos, tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    assert _frames(videos, a) == 0
    first = _digest(a)
    assert sum(n.endswith(".npy") for n in first) == 3  # 5 clips, 2 a shard
    # a second run finds every shard finished and writes the same bytes
    mtimes = {n: os.stat(a / n).st_mtime_ns for n in first if n.endswith(".npy")}
    assert _frames(videos, a) == 0
    assert "(3 finished before)" in capsys.readouterr().out
    assert _digest(a) == first
    assert {n: os.stat(a / n).st_mtime_ns for n in mtimes} == mtimes
    # a killed run: one shard lost, a temporary file and no index left behind
    os.unlink(a / "shard-00001.json")
    os.unlink(a / "index.json")
    (a / "shard-00002.npy.tmp-99999").write_bytes(b"half")
    assert _frames(videos, a) == 0
    assert "(2 finished before)" in capsys.readouterr().out
    assert _digest(a) == first
    # another process count, from scratch: the same bytes
    assert _frames(videos, b, "--workers", "2") == 0
    assert _digest(b) == first
    # other settings make every shard again
    assert _frames(videos, a, "--frames", "2") == 0
    assert "finished before" not in capsys.readouterr().out
    assert FrameShards(str(a)).frames(GOOD[0]).shape == (10, 16, 16, 3)


def test_help_does_not_import_av_and_a_missing_av_is_one_line(tmp_path):
    code = ("import sys; from srlcap.cli import make_parser; make_parser('frames'); "
            "print('av' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"
    (tmp_path / "v").mkdir()
    (tmp_path / "v" / "v_x_seg_0_10.mp4").write_bytes(b"x")
    code = ("import sys; sys.modules['av'] = None; from srlcap.cli import main; "
            f"sys.exit(main(['frames', {str(tmp_path / 'v')!r}, '--out', {str(tmp_path / 'f')!r}, '-q']))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1, proc.stderr
    assert "pip install" in proc.stderr and "av" in proc.stderr


def test_split_from_vidsitu_annotations(videos, tmp_path):
    ann = tmp_path / "vidsitu_annotations"
    (ann / "split_files").mkdir(parents=True)
    (ann / "vseg_ann_files").mkdir()
    (ann / "vseg_ann_files" / "vsann_valid_lb.json").write_text("[]")
    (ann / "split_files" / "vseg_split_valid_lb.json").write_text(json.dumps(GOOD[1:3] + ["v_gone_seg_0_10"]))
    assert _frames(videos, tmp_path / "f", "--split", "valid", "--data-dir", str(ann)) == 0
    assert sorted(FrameShards(str(tmp_path / "f")).clips) == GOOD[1:3]
    assert "v_gone_seg_0_10" in (tmp_path / "f" / "skipped.jsonl").read_text()


def test_a_killed_run_leaves_whole_shards_and_resumes_to_the_same_bytes(videos, tmp_path):
    import signal
    import time

    d = tmp_path / "v"
    d.mkdir()
    for k in range(24):  # the five test videos under many names: enough work to kill mid-way
        os.link(videos / f"{GOOD[k % 5]}.mp4", d / f"v_many{k:02d}_seg_0_10.mp4")
    args = [str(d), "--size", "48", "--shard-clips", "1", "-q"]
    killed = tmp_path / "killed"
    proc = subprocess.Popen([sys.executable, "-m", "srlcap", "frames", *args, "--out", str(killed)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and proc.poll() is None:
        if killed.is_dir() and any(n.endswith(".json") for n in os.listdir(killed)):
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.005)
    proc.wait()
    if proc.returncode == -signal.SIGKILL:
        assert not (killed / "index.json").exists()
    for name in os.listdir(killed):
        if name.endswith(".npy"):  # whatever is there under a shard's name is whole
            assert np.load(killed / name).shape[1:] == (20, 48, 48, 3)
    assert main(["frames", *args, "--out", str(killed)]) == 0
    assert main(["frames", *args, "--out", str(tmp_path / "clean")]) == 0
    assert _digest(killed) == _digest(tmp_path / "clean")
