"""Where the data that ships with srlcap lives.

The repository keeps the grammars and the bundled datasets as top-level folders
(``grammars/``, ``datasets/``), as the design card draws it. A wheel installs them inside
the package as ``srlcap/grammars`` and ``srlcap/datasets`` (pyproject's ``package-dir``),
so an installed srlcap finds them beside its modules and a checkout or an editable install
finds them one level up. Neither folder is a Python package: ``datasets`` is Hugging
Face's name, and a ``datasets/__init__.py`` would shadow it for anyone running Python from
the checkout's root.
"""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_folder(name: str) -> Path:
    """The shipped folder ``name`` (``grammars`` or ``datasets``)."""
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):  # installed wheel, then checkout
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"srlcap's {name}/ folder is missing (looked in {_PACKAGE} and {_PACKAGE.parent}); reinstall srlcap")


GRAMMARS = data_folder("grammars")
DATASETS = data_folder("datasets")
