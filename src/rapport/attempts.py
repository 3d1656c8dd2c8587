"""A learner's attempts in one session, so improvement is visible, and their Markdown export.

An :class:`Attempt` is a snapshot of one checked message: what was written, the verdict,
how many findings of each severity and which rules, and the tone. The app keeps a tuple of
them in the session; :func:`to_markdown` writes the whole history as a file the learner can
keep or hand to a facilitator. Learner text goes into fenced code blocks whose fence is
longer than any backtick run in the text, so nothing they typed is read as Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime

from pydantic import Field

from rapport.feedback import SEVERITY_HEADINGS, counts_line, rule_counts, verdict_words
from rapport.models import Channel, Frozen, Message, Report

__all__ = ["Attempt", "add", "for_scenario", "make", "progress", "rows", "to_markdown"]

MAX_ATTEMPTS = 200
"""A session keeps at most this many attempts (the oldest go first)."""


class Attempt(Frozen):
    """One checked message. ``errors``, ``warnings`` and ``infos`` count rules (cards on the
    screen), not places: a rule that fired three times is one thing to fix."""

    number: int
    checked_at: datetime
    exercise_id: str | None = None
    exercise_title: str | None = None
    code: str | None = None
    channel: Channel
    subject: str | None = None
    body: str
    ready: bool
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    rules: list[str] = Field(default_factory=list)
    words: int = 0
    tone_label: str | None = None
    tone_score: float | None = None

    @property
    def findings(self) -> int:
        return self.errors + self.warnings + self.infos

    @property
    def label(self) -> str:
        return self.exercise_title or self.exercise_id or "Your own message"


def make(
    number: int,
    message: Message,
    report: Report,
    *,
    checked_at: datetime,
    exercise_id: str | None = None,
    exercise_title: str | None = None,
    code: str | None = None,
) -> Attempt:
    """A snapshot of one checked message."""
    tone = report.scores.get("tone")
    counts = rule_counts(report.findings)
    return Attempt(
        number=number,
        checked_at=checked_at,
        exercise_id=exercise_id,
        exercise_title=exercise_title,
        code=code,
        channel=message.channel,
        subject=message.subject,
        body=message.body,
        ready=report.ready,
        errors=counts["error"],
        warnings=counts["warning"],
        infos=counts["info"],
        rules=list(dict.fromkeys(f.rule for f in report.findings)),
        words=int(report.scores.get("words", 0)),
        tone_label=report.tone_label,
        tone_score=round(tone, 2) if tone is not None else None,
    )


def add(history: Sequence[Attempt], attempt: Attempt) -> tuple[Attempt, ...]:
    """The history with `attempt` appended (the oldest dropped past MAX_ATTEMPTS)."""
    return (*history, attempt)[-MAX_ATTEMPTS:]


def for_scenario(
    history: Iterable[Attempt], exercise_id: str | None, code: str | None
) -> list[Attempt]:
    return [a for a in history if a.exercise_id == exercise_id and a.code == code]


def progress(attempts: Sequence[Attempt]) -> str:
    """"Notes: 7 → 4 → 1 (ready to send)": how the number of notes moved across attempts."""
    if not attempts:
        return ""
    counts = " → ".join(str(a.findings) for a in attempts)
    tail = f" ({verdict_words(True)})" if attempts[-1].ready else ""
    return f"Notes: {counts}{tail}"


def rows(attempts: Iterable[Attempt]) -> list[dict[str, object]]:
    """One plain row per attempt, for a table, under the screen's own headings."""
    return [
        {
            "#": a.number,
            "Time": a.checked_at.strftime("%H:%M:%S"),
            "Exercise": a.label,
            "Code": a.code or "",
            "Verdict": verdict_words(a.ready),
            SEVERITY_HEADINGS["error"]: a.errors,
            SEVERITY_HEADINGS["warning"]: a.warnings,
            SEVERITY_HEADINGS["info"]: a.infos,
            "Words": a.words,
            "Tone": a.tone_label or "",
        }
        for a in attempts
    ]


# --- Markdown ----------------------------------------------------------------------------

_BACKTICKS_RE = re.compile(r"`+")


def _fenced(text: str) -> str:
    longest = max((len(run) for run in _BACKTICKS_RE.findall(text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{text}\n{fence}"


def _inline(text: str) -> str:
    """Data (an exercise title, a code) as a Markdown code span, whatever it contains."""
    text = " ".join(text.split())
    longest = max((len(run) for run in _BACKTICKS_RE.findall(text)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _attempt_markdown(a: Attempt) -> str:
    verdict = verdict_words(a.ready)
    where = _inline(a.label) + (f", scenario {_inline(a.code)}" if a.code else "")
    lines = [
        f"## Attempt {a.number}: {where}",
        "",
        f"- Checked: {a.checked_at.strftime('%Y-%m-%d %H:%M:%S')}",
        f"- Channel: {a.channel}",
        f"- Verdict: {verdict}",
        f"- {counts_line({'error': a.errors, 'warning': a.warnings, 'info': a.infos})}",
    ]
    if a.rules:
        lines.append("- Rules: " + ", ".join(f"`{r}`" for r in a.rules))
    lines.append(f"- Words: {a.words}")
    if a.tone_label is not None:
        score = f" ({a.tone_score:.2f})" if a.tone_score is not None else ""
        lines.append(f"- Tone: {a.tone_label}{score}")
    lines.append("")
    text = a.body if a.subject is None else f"Subject: {a.subject}\n\n{a.body}"
    lines.append(_fenced(text))
    return "\n".join(lines)


def to_markdown(attempts: Sequence[Attempt], title: str = "My rapport practice") -> str:
    """The whole history as one Markdown document, oldest attempt first."""
    parts = [f"# {title}", ""]
    if not attempts:
        parts.append("No attempts yet.")
        return "\n".join(parts) + "\n"
    parts.append(f"{len(attempts)} attempt{'s' * (len(attempts) != 1)}. {progress(attempts)}")
    for a in attempts:
        parts.extend(["", _attempt_markdown(a)])
    return "\n".join(parts) + "\n"
