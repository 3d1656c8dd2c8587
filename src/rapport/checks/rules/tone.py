"""The tone rule: a request that reads as blunt, judged by the politeness model."""

from __future__ import annotations

from collections.abc import Iterator

from rapport.checks import lessons
from rapport.checks import tone as tone_model
from rapport.checks.context import Context
from rapport.checks.rule import Hit, example, rule

POLITENESS_PAPER = (
    "Danescu-Niculescu-Mizil, Sudhof, Jurafsky, Leskovec, Potts, \"A computational approach to "
    "politeness with application to social factors\", ACL 2013 (the Stanford Politeness Corpus)."
)


@rule(
    id="blunt-tone",
    severity="info",
    title="A blunt request",
    message="This request reads as blunt; a little warmth makes it easier to say yes.",
    why="""Readers judge tone from small cues: "could you" rather than "can you", a thank-you,
    a softening "I wonder", no "actually" or "why didn't you". Our tone score is trained on
    thousands of requests that people rated for politeness. A blunt request is not wrong,
    but people help more readily when they feel asked rather than told. (Between friends,
    shorthand is normal, so the rule leaves those messages alone.)""",
    suggestion="Soften the highlighted words: ask (\"could you ...?\"), add a thank-you, and "
    "drop demands.",
    lesson=lessons.WRITING,
    source=POLITENESS_PAPER,
    bad=[
        example("⟦Send⟧ me the numbers.", channel="slack", relationship="coworker",
                note="A bare imperative opening is the cue that pulls it down."),
        example("⟦Why haven't you⟧ fixed the build yet? Fix it now.", channel="slack",
                relationship="coworker"),
    ],
    good=[
        example("Could you send me the numbers when you have a moment? Thanks!",
                channel="slack", relationship="coworker"),
        example("Thanks so much for the talk yesterday. Would you mind sharing the slides?",
                relationship="acquaintance"),
        example("yo did u end up taking that job at the bike shop?? lmk if ur free sat",
                channel="text", relationship="friend"),
    ],
)
def blunt_tone(ctx: Context) -> Iterator[Hit]:
    if ctx.relationship == "friend":
        return
    result = ctx.tone
    if result.score >= tone_model.BLUNT_THRESHOLD or not tone_model.is_request(ctx.body):
        return
    lowering = [s for s in result.strategies if s.direction == "lowers"]
    if lowering:
        worst = min(lowering, key=lambda s: s.weight)
        yield Hit(worst.start, worst.end,
                  message=f"This request reads as {result.label} (tone {result.score:.2f}); "
                  f"\"{ctx.body[worst.start:worst.end]}\" pulls it down most.")
    else:
        yield Hit(ctx.content.start, ctx.content.end,
                  message=f"This request reads as {result.label} (tone {result.score:.2f}).")
