"""Join a workshop: a learner joins a room by its code (or the QR link), practises the room's
exercises, and every Check is saved in the room.

The page's URL carries the learner's private token (``?room=CODE&learner=TOKEN``): reloading,
losing the connection or opening the link on another device brings back their attempts and
their current draft, which is saved each time the text box loses focus and on every Check.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

import streamlit as st

from app_pages import components as ui
from app_pages import room_parts as parts
from rapport import feedback, render
from rapport.exercises import Scenario
from rapport.models import Message
from rapport.rooms import views
from rapport.rooms.models import Learner, Room, RoomAttempt
from rapport.rooms.service import RoomError, RoomService
from rapport.rooms.store import StoreError

EXERCISE = "keep_room_exercise"
SAVED = "room_saved_note"


# --- Joining -----------------------------------------------------------------------------


def join_form(service: RoomService) -> str | None:
    """The join form; the new learner's private token once they have joined."""
    st.caption("Your facilitator shows a room code on the screen. No account, no email: "
               "a display name is optional.")
    with st.form("join_room"):
        code = st.text_input("Room code", value=st.query_params.get("room", ""), max_chars=12)
        name = st.text_input("Display name (optional)", max_chars=40,
                             help="Only your facilitator sees it. Leave it empty to be "
                             "\"Learner N\".")
        submitted = st.form_submit_button("Join", type="primary", icon=":material/login:")
    if not submitted:
        return None
    try:
        joined = service.join(code, name)
    except RoomError as problem:
        st.warning(str(problem), icon=":material/meeting_room:")
        return None
    except StoreError as error:
        parts.store_problem(error)
        return None
    st.query_params["room"] = joined.room_code
    st.query_params["learner"] = joined.token
    return joined.token


# --- Practising in the room ----------------------------------------------------------------


def text_keys(learner: Learner, exercise_id: str) -> tuple[str, str]:
    base = f"keep_room|{learner.id}|{exercise_id}"
    return f"{base}|subject", f"{base}|body"


def save_draft(service: RoomService, learner: Learner, exercise_id: str, email: bool) -> None:
    subject_key, body_key = text_keys(learner, exercise_id)
    subject = st.session_state.get(subject_key) if email else None
    try:
        service.save_draft(learner, exercise_id, subject, st.session_state.get(body_key, ""))
    except StoreError:
        st.session_state[SAVED] = ("draft-failed", exercise_id, None)
        return
    st.session_state[SAVED] = ("draft", exercise_id, datetime.now().strftime("%H:%M:%S"))


def attempt_key(learner: Learner, exercise_id: str, message: Message,
                mine: list[RoomAttempt]) -> str:
    """Same text, same moment (a resent Check) -> the same key: stored once, never twice."""
    last = mine[-1].id if mine else 0
    raw = "\x1f".join((str(learner.id), exercise_id, message.subject or "", message.body,
                       str(last)))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:40]


def rewrite(service: RoomService, learner: Learner, room: Room, scenario: Scenario,
            mine: list[RoomAttempt]) -> None:
    exercise = scenario.exercise
    subject_key, body_key = text_keys(learner, exercise.id)
    email = exercise.channel == "email"
    if body_key not in st.session_state:
        try:
            draft = service.drafts(learner).get(exercise.id)
        except StoreError:
            draft = None
        ours = [a for a in mine if a.exercise_id == exercise.id]
        latest = draft or (ours[-1] if ours else None)
        st.session_state[body_key] = latest.body if latest else scenario.original.body
        if email:
            st.session_state[subject_key] = (
                (latest.subject if latest else scenario.original.subject) or "")
    st.markdown("**Your rewrite**")
    on_change = {"on_change": save_draft, "args": (service, learner, exercise.id, email)}
    subject = st.text_input("Subject", key=subject_key, **on_change) if email else None
    body = st.text_area("Message", key=body_key, height=220, **on_change)
    closed = service.status(room)
    col_check, col_note = st.columns([1, 4], vertical_alignment="center")
    pressed = col_check.button("Check", type="primary", icon=":material/fact_check:",
                               disabled=closed is not None, key=f"check|{exercise.id}")
    note = st.session_state.get(SAVED)
    if pressed:
        message = Message(channel=exercise.channel, subject=subject, body=body,
                          connection_note=exercise.connection_note)
        check_and_save(service, learner, scenario, message, mine)
        return
    if note and note[1] == exercise.id:
        if note[0] == "draft":
            col_note.caption(f"Draft saved at {note[2]}.")
        elif note[0] == "draft-failed":
            col_note.caption("Draft not saved (the database did not answer); your text is "
                             "still in the box.")


