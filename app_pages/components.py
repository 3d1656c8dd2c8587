"""Streamlit pieces shared by the pages: the feedback panel, the course links, error guard.

Everything shown here is computed by the rapport package; this module only places it.
Learner text (and anything that quotes it) reaches the page through ``st.html`` as
escaped HTML built by :mod:`rapport.render` / :mod:`rapport.feedback`, never through
Markdown.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Sequence
from pathlib import Path

import streamlit as st
from streamlit.runtime.scriptrunner_utils.exceptions import ScriptControlException

from rapport import feedback, render
from rapport.checks import CheckInputError, check
from rapport.exercises import Bank, Scenario, default_directory, load_bank
from rapport.feedback import Feedback
from rapport.models import Exercise, Message, Recipient, Relationship, Report
from rapport.workspace import Workspace

log = logging.getLogger("rapport.app")

KEEP_PREFIX = "keep_"
"""Session keys of widgets whose values survive a visit to another page (see keep_widget_state)."""

FRIENDLY_ERROR = (
    "Something went wrong on our side while showing this page. Your text is safe: try again, "
    "or reload the page. If it keeps happening, tell your facilitator what you clicked."
)


# --- Page plumbing -------------------------------------------------------------------------


def keep_widget_state() -> None:
    """Streamlit forgets a widget's value when its page is not shown; re-saving keeps it."""
    for key in [k for k in st.session_state if str(k).startswith(KEEP_PREFIX)]:
        st.session_state[key] = st.session_state[key]


def guarded(body: Callable[[], None]) -> None:
    """Run a page body; an unexpected error becomes a friendly message, details go to the log."""
    try:
        body()
    except ScriptControlException:  # st.rerun, st.switch_page, st.stop: not errors
        raise
    except Exception:
        log.exception("Unexpected error in a rapport page")
        st.error(FRIENDLY_ERROR, icon=":material/sentiment_dissatisfied:")


def init(key: str, value: object) -> None:
    """Give a widget its first value through the session (never also through value=)."""
    if key not in st.session_state:
        st.session_state[key] = value


PAGE_CSS = """
[data-testid="stCaptionContainer"] { opacity: 1 !important; }
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p { color: #3e4c59; }
[data-testid="stWidgetLabel"] [data-testid="stMarkdownContainer"] p { color: #1f2933; }
"""
"""Captions a shade darker than Streamlit's faded grey, for 4.5:1 contrast (WCAG 2.2 AA)."""


def page_style() -> None:
    """Styles every page shares (contrast fixes on Streamlit's own elements)."""
    html(f"<style>{PAGE_CSS}</style>")


def sidebar_course_links() -> None:
    with st.sidebar:
        st.markdown("**The course**")
        for link in feedback.course_links():
            st.page_link(link.url, label=link.label, icon=":material/menu_book:")


def html(markup: str) -> None:
    """Show HTML built (and escaped) by the rapport package."""
    st.html(markup)


# --- The exercise bank -------------------------------------------------------------------


def _fingerprint(folder: Path) -> tuple[tuple[str, int, int], ...]:
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return ()
    out = []
    for path in entries:
        try:
            stat = path.stat()
        except OSError:
            continue
        out.append((path.name, stat.st_mtime_ns, stat.st_size))
    return tuple(out)


@st.cache_resource(show_spinner=False, max_entries=4)
def _bank(folder: str, fingerprint: tuple[tuple[str, int, int], ...]) -> Bank:
    del fingerprint  # part of the cache key only: an edited file reloads the bank
    return load_bank(folder)


def bank() -> Bank:
    folder = default_directory()
    return _bank(str(folder), _fingerprint(folder))


def show_bank_problems(problems: Sequence[object]) -> None:
    for problem in problems:
        st.warning(f"Skipped an exercise file: {problem}", icon=":material/warning:")


def filter_exercises(
    exercises: Sequence[Exercise],
    lesson: str | None = None,
    channel: str | None = None,
    difficulty: int | None = None,
) -> list[Exercise]:
    return [
        e for e in exercises
        if (lesson is None or e.lesson == lesson)
        and (channel is None or e.channel == channel)
        and (difficulty is None or e.difficulty == difficulty)
    ]


def surprise(options: Sequence[str], current: str | None) -> str | None:
    others = [o for o in options if o != current]
    return random.choice(others or list(options)) if options else None


