"""Load and validate grammar files (TOML).

A grammar is data: templates with ``{slot}`` placeholders, preposition tables,
lexicons, switches. Every problem is reported as a :class:`GrammarError` naming the
file, the line where the key is written, and the key.
"""
from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from srlcap.errors import GrammarError
from srlcap.resources import GRAMMARS
from srlcap.schema import NEGATIVE_KINDS

DEFAULT_GRAMMAR = GRAMMARS / "default.toml"
_SLOT = re.compile(r"\{([^{}]*)\}")

# Allowed slots per template, so a typo is caught at load time and not mid-build.
_TEMPLATE_SLOTS = {
    ("style", "figclip", "frame"): {"verb", "roles"},
    ("style", "figclip", "frame_without_roles"): {"verb"},
    ("style", "figclip", "core"): {"name", "filler"},
    ("style", "figclip", "argm"): {"name", "filler"},
    ("style", "figclip", "scene"): {"name", "filler"},
    ("clip", "single"): {"clause"},
}
_RELATION_SLOTS = {"connective", "clause", "cause"}
#: relations a grammar may say and their slots: a reaction led in by what was seen, named
#: by its content ({seen}; Realiser._join)
_OPTIONAL_RELATIONS = {"Reaction To seen, named": {"connective", "clause", "seen"}}
# how each relation is said (srlcap.grammar.realise.Realiser._join)
_RELATION_KEYS = ("Causes", "Causes, same doer", "Enables", "Enables, same doer", "Causes earlier", "Causes finite", "Enables earlier", "Reaction To",
                  "Reaction To heard", "Reaction To seen", "Reaction To plain", "Reaction To again", "Reaction To befalls", "NoRel", "anchor")


@dataclass(frozen=True)
class Lexicon:
    mass_nouns: frozenset
    definite_nouns: frozenset  # bare nouns that take "the": unique in their setting
    count_ing_nouns: frozenset  # -ing nouns that are countable ("a building"); the others take no article
    bare_pp_idioms: frozenset
    attribute_class: dict  # word -> class
    attributes: dict  # class -> words
    argm_alternatives: dict  # kind -> fillers
    opposites: dict  # word -> word, both directions
    locatives: dict  # place head noun (or compound) -> "in" | "on" | "at"
    entails: dict = None  # verb lemma -> verbs it makes true, beyond WordNet ("hug" -> hold)
    verb_opposites: dict = None  # verb lemma -> verbs false whenever it is true, beyond WordNet
    band_of: dict = None  # attribute word -> its band: words of one band do not contrast (black, dark)
    band_opposites: frozenset = frozenset()  # (band, band), both ways: graded attributes contrast only so
    neighbours: frozenset = frozenset()  # (word, word), both ways: words of two bands that do not contrast
    hair_neighbours: frozenset = frozenset()  # (word, word), both ways: neighbours only of hair (grey, white)
    hair_nouns: frozenset = frozenset()  # nouns of hair, where hair_neighbours hold ("beard", "moustache")
    hair_colours: frozenset = frozenset()  # the colours hair grows in, the only ones a hair noun takes
    path_nouns: frozenset = frozenset()  # "up/down the road" both mean along it
    noun_classes: dict = None  # noun -> entity class, over WordNet's first sense ("queen" -> person)
    seen_only: frozenset = frozenset()  # opposites said only with a verb seen taking them
    presupposed: frozenset = frozenset()  # verbs of coming together: no negative of an act on someone
    vague: frozenset = frozenset()  # verbs never drawn as a negative: too general to picture
    audiences: frozenset = frozenset()  # who watches at a venue: "the crowd" in a stadium
    venues: frozenset = frozenset()  # scene nouns of places that have an audience
    roomy_verbs: frozenset = frozenset()  # acts that need room to move in: "run", "chase"
    cramped: frozenset = frozenset()  # scene nouns of places too small for them: "elevator"
    speech_verbs: frozenset = frozenset()  # verbs that say words aloud: what follows reacts to what was heard
    quiet_speech_verbs: frozenset = frozenset()  # words said too low for others to hear
    looking_verbs: frozenset = frozenset()  # a reaction told with one is plainly to what was seen
    posture_verbs: frozenset = frozenset()  # one does them, even where PropBank's subject is an Arg1


