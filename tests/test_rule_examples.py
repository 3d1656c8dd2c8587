"""Every rule's own examples, run LanguageTool-style: a bad example gives exactly one finding
of that rule at the marked span, a good one gives none, and a replacement clears it."""

from __future__ import annotations

import pytest

from rapport.checks import check
from rapport.checks.registry import RULES
from rapport.checks.rule import strip_marks
from rapport.models import Message, RuleExample


def _run(ex: RuleExample, body: str, subject: str | None):
    message = Message(channel=ex.channel, subject=subject, body=body)
    return check(message, ex.recipient, ex.relationship)


def _cases(kind: str):
    for rule in RULES:
        for i, ex in enumerate(getattr(rule.info, kind)):
            yield pytest.param(rule.id, ex, id=f"{rule.id}-{kind}-{i}")


def test_every_rule_has_examples():
    for rule in RULES:
        assert len(rule.info.bad) >= 2, rule.id
        assert len(rule.info.good) >= 2, rule.id


def test_rule_ids_unique_and_lessons_known():
    from rapport.checks import lessons

    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.info.lesson in lessons.ALL, rule.id


@pytest.mark.parametrize(("rule_id", "ex"), list(_cases("bad")))
def test_bad_example_fires_at_marked_span(rule_id: str, ex: RuleExample):
    body, body_span = strip_marks(ex.text)
    subject, subject_span = strip_marks(ex.subject) if ex.subject is not None else (None, None)
    field, span = ("subject", subject_span) if subject_span else ("body", body_span)
    if ex.subject == "" or (subject_span is None and ex.subject is not None and not subject):
        field = "subject"
    assert span is not None or rule_id == "subject-line", "bad example needs a ⟦marked⟧ span"
    report = _run(ex, body, subject if subject is not None else _default_subject(ex))
    hits = [f for f in report.findings if f.rule == rule_id]
    assert len(hits) == 1, (rule_id, body, report.findings)
    hit = hits[0]
    if field == "subject" and not subject:
        assert (hit.field, hit.start, hit.end) == ("subject", 0, 0)
    else:
        assert (hit.field, hit.start, hit.end) == (field, *span), (
            hit,
            (body if hit.field == "body" else subject)[hit.start : hit.end],
        )


@pytest.mark.parametrize(("rule_id", "ex"), list(_cases("good")))
def test_good_example_is_clean(rule_id: str, ex: RuleExample):
    report = _run(ex, ex.text, ex.subject if ex.subject is not None else _default_subject(ex))
    assert not [f for f in report.findings if f.rule == rule_id], report.findings


@pytest.mark.parametrize(("rule_id", "ex"), list(_cases("bad")))
def test_replacement_clears_the_finding(rule_id: str, ex: RuleExample):
    body, _ = strip_marks(ex.text)
    subject = strip_marks(ex.subject)[0] if ex.subject is not None else _default_subject(ex)
    report = _run(ex, body, subject)
    for hit in [f for f in report.findings if f.rule == rule_id and f.replacement is not None]:
        source = body if hit.field == "body" else subject or ""
        fixed = source[: hit.start] + hit.replacement + source[hit.end :]
        fixed_report = _run(ex, fixed if hit.field == "body" else body,
                            fixed if hit.field == "subject" else subject)
        assert not [f for f in fixed_report.findings if f.rule == rule_id]


def _default_subject(ex: RuleExample) -> str | None:
    """Email examples without a subject get a neutral one, so only the rule under test speaks."""
    return "Your talk on flood maps" if ex.channel == "email" else None
