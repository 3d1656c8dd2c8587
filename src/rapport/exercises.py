"""The exercise bank: weak messages to rewrite, each with a model rewrite and its known flaws.

Each exercise is one YAML file in ``exercises/`` at the repository root (the environment
variable ``RAPPORT_EXERCISES_DIR`` points elsewhere). Files are read with
``yaml.safe_load`` and validated with :class:`rapport.models.Exercise`, then checked
against the rest of rapport: every flaw is a known rule id, every template field is one a
persona can fill, the lesson page exists and no two files share an id.

A broken file never stops the others from loading: it is skipped and reported in
``Bank.problems`` as one friendly line naming the file, the field and the problem.

Exercise text may name the scenario's people with template fields such as
``{recipient.first_name}`` or ``{sender.company}``; :func:`render` fills them in for the
personas of one scenario code. The fields are checked statically with
``string.Formatter().parse``, so a field that loads is a field that renders.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import os
import re
import string
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from rapport import personas
from rapport.checks.registry import BY_ID as RULES_BY_ID
from rapport.datafiles import yaml_syntax_problem
from rapport.models import Exercise, Frozen, Message, MessageTemplate, Persona, RoleCard, Work

__all__ = [
    "ALLOWED_FIELDS",
    "Bank",
    "ExerciseLoadProblem",
    "Scenario",
    "default_directory",
    "load_bank",
    "render",
    "template_fields",
]

REPO_ROOT = Path(__file__).resolve().parents[2]
COURSE_DIR = REPO_ROOT / "course"
ENV_VAR = "RAPPORT_EXERCISES_DIR"
SUFFIX = ".yaml"

PERSONA_FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "full_name",
    "role",
    "company",
    "industry",
    "city",
    "country",
    "pronouns",
    "work[0].title",
    "work[0].topic",
    "work[0].kind",
    "topics[0]",
    "topics[1]",
)
PRONOUN_FIELDS: tuple[str, ...] = ("they", "them", "their", "They", "Their")
"""The person's own pronouns: {recipient.their} is "his" for a he/him persona."""
SENDER_FIELDS: tuple[str, ...] = ("intro", "short_intro", "workplace")
"""How the learner introduces themselves after "I'm" ({sender.intro}: "studying architecture
at the University of Graz"; {sender.short_intro}: "an architecture student", for notes with a
character limit) and where they are ({sender.workplace}: "the University of Graz")."""
WORK_FIELDS: tuple[str, ...] = (
    "work[0].verb", "work[0].detail", "work[0].follow_up", "work[0].point",
)
"""From the recipient's first piece of work: the verb that fits its kind ("read", "watched",
"listened to", "read about"); one concrete detail of it as a sentence ("You argued that
..."), a question about that detail, and the detail as a short noun phrase ("that 38% drop in
missed cases", "your point about small teams owning code review")."""
PEOPLE: tuple[str, ...] = ("recipient", "sender")
ALLOWED_FIELDS: frozenset[str] = frozenset(
    {f"{who}.{x}" for who in PEOPLE for x in (*PERSONA_FIELDS, *PRONOUN_FIELDS)}
    | {f"sender.{x}" for x in SENDER_FIELDS}
    | {f"recipient.{x}" for x in WORK_FIELDS}
)
"""Every template field exercise text may use, e.g. ``recipient.work[0].title``."""

TEMPLATED = ("situation", "original.subject", "original.body", "model.subject", "model.body")
"""Fields filled in per scenario (plus every hint); title and discussion are shown as written."""

FIELD_ORDER = tuple(Exercise.model_fields)


# --- Problems --------------------------------------------------------------------------


@dataclass(frozen=True)
class ExerciseLoadProblem:
    """A file that was skipped, and why, in words an exercise author can act on."""

    path: str
    field: str
    message: str

    def __str__(self) -> str:
        if self.field:
            return f"{self.path}: field '{self.field}': {self.message}"
        return f"{self.path}: {self.message}"


class _Skip(Exception):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


