"""The outreach-message checker: `check(message, recipient, relationship) -> Report`."""

from __future__ import annotations

from rapport.checks.context import Context
from rapport.checks.registry import BY_ID, RULES, SEVERITY_ORDER
from rapport.checks.rule import Hit, Rule
from rapport.checks.scores import scores
from rapport.models import (
    MAX_MESSAGE_CHARS,
    Finding,
    Message,
    Recipient,
    Relationship,
    Report,
)

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
        hits = [h for h in rule.find(ctx) if _in_range(ctx, h)]
        if hits:
            fired[rule.id] = hits
    superseded = {sid for rid in fired for sid in BY_ID[rid].supersedes}
    findings = [
        _finding(BY_ID[rid], hit)
        for rid, hits in fired.items()
        if rid not in superseded
        for hit in _unique(hits)
    ]
    findings.sort(key=lambda f: (SEVERITY_ORDER[f.severity], f.field != "subject", f.start))
    tone = ctx.tone
    return Report(
        findings=findings,
        scores=scores(ctx),
        ready=not any(f.severity in ("error", "warning") for f in findings),
        tone_label=tone.label,
        tone_strategies=tone.strategies,
    )


def _in_range(ctx: Context, hit: Hit) -> bool:
    length = len(ctx.subject if hit.field == "subject" else ctx.body)
    return 0 <= hit.start <= hit.end <= length


def _unique(hits: list[Hit]) -> list[Hit]:
    seen: set[tuple[str, int, int]] = set()
    unique = []
    for hit in hits:
        key = (hit.field, hit.start, hit.end)
        if key not in seen:
            seen.add(key)
            unique.append(hit)
    return unique


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
