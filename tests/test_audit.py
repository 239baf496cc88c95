"""The blind text-only audit: it must detect a give-away when there is one."""
from srlcap.audit import blind_accuracy


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
    data = json.loads(report.read_text())
    assert data["kinds"]["role_swap"]["count"] > 50  # only swaps whose entities fit both slots
    assert data["debias"]["kinds"]["figclip_verb"]["dropped"] >= 0
    assert all(0.0 <= k.get("blind_accuracy", 0.5) <= 1.0 for k in data["kinds"].values())
