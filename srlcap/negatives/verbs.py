"""Verb negatives, from a verb lexicon learnt from the dataset being built.

``verb_replace`` draws a frame-compatible verb (its roles cover the frame's core
roles) in proportion to how often verbs occur as positives, favouring verbs seen with
the same Arg1 head; ``figclip_verb`` is FiGCLIP's artificial negative: any compatible
verb, drawn by frequency, with its own role names (walk/walker -> jog/jogger).

A drawn verb must make the caption false, fluent and plausible:

- *selection* (:func:`_selects`): each kept core filler is of a kind the new verb was
  seen taking in that role: the WordNet supersense of its head (noun.person,
  noun.artifact, ...), "quote" or "clause" (:func:`selection_kind`), as PropBank's own
  examples of the roleset show them (``grammars/selection_propbank.json``) or the
  dataset does. No "a wardrobe fracks", "a nurse opens an old man", "smirks the boxes"
  (smirk is never seen with an object), "cows moo" -> "cows pride"; a thing as subject
  or object must be of a WordNet category the verb was seen with ("closes a guitar"
  from a verb seen closing doors and boxes);
- *opposites first*: where the verb has an opposite that takes the frame (WordNet's
  antonyms, the grammar's `[lexicon.verb_opposites]`: "pulls" for "pushes", "frowns"
  for "smiles"), only opposites are said: most other verbs may be true at the same
  moment ("stares" or "smiles" while one laughs);
- *familiar*: no verb SemCor never tags ("curries the Golden Gate", "the
  patient cubs"): a reader cannot picture it (:data:`MIN_FAMILIARITY`);
- *contrast*: verbs of the original's WordNet field (verb.motion, verb.communication,
  ...) are drawn first: co-hyponyms are clearly false and still plausible ("kicks" ->
  "punches"); a frame where a drawn verb is rarely false of a video (no agent acting
  on something or someone, a verb of perception, an abstract filler) takes only an
  opposite (:func:`_opposites_only`), and so does written prose;
- *not the same* (:func:`_says_other`): no synonym, hypernym, entailment, nor a verb
  seen acting on the same thing in one clip (steps of one activity: grabs, carries);
- *complete*: a verb of passing a thing on that the dataset always says with its
  recipient, or of putting it somewhere always said with its destination, is not drawn
  for a frame without one (:func:`_wants_recipient`: no "hands the envelope", no
  "puts the envelope in a parking garage");
- *modifiers* (:func:`_replaced`): a kept direction, goal or manner must have been seen
  with the new verb (in PropBank's examples or the dataset), else it is redrawn or
  dropped (the place a verb of putting or hiding puts its thing is its goal:
  :func:`_moves_to`); someone an opposite keeps after a preposition of a source or a goal must
  be said so in its examples (:func:`_same_way`: no "reveals a key from her brother").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, combinations

from srlcap.entities import (MOTION, NAME, PERCEPTION, named_for_acts, near_synonyms, phrase_category, phrase_supersense,
                              verb_familiarity, verb_antonym_via, verb_antonyms, verb_field, verb_opposites,
                              verb_supersenses)
from srlcap.frames import Event, Role
from srlcap.grammar.realise import is_speech_role
from srlcap.lexicon import RolesetLexicon, SelectionLexicon
from srlcap.rolenames import leading_preposition
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
    paths: frozenset = frozenset()  # (ArgM kind, path_class) of its directions and goals
    # core role type -> what its fillers were seen to be (selection_kind: supersenses,
    # "quote", "clause") in the dataset: with PropBank's examples, what the verb takes
    takes: dict = field(default_factory=dict)
    # core role type -> the WordNet categories (phrase_category) of its noun fillers
    categories: dict = field(default_factory=dict)
    bare: int = 0  # events seen without an Arg1: 0 for a verb only seen transitive
    alone: int = 0  # events whose one core role is the Arg1 ("Prices fall")
    filled: dict = field(default_factory=dict)  # core role type -> events of the dataset that fill it
    learnt: bool = False  # seen in the dataset (not only declared by a user's lexicon)


class VerbLexicon:
    def __init__(self, entries: dict[str, VerbEntry], together: dict | None = None):
        self.entries = entries
        # lemma -> lemmas seen acting on the same thing in one clip ("grabs the
        # notebook", "carries the notebook"): steps of one activity, which a video
        # showing one may show with the other, so neither is a negative of the other
        self.together = together or {}
        self._pools: dict = {}
        self._roles: dict | None = None  # :meth:`_entry_roles`
        self._field_indexes: dict = {}  # (pools key, pool number) -> _field_index of that pool
        self._confusable: dict = {}
        self.by_arg1_head: dict[str, list[str]] = defaultdict(list)
        self.by_lemma: dict[str, list[VerbEntry]] = defaultdict(list)
        for e in sorted(entries.values(), key=lambda e: e.verb_id):
            self.by_lemma[e.lemma].append(e)
            for head in sorted(e.arg1_heads):
                self.by_arg1_head[head].append(e.verb_id)

    @classmethod
    def from_clips(cls, clips, analyse) -> "VerbLexicon":
        names: dict = defaultdict(lambda: defaultdict(Counter))
        takes: dict = defaultdict(lambda: defaultdict(set))
        categories: dict = defaultdict(lambda: defaultdict(set))
        passive_people: dict = defaultdict(lambda: defaultdict(set))  # verb -> role -> nouns
        counts, lemmas, heads, argms, manners = Counter(), {}, defaultdict(set), defaultdict(set), defaultdict(set)
        bare, paths, together = Counter(), defaultdict(set), defaultdict(set)
        alone = Counter()
        for clip in clips:
            acted_on = defaultdict(set)  # an Arg1 filler -> the verbs acting on it in the clip
            for ev in clip.events:
                arg1 = ev.role("Arg1")
                if arg1 is not None:
                    acted_on[arg1.filler.lower()].add(ev.verb)
            for verbs in acted_on.values():
                for verb in verbs:
                    together[verb] |= verbs - {verb}
            # one doer acting on one other twice in a clip ("grabs the man", "punches him";
            # "picks up the envelope", "opens it"): steps of one activity too
            for a, b in combinations(clip.events, 2):
                if a.verb != b.verb and _same_doer_and_other(a, b):
                    together[a.verb].add(b.verb)
                    together[b.verb].add(a.verb)
            agents = {r.filler.lower() for ev in clip.events for r in ev.roles if r.type == "Arg0"}
            for ev in clip.events:
                counts[ev.verb_id] += 1
                bare[ev.verb_id] += not any(r.type == "Arg1" for r in ev.roles)
                alone[ev.verb_id] += {r.type for r in ev.roles if r.is_core} == {"Arg1"}
                lemmas.setdefault(ev.verb_id, ev.verb)
                for r in ev.roles:
                    if r.argm:
                        argms[ev.verb_id].add(r.argm)
                        if r.argm == "manner":
                            manners[ev.verb_id].add(r.filler.lower())
                        elif r.argm in _PATHS or _moves_to(r):
                            paths[ev.verb_id].add((_path_kind(r), path_class(leading_preposition(r.filler))))
                    if r.is_core:
                        names[ev.verb_id][r.type][r.name] += 1
                        p = analyse(r.filler)
                        kind = selection_kind(r.name, p)
                        if kind == "noun.person" and r.type != "Arg0" and r.filler.lower() not in agents:
                            # a person by WordNet's first sense who does nothing in the
                            # clip may be a thing ("closes a washer" in a Laundromat: the
                            # machine): evidence once two nouns show it (below)
                            passive_people[ev.verb_id][r.type].add(p.head.lemma)
                        elif kind is not None:
                            takes[ev.verb_id][r.type].add(kind)
                        category = selection_category(kind, p)
                        if category is not None:
                            categories[ev.verb_id][r.type].add(category)
                        if r.type == "Arg1":
                            heads[ev.verb_id].add(p.head.lemma)
        for vid, by_type in passive_people.items():
            for role_type, nouns in by_type.items():
                if len(nouns) >= 2:
                    takes[vid][role_type].add("noun.person")
        entries = {
            vid: VerbEntry(
                verb_id=vid, lemma=lemmas[vid], count=counts[vid], arg1_heads=heads[vid], argms=argms[vid],
                manners=manners[vid], takes={t: frozenset(k) for t, k in takes[vid].items()}, bare=bare[vid],
                alone=alone[vid], learnt=True,
                categories={t: frozenset(c) for t, c in categories[vid].items()},
                paths=frozenset(paths[vid]),
                filled={t: sum(c.values()) for t, c in names[vid].items()},
                # ties broken by name so the lexicon does not depend on input order
                names={t: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for t, c in names[vid].items()},
            )
            for vid in sorted(counts)
        }
        return cls(entries, {verb: frozenset(others) for verb, others in together.items() if others})

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
                entry = self.entries[vid] = VerbEntry(verb_id=vid, lemma=lemma.strip().lower(), names=dict(roles),
                                                      count=count, argms=set(argms))
                self.by_lemma[entry.lemma].append(entry)
            else:
                entry.count += count
                entry.argms |= set(argms)
        self._pools.clear()
        self._roles = None
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
            # the entries grouped by their set of core roles (a few dozen sets), each
            # set compared once rather than each verb: same lists, in entry order
            groups = self._entry_roles()
            covering = sorted(pair for ks, members in groups.items() if core_types <= ks for pair in members)
            covered = [e for _, e in covering]
            shapes = (
                [e for _, e in groups.get(core_types, ()) if argms <= e.argms],
                [e for e in covered if argms <= e.argms] if argms else covered[:],
                covered,
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

    def _entry_roles(self) -> dict:
        """Set of core role types -> [(position in entry order, entry)] of the entries
        with those roles; made again after :meth:`add_file` changes the entries."""
        if self._roles is None:
            self._roles = defaultdict(list)
            for i, e in enumerate(self.entries.values()):
                self._roles[frozenset(e.names)].append((i, e))
        return self._roles

    def field_pools(self, event, fields: frozenset) -> list[tuple[list[VerbEntry], list[int]]]:
        """:meth:`pools_for` the frame, each pool kept to the verbs of one of ``fields``
        (WordNet verb supersenses: :func:`_fields`), with their weights."""
        key = (_core_types(event), _argms(event), fields)
        if key not in self._pools:
            narrowed = []
            for i, (pool, _) in enumerate(self.pools(*key[:2])):
                # positions of each field's verbs in the pool, indexed once per pool (a
                # frame shape is asked for with many fields)
                index = self._field_indexes.get((key[:2], i))
                if index is None:
                    index = self._field_indexes[(key[:2], i)] = _field_index(pool)
                at = sorted({j for f in fields for j in index.get(f, ())})
                kept = [pool[j] for j in at]
                narrowed.append((kept, list(accumulate(e.count for e in kept))))
            self._pools[key] = narrowed
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


def _same_doer_and_other(a: Event, b: Event) -> bool:
    """Whether two events have one agent and share another core filler."""
    a0, b0 = a.role("Arg0"), b.role("Arg0")
    if a0 is None or b0 is None or a0.filler.lower() != b0.filler.lower():
        return False
    others = {r.filler.lower() for r in a.roles if r.is_core and r.type != "Arg0"}
    return any(r.is_core and r.type != "Arg0" and r.filler.lower() in others for r in b.roles)


def _field_index(pool) -> dict:
    """WordNet field -> the positions of the pool's verbs of that field."""
    index = defaultdict(list)
    for j, e in enumerate(pool):
        for f in _fields(e.lemma):
            index[f].append(j)
    return index


def _core_types(event) -> frozenset:
    return frozenset(r.type for r in event.roles if r.is_core)


def _argms(event) -> frozenset:
    return frozenset(r.argm for r in event.roles if r.argm)


