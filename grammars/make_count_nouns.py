"""Regenerate ``count_nouns_propbank.json``: how often English text uses each singular
common noun with "a"/"an", and how often in the singular at all.

Usage (from the repository root)::

    .venv/bin/python grammars/make_count_nouns.py /work/shared/realdata/propbank/frames.tar.xz

The argument is the ``frames/`` folder of propbank/propbank-frames at commit
c66e0ccf28b53f00051b187db83e937b5bee2e32 (packed ``frames.tar.xz`` or unpacked), as for
``make_lexicons.py``, whose reader and parser (``read_frame_files``, ``parse_frames``,
``parse_sentences``, ``load_nlp``) this script uses; ``--out`` picks another output
folder (default: this script's folder). It needs spaCy with its English pipeline and takes
about a minute on two CPU cores. Same input, same spaCy pipeline, same bytes: keys
sorted, one entry per line.

What counts. The text of every example of every roleset (each distinct sentence once,
nominal and adjectival examples too: a noun is a noun whatever the rel; PropBank's dev
frames srlcap is measured on are drawn from these examples). Not the bundled VidSitu
fillers: their annotators drop articles ("man in black suit"), which would make every
noun look bare. A token the tagger reads as a singular
common noun (NN), written small and alphabetic, not the modifier of a compound ("the
disk drive": no sighting of "disk"), counts once under its lemma in ``singular``, and in
``a`` as well when its determiner is "a" or "an" ("a herniated disk"), else in ``bare`` when nothing determines it (no determiner,
owner or number before it: "money talks", "rain falls"). The table maps each such lemma
to ``[a, bare, singular]``.

How srlcap reads it (``srlcap.lexicon.CountNouns``): English says a count noun with "a"
and a mass noun not ("a runner", "a disk"; not "a money", "a wildlife"), so a noun is
*count* when a good share of its singular uses have "a" or "an", *mass* when many uses
show none; the realiser gives a bare singular count noun standing as a whole subject
"the" ("The runner slides", not "Runner slides") and leaves a mass noun bare ("Money
talks", "Rain falls"); a noun seen too rarely to tell is left to WordNet's senses.

Licence. The PropBank frame files are licensed Creative Commons Attribution-ShareAlike 4.0
International; ``count_nouns_propbank.json`` is a derived work of them under the same
licence (``LICENSE-propbank.txt`` beside it).
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_lexicons import dumps_lines, load_nlp, parse_frames, parse_sentences, read_frame_files  # noqa: E402

OUT_FILE = "count_nouns_propbank.json"
#: what makes a noun phrase other than bare: a determiner, an owner, a number ("the disk",
#: "his knee", "one patient")
_DETERMINERS = frozenset({"det", "poss", "nummod", "predet"})


def count_nouns(docs) -> dict:
    """{lemma: [with a/an, bare, singular uses]} over parsed docs (see the module docstring)."""
    a, bare, singular = Counter(), Counter(), Counter()
    for doc in docs:
        for tok in doc:
            if tok.tag_ != "NN" or tok.dep_ == "compound" or not tok.text.isalpha() or not tok.text.islower():
                continue
            lemma = tok.lemma_.lower()
            singular[lemma] += 1
            before = [c for c in tok.children if c.i < tok.i]
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in before):
                a[lemma] += 1
            elif not any(c.dep_ in _DETERMINERS for c in before):
                bare[lemma] += 1
    return {w: [a[w], bare[w], n] for w, n in sorted(singular.items())}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="frames.tar.xz of propbank-frames, or its unpacked frames/ folder")
    parser.add_argument("--out", default=str(HERE), help="output folder")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    rolesets, _ = parse_frames(read_frame_files(args.source))
    sentences = sorted({tuple(ex[0]) for rs in rolesets for ex in rs["examples"]})
    nlp = load_nlp()
    docs = [doc for doc, _ in parse_sentences(nlp, [list(s) for s in sentences])]
    table = count_nouns(docs)
    (Path(args.out) / OUT_FILE).write_text(dumps_lines(table), encoding="utf-8")
    print(f"sentences {len(sentences)}; nouns {len(table)}, "
          f"with a/an {sum(1 for v in table.values() if v[0])}; {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
