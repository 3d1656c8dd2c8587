"""Alembic environment: runs on the connection handed over by ``rapport.rooms.store.upgrade``.

On PostgreSQL an advisory lock serialises concurrent upgrades, so several app processes
starting together against one database do not race to create the same tables.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from rapport.rooms.store import create_engine, database_url

MIGRATION_LOCK = 7_146_557_231
"""pg_advisory_xact_lock key held while migrating (any fixed number, ours)."""


def run(connection: sa.Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"),
                           {"key": MIGRATION_LOCK})
    context.configure(connection=connection, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    run(connection)
else:  # the alembic command line: the same URL the app uses
    engine = create_engine(database_url())
    with engine.begin() as own:
        run(own)
