"""Shared by the browser tests and ``make bench-browser``: build the site,
serve a folder on 127.0.0.1, launch the machine's Chromium with Playwright.

Nothing here downloads anything: Playwright drives /usr/bin/chromium (or
$CHROMIUM) with ``executable_path``; ``playwright install`` is never needed.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

# Selectors of the widget (handbook/checker.py renders them).
RESULTS = "[data-checker-results]"
INPUT = "[data-checker-input]"


def missing_requirements() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if not Path(CHROMIUM).exists():
        return f"no Chromium at {CHROMIUM}"
    if not (ROOT / "node_modules" / "pyodide" / "pyodide.asm.wasm").exists():
        return "node_modules/pyodide missing: run npm ci"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "Python playwright is not installed"
    return None


@dataclass
class Site:
    outdir: Path
    output: str
    seconds: float


def build_site(outdir: Path, *, offline: bool = False, extra: tuple[str, ...] = ()) -> Site:
    """``sphinx-build -b html`` of docs/ into ``outdir`` (offline: the zip's variant).

    Not -W: these tests are about the checker widget, and the site's own
    tests (tests/site) hold the build to zero warnings.
    """
    doctrees = outdir.parent / f"{outdir.name}-doctrees"
    cmd = [sys.executable, "-m", "sphinx", "-q", "--keep-going", "-b", "html", "-c", str(ROOT),
           "-d", str(doctrees), *(["-D", "checker_offline=1"] if offline else []), *extra,
           str(ROOT / "docs"), str(outdir)]
    t0 = time.monotonic()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if not (outdir / "check.html").exists():
        raise RuntimeError(f"site build failed ({proc.returncode}):\n{proc.stdout[-3000:]}{proc.stderr[-3000:]}")
    return Site(outdir, proc.stdout + proc.stderr, time.monotonic() - t0)


class _Handler(http.server.SimpleHTTPRequestHandler):
    extra: dict[str, tuple[str, bytes]] = {}

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        if path in self.extra:
            ctype, body = self.extra[path]
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()


_Handler.extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                           ".wasm": "application/wasm", ".mjs": "text/javascript",
                           ".js": "text/javascript"}


@contextlib.contextmanager
def serve(directory: Path, extra: dict[str, tuple[str, bytes]] | None = None):
    """Serve ``directory`` on http://127.0.0.1:<free port>/; yields the base URL."""
    handler = type("Handler", (_Handler,), {"extra": dict(extra or {})})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)


def unzip(zip_path: Path, dest: Path) -> Path:
    """Unpack the offline zip; returns its single top folder."""
    shutil.unpack_archive(str(zip_path), str(dest))
    (top,) = [p for p in dest.iterdir() if p.is_dir()]
    return top


def wait_state(page, states: str | tuple[str, ...], timeout: float = 90_000) -> str:
    """Wait until the first widget's results have one of ``states``; returns it."""
    if isinstance(states, str):
        states = (states,)
    selector = ", ".join(f"{RESULTS}[data-state={s}]" for s in states)
    page.wait_for_selector(selector, state="attached", timeout=timeout)
    return page.get_attribute(RESULTS, "data-state")
