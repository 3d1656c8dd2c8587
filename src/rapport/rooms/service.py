"""The room rules, between the app pages and the store.

A facilitator creates a room (and sees its key once), unlocks it again with the key, reads
its summary, closes, exports or deletes it. A learner joins with the room code, comes back
with their private token, and records attempts. Every method that changes something returns
only after the store has committed, so "Saved" can be said truthfully.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Collection, Mapping
from datetime import UTC, datetime, timedelta

from rapport import personas
from rapport.models import Message, Relationship, Report
from rapport.rooms import exports, keys
from rapport.rooms.models import (
    CodeMode,
    Draft,
    JoinedLearner,
    Learner,
    NewRoom,
    Room,
    RoomAttempt,
    RoomSummary,
)
from rapport.rooms.store import Conflict, Store
from rapport.rooms.summary import summarise

RETENTION_ENV = "RAPPORT_RETENTION_DAYS"
DEFAULT_RETENTION_DAYS = 30
MAX_TITLE = 120
MAX_DISPLAY_NAME = 40
MAX_EXERCISES = 12
RETRIES = 8
_ATTEMPT_KEY_RE = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


class RoomError(Exception):
    """A problem the person in front of the screen can act on; the message says what to do."""


class RoomNotFound(RoomError):
    pass


class WrongKey(RoomError):
    pass


class RoomClosed(RoomError):
    pass


class UnknownLearner(RoomError):
    pass


def retention_days(environ: Mapping[str, str] | None = None) -> int:
    env = os.environ if environ is None else environ
    raw = (env.get(RETENTION_ENV) or "").strip()
    if not raw:
        return DEFAULT_RETENTION_DAYS
    try:
        days = int(raw)
    except ValueError:
        raise RoomError(f"{RETENTION_ENV} must be a whole number of days, not {raw!r}.") from None
    if not 1 <= days <= 3650:
        raise RoomError(f"{RETENTION_ENV} must be between 1 and 3650 days, not {days}.")
    return days


def normalize_room_code(text: str) -> str:
    """A room code is read aloud like a scenario code: same alphabet, same forgiving rules."""
    try:
        return personas.normalize_code(text)
    except personas.InvalidCode as problem:
        raise RoomNotFound(str(problem).replace("scenario code", "room code")) from None


def _utcnow() -> datetime:
    return datetime.now(UTC)


class RoomService:
    def __init__(self, store: Store, *, retention: int | None = None,
                 now: Callable[[], datetime] = _utcnow) -> None:
        self.store = store
        self.retention = retention if retention is not None else retention_days()
        self.now = now

    # --- facilitator ------------------------------------------------------------------

    def create_room(self, title: str, exercise_ids: list[str], code_mode: CodeMode = "same",
                    scenario_code: str | None = None,
                    known_exercises: Collection[str] | None = None) -> NewRoom:
        title = " ".join(title.split())
        if not title:
            raise RoomError("Give the room a title, for example the name of your workshop.")
        if len(title) > MAX_TITLE:
            raise RoomError(f"The title is {len(title)} characters; keep it under {MAX_TITLE}.")
        if not exercise_ids:
            raise RoomError("Pick at least one exercise for the room.")
        if len(exercise_ids) > MAX_EXERCISES:
            raise RoomError(f"Pick at most {MAX_EXERCISES} exercises for one room.")
        if len(set(exercise_ids)) != len(exercise_ids):
            raise RoomError("Each exercise can appear only once in a room.")
        unknown = [e for e in exercise_ids if known_exercises is not None
                   and e not in known_exercises]
        if unknown:
            raise RoomError(f"These exercises are not in the bank: {', '.join(unknown)}.")
        if code_mode not in ("same", "own"):
            raise RoomError("Choose whether everyone gets the same scenario or their own.")
        shared = personas.new_code()
        if scenario_code:
            try:
                shared = personas.normalize_code(scenario_code)
            except personas.InvalidCode as problem:
                raise RoomError(str(problem)) from None
        self.expire()
        key = keys.new_key()
        now = self.now()
        for _ in range(RETRIES):
            try:
                room = self.store.insert_room(
                    code=personas.new_code(), title=title, exercise_ids=list(exercise_ids),
                    code_mode=code_mode, scenario_code=shared, key_hash=keys.digest(key),
                    created_at=now, expires_at=now + timedelta(days=self.retention))
                return NewRoom(room=room, facilitator_key=key)
            except Conflict:
                continue  # that room code is taken: draw another
        raise RoomError("Could not find a free room code; try again.")

    def unlock(self, code: str, key: str) -> Room:
        """The room, for its facilitator. The code alone never opens it."""
        found = self.store.room_by_code(normalize_room_code(code))
        if not key.strip():
            raise WrongKey("Type the facilitator key you were shown when the room was created.")
        if found is None or not keys.matches(key, found[1]):
            raise WrongKey("That room code and facilitator key do not match a room. Check both "
                           "and try again (the key is case-sensitive).")
        return found[0]

    def refresh(self, room: Room) -> Room:
        current = self.store.room(room.id)
        if current is None:
            raise RoomNotFound("This room has been deleted.")
        return current

    def summary(self, room: Room) -> RoomSummary:
        room = self.refresh(room)
        return summarise(room, self.store.learners(room.id), self.store.attempts(room.id))

    def close(self, room: Room) -> Room:
        self.store.close_room(room.id, self.now())
        return self.refresh(room)

    def delete(self, room: Room) -> None:
        self.store.delete_room(room.id)

    def expire(self) -> int:
        """Delete every room past its retention period, with all its data."""
        return self.store.delete_expired(self.now())

    def export_csv(self, room: Room) -> str:
        return exports.attempts_csv(room.code, self.store.learners(room.id),
                                    self.store.attempts(room.id))

    def export_markdown(self, room: Room, *, exercise_title: Callable[[str], str],
                        rule_url: Callable[[str], str]) -> str:
        return exports.summary_markdown(self.summary(room), exercise_title=exercise_title,
                                        rule_url=rule_url)

    # --- learners -----------------------------------------------------------------------

    def find_room(self, code: str) -> Room:
        found = self.store.room_by_code(normalize_room_code(code))
        if found is None:
            raise RoomNotFound(f"There is no room {code.strip().upper()}. Check the code on "
                               "the projector (letters and digits, no 0, O, 1, I or L).")
        return found[0]

    def status(self, room: Room) -> str | None:
        """Why a room takes no more attempts, or None while it is open."""
        if room.is_closed():
            return "This room is closed: the facilitator has ended the session."
        if room.is_expired(self.now()):
            return "This room has expired: its retention period is over."
        return None

    def join(self, code: str, display_name: str | None = None) -> JoinedLearner:
        room = self.find_room(code)
        problem = self.status(room)
        if problem:
            raise RoomClosed(problem + " Ask your facilitator for the new room code.")
        name = " ".join((display_name or "").split()) or None
        if name and len(name) > MAX_DISPLAY_NAME:
            raise RoomError(f"Keep the display name under {MAX_DISPLAY_NAME} characters.")
        scenario = room.scenario_code if room.code_mode == "same" else personas.new_code()
        for _ in range(RETRIES):
            token = keys.new_token()
            try:
                learner = self.store.insert_learner(
                    room_id=room.id, display_name=name, token_hash=keys.digest(token),
                    scenario_code=scenario, joined_at=self.now())
                return JoinedLearner(learner=learner, token=token, room_code=room.code)
            except Conflict:
                continue  # someone joined at the same instant and took the number
        raise RoomError("The room is busy; try joining again.")

    def learner(self, token: str) -> tuple[Learner, Room]:
        """The learner a private token belongs to, and their room."""
        learner = self.store.learner_by_token_hash(keys.digest(token)) if token else None
        room = self.store.room(learner.room_id) if learner else None
        if learner is None or room is None:
            raise UnknownLearner("This learner link is not valid (or its room was deleted). "
                                 "Join again with the room code.")
        return learner, room

    def record_attempt(self, learner: Learner, attempt_key: str, exercise_id: str,
                       message: Message, relationship: Relationship,
                       report: Report) -> RoomAttempt:
        """Store one checked message; the same attempt_key twice is stored once."""
        room = self.store.room(learner.room_id)
        if room is None:
            raise RoomNotFound("This room has been deleted.")
        problem = self.status(room)
        if problem:
            raise RoomClosed(problem + " Your attempt was not saved; your earlier ones are "
                             "still here.")
        if exercise_id not in room.exercise_ids:
            raise RoomError("This exercise is not part of the room.")
        if not _ATTEMPT_KEY_RE.match(attempt_key):
            raise RoomError("Invalid attempt key.")
        return self.store.insert_attempt(
            room_id=room.id, learner_id=learner.id, attempt_key=attempt_key,
            exercise_id=exercise_id, scenario_code=learner.scenario_code,
            channel=message.channel, relationship=relationship, subject=message.subject,
            body=message.body, report=report, created_at=self.now())

    def my_attempts(self, learner: Learner) -> list[RoomAttempt]:
        return self.store.attempts(learner.room_id, learner_id=learner.id)

    def save_draft(self, learner: Learner, exercise_id: str, subject: str | None,
                   body: str) -> None:
        self.store.save_draft(learner_id=learner.id, exercise_id=exercise_id,
                              subject=subject, body=body, at=self.now())

    def drafts(self, learner: Learner) -> dict[str, Draft]:
        return self.store.drafts(learner.id)
