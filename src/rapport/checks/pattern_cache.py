"""Compiled regular expressions kept between runs.

CPython parses and compiles a regular expression in Python code every time a process
starts, and the checker's cue lists are long: compiling them was most of a cold
`rapport check`. This module keeps what the compiler produces (the regex engine's code
words) in `disk_cache` the first time a pattern is compiled, and hands it straight to the
engine in the next process. The file is named after the interpreter and the engine's
version, so another Python never reads it; on an interpreter without CPython's engine,
or if anything is off, it is plain `re.compile`. It never changes what a pattern matches:
a test compares every cached pattern with a fresh compile.
"""

from __future__ import annotations

import atexit
import re
import sys
from array import array

from rapport.checks import disk_cache
from rapport.checks.anchors import ZERO_WIDTH, clauses, first_characters, required

try:  # the engine and compiler behind `re`; present on CPython only
    import _sre
    from re import _compiler, _constants, _parser
except ImportError:  # pragma: no cover - other interpreters
    _sre = None

FORMAT = 6
"""Raised whenever what is stored, or how a pattern is compiled, changes."""

MAX_ENTRIES = 4000
"""Start afresh past this many patterns, so years of edited patterns don't pile up."""

Split = tuple[tuple[bytes, ...], tuple[tuple[tuple[str, ...], ...] | None, ...]]
"""A pattern with a list of alternatives, in parts (see `Alternatives`): for each
alternative, the code of the pattern with only that alternative, and the anchor clauses a
match through it needs (None when it has none)."""

Compiled = tuple[
    int, bytes, int, dict[str, int], tuple[str | None, ...], tuple[str, ...] | None,
    Split | None,
]
"""What the engine needs (flags, code words, group count, group names both ways), the
pattern's `anchors`, sorted (None when it has none), and its alternatives in parts (None
when `_split` finds no list of them it can run one by one)."""

_entries: dict[tuple[str, int], Compiled] | None = None
_dirty = False


def file_name() -> str | None:
    if _sre is None or sys.implementation.cache_tag is None:
        return None
    return f"patterns-{FORMAT}-{sys.implementation.cache_tag}-{_sre.MAGIC}.marshal"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, with the parsing skipped when an earlier run already did it."""
    if _sre is None:
        return re.compile(pattern, flags)
    entry = _entry(pattern, int(flags))
    try:
        return _from_code(pattern, entry)
    except (TypeError, ValueError, RuntimeError):  # a damaged entry: compile afresh
        _load().pop((pattern, int(flags)), None)
        return _from_code(pattern, _entry(pattern, int(flags)))


def anchors(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings of which every match contains at least one (see `rapport.checks.anchors`)."""
    if _sre is None:
        return None
    found = _entry(pattern, int(flags))[5]
    return frozenset(found) if found is not None else None


def alternatives(pattern: str, flags: int = 0) -> Alternatives | None:
    """The pattern's (longest) list of alternatives, to compile with only some of them."""
    if _sre is None:
        return None
    entry = _entry(pattern, int(flags))
    return Alternatives(pattern, entry) if entry[6] is not None else None


class Alternatives:
    """A pattern with a list of alternatives ("x(?:a|b|c)y"), run as one pattern per
    alternative, and only for the alternatives a text could match.

    Python's regex engine tries every alternative at every word of a text. Most of a long
    cue list cannot match a given message: a match through "you owe me" needs both "you"
    and "owe" (its anchor `clauses`), and the message lacks one of them. Each alternative
    is also compiled alone (with the rest of the pattern around it), with its own first
    characters, so the engine skips straight to the few places it could start.
    `rapport.checks.rules.vocabulary.Phrase` merges the matches of the alternatives it runs
    into exactly those of the whole pattern (see `merged_matches`). Group numbers are kept:
    the groups of the other alternatives just never match."""

    __slots__ = ("_entry", "_singles", "clauses", "pattern")

    def __init__(self, pattern: str, entry: Compiled) -> None:
        self.pattern = pattern
        self._entry = entry
        codes, found = entry[6]
        self._singles: list[re.Pattern[str] | None] = [None] * len(codes)
        self.clauses = [None if needs is None else [frozenset(anchors) for anchors in needs]
                        for needs in found]

    def single(self, number: int) -> re.Pattern[str]:
        """The pattern with only alternative `number`."""
        made = self._singles[number]
        if made is None:
            flags, _code, groups, groupindex, indexgroup = self._entry[:5]
            code = array("I", self._entry[6][0][number]).tolist()
            made = self._singles[number] = _sre.compile(
                self.pattern, flags, code, groups, groupindex, indexgroup)
        return made


