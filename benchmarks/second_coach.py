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
from pathlib import Path

import yaml

from rapport.agreement import Agreement, RuleCounts, coach_ready, load_set, outcome, tag_counts

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "benchmarks" / "audits" / "second_coach_labels.yaml"
FIXTURES = ROOT / "tests" / "fixtures"

Labels = frozenset[str]
MIN_INSTANCES = 5


def ready_by_convention(labels: Labels) -> bool:
    """Ready unless a must-fix problem is named: the fixtures' rule for an unstated verdict."""
    return coach_ready({"expect": labels})


def summary(pairs: list[tuple[Labels, Labels]]) -> tuple[float, float, float, float]:
    """Ready agreement, tag precision, recall and F1 of the guesses against the truths."""
    ready = sum(ready_by_convention(t) == ready_by_convention(g) for t, g in pairs) / len(pairs)
    agreement = Agreement(outcomes=[], per_rule=tag_counts(pairs))
    totals = agreement.totals
    return ready, totals.precision or 0.0, totals.recall or 0.0, agreement.f1


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
