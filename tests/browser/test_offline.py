"""The offline zip (``make offline``): size, contents, and the checker working
both served by a plain static server and opened from file://."""

from __future__ import annotations

import zipfile
from urllib.parse import urlsplit

from handbook.assets import project_meta

from .support import INPUT, RESULTS, serve, wait_state

POST = "My 3pm client, a pilot from Dayton, cried today \U0001F62D"
FINE = "Reminder: our office is closed Monday for the holiday."
ZIP_TARGET = 12_000_000  # bytes (12 MB)


def check(page, text):
    page.fill(INPUT, text)
    page.wait_for_function(
        "t => HandbookChecker.checkedText() === t && "
        "document.querySelector('[data-checker-results]').dataset.state === 'done'",
        arg=text, timeout=15_000)


def test_zip_name_size_and_contents(offline_zip):
    name, version = project_meta()
    assert offline_zip.name == f"{name}-{version}-offline.zip"
    size = offline_zip.stat().st_size
    assert size <= ZIP_TARGET, f"offline zip is {size / 1e6:.2f} MB (target 12 MB)"
    names = zipfile.ZipFile(offline_zip).namelist()
    top = f"{name}-{version}/"
    assert all(n.startswith(top) for n in names)
    for required in ("README-OFFLINE.txt", "index.html", "check.html",
                     "_static/checker/checker.js", "_static/checker/worker.mjs",
                     "_static/checker/pyodide/pyodide.asm.wasm",
                     "_static/checker/offline/pyodide.asm.wasm.js",
                     "_static/checker/offline/wheel.js"):
        assert top + required in names, required
    assert not [n for n in names if n.endswith(".map") or n.endswith("console.html")]
    readme = zipfile.ZipFile(offline_zip).read(top + "README-OFFLINE.txt").decode()
    assert "python3 -m http.server" in readme and "index.html" in readme


def test_offline_build_allows_blob_scripts_only_there(offline_site, site):
    offline = (offline_site / "check.html").read_text(encoding="utf-8")
    normal = (site / "check.html").read_text(encoding="utf-8")
    assert "'wasm-unsafe-eval'" in offline and " blob:;" in offline.split("script-src", 1)[1].split(";")[0] + ";"
    assert "blob:" not in normal.split("script-src", 1)[1].split(";")[0]


def test_served_offline_bundle(browser, offline_site):
    with serve(offline_site) as base:
        context = browser.new_context()
        seen = []
        context.on("request", lambda r: seen.append(r.url))
        page = context.new_page()
        page.goto(base + "check.html")
        assert wait_state(page, ("ready", "error")) == "ready", page.text_content(RESULTS)
        check(page, POST)
        assert page.query_selector("[data-finding][data-guideline=privacy]")
        # Served over http, the normal path runs: the offline scripts are not loaded.
        assert not [u for u in seen if "/offline/" in u]
        assert all(urlsplit(u).netloc == urlsplit(base).netloc for u in seen)
        context.close()


def test_offline_bundle_from_file(browser, offline_site):
    context = browser.new_context()
    page = context.new_page()
    dialogs, csp = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: "Content Security Policy" in m.text and csp.append(m.text))
    page.goto((offline_site / "check.html").as_uri())
    assert wait_state(page, ("ready", "error"), timeout=120_000) == "ready", page.text_content(RESULTS)
    check(page, POST)
    rules = page.eval_on_selector_all("[data-finding]", "els => els.map(e => e.dataset.rule)")
    assert "privacy/client-story" in rules
    marks = page.eval_on_selector_all("[data-checker-mirror] mark", "els => els.map(e => e.textContent)")
    assert marks and marks[0].startswith("My")
    check(page, FINE)
    assert page.query_selector("[data-checker-clean]")
    check(page, "<script>alert(1)</script><img src=x onerror=alert(2)> client")
    assert dialogs == [] and csp == []
    context.close()


def test_offline_chapter_from_file_resolves_relative_paths(browser, offline_site):
    """A page one folder down finds the runtime with its relative paths."""
    chapters = [p for p in sorted((offline_site / "guidelines").glob("*.html"))
                if "data-checker-input" in p.read_text(encoding="utf-8")]
    if not chapters:
        import pytest
        pytest.skip("no chapter has a {checker} yet")
    context = browser.new_context()
    page = context.new_page()
    page.goto(chapters[0].as_uri())
    assert wait_state(page, ("ready", "error"), timeout=120_000) == "ready", page.text_content(RESULTS)
    context.close()
