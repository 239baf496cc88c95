"""Negatives that move arguments: role swap and entity replacement.

Both work on entities, not whole fillers: in "sweeps broken dishes from a countertop"
the entity of Arg2 is "a countertop", so a swap with Arg1 keeps each role's own
preposition ("sweeps a countertop from broken dishes")."""
from __future__ import annotations

from itertools import combinations

from srlcap.frames import Role
from srlcap.grammar.realise import tells_past
from srlcap.morphology import pronoun_case

from srlcap.entities import (ACTORS, GROUP_NOUNS, NAME, WORN, noun_category, phrase_class, phrase_supersense,
                             verb_supersenses)
from srlcap.negatives.base import (THIRD_PERSON, Candidate, clip_fillers, entity_head, entity_text, generator,
                                   partners, put_entity, refers_back, with_fillers)
from srlcap.rolenames import leading_preposition


@generator
def role_swap(ctx, clip, event, rng):
    """two core roles exchange their entities

    The entities of two core roles are exchanged: the same words, but who does what to
    whom is reversed. Each role keeps its own preposition. Symmetric predicates (meet, hug,
    talk with; `[symmetric]` in the grammar) get no role swap, and neither do two identical
    fillers, nor an agent and a partner said after "with" ("schemes with him": he schemes
    with the agent too).

    Only two people or two animals swap (see `srlcap.entities`): "a whiskey drinks a
    man" is told false by text alone; and into the agent's slot, in prose, only one the
    data shows acting ("a baby gestates me" otherwise; a person a camera shows may
    act). Arg0/Arg1 first, then other core pairs. A swap that another event of the clip
    makes true is skipped. Nor in the slot of an agent named by an office that decides
    over others (judge, arbitrator), nor of a provider, its client (investor, customer,
    employee) for a verb of a deal, nor of staff, a visitor or a guest for a verb of
    moving them ("Visitors usher the doormen"); an inheritance does not go up the
    generations; two of different number do not swap past a word of the frame that
    agrees with one, a predicate or a possessive ("paints the producers as ingrates in
    its lawsuit"); and a swap that moves a past clause into the subject of a present verb
    is left out. In what a camera shows, a he or she of a role that stays goes with its
    role to the new holder ("pulls a woman up with all his strength"), and one named
    through a possessive ("his friend") moves out of the subject's slot only."""
    if ctx.grammar.is_symmetric(event.verb, event.verb_id):
        return
    core = [r for r in event.roles if r.is_core and entity_text(ctx, r) is not None]
    # a predicate ("starts out as a volunteer": PropBank's PRD) says what one is, not who
    # takes part: "A volunteer starts out as Loretta" (neg9)
    roleset = ctx.realiser.rolesets.for_verb(event.verb_id, event.verb)
    core = [r for r in core if not (roleset and roleset.tag(r.type) == "PRD")
            and leading_preposition(r.filler) != "as" and not _relative(ctx, r)]
    # in prose, one of the two is the agent: two others exchanged are a thing and its
    # state or place more often than two people ("Customers change from borrowers to
    # savers", "ferries russians from Shannon"); readers found 0 of 3 such swaps valid
    # (neg5-neg13), and 76 of 117 with the agent
    if ctx.analyse.written:
        core_pairs = [(a, b) for a, b in combinations(core, 2) if "Arg0" in (a.type, b.type)]
    else:
        core_pairs = list(combinations(core, 2))
    pairs = [(a, b) for a, b in core_pairs if entity_text(ctx, a) != entity_text(ctx, b)
             and _same_kind(ctx, clip, a, b) and _movable(ctx, a) and _movable(ctx, b)
             and _possessive_points_back(ctx, event, a, b) and _possessive_points_back(ctx, event, b, a)
             and not partners(ctx, event, a, b) and _may_act(ctx, a, b) and _may_act(ctx, b, a)
             and not refers_back(ctx, _mirrored(ctx, event, a, b), (a, b), _left_to_point(ctx, event, a, b))
             and not _pronouns_around(ctx, event, a, b) and not _owns(ctx, a, b) and not _owns(ctx, b, a)
             and not (ctx.analyse.written and _said_of_one(ctx, event, a, b))
             and not (ctx.analyse.written and (_judging(ctx, a) or _judging(ctx, b)))
             and not _carried_by_a_child(ctx, event, a, b) and not _carried_by_a_child(ctx, event, b, a)
             and not _possessive_left_behind(ctx, event, a, b)
             and not _agreement_left_behind(ctx, event, a, b)
             and not _of_a_kind_acting(ctx, _CARED_FOR, a, b) and not _of_a_kind_acting(ctx, _CARED_FOR, b, a)
             and not (ctx.analyse.written and (_of_a_kind_acting(ctx, _YOUNG, a, b)
                                               or _of_a_kind_acting(ctx, _YOUNG, b, a)))
             and not _named_elsewhere(ctx, event, a, b)
             and not (ctx.analyse.written and (_generic_you_acting(ctx, a, b) or _generic_you_acting(ctx, b, a)))
             and not _of_a_kind_acting(ctx, _DEITIES, a, b) and not _of_a_kind_acting(ctx, _DEITIES, b, a)
             and not _client_providing(ctx, event, a, b) and not _client_providing(ctx, event, b, a)
             and not _generations_reversed(ctx, event, a, b)]
    first = [p for p in pairs if {p[0].type, p[1].type} == {"Arg0", "Arg1"}]
    rest = [p for p in pairs if p not in first]
    rng.shuffle(rest)
    subject = _subject_type(event)
    for a, b in first + rest:
        (ta, pa), (tb, pb) = put_entity(ctx, a, b), put_entity(ctx, b, a)
        following = _pronouns_following(ctx, event, a, b)
        # a pronoun takes the case of its new slot ("the hitter is him" is no English),
        # and two of one person's pronouns swapped say the same ("he pummels him": neg9)
        if (ca := _in_case(ta, a.type == subject)) != ta:
            ta, pa = ca, ctx.analyse(ca)
        if (cb := _in_case(tb, b.type == subject)) != tb:
            tb, pb = cb, ctx.analyse(cb)
        if (ta.lower(), tb.lower()) == (a.filler.lower(), b.filler.lower()):
            continue
        fillers = {a.type: ta, b.type: tb, **following}
        phrases = {a.type: pa, b.type: pb, **{t: ctx.analyse(f) for t, f in following.items()}}
        if _true_elsewhere(clip, event, fillers):
            continue
        if _moves_the_time(ctx, event, phrases):
            continue
        yield Candidate(with_fillers(event, fillers), f"{a.type} <-> {b.type}", phrases)


