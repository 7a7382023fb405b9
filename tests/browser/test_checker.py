"""The in-browser checker on the served site (Chromium, Pyodide, the real wheel).

One page is loaded for the module and shared by the tests that only type into
it; it records every request, dialog and CSP complaint from the start.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

import checkers

from .support import INPUT, RESULTS, wait_state

TRICKY = {item["id"]: item["text"] for item in json.loads(
    (Path(__file__).resolve().parents[1] / "pyodide" / "tricky.json").read_text(encoding="utf-8"))}

POSTS = {
    "client-story": "My 3pm client, a pilot from Dayton, cried today when we talked about her divorce.",
    "review-reply": "Thanks for the review, Dana! Glad the sertraline is helping.",
    "crisis-dm": "Feeling suicidal tonight? Skip the hotline and DM me instead.",
    "label": "Another psycho driver cut me off on the way to the clinic this morning",
    "lookalikes": TRICKY["cyrillic-lookalikes"],
    "zero-width": TRICKY["zero-width-client"],
    "emoji": TRICKY["emoji-before-finding"],
    "zwj-family": TRICKY["emoji-zwj-family"],
    "astral-math": TRICKY["astral-math"],
}
FINE = "Reminder: our office is closed Monday for the holiday. Take care, everyone."
XSS = '<img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=2;alert(2)</script> my client'


class Recorder:
    def __init__(self):
        self.requests = []      # (url, method, post_data)
        self.dialogs = []
        self.console = []

    def attach(self, context, page):
        context.on("request", lambda r: self.requests.append((r.url, r.method, r.post_data)))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("console", lambda m: self.console.append(m.text))


@pytest.fixture(scope="module")
def session(browser, base_url):
    context = browser.new_context()
    page = context.new_page()
    rec = Recorder()
    rec.attach(context, page)
    page.goto(base_url + "check.html")
    assert wait_state(page, ("ready", "error")) == "ready", page.inner_text(RESULTS)
    yield page, rec
    context.close()


def check(page, text: str) -> None:
    """Paste ``text`` and wait for its results (typing path: debounce)."""
    page.fill(INPUT, text)
    page.wait_for_function(
        "t => HandbookChecker.checkedText() === t && "
        "document.querySelector('[data-checker-results]').dataset.state === 'done'",
        arg=text, timeout=15_000)


def shown(page) -> list[dict]:
    return page.eval_on_selector_all("[data-finding]", """els => els.map(e => ({
        rule: e.dataset.rule, guideline: e.dataset.guideline, severity: e.dataset.severity,
        quote: (e.querySelector('.hb-finding__quote') || {}).textContent || null,
        href: (e.querySelector('.hb-finding__more a') || {}).href || null }))""")


@pytest.mark.parametrize("name", list(POSTS))
def test_pasted_post_shows_the_findings_cpython_gives(session, name):
    page, _ = session
    text = POSTS[name]
    check(page, text)
    expected = checkers.check(text)
    got = shown(page)
    assert sorted((f["rule"], f["guideline"], f["severity"]) for f in got) == sorted(
        (f.rule, f.guideline, f.severity) for f in expected.findings)
    applies = {f["guideline"] for f in got if f["severity"] != "info"}
    assert applies == set(expected.guidelines)
    # Evidence: code-point offsets converted to UTF-16 quote the same text.
    for f in expected.findings:
        quote = " ".join(text[f.start:f.end].split())
        assert any(g["rule"] == f.rule and g["quote"] == quote for g in got), (f.rule, quote, got)


def test_expected_guidance_for_known_posts(session):
    page, _ = session
    for name, areas in {"client-story": {"privacy"}, "review-reply": {"privacy"},
                        "crisis-dm": {"safety"}, "label": {"language"},
                        "lookalikes": {"privacy"}, "emoji": {"privacy"}}.items():
        check(page, POSTS[name])
        got = set(page.eval_on_selector_all(
            "[data-finding][data-severity=warning], [data-finding][data-severity=critical]",
            "els => els.map(e => e.dataset.guideline)"))
        assert areas <= got, (name, got)


def test_highlights_handle_astral_characters(session):
    page, _ = session
    text = POSTS["emoji"]
    check(page, text)
    marks = page.eval_on_selector_all("[data-checker-mirror] mark", "els => els.map(e => e.textContent)")
    assert marks and marks[0].startswith("My"), marks
    # The mirror shows the whole post, emoji included, unchanged.
    assert page.text_content("[data-checker-mirror]") == text


def test_findings_link_to_rule_anchors(session, base_url):
    page, _ = session
    check(page, POSTS["client-story"])
    hrefs = [f["href"] for f in shown(page)]
    assert hrefs and all(h.startswith(base_url + "guidelines/") and "#" in h for h in hrefs)
    rule = next(f for f in shown(page) if f["rule"] == "privacy/client-story")
    assert rule["href"] == base_url + "guidelines/privacy.html#privacy-client-story"


def test_fine_post_says_nothing_flagged(session):
    page, _ = session
    check(page, FINE)
    assert page.query_selector_all("[data-finding]") == []
    clean = page.text_content("[data-checker-clean]")
    assert clean.startswith("Nothing flagged")
    assert "Nothing flagged" in page.text_content("[data-checker-status]")


def test_pasted_html_is_shown_as_text(session):
    page, rec = session
    check(page, XSS)
    page.wait_for_timeout(300)
    assert rec.dialogs == []
    assert page.evaluate("window.__xss") is None
    assert page.query_selector_all(".hb-checker img, .hb-checker script") == []
    assert page.text_content("[data-checker-mirror]") == XSS or page.is_hidden("[data-checker-mirror-wrap]")
    assert XSS.split(">")[0] not in page.inner_html(RESULTS)  # only escaped, if at all


def test_copy_report_is_plain_text(session):
    page, _ = session
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    check(page, POSTS["client-story"])
    page.click("[data-checker-copy]")
    page.wait_for_function("() => document.querySelector('[data-checker-status]').textContent === 'Report copied.'")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.evaluate("HandbookChecker.report()")
    assert "privacy/client-story" in copied and "not legal advice" in copied
    assert "<" not in copied


def test_empty_text_clears_results(session):
    page, _ = session
    check(page, POSTS["label"])
    page.fill(INPUT, "   ")
    page.wait_for_function("() => document.querySelector('[data-checker-results]').dataset.state === 'ready'")
    assert page.query_selector_all("[data-finding]") == []


def test_requests_stay_on_the_site_and_never_carry_the_text(session, base_url):
    page, rec = session
    marker = "Zebulon Quartermaine, my 4pm client from Tulsa"
    check(page, marker)
    page.wait_for_timeout(500)
    origin = urlsplit(base_url)
    assert rec.requests, "no requests recorded"
    for url, method, post_data in rec.requests:
        parts = urlsplit(url)
        assert (parts.scheme, parts.netloc) == (origin.scheme, origin.netloc), url
        assert method == "GET", (method, url)
        assert "Zebulon" not in url and "Quartermaine" not in url
        assert not post_data or "Zebulon" not in post_data
    # Nothing kept in browser storage either.
    stored = page.evaluate("""async () => ({
        local: JSON.stringify(Object.assign({}, localStorage)),
        session: JSON.stringify(Object.assign({}, sessionStorage)),
        idb: indexedDB.databases ? (await indexedDB.databases()).map(d => d.name) : [],
        cookie: document.cookie })""")
    assert "Zebulon" not in stored["local"] and "Zebulon" not in stored["session"]
    assert stored["idb"] == [] and stored["cookie"] == ""


def test_no_csp_violations_and_theme_script_runs(session):
    page, rec = session
    assert not [m for m in rec.console if "Content Security Policy" in m], rec.console
    assert page.evaluate("document.body.dataset.theme") in ("auto", "light", "dark")
    csp = page.get_attribute('meta[http-equiv="Content-Security-Policy"]', "content")
    script_src = re.search(r"script-src ([^;]+)", csp).group(1).split()
    assert [s for s in script_src if not s.startswith("'sha256-")] == ["'self'", "'wasm-unsafe-eval'"]
    assert "worker-src 'self' blob:" in csp and "default-src 'self'" in csp


def test_works_with_the_network_blocked_after_load(browser, base_url):
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + "check.html")
    assert wait_state(page, ("ready", "error")) == "ready"
    blocked = []
    context.route("**/*", lambda route: (blocked.append(route.request.url), route.abort()))
    context.set_offline(True)
    check(page, POSTS["client-story"])
    assert "privacy" in page.eval_on_selector_all("[data-finding]", "els => els.map(e => e.dataset.guideline)")
    check(page, FINE)
    assert page.query_selector("[data-checker-clean]")
    assert blocked == []
    context.close()


def test_keyboard_and_phone_width(browser, base_url):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(base_url + "check.html")
    assert wait_state(page, ("ready", "error")) == "ready"
    page.focus(INPUT)
    page.keyboard.type("Thanks for the review, Dana! Glad the sertraline is helping.")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.hasAttribute('data-checker-run')")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('[data-checker-results]').dataset.state === 'done'")
    assert page.query_selector("[data-finding][data-guideline=privacy]")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 361, f"horizontal scrolling at phone width ({width}px)"
    box = page.eval_on_selector("[data-checker]", "e => e.getBoundingClientRect().right")
    assert box <= 361
    context.close()


def test_dark_mode_uses_dark_colours(browser, base_url):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(base_url + "check.html")
    bg = page.eval_on_selector("[data-checker-input]", "e => getComputedStyle(e).backgroundColor")
    nums = [int(n) for n in re.findall(r"\d+", bg)[:3]]
    assert sum(nums) / 3 < 80, bg
    context.close()


def test_a_failed_load_is_an_error_not_a_hang(browser, base_url):
    context = browser.new_context()
    context.route(re.compile(r".*\.whl(\?.*)?$"), lambda route: route.abort())
    context.route(re.compile(r".*pyodide\.asm\.wasm$"), lambda route: route.abort())
    page = context.new_page()
    page.goto(base_url + "check.html")
    assert wait_state(page, ("ready", "error"), timeout=30_000) == "error"
    message = page.text_content(RESULTS)
    assert "checker could not start" in message.lower() or "checker" in message.lower()
    assert page.get_attribute(".hb-checker__error", "role") == "alert"
    context.close()


def test_normal_build_from_file_explains_how_to_open(browser, site):
    context = browser.new_context()
    page = context.new_page()
    page.goto((site / "check.html").as_uri())
    assert wait_state(page, ("ready", "error"), timeout=15_000) == "error"
    assert "python3 -m http.server" in page.text_content(RESULTS)
    context.close()


def test_csp_allows_every_page_and_search(browser, base_url, site):
    """The policy is on every page and blocks nothing the site itself uses."""
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html")
                   if "_static" not in p.parts)
    missing = [p for p in pages
               if 'http-equiv="Content-Security-Policy"' not in (site / p).read_text(encoding="utf-8")]
    assert not missing, missing
    context = browser.new_context()
    page = context.new_page()
    complaints = []
    page.on("console", lambda m: "Content Security Policy" in m.text and complaints.append((page.url, m.text)))
    page.on("pageerror", lambda e: complaints.append((page.url, str(e))))
    for path in pages:
        page.goto(base_url + path, wait_until="load")
    page.goto(base_url + "search.html?q=client")
    page.wait_for_selector("#search-results li, #search-results p", timeout=15_000)
    context.close()
    assert not complaints, complaints[:5]


def test_loading_reports_real_progress(browser, base_url):
    context = browser.new_context()
    # Record every change of the progress label inside the page: polling from
    # the test can miss a short phase (the standard library loads from disk in
    # a few milliseconds when the machine is idle).
    context.add_init_script("""
        window.__progressLabels = [];
        new MutationObserver(() => {
          const el = document.querySelector("[data-checker-progress-label]");
          const label = el && el.textContent;
          const seen = window.__progressLabels;
          if (label && seen[seen.length - 1] !== label) seen.push(label);
        }).observe(document, {subtree: true, childList: true, characterData: true});
    """)
    page = context.new_page()
    page.goto(base_url + "check.html")
    page.wait_for_selector(f'{RESULTS}[data-state="ready"], {RESULTS}[data-state="error"]', state="attached",
                           timeout=120_000)
    assert page.get_attribute(RESULTS, "data-state") == "ready"
    labels = page.evaluate("window.__progressLabels")
    text = " | ".join(labels)
    assert "Python runtime" in text and "Python standard library" in text, text
    percents = [int(m) for m in re.findall(r"\((\d+)%\)", text)]
    assert percents == sorted(percents) and max(percents) >= 75, percents
    assert page.is_hidden("[data-checker-progress]")
    context.close()
