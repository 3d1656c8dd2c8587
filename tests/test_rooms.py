"""Workshop rooms: the store, the migrations and the room rules, on SQLite and PostgreSQL.

Every test gets a fresh database (a SQLite file in its own temporary folder, or a new
PostgreSQL database on the local cluster). Reports come from the real checker.
"""

from __future__ import annotations

import csv
import io
import threading
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from rapport import exercises
from rapport.checks import check
from rapport.models import Message
from rapport.personas import CODE_ALPHABET
from rapport.rooms import keys
from rapport.rooms import store as store_module
from rapport.rooms.exports import safe_cell
from rapport.rooms.service import (
    RoomClosed,
    RoomError,
    RoomNotFound,
    RoomService,
    UnknownLearner,
    WrongKey,
    retention_days,
)
from rapport.rooms.store import Store, StoreError

WEAK = "Hi, can I pick your brain sometime? I need a job."
BETTER = ("Hi Lucas,\n\nI watched your talk on warehouse robots and the part about automating "
          "the dullest tasks first stayed with me. How did you decide which task to automate "
          "first?\n\nThanks,\nMaya")
HOSTILE = "=HYPERLINK(\"http://x\") <script>alert(1)</script> مرحبا 👋 **bold**"


@pytest.fixture
def bank_ids() -> list[str]:
    ids = [e.id for e in exercises.load_bank().exercises]
    if len(ids) < 2:
        pytest.skip("the exercise bank needs at least two exercises")
    return ids[:2]


def checked(body: str, channel: str = "linkedin") -> tuple[Message, object]:
    message = Message(channel=channel, body=body)
    return message, check(message, None, "stranger")


def record(service: RoomService, learner, exercise_id: str, body: str, key: str):
    message, report = checked(body)
    return service.record_attempt(learner, key, exercise_id, message, "stranger", report)


# --- schema ------------------------------------------------------------------------------


def test_upgrade_head_on_an_empty_database_creates_the_schema(db_url: str) -> None:
    engine = store_module.create_engine(db_url)
    assert sa.inspect(engine).get_table_names() == []
    store_module.upgrade(engine)
    tables = set(sa.inspect(engine).get_table_names())
    assert {"rooms", "learners", "attempts", "drafts", "alembic_version"} <= tables
    assert store_module.current_revision(engine) == "0001_rooms"
    store_module.upgrade(engine)  # idempotent
    store_module.downgrade(engine)
    assert set(sa.inspect(engine).get_table_names()) <= {"alembic_version"}
    engine.dispose()


def test_the_migrations_match_the_tables_the_store_queries(db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = store_module.create_engine(db_url)
    store_module.upgrade(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), store_module.metadata)
    engine.dispose()
    # Index and constraint names may differ in how they are declared; columns and tables not.
    assert [d for d in diff if d[0] in ("add_table", "remove_table", "add_column",
                                        "remove_column")] == []


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(tmp_path) -> None:
    opened = Store.open(f"sqlite:///{tmp_path}/x.db")
    with opened.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    opened.dispose()


def test_default_url_is_sqlite_in_the_data_dir(tmp_path) -> None:
    assert store_module.database_url({}) == "sqlite:///.rapport/rapport.db"
    assert store_module.database_url({"RAPPORT_DATA_DIR": str(tmp_path)}) == (
        f"sqlite:///{tmp_path}/rapport.db")
    assert store_module.database_url(
        {"RAPPORT_DATABASE_URL": "postgresql://u:p@h/db"}) == "postgresql+psycopg://u:p@h/db"


def test_an_unreachable_database_names_the_url_without_its_password() -> None:
    with pytest.raises(StoreError) as caught:
        Store.open("postgresql://rapport:s3cret-pw@127.0.0.1:1/rooms")
    text = str(caught.value)
    assert "127.0.0.1:1/rooms" in text and "s3cret-pw" not in text and "***" in text


