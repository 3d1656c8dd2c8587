"""Shared text helpers for the rules: words, sentences, greetings, sign-offs, quotes.

Every span is a pair of Python string offsets into the exact text given: nothing here
strips, lowercases or normalises a copy and then reports offsets into it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from rapport.checks import hyphenation, pattern_cache

APOS = "['’]"

WORD_RE = pattern_cache.compile(r"[^\W_](?:[\w'’\-]*[^\W_])?")
SENTENCE_END_RE = pattern_cache.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)|\n\s*\n|\n(?=\s*[-*•]\s)")
QUOTE_RE = pattern_cache.compile(
    r"\"[^\"\n]{1,300}\"|“[^”\n]{1,300}”|«[^»\n]{1,300}»|„[^“”\n]{1,300}[“”]"
    # Single quotes double as apostrophes, so they only count as quotation marks when they
    # open after a space and close before one, around a short title: 'Pick your brain'.
    r"|(?<![\w'’])['‘](?=\S)[^'‘’\n]{1,100}(?<=\S)['’](?![\w'’])"
)

FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"})
SECOND_PERSON = frozenset(
    {"you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'd", "you'll", "u"}
)

GREETING_WORDS = (
    r"hi+|hello+|hey+|heya|hiya|hallo|hola+|holi|howdy|howya|howaya|howzit|yo+|sup|greetings|dear|"
    r"good\s+(?:morning|afternoon|evening|day)|morning|evening|ahoy|hi\s+there|hey\s+there|hello\s+there|"
    r"g['’]?day|sala+mu?\s+a?la[iy]k(?:u|ou)m|salam|salaam|namaste|namaskar(?:a|am)?|nomoskar|"
    r"vanakkam|sat\s+sri\s+akal|ciao+|bonjour|kia\s+ora|hej|moin|respected|esteemed|"
    r"assalamu\s+alaikum|heyo|ola+|olá|oi+|oy|opa|ch[eè]re?|querid[oa]|estimad[oa]|liebe[r]?|"
    r"geachte|kedves|drog[ia]|oye|buenas\s+(?:tardes|noches)|buenas|boa\s+(?:tarde|noite)|hoi|"
    r"buenos\s+d[ií]as|bom\s+dia|salut|merhaba|habari|kumusta|"
    r"sawasdee|sawatdee|sawadee|xin\s+chào|chào|e\s+a[ií]|eae|hei|sehr\s+geehrte[rs]?|kære|"
    r"prezad[oa]|gentile|egregi[oa]|witam|szanown[ya]|coucou|buongiorno|buonasera|bonsoir|"
    r"guten\s+(?:morgen|tag|abend)|servus|gr[üu]e?zi|goedemorgen|goedendag|god\s+morgen|"
    r"dzie[nń]\s+dobry|dobr[yý]\s+den|bore\s+da|sawubona|dumela|jambo|konnichiwa|annyeong(?:haseyo)?|"
    r"selamat\s+(?:pagi|siang|sore|malam)|ahlan|marhaba|shalom|yassou|hall[åa]|szia|"
    r"bula(?:\s+vinaka)?|talofa|"
    r"car[oa](?=\s+(?-i:[A-ZÀ-ÖØ-Þ]))|car[ií]ssim[oa](?=\s+(?-i:[A-ZÀ-ÖØ-Þ]))"
)
"""Openings in the languages the coach sets use ("howya" is Irish, "howzit" South African;
"namaskar", "vanakkam" and "sat sri akal" Indian: before them, "Namaskar Madam" was read as a
name and called the wrong one on all 3 coach messages with it, sets 246 and 1412). Greetings of
two words come before their first word ("Salam alaikum", "Buenas tardes"), or the second was
read as the name.
"Caro"/"Cara" only before a capitalised word ("Cara Chiara,"), since Caro is also a name
("Caro, quick one")."""
GREETING_RE = pattern_cache.compile(rf"^\s*[¡¿]?\s*(?P<word>{GREETING_WORDS})\b", re.IGNORECASE)
"""A greeting word at the very start, after Spanish's opening "¡" or "¿" ("¡Hola Pablo!")."""
TITLE_RE = pattern_cache.compile(
    r"(?:mr|mrs|ms|miss|mx|mdm|dr|dra|prof|professor|sir|madam|madame|herr|frau|sr|sra|srta|eng|engr|atty|"
    r"ing|lic|mtro|mtra|rev|hon|khun|mme|mlle|avv|dott|dott\.ssa|prof\.ssa|sig|sig\.ra|sig\.na|"
    r"assoc|a/prof|judge|justice|inspector|insp|capt|captain|sgt|sergeant|cllr|councillor|"
    r"rabbi|imam|pastor|reverend|revd|fr|sheikh|bishop)\.?$",
    re.IGNORECASE,
)
ENDEARMENTS = frozenset(
    """stranger strangers lovely love luv lovey man mate mates bestie besties babe babes hun hon
    honey darling darlin sweetie sweetheart girl girls gurl girlie girly gorgeous legend legends
    cuz cousin sis bro bros broda bruv bruh brah bru boet brother dude dudes fam homie homies
    amigo amiga chica chico
    queen king champ buddy pal pals boss chief beautiful handsome superstar star lads lad ladies
    lady lass lassie gal gals girlfriend
    gang crew folks friend friends you u ya y'all yall all everyone everybody team there sir
    madam ma'am maam colleague colleagues mister miss missus doc prof professor coach
    neighbour neighbor dear sunshine trouble ma mam madame aunty auntie uncle oga didi bhaiya
    bhai akka ate kuya hyung noona unnie oppa seonbae sunbae senpai sensei sifu abang kakak
    hocam abla teacher sahib saab ji chef captain cap skipper sarge guy machan macha machi
    fala
    guv gaffer matron nurse doctor officer sugar sugarplum bella bellissima tesoro amore
    carino cherie cheri querida querido mija mijo schatz liebling habibi habibti canim jaan
    jaanu yaar hen pet petal doll dearie duck flower kiddo boo bae cutie apa apu po opo
    kak mas mbak bapak pak ibu bu chi chu bac chale hermano hermana hermanito hermanita
    irmão irmao irmã primo prima compa compadre comadre parce parcero
    khouya khoya akhi ukhti bud buds amor mano cariad darl guapa guapo tocaya tocayo chefe
    sister dai daju bahini
    partner pardner fratello sorella hermosa hermoso lieverd schat jefe jefa sisi bhenji behenji
    uce skip""".split()
)
"""Words a greeting can use in place of a name ("Hey stranger!!", "Heyyy lovely", "hey bud",
"Dai," to an elder brother in Nepali): never a name, so never a wrong one. With the greetings,
roles and titles added beside them, 67 wrong "wrong name" errors fewer in sets 11-1429 and 2
right ones more."""
ROLE_ADDRESSES = frozenset(
    """supervisor director foreman forewoman inspector engineer chairman chairperson chair
    principal headteacher matron sergeant chief commander superintendent editor manager recruiter
    profe profesor profesora maestro maestra professeur
    teamjang timjang sajang bujang gwajang chajang daepyo seonsaeng sonsaeng gyosu
    bosun ingeniero ingeniera arquitecto arquitecta licenciado licenciada doctora ustaz ustadh
    ustad ustaza ustadha pandit guru gurudev acharya
    sargento sargenta excellency headmistress headmaster designer""".split()
)
"""A role used to address someone ("Supervisor, put me on the roster"), in Korean too
("Timjang-nim", team leader): not a name."""
INTERJECTIONS = frozenset(
    """yalla yallah ahlan marhaba wallah wallahi inshallah mashallah oya abeg ehen hajde ajde
    haide vamos bueno pues okay ok alright listen look psst oi ey eh hmm ah oh aww omg lol haha
    yay wow ugh bravo wonderful brilliant fantastic""".split()
)
"""Words that open a message in many languages and registers ("Yalla, mama made too much
kibbeh"): not names."""
NOT_NAMES = ENDEARMENTS | ROLE_ADDRESSES | frozenset(
    """both guys gals again back hiring manager recruiter people world hope how what quick i
    i'm just so thanks thank sorry good great hello hi hey morning afternoon evening day night
    sir/madam""".split()
) | INTERJECTIONS

