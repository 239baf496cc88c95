"""The video contextualiser: a small transformer that lets events see each other.

FiGCLIP (SRL-CLIP) feeds per-frame CLIP features of all events of a clip to a 6-layer
transformer with one learned video token and one learned token per event; every input
gets a type embedding (video / event / frame), an event-position embedding and, for frame
tokens, a frame-position embedding, so the model knows which event and which moment a
frame comes from. The outputs at the video token and the event tokens are the
contextualised video and event representations.

Design choice (ours): the outputs are *residual* on top of the mean-pooled frame features,
through a zero-initialised projection. At initialisation the contextualised embeddings
therefore equal the plain CLIP (mean-pooled) ones, so a pretrained CLIP's zero-shot space
is the starting point rather than a random transformer output.

``tokens="events"`` is the lighter variant: no frame tokens, each event token starts from
its mean-pooled frames. It has no frame-position embeddings: a parameter that gets no
gradient stops DDP ("Expected to have finished reduction").
"""
from __future__ import annotations

import torch
from torch import nn

TYPE_VIDEO, TYPE_EVENT, TYPE_FRAME = 0, 1, 2


def _heads_for(dim: int, wanted: int) -> int:
    for h in range(min(wanted, dim), 0, -1):
        if dim % h == 0:
            return h
    return 1


class VideoContextualiser(nn.Module):
    def __init__(
        self,
        dim: int,
        layers: int = 6,
        heads: int = 8,
        events: int = 5,
        frames: int = 4,
        tokens: str = "frames",
        mlp_ratio: float = 4.0,
        dropout: float = 0.0,
    ):
        super().__init__()
        if tokens not in ("frames", "events"):
            raise ValueError(f"tokens must be 'frames' or 'events', got {tokens!r}")
        self.dim, self.events, self.frames, self.tokens = dim, events, frames, tokens
        self.video_token = nn.Parameter(torch.zeros(dim))
        self.event_token = nn.Parameter(torch.zeros(dim))
        self.type_emb = nn.Embedding(3, dim)
        self.event_pos = nn.Embedding(events, dim)
        self.frame_pos = nn.Embedding(frames, dim) if tokens == "frames" else None
        for emb in (self.type_emb, self.event_pos, self.frame_pos):
            if emb is not None:
                nn.init.normal_(emb.weight, std=0.02)
        nn.init.normal_(self.video_token, std=0.02)
        nn.init.normal_(self.event_token, std=0.02)
        layer = nn.TransformerEncoderLayer(
            dim, _heads_for(dim, heads), int(dim * mlp_ratio), dropout=dropout,
            activation="gelu", batch_first=True, norm_first=True,
        )
        self.encoder = nn.TransformerEncoder(layer, layers, enable_nested_tensor=False)
        self.norm = nn.LayerNorm(dim)
        self.out_proj = nn.Linear(dim, dim)
        nn.init.zeros_(self.out_proj.weight)  # identity-to-mean-pool at init (see module doc)
        nn.init.zeros_(self.out_proj.bias)

    def forward(self, frame_feats: torch.Tensor, event_mask: torch.Tensor | None = None):
        """frame_feats (B, E, F, D), event_mask (B, E) -> (events (B, E, D), video (B, D))."""
        b, e, f, d = frame_feats.shape
        if e > self.events or f > self.frames:
            raise ValueError(f"contextualiser built for {self.events}x{self.frames}, got {e}x{f}")
        dev = frame_feats.device
        if event_mask is None:
            event_mask = torch.ones(b, e, dtype=torch.bool, device=dev)
        x = frame_feats.to(self.video_token.dtype)
        maskf = event_mask.to(x.dtype)
        ev_mean = x.mean(2)  # (B, E, D)
        vid_mean = (ev_mean * maskf[..., None]).sum(1) / maskf.sum(1, keepdim=True).clamp(min=1)

        epos = self.event_pos.weight[:e]  # (E, D)
        vid = (self.video_token + self.type_emb.weight[TYPE_VIDEO]).expand(b, 1, d)
        if self.tokens == "frames":
            ev = (self.event_token + self.type_emb.weight[TYPE_EVENT] + epos).expand(b, e, d)
            fr = x + self.type_emb.weight[TYPE_FRAME] + epos[None, :, None] + self.frame_pos.weight[:f][None, None]
            seq = torch.cat([vid, ev, fr.reshape(b, e * f, d)], 1)
            keep = torch.cat([torch.ones(b, 1, dtype=torch.bool, device=dev), event_mask,
                              event_mask[:, :, None].expand(b, e, f).reshape(b, e * f)], 1)
        else:
            ev = ev_mean + self.event_token + self.type_emb.weight[TYPE_EVENT] + epos
            seq = torch.cat([vid, ev], 1)
            keep = torch.cat([torch.ones(b, 1, dtype=torch.bool, device=dev), event_mask], 1)
        h = self.norm(self.encoder(seq, src_key_padding_mask=~keep))
        h = self.out_proj(h)
        return ev_mean + h[:, 1 : 1 + e], vid_mean + h[:, 0]
