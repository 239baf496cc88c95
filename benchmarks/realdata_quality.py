"""Caption quality on real SRL frames (../shared/realdata/propbank by default).

Builds the frames with --lenient and prints, for the natural style:
  realised        share of events realised (the rest are listed with a reason)
  fillers_intact  share of captions that contain every content word of every filler,
                  in order (articles, an "a" said as an owner's "his" (a body part the doer
                  uses), pronoun case, a possessive's "'s" and a core filler's leading
                  preposition may change: the roleset gives the verb's own, "their
                  arbitration of a dispute" -> "they arbitrate a dispute"; a filler that is
                  only a relative or interrogative word, after a preposition or not, has
                  none: "of which", "how", whose antecedent or question the span left out;
                  a lone "what" or "who" may be said "something", "someone")
  arg_order       among events with Arg0 and Arg1: Arg0 before the verb, Arg1 after it
  root_is_verb    share whose spaCy parse has the intended verb as the sentence root

usage: python benchmarks/realdata_quality.py [--data FILE] [--examples N]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

import pyarrow.parquet as pq

from srlcap.analysis import load_pipeline
from srlcap.build import BuildOptions, build
from srlcap.morphology import inflect
from srlcap.rolenames import PREPOSITIONS

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "realdata" / "propbank" / "vsann_dev.json"
_ARTICLES = {"a", "an", "the"}
_PRONOUN = {
    "i": "i", "me": "i", "my": "i", "he": "he", "him": "he", "his": "he", "she": "she", "her": "she",
    "we": "we", "us": "we", "our": "we", "they": "they", "them": "they", "their": "they",
    "who": "who", "whom": "who", "it": "it", "its": "it",
}
#: relative and interrogative words: a filler of these alone (and prepositions) says nothing
#: of its own, and the caption leaves it out ("acquits him of which": srlcap.grammar.realise._wh_alone)
_WH = {"which", "what", "who", "whom", "whose", "how", "where", "when", "why"}
#: the verb's forms a caption may use: present, passive participle, and the past a filler
#: telling of the past asks for ("forgot the delays that bogged down the company",
#: srlcap.grammar.realise.tells_past), whose irregular form is no participle ("forgot")
_VERB_TAGS = ("VBZ", "VBP", "VBN", "VBD")
_WH_INDEFINITE = {"what": "something", "who": "someone", "whom": "someone"}
_WORD = re.compile(r"\w+(?:[-']\w+)*|[^\w\s]")


def words(text: str) -> list[str]:
    """Content words, lower-cased, pronouns by person, a possessive's "'s" dropped (a
    nominal frame's "the doctor's dictation" is realised "the doctor dictates")."""
    return [_PRONOUN.get(w, w) for w in (re.sub(r"'s$", "", m.lower()) for m in _WORD.findall(text))
            if w not in _ARTICLES and re.match(r"\w", w)]


#: an owner's possessive (as words() gives it) that may stand where the filler had "a":
#: a body part the doer uses is their own ("using a massive shoulder" -> "using his
#: massive shoulder", srlcap.grammar.realise.Realiser._own_body_means)
_OWNERS = ("he", "she", "they", "i", "we", "you")


def owned_variants(text: str, w: list[str]) -> list[list[str]]:
    """``w`` (the words of ``text``) with an owner's possessive where ``text`` had "a" or "an"."""
    at, out = 0, []
    for m in _WORD.findall(text):
        low = m.lower()
        if low in ("a", "an"):
            out += [w[:at] + [o] + w[at:] for o in _OWNERS]
        elif low not in _ARTICLES and re.match(r"\w", low):
            at += 1
    return out


def find_sub(hay: list[str], needle: list[str], start: int = 0) -> int:
    """Index where ``needle`` occurs contiguously in ``hay`` at or after start, else -1."""
    n = len(needle)
    for i in range(start, len(hay) - n + 1):
        if hay[i:i + n] == needle:
            return i
    return -1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--examples", type=int, default=0, help="print N failing examples per measure")
    args = ap.parse_args()
    nlp = load_pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "q.parquet"
        summary = build(BuildOptions(data=args.data, split="dev", out=out, lenient=True, per_kind=0, quiet=True, nlp=nlp))
        rows = [r for r in pq.read_table(out).to_pylist() if r["event"] != "clip"]
    total_events = len(rows) + sum(1 for _ in summary.skipped) * 5  # a skipped record is a clip of five events
    intact = order_ok = order_n = 0
    fails = {"fillers_intact": [], "arg_order": [], "root_is_verb": []}
    for r in rows:
        cap = words(r["natural"])
        ok = True
        spans = {}
        for role in r["roles"]:
            w = words(role["filler"])
            if role["type"].startswith("Arg") and len(w) > 1 and w[0] in PREPOSITIONS:
                w = w[1:]
            i = find_sub(cap, w)
            if i < 0:  # (a leading preposition cut above is cut from each variant too)
                full = words(role["filler"])
                cut = len(full) - len(w)
                i = next((j for v in owned_variants(role["filler"], full) if (j := find_sub(cap, v[cut:])) >= 0), -1)
            if i < 0 and any(x in _WH for x in w) and all(x in _WH or x in PREPOSITIONS for x in w):
                # a lone "what" or "who" is said as the statement's indefinite ("Something
                # counts": srlcap.grammar.realise._indefinite_for_wh), to be ordered there
                i = find_sub(cap, [_WH_INDEFINITE.get(x, x) for x in w]) if len(w) == 1 else -1
                if i < 0:
                    continue  # left out, as it says nothing: no word lost, and no place to order
            if i < 0:
                ok = False
            spans[role["type"]] = (i, i + len(w))
        intact += ok
        if not ok:
            fails["fillers_intact"].append(r["natural"])
        if "Arg0" in spans and "Arg1" in spans:
            order_n += 1
            head = r["verb"].split()[0]
            forms = {inflect(head, t) for t in _VERB_TAGS}
            a0, a1 = spans["Arg0"], spans["Arg1"]
            vpos = [i for i, w in enumerate(cap) if w in forms and not (a0[0] <= i < a0[1]) and not (a1[0] <= i < a1[1])]
            good = a0[0] >= 0 and a1[0] >= 0 and any(a0[1] <= v < a1[0] for v in vpos)
            order_ok += good
            if not good:
                fails["arg_order"].append(r["natural"])
    root_ok = 0
    for r, doc in zip(rows, nlp.pipe([r["natural"] for r in rows], batch_size=256)):
        root = next(t for t in doc if t.dep_ == "ROOT")
        head = r["verb"].split()[0]
        if root.lemma_.lower() == head or root.text.lower() in {inflect(head, t) for t in _VERB_TAGS}:
            root_ok += 1
        else:
            fails["root_is_verb"].append(r["natural"])
    n = len(rows)
    result = {
        "events": total_events,
        "realised": n / total_events,
        "skipped_records": [s[0] for s in summary.skipped],
        "fillers_intact": intact / n,
        "arg_order": order_ok / max(order_n, 1),
        "arg_order_events": order_n,
        "root_is_verb": root_ok / n,
    }
    print(json.dumps(result, indent=2))
    for name, items in fails.items():
        for text in items[: args.examples]:
            print(f"[{name}] {text}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
