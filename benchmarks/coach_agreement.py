"""How far the checker agrees with a coach: ready agreement, then tag and per-rule P/R/F1.

    python benchmarks/coach_agreement.py [--misses] [FILE ...]

With no files, scores every coach-labelled set in tests/fixtures/coach*_messages.yaml.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rapport.agreement import load_set, report_lines, score

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--misses", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    files = args.files or sorted(FIXTURES.glob("coach*_messages.yaml"))
    for path in files:
        items = load_set(path)
        agreement = score(items)
        print("\n".join(report_lines(path.name, agreement)))
        if args.misses:
            for o in agreement.outcomes:
                if o.ready != o.coach_ready or o.fired != o.expected:
                    flag = "READY?" if o.ready != o.coach_ready else "      "
                    print(f"  {flag} {o.id}: coach {'ready' if o.coach_ready else 'not ready'}; "
                          f"extra {sorted(o.fired - o.expected)} missing "
                          f"{sorted(o.expected - o.fired)}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
