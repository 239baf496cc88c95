"""English morphology for captions: verb inflection, articles, pronoun case.

pyinflect knows most verbs; for the rest (rare PropBank lemmas, made-up verbs) a rule
fallback inflects regular forms. Results are cached: a build asks for the same few
thousand forms over and over.
"""
from __future__ import annotations

import re
from functools import lru_cache

from srlcap.entities import is_proper_word, noun_class

_VOWEL = set("aeiou")
# a/an follows sound, not spelling: these start with a vowel letter but a consonant
# sound, or the other way round.
_AN_EXCEPTIONS = ("hour", "honest", "honor", "honour", "heir", "herb")
_A_EXCEPTIONS = ("uni", "use", "usu", "uti", "ure", "uro", "eu", "ewe", "one", "once", "ubiq", "uku", "u-")
_LETTER_AN = set("aefhilmnorsx")  # letters whose name starts with a vowel sound: "an FBI agent"

_SUBJECT = {"me": "I", "him": "he", "her": "she", "us": "we", "them": "they", "whom": "who"}
_OBJECT = {"i": "me", "he": "him", "she": "her", "we": "us", "they": "them", "who": "whom"}
# A lone possessive filler ("his") stands for the possessor: say it as a pronoun.
_POSSESSIVE = {"my": "i", "his": "he", "her": "she", "its": "it", "our": "we", "your": "you", "their": "they"}
_PLURAL_PRONOUNS = {"our", "their", "we", "they", "us", "them", "these", "those", "both", "many", "several", "few",
                    "some", "others"}
_BASE_FORM_PRONOUNS = {"i", "you", "we", "they"}  # take "push", not "pushes"


@lru_cache(maxsize=None)
def inflect(lemma: str, tag: str) -> str:
    """Inflect a verb lemma (first word only for phrasal verbs) to a Penn tag."""
    head, _, rest = lemma.partition(" ")
    form = third_person(head) if tag == "VBZ" else _pyinflect(head, tag) or _rule_inflect(head, tag)
    return f"{form} {rest}" if rest else form


def third_person(verb: str) -> str:
    """The third-person singular present ("pushes", "knocks", "goes", "tangos").

    English spelling decides it for all but "be" and "have"; pyinflect's table is asked
    only where the spelling rule cannot know the sound: a final -o ("solos"/"vetoes"), a
    final -ch said /k/ ("stomachs") and doubling after a final -s or -z ("quizzes").
    Elsewhere its answer is not taken: about 20 of its 6,000 PropBank verbs are wrong
    ("knockes", "weepes", "abode" for abide), and the rule agrees with it on the rest
    (tests/test_morphology.py checks every PropBank verb)."""
    rule = _rule_inflect(verb, "VBZ")
    if verb in ("be", "have"):
        return rule
    variants = {verb + "s"} if verb.endswith(("o", "ch")) else set()
    if verb.endswith(("s", "z")) and not verb.endswith(("ss", "zz")):
        variants.add(verb + verb[-1] + "es")
    known = _pyinflect_forms(verb).get("VBZ") or ()
    if rule in known:
        return rule
    return next((form for form in known if form in variants), rule)


def _pyinflect(word: str, tag: str) -> str | None:
    forms = _pyinflect_forms(word).get(tag)
    return forms[0] if forms else None


@lru_cache(maxsize=None)
def _pyinflect_forms(word: str) -> dict:
    # pyinflect's getInflection(word, tag) is this table's entry for the tag, but it
    # deep-copies the word's whole table on every call (60 us): once per word here.
    # getAllInflections itself deep-copies too (a third of a plan's making); its entries
    # are tuples of strings, so a shallow copy of the two tables it merges is the same
    # dict, which its own capitalisation step then fills as it does there.
    from pyinflect import INFLECTION_INST as infl  # imported on first use: it imports spaCy (3 s)

    lower = word.lower()
    forms = dict(infl.infl_data.get(lower, ()))
    forms.update(infl.overrides.get(lower, ()))
    if not forms:
        return {}
    return infl._applyCapsStyleToDict(forms, infl._getCapsStyle(word))


@lru_cache(maxsize=None)
def is_adjective(word: str) -> bool:
    """Whether pyinflect's table knows the word as an adjective ("quick": quicker)."""
    from pyinflect import getAllInflections

    return bool(getAllInflections(word.lower(), pos_type="A"))


def is_gerund(word: str) -> bool:
    """Whether a word is the -ing form of a verb pyinflect knows ("missing", "flaking")."""
    w = word.lower()
    if not w.endswith("ing") or len(w) < 5:
        return False
    stems = {w[:-3], w[:-3] + "e"} | ({w[:-4]} if w[-4] == w[-5] else set())
    return any(w in (_pyinflect_forms(stem).get("VBG") or ()) for stem in stems)


def is_verb_base(word: str) -> bool:
    """A verb's base form ("wait", "freeze"), as pyinflect's table knows verbs."""
    forms = _pyinflect_forms(word.lower()).get("VB")
    return bool(forms) and forms[0] == word.lower()