@generator
def entity_replace(ctx, clip, event, rng):
    """an argument, by another entity of the clip

    One argument's entity is replaced by another entity of the same clip that is not in
    this event: a person by a person of another gender or the same noun otherwise
    described, an animal by an animal, of one number, so the replacement is plausible in
    the scene but clearly wrong for this event. Never a quote or a
    clause, never the same noun in another number nor one member of a group ("two men"
    -> "a man in a camel coat" may still be true); nor, for one in an outer layer (jacket,
    coat, blazer), one of the same noun in an inner one ("a man in a denim jacket" may
    wear the plaid shirt)."""
    here = {entity_text(ctx, r) for r in event.roles}
    # a pronoun names no one new: "a bid from her" says nothing a reader can check
    # nor one named through a pronoun: "their father" means someone of its own event
    # ("Their father slaps a woman with blonde hair": neg9)
    donors = [r for ent, r in _clip_entities(ctx, clip)
              if ent not in here and not _pronoun(ctx, r) and len(ent.split()) <= _MAX_DONOR_WORDS
              and not _placed(ctx, r) and not _possessed(ctx, r) and not _generic(ctx, r)]
    targets = [r for r in event.roles if r.is_core and entity_text(ctx, r) is not None
               and not refers_back(ctx, event, (r,))]
    rng.shuffle(targets)
    rng.shuffle(donors)
    for role in targets:
        true_here = None  # fillers of this role and verb elsewhere in the clip, when first needed
        # an entity seen in the same role type first (an agent for an agent), so the
        # replacement is as plausible as the original
        heads = {entity_head(ctx.analyse(r.filler)) for r in event.roles if r is not role}
        for donor in sorted(donors, key=lambda d: d.type != role.type):
            if not _fits(ctx, clip, role, donor) or _member(ctx, role, donor) or not _clearly_other(ctx, clip, role, donor) \
                    or entity_head(ctx.analyse(donor.filler)) in heads:  # "a queen kneels before the queen"
                continue
            text, phrase = put_entity(ctx, role, donor)
            if true_here is None:
                true_here = clip_fillers(clip, role.type, event.verb_id, exclude=event)
            if text.lower() in true_here:
                continue  # that entity really fills this role of this verb in the clip
            yield Candidate(with_fillers(event, {role.type: text}), f"{role.type}: {role.filler!r} -> {text!r}", {role.type: phrase})


#: The gender of each pronoun of a man or a woman, and the same word of the other gender
#: (by its tag where "her" is two: "his hand" / "her hand", "to him" / "to her")
_GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_OTHER_GENDER = {("he", "PRP"): "she", ("she", "PRP"): "he", ("him", "PRP"): "her", ("her", "PRP"): "him",
                 ("his", "PRP$"): "her", ("her", "PRP$"): "his", ("his", "PRP"): "hers", ("hers", "PRP"): "his",
                 ("himself", "PRP"): "herself", ("herself", "PRP"): "himself"}
_OTHER_GENDER_OF = {"m": "f", "f": "m"}


def _pronouns_following(ctx, event, a: Role, b: Role) -> dict:
    """The fillers of the roles that stay, by role type, whose he or she now means the
    other one: what those roles say belongs to the role ("with all her strength" is the
    puller's, "if she would dance" the one asked), so after the swap each such pronoun
    takes the gender of the role's new holder: "A woman pulls a man up with all her
    strength" -> "A man pulls a woman up with all his strength", "A man asks a woman if
    she would dance" -> "A woman asks a man if he would dance" (left as they were, they
    point the wrong way: neg3/n042, neg18/n188). Only where each such pronoun can mean one
    of the two alone, the other being singular and of a known other gender ("his" beside
    "a masked woman" is the soldier's); otherwise (two men, a gender unknown, several)
    nothing changes and the pronoun rules apply as before. Not in prose, where a
    pronoun of another role may as well mean someone outside the frame
    (:func:`_said_of_one`)."""
    if ctx.analyse.written or _plural(ctx, a) or _plural(ctx, b):
        return {}
    genders = {_gender(entity_head(ctx.analyse(r.filler))) for r in (a, b)}
    out = {}
    for r in event.roles:
        if r in (a, b):
            continue
        toks = ctx.analyse(r.filler).tokens
        said = [t.text.lower() for t in toks]
        if not any(w in _GENDERED for w in said):
            continue
        words = []
        for t, low in zip(toks, said):
            if low not in _GENDERED:
                words.append(t.text)
                continue
            new, other = _OTHER_GENDER.get((low, t.tag)), _OTHER_GENDER_OF[_GENDERED[low]]
            # it means one of the two alone when the other is known to be of the other gender
            if new is None or genders not in ({_GENDERED[low], other}, {None, other}):
                return {}  # it may mean either, or neither (or a word of no known use): leave all as they were
            words.append(new[0].upper() + new[1:] if t.text[:1].isupper() else new)
        out[r.type] = "".join(w + t.ws for w, t in zip(words, toks)).strip()
    return out


def _mirrored(ctx, event, a: Role, b: Role):
    """The event with the pronouns of :func:`_pronouns_following` given to their roles'
    new holders: the frame the swap's checks read."""
    following = _pronouns_following(ctx, event, a, b)
    return with_fillers(event, following) if following else event


def _left_to_point(ctx, event, a: Role, b: Role) -> frozenset:
    """The pronouns of the roles that stay that may still point the wrong way after the
    swap: a subject's when the two may be one person (:data:`_SUBJECTS`), else any third
    person's; not he nor she once :func:`_pronouns_following` has given them to their
    roles."""
    pronouns = _SUBJECTS if _same_person(ctx, a, b) else THIRD_PERSON
    return pronouns - _GENDERED.keys() if _pronouns_following(ctx, event, a, b) else pronouns


