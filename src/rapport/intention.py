"""The intention check (lesson 3): five questions to answer before writing, and a draft.

The learner answers: who they want to contact, what specifically about that person's work
interests them, what they would ask, what they could offer, and whether they would still
write if the person could not help their career. :func:`evaluate` reflects back what it
sees and turns the answers into a draft, following the lesson: the interest becomes the
opening, the question the ask, the offer the offer.

Answers are judged on substance, not on the presence of words. Each answer is first sorted
into a kind (:func:`interest_kind`, :func:`ask_kind`, :func:`offer_kind`): a non-answer
("nothing really", "not sure"), interest in their employer or position rather than their
work ("they work at a big company"), generic praise, a big or extractive ask (a referral, a
job, a call), a vague one ("any advice?"), or something specific. The overall verdict counts
the extractive signals, so a plan that is mostly about what they could do for the learner
is told to wait, not "nearly there".

The draft is built from sentence frames that fit the grammatical form of each answer (a
noun phrase, a clause, a direct or an indirect question); an answer that cannot be used
becomes a clearly marked [gap] to fill, never a fragment pasted where a clause is needed.

Where the checker has a rule for the same thing (``no-specific-interest``, ``big-ask``,
``vague-ask``, ``transactional``), the reflection names it, and the checker's own vocabulary
(generic praise, network talk, specific words) is reused.
"""

from __future__ import annotations

import re
from typing import Literal

from rapport.checks import pattern_cache
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
    "ask_kind",
    "draft",
    "evaluate",
    "greeting_name",
    "interest_kind",
    "is_non_answer",
    "offer_kind",
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
NAME_END_RE = pattern_cache.compile(r"\s*(?:[,(;:|/]|\s[-–—]\s|\s(?:at|from|who|in|on|of|with)\s).*$", re.S)
MEETING_WORDS = ("call", "coffee", "meeting", "chat", "zoom")

PLACE_ABOUT_YOU = "[your role, in one line]"
PLACE_NAME = "[their name]"
PLACE_SIGN = "[your name]"
PLACE_INTEREST = "[the talk, post or project of theirs that caught your interest]"
PLACE_ASK = "[your one question about their work]?"
PLACE_OFFER = "[what you could offer]"


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
    rule = get_rule(rule_id)
    if not rule.may_apply(ctx):
        return []
    return [text[h.start : h.end] for h in rule.find(ctx)]


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


# --- What kind of answer is it? -----------------------------------------------------------

_NON_ANSWER_RE = pattern_cache.compile(
    r"^(?:(?:honestly|really|um+|uh+|er+|well|hmm+|ok|okay|i guess|to be honest|tbh|so)\s+)*"
    r"(?:nothing(?:\s+(?:really|much|yet|at all|special|in particular))?|not\s+(?:sure|really|"
    r"much|yet|anything|a lot)|no\s+(?:idea|clue|one|answer)|idk|dunno|i\s+(?:do\s*n[o']?t|"
    r"dont)\s+know(?:\s+yet)?|(?:do\s*n[o']?t|dont)\s+know|i'?m\s+not\s+sure|unsure|none|"
    r"n\s*/?\s*a|nope|no|nah|tbd|tbc|not applicable|anything|everything|whatever|"
    r"same as above|see above|pass|skip|\?+|-+|\.+|x+)"
    r"(?:\s+(?:really|honestly|yet|to be honest|tbh|i guess))*$",
    re.IGNORECASE,
)


def _plain(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).strip(" .!,;:")


def is_non_answer(text: str) -> bool:
    """An answer that says nothing: "nothing really", "not sure", "idk", "-", "n/a"..."""
    plain = _plain(text)
    if not plain:
        return True
    words = " ".join(re.sub(r"[^\w'/?\s-]", " ", plain).split())
    return _NON_ANSWER_RE.match(words or plain) is not None


WORK_WORDS_RE = pattern_cache.compile(
    r"\b(?:talks?|keynotes?|lectures?|posts?|blog(?:s|ged)?|articles?|papers?|essays?|thesis|"
    r"books?|chapters?|podcasts?|episodes?|videos?|newsletters?|threads?|projects?|librar(?:y|"
    r"ies)|tools?|repos?|code|packages?|research|stud(?:y|ies)|reports?|analys[ie]s|datasets?|"
    r"maps?|models?|designs?|decisions?|approach|methods?|framework|course|workshop|interview|"
    r"piece|series|work on|wrote|written|writes|published|built|builds|spoke|speaks|presented|"
    r"launched|designed|led|shipped|founded|started|migrat\w*|redesign\w*|rewrote|open-sourced)\b",
    re.IGNORECASE,
)
"""Words that point at something a person made or did, not where they work or what they are."""

