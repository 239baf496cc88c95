"""Provenance that travels with a build: what made it, from what, and how.

The same record goes into the Parquet file's key-value metadata (``srlcap.*`` keys) and
into a dataset card beside it (``<out>.card.md``, Hugging Face's dataset-card format:
a YAML header, then prose). Readers that drop Parquet metadata (Hugging Face
``datasets``) still have the card; ``srlcap show --meta FILE`` prints either.

Every value is a string, as Parquet metadata wants; ``inputs`` is JSON (a list of
``{"path", "sha256"}``). The ``command`` is the ``srlcap build`` command line that makes
the same rows: only the options that shape the rows are in it (not ``--out``,
``--workers``, ``--quiet`` or ``--force``), so builds that differ only in those stay the
same bytes.
"""
from __future__ import annotations

import hashlib
import json
import shlex
from pathlib import Path

import pyarrow as pa

from srlcap.errors import SrlcapError
from srlcap.resources import DATASETS
from srlcap.version import __version__

#: The Parquet metadata key prefix srlcap writes under (``schema.schema_with_metadata``).
PREFIX = "srlcap."
#: Provenance fields, in the order ``show --meta`` and the card list them.
FIELDS = ("schema_version", "srlcap_version", "split", "grammar", "grammar_sha256", "seed", "kinds",
          "per_kind", "shard_index", "num_shards", "inputs", "command", "license")
#: Written in the card when the build was not told a licence.
UNKNOWN_LICENSE = "unknown"
_BUNDLED = "bundled:"


