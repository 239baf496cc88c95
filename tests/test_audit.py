"""The blind text-only audit: it must detect a give-away when there is one."""
import pytest

from srlcap.audit import blind_accuracy, wilson_interval


def test_blind_model_spots_a_textual_giveaway():
    pos = [f"A man pushes a cart number {i}." for i in range(200)]
    neg = [f"A man pushes at a cart number {i}." for i in range(200)]  # an odd preposition
    acc = blind_accuracy(list(zip(pos[:150], neg[:150])), list(zip(pos[150:], neg[150:])))
    assert acc > 0.95


def test_blind_model_is_at_chance_on_a_balanced_swap():
    names = ["man", "woman", "boy", "girl", "dog", "cat", "nurse", "guard"]
    pairs = [(f"A {a} pushes a {b}.", f"A {b} pushes a {a}.") for a in names for b in names if a != b]
    train, test = pairs[::2], pairs[1::2]
    assert 0.3 <= blind_accuracy(train, test) <= 0.7


def test_audit_cli_on_the_bundled_sample(tmp_path, capsys):
    import json

    from srlcap.cli import main

    out = tmp_path / "t.parquet"
    assert main(["build", "--out", str(out), "--quiet"]) == 0
    capsys.readouterr()
    report = tmp_path / "audit.json"
    assert main(["audit", str(out), "--no-parse", "--json", str(report)]) == 0
    printed = capsys.readouterr()
    data = json.loads(report.read_text())
    # only swaps whose entities fit both slots, and not of verbs reciprocal in most scenes
    # (talk, look, shout: neg4's readers took those swaps as still true): 39 when written,
    # 29 once approach and shoot at were reciprocal and only entities the data shows acting
    # took the agent's slot (neg5, neg6); 24 at 2bae3fa, after neg10's swap rules (no
    # pronoun swapped where another stands in the frame, no dangling possessive)
    assert data["kinds"]["role_swap"]["count"] > 20
    assert data["debias"]["kinds"]["figclip_verb"]["dropped"] >= 0
    assert all(0.0 <= k.get("blind_accuracy", 0.5) <= 1.0 for k in data["kinds"].values())
    # every kind with an accuracy has its test pairs and a 95% interval around it, printed too
    header = printed.out.splitlines()[0].split()
    assert header[:7] == ["kind", "count", "test", "pairs", "blind", "acc", "95%"]
    for kind, e in data["kinds"].items():
        if "blind_accuracy" not in e:
            continue
        lo, hi = e["ci95"]
        # cross-validated: every pair is a test pair (once a deal); the figure is the
        # deals' mean, so it lies within their range
        assert e["test_pairs"] == e["count"] and lo <= e["blind_accuracy"] <= hi
        assert e["deal_range"][0] <= e["blind_accuracy"] <= e["deal_range"][1]
        line = next(line for line in printed.out.splitlines() if line.startswith(kind + " "))
        assert line.split()[1:5] == [str(e["count"]), str(e["test_pairs"]), f"{e['blind_accuracy']:.1%}",
                                     f"{lo:.1%}-{hi:.1%}"]
        assert line.split()[-1] == f"{e['deal_range'][0]:.1%}-{e['deal_range'][1]:.1%}"
    # the bar, on every kind with enough pairs to read: at most 55% (while the
    # debias pass used two folds, dealt once for all its rounds, the audit read 57-61% on
    # kinds the pass had brought to 52%)
    over = {k: e["blind_accuracy"] for k, e in data["kinds"].items() if e["test_pairs"] >= 40
            and e["blind_accuracy"] > 0.55}
    assert not over
    # the progress line, on stderr; none under --quiet
    assert "training blind models" in printed.err
    assert main(["audit", str(out), "--no-parse", "--quiet"]) == 0
    assert "training blind models" not in capsys.readouterr().err


