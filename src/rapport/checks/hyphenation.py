"""Hyphenation points by Liang's algorithm (the one TeX uses), for counting syllables.

The patterns are the American English file that the `pyphen` package ships in its wheel,
so nothing is downloaded. Loading that file through pyphen took a tenth of a second of
every cold `rapport check` (a regular expression per pattern line); this module reads it
in one pass, keeps the parsed table in `disk_cache` for the next process, and runs the
same lookup, so its points agree with pyphen's. A test compares the two word by word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from rapport.checks import disk_cache

LEFT_MIN = 2
RIGHT_MIN = 2
"""No break closer than this to either end of a word (pyphen's defaults)."""

_SETTINGS = ("%", "#", "LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUNDLEFTHYPHENMIN",
             "COMPOUNDRIGHTHYPHENMIN")
_HEX = re.compile(r"\^{2}([0-9a-f]{2})")

Patterns = dict[str, tuple[int, str]]

_GAP_WITHOUT_DIGIT = re.compile(r"(?<!\d)(?=[^\d\n])|(?<=[^\d\n])(?=\n|\Z)")
"""A place before a letter, or at the end of a line, where the file leaves out a 0."""


def dictionary_path() -> Path:
    """pyphen's en_US pattern file, found without importing pyphen."""
    spec = find_spec("pyphen")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyphen is not installed: run `make install`")
    return Path(next(iter(spec.submodule_search_locations))) / "dictionaries" / "hyph_en_US.dic"


def parse(text: str) -> Patterns:
    """Each pattern as its letters, the offset of its first non-zero value, and the values
    (single digits, kept as characters: "0" < "1" < ... < "9" compares like the numbers).

    In "1ba" the 1 before "b" means "a break before b is allowed"; even values forbid one.
    With every missing 0 written out, a line alternates value, letter, value... so the
    letters and the values are its odd and even characters.
    """
    patterns: Patterns = {}
    kept = "\n".join(
        _HEX.sub(lambda m: chr(int(m[1], 16)), line).split("/", 1)[0]
        for raw in text.split("\n")
        if (line := raw.strip()) and not line.startswith(_SETTINGS)
    )
    for line in _GAP_WITHOUT_DIGIT.sub("0", kept).split("\n"):
        values = line[0::2]
        core = values.strip("0")
        if core:
            patterns[line[1::2]] = (len(values) - len(values.lstrip("0")), core)
    return patterns


@lru_cache(maxsize=1)
def patterns() -> tuple[Patterns, int]:
    """The patterns, read once per process (from `disk_cache` when an earlier run parsed
    this very file), with the length of the longest."""
    path = dictionary_path()
    stat = path.stat()
    cache_name = f"hyphenation-{path.stem}-{stat.st_size}-{stat.st_mtime_ns}.marshal"
    table = disk_cache.load(cache_name)
    if not isinstance(table, dict) or not table:
        _encoding, _, body = path.read_text("utf-8").partition("\n")
        table = parse(body)
        disk_cache.store(cache_name, table)
    return table, max(map(len, table))


def points(word: str) -> list[int]:
    """Where `word` may be hyphenated: indexes into the word, left to right."""
    table, longest = patterns()
    dotted = f".{word.lower()}."
    scores = ["0"] * (len(dotted) + 1)
    for i in range(len(dotted) - 1):
        for j in range(i + 1, min(i + longest, len(dotted)) + 1):
            found = table.get(dotted[i:j])
            if found is None:
                continue
            offset, values = found
            for k, value in enumerate(values, start=i + offset):
                if value > scores[k]:
                    scores[k] = value
    last = len(word) - RIGHT_MIN
    return [i - 1 for i, score in enumerate(scores) if score in "13579" and LEFT_MIN <= i - 1 <= last]
