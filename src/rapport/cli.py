"""`rapport`: check messages, list rules, make personas, browse exercises, serve the product.

Exit codes: 0 nothing at or above the fail level, 1 findings, 2 usage or input error.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from rapport.models import CHANNELS, RELATIONSHIPS, SEVERITY_ORDER

if TYPE_CHECKING:
    from rapport.models import Finding, Recipient, Report

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A problem with how rapport was called or with its input: one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        raise UsageError(message)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, got {value}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not hasattr(args, "run"):
            parser.print_help()
            return EXIT_USAGE
        return args.run(args)
    except UsageError as error:
        print(f"rapport: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="rapport", description="Practise career outreach that is not "
                     "transactional: check messages, browse rules, exercises and personas.")
    commands = parser.add_subparsers(title="commands", parser_class=_Parser)

    check = commands.add_parser("check", help="check an outreach message",
                                description="Check a message (a file, or - for stdin).")
    check.add_argument("file", nargs="?", help="message file, or - to read standard input")
    check.add_argument("--channel", choices=CHANNELS, default="email")
    check.add_argument("--connection-note", action="store_true",
                       help="a LinkedIn connection-request note (counted in characters: 300)")
    check.add_argument("--relationship", choices=RELATIONSHIPS, default="stranger")
    check.add_argument("--subject", help="email subject line")
    check.add_argument("--recipient-name", help="who the message is for (enables name checks)")
    check.add_argument("--recipient-work", action="append", default=[], metavar="TITLE",
                       help="a piece of the recipient's work (repeatable)")
    check.add_argument("--recipient-topic", action="append", default=[], metavar="TOPIC",
                       help="a topic the recipient works on (repeatable)")
    check.add_argument("--format", choices=("text", "json", "jsonl"), default=None)
    check.add_argument("--fail-level", choices=("error", "warning", "info"), default="warning",
                       help="exit 1 when a finding is at or above this level (default: warning)")
    check.add_argument("--explain", action="store_true", help="add the why, fix and lesson")
    check.add_argument("--batch", metavar="FILE",
                       help="JSON Lines in, one result per line out (--format jsonl)")
    check.add_argument("--jobs", type=_positive_int, default=None, metavar="N",
                       help="processes for a long --batch (default: one per core)")
    check.set_defaults(run=_run_check)

    rules = commands.add_parser("rules", help="list the rules, or explain one")
    rules_sub = rules.add_subparsers(parser_class=_Parser)
    explain = rules_sub.add_parser("explain", help="why a rule matters, with its examples")
    explain.add_argument("rule_id")
    explain.set_defaults(run=_run_rules_explain)
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.set_defaults(run=_run_rules_list)

    persona = commands.add_parser("persona", help="show the persona for a scenario code")
    persona.add_argument("code", nargs="?", help="5-character scenario code (random if left out)")
    persona.add_argument("--format", choices=("text", "json"), default="text")
    persona.set_defaults(run=_run_persona)

    exercises = commands.add_parser("exercises", help="list, show or validate exercises")
    ex_sub = exercises.add_subparsers(title="exercise commands", parser_class=_Parser)
    ex_list = ex_sub.add_parser("list", help="list the exercises")
    ex_list.add_argument("--format", choices=("text", "json"), default="text")
    ex_list.set_defaults(run=_run_exercises_list)
    ex_show = ex_sub.add_parser("show", help="show one exercise filled in for a persona")
    ex_show.add_argument("exercise_id")
    ex_show.add_argument("--code", help="scenario code (random if left out)")
    ex_show.set_defaults(run=_run_exercises_show)
    ex_validate = ex_sub.add_parser("validate", help="check exercise files (exit 1 on problems)")
    ex_validate.add_argument("path", nargs="?", help="an exercise file or folder")
    ex_validate.set_defaults(run=_run_exercises_validate)

    serve = commands.add_parser("serve", help="serve the course and the practice app together")
    serve.add_argument("--course-port", type=int, default=8000)
    serve.add_argument("--app-port", type=int, default=8501)
    serve.add_argument("--host", default="localhost",
                       help="address to listen on (0.0.0.0 shares it on the room's network)")
    serve.set_defaults(run=_run_serve)
    return parser


# --- check ---------------------------------------------------------------------------------


def _run_check(args: argparse.Namespace) -> int:
    if args.batch:
        if args.file:
            raise UsageError("give either a FILE or --batch FILE, not both")
        if args.format not in (None, "jsonl"):
            raise UsageError("--batch writes JSON Lines: use --format jsonl")
        return _run_batch(args)
    if args.format == "jsonl":
        raise UsageError("--format jsonl is for --batch; use text or json for one message")
    if args.jobs is not None:
        raise UsageError("--jobs is for --batch: one message is checked in one process")
    from rapport.checks import CheckInputError, check
    from rapport.models import Message

    text = _read_text(args.file)
    subject, body, header = args.subject, text, None
    if subject is None and args.channel == "email":
        header = SUBJECT_LINE_RE.match(text)
        if header:
            subject, body = header.group("subject"), text[header.end() :]
    recipient = _recipient(args.recipient_name, args.recipient_work, args.recipient_topic)
    try:
        message = Message(channel=args.channel, subject=subject, body=body,
                          connection_note=args.connection_note)
        report = check(message, recipient, args.relationship)
    except CheckInputError as error:
        raise UsageError(str(error)) from None
    if args.format == "json":
        print(report.model_dump_json(indent=2))
    else:
        where = Where(body, header.start("subject") if header else None,
                      text.count("\n", 0, header.end()) if header else 0)
        _print_report(report, where, message.subject or "", explain=args.explain)
    return _exit_for([report], args.fail_level)


def _read_text(file: str | None) -> str:
    if file in (None, "-"):
        if file is None and sys.stdin.isatty():
            raise UsageError("give a message FILE, or - to read the message from standard input")
        data = sys.stdin.buffer.read()
        name = "standard input"
    else:
        path = Path(file)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise UsageError(f"no such file: {file}") from None
        except IsADirectoryError:
            raise UsageError(f"{file} is a folder, not a message file") from None
        except OSError as error:
            raise UsageError(f"cannot read {file}: {error.strerror}") from None
        name = file
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(f"{name} is not UTF-8 text; save it as UTF-8 and try again") from None


def _recipient(name: str | None, work: list[str], topics: list[str]) -> Recipient | None:
    from rapport.models import Recipient

    if not name or not name.strip():
        if work or topics:
            raise UsageError("--recipient-work and --recipient-topic need --recipient-name")
        return None
    return Recipient(name=name.strip(), work=work, topics=topics)


def _exit_for(reports: list[Report], fail_level: str) -> int:
    threshold = SEVERITY_ORDER[fail_level]
    failing = any(SEVERITY_ORDER[f.severity] <= threshold for r in reports for f in r.findings)
    return EXIT_FINDINGS if failing else EXIT_OK


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a string offset."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


SUBJECT_LINE_RE = re.compile(r"\A\ufeff?[ \t]*Subject:[ \t]*(?P<subject>[^\n]*?)[ \t]*\n(?:[ \t]*\n)?",
                             re.IGNORECASE)
"""An email file may start with its subject line: "Subject: Your flood-map talk"."""


@dataclass(frozen=True)
class Where:
    """How to turn finding offsets back into positions in the file the learner gave."""

    body: str
    subject_col: int | None = None
    """Column offset of the subject inside the file's first line, if it came from the file."""
    body_line: int = 0
    """Lines of the file before the body (a subject line and a blank line)."""

    def location(self, finding: Finding) -> str:
        if finding.field == "subject":
            if self.subject_col is None:
                return f"subject:{finding.start + 1}"
            return f"1:{self.subject_col + finding.start + 1}"
        line, col = line_col(self.body, finding.start)
        return f"{line + self.body_line}:{col}"