def test_retention_is_configurable_and_checked() -> None:
    assert retention_days({}) == 30
    assert retention_days({"RAPPORT_RETENTION_DAYS": "7"}) == 7
    with pytest.raises(RoomError, match="whole number"):
        retention_days({"RAPPORT_RETENTION_DAYS": "soon"})


# --- facilitator ---------------------------------------------------------------------------


def test_a_room_gets_a_code_and_a_key_shown_once_stored_only_as_a_hash(
        service: RoomService, store: Store, bank_ids: list[str]) -> None:
    new = service.create_room("Career day", bank_ids, "same", known_exercises=bank_ids)
    room = new.room
    assert len(room.code) == 5 and set(room.code) <= set(CODE_ALPHABET)
    assert len(new.facilitator_key) >= 32
    with store.engine.connect() as connection:
        stored = connection.execute(sa.select(store_module.rooms)).one()
    assert new.facilitator_key not in repr(tuple(stored))
    assert stored.key_hash == keys.digest(new.facilitator_key)
    assert room.exercise_ids == bank_ids
    assert room.expires_at - room.created_at == timedelta(days=30)


def test_the_key_reopens_the_room_and_the_code_alone_never_does(
        service: RoomService, bank_ids: list[str]) -> None:
    new = service.create_room("Career day", bank_ids)
    other = service.create_room("Other room", bank_ids)
    assert service.unlock(new.room.code.lower(), new.facilitator_key).id == new.room.id
    for key in ("", "   ", new.room.code, other.facilitator_key, new.facilitator_key[:-1]):
        with pytest.raises(WrongKey):
            service.unlock(new.room.code, key)
    with pytest.raises(RoomNotFound):
        service.unlock("!!", new.facilitator_key)


def test_repeated_wrong_keys_are_slowed_down() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    throttle = keys.KeyThrottle()
    for _ in range(keys.FREE_TRIES - 1):
        throttle = throttle.failed(now)
        assert throttle.wait_seconds(now) == 0
    waits = []
    for _ in range(4):
        throttle = throttle.failed(now)
        waits.append(throttle.wait_seconds(now))
    assert waits == sorted(waits) and waits[0] > 0 and waits[-1] > waits[0]
    assert throttle.wait_seconds(now + timedelta(seconds=61)) == 0
    assert throttle.succeeded().wait_seconds(now) == 0


@pytest.mark.parametrize(("title", "ids", "problem"), [
    ("  ", None, "title"), ("x" * 500, None, "under"), ("Day", [], "at least one"),
    ("Day", ["no-such-exercise"], "not in the bank")])
def test_bad_room_settings_get_a_clear_message(service: RoomService, bank_ids: list[str],
                                               title: str, ids, problem: str) -> None:
    with pytest.raises(RoomError, match=problem):
        service.create_room(title, bank_ids if ids is None else ids,
                            known_exercises=bank_ids)


# --- learners ------------------------------------------------------------------------------


def test_learners_join_with_the_code_and_come_back_with_their_token(
        service: RoomService, store: Store, bank_ids: list[str]) -> None:
    room = service.create_room("Day", bank_ids, "same", scenario_code="K7M3Q").room
    ana = service.join(room.code, " Ana ")
    anon = service.join(room.code.lower(), "")
    assert (ana.learner.number, anon.learner.number) == (1, 2)
    assert ana.learner.name == "Ana" and anon.learner.name == "Learner 2"
    assert ana.learner.scenario_code == anon.learner.scenario_code == "K7M3Q"
    assert ana.token != anon.token and len(ana.token) >= 24
    with store.engine.connect() as connection:
        hashes = connection.execute(sa.select(store_module.learners.c.token_hash)).scalars()
        assert ana.token not in " ".join(hashes)
    assert service.learner(ana.token)[0].id == ana.learner.id
    for bad in ("", "x", ana.token[:-1], room.code):
        with pytest.raises(UnknownLearner):
            service.learner(bad)
    with pytest.raises(RoomNotFound, match="no room"):
        service.join("ZZZZZ")


