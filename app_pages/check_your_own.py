"""Check your own message: paste any real message and get the same feedback as in practice.

A draft from the Intention check arrives through ``st.session_state[PREFILL]`` and fills
the fields once.
"""

from __future__ import annotations

import streamlit as st

from app_pages import components as ui
from rapport import feedback
from rapport.models import CHANNELS, RELATIONSHIPS, Message, Recipient

# A dict with channel, subject, body, recipient and work, set by the Intention check page.
PREFILL = "own_prefill"
RESULT = "own_result"
CHANNEL = "keep_own_channel"
RELATIONSHIP = "keep_own_relationship"
SUBJECT = "keep_own_subject"
BODY = "keep_own_body"
NAME = "keep_own_recipient_name"
WORK = "keep_own_recipient_work"
RELATIONSHIP_LABELS = {
    "stranger": "a stranger",
    "acquaintance": "an acquaintance (met once or twice)",
    "coworker": "a coworker",
    "former-colleague": "a former colleague",
    "friend": "a friend",
}


def apply_prefill() -> bool:
    draft = st.session_state.pop(PREFILL, None)
    if not draft:
        return False
    st.session_state[CHANNEL] = draft.get("channel", "email")
    st.session_state[SUBJECT] = draft.get("subject") or ""
    st.session_state[BODY] = draft.get("body", "")
    st.session_state[NAME] = draft.get("recipient", "")
    st.session_state[WORK] = "\n".join(draft.get("work", []))
    st.session_state.pop(RESULT, None)
    return True


def recipient_from(name: str, work: str) -> Recipient | None:
    name = " ".join(name.split())
    if not name:
        return None
    items = [line.strip() for line in work.splitlines() if line.strip()]
    return Recipient(name=name, work=items)


def the_form() -> tuple[Message, Recipient | None] | None:
    ui.init(CHANNEL, "email")
    ui.init(RELATIONSHIP, "stranger")
    col_channel, col_relationship = st.columns(2)
    channel = col_channel.selectbox("Channel", CHANNELS, key=CHANNEL)
    col_relationship.selectbox("They are", RELATIONSHIPS, key=RELATIONSHIP,
                               format_func=RELATIONSHIP_LABELS.__getitem__)
    with st.form("own-message"):
        subject = st.text_input("Subject", key=SUBJECT) if channel == "email" else None
        body = st.text_area("Your message", key=BODY, height=240,
                            placeholder="Paste or write the message you want to send.")
        with st.expander("Who is it for? (optional: lets the checker spot a wrong name and "
                         "whether you mention their work)"):
            name = st.text_input("Their name", key=NAME, placeholder="e.g. Lucas Moreau")
            work = st.text_area("Their work, one per line", key=WORK, height=90,
                                placeholder="e.g. Warehouse robotics at scale (talk)")
        submitted = st.form_submit_button("Check", type="primary", icon=":material/fact_check:")
    if not submitted:
        return None
    return Message(channel=channel, subject=subject, body=body), recipient_from(name, work)


def main() -> None:
    st.title("Check your own message")
    st.caption("Paste a real message you are about to send. It stays in this browser session.")
    if apply_prefill():
        st.info("Your draft from the Intention check is below: fill in the [brackets], make "
                "it yours, then check it.", icon=":material/edit_note:")
    submitted = the_form()
    if submitted is not None:
        message, recipient = submitted
        report = ui.run_check(message, recipient, st.session_state[RELATIONSHIP])
        if report is None:
            st.session_state.pop(RESULT, None)
        else:
            st.session_state[RESULT] = feedback.build(message, report)
    result = st.session_state.get(RESULT)
    if result is not None:
        ui.show_feedback(result)


ui.guarded(main)