def _print_report(report: Report, where: Where, subject: str, *, explain: bool) -> None:
    from rapport.checks.registry import BY_ID
    from rapport.feedback import SEVERITY_HEADINGS, counts_line, rule_counts, verdict_words

    body = where.body
    for finding in report.findings:
        print(f"{where.location(finding)} {finding.severity} {finding.rule} {finding.message}")
        if explain:
            # The app's own words: the same heading and title as the card on screen.
            print(f"    {SEVERITY_HEADINGS[finding.severity]}: {BY_ID[finding.rule].info.title}")
            source = subject if finding.field == "subject" else body
            quoted = source[finding.start : finding.end]
            if quoted:
                print(f"    here: {_clip(quoted)}")
            print(f"    why: {BY_ID[finding.rule].info.why}")
            print(f"    fix: {finding.suggestion}")
            if finding.replacement is not None:
                print(f"    replace with: {finding.replacement}")
            print(f"    lesson: {finding.lesson}")
    s = report.scores
    questions = f"{s['questions']:.0f} question{'' if s['questions'] == 1 else 's'}"
    print(f"{verdict_words(report.ready)} ({counts_line(rule_counts(report.findings))}). "
          f"{s['words']:.0f} words, {questions}, "
          f"reading grade {s['reading_grade']:.1f}, tone {s['tone']:.2f} ({report.tone_label})")


