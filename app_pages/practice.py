"""Practice: rewrite an exercise's weak message for a generated persona and get feedback.

The URL ``?exercise=ID&code=CODE`` reopens exactly one scenario, so a facilitator can share
it; the page keeps the URL in step when the learner changes exercise or code.
"""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from app_pages import components as ui
from rapport import attempts, feedback, render
from rapport.exercises import Bank, Scenario
from rapport.exercises import render as render_scenario
from rapport.models import CHANNELS, Exercise, Message
from rapport.personas import InvalidCode, new_code, normalize_code
from rapport.workspace import Draft, practice_key

ALL = "all"
EXERCISE = "keep_practice_exercise"
CODE = "keep_practice_code"
CODE_INPUT = "keep_practice_code_input"
FILTERS = {"lesson": "keep_filter_lesson", "channel": "keep_filter_channel",
           "difficulty": "keep_filter_difficulty"}
APPLIED_QUERY = "practice_applied_query"
CONFIRM_NEW_CODE = "practice_confirm_new_code"
# (exercise id, code) of a scenario whose edited draft the learner just moved away from.
LEFT_BEHIND = "practice_left_behind"
SHOWN = "practice_shown"
MESSAGE_ANCHOR = "rapport-message"
DIFFICULTY = {1: "1 · gentle", 2: "2 · moderate", 3: "3 · tricky"}


# --- State and the URL ---------------------------------------------------------------------


def apply_query_params(bank: Bank) -> None:
    """Open the scenario named in the URL, once per distinct URL (a shared link)."""
    wanted = (st.query_params.get("exercise"), st.query_params.get("code"))
    if st.session_state.get(APPLIED_QUERY) == wanted:
        return
    st.session_state[APPLIED_QUERY] = wanted
    exercise_id, code = wanted
    if exercise_id:
        try:
            bank.get(exercise_id)
        except KeyError as problem:
            st.warning(f"This link names an exercise we don't have. {problem.args[0]}",
                       icon=":material/link_off:")
        else:
            st.session_state[EXERCISE] = exercise_id
            for key in FILTERS.values():
                st.session_state[key] = ALL
    if code:
        try:
            set_code(normalize_code(code))
        except InvalidCode as problem:
            st.warning(f"The scenario code in this link doesn't work: {problem}",
                       icon=":material/link_off:")


def set_code(code: str) -> None:
    st.session_state[CODE] = code
    st.session_state[CODE_INPUT] = code


def on_code_typed() -> None:
    try:
        set_code(normalize_code(st.session_state[CODE_INPUT]))
        st.session_state.pop("practice_code_problem", None)
    except InvalidCode as problem:
        st.session_state["practice_code_problem"] = str(problem)


def on_new_code() -> None:
    """A new code, unless the current draft has unchecked edits: then ask first."""
    shown = st.session_state.get(SHOWN)
    if shown is not None and st.session_state.get(CONFIRM_NEW_CODE) is None:
        exercise_id, code, edited = shown
        if edited:
            st.session_state[CONFIRM_NEW_CODE] = (exercise_id, code)
            return
    confirm_new_code()


def confirm_new_code() -> None:
    st.session_state.pop(CONFIRM_NEW_CODE, None)
    set_code(new_code())
    st.session_state.pop("practice_code_problem", None)


def cancel_new_code() -> None:
    st.session_state.pop(CONFIRM_NEW_CODE, None)


def go_back(exercise_id: str, code: str) -> None:
    st.session_state[EXERCISE] = exercise_id
    for key in FILTERS.values():
        st.session_state[key] = ALL
    set_code(code)
    st.session_state.pop(LEFT_BEHIND, None)


def sync_query_params(exercise: Exercise, code: str) -> None:
    if st.query_params.get("exercise") != exercise.id or st.query_params.get("code") != code:
        st.query_params["exercise"] = exercise.id
        st.query_params["code"] = code
    st.session_state[APPLIED_QUERY] = (exercise.id, code)


# --- Choosing a scenario -----------------------------------------------------------------


def choose_exercise(bank: Bank) -> Exercise | None:
    lessons = sorted(bank.by_lesson())
    channels = [c for c in CHANNELS if any(e.channel == c for e in bank.exercises)]
    for key in FILTERS.values():
        ui.init(key, ALL)
    col_lesson, col_channel, col_difficulty = st.columns([3, 1, 1])
    lesson = col_lesson.selectbox(
        "Lesson", [ALL, *lessons], key=FILTERS["lesson"],
        format_func=lambda x: "All lessons" if x == ALL else feedback.lesson_title(x))
    channel = col_channel.selectbox(
        "Channel", [ALL, *channels], key=FILTERS["channel"],
        format_func=lambda x: "Any channel" if x == ALL else x)
    difficulty = col_difficulty.selectbox(
        "Difficulty", [ALL, 1, 2, 3], key=FILTERS["difficulty"],
        format_func=lambda x: "Any" if x == ALL else DIFFICULTY[x])
    options = ui.filter_exercises(
        bank.exercises,
        lesson=None if lesson == ALL else lesson,
        channel=None if channel == ALL else channel,
        difficulty=None if difficulty == ALL else difficulty,
    )
    if not options:
        st.info("No exercise matches these filters: widen them to see more.")
        return None
    ids = [e.id for e in options]
    titles = {e.id: e.title for e in options}
    if st.session_state.get(EXERCISE) not in ids:
        st.session_state[EXERCISE] = ids[0]
    col_pick, col_surprise = st.columns([4, 1], vertical_alignment="bottom")
    chosen = col_pick.selectbox("Exercise", ids, key=EXERCISE, format_func=titles.__getitem__)
    col_surprise.button("Surprise me", icon=":material/casino:", width="stretch",
                        on_click=_surprise, args=(ids,))
    return bank.get(chosen)


