"""srlcap: captions and hard negatives from semantic-role frames, for fine-grained CLIP adaptation.

The Python API (docs/api.md): :func:`build_table` builds to an in-memory pyarrow Table,
:func:`caption` realises one frame.
"""
from srlcap.version import __version__
from srlcap.api import build_table, caption  # light: they import their work when called

__all__ = ["__version__", "build_table", "caption"]
