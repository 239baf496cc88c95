"""Audit the negatives of an srlcap Parquet file: can text alone tell them apart?

For every negative kind: how many there are, and the held-out accuracy of a blind
text-only model at picking the positive out of a (positive, negative) pair, as in
SugarCrepe (NeurIPS 2023). The model is a logistic regression over word unigrams and
bigrams of the two captions (their feature difference), trained on 70% of the clips and
tested on the rest. Near 50% means the negatives carry no textual give-away; a kind far
above it has one (an odd preposition, an unusual word, a length change).

It also parses the event captions with spaCy and reports the share whose root is a
verb, for positives and for each kind of negative: rule-made negatives that break the
sentence show up as a lower share.

examples:
  srlcap audit out/srlcap_train.parquet
  srlcap audit out/srlcap_train.parquet --style figclip --json audit.json
"""
from __future__ import annotations

import json
import math
import random
import re
import zlib
from collections import defaultdict
from pathlib import Path

from srlcap.errors import SrlcapError
from srlcap.schema import CLIP_EVENT, STYLES

_WORD = re.compile(r"\w+|[^\w\s]")


def add_arguments(p) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("--style", default="natural", help="caption style to audit (default natural)")
    p.add_argument("--train-share", type=float, default=0.7, help="share of clips to train the blind model on")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--no-parse", action="store_true", help="skip the spaCy parse-root measure")
    p.add_argument("--json", type=Path, default=None, help="also write the figures as JSON here")


def features(text: str) -> dict[int, float]:
    toks = ["<s>"] + [t.lower() for t in _WORD.findall(text)] + ["</s>"]
    feats: dict[int, float] = defaultdict(float)
    for i, t in enumerate(toks):
        feats[zlib.crc32(b"u" + t.encode()) & 0xFFFFF] += 1.0
        if i:
            feats[zlib.crc32(f"b{toks[i - 1]} {t}".encode()) & 0xFFFFF] += 1.0
    feats[1 << 21] = len(toks) / 10.0  # length, a classic give-away
    return feats


def _diff(a: dict, b: dict) -> dict:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0.0) - v
    return {k: v for k, v in out.items() if v}


def blind_accuracy(train_pairs, test_pairs, seed: int = 0, epochs: int = 8, lr: float = 0.2, l2: float = 1e-4) -> float:
    """Train w so that w . (phi(pos) - phi(neg)) > 0; return held-out pair accuracy."""
    w: dict[int, float] = defaultdict(float)
    rng = random.Random(seed)
    data = []
    for pos, neg in train_pairs:
        d = _diff(features(pos), features(neg))
        data.append((d, 1.0))
        data.append(({k: -v for k, v in d.items()}, 0.0))
    for epoch in range(epochs):
        rng.shuffle(data)
        step = lr / (1 + epoch)
        for x, y in data:
            z = sum(w[k] * v for k, v in x.items())
            p = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
            g = p - y
            for k, v in x.items():
                w[k] -= step * (g * v + l2 * w[k])
    correct = 0.0
    for pos, neg in test_pairs:
        s = sum(w.get(k, 0.0) * v for k, v in _diff(features(pos), features(neg)).items())
        correct += 1.0 if s > 0 else 0.5 if s == 0 else 0.0
    return correct / max(len(test_pairs), 1)


def audit(path: Path, style: str = "natural", train_share: float = 0.7, seed: int = 0, parse: bool = True, nlp=None) -> dict:
    from srlcap.show import read_table

    if style not in STYLES:
        raise SrlcapError(f"unknown style {style!r} (known: {', '.join(STYLES)})")
    rows = read_table(path).select(["clip_id", "event", "verb", "verb_id", "roles", style, "negatives"]).to_pylist()
    clips = sorted({r["clip_id"] for r in rows})
    rng = random.Random(seed)
    rng.shuffle(clips)
    train_clips = set(clips[: int(len(clips) * train_share)])
    pairs = defaultdict(lambda: ([], []))
    for r in rows:
        for n in r["negatives"]:
            pairs[n["kind"]][0 if r["clip_id"] in train_clips else 1].append((r[style], n[style]))
    result = {"file": str(path), "style": style, "kinds": {}}
    for kind in sorted(pairs):
        train, test = pairs[kind]
        entry = {"count": len(train) + len(test), "test_pairs": len(test)}
        if train and test:
            entry["blind_accuracy"] = round(blind_accuracy(train, test, seed), 4)
        result["kinds"][kind] = entry
    result["coverage"] = _coverage(rows)
    if parse:
        result["root_is_verb"] = _root_shares(rows, style, nlp)
    return result


def _coverage(rows) -> dict:
    """Share of events that got a role swap (among those with two core roles and a verb
    that is not symmetric) and a verb replacement (among all events)."""
    from srlcap.grammar import load_grammar

    grammar = load_grammar()
    events = [r for r in rows if r["event"] != CLIP_EVENT]
    swappable = [
        r for r in events
        if sum(1 for role in r["roles"] if role["type"].startswith("Arg") and not role["type"].startswith("ArgM")) >= 2
        and not grammar.is_symmetric(r["verb"], r["verb_id"])
    ]
    has = lambda r, kind: any(n["kind"] == kind for n in r["negatives"])  # noqa: E731
    return {
        "role_swap": round(sum(has(r, "role_swap") for r in swappable) / max(len(swappable), 1), 4),
        "role_swap_events": len(swappable),
        "verb_replace": round(sum(has(r, "verb_replace") for r in events) / max(len(events), 1), 4),
    }


def _root_shares(rows, style, nlp) -> dict:
    from srlcap.analysis import load_pipeline

    nlp = nlp or load_pipeline()
    texts = defaultdict(list)
    for r in rows:
        if r["event"] == CLIP_EVENT:
            continue  # clip captions are several sentences
        texts["positive"].append(r[style])
        for n in r["negatives"]:
            texts[n["kind"]].append(n[style])
    out = {}
    for kind, items in sorted(texts.items()):
        verbal = sum(
            1 for doc in nlp.pipe(items, batch_size=256)
            if any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in doc)
        )
        out[kind] = round(verbal / max(len(items), 1), 4)
    return out


def run(args) -> int:
    result = audit(args.file, args.style, args.train_share, args.seed, parse=not args.no_parse)
    print(f"{'kind':18s} {'count':>7s} {'blind acc':>10s} {'root=verb':>10s}")
    roots = result.get("root_is_verb", {})
    if roots:
        print(f"{'(positives)':18s} {'':>7s} {'':>10s} {roots.get('positive', 0):10.1%}")
    for kind, e in result["kinds"].items():
        acc = f"{e['blind_accuracy']:.1%}" if "blind_accuracy" in e else "-"
        root = f"{roots[kind]:.1%}" if kind in roots else "-"
        print(f"{kind:18s} {e['count']:7d} {acc:>10s} {root:>10s}")
    cov = result["coverage"]
    print(f"coverage: role_swap {cov['role_swap']:.1%} of {cov['role_swap_events']} events with two core roles "
          f"(symmetric verbs excluded); verb_replace {cov['verb_replace']:.1%} of events")
    if args.json:
        from srlcap.writer import atomic_write_text

        atomic_write_text(args.json, json.dumps(result, indent=2) + "\n")
    return 0
