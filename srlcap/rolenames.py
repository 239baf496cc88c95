"""Role names that read well in a caption, from PropBank's role descriptions.

"agent, rewinder" -> "rewinder"; "hitter - animate only!" -> "hitter"; "thrown at, to,
over, etc" (function tag GOL) -> "destination". One cleaner for every role name srlcap
says: the roleset lexicon (grammars/make_lexicons.py) and role keys read from
annotations (``srlcap.frames.role_name``) both use :func:`clean_name`. Standard library
only.
"""
from __future__ import annotations

import re
from functools import lru_cache

# English prepositions (single words). A span's first word counts as its preposition when
# it is listed here *and* spaCy tags it IN, TO or RP in the example sentence, and it does
# not introduce a clause (dep "mark": "before he left", "as they say"). The list keeps
# out complementisers that spaCy also tags IN ("that", "whether", "if", "because"); the
# tag keeps out uses of listed words that are not prepositions ("up" as an adverb in
# "up 5 %", "like" as a verb, "past" as an adjective). The infinitival "to" (tag TO)
# counts as "to", as the brief for this lexicon asks.
PREPOSITIONS = frozenset("""
aboard about above across after against along alongside amid amidst among amongst around
as astride at atop before behind below beneath beside besides between beyond by
concerning despite down during except for from in inside into like minus near of off on
onto opposite out outside over past per plus regarding round since through throughout
till to toward towards under underneath unlike until unto up upon versus via with within
without
""".split())
# Multiword prepositions, counted as one when a span begins with them (no tag test: at the
# start of an argument these word sequences are prepositions).
MULTIWORD_PREPOSITIONS = frozenset(tuple(p.split()) for p in """
out of|away from|on top of|in front of|because of|instead of|according to|due to|next to
close to|ahead of|apart from|aside from|along with|together with|up to|off of|inside of
outside of|in between|as for|up until|out from|down to|from behind|from under|from within
in place of|on behalf of|in addition to|in terms of|by means of|as well as|prior to|in spite of
thanks to|owing to|regardless of|in accordance with|in response to
""".replace("\n", "|").split("|") if p.strip())
_MW_MAX = max(len(p) for p in MULTIWORD_PREPOSITIONS)


def leading_preposition(text: str) -> str:
    """The preposition a phrase begins with, by its words alone ("out of the barn" ->
    "out of", "towards them" -> "towards"), or "" ("backwards", "home"). Verb negatives
    compare a direction's with those PropBank's examples of a verb begin with."""
    words = text.lower().split()
    for size in range(min(_MW_MAX, len(words)), 1, -1):
        if tuple(words[:size]) in MULTIWORD_PREPOSITIONS:
            return " ".join(words[:size])
    return words[0] if len(words) > 1 and words[0] in PREPOSITIONS else ""

# Thematic labels that PropBank puts beside the verb-specific name ("agent, rewinder"):
# a name is taken from them only when the description offers nothing more specific.
GENERIC_NAMES = frozenset("""
agent|patient|theme|causer|experiencer|cause|benefactive|causal agent|logical subject
|instrument|source|destination|goal|location|recipient|topic|attribute|stimulus|result
|extent|path|co-agent|co-patient|co-theme|material|product|pivot|asset|predicate
|beneficiary|end point|start point|end state|start state|manner|purpose|direction
|intentional agent|proposition|value|entity|thing|subject|object|intransitive subject
|transitive object|transitive subject|intransitive object|secondary predication
""".replace("\n", "").split("|"))
# Names that are adjectives or awkward as "the {name} is X".
NAME_REWRITES = {"benefactive": "beneficiary", "attributive": "attribute", "causal agent": "cause",
                 "intentional agent": "agent", "agentive": "agent", "logical subject": "subject",
                 "secondary predication": "attribute"}
