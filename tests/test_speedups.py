"""The checker's start-up shortcuts never change a result: cached patterns, anchors that
skip a pattern, and the hyphenation reader each agree with the plain way of doing it."""

from __future__ import annotations

import re
import sys
from array import array
from pathlib import Path

import pyphen
import pytest
import yaml

import rapport.checks  # noqa: F401  (declares every rule, so every phrase exists)
from rapport.agreement import load_set
from rapport.checks import cues, disk_cache, hyphenation, pattern_cache
from rapport.checks.anchor_index import AnchorIndex
from rapport.checks.anchors import clauses, first_characters, required
from rapport.checks.registry import RULES
from rapport.checks.rule import strip_marks
from rapport.checks.rules.vocabulary import Phrase, phrases

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_texts() -> list[str]:
    texts: set[str] = set()
    for path in sorted(FIXTURES.glob("*.yaml")):
        items = load_set(path)
        for item in items if isinstance(items, list) else []:
            for key in ("body", "text", "subject"):
                if isinstance(item, dict) and isinstance(item.get(key), str):
                    texts.add(item[key])
    return sorted(texts)


def rule_example_texts() -> list[str]:
    """Every rule's own examples, good and bad, as the checker reads them: the texts each
    phrase was written to find or to leave alone."""
    texts = set()
    for rule in RULES:
        for example in (*rule.info.bad, *rule.info.good):
            texts.add(strip_marks(example.text)[0])
            if example.subject:
                texts.add(example.subject)
    return sorted(texts)


TEXTS = fixture_texts()
# Plain `re` over all fixture texts for every phrase took 40 of CI's 80 minutes on this
# machine. Phrases are compared on a fixed sample instead: every eighth fixture text (the
# list is sorted, so the sample is the same on every run of a commit) and all the rules'
# own examples. The structural tests below (anchors, clauses, alternatives) cover every
# phrase's shape whatever text it meets.
PHRASE_TEXTS = sorted({*TEXTS[::8], *rule_example_texts()})


def test_there_are_enough_texts_to_compare_on() -> None:
    assert len(TEXTS) > 1000
    assert len(PHRASE_TEXTS) > 10_000
    assert len(Phrase.made) > 40


@pytest.mark.parametrize("phrase", Phrase.made, ids=lambda p: p.pattern[9:50])
def test_a_phrase_finds_what_plain_re_finds(phrase: Phrase) -> None:
    plain = re.compile(phrase.pattern, phrase.flags)
    for text in PHRASE_TEXTS:
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        found = [(m.span(), m.groupdict()) for m in phrase.finditer(text)]
        if found != expected:  # a phrase on a lowercased copy returns its groups lowercased
            found = [(span, {k: v and text[slice(*m.span(k))] for k, v in groups.items()})
                     for (span, groups), m in zip(found, phrase.finditer(text), strict=True)]
        assert found == expected, text
        assert (phrase.search(text) is None) == (not expected)


def _can_start_a_word(first: frozenset) -> bool:
    sre = re._constants
    for op, argument in first:
        if op is sre.LITERAL and re.match(r"\w", chr(argument)):
            return True
        if op is sre.RANGE and any(re.match(r"\w", chr(c)) for c in range(argument[0],
                                                                            argument[1] + 1)):
            return True
        if op is sre.CATEGORY and argument not in (sre.CATEGORY_NOT_WORD, sre.CATEGORY_SPACE):
            return True
    return False


@pytest.mark.parametrize("phrase", Phrase.made, ids=lambda p: p.pattern[9:50])
def test_every_alternative_of_a_phrase_can_start_a_word(phrase: Phrase) -> None:
    """A phrase only matches where a word starts (`Phrase`), so an alternative written to
    start at "£40" or ", useless." never matches at all: it must step over that character
    with a lookbehind, "(?<=£)40". Three such alternatives once sat unnoticed (a way out after
    a comma, a curt ", useless.", a price), and two more inside groups, which this cannot see
    (money offered per referral, "engineer of 9 years" after a comma)."""
    inner = phrase.pattern[len(r"\b(?=\w)(?:"):-1]
    parsed = re._parser.parse(inner, phrase.flags & ~re.IGNORECASE)
    items = parsed.data
    branches = items[0][1][1] if len(items) == 1 and items[0][0] is re._constants.BRANCH else [items]
    dead = [first for first in map(first_characters, branches)
            if first is not None and not _can_start_a_word(first)]
    assert not dead, phrase.pattern[:120]


