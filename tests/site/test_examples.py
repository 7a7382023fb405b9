"""The {example} directive: verdicts are verified, posts are escaped."""

from __future__ import annotations

import textwrap

import pytest

import checkers
from handbook.examples import group_findings, highlight, parse_areas, shorten

from .helpers import ROOT, parse_html, sphinx_build

BENIGN = "Our office is closed on Monday for the holiday. See you Tuesday!"
HOSTILE = 'Office hours are 9 to 5. <script>alert("x")</script> <b>bold</b> & "quotes"'

CONF = textwrap.dedent(f"""
    import sys
    sys.path.insert(0, {str(ROOT)!r})
    extensions = ["myst_parser", "handbook.examples"]
    html_theme = "basic"
""")


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """A two-page project: one contradicted example, one hostile-but-correct."""
    assert checkers.check(BENIGN).guidelines == []
    assert checkers.check(HOSTILE).guidelines == []
    src = tmp_path_factory.mktemp("tiny")
    (src / "conf.py").write_text(CONF, encoding="utf-8")
    (src / "index.md").write_text(
        "# Tiny\n\n```{toctree}\nwrong\nhostile\n```\n", encoding="utf-8")
    (src / "wrong.md").write_text(
        f"# Wrong\n\n```{{example}}\n:applies: privacy\n:platform: facebook\n\n{BENIGN}\n```\n",
        encoding="utf-8")
    (src / "hostile.md").write_text(
        f"# Hostile\n\n```{{example}}\n:applies: none\n\n{HOSTILE}\n```\n", encoding="utf-8")
    return sphinx_build(src, src / "_build" / "html", confdir=src, cwd=src)


def test_contradicted_example_fails_the_build(tiny):
    assert tiny.returncode != 0, tiny.output
    errors = [ln for ln in tiny.output.splitlines() if "contradicts the checkers" in ln]
    assert len(errors) == 1, tiny.output
    line = errors[0]
    assert "wrong.md" in line and "'wrong'" in line                 # the page
    assert shorten(BENIGN)[:30] in line                             # the post
    assert ":applies: privacy" in line and "checkers say: none" in line   # both verdicts


def test_post_text_is_escaped(tiny):
    page = tiny.outdir / "hostile.html"
    html = page.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(" in html
    assert '<script>alert("x")' not in html and "<b>bold</b>" not in html
    cards = [a for t, a in parse_html(page).tags
             if t == "div" and "hb-example" in a.get("class", "").split()]
    assert len(cards) == 1 and cards[0]["data-applies"] == "none"


@pytest.mark.parametrize("value, areas", [
    ("none", []), ("privacy consent", ["privacy", "consent"]),
    ("consent, privacy", ["privacy", "consent"]), ("SAFETY", ["safety"]),
])
def test_parse_areas(value, areas):
    assert parse_areas(value) == areas


@pytest.mark.parametrize("value", ["", "none privacy", "privcy"])
def test_parse_areas_rejects(value):
    with pytest.raises(ValueError):
        parse_areas(value)


def _f(start, end, severity="warning", rule="privacy/x", message="m"):
    return {"start": start, "end": end, "severity": severity, "rule": rule, "message": message}


def test_highlight_overlaps_and_escapes():
    post = "a <b> c d"
    findings = [_f(2, 5, "warning"), _f(4, 9, "critical", rule="privacy/y", message="n")]
    _, number = group_findings(findings)
    out = highlight(post, findings, number)
    assert out.count("<mark") == 3
    assert "&lt;b" in out and "<b>" not in out
    assert 'hb-example__mark--critical' in out and 'hb-example__mark--warning' in out
    assert '<sup class="hb-example__ref" aria-hidden="true">1</sup>' in out


def test_same_finding_twice_is_one_list_item():
    groups, number = group_findings([_f(0, 1), _f(3, 4), _f(5, 6, rule="privacy/y")])
    assert groups == [[0, 1], [2]] and number == [1, 1, 2]
