"""What the practice app shows after a check: one verdict, one card per rule, figures as advice.

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
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Literal
from urllib.parse import urlencode

from rapport import render
from rapport.checks.registry import BY_ID
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
from rapport.models import (
    SEVERITY_ORDER,
    Finding,
    Frozen,
    Message,
    MessageField,
    Report,
    Severity,
    ToneStrategy,
)

__all__ = [
    "COURSE_URL_ENV",
    "DEFAULT_COURSE_URL",
    "SEVERITY_HEADINGS",
    "CourseLink",
    "Feedback",
    "Place",
    "RuleCard",
    "Score",
    "build",
    "card_html",
    "counts_line",
    "course_base",
    "course_links",
    "group_html",
    "legend_html",
    "lesson_title",
    "lesson_url",
    "rule_cards",
    "rule_counts",
    "rule_url",
    "scenario_url",
    "scores",
    "scores_html",
    "verdict",
    "verdict_words",
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

Position = Literal["in range", "below", "above", "not judged"]

POSITION_WORDS: dict[Position, str] = {
    "in range": "in the usual range",
    "below": "below the usual range",
    "above": "above the usual range",
    "not judged": "not judged",
}

FIGURES_HEADING = "Figures to consider"
FIGURES_ADVICE = (
    "Advice, not part of the verdict: the verdict comes from the notes on your text. A figure "
    "outside its usual range is worth a thought, not a reason on its own to hold a message back."
)


class Score(Frozen):
    """One figure next to its usual range: advice shown under the verdict, never a verdict.

    ``note`` says, in a few words, what the figure means for this message and, when it is
    outside the usual range, why that range is the usual one.
    """

    key: str
    label: str
    value: str
    target: str
    position: Position
    note: str

    @property
    def ok(self) -> bool:
        """In the usual range (or too short to judge)."""
        return self.position in ("in range", "not judged")

    @property
    def where(self) -> str:
        return POSITION_WORDS[self.position]


def _words_score(s: Mapping[str, float], channel: str) -> Score:
    words = int(s.get("words", 0))
    low, high = TARGET_WORDS[channel]
    limit = WORD_LIMITS[channel]
    position: Position = "below" if words < low else "above" if words > high else "in range"
    if words < low:
        note = (f"Shorter than most {channel} messages that get replies. Fine if it says all "
                "it needs to; if not, add a line on why you are writing to them in particular.")
    elif words > limit:
        note = f"Past {limit} words most people stop reading: cut what they don't need."
    elif words > high:
        note = ("Longer than most messages that get replies: first messages get skimmed, so "
                "keep what they need to answer.")
    else:
        note = "The length of most messages that get replies."
    return Score(key="words", label="Words", value=str(words),
                 target=f"{low}-{high} for {channel}", position=position, note=note)


def _questions_score(s: Mapping[str, float]) -> Score:
    questions = int(s.get("questions", 0))
    position: Position = ("below" if questions == 0
                          else "above" if questions > MAX_QUESTIONS else "in range")
    if questions == 0:
        note = ("No question mark. A question is the easiest thing to answer; a clear request "
                "works too.")
    elif questions > MAX_QUESTIONS:
        note = ("Many questions ask a lot of a first reply: keep the ones you care about "
                "most.")
    else:
        note = "Few enough to answer in a short reply."
    return Score(key="questions", label="Questions", value=str(questions),
                 target=f"1-{MAX_QUESTIONS}", position=position, note=note)


def _grade_score(s: Mapping[str, float]) -> Score:
    grade = s.get("reading_grade", 0.0)
    words = int(s.get("words", 0))
    if words < MIN_WORDS_FOR_GRADE:
        position: Position = "not judged"
        note = f"Too short to judge (it needs {MIN_WORDS_FOR_GRADE} words or more)."
    elif grade <= MAX_GRADE:
        position, note = "in range", "Easy to read on a phone."
    else:
        position = "above"
        note = ("Long sentences and long words slow a reader on a phone: split a sentence or "
                "use an everyday word.")
    return Score(key="reading_grade", label="Reading grade", value=f"{grade:.1f}",
                 target=f"{MAX_GRADE:g} or below", position=position, note=note)


def _balance_score(s: Mapping[str, float]) -> Score:
    first = int(s.get("first_person", 0))
    second = int(s.get("second_person", 0))
    ok = first < SELF_FOCUS_MIN or first <= SELF_FOCUS_RATIO * second
    note = ("About them as much as about you." if ok else
            "Mostly about you: readers answer messages about their own work. Turn a sentence "
            "towards them.")
    return Score(key="you_i_ratio", label="You / I balance",
                 value=f"you/your {second} · I/me/my {first}",
                 target=f"I/me/my at most {SELF_FOCUS_RATIO}× you/your",
                 position="in range" if ok else "above", note=note)


def _tone_score(s: Mapping[str, float], label: str | None) -> Score:
    tone = s.get("tone", 0.0)
    shown = label or "unknown"
    ok = tone >= TONE_TARGET
    note = ("Reads polite to most people." if ok else
            "Could read as blunt to someone who doesn't know you: a thank-you or an easy way "
            "to say no helps.")
    return Score(key="tone", label="Tone", value=f"{shown} ({tone:.2f})",
                 target="polite or warmer (0.50+)", position="in range" if ok else "below",
                 note=note)


def scores(report: Report, channel: str) -> list[Score]:
    """The report's figures against the course's usual ranges, in the order the app shows them."""
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


# --- Findings: one card per rule --------------------------------------------------------


class Place(Frozen):
    """One place a rule fired: the learner's words there and what the rule said about them."""

    field: MessageField
    start: int
    end: int
    excerpt: str
    message: str
    replacement: str | None = None


