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
