"""Role-play cards: the one asking and the one advising, from a scenario code, printable."""

from __future__ import annotations

import streamlit as st

from app_pages import components as ui
from rapport import render
from rapport.personas import InvalidCode, new_code, normalize_code, pair

CODE_INPUT = "keep_roleplay_code"
PRACTICE_CODE = "keep_practice_code"
APPLIED_QUERY = "roleplay_applied_query_code"

STEPS = [
    ("plain", "1. Read (2 min)", "Each person reads only their own card."),
    ("plain", "2. Write (5 min)",
     "The one asking writes a first message to the one advising, on the channel the adviser "
     "prefers. Check it on the Check your own message page if you like."),
    ("plain", "3. Reply (5 min)",
     "The one advising answers in character: as generously as the message deserves, and no "
     "more. Silence is an allowed answer."),
    ("plain", "4. Debrief (5 min)",
     "Swap notes: what made the adviser want to answer? What would they have changed?"),
]


def apply_query_code() -> None:
    """`/roleplay?code=K7M3Q` opens that pair, so a facilitator can share one link."""
    wanted = st.query_params.get("code")
    if wanted and wanted != st.session_state.get(APPLIED_QUERY):
        st.session_state[APPLIED_QUERY] = wanted
        st.session_state[CODE_INPUT] = wanted


def current_code() -> str | None:
    apply_query_code()
    ui.init(CODE_INPUT, st.session_state.get(PRACTICE_CODE) or new_code())
    col_code, col_new = st.columns([4, 1], vertical_alignment="bottom")
    typed = col_code.text_input("Scenario code", key=CODE_INPUT, max_chars=12,
                                help="The same code gives the same pair on every computer.")
    col_new.button("New code", icon=":material/refresh:", on_click=_new_code, width="stretch")
    try:
        return normalize_code(typed)
    except InvalidCode as problem:
        st.warning(f"That code doesn't work: {problem}", icon=":material/pin:")
        return None


def _new_code() -> None:
    st.session_state[CODE_INPUT] = new_code()


def main() -> None:
    st.title("Role-play cards", anchor=False)
    st.caption("A pair of people for a practice conversation: one asks for advice, one gives "
               "it. Print the cards (Ctrl+P or ⌘P) or download them, and cut them apart.")
    code = current_code()
    if code is None:
        return
    if st.query_params.get("code") != code:
        st.query_params["code"] = code
    asker, adviser = pair(code)
    ui.html(f"<style>{render.PRINT_PAGE_CSS}</style>" + render.pair_html(code, asker, adviser))
    st.download_button(
        "Download printable cards (HTML)", data=render.pair_document(code, asker, adviser),
        file_name=f"rapport-roleplay-{code}.html", mime="text/html", on_click="ignore",
        icon=":material/print:")
    with st.expander("How to run the role-play", expanded=False):
        ui.html(render.notes_html(STEPS))


ui.guarded(main)
