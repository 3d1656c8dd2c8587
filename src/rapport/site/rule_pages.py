"""The rule reference: an index and one page per checker rule, from the registry."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

from rapport.models import SEVERITY_ORDER, RuleExample, RuleInfo
from rapport.site.common import (
    CHANNEL_LABELS,
    RELATIONSHIP_LABELS,
    RULES_INDEX,
    SEVERITY_LABELS,
    lesson_link,
    marked_html,
    md_escape,
    md_paragraphs,
)
from rapport.site.data import Lesson

# --- Rule pages ----------------------------------------------------------------------------




def _sorted_rules(rules: Iterable[RuleInfo]) -> list[RuleInfo]:
    return sorted(rules, key=lambda r: (r.lesson, SEVERITY_ORDER[r.severity], r.id))


def rules_index_page(rules: Sequence[RuleInfo], lessons: Mapping[str, Lesson]) -> str:
    lines = [
        "# Rule reference",
        "",
        "These are the flags the message checker raises, in the practice app and in "
        "`rapport check`. Each page says what the flag means, why it matters, how to fix it, "
        "and shows messages that raise it and messages that pass.",
        "",
        "- **Error** and **Warning** flags keep a message from being marked ready: fix them, "
        "or be sure you know why they do not apply.",
        "- **Info** flags are worth a look, but a message can be ready with them.",
        "",
        f"There are {len(rules)} rules, listed by the lesson that teaches them.",
        "",
        "| Rule | ID | Severity | Lesson |",
        "|---|---|---|---|",
    ]
    for rule in _sorted_rules(rules):
        lines.append(
            f"| [{md_escape(rule.title)}]({rule.id}.md) | `{rule.id}` | "
            f"{SEVERITY_LABELS[rule.severity]} | "
            f"{lesson_link(lessons, rule.lesson, RULES_INDEX)} |"
        )
    lines += ["", *how_flags_are_decided(rules)]
    return "\n".join(lines) + "\n"


def how_flags_are_decided(rules: Sequence[RuleInfo]) -> list[str]:
    """What the coach model does, in a learner's words, naming the rules it weighs in on."""
    from rapport.checks import coach_model
    from rapport.checks.registry import BY_ID

    model = coach_model.load()
    titles = {r.id: r for r in rules}

    def listed(ids: Iterable[str]) -> str:
        return ", ".join(f"[{md_escape(titles[i].title)}]({i}.md)" for i in ids if i in titles)

    return [
        "## How a flag is decided",
        "",
        "Each rule looks for its own cues in your words: phrases, names, counts, who you are "
        "writing to. But people word the same move in endless ways, so for the rules about "
        "what a message *does* there is a second opinion: a small model trained on a few "
        "thousand messages that coaches read and labelled.",
        "",
        "- If the cues found nothing, but coaches usually named the problem in messages "
        "worded like yours, the flag is raised on the sentence that weighed most, and it says "
        "which of your words did. It can raise: "
        f"{listed(r for r in model.rules if r in model.adds)}.",
        "- If a cue fired, but coaches rarely named that problem in messages worded like "
        "yours, the flag is dropped. It can also drop: "
        f"{listed(r for r in model.rules if r not in model.adds)}. A favour framed as a debt "
        "(\"after everything I did for you\") and guilt about not replying are never dropped: "
        "the course names them outright. Nor is a referral asked of a stranger or loose "
        "contact, the course's own example of an ask too big for the relationship.",
        *([("- If several of these problems are left and one is much likelier than the "
            "others, you see the main one first, as a coach would name it: fix it, check "
            "again, and whatever still stands will show. Flags about names, leftover "
            "template text, subject lines and length are never held back this way.")]
          if model.focus_margin is not None else []),
        "- A favour written as if the answer were already yes (\"I'll send my CV tonight\", "
        "\"CV attached\") gets [No easy way to say no](no-easy-out.md) beside the "
        "problem with the ask, in any relationship, when that is the one thing to fix, as "
        "coaches often do. So does a big ask of a stranger or loose contact with nothing that "
        "says no is fine, when the big ask is the one thing to fix. Beside two or more "
        "problems, or a problem of another kind, it is left out, and beside the one it goes "
        "with it is shown only where coaches named it on messages worded like yours at least "
        "half the time.",
        "- To a coworker or a friend, a message that is too long is named for its length, not "
        "for being about you: cut it, and most of the \"me\" goes with it.",
        "- Tidy-up advice waits while something must be fixed first: "
        f"{listed(r.id for r in _sorted_rules(rules) if BY_ID[r.id].waits)}. It shows once "
        "no error or warning is left, or beside only a problem of the same kind: a missing "
        "name at the end shows beside a subject line that says nothing, both the message's "
        "frame.",
        f"- It only judges a message with at least {coach_model.MIN_KNOWN_WORDS} words it has "
        "seen before, so very short texts and messages in other languages are left to the "
        "cues.",
        "",
        "Like a coach, it can be wrong. If a flag seems not to apply, read its lesson and "
        "decide for yourself.",
    ]


