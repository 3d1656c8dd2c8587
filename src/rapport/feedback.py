"""What the practice app shows after a check: verdict, findings by severity, scores vs targets.

Pure functions over a :class:`rapport.models.Report`, so every figure the app shows is
computed (and tested) here, and the Streamlit pages only arrange it. Course links follow
MkDocs directory URLs: ``lessons/04-curiosity-not-extraction.md`` is served at
``<base>lessons/04-curiosity-not-extraction/``, a rule at ``<base>rules/<id>/``. The base
comes from the environment variable ``RAPPORT_COURSE_URL`` (default
``http://localhost:8000/``), the same variable ``rapport serve`` sets.
"""

from __future__ import annotations

import functools
import html
import os
import re
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlencode

from rapport import render
from rapport.checks.registry import BY_ID, SEVERITY_ORDER
from rapport.checks.rules.form import (
    MAX_GRADE,
    MAX_QUESTIONS,
    MIN_WORDS_FOR_GRADE,
    SELF_FOCUS_MIN,
    SELF_FOCUS_RATIO,
    TARGET_WORDS,
    WORD_LIMITS,
)
from rapport.checks.tone import ToneResult
from rapport.models import Finding, Frozen, Message, Report, Severity, ToneStrategy

__all__ = [
    "COURSE_URL_ENV",
    "DEFAULT_COURSE_URL",
    "SEVERITY_HEADINGS",
    "CourseLink",
    "Feedback",
    "FindingView",
    "Score",
    "build",
    "course_base",
    "course_links",
    "group_html",
    "legend_html",
    "lesson_title",
    "lesson_url",
    "rule_url",
    "scenario_url",
    "scores",
    "scores_html",
    "verdict",
]

COURSE_URL_ENV = "RAPPORT_COURSE_URL"
DEFAULT_COURSE_URL = "http://localhost:8000/"
APP_URL_ENV = "RAPPORT_APP_URL"
DEFAULT_APP_URL = "http://localhost:8501/"
COURSE_DIR = Path(__file__).resolve().parents[2] / "course"
TONE_TARGET = 0.5
"""A tone score from here reads "polite" or warmer (see rapport.checks.tone.LABEL_CUTOFFS)."""
TOP_STRATEGIES = 3

SEVERITY_HEADINGS: dict[Severity, str] = {
    "error": "Fix before sending",
    "warning": "Worth fixing",
    "info": "Worth a look",
}

_URL_RE = re.compile(r"^https?://[^\s/\"'<>]+[^\s\"'<>]*$")
_TITLE_RE = re.compile(r"^title:\s*(?P<title>.+?)\s*$", re.MULTILINE)


# --- Course links ----------------------------------------------------------------------


class CourseLink(Frozen):
    label: str
    url: str


def _base_url(variable: str, default: str, environ: Mapping[str, str] | None) -> str:
    env = os.environ if environ is None else environ
    url = (env.get(variable) or "").strip() or default
    if not _URL_RE.match(url):
        url = default
    return url if url.endswith("/") else url + "/"


def course_base(environ: Mapping[str, str] | None = None) -> str:
    """The course's base URL, always ending in "/"; a malformed value falls back to the default."""
    return _base_url(COURSE_URL_ENV, DEFAULT_COURSE_URL, environ)


def scenario_url(exercise_id: str, code: str, environ: Mapping[str, str] | None = None) -> str:
    """The link that reopens one practice scenario (``RAPPORT_APP_URL``, as the course uses)."""
    query = urlencode({"exercise": exercise_id, "code": code})
    return f"{_base_url(APP_URL_ENV, DEFAULT_APP_URL, environ)}?{query}"


def _page_url(path: str, base: str) -> str:
    page = path.strip("/").removesuffix(".md")
    if page == "index":
        page = ""
    page = page.removesuffix("/index")
    return base + (page + "/" if page else "")


def lesson_url(lesson: str, base: str | None = None) -> str:
    """``lessons/04-x.md`` -> ``<base>lessons/04-x/`` (MkDocs directory URLs)."""
    return _page_url(lesson, base or course_base())


def rule_url(rule_id: str, base: str | None = None) -> str:
    return f"{base or course_base()}rules/{rule_id}/"


def course_links(base: str | None = None) -> list[CourseLink]:
    base = base or course_base()
    return [
        CourseLink(label="Course home", url=base),
        CourseLink(label="Self-paced path", url=_page_url("self-paced.md", base)),
        CourseLink(label="Rule reference", url=_page_url("rules/index.md", base)),
    ]


