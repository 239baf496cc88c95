"""Plain frames, one JSON object per line, for users with their own annotations.

Each line is one event::

    {"clip_id": "kitchen-01", "verb": "push", "verb_id": "push.01",
     "args": {"Arg0 (pusher)": "man in black suit", "Arg1 (thing pushed)": "cart"},
     "event": "Ev1", "relation": "Causes"}

``verb_id``, ``event`` and ``relation`` are optional. Lines of one clip are consecutive;
a clip may have one to five events (events are numbered in order when ``event`` is absent).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from srlcap.errors import InputError
from srlcap.frames import EVENT_NAMES, RELATIONS, Clip
from srlcap.readers.common import decode_utf8, make_event

_KEYS = {"clip_id", "verb", "verb_id", "args", "event", "relation"}


def read_jsonl(path: Path, split: str, argm_kinds) -> Iterator[Clip | InputError]:
    path = Path(path)
    if not path.is_file():
        raise InputError(path, None, "no such file")
    current: list = []  # (line record, parsed object)
    done: set[str] = set()
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            record = f"line {lineno}"
            try:
                text = decode_utf8(path, raw, record).strip()
                if not text:
                    continue
                try:
                    obj = json.loads(text)
                except json.JSONDecodeError as exc:
                    raise InputError(path, record, f"malformed JSON at column {exc.colno}: {exc.msg}") from None
                except RecursionError:
                    raise InputError(path, record, "JSON nested too deeply") from None
                if not isinstance(obj, dict) or not isinstance(obj.get("clip_id"), str) or not obj["clip_id"].strip():
                    raise InputError(path, record, "each line must be an object with a string clip_id")
                unknown = sorted(set(obj) - _KEYS)
                if unknown:
                    raise InputError(path, record, f"unknown keys: {', '.join(map(str, unknown))}")
            except InputError as exc:
                yield exc
                continue
            if current and current[0][1]["clip_id"] != obj["clip_id"]:
                yield _finish(path, current, split, argm_kinds, done)
                current = []
            current.append((record, obj))
    if current:
        yield _finish(path, current, split, argm_kinds, done)


def _finish(path, lines, split, argm_kinds, done) -> Clip | InputError:
    clip_id = lines[0][1]["clip_id"].strip()
    first = lines[0][0]
    try:
        if clip_id in done:
            raise InputError(path, f"{first} (clip {clip_id})", "duplicate clip id: its lines are not consecutive or it appears twice")
        done.add(clip_id)
        if len(lines) > len(EVENT_NAMES):
            raise InputError(path, f"{first} (clip {clip_id})", f"{len(lines)} events (at most {len(EVENT_NAMES)})")
        events, entities = [], {}
        for pos, (record, obj) in enumerate(lines):
            record = f"{record} (clip {clip_id})"
            name = obj.get("event", EVENT_NAMES[pos])
            if name != EVENT_NAMES[pos]:
                raise InputError(path, record, f"event {name!r} out of order (expected {EVENT_NAMES[pos]})")
            relation = obj.get("relation")
            if relation is not None and relation not in RELATIONS:
                raise InputError(path, record, f"relation {relation!r} is not one of {', '.join(RELATIONS)}")
            if "args" not in obj or "verb" not in obj:
                raise InputError(path, record, "missing keys: " + ", ".join(k for k in ("verb", "args") if k not in obj))
            events.append(make_event(path, record, name, obj["verb"], obj.get("verb_id"), obj["args"], relation, argm_kinds, entities))
        return Clip(clip_id=clip_id, events=tuple(events), split=split, source=str(path))
    except InputError as exc:
        return exc
