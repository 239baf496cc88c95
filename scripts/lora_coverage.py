"""Which of open_clip's model configs LoRA can adapt (default targets q,k,v), per tower.

Every config is built on the meta device (no memory, nothing downloaded), so this runs in
about a minute on a laptop: .venv/bin/python scripts/lora_coverage.py
Configs whose text tower is a Hugging Face model need `transformers` and are reported as
not built when it is missing.
"""
import logging, warnings
import open_clip, torch
from srlcap_trainer.lora import _sites, tower_modules
logging.disable(logging.CRITICAL); warnings.filterwarnings("ignore")
ok_img, bad_img, failed, ok_txt = [], [], [], 0
names = open_clip.list_models()
for name in names:
    try:
        with torch.device("meta"):
            m = open_clip.create_model(name, pretrained=None, device="meta")
    except Exception as e:
        failed.append((name, str(e).splitlines()[0][:80])); continue
    img = sum(1 for r in tower_modules(m, "image") for _ in _sites(r, ("q", "k", "v")))
    txt = sum(1 for r in tower_modules(m, "text") for _ in _sites(r, ("q", "k", "v")))
    (ok_img if img else bad_img).append(name); ok_txt += bool(txt)
print(f"{len(names)} configs; built {len(names)-len(failed)}; image tower LoRA sites in {len(ok_img)}, none in {len(bad_img)}: {bad_img}; text tower sites in {ok_txt}")
print("could not build:", failed)
