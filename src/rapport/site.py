"""MkDocs hook for the course site (``hooks: - src/rapport/site.py`` in mkdocs.yml).

It generates the rule reference, the exercise pages and the key points page, puts an overview
box at the top of every lesson, lists each lesson's exercises, and turns
``course/agendas.yml`` into timed agenda tables.

The data logic lives in pure functions (loading and validating the lesson front matter and
the agendas, the agenda arithmetic, and one builder per generated page) that
``tests/test_site.py`` calls directly. The MkDocs event functions at the bottom only wire
them in. A problem in the course data raises :class:`mkdocs.exceptions.PluginError`, which
fails the build with a message naming the file and the field.
"""

from __future__ import annotations

import html
import logging
import os
import posixpath
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import yaml
from mkdocs.exceptions import PluginError
from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    ValidationError,
    model_validator,
)

from rapport.checks.registry import rule_infos
from rapport.datafiles import yaml_syntax_problem
from rapport.models import SEVERITY_ORDER, Exercise, Persona, RuleExample, RuleInfo

try:
    from rapport import exercises as exercise_bank
except ModuleNotFoundError as exc:  # the bank is optional: the site builds without it
    if exc.name != "rapport.exercises":
        raise
    exercise_bank = None

log = logging.getLogger("mkdocs.hooks.rapport")

EXAMPLE_CODE = "K7M3Q"
"""The scenario code every course page uses for its examples."""
DEFAULT_APP_URL = "http://localhost:8501/"
APP_URL_ENV = "RAPPORT_APP_URL"

AGENDAS_FILE = "agendas.yml"
AGENDAS_PAGE = "facilitator/agendas.md"
KEY_POINTS_PAGE = "key-points.md"
RULES_INDEX = "rules/index.md"
EXERCISES_INDEX = "exercises/index.md"

LESSON_PATTERN = r"^lessons/(\d\d)-[a-z0-9]+(-[a-z0-9]+)*\.md$"
LESSON_RE = re.compile(LESSON_PATTERN)
EXERCISES_MARKER = "<!-- rapport:exercises -->"
AGENDA_MARKER_RE = re.compile(r"^<!-- rapport:agenda (?P<id>[^ ]+) -->[ \t]*$", re.MULTILINE)
FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)

CHANNEL_LABELS = {"email": "Email", "linkedin": "LinkedIn", "slack": "Slack", "text": "Text"}
RELATIONSHIP_LABELS = {
    "stranger": "someone you have never met",
    "acquaintance": "an acquaintance",
    "coworker": "a coworker",
    "former-colleague": "a former colleague",
    "friend": "a friend",
}
SEVERITY_LABELS = {
    "error": "Error",
    "warning": "Warning",
    "info": "Info",
}
PART_LABELS = {"teaching": "teaching", "exercises": "exercises", "both": "teaching and exercises"}


class SiteDataError(PluginError):
    """Course data the site cannot be built from; the message names the file and field."""


# --- Validated course data ---------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


Text = Annotated[str, Field(min_length=1)]


class LessonMeta(_Strict):
    """A lesson's front matter (see /work/notes/course-brief.md)."""

    title: Text
    teaching: int = Field(ge=1, le=240)
    exercises: int = Field(ge=0, le=240)
    questions: list[Text] = Field(min_length=2, max_length=3)
    objectives: list[Text] = Field(min_length=2, max_length=4)
    keypoints: list[Text] = Field(min_length=3, max_length=5)


class ActivityItem(_Strict):
    activity: Text
    minutes: int = Field(ge=1, le=480)
    page: str | None = Field(default=None, pattern=r"^[a-z0-9][a-z0-9/_.-]*\.md(#[a-z0-9_-]+)?$")


class LessonItem(_Strict):
    lesson: str = Field(pattern=LESSON_PATTERN)
    part: Literal["teaching", "exercises", "both"]


_ITEM_TAGS = ("activity item", "lesson item")


def _item_kind(value: Any) -> str:
    if isinstance(value, Mapping):
        return "lesson item" if "lesson" in value else "activity item"
    return "lesson item" if isinstance(value, LessonItem) else "activity item"


AgendaItem = Annotated[
    Annotated[ActivityItem, Tag("activity item")] | Annotated[LessonItem, Tag("lesson item")],
    Discriminator(_item_kind),
]


class Agenda(_Strict):
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    title: Text
    length: int = Field(ge=1, le=960)
    items: list[AgendaItem] = Field(min_length=1)


class AgendaFile(_Strict):
    agendas: list[Agenda] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> AgendaFile:
        seen: set[str] = set()
        for agenda in self.agendas:
            if agenda.id in seen:
                raise ValueError(f"two agendas have the id {agenda.id!r}")
            seen.add(agenda.id)
        return self