# --- The bank --------------------------------------------------------------------------


@dataclass(frozen=True)
class Bank:
    exercises: list[Exercise] = field(default_factory=list)
    """Every exercise that loaded, sorted by lesson, then id."""
    problems: list[ExerciseLoadProblem] = field(default_factory=list)
    """Files that were skipped, in file-name order."""

    def get(self, exercise_id: str) -> Exercise:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        ids = [e.id for e in self.exercises]
        close = difflib.get_close_matches(exercise_id, ids, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else (
            f"; the bank has {len(ids)} exercises (e.g. {', '.join(ids[:3])})" if ids
            else "; the bank is empty"
        )
        raise KeyError(f"There is no exercise {exercise_id!r}{hint}")

    def by_lesson(self) -> dict[str, list[Exercise]]:
        grouped: dict[str, list[Exercise]] = {}
        for exercise in self.exercises:
            grouped.setdefault(exercise.lesson, []).append(exercise)
        return grouped


def default_directory() -> Path:
    override = os.environ.get(ENV_VAR, "").strip()
    return Path(override).expanduser() if override else REPO_ROOT / "exercises"


def load_bank(directory: Path | str | None = None, course_dir: Path | str | None = None) -> Bank:
    """Read every ``*.yaml`` exercise in `directory` (or just that file, given a file);
    broken files are skipped and become `Bank.problems`."""
    folder = Path(directory) if directory is not None else default_directory()
    course = Path(course_dir) if course_dir is not None else COURSE_DIR
    if folder.is_file():
        paths = [folder]
    elif folder.is_dir():
        paths = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    else:
        problem = ExerciseLoadProblem(
            _shown(folder), "", f"the exercise folder does not exist (set {ENV_VAR} to use "
            "another one)"
        )
        return Bank([], [problem])
    exercises: dict[str, tuple[Exercise, str]] = {}
    problems: list[ExerciseLoadProblem] = []
    for path in paths:
        shown = _shown(path)
        if path.suffix == ".yml":
            problems.append(ExerciseLoadProblem(
                shown, "", f"exercise files end in {SUFFIX}: rename it to {path.stem}{SUFFIX}"
            ))
            continue
        if path.suffix != SUFFIX:
            continue
        try:
            exercise = _load_file(path, course)
            if exercise.id in exercises:
                raise _Skip("id", f"the id {exercise.id!r} is already used by "
                            f"{exercises[exercise.id][1]}")
            if exercise.id != path.stem:
                raise _Skip("id", f"the id {exercise.id!r} does not match the file name "
                            f"(expected {path.stem!r}, or rename the file to "
                            f"{exercise.id}{SUFFIX})")
        except _Skip as skip:
            problems.append(ExerciseLoadProblem(shown, skip.field, skip.message))
            continue
        exercises[exercise.id] = (exercise, shown)
    ordered = sorted((e for e, _ in exercises.values()), key=lambda e: (e.lesson, e.id))
    return Bank(ordered, problems)


def _shown(path: Path) -> str:
    """The path as a reader would type it: relative to the repository or the current folder."""
    resolved = path.resolve()
    for base in (REPO_ROOT, Path.cwd().resolve()):
        if resolved.is_relative_to(base):
            return resolved.relative_to(base).as_posix()
    return str(path)


def _load_file(path: Path, course: Path) -> Exercise:
    raw = _read_yaml(path)
    if not isinstance(raw, dict):
        if raw is None:
            raise _Skip("", "the file is empty: an exercise is a mapping of fields such as "
                        "id, title and lesson")
        raise _Skip("", f"expected a mapping of fields (id: ..., title: ...), got a "
                    f"{_kind(raw)}")
    try:
        exercise = Exercise.model_validate(raw)
    except ValidationError as exc:
        error = min(exc.errors(), key=_error_order)
        raise _Skip(_dotted(error["loc"]), _friendly(error)) from None
    _check_flaws(exercise)
    _check_channel(exercise)
    for name, text in _texts(exercise):
        _check_template(name, text, templated=name.split("[")[0] in (*TEMPLATED, "hints"))
    _check_lesson(exercise, course)
    return exercise


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise _Skip("", "the file is not UTF-8 text") from None
    except OSError as exc:
        raise _Skip("", f"cannot read the file ({exc.strerror})") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        where, problem = yaml_syntax_problem(exc)
        raise _Skip("", f"not valid YAML{' at ' + where if where else ''}: {problem}") from None


def _kind(value: Any) -> str:
    return {list: "list", dict: "mapping", str: "text", int: "number",
            float: "number", bool: "true/false value"}.get(type(value), type(value).__name__)


def _error_order(error: Any) -> tuple[int, int]:
    """Report problems in the order the fields appear in an exercise, missing ones first."""
    loc = error["loc"]
    top = loc[0] if loc else ""
    position = FIELD_ORDER.index(top) if top in FIELD_ORDER else len(FIELD_ORDER)
    return (0 if error["type"] == "missing" else 1, position)


def _dotted(loc: Sequence[int | str]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


FRIENDLY_PATTERNS = {
    "id": "use lowercase letters, digits and hyphens, e.g. pick-your-brain",
    "lesson": "write it as lessons/NN-name.md, e.g. lessons/04-curiosity-not-extraction.md",
}


def _friendly(error: Any) -> str:
    kind = error["type"]
    loc = error["loc"]
    value = error.get("input")
    shown = _short(value)
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return "missing: every exercise needs it"
    if kind == "extra_forbidden":
        return "not a field an exercise can have; check the spelling"
    if kind == "string_pattern_mismatch":
        advice = FRIENDLY_PATTERNS.get(str(loc[-1]), f"should match {ctx.get('pattern')}")
        return f"{shown} is not in the right form: {advice}"
    if kind in ("string_type", "str_type"):
        if isinstance(value, dict):
            return (f"should be text, got a mapping {shown}: a ': ' inside unquoted text "
                    "makes YAML read it as a mapping, so put the text in quotes")
        return f"should be text, got {_kind(value)} {shown}"
    if kind.startswith("int_"):
        return f"should be a whole number, got {_kind(value)} {shown}"
    if kind in ("list_type", "tuple_type"):
        return f"should be a list (lines starting with '- '), got {_kind(value)} {shown}"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"should be a mapping with a body (and subject for email), got {_kind(value)} " \
               f"{shown}"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length')} item(s), got {ctx.get('actual_length')}"
    if kind == "too_long":
        return f"allows at most {ctx.get('max_length')} items, got {ctx.get('actual_length')}"
    if kind == "string_too_short":
        return "should not be empty"
    if kind in ("greater_than_equal", "less_than_equal"):
        low, high = _bounds(loc)
        return f"should be from {low} to {high}, got {shown}"
    if kind == "literal_error":
        return f"should be one of {ctx.get('expected')}, got {shown}"
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{message[:1].lower()}{message[1:]} (got {shown})"


def _bounds(loc: Sequence[int | str]) -> tuple[int, int]:
    info = Exercise.model_fields.get(str(loc[0]))
    low = high = None
    for item in info.metadata if info else ():
        low = getattr(item, "ge", low)
        high = getattr(item, "le", high)
    return (low if low is not None else 0), (high if high is not None else 0)


def _short(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 50 else shown[:47] + "..."


def _check_flaws(exercise: Exercise) -> None:
    seen: set[str] = set()
    for rule_id in exercise.flaws:
        if rule_id not in RULES_BY_ID:
            raise _Skip("flaws", f"unknown rule id {rule_id!r}")
        if rule_id in seen:
            raise _Skip("flaws", f"the rule id {rule_id!r} is listed twice")
        seen.add(rule_id)


def _check_channel(exercise: Exercise) -> None:
    for part in ("original", "model"):
        message: MessageTemplate = getattr(exercise, part)
        if exercise.channel != "email" and message.subject is not None:
            raise _Skip(f"{part}.subject", f"only email has a subject line, and this exercise "
                        f"is on {exercise.channel}: remove the subject")
    if exercise.channel == "email" and not (exercise.model.subject or "").strip():
        raise _Skip("model.subject", "an email model rewrite needs a subject line")


def _texts(exercise: Exercise) -> Iterator[tuple[str, str]]:
    yield "title", exercise.title
    yield "situation", exercise.situation
    for part in ("original", "model"):
        message: MessageTemplate = getattr(exercise, part)
        if message.subject is not None:
            yield f"{part}.subject", message.subject
        yield f"{part}.body", message.body
    for i, hint in enumerate(exercise.hints):
        yield f"hints[{i}]", hint
    for i, prompt in enumerate(exercise.discussion):
        yield f"discussion[{i}]", prompt


def template_fields(text: str) -> list[str]:
    """The template fields in `text` ("recipient.first_name", ...); raises ValueError on
    unbalanced braces. Literal braces are written {{ and }}."""
    return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]


ALLOWED_SHOWN = ", ".join((*PERSONA_FIELDS, *PRONOUN_FIELDS))
PERSON_FIELD_RE = re.compile(r"\{\s*(?:recipient|sender)\b[^{}]*\}")


def _check_template(name: str, text: str, *, templated: bool) -> None:
    if not templated:
        field_like = PERSON_FIELD_RE.search(text)
        if field_like:
            raise _Skip(name, f"template field {field_like.group()} is not filled in here "
                        "(only the situation, original, model and hints are); write it out "
                        "in words")
        return
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise _Skip(name, f"unbalanced braces ({exc}); write {{{{ and }}}} for a literal "
                    "brace") from None
    for _, field_name, spec, conversion in parsed:
        if field_name is None:
            continue
        written = "{" + field_name + (f"!{conversion}" if conversion else "") + (
            f":{spec}" if spec else "") + "}"
        if field_name not in ALLOWED_FIELDS:
            who, _, what = field_name.partition(".")
            if who == "sender" and what in WORK_FIELDS:
                raise _Skip(name, f"unknown template field {written}: only the recipient's "
                            "work has details; use {recipient." + what + "}")
            if who == "recipient" and what in SENDER_FIELDS:
                raise _Skip(name, f"unknown template field {written}: {{{what}}} is only for "
                            "the sender (the learner)")
            if re.fullmatch(r"(?:recipient|sender)\.(?:work|topics)\[\d+\].*", field_name):
                raise _Skip(name, f"unknown template field {written}: only work[0] and "
                            "topics[0], topics[1] exist for every persona")
            raise _Skip(name, f"unknown template field {written} (use {{recipient.X}} or "
                        f"{{sender.X}} with X one of {ALLOWED_SHOWN}; also "
                        f"{{sender.intro}}, {{sender.short_intro}}, {{sender.workplace}} and "
                        f"{{recipient.work[0].verb}}, .detail, .follow_up, .point)")
        if conversion or spec:
            raise _Skip(name, f"template field {written} has a format spec or conversion; "
                        f"write just {{{field_name}}}")


def _check_lesson(exercise: Exercise, course: Path) -> None:
    if (course / exercise.lesson).is_file():
        return
    lessons_dir = course / "lessons"
    known = sorted(f"lessons/{p.name}" for p in lessons_dir.glob("*.md")) \
        if lessons_dir.is_dir() else []
    close = difflib.get_close_matches(exercise.lesson, known, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]}?" if close else (
        f"; the lessons are {', '.join(p.removeprefix('lessons/') for p in known)}" if known
        else ""
    )
    raise _Skip("lesson", f"there is no lesson page {exercise.lesson!r} in the course{hint}")


