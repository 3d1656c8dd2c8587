"""The intention check (lesson 3): five questions to answer before writing, and a draft.

The learner answers: who they want to contact, what specifically about that person's work
interests them, what they would ask, what they could offer, and whether they would still
write if the person could not help their career. :func:`evaluate` reflects back what it
sees (generic interest, usefulness-only motives, a big or vague first ask) and turns the
answers into a draft skeleton, following the lesson: the interest becomes the opening, the
question the ask, the offer the offer.

The judgements reuse the checker: its vocabulary (specific vs generic words, generic praise,
network talk) and its own rules (``vague-ask``, ``big-ask``, ``transactional``) run on the
answers, so the worksheet and the checker never disagree about what "vague" means.
"""

from __future__ import annotations

import re
from typing import Literal

from rapport.checks import text as t
from rapport.checks.context import Context
from rapport.checks.registry import get as get_rule
from rapport.checks.rules.form import MAX_QUESTIONS, MAX_SUBJECT_WORDS
from rapport.checks.rules.relationship import GENERIC_PRAISE_RE, TRANSACTIONAL_RE
from rapport.checks.rules.vocabulary import STOPWORDS, specific_words
from rapport.models import Channel, Frozen, Message, Relationship

__all__ = [
    "STILL_WRITE_OPTIONS",
    "Answers",
    "Draft",
    "IntentionResult",
    "Reflection",
    "draft",
    "evaluate",
    "greeting_name",
    "recipient_name",
    "reflect",
    "second_person",
]

StillWrite = Literal["yes", "not sure", "no"]
Question = Literal["who", "interest", "ask", "offer", "still_write", "overall"]
Level = Literal["good", "caution", "stop"]

STILL_WRITE_OPTIONS: dict[StillWrite, str] = {
    "yes": "Yes: I'd still want to know",
    "not sure": "Not sure",
    "no": "Honestly, no",
}
MIN_SPECIFIC_WORDS = 2
"""Words that name something particular (not "career", "journey", "work") an interest needs."""

INDEFINITE = frozenset({"someone", "somebody", "anyone", "anybody", "people", "whoever",
                        "everyone", "recruiter", "recruiters", "person"})
NAME_END_RE = re.compile(r"\s*(?:[,(;:|/]|\s[-–—]\s|\s(?:at|from|who|in|on|of|with)\s).*$", re.S)
MEETING_WORDS = ("call", "coffee", "meeting", "chat", "zoom")

PLACE_ABOUT_YOU = "[your role, in one line]"
PLACE_NAME = "[their name]"
PLACE_SIGN = "[your name]"
PLACE_INTEREST = "[the talk, post or project of theirs that caught your interest]"
PLACE_ASK = "[your one question about it]?"


class Answers(Frozen):
    who: str = ""
    interest: str = ""
    ask: str = ""
    offer: str = ""
    still_write: StillWrite | None = None
    channel: Channel = "email"
    relationship: Relationship = "stranger"


class Reflection(Frozen):
    """What the worksheet noticed about one answer, in plain words."""

    question: Question
    level: Level
    text: str
    rule: str | None = None
    """The checker rule that judges the same thing in a message, when there is one."""


class Draft(Frozen):
    """A message skeleton to finish and check on the "Check your own message" page."""

    channel: Channel
    recipient: str
    work: list[str]
    subject: str | None
    body: str


class IntentionResult(Frozen):
    level: Level
    summary: str
    reflections: list[Reflection]
    draft: Draft


# --- Reusing the checker ----------------------------------------------------------------


def _rule_hits(rule_id: str, text: str, relationship: Relationship = "stranger") -> list[str]:
    """The words the checker's rule flags in `text` (the rule itself, run on an answer)."""
    if not text.strip():
        return []
    ctx = Context(Message(channel="email", body=text), None, relationship)
    return [text[h.start : h.end] for h in get_rule(rule_id).find(ctx)]


# --- Names -------------------------------------------------------------------------------


def recipient_name(who: str) -> str:
    """The person's name from a "who" answer ("Dr. Efua Mensah, a retail analyst" -> the name).

    Returns "" when the answer does not name a person ("someone senior at Google").
    """
    head = NAME_END_RE.sub("", " ".join(who.split())).strip(" .")
    words = head.split()
    if not 1 <= len(words) <= 5:
        return ""
    first = words[0].lower().rstrip(".")
    if first in INDEFINITE or first in STOPWORDS:
        return ""
    named = [w for w in words if not t.TITLE_RE.match(w)]
    if not named or not all(t.is_capitalised(w) or w.lower() in t.NAME_PARTICLES for w in named):
        return ""
    return head


def greeting_name(name: str) -> str:
    """How to greet them: "Dr. Mensah" when a title is given, else the first name."""
    words = name.split()
    if not words:
        return PLACE_NAME
    if t.TITLE_RE.match(words[0]) and len(words) > 1:
        title = words[0] if words[0].endswith(".") or len(words[0]) > 4 else words[0] + "."
        return f"{title} {words[-1]}"
    return words[0]


# --- Reflections ---------------------------------------------------------------------------


