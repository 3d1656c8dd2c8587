"""How far the checker agrees with a coach on a labelled set of messages.

A coach set is a YAML list of messages, each with `ready` (would the coach send it as is?)
and `expect` (the problems the coach names, as rule ids). The headline figure is how often
the checker's ready verdict matches the coach's; then tag precision, recall and F1 over every
(message, rule) pair, and the same per rule.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from rapport.checks import check
from rapport.models import MUST_FIX, Message, Recipient


@dataclass(frozen=True)
class Outcome:
    """The checker's answer for one labelled message, next to the coach's."""

    id: str
    coach_ready: bool
    ready: bool
    expected: frozenset[str]
    fired: frozenset[str]


@dataclass
class RuleCounts:
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0

    @property
    def instances(self) -> int:
        return self.true_pos + self.false_neg

    @property
    def precision(self) -> float | None:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else None

    @property
    def recall(self) -> float | None:
        return self.true_pos / self.instances if self.instances else None


@dataclass
class Agreement:
    outcomes: list[Outcome]
    per_rule: dict[str, RuleCounts] = field(default_factory=dict)

    @property
    def ready_agreement(self) -> float:
        return sum(o.ready == o.coach_ready for o in self.outcomes) / len(self.outcomes)

    @property
    def totals(self) -> RuleCounts:
        total = RuleCounts()
        for counts in self.per_rule.values():
            total.true_pos += counts.true_pos
            total.false_pos += counts.false_pos
            total.false_neg += counts.false_neg
        return total

    @property
    def f1(self) -> float:
        p, r = self.totals.precision or 0.0, self.totals.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def passed_as_ready(self) -> list[Outcome]:
        """Messages the coach would not send that the checker calls ready."""
        return [o for o in self.outcomes if o.ready and not o.coach_ready]

    @property
    def held_back(self) -> list[Outcome]:
        """Messages the coach would send that the checker holds back."""
        return [o for o in self.outcomes if o.coach_ready and not o.ready]


# libyaml's safe loader when PyYAML was built with it (the wheels are): the same data as
# `yaml.safe_load`, read about ten times faster, which counts over a thousand coach sets.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_set(path: Path) -> list[dict[str, Any]]:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)


def coach_ready(item: dict[str, Any]) -> bool:
    """The coach's verdict; older sets carry only `expect`, where no must-fix tag means ready."""
    if "ready" in item:
        return bool(item["ready"])
    from rapport.checks.registry import BY_ID

    return not any(BY_ID[r].info.severity in MUST_FIX for r in item["expect"])


def outcome(item: dict[str, Any], ignore: Iterable[str] = ()) -> Outcome:
    message = Message(channel=item["channel"], subject=item.get("subject"), body=item["body"])
    recipient = Recipient(**item["recipient"]) if item.get("recipient") else None
    report = check(message, recipient, item["relationship"])
    ignored = set(ignore)
    return Outcome(
        id=item["id"],
        coach_ready=coach_ready(item),
        ready=report.ready,
        expected=frozenset(set(item["expect"]) - ignored),
        fired=frozenset({f.rule for f in report.findings} - ignored),
    )


def score(items: Iterable[dict[str, Any]], ignore: Iterable[str] = ()) -> Agreement:
    ignore = tuple(ignore)
    outcomes = [outcome(item, ignore) for item in items]
    return Agreement(outcomes=outcomes,
                     per_rule=tag_counts((o.expected, o.fired) for o in outcomes))


def tag_counts(pairs: Iterable[tuple[frozenset[str], frozenset[str]]]) -> dict[str, RuleCounts]:
    """Per-rule counts over (named, found) label pairs, one per message: found and named is a
    true positive, found alone a false positive, named alone a false negative."""
    per_rule: dict[str, RuleCounts] = {}
    for named, found in pairs:
        for rule in named | found:
            counts = per_rule.setdefault(rule, RuleCounts())
            if rule in named and rule in found:
                counts.true_pos += 1
            elif rule in found:
                counts.false_pos += 1
            else:
                counts.false_neg += 1
    return per_rule


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.2f}"


def report_lines(name: str, agreement: Agreement) -> list[str]:
    totals = agreement.totals
    lines = [
        f"{name}: {len(agreement.outcomes)} messages, "
        f"{sum(o.coach_ready for o in agreement.outcomes)} ready by the coach",
        f"  ready agreement {agreement.ready_agreement:.3f}  "
        f"(passed as ready but not: {len(agreement.passed_as_ready)}, "
        f"held back but ready: {len(agreement.held_back)})",
        f"  tags: precision {_fmt(totals.precision)}  recall {_fmt(totals.recall)}  "
        f"F1 {agreement.f1:.3f}",
        f"  {'rule':22} {'n':>3} {'TP':>3} {'FP':>3} {'FN':>3}  prec   rec",
    ]
    for rule, c in sorted(agreement.per_rule.items(), key=lambda kv: -kv[1].instances):
        lines.append(f"  {rule:22} {c.instances:3} {c.true_pos:3} {c.false_pos:3} "
                     f"{c.false_neg:3}  {_fmt(c.precision)}  {_fmt(c.recall)}")
    return lines


def disagreements(agreement: Agreement) -> Counter[str]:
    """How often each rule was wrong, either way: where to look first."""
    wrong: Counter[str] = Counter()
    for rule, c in agreement.per_rule.items():
        wrong[rule] = c.false_pos + c.false_neg
    return wrong
