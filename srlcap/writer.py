"""Atomic, streaming Parquet output.

Rows go to a temporary file beside the target in record batches (bounded memory);
only a complete, closed file is renamed onto the output path, so an interrupted or
failed build never leaves a partial file there.
"""
from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from srlcap.schema import schema_with_metadata


class ParquetSink:
    def __init__(self, path: Path, metadata: dict[str, str] | None = None, batch_rows: int = 4096):
        self.path = Path(path)
        self.schema = schema_with_metadata(metadata)
        self.batch_rows = batch_rows
        self.rows: list[dict] = []
        self.count = 0
        self.tmp = self.path.with_name(f".{self.path.name}.tmp-{os.getpid()}")
        self.writer = None

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.writer = pq.ParquetWriter(self.tmp, self.schema, compression="zstd", write_statistics=True)
        return self

    def write(self, row: dict) -> None:
        self.rows.append(row)
        if len(self.rows) >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.writer.write_batch(pa.RecordBatch.from_pylist(self.rows, schema=self.schema))
            self.count += len(self.rows)
            self.rows = []

    def __exit__(self, exc_type, exc, tb):
        try:
            if exc_type is None:
                self.flush()
            self.writer.close()
            if exc_type is None:
                with open(self.tmp, "rb") as fh:
                    os.fsync(fh.fileno())
                os.replace(self.tmp, self.path)
        finally:
            if self.tmp.exists():
                self.tmp.unlink()
        return False


def atomic_write_text(path: Path, text: str) -> None:
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