def test_no_pattern_lost_a_repeat_count_to_string_formatting() -> None:
    """In an f-string pattern, "{0,30}" must be written "{{0,30}}": otherwise Python formats
    it into the tuple "(0, 30)" and the pattern silently matches something else."""
    sources = [phrase.pattern for phrase in Phrase.made]
    sources += [value.pattern for name, module in list(sys.modules.items())
                if name == "rapport" or name.startswith("rapport.")
                for value in vars(module).values() if isinstance(value, re.Pattern)]
    # Not the disk cache of compiled patterns: it is shared by every checkout on the machine
    # and keeps the patterns of older commits, including one that had this very mistake.
    assert not [s[:80] for s in sources if re.search(r"\(\d+, \d+\)", s)]


def test_anchors_are_literals_every_match_needs() -> None:
    parsed = re._parser.parse(r"\byou\s+(?:still\s+)?owe\s+(?:me|us)\b|return\s+the\s+favou?r", 0)
    first, second = sorted(required(parsed.data), key=len)
    assert first in {"you", "owe"} and second in {"return", "favo"}
    # one branch with no literal of three letters means the pattern must always run
    assert required(re._parser.parse(r"owe\s+me|\w+ly", 0).data) is None
    assert required(re._parser.parse(r"(?:please)?\s*thanks", 0).data) == {"thanks"}


def test_clauses_are_every_literal_a_match_needs_one_of() -> None:
    def found(pattern: str) -> list[set[str]]:
        return [set(c) for c in clauses(re._parser.parse(pattern, 0).data)]

    assert found(r"\byou\s+(?:still\s+)?owe\s+(?:me|us)\b") == [{"you"}, {"owe"}]
    # a stretch that matches a few strings gives them all; a short one gives nothing
    assert {"it's", "it’s", "its"} in found(r"\bit['’]?s\s+fine")
    assert found(r"\bi['’]?m\s+\w+") == []
    assert found(r"non[- ]negotiable") == [{"non negotiable", "non-negotiable"}]


def test_the_anchor_index_finds_the_alternatives_a_text_could_match() -> None:
    owe, me = frozenset({"owe"}), frozenset({"me"})
    index = AnchorIndex([
        [[owe], [frozenset({"favour", "favor"})], None],  # list 0: three alternatives
        [[frozenset({"non negotiable"}), frozenset({"deadline"})], [owe, me]],  # list 1
    ])
    everything = index.possible("the lowest deadline is non negotiable: return the favor, meg")
    assert index.alternatives_of(0, everything) == 0b111  # "owe" inside "lowest"
    assert index.alternatives_of(1, everything) == 0b11  # both clauses of each ("me" in "meg")
    nothing = index.possible("hello there")
    assert index.alternatives_of(0, nothing) == 0b100  # no anchors: always possible
    assert index.alternatives_of(1, nothing) == 0
    # one clause of two is not enough
    assert index.alternatives_of(1, index.possible("a deadline, non-negotiable")) == 0


