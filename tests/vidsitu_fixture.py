"""Small VidSitu-layout folders written at test time."""
from __future__ import annotations

import copy
import json
from pathlib import Path

EVENTS = [
    ("open", "open.01", {"Arg0 (opener)": "man in black suit", "Arg1 (thing opened)": "door"}, "Enables"),
    ("walk", "walk.01", {"Arg0 (walker)": "man in black suit", "ArgM (direction)": "into the room",
                         "ArgM (manner)": "slowly"}, "NoRel"),
    ("push", "push.01", {"Arg0 (pusher)": "man in black suit", "Arg1 (thing pushed)": "woman in white dress",
                         "ArgM (manner)": "forcefully", "Scene of the Event": "dark alley"}, None),
    ("look", "look.01", {"Arg0 (looker)": "woman in white dress", "Arg1 (thing looked at)": "man in black suit",
                         "ArgM (manner)": "angrily"}, "Reaction To"),
    ("run", "run.02", {"Arg0 (runner)": "woman in white dress", "ArgM (direction)": "away",
                       "ArgM (location)": "on the street"}, "Reaction To"),
]


def clip(clip_id="v_abcdefghijk_seg_0_10", events=EVENTS) -> dict:
    out = {}
    for i, (verb, vid, args, rel) in enumerate(events, 1):
        ev = {"Verb": verb, "VerbID": vid, "Arg_List": {k: str(j) for j, k in enumerate(args)}, "Args": dict(args),
              "vid_uid": clip_id.rsplit("_seg_", 1)[0], "vid_seg_int": clip_id}
        if rel is not None:
            ev["EvRel"] = rel
        out[f"Ev{i}"] = ev
    return out


def write_vidsitu(root: Path, clips: list, split: str = "train", raw: bytes | None = None, split_ids=None) -> Path:
    ann = root / "vidsitu_annotations"
    (ann / "vseg_ann_files").mkdir(parents=True, exist_ok=True)
    (ann / "split_files").mkdir(parents=True, exist_ok=True)
    path = ann / "vseg_ann_files" / f"vsann_{split}_lb.json"
    path.write_bytes(raw if raw is not None else json.dumps(clips).encode())
    if split_ids is not None:
        (ann / "split_files" / f"vseg_split_{split}_lb.json").write_text(json.dumps(split_ids))
    return ann


def variant(**changes) -> dict:
    c = copy.deepcopy(clip())
    for path, value in changes.items():
        node = c
        *head, last = path.split("__")
        for k in head:
            node = node[k]
        if value is KeyError:
            del node[last]
        else:
            node[last] = value
    return c
