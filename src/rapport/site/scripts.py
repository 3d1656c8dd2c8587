"""Facilitator scripts: the short spoken version of each lesson, and its spoken minutes.

A script lives at ``course/facilitator/scripts/<lesson-file-stem>.md``. What the facilitator
says is the plain prose of the page; headings, admonitions (stage directions), tables, code and
HTML comments are not spoken. Each ``<!-- rapport:example ID -->`` marker is a presenter slide:
the facilitator reads its question aloud, so the question counts as spoken. The minutes of a
teach are computed from those words at `WORDS_PER_MINUTE`, and the build fails when a teach
goes over `SPOKEN_BUDGET` minutes.
"""

from __future__ import annotations

import math
import posixpath
import re
from collections.abc import Mapping
from dataclasses import dataclass

from rapport.lesson_examples import LessonExample, LessonExamples
from rapport.site.common import SiteDataError, md_escape, relative_link, split_front_matter
from rapport.site.presenter import EXAMPLE_MARKER_RE

SCRIPTS_DIR = "facilitator/scripts"
WORDS_PER_MINUTE = 130
"""A calm speaking pace for a room of second-language listeners."""
SPOKEN_BUDGET = 6
"""The most minutes one teach may take, spoken."""

_WORD_RE = re.compile(r"[A-Za-z0-9À-ÿ]+(?:['’.-][A-Za-z0-9À-ÿ]+)*")
_FENCE_RE = re.compile(r"^(`{3,}|~{3,})")


def script_path(lesson_path: str) -> str:
    """``lessons/05-writing-the-message.md`` -> ``facilitator/scripts/05-writing-the-message.md``."""
    return f"{SCRIPTS_DIR}/{posixpath.basename(lesson_path)}"


def presenter_path(lesson_path: str) -> str:
    stem = posixpath.splitext(posixpath.basename(lesson_path))[0]
    return f"presenter/{stem}.html"


def spoken_text(markdown: str) -> str:
    """The words of a script that are said aloud (see the module docstring)."""
    _, body = split_front_matter(markdown)
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    spoken: list[str] = []
    fence: str | None = None
    in_block = False
    for line in body.splitlines():
        stripped = line.strip()
        opener = _FENCE_RE.match(stripped)
        if fence is not None:
            if stripped.startswith(fence):
                fence = None
            continue
        if opener:
            fence = opener.group(1)
            continue
        if re.match(r"^(!!!|\?\?\?\+?)\s", stripped):
            in_block = True
            continue
        if in_block:
            if not stripped or line.startswith(("    ", "\t")):
                continue
            in_block = False
        if (not stripped or stripped.startswith(("#", "|", "<")) or re.match(r"^-{3,}$", stripped)
                or stripped.startswith("[^")):
            continue
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", stripped)  # links: their text
        text = re.sub(r"\{[^}]*\}", "", text)  # attribute lists
        text = re.sub(r"^([-*+]|\d+\.)\s+", "", text)  # list markers
        spoken.append(text)
    return "\n".join(spoken)


def count_words(text: str) -> int:
    return len(_WORD_RE.findall(text))


def spoken_minutes(words: int) -> int:
    """Whole minutes to say `words` at WORDS_PER_MINUTE (rounded up; at least 1)."""
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


@dataclass(frozen=True)
class Script:
    lesson: str
    """The lesson page, e.g. ``lessons/05-writing-the-message.md``."""
    path: str
    """The script page, e.g. ``facilitator/scripts/05-writing-the-message.md``."""
    words: int
    example_ids: tuple[str, ...]

    @property
    def minutes(self) -> int:
        return spoken_minutes(self.words)


def parse_script(lesson: str, text: str, examples: LessonExamples | None,
                 source: str) -> Script:
    """Count a script's spoken words; fail on unknown examples or a teach over budget."""
    ids = tuple(m.group("id") for m in EXAMPLE_MARKER_RE.finditer(text))
    questions = []
    for example_id in ids:
        example = examples.get(example_id) if examples else None
        if example is None:
            known = ", ".join(e.id for e in examples.examples) if examples else "none"
            raise SiteDataError(f"{source}: the marker asks for example {example_id!r}, which "
                                f"the lesson's examples file does not define (it has: {known})")
        questions.append(example.question)
    words = count_words(spoken_text(text)) + sum(count_words(q) for q in questions)
    script = Script(lesson=lesson, path=script_path(lesson), words=words, example_ids=ids)
    if words == 0:
        raise SiteDataError(f"{source}: the script has no spoken text (only headings, boxes "
                            "or comments)")
    if script.minutes > SPOKEN_BUDGET:
        cut = words - SPOKEN_BUDGET * WORDS_PER_MINUTE
        raise SiteDataError(
            f"{source}: the spoken teach is {words} words, about {script.minutes} minutes at "
            f"{WORDS_PER_MINUTE} words a minute; a teach may take at most {SPOKEN_BUDGET} "
            f"minutes ({SPOKEN_BUDGET * WORDS_PER_MINUTE} words): cut at least {cut} words"
        )
    return script


def stage_direction(example: LessonExample, number: int, page: str, lesson: str) -> str:
    """The box a marker in a script becomes: which slide to show and what to ask."""
    link = relative_link(page, presenter_path(lesson)) + f"#example-{example.id}"
    return "\n".join([
        f'!!! facilitator "Example {number}: {md_escape(example.title)}"',
        "",
        f"    Show [example {number} on the presenter page]({link}). Let the room read the "
        + ("weaker message, then ask:" if example.weaker else "message, then ask:"),
        "",
        f"    **{md_escape(example.question)}**",
        "",
        "    Take two or three answers, then open the reveal.",
    ])


def script_markdown(markdown: str, script: Script, examples: LessonExamples | None,
                    lessons: Mapping[str, object], page: str) -> str:
    """A script page as published: a timing box after the title, and markers as slides."""
    order = examples.examples if examples else ()
    numbers = {example.id: n for n, example in enumerate(order, 1)}

    def slide(match: re.Match[str]) -> str:
        example = examples.get(match.group("id")) if examples else None
        assert example is not None  # parse_script checked every marker
        return stage_direction(example, numbers[example.id], page, script.lesson)

    markdown = EXAMPLE_MARKER_RE.sub(slide, markdown)
    lesson_link = relative_link(page, script.lesson)
    presenter = relative_link(page, presenter_path(script.lesson))
    box = "\n".join([
        '!!! abstract "Timing"',
        "",
        f"    **Spoken:** {script.words} words, about {script.minutes} minutes at "
        f"{WORDS_PER_MINUTE} words a minute (the limit for one teach is {SPOKEN_BUDGET}). "
        "The count is made by the site build from this page: the plain paragraphs and each "
        "slide's question. Boxes like this one are not spoken.",
        "",
        f"    **Show:** the [presenter page]({presenter}) on the projector. "
        f"**Full lesson** for self-paced learners: [the lesson page]({lesson_link}).",
    ])
    lines = markdown.split("\n")
    for i, line in enumerate(lines):
        if re.match(r"# \S", line):
            return "\n".join([*lines[: i + 1], "", box, "", *lines[i + 1:]])
    return box + "\n\n" + markdown
