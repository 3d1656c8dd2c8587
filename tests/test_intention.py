"""The intention check judges substance and writes grammatical drafts, on realistic answers.

Each row is an answer set a learner might really give: extractive, vague, mixed and
excellent. The table says what the worksheet should conclude, per question and overall,
and what the draft must (and must never) contain.
"""

from __future__ import annotations

import re

import pytest

from rapport import intention
from rapport.checks import check
from rapport.intention import Answers
from rapport.models import Message, Recipient

GAP_RE = re.compile(r"\[[^\]]+\]")

EXCELLENT = Answers(
    who="Dr. Efua Mensah, a retail analyst who blogs about forecasting",
    interest="her post on returns after big sales, which matches what I see every January",
    ask="did store-level data help, or was it too noisy",
    offer="a summary of two years of my shop's returns by size",
    still_write="yes",
)

# name, answers, overall level, {question: level}, phrases the draft must contain
TABLE: list[tuple[str, Answers, str, dict[str, str], list[str]]] = [
    ("excellent, noun phrases", EXCELLENT, "good",
     {"who": "good", "interest": "good", "ask": "good", "offer": "good"},
     ["I've been thinking about your post on returns after big sales",
      "Did store-level data help, or was it too noisy?",
      "If it would help, I'd be glad to share a summary of two years"]),
    ("excellent, clauses and an indirect question",
     Answers(who="Ana Silva", interest="she wrote about survey weights for small samples",
             ask="whether she'd use raking for panels under 200 people",
             offer="share my notebook comparing three weighting methods",
             still_write="yes", channel="slack"),
     "good", {"interest": "good", "ask": "good", "offer": "good"},
     ["I've been thinking about how you wrote about survey weights for small samples.",
      "Could I ask whether you'd use raking for panels under 200 people?",
      "If it would help, I'd be glad to share my notebook comparing"]),
    ("excellent, capitalised answers",
     Answers(who="Lucas Moreau", interest="His talk on warehouse robotics at scale",
             ask="how he chose which tasks to automate first",
             offer="A short write-up of my own robot project", still_write="yes"),
     "good", {"interest": "good", "ask": "good", "offer": "good"},
     ["I've been thinking about your talk on warehouse robotics at scale.",
      "Could I ask how you chose which tasks to automate first?",
      "I'd be glad to share a short write-up of my own robot project."]),
    ("the issue's extractive plan",
     Answers(who="someone senior at a big firm", interest="because they work there",
             ask="a referral", offer="nothing", still_write="not sure"),
     "stop", {"who": "caution", "interest": "stop", "ask": "caution", "offer": "caution"},
     [intention.PLACE_INTEREST, intention.PLACE_ASK, "Hi [their name],"]),
    ("works at Google, wants a referral",
     Answers(who="Priya Nair", interest="they work at Google", ask="Could you refer me?",
             offer="nothing really", still_write="not sure"),
     "stop", {"who": "good", "interest": "stop", "ask": "caution", "offer": "caution"},
     [intention.PLACE_INTEREST, intention.PLACE_ASK]),
    ("a big company and a coffee chat",
     Answers(who="Sam Lee", interest="they are a director at a big company",
             ask="a 30 minute coffee chat", offer="", still_write="yes"),
     "stop", {"interest": "stop", "ask": "caution", "offer": "caution"},
     [intention.PLACE_INTEREST]),
    ("vague all round",
     Answers(who="Ana Silva", interest="I admire her work", ask="any advice?",
             offer="not sure", still_write="yes"),
     "caution", {"who": "good", "interest": "caution", "ask": "caution",
                 "offer": "caution"},
     [intention.PLACE_INTEREST, intention.PLACE_ASK]),
    ("non-answers",
     Answers(who="not sure", interest="nothing really", ask="idk", offer="n/a",
             still_write=None),
     "stop", {"who": "caution", "interest": "stop", "ask": "caution", "offer": "caution"},
     [intention.PLACE_INTEREST, intention.PLACE_ASK, "Hi [their name],"]),
    ("good interest, nothing to offer, honest",
     EXCELLENT.model_copy(update={"offer": "Nothing really, to be honest"}),
     "caution", {"interest": "good", "ask": "good", "offer": "caution"},
     ["Did store-level data help"]),
    ("good interest, a job ask",
     EXCELLENT.model_copy(update={"ask": "get a job on her team"}),
     "caution", {"interest": "good", "ask": "caution"},
     [intention.PLACE_ASK]),
    ("generic praise with a vague subject",
     Answers(who="Tom Baker", interest="his amazing career", ask="his career path",
             offer="my time", still_write="yes"),
     "caution", {"interest": "caution", "ask": "caution", "offer": "caution"},
     [intention.PLACE_INTEREST, intention.PLACE_ASK]),
    ("usefulness only",
     EXCELLENT.model_copy(update={"still_write": "no"}),
     "stop", {"still_write": "stop"}, []),
    ("ask phrased as an intention",
     Answers(who="Tom Baker",
             interest="The podcast episode on migrating Postgres without downtime",
             ask="ask about the rollback plan they used",
             offer="happy to share the checklist I wrote from it", still_write="yes"),
     "good", {"ask": "good", "offer": "good"},
     ["Could I ask about the rollback plan you used?",
      "I'd be happy to share the checklist I wrote from it."]),
]