#: The personal pronouns whose case marks their slot (not "you", "it", nor possessives)
_CASED = frozenset({"i", "me", "he", "him", "she", "her", "we", "us", "they", "them"})


def _in_case(text: str, subject: bool) -> str:
    """A lone personal pronoun in the case of the slot it now fills (subject or not)."""
    return pronoun_case(text, subject) if text.lower() in _CASED else text


def _moves_the_time(ctx, event, phrases: dict) -> bool:
    """Whether the swap takes a caption told in the past into the present. A filler that
    tells its own clause in the past puts the verb in the past when it is not the
    subject, and not when it is (:func:`srlcap.grammar.realise.tells_past`: "the man who
    won the lottery buys a house"); moved into the subject's slot, "a parent who had had
    the disease" leaves a present verb behind its past perfect ("A parent who had had the
    disease inherits ... from some children", "Investors who had been getting a little
    too ebullient sober up the pop": neg20/n125, n106), which reads as a slip of tense,
    not as another event. The other way round the verb goes into the past beside the
    clause, which is English ("He backhanded the guard who had entered the cell"; its
    template form was judged valid twice, neg16/n007, neg17/n145), so it stays.
    ``phrases``: the swapped roles' new fillers, analysed."""
    subject = _subject_type(event)

    def past(ph_of) -> bool:
        return any(tells_past(ph_of(r), r.type == subject) for r in event.roles)

    return past(lambda r: ctx.analyse(r.filler)) and not past(lambda r: phrases.get(r.type) or ctx.analyse(r.filler))


def _relative(ctx, role: Role) -> bool:
    """Whether the role names its entity only against another: a possessive with its
    noun left out ("the CEO's", "Nigel Lawson's") or "other" ones ("a dozen other
    producers"); moved, the possessive dangles and "other" means no one (neg10)."""
    toks = ctx.analyse(role.filler).tokens
    return bool(toks) and (toks[-1].text in ("'s", "'") and toks[-1].tag == "POS"
                           or any(t.text.lower() in ("other", "another") for t in toks))


#: Personal pronouns and possessives of every person
_PERSONAL = THIRD_PERSON | frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
                                      "you", "your", "yours", "yourself", "yourselves"})


def _pronouns_around(ctx, event, a: Role, b: Role) -> bool:
    """Whether one of two swapped entities is a pronoun and a pronoun stands elsewhere in
    the frame, in another role or beside the entity in its own: it may mean either, and
    the swap points it the wrong way ("She senses me go limp in my arm", "He drafts us
    from his clerkship": neg10)."""
    if not (_pronoun(ctx, a) or _pronoun(ctx, b)):
        return False
    for r in event.roles:
        p = ctx.analyse(r.filler)
        span = p.entity_span() if r in (a, b) else None
        if any(t.text.lower() in _PERSONAL for k, t in enumerate(p.tokens)
               if span is None or not span[0] <= k < span[1]):
            return True
    return False


#: Possessive pronouns of a third person: "with his mind" is the mind of one of the people
#: around it
_POSSESSIVES = frozenset({"his", "her", "their"})


def _said_of_one(ctx, event, a: Role, b: Role) -> bool:
    """Whether another role of the event says something of one of the two people by a
    possessive pronoun ("levitates the woman into the balcony with his mind",
    "denounces Mrs. Thatcher for refusing to heed the men in her Cabinet"): in prose whom
    it means is fixed by who did what, and after a swap it still means the old one, so
    the sentence reads as a muddle rather than another event (neg15/n086, neg16/n127).
    Two people of one gender are no exception here, unlike a subject pronoun
    (:data:`_SUBJECTS`): "his mind" is the levitator's whoever that is."""
    return any(word in _POSSESSIVES for word in _possessives_elsewhere(ctx, event, a, b))


def _possessives_elsewhere(ctx, event, a: Role, b: Role):
    """The possessive pronouns (lower-cased) of the event's roles other than the two."""
    return (t.text.lower() for r in event.roles if r not in (a, b) for t in ctx.analyse(r.filler).tokens
            if t.tag == "PRP$")


def _subject_type(event) -> str:
    """The role realised as the subject: the agent, else the thing acted on."""
    return "Arg0" if event.role("Arg0") is not None else "Arg1"


#: The gender a possessive pronoun gives its owner: "his rifle" is a man's
_POSSESSIVE_GENDER = {"his": "m", "her": "f"}


def _possessive_left_behind(ctx, event, a: Role, b: Role) -> bool:
    """Whether a role that stays holds a his/her of the other gender than the one the
    swap puts in the subject's slot ("A soldier points his rifle at a masked woman" ->
    "A masked woman points his rifle at a soldier": neg18/n188). The possessive meant
    the old subject; before the new one of the other gender it can only point forward to
    someone named later, which reads as a slip, not as another scene. One of the new
    subject's own gender reads as theirs ("with all his strength": the puller's whoever
    that is) and stays. (In prose :func:`_said_of_one` already keeps every such swap.)
    One given to its role's new holder (:func:`_pronouns_following`) is not left behind."""
    subject = _subject_type(event)
    if subject not in (a.type, b.type) or _pronouns_following(ctx, event, a, b):
        return False
    gender = _gender(entity_head(ctx.analyse((b if a.type == subject else a).filler)))
    return gender is not None and any(_POSSESSIVE_GENDER.get(word, gender) != gender
                                      for word in _possessives_elsewhere(ctx, event, a, b))


#: Possessive pronouns that tell their owner's number (and "its" a thing or a firm, never
#: a person): "in its current lawsuit" is one firm's, "their lawsuit" several's
_NUMBERED_POSSESSIVES = {"its": False, "their": True}