def test_own_scenario_rooms_give_each_learner_a_code(service: RoomService,
                                                     bank_ids: list[str]) -> None:
    room = service.create_room("Day", bank_ids, "own").room
    codes = {service.join(room.code).learner.scenario_code for _ in range(6)}
    assert len(codes) > 1


def test_attempts_are_stored_once_verbatim_and_only_for_their_learner(
        service: RoomService, bank_ids: list[str]) -> None:
    room = service.create_room("Day", bank_ids).room
    ana, ben = service.join(room.code, "Ana").learner, service.join(room.code, "Ben").learner
    first = record(service, ana, bank_ids[0], HOSTILE, "attempt-0001")
    again = record(service, ana, bank_ids[0], HOSTILE, "attempt-0001")  # a resent Check
    assert again.id == first.id
    record(service, ben, bank_ids[0], WEAK, "attempt-0002")
    mine = service.my_attempts(ana)
    assert [a.body for a in mine] == [HOSTILE]
    assert mine[0].report == check(Message(channel="linkedin", body=HOSTILE), None, "stranger")
    assert [a.body for a in service.my_attempts(ben)] == [WEAK]
    with pytest.raises(RoomError, match="not part of the room"):
        record(service, ana, "not-in-room", WEAK, "attempt-0003")


def test_drafts_come_back_on_another_device(service: RoomService, bank_ids: list[str]) -> None:
    room = service.create_room("Day", bank_ids).room
    joined = service.join(room.code)
    service.save_draft(joined.learner, bank_ids[0], "Hello", "first words")
    service.save_draft(joined.learner, bank_ids[0], "Hello", "first words, then more 👋")
    learner, _ = service.learner(joined.token)  # the same token, another browser
    drafts = service.drafts(learner)
    assert drafts[bank_ids[0]].body == "first words, then more 👋"
    assert drafts[bank_ids[0]].subject == "Hello"


