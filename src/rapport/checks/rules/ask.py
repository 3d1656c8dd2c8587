"""Rules about the ask itself: vague, too big, missing, or impossible to decline."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from rapport.checks import cues, lessons, pattern_cache
from rapport.checks import text as t
from rapport.checks.context import Context
from rapport.checks.rule import DAY_TO_DAY, Hit, example, rule
from rapport.checks.rules.form import all_about_sender
from rapport.checks.rules.greeting import LEADING_NAME_RE, only_small_talk
from rapport.checks.rules.vocabulary import (
    EASY_OUT_RE,
    FAVOUR_RE,
    disclaimed_before,
    negated_before,
    phrases,
    specific_words,
)
from rapport.checks.tone import mask_links

PICK_BRAIN_RE = phrases(
    r"""\b(?:pick(?:ing)?|borrow(?:ing)?|raid(?:ing)?)(?:\s+at)?\s+(?:your|ur|yer|some\s+of\s+your)\s+
        (?:brains?|minds?|head)\b
    | \bbrain[- ]?pick(?:ing)?\b
    | \b(?:borrow|pick|steal)\s+(?:\d+|a\s+few|some|five|ten|fifteen|twenty|thirty)\s+min(?:ute)?s?\s+of\s+
        (?:your|ur)\s+(?:brain|mind|head)\b
    | \btap(?:ping)?\s+(?:into\s+)?(?:your|ur)\s+(?:expertise|knowledge|brain|wisdom|mind|experience)\b
    | \bpick\s+your\s+(?:expertise|knowledge)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)

MEETING_RE = phrases(
    r"""\b(?:hop|jump|get)\s+on\s+(?:a\s+)?(?:quick\s+|short\s+|brief\s+|video\s+)?
        (?:call|phone(?:\s+call)?|zoom|chat|meet|teams)\b
    | \b(?:grab(?:bing)?|get(?:ting)?|hav(?:e|ing)|buy(?:ing)?\s+you)\s+(?:a\s+)?
        (?:quick\s+|virtual\s+|short\s+)?
        (?:coffee|cuppa|tea|chat|call|lunch|drink|bite)\b
    | \b(?:a\s+(?:quick\s+|short\s+|brief\s+|virtual\s+|informal\s+|zoom\s+|phone\s+|video\s+)?
        |(?:quick|short|brief|virtual|informal|zoom|phone|video|coffee|\d{1,2}[- ]?min(?:ute)?)\s+)
        (?:call|chat|meeting|catch[- ]?up|zoom|meet|coffee\s+chat)\b
    | \bmeet\s+(?:up|you|for\s+(?:a\s+)?coffee)\b
    | \bconnect\s+(?:over|on|via)\s+(?:a\s+)?(?:call|zoom|coffee|chat|phone)\b
    | \b(?:set\s+up|schedule|book|find|arrange|organi[sz]e)\s+(?:a\s+)?(?:quick\s+|short\s+|
        virtual\s+|brief\s+)?(?:time|call|meeting|chat|coffee|zoom|catch[- ]?up)\b
    | \b(?:grab|get|find|book)\s+(?:some\s+)?time\s+(?:on\s+the\s+phone|with\s+you|to\s+(?:chat|talk))
    | \b\d{1,2}\s+min(?:ute)?s?\s+of\s+your\s+time\b
    | \b(?:some|a\s+(?:bit|little)\s+of)\s+your\s+time\b
    | \bover\s+(?:a\s+)?(?:quick\s+|virtual\s+|short\s+)?(?:coffee|call|zoom|lunch|tea|video\s+call|
        phone\s+call|drink)\b
    | \b(?:steal|borrow)\s+(?:\d{1,2}|a\s+few|five|ten|fifteen|twenty)\s+min(?:ute)?s?\b
    | \b(?:could|can|may)\s+I\s+(?:have|get|grab)\s+(?:\d{1,2}|a\s+few|five|ten|fifteen|twenty)\s+
        min(?:ute)?s?\b
    | \b(?:chat|talk|speak)\s+(?:with|to)\s+you\s+(?:sometime|soon|briefly|for\s+a\s+(?:few|bit))
    | \b(?:can|could|shall)\s+we\s+(?:chat|talk|speak|meet|catch\s+up|connect)\b
    | \bfancy\s+(?:a\s+)?(?:quick\s+)?(?:coffee|drink|pint|chat|catch[- ]?up|call|lunch)\b
    | \b(?:sync|sync\s+up|catch\s+up|connect|chat|talk)\s+(?:sometime|soon|at\s+some\s+point|one\s+of\s+
        these\s+days)\b
    | \b(?:have|spare|find|give\s+me|get)\s+(?:\d{1,2}|a\s+few|five|ten|fifteen|twenty|thirty)\s+
        min(?:ute)?s?\s+(?:to|for)\s+(?:a\s+)?(?:chat|talk|speak|meet|connect|call|catch\s+up)\b
    | \btime\s+for\s+(?:a\s+)?(?:quick\s+|short\s+|virtual\s+)?(?:coffee|call|chat|lunch|drink|zoom|
        catch[- ]?up)\b
    | \b(?:speak|talk|chat|meet)\s+with\s+me\s+for\s+(?:\d{1,2}|a\s+few|five|ten|fifteen
        |twenty)\s+min(?:ute)?s?\b
    """,
    re.IGNORECASE | re.VERBOSE,
)

TOPIC_MARKER_RE = phrases(
    r"""\b(?:about|on|regarding|re|around|concerning)\b
    | \bto\s+(?!be\b)\w+ | \band\s+(?:walk|show|talk|ask|go|hear|learn|chat|compare|get)\b
    | \bso\s+(?:that\s+)?(?:i|we|you)\s+(?:can|could)\b""",
    re.IGNORECASE | re.VERBOSE,
)

CLAUSE_END_RE = pattern_cache.compile(
    r"[,;:()\u2600-\u27bf\U0001F300-\U0001FAFF]|\b(?:but|if|unless|whenever|when)\b", re.IGNORECASE
)
"""Where a topic phrase ends: punctuation inside a sentence, an emoji, or a new clause."""

CURIOSITY_RE = phrases(
    r"""\b(?:curious|wondering|wonder)\s+(?:about|how|why|whether|if|what|which|where)\b
    | \b(?:want(?:ed)?|like|love|hoping)\s+to\s+(?:know|ask|understand|hear|learn)\s+
        (?:all\s+|more\s+)?(?:how|why|whether|if|what|which|about)\b
    | \b(?:want(?:ed)?|like|love|hoping)\s+to\s+ask\s+(?:you\s+)?(?:two|three|a\s+couple\s+of|one|a\s+few)\s+
        (?:things|questions)\s*:
    | \b(?:my|one|a\s+specific|a\s+single)\s+question\s+(?:is|was|about|on)\b
    | \bquestion\s+about\b
    | \bhow\s+(?:did|do|does|would|should|could|have)\s+(?:you|your\s+team)\b
    | \b(?:what|who|which\s+\w+)\s+(?:made|led|helped|got|convinced|pushed)\s+you\b
    | \bwhy\s+(?:did|do|would)\s+you\b
    | \bhow\s+(?:you|your\s+team)\s+(?:decided|chose|handled|approached|got|made|built|went|dealt|
        managed|moved|switched|picked|think|thought|weighed|balanced|structured|ran|set)\b""",
    re.IGNORECASE | re.VERBOSE,
)

REQUEST_CONTEXT_RE = pattern_cache.compile(
    r"\?|\b(?:would|could|can|will)\s+you\b|\b(?:love|like|happy|keen|open|up|free|available|"
    r"able|possible|time|mind|want)\b|\blet['’]?s\b|\bwould\s+it\b|\b(?:we|you)\s+should\b|\bfancy\b|"
    r"\b(?:would|['’]d)\s+be\s+(?:great|good|nice|lovely|amazing|helpful)\b",
    re.IGNORECASE,
)


PRONOUN_TOPIC_RE = pattern_cache.compile(
    r"\b(?:talk|go|walk|think|run)\s+(?:it|this|that|them)\s+(?:through|over)\b"
    r"|\b(?:talk|chat|hear|think)\s+about\s+(?:it|this|that)\b"
    r"|\bdiscuss\s+(?:it|this|that|them)\b",
    re.IGNORECASE,
)
"""'Could we talk it through?': the topic is the one the message has just described."""


def _names_specific_topic(ctx: Context, sentence: t.Span, after: int) -> bool:
    """Does the meeting request name what it is for, after the meeting words themselves?"""
    if PRONOUN_TOPIC_RE.search(ctx.text_of(sentence)):
        return True
    text = ctx.body[after : sentence.end]
    return any(_specific_topic(CLAUSE_END_RE.split(text[m.end() :], maxsplit=1)[0])
               for m in TOPIC_MARKER_RE.finditer(text))


VAGUE_HEAD_RE = pattern_cache.compile(
    r"\b(?:stuff|things?|bits?|matters?|situation|business|side\s+of\s+things|whole\s+thing)\W*$",
    re.IGNORECASE,
)
"""'The pricing stuff': a topic that ends in a placeholder noun names an area, not a question."""


def _specific_topic(phrase: str) -> bool:
    words = specific_words(phrase)
    if VAGUE_HEAD_RE.search(phrase.rstrip(" ?.!")):
        return len(words) > 2
    return bool(words)


def _has_specific_question(ctx: Context, exclude: t.Span) -> bool:
    for sentence in ctx.sentences:
        if sentence == exclude:
            continue
        text = ctx.text_of(sentence)
        if "?" in text and len(specific_words(text)) >= 2:
            return True
        cue = CURIOSITY_RE.search(text)
        if cue and specific_words(CLAUSE_END_RE.split(text[cue.end() :], maxsplit=1)[0]):
            return True
    return False


VAGUE_ERRAND_RE = phrases(
    r"""\b(?:if|in\s+case|when)\s+(?:you|u)\s+(?:hear|see|know|come\s+across|spot)\s+(?:of\s+)?
        (?:anything|something|any\s+(?:openings?|roles?|jobs?|positions?|opportunit(?:y|ies)))\b
    | \bsend\s+(?:anything|any\s+(?:openings?|roles?|jobs?|leads?|opportunit(?:y|ies)))\s+my\s+way\b
    | \bkeep\s+(?:me\s+in\s+mind|an\s+eye\s+out\s+for\s+me)\b
    | \b(?:let\s+me\s+know\s+)?if\s+anything\s+(?:suitable\s+|relevant\s+)?(?:comes\s+up|opens\s+up
        |turns\s+up|
        comes\s+across\s+your\s+desk)\b""",
    re.IGNORECASE | re.VERBOSE,
)
OPEN_ENDED_RE = phrases(
    r"""\b(?:welcome|appreciate|value|hear|be\s+(?:very\s+|really\s+|so\s+|truly\s+|most\s+|extremely\s+)?grateful\s+for)\s+
        any\s+(?:advice|guidance|tips|pointers|
        suggestions|insights?|wisdom|thoughts)\b(?!\s+(?:on|about)\s+(?:the|your|this|my|our|how|whether|which)\b)
    | \bany\s+(?:advice|tips|pointers|guidance|suggestions|insights?|wisdom)\b
        (?=[^.?!\n]{0,80}(?:\?|\b(?:appreciated|welcome|grateful|helpful|help|great|amazing)\b))
    | \blearn\s+from\s+you(?:r\s+(?:experience|journey|career|story|path))?\b(?!\s+(?:about|how|on)\b)
    | \bwhat['’]?s\s+it\s+like\s+(?:working|to\s+work|being)\s+(?:in|at|on|as)\b
    | \bshare\s+(?:your|some\s+of\s+your)\s+(?:experiences?|journey|story|knowledge|wisdom)
        (?:\s+with\s+(?:me|us))?(?=\s*(?:[.?!\n]|$))
    | \btell\s+me\s+(?:more\s+|a\s+bit\s+|a\s+little\s+)?about\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?
        (?:profession|field|industry|sector|job\s+market)(?:\s+in\s+[\w-]+)?(?=\s*[.?!\n])
    | \b(?:let\s+me\s+know|hear|share)\s+your\s+thoughts\b(?!\s+(?:on|about)\b)
    | \b(?:get|have|hear)\s+your\s+(?:thoughts|take|perspective|input|views?|opinion|advice|guidance)\s+
        (?:on|about)\s+my\s+(?:career|path|journey|future|plans|next\s+steps?|options|situation|profile)\b
    | \b(?:get|gain|hear)\s+your\s+(?:guidance|advice|insights?|wisdom)\b
        (?![^.?!\n]{0,15}\b(?:on|about)\b)
    | \b(?:some|any|your)\s+(?:insights?|advice|tips|wisdom|guidance|pointers|perspective)\s+(?:about|on|into|
        regarding)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:field|industry|sector|space|world|profession|area|
        domain|market)\b
    | \bhow\s+(?:things|stuff|it\s+all|everything)\s+works?\b
    | \b(?:discuss|explore|talk\s+about)\s+(?:a\s+)?(?:possible\s+|potential\s+)?(?:collaboration|partnership|
        synergies)\b(?!\s+(?:on|around)\s+(?:your|the|our)\s+\w+\s+\w+)
    | \bexplore\s+(?:potential\s+|possible\s+|some\s+|any\s+|mutual\s+)?(?:synergies|collaboration|
        opportunities\s+(?:together|to\s+collaborate)|ways\s+to\s+(?:work|collaborate)\s+together)\b
    | \bexplore\s+(?:the\s+|some\s+|any\s+)?(?:areas|avenues|topics)\s+of\s+(?:mutual|common|shared)\s+
        interest\b
    | \bsee\s+how\s+we\s+(?:might|could|can)\s+(?:help\s+each\s+other|work\s+together|collaborate)\b""",
    re.IGNORECASE | re.VERBOSE,
)
OPEN_AGENDA_RE = phrases(
    r"""\b(?:explore|discuss|identify)\s+(?:all\s+|the\s+|some\s+|any\s+)?(?:possible\s+|potential\s+|mutual\s+)?
        (?:areas|avenues|possibilities|opportunities)\s+(?:of|for)\s+(?:collaboration|co-?operation|partnership
        |working\s+together)\b
    | \b(?:discuss|talk\s+about|explore)\s+(?:the\s+)?way\s+forward\b
        (?!\s+(?:on|for|with)\s+(?:the|this|your|our)\s+\w+\s+\w+)""",
    re.IGNORECASE | re.VERBOSE,
)
"""A meeting whose agenda is the agenda itself: "explore possible areas of collaboration",
"discuss the way forward". Coaches called it a vague ask on all 10 coach-set messages with it
(sets 11-523), whatever else the message did, so the coach model may neither veto it nor
hold it back (`Hit.explicit`)."""
CAREER_HELP_RE = phrases(
    r"""\bhelp\s+me\s+(?:with|figure\s+out|sort\s+out)\s+my\s+(?:career|job\s+search|future|life|path|
        next\s+steps?)\b(?!\s+(?:in|as|at|into|plan\s+for)\b)
    | \b(?:advise|guide|tell)\s+me\s+(?:on\s+)?how\s+(?:to|I\s+(?:can|could|should))\s+(?:start|begin
        |get\s+(?:into|started)|break\s+in(?:to)?|enter|move\s+into|transition)\b
    | \bplease\s+teach\s+me\b | \bteach\s+me\s+(?:when|whenever|sometime)\b
    | \b(?:advise|guide|direct)\s+me\s+(?:on\s+|about\s+|as\s+to\s+)?
        (?:how\s+(?:to|I\s+(?:should|can|could|may))
        \s+proceed|the\s+way\s+forward|what\s+to\s+do\s+next|(?:the|my)\s+next\s+steps?)\b
        (?![^.?!\n]{0,30}\b(?:with|on|for|about)\s+(?:the|my|this|your)\b)
    | \b(?:tell|let)\s+me\s+(?:know\s+)?how\s+you\s+(?:can|could|might|may)\s+(?:help|assist|support)
        (?:\s+me)?\b(?!\s+(?:with|on|to)\b)
    | \b(?:talk|chat|speak)\s+(?:to\s+you\s+|with\s+you\s+)?about\s+my\s+(?:future|career|options|plans
        |next\s+steps?|path)\b(?![^.?!\n]{0,30}\b(?:in|as|at|into)\b)
    | \b(?:please\s+|could\s+you\s+|can\s+you\s+)?tell\s+me\s+(?:more\s+|a\s+bit\s+|a\s+little\s+)?about\s+
        (?:working|living|life|studying|your\s+(?:job|work|career|experience|journey|role|path|day|field))\b
        (?![^.?!\n]{0,40}\b(?:how|whether|what|which|when|why)\b)
    | \bhow\s+we\s+(?:might|could|can)\s+work\s+together\b
    | \bexchange\s+(?:some\s+)?(?:ideas|thoughts|views|notes)\b(?!\s+(?:on|about)\b)""",
    re.IGNORECASE | re.VERBOSE,
)
"""Help with everything and nothing: "advise me how to start", "exchange some ideas", "how we
might work together"."""
"""'Help me with my career': a whole life handed over, between friends too."""
FRIEND_BARE_WORDS = 12
"""A friend's message this short that asks only for "any tips" gives them nothing to answer."""
OPEN_ENDED_MESSAGE = ("An honest answer to this would take an hour, so most people answer "
                      "nothing: ask one thing they can answer in a few lines.")
