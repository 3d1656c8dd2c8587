"""Every generated page, and the nav entries for the exercise pages."""

from __future__ import annotations

import posixpath
from collections.abc import Mapping, Sequence
from typing import Any

from rapport.models import Exercise
from rapport.site.common import EXERCISES_INDEX, KEY_POINTS_PAGE, RULES_INDEX
from rapport.site.data import Lesson, SiteData
from rapport.site.exercise_pages import exercise_page, exercises_index_page
from rapport.site.key_points import key_points_page
from rapport.site.presenter import presenter_html
from rapport.site.rule_pages import rule_page, rules_index_page
from rapport.site.scripts import presenter_path, script_path

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




def presenter_pages(data: SiteData, use_directory_urls: bool) -> dict[str, str]:
    """One standalone presenter page (HTML) per lesson that has examples."""
    rule_titles = {rule.id: rule.title for rule in data.rules}
    pages = {}
    for path, examples in sorted(data.examples.items()):
        lesson = data.lessons[path]
        target = presenter_path(path)
        links = {
            "lesson": page_url(target, path, use_directory_urls),
            "script": page_url(target, script_path(path), use_directory_urls),
            "index": page_url(target, "index.md", use_directory_urls),
        }
        pages[target] = presenter_html(lesson.meta.title, lesson.number, examples, links,
                                       rule_titles)
    return pages


def page_url(from_file: str, to_page: str, use_directory_urls: bool) -> str:
    """The relative URL from the static file `from_file` to the built Markdown page `to_page`."""
    stem = posixpath.splitext(to_page)[0]
    if use_directory_urls:
        built = "" if stem == "index" else (stem[: -len("/index")] if stem.endswith("/index")
                                            else stem) + "/"
    else:
        built = stem + ".html"
    base = posixpath.dirname(from_file) or "."
    url = posixpath.relpath(built or ".", base)
    return url + ("/" if use_directory_urls and not url.endswith("/") else "")


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


