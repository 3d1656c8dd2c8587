"""The rule registry: the one list the checker, the CLI, the app and the course read."""

from __future__ import annotations

from rapport.checks.rule import Rule
from rapport.checks.rules import ask, form, greeting, relationship, respect, tone
from rapport.models import SEVERITY_ORDER, RuleInfo

__all__ = ["BY_ID", "RULES", "SEVERITY_ORDER", "get", "rule_infos"]

RULES: tuple[Rule, ...] = (
    greeting.naked_greeting,
    greeting.placeholder,
    greeting.wrong_name,
    ask.vague_ask,
    ask.big_ask,
    relationship.no_context,
    relationship.no_specific_interest,
    relationship.transactional,
    relationship.fake_familiarity,
    respect.pressure,
    respect.excess_flattery,
    form.too_long,
    form.subject_line,
    form.too_many_questions,
    form.reading_level,
    form.self_focus,
    ask.no_ask,
    ask.no_easy_out,
    form.no_signoff,
    form.too_short,
    tone.blunt_tone,
)

BY_ID: dict[str, Rule] = {r.id: r for r in RULES}


def rule_infos() -> list[RuleInfo]:
    return [r.info for r in RULES]


def get(rule_id: str) -> Rule:
    try:
        return BY_ID[rule_id]
    except KeyError:
        known = ", ".join(sorted(BY_ID))
        raise KeyError(f"unknown rule {rule_id!r}; known rules: {known}") from None