@dataclass(frozen=True)
class Lesson:
    path: str
    """Relative to the docs folder, e.g. ``lessons/03-check-your-intentions.md``."""
    meta: LessonMeta

    @property
    def number(self) -> int:
        match = LESSON_RE.match(self.path)
        assert match is not None
        return int(match.group(1))

    @property
    def label(self) -> str:
        return f"Lesson {self.number}: {self.meta.title}"

    @property
    def minutes(self) -> int:
        return self.meta.teaching + self.meta.exercises

    def part_minutes(self, part: str) -> int:
        if part == "teaching":
            return self.meta.teaching
        if part == "exercises":
            return self.meta.exercises
        return self.minutes


@dataclass(frozen=True)
class SiteData:
    """Everything the generated pages are built from."""

    lessons: dict[str, Lesson]
    agendas: dict[str, Agenda] = field(default_factory=dict)
    rules: tuple[RuleInfo, ...] = ()
    exercises: tuple[Exercise, ...] = ()
    scenarios: dict[str, Any] = field(default_factory=dict)
    """Exercise id -> ``rapport.exercises.Scenario`` rendered for `EXAMPLE_CODE`."""
    problems: tuple[Any, ...] = ()
    """``rapport.exercises.ExerciseLoadProblem``s: exercise files the bank skipped."""
    bank_missing: str | None = None
    """Why there is no exercise bank, or None when it loaded."""
    app_url: str = DEFAULT_APP_URL

    def exercises_for(self, lesson: str) -> list[Exercise]:
        return [e for e in self.exercises if e.lesson == lesson]


def validation_problem(source: str, error: ValidationError, raw: Any = None) -> str:
    """One line naming the file and the dotted field of the first validation error."""
    first = error.errors()[0]
    loc = [part for part in first["loc"] if part not in _ITEM_TAGS]
    dotted = ".".join(str(part) for part in loc)
    where = f"field '{dotted}'" if dotted else "top level"
    agenda = _agenda_id_at(raw, loc)
    if agenda:
        where += f" (agenda {agenda!r})"
    message = str(first["msg"]).removeprefix("Value error, ")
    got = first.get("input")
    shown = "" if first["type"] == "missing" or isinstance(got, dict | list) else f" (got {got!r})"
    return f"{source}: {where}: {message}{shown}"


def _agenda_id_at(raw: Any, loc: Sequence[Any]) -> str | None:
    if len(loc) < 2 or loc[0] != "agendas" or not isinstance(loc[1], int):
        return None
    try:
        agenda_id = raw["agendas"][loc[1]]["id"]
    except (KeyError, IndexError, TypeError):
        return None
    return agenda_id if isinstance(agenda_id, str) else None


def split_front_matter(text: str) -> tuple[str | None, str]:
    """Return (front matter YAML or None, the Markdown after it)."""
    match = FRONT_MATTER_RE.match(text)
    if not match:
        return None, text
    return match.group("yaml") or "", text[match.end() :]


