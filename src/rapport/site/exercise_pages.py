"""The exercise pages and the exercises index, from the exercise bank."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from rapport.models import Exercise, Persona
from rapport.site.common import (
    CHANNEL_LABELS,
    EXAMPLE_CODE,
    EXERCISES_INDEX,
    RELATIONSHIP_LABELS,
    app_link,
    app_start_note,
    fenced_text,
    indent,
    lesson_link,
    md_escape,
    md_paragraphs,
    message_text,
)
from rapport.site.data import SiteData

# --- Exercise pages ------------------------------------------------------------------------


def persona_summary(person: Persona, relationship: str) -> str:
    works = " · ".join(w.described() for w in person.work)
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
        f"**Lesson:** {lesson_link(data.lessons, exercise.lesson, page)} · "
        f"**Channel:** {CHANNEL_LABELS[exercise.channel]} · "
        f"**To:** {RELATIONSHIP_LABELS[exercise.relationship]} · "
        f"**Difficulty:** {exercise.difficulty} of 3 · **Time:** about {exercise.minutes} minutes",
        "",
        f"[Open this exercise in the practice app]({app_link(data.app_url, exercise.id)})"
        "{ .md-button .md-button--primary }",
        "",
        app_start_note(page),
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
        f"The practice app runs at <{data.app_url}>.",
        "",
        app_start_note(EXERCISES_INDEX),
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
            f"From {lesson_link(data.lessons, path, EXERCISES_INDEX)}.",
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

