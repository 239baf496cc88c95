"""Errors that reach the user as one clear line, never as a traceback."""
from __future__ import annotations


class SrlcapError(Exception):
    """Base class: the CLI prints ``srlcap: error: <message>`` and exits with status 2."""


class InputError(SrlcapError):
    """Bad input data, located by file and record (clip id, event, role key)."""

    def __init__(self, path, record: str | None, reason: str):
        self.path = str(path)
        self.record = record
        self.reason = reason
        where = f"{self.path}: {record}" if record else self.path
        super().__init__(f"{where}: {reason}")


class GrammarError(SrlcapError):
    """A grammar file that cannot be used, located by file, line and key."""

    def __init__(self, path, key: str | None, reason: str, line: int | None = None):
        self.path = str(path)
        self.key = key
        self.line = line
        where = self.path + (f":{line}" if line else "")
        if key:
            where += f": [{key}]"
        super().__init__(f"{where}: {reason}")


class RealisationError(SrlcapError):
    """A frame the grammar cannot turn into a caption (the reason says why)."""


def run_guarded(func, args) -> int:
    """Run a command; srlcap's errors become one line on stderr (status 2), never a traceback."""
    import sys

    try:
        return int(func(args) or 0)
    except SrlcapError as exc:
        print(f"srlcap: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("srlcap: interrupted; no output was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
