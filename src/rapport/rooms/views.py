"""What the room pages show, as data and escaped HTML (pure; the pages only place it).

Learner text only ever reaches the page through :mod:`rapport.render` / :mod:`rapport.feedback`
(escaped, with <mark> spans); the links and the QR code are built from the app's base URL
(``RAPPORT_APP_URL``, which ``rapport serve --host 0.0.0.0`` sets to the LAN address).
"""

from __future__ import annotations

import html
import ipaddress
from collections.abc import Callable, Mapping, Sequence
from urllib.parse import urlencode, urlsplit

import segno

from rapport import feedback
from rapport.rooms.models import RoomSummary, RuleCount

JOIN_PAGE = "join"
WORKSHOP_PAGE = "workshop"

CSS = """
.room-code { font-size: clamp(4rem, 16vw, 11rem); font-weight: 800; letter-spacing: .15em;
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; line-height: 1.05;
  color: #1f2933; margin: 0; }
.room-join-url { font-size: clamp(1.2rem, 3vw, 2.2rem); font-family: ui-monospace, monospace;
  overflow-wrap: anywhere; color: #1f2933; }
.room-qr img { width: min(100%, 420px); height: auto; background: #fff; }
.room-bars { display: grid; grid-template-columns: minmax(8rem, 16rem) 1fr 3rem; gap: .35rem .6rem;
  align-items: center; margin: .5rem 0 1rem; }
.room-bars .bar { height: 1.1rem; background: #00796b; border-radius: 3px; }
.room-bars .bar.error { background: #b3261e; }
.room-bars .bar.warning { background: #a15c00; }
.room-bars .n { font-variant-numeric: tabular-nums; text-align: right; }
.room-bars a { color: #1f2933; }
.room-presenter .rapport-text { font-size: clamp(1.3rem, 2.4vw, 2rem); line-height: 1.5; }
.room-presenter h2 { font-size: 2rem; margin: 0 0 .5rem; }
"""


def app_base(environ: Mapping[str, str] | None = None) -> str:
    """The app's base URL, ending in "/" (the same setting the share links use)."""
    return feedback.scenario_url("x", "x", environ).split("?", 1)[0]


def join_url(code: str, token: str | None = None,
             environ: Mapping[str, str] | None = None) -> str:
    query = {"room": code} if token is None else {"room": code, "learner": token}
    return f"{app_base(environ)}{JOIN_PAGE}?{urlencode(query)}"


def only_this_machine(url: str) -> bool:
    """Would other devices fail to open this URL (localhost, 127.x, 0.0.0.0)?"""
    host = urlsplit(url).hostname or ""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return ip.is_loopback or ip.is_unspecified


def qr_svg(url: str) -> str:
    """The URL as an inline SVG QR code (segno, drawn here: nothing is fetched)."""
    code = segno.make(url, error="m")
    return code.svg_inline(scale=10, border=2, dark="#000000", light="#ffffff",
                           title=f"QR code for {url}")


def projector_html(code: str, url: str) -> str:
    return (f"<style>{CSS}</style><div class='room-projector'>"
            f"<p>Open this address, or scan the code:</p>"
            f"<p class='room-join-url'>{html.escape(url)}</p>"
            f"<p>Room code</p><p class='room-code' aria-label='Room code "
            f"{' '.join(html.escape(code))}'>{html.escape(code)}</p></div>")


def qr_html(url: str) -> str:
    """The QR code as an <img> of the SVG (st.html strips inline <svg>; a data: URI stays)."""
    data = segno.make(url, error="m").svg_data_uri(scale=10, border=2, dark="#000000",
                                                   light="#ffffff")
    alt = html.escape(f"QR code for {url}")
    return (f"<style>{CSS}</style><div class='room-qr'><img src='{html.escape(data)}' "
            f"alt='{alt}'></div>")


def findings_chart_html(rules: Sequence[RuleCount], total: int,
                        title: Callable[[str], str], rule_url: Callable[[str], str]) -> str:
    """Rule × how many latest messages still have it: bars with the number written out
    (meaning never only in colour or length) and a link to each rule's page."""
    if not rules:
        return "<p>No findings on the latest attempts.</p>"
    widest = max(r.learners for r in rules)
    rows = []
    for r in rules:
        width = 100 * r.learners / widest
        label = (f"<a href='{html.escape(rule_url(r.rule))}' target='_blank' rel='noopener'>"
                 f"{html.escape(title(r.rule))}</a>")
        rows.append(
            f"<div>{label} <small>({html.escape(r.severity)})</small></div>"
            f"<div class='bar {html.escape(r.severity)}' style='width:{width:.0f}%' "
            f"role='img' aria-label='{r.learners} of {total}'></div>"
            f"<div class='n'>{r.learners}</div>")
    return (f"<style>{CSS}</style><div class='room-bars' role='list' "
            f"aria-label='Findings on the latest attempts'>{''.join(rows)}</div>")


def progress_line(summary: RoomSummary) -> str | None:
    if summary.first_findings_mean is None:
        return None
    return (f"Findings per message: {summary.first_findings_mean:.1f} on first attempts → "
            f"{summary.latest_findings_mean:.1f} on latest. Ready to send: "
            f"{summary.first_ready_share:.0%} → {summary.latest_ready_share:.0%}.")


def progress_rows(summary: RoomSummary,
                  exercise_title: Callable[[str], str]) -> list[dict[str, object]]:
    return [{"learner": p.learner, "exercise": exercise_title(p.exercise_id),
             "attempts": p.attempts,
             "findings": f"{p.first_findings} → {p.latest_findings}",
             "ready": f"{'yes' if p.first_ready else 'no'} → {'yes' if p.latest_ready else 'no'}"}
            for p in summary.progress]
