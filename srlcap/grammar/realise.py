"""The grammar engine: frames in, captions out.

Captions are assembled from slots (subject, verb group, objects, ArgM phrases), each
rendered from the analysed filler, never by editing a finished string. Negatives reuse
the same path: they change the frame (or a filler's tokens) and realise it again, so a
negative gets the same articles, agreement, casing and punctuation rules as a positive.
"""
from __future__ import annotations

import re

from srlcap.analysis import Phrase
from srlcap.errors import RealisationError
from srlcap.frames import ANCHOR_EVENT, EVENT_NAMES, Event
from srlcap.morphology import article, inflect, pronoun_case

_PREPOSITIONS = {
    "at", "to", "about", "for", "from", "with", "on", "onto", "into", "in", "of", "by", "over",
    "through", "toward", "towards", "against", "after", "upon", "around", "across", "off", "out",
}
_SLOT = re.compile(r"\{(\w+)\}")


def fill(template: str, **slots: str) -> str:
    """Substitute ``{slot}`` placeholders; the loader has checked the slot names."""
    return _SLOT.sub(lambda m: slots[m.group(1)], template)


def render_phrase(phrase: Phrase, subject: bool = False) -> str:
    """A filler as it reads inside a sentence: articles added, pronoun case fixed,
    a sentence-initial capital from the source dropped."""
    done = phrase.memo.get(subject)
    if done is None:
        done = phrase.memo[subject] = _render(phrase, subject)
    return done


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


class Realiser:
    """Realises events and clips in every style of a grammar."""

    def __init__(self, grammar, analyse):
        self.g = grammar
        self.analyse = analyse  # filler text -> Phrase (cached spaCy analysis)
        nat = grammar.natural
        self.argm_order = {k: i for i, k in enumerate(nat["argm_order"])}
        self.argm_preps = nat["argm_prepositions"]
        self.name_preps = sorted(nat["role_name_prepositions"].items(), key=lambda kv: -len(kv[0]))

    # ---------------------------------------------------------------- figclip
    def figclip(self, event: Event, names: dict | None = None) -> str:
        """FiGCLIP's structured prompt. ``names`` overrides role names (verb replacement)."""
        f = self.g.figclip
        parts = []
        for role in event.roles:
            name = (names or {}).get(role.type, role.name)
            if role.type == "Scene":
                parts.append(fill(f["scene"], name=name, filler=role.filler))
            elif role.is_core:
                parts.append(fill(f["core"], name=name, filler=role.filler))
            else:
                parts.append(fill(f["argm"], name=name, filler=role.filler))
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
        phrases = phrases or {}

        def phrase(role) -> Phrase:
            return phrases.get(role.type) or self.analyse(role.filler)

        override = self.g.verb_override(event.verb_id)
        lemma = override.get("lemma", event.verb)
        core = sorted((r for r in event.roles if r.is_core), key=lambda r: r.type)
        argms = sorted((r for r in event.roles if not r.is_core), key=lambda r: self.argm_order.get(r.argm, 99))
        preps = {r.type: self._core_preposition(event, r, override) for r in core}

        subject, passive = self._choose_subject(event, core, preps, lemma, phrase)
        if subject is not None:
            subj_phrase = phrase(subject)
            subj_text = render_phrase(subj_phrase, subject=True)
            base = subj_phrase.base_form
        else:
            subj_text, base = self.g.natural["placeholder_subject"], False

        head, _, particle = lemma.partition(" ")
        pre_verb = []
        after = []
        for role in argms:
            p = phrase(role)
            if (
                role.argm == "manner" and self.g.natural["manner_adverb_before_verb"]
                and p.kind == "adv" and len(p.tokens) == 1 and p.tokens[0].text.endswith("ly")
            ):
                pre_verb.append(render_phrase(p))
            else:
                after.append(self._with_preposition(p, self.argm_preps.get(role.argm)))

        if passive:
            aux = "are" if base else "is"
            verb_group = [aux, inflect(head, "VBN")] + ([particle] if particle else [])
            stranded = preps.get(subject.type)
            if stranded:
                verb_group.append(stranded)
        else:
            verb_group = [inflect(head, "VBP" if base else "VBZ")] + ([particle] if particle else [])

        objects = []
        for role in core:
            if role is subject:
                continue
            objects.append(self._with_preposition(phrase(role), preps[role.type]))

        words = [subj_text] + pre_verb + verb_group + objects + after
        clause = " ".join(w for w in words if w)
        if not clause.strip():
            raise RealisationError("nothing to realise")
        return clause

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

    def _choose_subject(self, event: Event, core, preps, lemma, phrase_of):
        """Return (subject role or None, passive?)."""
        by_type = {r.type: r for r in core}
        if "Arg0" in by_type:
            return by_type["Arg0"], False
        arg1 = by_type.get("Arg1")
        if arg1 is not None:
            # "thing pushed" names the patient of a transitive verb: say it in the passive.
            if phrase_of(arg1).kind in ("np", "pron"):
                vbn = inflect(lemma.partition(" ")[0], "VBN")
                return arg1, bool(preps.get("Arg1") or vbn in arg1.name.split())
        for role in core:
            if not preps.get(role.type) and phrase_of(role).kind in ("np", "pron"):
                return role, False
        return None, False

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

    def event_clause(self, event: Event, style: str) -> str:
        if style == "natural":
            return self.natural_clause(event)
        text = self.figclip(event)
        return text[:-1] if text.endswith(".") else text

    def realise_event(self, event: Event, phrases: dict | None = None) -> dict[str, str]:
        """Every style of one event; ``phrases`` as for :meth:`natural_clause`."""
        return {"natural": self.natural(event, phrases), "figclip": self.figclip(event)}

    def realise_clip(self, events: list[Event]) -> dict[str, str]:
        return {
            style: self.clip_caption(events, [self.event_clause(ev, style) for ev in events])
            for style in ("natural", "figclip")
        }
