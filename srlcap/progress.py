"""A small progress line on stderr: rewritten in place on a terminal, a line every few
seconds otherwise (CI logs), silent with ``quiet``."""
from __future__ import annotations

import sys
import time


class Progress:
    def __init__(self, label: str, total: int | None = None, quiet: bool = False, stream=None):
        self.label, self.total, self.quiet = label, total, quiet
        self.stream = stream or sys.stderr
        self.tty = getattr(self.stream, "isatty", lambda: False)()
        self.count = 0
        self.start = self.last = time.monotonic()

    def __call__(self, n: int = 1) -> None:
        self.count += n
        now = time.monotonic()
        if not self.quiet and now - self.last >= (0.2 if self.tty else 5.0):
            self.last = now
            self._emit(end="\r" if self.tty else "\n")

    def _emit(self, end: str) -> None:
        elapsed = time.monotonic() - self.start
        if self.total:
            pct = 100.0 * self.count / self.total
            msg = f"{self.label}: {self.count}/{self.total} ({pct:.0f}%) {elapsed:.1f}s"
        else:
            msg = f"{self.label}: {self.count} {elapsed:.1f}s"
        self.stream.write(msg.ljust(60) + end)
        self.stream.flush()

    def close(self) -> None:
        if not self.quiet:
            self._emit(end="\n")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