@dataclass(frozen=True)
class Grammar:
    path: str
    name: str  # the grammar's own name (or file stem), never the name of what it extends
    sha256: str  # of the grammar as used (merged over what it extends): same rules, same hash
    argm_kinds: frozenset
    figclip: dict
    natural: dict
    clip: dict
    verbs: dict  # verb_id -> {role type -> {"preposition": ...}, "lemma": ...}
    symmetric: frozenset
    lexicon: Lexicon
    negatives: dict  # kind -> weight (0 = off)
    per_kind: int
    raw: dict = field(repr=False, compare=False, default_factory=dict)

    def is_symmetric(self, verb: str, verb_id: str) -> bool:
        return verb in self.symmetric or verb_id in self.symmetric

    def verb_override(self, verb_id: str) -> dict:
        return self.verbs.get(verb_id, {})


def load_grammar(path: str | Path | None = None) -> Grammar:
    path = Path(path) if path else DEFAULT_GRAMMAR
    data, text = _read(path)
    reference, _ = _read(DEFAULT_GRAMMAR)
    _check_keys(_Checker(path, text), data, reference, [])
    name = str(data.get("name", path.stem))
    if data.get("extends") is not None:
        if data["extends"] != "default":
            raise GrammarError(path, "extends", 'only "default" can be extended', _line_of(text, ["extends"]))
        data = _merge(reference, {k: v for k, v in data.items() if k not in ("extends", "name")})
    return _build(path, name, data, text)


# Tables whose keys are the user's to choose (verb ids, role names, classes, kinds);
# every other table may only hold the keys the default grammar has.
_OPEN_TABLES = {
    ("verbs",), ("style", "natural", "argm_prepositions"), ("style", "natural", "role_name_prepositions"),
    ("lexicon", "attributes"), ("lexicon", "argm_alternatives"), ("lexicon", "locatives"), ("lexicon", "entails"),
    ("lexicon", "attribute_bands"), ("lexicon", "noun_classes"), ("negatives", "kinds"),
}


def _check_keys(c: "_Checker", data: dict, reference: dict, keys: list[str]) -> None:
    """Refuse a key the default grammar does not have in the same table (a misspelling
    would otherwise be ignored silently), naming file, line and key."""
    for key, value in data.items():
        here = keys + [key]
        if key not in reference:
            if not keys and key == "extends":
                continue
            known = ", ".join(sorted(reference))
            c.fail(here, f"unknown key (known here: {known})")
        if isinstance(value, dict) and isinstance(reference[key], dict) and tuple(here) not in _OPEN_TABLES:
            _check_keys(c, value, reference[key], here)


