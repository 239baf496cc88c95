"""Make grammars/wordnet_tables.json from WordNet 3.0 (Princeton; licence in
grammars/LICENSE-wordnet.txt), as Debian's `wordnet-base` package installs it:

    apt-get install wordnet-base
    python grammars/make_wordnet_tables.py [--wordnet /usr/share/wordnet]

Ten tables, all deterministic (sorted keys and lists):

- ``noun_classes``: entity class -> the noun lemmas of that class, by their most
  frequent sense's lexicographer file and hypernyms (a grammar's
  `[lexicon.noun_classes]` corrects nouns whose video sense is not WordNet's first:
  "queen"): person, animal, vehicle, force (natural phenomena),
  body, place, object, abstract. Negatives use it so that a role swap or an
  entity replacement puts a filler only where its class fits ("his rifle holds a
  soldier" is rejected by text alone, so it teaches the image encoder nothing).
- ``verb_related``: verb lemma -> the lemmas whose replacement would still be true or
  nearly so: its synonyms, hypernyms (two levels), hyponyms (one level) and entailments,
  over its three most frequent senses ("grab" -> "seize", "hug" -> "hold"). Only lemmas
  that PropBank has rolesets for are kept (the verbs a negative can draw).
- ``noun_supersenses``: lexicographer file (supersense: noun.person, noun.artifact,
  noun.communication, ...) -> the noun lemmas whose most frequent sense is in it, for
  the same lemmas as ``noun_classes``. ``grammars/make_lexicons.py`` mines which
  supersenses each PropBank roleset's arguments take from these, and verb negatives
  check a kept filler against them (no "a wardrobe fracks").
- ``verb_supersenses``: verb lemma (PropBank's, spaces for phrasal ones) -> the
  supersenses (verb.motion, verb.communication, ...) of its three most frequent senses,
  most frequent first (a phrasal lemma WordNet lacks takes its first word's): verb
  negatives prefer a verb of the same field ("cries" -> "laughs", not "kneels").
- ``noun_categories``: category -> the noun lemmas of it: the hypernym five levels
  below WordNet's root on the path of the lemma's most frequent sense (its first
  hypernym each step; a shallower sense is its own category), six under the few
  categories too big to say anything (:data:`CATEGORY_SPLIT`), named by its first lemma
  and offset ("device#03183080": guitar, gun, antenna; "container#03094503": box, sack,
  wallet; "beverage#07881800": tea, coffee). Finer than a supersense, it tells what a verb may plausibly act on: "closes
  an acoustic guitar" is not said of a verb seen closing doors and boxes.
- ``verb_antonyms``: verb lemma -> its antonyms: WordNet's antonym pointers from the
  lemma and the other lemmas of its most frequent sense ("yell" -> shout's
  "whisper"), kept to PropBank's lemmas.
  A verb negative says an antonym first where one fits the frame: "pulls" for
  "pushes", "cries" for "laughs" is false whatever else the video shows, where most
  other verbs may go on at the same time ("smiles" while one laughs).
- ``verb_antonyms_via``: verb lemma -> {antonym: the other lemmas of its most frequent
  sense that WordNet pairs with it}, for the antonyms of ``verb_antonyms`` that are not
  the lemma's own ("preserve" -> "discontinue" through "continue"). WordNet's antonymy
  is a relation of words: such an antonym contrasts with the frame's verb only in the
  sense it shares with those words.
- ``verb_familiarity``: verb lemma -> how often its senses are tagged in SemCor
  (WordNet's ``cntlist.rev``), for PropBank's lemmas tagged at least once: how common
  the verb is in English. A verb negative draws no verb SemCor never tags ("curries
  the Golden Gate", "the patient cubs"): a reader cannot picture it.
- ``place_relations``: noun lemma -> the nouns its most frequent sense lies in or beside:
  its part and member holonyms and the nouns its gloss names after the genus
  ("sidewalk" -> area, street, roadway: "walk consisting of a paved area for
  pedestrians; usually beside a street or roadway"; not the genus "walk" nor hypernyms:
  a kitchen is "a room", and a living room is not where it is), for nouns of places and
  things (noun.artifact, noun.location, noun.object) and to nouns of those. A scene
  negative takes no place so related to the original: "on a city street" may be where
  the sidewalk is.
- ``artifact_acts``: noun lemma -> the verbs (PropBank's lemmas) that WordNet gives as
  another name of one of its senses of a made thing (noun.artifact): "button" ->
  "push" (push button, push, button: "an electrical switch operated by pressing"). The
  thing is named for the act it is made for, so a verb negative does not say the
  opposite act of it: one pushes a button, never pulls it.
- ``proper_words``: nouns and adjectives always capitalised ("english" -> "English",
  "santa" -> "Santa"), so a caption writes "an English garden", "a Santa hat" whatever
  the annotation's case.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

# lexicographer file number -> class (WordNet's lexnames)
_LEXFILE_CLASS = {
    18: "person", 5: "animal", 8: "body", 19: "force", 15: "place", 6: "object", 13: "object",
    17: "object", 20: "object", 27: "object",
}
# synsets whose hyponyms are of a class whatever their file: vehicles are artifacts;
# social groups ("crowd", "family", "team") are people
_VEHICLE = "04524313"  # vehicle.n.01
_CRAFT = "03125870"  # craft.n.02
_PEOPLE_GROUPS = {"07950920", "07942152"}  # social_group.n.01, people.n.01
_VERB_SENSES = 3
# WordNet's lexnames file (the Debian package does not install it): number -> name
LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body "
    "noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location "
    "noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process "
    "noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change "
    "verb.cognition verb.communication verb.competition verb.consumption verb.contact verb.creation "
    "verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl"
).split()


def _read_data(path: Path) -> dict:
    """offset -> (lexfile number, lemmas, {pointer symbol: [offsets]}) of one data file."""
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        fields = line.split(" | ", 1)[0].split()
        offset, lexfile, n_words = fields[0], int(fields[1]), int(fields[3], 16)
        lemmas = [fields[4 + 2 * i].lower() for i in range(n_words)]
        at = 4 + 2 * n_words
        n_ptrs = int(fields[at])
        ptrs: dict = {}
        for i in range(n_ptrs):
            symbol, target, pos = fields[at + 1 + 4 * i: at + 4 + 4 * i]
            if pos in ("n", "v"):
                ptrs.setdefault(symbol, []).append(target)
        out[offset] = (lexfile, lemmas, ptrs)
    return out


def _read_index(path: Path) -> dict:
    """lemma -> its synset offsets, most frequent sense first."""
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        n_senses = int(fields[2])
        out[fields[0].lower()] = fields[-n_senses:]
    return out


def _hypernyms(data: dict, offset: str) -> set:
    seen, todo = set(), [offset]
    while todo:
        cur = todo.pop()
        for nxt in data[cur][2].get("@", []) + data[cur][2].get("@i", []):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def _noun_lemmas(index: dict):
    """(lemma, offsets) of the nouns the tables keep, in index order."""
    for lemma, offsets in index.items():
        if not lemma.replace("_", "").replace("-", "").isalpha():
            continue
        if lemma.count("_") > 1:
            continue  # fillers' heads are single words or two-word compounds
        yield lemma, offsets


def noun_supersenses(wordnet: Path) -> dict:
    data, index = _read_data(wordnet / "data.noun"), _read_index(wordnet / "index.noun")
    by_sense: dict = {}
    for lemma, offsets in sorted(_noun_lemmas(index)):
        by_sense.setdefault(LEXNAMES[data[offsets[0]][0]], []).append(lemma.replace("_", " "))
    return {sense: sorted(set(lemmas)) for sense, lemmas in sorted(by_sense.items())}


#: Depth below WordNet's root ("entity") of a noun category: 5 holds beverage,
#: foodstuff, covering, structure, external body part; one that holds more than
#: CATEGORY_SPLIT lemmas is split a level down (instrumentality into device, container,
#: equipment, conveyance; organism into person, animal, plant): a verb seen closing a
#: box is not seen closing a guitar, but people, or animals, stand for each other
CATEGORY_DEPTH = 5
CATEGORY_SPLIT = 2000


def noun_categories(wordnet: Path) -> dict:
    data, index = _read_data(wordnet / "data.noun"), _read_index(wordnet / "index.noun")
    paths = {}
    for lemma, offsets in sorted(_noun_lemmas(index)):
        path = [offsets[0]]
        while True:  # up to the root by first hypernyms (a tree, so depth is defined)
            ptrs = data[path[-1]][2]
            up = (ptrs.get("@") or ptrs.get("@i") or [None])[0]
            if up is None:
                break
            path.append(up)
        paths[lemma] = path[::-1]
    sizes = Counter(path[min(CATEGORY_DEPTH, len(path) - 1)] for path in paths.values())
    by_category: dict = {}
    for lemma, path in paths.items():
        depth = min(CATEGORY_DEPTH, len(path) - 1)
        if sizes[path[depth]] > CATEGORY_SPLIT:
            depth = min(depth + 1, len(path) - 1)
        top = path[depth]
        by_category.setdefault(f"{data[top][1][0]}#{top}", set()).add(lemma.replace("_", " "))
    return {cat: sorted(lemmas) for cat, lemmas in sorted(by_category.items())}


def verb_supersenses(wordnet: Path, keep: set) -> dict:
    data, index = _read_data(wordnet / "data.verb"), _read_index(wordnet / "index.verb")
    out = {}
    for name in sorted(keep):
        offsets = index.get(name.replace(" ", "_")) or index.get(name.split()[0])
        if offsets:
            senses = [LEXNAMES[data[o][0]] for o in offsets[:_VERB_SENSES]]
            out[name] = sorted(set(senses), key=senses.index)
    return out


def noun_classes(wordnet: Path) -> dict:
    data, index = _read_data(wordnet / "data.noun"), _read_index(wordnet / "index.noun")
    out = {}
    for lemma, offsets in _noun_lemmas(index):
        first = offsets[0]
        lexfile = data[first][0]
        ancestors = _hypernyms(data, first)
        if _VEHICLE in ancestors or _CRAFT in ancestors:
            cls = "vehicle"
        elif lexfile == 14 and ancestors & _PEOPLE_GROUPS:
            cls = "person"
        else:
            cls = _LEXFILE_CLASS.get(lexfile, "abstract")
        out[lemma.replace("_", " ")] = cls
    by_class: dict = {}
    for lemma, cls in sorted(out.items()):
        by_class.setdefault(cls, []).append(lemma)
    return by_class


def verb_related(wordnet: Path, keep: set) -> dict:
    data, index = _read_data(wordnet / "data.verb"), _read_index(wordnet / "index.verb")
    out = {}
    for lemma, offsets in index.items():
        name = lemma.replace("_", " ")
        if name not in keep:
            continue
        related = set()
        for offset in offsets[:_VERB_SENSES]:
            lexfile, lemmas, ptrs = data[offset]
            related.update(lemmas)
            near = list(ptrs.get("@", [])) + ptrs.get("*", []) + ptrs.get("~", [])
            for up in ptrs.get("@", []):
                near += data[up][2].get("@", [])  # two levels up: "hug" -> "hold" -> "have"
            for other in near:
                related.update(data[other][1])
        related = sorted({w.replace("_", " ") for w in related} & keep - {name})
        if related:
            out[name] = related
    return dict(sorted(out.items()))


def _antonym_pointers(wordnet: Path) -> tuple[dict, dict]:
    """(offset -> its lemmas, (offset, lemma) -> antonym lemmas) of data.verb: antonymy
    is a pointer between words, not synsets (its source/target field names them)."""
    lemmas, antonyms = {}, {}
    for line in (wordnet / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ", 1)[0].split()
        offset, n_words = fields[0], int(fields[3], 16)
        lemmas[offset] = [fields[4 + 2 * i].lower() for i in range(n_words)]
        at = 4 + 2 * n_words
        for i in range(int(fields[at])):
            symbol, target, pos, source_target = fields[at + 1 + 4 * i: at + 5 + 4 * i]
            if symbol == "!" and pos == "v":
                antonyms.setdefault(offset, []).append((int(source_target[:2], 16), target, int(source_target[2:], 16)))
    words = {}
    for offset, pointers in antonyms.items():
        for source, target, word in pointers:
            # a lexical pointer names its words by number; 0 would mean the whole synset
            sources = lemmas[offset] if source == 0 else [lemmas[offset][source - 1]]
            targets = [target] if word else None
            for s in sources:
                words.setdefault((offset, s), set()).update(
                    lemmas[target] if targets is None else [lemmas[target][word - 1]])
    return lemmas, words


def _first_sense_antonyms(wordnet: Path, keep: set) -> dict:
    """verb lemma -> {antonym: the lemmas of its most frequent sense whose pointer it
    is}: the lemma itself, or others of the synset ("yell" -> "whisper" through
    "shout")."""
    lemmas, pointers = _antonym_pointers(wordnet)
    index = _read_index(wordnet / "index.verb")
    out: dict = {}
    for lemma, offsets in index.items():
        name = lemma.replace("_", " ")
        if name not in keep:
            continue
        # the most frequent sense only: later senses give opposites of other meanings
        # ("raise" a building -> "raze", "run" an engine -> "idle")
        for other in lemmas[offsets[0]]:
            for word in pointers.get((offsets[0], other), set()):  # its own, and yell -> shout -> whisper
                antonym = word.replace("_", " ")
                # not both ways: "relent"'s opposite is "stand" firm, not "stand" up
                if antonym in keep and antonym != name:
                    out.setdefault(name, {}).setdefault(antonym, set()).add(other.replace("_", " "))
    return out


def verb_antonyms(wordnet: Path, keep: set) -> dict:
    return {verb: sorted(others) for verb, others in sorted(_first_sense_antonyms(wordnet, keep).items())}


def verb_antonyms_via(wordnet: Path, keep: set) -> dict:
    found = _first_sense_antonyms(wordnet, keep)
    return {verb: {antonym: sorted(carriers) for antonym, carriers in sorted(others.items()) if verb not in carriers}
            for verb, others in sorted(found.items())
            if any(verb not in carriers for carriers in others.values())}


def verb_familiarity(wordnet: Path, keep: set) -> dict:
    counts: Counter = Counter()
    for line in (wordnet / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _, count = line.split()
        lemma, sense = key.split("%", 1)
        if sense.startswith("2:"):  # 2: a verb sense
            counts[lemma.replace("_", " ")] += int(count)
    return {verb: counts[verb] for verb in sorted(keep) if counts[verb]}


#: Lexicographer files of places and things (noun.artifact, noun.location, noun.object)
_PLACE_FILES = frozenset({6, 15, 17})
#: Gloss words WordNet also lists as nouns of a place or thing but that a gloss uses
#: otherwise: "or" (operating room), "open" (the outdoors), "top"; nouns of fewer than four
#: letters are skipped for the same reason, as are words WordNet has as adjectives
_GLOSS_SKIP_LENGTH = 4


def place_relations(wordnet: Path) -> dict:
    data, index = _read_data(wordnet / "data.noun"), _read_index(wordnet / "index.noun")
    adjectives = set(_read_index(wordnet / "index.adj")) | set(_read_index(wordnet / "index.adv"))
    glosses = {}
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" ") and " | " in line:
            # the definition without its quoted examples
            glosses[line.split(" ", 1)[0]] = re.sub(r'"[^"]*"', " ", line.split(" | ", 1)[1]).lower()
    places = {lemma: offsets[0] for lemma, offsets in _noun_lemmas(index) if data[offsets[0]][0] in _PLACE_FILES}
    out = {}
    for lemma, first in sorted(places.items()):
        words = re.findall(r"[a-z]+", glosses.get(first, ""))
        # the nouns of places the gloss names, in order, a two-word one first
        named, i = [], 0
        while i < len(words):
            pair = "_".join(words[i:i + 2])
            if i + 1 < len(words) and pair in places:
                named.append(pair)
                i += 2
                continue
            if len(words[i]) >= _GLOSS_SKIP_LENGTH and words[i] not in adjectives and words[i] in places:
                named.append(words[i])
            i += 1
        # the first is the genus, the kind of thing it is ("a room equipped for preparing
        # meals"): another of that kind ("a living room") is no more where it is than any
        # other place, so it and the hypernyms are left out; the rest say where it lies
        # ("usually beside a street")
        related = set(named[1:])
        for symbol in ("#p", "#m"):  # part and member holonyms: what it is part of
            for other in data[first][2].get(symbol, []):
                related.update(data[other][1])
        related = sorted({w.replace("_", " ") for w in related if w in places and w != lemma})
        if related:
            out[lemma.replace("_", " ")] = related
    return out


#: WordNet's lexicographer file of made things (noun.artifact)
_ARTIFACT_FILE = 6


def artifact_acts(wordnet: Path, keep: set) -> dict:
    data = _read_data(wordnet / "data.noun")
    verbs = set(_read_index(wordnet / "index.verb"))
    out: dict = {}
    for lexfile, lemmas, _ in data.values():
        if lexfile != _ARTIFACT_FILE:
            continue
        acts = {w for w in lemmas if w in verbs and w.replace("_", " ") in keep}
        for noun in lemmas:
            for act in acts - {noun}:
                out.setdefault(noun.replace("_", " "), set()).add(act.replace("_", " "))
    return {noun: sorted(acts) for noun, acts in sorted(out.items())}


def proper_words(wordnet: Path) -> list:
    """Words WordNet always writes with a capital, as a noun and as an adjective
    ("English", "Hawaiian", "Santa", "Christmas"), lower-cased: VidSitu's annotators often
    do not ("an english garden", "a santa hat"). A word with any lower-case entry ("turkey",
    "china") is left out."""
    cased: dict = {}
    for name in ("data.noun", "data.adj"):
        for line in (wordnet / name).read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split(" | ", 1)[0].split()
            for i in range(int(fields[3], 16)):
                word = fields[4 + 2 * i].split("(")[0]  # "(a)", "(p)": where an adjective may stand
                if "_" not in word and word.isalpha():
                    cased.setdefault(word.lower(), set()).add(word[0].isupper() and not word.isupper())
    return sorted(w for w, caps in cased.items() if caps == {True})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--out", type=Path, default=HERE / "wordnet_tables.json")
    args = parser.parse_args()
    rolesets = json.loads((HERE / "propbank_rolesets.json").read_text())
    keep = {r["lemma"].replace("_", " ") for r in rolesets.values()}
    tables = {
        "source": "WordNet 3.0 (Princeton University), Debian wordnet-base; see LICENSE-wordnet.txt",
        "noun_classes": noun_classes(args.wordnet),
        "verb_related": verb_related(args.wordnet, keep),
        "noun_supersenses": noun_supersenses(args.wordnet),
        "verb_supersenses": verb_supersenses(args.wordnet, keep),
        "proper_words": proper_words(args.wordnet),
        "noun_categories": noun_categories(args.wordnet),
        "verb_antonyms": verb_antonyms(args.wordnet, keep),
        "verb_antonyms_via": verb_antonyms_via(args.wordnet, keep),
        "verb_familiarity": verb_familiarity(args.wordnet, keep),
        "place_relations": place_relations(args.wordnet),
        "artifact_acts": artifact_acts(args.wordnet, keep),
    }
    args.out.write_text(json.dumps(tables, sort_keys=True, separators=(",", ":")) + "\n")
    print(f"wrote {sum(map(len, tables['noun_classes'].values()))} noun classes and {len(tables['verb_related'])} verbs to {args.out}")


if __name__ == "__main__":
    main()
