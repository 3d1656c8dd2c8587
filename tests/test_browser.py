"""The practice app in a real browser: what AppTest cannot see.

Highlights render and a learner's <script> stays text; every page passes an axe-core scan
(WCAG 2.2 A/AA, zero serious or critical violations) on a laptop and a 390×844 phone, with
no sideways scrolling; highlights carry numbers that match their cards and that the
keyboard and a tap reach; skip links reach the message box in a few key presses; stale
feedback is marked; text typed but not checked survives a visit to another page.

Playwright drives the system Chromium (``make browser`` installs it with apt; no browser is
ever downloaded) against the app started here with ``streamlit run``, on
``RAPPORT_BROWSER_TEST_PORT`` if set, else a free port. axe-core comes from the npm registry
through ``make axe`` and is injected from ``tools/axe/node_modules`` (no CDN). Each part
skips, saying why, only when Chromium or axe-core cannot be found.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest

from rapport.devtools import running_app

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Request

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
AXE = ROOT / "tools" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PAGES = {"practice": "", "check": "check", "intention": "intention", "roleplay": "roleplay"}
LAPTOP = {"width": 1400, "height": 1000}
PHONE = {"width": 390, "height": 844}
HOSTILE = (
    "Hi Lucas,\nCan I pick your brain about your robotics work?\n"
    "<script>window.x=1</script>\n"
    '<img src=x onerror="window.y=1">\n'
    "**bold** :red[x] $x$ [a](javascript:alert(1))\n"
    "Thanks,\nMaya"
)


@pytest.fixture(scope="module")
def app_url() -> Iterator[str]:
    port = int(os.environ.get("RAPPORT_BROWSER_TEST_PORT", "0")) or None
    with running_app(port) as url:
        yield url



@dataclass
class Tab:
    page: Page
    elsewhere: list[str] = field(default_factory=list)
    """Requests to any host but the app's: there should be none (no CDN, no telemetry)."""


def open_tab(browser: Browser, app_url: str, viewport: dict[str, int]) -> tuple[object, Tab]:
    phone = viewport["width"] < 600
    context = browser.new_context(viewport=viewport, is_mobile=phone, has_touch=phone)
    opened = Tab(context.new_page())
    # Generous: a Check on a 2-core machine that is also running other suites can take
    # seconds; behaviour is asserted here, speed is measured in benchmarks/app_speed.py.
    opened.page.set_default_timeout(90_000)
    app_host = urlsplit(app_url).hostname

    def note(request: Request) -> None:
        if request.url.startswith(("data:", "blob:")):
            return
        if urlsplit(request.url).hostname != app_host:
            opened.elsewhere.append(request.url)

    opened.page.on("request", note)
    return context, opened


@pytest.fixture
def tab(browser: Browser, app_url: str) -> Iterator[Tab]:
    context, opened = open_tab(browser, app_url, {"width": 1400, "height": 1800})
    yield opened
    context.close()


@pytest.fixture(params=[LAPTOP, PHONE], ids=["laptop", "phone"])
def any_tab(request: pytest.FixtureRequest, browser: Browser, app_url: str) -> Iterator[Tab]:
    context, opened = open_tab(browser, app_url, request.param)
    yield opened
    context.close()


def settle(page: Page) -> None:
    """Wait until the app has finished its run (Streamlit's running indicator is gone)."""
    page.wait_for_timeout(600)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')")
    page.wait_for_timeout(400)