def _agreement_left_behind(ctx, event, a: Role, b: Role) -> bool:
    """Whether two entities of different number swap while a role that stays agrees in
    number with one of them: a predicate said of it ("paints the producers as ingrates")
    or a possessive that points to it ("its" to a firm or a name, "their" to several).
    What stays still agrees with the old filler, so the swap says "paints Warner as
    ingrates in its current lawsuit" of the producers: a muddle of number, not another
    event (neg22/n001). Two of one number ("portray the program traders as the
    Neanderthals": neg21/n130) and "its" beside two people ("We recite its results to
    him") stay."""
    if _plural(ctx, a) == _plural(ctx, b):
        return False
    roleset = ctx.realiser.rolesets.for_verb(event.verb_id, event.verb)
    single = a if not _plural(ctx, a) else b
    for r in event.roles:
        if r in (a, b):
            continue
        p = ctx.analyse(r.filler)
        # a core predicate ("as ingrates", or a bare noun phrase PropBank tags PRD) names
        # what one of the two is, in that one's number; a PRD after another preposition
        # is a reason or a charge ("collars him for an imagined security breach")
        prep = leading_preposition(r.filler)
        if r.is_core and p.entity_span() is not None and (prep == "as" or not prep and bool(
                roleset and roleset.tag(r.type) == "PRD")):
            return True
        for t in p.tokens:
            plural = _NUMBERED_POSSESSIVES.get(t.text.lower()) if t.tag == "PRP$" else None
            # "its" means no person: only a name or an organisation may own it
            if plural or plural is False and phrase_supersense(ctx.analyse(single.filler)) in _MAYBE_ACTORS:
                return True
    return False


#: Offices whose holder decides over others: what such an agent does (awards, rules,
#: turns away a defendant) it does by its office, and one it acts on cannot do it back
#: ("Eastern Airlines pilots award back pay to an arbitrator", "Male defendants turn away
#: Judge Hancock": neg13/n111, neg17/n062)
_JUDGING = frozenset({"judge", "arbitrator", "court", "jury", "referee", "umpire", "magistrate", "tribunal",
                      "committee", "justice"})


def _judging(ctx, role: Role) -> bool:
    """Whether the role is the agent and is named by an office that decides over others
    (:data:`_JUDGING`), by its head noun or its title ("Judge Hancock"): in prose it
    does not leave the agent's slot."""
    if role.type != "Arg0":
        return False
    p = ctx.analyse(role.filler)
    # a title is a capitalised office before a name: "Judge Hancock", not "Court officials"
    return entity_head(p) in _JUDGING or len(p.tokens) > 1 and p.tokens[0].text.lower() in _JUDGING \
        and p.tokens[0].text[:1].isupper() and p.tokens[1].pos == "PROPN"


#: Verbs whose agent bears, lifts or drives the one acted on: a child does not do so to
#: a grown-up ("the entity doing the dropping is two kids, the thing falling is mother in
#: grey coat": neg11/n144, neg17/n183)
_BEARING = frozenset({"drop off", "carry", "lift", "pick up", "drive", "cradle"})
#: Nouns of children, and of grown-ups
_CHILDREN = frozenset({"kid", "child", "baby", "toddler", "infant", "boy", "girl", "son", "daughter"})
_GROWN_UPS = frozenset({"man", "woman", "mother", "father", "mom", "dad", "parent", "grandmother", "grandfather",
                        "adult", "lady", "gentleman", "teacher"})


def _carried_by_a_child(ctx, event, child: Role, grown: Role) -> bool:
    """Whether a swap puts a child (by its head noun) in the agent's slot of a verb of
    bearing or driving (:data:`_BEARING`) over a grown-up: children drop off no mother."""
    if event.verb not in _BEARING or grown.type != "Arg0":
        return False
    heads = [entity_head(ctx.analyse(r.filler)) for r in (child, grown)]
    return heads[0] in _CHILDREN and heads[1] in _GROWN_UPS


#: Nouns that name one by the care others give them: a baby (infant, newborn) is fed,
#: carried and swaddled, and a patient is treated and prepped; named so, one does not do
#: to another what was done to it ("A baby gestates me", "The baby swaddles Leigh in
#: blankets", "The patient preps her for surgery": neg6/n002, neg14/n036, neg18/n150,
#: neg18/n116)
_CARED_FOR = frozenset({"baby", "infant", "newborn", "patient"})


def _of_a_kind_acting(ctx, kind: frozenset, moved: Role, agent: Role) -> bool:
    """Whether a swap puts one named by a noun of ``kind`` (by its head noun) in the
    agent's slot over one who is not of that kind: what the others do to the cared for
    (:data:`_CARED_FOR`), to children (:data:`_YOUNG`) or toward a god (:data:`_DEITIES`)
    is their doing, and the one of that kind doing it back is no other event but an odd
    one."""
    if agent.type != "Arg0":
        return False
    heads = [entity_head(ctx.analyse(r.filler)).lower() for r in (moved, agent)]
    return heads[0] in kind and heads[1] not in kind


#: Nouns that name a child by its age alone: not a son or a daughter (one may be grown),
#: nor a boy or a girl, who in prose act on others often enough ("These boys scapegoat
#: them", "The duke's daughter espies them" stay). In prose what a grown-up does to
#: children (scants, tutors, raises them) is a grown-up's doing ("The older children scant
#: us in order to nourish the newborn", 'Children tutor "volunteers" for $100 a week':
#: neg10/n043, neg18/n072, neg17/n079); a camera may show a child pushing a man, so this
#: kind holds in prose only
_YOUNG = frozenset({"kid", "child", "toddler", "baby", "infant"})


#: The gender and number a third person's possessive asks of its owner (None: either)
_POSSESSOR = {"his": ("m", False), "her": ("f", False), "their": (None, True)}


