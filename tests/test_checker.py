"""Behaviour of `check()` beyond the rules' own examples: input limits, spans, quotes,
scores, and robustness on any text (property tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rapport.checks import EmptyMessageError, MessageTooLongError, check, coach_model, cues
from rapport.checks.rules import ask, relationship, respect
from rapport.models import MAX_MESSAGE_CHARS, Message, Recipient


def _check(body: str, **kw):
    channel = kw.pop("channel", "email")
    subject = kw.pop("subject", "Your flood-map talk" if channel == "email" else None)
    return check(Message(channel=channel, subject=subject, body=body), **kw)


@pytest.mark.parametrize("body", ["", "   ", "\n\t \n"])
def test_empty_message_is_a_clear_error(body: str):
    with pytest.raises(EmptyMessageError, match="empty"):
        _check(body)


def test_overlong_message_is_a_clear_error():
    with pytest.raises(MessageTooLongError, match="10,000"):
        _check("word " * (MAX_MESSAGE_CHARS // 5 + 1))


def test_message_at_the_limit_is_checked():
    report = _check(("a" * 9 + " ") * (MAX_MESSAGE_CHARS // 10))
    assert any(f.rule == "too-long" for f in report.findings)


def test_spans_are_offsets_into_the_exact_text_given():
    body = "\n\n   Hi!   \n"
    report = _check(body, channel="slack", relationship="coworker")
    [finding] = [f for f in report.findings if f.rule == "naked-greeting"]
    assert body[finding.start : finding.end] == "Hi!"


def test_quoted_text_does_not_trigger_phrase_rules():
    body = ('Hi Luis, I\'m a student in Madrid. Your talk "Can I pick your brain? The legend of '
            'ASAP culture" was great. How did you pick the examples? No worries if not.\nMarta')
    rules = {f.rule for f in _check(body).findings}
    assert not rules & {"vague-ask", "excess-flattery", "pressure"}


def test_same_phrase_outside_quotes_does_fire():
    """The phrase rules' own cues (the coach model may then name only the main problem)."""
    body = "Hi Luis, can I pick your brain ASAP?\nMarta"
    with coach_model.using(None):
        rules = {f.rule for f in _check(body).findings}
    assert {"vague-ask", "pressure"} <= rules


def test_ready_means_no_error_or_warning():
    report = _check("Hi Ana, quick question about the Q3 churn dashboard: does the active filter "
                    "include trial accounts?", channel="slack", relationship="coworker")
    assert report.ready
    assert all(f.severity == "info" for f in report.findings)
    assert not _check("Hi!", channel="slack", relationship="coworker").ready


def test_scores_are_present_and_sensible():
    report = _check("Hi Ana, I'm a student. How did you pick your thesis topic? Do you like it?\n"
                    "Thanks,\nPriya", subject="Your thesis topic")
    s = report.scores
    for key in ("words", "sentences", "questions", "reading_grade", "you_i_ratio",
                "subject_words", "tone"):
        assert key in s
    assert s["questions"] == 2
    assert s["subject_words"] == 3
    assert 0.0 <= s["tone"] <= 1.0
    assert report.tone_label


def test_findings_name_their_lesson_and_come_sorted_by_severity():
    report = _check("Hey buddy, can I pick your brain? [Name]", channel="linkedin")
    order = {"error": 0, "warning": 1, "info": 2}
    assert [order[f.severity] for f in report.findings] == sorted(
        order[f.severity] for f in report.findings
    )
    assert all(f.lesson.startswith("lessons/") for f in report.findings)


def test_relationship_changes_what_is_expected():
    body = ("Hi Sam, I hope the move to Leeds went well! Could you refer me for the data role "
            "on your team? No worries at all if you'd rather not.")
    assert "big-ask" in {f.rule for f in _check(body, relationship="stranger").findings}
    assert "big-ask" not in {
        f.rule for f in _check(body, relationship="former-colleague").findings
    }


@pytest.mark.parametrize("claim", ["we are already like brothers", "we're basically like family",
                                   "we are already brothers", "we are like sisters"])
