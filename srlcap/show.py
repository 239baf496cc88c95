"""`srlcap show`: a readable sample of rows, each negative with its changed words marked."""
from __future__ import annotations

import pyarrow.parquet as pq

from srlcap.errors import SrlcapError
from srlcap.schema import STYLES, check_version
from srlcap.textdiff import changed_spans


def mark(positive: str, negative: str, left: str = "[", right: str = "]") -> str:
    """The negative with the words that differ from the positive bracketed."""
    out, pos = [], 0
    for start, end in changed_spans(positive, negative):
        out.append(negative[pos:start] + left + negative[start:end] + right)
        pos = end
    return "".join(out) + negative[pos:]


def read_table(path):
    try:
        pf = pq.ParquetFile(path)
    except (OSError, ValueError) as exc:
        raise SrlcapError(f"{path}: cannot read Parquet: {exc}") from None
    try:
        check_version(pf.schema_arrow, str(path))
    except ValueError as exc:
        raise SrlcapError(str(exc)) from None
    return pf.read()


def run(args) -> int:
    if args.style not in STYLES:
        raise SrlcapError(f"unknown style {args.style!r} (known: {', '.join(STYLES)})")
    rows = read_table(args.file).to_pylist()
    if args.clip:
        rows = [r for r in rows if r["clip_id"] == args.clip]
        if not rows:
            raise SrlcapError(f"{args.file}: no clip {args.clip!r}")
    for row in rows[: max(args.rows, 0)]:
        head = f"{row['clip_id']} #{row['ann_idx']} {row['event']}"
        if row["verb_id"]:
            head += f"  {row['verb_id']}" + (f"  ({row['relation']} Ev3)" if row["relation"] else "")
        print(head)
        for style in STYLES:
            print(f"  {style:8s} {row[style]}")
        negs = [n for n in row["negatives"] if not args.kind or n["kind"] == args.kind]
        for n in negs:
            print(f"    - {n['kind']:17s} {mark(row[args.style], n[args.style])}")
            print(f"      {'':17s} ({n['detail']})")
        print()
    return 0