@pytest.mark.parametrize("text", [
    "you owe me big, and you owe me. Owe me nothing", "YOU OWE ME BIG", "you owe", "nothing",
    "you owe me BIG you owe me big", "owe me, you owe me big",
])
def test_alternatives_run_one_by_one_match_as_the_whole_pattern(text: str) -> None:
    """A phrase runs only the alternatives a text could match, each alone, and merges their
    matches: at each place the first alternative that matches wins, as in the whole."""
    pattern = r"you\s+owe\s+me\s+big | you\s+owe | owe\s+me | \bbig\b"
    phrase = phrases(pattern, re.IGNORECASE | re.VERBOSE)
    assert phrase.alternatives is not None
    plain = re.compile(phrase.pattern, phrase.flags)
    assert [m.span() for m in phrase.finditer(text)] == [m.span() for m in plain.finditer(text)]
    found, expected = phrase.search(text), plain.search(text)
    assert (found and found.span()) == (expected and expected.span())
    for pos in range(len(text)):
        found, expected = phrase.match(text, pos), plain.match(text, pos)
        assert (found and found.span()) == (expected and expected.span())


def test_a_cached_pattern_is_the_pattern_re_compiles(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("RAPPORT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(pattern_cache, "_entries", None)
    monkeypatch.setattr(pattern_cache, "_dirty", False)
    source, flags = r"(?P<who>you|u)\s+(?:never|rarely)\s+reply", re.IGNORECASE
    first = pattern_cache.compile(source, flags)
    pattern_cache.save()
    saved = tmp_path / pattern_cache.file_name()
    assert saved.exists()
    monkeypatch.setattr(pattern_cache, "_entries", None)  # a new process reads the file
    second = pattern_cache.compile(source, flags)
    assert (source, int(flags)) in pattern_cache._entries
    fresh = re.compile(source, flags)
    for made in (first, second):
        assert (made.pattern, made.flags, made.groups, made.groupindex) == (
            fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)
        for text in ("YOU never reply", "u rarely reply!", "you reply"):
            assert [m.groupdict() for m in made.finditer(text)] == [
                m.groupdict() for m in fresh.finditer(text)]


def starts(pattern: str) -> set[str] | None:
    found = first_characters(re._parser.parse(pattern, 0).data)
    return None if found is None else {chr(code) for op, code in found if op is re._constants.LITERAL}


def test_first_characters_step_over_assertions_and_optional_parts() -> None:
    assert starts(r"\b(?=\w)(?:\b(?:is|would)\s+x|(?:sure\s+)?(?:you|u)\s+owe)") == set("iwsyu")
    assert starts(r"(?:a|)b") == {"a", "b"}
    assert starts(r"(?<=^hi\s)(?:bro|mate)") == {"b", "m"}
    # unknown, so the pattern keeps no set: a negated set, case-folding, an empty match
    assert starts(r"[^a]b") is None
    assert starts(r"(?i:ab)") is None
    assert starts(r"x*") is None


@pytest.mark.parametrize("pattern", [
    r"\b(?=\w)(?:\b(?:is|isn['’]?t)\s+x|\d+\s+min|(?:no\s+)?(?:totally)?\s*fine|é+x)",
    r"\b(?=\w)(?:(?:^|(?<=^hey\s))(?P<lead>bro|mate)\b|[a-c]\w+z)",
])
def test_a_pattern_given_its_first_characters_matches_as_re_does(pattern: str) -> None:
    made, fresh = pattern_cache.compile(pattern), re.compile(pattern)
    code = array("I", pattern_cache._entry(pattern, 0)[1])
    assert code[0] == re._constants.INFO and code[2] == re._constants.SRE_INFO_CHARSET
    for text in ("is x, 12 min, éx no fine, totally fine ٣ min ééx", "bro, it's abz and cz",
                 "hey mate", "", "x", "isn't   x"):
        assert [m.span() for m in made.finditer(text)] == [m.span() for m in fresh.finditer(text)]


def test_a_pattern_given_its_literal_start_matches_as_re_does() -> None:
    """After zero-width checks, "owe me" starts every match: the engine is told to look for
    "owe" (re's own prefix stops at the \\b), and finds exactly what re finds."""
    pattern = r"\b(?=\w)(?<!no\s)owe\s+me\b"
    parsed = re._parser.parse(pattern, 0)
    code = pattern_cache._with_start_hint(re._compiler._code(parsed, 0), parsed, 0)
    assert code[2] == re._constants.SRE_INFO_PREFIX and code[5:10] == [3, 0, *map(ord, "owe")]
    made = re._compiler._sre.compile(pattern, re.UNICODE, code, 0, {}, (None,))
    fresh = re.compile(pattern)
    for text in ("you owe me", "bowe me, owe me", "no owe me but owe  me", "owe", "OWE me",
                 "owe mean owe me"):
        assert [m.span() for m in made.finditer(text)] == [m.span() for m in fresh.finditer(text)]
    # a pattern that starts with a choice keeps the set of first characters instead
    parsed = re._parser.parse(r"\b(?:owe|debt)\s+me", 0)
    code = pattern_cache._with_start_hint(re._compiler._code(parsed, 0), parsed, 0)
    assert code[2] == re._constants.SRE_INFO_CHARSET


def test_a_pattern_tried_only_at_sentence_starts_finds_what_finditer_finds() -> None:
    pattern = cues._COMMAND_START_RE
    for text in TEXTS:
        assert [m.span() for m in cues.at_sentence_starts(pattern, text)] == [
            m.span() for m in pattern.finditer(text)], text


def test_a_damaged_cache_file_is_ignored(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("RAPPORT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(pattern_cache, "_entries", None)
    (tmp_path / pattern_cache.file_name()).write_bytes(b"not a marshal file")
    assert pattern_cache.compile(r"owe\s+me").search("you owe me")
    assert disk_cache.load("missing.marshal") is None


def test_caching_can_be_turned_off(monkeypatch) -> None:
    monkeypatch.setenv("RAPPORT_CACHE_DIR", "")
    assert disk_cache.cache_dir() is None
    disk_cache.store("anything.marshal", {"a": 1})  # nowhere to write: silently nothing
    assert disk_cache.load("anything.marshal") is None


def test_hyphenation_agrees_with_pyphen_word_by_word() -> None:
    reference = pyphen.Pyphen(lang="en_US")
    words = {w.lower() for text in TEXTS for w in re.findall(r"[^\W\d_]+", text)}
    assert len(words) > 3000
    disagree = [w for w in words if hyphenation.points(w) != reference.positions(w)]
    assert disagree == []


def test_requests_read_in_one_pass_are_the_sentences_the_request_cue_finds() -> None:
    """`Context.requests` finds request forms once over the whole body and question words at
    each sentence start; sentence by sentence, `REQUEST_CUE_RE` must say the same."""
    from rapport.checks.context import Context
    from rapport.checks.rules.vocabulary import REQUEST_CUE_RE
    from rapport.models import Message

    extra = ["Why\nBecause I asked. What's next", "Hi.\nHow\nare things", "I would\nlove to. ok",
             "Please. Reply by Friday. sign up here", "no ask here at all"]
    for body in [*TEXTS[::3], *extra]:
        if not body.strip():
            continue
        ctx = Context(Message(channel="email", body=body), None, "stranger")
        expected = [s for s in ctx.sentences
                    if "?" in ctx.text_of(s) or REQUEST_CUE_RE.search(ctx.text_of(s))]
        assert ctx.requests == expected, body


def test_coach_sets_read_with_libyaml_are_what_safe_load_reads(tmp_path) -> None:
    """`load_set` reads with libyaml where PyYAML has it; the data must be the same as the
    pure-Python `yaml.safe_load` gives, for real sets and for awkward text."""
    paths = sorted(FIXTURES.glob("coach*_messages.yaml"))
    awkward = tmp_path / "awkward.yaml"
    awkward.write_text(
        '- id: awkward\n  body: "مرحبا 👋 <script>x</script>\\ttab"\n  subject: null\n'
        "  expect: [pressure]\n  note: |\n    line one\n      indented: yes\n    'quoted' #x\n",
        encoding="utf-8")
    for path in [*paths[:: max(1, len(paths) // 4)], awkward]:
        assert load_set(path) == yaml.safe_load(path.read_text(encoding="utf-8")), path.name
