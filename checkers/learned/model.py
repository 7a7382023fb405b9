"""Score a post with the trained naive Bayes weights (``weights.json``).

For each area the model holds a prior log-odds and, per feature, the log-odds
a feature adds (log P(feature | area applies) - log P(feature | it does not)),
both as integers in thousandths.
A unit's score for an area is the prior plus the sum over its features; the
area is suggested when that probability passes the area's :data:`THRESHOLDS`.
"""

from __future__ import annotations

import math
import os
from itertools import repeat

from .features import feature_spans, features_of, units

__all__ = ["WEIGHTS_PATH", "THRESHOLDS", "min_log_odds", "weights", "pack", "area_units", "unit_log_odds", "UnitScore"]

# os.path rather than pathlib, and json imported on first use: both are slow
# to import, and ``import checkers`` must stay fast.
WEIGHTS_PATH = os.path.join(os.path.dirname(__file__), "weights.json")

# Probability above which a unit counts as resembling the area.  Chosen by
# 5-fold cross-validation of the whole checker (rules plus the model trained on
# the other folds; `python -m tests.cross_validate`) on the dev corpus, never on
# held-out posts.  At 0.9 for every area 5.5 % of fine dev posts were flagged;
# raising privacy and consent to 0.99 and accuracy to 0.95 brought that to
# 4.4 % while no area's F1 moved by more than 0.002 (the rules already catch
# most of what the model adds there).  Boundaries, where the rules miss most,
# keeps 0.9: higher cost it F1 for few fewer false alarms.
THRESHOLDS = {"privacy": 0.99, "boundaries": 0.9, "accuracy": 0.95, "consent": 0.99}
# Scores are in thousandths of log-odds (see weights()).
SCALE = 1000


def min_log_odds(areas) -> list[float]:
    """The lowest passing score (thousandths of log-odds) for each of ``areas``."""
    return [math.log(THRESHOLDS[a] / (1 - THRESHOLDS[a])) * SCALE for a in areas]

_weights = None


# Scoring packs a feature's four integer weights into one Python int, in
# fields of _FIELD bits, each offset by _BIAS so it is never negative, plus a
# last field counting the feature.  One C-level ``sum`` over a unit's features
# then adds all areas at once; unpacking removes the offsets.  Integer sums are
# exact, so a score cannot depend on the order of a set or on the Python
# version (float ``sum`` changed in 3.12), and CPython and Pyodide agree.
_BIAS = 1 << 20          # |weight| < 2**20 thousandths
_FIELD = 40              # room for MAX_UNIT_TOKENS * 2 features of up to 2 * _BIAS
_MASK = (1 << _FIELD) - 1


def weights() -> dict:
    """The trained model, loaded on first use (keeps ``import checkers`` fast).

    Adds ``"packed"``: feature -> its weights packed into one int (see above)."""
    global _weights
    if _weights is None:
        import json

        with open(WEIGHTS_PATH, encoding="utf-8") as fh:
            _weights = pack(json.load(fh))
    return _weights


def pack(model: dict) -> dict:
    """``model`` plus ``"packed"``: feature -> its weights packed into one int."""
    count = 1 << (_FIELD * len(model["areas"]))
    model["packed"] = {f: count + sum((x + _BIAS) << (_FIELD * i) for i, x in enumerate(w))
                       for f, w in model["weights"].items()}
    return model


def unit_log_odds(model: dict, tokens: list[str]) -> list[int]:
    """The unit's log-odds (thousandths) for each of ``model["areas"]``."""
    total = sum(map(model["packed"].get, features_of(tokens), repeat(0)))
    n = len(model["prior"])
    offset = (total >> (_FIELD * n)) * _BIAS
    return [prior + ((total >> (_FIELD * i)) & _MASK) - offset for i, prior in enumerate(model["prior"])]


class UnitScore:
    """One unit that passed for an area: its span, its log-odds, and
    (weight, start, end) of each feature that pushed towards the area."""

    __slots__ = ("start", "end", "log_odds", "evidence")

    def __init__(self, start, end, log_odds, evidence):
        self.start, self.end, self.log_odds, self.evidence = start, end, log_odds, evidence


def area_units(post, area: str) -> list[UnitScore]:
    """The units of ``post`` (folded text) whose score for ``area`` passes the
    threshold, with their evidence (computed only for the area asked about)."""
    model = weights()
    i = model["areas"].index(area)
    lowest = min_log_odds((area,))[0]
    out = []
    for lo, hi, scores in post.memo("learned:units", _score_units):
        if scores[i] >= lowest:
            pushes = _pushes(model, i)
            # Spans are shared by the areas a unit passes for: find them once per unit.
            spans = post.memo("learned:spans", _new_cache)
            unit_spans = spans.get(lo)
            if unit_spans is None:
                unit_spans = spans[lo] = feature_spans(post.text, lo, hi)
            evidence = [(pushes[f], s, e) for f, (s, e) in unit_spans.items() if f in pushes]
            out.append(UnitScore(lo, hi, scores[i], evidence))
    return out


def _pushes(model: dict, i: int) -> dict:
    """Feature -> weight, for the features that push towards area ``i`` (built on
    first use per area: one lookup per feature of a unit instead of three)."""
    per_area = model.setdefault("pushes", {})
    pushes = per_area.get(i)
    if pushes is None:
        pushes = per_area[i] = {f: w[i] for f, w in model["weights"].items() if w[i] > 0}
    return pushes


def _new_cache(post) -> dict:
    return {}


def _score_units(post) -> list:
    """(start, end, scores) of each unit that passes the threshold for some area."""
    model = weights()
    lowest = min_log_odds(model["areas"])
    out = []
    for lo, hi, tokens in units(post.text):
        scores = unit_log_odds(model, tokens)
        if any(map(float.__le__, lowest, scores)):
            out.append((lo, hi, scores))
    return out