_PARTICLES = ("out", "over", "up", "down", "off", "back", "in", "away")


@lru_cache(maxsize=None)
def verb_of_noun(lemma: str, role_words: tuple = ()) -> str | None:
    """The verb a PropBank lemma that English has only as a noun stands for, or None:
    its -ing form's verb ("gurgling" -> "gurgle"), a noun of a verb and its particle
    ("layover" -> "lay over", "payout" -> "pay out"), or the verb of the role names'
    participle with the lemma's prefix ("reconquest", whose Arg1 is "thing conquered":
    "reconquer"). Only for a lemma pyinflect knows as a noun and not as a verb: "the king
    reconquest the city" is no English."""
    if " " in lemma or not lemma.isalpha():
        return None
    forms = _pyinflect_forms(lemma)
    if forms.get("VB") or not forms.get("NN"):
        return None
    if is_gerund(lemma):
        stem = next(s for s in (lemma[:-3], lemma[:-3] + "e", lemma[:-4])
                    if lemma in (_pyinflect_forms(s).get("VBG") or ()))
        return stem
    for particle in _PARTICLES:
        head = lemma[:-len(particle)]
        if lemma.endswith(particle) and len(head) >= 2 and (_pyinflect_forms(head).get("VB") or ()) == (head,):
            return f"{head} {particle}"
    for word in role_words:
        if len(word) < 5 or not word.endswith("ed"):
            continue
        for stem in (word[:-2], word[:-1], word[:-3]):
            if word in (_pyinflect_forms(stem).get("VBN") or ()) and len(stem) >= 4:
                at = lemma.find(stem[:4])
                verb = lemma[:at] + stem if at >= 0 else None
                if verb and (_pyinflect_forms(verb).get("VB") or ()) == (verb,):
                    return verb
    return None


def _rule_inflect(word: str, tag: str) -> str:
    if word == "be":
        return {"VBZ": "is", "VBP": "are", "VBD": "was", "VBN": "been", "VBG": "being"}.get(tag, "be")
    if tag in ("VB", "VBP"):
        return word
    if word == "have":
        return {"VBZ": "has", "VBD": "had", "VBN": "had", "VBG": "having"}.get(tag, "have")
    if tag == "VBZ":
        if re.search(r"(^|qu|[^aeiou])[aeiou]z$", word):
            return word + "zes"  # quiz -> quizzes: a final single z after a short vowel doubles
        if re.search(r"(s|x|z|ch|sh|[^aeiou]o)$", word):
            return word + "es"
        if re.search(r"[^aeiou]y$", word):
            return word[:-1] + "ies"
        return word + "s"
    if tag == "VBG":
        if word.endswith("ie"):
            return word[:-2] + "ying"
        if word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
            return word[:-1] + "ing"
        return _double_final(word) + "ing"
    # VBD / VBN
    if word.endswith("e"):
        return word + "d"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ied"
    return _double_final(word) + "ed"


def _double_final(word: str) -> str:
    # stop -> stopp(ed); only for short consonant-vowel-consonant words
    if len(word) <= 4 and re.search(r"[^aeiou][aeiou][bdgklmnprt]$", word):
        return word + word[-1]
    return word


def article(word: str) -> str:
    """'a' or 'an' for the word that follows it."""
    w = word.lower().lstrip("\"'(")
    if not w:
        return "a"
    # an initialism written with full stops ("U.N.", "U.S.", "F.B.I.") is read letter by
    # letter too, so its first letter's name decides: "a U.N. vote", "an F.B.I. agent"
    if re.match(r"[A-Za-z]\.(?:[A-Za-z]\.)+", w):
        return "an" if w[0] in _LETTER_AN else "a"
    if w.startswith(_AN_EXCEPTIONS):
        return "an"
    if w.startswith(_A_EXCEPTIONS):
        return "a"
    if word.isupper() and len(word) > 1 and word.isalpha():  # acronyms are read letter by letter
        return "an" if w[0] in _LETTER_AN else "a"
    if w[0].isdigit():
        return "an" if re.match(r"(8|11|18)(\D|$)|8\d\d", w) else "a"
    return "an" if w[0] in _VOWEL else "a"


def pronoun_case(word: str, subject: bool) -> str:
    """Nominative in subject position, accusative elsewhere; other words unchanged."""
    table = _SUBJECT if subject else _OBJECT
    lower = word.lower()
    if lower in _POSSESSIVE and not (lower == "her" and not subject):
        lower = _POSSESSIVE[lower]
        word = lower if lower != "i" else "I"
        if subject or lower not in _OBJECT:
            return "I" if lower == "i" else lower
    new = table.get(lower)
    if new is None:
        # "you" and "it" keep their form in either case, but not a capital from the
        # source's first word: "He dotes on You" (neg5)
        return lower if lower in ("you", "it") else word
    # lower-case whatever the source's case: a sentence's first word is capitalised when
    # the caption is, and "We" moved to an object is "us", not "Us"
    return new


