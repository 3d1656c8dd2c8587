"""What a learner has on the go: drafts, the feedback on each, attempts and hints shown.

One :class:`Workspace` per learner session is the single place the practice app keeps
anything a learner typed or earned. Pages read a draft from it to fill their text boxes,
write the boxes back after every run, and record each Check here. Nothing in this module
knows about Streamlit.

Drafts are keyed by where they were written (:func:`practice_key`, :data:`OWN`), so each
exercise and scenario code keeps its own draft and coming back to a page, an exercise or a
code restores it.

Storage elsewhere (a workshop room's database) plugs in as a :class:`Listener`: it is told
about every changed draft and every recorded attempt, and can fill a new workspace with
:meth:`Workspace.restore`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from rapport import attempts, feedback
from rapport.attempts import Attempt
from rapport.feedback import Feedback
from rapport.intention import Answers
from rapport.models import Channel, Frozen, Message, Relationship, Report

__all__ = ["OWN", "Draft", "Listener", "Workspace", "practice_key"]

OWN = "own"
"""The key of the "Check your own message" draft."""


def practice_key(exercise_id: str, code: str) -> str:
    """The key of the draft for one exercise and scenario code."""
    return f"practice|{exercise_id}|{code}"


class Draft(Frozen):
    """The text in one page's boxes, checked or not."""

    channel: Channel = "email"
    relationship: Relationship = "stranger"
    subject: str | None = None
    body: str = ""
    recipient_name: str = ""
    recipient_work: str = ""
    connection_note: bool = False

    def message(self) -> Message:
        subject = (self.subject or "") if self.channel == "email" else None
        return Message(channel=self.channel, subject=subject, body=self.body,
                       connection_note=self.channel == "linkedin" and self.connection_note)


class Listener(Protocol):
    """Somewhere else that keeps a learner's work (a room's database, for instance)."""

    def draft_saved(self, key: str, draft: Draft) -> None: ...

    def attempt_recorded(self, key: str, attempt: Attempt, report: Report) -> None: ...


@dataclass
class Workspace:
    drafts: dict[str, Draft] = field(default_factory=dict)
    results: dict[str, Feedback] = field(default_factory=dict)
    checked: dict[str, Draft] = field(default_factory=dict)
    """The draft as it was at its last Check (text, channel, relationship, recipient)."""
    history: tuple[Attempt, ...] = ()
    hints: dict[str, int] = field(default_factory=dict)
    answers: Answers | None = None
    """The intention check's answers, reflected on or not."""
    listeners: list[Listener] = field(default_factory=list)

    # --- drafts ------------------------------------------------------------------------

    def draft(self, key: str, default: Draft) -> Draft:
        """The draft under `key`, or `default` (for a practice scenario: the weak message)."""
        return self.drafts.get(key, default)

    def save_draft(self, key: str, draft: Draft) -> bool:
        """Keep `draft` under `key`; True when it changed (listeners hear only of changes)."""
        if self.drafts.get(key) == draft:
            return False
        self.drafts[key] = draft
        for listener in self.listeners:
            listener.draft_saved(key, draft)
        return True

    def edited(self, key: str, original: Draft) -> bool:
        """Has the learner changed the draft under `key` from what it started as?"""
        kept = self.drafts.get(key)
        return kept is not None and kept.message() != original.message()

    def unchecked_changes(self, key: str, original: Draft) -> bool:
        """Edited, and the edits have not all been checked."""
        if not self.edited(key, original):
            return False
        return key not in self.results or self.is_stale(key)

    def is_stale(self, key: str) -> bool:
        """Has anything the check depends on changed since the last Check under `key`?"""
        result = self.results.get(key)
        if result is None:
            return False
        draft = self.drafts.get(key)
        if draft is None:
            return False
        checked = self.checked.get(key)
        if checked is not None:
            return checked != draft
        return result.is_stale(draft.message())

    # --- checks ------------------------------------------------------------------------

    def record(
        self,
        key: str,
        message: Message,
        report: Report,
        *,
        checked_at: datetime,
        exercise_id: str | None = None,
        exercise_title: str | None = None,
        code: str | None = None,
    ) -> Feedback:
        """One Check: the feedback to show, and an attempt in the history.

        The draft under `key` (saved before the Check) is remembered as the one checked.
        """
        result = feedback.build(message, report)
        attempt = attempts.make(
            len(self.history) + 1 if not self.history else self.history[-1].number + 1,
            message, report, checked_at=checked_at, exercise_id=exercise_id,
            exercise_title=exercise_title, code=code)
        self.results[key] = result
        draft = self.drafts.get(key)
        if draft is not None and draft.message() == message:
            self.checked[key] = draft
        else:
            self.checked.pop(key, None)
        self.history = attempts.add(self.history, attempt)
        for listener in self.listeners:
            listener.attempt_recorded(key, attempt, report)
        return result

    def result(self, key: str) -> Feedback | None:
        return self.results.get(key)

    def forget_result(self, key: str) -> None:
        self.results.pop(key, None)
        self.checked.pop(key, None)

    # --- hints -------------------------------------------------------------------------

    def hints_shown(self, key: str) -> int:
        return self.hints.get(key, 0)

    def show_hint(self, key: str) -> int:
        self.hints[key] = self.hints.get(key, 0) + 1
        return self.hints[key]

    # --- storage elsewhere -------------------------------------------------------------

    def restore(self, drafts: dict[str, Draft], history: Iterable[Attempt]) -> None:
        """Fill the workspace from storage (listeners are not told: it came from them)."""
        self.drafts.update(drafts)
        self.history = tuple(history)
