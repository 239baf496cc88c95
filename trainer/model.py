"""open_clip + LoRA + video contextualiser, and the four FiGCLIP losses.

Two branches share the frame features of the (LoRA-adapted) image encoder:
- "clip": event = mean of its frames' features, video = mean of its events (what the
  paper uses for zero-shot retrieval);
- "ctx": the contextualiser's event and video outputs (what helps situation recognition).
Each branch has an event-level and a video-level InfoNCE; the video-level text embedding
is the mean of the event prompts' embeddings (paper) or the clip caption (``video_text=
"caption"``, the only mode in which clip-level negatives such as a changed event order can
enter: a mean of event prompts cannot tell event orders apart).
L = w_ce L_clip,event + w_xe L_ctx,event + w_cv L_clip,video + w_xv L_ctx,video.
"""
from __future__ import annotations

import json
import math
import os
import sys

import torch
import torch.nn.functional as F
from torch import nn

from srlcap.errors import SrlcapError
from srlcap_trainer import configs, pretrained
from srlcap_trainer.contextualiser import VideoContextualiser
from srlcap_trainer.losses import info_nce_with_negatives, token_row_ids
from srlcap_trainer.lora import LoRAConfig, NoLoRASite, apply_lora
from srlcap_trainer.settings import ModelConfig

#: CLIP's bound on the learned logit scale (1 / temperature), kept on its log.
MAX_LOGIT_SCALE = 100.0
LOG_MAX_SCALE = math.log(MAX_LOGIT_SCALE)


def build_open_clip(cfg: ModelConfig):
    """Create the open_clip model and tokenizer and load ``cfg.pretrained`` (see
    ``pretrained``); returns (model, tokenizer, the open_clip model config it was built from).
    Records the base in ``cfg``: the weights file's absolute path and SHA-256, or the tag;
    a recorded SHA-256 that the file no longer has is refused."""
    import open_clip

    if cfg.model_cfg is None and cfg.model in configs.CONFIGS:
        cfg.model_cfg = configs.get(cfg.model)
    if cfg.model_cfg is None and cfg.model.endswith(".json"):
        try:
            with open(cfg.model, encoding="utf-8") as f:
                cfg.model_cfg = json.load(f)
        except (OSError, ValueError) as e:
            raise SrlcapError(f"--model {cfg.model}: cannot read model config: {e}") from None
    registered = cfg.model_cfg is None and ":" not in cfg.model  # open_clip's own name: tags exist
    base = pretrained.resolve(cfg.model, cfg.pretrained, registered)
    cfg.pretrained = base.given
    if base.path and not base.tag:
        digest = pretrained.sha256_of(base.path)
        if cfg.pretrained_sha256 and digest != cfg.pretrained_sha256:
            raise SrlcapError(f"--pretrained {base.given}: its SHA-256 {digest[:12]}... is not that of the base "
                              f"this model was trained on ({cfg.pretrained_sha256[:12]}...)")
        cfg.pretrained_sha256 = digest
    if cfg.model_cfg is not None:
        mcfg = dict(cfg.model_cfg)
        if not all(k in mcfg for k in ("embed_dim", "vision_cfg", "text_cfg")):
            raise SrlcapError(f"--model {cfg.model}: config needs embed_dim, vision_cfg and text_cfg")
        if base.quick_gelu:
            mcfg["quick_gelu"] = True
        oc_cfg = dict(mcfg)
        custom = mcfg.pop("custom_text", False)
        cls = open_clip.CustomTextCLIP if custom else open_clip.CLIP
        model = cls(**mcfg)
        ctx_len = mcfg["text_cfg"].get("context_length", 77)
        tokenizer = open_clip.SimpleTokenizer(context_length=ctx_len)
        if base.path:
            _load_weights(model, base, cfg.model)
    else:
        try:
            if base.tag:  # open_clip reads the tag's file from its cache, with the tag's preprocessing;
                # it only warns when a tag was trained with QuickGELU (openai) and the name lacks it
                model = open_clip.create_model(cfg.model, pretrained=base.tag, force_quick_gelu=base.quick_gelu,
                                               weights_only=True)
            else:
                model = open_clip.create_model(cfg.model, force_quick_gelu=base.quick_gelu, weights_only=True)
                if base.path:
                    _load_weights(model, base, cfg.model)
            oc_cfg = open_clip.get_model_config(cfg.model)
        except RuntimeError as e:
            raise SrlcapError(f"--model {cfg.model}: {str(e).splitlines()[0][:300]}") from None
        if oc_cfg is None:
            raise SrlcapError(f"--model {cfg.model}: open_clip has no config for it")
        oc_cfg = dict(oc_cfg, **({"quick_gelu": True} if base.quick_gelu else {}))
        tokenizer = open_clip.get_tokenizer(cfg.model)
    return model, tokenizer, oc_cfg


