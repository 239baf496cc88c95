"""LoRA adapters for open_clip, written for its packed attention (and timm's towers).

open_clip's ``ResidualAttentionBlock`` calls ``nn.MultiheadAttention`` (and its custom
``Attention`` calls ``F.linear``) with one packed ``in_proj_weight`` of shape (3d, d):
rows [0, d) are q, [d, 2d) k, [2d, 3d) v. PEFT's LoRA cannot wrap that (it only knows
``nn.Linear``), and wrapping the whole matrix would adapt q, k and v together whatever the
user asked. We therefore attach a *parametrization* (``torch.nn.utils.parametrize``) to the
weight: every read of ``attn.in_proj_weight`` -- including the one inside torch's own
``multi_head_attention_forward`` -- returns ``W + scale * Delta`` where ``Delta`` is zero
outside the chosen q/k/v row slices. The frozen base weight stays untouched in
``parametrizations.in_proj_weight.original``; the adapter tensors are separate parameters
whose names all contain ``lora_`` so they can be saved apart from the base. timm towers
(EVA02, SigLIP, MobileCLIP, PE-Core) keep q, k and v in one ``qkv`` Linear (the same row
slices) or in ``q_proj``/``k_proj``/``v_proj``; the same parametrization wraps those weights.

``B`` starts at zero, so a freshly adapted model computes exactly what the base computes.
``merge`` folds the delta into the base weight (inference speed, export) and ``unmerge``
takes it out again.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from torch import nn
from torch.nn.utils import parametrize

from srlcap_trainer.settings import ALL_TARGETS, QKV

TOWERS = ("image", "text")


@dataclass
class LoRAConfig:
    """What to adapt (the trainer's defaults are ``ModelConfig``'s)."""

    rank: int
    alpha: float | None  # None: alpha = rank (scale 1)
    targets: tuple[str, ...]  # of ALL_TARGETS
    towers: tuple[str, ...]  # of TOWERS

    @property
    def scaling(self) -> float:
        return (self.alpha if self.alpha is not None else self.rank) / self.rank

    def validate(self) -> None:
        if self.rank < 1:
            raise ValueError(f"LoRA rank must be >= 1, got {self.rank}")
        bad = [t for t in self.targets if t not in ALL_TARGETS]
        if bad:
            raise ValueError(f"unknown LoRA target(s) {bad}; choose from {', '.join(ALL_TARGETS)}")
        bad = [t for t in self.towers if t not in TOWERS]
        if bad:
            raise ValueError(f"unknown LoRA tower(s) {bad}; choose from {', '.join(TOWERS)}")


class LoRADelta(nn.Module):
    """Parametrization ``W -> W + scale * Delta``; Delta = B_i A_i on row slice i, zero elsewhere."""

    def __init__(self, weight: torch.Tensor, rank: int, scaling: float, slices: dict[str, tuple[int, int]]):
        super().__init__()
        out_features, in_features = weight.shape
        self.out_features, self.in_features = out_features, in_features
        self.rank, self.scaling = rank, scaling
        self.slices = dict(sorted(slices.items(), key=lambda kv: kv[1][0]))
        self.merged = False
        kw = dict(device=weight.device, dtype=torch.float32)
        for name, (start, end) in self.slices.items():
            a = nn.Parameter(torch.empty(rank, in_features, **kw))
            # Kaiming-uniform A as in the LoRA reference implementation, zero B: Delta = 0.
            nn.init.kaiming_uniform_(a, a=math.sqrt(5))
            self.register_parameter(f"lora_A_{name}", a)
            self.register_parameter(f"lora_B_{name}", nn.Parameter(torch.zeros(end - start, rank, **kw)))

    def delta(self) -> torch.Tensor:
        """The full (out, in) update, assembled from per-slice blocks and zero gaps."""
        blocks, cursor = [], 0
        ref = next(iter(self.parameters()))
        for name, (start, end) in self.slices.items():
            if start > cursor:
                blocks.append(ref.new_zeros(start - cursor, self.in_features))
            blocks.append(getattr(self, f"lora_B_{name}") @ getattr(self, f"lora_A_{name}"))
            cursor = end
        if cursor < self.out_features:
            blocks.append(ref.new_zeros(self.out_features - cursor, self.in_features))
        return torch.cat(blocks, 0) * self.scaling

    def forward(self, weight: torch.Tensor) -> torch.Tensor:
        if self.merged:
            return weight
        return weight + self.delta().to(weight.dtype)


def tower_modules(model: nn.Module, tower: str) -> list[nn.Module]:
    """The sub-modules of an open_clip model that make up one tower."""
    if tower == "image":
        return [model.visual]
    if hasattr(model, "text"):  # CustomTextCLIP / CoCa
        return [model.text]
    return [model.transformer]  # CLIP keeps the text tower's parts at top level


#: What ``_sites`` can adapt, for the one-line refusal when a tower has none of it.
SUPPORTED = ("open_clip/torch attention's packed in_proj_weight (q|k|v rows) and out_proj; timm and "
             "EVA attention's qkv Linear (q|k|v rows) or q_proj/k_proj/v_proj, and proj; MLPs' "
             "c_fc/c_proj or fc1/fc2 (fc1_g/fc1_x) Linear layers")
_MLP_NAMES = {"fc1": ("c_fc", "fc1", "fc1_g", "fc1_x"), "fc2": ("c_proj", "fc2")}


def _weight(module: nn.Module, name: str) -> torch.Tensor | None:
    """``module``'s own parameter ``name``, also when a parametrization already wraps it."""
    if parametrize.is_parametrized(module, name):
        return getattr(module.parametrizations, name).original
    return module.__dict__.get("_parameters", {}).get(name)


