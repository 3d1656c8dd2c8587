"""Generated people for practice scenarios: a short code always gives the same people.

A scenario code such as ``K7M3Q`` is all a learner needs to share a scenario: it
seeds the recipient (:func:`generate`), the learner's own identity (:func:`sender`,
:func:`role_card`) and role-play pairs (:func:`pair`). Codes are hashed with
SHA-256, never Python's ``hash()``, and Faker is pinned exactly, so the same code
gives the same people in every process on every machine.

Faker supplies names, cities and companies only. Industries, roles, topics,
work titles, countries and time zones come from the curated YAML files in
``rapport/data`` so that everything about a persona fits together.
"""

from __future__ import annotations

import functools
import hashlib
import random
import secrets
import string
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import yaml
from faker import Faker
from faker.config import AVAILABLE_LOCALES
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from rapport.datafiles import yaml_syntax_problem
from rapport.models import (
    CHANNELS,
    Channel,
    DetailKind,
    Persona,
    RoleCard,
    Work,
    WorkDetail,
    WorkKind,
)

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 5
DATA_DIR = Path(__file__).parent / "data"
WORK_YEARS = (2023, 2026)
TOPICS_PER_PERSONA = (2, 4)
WORK_COUNT_WEIGHTS = {1: 3, 2: 4, 3: 3}

Pronouns = Literal["she/her", "he/him", "they/them"]
PRONOUN_WEIGHTS: dict[Pronouns, int] = {"she/her": 46, "he/him": 46, "they/them": 8}
_NAME_PROVIDERS: dict[Pronouns, tuple[str, str]] = {
    "she/her": ("first_name_female", "last_name_female"),
    "he/him": ("first_name_male", "last_name_male"),
    "they/them": ("first_name_nonbinary", "last_name_nonbinary"),
}

Seniority = Literal["mid-level", "senior", "lead", "principal", "director", "executive"]
Stage = Literal["student", "junior", "career changer"]
TEMPLATE_SLOTS = frozenset({"topic", "Topic", "thing", "setting", "audience"})
DETAIL_SLOTS = frozenset({"topic", "thing", "setting", "audience", "measure", "pct", "k",
                          "hours", "months"})
DETAIL_KINDS: tuple[DetailKind, ...] = ("claim", "figure", "open-question")
DETAILS_PER_WORK = (2, 3)
PERCENTAGES = (18, 64)
OUT_OF_TEN = (2, 4)
HOURS = (4, 12)
MONTHS = ("three", "four", "six", "nine", "twelve", "eighteen")
PRONOUN_FORMS: dict[str, tuple[str, str, str]] = {
    "she/her": ("she", "her", "her"),
    "he/him": ("he", "him", "his"),
    "they/them": ("they", "them", "their"),
}
"""Subject, object and possessive form for each pronoun set."""


class InvalidCode(ValueError):
    """A scenario code that cannot be read; the message is meant for learners."""


class PersonaDataError(ValueError):
    """Curated persona data that does not validate, naming the file and the field."""

    def __init__(self, path: Path, field: str, problem: str) -> None:
        self.path = path
        self.field = field
        self.problem = problem
        super().__init__(f"{path}: {field or '(top level)'}: {problem}")


# --- Codes ---------------------------------------------------------------------------


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(text: str) -> str:
    """Return the canonical form of a code typed by a learner ("k7m-3q" -> "K7M3Q")."""
    if not isinstance(text, str):
        raise InvalidCode(_code_help(f"got {type(text).__name__}"))
    code = "".join(text.split()).replace("-", "").upper()
    unknown = sorted({ch for ch in code if ch not in CODE_ALPHABET})
    if unknown:
        shown = ", ".join(repr(ch) for ch in unknown)
        raise InvalidCode(_code_help(f"{shown} {'is' if len(unknown) == 1 else 'are'} not used"))
    if len(code) != CODE_LENGTH:
        raise InvalidCode(_code_help(f"got {len(code)} character{'s' * (len(code) != 1)}"))
    return code


def _code_help(detail: str) -> str:
    return (
        f"A scenario code is {CODE_LENGTH} characters from {CODE_ALPHABET} "
        f"(no 0, O, 1, I or L, so it is easy to read aloud): {detail}."
    )


