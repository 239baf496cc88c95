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
from srlcap.frames import ANCHOR_EVENT, EVENT_NAMES, Event
from srlcap.morphology import article, inflect, pronoun_case
from srlcap.schema import STYLES

_PREPOSITIONS = {
    "at", "to", "about", "for", "from", "with", "on", "onto", "into", "in", "of", "by", "over",
    "through", "toward", "towards", "against", "after", "upon", "around", "across", "off", "out",
}
_SLOT = re.compile(r"\{(\w+)\}")


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
            out.append(article(text) + " ")
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
        # role templates as str.format strings, once: a build fills millions
        fig = grammar.figclip
        self._figclip_role = {"Scene": _format_string(fig["scene"]), "core": _format_string(fig["core"]),
                              "argm": _format_string(fig["argm"])}

    # ---------------------------------------------------------------- figclip
    def figclip(self, event: Event) -> str:
        """FiGCLIP's structured prompt, from the frame's own role names."""
        f, role_fmt = self.g.figclip, self._figclip_role
        parts = [
            role_fmt["Scene" if r.type == "Scene" else "core" if r.is_core else "argm"].format(name=r.name, filler=r.filler)
            for r in event.roles
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

    # ---------------------------------------------------------------- natural
    def natural(self, event: Event, phrases: dict | None = None) -> str:
        return capitalise(self.natural_clause(event, phrases)) + "."

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
            else:
                after.append(self._with_preposition(p, plan.preps[k]))

        if passive:
            verb_group = [plan.verb.passive_base if base else plan.verb.passive_singular]
            stranded = plan.preps[subject]
            if stranded:
                verb_group.append(stranded)
        else:
            verb_group = [plan.verb.base if base else plan.verb.singular]

        objects = [self._with_preposition(ph[k], plan.preps[k]) for k in plan.core if k != subject]
        words = [subj_text] + pre_verb + verb_group + objects + after
        clause = " ".join(w for w in words if w)
        if not clause.strip():
            raise RealisationError("nothing to realise")
        return clause

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
        lemma = override.get("lemma", event.verb)
        roles = event.roles
        core = sorted((k for k, r in enumerate(roles) if r.is_core), key=lambda k: roles[k].type)
        argms = sorted((k for k, r in enumerate(roles) if not r.is_core),
                       key=lambda k: self.argm_order.get(roles[k].argm, 99))
        preps = [
            self._core_preposition(event, r, override) if r.is_core else self.argm_preps.get(r.argm)
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
        return _ClausePlan(
            core=tuple(core), argms=tuple(argms), preps=tuple(preps),
            manner=tuple(r.argm == "manner" and self.g.natural["manner_adverb_before_verb"] for r in roles),
            subject=subject, passive=passive, subject_certain=certain,
            bare_core=tuple(k for k in core if not preps[k]),
            verb=forms,
        )

    def _core_preposition(self, event: Event, role, override) -> str | None:
        spec = override.get(role.type)
        if spec and "preposition" in spec:
            return spec["preposition"] or None
        if role.type == "Arg0":
            return None
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
        return capitalise(nat) + ".", nat

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