def _read(path: Path) -> tuple[dict, str]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise GrammarError(path, None, f"cannot read grammar: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise GrammarError(path, None, f"not valid UTF-8 (byte offset {exc.start})") from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        # Python 3.11's tomllib puts the position only in the message
        m = re.search(r"line (\d+)", str(exc))
        line = getattr(exc, "lineno", None) or (int(m.group(1)) if m else None)
        raise GrammarError(path, None, f"TOML syntax error: {exc}", line) from None


def _merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _line_of(text: str, keys: list[str]) -> int | None:
    """Best-effort line of a key path: its table header, or its assignment, looked for
    first inside its own table (many tables have a "pairs"), then anywhere."""
    lines = text.splitlines()
    last = re.escape(keys[-1])
    key_re = re.compile(rf'^\s*"?{last}"?\s*=')

    def header_line(path: list[str]) -> int | None:
        header = ".".join(path)
        return next((i for i, line in enumerate(lines, 1)
                     if (s := line.strip().replace('"', "")).startswith("[") and s.strip("[]") == header), None)

    found = header_line(keys)
    if found:
        return found
    table = header_line(keys[:-1]) if len(keys) > 1 else None
    if table:
        for i in range(table + 1, len(lines) + 1):
            if lines[i - 1].lstrip().startswith("["):
                break  # the next table
            if key_re.match(lines[i - 1]):
                return i
    return next((i for i, line in enumerate(lines, 1) if key_re.match(line)), None)


class _Checker:
    def __init__(self, path: Path, text: str):
        self.path, self.text = path, text

    def fail(self, keys: list[str], reason: str):
        raise GrammarError(self.path, ".".join(keys), reason, _line_of(self.text, keys))

    def get(self, data: dict, keys: list[str], kind, required: bool = True):
        node = data
        for i, key in enumerate(keys):
            if not isinstance(node, dict):
                self.fail(keys[:i], "must be a table")
            if key not in node:
                if required:
                    self.fail(keys, "missing")
                return None
            node = node[key]
        if not isinstance(node, kind) or (kind is int and isinstance(node, bool)):
            names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
            self.fail(keys, f"must be {names}, got {type(node).__name__}")
        return node

    def strings(self, data, keys, required=True) -> list[str]:
        value = self.get(data, keys, list, required) or []
        if not all(isinstance(v, str) for v in value):
            self.fail(keys, "must be a list of strings")
        return value

    def words(self, data, keys, required=True) -> frozenset:
        """A list of strings, lower-cased, as a set: words the rules look up."""
        return frozenset(w.lower() for w in self.strings(data, keys, required))

    def template(self, keys: list[str], value, slots: set[str]) -> str:
        if not isinstance(value, str):
            self.fail(keys, f"must be a string template, got {type(value).__name__}")
        for slot in _SLOT.findall(value):
            if slot not in slots:
                self.fail(keys, f"unknown slot {{{slot}}} (allowed: {', '.join('{' + s + '}' for s in sorted(slots))})")
        if value.count("{") != value.count("}"):
            self.fail(keys, "unbalanced braces in template")
        return value


def _build(path: Path, name: str, data: dict, text: str) -> Grammar:
    c = _Checker(path, text)
    for keys, slots in _TEMPLATE_SLOTS.items():
        c.template(list(keys), c.get(data, list(keys), str), slots)
    figclip = c.get(data, ["style", "figclip"], dict)
    for sep in ("separator", "pair_separator", "last_separator"):
        c.get(data, ["style", "figclip", sep], str)
    natural = c.get(data, ["style", "natural"], dict)
    argm_kinds = c.strings(data, ["argm_kinds"])
    order = c.strings(data, ["style", "natural", "argm_order"])
    for kind in argm_kinds + ["scene"]:
        if kind not in order:
            c.fail(["style", "natural", "argm_order"], f"does not place ArgM kind {kind!r}")
    c.get(data, ["style", "natural", "manner_adverb_before_verb"], bool)
    c.get(data, ["style", "natural", "placeholder_subject"], str)
    c.get(data, ["style", "natural", "placeholder_group"], str, required=False)
    c.strings(data, ["style", "natural", "impersonal_verbs"], required=False)
    for table in ("argm_prepositions", "role_name_prepositions"):
        for k, v in c.get(data, ["style", "natural", table], dict).items():
            if not isinstance(v, str):
                c.fail(["style", "natural", table, k], "must be a string")
    clip = c.get(data, ["clip"], dict)
    if len(c.strings(data, ["clip", "connectives"])) < 2:
        c.fail(["clip", "connectives"], "needs at least two connectives")
    relations = c.get(data, ["clip", "relations"], dict)
    for rel in _RELATION_KEYS:
        if rel not in relations:
            c.fail(["clip", "relations", rel], "missing")
        c.template(["clip", "relations", rel], relations[rel], _RELATION_SLOTS)
    for rel, slots in _OPTIONAL_RELATIONS.items():
        if rel in relations:
            c.template(["clip", "relations", rel], relations[rel], slots)
    verbs = c.get(data, ["verbs"], dict, required=False) or {}
    for verb_id, table in verbs.items():
        if not isinstance(table, dict):
            c.fail(["verbs", verb_id], "must be a table")
        for role, spec in table.items():
            if role == "lemma":
                c.get(data, ["verbs", verb_id, role], str)
                continue
            if not re.fullmatch(r"Arg\d|ArgM-\w+", role) or not isinstance(spec, dict):
                c.fail(["verbs", verb_id, role], "expected a role type (Arg0..Arg9) mapped to a table, or lemma")
            for k, v in spec.items():
                if k != "preposition" or not isinstance(v, str):
                    c.fail(["verbs", verb_id, role, k], "only `preposition = \"...\"` is supported here")
    symmetric = c.strings(data, ["symmetric", "verbs"], required=False)
    lexicon = _lexicon(c, data)
    weights, per_kind = _negatives(c, data)
    digest = hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    return Grammar(
        path=str(path), name=name, sha256=digest, argm_kinds=frozenset(argm_kinds),
        figclip=figclip, natural=natural, clip=clip, verbs=verbs, symmetric=frozenset(symmetric),
        lexicon=lexicon, negatives=weights, per_kind=per_kind, raw=data,
    )


def _word_pairs(c: _Checker, data, path: list) -> frozenset:
    """A table of attribute word pairs that hold both ways (``[["grey", "silver"]]``), as
    lower-cased (a, b) and (b, a)."""
    pairs = set()
    for i, pair in enumerate(c.get(data, path, list, required=False) or []):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)):
            c.fail(path, f"entry {i} must be a pair of attribute words")
        a, b = pair[0].lower(), pair[1].lower()
        pairs |= {(a, b), (b, a)}
    return frozenset(pairs)


