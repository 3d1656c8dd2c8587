"""Intention check: five questions before writing, what the app sees in the answers, a draft.

The draft goes to "Check your own message" through the session (see check_your_own.PREFILL).
"""

from __future__ import annotations

import streamlit as st

from app_pages import components as ui
from rapport import intention, render
from rapport.models import CHANNELS, Message

RESULT = "intention_result"
CHECK_PAGE = "app_pages/check_your_own.py"
PREFILL = "own_prefill"
LABELS = {
    "who": "Who",
    "interest": "Their work",
    "ask": "Your ask",
    "offer": "Your offer",
    "still_write": "Still write?",
    "overall": "Overall",
}
LEVEL_ICONS = {"good": ":material/check_circle:", "caution": ":material/help:",
               "stop": ":material/pan_tool:"}


def worksheet() -> tuple[intention.Answers, bool]:
    """The five questions (no st.form: answers survive a visit to another page)."""
    ws = ui.workspace()
    kept = ws.answers or intention.Answers()
    ui.fill("keep_int_who", kept.who)
    ui.fill("keep_int_interest", kept.interest)
    ui.fill("keep_int_ask", kept.ask)
    ui.fill("keep_int_offer", kept.offer)
    ui.fill("keep_int_still", kept.still_write)
    ui.fill("keep_int_channel", kept.channel)
    with st.container(border=True):
        who = st.text_input(
            "1. Who exactly do you want to contact?", key="keep_int_who",
            placeholder="e.g. Dr. Efua Mensah, a retail analyst who blogs about forecasting")
        interest = st.text_area(
            "2. What specifically about their work interests you?", key="keep_int_interest",
            placeholder="e.g. her post on returns after big sales, which matches what I see "
            "every January", height=90)
        ask = st.text_area(
            "3. What would you ask if they said yes?", key="keep_int_ask",
            placeholder="e.g. did store-level data help, or was it too noisy?", height=80)
        offer = st.text_area(
            "4. What could you share or offer?", key="keep_int_offer",
            placeholder="e.g. a summary of two years of my shop's returns by size", height=80)
        still = st.radio(
            "5. Would you still write if they could not help your career?",
            list(intention.STILL_WRITE_OPTIONS), key="keep_int_still",
            format_func=intention.STILL_WRITE_OPTIONS.__getitem__, horizontal=True)
        channel = st.selectbox("Where will you write to them?", CHANNELS, key="keep_int_channel")
        submitted = st.button("Reflect", type="primary", icon=":material/psychology:",
                              key="int_reflect")
    answers = intention.Answers(who=who, interest=interest, ask=ask, offer=offer,
                                still_write=still, channel=channel)
    ws.answers = answers
    return answers, submitted


def show_result(result: intention.IntentionResult, *, stale: bool) -> None:
    st.subheader("What we see")
    if stale:
        st.info("Out of date: you have changed your answers since. Press Reflect to see "
                "what we make of them now.", icon=":material/history:")
    box = {"good": st.success, "caution": st.info, "stop": st.warning}[result.level]
    box(result.summary, icon=LEVEL_ICONS[result.level])
    notes = [(r.level, LABELS[r.question], r.text) for r in result.reflections]
    ui.html(render.notes_html(notes))
    draft = result.draft
    st.subheader("A draft to start from")
    st.caption("Your interest became the opening, your question the ask, your offer the offer. "
               "Where an answer couldn't be used as it is, the draft leaves a [gap in "
               "brackets]. Fill in the brackets and make every line sound like you.")
    ui.show_message(Message(channel=draft.channel, subject=draft.subject, body=draft.body))
    if st.button("Take this draft to Check your own message", type="primary",
                 icon=":material/arrow_forward:"):
        st.session_state[PREFILL] = draft.model_dump()
        st.switch_page(CHECK_PAGE)


def main() -> None:
    st.title("Intention check", anchor=False)
    st.caption("Five honest questions before you write. Nothing here is sent anywhere.")
    answers, submitted = worksheet()
    if submitted:
        st.session_state[RESULT] = (answers, intention.evaluate(answers))
    reflected = st.session_state.get(RESULT)
    if reflected is not None:
        show_result(reflected[1], stale=reflected[0] != answers)


ui.guarded(main)
