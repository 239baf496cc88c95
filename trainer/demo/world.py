"""A synthetic world where the pixels decide who does what to whom.

Each 10-second clip shows two coloured shapes in a room of a third colour for five
2-second events (VidSitu's layout). Verbs and what makes their roles visible in every single frame:
- push.01 (pusher, thing pushed): the two touch, the pusher behind the thing pushed, both
  moving to the right (always, so the direction is not annotated: see ``PUSH_DX``);
- chase.01 (chaser, thing chased): the same order with a gap that closes, both moving to
  the right;
- jump.01 (jumper, manner): the jumper is off the floor line, the other stands still;
- move.01 (thing moving, direction, manner): one shape travels left/right/up/down, quickly
  (far) or slowly.

Pushes and chases always go to the right (the room's "downhill"), so the agent is the
shape on the left in every frame. This is a deliberate choice: with both directions the
role was only decidable from the conjunction of the left/right order in the picture *and*
the direction word in the caption (an XOR). The trainer mean-pools frames, so the direction
of motion itself is not visible to it, and the tiny demo model trained for a few hundred
steps learnt a wrong shortcut instead (role swaps 0.32 with hard negatives, below chance).
With one direction the role is a plain single-frame fact -- which of the two named shapes
is on the left -- drawn in the picture, not a label-like marker. So a role swap ("the
pusher is blue circle, the thing pushed is red square") contradicts every frame: in them
the red square is on the blue circle's right. Colours, shapes and sizes of the two entities
always differ, so an attribute swap ("blue square ... red circle") names shapes that are
not there. Direction words still vary for move.

Within a clip the pusher/chaser is always the same shape (the "bully"; which of the two is
drawn per clip). Otherwise two events of one clip often showed "A pushes B" and "B pushes
A", and FiGCLIP's natural negatives (the other events of the clip, in-batch positives)
already taught role order: measured at 600 steps, the run *without* hard negatives then
scored 0.93 on role swaps against 0.70 with them, so the demo could not show what the hard
negatives add. With one bully per clip a role swap is never true elsewhere in its clip, so
``srlcap build`` makes one for every push/chase event.

Frames are rendered with PIL at 32x32, 2 per second, and each clip is written as a real
video file named by its clip id, as VidSitu ships its clips (``videos/{clip_id}.mkv``), so
that the demo reads them the way a user's videos are read: through ``srlcap frames``,
which samples 4 frames per event (at 2 fps, the event's 4 frames). The codec is FFV1, a
lossless one that every FFmpeg build has: at 32 px a lossy codec's chroma subsampling
would smear the 5-pixel shapes' colours into their neighbours, and colours are what the
attribute swaps test. Annotations are written in VidSitu's own file layout so that
``srlcap build`` turns them into captions and negatives. Everything is a function of the
seed.
"""
from __future__ import annotations

import json
import os
import random

from PIL import Image, ImageDraw

from srlcap.frames import EVENT_SECONDS as _EVENT_SECONDS
from srlcap.frames import EVENTS_PER_CLIP as EVENTS

SIZE = 32
FPS = 2
EVENT_SECONDS = int(_EVENT_SECONDS)  # whole seconds: FPS * EVENT_SECONDS frames an event
VIDEO_EXT = ".mkv"
COLOURS = {
    "red": (230, 30, 30), "blue": (40, 80, 255), "green": (30, 200, 60),
    "yellow": (250, 230, 30), "purple": (170, 50, 220), "orange": (255, 140, 0),
}
SHAPES = ("square", "circle", "triangle")
SIZES = {"small": 5, "": 7, "big": 9}
#: A room is named and painted by one of the shapes' colours, dimmed (never a colour of its
#: clip's shapes), so that no colour word belongs to rooms or to shapes alone: an attribute
#: swap between a shape and the room ("blue triangle ... red room" -> "red triangle ... blue
#: room") reads as plausibly as its positive, and only the picture tells them apart.
ROOM_SHADE = 0.35
#: push and chase go right (the agent on the left, see above); a direction that never varies
#: is not annotated, since "to the left" would then be a negative that text alone rejects
PUSH_DX = 1
#: push and chase make the role swaps; they are drawn more often than jump and move
VERB_WEIGHTS = {"push": 3, "chase": 3, "jump": 2, "move": 2}
MOVE_DIRECTIONS = {"to the left": (-1, 0), "to the right": (1, 0), "upward": (0, -1), "downward": (0, 1)}
MANNERS = {"quickly": 12, "slowly": 4}  # pixels travelled in an event
RELATIONS = ("Causes", "Reaction To", "Enables", "NoRel")
VERBS = tuple(VERB_WEIGHTS)


