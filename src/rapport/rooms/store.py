"""The room store: the only module that speaks SQL (SQLAlchemy 2 Core).

One URL picks the database (:func:`database_url`): ``RAPPORT_DATABASE_URL`` when set
(PostgreSQL through psycopg 3 in production), otherwise a SQLite file in
``RAPPORT_DATA_DIR`` (default ``.rapport/``) in WAL mode with a busy timeout. The schema is
never created here: :func:`upgrade` runs the Alembic migrations shipped in the package.
Every method is one short transaction; a method returns only after its commit.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import IntegrityError, OperationalError

from rapport.models import Report
from rapport.rooms.models import Draft, Learner, Room, RoomAttempt

DATABASE_URL_ENV = "RAPPORT_DATABASE_URL"
DATA_DIR_ENV = "RAPPORT_DATA_DIR"
DEFAULT_DATA_DIR = ".rapport"
SQLITE_FILE = "rapport.db"
BUSY_TIMEOUT_MS = 30_000
MIGRATIONS = Path(__file__).with_name("migrations")
JOIN_LOCK = 7_146
"""First key of PostgreSQL's two-key advisory lock taken while numbering a room's learners."""

metadata = sa.MetaData()

rooms = sa.Table(
    "rooms", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("code", sa.String(5), nullable=False, unique=True),
    sa.Column("title", sa.String(200), nullable=False),
    sa.Column("exercise_ids", sa.Text, nullable=False),
    sa.Column("code_mode", sa.String(8), nullable=False),
    sa.Column("scenario_code", sa.String(5), nullable=False),
    sa.Column("key_hash", sa.String(128), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("expires_at", sa.DateTime, nullable=False),
    sa.Column("closed_at", sa.DateTime, nullable=True),
)

learners = sa.Table(
    "learners", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("room_id", sa.Integer, sa.ForeignKey("rooms.id", ondelete="CASCADE"),
              nullable=False),
    sa.Column("number", sa.Integer, nullable=False),
    sa.Column("display_name", sa.String(60), nullable=True),
    sa.Column("token_hash", sa.String(128), nullable=False, unique=True),
    sa.Column("scenario_code", sa.String(5), nullable=False),
    sa.Column("joined_at", sa.DateTime, nullable=False),
    sa.UniqueConstraint("room_id", "number", name="uq_learners_room_number"),
)

attempts = sa.Table(
    "attempts", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("room_id", sa.Integer, sa.ForeignKey("rooms.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("learner_id", sa.Integer, sa.ForeignKey("learners.id", ondelete="CASCADE"),
              nullable=False),
    sa.Column("attempt_key", sa.String(64), nullable=False),
    sa.Column("exercise_id", sa.String(100), nullable=False),
    sa.Column("scenario_code", sa.String(5), nullable=False),
    sa.Column("channel", sa.String(20), nullable=False),
    sa.Column("relationship", sa.String(30), nullable=False),
    sa.Column("subject", sa.Text, nullable=True),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("report", sa.Text, nullable=False),
    sa.Column("ready", sa.Boolean, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.UniqueConstraint("learner_id", "attempt_key", name="uq_attempts_learner_key"),
)

drafts = sa.Table(
    "drafts", metadata,
    sa.Column("learner_id", sa.Integer, sa.ForeignKey("learners.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("exercise_id", sa.String(100), primary_key=True),
    sa.Column("subject", sa.Text, nullable=True),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
)


class StoreError(Exception):
    """The database could not be reached or refused the operation (message names the URL)."""


class Conflict(Exception):
    """A unique value (room code, learner number) was taken concurrently: try again."""


# --- The URL and the engine ---------------------------------------------------------------


def database_url(environ: Mapping[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    url = env.get(DATABASE_URL_ENV, "").strip()
    if url:
        return normalise_url(url)
    folder = Path(env.get(DATA_DIR_ENV, "").strip() or DEFAULT_DATA_DIR)
    return f"sqlite:///{(folder / SQLITE_FILE).as_posix()}"


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean psycopg 3 here (SQLAlchemy would pick psycopg2)."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def redact(url: str | URL) -> str:
    """The URL as it can be shown or logged: never with its password."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except Exception:
        return "(an unreadable database URL)"
    return parsed.render_as_string(hide_password=True)