def open_page(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("h1")
    settle(page)
    # The app's shared styles (contrast fixes) come with the page's first elements.
    page.wait_for_function(
        "() => [...document.querySelectorAll('style')]"
        ".some(s => s.textContent.includes('stCaptionContainer'))")


def serious_violations(page: Page) -> list[str]:
    """axe-core's serious and critical WCAG 2.2 A/AA violations on the page, described."""
    if not AXE.exists():
        pytest.skip(f"axe-core is not installed at {AXE.relative_to(ROOT)}: run `make axe` "
                    "(npm ci --prefix tools/axe) to enable the accessibility scan")
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
            return result.violations.map(v => ({id: v.id, impact: v.impact,
                nodes: v.nodes.map(n => n.target.join(" ") + ": " + n.failureSummary)}));
        }""",
        AXE_TAGS,
    )
    return [f"{v['id']} ({v['impact']}): {v['nodes'][:3]}" for v in violations
            if v["impact"] in ("serious", "critical")]


SIDEWAYS = """() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    for (const e of document.querySelectorAll("body *")) {
        const box = e.getBoundingClientRect();
        if (box.width && box.right > width + 1 && !e.closest(".rapport-text, textarea")) {
            out.push(e.tagName + "." + String(e.className).slice(0, 40) + " right=" +
                     Math.round(box.right));
        }
    }
    return {scroll: document.documentElement.scrollWidth, width: width, wide: out.slice(0, 5)};
}"""


def assert_no_sideways_scroll(page: Page) -> None:
    found = page.evaluate(SIDEWAYS)
    assert found["scroll"] <= found["width"] and not found["wide"], found


def check_own_message(page: Page, app_url: str, text: str, name: str = "") -> None:
    open_page(page, app_url + "check")
    page.get_by_label("Your message").fill(text)
    if name:
        page.get_by_text("Who is it for?").click()
        page.get_by_label("Their name").fill(name)
    page.get_by_role("button", name="Check", exact=True).click()
    page.wait_for_selector("mark.rapport-mark")
    settle(page)


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
    from playwright.sync_api import expect

    from rapport import exercises

    page = tab.page

    bank = exercises.load_bank()
    if not bank.exercises:
        pytest.skip("the exercise bank is empty")
    exercise = bank.exercises[0]
    scenario = exercises.render(exercise, "K7M3Q")
    page.goto(f"{app_url}?exercise={exercise.id}&code=K7M3Q")
    page.get_by_text(scenario.recipient.full_name).first.wait_for()
    expect(page.get_by_role("textbox", name="Scenario code")).to_have_value("K7M3Q")
    assert f"exercise={exercise.id}" in page.url
    assert tab.elsewhere == []


# --- Accessibility and the phone ----------------------------------------------------------

NUMBERED = ("Hi Michael,\nCan I pick your brain? I'd love to pick your brain about your "
            "robotics work.\nThanks,\nMaya")


@pytest.mark.parametrize("name", list(PAGES))
def test_every_page_passes_axe_and_fits_a_phone(any_tab: Tab, app_url: str, name: str) -> None:
    page = any_tab.page
    open_page(page, app_url + PAGES[name])
    assert serious_violations(page) == []
    assert_no_sideways_scroll(page)
    assert any_tab.elsewhere == []


def test_feedback_and_attempts_pass_axe_and_fit_a_phone(any_tab: Tab, app_url: str) -> None:
    page = any_tab.page
    check_own_message(page, app_url, HOSTILE, name="Lucas Moreau")
    assert serious_violations(page) == []
    assert_no_sideways_scroll(page)

    open_page(page, app_url)
    page.get_by_label("Message").fill(NUMBERED)
    page.get_by_role("button", name="Check", exact=True).click()
    page.wait_for_selector("table.rapport-table")
    settle(page)
    assert serious_violations(page) == []
    assert_no_sideways_scroll(page)

    open_page(page, app_url + "intention")
    page.get_by_label("1. Who exactly do you want to contact?").fill("someone senior at Google")
    page.get_by_role("button", name="Reflect").click()
    page.get_by_text("A draft to start from").wait_for()
    settle(page)
    assert serious_violations(page) == []
    assert_no_sideways_scroll(page)


def test_highlights_are_numbered_like_their_cards(tab: Tab, app_url: str) -> None:
    page = tab.page
    check_own_message(page, app_url, NUMBERED, name="Lucas Moreau")
    cards = page.locator("section.rapport-finding")
    rules = [cards.nth(i).get_attribute("data-rule") for i in range(cards.count())]
    assert len(rules) == len(set(rules)), "one card per rule"
    vague = page.locator("section.rapport-finding[data-rule='vague-ask']")
    number = vague.locator(".rapport-num").inner_text()
    assert "2 places" in vague.inner_text()
    refs = page.locator(f"a.rapport-ref[href='#rapport-card-{number}']")
    assert refs.count() == 2 and refs.first.inner_text() == number
    label = refs.first.get_attribute("aria-label")
    assert label.startswith(f"Note {number}: ") and "worth fixing" in label
    described = page.locator("mark[data-rules~='vague-ask']").first.get_attribute(
        "aria-describedby")
    assert f"rapport-card-{number}-title" in described
    assert page.locator(f"#rapport-card-{number}-title").count() == 1

    # the keyboard reaches a number; Enter (like a tap) goes to its card
    refs.first.focus()
    assert page.evaluate("document.activeElement.classList.contains('rapport-ref')")
    page.keyboard.press("Enter")
    page.wait_for_function(f"location.hash === '#rapport-card-{number}'")
    assert vague.is_visible()


def test_numbers_answer_a_tap_on_a_phone(browser: Browser, app_url: str) -> None:
    context, opened = open_tab(browser, app_url, PHONE)
    try:
        page = opened.page
        check_own_message(page, app_url, NUMBERED, name="Lucas Moreau")
        ref = page.locator("a.rapport-ref").first
        target = ref.get_attribute("href")
        ref.scroll_into_view_if_needed()
        ref.tap()
        page.wait_for_function(f"location.hash === '{target}'")
        box = page.locator(target).bounding_box()
        assert box is not None and 0 <= box["y"] < PHONE["height"]
    finally:
        context.close()


def focused(page: Page) -> str:
    return page.evaluate("""() => { const e = document.activeElement;
        return e.tagName + " " + (e.getAttribute("aria-label") || e.innerText || "").trim(); }""")


@pytest.mark.parametrize(("path", "skip", "box"), [
    ("", "Skip to your rewrite", "Message"),
    ("check", "Skip to your message", "Your message"),
])
def test_skip_links_reach_the_message_box_in_a_few_keys(tab: Tab, app_url: str, path: str,
                                                        skip: str, box: str) -> None:
    page = tab.page
    open_page(page, app_url + path)
    presses: list[str] = []

    def press(key: str) -> None:
        page.keyboard.press(key)
        presses.append(key)
        page.wait_for_timeout(250)  # a person's pace: each key lands on a settled page

    for key in ["Tab", "Enter", "Tab"]:  # Streamlit's own skip link, then ours
        press(key)
    assert focused(page).startswith("A " + skip), focused(page)
    press("Enter")
    target = page.get_by_label(box, exact=True)
    for _ in range(3):
        press("Tab")
        if page.evaluate("document.activeElement.tagName") == "TEXTAREA":
            break
    assert target.evaluate("e => e === document.activeElement"), focused(page)
    assert presses.count("Tab") <= 5


# --- Stale feedback and text that is never lost --------------------------------------------


def test_stale_feedback_is_marked(tab: Tab, app_url: str) -> None:
    from playwright.sync_api import expect

    page = tab.page
    check_own_message(page, app_url, NUMBERED, name="Lucas Moreau")
    stale = page.get_by_text("Out of date: you have changed your message")
    assert stale.count() == 0
    page.get_by_label("Your message").fill(NUMBERED + "\nP.S. one more line")
    page.get_by_label("Your message").blur()
    stale.wait_for()
    # Streamlit fades the old elements out after a rerun: wait for it rather than race it.
    expect(page.locator("section.rapport-finding").first).to_be_hidden()
    page.get_by_text("The feedback on your previous version (out of date)").click()
    page.locator("section.rapport-finding").first.wait_for()

    page.get_by_label("Your message").fill("   ")
    page.get_by_role("button", name="Check", exact=True).click()
    page.get_by_text("Nothing was checked").wait_for()
    expect(stale).to_be_visible()
    assert page.get_by_label("Your message").input_value() == "   "


def test_unchecked_text_survives_a_visit_to_another_page(tab: Tab, app_url: str) -> None:
    page = tab.page
    open_page(page, app_url)
    mine = "Hi there, my own words, typed and never checked."
    page.get_by_label("Message").fill(mine)
    # Streamlit sends a text box's value when it loses focus; a click on the page's own
    # background does that, as it does when a learner clicks away before leaving.
    page.get_by_label("Message").blur()
    settle(page)
    page.get_by_role("link", name="Role-play cards").click()
    page.get_by_role("heading", name="Role-play cards").wait_for()
    settle(page)
    page.get_by_role("link", name="Practice").click()
    page.get_by_role("heading", name="Practice").wait_for()
    settle(page)
    assert page.get_by_label("Message").input_value() == mine
