"""Atomic, streaming Parquet output.

Rows go to a temporary file beside the target in record batches (bounded memory);
only a complete, closed file is renamed onto the output path, so an interrupted or
failed build never leaves a partial file there.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from srlcap.errors import SrlcapError
from srlcap.schema import METADATA_KEY, schema_with_metadata


class ParquetSink:
    """Row groups of exactly ``batch_rows`` rows, however the record batches that bring
    the rows are cut, so the bytes depend only on the rows."""

    def __init__(self, path: Path, metadata: dict[str, str] | None = None, batch_rows: int = 4096,
                 stage: str | None = None):
        # ``stage`` names a first pass whose file a later pass rewrites into ``path``: the
        # sink then leaves its temp file (``sink.tmp``) for that pass instead of
        # publishing it, so ``path`` only ever appears whole and final. The name keeps
        # the pid last, so a killed run's stage file is swept like any temp.
        self.path = Path(path)
        self.stage = stage
        self.schema = schema_with_metadata(metadata)
        self.batch_rows = batch_rows
        self.pending: list[pa.RecordBatch] = []
        self.pending_rows = 0
        self.count = 0
        tag = f"{stage}-" if stage else ""
        self.tmp = self.path.with_name(f".{self.path.name}.tmp-{tag}{os.getpid()}")
        self.writer = None

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        _sweep_dead_temps(self.path)
        self.writer = pq.ParquetWriter(self.tmp, self.schema, compression="zstd", write_statistics=True)
        return self

    def write_batch(self, batch: pa.RecordBatch) -> None:
        if batch.schema.metadata != self.schema.metadata:  # same columns, the file's metadata
            batch = pa.RecordBatch.from_arrays(batch.columns, schema=self.schema)
        self.pending.append(batch)
        self.pending_rows += batch.num_rows
        self._drain(final=False)

    def _drain(self, final: bool) -> None:
        if not self.pending_rows or (not final and self.pending_rows < self.batch_rows):
            return
        table = pa.Table.from_batches(self.pending, schema=self.schema)
        pos = 0
        while table.num_rows - pos >= self.batch_rows or (final and pos < table.num_rows):
            n = min(self.batch_rows, table.num_rows - pos)
            self.writer.write_table(table.slice(pos, n).combine_chunks(), row_group_size=self.batch_rows)
            pos += n
        rest = table.slice(pos)
        self.pending = rest.combine_chunks().to_batches() if rest.num_rows else []
        self.pending_rows = rest.num_rows
        self.count += pos

    def flush(self) -> None:
        self._drain(final=True)

    def __exit__(self, exc_type, exc, tb):
        finished = False
        try:
            if exc_type is None:
                self.flush()
            self.writer.close()
            if exc_type is None and not self.stage:
                with open(self.tmp, "rb") as fh:
                    os.fsync(fh.fileno())
                os.replace(self.tmp, self.path)
            finished = exc_type is None
        finally:
            if self.tmp.exists() and not (finished and self.stage):  # a stage file is left for its next pass
                self.tmp.unlink()
        return False


def _sweep_dead_temps(path: Path) -> None:
    """Remove temp files that a killed earlier run of this output left behind."""
    for tmp in path.parent.glob(f".{path.name}.tmp-*"):
        try:
            pid = int(tmp.name.rsplit("-", 1)[1])
            os.kill(pid, 0)  # still running: not ours to remove
        except (ValueError, ProcessLookupError):
            tmp.unlink(missing_ok=True)
        except PermissionError:
            pass


def atomic_write_text(path: Path, text: str) -> None:
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def check_output(path, force: bool, ours, what: str = "file") -> None:
    """The one rule of every command that writes, checked before any work: an existing
    output is replaced only when srlcap wrote it (``ours(path)``: rebuilding is the
    normal loop) or with ``--force``; anything else is refused in one line. ``what``:
    "file" or "directory", the kind of output the command writes."""
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        return
    if what == "file" and path.is_dir():
        raise SrlcapError(f"{path}: is a directory; give a file name")
    if what == "directory" and not path.is_dir():
        raise SrlcapError(f"{path}: exists and is not a directory")
    if what == "directory" and not any(path.iterdir()):
        return
    if not force and not ours(path):
        raise SrlcapError(f"{path}: exists and was not written by srlcap (use --force to replace it)")


def check_output_dir(out: Path, force: bool, source: Path, ours) -> None:
    """:func:`check_output` for a command that writes a whole directory (and replaces
    it whole): besides, never a directory that holds the input, the current directory,
    home, or the root, whatever --force says, since replacing DIR removes it."""
    where = Path(out).resolve()
    if where in (Path.cwd().resolve(), Path.home().resolve(), Path(where.anchor)) or \
            where in Path(source).resolve().parents:
        raise SrlcapError(f"{out}: refusing to replace this directory; choose a new --out")
    check_output(out, force, ours, "directory")


@contextmanager
def staged_dir(out: Path):
    """A temp directory beside ``out`` to write into; when the block ends without an
    error it becomes ``out`` (:func:`replace_dir`), else it is removed, so ``out`` is
    only ever whole."""
    import shutil
    import tempfile

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        yield tmp
        os.chmod(tmp, 0o755)  # mkdtemp makes it private; the result is an ordinary folder
        replace_dir(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def replace_dir(new: Path, out: Path) -> None:
    """Move the finished directory ``new`` to ``out``; an old ``out`` is moved aside
    first and removed after, so ``out`` is always either the old or the new whole."""
    import shutil
    import tempfile

    old = None
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        old.rmdir()
        out.rename(old)
    try:
        new.rename(out)
    except BaseException:
        if old is not None:
            old.rename(out)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def is_srlcap_parquet(path) -> bool:
    """A Parquet file that carries srlcap's schema metadata."""
    try:
        return METADATA_KEY in (pq.read_schema(path).metadata or {})
    except (pa.ArrowException, OSError):
        return False


def is_srlcap_json(path) -> bool:
    """A JSON file of figures that srlcap wrote (it names the command in an "srlcap" field)."""
    import json

    try:
        return "srlcap" in json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError, TypeError):
        return False