VOCATIVES = ENDEARMENTS | ROLE_ADDRESSES
"""Words that can follow a greeting in place of a name ("G'day mate,", "Hi all,")."""
HONORIFIC_PREFIXES = frozenset(
    """kuya ate kak kakak abang mas mbak pak bapak bu ibu anh chi chị chu chú bac bác hyung noona
    unnie oppa seonbae sunbae bhai bhaiya didi akka aunty auntie uncle oga sister dai""".split()
)
"""Respect and kinship words said before a given name ("Hi Kuya Ben", "Chào anh Minh", "Aunty
Ngozi"): the name after them is the one greeted. Said alone ("Hi kuya,"), they stand in for
it."""
NAMES_TOO = frozenset({"anh", "didi"})
"""Respect words that are also given names: "Hi Anh Nguyen" greets Anh, "Hi anh Minh" greets
Minh."""

CLOSINGS = (
    r"best(?:\s+(?:regards|wishes))?|all\s+the\s+best|thanks(?:\s+(?:again|so\s+much|a\s+lot|"
    r"in\s+advance))?|thank\s+you(?:\s+(?:again|so\s+much))?|many\s+thanks|cheers|regards|"
    r"kind\s+regards|warm\s+regards|warmly|warm\s+wishes|sincerely|yours(?:\s+\w+)?|talk\s+soon|"
    r"thanks\s+either\s+way|"
    r"thank\s+you\s+either\s+way|saludos|abrazos|un\s+abrazo|besos|bises|grüße|groetjes|hugs|"
    r"speak\s+soon|take\s+care|gratefully|with\s+thanks|thx|ta|love|xo+|x+|best,?|"
    r"merci(?:\s+beaucoup)?|gracias|grazie|danke(?:\s+sch[öo]n)?|obrigad[oa]|cordialement|"
    r"atentamente|tack|dzi[eę]kuj[eę]|"
    r"with\s+(?:(?:my|our|every|many|kind|kindest|best|warm|warmest|good|sincere|deepest|great|"
    r"thanks|regards|wishes|respect|appreciation|gratitude|prayers|and|in)\s+){0,5}"
    r"(?:thanks|regards|wishes|wish|respect|appreciation|gratitude|prayers|advance|anticipation)|"
    r"thank\s+you\s+and\s+(?:best|kind|warm)\s+regards|thanks\s+and\s+(?:best\s+|kind\s+|warm\s+)?"
    r"regards|thanking\s+you(?:\s+in\s+(?:advance|anticipation))?|"
    r"with\s+(?:[^\W\d_]+\s+){1,4}(?:regards|wishes|thanks)|with\s+(?:much\s+|all\s+my\s+)?love|"
    r"(?:much|lots\s+of)\s+love|respectfully(?:\s+yours)?|fondly|warmest|all\s+(?:my\s+)?best|"
    r"(?:um\s+(?:grande\s+)?)?abra[çc]os?|beijos?|beijinhos|atenciosamente|cumprimentos|"
    r"saudações|un\s+(?:fuerte\s+)?saludo|saludos\s+cordiales|muchas\s+gracias|cordialmente|"
    r"bien\s+(?:à|a)\s+vous|bien\s+cordialement|amitiés|bisous|cordiali\s+saluti|distinti\s+saluti|"
    r"un\s+(?:caro\s+)?saluto|un\s+abbraccio|mit\s+(?:freundlichen|besten|herzlichen|lieben)\s+"
    r"gr(?:ü|ue)(?:ß|ss)en|(?:liebe|viele|beste|herzliche)\s+gr(?:ü|ue)(?:ß|ss)e|"
    r"met\s+vriendelijke\s+groet(?:en)?|(?:hartelijke\s+)?groeten|(?:med\s+)?vänliga?\s+hälsningar|"
    r"hälsningar|(?:vennlig|venlig|mange)\s+hilsen|hilsen|pozdrawiam|z\s+poważaniem|"
    r"ng[āa]\s+mihi(?:\s+nui)?|asante(?:\s+sana)?|shukran|mahalo(?:\s+nui)?|diolch(?:\s+yn\s+fawr)?|"
    r"cofion|go\s+raibh\s+maith\s+agat|saygılarımla|teşekkürler|dhanyavaad|shukriya|"
    r"yoroshiku(?:\s+onegaishimasu)?"
)
"""Closing lines, formal ones in their own words too ("With thanks and best wishes,", "With
every good wish,", "Thanking you,"): before those were known, the name under them went unread
and 21 coach messages in sets 11-1437 were told they had no sign-off. In the other languages
the coach sets sign off in too ("Um abraço,", "Ngā mihi,", "Asante sana,", "Mit freundlichen
Grüßen,"), and "With my respectful regards,": a name under them, then a line of title or a
note to forward, went unread."""
CLOSING_LINE_RE = pattern_cache.compile(rf"^\s*(?:{CLOSINGS})\s*[,.!:\-—–]*\s*$", re.IGNORECASE)
CLOSING_WORDS_RE = pattern_cache.compile(rf"(?:{CLOSINGS})", re.IGNORECASE)
"""The closing words alone ("Best", "Ngā mihi"), to `fullmatch` a would-be name."""
CLOSING_AT_END_RE = pattern_cache.compile(rf"(?:{CLOSINGS})$", re.IGNORECASE)
"""Closing words ending the text before a lower-case name ("...thank you! zoe")."""
CLOSING_WITH_NAME_RE = pattern_cache.compile(
    rf"^\s*(?:{CLOSINGS})(?:\s*[,.!:\-—–]+\s*|\s+)(?P<name>\S.*?)\s*$", re.IGNORECASE
)
DASH_NAME_RE = pattern_cache.compile(r"^\s*(?:[-—–~]+|/)\s*(?P<name>\S.*?)\s*$")
"""A name after a dash or a slash on its own line: "— Priya", "/M", "/freya"."""
TRAILING_DASH_NAME_RE = pattern_cache.compile(
    r"\s[-—–~]+[ \t]*(?P<name>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*)?)[ \t]*$")
