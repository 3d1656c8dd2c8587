"""The shared vocabulary: every part of rapport speaks in these models.

All models are frozen and reject unknown fields, so a typo in a data file or a
caller is an error, not a silently ignored value.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Channel = Literal["email", "linkedin", "slack", "text"]
Relationship = Literal["stranger", "acquaintance", "coworker", "former-colleague", "friend"]
Severity = Literal["error", "warning", "info"]
MessageField = Literal["body", "subject"]
WorkKind = Literal["talk", "article", "project", "podcast", "paper"]

CHANNELS: tuple[Channel, ...] = ("email", "linkedin", "slack", "text")
RELATIONSHIPS: tuple[Relationship, ...] = (
    "stranger",
    "acquaintance",
    "coworker",
    "former-colleague",
    "friend",
)
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
SEVERITY_ORDER: dict[Severity, int] = {s: i for i, s in enumerate(SEVERITIES)}
"""Most severe first: sort by it, or compare `<=` to mean 'at least as severe'."""
MUST_FIX: frozenset[Severity] = frozenset({"error", "warning"})
"""Severities that hold a message back from "ready to send"; "info" is advice."""

MAX_MESSAGE_CHARS = 10_000


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Message(Frozen):
    """An outreach message as the learner wrote it (offsets refer to these exact strings)."""

    channel: Channel = "email"
    subject: str | None = None
    body: str
    connection_note: bool = False
    """A LinkedIn connection-request note: LinkedIn counts it in characters (300, or 200 on a
    free account), where messages and InMail are judged in words."""


class Recipient(Frozen):
    """Who the message is for. Only the name is required."""

    name: str = Field(min_length=1)
    company: str | None = None
    role: str | None = None
    work: list[str] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)


class Finding(Frozen):
    """One problem in one place of the learner's text."""

    rule: str
    severity: Severity
    field: MessageField = "body"
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    message: str
    suggestion: str
    lesson: str
    replacement: str | None = None
    """Text that can replace `field[start:end]` to clear the finding, where one exists."""


class ToneStrategy(Frozen):
    """A politeness strategy found in the text, with the words that show it."""

    strategy: str
    label: str
    field: MessageField = "body"
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    direction: Literal["raises", "lowers"]
    weight: float


class Report(Frozen):
    findings: list[Finding] = Field(default_factory=list)
    scores: dict[str, float] = Field(default_factory=dict)
    ready: bool
    tone_label: str | None = None
    tone_strategies: list[ToneStrategy] = Field(default_factory=list)


class RuleExample(Frozen):
    """A rule's own example. In a bad example, the expected span is marked ⟦like this⟧."""

    text: str
    subject: str | None = None
    channel: Channel = "email"
    relationship: Relationship = "stranger"
    recipient: Recipient | None = None
    note: str | None = None


class RuleInfo(Frozen):
    id: str = Field(pattern=r"^[a-z]+(-[a-z]+)*$")
    severity: Severity
    title: str
    message: str
    why: str
    suggestion: str
    lesson: str
    source: str | None = None
    bad: list[RuleExample] = Field(min_length=2)
    good: list[RuleExample] = Field(min_length=2)


# --- Personas and exercises -------------------------------------------------------------


DetailKind = Literal["claim", "figure", "open-question"]


class WorkDetail(Frozen):
    """Something concrete a piece of work said, so a learner can refer to it.

    `text` is a clause that reads after "that" (a claim or a figure) or on its own as an
    embedded question ("whether ..."); `gist` is a short noun phrase for it ("that 38% drop in
    missed cases"); `follow_up` is a question a learner could ask about it.
    """

    kind: DetailKind
    text: str
    gist: str
    follow_up: str


DETAIL_LABELS: dict[DetailKind, str] = {
    "claim": "argues that {text}",
    "figure": "reports that {text}",
    "open-question": "leaves open {text}",
}


class Work(Frozen):
    """A recent piece of someone's work a learner could be genuinely curious about."""

    kind: WorkKind
    title: str
    topic: str
    year: int
    details: list[WorkDetail] = Field(default_factory=list, max_length=3)
    """What it argued, a surprising figure, a question it left open (recipients' work only)."""

    def described(self) -> str:
        """One line for a persona card: the work and what it said.

        'article “Notes on ...” (2025): argues that ...; reports that ...; leaves open whether ...'
        """
        line = f"{self.kind} “{self.title}” ({self.year})"
        said = "; ".join(DETAIL_LABELS[d.kind].format(text=d.text) for d in self.details)
        return f"{line}: {said}" if said else line


class Persona(Frozen):
    code: str
    full_name: str
    first_name: str
    last_name: str
    pronouns: str
    locale: str
    city: str
    country: str
    timezone: str
    role: str
    seniority: str
    company: str
    industry: str
    work: list[Work] = Field(min_length=1, max_length=3)
    topics: list[str] = Field(min_length=1)
    preferred_channel: Channel
    situation: str

    def to_recipient(self) -> Recipient:
        return Recipient(
            name=self.full_name,
            company=self.company,
            role=self.role,
            work=[w.title for w in self.work],
            topics=list(self.topics),
        )


class RoleCard(Frozen):
    """The learner's side of a scenario: who they are and why they are writing."""

    name: str
    first_name: str
    role: str
    curious_about: str
    situation: str


class MessageTemplate(Frozen):
    """A message with `{recipient.first_name}`-style fields, filled per persona."""

    subject: str | None = None
    body: str = Field(min_length=1)


class Exercise(Frozen):
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    title: str
    lesson: str = Field(pattern=r"^lessons/\d\d-[a-z0-9-]+\.md$")
    channel: Channel
    connection_note: bool = False
    """A LinkedIn connection-request note: checked in characters, as LinkedIn counts it."""
    relationship: Relationship
    difficulty: int = Field(ge=1, le=3)
    minutes: int = Field(ge=1, le=60)
    situation: str
    original: MessageTemplate
    flaws: list[str] = Field(min_length=1)
    model: MessageTemplate
    hints: list[str] = Field(min_length=2, max_length=3)
    discussion: list[str] = Field(min_length=1)
