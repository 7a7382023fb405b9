"""Runtime assets of the in-browser checker, written into the built site.

At ``builder-inited`` the extension checks that ``node_modules/pyodide`` is
there (the build fails with "run npm ci" otherwise) and builds a wheel of the
repository's ``checkers`` package with flit_core, in process (no network, no
subprocess, deterministic).  At ``build-finished`` it writes into
``<outdir>/_static/checker/``:

* ``clinician_social_handbook-<version>-py3-none-any.whl`` - the checkers;
* ``pyodide/`` - the Pyodide runtime from ``node_modules/pyodide``:
  ``pyodide.mjs``, ``pyodide.asm.mjs``, ``pyodide.asm.wasm`` (copied as they
  are), ``python_stdlib.zip`` (trimmed: large standard-library packages the
  checkers and Pyodide's start-up never import - email, xml, unittest,
  multiprocessing, most codecs... - are left out, which saves about 1.4 MB
  to download) and ``pyodide-lock.json`` (reduced to its ``info`` block: the
  checker installs no Pyodide packages, so nothing can be fetched from a CDN);
* ``offline/*.js`` (only with ``checker_offline = True``, the offline zip):
  the same files gzip-compressed and base64-encoded inside classic scripts,
  which the page can load from ``file://`` where ``fetch`` cannot.

It also adds a Content-Security-Policy ``<meta>`` to every HTML page
(``default-src 'self'``; ``script-src 'self' 'wasm-unsafe-eval'`` plus the
sha256 of each inline script the theme writes; ``worker-src 'self' blob:``).
The offline build adds ``blob:`` to ``script-src``: from ``file://`` the
worker can only import Pyodide from blob: URLs.

Generated files are cached in ``<doctreedir>/checker-cache`` keyed by the
hash of their inputs, so rebuilds only copy.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import os
import re
import shutil
import tempfile
import zipfile
from pathlib import Path

from sphinx.errors import ExtensionError
from sphinx.util import logging

__all__ = [
    "PYODIDE_FILES", "OFFLINE_FILES", "CSP_PLACEHOLDER", "RuntimeMissing",
    "build_wheel", "find_pyodide", "trim_stdlib", "reduce_lockfile",
    "offline_script", "content_security_policy", "setup",
]

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent

# What the browser needs from node_modules/pyodide (no .map files, no consoles).
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm",
                 "python_stdlib.zip", "pyodide-lock.json")

# Carried base64-encoded in classic scripts for file:// (the offline bundle).
# ``wheel`` and ``worker`` are the checkers wheel and checker/worker.mjs.
OFFLINE_FILES = PYODIDE_FILES + ("wheel", "worker")

# Standard-library parts left out of python_stdlib.zip.  Neither Pyodide's
# start-up nor the checkers import them (tests/test_pyodide_parity.py runs the
# whole corpus against the trimmed zip, so a new import shows up there).
STDLIB_DROP_PACKAGES = frozenset({
    "email", "multiprocessing", "xml", "xmlrpc", "_pyrepl", "unittest", "http",
    "urllib", "wsgiref", "sqlite3", "ctypes", "pydoc_data", "idlelib", "tkinter",
    "turtledemo", "lib2to3", "ensurepip", "venv", "curses", "dbm", "zoneinfo",
    "__phello__",
})
STDLIB_DROP_MODULES = frozenset({
    "pdb", "doctest", "pydoc", "tarfile", "imaplib", "smtplib", "ftplib", "poplib",
    "mailbox", "pickletools", "profile", "cProfile", "pstats", "trace", "tracemalloc",
    "timeit", "bdb", "cmd", "wave", "turtle", "antigravity", "this", "__hello__",
    "webbrowser", "socketserver", "_pyio", "_pydecimal", "plistlib", "shelve", "netrc",
    "zipapp", "tabnanny", "pyclbr", "modulefinder", "compileall", "py_compile",
    "symtable", "pty", "tty", "getpass", "_ast_unparse",
})
STDLIB_KEEP_ENCODINGS = frozenset({
    "__init__", "aliases", "utf_8", "utf_8_sig", "ascii", "latin_1", "utf_16",
    "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be", "cp437",
    "cp1252", "idna", "punycode", "raw_unicode_escape", "unicode_escape",
})

# Filled in by the html-page-context handler, replaced at write time.
CSP_PLACEHOLDER = "<!--handbook-csp-->"
_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)


class RuntimeMissing(ExtensionError):
    pass


# -- pieces (usable without Sphinx: tests and the Makefile call these) -------

def find_pyodide(root: Path | str = ROOT) -> Path:
    """``node_modules/pyodide`` under ``root``, checked for every needed file."""
    base = Path(root) / "node_modules" / "pyodide"
    missing = [f for f in PYODIDE_FILES if not (base / f).is_file()]
    if missing:
        raise RuntimeMissing(
            f"the in-browser checker needs the Pyodide runtime from npm, but "
            f"{base} is missing {', '.join(missing)}: run npm ci (or make deps) in {Path(root)}")
    return base


def build_wheel(outdir: Path | str, root: Path | str = ROOT) -> Path:
    """Build the pure-Python wheel of the repository into ``outdir``.

    Uses flit_core (the project's build backend) in process: the same wheel
    ``python -m build --wheel`` makes, without an isolated environment.
    """
    try:
        from flit_core.wheel import make_wheel_in
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ExtensionError(
            "building the checkers wheel needs flit_core: pip install -e '.[docs]'") from e
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1451606400")  # 2016-01-01: reproducible
    try:
        import logging as std_logging
        std_logging.getLogger("flit_core").setLevel(std_logging.WARNING)
        return Path(make_wheel_in(Path(root) / "pyproject.toml", outdir).file)
    finally:
        if old is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)


def trim_stdlib(data: bytes) -> bytes:
    """python_stdlib.zip without the packages the checker never imports."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for info in src.infolist():
            parts = info.filename.split("/")
            top = parts[0]
            if len(parts) > 1 and top in STDLIB_DROP_PACKAGES:
                continue
            if len(parts) == 1 and top.endswith(".py") and top[:-3] in STDLIB_DROP_MODULES:
                continue
            if (top == "encodings" and len(parts) == 2 and parts[1].endswith(".py")
                    and parts[1][:-3] not in STDLIB_KEEP_ENCODINGS):
                continue
            dst.writestr(info, src.read(info), compress_type=zipfile.ZIP_DEFLATED,
                         compresslevel=9)
    return out.getvalue()


def reduce_lockfile(data: bytes) -> bytes:
    """The lock file's ``info`` block with no packages (nothing to fetch)."""
    lock = json.loads(data)
    return json.dumps({"info": lock["info"], "packages": {}}, sort_keys=True).encode()


def offline_script(name: str, data: bytes) -> bytes:
    """A classic script that carries ``data`` gzip-compressed, base64-encoded.

    Loading it sets ``self.HandbookCheckerFiles[name]``; the page hands the
    string to the worker, which decodes it (see checker.js / worker.mjs).
    """
    packed = base64.b64encode(gzip.compress(data, compresslevel=9, mtime=0)).decode("ascii")
    return (f"(self.HandbookCheckerFiles=self.HandbookCheckerFiles||{{}})"
            f"[{json.dumps(name)}]={{size:{len(data)},gz:\"{packed}\"}};\n").encode("ascii")


def content_security_policy(inline_scripts: list[str], offline: bool = False) -> str:
    """The policy for a page whose inline scripts are ``inline_scripts``."""
    hashes = sorted({"'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()
                     for s in inline_scripts})
    script = ["'self'", "'wasm-unsafe-eval'", *hashes] + (["blob:"] if offline else [])
    return "; ".join([
        "default-src 'self'",
        "script-src " + " ".join(script),
        "worker-src 'self' blob:",
        "connect-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
    ])


def _digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(hashlib.sha256(p).digest())
    return h.hexdigest()[:16]


def _write_if_changed(path: Path, data: bytes) -> None:
    if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _copy_if_changed(src: Path, dst: Path) -> None:
    if dst.is_file():
        a, b = src.stat(), dst.stat()
        if a.st_size == b.st_size and int(a.st_mtime) == int(b.st_mtime):
            return
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, dst)