def _entity(rng: random.Random, taken: dict | None = None) -> dict:
    while True:
        colour = rng.choice(sorted(COLOURS))
        shape = rng.choice(SHAPES)
        size = rng.choice(["", "", "small", "big"])
        if taken is None or (colour != taken["colour"] and shape != taken["shape"] and size != taken["size"]):
            name = " ".join(x for x in (size, colour, shape) if x)
            return {"colour": colour, "shape": shape, "size": size, "name": name}


def _draw(draw: ImageDraw.ImageDraw, ent: dict, x: float, y: float) -> None:
    r = SIZES[ent["size"]] / 2
    box = [x - r, y - r, x + r, y + r]
    fill = COLOURS[ent["colour"]]
    if ent["shape"] == "square":
        draw.rectangle(box, fill=fill)
    elif ent["shape"] == "circle":
        draw.ellipse(box, fill=fill)
    else:
        draw.polygon([(x, y - r - 1), (x - r - 1, y + r), (x + r + 1, y + r)], fill=fill)


def _event(rng: random.Random, ents: list[dict], bully: int) -> tuple[str, dict, list[tuple[tuple, tuple]]]:
    """Pick a verb and roles; return (verb, {role key: filler}, per-frame positions of both).

    ``bully`` is the index of the clip's pusher/chaser (the same in all its events)."""
    verb = rng.choices(VERBS, weights=[VERB_WEIGHTS[v] for v in VERBS])[0]
    n = FPS * EVENT_SECONDS
    a_i = rng.randrange(2)
    if verb in ("push", "chase"):
        a_i = bully
    a, b = ents[a_i], ents[1 - a_i]
    ra, rb = SIZES[a["size"]] / 2, SIZES[b["size"]] / 2
    frames = []
    if verb in ("push", "chase"):
        dx = PUSH_DX
        travel = rng.choice([6, 9, 12] if verb == "push" else [6, 9])
        gap0 = 0 if verb == "push" else rng.choice([6, 8])
        y = rng.uniform(9, 23)
        lead0 = 16 - dx * travel / 2 + dx * (ra + rb + gap0 + 1) / 2  # keeps the motion in frame
        for i in range(n):
            f = i / (n - 1)
            lead = lead0 + dx * travel * f
            gap = gap0 * (1 - 0.6 * f)
            chaser = lead - dx * (ra + rb + gap + 1)
            pos = {id(b): (lead, y), id(a): (chaser, y)}
            frames.append((pos[id(ents[0])], pos[id(ents[1])]))
        key0, key1 = ("Arg0 (pusher)", "Arg1 (thing pushed)") if verb == "push" else ("Arg0 (chaser)", "Arg1 (thing chased)")
        args = {key0: a["name"], key1: b["name"]}
    elif verb == "jump":
        manner = rng.choice(sorted(MANNERS))
        height = 10 if manner == "quickly" else 5
        xa, xb = (rng.uniform(6, 13), rng.uniform(19, 26)) if rng.random() < 0.5 else (rng.uniform(19, 26), rng.uniform(6, 13))
        floor = 25
        for i in range(n):
            up = height * (1 - abs(2 * i / (n - 1) - 1)) + height * 0.4
            pos = {id(a): (xa, floor - up), id(b): (xb, floor)}
            frames.append((pos[id(ents[0])], pos[id(ents[1])]))
        args = {"Arg0 (jumper)": a["name"], "ArgM (manner)": manner}
    else:  # move
        manner = rng.choice(sorted(MANNERS))
        dname = rng.choice(sorted(MOVE_DIRECTIONS))
        dx, dy = MOVE_DIRECTIONS[dname]
        travel = MANNERS[manner]
        sx = 16 - dx * travel / 2 + rng.uniform(-3, 3)
        sy = 16 - dy * travel / 2 + rng.uniform(-3, 3)
        other = (rng.choice([5, 27]), rng.choice([5, 27]))
        for i in range(n):
            f = i / (n - 1)
            pos = {id(a): (sx + dx * travel * f, sy + dy * travel * f), id(b): other}
            frames.append((pos[id(ents[0])], pos[id(ents[1])]))
        args = {"Arg1 (thing moving)": a["name"], "ArgM (direction)": dname, "ArgM (manner)": manner}
    return verb, args, frames