SOME_QUESTIONS_RE = phrases(
    r"""\b(?:ask|send)\s+(?:you\s+|u\s+|ya\s+)?(?:some|a\s+few|few|a\s+couple\s+(?:of\s+)?|several
        |some\s+more)\s+(?:quick\s+|small\s+)?(?:questions|qs|stuff|things)\b""",
    re.IGNORECASE | re.VERBOSE,
)
SOME_QUESTIONS_MESSAGE = ("\"Some questions\" makes them agree before they know what to: ask the "
                          "first one now.")
BARE_OPINION_RE = phrases(
    r"\b(?:any\s+)?(?:thoughts|feedback|opinions?|comments|input|views|notes)\s*\?", re.IGNORECASE
)
BARE_OPINION_MESSAGE = ("\"Thoughts?\" on a whole document leaves them to guess which part and "
                        "what you need to decide: point at the part and ask one question.")
ERRAND_MESSAGE = ("\"Anything\" gives them nothing to look for: say what kind of role, or ask one "
                  "question about their team.")
STILL_THERE_RE = phrases(
    r"""(?:are\s+|r\s+)?(?:you|u)\s+still\s+(?:at|with|in|working\s+(?:at|for))\s+[^?.!\n]{2,30}\?""",
    re.IGNORECASE,
)
STILL_THERE_MESSAGE = ("Asking whether they are still there, and nothing else, leaves them "
                       "guessing what comes next: say what you would like to ask.")
STILL_THERE_WORDS = 16


def _greeting_to_signoff(ctx: Context) -> tuple[int, int]:
    """Where the message starts after its greeting, and ends before the name it is signed with."""
    start = ctx.greeting.span.end if ctx.greeting else 0
    end = ctx.signoff.start if ctx.signoff and ctx.signoff.start >= start else len(ctx.body)
    return start, end


def _between_greeting_and_signoff(ctx: Context) -> str:
    """The message without its greeting and the name it is signed with."""
    start, end = _greeting_to_signoff(ctx)
    return ctx.body[start:end]


def _only_asks_if_still_there(ctx: Context) -> re.Match[str] | None:
    """"Hi Pete, are you still at Greencore? Becca": asking whether they still work somewhere,
    with only a greeting, small talk or a sign-off around it. Coaches named a vague ask on all 6
    fixture messages like this; "are you still at X? I'm applying there" says why."""
    if len(ctx.words) > STILL_THERE_WORDS or len(ctx.questions) != 1:
        return None
    probes = ctx.find(STILL_THERE_RE)
    if not probes:
        return None
    probe = probes[0]
    start, end = _greeting_to_signoff(ctx)
    before = (ctx.body[start:probe.start()] if ctx.greeting
              else LEADING_NAME_RE.sub("", ctx.body[:probe.start()]))
    return probe if only_small_talk(before + " " + ctx.body[probe.end():end], ctx) else None


@rule(
    id="vague-ask",
    supersedes=("no-easy-out", "no-ask"),
    # "Free tonight? Need to ask you something" to a friend is both a bare presence check and
    # an ask that says nothing. Where both fired, coaches named the vague ask 53 times and the
    # greeting 18 (sets 11-750): between friends the evening is being asked for, not a reply.
    supersedes_between_friends=("naked-greeting",),
    severity="warning",
    title="A vague ask",
    message="This asks for their time without saying what you want to learn.",
    why=""""Can I pick your brain?" and "Could we hop on a call?" ask the other person to do the
    work of figuring out what you need, and to set aside time before knowing whether they can
    help. A specific question shows you have thought about their work, and lets them answer
    in two lines or say who could answer better.""",
    suggestion="Name the one question you would ask, e.g. \"I'd love to ask how you decided "
    "to ...\". If a call really is easier, say what it would be about.",
    lesson=lessons.CURIOSITY,
    bad=[
        example("Hi Dana, I'm a bootcamp grad. Could I ⟦pick your brain⟧ sometime?"),
        example("I'm Tom, a second-year student. Would you be open to ⟦a quick call⟧ next week?"),
        example("Love your content! Would love to ⟦grab a coffee⟧ and learn about your journey.",
                channel="linkedin"),
        example("I'd really like to ⟦tap your expertise⟧ on my career.", channel="linkedin"),
        example("⟦hey got 10 mins to chat later?⟧ need your accountant brain on something",
                channel="text", relationship="friend",
                note="To a friend, the evening is what is asked for: say what it is about."),
        example("Dear Dr Mensah,\nI lead research at Kisumu Polytechnic and I believe our "
                "departments have much in common. I would welcome the chance to ⟦explore possible "
                "areas of collaboration⟧.\nAmina Otieno", subject="Your work on rural clinics",
                note="The meeting's agenda is the agenda: name one piece of their work and one "
                     "idea."),
        example("Would you be free to ⟦hop on a call⟧ to chat about your career path?"),
        example("Hi Bea, could we ⟦find some time to chat⟧ about the rota stuff?",
                channel="slack", relationship="coworker",
                note="\"The rota stuff\" names an area, not a question."),
        example("Great meeting you at the expo! Would love to ⟦explore potential synergies⟧.",
                channel="linkedin", relationship="acquaintance"),
        example("It was a pleasure to meet you at the forecasting workshop in Accra. I would "
                "welcome the opportunity to ⟦explore areas of mutual interest⟧ at your "
                "convenience.", channel="linkedin", relationship="acquaintance"),
        example("heyyy ⟦any tips⟧ for the interview tmrw?? 😭", channel="slack",
                relationship="friend", note="Nothing else to go on, even for a friend."),
        example("I am a civil engineer moving into sustainability. I saw your post on embodied "
                "carbon in precast. Can you ⟦advise me how to start⟧?\nYousef",
                channel="linkedin"),
        example("Colleagues mention your group's work on health records. Would you be open to "
                "discussing ⟦how we might work together⟧?\nHelen", relationship="coworker"),
        example("I have nine years in dairy QA and want to move into exports. Kindly ⟦advise me "
                "on how to proceed⟧.\nArjun", channel="email",
                note="How to proceed with a whole career move is an hour's answer."),
        example("Dear Rachel,\nThank you again for the orientation day last month. I am thinking "
                "to work in Australia after I graduate. Could you please ⟦tell me about the OT "
                "profession in Australia⟧? Anything you can share would be very helpful.\n"
                "Kind regards,\nJi-woo", subject="Thank you for the orientation day",
                relationship="acquaintance",
                note="A whole profession in a whole country: ask the one thing you need to know."),
    ],
    good=[
        example("Would you be open to a quick call about how you priced the first version of "
                "Ledgerly? I'm weighing usage-based pricing for a similar tool."),
        example("I have one question: how did you decide when to stop hand-labelling data? "
                "Happy to ask it here or on a short call, whichever is easier."),
        example("Thanks for the quick call yesterday, the notes on hiring were gold.",
                relationship="acquaintance"),
        example("Would you be open to mentoring me, maybe a call once a month?",
                note="A mentoring call is a big ask (big-ask says so), not a vague one."),
        example("The Berlin offer came through! You've done contract-to-perm in Germany, so "
                "could we talk it through this weekend?", channel="text", relationship="friend",
                note="'It' is the offer the message has just described."),
        example("If you ever have an hour, I'd love to buy you lunch and hear how you got the "
                "seismic joints past Caltrans.", relationship="former-colleague"),
        example("My article quotes someone who said \"can I pick your brain\" is a red flag."),
    ],
)
def vague_ask(ctx: Context) -> Iterator[Hit]:
    for m in ctx.find(PICK_BRAIN_RE):
        if not disclaimed_before(ctx.body, m.start()):
            yield Hit(m.start(), m.end())  # no swap: only the question itself fixes it
    big = _big_asks(ctx.body, ctx.quoted) if ctx.is_cold else []
    for m in ctx.find(VAGUE_ERRAND_RE):
        if any(start < m.end() and m.start() < end for start, end in big):
            continue  # to someone who barely knows you it is a big ask, and says so
        yield Hit(m.start(), m.end(), message=ERRAND_MESSAGE)
        return
    for m in ctx.find(OPEN_AGENDA_RE):
        yield Hit(m.start(), m.end(), message=OPEN_ENDED_MESSAGE, explicit=True)
        return
    bare = ctx.find(BARE_OPINION_RE)
    if bare and len(t.words(mask_links(_between_greeting_and_signoff(ctx)))) <= 4:
        yield Hit(bare[0].start(), bare[0].end(), message=BARE_OPINION_MESSAGE)
        return
    for m in ctx.find(CAREER_HELP_RE):
        if not _has_specific_question(ctx, ctx.sentence_at(m.start())):
            yield Hit(m.start(), m.end(), message=OPEN_ENDED_MESSAGE)
            return
    probe = _only_asks_if_still_there(ctx)
    if probe:
        yield Hit(probe.start(), probe.end(), message=STILL_THERE_MESSAGE)
        return
    if ctx.relationship == "friend":
        if len(ctx.words) <= FRIEND_BARE_WORDS:
            for m in ctx.find(OPEN_ENDED_RE):  # "any tips for tmrw??" and nothing else
                yield Hit(m.start(), m.end(), message=OPEN_ENDED_MESSAGE)
                return
        return  # "fancy a drink Thursday?" between friends is a plan, not a vague ask
    for m in ctx.find(OPEN_ENDED_RE):
        if not _has_specific_question(ctx, ctx.sentence_at(m.start())):
            yield Hit(m.start(), m.end(), message=OPEN_ENDED_MESSAGE)
            return
    for m in ctx.find(SOME_QUESTIONS_RE):
        if not _has_specific_question(ctx, ctx.sentence_at(m.start())):
            yield Hit(m.start(), m.end(), message=SOME_QUESTIONS_MESSAGE)
            return
    for m in ctx.find(MEETING_RE):
        sentence = ctx.sentence_at(m.start())
        if not REQUEST_CONTEXT_RE.search(ctx.text_of(sentence)):
            continue
        if disclaimed_before(ctx.body, m.start()) or _names_specific_topic(ctx, sentence, m.end()):
            continue
        if _big_asks(ctx.text_of(sentence)):
            continue  # a mentoring call or an hour-long meeting is a big ask, not a vague one
        if _has_specific_question(ctx, sentence):
            continue
        yield Hit(m.start(), m.end())
        return


_MENTOR_ME = r"""\b(?:be|become)\s+my\s+(?:mentor|counsell?or|sponsor|supervisor)\b | \bmentor(?:ing)?\s+me\b
    | \bongoing\s+mentor(?:ing|ship)\b
    | \bmentor(?:ing)?\s+(?:us|our\s+(?:[\w'’-]+\s+){0,2}?(?:unit|team|business|company|startup|group|
        project|co-?op|cooperative|shop|studio|workshop|collective|band|club))\b"""
"""Asking someone to mentor you, sponsor or supervise you, or your small business or team
("mentor our small unit"): big from anyone but a friend."""
_VOUCH_OR_HAND_UP = r"""\brecommend\s+(?:us|our\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:for|to)\s+
        (?:the|your|a|an)\b
    | \b(?:pass|hand)\s+(?:it|this|them)\s+(?:on\s+|along\s+)?to\s+(?:your|the)\s+(?:boss|manager|
        hiring\s+manager|director|hr|recruiter|owner|supervisor|team\s+lead(?:er)?)\b"""
