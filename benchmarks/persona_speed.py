"""How fast scenario codes turn into personas (target: 1,000 personas in at most 1 s).

Run: .venv/bin/python benchmarks/persona_speed.py [count]
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable

from rapport.personas import CODE_ALPHABET, CODE_LENGTH, curated, generate, role_card

TARGET_SECONDS_PER_1000 = 1.0


def sample_codes(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH)) for _ in range(count)]


def timed(make: Callable[[str], object], codes: list[str]) -> float:
    started = time.perf_counter()
    for code in codes:
        make(code)
    return time.perf_counter() - started


def report(label: str, seconds: float, count: int, unit: str = "personas") -> float:
    per_1000 = seconds / count * 1000
    print(f"{label:<34} {count / seconds:>9,.0f} {unit}/s   {per_1000:.3f} s per 1,000")
    return per_1000


def main(count: int = 1_000) -> int:
    started = time.perf_counter()
    curated()
    loaded = time.perf_counter() - started
    cold = timed(generate, sample_codes(200, seed=1))
    print(f"load curated YAML: {loaded:.3f} s")
    print(f"first 200 personas (creates one Faker per locale): {cold:.3f} s")

    per_1000 = report("generate(code)", timed(generate, sample_codes(count, seed=2)), count)
    scenarios = timed(_scenario, sample_codes(count, seed=3))
    report("generate + role_card", scenarios, count, unit="scenarios")

    verdict = "OK" if per_1000 <= TARGET_SECONDS_PER_1000 else "TOO SLOW"
    print(f"target: <= {TARGET_SECONDS_PER_1000:.1f} s per 1,000 personas -> {verdict}")
    return 0 if verdict == "OK" else 1


def _scenario(code: str) -> None:
    generate(code)
    role_card(code)


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000))
