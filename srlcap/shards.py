"""The on-disk format of `srlcap frames`: uint8 frames in NumPy shards with a JSON index.

::

  FRAMES/
    index.json          settings, the shards, and for every clip its shard and row
    shard-00000.npy     uint8 (clips, events * frames, size, size, 3): RGB rows of pixels
    shard-00000.json    the shard's clips in row order and the clips it left out; written
                        after the .npy, so it marks the shard finished (resume reads it)
    skipped.jsonl       one line per clip left out: {"clip_id", "path", "reason"}

Plain ``.npy`` (not a container of our own) so that NumPy alone reads it, and a loader
worker reads a clip as one memory-mapped slice: no decoding, no copy beyond the page
cache. Without srlcap::

  idx = json.load(open("FRAMES/index.json"))
  shard, row = idx["clips"]["v_abc_seg_0_10"]
  frames = np.load("FRAMES/" + idx["shards"][shard], mmap_mode="r")[row]  # (20, 224, 224, 3)
  # frames[i] was taken idx["times"][i] seconds into the clip

Every file appears whole or not at all (written to a temporary name, then renamed).
This module needs only NumPy: the trainer reads shards through it without PyAV.
"""
from __future__ import annotations

import json
import os

import numpy as np

from srlcap.errors import SrlcapError

FORMAT = "srlcap-frames"
VERSION = 1
INDEX = "index.json"
SKIPPED = "skipped.jsonl"


def shard_name(i: int) -> str:
    return f"shard-{i:05d}.npy"


def marker_name(i: int) -> str:
    return f"shard-{i:05d}.json"


def _tmp(path: str) -> str:
    # the pid keeps two runs on one folder from writing the same temporary file
    return f"{path}.tmp-{os.getpid()}"


def write_array(path: str, array: np.ndarray) -> None:
    tmp = _tmp(path)
    with open(tmp, "wb") as f:  # a file object: np.save would add ".npy" to a name
        np.save(f, array, allow_pickle=False)
    os.replace(tmp, path)


def write_json(path: str, data) -> None:
    tmp = _tmp(path)
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, sort_keys=True, separators=(",", ":"))
        f.write("\n")
    os.replace(tmp, path)


def write_lines(path: str, rows: list[dict]) -> None:
    tmp = _tmp(path)
    with open(tmp, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, sort_keys=True) + "\n")
    os.replace(tmp, path)


def is_frames_dir(path: str | None) -> bool:
    """Whether ``path`` is an output folder of `srlcap frames`."""
    if not path:
        return False
    index = os.path.join(path, INDEX)
    if not os.path.isfile(index):
        return False
    try:
        with open(index, encoding="utf-8") as f:
            return json.load(f).get("format") == FORMAT
    except (OSError, ValueError, AttributeError):
        return False


class FrameShards:
    """Read-only view of a `srlcap frames` folder: ``frames(clip_id)`` is the clip's
    (events * frames, size, size, 3) uint8 array, memory-mapped from its shard.

    Shards are mapped lazily and not pickled, so a DataLoader worker maps its own."""

    def __init__(self, root: str):
        self.root = root
        path = os.path.join(root, INDEX)
        try:
            with open(path, encoding="utf-8") as f:
                index = json.load(f)
        except FileNotFoundError:
            raise SrlcapError(f"{path}: no index (is {root} the output of a finished `srlcap frames`?)") from None
        except (OSError, ValueError) as e:
            raise SrlcapError(f"{path}: cannot read the index: {e}") from None
        if not isinstance(index, dict) or index.get("format") != FORMAT:
            raise SrlcapError(f"{path}: not an index of `srlcap frames`")
        if index.get("version") != VERSION:
            raise SrlcapError(f"{path}: format version {index.get('version')}, this srlcap reads {VERSION}")
        self.size = int(index["size"])
        self.events = int(index["events"])
        self.frames_per_event = int(index["frames_per_event"])
        self.times = [float(t) for t in index["times"]]
        self.shards = list(index["shards"])
        self.clips = {cid: (int(s), int(r)) for cid, (s, r) in index["clips"].items()}
        self._maps: dict[int, np.ndarray] = {}

    def __getstate__(self):
        state = dict(self.__dict__)
        state["_maps"] = {}
        return state

    def __contains__(self, clip_id: str) -> bool:
        return clip_id in self.clips

    def __len__(self) -> int:
        return len(self.clips)

    def frames(self, clip_id: str) -> np.ndarray:
        where = self.clips.get(clip_id)
        if where is None:
            raise SrlcapError(f"{os.path.join(self.root, INDEX)}: no frames for clip {clip_id} "
                              f"(not in the split extracted, or skipped: see {SKIPPED})")
        shard, row = where
        arr = self._maps.get(shard)
        if arr is None:
            path = os.path.join(self.root, self.shards[shard])
            try:
                arr = np.load(path, mmap_mode="r", allow_pickle=False)
            except (OSError, ValueError) as e:
                raise SrlcapError(f"{path}: cannot read shard: {e}") from None
            self._maps[shard] = arr
        return arr[row]

    def nearest(self, times: list[float]) -> list[int]:
        """Indices of the stored frames nearest to ``times`` (seconds into the clip)."""
        stored = self.times
        return [min(range(len(stored)), key=lambda i: (abs(stored[i] - t), i)) for t in times]
