"""The room vocabulary: what the store keeps and the service hands to the pages."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from rapport.models import Channel, Frozen, Message, Relationship, Report

CodeMode = Literal["same", "own"]
"""Everyone in the room gets the room's scenario code ("same"), or their own ("own")."""


class Room(Frozen):
    id: int
    code: str
    title: str
    exercise_ids: list[str] = Field(min_length=1)
    code_mode: CodeMode
    scenario_code: str
    """The shared scenario code (used when code_mode is "same")."""
    created_at: datetime
    expires_at: datetime
    closed_at: datetime | None = None

    def is_closed(self) -> bool:
        return self.closed_at is not None

    def is_expired(self, now: datetime) -> bool:
        return now >= self.expires_at

    def accepts_attempts(self, now: datetime) -> bool:
        return not self.is_closed() and not self.is_expired(now)


class NewRoom(Frozen):
    """A room just created: the facilitator key appears here once and is never stored."""

    room: Room
    facilitator_key: str


class Learner(Frozen):
    id: int
    room_id: int
    number: int
    """1, 2, 3 ... in join order: "Learner 7" is how the room sees them anonymised."""
    display_name: str | None = None
    scenario_code: str
    joined_at: datetime

    @property
    def anonymous_name(self) -> str:
        return f"Learner {self.number}"

    @property
    def name(self) -> str:
        return self.display_name or self.anonymous_name


class JoinedLearner(Frozen):
    """A learner just joined: the private token appears here and in their URL only."""

    learner: Learner
    token: str
    room_code: str


class RoomAttempt(Frozen):
    id: int
    room_id: int
    learner_id: int
    exercise_id: str
    scenario_code: str
    channel: Channel
    relationship: Relationship
    subject: str | None = None
    body: str
    report: Report
    ready: bool
    created_at: datetime

    @property
    def message(self) -> Message:
        return Message(channel=self.channel, subject=self.subject, body=self.body)

    @property
    def findings(self) -> int:
        return len(self.report.findings)


class Draft(Frozen):
    exercise_id: str
    subject: str | None = None
    body: str
    updated_at: datetime


class ExerciseProgress(Frozen):
    exercise_id: str
    checked: int
    """Learners with at least one attempt on this exercise."""
    ready: int
    """Learners whose latest attempt on this exercise is ready to send."""


class LearnerProgress(Frozen):
    """First attempt -> latest attempt for one learner (anonymised) on one exercise."""

    learner: str
    exercise_id: str
    attempts: int
    first_findings: int
    latest_findings: int
    first_ready: bool
    latest_ready: bool


class RuleCount(Frozen):
    rule: str
    severity: str
    learners: int
    """How many latest attempts (one per learner and exercise) still have this finding."""


class LatestRewrite(Frozen):
    """A learner's latest attempt, anonymised: never carries the display name."""

    learner: str
    attempt: RoomAttempt


class RoomSummary(Frozen):
    room: Room
    joined: int
    checked: int
    ready: int
    attempts: int
    per_exercise: list[ExerciseProgress]
    rules: list[RuleCount]
    progress: list[LearnerProgress]
    first_findings_mean: float | None = None
    latest_findings_mean: float | None = None
    first_ready_share: float | None = None
    latest_ready_share: float | None = None
    latest: list[LatestRewrite]
    """Latest attempt per learner and exercise, newest first."""