def _surprise(ids: list[str]) -> None:
    st.session_state[EXERCISE] = ui.surprise(ids, st.session_state.get(EXERCISE))


def choose_code() -> str:
    if CODE not in st.session_state:
        set_code(new_code())
    ui.init(CODE_INPUT, st.session_state[CODE])
    col_code, col_new = st.columns([4, 1], vertical_alignment="bottom")
    col_code.text_input(
        "Scenario code", key=CODE_INPUT, on_change=on_code_typed, max_chars=12,
        help="Five characters that pick the people in the scenario. Share the page's URL "
        "(or the code) so others get the same people.")
    col_new.button("New code", icon=":material/refresh:", on_click=on_new_code,
                   width="stretch")
    problem = st.session_state.get("practice_code_problem")
    if problem:
        st.warning(f"{problem} Still showing scenario {st.session_state[CODE]}.",
                   icon=":material/pin:")
    pending = st.session_state.get(CONFIRM_NEW_CODE)
    if pending is not None:
        ask_before_new_code(pending[1])
    return st.session_state[CODE]


def ask_before_new_code(code: str) -> None:
    with st.container(border=True):
        st.markdown(f"**Start a new scenario?** Your rewrite for scenario {code} has changes "
                    "you haven't checked. It stays saved under that code, and you can come "
                    "back to it, but a new code brings different people.")
        col_yes, col_no = st.columns(2)
        col_yes.button("Yes, a new scenario", on_click=confirm_new_code, width="stretch",
                       icon=":material/refresh:")
        col_no.button(f"Stay on {code}", on_click=cancel_new_code, width="stretch",
                      type="primary")


def note_left_behind(exercise: Exercise, code: str) -> None:
    """Remember the scenario on show; if the learner moved away from edits, offer a way back."""
    shown = st.session_state.get(SHOWN)
    if shown is not None and shown[:2] != (exercise.id, code) and shown[2]:
        st.session_state[LEFT_BEHIND] = shown[:2]
    behind = st.session_state.get(LEFT_BEHIND)
    if behind is None or behind == (exercise.id, code):
        st.session_state.pop(LEFT_BEHIND, None)
        return
    exercise_id, old_code = behind
    col_note, col_back = st.columns([4, 1], vertical_alignment="center")
    col_note.info(f"Your rewrite for scenario {old_code} is saved. Come back to it any time "
                  "with that code, or with the button.", icon=":material/save:")
    col_back.button(f"Back to {old_code}", on_click=go_back, args=(exercise_id, old_code),
                    icon=":material/undo:", width="stretch")


# --- The scenario ------------------------------------------------------------------------


def show_scenario(scenario: Scenario) -> None:
    exercise = scenario.exercise
    st.subheader(exercise.title)
    st.caption(
        f"{feedback.lesson_title(exercise.lesson)} · {exercise.channel} · to a "
        f"{exercise.relationship} · difficulty {exercise.difficulty} · about "
        f"{exercise.minutes} min · scenario {scenario.code}"
    )
    col_lesson, col_share = st.columns([1, 3], vertical_alignment="center")
    col_lesson.link_button("The lesson", feedback.lesson_url(exercise.lesson),
                           icon=":material/menu_book:")
    with col_share.popover("Share this scenario", icon=":material/share:"):
        st.caption("Anyone who opens this link gets the same exercise and the same people.")
        st.code(feedback.scenario_url(exercise.id, scenario.code), language=None)
    ui.scenario_brief(scenario)


def scenario_key(scenario: Scenario) -> str:
    return practice_key(scenario.exercise.id, scenario.code)


def original_draft(scenario: Scenario) -> Draft:
    weak = scenario.original
    return Draft(channel=scenario.exercise.channel,
                 relationship=scenario.exercise.relationship,
                 subject=(weak.subject or "") if scenario.exercise.channel == "email" else None,
                 body=weak.body, connection_note=scenario.exercise.connection_note)