# --- Rendering -------------------------------------------------------------------------


class Scenario(Frozen):
    """One exercise filled in for the people of one scenario code."""

    exercise: Exercise
    code: str
    recipient: Persona
    sender: Persona
    role_card: RoleCard
    original: Message
    model: Message
    situation: str
    hints: list[str]


@functools.lru_cache(maxsize=512)
def _people(code: str) -> tuple[Persona, Persona, RoleCard]:
    return personas.generate(code), personas.sender(code), personas.role_card(code)


def _values(recipient: Persona, sender: Persona, variant: int = 0) -> dict[str, str]:
    """Every template field's text for these people; `variant` picks which detail of the
    recipient's work the exercise brings up, and how it is worded."""
    values: dict[str, str] = {}
    for who, person in (("recipient", recipient), ("sender", sender)):
        for name in ("first_name", "last_name", "full_name", "role", "company", "industry",
                     "city", "country", "pronouns"):
            values[f"{who}.{name}"] = getattr(person, name)
        they, them, their = personas.pronoun_forms(person)
        values.update({f"{who}.they": they, f"{who}.them": them, f"{who}.their": their,
                       f"{who}.They": they.capitalize(), f"{who}.Their": their.capitalize()})
        work = person.work[0]
        values[f"{who}.work[0].title"] = work.title
        values[f"{who}.work[0].topic"] = work.topic
        values[f"{who}.work[0].kind"] = work.kind
        topics = person.topics
        values[f"{who}.topics[0]"] = topics[0]
        values[f"{who}.topics[1]"] = topics[1] if len(topics) > 1 else topics[0]
    values["sender.intro"] = personas.introduction(sender)
    values["sender.short_intro"] = personas.short_introduction(sender)
    values["sender.workplace"] = personas.workplace(sender)
    values.update(_work_values(recipient.work[0], variant))
    return values