def test_claimed_closeness_with_two_words_before_it(claim):
    """"Already like brothers" is the same claim as "already brothers" or "like brothers" (a
    rule example would also be training data for the coach model, so this lives here)."""
    body = (f"Greetings from Detroit! I feel {claim}, we both love football. How did you "
            "move from the blood bank into QA?\nRami")
    report = _check(body, channel="linkedin", relationship="stranger")
    hits = [f for f in report.findings if f.rule == "fake-familiarity"]
    assert hits and body[hits[0].start:hits[0].end].endswith(claim.split()[-1])


@pytest.mark.parametrize("body", ["Good morning Kavita ma'am 🙏", "Hi Kavita ma’am, good morning",
                                  "Good morning ma 🙏"])
def test_greeting_with_a_title_after_the_name_is_still_only_a_greeting(body):
    """"ma'am" after a name is a title, not the start of something to answer."""
    report = _check(body, channel="slack", relationship="coworker",
                    recipient=Recipient(name="Kavita Menon"))
    assert [f.rule for f in report.findings] == ["naked-greeting"]


@pytest.mark.parametrize("body", ["guy how far? 😂", "Rafaaa 😄 tudo bem?? you have a minute? 🙏",
                                  "Salam Yousef, how are you brother? 🌹"])
def test_small_talk_in_other_voices_is_still_only_a_greeting(body):
    """Found by a second coach's blind relabelling (sets 120, 121, 130): these are modelled
    rules, so the cases live here rather than as rule examples, which also train the model."""
    report = _check(body, channel="text", relationship="friend",
                    recipient=Recipient(name="Rafael Yousef Obi"))
    assert [f.rule for f in report.findings] == ["naked-greeting"]


@pytest.mark.parametrize(("body", "relationship", "rule"), [
    ("Dai! Remember that Christmas Eve shift I covered for you in 2019? Time to pay up 😄 How "
     "hard is the first year of the PQiP?", "former-colleague", "transactional"),
    ("Burak kanka, we never met but we're both Fenerbahçe so basically brothers already! I'm "
     "Yusuf from RF optimisation. How did you get into the RIC lab team?", "stranger",
     "fake-familiarity"),
    ("¡Qué onda compadre! Carlos, hermano, it's Luis from the users group in Monterrey. How "
     "did you handle the dead time on the jacket? Un abrazo, mi hermano!", "acquaintance",
     "fake-familiarity"),
    ("Brother, we need you at the council meeting on Tuesday for the bike lane vote. Everyone "
     "is counting on you. Don't let us down!", "acquaintance", "pressure"),
])
def test_debts_claimed_closeness_and_guilt_in_other_words(body, relationship, rule):
    report = _check(body, channel="linkedin", relationship=relationship)
    assert rule in {f.rule for f in report.findings}


@pytest.mark.parametrize(("body", "relationship", "rule"), [
    ("Congrats on the new shop! Send any customers you can't fit in my way and I'll give you "
     "£40 for each one who books.", "former-colleague", "transactional"),
    ("I taught you to read a balance sheet, so I'd expect you to put my name forward first.",
     "former-colleague", "transactional"),
    ("Dear Ola, we are setting up a review panel for the spring and I have already told the "
     "dean you would.\nBest,\nEwa", "former-colleague", "pressure"),
    ("hey! I booked the first-aid course for the two Fridays in June and I already told the "
     "trainer I'm coming, so can you move my shifts?", "coworker", "pressure"),
    ("Hello Dr. Berg, I read your paper on hoof cracks. Why did you not include winter data?",
     "stranger", "blunt-tone"),
    ("So which is it? You told the client one thing and the contract says another.",
     "coworker", "blunt-tone"),
    ("Hello my friend Pedro! We coffee people are all one big family. I grade beans in Huila. "
     "How do you score a washed natural?\nLuz", "stranger", "fake-familiarity"),
    ("Dear Mr. Osei, I feel I know you already from your podcast. I run a small poultry farm "
     "in Kumasi. How do you keep feed costs down in the dry season?\nAma", "stranger",
     "fake-familiarity"),
    ("Dear Ines, as fellow beekeepers I feel we are already on the same team! I keep forty "
     "hives in Braga. Which mite treatment do you trust?\nRui", "stranger",
     "fake-familiarity"),
    ("Dear Dr. Moyo, I'm a final-year vet student in Harare. Would you be open to me shadowing "
     "you for two weeks in July?\nTendai", "stranger", "big-ask"),
    ("Hi Ms. Ruiz, I build scheduling software for clinics. Could you send me the slides from "
     "your talk, and the internal staffing template your team uses?\nBen", "stranger",
     "big-ask"),
])
def test_prices_debts_presumptions_challenges_and_claims_in_other_words(body, relationship,
                                                                       rule):
    """Found in blind sets 138-141, each case in its general form and new words (these are
    modelled rules: a rule example would also train the coach model)."""
    report = _check(body, channel="email", relationship=relationship)
    assert rule in {f.rule for f in report.findings}


