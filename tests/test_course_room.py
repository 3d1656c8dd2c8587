"""The course runs a real 90-minute room: facilitator scripts with a spoken-minute budget, an
agenda that carries every lesson and adds up, the lessons' examples as data, presenter pages,
and handouts that print on one page.

Unit tests call the site hook's pure functions; the build tests build the online and offline
sites once each (into temporary folders); the browser tests drive the system Chromium with
Playwright (skipped, saying why, when it is missing).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import yaml
from pydantic import ValidationError

from rapport import site
from rapport.checks.registry import rule_infos
from rapport.lesson_examples import (
    EXAMPLES_DIR,
    ExampleProblem,
    LessonExample,
    load_all,
    parse_examples,
)
from rapport.site import scripts as scripting
from rapport.site.data import TeachItem
from rapport.site.loading import load_examples, load_scripts
from rapport.site.presenter import EXAMPLE_MARKER_RE, example_markdown, missing_markers

if TYPE_CHECKING:
    pass

ROOT = Path(__file__).resolve().parents[1]
COURSE = ROOT / "course"
AGENDAS = COURSE / "agendas.yml"
MKDOCS = Path(sys.executable).with_name("mkdocs")
RULE_IDS = {rule.id for rule in rule_infos()}
HANDOUTS = sorted(p for p in (COURSE / "handouts").glob("*.md") if p.name != "index.md")


def lessons() -> dict[str, site.Lesson]:
    return {f"lessons/{p.name}": site.parse_lesson(f"lessons/{p.name}", p.read_text())
            for p in sorted((COURSE / "lessons").glob("*.md"))}


def course_examples() -> dict:
    found = lessons()
    return load_examples(found, {k: (COURSE / k).read_text() for k in found}, COURSE, RULE_IDS)


def course_scripts() -> dict[str, scripting.Script]:
    return load_scripts(lessons(), course_examples(), COURSE)


def agendas() -> dict[str, site.Agenda]:
    return site.load_agendas(AGENDAS.read_text(), "course/agendas.yml")


# --- Lesson examples as data -------------------------------------------------------------


def test_every_lesson_has_examples_and_shows_each_one():
    by_stem = load_all(EXAMPLES_DIR)
    assert sorted(by_stem) == sorted(p.stem for p in (COURSE / "lessons").glob("*.md"))
    for stem, found in by_stem.items():
        text = (COURSE / "lessons" / f"{stem}.md").read_text()
        assert missing_markers(text, found) == [], stem
        for match in EXAMPLE_MARKER_RE.finditer(text):
            assert found.get(match.group("id")) is not None, (stem, match.group("id"))
        headings = set(re.findall(r"^#{2,3} (.+)$", text, re.M))
        for example in found.examples:
            assert example.title in headings, (stem, example.id, example.title)


def test_examples_include_a_formal_register_done_well():
    formal = [e for _, e in ((s, e) for s, f in load_all(EXAMPLES_DIR).items()
                             for e in f.examples)
              if e.better is not None and e.better.body.lstrip().startswith("Dear Dr.")]
    assert formal, "a better example in a formal register"


def test_example_markdown_shows_weaker_then_better():
    example = load_all(EXAMPLES_DIR)["05-writing-the-message"].get("five-parts")
    assert example is not None
    text = example_markdown(example)
    assert text.index('!!! failure "Weaker"') < text.index('!!! success "Better"')
    assert "Subject: Quick question" in text and "Subject: Your street tree map" in text


GOOD = """
- id: one
  title: A section
  channel: email
  relationship: stranger
  question: What do you notice?
  weaker:
    body: "Hi!"
    verdict: A bare greeting.
    flaws: [naked-greeting]
  better:
    body: "Hi Mei, could I ask how you chose the queries? Thanks, Jo"
    verdict: The question in the same message.