def _reflect_who(answers: Answers) -> Reflection:
    if not answers.who.strip():
        return Reflection(question="who", level="caution",
                          text="Start with one named person you chose for their work.")
    name = recipient_name(answers.who)
    if not name:
        return Reflection(
            question="who", level="caution",
            text="This describes a position, not a person. Who exactly? Pick one person "
            "whose work you know.",
        )
    return Reflection(question="who", level="good", text=f"You chose a person: {name}.")


def _reflect_interest(answers: Answers) -> Reflection:
    interest = answers.interest.strip()
    if not interest:
        return Reflection(
            question="interest", level="stop", rule="no-specific-interest",
            text="You haven't named anything about their work yet. Learn first: read or "
            "watch something they made, and come back when something catches your interest.",
        )
    praise = GENERIC_PRAISE_RE.search(interest)
    specific = specific_words(interest)
    if praise or len(specific) < MIN_SPECIFIC_WORDS:
        said = f'"{praise.group()}" is generic praise' if praise else "This is generic"
        return Reflection(
            question="interest", level="caution", rule="no-specific-interest",
            text=f"{said}: it could be said of anyone in their field. Name a talk, post, "
            "project or decision of theirs, and what about it made you curious.",
        )
    shown = _clause(" ".join(interest.split())).strip() or interest
    return Reflection(question="interest", level="good", rule="no-specific-interest",
                      text=f'Specific: "{shown}" is something only they did. This becomes '
                      "your opening.")


def _reflect_ask(answers: Answers) -> list[Reflection]:
    ask = answers.ask.strip()
    if not ask:
        return [Reflection(question="ask", level="caution",
                           text="What would you ask if they said yes? One question they are "
                           "well placed to answer, and a search can't.")]
    out: list[Reflection] = []
    big = _rule_hits("big-ask", ask, answers.relationship)
    if big:
        out.append(Reflection(
            question="ask", level="caution", rule="big-ask",
            text=f'"{big[0]}" is a big first ask of someone who doesn\'t know you. Start with '
            "one small question they can answer in a few lines; bigger things can come later.",
        ))
    vague = _rule_hits("vague-ask", ask, answers.relationship)
    if vague:
        out.append(Reflection(
            question="ask", level="caution", rule="vague-ask",
            text=f'"{vague[0]}" leaves them to work out what you want. Name the one thing you '
            "would ask.",
        ))
    elif not specific_words(ask):
        out.append(Reflection(
            question="ask", level="caution", rule="vague-ask",
            text="This could be asked of anyone (\"any advice?\" makes them do your thinking). "
            "Ask about the work you named.",
        ))
    questions = ask.count("?")
    if questions > MAX_QUESTIONS:
        out.append(Reflection(
            question="ask", level="caution", rule="too-many-questions",
            text=f"{questions} questions is a lot for a first message: keep the one you care "
            "about most.",
        ))
    if not out:
        out.append(Reflection(question="ask", level="good",
                              text="A small, specific question: easy to answer in a few lines."))
    return out


def _reflect_offer(answers: Answers) -> Reflection:
    if not answers.offer.strip():
        return Reflection(
            question="offer", level="caution",
            text="Nothing to offer is common early on. Real thanks, an easy question and "
            "telling them later what you did with their answer all count; keep the ask small.",
        )
    return Reflection(question="offer", level="good",
                      text="Offering something back makes it an exchange, not a withdrawal.")


def _reflect_still_write(answers: Answers) -> Reflection:
    if answers.still_write == "yes":
        return Reflection(question="still_write", level="good",
                          text="Curiosity leads: it will show in your tone.")
    if answers.still_write == "no":
        return Reflection(
            question="still_write", level="stop", rule="transactional",
            text="Usefulness leads, and readers can tell. Don't send it yet: learn more about "
            "their work, choose someone whose work you care about, or use the front door "
            "(apply, or contact the person the job ad names).",
        )
    if answers.still_write == "not sure":
        return Reflection(
            question="still_write", level="caution",
            text="Mixed motives are human. Say so honestly in the message, and let a real "
            "question about their work lead.",
        )
    return Reflection(question="still_write", level="caution",
                      text="Answer this one honestly before you write: it shows in the tone.")


def _reflect_motives(answers: Answers) -> list[Reflection]:
    """Network talk anywhere in the answers: the person framed as a resource."""
    for text in (answers.who, answers.interest, answers.ask, answers.offer):
        if TRANSACTIONAL_RE.search(second_person(text)):
            return [Reflection(
                question="overall", level="caution", rule="transactional",
                text="Talk of their network or connections frames them as a way in, not as "
                "a person. What about them, not their network, do you want to know?",
            )]
    return []


def reflect(answers: Answers) -> list[Reflection]:
    """What the worksheet sees, question by question, in the order they were asked."""
    return [
        _reflect_who(answers),
        _reflect_interest(answers),
        *_reflect_ask(answers),
        _reflect_offer(answers),
        _reflect_still_write(answers),
        *_reflect_motives(answers),
    ]