# --- The learner's workspace -------------------------------------------------------------

WORKSPACE = "rapport_workspace"


def workspace() -> Workspace:
    """This session's drafts, feedback and attempts: the one place pages keep learner work."""
    if WORKSPACE not in st.session_state:
        st.session_state[WORKSPACE] = Workspace()
    return st.session_state[WORKSPACE]


def fill(key: str, value: object, *, force: bool = False) -> None:
    """Put a value in a widget's box: once (a first visit), or always with `force`."""
    if force or key not in st.session_state:
        st.session_state[key] = value


def skip_link(target: str, label: str) -> None:
    """A "skip to" link near the top of the page, and where it lands (see anchor)."""
    html(f'<style>{SKIP_CSS}</style><a class="rapport-skip" href="#{target}">{label}</a>')


def anchor(target: str) -> None:
    """Where a skip link lands: just before the box it names, so one Tab reaches the box."""
    html(f'<span id="{target}" tabindex="-1" class="rapport-anchor"></span>')


SKIP_CSS = """
a.rapport-skip { position: absolute; left: -10000px; top: auto; width: 1px; height: 1px;
  overflow: hidden; }
a.rapport-skip:focus { position: static; width: auto; height: auto; display: inline-block;
  padding: 0.4rem 0.8rem; background: #1f2933; color: #ffffff; border-radius: 0.3rem;
  outline: 3px solid #bf360c; }
"""


# --- Checking and feedback ---------------------------------------------------------------


def run_check(
    message: Message, recipient: Recipient | None, relationship: Relationship
) -> Report | None:
    """Check a message; an empty or too-long one gets a friendly note instead of a report."""
    try:
        return check(message, recipient, relationship)
    except CheckInputError as problem:
        st.warning(f"{problem} Nothing was checked, and your text is still in the box.",
                   icon=":material/edit_note:")
        return None


STALE = ("Out of date: you have changed your message (or who it is for) since this "
         "feedback. Press Check to see feedback on what is in the box now.")


def show_feedback(fb: Feedback, *, stale: bool = False, heading: str = "Feedback") -> None:
    """The feedback panel, or, when the text changed since, a note that it is out of date.

    In order: the verdict; the message as checked, with numbered highlights; one card per
    rule, most severe first, with the same numbers; then the figures, as advice.
    """
    st.subheader(heading)
    if stale:
        st.info(STALE, icon=":material/history:")
        with st.expander("The feedback on your previous version (out of date)"):
            _panel(fb)
        return
    _panel(fb)


def _panel(fb: Feedback) -> None:
    if fb.ready:
        st.success(fb.verdict, icon=":material/check_circle:")
    else:
        st.warning(fb.verdict, icon=":material/error:")
    html(feedback.legend_html(fb) + fb.text_html)
    findings_col, scores_col = st.columns([3, 2], gap="large")
    with findings_col:
        if not fb.cards:
            st.caption("No notes on your text.")
        for severity, cards in fb.groups.items():
            html(feedback.group_html(severity, cards))
    with scores_col:
        html(feedback.scores_html(fb))
        if fb.strategies:
            with st.expander("See the tone cues in your text"):
                st.caption("Green words make it read warmer; orange ones make it read blunter.")
                html(f"<style>{render.CSS}</style>{fb.tone_html}")


def show_message(message: Message) -> None:
    html(render.message_html(message))


def scenario_brief(scenario: Scenario) -> None:
    """The situation, both people's cards and the weak message: what a learner reads before
    rewriting, the same in practice and in a workshop room."""
    html(f"<style>{render.CSS}</style>" + render.prose_html(scenario.situation))
    col_me, col_them = st.columns(2)
    with col_me:
        html(f"<style>{render.CSS}</style>" + render.role_card_html(scenario.role_card))
    with col_them:
        html(f"<style>{render.CSS}</style>" + render.persona_card_html(scenario.recipient))
    st.markdown("**The weak message**")
    show_message(scenario.original)


def beside_the_model(mine: Message, model: Message) -> None:
    """The learner's last checked message and the model rewrite, side by side."""
    col_mine, col_model = st.columns(2)
    with col_mine:
        st.markdown("**Yours** (as last checked)")
        show_message(mine)
    with col_model:
        st.markdown("**A model rewrite**")
        show_message(model)
