"""Learner text and findings -> escaped HTML, for the practice app (pure, no Streamlit).

Everything a learner typed is treated as text: each slice goes through :func:`html.escape`
and nothing here ever passes through Markdown, so ``**bold**``, ``<script>`` or
``[a](javascript:...)`` show exactly as typed. Findings are located by their character
offsets into the exact string the checker saw. Overlapping or nested findings are split
into non-overlapping segments: each segment is one ``<mark>`` that lists every rule
covering it and takes the colour of the most severe of them.

The cards (persona, role card, role-play pair) are built here too, for the same reason:
persona names and exercise text are data, so they are escaped like learner text.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapport.models import (
    SEVERITY_ORDER,
    Finding,
    Message,
    MessageField,
    Persona,
    RoleCard,
    Severity,
    ToneStrategy,
)

__all__ = [
    "CSS",
    "MarkRef",
    "Segment",
    "asker_card_html",
    "highlight",
    "message_html",
    "notes_html",
    "pair_document",
    "pair_html",
    "persona_card_html",
    "prose_html",
    "role_card_html",
    "segments",
    "table_html",
    "text_html",
    "tone_html",
]


CSS = """
.rapport-text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.6;
  padding: 0.75rem 1rem; border: 1px solid rgba(0, 148, 133, 0.35); border-radius: 0.5rem;
  background: rgba(0, 148, 133, 0.04); font-family: inherit; margin: 0; }
