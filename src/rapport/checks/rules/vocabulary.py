"""Word lists shared by several rules: what counts as generic, as a request, as an easy out."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from functools import cached_property, lru_cache
from typing import ClassVar

from rapport.checks import pattern_cache
from rapport.checks.anchor_index import AnchorIndex


class Phrase:
    """A phrase pattern that can only start where a word starts, matched case-insensitively.

    Python's regex engine tries every alternative at every character, and case-insensitive
    matching makes each try slower. A phrase checks for a word start first, and matches a
    lowercased copy of the text with a lowercased pattern: together about three times faster
    than a plain IGNORECASE pattern. Offsets stay exact, because the copy is only used when
    lowercasing kept every character in place (it does, except for a few letters such as
    'İ'); otherwise the case-insensitive pattern runs on the text itself.
    Matches on the copy return lowercased text from `group()`; use their offsets to quote.
    """

    made: ClassVar[list[Phrase]] = []
    """Every phrase pattern, so a test can hold each one to plain `re` behaviour."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.number = len(Phrase.made)
        Phrase.made.append(self)
        self.pattern = rf"\b(?=\w)(?:{pattern})"
        self.flags = flags
        self.folds = bool(flags & re.IGNORECASE)

    @cached_property
    def exact(self) -> re.Pattern[str]:
        """Compiled on first use: most texts never need it, and compiling a long word list
        is most of a cold start."""
        return pattern_cache.compile(self.pattern, self.flags)

    @cached_property
    def folded(self) -> re.Pattern[str]:
        return pattern_cache.compile(_lower_literals(self.pattern), self.flags & ~re.IGNORECASE)

    @cached_property
    def anchors(self) -> frozenset[str] | None:
        """Strings of which any match contains one (`rapport.checks.anchors`): a text with
        none of them cannot match, so the pattern need not run."""
        if not self.folds:
            return None
        return pattern_cache.anchors(_lower_literals(self.pattern), self.flags & ~re.IGNORECASE)

    @cached_property
    def alternatives(self) -> pattern_cache.Alternatives | None:
        """The folded pattern's list of alternatives, to run only those a text could match."""
        if not self.folds:
            return None
        return pattern_cache.alternatives(_lower_literals(self.pattern),
                                          self.flags & ~re.IGNORECASE)

    def _runs(self, text: str) -> tuple[list[re.Pattern[str]], str]:
        """The patterns to run and the text to run them on: one pattern, several (one per
        alternative that could match, whose matches `merged_matches` puts together), or
        none when nothing can match."""
        if self.folds:
            lowered = _lowered(text)
            if len(lowered) == len(text):
                alternatives = self.alternatives
                if alternatives is None:
                    anchors = self.anchors
                    if anchors is not None and not any(a in lowered for a in anchors):
                        return [], lowered
                    return [self.folded], lowered
                index = _anchor_index()
                number = self.number
                if number >= len(index.offsets) - 1:  # a phrase made after the index
                    index = _anchor_index(rebuild=True)
                mask = index.alternatives_of(number, _possible(lowered))
                if mask.bit_count() > MAX_SINGLES:
                    return [self.folded], lowered
                single, patterns = alternatives.single, []
                while mask:  # one step per alternative kept, lowest first
                    lowest = mask & -mask
                    patterns.append(single(lowest.bit_length() - 1))
                    mask ^= lowest
                return patterns, lowered
        return [self.exact], text

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        patterns, target = self._runs(text)
        if len(patterns) == 1:
            return patterns[0].finditer(target)
        return merged_matches(patterns, target) if patterns else iter(())

    def search(self, text: str) -> re.Match[str] | None:
        patterns, target = self._runs(text)
        if len(patterns) == 1:
            return patterns[0].search(target)
        return next(merged_matches(patterns, target), None) if patterns else None

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        patterns, target = self._runs(text)
        for pattern in patterns:
            found = pattern.match(target, pos)
            if found:
                return found
        return None


