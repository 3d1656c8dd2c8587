"""Rules about how a message opens: the bare "Hi!", the wrong name, the unfilled template."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapport.checks import lessons
from rapport.checks import text as t
from rapport.checks.context import Context
from rapport.checks.rule import Hit, example, rule
from rapport.models import Recipient

PING_PHRASES = re.compile(
    r"""
    (?:are\s+)?(?:you|u)\s+(?:around|there|free|busy|online|about|available|awake)
    | (?:got|have|do\s+you\s+have)\s+(?:a\s+)?(?:sec(?:ond)?|min(?:ute)?|moment|minute|mo)
    | (?:a\s+)?(?:quick|small|random|little)\s+(?:question|q|one|thing)(?:\s+for\s+(?:you|u))?
    | (?:i\s+have\s+a\s+)?question
    | can\s+i\s+(?:ask|bother|borrow)\s+(?:you\s+)?(?:something|a\s+question|a\s+sec|you)
    | (?:how\s+)?(?:are\s+you|r\s+u|are\s+u)(?:\s+doing)?
    | how(?:'|’)?s\s+it\s+going | how\s+is\s+it\s+going | what(?:'|’)?s\s+up | wassup | sup
    | hope\s+(?:you(?:'|’)?re|you\s+are|all\s+is)\s+(?:well|good|doing\s+well)
    | busy | ping | pinging\s+you | you\s+got\s+a\s+sec
    | (?:hi|hello|hey|yo|hiya|heya|there|all|everyone|team|again|buddy|pal|mate|bro|dude|friend|
        folks|guys|sir|madam|ma['’]?am|you|u|stranger|gang)
    | long\s+time(?:\s+no\s+(?:see|talk|speak))? | (?:it['’]s\s+)?been\s+(?:a\s+while|ages|forever|too\s+long)
    | (?:i\s+)?miss(?:ed)?\s+(?:you|u|ya) | how\s+have\s+you\s+been | how['’]?s\s+(?:life|things)
    | (?:it['’]?s|this\s+is|i['’]m|i\s+am)\s+[A-Z][\w'’\-]+(?:\s+here)?
        (?:\s+from\s+(?:the\s+)?[\w'’\-]+(?:\s+[\w'’\-]+){0,3})?
    """,
    re.IGNORECASE | re.VERBOSE,
)
FILLER = re.compile(r"[\s\W_]+", re.UNICODE)


def _is_only_ping(rest: str) -> bool:
    """True when what follows the greeting is only small talk, pings, emoji and punctuation."""
    remaining = PING_PHRASES.sub(" ", rest)
    return not FILLER.sub("", remaining)


@rule(
    id="naked-greeting",
    severity="error",
    title="A greeting with nothing to answer",
    message="This message is only a greeting: there is nothing for them to answer yet.",
    why="""A bare "Hi!" or "you around?" makes the other person stop, reply, and wait while you
    type the real question. It costs them two interruptions instead of one, and leaves them
    guessing what you want. Put your greeting, your context and your question in the same
    message so they can answer when it suits them.""",
    suggestion="Say hello and ask your actual question in the same message, with the context "
    "they need to answer it.",
    lesson=lessons.PEOPLE,
    source="nohello.net; dontasktoask.com",
    supersedes=("too-short", "no-ask", "no-context", "no-specific-interest", "no-easy-out",
                "no-signoff", "blunt-tone"),
    bad=[
        example("⟦Hi!⟧", channel="slack", relationship="coworker"),
        example("⟦hey, you around?⟧", channel="slack", relationship="coworker"),
        example("⟦Hello 👋⟧", channel="linkedin"),
        example("⟦Hi, quick question.⟧", channel="text", relationship="friend"),
        example("⟦yo⟧", channel="text", relationship="friend"),
        example("⟦Hi Ana, got a sec?⟧", channel="slack", relationship="coworker"),
        example("⟦hi! it's Sunita from the PTA meeting 🙂⟧", channel="text",
                relationship="acquaintance", note="Saying who you are is not yet a question."),
        example("⟦Hey you! 👋⟧", channel="text", relationship="friend"),
        example("⟦Hi Dev! Long time 😊⟧", channel="text", relationship="former-colleague"),
    ],
    good=[
        example(
            "Hi Ana, quick question about the Q3 churn dashboard: does the 'active' filter "
            "include trial accounts? I'm deciding whether to exclude them in my report.",
            channel="slack",
            relationship="coworker",
        ),
        example(
            "hey! are you around tonight? I'm cooking too much curry and want company",
            channel="text",
            relationship="friend",
        ),
        example(
            "Hi, I'm stuck on the deploy script: it fails at the migrate step with a lock "
            "timeout. Have you seen that before?",
            channel="slack",
            relationship="coworker",
        ),
    ],
)
def naked_greeting(ctx: Context) -> Iterator[Hit]:
    span = ctx.content
    if len(ctx.words) > 12:
        return
    rest = ctx.body[ctx.greeting.span.end :] if ctx.greeting else ctx.body
    if (ctx.greeting or len(ctx.words) <= 6) and _is_only_ping(rest):
        yield Hit(span.start, span.end)


PLACEHOLDER_RE = re.compile(
    r"""
    \{\{\s*[\w.\- ]{1,40}\s*\}\}                       # {{company}}
    | \{\s*[A-Za-z_][\w.]{0,40}\s*\}                  # {first_name}
    | <<\s*[\w .\-]{1,40}\s*>>                        # <<NAME>>
    | <\s*insert[^<>\n]{0,40}>                        # <insert company>
    | <\s*(?:first|last|full|company|recipient|your|their)[\w ]{0,20}>   # <first name>
    | <[A-Z][A-Z0-9_ ]{1,30}>                         # <COMPANY>
    | %[A-Z][A-Z_]{2,30}%                             # %FIRSTNAME%
    | \[(?!\s*(?:sic|\d+|x|\s)\s*\])                  # [Name] but not [sic] or [1]
      (?:\s*(?:insert|your|their|his|her|recipient(?:'s)?|first|last|full|company|contact|
            the)\b[^\[\]\n]{0,30}
        | \s*[A-Z][A-Za-z]{1,20}(?:[ _][A-Z][A-Za-z]{1,20}){0,2}\s*
        | \s*[A-Z_]{2,30}\s*
        | \s*[a-z]+_[a-z_]+\s*
        | \s*(?:name|company|role|title|position|job|industry|field|topic|school|date|city|
              team|product|project|event|article|talk|link)\s*
      )\](?!\()
    """,
    re.VERBOSE,
)


def _fill(token: str, recipient: Recipient | None) -> str | None:
    """The recipient's real detail for a template token, where we know it."""
    if recipient is None:
        return None
    lowered = token.lower()
    parts = recipient.name.split()
    if "company" in lowered or "organi" in lowered:
        return recipient.company
    if "last" in lowered or "surname" in lowered:
        return parts[-1] if len(parts) > 1 else None
    if "name" in lowered or "recipient" in lowered:
        return parts[0]
    return None


@rule(
    id="placeholder",
    severity="error",
    title="Unfilled template field",
    message="This looks like a template field that was never filled in.",
    why="""A leftover [Name] or {company} tells the reader, in one glance, that they are one of
    many people receiving the same message. Whatever care went into the rest is lost.
    Fill it in, and if you find yourself mail-merging career advice requests, write fewer
    and better ones.""",
    suggestion="Replace the field with the real detail, written for this one person.",
    lesson=lessons.WRITING,
    bad=[
        example("Hi ⟦[Name]⟧, I loved your talk on data contracts and have one question."),
        example("Dear ⟦{first_name}⟧,\nI'm a student at Leeds and I'm curious about your work."),
        example("I'd love to hear how the team at ⟦{{company}}⟧ made the move to Rust."),
        example("I noticed that ⟦<COMPANY>⟧ is growing its design team."),
        example("Your work at ⟦<insert company here>⟧ on accessibility caught my eye."),
        example("Hi ⟦<first name>⟧, can you bring a side dish on Thursday?", channel="text",
                relationship="coworker"),
        example("Hi ⟦{first_name}⟧, your post on fraud models was great.",
                recipient=Recipient(name="Wei Zhang", company="Stripe"),
                note="With a known recipient, the fix fills in their real name."),
        example("Hi Wei, your post on fraud models at ⟦[Company]⟧ was great.",
                recipient=Recipient(name="Wei Zhang", company="Stripe")),
    ],
    good=[
        example("Hi Priya, I loved your talk on data contracts and have one question."),
        example("The report calls it \"the [REDACTED] memo\" and I'd love to know why."),
        example("As the paper says, results were \"strong [sic]\" in the second trial [1]."),
        example("I put the notes in the doc [link](https://example.org) for you."),
    ],
)
def placeholder(ctx: Context) -> Iterator[Hit]:
    for field, text in (("subject", ctx.subject), ("body", ctx.body)):
        quoted = t.quoted_spans(text)
        for m in PLACEHOLDER_RE.finditer(text):
            if t.overlaps(m.start(), m.end(), quoted):
                continue
            yield Hit(m.start(), m.end(), field=field,  # type: ignore[arg-type]
                      message=f"This looks like a template field that was never filled in: "
                      f"{m.group()}.", replacement=_fill(m.group(), ctx.recipient))


def _name_matches(greeted: list[str], recipient: Recipient) -> bool:
    known = [t.fold(part) for part in re.split(r"[\s\-]+", recipient.name) if part]
    initials_only = all(len(word.rstrip(".")) <= 1 for word in greeted)
    if initials_only:
        return True
    for word in greeted:
        w = t.fold(word).rstrip(".")
        for part in known:
            if w == part or (len(w) >= 3 and len(part) >= 3 and (part.startswith(w)
                                                                   or w.startswith(part))):
                return True
    return False


def _suggested_name(recipient: Recipient, had_title: bool) -> str:
    parts = recipient.name.split()
    return parts[-1] if had_title and len(parts) > 1 else parts[0]


@rule(
    id="wrong-name",
    severity="error",
    title="The greeting names someone else",
    message="The greeting names someone other than the person you are writing to.",
    why="""Getting someone's name wrong is the fastest way to show a message was copied from
    another one. It is an easy slip when you write several messages in a row, and a
    costly one: the reader stops reading charitably. Check the name last, every time.""",
    suggestion="Use the recipient's own name.",
    lesson=lessons.WRITING,
    bad=[
        example(
            "Hi ⟦Michael⟧, I enjoyed your piece on warehouse robotics.",
            recipient=Recipient(name="Lucas Moreau"),
        ),
        example(
            "Dear Ms. ⟦Johnson⟧,\nI read your paper on malaria vaccine uptake.",
            recipient=Recipient(name="Oluwaseun Adeyemi"),
        ),
        example("⟦Devon⟧, I need the invoice numbers for the client call.", channel="text",
                relationship="coworker", recipient=Recipient(name="Jordan Lee"),
                note="A name used as the greeting, without 'Hi'."),
        example("hey ⟦sam⟧, quick one about the release notes: who owns them now?",
                channel="slack", relationship="coworker", recipient=Recipient(name="Ines Duarte")),
    ],
    good=[
        example("Hi Lucas, I enjoyed your piece on warehouse robotics.",
                recipient=Recipient(name="Lucas Moreau")),
        example("Dear Dr. Adeyemi,\nI read your paper on malaria vaccine uptake.",
                recipient=Recipient(name="Oluwaseun Adeyemi")),
        example("Hi there, I enjoyed your piece on warehouse robotics.",
                recipient=Recipient(name="Lucas Moreau")),
        example("Hey buddy, are we still on for Saturday?", channel="text",
                relationship="friend", recipient=Recipient(name="Tom Okafor")),
        example("Hi José, thanks for the notes!", recipient=Recipient(name="Jose Martinez")),
        example("Hi Alex, thanks for the notes!", recipient=Recipient(name="Alexandra Chen")),
        example("Hi H.-Dieter, thanks for the notes!",
                recipient=Recipient(name="H.-Dieter Kabus"), note="Initials can't be judged."),
    ],
)
def wrong_name(ctx: Context) -> Iterator[Hit]:
    if ctx.recipient is None:
        return
    name = ctx.greeting.name if ctx.greeting else t.bare_address(ctx.body)
    if name is None:
        return
    greeted = ctx.text_of(name).split()
    if _name_matches(greeted, ctx.recipient):
        return
    yield Hit(
        name.start,
        name.end,
        message=f"You greet {ctx.text_of(name)}, but this message is for {ctx.recipient.name}.",
        replacement=_suggested_name(ctx.recipient, bool(ctx.greeting and ctx.greeting.title)),
    )
