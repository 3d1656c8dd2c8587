"""The course site: strict builds, link and anchor validation, the offline copy, the lesson
conventions, the agendas, the generated pages and the site hook's pure functions.

Each MkDocs build takes about a second, so each configuration is built once per session
(into temporary folders) and shared by the tests that read it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import pytest
import yaml

from rapport import site
from rapport.checks.registry import rule_infos
from rapport.models import Exercise, MessageTemplate
from rapport.site.loading import load_examples, load_scripts

ROOT = Path(__file__).resolve().parents[1]
COURSE = ROOT / "course"
LESSONS_DIR = COURSE / "lessons"
MKDOCS = Path(sys.executable).with_name("mkdocs")

# The fixed lessons of the course brief: file -> (title, teaching, exercises).
LESSONS = {
    "01-friends-and-networks.md": ("Friends Are Not a Network", 10, 10),
    "02-people-on-the-way-up.md": ("The People on the Way Up", 10, 10),
    "03-check-your-intentions.md": ("Check Your Intentions", 15, 15),
    "04-curiosity-not-extraction.md": ("Curiosity, Not Extraction", 10, 15),
    "05-writing-the-message.md": ("Writing the Message", 15, 20),
    "06-treat-people-like-people.md": ("Treat People Like People", 10, 10),
    "07-listen-and-stay-interested.md": ("Listen and Stay Interested", 10, 15),
}
CLOSING_HEADINGS = [
    "Challenges",
    "Practise in the app",
    "Discussion",
    "Facilitator notes",
    "Self-check",
    "Takeaway",
    "What's next",
]
PLACEHOLDER_RE = re.compile(
    r"\bTODO\b|\bTBD\b|lorem|\bplaceholders?\b|coming soon|\[insert", re.IGNORECASE
)


# --- Building -----------------------------------------------------------------------------


def build(config: Path, out: Path, **env: str) -> subprocess.CompletedProcess[str]:
    inherited = {k: v for k, v in os.environ.items()
                 if k not in ("RAPPORT_APP_URL", "RAPPORT_EXERCISES_DIR")}
    environ = {**inherited, "NO_MKDOCS_2_WARNING": "1", **env}
    return subprocess.run(
        [str(MKDOCS), "build", "--strict", "-f", str(config), "-d", str(out)],
        cwd=config.parent,
        capture_output=True,
        text=True,
        env=environ,
        timeout=300,
    )


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    result = build(ROOT / "mkdocs.yml", out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture(scope="session")
def offline(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site-offline")
    result = build(ROOT / "mkdocs.offline.yml", out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def copy_project(dest: Path) -> Path:
    """A throwaway copy of what the site build reads; returns its mkdocs.yml."""
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    for name in ("course", "src"):
        shutil.copytree(ROOT / name, dest / name, ignore=ignore)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    return dest / "mkdocs.yml"


# --- HTML helpers -------------------------------------------------------------------------


class ProseText(HTMLParser):
    """The text a reader sees, without scripts, styles, code blocks or attribute values."""

    SKIP = frozenset({"script", "style", "pre", "code", "textarea", "svg"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


class ExternalResources(HTMLParser):
    """Resources a page loads (not plain reading links) from another host."""

    LOADS: ClassVar[dict[str, tuple[str, ...]]] = {
        "script": ("src",),
        "link": ("href",),
        "img": ("src", "srcset"),
        "iframe": ("src",),
        "source": ("src", "srcset"),
        "audio": ("src",),
        "video": ("src", "poster"),
        "embed": ("src",),
        "object": ("data",),
        "track": ("src",),
        "input": ("src",),
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in self.LOADS.get(tag, ()) and value and is_external(value):
                self.found.append(f"<{tag} {name}={value}>")
            if name == "style" and value and css_external(value):
                self.found.append(f"<{tag} style={value}>")
        self.in_style = tag == "style"

    def handle_endtag(self, tag):
        if tag == "style":
            self.in_style = False

    def handle_data(self, data):
        if self.in_style and css_external(data):
            self.found.append(f"<style>{data[:80]}")


def is_external(url: str) -> bool:
    return bool(re.match(r"\s*(https?:)?//", url, re.IGNORECASE))


def css_external(css: str) -> list[str]:
    imports = re.findall(r"@import[^;]*", css, re.IGNORECASE)
    urls = re.findall(r"url\(\s*['\"]?\s*((?:https?:)?//[^)'\"]*)", css, re.IGNORECASE)
    return imports + urls


def prose(path: Path) -> str:
    parser = ProseText()
    parser.feed(path.read_text(encoding="utf-8"))
    return " ".join(parser.parts)


def html_pages(root: Path) -> list[Path]:
    return sorted(root.rglob("*.html"))


# --- Markdown helpers ---------------------------------------------------------------------


def lesson_files() -> list[Path]:
    return sorted(LESSONS_DIR.glob("*.md"))


def outside_fences(text: str) -> list[str]:
    """The lines of `text` that are not inside a fenced code block (indented ones too)."""
    lines, fence = [], None
    for line in text.splitlines():
        match = re.match(r"\s*(`{3,}|~{3,})", line)
        if match:
            marker = match.group(1)
            if fence is None:
                fence = marker
                continue
            if marker[0] == fence[0] and len(marker) >= len(fence):
                fence = None
                continue
        if fence is None:
            lines.append(line)
    return lines


def prose_markdown(text: str) -> str:
    """Markdown without front matter keys, code, link targets or HTML comments."""
    _, body = site.split_front_matter(text)
    body = "\n".join(outside_fences(body))
    body = re.sub(r"(`+).+?\1", " ", body)  # inline code
    body = re.sub(r"\]\([^)]*\)", "]", body)  # link targets
    body = re.sub(r"<!--.*?-->", " ", body, flags=re.S)
    return body


def headings(text: str, level: int) -> list[str]:
    prefix = "#" * level + " "
    _, body = site.split_front_matter(text)
    return [line[len(prefix) :].strip() for line in outside_fences(body) if line.startswith(prefix)]


def section(text: str, heading: str) -> str:
    """The Markdown under `## heading`, up to the next H2."""
    _, body = site.split_front_matter(text)
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", body, re.M | re.S)
    return match.group(1) if match else ""


# --- Builds and validation ----------------------------------------------------------------


def test_strict_build_passes(built):
    assert (built / "index.html").is_file()
    assert (built / "print_page" / "index.html").is_file()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        pytest.param(("lessons/03-check-your-intentions.md", "\n[x](missing.md)\n"),
                     "missing.md", id="broken-link"),
        pytest.param(("lessons/03-check-your-intentions.md",
                      "\n[x](02-people-on-the-way-up.md#no-such-anchor)\n"),
                     "no-such-anchor", id="broken-anchor"),
        pytest.param(("agendas.yml", None), "items add up to 90", id="agenda-does-not-add-up"),
        pytest.param(("lessons/05-writing-the-message.md", None), "teaching",
                     id="broken-front-matter"),
    ],
)
def test_broken_course_fails_the_build(tmp_path, change, expected):
    config = copy_project(tmp_path)
    path, addition = change
    target = tmp_path / "course" / path
    text = target.read_text(encoding="utf-8")
    if addition is not None:
        text += addition
    elif path == "agendas.yml":
        text = text.replace("length: 90", "length: 95", 1)
    else:
        text = re.sub(r"^teaching: \d+$", "teaching: fifteen", text, count=1, flags=re.M)
    target.write_text(text, encoding="utf-8")
    result = build(config, tmp_path / "out")
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert expected in output
    if path.endswith(".md") and addition is None:
        assert "05-writing-the-message.md" in output and "'teaching'" in output


@pytest.mark.parametrize("which", ["built", "offline"])
def test_no_resources_from_other_hosts(which, request):
    root: Path = request.getfixturevalue(which)
    found = []
    for page in html_pages(root):
        parser = ExternalResources()
        parser.feed(page.read_text(encoding="utf-8"))
        found += [f"{page.relative_to(root)}: {item}" for item in parser.found]
    for css in sorted(root.rglob("*.css")):
        found += [f"{css.relative_to(root)}: {item}" for item in css_external(css.read_text())]
    assert not found, "\n".join(found)


def test_offline_build_opens_from_files_without_search(offline):
    assert (offline / "index.html").is_file()
    assert (offline / "lessons" / "03-check-your-intentions.html").is_file()
    assert (offline / "print_page.html").is_file()
    assert not (offline / "search").exists()
    home = (offline / "index.html").read_text(encoding="utf-8")
    assert 'data-md-component="search"' not in home
    assert 'href="lessons/01-friends-and-networks.html"' in home
    # Page links point at files, not folders, so they open from file://.
    links = re.findall(r'<a [^>]*href="([^"#]+)"', home)
    internal = [u for u in links if not is_external(u) and not u.startswith("mailto:")]
    assert internal and all(u.endswith((".html", ".xml", ".png", ".css")) for u in internal)


def test_print_page_holds_the_facilitator_guide_and_exercises(built):
    page = (built / "print_page" / "index.html").read_text(encoding="utf-8")
    assert 'id="facilitator-agendas"' in page
    assert 'id="exercises"' in page or 'id="exercises-index"' in page
    assert 'id="lessons-03-check-your-intentions"' not in page
    assert 'id="rules-vague-ask"' not in page


@pytest.mark.parametrize("which", ["built", "offline"])
def test_print_page_links_resolve(which, request):
    root: Path = request.getfixturevalue(which)
    page = root / "print_page" / "index.html" if which == "built" else root / "print_page.html"
    text = page.read_text(encoding="utf-8")
    ids = set(re.findall(r"""\sid=["']([^"']+)["']""", text))
    broken = []
    for href in re.findall(r"""<a [^>]*href=["']([^"']+)["']""", text):
        if href.startswith("#"):
            if href[1:] not in ids:
                broken.append(href)
        elif not is_external(href) and not href.startswith("mailto:"):
            target = page.parent / href.split("#")[0]
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(href)
    assert not broken, broken


def test_relink_print_page():
    page = ('<h1 id="facilitator-agendas">A</h1><section id=\'section-1\'></section>'
            '<a href="#facilitator-agendas">x</a><a href="#section-1">s</a>'
            '<a href="#lessons-03-check-your-intentions-whats-next">y</a>'
            '<a href="#rules">z</a><a href="#nowhere">w</a>')
    urls = {"lessons-03-check-your-intentions": "lessons/03-check-your-intentions/",
            "rules": "rules/", "facilitator-agendas": "facilitator/agendas/"}
    out = site.relink_print_page(page, urls, "print_page/")
    assert '<a href="#facilitator-agendas">' in out and '<a href="#section-1">' in out
    assert '<a href="../lessons/03-check-your-intentions/#whats-next">' in out
    assert '<a href="../rules/">' in out and '<a href="#nowhere">' in out


# --- Lessons ------------------------------------------------------------------------------


def test_the_seven_lessons_exist():
    assert [p.name for p in lesson_files()] == list(LESSONS)


@pytest.mark.parametrize("path", lesson_files(), ids=lambda p: p.stem)
def test_lesson_front_matter_is_complete(path):
    lesson = site.parse_lesson(f"lessons/{path.name}", path.read_text(encoding="utf-8"))
    title, teaching, exercises = LESSONS[path.name]
    assert (lesson.meta.title, lesson.meta.teaching, lesson.meta.exercises) == (
        title, teaching, exercises)
    for objective in lesson.meta.objectives:
        assert objective[0].isupper(), f"objectives start with a verb: {objective!r}"


@pytest.mark.parametrize("path", lesson_files(), ids=lambda p: p.stem)
def test_lesson_headings_are_in_the_required_order(path):
    text = path.read_text(encoding="utf-8")
    lesson = site.parse_lesson(f"lessons/{path.name}", text)
    assert headings(text, 1) == [lesson.meta.title]
    h2 = headings(text, 2)
    assert h2[-len(CLOSING_HEADINGS) :] == CLOSING_HEADINGS, h2
    teaching = h2[: -len(CLOSING_HEADINGS)]
    assert 3 <= len(teaching) <= 5, teaching
    assert not set(teaching) & set(CLOSING_HEADINGS), teaching


@pytest.mark.parametrize("path", lesson_files(), ids=lambda p: p.stem)
def test_lesson_has_its_boxes_and_marker(path):
    text = path.read_text(encoding="utf-8")
    assert re.search(r'^!!! facilitator "', section(text, "Facilitator notes"), re.M)
    assert re.search(r'^!!! discussion "', section(text, "Discussion"), re.M)
    assert re.search(r'^!!! challenge "', section(text, "Challenges"), re.M)
    assert re.search(r'^\?\?\? quiz "', section(text, "Self-check"), re.M)
    assert text.count(site.EXERCISES_MARKER) == 1
    assert site.EXERCISES_MARKER in section(text, "Practise in the app")


@pytest.mark.parametrize("name", list(LESSONS), ids=lambda n: n[:2])
def test_built_lesson_has_overview_and_exercise_list(built, name):
    page = (built / "lessons" / name.removesuffix(".md") / "index.html").read_text()
    h1 = page.index("<h1")
    overview = page.index('class="admonition abstract"')
    assert h1 < overview < page.index("<h2"), "the overview box follows the title"
    assert "<strong>Time:</strong>" in page
    assert 'class="admonition facilitator"' in page
    assert "rapport:exercises" not in page
    practise = page[page.index('id="practise-in-the-app"') : page.index('id="discussion"')]
    assert 'href="http://localhost:8501/' in practise  # exercise links or the app itself
    bank = pytest.importorskip("rapport.exercises").load_bank()
    for exercise in bank.by_lesson().get(f"lessons/{name}", []):
        assert f'href="../../exercises/{exercise.id}/"' in practise
        assert f"?exercise={exercise.id}&amp;code=K7M3Q" in practise


# --- Agendas ------------------------------------------------------------------------------


def course_lessons() -> dict[str, site.Lesson]:
    return {
        f"lessons/{p.name}": site.parse_lesson(f"lessons/{p.name}", p.read_text())
        for p in lesson_files()
    }


def course_scripts() -> dict:
    lessons = course_lessons()
    examples = load_examples(lessons, {k: (COURSE / k).read_text() for k in lessons}, COURSE,
                             {rule.id for rule in rule_infos()})
    return load_scripts(lessons, examples, COURSE)


def test_agendas_add_up_to_their_lengths():
    agendas = site.load_agendas((COURSE / "agendas.yml").read_text(), "course/agendas.yml")
    assert agendas
    for agenda in agendas.values():
        rows = site.agenda_rows(agenda, course_lessons(), "course/agendas.yml", course_scripts())
        assert rows[-1].running == agenda.length == sum(r.minutes for r in rows)
        assert [r.start for r in rows] == [0, *(r.running for r in rows[:-1])]


def test_built_agendas_page_has_a_table_per_marker(built):
    source = (COURSE / "facilitator" / "agendas.md").read_text()
    markers = site.AGENDA_MARKER_RE.findall(source)
    assert markers
    page = (built / "facilitator" / "agendas" / "index.html").read_text()
    assert "rapport:agenda" not in page
    assert page.count("<strong>Total</strong>") == len(markers)
    assert "<td style=\"text-align: right;\">0:00</td>" in page


def test_agenda_that_does_not_add_up_names_the_file_and_agenda():
    text = (COURSE / "agendas.yml").read_text().replace("length: 210", "length: 200")
    agendas = site.load_agendas(text, "course/agendas.yml")
    with pytest.raises(site.SiteDataError, match=r"course/agendas.yml: agenda 'half-day'.*210"):
        site.agenda_rows(agendas["half-day"], course_lessons(), "course/agendas.yml")


@pytest.mark.parametrize(
    ("edit", "field"),
    [
        (lambda d: d["agendas"][1]["items"][2].update(part="most"), "agendas.1.items.2.part"),
        (lambda d: d["agendas"][1].update(lenght=210), "agendas.1.lenght"),
        (lambda d: d["agendas"][0]["items"][0].pop("minutes"), "agendas.0.items.0.minutes"),
        (lambda d: d["agendas"][1]["items"][3].update(lesson="lessons/4.md"),
         "agendas.1.items.3.lesson"),
        (lambda d: d["agendas"][0]["items"][1].update(room=-1), "agendas.0.items.1.room"),
        (lambda d: d["agendas"][0]["items"][1].update(teach="lessons/x.md"),
         "agendas.0.items.1.teach"),
    ],
)
def test_broken_agendas_file_names_file_and_field(edit, field):
    data = yaml.safe_load((COURSE / "agendas.yml").read_text())
    edit(data)
    with pytest.raises(site.SiteDataError) as info:
        site.load_agendas(yaml.safe_dump(data), "course/agendas.yml")
    assert str(info.value).startswith(f"course/agendas.yml: field '{field}'")


def test_unknown_agenda_marker_fails():
    agendas = site.load_agendas((COURSE / "agendas.yml").read_text(), "course/agendas.yml")
    with pytest.raises(site.SiteDataError, match="'two-day'"):
        site.replace_agenda_markers("<!-- rapport:agenda two-day -->", agendas,
                                    course_lessons(), site.AGENDAS_PAGE, "course/agendas.yml")


@pytest.mark.parametrize(
    ("front", "field"),
    [
        ("title: X\nteaching: 10\nexercises: 5\nquestions: [a, b]\nobjectives: [a, b]\n",
         "keypoints"),
        ("title: X\nteaching: '10'\nexercises: 5\nquestions: [a, b]\nobjectives: [a, b]\n"
         "keypoints: [a, b, c]\n", "teaching"),
        ("title: X\nteaching: 10\nexercises: 5\nquestions: [a, b]\nobjectives: [a, b]\n"
         "keypoints: [a, b, c]\nkeypoint: [d]\n", "keypoint"),
    ],
)
def test_broken_lesson_front_matter_names_file_and_field(front, field):
    with pytest.raises(site.SiteDataError) as info:
        site.parse_lesson("lessons/09-x.md", f"---\n{front}---\n# X\n", "course/lessons/09-x.md")
    assert str(info.value).startswith(
        f"course/lessons/09-x.md (front matter): field '{field}'"), str(info.value)


# --- Generated pages ----------------------------------------------------------------------


def test_every_rule_has_its_page(built):
    index = (built / "rules" / "index.html").read_text()
    for rule in rule_infos():
        page = built / "rules" / rule.id / "index.html"
        assert page.is_file(), rule.id
        html_text = page.read_text()
        assert f"<code>{rule.id}</code>" in html_text
        assert html_text.count('class="admonition failure rapport-example"') == len(rule.bad)
        assert html_text.count('class="admonition success rapport-example"') == len(rule.good)
        assert "<mark" in html_text
        assert f'href="../../{rule.lesson.removesuffix(".md")}/"' in html_text
        assert f'href="{rule.id}/"' in index
    assert "<h1" in (built / "rules" / "placeholder" / "index.html").read_text()
    assert "Unfilled template field" in prose(built / "rules" / "placeholder" / "index.html")


def test_every_exercise_has_its_page(built):
    bank = pytest.importorskip("rapport.exercises").load_bank()
    assert (built / "exercises" / "index.html").is_file()
    for exercise in bank.exercises:
        assert (built / "exercises" / exercise.id / "index.html").is_file(), exercise.id


def test_key_points_page_gathers_every_lesson(built):
    page = (built / "key-points" / "index.html").read_text()
    for path, lesson in course_lessons().items():
        assert f'href="../{path.removesuffix(".md")}/"' in page
        assert len(lesson.meta.keypoints) >= 3
    text = prose(built / "key-points" / "index.html")
    for lesson in course_lessons().values():
        assert lesson.meta.keypoints[0].split("'")[0][:40] in text


def test_every_lesson_is_covered_by_an_exercise():
    exercises = pytest.importorskip(
        "rapport.exercises", reason="the exercise bank module rapport.exercises is not built"
    )
    bank = exercises.load_bank()
    if not bank.exercises:
        pytest.skip("the exercise bank has no exercises in exercises/*.yaml")
    covered = {e.lesson for e in bank.exercises}
    missing = [p for p in course_lessons() if p not in covered]
    assert not missing, f"lessons without an exercise: {missing}"


# --- No unfinished text -------------------------------------------------------------------


def test_no_placeholder_text_in_course_sources():
    found = []
    for path in sorted(COURSE.rglob("*")):
        if path.suffix not in (".md", ".yml", ".yaml"):
            continue
        for line in prose_markdown(path.read_text()).splitlines():
            if PLACEHOLDER_RE.search(line):
                found.append(f"{path.relative_to(ROOT)}: {line.strip()}")
    assert not found, "\n".join(found)


def test_no_placeholder_text_in_built_pages(built):
    found = []
    for page in html_pages(built):
        for match in PLACEHOLDER_RE.finditer(prose(page)):
            found.append(f"{page.relative_to(built)}: {match.group()!r}")
    assert not found, "\n".join(found)


def test_placeholder_check_catches_prose_but_not_code_or_links():
    assert PLACEHOLDER_RE.search(prose_markdown("Examples coming soon.\n"))
    assert PLACEHOLDER_RE.search(prose_markdown("Dear [insert name],\n"))
    assert not PLACEHOLDER_RE.search(prose_markdown("See [this](../rules/placeholder.md).\n"))
    assert not PLACEHOLDER_RE.search(prose_markdown("```text\nHi [insert name]\n```\n"))
    assert not PLACEHOLDER_RE.search(prose_markdown("    ```text\n    TODO\n    ```\n"))


# --- The exercise pages, with a sample bank -----------------------------------------------

SAMPLE = """\
id: sample-pick-your-brain
title: "Pick your brain? Ask one real question"
lesson: lessons/04-curiosity-not-extraction.md
channel: email
relationship: stranger
difficulty: 2
minutes: 10
situation: "You read {recipient.first_name}'s {recipient.work[0].kind} and want to ask one thing."
original:
  subject: "Quick question"
  body: |
    Hi {recipient.first_name}! Can I pick your brain? <script>alert(1)</script> *stars*