"""


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda d: d[0].update(channel="fax"), "field '0.channel' (example 'one')"),
        (lambda d: d[0].update(colour="red"), "field '0.colour' (example 'one')"),
        (lambda d: d[0].pop("question"), "field '0.question' (example 'one')"),
        (lambda d: d[0]["weaker"].update(flaws=["no-such-rule"]),
         "field '0.weaker.flaws.0' (example 'one'): there is no rule 'no-such-rule'"),
        (lambda d: [d[0].pop("weaker"), d[0].pop("better")],
         "a 'weaker' or a 'better' version"),
        (lambda d: d.append(dict(d[0])), "field '1.id': two examples have the id 'one'"),
        (lambda d: d[0].update(id="Not Kebab"), "field '0.id'"),
        (lambda d: d[0].update(recipient={"name": "Mei", "role": "x"}),
         "field '0.recipient.role'"),
    ],
)
def test_broken_examples_file_names_file_and_field(edit, expected):
    data = yaml.safe_load(GOOD)
    parse_examples(GOOD, "course/examples/05-x.yaml", RULE_IDS)  # the good one loads
    edit(data)
    with pytest.raises(ExampleProblem) as info:
        parse_examples(yaml.safe_dump(data), "course/examples/05-x.yaml", RULE_IDS)
    assert str(info.value).startswith("course/examples/05-x.yaml: "), info.value
    assert expected in str(info.value)


def test_examples_file_with_bad_yaml_names_the_line():
    with pytest.raises(ExampleProblem, match=r"05-x.yaml: not valid YAML at line \d+"):
        parse_examples("- id: a\n  title: [unclosed\n", "course/examples/05-x.yaml", RULE_IDS)


def test_example_model_is_frozen_and_strict():
    example = LessonExample.model_validate(yaml.safe_load(GOOD)[0])
    with pytest.raises(ValidationError, match="frozen"):
        example.id = "two"  # type: ignore[misc]
    assert example.message(example.weaker).channel == "email"


# --- Facilitator scripts and the spoken-minute budget -------------------------------------


def test_spoken_text_leaves_out_what_is_not_said():
    text = """---
title: ignored
---
# Heading not said

Say this sentence.

!!! facilitator "Stage direction"
    Not said either.

```text
Not said: code.
```

<!-- not said: a comment -->
| not | said |
|---|---|

