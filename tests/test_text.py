"""The shared text helpers the rules stand on: greetings, sign-offs, sentences, quotes."""

from __future__ import annotations

import pytest

from rapport.checks import text as t


@pytest.mark.parametrize(
    ("message", "name", "title"),
    [
        ("Hi Lucas, I saw", "Lucas", None),
        ("Dear Ms. Johnson,\nI read", "Johnson", "Ms"),
        ("Hello Dr Smith, I", "Smith", "Dr"),
        ("Hi, Michael!", "Michael", None),
        ("hey sam, quick one", "sam", None),
        ("Hi Anna-Maria van der Berg,", "Anna-Maria van der Berg", None),
        ("Hey Łukasz, jak", "Łukasz", None),
        ("Good morning Team!", None, None),
        ("Hi there, I", None, None),
        ("Dear Hiring Manager,", None, None),
        ("hey, you around?", None, None),
        ("Hi Lucas I saw your talk", "Lucas", None),
    ],
)
def test_greeting_name(message: str, name: str | None, title: str | None):
    greeting = t.greeting(message)
    assert greeting is not None
    found = message[greeting.name.start : greeting.name.end] if greeting.name else None
    assert found == name
    assert greeting.title == title


def test_no_greeting():
    assert t.greeting("Could you send the deck?") is None
    assert t.greeting("Highly recommend your talk") is None


@pytest.mark.parametrize(
    ("message", "name"),
    [
        ("Hi Ana,\nHow did you start?\nThanks,\nPriya", "Priya"),
        ("Hi Ana, how did you start? Thanks, Priya", "Priya"),
        ("How did you start?\n— Priya Raman (she/her)", "Priya Raman (she/her)"),
        ("How did you start?\nBest regards,\nDr. Sam O'Neil", "Dr. Sam O'Neil"),
        ("How did you start?\nSam Lee | Data analyst", "Sam Lee | Data analyst"),
        ("How did you start?\nThanks so much!", None),
        ("How did you start?\nBest,", None),
        ("How did you start?", None),
        ("How did you start?\nLooking forward to hearing from you", None),
        ("hi oisín! is it a polariser thing?\n\ntotally fine if you're slammed!\n\njess x",
         "jess x"),
        ("hey, can you help?\n\nthx x", None),
        ("Dear Ms. Rao,\nHow did you start?\nWith kind regards,\nProfessor Margaret Ellison",
         "Professor Margaret Ellison"),
        ("Dear Ms. Rao,\nHow did you start?\nKind regards,\nNur Aisyah binte Ismail",
         "Nur Aisyah binte Ismail"),
        ("hi rosa,\n\nhow did you start?\n\nthanks,\njamie o'connell", "jamie o'connell"),
        ("Hi Torbjørn,\n\nlong time. how did you start?\n\nno worries if you're swamped.\n\n"
         "sigrid", "sigrid"),
        ("Dermot,\n\nWould you be ok being one of my referees?\n\nIf you'd rather not, "
         "honestly grand.\n\nkev", "kev"),
        ("Hi Ann,\n\nCould you send the file?\n\nasap", None),
        ("hi dr rao, im a lift mechanic. does your data split it by shoe?\n"
         "dave kowalczyk, iuec local 1", "dave kowalczyk"),
        ("read your report. did any of them make it work?\n\ng", "g"),
        ("hey, can you send the file? cheers, mate", None),
        ("hi there. thanks for this. see you soon, ok", None),
        ("Hello Jan, we spoke at Ligna. Is it mostly for cladding? Glad to hear if you have a\n"
         "moment.", None),
        ("Dr. Khumalo,\nDo you fly a fixed grid?\nThanks for the numbers.\n\nCallum Reid\n"
         "Team Leader, Glen Affric MRT", "Callum Reid"),
        ("Dear Dr. Ibarra,\nWas it explicit?\n\nWith my best regards,\nHélène Marchand\n"
         "Professor emerita of radioecology", "Hélène Marchand"),
        ("Hi Ana,\nI loved it.\n\nQuick Question\nDo you have the slides?", None),
        ("Hi Dr Abernathy,\n\nIm Sam, one of the second years. Which game first?\n\n"
         "Thanks so much for the lecture", None),
    ],
)
def test_signoff_name(message: str, name: str | None):
    span = t.signoff_name(message)
    assert (message[span.start : span.end] if span else None) == name


