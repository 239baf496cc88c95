"""The build's speed shortcuts change no result: the loaded pipeline
(srlcap.analysis.load_pipeline) parses exactly as spaCy's own pipeline does (same tags,
parts of speech, morphology, lemmas and parse), and a token built directly
(:meth:`Tok.hung`) is the one ``dataclasses.replace`` makes."""
from __future__ import annotations

import pytest

from dataclasses import fields, replace

from srlcap.analysis import CARRIER, Tok, _RuleIndex

# fillers of every shape the builds meet, and texts that reach the ruler's rarer
# patterns: "ai n't" (two-token rules), "that" as a determiner (a DEP rule), spaces
# (IS_SPACE rules), auxiliaries (NOT_IN rules), contractions and capitals
TEXTS = [
    "man in black suit", "woman with blonde hair", "quickly", "toward the door", "dark alley",
    "the man 's hat", "Merle 's", "he ai n't going", "I ain't got it", "that unnamed pool",
    "man  in  red", " leading space", "trailing space \n", "was being pushed", "has been told",
    "to get away", "his own car", "they 're here", "Patient in 814", "drinks milkshake",
    "running quickly", "several Yellow Pages directories", "Messrs. Spadafora and Torrijos",
    "its", "she 'll go", "do n't", "the", "a red car", "those who wait", "'s", "saw", "left",
    CARRIER + "bartender with beard", CARRIER + "wrapped present",
    # one word, other parts of speech and morphology: the lemmas kept must not mix them
    "I saw the saw", "he left the left lane", "leaves fall", "he leaves", "Leaves", "bases", "based",
]


@pytest.fixture(scope="module")
def plain(nlp):
    """spaCy's own pipeline, loaded as srlcap loads it but without its shortcuts."""
    spacy = pytest.importorskip("spacy")
    return spacy.load(f"{nlp.meta['lang']}_{nlp.meta['name']}", disable=["ner"])


def _attrs(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.whitespace_) for t in doc]


def test_the_ruler_index_finds_the_matchers_matches(plain):
    ruler = plain.get_pipe("attribute_ruler")
    index = _RuleIndex.of(ruler)
    assert index is not None  # the shipped ruler's patterns are all plain
    # parsed (DEP rules can match) and tagged only (a dependency is missing: "")
    for disabled in (["attribute_ruler", "lemmatizer"], ["parser", "attribute_ruler", "lemmatizer"]):
        for doc in plain.pipe(TEXTS, disable=disabled):
            assert index.match(doc) == sorted(set(ruler.match(doc))), doc.text


def test_the_loaded_pipeline_uses_the_index(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    assert ruler.match.__func__ is _RuleIndex.match
    assert ruler.set_annotations.__func__ is _RuleIndex.set_annotations


def test_the_loaded_pipeline_remembers_lemmas(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert lemmatizer.lemmatize != lemmatizer.rule_lemmatize
    # one word, two lemmas: the part of speech is part of what is remembered
    assert [t.lemma_ for t in nlp("I saw the saw")] == ["I", "see", "the", "saw"]


def test_the_loaded_pipeline_parses_as_spacy_does(nlp, plain):
    twice = TEXTS + TEXTS  # the second time from whatever the first kept
    assert [_attrs(d) for d in nlp.pipe(twice)] == [_attrs(d) for d in plain.pipe(twice)]


@pytest.mark.parametrize("token", [
    {"TAG": "NN", "OP": "?"},  # an operator
    {"POS": "NOUN"},  # an attribute the index does not read
    {"LOWER": {"FUZZY": "teh"}},  # another test
    {"TAG": {"IN": ["NN"], "NOT_IN": ["NNS"]}},  # two tests of one attribute
])
def test_a_ruler_with_other_patterns_keeps_its_matcher(nlp, token):
    spacy = pytest.importorskip("spacy")
    ruler = spacy.blank("en").add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    assert _RuleIndex.of(ruler) is not None
    ruler.add([[token]], {"POS": "NOUN"})
    assert _RuleIndex.of(ruler) is None


def test_the_index_sets_attributes_where_the_ruler_does():
    """Negative and positive token indices within a match, a later rule winning, and
    spaCy's own error for an index outside the match."""
    spacy = pytest.importorskip("spacy")

    def ruler_of(index_too_far: bool):
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add([[{"LOWER": "big"}, {"LOWER": {"REGEX": "^d"}}]], {"LEMMA": "last"}, index=-1)
        ruler.add([[{"LOWER": "big"}, {"LOWER": {"IN": ["dog", "cat"]}}]], {"LEMMA": "second"}, index=1)
        ruler.add([[{"LOWER": "big"}]], {"LEMMA": "first", "MORPH": "Degree=Pos"})
        if index_too_far:
            ruler.add([[{"LOWER": "cat"}]], {"LEMMA": "x"}, index=2)
        return nlp, ruler

    for text in ("a big dog and a Big cat", "big deal", "big"):
        nlp, _ = ruler_of(False)
        fast, ruler = ruler_of(False)
        _use_index(ruler)
        assert _attrs(fast(text)) == _attrs(nlp(text))
    fast, ruler = ruler_of(True)
    _use_index(ruler)
    with pytest.raises(ValueError):
        fast("a big cat")


def _use_index(ruler):
    index = _RuleIndex.of(ruler)
    ruler.match, ruler.set_annotations = index.match, index.set_annotations


def test_a_token_hung_elsewhere_is_the_one_replace_makes():
    tok = Tok("Pages", "NNPS", "PROPN", "pobj", 3, "page", " ", definite=True)
    assert tok.hung(0, "ROOT") == replace(tok, head=0, dep="ROOT")
    # hung() names every field: one added to Tok must be added there too
    assert [f.name for f in fields(Tok)] == ["text", "tag", "pos", "dep", "head", "lemma", "ws", "definite"]


@pytest.mark.parametrize("text, start", [("of several Yellow Pages directories", 1), ("with the board", 1),
                                          ("from Psyche", 1), ("the man in the red car", 3)])
def test_a_cut_phrase_is_as_it_was(analyser, text, start):
    """Phrase.tail as it was made before tokens were hung directly."""
    p = analyser(text)
    cut = p.tail(start)
    toks = [replace(t, head=t.head - start if t.head >= start else -1) for t in p.tokens[start:]]
    assert [t.text for t in cut.tokens] == [t.text for t in toks]
    assert all(c.head == (cut.root if t.head < 0 else t.head) for c, t in zip(cut.tokens, toks))
    assert [i for i, t in enumerate(cut.tokens) if t.dep == "ROOT"] == [cut.root]
