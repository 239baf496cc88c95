"""An event's and a clip's rows: captions and negatives of a run of clips, realised
together into one Arrow batch. Used by the build in its own process and by the
workers of a parallel build alike (``srlcap.parallel``)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pyarrow as pa

from srlcap.errors import SrlcapError
from srlcap.frames import EVENT_SECONDS, Clip
from srlcap.grammar import Realiser
from srlcap.negatives import NegativeFactory
from srlcap.schema import CLIP_EVENT, SCHEMA, STYLES

CHUNK_CLIPS = 64  # clips realised together: one Arrow batch, one progress step, one task for a worker


@dataclass
class Chunk:
    """A run of clips realised: their rows as one Arrow batch (what workers send back:
    columns pickle as buffers, where rows of nested dicts do not) and their counts."""
    batch: pa.RecordBatch | None
    clips: int = 0
    events: int = 0
    negatives: Counter = field(default_factory=Counter)
    verbs: set = field(default_factory=set)
    errors: list = field(default_factory=list)  # (clip, reason) for clips the grammar cannot realise


def realise_chunk(clips, realiser: Realiser, factory: NegativeFactory) -> Chunk:
    chunk, rows = Chunk(batch=None), []
    for clip in clips:
        try:
            clip_rows = clip_to_rows(clip, realiser, factory)
        except SrlcapError as exc:
            chunk.errors.append((clip, str(exc)))
            continue
        rows += clip_rows
        chunk.clips += 1
        chunk.events += len(clip.events)
        for row in clip_rows:
            chunk.negatives.update(n["kind"] for n in row["negatives"])
            if row["verb_id"]:
                chunk.verbs.add(row["verb_id"])
    if rows:
        chunk.batch = pa.RecordBatch.from_pylist(rows, schema=SCHEMA)
    return chunk


def clip_to_rows(clip: Clip, realiser: Realiser, factory: NegativeFactory) -> list[dict]:
    rows = []
    parts = {ev: realiser.event_parts(ev) for ev in clip.events}
    clauses = {ev: c for ev, (_, c) in parts.items()}
    positives = {style: {caps[style] for caps, _ in parts.values()} for style in STYLES}  # no negative may equal one
    for ev in clip.events:
        captions = parts[ev][0]
        rows.append(
            {
                "clip_id": clip.clip_id, "ann_idx": clip.ann_idx, "event": ev.name, "event_idx": ev.index,
                "split": clip.split, "verb": ev.verb, "verb_id": ev.verb_id, "relation": ev.relation,
                "start_s": (ev.index - 1) * EVENT_SECONDS, "end_s": ev.index * EVENT_SECONDS,
                "roles": [
                    {"key": r.key, "type": r.type, "name": r.name, "filler": r.filler, "entity": r.entity}
                    for r in ev.roles
                ],
                **captions,
                "negatives": factory.event_negatives(clip, ev, captions, positives),
                "summary": None,
            }
        )
    captions = realiser.realise_clip(list(clip.events), clauses)
    rows.append(
        {
            "clip_id": clip.clip_id, "ann_idx": clip.ann_idx, "event": CLIP_EVENT, "event_idx": 0,
            "split": clip.split, "verb": None, "verb_id": None, "relation": None,
            "start_s": 0.0, "end_s": len(clip.events) * EVENT_SECONDS, "roles": [],
            **captions,
            "negatives": factory.clip_negatives(clip, captions, clauses),
            "summary": realiser.clip_summary(list(clip.events)),
        }
    )
    return rows
