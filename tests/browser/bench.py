"""Browser benchmark of the checker (``make bench-browser``); a script, not a test.

In one Chromium, each run in a fresh browser context (cold HTTP cache):

* checker ready: navigation start to ``data-state="ready"`` on check.html
  (Pyodide + the checkers wheel loaded in the worker);
* bare boot: navigation start to the end of ``loadPyodide()`` plus one
  ``runPython("1 + 1")``, from the same files on the same server, on a page
  with nothing else (main thread, and in a module worker like the checker);
* input to results: time from an ``input`` event to ``data-state="done"``,
  reported minus the 300 ms debounce, and from pressing Check (no debounce);
* bytes transferred for the checker page until ready.

    python -m tests.browser.bench [--runs 5] [--site _build/html] [--zip dist/...zip]

Targets (from the issue): ready <= 1.25 x bare boot; results <= 50 ms after the
debounce; offline zip <= 12 MB.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from .support import RESULTS, ROOT, build_site, launch, missing_requirements, serve, wait_state

DEBOUNCE_MS = 300

BARE_MAIN = b"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare boot</title></head>
<body><script type="module">
const index = new URL("/_static/checker/pyodide/", location.href).href;
const { loadPyodide } = await import(index + "pyodide.mjs");
const py = await loadPyodide({ indexURL: index });
py.runPython("1 + 1");
window.BARE_DONE = performance.now();
</script></body></html>"""

BARE_WORKER_PAGE = b"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare boot (worker)</title></head>
<body><script type="module">
const w = new Worker("/__bench/bare-worker.mjs", { type: "module" });
w.onmessage = () => { window.BARE_DONE = performance.now(); };
</script></body></html>"""

BARE_WORKER = b"""const index = new URL("/_static/checker/pyodide/", location.href).href;
const { loadPyodide } = await import(index + "pyodide.mjs");
const py = await loadPyodide({ indexURL: index });
py.runPython("1 + 1");
postMessage("done");
"""

POSTS = [
    "My 3pm client, a pilot from Dayton, cried today when we talked about her divorce.",
    "Great piece on sleep hygiene and anxiety from the CDC, worth a read.",
    "Another psycho driver cut me off on the way to the clinic this morning \U0001F62D",
    "Feeling suicidal tonight? Skip the hotline and DM me instead.",
]

# Records the moment the first widget reaches a state (MutationObserver).
OBSERVE = """() => {
  const el = document.querySelector('%s');
  window.__stateAt = {};
  new MutationObserver(() => {
    const s = el.getAttribute('data-state');
    window.__stateAt[s] = performance.now();
  }).observe(el, { attributes: true, attributeFilter: ['data-state'] });
}""" % RESULTS


def median(xs):
    return statistics.median(xs) if xs else float("nan")


def run_checker(browser, base: str) -> dict:
    context = browser.new_context()
    sizes = []
    context.on("requestfinished", lambda r: sizes.append((r.url, r.sizes())))
    page = context.new_page()
    page.goto(base + "check.html")
    wait_state(page, ("ready", "error"), timeout=120_000)
    if page.get_attribute(RESULTS, "data-state") != "ready":
        raise SystemExit("the checker failed: " + page.inner_text(RESULTS))
    ready = page.evaluate("HandbookChecker.timings().readyAt")
    transferred = sum(s["responseBodySize"] + s["responseHeadersSize"] for _, s in sizes)
    urls = [u for u, _ in sizes]

    page.evaluate(OBSERVE)
    typed, clicked = [], []
    for post in POSTS:
        for mode in ("input", "click"):
            page.evaluate("window.__stateAt = {}")
            t0 = page.evaluate(
                """([text, mode]) => {
                  const box = document.querySelector('[data-checker-input]');
                  box.value = text;
                  const t = performance.now();
                  if (mode === 'input') box.dispatchEvent(new Event('input', { bubbles: true }));
                  else document.querySelector('[data-checker-run]').click();
                  return t;
                }""", [post + (" " if mode == "click" else ""), mode])
            page.wait_for_function("() => window.__stateAt.done !== undefined", timeout=10_000)
            done = page.evaluate("window.__stateAt.done")
            (typed if mode == "input" else clicked).append(done - t0)
    context.close()
    return {"ready": ready, "bytes": transferred, "requests": len(urls), "urls": urls,
            "typed": typed, "clicked": clicked}


def run_bare(browser, base: str, path: str) -> float:
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + path)
    page.wait_for_function("() => window.BARE_DONE !== undefined", timeout=120_000)
    done = page.evaluate("window.BARE_DONE")
    context.close()
    return done


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.browser.bench", description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--site", type=Path, help="a built site (default: build one into a temp dir)")
    parser.add_argument("--zip", type=Path, help="the offline zip, to report its size")
    args = parser.parse_args(argv)
    why = missing_requirements()
    if why:
        print(f"bench-browser: cannot run: {why}", file=sys.stderr)
        return 2

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            print("building the site ...", file=sys.stderr)
            site = build_site(Path(tmp) / "html").outdir
        extra = {"/__bench/bare.html": ("text/html", BARE_MAIN),
                 "/__bench/bare-worker.html": ("text/html", BARE_WORKER_PAGE),
                 "/__bench/bare-worker.mjs": ("text/javascript", BARE_WORKER)}
        with serve(site, extra) as base, sync_playwright() as pw:
            browser = launch(pw)
            # One warm-up of each (OS file cache, Chromium start-up), not counted.
            run_checker(browser, base)
            run_bare(browser, base, "__bench/bare.html")
            checker, bare, bare_w = [], [], []
            for _ in range(args.runs):
                checker.append(run_checker(browser, base))
                bare.append(run_bare(browser, base, "__bench/bare.html"))
                bare_w.append(run_bare(browser, base, "__bench/bare-worker.html"))
            browser.close()

    ready = median([c["ready"] for c in checker])
    b_main, b_worker = median(bare), median(bare_w)
    typed = median([t for c in checker for t in c["typed"][1:]])
    first = median([c["typed"][0] for c in checker])
    clicked = median([t for c in checker for t in c["clicked"]])
    worst_typed = max(t for c in checker for t in c["typed"][1:])
    transferred = checker[-1]["bytes"]
    print(f"Chromium, {args.runs} cold runs each (fresh context), medians:")
    print(f"  checker ready (navigation -> data-state=ready): {ready:8.0f} ms")
    print(f"  bare Pyodide boot, main thread:                 {b_main:8.0f} ms")
    print(f"  bare Pyodide boot, module worker:               {b_worker:8.0f} ms")
    print(f"  ratio ready / bare (main thread):   {ready / b_main:5.2f}  (target <= 1.25)")
    print(f"  ratio ready / bare (worker):        {ready / b_worker:5.2f}")
    print(f"  input -> results (later checks): {typed:6.1f} ms = debounce {DEBOUNCE_MS} + {typed - DEBOUNCE_MS:5.1f} ms "
          f"(worst {worst_typed - DEBOUNCE_MS:.1f}; target <= 50 after debounce)")
    print(f"  first check right after ready (may wait for the worker's warm-up): "
          f"{first - DEBOUNCE_MS:5.1f} ms after debounce")
    print(f"  Check button -> results: {clicked:6.1f} ms")
    print(f"  transferred until ready: {transferred / 1e6:.2f} MB in {checker[-1]['requests']} requests")
    if args.zip:
        size = args.zip.stat().st_size if args.zip.exists() else None
        print(f"  offline zip: {args.zip.name}: " + (f"{size / 1e6:.2f} MB ({size} bytes; target <= 12 MB)" if size else "missing"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
