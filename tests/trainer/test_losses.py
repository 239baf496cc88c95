import math

import pytest

torch = pytest.importorskip("torch")

from srlcap_trainer.losses import info_nce_with_negatives, token_row_ids  # noqa: E402


def _lse(xs):
    m = max(xs)
    return m + math.log(sum(math.exp(x - m) for x in xs))


def test_hand_computed_values():
    # 2 images, 2 positives, 1 negative each (the second negative padded out), scale 2.
    img = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
    pos = torch.tensor([[0.6, 0.8], [0.0, 1.0]])
    neg = torch.tensor([[[0.8, 0.6]], [[1.0, 0.0]]])
    mask = torch.tensor([[True], [False]])
    out = info_nce_with_negatives(img, pos, 2.0, neg, mask, scope="batch")
    dot = lambda a, b: sum(x * y for x, y in zip(a, b))  # noqa: E731
    I, P, N = img.tolist(), pos.tolist(), [n[0] for n in neg.tolist()]
    # image -> text, batch scope: columns are pos0, pos1, neg0 (neg1 is padding)
    i2t = 0.0
    for i in range(2):
        cols = [2 * dot(I[i], P[0]), 2 * dot(I[i], P[1]), 2 * dot(I[i], N[0])]
        i2t += _lse(cols) - cols[i]
    i2t /= 2
    # text -> image over positives only
    t2i = 0.0
    for j in range(2):
        rows = [2 * dot(P[j], I[0]), 2 * dot(P[j], I[1])]
        t2i += _lse(rows) - rows[j]
    t2i /= 2
    assert out["i2t"].item() == pytest.approx(i2t, rel=1e-6)
    assert out["t2i"].item() == pytest.approx(t2i, rel=1e-6)
    assert out["loss"].item() == pytest.approx((i2t + t2i) / 2, rel=1e-6)


def _random(n=4, k=3, d=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    f = lambda *s: torch.nn.functional.normalize(torch.randn(*s, generator=g), dim=-1)  # noqa: E731
    return f(n, d), f(n, d), f(n, k, d)


def test_negatives_enter_loss_and_gradient():
    img, pos, neg = _random()
    neg = neg.clone().requires_grad_(True)
    mask = torch.ones(4, 3, dtype=torch.bool)
    base = info_nce_with_negatives(img, pos, 10.0, neg, mask)["loss"]
    base.backward()
    assert neg.grad.abs().sum() > 0
    changed = neg.detach().clone()
    changed[1, 2] = img[1]  # a negative identical to the image: a much harder negative
    harder = info_nce_with_negatives(img, pos, 10.0, changed, mask)["loss"]
    assert harder.item() > base.item() + 1e-3
    without = info_nce_with_negatives(img, pos, 10.0)["loss"]
    assert without.item() < base.item()


def test_padding_is_ignored():
    img, pos, neg = _random()
    mask = torch.ones(4, 3, dtype=torch.bool)
    mask[0, 1] = mask[2, 0] = False
    a = info_nce_with_negatives(img, pos, 10.0, neg, mask)["loss"]
    neg2 = neg.clone()
    neg2[0, 1] = img[0]
    neg2[2, 0] = torch.nan  # even NaN in padding must not leak
    b = info_nce_with_negatives(img, pos, 10.0, neg2, mask)["loss"]
    assert torch.equal(a, b)


def test_padded_rows_and_false_negatives():
    img, pos, neg = _random()
    rows = torch.tensor([True, True, True, False])
    a = info_nce_with_negatives(img, pos, 10.0, neg, row_mask=rows)["loss"]
    b = info_nce_with_negatives(img[:3], pos[:3], 10.0, neg[:3])["loss"]
    torch.testing.assert_close(a, b)
    # row 1 has the same text as row 0: with ids the duplicate is masked, so the loss drops
    pos_dup = pos.clone()
    pos_dup[1] = pos_dup[0]
    ids = torch.tensor([1, 1, 2, 3])
    nids = torch.full((4, 3), 99, dtype=torch.int64)
    plain = info_nce_with_negatives(img, pos_dup, 10.0, neg)["loss"]
    masked = info_nce_with_negatives(img, pos_dup, 10.0, neg, pos_ids=ids, neg_ids=nids)["loss"]
    assert masked.item() < plain.item()


def _hand_i2t(img, pos, neg, scale, scope):
    """The image->text loss written out from the recipe, in plain Python."""
    dot = lambda a, b: sum(x * y for x, y in zip(a, b))  # noqa: E731
    I, P, N = img.tolist(), pos.tolist(), neg.tolist()
    total = 0.0
    for i in range(len(I)):
        cols = [scale * dot(I[i], p) for p in P]  # every positive of the batch
        owners = [i] if scope == "own" else range(len(I))
        cols += [scale * dot(I[i], t) for o in owners for t in N[o]]
        total += _lse(cols) - cols[i]
    return total / len(I)


@pytest.mark.parametrize("scope", ["own", "batch"])
def test_scopes_equal_a_hand_computation(scope):
    img, pos, neg = _random(n=5, k=3, d=6, seed=3)
    out = info_nce_with_negatives(img, pos, 7.0, neg, scope=scope)
    assert out["i2t"].item() == pytest.approx(_hand_i2t(img, pos, neg, 7.0, scope), rel=1e-6)


def test_default_scope_is_the_papers():
    img, pos, neg = _random(n=5, k=3, d=6, seed=3)
    default = info_nce_with_negatives(img, pos, 7.0, neg)["i2t"].item()
    assert default == pytest.approx(_hand_i2t(img, pos, neg, 7.0, "own"), rel=1e-6)
    assert default != pytest.approx(_hand_i2t(img, pos, neg, 7.0, "batch"), rel=1e-3)


def test_similarities_in_fp32_under_bf16_autocast():
    # at scale 100 bf16 similarities would move the loss by ~1e-2; fp32 ones leave it alone
    img, pos, neg = _random(n=8, k=4, d=64, seed=1)
    plain = info_nce_with_negatives(img, pos, 100.0, neg)["loss"]
    with torch.autocast("cpu", dtype=torch.bfloat16):
        auto = info_nce_with_negatives(img, pos, 100.0, neg)["loss"]
        lossy = torch.nn.functional.cross_entropy(100.0 * img @ pos.t(), torch.arange(8))
    assert auto.dtype == torch.float32
    torch.testing.assert_close(auto, plain, rtol=1e-6, atol=1e-6)
    exact = torch.nn.functional.cross_entropy(100.0 * img @ pos.t(), torch.arange(8))
    assert abs(lossy.item() - exact.item()) > 1e-3  # the check can fail: bf16 does move it


def test_token_row_ids_stable():
    a = token_row_ids(torch.tensor([[1, 2, 0], [3, 4, 5], [1, 2, 0]]))
    assert a[0] == a[2] and a[0] != a[1] and min(a) >= 0
    assert token_row_ids(torch.tensor([[1, 2, 0]])) == a[:1]
