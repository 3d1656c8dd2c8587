"""How a rule is declared: metadata, its own examples, and a pure function that finds hits."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapport.models import (
    Channel,
    MessageField,
    Recipient,
    Relationship,
    RuleExample,
    RuleInfo,
    Severity,
)

if TYPE_CHECKING:
    from rapport.checks.context import Context

MARK_OPEN, MARK_CLOSE = "⟦", "⟧"


@dataclass(frozen=True, slots=True)
class Hit:
    """Where a rule fires; the message and replacement default to the rule's own."""

    start: int
    end: int
    field: MessageField = "body"
    message: str | None = None
    replacement: str | None = None
    beside: frozenset[str] = frozenset()
    """Set for a problem that a coach names together with the main one (the favour written as
    if the answer were yes, beside the big ask): the hit survives the rules that supersede
    its rule, and is shown on its own (nothing must be fixed) or beside a single must-fix
    finding from these rules. Beside two or more, or beside a problem of another kind, coaches
    seldom named it: leave-one-set-out on sets 26-85, showing it beside two as well gave 0.846
    tag precision, beside one 0.851. Held back by the main problem, it is shown beside it only
    while the coach model gives its rule at least `coach_model.BESIDE_AT_LEAST`."""
    explicit: bool = False
    """Set for a move the course names outright (a favour framed as a debt, guilt about not
    replying): the coach model, a bag of words, may not veto it. In the coach sets such hits
    were right 176 times in 177 (sets 11-73, rules alone)."""
    no_veto: bool = False
    """Set for a move coaches named almost every time they saw it (a referral asked of
    someone who barely knows the sender; "while I have you" before a favour): the coach model
    may not drop it as unlikely, but may still hold it back beside a likelier main problem,
    as `explicit` hits never are."""
    alone: bool = False
    """Set for a weak point a coach names only where it is the one thing to fix: a "Catching
    up" subject line is honest on a catch-up, and beside a real problem (the catch-up that is
    really a request) coaches name that problem and leave the subject."""


Finder = Callable[["Context"], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    info: RuleInfo
    find: Finder
    supersedes: tuple[str, ...] = ()
    """Rules this one makes redundant when it fires (a bare "Hi!" is also too short)."""
    waits: bool = False
    """Tidy-up advice that waits while the message has a must-fix problem: a learner fixes
    the main thing first, and coaches rarely mention a sign-off beside a big ask."""
    waits_not_for: frozenset[str] = frozenset()
    """Must-fix problems it does not wait for when one of them is the only one: a missing
    sign-off goes with a subject line that says nothing, or with a stranger not told who is
    writing."""
    waits_beside: frozenset[str] = frozenset()
    """Advice that, shown beside a must-fix problem, already covers this one: a message too
    short to answer is told to add who you are, name and all."""
    supersedes_between_friends: tuple[str, ...] = ()
    """Rules this one makes redundant in a message to a friend: between friends, "free tonight?
    need to ask you something" is named as a vague ask rather than a bare greeting, because the
    evening is being asked for, not a reply."""
    supersedes_day_to_day: tuple[str, ...] = ()
    """Rules this one makes redundant in a message to a coworker or a friend, people the sender
    sees day to day: a long Slack post about yourself to a colleague is named for its length."""
    applies: Callable[[Context], bool] | None = None
    """Where the course says the problem can arise at all (None: everywhere). Outside it the
    rule does not run, and the coach model may not add its finding either: big praise in a
    friend's cheer that asks no favour is not flattery, whatever words it shares with flattery."""

    added_beside: frozenset[str] = frozenset()
    """Where the coach model adds this rule's finding to a message in which the rules found a
    must-fix problem, the finding stands `beside` these problems (`Hit.beside`), as the rule's
    own such hits do: shown beside one of them, not hidden under it."""
    guessed_where: Callable[[Context], bool] | None = None
    """Where the coach model may add this rule's finding on its own (None: wherever the rule
    applies). The rule itself still runs outside it: a word-level guess must not say what the
    text plainly contradicts ("this tells them rather than asks them" under a question that
    thanks them), while the rule's own cues (an order, sarcasm) still stand."""

    def may_apply(self, ctx: Context) -> bool:
        return self.applies is None or self.applies(ctx)

    def may_be_guessed(self, ctx: Context) -> bool:
        """The coach model may add this finding where the rule found none."""
        return self.may_apply(ctx) and (self.guessed_where is None or self.guessed_where(ctx))

    @property
    def id(self) -> str:
        return self.info.id

    def hides(self, relationship: str) -> tuple[str, ...]:
        """The rules whose findings this one's finding makes redundant, writing to `relationship`."""
        hidden = self.supersedes
        if relationship in DAY_TO_DAY:
            hidden += self.supersedes_day_to_day
        if relationship == "friend":
            hidden += self.supersedes_between_friends
        return hidden


DAY_TO_DAY = frozenset({"coworker", "friend"})


def example(
    text: str,
    *,
    subject: str | None = None,
    channel: Channel = "email",
    relationship: Relationship = "stranger",
    recipient: Recipient | None = None,
    note: str | None = None,
) -> RuleExample:
    return RuleExample(
        text=text,
        subject=subject,
        channel=channel,
        relationship=relationship,
        recipient=recipient,
        note=note,
    )


def rule(
    *,
    id: str,
    severity: Severity,
    title: str,
    message: str,
    why: str,
    suggestion: str,
    lesson: str,
    bad: list[RuleExample],
    good: list[RuleExample],
    source: str | None = None,
    supersedes: tuple[str, ...] = (),
    supersedes_between_friends: tuple[str, ...] = (),
    supersedes_day_to_day: tuple[str, ...] = (),
    waits: bool = False,
    waits_not_for: tuple[str, ...] = (),
    waits_beside: tuple[str, ...] = (),
    applies: Callable[[Context], bool] | None = None,
    added_beside: frozenset[str] = frozenset(),
    guessed_where: Callable[[Context], bool] | None = None,
) -> Callable[[Finder], Rule]:
    """Declare a rule; the decorated function receives a `Context` and yields `Hit`s."""

    info = RuleInfo(
        id=id,
        severity=severity,
        title=title,
        message=message,
        why=" ".join(why.split()),
        suggestion=suggestion,
        lesson=lesson,
        source=source,
        bad=bad,
        good=good,
    )

    def wrap(find: Finder) -> Rule:
        return Rule(info=info, find=find, supersedes=supersedes, waits=waits,
                    waits_not_for=frozenset(waits_not_for),
                    waits_beside=frozenset(waits_beside),
                    supersedes_between_friends=supersedes_between_friends,
                    supersedes_day_to_day=supersedes_day_to_day, applies=applies,
                    added_beside=added_beside, guessed_where=guessed_where)

    return wrap


def strip_marks(text: str) -> tuple[str, tuple[int, int] | None]:
    """Remove the ⟦ ⟧ markers of an example; return the clean text and the marked span."""
    start = text.find(MARK_OPEN)
    if start == -1:
        return text, None
    end = text.find(MARK_CLOSE, start)
    clean = text[:start] + text[start + 1 : end] + text[end + 1 :]
    return clean, (start, end - 1)
