import hashlib
import os

import pytest

torch = pytest.importorskip("torch")

import numpy as np  # noqa: E402

from srlcap.errors import SrlcapError  # noqa: E402
from srlcap_trainer.data import FeatureFrames, frame_source, read_parquet  # noqa: E402
from srlcap_trainer.evaluate import evaluate  # noqa: E402
from srlcap_trainer.settings import EvalConfig, ModelConfig  # noqa: E402

from .fixtures import make_parquet  # noqa: E402

D = 64


def _vec(key: str) -> torch.Tensor:
    seed = int.from_bytes(hashlib.blake2b(key.encode(), digest_size=4).digest(), "little")
    return torch.randn(D, generator=torch.Generator().manual_seed(seed))


def _text_vec(text: str) -> torch.Tensor:
    """A verb component (shared by all prompts of a verb) plus a per-string component."""
    verb = text.split("the action is ")[1].split()[0].strip(".") if "the action is " in text else text
    return torch.nn.functional.normalize(3 * _vec("verb:" + verb) + _vec(text), dim=0)


class FakeModel(torch.nn.Module):
    """Stands in for FigClipModel: frame features are used as embeddings as they are."""

    def __init__(self):
        super().__init__()
        self.cfg = ModelConfig(events=5, frames=1, contextualiser=False)
        self.ctx = None
        self.dummy = torch.nn.Parameter(torch.zeros(1))

    def embed_video(self, frames, event_mask):
        ev = torch.nn.functional.normalize(frames.mean(2), dim=-1)
        return {"clip_event": ev, "clip_video": torch.nn.functional.normalize(ev.mean(1), dim=-1)}

    def encode_texts(self, texts, device):
        return torch.stack([_text_vec(t) for t in texts])


def test_constructed_case(tmp_path):
    path = str(tmp_path / "valid.parquet")
    ids = make_parquet(path, n_clips=4, seed=3)
    records = read_parquet(path, "figclip")
    feats = tmp_path / "feats"
    feats.mkdir()
    for r in records:
        odd = ids.index(r.clip_id) % 2 == 1
        arr = np.zeros((10, D), dtype=np.float32)
        for e, ev in enumerate(r.events):
            # even clips: the event looks exactly like its caption; odd clips: like its role swap
            text = dict(ev.negatives)["role_swap"] if odd else ev.text
            arr[2 * e] = arr[2 * e + 1] = _text_vec(text).numpy()
        np.save(os.path.join(feats, r.clip_id + ".npy"), arr)
    cfg = EvalConfig(checkpoint="fake", parquet=path)
    res = evaluate(FakeModel(), FeatureFrames(str(feats), cfg.clip_seconds), cfg, device=torch.device("cpu"))
    b = res["branches"]["clip"]
    assert res["clips"] == 4 and res["events"] == 20
    assert b["per_kind"]["role_swap"] == {"accuracy": 0.5, "n": 20, "ties": 0}
    assert b["verb_accuracy"]["accuracy"] == 1.0 and b["verb_accuracy"]["chance"] == 0.5
    assert b["per_kind"]["attribute_swap"]["n"] == 20
    assert b["retrieval_t2v"]["R@1"] >= 0.5 and b["retrieval_t2v"]["R@10"] == 1.0
    # even clips: positive beats every other event's prompt
    assert b["per_kind"]["other_event"]["accuracy"] >= 0.5
    assert "event_order" in b["per_kind"]


def test_frame_source(tmp_path):
    with pytest.raises(SrlcapError, match="not both"):
        frame_source(str(tmp_path), str(tmp_path), 10.0, 0, None)
    with pytest.raises(SrlcapError, match="--frames-root"):
        frame_source(None, None, 10.0, 0, None)
    assert isinstance(frame_source(None, str(tmp_path), 10.0, 0, None), FeatureFrames)
