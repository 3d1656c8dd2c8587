"""The lessons' weaker/better examples: in the lesson pages and on a presenter page per lesson.

The examples come from ``course/examples/<lesson-file-stem>.yaml`` (see
:mod:`rapport.lesson_examples`). In a lesson page each ``<!-- rapport:example ID -->`` marker
becomes the weaker and better admonitions. The presenter page is a standalone HTML file (no
JavaScript, no theme, opens from ``file://``): one example per screen in large type, the
weaker message first, then the question for the room, with the better version and the
verdicts behind a ``<details>`` reveal. In print, the reveal is printed open.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

from rapport.lesson_examples import BetterVersion, LessonExample, LessonExamples
from rapport.site.common import (
    RELATIONSHIP_LABELS,
    SiteDataError,
    fenced_text,
    indent,
    message_text,
)

EXAMPLE_MARKER_RE = re.compile(r"^[ \t]*<!-- rapport:example (?P<id>[a-z0-9-]+) -->[ \t]*$",
                               re.MULTILINE)
CHANNEL_NOUNS = {"email": "An email", "linkedin": "A LinkedIn message", "slack": "A Slack message",
                 "text": "A text (SMS, WhatsApp, Signal, WeChat)"}


def example_caption(example: LessonExample) -> str:
    """"A Slack message to a coworker", with the recipient's name when there is one."""
    who = RELATIONSHIP_LABELS[example.relationship]
    caption = f"{CHANNEL_NOUNS[example.channel]} to {who}"
    if example.recipient is not None:
        caption += f" ({example.recipient.name})"
    return caption


def _admonition(kind: str, title: str, version: BetterVersion) -> str:
    lines = [f'!!! {kind} "{title}"', "",
             indent(fenced_text(message_text(version.subject, version.body))), "",
             indent(version.verdict.strip())]
    return "\n".join(lines)


def example_markdown(example: LessonExample) -> str:
    """The lesson-page form of one example: a caption, then Weaker and Better boxes."""
    parts = [f"*{html.escape(example_caption(example), quote=False)}.*"]
    if example.weaker is not None:
        parts.append(_admonition("failure", "Weaker", example.weaker))
    if example.better is not None:
        parts.append(_admonition("success", "Better", example.better))
    return "\n\n".join(parts)


def replace_example_markers(markdown: str, examples: LessonExamples | None, source: str) -> str:
    """Render every example marker of a lesson page; an unknown id fails the build."""

    def render(match: re.Match[str]) -> str:
        example_id = match.group("id")
        example = examples.get(example_id) if examples else None
        if example is None:
            where = f"{examples.path}" if examples else "its examples file (there is none)"
            raise SiteDataError(f"{source}: the marker asks for example {example_id!r}, which "
                                f"is not in {where}")
        return example_markdown(example)

    return EXAMPLE_MARKER_RE.sub(render, markdown)


def missing_markers(markdown: str, examples: LessonExamples) -> list[str]:
    """Examples of a lesson that its page never shows."""
    used = {m.group("id") for m in EXAMPLE_MARKER_RE.finditer(markdown)}
    return [e.id for e in examples.examples if e.id not in used]


# --- The presenter page --------------------------------------------------------------------

PRESENTER_CSS = """
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
 color:#1b1b1b;background:#fff;scroll-snap-type:y proximity}
body{margin:0}
.slide{min-height:100vh;padding:28px 56px 24px;border-bottom:6px solid #00796b;
 scroll-snap-align:start;display:flex;flex-direction:column;gap:14px}
.where{font-size:22px;color:#444;margin:0}
h1{font-size:48px;margin:0 0 8px;line-height:1.15}
h2{font-size:34px;margin:0;line-height:1.2}
.caption{font-size:24px;margin:0;color:#333}
.label{display:inline-block;font-size:24px;font-weight:700;padding:2px 12px;border-radius:6px;
 margin:0}
.weaker .label{background:#fde0dc;color:#8a1c0b}
.better .label{background:#d7f0e4;color:#0b5a36}
.message{font-size:30px;line-height:1.35;white-space:pre-wrap;margin:0;padding:14px 20px;
 background:#f6f6f4;border-left:8px solid #999;font-family:inherit;max-width:1160px}
.weaker .message{border-left-color:#c62828}
.better .message{border-left-color:#2e7d32}
.question{font-size:34px;font-weight:700;margin:6px 0;color:#00564d}
.verdict{font-size:28px;line-height:1.35;margin:0;max-width:1160px}
.flaws{font-size:22px;margin:0;color:#444}
details summary{font-size:28px;cursor:pointer;padding:10px 18px;background:#00796b;color:#fff;
 border-radius:8px;display:inline-block}
details summary:focus-visible, a:focus-visible{outline:4px solid #ff9800;outline-offset:3px}
details[open] summary{background:#004d40}
details > div{display:flex;flex-direction:column;gap:14px;margin-top:14px}
nav{margin-top:auto;font-size:24px;display:flex;gap:28px;flex-wrap:wrap}
a{color:#00564d}
ol.contents{font-size:30px;line-height:1.5}
.print-only{display:none}
@media print{
 .slide{min-height:0;break-after:page;border:0;padding:0 0 12px}
 details{display:none}
 .print-only{display:flex;flex-direction:column;gap:12px}
 nav{display:none}
 .message{font-size:16pt}
 .question{font-size:18pt}
 .verdict{font-size:14pt}
}
"""


