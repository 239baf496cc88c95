"""Word-level diff between a positive caption and one of its hard negatives.

The report and ``srlcap show`` highlight what a negative changed. A negative keeps most
of its positive's words, so the diff works on word tokens (punctuation separate) and
returns character spans of the *negative*. Swaps (role swap, attribute swap, two events
exchanged) are recognised as such, so in "a woman pushes a man" against "a man pushes
a woman" both fillers are marked and the verb is not, which a plain longest-common-
subsequence diff gets wrong. Standard library only.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

__all__ = ["changed_spans", "segments"]

_TOKEN = re.compile(r"\w+|[^\w\s]")
# Two changes apart by whitespace, or by one short word ("a", "in", "of"), read as one
# phrase: "a **young man with** a **backpack**" is marked "a **young man with a backpack**".
_JOIN_GAP = re.compile(r"\s*|\s+\w{1,3}\s+")


def _middle_ops(pm: list[str], nm: list[str]) -> list[tuple[bool, int, int, int, int]]:
    """Align two token lists with no common prefix or suffix.

    Returns (equal, i1, i2, j1, j2) blocks over ``pm`` (positive) and ``nm`` (negative).
    """
    if not pm or not nm or not set(pm).intersection(nm):
        return [(False, 0, len(pm), 0, len(nm))]
    n = len(pm)
    # swapped phrases may change case and article: "An old man ... a woman"
    fp = fn = None
    if n == len(nm):
        fp = ["a" if w == "an" else w for w in map(str.lower, pm)]
        fn = ["a" if w == "an" else w for w in map(str.lower, nm)]
    if fp and sorted(fp) == sorted(fn):
        # A swap: positive = X M Y, negative = Y M X. Keep the longest M.
        best = None
        for lx in range(1, n):
            if fp[:lx] != fn[n - lx:]:
                continue
            for ly in range(1, n - lx + 1):
                lm = n - lx - ly
                if best is not None and lm <= best[2]:
                    break
                if fp[n - ly:] == fn[:ly] and pm[lx:lx + lm] == nm[ly:ly + lm]:
                    best = (lx, ly, lm)
                    break
        if best is not None:
            lx, ly, lm = best
            ops = [(False, 0, lx, 0, ly)]
            if lm:
                ops.append((True, lx, lx + lm, ly, ly + lm))
            ops.append((False, lx + lm, n, ly + lm, n))
            return ops
    ops = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, pm, nm, autojunk=False).get_opcodes():
        ops.append((tag == "equal", i1, i2, j1, j2))
    return ops


def _common_prefix(a: str, b: str) -> int:
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:  # binary search over C-level slice comparisons
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str, limit: int) -> int:
    lo, hi = 0, limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[-mid:] == b[-mid:]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _ops(pw: list[str], nw: list[str]) -> list[tuple[bool, int, int, int, int]]:
    """Token blocks (equal, i1, i2, j1, j2) over two token lists."""
    lp, ln = len(pw), len(nw)
    k = 0
    while k < lp and k < ln and pw[k] == nw[k]:
        k += 1
    s = 0
    while s < lp - k and s < ln - k and pw[lp - 1 - s] == nw[ln - 1 - s]:
        s += 1
    ops = []
    if k:
        ops.append((True, 0, k, 0, k))
    if k < lp - s or k < ln - s:
        for eq, i1, i2, j1, j2 in _middle_ops(pw[k:lp - s], nw[k:ln - s]):
            ops.append((eq, i1 + k, i2 + k, j1 + k, j2 + k))
    if s:
        ops.append((True, lp - s, lp, ln - s, ln))
    return ops


def changed_spans(positive: str, negative: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of ``negative`` whose words differ from ``positive``.

    Spans cover whole tokens and are merged when only whitespace, or one word of up to
    three letters, separates them (a replaced phrase reads as one change). Words
    that were only deleted leave no span (there is nothing in the negative to mark).
    Comparison is exact: "A" against "An" or a change of case counts as a change.
    """
    if positive == negative:
        return []
    # Only the stretch between the common character prefix and suffix needs tokens; cut
    # at spaces so that no token is split (tokens never contain whitespace).
    lp, ln = len(positive), len(negative)
    start = positive.rfind(" ", 0, _common_prefix(positive, negative)) + 1
    common = _common_suffix(positive, negative, min(lp, ln) - start)
    end_p = positive.find(" ", lp - common)
    end_p = lp if end_p < 0 else end_p
    end_n = end_p + ln - lp
    pt = list(_TOKEN.finditer(positive, start, end_p))
    nt = list(_TOKEN.finditer(negative, start, end_n))
    spans: list[tuple[int, int]] = []
    for eq, _i1, _i2, j1, j2 in _ops([t.group() for t in pt], [t.group() for t in nt]):
        if eq or j1 == j2:
            continue
        first, last = nt[j1].start(), nt[j2 - 1].end()
        if spans and _JOIN_GAP.fullmatch(negative[spans[-1][1]:first]):
            spans[-1] = (spans[-1][0], last)
        else:
            spans.append((first, last))
    return spans


def segments(positive: str, negative: str) -> list[tuple[str, bool]]:
    """``negative`` cut into consecutive ``(text, changed)`` pieces; they join to ``negative``."""
    out: list[tuple[str, bool]] = []
    at = 0
    for start, end in changed_spans(positive, negative):
        if start > at:
            out.append((negative[at:start], False))
        out.append((negative[start:end], True))
        at = end
    if at < len(negative):
        out.append((negative[at:], False))
    return out