def merged_matches(patterns: list[re.Pattern[str]], text: str) -> Iterator[re.Match[str]]:
    """The matches of a list of alternatives, from one pattern per alternative (in the
    list's order), exactly as the list would match: at each place, the first alternative
    that matches there wins, and the search goes on from the end of the match. This holds
    when what comes before the list matches in one way only and no alternative matches the
    empty string (`pattern_cache._split` makes sure of both)."""
    upcoming = [pattern.search(text) for pattern in patterns]
    while True:
        best = None
        for found in upcoming:
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        if best is None:
            return
        yield best
        end = best.end()
        for i, found in enumerate(upcoming):
            if found is not None and found.start() < end:
                upcoming[i] = patterns[i].search(text, end)


MAX_SINGLES = 12
"""Past this many alternatives that could match, one pass of the whole pattern is quicker
(measured on the benchmark's messages: at 12, one pass per alternative still wins)."""


_index: AnchorIndex | None = None


def _anchor_index(rebuild: bool = False) -> AnchorIndex:
    """Every phrase's alternatives and their anchors, indexed once (see `AnchorIndex`)."""
    global _index
    if _index is None or rebuild:
        anchor_sets = []
        for phrase in Phrase.made:
            alternatives = phrase.alternatives
            anchor_sets.append(alternatives.clauses if alternatives is not None else [])
        _index = AnchorIndex(anchor_sets)
        _possible.cache_clear()
        _recent_wholes.clear()
    return _index


@lru_cache(maxsize=16)
def _possible(lowered: str) -> int:
    """Which alternatives of every phrase could match the text (`AnchorIndex`).

    The rules look at parts of a message (a sentence, the words after a verb) as well as the
    whole. A part contains no anchor the whole lacks, so when the text is part of one just
    indexed, that text's answer stands (it may keep a few alternatives the part cannot
    match, which costs a little time and changes no match)."""
    for whole, found in tuple(_recent_wholes):  # a copy: app sessions run in threads
        if lowered in whole:
            return found
    found = _anchor_index().possible(lowered)
    if len(lowered) >= MIN_WHOLE:
        _recent_wholes.appendleft((lowered, found))
    return found


MIN_WHOLE = 80
"""Texts at least this long are kept as wholes whose parts reuse their answer."""

_recent_wholes: deque[tuple[str, int]] = deque(maxlen=4)


@lru_cache(maxsize=16)
def _lowered(text: str) -> str:
    """The lowercased copy, made once per text: a check runs a hundred phrase patterns over
    the same message (and Python caches a string's hash, so the lookup is cheap)."""
    return text.lower()


