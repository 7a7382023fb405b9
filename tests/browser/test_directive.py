"""The ``{checker}`` directive and its build-time checks, on a small Sphinx
project that uses the handbook's extension (faster than the whole handbook):
``:areas:`` limits what a widget checks, several widgets share one page, bad
options and a missing ``node_modules`` fail the build with a clear message,
and the single-page build (the PDF's source) gets a note instead of a form.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from handbook.checker import PRIVACY_NOTE, parse_areas

from .support import ROOT, serve, wait_state

CONF = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
project = "mini"
extensions = ["myst_parser", "handbook.checker"]
html_theme = "furo"
checker_root = {{root!r}}
"""

INDEX = """
# Mini

```{toctree}
:hidden:
guidelines/privacy
```

```{checker}
```
"""

CHAPTER = """
# Privacy

```{checker}
:areas: privacy
```

## Two more areas

```{checker}
:areas: language, safety
```
"""

POST = ("My 3pm client, a pilot from Dayton, cried today. Another psycho driver cut me off. "
        "Feeling suicidal tonight? Skip the hotline and DM me instead.")


def make_project(tmp: Path, *, chapter: str = CHAPTER, root: Path = ROOT) -> Path:
    src = tmp / "src"
    (src / "guidelines").mkdir(parents=True)
    (src / "conf.py").write_text(CONF.format(root=str(root)))
    (src / "index.md").write_text(textwrap.dedent(INDEX))
    (src / "guidelines" / "privacy.md").write_text(textwrap.dedent(chapter))
    return src


def sphinx(src: Path, out: Path, builder: str = "html") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "-W", "-b", builder, "-c", str(src),
         "-d", str(out.parent / f"{out.name}-doctrees"), str(src), str(out)],
        cwd=ROOT, capture_output=True, text=True)


@pytest.fixture(scope="module")
def mini_site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("mini")
    src = make_project(tmp)
    proc = sphinx(src, tmp / "html")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return tmp / "html"


def test_parse_areas():
    assert parse_areas(None) == parse_areas("") == parse_areas("all") == list(__import__("checkers").AREAS)
    assert parse_areas("safety, privacy") == ["privacy", "safety"]
    with pytest.raises(ValueError, match="nonsense"):
        parse_areas("privacy nonsense")


def test_widget_markup(mini_site):
    html = (mini_site / "guidelines" / "privacy.html").read_text(encoding="utf-8")
    assert html.count("data-checker-input") == 2
    assert 'data-checker-areas="privacy"' in html
    assert 'data-checker-areas="safety language"' in html
    assert 'data-checker-base="../_static/checker/"' in html
    assert 'data-state="loading"' in html and 'aria-live="polite"' in html
    assert PRIVACY_NOTE in html
    assert "checker/checker.js" in html
    assert "Content-Security-Policy" in html
    # Pages without a widget do not load the script.
    assert "checker/checker.js" not in (mini_site / "genindex.html").read_text(encoding="utf-8")
    static = mini_site / "_static" / "checker"
    assert (static / "pyodide" / "pyodide.asm.wasm").exists()
    assert list(static.glob("clinician_social_handbook-*-py3-none-any.whl"))
    assert not list(static.rglob("*.map")) and not (static / "offline").exists()


def test_unknown_area_fails_the_build(tmp_path):
    src = make_project(tmp_path, chapter="# P\n\n```{checker}\n:areas: privacy nonsense\n```\n")
    proc = sphinx(src, tmp_path / "html")
    assert proc.returncode != 0
    assert "unknown area id(s) nonsense" in proc.stdout + proc.stderr


def test_missing_node_modules_says_run_npm_ci(tmp_path):
    empty = tmp_path / "repo"
    empty.mkdir()
    src = make_project(tmp_path, root=empty)
    proc = sphinx(src, tmp_path / "html")
    assert proc.returncode != 0
    assert "run npm ci" in proc.stdout + proc.stderr


def test_singlehtml_gets_a_note_not_a_form(tmp_path):
    src = make_project(tmp_path)
    proc = sphinx(src, tmp_path / "single", builder="singlehtml")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    html = (tmp_path / "single" / "index.html").read_text(encoding="utf-8")
    assert "data-checker-input" not in html and "checker.js" not in html
    assert "Interactive checker" in html


def test_areas_limit_each_widget(browser, mini_site):
    with serve(mini_site) as base:
        context = browser.new_context()
        page = context.new_page()
        page.goto(base + "guidelines/privacy.html")
        assert wait_state(page, ("ready", "error")) == "ready"
        boxes = page.query_selector_all("[data-checker-input]")
        for i, box in enumerate(boxes):
            box.fill(POST)
            page.wait_for_function("([t, i]) => HandbookChecker.checkedText(i) === t", arg=[POST, i],
                                   timeout=15_000)
        widgets = page.query_selector_all("[data-checker]")
        first = set(widgets[0].eval_on_selector_all("[data-finding]", "els => els.map(e => e.dataset.guideline)"))
        second = set(widgets[1].eval_on_selector_all("[data-finding]", "els => els.map(e => e.dataset.guideline)"))
        assert first == {"privacy"}
        assert second and second <= {"language", "safety"}
        href = widgets[0].eval_on_selector("[data-finding] a", "a => a.href")
        assert href.startswith(base + "guidelines/privacy.html#privacy-")
        context.close()