def _replaced(ctx, event, entry: VerbEntry, rng=None):
    """The frame with the entry's verb and role names.

    A core filler that brings the old verb's preposition ("advocates *for* them", "meets
    *with* the board") loses it, so the new verb's own comes from its roleset (or none):
    "retreats to the culture", "pries to cable" otherwise; but a place or path (an
    Arg2..Arg5 tagged DIR, GOL or LOC) the new verb gives no preposition keeps its own
    ("pulls a man *into* the luggage rack"). A manner never seen with the
    new verb, in the dataset or PropBank's examples of its roleset ("nods in terror" kept
    from "screams in terror" gives the swap away) is redrawn from the manners seen with
    it, and a direction or goal it was never seen with ("laughs backwards", "whispers
    towards them", the pocket a notebook is hidden in: :func:`_moves_to`) is dropped, as is a purpose, the old act's ("sits down to leave the
    room"); so the negative keeps the positive's shape (a text model
    would learn that negatives lack adverbs); without any, or in a frame with no agent
    (a person's manner on "the doors are held"), it is dropped."""
    names = entry.names
    agent = any(r.type == "Arg0" for r in event.roles)
    original = ctx.realiser.rolesets.for_verb(event.verb_id, event.verb)
    places = _places(ctx.realiser.rolesets, event)
    roles = []
    for r in event.roles:
        if r.is_core:
            filler = r.filler if _own_preposition(original, r) else _object_of(ctx, r)
            roles.append(Role(r.key, r.type, names.get(r.type, r.name), filler, r.entity))
        elif r.argm == "purpose":
            # a purpose is the old act's: "stands up to leave the room" -> "sits down to
            # leave the room" (neg10) says one thing for another's end
            continue
        elif (r.argm in _PATHS or _moves_to(r, places)) and not _path_fits(ctx, r, entry, places):
            # a path the new verb was never seen with: "laughs backwards", "picks up an
            # umbrella into a trash can" (a location said as where a thing goes: neg9)
            continue
        elif r.argm != "manner" or _manner_fits(ctx, r.filler, entry):
            roles.append(r)
        elif rng is not None and agent and (seen := seen_manners(ctx, entry)):
            roles.append(Role(r.key, r.type, r.name, seen[rng.randrange(len(seen))], r.entity))
    new = Event(event.name, entry.lemma, entry.verb_id, tuple(roles), event.relation)
    # a place or path (the new roleset's function tag) not mostly said bare in
    # PropBank's examples keeps its own preposition, which says where, whatever the new
    # verb's examples say: "pulls a bald man into the luggage rack", not "... a bald man
    # the luggage rack"; "pushes a blanket over the patient", not "into the patient"
    # (neg9) for "pulls a blanket over the patient"; "approaches a small table" stays bare
    roleset = ctx.realiser.rolesets.for_verb(entry.verb_id, entry.lemma)
    kept = {r.type: r.filler for r in event.roles if r.is_core and r.type not in ("Arg0", "Arg1")}
    restored = [Role(r.key, r.type, r.name, kept[r.type], r.entity)
                if r.type in kept and r.filler != kept[r.type] and _said_with_preposition(roleset, r.type)
                and (leading_preposition(kept[r.type]) or ctx.realiser.role_preposition(new, r.type) is None)
                else r for r in roles]
    return new if restored == roles else Event(new.name, new.verb, new.verb_id, tuple(restored), new.relation)


def _own_preposition(roleset, role: Role) -> bool:
    """Whether an Arg2..Arg5 filler begins with a preposition the original's roleset
    never shows for the role (neither its examples nor its name: "amount increased
    *by*"): the filler then says by itself how it bears on the act, not as the role
    usually does ("increase *in* weight" names what grows, not by how much), and keeps
    it under the new verb: "the cattle decrease in weight", not "decrease by weight"
    (neg17/n067: the new role's own "by" made the dimension an amount)."""
    if role.type in ("Arg0", "Arg1") or roleset is None:
        return False
    info, preposition = roleset.role(role.type), leading_preposition(role.filler)
    if info is None or not preposition or not info.preps:
        return False
    return preposition not in {p for p in info.preps if p} | set(info.name.split()[-1:])


#: PropBank function tags of roles that say where: direction, goal, location
_PLACE_TAGS = frozenset({"DIR", "GOL", "LOC"})


def _said_with_preposition(roleset, role_type: str) -> bool:
    """Whether the roleset's role says where (:data:`_PLACE_TAGS`) and PropBank's
    examples do not show it bare most of the time."""
    role = roleset.role(role_type) if roleset is not None else None
    if role is None or role.tag not in _PLACE_TAGS:
        return False
    return 2 * role.preps.get("", 0) <= sum(role.preps.values())


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


def selection_kind(role_name: str, phrase) -> str | None:
    """What a core filler is for a verb's selectional preferences: "quote" (by the role's
    name or the filler's form), "clause.to" ("to become a player"), "clause.ing"
    ("selling shares"), "clause.wh" ("what it meant"), "clause" (any other), or the
    WordNet supersense of its head (noun.person, noun.artifact, ...;
    :func:`srlcap.entities.phrase_supersense`); None when unknown. ``grammars/make_lexicons.py`` reads PropBank's example spans with it,
    so a build's fillers and the frames' are read alike."""
    if phrase.kind == "quote" or is_speech_role(role_name):
        return "quote"
    first = phrase.tokens[0] if phrase.tokens else None
    if phrase.kind != "clause" and first is not None and first.dep == "mark" and len(phrase.tokens) > 1:
        return "clause"  # "that it rains", read as a phrase after a preposition
    if phrase.kind != "clause" and first is not None and first.tag == "VBG" and first.dep == "ROOT" \
            and any(t.dep == "dobj" and t.head == 0 for t in phrase.tokens[1:]):
        # a gerund that takes an object is a clause however the phrase was classed
        # ("offering a class ...", "selling its shares"), not a noun of its object's
        # kind: "begins offering a class" takes no "ends offering a class" (end.01 is
        # seen ending things, not doings: neg13/n051)
        return "clause.ing"
    if phrase.kind == "clause":
        # "to become a player" and "selling shares" do not go where "that it rains" goes
        if first is not None and first.tag == "TO":
            return "clause.to"
        if first is not None and first.tag == "VBG":
            return "clause.ing"
        if first is not None and first.tag in ("WDT", "WP", "WRB"):
            return "clause.wh"  # "how much inventories swelled": no "insists how much ..."
        return "clause"
    return phrase_supersense(phrase)


#: Kinds that stand for each other as an agent's evidence: people, organisations and
#: names act alike in PropBank's (mostly newswire) examples ("the company decides").
_ANIMATE = frozenset({"noun.person", "noun.group", NAME})
#: Kinds of one who is acted on
_SOMEONE = frozenset({"noun.person", "noun.animal"})


def _nominal(kind: str) -> bool:
    return kind.startswith("noun.") or kind == NAME


def _attested(kind: str, seen: frozenset, role_type: str, lemma: str) -> bool:
    """Whether ``kind`` is among the kinds ``seen`` in the role; as an agent, people,
    organisations and names stand for each other (:data:`_ANIMATE`), except an
    organisation doing what takes a body (:data:`_BODILY`): "OPEC bites its chronic
    cheaters" (neg7) was read as not plausible."""
    if kind in seen:
        return True
    if role_type != "Arg0" or kind not in _ANIMATE or seen.isdisjoint(_ANIMATE):
        return False
    return not (kind == "noun.group" and verb_field(lemma) in _BODILY)


#: WordNet fields of verbs done with a body: an organisation does them only where the
#: evidence shows an organisation doing them
_BODILY = frozenset({"verb.contact", MOTION, "verb.body", "verb.consumption"})


def _selection(ctx, verb_id: str, lemma: str = ""):
    """PropBank's evidence for a roleset (:class:`srlcap.lexicon.Selection`), or None.
    A phrasal verb whose id names the bare verb (VidSitu's "turn.07" for "turn off") is
    read by PropBank's phrasal roleset of that sense ("turn_off.07"), as
    :meth:`srlcap.lexicon.RolesetLexicon.for_verb` reads its roles: else the evidence
    was none, and the verb was checked against the dataset's few sightings alone."""
    return SelectionLexicon.load().for_verb(verb_id, lemma)


def _evidence(ctx, entry: VerbEntry) -> bool:
    """Whether the verb's use is to be checked against evidence: a verb seen in the
    dataset is (against the dataset and PropBank's examples of its roleset); a verb
    only in a user's lexicon is the user's word (PropBank's few examples of "pull.01"
    pull no cart)."""
    return entry.learnt


def _kind_of(ctx, role: Role) -> str | None:
    key = ("selection kind", role.name, role.filler)
    kind = ctx.memo.get(key, False)
    if kind is False:
        kind = ctx.memo[key] = selection_kind(role.name, ctx.analyse(role.filler))
    return kind


def _selects(ctx, event, entry: VerbEntry, reading: "_Reading | None" = None) -> bool:
    """Whether the new verb takes this frame's fillers, role by role, by the kinds it was
    seen with in PropBank's examples of its roleset and in the dataset (one set of
    evidence: :func:`selection_kind` of each filler):

    - a frame without Arg1 needs a verb seen without one ("carefully carries backwards");
    - a filler of unknown kind ("the Veda") needs a verb seen taking things in its
      role, not only clauses or quotes;
    - a filler of a known kind needs that kind seen in its role ("a nurse opens an old
      man", "picks up a voice", "opens a 'Get down!'"); as agents, people,
      organisations and names count as one;
    - a thing as subject or object needs its WordNet category (finer than its kind:
      device, container, footwear) seen there, where the verb was seen with things of
      known category (:func:`_seen_category`): no "closes an acoustic guitar" from a
      verb seen closing doors and boxes, no "closely chases the shoe";
    - a frame with Arg1 and no Arg0 keeps its voice: "the doors close" takes no verb
      said in the passive ("the doors are held": someone holds them, another kind of
      scene; "the doors open" is the contrast), "the site is fortified" no verb said
      in the active, and a verb PropBank shows with Arg1 as its subject ("the door
      opens") replaces only such a verb ("what sets forth" -> "what transpires");
    - an object stays an object, a prepositional one prepositional
      (:func:`_same_object`): no "accedes to the executives" for "telephones the
      executives", no "motorbikes your breast" for "nestles against your breast";
    - a kept Arg2..Arg5 must play the same part (PropBank's function tag, where both
      rolesets give one): no source kept as a destination ("puts broken plates from the
      floor" for "picks up"), no attribute as the thing searched for;
    - an Arg1 for a verb whose examples never have one: no ("smirks the boxes");
    - a role seen only with fillers of unknown kind, or never: the kinds PropBank shows
      in that role for the verb's VerbNet class-mates decide (VerbNet groups verbs by
      what their arguments may be); without any, the verb takes no subject or object
      ("a wardrobe fracks", "the people cub"), other roles are let be.

    A verb only in a user's lexicon is let be (:func:`_evidence`)."""
    reading = reading or _reading(ctx, event)
    # the kinds first: they reject most verbs and cost least (the forms plan clauses)
    if _evidence(ctx, entry) and not _takes_kinds(ctx, reading, entry):
        return False
    return (_same_parts(ctx, event, entry) and _same_voice(ctx, event, entry, reading)
            and _same_object(ctx, event, entry, reading))


def selection_category(kind: str | None, phrase) -> str | None:
    """The WordNet category (:func:`srlcap.entities.phrase_category`) of a filler that
    is a thing: of a noun kind other than people, organisations and names (who stand
    for each other as agents, :data:`_ANIMATE`); None otherwise."""
    if kind is None or not kind.startswith("noun.") or kind in _ANIMATE:
        return None
    return phrase_category(phrase)


def _category_of(ctx, role: Role) -> str | None:
    """:func:`selection_category` of a core filler in :data:`_CATEGORY_ROLES` (None for
    other roles), memoised per role name and filler."""
    if role.type not in _CATEGORY_ROLES:
        return None
    key = ("category", role.name, role.filler)
    category = ctx.memo.get(key, False)
    if category is False:
        category = ctx.memo[key] = selection_category(_kind_of(ctx, role), ctx.analyse(role.filler))
    return category


#: The roles whose fillers must be of a category the new verb was seen with: its
#: subject and object, what a reader pictures it doing to ("closes an acoustic guitar",
#: "stabs a politically sensitive issue", "enclosed railcars pull autos"), and the
#: next, often its instrument or source ("stabs ... with a revolver", neg7)
_CATEGORY_ROLES = ("Arg0", "Arg1", "Arg2")


@dataclass(frozen=True)
class _Reading:
    """What acceptability reads of a frame (:func:`_reading`)."""

    has_arg0: bool
    has_arg1: bool
    kinds: tuple  # (type, selection_kind, category) of each core role, in the frame's order
    shape: tuple  # the roles as the realiser plans them (:func:`_shape`)
    # with Arg0 and Arg1: whether the original says Arg1 after a preposition
    # (:func:`_same_object`); None without either
    prepositional_object: bool | None
    verdicts: dict  # verb id -> acceptable (:func:`_acceptable`), shared by frames read alike
    # per core role, its (type, kind, category) and verb id -> whether the verb takes that
    # (:func:`_takes_kind`), shared by every frame with such a role
    role_takes: tuple
    says_words: bool  # a core filler is a quote or a clause: the words said
    abstract: bool  # a core filler names no thing one could film (:data:`_ABSTRACT`)
    cramped: bool  # the scene is too small to move about in (:func:`_cramped`)

    @property
    def said(self) -> frozenset:
        """The types of the frame's core roles ("Arg0", "Arg1", ...)."""
        return frozenset(t for t, _, _ in self.kinds)


#: Selection kinds of fillers that are words said (:func:`selection_kind`): a quote,
#: "that she will recover", "where he was"; not "to leave" nor "selling shares"
_WORDS = frozenset({"quote", "clause", "clause.wh"})


#: Supersenses of fillers no camera shows: acts, ideas, states, amounts. A verb drawn
#: for a frame about one ("revives a failed bid" -> "mounts", "the currency opens" ->
#: "plunges", "wrongs a woman" -> "compels") makes a claim a reader cannot judge false
#: of a video: blind readers found 10 of 64 such PropBank negatives valid (neg4, neg5).
#: Such a frame takes only an opposite.
_ABSTRACT = frozenset({
    "noun.act", "noun.attribute", "noun.cognition", "noun.communication", "noun.event", "noun.feeling",
    "noun.motive", "noun.possession", "noun.process", "noun.quantity", "noun.relation", "noun.shape",
    "noun.state", "noun.time", "clause", "clause.to", "clause.ing", "clause.wh",
})