@pytest.mark.parametrize(("body", "relationship", "rule"), [
    ("Dear Ms. Otieno, we met at the water summit in Kisumu. Did the pilot keep its chlorine "
     "levels in the rains? I report to my board on Monday, so kindly revert before the "
     "weekend.\nAmos", "acquaintance", "pressure"),
    ("Dear Dr. Rao, I read your paper on kiln emissions. Would you count the biomass share "
     "separately? Kindly revert at the earliest as our filing closes soon.\nVikram",
     "stranger", "pressure"),
    ("Mr. Lund, I have emailed you three times about the berth schedule. Could you confirm the "
     "Tuesday slot?\nPia", "acquaintance", "pressure"),
    ("Dear Sami, which distributor would you trust in Oman? I know you are busy in the big "
     "office now and have no time anymore for your old friends from the harbour.\nRana",
     "former-colleague", "pressure"),
    ("Dear Professor Hale, you are the foremost authority on tidal turbines, and I work on "
     "blade fouling in Orkney. Did the copper coating hold up past two winters?\nIsla",
     "stranger", "excess-flattery"),
    ("Mina, read your post on dye lots. That's not right: most mills re-test after every "
     "batch anyway.", "acquaintance", "blunt-tone"),
    ("Piet! Too long. Lunch on Friday, my treat? My new firm can insure your trucks for less "
     "than your current broker, I'll bring the figures.", "friend", "transactional"),
    ("Dear brother Kareem 🌹 I keep bees in Irbid and loved your video on queen rearing. How "
     "many frames do you give a new nuc?\nOmar", "stranger", "fake-familiarity"),
    ("Querida Inés! I feel like we're soul sisters after that panel. I run a bakery in Cádiz. "
     "How did you price your first wholesale order?", "acquaintance", "fake-familiarity"),
    ("Hi Ravi, since you've got the CFO's ear, could you mention me for the treasury lead "
     "role? You've seen my forecasts.", "coworker", "transactional"),
    ("Hi Lena! I told Dr. Park we'd have the new clinic map for Monday. Could you send the "
     "layer over the weekend? I'm kind of counting on you here!", "coworker", "pressure"),
])
def test_deadlines_chasing_crowning_correcting_and_pitching_in_other_words(body, relationship,
                                                                          rule):
    """Found in blind sets 142-149, each in its general form and new words."""
    report = _check(body, channel="email", relationship=relationship)
    assert rule in {f.rule for f in report.findings}


def test_a_religious_title_is_not_claimed_closeness():
    body = ("Dear Sister Ana, your reflection on silence at the bedside stayed with me. I am a "
            "chaplaincy resident in Bogotá. How did you learn to stay quiet?\nLuis")
    report = _check(body, channel="email", relationship="stranger",
                    recipient=Recipient(name="Sister Ana Lucía Restrepo"))
    assert "fake-familiarity" not in {f.rule for f in report.findings}


