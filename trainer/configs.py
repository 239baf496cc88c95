"""Tiny open_clip configurations for tests, the CPU demo and the benchmark smoke check.

Passed to ``open_clip.CLIP(**cfg)`` directly (the same dict open_clip's JSON model configs
hold), so nothing is registered globally and nothing is downloaded. Save one with
``json.dump`` and pass ``--model path.json`` to use it from the command line.
"""
from __future__ import annotations

import copy

#: Smallest sensible CLIP: 32 px images in 8 px patches, 2+2 layers of width 32.
TINY_TEST = {
    "embed_dim": 32,
    "vision_cfg": {"image_size": 32, "layers": 2, "width": 32, "head_width": 16, "patch_size": 8},
    "text_cfg": {"context_length": 32, "vocab_size": 49408, "width": 32, "heads": 2, "layers": 2},
}

#: The demo model: big enough to bind colours to shapes and read word order, small enough
#: to train from scratch on two CPU cores in a few minutes.
TINY_DEMO = {
    "embed_dim": 64,
    "vision_cfg": {"image_size": 32, "layers": 3, "width": 64, "head_width": 16, "patch_size": 4},
    "text_cfg": {"context_length": 48, "vocab_size": 49408, "width": 64, "heads": 4, "layers": 3},
}


#: ``--model`` names of the tiny configs.
CONFIGS = {"tiny-test": TINY_TEST, "tiny-demo": TINY_DEMO}


def get(name: str) -> dict:
    return copy.deepcopy(CONFIGS[name])
