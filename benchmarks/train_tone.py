"""Train the tone model and write src/rapport/data/tone_weights.json.

Data: the Stanford Politeness Corpus, Wikipedia requests only (Danescu-Niculescu-Mizil et
al., ACL 2013), at ``../shared/data/politeness/wikipedia.csv`` beside the repository, or
wherever ``RAPPORT_POLITENESS_CSV`` points. The paper's binary task: the top quartile of
``normalized_score`` is polite (1), the bottom quartile impolite (0), the middle half is
left out of training.

Model: logistic regression (L2, C=0.3, fixed seed) over the 0/1 strategy features of
``rapport.checks.tone``; no word features (``benchmarks/tone_eval.py`` shows why).

Usage: .venv/bin/python benchmarks/train_tone.py [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from rapport.checks import tone

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CSV = REPO / ".." / "shared" / "data" / "politeness" / "wikipedia.csv"
SEED = 13
C = 0.3
FOLDS = 10
URL_TOKEN = re.compile(r"<url>")
NEUTRAL_URL = "link"
"""``<url>`` becomes this plain word; no strategy reads it."""


@dataclass(frozen=True)
class Corpus:
    texts: list[str]
    scores: np.ndarray
    """normalized_score of every request (higher is more polite)."""

    def quartile_task(self) -> tuple[list[str], np.ndarray]:
        """The paper's binary task: top quartile polite (1), bottom quartile impolite (0)."""
        low, high = np.percentile(self.scores, [25, 75])
        keep = [i for i, s in enumerate(self.scores) if s <= low or s >= high]
        return [self.texts[i] for i in keep], np.array(
            [int(self.scores[i] >= high) for i in keep]
        )


def data_path() -> Path:
    """The Wikipedia CSV: ``RAPPORT_POLITENESS_CSV`` if set, else the shared data folder."""
    override = os.environ.get("RAPPORT_POLITENESS_CSV")
    return Path(override) if override else DEFAULT_CSV.resolve()


def clean(text: str) -> str:
    return URL_TOKEN.sub(NEUTRAL_URL, text)


def load_corpus(path: Path | None = None) -> Corpus:
    path = path or data_path()
    if not path.is_file():
        sys.exit(f"politeness data not found at {path}; set RAPPORT_POLITENESS_CSV")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["community"] == "Wikipedia"]
    return Corpus(
        [clean(r["request"]) for r in rows],
        np.array([float(r["normalized_score"]) for r in rows]),
    )


def featurize(texts: list[str]) -> np.ndarray:
    """One row per text, one 0/1 column per model feature (``tone.FEATURE_NAMES`` order)."""
    columns = {name: j for j, name in enumerate(tone.FEATURE_NAMES)}
    matrix = np.zeros((len(texts), len(columns)))
    for i, text in enumerate(texts):
        for name in tone.features(tone.detect(text)):
            matrix[i, columns[name]] = 1.0
    return matrix


def new_model() -> LogisticRegression:
    return LogisticRegression(C=C, max_iter=5000, random_state=SEED)


def folds() -> StratifiedKFold:
    return StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)