def test_wilson_interval():
    assert wilson_interval(0.5, 100) == pytest.approx((0.4038, 0.5962), abs=1e-4)
    lo, hi = wilson_interval(1.0, 6)  # few pairs, all right: wide, and inside [0, 1]
    assert hi == 1.0 and 0.5 < lo < 0.65
    narrow, wide = wilson_interval(0.6, 1000), wilson_interval(0.6, 50)
    assert narrow[1] - narrow[0] < wide[1] - wide[0]


def test_blind_model_gives_no_margin_to_a_pair_with_the_same_words():
    """What the two captions share cancels exactly: summed as floats, a rounding residue
    would read as a confident answer (and decide a tie)."""
    from srlcap.blind import BlindModel

    pos = [f"A man in a red coat pushes a cart number {i} across the busy street." for i in range(100)]
    neg = [f"A man in a red coat pushes at a cart number {i} across the busy street." for i in range(100)]
    model = BlindModel.fit(list(zip(pos, neg)))
    same = [(p, p) for p in pos] + [("the dog and the cat run", "the dog and the cat run")]
    assert model.margins(same).tolist() == [0.0] * len(same)
    assert (model.margins(list(zip(pos, neg))) > 0).all()


def _audited_file(tmp_path, pairs_by_clip):
    """A minimal file of the columns the audit reads (no srlcap metadata: the test opens
    it as plain Parquet): a row per clip, its positive and verb_replace negatives."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"clip_id": clip, "event": 0, "verb": "push", "verb_id": "push.01", "roles": "{}", "natural": pos,
             "negatives": [{"kind": "verb_replace", "natural": neg} for neg in negs]}
            for clip, (pos, negs) in pairs_by_clip.items()]
    path = tmp_path / "f.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path)
    return path


def test_audit_averages_its_own_deals_and_counts_each_pair_once(tmp_path, monkeypatch):
    """The figure is the mean over DEALS deals of the clips, none of them a deal the
    debias pass cuts by (its round numbers), and its interval is over the pairs, not
    the pooled predictions of all deals (which test the same pairs again)."""
    import pyarrow.parquet as pq

    import srlcap.audit as audit_mod
    from srlcap.debias import ROUNDS

    words = ["cart", "box", "door", "sled", "pram", "crate", "wagon", "barrow"]
    clips = {f"c{i}": (f"A man pushes a {words[i % 8]} {i}.", [f"A man pulls a {words[i % 8]} {i}."])
             for i in range(60)}
    path = _audited_file(tmp_path, clips)
    seen = []
    real = audit_mod.fold
    monkeypatch.setattr(audit_mod, "fold", lambda clip, deal, folds: seen.append(deal) or real(clip, deal, folds))
    monkeypatch.setattr(audit_mod, "read_report", lambda pf: None)
    monkeypatch.setattr(audit_mod, "open_parquet", lambda path, columns: pq.ParquetFile(path))
    one = audit_mod.audit(path, parse=False, deals=1)["kinds"]["verb_replace"]
    result = audit_mod.audit(path, parse=False, seed=3)
    e = result["kinds"]["verb_replace"]
    assert result["deals"] == audit_mod.DEALS and len(set(seen)) == 1 + audit_mod.DEALS
    assert not set(seen) & set(range(ROUNDS)) and not {str(d) for d in seen} & {str(r) for r in range(ROUNDS)}
    assert e["test_pairs"] == e["count"] == 60 and one["test_pairs"] == 60
    assert e["ci95"] == [round(x, 4) for x in audit_mod.wilson_interval(e["blind_accuracy"], 60)]
    lo, hi = e["deal_range"]
    assert lo <= e["blind_accuracy"] <= hi


def test_audit_refuses_no_deals(tmp_path):
    from srlcap.audit import audit
    from srlcap.errors import SrlcapError

    with pytest.raises(SrlcapError):
        audit(_audited_file(tmp_path, {"c": ("a b", ["a c"])}), parse=False, deals=0)
