"""srlcap's Python API (docs/api.md): a build as an in-memory Arrow table, and one frame's caption.

Both are importable from ``srlcap`` itself; like the command line, importing them loads
neither spaCy nor pyarrow until they are called.
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    import pyarrow as pa

    from srlcap.frames import Event
    from srlcap.grammar import Realiser

#: What :func:`caption` takes: a plain frame (the JSON Lines reader's keys ``verb``,
#: ``verb_id``, ``args``), a VidSitu event (``Verb``, ``VerbID``, ``Args``), or an Event.
FrameLike = Union[Mapping, "Event"]
_REALISERS: dict = {}  # grammar path (None: the bundled one) -> Realiser; spaCy loads once


def build_table(
    data: str | Path | None = None,
    split: str = "train",
    *,
    grammar: str | Path | None = None,
    seed: int = 0,
    kinds: list[str] | tuple[str, ...] | None = None,
    negatives_per_kind: int | None = None,
    verb_lexicon: str | Path | None = None,
    exclude: str | Path | None = None,
    lenient: bool = False,
    num_shards: int = 1,
    shard_index: int = 0,
    workers: int = 1,
    quiet: bool = True,
) -> "pa.Table":
    """Build captions and hard negatives and return them as a pyarrow Table; no file
    is written. The table is what `srlcap build` writes with the same options: same
    schema (docs/schema.md), same rows, same provenance in ``table.schema.metadata``.

    ``data``: a vidsitu_annotations folder, a ``vsann_*.json`` file or a ``.jsonl``
    file of frames; None builds the bundled sample. Other arguments are the options
    of `srlcap build` of the same names. Bad input raises :class:`srlcap.errors.SrlcapError`
    (an :class:`~srlcap.errors.InputError` names the file and record).
    """
    from srlcap.build import BUNDLED_SAMPLE, BuildOptions, build_in_memory
    from srlcap.negatives import parse_kinds

    opts = BuildOptions(
        data=Path(data) if data is not None else BUNDLED_SAMPLE, split=split,
        grammar=Path(grammar) if grammar is not None else None, seed=seed,
        kinds=parse_kinds(",".join(kinds)) if kinds is not None else None, per_kind=negatives_per_kind,
        verb_lexicon=Path(verb_lexicon) if verb_lexicon is not None else None,
        exclude=Path(exclude) if exclude is not None else None, lenient=lenient,
        num_shards=num_shards, shard_index=shard_index, workers=workers, quiet=quiet,
        nlp=_shared_nlp(),
    )
    table, _ = build_in_memory(opts)
    return table


def caption(frame: FrameLike, style: str = "natural", *, grammar: str | Path | None = None) -> str:
    """One frame's caption in ``style`` (one of ``srlcap.schema.STYLES``).

    >>> caption({"verb": "push", "verb_id": "push.01",
    ...          "args": {"Arg0 (pusher)": "man in black suit", "Arg1 (thing pushed)": "cart"}})
    'A man in a black suit pushes a cart.'
    """
    from srlcap.errors import SrlcapError
    from srlcap.frames import Event
    from srlcap.schema import STYLES

    if style not in STYLES:
        raise SrlcapError(f"unknown style {style!r} (known: {', '.join(STYLES)})")
    realiser = _realiser(grammar)
    event = frame if isinstance(frame, Event) else _event(frame, realiser.g)
    return realiser.realise_event(event)[style]


def _realiser(grammar) -> "Realiser":
    key = str(grammar) if grammar is not None else None
    if key not in _REALISERS:
        from srlcap.analysis import Analyser
        from srlcap.grammar import Realiser, load_grammar

        g = load_grammar(Path(grammar) if grammar is not None else None)
        _REALISERS[key] = Realiser(g, Analyser(g, nlp=_shared_nlp()))
    return _REALISERS[key]


def _shared_nlp():
    """The spaCy pipeline an earlier call loaded, or None (then it is loaded)."""
    return next(iter(_REALISERS.values())).analyse.nlp if _REALISERS else None


def _event(frame, grammar) -> "Event":
    from srlcap.errors import InputError
    from srlcap.readers.common import make_event

    where = "caption()"
    if not isinstance(frame, Mapping):
        raise InputError(where, None, f"a frame is a mapping or an Event, not {type(frame).__name__}")
    vidsitu = "Verb" in frame
    keys = ("Verb", "VerbID", "Args", "EvRel") if vidsitu else ("verb", "verb_id", "args", "relation")
    if keys[0] not in frame or keys[2] not in frame:
        raise InputError(where, None, f"a frame needs the keys {keys[0]!r} and {keys[2]!r}")
    return make_event(where, "frame", "Ev1", frame[keys[0]], frame.get(keys[1]), frame[keys[2]],
                      frame.get(keys[3]), grammar.argm_kinds, {})
