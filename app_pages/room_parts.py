"""Streamlit pieces shared by the two room pages (Run a workshop, Join a workshop).

The rooms service is created once per process (``st.cache_resource``); the exercise bank's
titles and each scenario are cached too, so a rerun does not recompute what cannot change.
"""

from __future__ import annotations

import html
import logging

import streamlit as st

from app_pages import components as ui
from rapport import exercises, feedback
from rapport.checks.registry import rule_infos
from rapport.exercises import Scenario
from rapport.rooms.service import RoomService
from rapport.rooms.store import Store, StoreError, database_url, redact

log = logging.getLogger("rapport.rooms")

REFRESH_SECONDS = 3
"""How often the facilitator's dashboard reads the room again (a fragment rerun)."""


@st.cache_resource(show_spinner=False)
def _service(url: str) -> RoomService:
    store = Store.open(url)
    service = RoomService(store)
    removed = service.expire()
    if removed:
        log.info("Deleted %d expired room(s)", removed)
    return service


def service() -> RoomService | None:
    """The rooms service, or None after showing which database failed and why."""
    url = database_url()
    try:
        return _service(url)
    except StoreError as error:
        st.error(f"{error}\n\nSet `RAPPORT_DATABASE_URL` (or `RAPPORT_DATA_DIR`) and restart "
                 "the app. Nothing a learner saved is lost.", icon=":material/database:")
    except Exception:
        log.exception("Could not open the rooms database at %s", redact(url))
        st.error(f"Could not open the rooms database at {redact(url)}. The details are in "
                 "the app's log.", icon=":material/database:")
    return None


def store_problem(error: StoreError) -> None:
    st.error(f"{error} Try again in a moment.", icon=":material/cloud_off:")


@st.cache_data(show_spinner=False)
def rule_titles() -> dict[str, str]:
    return {info.id: info.title for info in rule_infos()}


def rule_title(rule: str) -> str:
    return rule_titles().get(rule, rule)


@st.cache_resource(show_spinner=False, ttl=30)
def exercise_titles() -> dict[str, str]:
    """Titles by exercise id. Read again at most every 30 s: ``ui.bank()`` checks the bank's
    folder on every call, which a page listing 40 attempts would otherwise do 40 times."""
    return {e.id: e.title for e in ui.bank().exercises}


def exercise_title(exercise_id: str) -> str:
    return exercise_titles().get(exercise_id, exercise_id)


@st.cache_resource(show_spinner=False, max_entries=512)
def scenario(exercise_id: str, code: str) -> Scenario | None:
    """One exercise for one scenario code (the same for every learner with that code)."""
    try:
        return exercises.render(ui.bank().get(exercise_id), code)
    except KeyError:
        return None


def rule_url(rule: str) -> str:
    return feedback.rule_url(rule)


PLAIN_STYLES = {"h3": "font-size:1.5rem;font-weight:600;margin:.2rem 0 .4rem",
                "caption": "font-size:.9rem;opacity:.8;margin:0 0 .6rem"}


def plain(text: str, kind: str) -> None:
    """Text someone typed (a room title, a display name): escaped, never read as Markdown."""
    tag = "h3" if kind == "h3" else "p"
    ui.html(f"<{tag} dir='auto' style='{PLAIN_STYLES[kind]}'>{html.escape(text)}</{tag}>")