def _entry(pattern: str, flags: int) -> Compiled:
    entries = _load()
    key = (pattern, flags)
    stored = entries.get(key)
    if stored is None:  # (an older layout lives in a file with another FORMAT in its name)
        stored = entries[key] = _compile_keeping_code(pattern, flags)
        _mark_dirty()
    return stored


def _compile_keeping_code(pattern: str, flags: int) -> Compiled:
    """Compile the way `re` does, keeping the engine code so the next run can reuse it."""
    parsed = _parser.parse(pattern, flags)
    _drop_repeated_word_starts(parsed.data)
    code = _with_first_characters(_compiler._code(parsed, flags), parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for group_name, index in groupindex.items():
        indexgroup[index] = group_name
    found = required(parsed.data)
    split = _split(parsed, flags | parsed.state.flags)
    return (
        int(flags | parsed.state.flags),
        array("I", code).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
        tuple(sorted(found)) if found is not None else None,
        split,
    )


CLAUSES_KEPT = 3
"""Anchor clauses kept per alternative, most selective first."""

_ONE_WAY = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT, _constants.LITERAL,
            _constants.NOT_LITERAL, _constants.IN, _constants.ANY)
"""Parts that match in one way only (one character, or none), so the engine never returns
to them to try another way."""


def _split(parsed, flags: int) -> Split | None:
    """The parts `Alternatives` needs, for a pattern with a list of alternatives at its top
    level (the longest such list), where that is exact: what comes before the list matches
    in one way only (so at any place, the first alternative that leads to a match is the
    one the whole pattern takes), no alternative can match the empty string (so matches
    never touch), and at least one alternative has anchors. None otherwise."""
    data = parsed.data
    lists = [i for i, (op, _argument) in enumerate(data) if op is _constants.BRANCH]
    if not lists or flags & re.IGNORECASE:
        return None
    at = max(lists, key=lambda i: len(data[i][1][1]))
    if any(op not in _ONE_WAY for op, _argument in data[:at]):
        return None
    singles = [_parser.SubPattern(parsed.state, [*data[:at], *branch, *data[at + 1:]])
               for branch in data[at][1][1]]
    if any(single.getwidth()[0] == 0 for single in singles):
        return None
    found = [clauses(single.data)[:CLAUSES_KEPT] for single in singles]
    if not any(found):
        return None
    codes = [_with_start_hint(_compiler._code(single, flags), single, flags) for single in singles]
    return (
        tuple(array("I", code).tobytes() for code in codes),
        tuple(tuple(tuple(sorted(anchors)) for anchors in needs) if needs else None
              for needs in found),
    )


def _drop_repeated_word_starts(data: list) -> None:
    """In a pattern that opens with `\\b(?=\\w)` and then a list of alternatives (every
    `Phrase` does), a `\\b` opening an alternative tests what is already known to be true.
    It also costs a lot: the regex engine skips an alternative cheaply only when it opens
    with a literal or a character set, and otherwise enters it at every word of the text.
    Dropping those `\\b`s changes nothing a pattern matches and makes long cue lists
    several times faster."""
    if (len(data) >= 3 and data[0] == (_constants.AT, _constants.AT_BOUNDARY)
            and data[1][0] is _constants.ASSERT and data[2][0] is _constants.BRANCH):
        _drop_leading_boundaries(data[2][1][1])


