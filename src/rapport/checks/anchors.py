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

ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
"""Parts that take up no characters: `\\b`, `^`, look-arounds."""


def required(items: list) -> Anchors | None:
    """Anchors for a parsed sequence (a `SubPattern` or its list of (op, argument)): the most
    selective of its `clauses`."""
    found = clauses(items)
    return found[0] if found else None


def clauses(items: list) -> list[Anchors]:
    """Sets of anchors a match of a parsed sequence needs one of each of, best first.

    A stretch of the sequence that can only match a few strings ("it['’]?s" matches "it's",
    "it’s" or "its") gives those strings as one candidate set; a part that can match many
    ("\\s+", "\\w+") ends the stretch, and a group or a list of alternatives inside it
    gives its own candidates. Every match contains one anchor of each set."""
    candidates: list[Anchors] = []
    run: set[str] = {""}

    def end_run() -> None:
        nonlocal run
        if run and min(map(len, run)) >= MIN_ANCHOR:
            candidates.append(frozenset(run))
        run = {""}

    for item in items:
        strings = _strings([item])
        if strings is not None and len(run) * len(strings) <= MAX_STRINGS:
            run = {before + after for before in run for after in strings}
            continue
        end_run()
        op, argument = item
        if op is sre.SUBPATTERN:
            candidates += clauses(argument[-1])
        elif op in _REPEATS and argument[0] >= 1:
            candidates += clauses(argument[2])
        elif op is sre.BRANCH:
            either = _any_of(argument[1])
            if either:
                candidates.append(either)
    end_run()
    return sorted(set(candidates), key=lambda found: (_selectivity(found), sorted(found)),
                  reverse=True)


MAX_STRINGS = 24
"""The most strings a stretch of a pattern may expand to and still be one candidate set."""


def _strings(items: list) -> set[str] | None:
    """Every string a parsed sequence can match, when they are few; otherwise None.
    Zero-width parts (\\b, look-arounds) match the empty string here: they add no text."""
    found: set[str] = {""}
    for op, argument in items:
        if op is sre.LITERAL:
            options: set[str] | None = {chr(argument)}
        elif op in ZERO_WIDTH:
            options = {""}
        elif op is sre.IN:
            known = all(item_op is sre.LITERAL for item_op, _ in argument)
            options = {chr(code) for _, code in argument} if known else None
        elif op is sre.SUBPATTERN:
            ignores_case = argument[1] & sre.SRE_FLAG_IGNORECASE
            options = None if ignores_case else _strings(argument[-1])
        elif op is sre.BRANCH:
            branches = [_strings(branch) for branch in argument[1]]
            options = None if None in branches else set().union(*branches)
        elif op in _REPEATS and argument[1] <= 1:
            inner = _strings(argument[2])
            options = None if inner is None else inner | ({""} if argument[0] == 0 else set())
        else:
            options = None
        if options is None or len(found) * len(options) > MAX_STRINGS:
            return None
        found = {before + after for before in found for after in options}
    return found


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
        if op in ZERO_WIDTH:
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