def _possessive_points_back(ctx, event, moved: Role, other: Role) -> bool:
    """Whether an entity named through a possessive pronoun ("his friend") still reads
    as the same one after the swap: only when it leaves the subject's slot for a later
    one and its possessive may mean the other, now the subject before it (by gender and
    number). The possessive then points back, as English's do: "His friend gives back a
    wallet to a man" -> "A man gives back a wallet to his friend" (judged valid,
    neg2/n150; "He rehabilitates his wife, Amy": neg3/n111). Moved into the subject's
    slot it comes before whom it means ("Her dad laughs at a little girl",
    "His daughter tips Waksal": neg2/n125, neg3/n028), and one of another gender or
    number ("my friend", "his friend" beside a woman) means someone else, so neither
    moves; nor one whose possessive is not its head noun's ("Anne Volokh and her
    family": hers). Not in prose, where the owner is as often one outside the frame
    ("His accomplice, an older man, garrotted the victim" -> "The victim garrotted his
    accomplice") and a bare possessive is a nominal's agent ("his" of "his repeating of
    'You'", said "He"). An entity with no possessive always may."""
    if not _possessed(ctx, moved):
        return True
    if ctx.analyse.written or moved.type != _subject_type(event) or other.type == moved.type:
        return False
    p = ctx.analyse(moved.filler)
    span = p.entity_span()
    head = p.span_head(*span)
    words = [t.text.lower() for t in p.tokens[span[0]:span[1]] if t.tag == "PRP$"]
    if len(words) != 1 or words[0] not in _POSSESSOR or p.tokens[head].pos not in ("NOUN", "PROPN") \
            or not any(t.tag == "PRP$" and t.head == head for t in p.tokens[span[0]:span[1]]):
        return False
    gender, plural = _POSSESSOR[words[0]]
    owner = _gender(entity_head(ctx.analyse(other.filler)))
    return plural == _plural(ctx, other) and (None in (gender, owner) or gender == owner)


def _possessed(ctx, role: Role) -> bool:
    """Whether the role's entity is named through a possessive pronoun ("their father")."""
    p = ctx.analyse(role.filler)
    span = p.entity_span()
    return span is not None and any(t.tag == "PRP$" for t in p.tokens[span[0]:span[1]])


def _generic(ctx, role: Role) -> bool:
    """Whether the entity is a pronoun a clause describes ("he who feels secure from
    punishment", "those who wait", "anyone who cares"): English's way of saying whoever
    is so, no one in particular, so never someone another event could be about ("He who
    feels secure from punishment phrased it": neg14)."""
    p = ctx.analyse(role.filler)
    span = p.entity_span()
    if span is None:
        return False
    head = p.span_head(*span)
    return p.tokens[head].pos == "PRON" and any(t.head == head and t.dep in ("relcl", "acl") for t in p.tokens)


def _owns(ctx, owner: Role, owned: Role) -> bool:
    """Whether one entity is named as the other's owner ("the company" and "the company's
    board"): swapped, each says what the other owns ("The company insulates the company's
    board from takeover": neg14), which is no other scene but a muddle of the same."""
    mine = entity_text(ctx, owner)
    p = ctx.analyse(owned.filler)
    span = p.entity_span()
    if not mine or span is None:
        return False
    toks = p.tokens[span[0]:span[1]]
    for k, t in enumerate(toks):
        if t.tag == "POS" and k:
            said = "".join(x.text + x.ws for x in toks[:k]).strip().lower()
            if said == mine or said.split(" ", 1)[-1] == mine.split(" ", 1)[-1]:
                return True  # "the company's board" / "a company": the same one, any article
    return False


def _named_elsewhere(ctx, event, a: Role, b: Role) -> bool:
    """Whether a role that stays names one of the two by a proper name of theirs
    ("Matsushita Electric Corp." donates "Matsushita-made flashlights"): the name ties
    that role to the one it names (its make, its people, its city), so after the swap
    the others give the named one what is its own, a muddle rather than another event
    ("Residents donate ... Matsushita-made flashlights ... to the company's U.S.
    subsidiary, Matsushita Electric Corp.": neg18/n089). A word of the name said as a
    common noun counts too: "to join the committee" is the International Olympic
    Committee's chairman's ("The chairman of the International Olympic Committee writes
    to Yasser Arafat for asking him to back a Palestinian bid to join the committee":
    neg14/n095, neg17/n112). Words of one or two letters ("U", "A") name nothing alone."""
    names = {t.text.lower() for r in (a, b) for t in ctx.analyse(r.filler).tokens
             if t.pos == "PROPN" and len(t.text) > 2}
    return bool(names) and any(t.pos in ("PROPN", "NOUN") and t.text.lower() in names
                               for r in event.roles if r not in (a, b) for t in ctx.analyse(r.filler).tokens)


def _generic_you_acting(ctx, you: Role, agent: Role) -> bool:
    """Whether a swap puts a bare "you" that was acted on in prose into the agent's slot of
    one named by a noun. A "you" acted on by named others is mostly anyone ("Doctors fob
    you off with medication": what doctors do to people); in the agent's slot it turns
    into one person doing the named ones' job back to them ("You fob off doctors with
    medication": neg4/n109, neg12/n001). Two pronouns ("He hits you" -> "You hit him")
    name two people and still swap."""
    if agent.type != "Arg0" or _pronoun(ctx, agent):
        return False
    return ctx.analyse(you.filler).text.strip().lower() == "you"


#: Nouns that name one by the receiving side of a deal: a client served in a trade, an
#: employee paid and granted leave. Those who charge, sell, lend or bill (managers,
#: brokers, banks, firms) do so to clients, employers grant pay and leave to employees,
#: and the one so named doing it back is no other deal but an odd one ("Smaller investors
#: charge higher fees for traditional stock managers", "All employees concede a longer
#: vacation to them": neg20/n049, neg19/n114). A visitor or a guest is the client of a
#: place: its staff usher, escort and lead them in, not the reverse ("Visitors usher
#: red-frocked doormen into the premises": neg22/n084)
_CLIENTS = frozenset({"investor", "customer", "client", "consumer", "buyer", "shopper", "patron", "subscriber",
                      "depositor", "passenger", "tenant", "policyholder", "employee", "visitor", "guest"})
#: WordNet's fields of the verbs of serving a client: of having and handing over (giving,
#: selling, charging, paying), and of motion, which one who serves makes a client do
#: (ushers, escorts, leads, drives them)
_SERVING = frozenset({"verb.possession", "verb.motion"})


def _client_providing(ctx, event, client: Role, agent: Role) -> bool:
    """Whether a swap puts one named as a client (:data:`_CLIENTS`, by its head noun) in
    the agent's slot of a verb of serving (:data:`_SERVING`: charge, sell, lend, bill;
    usher, escort) over one who is not a client. Clients do some such deals themselves
    (they pay, buy, invest): where the data shows a client as this verb's agent, the
    swap stays ("Customers pay the company")."""
    if agent.type != "Arg0":
        return False
    heads = [entity_head(ctx.analyse(r.filler)).lower() for r in (client, agent)]
    if heads[0] not in _CLIENTS or heads[1] in _CLIENTS:
        return False
    if not _SERVING & set(verb_supersenses(event.verb.split()[0])):
        return False
    return not any(entity_head(ctx.analyse(ev.role("Arg0").filler)).lower() in _CLIENTS
                   for ev in ctx.verb_events.get(event.verb_id, ()) if ev.role("Arg0") is not None)