def _message_html(version: BetterVersion) -> str:
    text = html.escape(message_text(version.subject, version.body))
    return f'<pre class="message">{text}</pre>'


def _answer_html(example: LessonExample, rule_titles: Mapping[str, str]) -> str:
    parts = []
    if example.weaker is not None:
        parts.append(f'<p class="verdict"><strong>Why the first one is weaker:</strong> '
                     f"{_inline(example.weaker.verdict)}</p>")
        if example.weaker.flaws:
            names = ", ".join(html.escape(rule_titles.get(f, f)) for f in example.weaker.flaws)
            parts.append(f'<p class="flaws">The checker flags: {names}.</p>')
    if example.better is not None:
        parts += [
            '<div class="better"><p class="label">Better</p></div>',
            f'<div class="better">{_message_html(example.better)}</div>',
            f'<p class="verdict"><strong>Why it works:</strong> '
            f"{_inline(example.better.verdict)}</p>",
        ]
    return "\n".join(parts)


def _inline(text: str) -> str:
    """Our own verdict prose: escaped, with *emphasis* kept."""
    escaped = html.escape(" ".join(text.split()), quote=False)
    return re.sub(r"\*([^*\s][^*]*)\*", r"<em>\1</em>", escaped)


def presenter_html(lesson_title: str, lesson_number: int, examples: LessonExamples,
                   links: Mapping[str, str], rule_titles: Mapping[str, str]) -> str:
    """The presenter page of one lesson. `links` holds relative URLs for 'lesson', 'script'
    and 'index' (the site's home)."""
    title = f"Lesson {lesson_number}: {lesson_title}"
    total = len(examples.examples)
    slides = [
        '<section class="slide" id="start">',
        f'<p class="where">Presenter page · {total} examples · no JavaScript needed</p>',
        f"<h1>{html.escape(title)}</h1>",
        '<p class="caption">One example per screen. Show the weaker message, ask the '
        "question, take a few answers, then open the reveal. Page Down or the Next link moves "
        "on.</p>",
        '<ol class="contents">',
        *(f'<li><a href="#example-{e.id}">{html.escape(e.title)}</a></li>'
          for e in examples.examples),
        "</ol>",
        f'<nav><a href="#example-{examples.examples[0].id}">Start: example 1 →</a>'
        f'<a href="{html.escape(links["script"])}">Facilitator script</a>'
        f'<a href="{html.escape(links["lesson"])}">Full lesson</a>'
        f'<a href="{html.escape(links["index"])}">Course home</a></nav>',
        "</section>",
    ]
    for number, example in enumerate(examples.examples, 1):
        previous = "#start" if number == 1 else f"#example-{examples.examples[number - 2].id}"
        following = (f"#example-{examples.examples[number].id}" if number < total else "#start")
        first = example.weaker or example.better
        assert first is not None
        shows_weaker = example.weaker is not None
        answer = _answer_html(example, rule_titles)
        summary = ("Reveal the better version" if shows_weaker and example.better
                   else "Reveal what to notice")
        slides += [
            f'<section class="slide" id="example-{example.id}">',
            f'<p class="where">{html.escape(title)} · example {number} of {total}</p>',
            f"<h2>{html.escape(example.title)}</h2>",
            f'<p class="caption">{html.escape(example_caption(example))}</p>',
            f'<div class="{"weaker" if shows_weaker else "better"}">'
            f'<p class="label">{"Weaker" if shows_weaker else "Better"}</p></div>',
            f'<div class="{"weaker" if shows_weaker else "better"}">{_message_html(first)}</div>',
            f'<p class="question">Ask the room: {html.escape(example.question)}</p>',
        ]
        if shows_weaker:
            slides += [f"<details><summary>{summary}</summary><div>", answer, "</div></details>",
                       f'<div class="print-only">{answer}</div>']
        else:
            verdict = (f'<p class="verdict"><strong>Why it works:</strong> '
                       f"{_inline(first.verdict)}</p>")
            slides += [f"<details><summary>{summary}</summary><div>", verdict,
                       "</div></details>", f'<div class="print-only">{verdict}</div>']
        slides += [
            f'<nav><a href="{previous}">← Previous</a><a href="#start">Contents</a>'
            f'<a href="{following}">{"Next →" if number < total else "Back to the start"}</a>'
            "</nav>",
            "</section>",
        ]
    body = "\n".join(slides)
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}: presenter page</title>\n"
        f"<style>{PRESENTER_CSS}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n"
        "</body>\n</html>\n"
    )