def _reading(ctx, event) -> _Reading:
    """The frame as acceptability reads it, once per frame: a frame is drawn for by two
    kinds, some forty verbs each, and each check would otherwise read its roles and
    fillers again. Every check reads only this, the two verbs and the original's lemma
    and roleset, so frames that agree on those share their verdicts; the filler kinds,
    which reject most verbs, are checked once per verb, role type and kind for all
    frames (few frames share all their kinds and their verb, many share a role's)."""
    key = ("reading", _frame_key(event))
    found = ctx.memo.get(key)
    if found is None:
        types = {r.type for r in event.roles}
        has_arg0, has_arg1 = "Arg0" in types, "Arg1" in types
        kinds = tuple((r.type, _kind_of(ctx, r), _category_of(ctx, r)) for r in event.roles if r.is_core)
        shape = _shape(event)
        prepositional = None
        if has_arg0 and has_arg1:  # the original's fillers may bring their own ("against your breast")
            prepositional = bool(leading_preposition(event.role("Arg1").filler)) or \
                ctx.realiser.role_preposition(event, "Arg1") is not None
        # the verdicts depend on the scene only by whether there is room to move in it
        cramped = _cramped(ctx, event)
        verdicts = ctx.memo.setdefault(("verdicts", event.verb_id, event.verb, shape, kinds, prepositional, cramped), {})
        role_takes = tuple((role_kind, ctx.memo.setdefault(("takes kind", role_kind), {})) for role_kind in kinds)
        says_words = any(kind in _WORDS for _, kind, _ in kinds)
        # a filler of no known kind ("$20 to $50", "which", "something") is no thing
        # a reader can picture either
        abstract = any(kind is None or kind in _ABSTRACT for _, kind, _ in kinds)
        found = ctx.memo[key] = _Reading(has_arg0, has_arg1, kinds, shape, prepositional, verdicts, role_takes,
                                         says_words, abstract, cramped)
    return found


def _takes_kinds(ctx, reading: _Reading, entry: VerbEntry) -> bool:
    """The filler-kind part of :func:`_selects`: the verb takes a frame without Arg1
    if the frame has none, and each core filler's kind in its role (:func:`_takes_kind`,
    memoised per role type and kind and verb: :func:`_reading`)."""
    if not reading.has_arg1 and not _seen_bare(ctx, entry):
        return False
    verb_id = entry.verb_id
    for role_kind, takes in reading.role_takes:
        ok = takes.get(verb_id)
        if ok is None:
            ok = takes[verb_id] = _takes_kind(ctx, entry, *role_kind)
        if not ok:
            return False
    return True


def _figurative_motion(reading: _Reading, lemma: str) -> bool:
    """Whether an opposite of motion would be said of what does not move as a body or
    a thing does: prose says motion in figures of speech ("Ralph descends from the
    mountain" -> "rises", "investors follow a strategy" -> "lead", "the Boston Marathon
    runs" -> "walks"; blind readers found 6 of 25 such opposites valid, neg7-neg12),
    unless an agent moves a thing one can picture ("He pulls the lever" -> "pushes").
    An organisation (a group) is no such thing: one pulls a company together in a
    figure, and "Mr. Wolf pushes the company back together" (neg15/n029) is no idiom."""
    if verb_field(lemma) != MOTION:
        return False
    return not (reading.has_arg0 and any(t == "Arg1" and kind is not None and kind not in _ABSTRACT
                                         and kind != "noun.group" for t, kind, _ in reading.kinds))


def _takes_clauses(ctx, reading: _Reading, entry: VerbEntry) -> bool:
    """Whether an opposite takes the frame's clauses as the evidence shows it taking
    them: the form of a complement is the verb's own ("agrees to extend" -> "disagrees
    to extend", "claim the group has become" -> "disclaim ...": neg8-neg11)."""
    return all(_takes_kind(ctx, entry, *role_kind) or role_kind[1] == "clause.ing" and _takes_kind(
                   ctx, entry, role_kind[0], "clause", None)
               for role_kind, _ in reading.role_takes
               if role_kind[1] is not None and role_kind[1].startswith("clause"))


def _bodiless_doer(reading: _Reading, lemma: str) -> bool:
    """Whether the frame's agent is an event, a state or an idea (:data:`_ABSTRACT`, a
    known kind) and the verb one done with a body (:data:`_BODILY`): an opposite acts on
    what the verb acts on, but its doer need not fit ("the oil spill soils the shoreline"
    -> "cleans", "the Boston Marathon runs" -> "walks", "the sore weeps pus" -> "laughs":
    neg8-neg10, read as no scene)."""
    doer = "Arg0" if reading.has_arg0 else "Arg1"
    return verb_field(lemma) in _BODILY and any(
        t == doer and kind is not None and kind in _ABSTRACT for t, kind, _ in reading.kinds)



#: WordNet's field of verbs of touching and handling (throw, hit, pull, open, tie): done
#: with hands, by people, and by an animal only as its evidence shows
_CONTACT = "verb.contact"


def _handless_doer(ctx, reading: _Reading, entry: VerbEntry) -> bool:
    """Whether the frame's agent is an animal and the opposite a verb of handling
    (:data:`_CONTACT`) whose evidence (PropBank's examples of its roleset, the dataset)
    never shows an animal as its agent. An opposite acts on what the verb acts on, but
    its doer need not fit, as :func:`_bodiless_doer`'s: a dog catches a Frisbee in its
    mouth and cannot throw it ("A golden retriever throws a red Frisbee", neg22/n026).
    A verb of motion is let be: an animal walks or runs as a person does ("a golden dog
    walks" for "runs", read valid five times). A user's verb is let be too."""
    if not reading.has_arg0 or not _evidence(ctx, entry) or verb_field(entry.lemma) != _CONTACT:
        return False
    _, seen = _seen_kinds(ctx, entry, "Arg0")
    return any(t == "Arg0" and kind == "noun.animal" and kind not in seen for t, kind, _ in reading.kinds)


def _seen_bare(ctx, entry: VerbEntry) -> bool:
    """Whether the verb was seen without an Arg1, in the dataset or PropBank's examples."""
    sel = _selection(ctx, entry.verb_id, entry.lemma)
    return bool(entry.bare or (sel and sel.no_arg1))


def _seen_kinds(ctx, entry: VerbEntry, role_type: str) -> tuple:
    """(PropBank's selection evidence for the roleset, the kinds the dataset and
    PropBank's examples show in the role), memoised per verb and role: the lexicon's
    evidence is fixed once learnt and PropBank's table is read only, and the check of a
    drawn verb asks it for every frame."""
    key = ("seen kinds", entry.verb_id, role_type)
    found = ctx.memo.get(key)
    if found is None:
        sel = _selection(ctx, entry.verb_id, entry.lemma)
        found = ctx.memo[key] = (sel, entry.takes.get(role_type, frozenset()) | (sel.kinds(role_type) if sel else frozenset()))
    return found


def _takes_kind(ctx, entry: VerbEntry, role_type: str, kind: str | None, category: str | None) -> bool:
    """Whether the verb takes a core filler of ``kind`` (None: unknown) and WordNet
    ``category`` (:func:`selection_category`; None: not a thing, or unknown) as
    ``role_type``."""
    sel, seen = _seen_kinds(ctx, entry, role_type)
    if kind in _SOMEONE and role_type != "Arg0":
        # someone acted on: only as the dataset shows the verb acting on someone. PropBank's
        # few examples of a roleset show a person in figures of speech ("turned him
        # into a star", "poured him a drink"), and "turns a bald man", "pours a bald man"
        # were read as no scene (neg8, neg9)
        return kind in entry.takes.get(role_type, ())
    if kind is None:
        # a thing of no known kind ("the Veda", "it") still needs a verb seen taking
        # things there, not only clauses or quotes: no "insists the Veda"
        return not (seen and role_type in ("Arg0", "Arg1") and not any(_nominal(k) for k in seen))
    if seen:
        return _attested(kind, seen, role_type, entry.lemma) and (category is None or _seen_category(category, entry, sel, role_type))
    if role_type == "Arg1" and not (sel and "Arg1" in sel.args) and not entry.takes.get("Arg1"):
        return False  # never seen with an object: "smirks the innumerable boxes"
    if kinds := _class_kinds(entry.verb_id, role_type):
        return _attested(kind, kinds, role_type, entry.lemma)  # its VerbNet class-mates' evidence
    # nothing shows what its subject or object may be (no example, no class-mate): the
    # verb is a guess ("the people cub", "Saudis theme")
    return role_type not in ("Arg0", "Arg1")


def _seen_category(category: str, entry: VerbEntry, sel, role_type: str) -> bool:
    """Whether the verb was seen with a filler of this WordNet category in the role, in
    the dataset or PropBank's examples; a verb seen with no thing of known category
    there is let be (its kinds decide): the supersense says "a nurse opens an artifact",
    the category that what she opens is a door or a box, not a picture."""
    seen = entry.categories.get(role_type, frozenset()) | (sel.categories.get(role_type, frozenset()) if sel else frozenset())
    return not seen or category in seen


@lru_cache(maxsize=None)
def _class_index() -> dict:
    """VerbNet class -> the PropBank rolesets linked to it."""
    lexicon, index = RolesetLexicon.load(), defaultdict(list)
    for verb_id in lexicon.ids():
        for cls in _classes(lexicon.roleset(verb_id).verbnet):
            index[cls].append(verb_id)
    return index


@lru_cache(maxsize=None)
def _class_kinds(verb_id: str, role_type: str) -> frozenset:
    """The kinds PropBank's examples show in ``role_type`` for the rolesets sharing a
    VerbNet class with ``verb_id`` (VerbNet groups verbs by their frames and the
    restrictions on their arguments): the back-off for a role the verb's own examples
    show with no filler of known kind."""
    roleset = RolesetLexicon.load().roleset(verb_id)
    if roleset is None:
        return frozenset()
    table, index, out = SelectionLexicon.load(), _class_index(), set()
    for cls in sorted(_classes(roleset.verbnet)):
        for other in index.get(cls, ()):
            sel = table.selection(other)
            if sel is not None and other != verb_id:
                out |= sel.kinds(role_type)
    return frozenset(out)


def _same_parts(ctx, event, entry: VerbEntry) -> bool:
    """Whether each of the frame's Arg2..Arg5 has the same function tag (GOL, DIR, PRD,
    MNR, ...) in the new verb's roleset as in the original's, where both give one."""
    rolesets = ctx.realiser.rolesets
    old, new = rolesets.for_verb(event.verb_id, event.verb), rolesets.for_verb(entry.verb_id, entry.lemma)
    if old is None or new is None:
        return True
    for r in event.roles:
        if r.is_core and r.type not in ("Arg0", "Arg1"):
            a, b = old.role(r.type), new.role(r.type)
            if a is not None and b is not None and a.tag and b.tag and a.tag != b.tag:
                return False
    return True


#: PropBank function tags of an Arg1 that says where: a place left or entered. GOL is
#: not one alone: it also tags whom an act reaches ("reassures its investors", "the room
#: is dirtied", both read valid opposites of a PPT Arg1)
_WHERE_TAGS = frozenset({"DIR", "LOC"})


def _same_arg1_part(ctx, event, entry: VerbEntry) -> bool:
    """Whether an opposite's roleset and the original's agree on whether the Arg1 is a
    place, if the frame has an Arg1 and both rolesets tag it: one that says where
    (:data:`_WHERE_TAGS`) does not go with one that tags no place at all (not
    :data:`_PLACE_TAGS`: the thing acted on, PPT). An opposite's sense is the one that
    undoes the act on the same part: "departs from the government" (depart.01's Arg1 is
    the place left) takes no sense of "come" whose Arg1 is one pursued ("comes after the
    government", come.02: neg17/n044), "occludes the effects" (PPT) no "frees" (free.01
    tags its Arg1, the one set free, DIR: "It frees the effects of dendrotoxin",
    neg9/n137). "Enters" / "exits a room" (a place in both),
    "empties" (LOC) / "fills" (GOL) an apartment are let be (neg7/n125, valid).

    A drawn verb (``verb_replace``, ``figclip_verb``) is held to it too: its evidence's
    WordNet categories are coarse (an elevator and a button are both devices), so
    "enters a button" for "pushes a button" (enter.01's Arg1 is the place entered,
    LOC; push.01's the thing pushed, PPT) passed its selection (neg21/n033)."""
    if event.role("Arg1") is None:
        return True
    rolesets = ctx.realiser.rolesets
    old, new = rolesets.for_verb(event.verb_id, event.verb), rolesets.for_verb(entry.verb_id, entry.lemma)
    a, b = old and old.role("Arg1"), new and new.role("Arg1")
    if a is None or b is None or not a.tag or not b.tag:
        return True
    return not (a.tag in _WHERE_TAGS and b.tag not in _PLACE_TAGS or b.tag in _WHERE_TAGS and a.tag not in _PLACE_TAGS)


def _same_way(ctx, event, entry: VerbEntry) -> bool:
    """Whether each Arg2..Arg5 that keeps its preposition of a source or a goal in the
    new frame (:func:`_replaced`, :func:`path_class`: "hides a key *from* her brother")
    and is someone in PropBank's examples of the new verb (a hearer, a recipient) is a
    role those examples say after a preposition of that class, where they say it after
    any: the opposite's Arg2 may be its inverse ("reveals a key from her brother",
    "reveals from the drones": reveal.01's Arg2 is the hearer, said with "to"; neg13).
    A place keeps its own ("pushes the monitor off the table" for "pulls": push.01's
    examples say only where to), and a filler that takes the new verb's preposition is
    let be ("unties the cord from the wings" -> "ties the cord to the wings")."""
    new = ctx.realiser.rolesets.for_verb(entry.verb_id, entry.lemma)
    sel = _selection(ctx, entry.verb_id, entry.lemma)
    if new is None or sel is None:
        return True
    for r in _replaced(ctx, event, entry).roles:
        if r.is_core and r.type not in ("Arg0", "Arg1") and (role := new.role(r.type)) is not None \
                and not sel.kinds(r.type).isdisjoint(_ANIMATE | _SOMEONE):
            way = path_class(leading_preposition(r.filler))
            seen = {path_class(p) for p in role.preps if p}
            if way in ("source", "goal") and seen and way not in seen:
                return False
    return True


