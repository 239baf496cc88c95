"""Evaluation: hard-negative preference per kind, text-to-video retrieval, zero-shot verbs.

- Per negative kind (ARO / SugarCrepe style): the share of (positive, negative) pairs in
  which the model scores the positive caption above the negative one for the same video
  evidence (an event's frames for event kinds, the whole clip for clip kinds). ``other_event`` is FiGCLIP's "natural" negative: another event's prompt of the
  same clip (identical prompts skipped). Chance is 50%. Ties (texts the model reads as the
  same, e.g. cut at 77 tokens) are counted apart and left out of the accuracy.
- Text-to-video retrieval: each clip's text (the mean of its event prompt embeddings, or
  its clip summary, else its caption, with ``video_text="caption"``) ranks all clips'
  videos; R@1/5/10.
- Zero-shot verb accuracy: each event against one prompt per verb seen in the split.
Both branches are reported: "clip" (mean-pooled frames) and "ctx" (contextualiser).
"""
from __future__ import annotations

import json
import os

import torch

from srlcap.errors import SrlcapError
from srlcap_trainer import checkpoint as ckpt
from srlcap.schema import CLIP_KINDS
from srlcap_trainer.data import ClipDataset, collate, frame_source, read_parquet, with_frames
from srlcap_trainer.model import FigClipModel
from srlcap_trainer.settings import EvalConfig, ModelConfig


def load_model(path: str, device, pretrained: str | None = None) -> tuple[FigClipModel, dict]:
    """The trained model of a checkpoint (file or run directory), its base weights from where
    the run recorded them or from ``pretrained`` (the same weights, moved: checked by SHA-256)."""
    tensors, meta = ckpt.read(path)
    mcfg = ModelConfig.from_json(meta["model_config"])
    if pretrained:
        mcfg.pretrained = pretrained
    elif mcfg.pretrained and os.path.isabs(mcfg.pretrained) and not os.path.isfile(mcfg.pretrained):
        digest = f" (SHA-256 {mcfg.pretrained_sha256[:12]}...)" if mcfg.pretrained_sha256 else ""
        raise SrlcapError(f"{path}: its base weights {mcfg.pretrained}{digest} are not there; "
                          "pass --pretrained with where they are now")
    model = FigClipModel(mcfg)
    ckpt.load_model_tensors(model, tensors, path)
    return model.to(device).eval(), meta


def _share(pairs: list[float]) -> dict:
    """Accuracy over the decided pairs; ties (0.5: the model scores both texts the same, as it
    must when they tokenise the same after the cut at its context length) are counted apart,
    not as half a success."""
    ties = sum(1 for p in pairs if p == 0.5)
    decided = len(pairs) - ties
    return {"accuracy": round(sum(p for p in pairs if p != 0.5) / decided, 4) if decided else None,
            "n": len(pairs), "ties": ties}


