"""The bundled sample builds end to end; the Parquet contract holds for plain readers."""
import hashlib

import pandas as pd
import pyarrow.parquet as pq
import pytest

from judged import PROPBANK
from srlcap.build import BuildOptions, build
from srlcap.cli import main
from srlcap.schema import SCHEMA, SCHEMA_VERSION, STYLES


@pytest.fixture(scope="module")
def train(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("b") / "train.parquet"
    summary = build(BuildOptions(out=out, quiet=True, nlp=nlp))
    return out, summary


def test_sample_builds_every_clip(train):
    out, summary = train
    t = pq.read_table(out)
    assert summary.skipped == [] and summary.clips >= 60
    assert t.num_rows == summary.clips * 6  # five events and a clip row
    assert t.schema.remove_metadata().equals(SCHEMA)
    assert pq.read_metadata(out).metadata[b"srlcap.schema_version"].decode() == SCHEMA_VERSION


def test_plain_pandas_reads_it(train):
    df = pd.read_parquet(train[0])
    ev = df[df.event != "clip"]
    assert ev.verb_id.notna().all() and df[df.event == "clip"].verb_id.isna().all()
    for style in STYLES:
        assert (df[style].str.len() > 0).all()
    # every role of every event is mentioned in the figclip prompt, verbatim
    for _, row in ev.head(50).iterrows():
        for role in row.roles:
            assert role["filler"] in row.figclip


def test_negatives_are_filled(train):
    out, summary = train
    df = pd.read_parquet(out)
    assert {"role_swap", "verb_replace", "attribute_swap", "argm_replace", "entity_replace",
            "event_order"} <= set(summary.negatives)
    assert "relation_flip" not in summary.negatives  # off in the bundled grammar
    ev = df[df.event != "clip"]
    with_verb = ev.negatives.apply(lambda ns: any(n["kind"] == "verb_replace" for n in ns))
    # the debias pass drops verb negatives a text-only model tells apart; before it,
    # most events have a verb that takes their kinds of fillers (a sample of 66 clips
    # has few verbs to choose from: 69% + 20% dropped when this was first written;
    # 70% + 5% since verbs must take each filler's WordNet kind as PropBank's examples
    # show it, keep the object's form and the frame's voice: fewer verbs fit, and
    # fewer of those that do are told apart by text alone; 63% since a thing as subject
    # or object must be of a WordNet category the new verb was seen with, 58% since no
    # verb of perception replaces another; 48% + 11% since a verb with an opposite that
    # fits is replaced by its opposites only, and no verb of the body by another; 47%
    # since a frame without an object or of perception takes only an opposite; 42% since
    # someone is acted on only by a verb the dataset shows acting on someone, and a verb
    # of coming together is no negative of an act on someone; 38% + 8% since the debias
    # pass cross-fits on five folds dealt afresh each round, and finds more give-aways;
    # 37% + 9% since fight and grab entail more verbs and an opposite keeps a preposition
    # its original never shows: the same 151 candidates, of which the pass finds 29
    # give-aways, not 21)
    assert with_verb.mean() >= 0.36
    assert with_verb.mean() + summary.debiased["verb_replace"] / len(ev) >= 0.43


def test_debias_leaves_out_only_what_a_blind_model_tells_apart(tmp_path, nlp):
    from srlcap.build import BuildOptions, build
    from srlcap.debias import MAX_DROP, TARGET, read_report
    from srlcap.schema import STYLES, open_parquet

    kept, every = tmp_path / "kept.parquet", tmp_path / "every.parquet"
    summary = build(BuildOptions(out=kept, quiet=True, nlp=nlp))
    build(BuildOptions(out=every, quiet=True, nlp=nlp, debias=False))
    assert read_report(open_parquet(every)) is None
    report = read_report(open_parquet(kept))["kinds"]
    a, b = pd.read_parquet(kept), pd.read_parquet(every)
    assert list(a.clip_id) == list(b.clip_id) and list(a.natural) == list(b.natural)
    dropped, left_out = 0, 0
    for ns_kept, ns_all in zip(a.negatives, b.negatives):
        # each kept negative is one of the row's, in order, with some styles' texts left
        # out; a negative with none left is dropped, all its texts left out
        it, matched = iter(ns_all), []
        for n in ns_kept:
            original = next(o for o in it if o["kind"] == n["kind"]
                            and all(n[s] is None or n[s] == o[s] for s in STYLES))
            matched.append(id(original))
            assert any(n[s] is not None for s in STYLES)
            left_out += sum(n[s] is None and original[s] is not None for s in STYLES)
        for o in ns_all:
            if id(o) not in matched:
                dropped += 1
                left_out += sum(o[s] is not None for s in STYLES)
    assert dropped == sum(f["dropped"] for f in report.values()) == sum(summary.debiased.values())
    assert left_out == sum(sum(f["left_out"].values()) for f in report.values()) > dropped
    for kind, f in report.items():
        for style, n in f["left_out"].items():
            assert n <= f["texts"][style] * MAX_DROP
            # brought to the target, or stopped at the cap
            assert f["accuracy_after"][style] <= TARGET or n == int(f["texts"][style] * MAX_DROP)


def test_a_captions_only_build_skips_the_debias_pass(tmp_path, nlp, monkeypatch):
    """Nothing to debias: the pass would only read and rewrite the whole output."""
    import srlcap.debias
    from srlcap.build import BuildOptions, build
    from srlcap.debias import read_report
    from srlcap.schema import open_parquet

    def fail(*a, **k):
        raise AssertionError("the debias pass ran")

    monkeypatch.setattr(srlcap.debias, "debias_file", fail)
    out = tmp_path / "captions.parquet"
    build(BuildOptions(out=out, quiet=True, nlp=nlp, per_kind=0))
    assert read_report(open_parquet(out)) is None
    assert pd.read_parquet(out).negatives.map(len).sum() == 0


def test_a_failing_debias_pass_leaves_no_output_nor_stage_file(tmp_path, nlp, monkeypatch):
    # the realised rows are a stage file the debias pass rewrites into the output: the
    # output appears only whole (a build killed during the pass once left it half-made)
    import srlcap.debias

    def broken(path, seed=0, out=None, **_):
        assert path.exists() and not out.exists()
        raise KeyboardInterrupt

    monkeypatch.setattr(srlcap.debias, "debias_file", broken)
    out = tmp_path / "o.parquet"
    with pytest.raises(KeyboardInterrupt):
        build(BuildOptions(out=out, quiet=True, nlp=nlp))
    assert list(tmp_path.iterdir()) == []


def test_same_seed_same_bytes(tmp_path, nlp, train):
    out2 = tmp_path / "again.parquet"
    build(BuildOptions(out=out2, quiet=True, nlp=nlp))
    digest = lambda p: hashlib.sha256(p.read_bytes()).hexdigest()  # noqa: E731
    assert digest(out2) == digest(train[0])
    out3 = tmp_path / "seed1.parquet"
    build(BuildOptions(out=out3, quiet=True, nlp=nlp, seed=1))
    assert digest(out3) != digest(train[0])


def test_shards_concatenate_to_the_whole(tmp_path, nlp):
    # the debias pass learns from the file it refines, so each shard is debiased on its
    # own (docs/scaling.md); what comes before it is the same split however it is cut
    parts = []
    for i in range(3):
        p = tmp_path / f"s{i}.parquet"
        build(BuildOptions(out=p, quiet=True, nlp=nlp, num_shards=3, shard_index=i, debias=False))
        parts.append(pq.read_table(p))
    import pyarrow as pa

    build(BuildOptions(out=tmp_path / "whole.parquet", quiet=True, nlp=nlp, debias=False))
    whole = pq.read_table(tmp_path / "whole.parquet")
    assert pa.concat_tables(parts).to_pylist() == whole.to_pylist()


def test_cli_build_and_show(tmp_path, capsys):
    out = tmp_path / "v.parquet"
    assert main(["build", "--split", "valid", "--out", str(out), "--quiet", "--negatives-per-kind", "1"]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    assert main(["show", str(out), "--rows", "2", "--kind", "role_swap"]) == 0
    shown = capsys.readouterr().out
    assert "natural" in shown and "figclip" in shown


def test_show_rejects_a_non_srlcap_file(tmp_path, capsys):
    import pyarrow as pa

    other = tmp_path / "other.parquet"
    pq.write_table(pa.table({"x": [1]}), other)
    assert main(["show", str(other)]) == 2
    assert "not an srlcap Parquet file" in capsys.readouterr().err


def test_workers_give_the_same_bytes(tmp_path, nlp, train):
    out = tmp_path / "w2.parquet"
    build(BuildOptions(out=out, quiet=True, workers=2))
    assert out.read_bytes() == train[0].read_bytes()


def test_build_program_keeps_torch_out_and_exits_cleanly(tmp_path):
    # thinc imports torch whenever it is installed; `srlcap build` must not pay for it.
    # The program also ends with os._exit (no heap teardown): its summary must still
    # be flushed, its status kept, and its errors still reported.
    import subprocess
    import sys

    out = tmp_path / "t.parquet"
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "srlcap", "build", "--out", str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith(f"wrote {out}") and "negatives:" in done.stdout
    assert out.exists() and pq.read_metadata(out).num_rows > 0
    imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    # a blocked `import torch` is listed (a few us), a real one brings torch.* with it
    assert "spacy" in imported and not any(name.startswith("torch.") for name in imported)

    bad = subprocess.run([sys.executable, "-m", "srlcap", "build", "--data-dir", str(tmp_path / "missing.json"),
                          "--out", str(tmp_path / "bad.parquet")], capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr.splitlines()[-1].startswith("srlcap: error:") and "missing.json" in bad.stderr
    assert not (tmp_path / "bad.parquet").exists()


def test_clip_summaries_fit_clips_77_tokens(train):
    """Checked with open_clip's own tokenizer (the trainer's dependency): every clip row
    has a summary that fits, event rows have none."""
    open_clip = pytest.importorskip("open_clip")
    from srlcap.schema import SUMMARY_TOKENS

    tokenizer = open_clip.get_tokenizer("ViT-B-32")
    rows = pq.read_table(train[0], columns=["event", "summary"]).to_pylist()
    summaries = [r["summary"] for r in rows if r["event"] == "clip"]
    assert all(r["summary"] is None for r in rows if r["event"] != "clip")
    assert summaries and all(summaries)
    lengths = [int((tokenizer([s])[0] != 0).sum()) for s in summaries]
    assert max(lengths) <= SUMMARY_TOKENS


@pytest.mark.skipif(not PROPBANK.is_file(), reason="the PropBank frames are not in this workplace")
def test_the_real_propbank_frames_build_with_every_kind(tmp_path, nlp):
    # 6,955 real frames reach parses and fillers the bundled sample has not: a negative
    # generator once stopped such a build with a StopIteration from a cut phrase
    from srlcap.schema import NEGATIVE_KINDS

    out = tmp_path / "pb.parquet"
    summary = build(BuildOptions(data=PROPBANK, split="dev", out=out, lenient=True, quiet=True, nlp=nlp,
                                 kinds=NEGATIVE_KINDS, debias=False))
    assert summary.events == 6955 and pq.read_metadata(out).num_rows == summary.rows
    assert {"role_swap", "verb_replace", "figclip_verb", "event_order"} <= set(summary.negatives)


def test_a_captions_only_build_learns_nothing_for_negatives(grammar, realiser, analyser):
    from srlcap.negatives import NegativeFactory

    f = NegativeFactory(grammar, realiser, analyser, per_kind=0)
    assert f.counts == {}
    f.learn([])
    assert f.ctx is None
