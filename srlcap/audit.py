"""Audit the negatives of an srlcap Parquet file: can text alone tell them apart?

For every negative kind: how many there are, and the held-out accuracy of a blind
text-only model at picking the positive out of a (positive, negative) pair, as in
SugarCrepe (NeurIPS 2023). The model is a logistic regression over word unigrams and
bigrams of the two captions (their feature difference), cross-validated over the clips:
they are dealt into folds (5 by default, seeded), and each fold's pairs are scored by a
model trained on the other folds, so every pair is a test pair once. One 70/30 split
tested a third of the pairs and moved a small kind's figure by twenty points from seed
to seed. The accuracy comes with the number of test pairs and a 95% interval (Wilson),
so a kind with few pairs is not read as a give-away. Near 50% means the
negatives carry no textual give-away; a kind far above it has one (an odd preposition,
an unusual word, a length change).

It also parses the event captions with spaCy and reports the share whose root is a
verb, for positives and for each kind of negative: rule-made negatives that break the
sentence show up as a lower share.
"""
from __future__ import annotations

import json
import math
import random
from collections import defaultdict
from pathlib import Path

from srlcap.blind import blind_accuracy
from srlcap.debias import read_report
from srlcap.errors import SrlcapError
from srlcap.progress import progress
from srlcap.schema import CLIP_EVENT, CLIP_KINDS, NEGATIVE_KINDS, STYLES, open_parquet

FOLDS = 5  # the audit's default: four fifths of the clips train each fold's model


def wilson_interval(accuracy: float, n: int, z: float = 1.959964) -> tuple[float, float]:
    """The 95% Wilson score interval of an accuracy measured on ``n`` pairs: unlike the
    normal approximation it stays inside [0, 1] and is honest for small ``n`` and for
    accuracies near 0 or 1 (a kind with few test pairs gets a wide interval)."""
    if n <= 0:
        return 0.0, 1.0
    denom = 1 + z * z / n
    centre = (accuracy + z * z / (2 * n)) / denom
    half = z * math.sqrt(accuracy * (1 - accuracy) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def audit(path: Path, style: str = "natural", folds: int = FOLDS, seed: int = 0, parse: bool = True, nlp=None,
          quiet: bool = True) -> dict:
    if style not in STYLES:
        raise SrlcapError(f"unknown style {style!r} (known: {', '.join(STYLES)})")
    if folds < 2:
        raise SrlcapError(f"--folds {folds}: cross-validation needs at least 2 folds")
    columns = ["clip_id", "event", "verb", "verb_id", "roles", style, "negatives"]
    pf = open_parquet(path, columns)
    rows = pf.read(columns=columns).to_pylist()
    clips = sorted({r["clip_id"] for r in rows})
    random.Random(seed).shuffle(clips)
    fold_of = {clip: i % folds for i, clip in enumerate(clips)}  # a clip's pairs stay together
    pairs = defaultdict(lambda: [[] for _ in range(folds)])  # kind -> fold -> (positive, negative)
    for r in rows:
        for n in r["negatives"]:
            if n[style] is not None:  # null: not a negative in this style
                pairs[n["kind"]][fold_of[r["clip_id"]]].append((r[style], n[style]))
    result = {"srlcap": "audit", "file": str(path), "style": style, "folds": folds, "kinds": {}}
    total = sum(len(p) for by_fold in pairs.values() for p in by_fold)
    with progress("training blind models", total, quiet, unit="pair") as bar:
        for kind in sorted(pairs):
            by_fold = pairs[kind]
            entry = {"count": sum(map(len, by_fold)), "test_pairs": 0}
            right = 0.0
            for f, test in enumerate(by_fold):
                train = [p for g, other in enumerate(by_fold) if g != f for p in other]
                if train and test:  # a fold with nothing to learn from is not a test
                    right += blind_accuracy(train, test, seed) * len(test)
                    entry["test_pairs"] += len(test)
                bar.update(len(test))
            if entry["test_pairs"]:
                acc = right / entry["test_pairs"]
                entry["blind_accuracy"] = round(acc, 4)
                entry["ci95"] = [round(x, 4) for x in wilson_interval(acc, entry["test_pairs"])]
            result["kinds"][kind] = entry
    result["coverage"] = _coverage(rows)
    result["debias"] = read_report(pf)
    if parse:
        result["root_is_verb"] = _root_shares(rows, style, nlp, quiet)
    return result


def _coverage(rows) -> dict:
    """Per kind, the share of the rows it could be on (event rows for event kinds, clip
    rows for clip kinds) that carry at least one negative of it."""
    event_rows = [r for r in rows if r["event"] != CLIP_EVENT]
    clip_rows = [r for r in rows if r["event"] == CLIP_EVENT]
    out = {}
    for kind in NEGATIVE_KINDS:
        level = clip_rows if kind in CLIP_KINDS else event_rows
        having = sum(1 for r in level if any(n["kind"] == kind for n in r["negatives"]))
        out[kind] = round(having / max(len(level), 1), 4)
    return out


def _root_shares(rows, style, nlp, quiet: bool = True) -> dict:
    from srlcap.analysis import load_pipeline

    nlp = nlp or load_pipeline()
    texts = defaultdict(list)
    for r in rows:
        if r["event"] == CLIP_EVENT:
            continue  # clip captions are several sentences
        texts["positive"].append(r[style])
        for n in r["negatives"]:
            if n[style] is not None:
                texts[n["kind"]].append(n[style])
    out = {}
    with progress("parsing captions", sum(map(len, texts.values())), quiet, unit="caption") as bar:
        for kind, items in sorted(texts.items()):
            verbal = 0
            for doc in nlp.pipe(items, batch_size=256):
                verbal += any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in doc)
                bar.update()
            out[kind] = round(verbal / max(len(items), 1), 4)
    return out
