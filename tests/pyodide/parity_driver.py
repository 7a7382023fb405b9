"""Run the checkers over the parity inputs and print one JSON line per post.

The same file runs in CPython (tests/test_pyodide_parity.py) and inside
Pyodide (tests/pyodide/parity.mjs), so both sides enumerate the same inputs
the same way and only the interpreter differs.

Inputs: every post of tests/corpus/{dev,test}.jsonl that exists, then the
tricky strings in tests/pyodide/tricky.json (zero-width characters,
look-alikes, emoji, astral characters, the empty string...).  Offsets in the
output are Python code-point indices, exactly as ``Report.to_dict()`` gives
them; the browser converts them to UTF-16 indices when it highlights.

    python tests/pyodide/parity_driver.py ROOT     # ROOT holds tests/
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

CORPORA = ("dev.jsonl", "test.jsonl")


def inputs(root: Path):
    """Yield (source, id, text) for every parity input under ``root``."""
    for name in CORPORA:
        path = root / "tests" / "corpus" / name
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    post = json.loads(line)
                    yield name, str(post.get("id", n)), post["text"]
    with open(root / "tests" / "pyodide" / "tricky.json", encoding="utf-8") as fh:
        for item in json.load(fh):
            yield "tricky.json", item["id"], item["text"]


def lines(root: Path):
    """The JSON lines to compare: one per input, then the rule catalogue."""
    import checkers

    for source, ident, text in inputs(root):
        yield json.dumps({"source": source, "id": ident, "report": checkers.check(text).to_dict()},
                         ensure_ascii=True, sort_keys=True)
    yield json.dumps({"source": "catalogue", "rules": [r.to_dict() for r in checkers.RULES]},
                     ensure_ascii=True, sort_keys=True)


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[2]
    out = sys.stdout
    for line in lines(root):
        out.write(line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
