"""Checks shared by the readers: file decoding, fillers, role maps."""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from srlcap.errors import InputError
from srlcap.frames import Event, Role, entity_id, parse_role_key, role_type_info

MAX_FILLER_CHARS = 1000  # the longest real PropBank filler is under 600
MAX_ROLES = 16
MAX_FILE_BYTES = 2 * 1024**3
_WS = re.compile(r"\s+")


def load_json(path: Path):
    """Read a JSON file; any problem becomes an InputError naming the file and place."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(path, None, f"cannot read: {exc.strerror or exc}") from None
    if size > MAX_FILE_BYTES:
        raise InputError(path, None, f"file is {size} bytes, larger than srlcap reads at once")
    data = path.read_bytes()
    text = decode_utf8(path, data)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(path, None, f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise InputError(path, None, "JSON nested too deeply") from None


def decode_utf8(path: Path, data: bytes, record: str | None = None) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, record, f"not valid UTF-8 (byte offset {exc.start})") from None


def clean_filler(path, record: str, key: str, value) -> str:
    """Normalise white space; reject what no caption can carry."""
    if not isinstance(value, str):
        raise InputError(path, record, f"role {key!r}: filler must be a string, got {type(value).__name__}")
    if len(value) > MAX_FILLER_CHARS:
        raise InputError(path, record, f"role {key!r}: filler is {len(value)} characters (limit {MAX_FILLER_CHARS})")
    # isprintable() is False for every control, format, private-use and surrogate
    # character and for all white space but the ASCII space, so the per-character
    # look-up and the white-space regex run only for the rare rest
    printable = value.isprintable()
    if not printable and any(
        unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs") and not ch.isspace() for ch in value
    ):
        raise InputError(path, record, f"role {key!r}: filler contains control characters")
    text = value.strip() if printable and "  " not in value else _WS.sub(" ", value).strip()
    if not text:
        raise InputError(path, record, f"role {key!r}: empty filler")
    text = untokenise(text) if _TOKENISED.search(text) else text
    if " old " in text or "-old " in text:
        text = _AGE.sub(r"\1-\2-old", text)
    return _QUANTITY.sub(_thousands, text) if _DIGITS4.search(text) else text


_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?")
# an age before the noun it describes is one word, its parts hyphened ("the 40-year-old
# Mr. Pope", "a nine-year-old sister"; PropBank's "40 - year old", round13/q171); its unit
# singular, as in every compound modifier. Not an age said after the verb ("77 years old":
# plural unit, no noun after it)
_AGE = re.compile(r"\b(\d+|(?i:" + _NUMBER_WORD + r"))[- ](year|month|week|day)[- ]old(?= [\w$])")


_DIGITS4 = re.compile(r"\d{4}")
# a count of four or more digits before a unit is a quantity, written with its commas
# ("the entire 5,265-kilometer (3,272-mile) Amazon River"); a year is not ("1984 essay")
_QUANTITY = re.compile(r"(?<![\d,.$])(\d{4,})(?=[- ](?:kilometers?|kilometres?|km|miles?|meters?|metres?|feet|foot|"
                       r"yards?|pounds?|lbs?|tons?|tonnes?|acres?|gallons?|liters?|litres?|kilograms?|kg)\b)")


def _thousands(m: re.Match) -> str:
    return f"{int(m.group(1)):,}"


# Penn Treebank tokenisation, as PropBank-derived fillers carry it: "market 's",
# "well - known", "$ 700", "`` no ''", empty-category traces ("*PRO*", "*T*-1").
# Empty categories as PropBank's frame files write them: "*PRO*", "*T*-1", "*trace*",
# "*-1", "[*-43]", "[*]-1" (and a bare "*" as a whole filler: _TRACE)
_OPEN, _CLOSE = "\x01", "\x02"  # a quote mark known to open or to close a quotation
_EMPTY = r"\[?\*(?:[A-Za-z?]*\*(?:-\d+)?|-\d+)\]?|\[\*\](?:-\d+)?"
#: abbreviations English writes with a full stop, which the tokeniser spaced off ("No . 13", "Col . Muammar")
_ABBREVIATIONS = r"\b(?:No|Nos|Col|Gen|Lt|Sgt|Capt|Maj|Adm|Dr|Mr|Mrs|Ms|St|Jr|Sr|Rev|Gov|Sen|Rep|Prof|Co|Corp|Inc|Ltd|Bros|vs)"
_TOKENISED = re.compile(r" (?:'s|n't|'re|'ve|'ll|'d|'m|'|[,;:%]|-|/)(?: |$)|\$ \d|``|''|(?:^| )` |-[LR][RSC]B-|\[ |"
                        + _ABBREVIATIONS + r" \. |"
                        r'(?:^| )"(?: |$)|\( | \)|' + _EMPTY)


def _slash(m: re.Match) -> str:
    """A spaced slash between two words, set against them ("open/close", "Bush/Cheney"),
    but for a verse's line break: a lower-case word, then a line's capital ("in obedience
    / To dirty waters"), which quoted verse writes spaced."""
    before = m.string[:m.start()].rsplit(" ", 1)[-1]
    return m.group(0) if before[:1].islower() and m.string[m.end():m.end() + 1].isupper() else "/"


_UNTOKENISE = (
    (re.compile(r"\s*" + _EMPTY), ""),
    # square brackets the tokeniser spaced hold an editor's note, not the writer's words:
    # a gloss ("they [ talks ] come along", "the foreigners [ non - ethnic Chinese ]"), a
    # conversion ("[ US$ 13.73 ]"), "[ sic ]", a citation ("[ 73 ]"); a caption that kept
    # one reads as leftover annotation (round22/q093). But an isotope's label is part of
    # its compound's name, written against it ("[3H]FPP", "[14C]glucose")
    (re.compile(r"\[ (\d+[A-Z][a-z]?) \] ?"), r"[\1]"),
    (re.compile(r"\s*\[ [^\[\]]* \]"), ""),
    (re.compile(r"(?<=\w) - (?=\w)"), "-"),
    (re.compile(r" (?=(?:'s|n't|'re|'ve|'ll|'d|'m)\b)"), ""),
    (re.compile(r"(?<=s) '(?= |$)"), "'"),  # the plural possessive: "the horns ' rasps"
    (re.compile(r"\$ (?=\d)"), "$"),
    (re.compile(r"(" + _ABBREVIATIONS + r") \.(?= )"), r"\1."),
    # a slash between two words ("open / close", "50mg / day"): _slash
    (re.compile(r"(?<=[\w)]) / (?=[\w(])"), _slash),
    (re.compile(r" (?=[,;:%])"), ""),
    # Penn's opening and closing marks, kept apart until _close_quotes pairs them
    # (some fillers space the two marks: "` ` And hast thou")
    (re.compile(r"``\s*|` `\s*"), _OPEN),
    (re.compile(r"\s*''"), _CLOSE),
    (re.compile(r"-LRB-\s*|-LSB-\s*|-LCB-\s*"), "("),
    (re.compile(r"\s*-RRB-|\s*-RSB-|\s*-RCB-"), ")"),
    (re.compile(r"\( +"), "("),  # "( 3272-mile )": a bracket holds its words
    (re.compile(r" +\)"), ")"),
)


_RELATIVES = frozenset({"who", "whom", "which", "whose"})
# also PRO written without its stars, as some frame files do ("Pro gargles with
# Listerine", "PRO-2 tweaks"): only as a whole filler, where no word "pro" stands alone
_TRACE = re.compile(_EMPTY + r"|\*|(?i:pro)(?:-\d+)?")


# a single-quoted word or phrase, its marks spaced by the tokeniser (Penn's ` opens, ' closes):
# "a ' later '", "the ` portfolio insurance ' phenomenon", "the ' comeback kings'" (the
# plural possessive rule took the closing mark already); set against the words as written.
# Not a decade's apostrophe ("the ' 80s"), nor a possessive, whose mark follows its word.
_SINGLE_QUOTED = re.compile(r"(^|[\s(])[`'] (?!\d)([^'`\x01\x02\"]*?[^\s'`]) ?'(?=[\s.,;:!?)]|$)")


def untokenise(text: str) -> str:
    """A filler as written, from Penn Treebank tokens ("the market's", "well-known",
    "$700"; traces dropped). A filler that is nothing but a trace is kept as it is."""
    out = text
    for pattern, replacement in _UNTOKENISE:
        out = pattern.sub(replacement, out)
    out = " ".join(out.split())
    if "' " in out or "` " in out:
        out = _SINGLE_QUOTED.sub(r"\1'\2'", out)
    if '"' in out or _OPEN in out or _CLOSE in out:
        out = _close_quotes(out)
    if out.endswith(" ."):
        out = out[:-2]  # the sentence's full stop, left alone by a dropped quote mark: the caption has its own
    return out or text


_TITLE_WORD = re.compile(r"[A-Z][\w'-]*$")


def _close_quotes(text: str) -> str:
    """Quote marks as written English sets them: PropBank's tokens space them ('the "
    law "', '" the Little Mermaid "'). Marks pair up in order: Penn's `` opens and ''
    closes, a straight mark closes an open quotation or opens one; an opening mark sits
    against the word after it, a closing one against the word before. A mark left
    without its partner (the filler's span cut the quotation: '`` many times') is
    dropped: a lone mark reads as leftover annotation. A quoted title whose other long
    words all have capitals gets one on its first word ("The Little Mermaid"): the lower
    case is the sentence's, not the title's."""
    pieces = re.split(r'(["\x01\x02])', text)  # text, mark, text, mark, ...
    opened = None  # index of the piece of the mark that opened the quotation now open
    keep = set()  # indices of marks that pair
    for i in range(1, len(pieces), 2):
        mark = pieces[i]
        if opened is not None and mark != _OPEN:
            keep.update((opened, i))
            opened = None
        elif mark != _CLOSE:
            opened = i  # an earlier open mark with no partner is dropped
    out, inside = [], False
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            if inside:
                piece = re.sub(r" +([.,;:!?])", r"\1", piece.strip())  # "Callooh ! Callay !": the tokeniser's
                words = piece.split()
                long_words = [w for w in words[1:] if len(w) > 3]
                if words and words[0].islower() and long_words and all(_TITLE_WORD.match(w) for w in long_words):
                    piece = piece[0].upper() + piece[1:]
            out.append(piece)
        elif i in keep:
            inside = not inside
            out.append('"' if inside else '" ')
            if inside:
                before = out[-2].rstrip()
                out[-2] = before + ("" if not before or before.endswith(("(", "[")) else " ")
    text = "".join(out)
    text = re.sub(r'" (?=[.,;:!?)]|$)', '"', text)
    return " ".join(text.split())


def clean_word(path, record: str, field: str, value, pattern: re.Pattern) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(path, record, f"{field} must be a non-empty string")
    value = value.strip()
    if len(value) > 100 or not pattern.fullmatch(value):
        raise InputError(path, record, f"{field} {value[:60]!r} is not a valid {field}")
    return value


VERB_PATTERN = re.compile(r"[A-Za-z][A-Za-z'\-_ ]*(\s*\([^()]*\))?")
VERB_ID_PATTERN = re.compile(r"[A-Za-z][A-Za-z'\-_]*\.\d{1,3}")


@lru_cache(maxsize=65536)
def verb_lemma(verb: str) -> str:
    """VidSitu's Verb may carry a gloss: 'deflect (block, avoid)' -> 'deflect'."""
    verb = verb.split("(", 1)[0].strip()
    return _WS.sub(" ", verb.replace("_", " ")).lower()


def _check_verb(path, record, verb, verb_id) -> tuple[str, str]:
    """(lemma, roleset id) from an event's Verb and VerbID (None: made from the verb)."""
    verb = verb_lemma(clean_word(path, record, "Verb", verb, VERB_PATTERN))
    if verb_id is None:
        verb_id = verb.replace(" ", "_") + ".01"
    return verb, clean_word(path, record, "VerbID", verb_id, VERB_ID_PATTERN)


@lru_cache(maxsize=65536)
def _checked_verb(verb: str, verb_id: str | None) -> tuple[str, str] | InputError:
    try:
        return _check_verb(None, None, verb, verb_id)
    except InputError as exc:
        return exc


@lru_cache(maxsize=65536)
def _role_key(key: str, argm_kinds: frozenset) -> tuple[str, str] | str:
    """(type, name) of a role key, or the reason it is not one (keys recur in every clip)."""
    try:
        return parse_role_key(key, argm_kinds)
    except ValueError as exc:
        return str(exc)


def make_event(path, record: str, name: str, verb, verb_id, args, relation, argm_kinds, entities: dict | None = None) -> Event:
    """One checked Event. ``entities``: the clip's filler -> entity id map, shared by
    its events, so core roles get their entity as they are made (as assign_entities)."""
    if isinstance(verb, str) and isinstance(verb_id, (str, type(None))):
        checked = _checked_verb(verb, verb_id)  # a few thousand verbs over a whole split
        if isinstance(checked, InputError):
            raise InputError(path, record, checked.reason)
        verb, verb_id = checked
    else:
        verb, verb_id = _check_verb(path, record, verb, verb_id)
    if not isinstance(args, dict):
        raise InputError(path, record, f"Args must be an object of role key -> filler, got {type(args).__name__}")
    if len(args) > MAX_ROLES:
        raise InputError(path, record, f"{len(args)} roles (limit {MAX_ROLES})")
    roles, seen_types = [], set()
    for key, value in args.items():
        parsed = _role_key(key, argm_kinds if isinstance(argm_kinds, frozenset) else frozenset(argm_kinds))
        if isinstance(parsed, str):
            raise InputError(path, record, f"role {key!r}: {parsed}")
        type_, role_name = parsed
        if type_ in seen_types:
            raise InputError(path, record, f"role {key!r}: a second {type_} role")
        seen_types.add(type_)
        filler = clean_filler(path, record, key, value)
        if _TRACE.fullmatch(filler) or filler.lower() in _RELATIVES:
            # an empty category ("*PRO*") or a relative pronoun ("who" of "the man who
            # ran"): PropBank's pointer to a filler said elsewhere, not a filler
            continue
        entity = -1
        if entities is not None and role_type_info(type_)[0]:
            entity = entity_id(entities, filler)
        roles.append(Role(key.strip(), type_, role_name, filler, entity))
    if relation is not None and not isinstance(relation, str):
        raise InputError(path, record, f"EvRel must be a string, got {type(relation).__name__}")
    return Event(name=name, verb=verb, verb_id=verb_id, roles=tuple(roles), relation=relation)
