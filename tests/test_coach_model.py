"""The coach model: the packaged weights, its plain-Python inference, and how it changes the
rules' findings (added findings point at words; vetoes drop a rule's finding)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rapport.checks import check, coach_model
from rapport.checks.registry import BY_ID
from rapport.models import Message

WEIGHTS = coach_model.MODEL_PATH


def _data() -> dict:
    return json.loads(WEIGHTS.read_text(encoding="utf-8"))


def test_packaged_weights_load_and_cover_known_rules() -> None:
    model = coach_model.load()
    assert model.rules and set(model.rules) <= set(BY_ID)
    assert 0 < model.keep_threshold < 0.5 < model.add_threshold < 1
    assert len(model.weights) == len(model.idf) > 1000


def test_a_model_read_from_the_disk_cache_is_the_model_in_the_file(tmp_path, monkeypatch) -> None:
    """The second process reads the cached tables; the raw weights come from their own file
    when first needed, and from the model file if that copy is gone."""
    monkeypatch.setenv("RAPPORT_CACHE_DIR", str(tmp_path))
    fresh = coach_model.load.__wrapped__()  # parses the JSON and fills the cache
    cached = coach_model.load.__wrapped__()
    assert isinstance(cached.weights, coach_model.StoredWeights)
    text = "rel_stranger ch_email\nHi\nCould you refer me to your manager? I need a job asap."
    assert cached.probabilities(text) == fresh.probabilities(text)
    term = next(iter(fresh.idf))
    assert cached.weights[term] == fresh.weights[term]
    for stored in tmp_path.glob("coach-model-weights-*"):
        stored.unlink()
    again = coach_model.load.__wrapped__()
    assert again.weights[term] == fresh.weights[term] and len(again.weights) == len(fresh.idf)


def test_plain_python_gives_the_trainers_probabilities() -> None:
    """The trainer stored what scikit-learn said for a dozen texts; inference here agrees."""
    model = coach_model.load()
    references = _data()["references"]
    assert len(references) >= 10
    for reference in references:
        got = model.probabilities(reference["text"])
        for rule, expected in reference["probabilities"].items():
            assert got[rule] == pytest.approx(expected, abs=1e-4), (rule, reference["text"][:60])


def test_packed_sums_give_the_vectors_dot_product() -> None:
    """`probabilities` adds packed integer rows; the plain sum over `vector` must agree, with
    negative weights, repeated terms and terms the model has never seen."""
    model = coach_model.load()
    for text in ("rel_friend ch_text\nhey hey hey, you owe me, you owe me one, zzqxj",
                 "Could you refer me to your manager? I need a job asap. I need it. I need it.",
                 "qqqzzz xxyyzz", ""):
        vector = model.vector(text)
        for index, rule in enumerate(model.rules):
            z = model.intercepts[index] + sum(
                value * model.weights[term][index] for term, value in vector.items())
            assert model.probabilities(text)[rule] == pytest.approx(
                coach_model._sigmoid(z), abs=1e-9), (rule, text)


def test_terms_are_words_then_neighbouring_pairs() -> None:
    assert coach_model.terms("Could you PASS my CV, a") == [
        "could", "you", "pass", "my", "cv", "could you", "you pass", "pass my", "my cv"]


def test_document_names_channel_and_relationship() -> None:
    text = coach_model.document("email", "former-colleague", None, "Hi")
    assert coach_model.terms(text)[:2] == ["rel_former_colleague", "ch_email"]


@pytest.fixture
def any_length(monkeypatch: pytest.MonkeyPatch) -> None:
    """The toy model knows three terms; let it judge messages anyway."""
    monkeypatch.setattr(coach_model, "MIN_KNOWN_WORDS", 0)


def _toy(add: float = 0.6, keep: float = 0.25) -> coach_model.CoachModel:
    """One rule, big-ask, that only the word pair "my cv" pushes towards."""
    return coach_model.from_dict({
        "rules": ["big-ask"],
        "intercepts": [-2.0],
        "terms": {"my cv": [1.0, 9.0], "cv": [1.0, 1.0], "weather": [1.0, -4.0]},
        "add_threshold": add,
        "keep_threshold": keep,
    })


def _check(body: str, relationship: str = "former-colleague"):
    return check(Message(channel="slack", body=body), None, relationship)


@pytest.mark.usefixtures("any_length")
def test_added_finding_points_at_the_sentence_and_names_the_words() -> None:
    body = "Hope the move went well! Could you look at my CV when you get a minute?"
    with coach_model.using(_toy()):
        report = _check(body)
    found = [f for f in report.findings if f.rule == "big-ask"]
    assert len(found) == 1
    finding = found[0]
    assert body[finding.start:finding.end] == "Could you look at my CV when you get a minute?"
    assert "“my cv”" in finding.message
    assert finding.message.startswith(coach_model.WARM_MESSAGES["big-ask"])
    assert finding.lesson == BY_ID["big-ask"].info.lesson
    assert not report.ready


@pytest.mark.usefixtures("any_length")
def test_an_added_finding_speaks_to_the_relationship() -> None:
    """To a stranger the rule's own words ("someone who does not know you yet"); to someone
    who knows the sender, words that fit."""
    body = "Hope the move went well! Could you look at my CV when you get a minute?"
    with coach_model.using(_toy()):
        cold = [f for f in _check(body, "stranger").findings if f.rule == "big-ask"]
        warm = [f for f in _check(body, "coworker").findings if f.rule == "big-ask"]
    assert cold[0].message.startswith(BY_ID["big-ask"].info.message)
    assert "does not know you" not in warm[0].message


@pytest.mark.usefixtures("any_length")
def test_a_big_ask_is_not_added_between_friends() -> None:
    """A friend knows the sender and their work: the course puts a CV look or a referral
    within what a friend may be asked, so the model's word-level guess is not added there.
    The rule's own cues (going around a hiring process) still speak."""
    body = "Hope the move went well! Could you look at my CV when you get a minute?"
    with coach_model.using(_toy()):
        assert "big-ask" not in {f.rule for f in _check(body, "friend").findings}
        assert "big-ask" in {f.rule for f in _check(body, "former-colleague").findings}
        bypass = _check("Hope the move went well! Could you get my CV to the top of the pile?",
                        "friend")
    assert "big-ask" in {f.rule for f in bypass.findings}


