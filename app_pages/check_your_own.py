"""Check your own message: paste any real message and get the same feedback as in practice.

The boxes are filled from the learner's workspace (one draft, :data:`rapport.workspace.OWN`)
and written back on every run, so changing the channel or the relationship, or visiting
another page, keeps the text. A draft from the Intention check arrives through
``st.session_state[PREFILL]`` and replaces the boxes once.
"""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from app_pages import components as ui
from rapport.models import CHANNELS, RELATIONSHIPS, Recipient
from rapport.workspace import OWN, Draft

# A dict with channel, subject, body, recipient and work, set by the Intention check page.
PREFILL = "own_prefill"
CHANNEL = "keep_own_channel"
RELATIONSHIP = "keep_own_relationship"
SUBJECT = "keep_own_subject"
BODY = "keep_own_body"
NAME = "keep_own_recipient_name"
WORK = "keep_own_recipient_work"
NOTE = "keep_own_connection_note"
MESSAGE_ANCHOR = "rapport-message"
RELATIONSHIP_LABELS = {
    "stranger": "a stranger",
    "acquaintance": "an acquaintance (met once or twice)",
    "coworker": "a coworker",
    "former-colleague": "a former colleague",
    "friend": "a friend",
}


def apply_prefill() -> bool:
    prefill = st.session_state.pop(PREFILL, None)
    if not prefill:
        return False
    kept = ui.workspace().draft(OWN, Draft())
    draft = kept.model_copy(update={
        "channel": prefill.get("channel", "email"),
        "subject": prefill.get("subject") or "",
        "body": prefill.get("body", ""),
        "recipient_name": prefill.get("recipient", ""),
        "recipient_work": "\n".join(prefill.get("work", [])),
    })
    ui.workspace().save_draft(OWN, draft)
    fill_boxes(draft, force=True)
    return True


def fill_boxes(draft: Draft, *, force: bool = False) -> None:
    ui.fill(CHANNEL, draft.channel, force=force)
    ui.fill(RELATIONSHIP, draft.relationship, force=force)
    ui.fill(SUBJECT, draft.subject or "", force=force)
    ui.fill(BODY, draft.body, force=force)
    ui.fill(NAME, draft.recipient_name, force=force)
    ui.fill(WORK, draft.recipient_work, force=force)
    ui.fill(NOTE, draft.connection_note, force=force)


def recipient_from(name: str, work: str) -> Recipient | None:
    name = " ".join(name.split())
    if not name:
        return None
    items = [line.strip() for line in work.splitlines() if line.strip()]
    return Recipient(name=name, work=items)


def the_boxes() -> tuple[Draft, bool]:
    """The message boxes (no st.form: a change of channel never throws typing away)."""
    ws = ui.workspace()
    kept = ws.draft(OWN, Draft())
    fill_boxes(kept)
    col_channel, col_relationship = st.columns(2)
    channel = col_channel.selectbox("Channel", CHANNELS, key=CHANNEL)
    relationship = col_relationship.selectbox("They are", RELATIONSHIPS, key=RELATIONSHIP,
                                              format_func=RELATIONSHIP_LABELS.__getitem__)
    ui.anchor(MESSAGE_ANCHOR)
    with st.container(border=True):
        subject = st.text_input("Subject", key=SUBJECT) if channel == "email" else None
        note = (st.checkbox("It's a connection-request note (LinkedIn counts these in "
                            "characters: 300, or 200 on a free account)", key=NOTE)
                if channel == "linkedin" else kept.connection_note)
        body = st.text_area("Your message", key=BODY, height=240,
                            placeholder="Paste or write the message you want to send.")
        with st.expander("Who is it for? (optional: lets the checker spot a wrong name and "
                         "whether you mention their work)"):
            name = st.text_input("Their name", key=NAME, placeholder="e.g. Lucas Moreau")
            work = st.text_area("Their work, one per line", key=WORK, height=90,
                                placeholder="e.g. Warehouse robotics at scale (talk)")
        submitted = st.button("Check", type="primary", icon=":material/fact_check:",
                              key="own_check")
    draft = Draft(channel=channel, relationship=relationship,
                  subject=kept.subject if subject is None else subject, body=body,
                  recipient_name=name, recipient_work=work, connection_note=note)
    ws.save_draft(OWN, draft)
    return draft, submitted


def main() -> None:
    ui.skip_link(MESSAGE_ANCHOR, "Skip to your message")
    st.title("Check your own message", anchor=False)
    st.caption("Paste a real message you are about to send. It stays in this browser session.")
    if apply_prefill():
        st.info("Your draft from the Intention check is below: fill in the [brackets], make "
                "it yours, then check it.", icon=":material/edit_note:")
    draft, submitted = the_boxes()
    ws = ui.workspace()
    message = draft.message()
    if submitted:
        report = ui.run_check(message, recipient_from(draft.recipient_name,
                                                      draft.recipient_work),
                              draft.relationship)
        if report is not None:
            ws.record(OWN, message, report, checked_at=datetime.now())
    result = ws.result(OWN)
    if result is not None:
        ui.show_feedback(result, stale=ui.workspace().is_stale(OWN))


ui.guarded(main)