@lru_cache(maxsize=1024)
def matches(pattern: Phrase | re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    """Every match of a pattern in a text, found once: the rules and the tone score ask about
    the same cues in the same message."""
    return tuple(pattern.finditer(text))


def _lower_literals(pattern: str) -> str:
    """Lowercase a pattern's letters but not its escapes: \\S and \\W keep their meaning."""
    folded = _ESCAPE_OR_RUN.sub(lambda m: m[0] if m[0][0] == "\\" else m[0].lower(), pattern)
    return folded.replace("(?p<", "(?P<").replace("(?p=", "(?P=")


_ESCAPE_OR_RUN = re.compile(r"\\.|[^\\]+", re.DOTALL)


def phrases(pattern: str, flags: int = 0) -> Phrase:
    return Phrase(pattern, flags)


STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your yours
    yourself yourselves i'm i've i'd i'll you're you've you'd you'll it's that's there's
    what's let's don't didn't can't won't isn't wasn't also really still even much many well
    get got getting go going make made may might must shall like love want wanted wanting
    know think one two three way ways lot lots bit little quick briefly brief sometime soon
    time minutes minute hour hours week weeks day days next last first new hope hoping
    wondering curious interested happy glad great good nice thanks thank please hi hello hey
    dear best regards cheers would-be us let see ask asking asked hear hearing learn
    learning understand share sharing talk talking chat chatting call coffee meet meeting
    connect discuss discussing catch around regarding re lmk btw tbh imo imho fyi asap pls plz
    thx ty np idk rn tmrw tmr u ur ya yeah yep ok okay haha lol""".split()
)

GENERIC = frozenset(
    """career careers path paths journey journeys experience experiences background advice tips
    insight insights thought thoughts perspective perspectives opportunity opportunities
    thing things stuff everything anything something work works job jobs role roles industry
    industries field fields company companies space world life story stories success
    successes networking network general trajectory growth goals goal plans plan future
    options option business businesses expertise knowledge wisdom brain brains mind minds
    help guidance mentorship advise pointers day-to-day daily position positions area areas
    sector domain team teams organisation organization firm amazing inspiring incredible
    impressive interesting great awesome fascinating accomplishments achievements everything
    journey profile post posts content monday tuesday wednesday thursday friday saturday sunday
    weekend morning afternoon evening tomorrow today tonight sometime month months calendar
    schedule free available convenient virtual video zoom teams phone lunch drink drinks tea
    quick nice fun later soon loved enjoyed liked admired appreciated read watched saw heard
    found thought thinking reading""".split()
)

_REQUEST_CUES_INSIDE = r"""\b(?:would|could|can|will|might)\s+(?:you|u)\b
    | \bwould\s+(?:it|that)\s+be\b
    | \b(?:are|were)\s+you\s+(?:open|up|free|available|willing|able|interested|happy|around)\b
    | \bdo\s+you\s+(?:have|mind|know|think|happen)\b
    | \b(?:i['’]?d|i\s+would)\s+(?:really\s+|so\s+|truly\s+)?(?:love|like|appreciate|welcome|value|be\s+
        (?:very\s+|really\s+|so\s+|most\s+|extremely\s+|truly\s+)?(?:grateful|glad|happy|thrilled|delighted|
        keen|curious|honou?red|thankful))\b
    | \bi\s+(?:also\s+)?wonder\s+(?:how|if|whether|what|why|which|when|who)\b
    | \bi(?:['’]m|\s+am)\s+(?:not\s+sure|unsure|curious)\s+(?:about\s+)?(?:how|if|whether|what|why
        |which|when)\b
    | \bplease\b | \bpls\b | \bplz\b | \babeg\b | \bkindly\b | \bif\s+you\s+(?:could|would|can)\b
    | \blet\s+me\s+know\b
    | \bmay\s+i\b | \bcan\s+i\b | \bcould\s+i\b
    | \bi\s+(?:was|am|['’]m)\s+wondering\b | \bi['’]?m\s+wondering\b
    | \bi\s*(?:was|am|['’]m)\s+hoping\s+(?:you|that\s+you|we|to\s+(?:hear|ask|learn|get|find|
        know|see|talk|chat|speak|understand))\b | \bwould\s+love\b | \b(?:keen|eager)\s+to\s+\w+
    | \bif\s+you['’]?re\s+up\s+for\b
    | \bany\s+(?:advice|tips|thoughts|pointers|chance)\b | \bsend\s+me\b | \blet['’]?s\b
    | \bhow\s+about\b | \bwhat\s+about\b | \bneed\s+(?:your|you\s+to)\b
    """
_REQUEST_CUES_OPENING = r"""(?:what|how|which|where|when|who|why)(?:['’]s|\s)
    | (?:reply|text\s+me|call\s+me|email\s+me|dm\s+me|click|apply|register|book|schedule|sign\s+up)\b
    """
"""What makes a sentence ask for something: a request form anywhere in it ("could you",
"please", "let me know"), or a question word or a command at its start."""
REQUEST_CUE_RE = phrases(f"{_REQUEST_CUES_INSIDE} | ^(?:{_REQUEST_CUES_OPENING})",
                         re.IGNORECASE | re.VERBOSE)
REQUEST_CUE_INSIDE_RE = phrases(_REQUEST_CUES_INSIDE, re.IGNORECASE | re.VERBOSE)
REQUEST_OPENING_RE = pattern_cache.compile(_REQUEST_CUES_OPENING, re.IGNORECASE | re.VERBOSE)
"""The two halves of `REQUEST_CUE_RE`, so a message's sentences can be read in one pass
(`Context.requests`): the first over the whole message, the second at each sentence start."""

EASY_OUT_RE = phrases(
    r"""\bno\s+(?:worries|pressure|problem|obligation|stress|rush|need|hard\s+feelings|big\s+deal)\b
    | \b(?:totally|completely|fully|entirely|perfectly)\s+(?:understand|fine|ok|okay|get\s+it)\b
    | \bi\s+(?:understand|know|realise|realize|appreciate|get)\s+(?:if|that\s+you|you['’]?re|you\s+are)
    | \bif\s+(?:you['’]?re|you\s+are)\s+(?:too\s+|very\s+|really\s+)?(?:busy|swamped|slammed|not|short|
        up\s+for|open|able|willing|happy|free|interested|around|game|keen)
    | \bif\s+you\s+(?:don['’]?t|do\s+not|can['’]?t|cannot|won['’]?t|aren['’]?t|would\s+rather)\b
    | \bif\s+you\s+(?:have|had|get|find|can\s+spare|could\s+spare)\s+(?:the\s+|any\s+|some\s+)?
        (?:time|a\s+(?:moment|minute|chance|sec|second|few\s+minutes)|bandwidth|capacity|space|
        a\s+spare\s+\w+|five\s+minutes|\d+\s+min)
    | \bif\s+(?:now|this|it|that)\s+(?:isn['’]?t|is\s+not)\b | \bif\s+(?:it['’]?s|that['’]?s|it\s+is)\s+not\b
    | \bif\s+(?:that|this|it)(?:['’]?s|\s+is|\s+would\s+be|\s+feels)\s+(?:more\s+than|too\s+much
        |not\s+(?:possible|doable|feasible))
    | (?:(?<=,)|(?<=,\s))(?:I|we)\s+(?:totally\s+|completely\s+|fully\s+)?understand\b
    | \bif\s+not\b | \beither\s+way\b | \bwhatever\s+you\s+decide\b | \bshould\s+you\s+(?:have|find|be|wish)\b
    | \bif\s+(?:it|that|the\s+timing)\s+(?:suits|works|helps|fits)\b
    | \bif\s+(?:convenient|possible|there['’]?s\s+time)\b | \bif\s+time\s+allows\b
    | \bfeel\s+(?:\w+\s+)?free\s+to\s+(?:ignore|say\s+no|decline|pass|skip|leave)\b
    | \b(?:refuse|decline|say\s+no)\s+(?:without\s+(?:any\s+)?(?:hesitation|worry|problem|concern)|freely)\b
    | \byou\s+(?:can|may|are\s+free\s+to)\s+(?:always\s+|of\s+course\s+)?(?:refuse|decline|say\s+no)\b
    | \b(?:happy|fine|ok|okay)\s+to\s+(?:wait|hear\s+no|take\s+a\s+no)\b
    | \bwhenever\s+(?:suits|works|is\s+convenient|you\s+(?:have|get|can|like|want))\b
    | \b(?:only|just)\s+if\b | \bno\s+need\s+to\s+(?:reply|respond|answer)\b
    | \bat\s+your\s+(?:convenience|leisure)\b
    | \bwhen(?:ever)?\s+you\s+(?:have|get|find)\s+a\s+(?:moment|minute|chance|sec)\b
    | \bup\s+to\s+you\b | \byour\s+call\b | \bunderstand\s+if\b | \bno\s+reply\s+needed\b
    | \b(?:a\s+)?(?:short|quick|one[- ]line|brief)\s+(?:reply|answer|note)\s+(?:is|would\s+be)\b
    | \beven\s+a\s+(?:short|quick|one[- ]line|brief)\s+(?:reply|answer|note)\b
    | \b(?:no\s+)?(?:totally|completely)?\s*fine\s+if\s+not\b | \bif\s+you['’]?d\s+rather\s+not\b
    | \b(?:don['’]?t|do\s+not)\s+(?:feel\s+(?:any\s+|at\s+all\s+)?(?:obliged|obligated|pressured|bad|
        you\s+(?:have|need)\s+to)|worry\s+(?:if|about\s+(?:replying|answering|it)))\b
    | \bif\s+there\s+is\s+no\s+time\b | \bif\s+there['’]?s\s+no\s+time\b
    | \b(?:feel\s+free\s+to\s+|just\s+|please\s+|happy\s+for\s+you\s+to\s+)ignore\b
    | \b(?:I|we)\s+(?:will|would|['’]ll|['’]d)\s+(?:completely\s+|totally\s+|fully\s+)?understand\b
    | \b(?:I|we)\s*(?:['’]ll|will|can|could)\s+(?:just\s+|always\s+|happily\s+)?(?:ask|try|check\s+with
        |go\s+to|find)\s+(?:[\w'’.-]+\s+){1,3}?instead\b
    """,
    re.IGNORECASE | re.VERBOSE,
)

NEGATION_RE = re.compile(
    r"(?:\b(?:not|never|no|without|neither|nor|nothing|none)\b|n['’]t\b)(?:\s+\w+){0,6}\s*$",
    re.IGNORECASE
)

CONTENT_WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*[^\W_]|[^\W\d_]")


def content_words(text: str) -> list[str]:
    """Lowercased words that carry meaning: not stopwords, not two letters or fewer."""
    found = []
    for m in CONTENT_WORD_RE.finditer(text):
        w = m.group().lower().replace("’", "'")
        if len(w) > 2 and w not in STOPWORDS:
            found.append(w)
    return found


FUNCTION_WORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself
    just me more most my myself no nor not now of off on once only or other our ours ourselves out
    over own same she should so some such than that the their theirs them themselves then there
    these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours yourself yourselves""".split()
)


def meaning_words(text: str) -> list[str]:
    """Lowercased words minus grammar words: unlike `content_words`, domain words such as
    "learning" or "design" stay, so "machine learning" keeps both of its words."""
    found = []
    for m in CONTENT_WORD_RE.finditer(text):
        w = m.group().lower().replace("’", "'")
        if len(w) > 2 and w not in FUNCTION_WORDS:
            found.append(w)
    return found


def specific_words(text: str) -> list[str]:
    """Content words that name something particular (not 'career', 'advice', 'journey'...)."""
    return [w for w in content_words(text) if w not in GENERIC and w.rstrip("s") not in GENERIC]


def stem(word: str) -> str:
    """A crude, fast stem: enough to match 'migrations' with 'migration', 'pricing' with 'price'."""
    w = word.lower().replace("’", "'")
    for suffix in ("'s", "ations", "ation", "ings", "ing", "ers", "er", "ies", "es", "ed", "s", "e",
                   "y"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            if suffix.startswith("er") and w[-len(suffix) - 1] in "aeiou":
                continue
            return _spelling(w[: -len(suffix)])
    return _spelling(w)


def _spelling(stemmed: str) -> str:
    """British and American spellings meet: licence/license, organise/organize."""
    return re.sub(r"nc$", "ns", stemmed.replace("iz", "is"))


DISCLAIMER_RE = re.compile(
    r"(?:\b(?:not|never|no)\b|n['’]t\b)\s+(?:\w+\s+){0,3}?(?:ask|asking|looking|expecting|expect|"
    r"want|wanting|request|requesting|after|need|needing|seeking|hoping|trying|here|writing|"
    r"reaching\s+out)\b(?:\s+[\w'’]+){0,5}?\s*$",
    re.IGNORECASE,
)


def disclaimed_before(text: str, start: int, window: int = 80) -> bool:
    """Does the sentence disclaim the ask just before it ("I'm not asking for a referral")?"""
    before = text[max(0, start - window) : start]
    for stop in ".!?\n":
        before = before.rsplit(stop, 1)[-1]
    return bool(DISCLAIMER_RE.search(before))


def negated_before(text: str, start: int, window: int = 40) -> bool:
    """Is there a "not"/"n't"/"never" shortly before `start` in the same sentence?"""
    before = text[max(0, start - window) : start]
    for stop in ".!?\n":
        before = before.rsplit(stop, 1)[-1]
    before = CONTRAST_RE.split(before)[-1]  # "no pressure at all, but I told them you would"
    return bool(NEGATION_RE.search(before))


CONTRAST_RE = pattern_cache.compile(r"\bbut\b", re.IGNORECASE)


FAVOUR_RE = phrases(
    r"""\b(?:send|share|forward|review|read|look\s+(?:at|over|through)|check|introduce|connect|
        refer|recommend|mentor|help|(?:take|have)\s+a\s+look|leverage|vouch|meet|call|chat|talk|speak|hop|jump|grab|spare|give|write|
        feedback|advice|guidance|coffee|time|minutes?|mins?|sit\s+down|walk\s+me|show\s+me)\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""Words that make a request cost the reader something beyond reading and answering."""
