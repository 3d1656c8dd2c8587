"""The course and the checker teach the same thing: no lesson's "Better" message is flagged
by a rule that doesn't depend on who it is for (a learner would be told off for copying
the course's own advice).

The examples are data, one source: ``course/examples/<lesson-file-stem>.yaml``, loaded and
validated by :mod:`rapport.lesson_examples` (the lesson pages and presenter pages are rendered
from the same files)."""

from __future__ import annotations

import pytest

from rapport.checks import check
from rapport.lesson_examples import EXAMPLES_DIR, LessonExample, all_examples
from rapport.models import Message

ANY_RELATIONSHIP = {"naked-greeting", "placeholder", "vague-ask", "transactional", "pressure",
                    "excess-flattery", "wrong-name"}


def better_examples() -> list[tuple[str, LessonExample]]:
    return [(lesson, example) for lesson, example in all_examples(EXAMPLES_DIR)
            if example.better is not None]


def test_lessons_have_better_examples():
    assert len(better_examples()) >= 20


@pytest.mark.parametrize(("lesson", "example"), better_examples(),
                         ids=lambda v: v if isinstance(v, str) else v.id)
def test_better_examples_pass_the_rules_that_apply_to_everyone(lesson: str,
                                                               example: LessonExample):
    better = example.better
    assert better is not None
    if not better.body.strip():
        pytest.skip("subject-only example")
    message = Message(channel=example.channel, subject=better.subject, body=better.body)
    report = check(message, None, "coworker")
    flagged = {f.rule for f in report.findings} & ANY_RELATIONSHIP
    assert not flagged, (lesson, better.body[:80], [f for f in report.findings
                                                    if f.rule in flagged])


def weaker_examples() -> list[tuple[str, LessonExample]]:
    return [(lesson, example) for lesson, example in all_examples(EXAMPLES_DIR)
            if example.weaker is not None]


def _report(example: LessonExample, version):
    return check(example.message(version), example.checker_recipient(), example.relationship)


@pytest.mark.parametrize(("lesson", "example"), weaker_examples(),
                         ids=lambda v: v if isinstance(v, str) else v.id)
def test_weaker_examples_get_the_findings_their_verdict_names(lesson: str,
                                                               example: LessonExample):
    """Both ways, for the example's own channel and relationship: every flaw the verdict
    names is found, and the checker raises no error or warning the verdict leaves out."""
    weaker = example.weaker
    assert weaker is not None
    report = _report(example, weaker)
    fired = {f.rule for f in report.findings}
    blocking = {f.rule for f in report.findings if f.severity in ("error", "warning")}
    named = set(weaker.flaws)
    assert named <= fired, (lesson, example.id, sorted(named - fired), weaker.body[:80])
    assert blocking <= named, (lesson, example.id, sorted(blocking - named))
    if any(flaw_is_blocking(flaw) for flaw in named):
        assert not report.ready


@pytest.mark.parametrize(("lesson", "example"), better_examples(),
                         ids=lambda v: v if isinstance(v, str) else v.id)
def test_better_examples_are_ready_for_their_own_reader(lesson: str, example: LessonExample):
    better = example.better
    assert better is not None
    if not better.body.strip():
        pytest.skip("subject-only example")
    report = _report(example, better)
    assert report.ready, (lesson, example.id, [(f.rule, f.message) for f in report.findings
                                               if f.severity != "info"])


def test_most_weaker_examples_are_not_ready():
    """A weaker example the checker calls ready teaches that the checker can't be trusted:
    the few where the problem is one no rule can see say so in their verdict."""
    examples = weaker_examples()
    ready = [ex.id for _, ex in examples if _report(ex, ex.weaker).ready]
    assert len(ready) <= len(examples) // 5, ready


def flaw_is_blocking(rule_id: str) -> bool:
    from rapport.checks.registry import BY_ID

    return BY_ID[rule_id].info.severity in ("error", "warning")
