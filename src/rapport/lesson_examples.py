"""The lessons' weaker/better example messages, as data (one source).

Each lesson has one file, ``course/examples/<lesson-file-stem>.yaml``: a list of examples.
The site hook renders them into the lesson pages and the presenter pages; the tests hold the
checker and the course to the same verdicts. A broken file is reported with the file and the
field, never a traceback.

One example::

    - id: five-parts                     # kebab-case, unique within the lesson
      title: The five parts of a first message   # the section heading it sits under
      channel: email                     # email | linkedin | slack | text
      relationship: stranger             # stranger | acquaintance | coworker | ...
      recipient:                         # optional, the shape of tests/fixtures recipients
        name: Priya Shah
        work: ["Street tree heat map"]
        topics: [urban heat]
      question: What would you feel on getting the first one?   # asked of the room
      weaker:                            # optional
        subject: Quick question          # optional
        body: |
          Hey, ...
        verdict: No name, no sender and five questions.
        flaws: [no-context, too-many-questions]   # rule ids from `rapport rules`
      better:                            # optional (at least one of weaker/better)
        subject: Your street tree map
        body: |
          Hi Priya, ...
        verdict: All five parts in about 65 words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from rapport.datafiles import yaml_syntax_problem
from rapport.models import Channel, Message, Recipient, Relationship

EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "course" / "examples"
"""``course/examples`` in a source checkout."""

KEBAB = r"^[a-z0-9]+(-[a-z0-9]+)*$"
Text = Annotated[str, Field(min_length=1)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ExampleRecipient(_Frozen):
    """Who an example is written to (the shape of the recipients in tests/fixtures)."""

    name: Text
    work: list[Text] = Field(default_factory=list)
    topics: list[Text] = Field(default_factory=list)

    def to_recipient(self) -> Recipient:
        return Recipient(name=self.name, work=list(self.work), topics=list(self.topics))


class BetterVersion(_Frozen):
    subject: str | None = None
    body: Text
    verdict: Text
    """Why it works, in prose."""


class WeakerVersion(BetterVersion):
    flaws: list[Annotated[str, Field(pattern=KEBAB)]] = Field(default_factory=list)
    """The rule ids (from ``rapport rules``) the verdict names."""


class LessonExample(_Frozen):
    id: str = Field(pattern=KEBAB)
    title: Text
    """The section heading of the lesson it belongs under."""
    channel: Channel
    relationship: Relationship
    recipient: ExampleRecipient | None = None
    question: Text
    """What the facilitator asks the room before revealing the better version."""
    weaker: WeakerVersion | None = None
    better: BetterVersion | None = None

    @model_validator(mode="after")
    def _has_a_version(self) -> LessonExample:
        if self.weaker is None and self.better is None:
            raise ValueError("an example needs a 'weaker' or a 'better' version (or both)")
        return self

    def message(self, version: BetterVersion) -> Message:
        """`version` as the checker's Message (for this example's channel)."""
        return Message(channel=self.channel, subject=version.subject, body=version.body)

    def checker_recipient(self) -> Recipient | None:
        return self.recipient.to_recipient() if self.recipient else None


class ExampleProblem(ValueError):
    """A lesson-examples file that cannot be used; the message names the file and field."""


@dataclass(frozen=True)
class LessonExamples:
    """The examples of one lesson, in file order."""

    lesson: str
    """The lesson's file stem, e.g. ``05-writing-the-message``."""
    path: Path
    examples: tuple[LessonExample, ...]

    def get(self, example_id: str) -> LessonExample | None:
        return next((e for e in self.examples if e.id == example_id), None)


def _where(loc: Iterable[Any], raw: Any) -> str:
    parts = list(loc)
    dotted = ".".join(str(p) for p in parts)
    if parts and isinstance(parts[0], int) and isinstance(raw, list):
        try:
            example_id = raw[parts[0]]["id"]
        except (KeyError, IndexError, TypeError):
            example_id = None
        if isinstance(example_id, str):
            return f"field '{dotted}' (example {example_id!r})"
    return f"field '{dotted}'" if dotted else "top level"


def parse_examples(text: str, source: str, known_rules: Iterable[str] | None = None
                   ) -> tuple[LessonExample, ...]:
    """Validate one examples file's text; raises ExampleProblem naming `source` and the field."""
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        where, problem = yaml_syntax_problem(exc)
        at = f" at {where}" if where else ""
        raise ExampleProblem(f"{source}: not valid YAML{at}: {problem}") from None
    if not isinstance(raw, list) or not raw:
        raise ExampleProblem(f"{source}: top level: expected a list of examples, one per "
                             "'- id: ...' entry")
    examples = []
    for index, item in enumerate(raw):
        try:
            examples.append(LessonExample.model_validate(item))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = _where([index, *first["loc"]], raw)
            message = str(first["msg"]).removeprefix("Value error, ")
            got = first.get("input")
            shown = ("" if first["type"] == "missing" or isinstance(got, dict | list)
                     else f" (got {got!r})")
            raise ExampleProblem(f"{source}: {where}: {message}{shown}") from None
    seen: set[str] = set()
    rules = set(known_rules) if known_rules is not None else None
    for index, example in enumerate(examples):
        if example.id in seen:
            raise ExampleProblem(f"{source}: field '{index}.id': two examples have the id "
                                 f"{example.id!r}")
        seen.add(example.id)
        if rules is not None and example.weaker is not None:
            for n, flaw in enumerate(example.weaker.flaws):
                if flaw not in rules:
                    raise ExampleProblem(
                        f"{source}: field '{index}.weaker.flaws.{n}' (example {example.id!r}): "
                        f"there is no rule {flaw!r} (see `rapport rules`)")
    return tuple(examples)


def _rule_ids() -> set[str]:
    from rapport.checks.registry import rule_infos

    return {rule.id for rule in rule_infos()}


def load_lesson_examples(path: Path, known_rules: Iterable[str] | None = None) -> LessonExamples:
    """One lesson's examples from `path` (``<lesson-file-stem>.yaml``)."""
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ExampleProblem(f"{source}: cannot be read: {exc}") from None
    rules = _rule_ids() if known_rules is None else known_rules
    return LessonExamples(lesson=path.stem, path=path,
                          examples=parse_examples(text, source, rules))


LESSON_STEM = re.compile(r"^\d\d-[a-z0-9]+(-[a-z0-9]+)*$")


def load_all(directory: Path = EXAMPLES_DIR, known_rules: Iterable[str] | None = None
             ) -> dict[str, LessonExamples]:
    """Every lesson's examples in `directory`, keyed by lesson file stem."""
    rules = _rule_ids() if known_rules is None else set(known_rules)
    found: dict[str, LessonExamples] = {}
    for path in sorted(directory.glob("*.yaml")):
        if not LESSON_STEM.match(path.stem):
            raise ExampleProblem(f"{path}: examples files are named after their lesson, "
                                 "e.g. 05-writing-the-message.yaml")
        found[path.stem] = load_lesson_examples(path, rules)
    return found


def all_examples(directory: Path = EXAMPLES_DIR) -> list[tuple[str, LessonExample]]:
    """(lesson stem, example) for every example of every lesson, in order."""
    return [(stem, example) for stem, lesson in load_all(directory).items()
            for example in lesson.examples]