@functools.cache
def lesson_title(lesson: str, course_dir: Path = COURSE_DIR) -> str:
    """The lesson's title from its front matter, or a readable form of its path."""
    try:
        head = (course_dir / lesson).read_text(encoding="utf-8")[:2000]
    except OSError:
        head = ""
    match = _TITLE_RE.search(head) if head.startswith("---") else None
    if match:
        return match.group("title").strip("\"'")
    stem = Path(lesson).stem
    words = stem.split("-")
    if words and words[0].isdigit():
        words = words[1:]
    return " ".join(words).capitalize() or lesson


# --- Scores ----------------------------------------------------------------------------


class Score(Frozen):
    """One figure next to its target: what the learner sees in the scores table."""

    key: str
    label: str
    value: str
    target: str
    ok: bool
    note: str = ""


def _words_score(s: Mapping[str, float], channel: str) -> Score:
    words = int(s.get("words", 0))
    low, high = TARGET_WORDS[channel]
    limit = WORD_LIMITS[channel]
    if words < low:
        note = "a little short: add a line of context or a specific question"
    elif words > limit:
        note = f"past {limit} words people stop reading"
    elif words > high:
        note = "longer than most replied-to messages"
    else:
        note = "in the range that gets replies"
    return Score(key="words", label="Words", value=str(words),
                 target=f"{low}-{high} for {channel}", ok=low <= words <= high, note=note)


def _questions_score(s: Mapping[str, float]) -> Score:
    questions = int(s.get("questions", 0))
    if questions == 0:
        note = "no question mark: is your ask clear?"
    elif questions > MAX_QUESTIONS:
        note = "keep the questions you care about most"
    else:
        note = "easy to answer"
    return Score(key="questions", label="Questions", value=str(questions),
                 target=f"1-{MAX_QUESTIONS}", ok=1 <= questions <= MAX_QUESTIONS, note=note)


def _grade_score(s: Mapping[str, float]) -> Score:
    grade = s.get("reading_grade", 0.0)
    words = int(s.get("words", 0))
    judged = words >= MIN_WORDS_FOR_GRADE
    ok = not judged or grade <= MAX_GRADE
    if not judged:
        note = "too short to judge"
    elif ok:
        note = "easy to read on a phone"
    else:
        note = "split long sentences, prefer everyday words"
    return Score(key="reading_grade", label="Reading grade", value=f"{grade:.1f}",
                 target=f"{MAX_GRADE:g} or below", ok=ok, note=note)


def _balance_score(s: Mapping[str, float]) -> Score:
    first = int(s.get("first_person", 0))
    second = int(s.get("second_person", 0))
    ok = first < SELF_FOCUS_MIN or first <= SELF_FOCUS_RATIO * second
    note = "about them as much as about you" if ok else "mostly about you: turn it towards them"
    return Score(key="you_i_ratio", label="You / I balance",
                 value=f"you/your {second} · I/me/my {first}",
                 target=f"I/me/my at most {SELF_FOCUS_RATIO}× you/your", ok=ok, note=note)


def _tone_score(s: Mapping[str, float], label: str | None) -> Score:
    tone = s.get("tone", 0.0)
    shown = label or "unknown"
    note = "reads polite to most people" if tone >= TONE_TARGET else (
        "could read as blunt: a thank-you or an easy out helps"
    )
    return Score(key="tone", label="Tone", value=f"{shown} ({tone:.2f})",
                 target="polite or warmer (0.50+)", ok=tone >= TONE_TARGET, note=note)


def scores(report: Report, channel: str) -> list[Score]:
    """The report's figures against the course's targets, in the order the app shows them."""
    s = report.scores
    return [
        _words_score(s, channel),
        _questions_score(s),
        _grade_score(s),
        _balance_score(s),
        _tone_score(s, report.tone_label),
    ]


def top_strategies(report: Report, n: int = TOP_STRATEGIES) -> list[ToneStrategy]:
    """The tone strategies that moved the score most, strongest first (one hit each)."""
    result = ToneResult(
        score=min(max(report.scores.get("tone", 0.0), 0.0), 1.0),
        label=report.tone_label or "",
        strategies=list(report.tone_strategies),
    )
    return result.top(n)


# --- Findings --------------------------------------------------------------------------


class FindingView(Frozen):
    """A finding with what the app shows next to it: title, why, fix and course links."""

    finding: Finding
    number: int
    title: str
    why: str
    excerpt: str
    rule_url: str
    lesson_url: str
    lesson_title: str