class RuleCard(Frozen):
    """Everything the app shows for one rule: what, where (every place), the fix, why, links.

    ``number`` is the card's number on screen; the highlights in the text carry the same one.
    """

    number: int
    rule: str
    severity: Severity
    title: str
    suggestion: str
    why: str
    places: list[Place]
    rule_url: str
    lesson_url: str
    lesson_title: str

    @property
    def message(self) -> str:
        """What the rule says: once when every place says the same, else the first."""
        return self.places[0].message

    @property
    def same_message(self) -> bool:
        return len({p.message for p in self.places}) == 1

    @property
    def anchor(self) -> str:
        return f"rapport-card-{self.number}"

    @property
    def ref(self) -> render.MarkRef:
        return render.MarkRef(number=self.number, title=self.title,
                              severity_words=SEVERITY_WORDS[self.severity],
                              anchor=self.anchor)


SEVERITY_WORDS: dict[Severity, str] = {s: h.lower() for s, h in SEVERITY_HEADINGS.items()}


class StrategyView(Frozen):
    """A tone strategy with the learner's words that show it."""

    label: str
    direction: str
    weight: float
    excerpt: str


class Feedback(Frozen):
    """Everything the feedback panel shows for one checked message."""

    message: Message
    """The exact text that was checked: the app compares it with the draft to spot stale feedback."""
    ready: bool
    verdict: str
    cards: list[RuleCard]
    scores: list[Score]
    tone_label: str | None
    strategies: list[StrategyView]
    text_html: str
    """The checked message, escaped, with numbered highlights that match the cards."""
    tone_html: str
    """The body with the words of the strongest tone strategies marked."""
    counts: dict[Severity, int]
    """Cards (rules) per severity, as the verdict counts them."""

    @property
    def total(self) -> int:
        return len(self.cards)

    @property
    def places(self) -> int:
        return sum(len(c.places) for c in self.cards)

    @property
    def groups(self) -> dict[Severity, list[RuleCard]]:
        """Cards by severity, most severe first; empty severities are left out."""
        out: dict[Severity, list[RuleCard]] = {}
        for card in self.cards:
            out.setdefault(card.severity, []).append(card)
        return out

    def is_stale(self, current: Message) -> bool:
        """Has the learner's text changed since this check?"""
        return (current.body, current.subject or "", current.channel) != (
            self.message.body, self.message.subject or "", self.message.channel)


