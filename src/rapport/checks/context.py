"""What the rules look at: one message, analysed once, shared by every rule."""

from __future__ import annotations

import re
from functools import cached_property

from rapport.checks import text as t
from rapport.checks.rules.vocabulary import (
    REQUEST_CUE_INSIDE_RE,
    REQUEST_OPENING_RE,
    Phrase,
    matches,
)
from rapport.models import Message, Recipient, Relationship

COLD: frozenset[Relationship] = frozenset({"stranger", "acquaintance"})
NEVER_MET_RE = re.compile(
    r"\b(?:(?:has|have|had)\s+never\s+(?:met|worked|spoken|talked)|never\s+(?:met|spoken)"
    r"|(?:has|have)\s+not\s+(?:yet\s+)?(?:met|worked|spoken)|(?:hasn|haven)['’]t\s+(?:yet\s+)?"
    r"(?:met|worked|spoken))\b"
    r"|\b(?:another|other|different|separate|sister)\s+(?:[\w-]+\s+)?(?:team|branch|site|office|department"
    r"|dept|unit|region|campus|hospital|store|plant|depot|ward|division|clinic|school|lab|country|city)\b"
    r"|\bat\s+the\s+(?:[\w'’-]+\s+){1,3}?(?:branch|site|campus|plant|depot)\b", re.IGNORECASE)


class Context:
    def __init__(
        self, message: Message, recipient: Recipient | None, relationship: Relationship
    ) -> None:
        self.message = message
        self.recipient = recipient
        self.relationship = relationship
        self.body = t.unwrap(message.body)
        """The body as the rules read it: hard-wrapped lines joined (`text.unwrap`), at the
        same offsets as the learner's own text."""
        self.subject = message.subject or ""

    @property
    def channel(self) -> str:
        return self.message.channel

    @property
    def is_cold(self) -> bool:
        return self.relationship in COLD

    @cached_property
    def never_met(self) -> bool:
        """A colleague whose profile says the two have never met or worked together ("has
        never worked with Layla", "joined two weeks ago and has not met Grace"), or who works
        on another team or at another site ("at the Mombasa branch", "platform engineer on
        another team"): to them the sender is as unknown as a stranger. Coaches named the
        missing introduction for such colleagues in sets 11-387 on 19 more messages, and did
        not on 3 (a paper or checklist asked for in a line that already says why)."""
        if self.relationship != "coworker" or self.recipient is None:
            return False
        profile = " ".join([self.recipient.role or "", *self.recipient.work,
                            *self.recipient.topics])
        return bool(NEVER_MET_RE.search(profile))

    @cached_property
    def words(self) -> list[t.Word]:
        return t.words(self.body)

    @cached_property
    def sentences(self) -> list[t.Span]:
        return t.sentences(self.body)

    @cached_property
    def quoted(self) -> list[t.Span]:
        return t.quoted_spans(self.body)

    @cached_property
    def greeting(self) -> t.Greeting | None:
        return t.greeting(self.body)

    @cached_property
    def signoff(self) -> t.Span | None:
        return t.signoff_name(self.body)

    @cached_property
    def content(self) -> t.Span:
        return t.content_span(self.body)

    @cached_property
    def opening(self) -> t.Span:
        """The first sentence after the greeting: where context and interest belong."""
        after = self.greeting.span.end if self.greeting else 0
        for sentence in self.sentences:
            if sentence.end > after:
                trimmed = t.content_span_within(self.body, max(sentence.start, after), sentence.end)
                if trimmed.end > trimmed.start:
                    return trimmed
        return self.greeting.span if self.greeting else self.content

    @cached_property
    def questions(self) -> list[t.Span]:
        return [s for s in self.sentences if "?" in self.body[s.start : s.end]]

    @cached_property
    def reading_grade(self) -> float:
        return t.reading_grade(self.body, self.sentences, self.words)

    @cached_property
    def requests(self) -> list[t.Span]:
        """Sentences that ask for something: a question, or a request form ('could you').
        Whether `REQUEST_CUE_RE` finds something in a sentence, read in one pass over the
        message: its request forms are found once over the whole body, its question words
        and commands at each sentence's start."""
        body = self.body
        cues = [m.span() for m in matches(REQUEST_CUE_INSIDE_RE, body)]
        found = []
        for s in self.sentences:
            if ("?" in body[s.start : s.end] or REQUEST_OPENING_RE.match(body, s.start, s.end)
                    or any(s.start <= start and end <= s.end for start, end in cues)):
                found.append(s)
        return found

    @cached_property
    def person_counts(self) -> tuple[int, int]:
        first = second = 0
        for w in self.words:
            lower = w.lower
            if lower in t.FIRST_PERSON:
                first += 1
            elif lower in t.SECOND_PERSON:
                second += 1
        return first, second

    @cached_property
    def tone(self):  # -> ToneResult, imported lazily so the checker starts fast without it
        from rapport.checks import tone

        return tone.analyze(self.body)

    def find(self, pattern: Phrase | re.Pattern[str], *, skip_quotes: bool = True
             ) -> list[re.Match[str]]:
        """Matches of a phrase pattern in the body, ignoring text inside quotation marks."""
        found = []
        for m in matches(pattern, self.body):
            if skip_quotes and t.overlaps(m.start(), m.end(), self.quoted):
                continue
            found.append(m)
        return found

    def sentence_at(self, offset: int) -> t.Span:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return self.content

    def text_of(self, span: t.Span) -> str:
        return self.body[span.start : span.end]
