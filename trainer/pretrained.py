"""Base weights: what ``--pretrained`` names, fetched through open_clip's own loader.

``--pretrained`` takes
- a local file open_clip reads (``.safetensors``, ``.bin``/``.pth`` state dicts loaded with
  ``weights_only=True``, big_vision ``.npz``), or one of OpenAI's TorchScript ``.pt``
  archives (read with ``torch.jit.load`` as open_clip does for them; their models use
  QuickGELU, so the model is built with it);
- an open_clip pretrained tag of ``--model`` (``openai``, ``laion2b_s34b_b79k``, ...; see
  ``open_clip.list_pretrained_tags_by_model``), downloaded by open_clip into its cache
  where there is a network, found in the cache where there is not;
- ``hf-hub:ORG/REPO``: the open_clip weights file of that Hugging Face repository.

A run records its base as it was given (a tag, or a file's absolute path) and, for a file,
the SHA-256 of its content, so ``srlcap eval`` and ``export`` rebuild the same base or say
in one line why they cannot; ``--pretrained`` there points them at a moved copy.
"""
from __future__ import annotations

import hashlib
import os
import zipfile
from dataclasses import dataclass

from srlcap.errors import SrlcapError

HF_HUB = "hf-hub:"


@dataclass
class Base:
    """Resolved base weights: a local ``path`` (None: random init) and how to read it."""

    given: str | None  # what the user wrote (files made absolute)
    path: str | None = None
    tag: str | None = None  # an open_clip tag of the model name, loaded by open_clip itself
    torchscript: bool = False
    quick_gelu: bool = False


def sha256_of(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def is_torchscript(path: str) -> bool:
    """A TorchScript archive (OpenAI's CLIP .pt files) rather than a pickled state dict."""
    if not zipfile.is_zipfile(path):
        return False
    with zipfile.ZipFile(path) as z:
        return any(n.endswith("/constants.pkl") or "/code/" in n for n in z.namelist())


def normalise(pretrained: str | None) -> str | None:
    """A file path made absolute (``~`` expanded), anything else as given."""
    if not pretrained:
        return None
    path = os.path.expanduser(pretrained)
    return os.path.abspath(path) if os.path.isfile(path) else pretrained


def resolve(model: str, pretrained: str | None, registered: bool, cache_dir: str | None = None) -> Base:
    """Find (or fetch) the weights file ``pretrained`` names for open_clip model ``model``.
    ``registered``: ``model`` is one of open_clip's own names (tags exist only for those)."""
    import open_clip

    given = normalise(pretrained)
    if given is None:
        return Base(None)
    if os.path.isfile(given):
        ts = is_torchscript(given)
        return Base(given, path=given, torchscript=ts, quick_gelu=ts)
    if given.startswith(HF_HUB):
        repo = given[len(HF_HUB):]
        try:
            path = open_clip.pretrained.download_pretrained_from_hf(repo, cache_dir=cache_dir)
        except Exception as e:  # network, missing repo, missing huggingface_hub: all one line
            raise SrlcapError(f"--pretrained {given}: cannot fetch the weights ({_first_line(e)}); "
                              "offline, give a local file") from None
        return Base(given, path=path, torchscript=is_torchscript(path), quick_gelu=is_torchscript(path))
    looks_like_path = os.sep in given or given.endswith((".pt", ".pth", ".bin", ".safetensors", ".npz"))
    if not registered or looks_like_path:
        where = "no such file" if looks_like_path or not registered else "not a file"
        raise SrlcapError(f"--pretrained {pretrained}: {where}" + (
            "" if registered else f" (open_clip tags exist only for open_clip's model names, not --model {model})"))
    cfg = open_clip.get_pretrained_cfg(model, given)
    if not cfg:
        tags = open_clip.list_pretrained_tags_by_model(model)
        raise SrlcapError(f"--pretrained {given}: neither a file nor a pretrained tag of {model} "
                          f"(its tags: {', '.join(tags) or 'none'})")
    try:
        path = open_clip.download_pretrained(cfg, cache_dir=cache_dir)
    except Exception as e:
        raise SrlcapError(f"--pretrained {given}: cannot fetch {model}'s weights ({_first_line(e)}); "
                          "offline, give a local file or fill open_clip's cache first") from None
    if not path:
        raise SrlcapError(f"--pretrained {given}: open_clip names no download for {model}")
    return Base(given, path=path, tag=given, torchscript=is_torchscript(path),
                quick_gelu=bool(cfg.get("quick_gelu")) or is_torchscript(path))


def torchscript_state_dict(path: str) -> dict:
    """The weights of an OpenAI TorchScript archive under open_clip's names."""
    import torch

    import warnings

    try:
        with warnings.catch_warnings():  # torch marks jit as deprecated; OpenAI's files still need it
            warnings.simplefilter("ignore", FutureWarning)
            sd = torch.jit.load(path, map_location="cpu").state_dict()
    except RuntimeError as e:
        raise SrlcapError(f"{path}: cannot read TorchScript archive: {_first_line(e)}") from None
    for key in ("input_resolution", "context_length", "vocab_size"):
        sd.pop(key, None)
    # open_clip rebuilds the causal mask itself (a non-persistent buffer); a script keeps it
    sd = {k: v for k, v in sd.items() if k != "attn_mask" and not k.endswith(".attn_mask")}
    return {k: v.float() if v.is_floating_point() else v for k, v in sd.items()}


def _first_line(e: BaseException) -> str:
    text = str(e).strip().splitlines()
    return (text[0] if text else type(e).__name__)[:300]