def _dedent(text: str) -> str:
    return " ".join(text.split())


def _excerpt(message: Message, finding: Finding, limit: int = 80) -> str:
    source = (message.subject or "") if finding.field == "subject" else message.body
    text = " ".join(source[finding.start : finding.end].split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _position(finding: Finding) -> tuple[int, int, int]:
    return (0 if finding.field == "subject" else 1, finding.start, finding.end)


def rule_cards(message: Message, findings: Sequence[Finding], base: str) -> list[RuleCard]:
    """One card per rule, most severe first, then in the order they first appear in the text.

    Cards are numbered 1, 2, 3... in that order; each lists every place its rule fired.
    """
    by_rule: dict[str, list[Finding]] = {}
    for f in sorted(findings, key=_position):
        by_rule.setdefault(f.rule, []).append(f)
    ordered = sorted(
        by_rule.values(),
        key=lambda fs: (min(SEVERITY_ORDER[f.severity] for f in fs), _position(fs[0])),
    )
    cards = []
    for number, fs in enumerate(ordered, 1):
        first = fs[0]
        rule = BY_ID.get(first.rule)
        severity = min((f.severity for f in fs), key=SEVERITY_ORDER.__getitem__)
        places = list(dict.fromkeys(
            Place(field=f.field, start=f.start, end=f.end, excerpt=_excerpt(message, f),
                  message=f.message, replacement=f.replacement)
            for f in fs))
        cards.append(RuleCard(
            number=number,
            rule=first.rule,
            severity=severity,
            title=rule.info.title if rule else first.rule,
            suggestion=first.suggestion,
            why=_dedent(rule.info.why) if rule else "",
            places=places,
            rule_url=rule_url(first.rule, base),
            lesson_url=lesson_url(first.lesson, base),
            lesson_title=lesson_title(first.lesson),
        ))
    return cards


READY = "Ready to send"
NOT_READY = "Not ready yet"


def verdict_words(ready: bool) -> str:
    """The verdict in two or three words, as the export and the CLI print it."""
    return (READY if ready else NOT_READY).lower()


def rule_counts(findings: Sequence[Finding]) -> dict[Severity, int]:
    """How many rules fired at each severity (a rule firing in three places counts once)."""
    counts: dict[Severity, int] = {"error": 0, "warning": 0, "info": 0}
    worst: dict[str, Severity] = {}
    for f in findings:
        if f.rule not in worst or SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[worst[f.rule]]:
            worst[f.rule] = f.severity
    for severity in worst.values():
        counts[severity] += 1
    return counts


def counts_line(counts: Mapping[Severity, int]) -> str:
    """"Fix before sending 1 · Worth fixing 2 · Worth a look 0": the screen's own headings."""
    return " · ".join(f"{SEVERITY_HEADINGS[s]} {counts.get(s, 0)}" for s in SEVERITY_HEADINGS)


def verdict(report: Report) -> str:
    """The one verdict: ready or not, and how many rules to look at (by the screen's headings)."""
    counts = rule_counts(report.findings)
    if report.ready and not counts["info"]:
        return f"{READY}: nothing to fix."
    if report.ready:
        n = counts["info"]
        return f"{READY}. {n} small thing{'s' * (n != 1)} worth a look below."
    parts = []
    if counts["error"]:
        parts.append(f"{counts['error']} to fix before sending")
    if counts["warning"]:
        parts.append(f"{counts['warning']} worth fixing")
    return f"{NOT_READY}: " + " and ".join(parts) + "."


def _strategy_view(strategy: ToneStrategy, message: Message) -> StrategyView:
    source = (message.subject or "") if strategy.field == "subject" else message.body
    return StrategyView(label=strategy.label, direction=strategy.direction,
                        weight=strategy.weight,
                        excerpt=" ".join(source[strategy.start : strategy.end].split())[:60])


def build(message: Message, report: Report, base: str | None = None) -> Feedback:
    """Everything the feedback panel shows for one checked message."""
    base = base or course_base()
    cards = rule_cards(message, report.findings, base)
    refs = {card.rule: card.ref for card in cards}
    strategies = top_strategies(report)
    return Feedback(
        message=message,
        ready=report.ready,
        verdict=verdict(report),
        cards=cards,
        scores=scores(report, message.channel),
        tone_label=report.tone_label,
        strategies=[_strategy_view(s, message) for s in strategies],
        text_html=render.message_html(message, report.findings, refs=refs),
        tone_html=render.tone_html(message.body, strategies),
        counts=rule_counts(report.findings),
    )


# --- HTML for the app (escaped: findings quote the learner's words) ----------------------

PANEL_CSS = """
.rapport-legend { font-size: 0.9rem; margin: 0 0 0.4rem 0; }
.rapport-legend mark { margin-right: 0.6rem; }
.rapport-group h4 { margin: 0.6rem 0 0.4rem 0; }
.rapport-finding { border-left: 4px solid #00695c; padding: 0.4rem 0.8rem; margin: 0 0 0.7rem 0;
  background: rgba(0, 148, 133, 0.05); border-radius: 0 0.4rem 0.4rem 0; scroll-margin-top: 4rem;
  overflow-wrap: anywhere; }
.rapport-finding:target { outline: 3px solid #1f2933; outline-offset: 2px; }
.rapport-finding.rapport-error { border-left-color: #c62828; background: rgba(211, 47, 47, 0.06); }
.rapport-finding.rapport-warning { border-left-color: #d84315;
  background: rgba(255, 112, 67, 0.07); }
.rapport-finding p { margin: 0.2rem 0; }
.rapport-finding .rapport-title { font-weight: 600; }
.rapport-finding .rapport-num { display: inline-block; min-width: 1.6rem; padding: 0 0.3rem;
  margin-right: 0.3rem; border-radius: 0.8rem; text-align: center; font-weight: 700;
  background: #1f2933; color: #ffffff; }
.rapport-finding .rapport-rule { font-family: monospace; font-size: 0.8rem; color: #3e4c59; }
.rapport-finding .rapport-places { margin: 0.2rem 0; padding-left: 1.2rem; }
.rapport-finding .rapport-quote { font-style: italic; }
.rapport-finding details summary { cursor: pointer; }
.rapport-finding a, .rapport-figures a { color: #bf360c; }
.rapport-figures h4 { margin: 0.6rem 0 0.2rem 0; }
.rapport-figures .rapport-advice { font-size: 0.88rem; color: #3e4c59; margin: 0 0 0.4rem 0; }
.rapport-scores { list-style: none; padding: 0; margin: 0; font-size: 0.92rem; }
.rapport-scores li { padding: 0.35rem 0.6rem; margin: 0 0 0.35rem 0;
  border-left: 4px solid rgba(128, 128, 128, 0.35); overflow-wrap: anywhere; }
.rapport-scores li.rapport-outside { border-left-color: #52606d; background: rgba(82, 96, 109, 0.07); }
.rapport-scores .rapport-score-label { font-weight: 600; }
.rapport-scores .rapport-score-where { font-style: italic; }
.rapport-scores p { margin: 0.1rem 0 0 0; }
.rapport-scores small { color: #3e4c59; font-size: 0.85rem; }
.rapport-strategies { margin: 0.5rem 0 0 0; padding-left: 1.1rem; font-size: 0.9rem; }
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _link(url: str, text: str) -> str:
    return f'<a href="{_e(url)}" target="_blank" rel="noopener noreferrer">{_e(text)}</a>'


def _place_html(card: RuleCard, place: Place) -> str:
    where = "subject line" if place.field == "subject" else "text"
    said = "" if card.same_message else f" {_e(place.message)}"
    if not place.excerpt:
        return f"<li>In your {where}, at this point.{said}</li>"
    swap = (f" Or simply swap it for “{_e(place.replacement)}”."
            if place.replacement is not None else "")
    return (f'<li>In your {where}: <span class="rapport-quote">“{_e(place.excerpt)}”</span>'
            f"{said}{swap}</li>")


def card_html(card: RuleCard) -> str:
    """One card: number, title, what the rule says, every place it fired, the fix, why, links."""
    title_id = f"{card.anchor}-title"
    message = f"<p>{_e(card.message)}</p>" if card.same_message else ""
    places = "".join(_place_html(card, p) for p in card.places)
    count = len(card.places)
    where = f"{count} places" if count > 1 else "1 place"
    why = (f"<details><summary>Why it matters</summary><p>{_e(card.why)}</p></details>"
           if card.why else "")
    return (
        f'<section class="rapport-finding rapport-{card.severity}" id="{card.anchor}" '
        f'data-rule="{_e(card.rule)}" aria-labelledby="{title_id}">'
        f'<p id="{title_id}"><span class="rapport-num">{card.number}</span>'
        f'<span class="rapport-title">{_e(card.title)}</span> '
        f'<span class="rapport-rule">{_e(card.rule)} · {_e(SEVERITY_WORDS[card.severity])}'
        f" · {where}</span></p>"
        f'{message}<ul class="rapport-places">{places}</ul>'
        f"<p><strong>Try:</strong> {_e(card.suggestion)}</p>{why}"
        f"<p>Learn more: {_link(card.rule_url, 'the rule')} · "
        f"{_link(card.lesson_url, card.lesson_title)}</p></section>"
    )


def group_html(severity: Severity, cards: Sequence[RuleCard]) -> str:
    inner = "".join(card_html(c) for c in cards)
    return (
        f"<style>{PANEL_CSS}</style>"
        f'<div class="rapport-group"><h4>{_e(SEVERITY_HEADINGS[severity])} ({len(cards)})</h4>'
        f"{inner}</div>"
    )


def legend_html(fb: Feedback) -> str:
    present = [s for s in SEVERITY_HEADINGS if fb.counts.get(s)]
    if not present:
        return f"<style>{PANEL_CSS}</style>"
    marks = "".join(
        f'<mark class="rapport-mark rapport-{s}">{_e(SEVERITY_HEADINGS[s])}</mark>'
        for s in present
    )
    return (f"<style>{PANEL_CSS}</style><p class=\"rapport-legend\">Highlights: {marks}<br>"
            "Each number in your text matches a note below: tap it, or reach it with Tab, "
            "to jump to that note.</p>")


def _score_html(score: Score) -> str:
    outside = "" if score.ok else " rapport-outside"
    return (
        f'<li class="rapport-score{outside}" data-score="{_e(score.key)}">'
        f'<span class="rapport-score-label">{_e(score.label)}:</span> {_e(score.value)} '
        f'<small>(usual range {_e(score.target)}; '
        f'<span class="rapport-score-where">{_e(score.where)}</span>)</small>'
        f"<p>{_e(score.note)}</p></li>"
    )


def scores_html(fb: Feedback) -> str:
    """The figures as advice: neutral colours, the usual range, and why it matters."""
    items = "".join(_score_html(s) for s in fb.scores)
    strategies = "".join(
        f"<li>{'+' if v.direction == 'raises' else '−'} {_e(v.label)}"
        + (f" (“{_e(v.excerpt)}”)" if v.excerpt else "") + "</li>"
        for v in fb.strategies
    )
    tone = (f"<p><strong>What shapes the tone</strong></p>"
            f'<ul class="rapport-strategies">{strategies}</ul>') if strategies else ""
    return (f"<style>{PANEL_CSS}</style>"
            f'<section class="rapport-figures" aria-labelledby="rapport-figures-title">'
            f'<h4 id="rapport-figures-title">{_e(FIGURES_HEADING)}</h4>'
            f'<p class="rapport-advice">{_e(FIGURES_ADVICE)}</p>'
            f'<ul class="rapport-scores">{items}</ul>{tone}</section>')
