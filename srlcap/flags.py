"""Flagged negatives: a person marks bad negatives in the gallery, downloads them as JSON
Lines, and ``srlcap build --exclude FLAGGED.jsonl`` leaves exactly those out.

A flag names its row (clip id, annotation, event) and the negative whole: its kind,
detail and text in every style. Flags are applied after the negatives are made, so
every other negative, and every other row, comes out as it would without them.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pyarrow as pa

from srlcap.errors import InputError
from srlcap.schema import STYLES

#: The fields of one flag line, as the gallery writes them.
ROW_FIELDS = ("clip_id", "ann_idx", "event")
NEGATIVE_FIELDS = ("kind", "detail", *STYLES)


def negative_key(negative: dict) -> tuple:
    return tuple(negative.get(f) for f in NEGATIVE_FIELDS)


class Flags:
    def __init__(self, path, by_row: dict[tuple, set[tuple]]):
        self.path = path
        self.by_row = by_row
        self.clips = {row[0] for row in by_row}
        self.matched: set[tuple] = set()

    @classmethod
    def read(cls, path) -> "Flags":
        path = Path(path)
        if not path.is_file():
            raise InputError(path, None, "no such file (the gallery's flagged-negatives download)")
        by_row: dict[tuple, set[tuple]] = {}
        with path.open("rb") as fh:
            for lineno, raw in enumerate(fh, 1):
                record = f"line {lineno}"
                try:
                    text = raw.decode("utf-8").strip()
                except UnicodeDecodeError:
                    raise InputError(path, record, "not UTF-8") from None
                if not text:
                    continue
                try:
                    obj = json.loads(text)
                except (json.JSONDecodeError, RecursionError) as exc:
                    raise InputError(path, record, f"malformed JSON ({exc.__class__.__name__})") from None
                if not isinstance(obj, dict):
                    raise InputError(path, record, "each line must be a JSON object")
                missing = [f for f in ROW_FIELDS + ("kind",) if f not in obj]
                if missing:
                    raise InputError(path, record, f"missing keys: {', '.join(missing)}")
                if not isinstance(obj["clip_id"], str) or not isinstance(obj["event"], str) or \
                        not isinstance(obj["ann_idx"], int) or isinstance(obj["ann_idx"], bool):
                    raise InputError(path, record, "clip_id and event must be strings, ann_idx an integer")
                by_row.setdefault(tuple(obj[f] for f in ROW_FIELDS), set()).add(negative_key(obj))
        return cls(path, by_row)

    def apply(self, chunk) -> int:
        """Drop the flagged negatives from a realised chunk (``srlcap.rows.Chunk``) in
        place; return how many were dropped."""
        batch = chunk.batch
        if batch is None or not self.clips.intersection(batch.column("clip_id").to_pylist()):
            return 0
        rows = batch.to_pylist()
        dropped = self.apply_rows(rows)
        chunk.negatives.subtract(dropped)
        chunk.batch = pa.RecordBatch.from_pylist(rows, schema=batch.schema)
        return sum(dropped.values())

    def apply_rows(self, rows: list[dict]) -> Counter:
        """Drop the flagged negatives from rows (dicts of the schema) in place; return
        how many of each kind were dropped."""
        dropped: Counter = Counter()
        for row in rows:
            key = tuple(row[f] for f in ROW_FIELDS)
            flagged = self.by_row.get(key)
            if not flagged:
                continue
            kept = []
            for neg in row["negatives"]:
                nkey = negative_key(neg)
                if nkey in flagged:
                    self.matched.add(key + nkey)
                    dropped[neg["kind"]] += 1
                else:
                    kept.append(neg)
            row["negatives"] = kept
        return dropped

    def unmatched(self) -> int:
        return sum(len(v) for v in self.by_row.values()) - len(self.matched)