@torch.no_grad()
def evaluate(model: FigClipModel, frames, cfg: EvalConfig, device=None, progress: bool = False) -> dict:
    """All metrics for ``cfg.parquet``; ``frames`` is an ImageFolderFrames, ShardFrames or FeatureFrames.
    Of ``cfg`` this reads the Parquet file, style, batch size and verb template."""
    device = device or next(model.parameters()).device
    records = with_frames(read_parquet(cfg.parquet, cfg.style), frames)
    mcfg = model.cfg
    model.eval()
    # video embeddings once per clip (annotations of one clip share the frames)
    first: dict[str, int] = {}
    for i, r in enumerate(records):
        first.setdefault(r.clip_id, i)
    clip_ids = sorted(first)
    ds = ClipDataset(records, frames, mcfg.events, mcfg.frames, (), 0, (), 0, seed=0)  # no negatives to pick
    branches = ["clip"] + (["ctx"] if model.ctx is not None else [])
    vid = {b: {} for b in branches}
    ev = {b: {} for b in branches}
    idx = [first[c] for c in clip_ids]
    it = range(0, len(idx), cfg.batch_size)
    if progress:
        from tqdm import tqdm

        it = tqdm(it, desc="eval", unit="batch")
    for s in it:
        batch = collate([ds[i] for i in idx[s : s + cfg.batch_size]])
        emb = model.embed_video(batch["frames"].to(device), batch["event_mask"].to(device))
        for b in branches:
            for j, cid in enumerate(batch["clip_id"]):
                vid[b][cid] = emb[f"{b}_video"][j].float().cpu()
                ev[b][cid] = emb[f"{b}_event"][j].float().cpu()

    # every text once
    texts: dict[str, int] = {}

    def tid(t: str) -> int:
        return texts.setdefault(t, len(texts))

    verbs = sorted({e.verb for r in records for e in r.events if e.verb})
    verb_ids = [tid(cfg.verb_template.format(verb=v)) for v in verbs]
    for r in records:
        tid(r.text) if r.text else None
        tid(r.summary) if r.summary else None
        for _, t in r.negatives:
            tid(t)
        for e in r.events:
            tid(e.text)
            for _, t in e.negatives:
                tid(t)
    order = list(texts)
    temb = torch.cat([model.encode_texts(order[i : i + 1024], device).float().cpu()
                      for i in range(0, len(order), 1024)]) if order else torch.zeros(0)

    out = {"parquet": cfg.parquet, "style": cfg.style, "clips": len(clip_ids), "annotations": len(records),
           "events": sum(min(len(r.events), mcfg.events) for r in records), "verbs": len(verbs),
           "branches": {}}
    for b in branches:
        kinds: dict[str, list[float]] = {}
        verb_hits = []
        vtab = temb[verb_ids] if verb_ids else None
        for r in records:
            evs = r.events[: mcfg.events]
            e_emb = ev[b][r.clip_id]
            for n, e in enumerate(evs):
                x = e_emb[n]
                pos = float(x @ temb[texts[e.text]])
                for kind, t in e.negatives:
                    if t != e.text:
                        neg = float(x @ temb[texts[t]])
                        kinds.setdefault(kind, []).append(1.0 if pos > neg else 0.5 if pos == neg else 0.0)
                for m, other in enumerate(evs):
                    if m != n and other.text != e.text:
                        neg = float(x @ temb[texts[other.text]])
                        kinds.setdefault("other_event", []).append(1.0 if pos > neg else 0.5 if pos == neg else 0.0)
                if vtab is not None and e.verb:
                    verb_hits.append(float(verbs[int((vtab @ x).argmax())] == e.verb))
            if r.text:
                v = vid[b][r.clip_id]
                pos = float(v @ temb[texts[r.text]])
                for kind, t in r.negatives:
                    if t != r.text:
                        neg = float(v @ temb[texts[t]])
                        kinds.setdefault(kind, []).append(1.0 if pos > neg else 0.5 if pos == neg else 0.0)
        # retrieval: one query per clip (its first annotation)
        queries = []
        for cid in clip_ids:
            r = records[first[cid]]
            if mcfg.video_text == "caption" and r.text:
                queries.append(temb[texts[r.clip_text("summary")]])
            else:
                q = torch.stack([temb[texts[e.text]] for e in r.events[: mcfg.events]]).mean(0)
                queries.append(torch.nn.functional.normalize(q, dim=-1))
        gallery = torch.stack([vid[b][c] for c in clip_ids])
        sims = torch.stack(queries) @ gallery.t()
        ranks = (sims > sims.diag()[:, None]).sum(1) + 1  # 1 = best; ties favour the query
        retrieval = {f"R@{k}": round(float((ranks <= k).float().mean()), 4) for k in (1, 5, 10)}
        retrieval["median_rank"] = float(ranks.float().median())
        out["branches"][b] = {
            "per_kind": {k: _share(v) for k, v in sorted(kinds.items(), key=lambda kv: (kv[0] in CLIP_KINDS, kv[0]))},
            "retrieval_t2v": retrieval,
            "verb_accuracy": {**_share(verb_hits), "chance": round(1 / len(verbs), 4) if verbs else None},
        }
    return out


def run_eval(cfg: EvalConfig, progress: bool) -> dict:
    """Load ``cfg.checkpoint``, evaluate it, write ``cfg.out`` if given; returns the metrics."""
    dev = torch.device(("cuda" if torch.cuda.is_available() else "cpu") if cfg.device == "auto" else cfg.device)
    model, _ = load_model(cfg.checkpoint, dev, cfg.pretrained)
    if model.cfg.feature_input and not cfg.features:
        raise SrlcapError(f"{cfg.checkpoint}: trained on precomputed features; give --features")
    if cfg.features and not model.cfg.feature_input:
        raise SrlcapError(f"{cfg.checkpoint}: trained on frames; give --frames-root, not --features")
    # no frame cache: evaluation reads each clip's frames once
    frames = frame_source(cfg.frames_root, cfg.features, cfg.clip_seconds, 0, model.image_transform(),
                          image_size=model.image_size)
    result = {"checkpoint": cfg.checkpoint, **evaluate(model, frames, cfg, dev, progress)}
    if cfg.out:
        os.makedirs(os.path.dirname(os.path.abspath(cfg.out)), exist_ok=True)
        tmp = cfg.out + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1)
        os.replace(tmp, cfg.out)
    return result
