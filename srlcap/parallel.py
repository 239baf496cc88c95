"""Process-parallel parsing and realisation for `srlcap build --workers N`.

Parsing: the sorted unique fillers are cut into N slices; each worker loads the spaCy
pipeline once and returns its Phrases. Realisation: workers are forked after the parent
holds every analysis and the verb lexicon, so they share them copy-on-write; each
takes contiguous runs of clips and returns their rows, in order, as Arrow batches. Rows are seeded per row
(``negatives.stable_rng``), so the output is the same bytes for any N.
"""
from __future__ import annotations

import multiprocessing as mp

_STATE: dict = {}  # what forked workers inherit


def _context():
    # fork shares the parent's analyses and lexicon without pickling them
    return mp.get_context("fork")


def _analyse_slice(texts):
    from srlcap.analysis import Analyser

    analyser = _STATE.get("analyser")
    if analyser is None:  # one pipeline per worker, loaded on its first slice
        analyser = _STATE["analyser"] = Analyser(_STATE["grammar"])
    analyser.cache.clear()
    analyser.analyse_all(texts)
    return list(analyser.cache.items())


def analyse(fillers: list[str], grammar, workers: int, progress=None) -> dict:
    _STATE.clear()
    _STATE["grammar"] = grammar
    step = 1000
    slices = [fillers[i:i + step] for i in range(0, len(fillers), step)]
    out = {}
    with _context().Pool(workers) as pool:
        for pairs in pool.imap(_analyse_slice, slices):
            out.update(pairs)
            if progress:
                progress(len(pairs))
    return out


def _realise_run(bounds):
    from srlcap.build import realise_chunk

    lo, hi = bounds
    return realise_chunk(_STATE["clips"][lo:hi], _STATE["realiser"], _STATE["factory"])


def realise(clips, realiser, factory, workers: int, run: int):
    """Yield a build.Chunk per ``run`` clips, in input order."""
    _STATE.clear()
    _STATE.update(clips=clips, realiser=realiser, factory=factory)
    bounds = [(i, min(i + run, len(clips))) for i in range(0, len(clips), run)]
    with _context().Pool(workers) as pool:
        yield from pool.imap(_realise_run, bounds)
