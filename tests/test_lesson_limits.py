"""The lesson on writing the message states the checker's limits; they must be the checker's."""

import re
from pathlib import Path

from rapport.checks.rules import form

LESSON = Path(__file__).resolve().parents[1] / "course" / "lessons" / "05-writing-the-message.md"


def _limit_line(rule: str) -> str:
    text = LESSON.read_text(encoding="utf-8")
    match = re.search(rf"^- \[[^\]]+\]\(\.\./rules/{rule}\.md\):(.*(?:\n  .*)*)", text, re.M)
    assert match, f"lesson 5 no longer lists the {rule} limit"
    return " ".join(match.group(1).split())


def test_the_stated_limits_are_the_checkers():
    assert f"over {form.WORD_LIMITS['email']} words" in _limit_line("too-long")
    assert f"under {form.MIN_EMAIL_WORDS} words" in _limit_line("too-short")
    assert f"over {form.MAX_SUBJECT_WORDS} words" in _limit_line("subject-line")
    assert "more than three" in _limit_line("too-many-questions") and form.MAX_QUESTIONS == 3
