"""How long analyze() takes on a ~100-word outreach message (target: <= 0.3 ms median).

Usage: .venv/bin/python benchmarks/tone_speed.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import time

from rapport.checks.tone import analyze

MESSAGES: tuple[str, ...] = (
    "Hi Dana,\n\nI really enjoyed your talk on accessible design systems at UX London last "
    "week, especially the part about testing with screen-reader users early. I'm a front-end "
    "developer moving into UX research, and I was wondering if you'd be open to a 15-minute "
    "call sometime next month? I'd love to hear how you made the same move and what you "
    "would do differently today. I know you're busy, so no worries at all if not. If it's "
    "easier, I'm happy to send two or three questions by email instead.\n\nThanks so much "
    "for considering it,\nSam",
    "Hello Mr. Grant, my name is Lee and I am looking for a job in data engineering. I saw "
    "that you work at Northwind and I need a referral for the senior role that was posted "
    "yesterday. Send me the name of the hiring manager and forward my resume to your "
    "recruiter today. You should also tell me what the salary range is, because I don't "
    "want to waste my time. Why haven't the recruiters answered my applications yet? Reply "
    "ASAP, I need this by Friday! I have attached my CV and my portfolio link below.",
    "Hey Priya! Congrats on the launch of the new analytics platform, the write-up on your "
    "blog was great. Quick question: how did your team decide between building the "
    "pipeline in-house and buying a vendor tool? We're facing the same choice at my "
    "company and I'm not sure which way to go. Perhaps you could share what you learned? "
    "No rush at all, whenever you have a moment is perfect. Also, if there's anything I can "
    "do in return, like reviewing a draft or testing a beta, just let me know. Cheers, Jo",
)


def median_ms(text: str, rounds: int, batch: int = 50) -> float:
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(batch):
            analyze(text)
        timings.append((time.perf_counter() - start) / batch * 1000)
    return statistics.median(timings)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=60)
    args = parser.parse_args(argv)
    analyze(MESSAGES[0])  # load the weights once, outside the timing
    results = []
    for text in MESSAGES:
        ms = median_ms(text, args.rounds)
        results.append(ms)
        print(f"{len(text.split()):4d} words  {ms:.3f} ms  score={analyze(text).score:.2f}")
    overall = statistics.median(results)
    print(f"median per ~100-word message: {overall:.3f} ms (target <= 0.3 ms)")


if __name__ == "__main__":
    main()