def sha256_file(path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def shown_path(path) -> str:
    """A path as provenance records it: the bundled sample by its place in srlcap (the
    same on every install), anything else as the user gave it."""
    path = Path(path)
    try:
        return _BUNDLED + path.resolve().relative_to(DATASETS.resolve()).as_posix()
    except ValueError:
        return str(path)


def input_record(paths) -> str:
    """The ``inputs`` value: each file with its sha256, in the order given."""
    return json.dumps([{"path": shown_path(p), "sha256": sha256_file(p)} for p in paths])


def command_line(args: list[tuple[str, object]]) -> str:
    """``srlcap build`` with the given (option, value) pairs; a value of True is a bare
    flag, None or False leaves the option out."""
    words = ["srlcap", "build"]
    for option, value in args:
        if value is None or value is False:
            continue
        words.append(option)
        if value is not True:
            words.append(shown_path(value) if isinstance(value, Path) else str(value))
    return shlex.join(words)


def read_meta(path) -> dict[str, str]:
    """The provenance of an srlcap Parquet file, from its metadata (``srlcap.`` keys,
    prefix removed), in :data:`FIELDS` order then any others."""
    from srlcap.schema import open_parquet

    raw = open_parquet(path).schema_arrow.metadata or {}
    meta = {k.decode()[len(PREFIX):]: v.decode() for k, v in raw.items() if k.decode().startswith(PREFIX)}
    return {**{k: meta[k] for k in FIELDS if k in meta}, **{k: v for k, v in sorted(meta.items()) if k not in FIELDS}}


def card_path(out) -> Path:
    out = Path(out)
    return out.with_name(out.stem + ".card.md")


def is_card(path) -> bool:
    """A dataset card srlcap wrote (its YAML header has an ``srlcap:`` section)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return text.startswith("---\n") and "\nsrlcap:\n" in text.split("\n---\n", 1)[0]


# ---------------------------------------------------------------------------- the card


def hf_features(schema: pa.Schema) -> list[dict]:
    """Arrow fields as the ``features`` of a Hugging Face dataset card."""
    return [_feature(f.name, f.type) for f in schema]


def _feature(name: str | None, t: pa.DataType) -> dict:
    out: dict = {} if name is None else {"name": name}
    if pa.types.is_list(t):
        inner = t.value_type
        if pa.types.is_struct(inner):
            out["list"] = [_feature(f.name, f.type) for f in inner]
        else:
            out["sequence"] = _dtype(inner)
    elif pa.types.is_struct(t):
        out["struct"] = [_feature(f.name, f.type) for f in t]
    else:
        out["dtype"] = _dtype(t)
    return out


def _dtype(t: pa.DataType) -> str:
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return "string"
    if pa.types.is_floating(t):
        return f"float{t.bit_width}"
    if pa.types.is_integer(t) or pa.types.is_boolean(t):
        return str(t)  # int8..int64, uint8.., bool: the same names in datasets
    raise SrlcapError(f"no dataset-card type for Arrow type {t}")


def _size_category(n: int) -> str:
    """Hugging Face's size_categories bucket of ``n`` rows."""
    for limit, label in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                         (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M")):
        if n < limit:
            return label
    return "n>10M"


def _yaml(value, indent: int = 0) -> list[str]:
    """A small YAML writer for the card's header: mappings, lists, strings and numbers.
    Strings are JSON-quoted, which YAML reads as the same string whatever they hold."""
    pad = " " * indent
    lines: list[str] = []
    if isinstance(value, dict):
        for k, v in value.items():
            if isinstance(v, (dict, list)) and v:
                lines.append(f"{pad}{k}:")
                lines += _yaml(v, indent + (2 if isinstance(v, dict) else 0))
            else:
                lines.append(f"{pad}{k}: {_scalar(v)}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and item:
                first, *rest = _yaml(item, indent + 2)
                lines.append(f"{pad}- {first.lstrip()}")
                lines += rest
            else:
                lines.append(f"{pad}- {_scalar(item)}")
    return lines


def _scalar(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if v == {} or v == []:
        return "{}" if v == {} else "[]"
    return json.dumps(str(v), ensure_ascii=False)


def card_text(parquet: Path, meta: dict[str, str], rows: int, clips: int, negatives: dict) -> str:
    """The dataset card of a built file: YAML header (licence, source, features, sizes,
    the file as the split's data, srlcap's provenance), then a readable summary."""
    from srlcap.schema import SCHEMA

    split = meta.get("split", "train")
    size = parquet.stat().st_size
    inputs = json.loads(meta.get("inputs", "[]"))
    header = {
        "license": meta.get("license", UNKNOWN_LICENSE),
        "language": ["en"],
        "pretty_name": f"srlcap {split} ({parquet.name})",
        "task_categories": ["zero-shot-image-classification", "image-to-text", "text-to-image"],
        "tags": ["srlcap", "captions", "hard-negatives", "semantic-roles", "video"],
        "size_categories": [_size_category(rows)],
        "source_datasets": [i["path"] for i in inputs],
        "configs": [{"config_name": "default", "data_files": [{"split": split, "path": parquet.name}]}],
        "dataset_info": {
            "features": hf_features(SCHEMA),
            "splits": [{"name": split, "num_bytes": size, "num_examples": rows}],
            "download_size": size,
            "dataset_size": size,
        },
        "srlcap": {k: (json.loads(v) if k == "inputs" else v) for k, v in meta.items()},
    }
    lines = ["---", *_yaml(header), "---", "", f"# {parquet.name}", "",
             f"Captions and hard negatives made by srlcap {meta.get('srlcap_version', __version__)} "
             f"from semantic-role frames: {rows:,} rows ({clips:,} clips, one row per event and one per clip).",
             "Load it with pandas, pyarrow or `datasets.load_dataset(\"parquet\", data_files=...)`; "
             "this card keeps the provenance that `datasets` drops from the file's metadata.", "",
             "## How it was made", "", "```", meta.get("command", ""), "```", "",
             "| field | value |", "|---|---|"]
    for key, value in meta.items():
        if key not in ("inputs", "command"):
            lines.append(f"| {key} | `{value}` |")
    lines += ["", "Input files:", ""]
    lines += [f"- `{i['path']}` sha256 `{i['sha256']}`" for i in inputs]
    if negatives:
        lines += ["", "## Negatives", "", "| kind | count |", "|---|---:|"]
        lines += [f"| {k} | {v:,} |" for k, v in negatives.items()]
    lines += ["", "Columns and negative kinds: srlcap's docs/schema.md and docs/negatives.md.", ""]
    return "\n".join(lines)

