"""The trainer's commands of the `srlcap` program: ``train``, ``eval`` and ``demo``.

The rules of ``srlcap.commands`` hold: a module per command with ``add_arguments(parser)``
and ``run(args)``, its docstring the description, torch and open_clip imported only
inside ``run``. This module holds what they share: options generated from the fields of
the settings dataclasses (``srlcap_trainer.settings``), and ``--config`` files.

Precedence: an option typed on the command line, then the ``--config`` file, then the
field's default. The parser's defaults are the fields' defaults (so ``--help`` shows
them); the actions below note which options were typed, so that a value typed equal to
the default still wins over the file.
"""
from __future__ import annotations

import argparse
import json
import types
import typing
from dataclasses import MISSING

from srlcap.errors import SrlcapError
from srlcap_trainer.settings import options_of

#: Namespace attribute: the dests of the options typed on the command line.
_TYPED = "_typed_options"


def _note_typed(namespace: argparse.Namespace, dest: str) -> None:
    setattr(namespace, _TYPED, getattr(namespace, _TYPED, frozenset()) | {dest})


class _Store(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)
        _note_typed(namespace, self.dest)


class _Flag(argparse.BooleanOptionalAction):
    """``--x`` / ``--no-x``: the other form overrides a --config file either way."""

    def __init__(self, *args, help=None, **kwargs):
        super().__init__(*args, help=help, **kwargs)
        self.help = help  # the base class of some Python versions appends a second "(default: ...)"

    def __call__(self, parser, namespace, values, option_string=None):
        super().__call__(parser, namespace, values, option_string)
        _note_typed(namespace, self.dest)


def _option(name: str) -> str:
    return "--" + name.replace("_", "-")


def _shown(value) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, tuple):
        return ",".join(value) or "none"
    return str(value)


def _converter(field, hint):
    """A function from a command-line string or a --config value to the field's type;
    its ValueError says what is wrong."""
    optional = typing.get_origin(hint) in (typing.Union, types.UnionType)
    base = next(a for a in typing.get_args(hint) if a is not type(None)) if optional else hint
    choices = field.metadata["choices"]

    def check(value):
        if choices is not None and value not in choices:
            raise ValueError(f"{value!r} is not one of {', '.join(choices)}")
        return value

    def convert(value):
        if value is None and optional:
            return None
        if typing.get_origin(base) is tuple:
            if isinstance(value, str):
                word = value.strip().lower()
                if word == "all" and choices is not None:
                    return tuple(choices)
                value = [] if word in ("", "none") else value.split(",")
            if not isinstance(value, (list, tuple)):
                raise ValueError(f"expected a list, got {value!r}")
            return tuple(check(str(v).strip()) for v in value if str(v).strip())
        if base is bool:
            if not isinstance(value, bool):
                raise ValueError(f"expected true or false, got {value!r}")
            return value
        if base in (int, float):
            if isinstance(value, bool) or not isinstance(value, (str, int, float)):
                raise ValueError(f"expected a number, got {value!r}")
            try:
                number = float(value)
            except ValueError:
                raise ValueError(f"expected a number, got {value!r}") from None
            if base is int and not number.is_integer():
                raise ValueError(f"expected a whole number, got {value!r}")
            return base(number)
        if not isinstance(value, str):
            raise ValueError(f"expected text, got {value!r}")
        return check(value)

    return convert


def _for_argparse(convert):
    def parse(text: str):
        try:
            return convert(text)
        except ValueError as e:
            raise argparse.ArgumentTypeError(str(e)) from None

    return parse


def add_options(parser: argparse.ArgumentParser, cls, groups: dict | None = None, required: bool = True) -> None:
    """One option per ``setting`` field of ``cls``, under its group (``groups``: the argument
    groups made so far, by name; missing ones are added). ``required=False`` leaves fields
    without a default optional for argparse (a --config file may give them; see
    ``make_config``)."""
    groups = {} if groups is None else groups
    hints = typing.get_type_hints(cls)
    for f in options_of(cls):
        name = f.metadata["group"]
        if name is not None and name not in groups:
            groups[name] = parser.add_argument_group(name)
        where = parser if name is None else groups[name]
        choices = f.metadata["choices"]
        has_default = f.default is not MISSING
        help_ = f.metadata["help"]
        if typing.get_origin(hints[f.name]) is tuple:
            help_ += f", comma-separated: any of {', '.join(choices)}; or all, or none"
        if has_default and f.default is not None:
            help_ += f" (default: {'all' if f.default == choices else _shown(f.default)})"
        help_ = help_.replace("%", "%%")  # argparse %-formats help texts
        if hints[f.name] is bool:
            where.add_argument(_option(f.name), action=_Flag, default=f.default, help=help_)
            continue
        metavar = f.metadata["metavar"]
        if metavar is None and choices is not None:
            metavar = "{" + ",".join(choices) + "}"
        where.add_argument(
            _option(f.name), action=_Store, type=_for_argparse(_converter(f, hints[f.name])),
            default=f.default if has_default else None, required=required and not has_default,
            metavar=metavar, help=help_,
        )


def load_config_file(path: str, classes: tuple) -> dict:
    """The options in a JSON or TOML file (keys named like the options, with - or _),
    converted to the types of ``classes``' fields."""
    fields = {f.name: (f, typing.get_type_hints(cls)[f.name]) for cls in classes for f in options_of(cls)}
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        raise SrlcapError(f"--config {path}: {e.strerror}") from None
    try:
        if path.endswith(".toml"):
            import tomllib

            data = tomllib.loads(raw.decode("utf-8"))
        else:
            data = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as e:
        raise SrlcapError(f"--config {path}: cannot parse: {e}") from None
    if not isinstance(data, dict):
        raise SrlcapError(f"--config {path}: expected a table of options")
    out = {}
    for key, value in data.items():
        name = key.replace("-", "_")
        if name not in fields:
            raise SrlcapError(f"--config {path}: unknown option {key!r}")
        try:
            out[name] = _converter(*fields[name])(value)
        except ValueError as e:
            raise SrlcapError(f"--config {path}: {key}: {e}") from None
    return out


def make_config(cls, args: argparse.Namespace, from_file: dict | None = None, **internal):
    """``cls`` from parsed options: typed > ``from_file`` > the field's default (which the
    parser holds). ``internal``: the fields that are not options."""
    typed = getattr(args, _TYPED, frozenset())
    from_file = from_file or {}
    values = {}
    for f in options_of(cls):
        value = getattr(args, f.name) if f.name in typed or f.name not in from_file else from_file[f.name]
        if value is None and f.default is MISSING:
            raise SrlcapError(f"{_option(f.name)} is required")
        values[f.name] = value
    return cls(**values, **internal)


def require_train_extra() -> None:
    """One clear line instead of a traceback when the 'train' extra is not installed."""
    try:
        import open_clip  # noqa: F401
        import safetensors  # noqa: F401
        import torch  # noqa: F401
    except ImportError as e:
        raise SrlcapError(f"the trainer needs the 'train' extra ({e.name} is missing): pip install 'srlcap[train]'") from None
