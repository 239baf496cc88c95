"""The grammar engine: grammar files (``loader``) and caption realisation (``realise``)."""
from srlcap.grammar.loader import DEFAULT_GRAMMAR, Grammar, load_grammar
from srlcap.grammar.realise import Realiser, render_phrase

__all__ = ["DEFAULT_GRAMMAR", "Grammar", "Realiser", "load_grammar", "render_phrase"]
