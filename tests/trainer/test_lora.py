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


def _timm_clip(timm_name: str):
    """An open_clip model whose image tower is a timm model, built from scratch (nothing downloaded)."""
    cfg = configs.get("tiny-test")
    cfg["vision_cfg"] = {"timm_model_name": timm_name, "timm_model_pretrained": False, "timm_pool": "",
                         "timm_proj": "linear", "image_size": 224}
    torch.manual_seed(0)
    return open_clip.CLIP(**cfg).eval()


@pytest.mark.parametrize("timm_name", ["vit_tiny_patch16_224", "eva02_tiny_patch14_224"])
def test_timm_towers(timm_name):
    # timm keeps q, k and v in one `qkv` Linear (ViT, EVA02, SigLIP, PE-Core)
    base = _timm_clip(timm_name)
    adapted = copy.deepcopy(base)
    n = apply_lora(adapted, _lora(targets=("q", "v", "o", "fc1")))
    assert n == 3 * 12  # in each of the 12 blocks: qkv (q and v rows), proj, mlp.fc1
    img = torch.randn(1, 3, 224, 224, generator=torch.Generator().manual_seed(1))
    with torch.no_grad():
        ref = base.encode_image(img)
        torch.testing.assert_close(adapted.encode_image(img), ref)  # B = 0: the base's function
        _randomise_b(adapted)
        changed = adapted.encode_image(img)
        assert not torch.allclose(changed, ref, atol=1e-4)
        # the delta lands on q and v rows only, never on k
        blk = adapted.visual.trunk.blocks[0].attn.qkv
        d = blk.out_features // 3
        delta = blk.weight - blk.parametrizations.weight.original
        assert delta[:d].abs().sum() > 0 and delta[2 * d:].abs().sum() > 0 and delta[d : 2 * d].abs().sum() == 0
        remove_lora(adapted, merge=True)
        torch.testing.assert_close(adapted.encode_image(img), changed, rtol=1e-4, atol=1e-5)


def test_a_tower_without_attention_is_refused_in_one_line():
    from srlcap.errors import SrlcapError
    from srlcap_trainer.model import FigClipModel
    from srlcap_trainer.settings import ModelConfig

    cfg = configs.get("tiny-test")
    cfg["vision_cfg"] = {"timm_model_name": "convnext_atto", "timm_model_pretrained": False, "timm_pool": "avg",
                         "timm_proj": "linear", "image_size": 64}
    with pytest.raises(SrlcapError) as e:
        FigClipModel(ModelConfig(model="convnext-test", model_cfg=cfg, lora_rank=2, ctx_layers=1))
    msg = str(e.value)
    assert "\n" not in msg and "image tower" in msg and "qkv" in msg and "--image-tower" in msg
    FigClipModel(ModelConfig(model="convnext-test", model_cfg=cfg, image_tower="frozen", ctx_layers=1))