#: Verbs of descent: what is inherited, bequeathed or handed down goes from the older
#: generation to the younger
_DESCENT = frozenset({"inherit", "bequeath", "hand down", "pass down"})
#: Kin nouns of an older generation, and of a younger one
_ELDERS = frozenset({"parent", "mother", "father", "mom", "dad", "grandparent", "grandmother", "grandfather",
                     "ancestor", "forefather", "forebear"})
_DESCENDANTS = frozenset({"child", "son", "daughter", "kid", "grandchild", "grandson", "granddaughter",
                          "descendant", "offspring", "heir"})


def _generations_reversed(ctx, event, a: Role, b: Role) -> bool:
    """Whether a swap of an elder and a descendant (by their kin nouns: :data:`_ELDERS`,
    :data:`_DESCENDANTS`) in a verb of descent (:data:`_DESCENT`) sends the inheritance
    up the generations: "Some children inherited a damaged copy of chromosome No. 13
    from a parent" -> "A parent inherits ... from some children" (neg20/n125) is no
    other event but one that cannot be."""
    if event.verb not in _DESCENT:
        return False
    heads = {entity_head(ctx.analyse(r.filler)).lower() for r in (a, b)}
    return bool(heads & _ELDERS) and bool(heads & _DESCENDANTS)


#: Nouns of a deity: one that people sin against, pray to and thank; the god doing it to a
#: person is no scene ("God sins against me": neg4/n075, neg10/n191), while a god acting
#: that the data shows ("God favors us") may still lose its slot ("We favor God" was read
#: valid)
_DEITIES = frozenset({"god", "goddess", "deity"})




def _acting_heads(ctx) -> frozenset:
    """The head nouns the data shows acting on something: the agent of an event that also
    has a thing acted on (Arg1). In prose an agent alone says little ("the kid
    complains"), so one of them takes the agent's slot of a swap only so: "the doctor is a
    kid with hematuria, the patient is you" (neg10). Made once per build."""
    heads = ctx.memo.get("acting heads")
    if heads is None:
        heads = ctx.memo["acting heads"] = frozenset(
            entity_head(ctx.analyse(ev.role("Arg0").filler)) for evs in ctx.verb_events.values() for ev in evs
            if ev.role("Arg0") is not None and ev.role("Arg1") is not None)
    return heads


def _may_act(ctx, role: Role, into: Role) -> bool:
    """Whether ``role``'s entity may take ``into``'s slot: an agent's only a pronoun of
    people, one whose head noun the data shows as some event's agent ("the man", "the
    doctors"; in prose, acting on something: :func:`_acting_heads`) or, in what a camera
    shows, a person; in prose not one only ever acted on:
    "A baby gestates me", "The first cultivator contrives him", "God sins against me"
    (neg2, neg4, neg6, neg10)."""
    if into.type != "Arg0" or role.type == "Arg0":
        return True
    p = ctx.analyse(role.filler)
    if p.kind == "pron" or entity_head(p) in (_acting_heads(ctx) if ctx.analyse.written else ctx.agent_heads):
        return True
    cls = phrase_class(p, ctx.grammar.lexicon.noun_classes)
    # in what a camera shows, a person acts: "the gardener", "the caller" need no other
    # event of theirs (prose's persons are babies, gods and figures of speech)
    return cls == "agent" or cls == "person" and not ctx.analyse.written \
        and (phrase_supersense(p) not in _MAYBE_ACTORS or _people(ctx, p))


def _clip_entities(ctx, clip) -> list:
    """(entity, first core role that names it) for each entity of the clip, in order.
    Every event of a clip asks in turn, so the last clip's answer is kept."""
    cached = ctx.memo.get("clip_entities")
    if cached is None or cached[0] is not clip:
        out, seen = [], set()
        for ev in clip.events:
            for r in ev.roles:
                ent = entity_text(ctx, r) if r.is_core else None
                if ent and ent not in seen:
                    seen.add(ent)
                    out.append((ent, r))
        cached = ctx.memo["clip_entities"] = (clip, out)
    return cached[1]


def _true_elsewhere(clip, event, fillers: dict) -> bool:
    """Does another event of the clip, with the same verb, have exactly these fillers?"""
    for ev in clip.events:
        if ev is event or ev.verb_id != event.verb_id:
            continue
        if all((ev.role(t) is not None and ev.role(t).filler.lower() == f.lower()) for t, f in fillers.items()):
            return True
    return False


def _member(ctx, a: Role, b: Role) -> bool:
    """The same noun in the other number ("two men" / "a man in a camel coat"): one may be
    a member of the other, so the replacement can still be true."""
    pa, pb = ctx.analyse(a.filler), ctx.analyse(b.filler)
    return entity_head(pa) == entity_head(pb) and pa.plural != pb.plural


def _movable(ctx, role: Role) -> bool:
    """Whether an entity reads the same in the other slot. Not a reflexive, nor one
    described by a state ("a sleeping patient", "a wounded soldier"), which cannot do
    what the other did. (One named through a pronoun: :func:`_possessive_points_back`.)"""
    if _with_words(role.filler):
        return False  # what is said goes with who: 'proclaims him "the great improviser"' (neg11)
    p = ctx.analyse(role.filler)
    span = p.entity_span()
    head = p.span_head(*span)
    # the state is the entity's own ("a wounded soldier"), not its clothes' ("a
    # mechanic in oil-stained overalls" moves), nor a thing worn ("a masked woman")
    return not any(
        t.dep == "amod" and t.tag in ("VBG", "VBN") and t.head == head and not _wearing(t.text)
        or t.text.lower() in _REFLEXIVES for t in p.tokens[span[0]:span[1]])


_QUOTES = ('"', "``", "''", "“", "”")


