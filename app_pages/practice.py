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

ALL = "all"
EXERCISE = "keep_practice_exercise"
CODE = "keep_practice_code"
CODE_INPUT = "keep_practice_code_input"
FILTERS = {"lesson": "keep_filter_lesson", "channel": "keep_filter_channel",
           "difficulty": "keep_filter_difficulty"}
APPLIED_QUERY = "practice_applied_query"
HISTORY = "attempt_history"
RESULTS = "practice_results"
HINTS = "practice_hints"
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
    set_code(new_code())
    st.session_state.pop("practice_code_problem", None)


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
    return st.session_state[CODE]


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
    ui.html(f"<style>{render.CSS}</style>" + render.prose_html(scenario.situation))
    col_me, col_them = st.columns(2)
    with col_me:
        ui.html(f"<style>{render.CSS}</style>" + render.role_card_html(scenario.role_card))
    with col_them:
        ui.html(f"<style>{render.CSS}</style>" + render.persona_card_html(scenario.recipient))
    st.markdown("**The weak message**")
    ui.show_message(scenario.original)


def scenario_key(scenario: Scenario) -> str:
    return f"{scenario.exercise.id}|{scenario.code}"


def rewrite_form(scenario: Scenario) -> Message | None:
    key = scenario_key(scenario)
    subject_key, body_key = f"keep_subject|{key}", f"keep_body|{key}"
    ui.init(body_key, scenario.original.body)
    is_email = scenario.exercise.channel == "email"
    if is_email:
        ui.init(subject_key, scenario.original.subject or "")
    with st.form(f"rewrite|{key}"):
        st.markdown("**Your rewrite**")
        subject = st.text_input("Subject", key=subject_key) if is_email else None
        body = st.text_area("Message", key=body_key, height=220)
        submitted = st.form_submit_button("Check", type="primary", icon=":material/fact_check:")
    if not submitted:
        return None
    return Message(channel=scenario.exercise.channel, subject=subject, body=body)


def record(scenario: Scenario, message: Message) -> None:
    report = ui.run_check(message, scenario.recipient.to_recipient(),
                          scenario.exercise.relationship)
    if report is None:
        return
    history = st.session_state.get(HISTORY, ())
    attempt = attempts.make(
        len(history) + 1, message, report, checked_at=datetime.now(),
        exercise_id=scenario.exercise.id, exercise_title=scenario.exercise.title,
        code=scenario.code)
    st.session_state[HISTORY] = attempts.add(history, attempt)
    st.session_state.setdefault(RESULTS, {})[scenario_key(scenario)] = feedback.build(
        message, report)


def show_hints(scenario: Scenario) -> None:
    shown = st.session_state.setdefault(HINTS, {}).get(scenario_key(scenario), 0)
    notes = [("good", f"Hint {i}", hint) for i, hint in enumerate(scenario.hints[:shown], 1)]
    if notes:
        ui.html(render.notes_html(notes))
    if shown < len(scenario.hints):
        label = "Show a hint" if shown == 0 else "Show another hint"
        st.button(label, icon=":material/lightbulb:", on_click=_more_hints,
                  args=(scenario_key(scenario),), key=f"hint|{scenario_key(scenario)}")
    else:
        st.caption("That's all the hints for this exercise.")


def _more_hints(key: str) -> None:
    hints = st.session_state.setdefault(HINTS, {})
    hints[key] = hints.get(key, 0) + 1


def show_model(scenario: Scenario, mine: feedback.Feedback) -> None:
    show = st.toggle("Show the model rewrite", key=f"model|{scenario_key(scenario)}")
    if not show:
        return
    col_mine, col_model = st.columns(2)
    with col_mine:
        st.markdown("**Yours** (as last checked)")
        ui.html(mine.text_html)
    with col_model:
        st.markdown("**A model rewrite**")
        ui.show_message(scenario.model)
    st.caption("The model is one good answer, not the only one. What did it do that yours "
               "didn't, and what did yours do better?")


def show_history(scenario: Scenario) -> None:
    history = st.session_state.get(HISTORY, ())
    if not history:
        return
    st.subheader("Your attempts")
    mine = attempts.for_scenario(history, scenario.exercise.id, scenario.code)
    if mine:
        st.caption(f"This scenario: {attempts.progress(mine)}")
    st.dataframe(attempts.rows(reversed(history)), hide_index=True, width="stretch")
    st.download_button(
        "Download my attempts (Markdown)", data=attempts.to_markdown(history),
        file_name="rapport-attempts.md", mime="text/markdown", on_click="ignore",
        icon=":material/download:")


# --- Page ----------------------------------------------------------------------------------


def main() -> None:
    st.title("Practice")
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
    scenario = render_scenario(exercise, code)
    show_scenario(scenario)
    message = rewrite_form(scenario)
    if message is not None:
        record(scenario, message)
    result = st.session_state.get(RESULTS, {}).get(scenario_key(scenario))
    show_hints(scenario)
    if result is not None:
        ui.show_feedback(result)
        show_model(scenario, result)
    show_history(scenario)


ui.guarded(main)