@pytest.mark.usefixtures("any_length")
def test_a_blunt_tone_is_not_guessed_on_a_colleagues_question_with_thanks() -> None:
    """The model's guess may not say "this tells them rather than asks them" where a colleague
    asks a question and says thanks (`Rule.guessed_where`); with an eye-roll, without the
    thanks, or in a message to someone outside the workplace it may."""
    data = {"rules": ["blunt-tone"], "intercepts": [-2.0],
            "terms": {"rollers": [1.0, 9.0]}, "add_threshold": 0.6, "keep_threshold": 0.25}
    asked = "did maintenance swap the rollers last week? need to know before I order parts. thx"
    with coach_model.using(coach_model.from_dict(data)):
        assert "blunt-tone" not in {f.rule for f in _check(asked, "coworker").findings}
        for body, relationship in (
            (asked, "acquaintance"),
            (asked.replace("thx", "thx 🙄"), "coworker"),
            ("did maintenance swap the rollers last week? need to know before I order parts.",
             "coworker"),
        ):
            assert "blunt-tone" in {f.rule for f in _check(body, relationship).findings}, body


def test_no_model_means_the_rules_alone() -> None:
    body = "Hope the move went well! Could you look at my CV when you get a minute?"
    with coach_model.using(None):
        report = _check(body)
    assert "big-ask" not in {f.rule for f in report.findings}


@pytest.mark.usefixtures("any_length")
def test_low_probability_vetoes_the_rules_finding() -> None:
    """A stranger asked to mentor: the rules call it a big ask. A model that gives big-ask
    almost no chance for this wording drops it; one that agrees keeps it."""
    body = ("Hi Ana, I'm a data analyst in Lisbon. Would you be my mentor over the coming "
            "year? Thanks, Rui")
    with coach_model.using(None):
        assert "big-ask" in {f.rule for f in _check(body, "stranger").findings}
    with coach_model.using(_toy(keep=0.5)):
        assert "big-ask" not in {f.rule for f in _check(body, "stranger").findings}
    with coach_model.using(_toy(keep=0.0)):
        assert "big-ask" in {f.rule for f in _check(body, "stranger").findings}