EMPLOYER_RE = pattern_cache.compile(
    r"\b(?:works?|working|worked|employed|job|jobs)\s+(?:at|for|in)\b|\b(?:compan(?:y|ies)|"
    r"firm|employer|corporation|big tech|faang|brand|senior(?:ity)?|title|position|rank|"
    r"hiring|recruit\w*|connected|connections|network|influential|powerful|successful|famous|"
    r"well-known|rich|salary|prestig\w*|director|vp|executive|c-suite|manager)\b|"
    r"\b(?:works?|worked) there\b",
    re.IGNORECASE,
)
"""Interest in where they work or what they could do for you, rather than in their work."""

PRAISE_RE = pattern_cache.compile(
    r"\b(?:amazing|inspiring|inspirational|impressive|incredible|great|awesome|admire|"
    r"fascinating|brilliant|love|loved|cool|interesting)\b",
    re.IGNORECASE,
)

EXTRACTIVE_ASK_RE = pattern_cache.compile(
    r"\b(?:refer(?:ral|rals|red|ring)?|job|jobs|position|openings?|vacanc\w*|hire|hiring|"
    r"internships?|intro(?:duce|duction)?s?|put in a (?:good )?word|recommend me|"
    r"recommendation|sponsor\w*|get me in|get in|foot in the door|interview(?:s)? (?:at|with)|"
    r"connect me|their network|your network|his network|her network)\b",
    re.IGNORECASE,
)
BIG_ASK_RE = pattern_cache.compile(
    r"\b(?:call|calls|coffee|meeting|meet up|meetup|zoom|teams|chat for|hop on|minutes|"
    r"mentor\w*|review my|look at my|feedback on my|resume|cv|portfolio|shadow\w*)\b",
    re.IGNORECASE,
)
VAGUE_ASK_RE = pattern_cache.compile(
    r"^(?:(?:any|some|general|your|their|his|her)\s+)?(?:advice|tips|guidance|help|insights?|"
    r"thoughts|wisdom|pointers|suggestions)\b|\bpick (?:their|your|his|her) brains?\b|"
    r"\b(?:career (?:path|journey|advice)|how (?:to|they|he|she|you) (?:got|get|break) "
    r"(?:in|into|there|where)|how to succeed|what (?:it'?s|it is) like|"
    r"(?:their|your|his|her) (?:story|journey|background))\b",
    re.IGNORECASE,
)

InterestKind = Literal["empty", "non-answer", "employer", "generic", "unspecific", "specific"]
AskKind = Literal["empty", "non-answer", "extractive", "big", "vague", "specific"]
OfferKind = Literal["empty", "non-answer", "vague", "specific"]


def interest_kind(text: str) -> InterestKind:
    plain = _plain(text)
    if not plain:
        return "empty"
    if is_non_answer(plain):
        return "non-answer"
    work = WORK_WORDS_RE.search(plain)
    specific = specific_words(plain)
    if EMPLOYER_RE.search(plain) and not work:
        return "employer"
    if GENERIC_PRAISE_RE.search(plain) or (PRAISE_RE.search(plain) and not work):
        return "generic" if len(specific) < MIN_SPECIFIC_WORDS + 1 else "unspecific"
    if len(specific) < MIN_SPECIFIC_WORDS:
        return "unspecific" if work else "generic"
    if not work:
        return "unspecific"
    return "specific"


def ask_kind(text: str, relationship: Relationship = "stranger") -> AskKind:
    plain = _plain(text)
    if not plain:
        return "empty"
    if is_non_answer(plain):
        return "non-answer"
    if EXTRACTIVE_ASK_RE.search(plain):
        return "extractive"
    if BIG_ASK_RE.search(plain) or _rule_hits("big-ask", plain, relationship):
        return "big"
    if VAGUE_ASK_RE.search(plain) or _rule_hits("vague-ask", plain, relationship):
        return "vague"
    if not specific_words(plain):
        return "vague"
    return "specific"


