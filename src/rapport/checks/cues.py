"""Cues a coach hears in how a message treats its reader, shared by the rules and the tone score.

Each cue is a kind of move, not one phrase: guilt about not replying, a favour framed as a
debt, a pitch dressed as a catch-up, a demand, a confrontation. The rules turn them into
findings; the tone score uses the same cues so that its label never disagrees with them.
Every match keeps its span, so each finding points at the words that caused it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain

from rapport.checks import pattern_cache
from rapport.checks import text as t
from rapport.checks.rules.vocabulary import matches, phrases

_YOU = r"(?:you|u|ya)"
_YOURE = r"(?:you['’]?re|you\s+are|ur|u\s+r|youre)"

GUILT_RE = phrases(
    rf"""\b(?:{_YOU}\s+(?:were|are|would\s+be|will\s+be)|you['’](?:re|d\s+be|ll\s+be))\s+the\s+only\s+one\s+
        (?:missing|not\s+(?:coming|there|here))\b
    | \b(?:have|has|['’]ve)\s+forgotten\s+(?:about\s+)?(?:us\s+)?(?:small|little)\s+
        (?:people|guys|boys|ones)\b
    | (?<!\bif\sit\s)(?<!\bif\sthis\s)(?<!\bif\sthat\s)
        \b(?:is|isn['’]?t|would\s+be|wouldn['’]?t\s+be)\s+(?:not\s+)?too\s+much\s+to\s+ask\b
        (?!\s*[,.]?\s*(?:so|and|but)?\s*(?:no|please\s+say|just\s+say|feel\s+free))
    | \b(?:officially\s+|now\s+)?out\s+of\s+excuses\b
    | (?<!\bso\s)(?<!\bthat\s)\b(?:{_YOU}|I\s+hope\s+you|an?\s+old\s+(?:colleague|friend))\s+
        (?:can|could|would|might|will)\s+at\s+least\b | \bplease\s+at\s+least\b
    | \b(?:the\s+)?courtesy\s+of\s+a\s+(?:reply|response|answer)\b
    | \b{_YOU}\s+(?:just\s+|only\s+)?(?:read|see|saw|seen|opened?)\s+(?:it\s+|them\s+|my\s+\w+\s+)?
        (?:and|but)\s+(?:did\s+not|didn['’]?t|don['’]?t|do\s+not|not|never)\s+(?:answer|reply|respond)
    | \b(?:not\s+like|unlike)\s+last\s+time\b
    | \bnever\s+(?:answer|reply\s+to|respond\s+to|return)\s+my\s+(?:messages|texts|calls|e-?mails)\s+
        (?:any\s?more|these\s+days|now)\b
    | \b(?:it['’]?s|that['’]?s|it\s+is|that\s+is)\s+(?:kinda\s+|kind\s+of\s+|sort\s+of\s+|all\s+
        |really\s+)?on\s+{_YOU}(?:\s+now)?\b(?!\s+(?:to|whether|if|which|what|how|when)\b
        |,?\s+in\s+(?:the\s+best|a\s+good)\s+(?:possible\s+)?(?:way|sense)\b
        |\s*[.!]+\s*(?:thanks|thank\s+you|cheers|ta)\b)  # "It converged. That's on you. Thanks."
    | \b{_YOU}\s+(?:literally\s+|basically\s+|just\s+|actually\s+|really\s+)?
        (?:never|don['’]?t\s+(?:ever\s+)?|hardly\s+(?:ever\s+)?|rarely|barely)\s*
        (?:reply|respond|answer|write|text|call|get\s+back|message|check\s+in|reach\s+out|
        pick\s+up)s?\b(?:[^.?!\n]{{0,30}}?\b(?:any\s?more|these\s+days|now))?
    | \b(?:I\s+)?(?:guess|suppose|assume|figured?|see)\s+(?:that\s+)?{_YOURE}\s+(?:(?:just\s+|
        way\s+|far\s+)?too\s+)?(?:busy|important|good|big|famous|fancy|cool)\b
        (?:\s+(?:for|to)\s+(?:me|us|reply|answer|respond|[\w'’]+\s+(?:back|to\s+me)))?
    | \btoo\s+(?:busy|important|good|big|famous|cool|fancy)\s+for\s+(?:me|us|your\s+old\s+\w+)\b
    | \btoo\s+busy\b[^.!?\n]{{0,60}}?\bto\s+(?:bother|care|deal|keep\s+up)\s+with\s+(?:us|me)\b
    | \btoo\s+(?:important|good|big|famous|cool|fancy)\s+to\s+(?:reply|answer|respond|text|call|
        write|get\s+back|remember)\b
    | \b{_YOURE}\s+(?:clearly|obviously|apparently|evidently|now|probably)\s+(?:way\s+)?too\s+
        (?:busy|important|good|big|famous)\s+(?:for|to)\b
    | \bbig\s+shot\b | \bbig\s+(?:fancy\s+)?(?:boss|manager|director)\s+now\b
    | \b{_YOURE}\s+(?:a\s+)?(?:very\s+|so\s+|really\s+)?(?:big|important|famous)[\s-]+(?:man|woman|name
        |deal|person|boss|shot|star|manager|madam|oga|guy|lady|cheese)\s+now\b
    | \bno\s+time\s+for\s+(?:us|me|old\s+(?:friends|colleagues|classmates|pals|mates|workmates)
        |people\s+like\s+(?:us|me)|your\s+old\s+\w+)\b(?!\s+to\b)
    | \b(?:probably|clearly|obviously|no\s+longer|don['’]?t|do\s+not)\s+(?:answer|reply\s+to|respond\s+to
        |talk\s+to)\s+(?:your\s+)?old\s+(?:colleagues|friends|classmates|mates|pals|workmates|teammates)\b
    | \btoo\s+(?:grand|posh|important|good|big|fancy|famous)\s+for\s+(?:[\w'’-]+\s+){{1,4}}?
        (?:now|these\s+days)\b
    | \bremember\s+(?:us\s+)?(?:the\s+)?little\s+people\b
    | \bforg(?:o|e)t(?:ten)?\s+(?:about\s+)?(?:me|us|the\s+little\s+people|where\s+you\s+came\s+from)\b
    | \bnow\s+that\s+{_YOURE}\s+(?:a\s+|an\s+|the\s+|so\s+|at\s+)?(?:\w+\s+){{0,2}}?
        (?:famous|important|manager|director|lead|senior|vp|boss|big|successful|rich)\b
    | \b(?:as\s+)?per\s+my\s+(?:last|previous|earlier)\s+(?:message|email|note|mail|dm|text)s?\b
    | \b(?:as\s+)?per\s+my\s+(?:message|email|note|mail|dm|text)s?\s+(?:of|from|on|dated|last|yesterday
        |earlier|
        this\s+morning|above)\b
    | \bstill\s+nothing\s+(?:on|about|back\s+on)\s+(?:the|my)\b
    | \b(?:(?:don['’]?t|do\s+not|doesn['’]?t|no\s+longer|never)\s+(?:have|got)\s+(?:any\s+)?
        |have\s+no\s+)time\s+(?:any\s?more\s+|again\s+)?for\s+(?:us|me|your\s+old|people\s+like
        |old\s+friends)\b
    | \bI(?:['’]ve|\s+have)\s+(?:already\s+)?(?:written|emailed|messaged|asked|texted|reached\s+out
        |pinged|called)\s+(?:to\s+)?(?:you\s+)?(?:about\s+this\s+)?(?:twice|three\s+times|several\s+times
        |multiple\s+times|\d+\s+times)\b
    | \bguess\s+(?:[\w'’]+\s+){{0,4}}?keeps?\s+{_YOU}\s+(?:so\s+|too\s+|very\s+|pretty\s+|super\s+)?busy\b
    | \bas\s+(?:previously|already)\s+(?:mentioned|stated|requested|discussed|said|communicated|advised
        |indicated|flagged|raised|highlighted|explained|instructed)\b
    | \bon\s+(?:two|three|four|five|several|multiple|numerous|\d+)\s+(?:previous\s+|prior\s+|separate\s+
        |earlier\s+|other\s+)?occasions\b
    | \bas\s+(?:I\s+(?:wrote|explained)|(?:I\s+)?(?:mentioned|said|noted|requested|asked))\s+in\s+my\s+
        (?:\w+\s+)?(?:message|email|e-mail|note|text|dm|mail)\b
    | \bas\s+(?:I\s+)?(?:mentioned|said|stated|requested|asked|explained)\s+(?:twice|three\s+times|
        several\s+times|multiple\s+times|repeatedly|(?:\w+\s+)?(?:times\s+)?already)\b
    | \b(?:not\s+sure\s+)?why\s+(?:this|it)\s+(?:keeps|is\s+still|continues\s+to)\s+(?:slipping|
        getting\s+(?:delayed|pushed)|taking\s+so\s+long|falling\s+through)\b
    | \btreat\s+(?:this\s+|it\s+)?as\s+(?:a\s+|an\s+)?(?:top|high|urgent|highest)\s+priority\b
    | \b(?:not\s+sure\s+)?why\s+(?:is\s+)?(?:this|it)\s+(?:is\s+)?taking\s+so\s+long\b
    | \bhow\s+(?:hard|difficult)\s+(?:is\s+it|can\s+it\s+be)\s+to\b
    | \b(?:left|leaving)\s+me\s+on\s+read\b | \bghost(?:ed|ing)\s+(?:me|us)\b
    | \bin\s+case\s+{_YOU}\s+(?:missed|didn['’]?t\s+see)\s+(?:it|my|this)\b
    | \b(?:you\s+)?must\s+have\s+missed\s+my\b
    | \b(?:I\s+)?thought\s+we\s+were\s+(?:friends|close|mates|tight)\b | \bsome\s+friend\s+{_YOURE}\b
    | \b(?:I\s+)?see\s+how\s+it\s+is\b | \bmust\s+be\s+nice\b
    | \bI\s+shouldn['’]?t\s+have\s+to\s+(?:ask|chase|remind)\b
    | \bdon['’]?t\s+leave\s+me\s+hanging\b | \bdon['’]?t\s+ghost\s+me\b
    | \bthe\s+(?:basic\s+|common\s+)?courtesy\s+of\s+a\s+(?:reply|response|answer)\b
    | \b(?:saw|noticed|see)\s+(?:that\s+)?{_YOU}\s+(?:viewed|read|saw|opened|looked\s+at)\s+my\b
    | \b(?:saw|noticed|see|can\s+see)\s+(?:that\s+)?(?:my|the)\s+(?:last\s+|previous\s+|earlier\s+)?
        (?:message|msg|text|email|mail|note|dm)\s+(?:from\s+\w+\s+|on\s+\w+\s+)?(?:was|has\s+been|had\s+been|got)
        \s+(?:read|seen|opened)\b
    | \b(?:saw|noticed|see|can\s+see)\s+(?:that\s+)?{_YOU}\s+(?:were|was|are|r)\s+(?:online|active
        |on\s+here)\b
    | \b(?:assume|guess|take\s+it)\s+(?:that\s+)?(?:you['’]?re|you\s+are|ur)\s+(?:just\s+)?ignoring\s+me\b
    | \b(?:saw|see|seen)\s+(?:the\s+|your\s+|those\s+)?(?:blue\s+ticks|read\s+receipts?|double\s+ticks?)\b
    | \b(?:it|this|that|line|whatsapp|messenger|signal|telegram|teams|slack|insta(?:gram)?|linkedin
        |kakao(?:talk)?|wechat|viber|imessage|the\s+app|my\s+phone)\s+(?:shows|says|tells\s+me)\s+
        (?:that\s+)?{_YOU}(?:['’]ve|\s+have)?\s+(?:already\s+)?(?:read|seen|opened)\b
    | \bguess\s+I['’]?m\s+not\s+(?:important|good|senior|interesting|big)\s+enough\b
    | \bguess\s+I['’]?ll\s+(?:just\s+)?(?:figure|work|sort|do|manage|fix|deal\s+with)\b[^.!?\n]{{0,60}}?
        \b(?:myself|on\s+my\s+own|alone|by\s+myself)\b
    | \bI\s+(?:think\s+I\s+)?deserve\s+(?:a|an|some)\s+(?:real\s+|proper\s+|honest\s+)?(?:answer|explanation|
        reply|response)\b
    | \b(?:I\s+)?guess\s+(?:you['’]?ve|you\s+have|you['’]?re|you\s+are)\s+(?:moved\s+on|above|past|forgotten|
        forgot|done\s+with)\b
    | \b(?:I\s+)?guess\s+(?:[\w'’]+\s+){{1,6}}?(?:doesn['’]?t|don['’]?t|do\s+not|does\s+not)\s+have\s+
        (?:much\s+|any\s+)?time\s+for\b
    | \b(?:bit|a\s+bit|kind\s+of|rather|pretty|quite)\s+(?:odd|strange|weird|rude|disappointing|sad)\s+
        (?:to\s+hear\s+nothing|not\s+to\s+hear|that\s+you\s+(?:didn['’]?t|never|haven['’]?t)) |
            \b(?:hello|helloo+|hellooo*)\s*\?{{2,}}
    | \bstill\s+waiting\s+(?:on|for)\s+(?:you|your|an?\s+(?:answer|reply))\b
    | \bseen\s+(?:at\s+\d{{1,2}}(?:[:.]\d\d)?\s*(?:am|pm)?|yesterday|this\s+morning|last\s+night|hours\s+ago)
        \s*(?:and|but|,)\s*no\s+(?:reply|answer|response)\b
    | \bI['’]?ll\s+(?:just\s+)?manage\s+(?:somehow|on\s+my\s+own|by\s+myself|alone)\b
    | \bpeople\s+are\s+(?:so\s+|too\s+|very\s+|always\s+)?busy,?\s+(?:I\s+)?(?:understand|
        get\s+it|know)\b
    | \b(?:wouldn['’]?t|won['’]?t)\s+kill\s+{_YOU}\b
    | \b(?:you['’]?ve|you\s+have|you['’]?ve\s+been|you\s+were|you['’]?re|you\s+are)\s+(?:been\s+)?
        (?=["“‘'](?:busy|swamped|slammed|traveling|travelling|sick|away)["”’'])
    | \bguess\s+(?:[\w'’]+\s+){{1,4}}?(?:don['’]?t|doesn['’]?t|no\s+longer|never)\s+(?:answer|reply|respond|
        talk\s+to|remember)\b
    | \bI['’]?ll\s+(?:just\s+)?stop\s+(?:bothering|bugging|pestering|messaging|asking)\s+(?:you|u)\b
    | \b(?:kinda\s+|kind\s+of\s+|really\s+|honestly\s+)?thought\s+(?:you['’]?d
        |you\s+would)\s+(?:have\s+my\s+back|
        be\s+there\s+for\s+me|understand(?!\s+(?:this|the|these|those|such|its?|how|what|which|why)\b)
        )\b
    | \b(?:two|three|four|five|six|several|many|so\s+many|\d+)\s+(?:messages|texts|emails|mails|calls|
        voicemails|voice\s+notes|dms|pings|tries)\s*(?:now\s*)?(?:,|and|but|with|yet)?\s*(?:still\s+)?
        (?:no|zero|not\s+a\s+single|not\s+one|without\s+an?|nothing\s+but)\s+(?:answer|reply|response|
        word|peep|silence)\b
    | \b(?:left\s+(?:me\s+)?|(?:\d+|a\s+few|two|three|four|five|six|seven)\s+(?:days?|weeks?)\s+)on\s+read\b
    | \bblue[- ]?tick(?:ed|s)?\s+(?:me|my\s+(?:messages?|texts?))\b
    | \bnow\s+(?:that\s+)?(?:you['’]?re|you\s+are|u\s+r|ur)\s+(?:a\s+)?
        (?:big\s+(?:man|woman|boss|shot|madam|oga)|too\s+big|famous|so\s+important)\b
    | \bI\s+(?:did\s+|have\s+|['’]ve\s+)?(?:already\s+)?(?:asked|ask|requested|chased|mentioned)\b
        [^.!?\n:;]{{0,40}}?\b(?:twice|three\s+times|a\s+few\s+times|several\s+times|a\s+couple\s+of\s+times)\b
    | \b(?:I\s+am|I['’]m)\s+(?:still\s+)?yet\s+to\s+(?:receive|get|hear)\b
    | \b(?:doesn['’]?t|does\s+not|don['’]?t|do\s+not)\s+leave\s+(?:you\s+)?(?:much\s+|any\s+)?time\s+for\s+
        (?:old\s+friends|us|me|the\s+likes\s+of\s+us|little\s+people|anyone\s+else)\b
    | \bleaves?\s+(?:you\s+)?(?:very\s+|so\s+|rather\s+)?little\s+(?:time|room)\s+for\s+
        (?:old\s+friends|us|me|the\s+likes\s+of\s+us|little\s+people)\b
    | \b(?:wrote|messaged|emailed|texted|reached\s+out|asked|called)\b[^.!?\n]{{0,30}}?\band\s+
        (?:twice|three\s+times|(?:a\s+)?(?:few|couple\s+of)\s+times|again)\s+since\b
    | \b(?:not\s+sure|wondering|no\s+idea)\s+(?:if|whether)\s+my\s+(?:messages|emails|texts|notes|mails)\s+
        (?:are|have\s+been)\s+(?:reaching|getting\s+(?:to|through))\b
    | \b{_YOURE}\s+dodging\s+me\b | \btoo\s+busy\s+for\s+(?:someone\s+like\s+)?(?:me|us|little\s+old\s+me)\b
    | \bnobody\s+else\s+to\s+ask\b | \bI\s+(?:really\s+)?need\s+{_YOU}\s+on\s+this\s+one\b
    | \bhave\s+time\s+for\s+(?:instagram|twitter|linkedin|facebook|tiktok|everyone\s+else|everything\s+else)\b
    | \bdon['’]?t\s+let\s+(?:me|us|them|him|her|everyone|everybody|the\s+(?:team|kids|group|side))\s+down\b
    | \b(?:everyone|everybody|we|they|the\s+(?:whole\s+)?(?:team|group|club|family|kids))\s+
        (?:is|are|['’]re)\s+(?:all\s+)?counting\s+on\s+{_YOU}\b
    | \bI['’]?d\s+hate\s+(?:to\s+have\s+)?to\s+tell\s+(?:[\w'’]+\s+){{1,4}}?(?:that\s+)?{_YOU}\s+
        (?:didn['’]?t|did\s+not|couldn['’]?t|wouldn['’]?t|weren['’]?t|won['’]?t|refused|said\s+no)
    | \b(?:I['’]?ll|I\s+will|I['’]?d|I\s+would)\s+never\s+forgive\s+{_YOU}\b
    | \b(?:I\s+)?(?:suppose|guess)\s+(?:everyone|everybody)\s+(?:is|['’]s)\s+(?:very\s+|so\s+|too\s+)?busy\s+
        (?:these\s+days|nowadays)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""Guilt and passive aggression: making the reader feel bad for not replying, for their
status, or for being slow, threatening to tell on them ("I'd hate to have to tell the board
you didn't..."), or making them answerable for the sender's hopes ("don't let me
down", "everyone is counting on you": labelled pressure on all 9 fixture messages with them)."""

DEBT_RE = phrases(
    rf"""\b{_YOU}\s+(?:still\s+|kind\s+of\s+|kinda\s+|sort\s+of\s+)?owe\s+(?:me|us)\b
        (?!\s+(?:nothing|anything|no|zero)\b)(?!\s+(?:an?|that|the)\s+(?:(?:full|proper|quick|real|long)\s+)?
        (?:rematch|game|match|round|race|debrief|catch-?up|update|story|reply|answer|visit|dance)\b)
    | \bafter\s+(?:all|everything)\s+(?:that\s+)?I(?:['’]ve|\s+have)?\s+(?:did|done|do)\s+for\s+{_YOU}\b
    | \bafter\s+(?:all|everything),?\s+I\s+(?:did|have\s+done|['’]ve\s+done)\b
    | \b(?:given|considering|after)\s+(?:all|everything)\s+(?:that\s+)?(?:we|the\s+(?:group|lab|team|firm)
        |our\s+(?:group|lab|team|family)|my\s+family)(?:['’]ve|\s+have|\s+has)?\s+(?:did|done|gave|given)\s+
        for\s+{_YOU}r?\b
    | \b(?:not\s+too\s+much\s+to\s+)?(?:ask|asking|request|requesting)\s+(?:for\s+)?
        (?:something|a\s+(?:small\s+|little\s+)?favou?r|one)\s+(?:back|in\s+return)\b
    | \bI\s+(?:did|have\s+done|['’]ve\s+done)\s+(?:a\s+lot|so\s+much|plenty|loads
        |a\s+great\s+deal)\s+for\s+{_YOU}\b
    | \bI\s+taught\s+{_YOU}\s+(?:everything|all)\b
    | \beverything\s+(?:we|I|the\s+[\w-]+|our\s+[\w-]+)\s+(?:have\s+|has\s+)?(?:invested|put)\s+in(?:to)?\s+
        {_YOU}r?\b
    | \bpayback\s+time\b | \b(?:we['’]re|we\s+are)\s+not\s+(?:even|square|quits)\s+yet\b
    | \b(?:consider|call)\s+(?:us|it|things)\s+(?:square|even|quits)\b
    | \b(?:we['’]d|we\s+would|we['’]ll|we\s+will)\s+be\s+(?:square|even|quits)\b
    | \bI\s+covered\s+(?:for\s+)?{_YOU}\s+(?:\d+|two|three|four|five|several|so\s+many)\s+times\b
    | \btime\s+(?:for\s+{_YOU}\s+)?to\s+pay\s+(?:up|me\s+back|it\s+back)\b
    | \breturn\s+the\s+favou?r\b | \b(?:it['’]?s|time\s+for|now\s+it['’]?s)\s+your\s+turn\s+to\s+
        (?:help|return|do)\b
    | \bnow\s+(?:it['’]?s|it\s+is|is)\s+your\s+turn\b(?!\s+to\s+(?:pick|choose|host|cook|decide|play|go|shine
        |present|speak|drive|tell|share))
    | \b(?:the\s+)?least\s+{_YOU}\s+(?:can|could)\s+do\b
    | \bI\s+(?:trained|hired|mentored|taught|coached|gave\s+{_YOU}\s+your\s+first\s+\w+)(?:\s+{_YOU})?
        (?:\s+[\w'’-]+){{0,6}}?,?\s+so\s+(?:I['’]?d|I\s+would|I\s+figured|I\s+thought|I\s+hope|{_YOU})\b
    | \bremember\s+(?:when|how|that\s+time)\s+I\s+(?:helped|covered|got|gave|saved|introduced|
        referred|vouched|lent|did)\b
    | \bI\s+(?:did|have\s+done)\s+{_YOU}\s+(?:a\s+|so\s+many\s+|plenty\s+of\s+)?favou?rs?\b
    | \bI\s+did\s+(?:cover|take|do|swap)\w*\s+(?:your|for\s+{_YOU})\b
    | \bscratch\s+my\s+back\b | \b(?:call(?:ing)?\s+in|cash(?:ing)?\s+in)\s+(?:a|that|the|my|
        one)\s+(?:small\s+|little\s+|tiny\s+|old\s+)?(?:favou?r|kindness|debt|chip|iou)\b
    | \bI\s+(?:rather\s+|really\s+|kind\s+of\s+)?(?:feel\s+I\s+|think\s+I\s+)?
        (?:went|go|have\s+gone|['’]ve\s+gone)\s+
        (?:rather\s+|a\s+bit\s+|way\s+)?out\s+on\s+a\s+limb\s+for\s+{_YOU}\b
    | \bI\s+(?:stuck|put)\s+my\s+(?:neck|name|reputation)\s+(?:out\s+|on\s+the\s+line\s+)for\s+{_YOU}\b
    | \b{_YOU}\s+(?:kind\s+of\s+)?(?:owe|owes)\s+(?:me|us)\s+one\b
    | \b{_YOU}\s+(?:won['’]?t|will\s+not|wouldn['’]?t)\s+forget\s+(?:an?\s+|your\s+)?(?:old\s+)?
        (?:colleague|friend|me|us|mate)\b
    | \bI\s+(?:recommended|referred|vouched\s+for|covered\s+for|nominated)\s+{_YOU}\b[^.?!\n]{{0,80}}?\bso\s+
        (?:I\s+know\s+)?I\s+can\s+count\s+on\s+{_YOU}\b
    | \b(?:since|after|because)\s+I\s+(?:helped|drove|covered|lent|gave|got|did|hosted|introduced|referred|
        saved|fed|housed|moved)\b[^.?!\n]{{0,120}}?\b(?:you\s+(?:can|could|owe|should|must)|I\s+think\s+you)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""A favour framed as a debt the reader now has to pay ("time to pay up": transactional on all
10 fixture messages with it). Not what the reader owes that is no favour: "you owe me
nothing", "you still owe me that rematch", "you owe me a full debrief" (coaches named none of
the five in sets 11-411). What a group or family did for them counts too ("given everything the
lab did for your early career"), as does asking "something back" for old help."""

BONUS_RE = phrases(
    r"""\b(?:referral|finder['’]?s|signing|sign[- ]on)\s+(?:bonus|fee|reward|money|cash)\b
    | \bwin[- ]win\b | \bkick[- ]?back\b | \bevery(?:body|one)\s+(?:wins|eats)\b
    | \b(?:you|u|ya)\s+(?:bring|give|send|get)\s+me\b[^.?!\n]{0,60}?
        \bI\s+(?:bring|give|send|get)\s+(?:you|u|ya)\b
    | \bI\s+(?:can\s+|could\s+|will\s+)?(?:bring|give|get)\s+(?:you|u|ya)\b[^.?!\n]{0,60}?,?\s+
        (?:and\s+)?(?:you|u|ya)\s+(?:can\s+|could\s+)?(?:help|give|bring|get|send)\s+me\b
    | \b(?:you['’]?d|you\s+would|you['’]?ll|you\s+will|
        you\s+(?:can|could))\s+(?:also\s+|even\s+|both\s+)?(?:get|earn|make|pocket|receive)\s+
        (?:a\s+|some\s+|the\s+)?(?:bonus|commission|cut|fee|reward|money|cash|percentage)\b
    | \b(?:a|your)\s+(?:cut|percentage|commission)\s+(?:of|from)\b
    | \bwhat['’]?s\s+in\s+it\s+for\s+you\b
    | \byou\s+(?:also\s+|even\s+)?get\s+(?:a\s+)?(?:bonus|commission|cut|fee|reward|kickback)\b
    | \b(?:a\s+)?win\s+for\s+(?:both\s+of\s+us|us\s+both|everyone)\b | \bboth\s+(?:win|benefit|profit)\b
    | \bit['’]?d\s+(?:pay|be\s+worth\s+it)\s+for\s+you\b
    | \bmake\s+it\s+worth\s+(?:your|ur)\s+while\b
    | \bgive\s+(?:you|u)\s+(?:\d+\s?%|a\s+(?:cut|percentage|commission))\s+(?:of|on|from)\b
    | \beasy\s+money\s+for\s+(?:you|u)\b
    | \b(?:as\s+a\s+thank[- ]you|in\s+return|in\s+exchange)\b[^.?!\n]{0,60}?\b(?:\d+\s?%\s+(?:off|discount)
        |discount|free\s+(?:hull|inspection|trial|session|consultation|sample|samples|service)|commission)\b
    | \bin\s+(?:return|exchange),?\s+(?:it\s+would\s+be\s+(?:great|nice|good)\s+if\s+|I['’]?d\s+(?:love|like
        |appreciate)\s+(?:it\s+)?if\s+)?(?:you|u)\s+(?:could|can|would|might)\b
    | \b(?:I['’]?ll|ill|I\s+will)\s+see\s+(?:you|u|ya)\s+right\b
    | (?:(?:(?<=[£$€])|(?<=[£$€]\s))\d[\d,]*|\b\d[\d,]*\s?(?:quid|bucks|pounds|dollars|euros|k)
        |\b(?:a\s+)?(?:fiver|tenner|twenty|fifty|hundred|grand)(?:\s+(?:quid|bucks|pounds|dollars|euros))?)\s+(?:for|per)\s+(?:every|each)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""Money or a bonus offered for help: the relationship turned into a deal ("I will make it
worth your while"), or a trade in its place ("you bring me your venues, I bring you my bands",
"everybody eats")."""

PERCENT_OFFER_RE = phrases(
    r"""\b(?:give|pay|send|offer|share)\s+(?:you|u)\s+(?:a\s+)?\d+(?:\.\d+)?\s?%(?!\s+(?:off|discount
        |chance|confidence|effort|sure|of\s+my\s+(?:time|attention)))""",
    re.IGNORECASE | re.VERBOSE,
)
"""A percentage offered to the reader for their help: "I'll give you 10% as a thank-you", "I
will pay you 5% commission". All 68 such messages in the coach sets were labelled
transactional; the coach model, reading polite words around two of them, vetoed them, so
this is a move the course names outright (`Hit.explicit`)."""

SALES_RE = phrases(
    r"""\b(?:amazing|incredible|exciting|great|unique|huge|life[- ]changing|golden)\s+
        (?:business\s+|income\s+|financial\s+|investment\s+)?opportunit(?:y|ies)\b
    | \bbusiness\s+opportunit(?:y|ies)\b | \bside\s+(?:income|hustle|business|gig\s+income)\b
    | \bpassive\s+income\b | \b(?:be|becoming)\s+your\s+own\s+boss\b | \bfinancial\s+freedom\b
    | \bextra\s+(?:income|cash|money)\s+(?:from\s+home|on\s+the\s+side|stream)\b
    | \bwork\s+from\s+(?:home|your\s+phone)\s+(?:and\s+)?(?:earn|make)\b
    | \b(?:independent\s+)?(?:distributor|brand\s+ambassador|brand\s+partner|consultant\s+with|
        rep\s+for)\s+(?:for\s+|with\s+)?(?:an?\s+)?(?:amazing\s+|new\s+|wellness\s+|skincare\s+)?
        (?:brand|company|line)\b
    | \b(?:started|joined|become|became)\s+(?:selling|a\s+(?:distributor|brand\s+ambassador|
        brand\s+partner|consultant|rep))\b
    | \b(?:our|my|these|the)\s+(?:products?|supplements?|skincare\s+line|starter\s+kit|packages?|
        plans?|policies|policy|solution|platform|software|tool|service|offering)\s+
        (?:can|could|will|would|helps?|has\s+helped|have\s+helped|is\s+perfect|are\s+perfect|
        might\s+be\s+perfect|saves?)\b
    | \bjoin\s+my\s+(?:team|downline|group)\s+(?:and|to)\s+(?:earn|make|start)\b
    | \b(?:cheaper|faster|better|less|lower)\b[^.?!\n]{0,25}\bthan\s+your\s+(?:current\s+
        |existing\s+|usual\s+)?(?:forwarder|supplier|provider|agency|bank|broker|vendor|accountant|insurer|carrier|agent|roaster|
        distributor|importer|printer|contractor)s?\b
    | \bto\s+be\s+considered\s+for\s+your\s+(?:next\s+)?(?:[\w-]+\s+){0,2}(?:enquiry|inquiry|tender|project|
        business|contract|rfp|order|shipment|requirement)s?\b
    | \b(?:bring|drop\s+off|pop\s+by\s+with|swing\s+by\s+with)\s+(?:you\s+)?(?:some|a\s+few
        |few)\s+(?:free\s+)?samples\b
    | \b(?:pop|swing|come)\s+(?:by|in|round)\s+with\s+(?:a\s+few\s+of\s+|some\s+of\s+)?our\b
    | \b(?:discount|promo|referral)\s+code\b
    | \b(?:our|my)\s+pricing\s+(?:is|are)\b | \bshow\s+you\s+a\s+(?:short\s+|quick\s+|brief\s+|live\s+)?demo\b
    | \bintroduce\s+(?:you\s+to\s+)?our\s+(?:new\s+)?(?:[\w-]+\s+){0,3}(?:api|platform|product
        |service|solution|tool|app)\b
    | \bwalk\s+you\s+through\s+(?:what|how)\s+(?:we|I)\s+(?:offer|do|provide|sell|can\s+do)\b
    | \b(?:we|I)\s+(?:could|would|might)\s+be\s+a\s+(?:really\s+|very\s+)?(?:good|great|perfect|natural)\s+
        fit\b
    | \b(?:set\s+up|started|launched|opened)\s+my\s+own\s+(?:practice|firm|agency|consultancy|business|
        company)\s+(?:offering|selling|providing|that\s+(?:offers|helps|provides))\b
    | \b(?:independent|official|certified|authori[sz]ed)\s+(?:sales\s+)?(?:partner|reseller|agent|
        distributor|rep)\b
    | \b(?:tell|show)\s+you\s+(?:all\s+)?about\s+our\s+(?:new\s+|latest\s+)?(?:[\w-]+\s+){0,2}
        (?:fund|product|service|platform|offer|range|programme|program|scheme|plan|package|solution)s?\b
    | \bshow\s+you\s+how\s+(?:we|our)\b[^.?!\n]{0,80}?\bfor\s+(?:our\s+|other\s+)?(?:clients|customers)\b
    | \b(?:do|book|schedule|set\s+up|give\s+you|show\s+you)\s+(?:a\s+)?(?:quick\s+|short\s+|free\s+|
        live\s+)?demo\b
    | \bwe\s+help\s+(?:[\w'’]+\s+){0,3}(?:like\s+(?:you|yours)|companies|teams|businesses|exporters|
        brands|clients)\b
        [^.?!\n]{0,60}?\b(?:\d+x|\d+%|grow|increase|boost|save|cut|double|triple)
    | \bwalk\s+you\s+through\s+(?:a\s+few\s+|some\s+|our\s+)?(?:case\s+studies|our\s+\w+|the\s+
        (?:product|platform|
        deck|offer))\b
    | \b(?:great|perfect|good|natural)\s+fit\s+between\s+(?:what\s+we|our)\b
    | \bworth\s+a\s+(?:\d+[- ]min(?:ute)?\s+)?(?:quick\s+)?(?:chat|call)\s*\?
    | \bvalued\s+(?:member|contact|connection|client|customer)\b | \bexclusive\s+(?:webinar|event|offer|
        invite|access)\b
    | \b(?:spots|places|seats)\s+are\s+limited\b | \b(?:register|sign\s+up)\s+(?:now|soon|today)\b
    | \b\d+\s?%\s+(?:off|discount|code|coupon|voucher)\b | \bthis\s+(?:month|week)\s+only\b
    | \b(?:switch(?:ing)?|upgrad(?:e|ing)|mov(?:e|ing))\s+(?:your|to\s+our)\s+(?:pos|provider|supplier|
        bank|insurance|
        plan|system|software|accounting)\b
    | \b(?:pilot|special|introductory|discounted|friends?(?:\s+and\s+family)?|exclusive)\s+
        (?:price|pricing|rate|discount|deal|offer)\b
    | \b(?:a|an|\d+[- ]min(?:ute)?|quick|short|free|live)\s+demo\s+(?:for|to)\s+(?:you|your)\b
    | \bsav(?:e|es|ing)\s+(?:our\s+|my\s+)?(?:clients|customers|users|teams)\s+(?:up\s+to\s+)?\d
    | \b(?:time|an?\s+hour|minutes|call|slot)\b[^.?!\n]{0,25}\bfor\s+a\s+
        (?:quick\s+|short\s+|live\s+|free\s+)?demo\b
    | \bshow\s+you\s+what\s+(?:we|I)(?:['’]ve|\s+have)\s+(?:built|made|developed|created)\b
    | \bshow\s+you\s+(?:a\s+couple\s+(?:of\s+)?|a\s+few\s+|some\s+)things\s+on\s+(?:the|our)\s+new\b
    | \boffer(?:ing)?\s+(?:[\w-]+\s+){0,2}a\s+free\s+(?:first\s+)?
        (?:year|month|trial|pilot|audit|consultation)\b
    | \b(?:offer|deal|discount|price)\b[^.?!\n]{0,40}\b(?:only\s+)?(?:runs|lasts|is\s+valid|ends)\s+
        (?:until|till|til|to|at)\s+the\s+end\s+of\s+the\s+(?:month|week)\b
    | \b(?:great|special|fantastic|brilliant|good)\s+offer\s+on\b
    | \btestimonial\s+(?:that\s+)?(?:we|I)\s+(?:can|could)\s+use\b
    | \b(?:put|get|add)\s+us\s+(?:on|to)\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:shortlist|tender\s+list|
        supplier\s+list|bidders?\s+list|vendor\s+list|framework|approved\s+list)\b
    | \b(?:would|will|could|might)\s+be\s+(?:perfect|ideal|a\s+(?:great|perfect)\s+fit)\s+for\s+your\s+
        (?:festival|venue|programme|program|season|store|shop|shelves|menu|clinic|practice|brand|
        line-?up|catalogue|range|stations?|sites?|clients|customers|guests|patients)\b
    | \b(?:could|would|might|will)\s+be\s+a\s+(?:perfect|great|good|natural)\s+fit\s+for\s+
        (?:you|your\s+(?:team|company|business|org|organi[sz]ation|department))\b | \bsign\s+up\s+
            (?:under|through|with)\s+me\b
    | \b(?:book|schedule|grab|set\s+up)\s+(?:a\s+)?(?:quick\s+|free\s+|short\s+)?
        (?:demo|product\s+demo|sales\s+call|discovery\s+call|consultation)\b
    | \b(?:free|no[- ]obligation|complimentary)\s+(?:\d+[- ]min(?:ute)?\s+)?(?:[\w-]+\s+)?(?:trial|quote|
        consultation|demo|sample|audit|review|session|assessment|check[- ]?up|appointment)\b
    | \bperfect\s+for\s+(?:someone|people)\s+(?:like|as\s+\w+(?:[\s-]\w+)?\s+as)\s+you\b
    | \bthink\s+you['’]?d\s+love\s+(?:the|our|my|these)\s+products\b
    | \b(?:insurance|investment|financial|pension|mortgage)\s+(?:review|check[- ]?up|plan)\s+
        (?:for\s+you|together)\b
    | \b(?:I['’]?m|I\s+am|we['’]?re|we\s+are)\s+(?:now\s+|currently\s+
        |already\s+)?helping\s+(?:a\s+lot\s+of\s+|lots\s+of\s+|many\s+|loads\s+of\s+)?
        (?:[\w'’-]+\s+){0,3}?(?:like\s+(?:you|yourself)|clients|families|professionals|businesses)\b
    | \bshow\s+you\s+(?:a\s+few|some)\s+(?:things|ideas|options)\s+that\s+(?:could|can|might|will)\b
    | \b(?:still\s+)?(?:looking\s+for|in\s+the\s+market\s+for
        |need(?:ing)?)\s+(?:a\s+)?(?:new\s+)?(?:[\w-]+\s+)?
        (?:supplier|vendor|provider|contractor|distributor|agency)\b
    | \b(?:can|could|may|shall)\s+I\s+(?:give|pass|send|share)\s+(?:him|her|them|my\s+\w+)\s+your\s+(?:number|
        email|details|contact)\b
    | \b(?:you\s+could|you['’]?d|you\s+would)\s+(?:even\s+)?make\s+(?:so\s+much|loads|a\s+lot
        |good\s+money|extra)\b
    | \b(?:hit|reach|make|smash)\s+my\s+(?:first\s+|monthly\s+|sales\s+|next\s+)?
        (?:target|quota|sales\s+goal)\b
    | \b(?:loads\s+of|lots\s+of|some|get)\s+free\s+(?:product|products|samples|stuff|gifts)\b
    | \bhost\s+(?:a|an)\s+(?:little\s+|small\s+|quick\s+|fun\s+)?(?:[\w-]+\s+)?party\b
        (?=[^\n]{0,160}\b(?:product|products|samples|order|discount|target|commission)\b)
    | \bI(?:['’]?ve|\s+have)?\s+(?:just\s+)?(?:started|launched|joined)\s+(?:with\s+)?(?:an?\s+|this\s+
        |my\s+)?
        (?:amazing|incredible|new|exciting|own)\s+(?:\w+\s+){0,2}?(?:brand|company|business|biz|venture)\b
    | \b(?:I|we)\s+(?:have|['’]ve\s+got|got)\s+(?:two|three|four|a\s+few|several|some|\d+)\s+
        (?:serious\s+|cash\s+|qualified\s+|motivated\s+)?(?:buyers|investors|tenants)\b
    | \b(?:ever\s+)?think(?:ing)?\s+(?:of|about)\s+(?:buying\s+or\s+)?selling\b
    | \b(?:my|our)\s+(?:newest|latest|new)\s+listing\b | \bfree\s+valuation\b
    | \b(?:taken|got|have)\s+(?:an?\s+)?exclusive\s+(?:on|listing|mandate)\b
    | \bhelp\s+each\s+other\s+(?:grow|out\s+with\s+(?:clients|leads|referrals))\b
    | \b(?:great|real|big|natural|obvious)\s+synerg(?:y|ies)\b
    | \bbuilding\s+my\s+network\s+of\b
    | \b(?:genuine|affordable|prime|premium|luxury|off-plan)\s+(?:plots|units|apartments|flats|
        properties|homes|villas)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""A sales or recruiting pitch: the reader as a customer, not a person ("I have two buyers
looking for exactly that", "should you ever think of selling")."""

EXPOSURE_RE = phrases(
    r"""\b(?:great|good|free|amazing|lots\s+of|loads\s+of|some|huge|nice|real|massive)\s+exposure\b
        (?!\s+(?:to|in|at|of|on|with|from|across)\b)
    | \b(?:for|in\s+exchange\s+for)\s+(?:the\s+)?exposure\b(?=\s*(?:[.,!?;)]|$))
    | \b(?:it|this)\s+(?:would|will|could)\s+(?:look\s+)?great\s+(?:in|on)\s+your\s+portfolio\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""Exposure offered instead of pay: their skill treated as a favour the friendship owes."""

RECONNECT_RE = phrases(
    r"""\b(?:(?:it['’]?s|it\s+has|has|have|we['’]ve)\s+)?been\s+(?:what,?\s+|literally\s+|so\s+|way\s+too\s+|
        far\s+too\s+|too\s+|like\s+|almost\s+|nearly\s+|over\s+|a\s+few\s+|many\s+|several\s+|
        \d+\s+|two\s+|three\s+|four\s+|five\s+|ten\s+)*(?:years|ages+|forever+|long|a\s+long\s+time|
        a\s+(?:good\s+)?while|a\s+minute)\b
    | \blong\s+time\s+no\s+(?:see|talk|speak|chat|hear)\b | \bblast\s+from\s+the\s+past\b
    | (?<!a\s)(?<!the\s)(?<!long\s)\blong\s+time(?:\s+o+)?(?=\s*(?:[!,.…]|[\u2600-\u27bf\U0001F300-\U0001FAFF]
        |$))
    | ^\W*(?:(?:hi|hey|hello)\s+)?(?:[A-Z]\w+\s*[,!]\s*)?long\s+time\b
    | \bremember\s+me\b | \b(?:haven['’]?t|have\s+not|didn['’]?t)\s+(?:talked|spoken|seen\s+each\s+
        other|caught\s+up|been\s+in\s+touch|chatted|heard\s+from\s+each\s+other)\s+(?:in|for|since)\s+
        (?:years|ages|forever|a\s+long\s+time|so\s+long|a\s+while|\d+\s+years|uni|college|school)\b
    | \bsince\s+(?:uni|college|school|university|grad\s+school|we\s+(?:worked|were|left|studied))\b
    | \b(?:years|ages)\s+since\s+(?:we|I|our)\b | \bfell\s+out\s+of\s+touch\b
    | \blost\s+touch\b | \bafter\s+all\s+these\s+years\b
    | \bso\s+long\s+(?:we\s+)?(?:don['’]?t|didn['’]?t|haven['’]?t|since\s+we)\b
    | \bsaudades?\b | \b(?:tanto|mucho|cu[aá]nto)\s+tiempo\b | \bmuito\s+tempo\b
    | \bça\s+fait\s+(?:longtemps|un\s+bail)\b | \blange\s+nicht\s+(?:gesehen|gehört)\b
    | \b(?:from|since|back\s+in)\s+(?:the\s+|our\s+|those\s+)?(?:[\w'’&-]+\s+){1,3}days\b
    | \bmiss\s+(?:our|those|the|all\s+our)\s+(?:[\w'’]+\s+){0,2}(?:raids|chats|lunches|walks|runs|days|
        games|sessions|nights|drinks|coffees|catch[- ]?ups|talks|shifts|trips)\b
    | ^\W*(?:hey+|hi+|hello+|heya|hiya)\s+stranger\b | \bmiss(?:ed)?\s+(?:you|u|ya)\s+(?:so+\s+much|loads|
        tons|like\s+crazy)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""Coming back after a long silence: fine on its own, transactional when the ask is all
the message is for."""

DISTANCE_RE = phrases(
    r"""\bhope\s+(?:you['’]?re|you\s+are|you['’]?ve\s+been|all\s+is|everything['’]?s|everything\s+is|
        life['’]?s|life\s+is|this\s+(?:message|email|note)\s+finds\s+you)\s+(?:well|good|great|
        doing\s+well|treating\s+you\s+well)\b
    | \bjust\s+wanted\s+to\s+let\s+you\s+know\s+(?:that\s+)?I['’]?m\s+(?:looking|job|on\s+the)""",
    re.IGNORECASE | re.VERBOSE,
)
"""Polite distance ("hope you're well! just wanted to let you know I'm looking"): how people
write to someone they haven't spoken to in a while."""

OCCASION_RE = phrases(
    r"""\bfeliz\s+(?:cumple\w*|anivers[aá]rio)\b | \bparab[eé]ns\b | \bjoyeux\s+anniversaire\b
    | \bhappy\s+(?:belated\s+)?(?:birthda+y+\w*|bday|b-day|\d{1,3}(?:st|nd|rd|th)|new\s+year|holidays
        |anniversary|diwali|eid|hanukkah|
        lunar\s+new\s+year|nowruz|thanksgiving)\b | \bmerry\s+christmas\b | \beid\s+mubarak\b
    | \bcongrat(?:s|ulations)\b | \bseason['’]?s\s+greetings\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""An occasion that can be a message of its own, or a wrapper for an ask."""

PIVOT_RE = phrases(
    r"""\bwhile\s+I(?:['’]ve|\s+have)?\s+(?:got|have)\s+(?:you|u|ya)\b""",
    re.IGNORECASE | re.VERBOSE,
)
""""While I have you": the turn from the friendly part of a message to the favour it was for."""

THANKS_RE = phrases(r"\b(?:thank\s+you|thanks|thx|grateful)\b", re.IGNORECASE)
ALSO_PIVOT_RE = phrases(
    r"""(?:^|(?<=[^\w\s,;:'’-]\s)|(?<=[^\w\s,;:'’-]\s\s)|(?<=\n))
        (?:also|and\s+also|oh\s+and|by\s+the\s+way|btw|one\s+more\s+thing|p\.?s\.?)\b""",
    re.IGNORECASE | re.VERBOSE,
)
""""Also," or "By the way," opening a sentence after thanks: the thank-you note turning to what
it was for ("Thank you for covering my Saturdays! Also, could you ask your brother ...")."""

CONFRONT_RE = phrases(
    rf"""\b(?:not|non)[- ]negotiable\b
    | \bwhy\s+(?:did|would)\s+{_YOU}\s+not\b | \bwhy\s+(?:didn['’]?t|wouldn['’]?t)\s+{_YOU}\b
    | (?:(?<=^)|(?<=[.!?:]\s)|(?<=\n))(?:but\s+)?(?:that['’]?s|that\s+is|this\s+is
        |it['’]?s)\s+(?:just\s+|simply\s+|actually\s+|completely\s+|plain\s+)?(?:not\s+(?:right|true|correct)|wrong|incorrect|nonsense)\b
    | \bone\s+thing\s+(?:and|but)\s+(?:[\w'’]+\s+){{0,6}}?(?:another|something\s+else|the\s+opposite)\b
    | \bshouldn['’]?t\s+have\s+to\s+(?:keep\s+)?(?:flag(?:ging)?|remind(?:ing)?|ask(?:ing)?|chas(?:e|ing)
        |tell(?:ing)?|explain(?:ing)?)\b
    | \bwhy\s+(?:did|do|does|would|should|was|were|is|are|have|has)\s+(?:you|they|he|she|
        {_YOU}|your\s+\w+)\b[^?.!\n]{{0,80}}?\b(?:and|but|instead\s+of|over|not)\s+(?:not\s+)?
        (?:me|mine|us)\b
    | \bwhy\b[^?.!\n]{{0,80}}?\b(?:and|but|instead\s+of|over)\s+not\s+(?:me|mine|us)\b
    | \b(?:picked|chose|chosen|hired|promoted|selected|gave|given|got)\b[^?.!\n]{{0,60}}?\b(?:and|
        but)\s+not\s+
        (?:me|mine)\s*\?
    | \bwhat\s+(?:exactly\s+)?(?:did\s+)?{_YOU}\s+(?:did|do|say|said|had|have|showed|send|sent|write|
        wrote)\b[^?.!\n]{{0,50}}?\bthat\s+I\s+
        (?:didn['’]?t|did\s+not|don['’]?t)\b
    | \bI\s+(?:expect|demand)\s+(?:a|an|your)\s+(?:clear\s+|proper\s+|full\s+|real\s+)?
        (?:explanation|answer|apology|response)\b
    | \bhow\s+come\s+{_YOU}\s+(?:got|get|were|are)\b[^?.!\n]{{0,60}}?\b(?:and|but)\s+not\s+me\b
    | \bwhat\s+makes\s+{_YOU}\s+(?:so\s+)?(?:special|better|qualified)\b
    | \bwho\s+do\s+you\s+think\s+{_YOURE}\b | \bwhat['’]?s\s+your\s+problem\b
    | \bare\s+you\s+(?:kidding|serious|joking)(?:\s+me)?\s*\?
    | \byou\s+(?:clearly|obviously)\s+(?:don['’]?t|didn['’]?t|never|can['’]?t)\b
    | \b(?:properly|right|correctly|on\s+time)\s+this\s+time\b
    | \blast\s+time\s+(?:you|u)\s+(?:wrecked|broke|forgot|messed|screwed|missed|lost|ruined|damaged|dropped
        |botched|crashed|ignored|skipped|overbooked|mixed)\b
    | \b(?:that['’]?s|it['’]?s|this\s+is)\s+not\s+(?:on\s+me|my\s+(?:fault|problem|job))\b
    | (?:^|(?<=[.!?\n]\s)|(?<=[.!?\n]))not\s+on\s+me\b
    | \b(?:rather\s+not|don['’]?t\s+want\s+to|shouldn['’]?t)\s+(?:have\s+to\s+)?ask\s+(?:for\s+it\s+
        |you\s+)?(?:twice|again)\b
    | \bI['’]?m\s+not\s+(?:doing|covering|fixing|redoing)\s+your\s+(?:part|job|work|bit)\b
    | \b(?:wrong|late|broken|missing|failing)\s+again\b
    | \b(?:do|did)\s+you\s+even\s+(?:read|care|know|look|try)\b
    | \bwhy\s+(?:haven['’]?t|didn['’]?t|won['’]?t|wouldn['’]?t|don['’]?t|aren['’]?t|hvnt|didnt|dint)\s+
        {_YOU}\b
    | \bI\s+deserved?\s+(?:it|that|this)\s+(?:more|far\s+more)\b
    | \bwhat\s+did\s+{_YOU}\s+(?:say|do|have|show)\b[^?.!\n]{{0,50}}?\bthat\s+I\s+(?:didn['’]?t|
        did\s+not|don['’]?t)\b
    | \bor\s+(?:else\s+)?I['’]?(?:ll|\s+will)\s+(?:have\s+to\s+|need\s+to\s+|be\s+forced\s+to\s+)?
        (?:escalate|explain\s+to|tell|report|go\s+to|involve|raise\s+(?:it|this)|take\s+(?:it|this)|
        copy|cc|loop\s+in)\b
    | \bI['’]?(?:ll|\s+will)\s+have\s+(?:no\s+(?:choice|option)\s+but\s+)?to\s+(?:escalate|go\s+over\s+
        your\s+head)\b
    | \bnot\s+sure\s+what\s+the\s+(?:hold[-\s]?up|delay|problem|issue)\s+is\b
    | \bwhy\s+did\s+[A-Z][\w'’-]+\s+get\s+(?:the|that|a)\b[^?.!\n]{{0,60}}\?
    | \bnot\s+sure\s+what\s+else\s+I\s+(?:was|am)\s+(?:supposed|meant|expected)\s+to\b
    | \bsome\s+of\s+us\s+(?:have|actually|still|need|work|care|are)\b
    | \byour\s+(?:paper|study|article|talk|post|book|thesis|report|analysis)\s+(?:actually|conveniently
        |completely)\s+(?:doesn['’]?t|does\s+not|didn['’]?t|did\s+not|fails?\s+to|ignores?|misses|skips?)\b
    | \bor\s+(?:else\s+)?[^.?!\n]{{0,80}}\b(?:that['’]?s|it['’]?s)\s+on\s+(?:you|us)\b
    | (?<!\bif\s)(?<!\bwhere\s)(?<!\bwhether\s)(?<!\bwhat\s)(?<!\bhow\s)
        \b(?:your|this|that|it)\s+(?:[\w'’-]+\s+){{0,3}}?(?:is|was|are|were)\s+(?:simply\s+
        |just\s+|completely\s+|totally\s+|plain\s+|clearly\s+)?(?:wrong|incorrect|useless|rubbish
        |garbage|nonsense)\b(?!\s+(?:with\s+me|of\s+me|for\s+me))
    | (?:(?<=,)|(?<=,\s))(?:useless|pointless|rubbish)\s*[.!]
    | \b(?:this|that|it)\s+makes\s+no\s+sense\b | \bas\s+any\s+[\w-]+\s+(?:knows|would\s+know)\b
    | \byou\s+(?:should|need\s+to|must)\s+(?:correct|fix|update|retract)\s+(?:it|this|that|your)\b
    | \bI['’]?m\s+not\s+(?:going\s+to\s+|gonna\s+)?ask(?:ing)?\s+(?:you\s+)?again\b
    | \bI\s+(?:won['’]?t|will\s+not)\s+ask\s+(?:you\s+)?again\b
    | \byour\s+(?:[\w'’-]+\s+){{0,5}}?(?:is|was|are|were)\s+(?:simply\s+|just\s+|completely\s+|clearly\s+)?
        (?:incomplete|inaccurate|misleading|flawed)\b
    | \bit['’]?s\s+not\s+(?:that\s+)?(?:complicated|hard|difficult|rocket\s+science)\b
    | \bit\s+(?:only\s+)?takes\s+(?:two|2|five|5|a\s+few|ten|10)\s+(?:minutes|mins|seconds|secs)\s+to\s+
        (?:answer|reply|respond|say)\b
    | \bhow\s+hard\s+(?:is\s+it|can\s+it\s+be)\b | \b(?:fairly|pretty|really|very)\s+basic\s+thing\b
    | \bhow(?:['’]d|\s+did)\s+you\s+(?:swing|pull\s+off|wangle)\s+that\b
    | \bas\s+I\s+(?:have\s+|['’]ve\s+)?(?:already\s+)?(?:explained|said|mentioned|told\s+you|pointed\s+out)
        \s+(?:twice|three\s+times|several\s+times|more\s+than\s+once|repeatedly)\b
    | \b(?:becoming|getting)\s+(?:rather\s+|quite\s+|very\s+|a\s+bit\s+)?(?:tiresome|ridiculous|absurd|
        beyond\s+a\s+joke)\b
    | \b(?:this|it|that)\s+is\s+(?:frankly\s+|simply\s+|quite\s+|completely\s+)?(?:unacceptable|ridiculous
        |absurd)\b
    | \b(?:simply|just|plainly|clearly|flatly)\s+(?:not\s+true|untrue|false)\b
    | \byou\s+(?:should\s+)?know\s+better\s+than\s+(?:this|that)\b
    | \b(?:can['’]?t|cannot|can\s+not)\s+(?:possibly\s+)?be\s+(?:right|correct)\b
    | \bdid\s+{_YOU}\s+actually\b[^?.!\n]{{0,80}}?\bor\s+(?:just|simply)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""A question or claim that puts the reader on trial."""

SARCASM_RE = phrases(
    r"""\bthanks\s+(?:a\s+lot\s+)?for\s+nothing\b | \b(?:nobody|no\s+one)\s+asked\s+for\b
    | \bnice\s+of\s+you\s+to\s+(?:finally\s+)?
        (?:reply|answer|respond|show\s+up|get\s+back|remember)\b
    | \b(?:glad|good\s+to\s+see)\s+you\s+(?:finally|eventually)\b | \bwow,?\s+thanks\s+a\s+lot\b
    | \bsure,?\s+take\s+your\s+(?:sweet\s+)?time\b | \btake\s+your\s+sweet\s+time\b
    | \bno\s+rush\s+or\s+anything\b | \bnot\s+that\s+(?:you|anyone)\s+(?:care|cares|asked)\b
    | \bif\s+it['’]?s\s+not\s+too\s+much\s+(?:trouble|to\s+ask)\s+for\s+(?:your\s+highness|you\s+now)\b
    | \b(?:oh\s+)?(?:great|perfect|wonderful),?\s+(?:another|yet\s+another)\b
    | \bcongrat(?:s|ulations)\b[^.!?\n]{0,40}\bI\s+(?:suppose|guess)\b
    | \b(?:ask|find|go\s+to|try)\s+someone\s+(?:else\s+)?who\s+(?:actually|really|bothers\s+to)\b
    | \b(?:would|it['’]?d)\s+be\s+(?:great|nice|good|lovely)\s+to\s+actually\b
    | \bnot\s+sure\s+how\s+else\s+to\s+(?:ask|say\s+it|put\s+it)\b
    | \b(?:interesting|bold|brave|classic)\s+(?:choice|move|call|decision)\b(?=\s*(?:[.!…]
        |[\U0001F300-\U0001FAFF]|$))
    | \b(?:odd|funny|strange|interesting|curious|weird|telling|surprising)\s+(?:that|how)\s+(?:nobody|
        no\s+one|no-one|none\s+of\s+you|you\s+never|you\s+didn['’]?t)\s+(?:\w+\s+)?(?:thought|bothered|cared|
        remembered|mentioned|felt|saw\s+fit|managed|found\s+(?:the\s+)?time)\b
    | \bmust\s+be\s+nice\b | \bthat['’]?s\s+a\s+first\b
    | \b(?:some\s*time|sometime)\s+this\s+(?:century|decade|millennium|lifetime)\b
    | \bbefore\s+(?:the\s+heat\s+death|hell\s+freezes|the\s+end\s+of\s+time)\b
    | \ban?\s+actual\s+(?:answer|reply|response)\b
    | \b(?:very|so|really)\s+(?:motivating|encouraging|helpful|reassuring)\s*[.!]?\s*(?:👏|🙃|🙄)
    | \bguess\s+(?:being|having|knowing)\b[^.!?\n]{0,40}\bpays\s+off\b
    | \b(?:great|nice|lovely|good|fun)\s+to\s+see\b[^.!?\n]{0,80}?(?:\bfor\s+the\s+(?:second|third|fourth
        |fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:week|month|time|day|year|sprint|quarter)\b|\bcelebrating\s+its\b)
    | \bor\s+is\s+(?:that|it)\s+(?:a\s+bit\s+|too\s+)?much\s+to\s+ask\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""Sarcasm: praise or thanks that means the opposite; a jab at their luck or their slowness."""

JAB_RE = phrases(
    r"""\bno\s+offen[cs]e,?\s+(?:but|though)\b
    | \bbut\s+(?:hey,?\s+)?good\s+for\s+(?:you|u)\b
    | \b(?:get|find|ask|send\s+it\s+to|give\s+it\s+to)\s+someone\s+(?:more\s+)?competent\b
    | \b(?:nice|lovely|kind|good|sweet|great|decent)\s+of\s+(?:you|u)\s+to\s+(?:finally|eventually
        |at\s+last)\s+[a-z]+\b
    | \b(?:respectfully|with\s+(?:all\s+(?:due\s+)?)?respect|frankly|honestly|bluntly|sorry,?\s+but),?\s+
        (?:that['’]?s|that\s+is|this\s+is|it['’]?s|you['’]?re|you\s+are)\s+(?:just\s+|simply\s+|plainly\s+
        |completely\s+|quite\s+)?(?:wrong|incorrect|mistaken|rubbish|nonsense)\b
        (?!\s+(?:of|for|with|to)\s+(?:me|us|myself)\b)
    | \b(?:was|is|were|are),?\s+(?:frankly|quite\s+frankly|honestly|to\s+be\s+(?:frank|honest)),?\s+
        (?:ill-informed|misinformed|uninformed|misguided|wrong|lazy|careless|sloppy|misleading|absurd|naive)\b
    | \bwould\s+it\s+(?:kill|hurt)\s+(?:you|u)\s+to\b
    | \bno\s+rush,?\s+(?:it['’]?s|it\s+has)\s+only\s+been\b
    | \bI\s+trust\s+(?:that|this)\s+(?:won['’]?t|will\s+not)\s+be\s+(?:a|too\s+much\s+of\s+a)\s+problem\b
    | \bnot\s+bad\s+for\s+an?\s+(?:youngster|kid|girl|boy|beginner|rookie|newbie|junior|student|woman)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""A dig wrapped in politeness: "no offence, but" announces an insult, "...but good for you"
takes a compliment back, "get someone competent" insults whoever did the work, "nice of you
to finally surface" thanks them for being slow, and "respectfully, that's wrong" puts a
courtesy in front of a verdict. In the coach sets 11-499 all four messages with the first
three were labelled blunt, and the coach model, reading the
polite words around them, vetoed three; in 11-507, all 12 with "nice of you to finally
<verb>" and all 4 with a courtesy before "that's wrong" were labelled blunt. Sarcasm that
pretends to be patient or polite belongs here too: "would it kill you to", "no rush, it's only
been two years", "I trust that won't be a problem", "not bad for a youngster". The coach model
neither vetoes these nor holds them back beside a likelier problem (`Hit.explicit`): beside the
pressure they usually come with, coaches named the jab as well (3 of 4 in sets 11-563)."""

SCARE_QUOTES_RE = pattern_cache.compile(
    r"""\b(?i:thanks?\s+(?:you\s+)?(?:so\s+much\s+)?for\s+(?:the\s+|your\s+)?)["“'‘][a-z]{3,15}["”'’]"""
)
"""Scare quotes around what they did, in a thank-you: "thanks for \"sorting\" the skip". One
word in lower case, so a title ("thanks for the \"Intro to dbt\" talk") is left alone. It is
matched inside quotation marks on purpose."""

PRESUME_RE = phrases(
    rf"""\b(?:I['’]?m\s+sure\s+|I\s+know\s+|surely\s+)?{_YOU}\s+(?:won['’]?t|wouldn['’]?t|will\s+not)\s+
        (?:mind|say\s+no|refuse|object)\b
    | \b(?:I['’]?m\s+sure|I\s+know|surely)\s+(?:that\s+)?{_YOU}\s+(?:won['’]?t|wouldn['’]?t|will\s+not
        |would\s+never|will\s+never)\s+(?:let\s+me\s+down|disappoint\s+me)\b
    | \bI['’]?m\s+(?:kind\s+of\s+|kinda\s+|sort\s+of\s+|really\s+|so\s+|totally\s+)?counting\s+on\s+
        {_YOU}\b
    | \b{_YOU}\s+know\s+me\s+well\s+enough\b
    | \bI\s+know\s+I(?:['’]ll|\s+will)\s+hear\s+(?:back\s+)?from\s+{_YOU}\b
    | \bI(?:['’]?m|\s+am)\s+sure\s+{_YOU}(?:['’]ll|\s+will)\s+agree\b
    | \b{_YOU}\s+(?:can['’]?t|cannot)\s+(?:say\s+no|refuse|decline|back\s+out)\b
    | \bI\s+(?:know|assume|expect|trust)\s+(?:that\s+)?{_YOU}(?:['’]ll|\s+will)\s+(?:help|do|say\s+yes|
        be\s+(?:happy|glad)|be\s+able\s+to|find\s+(?:the\s+)?time|make\s+(?:the\s+)?time)\b
    | \btold\s+(?:the|my|our)\s+[\w-]+\s+to\s+expect\s+(?:it|this|them|your\s+[\w-]+|an?\s+[\w-]+\s+from\s+
        {_YOU})\b
    | \bI['’]?ve\s+(?:already\s+)?told\s+(?:[\w'’]+\s+){{0,2}}?(?:it['’]?s|you['’]?(?:ll|re)
        |you\s+(?:will|are|can))\s+
        (?:sorted|fine|covered|confirmed|happening|ok|okay|coming|on\s+board|in|doing\s+it|cover)\b
    | \bI(?:['’]ve|\s+have)?\s+already\s+told\s+(?:[\w'’]+\s+){{1,3}}?(?:that\s+)?I(?:['’]ll|\s+will
        |['’]m|\s+am)\s+(?:be\s+there|be\s+joining|attend(?:ing)?|join(?:ing)?|sit(?:ting)?\s+in|com(?:e|ing)
        |be\s+shadowing)\b
    | \bI['’]?ve\s+(?:already\s+|just\s+)?(?:gone\s+ahead\s+and\s+)?(?:put|booked|blocked|scheduled|added)\s+
        (?:[\w'’]+\s+){{0,3}}?(?:in|into|on)\s+your\s+(?:calendar|diary|schedule)\b
    | \bI(?:['’]?ve|\s+have)\s+(?:already\s+|just\s+)?(?:gone\s+ahead\s+and\s+)?sent\s+(?:you\s+)?(?:a
        |an)\s+(?:calendar\s+|meeting\s+|teams\s+|zoom\s+)?
        invit(?:e|ation)\b
    | \b(?:taken|took)\s+the\s+liberty\s+of\s+(?:telling|informing|assuring|promising)\s+
        (?:[\w'’-]+\s+){{1,4}}?(?:that\s+)?you(?:['’]d|\s+would|['’]ll|\s+will)\b
    | \b(?:taken|took)\s+the\s+liberty\s+of\s+(?:sending|booking|scheduling|blocking|putting)\s+(?:you\s+)?
        (?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:invit(?:e|ation)|call|meeting|slot)\b
    | \bI(?:['’]ve|\s+have)?\s+(?:already\s+|sort\s+of\s+|kind\s+of\s+|kinda\s+|sorta\s+|basically\s+)?
        (?:told|promised|informed)\s+(?:[\w'’-]+\s+){{1,4}}?(?:that\s+)?
        (?:you['’]?d|you\s+would|you['’]?ll|you\s+will)\s+(?:(?:very\s+)?(?:likely|probably|definitely|surely
        |happily|gladly)\s+)?
        (?:have|send|do|deliver|finish|get|be|cover|host|present|give|run|speak|join|lead|chair
        |review|write|take|come|help|attend|stand\s+in|step\s+in|sort|serve|act|contact|call|ring|email
        |meet|see|mentor|supervise|examine|referee|judge|sign|introduce|interview|read|check|mark
        |train|teach|show|sponsor|hire|share|look)\b
    | \bI['’]?ve\s+(?:already\s+|just\s+)?(?:moved|reassigned|assigned|handed|passed)\s+(?:the\s+|my\s+
        |this\s+)?
        (?:[\w-]+\s+){{0,3}}?(?:to|over\s+to)\s+you\b
    | \b{_YOURE}\s+the\s+(?:only\s+)?one\s+who\s+(?:has\s+to|can|must)\s+(?:save|help|rescue)\s+me\b
    | \bI['’]?ll\s+(?:call|ring|phone|drop\s+by|come\s+by|pop\s+by
        |give\s+you\s+a\s+(?:call|ring|bell|buzz))\s+(?:you(?:r\s+(?:office|desk|phone
        |mobile))?\s+)?
        (?:on\s+)?(?:tomorrow|
        monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+at\s+\d{{1,2}}(?::\d\d)?(?:\s*(?:am|pm))?\b
    | \b(?:told|mentioned\s+to|said\s+to|assured|promised)\s+(?:[\w.'’-]+\s+){{1,3}}?(?:that\s+)?
        (?:you['’]d|you\s+had|you['’]ve|you\s+have)\s+(?:already\s+)?(?:said\s+yes|agreed|okayed|ok['’]?d
        |signed\s+off|given\s+(?:the\s+|your\s+)?(?:ok|okay|go-ahead|green\s+light|nod))\b
    | \b(?:told|informed|assured)\s+(?:[\w'’-]+\s+){{1,6}}?(?:that\s+)?(?:you['’]d|you\s+would|you['’]ll
        |you\s+will)\s+(?:vouch|speak|put\s+in\s+a\s+(?:good\s+)?word|recommend|back)\b
    | \bI['’]?(?:ve|\s+have)\s+(?:already\s+|just\s+|gone\s+ahead\s+and\s+)?(?:put\s+you\s+down|listed\s+you|
        named\s+you|signed\s+you\s+up|volunteered\s+you|pencil(?:l)?ed\s+you\s+(?:in|down)|slotted\s+you\s+in|
        lined\s+you\s+up|given\s+(?:them|him|her|the\s+\w+)\s+your\s+
        (?:number|name|email|details|contact)|put\s+your\s+name\s+(?:down|forward))\b
    | \bI(?:['’]?ve|\s+have)?\s+(?:already\s+|just\s+)?(?:put|listed|named|given)\s+{_YOU}\s+(?:down\s+)?as\s+
        (?:a\s+|my\s+|one\s+of\s+my\s+)?(?:references?|referees?|recommenders?|guarantors?)\b
    | \bI(?:['’]ll|\s+will)\s+(?:come|drop|stop|pop|swing)\s+(?:by\s+|to\s+|into\s+|round\s+to\s+)?your\s+
        (?:office|cabin|desk|room|lab|place|studio)\b
    | \bI(?:['’]ll|\s+will)\s+(?:call|ring|phone|telephone)\s+(?:you|your\s+[\w-]+)\s+(?:on\s+)?
        (?:tomorrow|today|tonight|this\s+\w+|next\s+\w+|monday|tuesday|wednesday|thursday|friday|saturday
        |sunday)\b
    | \bsent\s+(?:you\s+)?(?:a|an)\s+[\w-]{{1,20}}\s+(?:calendar\s+)?invite\b
    | \bI(?:['’]ve|\s+have)\s+(?:already\s+|just\s+)?(?:gone\s+ahead\s+and\s+)?(?:booked|scheduled|set\s+up
        |arranged|organi[sz]ed)\s+(?:us\s+)?(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:call|meeting|chat|session)\s+
        (?:for|on)\s+(?:us\s+)?(?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b
    | \btold\s+(?:him|her|them|everyone|my\s+\w+|your\s+\w+|the\s+\w+|(?:dr|mr|mrs|ms|prof)\.?\s+[\w-]+)\s+
        (?:that\s+)?(?:we['’]d|we\s+would|we['’]ll|we\s+will)\s+(?:have|get|send|deliver|finish)\b
    | \b(?:already\s+)?told\s+(?:him|her|them|everyone|my\s+\w+|the\s+\w+)\s+(?:that\s+)?(?:(?:you['’]d
        |you\s+would|you['’]ll|you\s+will)(?:\s+\w+|\s*(?=[.!;]|$))|(?:you['’]re|you\s+are)\s+(?:\w+ing|on\s+board|in|free
        |available|happy|up\s+for\s+it)\b)
    | \bI(?:['’]ve|\s+have)\s+(?:copied|cc['’]?d|cced|looped\s+in)\s+(?:our|my|your)\s+(?:[\w-]+\s+){{0,2}}
        (?:director|manager|boss|ceo|head|lead|supervisor|vp)\b
    | \bI(?:['’]ve|\s+have)\s+(?:already\s+|just\s+)?put\s+{_YOU}\s+(?:down\s+)?(?:on|in|for)\s+(?:the|our|my
        |this|next\s+\w+['’]s)\s+(?:[\w-]+\s+)?(?:programme|program|agenda|schedule|roster|rota|panel|list
        |line-?up|bill|slot)\b
    | \btake\s+(?:it|that|your\s+silence|silence|no\s+reply|no\s+answer)\s+as\s+a\s+yes\b
    | \bI(?:['’]ve|\s+have)?\s+(?:already\s+)?(?:printed|put|listed|added|announced|included)\s+your\s+
        name\s+(?:in|on)\s+(?:the|our|my)\s+(?:[\w-]+\s+)?(?:programme|program|poster|flyer|agenda
        |line-?up|schedule|invitation|brochure)\b
    | \btold\s+(?:[\w'’-]+\s+){{1,3}}?(?:that\s+)?(?:we|I)(?:['’]ll|\s+will|['’]d|\s+would|['’]re\s+going\s+to
        |\s+are\s+going\s+to|\s+am\s+going\s+to)\s+(?:be\s+)?(?:stay(?:ing)?|sleep(?:ing)?|crash(?:ing)?)\s+
        (?:at|with|in)\s+(?:your|you)\b
    | \btold\s+(?:him|her|them|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)\s+to\s+expect\s+(?:your|an?\s+
        (?:call|email|message|intro|introduction)\s+from\s+{_YOU})\b
    | \b(?:written|wrote|emailed|messaged)\s+(?:to\s+)?(?:[\w.'’-]+\s+){{1,3}}?to\s+say\s+(?:that\s+)?
        {_YOU}(?:['’]ll|\s+will)\s+(?:introduce|connect|call|send|help|meet|host)\b
    | \bunless\s+I\s+hear\s+(?:otherwise|differently|(?:a\s+)?no|(?:back\s+)?from\s+{_YOU}\s+(?:otherwise|
        by|before))\b
    | \bif\s+I\s+(?:don['’]?t|do\s+not)\s+hear\s+(?:back
        |from\s+{_YOU})[^.!?\n]{{0,30}}?,?\s+I['’]?(?:ll|\s+will)\s+
        (?:assume|take\s+it|go\s+ahead|book|put|sign|call|ring|phone|chase
        |give\s+(?:you|your\s+[\w-]+)\s+a\s+(?:call|ring))\b
    | \b(?:won['’]?t|will\s+not|shan['’]?t|shall\s+not|not\s+going\s+to)\s+take\s+no\s+for\s+an\s+answer\b
    | \b(?:told|informed|assured)\s+(?:[\w'’-]+\s+){{1,4}}?(?:that\s+)?(?:you['’]ve|you\s+have|you\s+had)\s+
        (?:already\s+)?(?:agreed|said\s+yes|accepted|confirmed|signed\s+up)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""Taking the answer for granted: the reader has no room to say no."""

ASSUMED_YES_RE = phrases(
    rf"""\bI(?:['’]ll|\s+will|\s+am\s+going\s+to|['’]m\s+going\s+to)\s+(?:just\s+)?(?:send|forward|email
        |drop|pass|share|bring|upload|put)\s+(?:it|them|this|that|{_YOU}\s+(?:it|my|the)|my|the|over
        |across)\b[^.!?\n]{{0,60}}?\b(?:now|tonight|today|tomorrow|this\s+(?:evening|afternoon|morning
        |weekend)|shortly|right\s+away|in\s+a\s+(?:bit|sec|minute)|later|first\s+thing
        |on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:this|next)\s+week)\b
    | \bsending\s+(?:it|them|{_YOU}\s+(?:it|my|the)|my\s+\w+|the\s+\w+|now)(?:\s+(?:over|across|now))?\b
    | \b(?:sent|send)\s+(?:{_YOU}\s+)?(?:my|the)\s+(?:cv|resume|résumé|portfolio|deck|draft)\s+
        (?:to\s+your|on|by|via|over)\b
    | \b(?:I(?:['’]ve|\s+have)?\s+)?(?:attached|attach|enclosed|am\s+attaching|['’]m\s+attaching
        |am\s+sharing|['’]m\s+sharing)\s+(?:it|them|here|(?:my|the|a)(?:\s+[\w-]+)?)\b
    | \b(?:cv|resume|résumé|portfolio|deck|draft|notebook|statement)\s+(?:is\s+)?(?:attached
        |in\s+your\s+(?:email|inbox|mail|dms?|whatsapp|messages)|on\s+(?:your\s+)?(?:mail|email|whatsapp))
    | \bso\s+(?:that\s+)?{_YOU}\s+can\s+(?:forward|pass|send|share|give)\s+(?:it|them|my\s+\w+)\b
    | \b(?:it\s+is|it['’]s)\s+attached\b
    | \bwon['’]?t\s+let\s+{_YOU}\s+down\b | \bcount\s+on\s+{_YOU}\b
    | \b(?:I\s+know|I\s+trust|I['’]m\s+sure|I\s+am\s+sure|I['’]m\s+confident|I\s+am\s+confident)\s+
        (?:that\s+)?(?:{_YOU}|he|she|they)(?:['’]ll|\s+will|\s+won['’]?t)\b
    | \blet\s+me\s+know\s+(?:once|when)\s+(?:it['’]?s\s+|it\s+is\s+|{_YOU}['’]?ve\s+|{_YOU}\s+have\s+)?
        (?:done|sent|submitted)\b
    | \bwhen\s+can\s+we\s+start\b | \bI\s+shall\s+need\b
    | \bI(?:['’]ll|\s+will)\s+need\s+(?:your|it|them|the)\b
    | \bI(?:['’]ll|\s+will)\s+(?:call|ring|phone|telephone|text|follow\s+up|check\s+in|chase|come
        |stop\s+by|visit)
        \b[^.!?\n]{{0,40}}?\b(?:on\s+\w+day|tomorrow|tonight|next\s+week|this\s+week|at\s+\d
        |to\s+(?:go\s+through|discuss|check|arrange|sort))
    | \b(?:my|our)\s+(?:pa|assistant|secretary|office)(?:,?\s+[\w.'’-]+(?:\s+[\w.'’-]+)?,)?
        (?:\s+[\w'’-]+)?\s+will\s+(?:be\s+in\s+touch|get\s+in\s+touch|contact|call|ring|reach\s+out
        |set\s+up|arrange|schedule|book|send\s+(?:you\s+)?(?:some\s+)?(?:times|slots|dates|an?\s+
        (?:calendar\s+|holding\s+|meeting\s+)?invit))
    | \bI(?:['’]ll|\s+will)\s+take\s+the\s+liberty\s+of\s+(?:telephoning|calling|ringing|visiting
        |sending|booking)\b
    | \b(?:please\s+)?don['’]?t\s+say\s+no\b
    | (?<!before\s)(?<!if\s)(?<!can\s)(?<!could\s)(?<!may\s)(?<!shall\s)(?<!should\s)(?<!when\s)
        (?<!once\s)(?<!until\s)\bI(?:['’]?ve|\s+have)?\s+(?:already\s+|just\s+)?(?:put|listed|named|given|entered|added
        |written)\s+(?:down\s+)?your\s+(?:full\s+)?name(?:\s+and\s+(?:your\s+)?(?:e-?mail|number|phone|details|contact))?
        (?:\s+down)?(?:\s*(?=[.!;,]|$)|\s+(?:as|on|in|for)\s+(?:a\s+|my\s+|one\s+of\s+my\s+|the\s+|our\s+)?
        (?:references?|referees?|recommenders?|guarantors?|application|form|nomination))
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""Writing as if the answer were already yes: the material is on its way ("I'll send it
tonight", "CV attached"), their answer is foretold ("I know you won't let me down"), or the
next step is set ("I will call on Saturday to go through your comments", "my PA will be in
touch to fix a time"), or no is ruled out ("don't say no"), or their name is already on the
form ("so I put your name", "I have put your name as my referee"). With a favour, it
leaves no comfortable way to say no. Kept apart from PRESUME_RE, which is pressure in itself:
these words are fine where the reader has already agreed. Not "thanks in advance": alone, it
matched only messages whose coaches did not name a missing way out (sets 26-55)."""

PICK_A_TIME_RE = phrases(
    r"""\b(?:let\s+me\s+know|tell\s+me|send\s+me|give\s+me)\s+(?:which|what|a|the)\s+
        (?:(?:day|date|time|slot)\s+(?:and|or)\s+)?(?:day|date|time|slot)s?\s+(?:that\s+)?
        (?:works|suits|is\s+(?:good|best|convenient|easiest)|would\s+(?:work|suit))
        (?:\s+(?:for\s+)?you\b)?
    | \b(?:let\s+me\s+know|tell\s+me)\s+(?:which|what)\s+(?:day|date|time|week)s?\s+I\s+(?:can|could
        |should|may)\s+(?:come|start|resume|visit|begin|report|arrive)\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""Asking them to choose when ("let me know which day suits you", "send me a time that
works"): the meeting is taken as agreed, and only its date is left to them. Written to
someone outside the sender's day-to-day life, coaches named the missing way out in 57 of 75
such messages, and in 38 of the 41 with a big ask (sets 11-757); under pressure, a vague ask or
a favour asked as a transaction, they named those problems instead. Asking which day *you* may
come ("let me know which date I can resume", blind set 1330) takes the visit as agreed in the
same way: all 5 such coach messages to people outside day-to-day life name the missing way
out (a sixth, to a coworker, is outside the rule and was not named)."""

DEADLINE_WORDS = (
    r"(?:tonight|today|this\s+(?:evening|afternoon|morning)|(?:by|before)\s+(?:tomorrow|tmrw|"
    r"tmr|the\s+morning|eod|cob|end\s+of\s+(?:the\s+)?day|lunch|noon|\d{1,2}(?::\d\d)?\s*(?:am|pm)?)|"
    r"first\s+thing\s+tomorrow|right\s+now|now|asap|within\s+(?:the\s+|an?\s+|\d+\s+)?hours?|"
    r"(?:by|before)\s+(?:this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?!\s+week\b)|"  # "before Friday week" is a week later: time, not pressure
    r"(?:by|before)\s+(?:midnight|then)|"
    r"(?:by|before)\s+the\s+\d{1,2}(?:st|nd|rd|th)\b|"
    r"in\s+the\s+next\s+(?:hour|\d+\s+(?:hours|minutes|mins)))"
)
FAVOUR_DEADLINE_RE = phrases(
    rf"""(?<![-\w])(?:read(?:ing)?|review(?:ing)?|look(?:ing)?\s+(?:at|over|through)|check(?:ing)?|
        send(?:ing)?|sign(?:ing)?|fill(?:ing)?\s+(?:in|out)|finish(?:ing)?|edit(?:ing)?|
        proofread(?:ing)?|forward(?:ing)?|submit(?:ting)?|approv(?:e|ing)|writ(?:e|ing)|
        go(?:ing)?\s+(?:through|over)|
        get(?:ting)?\s+(?:back|it|this|that|them|me)|giv(?:e|ing)\s+(?:me|it|my)|book(?:ing)?|redo(?:ing)?|
        redesign(?:ing)?|fix(?:ing)?|
        find(?:ing)?|reply(?:ing)?|respond(?:ing)?|answer(?:ing)?|
        do(?:ing)?\s+(?:it|this|that)|(?:ring|call|phone)\s+me)\b
        [^.?!\n]{{0,50}}?\b(?P<when>{DEADLINE_WORDS})\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""A favour with the reader's deadline attached: "read my CV tonight", "send it today".
The `when` group is the deadline itself."""

OWN_ACTION_RE = pattern_cache.compile(
    r"^\s*(?:and\s+|so\s+|but\s+|then\s+)?(?:I|we)(?:['’](?:ll|m|d|ve)|\s+(?:will|can|could|am|"
    r"would|shall|should|need|have|want|plan|hope|aim|might|may|was|were|just|already|still|"
    r"usually|might))?\b"
    r"|^\s*(?:so\s+)?(?:can|could|may|shall)\s+(?:I|we)\s+(?!(?:get|have|see|receive|expect|hear)\b)",
    re.IGNORECASE,
)
"""A clause whose subject is the sender: "I'll send it tonight" is their own plan, and so is
"can I send you mine tonight?" (not "can I have it tonight?", which asks for theirs)."""

OWN_AVAILABILITY_RE = phrases(
    r"""\bI(?:['’]m|\s+am)\s+(?:usually\s+|mostly\s+|generally\s+|also\s+|totally\s+)?
        (?:free|available|around|off|flexible|online|in\s+the\s+office|at\s+my\s+desk)\b
    | \b(?:works?|suits?)\s+(?:for\s+)?me\b | \bmy\s+(?:calendar|schedule|diary)\b
    | \bI\s+(?:can|could)\s+(?:do|make|meet|talk|chat|call|come|join)\b
    | \bwhatever\s+(?:suits|works\s+for)\s+you\b | \bwhenever\s+(?:suits|works)\b
    | \b(?:happy|glad)\s+to\s+(?:work\s+around|fit\s+around|meet\s+whenever)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""The sender offering their own times: never pressure on the reader."""

COMMAND_VERBS = (
    "send", "give", "get", "tell", "call", "text", "email", "forward", "review", "fix", "book",
    "find", "share", "reply", "respond", "answer", "introduce", "connect", "refer", "schedule",
    "sign", "approve", "write", "put", "pass", "set", "make", "do", "submit", "revert",
    "grab", "ping", "dm", "add", "return", "explain", "update", "finish", "arrange", "confirm",
    "correct", "upload", "redo", "resend", "complete", "fill", "walk", "show", "sort", "wait",
    r"leave(?!\s+(?:it|this|that|them)\s+(?:with|to)\s+(?:me|us))", r"come(?=\s+and\b)",
)
SOFTENERS_RE = phrases(
    r"""\bplease\b | \bpls\b | \bplz\b | \bthanks?\b | \bthank\s+you\b | \bif\s+you\b
    | \bwhen\s+you\s+(?!see\b|get\s+this\b|read\s+this\b)
    | \bwhenever\b | \bno\s+(?:rush|worries|pressure|stress)\b | \bif\s+(?:possible|convenient)\b
    | \bwould\s+you\b | \bcould\s+you\b | \bmind\b | \bcheers\b | \bty\b | \bthx\b
    | \bwhen\s+(?:convenient|free|possible)\b | \bat\s+your\s+convenience\b
    | \bif\s+(?:that|it|this)(?:['’]s|\s+is)\s+(?:easier|simpler|better|too\s+much|a\s+lot)\b
    | \bhonestly\b | \band\s+it['’]?s\s+yours\b""",
    re.IGNORECASE | re.VERBOSE,
)
_SENTENCE_BREAK = r"[.!?\n\u2600-\u27bf\U0001F300-\U0001FAFF]"
_SENTENCE_BREAK_RE = pattern_cache.compile(_SENTENCE_BREAK)
_COMMAND_START_RE = pattern_cache.compile(
    rf"(?:^|(?<={_SENTENCE_BREAK}))[ \t]*"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,[ \t]+)?"
    r"(?:(?i:ok(?:ay)?|so|now|just|and|also|pls|then)[,\s]+)?"
    rf"(?P<verb>(?i:{'|'.join(COMMAND_VERBS)}))\s+(?P<object>(?i:me|us|it|this|that|them|em|['’]em|"
    r"the|your|my|some|a|an|over|back|through|at|in|on|out|to|for|and)\b)",
)
NEED_FROM_YOU_RE = phrases(
    r"""(?:^|(?<=[.!?\n]\s)|(?<=[.!?\n]))(?:I\s+)?need\s+(?:\d+|a\s+few|some|thirty|fifteen|twenty|
        ten|five|an?)\s*(?:min(?:ute)?s?|hours?|words?|secs?|seconds)\s+(?:with|of|from)\s+(?:you|
        your\s+time)\b
    | \bI\s+need\s+(?:your|you\s+to|an?\s+(?:answer|reply|decision|intro|referral))\b
    | \bI\s+require\s+(?:your|you\s+to|an?\s+|advice|help|assistance|information|guidance)
    | \bI\s+need\s+to\s+know\s+(?:how|what|which|when|where|why|if|whether)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""Stating what you need from them as a fact, not asking."""


PLEASE_ORDER_VERBS = (
    "send", "get", "tell", "call", "text", "email", "forward", "review", "fix", "book", "share",
    "reply", "respond", "answer", "introduce", "connect", "refer", "schedule", "sign", "approve",
    "write", "put", "pass", "submit", "arrange", "confirm", "upload", "come", "prioritise",
    "prioritize", "update", "finish", "recommend", "provide", "grant",
)
"""Verbs that make "Please ..." an instruction. Not "let me know", "find attached", "give my
regards", "advise" or "revert", which are courtesies (and, in Indian and Nigerian English,
the polite way to ask for a reply)."""
PLEASE_ORDER_RE = pattern_cache.compile(
    r"(?:^|(?<=[.!?\n]))[ \t]*(?:(?i:and|so|kindly)\s+)?"
    rf"(?P<verb>(?i:please)\s+(?:(?i:kindly)\s+)?(?i:{'|'.join(PLEASE_ORDER_VERBS)}))\b",
)
_LINK_RE = pattern_cache.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
ASSISTANT_BOOKS_RE = pattern_cache.compile(
    r"""\b(?i:my)\s+(?:EA|PA|(?i:(?:executive\s+)?assistant|secretary|scheduler|chief\s+of\s+staff))
        (?:\s*,\s*[A-Z][\w'’-]*\s*,)?\s+(?i:will|is\s+going\s+to|shall)\s+(?i:send|reach\s+out|
        contact|be\s+in\s+touch|set\s+(?:it\s+|this\s+)?up|book|arrange|coordinate|find\s+a\s+time)\b
    | \b(?i:have\s+your)\s+(?:EA|PA|(?i:assistant|secretary|producer|team|office|people|scheduler))\s+
        (?i:contact|call|email|reach\s+out\s+to|get\s+in\s+touch\s+with|send)\b""",
    re.VERBOSE,
)
"""A meeting handed to an assistant before the reader has said yes: "My EA, Chris, will send
some times." Case matters for "EA" and "PA"."""
_IF_YES_RE = phrases(
    r"""\bif\s+(?:so|yes|you['’]?re\s+(?:open|up\s+for\s+it|willing|interested)|that\s+(?:works|suits)
        |you\s+(?:agree|can|are\s+open|would\s+like|'d\s+like|like|prefer)|you['’]d\s+like)\b""",
    re.IGNORECASE | re.VERBOSE,
)


BARE_DEADLINE_WORDS = (
    r"(?i:(?:by\s+)?(?:today|tonight|now|right\s+now|asap|eod|end\s+of\s+(?:the\s+)?day"
    r"|this\s+(?:morning|afternoon)|tomorrow(?:\s+morning)?|pronto))"
)
"""The deadlines that can stand as a sentence of their own ("EOD."); not `DEADLINE_WORDS`
above, which finds a deadline inside a request ("send it by Friday")."""
BARE_DEADLINE_RE = pattern_cache.compile(
    rf"(?:^|(?<=[.!\n]))[ \t]*(?P<when>{BARE_DEADLINE_WORDS})[ \t]*[.!]+(?=\s|$)"
)
"""A deadline standing as a sentence of its own: "Vendor list. Today." """
CLIPPED_WORDS = 30
"""A message this short, with no softener and no question, that gives its deadline as a
sentence of its own ("Raj. Q3 remake numbers. EOD.") is an order, however few its verbs: in
the coach sets 11-1421 coaches named the tone blunt on all 60 such messages. 9 of them had no
finding of it; 8, to coworkers, have one now (between friends an order counts only when it
asks a favour)."""


def _clipped_deadlines(text: str) -> list[tuple[int, int]]:
    if "?" in text or SOFTENERS_RE.search(text) or len(t.words(text)) > CLIPPED_WORDS:
        return []
    return [m.span("when") for m in at_sentence_starts(BARE_DEADLINE_RE, text)]


@lru_cache(maxsize=16)
def commands(text: str) -> tuple[tuple[int, int], ...]:
    """Sentences that open with a bare order to the reader ("Send me some times.") and carry
    no softener: the reader is told, not asked. Questions are never commands. Two more kinds
    of order: a message that asks nothing and gives its request as "Please forward my CV to
    the hiring manager." ("please" does not make an instruction a question), and a meeting
    handed to the sender's assistant before the reader has agreed to it; and, in a clipped
    message, a deadline standing as a sentence of its own ("Vendor list. Today."). Found once
    per text: the tone score and the blunt-tone rule both ask."""
    found = []
    if "?" not in _LINK_RE.sub("", text):
        for m in PLEASE_ORDER_RE.finditer(text):
            end = sentence_end(text, m.end("verb"))
            if not SOFTENERS_RE.search(text[m.end("verb") : end]):
                found.append(m.span("verb"))
    for m in ASSISTANT_BOOKS_RE.finditer(text):
        if not _IF_YES_RE.search(text[sentence_start(text, m.start()) : m.start()]):
            found.append(m.span())
    for m in at_sentence_starts(_COMMAND_START_RE, text):
        end = sentence_end(text, m.start("verb"))
        sentence = text[m.start("verb") : end]
        if "?" in text[m.start("verb") : end + 1] or SOFTENERS_RE.search(sentence):
            continue
        if t.LIST_MARKER_RE.fullmatch(text[text.rfind("\n", 0, m.start("verb")) + 1 : m.start("verb")]):
            continue  # "2. Wait for the new primers": an option laid out, not an order
        found.append((m.start("verb"), m.end("object")))
    for m in NEED_FROM_YOU_RE.finditer(text):
        end = sentence_end(text, m.start())
        if not SOFTENERS_RE.search(text[m.start() : end]):
            found.append(m.span())
    if not found:  # beside an order, the deadline is part of it
        found += _clipped_deadlines(text)
    return tuple(sorted(found))


_IF_BEFORE_RE = pattern_cache.compile(r"\bif\s+$", re.IGNORECASE)
_SILENCE_ALLOWED_BEFORE_RE = pattern_cache.compile(
    r"\b(?:no\s+(?:worries|problem|stress|pressure|hard\s+feelings)|understand|(?:fine|ok|okay|fair)"
    r"|even)\s+if\s+$", re.IGNORECASE)
_SILENCE_ALLOWED_AFTER_RE = pattern_cache.compile(
    r"[^.?!\n]{0,40}?,?\s+(?:that|it)(?:['’]s|\s+is|\s+would\s+be|\s+will\s+be)\s+(?:completely\s+"
    r"|totally\s+|perfectly\s+|absolutely\s+)?(?:fine|fair|ok|okay|understandable|no\s+problem)\b",
    re.IGNORECASE)


@lru_cache(maxsize=16)
def guilt(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of `GUILT_RE` that reproach the reader, less those naming their silence only to
    say it is fine: "No worries if you don't reply", "even if you don't reply, thank you", "If
    you never answer strangers, that is completely fair". There the guilt phrase ("you don't
    reply") is the easy out. Not "if you don't answer by tomorrow, I will understand you don't
    want to help", where a verdict follows. (In sets 11-1229, 3 messages changed, none named
    pressure by a coach; blind sets 709, 1148, 1226.) Found once per text: the pressure rule
    and the tone score both ask, so the tone never calls an easy out a guilt trip."""
    found = []
    for m in matches(GUILT_RE, text):
        before = text[sentence_start(text, m.start()) : m.start()]
        if _IF_BEFORE_RE.search(before) and (
                _SILENCE_ALLOWED_BEFORE_RE.search(before)
                or _SILENCE_ALLOWED_AFTER_RE.match(text, m.end())):
            continue
        found.append(m.span())
    return tuple(found)


def at_sentence_starts(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that starts with `(?:^|(?<=...))` over the
    sentence breaks, and never matches the empty string: tried only where it can start,
    rather than at every character (a test holds it to `finditer` on every fixture text)."""
    taken = 0
    for start in chain((0,), (m.end() for m in _SENTENCE_BREAK_RE.finditer(text))):
        if start < taken:
            continue
        found = pattern.match(text, start)
        if found:
            yield found
            taken = found.end()


def sentence_start(text: str, offset: int) -> int:
    """Where the sentence around `offset` starts: just after the last ".", "!", "?" or line
    break before it (a plain scan, cheaper than splitting the text into sentences)."""
    return max(text.rfind(ch, 0, offset) for ch in ".!?\n") + 1


def sentence_end(text: str, start: int) -> int:
    """Where the sentence that `start` is in ends: the next ".", "!", "?" or line break."""
    stops = [i for i in (text.find(ch, start) for ch in ".!?\n") if i != -1]
    return min(stops) if stops else len(text)


def is_own_action(text: str, start: int) -> bool:
    """Is the clause around `start` about what the sender will do ("I'll send it today")?"""
    clause_start = max(text.rfind(ch, 0, start) for ch in ".!?\n,;") + 1
    clause = text[clause_start:start]
    if YOUR_ACTION_RE.search(text, clause_start, start + 20):
        return False  # "I would be grateful if you could reply before the 25th": theirs
    return bool(OWN_ACTION_RE.match(clause))


YOUR_ACTION_RE = pattern_cache.compile(
    r"\b(?:if|when|whether)\s+(?:you|u)\s+(?:could|can|would|will|might|are\s+able\s+to)\b"
    r"|\b(?:grateful\s+for|appreciate)\s+(?:a|an|your|any)\s+(?:reply|answer|response|comments?|thoughts"
    r"|feedback|note)\b", re.IGNORECASE)
"""The sender's words hand the action to the reader: "I'd be grateful if you could ...", "I'd
be grateful for a reply before then"."""