def _with_words(filler: str) -> bool:
    """Whether a filler holds a quotation besides its entity (a quote that is the whole
    filler marks a word, as in tutoring "volunteers")."""
    text = filler.strip()
    for mark in _QUOTES:
        if text.startswith(mark):
            text = text[len(mark):]
        if text.endswith(mark):
            text = text[:-len(mark)]
    return any(mark in text for mark in _QUOTES)


def _wearing(word: str) -> bool:
    """Whether a participle says what one wears ("masked", "hooded", "helmeted"): a look,
    not a state that keeps one from acting."""
    low = word.lower()
    return low.endswith("ed") and any(noun_category(stem) in WORN for stem in (low[:-2], low[:-1]))


#: A reflexive means the subject wherever it stands: "visualizes Superman as himself"
#: swapped from "visualizes himself as Superman" says nearly the same (neg4)
_REFLEXIVES = frozenset({"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves",
                         "themselves", "oneself"})


def _same_gender(ctx, a: Role, b: Role) -> bool:
    """Whether two people are of one gender (or it is unknown): a pronoun elsewhere in the
    frame ("into her ear") then still has someone to mean after they swap."""
    ga, gb = (_gender(entity_head(ctx.analyse(r.filler))) for r in (a, b))
    return ga is None or gb is None or ga == gb


def _same_person(ctx, a: Role, b: Role) -> bool:
    """Whether a pronoun of one may mean the other: one gender (or unknown) and one
    number ("soldiers ... his arm" after a swap with the sergeant: neg11)."""
    return _same_gender(ctx, a, b) and _plural(ctx, a) == _plural(ctx, b)


def _same_kind(ctx, clip, a: Role, b: Role) -> bool:
    """Whether the entities of two roles can stand in each other's slots: both people or
    both animals (by WordNet, the grammar, or the clip: an entity that is some event's
    agent acts).

    Only entities that act move (see `srlcap.entities.ACTORS`). Blind readers found swaps and replacements of things,
    places and abstractions mostly not filmable ("throws the open case into a coin",
    "heaps potatoes with his plate", "John chugs a mighty, spreading tree"): what the
    verb can take depends on more than a class.

    A person and an organisation or group (both "person" as entities) do not swap:
    "Any outside investor forbids the British government", "Unwanted suitors ward off
    the company" were judged not plausible (neg3, neg4); a name may be either."""
    ca = _actor(ctx, clip, a)
    if ca is None or ca != _actor(ctx, clip, b):
        return False
    senses = {"noun.person" if _people(ctx, p) or _titled(p) else phrase_supersense(p)
              for p in map(ctx.analyse, (a.filler, b.filler))}
    return senses != {"noun.person", "noun.group"}


def _titled(p) -> bool:
    """Whether a name is a person's by its title ("Mr. Stromach", "Judge Hancock"): a
    name may be a firm's, a titled one is not ("The company runs Mr. Stromach": neg11)."""
    return bool(p.tokens) and p.tokens[0].text.lower().rstrip(".") in _TITLES \
        and not any(t.tag == "POS" for t in p.tokens)  # "Mr. Allen's firm" is the firm


_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "judge", "sen", "senator", "rep", "gov", "governor",
                     "president", "prof", "professor", "sir", "lady", "lord", "gen", "col", "capt", "rev"})


def _people(ctx, p) -> bool:
    """Whether a group noun a camera shows is people ("the couple", "the police", "a
    crowd of people"): one who throws rice at a couple may have rice thrown at them; in
    prose a group is as often a firm or a nation."""
    return not ctx.analyse.written and entity_head(p) in GROUP_NOUNS


def _fits(ctx, clip, a: Role, b: Role) -> bool:
    """:func:`_same_kind`, and of one number: "two men" and "a man in a camel coat" (one
    may be a member of the other, so a replacement may still be true)."""
    return _same_kind(ctx, clip, a, b) and _plural(ctx, a) == _plural(ctx, b)


def _actor(ctx, clip, role: Role) -> str | None:
    """The class of an entity that acts (person, animal, or a grammar's "agent"), else
    None."""
    p = ctx.analyse(role.filler)
    if p.kind not in ("np", "pron", "pp"):
        return None  # quotes, clauses, manners: never entities
    if p.kind == "pron" and p.tokens[p.root].text.lower() in _THINGS_OR_PEOPLE \
            and role.type != "Arg0" and not _agent_in_clip(ctx, clip, role):
        return None  # "meshes them with the attributes of industry", "leavens them": things
    cls = phrase_class(p, ctx.grammar.lexicon.noun_classes)
    if cls is None and role.type == "Arg0" or cls is None and _agent_in_clip(ctx, clip, role):
        cls = "person"
    if cls == "person" and role.type != "Arg0" and phrase_supersense(p) in _MAYBE_ACTORS \
            and entity_text(ctx, role) not in ctx.agents and not _people(ctx, p):
        return None  # "NL Industries control Harold Simmons", "C02 ! carbonifies us" (neg5, neg6)
    return cls if cls in ACTORS else None


#: Supersenses of entities that may be people or not: a name ("C02", "NL Industries",
#: "a Ferrari 550") or an organisation ("core businesses"). Not an agent in its own
#: frame, one acts only where the data shows it acting.
_MAYBE_ACTORS = frozenset({NAME, "noun.group"})


#: Pronouns that name things as often as people: people only where they act (an agent
#: in the frame or the clip)
_THINGS_OR_PEOPLE = frozenset({"they", "them", "themselves", "it", "itself"})


#: a donor entity longer than this is a clause in disguise ("the way people size each
#: other up, immediately canceling ..."), not someone who could be in the scene
_MAX_DONOR_WORDS = 6

#: After a swap both people are still there, so "with all his strength" may point to
#: either; only a subject inside what is said or asked ("if she would dance") is wrong.
_SUBJECTS = {"he", "she", "they"}


_MALE = {"man", "boy", "father", "husband", "king", "groom", "son", "brother", "gentleman", "guy", "grandfather",
         "uncle", "nephew", "prince", "monk", "priest", "businessman", "policeman", "fisherman", "cowboy", "he"}
