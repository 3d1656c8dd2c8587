"""Tone score: which politeness strategies a message uses, and how polite it reads.

Two layers, both explainable:

1. *Strategy detectors.* Each strategy is a short list of cue phrases (matched on
   word tokens, so "thanks" never fires inside "thanksgiving") or a small regex for
   punctuation and capitals. They start from the strategies of Danescu-Niculescu-Mizil
   et al., "A computational approach to politeness" (ACL 2013) and add a few that
   matter in email to a stranger (blaming openings, "you need to", easy outs, ...).
   Every hit keeps its span: character offsets into the exact text given.
2. *A logistic regression* over the strategies (one 0/1 feature each; a few rare ones
   that do the same job share a feature, e.g. capitals, "!!" and an angry "!" are all
   "shouting"), trained by ``benchmarks/train_tone.py`` on the Stanford Politeness Corpus
   (Wikipedia requests, top vs bottom quartile). Its weights live in
   ``rapport/data/tone_weights.json``; inference here is plain Python (no numpy). A
   strategy's ``weight`` is its feature's coefficient, i.e. exactly how far it moved the
   log-odds of "a reader finds this polite".

``score`` is that probability (0..1). The checker flags a *request* as blunt when its
score is under :data:`BLUNT_THRESHOLD` (see there for why that value).
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import product
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, model_validator

from rapport.checks import pattern_cache
from rapport.models import ToneStrategy

__all__ = [
    "BLUNT_THRESHOLD",
    "LABEL_CUTOFFS",
    "STRATEGIES",
    "WARM_THRESHOLD",
    "ToneResult",
    "ToneWeights",
    "ToneWeightsError",
    "analyze",
    "detect",
    "is_request",
    "load_weights",
]

BLUNT_THRESHOLD: float = 0.21
"""Score under which a *request* reads as blunt.

Chosen for precision against human ratings by ``benchmarks/train_tone.py``: the highest
score such that, of all 4,353 Wikipedia requests scoring under it (each scored by a model
that never trained on it), at least 85% were rated below the median by the annotators.
Under 0.21: 85% are below the median, 56% are in the rudest quarter and only 3% in the
politest; the rule flags 21% of all requests and 46% of the rudest quarter. A warning that
learners see should be right about 6 times in 7, so it trades recall for precision. The
trainer stores the value in the weights file; a test keeps the two in step.
"""

WARM_THRESHOLD: float = 0.75
"""Score from which a message reads "warm and respectful": the same rule from above (85% of
Wikipedia requests scoring 0.75 or more were rated above the median)."""

LABEL_CUTOFFS: tuple[tuple[float, str], ...] = (
    (WARM_THRESHOLD, "warm and respectful"),
    (0.5, "polite"),
    (BLUNT_THRESHOLD, "neutral"),
    (0.0, "blunt"),
)
"""(lowest score, label), highest first; a score gets the first label whose cut-off it reaches.

* >= 0.75 (WARM_THRESHOLD) "warm and respectful": 85% of such requests were rated above
  the median.
* >= 0.50 "polite": more likely to be read as polite than not.
* >= 0.21 (BLUNT_THRESHOLD) "neutral": leans impolite, but too close to call.
* < 0.21 "blunt": 85% of such requests were rated below the median.
"""

Where = Literal["any", "start", "rest", "qstart", "cmdend", "opening"]
"""Where a cue must sit in its sentence.

``start``: first word of a sentence (or the first word after an opening "Hi Sam,").
``rest``: anywhere but there. ``qstart``: first word of a sentence that ends with a question
mark. ``cmdend``: last word of a sentence that is not a question. ``opening``: like
``start``, but not a bare "Hello??" (a one- or two-word question).
"""

WEIGHTS_PATH = Path(__file__).resolve().parent.parent / "data" / "tone_weights.json"


# --- Strategy catalogue -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Strategy:
    """One politeness strategy: what it is called and the words that show it."""

    name: str
    label: str
    phrases: tuple[str, ...] = ()
    where: Where = "any"
    not_followed_by: frozenset[str] = frozenset()
    excludes: tuple[str, ...] = ()
    """Drop this strategy's hits that overlap a hit of these strategies."""
    requires: frozenset[str] = frozenset()
    """If set, a hit only counts in a sentence where one of these strategies also fires."""
    feature: str = ""
    """The model feature it feeds (default: its own name). Rare strategies that do the same
    job share one feature, so their weight is learned from enough examples."""

    @property
    def model_feature(self) -> str:
        return self.feature or self.name


def _alt(words: str) -> str:
    """"a b c" -> "(a|b|c)", a one-of group for :func:`_phrases`."""
    return "(" + "|".join(words.split()) + ")"


def _expand(pattern: str) -> list[str]:
    """"why (did|didn't) you" -> ["why did you", "why didn't you"]; "(just|)" is optional."""
    parts = re.split(r"(\([^)]*\))", pattern)
    options = [p[1:-1].split("|") if p.startswith("(") else [p] for p in parts]
    return [" ".join("".join(combo).split()) for combo in product(*options)]


