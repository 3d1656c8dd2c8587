"""The validated course data the generated pages are built from (front matter, agendas)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    ValidationError,
    model_validator,
)

from rapport.models import Exercise, RuleInfo
from rapport.site.common import (
    DEFAULT_APP_URL,
    LESSON_PATTERN,
    LESSON_RE,
    SiteDataError,
    load_yaml,
    split_front_matter,
    validation_problem,
)

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


PAGE_PATTERN = r"^[a-z0-9][a-z0-9/_.-]*\.md(#[a-z0-9_-]+)?$"


class ActivityItem(_Strict):
    activity: Text
    minutes: int = Field(ge=1, le=480)
    page: str | None = Field(default=None, pattern=PAGE_PATTERN)
    practises: list[Annotated[str, Field(pattern=LESSON_PATTERN)]] = Field(default_factory=list)
    """The lessons whose idea the room practises in this activity (pairs, app, worksheet)."""


class LessonItem(_Strict):
    lesson: str = Field(pattern=LESSON_PATTERN)
    part: Literal["teaching", "exercises", "both"]


class TeachItem(_Strict):
    """A short teach from the lesson's facilitator script: its minutes are computed from the
    script's spoken words (plus `room` minutes for asking the room about the examples)."""

    teach: str = Field(pattern=LESSON_PATTERN)
    room: int = Field(default=0, ge=0, le=30)


class ChangeoverItem(_Strict):
    """Minutes for moving people, chairs and screens between two items."""

    changeover: int = Field(ge=1, le=15)
    note: str | None = None


_KINDS = {"lesson": "lesson item", "teach": "teach item", "changeover": "changeover item"}


def _item_kind(value: Any) -> str:
    if isinstance(value, Mapping):
        return next((tag for key, tag in _KINDS.items() if key in value), "activity item")
    for cls, tag in ((LessonItem, "lesson item"), (TeachItem, "teach item"),
                     (ChangeoverItem, "changeover item")):
        if isinstance(value, cls):
            return tag
    return "activity item"


AgendaItem = Annotated[
    Annotated[ActivityItem, Tag("activity item")]
    | Annotated[LessonItem, Tag("lesson item")]
    | Annotated[TeachItem, Tag("teach item")]
    | Annotated[ChangeoverItem, Tag("changeover item")],
    Discriminator(_item_kind),
]


class Agenda(_Strict):
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    title: Text
    length: int = Field(ge=1, le=960)
    every_lesson: bool = False
    """When true, the build fails unless every lesson is taught and practised in the room."""
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
    examples: dict[str, Any] = field(default_factory=dict)
    """Lesson page -> its ``rapport.lesson_examples.LessonExamples``."""
    scripts: dict[str, Any] = field(default_factory=dict)
    """Lesson page -> its ``rapport.site.scripts.Script`` (the facilitator's spoken teach)."""

    def exercises_for(self, lesson: str) -> list[Exercise]:
        return [e for e in self.exercises if e.lesson == lesson]

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
    raw = load_yaml(front, f"{source} (front matter)")
    try:
        meta = LessonMeta.model_validate(raw if raw is not None else {})
    except ValidationError as exc:
        raise SiteDataError(validation_problem(f"{source} (front matter)", exc)) from None
    return Lesson(path=path, meta=meta)


def load_agendas(text: str, source: str) -> dict[str, Agenda]:
    raw = load_yaml(text, source)
    try:
        parsed = AgendaFile.model_validate(raw if raw is not None else {})
    except ValidationError as exc:
        raise SiteDataError(validation_problem(source, exc, raw)) from None
    return {agenda.id: agenda for agenda in parsed.agendas}

