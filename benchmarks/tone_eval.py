"""In-domain accuracy of the tone recipe next to a bag-of-words baseline, same folds.

10-fold stratified cross-validation on the Wikipedia quartiles (the paper's binary task;
see benchmarks/train_tone.py), for:

* strategies: the shipped recipe, logistic regression over rapport.checks.tone's strategy
  features;
* bag of words: the baseline, logistic regression over unigram and bigram counts;
* strategies + 300 words: the strategies plus the 300 most frequent unigrams (wiki
  jargon dropped), as a check on whether compact lexical features earn their keep.

Then each recipe, trained on all quartile requests, scores a small hand-written set of
email and Q&A-site requests it has never seen (SANITY), to check that it generalises in
the right direction. The word features win in-domain but learn Wikipedia habits ("should",
"wrong" and "help" as polite, "agree" and "maybe" as rude) and do no better on SANITY, so
the shipped model uses strategies only.

Usage: .venv/bin/python benchmarks/tone_eval.py
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
import yaml
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from rapport.checks.tone import BLUNT_THRESHOLD, analyze
from train_tone import SEED, featurize, folds, load_corpus, new_model

OTHER_REGISTER = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "tone_requests.yaml"

_JARGON_WORDS = (
    "article articles edit edits edited editing editor editors page pages talk wikipedia "
    "wiki wp user users userpage revert reverted reverting afd deletion delete deleted "
    "template image images admin administrator sysop link links source sources sourced "
    "cite citation citations category section project wikiproject nomination nominate fac "
    "ga dyk rfc npov pov blp vandalism vandal sock block blocked policy discussion"
)
JARGON = frozenset(_JARGON_WORDS.split())
WORD_RE = re.compile(r"[a-z']+")
LEXICAL_WORDS = 300

SANITY: tuple[tuple[str, bool], ...] = (
    # Email to a stranger or an acquaintance: polite.
    ("Hi Dana, I really enjoyed your talk on accessible design systems last week. I'm moving "
     "into UX research and was wondering if you'd be open to a 15-minute call sometime next "
     "month? No worries at all if not. Thanks, Sam", True),
    ("Dear Dr. Okafor, thank you for taking the time to read this. Would you be willing to "
     "share how you got started in epidemiology?", True),
    ("Hello Priya, I hope you're doing well. Could you point me to anyone on your team who "
     "works on data pipelines? I'd really appreciate it.", True),
    ("Thanks so much for the advice last week! Would it be possible to ask one follow-up "
     "question when you have a moment?", True),
    ("Sorry to bother you, I know you're busy. Do you have any thoughts on whether a "
     "bootcamp is worth it?", True),
    ("Great article on remote onboarding. I was wondering what you would do differently "
     "if you started today?", True),
    ("Hi Marco, I'm a student at Leeds and a big fan of your podcast. Could I ask you a "
     "couple of questions about your career path? Totally understand if you're too busy.",
     True),
    ("Congratulations on the launch! If you have a few minutes at some point, I'd love to "
     "hear what you learned along the way.", True),
    ("Hi Jo, I hope this finds you well. Would you mind sharing the slides from your talk? "
     "Thank you!", True),
    ("Thank you for the quick reply. Could you let me know which day works best for you?",
     True),
    ("Good morning, I'm sorry for the late reply. Would Thursday at 3pm still work for "
     "you?", True),
    ("I really appreciated your post about switching careers at 40. May I ask how long the "
     "transition took?", True),
    # Q&A-site style: polite.
    ("Thanks for the detailed answer! Could you explain why the second loop is needed?",
     True),
    ("I think I might be missing something obvious here. Would you mind clarifying what "
     "you meant by 'idempotent'?", True),
    ("Nice solution. Perhaps you could add a short example of the input format?", True),
    ("Sorry if this is a silly question, but how would I run this on Windows?", True),
    ("This worked for me, thank you. Is there a way to do the same thing without a "
     "regex?", True),
    ("Great explanation, thanks. Would it also work with Python 3.8?", True),
    # Workplace: polite.
    ("Hi team, could someone review my pull request when you get a chance? Thanks!", True),
    ("Would you be able to send me the numbers by Friday? Happy to help with the slides "
     "in return.", True),
    # Blunt.
    ("Send me the numbers.", False),
    ("Why haven't you fixed this yet? Fix it now.", False),
    ("I need your help getting a job at your company. Reply ASAP.", False),
    ("Why didn't you answer my email? I sent it two weeks ago.", False),
    ("You need to look at my CV and tell me what's wrong with it.", False),
    ("What is your salary?", False),
    ("Give me a referral.", False),
    ("So are you going to reply or not?", False),
    ("Did you even read my message? This is ridiculous.", False),
    ("Hello?? I asked you a simple question!!", False),
    ("Answer the question. Why is this so hard?", False),
    ("You should have told me this earlier. Why do you keep ignoring my emails?", False),
    ("Just tell me who the hiring manager is.", False),
    ("Your answer is wrong. Why would you post it?", False),
    ("Read the documentation before asking. What part of it don't you understand?", False),
    ("This is useless. Can you fix your code?", False),
    ("Why would anyone do it this way? Explain.", False),
    ("Stop posting duplicates. Where is your research?", False),
    ("How come nobody has answered this yet?", False),
    ("WHY IS THIS NOT WORKING? I have tried everything!!", False),
    ("Obviously that will not work. Did you actually test it?", False),
    ("Forward my resume to your recruiter today.", False),
)
"""Hand-written requests in the style of email and Q&A sites (never used in training)."""

# A recipe: fit(train texts, labels) -> predict(texts) -> P(polite).
Predict = Callable[[list[str]], np.ndarray]
Recipe = Callable[[list[str], np.ndarray], Predict]


def strategies(texts: list[str], labels: np.ndarray) -> Predict:
    model = new_model().fit(featurize(texts), labels)
    return lambda new: model.predict_proba(featurize(new))[:, 1]


def bag_of_words(texts: list[str], labels: np.ndarray) -> Predict:
    vectorizer = CountVectorizer(ngram_range=(1, 2))
    model = LogisticRegression(max_iter=5000, random_state=SEED)
    model.fit(vectorizer.fit_transform(texts), labels)
    return lambda new: model.predict_proba(vectorizer.transform(new))[:, 1]


def _words(text: str) -> list[str]:
    return [w for w in WORD_RE.findall(text.lower()) if w not in JARGON]


def strategies_and_words(texts: list[str], labels: np.ndarray) -> Predict:
    vectorizer = CountVectorizer(
        tokenizer=_words, lowercase=False, binary=True, max_features=LEXICAL_WORDS,
        token_pattern=None,
    )
    words = vectorizer.fit_transform(texts)
    model = new_model().fit(hstack([csr_matrix(featurize(texts)), words]), labels)

    def predict(new: list[str]) -> np.ndarray:
        matrix = hstack([csr_matrix(featurize(new)), vectorizer.transform(new)])
        return model.predict_proba(matrix)[:, 1]

    return predict


RECIPES: dict[str, Recipe] = {
    "strategies (shipped)": strategies,
    "bag of words (baseline)": bag_of_words,
    f"strategies + {LEXICAL_WORDS} words": strategies_and_words,
}


def cross_validate(recipe: Recipe, texts: list[str], labels: np.ndarray) -> list[float]:
    scores = []
    for train, test in folds().split(texts, labels):
        predict = recipe([texts[i] for i in train], labels[train])
        guess = predict([texts[i] for i in test]) >= 0.5
        scores.append(float((guess == labels[test]).mean()))
    return scores


def main() -> None:
    texts, labels = load_corpus().quartile_task()
    sanity_texts = [t for t, _ in SANITY]
    sanity_labels = np.array([polite for _, polite in SANITY])
    print(f"Wikipedia quartiles: {len(texts)} requests, 10-fold stratified CV (seed {SEED})")
    print(f"{'recipe':28s} {'CV accuracy':>12s} {'sd':>6s}   {'sanity acc':>10s} {'AUC':>6s}")
    for name, recipe in RECIPES.items():
        folds_acc = cross_validate(recipe, texts, labels)
        probs = recipe(texts, labels)(sanity_texts)
        sanity_acc = float(((probs >= 0.5) == sanity_labels).mean())
        auc = roc_auc_score(sanity_labels, probs)
        print(
            f"{name:28s} {np.mean(folds_acc):12.4f} {np.std(folds_acc):6.3f}   "
            f"{sanity_acc:10.3f} {auc:6.3f}"
        )
    print(f"(sanity: {len(SANITY)} hand-written email and Q&A requests, never trained on)")
    other = yaml.safe_load(OTHER_REGISTER.read_text(encoding="utf-8"))
    shipped = [(analyze(x["text"]).score, x["label"] == "polite") for x in other]
    accuracy = sum((score >= 0.5) == polite for score, polite in shipped) / len(shipped)
    blunt = [polite for score, polite in shipped if score < BLUNT_THRESHOLD]
    print(f"shipped model on {len(other)} requests from other registers "
          f"(tests/fixtures/tone_requests.yaml, never trained on): accuracy {accuracy:.3f}; "
          f"below BLUNT_THRESHOLD {len(blunt)}, of which impolite "
          f"{sum(not p for p in blunt) / max(len(blunt), 1):.0%}")


if __name__ == "__main__":
    main()