def check_and_save(service: RoomService, learner: Learner, scenario: Scenario,
                   message: Message, mine: list[RoomAttempt]) -> None:
    exercise = scenario.exercise
    report = ui.run_check(message, scenario.recipient.to_recipient(), exercise.relationship)
    if report is None:
        return
    key = attempt_key(learner, exercise.id, message, mine)
    try:
        # (The text box's on_change has already saved this text as the draft.)
        stored = service.record_attempt(learner, key, exercise.id, message,
                                        exercise.relationship, report)
    except RoomError as problem:
        st.warning(str(problem), icon=":material/lock:")
        ui.show_feedback(feedback.build(message, report))
        return
    except StoreError as error:
        st.error(f"Not saved: {error} Your text is still in the box: press Check again.",
                 icon=":material/cloud_off:")
        ui.show_feedback(feedback.build(message, report))
        return
    if stored.id not in {a.id for a in mine}:
        mine.append(stored)
    st.session_state[SAVED] = ("attempt", exercise.id, stored.created_at.astimezone()
                               .strftime("%H:%M:%S"))
    st.success(f"Saved: attempt {sum(a.exercise_id == exercise.id for a in mine)} on this "
               f"exercise is stored in the room ({st.session_state[SAVED][2]}).",
               icon=":material/cloud_done:")


def show_scenario(scenario: Scenario) -> None:
    exercise = scenario.exercise
    st.subheader(exercise.title)
    st.caption(f"{feedback.lesson_title(exercise.lesson)} · {exercise.channel} · to a "
               f"{exercise.relationship} · about {exercise.minutes} min · scenario "
               f"{scenario.code}")
    ui.scenario_brief(scenario)
    with st.expander("Hints"):
        ui.html(render.notes_html(
            [("good", f"Hint {i}", hint) for i, hint in enumerate(scenario.hints, 1)]))


def show_latest(scenario: Scenario, ours: list[RoomAttempt]) -> None:
    if not ours:
        return
    latest = ours[-1]
    ui.show_feedback(feedback.build(latest.message, latest.report),
                     heading=f"Feedback on attempt {len(ours)}")
    if st.toggle("Show the model rewrite", key=f"room_model|{scenario.exercise.id}"):
        ui.beside_the_model(latest.message, scenario.model)


def show_my_attempts(mine: list[RoomAttempt]) -> None:
    if not mine:
        return
    st.subheader("Your attempts in this room")
    st.dataframe(
        [{"#": i, "time": a.created_at.astimezone().strftime("%H:%M:%S"),
          "exercise": parts.exercise_title(a.exercise_id),
          "ready": "yes" if a.ready else "no", "findings": a.findings}
         for i, a in reversed(list(enumerate(mine, 1)))],
        hide_index=True, width="stretch")


def practise(service: RoomService, learner: Learner, room: Room, token: str) -> None:
    parts.plain(f"{room.title} · room {room.code}", "h3")
    parts.plain(f"You are {learner.name}. Keep this page's address private and bookmark it: "
                "it brings back your work on any device.", "caption")
    with st.popover("My private link", icon=":material/key:"):
        st.caption("Anyone with this link can read and continue your work in this room.")
        st.code(views.join_url(room.code, token), language=None)
    problem = service.status(room)
    if problem:
        st.info(problem + " You can still read your own attempts.", icon=":material/lock:")
    try:
        mine = service.my_attempts(learner)
    except StoreError as error:
        parts.store_problem(error)
        return
    ids = room.exercise_ids
    if st.session_state.get(EXERCISE) not in ids:
        st.session_state[EXERCISE] = ids[0]
    if len(ids) > 1:
        st.radio("Exercise", ids, key=EXERCISE, horizontal=True,
                 format_func=lambda e: f"{ids.index(e) + 1}. {parts.exercise_title(e)}")
    scenario = parts.scenario(st.session_state[EXERCISE], learner.scenario_code)
    if scenario is None:
        st.warning("This exercise is no longer in the exercise bank; ask your facilitator.")
        show_my_attempts(mine)
        return
    show_scenario(scenario)
    rewrite(service, learner, room, scenario, mine)
    show_latest(scenario, [a for a in mine if a.exercise_id == scenario.exercise.id])
    show_my_attempts(mine)


# --- Page ----------------------------------------------------------------------------------


def main() -> None:
    st.title("Join a workshop")
    service = parts.service()
    if service is None:
        return
    token = st.query_params.get("learner", "")
    if token:
        try:
            learner, room = service.learner(token)
        except RoomError as problem:
            st.warning(str(problem), icon=":material/link_off:")
            del st.query_params["learner"]
            token = ""
        except StoreError as error:
            parts.store_problem(error)
            return
    if not token:
        token = join_form(service) or ""
        if not token:
            return
        learner, room = service.learner(token)  # just joined: practise in this same run
    practise(service, learner, room, token)


ui.guarded(main)
