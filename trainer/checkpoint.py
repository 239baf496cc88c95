"""Checkpoints: safetensors only, written atomically, enough state to continue the same run.

Why safetensors: a checkpoint is data, not code; loading one can never execute anything
(torch.load is used nowhere here; open_clip base weights are read with weights_only=True).

One file holds
- ``model/<name>``: the trainable tensors only (LoRA adapters, contextualiser, logit
  scale, any fully trained tower) -- the frozen base is rebuilt from ``--model`` and
  ``--pretrained``, so it is never copied;
- ``optim/<i>/<key>``: AdamW state per trainable parameter (in ``param_names`` order);
- ``rng/torch``, ``rng/cuda``: the CPU generator and that of the GPU the run used;
and, in the string metadata, the model and train configs, the step, the data position
(epoch, batch within the epoch), the scheduler state and the optimizer's hyper-parameters.

Writes go to a temporary file in the same directory, are fsync'ed, then ``os.replace``d
over the target, so a crash leaves either the old or the new file, never half of one.
Non-finite tensors are refused before anything is written.
"""
from __future__ import annotations

import json
import os
import tempfile

import torch

from srlcap.errors import SrlcapError

FORMAT = "srlcap_trainer.checkpoint/1"


class CorruptStateError(RuntimeError):
    """Refusal to write a checkpoint holding NaN/inf."""


def atomic_save(tensors: dict[str, torch.Tensor], metadata: dict[str, str], path: str) -> None:
    from safetensors.torch import save_file

    for name, t in tensors.items():
        if t.is_floating_point() and not torch.isfinite(t).all():
            raise CorruptStateError(f"refusing to write {path}: tensor {name} is not finite")
    tensors = {k: v.detach().to("cpu").contiguous().clone() for k, v in tensors.items()}
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".safetensors", dir=directory)
    os.close(fd)
    try:
        save_file(tensors, tmp, metadata=metadata)
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def read(path: str) -> tuple[dict[str, torch.Tensor], dict[str, str]]:
    from safetensors import SafetensorError, safe_open

    if os.path.isdir(path):
        for name in ("checkpoint.safetensors", "adapter.safetensors"):
            if os.path.isfile(os.path.join(path, name)):
                path = os.path.join(path, name)
                break
        else:
            raise SrlcapError(f"{path}: no checkpoint.safetensors or adapter.safetensors in this directory")
    if not os.path.isfile(path):
        raise SrlcapError(f"{path}: no such checkpoint")
    try:
        with safe_open(path, framework="pt") as f:
            meta = f.metadata() or {}
            tensors = {k: f.get_tensor(k) for k in f.keys()}
    except (SafetensorError, OSError, ValueError) as e:
        raise SrlcapError(f"{path}: not a readable safetensors checkpoint: {e}") from None
    if meta.get("format") != FORMAT:
        raise SrlcapError(f"{path}: not an srlcap_trainer checkpoint (format {meta.get('format')!r})")
    return tensors, meta


def save_training_state(path: str, model, optimizer, scheduler, param_names: list[str], state: dict,
                        model_config_json: str, train_config_json: str) -> None:
    tensors = {f"model/{k}": v for k, v in model.trainable_state_dict().items()}
    opt = optimizer.state_dict()
    for i, st in opt["state"].items():
        for key, value in st.items():
            tensors[f"optim/{i}/{key}"] = value if torch.is_tensor(value) else torch.tensor(value)
    tensors["rng/torch"] = torch.get_rng_state()
    device = _param_device(model)
    if device.type == "cuda":  # the generator of the GPU this run used, not of every visible one
        tensors["rng/cuda"] = torch.cuda.get_rng_state(device)
    groups = [{k: v for k, v in g.items() if k != "params"} for g in opt["param_groups"]]
    meta = {
        "format": FORMAT,
        "kind": "training",
        "model_config": model_config_json,
        "train_config": train_config_json,
        "state": json.dumps(state),
        "scheduler": json.dumps(scheduler.state_dict()),
        "optim_groups": json.dumps(groups),
        "optim_group_sizes": json.dumps([len(g["params"]) for g in opt["param_groups"]]),
        "param_names": json.dumps(param_names),
    }
    atomic_save(tensors, meta, path)


def _param_device(model) -> torch.device:
    return next(model.parameters()).device


def save_adapter(path: str, model, model_config_json: str, extra: dict | None = None) -> None:
    """Weights-only file for eval and sharing: trainable tensors + the model config."""
    tensors = {f"model/{k}": v for k, v in model.trainable_state_dict().items()}
    meta = {"format": FORMAT, "kind": "adapter", "model_config": model_config_json}
    meta.update({k: json.dumps(v) for k, v in (extra or {}).items()})
    atomic_save(tensors, meta, path)


def load_model_tensors(model, tensors: dict[str, torch.Tensor], path: str = "checkpoint") -> None:
    own = {k[len("model/"):]: v for k, v in tensors.items() if k.startswith("model/")}
    expected = model.trainable_state_dict()
    missing = sorted(set(expected) - set(own))
    unexpected = sorted(set(own) - set(expected))
    if missing or unexpected:
        raise SrlcapError(
            f"{path}: checkpoint does not fit this model (missing {missing[:3]}, unexpected {unexpected[:3]})"
        )
    sd = model.state_dict()
    with torch.no_grad():
        for k, v in own.items():
            if sd[k].shape != v.shape:
                raise SrlcapError(f"{path}: {k} has shape {tuple(v.shape)}, model wants {tuple(sd[k].shape)}")
            sd[k].copy_(v)


def load_training_state(tensors, meta, model, optimizer, scheduler, param_names: list[str], path: str) -> dict:
    if meta.get("kind") != "training":
        raise SrlcapError(f"{path}: an adapter-only checkpoint cannot resume training")
    if json.loads(meta["param_names"]) != param_names:
        raise SrlcapError(f"{path}: trainable parameters differ from this run's; resume with the same options")
    load_model_tensors(model, tensors, path)
    state: dict = {}
    for key, value in tensors.items():
        if key.startswith("optim/"):
            _, i, name = key.split("/", 2)
            state.setdefault(int(i), {})[name] = value
    groups = json.loads(meta["optim_groups"])
    sizes = json.loads(meta["optim_group_sizes"])
    start, param_groups = 0, []
    for g, n in zip(groups, sizes):
        param_groups.append(dict(g, params=list(range(start, start + n))))
        start += n
    optimizer.load_state_dict({"state": state, "param_groups": param_groups})
    scheduler.load_state_dict(json.loads(meta["scheduler"]))
    torch.set_rng_state(tensors["rng/torch"])
    device = _param_device(model)
    if "rng/cuda" in tensors and device.type == "cuda":
        torch.cuda.set_rng_state(tensors["rng/cuda"], device)
    return json.loads(meta["state"])
