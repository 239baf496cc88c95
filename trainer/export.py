"""Export a trained run as a plain open_clip model (``srlcap export CKPT --out DIR``).

DIR holds, written together (a temporary directory beside DIR, renamed onto it):
- ``open_clip_model.safetensors``: the open_clip model with the LoRA adapters merged into
  its weights and the trained logit scale; any open_clip reads it with
  ``open_clip.create_model_and_transforms(NAME, pretrained=DIR/open_clip_model.safetensors)``;
- ``open_clip_config.json``: the model and preprocessing config in open_clip's own format,
  so ``create_model_and_transforms("local-dir:DIR")`` works too;
- ``NAME.json`` when NAME is not one of open_clip's built-in names (the tiny configs, a
  config file's model): register it first with ``open_clip.add_model_config(DIR/NAME.json)``;
- ``contextualiser.safetensors``: the video contextualiser (absent with
  ``--no-contextualiser``), its construction arguments in the metadata;
- ``srlcap_export.json``: the model NAME, the files, the logit scale, the base weights and
  the source checkpoint.
"""
from __future__ import annotations

import json
import os
import pathlib
import re

from srlcap.errors import SrlcapError
from srlcap.writer import staged_dir

FORMAT = "srlcap_trainer.export/1"
MANIFEST = "srlcap_export.json"
WEIGHTS = "open_clip_model.safetensors"
OPEN_CLIP_CONFIG = "open_clip_config.json"
CONTEXTUALISER = "contextualiser.safetensors"


def _checkpoint_file(path: str | os.PathLike) -> pathlib.Path | None:
    """The trainer's safetensors file that ``path`` is or holds, else None."""
    path = pathlib.Path(path)
    if path.is_dir():
        for name in ("checkpoint.safetensors", "adapter.safetensors"):
            if (path / name).is_file():
                return path / name
        return None
    return path if path.is_file() else None


def is_checkpoint(path: str | os.PathLike) -> bool:
    """A checkpoint written by ``srlcap train`` (a .safetensors file of the trainer's format,
    or a run directory holding one); reads only the file's header."""
    from srlcap_trainer.checkpoint import FORMAT as CKPT_FORMAT

    file = _checkpoint_file(path)
    if file is None:
        return False
    try:
        from safetensors import safe_open

        with safe_open(str(file), framework="pt") as f:
            return (f.metadata() or {}).get("format") == CKPT_FORMAT
    except Exception:  # not safetensors at all: a Parquet file, text, anything
        return False


def _is_export(path: pathlib.Path) -> bool:
    try:
        return json.loads((path / MANIFEST).read_text(encoding="utf-8")).get("format") == FORMAT
    except (OSError, ValueError, AttributeError):
        return False


def _model_name(model: str, registered: bool) -> str:
    if registered:
        return model
    stem = pathlib.Path(model).stem if model.endswith(".json") else model
    return re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-") or "model"


def export_checkpoint(checkpoint: str | os.PathLike, out: str | os.PathLike, *, pretrained: str | None = None,
                      force: bool = False, quiet: bool = False) -> pathlib.Path:
    """Write the merged open_clip model, the contextualiser and a manifest into ``out``
    (see the module doc); returns ``out``. ``pretrained``: the run's base weights if they
    moved. An existing ``out`` not written by srlcap is refused unless ``force``."""
    from srlcap.writer import check_output

    out = pathlib.Path(out)
    if not is_checkpoint(checkpoint):
        raise SrlcapError(f"{checkpoint}: not a checkpoint of `srlcap train` (a run directory or its "
                          ".safetensors file)")
    check_output(out, force, _is_export, what="directory")

    import open_clip
    import torch

    from srlcap_trainer.checkpoint import atomic_save
    from srlcap_trainer.evaluate import load_model
    from srlcap_trainer.lora import remove_lora

    source = _checkpoint_file(checkpoint)
    if not quiet:
        import sys

        print(f"export: rebuilding {source} on its base weights", file=sys.stderr)
    model, meta = load_model(str(source), torch.device("cpu"), pretrained)
    cfg = model.cfg
    clip = model.clip
    remove_lora(clip, merge=True)
    with torch.no_grad():
        clip.logit_scale.copy_(model.logit_scale.detach().reshape(clip.logit_scale.shape))
    registered = cfg.model_cfg is None and ":" not in cfg.model and open_clip.get_model_config(cfg.model) is not None
    name = _model_name(cfg.model, registered)
    pp = dict(getattr(clip.visual, "preprocess_cfg", None) or {})
    v = clip.visual
    pp.setdefault("size", v.image_size if isinstance(v.image_size, int) else list(v.image_size))
    pp.setdefault("mean", list(open_clip.OPENAI_DATASET_MEAN))
    pp.setdefault("std", list(open_clip.OPENAI_DATASET_STD))
    pp = {k: list(val) if isinstance(val, tuple) else val for k, val in pp.items()}

    # checked above: ``out`` is ours, empty, or --force
    with staged_dir(out) as tmp:
        atomic_save(clip.state_dict(), {"format": "pt"}, str(tmp / WEIGHTS))
        (tmp / OPEN_CLIP_CONFIG).write_text(
            json.dumps({"model_cfg": model.open_clip_cfg, "preprocess_cfg": pp}, indent=1), encoding="utf-8")
        files = {"weights": WEIGHTS, "open_clip_config": OPEN_CLIP_CONFIG}
        if not registered:
            (tmp / f"{name}.json").write_text(json.dumps(model.open_clip_cfg, indent=1), encoding="utf-8")
            files["model_config"] = f"{name}.json"
        ctx_args = None
        if model.ctx is not None:
            ctx_args = {"dim": model.ctx.dim, "layers": cfg.ctx_layers, "heads": cfg.ctx_heads,
                        "events": cfg.events, "frames": cfg.frames, "tokens": cfg.ctx_tokens}
            atomic_save(model.ctx.state_dict(), {"format": FORMAT, "config": json.dumps(ctx_args)},
                        str(tmp / CONTEXTUALISER))
            files["contextualiser"] = CONTEXTUALISER
        manifest = {
            "format": FORMAT,
            "open_clip_model": name,
            "files": files,
            "logit_scale": float(model.logit_scale.detach().exp()),
            "contextualiser": ctx_args,
            "base": {"pretrained": cfg.pretrained, "sha256": cfg.pretrained_sha256},
            "source": str(source.resolve()),
            "step": json.loads(meta.get("state", meta.get("step", "null")) or "null"),
            "load": (("" if registered else f"open_clip.add_model_config('{name}.json'); ")
                     + f"open_clip.create_model_and_transforms('{name}', pretrained='{WEIGHTS}')"),
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    if not quiet:
        import sys

        print(f"export: wrote {out} (open_clip model {name})", file=sys.stderr)
    return out