@pytest.mark.parametrize(("body", "relationship", "absent"), [
    ("Dear Jun, thank you for the draft. Two small comments are in the file; neither is urgent, "
     "the editor wants it next month. Happy to talk them over on Friday if that helps.\nMika",
     "coworker", "pressure"),
    ("Mo you promised to look at my cover letter tonight, I'm counting on you!", "friend",
     "no-easy-out"),
    ("Dear Dr. Lind,\nSofia Ek, data analyst at the Uppsala water board. What share of your "
     "pipes are still cast iron? We are planning a similar survey.\nThank you,\nSofia Ek",
     "stranger", "no-context"),
])
def test_what_says_otherwise_is_heard(body, relationship, absent):
    """"Neither is urgent" is not urgency, a promise already made needs no way out, and
    "Name, role at ..." is an introduction."""
    report = _check(body, channel="email", relationship=relationship)
    assert absent not in {f.rule for f in report.findings}


def test_a_time_that_is_fine_is_not_a_deadline():
    body = ("hi Ayşe, settle plates from line 2 filling yesterday (batch 24F-118), were they read "
            "already? I don't see counts in LIMS. before 3pm is fine, review is tomorrow")
    assert "pressure" not in {f.rule for f in _check(body, channel="slack",
                                                       relationship="coworker").findings}


@pytest.mark.parametrize(("body", "vague"), [
    ("yo. u still at Seacom?", True),
    ("Jürgen, are you still in Marl? Need to talk.\n\nDieter", True),
    ("Hi Pete, are you still at Greencore? I'm applying for the QA lead job there.\n\nBecca",
     False),
    ("Are you still in Lisbon? I'll be there on the 4th, dinner?", False),
])
def test_asking_only_whether_they_are_still_there_is_a_vague_ask(body, vague):
    report = _check(body, channel="text", relationship="former-colleague")
    assert ("vague-ask" in {f.rule for f in report.findings}) is vague


@pytest.mark.parametrize(("subject", "relationship", "weak"), [
    ("Greetings from Osaka", "acquaintance", True),
    ("Hello from Brazil! 😊", "stranger", True),
    ("Greetings from Osaka and a question about video manuals", "acquaintance", False),
    ("Greetings from Toronto", "former-colleague", False),
])
def test_where_you_write_from_is_not_a_topic_to_someone_who_barely_knows_you(subject,
                                                                           relationship, weak):
    body = ("Dear Ms. Nguyen,\nI am the maintenance manager from Osaka who asked about your "
            "video manuals. How did you persuade senior technicians to be filmed?\nHiroshi")
    report = _check(body, subject=subject, relationship=relationship)
    assert ("subject-line" in {f.rule for f in report.findings}) is weak


def test_mate_to_someone_you_have_met_is_everyday_address():
    body = "Alright mate, what insurance do u use for the gutter vac work? ours went up 40%"
    assert "fake-familiarity" not in {
        f.rule for f in _check(body, channel="text", relationship="acquaintance").findings}
    assert "fake-familiarity" in {
        f.rule for f in _check(body, channel="linkedin", relationship="stranger").findings}


