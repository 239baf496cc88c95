"""Process-parallel parsing and realisation for `srlcap build --workers N`.

Parsing: unique fillers go to the workers in slices while the parent still reads the
annotations; each worker loads the spaCy pipeline once and returns its Phrases.
Realisation: workers are forked after the parent holds every analysis, the verb lexicon
and the warmed caches, so they share them copy-on-write; each takes contiguous runs of
clips and returns their rows, in order, as Arrow batches. Rows are seeded per row
(``negatives.stable_rng``), so the output is the same bytes for any N.
"""
from __future__ import annotations

import multiprocessing as mp

from srlcap.analysis import Analyser
from srlcap.rows import realise_chunk

_STATE: dict = {}  # what forked workers inherit


def _context():
    # fork shares the parent's analyses and lexicon without pickling them
    return mp.get_context("fork")


def _analyse_slice(texts):
    analyser = _STATE.get("analyser")
    if analyser is None:  # one pipeline per worker, loaded on its first slice
        analyser = _STATE["analyser"] = Analyser(_STATE["grammar"])
    analyser.cache.clear()
    analyser.analyse_all(texts)
    return list(analyser.cache.items())


class Parsing:
    """Fillers parsed by worker processes while the parent is still reading: fillers are
    sent in slices as they are first seen, and :meth:`results` waits for them all.
    A use as a context manager stops the workers on any exit."""

    SLICE = 1000

    def __init__(self, grammar, workers: int):
        _STATE.clear()
        _STATE["grammar"] = grammar
        self.pool = _context().Pool(workers)
        self.seen: set[str] = set()
        self.todo: list[str] = []
        self.pending = []

    def add(self, fillers) -> None:
        for f in fillers:
            if f not in self.seen:
                self.seen.add(f)
                self.todo.append(f)
        if len(self.todo) >= self.SLICE:
            self._send()

    def _send(self) -> None:
        if self.todo:
            self.pending.append(self.pool.apply_async(_analyse_slice, (self.todo,)))
            self.todo = []

    def results(self, progress=None) -> dict:
        self._send()
        out = {}
        for job in self.pending:
            pairs = job.get()
            out.update(pairs)
            if progress:
                progress.update(len(pairs))
        return out

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.pool.terminate()
        self.pool.join()
        return False


def _realise_run(bounds):
    lo, hi = bounds
    return realise_chunk(_STATE["clips"][lo:hi], _STATE["realiser"], _STATE["factory"])


def realise(clips, realiser, factory, workers: int, run: int):
    """Yield a rows.Chunk per ``run`` clips, in input order."""
    _STATE.clear()
    _STATE.update(clips=clips, realiser=realiser, factory=factory)
    bounds = [(i, min(i + run, len(clips))) for i in range(0, len(clips), run)]
    with _context().Pool(workers) as pool:
        yield from pool.imap(_realise_run, bounds)