# -- Sphinx ----------------------------------------------------------------

class _State:
    """What builder-inited prepared, for the directive and build-finished."""

    wheel: Path | None = None
    wheel_url: str = ""
    pyodide: Path | None = None


def _state(app) -> _State:
    if not hasattr(app, "_handbook_checker"):
        app._handbook_checker = _State()
    return app._handbook_checker


def _is_html(app) -> bool:
    return getattr(app.builder, "format", "") == "html"


def _ships_runtime(app) -> bool:
    """Builders whose pages can hold a working widget (not singlehtml: the PDF)."""
    return _is_html(app) and app.builder.name in ("html", "dirhtml")


def _builder_inited(app) -> None:
    if not _ships_runtime(app):
        return
    st = _state(app)
    root = Path(app.config.checker_root or app.confdir)
    st.pyodide = find_pyodide(root)
    cache = Path(app.doctreedir) / "checker-cache"
    wheel_dir = Path(tempfile.mkdtemp(prefix="wheel-", dir=_mkdir(cache)))
    try:
        built = build_wheel(wheel_dir, root)
        st.wheel = cache / built.name
        os.replace(built, st.wheel)
    finally:
        shutil.rmtree(wheel_dir, ignore_errors=True)
    # The query string busts browser caches when the checkers change but the
    # version does not.
    st.wheel_url = f"{st.wheel.name}?v={_digest(st.wheel.read_bytes())}"