CUES_IN_OTHER_WORDS = {
    # Blind sets 296-301: the meeting arranged through someone else, the no ruled out.
    # Sending them something is not arranging their time.
    "assumed yes": (cues.ASSUMED_YES_RE, [
        ("My PA, Carys, will be in touch to fix a time.", True),
        ("My secretary Fatma will contact you tomorrow to fix a call.", True),
        ("My assistant will send you some times for next week.", True),
        ("I will take the liberty of telephoning your office next week.", True),
        ("Please don't say no, I am desperate", True),
        ("My assistant will send you the photos from the day.", False),
        ("My office will be closed on Friday.", False),
        ("Feel free to say no.", False),
    ]),
    # Blind sets 310-317: the only hope with an adverb in between, "b4", a bare hour at the
    # end of a sentence.
    "pressure": (respect.PRESSURE_RE, [
        ("I know it's a lot but you're honestly my only hope here mate", True),
        ("I count on you, you are my only contact in Berlin.", True),
        ("need answer b4 4pm, desk is asking.", True),
        ("Resale pilot deck. Not in the folder. Need it before 3.", True),
        ("We need it before 3.5 seconds of load time.", False),
    ]),
    # Blind sets 296-317: a yes given on their behalf, in more words.
    "presumed": (cues.PRESUME_RE, [
        ("dude I told the recruiter at your company you'd vouch for me", True),
        ("I have taken the liberty of telling them that you would be delighted to host them.",
         True),
        ("I have taken the liberty of sending you a calendar invitation for Thursday.", True),
        ("I take the liberty of writing to you after our dinner in Florence.", False),
    ]),
    # Blind sets 326-341: closeness felt without "like", a favourite person, kindred spirits,
    # "practically colleagues", Italian, Spanish and Portuguese endearments, "lovely" or
    # "brother" as a greeting.
    "familiarity": (relationship.FAMILIARITY_RE, [
        ("My dear friend, I feel we already know each other.", True),
        ("Since Perpignan I feel we are old friends.", True),
        ("heyyy my favourite swiss mountain man 😘", True),
        ("You're one of my favourite people in the industry.", True),
        ("I feel like we're kindred spirits already", True),
        ("Hélène querida! 🌻", True),
        ("Ciao cara Hiroko!", True),
        ("Tell me when you can, amica mia.", True),
        ("hey lovely! quick one", True),
        ("Hey brother! Hope you and the family are doing great.", True),
        ("Rafaaa!! Saudades, meu querido!", True),
        ("Feels like we're practically colleagues already", True),
        ("Hi Sister Mary, thank you for the tour.", False),
        ("My favourite part of your talk was the Q&A.", False),
        ("My favourite person to ask about grants is my old supervisor.", False),
        ("Lovely to meet you at the fair.", False),
        ("I feel we already know each other's work.", False),
    ]),
    # Blind sets 326-341: days of shadowing, a week with the team, being taken on: a placement
    # in all but name, to anyone but a friend.
    "placement": (ask.PLACEMENT_RE, [
        ("Could I accompany you for one full working day of inspections?", True),
        ("Could I shadow you or someone on your team for a day?", True),
        ("I'd love to shadow you for a few full days sometime.", True),
        ("Could I shadow you on a few jobs next month?", True),
        ("Could I shadow you for the first hour?", False),
        ("Could I shadow you for an hour and ask a few questions?", False),
        ("Thanks for letting me shadow you last week!", False),
        ("Would you be open to me spending a week with your team this spring?", True),
        ("Would you take me on for a three-month unpaid stage on the make?", True),
        ("could you take me on saturday night?", False),
        ("I'd love to spend a day at the show.", False),
    ]),
}


@pytest.mark.parametrize(("cue", "text", "found"), [
    (cue, text, found) for cue, (_, cases) in CUES_IN_OTHER_WORDS.items()
    for text, found in cases])
def test_cues_in_other_words(cue, text, found):
    """Cue patterns widened from blind sets, each with the near misses they must not match."""
    pattern = CUES_IN_OTHER_WORDS[cue][0]
    assert bool(pattern.search(text)) is found


def test_telling_someone_else_they_already_said_yes_is_pressure():
    body = ("Hi Raj! Would it be ok if I shadowed your PPM rounds one morning next week? I "
            "already mentioned to Linda that you'd said yes in principle 😅 so hopefully ok!")
    assert "pressure" in {f.rule for f in _check(body, channel="text",
                                                   relationship="coworker").findings}


@pytest.mark.parametrize(("greeting", "name"), [("Thandi", "Thandeka Zulu"),
                                                ("Dima", "Dmytro Kovalenko")])
def test_everyday_short_forms_are_the_recipient_s_name(greeting, name):
    body = f"{greeting}, saw you passed the certification, well done! How long did it take?"
    report = _check(body, channel="text", relationship="former-colleague",
                    recipient=Recipient(name=name))
    assert "wrong-name" not in {f.rule for f in report.findings}