def is_plural_pronoun(word: str) -> bool:
    return word.lower() in _PLURAL_PRONOUNS


def takes_base_form(word: str) -> bool:
    """Pronoun subjects that take the bare verb in the present ('you push')."""
    w = _POSSESSIVE.get(word.lower(), word.lower())
    return w in _BASE_FORM_PRONOUNS or w in ("me", "us", "them")


def is_plural_noun(word: str) -> bool:
    """A plural the tagger took for a singular ("parkas"/NN): pyinflect's table has the
    word as the plural of the word without its "s"."""
    w = word.lower()
    return w.endswith("s") and any(w in (_pyinflect_forms(stem).get("NNS") or ()) for stem in (w[:-1], w[:-2]))


# adjectives whose adverb is the same word or not made with -ly
_ADVERB_EXCEPTIONS = {"good": "well", "fast": "fast", "hard": "hard", "late": "late", "early": "early",
                      "straight": "straight", "long": "long", "high": "high", "low": "low", "public": "publicly",
                      "whole": "wholly", "shy": "shyly", "sly": "slyly", "dry": "dryly", "true": "truly",
                      "due": "duly", "full": "fully", "daily": "daily", "weekly": "weekly", "alone": "alone"}


# adjectives that say the doer's state, and stay adjectives: "walks barefoot"
_DEPICTIVES = frozenset("barefoot naked nude shirtless topless upright awake asleep alive alone ready drunk "
                        "blindfolded sober wet".split())


def adverb(adjective: str) -> str:
    """The manner adverb of an adjective by English spelling: "skillful" -> "skillfully",
    "gentle" -> "gently", "happy" -> "happily", "frantic" -> "frantically"; a state stays
    ("barefoot")."""
    w = adjective.lower()
    if w in _DEPICTIVES:
        return w
    if w in _ADVERB_EXCEPTIONS:
        return _ADVERB_EXCEPTIONS[w]
    if w.endswith("ly"):
        return w
    if w.endswith("ic"):
        return w + "ally"
    if w.endswith("le") and len(w) > 3 and w[-3] not in _VOWEL:
        return w[:-1] + "y"
    if w.endswith("y") and len(w) > 2 and w[-2] not in _VOWEL:
        return w[:-1] + "ily"
    return w + "ly"


#: Kin a family calls by the kin word itself, as by a name: "Grandma", "Mom", "Uncle"
ADDRESS_KIN = frozenset("""mom mum mommy mummy mother ma dad daddy father pa grandma granny gran grandmother nana
grandpa grandad granddad grandfather uncle aunt auntie""".split())


#: indefinite pronouns the tagger may read as nouns ("Others"/NNS), which WordNet does not
#: know as nouns: a capital on them is only the sentence's
_PRONOUN_WORDS = frozenset("""others another everyone everybody someone somebody anyone anybody nobody
everything something anything nothing""".split())


def kin_as_name(tok, after=None) -> bool:
    """Whether a filler's first word is a singular kin word of :data:`ADDRESS_KIN` with no
    article or owner, alone or before its "'s" (``after``: the next word of the filler, if
    any): a form of address, a name, which English writes with a capital wherever it
    stands ("pounds Mom", not "pounds mom": round15/q130)."""
    return tok.tag == "NN" and tok.lemma.lower() in ADDRESS_KIN and (after is None or after.tag == "POS")


def sentence_capital(tok, after=None) -> bool:
    """Whether a filler's first word has a capital only because it opened its sentence
    ("The republics", "Residents"). A noun WordNet does not know keeps it: spaCy tags a
    lone name such as "Waksal" as a common noun, and "tips waksal" is no English.
    ``after`` is the word after it in the filler, if any: a capitalised kin word alone
    (or before its "'s") is a name, a singular noun of kin with no article being one
    only as a form of address ("dotes on Grandma", not "on grandma": neg15/n043)."""
    t = tok.text
    if t == "A" and tok.tag == "DT":
        return True  # the article that opened the sentence: "burgle a house", not "burgle A house"
    if t[:1].isupper() and t[1:].islower() and t.lower() in _PRONOUN_WORDS:
        return True  # never a name, whatever WordNet lacks: "moves others", not "moves Others" (round16/q010)
    if kin_as_name(tok, after):
        return False
    if not (len(t) > 1 and t[0].isupper() and t[1:].islower()) or tok.tag in ("NNP", "NNPS") or tok.pos == "PROPN":
        return False
    if is_proper_word(t) and is_proper_word(tok.lemma):
        # English always capitalises it ("Japanese investment", "English"), first or not;
        # its lemma too, so that a common plural that is also a surname ("Sellers") is not
        return False

    return tok.tag not in ("NN", "NNS") or noun_class(tok.lemma) is not None or noun_class(t) is not None