# PropBank function tags and the labels annotators write in descriptions ("EXT", "MNR").
TAG_NAMES = {
    "PAG": "agent", "PPT": "thing affected", "GOL": "destination", "DIR": "direction",
    "LOC": "location", "MNR": "manner", "EXT": "extent", "PRP": "purpose", "PNC": "purpose",
    "CAU": "cause", "COM": "companion", "TMP": "time", "PRD": "attribute", "ADJ": "attribute",
    "ADV": "circumstance", "SRC": "source", "REC": "other party", "INS": "instrument",
    "AXS": "axis", "SCL": "scale", "WHL": "whole", "PRT": "part", "DOM": "domain",
    "ANC": "anchor", "ANG": "angle", "PLN": "plane", "ORT": "orientation", "SET": "set",
    "NEG": "negation", "MOD": "modality", "DIS": "discourse",
}
_LABEL_RE = re.compile(r"^(?:ARGM?|ARG-?\d|ARG-?M-?[A-Z]+|[A-Z]{2,3}\d?|AGENTIVE|NP|PP|VP)$")
# Prepositions of a preposition-only description -> what the role is.
PREP_NAMES = {
    "from": "source", "out of": "source", "off": "source", "off of": "source", "away from": "source",
    "to": "destination", "into": "destination", "onto": "destination", "toward": "destination",
    "towards": "destination", "unto": "destination", "at": "target", "with": "partner",
    "for": "beneficiary", "about": "topic", "on": "topic", "of": "topic", "over": "topic",
    "regarding": "topic", "concerning": "topic", "against": "opponent", "between": "group",
    "among": "group", "amongst": "group", "in": "location", "inside": "location",
    "within": "location", "through": "path", "via": "path", "along": "path", "across": "path",
    "by": "means", "as": "role", "like": "comparison",
}
_SOURCE_PREPS = {"from", "out of", "off", "off of", "away from"}
# Words that open an annotator's note rather than a name.
_NOTE_START = frozenset("""
if when unless whether e.g. eg e.g i.e. ie i.e see etc etc. may might should could can must
only default note not also possibly probably maybe sometimes rarely generally typically
frequently usually often always mostly including especially esp esp. us. viz such
perhaps hopefully incl incl. fixed
""".split())
_WH_WORDS = frozenset("what whom who whose where when which how why whatever whoever whichever".split())
_IRREGULAR_PARTICIPLES = frozenset("""
thrown given taken broken stolen eaten written spoken chosen driven hidden bitten shown known
sent sold bought brought caught taught held told found made built kept left lost paid put
read said set shot spent sung hung won dug stuck struck spun sworn torn worn drawn grown
blown flown done gone seen beaten forgotten forgiven frozen woven swollen shaken ridden risen
fallen bent bound bred burnt cast cut dealt fed felt fought fled flung forbidden got gotten
ground heard hit hurt laid led lent let lit meant met mistaken overtaken quit rid run
shed shut slain slid slit sought split spread sprung stood stung stridden strewn strung
sunk swept swung thought thrust trodden undone understood upset wed wept withdrawn wound
wrung
""".split())
_ED_NOUNS = frozenset("""
bed seed need speed steed greed creed deed weed hundred shed sled red bled sacred kindred
breed reed feed bred wed shred tweed
""".split())
_ING_NOUNS = frozenset("thing something anything everything nothing king ring wing string spring sibling offspring building".split())
_CAPS_WORDS = frozenset("NOT FOR IN TO USE REQUIRED ONLY OR AND OF THE A WITH FROM ON AT BY IS BE NO IF ALSO THYME".split())
PROPER_WORDS = frozenset("Mr. Mrs. Ms. Dr. Hansel Gretel Abe God Richter Fujita English Christ Jesus Mercalli Celsius Fahrenheit".split())


# The descriptions' patterns, compiled once: the cleaner runs per unique role key
# (thousands over PropBank's frames), and re's own cache lookup cost a tenth of it.
_ABBREV_STOP = re.compile(r"(?<=\w\w\w\w)\.(?=\s|$)")
_ALT_SEPARATORS = re.compile(r"[,;/:?=]")
_ALT_OR = re.compile(r"\s+(?:and/)?or\s+")
_ROUND_NOTE = re.compile(r"\s*\([^()]*\)")
_SQUARE_NOTE = re.compile(r"\s*\[[^\[\]]*\]")
_OPEN_BRACKET = re.compile(r"[(\[]")
_WHAT_IS = re.compile(r"(what|who|that which|one who|those who)\s+(?:is|are|was|were|gets|got|has been|is being)\s+(.+)")
_ARG_WORD = re.compile(r"arg-?\d|argm.*")
_OF_ARG = re.compile(r"(.+?) (?:of|for|to|on) arg-?\d")
_ARG_N = re.compile(r"arg-?\d")
_ARGM_WORD = re.compile(r"argm.*")
_ABSTRACT_SUFFIX = re.compile(r"(tion|sion|ment|ness|ity|ance|ence|ism|cy)$")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_QUOTE_MARKS = re.compile(r"[\"`!]")
_ANNOTATOR_DASH = re.compile(r"\s+-+\s+|\s*--+\s*|(?<=\w)-\s+|\s+-(?=\w)")
_WORD_ALTERNATIVES = re.compile(r"(?<=[\w.])(?:/[\w.'-]+)+(?=[\s,;:?]|$)")
_SPACES = re.compile(r"\s+")
_ARGM_LABEL = re.compile(r"^ARG-?M-?")
_ARG_POSSESSIVE = re.compile(r"\b(arg)-?\s?(\d)'s\b", re.I)
_ETC = re.compile(r"\betc\b\.?", re.I)
_ARG_SPACE_N = re.compile(r"\b(arg)\s+(\d)\b", re.I)
_SINGLE_QUOTED = re.compile(r"(?<![\w])'([^']*)'")