def test_a_referral_from_a_stranger_is_never_vetoed() -> None:
    """The course's own example of an ask too big for the relationship: however unlikely the
    model finds it, the finding stays."""
    body = ("Hi Ana, I'm a data analyst in Lisbon. Could you refer me for the analyst role "
            "on your team? Thanks, Rui")
    with coach_model.using(_toy(keep=0.5)):
        assert "big-ask" in {f.rule for f in _check(body, "stranger").findings}


def test_too_few_known_words_are_left_to_the_rules() -> None:
    """Seven words, two of which the toy model knows: it neither adds nor vetoes."""
    with coach_model.using(_toy(keep=1.0)):
        report = _check("Could you refer me for my CV?", "stranger")
    assert "big-ask" in {f.rule for f in report.findings}


@pytest.mark.usefixtures("any_length")
def test_veto_only_rules_and_cold_only_rules_are_never_added() -> None:
    body = "Hope the move went well! Could you look at my CV when you get a minute?"
    data = {"rules": ["no-context", "no-specific-interest"], "intercepts": [-2.0, -2.0],
            "terms": {"my cv": [1.0, 9.0, 9.0]}, "add_threshold": 0.6,
            "keep_threshold": 0.25, "adds": ["no-specific-interest"]}
    with coach_model.using(coach_model.from_dict(data)):
        assert not {"no-context", "no-specific-interest"} & {
            f.rule for f in _check(body, "friend").findings}
        stranger = {f.rule for f in _check(body, "stranger").findings}
    assert "no-specific-interest" in stranger


def test_shown_words_skip_markers_short_words_and_parts_of_pairs() -> None:
    ranked = ["rel_stranger", "my", "cv", "my cv", "tonight", "review", "quick"]
    assert coach_model._shown_words(ranked) == ["my cv", "tonight", "review"]


def test_damaged_weights_are_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "coach_model.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(coach_model.CoachModelError, match="cannot read the coach model"):
        coach_model.load.__wrapped__(broken)
    with pytest.raises(coach_model.CoachModelError, match="rebuild them"):
        coach_model.from_dict({"rules": ["big-ask"], "intercepts": [0.0, 1.0], "terms": {},
                               "add_threshold": 0.6, "keep_threshold": 0.2})
    with pytest.raises(coach_model.CoachModelError, match="malformed"):
        coach_model.from_dict({"rules": ["big-ask"]})


def _two_rule_model(margin: float | None, big_ask_odds: float = -0.5) -> coach_model.CoachModel:
    """"owe" makes transactional near certain; big-ask stays at its intercept (p 0.38)."""
    return coach_model.from_dict({
        "rules": ["transactional", "big-ask"], "intercepts": [-2.0, big_ask_odds],
        "terms": {"owe": [1.0, 12.0, 0.0], "refer": [1.0, 0.0, 0.0]},
        "add_threshold": 0.9, "keep_threshold": 0.1, "focus_margin": margin,
    })


@pytest.mark.usefixtures("any_length")
def test_the_main_problem_is_shown_and_a_much_weaker_one_held_back() -> None:
    body = ("Hi [Name], you owe me one for covering your shifts, so refer me for the "
            "analyst role on your team. Ravi")
    with coach_model.using(None):
        rules_alone = {f.rule for f in _check(body, "acquaintance").findings}
    assert {"transactional", "big-ask", "placeholder"} <= rules_alone
    with coach_model.using(_two_rule_model(None)):
        every_one = {f.rule for f in _check(body, "acquaintance").findings}
    with coach_model.using(_two_rule_model(0.25)):
        focused = {f.rule for f in _check(body, "acquaintance").findings}
    assert {"transactional", "big-ask"} <= every_one
    assert "transactional" in focused and "big-ask" not in focused
    assert "placeholder" in focused  # a form rule is never held back
    with coach_model.using(_two_rule_model(0.9)):  # within the margin: both are shown
        assert {"transactional", "big-ask"} <= {f.rule for f in _check(
            body, "acquaintance").findings}
    with coach_model.using(_two_rule_model(0.25, big_ask_odds=0.5)):  # p 0.62: more likely
        assert {"transactional", "big-ask"} <= {f.rule for f in _check(  # named than not
            body, "acquaintance").findings}