_VAGUE_OFFER_RE = pattern_cache.compile(
    r"^(?:(?:my|some|any|whatever|general)\s+)?(?:help|time|support|thanks|gratitude|"
    r"anything(?: they| you)? (?:need|want)s?|whatever(?: they| you)? (?:need|want)s?|"
    r"my (?:time|help|support)|(?:help|support) (?:them|him|her|you)(?: out)?|"
    r"i (?:can|could) help|i'?m happy to help|a coffee|coffee|lunch|buy (?:them|him|her) "
    r"(?:a )?coffee|exposure|a like|likes|a follow|follow (?:them|him|her))$",
    re.IGNORECASE,
)


def offer_kind(text: str) -> OfferKind:
    plain = _plain(text)
    if not plain:
        return "empty"
    if is_non_answer(plain):
        return "non-answer"
    if _VAGUE_OFFER_RE.match(plain) or not specific_words(plain):
        return "vague"
    return "specific"


def _quoted(text: str, limit: int = 60) -> str:
    plain = " ".join(text.split())
    return plain if len(plain) <= limit else plain[: limit - 1] + "…"


# --- Reflections ---------------------------------------------------------------------------


def _reflect_who(answers: Answers) -> Reflection:
    if is_non_answer(answers.who):
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
    kind = interest_kind(answers.interest)
    said = _quoted(answers.interest)
    if kind in ("empty", "non-answer"):
        opening = "You haven't" if kind == "empty" else f'"{said}" means you haven\'t'
        return Reflection(
            question="interest", level="stop", rule="no-specific-interest",
            text=f"{opening} named anything about their work yet. Learn first: read or watch "
            "something they made, and come back when something catches your interest.",
        )
    if kind == "employer":
        return Reflection(
            question="interest", level="stop", rule="no-specific-interest",
            text=f'"{said}" is about where they work or what they could do for you, not '
            "about their work. That reads as a way in, not interest in them. Find a talk, "
            "post or project of theirs first, and write when something in it makes you "
            "curious.",
        )
    if kind == "generic":
        praise = GENERIC_PRAISE_RE.search(answers.interest) or PRAISE_RE.search(answers.interest)
        lead = f'"{praise.group()}" is generic praise' if praise else "This is generic"
        return Reflection(
            question="interest", level="caution", rule="no-specific-interest",
            text=f"{lead}: it could be said of anyone in their field. Name a talk, post, "
            "project or decision of theirs, and what about it made you curious.",
        )
    if kind == "unspecific":
        return Reflection(
            question="interest", level="caution", rule="no-specific-interest",
            text="Nearly: which one, and what about it? Name the talk, post or project, and "
            "the part of it that made you curious.",
        )
    shown = _clause(" ".join(answers.interest.split())).strip() or said
    return Reflection(question="interest", level="good", rule="no-specific-interest",
                      text=f'Specific: "{_quoted(shown)}" is something only they did. This '
                      "becomes your opening.")


def _reflect_ask(answers: Answers) -> list[Reflection]:
    kind = ask_kind(answers.ask, answers.relationship)
    said = _quoted(answers.ask)
    if kind == "empty":
        return [Reflection(question="ask", level="caution",
                           text="What would you ask if they said yes? One question they are "
                           "well placed to answer, and a search can't.")]
    if kind == "non-answer":
        return [Reflection(
            question="ask", level="caution",
            text=f'"{said}" is honest: there is no question yet. Without one the message has '
            "nothing for them to answer. Read more of their work until a question comes.")]
    out: list[Reflection] = []
    if kind == "extractive":
        out.append(Reflection(
            question="ask", level="caution", rule="big-ask",
            text=f'"{said}" asks for what they can do for you (a referral, a job, an '
            "introduction). That is a big first ask of someone who doesn't know you: start "
            "with one small question about their work; bigger things can come later.",
        ))
    elif kind == "big":
        out.append(Reflection(
            question="ask", level="caution", rule="big-ask",
            text=f'"{said}" is a big first ask of someone who doesn\'t know you. Start with '
            "one small question they can answer in a few lines; bigger things can come later.",
        ))
    elif kind == "vague":
        out.append(Reflection(
            question="ask", level="caution", rule="vague-ask",
            text=f'"{said}" leaves them to work out what you want, which makes them do your '
            "thinking. Ask one question about the work you named.",
        ))
    questions = answers.ask.count("?")
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
    kind = offer_kind(answers.offer)
    if kind in ("empty", "non-answer"):
        lead = ("Nothing to offer" if kind == "empty"
                else f'"{_quoted(answers.offer)}": nothing to offer')
        return Reflection(
            question="offer", level="caution",
            text=f"{lead} is common early on, and honest. Real thanks, an easy question and "
            "telling them later what you did with their answer all count; keep the ask small.",
        )
    if kind == "vague":
        return Reflection(
            question="offer", level="caution",
            text=f'"{_quoted(answers.offer)}" is too general to mean much to them. Name one '
            "thing: notes, data, a result, a summary of what you tried.",
        )
    return Reflection(question="offer", level="good",
                      text="Offering something concrete back makes it an exchange, not a "
                      "withdrawal.")


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