def _phrases(*patterns: str) -> tuple[str, ...]:
    out: list[str] = []
    for pattern in patterns:
        out.extend(_expand(pattern))
    return tuple(dict.fromkeys(p for p in out if p))


_SUBJECTS = frozenset({"i", "you", "u", "we", "they", "he", "she", "ya", "there", "anyone"})
_PRAISE = _alt(
    "great good nice excellent wonderful fantastic impressive brilliant fascinating "
    "interesting lovely awesome amazing superb terrific thoughtful insightful"
)
_WORK = _alt(
    "work job question point article talk post piece idea catch writeup write-up paper "
    "project answer suggestion presentation essay thread research book podcast episode "
    "analysis explanation summary"
)
_AUX = _alt(
    "didn't didnt don't dont haven't havent hasn't won't wont can't cant couldn't "
    "wouldn't isn't aren't weren't did would are were do does have is"
)
_NEG_AUX = _alt("can't cant won't wont don't dont didn't didnt aren't haven't shouldn't")
_COMMANDS = _alt(
    "send fix give tell stop explain answer read check look remove change put go add show "
    "provide reply respond call email write delete revert undo move keep leave take bring "
    "quit learn get make do don't dont forward update review finish hurry cut drop stay "
    "cease refrain sign share return restore replace correct come clean justify prove "
    "admit listen"
)
_YOU = _alt("you u ya")
_DIRECTIVES = frozenset(
    {"imperative_start", "please", "please_start", "you_need_to", "indicative_modal",
     "counterfactual_modal"}
)

_STRETCHED_GREETINGS = ("heyy", "heyyy", "heyyyy", "hii", "hiii", "hiiii", "helloo", "hellooo",
                        "hiyaa", "heyo")
"""Greetings typed the way friends and coworkers text: "heyyy Liam", "hiii". Read as "hey"
and "hi", so a stretched hello softens a request as the plain one does."""
_GREETINGS = ("hi", "hello", "hey", "dear", "greetings", "howdy", "hiya", "heya",
              *_STRETCHED_GREETINGS)
"""One-word greetings: the greeting strategy's words, and where a greeting opens a clause."""