def _work_values(work: Work, variant: int) -> dict[str, str]:
    values = {"recipient.work[0].verb": personas.VERBS[work.kind]}
    if not work.details:
        raise ValueError(f"the recipient's work {work.title!r} has no details to refer to")
    detail = work.details[variant % len(work.details)]
    values["recipient.work[0].detail"] = personas.mention(detail, variant // len(work.details))
    values["recipient.work[0].follow_up"] = detail.follow_up
    values["recipient.work[0].point"] = detail.gist
    return values


def _variant(exercise_id: str, code: str) -> int:
    """Which detail (and wording) an exercise uses for a code: fixed per pair, and different
    between exercises, so one person's scenarios don't all bring up the same thing."""
    digest = hashlib.sha256(f"rapport/detail/{exercise_id}/{code}".encode()).digest()
    return int.from_bytes(digest[:4], "big")



def fill(text: str, values: dict[str, str]) -> str:
    """Fill the template fields of `text` (already checked by the loader). A value that ends
    in a full stop ("Tanner & Co.") swallows the template's own full stop after it."""
    out: list[str] = []
    for literal, field_name, _, _ in string.Formatter().parse(text):
        if out and out[-1].endswith(".") and literal.startswith("."):
            literal = literal[1:]
        out.append(literal)
        if field_name is not None:
            out.append(values[field_name])
    return "".join(out)


def _situation(exercise: Exercise, recipient: Persona, values: dict[str, str]) -> str:
    situation = fill(exercise.situation, values)
    note = personas.channel_note(recipient, exercise.channel)
    return f"{situation}\n\n{note}" if note else situation


def render(exercise: Exercise, code: str) -> Scenario:
    """The exercise for the personas of scenario `code` (raises `personas.InvalidCode`)."""
    code = personas.normalize_code(code)
    recipient, sender, card = _people(code)
    values = _values(recipient, sender, _variant(exercise.id, code))

    def message(template: MessageTemplate) -> Message:
        subject = fill(template.subject, values) if template.subject is not None else None
        return Message(channel=exercise.channel, subject=subject,
                       body=fill(template.body, values),
                       connection_note=exercise.connection_note)

    return Scenario(
        exercise=exercise,
        code=code,
        recipient=recipient,
        sender=sender,
        role_card=card,
        original=message(exercise.original),
        model=message(exercise.model),
        situation=_situation(exercise, recipient, values),
        hints=[fill(h, values) for h in exercise.hints],
    )