"""A name after a spaced dash at the very end of the last line: "miss our lunches - deepa"."""
CLOSING_THEN_CLAUSE_RE = pattern_cache.compile(
    rf"^\s*(?:{CLOSINGS}),[^\n]{{1,60}},\s*$", re.IGNORECASE)
"""A closing with a clause of its own, then a comma: "With thanks, and no obligation to
reply,"."""
NAME_PARTICLES = frozenset({"de", "da", "del", "van", "von", "der", "den", "la", "le", "di", "bin", "al",
                            "binte", "binti", "bint", "ibn", "dos", "das", "do", "du", "della",
                            "ter", "ten", "y"})


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start : self.end]


class Word(NamedTuple):
    """A word of the text and where it is. A named tuple, not a frozen dataclass: a check
    makes hundreds of these, and a tuple is made in half the time."""

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower().replace("’", "'")


@dataclass(frozen=True, slots=True)
class Greeting:
    span: Span
    """The greeting line's opening: the greeting word through the name and punctuation."""
    name: Span | None
    """Just the name in the greeting (after any title), if one is there."""
    title: str | None


def words(text: str) -> list[Word]:
    new = tuple.__new__  # what Word(...) calls, without the Python-level __new__ around it
    return [new(Word, (*m.span(), m.group())) for m in WORD_RE.finditer(text)]


WRAPPED_LINE_CHARS = 55
"""A line at least this long that breaks mid-sentence was wrapped by an email client, not by
the writer (plain-text email is wrapped at 70-80 characters)."""
LIST_MARKER = r"(?:\d{1,2}[.)]|[-*•–])"
"""What opens a list item: "2.", "3)", "-", "•"."""
LIST_ITEM_RE = pattern_cache.compile(rf"\s*{LIST_MARKER}\s")
LIST_MARKER_RE = pattern_cache.compile(rf"[ \t]*{LIST_MARKER}[ \t]*")
"""The start of a line that is only its list marker, up to the item's first word."""


