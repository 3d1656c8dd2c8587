"""The tone score: strategy detectors, the weights file, and the model's sanity."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.checks import tone
from rapport.checks.tone import (
    BLUNT_THRESHOLD,
    STRATEGY_NAMES,
    WARM_THRESHOLD,
    ToneResult,
    ToneWeightsError,
    analyze,
    detect,
    is_request,
    label_for,
    load_weights,
)
from rapport.models import ToneStrategy

MARK = re.compile(r"⟦(.*?)⟧")

# strategy -> (examples where it fires on the ⟦marked⟧ words, examples where it must not).
CASES: dict[str, tuple[list[str], list[str]]] = {
    "gratitude": (
        ["⟦Thanks⟧ for the talk!", "I really ⟦appreciate⟧ it.", "⟦Thank⟧ you so much."],
        ["See you at Thanksgiving.", "Send me the numbers."],
    ),
    "apologizing": (
        ["⟦Sorry⟧ to bother you.", "⟦Apologies⟧ for the delay.", "⟦Excuse me for⟧ asking."],
        ["Could you send the file?", "I am not sorrowful."],
    ),
    "please_start": (
        ["⟦Please⟧ send me the file.", "Hi Sam, ⟦please⟧ send it."],
        ["Could you send it, please?", "Send it please."],
    ),
    "please": (
        ["Could you send it, ⟦please⟧?", "Would you ⟦please⟧ have a look?"],
        ["Please send me the file.", "Send it now."],
    ),
    "deference": (
        ["That was a ⟦great talk⟧ on design.", "⟦Congratulations⟧ on the launch!",
         "⟦Well done⟧ on the release."],
        ["The weather is nice today.", "Could you share the slides?"],
    ),
    "deference_start": (
        ["⟦Interesting⟧, how did you get that result?", "⟦Great⟧, thanks a lot."],
        ["This is great.", "What a great question."],
    ),
    "greeting": (
        ["⟦Hi⟧ Sam, could you help?", "⟦Good morning⟧, everyone.", "⟦Dear⟧ Dr. Okafor,",
         "⟦heyyy⟧ Liam, can I steal you for 10 this arvo?"],
        ["Hello?? Anyone there?", "I said hi to him yesterday."],
    ),
    "well_wishing": (
        ["⟦I hope you're well⟧. Could you help?", "⟦Have a great weekend⟧!",
         "⟦How are you doing⟧?"],
        ["I hope you can help.", "Take care of the build."],
    ),
    "hedges": (
        ["⟦I think⟧ the link is broken.", "⟦Perhaps⟧ you could check?", "It ⟦might⟧ help."],
        ["The link is broken.", "May I ask a question?"],
    ),
    "counterfactual_modal": (
        ["⟦Could you⟧ send the file?", "⟦Would you⟧ have a minute?"],
        ["Can you send the file?", "Will you have a minute?"],
    ),
    "indicative_modal": (
        ["⟦Can you⟧ send the file?", "⟦Will you⟧ be there?"],
        ["Could you send the file?", "Can't you read?"],
    ),
    "indirect_request": (
        ["⟦I was wondering⟧ if you could help.", "⟦Would you mind⟧ sharing it?",
         "⟦Would it be possible⟧ to meet?"],
        ["Could you share it?", "I wonder."],
    ),
    "ask_permission": (
        ["⟦May I⟧ ask a question?", "⟦Could I⟧ ask how you started?"],
        ["I may be late.", "Can you ask them?"],
    ),
    "asks_opinion": (
        ["⟦What do you think⟧?", "I'd value ⟦your thoughts⟧ on it."],
        ["I think so.", "What time is it?"],
    ),
    "offer_help": (
        ["⟦Is there anything I can⟧ do in return?", "⟦Happy to help⟧ with the slides."],
        ["Can you help me?", "Help me."],
    ),
    "by_the_way": (
        ["⟦By the way⟧, did you see it?", "⟦Btw⟧ the link is broken."],
        ["It is on the way.", "The link is broken."],
    ),
    "direct_question": (
        ["⟦What⟧ is your salary?", "⟦How⟧ did you start?"],
        ["What a day.", "Could you tell me what it is?"],
    ),
    "why_question": (
        ["⟦Why⟧ is this broken?", "⟦Why⟧ not?"],
        ["That is why I wrote.", "Could you tell me why?"],
    ),
    "blaming_question": (
        ["⟦Why haven't you⟧ fixed this yet?", "⟦Did you even⟧ read it?",
         "⟦Can't you⟧ see it?"],
        ["Why is the sky blue?", "Did you enjoy it?"],
    ),
    "direct_start": (
        ["⟦So⟧ are you going to reply?", "Fine. ⟦Then⟧ do it."],
        ["I so want to go.", "Could you reply?"],
    ),
    "first_person_start": (
        ["⟦I⟧ read your article.", "⟦My⟧ name is Sam."],
        ["Thanks for reading my note.", "You read it."],
    ),
    "first_person": (
        ["Thanks for reading ⟦my⟧ note.", "Could you read the draft ⟦I⟧ sent?"],
        ["I read it.", "Send me the file."],
    ),
    "first_person_plural": (
        ["Could ⟦we⟧ meet?", "⟦Let's⟧ talk."],
        ["Could you meet?", "Let me know."],
    ),
    "second_person_start": (
        ["⟦You⟧ forgot the file.", "⟦Your⟧ answer is wrong."],
        ["Could you send it?", "I read it."],
    ),
    "second_person": (
        ["Could ⟦you⟧ send it?", "I liked ⟦your⟧ talk."],
        ["You forgot the file.", "I read it."],
    ),
    "factuality": (
        ["⟦Actually⟧, that is wrong.", "⟦In fact⟧ it works.", "⟦Obviously⟧ not."],
        ["I think it works.", "That is factual."],
    ),
    "imperative_start": (
        ["⟦Send⟧ me the numbers.", "⟦Just tell⟧ me who it is.", "Fine. ⟦Fix⟧ it."],
        ["Do you know?", "Could you send me the numbers?"],
    ),
    "you_need_to": (
        ["⟦You need to⟧ read this.", "⟦You should⟧ fix it.", "⟦I need you to⟧ call me."],
        ["I need to read this.", "Do you need anything?"],
    ),
    "urgency": (
        ["Send it ⟦ASAP⟧.", "Please reply ⟦immediately⟧."],
        ["The page loaded immediately.", "Could you reply when you can?"],
    ),
    "urgency_now": (
        ["Fix it ⟦now⟧.", "You need to reply ⟦now⟧!"],
        ["Is it better now?", "I see it now."],
    ),
    "accusation": (
        ["⟦You keep⟧ ignoring me.", "⟦Seriously⟧, again?", "⟦Come on⟧, reply."],
        ["You kept your word.", "Could you reply?"],
    ),
    "sarcasm": (
        ["⟦Thanks for nothing⟧.", "⟦Great, another⟧ PR with zero tests.",
         "⟦Per my last⟧ three emails: the invoice."],
        ["Thanks for the quick fix!", "Great work on the tests.", "I read the docs twice."],
    ),
    "scolding_command": (
        ["⟦Read the docs⟧ next time.", "⟦Next time read⟧ the question.",
         "⟦Figure it out yourself⟧."],
        ["I read the docs twice.", "Could you read the question again?"],
    ),
    "easy_out": (
        ["Could we meet? ⟦No worries if not⟧.",
         "⟦I'd totally understand if⟧ you can't."],
        ["No worries.", "Could we meet?"],
    ),
    "when_convenient": (
        ["Could you look ⟦when you have a moment⟧?", "⟦No rush⟧, thanks!"],
        ["Could you look now?", "When you look, tell me."],
    ),
    "positive_lexicon": (
        ["That was ⟦helpful⟧.", "I'm ⟦glad⟧ it worked."],
        ["That was a mistake.", "I am sorry."],
    ),
    "negative_lexicon": (
        ["That is ⟦stupid⟧.", "This is ⟦useless⟧."],
        ["That is clever.", "Sorry if this is a silly question."],
    ),
    "negation": (
        ["Why ⟦didn't⟧ it work for you?", "You did ⟦not⟧ reply."],
        ["I did not sleep.", "No worries if you can't."],
    ),
    "all_caps": (
        ["⟦WHY IS THIS⟧ broken?", "Fix it ⟦NOW⟧."],
        ["Does the REST API support JSON?", "I work at NASA."],
    ),
    "emphatic_punctuation": (
        ["Reply⟦!!⟧", "Are you serious⟦?!⟧"],
        ["Thanks!", "Really?"],
    ),
    "angry_exclamation": (
        ["Fix it now⟦!⟧", "This is stupid⟦!⟧"],
        ["Thanks so much!", "Could you fix it?"],
    ),
    "exclamation": (
        ["Thanks so much⟦!⟧", "Great talk⟦!⟧"],
        ["Fix it now!", "Thanks."],
    ),
    "smiley": (
        ["Thanks ⟦:)⟧", "See you soon ⟦🙂⟧"],
        ["Note: (see below)", "Thanks."],
    ),
}


def unmark(marked: str) -> tuple[str, tuple[int, int]]:
    match = MARK.search(marked)
    assert match, f"no ⟦cue⟧ in {marked!r}"
    text = marked[: match.start()] + match.group(1) + marked[match.end() :]
    return text, (match.start(), match.start() + len(match.group(1)))


POSITIVE = [(name, example) for name, (good, _) in CASES.items() for example in good]
NEGATIVE = [(name, example) for name, (_, bad) in CASES.items() for example in bad]


def test_every_strategy_has_examples() -> None:
    assert set(CASES) == set(STRATEGY_NAMES)
    for name, (fires, silent) in CASES.items():
        assert len(fires) >= 2 and len(silent) >= 2, name


@pytest.mark.parametrize(("name", "marked"), POSITIVE)
def test_strategy_fires_on_its_cue(name: str, marked: str) -> None:
    text, span = unmark(marked)
    found = detect(text)
    assert span in found.get(name, []), (name, text, found.get(name))


@pytest.mark.parametrize(("name", "text"), NEGATIVE)
def test_strategy_silent_on_counter_example(name: str, text: str) -> None:
    assert name not in detect(text), (name, text, detect(text).get(name))


# --- The weights file ---------------------------------------------------------------------


def test_packaged_weights_load_and_validate() -> None:
    weights = load_weights()
    assert set(weights.coefficients) == set(tone.FEATURE_NAMES)
    assert tone.WEIGHTS_PATH.stat().st_size <= 200_000
    assert 0.8 <= weights.cv_accuracy <= 1.0


def test_thresholds_match_the_trained_file() -> None:
    weights = load_weights()
    assert weights.blunt_threshold == pytest.approx(BLUNT_THRESHOLD)
    assert weights.warm_threshold == pytest.approx(WARM_THRESHOLD)


def _write(path: Path, payload: object) -> Path:
    path.write_text(payload if isinstance(payload, str) else json.dumps(payload), "utf-8")
    return path


def _valid_payload() -> dict:
    return json.loads(tone.WEIGHTS_PATH.read_text("utf-8"))


def test_missing_weights_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ToneWeightsError, match=r"not found.*train_tone"):
        load_weights(tmp_path / "nope.json")


def test_invalid_json_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ToneWeightsError, match="malformed"):
        load_weights(_write(tmp_path / "w.json", "{not json"))


def test_missing_coefficient_is_a_clear_error(tmp_path: Path) -> None:
    payload = _valid_payload()
    del payload["coefficients"]["gratitude"]
    with pytest.raises(ToneWeightsError, match="gratitude"):
        load_weights(_write(tmp_path / "w.json", payload))


@pytest.mark.parametrize(
    "change",
    [
        {"intercept": "high"},
        {"blunt_threshold": 1.5},
        {"unexpected": 1},
        {"version": 2},
    ],
)
def test_malformed_fields_are_rejected(tmp_path: Path, change: dict) -> None:
    payload = _valid_payload() | change
    with pytest.raises(ToneWeightsError, match="malformed"):
        load_weights(_write(tmp_path / "w.json", payload))


# --- The score ----------------------------------------------------------------------------


def test_please_raises_the_score() -> None:
    assert analyze("Send me the numbers, please.").score > analyze("Send me the numbers.").score
    assert analyze("Please send me the numbers.").score > analyze("Send me the numbers.").score


def test_thanks_raises_the_score() -> None:
    base = "Could you send me the numbers?"
    assert analyze(base + " Thanks!").score > analyze(base).score
    assert analyze("Thanks. " + base).score > analyze(base).score


def test_soft_request_beats_bare_imperative() -> None:
    blunt = analyze("Send me the numbers.")
    soft = analyze("Could you send me the numbers when you have a moment? Thanks!")
    assert blunt.score < soft.score
    assert soft.label in ("polite", "warm and respectful")


def test_blaming_imperative_is_blunt() -> None:
    result = analyze("Why haven't you fixed this yet? Fix it now.")
    assert result.score < BLUNT_THRESHOLD
    assert result.label == "blunt"
    assert result.top(1)[0].direction == "lowers"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dana, I really enjoyed your talk last week. Would you be open to a short call? "
        "No worries at all if not. Thanks, Sam",
        "Thanks for the detailed answer! Could you explain why the second loop is needed?",
        "Sorry to bother you. Do you have any thoughts on whether a bootcamp is worth it?",
    ],
)
def test_warm_emails_read_warm(text: str) -> None:
    assert analyze(text).score >= WARM_THRESHOLD


@pytest.mark.parametrize(
    "text",
    [
        "Did you even read my message? This is ridiculous.",
        "You need to look at my CV and tell me what's wrong with it.",
        "Your answer is wrong. Why would you post it?",
    ],
)
def test_rude_requests_read_blunt(text: str) -> None:
    assert analyze(text).score < BLUNT_THRESHOLD


def test_strategies_carry_spans_weights_and_direction() -> None:
    text = "Hi Sam, could you send me the numbers? Thanks!"
    result = analyze(text)
    weights = load_weights().coefficients
    names = {s.strategy for s in result.strategies}
    assert {"greeting", "counterfactual_modal", "gratitude"} <= names
    for hit in result.strategies:
        assert isinstance(hit, ToneStrategy)
        assert 0 <= hit.start < hit.end <= len(text)
        assert hit.weight == weights[tone.STRATEGIES[STRATEGY_NAMES.index(hit.strategy)]
                                     .model_feature]
        assert hit.direction == ("raises" if hit.weight >= 0 else "lowers")
    cues = {s.strategy: text[s.start : s.end] for s in result.strategies}
    assert cues["gratitude"] == "Thanks" and cues["counterfactual_modal"] == "could you"


def test_score_is_the_logistic_of_the_weights() -> None:
    weights = load_weights()
    result = analyze("Could you send it? Thanks!")
    features = {tone.STRATEGIES[STRATEGY_NAMES.index(s.strategy)].model_feature
                for s in result.strategies}
    z = weights.intercept + sum(weights.coefficients[f] for f in features)
    assert result.score == pytest.approx(1 / (1 + 2.718281828459045 ** -z))


def test_top_ranks_by_influence_once_per_strategy() -> None:
    result = analyze("Why didn't you reply? Why? Thanks.")
    top = result.top(3)
    assert len(top) == 3
    assert len({s.strategy for s in top}) == 3
    assert [abs(s.weight) for s in top] == sorted((abs(s.weight) for s in top), reverse=True)
    assert result.top(0) == []


def test_result_is_frozen() -> None:
    result = analyze("Thanks!")
    with pytest.raises(ValueError):
        result.score = 0.5  # type: ignore[misc]


@pytest.mark.parametrize(
    ("score", "label"),
    [(0.99, "warm and respectful"), (WARM_THRESHOLD, "warm and respectful"),
     (0.6, "polite"), (0.4, "neutral"), (BLUNT_THRESHOLD, "neutral"),
     (BLUNT_THRESHOLD - 0.01, "blunt"), (0.0, "blunt")],
)
def test_label_cut_offs(score: float, label: str) -> None:
    assert label_for(score) == label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Could you send me the numbers?", True),
        ("Send me the numbers.", True),
        ("Please have a look at the draft.", True),
        ("Let me know what you think.", True),
        ("I would love to hear how you got started.", True),
        ("Thanks so much for the talk yesterday.", False),
        ("I enjoyed your article on onboarding.", False),
        ("", False),
    ],
)
def test_is_request(text: str, expected: bool) -> None:
    assert is_request(text) is expected


def test_deterministic() -> None:
    text = "Hi Jo, sorry to bother you. Could you send the slides? Thanks :)"
    assert analyze(text) == analyze(text)
    assert detect(text) == detect(text)


def test_empty_and_whitespace_text() -> None:
    for text in ("", "   \n\t", "?!", "..."):
        result = analyze(text)
        assert 0.0 <= result.score <= 1.0
        assert all(0 <= s.start <= s.end <= len(text) for s in result.strategies)


def test_links_do_not_break_sentences() -> None:
    text = "See https://example.com/what?id=1. Could you check it? Thanks!"
    found = detect(text)
    assert "direct_question" not in found
    assert "counterfactual_modal" in found


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_scores_in_range(text: str) -> None:
    result = analyze(text)
    assert isinstance(result, ToneResult)
    assert 0.0 <= result.score <= 1.0
    for hit in result.strategies:
        assert 0 <= hit.start < hit.end <= len(text)


WORDS = st.sampled_from(
    "Hi hello please could would can you your I my we thanks sorry why what how so not "
    "never send fix NOW ASAP really great question! ? . , :) maybe think actually "
    "wondering mind no worries if when moment".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=40))
def test_word_soup_spans_are_cues(words: list[str]) -> None:
    text = " ".join(words)
    for name, spans in detect(text).items():
        for start, end in spans:
            assert 0 <= start < end <= len(text), name
            assert text[start:end].strip() == text[start:end], name


def test_top_counts_a_shared_feature_once() -> None:
    result = analyze("WHY IS THIS BROKEN?! Fix it now!")
    shouting = {"all_caps", "emphatic_punctuation", "angry_exclamation"}
    assert len([s for s in result.top(10) if s.strategy in shouting]) == 1
    assert len([s for s in result.strategies if s.strategy in shouting]) >= 2


def test_sarcastic_thanks_do_not_count_as_gratitude() -> None:
    found = detect("Thanks for nothing. The fix made it worse.")
    assert "sarcasm" in found and "gratitude" not in found
    assert analyze("Thanks for nothing.").score < analyze("Thanks for the fix.").score


def test_other_register_requests_are_mostly_right() -> None:
    """Requests written for another register (Q&A sites, code review, work chat): the model
    was trained on Wikipedia talk pages only."""
    import yaml

    path = Path(__file__).parent / "fixtures" / "tone_requests.yaml"
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    scores = [(analyze(x["text"]).score, x["label"] == "polite") for x in items]
    accuracy = sum((s >= 0.5) == polite for s, polite in scores) / len(scores)
    flagged = [polite for s, polite in scores if s < BLUNT_THRESHOLD]
    assert len(items) >= 100
    assert accuracy >= 0.85, accuracy
    assert flagged and sum(not p for p in flagged) / len(flagged) >= 0.9
