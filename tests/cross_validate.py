"""Cross-validate the whole checker (rules plus the learned fallback) on dev.

    python -m tests.cross_validate                              # the chosen thresholds
    python -m tests.cross_validate --thresholds privacy=0.95,consent=0.95
    python -m tests.cross_validate --errors boundaries          # list that area's mistakes

The model is trained five times, each time without one fifth of the posts
(plus the training extras), and the checker is scored on the fifth it did not
see: figures that, unlike ``make accuracy-dev``, are not flattered by the model
having trained on the posts it is scored on.  This is how the per-area
thresholds in :data:`checkers.learned.model.THRESHOLDS` were chosen.  Held-out
splits are never read here.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import checkers
from checkers.learned import model, train
from tests.accuracy import CORPUS, Evaluation, render, score

FOLDS = 5


def _read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def cross_validate(posts: list[dict], extras: list[dict]) -> Evaluation:
    fold_models = [model.pack(train.fit([p for i, p in enumerate(posts) if i % FOLDS != k] + extras))
                   for k in range(FOLDS)]
    trained = model.weights()
    ev = Evaluation()
    try:
        for i, post in enumerate(posts):
            model._weights = fold_models[i % FOLDS]
            score(ev, post, checkers.check(post["text"]))
    finally:
        model._weights = trained
    return ev


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, default=[CORPUS / "dev.jsonl"])
    ap.add_argument("--thresholds", default="", help="area=probability,... overriding model.THRESHOLDS")
    ap.add_argument("--errors", metavar="AREA", help="list the posts this area got wrong")
    args = ap.parse_args(argv)
    for pair in filter(None, args.thresholds.split(",")):
        area, value = pair.split("=")
        model.THRESHOLDS = {**model.THRESHOLDS, area.strip(): float(value)}
    posts = [p for path in args.files for p in _read(path)]
    ev = cross_validate(posts, _read(CORPUS / "extra-training.jsonl"))
    print(f"thresholds: {model.THRESHOLDS}")
    print(render(ev, f"{FOLDS}-fold cross-validated " + "+".join(p.name for p in args.files), len(posts)))
    if args.errors:
        for post, missed, extra in ev.errors:
            if args.errors in missed or args.errors in extra:
                kind = "missed" if args.errors in missed else "false alarm"
                print(f"{post['id']}: {kind}\n    {post['text']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
