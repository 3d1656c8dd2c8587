"""Train the coach model and write src/rapport/data/coach_model.json (see rapport.checks.coach_model).

Data, all of it ours:
- every coach set, ``tests/fixtures/coach*_messages.yaml``: each message is a positive for
  the rules its coach named and a negative for the others;
- the ten older sets written from the rule table (``tests/fixtures/messages.yaml`` and
  ``heldout*_messages.yaml``), for the rules each was labelled for;
- the course's lesson examples: a weaker version is a positive for the flaws its verdict
  names and a negative for any other error or warning; a better version is a negative for every rule;
- the exercises, filled in for a few scenario codes: the original is a positive for its
  flaws, the model rewrite a negative for every rule;
- every rule's own examples: a bad one is a positive for that rule, and a negative for the
  rules that would hide it (`supersedes`); a good one is a negative for that rule.

Model: per rule, logistic regression (L2, C=3, classes balanced) over TF-IDF of words and
word pairs (`coach_model.terms`, terms seen in at least five texts, sublinear term
frequency), which the checker recomputes in plain Python. The file keeps a few messages
with the probabilities scikit-learn gave them; a test checks the checker gives the same.

``--loso``: leave one coach set out at a time, train on the rest, and score the held-out set
with the rules alone and with the rules plus that model. This is how the thresholds were
chosen. The rules themselves were tuned on every set, so the rules-alone figures are higher
than a true first run; the first runs are in each set's header.

Usage: .venv/bin/python benchmarks/train_coach_model.py [--out PATH] [--loso] [--first-held-out SET]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from rapport import agreement, exercises, lesson_examples
from rapport.checks import coach_model
from rapport.checks.registry import BY_ID, RULES
from rapport.checks.rule import strip_marks
from rapport.models import MUST_FIX

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
OUT = REPO / "src" / "rapport" / "data" / "coach_model.json"

MODELLED = ("naked-greeting", "vague-ask", "big-ask", "no-context", "no-specific-interest",
            "transactional", "fake-familiarity", "pressure", "excess-flattery", "self-focus",
            "no-ask", "no-easy-out", "blunt-tone")
"""Rules about what a message does, which people word in endless ways. Rules about form
(names, placeholders, length, subject lines, counts) are left to the rules: a bag of words
cannot see a misspelt name or count words better than code."""

VETO_ONLY = ("no-context", "fake-familiarity")
"""Rules whose cues are plain to see (an introduction, a claimed closeness): the model may
drop their findings but never adds one, because "you never say who you are" beside the
sender's own introduction teaches the wrong lesson. In leave-one-set-out runs its additions
for these two were 8 right of 10 in all."""
C = 3.0
MIN_DF = 5
ADD_THRESHOLD = 0.70
"""How sure the model must be to add a finding the rules did not make. 0.65 while it learnt
from 23,187 coach messages (sets 11-221); trained on three times as many (11-662), it is surer
of itself, and on sets 663-738, which it had not seen, 0.70 kept ready agreement (0.968 ->
0.967) and F1 (0.868) and raised tag precision (0.867 -> 0.871) and the sets meeting every
target (40 -> 44 of 76); 0.60 and 0.75 did no better (38 and 44 sets, F1 0.867 both)."""
KEEP_THRESHOLD = 0.25
FOCUS_MARGIN = 0.2
FOCUS_BELOW = 0.8
"""Beside a problem the model is surer of, a finding under 0.8 and more than 0.2 below it is
held back (`coach_model.main_problems`). First chosen on sets 11-25, each left out in turn, as
0.25 and 0.5 (tag precision 0.844 -> 0.864, F1 unchanged). Chosen again on sets 26-59, each
left out in turn, from margins 0.05-0.3 and floors 0.4-1.0: precision 0.836 -> 0.857, F1
0.809 -> 0.806, ready agreement unchanged (0.935), and the sets meeting ready agreement,
precision and F1 together 12 -> 18 of 34. Coaches name one or two problems; the checker
named more."""
EXERCISE_CODES = ("k7m-3q", "p2x-9d", "h4t-6w")
REFERENCE_COUNT = 12
COURSE_WEIGHT = 5.0
"""The lessons' and rules' own examples mark where the course draws each line, often with
a near miss on purpose; each counts as five coach-set messages, when the coach sets held
`BALANCED_AT` messages (`course_scale`)."""
BALANCED_AT = 23187
"""The coach messages the weights were chosen against (sets 11-221)."""


@dataclass
class Text:
    text: str
    labels: dict[str, bool] = field(default_factory=dict)
    """rule -> is this problem there; a rule not listed says nothing either way."""
    group: str = "course"
    weight: float = 1.0


def _doc(channel: str, relationship: str, subject: str | None, body: str) -> str:
    return coach_model.document(channel, relationship, subject, body)


FIRST_HELD_OUT = 739
"""The first coach set kept out of training, so the packaged model always has sets it has never
seen: every set from 739 on (a fixed range, 739-999, would have let set 1000 in), each scored
once on arrival with the model trained on 11-738. Sets 130-221 were held out the same way,
and scored once, with the model trained on 11-129 (their first runs are in their headers and
their bars in tests/test_coach_agreement.py). On 2026-12-02 the model was retrained on
11-221 because more sets measurably help sets the model has not seen: trained on 11-171
instead of 11-129, it scored sets 172-213 at ready agreement 0.952 (0.944), tag precision
0.869 (0.868), recall 0.842 (0.825), F1 0.855 (0.846); trained on 11-192, sets 193-213 at
0.949 (0.941), 0.865 (0.867), 0.850 (0.833), 0.857 (0.850); trained on 11-213, the fifth
round 214-221 at 0.956 (0.950), 0.875 (0.881), 0.825 (0.807), 0.849 (0.842). Each gained
ready agreement and recall for a point or less of precision.

