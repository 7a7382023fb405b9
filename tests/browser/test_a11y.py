"""axe-core (node_modules/axe-core) finds no serious or critical accessibility
violations on the check page (with results shown, light and dark) and on a
chapter page."""

from __future__ import annotations

import pytest

from .support import AXE, INPUT, RESULTS, wait_state

POST = "My 3pm client, a pilot from Dayton, cried today. Another psycho driver cut me off."


def axe(page) -> list[dict]:
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate("""async () => {
        const r = await axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }));
    }""")
    return [v for v in result if v["impact"] in ("serious", "critical")]


def open_page(browser, url, **context_args):
    # bypass_csp: only so the test can inject axe; the page itself is unchanged.
    context = browser.new_context(bypass_csp=True, **context_args)
    page = context.new_page()
    page.goto(url)
    return context, page


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_check_page_with_results(browser, base_url, scheme):
    context, page = open_page(browser, base_url + "check.html", color_scheme=scheme)
    assert wait_state(page, ("ready", "error")) == "ready"
    page.fill(INPUT, POST)
    page.wait_for_function("t => HandbookChecker.checkedText() === t", arg=POST, timeout=15_000)
    assert page.query_selector("[data-finding]")
    violations = axe(page)
    context.close()
    assert not violations, violations


def test_check_page_while_loading(browser, base_url):
    context, page = open_page(browser, base_url + "check.html")
    violations = axe(page)
    context.close()
    assert not violations, violations


def test_chapter_page(browser, base_url, site):
    chapter = "guidelines/privacy.html"
    assert (site / chapter).exists()
    context, page = open_page(browser, base_url + chapter)
    if page.query_selector(RESULTS):
        assert wait_state(page, ("ready", "error")) == "ready"
    violations = axe(page)
    context.close()
    assert not violations, violations