def unwrap(text: str) -> str:
    """`text` with the line breaks of hard-wrapped paragraphs turned into spaces, so a sentence
    that an email client split over two lines is read as one. Same length, so every offset
    into it is an offset into the original. A break is kept after a short line (a greeting, a
    sign-off), before a list item, a closing or a short last line (the name), and after a
    colon."""
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    last = max((i for i, line in enumerate(lines) if line.strip()), default=0)
    out = list(text)
    pos = 0
    for i, (line, following) in enumerate(pairwise(lines)):
        pos += len(line)
        if _continues(line, following, is_last=i + 1 == last):
            out[pos] = " "
        pos += 1
    return "".join(out)


def _continues(line: str, following: str, *, is_last: bool) -> bool:
    stripped = line.rstrip()
    if len(stripped) < WRAPPED_LINE_CHARS or stripped.endswith(":") or not following.strip():
        return False
    head = following.lstrip()
    if not (head[0].isalnum() or head[0] in "\"'“‘(") or LIST_ITEM_RE.match(following):
        return False
    if CLOSING_LINE_RE.match(following) or CLOSING_WITH_NAME_RE.match(following):
        return False
    return not (is_last and (len(following.split()) <= 3 or _signed_with_affiliation(following)
                             or (stripped[-1] in ".!?" and _looks_like_name(following))))


def _signed_with_affiliation(line: str) -> bool:
    """A name, a comma and where the sender works, as the last line: "Yuki Tanaka, Kyoto
    University Library". Kept on its own line rather than read as the end of the sentence."""
    head, comma, rest = line.strip().partition(",")
    return bool(comma) and len(line.split()) <= 8 and _looks_like_name(head) and is_capitalised(
        rest.strip()[:1])


def sentences(text: str) -> list[Span]:
    """Sentence spans, trimmed of surrounding whitespace; a line break ends a list item."""
    spans: list[Span] = []
    start = 0
    for m in SENTENCE_END_RE.finditer(text):
        spans.extend(_trimmed(text, start, m.end()))
        start = m.end()
    spans.extend(_trimmed(text, start, len(text)))
    return spans


def _trimmed(text: str, start: int, end: int) -> list[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end and any(ch.isalnum() for ch in text[start:end]):
        return [Span(start, end)]
    return []


def content_span(text: str) -> Span:
    """The text without surrounding whitespace (never empty for non-blank text)."""
    start, end = 0, len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def quoted_spans(text: str) -> list[Span]:
    """Ranges inside quotation marks: a learner quoting a talk title is not their own phrasing."""
    return [Span(m.start(), m.end()) for m in QUOTE_RE.finditer(text)]


def overlaps(start: int, end: int, spans: list[Span]) -> bool:
    return any(start < s.end and s.start < end for s in spans)


def fold(word: str) -> str:
    """Lowercase without accents, for comparing names ("José" matches "jose")."""
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(UNDECOMPOSABLE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


UNDECOMPOSABLE = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe",
                                "ı": "i", "ð": "d", "þ": "th", "ħ": "h"})
"""Letters that Unicode doesn't split into a base letter and an accent ("Małgorzata")."""


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


FULL_WORD_TITLES = frozenset({"sir", "madam", "madame", "miss", "professor", "herr", "frau",
                              "khun"})
"""Titles that are whole words, not abbreviations: a full stop after one ends the greeting
("Good evening Professor. Your article..."), where after "Dr" it only abbreviates."""


STACKED_TITLES = frozenset({"dr", "dra", "prof", "professor", "ing", "eng", "engr", "dott", "mtro",
                            "mtra", "lic", "mr", "mrs", "ms", "miss", "mdm"})
"""Academic and professional titles that follow another title in German, Austrian and Latin
American usage ("Sehr geehrter Herr Dr. Weber", "Prof. Dr. Hoffmann-Richter", "Sr. Ing.
Pérez"). Before, the second title was read as the name."""


SELF_WORDS = frozenset({"I", "I'm", "I’m", "I'd", "I’d", "I'll", "I’ll", "I've", "I’ve"})
SELF_INTRO_RE = pattern_cache.compile(r"\s+here\b(?!['’])", re.IGNORECASE)
"""The sender speaking ("Hello, I'd like to add you", "Hoi, Bram here"): the greeting has no
name."""