- And [this link text](../x.md) is said.
"""
    assert scripting.spoken_text(text).split() == [
        "Say", "this", "sentence.", "And", "this", "link", "text", "is", "said."]
    assert scripting.count_words("Don't re-read Dr. Osei's e-mail, it's 2.5 pages") == 8


@pytest.mark.parametrize(("words", "minutes"), [(1, 1), (130, 1), (131, 2), (780, 6), (781, 7)])
def test_spoken_minutes_at_130_words_a_minute(words, minutes):
    assert scripting.spoken_minutes(words) == minutes


def test_every_lesson_has_a_script_within_the_budget():
    scripts = course_scripts()
    assert sorted(scripts) == sorted(lessons())
    for lesson, script in scripts.items():
        assert 0 < script.words <= scripting.SPOKEN_BUDGET * scripting.WORDS_PER_MINUTE, lesson
        assert script.minutes <= scripting.SPOKEN_BUDGET
        assert script.example_ids, f"{lesson}: the script shows at least one example"
        full = (COURSE / lesson).read_text()
        full_words = scripting.count_words(scripting.spoken_text(full))
        assert script.words * 2 < full_words, f"{lesson}: the script is the short version"


def test_a_script_over_budget_fails_and_says_how_much_to_cut():
    found = course_examples()["lessons/05-writing-the-message.md"]
    text = "# Script\n\n" + "word " * 800
    with pytest.raises(site.SiteDataError, match=r"x\.md: the spoken teach is 800 words.*cut "
                                                 r"at least 20 words"):
        scripting.parse_script("lessons/05-writing-the-message.md", text, found, "x.md")


def test_a_script_marker_for_an_unknown_example_fails():
    found = course_examples()["lessons/05-writing-the-message.md"]
    with pytest.raises(site.SiteDataError, match="'no-such-example'"):
        scripting.parse_script("lessons/05-writing-the-message.md",
                               "# S\n\nSay it.\n\n<!-- rapport:example no-such-example -->\n",
                               found, "x.md")


# --- The 90-minute agenda ------------------------------------------------------------------


def test_the_90_minute_agenda_carries_every_lesson_and_adds_up():
    agenda = agendas()["90-minute"]
    scripts = course_scripts()
    rows = site.agenda_rows(agenda, lessons(), "course/agendas.yml", scripts)
    assert agenda.length == 90 == rows[-1].running == sum(r.minutes for r in rows)
    assert [r.start for r in rows] == [0, *(r.running for r in rows[:-1])]
    assert agenda.every_lesson
    teaches = [item for item in agenda.items if isinstance(item, TeachItem)]
    assert sorted(t.teach for t in teaches) == sorted(lessons())
    practised = {p for item in agenda.items for p in getattr(item, "practises", [])}
    assert practised == set(lessons())
    for item, row in zip(agenda.items, rows, strict=True):
        if isinstance(item, TeachItem):
            assert row.minutes == scripts[item.teach].minutes + item.room
            assert scripts[item.teach].minutes <= scripting.SPOKEN_BUDGET
    changeovers = [r for r in rows if r.label == "Changeover"]
    assert len(changeovers) >= 3
    teaching_run = 0
    for row in rows:  # never a long stretch of talk without the room doing something
        teaching_run = teaching_run + row.minutes if row.label.startswith("Teach") else 0
        assert teaching_run <= 12, row


def test_a_longer_script_breaks_the_agenda_arithmetic():
    scripts = dict(course_scripts())
    lesson = "lessons/03-check-your-intentions.md"
    longer = scripts[lesson].words + scripting.WORDS_PER_MINUTE
    scripts[lesson] = scripting.Script(lesson=lesson, path=scripts[lesson].path, words=longer,
                                       example_ids=scripts[lesson].example_ids)
    with pytest.raises(site.SiteDataError, match=r"'90-minute'.*add up to 91"):
        site.agenda_rows(agendas()["90-minute"], lessons(), "course/agendas.yml", scripts)


def _without(agenda_id: str, drop) -> site.Agenda:
    data = yaml.safe_load(AGENDAS.read_text())
    for agenda in data["agendas"]:
        if agenda["id"] == agenda_id:
            agenda["items"] = [i for i in agenda["items"] if not drop(i)]
    return site.load_agendas(yaml.safe_dump(data), "course/agendas.yml")[agenda_id]


def test_an_agenda_that_skips_a_lesson_fails():
    agenda = _without("90-minute", lambda i: i.get("teach") == "lessons/07-listen-and-stay-"
                      "interested.md")
    agenda = agenda.model_copy(update={"length": 87})
    with pytest.raises(site.SiteDataError, match=r"Lesson 7.*no teach item"):
        site.agenda_rows(agenda, lessons(), "course/agendas.yml", course_scripts())


def test_an_agenda_that_only_tells_fails():
    agenda = _without("90-minute", lambda i: "ladder" in str(i.get("page", "")))
    agenda = agenda.model_copy(update={"length": 81})
    with pytest.raises(site.SiteDataError, match="no activity practises Lesson 1"):
        site.agenda_rows(agenda, lessons(), "course/agendas.yml", course_scripts())


# --- Built sites ---------------------------------------------------------------------------


def build(config: Path, out: Path) -> None:
    environ = {k: v for k, v in os.environ.items()
               if k not in ("RAPPORT_APP_URL", "RAPPORT_EXERCISES_DIR")}
    result = subprocess.run(
        [str(MKDOCS), "build", "--strict", "-f", str(config), "-d", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={**environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("room-site")
    build(ROOT / "mkdocs.yml", out)
    return out


@pytest.fixture(scope="module")
def offline(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("room-site-offline")
    build(ROOT / "mkdocs.offline.yml", out)
    return out


def local_links(html: str) -> list[str]:
    return [h for h in re.findall(r'href="([^"]+)"', html)
            if not h.startswith(("http:", "https:", "#", "mailto:"))]


@pytest.mark.parametrize("which", ["built", "offline"])
def test_presenter_pages_are_built_for_every_lesson(which, request):
    root: Path = request.getfixturevalue(which)
    by_stem = load_all(EXAMPLES_DIR)
    for path in sorted((COURSE / "lessons").glob("*.md")):
        page = root / "presenter" / f"{path.stem}.html"
        assert page.is_file(), page
        html = page.read_text()
        assert "<script" not in html.lower()
        assert not re.search(r'(src|href)="https?://', html), "nothing from other hosts"
        for example in by_stem[path.stem].examples:
            start = html.index(f'id="example-{example.id}"')
            question = html.index("Ask the room:", start)
            reveal = html.index("<details>", start)
            assert question < reveal
            if example.weaker is not None:
                weaker = html.index('class="label">Weaker', start)
                assert weaker < question
                if example.better is not None:
                    assert html.index('class="label">Better', reveal) > reveal
        for link in local_links(html):
            target = (page.parent / link.split("#")[0]).resolve()
            if target.is_dir():
                target = target / "index.html"
            assert target.is_file(), (page.name, link)


def test_built_lessons_show_the_examples_and_link_the_room_material(built):
    for stem, found in load_all(EXAMPLES_DIR).items():
        html = (built / "lessons" / stem / "index.html").read_text()
        assert "rapport:example" not in html
        for example in found.examples:
            version = example.better or example.weaker
            assert version is not None
            first_line = version.body.strip().splitlines()[0]
            assert first_line.replace("'", "&#39;").replace('"', "&quot;")[:20] in html \
                or first_line[:20] in html, (stem, example.id)
        assert f"../../presenter/{stem}.html" in html
        assert f"../../facilitator/scripts/{stem}/" in html


def test_built_scripts_show_their_spoken_minutes_and_slides(built):
    scripts = course_scripts()
    for lesson, script in scripts.items():
        stem = Path(lesson).stem
        html = (built / "facilitator" / "scripts" / stem / "index.html").read_text()
        assert f"{script.words} words, about {script.minutes} minutes" in html
        assert html.count("presenter page") >= len(script.example_ids)
        order = [e.id for e in load_all(EXAMPLES_DIR)[stem].examples]
        for example_id in script.example_ids:  # numbered as on the presenter page
            number = order.index(example_id) + 1
            assert (f'example {number} on the presenter page</a>' in html
                    and f"#example-{example_id}" in html), (stem, example_id)
        assert "rapport:example" not in html


def test_examples_data_is_not_published(built, offline):
    for root in (built, offline):
        assert not (root / "examples").exists()
        assert not list(root.rglob("*.yaml"))


def test_app_links_say_how_to_start_the_app(built, offline):
    for root, name in ((built, "index.html"), (offline, "index.html")):
        index = (root / "exercises" / name).read_text()
        assert "App link not opening?" in index and "make serve" in index
        assert "rapport serve" in index


def test_handouts_page_lists_each_handout(built):
    html = (built / "handouts" / "index.html").read_text()
    for handout in HANDOUTS:
        assert f'href="{handout.stem}/"' in html


def test_windows_path_without_make_is_documented():
    for text in ((ROOT / "README.md").read_text(), (COURSE / "self-paced.md").read_text()):
        assert "python -m venv .venv" in text
        assert ".venv\\Scripts\\pip install -e ." in text
        assert "rapport serve" in text


def test_self_paced_check_examples_name_a_file_or_read_stdin():
    text = (COURSE / "self-paced.md").read_text()
    for line in re.findall(r"^rapport check.*$", text, re.M):
        assert re.search(r"rapport check (\S+\.txt|-)( |$)", line), line


# --- In the browser: presenter type size and handout page counts ----------------------------



def pdf_pages(pdf: bytes) -> int:
    """The page count of a PDF written by Chromium (Skia): the /Count of the page tree."""
    counts = re.findall(rb"/Type\s*/Pages\b.*?/Count\s+(\d+)", pdf, re.S)
    assert counts, "no page tree in the PDF"
    return max(int(c) for c in counts)


@pytest.mark.browser
def test_presenter_pages_are_readable_from_the_back_of_the_room(browser, offline):
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    try:
        for stem, found in load_all(EXAMPLES_DIR).items():
            page.goto((offline / "presenter" / f"{stem}.html").as_uri())
            for example in found.examples:
                slide = page.locator(f"#example-{example.id}")
                size = slide.locator(".message").first.evaluate(
                    "e => parseFloat(getComputedStyle(e).fontSize)")
                assert size >= 28, (stem, example.id, size)
                revealed = slide.locator("details > div")
                assert not revealed.is_visible()
                slide.locator("summary").click()
                assert revealed.is_visible()
    finally:
        page.close()


@pytest.mark.browser
@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("handout", HANDOUTS, ids=lambda p: p.stem)
def test_each_handout_prints_on_its_own_pages(browser, offline, handout, paper):
    front, _ = site.split_front_matter(handout.read_text())
    meta = yaml.safe_load(front or "") or {}
    assert meta.get("handout") is True and isinstance(meta.get("pages"), int), handout
    page = browser.new_page()
    try:
        page.goto((offline / "handouts" / f"{handout.stem}.html").as_uri())
        pdf = page.pdf(format=paper)
    finally:
        page.close()
    assert pdf_pages(pdf) == meta["pages"], (handout.name, paper)