Sets 222-738 were held out the same way, each scored once with the model trained on 11-221.
On 2026-12-05 the model was retrained on 11-738 (79,947 coach messages instead of 23,187),
for the same reason, measured the same way: trained on 11-662, it scored sets 663-738, which
it had not seen, at ready agreement 0.968 (0.958 with the packaged model), tag precision 0.867
(0.866), recall 0.868 (0.844), F1 0.868 (0.854), and 40 of the 76 sets met every target
(33); with ADD_THRESHOLD at 0.70, 44. Weighing the course's texts up to match
(`course_scale`) left those figures where they were (0.966, 0.872, 0.864, 0.868; 44 sets) and
kept the course's and the rule-table sets' own examples passing, which unscaled they did not
("Send me the link when you can, thanks!" read as blunt).

Tried on 2026-12-06 and not kept: retraining on 11-989 (107,557 coach messages). Measured
the same way (`--first-held-out`): trained on 11-900, it scored sets 901-1037 at ready 0.962
(0.960 with the packaged model), precision 0.876 (0.878), recall 0.865 (0.859), F1 0.871
(0.868), and 80 of the 137 sets met every target (75); trained on 11-989, sets 990-1045 at
0.961 (0.961), 0.868 (0.872), 0.868 (0.861), 0.868 (0.866), 33 of 56 sets (32), or with
ADD_THRESHOLD at 0.75, 0.960, 0.872, 0.865, 0.869 and 34. A gain of a quarter of a point of
F1, within what one round of sets moves by. The model with 0.75 also read a rule's own
good example (a deadline explained, with a real way to say no) as pressure, and put 32 sets
under the bars they keep, 16 of them among the 56 sets it had not seen."""


def coach_texts(first_held_out: int = FIRST_HELD_OUT) -> list[Text]:
    texts = []
    for path in sorted(FIXTURES.glob("coach*_messages.yaml")):
        group = re.search(r"coach(\d+)", path.name).group(1)
        if int(group) >= first_held_out:
            continue
        for item in agreement.load_set(path):
            named = set(item["expect"])
            texts.append(Text(_doc(item["channel"], item["relationship"], item.get("subject"),
                                   item["body"]),
                              {rule: rule in named for rule in MODELLED}, group))
    return texts


RULE_TABLE_SETS = ("messages.yaml", *(f"heldout{n}_messages.yaml" for n in ("", *range(2, 11))))
RULE_TABLE_UNLABELLED = {"blunt-tone", "no-easy-out", "no-signoff"}
"""What the heldout rule-table sets were not labelled for (see tests/test_fixture_set.py)."""


def rule_table_texts() -> list[Text]:
    texts = []
    for name in RULE_TABLE_SETS:
        unlabelled = RULE_TABLE_UNLABELLED if name.startswith("heldout") else set()
        for item in agreement.load_set(FIXTURES / name):
            named = set(item["expect"])
            texts.append(Text(_doc(item["channel"], item["relationship"], item.get("subject"),
                                   item["body"]),
                              {r: r in named for r in MODELLED if r not in unlabelled},
                              "rule-table"))
    return texts


def _verdict_labels(flaws: list[str]) -> dict[str, bool]:
    """A weaker example's verdict names every error and warning it has (the course tests
    hold it to that), so those rules are labelled both ways; advice-level rules only where
    named."""
    return {r: r in flaws for r in MODELLED
            if r in flaws or BY_ID[r].info.severity in MUST_FIX}


def course_texts() -> list[Text]:
    texts = []
    for _lesson, example in lesson_examples.all_examples():
        if example.weaker:
            texts.append(Text(_doc(example.channel, example.relationship,
                                   example.weaker.subject, example.weaker.body),
                              _verdict_labels(example.weaker.flaws), weight=COURSE_WEIGHT))
        if example.better:
            texts.append(Text(_doc(example.channel, example.relationship,
                                   example.better.subject, example.better.body),
                              dict.fromkeys(MODELLED, False), weight=COURSE_WEIGHT))
    for exercise in exercises.load_bank(REPO / "exercises").exercises:
        for code in EXERCISE_CODES:
            scenario = exercises.render(exercise, code)
            for message, labels in (
                (scenario.original, {r: True for r in exercise.flaws if r in MODELLED}),
                (scenario.model, dict.fromkeys(MODELLED, False)),
            ):
                texts.append(Text(_doc(exercise.channel, exercise.relationship,
                                       message.subject, message.body), labels))
    for rule in RULES:
        for examples, is_bad in ((rule.info.bad, True), (rule.info.good, False)):
            for ex in examples:
                body, _span = strip_marks(ex.text)
                labels = {rule.id: is_bad} if rule.id in MODELLED else {}
                if is_bad:  # the rule's finding must show, so nothing that hides it may fire
                    hiding = [r.id for r in RULES
                              if rule.id in r.hides(ex.relationship) and r.id in MODELLED]
                    labels |= dict.fromkeys(hiding, False)
                if labels:
                    texts.append(Text(_doc(ex.channel, ex.relationship, ex.subject, body),
                                      labels, weight=COURSE_WEIGHT))
    return texts


def course_scale(texts: list[Text]) -> float:
    """How much more the course's own texts and the rule-table sets weigh than when their
    weights were chosen (`BALANCED_AT` coach messages): as the coach sets grow, the course's
    lines keep the same say against them."""
    return max(1.0, sum(t.group.isdigit() for t in texts) / BALANCED_AT)


def train(texts: list[Text]) -> tuple[dict, TfidfVectorizer, dict[str, LogisticRegression]]:
    vectorizer = TfidfVectorizer(analyzer=coach_model.terms, min_df=MIN_DF, sublinear_tf=True)
    matrix = vectorizer.fit_transform([t.text for t in texts])
    fitted: dict[str, LogisticRegression] = {}
    scale = course_scale(texts)
    sample_weights = np.array([t.weight * (1.0 if t.group.isdigit() else scale) for t in texts])
    for rule in MODELLED:
        rows = [i for i, t in enumerate(texts) if rule in t.labels]
        labels = np.array([texts[i].labels[rule] for i in rows])
        fitted[rule] = LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(
            matrix[rows], labels, sample_weight=sample_weights[rows])
    vocabulary = vectorizer.vocabulary_
    idf = vectorizer.idf_
    weights = np.vstack([fitted[r].coef_[0] for r in MODELLED])
    data = {
        "about": "Coach model for rapport.checks.coach_model; built by "
                 "benchmarks/train_coach_model.py. Do not edit by hand.",
        "rules": list(MODELLED),
        "add_threshold": ADD_THRESHOLD,
        "keep_threshold": KEEP_THRESHOLD,
        "focus_margin": FOCUS_MARGIN,
        "focus_below": FOCUS_BELOW,
        "adds": [r for r in MODELLED if r not in VETO_ONLY],
        "intercepts": [round(float(fitted[r].intercept_[0]), 6) for r in MODELLED],
        "terms": {term: [round(float(idf[i]), 6)] + [round(float(w), 5) for w in weights[:, i]]
                  for term, i in sorted(vocabulary.items())},
    }
    return data, vectorizer, fitted


def references(texts: list[Text], vectorizer: TfidfVectorizer,
               fitted: dict[str, LogisticRegression]) -> list[dict]:
    picked = texts[:: max(1, len(texts) // REFERENCE_COUNT)][:REFERENCE_COUNT]
    matrix = vectorizer.transform([t.text for t in picked])
    return [{"text": t.text,
             "probabilities": {r: round(float(fitted[r].predict_proba(matrix[i])[0, 1]), 6)
                               for r in MODELLED}}
            for i, t in enumerate(picked)]


def leave_one_set_out(first_held_out: int = FIRST_HELD_OUT) -> None:
    coach = coach_texts(first_held_out)
    course = rule_table_texts() + course_texts()
    sums = np.zeros((2, 4))
    groups = sorted({t.group for t in coach}, key=int)
    print(f"{'set':>4}  {'rules alone':>30}  {'rules + model':>30}")
    print(f"{'':>4}  {'ready   P    R    F1':>30}  {'ready   P    R    F1':>30}")
    for group in groups:
        data, _, _ = train([t for t in coach if t.group != group] + course)
        model = coach_model.from_dict(data)
        items = agreement.load_set(FIXTURES / f"coach{group}_messages.yaml")
        row = []
        for active in (None, model):
            with coach_model.using(active):
                result = agreement.score(items)
            totals = result.totals
            row.append((result.ready_agreement, totals.precision or 0, totals.recall or 0,
                        result.f1))
        sums += np.array(row)
        print(f"{group:>4}  " + "  ".join(
            f"{'':>8}{a:.3f} {p:.2f} {r:.2f} {f:.3f}" for a, p, r, f in row))
    mean = sums / len(groups)
    print("mean  " + "  ".join(f"{'':>8}{a:.3f} {p:.2f} {r:.2f} {f:.3f}" for a, p, r, f in mean))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--loso", action="store_true", help="leave-one-set-out figures only")
    parser.add_argument("--first-held-out", type=int, default=FIRST_HELD_OUT, metavar="SET",
                        help="train on the coach sets before this one only (to measure how a "
                             "model trained on fewer sets scores the later ones)")
    args = parser.parse_args(argv)
    if args.first_held_out != FIRST_HELD_OUT and args.out == OUT:
        parser.error("--first-held-out would replace the packaged model: give --out too")
    if args.loso:
        leave_one_set_out(args.first_held_out)
        return 0
    texts = coach_texts(args.first_held_out) + rule_table_texts() + course_texts()
    data, vectorizer, fitted = train(texts)
    data["references"] = references(texts, vectorizer, fitted)
    data["trained_on"] = {"coach_messages": sum(t.group.isdigit() for t in texts),
                          "rule_table_messages": sum(t.group == "rule-table" for t in texts),
                          "course_texts": sum(t.group == "course" for t in texts),
                          "terms": len(data["terms"])}
    args.out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n",
                        encoding="utf-8")
    print(f"wrote {args.out}: {data['trained_on']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
