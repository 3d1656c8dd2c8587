"""The practice app in a real browser: highlights render, a learner's <script> stays text.

Playwright drives the system Chromium (``make browser`` installs it with apt; no browser is
ever downloaded) against the app started here with ``streamlit run`` on a free port. The
test skips, saying why, only when no Chromium can be found.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest

from rapport.devtools import CHROMIUM_ARGS, chromium_path, running_app

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Request

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = (
    "Hi Lucas,\nCan I pick your brain about your robotics work?\n"
    "<script>window.x=1</script>\n"
    '<img src=x onerror="window.y=1">\n'
    "**bold** :red[x] $x$ [a](javascript:alert(1))\n"
    "Thanks,\nMaya"
)


@pytest.fixture(scope="module")
def app_url() -> Iterator[str]:
    with running_app() as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = chromium_path()
    if executable is None:
        pytest.skip("no Chromium at /usr/bin/chromium: run `make browser` (apt-get install -y "
                    "chromium) to enable the browser tests")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Tab:
    page: Page
    elsewhere: list[str] = field(default_factory=list)
    """Requests to any host but the app's: there should be none (no CDN, no telemetry)."""


@pytest.fixture
def tab(browser: Browser, app_url: str) -> Iterator[Tab]:
    context = browser.new_context(viewport={"width": 1400, "height": 1800})
    opened = Tab(context.new_page())
    opened.page.set_default_timeout(30_000)
    app_host = urlsplit(app_url).hostname

    def note(request: Request) -> None:
        if request.url.startswith(("data:", "blob:")):
            return
        if urlsplit(request.url).hostname != app_host:
            opened.elsewhere.append(request.url)

    opened.page.on("request", note)
    yield opened
    context.close()


def check_own_message(page: Page, app_url: str, text: str, name: str = "") -> None:
    page.goto(app_url + "check")
    page.get_by_label("Your message").fill(text)
    if name:
        page.get_by_text("Who is it for?").click()
        page.get_by_label("Their name").fill(name)
    page.get_by_role("button", name="Check").click()
    page.wait_for_selector("mark.rapport-mark")


def test_learner_text_is_highlighted_and_stays_text(tab: Tab, app_url: str,
                                                     tmp_path: Path) -> None:
    page = tab.page
    check_own_message(page, app_url, HOSTILE, name="Lucas Moreau")
    marks = page.locator("mark.rapport-mark[data-rules~='vague-ask']")
    assert marks.count() >= 1
    assert "pick your brain" in marks.first.inner_text()

    shown = page.inner_text("body")
    assert "<script>window.x=1</script>" in shown
    assert '<img src=x onerror="window.y=1">' in shown
    assert "**bold** :red[x] $x$ [a](javascript:alert(1))" in shown
    assert page.evaluate("window.x === undefined && window.y === undefined")
    assert page.locator(".rapport-text script, .rapport-text img").count() == 0
    page.screenshot(path=str(tmp_path / "check-your-own.png"), full_page=True)
    assert (tmp_path / "check-your-own.png").stat().st_size > 0
    assert tab.elsewhere == []


def test_deep_link_opens_the_scenario(tab: Tab, app_url: str) -> None:
    page = tab.page
    from rapport import exercises

    bank = exercises.load_bank()
    if not bank.exercises:
        pytest.skip("the exercise bank is empty")
    exercise = bank.exercises[0]
    scenario = exercises.render(exercise, "K7M3Q")
    page.goto(f"{app_url}?exercise={exercise.id}&code=K7M3Q")
    page.get_by_text(scenario.recipient.full_name).first.wait_for()
    assert page.get_by_role("textbox", name="Scenario code").input_value() == "K7M3Q"
    assert f"exercise={exercise.id}" in page.url
    assert tab.elsewhere == []