def _words(text: str) -> list[str]:
    return text.split()


def _is_participle(word: str) -> bool:
    w = word.lower()
    if w in _IRREGULAR_PARTICIPLES:
        return True
    return len(w) > 3 and w.endswith("ed") and w not in _ED_NOUNS and not w.endswith("eed")


def _is_verbal(word: str) -> bool:
    """A participle or an -ing form ("removed", "competing")."""
    return _is_participle(word) or (len(word) > 4 and word.lower().endswith("ing") and word.lower() not in _ING_NOUNS)


def _alternatives(text: str) -> list[str]:
    """Split a description at , ; / : ? and at "or" / "and/or" between alternatives, but
    not between coordinated verbs ("thing rolled or rolling")."""
    parts = []
    # a full stop ends an alternative unless it ends an abbreviation ("Mr.", "incl.")
    text = _ABBREV_STOP.sub(";", text)
    for chunk in _ALT_SEPARATORS.split(text):
        pieces = _ALT_OR.split(chunk)
        merged = [pieces[0]]
        for piece in pieces[1:]:
            before, after = merged[-1].split(), piece.split()
            if before and after and ((_is_verbal(before[-1]) and _is_verbal(after[0]))
                                     or (before[-1] in PREPOSITIONS and after == [after[0]] and after[0] in PREPOSITIONS)):
                merged[-1] += " or " + piece
            else:
                merged.append(piece)
        parts.extend(merged)
    return parts


def _strip_brackets(text: str) -> str:
    """Drop (notes) and [notes], glued ones too ("thing(s)"); cut at an unclosed bracket."""
    previous = None
    while previous != text:
        previous = text
        text = _ROUND_NOTE.sub(" ", text)
        text = _SQUARE_NOTE.sub(" ", text)
    text = _OPEN_BRACKET.split(text)[0]
    return text.replace(")", " ").replace("]", " ")


def _leading_prepositions(words: list[str]) -> tuple[list[str], int]:
    """The prepositions a word list starts with ("out of", "to") and how many words they take."""
    out, i = [], 0
    while i < len(words):
        for size in range(min(_MW_MAX, len(words) - i), 1, -1):
            if tuple(words[i:i + size]) in MULTIWORD_PREPOSITIONS:
                out.append(" ".join(words[i:i + size]))
                i += size
                break
        else:
            if words[i] in PREPOSITIONS:
                out.append(words[i])
                i += 1
            else:
                break
    return out, i


