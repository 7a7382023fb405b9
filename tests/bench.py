"""Benchmark of the checkers (``make bench``).  Targets from the checkers issue:

- check() on a typical post (<= 500 chars): median <= 0.5 ms
- a 100 KB text: <= 100 ms; a 1 MB text: <= 12x the 100 KB time
- ``import checkers``: <= 50 ms
- adversarial 1 MB inputs: well within the 1 MB bound
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

import checkers
from tests.adversarial import cases

CORPUS = Path(__file__).parent / "corpus"


def _posts() -> list[str]:
    out = []
    for split in ("dev", "test"):
        with open(CORPUS / f"{split}.jsonl", encoding="utf-8") as fh:
            out += [json.loads(line)["text"] for line in fh if line.strip()]
    return out


def _time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def typical_post_ms(posts: list[str]) -> float:
    typical = [p for p in posts if len(p) <= 500]
    for p in typical:  # warm caches
        checkers.check(p)
    per_post = [_time(lambda p=p: checkers.check(p), 15) for p in typical]
    return statistics.median(per_post) * 1000


def text_of(size: int, posts: list[str]) -> str:
    joined = "\n\n".join(posts)
    return (joined * (size // len(joined) + 1))[:size]


def import_ms() -> float:
    """Cumulative import time of ``checkers`` from ``python -X importtime``, median of 7.

    Measured as an installed package is used: with its bytecode cached, so a
    first run writes the .pyc files (PYTHONDONTWRITEBYTECODE is lifted for it).
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", "import checkers"], env=env, check=True)
    samples = []
    for _ in range(7):
        err = subprocess.run([sys.executable, "-X", "importtime", "-c", "import checkers"],
                             capture_output=True, text=True, check=True, env=env).stderr
        line = [ln for ln in err.splitlines() if re.search(r"\|\s+checkers$", ln)][-1]
        samples.append(int(line.split("|")[1]) / 1000)
    return statistics.median(samples)


def main() -> int:
    posts = _posts()
    rows = []
    typical = typical_post_ms(posts)
    rows.append(("check(), typical post (median)", f"{typical:.3f} ms", "<= 0.5 ms", typical <= 0.5))
    t100 = _time(lambda: checkers.check(text_of(100_000, posts)), 5) * 1000
    rows.append(("check(), 100 KB of posts", f"{t100:.1f} ms", "<= 100 ms", t100 <= 100))
    t1m = _time(lambda: checkers.check(text_of(1_000_000, posts)), 3) * 1000
    ratio = t1m / t100
    rows.append(("check(), 1 MB of posts", f"{t1m:.0f} ms ({ratio:.1f}x 100 KB)", "<= 12x", ratio <= 12))
    imp = import_ms()
    rows.append(("import checkers", f"{imp:.1f} ms", "<= 50 ms", imp <= 50))
    worst_name, worst = "", 0.0
    for name, text in cases(1_000_000).items():
        t = _time(lambda text=text: checkers.check(text), 1) * 1000
        if t > worst:
            worst_name, worst = name, t
    rows.append((f"worst adversarial 1 MB ({worst_name})", f"{worst:.0f} ms", f"<= {12 * t100:.0f} ms",
                 worst <= 12 * t100))
    width = max(len(r[0]) for r in rows)
    print(f"checkers {checkers.__version__}, Python {sys.version.split()[0]}, {len(checkers.RULES)} rules\n")
    for name, value, target, ok in rows:
        print(f"{name:<{width}}  {value:>22}  target {target:<10} {'ok' if ok else 'MISSED'}")
    return 0 if all(r[3] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