def test_concurrent_joins_get_distinct_numbers(service: RoomService,
                                               bank_ids: list[str]) -> None:
    room = service.create_room("Day", bank_ids).room
    numbers: list[int] = []
    errors: list[BaseException] = []

    def join() -> None:
        try:
            numbers.append(service.join(room.code).learner.number)
        except BaseException as error:  # collected, asserted below
            errors.append(error)

    threads = [threading.Thread(target=join) for _ in range(30)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(numbers) == list(range(1, 31))


# --- summary, close, export, delete, expire ---------------------------------------------


def test_the_summary_counts_learners_findings_and_progress(
        service: RoomService, bank_ids: list[str]) -> None:
    room = service.create_room("Day", bank_ids).room
    learners = [service.join(room.code, name).learner for name in ("Ana", "Ben", "Cy")]
    service.join(room.code, "Dee")  # joined, never checked
    for i, learner in enumerate(learners):
        record(service, learner, bank_ids[0], WEAK, f"first-{i:04d}")
    record(service, learners[0], bank_ids[0], BETTER, "second-0000")
    summary = service.summary(room)
    assert (summary.joined, summary.checked, summary.attempts) == (4, 3, 4)
    weak_report = check(Message(channel="linkedin", body=WEAK), None, "stranger")
    better_report = check(Message(channel="linkedin", body=BETTER), None, "stranger")
    expected_ready = int(better_report.ready) + 2 * int(weak_report.ready)
    assert summary.per_exercise[0].checked == 3
    assert summary.per_exercise[0].ready == expected_ready
    assert summary.per_exercise[1].checked == 0
    weak_rules = {f.rule for f in weak_report.findings}
    counts = {r.rule: r.learners for r in summary.rules}
    for rule in weak_rules - {f.rule for f in better_report.findings}:
        assert counts[rule] == 2
    ana = next(p for p in summary.progress if p.learner == "Learner 1")
    assert (ana.attempts, ana.first_findings, ana.latest_findings) == (
        2, len(weak_report.findings), len(better_report.findings))
    assert summary.latest[0].learner == "Learner 1"
    assert "Ana" not in summary.model_dump_json()


def test_a_closed_room_refuses_attempts_but_keeps_the_learners_own(
        service: RoomService, bank_ids: list[str]) -> None:
    room = service.create_room("Day", bank_ids).room
    joined = service.join(room.code)
    record(service, joined.learner, bank_ids[0], WEAK, "attempt-0001")
    room = service.close(room)
    assert room.is_closed()
    with pytest.raises(RoomClosed, match="closed"):
        record(service, joined.learner, bank_ids[0], BETTER, "attempt-0002")
    with pytest.raises(RoomClosed):
        service.join(room.code)
    assert [a.body for a in service.my_attempts(joined.learner)] == [WEAK]


def test_export_csv_neutralises_formulas_and_keeps_text(service: RoomService,
                                                         bank_ids: list[str]) -> None:
    room = service.create_room("Day", bank_ids).room
    joined = service.join(room.code, "@admin")
    record(service, joined.learner, bank_ids[0], HOSTILE, "attempt-0001")
    rows = list(csv.DictReader(io.StringIO(service.export_csv(room))))
    assert len(rows) == 1
    assert rows[0]["body"] == "'" + HOSTILE
    assert rows[0]["display_name"] == "'@admin"
    for value in ("=1+1", "+1", "-1", "@SUM(A1)", "\t=1"):
        assert safe_cell(value).startswith("'")
    assert safe_cell("Hello") == "Hello"


def test_export_markdown_fences_learner_text(service: RoomService,
                                             bank_ids: list[str]) -> None:
    room = service.create_room("Day ` *x*", bank_ids).room
    joined = service.join(room.code, "Ana")
    record(service, joined.learner, bank_ids[0], "```\n# not a heading\n" + WEAK, "a-000001")
    text = service.export_markdown(room, exercise_title=str, rule_url=lambda r: f"r/{r}/")
    assert "````text\n```\n# not a heading" in text
    assert "Learner 1" in text and "Ana" not in text


def test_delete_removes_the_room_and_all_its_data(service: RoomService, store: Store,
                                                  bank_ids: list[str]) -> None:
    keep = service.create_room("Keep", bank_ids).room
    gone = service.create_room("Gone", bank_ids).room
    for room in (keep, gone):
        joined = service.join(room.code)
        record(service, joined.learner, bank_ids[0], WEAK, "attempt-0001")
        service.save_draft(joined.learner, bank_ids[0], None, "draft")
    service.delete(gone)
    with pytest.raises(RoomNotFound):
        service.find_room(gone.code)
    with store.engine.connect() as connection:
        for table in (store_module.learners, store_module.attempts):
            assert connection.execute(sa.select(sa.func.count()).select_from(table)).scalar() == 1
        assert connection.execute(
            sa.select(sa.func.count()).select_from(store_module.drafts)).scalar() == 1


def test_rooms_expire_after_the_retention_period(store: Store, bank_ids: list[str]) -> None:
    clock = [datetime(2026, 1, 1, tzinfo=UTC)]
    service = RoomService(store, retention=2, now=lambda: clock[0])
    room = service.create_room("Day", bank_ids).room
    joined = service.join(room.code)
    clock[0] += timedelta(days=2, seconds=1)
    assert "expired" in (service.status(service.find_room(room.code)) or "")
    with pytest.raises(RoomClosed, match="expired"):
        record(service, joined.learner, bank_ids[0], WEAK, "attempt-0001")
    assert service.expire() == 1
    with pytest.raises(UnknownLearner):
        service.learner(joined.token)


def test_without_postgresql_the_tests_skip_saying_why_and_ci_fails(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import rooms_db

    monkeypatch.setenv(rooms_db.ADMIN_URL_ENV, "postgresql+psycopg://rapport@127.0.0.1:1/postgres")
    monkeypatch.delenv(rooms_db.REQUIRE_ENV, raising=False)
    with pytest.raises(pytest.skip.Exception, match="did not answer"):
        rooms_db.postgres_admin_url()
    monkeypatch.setenv(rooms_db.REQUIRE_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match="RAPPORT_REQUIRE_POSTGRES=1"):
        rooms_db.postgres_admin_url()