def make_clip(rng: random.Random, clip_id: str, vid_uid: str):
    """One clip: (VidSitu annotation dict, list of 20 PIL frames)."""
    e0 = _entity(rng)
    ents = [e0, _entity(rng, e0)]
    room = rng.choice(sorted(c for c in COLOURS if c not in (e0["colour"], ents[1]["colour"])))
    scene = f"{room} room"
    paint = tuple(round(v * ROOM_SHADE) for v in COLOURS[room])
    bully = rng.randrange(2)
    ann, images = {}, []
    for k in range(EVENTS):
        verb, args, positions = _event(rng, ents, bully)
        args["Scene of the Event"] = scene
        keys = list(args)
        ev = {
            "Verb": verb, "VerbID": f"{verb}.01", "Arg_List": {key: str(i) for i, key in enumerate(keys)},
            "Args": args, "vid_uid": vid_uid, "vid_seg_int": clip_id,
        }
        if k != 2:
            ev["EvRel"] = rng.choice(RELATIONS)
        ann[f"Ev{k + 1}"] = ev
        for p0, p1 in positions:
            im = Image.new("RGB", (SIZE, SIZE), paint)
            d = ImageDraw.Draw(im)
            _draw(d, ents[0], *p0)
            _draw(d, ents[1], *p1)
            images.append(im)
    return ann, images


def write_video(path: str, images: list) -> None:
    """``images`` (PIL, RGB) as a lossless FFV1 video at FPS frames a second, written whole
    or not at all."""
    import av
    import numpy as np

    tmp = path + ".tmp" + VIDEO_EXT  # the container format is chosen by the extension
    with av.open(tmp, "w") as container:
        stream = container.add_stream("ffv1", rate=FPS)
        stream.width, stream.height = images[0].size
        stream.pix_fmt = "bgr0"  # RGB, no chroma subsampling: the pixels come back exactly
        for im in images:
            for packet in stream.encode(av.VideoFrame.from_ndarray(np.asarray(im), format="rgb24")):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    os.replace(tmp, path)


def write_world(out_dir: str, splits: dict[str, int], seed: int = 0) -> dict:
    """Write ``out_dir/vidsitu_annotations`` (VidSitu layout) and ``out_dir/videos/{clip_id}.mkv``."""
    ann_root = os.path.join(out_dir, "vidsitu_annotations")
    for sub in ("split_files", "vseg_ann_files", "vinfo_files"):
        os.makedirs(os.path.join(ann_root, sub), exist_ok=True)
    videos = os.path.join(out_dir, "videos")
    os.makedirs(videos, exist_ok=True)
    counts = {}
    for split, n in splits.items():
        rng = random.Random(f"{seed}/{split}")
        anns, ids, infos = [], [], []
        for i in range(n):
            vid_uid = f"synth{split}{i:05d}"
            clip_id = f"v_{vid_uid}_seg_0_10"
            ann, images = make_clip(rng, clip_id, vid_uid)
            write_video(os.path.join(videos, clip_id + VIDEO_EXT), images)
            anns.append(ann)
            ids.append(clip_id)
            infos.append({"vid_uid": vid_uid, "vid_seg_int": clip_id, "seg_start": 0, "seg_end": 10,
                          "vid_duration": 10.0, "fps": FPS})
        for path, data in (
            (f"vseg_ann_files/vsann_{split}_lb.json", anns),
            (f"split_files/vseg_split_{split}_lb.json", ids),
            (f"vinfo_files/vinfo_{split}_lb.json", infos),
        ):
            with open(os.path.join(ann_root, path), "w", encoding="utf-8") as f:
                json.dump(data, f, indent=1 if len(data) < 50 else None)
        counts[split] = n
    return {"annotations": ann_root, "videos": videos, "clips": counts}