def test_main_problems_drops_what_another_finding_hides() -> None:
    hit = [coach_model.Hit(0, 1)]
    fired = {"big-ask": hit, "no-easy-out": hit, "too-long": hit}
    kept = coach_model.main_problems(_two_rule_model(0.25), fired,
                                     {"big-ask": 0.9, "transactional": 0.1})
    assert set(kept) == {"big-ask", "too-long"}


def test_a_finding_the_model_added_hides_nothing_it_is_surer_of() -> None:
    hit = [coach_model.Hit(0, 1)]
    fired = {"pressure": hit, "no-easy-out": hit}  # pressure hides a missing way out
    probabilities = {"pressure": 0.45, "no-easy-out": 0.97}
    from_the_rules = coach_model.main_problems(_two_rule_model(0.2), fired, probabilities)
    assert set(from_the_rules) == {"pressure"}
    guess = frozenset({"pressure"})
    guessed = coach_model.main_problems(_two_rule_model(0.2), fired, probabilities, waived=(
        coach_model.waived_hides(fired, probabilities, "stranger", added=guess)))
    assert set(guessed) == {"no-easy-out"}  # and the much weaker guess is held back
    surer = {"pressure": 0.97, "no-easy-out": 0.45}
    surer_guess = coach_model.main_problems(_two_rule_model(0.2), fired, surer, waived=(
        coach_model.waived_hides(fired, surer, "stranger", added=guess)))
    assert set(surer_guess) == {"pressure"}


def _pressure_guess_model(pressure_odds: float) -> coach_model.CoachModel:
    """A missing way out near certain (p 0.95), pressure guessed at its intercept's odds."""
    return coach_model.from_dict({
        "rules": ["pressure", "no-easy-out"], "intercepts": [pressure_odds, 2.94],
        "terms": {"thursday": [1.0, 0.0, 0.0]}, "adds": ["pressure"],
        "add_threshold": 0.7, "keep_threshold": 0.1, "focus_margin": 0.2, "focus_below": 0.8,
    })


@pytest.mark.usefixtures("any_length")
def test_a_guess_near_a_surer_finding_is_shown_beside_it_not_over_it() -> None:
    body = ("Hi Ana, I am moving from audit into pricing and read your piece on telematics "
            "data. Could you spare 20 minutes on a call next Thursday to tell me how you made "
            "the switch? Thanks, Ravi")
    with coach_model.using(None):
        assert {f.rule for f in _check(body, "stranger").findings} == {"no-easy-out"}
    with coach_model.using(_pressure_guess_model(1.39)):  # p 0.80: within the margin
        near = {f.rule for f in _check(body, "stranger").findings}
    assert {"pressure", "no-easy-out"} <= near  # pressure would hide the way out; a guess may not
    with coach_model.using(_pressure_guess_model(0.9)):  # p 0.71: much the weaker
        weak = {f.rule for f in _check(body, "stranger").findings}
    assert "no-easy-out" in weak and "pressure" not in weak
    assert coach_model.waived_hides({"pressure": [], "no-easy-out": []},
                                    {"pressure": 0.8, "no-easy-out": 0.95}, "stranger",
                                    added=frozenset()) == frozenset()  # the rules' own hits
    assert coach_model.waived_hides({"vague-ask": [], "no-easy-out": []},  # not named beside
                                    {"vague-ask": 0.71, "no-easy-out": 0.86}, "coworker",
                                    added=frozenset({"vague-ask", "no-easy-out"})) == frozenset()


def test_a_hit_beside_the_main_problem_needs_the_model_half_sure() -> None:
    beside = [coach_model.Hit(0, 1, beside=frozenset({"big-ask"}))]
    fired = {"big-ask": [coach_model.Hit(0, 1)], "no-easy-out": beside}
    likely = coach_model.main_problems(_two_rule_model(0.2), fired,
                                       {"big-ask": 0.9, "no-easy-out": 0.55})
    assert set(likely) == {"big-ask", "no-easy-out"}
    unlikely = coach_model.main_problems(_two_rule_model(0.2), fired,
                                         {"big-ask": 0.9, "no-easy-out": 0.4})
    assert set(unlikely) == {"big-ask"}
