"""Adversarial refinement of a built file's negatives (SugarCrepe's idea).

A negative that a blind text-only model rejects with confidence is told from the
positive by its words alone: it teaches the image encoder nothing, and a benchmark
built from it measures a language prior. After a build, per negative kind and caption
style, the clips are dealt into :data:`FOLDS` folds and the blind model of
:mod:`srlcap.blind`, trained on the other folds, scores each fold's negatives
(cross-fitting, so no negative is scored by a model that saw it). The most confidently
rejected texts are left out, most confident first, until the model's held-out accuracy
on what remains is at most :data:`TARGET`, but never more than :data:`MAX_DROP` of a
kind's texts in a style, so that a kind keeps its coverage.

Each style is judged on its own: a negative's text in one style may be left out (set to
null, as a build does for a style that cannot say the change) while its text in the
other stays; a negative is dropped when no style is left. Dropping a negative for its
worst style would push the other style's accuracy well below chance, and a text model
then learns the reverse give-away (what is left looks unlike the positives). What was
left out and why is recorded in the file's metadata (``srlcap.debias``) and shown by
``srlcap audit``, which measures what is kept on deals of the clips of its own (the
same dealing, :func:`srlcap.blind.fold`, never one of the pass's deals), averaged over
several: an independent check of the pass, not the figure it cut to.

The model is trained again on what a round keeps, up to :data:`ROUNDS` times, on folds
dealt afresh (a new model finds give-aways the first did not weigh, and texts kept
because one split's models missed them are not then judged by the same split). The file's negative texts are read
once, a row group at a time, and kept for the rounds (each samples the training pairs
and scores every negative); a last pass rewrites the file a row group at a time with
what is kept, and the rewrite is atomic. A sharded build is debiased per shard.
"""
from __future__ import annotations

import json
import zlib  # the training sample's order
from collections import defaultdict
from pathlib import Path

import pyarrow as pa

from srlcap.blind import BlindModel, PairMatrix, credit, fold
from srlcap.schema import METADATA_KEY, STYLES, open_parquet
from srlcap.writer import ParquetSink

# held-out accuracy a kind is brought down to: chance plus a little, and below 55% as a
# fresh model on another split measures it (that one finds 1-3 points more)
TARGET = 0.53
MAX_DROP = 0.5  # share of a kind's texts in a style that may go, whatever the accuracy
# as many as the audit's: a model trained on half the clips (two folds) missed give-aways
# one trained on four fifths finds, and the audit then read 57-61% where this read 53%
FOLDS = 5
# per kind, style and fold: enough for the model to find what a model trained on most of
# a build would (the audit's); with fewer, a large kind kept give-aways it finds
TRAIN_PAIRS = 20000
ROUNDS = 3  # train, drop, train again on what is kept: at most this many times
METADATA = "debias"  # srlcap.debias: the report


def _fold(clip_id: str, round_no: int) -> int:
    """The clip's fold in a round (:func:`srlcap.blind.fold`, deal ``round_no``). Each
    round deals the clips afresh: texts kept because one split's models were fooled by
    them are measured again by models of another split, as the audit's are (with the
    same split every round, the audit read 60% on PropBank role swaps that the pass had
    brought to 52%)."""
    return fold(clip_id, round_no, FOLDS)


def _pairs(row: dict):
    """(kind, index in the row's negatives, style, positive text, negative text)."""
    for j, neg in enumerate(row["negatives"]):
        for style in STYLES:
            if neg[style] is not None:
                yield neg["kind"], j, style, row[style], neg[style]


