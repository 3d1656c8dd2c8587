"""The room pages through AppTest, on a fresh SQLite database per test.

Run a workshop (create, key once, join screen, reopen with the key, slowdown on wrong keys,
dashboard, presenter view without names, close, export, delete) and Join a workshop (join,
Check saved after the commit, reload and another device bring back attempts and draft,
closed room, bad codes, a database that cannot be reached).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from rapport import exercises
from rapport.rooms.service import RoomService
from rapport.rooms.store import Store

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
WORKSHOP = "app_pages/workshop.py"
JOIN = "app_pages/join.py"
TIMEOUT = 60
HOSTILE_NAME = "<b>Evexq</b> **x**"
NAMES = ["Anaqz Vorl", "Benqz Trux", HOSTILE_NAME]
"""Display names no scenario, rule or model rewrite will ever contain by chance."""
REWRITE = ("Hi {name},\n\nI read about your work and the part on automating the dullest "
           "tasks first stayed with me. How did you decide which task came first?\n\n"
           "Thanks,\nMaya <script>window.x=1</script>")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("RAPPORT_DATABASE_URL", raising=False)
    monkeypatch.setenv("RAPPORT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("RAPPORT_APP_URL", "http://192.168.1.20:8501/")
    return tmp_path


@pytest.fixture
def service(data_dir: Path) -> RoomService:
    return RoomService(Store.open(f"sqlite:///{data_dir}/rapport.db"))


@pytest.fixture
def exercise_ids() -> list[str]:
    return [e.id for e in exercises.load_bank().exercises[:2]]


def app_on(page: str, **query: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if page != "app_pages/practice.py":
        at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def html_of(at: AppTest) -> str:
    return "\n".join(h.value for h in at.html)


def markdown_of(at: AppTest) -> str:
    kinds = ("markdown", "caption", "title", "subheader", "header", "info", "warning", "error",
             "success", "code")
    return "\n".join(str(e.value) for kind in kinds for e in getattr(at, kind))


def button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def widget(items, label: str):
    return next(w for w in items if w.label.startswith(label))


# --- Run a workshop ------------------------------------------------------------------------


def create_room(at: AppTest, ids: list[str], title: str = "Career day") -> str:
    widget(at.text_input, "Title").set_value(title)
    widget(at.multiselect, "Exercises").set_value(ids)
    button(at, "Create the room").click().run()
    assert not at.exception, at.exception
    key = next(c.value for c in at.code)
    return key


def test_creating_a_room_shows_the_key_once_and_the_join_screen(
        data_dir: Path, service: RoomService, exercise_ids: list[str]) -> None:
    at = app_on(WORKSHOP)
    assert "deleted automatically 30 days" in markdown_of(at)
    key = create_room(at, exercise_ids)
    code = at.session_state["workshop_room"].code
    assert service.unlock(code, key).code == code
    shown = html_of(at)
    assert f"http://192.168.1.20:8501/join?room={code}" in shown
    assert f">{code}<" in shown and "data:image/svg+xml" in shown
    button(at, "I have saved the key").click().run()
    assert key not in markdown_of(at) + html_of(at)


def test_bad_room_settings_get_a_message_and_keep_the_form(data_dir: Path) -> None:
    at = app_on(WORKSHOP)
    widget(at.text_input, "Title").set_value("Career day")
    button(at, "Create the room").click().run()
    assert "Pick at least one exercise" in markdown_of(at)
    assert widget(at.text_input, "Title").value == "Career day"


def test_the_key_reopens_the_dashboard_and_wrong_keys_slow_down(
        data_dir: Path, service: RoomService, exercise_ids: list[str]) -> None:
    new = service.create_room("Career day", exercise_ids)
    at = app_on(WORKSHOP)

    def try_key(key: str) -> str:
        widget(at.text_input, "Room code").set_value(new.room.code)
        widget(at.text_input, "Facilitator key").set_value(key)
        button(at, "Open the dashboard").click().run()
        return markdown_of(at)

    assert "do not match" in try_key(new.room.code)  # the code alone never opens it
    try_key("wrong")
    try_key("wrong again")
    assert "wait" in try_key(new.facilitator_key)  # slowed down, even with the right key now
    assert "workshop_room" not in at.session_state

    fresh = app_on(WORKSHOP)
    widget(fresh.text_input, "Room code").set_value(new.room.code.lower())
    widget(fresh.text_input, "Facilitator key").set_value(new.facilitator_key)
    button(fresh, "Open the dashboard").click().run()
    assert fresh.session_state["workshop_room"].id == new.room.id
    assert any(m.label == "Joined" for m in fresh.metric)


def learners_check(service: RoomService, code: str, names: list[str], exercise_id: str) -> None:
    from rapport.checks import check

    bank = exercises.load_bank()
    for i, name in enumerate(names):
        learner = service.join(code, name).learner
        scenario = exercises.render(bank.get(exercise_id), learner.scenario_code)
        message = scenario.original
        report = check(message, scenario.recipient.to_recipient(),
                       scenario.exercise.relationship)
        service.record_attempt(learner, f"attempt-{i:05d}", exercise_id, message,
                               scenario.exercise.relationship, report)


def open_room(service: RoomService, exercise_ids: list[str], view: str) -> tuple[AppTest, str]:
    new = service.create_room("Career day", exercise_ids)
    learners_check(service, new.room.code, NAMES, exercise_ids[0])
    at = app_on(WORKSHOP)
    widget(at.text_input, "Room code").set_value(new.room.code)
    widget(at.text_input, "Facilitator key").set_value(new.facilitator_key)
    button(at, "Open the dashboard").click().run()
    at.segmented_control[0].set_value(view).run()
    assert not at.exception, at.exception
    return at, new.room.code


def test_the_dashboard_shows_the_room(data_dir: Path, service: RoomService,
                                      exercise_ids: list[str]) -> None:
    at, code = open_room(service, exercise_ids, "Dashboard")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Joined"] == "3" and metrics["Checked at least once"] == "3"
    summary = service.summary(service.find_room(code))
    shown = html_of(at)
    for rule in summary.rules:
        assert f"rules/{rule.rule}/" in shown
    assert "Learner 3" in markdown_of(at)
    for name in ("Anaqz", "Benqz", "Evexq"):
        assert name not in markdown_of(at) + shown


def test_the_presenter_view_shows_one_rewrite_without_names(
        data_dir: Path, service: RoomService, exercise_ids: list[str]) -> None:
    at, _ = open_room(service, exercise_ids, "Presenter view")
    shown = html_of(at)
    assert "room-presenter" in shown and "Learner 3" in shown
    assert "Rewrite 1 of 3" in markdown_of(at)
    for name in ("Anaqz", "Benqz", "Evexq"):
        assert name not in markdown_of(at) + shown
    button(at, "Next").click().run()
    assert "Rewrite 2 of 3" in markdown_of(at)
    widget(at.toggle, "Reveal the model rewrite").set_value(True).run()
    assert "A model rewrite" in markdown_of(at)


def test_close_export_and_delete(data_dir: Path, service: RoomService,
                                 exercise_ids: list[str]) -> None:
    at, code = open_room(service, exercise_ids, "Close, export, delete")
    button(at, "Close the room").click().run()
    assert service.find_room(code).is_closed()
    assert "closed" in markdown_of(at)
    rows = list(csv.DictReader(io.StringIO(service.export_csv(service.find_room(code)))))
    assert len(rows) == 3
    widget(at.text_input, "Type the room code").set_value("WRONG")
    button(at, "Delete the room and all its data").click().run()
    assert service.find_room(code)
    widget(at.text_input, "Type the room code").set_value(code)
    button(at, "Delete the room and all its data").click().run()
    assert f"Room {code} and all its data are deleted" in markdown_of(at)
    with pytest.raises(Exception, match="no room"):
        service.find_room(code)


# --- Join a workshop ---------------------------------------------------------------------


def join(code: str, name: str = "") -> AppTest:
    at = app_on(JOIN, room=code)
    assert widget(at.text_input, "Room code").value == code
    widget(at.text_input, "Display name").set_value(name)
    button(at, "Join").click().run()
    assert not at.exception, at.exception
    return at


def test_a_learner_joins_checks_and_sees_saved(data_dir: Path, service: RoomService,
                                               exercise_ids: list[str]) -> None:
    room = service.create_room("Career day", exercise_ids).room
    at = join(room.code, HOSTILE_NAME)
    token = at.query_params["learner"][0] if isinstance(
        at.query_params["learner"], list) else at.query_params["learner"]
    learner, _ = service.learner(token)
    assert learner.display_name == HOSTILE_NAME
    assert "&lt;b&gt;Evexq&lt;/b&gt; **x**" in html_of(at)  # escaped, never Markdown
    body = widget(at.text_area, "Message")
    body.set_value(REWRITE.format(name="Lucas"))
    button(at, "Check").click().run()
    assert not at.exception
    assert any(s.value.startswith("Saved: attempt 1") for s in at.success), markdown_of(at)
    stored = service.my_attempts(learner)
    assert len(stored) == 1 and stored[0].body == REWRITE.format(name="Lucas")
    assert "Feedback on attempt 1" in markdown_of(at)
    assert "<script>window.x=1</script>" not in html_of(at)
    assert "&lt;script&gt;" in html_of(at)


def test_reload_and_another_device_bring_back_attempts_and_draft(
        data_dir: Path, service: RoomService, exercise_ids: list[str]) -> None:
    room = service.create_room("Career day", exercise_ids).room
    joined = service.join(room.code, "Ana")
    first = app_on(JOIN, room=room.code, learner=joined.token)
    widget(first.text_area, "Message").set_value("A first version").run()
    button(first, "Check").click().run()
    widget(first.text_area, "Message").set_value("A draft not checked yet 👋 مرحبا").run()
    assert "Draft saved" in markdown_of(first)

    other = app_on(JOIN, room=room.code, learner=joined.token)  # reload / another device
    assert widget(other.text_area, "Message").value == "A draft not checked yet 👋 مرحبا"
    assert "Your attempts in this room" in markdown_of(other)
    assert len(service.my_attempts(joined.learner)) == 1


def test_another_learners_token_or_a_bad_one_opens_nothing_else(
        data_dir: Path, service: RoomService, exercise_ids: list[str]) -> None:
    room = service.create_room("Career day", exercise_ids).room
    ana, ben = service.join(room.code, "Ana"), service.join(room.code, "Ben")
    at = app_on(JOIN, room=room.code, learner=ana.token)
    widget(at.text_area, "Message").set_value("Ana's own words").run()
    other = app_on(JOIN, room=room.code, learner=ben.token)
    assert widget(other.text_area, "Message").value != "Ana's own words"
    bad = app_on(JOIN, room=room.code, learner="not-a-token")
    assert "not valid" in markdown_of(bad)
    assert widget(bad.text_input, "Room code").value == room.code


def test_wrong_codes_and_closed_rooms_say_so(data_dir: Path, service: RoomService,
                                             exercise_ids: list[str]) -> None:
    at = join("ZZZZZ")
    assert "There is no room ZZZZZ" in markdown_of(at)
    at = join("!!")
    assert "room code" in markdown_of(at)
    room = service.create_room("Career day", exercise_ids).room
    joined = service.join(room.code)
    service.close(room)
    at = join(room.code)
    assert "closed" in markdown_of(at)
    mine = app_on(JOIN, room=room.code, learner=joined.token)
    assert "closed" in markdown_of(mine)
    assert button(mine, "Check").disabled


def test_an_unreachable_database_is_named_without_its_password(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAPPORT_DATABASE_URL", "postgresql://rapport:pw-s3cret@127.0.0.1:1/db")
    for page in (JOIN, WORKSHOP):
        at = app_on(page)
        text = markdown_of(at)
        assert "127.0.0.1:1/db" in text and "pw-s3cret" not in text


def test_a_database_error_on_check_says_not_saved_and_keeps_the_text(
        data_dir: Path, service: RoomService, exercise_ids: list[str]) -> None:
    from rapport.rooms.store import StoreError

    room = service.create_room("Career day", exercise_ids).room
    joined = service.join(room.code)
    at = app_on(JOIN, room=room.code, learner=joined.token)
    def unreachable(*args: object, **kwargs: object) -> None:
        raise StoreError("The rooms database at sqlite:///x did not answer: disk I/O error")

    with pytest.MonkeyPatch.context() as broken:
        broken.setattr(Store, "insert_attempt", unreachable)
        widget(at.text_area, "Message").set_value("My careful rewrite").run()
        button(at, "Check").click().run()
    assert any(e.value.startswith("Not saved") for e in at.error), markdown_of(at)
    assert not any(s.value.startswith("Saved") for s in at.success)
    assert widget(at.text_area, "Message").value == "My careful rewrite"
    assert service.my_attempts(joined.learner) == []
    button(at, "Check").click().run()
    assert any(s.value.startswith("Saved: attempt 1") for s in at.success), markdown_of(at)
