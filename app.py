"""The rapport practice app: shared setup, then `st.navigation` over the pages in app_pages/.

Run it with `make serve` (with the course) or `streamlit run app.py`. The pages only arrange
what the rapport package computes; see app_pages/components.py for the shared pieces.
"""

from __future__ import annotations

import logging

import streamlit as st

from app_pages import components

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")

st.set_page_config(page_title="rapport: practice", page_icon="💬", layout="wide")
components.keep_widget_state()

PAGES = [
    st.Page("app_pages/practice.py", title="Practice", icon=":material/edit_note:",
            default=True),
    st.Page("app_pages/check_your_own.py", title="Check your own message",
            icon=":material/fact_check:", url_path="check"),
    st.Page("app_pages/intention.py", title="Intention check", icon=":material/psychology:",
            url_path="intention"),
    st.Page("app_pages/roleplay.py", title="Role-play cards", icon=":material/groups:",
            url_path="roleplay"),
    st.Page("app_pages/join.py", title="Join a workshop", icon=":material/login:",
            url_path="join"),
    st.Page("app_pages/workshop.py", title="Run a workshop", icon=":material/co_present:",
            url_path="workshop"),
]

page = st.navigation(PAGES)
components.sidebar_course_links()
components.page_style()
page.run()