def greeting(text: str) -> Greeting | None:
    """The greeting at the start of a message: "Hi Lucas,", "Dear Ms. Johnson:", "hey!"."""
    m = GREETING_RE.match(text)
    if not m:
        return None
    pos = m.end()
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end == -1 else line_end
    rest = text[pos:line_end]
    title: str | None = None
    last_title = ""  # the title just read: after "Herr Dr.", the full stop is Dr's
    vocative_end = pos
    honorific = False  # a respect word read, whose name may follow ("Hi anh Minh")
    name_words: list[Word] = []
    comma_seen = False
    prev_end = 0
    for w in words(rest):
        gap = rest[prev_end : w.start]
        prev_end = w.end
        if name_words and gap.strip(" "):
            break
        if honorific and not name_words and gap.strip(" "):
            break  # "Kuya, can you...": the comma closes the address at the honorific
        if not name_words and gap.strip(" ," + ("." if title else "")):
            break
        if title is not None and not name_words and "," in gap:
            break  # "Dear Sir, as a ...": the comma closes the address
        if title is not None and not name_words and fold(w.text) in {"or", "and"}:
            break  # "Dear Sir or Madam": two titles, no name
        if (title is not None and not name_words and "." in gap and not last_title.endswith(".")
                and fold(last_title) in FULL_WORD_TITLES):
            break  # "Good afternoon Sir. The draft ...": the full stop ends the greeting
        comma_seen = comma_seen or "," in gap
        if title is None and not name_words and TITLE_RE.match(w.text):
            title = last_title = w.text
            continue
        if title is not None and not name_words and fold(w.text) in STACKED_TITLES:
            last_title = w.text
            continue  # "Prof. Dr. Hoffmann", "Herr Dr. Weber": the name comes after both
        if (not name_words and not honorific and fold(w.text) in HONORIFIC_PREFIXES
                and (w.text.islower() or fold(w.text) not in NAMES_TOO)
                and rest[w.end:w.end + 1] == " " and rest[w.end:].lstrip(" ")[:1].isalpha()):
            honorific = True  # "Hi Kuya Ben", "Chào anh Minh": the name follows
            vocative_end = pos + w.end
            continue
        if fold(w.text) in NOT_NAMES and not name_words:
            if fold(w.text) in VOCATIVES:
                vocative_end = pos + w.end
            break
        if w.text in SELF_WORDS or SELF_INTRO_RE.match(rest, w.end):
            break  # "Hello, I'd like...", "Hoi, Bram here": the sender, not the reader
        if name_words and fold(w.text) in NAME_PARTICLES:
            name_words.append(w)
            continue
        if (not name_words and title is None and len(w.text) >= 2 and w.text.isupper()
                and not _ends_address(rest, w.end)
                and not is_capitalised(rest[w.end:].lstrip(" ")[:1])):
            break  # "hey, CT at St Vincent's is throwing E-4411": an acronym, not a name
        if is_capitalised(w.text) or (title is not None and not name_words
                                      and fold(title) not in FULL_WORD_TITLES):
            name_words.append(w)
            if len(name_words) == 3:
                break
            continue
        if not name_words and not comma_seen and _ends_address(rest, w.end):
            name_words.append(w)
        break
    while name_words and fold(name_words[-1].text) in NAME_PARTICLES:
        name_words.pop()
    name = Span(pos + name_words[0].start, pos + name_words[-1].end) if name_words else None
    end = name.end if name else vocative_end
    while end < line_end and text[end] in " ,.!:;-—–👋":
        end += 1
    return Greeting(Span(m.start("word"), end), name, title)


BARE_ADDRESS_RE = pattern_cache.compile(
    r"\s*(?:(?P<title>Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s+)?"
    r"(?P<name>[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+)?)\s*[,:]\s")
SENTENCE_STARTERS = frozenset(
    """thanks thank sorry okay ok yes no yeah yep nope so also well great sure quick update fyi
    btw note reminder heads please hey hi hello dear morning update honestly anyway again first
    second finally today tomorrow yesterday tonight listen look right alright cool perfect
    congrats congratulations apologies unfortunately luckily sadly meanwhile however besides
    actually basically seriously frankly obviously clearly apparently personally genuinely
    literally technically ideally hopefully interestingly funnily oddly strangely surprisingly
    currently recently lastly firstly secondly additionally similarly otherwise still wow oh ah
    hmm""".split()
)


NOT_SIGNATURE_STARTS = NOT_NAMES | SENTENCE_STARTERS
"""Words a signed name does not start with ("Anyway, ...", "Thanks ...")."""


def bare_address(text: str) -> Greeting | None:
    """A name used as the greeting without one: "Devon, I need the invoice numbers", "Dr. Wei,
    read your paper" (with its title). Not the sender introducing themselves: "Emre, from the
    coffee break at the Rail Summit". Returned as a `Greeting` whose span is the address."""
    m = BARE_ADDRESS_RE.match(text)
    if not m or fold(m.group("name").split()[0]) in SENTENCE_STARTERS | NOT_NAMES:
        return None
    if SELF_INTRODUCTION_RE.match(text, m.end()):
        return None
    name = Span(m.start("name"), m.end("name"))
    return Greeting(Span(m.start("title") if m.group("title") else name.start, name.end), name,
                    m.group("title"))


SELF_INTRODUCTION_RE = pattern_cache.compile(
    r"\s*(?:from\s+(?:the|our|your)\b|here(?![\w'’])|it['’]s\s+me\b)", re.IGNORECASE)


def _ends_address(rest: str, end: int) -> bool:
    """A lowercase word counts as a name only when punctuation closes the address: "hey sam,"."""
    tail = rest[end:].lstrip(" ")
    return not tail or tail[0] in ",!:;\n"


