"""Helpers shared by the site tests."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Build:
    returncode: int
    output: str
    outdir: Path
    doctreedir: Path
    seconds: float

    def problems(self) -> str:
        lines = [ln for ln in self.output.splitlines() if "WARNING" in ln or "ERROR" in ln]
        return "\n".join(lines) or self.output[-4000:]


def sphinx_build(srcdir: Path, outdir: Path, *, confdir: Path = ROOT, builder: str = "html",
                 options: tuple[str, ...] = ("-W", "--keep-going", "-n"),
                 cwd: Path = ROOT) -> Build:
    doctreedir = outdir.parent / f"{outdir.name}-doctrees"
    cmd = [sys.executable, "-m", "sphinx", *options, "-b", builder, "-c", str(confdir),
           "-d", str(doctreedir), str(srcdir), str(outdir)]
    t0 = time.monotonic()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    return Build(proc.returncode, proc.stdout + proc.stderr, outdir, doctreedir,
                 time.monotonic() - t0)


class Tags(HTMLParser):
    """Collects (tag, attrs) of every start tag and the text of headings."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.h1: list[str] = []
        self._in_h1 = 0
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        self.tags.append((tag, a))
        if tag == "h1":
            self._in_h1 += 1
            self.h1.append("")
        elif self._in_h1 and tag == "a" and "headerlink" in a.get("class", ""):
            self._skip += 1

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, {k: (v or "") for k, v in attrs}))

    def handle_endtag(self, tag):
        if tag == "h1" and self._in_h1:
            self._in_h1 -= 1
        elif tag == "a" and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if self._in_h1 and not self._skip:
            self.h1[-1] += data


def parse_html(path: Path) -> Tags:
    p = Tags()
    p.feed(path.read_text(encoding="utf-8"))
    p.close()
    return p