#: Paths by where they lead: a source kept for a verb seen only with goals ("puts
#: plates from the floor" for "picks up plates from the floor") says the wrong scene.
_SOURCE = frozenset({"from", "out of", "off", "off of", "away from", "out from", "out"})
_GOAL = frozenset({"to", "into", "onto", "toward", "towards", "at", "up to", "down to", "in"})


def path_class(preposition: str) -> str:
    """"source", "goal", "path" (along, through, down ...) or "" (no preposition:
    "backwards", "home") for the leading preposition of a direction or goal."""
    if not preposition:
        return ""
    return "source" if preposition in _SOURCE else "goal" if preposition in _GOAL else "path"


def _frame_key(event) -> tuple:
    """A frame as a key: its verb and roles with their fillers (an event is drawn for by
    two kinds, and a verb tried for one frame is tried for the same frame again)."""
    return event.verb_id, event.verb, tuple((r.type, r.name, r.filler) for r in event.roles)


def _shape(event, entry: VerbEntry | None = None) -> tuple:
    """The frame's roles as the realiser plans them, without fillers; with ``entry``, as
    :func:`_swapped` names them (the new verb's own names replace the frame's)."""
    return tuple((r.type, None if entry is not None and r.type in entry.names else r.name) for r in event.roles)


def _swapped(event, entry: VerbEntry) -> Event:
    """The frame with the new verb and its role names, fillers as they are (what the
    realiser plans a clause from)."""
    return Event(event.name, entry.lemma, entry.verb_id, tuple(
        Role(r.key, r.type, entry.names.get(r.type, r.name), r.filler, r.entity) for r in event.roles),
        event.relation)


def _same_object(ctx, event, entry: VerbEntry, reading: _Reading | None = None) -> bool:
    """Whether the new verb takes the frame's Arg1 as the original does: both as a
    direct object or both after a preposition, as the realiser says them (the
    original's filler may bring its own: "nestles *against* your breast"). Not
    "motorbikes your breast", "accedes to the executives" for "telephones the
    executives", "berates at her pleas" for "gibbers her pleas"."""
    old = (reading or _reading(ctx, event)).prepositional_object
    if old is None:
        return True  # no Arg1, or Arg1 is the subject: no object to compare
    # the new verb's preposition depends on it and the frame's shape, not the fillers
    key = ("new object", entry.verb_id, _shape(event, entry))
    new = ctx.memo.get(key)
    if new is None:
        new = ctx.memo[key] = ctx.realiser.role_preposition(_swapped(event, entry), "Arg1") is not None
    return old == new


def _same_voice(ctx, event, entry: VerbEntry, reading: _Reading | None = None) -> bool:
    """For a frame with Arg1 and no Arg0: whether the realiser says the new verb in the
    voice it says the original in (its plan for the frame, with the new verb's role
    names), and PropBank shows both, or neither, with Arg1 as the active subject ("the
    door opens"; the two rolesets, where both are known).

    For a frame with both, a doer acting on its Arg1: whether the new verb is ever seen
    so, when PropBank shows it with its Arg1 as the subject (the inchoative, "the rate
    decelerates"): a verb of that alternation whose examples never name a doer acting
    on the thing is not made causative for it. "Various places quicken steps" ->
    "decelerate steps" (neg16/n025, neg20/n148): quicken.01 is shown transitive,
    decelerate.01 only as the thing slowing. A verb PropBank shows without its Arg1 as
    the subject (decriminalize.01, two examples, neither with a subject) is let be: no
    evidence of the other form."""
    reading = reading or _reading(ctx, event)
    if reading.has_arg0 and reading.has_arg1:
        new = ctx.realiser.rolesets.for_verb(entry.verb_id, entry.lemma)
        return new is None or not new.arg1_subject or new.transitive > 0
    if not reading.has_arg1:
        return True
    key = ("passive", event.verb_id, event.verb, reading.shape, entry.verb_id)
    same = ctx.memo.get(key)
    if same is None:
        same = ctx.realiser.says_passive(event) == ctx.realiser.says_passive(_swapped(event, entry))
        old, new = ctx.realiser.rolesets.for_verb(event.verb_id, event.verb), ctx.realiser.rolesets.for_verb(entry.verb_id, entry.lemma)
        if old is not None and new is not None:
            same = same and bool(old.arg1_subject) == bool(new.arg1_subject)
        ctx.memo[key] = same
    return same


#: Prepositions of motion to a place: a location said with one is where a thing goes
_TOWARDS = frozenset({"into", "onto", "to", "towards", "toward", "in to", "on to"})
#: VerbNet's groups of verbs that put their thing somewhere: putting (put-9.1,
#: pocket-9.10, ...) and concealment (hide, conceal: concealment-16)
_PLACING = frozenset({"9", "16"})


def _places(rolesets, event) -> bool:
    """Whether the frame's verb puts its thing somewhere (its roleset in a VerbNet group
    of :data:`_PLACING`): its location is then where the thing ends up."""
    return bool(_groups(_verbnet_classes(rolesets, event.verb_id, event.verb)) & _PLACING)


def _moves_to(role: Role, places: bool = False) -> bool:
    """Whether a location is said as a goal ("into a trash can"); for a verb that puts its
    thing somewhere (``places``: :func:`_places`), any location said after a preposition
    not of a source: the pocket one hides a notebook *in* is where the notebook goes,
    not where the act is seen, and an opposite keeps it only if it is seen with such a
    goal (:func:`_path_fits`): "reveals a notebook in her pocket" (read valid five
    times), not "shows a notebook in her pocket" (neg22/n039), "shows a copper key to
    her brother in her pocket" (neg22/n022), "shows a small notebook to a gardener
    under her coat" (neg13/n070)."""
    if role.argm != "location":
        return False
    preposition = leading_preposition(role.filler)
    return preposition in _TOWARDS or places and bool(preposition) and path_class(preposition) != "source"


def _path_kind(role: Role, places: bool = False) -> str:
    """The ArgM kind a path is checked as: a location said as a goal is a goal."""
    return "goal" if _moves_to(role, places) else role.argm


def _path_fits(ctx, role: Role, entry: VerbEntry, places: bool = False) -> bool:
    """Whether the verb was seen with a direction or goal like this one (same ArgM kind
    and :func:`path_class`), in the dataset or PropBank's examples; a verb without
    evidence (a user's lexicon) is let be if it declares the kind. ``places``: the
    frame's verb puts its thing somewhere (:func:`_moves_to`)."""
    if not _evidence(ctx, entry):
        return True
    cls, kind = path_class(leading_preposition(role.filler)), _path_kind(role, places)
    if (kind, cls) in entry.paths:
        return True
    sel = _selection(ctx, entry.verb_id, entry.lemma)
    return bool(sel) and any(path_class(p) == cls for p in sel.paths.get(kind, ()))


def seen_manners(ctx, entry: VerbEntry) -> list[str]:
    """The one-word manners seen with the verb, the dataset's and PropBank's adverbs,
    sorted (memoised per verb): what a manner is redrawn from. A longer one ("with his
    arm", "on his lap") belongs to its scene and its pronouns to its agent."""
    key = ("manners", entry.verb_id)
    found = ctx.memo.get(key)
    if found is None:
        sel = _selection(ctx, entry.verb_id, entry.lemma)
        seen = {m for m in entry.manners if " " not in m} | (sel.manners if sel else frozenset())
        found = ctx.memo[key] = sorted(seen)
    return found


def _manner_fits(ctx, filler: str, entry: VerbEntry) -> bool:
    """Whether the manner was seen with the verb (in the dataset, any length, or
    PropBank's examples); a verb from a user's lexicon declares manners without
    listing them."""
    low = filler.lower()
    if low in entry.manners or low in seen_manners(ctx, entry):
        return True
    return not entry.manners and "manner" in entry.argms and not entry.learnt


#: The fewest times SemCor tags a verb's senses for it to be drawn: "curry", "osculate"
#: and "misroute" (never tagged) are not said. SemCor is small: "jog" is tagged once,
#: as are "splice" and "hat", so no higher bar tells rare from common
MIN_FAMILIARITY = 1


def _opposites(ctx, verb: str) -> frozenset:
    """The verbs false whenever ``verb`` is true: WordNet's antonyms of its most frequent
    sense and the grammar's `[lexicon.verb_opposites]` (memoised per verb: every
    verdict asks)."""
    key = ("opposites", verb)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = verb_opposites(verb, ctx.grammar.lexicon.verb_opposites)
    return found


def _acceptable(ctx, event, entry: VerbEntry, reading: _Reading | None = None) -> bool:
    """Whether the verb is familiar (a user's lexicon's verb is the user's word), makes
    the caption false (:func:`_says_other`), takes the frame's fillers
    (:func:`_selects`; an opposite only the frame's form), and, where the frame says
    words (a quote, a clause), is not another way of saying them unless it is an opposite ("tells" a man "Where is the
    money?" for "yells" it is still true; "whispers" it is not), and is no act that
    needs room in a scene too small for it (:func:`_cramped`). Memoised per verb and
    frames read alike (:func:`_reading`; ``reading``: the frame's, when the caller has
    it)."""
    reading = reading or _reading(ctx, event)
    found = reading.verdicts.get(entry.verb_id)
    if found is not None:
        return found
    opposite = entry.lemma in _opposites(ctx, event.verb)
    if opposite:
        # an opposite acts on what the verb acts on (opens / closes a door, enters /
        # exits a room): only the frame's form is checked, not the fillers' evidence;
        # without an object, it must be seen without one ("hides behind a tree" ->
        # "shows behind a tree": neg8)
        found = _same_parts(ctx, event, entry) and _same_arg1_part(ctx, event, entry) \
            and _same_way(ctx, event, entry) \
            and _same_voice(ctx, event, entry, reading) \
            and _same_object(ctx, event, entry, reading) and (reading.has_arg1 or _seen_bare(ctx, entry)) \
            and not _bodiless_doer(reading, entry.lemma) and not _handless_doer(ctx, reading, entry) \
            and _takes_clauses(ctx, reading, entry) \
            and not (ctx.analyse.written and _figurative_motion(reading, entry.lemma)) \
            and not _converse_without_agent(reading, event.verb, entry.lemma) \
            and not _unseen_complement(ctx, reading, entry) \
            and not _unseen_someone(ctx, reading, entry) \
            and not _literal_only(ctx, reading, entry) \
            and not _inert_doer(ctx, reading, entry) \
            and not _opposite_of_another_sense(ctx.realiser.rolesets, event, entry) \
            and not _arg1_preposition_changes(ctx, event, entry) \
            and not _named_for_the_act(ctx, event, entry) \
            and not _drawn_away(ctx, event, entry) \
            and not _goal_unsaid(ctx.realiser.rolesets, event, entry) \
            and not _state_unsaid(ctx.realiser.rolesets, event, entry) \
            and not _never_alone(ctx, event, reading, entry) \
            and not _agent_of_another_sense(ctx.realiser.rolesets, event, entry) \
            and not _place_said_otherwise(ctx.realiser.rolesets, event, entry) \
            and not _polar_object(ctx, event) \
            and not _aspect_without_event(ctx.realiser.rolesets, event, entry) \
            and not _antonym_of_another_word(ctx, event, entry)
    else:
        found = (not _evidence(ctx, entry) or verb_familiarity(entry.lemma) >= MIN_FAMILIARITY) \
            and _selects(ctx, event, entry, reading)  # the one that rejects most
        if found and reading.says_words and _COMMUNICATION in _fields(event.verb) & _fields(entry.lemma):
            found = False  # another way of saying the same words
        if found and entry.lemma in ctx.grammar.lexicon.presupposed and _acts_on_someone(reading):
            found = False  # who fights a man has met him: "meets" may be true
        if found and entry.lemma in ctx.grammar.lexicon.vague:
            found = False  # "turns the rifle hard": no scene a reader pictures
        if found and _wants_recipient(ctx, reading, entry):
            found = False  # "hands the envelope": to whom?
        if found and _someone_thrown_nowhere(ctx, reading, entry):
            found = False  # "throws a blonde woman hard": where to?
        if found and not _same_arg1_part(ctx, event, entry):
            found = False  # "pushes a button" -> "enters a button": a place for a thing acted on
    if found and reading.cramped and entry.lemma in ctx.grammar.lexicon.roomy_verbs:
        found = False  # "runs backwards hurriedly in an elevator": no room to run
    if found:
        other = ("says other", event.verb, event.verb_id, entry.verb_id)
        found = ctx.memo.get(other)
        if found is None:
            found = ctx.memo[other] = _says_other(ctx, event.verb, event.verb_id, entry)
    reading.verdicts[entry.verb_id] = found
    return found


