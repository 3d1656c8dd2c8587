"""The practice app through Streamlit's AppTest: every page, the main flows, bad input.

AppTest runs app.py (with its st.navigation) in this process; ``switch_page`` moves between
the pages in app_pages/. The browser-only checks (rendering, that a <script> stays text in a
real DOM) are in test_browser.py.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from rapport import exercises, personas
from rapport.models import MAX_MESSAGE_CHARS

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
PRACTICE = "app_pages/practice.py"
CHECK = "app_pages/check_your_own.py"
INTENTION = "app_pages/intention.py"
ROLEPLAY = "app_pages/roleplay.py"
PAGES = [PRACTICE, CHECK, INTENTION, ROLEPLAY]
CODE = "K7M3Q"
TIMEOUT = 30

HOSTILE = (
    "Hi Lucas, can I pick your brain? <script>window.x=1</script> "
    '<img src=x onerror="window.y=1"> **bold** :red[x] $x$ [a](javascript:alert(1))'
)


@pytest.fixture
def at() -> AppTest:
    app = AppTest.from_file(APP, default_timeout=TIMEOUT)
    app.run()
    return app


def open_page(app: AppTest, page: str) -> AppTest:
    return app.switch_page(page).run()


def all_html(app: AppTest) -> str:
    return "\n".join(h.value for h in app.html)


def marked(markup: str, rule: str) -> bool:
    """Is some <mark> in `markup` flagged with `rule` (alone or with overlapping rules)?"""
    return re.search(rf'<mark [^>]*data-rules="[^"]*\b{re.escape(rule)}\b', markup) is not None


def text_shown(app: AppTest) -> str:
    """Everything shown through Markdown-rendering elements (never learner text)."""
    kinds = ("markdown", "caption", "title", "subheader", "header", "info", "warning",
             "error", "success")
    return "\n".join(str(e.value) for kind in kinds for e in app.get(kind))


def assert_no_crash(app: AppTest) -> None:
    assert not app.exception, [e.value for e in app.exception]
    assert not app.error, [e.value for e in app.error]


def submit(app: AppTest, label: str = "Check") -> AppTest:
    button = next(b for b in app.button if b.label == label)
    return button.click().run()


def first_exercise() -> exercises.Exercise:
    bank = exercises.load_bank()
    if not bank.exercises:
        pytest.skip("the exercise bank is empty")
    return bank.get("pick-your-brain") if "pick-your-brain" in {
        e.id for e in bank.exercises} else bank.exercises[0]


# --- Smoke ---------------------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs(at: AppTest, page: str) -> None:
    open_page(at, page)
    assert_no_crash(at)
    assert at.title


def test_default_page_is_practice_and_sidebar_links_the_course(at: AppTest) -> None:
    assert at.title[0].value == "Practice"
    assert_no_crash(at)


# --- Practice ------------------------------------------------------------------------------


def body_key(exercise_id: str, code: str) -> str:
    return f"keep_draft|practice|{exercise_id}|{code}|body"


def subject_key(exercise_id: str, code: str) -> str:
    return f"keep_draft|practice|{exercise_id}|{code}|subject"


def open_scenario(app: AppTest, exercise: exercises.Exercise, code: str = CODE) -> None:
    app.selectbox(key="keep_practice_exercise").set_value(exercise.id).run()
    app.text_input(key="keep_practice_code_input").set_value(code).run()


def type_rewrite(app: AppTest, exercise: exercises.Exercise, text: str,
                 code: str = CODE) -> AppTest:
    """Type into the rewrite box; like a browser, the text is sent when the box loses focus."""
    return app.text_area(key=body_key(exercise.id, code)).set_value(text).run()


def test_practice_flow(at: AppTest) -> None:
    exercise = first_exercise()
    at.selectbox(key="keep_practice_exercise").set_value(exercise.id).run()
    at.text_input(key="keep_practice_code_input").set_value(CODE).run()
    assert_no_crash(at)
    scenario = exercises.render(exercise, CODE)
    assert html.escape(scenario.recipient.full_name) in all_html(at)

    rewrite = (f"Hi {scenario.recipient.first_name}, can I pick your brain sometime? I want to "
               "hear about your career.")
    at.text_area(key=body_key(exercise.id, CODE)).set_value(rewrite)
    submit(at)
    assert_no_crash(at)
    shown = all_html(at)
    assert "<mark" in shown and marked(shown, "vague-ask")
    assert "Figures to consider" in shown
    assert any("Not ready yet" in w.value for w in at.warning)

    toggle = at.toggle(key=f"model|practice|{exercise.id}|{CODE}")
    toggle.set_value(True).run()
    assert html.escape(scenario.model.body.splitlines()[0]) in all_html(at)

    assert all_html(at).count("<tbody><tr>") == 1 and attempt_rows(at) == 1
    at.text_area(key=body_key(exercise.id, CODE)).set_value(scenario.model.body)
    submit(at)
    assert attempt_rows(at) == 2
    assert any("Notes:" in c.value for c in at.caption)
    assert at.get("download_button")


def attempt_rows(app: AppTest) -> int:
    table = next(h.value for h in app.html if "rapport-table" in h.value)
    return table.count("<tr>") - 1


def test_hints_come_one_at_a_time(at: AppTest) -> None:
    exercise = first_exercise()
    at.selectbox(key="keep_practice_exercise").set_value(exercise.id).run()
    scenario = exercises.render(exercise, at.text_input(key="keep_practice_code_input").value)
    for shown in range(1, len(scenario.hints) + 1):
        submit(at, "Show a hint" if shown == 1 else "Show another hint")
        assert all_html(at).count("Hint ") == shown
    assert not [b for b in at.button if "hint" in b.label]
    assert "✓ Hint" not in all_html(at)


# --- Nothing a learner typed is lost (issue 10's five text-loss bugs) ----------------------

MINE = "Hi there,\nMy own words, typed but not yet checked. How did you start?"


def test_show_a_hint_keeps_the_rewrite(at: AppTest) -> None:
    exercise = first_exercise()
    open_scenario(at, exercise)
    type_rewrite(at, exercise, MINE)
    submit(at, "Show a hint")
    assert_no_crash(at)
    assert at.text_area(key=body_key(exercise.id, CODE)).value == MINE


def test_model_rewrite_toggle_keeps_the_rewrite(at: AppTest) -> None:
    exercise = first_exercise()
    open_scenario(at, exercise)
    type_rewrite(at, exercise, "Hi, can I pick your brain?")
    submit(at)
    type_rewrite(at, exercise, MINE)
    at.toggle(key=f"model|practice|{exercise.id}|{CODE}").set_value(True).run()
    assert_no_crash(at)
    assert at.text_area(key=body_key(exercise.id, CODE)).value == MINE


def test_channel_and_relationship_changes_keep_the_message(at: AppTest) -> None:
    open_page(at, CHECK)
    at.text_input(key="keep_own_subject").set_value("Your flood-map talk")
    at.text_area(key="keep_own_body").set_value(MINE).run()
    at.selectbox(key="keep_own_relationship").set_value("coworker").run()
    at.selectbox(key="keep_own_channel").set_value("slack").run()
    assert at.text_area(key="keep_own_body").value == MINE
    at.selectbox(key="keep_own_channel").set_value("email").run()
    assert_no_crash(at)
    assert at.text_area(key="keep_own_body").value == MINE
    assert at.text_input(key="keep_own_subject").value == "Your flood-map talk"


def test_new_code_asks_before_leaving_an_edited_draft_and_keeps_it(at: AppTest) -> None:
    exercise = first_exercise()
    open_scenario(at, exercise)
    type_rewrite(at, exercise, MINE)
    submit(at, "New code")
    assert_no_crash(at)
    assert at.text_input(key="keep_practice_code_input").value == CODE
    assert "Start a new scenario?" in text_shown(at)
    submit(at, f"Stay on {CODE}")
    assert at.text_input(key="keep_practice_code_input").value == CODE
    assert at.text_area(key=body_key(exercise.id, CODE)).value == MINE

    submit(at, "New code")
    submit(at, "Yes, a new scenario")
    assert_no_crash(at)
    new = at.text_input(key="keep_practice_code_input").value
    assert new != CODE
    assert at.text_area(key=body_key(exercise.id, new)).value == (
        exercises.render(exercise, new).original.body)
    assert any(CODE in i.value and "saved" in i.value for i in at.info)
    submit(at, f"Back to {CODE}")
    assert at.text_input(key="keep_practice_code_input").value == CODE
    assert at.text_area(key=body_key(exercise.id, CODE)).value == MINE


def test_new_code_without_edits_just_changes(at: AppTest) -> None:
    exercise = first_exercise()
    open_scenario(at, exercise)
    submit(at, "New code")
    assert at.text_input(key="keep_practice_code_input").value != CODE


@pytest.mark.parametrize("page", [CHECK, INTENTION, ROLEPLAY])
def test_unchecked_rewrite_survives_a_visit_to_another_page(at: AppTest, page: str) -> None:
    exercise = first_exercise()
    open_scenario(at, exercise)
    type_rewrite(at, exercise, MINE)
    open_page(at, page)
    open_page(at, PRACTICE)
    assert_no_crash(at)
    assert at.text_area(key=body_key(exercise.id, CODE)).value == MINE


def test_unchecked_own_message_and_answers_survive_other_pages(at: AppTest) -> None:
    open_page(at, CHECK)
    at.text_area(key="keep_own_body").set_value(MINE).run()
    open_page(at, INTENTION)
    at.text_area(key="keep_int_offer").set_value("my notes on the survey").run()
    open_page(at, PRACTICE)
    open_page(at, CHECK)
    assert at.text_area(key="keep_own_body").value == MINE
    open_page(at, INTENTION)
    assert at.text_area(key="keep_int_offer").value == "my notes on the survey"


def test_each_scenario_keeps_its_own_draft(at: AppTest) -> None:
    exercise = first_exercise()
    open_scenario(at, exercise)
    type_rewrite(at, exercise, MINE)
    at.text_input(key="keep_practice_code_input").set_value("22222").run()
    assert at.text_area(key=body_key(exercise.id, "22222")).value != MINE
    at.text_input(key="keep_practice_code_input").set_value(CODE).run()
    assert at.text_area(key=body_key(exercise.id, CODE)).value == MINE


# --- One consistent verdict; stale feedback -------------------------------------------------


def test_changed_text_marks_the_feedback_out_of_date(at: AppTest) -> None:
    check_own(at, "Hi Lucas, can I pick your brain?")
    assert not any("Out of date" in i.value for i in at.info)
    at.text_area(key="keep_own_body").set_value(MINE).run()
    assert any("Out of date" in i.value for i in at.info)
    assert any("previous version" in e.label for e in at.expander)
    submit(at)
    assert not any("Out of date" in i.value for i in at.info)


def test_a_failed_check_marks_the_old_feedback_out_of_date(at: AppTest) -> None:
    check_own(at, "Hi Lucas, can I pick your brain?")
    at.text_area(key="keep_own_body").set_value("   ")
    submit(at)
    assert any("empty" in w.value for w in at.warning)
    assert any("Out of date" in i.value for i in at.info)
    assert at.text_area(key="keep_own_body").value == "   "


SHORT_AND_READY = ("Hi Ana,\n\nWe met at PyCon last week. How did you pick your thesis topic "
                   "on flood maps? No worries if you're busy.\n\nThanks,\nMaya")


def test_ready_verdict_has_no_red_cross_beside_it(at: AppTest) -> None:
    check_own(at, SHORT_AND_READY, relationship="acquaintance", subject="Your thesis topic")
    assert [s.value for s in at.success] == ["Ready to send: nothing to fix."]
    shown = all_html(at)
    assert "✗" not in shown and "✓" not in shown
    assert "Advice, not part of the verdict" in shown
    assert "below the usual range" in shown and "Shorter than most email messages" in shown


def test_deep_link_opens_that_scenario() -> None:
    exercise = first_exercise()
    app = AppTest.from_file(APP, default_timeout=TIMEOUT)
    app.query_params["exercise"] = exercise.id
    app.query_params["code"] = "k7m-3q"
    app.run()
    assert_no_crash(app)
    assert app.selectbox(key="keep_practice_exercise").value == exercise.id
    assert app.text_input(key="keep_practice_code_input").value == CODE
    scenario = exercises.render(exercise, CODE)
    assert html.escape(scenario.recipient.full_name) in all_html(app)
    assert html.escape(scenario.role_card.name) in all_html(app)
    assert app.query_params["code"] == CODE


def test_changing_exercise_updates_the_url(at: AppTest) -> None:
    bank = exercises.load_bank()
    other = bank.exercises[-1].id
    at.selectbox(key="keep_practice_exercise").set_value(other).run()
    at.text_input(key="keep_practice_code_input").set_value("22222").run()
    assert at.query_params["exercise"] == other and at.query_params["code"] == "22222"


def test_bad_links_get_friendly_messages() -> None:
    app = AppTest.from_file(APP, default_timeout=TIMEOUT)
    app.query_params["exercise"] = "no-such-exercise"
    app.query_params["code"] = "OOOOO"
    app.run()
    assert_no_crash(app)
    warnings = " ".join(w.value for w in app.warning)
    assert "no-such-exercise" in warnings and "scenario code" in warnings


def test_invalid_typed_code_keeps_the_scenario(at: AppTest) -> None:
    before = at.text_input(key="keep_practice_code_input").value
    at.text_input(key="keep_practice_code_input").set_value("I0").run()
    assert_no_crash(at)
    assert any("Still showing scenario" in w.value for w in at.warning)
    assert before in all_html(at) or before in " ".join(c.value for c in at.caption)


def test_broken_exercise_file_is_a_warning(monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    exercise = first_exercise()
    shutil.copy(ROOT / "exercises" / f"{exercise.id}.yaml", tmp_path)
    (tmp_path / "broken.yaml").write_text("id: broken\ntitle: [unclosed\n", encoding="utf-8")
    monkeypatch.setenv("RAPPORT_EXERCISES_DIR", str(tmp_path))
    app = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert_no_crash(app)
    warning = " ".join(w.value for w in app.warning)
    assert "broken.yaml" in warning and "YAML" in warning
    assert app.selectbox(key="keep_practice_exercise").value == exercise.id


def test_choices_survive_a_visit_to_another_page(at: AppTest) -> None:
    other = exercises.load_bank().exercises[-1].id
    at.selectbox(key="keep_practice_exercise").set_value(other).run()
    at.text_input(key="keep_practice_code_input").set_value("22222").run()
    open_page(at, ROLEPLAY)
    open_page(at, PRACTICE)
    assert at.selectbox(key="keep_practice_exercise").value == other
    assert at.text_input(key="keep_practice_code_input").value == "22222"


def test_surprise_me_picks_another_exercise(at: AppTest) -> None:
    before = at.selectbox(key="keep_practice_exercise").value
    submit(at, "Surprise me")
    assert_no_crash(at)
    assert at.selectbox(key="keep_practice_exercise").value != before


def test_filters_narrow_the_choice(at: AppTest) -> None:
    at.selectbox(key="keep_filter_channel").set_value("slack").run()
    assert_no_crash(at)
    chosen = at.selectbox(key="keep_practice_exercise").value
    assert exercises.load_bank().get(chosen).channel == "slack"


# --- Check your own -----------------------------------------------------------------------


def check_own(app: AppTest, body: str, name: str = "", **fields: str) -> AppTest:
    open_page(app, CHECK)
    for key in ("channel", "relationship"):
        if key in fields:
            app.selectbox(key=f"keep_own_{key}").set_value(fields.pop(key)).run()
    app.text_area(key="keep_own_body").set_value(body)
    app.text_input(key="keep_own_recipient_name").set_value(name)
    for key, value in fields.items():
        widget = app.text_input if key == "subject" else app.text_area
        widget(key=f"keep_own_{key}").set_value(value)
    return submit(app)


def test_wrong_greeting_name_is_flagged(at: AppTest) -> None:
    check_own(at, "Hi Michael,\nI loved your talk on warehouse robotics. How did you pick "
              "the first tasks to automate?\nThanks,\nMaya", name="Lucas Moreau",
              recipient_work="Warehouse robotics at scale")
    assert_no_crash(at)
    shown = all_html(at)
    assert marked(shown, "wrong-name")
    assert "rules/wrong-name/" in shown


def test_empty_text_gets_a_prompt(at: AppTest) -> None:
    check_own(at, "   \n ")
    assert_no_crash(at)
    assert any("empty" in w.value for w in at.warning)
    assert "Figures to consider" not in all_html(at)


def test_too_long_text_gets_a_clear_message(at: AppTest) -> None:
    check_own(at, "word " * (MAX_MESSAGE_CHARS // 5 + 10))
    assert_no_crash(at)
    assert any("characters" in w.value for w in at.warning)


def test_markdown_and_html_are_shown_verbatim(at: AppTest) -> None:
    check_own(at, HOSTILE, name="Lucas Moreau", subject="<b>**Hi**</b>")
    assert_no_crash(at)
    shown = all_html(at)
    assert "&lt;script&gt;window.x=1&lt;/script&gt;" in shown
    assert "&lt;img src=x onerror=&quot;window.y=1&quot;&gt;" in shown or (
        "&lt;img src=x onerror=\"window.y=1\"&gt;" in shown)
    assert "**bold** :red[x] $x$ [a](javascript:alert(1))" in shown
    assert "&lt;b&gt;**Hi**&lt;/b&gt;" in shown
    assert "<script>" not in shown and "<img" not in shown
    assert "window.x" not in text_shown(at) and "bold" not in text_shown(at)


def test_unexpected_errors_are_friendly(at: AppTest, monkeypatch: pytest.MonkeyPatch) -> None:
    from rapport import feedback

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("internal detail")

    monkeypatch.setattr(feedback, "build", broken)
    check_own(at, "Hi Lucas, how did you choose the robots?")
    assert not at.exception
    assert at.error and "Something went wrong" in at.error[0].value
    assert "internal detail" not in at.error[0].value


# --- Intention check -------------------------------------------------------------------------


def test_intention_check_reflects_and_hands_over_a_draft(at: AppTest) -> None:
    open_page(at, INTENTION)
    at.text_input(key="keep_int_who").set_value("Dr. Efua Mensah, a retail analyst")
    at.text_area(key="keep_int_interest").set_value(
        "her post on returns after big sales, which matches what I see every January")
    at.text_area(key="keep_int_ask").set_value("Could you refer me to your team?")
    at.text_area(key="keep_int_offer").set_value("")
    at.radio(key="keep_int_still").set_value("not sure")
    submit(at, "Reflect")
    assert_no_crash(at)
    notes = all_html(at)
    assert "big first ask" in notes and "Dr. Efua Mensah" in notes
    assert "Hi Dr. Mensah," in notes

    submit(at, "Take this draft to Check your own message")
    assert_no_crash(at)
    assert at.title[0].value == "Check your own message"
    assert at.text_area(key="keep_own_body").value.startswith("Hi Dr. Mensah,")
    assert at.text_input(key="keep_own_recipient_name").value == "Dr. Efua Mensah"
    # AppTest keeps its own idea of the current page: follow the app's st.switch_page.
    open_page(at, CHECK)
    assert at.text_area(key="keep_own_body").value.startswith("Hi Dr. Mensah,")
    submit(at)
    assert marked(all_html(at), "placeholder")


def test_intention_with_nothing_about_their_work(at: AppTest) -> None:
    open_page(at, INTENTION)
    at.text_input(key="keep_int_who").set_value("someone senior at Google")
    at.radio(key="keep_int_still").set_value("no")
    submit(at, "Reflect")
    assert_no_crash(at)
    assert any("Wait before writing" in w.value for w in at.warning)


def test_intention_extractive_plan_is_told_to_wait_and_goes_stale(at: AppTest) -> None:
    open_page(at, INTENTION)
    at.text_input(key="keep_int_who").set_value("someone senior at a big firm")
    at.text_area(key="keep_int_interest").set_value("because they work there")
    at.text_area(key="keep_int_ask").set_value("a referral")
    at.text_area(key="keep_int_offer").set_value("nothing really")
    at.radio(key="keep_int_still").set_value("not sure")
    submit(at, "Reflect")
    assert_no_crash(at)
    assert any("Wait before writing" in w.value for w in at.warning)
    notes = all_html(at)
    assert "✓ Your offer" not in notes and "share nothing really" not in notes
    assert "[the talk, post or project of theirs" in notes
    at.text_area(key="keep_int_offer").set_value("my notes on their survey").run()
    assert any("Out of date" in i.value for i in at.info)


# --- Role-play cards ---------------------------------------------------------------------


def test_roleplay_cards_for_a_code(at: AppTest) -> None:
    open_page(at, ROLEPLAY)
    at.text_input(key="keep_roleplay_code").set_value(CODE).run()
    assert_no_crash(at)
    asker, adviser = personas.pair(CODE)
    shown = all_html(at)
    assert html.escape(asker.full_name) in shown and html.escape(adviser.full_name) in shown
    assert "The one asking" in shown and "@media print" in shown
    assert at.get("download_button")


def test_roleplay_invalid_code(at: AppTest) -> None:
    open_page(at, ROLEPLAY)
    at.text_input(key="keep_roleplay_code").set_value("OOPS!").run()
    assert_no_crash(at)
    assert any("code doesn't work" in w.value for w in at.warning)


def test_roleplay_link_with_a_code_opens_that_pair() -> None:
    app = AppTest.from_file(APP, default_timeout=TIMEOUT)
    app.query_params["code"] = "k7m3q"
    app.switch_page(ROLEPLAY).run()
    assert_no_crash(app)
    asker, adviser = personas.pair(CODE)
    assert html.escape(asker.full_name) in all_html(app)
    assert html.escape(adviser.full_name) in all_html(app)
    assert app.query_params["code"] == CODE


def test_linkedin_connection_note_is_counted_in_characters(at: AppTest) -> None:
    open_page(at, CHECK)
    at.selectbox(key="keep_own_channel").set_value("linkedin").run()
    note = ("Hi Ana, I'm a junior analyst in Leeds. Your post on survey weights changed how I "
            "handle our panel data, and I keep rereading the part on trimming caps. How do you "
            "choose the cap when the sample is small? No worries if you're busy. Thanks, Rita. "
            "I also run a small reading group on survey methods in the evenings.")
    assert len(note) > 300
    at.text_area(key="keep_own_body").set_value(note).run()
    at.checkbox(key="keep_own_connection_note").check().run()
    submit(at, "Check")
    assert_no_crash(at)
    assert marked(all_html(at), "too-long")
    assert "connection note" in all_html(at)
    at.selectbox(key="keep_own_channel").set_value("email").run()
    at.selectbox(key="keep_own_channel").set_value("linkedin").run()
    assert at.checkbox(key="keep_own_connection_note").value is True
    assert at.text_area(key="keep_own_body").value == note
