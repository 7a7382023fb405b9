"""Build tests/corpus/extra-training.jsonl: labelled text the project already
has outside the corpus, as extra training data for the learned model.

* The rule tests' sentences: each module's FIRES ((rule id, text) that must
  fire) and QUIET (texts its area must not flag).  They speak for one area
  only, so they carry ``"areas": [area]`` and train only that area's weights
  (see checkers/learned/train.py).
* The handbook's ``{example}`` posts, labelled with ``:applies:``, except
  those showing a ``:false-alarm:``: training on such a post would teach the
  model to drop the very false alarm the example is there to show.

    python -m tests.corpus.extra_training > tests/corpus/extra-training.jsonl

``make model`` does this; tests/engine/test_learned.py checks the committed
file is up to date.  Never add validation.jsonl or test.jsonl here.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

from checkers.learned.train import LEARNED_AREAS

DOCS = Path(__file__).resolve().parents[2] / "docs"
_EXAMPLE = re.compile(r"^(\s*)(`{3,}|:{3,})\{example\}[^\n]*\n(.*?)^\1\2\s*$", re.M | re.S)
_OPTION = re.compile(r"^\s*:([\w-]+):\s*(.*)$", re.M)


def rule_test_sentences() -> list[dict]:
    out = []
    for area in LEARNED_AREAS:
        module = importlib.import_module(f"tests.rules.test_{area}")
        for n, (rule_id, text) in enumerate(module.FIRES):
            if rule_id.split("/", 1)[0] == area:
                out.append({"id": f"{area}-fires-{n:03d}", "areas": [area], "applies": [area], "text": text})
        for n, text in enumerate(module.QUIET):
            out.append({"id": f"{area}-quiet-{n:03d}", "areas": [area], "applies": [], "text": text})
    return out


def handbook_examples() -> list[dict]:
    out = []
    for path in sorted(DOCS.rglob("*.md")):
        source = path.read_text(encoding="utf-8")
        for n, m in enumerate(_EXAMPLE.finditer(source)):
            body = m.group(3)
            options = dict(_OPTION.findall(body))
            if "false-alarm" in options:
                continue
            text = "\n".join(line.strip() for line in _OPTION.sub("", body).strip().splitlines())
            applies = options.get("applies", "none").split()
            out.append({"id": f"{path.relative_to(DOCS).with_suffix('')}#{n}",
                        "applies": [] if applies == ["none"] else applies, "text": text})
    return out


def render() -> str:
    rows = rule_test_sentences() + handbook_examples()
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


if __name__ == "__main__":
    sys.stdout.write(render())