"""Vouching for the sender's business ("recommend our unit to the selection committee"), or
handing on something of theirs to the reader's boss ("I'll drop my CV in, could you pass it
on to your boss?")."""
BIG_ASK_RE = phrases(
    r"""\brefer\s+me\b
    | \brefer(?:ral)?s?\b(?!\s+(?:to|back|system|systems|pathways?|process|network|programmes?|
        programs?|forms?|letters?|data|rates?|hospitals?|services?|chain|scheme|bonus|code|link|
        criteria|guidelines|patterns|sources?|traffic))
    | \bput(?:ting)?\s+in\s+a\s+(?:good\s+)?word\b | \bput(?:ting)?\s+a\s+(?:good\s+)?word\s+in\b
    | \bput(?:ting)?\s+(?:my\s+name|me)\s+forward\b
    | \bput(?:ting)?\s+my\s+(?:cv|c\.v\.|resume|résumé|name|application)\s+(?:in|forward|through|up)\b
    | \bpass(?:ing)?\s+(?:my\s+name|me)\s+(?:along|on)\b | \b(?:nominate|endorse|sponsor)\s+me\b
    | \bindicat(?:e|ing)\s+(?:my\s+name|me)\b(?!\s+(?:as|on|in\s+the))
    | (?<!an\s)(?<!my\s)(?<!the\s)(?<!had\s)(?<!your\s)(?<!his\s)(?<!her\s)(?<!their\s)
        \binterview\s+(?:for|with)\s+(?:the|a|an|your)\b
    | \b(?:spot|place|position|opening|internship|role|job|vacancy|seat)\s+(?:in|on|at|with)\s+your\s+
        [\w'’\-]+
    | \b(?:come\s+in|sit\s+down)\s+for\s+an?\s+interview\b | \bI\s+need\s+a\s+job\b
    | \b(?:recommendation|reference|review|endorsement|testimonial)\s+(?:\w+\s+)?saying\s+(?:that\s+)?
        (?:I['’]?m|I\s+am|I\s+was)\b
    | \b(?:attached|enclosed|attaching|here\s+is|here['’]s)\s+my\s+(?:cv|c\.v\.|resume|résumé)\b
    | \bvouch\s+for\s+me\b | \brecommend\s+me\s+(?:for|to)\b
    | \brecommend\s+me(?=\s*[?!.]|\s+(?:please|pls)\b)
    | \b(?:get|land|give|offer|find|sort|fix|hook|help\s+me\s+(?:get|find|land))\s+me\s+(?:(?:up|out)\s+
        with\s+)?(?:a|an)\s+(?:job|role|position|interview|internship|placement|offer|spot|place)\b
    | \bhelp\s+me\s+(?:get|find|land)\s+(?:a|an)\s+(?:job|role|position|interview|internship)\b
    | \bhire\s+me\b | \bconsider\s+me\s+for\b
    | \b(?:add|put)\s+(?:me|my\s+name)\s+(?:on|to)\s+(?:your|the)\s+
        (?!(?:mailing|newsletter|email|e-mail|distribution|waiting|wait|
        guest|christmas|contact)\b)(?:[\w-]+\s+)?(?:list|roster|books|bench|pool|panel|rota|database)\b
    | \bget\s+(?:me\s+)?(?:an?\s+)?interview\b
    | \b(?:any|open|available)\s+(?:jobs|roles|positions|openings|vacancies)\s+(?:at|on|in)\s+your\b
    | \b(?:room|space|a\s+spot|a\s+place|an\s+opening)\s+
        (?:for\s+(?:me|one\s+more(?:\s+person)?|another\s+(?:person|pair\s+of\s+hands))\s+)?(?:on|in|at)\s+your\s+
        (?:[\w-]+\s+)?(?:team|company|
        studio|firm|org|lab|department|crew|shop|kitchen|newsroom)\b
    | \bany\s+(?:openings?|vacanc(?:y|ies)|positions?|roles?|jobs?)\s+(?:are\s+|is\s+)?(?:there\s+)?
        (?:available\s+|open\s+)?(?:in|at|on|with)\s+your\b
    | \b(?:job|role|position)\s+(?:on|in|at)\s+your\s+(?:team|company|org)\b
    | \bhelp\s+me\s+get\s+my\s+foot\s+in\s+the\s+door\b
    | \b(?:forward|pass|send|share|hand)(?:ing)?\s+(?:along\s+|on\s+)?
        (?:my|the\s+(?:enclosed|attached)|the)\s+(?:cv|c\.v\.|resume|résumé|curriculum\s+vitae|
        application|profile|portfolio)(?:\s+(?:along|on))?\b
        (?!\s+(?:review|exam|assessment|interview|test|round|stage|screen|panel|viva)s?\b)  # passing it
    | \bintroduc(?:e|ing)\s+me\s+to\b | \bintroductions?\s+to\s+(?:your|anyone|someone|people|a\s+few|some)\b
    | \b(?:be|get)\s+introduced\s+to\b
    | \bintros?\s+to\s+(?:your|anyone|someone|people|a\s+few|some)\b
    | \b(?:connect|link)\s+me\s+(?:with|to)\b | \bput\s+me\s+in\s+touch\s+with\b
    | """ + _MENTOR_ME + r""" | """ + _VOUCH_OR_HAND_UP + r"""
    | \b(?:regular|weekly|monthly|fortnightly|recurring|ongoing)\s+(?:calls?|chats?|meetings?|
        check[- ]?ins?|sessions?|mentoring|catch[- ]?ups?)\b | \bon\s+an\s+ongoing\s+basis\b
    | \bget\s+me\s+in\s+front\s+of\b
    | \bjoin\s+your\s+(?:[\w-]+\s+)?(?:team|crew|company|lab|studio|kitchen|firm|staff|faculty)\b
    | \bintern\s+(?:with|for|under)\s+(?:you|u)\b | \brecommend\s+my\s+name\b
    | \b(?:a|the)\s+(?:slot|gig|booking)\s+(?:at|on|in)\s+your\s+(?:[\w'’-]+\s+)?(?:festival|line-?up|stage
        |programme|program|bill|venue|series|season)\b
    | \b(?:join|sit\s+on|be\s+on|serve\s+on)\s+(?:our|my)\s+(?:[\w'’-]+\s+){0,2}?(?:board|committee
        |steering\s+group|advisory\s+(?:group|panel|council))\b
    | \btell\s+me\s+how\s+to\s+apply\b | \bplug\s+me\s+(?:in)?to\b
    | \b(?:com(?:e|ing)\s+on(?:\s+board)?|join(?:ing)?(?:\s+us)?|sign(?:ing)?\s+on|serv(?:e|ing)
        |act(?:ing)?)\s+as\s+(?:our|an?|my)\s+(?:[\w-]+\s+)?
        (?:advisor|adviser|board\s+member|ambassador|co-?founder)\b
    | \b(?:(?:read|look|go)\s+(?:through|over)|review|check|proofread|edit|critique)\s+
        (?:the\s+(?:whole|entire)\s+thing|all\s+of\s+it|it\s+all)\b
    | \bmark\s+it\s+up\b
    | \b(?:meet(?:ing)?|call(?:s|ing)?|chat(?:s|ting)?|catch(?:ing)?\s+up)\s+(?:up\s+)?
        (?:every\s+(?:other\s+)?(?:week|month|fortnight)|weekly|monthly|fortnightly|regularly)\b
    | \b(?:find|see)\s+(?:my|the)\s+(?:cv|c\.v\.|resume|résumé)\s+attached\b
    | \bforward\s+(?:it|this|them)\s+to\s+(?:the|your)\s+
    | \bsupervis(?:e|ing)\s+me\b | \btake\s+me\s+(?:on\s+)?as\s+(?:a|an|your)\s+
        (?:student|mentee|intern|apprentice|phd\s+student)\b
    | \bintro\s+me\s+(?:to|with)\b
    | \b(?:eye|eyes|look|feedback|notes|thoughts|opinion|input|critique)\s+(?:on|over)\s+my\s+
        (?:portfolio|cv|c\.v\.|resume|résumé|deck|pitch|business\s+plan|cover\s+letter|manuscript|
        case\s+studies|website|thesis|application|startup|proposal)\b
    | \b(?:review|critique|look\s+over|go\s+through|tear\s+apart)\s+(?:the|these|my|all)\s+
        (?:\d+\s+|three\s+|two\s+|four\s+)?(?:case\s+studies|samples|projects|drafts?|chapters|
        writing\s+samples|designs)\b
    | \bneed\s+(?:work|a\s+job)\b
    | \b(?:let\s+me\s+know|send\s+(?:it|them|anything)\s+my\s+way|keep\s+me\s+in\s+mind|think\s+of\s+me)
        \s*,?\s+if\s+you\s+(?:hear|see|know|come\s+across)\s+(?:of\s+)?(?:anything|any\s+(?:roles?|jobs?|
        openings?|positions?|vacancies))\b
    | \bif\s+you\s+(?:hear|see|know)\s+(?:of\s+)?(?:anything|any\s+(?:roles?|jobs?|openings?|positions?))
        \s*,?\s+(?:send\s+it\s+my\s+way|let\s+me\s+know|keep\s+me\s+in\s+mind)\b
    | \bkeep\s+me\s+in\s+mind\s+for\b
    | \bI\s+(?:could|can)\s+start\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|
        next\s+week|right\s+away|immediately|asap)\b
    | \b(?:get|work)\s+on\s+(?:one\s+of\s+)?your\s+(?:jobs|crews?|sites?|projects)\b
    | \b(?:is|are)\s+(?:your\s+(?:company|team|firm|org|organi[sz]ation|group|lab|startup)|you\s+guys|
        you)\s+
        (?:still\s+)?hiring\b | \b(?:get|put)\s+me\s+in\s+(?:touch|contact)\s+with\b
    | \b(?:review|look\s+over|look\s+at|check|read(?:ing)?(?:\s+(?:through|over))?|go\s+(?:over|through)
        |critique|watch|listen\s+to|
        edit|proofread|give\s+(?:me\s+|us\s+)?feedback\s+on|tear\s+apart|rip\s+apart)\s+(?:my|our)\s+
        (?:(?:case[- ]study|ux|design|full|whole|new|updated|current|online|etsy)\s+)?
        (?:cv|c\.v\.|resume|résumé|deck|pitch(?:\s+deck)?|business\s+plan|plan|portfolio|
        cover\s+letter|application|manuscript|startup|website|linkedin(?:\s+profile)?|essay|
        thesis|book|novel|draft|proposal|code(?:base)?|app|shop|store|listings|channel|(?:show|demo\s+)?reel
        |audition\s+tape|demo)\b
    | \b(?:feedback|notes|thoughts)\s+on\s+(?:my|our)\s+(?:cv|resume|résumé|deck|pitch|business\s+plan|
        portfolio|cover\s+letter|manuscript|startup|proposal)\b
    | \b(?:write|give|do)\s+(?:me\s+)?(?:a\s+)?(?:short\s+|quick\s+)?(?:letter\s+of\s+recommendation|
        recommendation(?:\s+letter)?|reference(?:\s+letter)?|testimonial|linkedin\s+recommendation|
        endorsement)(?:\s+for\s+me)?\b
    | \b(?:be|act(?:ing)?\s+as|serv(?:e|ing)\s+as)\s+(?:my|a)\s+(?:reference|referee)\b
    | \b(?:letter\s+of\s+recommendation|recommendation\s+letter|reference\s+letter)\b
    | \b(?:your|the|their|his|her)\s+(?:recruiter|hiring\s+manager|talent\s+partner|hr\s+(?:person|
        contact))['’]?s?\s+
        (?:email|e-mail|contact|number|details|linkedin|name)\b
    | \bis\s+there\s+(?:a|any|an)\s+(?:spot|role|opening|position|place|vacancy|job)\s+
        (?:for\s+me\s+)?(?:on|in|at|with)\s+(?:your|the)\s+[\w'’\-]+
    | \b(?:pass|send|forward|hand)(?:ing)?\s+(?:my|the)\s+(?:cv|c\.v\.|resume|résumé|portfolio|profile|
        details|name)\s+(?:along|on|over|up)\b
    | \b(?:read(?:ing)?|look(?:ing)?\s+(?:at|over|through)|review(?:ing)?|check(?:ing)?|edit(?:ing)?|
        proofread(?:ing)?)\s+(?:my|our)\s+(?:cv|c\.v\.|resume|résumé|cover\s+letter|portfolio|
        application|personal\s+statement|statement\s+of\s+purpose)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
LONG_MEETING_MINUTES = 45
LONG_MEETING_RE = phrases(
    r"""\b(?P<minutes>\d{2,3})[\s-]*min(?:ute)?s?(?:[\s-]+long)?\s+
        (?:(?:virtual|video|phone|zoom|online|informal)\s+)?
        (?:call|chat|meeting|session|conversation|zoom|video\s+call|coffee|of\s+your\s+time|slot
        |interview)\b
    | \bfor\s+(?P<for_minutes>\d{2,3})\s+min(?:ute)?s?\b
    | \b(?:forty[- ]five|fifty|sixty|seventy|ninety)[\s-]+min(?:ute)?s?\b
    | \b(?:an?|one|1|two|2|a\s+couple\s+of|a\s+few)[\s-]+hours?(?:[\s-]+long)?\s+
        (?:(?:virtual|video|phone|zoom|online|informal|guest|teaching|training|coaching|mentoring)\s+)?
        (?:of\s+your\s+time|call|chat|meeting|session|zoom|coffee|conversation|lecture|talk|workshop
        |interview)\b
    | \bfor\s+(?:an?|one|1|two|2|a\s+couple\s+of)\s+hours?\b | \bhour[- ]long\b
    | \bspend\s+(?:a|an|an\s+entire|a\s+whole|the|half\s+a|a\s+couple\s+of|two|a\s+few|several)\s+
        (?:days?|mornings?|afternoons?|evenings?|weeks?)\s+(?:[\w-]+ing\s+(?:[\w'’-]+\s+){0,5}?)?
        (?:with|at|in)\b
    | \b(?:an?|one|1|two|2|a\s+couple\s+of)\s+hours?\s+(?:for|on|over)\s+(?:a\s+)?(?:video\s+|phone\s+
        |zoom\s+)?
        (?:call|chat|meeting|zoom|coffee|conversation|session)\b
    | \b(?P<have_minutes>\d{2,3})\s+min(?:ute)?s?\s+(?:for|on|over)\s+(?:a\s+)?(?:video\s+|phone\s+
        |zoom\s+|quick\s+)?
        (?:call|chat|meeting|conversation|session)\b
    | \b(?:an?|one|1)\s+hour\s+(?:or\s+so\s+)?(?:with\s+you|to\s+(?:chat|talk|meet))\b
    | \b(?:have|spare|find|give\s+me|get|take|grab|borrow)\s+(?:an?|one|1|two|2)[\s-]+hours?\b
        (?!\s*(?:ago|later|before|after|drive|flight|away|train|ride|walk|difference|time\s+difference))
    """,
    re.IGNORECASE | re.VERBOSE,
)


@rule(
    id="big-ask",
    supersedes=("no-easy-out", "no-ask"),
    severity="warning",
    title="Too big an ask for a first message",
    message="This is a big favour to ask of someone who does not know you yet.",
    why="""A referral, a job, an introduction to their network, ongoing mentoring, a review of
    your CV or an hour of their time all ask a stranger to spend their reputation or a lot of
    their time on you before they know anything about you. Most people say nothing rather
    than say no. Start with something small and specific that they can answer in a few
    minutes; bigger things can come later, once there is a relationship.""",
    suggestion="Ask one small, specific question first (something they can answer in a few "
    "lines or a 15-20 minute call).",
    lesson=lessons.CURIOSITY,
    bad=[
        example("I'm applying to Stripe. Could you ⟦refer me⟧ for the data role?",
                channel="linkedin"),
        example("Would you mind ⟦forwarding my CV⟧ to your hiring manager?"),
        example("I'm applying for hospital foundation places. Would you mind ⟦reading through my "
                "application⟧ before I submit? It's about 1,500 words.", channel="linkedin"),
        example("We spoke after your talk. I'd like you to come over and ⟦spend a day with⟧ my "
                "managers and walk them through it.", channel="linkedin",
                relationship="acquaintance"),
        example("I wish to connect so that I may ⟦be introduced to⟧ suitable contacts in the "
                "Department.", channel="linkedin", relationship="acquaintance"),
        example("I love your videos. My shop is not growing: could you have a ⟦look at my shop⟧ and "
                "tell me what is wrong?", channel="linkedin",
                note="A review of someone's business is consulting work, asked for free."),
        example("I am looking to change to the hydrogen area. If you can ⟦indicate my name⟧ to "
                "your team I will be very grateful.", channel="linkedin", relationship="acquaintance",
                note="\"Indicar\" in Portuguese and Spanish: to refer someone for a job."),
        example("It would mean a lot if you could ⟦introduce me to⟧ a few founders.",
                relationship="acquaintance"),
        example("Would you ⟦be my mentor⟧? I'm new to UX and need guidance."),
        example("Your talk on digital Jacquard cards touched me. Would you be willing to ⟦mentor "
                "our small unit⟧ as we take the first steps?", note="Mentoring a business is "
                "mentoring too."),
        example("We met at the Games on Saturday. I'll drop my CV into the mill shop, could you "
                "⟦pass it on to your boss⟧?", channel="email", relationship="acquaintance"),
        example("We sat together at the SHARP dinner. I enclose my draft chapter, some ⟦eighty "
                "pages⟧; would you read it closely and correct the conservation side?",
                relationship="acquaintance", note="A number in words is as long as in figures."),
        example("Thanks for the quick fix on #212. I made a fork of about 3000 lines: can you "
                "⟦review the whole thing⟧ before I open a PR?", channel="slack",
                relationship="acquaintance"),
        example("We met at the Fragrance Foundation dinner. Could you ⟦spend an afternoon with⟧ "
                "our consumer team and go through how we write test briefs?",
                relationship="acquaintance"),
        example("We met at our booth at SMFM. Would you be open to ⟦coming on as our clinical "
                "advisor⟧?", channel="linkedin", relationship="acquaintance",
                note="A standing role, asked of someone met once."),
        example("Would you be up for ⟦meeting every other week⟧ so I can learn from you?",
                channel="slack", relationship="acquaintance"),
        example("We met at the Omiya fair last spring. I will visit Portland in May. Please "
                "⟦arrange meetings with the⟧ buyers at your company.", relationship="acquaintance"),
        example("Great to meet you at Comic Con! I'd love ⟦you to be a guest coach every "
                "Saturday⟧ of our casting course.", channel="linkedin", relationship="acquaintance"),
        example("Could you ⟦review my resume⟧ before Friday?"),
        example("Are you free for a ⟦60-minute call⟧ next week?"),
        example("Could you allocate ⟦sixty minutes⟧ to a videoconference on my proposal?"),
        example("Hey! ⟦Are you still hiring⟧ at the bakery?", channel="text",
                relationship="acquaintance"),
        example("Hi! We met at a meetup a while ago. I'm job hunting, so ⟦let me know if you hear "
                "of anything⟧!", relationship="acquaintance", channel="linkedin"),
        example("Nice. Anyway, ⟦is your company hiring⟧?", channel="text",
                relationship="acquaintance"),
        example("I'm a junior designer and would love an expert ⟦eye on my portfolio⟧.",
                channel="slack"),
        example("hey this is Ray, saw ur hiring drivers. i have 8 yrs experience and ⟦need "
                "work⟧", channel="text"),
        example("I've been a line cook for five years and ⟦I need a job⟧.", channel="text"),
        example("⟦Is there a job at your restaurant⟧ for someone with five years on the line?",
                channel="text"),
        example("We're raising a pre-seed. Could you ⟦review our pitch deck⟧ and give us notes?",
                channel="slack", relationship="acquaintance"),
        example("Your Yoruba NLP work is why I want a PhD. Will you ⟦supervise me⟧ next year?"),
        example("Could you ⟦get me 20 minutes in Priya's⟧ diary before the review?",
                channel="slack", relationship="coworker",
                note="Someone else's time, through the reader."),
        example("Would you have ⟦45 minutes for a video call⟧ about your career?",
                channel="linkedin"),
        example("Any chance you could ⟦get him to put my⟧ CV in for the sous chef job?",
                channel="text", relationship="former-colleague",
                note="Their partner's favour, asked through them. To a friend, using the "
                "friendship as the channel is the problem (transactional), not the size."),
        example("You're so good at this, could you ⟦knock up a logo⟧ for the shop?",
                channel="text", relationship="friend",
                note="Their paid craft, asked for free."),
        example("Your post on research ops made me see how much of librarianship it already is! "
                "Would you be up for having a ⟦look over my case study portfolio⟧?",
                channel="linkedin"),
        example("I'm one of the Tuesday volunteers on the unit. Would you be willing to ⟦take me "
                "under your wing⟧ for the next few months?", relationship="coworker",
                note="Months of mentoring is a lot to ask of a colleague you barely know."),
        example("I watched your talk on research with a team of three. Would you ⟦have one "
                "hour⟧ next week for a call? I'd love to hear about the scene in Lisbon.\nMariana"),
        example("Dear Mr. van den Berg,\nI manage a pharma warehouse in Campinas and your case "
                "study on goods-to-person robots impressed me. In March I will be in Europe with "
                "five people from my team. Would it be possible to ⟦visit your site for a day⟧? "
                "Please say no without problem if it is not possible.\nRafael Moura",
                subject="Visit to your Venlo warehouse",
                note="A day of a stranger's site and staff, even with a way out."),
        example("Hi Anders, I'm Sofia from the coatings lab (we met at your workshop). Would you "
                "be open to me ⟦shadowing your drafting for a couple of weeks⟧? Completely "
                "understand if not!\nSofia", channel="slack", relationship="coworker",
                note="Weeks of someone's working day, asked of a colleague met once."),
        example("Dear Leilani,\nGood to share the panel with you last week. Would you ⟦join our "
                "advisory board⟧? It is four meetings a year plus some reading.\nMarcus",
                relationship="acquaintance", note="A standing commitment after one panel."),
        example("Dear Mr. Lindqvist, we met at the hospitality fair in Malmö. Would you be willing "
                "to ⟦introduce me to your COO⟧? I hope to manage the new cocktail bar.\nSofia",
                relationship="acquaintance", note="An introduction upwards, to the top."),
        example("hiya Morven, Jamie from the Q&A at your peat talk. Would you be up for "
                "⟦introducing me to⟧ the master blender at Cairnhead?", channel="slack",
                relationship="acquaintance"),
        example("Hello Andrzej, I was on your mountain light workshop last October. Please ⟦add me "
                "to your list⟧ of second shooters for 2025.", channel="linkedin",
                relationship="acquaintance", note="A place on their books: a hiring decision."),
        example("Dear Mr. Whitmore,\nI read in the Yorkshire Post that you kept the negatives of "
                "2,000 weddings. I would like my research team to ⟦spend several days cataloguing "
                "and scanning the collection at⟧ your home. Which weeks in spring would suit?\n"
                "Margaret Ellison", note="Days of a stranger's home and time."),
        example("Dear Mr. Asante,\nI write about boatbuilding traditions and your videos of a "
                "canoe cut from one log are remarkable. I would like to record a ⟦90-minute "
                "interview⟧ with you about your methods.\nMalcolm",
                note="An interview is a meeting too: an hour and a half of a stranger's time."),
        example("Dear Rajeev sir,\nYou showed my family the keel of the big uru last December. "
                "Could I come and ⟦volunteer at your yard for those two weeks⟧ in March? I can "
                "arrange my own stay.\nAnanya", relationship="acquaintance",
                note="Weeks of someone's yard and attention, after one visit."),
        example("Hi Ayesha, your Glasgow tenement zine is why I took up riso. I graduate from my "
                "BFA in May: could I ⟦intern with you⟧ this summer?\nJamie", channel="linkedin",
                note="A place in their studio is a hiring decision."),
        example("Hi Sam, I play banjo with the Liffey Ramblers. We tour the States next August and "
                "would love ⟦a slot at your festival⟧. Who books the acts?\nOwen",
                channel="linkedin", note="A booking is a job, asked of someone who has never "
                "heard the band."),
        example("Compadre, my nephew finishes food engineering in June. Can you ⟦give him a job⟧ "
                "at your plant? He is a good kid.", channel="text", relationship="friend",
                note="A job for a relative goes round the plant's own hiring, even for a friend."),
        example("Hola Rosa,\nWe met at the crafts fair in Oaxaca, where you told me about the "
                "artisan grant. Since you coordinate it, could you ⟦put my workshop on the "
                "shortlist⟧?\nDiego", subject="The artisan grant", relationship="acquaintance",
                note="Asking her to go round her own selection."),
        example("Jess! is your Dave still at Sunrise Linen? ⟦Could he get me in⟧ for an "
                "interview?", channel="text", relationship="friend",
                note="Her partner's standing, spent through her."),
        example("Dear Ms. Tan,\nWe met at the packaging fair in Dubai. Could you ⟦introduce us to "
                "your supermarket buyers⟧? Our egg trays would suit them.\nKwame",
                relationship="acquaintance", note="Their buyers are their business relationships."),
        example("hi sheila, its jake from the carrier training last week. could i ⟦shadow you for "
                "a whole day⟧ next week to see what the job is like?", channel="text",
                relationship="acquaintance", note="A whole working day, after one training."),
        example("cerysss can u ⟦ask ur mum if she can get me a placement⟧ at her plant 🙏 ill owe u "
                "forever", channel="text", relationship="friend",
                note="Her mother's standing at work, asked for through her."),
        example("Priya, could you ⟦get me your manager's number⟧? I want to ask her about the "
                "graduate scheme before I apply. Thanks!", channel="text", relationship="friend",
                note="A line to her boss: her standing at work, spent for a friend."),
        example("Dear Mr. Harris, I am a second-year law student at Leeds. Could you ⟦arrange a "
                "mini-pupillage for me⟧ with your chambers over the summer?\nAisha",
                note="A placement in their chambers, asked of a stranger."),
        example("Is your missus still at Victim Support? ⟦Get her to put a word in⟧ for me for the "
                "liaison post, you know I'd smash it", channel="text", relationship="friend",
                note="His partner's standing at work, spent through him."),
        example("Sigrid! Is Anders still at Kripos? Could you ⟦ask him to look at my CV⟧ and pass "
                "it to whoever does victim liaison there?", channel="text", relationship="friend"),
        example("Leah!! your dad still runs the garage in Ashford, right? could u ⟦get him to sort "
                "me a summer placement⟧? 🙏", channel="text", relationship="friend",
                note="Her father's workplace, asked for through her."),
        example("Dear Prof. Almeida,\nWe spoke at your course in Curitiba about my Class III "
                "patient. I would like to ⟦come to your clinic for one week⟧ in August to observe "
                "your sessions.\nBeatriz", relationship="acquaintance"),
        example("Dr. Moreau, we talked at your IADR poster on aligner accuracy. Could you ⟦share "
                "the raw STL deviation files⟧ from your study?\nKenji", relationship="acquaintance",
                note="Their unpublished data."),
        example("Hello Nana Ama, we chatted during the webinar on Twi glossaries. Would you give a "
                "⟦one-hour guest session⟧ to my students over Zoom next term?\nKwabena",
                relationship="acquaintance"),
        example("Tevita bro can ⟦you write my personal statement⟧ for the horticulture scholarship? "
                "you're way better at words than me haha. it's like 800 words, I'll send you my "
                "notes", channel="text", relationship="friend",
                note="Their evening, writing your application."),
        example("Dear Mr. Ong,\nThank you for your kind conversation at the RICS Asia Pacific "
                "dinner in Singapore. I am applying for RICS membership through the senior "
                "professional route, and I need a referee who is a member. Would you consider "
                "⟦acting as my referee⟧? I would send you my summary of experience. If this is "
                "difficult, please refuse without hesitation.\nYuki", relationship="acquaintance",
                channel="linkedin",
                note="Their name behind you, after one dinner: the way out doesn't shrink it."),
        example("Dear Mr. Demir,\nIt was good to meet you at ERES in Istanbul. Would you ⟦circulate "
                "the enclosed questionnaire to your association's membership⟧?\nMargaret",
                relationship="acquaintance", note="Their standing with a whole association."),
    ],
    good=[
        example("Congratulations on passing the portfolio review! 🎉 Your riverside scheme deserved "
                "it. Dinner this weekend, my treat?", channel="text", relationship="acquaintance",
                note="Passing a review is their news, not a portfolio handed on."),
        example("I teach service management in Accra. In your interview with The New Times you "
                "described one queue for three languages. How did you route the French calls? "
                "No obligation to reply.", note="Their interview, not one asked for."),
        example("I'm not asking for a referral: I just want to understand how your team "
                "evaluates take-home tasks."),
        example("Would you have 15 minutes to tell me how you moved from QA into security?"),
        example("Could you refer me for the backend role? You know my work from Acme.",
                relationship="former-colleague"),
        example("Could you design a logo for the shop? I'd pay your usual rate, of course.",
                channel="text", relationship="friend", note="Paid work is a job, not a favour."),
        example("Your talk \"Review my resume, please\" was the funniest of the day."),
        example("Dear Dr. Hoda, we spoke after your Expo talk on dry eye clinics in shops. How "
                "many optometrists did you train before the clinic ran without you being there "
                "every week?\nAhmed", relationship="acquaintance",
                note="What she did every week describes her; it asks for none of her weeks."),
        example("Dear Prof. Kowalczyk-Reid, I'm the trainer who asked about vegan clients at your "
                "sarcopenia lecture. I've started logging grip strength, as you suggested. Would "
                "you mind if I connect? Tomasz", channel="linkedin", relationship="acquaintance",
                note="Asking to connect costs them one click."),
    ],
)
def big_ask(ctx: Context) -> Iterator[Hit]:
    for start, end in big_ask_spans(ctx):
        referral = ctx.is_cold and bool(REFERRAL_ASK_RE.search(ctx.text_of(ctx.sentence_at(start))))
        yield Hit(start, end, message=None if ctx.is_cold else WARM_BIG_ASK_MESSAGE,
                  no_veto=referral, explicit=referral and ctx.relationship == "stranger")


REFERRAL_ASK_RE = pattern_cache.compile(
    r"\brefer\s+(?:me|my\s+(?:cv|resume|résumé|profile|name|application))\b"
    r"|\b(?:get|give)\s+me\s+an?\s+(?:internal\s+)?referral\b"
    r"|\breferral\s+for\s+(?:me|my\s+application|the\s+[\w\s-]{0,30}?(?:role|job|position|post|opening"
    r"|vacancy))\b", re.IGNORECASE)
"""A referral asked of someone who barely knows you is the course's own example of an ask too
big for the relationship, so the coach model may not veto it: coaches named it on 70 of the
72 such messages in sets 11-125. Of a stranger it is not held back beside another problem
either (`Hit.explicit`): retrained on sets 11-738, the model let a warm opening and a way out
("No worries at all if you'd rather not") outweigh a referral asked of a stranger and named
only the missing introduction. Shown, it changes no finding on the 727 coach sets. Of an
acquaintance it may still wait behind a favour called in as a debt, the main problem there."""


def big_ask_spans(ctx: Context) -> list[tuple[int, int]]:
    """Every ask too big for this relationship, in order."""
    if ctx.is_cold:
        spans = (_big_asks(ctx.body, ctx.quoted) + _sized_asks(ctx.body, ctx.quoted)
                 + _long_on_your_schedule(ctx.body))
    elif ctx.relationship == "friend":
        spans = [m.span() for pattern in (*FRIEND_SIZED, CONFIDENTIAL_DOC_RE)
                 for m in ctx.find(pattern)] + unpaid_work(ctx) + through_someone(ctx)
    else:
        spans = _sized_asks(ctx.body, ctx.quoted)
        if ctx.relationship == "coworker":
            spans += _long_lesson(ctx)
    if ctx.relationship != "coworker":
        spans += [m.span() for m in ctx.find(THEIR_PEOPLE_RE)
                  if not disclaimed_before(ctx.body, m.start())]
    return sorted(set(spans))


THEIR_PEOPLE_RE = phrases(
    r"""\b(?:arrange|set\s+up|organi[sz]e|sort|fix|line\s+up|get)\s+(?:me\s+|us\s+)?(?:a\s+|some\s+)?
        (?:meetings?|appointments?|introductions?|intros?)\s+with\s+(?:the|your|his|her|their|whoever|someone
        |somebody|a\s+few|some)\b
    | \b(?:need|want|looking\s+for)\s+(?:a|some)\s+(?:good\s+)?contacts?\s+(?:at|in|there|with)\b
    | \bsend\s+me\s+(?:a\s+name|(?:some\s+)?names|their\s+(?:email|number|contact|details))\b
    | \b(?:(?:get|send|give)\s+me|share)\s+(?:his|her|their|your)\s+(?:[\w-]+\s+)?(?:boss|manager|director
        |supervisor|hr|oga|head|ceo|founder|principal)['’]s\s+(?:number|email|contact|details)\b
    | \b(?:connect|link)\s+me\s+(?:with|to)\s+(?:someone|somebody|anyone|a\s+few\s+people|people)\b
    | \b(?:connect|link|introduce)\s+(?:me|us)\s+(?:with|to)\s+your\s+(?:[\w-]+\s+)?(?:buyers|clients
        |customers|suppliers|distributors|investors|contacts|network)\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""The reader's own people handed over: meetings arranged with their buyers or their boss's
contacts, "a contact at ChargePoint", "send me their email". Between coworkers this is how
work gets done; from anyone else it spends the reader's standing."""


def _long_lesson(ctx: Context) -> list[tuple[int, int]]:
    """Forty-five minutes or more of a colleague's time spent teaching the sender ("block out
    45 minutes with me this week to walk me through ...")."""
    found = []
    for start, end in _big_asks_in(ctx.body, tuple(ctx.quoted)):
        sentence = ctx.text_of(ctx.sentence_at(start))
        if LONG_MEETING_RE.match(ctx.body, start) and FOR_ME_RE.search(sentence):
            found.append((start, end))
    return found


FOR_ME_RE = pattern_cache.compile(
    r"\b(?:with\s+me|walk\s+me|show\s+me|teach\s+me|explain\s+to\s+me|for\s+me|help\s+me)\b",
    re.IGNORECASE)


def through_someone(ctx: Context) -> list[tuple[int, int]]:
    """A favour from someone close to the reader, asked through them: "get him to put my CV
    in", or "is your dad still at the ministry? maybe he can look at my tender"."""
    spans = [m.span() for m in ctx.find(THROUGH_SOMEONE_RE)]
    spans += [m.span() for m in ctx.find(THEY_VOUCH_RE)]
    if ctx.find(RELATIVE_RE) or ctx.find(NAMED_STILL_THERE_RE):
        spans += [m.span() for m in ctx.find(THEY_COULD_RE)]
    return spans


RELATIVE_RE = phrases(
    r"""\b(?:your|ur|yr)\s+(?:husband|wife|partner|boyfriend|girlfriend|dad|father|mum|mom|mother|brother|sister|uncle|
        aunt|auntie|cousin|boss|in-laws?|father-in-law|mother-in-law)\b
    | \b(?:dating|seeing|married\s+to|engaged\s+to|going\s+out\s+with)\s+(?:the|that|this)\s+
        (?:guy|girl|man|woman)\b""",
    re.IGNORECASE | re.VERBOSE,
)
THEY_COULD_RE = phrases(
    r"""\b(?:maybe|perhaps|do\s+you\s+think|could|can|would|if|whether)\s+(?:he|she|they)(?:['’]d|['’]ll)?\s+
        (?:can\s+|
        could\s+|would\s+|might\s+)?(?:look\s+at|check|push|put\s+in\s+a\s+word|help\s+(?:me\s+)?with|
        pass\s+on|pass|send|show|forward|review|approve|sign\s+off|hire|refer|recommend|fast-?track|mentor|coach|
        take\s+on)\s+(?:my|our|me)\b
    | \b(?:maybe|perhaps|do\s+you\s+think|could|can|would)\s+(?:he|she|they)\s+(?:can\s+|could\s+|would\s+|
        might\s+)?ask\s+(?:if|whether)\s+(?:they|there|the\s+team|his\s+team|her\s+team)\s+(?:need|needs|have
        |has|are\s+hiring|is\s+hiring)\b""",
    re.IGNORECASE | re.VERBOSE,
)
NAMED_STILL_THERE_RE = pattern_cache.compile(
    r"\b(?i:does|is)\s+[A-Z][\w'’-]+\s+(?i:still\s+(?:work(?:ing)?\s+)?(?:at|in|for|with))\b")
"""Someone close to the reader, by name: "does Tomasz still work at Yamaha?". A plain pattern,
not a `phrases` one: the name must be capitalised ("is it still work in progress" is not),
and phrases match a lower-cased copy."""
THEY_VOUCH_RE = phrases(
    r"""\b(?:maybe|perhaps|do\s+you\s+think|could|can|would)\s+(?:he|she|they)\s+(?:can\s+|could\s+|
        would\s+|might\s+)?(?:mention\s+my\s+name|put\s+in\s+a\s+(?:good\s+)?word\s+for\s+me|
        vouch\s+for\s+me|recommend\s+me|refer\s+me)\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""Someone else's standing asked for through the reader: whoever "he" is, vouching for the
sender is his to give, not the reader's."""


WARM_BIG_ASK_MESSAGE = ("Even from someone who knows you, this is a big favour: it spends their "
                        "standing with someone else, or shares what is private to them.")

PLACEMENT_RE = phrases(
    r"""\b(?:stay|crash|sleep)\s+(?:with\s+you|at\s+(?:yours|your\s+(?:place|house|flat|home)))\b
    | \b(?:shadow(?:ing)?|accompany(?:ing)?)\s+(?:you|u|your\s+[\w-]+)\b[^.?!\n]{0,60}?
        \b(?:(?:at|on|for|during|over)\s+(?:a\s+few|several|every|each)\b
        | for\s+(?:a|one|two|three|four|five|six|\d+|a\s+couple\s+of|a\s+few|several|
          the\s+next\s+(?:few|couple\s+of|two|three|\d+))\s+(?:full\s+)?
          (?:working\s+)?(?:days?|weeks?|months?)\b
        | (?:for\s+)?a\s+(?:full|whole)\s+(?:working\s+)?day\b
        | (?:for\s+)?the\s+whole\s+(?:week|month|summer|season)\b
        | full[- ]time\b)
    | \bspend(?:ing)?\s+(?:a|one|two|three|four|five|six|\d+|a\s+few)\s+(?:full\s+)?(?:days?|weeks?|months?)
        \s+(?:with|alongside|in|at)\s+(?:you|your)\b
    | \btake\s+me\s+on\s+(?:as|for|in|at)\b
    | \b(?:arrange|organi[sz]e|set\s+up|sort\s+out)\s+(?:a|an)\s+(?:mini-|[\w-]+\s+)?(?:placement|internship|
        pupillage|attachment|work\s+experience)\s+for\s+me\b
    | \b(?:volunteer|intern|help\s+out)\s+(?:with\s+(?:you|your\s+[\w-]+)|(?:at|in|on)\s+(?:your|the)\s+
        [\w-]+|there)\s+for\s+(?:those|these|the|a|one|two|three|four|five|six|\d+|a\s+couple\s+of|a\s+few)\s+
        (?:\w+\s+)?(?:weeks?|months?)\b
    | \b(?:visit|come\s+to)\s+(?:you|your|the)\b(?:\s+[\w-]+){0,2}?\s+for\s+
        (?:a|one|two|three|\d+|a\s+couple\s+of
        |a\s+few)\s+(?:full\s+|whole\s+)?(?:days?|weeks?)\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""A placement in all but name: days of someone's working life spent carrying the sender,
shadowing them "for a full day" or "on a few jobs", "spending a week with your team",
volunteering "at your yard for those two weeks", "take me on as an apprentice". An hour or a
morning is a small ask; days are not, to anyone but a friend."""

MENTORING_RE = phrases(
    _MENTOR_ME + r"""
    | \btake\s+me\s+under\s+your\s+wing\b
    | \b(?:you|u)\s+(?:to\s+)?(?!(?:[\w'’-]+ed|found|made|said|told|taught|saw|knew|did|do|does|were|was|
        are|had|being|been|still|already|almost|always|usually|for|after|that)\s)
        (?:(?!meet|call|chat|catch)[\w'’-]+\s+){1,6}?(?:every|each)\s+(?:single\s+)?
        (?:other\s+)?
        (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|evening|night)s?\b
    | \bguide\s+me\s+(?:through|over)\s+(?:this|the\s+next|the\s+coming)\s+(?:year|few\s+months|months
        |semester)\b
    | \b(?:weekly|monthly|fortnightly|regular|recurring|ongoing)\s+(?:(?:one|1|half)[- ]hour\s+|
        \d+[- ]min(?:ute)?\s+)?(?:calls?|chats?|meetings?|check[- ]?ins?|sessions?|1:1s?|one[- ]on[- ]ones?|
        catch[- ]?ups?)\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""Mentoring, named or in all but name: "take me under your wing", weekly calls, or their
time "every Friday". What they did or do every week ("you drilled us every Friday", "without
you being there every week") describes them and asks for nothing."""
VOUCH_RE = phrases(
    r"""\bput(?:ting)?\s+in\s+a\s+(?:good\s+)?word\b | \bvouch\s+for\s+me\b | \b(?:sponsor|nominate|
        endorse)\s+me\b
    | \brecommend\s+me\s+(?:for|to)\b | \brecommend\s+me(?=\s*[?!.]|\s+(?:please|pls)\b)
    | \bspeak\s+(?:up\s+)?for\s+me\b
    | \b(?:letters?\s+of\s+recommendation|recommendation\s+letters?|reference\s+letters?|testimonial)\b
    | \b(?:write|give|post|do)\s+(?:me\s+)?(?:a\s+)?(?:short\s+|quick\s+)?(?:linkedin\s+)?recommendation\b
    | \b(?:a|your)\s+recommendation\s+(?:from\s+you\s+)?(?:about|on|for)\s+my\b
    | \b(?:love|like|appreciate|ask\s+(?:you\s+)?for|request|get)\s+(?:a|your)\s+(?:short\s+|quick\s+)?
        (?:linkedin\s+)?recommendation\b
    | \bI['’]?ve\s+(?:already\s+)?(?:drafted|written|prepared)\s+(?:one|it|a\s+draft|the\s+(?:letter|text|
        recommendation|reference))\b[^.!?\n]{0,80}?\b(?:sign|paste|post|approve|send)\b
    | \b(?:act|serve|be)\s+as\s+(?:one\s+of\s+(?:them|my\s+referees|my\s+references)|(?:a|my)\s+
        (?:referee|reference))\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""Asking someone to put their name behind you: fair from someone who knows your work."""
KNOWS_WORK_RE = phrases(
    r"""\byou\s+(?:managed|supervised|mentored|led|trained|hired|coached)\s+me\b
    | \b(?:we\s+)?worked\s+(?:together|closely|side\s+by\s+side)\b | \byou\s+know\s+my\s+work\b
    | \byou\s+saw\s+(?:my|how\s+I)\b | \b(?:I|we)\s+reported\s+to\s+you\b
    | \b(?:I\s+was|I\s+worked|I\s+spent\s+\w+\s+\w+|my\s+(?:time|years?))\s+on\s+your\s+team\b
    | \bunder\s+you\b | \byour\s+(?:team|report|direct\s+report|intern|student)\s+(?:at|on|for|in)\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""Signs the reader has seen the sender's work, which is what a reference rests on."""
ON_YOUR_TEAM_RE = phrases(
    r"""\b(?:room|space|a\s+spot|a\s+place|an\s+opening|a\s+job|a\s+role|a\s+position)\s+(?:for\s+me\s+)?
        (?:(?:opens?|comes?|frees?)\s+up\s+)?(?:on|in|at)\s+your\s+(?:[\w-]+\s+)?(?:team|department|group|squad|studio|lab)\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""A place on their own team: a hiring decision, even between colleagues."""
BYPASS_RE = phrases(
    r"""\b(?:top|front)\s+of\s+the\s+(?:pile|queue|stack|list)\b | \bfast[- ]?track\b
    | \bskip\s+the\s+(?:queue|line|process|interview|application)\b | \bpull\s+(?:a\s+few\s+|some\s+
        )?strings\b
    | \bmake\s+sure\s+(?:it|I|my\s+\w+)\s+(?:gets?|get)\s+(?:an?\s+)?(?:interview|shortlisted|seen|
        through|the\s+job)\b
    | \bput\s+(?:me|us|my\s+[\w-]+|our\s+[\w-]+)\s+on\s+(?:the|your)\s+shortlist\b
    | \bgive\s+(?:him|her|them|my\s+(?:son|daughter|nephew|niece|cousin|brother|sister|friend|kid))\s+
        (?:a\s+)?(?:job|place|position|placement|internship)\b
    | \bbend\s+the\s+rules\b | \b(?:just\s+)?say\s+(?:that\s+)?you\s+(?:managed|supervised|hired|trained|
        employed)\s+me\b | \bguarantee\s+(?:me\s+)?(?:an?\s+)?(?:interview|spot|place)\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""Asking them to go around their own process (a place on the shortlist, a job for a nephew):
big even for a close friend."""
VOLUME_RE = phrases(
    r"""\b(?:my|our|the)\s+(?:whole|entire|full|complete)\s+(?:portfolio|thesis|manuscript|book|novel|dissertation|
        codebase|deck|application|website|draft|report|cv|resume)\b | \b\d{2,}\s*(?:-|\s)?pages?\b
    | \b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundred)(?:[\s-]\w+)?
        [\s-]pages?\b
    | \ball\s+(?:of\s+)?your\s+(?:[\w-]+\s+){0,4}?(?:plans|notes|files|slides|materials|templates
        |resources)\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""A lot of their time in one go: the whole thesis, a forty-page portfolio."""
REWRITE_FOR_ME_RE = phrases(
    r"""\b(?:you|u)\s+(?:(?!help\b)[\w'’-]+\s+){0,2}?(?:write|draft)\s+(?:my|our)\s+
        (?:personal\s+statement|cover\s+letter|statement\s+of\s+purpose|essay|speech|dissertation|assignment|coursework|application\s+essay)\b
    | \b(?:rewrite|re-write|redo|write|finish|do)\s+(?:it|this|my\s+[\w-]+(?:\s+[\w-]+)?|the\s+whole\s+thing)
        \s+for\s+me\b
    | \byou\s+(?:\w+\s+){0,2}?(?:redo|redesign|rebuild|rewrite)\s+(?:the|my
        |our)\s+(?:[\w-]+\s+){0,2}?(?:deck|design|slides|site|website|
        cv|resume|portfolio|app|logo|branding)\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""Their evening, doing your work: "rewrite it for me"."""
THROUGH_SOMEONE_RE = phrases(
    r"""\b(?:get|ask|have|convince|persuade|make|talk)\s+(?:him|her|them|your\s+(?:husband|wife|partner|
        boyfriend|girlfriend|fianc[eé]e?|dad|father|mum|mom|mother|brother|sister|uncle|aunt|cousin|
        boss|manager|friend|flatmate|roommate|son|daughter|professor|lecturer|tutor|supervisor|teacher|
        director|team\s+leader|oga))(?:\s+(?:at|in|from|on)\s+(?:the\s+)?[\w'’\-]+)?
        \s+(?:in)?to\s+(?:put\s+(?:my|me)|pass\s+(?:my|me)|
        send\s+(?:my|me)|forward\s+my|refer\s+me|hire\s+me|recommend\s+me|interview\s+me|take\s+me\s+on|
        give\s+me\s+(?:a|an)\s+(?:job|interview|role|shot|chance|place|spot)|
        help\s+(?:me\s+|us\s+)?with\s+(?:my|our)|mention\s+my\s+name|recommend\s+my\s+name
        |put\s+in\s+a\s+(?:good\s+)?word|put\s+a\s+(?:good\s+)?word\s+in
        |look\s+(?:at|over)\s+my\s+(?:[\w'’-]+\s+){0,3}?(?:cv|c\.v\.|resume|résumé|application|proposal)
        |write\s+me\s+(?:a\s+)?(?:recommendation|reference|referral)
        |sort\s+me\s+(?:out\s+)?(?:with\s+)?(?:a|an)\s+(?:[\w-]+\s+)?(?:placement|job|interview|internship
        |trial|shift))\b
    | \b(?:could|can|would|will)\s+(?:he|she|they|your\s+[\w'’-]+)\s+(?:get|sort|find)\s+me\s+(?:in\b|an?\s+
        (?:[\w-]+\s+)?(?:interview|job|placement|internship|trial|shift))
    | \bfind\s+me\s+(?:someone|somebody|a\s+person)\s+who\s+(?:can|could|would|might)\s+(?:hire|employ
        |take\s+me\s+on)\b
    | \bask\s+(?:him|her|them|(?:your|ur)\s+[\w'’-]+)\s+(?:if|whether)\s+(?:he|she|they)\s+
        (?:can|could|would)\s+(?:(?:get|give|find|offer)\s+me\s+(?:a|an)\s+(?:job|placement|place|interview
        |internship|role|position|spot|shift)|write\s+me\s+(?:a\s+)?(?:recommendation|reference))\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""A favour asked of someone else through the reader: their partner's referral ("could he get
me in?"), their boss's hiring decision. The reader becomes a channel and spends standing that
isn't theirs."""
FREE_WORK_RE = phrases(
    r"""\b(?:knock\s+up|whip\s+up|throw\s+together|design|make|build|create|draw|shoot|photograph|
        film)\s+(?:me\s+|us\s+)?(?:a|an|my|our|the)\s+(?:quick\s+|little\s+|simple\s+|small\s+|new\s+|basic\s+)?
        (?:logo|website|web\s*site|site|landing\s+page|app|brand(?:ing)?|brand\s+identity|flyers?|
        posters?|menus?|headshots?|wedding\s+photos|promo\s+video|illustrations?|mural)\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""A friend's paid craft asked for as a favour: a logo, a website, headshots."""
PAYING_RE = phrases(
    r"""\bpay(?:ing)?\b | \brates?\b | \binvoice\b | \bquote\s+me\b
    | (?:(?<=[£$€])|(?<=[£$€]\s))\d | \b(?:paid|payment|fee)\b""",
    re.IGNORECASE | re.VERBOSE,
)
FRIEND_SIZED = (BYPASS_RE, VOLUME_RE, REWRITE_FOR_ME_RE, THROUGH_SOMEONE_RE)
PROMOTE_RE = phrases(
    r"""\b(?:circulate|distribute|forward|send|share|post)\s+(?:it|this|the|our|my)\s+(?:[\w-]+\s+){0,2}?
        (?:survey|questionnaire|poll|form)\s+(?:to|with|among|on)\s+(?:all\s+)?your\s+(?:[\w'’-]+\s+)?
        (?:members|membership|network|followers|mailing\s+list|contacts|community|association)\b
    | \b(?:share|post|promote|plug|boost|repost|retweet|shout\s+out)\s+
        (?:it|this|(?:my|our)(?:\s+[\w-]+){1,2})\s+
        (?:with|to|on|for)\s+(?:all\s+)?your\s+(?:[\d.,]+\s*k?\s+|\w+\s+)?(?:followers|audience|network|readers|subscribers|page|channel|newsletter|
        community|contacts|connections)\b""",
    re.IGNORECASE | re.VERBOSE,
)
BOSS_RE = phrases(
    r"\byour\s+(?:(?:new|old|former|current)\s+)?(?:[\w-]+\s+)?(?:boss|manager|director|vp|ceo|cto|founder|md|"
    r"managing\s+director|gm|general\s+manager|chairman|hod|principal|oga|"
    r"supervisor|"
    r"team\s+lead|head\s+of\s+\w+|hiring\s+manager)\b",
    re.IGNORECASE,
)
INTRO_PRONOUN_RE = phrases(
    r"\b(?:put|get)\s+me\s+in\s+(?:touch|contact)\s+with\s+(?:her|him|them)\b"
    r"|\b(?:introduce|intro|connect)\s+me\s+(?:to|with)\s+(?:her|him|them)\b"
    r"|\b(?:talk|speak)\s+to\s+(?:her|him|them)\s+(?:about|for)\s+(?:me|my|a|an|any|the)\s+"
    r"(?:\w+\s+)?(?:vacanc\w*|jobs?|roles?|openings?|positions?|opportunit\w*|cv|application)\b",
    re.IGNORECASE,
)
UPWARD_ASK_RE = phrases(
    r"""\b(?:introduc(?:e|ing)|intro|connect(?:ing)?|link|put(?:ting)?|hook)\s+me\s+(?:up\s+)?
        (?:in\s+touch\s+|in\s+contact\s+)?
        (?:to|with)\s+
        your\s+(?:(?:old|former|current|new|big)\s+)?(?:boss|manager|director|vp|head\s+of\s+\w+|ceo|
        cto|coo|cfo|cmo|cio|president|chief\s+[\w-]+|founder|skip[- ]level|hiring\s+manager|supervisor
        |team\s+lead|higher[- ]ups?)\b
    | \b(?:ask|check\s+with|talk\s+to|speak\s+to|sound\s+out)\s+your\s+(?:(?:old|former)\s+)?
        (?:boss|manager|lead|director|supervisor|hiring\s+manager|team\s+lead|ceo|founder|hr|head\s+chef|chef|
        owner|matron|principal|md|gm|head\s+of\s+\w+)\s+
        (?:if|whether|about|for|to)\b
    | \b(?:mention|recommend|suggest|put\s+in\s+a\s+(?:good\s+)?word\s+for)\s+(?:me|my\s+name)\s+
        (?:to|with)\s+your\s+(?:boss|manager|lead|director|supervisor|hiring\s+manager|team|ceo|founder)\b
    | \bget\s+me\s+into\s+your\s+(?:[\w-]+\s+)?(?:team|unit|ward|icu|company|department|firm|school|lab|
        practice|kitchen|office|branch|site)\b
    | \btell\s+your\s+(?:boss|manager|matron|director|supervisor|lead|hr|head\s+of\s+\w+)\s+(?:that\s+)?
        (?:I['’]?m|I\s+am|I\s+was)\b
    | \bget\s+me\s+(?:a\s+|an\s+)?(?:\d+\s+min(?:ute)?s|half\s+an\s+hour|some\s+time|time|a\s+slot|
        a\s+meeting|a\s+call|
        an?\s+audience)\s+(?:in|on|with|into)\s+(?:[A-Z][\w'’\-]+['’]s|your\s+\w+['’]?s?)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
_CONFIDENTIAL_DOC = r"""\b(?:send|share|forward|show|give|lend|pass|whatsapp|wa|email|e-mail|mail|dm|
        text|slack|drop|
        get)(?:\s+(?:me|us))?\s+(?:over\s+)?(?:your|the)\s+(?:(?:team|company|firm|org|department)['’]s\s+)?
        (?:promo(?:tion)?\s+(?:packet|doc|document|case|write-?up|deck)|performance\s+reviews?|
        self[- ]reviews?|offer\s+letter|salary\s+(?:details|info|numbers|slip|bands?|grid|sheet)|
        pay\s*slips?|pay\s+(?:bands?|grid|scales?\s+sheet)|
        comp(?:ensation)?\s+(?:details|package|numbers|info)|interview\s+(?:questions|answers|notes)|
        take[- ]home\s+(?:solution|answers|test|task)|internal\s+\w+|confidential\s+\w+|
        client\s+list|contact\s+list|rolodex|(?:list|details|numbers|contacts|emails)\s+of\s+(?:your\s+|the\s+|
        this\s+\w+['’]s\s+|last\s+\w+['’]s\s+)?(?:clients|customers|couples|patients|families|guests|members|donors|
        subscribers|students)|(?:team['’]s\s+)?client\s+(?:pitch\s+)?(?:decks?|materials?|files|
        folders?|proposals?|contracts?|data|work)|board\s+papers?|(?:\w+\s+)?(?:clients|customers|patients|
        donors)['’]?\s+(?:numbers|contacts|details|emails|phone\s+numbers)|(?:numbers|contacts|details|
        emails)\s+(?:of|for)\s+your\s+(?:\w+\s+)?(?:clients|customers|patients|donors)|draft\s+(?:\w+\s+){0,2}(?:pack|plan|paper|
        report))\b
    | \b(?:send|share|forward|show|give|pass|email)\b[^.?!\n]{0,60}?\band\s+(?:also\s+)?(?:your|the)\s+
        (?:team['’]s\s+)?(?:internal|confidential|unpublished|unreleased)\s+(?!deadlines?\b|meetings?\b|
        candidates?\b|applicants?\b|roles?\b|jobs?\b|positions?\b|transfers?\b|mobility\b|moves?\b|hires?\b|
        openings?\b|vacanc)\w+
    | \b(?:I['’]?d|I\s+would|I\s+will|I['’]?ll)\s+keep\s+(?:them|it|this|that|those)\s+
        (?:totally\s+|strictly\s+|completely\s+|fully\s+)?(?:to\s+myself|confidential|private|secret
        |between\s+us|internal|off\s+the\s+record)\b
    | \b(?:nobody|no\s+one|no-one)\s+(?:will|would|has\s+to|needs\s+to)\s+(?:ever\s+)?know\b
    | \b(?:I\s+)?won['’]?t\s+tell\s+(?:a\s+soul|anyone|anybody)\b | \bslip\s+me\s+(?:the|your|a\s+copy)\b"""
CONFIDENTIAL_DOC_RE = phrases(_CONFIDENTIAL_DOC, re.IGNORECASE | re.VERBOSE)
"""Someone's confidential papers (pay, reviews, internal documents): not theirs to give,
whoever asks."""
PRIVATE_DOC_RE = phrases(
    r"""\b(?:share|sharing|send|sending|give|giving)\s+(?:me\s+|us\s+)?(?:your|the)\s+unpublished\s+
        (?:[\w-]+\s+){0,2}?(?:data|dataset|results|findings|figures|files|records|manuscript)\b
    | \b(?:share|send|give|pass|forward)\s+(?:me\s+)?(?:the|your)\s+
        (?:project\s+|source\s+|raw\s+(?:[\w-]+\s+){0,2}|working\s+)?
        (?:files|luts?|presets|node\s+trees|templates|workflows?|source\s+code|master\s+files)\b
    | \b(?:share|send|give|pass|forward)\s+(?:me\s+)?(?:your|his|her)\s+(?:personal\s+|professional\s+|
        own\s+)?(?:contacts?|connections|network|phone\s+book|address\s+book)\b
    | """ + _CONFIDENTIAL_DOC,
    re.IGNORECASE | re.VERBOSE,
)
RAW_ACCESS_RE = phrases(
    r"""\b(?:give|get|grant)\s+me\s+access\s+to\s+(?:the|your)\s+(?:raw|internal|production|prod|client|customer|
        patient|claims|payroll|hr|finance|salary)\s+(?:[\w-]+\s+)?(?:tables?|data(?:base)?|files|drive|folders?|
        systems?|accounts?|records|dashboards?)\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""Access to data that isn't theirs to hand out: raw claims tables, payroll, patient records."""
IMPOSED_TIME_RE = phrases(
    r"\b(?:this|next)\s+week\b|\btoday\b|\btomorrow\b|\btonight\b|\bASAP\b|\bneed\b",
    re.IGNORECASE,
)
SHORT_MEETING_RE = phrases(
    r"\b(?P<minutes>\d{2})\s*-?\s*min(?:ute)?s?\b|\b(?:half\s+an\s+hour|thirty\s+min(?:ute)?s)\b",
    re.IGNORECASE,
)


def _sized_asks(text: str, quoted: list[t.Span]) -> list[tuple[int, int]]:
    """Asks that are big for any working relationship: an intro upwards, someone's private
    documents or contacts, ongoing mentoring, their audience, going around their process, or
    a large piece of work in one go."""
    found = []
    if BOSS_RE.search(text):
        found += [m.span() for m in INTRO_PRONOUN_RE.finditer(text)]
    if not KNOWS_WORK_RE.search(text):
        found += [m.span() for m in VOUCH_RE.finditer(text)
                  if not t.overlaps(m.start(), m.end(), quoted)]
    for pattern in (UPWARD_ASK_RE, PRIVATE_DOC_RE, RAW_ACCESS_RE, MENTORING_RE, PLACEMENT_RE,
                    PROMOTE_RE, ON_YOUR_TEAM_RE, *FRIEND_SIZED):
        for m in pattern.finditer(text):
            if not (disclaimed_before(text, m.start()) or t.overlaps(m.start(), m.end(), quoted)):
                found.append(m.span())
    return found


def unpaid_work(ctx: Context) -> list[tuple[int, int]]:
    """A piece of someone's paid craft asked for free ("knock up a logo for me") when the
    message offers no pay."""
    asks = [m.span() for m in ctx.find(FREE_WORK_RE)]
    return asks if asks and not ctx.find(PAYING_RE) else []


def _long_on_your_schedule(text: str) -> list[tuple[int, int]]:
    """Half an hour or more of a stranger's time, on the sender's timetable ("need 30 min
    this week")."""
    found = []
    for m in SHORT_MEETING_RE.finditer(text):
        minutes = m.group("minutes")
        if minutes and int(minutes) < 30:
            continue
        sentence = text[cues.sentence_start(text, m.start()) : cues.sentence_end(text, m.end())]
        if IMPOSED_TIME_RE.search(sentence):
            found.append(m.span())
    return found


def job_asks(ctx: Context) -> list[tuple[int, int]]:
    """Every favour-sized ask in the message, whoever it is for: used to see whether a message
    after years of silence is only there for the ask."""
    return sorted(_big_asks(ctx.body, ctx.quoted) + _sized_asks(ctx.body, ctx.quoted)
                  + [m.span() for m in ctx.find(JOB_HUNT_RE)])


JOB_HUNT_RE = phrases(
    r"""\b(?:if|in\s+case)\s+you\s+(?:hear|see|know|come\s+across)\s+(?:of\s+)?(?:anything|any\s+\w+)\b
    | \bsend\s+(?:it|them|anything|any\s+\w+)\s+my\s+way\b | \bkeep\s+(?:me|an\s+eye\s+out)\b
    | \b(?:any|know\s+of\s+any)\s+(?:openings|roles|jobs|positions|vacancies)\b
    | \babout\s+(?:jobs|openings|vacancies|roles)\s+(?:there|at|in|on)\b
    | \b(?:hiring|recruiting)\b""",
    re.IGNORECASE | re.VERBOSE,
)


GUEST_SESSION_RE = pattern_cache.compile(
    r"\b(?:guest|teaching|training|coaching|mentoring|lecture|talk|workshop)\b", re.IGNORECASE)
OFFERS_PAY_RE = pattern_cache.compile(
    r"\b(?:pay(?:ing)?\s+(?:you|your|a\s+fee)|paid|fee|honorari(?:um|a)"
    r"|cover\s+(?:your\s+)?(?:travel|expenses|costs)"
    r"|expenses\s+(?:paid|covered))\b", re.IGNORECASE)
"""An hour of teaching is work: offered with a fee or expenses, it is an invitation."""
APPLIED_RE = pattern_cache.compile(r"\bappl(?:y|ied|ying)\s+(?:for|to)\b[^.?!\n]{0,40}$", re.IGNORECASE)
"""'I've applied for the junior role on your team': the normal process, not a favour."""


def _big_asks(text: str, quoted: list[t.Span] | None = None) -> list[tuple[int, int]]:
    return list(_big_asks_in(text, tuple(quoted or ())))


@lru_cache(maxsize=256)
def _big_asks_in(text: str, quoted: tuple[t.Span, ...]) -> tuple[tuple[int, int], ...]:
    """Spans of big first asks in `text`: meetings under 45 minutes and disclaimed asks
    ("I'm not asking for a referral") don't count."""
    found = []
    for pattern in (BIG_ASK_RE, LONG_MEETING_RE):
        for m in pattern.finditer(text):
            groups = m.groupdict()
            minutes = groups.get("minutes") or groups.get("for_minutes") or groups.get("have_minutes")
            if minutes and int(minutes) < LONG_MEETING_MINUTES:
                continue
            if disclaimed_before(text, m.start()) or t.overlaps(m.start(), m.end(), list(quoted)):
                continue
            if OWN_INTERVIEW_RE.search(text, max(0, m.start() - 30), m.start()):
                continue
            if GUEST_SESSION_RE.search(m.group()) and any(
                    not negated_before(text, pay.start()) for pay in OFFERS_PAY_RE.finditer(text)):
                continue  # a paid guest lecture is an invitation to work, not a favour
            if APPLIED_RE.search(text, max(0, m.start() - 60), m.start()) and not REQUEST_NEAR_RE.search(
                    text, max(0, m.start() - 60), m.start()):
                continue
            found.append(m.span())
    return tuple(found)


OWN_INTERVIEW_RE = pattern_cache.compile(
    r"\b(?:my|I['’]ve\s+got\s+(?:an?|my)|I\s+have\s+(?:an?|my)"
    r"|got\s+an?)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
"""'I've got my first panel interview for the paeds job': their news, not an ask."""
REQUEST_NEAR_RE = pattern_cache.compile(r"\b(?:could|can|would|will)\s+(?:you|I)\b", re.IGNORECASE)


GIVING_RE = phrases(
    r"""\bno\s+(?:reply|response|need\s+to\s+(?:reply|respond))\s+(?:needed|necessary|required|expected)\b
    | \bno\s+need\s+to\s+(?:reply|respond|answer)\b | \bjust\s+passing\s+(?:it|this|that)\s+(?:on|along)\b
    | \bthought\s+(?:of\s+you|you['’]?d\s+(?:like|enjoy|find))\b
    | \bin\s+case\s+it['’]?s\s+(?:useful|helpful)\b
    | \bI\s+hope\s+(?:this|it|that|these)\s+(?:(?:is|are|was|will\s+be|proves?)\s+
        (?:(?:really|very|a\s+bit)\s+)?(?:useful|helpful|of\s+(?:some\s+)?use)|helps?)\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""A message that gives something (a link, a paper, news) needs no ask."""
THANKS_FOR_RE = phrases(
    r"\b(?:thank\s+you|thanks)\s+(?:so\s+much\s+|again\s+|very\s+much\s+|a\s+lot\s+)?for\b"
    r"|\bwanted\s+to\s+(?:say\s+)?thank\b|\b(?:so\s+|really\s+)?grateful\s+for\b",
    re.IGNORECASE,
)
THANKS_RE = phrases(r"thank\s+you|thanks|grateful", re.IGNORECASE)
PAST_HELP_RE = phrases(
    r"you\s+(?:told|helped|gave|showed|suggested|recommended|taught|pointed|advised)\b"
    r"|your\s+(?:advice|tip|tips|suggestion|help|feedback|notes)\b"
    r"|made\s+a\s+(?:real\s+|big\s+|huge\s+)?difference",
    re.IGNORECASE,
)


def _is_thank_you_note(ctx: Context) -> bool:
    """Thanks for help already given: a thank-you note needs no new ask."""
    return bool(ctx.find(THANKS_FOR_RE)) or bool(
        ctx.find(THANKS_RE) and ctx.find(PAST_HELP_RE)
    )


@rule(
    id="no-ask",
    severity="info",
    title="No question or request",
    message="There is no question or request here, so they can't tell what you hope for.",
    why="""A message to someone new that only says nice things, or only describes you, leaves
    them to guess what you want. Guessing is work, so most people simply don't reply. One
    clear, small question gives them something easy to do.""",
    suggestion="End with one specific question they can answer in a few lines.",
    lesson=lessons.CURIOSITY,
    bad=[
        example("⟦Hi Maya, I'm a data analyst in Leeds and I read your post on survey weights. "
                "It changed how I handle our panel data.\nBest,\nRita⟧"),
        example("⟦Hello! I'm a designer moving into research, and your diary study of night-shift "
                "nurses changed how I plan my own interviews.\nMaya⟧", channel="linkedin"),
        example("⟦I'm Rory, a QA tester in Cork. I watched your GDC talk on remappable "
                "controls. I'm hoping to move into accessibility work myself at some point.⟧",
                channel="linkedin", note="Hoping for yourself is not asking them anything."),
        example("Hi Tomás! Saw you moved to the planning team at Irish Rail, congrats, well "
                "deserved. ⟦I've been thinking a lot about making the same move myself.⟧ Hope "
                "Dublin is treating you well!\nNiamh", channel="linkedin",
                relationship="former-colleague",
                note="A hint, not an ask: he would have to guess what she wants, and offer it."),
        example("Amara, I read your write-up of the quiet hours on Ward 6. The family feedback "
                "was lovely. ⟦I have a few questions about how you got the night porters on "
                "board.⟧ Thanks!", channel="slack", relationship="coworker",
                note="Questions announced and never put: she would have to ask what they are."),
        example("Dear Dr Mensah,\nThank you for your talk at the eye-care day in Tamale. I am the "
                "school nurse from Yendi who asked about referrals. ⟦I have a few thoughts about "
                "the screening forms.⟧\nAma Boateng",
                relationship="acquaintance",
                note="A thank-you that stops where the thought should start."),
    ],
    good=[
        example("Dear Mr. Shankar, I guided your group on the yard tour in October. You asked about "
                "our panel line takt time and I could not answer then. I have checked: it is 45 "
                "minutes per panel. I hope this is useful for your Kochi project.\nYuki Tanaka",
                channel="linkedin", relationship="acquaintance",
                note="An answer owed, delivered: it gives, and needs no ask."),
        example("Hi Maya, thank you for the advice on survey weights at the meetup. I tried "
                "the trimming cap and our panel estimates are finally stable.\nBest,\nRita",
                relationship="acquaintance", note="A thank-you note needs no ask."),
        example("Hi Maya, I read your post on survey weights. How do you choose the trimming "
                "cap?\nBest,\nRita"),
        example("Hello! I'm a designer moving into research. I'd love to hear how you recruit "
                "participants for diary studies.", channel="linkedin"),
        example("Congrats on the launch, it looks great!", relationship="coworker",
                channel="slack"),
        example("Hi Hiroshi, you told me to test with five people and to watch, not ask. I "
                "started at Canva last month. Thank you. It made a real difference.\nLeah",
                relationship="acquaintance", note="A thank-you note needs no ask."),
        example("Hi Tomás! Saw you moved to the planning team at Irish Rail, congrats. I've been "
                "thinking about making the same move myself. Could I ask you two questions about "
                "how you made the switch?\nNiamh", channel="linkedin",
                relationship="former-colleague", note="The hope, then the ask it leads to."),
        example("Hi Jo, I've been thinking of you since the funeral. Sending love.\nAmy",
                channel="text", relationship="friend",
                note="Thinking of them is not a hope of your own."),
        example("Amara, I read your write-up of the quiet hours on Ward 6. I have a few "
                "questions about how you got the night porters on board. Could I grab you for "
                "ten minutes after handover on Thursday?", channel="slack",
                relationship="coworker", note="The questions announced, then the ask."),
    ],
)
def no_ask(ctx: Context) -> Iterator[Hit]:
    """A cold message with no question or request at all; or a warm one that only hints at
    what the sender hopes for ("I've been thinking a lot about moving into planning") or
    announces questions it never puts ("I have a few questions about the rota."), and leaves
    the reader to guess and to offer."""
    if ctx.requests:
        return
    stated = next(iter(ctx.find(STATED_NOT_ASKED_RE)), None)
    if stated:  # even in a thank-you note: "Thank you for the concert. I have some thoughts."
        sentence = ctx.sentence_at(stated.start())
        yield Hit(sentence.start, sentence.end, message=STATED_NOT_ASKED_MESSAGE,
                  alone=not ctx.is_cold, no_veto=True)
        return
    if _is_thank_you_note(ctx) or ctx.find(GIVING_RE):
        return
    if ctx.is_cold:
        yield Hit(ctx.content.start, ctx.content.end)
        return
    hint = next(iter(ctx.find(HINT_RE)), None)
    if hint and not all_about_sender(ctx):
        sentence = ctx.sentence_at(hint.start())
        yield Hit(sentence.start, sentence.end, message=HINT_MESSAGE, alone=True)


HINT_RE = phrases(
    r"""\b(?:I['’]?ve\s+been|I\s+have\s+been|I['’]m|I\s+am|been)\s+(?:\w+\s+){0,2}?
        (?:thinking|wondering|considering|toying|weighing)\b
        (?!\s+(?:of|about)\s+(?:you|u|ya)\b|\s+(?:how|if)\s+(?:you|u)\b)
    | \bI\s+keep\s+(?:thinking|wondering|going\s+back\s+and\s+forth)\b
    | \b(?:starting|beginning)\s+to\s+(?:think|plan|look)\b
    | \bthinking\s+(?:maybe\s+)?to\s+\w+
    | \blooking\s+at\s+(?:opportunities|roles|jobs|options|openings)\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""The sender turning something over ("I've been thinking about", "I keep wondering"): a
hope that an ask should follow."""
STATED_NOT_ASKED_RE = phrases(
    r"""\bI\s+(?:have|had|['’]ve\s+got|(?:have|['’]ve)\s+been\s+having)\s+(?:some|a\s+few|a\s+couple\s+of|many
        |several|lots\s+of)\s+
        (?:questions|ideas|thoughts)\s+(?:about|on|for|regarding)\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""Questions or ideas announced, then never put ("I have some questions about how you trained
the floor staff."): the reader is told there is something to ask, and has to ask for it."""
STATED_NOT_ASKED_MESSAGE = ("You say you have questions or ideas, but never put one, so "
                            "they would have to ask you what it is. Write the first one out.")
HINT_MESSAGE = ("You hint at what you hope for but never ask, so they would have to guess, "
                "and offering help unasked is awkward. Ask for the one thing you want.")


ASK_PROBLEMS = frozenset({"big-ask", "pressure", "transactional", "blunt-tone"})
"""The must-fix problems with an ask that a missing way out goes with."""


@rule(
    id="no-easy-out",
    severity="info",
    applies=lambda ctx: not EASY_OUT_RE.search(ctx.body),  # a way out is there: nothing to add
    added_beside=ASK_PROBLEMS,
    title="No easy way to say no",
    message="Your request gives them no easy way to decline.",
    why="""Strangers owe you nothing, and they know you know it. A short line such as "no worries
    if you're too busy" takes the pressure off, makes a reply feel safe in either direction,
    and shows you respect their time. People are more willing to help when they don't feel
    cornered. Friends and old colleagues need that room too: sending the CV before they have
    agreed, or telling them you know they won't let you down, writes their yes for them.""",
    suggestion="Add a light easy out, e.g. \"No worries at all if you're too busy.\"",
    lesson=lessons.PEOPLE,
    bad=[
        example("Hi Jon, I'm a junior dev and I loved your post on feature flags. "
                "⟦Could you spare 20 minutes to walk me through how you clean up old flags?⟧"),
        example("I'm a student at Oslo Met studying urban design. "
                "⟦Would you have 15 minutes to show me how you ran the street survey?⟧",
                channel="linkedin"),
        example("Hey Efua! Been ages, how's Toronto? I see Shopify has a senior data scientist "
                "opening on your team. Could you refer me? ⟦I'll send my CV over tonight⟧.",
                channel="text", relationship="former-colleague",
                note="Beside the referral itself, the CV on its way takes the yes for granted."),
        example("Dear Ms. Rao, I'm a legal translator in Osaka moving into patent work. Your post "
                "on the mistranslated \"about\" changed how I check ranges. Would you consider "
                "⟦mentoring me⟧ over the coming year?\nHaruka", channel="linkedin",
                note="Beside the big ask, and only beside it: nothing says no is fine."),
        example("Usman, need a favour. Can you forward my CV to your manager tonight? "
                "Applications close tomorrow. ⟦Sending it now⟧ 🙏", channel="text",
                relationship="friend"),
        example("Salma, could I borrow your car for the field trip to Meknès, 3 to 12 May? I'll "
                "fill the tank, of course. I ⟦count on you⟧ ❤️", channel="text",
                relationship="friend", note="Nothing else is wrong, and it is still worth a "
                "line: it writes her yes for her."),
        example("Dear Dr Hughes,\nI run an interpreting agency in Cardiff and read your report on "
                "booking failures in Welsh hospitals. Could we talk for 20 minutes about what you "
                "would want agencies to change first? ⟦My PA, Carys, will be in touch⟧ to fix a "
                "time.\nGareth Pryce", subject="Your report on hospital interpreter bookings",
                note="The meeting is arranged before they have agreed to it."),
        example("Hi Helen,\nI'm applying for the assistant course and they need a reference from "
                "a teacher I worked with. You know my work best, so ⟦I put your name⟧. The college "
                "will email you a short form.\nThank you so much!\nKasia",
                subject="Reference for my assistant course", relationship="former-colleague",
                note="Her name is on the form before she has said yes."),
        example("Dear Gaspard,\nIt was a pleasure to talk cider with you at the Salon in "
                "February. I have made five blends for bottling and would value your notes on "
                "each. ⟦I will send them to you next week⟧ by courier.\nPierre-Yves",
                relationship="acquaintance", channel="linkedin",
                note="The parcel is on its way before he has agreed to taste anything."),
        example("Dear Ms. Achterberg,\nI am a commissioning engineer on the Utrecht signalling "
                "renewal. Your paper on axle-counter resets answered a question we have had "
                "for months. Could we have a 30-minute call about how you tested them? ⟦Let me "
                "know which day suits you⟧.\nKofi Mensah",
                subject="Axle-counter resets in your 2024 paper",
                note="Only the date is left to her: the call is taken as agreed."),
        example("Good afternoon Mr. Coker,\nI am learning guitar making in Lagos, and your video "
                "on matching the old finish of a church guitar was very neat. I would like to "
                "spend a week in your Ibadan workshop in January. Please ⟦let me know which date "
                "I can come⟧.\nChidi", channel="linkedin",
                note="Only the day is left to him: the visit is taken as agreed."),
        example("Dear Professor Nakamura,\nWe met at the botanical art show in Ueno, where my "
                "Gentiana drawing hung. Would you review my portfolio of 30 drawings? ⟦I will "
                "send the PDF and the original drawings to your office next week⟧.\nYuki Tanaka",
                relationship="acquaintance", subject="Portfolio of 30 botanical drawings",
                note="The parcel is on its way before he has said yes, however long the "
                "sentence that says so."),
    ],
    good=[
        example("Hi Jon, I'm a junior dev and I loved your post on feature flags. Could you tell "
                "me how you clean up old flags? No worries if you're too busy."),
        example("I'm a student studying urban design. If you have a moment, would you share how "
                "you ran the street survey in your Bergen project?", channel="linkedin"),
        example("Could you send me the deck from Tuesday?", relationship="coworker",
                channel="slack"),
        example("Hey Efua! Been ages, how's Toronto? I see Shopify has a senior data scientist "
                "opening on your team. Would you be comfortable referring me? If not, no "
                "worries at all, I'd still love to hear how you're finding it.",
                channel="text", relationship="former-colleague"),
        example("Thanks for saying yes to reading my proposal! I'll send it tonight.",
                channel="text", relationship="friend",
                note="They have already agreed: sending it is keeping your word."),
        example("Hi Meenakshi,\nI have attached the draft SOP for temperature excursions. Could "
                "you read just sections 3 and 4 before it goes to the state team? If this week "
                "is too full, tell me and I will ask Farhan instead.\nThanks,\nRahul",
                subject="Draft SOP: sections 3 and 4", relationship="coworker",
                note="Naming who they would ask instead is a way out."),
        example("Dear Mr. Virtanen, we sat together at the IAEA course in Vienna. Could you review "
                "my 25-page draft on the Kori-1 segmentation plan? Please tell me if it is too "
                "much.\nKim Ji-woo", channel="linkedin", relationship="acquaintance",
                note="\"If it is too much\" says no is fine, as \"if it's too much\" does."),
        example("Hey Priya, could we grab 20 minutes this week to go through the rota? Let me "
                "know which day works.", channel="slack", relationship="coworker",
                note="Colleagues settle times like this every day: the day is the only question."),
        example("Dear Ms. Achterberg,\nI am a commissioning engineer on the Utrecht signalling "
                "renewal. Your paper on axle-counter resets answered a question we have had "
                "for months. If you would be open to a 30-minute call about how you tested "
                "them, let me know which day suits you; if not, no problem at all.\nKofi Mensah",
                subject="Axle-counter resets in your 2024 paper",
                note="The day is asked only if she is open to the call at all."),
    ],
)
def no_easy_out(ctx: Context) -> Iterator[Hit]:
    """A stranger asked for time or a favour, with no way to say no. A plain question needs no
    easy out: answering it or not is already the reader's call.

    In any relationship, a favour written as if the answer were already yes ("I'll send my CV
    tonight", "CV attached") is the second thing a coach points out beside the main
    problem with the ask, so that hit stands `beside` it rather than under it. Asking someone
    outside the sender's day-to-day life to pick the day for a meeting they have not agreed
    to ("let me know which day suits you") leaves the same no room, and stands beside the big
    ask only. A message that already gives a way out is outside the rule (`applies`)."""
    matches = [*ctx.find(cues.ASSUMED_YES_RE), *ctx.find(cues.PRESUME_RE)]
    assumed = min((m for m in matches if not negated_before(ctx.body, m.start())),
                  key=lambda m: m.start(), default=None)
    if assumed and READER_AGREED_RE.search(ctx.body[:assumed.start()]):
        assumed = None  # "you promised the mock interview tonight": they did say yes
    if assumed:
        yield Hit(assumed.start(), assumed.end(), message=ASSUMED_YES_MESSAGE,
                  beside=ASK_PROBLEMS)
        return
    if ctx.relationship not in DAY_TO_DAY:
        when = ctx.find(cues.PICK_A_TIME_RE)
        if when:  # shown alone, or beside the big ask; under any other problem with the ask
            yield Hit(when[0].start(), when[0].end(), message=PICK_A_TIME_MESSAGE,
                      beside=BIG_ASK_ONLY)
            return
    if ctx.is_cold:
        spans = big_ask_spans(ctx)
        if spans:  # shown only when the big ask is the one must-fix problem
            yield Hit(*spans[-1], message=BIG_ASK_NO_OUT_MESSAGE, beside=BIG_ASK_ONLY)
            return
    if ctx.relationship != "stranger":
        return
    favours = [s for s in ctx.requests if FAVOUR_RE.search(ctx.text_of(s))
               or _big_asks(ctx.text_of(s)) or MEETING_RE.search(ctx.text_of(s))]
    if favours:
        last = favours[-1]
        yield Hit(last.start, last.end)


READER_AGREED_RE = phrases(
    r"""\b(?:you|u)\s+(?:already\s+)?(?:promised|offered|agreed|volunteered|said\s+yes)\b
    | \bas\s+(?:agreed|promised|we\s+agreed|you\s+offered)\b
    | \b(?:thanks?|thank\s+you)\s+(?:so\s+much\s+)?for\s+(?:agreeing|saying\s+yes|offering|volunteering)\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""The reader has already said yes: sending the material, or counting on them, keeps to it."""
ASSUMED_YES_MESSAGE = ("This is written as if they have already said yes, so saying no "
                       "would mean undoing something you set in motion.")
BIG_ASK_ONLY = frozenset({"big-ask"})
PICK_A_TIME_MESSAGE = ("Asking them to choose the day takes their yes for granted: they have "
                       "not agreed to meet yet. Ask whether they would be open to it, and say "
                       "no is fine.")
BIG_ASK_NO_OUT_MESSAGE = ("A big ask of someone who barely knows you, with no way to decline: "
                          "if you keep it, say plainly that no is fine.")
"""A stranger or loose contact asked for something big, and nothing says no is fine. Coaches
named the missing way out beside such an ask, when it was the one must-fix problem, about a
third of the time (sets 26-69), and almost never beside a second must-fix problem. Shown
there, leave-one-set-out on sets 26-69: no-easy-out recall 0.34 -> 0.46, tag precision
0.858 -> 0.849, F1 0.813 -> 0.812, sets meeting every target 10 -> 12 of 44."""

