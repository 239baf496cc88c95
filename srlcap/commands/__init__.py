"""The commands of the `srlcap` program, one module each.

A command module exposes ``add_arguments(parser)`` and ``run(args) -> int``; its docstring
is the command's description in ``--help``. It imports what its work needs (spaCy, the
grammar engine, torch) inside ``run``, so that listing and parsing options stays instant.
`srlcap/cli.py` is the table that names them; the trainer's commands live in
``srlcap_trainer.commands`` under the same rules.
"""