def _mkdir(p: Path) -> Path:
    p.mkdir(parents=True, exist_ok=True)
    return p


def _cached(cache: Path, key: str, name: str, make) -> bytes:
    """``make()`` once per input hash ``key``, kept in the build cache."""
    path = cache / f"{key}-{name}"
    if path.is_file():
        return path.read_bytes()
    data = make()
    _write_if_changed(path, data)
    for old in cache.glob(f"*-{name}"):
        if old != path:
            old.unlink(missing_ok=True)
    return data


def runtime_files(pyodide: Path, cache: Path) -> dict[str, bytes | Path]:
    """name -> bytes (derived) or Path (copied as is) for ``pyodide/``."""
    out: dict[str, bytes | Path] = {}
    for name in PYODIDE_FILES:
        src = pyodide / name
        if name == "python_stdlib.zip":
            raw = src.read_bytes()
            out[name] = _cached(cache, _digest(raw, b"trim-1"), name,
                                lambda raw=raw: trim_stdlib(raw))
        elif name == "pyodide-lock.json":
            out[name] = reduce_lockfile(src.read_bytes())
        else:
            out[name] = src
    return out


def _build_finished(app, exception) -> None:
    if exception is not None or not _is_html(app):
        return
    if app.config.checker_csp:
        _write_csp(Path(app.outdir), app.config.checker_offline)
    if not _ships_runtime(app):
        return
    st = _state(app)
    if st.pyodide is None or st.wheel is None:
        return
    target = Path(app.outdir) / "_static" / "checker"
    cache = _mkdir(Path(app.doctreedir) / "checker-cache")
    files = runtime_files(st.pyodide, cache)
    for name, src in files.items():
        dst = target / "pyodide" / name
        if isinstance(src, Path):
            _copy_if_changed(src, dst)
        else:
            _write_if_changed(dst, src)
    wheel_bytes = st.wheel.read_bytes()
    _write_if_changed(target / st.wheel.name, wheel_bytes)
    for old in target.glob("*.whl"):
        if old.name != st.wheel.name:
            old.unlink()

    offline_dir = target / "offline"
    if app.config.checker_offline:
        worker = (Path(__file__).parent / "static" / "checker" / "worker.mjs").read_bytes()
        for name in OFFLINE_FILES:
            if name == "wheel":
                data = wheel_bytes
            elif name == "worker":
                data = worker
            else:
                src = files[name]
                data = src.read_bytes() if isinstance(src, Path) else src
            script = _cached(cache, _digest(data, b"offline-1"), name + ".js",
                             lambda name=name, data=data: offline_script(name, data))
            _write_if_changed(offline_dir / f"{name}.js", script)
    elif offline_dir.exists():
        shutil.rmtree(offline_dir)


def _page_context(app, pagename, templatename, context, doctree) -> None:
    if _is_html(app) and app.config.checker_csp:
        # First thing in <head>, so the policy covers every script after it.
        context["metatags"] = CSP_PLACEHOLDER + "\n" + context.get("metatags", "")


def _write_csp(outdir: Path, offline: bool) -> None:
    """Fill each page's placeholder with a policy hashing its inline scripts."""
    for page in outdir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        if CSP_PLACEHOLDER not in html:
            continue
        policy = content_security_policy(_INLINE_SCRIPT.findall(html), offline)
        meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        page.write_text(html.replace(CSP_PLACEHOLDER, meta, 1), encoding="utf-8")