def debias_file(path, seed: int = 0, out=None, then=None) -> dict:
    """Leave out the negative texts a cross-fitted blind model rejects most confidently;
    write the result to ``out`` (default: ``path`` in place) and return the report (kind
    -> figures) it records. ``then(rows)``, if given, edits each batch's rows (dicts) in
    place after the pass, before they are written: a later edit (``--exclude``) that
    leaves the pass's own decisions as they are without it."""
    path = Path(path)
    out = Path(out) if out is not None else path
    pf = open_parquet(path)
    pairs = _texts(pf, seed)  # read once: every round scores what the last one kept

    # Rounds: a model trained again on what a round kept finds give-aways the first one
    # did not weigh (SugarCrepe's refinement is iterated for the same reason), so each
    # round trains anew on the remaining texts and leaves out more, within the cap.
    left_out: set = set()  # (row, index, style)
    report: dict = {}
    styles_of: dict = defaultdict(set)  # (kind, row, index) -> the styles the negative has a text in
    active = None  # the (kind, style) groups a round trains again: all, then those the last one cut
    whole: dict = {}  # (kind, style, fold) -> the PairMatrix of all its texts, made in the first round
    for round_no in range(ROUNDS):
        scores = _scores(pairs, seed, round_no, left_out, active, whole)
        if round_no == 0:
            for (kind, style), items in scores.items():
                for _, r, j in items:
                    styles_of[(kind, r, j)].add(style)
        active = set()
        for (kind, style), items in sorted(scores.items()):
            items.sort(key=lambda t: (-t[0], t[1], t[2]))
            correct = sum(credit(m) for m, _, _ in items)
            entry = report.setdefault(kind, {"negatives": 0, "dropped": 0, "left_out": {}, "rounds": 0, "margins": {},
                                             "accuracy_before": {}, "accuracy_after": {}, "texts": {}})
            texts = entry["texts"].setdefault(style, len(items))
            entry["accuracy_before"].setdefault(style, round(correct / len(items), 4))
            gone = entry["left_out"].get(style, 0)
            n, limit = 0, int(texts * MAX_DROP) - gone
            while n < limit and correct / (len(items) - n) > TARGET:
                margin, r, j = items[n]
                correct -= credit(margin)
                left_out.add((r, j, style))
                n += 1
            entry["accuracy_after"][style] = round(correct / max(len(items) - n, 1), 4)
            if n:
                active.add((kind, style))
                entry["left_out"][style] = gone + n
                entry["rounds"] = round_no + 1
                entry["margins"][style] = round(items[n - 1][0], 3)  # the least confident left out
        if not active:
            break

    # a negative with no text left in any style is dropped
    for (kind, r, j), styles in styles_of.items():
        entry = report[kind]
        entry["negatives"] += 1
        entry["dropped"] += all((r, j, style) in left_out for style in styles)

    # the file again, without what was left out, its metadata kept
    meta = {k.decode()[len("srlcap."):]: v.decode() for k, v in (pf.schema_arrow.metadata or {}).items()
            if k.decode().startswith("srlcap.") and k.decode() != METADATA_KEY.decode()}
    meta[METADATA] = json.dumps({"target": TARGET, "max_drop": MAX_DROP, "folds": FOLDS, "rounds": ROUNDS,
                                 "kinds": report}, sort_keys=True)
    row_no = 0
    with ParquetSink(out, meta) as sink:
        for batch in pf.iter_batches():
            rows = batch.to_pylist()
            for row in rows:
                for j, neg in enumerate(row["negatives"]):
                    for style in STYLES:
                        if (row_no, j, style) in left_out:
                            neg[style] = None
                row["negatives"] = [n for n in row["negatives"] if any(n[style] is not None for style in STYLES)]
                row_no += 1
            if then is not None:
                then(rows)
            sink.write_batch(pa.RecordBatch.from_pylist(rows, schema=sink.schema))
    return report


def _texts(pf, seed: int) -> dict:
    """(kind, style) -> [(text hash, clip, row, index, positive, negative)] for every
    negative text of the file, in row order."""
    texts: dict = defaultdict(list)
    row_no = 0
    for batch in pf.iter_batches():
        for row in batch.to_pylist():
            for kind, j, style, pos, neg in _pairs(row):
                texts[(kind, style)].append((zlib.crc32(f"{seed} {pos} {neg}".encode()), row["clip_id"], row_no, j,
                                             pos, neg))
            row_no += 1
    return texts


def _scores(texts: dict, seed: int, round_no: int, left_out: set, groups: set | None = None, whole: dict | None = None) -> dict:
    """(kind, style) -> [(held-out margin, row, index)] for every negative text (of
    :func:`_texts`) not left out (of ``groups``, default all), each fold's from a model
    trained on the other folds' remaining texts. ``whole``: (kind, style) -> the
    PairMatrix of all the group's texts, made once and reused across rounds (a round's
    training and test pairs are its rows, taken: :meth:`PairMatrix.take` makes what
    merging them again makes)."""
    whole = {} if whole is None else whole
    scores: dict = defaultdict(list)
    for (kind, style), items in sorted(texts.items()):
        if groups is not None and (kind, style) not in groups:
            continue
        matrix = whole.get((kind, style))
        if matrix is None:
            matrix = whole[(kind, style)] = PairMatrix((p, n) for *_, p, n in items)
        kept = [i for i, t in enumerate(items) if (t[2], t[3], style) not in left_out]
        fold_of = {i: _fold(items[i][1], round_no) for i in kept}
        for f in range(FOLDS):
            test = [i for i in kept if fold_of[i] == f]
            if not test:
                continue
            # training pairs: the first TRAIN_PAIRS of the other folds by a hash of their
            # text (a sample that does not depend on the order of the rows)
            train = sorted((i for i in kept if fold_of[i] != f), key=items.__getitem__)[:TRAIN_PAIRS]
            margins = (BlindModel.fit(matrix.take(train), seed).margins(matrix.take(test)).tolist() if train
                       else [0.0] * len(test))
            scores[(kind, style)] += [(m, items[i][2], items[i][3]) for i, m in zip(test, margins)]
    return scores


def read_report(pf) -> dict | None:
    """The debias report a file carries, or None (built with ``--no-debias``)."""
    raw = (pf.schema_arrow.metadata or {}).get(f"srlcap.{METADATA}".encode())
    return json.loads(raw) if raw else None