def _sites(root: nn.Module, targets: tuple[str, ...]):
    """Yield (module, weight name, {slice name: rows}) for each adaptable weight under root:
    open_clip's packed attention, timm's fused ``qkv`` or separate ``q_proj``/``k_proj``/
    ``v_proj`` projections (timm ViT, EVA02, SigLIP, PE-Core, MobileCLIP's attention
    blocks), their output projections and MLPs."""
    qkv = [t for t in QKV if t in targets]
    for module in root.modules():
        w = _weight(module, "in_proj_weight")
        if w is not None and qkv and w.shape[0] == 3 * w.shape[1]:
            d = w.shape[1]
            yield module, "in_proj_weight", {t: (i * d, (i + 1) * d) for i, t in enumerate(QKV) if t in qkv}
        fused = getattr(module, "qkv", None)
        if qkv and isinstance(fused, nn.Linear) and fused.out_features % 3 == 0:
            d = fused.out_features // 3
            yield fused, "weight", {t: (i * d, (i + 1) * d) for i, t in enumerate(QKV) if t in qkv}
        for t in qkv:
            lin = getattr(module, f"{t}_proj", None)
            if isinstance(lin, nn.Linear):
                yield lin, "weight", {t: (0, lin.out_features)}
        if "o" in targets:
            is_attention = (w is not None or isinstance(module, nn.MultiheadAttention)
                            or isinstance(fused, nn.Linear) or isinstance(getattr(module, "q_proj", None), nn.Linear))
            for oname in ("out_proj", "proj"):
                lin = getattr(module, oname, None)
                if is_attention and isinstance(lin, nn.Linear):
                    yield lin, "weight", {"o": (0, lin.out_features)}
                    break
        mlp = getattr(module, "mlp", None)
        if isinstance(mlp, nn.Module):
            for tname, lnames in _MLP_NAMES.items():
                for lname in lnames:
                    lin = getattr(mlp, lname, None)
                    if tname in targets and isinstance(lin, nn.Linear):
                        yield lin, "weight", {tname: (0, lin.out_features)}


class NoLoRASite(ValueError):
    """A tower holds no weight that the chosen LoRA targets name."""


def apply_lora(model: nn.Module, cfg: LoRAConfig) -> int:
    """Attach adapters in place; return how many weights were adapted. Does not freeze anything."""
    cfg.validate()
    found = {tower: [site for root in tower_modules(model, tower) for site in _sites(root, tuple(cfg.targets))]
             for tower in cfg.towers}
    empty = [tower for tower, sites in found.items() if not sites]
    if empty:  # checked for every tower before any is changed
        raise NoLoRASite(f"no weight for LoRA targets {','.join(cfg.targets)} in the {' and '.join(empty)} "
                         f"tower ({type(tower_modules(model, empty[0])[0]).__name__}); LoRA adapts {SUPPORTED}")
    count = 0
    for sites in found.values():
        for module, wname, slices in sites:
            if parametrize.is_parametrized(module, wname):
                continue
            weight = getattr(module, wname)
            parametrize.register_parametrization(
                module, wname, LoRADelta(weight, cfg.rank, cfg.scaling, slices), unsafe=False
            )
            count += 1
    return count


def lora_modules(model: nn.Module) -> list[LoRADelta]:
    return [m for m in model.modules() if isinstance(m, LoRADelta)]


def lora_state_dict(model: nn.Module) -> dict[str, torch.Tensor]:
    """Only the adapter tensors, by their full names: what a LoRA checkpoint stores."""
    return {k: v for k, v in model.state_dict().items() if ".lora_" in k or k.startswith("lora_")}


def _adapters(model: nn.Module):
    """(parametrization list, LoRADelta) for every adapter in the model."""
    for module in model.modules():
        if parametrize.is_parametrized(module):
            for plist in module.parametrizations.values():
                for p in plist:
                    if isinstance(p, LoRADelta):
                        yield plist, p


@torch.no_grad()
def merge_lora(model: nn.Module) -> None:
    """Fold every adapter into its base weight (forward unchanged, no adapter cost)."""
    for plist, p in _adapters(model):
        if not p.merged:
            plist.original.add_(p.delta().to(plist.original.dtype))
            p.merged = True


@torch.no_grad()
def unmerge_lora(model: nn.Module) -> None:
    """Undo ``merge_lora``: subtract the delta so training can continue."""
    for plist, p in _adapters(model):
        if p.merged:
            plist.original.sub_(p.delta().to(plist.original.dtype))
            p.merged = False


def base_state_dict(model: nn.Module) -> dict[str, torch.Tensor]:
    """The frozen base weights under open_clip's own names (adapters unmerged, not included)."""
    out = {}
    for key, value in model.state_dict().items():
        if ".lora_" in key:
            continue
        out[key.replace(".parametrizations.", ".").replace(".original", "")] = value
    # A merged adapter lives inside ``original``: report the true base by subtracting it.
    for name, module in model.named_modules():
        if not parametrize.is_parametrized(module):
            continue
        for wname, plist in module.parametrizations.items():
            for p in plist:
                if isinstance(p, LoRADelta) and p.merged:
                    key = f"{name}.{wname}" if name else wname
                    out[key] = (plist.original - p.delta().to(plist.original.dtype)).detach()
    return out


def remove_lora(model: nn.Module, merge: bool = True) -> None:
    """Drop the parametrizations, leaving a plain open_clip model (merged if ``merge``)."""
    merge_lora(model) if merge else unmerge_lora(model)
    for module in list(model.modules()):
        if parametrize.is_parametrized(module):
            for wname in list(module.parametrizations.keys()):
                # ``original`` already holds the wanted weight (W + Delta if merged, else W).
                parametrize.remove_parametrizations(module, wname, leave_parametrized=False)