def setup(app):
    app.add_config_value("checker_offline", False, "html", bool)
    app.add_config_value("checker_csp", True, "html", bool)
    app.add_config_value("checker_root", "", "html", str)
    app.connect("builder-inited", _builder_inited)
    app.connect("html-page-context", _page_context)
    app.connect("build-finished", _build_finished)
    return {"version": "0.1.0", "parallel_read_safe": True, "parallel_write_safe": True}


# -- the offline zip (make offline) ---------------------------------------------

ZIP_LIMIT = 12_000_000  # bytes: the 12 MB target of the offline bundle
_STORED = (".zip", ".png", ".jpg", ".jpeg", ".gif", ".woff", ".woff2", ".pdf")


def project_meta(root: Path | str = ROOT) -> tuple[str, str]:
    """(name, version) from pyproject.toml."""
    import tomllib

    with open(Path(root) / "pyproject.toml", "rb") as fh:
        project = tomllib.load(fh)["project"]
    return project["name"], project["version"]


def make_offline_zip(site: Path | str, dist: Path | str, root: Path | str = ROOT,
                     title: str = "Social Media Handbook for Mental-Health Professionals") -> Path:
    """Zip the built ``site`` (an offline build) with README-OFFLINE.txt.

    Writes ``dist/<name>-<version>-offline.zip`` holding one folder,
    ``<name>-<version>/``.  Entries are sorted and dated 2016-01-01 so the
    same site gives the same zip.
    """
    import datetime

    site, dist = Path(site), Path(dist)
    if not (site / "_static" / "checker" / "offline").is_dir():
        raise SystemExit(f"{site} is not an offline build (no _static/checker/offline/): "
                         f"build with -D checker_offline=1")
    name, version = project_meta(root)
    folder = f"{name}-{version}"
    dist.mkdir(parents=True, exist_ok=True)
    out = dist / f"{folder}-offline.zip"
    # Source maps only serve developer tools; .buildinfo only Sphinx.
    files = sorted(p for p in site.rglob("*")
                   if p.is_file() and p.name != ".buildinfo" and p.suffix != ".map"
                   and "__pycache__" not in p.parts)
    stamp = (2016, 1, 1, 0, 0, 0)

    def write_all(readme: str) -> None:
        tmp = out.with_name(out.name + ".tmp")
        with zipfile.ZipFile(tmp, "w") as zf:
            def add(arcname: str, data: bytes) -> None:
                info = zipfile.ZipInfo(f"{folder}/{arcname}", date_time=stamp)
                info.external_attr = 0o644 << 16
                stored = arcname.endswith(_STORED)
                info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
                zf.writestr(info, data, compresslevel=None if stored else 9)
            add("README-OFFLINE.txt", readme.encode("utf-8"))
            for p in files:
                add(p.relative_to(site).as_posix(), p.read_bytes())
        os.replace(tmp, out)

    template = (Path(__file__).parent / "README-OFFLINE.txt").read_text(encoding="utf-8")
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    day = (datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date()
           if epoch else datetime.date.today())
    fields = dict(title=title, underline="=" * (len(title) + 15), version=version,
                  date=day.isoformat(), folder=folder, size_mb="?")
    write_all(template.format(**fields))
    # Second pass with the real size in the README (differs by a byte or two).
    fields["size_mb"] = f"{out.stat().st_size / 1e6:.1f}"
    write_all(template.format(**fields))
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m handbook.assets")
    sub = parser.add_subparsers(dest="command", required=True)
    z = sub.add_parser("zip", help="zip an offline build into dist/")
    z.add_argument("site")
    z.add_argument("dist")
    w = sub.add_parser("wheel", help="build the checkers wheel")
    w.add_argument("dist")
    args = parser.parse_args(argv)
    if args.command == "wheel":
        print(build_wheel(args.dist))
        return 0
    out = make_offline_zip(args.site, args.dist)
    size = out.stat().st_size
    verdict = "within" if size <= ZIP_LIMIT else "OVER"
    print(f"{out}: {size / 1e6:.2f} MB ({size} bytes), {verdict} the 12 MB target")
    return 0 if size <= ZIP_LIMIT else 1


if __name__ == "__main__":
    raise SystemExit(main())