def _lexicon(c: _Checker, data) -> Lexicon:
    mass = c.strings(data, ["lexicon", "mass_nouns"])
    idioms = c.get(data, ["lexicon", "bare_pp_idioms"], list)
    for i, pair in enumerate(idioms):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)):
            c.fail(["lexicon", "bare_pp_idioms"], f"entry {i} must be a [preposition, noun] pair")
    attributes = {}
    for cls, words in c.get(data, ["lexicon", "attributes"], dict).items():
        attributes[cls] = c.strings(data, ["lexicon", "attributes", cls])
    alternatives = {}
    for kind, words in c.get(data, ["lexicon", "argm_alternatives"], dict).items():
        alternatives[kind] = c.strings(data, ["lexicon", "argm_alternatives", kind])
    opposites = {}
    for i, pair in enumerate(c.get(data, ["lexicon", "opposites", "pairs"], list)):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)):
            c.fail(["lexicon", "opposites", "pairs"], f"entry {i} must be a pair of strings")
        opposites.setdefault(pair[0], pair[1])
        opposites.setdefault(pair[1], pair[0])
    locatives = {}
    for head, prep in (c.get(data, ["lexicon", "locatives"], dict, required=False) or {}).items():
        if prep not in ("in", "on", "at"):
            c.fail(["lexicon", "locatives", head], 'must be "in", "on" or "at"')
        locatives[head.lower()] = prep
    entails = {}
    for verb in (c.get(data, ["lexicon", "entails"], dict, required=False) or {}):
        entails[verb.lower()] = c.words(data, ["lexicon", "entails", verb])
    verb_opposites: dict = {}
    for i, pair in enumerate(c.get(data, ["lexicon", "verb_opposites", "pairs"], list, required=False) or []):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)):
            c.fail(["lexicon", "verb_opposites", "pairs"], f"entry {i} must be a pair of verb lemmas")
        a, b = pair[0].lower(), pair[1].lower()
        verb_opposites.setdefault(a, set()).add(b)
        verb_opposites.setdefault(b, set()).add(a)
    band_of = {}
    for band in (c.get(data, ["lexicon", "attribute_bands"], dict, required=False) or {}):
        for word in c.strings(data, ["lexicon", "attribute_bands", band]):
            band_of[word.lower()] = band
    band_opposites = set()
    for i, pair in enumerate(c.get(data, ["lexicon", "attribute_opposites", "pairs"], list, required=False) or []):
        if not (isinstance(pair, list) and len(pair) == 2 and all(x in band_of.values() for x in pair)):
            c.fail(["lexicon", "attribute_opposites", "pairs"], f"entry {i} must be a pair of [lexicon.attribute_bands] names")
        band_opposites |= {tuple(pair), tuple(reversed(pair))}
    neighbours = _word_pairs(c, data, ["lexicon", "attribute_neighbours", "pairs"])
    hair_neighbours = _word_pairs(c, data, ["lexicon", "attribute_neighbours", "hair_pairs"])
    from srlcap.entities import CLASSES

    noun_classes = {}
    for noun, cls in (c.get(data, ["lexicon", "noun_classes"], dict, required=False) or {}).items():
        if cls not in CLASSES:
            c.fail(["lexicon", "noun_classes", noun], f"must be one of {', '.join(CLASSES)}")
        noun_classes[noun.lower()] = cls
    return Lexicon(
        entails=entails,
        verb_opposites={verb: frozenset(others) for verb, others in verb_opposites.items()},
        noun_classes=noun_classes,
        band_of=band_of,
        band_opposites=frozenset(band_opposites),
        neighbours=neighbours,
        hair_neighbours=hair_neighbours,
        hair_nouns=frozenset(w.lower() for w in c.strings(data, ["lexicon", "attribute_neighbours", "hair_nouns"],
                                                          required=False)),
        hair_colours=frozenset(w.lower() for w in c.strings(data, ["lexicon", "attribute_neighbours", "hair_colours"],
                                                            required=False)),
        path_nouns=frozenset(c.strings(data, ["lexicon", "path_nouns"], required=False)),
        definite_nouns=frozenset(c.strings(data, ["lexicon", "definite_nouns"], required=False)),
        count_ing_nouns=frozenset(c.strings(data, ["lexicon", "count_ing_nouns"], required=False)),
        locatives=locatives,
        mass_nouns=frozenset(mass),
        bare_pp_idioms=frozenset(tuple(p) for p in idioms),
        attribute_class={w: cls for cls, words in attributes.items() for w in words},
        attributes=attributes,
        argm_alternatives=alternatives,
        opposites=opposites,
        presupposed=c.words(data, ["lexicon", "presupposed", "verbs"], required=False),
        audiences=c.words(data, ["lexicon", "venues", "audiences"], required=False),
        venues=c.words(data, ["lexicon", "venues", "places"], required=False),
        roomy_verbs=c.words(data, ["lexicon", "cramped", "verbs"], required=False),
        cramped=c.words(data, ["lexicon", "cramped", "places"], required=False),
        speech_verbs=c.words(data, ["lexicon", "verb_kinds", "speech"], required=False),
        quiet_speech_verbs=c.words(data, ["lexicon", "verb_kinds", "quiet_speech"], required=False),
        looking_verbs=c.words(data, ["lexicon", "verb_kinds", "looking"], required=False),
        posture_verbs=c.words(data, ["lexicon", "verb_kinds", "posture"], required=False),
        seen_only=c.words(data, ["lexicon", "opposites", "seen_only"], required=False),
        vague=c.words(data, ["lexicon", "vague", "verbs"], required=False),
    )


