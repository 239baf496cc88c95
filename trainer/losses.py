"""InfoNCE with hard negatives on the text side, padded to a fixed K and masked.

Layout of one call (N image rows, each with one positive text and up to K negatives):

- image -> text: each image row is scored against the N positives of the batch and its
  own K negatives (the paper's recipe, ``scope="own"``, the default); ``scope="batch"``
  scores it against all N*K negatives of the batch as well (NegCLIP's choice). The target
  is the row's own positive.
- text -> image: only the N positive texts, each against the N images; negatives are not
  queries because they describe no image.

The similarities are computed in fp32 even under bf16 autocast: at a logit scale of 100,
bf16's 8-bit mantissa rounds a logit near 30 in steps of 0.125 to 0.25 and one near 100 in
steps of 0.5, the size of a hard negative's whole margin.

K is fixed per batch and padded (``neg_mask``) so that tensors from several DDP ranks have
the same shape and can be gathered. Text ids (a hash of the text's tokens, -1 for padding) let us
mask *false* negatives: another column whose text equals this row's positive text (two
events of a clip with the same prompt, or a negative of one sample that happens to be the
positive of another) is removed from the softmax instead of being pushed away.
"""
from __future__ import annotations

import torch
import torch.nn.functional as F

from srlcap_trainer.settings import NEG_SCOPES

NEG_INF = float("-inf")


def info_nce_with_negatives(
    image: torch.Tensor,
    pos_text: torch.Tensor,
    logit_scale: torch.Tensor | float,
    neg_text: torch.Tensor | None = None,
    neg_mask: torch.Tensor | None = None,
    row_mask: torch.Tensor | None = None,
    pos_ids: torch.Tensor | None = None,
    neg_ids: torch.Tensor | None = None,
    scope: str = NEG_SCOPES[0],
) -> dict[str, torch.Tensor]:
    """Symmetric InfoNCE; returns {"loss", "i2t", "t2i"}.

    image, pos_text: (N, D), L2-normalised, row i of one matches row i of the other.
    neg_text: (N, K, D) normalised negatives of row i; neg_mask (N, K) True where real.
    row_mask: (N,) True for real rows (padded events are False and take no part).
    pos_ids (N,), neg_ids (N, K): int64 text ids for false-negative masking (optional).
    """
    with torch.autocast(device_type=image.device.type, enabled=False):
        return _info_nce(image.float(), pos_text.float(), logit_scale,
                         None if neg_text is None else neg_text.float(), neg_mask, row_mask, pos_ids, neg_ids, scope)


def _info_nce(image, pos_text, logit_scale, neg_text, neg_mask, row_mask, pos_ids, neg_ids, scope):
    n, d = image.shape
    dev = image.device
    if torch.is_tensor(logit_scale):
        logit_scale = logit_scale.float()
    if row_mask is None:
        row_mask = torch.ones(n, dtype=torch.bool, device=dev)
    if neg_text is None or neg_text.shape[1] == 0:
        neg_text = image.new_zeros(n, 0, d)
        neg_mask = torch.zeros(n, 0, dtype=torch.bool, device=dev)
        neg_ids = None
    k = neg_text.shape[1]
    if neg_mask is None:
        neg_mask = torch.ones(n, k, dtype=torch.bool, device=dev)
    neg_mask = neg_mask & row_mask[:, None]

    texts = torch.cat([pos_text, neg_text.reshape(n * k, d)], 0)  # (N + N*K, D)
    col_valid = torch.cat([row_mask, neg_mask.reshape(-1)])
    logits = logit_scale * image @ texts.t()  # (N, N + N*K)

    allowed = col_valid[None, :].expand(n, -1).clone()
    if scope == "own":
        owner = torch.arange(n, device=dev).repeat_interleave(k)
        allowed[:, n:] &= owner[None, :] == torch.arange(n, device=dev)[:, None]
    elif scope != "batch":
        raise ValueError(f"scope must be one of {NEG_SCOPES}, got {scope!r}")
    eye = torch.eye(n, dtype=torch.bool, device=dev)
    if pos_ids is not None:
        col_ids = torch.cat([pos_ids, neg_ids.reshape(-1) if neg_ids is not None and k else pos_ids.new_empty(0)])
        same = (col_ids[None, :] == pos_ids[:, None]) & (pos_ids[:, None] >= 0)
        same[:, :n] &= ~eye
        allowed &= ~same
    target = torch.arange(n, device=dev)
    logits_i2t = logits.masked_fill(~allowed, NEG_INF)
    rows = row_mask.nonzero().squeeze(1)
    if rows.numel() == 0:
        zero = image.sum() * 0.0
        return {"loss": zero, "i2t": zero, "t2i": zero}
    i2t = F.cross_entropy(logits_i2t[rows], target[rows])

    logits_t2i = logits[:, :n].t()  # (N texts, N images)
    allowed_t2i = row_mask[None, :].expand(n, -1).clone()
    if pos_ids is not None:
        same = (pos_ids[None, :] == pos_ids[:, None]) & ~eye & (pos_ids[:, None] >= 0)
        allowed_t2i &= ~same
    logits_t2i = logits_t2i.masked_fill(~allowed_t2i, NEG_INF)
    t2i = F.cross_entropy(logits_t2i[rows], target[rows])
    return {"loss": 0.5 * (i2t + t2i), "i2t": i2t, "t2i": t2i}


def token_row_ids(tokens: torch.Tensor) -> list[int]:
    """Stable int64 ids of tokenised texts, one per row of ``tokens`` (the same tokens, the
    same id on every rank and in every run)."""
    import hashlib

    rows = tokens.to("cpu", torch.int64).contiguous().numpy()
    return [int.from_bytes(hashlib.blake2b(r.tobytes(), digest_size=8).digest(), "little") & 0x3FFF_FFFF_FFFF_FFFF
            for r in rows]
