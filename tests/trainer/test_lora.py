import copy

import pytest

torch = pytest.importorskip("torch")
open_clip = pytest.importorskip("open_clip")

from srlcap_trainer import configs  # noqa: E402
from srlcap_trainer.lora import (  # noqa: E402
    LoRAConfig, apply_lora, base_state_dict, lora_modules, lora_state_dict, merge_lora, remove_lora, unmerge_lora,
)
from srlcap_trainer.settings import ALL_TARGETS, QKV  # noqa: E402


@pytest.fixture(scope="module")
def base():
    torch.manual_seed(0)
    return open_clip.CLIP(**configs.get("tiny-test")).eval()


def _lora(**kw) -> LoRAConfig:
    """Rank 4 on the image tower's q/k/v unless told otherwise."""
    return LoRAConfig(**{"rank": 4, "alpha": None, "targets": QKV, "towers": ("image",), **kw})


def _inputs():
    g = torch.Generator().manual_seed(1)
    return torch.randn(3, 3, 32, 32, generator=g), torch.randint(1, 400, (3, 32), generator=g)


def _randomise_b(model, seed=2):
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for m in lora_modules(model):
            for name, p in m.named_parameters():
                if "lora_B" in name:
                    p.copy_(torch.randn(p.shape, generator=g) * 0.1)


def test_init_equivalence(base):
    img, txt = _inputs()
    adapted = copy.deepcopy(base)
    n = apply_lora(adapted, _lora(towers=("image", "text"), targets=ALL_TARGETS))
    assert n == 2 * (4 * 2)  # per block: in_proj, out_proj, c_fc, c_proj; 2 blocks; 2 towers
    with torch.no_grad():
        # B = 0 makes the delta exactly zero; the attention kernel may still pick another
        # code path for a parametrized weight, hence float32 round-off tolerance.
        torch.testing.assert_close(adapted.encode_image(img), base.encode_image(img), rtol=1e-5, atol=1e-5)
        torch.testing.assert_close(adapted.encode_text(txt), base.encode_text(txt), rtol=1e-5, atol=1e-5)


def test_delta_touches_only_chosen_slices(base):
    adapted = copy.deepcopy(base)
    apply_lora(adapted, _lora(targets=("q", "v")))
    _randomise_b(adapted)
    attn = adapted.visual.transformer.resblocks[0].attn
    d = attn.embed_dim
    diff = attn.in_proj_weight - base.visual.transformer.resblocks[0].attn.in_proj_weight
    assert diff[:d].abs().max() > 0  # q adapted
    assert torch.equal(diff[d : 2 * d], torch.zeros_like(diff[d : 2 * d]))  # k untouched
    assert diff[2 * d :].abs().max() > 0  # v adapted
    # the text tower was not asked for
    assert torch.equal(adapted.transformer.resblocks[0].attn.in_proj_weight,
                       base.transformer.resblocks[0].attn.in_proj_weight)


def test_merge_unmerge_and_export(base):
    img, _ = _inputs()
    adapted = copy.deepcopy(base)
    apply_lora(adapted, _lora())
    _randomise_b(adapted)
    with torch.no_grad():
        before = adapted.encode_image(img)
        assert not torch.allclose(before, base.encode_image(img))
        merge_lora(adapted)
        torch.testing.assert_close(adapted.encode_image(img), before, rtol=1e-5, atol=1e-5)
        # the base weights are still recoverable while merged
        torch.testing.assert_close(base_state_dict(adapted)["visual.transformer.resblocks.0.attn.in_proj_weight"],
                                   base.state_dict()["visual.transformer.resblocks.0.attn.in_proj_weight"])
        unmerge_lora(adapted)
        torch.testing.assert_close(adapted.encode_image(img), before, rtol=1e-5, atol=1e-5)
        plain = copy.deepcopy(adapted)
        remove_lora(plain, merge=True)
        assert not lora_state_dict(plain)
        assert set(plain.state_dict()) == set(base.state_dict())
        torch.testing.assert_close(plain.encode_image(img), before, rtol=1e-5, atol=1e-5)


def test_saved_apart_from_base(base):
    adapted = copy.deepcopy(base)
    apply_lora(adapted, _lora())
    sd = lora_state_dict(adapted)
    assert sd and all(".lora_" in k for k in sd)
    assert sum(v.numel() for v in sd.values()) == 2 * 3 * (4 * 32 + 32 * 4)
    base_sd = base_state_dict(adapted)
    assert set(base_sd) == set(base.state_dict())
    for k, v in base.state_dict().items():
        assert torch.equal(base_sd[k], v)


def test_bad_targets(base):
    with pytest.raises(ValueError):
        apply_lora(copy.deepcopy(base), _lora(targets=("x",)))
