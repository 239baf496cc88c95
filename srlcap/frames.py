"""The frame model every reader produces: Clip -> Event -> Role.

Role keys are kept exactly as the source wrote them ("Arg0 (pusher)"); the parsed
role type ("Arg0", "ArgM-manner", "Scene") and role name ("pusher") sit beside them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from srlcap.rolenames import clean_name

EVENT_NAMES = ("Ev1", "Ev2", "Ev3", "Ev4", "Ev5")
ANCHOR_EVENT = "Ev3"  # VidSitu states every event relation with respect to Ev3
REACTION = "Reaction To"  # the relation of an event that reacts to the anchor
RELATIONS = ("Causes", REACTION, "Enables", "NoRel")
EVENT_SECONDS = 2.0  # VidSitu: five 2-second events per 10-second clip
EVENTS_PER_CLIP = len(EVENT_NAMES)
#: FiGCLIP samples 4 frames per event (the paper's default; the trainer's ``--frames``)
FRAMES_PER_EVENT = 4

SCENE_KEY = "Scene of the Event"
_CORE_RE = re.compile(r"^Arg(\d)\s*\((.+)\)\s*$")
_ARGM_RE = re.compile(r"^ArgM\s*\((.+)\)\s*$")
# PropBank descriptions name a thematic label beside the verb-specific name
# ("agent, rewinder"); captions read better with the specific one.


def event_times(start: float, end: float, frames: int) -> list[float]:
    """Centres of ``frames`` equal slices of [start, end]: where an event's frames are
    sampled, by ``srlcap frames`` when it extracts them and by the trainer when it reads."""
    span = max(end - start, 1e-6)
    return [start + (j + 0.5) * span / frames for j in range(frames)]


@dataclass(frozen=True)
class Role:
    key: str  # as in the source
    type: str  # Arg0..Arg9, ArgM-<kind>, Scene
    name: str  # the name captions use
    filler: str
    entity: int = -1  # clip-level entity id; same filler string in a clip = same entity

    # Derived from ``type``; computed once (these are asked for in every inner loop).
    is_core: bool = field(init=False, repr=False, compare=False)
    argm: str | None = field(init=False, repr=False, compare=False)  # "manner", "scene" or None

    def __post_init__(self):
        is_core, argm = role_type_info(self.type)
        object.__setattr__(self, "is_core", is_core)
        object.__setattr__(self, "argm", argm)


@lru_cache(maxsize=None)
def role_type_info(t: str) -> tuple[bool, str | None]:
    """(is a core role, ArgM kind) of a role type; a handful of types, millions of roles."""
    return t.startswith("Arg") and not t.startswith("ArgM"), t[5:] if t.startswith("ArgM-") else "scene" if t == "Scene" else None


@dataclass(frozen=True)
class Event:
    name: str  # Ev1..Ev5
    verb: str  # lemma, phrasal verbs with a space: "pick up"
    verb_id: str  # PropBank roleset: "pick.04"
    roles: tuple[Role, ...]
    relation: str | None = None  # EvRel with respect to Ev3

    def __hash__(self) -> int:
        # computed once: events key the caches of a clip's realisation
        h = self.__dict__.get("_hash")
        if h is None:
            h = hash((self.name, self.verb, self.verb_id, self.roles, self.relation))
            object.__setattr__(self, "_hash", h)
        return h

    @property
    def index(self) -> int:
        return EVENT_NAMES.index(self.name) + 1 if self.name in EVENT_NAMES else 0

    def role(self, type_: str) -> Role | None:
        for role in self.roles:
            if role.type == type_:
                return role
        return None

    def with_roles(self, roles) -> "Event":
        return Event(self.name, self.verb, self.verb_id, tuple(roles), self.relation)


@dataclass(frozen=True)
class Clip:
    clip_id: str
    events: tuple[Event, ...]
    split: str = "train"
    ann_idx: int = 0
    source: str = ""  # file the clip came from, for messages
    meta: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def record(self) -> str:
        return f"clip {self.clip_id}" + (f" (annotation {self.ann_idx})" if self.ann_idx else "")


def parse_role_key(key: str, argm_kinds) -> tuple[str, str]:
    """Return (type, name) for a VidSitu role key, or raise ValueError naming the problem."""
    key = key.strip()
    if key == SCENE_KEY:
        return "Scene", "scene of the event"
    m = _CORE_RE.match(key)
    if m:
        return f"Arg{m.group(1)}", role_name(m.group(2))
    m = _ARGM_RE.match(key)
    if m:
        kind = m.group(1).strip().lower()
        if kind not in argm_kinds:
            raise ValueError(f"unknown ArgM kind {kind!r} (known: {', '.join(sorted(argm_kinds))})")
        return f"ArgM-{kind}", kind
    raise ValueError(
        "unknown role key (expected 'ArgN (name)', 'ArgM (kind)' or 'Scene of the Event')"
    )


def role_name(description: str) -> str:
    """'agent, rewinder' -> 'rewinder'; 'hitter - animate only!' -> 'hitter' (the
    cleaner of ``srlcap.rolenames``, which also makes the roleset lexicon's names)."""
    return clean_name(description) or description.strip()


def entity_id(ids: dict[str, int], filler: str) -> int:
    """The clip-level entity of a core filler: the same string (any case) is the same
    entity; ``ids`` is the clip's map so far."""
    return ids.setdefault(filler.lower(), len(ids))


def assign_entities(events: list[Event]) -> list[Event]:
    """Give every distinct filler of a clip an entity id (VidSitu's implicit coreference)."""
    ids: dict[str, int] = {}
    out = []
    for ev in events:
        roles = []
        for r in ev.roles:
            if r.is_core:
                roles.append(Role(r.key, r.type, r.name, r.filler, entity_id(ids, r.filler)))
            else:
                roles.append(r)
        out.append(ev.with_roles(roles))
    return out
