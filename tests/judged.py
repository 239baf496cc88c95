"""The blind readers' judgements (docs/quality.md) as test cases, and where the real
PropBank frames lie (beside the checkout, in this workplace only)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

QUALITY = Path(__file__).resolve().parent / "quality"
PROPBANK = Path(__file__).resolve().parents[2] / "shared" / "realdata" / "propbank" / "vsann_dev.json"


def judged_cases(rounds, not_yet: set, bad) -> list:
    """One pytest param (sample item, reader's reason) per text ``bad(judgement)`` says
    the reader found wrong, id "round/id"; strict xfail while its id is in ``not_yet``."""
    out = []
    for rnd in rounds:
        sample = {j["id"]: j for j in map(json.loads, (QUALITY / f"{rnd}_sample.jsonl").open(encoding="utf-8"))}
        for line in (QUALITY / f"{rnd}_judgements.jsonl").open(encoding="utf-8"):
            j = json.loads(line)
            if bad(j):
                marks = [pytest.mark.xfail(reason=j["reason"], strict=True)] if f"{rnd}/{j['id']}" in not_yet else []
                out.append(pytest.param(sample[j["id"]], j["reason"], id=f"{rnd}/{j['id']}", marks=marks))
    return out
