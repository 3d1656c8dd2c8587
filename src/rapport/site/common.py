"""Shared pieces of the site hook: names, labels, the error type and Markdown helpers."""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import yaml
from mkdocs.exceptions import PluginError
from pydantic import (
    ValidationError,
)

from rapport.datafiles import yaml_syntax_problem

EXAMPLE_CODE = "K7M3Q"
"""The scenario code every course page uses for its examples."""
DEFAULT_APP_URL = "http://localhost:8501/"
APP_URL_ENV = "RAPPORT_APP_URL"

AGENDAS_FILE = "agendas.yml"
EXAMPLES_DIR = "examples"
"""The lessons' weaker/better examples, one YAML file per lesson (not published)."""
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


_ITEM_TAGS = ("activity item", "lesson item", "teach item", "changeover item")


class SiteDataError(PluginError):
    """Course data the site cannot be built from; the message names the file and field."""





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


def load_yaml(text: str, source: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        where, problem = yaml_syntax_problem(exc)
        at = f" at {where}" if where else ""
        raise SiteDataError(f"{source}: not valid YAML{at}: {problem}") from None



def relative_link(from_page: str, target: str) -> str:
    """A Markdown link from the page `from_page` to `target` (both relative to the docs)."""
    path, _, anchor = target.partition("#")
    base = posixpath.dirname(from_page) or "."
    link = posixpath.relpath(path, base) if path else ""
    return f"{link}#{anchor}" if anchor else link


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


def lesson_link(lessons: Mapping[str, Any], path: str, from_page: str) -> str:
    lesson = lessons.get(path)
    label = lesson.label if lesson else path
    return f"[{md_escape(label)}]({relative_link(from_page, path)})"


def shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)



START_APP_ANCHOR = "self-paced.md#using-the-practice-app"


def app_start_note(page: str) -> str:
    """What to do when an "open in the app" link doesn't open: the app isn't running."""
    help_link = relative_link(page, START_APP_ANCHOR)
    return (
        "*App link not opening? The practice app isn't running yet. Start it with one command "
        "from the project folder, `make serve` (on Windows, `.venv\\Scripts\\rapport serve`), "
        f"then click again. [How to start the practice app]({help_link}).*"
    )
