"""The figures a learner sees next to their targets."""

from __future__ import annotations

from rapport.checks import text as t
from rapport.checks.context import Context


def scores(ctx: Context) -> dict[str, float]:
    first, second = ctx.person_counts
    return {
        "words": float(len(ctx.words)),
        "sentences": float(len(ctx.sentences)),
        "questions": float(len(ctx.questions)),
        "reading_grade": ctx.reading_grade,
        "you_i_ratio": round(second / first, 2) if first else float(second),
        "first_person": float(first),
        "second_person": float(second),
        "subject_words": float(len(t.words(ctx.subject))),
        "tone": round(ctx.tone.score, 3),
    }
