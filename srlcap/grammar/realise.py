"""The grammar engine: frames in, captions out.

Captions are assembled from slots (subject, verb group, objects, ArgM phrases), each
rendered from the analysed filler, never by editing a finished string. Negatives reuse
the same path: they change the frame (or a filler's tokens) and realise it again, so a
negative gets the same articles, agreement, casing and punctuation rules as a positive.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from srlcap.analysis import Phrase
from srlcap.errors import RealisationError
from srlcap.frames import ANCHOR_EVENT, EVENT_NAMES, Event, role_name
from srlcap.lexicon import LocativeLexicon, RolesetLexicon
from srlcap.morphology import article, inflect, is_verb_base, pronoun_case
from srlcap.schema import STYLES

_PREPOSITIONS = {
    "at", "to", "about", "for", "from", "with", "on", "onto", "into", "in", "of", "by", "over",
    "through", "toward", "towards", "against", "after", "upon", "around", "across", "off", "out",
}
_SLOT = re.compile(r"\{(\w+)\}")
_PLACES = ("location", "scene")
_OBJECT_PRONOUNS = {"it", "him", "her", "them", "me", "us", "you", "this", "that", "these", "those"}


# what is said, by the role's PropBank description or name
_SPEECH = re.compile(r"\b(utterance|said|speech|words|quote|quotation|exclamation|yelled|shouted|whispered|"
                     r"screamed|thing told|message)\b", re.I)
_SUBORDINATORS = {"that", "if", "whether"}
_QUESTION_WORDS = {"who", "what", "where", "when", "why", "how", "which", "whose", "is", "are", "am", "was", "were",
                   "do", "does", "did", "can", "could", "will", "would", "shall", "should", "may", "might", "have",
                   "has"}
_FIRST_SECOND_PERSON = {"i", "me", "my", "mine", "we", "us", "our", "you", "your", "yours", "i'm", "i'll", "let's"}


def _lexicon_name(roleset, role) -> str | None:
    info = roleset.roles.get(role.type) if roleset is not None and role.is_core else None
    if info is None or "(" not in role.key:
        return None
    described = role.key[role.key.index("(") + 1:role.key.rindex(")")].strip()
    if role.name != role_name(described):
        return None  # the name was given elsewhere (a verb negative's new role names)
    return info.name if described.lower() == info.descr.strip().lower() else None


def _role_descr(roleset, role) -> str:
    info = roleset.roles.get(role.type) if roleset is not None else None
    return f"{info.descr} {role.name}" if info is not None else role.name


def _is_words_said(p: Phrase) -> bool:
    """A filler of a speech role that gives the words ("where am i", "hands up", "wait"),
    not a thing said ("orders", "his name", "a warning")."""
    words = [t.text.lower() for t in p.tokens]
    if p.kind == "clause" or _FIRST_SECOND_PERSON & set(words):
        return True
    if any(t.tag in ("DT", "PRP$", "POS") for t in p.tokens) or len(words) > 3:
        return False
    return p.tokens[-1].tag == "RP" or (len(words) == 1 and is_verb_base(words[0]))


def _speech(p: Phrase) -> str:
    """What is said, as English reports it: an indirect clause as it is ("that she will
    recover", "if she would dance"); a direct question, an exclamation or words in the
    first or second person quoted ('"Where am I?"', '"There it is!"'); any other clause
    after "that"."""
    words = [t.text.lower() for t in p.tokens]
    if words[0] in _SUBORDINATORS:
        return render_phrase(p)
    question = words[0] in _QUESTION_WORDS and len(words) > 1
    # an imperative or a "there it is" is called out, not reported
    exclamation = p.tokens[0].tag == "VB" or words[0] in ("there", "here") or is_verb_base(words[0]) \
        or p.tokens[-1].tag == "RP"
    if question or exclamation or _FIRST_SECOND_PERSON & set(words):
        # the words as the annotator wrote them: no article added ("Wait!", not "A wait!")
        said = "".join(("I" if t.text == "i" else t.text) + t.ws for t in p.tokens).strip()
        said = said[:1].upper() + said[1:]
        if said[-1:] not in ".?!":
            said += "?" if question else "!" if exclamation else "."
        return f'"{said}"'
    return "that " + render_phrase(p)


def _most_frequent(preps: dict) -> str:
    """The preposition seen most often; a tie goes to the first in alphabetical order."""
    return min(preps, key=lambda p: (-preps[p], p))


def _role_tag(roleset, role_type: str) -> str | None:
    info = roleset.roles.get(role_type) if roleset is not None else None
    return info.tag if info is not None else None  # ArgM kinds whose bare fillers take in/on/at by their noun


def fill(template: str, **slots: str) -> str:
    """Substitute ``{slot}`` placeholders; the loader has checked the slot names."""
    return _format_string(template).format_map(slots)


@lru_cache(maxsize=None)
def _format_string(template: str) -> str:
    """The template as a str.format string: braces outside slots escaped (templates
    are filled millions of times per build; str.format is C, a regex callback is not)."""
    pieces = _SLOT.split(template)  # literal, slot, literal, slot, ...
    return "".join(
        p.replace("{", "{{").replace("}", "}}") if i % 2 == 0 else "{" + p + "}" for i, p in enumerate(pieces)
    )


def render_phrase(phrase: Phrase, subject: bool = False) -> str:
    """A filler as it reads inside a sentence: articles added, pronoun case fixed,
    a sentence-initial capital from the source dropped."""
    done = phrase.memo.get(subject)  # the hot path: a dict lookup, no call
    return done if done is not None else phrase.memoised(subject, _render, subject)


def _render(phrase: Phrase, subject: bool) -> str:
    slots = set(phrase.articles)
    out = []
    for i, tok in enumerate(phrase.tokens):
        text = tok.text
        if i == 0 and _decapitalise(tok):
            text = text[0].lower() + text[1:]
        # case follows the filler's position only for the filler's own pronoun(s),
        # never for pronouns inside a clause or quote ("... I do n't think ...")
        if phrase.kind == "pron" or (tok.tag == "PRP" and (i == phrase.root or tok.dep == "conj" and tok.head == phrase.root)):
            text = pronoun_case(text, subject and tok.dep != "pobj")
        if i in slots:
            out.append(("the" if tok.definite else article(text)) + " ")
        if text.lower() in ("a", "an") and tok.tag == "DT" and i + 1 < len(phrase.tokens):
            # an article written in the filler agrees with the word now after it
            # (attribute negatives change that word: "an old man" -> "a young man")
            fixed = article(phrase.tokens[i + 1].text)
            text = fixed.capitalize() if text[0].isupper() else fixed
        out.append(text + tok.ws)
    return "".join(out).strip()


def _decapitalise(tok) -> bool:
    t = tok.text
    return (
        len(t) > 1 and t[0].isupper() and t[1:].islower() and tok.tag not in ("NNP", "NNPS")
        and tok.pos != "PROPN"
    )


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


class VerbForms(NamedTuple):
    singular: str  # after a singular subject ("picks up")
    base: str  # after a plural or I/you ("pick up")
    passive_singular: str  # "is picked up"
    passive_base: str  # "are picked up"
    participle: str  # of the head alone ("picked"): role names that contain it are patients


@lru_cache(maxsize=None)
def verb_forms(lemma: str) -> VerbForms:
    """The verb groups a clause can use, for a lemma (phrasal verbs with a space)."""
    head, _, particle = lemma.partition(" ")
    tail = " " + particle if particle else ""
    participle = inflect(head, "VBN")
    return VerbForms(inflect(head, "VBZ") + tail, inflect(head, "VBP") + tail,
                     "is " + participle + tail, "are " + participle + tail, participle)


@dataclass(frozen=True)
class _ClausePlan:
    """Indices refer to the frame's roles in their given order."""
    core: tuple  # core roles, by role type
    argms: tuple  # ArgM and scene roles, in the grammar's ArgM order
    preps: tuple  # preposition before each role's filler (None: none)
    manner: tuple  # may this role go before the verb as a manner adverb?
    subject: int | None  # Arg0, else Arg1 (if a noun phrase), else decided per fillers
    passive: bool
    subject_certain: bool  # the subject does not depend on the fillers (Arg0)
    bare_core: tuple  # core roles without a preposition, by role type: the last resort subject
    verb: VerbForms  # verb groups of the lemma (after the grammar's override)
    particle: str  # of a phrasal lemma ("up" of "pick up"), "" otherwise
    head_verb: VerbForms  # verb groups of the lemma without its particle
    recipients: tuple  # core roles that, bare, go first among the objects ("hands a woman a box")
    speech: tuple  # core roles that are what is said (PropBank: "utterance", "thing said")


class Realiser:
    """Realises events and clips in every style of a grammar."""

    def __init__(self, grammar, analyse):
        self.g = grammar
        self.analyse = analyse  # filler text -> Phrase (cached spaCy analysis)
        nat = grammar.natural
        self.argm_order = {k: i for i, k in enumerate(nat["argm_order"])}
        self.argm_preps = nat["argm_prepositions"]
        self.name_preps = sorted(nat["role_name_prepositions"].items(), key=lambda kv: -len(kv[0]))
        self._plans: dict = {}
        self._names: dict = {}
        self.locatives = LocativeLexicon.load()
        self.rolesets = RolesetLexicon.load()
        # role templates as str.format strings, once: a build fills millions
        fig = grammar.figclip
        self._figclip_role = {"Scene": _format_string(fig["scene"]), "core": _format_string(fig["core"]),
                              "argm": _format_string(fig["argm"])}

    # ---------------------------------------------------------------- figclip
    def figclip(self, event: Event) -> str:
        """FiGCLIP's structured prompt, from the frame's own role names."""
        f, role_fmt = self.g.figclip, self._figclip_role
        names = self._figclip_names(event)
        parts = [
            role_fmt["Scene" if r.type == "Scene" else "core" if r.is_core else "argm"].format(name=name, filler=r.filler)
            for r, name in zip(event.roles, names)
        ]
        if not parts:
            return fill(f["frame_without_roles"], verb=event.verb)
        if len(parts) == 2:
            joined = parts[0] + f["pair_separator"] + parts[1]
        elif len(parts) > 2:
            joined = f["separator"].join(parts[:-1]) + f["last_separator"] + parts[-1]
        else:
            joined = parts[0]
        return fill(f["frame"], verb=event.verb, roles=joined)

    def _figclip_names(self, event: Event) -> list[str]:
        """Each role's name in the prompt: the name read from its key, cleaned (see
        ``srlcap.rolenames``); where the key holds PropBank's own description of the
        role, the roleset lexicon's name, which the function tag completes ("thrown at,
        to, over" -> "destination")."""
        key = (event.verb_id, tuple((r.type, r.key) for r in event.roles))
        names = self._names.get(key)
        if names is None:
            roleset = self.rolesets.roleset(event.verb_id)
            names = self._names[key] = [_lexicon_name(roleset, r) or r.name for r in event.roles]
        return names

    # ---------------------------------------------------------------- natural
    def natural(self, event: Event, phrases: dict | None = None) -> str:
        return self.natural_parts(event, phrases)[0]

    def natural_clause(self, event: Event, phrases: dict | None = None) -> str:
        """The event as one clause, without the capital and the full stop.

        ``phrases`` maps role types to edited Phrases (attribute negatives)."""
        roles = event.roles
        plan = self._plan(event)
        if phrases:  # an edited filler is not parsed: its Phrase comes with it
            ph = [phrases.get(r.type) or self.analyse(r.filler) for r in roles]
        else:
            ph = [self.analyse(r.filler) for r in roles]

        subject, passive = plan.subject, plan.passive
        if subject is not None and not plan.subject_certain and ph[subject].kind not in ("np", "pron"):
            subject, passive = None, False  # Arg1 not a noun phrase: fall through
        if subject is None:
            subject = next((k for k in plan.bare_core if ph[k].kind in ("np", "pron")), None)
            passive = False
        if subject is not None:
            subj_text = render_phrase(ph[subject], subject=True)
            base = ph[subject].base_form
        else:
            subj_text, base = self.g.natural["placeholder_subject"], False

        pre_verb, after = [], []
        for k in plan.argms:
            p = ph[k]
            if plan.manner[k] and p.kind == "adv" and len(p.tokens) == 1 and p.tokens[0].text.endswith("ly"):
                pre_verb.append(render_phrase(p))
            elif roles[k].argm in _PLACES:
                after.append(self._with_preposition(p, self.place_preposition(p, plan.preps[k])))
            else:
                after.append(self._with_preposition(p, plan.preps[k]))

        if passive:
            verb_group = [plan.verb.passive_base if base else plan.verb.passive_singular]
            stranded = plan.preps[subject]
            if stranded:
                verb_group.append(stranded)
        else:
            verb_group = [plan.verb.base if base else plan.verb.singular]

        objects = self._objects(plan, ph, subject)
        quote = None
        said = next((k for k, _ in objects if k in plan.speech and _is_words_said(ph[k])), None)
        if said is not None:
            speech = _speech(ph[said])
            objects = [o for o in objects if o[0] != said]
            if speech.startswith('"'):
                quote = speech  # quoted words end the sentence, after its places
            else:
                objects.append((said, speech))  # a reported clause ends the objects
        if plan.particle and not passive and objects:
            verb_group, objects = self._place_particle(plan, base, verb_group, objects, after)
        words = [subj_text] + pre_verb + verb_group + [text for _, text in objects] + after
        clause = " ".join(w for w in words if w)
        if quote:
            clause += ", " + quote
        if not clause.strip():
            raise RealisationError("nothing to realise")
        return clause

    def _objects(self, plan: "_ClausePlan", ph: list, subject) -> list[tuple[int, str]]:
        """(role, text) of the objects in English order: bare noun phrases first (a bare
        recipient before the thing: "tells a woman a story"), then prepositional ones,
        then clauses and quotes, which end the sentence ("tells a woman that she will
        recover")."""
        def rank(k):
            p, prep = ph[k], plan.preps[k]
            if p.kind in ("clause", "quote"):
                return 3
            if prep and p.kind in ("np", "pron") or p.kind == "pp":
                return 2
            return 0 if k in plan.recipients else 1
        order = sorted((k for k in plan.core if k != subject), key=rank)  # stable: role order within a rank
        return [(k, self._with_preposition(ph[k], plan.preps[k])) for k in order]

    @staticmethod
    def _place_particle(plan, base: bool, verb_group: list, objects: list, after: list):
        """Where the particle of a phrasal verb goes: after a pronoun object ("picks it
        up"), before an "of" phrase it belongs to ("pulls the van out of the lot"), else
        right after the verb ("throws away the umbrella")."""
        first_k, first = objects[0]
        bare = [(plan.head_verb.base if base else plan.head_verb.singular)]
        if first.lower() in _OBJECT_PRONOUNS:
            return bare, [objects[0], (-1, plan.particle)] + objects[1:]
        for i, (_, text) in enumerate(objects):
            if i and text.startswith("of "):
                return bare, objects[:i] + [(-1, plan.particle)] + objects[i:]
        return verb_group, objects

    def warm(self, events, verbs=()) -> None:
        """Plans and filler renderings of these events, and the verb forms of these
        (roleset, lemma) pairs, made ahead (see NegativeFactory.warm)."""
        for verb_id, lemma in verbs:
            verb_forms(self.g.verb_override(verb_id).get("lemma", lemma))
        for ev in events:
            self._plan(ev)
            for r in ev.roles:
                p = self.analyse(r.filler)
                render_phrase(p, True)
                render_phrase(p, False)

    def _plan(self, event: Event) -> "_ClausePlan":
        """What the clause of a frame looks like whatever its fillers are: role order,
        prepositions, verb forms, the subject when role names decide it. Frames recur
        (and every verb negative reuses a few), so plans are kept per verb and roles."""
        key = (event.verb_id, event.verb, tuple((r.type, r.name) for r in event.roles))
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = self._make_plan(event)
        return plan

    def _make_plan(self, event: Event) -> "_ClausePlan":
        override = self.g.verb_override(event.verb_id)
        roleset = self.rolesets.roleset(event.verb_id)
        lemma = override.get("lemma", event.verb)
        roles = event.roles
        core = sorted((k for k, r in enumerate(roles) if r.is_core), key=lambda k: roles[k].type)
        argms = sorted((k for k, r in enumerate(roles) if not r.is_core),
                       key=lambda k: self.argm_order.get(roles[k].argm, 99))
        preps = [
            self._core_preposition(r, override, roleset) if r.is_core else self.argm_preps.get(r.argm)
            for r in roles
        ]
        forms = verb_forms(lemma)
        by_type = {roles[k].type: k for k in core}
        # The subject: Arg0; else Arg1 when it is a noun phrase ("thing pushed" names
        # the patient of a transitive verb: said in the passive); else the first core
        # role without a preposition that is a noun phrase. Only the last two depend
        # on the fillers.
        subject, passive, certain = None, False, False
        if "Arg0" in by_type:
            subject, certain = by_type["Arg0"], True
        elif "Arg1" in by_type:
            arg1 = roles[by_type["Arg1"]]
            subject = by_type["Arg1"]
            passive = bool(preps[subject] or forms.participle in arg1.name.split())
            # PropBank's examples show the verb with Arg1 as its active subject ("the
            # door opens", "milk spills"): say it so, not "the door is opened"
            if passive and roleset is not None and roleset.arg1_subject and \
                    2 * roleset.arg1_subject >= roleset.examples - roleset.transitive:
                passive = False
                preps[subject] = None
        head, _, particle = lemma.partition(" ")
        # a bare goal that PropBank shows bare is a recipient: it goes before the thing
        recipients = tuple(k for k in core if not preps[k] and roles[k].type != "Arg1" and
                           _role_tag(roleset, roles[k].type) == "GOL" and
                           roleset.roles[roles[k].type].preps.get("", 0))
        return _ClausePlan(
            core=tuple(core), argms=tuple(argms), preps=tuple(preps),
            manner=tuple(r.argm == "manner" and self.g.natural["manner_adverb_before_verb"] for r in roles),
            subject=subject, passive=passive, subject_certain=certain,
            bare_core=tuple(k for k in core if not preps[k]),
            verb=forms, particle=particle, head_verb=verb_forms(head), recipients=recipients,
            speech=tuple(k for k in core if _SPEECH.search(_role_descr(roleset, roles[k]))),
        )

    def _core_preposition(self, role, override, roleset) -> str | None:
        """The preposition before a core role's noun phrase: the grammar's per-verb
        override, else what PropBank's annotated spans of this roleset's argument begin
        with, else a word of the role's name ("thing looked at", "destination")."""
        spec = override.get(role.type)
        if spec and "preposition" in spec:
            return spec["preposition"] or None
        if role.type == "Arg0":
            return None
        info = roleset.roles.get(role.type) if roleset is not None else None
        if info is not None and info.spans:
            bare = info.preps.get("", 0)
            if role.type == "Arg1":
                # the thing acted on is a direct object unless PropBank never shows it
                # bare ("listens to", "meets with"; not "enters into the office")
                if not bare:
                    return _most_frequent(info.preps)
            else:
                usual = info.preposition()
                if usual:
                    return usual
                if usual == "" and info.spans >= 2:
                    return None  # seen bare more than once: "approaches the door"
                if not bare:
                    return _most_frequent(info.preps)  # "shoots lasers at / for / through"
        last = role.name.split()[-1].lower() if role.name.split() else ""
        if last in _PREPOSITIONS and len(role.name.split()) > 1:
            return last
        if role.type == "Arg1":
            return None
        name = role.name.lower()
        for key, prep in self.name_preps:
            if key in name:
                return prep
        return None

    def place_preposition(self, p: Phrase, default: str | None) -> str | None:
        """in/on/at for a bare place, by its head noun: the grammar's table (compound
        first: "bus stop", then the head), then PropBank's locative spans, then
        ``default`` (the ArgM kind's preposition)."""
        if p.kind != "np":
            return default
        head = p.tokens[p.root]
        before = p.tokens[p.root - 1] if p.root else None
        table = self.g.lexicon.locatives
        if before is not None and before.dep == "compound":
            prep = table.get(f"{before.text.lower()} {head.text.lower()}")
            if prep:
                return prep
        return table.get(head.lemma) or table.get(head.text.lower()) or self.locatives.preposition(head.lemma) or default

    @staticmethod
    def _with_preposition(p: Phrase, prep: str | None) -> str:
        text = render_phrase(p)
        if prep and p.kind in ("np", "pron"):
            return f"{prep} {text}"
        return text

    # ---------------------------------------------------------------- clip level
    def clip_caption(self, events: list[Event], clauses: list[str]) -> str:
        """Join event clauses with temporal connectives and state each relation."""
        c = self.g.clip
        if len(clauses) == 1:
            return capitalise(fill(c["single"], clause=clauses[0]))
        conns, ordinals = c["connectives"], c["ordinals"]
        n = len(clauses)
        anchor_pos = next((i for i, ev in enumerate(events) if ev.name == ANCHOR_EVENT), None)
        sentences = []
        for i, (ev, clause) in enumerate(zip(events, clauses)):
            conn = conns[0] if i == 0 else conns[-1] if i == n - 1 else conns[min(i, len(conns) - 2)]
            rel = "anchor" if ev.name == ANCHOR_EVENT or not ev.relation or anchor_pos is None else ev.relation
            # the anchor is named by its place in the annotation (VidSitu's Ev3): a reordered
            # negative then says the same words, and they no longer fit what is told
            anchor = ordinals[EVENT_NAMES.index(ANCHOR_EVENT)] if anchor_pos is not None else ""
            sentences.append(capitalise(fill(c["relations"][rel], connective=conn, clause=clause, anchor=anchor)))
        return " ".join(sentences)

    def figclip_parts(self, event: Event, phrases: dict | None = None) -> tuple[str, str]:
        """(caption, clause) in the figclip style; its prompt names fillers verbatim, so
        token-level ``phrases`` do not reach it."""
        fig = self.figclip(event)
        return fig, fig[:-1] if fig.endswith(".") else fig

    def natural_parts(self, event: Event, phrases: dict | None = None) -> tuple[str, str]:
        """(caption, clause) in the natural style."""
        nat = self.natural_clause(event, phrases)
        return capitalise(nat) + ("" if nat.endswith(('."', '?"', '!"')) else "."), nat

    def event_parts(self, event: Event, phrases: dict | None = None) -> tuple[dict[str, str], dict[str, str]]:
        """(captions, clauses) of one event in every style of the schema, each made by the
        realiser's ``<style>_parts`` method; a clause is what a clip caption is made of.
        ``phrases`` as for :meth:`natural_clause`."""
        captions, clauses = {}, {}
        for style in STYLES:
            captions[style], clauses[style] = getattr(self, f"{style}_parts")(event, phrases)
        return captions, clauses

    def realise_event(self, event: Event, phrases: dict | None = None) -> dict[str, str]:
        """Every style of one event; ``phrases`` as for :meth:`natural_clause`."""
        return self.event_parts(event, phrases)[0]

    def realise_clip(self, events: list[Event], known: dict | None = None) -> dict[str, str]:
        """``known``: Event -> its clauses, for events already realised (a clip's
        negatives reorder or relabel the events of its positive)."""
        known = known or {}
        clauses = [known.get(ev) or self.event_parts(ev)[1] for ev in events]
        return {style: self.clip_caption(events, [c[style] for c in clauses]) for style in STYLES}