STRATEGIES: tuple[Strategy, ...] = (
    Strategy(
        "gratitude",
        "thanks the reader",
        _phrases(
            "thank", "thanks", "thanx", "thx", "thankful", "thankyou", "appreciate",
            "appreciated", "appreciation", "grateful", "gratitude",
        ),
        excludes=("sarcasm", "scolding_command"),
    ),
    Strategy(
        "apologizing",
        "apologises",
        _phrases(
            "sorry", "apologies", "apology", "apologize", "apologise", "apologizing",
            "apologising", "forgive me", "pardon", "oops", "woops", "whoops", "my bad",
            "my mistake", "i regret", "excuse me (for|but)",
            "(sorry|apologies) if this is a (silly|stupid|dumb|naive|basic) question",
        ),
    ),
    Strategy("please_start", "opens with a bare 'please'", ("please", "pls", "plz"), "start"),
    Strategy("please", "says please", ("please", "pls", "plz"), "rest"),
    Strategy(
        "deference",
        "praises the reader's work",
        _phrases(
            f"{_PRAISE} {_WORK}", "well done", "kudos", "congratulations", "congrats",
            "i admire", "i (really|) (enjoyed|loved|liked) (your|the)",
            "(really|) (enjoyed|loved) (reading|hearing|listening|watching)",
        ),
    ),
    Strategy(
        "deference_start",
        "opens with praise",
        _phrases(_PRAISE),
        "start",
        excludes=("deference", "greeting", "sarcasm"),
        feature="deference",
    ),
    Strategy(
        "greeting",
        "greets the reader",
        _phrases(*_GREETINGS, "good (morning|afternoon|evening)"),
        "opening",
    ),
    Strategy(
        "well_wishing",
        "wishes the reader well",
        _phrases(
            "(i|) hope (you're|you are|you've been|you have been|all is|this finds you|"
            "your week|your day|things are) (well|doing well|good|great|going well|ok|okay|)",
            "happy (holidays|new year|birthday|friday|monday)",
            "have a (great|good|nice|lovely) (day|week|weekend|evening)", "best wishes",
            "all the best", "take care", "how (are|have) you (been|doing)",
            "(are|is) (you|everything) (ok|okay|alright|all right)",
        ),
        not_followed_by=frozenset({"of"}),
        feature="greeting",
    ),
    Strategy(
        "hedges",
        "hedges ('I think', 'perhaps')",
        _phrases(
            "i (think|thought|guess|suppose|believe|feel|suspect|assume|presume|reckon)",
            "(i'm|i am|) not (sure|certain)", "unsure", "perhaps", "maybe", "might",
            "possibly", "probably", "presumably", "apparently", "seems", "seem", "seemed",
            "appears", "sort of", "kind of", "somewhat", "a bit", "a little", "likely",
            "i wonder", "it looks like", "roughly", "out of curiosity", "just curious",
            "(a|one) quick question", "just (a|one) (quick|) question", "may",
            "(this|it) (may|might) be a (silly|stupid|dumb|naive|basic) question",
        ),
        excludes=("ask_permission",),
    ),
    Strategy(
        "counterfactual_modal",
        "asks with 'could you' / 'would you'",
        _phrases(f"(could|would|might) {_YOU}"),
    ),
    Strategy(
        "indicative_modal",
        "asks with 'can you' / 'will you'",
        _phrases(f"(can|will) {_YOU}"),
    ),
    Strategy(
        "indirect_request",
        "asks indirectly ('I was wondering if...')",
        _phrases(
            "(i was|i'm|i am|was|just) wondering", "wondering (if|whether)",
            "would it be (possible|ok|okay|alright)", "is it (possible|ok|okay)",
            "(would|could) you be (willing|able|interested|open)",
            "do you think you (could|might|would)", "if you (could|would|might)",
            "(would|do) you mind", "i (was|am) hoping", "i'm hoping", "hoping you",
            "(i'd|i would) love (to|your)", "(it|that) would be (great|nice|helpful|wonderful)",
            "(i'd|i would) be (grateful|glad|happy|delighted)",
            "(is there|) any chance", "(are|were) you (willing|able|interested|open) to",
        ),
    ),
    Strategy(
        "ask_permission",
        "asks permission ('May I...')",
        _phrases(
            "may i", "might i", "could i", "can i ask", "mind if i", "may we",
            "(would|is) it (be|) (ok|okay|alright|all right) if (i|we)",
            "(if|is) (that's|that is|it's|it is|that|it|this) (ok|okay|alright|all right)",
        ),
    ),
    Strategy(
        "asks_opinion",
        "asks for the reader's view",
        _phrases(
            "what do you think", "what (are|were) your thoughts", "any thoughts",
            "(your|any) (thoughts|opinion|opinions|views|view|take|advice|suggestions)",
            "any objections", "what would you (suggest|recommend|advise|do)",
            "do you think", "would you agree", "what's your take", "how would you",
        ),
    ),
    Strategy(
        "offer_help",
        "offers something in return",
        _phrases(
            "is there anything (else|) (i|we) can", "(do|would) you (want|like) me to",
            "would you like", "let me know if (you|there)", "(happy|glad) to help",
            "do you want me to",
            "if you need anything", "(i|we) (can|could) (help|send|share)", "feel free to",
            "i'd be happy to", "i would be happy to",
        ),
    ),
    Strategy(
        "by_the_way",
        "raises it in passing ('by the way')",
        _phrases(
            "by the way", "btw", "incidentally", "on a side note", "on another note",
            "as an aside", "unrelated",
        ),
    ),
    Strategy(
        "direct_question",
        "opens with a direct question ('What...?')",
        _phrases("what", "who", "whom", "whose", "where", "when", "which", "how"),
        "qstart",
    ),
    Strategy("why_question", "asks 'why...?'", ("why",), "qstart"),
    Strategy(
        "blaming_question",
        "asks a blaming question ('Why didn't you...')",
        _phrases(
            f"why {_AUX} {_YOU}", "why (on earth|the hell|the heck)", "how (dare|come) you",
            "what (the hell|the heck|the fuck|is wrong with you|'s wrong with you)",
            "did you (even|not)", "do you (even|not) (know|read|understand|care|realize)",
            "have you (even|not)", "are you (serious|kidding|joking|blind|deaf)",
            "what were you thinking", "how many times", f"{_NEG_AUX} {_YOU}",
            f"(do|did|are|were|would|have) {_YOU} really",
            "(what|why|how|where) exactly",
        ),
    ),
    Strategy(
        "direct_start",
        "starts abruptly ('So', 'Then')",
        _phrases("so", "then", "and", "but", "or", "well", "now", "ok so", "okay so"),
        "start",
    ),
    Strategy(
        "first_person_start",
        "starts with 'I' or 'my'",
        _phrases("i", "my", "me", "mine", "i'm", "i've", "i'd", "i'll", "im", "ive"),
        "start",
    ),
    Strategy(
        "first_person",
        "talks about themselves ('I', 'my')",
        _phrases("i", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"),
        "rest",
    ),
    Strategy(
        "first_person_plural",
        "says 'we' / 'us'",
        _phrases(
            "we", "our", "us", "ours", "ourselves", "we're", "we've", "we'd", "we'll", "let's",
        ),
    ),
    Strategy(
        "second_person_start",
        "starts with 'you' / 'your'",
        _phrases(
            "you", "your", "you're", "you've", "you'd", "you'll", "yours", "u", "ur", "youre",
        ),
        "start",
    ),
    Strategy(
        "second_person",
        "addresses the reader ('you')",
        _phrases(
            "you", "your", "you're", "you've", "you'd", "you'll", "yours", "yourself", "u",
            "ur", "youre",
        ),
        "rest",
    ),
    Strategy(
        "factuality",
        "insists on facts ('actually', 'in fact')",
        _phrases(
            "in fact", "actually", "the point is", "the (reality|truth|fact) is", "obviously",
            "clearly", "frankly", "in reality", "as a matter of fact",
        ),
    ),
    Strategy(
        "imperative_start",
        "opens with a command ('Send me...')",
        _phrases(f"(just|now|) {_COMMANDS}"),
        "start",
        not_followed_by=_SUBJECTS,
    ),
    Strategy(
        "you_need_to",
        "tells the reader what they must do",
        _phrases(
            f"{_YOU} (need|needs|have|has|ought|got) to", f"{_YOU} (must|should|better|gotta)",
            "you'd better", "you've got to", "(you'll|you will) (need|have) to",
            "i (need|want) you to", "i expect you to", "i demand", f"make sure {_YOU}",
        ),
    ),
    Strategy(
        "urgency",
        "demands it fast ('ASAP', 'right now')",
        _phrases(
            "asap", "as soon as possible", "immediately", "right now", "right away", "urgent",
            "urgently", "at once", "by (tomorrow|tonight|today|eod)", "by end of (day|week)",
            "without delay",
        ),
        requires=_DIRECTIVES,
        feature="you_need_to",
    ),
    Strategy(
        "urgency_now",
        "demands it now",
        ("now",),
        "cmdend",
        excludes=("urgency",),
        requires=_DIRECTIVES,
        feature="you_need_to",
    ),
    Strategy(
        "accusation",
        "accuses or scolds the reader",
        _phrases(
            f"{_YOU} (keep|always|never|failed|refuse|refused|ignored|ignore|clearly|obviously)",
            "you didn't even", "your fault", "you don't (care|listen|understand|read)",
            "you have no (idea|right)", "stop (it|this|that|doing|wasting|ignoring)",
            "seriously", "whatever", "(for god's|for gods|for heaven's|for pete's) sake",
            "jeez", "geez", "good grief", "come on", "(i've|i have) had enough", "enough of",
            "(once|yet) again", "for the (last|third|second|hundredth) time",
        ),
        excludes=("blaming_question",),
    ),
    Strategy(
        "sarcasm",
        "is sarcastic ('thanks for nothing')",
        _phrases(
            "thanks for nothing", "thanks (i|,) guess", "(oh|) great (another|more)",
            "wow (you|u) (managed|really|actually)", "per my (last|previous|earlier)",
            "as (i|i've|i have) (already|previously) (said|mentioned|explained|told you)",
            "instead of wasting", "(nice|great|good) job (breaking|ignoring|missing)",
            "thanks a lot for nothing", "how (hard|difficult) (is|can) it be",
            "not rocket science",
        ),
        feature="accusation",
    ),
    Strategy(
        "scolding_command",
        "tells the reader off ('Read the docs')",
        _phrases(
            "(just|) read the (docs|manual|documentation|question|instructions)",
            "next time (read|include|try|check|think)", "figure it out (yourself|on your own)",
            "do your (own|) (homework|research)", "(just|) google it", "learn to (read|search)",
        ),
        "start",
        feature="accusation",
    ),
    Strategy(
        "easy_out",
        "makes it easy to say no",
        _phrases(
            "no (worries|problem|pressure|obligation) if (not|you can't|you cannot|you don't)",
            "no (worries|problem|pressure|obligation) if (you're|it's)",
            "(if|and if) not (no worries|no problem|that's fine|that's ok|totally fine)",
            "no pressure", "no obligation", "feel free to (ignore|decline|say no|pass|skip)",
            "(i|i'd|i would|i'll|i will) (totally|completely|fully|) understand if",
            "(totally|completely) understand if", "if (you're|you are) (too|) busy",
            "if you don't have (time|the time|the bandwidth)", "(it's|that's) (totally|) fine if",
            "either way", "if it's not (possible|convenient)", "if you'd rather not",
            "if (you're|you are) not (able|interested|comfortable)",
            "if you (want|like|wish|prefer|'d like|would like|'re interested|are interested)",
        ),
        excludes=("offer_help",),
        feature="indirect_request",
    ),
    Strategy(
        "when_convenient",
        "lets the reader pick the time",
        _phrases(
            "(when|whenever|if) you (have|get|find) (a|the|some|) "
            "(moment|minute|chance|time|sec|second|few minutes)",
            "whenever (you can|convenient|it suits)", "at your (earliest|) convenience",
            "no (rush|hurry)", "in your own time", "when (convenient|it suits you)",
            "if you have a spare",
        ),
        feature="indirect_request",
    ),
    Strategy(
        "positive_lexicon",
        "uses warm words",
        _phrases(
            "good", "great", "nice", "excellent", "wonderful", "helpful", "useful", "glad",
            "happy", "pleased", "love", "loved", "enjoy", "enjoyed", "interesting",
            "fascinating", "impressive", "impressed", "awesome", "brilliant", "fantastic",
            "kind", "welcome", "best", "perfect", "cool", "fun", "valuable", "insightful",
            "thoughtful", "inspiring", "inspired", "amazing", "beautiful", "lovely", "hope",
            "hopefully", "excited", "curious", "thorough", "clever", "generous", "delighted",
            "admire", "cheers", "wow", "enjoying", "favorite", "favourite",
            "no worries", "no problem", "sure thing", "my pleasure",
        ),
        excludes=("deference", "deference_start", "well_wishing", "greeting", "easy_out",
                  "sarcasm"),
    ),
    Strategy(
        "negative_lexicon",
        "uses harsh words",
        _phrases(
            "wrong", "bad", "stupid", "ridiculous", "nonsense", "useless", "terrible", "awful",
            "horrible", "pathetic", "idiot", "idiotic", "idiots", "dumb", "crap", "crappy",
            "damn", "hell", "hate", "annoying", "annoyed", "lazy", "rude", "incompetent",
            "incorrect", "lie", "lies", "lying", "liar", "offensive", "absurd", "silly",
            "worst", "mess", "waste", "unacceptable", "disappointed", "disappointing",
            "frustrating", "frustrated", "angry", "mad", "garbage", "joke", "biased",
            "destroy", "destroyed", "ruin", "ruined", "accuse", "accused", "accusing",
            "attack", "attacking", "abuse", "blame", "fault", "shame", "sucks", "bullshit",
            "wtf", "jerk", "ignorant", "arrogant", "insulting", "insult", "pointless",
            "worse", "complain", "complaint", "ugh", "sick", "nasty", "shit", "fuck",
            "fucking", "screw", "screwed", "moron", "lame", "poor", "poorly", "ugly",
            "refuse", "refused", "annoy", "hostile",
        ),
        excludes=("accusation", "blaming_question", "easy_out", "apologizing", "hedges"),
    ),
    Strategy(
        "negation",
        "frames it negatively at the reader ('you didn't')",
        _phrases(
            "not", "no", "never", "nothing", "nobody", "none", "cannot", "don't", "doesn't",
            "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't",
            "couldn't", "shouldn't", "haven't", "hasn't", "hadn't", "dont", "didnt", "cant",
            "wont", "doesnt", "isnt", "havent",
        ),
        excludes=("easy_out", "blaming_question", "positive_lexicon", "accusation", "hedges",
                  "when_convenient", "indirect_request"),
        requires=frozenset({"second_person", "second_person_start", "indicative_modal",
                            "counterfactual_modal", "you_need_to"}),
    ),
    Strategy("all_caps", "shouts in capitals", feature="shouting"),
    Strategy("emphatic_punctuation", "piles up '!!' or '?!'", feature="shouting"),
    Strategy("angry_exclamation", "ends a command or complaint with '!'", feature="shouting"),
    Strategy("exclamation", "sounds upbeat ('!')"),
    Strategy("smiley", "adds a smiley"),
)
"""The catalogue, in a fixed order."""

STRATEGY_NAMES: tuple[str, ...] = tuple(s.name for s in STRATEGIES)
FEATURE_NAMES: tuple[str, ...] = tuple(dict.fromkeys(s.model_feature for s in STRATEGIES))
"""The model's features, in a fixed order (the weights file is keyed by these)."""
_FEATURE_OF: dict[str, str] = {s.name: s.model_feature for s in STRATEGIES}
_BY_NAME: dict[str, Strategy] = {s.name: s for s in STRATEGIES}
_NUMBER: dict[str, int] = {s.name: n for n, s in enumerate(STRATEGIES)}
_REQUIRES: tuple[frozenset[str], ...] = tuple(s.requires for s in STRATEGIES)
_NOT_FOLLOWED_BY: tuple[frozenset[str], ...] = tuple(s.not_followed_by for s in STRATEGIES)
_ANGRY_SOURCES = frozenset(
    {"imperative_start", "you_need_to", "accusation", "negative_lexicon", "blaming_question",
     "urgency", "urgency_now", "all_caps"}
)


# --- Compiled matchers --------------------------------------------------------------------

_SENTENCE_RE = pattern_cache.compile(r"[^.!?\n]*(?:[.!?]+[\"'’”)\]]*|\n|$)")
_TOKEN_RE = pattern_cache.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_CAPS_RUN_RE = pattern_cache.compile(r"\b[A-Z]+(?:['’][A-Z]+)?(?:[ \t]+[A-Z]+(?:['’][A-Z]+)?\b)+")
_SHOUT_TEXT = (
    "I A ME MY YOU YOUR IT IS ARE AM WAS THIS THAT THE TO OF AND OR NOT NO NOW DO DON'T "
    "DID WHY WHAT HOW STOP NEVER ALWAYS MUST READ WRONG AGAIN PLEASE ANSWER FIX HELP"
)
_SHOUT_WORDS = frozenset(_SHOUT_TEXT.split())
"""A run of capitals is shouting if it holds an everyday word ("WHY IS THIS"); acronym pairs
such as "REST API" are not."""
_CAPS_WORD_RE = pattern_cache.compile(
    r"\b(?:NOW|NOT|STOP|NEVER|WHY|MUST|DON['’]T|ALWAYS|WRONG|AGAIN|IMMEDIATELY)\b"
)
_MASK_RE = pattern_cache.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)
"""Links and email addresses: blanked (same length) so their dots and '?' are not prose."""
_EMPHATIC_RE = pattern_cache.compile(r"[!?]{2,}")
_SMILEY_RE = pattern_cache.compile(r"(?<!\w)[:;=]-?[)D\]P](?!\w)|[\U0001F600-\U0001F642\U0001F917\u263A]")
_CLAUSE_BREAK_RE = pattern_cache.compile(r"[,:;\u2013\u2014]|\s-\s")
_GREETING_WORDS = frozenset(_GREETINGS)
_REQUEST_RE = pattern_cache.compile(
    r"\?|\b(?:let me know|i need|i want|i(?:['’]d| would) (?:like|love|appreciate)|"
    r"it would be great if|do let me)\b"
    r"|(?:^|[.!\n]\s*)(?:how|what|which|why|where|when|who)\s+(?:do|did|does|is|are|was|were|should"
    r"|would|can|could)\b[^.?!\n]{0,80}\.(?=\s|$)",
    re.IGNORECASE,
)
"""A question mark, a stated need, or a question typed with a full stop ("how did you do
it.", "Which is better."): the clipped way a question reads as a demand."""
_REQUEST_STRATEGIES = frozenset(
    {"please", "please_start", "counterfactual_modal", "indicative_modal", "indirect_request",
     "ask_permission", "imperative_start", "you_need_to", "when_convenient", "easy_out"}
)


