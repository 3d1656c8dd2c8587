"""A workshop room in a real browser: one facilitator and three learners, then scale-out.

Playwright drives the system Chromium (never a downloaded one). The facilitator creates the
room in the app, three learners (three separate browser contexts, like three phones) join by
code and check; the dashboard shows three learners and their findings; the presenter view
shows one rewrite without its display name. The scale-out test runs two app processes on
one PostgreSQL: a learner checks on process A and appears on the dashboard served by B.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rapport.devtools import running_app
from rapport.rooms.service import RoomService
from rapport.rooms.store import Store
from rooms_db import fresh_postgres

pytestmark = pytest.mark.browser

NAMES = ["Anaqz Vorl", "Benqz Trux", "Chloéqz Myrr"]  # never in a scenario by chance
REFRESH_S = 3



def new_page(browser, width: int = 1300):
    context = browser.new_context(viewport={"width": width, "height": 1600})
    page = context.new_page()
    page.set_default_timeout(45_000)
    return context, page


def create_room(page, app_url: str, exercise_title: str) -> tuple[str, str]:
    page.goto(app_url + "workshop")
    page.get_by_role("textbox", name="Title").fill("Browser workshop")
    page.locator("[data-testid='stMultiSelect']").click()
    page.get_by_role("option", name=exercise_title, exact=True).click()
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Create the room").click()
    key = page.locator("[data-testid='stCode'] code").first.inner_text(timeout=45_000).strip()
    code = page.locator(".room-code").inner_text().strip()
    return code, key


def learner_checks(page, app_url: str, code: str, name: str) -> None:
    page.goto(f"{app_url}join?room={code}")
    page.get_by_role("textbox", name="Display name (optional)").fill(name)
    page.get_by_role("button", name="Join").click()
    page.get_by_role("textbox", name="Message").wait_for()
    assert "learner=" in page.url
    page.get_by_role("button", name="Check").click()
    page.get_by_text(re.compile(r"^Saved: attempt 1")).wait_for()


def open_view(page, name: str) -> None:
    page.locator("[data-testid='stButtonGroup'] button").filter(
        has_text=re.compile(rf"^{re.escape(name)}$")).click()


def metric(page, label: str) -> str:
    box = page.locator("[data-testid='stMetric']").filter(has_text=label)
    return box.locator("[data-testid='stMetricValue']").inner_text().strip()


def test_a_facilitator_and_three_learners(browser, tmp_path: Path) -> None:
    from rapport import exercises

    exercise = exercises.load_bank().exercises[0]
    with running_app(env={"RAPPORT_DATA_DIR": str(tmp_path)}) as app_url:
        facilitator_context, facilitator = new_page(browser)
        code, key = create_room(facilitator, app_url, exercise.title)
        assert len(code) == 5 and len(key) >= 32
        assert facilitator.locator(".room-qr img").count() == 1

        contexts = []
        for name in NAMES:
            context, page = new_page(browser, width=420)  # a phone-sized screen each
            contexts.append(context)
            learner_checks(page, app_url, code, name)

        service = RoomService(Store.open(f"sqlite:///{tmp_path}/rapport.db"))
        summary = service.summary(service.find_room(code))
        assert summary.checked == 3

        open_view(facilitator, "Dashboard")
        facilitator.wait_for_function(
            "() => [...document.querySelectorAll('[data-testid=stMetric]')].some("
            "m => m.innerText.includes('Joined') && m.innerText.includes('3'))",
            timeout=(REFRESH_S + 10) * 1000)
        assert metric(facilitator, "Checked at least once") == "3"
        links = facilitator.locator(".room-bars a")
        assert links.count() == len(summary.rules)
        for rule in summary.rules:
            assert facilitator.locator(f".room-bars a[href$='rules/{rule.rule}/']").count() == 1

        open_view(facilitator, "Presenter view")
        facilitator.locator(".room-presenter").wait_for()
        shown = facilitator.inner_text("body")
        assert re.search(r"Learner [123]", shown)
        for name in NAMES:
            assert name not in shown
        for context in [*contexts, facilitator_context]:
            context.close()


@pytest.mark.postgres
def test_two_app_processes_share_one_postgresql(browser) -> None:
    from rapport import exercises

    exercise = exercises.load_bank().exercises[0]
    with fresh_postgres() as url:
        service = RoomService(Store.open(url))
        new = service.create_room("Scale-out", [exercise.id])
        env = {"RAPPORT_DATABASE_URL": url}
        with running_app(env=env) as app_a, running_app(env=env) as app_b:
            assert app_a != app_b
            facilitator_context, facilitator = new_page(browser)
            facilitator.goto(app_b + "workshop")
            facilitator.get_by_role("tab", name="Reopen a room").click()
            facilitator.get_by_role("textbox", name="Room code").fill(new.room.code)
            facilitator.get_by_role("textbox", name="Facilitator key").fill(new.facilitator_key)
            facilitator.get_by_role("button", name="Open the dashboard").click()
            facilitator.locator("[data-testid='stMetric']").first.wait_for()
            assert metric(facilitator, "Checked at least once") == "0"

            learner_context, learner = new_page(browser, width=420)
            learner_checks(learner, app_a, new.room.code, "Ana")
            facilitator.wait_for_function(
                "() => [...document.querySelectorAll('[data-testid=stMetric]')].some("
                "m => m.innerText.includes('Checked at least once') && m.innerText.includes('1'))",
                timeout=(REFRESH_S + 4) * 1000)
            learner_context.close()
            facilitator_context.close()
        service.store.dispose()
