"""Regenerate ``adverbs_propbank.json``: where PropBank's annotated examples put a manner
adverb, before its verb or after it.

Usage (from the repository root)::

    .venv/bin/python grammars/make_adverbs.py /work/shared/realdata/propbank/frames.tar.xz

The argument is the ``frames/`` folder of propbank/propbank-frames at commit
c66e0ccf28b53f00051b187db83e937b5bee2e32 (packed ``frames.tar.xz`` or unpacked), as for
``make_lexicons.py``, whose reader (``read_frame_files``, ``parse_frames``) this script
uses; ``--out`` picks another output folder (default: this script's folder). It needs
only the standard library (no spaCy) and takes a few seconds. Same input, same bytes:
keys sorted, one entry per line.

What counts. Every ARGM-MNR span of one token ending in "-ly" (``quickly``, ``loudly``) in
an example whose name does not declare a nominal, adjectival or light-verb use
(``-n:``, ``-j:``, ``-l:``), and whose verb is not passive (a form of be or get among the
three tokens before, and a rel ending like a participle: "is being closely aspected",
"are closely connected" say nothing of an active verb). The span is ``before`` when it
ends before the rel's first token ("quickly sold"), else ``after`` ("laughed loudly");
the example has an ``object`` when a numbered argument starts within two tokens after
the rel (the adverb may stand between) with a word that is not a preposition ("held
[it] tightly", "carefully examined [the books]"), else the adverb is ``alone`` with its
verb ("worked closely [with the substance]", "laughed loudly"). The table maps each
adverb, lower case, to {"alone_before", "alone_after", "object_before", "object_after"}
counts, and the key ``"*"`` to the totals over all adverbs.

How srlcap reads it (``srlcap.grammar.realise._before_verb``): with a verb that has an
object, or one without, an adverb goes on the side its own examples of that kind favour
(``AdverbPositions``; "tightly" after an object 2:0, "closely" after a verb alone);
seen fewer than twice so, on the side all adverbs favour: before a verb with an object
(168 before, 30 after at the source commit), after a verb alone (87 after, 65 before).

Licence. The PropBank frame files are licensed Creative Commons Attribution-ShareAlike 4.0
International; ``adverbs_propbank.json`` is a derived work of them under the same licence
(``LICENSE-propbank.txt`` beside it).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_lexicons import PREPOSITIONS, dumps_lines, parse_frames, read_frame_files  # noqa: E402

OUT_FILE = "adverbs_propbank.json"
_NOT_VERBAL = ("n", "j", "l")
_BE = frozenset("is are was were be been being am 's 're get gets got getting gotten".split())
_PARTICIPLE_ENDS = ("ed", "en", "wn", "un", "lt", "ght")
KINDS = ("alone_after", "alone_before", "object_after", "object_before")


def _passive(tokens: list[str], first: int) -> bool:
    """A be or get form among the three tokens before ``first`` and a participle rel."""
    return any(t.lower() in _BE for t in tokens[max(0, first - 3):first])


def adverb_positions(rolesets) -> dict:
    """{adverb: {kind: n}} over the rolesets' one-token -ly ARGM-MNR spans of active
    verbs, kinds as ``KINDS``; "*" holds the totals."""
    counts: dict[str, Counter] = {}
    for rs in rolesets:
        for tokens, rel, args, pos in rs["examples"]:
            if pos in _NOT_VERBAL:
                continue
            first, last = min(rel), max(rel)
            for atype, start, end in args:
                if atype != "ARGM-MNR" or start is None or start != end:
                    continue
                word = tokens[start].lower()
                if len(word) < 5 or not word.endswith("ly") or not word.isalpha():
                    continue
                if tokens[first].lower().endswith(_PARTICIPLE_ENDS) and _passive(tokens, min(start, first)):
                    continue
                obj = any(a.startswith("ARG") and not a.startswith("ARGM") and s is not None and last < s <= last + 2
                          and tokens[s].lower() not in PREPOSITIONS for a, s, _ in args)
                kind = ("object_" if obj else "alone_") + ("before" if end < first else "after")
                counts.setdefault(word, Counter())[kind] += 1
    table = {w: {k: c[k] for k in KINDS} for w, c in sorted(counts.items())}
    table["*"] = {k: sum(c[k] for c in table.values()) for k in KINDS}
    return table


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="frames.tar.xz of propbank-frames, or its unpacked frames/ folder")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent), help="output folder")
    args = parser.parse_args(argv)
    rolesets, _ = parse_frames(read_frame_files(args.source))
    table = adverb_positions(rolesets)
    (Path(args.out) / OUT_FILE).write_text(dumps_lines(table), encoding="utf-8")
    total = table["*"]
    print(f"adverbs {len(table) - 1}; spans {sum(total.values())}: " + ", ".join(f"{k} {total[k]}" for k in KINDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
