"""The course and the checker teach the same thing: no lesson's "Better" message is flagged
by a rule that doesn't depend on who it is for (a learner would be told off for copying
the course's own advice)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rapport.checks import check
from rapport.models import Message

LESSONS = Path(__file__).resolve().parents[1] / "course" / "lessons"
BETTER_RE = re.compile(r'^!!! success "[^"]*"\n((?:    .*\n|\n)+)', re.MULTILINE)
TEXT_RE = re.compile(r"```text\n(.*?)```", re.DOTALL)
SUBJECT_RE = re.compile(r"\ASubject: (.*)\n\n?")
ANY_RELATIONSHIP = {"naked-greeting", "placeholder", "vague-ask", "transactional", "pressure",
                    "excess-flattery", "wrong-name"}


def better_examples() -> list[tuple[str, str]]:
    found = []
    for path in sorted(LESSONS.glob("*.md")):
        for block in BETTER_RE.finditer(path.read_text(encoding="utf-8")):
            dedented = "\n".join(line[4:] for line in block.group(1).splitlines())
            found.extend((path.name, m.group(1)) for m in TEXT_RE.finditer(dedented))
    return found


def test_lessons_have_better_examples():
    assert len(better_examples()) >= 20


@pytest.mark.parametrize(("lesson", "text"), better_examples(),
                         ids=lambda v: v if v.endswith(".md") else v[:30])
def test_better_examples_pass_the_rules_that_apply_to_everyone(lesson: str, text: str):
    subject = SUBJECT_RE.match(text)
    body = text[subject.end() :] if subject else text
    if not body.strip():
        pytest.skip("subject-only example")
    message = Message(channel="email", subject=subject.group(1) if subject else None, body=body)
    report = check(message, None, "coworker")
    flagged = {f.rule for f in report.findings} & ANY_RELATIONSHIP
    assert not flagged, (lesson, body[:80], [f for f in report.findings if f.rule in flagged])
