"""Train the learned model: ``python -m checkers.learned.train CORPUS.jsonl [...]``.

Multinomial naive Bayes with binary features (each feature counted once per
post), Laplace smoothing ``ALPHA`` and features seen in at least ``MIN_DF``
posts, one binary model per area in :data:`LEARNED_AREAS`.  Pure Python and
deterministic: the same corpus gives byte-identical ``weights.json``, which
records the corpus's SHA-256 so a test can tell when it is stale.

``--cv`` prints 5-fold cross-validated F1 per area and threshold instead of
writing weights (the model alone; the per-area thresholds in
:data:`checkers.learned.model.THRESHOLDS` were chosen with the whole checker,
``python -m tests.cross_validate``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from pathlib import Path

from ..engine.normalize import fold
from .features import features_of, units
from .model import SCALE, WEIGHTS_PATH

# Areas where wording varies too much for the hand-written rules alone.  Safety
# and language are phrase-bound by nature ("committed suicide", "so OCD") and
# the rules already do well there; the model would only add false alarms.
LEARNED_AREAS = ("privacy", "boundaries", "accuracy", "consent")
ALPHA = 1.0
MIN_DF = 2


def post_features(text: str) -> set[str]:
    return {f for _, _, tokens in units(fold(text)[0]) for f in features_of(tokens)}


def fit(posts: list[dict]) -> dict:
    """Weights for each area.  A post may carry ``"areas"``: the only areas its
    labels speak for (a rule test's sentence says one area applies or not);
    such a post trains only those areas' models."""
    docs = [(post_features(p["text"]), set(p["applies"]), set(p.get("areas", LEARNED_AREAS))) for p in posts]
    df: dict[str, int] = {}
    for feats, _, _ in docs:
        for f in feats:
            df[f] = df.get(f, 0) + 1
    vocab = sorted(f for f, n in df.items() if n >= MIN_DF)
    index = {f: i for i, f in enumerate(vocab)}
    priors, columns = [], []
    for area in LEARNED_AREAS:
        pos = [0] * len(vocab)
        neg = [0] * len(vocab)
        n_pos = n_docs = 0
        for feats, labels, known in docs:
            if area not in known:
                continue
            counts = pos if area in labels else neg
            n_pos += area in labels
            n_docs += 1
            for f in feats:
                i = index.get(f)
                if i is not None:
                    counts[i] += 1
        tot_pos, tot_neg = sum(pos) + ALPHA * len(vocab), sum(neg) + ALPHA * len(vocab)
        priors.append(round(math.log(n_pos / (n_docs - n_pos)) * SCALE))
        columns.append([math.log((p + ALPHA) / tot_pos) - math.log((q + ALPHA) / tot_neg)
                        for p, q in zip(pos, neg)])
    table = {f: [round(col[i] * SCALE) for col in columns] for i, f in enumerate(vocab)}
    return {"areas": list(LEARNED_AREAS), "prior": priors, "weights": table}


def predict(model: dict, text: str) -> set[str]:
    """Areas for which some unit passes the threshold (used by --cv)."""
    from . import model as model_mod
    if "packed" not in model:
        model = model_mod.pack(model)
    found = set()
    for _, _, tokens in units(fold(text)[0]):
        scores = model_mod.unit_log_odds(model, tokens)
        found.update(a for a, s, lowest in zip(model["areas"], scores, model_mod.min_log_odds(model["areas"]))
                     if s >= lowest)
    return found


def load(paths) -> tuple[list[dict], str]:
    digest = hashlib.sha256()
    posts = []
    for path in paths:
        data = Path(path).read_bytes()
        digest.update(data)
        posts.extend(json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip())
    return posts, digest.hexdigest()


def cross_validate(posts: list[dict], folds: int = 5) -> None:
    """Model-alone F1 per area, and the share of fine posts it flags, by threshold."""
    from . import model as model_mod
    models = [fit([p for i, p in enumerate(posts) if i % folds != k]) for k in range(folds)]
    chosen = model_mod.THRESHOLDS
    for threshold in (0.5, 0.8, 0.9, 0.95, 0.98):
        model_mod.THRESHOLDS = dict.fromkeys(LEARNED_AREAS, threshold)
        tp = {a: 0 for a in LEARNED_AREAS}
        fp, fn = dict(tp), dict(tp)
        fine = fine_flagged = 0
        for i, p in enumerate(posts):
            if "areas" in p:  # rule-test sentences speak for one area only
                continue
            found, applies = predict(models[i % folds], p["text"]), set(p["applies"])
            either = set(p.get("either_way", []))
            for a in LEARNED_AREAS:
                if a in either:
                    continue
                tp[a] += a in found and a in applies
                fp[a] += a in found and a not in applies
                fn[a] += a in applies and a not in found
            if not applies:
                fine += 1
                fine_flagged += bool(found - either)
        row = [f"{a} {2 * tp[a] / max(1, 2 * tp[a] + fp[a] + fn[a]):.2f}" for a in LEARNED_AREAS]
        print(f"threshold {threshold}: " + "  ".join(row) + f"  fine posts flagged {fine_flagged / fine:.1%}")
    model_mod.THRESHOLDS = chosen


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="+", help="labelled JSONL files to train on")
    ap.add_argument("--out", type=Path, default=Path(WEIGHTS_PATH))
    ap.add_argument("--cv", action="store_true", help="print cross-validated F1, write nothing")
    args = ap.parse_args(argv)
    posts, digest = load(args.corpus)
    if args.cv:
        cross_validate(posts)
        return 0
    model = fit(posts)
    model = {"corpus_sha256": digest, "posts": len(posts), "alpha": ALPHA, "min_df": MIN_DF, **model}
    args.out.write_text(json.dumps(model, separators=(",", ":"), sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(model['weights'])} features, {args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