def _negatives(c: _Checker, data) -> tuple[dict, int]:
    per_kind = c.get(data, ["negatives", "per_kind"], int)
    if per_kind < 0:
        c.fail(["negatives", "per_kind"], "must be >= 0")
    weights = {kind: 1.0 for kind in NEGATIVE_KINDS}  # a kind the grammar does not list is on, weight 1
    for kind, spec in (c.get(data, ["negatives", "kinds"], dict, required=False) or {}).items():
        keys = ["negatives", "kinds", kind]
        if kind not in NEGATIVE_KINDS:
            c.fail(keys, f"unknown negative kind (known: {', '.join(NEGATIVE_KINDS)})")
        if not isinstance(spec, dict):
            c.fail(keys, "must be a table: { enabled = true, weight = 1.0 }")
        for key in spec:
            if key not in ("enabled", "weight"):
                c.fail(keys + [key], "unknown key (known here: enabled, weight)")
        enabled = c.get(data, keys + ["enabled"], bool, required=False)
        weight = c.get(data, keys + ["weight"], (int, float), required=False)
        weight = 1.0 if weight is None else weight
        if weight < 0:
            c.fail(keys + ["weight"], "must be >= 0")
        weights[kind] = float(weight) if enabled is not False else 0.0
    return weights, per_kind
