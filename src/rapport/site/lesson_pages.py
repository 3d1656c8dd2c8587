"""What the hook adds to each lesson page: the overview box and the exercise list."""

from __future__ import annotations

import logging
import re

from rapport.models import Exercise
from rapport.site.common import (
    CHANNEL_LABELS,
    EXERCISES_MARKER,
    RELATIONSHIP_LABELS,
    SiteDataError,
    app_link,
    app_start_note,
    md_escape,
    relative_link,
)
from rapport.site.data import Lesson, SiteData
from rapport.site.presenter import replace_example_markers
from rapport.site.scripts import presenter_path, script_path

log = logging.getLogger('mkdocs.hooks.rapport')

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
            f"drafts in the [practice app]({data.app_url}).\n\n" + app_start_note(page)
        )
    lines = []
    for exercise in exercises:
        link = relative_link(page, f"exercises/{exercise.id}.md")
        lines.append(
            f"- [{md_escape(exercise.title)}]({link}): {exercise_summary(exercise)}. "
            f"[Open it in the app]({app_link(data.app_url, exercise.id)})"
        )
    return "\n".join(lines) + "\n\n" + app_start_note(page)


def exercise_summary(exercise: Exercise) -> str:
    return (
        f"{CHANNEL_LABELS[exercise.channel]} to {RELATIONSHIP_LABELS[exercise.relationship]}, "
        f"about {exercise.minutes} minutes"
    )


def lesson_markdown(markdown: str, lesson: Lesson, data: SiteData, source: str) -> str:
    markdown = insert_after_h1(markdown, objectives_box(lesson), source)
    markdown = replace_example_markers(markdown, data.examples.get(lesson.path), source)
    pattern = re.compile(rf"^[ \t]*{re.escape(EXERCISES_MARKER)}[ \t]*$", re.MULTILINE)
    markdown = pattern.sub(lambda _: lesson_exercise_list(data, lesson.path), markdown)
    if lesson.path in data.scripts:
        markdown = markdown.rstrip("\n") + "\n\n" + room_links(lesson) + "\n"
    return markdown


def room_links(lesson: Lesson) -> str:
    """A closing line for facilitators: where the short script and the slides are."""
    script = relative_link(lesson.path, script_path(lesson.path))
    presenter = relative_link(lesson.path, presenter_path(lesson.path))
    return (f"*Running this lesson in a room? Use the [facilitator script]({script}) (the short "
            f"spoken version) and the [presenter page]({presenter}) (the examples, one per "
            "screen).*")
