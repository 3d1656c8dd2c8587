"""Rules about the relationship: people framed as resources, unearned intimacy, who you are,
and whether you actually care about their work."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from rapport.checks import cues, lessons, pattern_cache
from rapport.checks import text as t
from rapport.checks.context import Context
from rapport.checks.rule import Hit, example, rule
from rapport.checks.rules.greeting import short_form_greeting
from rapport.checks.rules.vocabulary import (
    FAVOUR_RE,
    GENERIC,
    STOPWORDS,
    disclaimed_before,
    meaning_words,
    negated_before,
    phrases,
    specific_words,
    stem,
)
from rapport.models import Recipient

TRANSACTIONAL_RE = phrases(
    r"""\b(?:leverag(?:e|ing)|tap(?:ping)?\s+into|us(?:e|ing)|access(?:ing)?|make\s+use\s+of|
        get(?:ting)?\s+(?:into|access\s+to)|mine|mining|benefit\s+from)\s+(?:your|ur)\s+
        (?:(?:professional|extensive|impressive|large|huge|vast|amazing|great)\s+)?
        (?:network|connections|contacts|rolodex|circle|address\s+book|relationships)\b
    | \bleverag(?:e|ing)\s+(?:our|my|this|your)\s+(?:\w+\s+)?(?:relationship|friendship|connection|
        acquaintance)\b
    | \b(?:leverag(?:e|ing)|pool(?:ing)?|combin(?:e|ing))\s+(?:our|each\s+other['’]s)\s+(?:respective\s+)?
        (?:\w+\s+)?(?:networks|contacts|connections)\b
    | \b(?:we\s+(?:might|could|can|may)\s+be|we['’]d\s+be|be)\s+(?:really\s+|very\s+|mutually\s+)?
        (?:useful|helpful|valuable|of\s+(?:use|value|help))\s+to\s+(?:each\s+other|one\s+another)\b
    | \byour\s+(?:network|connections|contacts|rolodex)\s+(?:would|will|could)\s+be\s+(?:pure\s+)?
        (?:a\s+)?(?:real\s+|huge\s+|great\s+)?(?:gold|golden|invaluable|goldmine|huge|massive|
        game[- ]changer|asset|boost)
    | \byour\s+(?:network|connections|contacts|rolodex)(?:\s+[\w&]+){0,5}?\s+
        (?:could|can|would|might|will|may)\s+
        (?:really\s+|definitely\s+|certainly\s+)?(?:help|benefit|facilitate|accelerate|fast-track|
        boost|advance|open|be\s+(?:useful|valuable|helpful))\b
    | \b(?:useful|valuable|strategic|helpful|handy|good|great|key|powerful|important)\s+
        (?:contact|connection|asset|resource)\s+(?:for|to)\s+(?:me|my)\b
    | \b(?:a|an)\s+(?:really\s+|very\s+|super\s+|great\s+|incredibly\s+)?(?:useful|valuable|
        strategic|powerful|helpful)\s+(?:contact|connection|asset)\b
    | \b(?:a|an)\s+(?:really\s+|very\s+|super\s+|great\s+|incredibly\s+)?(?:useful|valuable|strategic|
        handy)\s+(?:person|people|ally|friend)\s+to\s+(?:know|have|reconnect|connect|keep)
    | \bopen\s+(?:some\s+|a\s+few\s+|the\s+right\s+)?doors\s+for\s+(?:me|us)\b
    | \b(?:add(?:ing)?|incorporat(?:e|ing))\s+you\s+(?:in)?to\s+my\s+(?:professional\s+)?network\s+
        (?:because|since|as)\b
    | \b(?:need|want|looking\s+for|get)\s+(?:some\s+|a\s+few\s+|more\s+)?(?:useful|valuable|helpful|
        good|key|strategic)\s+(?:contacts|connections)\b
    | \btap(?:ping)?\s+into\s+(?:it|them)\s+for\s+me\b
    | \btap(?:ping)?\s+into\s+(?:[\w'’]+\s+){0,5}?(?:network|contacts|connections|rolodex)\b
    | \b(?:open|swing|throw)\s+(?:[\w'’]+\s+){0,4}?doors\s+(?:open\s+)?for\s+(?:me|us)\b
    | \blean\s+on\s+your\s+(?:network|contacts|connections)\b | \bgolden\s+ticket\b
    | \byour\s+(?:network|connections|contacts)\b[^.?!\n]{0,40}?\b(?:exactly\s+)?what\s+I\s+need\b
    | \badd\s+you\s+to\s+my\s+network\s+(?:because|since|as)\b
    | \b(?:you\s+(?:could|can|would|might)\s+be|you['’]?d\s+be)\s+(?:really\s+|very\s+)?
        (?:useful|valuable|helpful)\s+(?:to|for)\s+(?:me|my)\b
    | \bwhat\s+you\s+(?:can|could)\s+do\s+for\s+me\b
    | \b(?:someone|somebody|a\s+(?:friend|contact|person|man|woman))\s+on\s+the\s+inside\b
    | \byou\s+(?:have|['’]ve\s+got|got)\s+(?:so\s+many|lots\s+of|loads\s+of|a\s+lot\s+of|tons\s+of
        |such\s+a\s+(?:big|huge))\s+
        (?:[\w'’-]+\s+)?(?:connections|contacts|followers|network)\b
    | \byour\s+(?:audience|followers|following|readers|subscribers|platform|reach|clients|customers)\s+
        (?:is|are)\s+(?:exactly|just|precisely)\b
    | \b(?:expand|grow|build|widen|strengthen)(?:ing)?\s+(?:out\s+|up\s+)?my\s+(?:professional\s+)?network\b
    | \b(?:worth|good)\s+(?:knowing|having)\s+(?:in\s+my\s+(?:network|corner|pocket))\b
    | \bin\s+my\s+(?:network|corner|pocket)\s+(?:could|can|would|will)\s+help\b
    | \byou\s+know\s+(?:everyone|everybody|all\s+the\s+right\s+people|the\s+right\s+people)\s+
        (?:at|in|on)\b
    | \b(?:since|as|because|now\s+that)\s+(?:you['’]ve\s+got|you\s+have|you['’]?ve|you\s+got
        |you\s+have\s+got)\s+(?:the\s+)?(?:[\w'’-]+['’]s\s+)?ear\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


@rule(
    id="transactional",
    supersedes=("no-easy-out",),
    # Between friends it once hid big-ask too (sets 26-55: coaches named transactional on 23
    # of 27 such messages, big ask on 8). Over sets 11-1309 it no longer holds: where a friend
    # is asked to get their father, brother or partner to refer, introduce or vouch, coaches
    # name both. Showing the big ask as well added 85 right big asks and 17 wrong, and took
    # away 17 right and 26 wrong no-easy-out findings that the big ask now covers, and 9
    # wrong transactional ones (sets 11-1309).
    severity="warning",
    title="A person framed as a resource",
    message="This treats them as a way into a network rather than as a person.",
    why="""When a message talks about leveraging someone's network or how useful they could be,
    the reader hears that they are a means to an end. Even people who would gladly help
    bristle at being treated as a resource. Talk about them and their work, and let any
    help follow from a real conversation.""",
    suggestion="Drop the network talk; say what about their work you are curious about.",
    lesson=lessons.PEOPLE,
    bad=[
        example("I'd love to ⟦leverage your network⟧ as I move into fintech.",
                channel="linkedin"),
        example("I think ⟦your connections could help⟧ me land a role in Berlin."),
        example("You'd be ⟦a valuable contact⟧ as I grow my agency.", channel="linkedin"),
        example("Would you accept my request? You seem like ⟦a really useful contact⟧ to have.",
                channel="linkedin", relationship="acquaintance"),
        example("I'm hoping you can ⟦open doors for me⟧ at the big studios."),
        example("I'm reaching out to ⟦expand my network⟧ in product design.",
                channel="linkedin"),
        example("We're raising a seed round. ⟦Your network could really open⟧ doors for us.",
                relationship="acquaintance"),
        example("Could you shoot our launch photos? It'd be ⟦great exposure⟧ for you!",
                channel="text", relationship="friend"),
        example("It's been ages! ⟦I'm now helping a lot of nurses like yourself⟧ with pensions.",
                relationship="former-colleague", note="A pitch dressed as a catch-up."),
        example("Share my post please, ⟦you have so many ed-tech connections⟧!", channel="linkedin",
                relationship="friend"),
        example("Now that you're at Deloitte it'd be great to have ⟦someone on the inside⟧!",
                channel="linkedin", relationship="former-colleague"),
        example("Miss you! Is Ravi still at Arup? Could you ⟦get him to pass my⟧ CV to the "
                "bridges team?", channel="text", relationship="friend",
                note="The friend becomes a channel to her partner's favour."),
        example("Hey hun! I've joined a candle company, would you ⟦host a little party⟧ at yours? "
                "It'd really help with my first order!", channel="text",
                relationship="friend"),
        example("any chance u could take my sat shift? and I mean ⟦I did cover your⟧ two nights "
                "in Feb so 😅", channel="text", relationship="coworker",
                note="An emphatic \"I did\" turns the old favour into a bill."),
        example("Could you put me in touch with the buyer? I did write your reference when you "
                "left, so I hope you'll ⟦consider us square⟧.", relationship="former-colleague",
                note="A favour done years ago, presented as a debt to settle."),
        example("I have applied for a loan at your bank. Please help me push the file through "
                "quickly. I will ⟦make it worth your while⟧.", relationship="former-colleague"),
        example("Zaid, ⟦you know everyone at⟧ the ministry 😄 could you set me up with whoever "
                "handles the aviation emissions file?", channel="text", relationship="friend"),
        example("Eid Mubarak to you and the girls ❤️ By the way, since Hesham is at the Ministry now, "
                "⟦perhaps he could mention my name⟧ for the new safety committee?", channel="text",
                relationship="friend", note="A blessing used as the wrapper for someone else's favour."),
        example("Congratulations on the wedding! By the way, can you ⟦ask your uncle at the railway to "
                "help with our⟧ wagons at Keles?", channel="text", relationship="friend"),
        example("My book comes out in the spring. A review in your pages is surely fine: ⟦I taught "
                "you everything⟧ you know, after all.", relationship="former-colleague",
                subject="My book", note="Old mentoring turned into a bill."),
        example("remember when I found you a photographer at 2am for your launch? 😇 ⟦payback "
                "time⟧: can you moderate our panel on the 12th?", channel="text",
                relationship="former-colleague"),
        example("It was a pleasure meeting you in Kigali. I would welcome the opportunity to "
                "⟦leverage our relationship⟧ for mutual benefit.", channel="linkedin",
                relationship="acquaintance", note="One meeting, already an asset to be used."),
        example("Dear Hannah,\nGiven that ⟦I went rather out on a limb for you⟧ with the fellowship "
                "committee in 2019, might you arrange for me to see the Dalkeith volumes before "
                "spring?\nWith warm regards,\nMargaret", subject="The Dalkeith volumes",
                relationship="former-colleague", note="Old support turned into leverage."),
        example("can you cover my saturday? remember durban, so ⟦we're not even yet⟧ 😂",
                channel="text", relationship="coworker",
                note="A joke, and still a tally of favours owed."),
        example("Glad the visa papers worked out! I hope it's ⟦not too much to ask something back⟧: "
                "could you recommend me for the night editor job?", channel="text",
                relationship="friend", note="The old help becomes the price of this favour."),
        example("I have put you in the timetable for 14 November. ⟦Given everything the lab did for "
                "your⟧ early career, I am sure you will find the time.",
                relationship="former-colleague", subject="Guest lecture"),
        example("Great to meet you at WOMEX! Let's team up: ⟦you bring me your venues, I bring "
                "you⟧ my bands.", channel="linkedin", relationship="acquaintance",
                note="A trade offered in place of a conversation."),
        example("The boat is back in the water, sailing on Saturday? I'd also love to ⟦tell you "
                "about our new acquisitions fund⟧ while we're out.", channel="text",
                relationship="friend", note="A pitch tucked into an invitation."),
        example("Hope married life is lovely! Does Tomasz still work at Yamaha? ⟦Maybe he could ask "
                "if they need⟧ a piano teacher?", channel="text", relationship="friend",
                note="The friend becomes a channel to her husband's favour."),
        example("Magda kochana! Remember how many Saturdays I had Zosia for you 😄 ⟦Now is your "
                "turn⟧: this weekend you do my business plan spreadsheet with me, ok? I bring "
                "pierogi.", channel="text", relationship="friend",
                note="The babysitting comes back as a bill."),
        example("Bruno, I took your Saturday twice in May, so ⟦now it is your turn⟧. Can you do "
                "my Sunday the 9th?", channel="text", relationship="coworker",
                note="A shift swap sent as the bill for the last ones."),
        example("Rodrigooo saudades!! three years since the agency? I'm launching an online "
                "subtitling course next month and I saved a ⟦20% code⟧ just for you and your "
                "team 😉 let's catch up soon!!", channel="text", relationship="former-colleague",
                note="A discount is a sales offer, however warm the hello around it."),
        example("Hi Sipho, I run an esports org in Lagos. Could you introduce us to the sponsors "
                "you work with? For any deal we close, I'll ⟦give you 10%⟧ as a thank-you.\nIfe",
                channel="linkedin", note="Paying for the introduction turns them into a broker."),
        example("omg congrats on the new job!!! drinks on me saturday 🥂 also ⟦while i've got u, "
                "can u have a look at our lift complaint and tell me if it'll go anywhere?⟧",
                channel="text", relationship="friend",
                note="The congratulations become the wrapper for the favour."),
        example("Aisha! Just wanted to say thank you again for covering my Saturdays during "
                "exams, I passed everything 😊 ⟦Also, your brother's an electrician, isn't he? "
                "Could you ask him if his firm takes on trainees?⟧ x", channel="text",
                relationship="former-colleague",
                note="The thank-you becomes the wrapper for a favour from someone else."),
        example("Femke! Saw that Zwolle station is finally step-free, congratulations, that was "
                "your fight. Now that you're leading the programme, maybe you can ⟦put us on the "
                "shortlist⟧ for the next stations? 😉\nAnneke", channel="linkedin",
                relationship="former-colleague", note="A supplier's pitch inside the congratulations."),
    ],
    good=[
        example("I'd love to hear how you built the mentoring network at Women in Rust."),
        example("Your network map of supply chains in the paper was eye-opening."),
        example("I'm not trying to tap into your network; I have one question about your "
                "survey design."),
        example("The placement gave me great exposure to paediatric wards.",
                relationship="acquaintance"),
        example("Any chance you could take my Saturday shift? Happy to cover one of yours in "
                "March if that helps.", channel="text", relationship="coworker",
                note="Offering a favour back is not calling one in."),
        example("you still owe me that rematch on the yellow overhang. thursday 19:00 at the "
                "usual gym?", channel="text", relationship="friend",
                note="A rematch owed is a game, not a favour."),
        example("I know you owe me nothing, so no worries if there's no time to reply.",
                channel="linkedin"),
        example("May I ask how you recorded the clerks' marginal notes? You owe me no reply, of "
                "course, but I would be glad to hear your thinking.\nKofi",
                note="Owing no reply is the way out, not a debt."),
        example("Walk on Sunday? I want to tell you about our trip to Lofoten, it was wild.",
                channel="text", relationship="friend"),
        example("Does Marta still work at the museum? Tell her I loved her talk on textiles!",
                channel="text", relationship="friend"),
        example("So good to see your name in this channel! Random one while I have you: was it "
                "strange going from the customer side to the vendor side?", channel="slack",
                relationship="former-colleague", note="A question about them is not a favour."),
        example("Dani thank you for covering my station yesterday 🙏 also how do you section the "
                "long layers so fast?? could you show me before clients on Monday?",
                channel="text", relationship="coworker",
                note="A question about their craft after thanks is curiosity, not a wrapper."),
    ],
)
def transactional(ctx: Context) -> Iterator[Hit]:
    for m in ctx.find(TRANSACTIONAL_RE):
        if not disclaimed_before(ctx.body, m.start()):
            yield Hit(m.start(), m.end())
    for pattern, message in ((cues.DEBT_RE, DEBT_MESSAGE), (cues.BONUS_RE, BONUS_MESSAGE),
                             (cues.PERCENT_OFFER_RE, BONUS_MESSAGE),
                             (cues.SALES_RE, SALES_MESSAGE), (cues.EXPOSURE_RE, EXPOSURE_MESSAGE)):
        for m in ctx.find(pattern):
            if not negated_before(ctx.body, m.start()):
                yield Hit(m.start(), m.end(), message=message,
                          explicit=pattern in (cues.DEBT_RE, cues.PERCENT_OFFER_RE))
    if ctx.relationship == "friend":
        from rapport.checks.rules.ask import through_someone

        for start, end in through_someone(ctx):
            yield Hit(start, end, message=CHANNEL_MESSAGE)
    if ctx.relationship in RECONNECTABLE:
        yield from _ask_after_silence(ctx)
    yield from _favour_after_pivot(ctx)
    yield from _favour_after_thanks(ctx)


def _favour_after_pivot(ctx: Context) -> Iterator[Hit]:
    """News or wishes, then "while I have you" and a favour: the friendly part reads as the
    wrapper. A plain question after the turn ("while I have you: did you switch off rain
    evaporation?") is curiosity, not a favour."""
    from rapport.checks.rules.ask import job_asks

    for pivot in ctx.find(cues.PIVOT_RE):
        favours = [s for s in ctx.requests if s.end > pivot.start()
                   and FAVOUR_RE.search(ctx.text_of(s))]
        favours += [ctx.sentence_at(start) for start, _ in job_asks(ctx) if start > pivot.start()]
        if favours:
            yield _wrapper_hit(pivot, min(favours, key=lambda s: s.start), PIVOT_MESSAGE)
            return


def _favour_after_thanks(ctx: Context) -> Iterator[Hit]:
    """Thanks, then "Also," or "By the way," and a favour that spends their standing: "thank
    you for covering my Saturdays! Also, could you ask your brother if his firm takes on
    trainees?". A question about their craft after the turn ("also, how do you section long
    layers?") is curiosity, not a favour."""
    from rapport.checks.rules.ask import job_asks, through_someone

    thanks = ctx.find(cues.THANKS_RE)
    if not thanks:
        return
    favours = [*job_asks(ctx), *through_someone(ctx),
               *(m.span() for m in ctx.find(STANDING_FAVOUR_RE))]
    for pivot in ctx.find(cues.ALSO_PIVOT_RE):
        if pivot.start() < thanks[0].start():
            continue
        after = [start for start, _ in favours if start > pivot.start()]
        if after:
            yield _wrapper_hit(pivot, ctx.sentence_at(min(after)), THANKS_PIVOT_MESSAGE)
            return


def _wrapper_hit(pivot: re.Match[str], favour: t.Span, message: str) -> Hit:
    """From the turn ("while I have you", "Also,") to the end of the first favour after it.
    Coaches named the wrapper nearly every time they saw one, so the model may not veto it."""
    return Hit(pivot.start(), max(favour.end, pivot.end()), message=message, no_veto=True)


STANDING_FAVOUR_RE = phrases(
    r"""\b(?:introduce|connect|(?:refer|recommend|vouch\s+for)\s+me|mention\s+my\s+name|put\s+in\s+a\s+word|
        pass\s+(?:on\s+)?my|forward\s+my|send\s+me\s+(?:your|the|his|her)|
        ask\s+(?:him|her|them|your\s+\w+))\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""Favours that spend the reader's standing with someone else, or their contacts."""
THANKS_PIVOT_MESSAGE = ("The thanks becomes a wrapper for the favour that follows it: send the "
                        "thank-you on its own, and ask another day, plainly.")
RECONNECTABLE = frozenset({"friend", "former-colleague", "acquaintance"})
DEBT_MESSAGE = "This frames a favour as a debt they owe you; help given to collect is not help."
BONUS_MESSAGE = ("Offering them money or a bonus turns your relationship into a deal: ask "
                 "because you value their view, not because it pays them.")
SALES_MESSAGE = ("This is a pitch: the reader becomes a customer, not a person you want to "
                 "know.")
EXPOSURE_MESSAGE = ("Exposure instead of pay treats their skill as something the friendship "
                    "owes you: offer to pay, or ask plainly for a friend's rate.")
CHANNEL_MESSAGE = ("This uses your friend as a way to reach someone else's favour: ask whether "
                   "that person would be open to a question, and let them decide.")
SILENCE_MESSAGE = ("After a long silence, the first thing this message does is ask for a "
                   "favour: it reads as if you only got in touch because you need something.")


def _ask_after_silence(ctx: Context) -> Iterator[Hit]:
    """First contact in a long while, or an occasion used as a wrapper, and the ask is what
    the message is for."""
    silence = ctx.find(cues.RECONNECT_RE) or ctx.find(cues.DISTANCE_RE)
    occasion = ctx.find(cues.OCCASION_RE)
    if not (silence or occasion):
        return
    from rapport.checks.rules.ask import job_asks

    asks = [(start, end) for start, end in job_asks(ctx)
            if not (ctx.relationship == "former-colleague"
                    and REFERENCE_RE.search(ctx.body[start:end]))]
    if not asks or _catches_up_first(ctx, asks[0][0]):
        return
    message = SILENCE_MESSAGE if silence else OCCASION_MESSAGE
    yield Hit(asks[0][0], asks[0][1], message=message)


REFERENCE_RE = pattern_cache.compile(r"referee|reference|recommendation|drafted", re.IGNORECASE)
"""Someone who managed or worked with you is the right person to ask for a reference."""
PIVOT_MESSAGE = ("\"While I have you\" turns everything before it into a wrapper for the "
                 "favour: send the friendly part on its own, and ask another day, plainly.")
OCCASION_MESSAGE = ("The greeting becomes a wrapper for the ask: send the wish on its own, and "
                    "ask another day, plainly.")


CATCH_UP_RE = phrases(
    r"""\bhow\s+(?:are|have)\s+you\b | \bhow['’]?s\s+(?:life|things|the\s+\w+|your\s+\w+)\b
    | \bhow\s+(?:is|did|was)\s+(?:the|your)\s+\w+ | \bcongrat(?:s|ulations)\b
    | \bI\s+(?:saw|heard|read)\s+(?:that\s+)?you\b | \bwould\s+love\s+to\s+(?:hear|catch\s+up)\b""",
    re.IGNORECASE | re.VERBOSE,
)


def _catches_up_first(ctx: Context, ask_start: int) -> bool:
    """A real catch-up (asking after them, about their news) before the ask, and an ask that
    is not the only thing after it: the message is about them as well as the favour."""
    before = ctx.body[:ask_start]
    return len(list(CATCH_UP_RE.finditer(before))) >= 2 and len(specific_words(before)) >= 8


FAMILIARITY_RE = phrases(
    r"""(?:^|(?<=^hey\s)|(?<=^hi\s)|(?<=^yo\s)|(?<=^howzit\s))(?P<lead>buddy|pal|bro|bruh|bru|bruv|boet
        |dude|mate|bestie|homie|fam|amigo|hermano|hermana|irm[ãa]o|irm[ãa])\b
    | (?<=^hey\s)(?P<greeted>(?:my\s+)?friend)\b(?=\s*[,!.]) | (?<=^hi\s)(?P<hi>(?:my\s+
        )?friend)\b(?=\s*[,!.])
    | (?:^|(?<=[\s,(]))(?P<word>buddy|pal|bro|bruh|dude|mate|fam|bestie|homie|my\s+(?:dear\s+)?
        friend|my\s+man|my\s+guy|old\s+friend|amigo|hermano|hermana|compadre|babe|hun|hon|sweetie|sweetheart|darling|darlin|darl|amor|cuz|cuzzie
        |honey|sis|akhi|ukhti|habibi|habibti|khouya|khoya|khti|sahbi|minha\s+amiga|meu\s+amigo|mi\s+amig[ao])
        (?![-'’]\w)(?=\s*(?:[,!.?:;)\n]|$|[^\w\s]))
    | (?:^|(?<=,\s)|(?<=,)|(?<=^hey\s)|(?<=^hi\s)|(?<=thanks\s)|(?<=cheers\s))(?P<title>boss|chief|champ|
        sport)(?=\s*(?:[,!.?:;)\n]|$|[^\w\s]))
    | \b(?:old\s+)?friends\s+at\s+heart\b
    | \bmy\s+(?:dear\s+)?(?:sister|brother|sis|bro|bruv)\b(?!\s+(?:is|was|works|and|in|at|who|has|had)\b)
    | \b(?:we['’]?re|we\s+are)\s+(?:all\s+)?(?:(?:basically|practically|already|like)\s+){0,2}
        (?:one\s+(?:big\s+)?family|brothers|sisters|siblings|family|cousins|whānau|whanau)\b
    | \bso\s+(?:(?:basically|practically|already)\s+){1,2}(?:brothers|sisters|siblings|family|cousins)\b
    | \b(?:we['’]?re|we\s+are)\s+(?:already|basically|practically)\s+(?:like\s+)?close\s+(?:friends|partners
        |allies|family)\b
    | \b(?:feel|feels|felt)\s+like\s+(?:we['’]?re|we\s+are)\s+(?:already\s+)?(?:family|brothers|sisters|
        siblings|cousins|whānau|whanau)\b
    | \b(?:feel|feels|felt)\s+like\s+(?:we['’]?re|we\s+are)\s+(?:already\s+)?(?!a\b|the\b|one\b)[\w-]+\s+
        (?:family|brothers|sisters|siblings|cousins)\s+already\b
    | \b(?:feel|feels|felt)\s+like\s+we['’]?d\s+be\s+(?:besties|best\s+friends|bffs?|friends)\b
    | \blike\s+we['’]?ve\s+known\s+each\s+other\s+(?:forever|for\s+years|for\s+ages|all\s+our\s+lives)\b
    | ^\W*(?:ya\s+)?(?:habibi|habibti)\b
    | \bfellow\s+[\w'’\-]+\s+family\b
    | \bwe\s+(?:[\w'’-]+\s+){1,3}?(?:are|['’]re)\s+all\s+(?:one\s+(?:big\s+)?)?(?:family|brothers|sisters
        |siblings)\b
    | \b(?:feel|feels|felt)\s+(?:that\s+)?I\s+(?:already\s+|kind\s+of\s+|kinda\s+|sort\s+of\s+)?
        (?:know|knew)\s+(?:you|u|ya)\b
    | \b(?:feel|feels|felt)\s+(?:like\s+|that\s+)?(?:we['’]?re|we\s+are)\s+already\s+(?:on\s+the\s+same\s+
        (?:team|side)|teammates|colleagues)\b
    | \b(?:feel|feels|felt)\s+(?:like\s+|that\s+)?(?:we['’]?re|we\s+are)\s+(?:already\s+)?(?:family|whānau
        |whanau|colegas|colleghi|kollegen)\b
    | \blike\s+we\s+(?:had\s+|have\s+|['’]ve\s+|['’]d\s+)?(?:known|knew)\s+each\s+other\s+(?:for\s+(?:years
        |ages|ever|a\s+long\s+time|decades)|forever|all\s+our\s+lives)\b
    | (?:(?<=hola\s)|(?<=hello\s)|(?<=hi\s)|(?<=hey\s)|(?<=dear\s))my\s+(?:dear\s+|good\s+|old\s+)?friend
        (?=\s+\w+\s*[,!])
    | (?<=dear\s)(?P<kin>sister|brother)(?=\s+[\w-]+\s*(?:[,!.:\n]|[^\w\s]))
    | \b(?:feel|feels|felt)\s+like\s+(?:we['’]?re|we\s+are)\s+(?:already\s+)?(?:close|best|soul|true)\s+
        (?:friends|sisters|brothers|mates)\b
    | \bsoul\s+(?:sisters|brothers|mates)\b | \bkindred\s+spirits?\b | \bsoul\s?mates?\b
    | \b(?:we['’]?re|we\s+are)\s+(?:(?:clearly|totally|literally|basically|practically|like|[\w-]+)\s+){0,2}
        twins\b | \bit['’]?s\s+your\s+(?:[\w-]+\s+)?twin\b
    | \bas\s+if\s+we\s+(?:had|have|['’]d)\s+(?:known\s+each\s+other|worked\s+together)\s+(?:for\s+
        (?:years|ages|decades)|forever|all\s+our\s+lives)\b
    | \bmy\s+fav(?:ou?rite)?\s+(?:[\w'’-]+\s+){0,2}?(?:person|people|human|friend|man|woman|guy|girl|lady
        |nerd|geek)
        \b(?!\s+(?:to|who|for|I|you|we|in\s+(?:the|this)\s+(?:book|story|film|show|series))\b)
    | \b(?:feel|feels|felt)\s+(?:like\s+|that\s+)?(?:we['’]?re|we\s+are|we['’]?ve|we\s+have)\s+
        (?:already\s+)?(?:old\s+friends|known\s+each\s+other\s+(?:for\s+years|forever)|friends)\b
    | \b(?:we['’]?re|we\s+are)\s+(?:basically|practically|already|like)\s+(?:old\s+)?(?:friends|mates|
        pals|buddies)\b
    | \bwe\s+go\s+(?:way\s+|a\s+long\s+way\s+)?back\b
    | \bwe\s+were\s+(?:literally\s+|basically\s+|practically\s+|totally\s+)?(?:inseparable|besties
        |best\s+friends|(?:as\s+)?thick\s+as\s+thieves|
        like\s+(?:sisters|brothers|family))\b
    | \b(?:you['’]?re|you\s+are|ur)\s+(?:basically|practically|like|pretty\s+much|kind\s+of|kinda|
        already|officially)\s+(?:my|a)\s+(?:work\s+|internet\s+|online\s+|honorary\s+)?(?:bestie|best\s+friend|
        bff|friend|brother|sister|sibling|family|mate|buddy|big\s+(?:brother|sister))\b(?:\s+at\s+this\s+point)?
    | \b(?:feel|feels|felt)\s+like\s+(?:we['’]?re|we\s+are)\s+(?:already\s+)?(?:old\s+)?(?:mates|pals|
        buddies|besties)\b
    | \b(?:you['’]?re|you\s+are|ur)\s+(?:basically|practically|pretty\s+much|already|officially)\s+family\b
    | \b(?:you['’]?re|you\s+are|ur|u\s+r|you\s+feel|u\s+feel|we['’]?re|we\s+are|(?:you|u)\s+and\s+(?:I|me)\s+
        are)\s+(?:(?:basically|practically|pretty\s+much|kind\s+of|kinda|already|just|truly|really|
        honestly|now|a\s+little\s+bit|a\s+bit|officially)\s+)*(?:like\s+(?:family|a\s+(?:son|daughter)\s+
        to\s+me)|(?:a\s+)?part\s+of\s+the\s+family|one\s+of\s+the\s+family)\b
    | \b(?:feel|feels|felt)\s+like\s+(?:I|i)\s+(?:already\s+|kind\s+of\s+|kinda\s+|sort\s+of\s+)?
        (?:know|knew)\s+(?:you|u|ya)\b
    | \b(?:feel|feels|felt)\s+like\s+(?:I['’]?ve|I\s+have|I['’]?d|we['’]?ve|we\s+have|we['’]?d)\s+
        (?:already\s+)?known\s+(?:you|each\s+other)\b
    | \b(?:feel|feels|felt)\s+(?:like\s+|that\s+)?we\s+(?:already\s+)?know\s+each\s+other\b
        (?!['’]s)
    | \b(?:feel|feels|felt)\s+like\s+we(?:['’]ve|\s+have)?\s+(?:been|gone|come|lived|fought|survived)\s+
        through\s+[^.!?\n]{0,30}?\btogether\b
    | \b(?:feel|feels|felt)\s+like\s+we(?:['’]?ve|\s+have)?\s+been\s+(?:[\w'’-]+\s+){0,6}?(?:forever
        |for\s+(?:years|ages|ever)|side\s+by\s+side)\b
    | \b(?:feel|feels|felt)\s+like\s+(?:I['’]?ve|I\s+have)\s+(?:already\s+)?(?:been|worked)\s+
        (?:on\s+site\s+|in\s+the\s+\w+\s+)?with\s+(?:you|u)\b
    | (?P<clicked>\bwe\s+(?:basically\s+|really\s+|totally\s+|just\s+|def\s+|definitely\s+|so\s+)?
        (?:clicked|vibed)\b)
    | (?P<basically>\b(?:we['’]re|we\s+are)\s+basically\s+(?!done|finished|ready|there|set|out|
        sorted|fine|good|ok|okay|on\s+track)(?:[\w-]+\s+)?[\w-]+)
    | \b(?:basically|practically)\s+(?:family|whānau|whanau|old\s+(?:pals|friends|mates)|
        (?:old\s+)?(?:pals|mates|buddies|besties))\b
    | \bmakes\s+us\s+(?:family|whānau|whanau|practically\s+family|old\s+friends|friends|brothers|
        sisters|cousins)\b
    | \b(?:destined|meant)\s+to\s+be\s+friends\b
    | \b(?:we['’]?re|we\s+are)\s+(?:literally\s+|basically\s+|practically\s+)?the\s+same\s+person\b
    | \bsiento\s+que\s+ya\s+nos\s+conocemos\b
    | (?P<opener>^\W*dear\s+brother\b
    | ^\W*(?:hola|hello|hi|hey|dear|oi|ol[aá]|ciao|salam|salaam|marhaba|ahlan)\s+(?:hermana|hermano|habibi
        |habibti|akhi|ukhti|khouya|khoya|sahbi|irmã|irmão|querid[ao]|amig[ao]|car[ao])\b)
    | ^\W*[\w-]+,?\s+(?:querid[ao]|kochan[ay]|can[ıi]m|cariad)\b | \bamic[ao]\s+mi[ao]\b
    | \bmy\s+(?:[\w'’-]+\s+){1,3}?(?:buddy|bestie|bff|pal)\b(?!\s+(?:is|was|and|who|from\s+school)\b)
    | \b(?:meu|minha|mi)\s+querid[ao]\b
    | ^\W*(?:hey+|hi+|hiya|hello+)\s+(?P<pet>lovely|brother|sister)(?=\s*(?:[,!.?:;\n]|$|[^\w\s]))
    | ^\W*(?:(?:hey+|hi+|hiya|hello+|dear|oi|yo)\s+(?:dear\s+)?[\w-]+|(?!(?:hey+|hi+|hiya|hello+|dear|oi
        |yo)\b)[\w-]+),?\s+
        (?P<claim>my\s+(?:[\w-]+\s+)?(?:sister|brother|sis|bro)(?:\s+(?:in|from)\s+(?!law\b)[\w-]+(?=\s*(?:[!\n]|$)))?)
        (?=\s*(?:[,!.?:;\n]|$|[^\w\s]))
    | \b(?:feel|feels|felt)\s+like\s+(?:I['’]?m|I\s+am)\s+(?:writing|talking|speaking)\s+to\s+(?:a|an|my)\s+
        (?:old\s+friend|friend|(?:older\s+|big\s+|little\s+|younger\s+)?(?:sister|brother|cousin|sibling))\b
    | \b(?:you['’]?re|you\s+are|ur)\s+(?:like\s+)?family\s+to\s+me\b
    | \b(?:was|were|are|is|['’]re)\s+(?:(?:always|truly|really|just|all|honestly)\s+)?like\s+(?:a\s+)?
        (?:family|brothers|sisters|son|daughter|brother|sister)\s+to\s+me\b
    | \bthink\s+of\s+(?:you|us)\s+as\s+(?:[\w-]+\s+){0,2}?(?:family|cousins?|brothers?|sisters?|siblings?)\b
    | \b(?:we['’]?re|we\s+are)\s+(?:practically|basically|already)\s+(?:colleagues|teammates|co-?workers)\b
    | \byou['’]?re\s+my\s+(?:work\s+)?(?:bestie|best\s+friend|bff)\b
    | \b(?:as|we['’]?re)\s+old\s+friends\s+from\b
    | \b(?:the\s+)?(?:big\s+)?(?:sister|brother)\s+I\s+never\s+had\b
    | \bthe\s+only\s+one\s+(?:at\s+\w+\s+)?who\s+(?:really\s+)?gets\s+me\b
    | \b(?:feel|feels|felt)\s+(?:like\s+|that\s+|as\s+if\s+)?(?:we['’]?re|we\s+are|we['’]ll\s+be
        |we\s+will\s+be|we\s+were)\s+(?:(?:already|almost|practically|basically|like|old|true|real)\s+){0,3}
        (?:colleagues|neighbou?rs|sisters|brothers|siblings|family|friends|cousins|mates|teammates)\b
    | \b(?:you|u)\s+(?:already\s+)?(?:feel|felt)\s+like\s+(?:an?\s+|my\s+)?(?:(?:elder|older|big|little
        |younger|old)\s+)?(?:sister|brother|cousin|aunt|auntie|uncle|friend|mate|pal|buddy)\b
    | ^\W*(?:hola|hi|hey|ciao|ol[aá]|oi)\s+(?P<endear>guap[ao]|bell[ao]|lind[ao]|tesoro|amore
        |cari[nñ]o)\b
    | ^\W*(?:hola|hello|hi|hey|dear|oi|ol[aá]|ciao)\s+[\w-]+,\s+
        (?P<after>querid[ao]|kochan[ay]|can[ıi]m)\b
    | (?P<dearfriend>^\W*(?:my\s+)?dear\s+friend\b)
    | \byour\s+fav(?:ou?rite)?\s+(?:[\w'’-]+\s+){0,2}?(?:student|trainee|intern|apprentice|field\s+hand
        |mentee|colleague|person|customer|neighbou?r|fan|rookie)\b
    | (?P<became>\bwe\s+became\s+(?:real\s+|true\s+|good\s+|fast\s+)?friends\b)
    | \binstant\s+(?:besties|friends|bffs?)\b
    | \b(?:gonna|going\s+to|will|['’]ll)\s+be\s+besties\b
    | \b(?:you['’]?re|you\s+are|ur)\s+(?:like\s+)?my\s+(?:big|elder|older)\s+(?:sister|brother)\b
    | \bsame\s+wavelength\b | \bcut\s+from\s+the\s+same\s+cloth\b | \bsame\s+soul\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


@rule(
    id="fake-familiarity",
    severity="warning",
    title="Unearned familiarity",
    message="This claims a closeness you don't have with them yet.",
    why="""Calling a stranger "buddy" or "my friend", or saying you feel like old friends, tries
    to skip the part where trust is earned. Most readers notice, and it reads as a sales
    move. Friendliness is welcome; pretending a friendship exists is not. Be warm and
    honest about how you know them.""",
    suggestion="Use their name, and say honestly how you know of them.",
    lesson=lessons.FRIENDS,
    bad=[
        example("Hey ⟦buddy⟧, saw your post on hiring juniors.", channel="linkedin"),
        example("Oi ⟦amor⟧!! It's Marisa, we met at the Selvagem party last year. Which shops in "
                "SP take vinyl on consignment?", channel="text", relationship="acquaintance",
                note="\"My love\", to someone met once at a party."),
        example("G'day ⟦darl⟧, it's Gus, we met at the Wool Expo in Dubbo. Could I ask how you got "
                "into classing wool? No worries if you're flat out.", channel="linkedin",
                relationship="acquaintance"),
        example("Howzit ⟦bru⟧! Fellow beekeeper here from SA. How do you treat for varroa "
                "without losing the winter bees?", channel="linkedin"),
        example("⟦Salam akhi⟧ Omar! I'm Layla, an accountant moving into sport. How did you "
                "make the move into club finance?", channel="linkedin",
                note="A brother's name for a stranger."),
        example("hey ⟦sis⟧!! loved your post on natural wine. how do you pick your growers?",
                channel="linkedin"),
        example("So good to reconnect with ⟦my React Summit buddy⟧ haha. Could you tell me how "
                "your team does edge rendering?", channel="linkedin", relationship="acquaintance",
                note="One chat at a conference does not make a buddy."),
        example("Dear Mr van der Merwe,\nAs you'll remember from our chat at the open day, "
                "⟦we really clicked⟧ about brickwork and rugby. Which course would you take for "
                "heritage lime work?\nSipho", channel="email", subject="Lime work courses",
                relationship="acquaintance",
                note="One long chat is a good start, not a bond to lean on."),
        example("Kwame ⟦my man⟧! Loved your post on the FSC certification. How long did the chain "
                "of custody audit take you?\nSean", channel="linkedin"),
        example("Harriet, your peat-free article felt like my own diary, ⟦we are clearly twins⟧ in "
                "this fight 😂 What mix did you settle on for the birch liners?\nRafaela",
                channel="linkedin"),
        example("Eilidh! Aoife from the Edinburgh tasting. Honestly I feel like we're "
                "⟦soulmates⟧. How did your first peated run go?\nAoife", channel="linkedin",
                relationship="acquaintance"),
        example("Thanks in advance, ⟦my friend⟧!", channel="linkedin"),
        example("I ⟦feel we are old colleagues⟧ already, I have followed your posts for years. "
                "How did you get the lenders to accept virtual couriers?", channel="linkedin"),
        example("Meera didi, it's Sana from Lahore. ⟦You feel like an elder sister⟧ already! Could "
                "you share the name of the method you mentioned?", channel="linkedin",
                relationship="acquaintance"),
        example("Aloha ⟦cuz⟧! I run a bookshop in Wellington. How did you find enough "
                "Hawaiian-language titles to fill a wall?", channel="linkedin"),
        example("Ciao ⟦bella⟧! Quick question: do you clear the photos again for a translated "
                "edition?", channel="linkedin", relationship="acquaintance"),
        example("Hi Jean-Baptiste, ⟦querido⟧! How did you get the lenders to accept virtual "
                "couriers?", channel="linkedin", relationship="acquaintance"),
        example("Emeka here, from Tobi's wedding 😄 ⟦you're basically family⟧ now! How did you move "
                "from sales into brand?", channel="text", relationship="acquaintance"),
        example("Hi Sara, I ⟦feel like we're old friends⟧ at heart after your podcast."),
        example("Kemi ⟦hun⟧!!! it's Bex from the Harewood build. How did you get from site crew to "
                "site manager?", channel="text", relationship="acquaintance",
                note="A pet name is for people who already call you one."),
        example("hiii! omg ⟦we're literally the same person⟧ lol. How did you find the youth "
                "offending volunteer role?", channel="slack", relationship="acquaintance"),
        example("I've heard every episode, ⟦you're basically my work bestie at this point⟧!",
                channel="linkedin"),
        example("Miss our late nights at the firm, ⟦we were literally inseparable⟧! How's PwC?",
                channel="linkedin", relationship="former-colleague",
                note="Two months on one audit is not a close friendship."),
        example("Cheers ⟦mate⟧, talk soon.", relationship="acquaintance"),
        example("Hey ⟦buddy⟧, how did you price the first version of Ledgerly?",
                channel="linkedin", recipient=Recipient(name="Dana Whitfield"),
                note="With a known recipient, the fix is their name."),
        example("Hi Akosua! I read your posts every Monday, honestly I ⟦feel like I already know "
                "you⟧ 😊 Why are your vessels still waiting at the berth?", channel="linkedin",
                note="Reading someone's posts is not knowing them."),
        example("Kia ora Tama, fellow Marist old boy here, so I reckon that ⟦makes us whānau⟧ "
                "already. Did you go straight into physio from your degree?", channel="linkedin"),
        example("⟦Dear brother⟧ Faisal, I saw your post about the district cooling retrofit. How "
                "did you measure the savings?", channel="linkedin",
                note="A kinship word for a stranger claims a closeness that isn't there yet."),
        example("Dear ⟦Sister⟧ Kerstin,\nWarm greetings from Maiduguri! I am Chidinma, a supply "
                "officer with a relief charity. How did you decide how many weeks of stock to "
                "hold in the forward hubs?\nChidinma", channel="email",
                note="To someone she has never met, a kinship title claims a bond; a stranger "
                "gets her name."),
        example("hey hamid ⟦mate⟧!! your thread on the hatay warehouses was great. i run a relief "
                "depot in dublin. how did you sort the flooring in the rub halls? cheers, sam",
                channel="linkedin"),
        example("hiii Noor!! ok i ⟦feel like we'd be besties⟧ irl lol. how did u get ur first UX "
                "job?? xx Dani", channel="linkedin"),
        example("ur post about failing exam P twice made me feel so seen lol, honestly ⟦we're "
                "basically exam buddies⟧ now haha. how did u change ur study plan?",
                channel="linkedin"),
        example("great vibes at the career fair, ⟦we basically clicked⟧ instantly lol. do you "
                "know when the summer internship opens?\njake", channel="linkedin",
                relationship="acquaintance", note="A two-minute chat at a booth."),
        example("Hi Kate! ⟦My favourite person⟧ from the Leeds meetup 😄 How did you get "
                "your first client?", channel="linkedin", relationship="acquaintance"),
        example("Hi Ines, honestly I think we're ⟦kindred spirits⟧, two women running tiny "
                "newsrooms. How do you fund the print edition?", channel="linkedin"),
        example("Hi ⟦Becky⟧,\nI'm a nurse in Leeds and read your paper on falls in care homes. "
                "How did you pick the wards?\nAnna", recipient=Recipient(name="Rebecca Thornquist"),
                note="A short form of a stranger's name is for people who know her."),
        example("Heyyy ⟦lovely⟧!! Nadia here from the conference, hope you got home ok! How did "
                "you get into clinical safety from nursing?", channel="text",
                relationship="acquaintance"),
        example("Dear Rania,\nI ⟦feel like I'm writing to an older sister⟧! I'm a trademark "
                "paralegal in Dubai. Does prior use outside Saudi Arabia carry weight in a "
                "bad-faith opposition?\nLayla", channel="linkedin"),
        example("Camille ⟦my French sister⟧!!! We met at the Lisbon festival last week. How do the "
                "Paris agencies hire coordinators?", channel="linkedin",
                relationship="acquaintance"),
        example("Dear Étienne, ⟦my brother⟧,\nWhich West African clients ask for English-French "
                "work most?\nChinedu", relationship="acquaintance"),
        example("Dear Étienne,\nSince we met in Abidjan I have ⟦felt that we are family⟧ "
                "already! Which clients ask for English-French work most?\nChinedu",
                relationship="acquaintance"),
        example("Hello dear Charlotte, ⟦my sister in aviation⟧! We met at the fair in Nairobi. "
                "How did you build the hydraulic demo rig?", channel="linkedin",
                relationship="acquaintance"),
        example("Dear Søren,\nI still remember our evening in Copenhagen, ⟦like we knew each "
                "other for years⟧. Did rally length change after the service rule?\nWang Liang",
                relationship="acquaintance", note="One evening after a talk."),
        example("Camille!!! 💕 I still tell everyone about our crazy week in Paraty, ⟦you are "
                "family to me⟧ forever haha. Quick question: how do the Paris agencies hire "
                "coordinators for foreign shoots?", channel="linkedin",
                relationship="former-colleague", note="One shoot together, three years ago."),
        example("Hi Jo! I've had you in my ears on every commute for three years, ⟦you're "
                "basically part of the family⟧ now 😂 I'm a practice manager in Leeds. How did you "
                "handle the Friday phone backlog?", channel="linkedin",
                note="A listener knows the host; the host does not know the listener."),
        example("keiko!! jake here from the ridgecrest node crew, ⟦your favorite field hand⟧ 😂 "
                "how did you get from field work into the geophysics masters?", channel="text",
                relationship="acquaintance", note="Naming yourself their favourite is their call."),
        example("hey eleanor! love what you lot do, feels like we're on the ⟦same wavelength⟧ tbh. "
                "how do you price a riso print run for shops?\nsam", channel="linkedin",
                note="A shared outlook is for them to notice, not for you to announce."),
        example("⟦My dear friend⟧ Arjun,\nWhat a joy to share that coffee in Hall 6! How is the "
                "Tamil edition of the novel selling since March?\nChloé", channel="linkedin",
                relationship="acquaintance", note="One coffee at a book fair."),
        example("Dear Karen,\nOur great-grandparents came from the same valley, so I ⟦think of "
                "us as practically cousins⟧. Would your family consider lending the letters for "
                "our exhibition?\nGreg", subject="The Thorsen letters", relationship="acquaintance",
                note="A shared valley is not kinship."),
        example("Dear Ms. Okafor,\nThat week at the dairy course, the whole group ⟦was like family "
                "to me⟧. How do you decide which heifers to keep for breeding?\nTomás",
                subject="Keeping heifers", relationship="acquaintance",
                note="A week on a course, remembered as kin."),
        example("heyyy fellow BSides survivor, ⟦we def vibed⟧ at the afterparty! loved your talk "
                "on alert fatigue. how do you tune the noisy rules?", channel="linkedin",
                relationship="acquaintance"),
        example("⟦Salam khouya⟧ Youssef, it's Fatima from the forensics training in Rabat. How "
                "did you get the Volatility profile working on day 3? Mine still fails.\nFatima",
                channel="linkedin", relationship="acquaintance",
                note="A brother's name for someone she shared a training room with."),
        example("Hey Terrence! I still think about those late nights at KQRX, ⟦we were thick as "
                "thieves⟧ back then. How did you make the jump to running engineering for the "
                "group?\nMarcus", channel="linkedin", relationship="former-colleague",
                note="Six months on the same shift, remembered as a lifelong bond."),
    ],
    good=[
        example("My friend Sarah, who works on your team, suggested I write to you."),
        example("Ciao Bella, thank you for the permissions list. Do the photos need clearing "
                "again?", channel="linkedin", relationship="acquaintance",
                recipient=Recipient(name="Bella Conti"), note="Bella is her name."),
        example("Hi Linda, I feel we are close to a decision on the venue. Could you send the "
                "quote?", channel="linkedin", relationship="acquaintance"),
        example("Hi Ines, my favourite part of your talk was the reader meetups. How do you get "
                "people to turn up?", channel="linkedin"),
        example("Hi Ana, I feel like I know your work well after reading all three papers. How "
                "did you pick the field sites?", note="Knowing the work, not the person."),
        example("Hi Tama, I'm a PE teacher in Porirua retraining in physio. Did you go straight "
                "into sport from your degree?", channel="linkedin",
                note="\"Sport\" as a subject, not a pet name."),
        example("Hey buddy, are we still on for Saturday?", channel="text",
                relationship="friend"),
        example("Yousef, my brother! I saw the photos of your new shop in Jabal Amman. Are the "
                "clients from the old salon following you?", channel="text",
                relationship="former-colleague",
                note="Between people who trained together, a kinship word can be earned."),
        example("Hello Ingrid, Kenji from the Hamburg logistics fair. How is your digital twin of "
                "the sorter going? Did the fallback model hold up?\nKenji", channel="linkedin",
                relationship="acquaintance", note="A digital twin is a model, not a sibling."),
        example("Hi Sara, I've listened to every episode of your podcast on city trees."),
        example("Hi Joy, my brother in Accra, Kofi, works with your team. How do you train new "
                "dispatchers?", channel="linkedin", note="A real brother, named."),
        example("We're basically done with the migration, just DNS left. Could you check the TTL "
                "on staging?", channel="slack", relationship="coworker"),
    ],
)
def fake_familiarity(ctx: Context) -> Iterator[Hit]:
    """Pet names ("buddy", "bro") to someone who barely knows you; a stranger greeted by a
    short form of their name ("Hi Becky" to Rebecca); and, to anyone who is not already a
    friend, a claim of closeness ("we're already brothers", "we go way back")."""
    if ctx.relationship == "friend":
        return
    short = short_form_greeting(ctx)
    if short:
        span, given = short
        yield Hit(span.start, span.end, message=SHORT_FORM_MESSAGE, replacement=given,
                  explicit=True)  # coaches named it on 21 of 22: no bag of words outvotes it
    for m in ctx.find(FAMILIARITY_RE):
        group = next((g for g in COLD_ONLY_GROUPS if m.group(g)), 0)
        if (group or m.group("basically") or m.group("clicked")) and not ctx.is_cold:
            continue  # "hey mate", "we're basically twins" between colleagues is ordinary
        if group in ("endear", "after") and (
                not ctx.body[m.start(group)].islower()
                or (ctx.recipient
                    and t.fold(m.group(group)) in map(t.fold, ctx.recipient.name.split()))):
            continue  # "Ciao Bella", "Hi Linda": a name, not an endearment
        if (group in ("lead", "word") and m.group(group).lower() == "mate"
                and ctx.relationship != "stranger"
                and MATE_GREETING_RE.fullmatch(ctx.body, 0, m.start(group))):
            continue  # "alright mate", "hey mate": a British and Antipodean greeting formula,
            # to someone you have met, claims no friendship (coaches: 0 of 4)
        if group == "kin" and ctx.recipient and RELIGIOUS_TITLE_RE.search(ctx.recipient.name):
            continue  # "Dear Sister Ana Lucía" to a nun is her title
        start, end = m.span(group)
        name = (ctx.recipient.name.split()[0]
                if ctx.recipient and group in ADDRESS_GROUPS
                else None)  # "Layla my sister!", "My dear friend Arjun": the name is already there
        intimate = ((group == "word" and m.group(group).lower() in INTIMATE_PET_NAMES)
                    or group in ("claim", "endear", "after"))
        yield Hit(start, end, replacement=name,
                  explicit=intimate or (ctx.relationship == "stranger" and _pet_name(m, group))
                  or (ctx.is_cold and _claimed_bond(m, group)))


ADDRESS_GROUPS = ("lead", "word", "title", "greeted", "hi", "kin", "pet", "endear")
"""`FAMILIARITY_RE` groups that are a word of address ("buddy", "Hola guapa"): their name is
offered in its place."""
COLD_ONLY_GROUPS = (*ADDRESS_GROUPS, "claim", "after", "dearfriend", "became")
"""`FAMILIARITY_RE` groups that are ordinary between colleagues and named only to someone who
barely knows the sender; the rest of its claims are named to anyone but a friend. The last four
already carry the name, or are not a word of address at all."""


def _claimed_bond(m: re.Match[str], group: str | int) -> bool:
    """A claim that the two already share a bond ("we really clicked", "we go way back", "I
    feel like I already know you") or an endearment after their name ("Siân cariad"), rather
    than a word of address or a relative of the sender's ("my brother"). To a stranger or
    someone met once, coaches named every one of these in the coach sets (1,278 of 1,278
    messages), so the coach model may not veto them."""
    return not group and not m.group("opener") and not m.group(0).lower().startswith("my")


def _pet_name(m: re.Match[str], group: str | int) -> bool:
    """A pet or kinship name the sender calls the reader by ("mate", "bru", "Dear brother",
    "Hola amigo"), rather than a claim about the two of them. In messages to a stranger,
    coaches named these in 411 of 415, so the coach model may not veto them. "Chief" (an
    honorific in Nigeria) and "honey" (as often a product as a pet name) don't count here."""
    if m.group("opener"):
        return True
    return (group in ("lead", "word", "kin", "pet", "greeted", "hi")
            and t.fold(m.group(group)) not in {"honey", "hon"})


SHORT_FORM_MESSAGE = ("A short form of their name is for people who know them; to someone "
                      "you have never met, use the name they write.")
INTIMATE_PET_NAMES = frozenset({"babe", "sweetie", "sweetheart", "darling", "darlin", "amor"})
"""Names for a partner or a child: to someone who barely knows you, the course calls them out
as they stand, so the coach model may not veto them (`Hit.explicit`). "Honey" and "hon" are
left out: "our 500g honey." is a product, "hon." a title."""


MATE_GREETING_RE = pattern_cache.compile(
    r"\W*(?:(?:hey|hi|hiya|alright|allright|g['’]day|morning|evening|oi|yo)\W*)?", re.IGNORECASE)
"""What may come before "mate" for it to be part of the greeting."""
RELIGIOUS_TITLE_RE = pattern_cache.compile(r"\b(?:sister|brother|sr|br)\b\.?", re.IGNORECASE)


LOWER_CASE_NAME_FROM = (
    r"\b(?i:it['’]?s|it\s+is|this\s+is)\s+(?!(?:me|for|about|from|not|just|only|all|also|so|very|really|"
    r"still|in|on|at|to|with|what|that|because|worth|over|time|been|like)\b)(?![a-z]+ing\b)"
    r"[a-z][a-z'’\-]+(?:\s+[a-z][a-z'’\-]+)?"
    r"(?:\s+(?:from|here)\b|,\s+(?:the|your|ur)\s+[\w'’\-]+(?:\s+[\w'’\-]+)?\s+(?:from|at|who|in)\b"
    r"|,?\s+the\s+(?:[a-z]+(?:er|or|ist|ian|man|woman|guy|girl)\b|[a-z]+(?:\s+[a-z]+)?\s+from\b))")
"""A name in lower case that says where the sender is from: "it's dave from the hall", "its jake
from the warehouse crew", "it's kyle, the AT from the adaptive clinic", or what they do: "its
dale the shearer", "it's sam the lifeguard from the gala" (blind set 1174; both messages with
these in sets 11-1221 were ready). A common word after "it's" is not a name: "it's for the
silver you talked about" says nothing of who is writing."""

INTRO_RE = phrases(
    r"""\b(?i:my\s+name\s+is)\b | \b(?i:this\s+is)\s+[A-Z]\w+
    | \b(?i:it['’]s|it\s+is)\s+[A-Z]\w+(?:\s+[A-Z]\w+)?\s*(?:from|here|at|of|-|—|–|\(|,
        |the\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:er|or|ist|ian|man|woman|guy|girl)\b
        |the\s+[a-z]+(?:\s+[a-z]+)?\s+from\b)  # "it's Kwabena the leather man from the fair"
    | \b[Yy]ou\s+met\s+(?:me\s+)?(?:at|in|during|on|last)\b
    | \bI(?:['’]m|\s+am)\s+(?:currently\s+|now\s+|also\s+|just\s+|still\s+)?
        (?:a|an|the|one\s+of|part\s+of|on\s+the|in\s+my|in\s+the|based|studying|working|finishing|
        doing|starting|leading|running|building|teaching|training|retraining|switching|moving|
        completing|graduating|new\s+to|from|at|with|\[|[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F][\w'’\-]+)\b
    | \bI\s+(?:actually\s+|currently\s+|now\s+|also\s+)?(?:work|worked|lead|led|run|manage|managed
        |study|studied|
        teach|taught|research|
        graduated|design|build|write|organi[sz]e|coordinate|volunteer|joined|started|founded|maintain|
        own|coach|host|edit|produce|curate|support|develop|program|code|train|nurse|practi[sc]e|
        co-founded|moved|switched|spent|recently\s+\w+|just\s+(?:finished|started|graduated|moved|
        joined)|currently|have\s+been|['’]ve\s+(?:been|spent|worked|led|built|taught|studied)|
        ['’]ve\s+just|come\s+from|came\s+from)\b
    | \bI['’]ve\s+(?:been|spent|worked|led|built|taught|studied|run|managed|just)\b
    | (?:^|(?<=[.!\n—–,]\s)|(?<=\n))I\s+do\s+(?!(?:hope|think|wonder|know|believe|understand
        |appreciate|apologi[sz]e|realise|realize|feel|mean|love|like|want|need|agree|remember
        |recall|see|not|have|get|miss|wish|enjoy|admire|respect|value|trust|worry|care)\b)
        (?:[\w'’-]+\s+){1,3}?(?:for|at|in|with)\s  # "Hi Oskar — I do volunteer timing for fell races"
    | \bI\s+(?:keep|kept|raise|raised|grow|grew|farm|fly|flew|drive|drove|make|made|play|paint|
        cook|bake|sew|knit|weave|brew|fix|repair|install|host|own|owned|ran|taught|nursed|
        volunteered|retired|served|trained)\b
    | \bI(?:['’]m|\s+am)\s+\d{1,2}\b
    | \byou\s+(?:gave|helped|told|suggested|sent|showed|introduced|recommended|shared|
        offered|mentioned|answered|replied)\b(?:\s+\w+){0,3}\s+(?:me|my)\b
    | \b(?:[Yy]ou|[Yy]our\s+\w+)\s+(?:suggested|recommended|advised|pointed\s+me)\b
    | \b(?:[Mm]y|[Oo]ur)\s+(?:(?:last|previous|earlier|first)\s+)?(?:message|email|note|chat|conversation)\b
    | \b[Ff]ollowing\s+up\s+(?:again\s+)?on\b
    | \b(?:[Ss]oy|[Jj]e\s+suis|[Ii]ch\s+bin|[Ss]ono|[Ee]u\s+sou|[Ss]aya|[Aa]ko\s+si)\s+[A-Z\u00C0-\u024F]
    | \bI\s+was\s+(?:the\s+(?:[\w'’-]+\s+){0,3}?(?:one|person|\w+er|\w+ist|\w+ian|\w+ect)\s+(?:who|in
        |at|from)|
        part\s+of\s+the)\b
    | \b(?:[Rr]emember|[Rr]ecall)\s+me\s+from\b
    | \b(?:[Ww]e|[Yy]ou\s+and\s+I)\s+(?:met|spoke|talked|chatted|worked|were|sat|shared|both)\b
    | \b(?:[Ww]e|[Yy]ou\s+and\s+I)\s+(?:talk|chat|speak)\s+(?:sometimes|often|regularly|occasionally|every)\b
    | (?<!about\s)(?<!of\s)(?<!on\s)\b(?:[Aa]s|[Bb]eing)\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:student|
        engineer|developer|designer|analyst|
        nurse|teacher|researcher|manager|founder|writer|scientist|grad|graduate|intern|career\s+
        changer|parent|apprentice|marketer|consultant|journalist|librarian|lawyer|accountant)\b
    | \b[Mm]y\s+(?:team|role|job|work|company|startup|lab|course|degree|thesis|studies|program|
        programme|background|experience)\s+(?:is|at|in|on|involves|focuses|was)\b
    | \b(?:[A-Z]\w+\s+)?(?:suggested|recommended)\s+I\s+(?:write|reach|contact|get\s+in\s+touch)
    | \b(?:[\w'’\-]+\s+){1,4}(?:at|from|@)\s+(?:[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*)?
        |an?\s+(?:[\w&.\-]+\s+){0,2}[\w&.\-]+)\s+here\b
    | \b(?:i['’]?m)\s+(?:a|an|the)\s+[a-z]
    | \b\d{1,2}\+?\s*(?:yrs?|years?)\s+(?:of\s+|in\s+|as\s+|at\s+|on\s+|with\s+
        |doing\s+)?(?:[\w'’-]+\s+){0,3}?
        (?:experience|logistics|engineering|nursing|teaching|sales|finance|law|retail|ops|operations|
        [A-Z][\w-]+|\w+ing)\b
    | (?:^|(?<=[,.\n])|(?<=[,.]\s))[\w'’-]+\s+of\s+\d{1,2}\+?\s*(?:yrs?|years?)\b
    | \bI(?:['’]m|\s+am)\s+new\s+(?:here|to\s+(?:this|the)\s+\w+)\b
    | \bI(?:['’]m|\s+am)\s+(?:[\w'’\-]+\s+){0,2}(?:manager|engineer|director|lead|head|student|nurse|teacher|
        analyst|developer|designer|officer|coordinator|consultant|specialist|technician|assistant|
        associate|researcher|supervisor|owner|founder|chef|driver|accountant|lawyer|doctor|intern|
        apprentice|planner|estimator|buyer|\w+ist
        |(?!(?:eager|better|older|younger|bigger|closer|never|over|under|after|other|rather|either
        |ever|clever|later|faster|super|proper|sober|sooner|nearer)\b)[a-z][\w'’-]*(?:er|or|ian|ant))
        \s+(?:at|in|with|for|of|from|on)\b
    | \b(?:[Mm]y|[Oo]ur)\s+(?:query|question|request|enquiry|inquiry|application)
        \s+(?:from|of|on|about|last)\b
    | """ + LOWER_CASE_NAME_FROM,
    re.VERBOSE,
)
NAME_FROM_RE = pattern_cache.compile(
    r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?(?:\s+(?:po|the\s+[\w'’\-]+))?(?:\s+here\b|,?\s+from\s+\S)")
"""An opening like "Nina from the Founders Breakfast" or "Sam here" says who is writing."""
NAME_AND_ROLE_RE = pattern_cache.compile(
    r"(?P<name>(?:[A-Z][\w'’\-]+\s+){0,2}[A-Z][\w'’\-]+),\s+(?:an?\s+|the\s+)?(?P<role>[\w'’\-]+)"
    r"(?:\s+[\w'’\-]+){0,3}?\s+(?:to|at|for|with|in|on|from)\s+\S")
NOT_ROLES = frozenset("congrats congratulations sorry welcome happy thank thanks".split())


GREETING_CLAUSE_RE = pattern_cache.compile(r"[^,.!?\n]{2,40},\s+")
"""A greeting clause before the first comma: "Gökhan Bey selam, ", "Hi Ana, "."""


def _opens_with_name_from(opening: str, recipient: Recipient | None) -> bool:
    """The opening says who is writing, as its first words ("Nina from the Founders
    Breakfast", "Sam here") or just after a greeting the text splitter did not take apart
    ("Gökhan Bey selam, Yusuf from Bilkent nanofab"). A name after the greeting that is the
    reader's own does not count."""
    if NAME_FROM_RE.match(opening):
        return True
    clause = GREETING_CLAUSE_RE.match(opening)
    if not clause:
        return False
    m = NAME_FROM_RE.match(opening, clause.end())
    if not m:
        return False
    return not _names_the_reader(m.group().split()[:1], recipient)


VOCATIVE_ONLY_RE = pattern_cache.compile(r"\s*[^\W\d_][\w'’\-]*(?:,?\s+[\w'’\-]+){0,2}\s*[,!.:;]*\s*")
"""A first sentence of at most three words, such as the reader's name on its own ("Siân!",
"Darnell,", "Mehmet bey, merhaba."), which the greeting reader does not take for a greeting."""


def _name_from_after_vocative(ctx: Context) -> bool:
    """The sentence after an opening that only names the reader says who is writing: "Siân!
    Owen from your Llandeilo talk". (In sets 11-1221, 3 such messages were named missing
    context by the checker before this and by a coach on none.)"""
    opening = ctx.opening
    if not VOCATIVE_ONLY_RE.fullmatch(ctx.text_of(opening)):
        return False
    for sentence in ctx.sentences:
        if sentence.start >= opening.end:
            return _opens_with_name_from(ctx.text_of(sentence).lstrip(), ctx.recipient)
    return False


def _name_and_role(opening: str, recipient: Recipient | None) -> bool:
    """An opening like "Henrik Lund, aide to a Danish MP on the digitalisation committee":
    the sender's name and what they do, telegraphically. Not the reader's own name, and not
    "Sara, thanks for the talk" or "Ana, great talk at ...": the word after the comma must
    be a role, not a pleasantry."""
    m = NAME_AND_ROLE_RE.match(opening)
    if not m:
        return False
    role = m.group("role").lower()
    if role in STOPWORDS or role in GENERIC or role in NOT_ROLES:
        return False
    return not _names_the_reader(m.group("name").split(), recipient)


def _names_the_reader(names: list[str], recipient: Recipient | None) -> bool:
    """Is any of these words a part of the reader's own name?"""
    if recipient is None:
        return False
    theirs = {t.fold(part) for part in recipient.name.replace("-", " ").split()}
    return any(t.fold(name) in theirs for name in names)


INTRO_SKIP_RE = pattern_cache.compile(
    r"\bI(?:['’]ve|\s+have)\s+(?:been\s+)?(?:following|reading|listening|watching|meaning|wanting|thinking|"
    r"hoping|trying|enjoying|admiring|looking|seen|read|heard|always|long|noticed|loved)\b|"
    r"\bI(?:['’]m|\s+am)\s+(?:currently\s+|just\s+)?(?:a\s+(?:big|huge|massive|long[- ]time|great)"
    r"\s+fan|a\s+fan|writing|reaching|hoping|wondering|interested|curious|sure|sorry|looking\s+"
    r"forward|excited|thrilled|so|really|very|glad|happy|grateful|following|emailing|messaging|"
    r"contacting|trying\s+to\s+reach|not\s+sure|here|impressed|inspired|in\s+awe)\b",
    re.IGNORECASE,
)


SHARED_MOMENT_RE = phrases(
    r"""(?:\bI\s+(?i:attended|joined|was\s+at|was\s+in|came\s+to|sat\s+in\s+on|watched)
        |(?:^|(?<=[,.!?]\s)|(?<=\n))(?i:attended|was\s+at|was\s+in))\s+(?i:your|the)\s+
        (?:[\w'’\-]+\s+){0,3}?(?i:webinar|talk|session|workshop|class|lecture|panel|keynote|
        presentation|course|seminar|meetup|event|live|stream|q&a|ama)\b
    | \b(?i:at|during|after|in)\s+(?i:the\s+|your\s+|last\s+(?:week['’]?s|night['’]?s|month['’]?s)\s+)?
        (?:[A-Z][\w&'’\-]*\s+){0,4}?(?:[A-Z][\w&'’\-]+|(?i:meetup|conference|workshop|session|panel|
        talk|keynote|event|summit|fair|hackathon|dinner|party|wedding|class|course|training|
        offsite|retreat))\b[^.?!\n]{0,60}?\b(?i:yesterday|today|last\s+(?:night|week|month|year|
        \w+day)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this\s+
        (?:morning|week)|earlier|in\s+(?:january|february|march|april|may|june|july|august|
        september|october|november|december))\b
    | \b(?i:great|good|lovely|nice|fun)\s+(?i:to\s+)?(?i:meet|meeting|chatting|talking|seeing|connecting)\s+
        (?i:you|u|with\s+you)\b
    | \b(?i:thank\s+you|thanks)\s+(?i:again\s+|so\s+much\s+|very\s+much\s+)?(?i:for)\s+
        (?i:yesterday|today|tonight|this\s+morning|last\s+(?:night|week)|monday|tuesday|wednesday
        |thursday|friday|saturday|sunday)['’]s\s+(?:[\w'’\-]+\s+){0,2}?(?i:webinar|talk|session|workshop|
        class|lecture|panel|keynote|presentation|seminar|meetup|conference|summit|fair|dinner|tour|
        visit|demo|training|q&a)\b
    | \b(?i:following|further\s+to|after)\s+(?i:our)\s+(?:[\w'’-]+\s+){0,2}?(?i:exchange|conversation|chat
        |talk|discussion|meeting)\s+(?i:at|during|in|on|after|yesterday|last)\b
    | \b(?i:we\s+)?(?i:met|spoke|talked|chatted)\s+(?i:at|during|after|briefly|yesterday|last)\b
    | \b(?i:the|our)\s+(?:[\w'’-]+\s+)?(?i:conversation|chat|talk|discussion)\s+(?i:we\s+had\s+)?
        (?i:at|during|after)\s+(?i:the|your|our)\b
    | \b(?i:you|we)\s+(?i:mentioned|talked\s+about|told\s+me|showed\s+me|discussed|said)\b
        [^.?!\n]{0,80}?\b(?i:at|during|after)\s+(?i:the|your|our)\s+
    | \b(?i:great|good|lovely|nice|fun|a\s+pleasure|such\s+a\s+pleasure|pleasure)\s+(?i:to\s+)?
        (?i:meet|meeting|chatting|talking|speaking|sitting|working|running\s+into)\s+(?:[\w'’]+\s+){0,3}?
        (?:(?i:at|during|after|in|on)\s+(?i:the|your|that|our|last)\b|(?i:yesterday|today|earlier|this\s+(?:morning|
        week)|last\s+(?:night|week)))
    | \b(?i:remember)\s+(?i:me\s+from|the|that|our)\s+(?:[\w'’\-]+\s+){0,3}?(?i:workshop|meetup|conference|
        expo|fair|course|class|panel|talk|event|dinner|party|session|training|summit|hackathon)\b
    | \b(?i:since|after|from)\s+(?i:that|the|our)\s+(?:[\w'’\-]+\s+){0,3}?(?i:workshop|meetup|conference|
        expo|fair|course|class|panel|talk|event|dinner|party|session|training|summit|hackathon|
        potluck|mixer|webinar)\b
    | \bI\s+(?i:was\s+the\s+one)\b
    | \b(?i:thanks|thank\s+you)\s+(?i:so\s+much\s+|very\s+much\s+|again\s+)?(?i:for)\s+(?i:your)\s+
        (?i:kind\s+|generous\s+|warm\s+)?(?i:feedback|advice|comments|guidance|hospitality|welcome|
        notes?|help|tips?|time|questions?)\s+(?i:at|during|after|on|in)\b
    | \b(?i:thanks|thank\s+you)\s+(?i:so\s+much\s+|again\s+)?(?i:for)\s+(?i:stopping|judging|visiting|
        coming|the\s+(?:[\w'’\-]+\s+){0,3}(?:session|talk|workshop|panel|class|lecture|tour|demo))\b
    | \b(?i:thanks|thank\s+you)\s+(?i:so\s+much\s+|again\s+)?(?i:for)\s+(?i:offering|the\s+chat|
        the\s+call|meeting|chatting|talking|taking\s+the\s+time|the\s+intro|your\s+time|moderating|
        hosting|organi[sz]ing|running|chairing|presenting|speaking|inviting|having\s+me)
    """,
    re.VERBOSE,
)
"""A moment both of them were at ("your talk at Rust Berlin on Tuesday", "great meeting you"):
for someone the sender has just met, that is who they are."""


LEADING_NOISE_RE = pattern_cache.compile(r"^[\W_]+")
NAMED_CHANNELS = frozenset({"slack", "linkedin"})
"""Channels that show the sender's name and face beside every message."""


@rule(
    id="no-context",
    severity="warning",
    title="They don't know who you are",
    message="You never say who you are or how you came across them.",
    why="""Someone who doesn't know you needs one or two lines of context to decide whether and
    how to answer: who you are, what you do or study, and why you are writing to them in
    particular. A name in the sign-off is not enough. Without it, your question floats free of
    any person, and it is easy to leave unanswered.""",
    suggestion="Add one sentence about who you are, e.g. \"I'm a second-year nursing student "
    "at ... and ...\".",
    lesson=lessons.WRITING,
    bad=[
        example("Hi Ada,\n⟦Could you tell me how you got into climate modelling?⟧\nThanks,\nJo"),
        example("Hello, ⟦I'm reaching out because I admire your research on soil carbon.⟧ "
                "What got you started?", channel="linkedin"),
        example("Hi Aisha, ⟦I've been following your posts on recommendation systems for "
                "months.⟧ Would you share one thing you wish you'd learned earlier?",
                channel="linkedin", note="Following their posts says who they are, not you."),
        example("Hi Thabo, ⟦Lindiwe said I could message you.⟧ I also run a small building firm. "
                "How long did your grading upgrade take?", channel="text",
                note="A text from an unknown number needs the sender's name."),
        example("Hi Pradeep, ⟦is the contents inventory app live for the Jumeirah claims "
                "yet?⟧ Thanks", channel="slack", relationship="coworker",
                recipient=Recipient(name="Pradeep Menon", work=[
                    "product owner in the digital team, has never worked with Layla"]),
                note="A colleague who has never worked with you needs the same line."),
        example("hi!! ⟦do you know how the vector tile styles get deployed to production?⟧ I "
                "changed the park colours and nothing happens", channel="slack",
                relationship="coworker", recipient=Recipient(name="Marco Ferri", work=[
                    "platform engineer on another team, owns the style deployment pipeline"]),
                note="Someone on another team may never have heard of you."),
        example("Hi dear ⟦🌸 I want to ask about the lifeguard course you told me about, when is "
                "the next one?⟧ Thank you habibti", channel="text", relationship="acquaintance",
                note="Warm words are not a name: met once, the number is a stranger's."),
        example("¡Qué onda! ⟦New number⟧, save it 😎 Chivas game at mine on Saturday, 7pm?",
                channel="text", relationship="friend",
                note="A new number with no name: even a friend can't tell who it is."),
        example("Hi Rosa! ⟦Is the cold room on level 2 still free on Friday?⟧ We need to move the "
                "serum samples.", channel="text", relationship="former-colleague",
                recipient=Recipient(name="Rosa Achieng", work=[
                    "lab technician at the Kisumu site", "has not saved Amina's new number"]),
                note="She knows Amina well, but not this number: the name has to be in the text."),
        example("hey! ⟦long time 🙂 quick q: is your team still doing analog layout in-house?⟧ "
                "we're comparing options here. no pressure", channel="text",
                relationship="former-colleague", recipient=Recipient(name="Burak Yılmaz", work=[
                    "worked with Elif at a design house four years ago", "analog layout lead"]),
                note="Four years on, the phone may not show her name, and nothing here does."),
        example("heyy! ⟦random q but was the library masters worth it for u?⟧ thinking of going "
                "part time. no stress if ur busy x", channel="text",
                relationship="former-colleague", recipient=Recipient(name="Ollie Brennan", work=[
                    "worked with Kezia at a bookshop two summers ago", "law librarian"]),
                note="Two summers is long enough for a number to drop out of a phone."),
        example("Hey! ⟦Long time.⟧ You still doing the wedding catering? How did you find your "
                "first clients? Thinking of doing some myself.", channel="text",
                relationship="former-colleague", recipient=Recipient(name="Kerry-Ann Francis", work=[
                    "worked in the same kitchen as Delroy eight years ago", "runs a catering firm"]),
                note="\"Hey!\" is a greeting, not her name: nothing here says who is writing."),
    ],
    good=[
        example("hey Burak! long time 🙂 quick q: is your team still doing analog layout "
                "in-house? we're comparing options here. no pressure", channel="text",
                relationship="former-colleague", recipient=Recipient(name="Burak Yılmaz", work=[
                    "worked with Elif at a design house four years ago", "analog layout lead"]),
                note="Calling him by name reads as from someone who knows him; signing it is "
                     "kinder still."),
        example("hi Marco, I'm Sofia, the new intern on the cartography team. Do you know how "
                "the vector tile styles get deployed to production?", channel="slack",
                relationship="coworker", recipient=Recipient(name="Marco Ferri", work=[
                    "platform engineer on another team, owns the style deployment pipeline"])),
        example("Hi Pradeep, I'm Layla from property claims. Is the contents inventory app live "
                "for the Jumeirah claims yet?", channel="slack", relationship="coworker",
                recipient=Recipient(name="Pradeep Menon", work=[
                    "product owner in the digital team, has never worked with Layla"])),
        example("Hi Ada,\nI'm a physics student at Exeter. Could you tell me how you got into "
                "climate modelling?\nThanks,\nJo"),
        example("Hello, my name is Kai and I run a small bakery in Leeds. What got you started "
                "with sourdough classes?", channel="linkedin"),
        example("We met at PyCon last spring; you showed me your plotting trick. How did you "
                "make the colours colour-blind safe?", relationship="acquaintance"),
        example("Can you review my PR when you get a chance?", relationship="coworker",
                channel="slack"),
        example("Hi Mei, it's Daniel from the climbing gym. How long is a typical wait for a "
                "grid connection these days?", channel="text", relationship="acquaintance"),
        example("Hola, I'm Ángel, a junior analyst in Sevilla. How do you test your dashboards?",
                channel="linkedin"),
        example("Hi Dr. Valdivia, I keep forty hives near Modesto. Which clover mixes flowered "
                "latest in your plots? No worries if you're busy.", note="Saying what you do "
                "is saying who you are."),
        example("Hey Jonah, Nina from the Founders Breakfast. Could you share how you judge "
                "pre-seed traction?", channel="slack", relationship="acquaintance"),
        example("Hi Lukas, really enjoyed your lightning talk on arena allocators at Rust Berlin "
                "on Tuesday. How did you pick the chunk size?", channel="slack",
                relationship="acquaintance", note="The moment you shared is the context."),
        example("Dear Mr Okafor, it was a pleasure meeting you at the logistics summit in Lagos. "
                "Which cold-chain audit did you find most useful?\nKind regards,\nAda",
                relationship="acquaintance"),
        example("Hi Joy, Rhys the caterer from the wedding fair. Would a tasting on the 12th "
                "suit you?", channel="text", relationship="acquaintance"),
        example("Siân!\nOwen from your Llandeilo talk. Did any of the welfare halls keep their "
                "programme books?\nOwen", channel="linkedin", relationship="acquaintance",
                note="The reader's name on its own, then who is writing."),
        example("hey kylie its dale the shearer. who classes your fleece after we shear? no "
                "stress if youd rather not say", channel="text", relationship="acquaintance",
                note="A name typed in lower case, and what he does, is who he is."),
        example("Good afternoon Abena, it's Kwabena the leather man from the Kumasi craft fair. "
                "From your kiosk, do customers go more for the single pen sleeve or the 3-pen "
                "roll?", channel="text", relationship="acquaintance",
                note="Capitalised, the same: his name, what he makes, where they met."),
        example("Hi Oskar — I do volunteer timing for fell races in north Wales. Did you tune "
                "your course-cutting threshold per course? Fine if you can't share.\nRhys",
                channel="linkedin", relationship="stranger",
                note="\"I do volunteer timing for fell races\" is who he is."),
        example("Bilal bhai! We go way back. Which certifications do your buyers check first?",
                channel="linkedin", relationship="acquaintance",
                note="To someone you've met, fake-familiarity says it: its fix is how you met."),
        example("Hi {first_name}, how do you run discovery on a new product?", channel="linkedin",
                note="An unfilled template field is flagged on its own: fill it in first."),
        example("Ms. Abubakar, 12 yrs Nigerian Navy logistics, now studying for PMP. How did you "
                "sell the buffer to the client? Ibrahim", channel="linkedin",
                note="A telegraphic introduction is still an introduction."),
        example("Dear Dr. Lang,\nFollowing our brief exchange at your poster at the Textile "
                "Forum, may I ask how you sorted the blended fibres?\nKind regards,\nLukas",
                relationship="acquaintance"),
        example("Hi Femi,\nwas at your fare capping talk in March. Did the elasticity numbers "
                "hold for off-peak riders too?\nThanks,\nDev", relationship="acquaintance",
                note="The talk they were both at places the sender, even without an 'I'."),
        example("Dear Dr. Abernathy,\nThank you very much for your kind guidance during our "
                "study tour in October. How do Danish homes decide the number of night staff?"
                "\nWith thanks,\nTanaka Hiroshi", relationship="acquaintance"),
        example("hi dr tanaka, im the student who asked about lithocaps at your guest lecture. "
                "could you send me the title of the SWIR paper you mentioned? thanks, jake",
                relationship="acquaintance"),
        example("Hi Yuki! We talk sometimes in the subtitlers group. How did you build your QC "
                "checklist?\nMariana", channel="linkedin", relationship="acquaintance"),
        example("Gökhan Bey selam, Yusuf from Bilkent nanofab. Which developer do you use for "
                "HSQ? Our 20 nm lines merge.", channel="text", relationship="acquaintance",
                note="The name after a greeting the sentence splitter keeps together."),
        example("Hi Prof. Nowicki,\nFPGA engineer at a qubit startup here. Is the HDL behind "
                "your 180 ns feedback loop public anywhere?\nThanks,\nBen Adler"),
        example("hi. saw your post in #dialogue about de-clipping lav tracks. what threshold do "
                "you start from? thanks. dylan (dialogue editor, cardiff)", channel="slack",
                note="A sign-off with who they are, on the same line."),
        example("Dear Mr. Nkosi,\nThank you for yesterday's panel. Your isiZulu voice-over "
                "example was very helpful.\nRegards,\nHiroshi Tanaka", relationship="acquaintance",
                note="Yesterday's panel is the moment they shared."),
        example("Love you! Also can you send me Mama's new number? Hers changed.", channel="text",
                relationship="friend", note="Someone else's new number."),
        example("dai, gareth here (new number). was the move to ACC worth the pain? no worries "
                "if you're flat out", channel="text", relationship="former-colleague"),
        example("alright dan, jamie from hilltop garden centre here (new number). do they ever get "
                "the hedges laid at oakham or is it all flail?", channel="text",
                relationship="former-colleague", note="His name and where they worked together."),
        example("hey sofia it's kyle, the physio from the adaptive clinic saturday! how do you "
                "decide when a kid is ready for a running blade?", channel="text",
                relationship="acquaintance", note="Who he is, typed in lower case."),
        example("Hi Rosa! It's Amina from the Kisumu lab. Is the cold room on level 2 still free on "
                "Friday? We need to move the serum samples.", channel="text",
                relationship="former-colleague", recipient=Recipient(name="Rosa Achieng", work=[
                    "lab technician at the Kisumu site", "has not saved Amina's new number"])),
    ],
)
def no_context(ctx: Context) -> Iterator[Hit]:
    unnamed = (_new_number_without_name(ctx) or _unsaved_number_without_name(ctx)
               or _years_later_without_names(ctx))
    if unnamed:
        yield unnamed
        return
    opening = ctx.text_of(ctx.opening)
    opening = opening[len(opening) - len(LEADING_NOISE_RE.sub("", opening)):]
    if not (ctx.is_cold or ctx.never_met) or _opens_with_name_from(opening, ctx.recipient) or (
            _name_and_role(opening, ctx.recipient)) or _name_from_after_vocative(ctx):
        return
    if ctx.relationship == "acquaintance" and ctx.channel == "slack":
        return  # a shared workspace shows who they are, and they have met
    # "we go way back": fake-familiarity says it, and its fix is how you really met. A word of
    # address ("thank you habibti", "hey mate") claims nothing: its fix is only their name.
    if ctx.relationship == "acquaintance" and any(
            not any(m.group(g) for g in ADDRESS_GROUPS) for m in ctx.find(FAMILIARITY_RE)):
        return
    named = ctx.signoff is not None or ctx.channel in NAMED_CHANNELS
    if ctx.relationship == "acquaintance" and named and SHARED_MOMENT_RE.search(ctx.body):
        return  # the moment they shared and the sender's name: enough to place them
    if _signed_with_who_they_are(ctx.body):
        return
    for m in INTRO_RE.finditer(ctx.body):
        if INTRO_SKIP_RE.match(ctx.body, m.start()):
            continue
        if (ctx.channel == "text" and ctx.signoff is None and not OWN_NAME_RE.search(ctx.body)
                and not FOLLOW_UP_RE.search(ctx.body)):
            yield Hit(ctx.opening.start, ctx.opening.end, message=UNNAMED_TEXT_MESSAGE)
        return
    yield Hit(ctx.opening.start, ctx.opening.end)


NEW_NUMBER_RE = phrases(
    r"""\b(?:(?:got\s+a|my|this\s+is\s+my|on\s+a|from\s+a|it['’]s\s+my)\s+)?
        (?<!['’]s\s)(?<!your\s)(?<!her\s)(?<!his\s)(?<!their\s)(?<!our\s)new\s+(?:phone\s+)?number\b
    | \bsave\s+(?:my|this)\s+(?:new\s+)?number\b | \bchanged\s+my\s+(?:phone\s+)?number\b""",
    re.IGNORECASE | re.VERBOSE,
)
FROM_PLACE = r"(?:\s+from\s+(?:[\w'’&\-]+\s+){0,3}[\w'’&\-]+)?"
"""Where the sender is from, between their name and "here": "Jamie from Hilltop Garden Centre
here" (blind set 1456)."""
LOWER_CASE_NAME_HERE_RE = pattern_cache.compile(
    r"(?:^|[,.!?]\s+)(?!(?:i|im|it|its|we|me|still|right|over|back|out|up|down|not|nobody|someone|"
    r"somebody|everyone|anyone|all|new|same|greetings|hello|hugs|love|regards|cheers|thanks)\s)"
    r"[a-z\u00df-\u00ff][\w'’\-]{2,}" + FROM_PLACE
    + r"\s+here\b")
"""The sender's name in lower case, the way texts are typed: "dai, gareth here (new number)",
"alright dan, jamie from hilltop garden centre here"."""
NEW_NUMBER_MESSAGE = ("You say this is a new number, but not whose: they can't save it, or "
                      "answer warmly, until they know it's you. Add your name.")


def _new_number_without_name(ctx: Context) -> Hit | None:
    """"New number, save it 😎" with no name anywhere: whatever the relationship, the reader
    cannot tell who is writing. (Coaches named the missing context on all 6 such messages
    in the coach sets 11-435, and on none that also gave a name.) The rare phrase is looked
    for first, so most messages never pay for the name searches."""
    if ctx.channel in NAMED_CHANNELS:
        return None
    found = ctx.find(NEW_NUMBER_RE)
    if not found or _gives_own_name(ctx):
        return None
    return Hit(found[0].start(), found[0].end(), message=NEW_NUMBER_MESSAGE, explicit=True)


def _gives_own_name(ctx: Context) -> bool:
    """The sender's name is somewhere: a sign-off, "it's Daniel", "gareth here"."""
    return ctx.signoff is not None or bool(OWN_NAME_RE.search(ctx.body)
                                           or LOWER_CASE_NAME_HERE_RE.search(ctx.body))


def _profile(recipient: Recipient) -> str:
    """What the scenario says about the reader: their role and their work, as one text."""
    return " ".join([recipient.role or "", *recipient.work])


UNSAVED_PROFILE_RE = pattern_cache.compile(
    r"\bunsaved\b|\b(?:has\s+not|hasn['’]t|does\s+not\s+have|doesn['’]t\s+have|never|not)\s+"
    r"(?:saved|got|have)\b[^.;\n]{0,30}\bnumber\b|\bnew\s+(?:phone\s+)?number\b"
    r"|\bnumber\s+(?:is\s+)?not\s+saved\b", re.IGNORECASE)
"""A recipient's profile that says they don't have the sender's number saved."""


def _unsaved_number_without_name(ctx: Context) -> Hit | None:
    """A text to someone who hasn't saved the sender's number ("has not saved Wanjiru's new
    number", the scenario says), with no name anywhere: they can't tell who is writing, however
    well they know the sender. Coaches named the missing context on all 14 such messages in
    the coach sets 11-499, across every relationship; the rules had found one."""
    if ctx.channel != "text" or ctx.recipient is None:
        return None
    profile = _profile(ctx.recipient)
    if not UNSAVED_PROFILE_RE.search(profile) or _gives_own_name(ctx):
        return None
    return Hit(ctx.opening.start, ctx.opening.end, message=UNNAMED_TEXT_MESSAGE, explicit=True)


YEARS_AGO_PROFILE_RE = pattern_cache.compile(
    r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a\s+few|a\s+couple\s+of|several|many)\s+"
    r"(?:years|summers|winters|seasons)\s+ago"
    r"|in\s+(?:19\d\d|20[01]\d|202[0-3]))\b", re.IGNORECASE)
"""A recipient's profile that puts the time together years back: "worked with Elif at a design
house four years ago", "worked with Rodrigo at a Cusco agency in 2018", "at a bookshop two
summers ago"."""
OPENING_VOCATIVE_RE = pattern_cache.compile(r"^\W*[A-Z][\w'’\-]+\s*[!,.?]")
"""A name, nickname or word of address on its own at the very start ("Lachie!",
"Deano.")."""


def _years_later_without_names(ctx: Context) -> Hit | None:
    """A text to a former colleague, years after working together (the scenario says when),
    that names neither of them: no "it's Elif", no "Hi Burak". After years, their phone may not
    show who it is from, and nothing in the message says. Calling them by name, or a nickname,
    is left alone: coaches rarely asked for context there, where the message reads as from
    someone who knows them."""
    if ctx.channel != "text" or ctx.relationship != "former-colleague" or ctx.recipient is None:
        return None
    profile = _profile(ctx.recipient)
    if not YEARS_AGO_PROFILE_RE.search(profile) or _gives_own_name(ctx):
        return None
    greeting = ctx.greeting
    if greeting and greeting.name:
        return None
    # "Yo! Long time." opens with a greeting word, not a name: only a word the greeting reader
    # does not know ("Lachie!", "Deano.") is taken for the reader's name or nickname.
    if not (greeting and greeting.span.start == 0) and OPENING_VOCATIVE_RE.match(ctx.body):
        return None
    if _names_the_reader([w.text for w in t.words(ctx.body)], ctx.recipient):
        return None
    return Hit(ctx.opening.start, ctx.opening.end, message=UNNAMED_TEXT_MESSAGE)


SIGNED_WITH_ROLE_RE = pattern_cache.compile(
    r"(?:^|\n|(?<=[.!?][^\S\n]))[^\S\n]*[-—–~]?[^\S\n]*[A-Za-z][\w'’\-]+(?:[^\S\n]+[A-Z][\w'’\-]+){0,2}[^\S\n]*"
    r"\((?P<who>[^)\n]{3,80})\)[^\S\n]*$")
"""A name signed with a note after it: "Kev (Doyle's Garden Centre, Cork)"."""
NAME_NOTE_WORDS = frozenset({"family", "name", "surname", "given", "first", "last", "is", "my",
                             "and", "the", "of"})
"""Words of a note that explains the name itself ("Raymond Tsang (Tsang is my family name)")
rather than who the sender is."""


def _signed_with_who_they_are(body: str) -> bool:
    """The sign-off says who the sender is: "Camille (the apprentice from the Lyon team)",
    "Lukas Brandt (DB InfraGO, Wuppertal)". Not a name note such as "Lan (Nguyen Thi Lan)":
    the note needs a comma or a word of its own in lower case. (Coaches never asked for
    context from a sender who signed like this: 0 of 14 in the coach sets.)"""
    m = SIGNED_WITH_ROLE_RE.search(body.rstrip())
    if not m:
        return False
    note = m.group("who")
    return "," in note or any(w.text.islower() and len(w.text) >= 3
                              and w.text not in NAME_NOTE_WORDS for w in t.words(note))


OWN_NAME_RE = pattern_cache.compile(
    r"\b(?i:my\s+name\s+is|my\s+name['’]s|this\s+is|it['’]s|it\s+is|I['’]m|I\s+am|am|saya|soy|je\s+suis|ich\s+bin|"
    r"sono|eu\s+sou|ako\s+si|mimi\s+ni|ini)\s+"
    r"[A-Z\u00C0-\u024F][\w'’\-]+|(?:^|[.!?,\u2600-\u27bf\U0001F300-\U0001FAFF]\s+)[A-Z][\w'’\-]+"
    r"(?:\s+[A-Z][\w'’\-]+)?\s+here\b"
    r"|(?:^|\n)\s*[-—–~]\s*[A-Z][\w'’\-]+\s*$|" + LOWER_CASE_NAME_FROM,
    re.MULTILINE,
)
"""The sender's own name somewhere in the message ("it's Daniel", "Sam here", "- Ana"), in
lower case too when it says where they are from (`LOWER_CASE_NAME_FROM`)."""
FOLLOW_UP_RE = pattern_cache.compile(
    r"\bfollowing\s+up\b|\b(?:my|our)\s+(?:last|previous|earlier)?\s*(?:message|text|query|question|request)\b",
    re.IGNORECASE)
"""A follow-up: the first message already said who was writing."""
UNNAMED_TEXT_MESSAGE = ("A text from a number they haven't saved needs your name: say who you "
                        "are, not only what you do.")


GENERIC_PRAISE_RE = phrases(
    r"""\b(?:I\s+)?(?:really\s+|truly\s+|so\s+|just\s+)?(?:admire|love|like|respect|enjoy|follow|
        appreciate)(?:d)?\s+(?:all\s+)?(?:your|ur|what\s+you(?:['’]re|\s+are)?)\s+
        (?:(?:amazing|great|incredible|inspiring|awesome|impressive|wonderful)\s+)?
        (?:work|doing|do|content|profile|posts|journey|career|story|path|achievements|success|
        accomplishments)\b
    | \byour\s+(?:(?:amazing|incredible|inspiring|impressive|impressive\s+career|career)\s+)?
        (?:journey|trajectory|career\s+path|success\s+story)\b
    | \b(?:inspiring|amazing|incredible|great|awesome|impressive)\s+(?:things|stuff|work)\s+
        (?:you(?:['’]re|\s+are|\s+do|\s+have)|at)\b
    | \b(?:been\s+)?following\s+your\s+(?:work|career|journey|profile)\b
    | \b(?:you\s+are|you['’]re)\s+(?:a|the)\s+(?:true\s+|real\s+|recognised\s+|recognized\s+|respected\s+)?
        leader\s+in\s+(?:this|the|your)\s+(?:field|industry|space|sector)\b
    | \b(?:your|ur)\s+(?:profile|background|experience)\s+(?:is|looks|seems)\s+
        (?:(?:really|so|very)\s+)?(?:impressive|amazing|inspiring|interesting|great)\b
    | \b(?:impressed|inspired|amazed|struck)\s+(?:by|with)\s+(?:your|ur)\s+(?:(?:impressive|amazing|
        incredible|inspiring|extensive|strong)\s+)?(?:background|profile|experience|career|journey|
        achievements|story|path|credentials|trajectory)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


OWN_GOAL_RE = pattern_cache.compile(
    r"\b(?:move|moving|break|breaking|transition|transitioning|switch|switching|pivot|pivoting|"
    r"get|getting|go|going)\s+into\b|\bcareer\s+(?:in|change\s+to)\b|\bI\s+(?:want|hope|plan|"
    r"aim|would\s+like|['’]d\s+like|['’]d\s+love|would\s+love|dream)\s+to\s+(?:work|become|be)\b|\bappl(?:y|ying|ied)\s+(?:for|to)\b",
    re.IGNORECASE,
)


def _own_goal_only(sentence: str) -> bool:
    """A sentence about the sender's own plans ("I want to move into machine learning") names
    their field, not the recipient's work, unless it also speaks to the recipient."""
    return bool(OWN_GOAL_RE.search(sentence)) and not YOU_RE.search(sentence)


TITLE_ONLY_RE = phrases(
    r"""\b(?:I\s+)?(?:see|saw|noticed|notice|read|found)\s+(?:on\s+(?:your\s+)?(?:profile|linkedin|
        the\s+\w+\s+page)\s+)?(?:that\s+)?(?:you['’]?re|you\s+are|you\s+work|you\s+now\s+work|
        you['’]?ve\s+been|you\s+were|you\s+joined|you\s+(?:now\s+|currently\s+)?(?:head(?:\s+up)?|lead|
        run|manage|oversee|look\s+after)\s+(?:the\s+)?[\w&'’\-]+(?:\s+[\w&'’\-]+)?\s+(?:at|for|in)\b)\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""'I see you're a Senior Policy Adviser at DEFRA': their job title, not their work."""


YOU_SAID_RE = pattern_cache.compile(
    r"\byou\s+(?:said|mentioned|told\s+(?:us|me|the\s+\w+)|explained|talked\s+about|described|"
    r"showed\s+(?:us|me)|suggested|recommended|warned|argued|pointed\s+out)\b",
    re.IGNORECASE,
)


def _recalls_their_words(sentence: str) -> bool:
    """"You said the driving test caught you out": what they said, remembered in concrete
    words, is interest in them even when we don't know that talk."""
    m = YOU_SAID_RE.search(sentence)
    return bool(m) and len(specific_words(sentence[m.end():])) >= CONCRETE_DETAILS


def _title_only(sentence: str) -> bool:
    """A sentence that only states the reader's job or employer. It shows you read a
    profile, not that you know anything they did; any concrete detail of their work in the
    same sentence ('you led the hedgerow consultation') still counts."""
    return bool(TITLE_ONLY_RE.search(sentence)) and not THEIR_WORK_RE.search(sentence) and not (
        WORK_VERB_RE.search(sentence))


WORK_VERB_RE = pattern_cache.compile(
    r"\byou\s+(?:led|built|wrote|ran|designed|launched|published|presented|shipped|started|"
    r"founded|organi[sz]ed|created|made|developed|taught|said|argued|described|showed)\b",
    re.IGNORECASE,
)


THEIR_WORK_RE = pattern_cache.compile(
    r"\byour\s+(?:[\w'’\-]+\s+)?"
    r"(?:talk|article|post|paper|book|game|podcast|episode|project|report|study|thread|video|"
    r"course|newsletter|keynote|panel|piece|blog|essay|case\s+study|app|library|package|"
    r"research|thesis|album|film|documentary|workshop|lecture|slides|demo|series|column|"
    r"interview|launch|redesign|rebrand|framework|tool|dataset|survey|chapter)\b",
    re.IGNORECASE,
)
CONCRETE_DETAILS = 2
CLAUSE_RE = pattern_cache.compile(r"[,;:.!?]|\s(?:and|but)\s", re.IGNORECASE)
TEMPLATE_TOKEN_RE = pattern_cache.compile(r"<[^<>\n]{1,40}>|\[[^\[\]\n]{1,40}\]|\{+[^{}\n]{1,40}\}+")
YOUR_THING_RE = pattern_cache.compile(
    r"\byour\s+(?:(?:own|new|old|last|latest|first)\s+)?(?P<noun>[^\W\d_][\w'’\-]+)", re.IGNORECASE
)
"""'your bakery', 'your gym': a thing of theirs that their work is about."""
GENERIC_STEMS = frozenset(stem(w) for w in GENERIC)
"""'your work', 'your journey': too general to point at anything (also as 'worked')."""


def _names_their_work(sentence: str) -> bool:
    """ "The water temple in your last game": a named piece of their work with concrete details
    in the same clause counts, even when we don't know that piece."""
    if GENERIC_PRAISE_RE.search(sentence):
        return False
    for clause in CLAUSE_RE.split(TEMPLATE_TOKEN_RE.sub(" ", sentence)):
        if THEIR_WORK_RE.search(clause):
            details = specific_words(THEIR_WORK_RE.sub(" ", clause))
            if len(details) >= CONCRETE_DETAILS:
                return True
    return False


ORGANISATION_RE = pattern_cache.compile(r"\b(?:at|for|with)\s+((?:[A-Z][\w'’&\-]+\s*){1,3})")
"""The organisation in a work line: "Lead data scientist at Mercari", "investing at Lantern"."""
PROPER_RE = pattern_cache.compile(r"\b[A-Z][\w'’\-]{3,}")
PRODUCT_NAME_RE = pattern_cache.compile(r"\b\w{3,}-\w+\b|\b\w*[a-z]\w*[A-Z]\w*|\b[A-Za-z]+\d\w*")
"""Names that can only mean one thing: tidepool-ts, embassy-rs, PyTorch, STM32."""


def _names_their_organisation(
    ctx: Context, sentences: list[t.Span], item: str, their_name: set[str]
) -> bool:
    """ "Saw that Lantern led Kinderloop's round": a name from their work (their firm, their
    project) in a sentence with concrete details of its own."""
    organisations = " ".join(ORGANISATION_RE.findall(item))
    names = {stem(w.lower()) for w in PROPER_RE.findall(organisations)} - their_name - GENERIC_STEMS
    if not names:
        return False
    for sentence in sentences:
        text = ctx.text_of(sentence)
        named = {stem(w.lower()) for w in PROPER_RE.findall(text)} & names
        if named and len(specific_words(text)) - len(named) >= CONCRETE_DETAILS:
            return True
    return False


def _parts(word: str) -> list[str]:
    """A hyphenated word and its parts: "embassy-rs" also matches "embassy"."""
    parts = [p for p in re.split(r"[-‐]", word) if len(p) > 2 and p != word]
    return [word, *parts]


DISTINCTIVE = 7
"""A topic word this long ("academia", "recommend") is specific enough on its own, when it
appears in a sentence about them (not in the sender's own plans: "break into backend")."""
YOU_RE = pattern_cache.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)


def _references_work(ctx: Context, recipient: Recipient) -> bool:
    """Does the message name a piece of their work or a topic of theirs?

    Short items (a topic like "heat pumps") need their words, or one long distinctive word;
    long titles need three of their words, or two that stand side by side in the message
    ("refugee support"), so everyday words that happen to appear in a long title don't count.
    Their firm, a product name, or "your <thing from their work>" count on their own.
    """
    about_them = [s for s in ctx.sentences if not _own_goal_only(ctx.text_of(s))
                  and not _title_only(ctx.text_of(s))]
    if any(_names_their_work(ctx.text_of(s)) or _recalls_their_words(ctx.text_of(s))
           for s in about_them):
        return True
    subject = "" if _own_goal_only(ctx.subject) else ctx.subject
    text = "\n".join([subject, *(ctx.text_of(s) for s in about_them)])
    their_name = {stem(w) for w in meaning_words(recipient.name)}
    all_stems = (stem(part) for w in meaning_words(text) for part in _parts(w))
    sequence = [s for s in all_stems if s not in their_name]
    lowered = text.lower()
    yours = {stem(m.group("noun")) for m in YOUR_THING_RE.finditer(text)} - GENERIC_STEMS
    message_stems = set(sequence)
    pairs = set(itertools.pairwise(sequence))
    addressed = {
        stem(part)
        for sentence in about_them
        if YOU_RE.search(ctx.text_of(sentence))
        for w in meaning_words(ctx.text_of(sentence))
        for part in _parts(w)
    }
    for item in [*recipient.work, *recipient.topics]:
        item_stems = {
            stem(part) for w in meaning_words(item) if w not in GENERIC for part in _parts(w)
        }
        matched = item_stems & message_stems
        if not item_stems:
            continue
        if item_stems & yours or _names_their_organisation(ctx, about_them, item, their_name):
            return True
        if any(re.search(rf"\b{re.escape(name.lower())}", lowered)
               for name in PRODUCT_NAME_RE.findall(item)):
            return True
        if len(item_stems) <= 3 and (
            len(matched) >= min(2, len(item_stems))
            or any(len(m) >= DISTINCTIVE for m in matched & addressed)
        ):
            return True
        if len(matched) >= 3 or any(a in item_stems and b in item_stems for a, b in pairs):
            return True
    return False


@rule(
    id="no-specific-interest",
    applies=lambda ctx: ctx.is_cold,  # the course asks for it of strangers and weak ties only
    severity="warning",
    title="Nothing about their actual work",
    message="Nothing here refers to their actual work, so it could be sent to anyone.",
    why="""The best reason for a stranger to answer you is that you are genuinely interested in
    something they made, said or studied. "I admire your work" could be pasted into any
    message; naming the talk, article or project, and what struck you about it, shows you
    did your homework and gives them something they enjoy talking about.""",
    suggestion="Name one piece of their work and what about it made you curious.",
    lesson=lessons.INTENTIONS,
    bad=[
        example("Hi Lena, ⟦I really admire your work⟧ and would love to learn from you.",
                recipient=Recipient(name="Lena Fischer",
                                    work=["Shipping accessible forms at scale"],
                                    topics=["accessibility", "design systems"])),
        example("Hi Omar,\n⟦I'm a junior analyst at a retail bank.⟧ Could you share any advice "
                "for someone starting out?",
                recipient=Recipient(name="Omar Haddad", work=["Stress-testing credit models"],
                                    topics=["credit risk", "model validation"])),
        example("Hi Ann, ⟦I'm a nurse and I'd like to move into backend work.⟧ How did you "
                "start? No worries if not.",
                recipient=Recipient(name="Ann Lee", work=["Backend engineer at Shopify"],
                                    topics=["GraphQL performance"]),
                note="Naming your own goal is not naming their work."),
        example("Hello Ms. Tan, ⟦your journey⟧ is so inspiring! I'm a student. Any tips?",
                channel="linkedin",
                recipient=Recipient(name="Mei Tan", work=["Cold-chain logistics in Jakarta"],
                                    topics=["supply chain"])),
        example("Hi Greta, ⟦I'm a sales lead moving into customer success.⟧ I see you head up "
                "CS at Fernway. What do you look for in people who come from sales?",
                channel="linkedin", note="Their title says what they are, not what they did.",
                recipient=Recipient(name="Greta Lind", work=["Rebuilt onboarding at Fernway"],
                                    topics=["customer success"])),
    ],
    good=[
        example("Hey Jonah, I'm Nina from the Founders Breakfast. Saw that Lantern led "
                "Kinderloop's round. How do you judge pre-seed traction?", channel="slack",
                relationship="acquaintance",
                recipient=Recipient(name="Jonah Whitfield",
                                    work=["early-stage edtech investing at Lantern Capital"],
                                    topics=["childcare tech"])),
        example("Hi Ms. Guzmán, I'm Tyler, a culinary student. I love the conchas at your "
                "bakery! How did you start it? If not, no problem at all.", channel="text",
                recipient=Recipient(name="Dolores Guzmán", work=["Owner of Guzmán Bakery"],
                                    topics=["small business"]),
                note="'Your bakery' is their work, even in other words."),
        example("Hi Lena, your talk on shipping accessible forms at scale changed how I label "
                "errors. How do you test forms with screen readers?",
                recipient=Recipient(name="Lena Fischer",
                                    work=["Shipping accessible forms at scale"],
                                    topics=["accessibility", "design systems"])),
        example("Hi Omar, I'm a junior analyst. In your piece on stress-testing credit models, "
                "how did you pick the scenarios?",
                recipient=Recipient(name="Omar Haddad", work=["Stress-testing credit models"],
                                    topics=["credit risk", "model validation"])),
        example("I'm a backend developer in Porto. Your PyCon talk on testing async code "
                "changed how I write fixtures. Which part was hardest to get right?",
                note="No recipient work is known: a specific detail is taken on trust."),
        example("I'm a physics PhD student. Your talk on how Mercari tests its recommender "
                "models changed how I evaluate mine. What do you wish you'd known earlier?",
                recipient=Recipient(name="Hiroshi Tanaka", work=["Lead data scientist"],
                                    topics=["recommendation systems"])),
    ],
)
def no_specific_interest(ctx: Context) -> Iterator[Hit]:
    recipient = ctx.recipient
    if recipient is None or not (recipient.work or recipient.topics):
        return
    if _references_work(ctx, recipient):
        return
    praise = ctx.find(GENERIC_PRAISE_RE)
    if praise:
        yield Hit(praise[0].start(), praise[0].end())
    else:
        yield Hit(ctx.opening.start, ctx.opening.end)
