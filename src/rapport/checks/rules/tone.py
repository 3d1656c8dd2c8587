"""The tone rule: a request that reads as blunt, judged by the politeness model."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapport.checks import cues, lessons, pattern_cache
from rapport.checks import text as t
from rapport.checks import tone as tone_model
from rapport.checks.context import Context
from rapport.checks.rule import Hit, example, rule
from rapport.checks.rules.ask import job_asks
from rapport.checks.rules.vocabulary import EASY_OUT_RE, phrases

POLITENESS_PAPER = (
    "Danescu-Niculescu-Mizil, Sudhof, Jurafsky, Leskovec, Potts, \"A computational approach to "
    "politeness with application to social factors\", ACL 2013 (the Stanford Politeness Corpus)."
)


THANKED_RE = phrases(
    r"""\b(?:thank\s+you|thanks|thanx|thx|tks|ta|cheers|merci|gracias|danke|grazie|obrigad[oa]
    |appreciate\s+it)\b(?!\s+(?:(?:so|very)\s+much\s+|a\s+lot\s+|a\s+million\s+|again\s+)?for\b)""",
    re.IGNORECASE | re.VERBOSE,
)
"""A thank-you for the answer, not "thanks for" something (which can be a jab: "thanks so
much for listing me twice")."""
EYE_ROLL_RE = pattern_cache.compile("[\U0001F644\U0001F643\U0001F612\U0001F926]")
"""🙄 🙃 😒 🤦: an emoji that turns the thanks or the question into sarcasm."""


def asks_and_thanks(ctx: Context) -> bool:
    """A colleague's request put as a question, with a thank-you and no order in it and no
    eye-roll ("did you change the cam profile in v2.4? need to know before I order parts.
    thx"): workplace shorthand, not a blunt request, so the coach model may not call it
    blunt on its own. On the 459 sets the model never saw (739-1197) that took away 16 blunt
    findings, none of them named by a coach; on the sets it was trained on (11-738), 12 wrong
    and 6 right. Between people who don't share a workplace the model's guess was right as
    often as not, so it stands there. The rule's own cues (an order, sarcasm, a jab) are not
    affected."""
    body = ctx.body
    return bool(ctx.relationship == "coworker" and "?" in body and THANKED_RE.search(body)
                and not EYE_ROLL_RE.search(body) and not cues.commands(body))


@rule(
    id="blunt-tone",
    supersedes=("no-easy-out",),
    guessed_where=lambda ctx: not asks_and_thanks(ctx),
    severity="warning",
    title="A blunt request",
    message="This tells them rather than asks them; a little warmth makes it easier to say yes.",
    why="""Readers judge tone from small cues: an order ("Send me some times."), a question that
    puts them on trial ("Why did you get it and not me?"), sarcasm, or "why didn't you". Our
    tone score is trained on thousands of requests that people rated for politeness, and a
    coach hears orders and confrontation at once, whatever the greeting. People help more
    readily when they feel asked rather than told. (Between friends, shorthand is normal, so
    only confrontation and sarcasm count there.)""",
    suggestion="Ask instead of telling (\"could you ...?\"), say why it matters to you, and "
    "drop the accusation.",
    lesson=lessons.WRITING,
    source=POLITENESS_PAPER,
    bad=[
        example("Marguerite. You were a nurse before PM. What do nurses ⟦complain⟧ about most on "
                "our discharge screen.", channel="slack", relationship="coworker",
                note="A question typed with a full stop, and nothing to soften it."),
        example("Dale, I've left you two voicemails about the fuel talk. ⟦Would it kill you to⟧ give "
                "your old boss ten minutes?", relationship="former-colleague",
                note="Sarcasm dressed as a question."),
        example("Ray. Still waiting on those cue sheets 🙃 ⟦No rush, it's only been⟧ two years.",
                channel="text", relationship="former-colleague",
                note="Patience that means the opposite."),
        example("⟦Send me⟧ the numbers.", channel="slack", relationship="coworker",
                note="A bare order to the reader."),
        example("Raj. Q3 remake numbers. ⟦EOD⟧.", channel="slack", relationship="coworker",
                note="A deadline standing alone is an order, even with no verb."),
        example("⟦Why haven't you⟧ fixed the build yet?", channel="slack",
                relationship="coworker"),
        example("I have to plan the release review. ⟦Send me⟧ some times.", channel="slack",
                relationship="coworker"),
        example("⟦Why did you get the promotion and not me⟧?", channel="text",
                relationship="friend", note="Confrontation is blunt between friends too."),
        example("Oh, ⟦nice of you to finally reply⟧. Can you send the file?", channel="email",
                relationship="coworker"),
        example("⟦Great to see the minibus has been booked by the Tuesday group for the third "
                "week⟧ running. Could we have it on Thursday?", channel="slack",
                relationship="coworker", note="Praise that means the opposite is sarcasm."),
        example("Your remark about archives ⟦was, frankly, ill-informed⟧. What evidence were you "
                "relying on?\nFergus", subject="Your remark at the SRA meeting",
                relationship="acquaintance"),
        example("⟦Funny how nobody thought⟧ to tell me the client moved to Dana.", channel="slack",
                relationship="coworker", note="Sarcasm about being left out is confrontation."),
        example("The abstract went in without my name on it. ⟦Interesting choice⟧ 🙂",
                channel="slack", relationship="coworker"),
        example("⟦Thanks for \"updating\"⟧ the rota again without telling anyone 🙃 Which shift am "
                "I on Saturday?", channel="slack", relationship="coworker",
                note="Scare quotes turn thanks into an accusation."),
        example("Circling back on the speaker list. Would be lovely to have it ⟦sometime this "
                "century⟧ 🙂", channel="slack", relationship="coworker"),
        example("⟦Why did Leila get the lead role?⟧ I shipped the indexer.", channel="slack",
                relationship="coworker"),
        example("We met at the Kaggle meetup in March. I applied to the data scientist role at "
                "Delivery Hero. ⟦Please forward⟧ my CV to the hiring manager.\nOksana",
                channel="linkedin", relationship="acquaintance",
                note="\"Please\" on an instruction, in a message that never asks."),
        example("I run engineering at Freightline and I'd like 30 minutes to compare notes on "
                "platform teams. ⟦My EA, Chris, will send⟧ some times.\nMargaret",
                channel="email", relationship="stranger",
                note="The meeting is being booked before they have agreed to it."),
        example("Lukas, I was expecting the FX memo on Monday. I'd ⟦rather not have to ask for it "
                "twice⟧.", channel="slack", relationship="coworker",
                note="A scolding jab, however calm the words."),
        example("Hello. ⟦I need to know how⟧ you got your Polish diploma recognised in Germany. "
                "Which office, how long it took.\nOksana", channel="linkedin",
                note="A need stated as a demand, with no question to say no to."),
        example("I am leaving the Army after 12 years. ⟦I require advice⟧ on entering supply "
                "chain analytics.\nD. Reid", relationship="stranger",
                note="Stating a need as a requirement reads as an order."),
        example("⟦your vex tutorial is wrong⟧ at 12:40, the snippet doesn't compile in 20.5. "
                "what's the fix", channel="slack", relationship="acquaintance",
                note="A verdict on their work, before any question."),
        example("You still haven't sent the pipeline numbers. ⟦I'm not going to ask again⟧.",
                channel="slack", relationship="coworker"),
        example("Supervisor, ⟦put me⟧ on the audit roster for next week. I've done the course.",
                channel="text", relationship="coworker",
                note="Addressing them first doesn't turn an order into a request."),
        example("I've written to you twice about the PM role. I understand you are busy, but "
                "⟦it takes two minutes to answer⟧ yes or no.", relationship="former-colleague",
                subject="PM role on your team", note="Telling them how easy it is to reply."),
        example("@Keisha saw your RFC on pulling auth out of the monolith. ⟦Walk me⟧ through it "
                "at 4 today.", channel="slack", relationship="coworker"),
        example("Reefer 882310 ran warm for 40 min yesterday. ⟦Not on me⟧, QA should've caught it. "
                "⟦Sort it⟧ with the customer.", channel="slack", relationship="coworker",
                note="Blame, then an order to a peer."),
        example("dont run the planter till i check the seed meters. ⟦last time you wrecked⟧ the "
                "finger on row 7. ⟦wait for⟧ me", channel="text", relationship="coworker"),
        example("Henderson farm, 6am, lame cows. Be there ⟦on time this time⟧.", channel="text",
                relationship="coworker", note="The jab about last time belongs in a conversation."),
        example("Cover copy. Today. ⟦Not negotiable⟧.", channel="slack", relationship="coworker"),
        example("Acknowledgements missing from the Dubé file again. I ⟦shouldn't have to keep "
                "flagging⟧ this.", channel="slack", relationship="coworker"),
        example("Dear Kevin,\n\n⟦As I have already explained twice⟧, the studio needs drawing tables, "
                "not a lecture theatre. Could the booking be changed?\n\nRegards,\nFarid",
                subject="Room booking for the conservation studio", relationship="coworker",
                note="Counting the times you have explained puts them on trial."),
        example("The scanner has been down since Monday, and frankly this is ⟦becoming tiresome⟧. "
                "Could someone look at it today?", channel="slack", relationship="coworker"),
        example("I watched your talk on mutation testing. Actually, this is ⟦simply not true⟧ for "
                "any team with real business logic. What data did you use?", channel="linkedin",
                note="Contradicting a stranger's talk before asking them anything."),
        example("The third room was too dark; older visitors gave up on the labels. ⟦You know "
                "better than this⟧. What happened?", channel="email", subject="Lighting in Crossings",
                relationship="former-colleague"),
        example("Dr. Rinaldi,\nTable 3 ⟦can't be right⟧: the monthly R² is higher than the daily "
                "one. Did you drop the overnight returns?\nMin-jun", subject="Table 3 of your paper",
                note="A verdict on their work before a question about it."),
        example("Congrats on the new framework ⟦nobody asked for⟧ 🙂 How does it handle retries?",
                channel="slack", relationship="coworker", note="Sarcasm with a smile is still sarcasm."),
        example("Nikhil, I read your chaos day write-up. ⟦Come and⟧ walk my staff meeting through it "
                "on Thursday at 9am.", channel="slack", relationship="coworker"),
        example("⟦No offence, but⟧ the onboarding doc skips the VPN step entirely. Can it be added?",
                channel="slack", relationship="coworker",
                note="Announcing that no offence is meant tells them some is coming."),
        example("Shortlisted for the prize, surprising given the judges, ⟦but good for you⟧. Which "
                "chapter did you submit?", channel="linkedin", relationship="former-colleague",
                note="A compliment taken back in the same breath."),
        example("The scan was closed as a duplicate, it isn't one. Could you ⟦get someone "
                "competent⟧ to look?", channel="slack", relationship="acquaintance"),
        example("Ms. Ortiz,\n⟦Your report actually doesn't⟧ break the figures down by region. Did you "
                "collect them?\nPaul", subject="Regional figures in your report",
                note="A correction before the question: ask what you want to know instead."),
        example("Siobhan, ⟦kind of you to finally answer⟧. Did the March survey cover the roof "
                "plant?", channel="slack", relationship="former-colleague",
                note="Thanks for being slow is a dig, not thanks."),
        example("Dr Ansah,\nYou said at the summit that cold emails never work. ⟦With respect, "
                "that's wrong⟧: half my clients came from one. Where does the figure come "
                "from?\nTom", subject="Cold emails", relationship="acquaintance",
                note="A courtesy in front of a verdict is still a verdict."),
    ],
    good=[
        example("Hi Dev, honestly, that's wrong of me to assume, sorry! Which version of the "
                "survey did you use? Thanks", channel="slack", relationship="coworker",
                note="Owning your own mistake is not a verdict on theirs."),
        example("Plate 7 had two positive no-template controls. Two options:\n1. Rerun Thursday "
                "with a fresh aliquot.\n2. Wait for the new primers (Monday).\nI'd lean towards 2, "
                "but you know the timeline better.", relationship="coworker", subject="Plate 7",
                note="Options laid out in a list are not orders."),
        example("Could you send me the numbers when you have a moment? Thanks!",
                channel="slack", relationship="coworker"),
        example("Heard you're running the dive school in Dahab now, good for you! What made you pick "
                "the Red Sea?", channel="text", relationship="former-colleague",
                note="\"Good for you\" on its own is simply glad for them."),
        example("Thanks so much for the talk yesterday. Would you mind sharing the slides?",
                relationship="acquaintance"),
        example("yo did u end up taking that job at the bike shop?? lmk if ur free sat",
                channel="text", relationship="friend"),
        example("Send me the link when you can, thanks!", channel="slack",
                relationship="coworker", note="Softened: \"when you can\" and a thank-you."),
        example("Raj, the Q3 remake numbers go to the board at 6. Could I have them by EOD? "
                "Thanks!", channel="slack", relationship="coworker",
                note="The same deadline, asked, with the reason for it."),
        example("I'm free before 9 am or after 6 pm, whatever suits you.", channel="text",
                relationship="acquaintance"),
        example("Thanks for the talk on Tuesday. Could you share the slides? Please let me know "
                "if they're not public.", relationship="acquaintance",
                note="A question asks; \"please let me know\" is a courtesy."),
        example("Would you be open to 20 minutes on how you set up your platform team? If so, my "
                "assistant, Chris, will send a few times.\nMargaret", channel="email",
                relationship="stranger", note="The assistant steps in only after a yes."),
        example("The totals in table 4 don't match the programme total. Could you take another "
                "look before Thursday? Sorry to raise it twice!", channel="slack",
                relationship="coworker", note="The same problem, asked about kindly."),
        example("You used to do subtitling, right? Which tool did you use for timing? Tell me at "
                "lunch if that's easier.", channel="slack", relationship="coworker",
                note="\"Tell me\" with a choice of when is an offer, not an order."),
        example("Thanks for the \"Intro to dbt\" talk on Tuesday! How did you test the macros?",
                channel="slack", relationship="acquaintance", note="Quotation marks around a title."),
        example("@Bongani on the OTIF report, does on time mean the gate or the slot? I want to "
                "make sure I'm not counting it wrong.", channel="slack", relationship="coworker",
                note="Saying why you ask softens a plain question."),
        example("Could you show me how you set up the self-marking quiz, when you have a minute? "
                "I'd like to copy it for Year 9.", channel="slack", relationship="coworker"),
        example("Malik, the 2021 flood layer has the culvert open, 2023 has it closed. Which one "
                "goes in the council report? Friday is fine.", channel="slack",
                relationship="coworker", note="No hurry is a softener too."),
        example("nadia, the die on press 2 has been sticking at 0.4 mm since monday. did "
                "maintenance swap the feed rollers last week? need to know before I order parts. "
                "thx", channel="slack", relationship="coworker",
                note="Terse, but it asks, says why and thanks: shop-floor shorthand."),
        example("Ines, proofer 3 log says two racks of your brioche sat in overnight. Meant to? If "
                "not I'll move them to the chiller before 6am prep. thanks", channel="slack",
                relationship="coworker", note="A question and a thank-you, with no order in it."),
    ],
)
def blunt_tone(ctx: Context) -> Iterator[Hit]:
    """Orders, confrontation and sarcasm, found by their cues; and a request the tone model
    scores as blunt with nothing at all to soften it."""
    confronts = [*ctx.find(cues.CONFRONT_RE), *ctx.find(cues.SARCASM_RE),
                 *ctx.find(cues.SCARE_QUOTES_RE, skip_quotes=False)]
    for m in confronts:
        yield Hit(m.start(), m.end(), message=CONFRONT_MESSAGE)
    jabs = ctx.find(cues.JAB_RE)
    for m in jabs:
        yield Hit(m.start(), m.end(), message=JAB_MESSAGE, explicit=True)
    confronts += jabs
    friend = ctx.relationship == "friend"
    favours = [t.Span(a, b) for a, b in job_asks(ctx)] if friend else []
    commanded = False
    for start, end in cues.commands(ctx.body):
        if t.overlaps(start, end, ctx.quoted):
            continue
        if confronts and _BARE_DEADLINE_WORDS_RE.fullmatch(ctx.body, start, end):
            continue  # "Today. Not negotiable.": the jab already says it
        if friend:  # shorthand is normal between friends; an order for a favour is not
            sentence = ctx.sentence_at(start)
            if not t.overlaps(sentence.start, sentence.end, favours):
                continue
        commanded = True
        yield Hit(start, end, message=_order_message(ctx.body[start:end]))
    if not (commanded or confronts or friend):
        yield from _bare_and_blunt(ctx)  # the tone score, only when no cue has said why


REASON_RE = phrases(
    r"""\bbecause\b | \bsince\s+(?:I|we)\b | \bso\s+(?:that\s+)?(?:I|we)\b | \bas\s+I['’]?m\b
    | \bI\s+want\s+to\s+make\s+sure\b | \bI['’]?m\s+trying\s+to\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""The sender says why they ask: "so I want to make sure I'm not counting it wrong"."""
RELAXED_TIMING_RE = phrases(
    r"""\bnot\s+(?:urgent|a\s+rush|in\s+a\s+rush|pressing|time[- ]sensitive)\b | \bno\s+hurry\b
    | \b(?:(?:any\s?time|sometime|whenever)\s+(?:this|next)\s+week|(?:mon|tues|wednes|thurs|fri|
        satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|tomorrow|next\s+week|end\s+of\s+(?:the\s+)?
        (?:week|month)|eow|eod|later|this\s+week)(?:['’]s|\s+is)\s+(?:fine|ok|okay|plenty|good|great)\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""The sender takes the hurry out: "not urgent", "Thursday is fine", "before Fri is fine". In
the coach sets (11-806) a request with one of these was never named blunt; the tone score
had called six such bare questions blunt."""
PERSON_STRATEGIES = frozenset({"first_person", "second_person", "first_person_plural"})


def _bare_and_blunt(ctx: Context) -> Iterator[Hit]:
    """A request the tone model scores as blunt and that carries no softener at all: no
    greeting, thanks, "please", easy out or "when you have a moment". One softener is enough
    to leave it alone; the score alone misreads curious questions ("why did you pick...")."""
    result = ctx.tone
    if result.score >= tone_model.BLUNT_THRESHOLD or not tone_model.is_request(ctx.body):
        return
    if any(s.direction == "raises" and s.strategy not in PERSON_STRATEGIES
           for s in result.strategies):
        return
    if any(r.search(ctx.body) for r in (EASY_OUT_RE, REASON_RE, RELAXED_TIMING_RE)):
        return  # a way to say no, the reason they ask, or no hurry softens it enough
    lowering = [s for s in result.strategies if s.direction == "lowers"
                and not (s.strategy == "negation" and _contrast(ctx.body, s.start))]
    if lowering:
        worst = min(lowering, key=lambda s: s.weight)
        yield Hit(worst.start, worst.end,
                  message=f"This request reads as {result.label} (tone {result.score:.2f}), with "
                  f"nothing to soften it; \"{ctx.body[worst.start:worst.end]}\" pulls it down "
                  "most.")


AFTER_A_COMMA_RE = pattern_cache.compile(r"[,;]\s*\Z")
CONTRASTED_RE = pattern_cache.compile(
    r"not\s+(?:the|a|an|my|your|his|her|their|our|its|this|that|just|only|so\s+much|\w+ing)\b",
    re.IGNORECASE,
)


def _contrast(body: str, start: int) -> bool:
    """'X was the bottleneck, not the hardware': a "not" after a comma that sets two things
    side by side says nothing against the reader."""
    return bool(AFTER_A_COMMA_RE.search(body, max(0, start - 4), start)
                and CONTRASTED_RE.match(body, start))


CONFRONT_MESSAGE = ("This puts them on trial: an accusation or sarcasm makes a reply feel like a "
                    "defence, so most people don't reply at all.")
JAB_MESSAGE = ("Polite words around a dig don't take the sting out: the reader hears the dig, "
               "and answering means defending themselves or someone else. Leave it out.")
COMMAND_MESSAGE = ("This is an order, not a request: ask, and say why it matters to you.")
PLEASE_ORDER_MESSAGE = ("\"Please\" doesn't turn an instruction into a request, and nothing in "
                        "this message asks: put it as a question they could say no to, and say "
                        "why it matters to you.")
BOOKED_MESSAGE = ("This hands the meeting to an assistant before they have said yes: ask first "
                  "whether they would like to talk, and let them choose the time.")
DEADLINE_MESSAGE = ("A deadline on its own (\"Today.\") reads as an order: ask, and say why "
                    "you need it by then.")
_BARE_DEADLINE_WORDS_RE = pattern_cache.compile(cues.BARE_DEADLINE_WORDS)


def _order_message(order: str) -> str:
    if order[:6].lower() == "please":
        return PLEASE_ORDER_MESSAGE
    if cues.ASSISTANT_BOOKS_RE.match(order):
        return BOOKED_MESSAGE
    if _BARE_DEADLINE_WORDS_RE.fullmatch(order):
        return DEADLINE_MESSAGE
    return COMMAND_MESSAGE
