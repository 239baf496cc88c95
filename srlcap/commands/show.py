"""Print rows of an srlcap Parquet file: captions, then each negative with its changed
words in [brackets].

examples:
  srlcap show out/srlcap_train.parquet
  srlcap show out/srlcap_train.parquet --rows 3 --clip {clip}
  srlcap show out/srlcap_train.parquet --kind {kind}
  srlcap show --meta out/srlcap_train.parquet     # provenance: version, grammar, seed, inputs, command
"""
from __future__ import annotations

from pathlib import Path

from srlcap.errors import SrlcapError
from srlcap.schema import EVENT_KINDS, NEGATIVE_KINDS, STYLES, open_parquet
from srlcap.textdiff import changed_spans


def mark(positive: str, negative: str, left: str = "[", right: str = "]") -> str:
    """The negative with the words that differ from the positive bracketed."""
    out, pos = [], 0
    for start, end in changed_spans(positive, negative):
        out.append(negative[pos:start] + left + negative[start:end] + right)
        pos = end
    return "".join(out) + negative[pos:]


def _first_sample_clip() -> str:
    """A clip id of the bundled sample, so the example in --help can be run as it is."""
    import json

    from srlcap.resources import DATASETS

    split = DATASETS / "vidsitu_sample" / "vidsitu_annotations" / "split_files" / "vseg_split_train_lb.json"
    return json.loads(split.read_text())[0]


def add_arguments(p) -> None:
    p.description = __doc__.format(clip=_first_sample_clip(), kind=EVENT_KINDS[0])
    p.add_argument("file", type=Path)
    p.add_argument("--rows", type=int, default=6, help="how many rows (default 6)")
    p.add_argument("--clip", default=None, help="only this clip id")
    p.add_argument("--kind", default=None, choices=NEGATIVE_KINDS, metavar="KIND",
                   help=f"only negatives of this kind ({', '.join(NEGATIVE_KINDS)})")
    p.add_argument("--style", default=STYLES[0], choices=STYLES,
                   help=f"caption style to print negatives in (default {STYLES[0]})")
    p.add_argument("--meta", action="store_true",
                   help="print the file's provenance (srlcap version, grammar and sha256, seed, kinds, shard, "
                        "input files with their sha256, the command) instead of rows")


def print_meta(path) -> None:
    import json

    from srlcap.provenance import read_meta

    for key, value in read_meta(path).items():
        if key == "inputs":
            print("inputs")
            for item in json.loads(value):
                print(f"  {item['path']}  sha256 {item['sha256']}")
        else:
            print(f"{key:15s} {value}")


def run(args) -> int:
    if args.meta:
        print_meta(args.file)
        return 0
    rows = open_parquet(args.file).read().to_pylist()
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
            text = n[args.style]
            shown = mark(row[args.style], text) if text is not None else f"(the same as the positive in {args.style})"
            print(f"    - {n['kind']:17s} {shown}")
            print(f"      {'':17s} ({n['detail']})")
        print()
    return 0
