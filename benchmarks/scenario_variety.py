"""How much model rewrites differ between scenario codes, per exercise.

For 50 codes of each exercise, every pair of model rewrites (subject and body) is compared with
a word-level difflib ratio after masking names. Two masks are reported:

- names: both people's names, companies, cities, countries and roles, and the titles of the
  recipient's work (what tests/test_scenario_text.py holds to a limit);
- strict: the same plus every topic, so only what the work *said* can make two rewrites differ.

A pair at or above 0.95 counts as near-identical (a name swap in a 60-word message).

Run: .venv/bin/python benchmarks/scenario_variety.py [codes]
"""

from __future__ import annotations

import difflib
import itertools
import random
import re
import statistics
import sys

from rapport import personas
from rapport.exercises import Scenario, load_bank, render

NEAR_IDENTICAL = 0.95


def sample_codes(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(personas.CODE_ALPHABET) for _ in range(personas.CODE_LENGTH))
            for _ in range(count)]


def masked(scenario: Scenario, strict: bool) -> list[str]:
    names: set[str] = set()
    for person in (scenario.recipient, scenario.sender):
        names |= {person.full_name, person.first_name, person.last_name, person.company,
                  person.city, person.country, person.role, *(w.title for w in person.work)}
        if strict:
            names |= {*(w.topic for w in person.work), *person.topics}
    text = f"{scenario.model.subject or ''}\n{scenario.model.body}"
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "NAME")
    return re.findall(r"\w+|[^\w\s]", text.lower())


def main(count: int = 50) -> int:
    codes = sample_codes(count)
    bank = load_bank()
    print(f"{'exercise':<28} {'names: mean':>11} {'max':>6} {'near':>6}   "
          f"{'strict: mean':>12} {'max':>6} {'near':>6}")
    totals: dict[bool, list[float]] = {False: [], True: []}
    for exercise in bank.exercises:
        scenarios = [render(exercise, code) for code in codes]
        cells = []
        for strict in (False, True):
            texts = [masked(s, strict) for s in scenarios]
            ratios = [difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
                      for a, b in itertools.combinations(texts, 2)]
            totals[strict] += ratios
            near = sum(r >= NEAR_IDENTICAL for r in ratios) / len(ratios)
            cells.append(f"{statistics.mean(ratios):>11.3f} {max(ratios):>6.3f} {near:>6.1%}")
        print(f"{exercise.id:<28} {cells[0]}   {cells[1]:>26}")
    for strict, ratios in totals.items():
        near = sum(r >= NEAR_IDENTICAL for r in ratios) / len(ratios)
        print(f"all exercises, {'strict' if strict else 'names'} mask: mean "
              f"{statistics.mean(ratios):.3f}, near-identical pairs {near:.1%} of {len(ratios):,}")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50))