def _cramped(ctx, event) -> bool:
    """Whether the frame's scene is too small to move about in (`[lexicon.cramped]`
    places, by the scene's head noun: "elevator", "office elevator"). An act that needs
    room (the table's verbs) is no negative there, an opposite or a drawn verb alike:
    "runs" for "walks backwards in an elevator" is no scene a video shows (neg14/n124,
    neg20/n028), where "runs down the hallway" is."""
    places = ctx.grammar.lexicon.cramped
    if not places:
        return False
    for role in event.roles:
        if role.type == "Scene":
            place = ctx.analyse(role.filler)
            if place.kind == "np" and place.tokens[place.root].lemma.lower() in places:
                return True
    return False


_COMMUNICATION = "verb.communication"
_BODY = "verb.body"


@lru_cache(maxsize=None)
def _fields(lemma: str) -> frozenset:
    """The WordNet fields of a verb: the supersenses of its two most frequent senses."""
    return frozenset(verb_supersenses(lemma)[:2])


def _draws(ctx, event, rng, tries: int, confusable=()):
    """Acceptable verbs for the frame, each at most once: its opposites
    (:func:`_opposites`; the dataset's rolesets of their lemmas, or PropBank's first),
    most frequent first, and nothing else when one is acceptable. Only opposites, too,
    for a frame where a drawn verb is rarely false of a video (:func:`_opposites_only`)
    and in written prose.
    Otherwise from the verbs of the original's field (:func:`_fields`), then, when that
    gives none, from any; within each, pool by pool (the next only once one has given
    all it can), drawn by frequency, every other draw from ``confusable`` when there are
    any. A frame of a vague verb (`[lexicon.vague]`: "turns the wheel") takes only an
    opposite too. A verb SemCor never tags gets none: its negatives would all say a familiar
    verb, and a text-only model would tell them by that alone (the build's debias pass
    could not hide it)."""
    lex = ctx.verbs
    original = lex.entries.get(event.verb_id)
    if verb_familiarity(event.verb) < MIN_FAMILIARITY and (original is None or _evidence(ctx, original)):
        return
    reading = _reading(ctx, event)
    core = _core_types(event)
    # one sense per opposite, the one nearest the original's: a roleset sharing a VerbNet
    # class with it (walk-51.3.2 for run.02), else PropBank's first of its lemma, else the
    # most frequent ("mends fences" -> break.01, not the "scofflaw" breaking a law;
    # "empty" -> fill.01, not the "satisfier" filling an order: neg8)
    rolesets, taken = ctx.realiser.rolesets, []
    original_classes = _verbnet_classes(rolesets, event.verb_id, event.verb)
    no_opposite = _unnamed_doer_towards(ctx, event, reading) or _beyond_whole(rolesets, event) \
        or _start_and_end(rolesets, event) or _judged_as(ctx, rolesets, event) \
        or _thing_with_a_party(ctx, event, reading) or _for_a_reason(rolesets, event) \
        or _bracketed_by_a_part(rolesets, event) or _bodily_figure(ctx, event, reading)
    for lemma in sorted(() if no_opposite else _opposites(ctx, event.verb)):
        senses = sorted((e for e in lex.by_lemma.get(lemma) or _propbank_entries(lemma)
                         if core <= e.names.keys()),  # its roles cover the frame's, as a pool's do
                        key=lambda e: (original_classes.isdisjoint(_verbnet_classes(rolesets, e.verb_id, e.lemma)),
                                       not e.verb_id.endswith(".01"), -e.count, e.verb_id))
        taken += [e for e in senses if _acceptable(ctx, event, e, reading)][:1]
    taken.sort(key=lambda e: (-e.count, e.verb_id))
    if taken or _opposites_only(event.verb, reading, ctx.grammar.lexicon.presupposed) or ctx.analyse.written \
            or event.verb in ctx.grammar.lexicon.vague:
        # a vague verb (`[lexicon.vague]`) says little of the act ("turns the wheel":
        # steers it, spins it, takes it off): another act on the same thing may be part
        # of it or no scene ("picks up", "kicks", "enters the steering wheel": neg8-neg14)
        # prose (PropBank's sentences) is about markets, laws and ideas far more than
        # what a camera shows: blind readers found 19 of 82 drawn verbs there valid
        # and 5 of 6 opposites (neg5-neg7)
        yield from taken
        return
    fields = _fields(event.verb)
    tried, found = set(), False
    verdicts, random = reading.verdicts, rng.random  # _acceptable's memo, read here first: the hot loop
    for phase in ([fields] if fields else []) + [None]:
        if found:
            break
        pools = lex.pools_for(event) if phase is None else lex.field_pools(event, phase)
        near = [e for e in confusable if phase is None or not _fields(e.lemma).isdisjoint(phase)]
        for pool, cum in pools:
            if not pool:
                continue
            total = cum[-1]
            for i in range(tries):
                if near and i % 2 == 0:
                    entry = near[rng.randrange(len(near))]
                else:
                    entry = pool[bisect_right(cum, random() * total)]
                verb_id = entry.verb_id
                if verb_id in tried:
                    continue
                tried.add(verb_id)  # drawn again, it is skipped whether taken or not
                ok = verdicts.get(verb_id)
                if ok is None:
                    ok = _acceptable(ctx, event, entry, reading)
                if ok:
                    found = True
                    yield entry


#: A percentage in a filler ("by 150%", "150 percent")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|per ?cent\b)")


def _beyond_whole(rolesets, event) -> bool:
    """Whether the frame changes an amount by more than all of it: a role PropBank tags
    as the extent (EXT: "amount increased by") says a percentage over 100. Only a rise
    goes so far: a fall by more than the whole leaves less than nothing, so the
    opposite is no scene ("decreases home electricity charges by 150%", neg10/n049)."""
    roleset = rolesets.for_verb(event.verb_id, event.verb)
    if roleset is None:
        return False
    for r in event.roles:
        role = roleset.role(r.type) if r.is_core else None
        if role is not None and role.tag == "EXT" and any(float(m.group(1)) > 100 for m in _PERCENT.finditer(r.filler)):
            return True
    return False


def _start_and_end(rolesets, event) -> bool:
    """Whether the frame changes an amount (its roleset has a role PropBank tags as the
    extent, EXT) and says both where it starts and where it ends (the roleset's roles
    named "start point" and "end point"). The two values already tell which way it
    went, so the opposite contradicts itself: "the loss narrows from $3.6 million to
    $9.8 million" (neg17/n036). One value alone, or an extent, leaves the way open
    ("rose 5% to $10" / "fell 5% to $10" are two facts)."""
    roleset = rolesets.for_verb(event.verb_id, event.verb)
    if roleset is None or not any(role.tag == "EXT" for role in roleset.roles.values()):
        return False
    said = {word for r in event.roles if r.is_core and (role := roleset.role(r.type)) is not None
            for word in role.name.split()[:1]}
    return {"start", "end"} <= said


def _judged_as(ctx, rolesets, event) -> bool:
    """Whether the frame says what its thing is judged to be: a core role PropBank tags
    as a secondary predicate (PRD) said "as" and a quality, no noun ("rejects the offer
    *as inadequate*", "practices are accepted *as normal*"). The quality is the reason
    for the act, and the opposite keeps it against itself: "accept the offer as
    inadequate", "practices are rejected as normal" (neg9/n049, neg16/n168). A role
    said as a noun ("is appointed as chairman") is let be."""
    roleset = rolesets.for_verb(event.verb_id, event.verb)
    if roleset is None:
        return False
    for r in event.roles:
        role = roleset.role(r.type) if r.is_core else None
        if role is None or role.tag != "PRD" or leading_preposition(r.filler) != "as":
            continue
        words = ctx.analyse(r.filler).tokens[1:]
        if words and any(t.pos == "ADJ" for t in words) and not any(t.pos in ("NOUN", "PROPN", "PRON") for t in words):
            return True
    return False


def _for_a_reason(rolesets, event) -> bool:
    """Whether the frame says the reason for its act: a core role PropBank tags as the
    cause (CAU: praise.01's "reason"). The reason is the original act's ground, and the
    opposite keeps it against itself: "criticized the specialists for getting through
    without a trading halt" (neg22v/n027), "criticizes the company as recession
    resistant" (neg21/n048; read valid once, neg11/n145): one blames for a fault and
    praises for a merit."""
    roleset = rolesets.for_verb(event.verb_id, event.verb)
    return roleset is not None and any(r.is_core and roleset.tag(r.type) == "CAU" for r in event.roles)


def _bracketed_by_a_part(rolesets, event) -> bool:
    """Whether the frame is aspectual (:data:`_ASPECTUAL`: begin, end, start, finish)
    and says what its thing begins or ends with, a role PropBank tags as the manner
    (MNR: begin.01's "instrument", end.01's "end portion"). That is a part of a whole,
    and the whole may begin with it and end with it too: "The book begins with a
    murder" / "ends in a murder" (neg22v/n013), where "War begins" / "ends" contradict."""
    roleset = rolesets.for_verb(event.verb_id, event.verb)
    if roleset is None or not any(_ASPECTUAL.match(v) for v in roleset.verbnet):
        return False
    return any(r.is_core and r.type not in ("Arg0", "Arg1") and roleset.tag(r.type) == "MNR"
               for r in event.roles)


def _bodily_figure(ctx, event, reading: _Reading) -> bool:
    """Whether, in prose, a verb of the body (WordNet's verb.body: relax, tire, dress)
    is said of a thing acted on that is neither a body part nor someone (a known noun
    kind): the verb is then a figure ("the shareholders relax the anti-takeover
    barrier"), and a figure is the verb's own: its opposite said of the same thing is
    no idiom ("tense the anti-takeover barrier": neg16/n023). "He is undressed",
    "Long hours of work refresh me" (someone) are let be."""
    if not ctx.analyse.written or verb_field(event.verb) != _BODY:
        return False
    return any(t == "Arg1" and kind is not None and kind.startswith("noun.")
               and kind not in _ANIMATE | _SOMEONE | {"noun.body"} for t, kind, _ in reading.kinds)


def _thing_with_a_party(ctx, event, reading: _Reading) -> bool:
    """Whether, in prose, the frame's Arg1 is a made or physical thing (:data:`_PHYSICAL`)
    said to be "with" someone (a person, a group, a name): a thing is not with people,
    a relation is, so the thing stands for a relation in a figure ("mends fences with
    black Americans", "builds bridges with the unions"), and a figure is the verb's own:
    its opposite said of the same thing is no idiom ("breaks fences with black
    Americans": neg15/n132, neg18/n086, neg19/n176). A relation said as one ("its
    standing with the US", "an alliance with GM") or a thing with a part ("the box with
    an image") is let be."""
    if not ctx.analyse.written or not any(t == "Arg1" and kind in _PHYSICAL for t, kind, _ in reading.kinds):
        return False
    phrase = ctx.analyse(event.role("Arg1").filler)
    tokens = phrase.tokens
    for i, tok in enumerate(tokens):
        if tok.text.lower() == "with" and tok.head == phrase.root and i + 1 < len(tokens):
            party = ctx.analyse("".join(t.text + t.ws for t in tokens[i + 1:]).strip())
            if selection_kind("", party) in _ANIMATE | _SOMEONE:
                return True
    return False


def _unnamed_doer_towards(ctx, event, reading: _Reading) -> bool:
    """Whether the frame has no agent and says its Arg1 after a preposition: it names
    only someone the act is with or towards ("Someone corresponds *with me*"), not who
    does it. An opposite is then the act of someone else, maybe,
    towards the same one, and both hold together: "I am disagreed with" for "Someone
    corresponds with me" (neg9/n196, neg13/n125, neg15/n134). An object said bare is
    let be: "the door is opened" / "closed" tells the door's state, which one
    excludes the other whoever did it."""
    if reading.has_arg0 or not any(t == "Arg1" and kind in _ANIMATE | _SOMEONE for t, kind, _ in reading.kinds):
        return False  # a thing said after a preposition is what changes: "(a decrease) in violence"
    preposition = leading_preposition(event.role("Arg1").filler) or ctx.realiser.role_preposition(event, "Arg1")
    # "of" marks a nominal's argument in a parse ("(the omission) of the Swiss team"),
    # not one the act is towards
    return bool(preposition) and preposition != "of"


#: WordNet's field of verbs of having and passing things on (give, hand, take, buy)
_POSSESSION = "verb.possession"
#: Sightings of a verb passing a thing to someone named (the dataset's events, PropBank's
#: examples of its roleset) before a frame without anyone to pass it to is refused it:
#: "hands over" said once is let be
MIN_RECIPIENT_EVENTS = 3


#: VerbNet's class of verbs of putting (put, place, set, insert): every frame VerbNet
#: gives them says where the thing goes ("put the book on the table"), where a verb of
#: throwing (throw-17.1: "throws a shield", judged valid four times) or of moving
#: (push, pull) is whole without it
_PUTTING = "put-9.1"


