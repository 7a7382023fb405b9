"""The handbook builds with -W -n, every rule has its anchor, and nothing in
the built site is loaded from outside the built folder."""

from __future__ import annotations

import json
import re
from pathlib import Path

import checkers
from handbook.examples import JSON_NAME

from .helpers import parse_html

EXTERNAL = re.compile(r"^\s*(?:https?:|//)", re.I)
ASSET_RELS = {"stylesheet", "icon", "shortcut", "preload", "modulepreload", "prefetch",
              "apple-touch-icon", "mask-icon", "manifest", "import"}


def html_files(outdir: Path) -> list[Path]:
    return sorted(outdir.rglob("*.html"))


def test_build_succeeds(site):
    assert site.returncode == 0, (
        f"sphinx-build -W -n failed (exit {site.returncode}):\n{site.problems()}")
    assert (site.outdir / "index.html").is_file()
    assert (site.outdir / "search.html").is_file()
    assert (site.outdir / "searchindex.js").is_file()


def test_every_rule_has_its_anchor_in_its_chapter(site):
    missing = []
    for rule in checkers.RULES:
        page = site.outdir / "guidelines" / f"{rule.area}.html"
        if not page.is_file():
            missing.append(f"{rule.id}: no page {page.name}")
            continue
        tags = parse_html(page).tags
        sections = {a.get("id") for t, a in tags if t == "section"}
        if rule.anchor not in sections:
            missing.append(f"{rule.id}: no <section id=\"{rule.anchor}\"> in guidelines/{rule.area}.html")
    assert not missing, "\n".join(missing)


def test_rule_index_links_every_rule(site):
    page = site.outdir / "rules.html"
    hrefs = {a.get("href", "") for t, a in parse_html(page).tags if t == "a"}
    for rule in checkers.RULES:
        assert f"guidelines/{rule.area}.html#{rule.anchor}" in hrefs, rule.id


def test_no_external_assets(site):
    """Scripts, stylesheets, icons, preloads, images and CSS url()s are local."""
    bad = []
    for page in html_files(site.outdir):
        rel = page.relative_to(site.outdir)
        for tag, a in parse_html(page).tags:
            urls = []
            if tag in ("script", "img", "iframe", "audio", "video", "source", "track", "embed"):
                urls += [a.get("src", "")]
                urls += [u.strip().split(" ")[0] for u in a.get("srcset", "").split(",")]
            if tag == "link" and set(a.get("rel", "").lower().split()) & ASSET_RELS:
                urls.append(a.get("href", ""))
            if tag == "object":
                urls.append(a.get("data", ""))
            if "style" in a:
                urls += re.findall(r"url\(\s*['\"]?([^'\")]+)", a["style"])
            bad += [f"{rel}: <{tag}> {u}" for u in urls if u and EXTERNAL.match(u)]
    for css in sorted((site.outdir / "_static").rglob("*.css")):
        text = css.read_text(encoding="utf-8", errors="replace")
        text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)   # comments may name URLs
        urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", text)
        urls += re.findall(r"@import\s+['\"]([^'\"]+)", text)
        rel = css.relative_to(site.outdir)
        bad += [f"{rel}: url({u})" for u in urls if EXTERNAL.match(u)]
    assert not bad, "external assets:\n" + "\n".join(bad)


def test_examples_are_recorded_and_rendered(site):
    records = json.loads((site.doctreedir / JSON_NAME).read_text(encoding="utf-8"))
    rule_examples = [r for r in records if r["kind"] == "rule-example"]
    assert len(rule_examples) == len(checkers.RULES)
    assert len([r for r in records if r["kind"] == "rule-fine"]) == len(checkers.RULES)
    # Every record is a card in the built page it came from.
    per_page: dict[str, int] = {}
    for r in records:
        per_page[r["docname"]] = per_page.get(r["docname"], 0) + 1
    for docname, n in per_page.items():
        tags = parse_html(site.outdir / f"{docname}.html").tags
        cards = [a for t, a in tags if t == "div" and "hb-example" in a.get("class", "").split()]
        assert len(cards) == n, docname
    # (Whether each verdict matches is test_build_succeeds' business: a
    # contradicted example is a build error.)


def test_landing_page_toctree_order(site):
    tags = parse_html(site.outdir / "index.html").tags
    hrefs = [a["href"] for t, a in tags
             if t == "a" and "reference internal" in a.get("class", "") and a.get("href")]
    wanted = ["start-here.html", "check.html", "guidelines/index.html", "case-studies.html",
              "templates/index.html", "ce/index.html", "rules.html"]
    seen = [h for h in hrefs if h in wanted]
    firsts = list(dict.fromkeys(seen))
    assert firsts == wanted


def test_course_time_is_the_sum_of_the_chapters(site):
    from handbook.course_time import chapter_minutes
    from .helpers import ROOT
    reading = sum(chapter_minutes(ROOT / "docs", area) for area in checkers.AREAS)
    page = (site.outdir / "ce" / "index.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", " ", page)
    assert re.search(rf"Reading, 6 chapters\s+{reading} minutes", text)
    assert re.search(rf"Total\s+{reading + 30} minutes", text)
