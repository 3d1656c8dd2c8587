"""Agenda arithmetic and the timed agenda tables on the facilitator pages."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from rapport.site.common import (
    AGENDA_MARKER_RE,
    PART_LABELS,
    SiteDataError,
    md_escape,
    relative_link,
)
from rapport.site.data import ActivityItem, Agenda, ChangeoverItem, Lesson, LessonItem, TeachItem
from rapport.site.scripts import Script

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


def agenda_rows(agenda: Agenda, lessons: Mapping[str, Lesson], source: str,
                scripts: Mapping[str, Script] | None = None) -> list[AgendaRow]:
    """The timed rows of `agenda`; raises SiteDataError unless they add up to its length
    (and, for an `every_lesson` agenda, unless every lesson is taught and practised)."""
    rows: list[AgendaRow] = []
    elapsed = 0
    for number, item in enumerate(agenda.items):
        if isinstance(item, LessonItem):
            lesson = _lesson(lessons, item.lesson, agenda, number, "lesson", source)
            minutes = lesson.part_minutes(item.part)
            label, target, detail = lesson.label, lesson.path, PART_LABELS[item.part]
        elif isinstance(item, TeachItem):
            lesson = _lesson(lessons, item.teach, agenda, number, "teach", source)
            script = (scripts or {}).get(item.teach)
            if script is None:
                raise SiteDataError(
                    f"{source}: agenda {agenda.id!r}, field 'items.{number}.teach': "
                    f"{item.teach!r} has no facilitator script, so its spoken minutes cannot "
                    "be computed")
            minutes = script.minutes + item.room
            label, target = f"Teach {lesson.number}: {lesson.meta.title}", script.path
            detail = f"{script.minutes} min spoken, {script.words} words"
            if item.room:
                detail += f" + {item.room} asking the room"
        elif isinstance(item, ChangeoverItem):
            minutes, label, target = item.changeover, "Changeover", None
            detail = item.note
        else:
            minutes, label, target = item.minutes, item.activity, item.page
            detail = None
            if item.practises:
                numbers = ", ".join(str(lessons[p].number) if p in lessons else p
                                    for p in item.practises)
                detail = f"practises lesson{'s' if len(item.practises) > 1 else ''} {numbers}"
        rows.append(AgendaRow(elapsed, minutes, label, target, detail, elapsed + minutes))
        elapsed += minutes
    if elapsed != agenda.length:
        parts = " + ".join(str(row.minutes) for row in rows)
        difference = elapsed - agenda.length
        fix = f"cut {difference}" if difference > 0 else f"add {-difference}"
        raise SiteDataError(
            f"{source}: agenda {agenda.id!r} ({agenda.title}) has length {agenda.length} "
            f"minutes, but its items add up to {elapsed} ({parts}). Lesson items take their "
            f"minutes from the lesson's front matter (teaching/exercises) and teach items from "
            f"the facilitator script's spoken words: {fix} minutes or change the length."
        )
    if agenda.every_lesson:
        check_every_lesson(agenda, lessons, source)
    return rows


def _lesson(lessons: Mapping[str, Lesson], path: str, agenda: Agenda, number: int, key: str,
            source: str) -> Lesson:
    lesson = lessons.get(path)
    if lesson is None:
        known = ", ".join(sorted(lessons)) or "none"
        raise SiteDataError(
            f"{source}: agenda {agenda.id!r}, field 'items.{number}.{key}': there is "
            f"no lesson {path!r} (the lessons are: {known})"
        )
    return lesson


def check_every_lesson(agenda: Agenda, lessons: Mapping[str, Lesson], source: str) -> None:
    """An `every_lesson` agenda teaches each lesson once and practises it in the room."""
    taught = [item.teach for item in agenda.items if isinstance(item, TeachItem)]
    practised = {p for item in agenda.items if isinstance(item, ActivityItem)
                 for p in item.practises}
    for item in agenda.items:
        if isinstance(item, ActivityItem):
            for p in item.practises:
                if p not in lessons:
                    raise SiteDataError(f"{source}: agenda {agenda.id!r}: activity "
                                        f"{item.activity!r} practises {p!r}, which is no lesson")
    for path, lesson in sorted(lessons.items()):
        if path not in taught:
            raise SiteDataError(f"{source}: agenda {agenda.id!r} must carry every lesson, but "
                                f"{lesson.label} has no teach item ('teach: {path}')")
        if path not in practised:
            raise SiteDataError(f"{source}: agenda {agenda.id!r} must carry every lesson, but "
                                f"no activity practises {lesson.label} (add it to an "
                                "activity's 'practises' list)")
        if taught.count(path) > 1:
            raise SiteDataError(f"{source}: agenda {agenda.id!r} teaches {lesson.label} twice")


def agenda_table(agenda: Agenda, lessons: Mapping[str, Lesson], page: str, source: str,
                 scripts: Mapping[str, Script] | None = None) -> str:
    rows = agenda_rows(agenda, lessons, source, scripts)
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
    source: str, scripts: Mapping[str, Script] | None = None,
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
        return agenda_table(agenda, lessons, page, source, scripts)

    return AGENDA_MARKER_RE.sub(table, markdown)

