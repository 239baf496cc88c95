"""Progress bars: tqdm on stderr with rate and ETA, silent under ``--quiet``.

On a terminal a bar redraws in place; in a log (CI) it writes an update at most every
few seconds. Each bar ends with its elapsed seconds ("[3.2s elapsed"), which
benchmarks/build_speed.py reads to time the build's phases.
"""
from __future__ import annotations

import sys

from tqdm import tqdm

_WITH_TOTAL = "{desc}: {percentage:3.0f}%|{bar:20}| {n_fmt}/{total_fmt} [{elapsed_s:.1f}s elapsed, ETA {remaining}, {rate_fmt}]"
_WITHOUT_TOTAL = "{desc}: {n_fmt} [{elapsed_s:.1f}s elapsed, {rate_fmt}]"


def progress(label: str, total: int | None = None, quiet: bool = False, unit: str = "it") -> tqdm:
    """A bar for ``total`` steps (None: a counter); advance it with ``bar.update(n)``."""
    stream = sys.stderr
    tty = getattr(stream, "isatty", lambda: False)()
    return tqdm(
        total=total, desc=label, unit=unit, file=stream, disable=quiet, leave=True,
        mininterval=0.2 if tty else 5.0, dynamic_ncols=tty,
        bar_format=_WITH_TOTAL if total else _WITHOUT_TOTAL,
    )
