"""Rules about respect for their time and judgement: pressure, guilt, and gushing praise."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapport.checks import cues, lessons, pattern_cache
from rapport.checks import text as t
from rapport.checks.context import Context
from rapport.checks.rule import Hit, example, rule
from rapport.checks.rules.ask import big_ask_spans
from rapport.checks.rules.vocabulary import FAVOUR_RE, REQUEST_CUE_RE, negated_before, phrases

WEEKDAY = r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!\s+week\b)|" \
          r"tomorrow|tonight|eod|cob|" \
          r"end\s+of\s+(?:the\s+|next\s+|this\s+)?(?:day|week|month)|close\s+of\s+(?:play|business)|noon|midnight|\d{1,2}(?::\d\d)?\s*(?:am|pm))"

PRESSURE_RE = phrases(
    rf"""\bASAP\b | \ba\.s\.a\.p\.? | \burgent(?:ly)?\b(?!\s+care)
    | \bas\s+soon\s+as\s+(?:possible|you\s+can)\b
    | \btime[- ]sensitive\b | \blast\s+chance\b | \bthe\s+sooner\s+the\s+better\b
    | \b(?:reply|respond|answer|help|call|send|come|get\s+back(?:\s+to\s+me)?|need\s+(?:it|this|an?\s+
        answer|you\s+to\s+\w+))\s+(?:\w+\s+){{0,3}}(?:immediately|right\s+away|right\s+now)\b
    | \b(?:back|reply|response|answer|edits|comments|feedback|notes|thoughts)\s+(?:to\s+me\s+)?
        (?:by|before|until|no\s+later\s+than)\s+(?:the\s+|this\s+|next\s+)?{WEEKDAY}
    | \b(?:revert|reply|respond|write\s+(?:to\s+)?(?:me\s+)?back|get\s+back\s+to\s+me|hear\s+from\s+you|
        hear\s+back)\s+(?:\w+\s+){{0,2}}?(?:by|before|until)\s+(?:the\s+)?(?:weekend
        |end\s+of\s+(?:the\s+|this\s+)?week)\b
    | \b(?:revert|reply|respond|do\s+the\s+needful|send\s+\w+|get\s+back\s+to\s+me)\s+
        (?:\w+\s+){{0,2}}?at\s+the\s+earliest\b
    | \b(?:answer|reply\s+to|respond\s+to)\s+me\b(?!\s+(?:when|whenever|if|once))
    | \byou\s+(?:saw|read|seen|opened)\s+my\s+(?:text|message|email|dm|note)\b
    | \bwithout\s+fail\b | \bwithin\s+the\s+(?:hour|next\s+hour)\b
    | \bit['’]?s\s+been\s+(?:two|three|four|five|six|\d|a\s+couple\s+of|a\s+few)\s+(?:days|weeks)\b
        (?!\s+since\s+(?:I|we)\s+(?:started|joined|began|moved|arrived|got\s+here|came|left|graduated))
    | \bfor\s+the\s+(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+time\b
    | \b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+time\s+(?:asking|I['’]?m\s+asking|I\s+ask|chasing|
        messaging|writing)\b
    | \b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+time\s+(?:asking|I['’]?m\s+asking|I\s+ask|chasing|
        messaging|writing)\b
    | \bre-?up(?:ping)?\s+(?:this|my)\b
    | \b(?:today|tonight|this\s+week|tomorrow|this\s+month)\s+itself\b
    | \bI\s+expect\s+(?:it|this|that|them|the\s+[\w-]+|your\s+[\w-]+)\s+(?:\w+\s+){{0,2}}?(?:today|tonight
        |tomorrow|by\s+(?:today|tonight|tomorrow|{WEEKDAY}|eod|end\s+of|noon|\d))
    | \b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:e-?mail|message|mail|text
        |reminder)\s+(?:on|about)\s+this\b
    | \b(?:good|great|helpful|ideal)\s+to\s+hear\s+back\s+(?:today|tonight|tomorrow|this\s+week|by\s+
        {WEEKDAY}|before\s+{WEEKDAY})
    | \b(?:second|third|fourth|fifth|another|final|last)\s+(?:nudge|reminder|chase|chaser|ping|
        follow[- ]up|attempt)\b
    | \bstill\s+(?:nothing|no\s+word)\s+from\s+you\b
    | \b(?:by|before|b4)\s+\d{{1,2}}(?::\d\d)?\s*(?:am|pm)\b
    | \bneed\s+(?:you|u|ya)\s+to\b | \bwhy\s+is\s+(?:this|it)\s+always\b
    | \b(?:I['’]?m|i\s+am|im)\s+(?:literally\s+)?begging(?:\s+(?:you|u))?\b
        | \bI['’]?ll\s+never\s+ask\s+(?:again|for\s+anything)\b
    | \bneed\s+(?:the|this|that|it|them|those|your|ur|yr|an?|all\s+(?:of\s+)?(?:your|the|ur))\s+
        (?:[\w'’]+\s+){{0,6}}?(?:back\s+)?(?:tonight|today|(?:by|before)\s+(?:the\s+|this\s+|next\s+)?{WEEKDAY}|
        (?:by|before)\s+\d{{1,2}}(?::\d\d)?\b(?!\s*(?:[%/-]|\.\d|years?|days?|weeks?|months?|people|of)))
    | \b(?:today|tonight|tomorrow|asap|by\s+\w+day)\s+would\s+be\s+(?:ideal|great|perfect|best|amazing|
        helpful)\b
    | \b(?:tried|messaged|emailed|called|texted|pinged|rang|(?:wrote|written|asked|reminded)(?=\s+(?:to\s+)?
        (?:you|u)\b))\s+(?:to\s+)?(?:(?:you|u)\s+)?(?:twice|three\s+times|3\s+times|four\s+times|
        several\s+times|
        a\s+few\s+times|multiple\s+times|again\s+and\s+again)\b
    | \b(?:would\s+be\s+(?:good|great|nice|helpful)\s+to|I\s+(?:need|want)\s+to|need\s+to)\s+
        (?:get|have|see|hear)\s+(?:your\s+)?(?:comments|feedback|thoughts|notes|reply|answer|response|
        input|edits|sign[- ]?off)\s+(?:back\s+)?(?:soon|asap|quickly|shortly)\b
    | \bneed\s+(?:the|this|that|it|them|those|your|an?)\s+(?:[\w'’]+\s+){{0,3}}(?:right\s+now|
        immediately|asap)\b
    | \bno\s+(?:more\s+)?(?:delays|excuses)\b
    | \bdon['’]?t\s+(?:say|tell\s+me)\s+(?:that\s+)?(?:you['’]?re|you\s+are|ur|u\s+r)\s+(?:too\s+)?busy\b
    | \b(?:it|this)\s+can['’]?t\s+wait\b
    | \bthis\s+is\s+(?:my|the)\s+(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:message|email|
        time|reminder|note|attempt)\b
    | \bneeds?\s+to\s+be\s+\w+\s+by\s+(?:the\s+)?{WEEKDAY}
    | \b(?:reply|respond|revert|answer|get\s+back\s+to\s+me|let\s+me\s+know|hear\s+back)\s+
        (?:to\s+me\s+)?(?:by|before|no\s+later\s+than|latest(?:\s+by)?)\s+(?:the\s+)?{WEEKDAY}
    | \bby\s+{WEEKDAY}\s+(?:(?:noon|midday|morning|evening|afternoon|\d{{1,2}}(?::\d\d)?\s*(?:am|pm)?)\s+)?
        (?:at\s+the\s+latest|latest)\b
    | \b(?:by|before|until|{WEEKDAY})\s+(?:[\w:.'’-]+\s+){{0,4}}?at\s+the\s+latest\b
    | \bno\s+later\s+than\b
    | \b(?:I\s+)?(?:haven['’]?t|have\s+not|didn['’]?t|did\s+not|never)\s+(?:heard|hear|got(?:ten)?|get|
        received)\s+(?:back|a\s+(?:reply|response|answer)|anything)\b
    | \bstill\s+waiting\b(?!\s+(?:for|on)\s+(?!you\b|your\s+(?:reply|answer|response|feedback|
        comments|input|decision)\b|a\s+(?:reply|response|answer)\b|an\s+answer\b))
    | \bstill\s+no\s+(?:reply|response|answer)\b
    | \b(?:you\s+)?still\s+(?:haven['’]?t|have\s+not)\s+(?:yet\s+)?(?:sent|done|signed|read|looked)\b
    | \b(?:still\s+)?(?:haven['’]?t|have\s+not|hasn['’]?t)\s+(?:yet\s+)?(?:answered|replied|responded|
        gotten\s+back|got\s+back|written\s+back)\b
    | \bbump(?:ing)?\s+(?:this|my\s+(?:message|email|note|dm|question))\b(?:\s+(?:up|again))?
    | \bbumping\b(?!\s+into) | (?:^|(?<=[.!?\n]\s))bump\b(?!\s+into)
    | \b(?:following|circling|checking)\s+(?:up|back|in)\s+(?:on\s+(?:this|it|that)\s+)?again\b
        | \byet\s+again\b
    | \b(?:second|third|fourth|fifth)\s+time\s+now\b
    | \bwhy\s+(?:haven['’]?t|didn['’]?t|won['’]?t|have\s+you\s+not|did\s+you\s+not|aren['’]?t|
        don['’]?t)\s+you\b
    | \bI\s+(?:really\s+|just\s+|urgently\s+|absolutely\s+)?(?:need|expect|require)\s+
        (?:this|an?\s+(?:answer|reply|response)|you\s+to)\b
    | \b(?:I|we)\s+(?:really\s+|just\s+|urgently\s+)?(?:need|want)\b
        (?!\s+to\s+(?!(?:have|get|see|hear|receive|know)\b)\w+)[^.?!\n]{{0,60}}?\b(?:by|before)\s+
        (?:the\s+)?{WEEKDAY}\b
    | \bneed\s+(?:to\s+know|it|this|them|that|your\s+\w+|you\s+to\s+\w+)\b[^.?!\n]{{0,60}}?\b
        (?:by|before)\s+(?:the\s+)?{WEEKDAY}\b
    | \b(?:my|several|multiple|two|three|four|five|\d+)\s+(?:\w+\s+)?(?:previous|earlier|prior|
        unanswered)\s+(?:emails|messages|notes|attempts|mails)\b
    | \b(?:you\s+(?:must|need\s+to|have\s+to))\s+(?:reply|respond|answer|get\s+back|help)\b
    | \b(?:it['’]?s|it\s+has|it['’]?s\s+been|it\s+has\s+been)\s+(?:been\s+)?(?:over\s+)?
        (?:a\s+week|(?:two|three|four|five|six|\d+)\s+(?:days|weeks))\s*(?:and|since|now|\.)
    | \b(?:surely|certainly)\s+you\s+(?:can|could|have)\b
    | \bI\s+(?:assume|guess)\s+you(?:['’]re|\s+are)\s+(?:too\s+)?(?:busy|important)\b
    | \bjust\s+a\s+(?:friendly\s+)?reminder\b
    | \b(?:it\s+)?(?:would|will|['’]d)\s+(?:honestly\s+|really\s+)?mean\s+the\s+world(?:\s+to\s+me)?\b
    | \bI\s+(?:don['’]?t|do\s+not)\s+(?:really\s+)?have\s+(?:anyone|anybody)\s+else\b
    | \bI\s+(?:have|['’]ve\s+got|got)\s+no\s+(?:one|body)\s+else\b | \bno\s+one\s+else\s+(?:I\s+can
        |to)\s+ask\b
    | \bI['’]?ve\s+been\s+waiting\b(?!\s+(?:for\s+(?:ages|years|a\s+long\s+time)\s+to\s+(?:ask|write|say)))
    | \b(?:pls|please|plz|pl)\s+(?:reply|respond|answer|revert)\b(?!\s+(?:when|whenever|if|only
        |at\s+your|by|before|no\s+later))
        (?![^.?!\n]{{0,30}}\b(?:when|whenever|if)\s+you\b)
    | \b(?:you['’]?re|you\s+are)\s+(?:honestly\s+|literally\s+|really\s+|truly\s+|genuinely\s+)?my\s+
        (?:only|last)\s+(?:hope|chance|connection|contact|lifeline|option)\b
    | \b(?:it|this|that)\s+(?:really\s+|absolutely\s+|just\s+)?(?:needs|has)\s+to\s+(?:be|happen|be\s+done)\s+
        (?:this\s+week|today|tonight|tomorrow|(?:by|before)\s+(?:the\s+)?{WEEKDAY})\b
    | \b(?:let\s+me\s+know|tell\s+me|explain)\s+(?:[\w'’]+\s+){{1,4}}?(?:by|before)\s+
        (?:the\s+|this\s+)?{WEEKDAY}
    | \bplease\s+(?:keep|have)\s+your\s+phone\s+(?:on|handy|nearby|close)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


THIRD_PARTY_DEADLINE_RE = pattern_cache.compile(
    r"\b(?:they|he|she|hr|the\s+\w+|[A-Z]\w+)\s+(?:want|wants|need|needs|expect|expects|asked\s+for|"
    r"require|requires|close|closes)\b", re.IGNORECASE)
THIRD_PARTY_SUBJECT_RE = pattern_cache.compile(
    r"(?:\b(?i:they|he|she|hr|the\s+[\w-]+(?:\s+[\w-]+)?)|\b(?!I\b)[A-Z][\w'’-]+)\s+$")
"""Someone else as the subject of "need": "They need it by 15 March", "The college needs it by
Friday". The need is theirs, and the sender is passing it on."""
DEADLINE_OUT_RE = phrases(
    r"""\bif\s+(?:[\w'’]+\s+){0,3}(?:is|['’]s|are)\s+(?:too\s+|a\s+bit\s+)?(?:tight|soon|short\s+notice
        |much|a\s+stretch|not\s+possible|difficult|hard|bad|no\s+good|not\s+good|busy|full|mad|crazy
        |hectic|manic|packed|swamped|slammed|chaotic|insane|rough|nuts)\b
    | \bif\s+not,?\s+(?:no\s+worries|that['’]?s\s+(?:fine|ok|okay|totally\s+fine))
    | \bno\s+(?:worries|problem|stress)\s+if\s+not\b
    | \b(?:(?:totally|completely|perfectly|absolutely)\s+)?(?:fine|ok|okay)\s+if\s+not\b
    | \b(?:also|too)\s+(?:works?|fine|ok|okay)\b | \b(?:works?|is\s+fine|is\s+ok(?:ay)?)\s+too\b
    | \b(?:is|are)\s+also\s+(?:fine|ok|okay|good)\b | \bI\s+can\s+(?:[\w'’]+\s+){0,4}instead\b
    | \bno\s+(?:rush|hurry)\s+(?:before|until|till|til)\b
    | \b(?:by|before|until|till)\s+(?:[\w:.]+\s+){0,2}?(?:is|['’]s)\s+(?:totally\s+|completely\s+
        |perfectly\s+|absolutely\s+|more\s+than\s+)?(?:fine|ok|okay|plenty|soon\s+enough)\b
    | \b(?:by|before|until|till)\s+(?:[\w:.]+\s+){0,2}?[\w:.]+,?\s+(?:that|which)(?:['’]s|\s+is|
        \s+would\s+be|\s+will\s+be)\s+(?:totally\s+|completely\s+|perfectly\s+|absolutely\s+|more\s+than\s+)?
        (?:fine|ok|okay|plenty|soon\s+enough|early\s+enough)\b
    | \b(?:an?\s+)?(?:estimate|rough\s+(?:number|count|figure|idea|draft)|ballpark(?:\s+figure)?|best\s+guess
        |first\s+draft|partial\s+(?:list|answer|count))\s+(?:is|['’]s|would\s+be|will\s+do)\s+(?:totally\s+
        |perfectly\s+|also\s+|just\s+)?(?:fine|ok|okay|great|enough)\b
    | \bif\s+[^.?!\n]{0,60}?,?\s+(?:just\s+)?(?:send|share|give)\s+(?:me\s+|us\s+)?(?:what(?:ever)?
        |as\s+much\s+as)\s+you(?:['’]ve|\s+have|\s+can)\b
    | \bif\s+(?:any|some)\s+(?:[\w-]+\s+){0,2}?(?:is|are)\s+(?:still\s+)?(?:pending|missing|not\s+ready
        |unfinished|not\s+done)\b
    | \bif\s+(?:it|they|that|those|these|the\s+[\w-]+)(?:['’]s|['’]re|\s+is|\s+are)?(?:\s+still)?
        (?:\s+not|\s+isn['’]t|\s+aren['’]t)\s+(?:yet\s+)?(?:\w+\s+)?(?:ready|done|finished|edited|final|finali[sz]ed|polished|tidied|complete|sorted
        |cleaned)(?:\s+(?:yet|by\s+then))?,?\s+(?:just\s+)?(?:send|share|give|tell|let\s+me|I['’]ll|I\s+will
        |I\s+can|we\s+can|we['’]ll)\b
    | \bif\s+[^.?!\n]{1,40}?,?\s+(?:tomorrow|tmrw|tmr|monday|tuesday|wednesday|thursday|friday|saturday
        |sunday|next\s+week|the\s+weekend|later|whenever)\s+(?:is|['’]s|works|would\s+be|will\s+do)\s+
        (?:also\s+|too\s+|totally\s+|just\s+|perfectly\s+)?(?:fine|ok|okay|good|great)\b
    | \bno\s+(?:rush|hurry)(?:\s+at\s+all)?(?:\s+(?:today|tonight|this\s+week))?\s*(?:[.!)]|$|,\s*(?:whenever
        |when(?:ever)?\s+you|cuando|quand))
    | \bif\s+(?:you\s+(?:can['’]?t|cannot|can\s+not|won['’]?t\s+be\s+able|['’]d\s+rather\s+not|would\s+rather
        \s+not)(?!\s+be\s+bothered)|(?:you['’]?re|you\s+are|(?:your\s+|the\s+)?[\w'’]+(?:['’]s|\s+is)\s+still)\s+
        (?:too\s+|a\s+bit\s+|still\s+)?(?:busy|swamped|slammed|wiped|tired|bad|stuck|away|not\s+up\s+for\s+it)
        |not)\b[^.?!\n]{0,50}?\b(?:I|we)\s*(?:['’]ll|will|can|could)\s+(?:just\s+|always\s+|happily\s+|easily\s+)?
        (?:ask|ring\s+round|call\s+round|find|try|get)\s+(?:someone|somebody|the\s+others|others|another
        |one\s+of\s+the)""",
    re.IGNORECASE | re.VERBOSE)
"""A way out of the deadline itself: "If 5 is tight, tell me and I'll push it", "tonight would
be perfect, but first thing tomorrow also works", "no rush before 3pm", "before Friday is
fine" (none labelled pressure in the 20 fixture messages with the last two; "if this week
is mad" in none of 180), or a part welcome
instead ("if it's still changing, send what you have"; blind set 309); a fallback for what
is not ready ("if they're not edited yet, just send the raw files"), a later time offered ("if
ur tired tmrw is fine"), or "no rush" left standing ("No rush today, cuando puedas."; not "no
rush, but I need it by 3"), or someone else to ask if they can't ("if you can't, all good,
I'll ring round the others"; not "tell me tonight if you'll come or I'll find someone else",
an ultimatum). The last four came from blind sets 881, 1168, 1170 and 1184. In sets 11-1189,
2,702 coach messages have one (most say "no hurry at all" and set no time), and coaches named
pressure on none of them; the change alters the findings of 4, each named pressure before.
The fallback to someone else is in 65 coach messages of sets 11-1221: before it the checker
named pressure on 3 of them, and coaches on none."""
CALM_REPLACEABLE = pattern_cache.compile(
    r"ASAP|a\.s\.a\.p\.?|as\s+soon\s+as\s+(?:possible|you\s+can)", re.IGNORECASE
)


@rule(
    id="pressure",
    # Under pressure, coaches seldom add that the message is short: too-short beside it was
    # named on 29 of 87 messages in sets 11-1549.
    supersedes=("no-easy-out", "no-ask", "too-short"),
    severity="warning",
    title="Pressure, urgency or guilt",
    message="This puts pressure on them to answer on your schedule.",
    why="""Deadlines, "ASAP", "bumping this" and "I haven't heard back" turn a request into an
    obligation the other person never agreed to. People who owe you nothing tend to answer
    pressure with silence. If time really matters, say why plainly and give them a graceful
    way out; if you are following up, make it easy to reply rather than making them feel
    guilty.""",
    suggestion="Remove the urgency and guilt; if you follow up, add something new and an easy "
    "out.",
    lesson=lessons.PEOPLE,
    bad=[
        example("Hi Ana, it's Ed from your flood-maps workshop on Tuesday. Could you send me your "
                "notes on the river model ⟦ASAP⟧?\nThanks,\nEd", relationship="acquaintance"),
        example("⟦Bumping this⟧ to the top of your inbox!"),
        example("Dear Mateusz,\nIt was good to meet you at Interalpin. Could you send me the "
                "low-temperature test data for the 200 mm sheave bearings? I have already "
                "⟦told your director we would have⟧ it by Friday.\nSophie", relationship="acquaintance",
                subject="Sheave bearing test data",
                note="His own director has been promised his yes."),
        example("Haruka, my lacquer show opens Saturday. All our classmates are coming, so it "
                "would be a little sad if ⟦you were the only one missing⟧.", channel="text",
                relationship="friend", note="An invitation with a guilt hook."),
        example("Could you tell me how much oil you put on the pad? I have a client waiting, so "
                "⟦the sooner the better⟧!", relationship="former-colleague"),
        example("⟦I haven't heard back⟧ from you, so I'm writing again."),
        example("⟦Why haven't you⟧ replied to my last two emails?"),
        example("Please ⟦reply by Friday⟧ so I can plan.", channel="linkedin"),
        example("Kindly ⟦respond latest Thursday⟧.", channel="linkedin",
                note="\"Latest Thursday\" is \"by Thursday at the latest\"."),
        example("⟦Following up again⟧ on my note from last week.", channel="linkedin"),
        example("Hi Tyler,\nGreat to meet you at INTA in Atlanta. I'm Diego, the ex-IMPI examiner "
                "who now runs trademark filings in Mexico City. I'd love 20 minutes to walk you "
                "through how we handle oppositions. How does Tuesday or Wednesday look? ⟦If I "
                "don't hear back by Thursday I'll give your office a call⟧ to set something "
                "up.\nDiego", relationship="acquaintance",
                note="Their silence becomes a call they will have to field."),
        example("Dear Dr Okafor,\nI run the lab at a seed bank in Ibadan. Your paper on drying "
                "rates helped us fix our storage losses. Did you see the same effect with cowpea? "
                "⟦I will follow up on Monday if I have not heard back⟧.\nTunde",
                note="The same move the other way round: the chase comes first."),
        example("Rajeev! We are doing a World Hospice Day talk on 12 Oct and ⟦I have already printed "
                "your name in the programme⟧ as the speaker 😄 Will send details.", channel="text",
                relationship="friend"),
        example("Su-bin ah, can you help us move the optical table to the new lab on Saturday, 9 "
                "to 6? ⟦I already told professor you will come⟧ 😅 I will buy lunch and dinner!",
                channel="text", relationship="friend"),
        example("Dear Ms. Souza,\nThis is Yuki from Fuwari Coin Laundry in Osaka; we spoke at the "
                "Clean Show. How did you decide the franchise fee for your first stores? Our board "
                "meets on the 30th, so I would be very grateful if you could reply ⟦before the "
                "25th⟧.\nYuki Tanaka", relationship="acquaintance",
                note="Their board's calendar made into her deadline."),
        example("Ana, no rush at all, but ⟦I sort of told the committee you'd present⟧ the "
                "findings on Friday. Thanks so much!", relationship="coworker",
                note="\"No rush\" before the \"but\" doesn't take back the promise made for "
                "her."),
        example("⟦3 days on read⟧ 🙃 anyway, does your team take audit interns?", channel="text",
                relationship="friend", note="A read receipt counted back at them."),
        example("I know you're swamped 🙂 but ⟦I did ask for the survey data twice⟧ already.",
                channel="slack", relationship="coworker", note="A count of earlier asks."),
        example("Goran, ⟦you read it and didn't answer⟧ 🙃 can I still borrow the drill on "
                "Saturday?", channel="text", relationship="friend",
                note="Their silence held up to them before the ask."),
        example("Efe, I ⟦wrote to you twice⟧ about the July rota. Is there a draft I can look "
                "at?", channel="slack", relationship="coworker"),
        example("Further to my message of last week, ⟦I am yet to receive⟧ your response.",
                channel="linkedin", relationship="acquaintance", note="A formal chase."),
        example("Charley, you have ⟦blue-ticked me⟧ three times this week o 😂 Which Power BI "
                "course did your team do?", channel="text", relationship="friend"),
        example("Sorry to bother you again. I ⟦wrote last month and twice since⟧, and I only "
                "wanted to ask about the opening.", channel="linkedin",
                relationship="former-colleague", note="Chasing, with the count."),
        example("Hi Sarah, Brian from the CFO roundtable. ⟦I'll give you a call tomorrow at 10⟧ "
                "to run through our treasury setup.", channel="text",
                relationship="acquaintance", note="Their time, booked for them."),
        example("You guided our study group in May. ⟦I have booked a 30-minute Teams call for "
                "Thursday⟧ at 10:00 to ask about loading zones.\nMagda", channel="linkedin",
                relationship="acquaintance", note="A meeting booked before they agreed to one."),
        example("I know you're busy, but ⟦it would honestly mean the world to me⟧.",
                note="Guilt is pressure too."),
        example("Bill, a letter from you to the members would carry weight. ⟦I'd hate to have to "
                "tell the board you didn't⟧ feel able to weigh in.\nGreg",
                subject="The pricing vote", relationship="former-colleague",
                note="A threat of what others will hear, dressed as regret."),
        example("dude?? ⟦you saw my text⟧. can you be my reference?", channel="text",
                relationship="friend"),
        example("⟦This is my third message⟧ about the Q3 numbers.", channel="slack",
                relationship="coworker"),
        example("you did a mock interview for Ravi, so you must do one for me this weekend, ⟦no "
                "excuses⟧ 😂", channel="text", relationship="friend"),
        example("Dear Siân,\nI hope you are well. ⟦I have told my students that you will host⟧ a "
                "tour of the data centre for them on 14 March.\nWith love,\nHelen",
                subject="Student visit on 14 March", relationship="friend",
                note="Promised to others before she has been asked."),
        example("Dear Lars,\nMy student Ida defends her thesis on 3 June. ⟦I have already informed "
                "the faculty that you will serve⟧ as her opponent.\nBest regards,\nKarin",
                subject="Ida's defence on 3 June", relationship="former-colleague",
                note="A role he has not agreed to, already announced."),
        example("Would it be ok for me to sit in on Thursday's capacity meeting? ⟦I've already told "
                "my tutor I'll be there⟧, so hopefully that's fine!", channel="slack",
                relationship="coworker", note="Asked, but the answer already promised to someone else."),
        example("Bill, need a favour. Our Liam needs a placement for his planning degree and your "
                "lot take students. Ring me ⟦tonight⟧.", channel="text", relationship="friend",
                note="A favour, and the time to answer it set for them."),
        example("The landlord wants it signed tonight, so I need your yes ⟦within the hour⟧.",
                channel="text", relationship="friend"),
        example("Please mark up my resume. Send your edits ⟦back by the end of next week⟧."),
        example("Hola Inés, ⟦four texts and no reply⟧, are we ok? Can I still list you as a "
                "referee for the flat?", channel="text", relationship="friend",
                note="Counting the unanswered messages is a guilt trip."),
        example("Quick heads up: ⟦I've put you down⟧ as a referee, they'll ring you on Monday.",
                channel="linkedin", relationship="former-colleague",
                note="Volunteering them first leaves no room to say no."),
        example("The portal closes at midnight tonight. Could you send me your comments "
                "⟦before then⟧?", channel="linkedin", relationship="former-colleague"),
        example("Can you get me onto the steering agenda? ⟦It really needs to be this week⟧.",
                relationship="coworker"),
        example("Could you playtest my build tonight? pls ⟦I'm begging⟧", channel="slack",
                relationship="friend"),
        example("I've made you a quote for the garden party. ⟦I'll call you Thursday at 10⟧ to "
                "confirm the booking.", channel="text", relationship="acquaintance",
                note="Booking their time for them leaves no room to say no."),
        example("⟦I've put 30 minutes in your calendar⟧ for Thursday; tell me if it doesn't work.",
                relationship="acquaintance"),
        example("FYI ⟦I've moved the launch checklist to you⟧ since I'm out Friday.", channel="slack",
                relationship="coworker", note="Handing over work without asking."),
        example("⟦saw the blue ticks⟧ 😶 so is that a no?", channel="text", relationship="coworker"),
        example("Kenji, I sent you the photos of my chest on Tuesday. ⟦WhatsApp shows you read⟧ "
                "them 👀 Tell me what you think, even one word", channel="text",
                relationship="friend", note="Pointing at the read receipt makes silence a failing."),
        example("I quite understand that the new job must ⟦leave very little room for old "
                "friends⟧. Would you read my introduction when you have a moment?",
                relationship="friend"),
        example("Guess you're slammed 🙃 ⟦I'll stop bothering you⟧ then", channel="text",
                relationship="friend"),
        example("I would like your guidance on the microcontroller. ⟦I will come to your cabin⟧ "
                "tomorrow at 11 am to discuss.\nSneha", relationship="acquaintance",
                note="A visit announced is a meeting booked without asking."),
        example("Could you give a 20-minute overview to my leads on Thursday? I've ⟦already told "
                "them you're presenting⟧!", channel="slack", relationship="coworker"),
        example("How did you choose the first metric? I totally understand if you're ⟦too busy "
                "for someone like me⟧.\nMarisol", channel="linkedin",
                note="Self-deprecation that makes not replying feel unkind."),
        example("I'd love to come along to an inspection next month. I'll ⟦take it as a yes⟧ if I "
                "don't hear back by Friday.", channel="linkedin", relationship="acquaintance",
                note="Silence is not consent."),
        example("I have arranged a workshop on 14 June, and ⟦I have put you on the programme⟧ "
                "for 45 minutes to present your module.", relationship="coworker"),
        example("We hold a winter meeting in February. I'll put you down for the second Saturday "
                "⟦unless I hear otherwise⟧.", relationship="acquaintance", subject="Grange talk",
                note="Silence turned into a yes."),
        example("The guarding on conveyor 3 remains incomplete, as I have raised ⟦on three "
                "occasions⟧. Please give it the priority it deserves.", relationship="coworker",
                subject="Conveyor 3 guarding", note="Counting the reminders is chasing."),
        example("Launch is Thursday 7pm. You missed the last two so you're ⟦officially out of "
                "excuses⟧ 😉", channel="text", relationship="friend",
                note="A wink doesn't take the guilt out of it."),
        example("I know you're far ⟦too busy with your new life as a teacher to bother with us⟧ 😉 "
                "but could you call my assistant this week?", channel="text", relationship="friend"),
        example("I'll be in Paris in October. I have already ⟦told him to expect your⟧ email this "
                "week, so he can reserve a reading room.", relationship="friend", subject="Paris",
                note="The introduction is promised before she has agreed to make it."),
        example("Congrats on the new clinic! I know ⟦you're a big name now⟧ 😉 but how did you "
                "price the first year's contracts?", channel="linkedin",
                relationship="former-colleague", note="A status jab, however lightly winked."),
        example("Saw you made partner. I expect you ⟦no longer talk to old colleagues⟧ 😄 but could "
                "I ask how you prepared for the panel?", channel="linkedin",
                relationship="former-colleague"),
        example("Heard about the new plant! ⟦No time for us⟧ hatchery folk these days, I suppose. "
                "Is the nursery taking technicians?", channel="text", relationship="acquaintance"),
        example("Nkechi! Abuja life 😄 abi you ⟦have forgotten small people⟧ now? Is your cousin's "
                "store still hiring?", channel="text", relationship="friend",
                note="A jab about rank, even between friends, makes the reply a defence."),
        example("Dear Karim,\nI am applying for a supply officer post at your agency. Could you "
                "tell me which part of the job is hardest in the first year? ⟦I know you won't "
                "disappoint me⟧!\nAmira", subject="Supply officer post",
                relationship="former-colleague"),
        example("Salam dadash, did you ask your manager about me yet? ⟦It's been two weeks⟧ 😅",
                channel="text", relationship="friend",
                note="Counting the days since you asked is a nudge they can only answer with guilt."),
        example("Could you look over my statement? ⟦I know you won't let me down⟧!",
                channel="text", relationship="former-colleague",
                note="Counting on a yes leaves no room for a no."),
        example("Dear Gareth,\nWe met at the employer forum in Cardiff. How do you choose which "
                "stylist each apprentice works with? I would be grateful for a reply ⟦by 15 "
                "March at the latest⟧.\nHelen",
                subject="Pairing apprentices with stylists", relationship="acquaintance",
                note="\"At the latest\" makes any date their deadline, not a hope."),
        example("Hamza, I stayed until 10 pm yesterday to finish the tour schedule, so I hope "
                "⟦you can at least⟧ send the bus quotes.", channel="slack", relationship="coworker",
                note="\"At least\" says they owe you, after what you did."),
        example("Respected Sir,\nI am a second-year MSc student in Pune and read your paper on "
                "groundwater recharge in basalt. Could you share which infiltration test you "
                "trusted most? Kindly ⟦revert at the earliest⟧, as the department needs my "
                "proposal by the 5th.\nThanking you,\nNeha", subject="Infiltration tests in basalt",
                note="The reason explains the hurry, and still hands it to them."),
    ],
    good=[
        example("Dear Dr. Stanbridge,\nThank you for your comments at the crit. You worked on glove "
                "materials, so I thought you would understand this problem well: would you spray "
                "the glove or use a humidity chamber?", relationship="acquaintance",
                note="Trust in their know-how, not a reproach for letting the sender down."),
        example("Hi Ana! It's been two weeks since I started at the lab and I love it. How did you "
                "learn the confocal so fast?", channel="text", relationship="former-colleague",
                note="Time since the sender's own news, not since an unanswered ask."),
        example("Would you read my cover letter before Friday? It's one page. If this week is mad "
                "for you, no stress at all.", channel="text", relationship="friend",
                note="The deadline comes with its own way out."),
        example("Janelle,\nLast spring you told me to fix the knots at 100. I did, and the cod "
                "index finally converged. That's on you. Thanks.\nMarcus",
                subject="Your VAST advice worked", relationship="former-colleague",
                note="Credit, not blame: the thanks that follows says which."),
        example("Geth, favour to ask, and feel free to say no. Could you read my cover letter (one "
                "page) before Friday week?", channel="text", relationship="friend",
                note="Friday week is a week after Friday: plenty of time, not a deadline."),
        example("Jess, you know CVs better than anyone. Can I send you mine tonight? Rip it to "
                "bits, I owe you a curry", channel="text", relationship="friend",
                note="Tonight is when the sender sends it, not when they must read it."),
        example("Bonjour Mathilde,\nCould I borrow the articulation test kit on Wednesday "
                "afternoon? I will bring it back by Thursday morning. If you need it that day, I "
                "can move my session.\nMerci,\nÉlodie", subject="Borrowing the test kit",
                relationship="coworker",
                note="Thursday is when the sender promises to return it, not their deadline."),
        example("Dear Omar,\nFor the zoning review, could you send me the latest shapefile of "
                "the mooring buoys? I need it to check the distances to the seagrass beds before "
                "Thursday's meeting.\nMany thanks,\nLayla", subject="Mooring buoy shapefile",
                relationship="coworker",
                note="Thursday is when the sender does her own check, and she says why."),
        example("No rush at all: whenever you have a quiet moment is perfect."),
        example("I saw the automaton exhibition reopened. If it isn't too much to ask, which piece "
                "was the hardest to bring back?", channel="linkedin",
                note="\"If it isn't too much to ask\" is a hedge, not a guilt trip."),
        example("Tamsin, are we still low on 8mm posts? If you can check the drawer by tomorrow "
                "lunchtime, that's plenty.", channel="slack", relationship="coworker",
                note="The time comes with its own slack: \"that's plenty\"."),
        example("Could you send me the March churn cohort before 5pm? Our investor asked for it "
                "on today's call, sorry for the rush. If 5 is tight, tell me and I'll push it to "
                "tomorrow.", channel="slack", relationship="coworker",
                note="A deadline with a reason and its own way out."),
        example("I told the team you are the expert on retries, so they'll read your post. How "
                "did you pick the backoff?", channel="slack", relationship="coworker",
                note="Praise passed on, not a promise made for them."),
        example("I know my last note may have landed in a busy week, so here is the question in "
                "one line."),
        example("I'm following up on my note from last week with one small update."),
        example("So great to bump into you at the meetup on Thursday!", relationship="acquaintance"),
        example("If you're busy, please don't feel you need to reply."),
        example("I've been covering urgent care shifts, but I keep coming back to the cath lab.",
                relationship="coworker"),
        example("I saw your name in the Chronicle piece and spotted it right away!",
                relationship="former-colleague"),
        example("They want me to do a case study by Monday, wish me luck", channel="text",
                relationship="friend", note="Their deadline, not a demand on the reader."),
        example("Her talk was titled \"Reply ASAP: the cost of urgency\" and it was great."),
        example("I'm on a late shift tonight, so I'll read your notes before then if you send "
                "them.", channel="text", relationship="friend",
                note="\"Before then\" is the sender's plan here, not a demand."),
        example("@Kenji staging is still on the old cert. ok if I bump it?", channel="slack",
                relationship="coworker", note="Bumping a version is not chasing a reply."),
        example("I should have asked first, and I'm sorry I didn't: I've listed you as a "
                "reference. Would you be comfortable with that? If not, I'll ask someone else.",
                channel="linkedin", relationship="former-colleague",
                note="Owning it and asking now is the fix."),
        example("any chance you could look at my resume tonight? interview tmrw at 10. totally "
                "fine if not, I know it's last minute.", channel="text", relationship="friend",
                note="The deadline is stated as the sender's, with a real way out."),
        example("Ondřeji, the Korean publisher wants the ebook in EPUB 3. Do we have it, or only "
                "EPUB 2? I need to tell them by Friday. Thank you!", channel="slack",
                relationship="coworker",
                note="The deadline is on the sender's own reply to someone else."),
        example("Mike, still on for the Adirondacks in August? I'll book the lean-to at Duck "
                "Hole if you're in. Let me know by the end of the month so I can grab it.",
                channel="text", relationship="friend",
                note="Between friends, a date that the shared plan needs."),
        example("Could you share the rough cut link when it's up? The director wants it before "
                "tomorrow's 11 am meeting, so tonight would be perfect, but first thing tomorrow "
                "also works.", channel="slack", relationship="coworker",
                note="A reason for the time, and a second time that works too."),
        example("The client asked for our comments by Friday, so if you could look at clauses 7 "
                "and 12 by Thursday that would help me turn it around. If this week is full, "
                "say so and I'll ask Dana.", channel="slack", relationship="coworker",
                note="Someone else's deadline, explained, and a real way to say no. Without "
                "the last line coaches often still name the pressure."),
        example("Could you put your Year 6 plan in the shared folder by Friday? The alignment "
                "file goes to the district on the 15th. If the fractions unit is still "
                "changing, send what you have and mark it draft. Thanks!", channel="slack",
                relationship="coworker", note="A part is welcome by the date: the deadline "
                "has its own way out."),
        example("ELLIE!!! saw ur post, u passed the PVIP 🎉🎉 after all those nights at the library "
                "u deserve it so much. drinks on me friday, no excuses 🍻", channel="text",
                relationship="friend", note="\"No excuses\" beside a treat is an invitation."),
        example("Rui, could you send me Tuesday's kiln log by Thursday noon? I write up the firing "
                "that afternoon. If it isn't tidied yet, just send the raw sheet and I'll sort it.",
                channel="slack", relationship="coworker",
                note="The time comes with its own fallback: what isn't ready can come as it is."),
        example("can u read my personal statement tonight?? it's one page, mostly want to know if "
                "the ending works. if ur wiped tmrw is fine x", channel="text",
                relationship="friend", note="A later time, offered with the first one."),
        example("Jonas, could you take my Saturday 10am tasting at the shop? Mum's in hospital "
                "in Kaunas. Let me know by tomorrow if you can, and if you can't, no problem, "
                "I'll ask one of the others.", channel="slack", relationship="coworker",
                note="The time comes with someone else to ask, so no is easy."),
        example("Hi Ifeanyi, I lay cavity drain membrane in Leeds. Your video on sealing joints "
                "round a soil pipe showed the spot we always get wrong. Do you run the prep "
                "course in the north too? No worries if you don't reply, I know you get a lot "
                "of messages.\nBartek", channel="linkedin",
                note="Their silence is named only to say it is fine."),
    ],
)
def pressure(ctx: Context) -> Iterator[Hit]:
    timing_is_optional = bool(DEADLINE_OUT_RE.search(ctx.body))
    for m in ctx.find(PRESSURE_RE):
        if timing_is_optional and m.group().lower() not in ("asap", "urgent", "urgently"):
            continue  # a deadline with its own way out: "if Friday is tight, just say"
        if negated_before(ctx.body, m.start()) or _offers_own_time(ctx, m.start()):
            continue
        if NEED_IT_TO_USE_RE.match(m.group()):
            continue  # "I need it to check the distances before Thursday": the time is the
            # sender's own task, and the reason comes with it
        if m.group()[:4].lower() == "back" and OWN_RETURN_RE.search(
                ctx.body, ctx.sentence_at(m.start()).start, m.start() + 4):
            continue  # "I'll bring it back by Thursday": the sender's promise, not their deadline
        if m.group().lower().endswith("excuses") and TREAT_RE.search(
                ctx.body, max(0, m.start() - 60), m.start()):
            continue  # "drinks on me Friday, no excuses": an invitation to be spoiled, not a demand
        before = _clause_before(ctx, m.start())
        explained = bool(
            THIRD_PARTY_DEADLINE_RE.search(before) or _reason_after(ctx, m.end())
            or _purpose_after(ctx, m.end())
            or (THIRD_PARTY_SUBJECT_RE.search(before) and m.group().lower().startswith("need")))
        hurried = bool(AT_THE_EARLIEST_RE.search(m.group()))
        if explained and not hurried:
            continue  # "they want an answer by Monday": someone else's deadline, explained
        calm = "when you have a moment" if CALM_REPLACEABLE.fullmatch(m.group()) else None
        yield Hit(m.start(), m.end(), replacement=calm, explicit=hurried and explained)
    for start, end in cues.guilt(ctx.body):
        if not t.overlaps(start, end, ctx.quoted):
            yield Hit(start, end, message=GUILT_MESSAGE, explicit=True)
    for m in ctx.find(CHASE_IF_SILENT_RE):
        yield Hit(m.start(), m.end(), message=CHASE_MESSAGE, no_veto=True)
    for m in ctx.find(cues.PRESUME_RE):
        owned = OWNED_RE.search(ctx.text_of(ctx.sentence_at(m.start())))
        if owned or negated_before(ctx.body, m.start()):
            continue
        yield Hit(m.start(), m.end(), message=PRESUME_MESSAGE)
    for m in ctx.find(cues.FAVOUR_DEADLINE_RE):
        if timing_is_optional or cues.is_own_action(ctx.body, m.start()) or _offers_own_time(
                ctx, m.start()):
            continue
        if ctx.relationship == "friend" and not _asks_a_favour(ctx, m.start()):
            continue
        if not _addressed_to_them(ctx, m.start()):
            continue
        if THIRD_PARTY_DEADLINE_RE.search(ctx.body, ctx.sentence_at(m.start()).start, m.start()):
            continue  # "The client asked for comments by Friday, so if you could look by Thursday"
        if _purpose_after(ctx, m.end("when")):
            continue  # "by 4pm today, so the rental house can still deliver"
        if m.group("when").lower().endswith("then") and not (
                SOON_RE.search(ctx.body, 0, m.start())
                or DATED_RE.search(ctx.body, ctx.sentence_at(m.start()).start, m.start())):
            continue  # "before then" is pressure only when "then" is tonight, tomorrow or a
            # date just named ("the board meets on the 14th, so a reply before then")
        yield Hit(m.start("when"), m.end("when"), message=DEADLINE_MESSAGE)


AT_THE_EARLIEST_RE = pattern_cache.compile(r"\bat\s+the\s+earliest$", re.IGNORECASE)
""""Kindly revert at the earliest, as the department needs it by the 5th": the reason
explains the hurry and still hands it to the reader, so it neither excuses the phrase (as it
does a plain deadline) nor lets it be held back beside a bigger ask. In sets 11-934 coaches
named the pressure on 42 of the 43 messages with a reason after "at the earliest"; without
one, beside a big ask, they often leave it out, so only the explained kind is named outright
(making every one so gained 3 right findings and 9 wrong)."""
NEED_IT_TO_USE_RE = pattern_cache.compile(
    r"(?:I\s+)?need\s+(?:the|this|that|it|them|those|your|ur|yr|an?)\s+(?:[\w'’]+\s+){0,2}?to\s+"
    r"(?!(?:be|go|arrive|get|reach|land|come|happen|ship|run|start)\b)[a-z]+\b", re.IGNORECASE)
"""'I need it to update the mass budget before Thursday': what the sender will do with it,
and when; not when the reader must hand it over ("need it to go out by Friday" still is)."""
OWN_RETURN_RE = pattern_cache.compile(
    r"\b(?:I|we)(?:['’]ll|['’]d|\s+will|\s+would|\s+can|\s+could|\s+shall|\s+promise\s+to)\s+"
    r"(?:[\w'’]+\s+){0,2}?(?:bring|give|hand|send|pay|put|drop|return|have)\s+(?:[\w'’\-]+\s+){0,4}?back$",
    re.IGNORECASE)
"""The sender promising to return something ("I will bring it back by Thursday morning",
"I'll have the kit back by Friday"): the time is their own commitment."""


CHASE_IF_SILENT_RE = phrases(
    r"""\bI(?:['’]ll|\s+will|\s+shall)\s+(?:follow\s+up|chase|call|ring|phone|write\s+again|email\s+again
        |check\s+in|be\s+in\s+touch)\b[^.?!\n]{0,40}?\bif\s+I\s+(?:have\s+not|haven['’]?t|don['’]?t
        |do\s+not)\s+(?:yet\s+)?(?:heard|hear)(?:\s+back|\s+from\s+(?:you|u))?\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""A chase announced for their silence ("I will follow up on Thursday if I have not heard
back"). Coaches named it pressure every time they saw it (7 of 7, sets 11-670), so the coach
model may not drop it on a message that is otherwise polished."""
CHASE_MESSAGE = ("Announcing a chase turns their silence into a call they will have to "
                 "field. Leave the follow-up unsaid, or say no reply is fine.")


TREAT_RE = pattern_cache.compile(
    r"\b(?:on\s+me|my\s+treat|I['’]?m\s+buying|I['’]?ll\s+buy|I\s+will\s+buy|(?:drinks|pints?|beers?|"
    r"dinner|lunch|brunch|cake|suya|nyama\s+choma|cendol)\s+(?:on|to\s+celebrate|at\s+(?:my|our))|"
    r"celebrat\w*)\b",
    re.IGNORECASE)
"""A treat offered to them ("pints on me Friday", "dinner to celebrate"): "no excuses" beside
it is the warmth of an invitation, not a deadline."""
SOON_RE = pattern_cache.compile(
    r"\b(?:tonight|today|tomorrow|tmrw|midnight|this\s+(?:evening|afternoon|morning)|"
    r"in\s+(?:an|one|two|\d+)\s+hours?)\b", re.IGNORECASE)
"""A deadline close enough that "before then" makes it the reader's problem."""
DATED_RE = pattern_cache.compile(
    r"\b(?:on|by|before)\s+the\s+\d{1,2}(?:st|nd|rd|th)\b|\bon\s+(?:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)\b", re.IGNORECASE)


OWNED_RE = pattern_cache.compile(
    r"\b(?:sorry|apologi[sz]e|should\s+have\s+asked|should['’]ve\s+asked)\b", re.IGNORECASE)
"""'I should have asked you first, and I'm sorry I didn't: I've listed you as a reference':
owning the presumption and asking now is the fix, not the fault."""
GUILT_MESSAGE = ("This makes them feel guilty or judged, which makes a reply harder, not "
                 "easier.")
PRESUME_MESSAGE = "This takes their yes for granted, so saying no feels like breaking a promise."
DEADLINE_MESSAGE = "This sets a deadline for their favour on your schedule, not theirs."


def _clause_before(ctx: Context, offset: int) -> str:
    """The words of the clause that leads up to `offset` ("so I need your yes" in "The
    landlord wants it tonight, so I need your yes")."""
    before = ctx.body[ctx.sentence_at(offset).start : offset]
    return CLAUSE_BREAK_RE.split(before)[-1]


def _reason_after(ctx: Context, offset: int) -> bool:
    """The deadline is someone else's, explained just after it: "I need the final headcount
    by Thursday, because the park office asks for it"."""
    sentence = ctx.sentence_at(offset)
    after = REASON_AFTER_RE.match(ctx.body, offset, sentence.end)
    return bool(after and THIRD_PARTY_DEADLINE_RE.search(ctx.body, after.end(), sentence.end))


def _purpose_after(ctx: Context, offset: int) -> bool:
    """Between friends or teammates, the time is explained by the shared plan it makes
    possible, just after it: "let me know by the end of the month so I can grab the lean-to",
    "by 4pm today, so the rental house can still deliver", "by Wednesday to book the crane". To
    someone you barely know, "so I can include it in my report" makes your deadline theirs, and
    coaches still named it."""
    if ctx.relationship not in ("friend", "coworker"):
        return False
    return bool(PURPOSE_AFTER_RE.match(ctx.body, offset, ctx.sentence_at(offset).end))


PURPOSE_AFTER_RE = pattern_cache.compile(
    r"[^.?!\n,;:]{0,20}?[\s,;:\-–—]*so\s+(?:that\s+)?(?:I|we|they|he|she|the\s+[\w-]+(?:\s+[\w-]+)?"
    r"|[A-Z][\w'’-]+)\s+(?:can|could|know|have|has|will|['’]ll|am|is|are|get|gets|don['’]t|do\s+not)\b"
    r"|[^.?!\n,;:]{0,20}?\s+(?:in\s+order\s+)?to\s+(?:book|order|confirm|reserve|schedule|arrange|plan"
    r"|catch|print|ship|finalise|finalize|lock\s+in)\b",
    re.IGNORECASE)


REASON_AFTER_RE = pattern_cache.compile(r"[\s,;:\-–—]*(?:because|as|since|cos|coz)\b", re.IGNORECASE)


CLAUSE_BREAK_RE = pattern_cache.compile(r"[,;:]|\b(?:so|but|and|because)\b", re.IGNORECASE)


def _offers_own_time(ctx: Context, offset: int) -> bool:
    """"I'm free before 9 am, whatever suits you" offers the sender's time; it asks nothing."""
    return bool(cues.OWN_AVAILABILITY_RE.search(ctx.text_of(ctx.sentence_at(offset))))


def _addressed_to_them(ctx: Context, offset: int) -> bool:
    """The deadline belongs to a request of the reader ("could you read it tonight?", "send
    it today"), not to a remark ("the state of fact-checking today")."""
    sentence = ctx.sentence_at(offset)
    text = ctx.text_of(sentence)
    return bool(REQUEST_CUE_RE.search(text) or cues.PRESUME_RE.search(text)
                or ctx.body[sentence.start : offset].strip() == "")


def _asks_a_favour(ctx: Context, offset: int) -> bool:
    """Between friends a time is usually a plan ("dinner tonight?"); it is pressure only when
    it is attached to a favour ("read my CV tonight"), named in the sentence or the one just
    before it ("I've attached my cover letter. Could you send me comments tonight?")."""
    sentence = ctx.sentence_at(offset)
    before = [s for s in ctx.sentences if s.end <= sentence.start][-1:]
    text = ctx.body[(before[0] if before else sentence).start : sentence.end].lower()
    return any(word in text for word in FAVOUR_OBJECTS)


FAVOUR_OBJECTS = ("cv", "resume", "résumé", "application", "cover letter", "referral",
                  "reference", "portfolio", "form", "report", "draft", "deck", "numbers",
                  "invoice", "contract", "proposal", "essay", "code", "pr ", "comments",
                  "feedback", "notes", "edits", "letter", "statement", "recommendation",
                  "intro", "introduction", "review", "figures", "favour", "favor", "placement")


FLATTERY_RE = phrases(
    r"""\b(?:rock\s?stars?|legends?|geniuses|gurus|ninjas|unicorns|superstars)\s+(?:just\s+)?like\s+you\b
    | \b(?:you(?:['’]re|\s+are)\s+(?:clearly\s+|truly\s+|honestly\s+|obviously\s+|literally\s+|
        really\s+|simply\s+)?(?:an?\s+|such\s+an?\s+|the\s+|my\s+|a\s+total\s+|an\s+absolute\s+|
        a\s+true\s+|a\s+living\s+|a\s+real\s+|literally\s+(?:a\s+)?)?
        |(?:absolute|total|true|living|real|certified|actual)\s+)
        (?:legend|genius|rock\s?star|guru|visionary|idol|god|goddess|unicorn|goat|titan|
        icon|superhero|superstar|mastermind|wizard|ninja|hero|trailblazer|inspiration\s+to\s+us\s+all)\b
    | \b(?:my|an?)\s+(?:idol|hero|guru|superhero)\b
    | \b(?:huge|biggest|big|massive|enormous|number\s+one|\#1|greatest|hugest|devoted|die[- ]hard)\s+fans?\b
    | \b(?:I['’]?ve\s+)?never\s+(?:met|seen|known|worked\s+with)\s+(?:a|an|anyone
        |someone)\s+(?:\w+\s+)?(?:with\s+
        your|like\s+you|as\s+(?:talented|brilliant|gifted|visionary))\b
    | \bthe\s+(?:best|greatest|smartest)\s+[\w'’-]+\s+in\s+all\s+(?:of\s+)?[A-Z\u00C0-\u024F][\w'’-]+
    | \b(?:nobody|no\s*one)\s+(?:else\s+)?(?:in\s+(?:the\s+)?[\w'’\-]+\s+)?[a-z]+s\s+(?:[\w-]+\s+)?
        like\s+you\b
    | \b(?:a\s+)?(?:true|real|total|huge|absolute|living)\s+inspiration\b
    | \bthe\s+(?:best|smartest|greatest|most\s+(?:brilliant|talented|inspiring|amazing|gifted))\s+
        (?:[\w'’]+\s+){1,3}(?:in\s+the\s+(?:world|industry|field|business|country|game)|ever|alive|
        of\s+all\s+time|on\s+the\s+planet|out\s+there|in\s+(?:this|the|our)\s+(?:entire|whole)\s+\w+)\b
    | \b(?:taught|showed|gave)\s+me\s+more\s+than\s+(?:my\s+|a\s+|any\s+)?
        (?:whole\s+|entire\s+|four[- ]year\s+|
        three[- ]year\s+)?(?:degree|course|university|uni|college|education|bootcamp|mba|masters?|phd|
        textbook|school)\b
    | \bgreatest\s+(?:mind|minds|thinker|\w+er)\s+(?:of|in)\b
    | \bthe\s+(?:goat|g\.o\.a\.t\.?|king|queen|god|goddess|guru|legend)\s+of\s+[\w-]+
    | \b(?:smartest|greatest|brightest|most\s+(?:brilliant|talented|gifted))\s+(?:person|people|mind|engineer|
        manager|boss|colleague|\w+er|\w+ist)\s+I['’]?ve\s+ever\s+(?:worked\s+with|met|known|seen|heard)\b
    | \beverything\s+I\s+know\s+I\s+(?:learned|learnt|got)\s+from\s+you\b
    | \bthe\s+most\s+(?:brilliant|important|inspiring|amazing|incredible|significant
        |exciting)\s+(?:thing|work|
        project|idea|development)\b[^.!?\n]{0,60}?\b(?:in\s+(?:a|the\s+last)\s+(?:generation|decade|century)|
        in\s+history|ever)\b
    | \b(?:nobody|no\s+one)\s+has\s+ever\s+(?:inspired|impressed|influenced|moved)\s+me\s+(?:more|so\s+much)\b
    | \bonce[- ]in[- ]a[- ](?:generation|lifetime)\b
    | \bthe\s+(?:mozart|picasso|einstein|da\s+vinci|shakespeare|beyonc[eé]|messi|steve\s+jobs)\s+of\b
    | \b(?:the\s+)?(?:finest|greatest|best)\s+in\s+(?:the\s+)?\w+\s+(?:today|ever|alive|right\s+now)\b
    | \b(?:brilliant|genius|beautiful|incredible)\s+mind\b
    | \bin\s+(?:total\s+)?awe\s+of\b | \bchanged\s+my\s+(?:whole\s+|entire\s+)?life\b
    | \b(?:I\s+)?worship\b | \bgod[- ]?tier\b | \bnobody\s+(?:does|did)\s+it\s+better\b
    | \b(?:nobody|no\s*one)\s+(?:else\s+)?(?:in\s+(?:the\s+)?[\w'’\-]+\s+)?(?:even\s+)?comes?\s+close\b
    | \b(?:nobody|no\s*one)\s+(?:else\s+)?(?:in\s+(?:the\s+)?[\w'’\-]+\s+)?(?:writes|explains|teaches|
        thinks|does|speaks|codes|designs)\s+(?:[\w'’-]+\s+){0,3}?(?:with\s+your|like\s+you
        |as\s+well\s+as\s+you)\b
    | \bthe\s+(?:most\s+(?:brilliant|inspiring|amazing|incredible|useful|insightful)|best)\s+(?:lecture|talk
        |presentation|keynote|session|class|paper|article|post|episode|book|workshop)\s+I(?:['’]ve|\s+have)\s+
        (?:ever\s+)?(?:heard|seen|read|attended|watched)\b
    | \bthe\s+(?:star|hero)\s+of\s+the\s+(?:week|day|show|conference|event|summit|school)\b
    | \bshould\s+be\s+(?:taught|required\s+reading|compulsory|mandatory)\s+(?:in|for|at|to)\s+(?:every|all)\b
    | \b(?:top|best|greatest|number\s+one|biggest|finest)\s+(?:[\w'’-]+\s+){0,3}?(?:on|in|of)\s+
        (?:this|the)\s+(?:continent|planet)\b
    | \b(?:is|are|was|like)\s+(?:like\s+)?a\s+(?:free\s+)?masterclass\b
    | \b(?:genius|legendary|iconic)\b
    | \bone\s+of\s+the\s+(?:most\s+(?:brilliant|talented|inspiring|amazing|gifted|incredible|
        impressive|remarkable|influential|important|visionary)|best|greatest|smartest|brightest|
        finest)\s+(?:[\w'’\-]+\s+){0,3}?(?:minds?|people|persons?|thinkers?|leaders?|voices?|
        writers?|engineers?|designers?|researchers?|scientists?|speakers?|\w+ists?|\w+ers?|
        in\s+(?:the\s+)?(?:world|industry|field|business|country))\b
    | \b(?:completely|totally|utterly|absolutely|truly|just)\s+(?:blew|blown)\s+(?:me|my\s+mind)
        (?:\s+away)?\b | \bblew\s+my\s+mind\b | \bmind\s+(?:was\s+)?(?:completely\s+)?blown\b
    | \b(?:idoli[sz]e|look\s+up\s+to\s+you\s+(?:so\s+much|more\s+than))\b
    | \b(?:you['’]?re|you\s+are)\s+(?:simply\s+|just\s+|truly\s+)?(?:amazing|incredible|
        brilliant|phenomenal|a\s+(?:true\s+)?(?:legend|inspiration|genius|visionary))\b
    | \bthe\s+(?:single\s+)?most\s+(?:important|significant|influential|original|brilliant)\s+
        (?:[\w'’-]+\s+){0,2}?(?:contribution|paper|book|study|advance|piece)\b[^.!?\n]{0,60}?
        \b(?:in\s+(?:a|the\s+last|over\s+a)\s+(?:generation|decade|century)|in\s+history|ever)\b
    | \bforemost\s+(?:authority|expert)\b
    | \b(?:you['’]?re|you\s+are)\s+(?:(?:clearly|truly|honestly|simply|without\s+(?:a\s+)?doubt)\s+)?
        (?:the|one\s+of\s+the)\s+(?:top|best|greatest|number\s+one|biggest|finest)\s+
        (?:[\w'’-]+\s+){0,3}?(?:in|of)\s+(?:the\s+)?(?:UK|U\.K\.|US|USA|world|country|industry|field
        |nation|region|sector|profession|trade|business|game|nhs|europe|africa|asia|america|latin\s+america
        |middle\s+east|gulf|india|china|japan|korea|nigeria|ghana|kenya|egypt|brazil|mexico|canada
        |australia|britain|england|scotland|wales|ireland|france|germany|italy|spain|poland
        |this\s+(?:country|city|state|town|field|industry|profession))\b(?![^.!?\n]{0,30}?\bto\s+(?:ask|talk|speak|help|contact|approach
        |check|call))
    | \bthe\s+greatest\s+(?:living\s+)?(?:authority|expert)\b
    | \bworld['’]s\s+(?:leading|greatest|top|best)\s+(?:authority|expert)\b
    | \b(?:transformed|revolutioni[sz]ed)\s+my\s+(?:entire|whole)\s+(?:understanding|view|thinking|outlook|
        approach|perspective)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
SUPERLATIVE_RE = phrases(
    r"\b(?:foremost|greatest|finest|most\s+brilliant)\s+(?:living\s+)?(?:authority|mind|minds|thinker|expert"
    r"|scholar|talent)\b",
    re.IGNORECASE,
)
"""Crowning them the greatest mind or foremost authority of their field: named as flattery on
all 49 fixture messages with it, however warm or specific the rest, so the coach model may not
veto it."""
PRAISE_AS_TITLE_RE = phrases(
    r"""\b(?:a|the|been)\s+(?:(?:true|real|shining|guiding|bright|constant)\s+)?(?:beacon|lighthouse|
        guiding\s+light|lantern|north\s+star)(?:\s+of\s+(?:light|hope|inspiration|excellence))?\s+
        (?:for|to)\s+(?:all|every|us|the\s+entire|the\s+whole|young|so\s+many|generations)\b
    | \btowering\s+(?:figure|contribution|achievement|personality|genius|inspiration|monument|
        intellect|presence|scholar)s?\b
    | \bdoyen(?:ne)?\s+of\b | \b(?:a|true|real)\s+luminary\b | \byour\s+esteemed\s+self\b
    | \b(?:living|national)\s+treasure\b
    | \bthe\s+crown\s+jewel\s+of\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""Praise as a title or a metaphor: "a doyen of veterinary science", "a beacon for every
African interpreter", "your towering contributions", "your esteemed self", "a national
treasure", "the crown jewel of Chennai". Coaches named the flattery on all 25 fixture messages
with one of the first kind (sets 11-475) and on all 25 with a treasure or a crown jewel (sets
11-1277), so the coach model may not veto it. Not "illustrious", which coaches left
unflagged on 4 of the 18 messages with it."""
GUSH_RE = phrases(
    r"\b(?:amazing|incredible|brilliant|phenomenal|unbelievable|mind[- ]?blowing|extraordinary|"
    r"outstanding|awesome|fantastic|stellar|spectacular|legendary|insane(?:ly)?|"
    r"so+\s+inspiring|incredibly|unbelievably|blown\s+away|blew\s+me\s+away|jaw[- ]dropping|"
    r"breathtaking|masterful|flawless|perfect)\b",
    re.IGNORECASE,
)
GUSH_LIMIT = 3


def cheers_a_friend(ctx: Context) -> bool:
    """A message to a friend that asks no favour: big praise there is a cheer, not the warm-up
    to one. In the coach sets, coaches named no flattery in such messages (0 of 4, sets
    11-191; 1 of 1 where a favour followed)."""
    if ctx.relationship != "friend":
        return False
    return not big_ask_spans(ctx) and not any(FAVOUR_RE.search(ctx.text_of(r))
                                              for r in ctx.requests)


BANTER = frozenset({"coworker", "friend", "former-colleague"})
PROUD_RE = phrases(r"(?:so\s+)?proud\s+of\s+you|look\s+at\s+you(?:\s+now)?", re.IGNORECASE)
THANKS_RE = phrases(r"thank|thanks|cheers\s+for|ta\s+for|grateful|owe\s+you", re.IGNORECASE)
"""Where big praise with nothing asked is banter between people who know each other."""

NEXT_CAPITALISED_RE = pattern_cache.compile(r"\s+[A-Z][a-z]")


def _part_of_a_name(text: str, start: int, end: int) -> bool:
    """'Genius Bar', 'Rockstar North': a capitalised word inside a name is not praise."""
    if not text[start].isupper() or not NEXT_CAPITALISED_RE.match(text, end):
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in ".!?\n"


@rule(
    id="excess-flattery",
    severity="warning",
    title="Over-the-top praise",
    message="This praise is so strong it reads as flattery rather than interest.",
    why="""Heavy praise ("you're a genius", "my idol", "the best designer in the world") makes
    people wary: it sounds like the warm-up to a favour, and it is about your feelings, not
    their work. Specific, plain appreciation ("your post on X changed how I do Y") is more
    believable and more welcome.""",
    suggestion="Swap the superlatives for one concrete thing their work changed for you.",
    lesson=lessons.CURIOSITY,
    source="Boomerang's reply-rate study found gushing emails did worse than gently warm ones.",
    applies=lambda ctx: not cheers_a_friend(ctx),
    bad=[
        example("Hi Kofi, ⟦you're a genius⟧ and I've read everything you wrote.",
                channel="linkedin"),
        example("I'm your ⟦biggest fan⟧! Your podcast is the reason I code."),
        example("Dear Professor Chaudhry,\nYou are surely the world's ⟦foremost authority⟧ on "
                "arsenic risk mapping.", note="Superlatives in a formal register."),
        example("My client is looking for ⟦rockstars just like you⟧.", channel="linkedin"),
        example("You're basically ⟦the Mozart of⟧ spreadsheets. Could you look at my pivot "
                "table?", relationship="coworker", channel="slack",
                note="Praise that comes just before a favour."),
        example("⟦You are the best product designer in the world⟧, honestly."),
        example("Dear Ms. Costa, I am a railway engineer from Japan. ⟦You are the top railway "
                "engineer in the UK⟧. How did you plan the slab track transitions?",
                channel="linkedin"),
        example("Your work is amazing, your talks are incredible, and your blog is "
                "⟦phenomenal⟧.", note="Three gushing words in one message."),
        example("You are ⟦one of the most brilliant writers⟧ on survey design.",
                note="Superlatives in any wording."),
        example("I'm a data analyst in Leeds with one question about your post on weights.",
                subject="⟦Huge fan⟧ of your work", note="The subject line counts too."),
        example("Tomás you're ⟦the best analyst in this entire building⟧ 🙌 could you look at "
                "my pivot?", channel="slack", relationship="coworker"),
        example("bex ur literally a ⟦genius⟧, the whole industry is obsessed with u 😍 anyway "
                "could u look at my plan for the panto? it's 3 slides", channel="text",
                relationship="friend", note="Between friends too, when a favour follows."),
        example("Your wiki pages ⟦taught me more than my whole degree⟧. Could you check one "
                "query for me?", channel="slack", relationship="coworker"),
        example("Respected Dr. Whitfield, it is my honour to write to a ⟦doyen of⟧ veterinary "
                "science. Could culture-guided dry cow therapy work in herds of three buffaloes?",
                note="Praise as a title (a doyen, a luminary, a towering figure) is praise of "
                "the person, not of the work."),
        example("Your study on coding errors in discharge summaries is ⟦a lighthouse for all⟧ "
                "of us young records staff. Which error did you see most?",
                note="A metaphor too: a beacon or guiding light for everyone in the field."),
        example("Your shop is ⟦the crown jewel of⟧ Chennai, sir. Would you consider ten of my "
                "restored ebonite pens on consignment? I quite understand if your shelves are "
                "full.", relationship="acquaintance",
                note="A crown jewel, a national or living treasure: titles, not a reason."),
    ],
    good=[
        example("Your post on pricing experiments changed how I set up our A/B tests."),
        example("The demo was amazing: I rebuilt our onboarding flow the week after."),
        example("I'm a big believer in the approach you describe in \"Genius is overrated\"."),
        example("Did the field team find beacon B14, or is it still missing?", channel="slack",
                relationship="coworker"),
        example("I loved the lighthouse level: the light pulls players up the stairs. How did "
                "you tune it?", channel="linkedin"),
        example("my laptop died at the Genius Bar, can I borrow yours tomorrow?", channel="text",
                relationship="friend", note="A capitalised word inside a name is not praise."),
        example("cheers for sorting the rota while I was off, you absolute legend 🙌",
                channel="slack", relationship="coworker",
                note="Banter in a thank-you, with nothing asked, is not a set-up."),
        example("Imran!!! duty manager at 27?? absolute legend 🎉 tell me everything when you're "
                "down for Eid", channel="text", relationship="friend",
                note="A friend's cheer: what it asks for is the news, not a favour."),
    ],
)
def excess_flattery(ctx: Context) -> Iterator[Hit]:
    for m in FLATTERY_RE.finditer(ctx.subject):
        yield Hit(m.start(), m.end(), field="subject")
    if ctx.relationship in BANTER and not ctx.requests and (
            THANKS_RE.search(ctx.body) or ctx.find(cues.OCCASION_RE) or PROUD_RE.search(ctx.body)):
        return  # "cheers for sorting the rota, you absolute legend": thanks, not a set-up
    for m in ctx.find(FLATTERY_RE):
        if not _part_of_a_name(ctx.body, m.start(), m.end()):
            yield Hit(m.start(), m.end())
    for m in [*ctx.find(SUPERLATIVE_RE), *ctx.find(PRAISE_AS_TITLE_RE)]:
        yield Hit(m.start(), m.end(), explicit=True)
    gushing = ctx.find(GUSH_RE)
    if len(gushing) >= GUSH_LIMIT:
        third = gushing[GUSH_LIMIT - 1]
        yield Hit(third.start(), third.end())
