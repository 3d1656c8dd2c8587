"""The exercise bank: every original shows its flaws and every model rewrite is ready, for 50
scenario codes; the bank covers the course; broken files are skipped with a clear problem."""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml
from faker import Faker

from rapport import personas
from rapport.checks import check
from rapport.checks import text as t
from rapport.checks.lessons import ALL as LESSONS
from rapport.checks.registry import RULES
from rapport.checks.rules.greeting import _name_matches
from rapport.checks.rules.vocabulary import EASY_OUT_RE
from rapport.exercises import (
    ALLOWED_FIELDS,
    COURSE_DIR,
    ENV_VAR,
    Bank,
    ExerciseLoadProblem,
    load_bank,
    render,
    template_fields,
)
from rapport.models import CHANNELS, RELATIONSHIPS, Exercise, Recipient

ROOT = Path(__file__).resolve().parents[1]
EXERCISE_DIR = ROOT / "exercises"
FILES = sorted(EXERCISE_DIR.glob("*.yaml"))

def _codes(count: int = 50, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(personas.CODE_ALPHABET) for _ in range(personas.CODE_LENGTH))
            for _ in range(count)]


CODES: list[str] = _codes()
"""50 scenario codes, generated once from a fixed seed so every run checks the same people."""

BANK: Bank = load_bank(EXERCISE_DIR)
EXERCISES: list[Exercise] = BANK.exercises
IDS = [e.id for e in EXERCISES]

BLOCKING = ("error", "warning")
BLOCKING_RULES = sorted(r.id for r in RULES if r.info.severity in BLOCKING)
COLD_ONLY = {"big-ask", "no-context", "no-specific-interest", "fake-familiarity"}
"""Rules that only fire for strangers and acquaintances."""


def _show(text: str | None, start: int, end: int) -> str:
    text = text or ""
    return f"{text[max(0, start - 20):start]}[{text[start:end]}]{text[end:end + 20]}"


def test_codes_are_fixed_and_distinct():
    assert len(CODES) == 50 == len(set(CODES))
    assert all(personas.normalize_code(c) == c for c in CODES)


def test_bank_loads_without_problems():
    assert [str(p) for p in BANK.problems] == []
    assert len(EXERCISES) == len(FILES)


# --- Every original shows its flaws, every model is ready ---------------------------------


@pytest.mark.parametrize("exercise", EXERCISES, ids=IDS)
def test_original_triggers_every_listed_flaw(exercise: Exercise):
    failures = []
    for code in CODES:
        scenario = render(exercise, code)
        report = check(scenario.original, scenario.recipient.to_recipient(),
                       exercise.relationship)
        fired = {f.rule for f in report.findings}
        missing = [flaw for flaw in exercise.flaws if flaw not in fired]
        if missing:
            failures.append(f"{code}: missing {missing}; fired {sorted(fired)}\n"
                            f"  subject: {scenario.original.subject!r}\n"
                            f"  body: {scenario.original.body!r}")
    assert not failures, f"{exercise.id}: {len(failures)}/{len(CODES)} codes\n" + "\n".join(
        failures[:5])


@pytest.mark.parametrize("exercise", EXERCISES, ids=IDS)
def test_model_rewrite_is_ready(exercise: Exercise):
    failures = []
    for code in CODES:
        scenario = render(exercise, code)
        report = check(scenario.model, scenario.recipient.to_recipient(), exercise.relationship)
        blocking = [f for f in report.findings if f.severity in BLOCKING]
        if blocking:
            shown = [
                f"{f.rule} ({f.severity}) at {f.field} "
                f"{_show(getattr(scenario.model, f.field), f.start, f.end)!r}: {f.message}"
                for f in blocking
            ]
            failures.append(f"{code}: " + "; ".join(shown))
        assert report.ready == (not blocking)
    assert not failures, f"{exercise.id}: {len(failures)}/{len(CODES)} codes\n" + "\n".join(
        failures[:5])


# --- The files themselves ---------------------------------------------------------------


def _strings(value: object, where: str = "") -> list[tuple[str, str]]:
    if isinstance(value, str):
        return [(where, value)]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _strings(v, f"{where}.{k}".strip("."))]
    if isinstance(value, list):
        return [s for i, v in enumerate(value) for s in _strings(v, f"{where}[{i}]")]
    return []


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_templates_only_use_allowed_fields(path: Path):
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    for where, text in _strings(raw):
        if where in ("title", "lesson", "id") or where.startswith("discussion"):
            assert not re.search(r"\{(recipient|sender)\.", text), (path.name, where)
            continue
        unknown = set(template_fields(text)) - ALLOWED_FIELDS
        assert not unknown, (path.name, where, unknown)


