"""The demo world draws what its annotations say: roles are visible in every frame."""
import random

import numpy as np
import pytest

pytest.importorskip("PIL")

from srlcap_trainer.demo.world import COLOURS, FPS, EVENT_SECONDS, make_clip  # noqa: E402


def _colour_x(im, colour: str) -> float | None:
    a = np.asarray(im).astype(int)
    hit = (np.abs(a - np.array(COLOURS[colour])).sum(-1) == 0)
    xs = np.nonzero(hit)[1]
    return float(xs.mean()) if xs.size else None


def _colour(name: str) -> str:
    return next(w for w in name.split() if w in COLOURS)


def test_push_and_chase_agent_is_left_in_every_frame():
    rng = random.Random("world-test")
    n = FPS * EVENT_SECONDS
    checked = 0
    for i in range(30):
        ann, images = make_clip(rng, f"c{i}", f"v{i}")
        for k in range(5):
            ev = ann[f"Ev{k + 1}"]
            if ev["Verb"] not in ("push", "chase"):
                continue
            args = list(ev["Args"].items())
            agent, patient = _colour(args[0][1]), _colour(args[1][1])
            assert agent != patient
            assert ev["Args"]["ArgM (direction)"] == "to the right"
            for im in images[k * n : (k + 1) * n]:
                xa, xp = _colour_x(im, agent), _colour_x(im, patient)
                assert xa is not None and xp is not None
                assert xa < xp, (ev, xa, xp)
                checked += 1
    assert checked > 50


def test_entities_differ_in_colour_shape_and_size():
    rng = random.Random(1)
    for i in range(20):
        ann, _ = make_clip(rng, f"c{i}", f"v{i}")
        names = {v for ev in ann.values() for key, v in ev["Args"].items() if key.startswith("Arg0") or key.startswith("Arg1")}
        assert len(names) <= 2
        if len(names) == 2:
            a, b = (set(n.split()) for n in names)
            assert not a & b


def test_one_pusher_per_clip_so_role_swaps_are_never_true_elsewhere():
    rng = random.Random(2)
    for i in range(30):
        ann, _ = make_clip(rng, f"c{i}", f"v{i}")
        agents = {list(ev["Args"].values())[0] for ev in ann.values() if ev["Verb"] in ("push", "chase")}
        assert len(agents) <= 1
