"""VidSitu's own layout: ``vidsitu_annotations/{split_files,vseg_ann_files,vinfo_files}``.

``vseg_ann_files/vsann_{split}_lb.json`` is a list of annotations, each a dict with keys
Ev1..Ev5; the validation split repeats a clip id once per annotator. When
``split_files/vseg_split_{split}_lb.json`` exists it selects the clips.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterator

from srlcap.errors import InputError
from srlcap.frames import ANCHOR_EVENT, EVENT_NAMES, RELATIONS, Clip
from srlcap.readers.common import load_json, make_event

_EVENT_KEYS = {"Verb", "VerbID", "Arg_List", "Args", "vid_uid", "vid_seg_int", "EvRel"}
_ANCHOR_KEYS = _EVENT_KEYS - {"EvRel"}  # VidSitu's Ev3 may leave out its relation to itself
_CLIP_ID = re.compile(r"^v_[A-Za-z0-9_\-]{1,64}_seg_\d+_\d+$")


def vidsitu_paths(data_dir: Path, split: str) -> tuple[Path, Path | None]:
    """Locate the annotation file (and split file, if any) of a split."""
    data_dir = Path(data_dir)
    if (data_dir / "vidsitu_annotations").is_dir():
        data_dir = data_dir / "vidsitu_annotations"
    if not re.fullmatch(r"[A-Za-z0-9_]+", split):
        raise InputError(data_dir, None, f"invalid split name {split!r}")
    ann = data_dir / "vseg_ann_files" / f"vsann_{split}_lb.json"
    if not ann.is_file():
        found = sorted(p.name for p in (data_dir / "vseg_ann_files").glob("vsann_*_lb.json"))
        hint = f" (found: {', '.join(found)})" if found else " (is this a vidsitu_annotations folder?)"
        raise InputError(ann, None, f"no annotations for split {split!r}{hint}")
    split_file = data_dir / "split_files" / f"vseg_split_{split}_lb.json"
    return ann, split_file if split_file.is_file() else None


def read_vidsitu(data_dir: Path, split: str, argm_kinds) -> Iterator[Clip | InputError]:
    ann_path, split_path = vidsitu_paths(data_dir, split)
    selected = None
    if split_path is not None:
        ids = load_json(split_path)
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise InputError(split_path, None, "a split file must be a JSON list of clip ids")
        selected = set(ids)
    return read_vsann_file(ann_path, split, argm_kinds, selected)


def read_vsann_file(ann_path: Path, split: str, argm_kinds, selected: set | None = None) -> Iterator[Clip | InputError]:
    """One ``vsann_*.json`` file, wherever it lies (e.g. the PropBank frames)."""
    ann_path = Path(ann_path)
    data = load_json(ann_path)
    if not isinstance(data, list):
        raise InputError(ann_path, None, f"expected a JSON list of clip annotations, got {type(data).__name__}")
    seen: dict[str, list] = {}  # clip id -> its annotations so far
    for pos, raw in enumerate(data):
        record = f"record {pos}"
        try:
            clip_id = _clip_id(ann_path, record, raw)
            record = f"record {pos} (clip {clip_id})"
            if selected is not None and clip_id not in selected:
                continue
            previous = seen.setdefault(clip_id, [])
            if previous and split == "train":
                raise InputError(ann_path, record, "duplicate clip id (train has one annotation per clip)")
            if previous and _canonical(raw) in map(_canonical, previous):
                raise InputError(ann_path, record, "duplicate annotation (identical to an earlier one of this clip)")
            previous.append(raw)
            yield _clip(ann_path, record, raw, clip_id, split, len(previous) - 1, argm_kinds)
        except InputError as exc:
            yield exc


def _canonical(raw) -> str:
    # only clips seen more than once (valid, test) are ever compared
    return json.dumps(raw, sort_keys=True)


def _clip_id(path, record, raw) -> str:
    if not isinstance(raw, dict):
        raise InputError(path, record, f"expected an object with keys Ev1..Ev5, got {type(raw).__name__}")
    ev = raw.get("Ev1")
    clip_id = ev.get("vid_seg_int") if isinstance(ev, dict) else None
    if not isinstance(clip_id, str) or not _CLIP_ID.match(clip_id):
        raise InputError(path, record, "Ev1.vid_seg_int missing or not of the form v_{id}_seg_{start}_{end}")
    return clip_id


def _clip(path, record, raw, clip_id, split, ann_idx, argm_kinds) -> Clip:
    keys = set(raw)
    if keys != set(EVENT_NAMES):
        missing, extra = set(EVENT_NAMES) - keys, keys - set(EVENT_NAMES)
        parts = ([f"missing {', '.join(sorted(missing))}"] if missing else []) + (
            [f"unknown keys {', '.join(sorted(map(str, extra)))}"] if extra else []
        )
        raise InputError(path, record, "; ".join(parts))
    events, entities = [], {}
    for name in EVENT_NAMES:
        ev, where = raw[name], f"{record} {name}"
        if not isinstance(ev, dict):
            raise InputError(path, where, f"expected an object, got {type(ev).__name__}")
        if ev.keys() != _EVENT_KEYS and not (name == ANCHOR_EVENT and ev.keys() == _ANCHOR_KEYS):
            required = _EVENT_KEYS - ({"EvRel"} if name == ANCHOR_EVENT else set())
            missing = sorted(required - set(ev))
            if missing:
                raise InputError(path, where, f"missing keys: {', '.join(missing)}")
            unknown = sorted(set(ev) - _EVENT_KEYS)
            if unknown:
                raise InputError(path, where, f"unknown keys: {', '.join(map(str, unknown))}")
        if ev["vid_seg_int"] != clip_id:
            raise InputError(path, where, f"vid_seg_int {ev['vid_seg_int']!r} differs from Ev1's {clip_id!r}")
        relation = ev.get("EvRel")
        if name != ANCHOR_EVENT and relation not in RELATIONS:
            raise InputError(path, where, f"EvRel {relation!r} is not one of {', '.join(RELATIONS)}")
        args = ev["Args"]
        arg_list = ev["Arg_List"]
        if not isinstance(arg_list, dict) or not isinstance(args, dict) or set(arg_list) != set(args):
            raise InputError(path, where, "Arg_List and Args must be objects with the same role keys")
        try:
            order = sorted(args, key=lambda k: int(arg_list[k]))
        except (TypeError, ValueError):
            raise InputError(path, where, "Arg_List positions must be integers") from None
        ordered = {k: args[k] for k in order}
        events.append(
            make_event(path, where, name, ev["Verb"], ev["VerbID"], ordered,
                       relation if name != ANCHOR_EVENT else None, argm_kinds, entities)
        )
    return Clip(clip_id=clip_id, events=tuple(events), split=split, ann_idx=ann_idx, source=str(path))