def signoff_name(text: str) -> Span | None:
    """The name the sender signs with at the end ("Best,\\nPriya", "Thanks, Sam", "— Jo"),
    looking past contact lines under it (a phone number, an address, a link)."""
    lines = _nonblank_lines(text)
    while len(lines) > 1 and _under_the_name(text[lines[-1][0]:lines[-1][1]]):
        lines.pop()
    if not lines:
        return None
    last_start, last_end = lines[-1]
    last = text[last_start:last_end]
    tail_start = last_start + _last_sentence_start(last)
    for offset in dict.fromkeys((last_start, tail_start)):
        segment = text[offset:last_end]
        for pattern in (CLOSING_WITH_NAME_RE, DASH_NAME_RE):
            m = pattern.match(segment)
            if m and (_looks_like_name(m.group("name"))
                      or _lowercase_signature(text, m.group("name"))):
                return Span(offset + m.start("name"), offset + m.end("name"))
    if CLOSING_LINE_RE.match(last):
        return None
    if (len(lines) > 1 and _lowercase_name(last)
            and CLOSING_LINE_RE.match(text[lines[-2][0]:lines[-2][1]])):
        return content_span_within(text, last_start, last_end)  # "cheers,\ngareth"
    if _looks_like_name(last) and (len(lines) > 1 or len(words(last)) <= 3):
        return Span(last_start, last_end)
    if (len(lines) > 1 and _lowercase_signature(text, last) and _uncommon_word(last)
            and not _sentence_runs_on(text[lines[-2][0]:lines[-2][1]], last)):
        return content_span_within(text, last_start, last_end)  # "...want to talk.\n\ndale"
    if len(lines) > 1 and _lone_lowercase_name(text, lines):
        return content_span_within(text, last_start, last_end)  # "...if you're slammed.\n\nkev"
    if _writes_in_lower_case(text):
        signed = _lowercase_signature_line(text, lines, tail_start)
        if signed:
            return signed  # "dave kowalczyk, iuec local 1", or "g" alone under a blank line
    elif len(lines) > 1 and _blank_line_between(text, lines[-2][1], last_start):
        signed = _lowercase_signature_line(text, lines, last_start)
        if signed:
            return signed  # "...not picking a fight.\n\ndave pritchard, key cutter, crewe"
    tail = text[tail_start:last_end]
    if tail_start > last_start and len(words(tail)) <= 3 and _looks_like_name(tail):
        return content_span_within(text, tail_start, last_end)  # "...if you're busy. Haley"
    before = text[last_start:tail_start].rstrip(" !.,")
    if (tail_start > last_start and _lowercase_signature(text, tail)
            and (CLOSING_AT_END_RE.search(before)
                 or _uncommon_word(tail))):
        return content_span_within(text, tail_start, last_end)  # "...thank you! zoe"
    m = TRAILING_NAME_RE.search(last)
    if m and _looks_like_name(m.group("name")):
        return Span(last_start + m.start("name"), last_start + m.end("name"))
    m = TRAILING_DASH_NAME_RE.search(last)
    if m and _uncommon_word(m.group("name")) and (
            _looks_like_name(m.group("name")) or _lowercase_name(m.group("name"))):
        return Span(last_start + m.start("name"), last_start + m.end("name"))
    aside = TRAILING_ASIDE_RE.search(text, last_start, last_end)
    if aside and aside.start() > last_start:
        return signoff_name(text[:aside.start()])  # "Tanaka Yuki (family name Tanaka)"
    return _name_above_title_lines(text, lines)


def _sentence_runs_on(previous: str, last: str) -> bool:
    """The last line finishes the sentence the line above left open: "...no pressure at all
    to / reply", "...looks like the numbers are for the / brochure.". Not a name signed on a
    line of its own."""
    previous = previous.rstrip()
    if not previous or not previous[-1].isalnum():
        return False
    return last.rstrip().endswith(".") or fold(previous.split()[-1]) in LINE_CANNOT_END_WITH


LINE_CANNOT_END_WITH = frozenset(
    """to the a an of for with at in on from into onto after before about than as and or but
    nor my your our their his her its was were is are be been""".split())
"""Words a finished sentence does not end on: a line ending with one runs on to the next."""


def _name_above_title_lines(text: str, lines: list[tuple[int, int]]) -> Span | None:
    """The name, then a line or two of title and organisation, under a closing line ("With
    kind regards, / Margaret Ellison / Professor of Sociology, University of Leeds") or as a
    block of its own after a blank line ("... out there. / / Callum Reid / Team Leader, Glen
    Affric MRT")."""
    for i in range(len(lines) - 3, max(-1, len(lines) - 5), -1):
        closing, name = (text[a:b] for a, b in lines[i : i + 2])
        if ((CLOSING_LINE_RE.match(closing) or CLOSING_THEN_CLAUSE_RE.match(closing))
                and _looks_like_name(name)):
            return Span(*lines[i + 1])
    for i in range(len(lines) - 2, max(0, len(lines) - 4), -1):
        name_start, name_end = lines[i]
        name = text[name_start:name_end]
        if (_blank_line_between(text, lines[i - 1][1], name_start)
                and len(words(name)) <= 4
                and (_looks_like_name(name) or (_lowercase_name(name) and _uncommon_word(name)))
                and all(_title_line(text[a:b]) for a, b in lines[i + 1:])):
            return Span(name_start, name_end)  # "jake brennan / brennan family farms" too
    return None


TITLE_LINE_RE = pattern_cache.compile(r"[^\W\d_][^.?!\n]{1,60}")
"""A line of title or organisation under a name: short, and no sentence ("Team Leader, Glen
Affric MRT", "Professor emerita of radioecology")."""


def _title_line(line: str) -> bool:
    return bool(TITLE_LINE_RE.fullmatch(line.strip())) and len(words(line)) <= 8


TRAILING_ASIDE_RE = pattern_cache.compile(r"[ \t]*\([^()\n]{1,40}\)[ \t]*$")
"""A bracketed aside closing the last line: pronouns, how to say or order the name."""