def _wants_recipient(ctx, reading: _Reading, entry: VerbEntry) -> bool:
    """Whether the verb takes its thing to someone or somewhere that the dataset always
    names, and the frame names no one and nowhere in that role: a verb of passing on
    (:data:`_POSSESSION`) whose Arg2 is always someone, or a verb of putting
    (:data:`_PUTTING`) whose role PropBank tags as the goal (GOL: put.01's destination), every
    event of it in the dataset filling that role, seen naming it at least
    :data:`MIN_RECIPIENT_EVENTS` times in the dataset and PropBank's examples together.
    "Hands the envelope" reads as unfinished without the one it is handed to (neg6/n035,
    neg13/n158), "carefully puts the envelope in a parking garage" without where it is
    put (neg19/n169: a scene is where the act happens, not where the thing goes).
    PropBank's examples count too: "give" is said twice in the bundled sample, both
    times to someone, and four of give.01's five examples name the one given to, so
    "gives a broken antenna" (neg18/n127) is refused as "hands" is."""
    said = reading.said
    roleset = None
    for role_type in entry.names:
        if role_type in ("Arg0", "Arg1") or role_type in said:
            continue
        if not (entry.count and entry.filled.get(role_type, 0) == entry.count):
            continue
        seen = entry.takes.get(role_type, frozenset())
        recipient = role_type == "Arg2" and verb_field(entry.lemma) == _POSSESSION and seen \
            and seen <= _ANIMATE | _SOMEONE
        if not recipient:
            roleset = roleset or ctx.realiser.rolesets.for_verb(entry.verb_id, entry.lemma)
            role = roleset.role(role_type) if roleset is not None else None
            if role is None or role.tag != "GOL" or _PUTTING not in _classes(roleset.verbnet):
                continue
        sel = _selection(ctx, entry.verb_id, entry.lemma)
        examples = sum((sel.args.get(role_type) or {}).values()) if sel else 0
        if entry.count + examples >= MIN_RECIPIENT_EVENTS:
            return True
    return False


#: VerbNet's class of verbs of throwing (throw, fling, hurl, pitch): a thing sent off
_THROWING = "throw-17.1"


def _someone_thrown_nowhere(ctx, reading: _Reading, entry: VerbEntry) -> bool:
    """Whether a verb of throwing (:data:`_THROWING`) with a goal role (PropBank's GOL:
    throw.01's destination) would say someone (a person, an animal) thrown, and the
    frame says no goal. A thing thrown is whole without one ("throws a dragon-scale
    shield" read valid four times); a person thrown is thrown somewhere, to the floor,
    over a wall, and without it the act reads as no scene: "throws a blonde woman hard"
    for "slaps" (neg10/n161, neg13/n004), "throws a man in a blue waistcoat" for "hugs"
    (neg17/n170)."""
    if not any(t == "Arg1" and kind in _SOMEONE for t, kind, _ in reading.kinds):
        return False
    roleset = ctx.realiser.rolesets.for_verb(entry.verb_id, entry.lemma)
    if roleset is None or _THROWING not in _classes(roleset.verbnet):
        return False
    said = reading.said
    goals = [key for key, role in roleset.roles.items() if role.tag == "GOL" and key not in ("Arg0", "Arg1")]
    return bool(goals) and not said & set(goals)


#: Kinds of a doer that acts by what it is, not by what it does: a thing, a substance,
#: a state, a quality, an act ("the oil spill blackens the shoreline", "the disease
#: occludes the artery", "the house faces the church")
_INERT = frozenset({"noun.artifact", "noun.object", "noun.substance", "noun.state", "noun.attribute", "noun.act",
                    "noun.phenomenon", "noun.process", "noun.event"})


def _inert_doer(ctx, reading: _Reading, entry: VerbEntry) -> bool:
    """Whether the frame's agent is of an :data:`_INERT` kind that the opposite's
    evidence (PropBank's examples, the dataset) never shows as its agent. Such a doer
    brings the verb about by being there, and its opposite is then no deed it can do:
    "the oil spill cleans / whitens the shoreline", "the house and the church avoid each
    other", "the disease frees the artery", "the strength of the dollar divides the
    uncertainty" (neg8-neg14, read as no scene); an opposite seen with such doers ("the
    sun whitens ...") is let be, as is a user's verb. Its own evidence, not its VerbNet
    class-mates': whiten.01's examples show no doer at all ("the oil spill whitens the
    shoreline", neg14/n168). Prose only: a video's
    annotators name who they saw act, and a thing read there is a bare filler's parse
    ("man in bowling shirt", "woman holding candle" read as the shirt, the candle: two
    valid "runs" lost, neg12)."""
    if not ctx.analyse.written or not reading.has_arg0 or not _evidence(ctx, entry):
        return False
    _, seen = _seen_kinds(ctx, entry, "Arg0")
    return any(t == "Arg0" and kind in _INERT and not _attested(kind, seen, t, entry.lemma)
               for t, kind, _ in reading.kinds)


def _unseen_complement(ctx, reading: _Reading, entry: VerbEntry) -> bool:
    """Whether an opposite would take a core filler of the frame in a form its evidence
    (PropBank's examples of its roleset, the dataset) never shows it taking: an Arg2..Arg5
    it is never seen with at all, a noun phrase in a role seen only with clauses, or words
    said (a quote, a clause) in a role seen only with noun phrases. An
    opposite keeps the frame's fillers, but its complements are its own: "undress" takes
    no clothes as "dress" does ("are undressed shorts, tank tops"), "enable" takes an
    act to do ("enabled to leave"), not a thing ("arteries are enabled to": neg14),
    "abolish" a policy said as a clause in its examples, not "a suit". A verb without
    evidence (a user's lexicon) is let be."""
    if not _evidence(ctx, entry):
        return False
    sel = _selection(ctx, entry.verb_id, entry.lemma)
    for role_type, kind, _ in reading.kinds:
        if role_type not in ("Arg0", "Arg1") and not entry.filled.get(role_type) \
                and not (sel and role_type in sel.args):
            return True
        _, seen = _seen_kinds(ctx, entry, role_type)
        # a role seen only with quotes (an utterance) still takes a thing or someone:
        # "reveals a notebook", "they are cursed"; one seen only with clauses is an act
        if kind is not None and _nominal(kind) and seen and all(k.startswith("clause") for k in seen):
            return True
        # and the mirror: words said (a quote, a that- or wh-clause) in a role the
        # evidence shows only with things or people. One discontinues a policy, hides
        # a fact, not "discontinues 'This is an old story.'" nor "hid that he had"
        # (neg12/n162, neg13/n056, neg15/n064, n126, n179)
        if kind in _WORDS and seen and all(_nominal(k) for k in seen):
            return True
    return False


def _unseen_someone(ctx, reading: _Reading, entry: VerbEntry) -> bool:
    """Whether the frame has someone (a person, a group, a name, an animal) in a core
    role other than the agent where the opposite's evidence (PropBank's examples of its
    roleset, the dataset) shows only things, states or acts. An opposite keeps the
    frame's fillers, but a verb's sense is read from what it acts on: one assembles a
    team (gathers people) and disassembles a machine, stiffens an army and loosens a
    grip, walks a dog and rides a horse or a bike, so "disassembles a management team",
    "loosens the Pathet Lao", "rides his dog Buddy" say another sense or no scene
    (neg11/n062, neg15/n177, n073, n012; "pushes a blanket over a patient", neg12/n015).
    With an agent (a frame with Arg0); without one only a person or an animal where
    the evidence shows nothing but things handled ("all the citizens are disassembled",
    neg17/n108): the previous round measured the check for every kind of filler as
    losing more valid opposites than it saved, and without an agent "they are cursed",
    "he lingers" were read valid. A verb without evidence (a user's lexicon) is let be."""
    if not _evidence(ctx, entry):
        return False
    for role_type, kind, _ in reading.kinds:
        if role_type == "Arg0" or kind not in _ANIMATE | _SOMEONE:
            continue
        _, seen = _seen_kinds(ctx, entry, role_type)
        if not seen or not seen.isdisjoint(_ANIMATE | _SOMEONE):
            continue
        if not reading.has_arg0:
            # without an agent, only a verb of handling things is refused a person or an
            # animal: "all the citizens are disassembled" (neg17/n108) takes people apart
            # as a machine, where "they are cursed" (curse.01 seen with no one either)
            # was read valid; a group is let be, a word for many of anything ("clumps
            # are demagnetized", neg9/n130, read valid)
            if kind != "noun.group" and seen <= _PHYSICAL:
                return True
            continue
        # a group is also an institution, a body one permits or founds as one permits an
        # act ("permits political parties", judged valid nine times, neg8-neg15): it
        # is refused only a verb seen with bodies and things alone, a verb of handling
        # ("disassembles a management team")
        if kind != "noun.group" or seen <= _PHYSICAL:
            return True
    return False


def _literal_only(ctx, reading: _Reading, entry: VerbEntry) -> bool:
    """Whether, in prose, the frame's Arg1 or Arg2 is an idea, a state, an act or an
    amount (:data:`_ABSTRACT`, a noun kind) and the opposite's evidence (PropBank's
    examples, the dataset) shows it there only with concrete fillers: bodies and things
    (:data:`_PHYSICAL`), or someone (:data:`_ANIMATE`, :data:`_SOMEONE`). The original
    is then said in a figure ("cools the banks' interest", "quickens the steps of
    reform", "is armed with this shared understanding"), and a figure is the verb's
    own: its opposite said of the same idea is no idiom ("heats the banks' interest":
    neg10/n013, neg14/n006; "is disarmed of this shared understanding", disarm.01 seen
    removing weapons: neg22/n074). Or the opposite's role holds another kind of thing
    than the original's: one enforces a rule and exempts a person from it ("Japan
    exempts a decision", exempt.01 seen only with people: neg22v/n020); a firm
    folds a magazine (closes it) and unfold.01 is seen with no publication nor idea
    ("unfolds the Venture magazine": neg12/n103, neg13/n165, neg22/n010). The Arg2 too:
    what one is armed with, disarmed of."""
    if not ctx.analyse.written or not _evidence(ctx, entry):
        return False
    for role_type, kind, _ in reading.kinds:
        # WordNet files "part" and "portion" under relations: "you assemble the parts" /
        # "disassemble the parts" are said of the pieces themselves (PropBank dev build);
        # an amount counts things ("loads but three of his masterpieces", neg18/n128)
        if role_type not in _LITERAL_ROLES or kind is None or not kind.startswith("noun.") \
                or kind not in _ABSTRACT or kind in ("noun.relation", "noun.quantity"):
            continue
        _, seen = _seen_kinds(ctx, entry, role_type)
        if seen and seen <= _CONCRETE:
            return True
    return False


#: The roles :func:`_literal_only` reads: the thing acted on and the next (what one is
#: armed with, the liquid one wets with)
_LITERAL_ROLES = ("Arg1", "Arg2")


#: Kinds of what one handles: a verb seen only with these in a role acts on things with
#: hands or tools (disassemble, fold, break)
_PHYSICAL = frozenset({"noun.artifact", "noun.object", "noun.substance", "noun.body", "noun.plant", "noun.food"})
#: Kinds of fillers one can point at: things and bodies, people, groups, names, animals
_CONCRETE = _PHYSICAL | _ANIMATE | _SOMEONE


def _converse_without_agent(reading: _Reading, verb: str, lemma: str) -> bool:
    """Whether an opposite is the converse of a transfer (either verb of WordNet's
    :data:`_POSSESSION` field: buy / sell, give / take, lend / borrow) said of a frame
    without its agent. A transfer has two parties, and its converse tells the same
    transfer from the other one's side: only the agent says whose side a caption takes.
    Without it "a car is bought" and "a car is sold" are true together ("sell for $700"
    for "purchase for $700", "uncertainties are taken" for "given": neg13, neg14)."""
    return not reading.has_arg0 and _POSSESSION in (verb_field(verb), verb_field(lemma))


def _acts_on_someone(reading: _Reading) -> bool:
    """Whether a core role other than the subject is a person, a group or an animal."""
    subject = "Arg0" if reading.has_arg0 else "Arg1"
    return any(kind in _ANIMATE or kind == "noun.animal" for role_type, kind, _ in reading.kinds
               if role_type != subject)


def _opposites_only(verb: str, reading: _Reading, presupposed: frozenset = frozenset()) -> bool:
    """Whether only an opposite makes the frame false of a video, as blind readers judged
    drawn verbs (neg5, neg6):

    - a frame without an agent acting on an object (Arg0 and Arg1) or on someone
      (another core role a person or an animal: "approaches a woman" / "turns away from
      her"): one does many things at once ("nods" / "talks", "jumps up" / "turns",
      "approaches a table" / "sits at it"), and what only undergoes ("I shudder" / "I
      guide", "people are manipulated" / "are reduced") has no contrast;
    - a verb of perception: one watches while doing anything to what one watches
      ("watch an old man" / "touch an old man", "sees" / "touches");
    - an agent acting on a body part, a gesture said by idiom ("shake hands" / "lift
      hands", "put hands": neg6, neg7);
    - a frame about something no camera shows (:data:`_ABSTRACT`);
    - coming together with someone (a verb of ``presupposed``, the grammar's: "meets",
      "chases a man"), which comes before whatever one then does to them: "holds back",
      "throws" the man met may follow (neg11)."""
    someone = _acts_on_someone(reading)
    gesture = reading.has_arg0 and any(t == "Arg1" and kind == "noun.body" for t, kind, _ in reading.kinds)
    return not (reading.has_arg0 and reading.has_arg1 or someone) or reading.abstract or gesture \
        or verb_field(verb) == PERCEPTION or someone and verb in presupposed


