"""Shared fixtures: one real spaCy pipeline per session (loading it is the slow part)."""
from __future__ import annotations

import pytest

from srlcap.analysis import Analyser, load_pipeline
from srlcap.frames import Event, Role, parse_role_key
from srlcap.grammar import Realiser, load_grammar


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def grammar():
    return load_grammar()


@pytest.fixture(scope="session")
def analyser(grammar, nlp):
    return Analyser(grammar, nlp=nlp)


@pytest.fixture(scope="session")
def realiser(grammar, analyser):
    return Realiser(grammar, analyser)


def make_event(verb, verb_id, args: dict, name="Ev1", relation=None, grammar=None) -> Event:
    kinds = grammar.argm_kinds if grammar else {"direction", "manner", "location", "purpose", "goal"}
    roles = []
    for key, filler in args.items():
        type_, role_name = parse_role_key(key, kinds)
        roles.append(Role(key=key, type=type_, name=role_name, filler=filler))
    return Event(name=name, verb=verb, verb_id=verb_id, roles=tuple(roles), relation=relation)


def user_realiser(tmp_path, nlp, grammar_text: str):
    """A realiser of a user grammar written to ``tmp_path/mine.toml``, and its grammar."""
    path = tmp_path / "mine.toml"
    path.write_text(grammar_text)
    g = load_grammar(path)
    return Realiser(g, Analyser(g, nlp=nlp)), g
