"""Workshop rooms: a facilitator opens a room, learners join it, every Check is stored.

- :mod:`rapport.rooms.models`: the vocabulary (Room, Learner, RoomAttempt, RoomSummary ...).
- :mod:`rapport.rooms.store`: the only module that speaks SQL (SQLAlchemy 2 Core).
- :mod:`rapport.rooms.migrations`: Alembic revisions; the schema is only made by ``upgrade head``.
- :mod:`rapport.rooms.service`: the room rules (join, record, summarise, close, export ...).
- :mod:`rapport.rooms.exports`: CSV (formula-injection safe) and Markdown for the follow-up.

Nothing here imports Streamlit; the app pages call the service.
"""