@pytest.mark.parametrize("body", [
    "hi! i'm a glass student in canberra. can i ask u some questions abt glass sometime?? 🙏",
    "Hi Ana, when you are free, could we talk about my career? I feel stuck.\nMinh",
    "Dear Ms. Sørensen,\nThank you for visiting our workshop in Kyoto. Please tell me about "
    "working in Denmark.\nWatanabe Kenji",
])
def test_an_ask_for_everything_at_once_is_vague_in_any_register(body):
    """The rules alone: the coach model may hold the finding back beside a stronger one."""
    with coach_model.using(None):
        report = _check(body, channel="linkedin", relationship="acquaintance")
    assert "vague-ask" in {f.rule for f in report.findings}


@pytest.mark.parametrize(("body", "relationship", "channel"), [
    ("Would you write me a reference for the Codarts bachelor? The form is one page. They need "
     "it by 15 March.", "former-colleague", "email"),
    ("Kasia, is the invar rod delivered or still in customs? I need to know by Wednesday to book "
     "the crane for Thursday.", "coworker", "slack"),
])
def test_a_date_that_is_someone_elses_or_serves_a_shared_plan_is_not_pressure(
        body, relationship, channel):
    """The rules alone: "they need it" passes on the school's date, and between teammates "to
    book the crane" explains the date. (The coach model still weighs the words on its own.)"""
    with coach_model.using(None):
        report = _check(body, channel=channel, relationship=relationship)
    assert "pressure" not in {f.rule for f in report.findings}


def test_wrong_name_suggests_the_recipient_name():
    report = _check("Hi Michael, I enjoyed your piece on warehouse robots.",
                    recipient=Recipient(name="Lucas Moreau"))
    [finding] = [f for f in report.findings if f.rule == "wrong-name"]
    assert finding.replacement == "Lucas"


@pytest.mark.parametrize(("channel", "subject", "body", "relationship", "expected"), [
    # The one thing to fix is saying who you are, or asking something answerable: the
    # missing name goes with it.
    ("linkedin", None, "Hi Dr. Wang, I read your paper on escape-wheel wear from the "
     "Neuchatel meeting. What lubricant did you use on the pallet stones in the 2,000-hour "
     "test? The slides don't say, and I'd like to try the same on our bench.", "stranger",
     {"no-context", "no-signoff"}),
    ("linkedin", None, "Hi Juliana! So nice to meet you at the meetup yesterday. Let's have a "
     "call sometime to exchange ideas? Tell me when you can!", "acquaintance",
     {"vague-ask", "no-signoff"}),
    # Too short already says to add who you are; the name is part of that.
    ("email", "Backflow class", "Hi,\n\nIs the spring backflow tester session still "
     "open?\n\nThanks", "stranger", {"no-context", "too-short"}),
])
def test_a_missing_name_is_named_beside_the_problem_it_goes_with(channel, subject, body,
                                                                 relationship, expected):
    report = check(Message(channel=channel, subject=subject, body=body),
                   relationship=relationship)
    assert {f.rule for f in report.findings} == expected


@pytest.mark.parametrize(
    "body",
    [
        "مرحبا! هل أنت متفرغ غدا لتناول القهوة؟ أريد أن أسألك عن عملك",
        "שלום, אני סטודנטית ואשמח לשאול שאלה על ההרצאה שלך",
        "Hi 👋🏽 I'm Zoë 👩🏽‍💻 — loved your talk 🎉🎉 can I ask about the demo? 🙏",
        "Hi\u0000there\u200b, can I ask\u202e about your talk?",
        "<script>alert(1)</script> Hi, can I pick your brain? <img src=x onerror=alert(1)>",
        "Ḧ̸̢i̵ ̶Z̴a̷l̸g̵o̶, can I pick your brain?",
        "**bold** :red[x] $x$ [a](javascript:alert(1)) can I pick your brain?",
    ],
)
def test_unusual_text_is_checked_without_crashing(body: str):
    for channel in ("email", "linkedin", "slack", "text"):
        report = _check(body, channel=channel, recipient=Recipient(name="Lucas Moreau"))
        for f in report.findings:
            assert 0 <= f.start <= f.end <= len(body if f.field == "body" else "Your flood-map talk")