.rapport-prose p { margin: 0 0 0.6rem 0; }
.rapport-subject { font-weight: 600; margin-bottom: 0.25rem; }
.rapport-subject .rapport-label { font-weight: 400; opacity: 0.7; }
mark.rapport-mark { border-radius: 0; padding: 0; color: inherit; }
mark.rapport-error { background: rgba(211, 47, 47, 0.22); border-bottom: 2px solid #d32f2f; }
mark.rapport-warning { background: rgba(255, 112, 67, 0.25); border-bottom: 2px solid #ff7043; }
mark.rapport-info { background: rgba(0, 148, 133, 0.18); border-bottom: 2px dotted #009485; }
mark.rapport-tone-raises { background: rgba(46, 125, 50, 0.18); border-bottom: 2px solid #2e7d32; }
mark.rapport-tone-lowers { background: rgba(255, 112, 67, 0.25); border-bottom: 2px solid #e64a19; }
mark.rapport-empty { padding: 0 0.1rem; border-left: 2px solid currentColor; }
a.rapport-ref { display: inline-block; min-width: 1.5em; margin: 0 0.15em; padding: 0 0.3em;
  border-radius: 0.75em; background: #1f2933; color: #ffffff; font-size: 0.8em;
  font-weight: 700; line-height: 1.5; text-align: center; text-decoration: none;
  vertical-align: 0.15em; white-space: nowrap; }
a.rapport-ref:hover { background: #00695c; }
a.rapport-ref:focus-visible { outline: 3px solid #bf360c; outline-offset: 2px; }
.rapport-cards { display: flex; flex-wrap: wrap; gap: 1rem; }
.rapport-card { flex: 1 1 18rem; border: 1px solid rgba(0, 148, 133, 0.5); border-radius: 0.6rem;
  padding: 0.9rem 1.1rem; background: rgba(0, 148, 133, 0.03); break-inside: avoid;
  page-break-inside: avoid; }
.rapport-card h3 { margin: 0 0 0.2rem 0; font-size: 1.15rem; }
.rapport-card .rapport-kicker { text-transform: uppercase; letter-spacing: 0.06em;
  font-size: 0.75rem; color: #00796b; margin: 0; }
.rapport-card .rapport-sub { margin: 0 0 0.5rem 0; opacity: 0.85; }
.rapport-card dl { margin: 0; display: grid; grid-template-columns: max-content 1fr;
  gap: 0.2rem 0.75rem; }
.rapport-card dt { font-weight: 600; }
.rapport-card dd { margin: 0; }
.rapport-notes { list-style: none; padding: 0; margin: 0; }
.rapport-notes li { margin: 0 0 0.5rem 0; padding: 0.4rem 0.7rem; border-radius: 0.4rem;
  border-left: 4px solid #009485; background: rgba(0, 148, 133, 0.06); }
.rapport-notes li.rapport-caution { border-left-color: #ff7043; background: rgba(255, 112, 67, 0.08); }
.rapport-notes li.rapport-stop { border-left-color: #d32f2f; background: rgba(211, 47, 47, 0.08); }
.rapport-notes li.rapport-plain { border-left-color: #52606d; background: rgba(82, 96, 109, 0.06); }
.rapport-notes .rapport-note-label { font-weight: 600; }
@media print {
  .rapport-card { border: 1px solid #000; background: none; color: #000; }
  .rapport-cards { display: block; }
  .rapport-card + .rapport-card { margin-top: 1rem; }
}
"""


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of text covered by the same findings (none for plain text)."""

    start: int
    end: int
    findings: tuple[Finding, ...] = ()

    @property
    def severity(self) -> Severity | None:
        if not self.findings:
            return None
        return min((f.severity for f in self.findings), key=SEVERITY_ORDER.__getitem__)


def _clamp(value: int, length: int) -> int:
    return max(0, min(value, length))


def segments(text: str, findings: Iterable[Finding], field: MessageField = "body") -> list[Segment]:
    """Split `text` at every finding boundary; zero-width findings become empty segments.

    The segments cover the text exactly once, in order. A finding whose offsets run past
    the end of the text is clipped to it rather than dropped.
    """
    length = len(text)
    spans: list[tuple[int, int, Finding]] = []
    for f in findings:
        if f.field != field:
            continue
        start, end = _clamp(f.start, length), _clamp(f.end, length)
        spans.append((min(start, end), max(start, end), f))
    cuts = sorted({0, length, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    points: list[Segment] = []
    for start, end, f in spans:
        if start == end:
            points.append(Segment(start, start, (f,)))
    out: list[Segment] = []
    for a, b in itertools.pairwise(cuts):
        out.extend(_points_at(points, a))
        covering = tuple(f for s, e, f in spans if s < e and s <= a and e >= b)
        out.append(Segment(a, b, covering))
    out.extend(_points_at(points, length))
    return _merge_plain(out) if out else [Segment(0, 0)]


def _points_at(points: Sequence[Segment], offset: int) -> list[Segment]:
    found = [p for p in points if p.start == offset]
    if not found:
        return []
    return [Segment(offset, offset, tuple(f for p in found for f in p.findings))]


def _merge_plain(parts: list[Segment]) -> list[Segment]:
    """Join neighbouring segments that have exactly the same findings."""
    merged: list[Segment] = []
    for part in parts:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.findings == part.findings
            and prev.start != prev.end
            and part.start != part.end
        ):
            merged[-1] = Segment(prev.start, part.end, prev.findings)
        else:
            merged.append(part)
    return merged


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


@dataclass(frozen=True, slots=True)
class MarkRef:
    """How a rule's highlights point at its card: the card's number, title and anchor."""

    number: int
    title: str
    severity_words: str
    anchor: str


def _mark(segment: Segment, text: str, refs: Mapping[str, MarkRef]) -> str:
    severity = segment.severity
    rules = list(dict.fromkeys(f.rule for f in segment.findings))
    title = "\n".join(f"{f.rule}: {f.message}" for f in segment.findings)
    classes = f"rapport-mark rapport-{severity}"
    inner = html.escape(text[segment.start : segment.end], quote=False)
    if segment.start == segment.end:
        classes += " rapport-empty"
    described = " ".join(f"{refs[r].anchor}-title" for r in rules if r in refs)
    numbers = " ".join(str(refs[r].number) for r in rules if r in refs)
    extra = (f' data-cards="{numbers}" aria-describedby="{_attr(described)}"'
             if described else "")
    return (
        f'<mark class="{classes}" data-rule="{_attr(rules[0])}" '
        f'data-rules="{_attr(" ".join(rules))}" data-severity="{severity}" '
        f'title="{_attr(title)}"{extra}>{inner}</mark>'
    )


def _ref(ref: MarkRef) -> str:
    """The number after a highlight: a link to its card, for the keyboard, a tap and a reader."""
    label = f"Note {ref.number}: {ref.title} ({ref.severity_words})"
    return (f'<a class="rapport-ref" href="#{_attr(ref.anchor)}" '
            f'aria-label="{_attr(label)}" title="{_attr(label)}">{ref.number}</a>')


def _refs_ending_at(
    segment: Segment, ends: Mapping[int, list[Finding]], refs: Mapping[str, MarkRef],
    shown: set[tuple[int, int]],
) -> str:
    """Numbers for the findings that end where this segment ends (each number once there)."""
    out = []
    for f in ends.get(segment.end, ()):
        ref = refs.get(f.rule)
        if ref is None or (segment.end, ref.number) in shown:
            continue
        if f not in segment.findings:
            continue
        shown.add((segment.end, ref.number))
        out.append(ref)
    return "".join(_ref(r) for r in sorted(out, key=lambda r: r.number))


def highlight(
    text: str,
    findings: Iterable[Finding],
    field: MessageField = "body",
    refs: Mapping[str, MarkRef] | None = None,
) -> str:
    """The escaped text with a <mark> for every finding on `field` (inline HTML, no wrapper).

    With `refs` (rule id -> its card), each finding's highlight ends with its card's number,
    a link to the card that the keyboard and a tap reach and that a screen reader announces.
    """
    findings = [f for f in findings if f.field == field]
    refs = refs or {}
    length = len(text)
    ends: dict[int, list[Finding]] = {}
    for f in findings:
        ends.setdefault(_clamp(max(f.start, f.end), length), []).append(f)
    shown: set[tuple[int, int]] = set()
    parts: list[str] = []
    for segment in segments(text, findings, field):
        if segment.findings:
            parts.append(_mark(segment, text, refs))
            parts.append(_refs_ending_at(segment, ends, refs, shown))
        else:
            parts.append(html.escape(text[segment.start : segment.end], quote=False))
    return "".join(parts)


def tone_html(text: str, strategies: Iterable[ToneStrategy]) -> str:
    """The escaped body with the words of each tone strategy marked: green raises, orange lowers.

    Strategies are shown through the same segment splitting as findings, so overlapping cues
    never break the escaping.
    """
    as_findings = [
        Finding(rule=s.label, severity="info" if s.direction == "raises" else "warning",
                field=s.field, start=s.start, end=s.end, message=s.label,
                suggestion="", lesson="")
        for s in strategies
        if s.field == "body"
    ]
    parts: list[str] = []
    for segment in segments(text, as_findings):
        inner = html.escape(text[segment.start : segment.end], quote=False)
        if not segment.findings:
            parts.append(inner)
            continue
        lowers = any(f.severity == "warning" for f in segment.findings)
        labels = "; ".join(dict.fromkeys(f.rule for f in segment.findings))
        parts.append(f'<mark class="rapport-mark rapport-tone-{"lowers" if lowers else "raises"}" '
                     f'title="{_attr(labels)}">{inner}</mark>')
    return f'<div class="rapport-text">{"".join(parts)}</div>'


def text_html(
    text: str,
    findings: Iterable[Finding] = (),
    field: MessageField = "body",
    css_class: str = "rapport-text",
    refs: Mapping[str, MarkRef] | None = None,
) -> str:
    """A block showing `text` as typed (newlines kept with white-space: pre-wrap)."""
    body = highlight(text, findings, field, refs)
    return (
        f'<div class="{css_class}" dir="auto" style="white-space: pre-wrap">{body}</div>'
    )


def prose_html(text: str) -> str:
    """Authored text (a scenario, a hint): paragraphs at blank lines, lines joined, escaped."""
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n")]
    inner = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs if p)
    return f'<div class="rapport-prose" dir="auto">{inner}</div>'


def message_html(
    message: Message,
    findings: Sequence[Finding] = (),
    *,
    style: bool = True,
    refs: Mapping[str, MarkRef] | None = None,
) -> str:
    """A whole message: the subject line (email) above the body, both highlighted."""
    parts = [f"<style>{CSS}</style>"] if style else []
    if message.subject is not None or any(f.field == "subject" for f in findings):
        subject = highlight(message.subject or "", findings, "subject", refs)
        parts.append(
            '<div class="rapport-subject" dir="auto">'
            f'<span class="rapport-label">Subject: </span>{subject}</div>'
        )
    parts.append(text_html(message.body, findings, "body", refs=refs))
    return "".join(parts)


# --- Cards -----------------------------------------------------------------------------


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _rows(rows: Iterable[tuple[str, str]]) -> str:
    return "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in rows if v)


def _card(kicker: str, name: str, sub: str, rows: Iterable[tuple[str, str]]) -> str:
    return (
        '<section class="rapport-card">'
        f'<p class="rapport-kicker">{_e(kicker)}</p>'
        f"<h3>{_e(name)}</h3>"
        f'<p class="rapport-sub">{_e(sub)}</p>'
        f"<dl>{_rows(rows)}</dl></section>"
    )


def _work_lines(persona: Persona) -> str:
    return " · ".join(w.described() for w in persona.work)


def persona_card_html(
    persona: Persona, kicker: str = "You are writing to", part: str = ""
) -> str:
    """A card for the person the learner writes to (or advises, in a role-play)."""
    rows = [
        ("Your part", part),
        ("Pronouns", persona.pronouns),
        ("Based in", f"{persona.city}, {persona.country}"),
        ("Industry", persona.industry),
        ("Recent work", _work_lines(persona)),
        ("Interested in", ", ".join(persona.topics)),
        ("Prefers", persona.preferred_channel),
        ("Right now", persona.situation),
    ]
    return _card(kicker, persona.full_name, f"{persona.role} at {persona.company}", rows)


def role_card_html(card: RoleCard, kicker: str = "You are") -> str:
    """The learner's own role card."""
    rows = [("Curious about", card.curious_about), ("Your situation", card.situation)]
    return _card(kicker, card.name, card.role, rows)


ASKER_PART = ("Write a first message to {name} about {topic}: one specific question, "
              "on the channel they prefer ({channel}).")
ADVISER_PART = ("Answer in character, as generously as the message deserves and no more. "
                "Silence is an allowed answer.")


def asker_card_html(persona: Persona, curious_about: str, adviser: Persona | None = None) -> str:
    part = ASKER_PART.format(name=adviser.full_name if adviser else "the adviser",
                             topic=curious_about,
                             channel=adviser.preferred_channel if adviser else "any")
    rows = [
        ("Your part", part),
        ("Pronouns", persona.pronouns),
        ("Based in", f"{persona.city}, {persona.country}"),
        ("Works at", persona.company),
        ("Curious about", curious_about),
        ("Your situation", persona.situation),
        ("Prefers", persona.preferred_channel),
    ]
    return _card("The one asking", persona.full_name, persona.role, rows)


def pair_html(code: str, asker: Persona, adviser: Persona) -> str:
    """Two printable role-play cards for one scenario code."""
    curious = asker.work[0].topic if asker.work else ", ".join(asker.topics[:1])
    return (
        f"<style>{CSS}</style>"
        f'<p class="rapport-code">Scenario code <strong>{_e(code)}</strong></p>'
        '<div class="rapport-cards">'
        f"{asker_card_html(asker, curious, adviser)}"
        f"{persona_card_html(adviser, 'The one advising', ADVISER_PART)}"
        "</div>"
    )


PRINT_PAGE_CSS = """
@media print {
  [data-testid="stSidebar"], [data-testid="stHeader"], [data-testid="stToolbar"],
  [data-testid="stDecoration"], [data-testid="stBaseButton-secondary"],
  .rapport-no-print, [data-testid="stTextInput"], [data-testid="stDownloadButton"],
  [data-testid="stButton"] { display: none !important; }
}
"""
"""Hides the app's own controls when the role-play page is printed."""


def pair_document(code: str, asker: Persona, adviser: Persona) -> str:
    """A standalone, printable HTML page with the two role-play cards (no scripts, no fonts)."""
    return (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>Role-play cards {_e(code)}</title>"
        "<style>body { font-family: system-ui, sans-serif; margin: 2rem; color: #111; }"
        "</style></head><body>"
        f"<h1>Role-play cards: scenario {_e(code)}</h1>"
        f"{pair_html(code, asker, adviser)}</body></html>"
    )


NOTE_SYMBOLS = {"good": "✓", "caution": "!", "stop": "✕", "plain": ""}


def notes_html(notes: Iterable[tuple[str, str, str]]) -> str:
    """A list of (level, label, text) notes, each escaped.

    Level is good, caution or stop (a judgement, with a ✓, ! or ✕) or plain (a hint or a
    step: no symbol, since nothing has been judged or done).
    """
    items = "".join(
        f'<li class="rapport-{_e(level)}"><span class="rapport-note-label">'
        f"{_e((NOTE_SYMBOLS.get(level, '•') + ' ').lstrip())}{_e(label)}</span> {_e(text)}</li>"
        for level, label, text in notes
    )
    return f'<style>{CSS}</style><ul class="rapport-notes">{items}</ul>'


TABLE_CSS = """
.rapport-table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
.rapport-table caption { text-align: left; font-weight: 600; padding: 0 0 0.3rem 0; }
.rapport-table th, .rapport-table td { text-align: left; padding: 0.3rem 0.5rem;
  border-bottom: 1px solid rgba(128, 128, 128, 0.3); vertical-align: top;
  overflow-wrap: anywhere; }
@media (max-width: 640px) {
  .rapport-table thead { position: absolute; left: -10000px; width: 1px; height: 1px;
    overflow: hidden; }
  .rapport-table, .rapport-table tbody, .rapport-table tr, .rapport-table td {
    display: block; width: 100%; box-sizing: border-box; }
  .rapport-table tr { border: 1px solid rgba(128, 128, 128, 0.35); border-radius: 0.4rem;
    margin: 0 0 0.6rem 0; padding: 0.3rem 0; }
  .rapport-table td { border: 0; padding: 0.1rem 0.6rem; }
  .rapport-table td::before { content: attr(data-label) ": "; font-weight: 600; }
}
"""


def table_html(rows: Sequence[Mapping[str, object]], caption: str = "") -> str:
    """Plain rows as an escaped table that turns into one card per row on a narrow screen.

    A phone never scrolls it sideways: below 640 px each row stacks its cells, each labelled
    with its column.
    """
    if not rows:
        return ""
    columns = list(rows[0])
    head = "".join(f'<th scope="col">{_e(c)}</th>' for c in columns)
    body = "".join(
        "<tr>" + "".join(f'<td data-label="{_e(c)}">{_e(row.get(c, ""))}</td>'
                         for c in columns) + "</tr>"
        for row in rows
    )
    cap = f"<caption>{_e(caption)}</caption>" if caption else ""
    return (f'<style>{TABLE_CSS}</style><table class="rapport-table">{cap}'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