EXTRACTIVE_SIGNALS_TO_WAIT = 3


def extractive_signals(answers: Answers) -> list[str]:
    """The ways the plan is about what they could do for the learner, not about them."""
    signals = []
    if not recipient_name(answers.who):
        signals.append("a position, not a person")
    if interest_kind(answers.interest) in ("empty", "non-answer", "employer"):
        signals.append("nothing about their work")
    if ask_kind(answers.ask, answers.relationship) in ("extractive", "big"):
        signals.append("a big ask")
    if offer_kind(answers.offer) != "specific":
        signals.append("nothing to offer")
    if answers.still_write != "yes":
        signals.append("not sure you would still write")
    return signals


def _overall(answers: Answers, reflections: list[Reflection]) -> tuple[Level, str]:
    signals = extractive_signals(answers)
    if any(r.level == "stop" for r in reflections) or len(signals) >= (
        EXTRACTIVE_SIGNALS_TO_WAIT + 1
    ) or (len(signals) >= EXTRACTIVE_SIGNALS_TO_WAIT and "a big ask" in signals):
        return "stop", ("Wait before writing: as it stands, this plan is about what they "
                        "could do for you more than about them. See the notes below.")
    cautions = sum(r.level == "caution" for r in reflections)
    if cautions >= 3:
        return "caution", (f"Not yet: {cautions} answers need more thought before you "
                           "write. The draft below leaves [gaps] where an answer couldn't be "
                           "used.")
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
_PRONOUN_RE = pattern_cache.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _PRONOUNS), key=len, reverse=True))
    + r")\b(\s+(?:" + "|".join(map(re.escape, _VERBS)) + r")\b)?",
    re.IGNORECASE,
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


QUESTION_START = frozenset(
    "did do does is are was were could would can should have has will may might shall "
    "didn't don't doesn't isn't aren't wasn't weren't couldn't wouldn't can't shouldn't "
    "haven't hasn't won't".split()
)
"""Words that start a direct question ("Did store-level data help?")."""
WH_WORDS = frozenset("how what why which when where who whom whose whether if".split())
SUBJECT_PRONOUNS = frozenset("i you he she they we it".split())
ASK_VERB_RE = pattern_cache.compile(
    r"^(?:to\s+)?(?:ask(?:\s+(?:them|him|her|you))?(?:\s+about)?|learn(?:\s+about)?|"
    r"know|find out|understand|hear(?:\s+about)?|get (?:their|his|her|your) (?:take|view|"
    r"thoughts) on)\s+",
    re.IGNORECASE,
)
OFFER_VERBS = frozenset(
    "share send give show tell help introduce write review test offer bring swap trade "
    "return report let lend pass forward translate explain document summarise summarize "
    "run".split()
)


def _first(text: str) -> str:
    words = text.split()
    return words[0].lower().replace("’", "'").strip(",.;:") if words else ""


def _lower_first(text: str) -> str:
    """Lower-case the first word when it is only capitalised for being first ("A short...")."""
    word = _first(text)
    if word in STOPWORDS and word != "i":
        return text[:1].lower() + text[1:]
    return text


def _sentence(text: str, *, question: bool = False) -> str:
    text = " ".join(text.split()).strip()
    if not text:
        return ""
    text = text[:1].upper() + text[1:]
    if text[-1] in ".?!":
        return text
    return text + ("?" if question or _first(text) in QUESTION_START else ".")


def _clause(text: str) -> str:
    """The first clause of an answer: up to the first comma, colon, dash or 'which'."""
    return re.split(r"[,;:.!?()]|\s[-–—]\s|\s(?:which|that|because|and)\s", text, maxsplit=1)[0]


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    return re.split(r"(?<=[.!?])\s+", text, maxsplit=1)[0].rstrip(".!").strip()


