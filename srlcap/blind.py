"""A blind text-only model: which caption of a (positive, negative) pair is the positive?

SugarCrepe (NeurIPS 2023) showed that hard negatives made by rules often carry a
give-away a text model picks up (an odd preposition, a rare word, a length change), and
then teach a vision-language model nothing. This is the model srlcap measures that with
(`srlcap audit`) and debiases against (`srlcap.debias`): a logistic regression over hashed
word unigrams and bigrams and the length of the two captions, on their feature
difference, so that ``w . (phi(positive) - phi(negative)) > 0`` means "told apart".
"""
from __future__ import annotations

import math
import random
import re
import zlib
from collections import defaultdict
from functools import lru_cache

_WORD = re.compile(r"\w+|[^\w\s]")


@lru_cache(maxsize=1 << 18)
def _hash(key: str) -> int:
    return zlib.crc32(key.encode()) & 0xFFFFF


@lru_cache(maxsize=1 << 14)
def features(text: str) -> dict[int, float]:
    """Hashed unigram and bigram counts and the length of a caption. Cached (a positive
    is scored against each of its negatives, and the debias pass scores every text in
    each round); the dict is shared, never to be changed by a caller."""
    toks = ["<s>"] + [t.lower() for t in _WORD.findall(text)] + ["</s>"]
    feats: dict[int, float] = defaultdict(float)
    for i, t in enumerate(toks):
        feats[_hash("u" + t)] += 1.0
        if i:
            feats[_hash(f"b{toks[i - 1]} {t}")] += 1.0
    feats[1 << 21] = len(toks) / 10.0  # length, a classic give-away
    return dict(feats)


def difference(pos: str, neg: str) -> dict[int, float]:
    out = dict(features(pos))
    for k, v in features(neg).items():
        out[k] = out.get(k, 0.0) - v
    return {k: v for k, v in out.items() if v}


def train(pairs, seed: int = 0, epochs: int = 8, lr: float = 0.2, l2: float = 1e-4) -> dict[int, float]:
    """Weights w such that w . (phi(pos) - phi(neg)) > 0 on the (pos, neg) pairs."""
    w: dict[int, float] = defaultdict(float)
    rng = random.Random(seed)
    data = []
    for pos, neg in pairs:
        d = difference(pos, neg)
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
    return dict(w)


def margin(w: dict[int, float], pos: str, neg: str) -> float:
    """How confidently the model tells the positive: > 0 told apart, < 0 fooled."""
    return sum(w.get(k, 0.0) * v for k, v in difference(pos, neg).items())


def credit(m: float) -> float:
    """A pair's share of a correct answer: a tie is a coin toss."""
    return 1.0 if m > 0 else 0.5 if m == 0 else 0.0


def blind_accuracy(train_pairs, test_pairs, seed: int = 0) -> float:
    """Held-out share of the test pairs whose positive the model picks (ties count half)."""
    w = train(train_pairs, seed)
    return sum(credit(margin(w, pos, neg)) for pos, neg in test_pairs) / max(len(test_pairs), 1)
