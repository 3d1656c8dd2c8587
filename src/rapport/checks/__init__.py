"""The outreach-message checker: `check(message, recipient, relationship) -> Report`."""

from __future__ import annotations

from dataclasses import replace

from rapport.checks import coach_model
from rapport.checks.context import Context
from rapport.checks.registry import BY_ID, RULES, SEVERITY_ORDER
from rapport.checks.rule import Hit, Rule
from rapport.checks.scores import scores
from rapport.checks.tone import ToneResult, _logit, label_for
from rapport.models import (
    MAX_MESSAGE_CHARS,
    MUST_FIX,
    Finding,
    Message,
    Recipient,
    Relationship,
    Report,
    ToneStrategy,
)

POLITE_CUTOFF = 0.5
"""The lowest score labelled "polite" (see `rapport.checks.tone.LABEL_CUTOFFS`)."""

__all__ = ["CheckInputError", "EmptyMessageError", "MessageTooLongError", "check"]


class CheckInputError(ValueError):
    """The message cannot be checked; the text says why in words a learner understands."""


class EmptyMessageError(CheckInputError):
    pass


class MessageTooLongError(CheckInputError):
    pass


def validate(message: Message) -> None:
    if not message.body.strip():
        raise EmptyMessageError("The message is empty: write or paste a message to check.")
    for name, value in (("message", message.body), ("subject", message.subject or "")):
        if len(value) > MAX_MESSAGE_CHARS:
            raise MessageTooLongError(
                f"The {name} is {len(value):,} characters; the checker reads up to "
                f"{MAX_MESSAGE_CHARS:,}. Outreach messages are far shorter: trim it and check "
                "again."
            )


def check(
    message: Message,
    recipient: Recipient | None = None,
    relationship: Relationship = "stranger",
) -> Report:
    """Run every rule over one message and return its findings, scores and ready verdict."""
    validate(message)
    ctx = Context(message, recipient, relationship)
    fired: dict[str, list[Hit]] = {}
    for rule in RULES:
        if not rule.may_apply(ctx):
            continue
        hits = [h for h in rule.find(ctx) if _in_range(ctx, h)]
        if hits:
            fired[rule.id] = hits
    fired, waived = coach_model.adjust(ctx, fired)
    superseded = {sid for rid in fired for sid in BY_ID[rid].hides(relationship)
                  if (rid, sid) not in waived}
    shown = [(rid, hit) for rid, hits in fired.items() for hit in _unique(hits)
             if rid not in superseded or hit.beside]
    must_fix = {rid for rid, hit in shown
                if not hit.beside and BY_ID[rid].info.severity in MUST_FIX}
    findings = [_finding(BY_ID[rid], hit) for rid, hit in shown
                if (not hit.beside or _shown_beside(hit, must_fix))
                and not (hit.alone and must_fix - {rid})]
    to_fix = {f.rule for f in findings if f.severity in MUST_FIX}
    if to_fix:
        shown_rules = {f.rule for f in findings}
        findings = [f for f in findings
                    if not BY_ID[f.rule].waits or _speaks_now(BY_ID[f.rule], to_fix, shown_rules)]
    findings.sort(key=lambda f: (SEVERITY_ORDER[f.severity], f.field != "subject", f.start))
    tone = consistent_tone(ctx.tone, findings)
    return Report(
        findings=findings,
        scores={**scores(ctx), "tone": round(tone.score, 3)},
        ready=not any(f.severity in MUST_FIX for f in findings),
        tone_label=tone.label,
        tone_strategies=tone.strategies,
    )


def _shown_beside(hit: Hit, must_fix: set[str]) -> bool:
    """A `beside` hit is shown on its own, where nothing must be fixed ("I count on you" in a
    favour that is otherwise well asked), or beside a single must-fix problem it goes with.
    Shown on its own as well as beside one: 32 right and 9 wrong findings more over the coach
    sets 11-285, no set below its bar."""
    return not must_fix or (len(must_fix) == 1 and must_fix <= hit.beside)


def _speaks_now(rule: Rule, to_fix: set[str], shown_rules: set[str]) -> bool:
    """Tidy-up advice waits while something must be fixed, unless the one thing to fix is a
    problem it goes with and nothing shown already covers it."""
    return (len(to_fix) == 1 and to_fix <= rule.waits_not_for
            and not shown_rules & rule.waits_beside)


TONE_CONTRADICTED_BY = {"pressure": "puts pressure on them", "blunt-tone": "gives an order",
                        "transactional": "treats them as a means"}


def consistent_tone(result: ToneResult, findings: list[Finding]) -> ToneResult:
    """The tone label never says "polite" beside a finding that says otherwise: pressure, an
    order or a transactional frame caps the score just under polite, and is listed as the
    reason."""
    against = [f for f in findings if f.rule in TONE_CONTRADICTED_BY and f.field == "body"]
    if not against or result.score < POLITE_CUTOFF:
        return result
    capped = POLITE_CUTOFF - 0.01
    drop = round(_logit(capped) - _logit(result.score), 4)
    extra = [ToneStrategy(strategy=f.rule, label=TONE_CONTRADICTED_BY[f.rule], field="body",
                          start=f.start, end=f.end, direction="lowers", weight=min(drop, -0.01))
             for f in against]
    strategies = sorted([*result.strategies, *extra], key=lambda s: (s.start, s.end, s.strategy))
    return ToneResult(score=capped, label=label_for(capped), strategies=strategies)


def _in_range(ctx: Context, hit: Hit) -> bool:
    length = len(ctx.subject if hit.field == "subject" else ctx.body)
    return 0 <= hit.start <= hit.end <= length


def _unique(hits: list[Hit]) -> list[Hit]:
    """One hit per place: hits that overlap (two cues for the same words) become one hit
    over both, keeping the first one's message and replacement."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.field, h.start, -h.end)):
        last = kept[-1] if kept else None
        if last and last.field == hit.field and hit.start < max(last.end, last.start + 1):
            if hit.end > last.end:
                kept[-1] = replace(last, end=hit.end, replacement=None)
            continue
        kept.append(hit)
    return kept


def _finding(rule: Rule, hit: Hit) -> Finding:
    info = rule.info
    return Finding(
        rule=info.id,
        severity=info.severity,
        field=hit.field,
        start=hit.start,
        end=hit.end,
        message=hit.message or info.message,
        suggestion=info.suggestion,
        lesson=info.lesson,
        replacement=hit.replacement,
    )
