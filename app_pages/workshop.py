"""Run a workshop: create a room, put its join screen on the projector, follow the room live,
present one anonymised rewrite at a time, then close, export or delete the room.

Everything is computed by ``rapport.rooms``; this page only arranges it. The facilitator key
is shown once, right after creating the room; the room code alone never opens this page.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

import streamlit as st

from app_pages import components as ui
from app_pages import room_parts as parts
from rapport import feedback
from rapport.rooms import views
from rapport.rooms.keys import KeyThrottle
from rapport.rooms.models import Room, RoomSummary
from rapport.rooms.service import RoomError, RoomService
from rapport.rooms.store import StoreError

ROOM = "workshop_room"
NEW_KEY = "workshop_new_key"
THROTTLE = "workshop_key_throttle"
VIEW = "workshop_view"
PRESENTING = "workshop_presenting"
VIEWS = ["Join screen", "Dashboard", "Presenter view", "Close, export, delete"]


def now() -> datetime:
    return datetime.now(UTC)


# --- Opening a room ------------------------------------------------------------------------


def create_form(service: RoomService) -> None:
    titles = parts.exercise_titles()
    with st.form("create_room"):
        title = st.text_input("Title", placeholder="Career outreach workshop, 12 May",
                              max_chars=120)
        chosen = st.multiselect(
            "Exercises, in the order of the session", list(titles),
            format_func=titles.__getitem__,
            help="The learners see them in this order. Pick them one by one.")
        mode = st.radio(
            "Scenario", ["same", "own"], horizontal=True,
            format_func={"same": "Everyone gets the same scenario code",
                         "own": "Each learner gets their own"}.__getitem__,
            help="The same code makes the debrief easier (everyone wrote to the same "
            "person); their own code gives more variety.")
        code = st.text_input("Scenario code (optional)", max_chars=12,
                             help="Leave empty for a new one; used when everyone gets the "
                             "same scenario.")
        submitted = st.form_submit_button("Create the room", type="primary",
                                          icon=":material/add_circle:")
    st.caption(f"Rooms and everything learners write in them are deleted automatically "
               f"{service.retention} days after the room is created (set "
               "RAPPORT_RETENTION_DAYS to change it). You can delete a room earlier yourself.")
    if not submitted:
        return
    try:
        new = service.create_room(title, chosen, mode, code or None,
                                  known_exercises=set(titles))
    except RoomError as problem:
        st.warning(str(problem), icon=":material/edit_note:")
        return
    except StoreError as error:
        parts.store_problem(error)
        return
    st.session_state[ROOM] = new.room
    st.session_state[NEW_KEY] = new.facilitator_key
    st.session_state[VIEW] = "Join screen"
    st.rerun()


def reopen_form(service: RoomService) -> None:
    throttle: KeyThrottle = st.session_state.get(THROTTLE, KeyThrottle())
    with st.form("reopen_room"):
        code = st.text_input("Room code", max_chars=12)
        key = st.text_input("Facilitator key", type="password",
                            help="The long key you were shown once when you created the room.")
        submitted = st.form_submit_button("Open the dashboard", icon=":material/lock_open:")
    if not submitted:
        return
    wait = throttle.wait_seconds(now())
    if wait > 0:
        st.warning(f"Too many wrong keys from this browser: wait {wait:.0f} s and try again.",
                   icon=":material/hourglass_top:")
        return
    try:
        room = service.unlock(code, key)
    except RoomError as problem:
        st.session_state[THROTTLE] = throttle.failed(now())
        st.warning(str(problem), icon=":material/key_off:")
        return
    except StoreError as error:
        parts.store_problem(error)
        return
    st.session_state[THROTTLE] = throttle.succeeded()
    st.session_state[ROOM] = room
    st.session_state[VIEW] = "Dashboard"
    st.rerun()


# --- The views ---------------------------------------------------------------------------


def show_new_key(room: Room) -> None:
    key = st.session_state.get(NEW_KEY)
    if not key:
        return
    with st.container(border=True):
        st.markdown(f"**Room {room.code} is open.** Your facilitator key, shown only this once:")
        st.code(key, language=None)
        st.caption("Copy it somewhere safe: with the room code it reopens this dashboard from "
                   "another device. We keep only a hash of it, so nobody can show it again.")
        if st.button("I have saved the key", icon=":material/check:"):
            st.session_state.pop(NEW_KEY, None)
            st.rerun()


def join_screen(room: Room) -> None:
    url = views.join_url(room.code)
    if views.only_this_machine(url):
        st.warning("This address only works on this computer. To let the room join, stop the "
                   "app and start it with `make serve HOST=0.0.0.0` (or `rapport serve --host "
                   "0.0.0.0`): the join link and QR code will use this machine's network "
                   "address.", icon=":material/wifi_off:")
    col_text, col_qr = st.columns([3, 2], vertical_alignment="center")
    with col_text:
        ui.html(views.projector_html(room.code, url))
    with col_qr:
        ui.html(views.qr_html(url))
    scenario = (f"scenario {room.scenario_code} for everyone" if room.code_mode == "same"
                else "a scenario per learner")
    exercises = ", ".join(parts.exercise_title(e) for e in room.exercise_ids)
    parts.plain(f"{room.title} · {scenario} · exercises: {exercises}", "caption")


@st.fragment(run_every=parts.REFRESH_SECONDS)
def live_dashboard(service: RoomService, room: Room) -> None:
    try:
        summary = service.summary(room)
    except StoreError as error:
        parts.store_problem(error)
        return
    except RoomError as problem:
        st.warning(str(problem))
        return
    show_summary(summary)


def show_summary(summary: RoomSummary) -> None:
    st.caption(f"Updates by itself every {parts.REFRESH_SECONDS} s · last read "
               f"{datetime.now().strftime('%H:%M:%S')}")
    joined, checked, ready, tried = st.columns(4)
    joined.metric("Joined", summary.joined)
    checked.metric("Checked at least once", summary.checked)
    ready.metric("Ready to send", summary.ready)
    tried.metric("Attempts", summary.attempts)
    st.dataframe(
        [{"exercise": parts.exercise_title(p.exercise_id), "checked": p.checked,
          "ready": p.ready} for p in summary.per_exercise],
        hide_index=True, width="stretch")
    st.subheader("What the room still works on")
    st.caption("Each rule, and how many latest messages (one per learner and exercise) still "
               "have it. The names link to the rule's page in the course.")
    ui.html(views.findings_chart_html(summary.rules, len(summary.latest), parts.rule_title,
                                      parts.rule_url))
    line = views.progress_line(summary)
    if line:
        st.subheader("First attempt → latest attempt")
        st.markdown(line)
        st.dataframe(views.progress_rows(summary, parts.exercise_title), hide_index=True,
                     width="stretch")
    st.subheader("Latest rewrites")
    if not summary.latest:
        st.info("No attempts yet: learners appear here when they press Check.")
    for item in summary.latest[:8]:
        attempt = item.attempt
        verdict = "ready to send" if attempt.ready else f"{attempt.findings} findings"
        with st.container(border=True):
            st.markdown(f"**{item.learner}** · {parts.exercise_title(attempt.exercise_id)} · "
                        f"{verdict} · {attempt.created_at.astimezone():%H:%M:%S}")
            ui.html(feedback.build(attempt.message, attempt.report).text_html)


def presenter(service: RoomService, room: Room) -> None:
    try:
        summary = service.summary(room)
    except StoreError as error:
        parts.store_problem(error)
        return
    if not summary.latest:
        st.info("Nothing to present yet: the latest rewrites appear here once learners check.")
        return
    count = len(summary.latest)
    index = min(st.session_state.get(PRESENTING, 0), count - 1)
    col_prev, col_where, col_next = st.columns([1, 2, 1], vertical_alignment="center")
    if col_prev.button("Previous", icon=":material/arrow_back:", disabled=index == 0,
                       width="stretch"):
        index -= 1
    if col_next.button("Next", icon=":material/arrow_forward:", disabled=index >= count - 1,
                       width="stretch"):
        index += 1
    st.session_state[PRESENTING] = index
    col_where.markdown(f"Rewrite {index + 1} of {count}, newest first")
    item = summary.latest[index]
    attempt = item.attempt
    result = feedback.build(attempt.message, attempt.report)
    ui.html(f"<style>{views.CSS}</style><div class='room-presenter'>"
            f"<h2>{item.learner} · {html.escape(parts.exercise_title(attempt.exercise_id))}"
            f"</h2>{result.text_html}</div>")
    if result.ready:
        st.success(result.verdict, icon=":material/check_circle:")
    else:
        st.warning(result.verdict, icon=":material/error:")
    for severity, finding_views in result.groups.items():
        ui.html(feedback.group_html(severity, finding_views))
    if st.toggle("Reveal the model rewrite", key=f"model|{attempt.id}"):
        scenario = parts.scenario(attempt.exercise_id, attempt.scenario_code)
        if scenario is None:
            st.info("This exercise is no longer in the bank.")
        else:
            st.markdown("**A model rewrite**")
            ui.show_message(scenario.model)


def manage(service: RoomService, room: Room) -> None:
    status = service.status(room)
    if status:
        st.info(status, icon=":material/lock:")
    else:
        st.markdown("Closing stops new attempts; learners can still read their own work.")
        if st.button("Close the room", icon=":material/lock:"):
            try:
                st.session_state[ROOM] = service.close(room)
            except StoreError as error:
                parts.store_problem(error)
                return
            st.rerun()
    st.subheader("Export")
    try:
        csv_text = service.export_csv(room)
        markdown = service.export_markdown(room, exercise_title=parts.exercise_title,
                                           rule_url=parts.rule_url)
    except StoreError as error:
        parts.store_problem(error)
        return
    col_csv, col_md = st.columns(2)
    col_csv.download_button("Attempts (CSV)", csv_text, file_name=f"room-{room.code}.csv",
                            mime="text/csv", on_click="ignore", icon=":material/download:")
    col_md.download_button("Summary for the follow-up email (Markdown)", markdown,
                           file_name=f"room-{room.code}.md", mime="text/markdown",
                           on_click="ignore", icon=":material/download:")
    st.caption("The CSV has the learners' display names; the summary is anonymised.")
    st.subheader("Delete")
    st.markdown(f"Deletes the room and every attempt and draft in it, now. Otherwise it goes "
                f"by itself on {room.expires_at.astimezone():%Y-%m-%d}.")
    with st.form("delete_room"):
        typed = st.text_input(f"Type the room code ({room.code}) to confirm")
        confirmed = st.form_submit_button("Delete the room and all its data",
                                          icon=":material/delete_forever:")
    if confirmed:
        if typed.strip().upper() != room.code:
            st.warning("The code you typed is not this room's code; nothing was deleted.")
            return
        try:
            service.delete(room)
        except StoreError as error:
            parts.store_problem(error)
            return
        for key in (ROOM, NEW_KEY, PRESENTING):
            st.session_state.pop(key, None)
        st.session_state["workshop_deleted"] = room.code
        st.rerun()


# --- Page ----------------------------------------------------------------------------------


def main() -> None:
    st.title("Run a workshop")
    service = parts.service()
    if service is None:
        return
    deleted = st.session_state.pop("workshop_deleted", None)
    if deleted:
        st.success(f"Room {deleted} and all its data are deleted.", icon=":material/delete:")
    room: Room | None = st.session_state.get(ROOM)
    if room is None:
        st.caption("Open a room for your session: learners join it with a short code and "
                   "every Check they make is saved, so you can follow the room live and debrief "
                   "with real rewrites.")
        create, reopen = st.tabs(["Create a room", "Reopen a room"])
        with create:
            create_form(service)
        with reopen:
            reopen_form(service)
        return
    try:
        room = service.refresh(room)
    except RoomError as problem:
        st.session_state.pop(ROOM, None)
        st.warning(str(problem))
        return
    except StoreError as error:
        parts.store_problem(error)
        return
    st.session_state[ROOM] = room
    col_title, col_leave = st.columns([5, 1], vertical_alignment="bottom")
    with col_title:
        parts.plain(f"{room.title} · room {room.code}", "h3")
    if col_leave.button("Leave", icon=":material/logout:", help="Forget this room in this "
                        "browser (the key reopens it)."):
        for key in (ROOM, NEW_KEY, PRESENTING):
            st.session_state.pop(key, None)
        st.rerun()
    status = service.status(room)
    if status:
        st.info(status + " Learners can still read their own attempts until it is deleted.",
                icon=":material/lock:")
    show_new_key(room)
    ui.init(VIEW, "Join screen")
    view = st.segmented_control("View", VIEWS, key=VIEW, label_visibility="collapsed") or (
        "Dashboard")
    if view == "Join screen":
        join_screen(room)
    elif view == "Dashboard":
        live_dashboard(service, room)
    elif view == "Presenter view":
        presenter(service, room)
    else:
        manage(service, room)


ui.guarded(main)
