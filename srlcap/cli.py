"""The `srlcap` program: a table of commands and the one place that turns srlcap's
errors into one clear line (exit status 2).

Each command is a module with ``add_arguments(parser)`` and ``run(args)`` (see
``srlcap.commands``). Only the module of the command being run is imported: ``srlcap
--help`` and ``--version`` load neither spaCy nor torch.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from srlcap.errors import run_guarded

#: command -> (module, one-line help). Adding a command is one line here and one module.
COMMANDS = {
    "build": ("srlcap.commands.build", "build captions and hard negatives to Parquet"),
    "show": ("srlcap.commands.show", "print a readable sample of rows, negatives with changed words marked"),
    "audit": ("srlcap.commands.audit", "measure how far negatives can be told from positives by text alone"),
    "report": ("srlcap.commands.report", "write a self-contained HTML gallery of a Parquet file"),
    "frames": ("srlcap.commands.frames", "extract the frames of each event from video files into uint8 shards for training"),
    "export": ("srlcap.commands.export", "export Parquet to open_clip CSV, JSON Lines or WebDataset (or a checkpoint to open_clip)"),
    "train": ("srlcap_trainer.commands.train", "train a FiGCLIP-style adapter on srlcap Parquet"),
    "eval": ("srlcap_trainer.commands.evaluate", "evaluate a trained adapter: hard negatives per kind, retrieval, verbs"),
    "demo": ("srlcap_trainer.commands.demo", "synthetic end-to-end demo: world, build, train with/without negatives"),
}

# Commands that never train. thinc (under spaCy) imports torch whenever it is installed,
# only to offer it as a backend: 1.2 s of every `srlcap build` before any work.
_NO_TORCH_COMMANDS = {"build", "show", "audit", "report", "frames"}

# Commands that never use pandas. pyarrow imports it the first time it turns Python rows
# into a batch, only to ask whether they are pandas objects (1.1 s of every `srlcap
# build`); told pandas is not there, it converts the rows the same.
_NO_PANDAS_COMMANDS = {"build"}


class _NoPandas:
    """A meta path finder under which `import pandas` fails at once."""

    def find_spec(self, name, path=None, target=None):
        if name == "pandas":
            raise ModuleNotFoundError("srlcap build does not use pandas", name="pandas")
        return None


def make_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; ``command``'s module is imported and its options added (the others
    are listed by name and help only)."""
    from srlcap import __version__

    parser = argparse.ArgumentParser(
        prog="srlcap",
        description="Captions and hard negatives from semantic-role frames, for fine-grained CLIP adaptation.",
        epilog="Run `srlcap COMMAND --help` for a command's options and examples.",
    )
    parser.add_argument("--version", action="version", version=f"srlcap {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_) in COMMANDS.items():
        p = sub.add_parser(name, help=help_, description=help_, formatter_class=argparse.RawDescriptionHelpFormatter)
        if name == command:
            mod = importlib.import_module(module)
            p.description = mod.__doc__ or help_
            mod.add_arguments(p)
            p.add_argument("-q", "--quiet", action="store_true", help="no progress bars")
            p.set_defaults(func=mod.run)
    return parser


def _command_of(argv: list[str]) -> str | None:
    """The command named in ``argv``: its first word that is not an option."""
    first = next((a for a in argv if not a.startswith("-")), None)
    return first if first in COMMANDS else None


def main(argv=None) -> int:
    """``argv`` None: run as the program (the `srlcap` executable, `python -m srlcap`)."""
    as_program = argv is None
    argv = sys.argv[1:] if argv is None else list(argv)
    command = _command_of(argv)
    # the program running one of our data commands: no torch, and no heap teardown
    lean = as_program and command in _NO_TORCH_COMMANDS
    if lean and "torch" not in sys.modules:
        sys.modules["torch"] = None  # `import torch` now fails fast; this process will not need it
    if lean and command in _NO_PANDAS_COMMANDS and "pandas" not in sys.modules:
        sys.meta_path.insert(0, _NoPandas())
    parser = make_parser(command)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    rc = run_guarded(args.func, args)
    if lean:
        _exit_now(rc)
    return rc


def _exit_now(rc: int) -> None:
    """End the program without freeing its heap object by object: a VidSitu-sized build
    holds millions of objects and tearing them down took 2 s of a 35 s build, after its
    output was closed and renamed into place. Nothing of ours needs to run at exit."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        pass
    os._exit(rc)
