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
from functools import lru_cache

import numpy as np

_WORD = re.compile(r"\w+|[^\w\s]")
_VOCAB = {"<s>": 0, "</s>": 1}  # token -> id, in order of first sight (so deterministic)
_BIGRAM = 1 << 31  # a bigram (a, b) is (a + 1) * _BIGRAM + b, above every token id
_LENGTH = 1 << 62  # the caption's length, a classic give-away
BATCH = 32  # pairs per gradient step


@lru_cache(maxsize=1 << 17)  # some 80 MB: the texts of a PropBank-sized build
def features(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Word unigrams and bigrams and the length of a caption, as (feature ids, values).
    A repeated n-gram is listed again rather than counted: a linear model sums the two
    the same. Cached (a positive is scored against each of its negatives, and the debias
    pass scores every text in each of its rounds); the arrays are shared, never to be
    changed."""
    toks = _WORD.findall(text.lower())
    ids = np.array([0, *(_VOCAB.setdefault(t, len(_VOCAB)) for t in toks), 1], dtype=np.int64)
    ids = np.concatenate((ids, (ids[:-1] + 1) * _BIGRAM + ids[1:], [_LENGTH]))
    values = np.ones(len(ids), dtype=np.float32)
    values[-1] = (len(toks) + 2) / 10.0
    ids.flags.writeable = values.flags.writeable = False
    return ids, values


def _pair_rows(pairs) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """phi(pos) - phi(neg) for each pair, as a sparse matrix: (feature ids, values, row
    of each entry), sorted by row. The two captions' features are merged and what they
    share cancels exactly (summed in floating point, a shared feature's weight would
    leave a rounding residue that reads as a margin)."""
    ids, values, lengths = [], [], []
    for pos, neg in pairs:
        (pi, pv), (ni, nv) = features(pos), features(neg)
        ids += (pi, ni)
        values += (pv, -nv)
        lengths.append(len(pi) + len(ni))
    if not lengths:
        return np.zeros(0, np.int64), np.zeros(0), np.zeros(0, np.int64)
    ids, values = np.concatenate(ids), np.concatenate(values).astype(np.float64)
    rows = np.repeat(np.arange(len(lengths)), lengths)
    order = np.lexsort((ids, rows))
    ids, values, rows = ids[order], values[order], rows[order]
    first = np.ones(len(ids), dtype=bool)
    first[1:] = (ids[1:] != ids[:-1]) | (rows[1:] != rows[:-1])
    at = np.flatnonzero(first)
    sums = np.add.reduceat(values, at)
    keep = sums != 0
    return ids[at][keep], sums[keep], rows[at][keep]


class PairMatrix:
    """Pairs as :func:`_pair_rows` makes them, made once: the debias pass trains a model
    on a sample of a group's pairs and scores all of them with another, so it takes the
    sample's rows from the group's matrix (:meth:`take`) instead of merging the texts'
    features again."""

    def __init__(self, pairs):
        pairs = list(pairs)
        self.count = len(pairs)
        self.ids, self.values, self.rows = _pair_rows(pairs)

    def take(self, picked) -> "PairMatrix":
        """The matrix of the pairs at positions ``picked``, in that order: what
        :func:`_pair_rows` of those pairs makes (each pair's entries are its own)."""
        picked = np.asarray(picked, dtype=np.int64)
        starts = np.searchsorted(self.rows, np.arange(self.count))
        lengths = np.diff(np.append(starts, len(self.ids)))
        n = lengths[picked]
        span = np.arange(n.sum()) + np.repeat(starts[picked] - (np.cumsum(n) - n), n)
        out = PairMatrix(())
        out.count, out.ids, out.values = len(picked), self.ids[span], self.values[span]
        out.rows = np.repeat(np.arange(len(picked)), n)
        return out


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
        minibatch SGD in a seeded order. ``pairs``: a list of them or their
        :class:`PairMatrix`."""
        matrix = pairs if isinstance(pairs, PairMatrix) else PairMatrix(pairs)
        ids, values, rows, count = matrix.ids, matrix.values, matrix.rows, matrix.count
        if not len(ids):
            return cls(np.zeros(0, np.int64), np.zeros(0))
        vocab, local = np.unique(ids, return_inverse=True)  # a weight per seen feature
        w = np.zeros(len(vocab))
        starts = np.searchsorted(rows, np.arange(count))
        lengths = np.diff(np.append(starts, len(ids)))
        rng = np.random.default_rng(seed)
        for epoch in range(epochs):
            order = rng.permutation(count)
            # the entries of the rows in this epoch's order, and where each row begins
            n = lengths[order]
            begin = np.cumsum(n) - n
            span = np.arange(n.sum()) + np.repeat(starts[order] - begin, n)
            step = lr / (1 + epoch)
            for b in range(0, count, BATCH):
                rows_n = n[b:b + BATCH]
                at = span[begin[b]:begin[b] + rows_n.sum()]
                f, v = local[at], values[at]
                row = np.repeat(np.arange(len(rows_n)), rows_n)
                z = np.bincount(row, weights=w[f] * v, minlength=len(rows_n))
                g = -1.0 / (1.0 + np.exp(np.clip(z, -30.0, 30.0)))  # d loss / dz: sigmoid(z) - 1
                np.add.at(w, f, -step * (g[row] * v + l2 * w[f]) / len(rows_n))
        keep = w != 0
        return cls(vocab[keep], w[keep])

    def margins(self, pairs) -> np.ndarray:
        """How confidently the model tells each pair's positive: > 0 told apart, < 0
        fooled, 0 no evidence either way. ``pairs``: a list of them or their
        :class:`PairMatrix`."""
        matrix = pairs if isinstance(pairs, PairMatrix) else PairMatrix(pairs)
        ids, values, rows = matrix.ids, matrix.values, matrix.rows
        at = np.searchsorted(self.ids, ids).clip(0, max(len(self.ids) - 1, 0))
        weight = np.where(self.ids[at] == ids, self.weights[at], 0.0) if len(self.ids) else np.zeros(len(ids))
        return np.bincount(rows, weights=weight * values, minlength=matrix.count)


def fold(clip_id: str, deal, folds: int) -> int:
    """The clip's fold in a deal of the clips into ``folds`` folds: the one dealing of
    the debias pass (a deal per round) and the audit (its own deals, named apart from
    the pass's, so that its figure is not the one the pass cut to). By clip, so that a
    model never scores a pair of a clip it was trained on; by hash, so that a deal does
    not depend on the order of the rows."""
    return zlib.crc32(f"{deal} {clip_id}".encode()) % folds


def credit(m: float) -> float:
    """A pair's share of a correct answer: a tie is a coin toss."""
    return 1.0 if m > 0 else 0.5 if m == 0 else 0.0


def blind_accuracy(train_pairs, test_pairs, seed: int = 0) -> float:
    """Held-out share of the test pairs whose positive the model picks (ties count half)."""
    margins = BlindModel.fit(train_pairs, seed).margins(test_pairs)
    return sum(credit(m) for m in margins.tolist()) / max(len(margins), 1)