def _clip(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _run_batch(args: argparse.Namespace) -> int:
    from rapport.batch import run_batch

    path = Path(args.batch)
    try:
        handle = sys.stdin if args.batch == "-" else path.open(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"no such file: {args.batch}") from None
    except OSError as error:
        raise UsageError(f"cannot read {args.batch}: {error.strerror}") from None
    worst = EXIT_OK
    threshold = SEVERITY_ORDER[args.fail_level]
    with handle:
        try:
            for result in run_batch(handle, workers=args.jobs):
                sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
                if "error" in result:
                    worst = EXIT_USAGE
                elif worst == EXIT_OK and any(
                    SEVERITY_ORDER[f["severity"]] <= threshold for f in result["findings"]
                ):
                    worst = EXIT_FINDINGS
        except UnicodeDecodeError:
            raise UsageError(f"{args.batch} is not UTF-8 text") from None
    return worst


# --- rules ---------------------------------------------------------------------------------


def _run_rules_list(args: argparse.Namespace) -> int:
    from rapport.checks.registry import rule_infos

    infos = rule_infos()
    if args.format == "json":
        print(json.dumps([i.model_dump(exclude={"bad", "good"}) for i in infos], indent=2))
        return EXIT_OK
    width = max(len(i.id) for i in infos)
    for info in infos:
        print(f"{info.id:<{width}}  {info.severity:<7}  {info.title}")
    print("\nrapport rules explain ID: why a rule matters, with its examples")
    return EXIT_OK


def _run_rules_explain(args: argparse.Namespace) -> int:
    from rapport.checks.registry import BY_ID
    from rapport.checks.rule import MARK_CLOSE, MARK_OPEN

    rule = BY_ID.get(args.rule_id)
    if rule is None:
        raise UsageError(f"unknown rule {args.rule_id!r}; `rapport rules` lists them")
    info = rule.info
    print(f"{info.id} ({info.severity}): {info.title}\n")
    print(f"{info.message}\n\nWhy it matters: {info.why}\n\nWhat to do: {info.suggestion}")
    if info.source:
        print(f"\nSource: {info.source}")
    print(f"\nLesson: {info.lesson}")
    print("\nFlagged (the marked words):")
    for ex in info.bad:
        text = ex.text.replace(MARK_OPEN, "[[").replace(MARK_CLOSE, "]]")
        subject = f" [subject: {ex.subject}]" if ex.subject else ""
        print(f"  - ({ex.channel}, {ex.relationship}){subject} {_clip(text, 200)}")
    print("\nFine:")
    for ex in info.good:
        print(f"  - ({ex.channel}, {ex.relationship}) {_clip(ex.text, 200)}")
    return EXIT_OK


# --- personas and exercises -----------------------------------------------------------------


def _code(raw: str | None) -> str:
    from rapport import personas

    if raw is None:
        return personas.new_code()
    try:
        return personas.normalize_code(raw)
    except personas.InvalidCode as error:
        raise UsageError(str(error)) from None


def _run_persona(args: argparse.Namespace) -> int:
    from rapport import personas

    persona = personas.generate(_code(args.code))
    if args.format == "json":
        print(persona.model_dump_json(indent=2))
        return EXIT_OK
    print(f"{persona.full_name} ({persona.pronouns}), code {persona.code}")
    print(f"{persona.role} ({persona.seniority}) at {persona.company}, {persona.industry}")
    print(f"{persona.city}, {persona.country} · {persona.timezone} · prefers {persona.preferred_channel}")
    print("Recent work:")
    for work in persona.work:
        print(f"  - {work.kind} ({work.year}): {work.title} [{work.topic}]")
        for detail in work.details:
            print(f"      {detail.kind}: {detail.text}")
    print(f"Topics: {', '.join(persona.topics)}")
    print(f"Situation: {persona.situation}")
    return EXIT_OK


def _load_bank(path: str | None = None) -> Any:
    from rapport import exercises

    bank = exercises.load_bank(Path(path)) if path else exercises.load_bank()
    for problem in bank.problems:
        print(f"rapport: skipped {problem}", file=sys.stderr)
    return bank


def _run_exercises_list(args: argparse.Namespace) -> int:
    bank = _load_bank()
    rows = [
        {"id": e.id, "title": e.title, "channel": e.channel, "relationship": e.relationship,
         "lesson": e.lesson, "difficulty": e.difficulty, "minutes": e.minutes}
        for e in bank.exercises
    ]
    if args.format == "json":
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    width = max((len(r["id"]) for r in rows), default=2)
    for r in rows:
        print(f"{r['id']:<{width}}  {r['channel']:<8}  {r['relationship']:<16}  "
              f"{'★' * r['difficulty']:<3}  {r['title']}")
    return EXIT_OK


def _run_exercises_show(args: argparse.Namespace) -> int:
    from rapport import exercises

    bank = _load_bank()
    try:
        exercise = bank.get(args.exercise_id)
    except KeyError as error:
        raise UsageError(str(error.args[0]) if error.args else str(error)) from None
    scenario = exercises.render(exercise, _code(args.code))
    r, card = scenario.recipient, scenario.role_card
    print(f"{exercise.title}  [{exercise.id}, code {scenario.code}]")
    print(f"{exercise.channel}, to a {exercise.relationship} · difficulty {exercise.difficulty}"
          f" · about {exercise.minutes} min · lesson {exercise.lesson}\n")
    print(_paragraphs(f"Situation: {scenario.situation}") + "\n")
    print(_paragraphs(f"You are {card.name}, {card.role}. {card.situation}"))
    print(_paragraphs(f"Writing to {r.full_name} ({r.pronouns}), {r.role} at {r.company}, "
                      f"{r.city}, {r.country}. Recent work: "
                      f"{'; '.join(w.title for w in r.work)}.") + "\n")
    print("The weak message:")
    if scenario.original.subject:
        print(f"  Subject: {scenario.original.subject}")
    for line in scenario.original.body.splitlines():
        print(f"  {line}")
    print(f"\nWhat to fix: {', '.join(exercise.flaws)}")
    return EXIT_OK


def _paragraphs(text: str, width: int = 88) -> str:
    """Reflow authored text for a terminal: lines joined within paragraphs, then wrapped."""
    import textwrap

    blocks = [" ".join(block.split()) for block in text.split("\n\n")]
    return "\n\n".join(textwrap.fill(block, width) for block in blocks if block)


def _run_exercises_validate(args: argparse.Namespace) -> int:
    from rapport import exercises

    path = Path(args.path) if args.path else None
    if path is not None and not path.exists():
        raise UsageError(f"no such file or folder: {args.path}")
    bank = exercises.load_bank(path) if path else exercises.load_bank()
    for problem in bank.problems:
        print(problem)
    if bank.problems:
        return EXIT_FINDINGS
    print(f"{len(bank.exercises)} exercises, all valid")
    return EXIT_OK


def _run_serve(args: argparse.Namespace) -> int:
    from rapport.serve import serve

    return serve(course_port=args.course_port, app_port=args.app_port, host=args.host)


if __name__ == "__main__":
    raise SystemExit(main())
