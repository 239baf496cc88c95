"""Texts as the text encoder reads them: false negatives masked by token ids (a negative
cut to its positive's tokens at the context length is no negative), the cut reported once,
compact clip summaries, and ties in eval reported apart."""
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("open_clip")

from srlcap_trainer import configs  # noqa: E402
from srlcap_trainer.data import ClipDataset, read_parquet  # noqa: E402
from srlcap_trainer.evaluate import _share  # noqa: E402
from srlcap_trainer.model import FigClipModel  # noqa: E402
from srlcap_trainer.settings import ModelConfig  # noqa: E402

from .fixtures import make_parquet  # noqa: E402

# tiny-test reads 32 tokens: these two differ only after the cut
LONG = "the red square pushes the blue circle " * 6
POS, CUT_SAME = LONG + "in the morning.", LONG + "in the evening."


@pytest.fixture(scope="module")
def model():
    torch.manual_seed(0)
    return FigClipModel(ModelConfig(model="tiny-test", model_cfg=configs.get("tiny-test"), events=1, frames=1,
                                    contextualiser=False, image_tower="frozen", w_clip_video=0.0))


def test_ids_follow_tokens_and_the_cut_is_reported_once(model, capsys):
    model.clear_text_cache()
    model._warned_cut = False
    ids = model.text_ids([POS, CUT_SAME, "a red square.", "a blue square.", ""]).tolist()
    assert ids[0] == ids[1] and len(set(ids[1:4])) == 3 and ids[4] == -1
    err = capsys.readouterr().err
    assert err.count("warning: texts longer than") == 1 and "32 tokens" in err
    model.text_ids([LONG + "at noon."])
    assert "warning" not in capsys.readouterr().err  # once


def _loss(model, negative: str | None) -> float:
    k = 1 if negative else 0
    batch = {
        "frames": torch.randn(2, 1, 1, 3, 32, 32, generator=torch.Generator().manual_seed(1)),
        "event_mask": torch.ones(2, 1, dtype=torch.bool),
        "event_text": [POS, "a green circle jumps."],
        "neg_text": [negative, ""] if k else [], "neg_mask": torch.tensor([[True], [False]])[:, :k].reshape(2, 1, k),
        "clip_text": ["", ""], "clip_neg_text": [], "clip_neg_mask": torch.zeros(2, 0, dtype=torch.bool),
    }
    with torch.no_grad():
        return model(batch)["loss"].item()


def test_a_negative_cut_to_its_positive_is_masked(model):
    without = _loss(model, None)
    assert _loss(model, CUT_SAME) == pytest.approx(without, abs=1e-6)  # masked: as if absent
    assert _loss(model, "a red square pushes a blue circle.") != pytest.approx(without, abs=1e-4)


def _with_summaries(path):
    table = pq.read_table(path)
    rows = table.to_pylist()
    for r in rows:
        r["summary"] = f"{r['clip_id']} told briefly." if r["event"] == "clip" else None
    pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), path)


def test_clip_summary_is_the_clip_text_without_paragraph_negatives(tmp_path):
    path = str(tmp_path / "t.parquet")
    make_parquet(path, n_clips=2)
    plain = read_parquet(path, "figclip")
    assert all(r.summary == "" for r in plain)  # no summaries: the caption is the clip text
    _with_summaries(path)
    records = read_parquet(path, "figclip")
    assert records[0].summary == f"{records[0].clip_id} told briefly."

    class NoFrames:
        def get(self, clip_id, times):
            return torch.zeros(len(times), 3, 4, 4)

    args = (records, NoFrames(), 5, 1, (), 0, ("event_order",), 1, 0)
    summary = ClipDataset(*args, clip_text="summary")[0]
    assert summary["clip_text"] == records[0].summary and summary["clip_neg"] == [("", "")]
    paragraph = ClipDataset(*args, clip_text="paragraph")[0]
    assert paragraph["clip_text"] == records[0].text and paragraph["clip_neg"][0][0] == "event_order"


def test_eval_reports_ties_apart():
    assert _share([1.0, 0.5, 0.0, 1.0]) == {"accuracy": round(2 / 3, 4), "n": 4, "ties": 1}
    assert _share([0.5, 0.5]) == {"accuracy": None, "n": 2, "ties": 2}
    assert _share([]) == {"accuracy": None, "n": 0, "ties": 0}