def _classify(part: str) -> tuple[str, str, list[str]]:
    """(kind, cleaned text, prepositions) of one alternative of a description.

    kind: specific | weak (a lone participle, made "thing <participle>") | generic |
    label (an annotator's label such as EXT) | prep (only prepositions, or a participle
    followed by them: "thrown at") | skip (a note, a question, empty)."""
    part = part.strip(" .,;:'-")
    words = _words(part)
    if not words:
        return "skip", "", []
    if all(_LABEL_RE.match(w) for w in words):
        return "label", words[0], []
    # notes inside a part: "snow may incl. type", "attached to if separate from arg 1"
    lowered = [w.lower() for w in words]
    if len(words) > 1 and lowered[0] in ("generally", "typically"):  # "generally terrible entity"
        words, lowered = words[1:], lowered[1:]
    for i, w in enumerate(lowered):
        if i and (w in _NOTE_START and w not in ("such", "can", "see", "not", "only", "also", "always")):
            words, lowered = words[:i], lowered[:i]
            break
    while words and lowered[-1] in ("etc", "etc.", "only", "itself", "themselves", "himself", "herself", "e.g.", "i.e."):
        words, lowered = words[:-1], lowered[:-1]
    while words and lowered[0] in ("the", "a", "an", "his", "her", "their", "its", "my", "your", "our", "one's"):
        words, lowered = words[1:], lowered[1:]
    # labels written inside a name: "AGENTIVE picky entity", "EXT, amount"
    kept = [(w, lw) for w, lw in zip(words, lowered) if not _LABEL_RE.match(w) or w in ("DNA", "RNA", "CPR")]
    if kept and len(kept) < len(words):
        words, lowered = [w for w, _ in kept], [lw for _, lw in kept]
    if not words:
        return "skip", "", []
    m = _WHAT_IS.fullmatch(" ".join(lowered))
    if m and not any(w in _WH_WORDS for w in m.group(2).split()):  # "what is taken over"
        rest = words[len(words) - len(m.group(2).split()):]
        words = ["thing" if m.group(1) in ("what", "that which") else "person"] + rest
        lowered = [w.lower() for w in words]
    if lowered[0] in _NOTE_START or "?" in part:
        return "skip", "", []
    if lowered[0] in _WH_WORDS or lowered[-1] in _WH_WORDS or {"what", "how", "whom"} & set(lowered):
        # "taken from whom": no name, but its preposition tells what the role is
        found, _ = _leading_prepositions(lowered[-2:-1]) if len(lowered) >= 2 else ([], 0)
        return "skip", "", found
    if any(_ARG_WORD.fullmatch(lw) for lw in lowered):
        # "attribute of arg1" -> "attribute"; "entity deeming arg1 abominable" ->
        # "entity deeming it abominable"
        m = _OF_ARG.fullmatch(" ".join(lowered))
        if m:
            words = words[:len(m.group(1).split())]
        else:
            words = ["it" if _ARG_N.fullmatch(w.lower()) else w for w in words]
        lowered = [w.lower() for w in words]
        if any(w.startswith("arg") and _ARGM_WORD.fullmatch(w) for w in lowered):
            return "skip", "", []
    if len(lowered) > 1 and lowered[0] in ("outside", "inside", "past", "opposite", "near") \
            and lowered[1] not in ("of", "the", "a", "an", "it", "arg"):
        preps, used = [], 0  # "outside causer of addiction": an adjective
    else:
        preps, used = _leading_prepositions(lowered)
    if used == len(lowered):
        return "prep", "", preps
    if used == 0 and len(lowered) >= 2 and _is_verbal(lowered[0]):
        tail, n = _leading_prepositions(lowered[1:])
        if n and n == len(lowered) - 1:  # "removed from", "thrown at"
            phrase = "thing " + " ".join(lowered) if _is_participle(lowered[0]) else ""
            return "prep", phrase, tail
    if used:  # "to whom" was skipped above; "into a tizzy": an example, not a name
        return "skip", "", []
    if len(lowered) >= 3 and lowered[-2] == "or" and lowered[-1] in PREPOSITIONS and lowered[-3] in PREPOSITIONS:
        return "prep", "", [lowered[-3], lowered[-1]]  # "thing hit by or with"
    # a noun and a dangling preposition: "speculation on" -> "speculation"
    if len(lowered) == 2 and lowered[1] in PREPOSITIONS:
        if not _ABSTRACT_SUFFIX.search(lowered[0]):
            return "prep", "", [lowered[1]]  # "familiar with", "competing with"
        words, lowered = words[:1], lowered[:1]
    title = len(words) > 1 and words[0] not in PROPER_WORDS and all(w[:1].isupper() for w in words if w.lower() not in ("of", "and", "the", "a", "in", "to"))
    text = " ".join(_case(w, 0 if title else i) for i, w in enumerate(words))  # "Price Paid"
    low = text.lower()
    if low in GENERIC_NAMES or low in NAME_REWRITES:
        return "generic", NAME_REWRITES.get(low, low), []
    if len(words) == 1 and _is_participle(lowered[0]):
        return "weak", "thing " + lowered[0], []
    return "specific", text, []


def _case(word: str, index: int) -> str:
    """Lower case unless a proper noun or an acronym ("DNA"); CAPITALISED common words too."""
    if word in PROPER_WORDS:
        return word
    if _INNER_CAPITAL.search(word) and "-" not in word:  # "intelliGENce"
        return word.lower()
    if word.isupper() and len(word) > 1:
        return word.lower() if word in _CAPS_WORDS or len(word) > 4 else word
    if index == 0 and word[:1].isupper() and (word[1:].islower() or len(word) == 1):
        return word.lower()
    return word  # a capital inside a name is a proper noun ("Jews", "Mr. Nice Guy")


