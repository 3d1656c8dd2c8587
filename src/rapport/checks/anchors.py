"""The literal text a regular expression cannot match without, for skipping it cheaply.

A cue list such as "you owe me | return the favour | ..." can only match a text that
contains "owe" or "favour" or ... Checking a few substrings with `in` is far cheaper than
running the pattern, and most messages contain none of a cue's anchors. `required` reads
the parsed pattern (from `re._parser`) and returns such a set: every match contains at
least one of its strings. None means no useful set exists (some branch needs no literal
of three letters or more), and the pattern must always run.
"""

from __future__ import annotations

from re import _constants as sre

MIN_ANCHOR = 3
"""Shorter anchors ("a", "to") are in almost every text: not worth checking."""

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))

Anchors = frozenset[str]


def required(items: list) -> Anchors | None:
    """Anchors for a parsed sequence (a `SubPattern` or its list of (op, argument))."""
    candidates: list[Anchors] = []
    run: list[str] = []

    def end_run() -> None:
        if len(run) >= MIN_ANCHOR:
            candidates.append(frozenset({"".join(run)}))
        run.clear()

    for op, argument in items:
        if op is sre.LITERAL:
            run.append(chr(argument))
            continue
        end_run()
        inner: Anchors | None = None
        if op is sre.SUBPATTERN:
            inner = required(argument[-1])
        elif op in _REPEATS and argument[0] >= 1:
            inner = required(argument[2])
        elif op is sre.BRANCH:
            inner = _any_of(argument[1])
        if inner:
            candidates.append(inner)
    end_run()
    return max(candidates, key=_selectivity, default=None)


def _any_of(branches: list) -> Anchors | None:
    """A match goes through one branch, so it contains one anchor of whichever it took."""
    union: set[str] = set()
    for branch in branches:
        anchors = required(branch)
        if anchors is None:
            return None
        union |= anchors
    return frozenset(union)


def _selectivity(anchors: Anchors) -> tuple[int, int]:
    """Prefer sets whose shortest anchor is longest (rarer in text), then smaller sets."""
    return min(map(len, anchors)), -len(anchors)


def present(anchors: Anchors, lowered_text: str) -> bool:
    return any(anchor in lowered_text for anchor in anchors)


FirstCharacters = frozenset[tuple]
"""Items of a character set, as `re._parser` writes them: (LITERAL, code point),
(RANGE, (low, high)) or (CATEGORY, a category such as digits)."""

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_SET_ITEMS = (sre.LITERAL, sre.RANGE, sre.CATEGORY)


def first_characters(items: list) -> FirstCharacters | None:
    """The characters any match of a parsed sequence can start with, or None when that is
    not known (a negated set, an inline case-insensitive group, a sequence that may match
    nothing). The set may be larger than needed, never smaller: the regex engine then
    skips every position that starts with none of them. Zero-width assertions are stepped
    over (the character after them starts the match)."""
    found, may_be_empty = _first(items)
    return None if found is None or may_be_empty else frozenset(found)


def _first(items: list) -> tuple[set[tuple] | None, bool]:
    """(the characters a match of the sequence can start with, whether it can be empty)."""
    found: set[tuple] = set()
    for op, argument in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            return found | {(op, argument)}, False
        if op is sre.IN:
            known = all(item_op in _SET_ITEMS for item_op, _ in argument)
            return (found | set(argument) if known else None), False
        if op is sre.SUBPATTERN:
            if argument[1] & sre.SRE_FLAG_IGNORECASE:
                return None, False
            head, may_be_empty = _first(argument[-1])
        elif op is sre.BRANCH:
            heads = [_first(branch) for branch in argument[1]]
            if any(branch_head is None for branch_head, _empty in heads):
                return None, False
            head = set().union(*(branch_head for branch_head, _empty in heads))
            may_be_empty = any(empty for _head, empty in heads)
        elif op in _REPEATS:
            head, may_be_empty = _first(argument[2])
            may_be_empty = may_be_empty or argument[0] == 0
        else:  # ANY, NOT_LITERAL, GROUPREF, ...: not worth following
            return None, False
        if head is None:
            return None, False
        found |= head
        if not may_be_empty:
            return found, False
    return found, True