def out_of_fold(matrix: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """P(polite) for each quartile request from a model that did not see it."""
    return cross_val_predict(new_model(), matrix, labels, cv=folds(), method="predict_proba")[
        :, 1
    ]


PRECISION_TARGET = 0.85
"""Share of flagged requests that must really sit on the flagged side of the median."""
GRID = [round(0.05 + 0.01 * i, 2) for i in range(91)]


@dataclass(frozen=True)
class Cutoffs:
    blunt: float
    warm: float
    note: str


def all_request_scores(corpus: Corpus, model: LogisticRegression) -> tuple[np.ndarray, ...]:
    """P(polite) for every Wikipedia request, each from a model that never trained on it.

    The two quartiles are scored out of fold (cross-validated); the middle half, which no
    model trains on, by the final model. Returns (probabilities, human normalized_score).
    """
    texts, labels = corpus.quartile_task()
    low, high = np.percentile(corpus.scores, [25, 75])
    middle = [i for i, s in enumerate(corpus.scores) if low < s < high]
    quartile_scores = np.array([s for s in corpus.scores if s <= low or s >= high])
    middle_p = model.predict_proba(featurize([corpus.texts[i] for i in middle]))[:, 1]
    probs = np.concatenate([out_of_fold(featurize(texts), labels), middle_p])
    return probs, np.concatenate([quartile_scores, corpus.scores[middle]])


def _precision(truth: np.ndarray, flagged: np.ndarray) -> float:
    return float(truth[flagged].mean()) if flagged.any() else 0.0


def choose_cutoffs(corpus: Corpus, model: LogisticRegression) -> Cutoffs:
    """Blunt and warm cut-offs, chosen for precision against human ratings.

    BLUNT: the highest score t such that, of all Wikipedia requests scoring under t, at
    least 85% were rated below the median by the annotators (so a "blunt" flag is right
    about 6 times in 7). WARM ("warm and respectful"): the lowest t such that at least 85%
    of requests scoring t or more were rated above the median. Grid step 0.01.
    """
    probs, human = all_request_scores(corpus, model)
    low, median, high = np.percentile(human, [25, 50, 75])
    below, above = human < median, human >= median
    blunt = max(t for t in GRID if _precision(below, probs < t) >= PRECISION_TARGET)
    warm = min(t for t in GRID if _precision(above, probs >= t) >= PRECISION_TARGET)
    flagged, praised = probs < blunt, probs >= warm
    note = (
        f"Highest score at which >= {PRECISION_TARGET:.0%} of the {len(probs)} Wikipedia "
        f"requests scoring under it were rated below the median (scored out of fold): "
        f"under {blunt:.2f}, {below[flagged].mean():.0%} are below the median, "
        f"{(human[flagged] <= low).mean():.0%} are in the rudest quarter and only "
        f"{(human[flagged] >= high).mean():.0%} in the politest; it flags "
        f"{flagged.mean():.0%} of all requests and "
        f"{(flagged & (human <= low)).sum() / (human <= low).sum():.0%} of the rudest quarter. "
        f"Warm cut-off {warm:.2f} by the same rule from above "
        f"({above[praised].mean():.0%} of requests at or over it are above the median)."
    )
    return Cutoffs(blunt, warm, note)


def train(corpus: Corpus) -> tuple[LogisticRegression, float]:
    texts, labels = corpus.quartile_task()
    matrix = featurize(texts)
    oof = out_of_fold(matrix, labels)
    accuracy = float(((oof >= 0.5) == labels).mean())
    return new_model().fit(matrix, labels), accuracy


def weights_json(corpus: Corpus, model: LogisticRegression, accuracy: float) -> dict:
    cutoffs = choose_cutoffs(corpus, model)
    texts, _ = corpus.quartile_task()
    return {
        "version": 1,
        "trained_on": "Stanford Politeness Corpus, Wikipedia requests, top vs bottom quartile",
        "intercept": round(float(model.intercept_[0]), 6),
        "coefficients": {
            name: round(float(c), 6)
            for name, c in zip(tone.FEATURE_NAMES, model.coef_[0], strict=True)
        },
        "blunt_threshold": cutoffs.blunt,
        "warm_threshold": cutoffs.warm,
        "threshold_note": cutoffs.note,
        "cv_accuracy": round(accuracy, 4),
        "n_train": len(texts),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=tone.WEIGHTS_PATH)
    args = parser.parse_args(argv)
    corpus = load_corpus()
    model, accuracy = train(corpus)
    payload = weights_json(corpus, model, accuracy)
    tone.ToneWeights.model_validate(payload)
    args.out.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")
    print(f"{FOLDS}-fold CV accuracy: {accuracy:.4f} on {payload['n_train']} requests")
    print(f"blunt_threshold: {payload['blunt_threshold']}, warm: {payload['warm_threshold']}")
    print(f"  {payload['threshold_note']}")
    ranked = sorted(payload["coefficients"].items(), key=lambda kv: kv[1])
    for name, weight in ranked:
        print(f"  {name:24s} {weight:+.2f}")


if __name__ == "__main__":
    main()