_FEMALE = {"woman", "girl", "mother", "wife", "queen", "bride", "daughter", "sister", "lady", "grandmother", "aunt",
           "niece", "princess", "nun", "waitress", "actress", "businesswoman", "policewoman", "she"}


#: Nouns of an office whose word does not give a sex, though a video shows a man in it:
#: an annotator names the priest seen at a wedding, but in prose "she" may be a priest
#: (in the churches that ordain women), so "She handles this" -> "The gay priest handles
#: this" may name her (neg15/n062, neg16/n071, neg17/n072)
_MALE_WHEN_SEEN = frozenset({"priest"})


def _gender(word: str) -> str | None:
    return "m" if word in _MALE else "f" if word in _FEMALE else None


def _clearly_other(ctx, clip, role: Role, donor: Role) -> bool:
    """Whether the donor cannot be the same person as the role's: another gender, or the
    same noun told apart by its description ("a man in a black suit" / "a man in a grey
    hoodie"). Blind readers took "an attendant in a blue cap" -> "a woman in cowboy
    boots" as maybe the same person."""
    pa, pb = ctx.analyse(role.filler), ctx.analyse(donor.filler)
    a, b = entity_head(pa), entity_head(pb)
    if a == b:
        # the same noun is someone else only when both are described, differently, in
        # one respect: "investors" may be the "bond investors", "a woman with blonde
        # hair" the "woman in a red flannel shirt" (neg6: hair and clothes go together)
        da, db = _aspects(ctx, pa), _aspects(ctx, pb)
        return any(da[k] != db[k] and not (k == "in" and _worn_under(da[k], db[k])) for k in da.keys() & db.keys())
    if _actor(ctx, clip, role) == "agent":
        return True  # a grammar's acting things are named by what they are: a square is no circle
    if ctx.analyse.written and {a, b} & _MALE_WHEN_SEEN:
        return False  # in prose a priest may be a woman
    ga, gb = _gender(a), _gender(b)
    return ga is not None and gb is not None and ga != gb


#: Garments worn over others (a jacket, a coat, a suit's jacket), and garments worn under
#: one (a shirt, a sweater): one whose caption names the outer layer may wear any of the
#: inner ones beneath it, so "a man in a denim jacket" -> "a man in a plaid shirt" may be
#: the same man (neg4/n096, neg10/n080, neg19/n108). The other way round the caption shows
#: the inner layer bare: "a man in a tank top" is no "man in a blue jacket" (judged valid).
#: Not a hoodie nor a sweatshirt, seldom worn under a suit ("a man in a black suit" ->
#: "a man in a grey hoodie": judged valid seven times).
_WORN_OVER = frozenset({"jacket", "coat", "overcoat", "raincoat", "topcoat", "blazer", "parka", "anorak",
                        "windbreaker", "cardigan", "suit", "tuxedo", "cloak", "cape", "poncho", "apron"})
_WORN_UNDER = frozenset({"shirt", "t-shirt", "tee", "blouse", "top", "turtleneck", "sweater", "jumper",
                         "polo", "undershirt", "camisole"})


def _worn_under(outer: str, inner: str) -> bool:
    """Whether what one wears (an "in" phrase, head last: "denim jacket") is a layer worn
    over the other's ("plaid shirt"), which may be beneath it: :data:`_WORN_OVER`."""
    a, b = outer.split(), inner.split()
    return bool(a and b) and a[-1] in _WORN_OVER and b[-1] in _WORN_UNDER


def _aspects(ctx, p) -> dict:
    """What describes an entity, by respect: each phrase after its head by its
    preposition ("in": what one wears, "with": what one has or holds), each adjective by
    its attribute class (colour, age, size; `[lexicon.attributes]`) or as itself ("a
    man [in a black suit]" -> {"in": "a black suit"}; "an old man" -> {"age": "old"})."""
    span = p.entity_span()
    if span is None:
        return {}
    head = p.span_head(*span)
    classes = ctx.grammar.lexicon.attribute_class
    out: dict = {}
    key = None
    for i in range(*span):
        tok = p.tokens[i]
        if i < head:
            if tok.pos == "ADJ" or tok.dep == "compound":
                word = tok.text.lower()
                out[classes.get(word, word)] = word
        elif i > head:
            if tok.pos == "ADP" and tok.head == head:
                key = tok.lemma
                out[key] = ""
            elif key is not None and tok.pos != "PUNCT" and tok.tag not in ("DT", "PRP$"):
                out[key] = (out[key] + " " + tok.text.lower()).strip()
    return out


def _placed(ctx, role: Role) -> bool:
    """Whether the entity is named by where it is ("an old woman in bed", "a little boy
    in the back seat", "a man at the bar"), not by what it wears ("in a black suit"):
    it is tied to that place, and doing another event's action there is no scene ("a
    little boy in the back seat drives", "an old woman in bed hesitantly enters")."""
    p = ctx.analyse(role.filler)
    span = p.entity_span()
    if span is None:
        return False
    head = p.span_head(*span)
    for i in range(*span):
        tok = p.tokens[i]
        if tok.dep == "prep" and tok.head == head and tok.text.lower() in ("in", "at", "on"):
            obj = next((j for j in range(i + 1, span[1]) if p.tokens[j].dep == "pobj" and p.tokens[j].head == i), None)
            if obj is not None and p.tokens[obj].pos == "NOUN":
                # the word as written too: "glasses" are worn, its lemma "glass" is not
                categories = {noun_category(p.tokens[obj].lemma), noun_category(p.tokens[obj].text)} - {None}
                if categories and not categories & WORN:
                    return True
    return False




def _pronoun(ctx, role: Role) -> bool:
    p = ctx.analyse(role.filler)
    span = p.entity_span()
    return p.kind == "pron" or (span is not None and all(p.tokens[i].pos == "PRON" for i in range(*span)))


def _plural(ctx, role: Role) -> bool:
    p = ctx.analyse(role.filler)
    return p.plural or entity_head(p) in GROUP_NOUNS


def _agent_in_clip(ctx, clip, role: Role) -> bool:
    ent = entity_text(ctx, role)
    return any(r.type == "Arg0" and entity_text(ctx, r) == ent for ev in clip.events for r in ev.roles)
