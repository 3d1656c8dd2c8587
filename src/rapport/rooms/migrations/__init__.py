"""Alembic migrations for the rooms database (run by ``rapport.rooms.store.upgrade``)."""