@lru_cache(maxsize=None)
def _propbank_entries(lemma: str) -> tuple:
    """An opposite the dataset never says, as PropBank's first roleset of its lemma
    ("exit.01" for "enters" in a dataset without "exit"): its role names and evidence
    are PropBank's (selection_propbank.json); () if PropBank has none."""
    roleset = RolesetLexicon.load().roleset(f"{lemma.replace(' ', '_')}.01")
    if roleset is None:
        return ()
    names = {key: role.name for key, role in roleset.roles.items() if re.fullmatch(r"Arg\d", key)}
    return (VerbEntry(verb_id=roleset.id, lemma=lemma, names=names, bare=int(roleset.examples > roleset.transitive),
                      learnt=True),)


def _says_other(ctx, verb: str, verb_id: str, entry: VerbEntry) -> bool:
    """Not the same lemma or roleset, not a WordNet synonym, hypernym, hyponym or
    entailment ("cries out" -> "shouts"), nor one the grammar's `[lexicon.entails]` pairs
    with it ("hugs" -> "holds"), not a verb whose VerbNet classes in PropBank's frames
    mostly coincide with the original's (throw/cast) unless both are of one WordNet
    field (walk/run: co-hyponyms, the contrast a verb negative is for), not a verb of
    perception (look, stare, listen: one looks while doing nearly anything, so "stares"
    for "laughs", "hides" or "listens" may still be true, blind readers said), and not
    one verb of the body for another ("smiles" or "nods" for "laughs"). An opposite
    (:func:`_opposites`) is other whatever the clip and VerbNet say."""
    if entry.lemma == verb or entry.verb_id == verb_id or near_synonyms(entry.lemma, verb):
        return False
    if entry.lemma in _opposites(ctx, verb):
        return True  # seen in one clip or one VerbNet class, opposites still contrast (open/close)
    if verb_field(entry.lemma) == PERCEPTION:
        return False
    if _BODY in _fields(verb) and _BODY in _fields(entry.lemma):
        return False  # the face and body say several things at once: laughs, smiles, nods
    if ctx.verbs is not None and entry.lemma in ctx.verbs.together.get(verb, ()):
        return False  # seen as a step of the same activity: "grabs" / "carries" the notebook
    entails = ctx.grammar.lexicon.entails or {}
    # a key is a lemma ("hug") or one roleset of it ("jump.08", PropBank's attack): a
    # sense the lemma's others do not share (a leap takes no grabbing)
    if entry.lemma in entails.get(verb, ()) or entry.lemma in entails.get(verb_id, ()) \
            or verb in entails.get(entry.lemma, ()) or verb in entails.get(entry.verb_id, ()):
        return False
    rolesets = ctx.realiser.rolesets
    old, new = rolesets.for_verb(verb_id, verb), rolesets.for_verb(entry.verb_id, entry.lemma)
    if old is None or new is None:
        return True
    # VerbNet classes group verbs by their frames, so push and pull share some: only
    # verbs whose classes mostly coincide are taken as saying the same; but not verbs
    # of one WordNet field that WordNet does not relate (checked above): run-51.3.2
    # holds walk, run and jog, co-hyponyms whose swap is the clearest contrast
    a, b = _classes(old.verbnet), _classes(new.verbnet)
    if _fields(verb) & _fields(entry.lemma):
        return True
    return not (a and b and 2 * len(a & b) >= len(a | b))


def _arg1_preposition_changes(ctx, event, entry: VerbEntry) -> bool:
    """Whether the frame says its Arg1 after a preposition ("agrees *to* a buy-out",
    "agrees *to* extend") that the opposite would say otherwise or not at all: the
    preposition tells the verb's sense (agreeing to a thing accepts it, agreeing with
    one shares a view), and the opposite said with its own takes another sense, no
    contrast: "disagrees with a buy-out" (neg18/n147), "disagrees to extend"
    (neg11/n001). With an agent, and only a preposition changed, not dropped: the first
    version, any frame and any change, also refused good ones where the preposition
    was a nominal's ("(a decrease) in violence" -> "Violence increases", "(the
    omission) of the Swiss team" -> "include the Swiss team"; bad -2, valid -7)."""
    arg1 = event.role("Arg1")
    if arg1 is None or event.role("Arg0") is None:
        return False
    own = leading_preposition(arg1.filler) or ctx.realiser.role_preposition(event, "Arg1")
    new = ctx.realiser.role_preposition(_swapped(event, entry), "Arg1")
    return bool(own) and new is not None and new != own


#: Events of an opposite in the dataset, each with a core role besides its Arg1, before
#: a frame of the Arg1 alone is refused it (:func:`_never_alone`)
MIN_ALONE_EVENTS = 3


def _never_alone(ctx, event, reading: _Reading, entry: VerbEntry) -> bool:
    """Whether the frame's one core role is its Arg1 ("Assessments differ") and the
    dataset shows the opposite at least :data:`MIN_ALONE_EVENTS` times, never so: each
    time with what it is compared to, a state or a goal. Said of the Arg1 alone it
    wants that role: "Assessments equal." (neg19/n117; "X equals Y", "are equal"): a
    reciprocal verb's plural subject ("differ", "agree") does not carry over to it. The
    mirror of an opposite without an Arg1, which must be seen so (:func:`_seen_bare`).
    Only where the opposite says the Arg1 as its active subject: a passive is whole
    without its agent and the rest ("They are cursed", "The discussions ... are
    continued" were read valid). A verb without evidence (a user's lexicon, PropBank's
    alone) is let be."""
    if not _evidence(ctx, entry) or entry.alone or entry.count < MIN_ALONE_EVENTS:
        return False
    return reading.said == {"Arg1"} and not ctx.realiser.says_passive(_swapped(event, entry))


def _agent_of_another_sense(rolesets, event, entry: VerbEntry) -> bool:
    """Whether a WordNet antonym (one of the verb's most frequent sense) is said of a
    frame with an agent whose roleset is not its lemma's first, when that first roleset
    has no agent: WordNet's pair is of the sense where the thing itself stays or goes
    ("stay the same" / "change"), PropBank's first, and a roleset that adds a doer is
    another sense, which the antonym does not contrast: "The parties ... stay
    proceedings" (stay.03, put off) -> "change proceedings" (neg8/n167, neg10/n151).
    A first roleset whose examples say the thing alone as the subject in half of them or
    more counts as one without an agent: follow.01 ("come after"; WordNet pairs follow
    with precede there), so no "Many investors precede a strategy" for follow.02
    (obey, pursue: neg20/n092)."""
    if "Arg0" not in {r.type for r in event.roles} or event.verb_id.endswith(".01") \
            or entry.lemma not in verb_antonyms(event.verb):
        return False
    first = rolesets.roleset(f"{event.verb_id.rsplit('.', 1)[0]}.01")
    if first is None:
        return False
    # a first sense whose examples say the thing itself as the subject, without a doer,
    # in half of them or more is as much a sense without an agent: follow.01 ("come
    # after", its "causal agent" named once) in three of six, "The strong growth follows"
    return first.role("Arg0") is None or 2 * first.arg1_subject >= first.examples


def _state_unsaid(rolesets, event, entry: VerbEntry) -> bool:
    """Whether the frame's verb keeps its thing in a state (its roleset has a core role
    PropBank tags PRD: remain.01's "attribute") that the frame does not say, and the
    opposite is a change of state (a PRD role named "end state", change.01's). Staying
    and changing contrast in the state ("the dollar remains strong" / "changes"); a
    frame without one says another sense, and the opposite contrasts nothing: "Only one
    local ringer remains" (is left) -> "changes" (neg19/n052). A verb with no state
    role ("cries" -> "laughs", whose roleset has an end state) is let be."""
    old = rolesets.for_verb(event.verb_id, event.verb)
    if old is None:
        return False
    said = {r.type for r in event.roles if r.is_core}
    states = {key for key, role in old.roles.items() if role.tag == "PRD"}
    if not states or states & said:
        return False
    new = rolesets.for_verb(entry.verb_id, entry.lemma)
    return new is not None and any(role.tag == "PRD" and role.name == "end state" for role in new.roles.values())


#: Verbs of drawing: their force brings the thing towards the doer (WordNet: pull "cause
#: to move by pulling", drag, tug, haul, yank), the way a push sends it away
_DRAWING = frozenset({"pull", "drag", "draw", "tug", "haul", "yank"})
#: Prepositions that say where a moved thing ends up ("into the luggage rack")
_ENDS_AT = frozenset({"to", "into", "onto", "in to", "on to"})
#: The category (:func:`srlcap.entities.noun_category`) of the ground one stands on
_LAND = "land#"
#: Sides of the doer: one pulls a thing to the left as well as pushes it there
_SIDES = frozenset({"left", "right", "side"})


def _drawn_away(ctx, event, entry: VerbEntry) -> bool:
    """Whether an opposite that draws its thing towards the doer (:data:`_DRAWING`) would
    keep a goal the frame's act sends it to: a core role PropBank tags DIR or GOL, or a
    direction or goal, said with to/into/onto (:data:`_ENDS_AT`). Pulling brings a thing
    to the puller, so a place it is pushed away to contradicts the verb: "desperately
    pulls a stack of chips to the center of the table" (neg20/n180), "gently pulls a
    bald man into the luggage rack" (neg17/n155). The ground the doer stands on is let
    be: one pulls someone down to it ("pulls a woman in a beige trench coat to the
    ground", read valid in neg19), and so is a side of the doer ("pulls a woman to the
    left": :data:`_SIDES`)."""
    if entry.lemma not in _DRAWING or event.verb in _DRAWING:
        return False
    old = ctx.realiser.rolesets.for_verb(event.verb_id, event.verb)
    for r in event.roles:
        if r.is_core:
            tag = old.tag(r.type) if old is not None else None
            if tag not in ("DIR", "GOL"):
                continue
        elif not (r.argm in _PATHS or _moves_to(r)):
            continue
        if leading_preposition(r.filler) not in _ENDS_AT:
            continue
        if r.filler.split()[-1].lower() in _SIDES:  # "to the left", "to one side"
            continue
        if not (phrase_category(ctx.analyse(_object_of(ctx, r))) or "").startswith(_LAND):
            return True
    return False


#: How many of an opposite's PropBank examples must name its goal (and more than half
#: of them) for the goal to belong to the sense (:func:`_goal_unsaid`)
MIN_GOAL_EXAMPLES = 3


def _goal_unsaid(rolesets, event, entry: VerbEntry) -> bool:
    """Whether the opposite's roleset has a core role PropBank tags GOL (where a thing is
    put, the group it is made part of) that most of its examples name (at least
    :data:`MIN_GOAL_EXAMPLES`, and more than half), and the frame says no role of that
    number: the sense is read with its goal, and without one the verb takes another
    sense. include.01 is said with the group in four of its six examples; "Hudson General
    includes the semiannual dividend on its common shares" for "omits" reads as WordNet's
    first sense, "have as a part", which a company does not do to a dividend (neg17/n167,
    neg18/n084, neg20/n047). Only a frame with its agent: the subject of the active is
    where that sense puts the whole ("The list includes the names"); a passive names no
    whole ("The Swiss team is included", read valid in neg13). A physical act's goal is
    a path one may leave unsaid ("throws the ball")."""
    if _fields(entry.lemma) & _BODILY:
        return False  # a path, not part of the sense
    new = rolesets.for_verb(entry.verb_id, entry.lemma)
    if new is None or not new.examples:
        return False
    said = {r.type for r in event.roles if r.is_core}
    if "Arg0" not in said:
        return False  # "The Swiss team is included": no subject to read as the whole
    for key, role in new.roles.items():
        named = sum(role.preps.values())
        if key not in ("Arg0", "Arg1") and role.tag == "GOL" and key not in said \
                and named >= MIN_GOAL_EXAMPLES and 2 * named > new.examples:
            return True
    return False


def _named_for_the_act(ctx, event, entry: VerbEntry) -> bool:
    """Whether the frame's Arg1 is a made thing WordNet also names by the frame's verb
    and not by the opposite (:func:`srlcap.entities.named_for_acts`): the thing is made
    for that act, and the opposite cannot be done to it. A push button is "a push",
    "an electrical switch operated by pressing": one pushes it, never pulls it, so no
    "gently pulls the close button" for "pushes" (neg19/n175; "pulls a button", "pulls
    the elevator button": neg11/n191, neg12/n078, neg14/n011)."""
    arg1 = event.role("Arg1")
    if arg1 is None:
        return False
    acts = named_for_acts(ctx.analyse(arg1.filler))
    return event.verb in acts and entry.lemma not in acts


def _opposite_of_another_sense(rolesets, event, entry: VerbEntry) -> bool:
    """Whether a grammar's opposite (`[lexicon.verb_opposites]`, not a WordNet antonym)
    contrasts with another sense of the frame's verb, not the frame's own: no roleset of
    the opposite's lemma shares a VerbNet class with the frame's roleset, and another
    roleset of the frame's lemma does share one. The grammar pairs verbs by the senses
    a video shows ("walk" / "run": running, run.02, in run-51.3.2 as walk.01 is); said
    of another ("Mr. Stromach runs the company", run.01, conduct-111.1) the pair is no
    contrast but some sense of the opposite, whichever ("walks the company", neg18/n046,
    with walk.01 or walk.02). WordNet's antonyms are let be: a check of them too cut
    good ones in the PropBank dev build ("War begins" / "ends", "He wets / dries the
    cloth", "the pulse improves / worsens"). Where the frame's roleset has no class, or
    no roleset of the opposite one, nothing is known: let be."""
    if entry.lemma in verb_antonyms(event.verb):
        return False
    own = _verbnet_classes(rolesets, event.verb_id, event.verb)
    theirs = frozenset().union(*(_classes(roleset.verbnet) for verb_id in _lemma_rolesets(rolesets, entry.verb_id)
                                 if (roleset := rolesets.roleset(verb_id)) is not None))
    if not own or not theirs or not own.isdisjoint(theirs):
        return False
    return any(not _classes(roleset.verbnet).isdisjoint(theirs)
               for verb_id in _lemma_rolesets(rolesets, event.verb_id) if verb_id != event.verb_id
               if (roleset := rolesets.roleset(verb_id)) is not None)