def create_engine(url: str) -> Engine:
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return sa.create_engine(parsed, pool_pre_ping=True, pool_size=5, max_overflow=10)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def alembic_config(connection: Connection | None = None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Create or upgrade the schema with the package's Alembic migrations."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    from alembic import command

    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


# --- Rows to models -----------------------------------------------------------------------


def utc(value: datetime | None) -> datetime | None:
    """Stored as naive UTC (portable across SQLite and PostgreSQL); handed out aware."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _naive(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None)


def _room(row: Any) -> Room:
    return Room(id=row.id, code=row.code, title=row.title,
                exercise_ids=json.loads(row.exercise_ids), code_mode=row.code_mode,
                scenario_code=row.scenario_code, created_at=utc(row.created_at),
                expires_at=utc(row.expires_at), closed_at=utc(row.closed_at))


def _learner(row: Any) -> Learner:
    return Learner(id=row.id, room_id=row.room_id, number=row.number,
                   display_name=row.display_name, scenario_code=row.scenario_code,
                   joined_at=utc(row.joined_at))


def _attempt(row: Any) -> RoomAttempt:
    return RoomAttempt(id=row.id, room_id=row.room_id, learner_id=row.learner_id,
                       exercise_id=row.exercise_id, scenario_code=row.scenario_code,
                       channel=row.channel, relationship=row.relationship, subject=row.subject,
                       body=row.body, report=Report.model_validate_json(row.report),
                       ready=bool(row.ready), created_at=utc(row.created_at))


# --- The store ----------------------------------------------------------------------------


class Store:
    """Rooms, learners, attempts and drafts in one database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.url = redact(engine.url)
        # SQLite takes one writer at a time and makes the others sleep-poll (busy timeout):
        # within this process, writers queue on a lock instead and go the moment it is free.
        self._writing = (threading.Lock() if engine.dialect.name == "sqlite"
                         else contextlib.nullcontext())

    @classmethod
    def open(cls, url: str | None = None, *, migrate: bool = True) -> Store:
        """Connect, upgrade the schema to head, and check the database answers."""
        url = url or database_url()
        try:
            engine = create_engine(url)
            if migrate:
                upgrade(engine)
            store = cls(engine)
            store.ping()
        except StoreError:
            raise
        except Exception as error:
            raise StoreError(f"Could not open the rooms database at {redact(url)}: "
                             f"{_reason(error)}") from error
        return store

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self._writing, self._tx() as connection:
            yield connection

    @contextmanager
    def _tx(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as connection:
                yield connection
        except IntegrityError as error:
            raise Conflict(str(error.orig)) from error
        except OperationalError as error:
            raise StoreError(f"The rooms database at {self.url} did not answer: "
                             f"{_reason(error)}") from error

    def ping(self) -> None:
        with self._tx() as c:
            c.execute(sa.select(sa.literal(1)))

    def dispose(self) -> None:
        self.engine.dispose()

    # rooms

    def insert_room(self, *, code: str, title: str, exercise_ids: list[str], code_mode: str,
                    scenario_code: str, key_hash: str, created_at: datetime,
                    expires_at: datetime) -> Room:
        with self._write() as c:
            result = c.execute(rooms.insert().values(
                code=code, title=title, exercise_ids=json.dumps(exercise_ids),
                code_mode=code_mode, scenario_code=scenario_code, key_hash=key_hash,
                created_at=_naive(created_at), expires_at=_naive(expires_at)))
            room_id = result.inserted_primary_key[0]
            return _room(c.execute(rooms.select().where(rooms.c.id == room_id)).one())

    def room_by_code(self, code: str) -> tuple[Room, str] | None:
        """The room and its key hash (for the service to verify), or None."""
        with self._tx() as c:
            row = c.execute(rooms.select().where(rooms.c.code == code)).first()
        return (_room(row), row.key_hash) if row else None

    def room(self, room_id: int) -> Room | None:
        with self._tx() as c:
            row = c.execute(rooms.select().where(rooms.c.id == room_id)).first()
        return _room(row) if row else None

    def close_room(self, room_id: int, at: datetime) -> None:
        with self._write() as c:
            c.execute(rooms.update().where(rooms.c.id == room_id, rooms.c.closed_at.is_(None))
                      .values(closed_at=_naive(at)))

    def delete_room(self, room_id: int) -> None:
        with self._write() as c:
            _delete_rooms(c, sa.select(rooms.c.id).where(rooms.c.id == room_id))

    def delete_expired(self, now: datetime) -> int:
        with self._write() as c:
            ids = sa.select(rooms.c.id).where(rooms.c.expires_at <= _naive(now))
            count = len(c.execute(ids).all())
            if count:
                _delete_rooms(c, ids)
            return count

    # learners

    def insert_learner(self, *, room_id: int, display_name: str | None, token_hash: str,
                       scenario_code: str, joined_at: datetime) -> Learner:
        """The next number in the room. Joins to one room are serialised: SQLite by its write
        lock, PostgreSQL by a transaction-level advisory lock on the room (without it, 40
        learners joining at once keep computing the same max + 1 and retrying)."""
        next_number = (sa.select(sa.func.coalesce(sa.func.max(learners.c.number), 0) + 1)
                       .where(learners.c.room_id == room_id).scalar_subquery())
        with self._write() as c:
            if c.dialect.name == "postgresql":
                c.execute(sa.select(sa.func.pg_advisory_xact_lock(JOIN_LOCK, room_id)))
            c.execute(learners.insert().values(
                room_id=room_id, number=next_number, display_name=display_name,
                token_hash=token_hash, scenario_code=scenario_code,
                joined_at=_naive(joined_at)))
            row = c.execute(learners.select().where(learners.c.token_hash == token_hash)).one()
            return _learner(row)

    def learner_by_token_hash(self, token_hash: str) -> Learner | None:
        with self._tx() as c:
            row = c.execute(learners.select().where(learners.c.token_hash == token_hash)).first()
        return _learner(row) if row else None

    def learners(self, room_id: int) -> list[Learner]:
        with self._tx() as c:
            rows = c.execute(learners.select().where(learners.c.room_id == room_id)
                             .order_by(learners.c.number)).all()
        return [_learner(r) for r in rows]

    # attempts

    def insert_attempt(self, *, room_id: int, learner_id: int, attempt_key: str,
                       exercise_id: str, scenario_code: str, channel: str, relationship: str,
                       subject: str | None, body: str, report: Report,
                       created_at: datetime) -> RoomAttempt:
        """Store one attempt; the same attempt_key again returns the stored one (exactly once)."""
        key = (attempts.c.learner_id == learner_id) & (attempts.c.attempt_key == attempt_key)
        try:
            with self._write() as c:
                c.execute(attempts.insert().values(
                    room_id=room_id, learner_id=learner_id, attempt_key=attempt_key,
                    exercise_id=exercise_id, scenario_code=scenario_code, channel=channel,
                    relationship=relationship, subject=subject, body=body,
                    report=report.model_dump_json(), ready=report.ready,
                    created_at=_naive(created_at)))
                return _attempt(c.execute(attempts.select().where(key)).one())
        except Conflict:
            with self._tx() as c:
                row = c.execute(attempts.select().where(key)).first()
            if row is None:
                raise
            return _attempt(row)

    def attempts(self, room_id: int, learner_id: int | None = None) -> list[RoomAttempt]:
        query = attempts.select().where(attempts.c.room_id == room_id)
        if learner_id is not None:
            query = query.where(attempts.c.learner_id == learner_id)
        with self._tx() as c:
            rows = c.execute(query.order_by(attempts.c.id)).all()
        return [_attempt(r) for r in rows]

    def count_attempts(self, room_id: int) -> int:
        with self._tx() as c:
            return c.execute(sa.select(sa.func.count()).select_from(attempts)
                             .where(attempts.c.room_id == room_id)).scalar_one()

    # drafts

    def save_draft(self, *, learner_id: int, exercise_id: str, subject: str | None, body: str,
                   at: datetime) -> None:
        where = (drafts.c.learner_id == learner_id) & (drafts.c.exercise_id == exercise_id)
        values = {"subject": subject, "body": body, "updated_at": _naive(at)}
        with self._write() as c:
            if c.execute(drafts.update().where(where).values(**values)).rowcount == 0:
                c.execute(drafts.insert().values(learner_id=learner_id,
                                                 exercise_id=exercise_id, **values))

    def drafts(self, learner_id: int) -> dict[str, Draft]:
        with self._tx() as c:
            rows = c.execute(drafts.select().where(drafts.c.learner_id == learner_id)).all()
        return {r.exercise_id: Draft(exercise_id=r.exercise_id, subject=r.subject, body=r.body,
                                     updated_at=utc(r.updated_at)) for r in rows}


def _delete_rooms(c: Connection, ids: sa.Select) -> None:
    """Everything of these rooms, children first (not relying on ON DELETE CASCADE)."""
    learner_ids = sa.select(learners.c.id).where(learners.c.room_id.in_(ids))
    c.execute(drafts.delete().where(drafts.c.learner_id.in_(learner_ids)))
    c.execute(attempts.delete().where(attempts.c.room_id.in_(ids)))
    c.execute(learners.delete().where(learners.c.room_id.in_(ids)))
    c.execute(rooms.delete().where(rooms.c.id.in_(ids)))


def _reason(error: BaseException) -> str:
    """The driver's first line, without a traceback (and never the URL's password)."""
    original = getattr(error, "orig", None) or error
    text = str(original).strip().splitlines()
    return text[0] if text else type(original).__name__