messages = st.text(min_size=1, max_size=600).filter(lambda s: s.strip())
subjects = st.one_of(st.none(), st.text(max_size=80))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=messages, subject=subjects,
       channel=st.sampled_from(["email", "linkedin", "slack", "text"]),
       relationship=st.sampled_from(["stranger", "acquaintance", "coworker",
                                     "former-colleague", "friend"]),
       name=st.one_of(st.none(), st.text(min_size=1, max_size=30).filter(str.strip)))
def test_any_text_gives_findings_in_range_deterministically(body, subject, channel,
                                                            relationship, name):
    message = Message(channel=channel, subject=subject, body=body)
    recipient = Recipient(name=name, work=["Flood maps"]) if name else None
    first = check(message, recipient, relationship)
    for f in first.findings:
        text = body if f.field == "body" else (subject or "")
        assert 0 <= f.start <= f.end <= len(text)
    assert check(message, recipient, relationship) == first


@settings(max_examples=100, deadline=None)
@given(words=st.lists(st.sampled_from(
    ["Hi", "Ana,", "I'm", "a", "student.", "Could", "you", "refer", "me", "pick", "your",
     "brain", "ASAP", "buddy", "\n", "Thanks,", "Priya", "?", "!", "\"", "[Name]", "genius"]),
    min_size=1, max_size=60))
def test_phrase_soup_never_crashes(words):
    body = " ".join(words)
    if body.strip():
        report = _check(body)
        assert all(0 <= f.start <= f.end <= len(body) for f in report.findings
                   if f.field == "body")


# --- Tone agrees with the findings -------------------------------------------------------

GUILT_AND_ORDERS = [
    ("Hi! After everything I did for you, you won't mind reading my CV tonight, right?",
     "friend", "text"),
    ("Hi Ana,\nAs per my last message, I need the numbers. Not sure why this is taking so long."
     " Send it today.\nThanks,\nBo", "coworker", "email"),
    ("Hi Sam! you never reply to me anymore. guess you're too busy for me now, big shot",
     "friend", "text"),
    ("Hello Dana, why did you get the promotion and not me?", "coworker", "slack"),
]


@pytest.mark.parametrize(("body", "relationship", "channel"), GUILT_AND_ORDERS)
def test_a_greeting_does_not_carry_guilt_or_an_order_into_polite(body, relationship, channel):
    report = check(Message(channel=channel, body=body, subject="Numbers" if channel == "email"
                           else None), None, relationship)
    assert not report.ready
    assert report.tone_label in ("blunt", "neutral"), report.tone_label
    assert report.scores["tone"] < 0.5
    assert any(s.direction == "lowers" for s in report.tone_strategies)


SILENCE_MADE_FINE = [
    "Hi Ana, no worries if you don't reply, I know the season is busy. Could I ask how you "
    "moved into rope access? Thanks, Sam",
    "Dear Dr. Obi, I understand if you never answer strangers, that is completely fair. If you "
    "have a moment, which course would you suggest for a first-year conservator? Best, Lin",
]


@pytest.mark.parametrize("body", SILENCE_MADE_FINE)
def test_silence_named_as_fine_is_an_easy_out_to_the_rules_and_the_tone(body):
    """"No worries if you don't reply" names their silence to make it fine: neither the
    pressure rule nor the tone score may call it a guilt trip (both read `cues.guilt`)."""
    report = check(Message(channel="email", subject="Rope access", body=body), None, "stranger")
    assert "pressure" not in {f.rule for f in report.findings}
    assert "guilt" not in {s.strategy for s in report.tone_strategies}
    assert report.tone_label not in ("blunt",), report.tone_label


def test_tone_never_contradicts_a_pressure_or_blunt_finding():
    from rapport.agreement import load_set

    fixtures = Path(__file__).parent / "fixtures"
    for path in sorted(fixtures.glob("coach*_messages.yaml")):
        for item in load_set(path):
            message = Message(channel=item["channel"], subject=item.get("subject"),
                              body=item["body"])
            report = check(message, None, item["relationship"])
            if {f.rule for f in report.findings} & {"pressure", "blunt-tone"}:
                assert report.tone_label in ("blunt", "neutral"), (item["id"], report.tone_label)
