"""Adversarial refinement of a built file's negatives (SugarCrepe's idea).

A negative that a blind text-only model rejects with confidence is told from the
positive by its words alone: it teaches the image encoder nothing, and a benchmark
built from it measures a language prior. After a build, per negative kind and caption
style, the blind model of :mod:`srlcap.blind` is trained on one half of the clips and
scores the negatives of the other half (two-fold cross-fitting, so no negative is scored
by a model that saw it). The most confidently rejected negatives are dropped, most
confident first, until the model's held-out accuracy on what remains is at most
:data:`TARGET` in every style, but never more than :data:`MAX_DROP` of a kind, so that
a kind keeps its coverage. What was dropped, and why, is recorded in the file's metadata
(``srlcap.debias``) and shown by ``srlcap audit``.

The model is trained again on what a round keeps, up to :data:`ROUNDS` times (a new
model finds give-aways the first did not weigh). The file is read and rewritten a row
group at a time (each round samples the training pairs and scores every negative; a
last pass writes what is kept), so memory does not grow with it, and the rewrite is
atomic. A sharded build is debiased per shard.
"""
from __future__ import annotations

import json
import zlib
from collections import defaultdict
from pathlib import Path

import pyarrow as pa

from srlcap.blind import BlindModel, credit
from srlcap.schema import METADATA_KEY, STYLES, open_parquet
from srlcap.writer import ParquetSink

TARGET = 0.55  # held-out accuracy a kind is brought down to: chance plus a little
MAX_DROP = 0.5  # share of a kind's negatives that may go, whatever the accuracy
FOLDS = 2
TRAIN_PAIRS = 4000  # per kind, style and fold: enough for the model to find a give-away
ROUNDS = 3  # train, drop, train again on what is kept: at most this many times
METADATA = "debias"  # srlcap.debias: the report


def _fold(clip_id: str) -> int:
    return zlib.crc32(clip_id.encode()) % FOLDS


def _pairs(row: dict):
    """(kind, index in the row's negatives, style, positive text, negative text)."""
    for j, neg in enumerate(row["negatives"]):
        for style in STYLES:
            if neg[style] is not None:
                yield neg["kind"], j, style, row[style], neg[style]


def debias_file(path, seed: int = 0, out=None, then=None) -> dict:
    """Drop the negatives a cross-fitted blind model rejects most confidently; write the
    result to ``out`` (default: ``path`` in place) and return the report (kind ->
    figures) it records. ``then(rows)``, if given, edits each batch's rows (dicts) in
    place after the pass, before they are written: a later edit (``--exclude``) that
    leaves the pass's own decisions as they are without it."""
    path = Path(path)
    out = Path(out) if out is not None else path
    pf = open_parquet(path)

    # Rounds: a model trained again on what a round kept finds give-aways the first one
    # did not weigh (SugarCrepe's refinement is iterated for the same reason), so each
    # round trains anew on the remaining negatives and drops from them, within the
    # kind's overall cap.
    dropped: set = set()
    report: dict = {}
    active = None  # the kinds a round trains again: all, then those the last one cut
    for round_no in range(ROUNDS):
        scores = _scores(pf, seed, dropped, active)
        active = set()
        for kind, items in sorted(scores.items()):
            items.sort(key=lambda t: (-t[0], t[1], t[2]))
            correct, count = defaultdict(float), defaultdict(int)
            for _, _, _, by_style in items:
                for style, m in by_style.items():
                    correct[style] += credit(m)
                    count[style] += 1
            entry = report.setdefault(kind, {
                "negatives": len(items), "dropped": 0, "rounds": 0, "reason": "",
                "accuracy_before": {s: round(correct[s] / count[s], 4) for s in count},
            })
            limit = int(entry["negatives"] * MAX_DROP) - entry["dropped"]
            n = 0
            while n < limit and any(correct[s] / max(count[s], 1) > TARGET for s in count):
                _, r, j, by_style = items[n]
                for style, m in by_style.items():
                    correct[style] -= credit(m)
                    count[style] -= 1
                dropped.add((r, j))
                n += 1
            entry["accuracy_after"] = {s: round(correct[s] / max(count[s], 1), 4) for s in count}
            if n:
                active.add(kind)
                entry["dropped"] += n
                entry["rounds"] = round_no + 1
                entry["reason"] = f"held-out blind text-only margin >= {items[n - 1][0]:.3f}"
        if not active:
            break

    # pass 3: the file again, without the dropped negatives, its metadata kept
    meta = {k.decode()[len("srlcap."):]: v.decode() for k, v in (pf.schema_arrow.metadata or {}).items()
            if k.decode().startswith("srlcap.") and k.decode() != METADATA_KEY.decode()}
    meta[METADATA] = json.dumps({"target": TARGET, "max_drop": MAX_DROP, "folds": FOLDS, "rounds": ROUNDS,
                                 "kinds": report},
                                sort_keys=True)
    row_no = 0
    with ParquetSink(out, meta) as sink:
        for batch in pf.iter_batches():
            rows = batch.to_pylist()
            for row in rows:
                if any((row_no, j) in dropped for j in range(len(row["negatives"]))):
                    row["negatives"] = [n for j, n in enumerate(row["negatives"]) if (row_no, j) not in dropped]
                row_no += 1
            if then is not None:
                then(rows)
            sink.write_batch(pa.RecordBatch.from_pylist(rows, schema=sink.schema))
    return report


def _scores(pf, seed: int, dropped: set, kinds: set | None = None) -> dict:
    """kind -> [(max margin, row, index, {style: held-out margin})] for every negative
    not in ``dropped`` (of ``kinds``, default all), from models trained on the other
    fold's remaining negatives."""
    groups: dict = defaultdict(list)  # (kind, style, fold) -> [(text hash, row, index, pos, neg)]
    row_no = 0
    for batch in pf.iter_batches():
        for row in batch.to_pylist():
            fold = _fold(row["clip_id"])
            for kind, j, style, pos, neg in _pairs(row):
                if (row_no, j) not in dropped and (kinds is None or kind in kinds):
                    groups[(kind, style, fold)].append((zlib.crc32(f"{seed} {pos} {neg}".encode()), row_no, j, pos, neg))
            row_no += 1
    # training pairs: the first TRAIN_PAIRS by a hash of their text (a sample that does
    # not depend on the order of the rows)
    models = {key: BlindModel.fit([(p, n) for *_, p, n in sorted(items)[:TRAIN_PAIRS]], seed)
              for key, items in sorted(groups.items())}

    per_neg: dict = defaultdict(dict)  # (kind, row, index) -> {style: margin}
    for (kind, style, fold), items in sorted(groups.items()):
        model = models.get((kind, style, (fold + 1) % FOLDS))
        margins = model.margins([(p, n) for *_, p, n in items]).tolist() if model else [0.0] * len(items)
        for (_, r, j, _, _), m in zip(items, margins):
            per_neg[(kind, r, j)][style] = m
    scores: dict = defaultdict(list)
    for (kind, r, j), by_style in per_neg.items():
        scores[kind].append((max(by_style.values()), r, j, by_style))
    return scores


def read_report(pf) -> dict | None:
    """The debias report a file carries, or None (built with ``--no-debias``)."""
    raw = (pf.schema_arrow.metadata or {}).get(f"srlcap.{METADATA}".encode())
    return json.loads(raw) if raw else None