CONTACT_LINE_RE = pattern_cache.compile(
    r"\s*(?:(?:tel|phone|mob|mobile|cell|whatsapp|email|e-mail|linkedin|web|site)\b[:.]?\s*)?"
    r"(?:\+?\(?\d[\d\s().\-/]{6,}\d|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|(?:https?://|www\.)\S+"
    r"|linkedin\.com/\S+|(?:[\w\-]+\.)+[a-z]{2,}/\S*)\s*$",
    re.IGNORECASE,
)
"""A line of contact details under a signature: "+880 1712 345678", "jo@acme.org",
"github.com/devshah/sizenorm"."""
BRACKETED_LINE_RE = pattern_cache.compile(r"\s*\([^()\n]{1,120}\)\s*$")
"""A whole line in brackets under the name: "(Nguyen is my family name; please call me Lan)"."""


def _under_the_name(line: str) -> bool:
    """A line that can stand under a signature without being it: contact details or a note in
    brackets."""
    return bool(CONTACT_LINE_RE.match(line) or BRACKETED_LINE_RE.match(line))


TRAILING_NAME_RE = pattern_cache.compile(
    r"(?:[,.!?…]|[^\w\s'’.,!?-]|^)\s*(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)"
    r"[\s.!]*(?:\b[xX]{1,3}\b)?[\s\W]*$"
)
"""A name at the very end, after a comma, a sentence end or an emoji: "thank you babe ❤️ Kavya",
"Thanks either way, Daniel", "Eimear x"."""


def _last_sentence_start(line: str) -> int:
    ends = [m.end() for m in re.finditer(r"[.!?]+\s+", line)]
    return ends[-1] if ends else 0


def last_line(text: str) -> Span:
    lines = _nonblank_lines(text)
    if not lines:
        return content_span(text)
    start, end = lines[-1]
    return content_span_within(text, start, end)


def content_span_within(text: str, start: int, end: int) -> Span:
    inner = content_span(text[start:end])
    return Span(start + inner.start, start + inner.end)


def _nonblank_lines(text: str) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    return lines


NAME_TAIL_RE = pattern_cache.compile(r"\s*(?:[|,(/]|\s[-—–]\s).*$")


KISSES_RE = pattern_cache.compile(r"\s+(?:x{1,4}|xo(?:xo)?|<3)\s*$", re.IGNORECASE)
"""Kisses after a name signed in lower case ("jess x", "maddie xo"): not part of the name."""
LOWERCASE_NAME_RE = re.compile(r"[a-z\u00df-\u00ff][a-z\u00df-\u00ff'’-]{1,14}")
NOT_LOWERCASE_NAMES = NOT_NAMES | frozenset(
    """much lots heaps loads lol haha xx xo bye later soon tomorrow ty thx in advance""".split()
)
"""Words that end a closing line in lower case without being a name ("thanks so much",
"cheers mate": endearments are already in NOT_NAMES)."""


def _uncommon_word(candidate: str) -> bool:
    """Not an everyday English word: "lucía" after "no pressure to reply." signs the message,
    "asap" or "thanks" would not."""
    from rapport.checks.rules.vocabulary import GENERIC, STOPWORDS

    found = fold(KISSES_RE.sub("", candidate.strip(" .!?"))).split()
    return bool(found) and all(len(word) >= 3 and word not in STOPWORDS and word not in GENERIC
                               and re.sub(r"['’-]", "", word).isalpha() for word in found)


GREETING_THEN_LOWER_RE = pattern_cache.compile(
    rf"\s*(?:{GREETING_WORDS})\b[^\n.!?]{{0,30}}[.!]+\s+(?P<next>\w)", re.IGNORECASE)
"""A greeting closed by "!" or "." and what comes next: "Hey Maria! saw...". A comma does not
count: "Hi Ana, how did you..." is ordinary sentence case."""


def _writes_in_lower_case(text: str) -> bool:
    """The first letter is lower case, or the first after a short greeting line ("Hi Torbjørn,")."""
    first = next((ch for ch in text if ch.isalpha()), "")
    if first.islower():
        return True
    opened = GREETING_THEN_LOWER_RE.match(text)
    if opened and opened.group("next").islower():
        return True  # "Hey Maria! saw you moved to the port's team"
    greeting, newline, rest = text.strip().partition("\n")
    return bool(newline) and len(greeting.split()) <= 4 and next(
        (ch for ch in rest if ch.isalpha()), "").islower()


def _lowercase_signature(text: str, candidate: str) -> bool:
    """A name signed in lower case by someone who writes in lower case (from the first word,
    or from the line after a capitalised greeting): "thank you! zoe", "cheers tom", "jake
    morrison". One or two words, none a common closing word."""
    return _writes_in_lower_case(text) and _lowercase_name(candidate)


def _lowercase_name(candidate: str) -> bool:
    """One or two lower-case words that could be a name, none a common closing word."""
    parts = KISSES_RE.sub("", candidate.strip(" .!")).split(" ")
    return 1 <= len(parts) <= 2 and all(LOWERCASE_NAME_RE.fullmatch(part) is not None
                                        and fold(part) not in NOT_LOWERCASE_NAMES for part in parts)


TRAILING_SYMBOLS_RE = pattern_cache.compile(r"[^\w'’\-]+$")
"""Punctuation and emoji after a signed name ("maddie ✨", "kev!")."""


def _blank_line_between(text: str, end: int, start: int) -> bool:
    """Is there a blank line between two non-blank lines (one ending at `end`, the next
    starting at `start`)?"""
    return text.count("\n", end, start) >= 2


