"""The live dashboard's figures, computed from a room's learners and attempts (pure)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from statistics import mean

from rapport.models import SEVERITY_ORDER
from rapport.rooms.models import (
    ExerciseProgress,
    LatestRewrite,
    Learner,
    LearnerProgress,
    Room,
    RoomAttempt,
    RoomSummary,
    RuleCount,
)


def by_learner_and_exercise(
    attempts: Sequence[RoomAttempt],
) -> dict[tuple[int, str], list[RoomAttempt]]:
    """Attempts grouped per (learner, exercise), oldest first."""
    groups: dict[tuple[int, str], list[RoomAttempt]] = defaultdict(list)
    for attempt in sorted(attempts, key=lambda a: (a.created_at, a.id)):
        groups[(attempt.learner_id, attempt.exercise_id)].append(attempt)
    return dict(groups)


def summarise(room: Room, learners: Sequence[Learner],
              attempts: Sequence[RoomAttempt]) -> RoomSummary:
    names = {learner.id: learner.anonymous_name for learner in learners}
    groups = by_learner_and_exercise(attempts)
    latest = {pair: runs[-1] for pair, runs in groups.items()}

    per_exercise = [
        ExerciseProgress(
            exercise_id=exercise_id,
            checked=sum(1 for (_, e) in groups if e == exercise_id),
            ready=sum(1 for (_, e), a in latest.items() if e == exercise_id and a.ready),
        )
        for exercise_id in room.exercise_ids
    ]

    severities: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for attempt in latest.values():
        for finding in attempt.report.findings:
            severities.setdefault(finding.rule, finding.severity)
        counts.update({f.rule for f in attempt.report.findings})
    rules = [RuleCount(rule=rule, severity=severities[rule], learners=n)
             for rule, n in sorted(counts.items(),
                                   key=lambda kv: (-kv[1], SEVERITY_ORDER.get(
                                       severities[kv[0]], 9), kv[0]))]

    progress = [
        LearnerProgress(
            learner=names.get(learner_id, "Learner ?"), exercise_id=exercise_id,
            attempts=len(runs), first_findings=runs[0].findings,
            latest_findings=runs[-1].findings, first_ready=runs[0].ready,
            latest_ready=runs[-1].ready)
        for (learner_id, exercise_id), runs in sorted(
            groups.items(), key=lambda kv: (_number(learners, kv[0][0]), kv[0][1]))
    ]
    firsts = [runs[0] for runs in groups.values()]
    lasts = list(latest.values())
    checked_learners = {learner_id for (learner_id, _) in groups}
    ready_learners = {learner_id for (learner_id, _), a in latest.items() if a.ready}
    newest_first = sorted(lasts, key=lambda a: (a.created_at, a.id), reverse=True)
    return RoomSummary(
        room=room,
        joined=len(learners),
        checked=len(checked_learners),
        ready=len(ready_learners),
        attempts=len(attempts),
        per_exercise=per_exercise,
        rules=rules,
        progress=progress,
        first_findings_mean=_mean([a.findings for a in firsts]),
        latest_findings_mean=_mean([a.findings for a in lasts]),
        first_ready_share=_mean([float(a.ready) for a in firsts]),
        latest_ready_share=_mean([float(a.ready) for a in lasts]),
        latest=[LatestRewrite(learner=names.get(a.learner_id, "Learner ?"), attempt=a)
                for a in newest_first],
    )


def _mean(values: Sequence[float]) -> float | None:
    return round(mean(values), 2) if values else None


def _number(learners: Sequence[Learner], learner_id: int) -> int:
    return next((learner.number for learner in learners if learner.id == learner_id), 0)
