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
(``-n:``, ``-j:``, ``-l:``). The span is ``before`` when it ends before the rel's first
token ("[quickly] sold", "was [quickly] sold"), else ``after`` ("laughed [loudly]",
"held it [tightly]"). The table maps the adverb, lower case, to {"before": n, "after": n}.

How srlcap reads it (``srlcap.grammar.realise``): an adverb PropBank writes after its
verb more often than before ("loudly" 0:5, "softly" 0:3, "wildly" 0:4, "tightly" 0:2) is
said after the verb ("laughs loudly at the man", "holds it tightly"); one it writes before
at least as often ("quickly" 17:5, "carefully" 7:0, "slowly" 7:0) before it.

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
from make_lexicons import dumps_lines, parse_frames, read_frame_files  # noqa: E402

OUT_FILE = "adverbs_propbank.json"
_NOT_VERBAL = ("n", "j", "l")


def adverb_positions(rolesets) -> dict:
    """{adverb: {"before": n, "after": n}} over the rolesets' one-token -ly ARGM-MNR spans."""
    before, after = Counter(), Counter()
    for rs in rolesets:
        for tokens, rel, args, pos in rs["examples"]:
            if pos in _NOT_VERBAL:
                continue
            for atype, start, end in args:
                if atype != "ARGM-MNR" or start is None or start != end:
                    continue
                word = tokens[start].lower()
                if len(word) < 5 or not word.endswith("ly") or not word.isalpha():
                    continue
                (before if end < min(rel) else after)[word] += 1
    return {w: {"after": after[w], "before": before[w]} for w in sorted(set(before) | set(after))}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="frames.tar.xz of propbank-frames, or its unpacked frames/ folder")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent), help="output folder")
    args = parser.parse_args(argv)
    rolesets, _ = parse_frames(read_frame_files(args.source))
    table = adverb_positions(rolesets)
    (Path(args.out) / OUT_FILE).write_text(dumps_lines(table), encoding="utf-8")
    after = sum(1 for c in table.values() if c["after"] > c["before"])
    print(f"adverbs {len(table)}: said after the verb more often {after}, "
          f"before at least as often {len(table) - after}; "
          f"spans {sum(c['after'] + c['before'] for c in table.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
