"""Accuracy of the checkers on the labelled corpus.

Each corpus line is {"id", "platform", "applies", "either_way", "text"}.
An area in ``applies`` must be found (warning or above), one in
``either_way`` may or may not be, any other area found is a false positive.

    python -m tests.accuracy --split test        # the held-out split
    python -m tests.accuracy --split dev --errors  # tuning split, list mistakes
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import checkers

CORPUS = Path(__file__).parent / "corpus"

# Targets from the checkers issue.
F1_TARGET = {"privacy": 0.90, "boundaries": 0.90, "accuracy": 0.90, "consent": 0.90,
             "safety": 0.85, "language": 0.85}
BENIGN_FP_TARGET = 0.05


def load(split: str) -> list[dict]:
    with open(CORPUS / f"{split}.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    scores: dict[str, Score] = field(default_factory=lambda: {a: Score() for a in checkers.AREAS})
    benign: int = 0
    benign_flagged: int = 0
    errors: list[tuple[dict, list[str], list[str]]] = field(default_factory=list)

    @property
    def benign_fp_rate(self) -> float:
        return self.benign_flagged / self.benign if self.benign else 0.0

    def meets_targets(self) -> bool:
        return (all(self.scores[a].f1 >= t for a, t in F1_TARGET.items())
                and self.benign_fp_rate <= BENIGN_FP_TARGET)


def evaluate(posts: list[dict]) -> Evaluation:
    ev = Evaluation()
    for post in posts:
        score(ev, post, checkers.check(post["text"]))
    return ev


def score(ev: Evaluation, post: dict, report) -> None:
    """Add one labelled post and the checker's report on it to ``ev``."""
    found = set(report.guidelines)
    applies, either = set(post["applies"]), set(post.get("either_way", []))
    for area in checkers.AREAS:
        s = ev.scores[area]
        if area in applies:
            s.tp += area in found
            s.fn += area not in found
        elif area in found and area not in either:
            s.fp += 1
    if not applies:
        ev.benign += 1
        ev.benign_flagged += bool(found - either)
    missed, extra = sorted(applies - found), sorted(found - applies - either)
    if missed or extra:
        ev.errors.append((post, missed, extra))


def render(ev: Evaluation, split: str, n: int) -> str:
    lines = [f"Accuracy on the {split} split ({n} posts, {ev.benign} fine)", "",
             f"{'area':<12}{'precision':>10}{'recall':>8}{'F1':>7}{'target':>8}  tp/fp/fn"]
    for area in checkers.AREAS:
        s = ev.scores[area]
        mark = "ok" if s.f1 >= F1_TARGET[area] else "BELOW"
        lines.append(f"{area:<12}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}"
                     f"{F1_TARGET[area]:>8.2f}  {s.tp}/{s.fp}/{s.fn} {mark}")
    lines.append("")
    lines.append(f"benign false-positive rate: {ev.benign_fp_rate:.1%} "
                 f"({ev.benign_flagged}/{ev.benign}; target <= {BENIGN_FP_TARGET:.0%})")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "validation", "validation-2", "test"), default="test")
    ap.add_argument("--file", type=Path, help="score this JSONL file instead of a split (e.g. a fresh "
                    "validation set being written)")
    ap.add_argument("--errors", action="store_true", help="list every post scored wrong")
    args = ap.parse_args(argv)
    if args.file:
        with open(args.file, encoding="utf-8") as fh:
            posts = [json.loads(line) for line in fh if line.strip()]
    else:
        posts = load(args.split)
    ev = evaluate(posts)
    print(render(ev, str(args.file or args.split), len(posts)))
    if args.errors:
        print()
        for post, missed, extra in ev.errors:
            print(f"{post['id']}: missed={missed} extra={extra}\n    {post['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