flaws: [vague-ask, subject-line]
model:
  subject: "Your {recipient.work[0].kind} on {recipient.work[0].topic}"
  body: |
    Hi {recipient.first_name},
    I'm {sender.first_name}. How did you choose {recipient.topics[0]}?
    No worries if you're busy.
    {sender.first_name}
hints:
  - "Name the {recipient.work[0].kind} you read."
  - "Ask one question <b>only</b> they can answer."
discussion:
  - "Would you answer the weak message?"
"""


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory) -> Path:
    pytest.importorskip("rapport.exercises")
    bank = tmp_path_factory.mktemp("bank")
    (bank / "sample-pick-your-brain.yaml").write_text(SAMPLE, encoding="utf-8")
    (bank / "broken.yaml").write_text("id: broken\ntitle: Broken\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("site-sample")
    result = build(ROOT / "mkdocs.yml", out, RAPPORT_EXERCISES_DIR=str(bank),
                   RAPPORT_APP_URL="http://app.example:9000/")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken.yaml" in result.stdout + result.stderr  # logged at INFO
    return out


def test_exercise_page_from_the_bank(sample_site):
    page = (sample_site / "exercises" / "sample-pick-your-brain" / "index.html").read_text()
    assert "http://app.example:9000/?exercise=sample-pick-your-brain&amp;code=K7M3Q" in page
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;only&lt;/b&gt;" in page
    assert '<details class="hint">' in page and '<details class="solution">' in page
    assert 'href="../../rules/vague-ask/"' in page
    assert 'href="../../lessons/04-curiosity-not-extraction/"' in page
    assert 'class="admonition discussion"' in page
    assert "K7M3Q" in page


def test_exercise_index_and_lesson_list_with_a_sample_bank(sample_site):
    index = (sample_site / "exercises" / "index.html").read_text()
    assert 'class="admonition warning"' in index and "broken.yaml" in index
    assert 'id="by-lesson"' in index and 'id="by-channel"' in index
    assert 'href="sample-pick-your-brain/"' in index
    lesson = (sample_site / "lessons" / "04-curiosity-not-extraction" / "index.html").read_text()
    assert 'href="../../exercises/sample-pick-your-brain/"' in lesson
    assert "exercise=sample-pick-your-brain&amp;code=K7M3Q" in lesson
    printed = (sample_site / "print_page" / "index.html").read_text()
    assert 'id="exercises-sample-pick-your-brain"' in printed


# --- Pure functions of the hook -----------------------------------------------------------


def test_clock():
    assert [site.clock(m) for m in (0, 5, 60, 95, 210)] == ["0:00", "0:05", "1:00", "1:35",
                                                           "3:30"]


def test_app_link_and_url_override():
    assert site.app_link("http://localhost:8501/", "pick-your-brain") == (
        "http://localhost:8501/?exercise=pick-your-brain&code=K7M3Q")
    assert site.app_link("https://x.org/app?lang=en", "a", "ABCDE") == (
        "https://x.org/app?lang=en&exercise=a&code=ABCDE")
    assert site.resolve_app_url(None, {}) == site.DEFAULT_APP_URL
    assert site.resolve_app_url("http://a/", {}) == "http://a/"
    assert site.resolve_app_url("http://a/", {"RAPPORT_APP_URL": "http://b/"}) == "http://b/"
    with pytest.raises(site.SiteDataError, match="RAPPORT_APP_URL"):
        site.resolve_app_url("http://a/", {"RAPPORT_APP_URL": "javascript:alert(1)"})


def test_marked_html_escapes_and_highlights():
    assert site.marked_html("Hi ⟦<b>[Name]</b>⟧ & co") == (
        "Hi <mark>&lt;b&gt;[Name]&lt;/b&gt;</mark> &amp; co")
    assert site.marked_html("⟦⟧Hello").startswith('<mark class="rapport-mark-empty"')
    assert site.marked_html("a ⟦b⟧ c ⟦d⟧") == "a <mark>b</mark> c <mark>d</mark>"


def test_md_escape_and_fences():
    assert site.md_escape("*a* _b_ [c](d) <e> `f` |") == (
        r"\*a\* \_b\_ \[c\](d) &lt;e&gt; \`f\` \|")
    block = site.fenced_text("has ``` inside")
    assert block.startswith("````text\n") and block.endswith("\n````")


def test_relative_link():
    assert site.relative_link("facilitator/agendas.md", "facilitator/activities.md#x") == (
        "activities.md#x")
    assert site.relative_link("facilitator/agendas.md", "lessons/01-a.md") == (
        "../lessons/01-a.md")
    assert site.relative_link("rules/index.md", "lessons/01-a.md") == "../lessons/01-a.md"


def test_insert_after_h1_skips_fenced_code():
    markdown = "```text\n# not a title\n```\n\n# Title\n\nIntro.\n"
    out = site.insert_after_h1(markdown, "BOX", "x.md")
    assert out.index("# Title") < out.index("BOX") < out.index("Intro.")
    with pytest.raises(site.SiteDataError, match=r"x\.md"):
        site.insert_after_h1("No title here.\n", "BOX", "x.md")


def test_objectives_box_has_time_questions_and_objectives():
    lesson = course_lessons()["lessons/05-writing-the-message.md"]
    box = site.objectives_box(lesson)
    assert box.startswith('!!! abstract "Overview"')
    assert "**Time:** 35 minutes (15 teaching, 20 exercises)" in box
    for item in (*lesson.meta.questions, *lesson.meta.objectives):
        assert f"    - {item}" in box


def test_nav_gets_the_exercise_pages_grouped_by_lesson():
    exercise = Exercise(
        id="a", title="A", lesson="lessons/04-curiosity-not-extraction.md", channel="email",
        relationship="stranger", difficulty=1, minutes=5, situation="s",
        original=MessageTemplate(body="b"), flaws=["vague-ask"],
        model=MessageTemplate(body="m"), hints=["h1", "h2"], discussion=["d"],
    )
    nav = [{"Home": "index.md"}, {"Practice exercises": [{"All": "exercises/index.md"}]}]
    out = site.nav_with_exercises(nav, [exercise], course_lessons())
    assert out[1] == {"Practice exercises": [
        {"All": "exercises/index.md"},
        {"Lesson 4: Curiosity, Not Extraction": [{"A": "exercises/a.md"}]},
    ]}
    assert nav[1] == {"Practice exercises": [{"All": "exercises/index.md"}]}  # not mutated
    assert site.nav_with_exercises(None, [exercise], course_lessons()) is None
