"""Tests for srlcap.textdiff: the changed-word spans the report and `srlcap show` highlight."""
from __future__ import annotations

import random

import pytest

from srlcap.textdiff import changed_spans, segments


def marked(positive: str, negative: str) -> list[str]:
    return [negative[s:e] for s, e in changed_spans(positive, negative)]


@pytest.mark.parametrize(
    "positive, negative, expected",
    [
        ("A man pushes a door.", "A man pulls a door.", ["pulls"]),
        ("A man pushes a door.", "A man pushes a door.", []),
        ("A man pushes a door.", "A man pushes an apple.", ["an apple"]),
        ("A man quickly opens a door.", "A man slowly opens a door.", ["slowly"]),
        # role swap: both fillers, with their articles, and not the verb
        ("An old man quickly talks to a soldier in green uniform in the kitchen.",
         "A soldier in green uniform quickly talks to an old man in the kitchen.",
         ["A soldier in green uniform", "an old man"]),
        # attribute swap
        ("A man in black suit hugs a woman in white dress.",
         "A man in white suit hugs a woman in black dress.", ["white", "black"]),
        # figclip verb replacement changes verb and role names, nothing else
        ("the action is walk where the walker is man, and scene of the event is park.",
         "the action is jog where the jogger is man, and scene of the event is park.",
         ["jog", "jogger"]),
        # event order: the two exchanged events, the connectives stay
        ("First, a man runs. Then, a dog barks. Then, a cat sleeps.",
         "First, a dog barks. Then, a man runs. Then, a cat sleeps.",
         ["dog barks", "man runs"]),
        # case counts as a change
        ("A man runs.", "a man runs.", ["a"]),
        # insertion; a pure deletion marks nothing
        ("A man runs.", "A man runs home.", ["home"]),
        ("A man runs home.", "A man runs.", []),
        ("", "A man runs.", ["A man runs."]),
        ("A man runs.", "", []),
        # a replaced phrase is one span even where a short word of it is unchanged
        ("A woman in a blue dress stands.", "A young man with a backpack stands.",
         ["young man with a backpack"]),
        ("the action is pull where the puller is man.", "the action is push where the pusher is man.",
         ["push", "pusher"]),
        # punctuation is a token of its own
        ("A man runs.", "A man runs!", ["!"]),
    ],
)
def test_changed_spans(positive, negative, expected):
    assert marked(positive, negative) == expected


def test_spans_are_ordered_disjoint_and_on_word_edges():
    rng = random.Random(7)
    words = "a an the man woman dog pushes pulls in black white suit quickly , .".split()
    for _ in range(300):
        pos = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        neg = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        spans = changed_spans(pos, neg)
        last = 0
        for start, end in spans:
            assert last <= start < end <= len(neg)
            assert neg[start:end] == neg[start:end].strip()
            assert start >= last + (1 if last else 0) or start == last == 0
            assert start == 0 or not neg[start - 1].isalnum()
            assert end == len(neg) or not neg[end].isalnum()
            last = end
        assert "".join(t for t, _ in segments(pos, neg)) == neg
        if pos == neg:
            assert spans == []


def test_segments_mark_only_changed_text():
    assert segments("A man pushes a door.", "A man pulls a door.") == [
        ("A man ", False), ("pulls", True), (" a door.", False)]