def rewrite_box(scenario: Scenario) -> tuple[Message, bool]:
    """The rewrite box, filled from the workspace; returns the draft and whether Check was hit.

    No st.form: every edit reaches the workspace when the box loses focus, so a hint, the
    model toggle, another page or another code never throws typing away.
    """
    ws = ui.workspace()
    key = scenario_key(scenario)
    original = original_draft(scenario)
    draft = ws.draft(key, original)
    subject_key, body_key = f"keep_draft|{key}|subject", f"keep_draft|{key}|body"
    ui.fill(body_key, draft.body)
    is_email = scenario.exercise.channel == "email"
    if is_email:
        ui.fill(subject_key, draft.subject or "")
    ui.anchor(MESSAGE_ANCHOR)
    with st.container(border=True):
        st.markdown("**Your rewrite**")
        st.caption("Kept while you look at hints, other pages or other codes.")
        subject = st.text_input("Subject", key=subject_key) if is_email else None
        body = st.text_area("Message", key=body_key, height=220)
        col_check, col_reset = st.columns([1, 1])
        submitted = col_check.button("Check", type="primary", icon=":material/fact_check:",
                                     key=f"check|{key}")
        col_reset.button("Start again from the weak message", key=f"reset|{key}",
                         on_click=_reset, args=(key, subject_key, body_key, original),
                         icon=":material/restart_alt:")
    current = draft.model_copy(update={"subject": subject, "body": body})
    ws.save_draft(key, current)
    st.session_state[SHOWN] = (scenario.exercise.id, scenario.code,
                               ws.unchecked_changes(key, original))
    return current.message(), submitted


def _reset(key: str, subject_key: str, body_key: str, original: Draft) -> None:
    st.session_state[body_key] = original.body
    if original.subject is not None:
        st.session_state[subject_key] = original.subject
    ui.workspace().save_draft(key, original)


def record(scenario: Scenario, message: Message) -> None:
    report = ui.run_check(message, scenario.recipient.to_recipient(),
                          scenario.exercise.relationship)
    if report is None:
        return
    ui.workspace().record(
        scenario_key(scenario), message, report, checked_at=datetime.now(),
        exercise_id=scenario.exercise.id, exercise_title=scenario.exercise.title,
        code=scenario.code)
    st.session_state[SHOWN] = (scenario.exercise.id, scenario.code, False)
    st.session_state.pop(LEFT_BEHIND, None)


def show_hints(scenario: Scenario) -> None:
    key = scenario_key(scenario)
    shown = ui.workspace().hints_shown(key)
    notes = [("plain", f"Hint {i}:", hint) for i, hint in enumerate(scenario.hints[:shown], 1)]
    if notes:
        ui.html(render.notes_html(notes))
    if shown < len(scenario.hints):
        label = "Show a hint" if shown == 0 else "Show another hint"
        st.button(label, icon=":material/lightbulb:", on_click=_more_hints, args=(key,),
                  key=f"hint|{key}")
    else:
        st.caption("That's all the hints for this exercise.")


def _more_hints(key: str) -> None:
    ui.workspace().show_hint(key)


def show_model(scenario: Scenario, mine: feedback.Feedback) -> None:
    show = st.toggle("Show the model rewrite", key=f"model|{scenario_key(scenario)}")
    if not show:
        return
    ui.beside_the_model(mine.message, scenario.model)
    st.caption("The model is one good answer, not the only one. What did it do that yours "
               "didn't, and what did yours do better?")


def show_history(scenario: Scenario) -> None:
    history = ui.workspace().history
    if not history:
        return
    st.subheader("Your attempts")
    mine = attempts.for_scenario(history, scenario.exercise.id, scenario.code)
    if mine:
        st.caption(f"This scenario: {attempts.progress(mine)}")
    ui.html(render.table_html(attempts.rows(reversed(history)),
                              caption="Your attempts, newest first"))
    st.download_button(
        "Download my attempts (Markdown)", data=attempts.to_markdown(history),
        file_name="rapport-attempts.md", mime="text/markdown", on_click="ignore",
        icon=":material/download:")


# --- Page ----------------------------------------------------------------------------------


def main() -> None:
    ui.skip_link(MESSAGE_ANCHOR, "Skip to your rewrite")
    st.title("Practice", anchor=False)
    st.caption("Rewrite a weak outreach message for the person in the scenario, then check it.")
    bank = ui.bank()
    ui.show_bank_problems(bank.problems)
    if not bank.exercises:
        st.info("There are no exercises to practise yet: the exercise bank is empty.")
        return
    apply_query_params(bank)
    with st.container(border=True):
        exercise = choose_exercise(bank)
        code = choose_code()
    if exercise is None:
        return
    sync_query_params(exercise, code)
    note_left_behind(exercise, code)
    scenario = render_scenario(exercise, code)
    show_scenario(scenario)
    message, submitted = rewrite_box(scenario)
    if submitted:
        record(scenario, message)
    show_hints(scenario)
    result = ui.workspace().result(scenario_key(scenario))
    if result is not None:
        ui.show_feedback(result, stale=ui.workspace().is_stale(scenario_key(scenario)))
        show_model(scenario, result)
    show_history(scenario)


ui.guarded(main)
