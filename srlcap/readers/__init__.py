"""Readers turn annotation files into :class:`srlcap.frames.Clip` objects.

Each reader yields ``Clip`` objects or, for a record it cannot read, an
:class:`srlcap.errors.InputError`; the build decides whether that stops it or is
counted and skipped (``--lenient``).
"""
from srlcap.readers.jsonl import read_jsonl
from srlcap.readers.vidsitu import read_vidsitu, read_vsann_file, vidsitu_paths

__all__ = ["read_jsonl", "read_vidsitu", "read_vsann_file", "vidsitu_paths"]
