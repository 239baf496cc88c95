"""Audit the negatives of an srlcap Parquet file: can text alone tell them apart?

For every negative kind: how many there are, and the held-out accuracy of a blind
text-only model at picking the positive out of a (positive, negative) pair, as in
SugarCrepe (NeurIPS 2023): cross-validated over the clips and averaged over several
deals of them into folds (one deal moves a small kind's figure by several points), with
its number of test pairs, a 95% interval that counts each pair once, and the range of
the deals' own figures. The deals are the audit's own, never the debias pass's, so the
figure is an independent check of the pass. Near 50% (an interval that holds 50%)
means the negatives carry no textual give-away.
Also the share of captions whose parse root is a verb, how many rows got each kind, and
what the build's debias pass left out as text-only give-aways (per style), and why.

examples:
  srlcap audit out/srlcap_train.parquet
  srlcap audit out/srlcap_train.parquet --style figclip --json audit.json
"""
from __future__ import annotations

import json
from pathlib import Path

from srlcap.audit import DEALS, FOLDS
from srlcap.schema import STYLES


def add_arguments(p) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("--style", default=STYLES[0], choices=STYLES, help=f"caption style to audit (default {STYLES[0]})")
    p.add_argument("--folds", type=int, default=FOLDS,
                   help=f"cross-validation folds over the clips; every pair is tested once a deal (default {FOLDS})")
    p.add_argument("--deals", type=int, default=DEALS,
                   help=f"deals of the clips into folds, averaged (default {DEALS})")
    p.add_argument("--seed", type=int, default=0, help="names the deals and seeds the models")
    p.add_argument("--no-parse", action="store_true", help="skip the spaCy parse-root measure")
    p.add_argument("--json", type=Path, default=None, help="also write the figures as JSON here")
    p.add_argument("--force", action="store_true", help="replace --json even if srlcap did not write it")


def run(args) -> int:
    from srlcap.audit import audit
    from srlcap.writer import atomic_write_text, check_output, is_srlcap_json

    if args.json:
        check_output(args.json, args.force, is_srlcap_json)
    result = audit(args.file, args.style, args.folds, args.seed, parse=not args.no_parse, quiet=args.quiet,
                   deals=args.deals)
    print(f"{'kind':18s} {'count':>7s} {'test pairs':>10s} {'blind acc':>10s} {'95% interval':>14s} "
          f"{'root=verb':>10s} {'coverage':>9s} {'deals':>13s}")
    roots = result.get("root_is_verb", {})
    if roots:
        print(f"{'(positives)':18s} {'':>7s} {'':>10s} {'':>10s} {'':>14s} {roots.get('positive', 0):10.1%}")
    for kind, e in result["kinds"].items():
        acc = f"{e['blind_accuracy']:.1%}" if "blind_accuracy" in e else "-"
        ci = f"{e['ci95'][0]:.1%}-{e['ci95'][1]:.1%}" if "ci95" in e else "-"
        root = f"{roots[kind]:.1%}" if kind in roots else "-"
        spread = f"{e['deal_range'][0]:.1%}-{e['deal_range'][1]:.1%}" if "deal_range" in e else "-"
        print(f"{kind:18s} {e['count']:7d} {e['test_pairs']:10d} {acc:>10s} {ci:>14s} {root:>10s} "
              f"{result['coverage'][kind]:9.1%} {spread:>13s}")
    print(f"blind acc: mean over {result['deals']} deals of the clips into {result['folds']} folds; 95% interval: "
          f"Wilson, counting each test pair once; deals: the lowest and highest deal's figure")
    print("coverage: share of the rows a kind can be on (event or clip rows) that got one")
    debias = result.get("debias")
    if debias is None:
        print("debias: none (built with --no-debias)")
    else:
        print(f"debias: texts left out at build, per style, most confident first, until a cross-fitted blind "
              f"model's accuracy was <= {debias['target']:.0%} (at most {debias['max_drop']:.0%} of a kind's texts); "
              f"a negative with no text left is dropped:")
        for kind, f in debias["kinds"].items():
            before = ", ".join(f"{s} {a:.1%}" for s, a in f["accuracy_before"].items())
            after = ", ".join(f"{s} {a:.1%}" for s, a in f["accuracy_after"].items())
            left = ", ".join(f"{s} {n}" for s, n in f.get("left_out", {}).items())
            why = f"; left out: {left} (held-out margin >= " + ", ".join(
                f"{s} {m:.3f}" for s, m in f.get("margins", {}).items()) + ")" if left else ""
            if f.get("rounds", 1) > 1:
                why += f" in {f['rounds']} rounds"
            print(f"  {kind:18s} {f['dropped']:5d} of {f['negatives']:5d} dropped  accuracy {before} -> {after}{why}")
    if args.json:
        atomic_write_text(args.json, json.dumps(result, indent=2) + "\n")
    return 0