def test_ids_are_unique_and_match_file_names():
    ids = []
    for path in FILES:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert raw["id"] == path.stem, path.name
        ids.append(raw["id"])
    assert len(ids) == len(set(ids))


def test_every_lesson_named_exists():
    for exercise in EXERCISES:
        assert exercise.lesson in LESSONS, exercise.id
        assert (COURSE_DIR / exercise.lesson).is_file(), exercise.id


def test_flaws_are_rules_and_cold_only_rules_are_cold():
    known = {r.id for r in RULES}
    for exercise in EXERCISES:
        assert set(exercise.flaws) <= known, exercise.id
        if exercise.relationship not in ("stranger", "acquaintance"):
            assert not set(exercise.flaws) & COLD_ONLY, exercise.id


# --- Coverage ---------------------------------------------------------------------------


def test_bank_size():
    assert len(EXERCISES) >= 24


def test_every_channel_relationship_and_lesson_is_covered():
    channels = Counter(e.channel for e in EXERCISES)
    relationships = Counter(e.relationship for e in EXERCISES)
    lessons = Counter(e.lesson for e in EXERCISES)
    assert set(channels) == set(CHANNELS), channels
    assert set(relationships) == set(RELATIONSHIPS), relationships
    assert set(lessons) == set(LESSONS), lessons
    assert min(lessons.values()) >= 2, lessons


def test_every_warning_and_error_rule_is_a_flaw_twice():
    counts = Counter(flaw for e in EXERCISES for flaw in e.flaws)
    thin = {rule: counts[rule] for rule in BLOCKING_RULES if counts[rule] < 2}
    assert not thin, f"rules listed as a flaw in fewer than 2 exercises: {thin}"


REQUIRED = {
    # the scenario the brief asks for: (id, channel, relationship, a flaw it must teach)
    "bare-hi-coworker": ("slack", "coworker", "naked-greeting"),
    "pick-your-brain": ("email", "stranger", "vague-ask"),
    "referral-from-a-stranger": ("linkedin", "stranger", "big-ask"),
    "friend-as-contact": ("text", "friend", "transactional"),
    "reconnect-when-you-need": ("linkedin", "former-colleague", "pressure"),
    "conference-follow-up": ("email", "acquaintance", "no-context"),
    "thank-you-after-help": ("email", "acquaintance", "excess-flattery"),
    "no-reply-follow-up": ("email", "stranger", "pressure"),
    "urgent-coworker": ("slack", "coworker", "pressure"),
    "gushing-fan": ("email", "stranger", "excess-flattery"),
}


@pytest.mark.parametrize("exercise_id", sorted(REQUIRED))
def test_required_scenarios_are_in_the_bank(exercise_id: str):
    exercise = BANK.get(exercise_id)
    channel, relationship, flaw = REQUIRED[exercise_id]
    assert (exercise.channel, exercise.relationship) == (channel, relationship)
    assert flaw in exercise.flaws


def test_models_for_missing_interest_name_the_work():
    for exercise in EXERCISES:
        if "no-specific-interest" in exercise.flaws:
            fields = set(template_fields(exercise.model.body))
            assert fields & {"recipient.work[0].title", "recipient.topics[0]",
                             "recipient.work[0].topic"}, exercise.id
            assert fields & {"recipient.work[0].detail", "recipient.work[0].point"}, exercise.id


COLD_EMAIL = [e for e in EXERCISES
              if e.channel == "email" and e.relationship in ("stranger", "acquaintance")]


@pytest.mark.parametrize("exercise", COLD_EMAIL, ids=[e.id for e in COLD_EMAIL])
def test_cold_email_model_has_the_five_parts(exercise: Exercise):
    body = exercise.model.body
    assert body.rstrip().splitlines()[-1].strip() == "{sender.first_name}", "sign-off"
    fields = set(template_fields(body))
    assert fields & {"recipient.work[0].title", "recipient.topics[0]"}, "their work"
    assert "sender.first_name" in template_fields(body.rstrip().rsplit("\n", 1)[0]), "who"
    for code in CODES[:10]:
        scenario = render(exercise, code)
        subject_words = len(t.words(scenario.model.subject or ""))
        assert 3 <= subject_words <= 9, (code, scenario.model.subject)
        assert scenario.model.body.count("?") == 1, (code, "one question")
        assert EASY_OUT_RE.search(scenario.model.body), (code, "an easy out")


