"""Small srlcap-format Parquet files and frame folders, generated at test time."""
from __future__ import annotations

import os
import random

COLOURS = {"red": (220, 40, 40), "blue": (40, 60, 220), "green": (40, 170, 60), "yellow": (230, 210, 40)}
SHAPES = ["square", "circle"]
VERBS = [("push", "push.01", "pusher", "thing pushed"), ("chase", "chase.01", "chaser", "thing chased")]


def _caption(verb, r0, r1, a, b):
    return f"the action is {verb} where the {r0} is {a}, and the {r1} is {b}."


def make_parquet(path: str, n_clips: int = 6, seed: int = 0, split: str = "train", anns: int = 1) -> list[str]:
    """Write an srlcap Parquet with event and clip rows and negatives; return the clip ids."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from srlcap.schema import schema_with_metadata

    rng = random.Random(seed)
    rows, ids = [], []
    for c in range(n_clips):
        clip_id = f"v_clip{c:03d}_seg_0_10"
        ids.append(clip_id)
        for ann in range(anns):
            evs = []
            for e in range(1, 6):
                verb, vid, r0, r1 = rng.choice(VERBS)
                ca, cb = rng.sample(list(COLOURS), 2)
                a, b = f"{ca} {rng.choice(SHAPES)}", f"{cb} {rng.choice(SHAPES)}"
                text = _caption(verb, r0, r1, a, b)
                other = VERBS[1] if verb == "push" else VERBS[0]
                negs = [
                    {"kind": "role_swap", "detail": "Arg0<->Arg1", "natural": text, "figclip": _caption(verb, r0, r1, b, a)},
                    {"kind": "verb_replace", "detail": f"{verb}->{other[0]}", "natural": text,
                     "figclip": _caption(other[0], other[2], other[3], a, b)},
                    {"kind": "attribute_swap", "detail": "colour", "natural": text,
                     "figclip": _caption(verb, r0, r1, f"{cb} {a.split()[1]}", f"{ca} {b.split()[1]}")},
                ]
                if e % 2:
                    negs.append({"kind": "figclip_verb", "detail": "x", "natural": text,
                                 "figclip": _caption("hold", "holder", "thing held", a, b)})
                roles = [
                    {"key": f"Arg0 ({r0})", "type": "Arg0", "name": r0, "filler": a, "entity": 0},
                    {"key": f"Arg1 ({r1})", "type": "Arg1", "name": r1, "filler": b, "entity": 1},
                ]
                evs.append(text)
                rows.append({
                    "clip_id": clip_id, "ann_idx": ann, "event": f"Ev{e}", "event_idx": e, "split": split,
                    "verb": verb, "verb_id": vid, "relation": None if e == 3 else "NoRel",
                    "start_s": 2.0 * (e - 1), "end_s": 2.0 * e, "roles": roles,
                    "natural": text.replace("the action is", "a picture:"), "figclip": text, "negatives": negs,
                })
            clip_text = " then ".join(t.rstrip(".") for t in evs) + "."
            rows.append({
                "clip_id": clip_id, "ann_idx": ann, "event": "clip", "event_idx": 0, "split": split,
                "verb": None, "verb_id": None, "relation": None, "start_s": 0.0, "end_s": 10.0, "roles": [],
                "natural": clip_text, "figclip": clip_text,
                "negatives": [{"kind": "event_order", "detail": "2<->4", "natural": clip_text + " x",
                               "figclip": " then ".join(t.rstrip(".") for t in reversed(evs)) + "."}],
            })
    schema = schema_with_metadata()
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
    return ids


def make_frames(root: str, clip_ids: list[str], n_frames: int = 10, size: int = 16, seed: int = 0) -> None:
    from PIL import Image

    rng = random.Random(seed)
    for cid in clip_ids:
        d = os.path.join(root, cid)
        os.makedirs(d, exist_ok=True)
        base = [rng.randrange(256) for _ in range(3)]
        for i in range(n_frames):
            colour = tuple((v + 20 * i) % 256 for v in base)
            Image.new("RGB", (size, size), colour).save(os.path.join(d, f"frame_{i + 1}.png"))
