"""Score a post with the trained naive Bayes weights (``weights.json``).

For each area the model holds a prior log-odds and, per feature, the log-odds
a feature adds (log P(feature | area applies) - log P(feature | it does not)),
both as integers in thousandths.
A unit's score for an area is the prior plus the sum over its features; the
area is suggested when that probability passes :data:`THRESHOLD`.
"""

from __future__ import annotations

import math
import os

from .features import feature_spans, features_of, units

__all__ = ["WEIGHTS_PATH", "THRESHOLD", "weights", "area_units", "unit_log_odds", "UnitScore"]

# os.path rather than pathlib, and json imported on first use: both are slow
# to import, and ``import checkers`` must stay fast.
WEIGHTS_PATH = os.path.join(os.path.dirname(__file__), "weights.json")

# Probability above which a unit counts as resembling the area.  Chosen by
# 5-fold cross-validation on the dev corpus (`python -m checkers.learned.train
# ... --cv`), never on held-out posts: from 0.8 to 0.9 the model alone flags
# 3.6 % -> 2.7 % of fine posts while its F1 drops by at most 0.03.
THRESHOLD = 0.9
# Scores are in thousandths of log-odds (see weights()).
SCALE = 1000
_MIN_LOG_ODDS = math.log(THRESHOLD / (1 - THRESHOLD)) * SCALE

_weights = None


def weights() -> dict:
    """The trained model, loaded on first use (keeps ``import checkers`` fast).

    Adds ``"by_area"``: one feature -> weight dict per area, so scoring a unit
    is one C-level ``sum`` per area.  Weights are integers (thousandths of a
    unit of log-odds): integer sums are exact, so a score cannot depend on the
    order of a set or on the Python version (float ``sum`` changed in 3.12)."""
    global _weights
    if _weights is None:
        import json

        with open(WEIGHTS_PATH, encoding="utf-8") as fh:
            model = json.load(fh)
        table = model["weights"]
        model["by_area"] = [{f: w[i] for f, w in table.items()} for i in range(len(model["areas"]))]
        _weights = model
    return _weights


class UnitScore:
    """One unit that passed for an area: its span, its log-odds, and
    (weight, start, end) of each feature that pushed towards the area."""

    __slots__ = ("start", "end", "log_odds", "evidence")

    def __init__(self, start, end, log_odds, evidence):
        self.start, self.end, self.log_odds, self.evidence = start, end, log_odds, evidence


def area_units(post, area: str) -> list[UnitScore]:
    """The units of ``post`` (folded text) whose score for ``area`` passes the threshold."""
    scored = post.memo("learned:units", _score_units)
    return scored.get(area, [])


def unit_log_odds(model: dict, tokens: list[str]) -> list[float]:
    """The unit's log-odds for each of ``model["areas"]``."""
    known = list(filter(model["weights"].__contains__, features_of(tokens)))
    return [prior + sum(map(by_feature.__getitem__, known))
            for prior, by_feature in zip(model["prior"], model["by_area"])]


def _score_units(post) -> dict:
    model = weights()
    table = model["weights"]
    out: dict[str, list[UnitScore]] = {}
    for lo, hi, tokens in units(post.text):
        scores = unit_log_odds(model, tokens)
        if max(scores) < _MIN_LOG_ODDS:
            continue
        spans = feature_spans(post.text, lo, hi)
        for i, area in enumerate(model["areas"]):
            if scores[i] >= _MIN_LOG_ODDS:
                evidence = [(table[f][i], s, e) for f, (s, e) in spans.items()
                            if f in table and table[f][i] > 0]
                out.setdefault(area, []).append(UnitScore(lo, hi, scores[i], evidence))
    return out
