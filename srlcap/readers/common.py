"""Checks shared by the readers: file decoding, fillers, role maps."""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from srlcap.errors import InputError
from srlcap.frames import Event, Role, parse_role_key

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
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs") and not ch.isspace() for ch in value):
        raise InputError(path, record, f"role {key!r}: filler contains control characters")
    text = _WS.sub(" ", value).strip()
    if not text:
        raise InputError(path, record, f"role {key!r}: empty filler")
    return text


def clean_word(path, record: str, field: str, value, pattern: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(path, record, f"{field} must be a non-empty string")
    value = value.strip()
    if len(value) > 100 or not re.fullmatch(pattern, value):
        raise InputError(path, record, f"{field} {value[:60]!r} is not a valid {field}")
    return value


VERB_PATTERN = r"[A-Za-z][A-Za-z'\-_ ]*(\s*\([^()]*\))?"
VERB_ID_PATTERN = r"[A-Za-z][A-Za-z'\-_]*\.\d{1,3}"


def verb_lemma(verb: str) -> str:
    """VidSitu's Verb may carry a gloss: 'deflect (block, avoid)' -> 'deflect'."""
    verb = verb.split("(", 1)[0].strip()
    return _WS.sub(" ", verb.replace("_", " ")).lower()


def make_event(path, record: str, name: str, verb, verb_id, args, relation, argm_kinds) -> Event:
    verb = verb_lemma(clean_word(path, record, "Verb", verb, VERB_PATTERN))
    if verb_id is None:
        verb_id = verb.replace(" ", "_") + ".01"
    verb_id = clean_word(path, record, "VerbID", verb_id, VERB_ID_PATTERN)
    if not isinstance(args, dict):
        raise InputError(path, record, f"Args must be an object of role key -> filler, got {type(args).__name__}")
    if len(args) > MAX_ROLES:
        raise InputError(path, record, f"{len(args)} roles (limit {MAX_ROLES})")
    roles, seen_types = [], set()
    for key, value in args.items():
        try:
            type_, role_name = parse_role_key(key, argm_kinds)
        except ValueError as exc:
            raise InputError(path, record, f"role {key!r}: {exc}") from None
        if type_ in seen_types:
            raise InputError(path, record, f"role {key!r}: a second {type_} role")
        seen_types.add(type_)
        roles.append(Role(key=key.strip(), type=type_, name=role_name, filler=clean_filler(path, record, key, value)))
    if relation is not None and not isinstance(relation, str):
        raise InputError(path, record, f"EvRel must be a string, got {type(relation).__name__}")
    return Event(name=name, verb=verb, verb_id=verb_id, roles=tuple(roles), relation=relation)