def example_caption(example: RuleExample) -> str:
    caption = f"{CHANNEL_LABELS[example.channel]} to {RELATIONSHIP_LABELS[example.relationship]}"
    recipient = example.recipient
    if recipient is not None:
        who = recipient.name
        if recipient.role or recipient.company:
            who += ", " + " at ".join(x for x in (recipient.role, recipient.company) if x)
        caption += f"; recipient: {who}"
        if recipient.work:
            caption += f"; their work: {', '.join(recipient.work)}"
        if recipient.topics:
            caption += f"; their topics: {', '.join(recipient.topics)}"
    return caption


def example_html(example: RuleExample, number: int, kind: Literal["bad", "good"]) -> str:
    css = "failure" if kind == "bad" else "success"
    title = html.escape(f"Example {number}: {example_caption(example)}")
    text = marked_html(example.text)
    if example.subject is not None:
        subject = marked_html(example.subject) if example.subject else "<em>(empty)</em>"
        text = f'<span class="rapport-subject">Subject: {subject}</span>\n\n{text}'
    lines = [
        f'<div class="admonition {css} rapport-example">',
        f'<p class="admonition-title">{title}</p>',
        f'<pre class="rapport-message">{text}</pre>',
    ]
    if example.note:
        lines.append(f'<p class="rapport-note">{html.escape(example.note)}</p>')
    lines.append("</div>")
    return "\n".join(lines)


def rule_page(rule: RuleInfo, lessons: Mapping[str, Lesson]) -> str:
    page = f"rules/{rule.id}.md"
    lines = [
        f"# {md_escape(rule.title)}",
        "",
        f"**Rule ID:** `{rule.id}` · **Severity:** {SEVERITY_LABELS[rule.severity]} · "
        f"**Taught in:** {lesson_link(lessons, rule.lesson, page)}",
        "",
        '!!! quote "What the checker says"',
        f"    {md_escape(rule.message)}",
        "",
        "## Why it matters",
        "",
        md_paragraphs(rule.why),
        "",
        "## How to fix it",
        "",
        md_paragraphs(rule.suggestion),
        "",
    ]
    if rule.source:
        lines += ["## Source", "", md_paragraphs(rule.source), ""]
    lines += [
        "## Messages that raise it",
        "",
        "The highlighted words are what the checker points at.",
        "",
    ]
    for number, example in enumerate(rule.bad, 1):
        lines += [example_html(example, number, "bad"), ""]
    lines += ["## Messages that pass", ""]
    for number, example in enumerate(rule.good, 1):
        lines += [example_html(example, number, "good"), ""]
    lines += [
        "## Learn more",
        "",
        f"This rule is taught in {lesson_link(lessons, rule.lesson, page)}. "
        "See all the rules in the [rule reference](index.md).",
        "",
    ]
    return "\n".join(lines)

