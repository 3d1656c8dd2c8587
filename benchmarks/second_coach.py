"""How far two coaches agree with each other, next to how far the checker agrees with each.

    python benchmarks/second_coach.py [FILE]

FILE (default: benchmarks/audits/second_coach_labels.yaml) holds a second coach's labels for
whole fixture sets: `set`, `message` (the fixture id), `ready` and `expect`, written blind
(the second coach saw neither the first coach's labels nor the checker). Each figure uses the
convention of the README's table: a message whose only named problems are advice counts as
ready. Per-rule precision and recall treat the first coach as the truth, as the fixtures do, so
"second coach" rows say how well one careful coach would score by the same yardstick.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import yaml

from rapport.agreement import RuleCounts, load_set, outcome
from rapport.checks.registry import BY_ID
from rapport.models import MUST_FIX

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "benchmarks" / "audits" / "second_coach_labels.yaml"
FIXTURES = ROOT / "tests" / "fixtures"

Labels = frozenset[str]
MIN_INSTANCES = 5


def ready_by_convention(labels: Iterable[str]) -> bool:
    return not any(BY_ID[rule].info.severity in MUST_FIX for rule in labels)


def tag_counts(pairs: Iterable[tuple[Labels, Labels]]) -> dict[str, RuleCounts]:
    """Per-rule counts of `guess` against `truth`, over (truth, guess) label pairs."""
    per_rule: dict[str, RuleCounts] = defaultdict(RuleCounts)
    for truth, guess in pairs:
        for rule in truth | guess:
            counts = per_rule[rule]
            if rule in truth and rule in guess:
                counts.true_pos += 1
            elif rule in guess:
                counts.false_pos += 1
            else:
                counts.false_neg += 1
    return dict(per_rule)


def summary(pairs: list[tuple[Labels, Labels]]) -> tuple[float, float, float, float]:
    """Ready agreement, tag precision, recall and F1 of the guesses against the truths."""
    ready = sum(ready_by_convention(t) == ready_by_convention(g) for t, g in pairs) / len(pairs)
    total = RuleCounts()
    for counts in tag_counts(pairs).values():
        total.true_pos += counts.true_pos
        total.false_pos += counts.false_pos
        total.false_neg += counts.false_neg
    p, r = total.precision or 0.0, total.recall or 0.0
    return ready, p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_pairs(path: Path) -> dict[str, dict[int, list[tuple[Labels, Labels]]]]:
    """For each comparison, per set: (truth, guess) label pairs, one per message."""
    second = yaml.safe_load(path.read_text(encoding="utf-8"))
    by_set: dict[int, dict[str, dict]] = {}
    pairs: dict[str, dict[int, list[tuple[Labels, Labels]]]] = defaultdict(lambda: defaultdict(list))
    for entry in second:
        n = entry["set"]
        if n not in by_set:
            items = load_set(FIXTURES / f"coach{n}_messages.yaml")
            by_set[n] = {item["id"]: item for item in items}
        item = by_set[n][entry["message"]]
        first, other = frozenset(item["expect"]), frozenset(entry["expect"])
        checker = outcome(item).fired
        pairs["second coach vs first"][n].append((first, other))
        pairs["checker vs first coach"][n].append((first, checker))
        pairs["checker vs second coach"][n].append((other, checker))
    return pairs


def _pr(counts: RuleCounts) -> str:
    return "/".join("  - " if x is None else f"{x:.2f}" for x in (counts.precision, counts.recall))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else DEFAULT
    pairs = load_pairs(path)
    print(f"{'comparison':26s} {'set':>5s} {'ready':>6s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    for name, sets in pairs.items():
        everything = [pair for n in sorted(sets) for pair in sets[n]]
        for n in sorted(sets):
            print(f"{name:26s} {n:5d} " + " ".join(f"{x:6.3f}" for x in summary(sets[n])))
        print(f"{name:26s} {'all':>5s} " + " ".join(f"{x:6.3f}" for x in summary(everything)))
    print(f"\nPer rule, precision/recall against the first coach (rules with {MIN_INSTANCES} or more "
          "instances), and the checker's against the second:")
    print(f"{'rule':22s} {'n':>4s}  {'second coach':>12s}  {'checker':>9s}  {'n (2nd)':>7s}  "
          f"{'checker vs 2nd':>14s}")
    counts = {name: tag_counts(pair for pairs_of_set in sets.values() for pair in pairs_of_set)
              for name, sets in pairs.items()}
    second, checker = counts["second coach vs first"], counts["checker vs first coach"]
    against_second = counts["checker vs second coach"]
    for rule, found in sorted(second.items(), key=lambda kv: -kv[1].instances):
        if found.instances < MIN_INSTANCES:
            continue
        mine = checker.get(rule, RuleCounts(false_neg=found.instances))
        theirs = against_second.get(rule, RuleCounts())
        print(f"{rule:22s} {found.instances:4d}  {_pr(found):>12s}  {_pr(mine):>9s}  "
              f"{theirs.instances:7d}  {_pr(theirs):>14s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