class _Node:
    """A word trie: ``children`` by next word, ``ends`` = strategies whose phrase ends here."""

    __slots__ = ("children", "ends")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.ends: list[tuple[int, Where]] = []


def _build_trie() -> dict[str, _Node]:
    """All cue phrases in one trie, so most words cost a single dict miss."""
    root = _Node()
    for number, strategy in enumerate(STRATEGIES):
        for phrase in strategy.phrases:
            node = root
            for word in phrase.replace("’", "'").split():
                node = node.children.setdefault(word, _Node())
            node.ends.append((number, strategy.where))
    return root.children


_TRIE = _build_trie()


# --- Detection ----------------------------------------------------------------------------

Span = tuple[int, int]


@dataclass(slots=True)
class _Sentence:
    start: int
    end: int
    words: list[str]
    spans: list[Span]
    starts: frozenset[int]
    question: bool
    bang: bool


def _sentences(text: str) -> Iterator[_Sentence]:
    folded = text.lower().replace("’", "'")
    if len(folded) != len(text):  # lowercasing moved something ('İ'): word by word instead
        folded = ""
    # One pass over the whole text finds every word: a word never runs past a sentence's
    # end ('.', '!', '?' and line breaks are not word characters), so each sentence takes
    # the words that start before it ends.
    found = list(_TOKEN_RE.finditer(folded or text))
    all_words = [m.group() for m in found]
    if not folded:
        all_words = [w.lower().replace("’", "'") for w in all_words]
    all_spans = [m.span() for m in found]
    starts = [span[0] for span in all_spans]
    first = 0
    for match in _SENTENCE_RE.finditer(text):
        start, end = match.span()
        if start == end:
            continue
        last = bisect_left(starts, end, first)
        if last == first:
            continue
        words, spans = all_words[first:last], all_spans[first:last]
        first = last
        tail = match.group().rstrip("\"'’”)] \t\r\n")
        yield _Sentence(
            start, end, words, spans, _clause_starts(text, words, spans),
            tail.endswith("?"), tail.endswith("!"),
        )