def fallback_name(tag: str | None, preps: list[str], n: str, phrase: str | None = None) -> str:
    """A noun phrase for a role whose description has no usable name: from an informative
    function tag (GOL -> "destination", DIR -> "direction" or "source" for from-phrases,
    MNR with "with" -> "instrument"), else "thing <participle> <preposition>" ("thing
    searched for") where the description was one, else from its first preposition
    (PREP_NAMES), else from the tag or the argument number."""
    first = preps[0] if preps else None
    if tag not in ("LOC", "EXT", "TMP", "PRP", "CAU") and preps and all(p in _SOURCE_PREPS for p in preps):
        return "source"  # "taken from whom" (DIR), "absent from what" (tagged GOL)
    if tag == "MNR" and "with" in preps:
        return "instrument"
    if tag == "GOL" and preps and set(preps) <= {"for"}:
        return "beneficiary"
    if tag in TAG_NAMES and tag not in ("PPT", "PAG", "VSP", "PRD", "ADJ", "ADV"):
        return TAG_NAMES[tag]
    if phrase and len(preps) == 1:  # "searched for"; "thrown at, to, over" lists several
        return phrase
    if first in PREP_NAMES:
        return PREP_NAMES[first]
    if tag in TAG_NAMES:
        return TAG_NAMES[tag]
    return {"0": "agent", "1": "thing affected"}.get(n, "participant")


_PREP_ALTERNATIVES = "|".join(sorted((re.escape(p) for p in PREPOSITIONS), key=len, reverse=True))
_PREPOSITION_CHAIN = re.compile(rf"\b({_PREP_ALTERNATIVES})((?:\s+or\s+(?:{_PREP_ALTERNATIVES})){{2,}})\b")


@lru_cache(maxsize=None)
def clean_name(descr: str, tag: str | None = None, n: str = "") -> str:
    """A role name that reads inside "the {name} is X", from a PropBank description.

    "agent, rewinder" -> "rewinder"; "thing thrown" -> "thing thrown";
    "agent - animate only!" -> "agent"; "thing that is absurd (may require
    concatenation- see exs)" -> "thing that is absurd"; "thrown at, to, over, etc" ->
    "destination" (function tag GOL); "EXT" -> "extent".
    The description is cut at an annotator's dash ("- see exs"), its bracketed notes are
    dropped, and it is split into alternatives at , ; / : ? and " or ". The first
    verb-specific alternative wins, then a lone participle ("removed" -> "thing removed"),
    then a thematic label ("agent"; "benefactive" becomes "beneficiary"), then a label
    such as EXT read as its tag, and last ``fallback_name``: a name made from the function
    tag and the prepositions the description lists. Mentions of other arguments become
    "it" ("entity deeming arg1 abominable"), "of arg1" at the end is dropped, "what is
    X" becomes "thing X", and alternatives that are questions ("to whom?") or notes
    ("if separate from arg0", "usually ...") are left out.
    """
    text = descr.replace("\u2019", "'").replace("\xad", "").replace("_", " ").replace("+", " ")
    text = _QUOTE_MARKS.sub(" ", text)
    text = _ARG_POSSESSIVE.sub("its", text)
    text = _SINGLE_QUOTED.sub(r"\1", text)
    text = _ANNOTATOR_DASH.split(text)[0]
    text = _strip_brackets(text)
    text = _ETC.sub(" ", text)
    # "thing looked at or for or on": one name, its prepositions listed as alternatives
    # (two "or"s; "thing hit by or with" is read as an instrument below)
    text = _PREPOSITION_CHAIN.sub(r"\1", text)
    text = _ARG_SPACE_N.sub(r"\1\2", text)
    # word-level alternatives keep their first word: "damages/cost" -> "damages",
    # "served/delivered to" -> "served to"; a spaced slash separates alternatives
    text = _WORD_ALTERNATIVES.sub("", text)
    text = _SPACES.sub(" ", text).strip()
    parts = _alternatives(text)
    ranked: dict[str, list[str]] = {"specific": [], "weak": [], "generic": [], "label": [], "prep": []}
    preps: list[str] = []
    for part in parts:
        kind, name, found = _classify(part)
        preps.extend(found)
        if kind != "skip":
            ranked[kind].append(name)
    phrases = [p for p in ranked["prep"] if p]
    for kind in ("specific", "weak", "generic"):
        if ranked[kind]:
            return ranked[kind][0]
    if ranked["label"]:
        label = _ARGM_LABEL.sub("", ranked["label"][0])
        if label in TAG_NAMES:
            return TAG_NAMES[label]
    return fallback_name(tag, preps, n, phrases[0] if phrases else None)
