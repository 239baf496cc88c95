"""Verb negatives, from a verb lexicon learnt from the dataset being built.

``verb_replace`` draws a frame-compatible verb (its roles cover the frame's core
roles) in proportion to how often verbs occur as positives, favouring verbs seen with
the same Arg1 head; ``figclip_verb`` is FiGCLIP's artificial negative: any compatible
verb, drawn uniformly, with its own role names (walk/walker -> jog/jogger).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from srlcap.entities import near_synonyms, phrase_class
from srlcap.frames import Event, Role
from srlcap.grammar.realise import is_speech_role
from srlcap.negatives.base import Candidate, generator


@dataclass
class VerbEntry:
    verb_id: str
    lemma: str
    names: dict  # core role type -> most common role name
    count: int = 0
    arg1_heads: set = field(default_factory=set)
    argms: set = field(default_factory=set)  # ArgM kinds (and "scene") seen with the verb
    manners: set = field(default_factory=set)  # manner fillers (lower-cased) seen with the verb
    # core role type -> what its fillers were seen to be (entity classes, "quote",
    # "clause"): what the verb takes, so a new verb is given only fillers of such kinds
    takes: dict = field(default_factory=dict)
    bare: int = 0  # events seen without an Arg1: 0 for a verb only seen transitive


class VerbLexicon:
    def __init__(self, entries: dict[str, VerbEntry]):
        self.entries = entries
        self._pools: dict = {}
        self._confusable: dict = {}
        self.by_arg1_head: dict[str, list[str]] = defaultdict(list)
        for e in sorted(entries.values(), key=lambda e: e.verb_id):
            for head in sorted(e.arg1_heads):
                self.by_arg1_head[head].append(e.verb_id)

    @classmethod
    def from_clips(cls, clips, analyse, noun_classes: dict | None = None) -> "VerbLexicon":
        names: dict = defaultdict(lambda: defaultdict(Counter))
        takes: dict = defaultdict(lambda: defaultdict(set))
        counts, lemmas, heads, argms, manners = Counter(), {}, defaultdict(set), defaultdict(set), defaultdict(set)
        bare = Counter()
        for clip in clips:
            for ev in clip.events:
                counts[ev.verb_id] += 1
                bare[ev.verb_id] += not any(r.type == "Arg1" for r in ev.roles)
                lemmas.setdefault(ev.verb_id, ev.verb)
                for r in ev.roles:
                    if r.argm:
                        argms[ev.verb_id].add(r.argm)
                        if r.argm == "manner":
                            manners[ev.verb_id].add(r.filler.lower())
                    if r.is_core:
                        names[ev.verb_id][r.type][r.name] += 1
                        kind = filler_kind(r, analyse(r.filler), noun_classes)
                        if kind is not None:
                            takes[ev.verb_id][r.type].add(kind)
                        if r.type == "Arg1":
                            heads[ev.verb_id].add(analyse(r.filler).head.lemma)
        entries = {
            vid: VerbEntry(
                verb_id=vid, lemma=lemmas[vid], count=counts[vid], arg1_heads=heads[vid], argms=argms[vid],
                manners=manners[vid], takes={t: frozenset(k) for t, k in takes[vid].items()}, bare=bare[vid],
                # ties broken by name so the lexicon does not depend on input order
                names={t: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for t, c in names[vid].items()},
            )
            for vid in sorted(counts)
        }
        return cls(entries)

    def add_file(self, path) -> None:
        """Add verbs from a user lexicon file (TOML), for verbs the dataset lacks::

            [[verb]]
            id = "jog.01"
            lemma = "jog"
            roles = { Arg0 = "jogger", Arg1 = "path" }
            argms = ["direction", "manner"]   # optional: ArgM kinds it goes with
            count = 3                         # optional: weight as if seen this often

        A verb already learnt from the dataset keeps its names and adds the count."""
        import re
        import tomllib

        from srlcap.errors import GrammarError

        try:
            data = tomllib.loads(open(path, "rb").read().decode("utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise GrammarError(path, None, f"cannot read verb lexicon: {exc}") from None
        verbs = data.get("verb")
        if not isinstance(verbs, list) or set(data) - {"verb"}:
            raise GrammarError(path, None, "a verb lexicon is a list of [[verb]] tables and nothing else")
        for i, v in enumerate(verbs):
            key = f"verb[{i}]"
            if not isinstance(v, dict) or set(v) - {"id", "lemma", "roles", "argms", "count"}:
                raise GrammarError(path, key, "keys allowed: id, lemma, roles, argms, count")
            vid, lemma, roles = v.get("id"), v.get("lemma"), v.get("roles")
            if not isinstance(vid, str) or not re.fullmatch(r"[A-Za-z][\w'\-]*\.\d{1,3}", vid):
                raise GrammarError(path, key + ".id", "must be a roleset id such as 'jog.01'")
            if not isinstance(lemma, str) or not lemma.strip():
                raise GrammarError(path, key + ".lemma", "must be a non-empty string")
            if not isinstance(roles, dict) or not roles or not all(
                re.fullmatch(r"Arg\d", k) and isinstance(n, str) and n for k, n in roles.items()
            ):
                raise GrammarError(path, key + ".roles", "must map core role types (Arg0..Arg9) to role names")
            argms = v.get("argms", [])
            count = v.get("count", 1)
            if not isinstance(argms, list) or not all(isinstance(a, str) for a in argms):
                raise GrammarError(path, key + ".argms", "must be a list of ArgM kinds")
            if not isinstance(count, int) or isinstance(count, bool) or count < 1:
                raise GrammarError(path, key + ".count", "must be a positive integer")
            entry = self.entries.get(vid)
            if entry is None:
                self.entries[vid] = VerbEntry(verb_id=vid, lemma=lemma.strip().lower(), names=dict(roles),
                                              count=count, argms=set(argms))
            else:
                entry.count += count
                entry.argms |= set(argms)
        self._pools.clear()
        self._confusable.clear()

    def pools(self, core_types: frozenset, argms: frozenset = frozenset()) -> list[tuple[list[VerbEntry], list[int]]]:
        """Frame-compatible verbs with cumulative frequency weights, closest match first:
        the same core roles and seen with the frame's ArgM kinds ("walks along the pier"
        -> no verb never seen with a direction), then roles that cover the frame's, then
        core roles alone. A transitive verb in place of an intransitive one ("a man
        throws") would be a give-away, not a hard negative. Only pools with a few lemmas
        to choose from are kept (a pool of two verbs would repeat them), the widest as a
        last resort."""
        key = (core_types, argms)
        if key not in self._pools:
            entries = self.entries.values()
            shapes = (
                [e for e in entries if core_types == e.names.keys() and argms <= e.argms],
                [e for e in entries if core_types <= e.names.keys() and argms <= e.argms],
                [e for e in entries if core_types <= e.names.keys()],
            )
            # drawn in proportion to how often each verb is a positive, whatever its
            # rarity: a negative that favours common verbs ("holds" for "deepfries") is
            # told apart by its verb alone (a blind model's 77% on PropBank's frames)
            tiers, seen = [], set()
            for shape in shapes:
                ids = tuple(e.verb_id for e in shape)
                if len({e.lemma for e in shape}) > 3 and ids not in seen:
                    seen.add(ids)
                    tiers.append(shape)
            tiers = tiers or [shapes[-1]]
            self._pools[key] = [(t, list(accumulate(e.count for e in t))) for t in tiers]
        return self._pools[key]

    def pools_for(self, event) -> list[tuple[list[VerbEntry], list[int]]]:
        """:meth:`pools` for the shape of this frame: its core roles and ArgM kinds."""
        return self.pools(_core_types(event), _argms(event))

    def confusable(self, arg1_head: str, core_types: frozenset) -> list[VerbEntry]:
        """Compatible verbs seen with the same Arg1 head ("opens the door", "closes the door")."""
        key = (arg1_head, core_types)
        if key not in self._confusable:
            self._confusable[key] = [
                self.entries[v] for v in self.by_arg1_head.get(arg1_head, ()) if core_types <= self.entries[v].names.keys()
            ]
        return self._confusable[key]


def _core_types(event) -> frozenset:
    return frozenset(r.type for r in event.roles if r.is_core)


def _argms(event) -> frozenset:
    return frozenset(r.argm for r in event.roles if r.argm)


def _replaced(ctx, event, entry: VerbEntry, rng=None):
    """The frame with the entry's verb and role names.

    A core filler that brings the old verb's preposition ("advocates *for* them", "meets
    *with* the board") loses it, so the new verb's own comes from its roleset (or none):
    "retreats to the culture", "pries to cable" otherwise. A manner never seen with the
    new verb ("nods in terror" kept from "screams in terror" gives the swap away) is
    redrawn from the manners seen with it, and a direction or goal it was never seen with
    ("laughs backwards") is dropped; so the negative keeps the positive's shape (a
    text model would learn that negatives lack adverbs); without any, or in a frame with
    no agent (a person's manner on "the doors are held"), it is dropped."""
    names = entry.names
    agent = any(r.type == "Arg0" for r in event.roles)
    roles = []
    for r in event.roles:
        if r.is_core:
            roles.append(Role(r.key, r.type, names.get(r.type, r.name), _object_of(ctx, r), r.entity))
        elif r.argm in _PATHS and entry.takes and r.argm not in entry.argms:
            continue  # a path the new verb was never seen with: "laughs backwards"
        elif r.argm != "manner" or _manner_fits(r.filler, entry):
            roles.append(r)
        elif entry.manners and rng is not None and agent:
            seen = sorted(entry.manners)
            roles.append(Role(r.key, r.type, r.name, seen[rng.randrange(len(seen))], r.entity))
    return Event(event.name, entry.lemma, entry.verb_id, tuple(roles), event.relation)


_PATHS = ("direction", "goal")


def _object_of(ctx, role: Role) -> str:
    """A core filler without its leading preposition ("with the board" -> "the board");
    other fillers as they are."""
    if role.type == "Arg0":
        return role.filler
    p = ctx.analyse(role.filler)
    span = p.entity_span()
    if p.kind != "pp" or span is None or span[0] == 0 or span[1] != len(p.tokens):
        return role.filler
    if any(t.pos != "ADP" for t in p.tokens[:span[0]]):
        return role.filler
    obj = p.tail(span[0])
    # known to the analysis without a parse: a parse per new text cost more than the
    # rest of the build's realisation together
    return ctx.analyse.known(obj)


def filler_kind(role: Role, phrase, noun_classes: dict | None = None) -> str | None:
    """What a core filler is, for selection: "quote" (what is said, by the role's name
    or the filler's form), "clause", or its entity class."""
    if phrase.kind == "quote" or is_speech_role(role.name):
        return "quote"
    if phrase.kind == "clause":
        return phrase.kind
    return phrase_class(phrase, noun_classes)


def _takes(ctx, event, entry: VerbEntry) -> bool:
    """Whether the new verb was seen taking fillers of the kinds this frame has, role by
    role: no "opens a 'Get down!'" (a quote given to a verb that takes things), no
    "chases the mirror", "nods a man", no "the rivalry deepfries" (deepfry seen with
    a cook, never with an abstraction). An agent or object of a known kind needs that
    evidence; other roles are let be without any, as is a verb from a user's lexicon."""
    if entry.takes and not entry.bare and not any(r.type == "Arg1" for r in event.roles):
        return False  # a verb only seen with an object, given none: "carefully carries backwards"
    for r in event.roles:
        if not r.is_core:
            continue
        seen = entry.takes.get(r.type)
        if not seen and not (entry.takes and r.type in ("Arg0", "Arg1")):
            continue  # no evidence either way (a verb from a user's lexicon)
        key = ("filler kind", r.name, r.filler)
        kind = ctx.memo.get(key, False)
        if kind is False:
            kind = ctx.memo[key] = filler_kind(r, ctx.analyse(r.filler), ctx.grammar.lexicon.noun_classes)
        if kind is not None and kind not in (seen or ()):
            return False
    return True


def _manner_fits(filler: str, entry: VerbEntry) -> bool:
    # a verb from a user's lexicon declares manners without listing them
    return filler.lower() in entry.manners or (not entry.manners and "manner" in entry.argms)


def _acceptable(ctx, event, entry: VerbEntry) -> bool:
    """Whether the verb makes the caption false (:func:`_says_other`) and was seen taking
    fillers of the frame's kinds (:func:`_takes`)."""
    if not _takes(ctx, event, entry):  # the cheaper test, and the one that rejects most
        return False
    key = ("says other", event.verb, event.verb_id, entry.verb_id)
    other = ctx.memo.get(key)
    if other is None:
        other = ctx.memo[key] = _says_other(ctx, event.verb, event.verb_id, entry)
    return other


def _says_other(ctx, verb: str, verb_id: str, entry: VerbEntry) -> bool:
    """Not the same lemma or roleset, not a WordNet synonym, hypernym, hyponym or
    entailment ("cries out" -> "shouts"), nor one the grammar's `[lexicon.entails]` pairs
    with it ("hugs" -> "holds"), not a verb whose VerbNet classes in PropBank's frames
    mostly coincide with the original's (throw/cast)."""
    if entry.lemma == verb or entry.verb_id == verb_id or near_synonyms(entry.lemma, verb):
        return False
    entails = ctx.grammar.lexicon.entails or {}
    if entry.lemma in entails.get(verb, ()) or verb in entails.get(entry.lemma, ()):
        return False
    rolesets = ctx.realiser.rolesets
    old, new = rolesets.roleset(verb_id), rolesets.roleset(entry.verb_id)
    if old is None or new is None:
        return True
    # VerbNet classes group verbs by their frames, so push and pull share some: only
    # verbs whose classes mostly coincide are taken as saying the same
    a, b = _classes(old.verbnet), _classes(new.verbnet)
    return not (a and b and 2 * len(a & b) >= len(a | b))


@lru_cache(maxsize=None)
def _classes(verbnet: tuple) -> frozenset:
    """VerbNet classes without their subclass ("throw-17.1-1" -> "throw-17.1")."""
    return frozenset(m.group(0) for v in verbnet if (m := re.match(r"[A-Za-z_]+-[\d.]*\d", v)))


@generator
def verb_replace(ctx, clip, event, rng, tries: int = 40):
    """the verb, by a frame-compatible verb

    The verb is replaced by a frame-compatible verb (its roles cover the frame's core
    roles), drawn in proportion to how often verbs occur as positives and favouring verbs
    seen with the same Arg1 head. Same lemma or roleset, a WordNet synonym, hypernym,
    hyponym or entailment, and a verb whose VerbNet classes mostly coincide with the
    original's are never used."""
    lex = ctx.verbs
    arg1 = event.role("Arg1")
    confusable = lex.confusable(ctx.analyse(arg1.filler).head.lemma, _core_types(event)) if arg1 else []
    tried = set()
    # the next pool only once one has given all it can
    for pool, cum in lex.pools_for(event):
        if not pool:
            continue
        for i in range(tries):
            if confusable and i % 2 == 0:
                entry = confusable[rng.randrange(len(confusable))]
            else:
                entry = pool[bisect.bisect_right(cum, rng.random() * cum[-1])]
            if entry.verb_id in tried:
                continue
            tried.add(entry.verb_id)  # drawn again, it is skipped whether taken or not
            if _acceptable(ctx, event, entry):
                yield Candidate(_replaced(ctx, event, entry, rng), f"{event.verb_id} -> {entry.verb_id}")


@generator
def figclip_verb(ctx, clip, event, rng, tries: int = 40):
    """the verb and its role names (FiGCLIP's negatives)

    FiGCLIP's artificial negatives: the verb is replaced together with its verb-specific
    role names (walk/walker becomes jog/jogger), nouns and ArgM fillers kept. The grammar
    asks for four per event (`weight = 4.0`). Most visible in the `figclip` style.

    Drawn by frequency, like the positives' verbs, so that rare verbs do not mark the
    negatives."""
    tried = set()
    for pool, cum in ctx.verbs.pools_for(event):
        if not pool:
            continue
        for _ in range(tries):
            entry = pool[bisect.bisect_right(cum, rng.random() * cum[-1])]
            if entry.verb_id in tried:
                continue
            tried.add(entry.verb_id)
            if _acceptable(ctx, event, entry):
                yield Candidate(_replaced(ctx, event, entry, rng), f"{event.verb} -> {entry.lemma} (with its role names)")