def _clause_starts(text: str, words: list[str], spans: list[Span]) -> frozenset[int]:
    """Word 0, plus the first word after an opening greeting ("Hi Sam, please ...")."""
    if words[0] not in _GREETING_WORDS or len(words) < 2:
        return frozenset({0})
    limit = min(len(spans), 5)
    for i in range(1, limit):
        if _CLAUSE_BREAK_RE.search(text, spans[i - 1][1], spans[i][0]):
            return frozenset({0, i})
    return frozenset({0})


def _position_ok(where: Where, sentence: _Sentence, first: int, last: int) -> bool:
    if where == "any":
        return True
    if where == "start":
        return first in sentence.starts
    if where == "rest":
        return first not in sentence.starts
    if where == "opening":
        return first in sentence.starts and not (sentence.question and len(sentence.words) < 3)
    if where == "cmdend":
        return not sentence.question and last == len(sentence.words) - 1
    return sentence.question and first in sentence.starts


def _walk(words: list[str], i: int) -> list[tuple[list[tuple[int, Where]], int]]:
    """Every cue phrase starting at word i: (strategies ending there, last word), longest first."""
    found: list[tuple[list[tuple[int, Where]], int]] = []
    node = _TRIE.get(words[i])
    j = i
    while node is not None:
        if node.ends:
            found.append((node.ends, j))
        j += 1
        node = node.children.get(words[j]) if j < len(words) else None
    found.reverse()
    return found


