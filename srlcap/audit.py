"""Audit the negatives of an srlcap Parquet file: can text alone tell them apart?

For every negative kind: how many there are, and the held-out accuracy of a blind
text-only model at picking the positive out of a (positive, negative) pair, as in
SugarCrepe (NeurIPS 2023). The model is a logistic regression over word unigrams and
bigrams of the two captions (their feature difference), cross-validated over the clips:
they are dealt into folds (5 by default), and each fold's pairs are scored by a model
trained on the other folds, so every pair is a test pair once per deal. One 70/30 split
tested a third of the pairs and moved a small kind's figure by twenty points from seed
to seed; one deal into folds still moved a kind of a hundred pairs by fourteen (ten
deals of valid verb replacements read 45-59%). So the clips are dealt :data:`DEALS`
times (deals named by ``--seed``, never one of the debias pass's, so the audit stays an
independent check of the pass rather than the figure it cut to), and the accuracy is
the share of all the deals' held-out predictions that pick the positive (the mean of
the deals' accuracies, each weighted by the pairs it tested), with the range of the deals' own figures. Its 95% interval
(Wilson) counts each pair once, not once per deal: the deals test the same pairs again,
and their predictions are not independent draws, so the pooled count would make the
interval too narrow. A kind with few pairs is then not read as a give-away. Near 50%
means the negatives carry no textual give-away; a kind far above it has one (an odd
preposition, an unusual word, a length change).

It also parses the event captions with spaCy and reports the share whose root is a
verb, for positives and for each kind of negative: rule-made negatives that break the
sentence show up as a lower share.
"""
from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path

from srlcap.blind import blind_accuracy, fold
from srlcap.debias import read_report
from srlcap.errors import SrlcapError
from srlcap.progress import progress
from srlcap.schema import CLIP_EVENT, CLIP_KINDS, NEGATIVE_KINDS, STYLES, open_parquet

FOLDS = 5  # the audit's default: four fifths of the clips train each fold's model
# deals of the clips into folds, averaged: one deal moved a kind of a hundred pairs by up
# to fourteen points; five bring that spread to a few (and cost five trainings per fold)
DEALS = 5


def audit_deal(seed: int, k: int) -> str:
    """The name of the audit's ``k``-th deal for ``seed`` (:func:`srlcap.blind.fold`):
    never one of the debias pass's (which are its round numbers), so the audit measures
    the kept texts with splits the pass never cut by."""
    return f"audit {seed}.{k}"


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
          quiet: bool = True, deals: int = DEALS) -> dict:
    if style not in STYLES:
        raise SrlcapError(f"unknown style {style!r} (known: {', '.join(STYLES)})")
    if folds < 2:
        raise SrlcapError(f"--folds {folds}: cross-validation needs at least 2 folds")
    if deals < 1:
        raise SrlcapError(f"--deals {deals}: at least one deal of the clips into folds")
    columns = ["clip_id", "event", "verb", "verb_id", "roles", style, "negatives"]
    pf = open_parquet(path, columns)
    rows = pf.read(columns=columns).to_pylist()
    result = {"srlcap": "audit", "file": str(path), "style": style, "folds": folds, "deals": deals, "kinds": {}}
    pairs = defaultdict(list)  # kind -> (clip, positive, negative)
    for r in rows:
        for n in r["negatives"]:
            if n[style] is not None:  # null: not a negative in this style
                pairs[n["kind"]].append((r["clip_id"], r[style], n[style]))
    total = deals * sum(map(len, pairs.values()))
    with progress("training blind models", total, quiet, unit="pair") as bar:
        for kind in sorted(pairs):
            items = pairs[kind]
            tested = set()  # pairs some deal tested (a fold with nothing to learn from is not a test)
            right = predictions = 0.0
            per_deal = []
            for k in range(deals):
                by_fold = [[] for _ in range(folds)]
                for i, (clip, _, _) in enumerate(items):
                    by_fold[fold(clip, audit_deal(seed, k), folds)].append(i)
                deal_right = deal_n = 0.0
                for f, test in enumerate(by_fold):
                    train = [items[i][1:] for g, other in enumerate(by_fold) if g != f for i in other]
                    if train and test:
                        deal_right += blind_accuracy(train, [items[i][1:] for i in test], seed) * len(test)
                        deal_n += len(test)
                        tested.update(test)
                    bar.update(len(test))
                if deal_n:
                    per_deal.append(deal_right / deal_n)
                right += deal_right
                predictions += deal_n
            entry = {"count": len(items), "test_pairs": len(tested)}
            if predictions:
                acc = right / predictions
                entry["blind_accuracy"] = round(acc, 4)
                entry["ci95"] = [round(x, 4) for x in wilson_interval(acc, len(tested))]
                entry["deal_range"] = [round(min(per_deal), 4), round(max(per_deal), 4)]
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