def _yaml(text: str, source: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        where, problem = yaml_syntax_problem(exc)
        at = f" at {where}" if where else ""
        raise SiteDataError(f"{source}: not valid YAML{at}: {problem}") from None


def parse_lesson(path: str, text: str, source: str | None = None) -> Lesson:
    """Validate the front matter of the lesson page `path` (`source` names it in errors)."""
    source = source or path
    if not LESSON_RE.match(path):
        raise SiteDataError(f"{source}: lesson files are named lessons/NN-name.md")
    front, _ = split_front_matter(text)
    if front is None:
        raise SiteDataError(
            f"{source}: no front matter: a lesson starts with a '---' block with title, "
            "teaching, exercises, questions, objectives and keypoints"
        )
    raw = _yaml(front, f"{source} (front matter)")
    try:
        meta = LessonMeta.model_validate(raw if raw is not None else {})
    except ValidationError as exc:
        raise SiteDataError(validation_problem(f"{source} (front matter)", exc)) from None
    return Lesson(path=path, meta=meta)


def load_agendas(text: str, source: str) -> dict[str, Agenda]:
    raw = _yaml(text, source)
    try:
        parsed = AgendaFile.model_validate(raw if raw is not None else {})
    except ValidationError as exc:
        raise SiteDataError(validation_problem(source, exc, raw)) from None
    return {agenda.id: agenda for agenda in parsed.agendas}


# --- Agenda arithmetic --------------------------------------------------------------------


@dataclass(frozen=True)
class AgendaRow:
    start: int
    minutes: int
    label: str
    target: str | None
    """A page (relative to the docs folder, optionally with #anchor) the row links to."""
    detail: str | None
    running: int


def clock(minutes: int) -> str:
    """Minutes from the start as h:mm (95 -> "1:35")."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def agenda_rows(agenda: Agenda, lessons: Mapping[str, Lesson], source: str) -> list[AgendaRow]:
    """The timed rows of `agenda`; raises SiteDataError unless they add up to its length."""
    rows: list[AgendaRow] = []
    elapsed = 0
    for number, item in enumerate(agenda.items):
        if isinstance(item, LessonItem):
            lesson = lessons.get(item.lesson)
            if lesson is None:
                known = ", ".join(sorted(lessons)) or "none"
                raise SiteDataError(
                    f"{source}: agenda {agenda.id!r}, field 'items.{number}.lesson': there is "
                    f"no lesson {item.lesson!r} (the lessons are: {known})"
                )
            minutes = lesson.part_minutes(item.part)
            label, target, detail = lesson.label, lesson.path, PART_LABELS[item.part]
        else:
            minutes, label, target, detail = item.minutes, item.activity, item.page, None
        rows.append(AgendaRow(elapsed, minutes, label, target, detail, elapsed + minutes))
        elapsed += minutes
    if elapsed != agenda.length:
        parts = " + ".join(str(row.minutes) for row in rows)
        difference = elapsed - agenda.length
        fix = f"cut {difference}" if difference > 0 else f"add {-difference}"
        raise SiteDataError(
            f"{source}: agenda {agenda.id!r} ({agenda.title}) has length {agenda.length} "
            f"minutes, but its items add up to {elapsed} ({parts}). Lesson items take their "
            f"minutes from the lesson's front matter (teaching/exercises): {fix} minutes or "
            "change the length."
        )
    return rows


def relative_link(from_page: str, target: str) -> str:
    """A Markdown link from the page `from_page` to `target` (both relative to the docs)."""
    path, _, anchor = target.partition("#")
    base = posixpath.dirname(from_page) or "."
    link = posixpath.relpath(path, base) if path else ""
    return f"{link}#{anchor}" if anchor else link


def agenda_table(agenda: Agenda, lessons: Mapping[str, Lesson], page: str, source: str) -> str:
    rows = agenda_rows(agenda, lessons, source)
    lines = [
        "| Start | Minutes | Item | Running total |",
        "|---:|---:|---|---:|",
    ]
    for row in rows:
        item = md_escape(row.label)
        if row.target:
            item = f"[{item}]({relative_link(page, row.target)})"
        if row.detail:
            item += f" ({row.detail})"
        lines.append(f"| {clock(row.start)} | {row.minutes} | {item} | {row.running} |")
    total = rows[-1].running
    lines.append(f"| | **{total}** | **Total** (ends at {clock(total)}) "
                 f"| **{total}** |")
    return "\n".join(lines)


def replace_agenda_markers(
    markdown: str, agendas: Mapping[str, Agenda], lessons: Mapping[str, Lesson], page: str,
    source: str,
) -> str:
    def table(match: re.Match[str]) -> str:
        agenda_id = match.group("id")
        agenda = agendas.get(agenda_id)
        if agenda is None:
            known = ", ".join(agendas) or "none"
            raise SiteDataError(
                f"{page}: the marker asks for agenda {agenda_id!r}, which {source} does not "
                f"define (its agendas are: {known})"
            )
        return agenda_table(agenda, lessons, page, source)

    return AGENDA_MARKER_RE.sub(table, markdown)


# --- Small Markdown helpers ----------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}|#])")


def md_escape(text: str) -> str:
    """Text shown literally in Markdown: HTML-escaped, with Markdown punctuation escaped."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def md_paragraphs(text: str) -> str:
    """Plain text as escaped Markdown paragraphs (blank lines separate them)."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return "\n\n".join(
        "\n".join(md_escape(line.strip()) for line in p.splitlines()) for p in paragraphs
    )


def indent(text: str, prefix: str = "    ") -> str:
    return "\n".join(prefix + line if line.strip() else "" for line in text.splitlines())


def fenced_text(text: str) -> str:
    """A fenced ``text`` block that shows `text` verbatim, whatever backticks it contains."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{text}\n{fence}"


def message_text(subject: str | None, body: str) -> str:
    body = body.rstrip()
    return f"Subject: {subject}\n\n{body}" if subject is not None else body


def marked_html(text: str) -> str:
    """HTML-escape an example, turning each ⟦span⟧ into <mark>span</mark>."""
    out: list[str] = []
    rest = text
    while "⟦" in rest:
        before, _, after = rest.partition("⟦")
        span, closed, after = after.partition("⟧")
        if not closed:  # an unclosed marker: show the text as written
            out.append(html.escape(before + "⟦" + span))
            rest = ""
            break
        out.append(html.escape(before))
        if span:
            out.append(f"<mark>{html.escape(span)}</mark>")
        else:
            out.append('<mark class="rapport-mark-empty" title="The flag points here"></mark>')
        rest = after
    out.append(html.escape(rest))
    return "".join(out)


def app_link(app_url: str, exercise_id: str, code: str = EXAMPLE_CODE) -> str:
    """``{app_url}?exercise=ID&code=CODE`` (keeping any query the app URL already has)."""
    parts = urlsplit(app_url)
    query = [*parse_qsl(parts.query), ("exercise", exercise_id), ("code", code)]
    return urlunsplit(parts._replace(query=urlencode(query)))


def resolve_app_url(configured: Any, environ: Mapping[str, str]) -> str:
    url = (environ.get(APP_URL_ENV) or "").strip() or configured or DEFAULT_APP_URL
    if not isinstance(url, str) or not re.match(r"^https?://[^\s/]+", url):
        origin = APP_URL_ENV if environ.get(APP_URL_ENV) else "extra.app_url in mkdocs.yml"
        raise SiteDataError(f"{origin}: the app URL must start with http:// or https://, "
                            f"got {url!r}")
    return url


# --- Lesson pages --------------------------------------------------------------------------


def objectives_box(lesson: Lesson) -> str:
    meta = lesson.meta
    lines = [
        '!!! abstract "Overview"',
        "",
        f"    **Time:** {lesson.minutes} minutes ({meta.teaching} teaching, "
        f"{meta.exercises} exercises)",
        "",
        "    **Questions**",
        "",
        *(f"    - {q}" for q in meta.questions),
        "",
        "    **Objectives**",
        "",
        *(f"    - {o}" for o in meta.objectives),
    ]
    return "\n".join(lines)


def insert_after_h1(markdown: str, block: str, source: str) -> str:
    lines = markdown.split("\n")
    fence: str | None = None
    for i, line in enumerate(lines):
        stripped = line.lstrip()
        opener = re.match(r"(`{3,}|~{3,})", stripped)
        if opener:
            if fence is None:
                fence = opener.group(1)
            elif stripped.startswith(fence):
                fence = None
            continue
        if fence is None and re.match(r"# \S", line):
            return "\n".join([*lines[: i + 1], "", block, "", *lines[i + 1 :]])
    raise SiteDataError(f"{source}: a lesson needs a '# Title' heading for the overview box")


def lesson_exercise_list(data: SiteData, lesson: str) -> str:
    exercises = data.exercises_for(lesson)
    page = lesson
    if not exercises:
        reason = data.bank_missing or "no exercise in the bank belongs to this lesson"
        log.info("rapport: %s: no exercises listed (%s)", lesson, reason)
        return (
            "This lesson has no exercises in the practice app. You can still check your own "
            f"drafts in the [practice app]({data.app_url})."
        )
    lines = []
    for exercise in exercises:
        link = relative_link(page, f"exercises/{exercise.id}.md")
        lines.append(
            f"- [{md_escape(exercise.title)}]({link}): {exercise_summary(exercise)}. "
            f"[Open it in the app]({app_link(data.app_url, exercise.id)})"
        )
    return "\n".join(lines)


def exercise_summary(exercise: Exercise) -> str:
    return (
        f"{CHANNEL_LABELS[exercise.channel]} to {RELATIONSHIP_LABELS[exercise.relationship]}, "
        f"about {exercise.minutes} minutes"
    )


def lesson_markdown(markdown: str, lesson: Lesson, data: SiteData, source: str) -> str:
    markdown = insert_after_h1(markdown, objectives_box(lesson), source)
    pattern = re.compile(rf"^[ \t]*{re.escape(EXERCISES_MARKER)}[ \t]*$", re.MULTILINE)
    return pattern.sub(lambda _: lesson_exercise_list(data, lesson.path), markdown)


# --- Rule pages ----------------------------------------------------------------------------


def _lesson_link(lessons: Mapping[str, Lesson], path: str, from_page: str) -> str:
    lesson = lessons.get(path)
    label = lesson.label if lesson else path
    return f"[{md_escape(label)}]({relative_link(from_page, path)})"


def _sorted_rules(rules: Iterable[RuleInfo]) -> list[RuleInfo]:
    return sorted(rules, key=lambda r: (r.lesson, SEVERITY_ORDER[r.severity], r.id))


def rules_index_page(rules: Sequence[RuleInfo], lessons: Mapping[str, Lesson]) -> str:
    lines = [
        "# Rule reference",
        "",
        "These are the flags the message checker raises, in the practice app and in "
        "`rapport check`. Each page says what the flag means, why it matters, how to fix it, "
        "and shows messages that raise it and messages that pass.",
        "",
        "- **Error** and **Warning** flags keep a message from being marked ready: fix them, "
        "or be sure you know why they do not apply.",
        "- **Info** flags are worth a look, but a message can be ready with them.",
        "",
        f"There are {len(rules)} rules, listed by the lesson that teaches them.",
        "",
        "| Rule | ID | Severity | Lesson |",
        "|---|---|---|---|",
    ]
    for rule in _sorted_rules(rules):
        lines.append(
            f"| [{md_escape(rule.title)}]({rule.id}.md) | `{rule.id}` | "
            f"{SEVERITY_LABELS[rule.severity]} | "
            f"{_lesson_link(lessons, rule.lesson, RULES_INDEX)} |"
        )
    return "\n".join(lines) + "\n"


def example_caption(example: RuleExample) -> str:
    caption = f"{CHANNEL_LABELS[example.channel]} to {RELATIONSHIP_LABELS[example.relationship]}"
    recipient = example.recipient
    if recipient is not None:
        who = recipient.name
        if recipient.role or recipient.company:
            who += ", " + " at ".join(x for x in (recipient.role, recipient.company) if x)
        caption += f"; recipient: {who}"
        if recipient.work:
            caption += f"; their work: {', '.join(recipient.work)}"
        if recipient.topics:
            caption += f"; their topics: {', '.join(recipient.topics)}"
    return caption


def example_html(example: RuleExample, number: int, kind: Literal["bad", "good"]) -> str:
    css = "failure" if kind == "bad" else "success"
    title = html.escape(f"Example {number}: {example_caption(example)}")
    text = marked_html(example.text)
    if example.subject is not None:
        subject = marked_html(example.subject) if example.subject else "<em>(empty)</em>"
        text = f'<span class="rapport-subject">Subject: {subject}</span>\n\n{text}'
    lines = [
        f'<div class="admonition {css} rapport-example">',
        f'<p class="admonition-title">{title}</p>',
        f'<pre class="rapport-message">{text}</pre>',
    ]
    if example.note:
        lines.append(f'<p class="rapport-note">{html.escape(example.note)}</p>')
    lines.append("</div>")
    return "\n".join(lines)


def rule_page(rule: RuleInfo, lessons: Mapping[str, Lesson]) -> str:
    page = f"rules/{rule.id}.md"
    lines = [
        f"# {md_escape(rule.title)}",
        "",
        f"**Rule ID:** `{rule.id}` · **Severity:** {SEVERITY_LABELS[rule.severity]} · "
        f"**Taught in:** {_lesson_link(lessons, rule.lesson, page)}",
        "",
        '!!! quote "What the checker says"',
        f"    {md_escape(rule.message)}",
        "",
        "## Why it matters",
        "",
        md_paragraphs(rule.why),
        "",
        "## How to fix it",
        "",
        md_paragraphs(rule.suggestion),
        "",
    ]
    if rule.source:
        lines += ["## Source", "", md_paragraphs(rule.source), ""]
    lines += [
        "## Messages that raise it",
        "",
        "The highlighted words are what the checker points at.",
        "",
    ]
    for number, example in enumerate(rule.bad, 1):
        lines += [example_html(example, number, "bad"), ""]
    lines += ["## Messages that pass", ""]
    for number, example in enumerate(rule.good, 1):
        lines += [example_html(example, number, "good"), ""]
    lines += [
        "## Learn more",
        "",
        f"This rule is taught in {_lesson_link(lessons, rule.lesson, page)}. "
        "See all the rules in the [rule reference](index.md).",
        "",
    ]
    return "\n".join(lines)


# --- Exercise pages ------------------------------------------------------------------------


def persona_summary(person: Persona, relationship: str) -> str:
    works = "; ".join(f"{w.kind} “{w.title}” ({w.year}), about {w.topic}" for w in person.work)
    items = [
        ("Name", f"{person.full_name} ({person.pronouns})"),
        ("Role", f"{person.role} at {person.company} ({person.industry})"),
        ("Based in", f"{person.city}, {person.country}"),
        ("Recent work", works),
        ("Interested in", ", ".join(person.topics)),
        ("Prefers", CHANNEL_LABELS[person.preferred_channel]),
        ("To you they are", RELATIONSHIP_LABELS[relationship]),
    ]
    return "\n".join(f"- **{label}:** {md_escape(value)}" for label, value in items)


def problems_admonition(problems: Sequence[Any]) -> str:
    lines = [
        '!!! warning "Some exercise files were skipped"',
        "",
        "    These files could not be loaded, so their exercises are missing from this site "
        "and from the app. Fix them and rebuild:",
        "",
    ]
    for problem in problems:
        path = getattr(problem, "path", "") or "exercise file"
        where = f"field '{problem.field}': " if getattr(problem, "field", "") else ""
        message = getattr(problem, "message", None) or str(problem)
        lines.append(f"    - <code>{html.escape(path)}</code>: {md_escape(where + message)}")
    return "\n".join(lines)


def exercise_page(exercise: Exercise, scenario: Any, data: SiteData) -> str:
    page = f"exercises/{exercise.id}.md"
    rules = {rule.id: rule for rule in data.rules}
    card = scenario.role_card
    original = scenario.original
    model = scenario.model
    lines = [
        f"# {md_escape(exercise.title)}",
        "",
        f"**Lesson:** {_lesson_link(data.lessons, exercise.lesson, page)} · "
        f"**Channel:** {CHANNEL_LABELS[exercise.channel]} · "
        f"**To:** {RELATIONSHIP_LABELS[exercise.relationship]} · "
        f"**Difficulty:** {exercise.difficulty} of 3 · **Time:** about {exercise.minutes} minutes",
        "",
        f"[Open this exercise in the practice app]({app_link(data.app_url, exercise.id)})"
        "{ .md-button .md-button--primary }",
        "",
        f"This page fills the exercise in with the example scenario code `{scenario.code}`. "
        "The app link opens the same scenario, so the people match this page.",
        "",
        "## The situation",
        "",
        md_paragraphs(scenario.situation),
        "",
        f"You are writing as **{md_escape(card.name)}**, {md_escape(card.role)}.",
        "",
        "## Who you are writing to",
        "",
        persona_summary(scenario.recipient, exercise.relationship),
        "",
        "## The weak message",
        "",
        fenced_text(message_text(original.subject, original.body)),
        "",
        "## What is wrong with it",
        "",
    ]
    for rule_id in exercise.flaws:
        rule = rules.get(rule_id)
        if rule is None:
            lines.append(f"- `{rule_id}`")
        else:
            lines.append(f"- [{md_escape(rule.title)}](../rules/{rule.id}.md): "
                         f"{md_escape(rule.message)}")
    lines += ["", "## Hints", ""]
    for number, hint in enumerate(scenario.hints, 1):
        lines += [f'??? hint "Hint {number}"', "", indent(md_paragraphs(hint)), ""]
    lines += [
        "## A model rewrite",
        "",
        "Try your own rewrite first, in the app or on paper. Then compare.",
        "",
        '??? solution "Show the model rewrite"',
        "",
        indent(fenced_text(message_text(model.subject, model.body))),
        "",
        "## Discussion",
        "",
        '!!! discussion "Discuss"',
        "",
        *(f"    - {md_escape(prompt)}" for prompt in exercise.discussion),
        "",
        "[Back to all exercises](index.md)",
        "",
    ]
    return "\n".join(lines)


def exercises_index_page(data: SiteData) -> str:
    lines = [
        "# Practice exercises",
        "",
        "Each exercise gives you a weak message, the person it is meant for and a situation. "
        "Rewrite the message, check it in the practice app, then compare your version with the "
        "model rewrite. The pages here use the example scenario code "
        f"`{EXAMPLE_CODE}`; the app can also give you a fresh scenario with new people.",
        "",
        f"The practice app runs at <{data.app_url}> (start it with `make serve`).",
        "",
    ]
    if data.problems:
        lines += [problems_admonition(data.problems), ""]
    if not data.exercises:
        reason = data.bank_missing or "the exercise bank has no exercises"
        lines += [
            '!!! info "No exercises in this build"',
            "",
            f"    This copy of the site was built without exercises ({md_escape(reason)}). "
            "The lessons and the practice app still work.",
            "",
        ]
        return "\n".join(lines)
    lines += ["## By lesson", ""]
    for path, lesson in sorted(data.lessons.items()):
        exercises = data.exercises_for(path)
        if not exercises:
            continue
        lines += [
            f"### {md_escape(lesson.label)}",
            "",
            f"From {_lesson_link(data.lessons, path, EXERCISES_INDEX)}.",
            "",
            "| Exercise | Channel | To | Difficulty | Minutes | App |",
            "|---|---|---|---:|---:|---|",
        ]
        for e in exercises:
            lines.append(
                f"| [{md_escape(e.title)}]({e.id}.md) | {CHANNEL_LABELS[e.channel]} | "
                f"{RELATIONSHIP_LABELS[e.relationship]} | {e.difficulty} | {e.minutes} | "
                f"[Open in the app]({app_link(data.app_url, e.id)}) |"
            )
        lines.append("")
    lines += ["## By channel", ""]
    for channel, label in CHANNEL_LABELS.items():
        exercises = [e for e in data.exercises if e.channel == channel]
        if not exercises:
            continue
        lines += [f"### {label}", ""]
        for e in exercises:
            lesson = data.lessons.get(e.lesson)
            number = f"Lesson {lesson.number}" if lesson else e.lesson
            lines.append(f"- [{md_escape(e.title)}]({e.id}.md) ({number}, to "
                         f"{RELATIONSHIP_LABELS[e.relationship]})")
        lines.append("")
    return "\n".join(lines)


# --- Key points ------------------------------------------------------------------------------


def key_points_page(lessons: Mapping[str, Lesson]) -> str:
    lines = [
        "# Key points",
        "",
        "The key points of every lesson on one page, for revision or to find your place. "
        "Each heading links to its lesson.",
        "",
    ]
    for path, lesson in sorted(lessons.items()):
        lines += [f"## [{md_escape(lesson.label)}]({path})", ""]
        lines += [f"- {point}" for point in lesson.meta.keypoints]
        lines.append("")
    return "\n".join(lines)


# --- Putting it together ---------------------------------------------------------------------


def generated_pages(data: SiteData) -> dict[str, str]:
    """Every generated page, path (relative to the docs folder) -> Markdown."""
    pages = {
        RULES_INDEX: rules_index_page(data.rules, data.lessons),
        **{f"rules/{rule.id}.md": rule_page(rule, data.lessons) for rule in data.rules},
        EXERCISES_INDEX: exercises_index_page(data),
        KEY_POINTS_PAGE: key_points_page(data.lessons),
    }
    for exercise in data.exercises:
        pages[f"exercises/{exercise.id}.md"] = exercise_page(
            exercise, data.scenarios[exercise.id], data
        )
    return pages


def load_exercises(
    lessons: Mapping[str, Lesson], docs_dir: Path
) -> tuple[tuple[Exercise, ...], dict[str, Any], tuple[Any, ...], str | None]:
    """(exercises, scenarios for EXAMPLE_CODE, skipped-file problems, why the bank is missing)."""
    if exercise_bank is None:
        return (), {}, (), "the exercise bank module rapport.exercises is not installed"
    bank = exercise_bank.load_bank(course_dir=docs_dir)
    scenarios: dict[str, Any] = {}
    for exercise in bank.exercises:
        if exercise.lesson not in lessons:
            raise SiteDataError(f"exercise {exercise.id!r}: field 'lesson': there is no "
                                f"lesson page {exercise.lesson!r} in the site")
        try:
            scenarios[exercise.id] = exercise_bank.render(exercise, EXAMPLE_CODE)
        except Exception as exc:
            raise SiteDataError(f"exercise {exercise.id!r}: cannot be filled in for the "
                                f"example code {EXAMPLE_CODE}: {exc}") from exc
    return tuple(bank.exercises), scenarios, tuple(bank.problems), None


def nav_with_exercises(
    nav: list[Any] | None, exercises: Sequence[Exercise], lessons: Mapping[str, Lesson]
) -> list[Any] | None:
    """A copy of the nav with the exercise pages, grouped by lesson, after the exercise index."""
    if nav is None or not exercises:
        return nav
    groups = []
    for path, lesson in sorted(lessons.items()):
        entries = [{e.title: f"exercises/{e.id}.md"} for e in exercises if e.lesson == path]
        if entries:
            groups.append({lesson.label: entries})

    def holds_index(entry: Any) -> bool:
        if isinstance(entry, dict):
            return any(v == EXERCISES_INDEX for v in entry.values())
        return entry == EXERCISES_INDEX

    def walk(items: list[Any]) -> tuple[list[Any], bool]:
        out, found = [], False
        for entry in items:
            if isinstance(entry, dict) and len(entry) == 1:
                (title, value), = entry.items()
                if isinstance(value, list):
                    value, inner = walk(value)
                    found = found or inner
                    entry = {title: value}
            out.append(entry)
        if not found and any(holds_index(entry) for entry in items):
            out += groups
            found = True
        return out, found

    expanded, _ = walk(nav)
    return expanded


def print_page_keys(pages: Iterable[Any]) -> dict[str, str]:
    """The print-site plugin's key for each page (its anchor on the print page) -> page URL."""
    try:
        from mkdocs_print_site_plugin.urls import get_page_key
    except ImportError:  # the plugin is not installed: nothing to repair
        return {}
    return {get_page_key(f.url): f.url for f in pages}


def printable_items(items: Sequence[Any], excluded: Callable[[str], bool]) -> list[Any]:
    """Top-level nav items with at least one page the print page does not exclude."""
    keep = []
    for item in items:
        if getattr(item, "is_page", False):
            if not excluded(item.file.src_uri):
                keep.append(item)
        elif getattr(item, "is_section", False) and printable_items(item.children, excluded):
            keep.append(item)
    return keep


def relink_print_page(page: str, page_urls: Mapping[str, str], print_url: str) -> str:
    """Point the print page's dead in-page links back at the real pages.

    The print-site plugin turns every link to another page into an anchor on the print page
    (``#lessons-03-check-your-intentions``). For pages left out of the handout that anchor
    does not exist; link to the page itself instead. `page_urls` maps the plugin's page key
    to the page URL.
    """
    ids = set(re.findall(r"""\sid=["']([^"']+)["']""", page))
    keys = sorted(page_urls, key=len, reverse=True)

    def fix(match: re.Match[str]) -> str:
        target = html.unescape(match.group(1))
        if target in ids:
            return match.group(0)
        for key in keys:
            if target == key or target.startswith(key + "-"):
                anchor = target[len(key) + 1 :]
                url = _relative_url(page_urls[key], print_url)
                url += f"#{anchor}" if anchor else ""
                return f'href="{html.escape(url)}"'
        return match.group(0)

    return re.sub(r'href="#([^"]+)"', fix, page)


def _relative_url(url: str, from_url: str) -> str:
    from mkdocs.utils import get_relative_url

    return get_relative_url(url or ".", from_url)


def load_site_data(docs_dir: Path, lesson_files: Mapping[str, str], app_url: str) -> SiteData:
    """Validate the lessons (`lesson_files`: path -> text) and agendas; load the bank."""
    lessons = {}
    for path, text in sorted(lesson_files.items()):
        lessons[path] = parse_lesson(path, text, source=_shown(docs_dir / path))
    agendas_path = docs_dir / AGENDAS_FILE
    agendas: dict[str, Agenda] = {}
    if agendas_path.is_file():
        source = _shown(agendas_path)
        agendas = load_agendas(agendas_path.read_text(encoding="utf-8"), source)
        for agenda in agendas.values():
            agenda_rows(agenda, lessons, source)
    exercises, scenarios, problems, missing = load_exercises(lessons, docs_dir)
    return SiteData(
        lessons=lessons,
        agendas=agendas,
        rules=tuple(rule_infos()),
        exercises=exercises,
        scenarios=scenarios,
        problems=problems,
        bank_missing=missing,
        app_url=app_url,
    )


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


# --- MkDocs events: wiring only ------------------------------------------------------------

_state: dict[str, Any] = {}


def on_config(config: Any, **_: Any) -> Any:
    _state.clear()
    _state["app_url"] = resolve_app_url(config.extra.get("app_url"), os.environ)
    return config


def on_files(files: Any, config: Any, **_: Any) -> Any:
    from mkdocs.structure.files import File

    docs_dir = Path(config.docs_dir)
    lesson_files = {
        f.src_uri: f.content_string for f in files.documentation_pages()
        if LESSON_RE.match(f.src_uri)
    }
    data = load_site_data(docs_dir, lesson_files, _state.get("app_url", DEFAULT_APP_URL))
    _state["data"] = data
    for problem in data.problems:
        # INFO, not WARNING: strict mode would fail the build; the page shows the problem.
        log.info("rapport: skipped exercise file: %s", problem)
    for path, content in generated_pages(data).items():
        existing = files.get_file_from_path(path)
        if existing is not None:
            raise SiteDataError(f"{_shown(docs_dir / path)} is generated by the site hook: "
                                "delete the file from the course folder")
        files.append(File.generated(config, path, content=content))
    config.nav = nav_with_exercises(config.nav, data.exercises, data.lessons)
    _state["print_keys"] = print_page_keys(files.documentation_pages())
    return files


def on_nav(nav: Any, config: Any, **_: Any) -> Any:
    """Leave out of the print page the nav sections whose pages it excludes entirely."""
    plugin = config.plugins.get("print-site")
    renderer = getattr(plugin, "renderer", None)
    if renderer is None or not hasattr(renderer, "items"):
        return nav
    try:
        from mkdocs_print_site_plugin.exclude import exclude
    except ImportError:  # pragma: no cover - a plugin version without it
        return nav
    patterns = list(plugin.config.get("exclude", []))
    renderer.items = printable_items(nav.items, lambda path: exclude(path, patterns))
    return nav


def on_post_build(config: Any, **_: Any) -> None:
    """Repair the print page's links to pages the handout leaves out."""
    plugin = config.plugins.get("print-site")
    print_file = getattr(plugin, "print_file", None)
    pages: dict[str, str] | None = _state.get("print_keys")
    if print_file is None or not pages or not os.path.isfile(print_file.abs_dest_path):
        return
    path = Path(print_file.abs_dest_path)
    path.write_text(relink_print_page(path.read_text(encoding="utf-8"), pages, print_file.url),
                    encoding="utf-8")


def on_page_markdown(markdown: str, page: Any, config: Any, **_: Any) -> str:
    data: SiteData | None = _state.get("data")
    if data is None:
        return markdown
    path = page.file.src_uri
    source = _shown(Path(config.docs_dir) / path)
    lesson = data.lessons.get(path)
    if lesson is not None:
        markdown = lesson_markdown(markdown, lesson, data, source)
    if AGENDA_MARKER_RE.search(markdown):
        agendas_source = _shown(Path(config.docs_dir) / AGENDAS_FILE)
        markdown = replace_agenda_markers(markdown, data.agendas, data.lessons, path,
                                          agendas_source)
    return markdown
