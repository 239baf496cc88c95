"""Which of open_clip's model configs LoRA can adapt (default targets q,k,v), per tower.

Every config is built on the meta device (no memory, nothing downloaded), so this runs in
about a minute on a laptop: .venv/bin/python scripts/lora_coverage.py
Configs whose text tower is a Hugging Face model need `transformers` and are reported as
not built when it is missing.
"""
from __future__ import annotations

import logging
import warnings

import open_clip
import torch

from srlcap_trainer.lora import _sites, tower_modules


def sites(model, tower: str) -> int:
    return sum(1 for root in tower_modules(model, tower) for _ in _sites(root, ("q", "k", "v")))


def main() -> int:
    logging.disable(logging.CRITICAL)  # open_clip logs every random init
    warnings.filterwarnings("ignore")
    names = open_clip.list_models()
    image_ok, image_none, text_ok, failed = [], [], 0, []
    for name in names:
        try:
            with torch.device("meta"):
                model = open_clip.create_model(name, pretrained=None, device="meta")
        except Exception as e:  # a missing optional dependency, reported below
            failed.append((name, str(e).splitlines()[0][:80]))
            continue
        (image_ok if sites(model, "image") else image_none).append(name)
        text_ok += bool(sites(model, "text"))
    print(f"{len(names)} configs; built {len(names) - len(failed)}; image-tower LoRA sites in {len(image_ok)}, "
          f"none in {len(image_none)} ({', '.join(image_none)}); text-tower sites in {text_ok}")
    for name, why in failed:
        print(f"not built: {name}: {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