def _load_weights(model, base: "pretrained.Base", name: str) -> None:
    import open_clip

    try:
        if base.torchscript:
            model.load_state_dict(pretrained.torchscript_state_dict(base.path), strict=True)
        else:
            open_clip.load_checkpoint(model, base.path, strict=True, weights_only=True)
    except (RuntimeError, KeyError, ValueError, OSError) as e:
        raise SrlcapError(f"--pretrained {base.given}: does not fit --model {name}: "
                          f"{' '.join(str(e).split())[:400]}") from None


class FigClipModel(nn.Module):
    """The trainable wrapper. ``clip`` is the open_clip model (base frozen unless 'full')."""

    def __init__(self, cfg: ModelConfig):
        super().__init__()
        cfg.validate()
        self.cfg = cfg
        self.clip, self.tokenizer, self.open_clip_cfg = build_open_clip(cfg)
        for p in self.clip.parameters():
            p.requires_grad_(False)
        towers = tuple(t for t, m in (("image", cfg.image_tower), ("text", cfg.text_tower)) if m == "lora")
        if cfg.feature_input:
            towers = tuple(t for t in towers if t != "image")
        self.lora_sites = 0
        if towers:
            try:
                self.lora_sites = apply_lora(
                    self.clip, LoRAConfig(rank=cfg.lora_rank, alpha=cfg.lora_alpha,
                                          targets=tuple(cfg.lora_targets), towers=towers)
                )
            except NoLoRASite as e:
                raise SrlcapError(f"--model {cfg.model}: {e}; or train that tower with --image-tower / "
                                  "--text-tower full or frozen") from None
        if cfg.image_tower == "full" and not cfg.feature_input:
            for p in self.clip.visual.parameters():
                p.requires_grad_(True)
        if cfg.text_tower == "full":
            for name, p in self.clip.named_parameters():
                if not name.startswith("visual.") and name != "logit_scale" and "logit_bias" not in name:
                    p.requires_grad_(True)
        for name, p in self.clip.named_parameters():
            if ".lora_" in name:
                p.requires_grad_(True)
        dim = self.embed_dim
        self.ctx = (
            VideoContextualiser(dim, cfg.ctx_layers, cfg.ctx_heads, cfg.events, cfg.frames, cfg.ctx_tokens)
            if cfg.contextualiser
            else None
        )
        init = (float(self.clip.logit_scale.detach().float().clamp(max=LOG_MAX_SCALE))
                if hasattr(self.clip, "logit_scale") else math.log(1 / 0.07))
        self.logit_scale = nn.Parameter(torch.tensor(init), requires_grad=cfg.train_logit_scale)
        self._text_cache: dict[str, torch.Tensor] = {}
        self._id_cache: dict[str, int] = {}
        self._warned_cut = False

    # -- encoders ---------------------------------------------------------------------------
    @property
    def embed_dim(self) -> int:
        if hasattr(self.clip, "text_projection") and self.clip.text_projection is not None:
            tp = self.clip.text_projection
            return tp.shape[1] if isinstance(tp, torch.Tensor) else tp.out_features
        return self.clip.visual.output_dim

    @property
    def text_frozen(self) -> bool:
        return self.cfg.text_tower == "frozen"

    @property
    def image_size(self) -> int:
        v = self.clip.visual
        return v.image_size if isinstance(v.image_size, int) else v.image_size[0]

    def _image_stats(self) -> tuple:
        import open_clip

        pp = getattr(self.clip.visual, "preprocess_cfg", {}) or {}
        return pp.get("mean", open_clip.OPENAI_DATASET_MEAN), pp.get("std", open_clip.OPENAI_DATASET_STD)

    def image_transform(self):
        """open_clip's evaluation transform for this model's image encoder (PIL image -> tensor)."""
        import open_clip

        mean, std = self._image_stats()
        return open_clip.image_transform(self.image_size, is_train=False, mean=mean, std=std)

    def normalise(self, frames: torch.Tensor) -> torch.Tensor:
        """uint8 (..., H, W, 3) frames, as `srlcap frames` stores them, -> the float
        (..., 3, H, W) input the image transform makes: done on the model's device, where
        it costs nothing beside the encoder, rather than in the loader's workers."""
        mean, std = self._image_stats()
        x = frames.movedim(-1, -3).float().div_(255.0)
        shape = (3, 1, 1)
        mean = torch.tensor(mean, device=x.device, dtype=x.dtype).view(shape)
        std = torch.tensor(std, device=x.device, dtype=x.dtype).view(shape)
        return x.sub_(mean).div_(std)

    def encode_frames(self, frames: torch.Tensor) -> torch.Tensor:
        """(B, E, F, 3, H, W) images, (B, E, F, H, W, 3) uint8 images (normalised here), or
        (B, E, F, D) features -> (B, E, F, D) features."""
        if self.cfg.feature_input:
            if frames.shape[-1] != self.embed_dim:
                raise SrlcapError(f"feature dim {frames.shape[-1]} != model embed dim {self.embed_dim}")
            return frames.float()
        if frames.dtype == torch.uint8:
            frames = self.normalise(frames)
        b, e, f = frames.shape[:3]
        feats = self.clip.encode_image(frames.reshape(b * e * f, *frames.shape[3:]))
        return feats.reshape(b, e, f, -1)

    def encode_texts(self, texts: list[str], device) -> torch.Tensor:
        """L2-normalised text embeddings, unique strings encoded once (cached if frozen)."""
        uniq = list(dict.fromkeys(t for t in texts if t))
        index = {t: i for i, t in enumerate(uniq)}
        if self.text_frozen:
            missing = [t for t in uniq if t not in self._text_cache]
            if missing:
                with torch.no_grad():
                    for i in range(0, len(missing), 512):
                        chunk = missing[i : i + 512]
                        emb = self._encode_text_raw(chunk, device).float()
                        for t, v in zip(chunk, emb):
                            self._text_cache[t] = v.detach()
                if len(self._text_cache) > 500_000:  # keep memory bounded on huge runs
                    self._text_cache.clear()
                    return self.encode_texts(texts, device)
            table = torch.stack([self._text_cache[t] for t in uniq]) if uniq else None
        else:
            table = self._encode_text_raw(uniq, device).float() if uniq else None
        dim = self.embed_dim
        if table is None:
            return torch.zeros(len(texts), dim, device=device)
        table = F.normalize(table, dim=-1)
        table = torch.cat([table, table.new_zeros(1, dim)])  # row for padding
        idx = torch.tensor([index.get(t, len(uniq)) if t else len(uniq) for t in texts], device=device)
        return table[idx]

    def _encode_text_raw(self, texts: list[str], device) -> torch.Tensor:
        tokens = self.tokenizer(texts).to(device)
        return self.clip.encode_text(tokens)

    def clear_text_cache(self) -> None:
        self._text_cache.clear()
        self._id_cache.clear()

    def text_ids(self, texts: list[str], device=None) -> torch.Tensor:
        """int64 ids of ``texts`` as the text encoder reads them: equal for texts that tokenise
        the same after the tokenizer cuts them to its context (77 for CLIP), -1 for ''. Masking
        false negatives by these ids, not by the strings, keeps a negative that differs from
        its positive only past the cut from being "pushed away" from itself. The first cut
        text is reported once."""
        missing = [t for t in dict.fromkeys(texts) if t and t not in self._id_cache]
        if missing:
            if len(self._id_cache) > 1_000_000:
                self._id_cache.clear()
            tokens = self.tokenizer(missing)
            for t, row_id in zip(missing, token_row_ids(tokens)):
                self._id_cache[t] = row_id
            cut = [t for t, row in zip(missing, tokens) if int(row[-1]) != 0]  # no padding left
            if cut and not self._warned_cut:
                self._warned_cut = True
                if int(os.environ.get("RANK", "0")) == 0:
                    print(f"warning: texts longer than the text encoder's {tokens.shape[1]} tokens are cut "
                          f"(first: {cut[0][:80]!r}...); negatives cut to the same tokens as their positive are "
                          "masked, not contrasted", file=sys.stderr)
        ids = torch.tensor([self._id_cache[t] if t else -1 for t in texts], dtype=torch.int64)
        return ids if device is None else ids.to(device)

    # -- branches ---------------------------------------------------------------------------
    def embed_video(self, frames: torch.Tensor, event_mask: torch.Tensor) -> dict[str, torch.Tensor]:
        """Normalised event (B, E, D) and video (B, D) embeddings of both branches."""
        feats = self.encode_frames(frames).float()
        m = event_mask.float()
        ev = feats.mean(2)
        vid = (ev * m[..., None]).sum(1) / m.sum(1, keepdim=True).clamp(min=1)
        out = {"clip_event": F.normalize(ev, dim=-1), "clip_video": F.normalize(vid, dim=-1)}
        if self.ctx is not None:
            cev, cvid = self.ctx(feats, event_mask)
            out["ctx_event"] = F.normalize(cev.float(), dim=-1)
            out["ctx_video"] = F.normalize(cvid.float(), dim=-1)
        return out

    def video_text_embedding(self, event_text: torch.Tensor, event_mask: torch.Tensor) -> torch.Tensor:
        """Paper: the video's text is the mean of its event prompt embeddings."""
        m = event_mask.float()
        return F.normalize((event_text * m[..., None]).sum(1) / m.sum(1, keepdim=True).clamp(min=1), dim=-1)

    def forward(self, batch: dict, gather=None) -> dict[str, torch.Tensor]:
        """Compute the weighted losses of one batch; ``gather`` concatenates across DDP ranks."""
        cfg = self.cfg
        dev = self.logit_scale.device
        frames = batch["frames"].to(dev, non_blocking=True)
        event_mask = batch["event_mask"].to(dev)
        b, e = event_mask.shape
        k = batch["neg_mask"].shape[-1]
        vis = self.embed_video(frames, event_mask)
        ev_txt = self.encode_texts(batch["event_text"], dev).reshape(b, e, -1)
        neg_txt = self.encode_texts(batch["neg_text"], dev).reshape(b * e, k, self.embed_dim)
        g = gather or (lambda t: t)
        # no clamp here: a clamp after exp has zero gradient at the bound, and exp(log 100)
        # is 100.0000076 in fp32, so a scale that starts at OpenAI's 100 would never train;
        # ``clamp_logit_scale`` bounds the parameter after each optimizer step instead
        scale = self.logit_scale.exp()
        common = dict(
            pos_text=g(ev_txt.reshape(b * e, -1)),
            neg_text=g(neg_txt),
            neg_mask=g(batch["neg_mask"].to(dev).reshape(b * e, k)),
            row_mask=g(event_mask.reshape(-1)),
            pos_ids=g(self.text_ids(batch["event_text"], dev)),
            neg_ids=g(self.text_ids(batch["neg_text"], dev).reshape(b * e, k)),
            scope=cfg.neg_scope,
        )
        if cfg.video_text == "mean":
            vid_txt = self.video_text_embedding(ev_txt, event_mask)
            vcommon = dict(pos_text=g(vid_txt), pos_ids=None)
        else:
            kv = batch["clip_neg_mask"].shape[-1]
            vid_txt = self.encode_texts(batch["clip_text"], dev)
            vneg = self.encode_texts(batch["clip_neg_text"], dev).reshape(b, kv, self.embed_dim)
            vcommon = dict(
                pos_text=g(vid_txt), neg_text=g(vneg), neg_mask=g(batch["clip_neg_mask"].to(dev)),
                pos_ids=g(self.text_ids(batch["clip_text"], dev)),
                neg_ids=g(self.text_ids(batch["clip_neg_text"], dev).reshape(b, kv)),
                scope=cfg.neg_scope,
            )
        out: dict[str, torch.Tensor] = {}
        total = scale.new_zeros(())
        for branch, w_ev, w_vid in (
            ("clip", cfg.w_clip_event, cfg.w_clip_video),
            ("ctx", cfg.w_ctx_event, cfg.w_ctx_video),
        ):
            if f"{branch}_event" not in vis or (w_ev == 0 and w_vid == 0):
                continue
            if w_ev:
                l_ev = info_nce_with_negatives(g(vis[f"{branch}_event"].reshape(b * e, -1)), logit_scale=scale, **common)
                out[f"{branch}_event"] = l_ev["loss"]
                total = total + w_ev * l_ev["loss"]
            if w_vid:
                l_vid = info_nce_with_negatives(g(vis[f"{branch}_video"]), logit_scale=scale, **vcommon)
                out[f"{branch}_video"] = l_vid["loss"]
                total = total + w_vid * l_vid["loss"]
        out["loss"] = total
        out["logit_scale"] = scale.detach()
        return out

    @torch.no_grad()
    def clamp_logit_scale(self) -> None:
        """Keep the learned temperature at most MAX_LOGIT_SCALE (call after each optimizer step)."""
        self.logit_scale.clamp_(max=LOG_MAX_SCALE)

    # -- what gets saved ---------------------------------------------------------------------
    def trainable_state_dict(self) -> dict[str, torch.Tensor]:
        """Adapters, contextualiser, logit scale, and any fully trained tower: never the frozen base."""
        names = {n for n, p in self.named_parameters() if p.requires_grad}
        names.add("logit_scale")
        sd = self.state_dict()
        return {n: sd[n] for n in sorted(names) if n in sd}
