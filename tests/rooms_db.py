"""Fresh rooms databases for tests: a SQLite file per test, or a new PostgreSQL database
per test on the local cluster that `make postgres` (scripts/local-postgres) starts.

Outside CI, when PostgreSQL is not running, the PostgreSQL variants skip and say why;
with RAPPORT_REQUIRE_POSTGRES=1 (set by .ci/run) that is a failure instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
STATE = ROOT / ".rapport"
REQUIRE_ENV = "RAPPORT_REQUIRE_POSTGRES"
ADMIN_URL_ENV = "RAPPORT_TEST_POSTGRES_URL"


def postgres_admin_url() -> str:
    """The local cluster's URL, or skip (fail under RAPPORT_REQUIRE_POSTGRES=1) saying why."""
    url = os.environ.get(ADMIN_URL_ENV, "").strip()
    if not url and (STATE / "postgres.url").exists():
        url = (STATE / "postgres.url").read_text().strip()
    why = None
    if not url:
        why_file = STATE / "postgres.why"
        why = why_file.read_text().strip() if why_file.exists() else (
            "PostgreSQL is not running: `make postgres` starts a local cluster")
    else:
        try:
            engine = sa.create_engine(url)
            with engine.connect() as connection:
                connection.execute(sa.text("SELECT 1"))
            engine.dispose()
        except Exception as error:  # the driver's reason, one line
            why = f"PostgreSQL at {url} did not answer: {str(error).splitlines()[0]}"
    if why:
        message = f"PostgreSQL tests not run: {why}"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(message + f" ({REQUIRE_ENV}=1, so this is a failure)", pytrace=False)
        pytest.skip(message)
    return url


@contextmanager
def fresh_postgres() -> Iterator[str]:
    admin_url = postgres_admin_url()
    name = f"rapport_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = admin_url.rsplit("/", 1)[0] + "/" + name
    try:
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def fresh_database(kind: str, folder: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{(folder / 'rooms.db').as_posix()}"
    else:
        with fresh_postgres() as url:
            yield url
