"""The second coach's blind labels (benchmarks/audits/) stay joined to the fixtures they label."""

from collections import Counter
from pathlib import Path

import yaml

from rapport.agreement import load_set
from rapport.checks.registry import BY_ID

ROOT = Path(__file__).resolve().parents[1]
AUDIT = ROOT / "benchmarks" / "audits" / "second_coach_labels.yaml"


def test_every_label_names_a_fixture_message_and_a_rule():
    entries = yaml.safe_load(AUDIT.read_text(encoding="utf-8"))
    per_set = Counter(entry["set"] for entry in entries)
    for n, count in per_set.items():
        ids = {item["id"] for item in load_set(ROOT / "tests" / "fixtures" / f"coach{n}_messages.yaml")}
        labelled = {entry["message"] for entry in entries if entry["set"] == n}
        assert labelled == ids and count == len(ids), f"set {n}: every message, once"
    for entry in entries:
        assert set(entry["expect"]) <= set(BY_ID), entry
        assert isinstance(entry["ready"], bool)