class StrategyView(Frozen):
    """A tone strategy with the learner's words that show it."""

    label: str
    direction: str
    weight: float
    excerpt: str


class Feedback(Frozen):
    ready: bool
    verdict: str
    groups: dict[Severity, list[FindingView]]
    scores: list[Score]
    tone_label: str | None
    strategies: list[StrategyView]
    text_html: str
    tone_html: str
    """The body with the words of the strongest tone strategies marked."""
    counts: dict[Severity, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _dedent(text: str) -> str:
    return " ".join(text.split())


def _excerpt(message: Message, finding: Finding, limit: int = 80) -> str:
    source = (message.subject or "") if finding.field == "subject" else message.body
    text = " ".join(source[finding.start : finding.end].split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def finding_view(finding: Finding, number: int, message: Message, base: str) -> FindingView:
    rule = BY_ID.get(finding.rule)
    return FindingView(
        finding=finding,
        number=number,
        title=rule.info.title if rule else finding.rule,
        why=_dedent(rule.info.why) if rule else "",
        excerpt=_excerpt(message, finding),
        rule_url=rule_url(finding.rule, base),
        lesson_url=lesson_url(finding.lesson, base),
        lesson_title=lesson_title(finding.lesson),
    )


def group(views: list[FindingView]) -> dict[Severity, list[FindingView]]:
    """Findings by severity, most severe first; empty severities are left out."""
    groups: dict[Severity, list[FindingView]] = {}
    for view in sorted(views, key=lambda v: (SEVERITY_ORDER[v.finding.severity], v.number)):
        groups.setdefault(view.finding.severity, []).append(view)
    return groups


def verdict(report: Report) -> str:
    counts = _counts(report)
    if report.ready and not counts["info"]:
        return "Ready to send: nothing to fix."
    if report.ready:
        n = counts["info"]
        return f"Ready to send. {n} small thing{'s' * (n != 1)} worth a look below."
    parts = []
    if counts["error"]:
        parts.append(f"{counts['error']} to fix before sending")
    if counts["warning"]:
        parts.append(f"{counts['warning']} worth fixing")
    return "Not ready yet: " + " and ".join(parts) + "."


def _counts(report: Report) -> dict[Severity, int]:
    counts: dict[Severity, int] = {"error": 0, "warning": 0, "info": 0}
    for f in report.findings:
        counts[f.severity] += 1
    return counts


def _strategy_view(strategy: ToneStrategy, message: Message) -> StrategyView:
    source = (message.subject or "") if strategy.field == "subject" else message.body
    return StrategyView(label=strategy.label, direction=strategy.direction,
                        weight=strategy.weight,
                        excerpt=" ".join(source[strategy.start : strategy.end].split())[:60])


def build(message: Message, report: Report, base: str | None = None) -> Feedback:
    """Everything the feedback panel shows for one checked message."""
    base = base or course_base()
    views = [finding_view(f, i, message, base) for i, f in enumerate(report.findings, 1)]
    return Feedback(
        ready=report.ready,
        verdict=verdict(report),
        groups=group(views),
        scores=scores(report, message.channel),
        tone_label=report.tone_label,
        strategies=[_strategy_view(s, message) for s in top_strategies(report)],
        text_html=render.message_html(message, report.findings),
        tone_html=render.tone_html(message.body, top_strategies(report)),
        counts=_counts(report),
    )


# --- HTML for the app (escaped: findings quote the learner's words) ----------------------

PANEL_CSS = """
.rapport-legend { font-size: 0.85rem; margin: 0 0 0.4rem 0; opacity: 0.9; }
.rapport-legend mark { margin-right: 0.6rem; }
.rapport-group h4 { margin: 0.6rem 0 0.4rem 0; }
.rapport-finding { border-left: 4px solid #009485; padding: 0.4rem 0.8rem; margin: 0 0 0.7rem 0;
  background: rgba(0, 148, 133, 0.05); border-radius: 0 0.4rem 0.4rem 0; }
.rapport-finding.rapport-error { border-left-color: #d32f2f; background: rgba(211, 47, 47, 0.06); }
.rapport-finding.rapport-warning { border-left-color: #ff7043;
  background: rgba(255, 112, 67, 0.07); }
.rapport-finding p { margin: 0.2rem 0; }
.rapport-finding .rapport-title { font-weight: 600; }
.rapport-finding .rapport-num { display: inline-block; min-width: 1.4rem; font-weight: 700; }
.rapport-finding .rapport-rule { font-family: monospace; font-size: 0.8rem; opacity: 0.75; }
.rapport-finding .rapport-quote { font-style: italic; opacity: 0.85; }
.rapport-finding details summary { cursor: pointer; }
.rapport-finding a { color: #e64a19; }
.rapport-scores { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
.rapport-scores th, .rapport-scores td { text-align: left; padding: 0.3rem 0.4rem;
  border-bottom: 1px solid rgba(128, 128, 128, 0.25); vertical-align: top; }
.rapport-scores .rapport-ok { color: #00796b; font-weight: 700; }
.rapport-scores .rapport-off { color: #e64a19; font-weight: 700; }
.rapport-scores small { opacity: 0.8; }
.rapport-strategies { margin: 0.5rem 0 0 0; padding-left: 1.1rem; font-size: 0.9rem; }
"""

_SEVERITY_NAMES: dict[Severity, str] = {"error": "error", "warning": "warning", "info": "tip"}


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _link(url: str, text: str) -> str:
    return f'<a href="{_e(url)}" target="_blank" rel="noopener noreferrer">{_e(text)}</a>'


def _swap(view: FindingView) -> str:
    """A concrete replacement for the highlighted words, where the rule offers one."""
    replacement = view.finding.replacement
    if replacement is None or not view.excerpt:
        return ""
    return (f'<p class="rapport-swap">Or simply swap “{_e(view.excerpt)}” for '
            f"“{_e(replacement)}”.</p>")


def finding_html(view: FindingView) -> str:
    """One finding: what, where (quoting the learner), the fix, an expandable why, links."""
    f = view.finding
    where = "subject line" if f.field == "subject" else "text"
    quote = (f'<p class="rapport-quote">In your {where}: “{_e(view.excerpt)}”</p>'
             if view.excerpt else "")
    why = (f"<details><summary>Why it matters</summary><p>{_e(view.why)}</p></details>"
           if view.why else "")
    return (
        f'<div class="rapport-finding rapport-{f.severity}" data-rule="{_e(f.rule)}">'
        f'<p><span class="rapport-num">{view.number}.</span>'
        f'<span class="rapport-title">{_e(view.title)}</span> '
        f'<span class="rapport-rule">{_e(f.rule)} · {_SEVERITY_NAMES[f.severity]}</span></p>'
        f"<p>{_e(f.message)}</p>{quote}"
        f"<p><strong>Try:</strong> {_e(f.suggestion)}</p>{_swap(view)}{why}"
        f"<p>Learn more: {_link(view.rule_url, 'the rule')} · "
        f"{_link(view.lesson_url, view.lesson_title)}</p></div>"
    )


def group_html(severity: Severity, views: list[FindingView]) -> str:
    cards = "".join(finding_html(v) for v in views)
    return (
        f"<style>{PANEL_CSS}</style>"
        f'<div class="rapport-group"><h4>{_e(SEVERITY_HEADINGS[severity])} ({len(views)})</h4>'
        f"{cards}</div>"
    )


def legend_html(fb: Feedback) -> str:
    present = [s for s in SEVERITY_HEADINGS if fb.counts.get(s)]
    if not present:
        return f"<style>{PANEL_CSS}</style>"
    marks = "".join(
        f'<mark class="rapport-mark rapport-{s}">{_e(SEVERITY_HEADINGS[s])}</mark>'
        for s in present
    )
    return (f"<style>{PANEL_CSS}</style><p class=\"rapport-legend\">Highlights: {marks} "
            "(hover a highlight to see the rule)</p>")


def scores_html(fb: Feedback) -> str:
    rows = "".join(
        f"<tr><th>{_e(s.label)}</th><td>{_e(s.value)}<br><small>{_e(s.note)}</small></td>"
        f"<td><small>target</small> {_e(s.target)}</td>"
        f'<td class="{"rapport-ok" if s.ok else "rapport-off"}">{"✓" if s.ok else "✗"}</td></tr>'
        for s in fb.scores
    )
    strategies = "".join(
        f"<li>{'+' if v.direction == 'raises' else '−'} {_e(v.label)}"
        + (f" (“{_e(v.excerpt)}”)" if v.excerpt else "") + "</li>"
        for v in fb.strategies
    )
    tone = (f"<p><strong>What shapes the tone</strong></p>"
            f'<ul class="rapport-strategies">{strategies}</ul>') if strategies else ""
    return (f"<style>{PANEL_CSS}</style><h4>Scores and targets</h4>"
            f'<table class="rapport-scores">{rows}</table>{tone}')