NEVER_IN_A_DRAFT = [
    "share nothing", "share not sure", "share n/a", "about you work", "about they",
    "about because", "share A ", "glad to share nothing", "idk", "Nothing really",
]


def by_question(result: intention.IntentionResult) -> dict[str, str]:
    """The most severe level per question."""
    rank = {"good": 0, "caution": 1, "stop": 2}
    out: dict[str, str] = {}
    for r in result.reflections:
        if r.question not in out or rank[r.level] > rank[out[r.question]]:
            out[r.question] = r.level
    return out


@pytest.mark.parametrize(("name", "answers", "overall", "levels", "phrases"), TABLE,
                         ids=[row[0] for row in TABLE])
def test_the_worksheet_judges_substance(name: str, answers: Answers, overall: str,
                                        levels: dict[str, str], phrases: list[str]) -> None:
    result = intention.evaluate(answers)
    assert result.level == overall, result.summary
    seen = by_question(result)
    for question, level in levels.items():
        assert seen[question] == level, (question, [r.text for r in result.reflections])
    for phrase in phrases:
        assert phrase in result.draft.body, result.draft.body


@pytest.mark.parametrize(("name", "answers"), [(row[0], row[1]) for row in TABLE],
                         ids=[row[0] for row in TABLE])
def test_the_draft_is_made_of_whole_sentences(name: str, answers: Answers) -> None:
    body = intention.draft(answers).body
    for bad in NEVER_IN_A_DRAFT:
        assert bad not in body, (bad, body)
    for paragraph in body.split("\n\n"):
        text = GAP_RE.sub("X", paragraph)
        assert text[:1].isupper() or text.startswith("X"), paragraph
        assert text.endswith((".", "?", "!", ",")) or paragraph == intention.PLACE_SIGN, (
            paragraph)


def test_the_verdict_matches_the_answers() -> None:
    good = intention.evaluate(EXCELLENT)
    assert good.level == "good" and all(r.level == "good" for r in good.reflections)
    for _, answers, overall, _, _ in TABLE:
        result = intention.evaluate(answers)
        if any(r.level == "stop" for r in result.reflections):
            assert result.level == "stop"
        if overall != "good":
            assert not result.summary.startswith("Curiosity leads")
    extractive = intention.evaluate(TABLE[3][1])
    assert not extractive.summary.startswith("Nearly there")


@pytest.mark.parametrize("text", ["nothing really", "Not sure.", "idk", "n/a", "-", "no idea",
                                  "Honestly, nothing", "I don't know yet", "none", "?"])
def test_non_answers_are_recognised(text: str) -> None:
    assert intention.is_non_answer(text)
    assert intention.offer_kind(text) == "non-answer"
    assert intention.interest_kind(text) == "non-answer"


@pytest.mark.parametrize(("text", "kind"), [
    ("they work at a big company", "employer"),
    ("because they work there", "employer"),
    ("she is a senior director at Google", "employer"),
    ("I admire her work", "generic"),
    ("her talk", "unspecific"),
    ("her talk on flood maps for small towns", "specific"),
    ("the way he rewrote the billing system in Rust", "specific"),
])
def test_interest_kinds(text: str, kind: str) -> None:
    assert intention.interest_kind(text) == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("a referral", "extractive"),
    ("Could you refer me for the analyst role?", "extractive"),
    ("a 30 minute call", "big"),
    ("Would you review my resume?", "big"),
    ("Any advice?", "vague"),
    ("Can I pick your brain?", "vague"),
    ("not sure", "non-answer"),
    ("did store-level data help?", "specific"),
])
def test_ask_kinds(text: str, kind: str) -> None:
    assert intention.ask_kind(text) == kind


def test_an_excellent_draft_checks_clean_but_for_the_gaps() -> None:
    d = intention.draft(EXCELLENT)
    report = check(Message(subject=d.subject, body=d.body),
                   Recipient(name=d.recipient, work=d.work))
    assert {f.rule for f in report.findings if f.severity != "info"} <= {"placeholder"}