def _faker_name_parts() -> set[str]:
    """Every first and last name Faker can give a persona, in every locale rapport uses."""
    parts: set[str] = set()
    attrs = [f"{which}_names{sex}" for which in ("first", "last")
             for sex in ("", "_female", "_male", "_nonbinary")]
    for place in personas.curated().places:
        for provider in Faker(place.locale).providers:
            for attr in attrs:
                names = getattr(provider, attr, None) or ()
                for name in names:
                    parts.update(p for p in re.split(r"[\s\-]+", name) if p)
    return parts


def test_wrong_names_can_never_be_the_recipients():
    wrong = [e for e in EXERCISES if "wrong-name" in e.flaws]
    assert wrong
    parts = _faker_name_parts()
    assert len(parts) > 1000
    for exercise in wrong:
        body = exercise.original.body
        assert "{recipient." not in re.split(r"[,\n]", body, maxsplit=1)[0], exercise.id
        greeting = t.greeting(body)
        assert greeting is not None and greeting.name is not None, exercise.id
        greeted = greeting.name.text(body).split()
        clash = [p for p in parts if _name_matches(greeted, Recipient(name=p))]
        assert not clash, (exercise.id, greeted, clash[:5])


# --- The API ----------------------------------------------------------------------------


def test_exercises_are_sorted_by_lesson_then_id():
    ordered = sorted(EXERCISES, key=lambda e: (e.lesson, e.id))
    assert [e.id for e in EXERCISES] == [e.id for e in ordered]
    grouped = BANK.by_lesson()
    assert list(grouped) == sorted(grouped)
    assert sum(len(v) for v in grouped.values()) == len(EXERCISES)


def test_get_unknown_id_is_a_friendly_key_error():
    with pytest.raises(KeyError, match="pick-your-brain"):
        BANK.get("pick-yer-brain")


def test_render_fills_every_field_for_a_code():
    exercise = BANK.get("pick-your-brain")
    scenario = render(exercise, "k7m-3q")
    assert scenario.code == "K7M3Q"
    assert scenario.recipient == personas.generate("K7M3Q")
    assert scenario.sender == personas.sender("K7M3Q")
    assert scenario.role_card == personas.role_card("K7M3Q")
    assert scenario.original.channel == scenario.model.channel == "email"
    texts = [scenario.situation, *scenario.hints, scenario.original.body, scenario.model.body,
             scenario.model.subject or ""]
    assert not any("{recipient." in x or "{sender." in x for x in texts)
    assert scenario.recipient.first_name in scenario.model.body
    assert scenario.sender.first_name in scenario.model.body
    with pytest.raises(personas.InvalidCode):
        render(exercise, "nope")


def test_literal_braces_survive_rendering():
    scenario = render(BANK.get("linkedin-template"), CODES[0])
    assert scenario.original.body.startswith("Hi {first_name},")