def _place_said_otherwise(rolesets, event, entry: VerbEntry) -> bool:
    """Whether the frame keeps an Arg2..Arg5 said with its own roleset's preposition for
    a role of the opposite's that says where (:data:`_PLACE_TAGS`) and that PropBank's
    examples say only with other prepositions: the same number names another place,
    and the filler's preposition says the original's. gather.01's Arg2 is what things
    are gathered *into*, spread.01's the surface spread *on*: "the surface is into a
    pile" (neg21/n173) is no place for spreading, and "spreads the leaves into a pile"
    contradicts itself. Only a goal ("into", "to") where the opposite's examples show no
    goal at all: a source kept ("pushes the monitor off the table" for "pulls") or a goal
    where they show one ("pulls a woman to the ground", pull.01's "in") was read valid
    (neg19/n053, n147; the first version, any preposition unseen, lost both). A filler
    whose preposition the original's roleset never shows says by itself how it bears
    on the act (:func:`_own_preposition`) and is let be."""
    old, new = rolesets.for_verb(event.verb_id, event.verb), rolesets.for_verb(entry.verb_id, entry.lemma)
    if old is None or new is None:
        return False
    for r in event.roles:
        if not r.is_core or r.type in ("Arg0", "Arg1"):
            continue
        mine, theirs = old.role(r.type), new.role(r.type)
        preposition = leading_preposition(r.filler)
        if mine is None or theirs is None or not preposition or theirs.tag not in _PLACE_TAGS:
            continue
        shown = {path_class(p) for p in theirs.preps if p}
        if path_class(preposition) == "goal" and shown and "goal" not in shown and preposition in mine.preps:
            return True
    return False


#: Words of an Arg1 that take the verb's own direction: "any" is a negative polarity item
#: the original's negation licensed ("would not surrender any of their autonomy"),
#: "plus" adds to what the act gives ("features a raise, plus bonuses")
_POLAR = frozenset({"any", "plus"})
#: Comparatives of amount: said of the thing's noun, they say the act goes further than
#: before ("highlights more special deals"); of an adjective ("a more expensive car") or
#: a number ("more than 100 workers") they describe the thing, whatever the act
_MORE = frozenset({"more", "fewer", "less"})


def _polar_object(ctx, event) -> bool:
    """Whether the frame's Arg1 says a word of the verb's own direction
    (:data:`_POLAR`, or one of :data:`_MORE` on its noun): an opposite keeps it where it
    no longer fits, "plays down more special deals" (neg18/n085, neg20/n188), "resist any
    of their autonomy" (neg19/n167), "lacks a 10% base wage increase ..., plus bonuses"
    (neg18/n016, neg21/n030). Read so once in two judgements each of "plays down more"
    and "lacks ..., plus" (neg11/n105, neg7/n182); "avoids an additional refund", whose
    word presupposes a refund before, not an act, was read valid (neg9/n134) and is let
    be."""
    arg1 = event.role("Arg1")
    if arg1 is None:
        return False
    tokens = ctx.analyse(arg1.filler).tokens
    return any(t.text.lower() in _POLAR
               or t.text.lower() in _MORE and t.head != i and tokens[t.head].pos in ("NOUN", "PROPN")
               for i, t in enumerate(tokens))


#: VerbNet's aspectual verbs (begin-55.1, complete-55.2, continue-55.3, stop-55.4, ...):
#: their Arg1 is the event they begin, go on with or end
_ASPECTUAL = re.compile(r"[A-Za-z_]+-55(?:\.|$)")


def _aspect_without_event(rolesets, event, entry: VerbEntry) -> bool:
    """Whether the opposite is an aspectual verb (:data:`_ASPECTUAL`, by the VerbNet
    classes of its lemma's first roleset, the sense WordNet's antonym pairs) said of a
    frame that names its doer and not its Arg1. An aspectual verb brackets an event,
    said as its object ("continues smoking") or as its subject ("the talks continue");
    a doer with neither says nothing of what goes on: "The company's president
    continues" for "quits", whose bare use is its own sense, resign (neg12/n004; said
    with continue.02, "go on speaking", once continue.01 is refused: the lemma's first
    sense is asked, as the text reads the same). "She continues smoking" for "quits
    smoking" keeps the event (neg20/n185, read valid)."""
    said = {r.type for r in event.roles if r.is_core}
    if "Arg0" not in said or "Arg1" in said:
        return False
    first = rolesets.roleset(f"{entry.verb_id.rsplit('.', 1)[0]}.01")
    return first is not None and any(_ASPECTUAL.match(v) for v in first.verbnet)


def _antonym_of_another_word(ctx, event, entry: VerbEntry) -> bool:
    """Whether the opposite is a WordNet antonym not of the frame's verb but of another
    word of its sense (:func:`srlcap.entities.verb_antonym_via`), and the frame's
    roleset shares no VerbNet group (the class number's first part: "55" of stop-55.4)
    with any roleset of those words. WordNet's antonymy is a relation of words: the
    antonym contrasts with the frame's verb only in the sense it shares with them, and
    VerbNet places a roleset of that sense beside theirs (prohibit.01, forbid-64.4, with
    forbid's allow-64.1: "permits", read valid fourteen times; slow.01 and decelerate,
    both other_cos-45.4). "preserve" has "discontinue" through "continue", an aspectual
    verb (continue-55.3, sustain-55.6, say-37.7); preserve.01 keeps a thing from harm
    (defend-72.3, cognize-85), and "Those recordings are discontinued" may hold with
    "preserved" (neg21/n149, neg17/n150). Where either side has no class, nothing is
    known: let be; and a pair the grammar names (`[lexicon.verb_opposites]`: "stand up"
    / "sit down", which WordNet pairs through "arise") is the grammar's word."""
    via = verb_antonym_via(event.verb, entry.lemma)
    if not via or entry.lemma in (ctx.grammar.lexicon.verb_opposites or {}).get(event.verb, ()):
        return False
    rolesets = ctx.realiser.rolesets
    own = _groups(_verbnet_classes(rolesets, event.verb_id, event.verb))
    index = _roleset_index(rolesets)
    theirs = frozenset().union(*(_groups(_classes(roleset.verbnet)) for word in via
                                 for verb_id in index.get(word.replace(" ", "_"), ())
                                 if (roleset := rolesets.roleset(verb_id)) is not None))
    return bool(own) and bool(theirs) and own.isdisjoint(theirs)


def _groups(classes: frozenset) -> frozenset:
    """VerbNet groups of classes: the first number of each ("stop-55.4" -> "55")."""
    return frozenset(c.rsplit("-", 1)[1].split(".")[0] for c in classes)


def _lemma_rolesets(rolesets, verb_id: str) -> tuple:
    """The ids of every roleset of ``verb_id``'s lemma ("run.01", "run.02", ...)."""
    return _roleset_index(rolesets).get(verb_id.rsplit(".", 1)[0], ())


@lru_cache(maxsize=4)
def _roleset_index(rolesets) -> dict:
    """A roleset lexicon's ids by lemma, made once per lexicon (a cache that holds the
    lexicon itself, so no other takes its place)."""
    index = defaultdict(list)
    for verb_id in rolesets.ids():
        index[verb_id.rsplit(".", 1)[0]].append(verb_id)
    return {lemma: tuple(ids) for lemma, ids in index.items()}


def _verbnet_classes(rolesets, verb_id: str, verb: str) -> frozenset:
    """:func:`_classes` of a frame's roleset (empty when the lexicon lacks it)."""
    roleset = rolesets.for_verb(verb_id, verb)
    return _classes(roleset.verbnet) if roleset is not None else frozenset()


@lru_cache(maxsize=None)
def _classes(verbnet: tuple) -> frozenset:
    """VerbNet classes without their subclass ("throw-17.1-1" -> "throw-17.1")."""
    return frozenset(m.group(0) for v in verbnet if (m := re.match(r"[A-Za-z_]+-[\d.]*\d", v)))


@generator
def verb_replace(ctx, clip, event, rng, tries: int = 40):
    """the verb, by a frame-compatible verb

    The verb is replaced by a frame-compatible verb (its roles cover the frame's core
    roles) that takes the frame's fillers (PropBank's examples of its roleset and the
    dataset show it with fillers of their kinds). Where the verb has an opposite that
    takes them (WordNet's antonyms, the grammar's `[lexicon.verb_opposites]`: "pushes"
    -> "pulls", "laughs" -> "cries"), only opposites are said, and only they for a frame
    of coming together with someone (`[lexicon.presupposed]`: what one does to a man met
    may follow the meeting) or of a verb too general to picture (`[lexicon.vague]`: what
    "turns the wheel" does is unsaid); otherwise verbs are drawn
    in proportion to how often they occur as positives, verbs of the original's WordNet
    field first ("walks" -> "runs"), favouring verbs seen with the same Arg1 head. Same
    lemma or roleset, a WordNet synonym, hypernym, hyponym or entailment, a verb whose
    VerbNet classes mostly coincide with the original's, a verb of perception or of the
    body for another ("smiles" for "laughs" may still be true), another way of saying
    the same words, a verb SemCor never tags and one too general to picture
    (`[lexicon.vague]`: "turns the rifle hard") are never used, nor an opposite done with
    a body for a doer that has none ("the sore weeps" -> "laughs"), nor one done with
    hands for an animal its evidence never shows doing it ("a golden retriever throws a
    red Frisbee" for "catches"), nor, in prose, an
    opposite of motion where nothing one can picture is moved ("Ralph descends from the
    mountain" -> "rises"). Nor a verb of putting that the data always says with where it
    puts, for a frame with no destination ("puts the envelope in a parking garage"); nor
    the opposite of the act a made thing is named for (WordNet's "push button": no
    "pulls the close button"); nor, in prose, an opposite for a physical thing said to be
    "with" someone, a figure of speech ("mends fences with" -> "breaks"); nor, for a frame
    whose one core role is its Arg1, an opposite never seen so ("Assessments differ" ->
    "equal"); nor a verb of throwing said of a person with nowhere to land; nor a pull
    that keeps the goal a push sent its thing to ("pulls a stack of chips to the center
    of the table"); nor, for a frame with its agent, an opposite whose PropBank examples
    mostly name a goal the frame does not ("includes the semiannual dividend"); nor a
    verb whose Arg1 is a place for one whose Arg1 is a thing, or back ("enters a button"
    for "pushes a button"); nor an act that needs room in a scene too small for it
    (`[lexicon.cramped]`: no "runs" in an elevator). An opposite is not made causative
    where PropBank shows it only with its thing as subject ("decelerate steps"), is not
    said of an Arg1 whose words lean the original's way ("plays down more special
    deals", "resist any of", "lacks ..., plus bonuses"), nor, if aspectual, of a doer
    without the event it brackets ("The company's president continues"); and WordNet's
    antonym of another word of the verb's sense is kept only when the frame's roleset
    shares a VerbNet group with that word ("preserved" -> "discontinued" is not). Where a
    verb of putting or hiding (VerbNet 9, 16) puts its thing is its goal, kept only by a
    verb seen with a goal ("shows a notebook in her pocket" is not said); an animal takes
    no opposite done with the hands that its evidence never shows an animal doing ("A
    golden retriever throws a red Frisbee"). In prose, an idea as the thing acted on or
    the next role takes no opposite seen there only with things or people ("is disarmed of this shared understanding", "exempts a
    decision"); a frame that says the reason for its act ("praises the specialists for
    getting through"), the part a thing begins or ends with ("The book begins with a
    murder") or, in prose, a verb of the body said of a thing ("relaxes the barrier")
    takes none."""
    arg1 = event.role("Arg1")
    confusable = ctx.verbs.confusable(ctx.analyse(arg1.filler).head.lemma, _core_types(event)) if arg1 else []
    for entry in _draws(ctx, event, rng, tries, confusable):
        yield Candidate(_replaced(ctx, event, entry, rng), f"{event.verb_id} -> {entry.verb_id}")


@generator
def figclip_verb(ctx, clip, event, rng, tries: int = 40):
    """the verb and its role names (FiGCLIP's negatives)

    FiGCLIP's artificial negatives: the verb is replaced together with its verb-specific
    role names (walk/walker becomes jog/jogger), nouns and ArgM fillers kept. The grammar
    asks for four per event (`weight = 4.0`). Most visible in the `figclip` style.

    Drawn by frequency, like the positives' verbs, so that rare verbs do not mark the
    negatives; verbs of the original's field first, and only verbs that take the
    frame's fillers, as for `verb_replace`."""
    for entry in _draws(ctx, event, rng, tries):
        yield Candidate(_replaced(ctx, event, entry, rng), f"{event.verb} -> {entry.lemma} (with its role names)")