def test_sentences_are_trimmed_spans_into_the_text():
    text = "  Hi Ana!  How are you?\n\nI'm Sam. Thanks  "
    spans = t.sentences(text)
    assert [text[s.start : s.end] for s in spans] == ["Hi Ana!", "How are you?", "I'm Sam.",
                                                      "Thanks"]


def test_quoted_spans_cover_straight_and_curly_quotes():
    text = 'Your talk "Pick your brain" and “ASAP culture” and «Légende»'
    quoted = [text[s.start : s.end] for s in t.quoted_spans(text)]
    assert quoted == ['"Pick your brain"', "“ASAP culture”", "«Légende»"]


def test_apostrophes_are_not_quotes():
    assert t.quoted_spans("I'm sure it's fine, isn't it") == []
    assert t.quoted_spans("the students' work and the teachers' notes") == []


def test_single_quotes_around_a_title_count():
    text = "Your talk 'Can I pick your brain?' and ‘Legend’ were great"
    quoted = [text[s.start : s.end] for s in t.quoted_spans(text)]
    assert quoted == ["'Can I pick your brain?'", "‘Legend’"]


@pytest.mark.parametrize(("word", "count"), [("cat", 1), ("table", 2), ("university", 5),
                                             ("extraordinarily", 6), ("I", 1)])
def test_syllables_offline(word: str, count: int):
    assert t.syllables(word) == count


def test_reading_grade_orders_simple_below_dense():
    simple = "I read your post. It helped me. How did you start? Thanks."
    dense = ("Considering the methodological complexities inherent in longitudinal administrative "
             "datasets, I would appreciate understanding your considerations.")
    assert t.reading_grade(simple) < 5 < 10 < t.reading_grade(dense)


def test_fold_ignores_accents_and_case():
    assert t.fold("José") == t.fold("jose") == "jose"


def test_phrases_match_any_case_with_exact_offsets():
    import re

    from rapport.checks.rules.vocabulary import phrases

    phrase = phrases(r"pick\s+your\s+brain | \bASAP\b | (?P<n>\d+)\s+MIN", re.IGNORECASE | re.X)
    text = "Could I PICK your Brain, asap? 60 min"
    assert [text[m.start() : m.end()] for m in phrase.finditer(text)] == [
        "PICK your Brain", "asap", "60 min"]
    # 'İ' lowercases to two characters, so the exact pattern runs on the text itself.
    dotted = "İstanbul: can I pick your brain?"
    [m] = list(phrase.finditer(dotted))
    assert dotted[m.start() : m.end()] == "pick your brain"
    assert phrase.search("Pick Your Brain") and not phrase.search("pickyourbrain")
    assert phrase.match("ASAP please") and not phrase.match("  ASAP")


def test_unwrap_joins_lines_an_email_client_wrapped():
    body = ("Dear Sandra,\n\nIt has been a long time since we worked on the hospital signage "
            "project\ntogether, and I still remember how calm you were.\n\nSo I wanted to ask:\n"
            "1. How did you move into operations?\n2. Which tools came first?\n\nThank you so "
            "much, and I hope the new job at the agency is treating you kindly\nWarm regards,\n"
            "Lan")
    unwrapped = t.unwrap(body)
    assert len(unwrapped) == len(body)  # offsets into it are offsets into the learner's text
    assert "signage project together," in unwrapped
    assert unwrapped.startswith("Dear Sandra,\n\n")  # a short line keeps its break
    assert "ask:\n1. How" in unwrapped and "operations?\n2." in unwrapped  # a list stays a list
    assert "kindly\nWarm regards,\nLan" in unwrapped  # the closing and the name stay apart


def test_unwrap_leaves_short_chat_lines_alone():
    body = "hey team\ncan someone review my PR?\nit's the one on caching"
    assert t.unwrap(body) == body