def _match_sentence(sentence: _Sentence, hits: list[list[Span]]) -> None:
    words, spans = sentence.words, sentence.spans
    last_word: dict[int, int] = {}
    local: dict[int, list[Span]] = {}
    for i, word in enumerate(words):
        if word not in _TRIE:
            continue
        for ends, last in _walk(words, i):
            for number, where in ends:
                if last_word.get(number, -1) >= i or not _position_ok(where, sentence, i, last):
                    continue
                if last + 1 < len(words) and words[last + 1] in _NOT_FOLLOWED_BY[number]:
                    continue
                last_word[number] = last
                local.setdefault(number, []).append((spans[i][0], spans[last][1]))
    for number, found in local.items():
        needs = _REQUIRES[number]
        if needs and not any(_NUMBER[name] in local for name in needs):
            continue
        hits[number].extend(found)


def _punctuation(text: str, sentences: list[_Sentence], hits: list[list[Span]]) -> None:
    """Capitals, '!!', smileys, and whether each '!' sentence sounds angry or upbeat."""
    index = _NUMBER
    hits[index["all_caps"]].extend(_shouting(text))
    hits[index["emphatic_punctuation"]].extend(m.span() for m in _EMPHATIC_RE.finditer(text))
    hits[index["smiley"]].extend(m.span() for m in _SMILEY_RE.finditer(text))
    angry_sources = [hits[index[name]] for name in _ANGRY_SOURCES]
    for sentence in sentences:
        if not sentence.bang:
            continue
        bang = text.rindex("!", sentence.start, sentence.end)
        inside = any(
            sentence.start <= s < sentence.end for spans in angry_sources for s, _ in spans
        )
        name = "angry_exclamation" if inside else "exclamation"
        hits[index[name]].append((bang, bang + 1))