# --- Curated data ----------------------------------------------------------------------


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _check_template(template: str) -> str:
    slots = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    unknown = slots - TEMPLATE_SLOTS
    if unknown:
        allowed = ", ".join("{" + s + "}" for s in sorted(TEMPLATE_SLOTS))
        raise ValueError(f"unknown slot {sorted(unknown)} (allowed: {allowed})")
    if not slots & {"topic", "Topic"}:
        raise ValueError("a work title pattern must name the topic with {topic} or {Topic}")
    return template


Template = Annotated[str, AfterValidator(_check_template)]
Phrase = Annotated[str, Field(min_length=1)]
Phrases = Annotated[tuple[Phrase, ...], Field(min_length=2)]


class Role(_Data):
    title: Phrase
    seniority: Seniority
    topics: Phrases
    kinds: Annotated[tuple[WorkKind, ...], Field(min_length=1)]


def _slots(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _only_slots(allowed: frozenset[str]) -> Any:
    def check(template: str) -> str:
        unknown = _slots(template) - allowed
        if unknown:
            shown = ", ".join("{" + s + "}" for s in sorted(allowed))
            raise ValueError(f"unknown slot {sorted(unknown)} (allowed: {shown})")
        return template

    return AfterValidator(check)


class EarlyRole(_Data):
    title: Phrase
    stage: Stage
    background: Phrase
    intro: Annotated[Phrase, _only_slots(frozenset({"org"}))]
    """How they introduce themselves after "I'm": "a junior buyer at {org}"."""
    from_industry: str | None = None


class Industry(_Data):
    name: Phrase
    topics: Annotated[tuple[Phrase, ...], Field(min_length=4)]
    things: Phrases
    measures: Phrases
    settings: Phrases
    audiences: Phrases
    roles: Annotated[tuple[Role, ...], Field(min_length=2)]
    early_roles: Annotated[tuple[EarlyRole, ...], Field(min_length=2)]
    busy_seasons: Phrases


class IndustriesFile(_Data):
    industries: Annotated[tuple[Industry, ...], Field(min_length=1)]


def _check_locale(locale: str) -> str:
    if locale not in AVAILABLE_LOCALES:
        raise ValueError(f"Faker has no locale {locale!r}")
    return locale


class Place(_Data):
    locale: Annotated[str, AfterValidator(_check_locale)]
    country: Phrase
    timezones: Annotated[
        tuple[Annotated[str, Field(pattern=r"^[A-Z][A-Za-z_]+(/[A-Za-z0-9_+\-]+)+$")], ...],
        Field(min_length=1),
    ]


class LocalesFile(_Data):
    locales: Annotated[tuple[Place, ...], Field(min_length=1)]


class WorkTitlesFile(_Data):
    recipients: dict[WorkKind, Annotated[tuple[Template, ...], Field(min_length=1)]]
    learners: dict[WorkKind, Annotated[tuple[Template, ...], Field(min_length=1)]]


DetailText = Annotated[Phrase, _only_slots(DETAIL_SLOTS)]


def _is_question(text: str) -> str:
    if not text.rstrip().endswith("?"):
        raise ValueError("a follow-up is a question: end it with '?'")
    return text


class DetailTemplate(_Data):
    text: DetailText
    gist: DetailText
    follow_up: Annotated[DetailText, AfterValidator(_is_question)]


def _names_text(template: str) -> str:
    if _slots(template) != {"text"}:
        raise ValueError("write {text} once, where the detail goes, and no other slot")
    return template


TextFrame = Annotated[Phrase, AfterValidator(_names_text)]


class WorkDetailsFile(_Data):
    claim: Annotated[tuple[DetailTemplate, ...], Field(min_length=2)]
    figure: Annotated[tuple[DetailTemplate, ...], Field(min_length=2)]
    open_question: Annotated[tuple[DetailTemplate, ...], Field(min_length=2,
                                                               alias="open-question")]
    mentions: dict[DetailKind, Annotated[tuple[TextFrame, ...], Field(min_length=1)]]

    def templates(self, kind: DetailKind) -> tuple[DetailTemplate, ...]:
        return {"claim": self.claim, "figure": self.figure,
                "open-question": self.open_question}[kind]


class ChannelHabits(_Data):
    weight: Annotated[int, Field(ge=0)]
    habits: Annotated[tuple[Phrase, ...], Field(min_length=1)]


class SituationsFile(_Data):
    channels: dict[Channel, ChannelHabits]
    channel_notes: dict[Channel, dict[Channel, Annotated[Phrase, _only_slots(frozenset({"name"}))]]]
    """Why a scenario uses one channel (outer key) when the person prefers another (inner)."""
    learner_availability: Annotated[tuple[Phrase, ...], Field(min_length=1)]
    student_organizations: Annotated[tuple[Phrase, ...], Field(min_length=1)]


@dataclass(frozen=True)
class PersonaData:
    industries: tuple[Industry, ...]
    places: tuple[Place, ...]
    titles: WorkTitlesFile
    situations: SituationsFile
    details: WorkDetailsFile

    def industry(self, name: str) -> Industry:
        for industry in self.industries:
            if industry.name == name:
                return industry
        raise KeyError(name)


M = TypeVar("M", bound=BaseModel)


def load_data(directory: Path = DATA_DIR) -> PersonaData:
    """Read and validate the curated YAML; any problem is a `PersonaDataError`."""
    industries_path = directory / "industries.yaml"
    industries = _load(industries_path, IndustriesFile).industries
    _check_industries(industries_path, industries)
    titles_path = directory / "work_titles.yaml"
    titles = _load(titles_path, WorkTitlesFile)
    _check_kinds(titles_path, industries, titles)
    details_path = directory / "work_details.yaml"
    details = _load(details_path, WorkDetailsFile)
    _check_every_kind(details_path, details)
    situations_path = directory / "situations.yaml"
    situations = _load(situations_path, SituationsFile)
    _check_channel_notes(situations_path, situations)
    return PersonaData(
        industries=industries,
        places=_load(directory / "locales.yaml", LocalesFile).locales,
        titles=titles,
        situations=situations,
        details=details,
    )


@functools.cache
def curated() -> PersonaData:
    return load_data()


def _load(path: Path, model: type[M]) -> M:
    raw = _read_yaml(path)
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        first, *others = exc.errors()
        problem = _problem(first)
        for other in others[:3]:
            problem += f"; also {_field_path(other['loc']) or '(top level)'}: {_problem(other)}"
        raise PersonaDataError(path, _field_path(first["loc"]), problem) from exc


def _problem(error: Any) -> str:
    message = str(error["msg"]).removeprefix("Value error, ")
    value = error.get("input")
    if isinstance(value, dict | list) or error["type"] == "missing":
        return message
    shown = repr(value)
    return f"{message} (got {shown if len(shown) <= 60 else shown[:57] + '...'})"


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PersonaDataError(path, "", f"cannot read the file ({exc.strerror})") from exc
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        where, problem = yaml_syntax_problem(exc)
        raise PersonaDataError(path, where, f"not valid YAML: {problem}") from exc


def _field_path(loc: Sequence[int | str]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _check_industries(path: Path, industries: Sequence[Industry]) -> None:
    names = [industry.name for industry in industries]
    for i, name in enumerate(names):
        if names.index(name) != i:
            raise PersonaDataError(path, f"industries[{i}].name", f"{name!r} is listed twice")
    for i, industry in enumerate(industries):
        where = f"industries[{i}]"
        for j, role in enumerate(industry.roles):
            for topic in role.topics:
                if topic not in industry.topics:
                    raise PersonaDataError(
                        path,
                        f"{where}.roles[{j}].topics",
                        f"{topic!r} is not one of {industry.name}'s topics",
                    )
        for j, early in enumerate(industry.early_roles):
            if early.from_industry is not None and early.from_industry not in names:
                raise PersonaDataError(
                    path,
                    f"{where}.early_roles[{j}].from_industry",
                    f"{early.from_industry!r} is not an industry in this file",
                )


def _check_every_kind(path: Path, details: WorkDetailsFile) -> None:
    missing = [k for k in DETAIL_KINDS if k not in details.mentions]
    if missing:
        raise PersonaDataError(path, "mentions", f"no entry for {', '.join(missing)}")


def _check_channel_notes(path: Path, situations: SituationsFile) -> None:
    for used in CHANNELS:
        notes = situations.channel_notes.get(used, {})
        for preferred in CHANNELS:
            if preferred != used and preferred not in notes:
                raise PersonaDataError(
                    path, f"channel_notes.{used}.{preferred}",
                    f"missing: say why a {used} scenario suits someone who prefers {preferred}",
                )


def _check_kinds(path: Path, industries: Sequence[Industry], titles: WorkTitlesFile) -> None:
    for i, industry in enumerate(industries):
        for j, role in enumerate(industry.roles):
            for kind in role.kinds:
                if kind not in titles.recipients:
                    raise PersonaDataError(
                        path,
                        f"recipients.{kind}",
                        f"no title patterns for {kind!r}, used by industries[{i}].roles[{j}]",
                    )


# --- Seeds and Faker -------------------------------------------------------------------

_FAKER_LOCK = threading.Lock()


def _rng(code: str, salt: str) -> random.Random:
    digest = hashlib.sha256(f"rapport/{salt}/{code}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


HASH_ORDERED: dict[str, tuple[str, ...]] = {"it_IT": ("cities",)}
"""Faker lists built from a Python set, whose order changes with PYTHONHASHSEED (it_IT's
cities are ``list({...})``): sorted once, or the same code would give another city in
another process."""


@functools.cache
def _faker(locale: str) -> Faker:
    fake = Faker(locale)
    for attribute in HASH_ORDERED.get(locale, ()):
        for provider in fake.get_providers():
            values = getattr(provider, attribute, None)
            if isinstance(values, list):
                setattr(provider, attribute, sorted(values))
    return fake


@dataclass(frozen=True)
class _Identity:
    first_name: str
    last_name: str
    pronouns: Pronouns
    locale: str
    city: str
    country: str
    timezone: str
    company: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def fields(self) -> dict[str, str]:
        """The persona fields that come from who this person is (not what they do)."""
        return {
            "full_name": self.full_name,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "pronouns": self.pronouns,
            "locale": self.locale,
            "city": self.city,
            "country": self.country,
            "timezone": self.timezone,
            "company": self.company,
        }


def _real_companies(fake: Faker) -> frozenset[str]:
    """Some Faker locales (nl_NL) mix real brands into company names; a made-up person with
    made-up work must not be placed at Philips or Mercedes-Benz."""
    found: set[str] = set()
    for provider in fake.get_providers():
        found.update(getattr(provider, "large_companies", ()))
    return frozenset(found)


def _fictional_company(fake: Faker) -> str:
    company = fake.company()
    if company in _real_companies(fake):
        company = f"{fake.last_name()} {fake.company_suffix()}"
    return company


def _identity(rng: random.Random, places: Sequence[Place]) -> _Identity:
    place = rng.choice(places)
    pronouns = _weighted(rng, PRONOUN_WEIGHTS)
    timezone = rng.choice(place.timezones)
    first_method, last_method = _NAME_PROVIDERS[pronouns]
    fake = _faker(place.locale)
    with _FAKER_LOCK:
        fake.seed_instance(rng.getrandbits(64))
        first = getattr(fake, first_method)()
        last = getattr(fake, last_method)()
        city = fake.city()
        company = _fictional_company(fake)
    return _Identity(
        first_name=first.strip(),
        last_name=last.strip(),
        pronouns=pronouns,
        locale=place.locale,
        city=city.strip(),
        country=place.country,
        timezone=timezone,
        company=company.strip(),
    )


K = TypeVar("K")


def _weighted(rng: random.Random, weights: dict[K, int]) -> K:
    options = list(weights)
    return rng.choices(options, weights=[weights[o] for o in options])[0]


# --- Recipients ------------------------------------------------------------------------


def generate(code: str) -> Persona:
    """The person a learner writes to in the scenario with this code."""
    return _recipient(normalize_code(code), curated())


def _recipient(code: str, data: PersonaData) -> Persona:
    rng = _rng(code, "recipient")
    person = _identity(rng, data.places)
    industry = rng.choice(data.industries)
    role = rng.choice(industry.roles)
    drafts = _recipient_work(rng, industry, role, data.titles)
    details_rng = _rng(code, "details")
    work = [_with_details(details_rng, draft, industry, data.details) for draft in drafts]
    channel = _weighted(rng, {c: h.weight for c, h in data.situations.channels.items()})
    habit = rng.choice(data.situations.channels[channel].habits)
    situation = f"{rng.choice(industry.busy_seasons)}; {habit} ({person.timezone})"
    return Persona(
        code=code,
        **person.fields(),
        role=role.title,
        seniority=role.seniority,
        industry=industry.name,
        work=work,
        topics=_topics(rng, [w.topic for w in work], industry.topics),
        preferred_channel=channel,
        situation=situation,
    )


@dataclass(frozen=True)
class _Draft:
    """A piece of work before its details, with the title's slot values so details can match."""

    kind: WorkKind
    title: str
    topic: str
    year: int
    slots: dict[str, str]


def _recipient_work(
    rng: random.Random, industry: Industry, role: Role, titles: WorkTitlesFile
) -> list[_Draft]:
    count = min(_weighted(rng, WORK_COUNT_WEIGHTS), len(role.topics))
    used: set[str] = set()
    drafts = []
    for topic in rng.sample(role.topics, count):
        kind, template = _fresh_template(rng, role.kinds, titles, used)
        used.add(template)
        title, slots = _title(rng, template, topic, industry)
        drafts.append(_Draft(kind, title, topic, rng.randint(*WORK_YEARS), slots))
    return sorted(drafts, key=lambda d: -d.year)


def _with_details(
    rng: random.Random, draft: _Draft, industry: Industry, details: WorkDetailsFile
) -> Work:
    """Two or three concrete details of different kinds, drawn from the persona's own details
    seed stream (so adding them left every existing code's names and titles as they were)."""
    count = rng.choice(_DETAIL_COUNTS)
    slots = {
        **draft.slots,
        "measure": rng.choice(industry.measures),
        "pct": rng.choice(_PERCENTAGES),
        "k": rng.choice(_OUT_OF_TEN),
        "hours": rng.choice(_HOURS),
        "months": rng.choice(MONTHS),
    }
    chosen = []
    for kind in rng.sample(DETAIL_KINDS, count):
        template = rng.choice(details.templates(kind))
        chosen.append(WorkDetail(
            kind=kind,
            text=template.text.format(**slots),
            gist=template.gist.format(**slots),
            follow_up=_capitalized(template.follow_up.format(**slots)),
        ))
    return Work(kind=draft.kind, title=draft.title, topic=draft.topic, year=draft.year,
                details=chosen)


_DETAIL_COUNTS = tuple(range(DETAILS_PER_WORK[0], DETAILS_PER_WORK[1] + 1))
_PERCENTAGES = tuple(str(n) for n in range(PERCENTAGES[0], PERCENTAGES[1] + 1))
_OUT_OF_TEN = tuple(str(n) for n in range(OUT_OF_TEN[0], OUT_OF_TEN[1] + 1))
_HOURS = tuple(str(n) for n in range(HOURS[0], HOURS[1] + 1))


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fresh_template(
    rng: random.Random, kinds: Sequence[WorkKind], titles: WorkTitlesFile, used: set[str]
) -> tuple[WorkKind, str]:
    """A title pattern not yet used for this persona, so two pieces of work read differently."""
    kind = rng.choice(kinds)
    fresh = [t for t in titles.recipients[kind] if t not in used]
    if fresh:
        return kind, rng.choice(fresh)
    spare = [(k, t) for k in kinds for t in titles.recipients[k] if t not in used]
    return rng.choice(spare) if spare else (kind, rng.choice(titles.recipients[kind]))


def _title(
    rng: random.Random, template: str, topic: str, industry: Industry
) -> tuple[str, dict[str, str]]:
    """The title and the slot values drawn for it (all three are drawn, used or not, so the
    seed stream is the same whichever pattern was picked)."""
    slots = {
        "topic": topic,
        "thing": rng.choice(industry.things),
        "setting": rng.choice(industry.settings),
        "audience": rng.choice(industry.audiences),
    }
    return template.format(Topic=_capitalized(topic), **slots), slots


def _topics(rng: random.Random, first: list[str], pool: Sequence[str]) -> list[str]:
    low, high = TOPICS_PER_PERSONA
    count = min(max(rng.randint(low, high), len(first)), high)
    rest = [t for t in pool if t not in first]
    return first + rng.sample(rest, count - len(first))


# --- The learner -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Scenario:
    recipient: Persona
    sender: Persona
    curious_about: str


def sender(code: str) -> Persona:
    """The learner's own persona for this code: earlier in a career than the recipient."""
    return _scenario(normalize_code(code)).sender


def role_card(code: str, curious_about: str | None = None) -> RoleCard:
    """The learner's side of the scenario: who they are and what they want to learn."""
    scenario = _scenario(normalize_code(code))
    me = scenario.sender
    curious = (curious_about or "").strip() or scenario.curious_about
    return RoleCard(
        name=me.full_name,
        first_name=me.first_name,
        role=me.role,
        curious_about=curious,
        situation=me.situation,
    )


def pair(code: str) -> tuple[Persona, Persona]:
    """(the one asking, the one advising) for a role-play card: the code's sender and recipient."""
    scenario = _scenario(normalize_code(code))
    return scenario.sender, scenario.recipient


def _scenario(code: str) -> _Scenario:
    data = curated()
    recipient = _recipient(code, data)
    rng, person = _distinct_identity(code, recipient.full_name, data.places)
    industry = data.industry(recipient.industry)
    early = rng.choice(industry.early_roles)
    curious = rng.choice([w.topic for w in recipient.work])
    kind = rng.choice(list(data.titles.learners))
    work = Work(
        kind=kind,
        title=_title(rng, rng.choice(data.titles.learners[kind]), curious, industry)[0],
        topic=curious,
        year=rng.randint(WORK_YEARS[1] - 1, WORK_YEARS[1]),
    )
    company = person.company
    if early.stage == "student":
        company = rng.choice(data.situations.student_organizations).format(city=person.city)
    availability = rng.choice(data.situations.learner_availability)
    me = Persona(
        code=code,
        **{**person.fields(), "company": company},
        role=early.title,
        seniority=early.stage,
        industry=early.from_industry or industry.name,
        work=[work],
        topics=_topics(rng, [curious], industry.topics),
        preferred_channel=_weighted(
            rng, {c: h.weight for c, h in data.situations.channels.items()}
        ),
        situation=f"{early.background}; {availability} ({person.timezone})",
    )
    return _Scenario(recipient=recipient, sender=me, curious_about=curious)


def _distinct_identity(
    code: str, taken: str, places: Sequence[Place]
) -> tuple[random.Random, _Identity]:
    attempt = 0
    while True:
        rng = _rng(code, f"sender/{attempt}")
        person = _identity(rng, places)
        if person.full_name != taken:
            return rng, person
        attempt += 1


# --- Words for generated text ----------------------------------------------------------


def pronoun_forms(person: Persona) -> tuple[str, str, str]:
    """(subject, object, possessive) for the person: ("he", "him", "his")."""
    return PRONOUN_FORMS.get(person.pronouns, PRONOUN_FORMS["they/them"])


@functools.cache
def _early_roles() -> dict[str, EarlyRole]:
    return {early.title: early for i in curated().industries for early in i.early_roles}


def workplace(person: Persona) -> str:
    """Where the person works or studies, as it reads inside a sentence ("the University of
    Graz", "Graz University", "Müller GmbH")."""
    company = person.company
    return f"the {company}" if company.startswith("University of ") else company


def introduction(person: Persona) -> str:
    """Who the person is, as it reads after "I'm": "studying architecture at the University of
    Graz", "a junior buyer at Müller GmbH"."""
    early = _early_roles().get(person.role)
    if early is not None:
        return early.intro.format(org=workplace(person))
    return f"{with_article(_lowered(person.role))} at {workplace(person)}"


def short_introduction(person: Persona) -> str:
    """Who the person is in a few words, for a note with a character limit: "a junior buyer",
    "an architecture student"."""
    return with_article(_lowered(person.role))


def with_article(phrase: str) -> str:
    """ "a" or "an" before `phrase`, by sound: an engineer, a UX designer, an FP&A manager."""
    first = phrase.split()[0] if phrase.split() else ""
    if (len(first) > 1 and first.isupper()) or "&" in first:
        vowel_sound = first[0] in "AEFHILMNORSX"
    else:
        lower = first.lower()
        vowel_sound = lower[:1] in tuple("aeiou") and not lower.startswith(("uni", "use", "eu"))
    return f"{'an' if vowel_sound else 'a'} {phrase}"


def _lowered(title: str) -> str:
    first = title.split()[0] if title else ""
    if len(first) > 1 and (first[1].isupper() or not first.isalpha()):
        return title
    return title[:1].lower() + title[1:]


def channel_note(person: Persona, channel: Channel) -> str | None:
    """Why a scenario on `channel` suits this person, when they prefer another channel."""
    if person.preferred_channel == channel:
        return None
    note = curated().situations.channel_notes[channel][person.preferred_channel]
    return note.format(name=person.first_name)


def mention(detail: WorkDetail, variant: int = 0) -> str:
    """A sentence bringing up `detail` in a message ("You argued that ..."); `variant` picks
    one of the wordings."""
    frames = curated().details.mentions[detail.kind]
    return frames[variant % len(frames)].format(text=detail.text)


VERBS: dict[WorkKind, str] = {
    "paper": "read",
    "article": "read",
    "talk": "watched",
    "podcast": "listened to",
    "project": "read about",
}
"""What you did with a piece of work, by kind (past tense): you read a paper, watch a talk,
listen to a podcast, read about a project."""