def _overall(reflections: list[Reflection]) -> tuple[Level, str]:
    if any(r.level == "stop" for r in reflections):
        return "stop", ("Wait before writing: the check says this message isn't ready to "
                        "exist yet. See the notes below.")
    cautions = sum(r.level == "caution" for r in reflections)
    if cautions:
        return "caution", (f"Nearly there: {cautions} thing{'s' * (cautions != 1)} to rethink "
                           "before you send. The draft below is a start.")
    return "good", "Curiosity leads. Finish the draft in your own words, then check it."


# --- The draft -------------------------------------------------------------------------------

_PRONOUNS: dict[str, str] = {
    "they": "you", "them": "you", "their": "your", "theirs": "yours", "themselves": "yourself",
    "themself": "yourself", "he": "you", "him": "you", "his": "your", "himself": "yourself",
    "she": "you", "her": "your", "hers": "yours", "herself": "yourself",
    "they're": "you're", "they've": "you've", "they'd": "you'd", "they'll": "you'll",
    "he's": "you're", "she's": "you're", "he'd": "you'd", "she'd": "you'd",
    "he'll": "you'll", "she'll": "you'll",
}
_VERBS = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't",
          "wasn't": "weren't", "isn't": "aren't", "hasn't": "haven't"}
_PRONOUN_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _PRONOUNS), key=len, reverse=True))
    + r")\b(\s+(?:" + "|".join(map(re.escape, _VERBS)) + r")\b)?",
    re.IGNORECASE,
)
QUESTION_START = frozenset(
    "how what why which when where who whom whose did do does is are was were could would can "
    "should have has will may might".split()
)


def _match_case(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def second_person(text: str) -> str:
    """Turn third-person notes about them into words to them: "her post" -> "your post".

    A worksheet answer is written *about* the person; the draft speaks *to* them. Only
    pronouns (and the verb right after he/she) change; the learner edits the rest.
    """

    def swap(m: re.Match[str]) -> str:
        pronoun = m.group(1)
        out = _match_case(_PRONOUNS[pronoun.lower().replace("’", "'")], pronoun)
        verb = m.group(2)
        if verb:
            word = verb.strip()
            changed = _VERBS[word.lower()] if pronoun.lower() in ("he", "she") else word
            out += verb[: len(verb) - len(verb.lstrip())] + changed
        return out

    return _PRONOUN_RE.sub(swap, text)


def _sentence(text: str, *, question: bool = False) -> str:
    text = " ".join(text.split()).strip()
    if not text:
        return ""
    text = text[:1].upper() + text[1:]
    if text[-1] in ".?!":
        return text
    first = text.split()[0].lower()
    return text + ("?" if question or first in QUESTION_START else ".")


def _clause(text: str) -> str:
    """The first clause of an answer: up to the first comma, colon, dash or 'which'."""
    return re.split(r"[,;:.!?()]|\s[-–—]\s|\s(?:which|that|because|and)\s", text, maxsplit=1)[0]


def _subject(interest: str) -> str:
    clause = second_person(_clause(" ".join(interest.split()))).strip()
    words = clause.split()
    if words and len(words) <= MAX_SUBJECT_WORDS - 1 and len(specific_words(clause)) >= 1:
        return clause[:1].upper() + clause[1:]
    specific = list(dict.fromkeys(specific_words(interest)))[:3]
    return "Question about " + " ".join(specific) if specific else "Question about your work"


def _opening(interest: str) -> str:
    interest = second_person(" ".join(interest.split())).strip().rstrip(".!")
    if not interest:
        return f"I've been thinking about {PLACE_INTEREST}."
    if interest.split()[0].lower().replace("’", "'") in ("i", "i'm", "i've", "i'd"):
        return _sentence(interest)
    return f"I've been thinking about {interest[:1].lower() + interest[1:]}."


def _offer(offer: str) -> str:
    offer = " ".join(offer.split()).strip()
    if not offer:
        return ""
    first = offer.split()[0].lower().replace("’", "'")
    if first in ("i", "i'm", "i'd", "i'll", "i've", "happy", "glad", "if"):
        return _sentence(offer)
    return f"If it would help, I'd be glad to share {offer.rstrip('.!')}."


def draft(answers: Answers) -> Draft:
    """A skeleton message from the answers; the [brackets] are for the learner to fill in."""
    name = recipient_name(answers.who)
    ask = _sentence(second_person(answers.ask), question=True) if answers.ask.strip() \
        else PLACE_ASK
    paragraphs = [
        f"Hi {greeting_name(name)},",
        f"I'm {PLACE_ABOUT_YOU}. {_opening(answers.interest)}",
        ask,
        _offer(answers.offer),
        "Thanks for reading, and no worries if you're too busy to reply.",
        PLACE_SIGN,
    ]
    body = "\n\n".join(p for p in paragraphs if p)
    subject = _subject(answers.interest) if answers.channel == "email" else None
    work = [_clause(answers.interest).strip()] if answers.interest.strip() else []
    return Draft(channel=answers.channel, recipient=name, work=[w for w in work if w],
                 subject=subject, body=body)


def evaluate(answers: Answers) -> IntentionResult:
    reflections = reflect(answers)
    level, summary = _overall(reflections)
    return IntentionResult(level=level, summary=summary, reflections=reflections,
                           draft=draft(answers))