def _shouting(text: str) -> list[Span]:
    runs = [
        m.span()
        for m in _CAPS_RUN_RE.finditer(text)
        if not _SHOUT_WORDS.isdisjoint(m.group().replace("’", "'").split())
    ]
    words = [m.span() for m in _CAPS_WORD_RE.finditer(text) if not _overlaps(m.span(), runs)]
    return sorted(runs + words)


def mask_links(text: str) -> str:
    """``text`` with links and email addresses blanked out; offsets are unchanged."""
    if "://" not in text and "www." not in text and "@" not in text:
        return text
    return _MASK_RE.sub(lambda m: " " * len(m.group()), text)


def _overlaps(span: Span, others: Iterable[Span]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


def _apply_excludes(hits: list[list[Span]]) -> None:
    index = _NUMBER
    for number, strategy in enumerate(STRATEGIES):
        if not strategy.excludes or not hits[number]:
            continue
        blockers = [span for name in strategy.excludes for span in hits[index[name]]]
        if blockers:
            hits[number] = [s for s in hits[number] if not _overlaps(s, blockers)]


def detect(text: str) -> dict[str, list[Span]]:
    """Every strategy found in ``text``: name -> spans (``text[start:end]`` is the cue)."""
    text = mask_links(text)
    hits: list[list[Span]] = [[] for _ in STRATEGIES]
    sentences = list(_sentences(text))
    for sentence in sentences:
        _match_sentence(sentence, hits)
    _apply_excludes(hits)
    _punctuation(text, sentences, hits)
    return {STRATEGY_NAMES[n]: spans for n, spans in enumerate(hits) if spans}


def features(found: dict[str, list[Span]]) -> set[str]:
    """The model features that a :func:`detect` result switches on (each counts once)."""
    return {_FEATURE_OF[name] for name in found}


def is_request(text: str) -> bool:
    """True if ``text`` asks for something: a question, or a request or imperative form."""
    if _REQUEST_RE.search(mask_links(text)):
        return True
    return not _REQUEST_STRATEGIES.isdisjoint(detect(text))


# --- Weights ------------------------------------------------------------------------------


class ToneWeightsError(RuntimeError):
    """The tone weights file is missing or malformed (rerun benchmarks/train_tone.py)."""


class ToneWeights(BaseModel):
    """The trained model, as stored in ``rapport/data/tone_weights.json``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: Literal[1]
    trained_on: str
    intercept: float
    coefficients: dict[str, float]
    blunt_threshold: float = Field(gt=0.0, lt=1.0)
    warm_threshold: float = Field(gt=0.0, lt=1.0)
    threshold_note: str
    cv_accuracy: float = Field(ge=0.0, le=1.0)
    n_train: int = Field(gt=0)

    @model_validator(mode="after")
    def _names_match_catalogue(self) -> ToneWeights:
        missing = sorted(set(FEATURE_NAMES) - set(self.coefficients))
        unknown = sorted(set(self.coefficients) - set(FEATURE_NAMES))
        if missing or unknown:
            raise ValueError(
                f"coefficients do not match the strategy catalogue "
                f"(missing: {missing}, unknown: {unknown}); retrain with benchmarks/train_tone.py"
            )
        if not all(math.isfinite(v) for v in self.coefficients.values()):
            raise ValueError("coefficients must be finite numbers")
        return self


def load_weights(path: Path | None = None) -> ToneWeights:
    """Read and validate a weights file (the packaged one by default)."""
    where = Path(path) if path is not None else WEIGHTS_PATH
    try:
        raw = where.read_text("utf-8")
    except OSError as exc:
        raise ToneWeightsError(
            f"tone weights not found at {where}; run benchmarks/train_tone.py to create them"
        ) from exc
    try:
        return ToneWeights.model_validate(json.loads(raw))
    except (json.JSONDecodeError, ValidationError) as exc:
        raise ToneWeightsError(f"tone weights file is malformed: {exc}") from exc


@cache
def _weights() -> ToneWeights:
    return load_weights()


# --- Scoring ------------------------------------------------------------------------------


class ToneResult(BaseModel):
    """How polite a message reads, and why."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    score: float = Field(ge=0.0, le=1.0)
    """Probability that a reader finds the message polite."""
    label: str
    strategies: list[ToneStrategy] = Field(default_factory=list)
    """Every strategy hit, in text order. A model feature counts once in the score, however
    many times (and through however many of its strategies) it appears; each hit carries
    the feature's full weight."""

    def top(self, n: int = 3) -> list[ToneStrategy]:
        """The ``n`` strategies that moved the score most, strongest first.

        One entry (the first hit) per model feature, since that is what the score counts.
        """
        seen: dict[str, ToneStrategy] = {}
        for hit in self.strategies:
            seen.setdefault(_FEATURE_OF.get(hit.strategy, hit.strategy), hit)
        ranked = sorted(seen.values(), key=lambda h: (-abs(h.weight), h.start, h.strategy))
        return ranked[: max(n, 0)]


def label_for(score: float) -> str:
    """The plain-language label for a score (see :data:`LABEL_CUTOFFS`)."""
    for cutoff, label in LABEL_CUTOFFS:
        if score >= cutoff:
            return label
    return LABEL_CUTOFFS[-1][1]


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


COACHING_CUES: tuple[tuple[str, str, float], ...] = (
    ("DEBT_RE", "frames a favour as a debt", 0.15),
    ("CONFRONT_RE", "puts them on trial", 0.15),
    ("SARCASM_RE", "sarcasm", 0.15),
    ("JAB_RE", "a dig dressed as politeness", 0.15),
    ("SCARE_QUOTES_RE", "sarcasm", 0.15),
    ("PRESUME_RE", "takes their yes for granted", 0.35),
)
"""(cue in `rapport.checks.cues`, label, highest score it allows). The politeness corpus has
almost no guilt trips or debts in it, so the model cannot learn that they are rude, and a
friendly "Hi" would carry them into "polite". A coach hears them at once: each caps the
score, whatever else the message does. Guilt, debts, confrontation and sarcasm cap it under
the blunt threshold; an order or a presumed yes caps it at neutral. Guilt is found by
`cues.guilt`, as the pressure rule finds it, so "no worries if you don't reply" is an easy
out to both."""
GUILT_CAP = 0.15
COMMAND_CAP = 0.35


def coaching_cues(text: str) -> list[tuple[str, str, float, int, int]]:
    """(name, label, cap, start, end) for every coaching cue in `text`."""
    from rapport.checks import cues
    from rapport.checks.rules.vocabulary import matches

    found = [
        (name.removesuffix("_RE").lower(), label, cap, m.start(), m.end())
        for name, label, cap in COACHING_CUES
        for m in matches(getattr(cues, name), text)
    ]
    found += [("guilt", "makes them feel guilty", GUILT_CAP, start, end)
              for start, end in cues.guilt(text)]
    found += [("command", "gives an order", COMMAND_CAP, start, end)
              for start, end in cues.commands(text)]
    return found


def analyze(text: str) -> ToneResult:
    """Score how polite ``text`` reads and list the strategies behind the score.

    The model's probability comes first; a coaching cue (guilt, a debt, a confrontation,
    sarcasm, an order) then caps it, and is listed with the log-odds it took away."""
    weights = _weights()
    coefficients = weights.coefficients
    found = detect(text)
    z = weights.intercept + sum(coefficients[f] for f in features(found))
    score = _sigmoid(z)
    strategies = [
        {"strategy": name, "label": _BY_NAME[name].label, "field": "body", "start": start,
         "end": end, "direction": "raises" if coefficients[_FEATURE_OF[name]] >= 0 else "lowers",
         "weight": coefficients[_FEATURE_OF[name]]}
        for name, spans in found.items()
        for start, end in spans
    ]
    cues_found = coaching_cues(text)
    if cues_found:
        cap = min(cap for _, _, cap, _, _ in cues_found)
        capped = min(score, cap)
        drop = _logit(capped) - _logit(score) if capped < score else 0.0
        strategies += [
            {"strategy": name, "label": label, "field": "body", "start": start, "end": end,
             "direction": "lowers", "weight": round(min(drop, -0.01), 4)}
            for name, label, _, start, end in cues_found
        ]
        score = capped
    strategies.sort(key=lambda s: (s["start"], s["end"], s["strategy"]))
    return ToneResult(score=score, label=label_for(score),
                      strategies=_STRATEGY_LIST.validate_python(strategies))


_STRATEGY_LIST = TypeAdapter(list[ToneStrategy])
"""Validates a message's dozens of strategies in one call: three times quicker than one
model at a time."""


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))
