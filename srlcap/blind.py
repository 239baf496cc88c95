"""A blind text-only model: which caption of a (positive, negative) pair is the positive?

SugarCrepe (NeurIPS 2023) showed that hard negatives made by rules often carry a
give-away a text model picks up (an odd preposition, a rare word, a length change), and
then teach a vision-language model nothing. This is the model srlcap measures that with
(`srlcap audit`) and debiases against (`srlcap.debias`): a logistic regression over hashed
word unigrams and bigrams and the length of the two captions, on their feature
difference, so that ``w . (phi(positive) - phi(negative)) > 0`` means "told apart".

It is trained and applied on numpy arrays, a pair per row of a sparse matrix: the
debias pass trains some fifty such models and scores every negative of a build with
them, which in pure Python cost more than the rest of the build together.
"""
from __future__ import annotations

import re
import zlib
from collections import Counter
from functools import lru_cache

import numpy as np

_WORD = re.compile(r"\w+|[^\w\s]")
_BUCKETS = 1 << 20  # hashed n-gram features
_LENGTH = _BUCKETS  # and one more: the caption's length, a classic give-away
BATCH = 32  # pairs per gradient step


@lru_cache(maxsize=1 << 18)
def _hash(key: str) -> int:
    return zlib.crc32(key.encode()) % _BUCKETS


@lru_cache(maxsize=1 << 17)  # some 70 MB: the texts of a PropBank-sized build
def features(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Hashed unigram and bigram counts and the length of a caption, as (feature ids,
    values). Cached (a positive is scored against each of its negatives, and the debias
    pass scores every text in each of its rounds), in 32 bits to keep the cache small;
    the arrays are shared, never to be changed."""
    toks = ["<s>"] + [t.lower() for t in _WORD.findall(text)] + ["</s>"]
    counts = Counter(_hash("u" + t) for t in toks)
    counts.update(_hash(f"b{a} {b}") for a, b in zip(toks, toks[1:]))
    counts[_LENGTH] = len(toks) / 10.0
    ids = np.fromiter(counts.keys(), np.int32, len(counts))
    values = np.fromiter(counts.values(), np.float32, len(counts))
    ids.flags.writeable = values.flags.writeable = False
    return ids, values


def _pair_rows(pairs) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """phi(pos) - phi(neg) for each pair, as a sparse matrix in CSR form (feature ids,
    values, row starts). A feature both captions share appears twice with opposite
    signs, which a linear model sums to the same as once with their difference."""
    ids, values, starts, n = [], [], [], 0
    for pos, neg in pairs:
        (pi, pv), (ni, nv) = features(pos), features(neg)
        ids += (pi, ni)
        values += (pv, -nv)
        starts.append(n)
        n += len(pi) + len(ni)
    if not starts:
        return np.zeros(0, np.int64), np.zeros(0), np.zeros(0, np.int64)
    return np.concatenate(ids), np.concatenate(values), np.array(starts, dtype=np.int64)


class BlindModel:
    """A trained blind model: weights over the features seen in training (any other
    feature weighs 0)."""

    def __init__(self, ids: np.ndarray, weights: np.ndarray):
        self.ids, self.weights = ids, weights  # ids sorted, for lookup

    @classmethod
    def fit(cls, pairs, seed: int = 0, epochs: int = 8, lr: float = 0.5, l2: float = 1e-4) -> "BlindModel":
        """Weights w such that w . (phi(pos) - phi(neg)) > 0 on the (pos, neg) pairs:
        the logistic loss of every pair being told apart (a pair and its mirror image,
        the negative first and labelled 0, give the same gradient), minimised by
        minibatch SGD in a seeded order."""
        ids, values, starts = _pair_rows(pairs)
        if not len(starts):
            return cls(np.zeros(0, np.int64), np.zeros(0))
        vocab, local = np.unique(ids, return_inverse=True)  # a weight per seen feature
        w = np.zeros(len(vocab))
        ends = np.append(starts[1:], len(ids))
        rng = np.random.default_rng(seed)
        for epoch in range(epochs):
            order = rng.permutation(len(starts))
            step = lr / (1 + epoch)
            for b in range(0, len(order), BATCH):
                rows = order[b:b + BATCH]
                span = np.concatenate([np.arange(starts[r], ends[r]) for r in rows])
                lengths = ends[rows] - starts[rows]
                f, v = local[span], values[span]
                z = np.add.reduceat(w[f] * v, np.concatenate(([0], np.cumsum(lengths)[:-1])))
                g = -1.0 / (1.0 + np.exp(np.clip(z, -30.0, 30.0)))  # d loss / dz: sigmoid(z) - 1
                np.add.at(w, f, -step * (np.repeat(g, lengths) * v + l2 * w[f]) / len(rows))
        keep = w != 0
        return cls(vocab[keep], w[keep])

    def margins(self, pairs) -> np.ndarray:
        """How confidently the model tells each pair's positive: > 0 told apart, < 0
        fooled, 0 no evidence either way."""
        ids, values, starts = _pair_rows(pairs)
        if not len(starts):
            return np.zeros(0)
        at = np.searchsorted(self.ids, ids).clip(0, max(len(self.ids) - 1, 0))
        known = self.ids[at] == ids if len(self.ids) else np.zeros(len(ids), bool)
        contrib = np.where(known, self.weights[at] if len(self.ids) else 0.0, 0.0) * values
        return np.add.reduceat(contrib, starts)


def credit(m: float) -> float:
    """A pair's share of a correct answer: a tie is a coin toss."""
    return 1.0 if m > 0 else 0.5 if m == 0 else 0.0


def blind_accuracy(train_pairs, test_pairs, seed: int = 0) -> float:
    """Held-out share of the test pairs whose positive the model picks (ties count half)."""
    margins = BlindModel.fit(train_pairs, seed).margins(test_pairs)
    return sum(credit(m) for m in margins.tolist()) / max(len(margins), 1)
