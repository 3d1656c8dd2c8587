"""Load and validate everything the site is built from."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from rapport.checks.registry import rule_infos
from rapport.models import Exercise

try:
    from rapport import exercises as exercise_bank
except ModuleNotFoundError as exc:  # the bank is optional: the site builds without it
    if exc.name != "rapport.exercises":
        raise
    exercise_bank = None

from rapport.lesson_examples import ExampleProblem, LessonExamples, load_all
from rapport.site.agendas import agenda_rows
from rapport.site.common import AGENDAS_FILE, EXAMPLE_CODE, EXAMPLES_DIR, SiteDataError, shown
from rapport.site.data import Agenda, Lesson, SiteData, load_agendas, parse_lesson
from rapport.site.presenter import missing_markers
from rapport.site.scripts import SCRIPTS_DIR, Script, parse_script, script_path


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


def load_examples(lessons: Mapping[str, Lesson], lesson_files: Mapping[str, str],
                  docs_dir: Path, rule_ids: set[str]) -> dict[str, LessonExamples]:
    """Each lesson's examples file, checked against the lesson page (every example shown)."""
    folder = docs_dir / EXAMPLES_DIR
    if not folder.is_dir():
        return {}
    try:
        by_stem = load_all(folder, rule_ids)
    except ExampleProblem as exc:
        raise SiteDataError(_relative_source(str(exc), docs_dir)) from None
    examples: dict[str, LessonExamples] = {}
    for stem, found in by_stem.items():
        lesson = f"lessons/{stem}.md"
        source = shown(found.path)
        if lesson not in lessons:
            raise SiteDataError(f"{source}: there is no lesson page {lesson!r} for these "
                                "examples (name the file after its lesson)")
        unused = missing_markers(lesson_files[lesson], found)
        if unused:
            raise SiteDataError(
                f"{source}: example {unused[0]!r} is never shown: add "
                f"<!-- rapport:example {unused[0]} --> to {shown(docs_dir / lesson)} under "
                "its section")
        examples[lesson] = found
    return examples


def _relative_source(message: str, docs_dir: Path) -> str:
    absolute = str(docs_dir.resolve())
    return message.replace(absolute + "/", shown(docs_dir) + "/") if absolute else message


def load_scripts(lessons: Mapping[str, Lesson], examples: Mapping[str, LessonExamples],
                 docs_dir: Path) -> dict[str, Script]:
    """Every lesson's facilitator script, with its spoken words counted and checked."""
    scripts: dict[str, Script] = {}
    for lesson in lessons:
        path = docs_dir / script_path(lesson)
        if not path.is_file():
            raise SiteDataError(f"{shown(path)}: missing: every lesson needs a facilitator "
                                "script (the short spoken teach)")
        scripts[lesson] = parse_script(lesson, path.read_text(encoding="utf-8"),
                                       examples.get(lesson), shown(path))
    return scripts


def load_site_data(docs_dir: Path, lesson_files: Mapping[str, str], app_url: str) -> SiteData:
    """Validate the lessons (`lesson_files`: path -> text), examples, scripts and agendas;
    load the bank."""
    lessons = {}
    for path, text in sorted(lesson_files.items()):
        lessons[path] = parse_lesson(path, text, source=shown(docs_dir / path))
    rules = tuple(rule_infos())
    examples = load_examples(lessons, lesson_files, docs_dir, {rule.id for rule in rules})
    scripts = load_scripts(lessons, examples, docs_dir) if (docs_dir / SCRIPTS_DIR).is_dir() \
        else {}
    agendas_path = docs_dir / AGENDAS_FILE
    agendas: dict[str, Agenda] = {}
    if agendas_path.is_file():
        source = shown(agendas_path)
        agendas = load_agendas(agendas_path.read_text(encoding="utf-8"), source)
        for agenda in agendas.values():
            agenda_rows(agenda, lessons, source, scripts)
    exercises, scenarios, problems, missing = load_exercises(lessons, docs_dir)
    return SiteData(
        lessons=lessons,
        agendas=agendas,
        rules=rules,
        exercises=exercises,
        scenarios=scenarios,
        problems=problems,
        bank_missing=missing,
        app_url=app_url,
        examples=examples,
        scripts=scripts,
    )


