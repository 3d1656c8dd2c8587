"""A room's attempts as CSV (safe to open in a spreadsheet) and a Markdown summary.

CSV cells that a spreadsheet would read as a formula (starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return) get a leading apostrophe, so learner text stays text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence

from rapport.attempts import _fenced, _inline
from rapport.rooms.models import Learner, RoomAttempt, RoomSummary

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = ("room", "learner", "display_name", "exercise", "scenario_code", "channel",
               "relationship", "checked_at", "ready", "findings", "rules", "subject", "body")


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def attempts_csv(room_code: str, learners: Sequence[Learner],
                 attempts: Sequence[RoomAttempt]) -> str:
    by_id = {learner.id: learner for learner in learners}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for a in attempts:
        learner = by_id.get(a.learner_id)
        rules = sorted({f.rule for f in a.report.findings})
        row = (room_code, learner.anonymous_name if learner else "",
               (learner.display_name or "") if learner else "", a.exercise_id,
               a.scenario_code, a.channel, a.relationship,
               a.created_at.isoformat(timespec="seconds"), "yes" if a.ready else "no",
               a.findings, " ".join(rules), a.subject or "", a.body)
        writer.writerow([safe_cell(cell) for cell in row])
    return out.getvalue()


def summary_markdown(summary: RoomSummary, *, exercise_title: Callable[[str], str],
                     rule_url: Callable[[str], str], examples: int = 3) -> str:
    """The follow-up email's material: figures, the findings the room still has, a few
    anonymised rewrites (fenced, so nothing a learner typed is read as Markdown)."""
    room = summary.room
    lines = [f"# Workshop summary: {_inline(room.title)}", "",
             f"Room {room.code}, opened {room.created_at:%Y-%m-%d %H:%M} UTC.", "",
             f"- Learners joined: {summary.joined}",
             f"- Learners who checked at least once: {summary.checked}",
             f"- Learners with a message ready to send: {summary.ready}",
             f"- Attempts: {summary.attempts}"]
    if summary.first_findings_mean is not None:
        lines.append(f"- Findings per message, first → latest attempt: "
                     f"{summary.first_findings_mean:.1f} → {summary.latest_findings_mean:.1f}")
        lines.append(f"- Share ready to send, first → latest attempt: "
                     f"{summary.first_ready_share:.0%} → {summary.latest_ready_share:.0%}")
    lines += ["", "## Exercises", ""]
    for item in summary.per_exercise:
        lines.append(f"- {_inline(exercise_title(item.exercise_id))}: {item.checked} checked, "
                     f"{item.ready} ready")
    lines += ["", "## What the room still works on", ""]
    if summary.rules:
        lines += [f"- [{r.rule}]({rule_url(r.rule)}) ({r.severity}): {r.learners} "
                  f"latest message{'s' * (r.learners != 1)}" for r in summary.rules]
    else:
        lines.append("No findings left on the latest attempts.")
    if summary.latest and examples:
        lines += ["", "## A few rewrites from the room (anonymised)"]
        for item in summary.latest[:examples]:
            message = item.attempt
            text = (message.body if message.subject is None
                    else f"Subject: {message.subject}\n\n{message.body}")
            verdict = "ready to send" if message.ready else f"{message.findings} findings"
            lines += ["", f"### {item.learner}, {_inline(exercise_title(message.exercise_id))}"
                      f" ({verdict})", "", _fenced(text)]
    return "\n".join(lines) + "\n"
