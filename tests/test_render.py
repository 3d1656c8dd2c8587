"""Unit tests for the app's pure modules: render, feedback, intention and attempts."""

from __future__ import annotations

import html
import itertools
import re
from datetime import datetime

import pytest

from rapport import attempts, feedback, intention, render
from rapport.checks import check
from rapport.models import Finding, Message, Persona, Recipient, Report, RoleCard, Work
from rapport.personas import pair

MARK_RE = re.compile(r"<mark\b[^>]*>(.*?)</mark>", re.S)


def finding(start: int, end: int, rule: str = "vague-ask", severity: str = "warning",
            field: str = "body", message: str = "A message.") -> Finding:
    return Finding(rule=rule, severity=severity, field=field, start=start, end=end,
                   message=message, suggestion="Do better.",
                   lesson="lessons/04-curiosity-not-extraction.md")


def unmark(markup: str) -> str:
    """The text a reader sees: tags removed, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


# --- render ------------------------------------------------------------------------------


class TestEscaping:
    @pytest.mark.parametrize("text", [
        "<script>window.x=1</script>",
        '<img src=x onerror="window.y=1">',
        "**bold** :red[x] $x$ [a](javascript:alert(1))",
        "Tom & Jerry's \"quote\" <b>",
    ])
    def test_text_round_trips_and_has_no_raw_tags(self, text: str) -> None:
        markup = render.highlight(text, [finding(0, 3)])
        assert unmark(markup) == text
        assert "<script" not in markup and "<img" not in markup and "<b>" not in markup

    def test_script_is_escaped_inside_a_mark(self) -> None:
        text = "Hi <script>x</script>"
        markup = render.highlight(text, [finding(3, len(text))])
        assert "&lt;script&gt;x&lt;/script&gt;" in markup
        assert MARK_RE.search(markup).group(1) == "&lt;script&gt;x&lt;/script&gt;"

    def test_attribute_values_are_escaped(self) -> None:
        markup = render.highlight("abc", [finding(0, 3, message='say "hi" <now> & \'then\'')])
        title = re.search(r'title="([^"]*)"', markup).group(1)
        assert "<" not in title and '"' not in title
        assert html.unescape(title) == "vague-ask: say \"hi\" <now> & 'then'"

    def test_markdown_is_not_interpreted(self) -> None:
        markup = render.text_html("**bold** _x_ # h")
        assert "<strong>" not in markup and "<em>" not in markup and "<h1>" not in markup
        assert "**bold** _x_ # h" in markup

    def test_newlines_are_kept(self) -> None:
        markup = render.text_html("line one\nline two\n\nthree")
        assert "pre-wrap" in markup
        assert "line one\nline two\n\nthree" in markup


class TestSpans:
    def test_no_findings_is_plain_escaped_text(self) -> None:
        assert render.highlight("a < b", []) == "a &lt; b"

    def test_one_span_marks_exactly_its_slice(self) -> None:
        text = "Can I pick your brain sometime?"
        start = text.index("pick your brain")
        markup = render.highlight(text, [finding(start, start + 15)])
        assert MARK_RE.findall(markup) == ["pick your brain"]
        assert 'class="rapport-mark rapport-warning"' in markup
        assert 'data-rule="vague-ask"' in markup

    def test_severity_classes(self) -> None:
        text = "aaa bbb ccc"
        markup = render.highlight(text, [
            finding(0, 3, "wrong-name", "error"),
            finding(4, 7, "vague-ask", "warning"),
            finding(8, 11, "no-signoff", "info"),
        ])
        assert re.findall(r"rapport-(error|warning|info)\"", markup) == ["error", "warning", "info"]

    def test_overlapping_spans_split_into_segments(self) -> None:
        text = "0123456789"
        markup = render.highlight(text, [
            finding(2, 6, "vague-ask", "warning"), finding(4, 8, "wrong-name", "error")])
        assert MARK_RE.findall(markup) == ["23", "45", "67"]
        assert unmark(markup) == text
        middle = re.findall(r"<mark [^>]*>", markup)[1]
        assert 'data-rules="vague-ask wrong-name"' in middle
        assert "rapport-error" in middle  # the most severe covering finding wins

    def test_nested_spans(self) -> None:
        text = "abcdefghij"
        segs = render.segments(text, [finding(1, 9, "too-long"), finding(3, 5, "vague-ask")])
        assert [(s.start, s.end, [f.rule for f in s.findings]) for s in segs] == [
            (0, 1, []), (1, 3, ["too-long"]), (3, 5, ["too-long", "vague-ask"]),
            (5, 9, ["too-long"]), (9, 10, []),
        ]

    def test_identical_spans_become_one_mark(self) -> None:
        markup = render.highlight("hello", [finding(0, 5, "a-rule"), finding(0, 5, "b-rule")])
        assert MARK_RE.findall(markup) == ["hello"]
        assert 'data-rules="a-rule b-rule"' in markup

    def test_segments_cover_the_text_once(self) -> None:
        text = "The quick brown fox jumps"
        found = [finding(0, 9), finding(4, 15), finding(10, 25), finding(20, 22)]
        segs = [s for s in render.segments(text, found) if s.start != s.end]
        assert segs[0].start == 0 and segs[-1].end == len(text)
        assert all(a.end == b.start for a, b in itertools.pairwise(segs))

    def test_spans_at_both_ends(self) -> None:
        text = "Hi there"
        markup = render.highlight(text, [finding(0, 2), finding(3, 8, "no-signoff", "info")])
        assert markup.startswith("<mark") and markup.endswith("</mark>")
        assert MARK_RE.findall(markup) == ["Hi", "there"]

    def test_whole_text_span(self) -> None:
        assert MARK_RE.findall(render.highlight("all of it", [finding(0, 9)])) == ["all of it"]

    def test_zero_width_finding_is_an_empty_mark(self) -> None:
        markup = render.highlight("", [finding(0, 0, "subject-line", field="subject")],
                                  "subject")
        assert "rapport-empty" in markup and MARK_RE.findall(markup) == [""]
        body = render.highlight("abc", [finding(3, 3)])
        assert body.startswith("abc<mark") and "rapport-empty" in body

    def test_out_of_range_offsets_are_clipped(self) -> None:
        markup = render.highlight("short", [finding(2, 50)])
        assert MARK_RE.findall(markup) == ["ort"]

    def test_only_findings_on_the_field_are_marked(self) -> None:
        subject_finding = finding(0, 5, "subject-line", field="subject")
        assert "<mark" not in render.highlight("Hello there", [subject_finding], "body")
        assert "<mark" in render.highlight("Hello", [subject_finding], "subject")

    def test_emoji_offsets_are_python_string_offsets(self) -> None:
        text = "Hi 👋🏽 Ana, pick your brain? 👩‍💻 thanks"
        start = text.index("pick your brain")
        markup = render.highlight(text, [finding(start, start + 15)])
        assert MARK_RE.findall(markup) == ["pick your brain"]
        assert unmark(markup) == text

    def test_right_to_left_text(self) -> None:
        text = "مرحبا سارة، هل يمكنني أن أسألك سؤالاً؟"
        start = text.index("سارة")
        markup = render.text_html(text, [finding(start, start + 4, "wrong-name", "error")])
        assert 'dir="auto"' in markup
        assert MARK_RE.findall(markup) == ["سارة"]
        assert unmark(markup) == text

    def test_message_html_shows_subject_and_body(self) -> None:
        message = Message(subject="<b>Hi</b>", body="Body text")
        markup = render.message_html(
            message, [finding(0, len("<b>Hi</b>"), "subject-line", field="subject")])
        assert "&lt;b&gt;Hi&lt;/b&gt;" in markup and "Body text" in markup
        assert "<b>" not in markup

    def test_message_html_without_subject(self) -> None:
        markup = render.message_html(Message(channel="slack", body="hey"))
        assert "Subject" not in markup


def persona(name: str = "Ana <b>Lima</b>") -> Persona:
    return Persona(
        code="K7M3Q", full_name=name, first_name="Ana", last_name="Lima", pronouns="she/her",
        locale="pt_BR", city="Recife & <i>Olinda</i>", country="Brazil",
        timezone="America/Recife", role="Head of <script>x</script>", seniority="lead",
        company="ACME", industry="Ports",
        work=[Work(kind="talk", title="Tides <img src=x onerror=1>", topic="tides", year=2025)],
        topics=["tides"], preferred_channel="email", situation="busy",
    )


class TestCards:
    def test_persona_card_escapes_everything(self) -> None:
        markup = render.persona_card_html(persona())
        assert "<b>" not in markup and "<script" not in markup and "<img" not in markup
        assert "Ana &lt;b&gt;Lima&lt;/b&gt;" in markup
        assert "Tides &lt;img src=x onerror=1&gt;" in markup

    def test_role_card(self) -> None:
        card = RoleCard(name="Jo <b>", first_name="Jo", role="student", curious_about="tides",
                        situation="evenings")
        markup = render.role_card_html(card)
        assert "Jo &lt;b&gt;" in markup and "tides" in markup

    def test_pair_cards_for_a_code(self) -> None:
        asker, adviser = pair("K7M3Q")
        markup = render.pair_html("K7M3Q", asker, adviser)
        assert html.escape(asker.full_name) in markup and html.escape(adviser.full_name) in markup
        assert "The one asking" in markup and "The one advising" in markup
        assert "@media print" in markup

    def test_pair_document_is_standalone_and_script_free(self) -> None:
        asker, adviser = pair("K7M3Q")
        doc = render.pair_document("K7M3Q", asker, adviser)
        assert doc.startswith("<!doctype html>") and "<script" not in doc
        assert "http" not in doc  # nothing fetched when printed offline

    def test_plain_notes_carry_no_tick(self) -> None:
        markup = render.notes_html([("plain", "Hint 1:", "Name their talk.")])
        assert "✓" not in markup and "Hint 1:" in markup

    def test_notes_and_prose(self) -> None:
        notes = render.notes_html([("caution", "Ask", '"<pick>" is vague')])
        assert "&quot;&lt;pick&gt;&quot; is vague" in notes and "rapport-caution" in notes
        prose = render.prose_html("One\nline.\n\nTwo <b>")
        assert "<p>One line.</p>" in prose and "Two &lt;b&gt;" in prose


# --- feedback ----------------------------------------------------------------------------

BASE = "https://course.example/rapport/"


class TestCourseLinks:
    def test_lesson_url_is_a_directory_url(self) -> None:
        assert feedback.lesson_url("lessons/04-curiosity-not-extraction.md", BASE) == (
            "https://course.example/rapport/lessons/04-curiosity-not-extraction/")
        assert feedback.lesson_url("index.md", BASE) == BASE
        assert feedback.lesson_url("rules/index.md", BASE) == BASE + "rules/"

    def test_rule_url(self) -> None:
        assert feedback.rule_url("vague-ask", BASE) == BASE + "rules/vague-ask/"

    def test_base_from_environment(self) -> None:
        assert feedback.course_base({}) == "http://localhost:8000/"
        assert feedback.course_base({"RAPPORT_COURSE_URL": "http://x.org/c"}) == "http://x.org/c/"
        assert feedback.course_base({"RAPPORT_COURSE_URL": "javascript:alert(1)"}) == (
            "http://localhost:8000/")

    def test_scenario_url(self) -> None:
        assert feedback.scenario_url("pick-your-brain", "K7M3Q", {}) == (
            "http://localhost:8501/?exercise=pick-your-brain&code=K7M3Q")
        env = {"RAPPORT_APP_URL": "https://app.example/practice"}
        assert feedback.scenario_url("a-b", "22222", env) == (
            "https://app.example/practice/?exercise=a-b&code=22222")

    def test_course_links(self) -> None:
        links = feedback.course_links(BASE)
        assert [link.url for link in links] == [BASE, BASE + "self-paced/", BASE + "rules/"]

    def test_lesson_title_from_front_matter(self) -> None:
        assert feedback.lesson_title("lessons/04-curiosity-not-extraction.md") == (
            "Curiosity, Not Extraction")
        assert feedback.lesson_title("lessons/99-no-such-lesson.md") == "No such lesson"


WEAK = Message(subject="Hi", body="Hi Michael, can I pick your brain?")
GOOD = Message(
    subject="Your talk on warehouse robotics",
    body="Hi Lucas,\n\nI'm a second-year engineering student in Lyon. Your talk on warehouse "
    "robotics at scale made me rethink how I plan my robot project. How did you decide which "
    "tasks to automate first? No worries if you're too busy to reply.\n\nThanks,\nMaya",
)
LUCAS = Recipient(name="Lucas Moreau", work=["Warehouse robotics at scale"])


class TestFeedback:
    def test_build_groups_by_severity_with_links(self) -> None:
        report = check(WEAK, LUCAS)
        fb = feedback.build(WEAK, report, BASE)
        assert not fb.ready and fb.verdict.startswith("Not ready yet")
        assert list(fb.groups) == [s for s in ("error", "warning", "info") if s in fb.groups]
        wrong = fb.groups["error"][0]
        assert wrong.rule == "wrong-name" and wrong.places[0].excerpt == "Michael"
        assert wrong.rule_url == BASE + "rules/wrong-name/"
        assert wrong.lesson_url.startswith(BASE + "lessons/") and wrong.lesson_url.endswith("/")
        assert wrong.why and wrong.title
        assert fb.total == len({f.rule for f in report.findings})
        assert fb.places == len(set(report.findings))
        assert "<mark" in fb.text_html

    def test_ready_message(self) -> None:
        fb = feedback.build(GOOD, check(GOOD, LUCAS), BASE)
        assert fb.ready and fb.verdict.startswith("Ready to send")
        assert not fb.groups.get("error") and not fb.groups.get("warning")

    def test_scores_are_advice_with_a_reason(self) -> None:
        report = Report(ready=True, scores={"words": 9, "questions": 0, "tone": 0.8},
                        tone_label="polite")
        fb = feedback.build(Message(body="Hi Ana, thanks for the talk on flood maps."), report)
        assert fb.verdict == "Ready to send: nothing to fix."
        words, questions = fb.scores[0], fb.scores[1]
        assert words.position == "below" and not words.ok and "Shorter than most" in words.note
        assert questions.position == "below" and "question" in questions.note
        panel = feedback.scores_html(fb)
        assert "✗" not in panel and "✓" not in panel and "#e64a19" not in panel
        assert "below the usual range" in panel and feedback.FIGURES_ADVICE in panel
        assert "in the usual range" in panel

    def test_scores_against_targets(self) -> None:
        report = check(GOOD, LUCAS)
        scores = {s.key: s for s in feedback.scores(report, "email")}
        assert list(scores) == ["words", "questions", "reading_grade", "you_i_ratio", "tone"]
        assert scores["words"].target == "50-125 for email"
        assert scores["words"].ok == (50 <= report.scores["words"] <= 125)
        assert scores["questions"].ok and scores["questions"].target == "1-3"
        assert scores["reading_grade"].target == "10 or below"
        assert report.tone_label in scores["tone"].value

    def test_score_limits(self) -> None:
        def report(**s: float) -> Report:
            return Report(ready=True, scores=s, tone_label="blunt")
        assert not feedback.scores(report(words=10), "email")[0].ok
        assert feedback.scores(report(words=10), "slack")[0].ok
        assert not feedback.scores(report(questions=0), "email")[1].ok
        assert not feedback.scores(report(questions=4), "email")[1].ok
        grade = feedback.scores(report(words=60, reading_grade=14.2), "email")[2]
        assert not grade.ok and grade.value == "14.2"
        assert feedback.scores(report(words=5, reading_grade=14.2), "email")[2].ok
        assert not feedback.scores(report(first_person=12, second_person=2), "email")[3].ok
        assert feedback.scores(report(first_person=6, second_person=2), "email")[3].ok
        assert not feedback.scores(report(tone=0.1), "email")[4].ok

    def test_strategies_are_the_strongest_first(self) -> None:
        fb = feedback.build(GOOD, check(GOOD, LUCAS), BASE)
        weights = [abs(s.weight) for s in fb.strategies]
        assert 0 < len(weights) <= 3 and weights == sorted(weights, reverse=True)
        assert all(s.excerpt for s in fb.strategies)

    def test_one_card_per_rule_lists_every_place_numbered(self) -> None:
        body = "Can I pick your brain? Also, could I pick your brain again? Hi Michael."
        first, second = body.index("pick"), body.rindex("pick")
        name = body.index("Michael")
        findings = [
            finding(first, first + 15, "vague-ask", "warning", message="Vague."),
            finding(second, second + 15, "vague-ask", "warning", message="Vague."),
            finding(name, name + 7, "wrong-name", "error", message="Wrong name."),
            finding(0, 3, "no-easy-out", "info", message="No easy out."),
        ]
        message = Message(channel="slack", body=body)
        fb = feedback.build(message, Report(ready=False, findings=findings), BASE)
        assert [(c.number, c.rule, len(c.places)) for c in fb.cards] == [
            (1, "wrong-name", 1), (2, "vague-ask", 2), (3, "no-easy-out", 1)]
        assert fb.verdict == "Not ready yet: 1 to fix before sending and 1 worth fixing."
        cards = "".join(feedback.group_html(s, cs) for s, cs in fb.groups.items())
        assert cards.count('class="rapport-finding') == 3
        assert cards.count("“pick your brain”") == 2 and "2 places" in cards
        assert cards.count("<p>Vague.</p>") == 1
        # each highlight ends with its card's number, a link the keyboard and a tap reach
        refs = re.findall(r'<a class="rapport-ref" href="#(rapport-card-\d)"[^>]*>(\d)</a>',
                          fb.text_html)
        assert refs == [("rapport-card-3", "3"), ("rapport-card-2", "2"),
                        ("rapport-card-2", "2"), ("rapport-card-1", "1")]
        assert 'id="rapport-card-2"' in cards and 'id="rapport-card-2-title"' in cards
        assert 'aria-describedby="rapport-card-2-title"' in fb.text_html
        assert 'aria-label="Note 2: ' in fb.text_html and "(worth fixing)" in fb.text_html
        assert unmark(re.sub(r"<a [^>]*>\d</a>", "", fb.text_html)).endswith(body)

    def test_different_messages_per_place_are_each_shown(self) -> None:
        findings = [finding(0, 2, "wrong-name", "error", message="You greet Al."),
                    finding(5, 7, "wrong-name", "error", message="You greet Bo.")]
        fb = feedback.build(Message(body="Al · Bo · x"), Report(ready=False,
                                                               findings=findings), BASE)
        card = feedback.card_html(fb.cards[0])
        assert "You greet Al." in card and "You greet Bo." in card

    def test_staleness(self) -> None:
        fb = feedback.build(WEAK, check(WEAK, LUCAS), BASE)
        assert not fb.is_stale(WEAK)
        assert fb.is_stale(WEAK.model_copy(update={"body": WEAK.body + " More."}))
        assert fb.is_stale(WEAK.model_copy(update={"subject": "Other"}))

    def test_same_words_in_the_export(self) -> None:
        assert feedback.counts_line({"error": 1, "warning": 2, "info": 0}) == (
            "Fix before sending 1 · Worth fixing 2 · Worth a look 0")
        assert feedback.verdict_words(True) == "ready to send"
        assert feedback.verdict_words(False) == "not ready yet"

    def test_finding_html_escapes_the_learners_words(self) -> None:
        message = Message(subject="<b>Hi</b>", body="Hi <script>Bob</script>, can I pick your "
                          "brain?")
        fb = feedback.build(message, check(message, Recipient(name="Lucas Moreau")), BASE)
        panel = "".join(feedback.group_html(s, v) for s, v in fb.groups.items())
        assert "<script" not in panel and "<b>" not in panel
        assert "<details><summary>Why it matters</summary>" in panel
        assert f'href="{BASE}rules/vague-ask/"' in panel
        assert 'target="_blank"' in panel

    def test_scores_html_and_legend(self) -> None:
        fb = feedback.build(WEAK, check(WEAK, LUCAS), BASE)
        table = feedback.scores_html(fb)
        assert "Figures to consider" in table and "50-125 for email" in table
        legend = feedback.legend_html(fb)
        assert "Fix before sending" in legend and "matches a note below" in legend
        assert "hover" not in legend


# --- intention ---------------------------------------------------------------------------

SAM = intention.Answers(
    who="Dr. Efua Mensah, a retail analyst who blogs about forecasting",
    interest="her post on returns after big sales, which matches what I see every January",
    ask="did store-level data help, or was it too noisy",
    offer="a summary of two years of my shop's returns by size",
    still_write="yes",
)


def levels(result: intention.IntentionResult) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in result.reflections:
        out.setdefault(r.question, []).append(r.level)
    return out


class TestIntention:
    def test_a_good_worksheet(self) -> None:
        result = intention.evaluate(SAM)
        assert result.level == "good"
        assert all(r.level == "good" for r in result.reflections)

    def test_the_draft_follows_the_answers(self) -> None:
        d = intention.evaluate(SAM).draft
        assert d.recipient == "Dr. Efua Mensah" and d.body.startswith("Hi Dr. Mensah,")
        assert "your post on returns after big sales" in d.body
        assert "Did store-level data help, or was it too noisy?" in d.body
        assert "I'd be glad to share a summary of two years" in d.body
        assert "[your name]" in d.body and "[your role, in one line]" in d.body
        assert d.subject == "Your post on returns after big sales"
        assert d.work == ["her post on returns after big sales"]

    def test_the_draft_checks_clean_but_for_the_brackets(self) -> None:
        d = intention.draft(SAM)
        report = check(Message(subject=d.subject, body=d.body),
                       Recipient(name=d.recipient, work=d.work))
        assert {f.rule for f in report.findings if f.severity != "info"} <= {"placeholder"}

    def test_generic_interest(self) -> None:
        result = intention.evaluate(SAM.model_copy(update={"interest": "I admire your work"}))
        interest = next(r for r in result.reflections if r.question == "interest")
        assert interest.level == "caution" and interest.rule == "no-specific-interest"
        assert "generic praise" in interest.text

    def test_nothing_about_their_work_says_learn_first(self) -> None:
        result = intention.evaluate(SAM.model_copy(update={"interest": ""}))
        assert result.level == "stop" and "stop" in levels(result)["interest"]

    def test_usefulness_only(self) -> None:
        answers = SAM.model_copy(update={
            "still_write": "no", "interest": "their network could help me get into fintech"})
        result = intention.evaluate(answers)
        assert result.level == "stop"
        rules = {r.rule for r in result.reflections if r.level != "good"}
        assert "transactional" in rules

    @pytest.mark.parametrize("ask, rule", [
        ("Could you refer me for the analyst role?", "big-ask"),
        ("Would you review my resume?", "big-ask"),
        ("Can I pick your brain?", "vague-ask"),
        ("Any advice?", "vague-ask"),
    ])
    def test_a_big_or_vague_first_ask(self, ask: str, rule: str) -> None:
        result = intention.evaluate(SAM.model_copy(update={"ask": ask}))
        flagged = [r for r in result.reflections if r.question == "ask" and r.level == "caution"]
        assert rule in {r.rule for r in flagged}

    def test_who_must_be_a_person(self) -> None:
        assert intention.recipient_name("someone senior at Google") == ""
        assert intention.recipient_name("a recruiter") == ""
        assert intention.recipient_name("Lucas Moreau (robotics lead)") == "Lucas Moreau"
        assert intention.recipient_name("Ana de la Cruz, designer") == "Ana de la Cruz"
        result = intention.evaluate(SAM.model_copy(update={"who": "someone senior at Google"}))
        assert levels(result)["who"] == ["caution"]
        assert result.draft.body.startswith("Hi [their name],")

    def test_greeting_name(self) -> None:
        assert intention.greeting_name("Lucas Moreau") == "Lucas"
        assert intention.greeting_name("Dr Efua Mensah") == "Dr. Mensah"
        assert intention.greeting_name("") == "[their name]"

    def test_second_person(self) -> None:
        assert intention.second_person("her talk, and how she was hired") == (
            "your talk, and how you were hired")
        assert intention.second_person("Their post. They're kind") == "Your post. You're kind"

    def test_no_subject_off_email(self) -> None:
        assert intention.draft(SAM.model_copy(update={"channel": "slack"})).subject is None


# --- attempts ----------------------------------------------------------------------------


def attempt(number: int, message: Message, recipient: Recipient | None = LUCAS) -> attempts.Attempt:
    return attempts.make(number, message, check(message, recipient),
                         checked_at=datetime(2026, 3, 1, 10, number),
                         exercise_id="pick-your-brain", exercise_title="Pick your brain",
                         code="K7M3Q")


class TestAttempts:
    def test_snapshot(self) -> None:
        a = attempt(1, WEAK)
        assert not a.ready and a.findings == a.errors + a.warnings + a.infos > 0
        assert "wrong-name" in a.rules and a.tone_label

    def test_history_and_progress(self) -> None:
        history = attempts.add(attempts.add((), attempt(1, WEAK)), attempt(2, GOOD))
        assert [a.number for a in history] == [1, 2]
        assert attempts.progress(history).startswith(f"Notes: {history[0].findings} → ")
        assert attempts.progress(history).endswith("(ready to send)")
        assert attempts.for_scenario(history, "pick-your-brain", "K7M3Q") == list(history)
        assert attempts.for_scenario(history, "other", "K7M3Q") == []
        rows = attempts.rows(history)
        assert rows[0]["Verdict"] == "not ready yet" and rows[1]["Verdict"] == "ready to send"
        assert {"Fix before sending", "Worth fixing", "Worth a look"} <= set(rows[0])

    def test_attempts_table_is_escaped_and_stacks_on_a_phone(self) -> None:
        a = attempt(1, WEAK).model_copy(update={"exercise_title": "<b>Pick</b>"})
        table = render.table_html(attempts.rows([a]), caption="Your attempts")
        assert "&lt;b&gt;Pick&lt;/b&gt;" in table and "<b>" not in table
        assert "@media (max-width: 640px)" in table and 'data-label="Worth fixing"' in table
        assert render.table_html([]) == ""

    def test_counts_are_rules_not_places(self) -> None:
        body = "Can I pick your brain? Or pick your brain later?"
        findings = [finding(6, 21), finding(26, 41)]
        a = attempts.make(1, Message(channel="slack", body=body),
                          Report(ready=False, findings=findings),
                          checked_at=datetime(2026, 3, 1))
        assert (a.errors, a.warnings, a.infos) == (0, 1, 0)

    def test_history_is_bounded(self) -> None:
        one = attempt(1, GOOD)
        history: tuple[attempts.Attempt, ...] = ()
        for _ in range(attempts.MAX_ATTEMPTS + 5):
            history = attempts.add(history, one)
        assert len(history) == attempts.MAX_ATTEMPTS

    def test_markdown_export(self) -> None:
        md = attempts.to_markdown([attempt(1, WEAK), attempt(2, GOOD)])
        assert md.startswith("# My rapport practice\n")
        assert "## Attempt 1: `Pick your brain`, scenario `K7M3Q`" in md
        assert "- Verdict: not ready yet" in md and "- Verdict: ready to send" in md
        assert "- Fix before sending 1 · Worth fixing " in md
        assert "errors" not in md and "warnings" not in md
        assert "```text\nSubject: Hi\n\nHi Michael, can I pick your brain?\n```" in md

    def test_markdown_fences_hold_any_text(self) -> None:
        body = "Hi ```` fenced ```` and <script>x</script> **b**"
        md = attempts.to_markdown([attempt(1, Message(body=body), None)])
        assert "`````text\n" + body + "\n`````" in md

    def test_empty_export(self) -> None:
        assert "No attempts yet." in attempts.to_markdown([])


def test_tone_html_marks_strategy_words_and_escapes_the_rest():
    from rapport.checks import check
    from rapport.feedback import top_strategies
    from rapport.models import Message
    from rapport.render import tone_html

    body = "<b>Hi</b> could you send the notes? Thanks! Why haven't you replied?"
    report = check(Message(channel="slack", body=body), None, "coworker")
    markup = tone_html(body, top_strategies(report))
    assert "&lt;b&gt;Hi&lt;/b&gt;" in markup and "<b>" not in markup
    assert 'class="rapport-mark rapport-tone-raises"' in markup
    assert 'class="rapport-mark rapport-tone-lowers"' in markup
    assert ">Thanks</mark>" in markup


def test_finding_card_offers_the_replacement_escaped():
    from rapport.checks import check
    from rapport.feedback import build, group_html
    from rapport.models import Message

    message = Message(channel="slack", body="Send the <b>notes</b> ASAP please")
    fb = build(message, check(message, None, "coworker"), base="http://course.test/")
    markup = "".join(group_html(s, views) for s, views in fb.groups.items())
    assert "swap it for “when you have a moment”" in markup and "“ASAP”" in markup
    assert "<b>notes</b>" not in markup


def test_cli_explain_uses_the_screens_words(capsys, tmp_path) -> None:
    from rapport.cli import main

    path = tmp_path / "m.txt"
    path.write_text("Hi Michael,\ncan I pick your brain?\n", encoding="utf-8")
    main(["check", str(path), "--explain", "--recipient-name", "Lucas Moreau"])
    out = capsys.readouterr().out
    assert "    Fix before sending: " in out and "    Worth fixing: " in out
    assert "not ready yet (Fix before sending 1 · Worth fixing " in out