def test_environment_variable_points_elsewhere(tmp_path: Path, monkeypatch):
    (tmp_path / "valid.yaml").write_text(_valid_yaml(), encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    bank = load_bank()
    assert [e.id for e in bank.exercises] == ["valid"]


# --- Broken files are skipped with one clear line -----------------------------------------


def _valid() -> dict:
    return yaml.safe_load((EXERCISE_DIR / "pick-your-brain.yaml").read_text(encoding="utf-8")) | {
        "id": "valid"
    }


def _valid_yaml(**changes: object) -> str:
    return yaml.safe_dump(_valid() | changes, allow_unicode=True, sort_keys=False)


def _without(key: str) -> str:
    data = _valid() | {"id": "broken"}
    del data[key]
    return yaml.safe_dump(data, sort_keys=False)


def _with(**changes: object) -> str:
    return _valid_yaml(**({"id": "broken"} | changes))


def _model_body(body: str) -> str:
    data = _valid() | {"id": "broken"}
    data["model"] = {**data["model"], "body": body}
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


BROKEN = {
    # kind: (file text, field, words the problem must contain)
    "yaml-syntax": ("id: broken\ntitle: [unclosed\nlesson: x\n", "", "not valid YAML"),
    "empty-file": ("", "", "empty"),
    "not-a-mapping": ("- just\n- a list\n", "", "mapping"),
    "missing-field": (_without("model"), "model", "missing"),
    "missing-title": (_without("title"), "title", "missing"),
    "wrong-type": (_with(difficulty="two"), "difficulty", "whole number"),
    "out-of-range": (_with(difficulty=5), "difficulty", "from 1 to 3"),
    "unknown-channel": (_with(channel="sms"), "channel", "'sms'"),
    "unknown-field": (_with(notes="hello"), "notes", "not a field"),
    "too-few-hints": (_with(hints=["only one"]), "hints", "at least 2"),
    "hint-not-text": (_with(hints=["one", {"two": "x"}]), "hints[1]", "should be text"),
    "unknown-rule": (_with(flaws=["vague-ask", "vauge-ask"]), "flaws",
                     "unknown rule id 'vauge-ask'"),
    "repeated-rule": (_with(flaws=["vague-ask", "vague-ask"]), "flaws", "listed twice"),
    "unknown-template-field": (_model_body("Hi {recipient.nickname}, thanks!"), "model.body",
                               "unknown template field {recipient.nickname}"),
    "out-of-range-work": (_with(hints=["Read {recipient.work[3].title}", "Then ask."]),
                          "hints[0]", "unknown template field {recipient.work[3].title}"),
    "sender-work-detail": (_model_body("You said: {sender.work[0].detail}"), "model.body",
                           "only the recipient's work has details"),
    "recipient-intro": (_model_body("Hi, I'm {recipient.intro}."), "model.body",
                        "only for the sender"),
    "format-spec": (_model_body("Hi {recipient.first_name:>10}!"), "model.body",
                    "format spec"),
    "unbalanced-brace": (_model_body("Hi {recipient.first_name!"), "model.body",
                         "unbalanced braces"),
    "field-in-discussion": (_with(discussion=["Would {recipient.first_name} reply?"]),
                            "discussion[0]", "not filled in here"),
    "missing-lesson": (_with(lesson="lessons/08-small-talk.md"), "lesson",
                       "lessons/08-small-talk.md"),
    "bad-lesson-form": (_with(lesson="lesson four"), "lesson", "lessons/NN-name.md"),
    "bad-id": (_with(id="Broken File"), "id", "lowercase"),
    "id-not-file-name": (_with(id="something-else"), "id", "does not match the file name"),
    "subject-on-slack": (_with(channel="slack"), "original.subject", "only email"),
    "duplicate-id": (_valid_yaml(), "id", "already used by"),
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_broken_file_is_skipped_with_a_clear_problem(kind: str, tmp_path: Path):
    text, field, words = BROKEN[kind]
    (tmp_path / "a-valid.yaml").write_text(_valid_yaml(id="a-valid"), encoding="utf-8")
    (tmp_path / "broken.yaml").write_text(
        text.replace("id: valid\n", "id: a-valid\n") if kind == "duplicate-id" else text,
        encoding="utf-8",
    )
    bank = load_bank(tmp_path)
    assert [e.id for e in bank.exercises] == ["a-valid"], [str(p) for p in bank.problems]
    assert len(bank.problems) == 1
    problem = bank.problems[0]
    assert isinstance(problem, ExerciseLoadProblem)
    line = str(problem)
    assert "\n" not in line
    assert problem.path.endswith("broken.yaml") and "broken.yaml" in line
    assert problem.field == field
    if field:
        assert f"field '{field}'" in line
    assert words in problem.message, line


def test_problem_line_matches_the_documented_form(tmp_path: Path):
    (tmp_path / "broken.yaml").write_text(_with(flaws=["vauge-ask"]), encoding="utf-8")
    problem = load_bank(tmp_path).problems[0]
    assert str(problem) == f"{problem.path}: field 'flaws': unknown rule id 'vauge-ask'"


def test_missing_folder_is_a_problem_not_a_crash(tmp_path: Path):
    bank = load_bank(tmp_path / "nowhere")
    assert bank.exercises == []
    assert "does not exist" in str(bank.problems[0])


def test_a_single_file_can_be_loaded(tmp_path: Path):
    (tmp_path / "valid.yaml").write_text(_valid_yaml(), encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("", encoding="utf-8")
    assert [e.id for e in load_bank(tmp_path / "valid.yaml").exercises] == ["valid"]
    assert "empty" in str(load_bank(tmp_path / "broken.yaml").problems[0])


def test_yml_files_are_reported(tmp_path: Path):
    (tmp_path / "valid.yaml").write_text(_valid_yaml(), encoding="utf-8")
    (tmp_path / "other.yml").write_text(_valid_yaml(id="other"), encoding="utf-8")
    bank = load_bank(tmp_path)
    assert [e.id for e in bank.exercises] == ["valid"]
    assert "rename it to other.yaml" in str(bank.problems[0])