def _subject(answers: Answers) -> str:
    if interest_kind(answers.interest) != "specific":
        return "[a few words naming their work]"
    interest = answers.interest
    clause = second_person(_clause(" ".join(interest.split()))).strip()
    words = clause.split()
    if (words and len(words) <= MAX_SUBJECT_WORDS - 1 and len(specific_words(clause)) >= 1
            and _first(clause) not in SUBJECT_PRONOUNS | WH_WORDS):
        return clause[:1].upper() + clause[1:]
    specific = list(dict.fromkeys(specific_words(interest)))[:3]
    return "Question about " + " ".join(specific) if specific else "Question about your work"


def opening(answers: Answers) -> str:
    """The sentence about their work: a frame that fits the answer's form, or a gap."""
    if interest_kind(answers.interest) not in ("specific", "unspecific"):
        return f"I've been thinking about {PLACE_INTEREST}."
    text = second_person(_first_sentence(answers.interest))
    text = re.sub(r"^(?:about|that|because|how much)\s+", "", text, flags=re.IGNORECASE)
    first = _first(text)
    if first in ("i", "i'm", "i've", "i'd", "i'll", "my"):
        return _sentence(text)
    if first in SUBJECT_PRONOUNS or first in ("you're", "you've", "you'd"):
        return f"I've been thinking about how {_lower_first(text)}."
    if first in WH_WORDS:
        return f"I've been thinking about {_lower_first(text)}."
    return f"I've been thinking about {_lower_first(text)}."


def question(answers: Answers) -> str:
    """The ask as one question: theirs when it can be one, else a gap to fill."""
    if ask_kind(answers.ask, answers.relationship) != "specific":
        return PLACE_ASK
    text = second_person(" ".join(answers.ask.split())).strip()
    if "?" in text:
        text = text[: text.index("?") + 1] if text.count("?") > MAX_QUESTIONS else text
    first = _first(text)
    if first in QUESTION_START:
        return _sentence(text, question=True)
    rest = ASK_VERB_RE.sub("", text)
    rest = rest.rstrip("?.! ")
    first = _first(rest)
    words = rest.split()
    if first in WH_WORDS:
        second = words[1].lower() if len(words) > 1 else ""
        if first not in ("whether", "if") and second in QUESTION_START:
            return _sentence(rest, question=True)
        return f"Could I ask {_lower_first(rest)}?"
    if rest is not text or first in STOPWORDS - SUBJECT_PRONOUNS:
        return f"Could I ask about {_lower_first(rest)}?"
    return PLACE_ASK


def offer_sentence(answers: Answers) -> str:
    """The offer, in a sentence that fits it; a marked gap when the answer can't be used."""
    if offer_kind(answers.offer) != "specific":
        return ""
    text = second_person(_first_sentence(answers.offer)).strip()
    first = _first(text)
    if first in ("i", "i'm", "i'd", "i'll", "i've", "if"):
        return _sentence(text)
    if first in ("happy", "glad"):
        return _sentence(f"I'd be {_lower_first(text)}")
    text = re.sub(r"^to\s+", "", text, flags=re.IGNORECASE)
    first = _first(text)
    if first in OFFER_VERBS:
        return f"If it would help, I'd be glad to {_lower_first(text)}."
    if first in SUBJECT_PRONOUNS or first in ("you're", "you'd", "you'll"):
        return f"If it would help, I'd be glad to share {PLACE_OFFER}."
    return f"If it would help, I'd be glad to share {_lower_first(text)}."


def draft(answers: Answers) -> Draft:
    """A message from the answers; the [brackets] are gaps for the learner to fill in."""
    name = recipient_name(answers.who)
    paragraphs = [
        f"Hi {greeting_name(name)},",
        f"I'm {PLACE_ABOUT_YOU}. {opening(answers)}",
        question(answers),
        offer_sentence(answers),
        "Thanks for reading, and no worries if you're too busy to reply.",
        PLACE_SIGN,
    ]
    body = "\n\n".join(p for p in paragraphs if p)
    subject = _subject(answers) if answers.channel == "email" else None
    usable = interest_kind(answers.interest) in ("specific", "unspecific")
    work = [_clause(answers.interest).strip()] if usable else []
    return Draft(channel=answers.channel, recipient=name, work=[w for w in work if w],
                 subject=subject, body=body)


def evaluate(answers: Answers) -> IntentionResult:
    reflections = reflect(answers)
    level, summary = _overall(answers, reflections)
    return IntentionResult(level=level, summary=summary, reflections=reflections,
                           draft=draft(answers))
