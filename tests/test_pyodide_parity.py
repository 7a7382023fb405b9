"""The checkers give the same answer in Pyodide as in CPython.

tests/pyodide/parity.mjs loads Pyodide 314 from node_modules/pyodide (no
network: fetch is disabled), unpacks the checkers wheel with
``pyodide.unpackArchive`` and runs tests/pyodide/parity_driver.py over every
post of the corpus plus the tricky strings in tests/pyodide/tricky.json.  The
same driver runs here in CPython; every line (``Report.to_dict()`` per post,
then the rule catalogue) must be identical.  Offsets are code-point indices
in both.

It runs twice: against the full standard library of the npm package and
against the trimmed python_stdlib.zip the site ships (handbook/assets.py), so
a checker that starts importing a left-out module fails here.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PARITY = ROOT / "tests" / "pyodide"
PYODIDE = ROOT / "node_modules" / "pyodide"
NODE = shutil.which("node")

sys.path.insert(0, str(PARITY))
import parity_driver  # noqa: E402

pytestmark = [
    pytest.mark.skipif(NODE is None, reason="node is not installed"),
    pytest.mark.skipif(not (PYODIDE / "pyodide.asm.wasm").exists(),
                       reason="node_modules/pyodide missing: run npm ci"),
]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    from handbook.assets import build_wheel

    return build_wheel(tmp_path_factory.mktemp("wheel"))


@pytest.fixture(scope="module")
def trimmed_stdlib(tmp_path_factory) -> Path:
    from handbook.assets import trim_stdlib

    path = tmp_path_factory.mktemp("stdlib") / "python_stdlib.zip"
    path.write_bytes(trim_stdlib((PYODIDE / "python_stdlib.zip").read_bytes()))
    return path


@pytest.fixture(scope="module")
def cpython_lines() -> list[str]:
    return list(parity_driver.lines(ROOT))


def run_pyodide(wheel: Path, stdlib: Path | None = None) -> list[str]:
    cmd = [NODE, str(PARITY / "parity.mjs"), "--wheel", str(wheel)]
    if stdlib is not None:
        cmd += ["--stdlib", str(stdlib)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return [line for line in proc.stdout.splitlines() if line.strip()]


def assert_same(pyodide_lines: list[str], cpython_lines: list[str]) -> None:
    assert len(pyodide_lines) == len(cpython_lines), (len(pyodide_lines), len(cpython_lines))
    diffs = []
    for a, b in zip(pyodide_lines, cpython_lines):
        if a != b:
            ja, jb = json.loads(a), json.loads(b)
            diffs.append(f"{jb.get('source')} {jb.get('id')}:\n  pyodide {ja}\n  cpython {jb}")
    assert not diffs, f"{len(diffs)} posts differ:\n" + "\n".join(diffs[:10])


def test_inputs_cover_corpus_and_tricky_strings(cpython_lines):
    sources = [json.loads(line)["source"] for line in cpython_lines]
    assert "test.jsonl" in sources or "dev.jsonl" in sources
    assert sources.count("tricky.json") >= 25
    assert sources[-1] == "catalogue"
    ids = {json.loads(line).get("id") for line in cpython_lines}
    assert {"empty", "zero-width-client", "cyrillic-lookalikes", "emoji-before-finding",
            "astral-math"} <= ids


def test_offsets_are_code_points(cpython_lines):
    """Two emoji before the evidence count as two (not four UTF-16 units)."""
    by_id = {json.loads(line).get("id"): json.loads(line) for line in cpython_lines}
    text = "\U0001F62D\U0001F62D My 3pm client, a pilot from Dayton, cried today. \U0001F494"
    findings = by_id["emoji-before-finding"]["report"]["findings"]
    assert findings, "the client story after two emoji should be flagged"
    first = min(findings, key=lambda f: f["start"])
    assert text[first["start"]:first["end"]].startswith("My")


def test_pyodide_matches_cpython(wheel, cpython_lines):
    assert_same(run_pyodide(wheel), cpython_lines)


def test_pyodide_matches_cpython_with_shipped_stdlib(wheel, trimmed_stdlib, cpython_lines):
    assert_same(run_pyodide(wheel, trimmed_stdlib), cpython_lines)