def _lone_lowercase_name(text: str, lines: list[tuple[int, int]]) -> bool:
    """One uncommon lower-case word alone on the last line, after a blank line: a name signed
    in lower case ("kev") by someone who otherwise writes in sentence case."""
    (_, previous_end), (last_start, last_end) = lines[-2], lines[-1]
    last = TRAILING_SYMBOLS_RE.sub("", text[last_start:last_end]).strip(" .!")
    return (_blank_line_between(text, previous_end, last_start) and " " not in last
            and _lowercase_name(last) and _uncommon_word(last))


def _lowercase_signature_line(text: str, lines: list[tuple[int, int]],
                              tail_start: int) -> Span | None:
    """How people who write in lower case sign: a name before a comma and a short affiliation,
    on its own line or after the last sentence ("dave kowalczyk, iuec local 1"), or a lone
    initial under a blank line ("g")."""
    last_start, last_end = lines[-1]
    starts = [start for start in dict.fromkeys((tail_start, last_start))
              if start != last_start or len(lines) > 1]  # a one-line message is no signature
    for start in starts:
        head, comma, rest = text[start:last_end].partition(",")
        if (comma and rest.strip() and len(words(rest)) <= 5 and _lowercase_name(head.strip())
                and _uncommon_word(head)):
            return content_span_within(text, start, start + len(head))
    if len(lines) > 1:
        previous_end = lines[-2][1]
        last = text[last_start:last_end]
        if _blank_line_between(text, previous_end, last_start) and INITIAL_RE.fullmatch(last.strip()):
            return content_span_within(text, last_start, last_end)
    return None


SIGNED_TITLES = STACKED_TITLES | {"ir", "drs", "mr", "dipl", "sister", "brother", "coach", "chef",
                                   "auntie", "aunty", "uncle", "nurse"}
"""Titles that stack before a name in a signature, in lower case too (Dutch "Prof. dr. ir.",
German "Dipl. Ing."): "mr" here is the Dutch law degree ("mr. drs. Jansen"); "Sister" and
"Brother" sign a religious's name ("Sister Anne-Marie Dubois"), and people sign with the
title they go by ("Coach Dee Harrow", "Auntie Priscilla", "Chef Tomás")."""
POST_NOMINAL_RE = pattern_cache.compile(r"(?:[A-Z]{2,6}|Ph\.?D\.?|M[Ss]c|B[Ss]c|C[Ee]ng|DPhil|MBA|RGN)\.?")
"""Letters after a name: "MRICS", "PhD", "CEng"."""

INITIAL_RE = pattern_cache.compile(r"[a-z]\.?")
"""A single lower-case initial signed on its own line."""


def _looks_like_name(line: str) -> bool:
    """A short line of capitalised words, optionally followed by "| role" or "(she/her)"."""
    stripped = line.strip()
    tail = NAME_TAIL_RE.search(stripped)
    if tail and len(tail.group().split()) > 12:
        return False  # "Anyway, I remember you were the one who...": a sentence, not a name
    head = (stripped[:tail.start()] if tail else stripped).strip(" .!")
    tokens = head.split()
    while len(tokens) > 1 and (TITLE_RE.match(tokens[0])
                               or fold(tokens[0]).rstrip(".") in SIGNED_TITLES
                               or (tokens[0] == "The" and TITLE_RE.match(tokens[1]))):
        tokens = tokens[1:]  # "Professor Margaret Ellison", "Prof. dr. ir. Gerrit van der Berg"
        head = " ".join(tokens)
    while len(tokens) > 1 and POST_NOMINAL_RE.fullmatch(tokens[-1]):
        tokens = tokens[:-1]  # "Fatima Zahra El Idrissi MRICS"
        head = " ".join(tokens)
    if not 1 <= len(tokens) <= 4:
        return False
    if (fold(tokens[0]) in NOT_SIGNATURE_STARTS
            or CLOSING_WORDS_RE.fullmatch(head)):
        return False
    return all(
        (t[:1].isupper() and any(ch.isalpha() for ch in t)) or fold(t) in NAME_PARTICLES
        for t in tokens
    )


@lru_cache(maxsize=50_000)
def syllables(word: str) -> int:
    """Syllables by hyphenation points, with a vowel-group fallback for short words."""
    lowered = word.lower()
    vowel_groups = len(re.findall(r"[aeiouy]+", lowered))
    if vowel_groups > 1 and (
        (lowered.endswith("e") and not lowered.endswith(("le", "ee")))
        or (lowered.endswith("es") and lowered[-3:-2] not in set("sxzcgh"))
        or (lowered.endswith("ed") and lowered[-3:-2] not in set("td"))
    ):
        vowel_groups -= 1
    by_dictionary = len(hyphenation.points(lowered)) + 1
    return max(1, by_dictionary, vowel_groups)


def reading_grade(
    text: str, spans: list[Span] | None = None, word_list: list[Word] | None = None
) -> float:
    """Flesch-Kincaid grade level, computed offline (pyphen ships its dictionaries)."""
    sents = spans if spans is not None else sentences(text)
    ws = [w for w in (word_list if word_list is not None else words(text)) if not w.text.isdigit()]
    if not ws or not sents:
        return 0.0
    syl = sum(syllables(w.text) for w in ws)
    grade = 0.39 * (len(ws) / len(sents)) + 11.8 * (syl / len(ws)) - 15.59
    return round(max(grade, 0.0), 1)


def sentence_grade(text: str, span: Span) -> float:
    return reading_grade(span.text(text), [Span(0, span.end - span.start)])