def _drop_leading_boundaries(alternatives: list) -> None:
    for alternative in alternatives:
        items = alternative.data
        while items and items[0] == (_constants.AT, _constants.AT_BOUNDARY):
            del items[0]
        if items and items[0][0] is _constants.BRANCH:  # (?:\\bx|\\by) opening the alternative
            _drop_leading_boundaries(items[0][1][1])


def _with_first_characters(code: list[int], parsed, flags: int) -> list[int]:
    """Tell the regex engine which characters a match can start with, when `re` did not.

    `re` finds such a set only when a pattern opens with a literal or a set of them; a
    `Phrase` opens with `\\b(?=\\w)` and then a list of alternatives, so the engine tries
    every alternative at every word of the text. With the set in the pattern's information
    block (as `re` itself writes it for a pattern such as `[ab]c`), the engine skips, at C
    speed, every position whose character starts none of them. The set comes from
    `anchors.first_characters`, which may be larger than needed but never smaller, so what
    a pattern matches does not change."""
    flags |= parsed.state.flags  # as `re` compiles it: str patterns are Unicode
    if not _may_add_start_hint(code, flags):
        return code
    characters = first_characters(parsed.data)
    if characters is None:
        return code
    charset, _cased = _compiler._optimize_charset(sorted(characters, key=repr))
    info = [_constants.INFO, 0, _constants.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info + code[code[1] + 1:]


def _may_add_start_hint(code: list[int], flags: int) -> bool:
    """True when the code's information block gives the engine no start hint yet (no literal
    prefix, no character set), the pattern cannot match the empty string, and case is
    matched exactly (a hint is a set of exact characters)."""
    return (code[0] == _constants.INFO and not code[2] and bool(code[3])
            and not flags & (re.IGNORECASE | re.LOCALE))


def _with_start_hint(code: list[int], parsed, flags: int) -> list[int]:
    """`_with_literal_prefix` where it applies, else `_with_first_characters`."""
    return _with_literal_prefix(code, parsed, flags) or _with_first_characters(code, parsed, flags)


def _with_literal_prefix(code: list[int], parsed, flags: int) -> list[int] | None:
    """For a pattern that, after zero-width checks (\\b, look-arounds), starts with literal
    text ("\\b(?=\\w)owe\\s+me"): the information block that tells the regex engine so,
    or None. The engine then looks for that text at C speed (as it does for a pattern that
    starts with it outright) and tries the whole pattern only where it starts; a match can
    start nowhere else, because the checks before the text take up no characters. re leaves
    such a pattern without this hint, since its own prefix stops at the first check. The
    "skip" is 0, so the engine still runs the checks and the text at each place it tries."""
    if not _may_add_start_hint(code, flags | parsed.state.flags):
        return None
    prefix: list[int] = []
    for op, argument in parsed.data:
        if op is _constants.LITERAL:
            prefix.append(argument)
        elif op in ZERO_WIDTH and not prefix:
            continue
        else:
            break
    if not prefix:
        return None
    info = [_constants.INFO, 0, _constants.SRE_INFO_PREFIX, code[3], code[4], len(prefix), 0,
            *prefix, *_compiler._generate_overlap_table(prefix)]
    info[1] = len(info) - 1
    return info + code[code[1] + 1:]


def _from_code(pattern: str, stored: Compiled) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = stored[:5]
    return _sre.compile(pattern, flags, array("I", code).tolist(), groups, groupindex, indexgroup)


def _load() -> dict[tuple[str, int], Compiled]:
    global _entries
    if _entries is None:
        name = file_name()
        loaded = disk_cache.load(name) if name is not None else None
        _entries = loaded if isinstance(loaded, dict) and len(loaded) <= MAX_ENTRIES else {}
    return _entries


def _mark_dirty() -> None:
    global _dirty
    if not _dirty:
        _dirty = True
        atexit.register(save)


def save() -> None:
    """Write the patterns compiled so far (registered to run at exit when there are new ones)."""
    global _dirty
    name = file_name()
    if name is not None and _dirty and _entries is not None:
        _dirty = False
        disk_cache.store(name, _entries)
