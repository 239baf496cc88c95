"""The Parquet contract: one row per event and one per clip.

This module is the single source of truth for the column layout, the caption styles
and the negative kinds. The trainer, the report and the docs import it; it depends on
pyarrow only.
"""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from srlcap.errors import SrlcapError

#: Bumped on any change a reader could notice. Stored in the file's key-value metadata.
SCHEMA_VERSION = "1.2"  # 1.1: a negative's style field may be null; 1.2: the summary column
METADATA_KEY = b"srlcap.schema_version"

#: Caption styles, each one a string column of the same name and one field of a negative.
STYLES = ("natural", "figclip")

#: Negative kinds, in the order a row lists them. Each is made by the generator function
#: of the same name in ``srlcap.negatives`` (its docstring is the kind's description in
#: the docs and ``--help``). Event kinds change one event's frame; clip kinds change the
#: clip's story and sit on the clip row.
EVENT_KINDS = (
    "role_swap", "verb_replace", "attribute_swap", "attribute_replace", "argm_replace",
    "entity_replace", "figclip_verb",
)
CLIP_KINDS = ("event_order", "relation_flip")
NEGATIVE_KINDS = EVENT_KINDS + CLIP_KINDS

#: The most tokens of CLIP's tokenizer (start and end included) a summary may take.
SUMMARY_TOKENS = 77

#: Value of the ``event`` column on the clip-level row.
CLIP_EVENT = "clip"

ROLE_TYPE = pa.struct(
    [
        pa.field("key", pa.string()),  # role key exactly as in the source: "Arg0 (pusher)"
        pa.field("type", pa.string()),  # Arg0..Arg5, ArgM-manner, ..., Scene
        pa.field("name", pa.string()),  # role name used in captions: "pusher"
        pa.field("filler", pa.string()),  # filler exactly as in the source
        pa.field("entity", pa.int32()),  # clip-level entity id (same filler = same entity)
    ]
)

NEGATIVE_TYPE = pa.struct(
    [pa.field("kind", pa.string()), pa.field("detail", pa.string())]
    + [pa.field(style, pa.string()) for style in STYLES]
)

SCHEMA = pa.schema(
    [
        pa.field("clip_id", pa.string(), nullable=False),
        pa.field("ann_idx", pa.int16(), nullable=False),  # annotation index (valid has several)
        pa.field("event", pa.string(), nullable=False),  # Ev1..Ev5, or "clip"
        pa.field("event_idx", pa.int8(), nullable=False),  # 1..5; 0 on the clip row
        pa.field("split", pa.string(), nullable=False),
        pa.field("verb", pa.string()),  # null on clip rows
        pa.field("verb_id", pa.string()),  # null on clip rows
        pa.field("relation", pa.string()),  # EvRel to Ev3; null on Ev3 and clip rows
        pa.field("start_s", pa.float32()),  # event time span inside the clip, seconds
        pa.field("end_s", pa.float32()),
        pa.field("roles", pa.list_(ROLE_TYPE)),
    ]
    + [pa.field(style, pa.string(), nullable=False) for style in STYLES]
    + [pa.field("negatives", pa.list_(NEGATIVE_TYPE))]
    # the clip told compactly enough for CLIP's 77-token context; null on event rows
    + [pa.field("summary", pa.string())]
)


def schema_with_metadata(extra: dict[str, str] | None = None) -> pa.Schema:
    meta = {METADATA_KEY: SCHEMA_VERSION.encode()}
    for key, value in (extra or {}).items():
        meta[f"srlcap.{key}".encode()] = value.encode()
    return SCHEMA.with_metadata(meta)


def open_parquet(path, columns=()) -> "pq.ParquetFile":
    """An srlcap Parquet file opened for reading, its schema version checked and the
    ``columns`` a caller needs present; any problem is one :class:`SrlcapError` line."""
    import pyarrow.parquet as pq

    if not Path(path).is_file():
        raise SrlcapError(f"{path}: no such file (make one with `srlcap build`)")
    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        raise SrlcapError(f"{path}: not a readable Parquet file ({exc})") from None
    try:
        check_version(pf.schema_arrow, str(path))
    except ValueError as exc:
        raise SrlcapError(str(exc)) from None
    missing = [c for c in columns if c not in pf.schema_arrow.names]
    if missing:
        raise SrlcapError(f"{path}: missing column(s) {', '.join(missing)}")
    return pf


def check_version(schema: pa.Schema, path: str) -> str:
    """Return the schema version of a file, or raise if it is not an srlcap file we read."""
    meta = schema.metadata or {}
    version = meta.get(METADATA_KEY)
    if version is None:
        raise ValueError(f"{path}: not an srlcap Parquet file (no {METADATA_KEY.decode()} metadata)")
    version = version.decode()
    if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise ValueError(f"{path}: schema version {version}, this srlcap reads {SCHEMA_VERSION}")
    return version
