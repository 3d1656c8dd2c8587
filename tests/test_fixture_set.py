"""Precision and recall of the whole checker on realistic messages it was not tuned against
rule by rule: every (message, rule) pair counts."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from rapport.checks import check
from rapport.models import Message, Recipient

FIXTURES = Path(__file__).parent / "fixtures"
OWN = FIXTURES / "messages.yaml"
HELDOUT = FIXTURES / "heldout_messages.yaml"
HELDOUT2 = FIXTURES / "heldout2_messages.yaml"
HELDOUT3 = FIXTURES / "heldout3_messages.yaml"
HELDOUT4 = FIXTURES / "heldout4_messages.yaml"
HELDOUT5 = FIXTURES / "heldout5_messages.yaml"
HELDOUT6 = FIXTURES / "heldout6_messages.yaml"
HELDOUT7 = FIXTURES / "heldout7_messages.yaml"
HELDOUT8 = FIXTURES / "heldout8_messages.yaml"
HELDOUT9 = FIXTURES / "heldout9_messages.yaml"
HELDOUT10 = FIXTURES / "heldout10_messages.yaml"
HELDOUTS = (HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7,
            HELDOUT8, HELDOUT9, HELDOUT10)
NOT_ANNOTATED = {path: {"blunt-tone", "no-easy-out", "no-signoff"} for path in HELDOUTS}
"""Rules these sets were not labelled for, or were labelled for by a definition that coach
sets 11-14 showed to be wrong: these sets were written from the rule table, which asked for
an easy out after every request to a stranger (a coach asks for one only where the request
costs time or a favour) and a separate sign-off line on every email and LinkedIn message (a
name ending the last line is a sign-off, and friends know who wrote). The coach sets measure
those rules now (tests/test_coach_agreement.py)."""


def _load(path: Path = OWN) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _fired(item: dict, ignore: set[str] = frozenset()) -> set[str]:
    message = Message(channel=item["channel"], subject=item.get("subject"), body=item["body"])
    recipient = Recipient(**item["recipient"]) if item.get("recipient") else None
    report = check(message, recipient, item["relationship"])
    return {f.rule for f in report.findings} - ignore


def test_fixture_set_is_broad():
    items = _load()
    assert len(items) >= 40
    for path in HELDOUTS:
        assert len(_load(path)) >= 40, path
    assert {i["channel"] for i in items} == {"email", "linkedin", "slack", "text"}
    assert {i["relationship"] for i in items} == {
        "stranger", "acquaintance", "coworker", "former-colleague", "friend"
    }
    assert len({i["id"] for i in items}) == len(items)
    assert sum(1 for i in items if not i["expect"]) >= 10, "needs clean messages too"


@pytest.mark.parametrize("path", [OWN, *HELDOUTS], ids=lambda p: p.stem)
def test_precision_and_recall_at_least_0_9(path: Path):
    true_pos = false_pos = false_neg = 0
    misses = []
    for item in _load(path):
        ignored = NOT_ANNOTATED.get(path, set())
        fired, expected = _fired(item, ignored), set(item["expect"]) - ignored
        true_pos += len(fired & expected)
        false_pos += len(fired - expected)
        false_neg += len(expected - fired)
        if fired != expected:
            misses.append(f"{item['id']}: extra {sorted(fired - expected)}, "
                          f"missing {sorted(expected - fired)}")
    precision = true_pos / (true_pos + false_pos)
    recall = true_pos / (true_pos + false_neg)
    print(f"precision {precision:.3f}, recall {recall:.3f}")
    assert precision >= 0.9, misses
    assert recall >= 0.9, misses


@pytest.mark.parametrize("item", _load(), ids=lambda i: i["id"])
def test_ready_verdict_matches_expectations(item: dict):
    """A clean fixture must be ready; one expected to have an error/warning must not be."""
    from rapport.checks.registry import BY_ID

    message = Message(channel=item["channel"], subject=item.get("subject"), body=item["body"])
    recipient = Recipient(**item["recipient"]) if item.get("recipient") else None
    report = check(message, recipient, item["relationship"])
    blocking = [r for r in item["expect"] if BY_ID[r].info.severity in ("error", "warning")]
    if not item["expect"]:
        assert report.ready, report.findings
    elif blocking:
        assert not report.ready
