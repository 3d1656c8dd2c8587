"""Which alternatives of every cue list a text could match, found in one pass over its words.

Each alternative of a cue list needs some literal text (`rapport.checks.anchors`): "you
owe me" needs "you" and "owe". Asking each list in turn whether the text contains each of
its anchors costs thousands of substring searches per message. The index turns that
around. An anchor without a space lies inside one word of the text (a run of characters
between spaces, punctuation included), so the anchors a text contains are those inside its
words, plus the few anchors with a space, looked for directly. What a word contains is
worked out once and remembered: a message is mostly words the index has seen before.
"""

from __future__ import annotations

from collections.abc import Sequence

Clauses = Sequence[Sequence[Sequence[frozenset[str]] | None]]
"""For each cue list, for each of its alternatives, its anchor clauses: a match through it
needs one anchor of each (None: it has none, so it must always run). `pattern_cache` keeps
the most selective few (`CLAUSES_KEPT`)."""

MAX_WORDS = 50_000
"""Words remembered before starting afresh (a few megabytes at most)."""


class AnchorIndex:
    """Built once from every cue list's anchor clauses; `possible(text)` is then cheap.

    Every alternative of every list has one bit in a long integer: list `n` owns the bits
    from `offsets[n]` on, one per alternative. There is one such integer per clause: the
    first holds each alternative's first clause, the second its second, and so on (an
    alternative with fewer clauses has its bit always set in the rest), carried as one
    integer, each above the one before. Each anchor is filed with the bits of the clauses
    it satisfies, so the alternatives a text could match are the OR of its anchors' first
    bits, AND the OR of their second bits, AND so on."""

    def __init__(self, clause_sets: Clauses) -> None:
        self.offsets: list[int] = []
        self._clauses = max((len(needs) for alternatives in clause_sets
                             for needs in alternatives if needs), default=1)
        always = [0] * self._clauses
        bits_of: dict[str, list[int]] = {}
        offset = 0
        for alternatives in clause_sets:
            self.offsets.append(offset)
            for position, needs in enumerate(alternatives):
                bit = 1 << (offset + position)
                needs = needs or ()
                for which in range(len(needs), self._clauses):
                    always[which] |= bit
                for which, anchors in enumerate(needs):
                    for anchor in anchors:
                        bits_of.setdefault(anchor, [0] * self._clauses)[which] |= bit
            offset += len(alternatives)
        self.offsets.append(offset)
        # The clauses' integers travel as one, each above the one before.
        self._width = offset
        self._first_mask = (1 << offset) - 1
        self._always = _joined(always, offset)
        self._inside: dict[str, int] = {}
        self._spanning: list[tuple[str, int]] = []
        for anchor, bits in bits_of.items():
            joined = _joined(bits, offset)
            if any(character.isspace() for character in anchor):
                self._spanning.append((anchor, joined))
            else:
                self._inside[anchor] = joined
        self._shortest = min(map(len, self._inside), default=1)
        self._longest = max(map(len, self._inside), default=0)
        self._words: dict[str, int] = {}

    def possible(self, lowered: str) -> int:
        """The bits of every alternative that could match the text: those whose clauses
        each have an anchor in it, and those with no anchors at all."""
        found = self._always
        words = self._words
        for word in set(lowered.split()):
            bits = words.get(word)
            if bits is None:
                if len(words) >= MAX_WORDS:
                    words.clear()
                bits = words[word] = self._anchors_inside(word)
            if bits:
                found |= bits
        for anchor, bits in self._spanning:
            if anchor in lowered:
                found |= bits
        width, result = self._width, found
        for which in range(1, self._clauses):
            result &= found >> (which * width)
        return result & self._first_mask

    def _anchors_inside(self, word: str) -> int:
        """The bits of every anchor found inside `word`: each of its substrings of an
        anchor's length, looked up."""
        found = 0
        inside = self._inside
        length = len(word)
        for start in range(length - self._shortest + 1):
            for end in range(start + self._shortest, min(length, start + self._longest) + 1):
                bits = inside.get(word[start:end])
                if bits is not None:
                    found |= bits
        return found

    def alternatives_of(self, number: int, possible: int) -> int:
        """List `number`'s part of `possible`: bit i set when its alternative i could match."""
        start, end = self.offsets[number], self.offsets[number + 1]
        return (possible >> start) & ((1 << (end - start)) - 1)


def _joined(parts: list[int], width: int) -> int:
    joined = 0
    for which, bits in enumerate(parts):
        joined |= bits << (which * width)
    return joined
