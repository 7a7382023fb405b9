"""Render the whole handbook to one PDF (``make pdf``).

    python -m handbook.pdf [--builddir _build] [--out _build/pdf/handbook.pdf] [--no-build]

1. Build the ``singlehtml`` version (``sphinx-build -W --keep-going -n``) into
   ``<builddir>/singlehtml``: every page in toctree order, in one file.
2. Take the page's main content, drop the navigation chrome and scripts,
   expand every dropdown (quiz answers are printed, not hidden), mark where
   each page begins so it starts on a new PDF page, and add a cover and a
   table of contents with page numbers.
3. Render with WeasyPrint using the site's content stylesheets
   (sphinx-design, pygments, handbook.css) and ``handbook/pdf.css`` (the
   print layout: page size, running chapter title, page numbers).

Only files inside the build folder are read: WeasyPrint gets a URL fetcher
that refuses anything that is not a local file.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import re
import subprocess
import sys
import time
from html import escape, unescape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PDF_CSS = Path(__file__).with_name("pdf.css")
TITLE = "Social Media Handbook for Mental-Health Professionals"

# Stylesheets of the singlehtml page that the PDF keeps (the theme's own
# layout CSS is screen furniture and is dropped).
_KEEP_CSS = re.compile(r"(pygments|sphinx-design|handbook)[^/]*\.css")


STRICT = ("-W", "--keep-going", "-n")


def build_singlehtml(builddir: Path, srcdir: Path = ROOT / "docs", confdir: Path = ROOT,
                     options: tuple[str, ...] = STRICT) -> Path:
    """Run the single-page build; return the path of its index.html."""
    outdir = builddir / "singlehtml"
    cmd = [sys.executable, "-m", "sphinx", *options, "-q", "-b", "singlehtml", "-c", str(confdir), "-d", str(builddir / "doctrees-singlehtml"),
           str(srcdir), str(outdir)]
    subprocess.run(cmd, check=True)
    return outdir / "index.html"


def _main_content(page: str) -> str:
    """The article of the page (furo), or the body of any other theme."""
    m = re.search(r'<article[^>]*role="main"[^>]*>(.*?)</article>', page, re.S)
    if m:
        return m.group(1)
    m = re.search(r'<div[^>]*class="body"[^>]*role="main"[^>]*>(.*)</div>', page, re.S)
    if m:
        return m.group(1)
    m = re.search(r"<body[^>]*>(.*)</body>", page, re.S)
    return m.group(1) if m else page


def _text(fragment: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def prepare(page: str) -> tuple[str, list[str]]:
    """Turn the singlehtml page into the PDF's HTML; also return the kept CSS hrefs."""
    css = [h for h in re.findall(r'<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"', page)
           if _KEEP_CSS.search(h.split("?")[0])]
    body = _main_content(page)

    body = re.sub(r"<script\b.*?</script>", "", body, flags=re.S)
    body = re.sub(r'<a class="headerlink"[^>]*>.*?</a>', "", body, flags=re.S)
    body = re.sub(r"<details\b(?![^>]*\bopen\b)", "<details open", body)
    # Buttons and form controls do nothing on paper.
    body = re.sub(r"<button\b.*?</button>", "", body, flags=re.S)

    # Each page of the site starts on a new PDF page; its first heading is the
    # chapter title (for the running header and the contents).
    toc: list[tuple[str, str, int]] = []

    def chapter(m: re.Match) -> str:
        doc = m.group(1)
        return f'<div class="hb-chapter-break" id="document-{doc}"></div>'

    body = re.sub(r'<span id="document-([^"]+)"></span>', chapter, body)

    def title(m: re.Match) -> str:
        doc, level, attrs, inner = m.group(1), int(m.group(3)), m.group(4), m.group(5)
        toc.append((doc, _text(inner), level))
        return (f'{m.group(0)[:m.start(2) - m.start(0)]}'
                f'<h{level}{attrs} class="hb-chapter-title">{inner}</h{level}>')

    body = re.sub(
        r'<div class="hb-chapter-break" id="document-([^"]+)"></div>\s*<section[^>]*>\s*'
        r'(?:<span[^>]*></span>\s*)*(<h([1-6])([^>]*)>(.*?)</h\3>)',
        title, body, flags=re.S)

    # The landing page (root document) has no marker: its first heading opens
    # the body and names the running header until the first chapter.
    body = re.sub(r"<h1([^>]*)>", r'<h1\1 class="hb-chapter-title">', body, count=1)

    epoch = os.environ.get("SOURCE_DATE_EPOCH")   # reproducible builds
    built = (_dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc).date() if epoch
             else _dt.date.today()).isoformat()
    cover = (
        '<section class="hb-cover">'
        f'<h1 class="hb-cover__title">{escape(TITLE)}</h1>'
        '<p class="hb-cover__sub">Guidance, verified examples and checklists for psychologists, '
        'psychiatrists, counselors, social workers, therapists, nurses and trainees.</p>'
        f'<p class="hb-cover__date">Printed edition, built {built}.</p>'
        '<p class="hb-cover__note">Not legal advice. The checkers described here cannot see '
        'images, cannot detect sarcasm and read English only. The interactive checker is on '
        'the website version.</p>'
        '</section>')
    top = min((lvl for _, _, lvl in toc), default=2)
    items = "".join(
        f'<li class="hb-toc__l{lvl - top + 1}"><a href="#document-{escape(doc)}">{escape(t)}</a></li>'
        for doc, t, lvl in toc)
    contents = f'<nav class="hb-toc"><h1>Contents</h1><ul>{items}</ul></nav>'

    links = "".join(f'<link rel="stylesheet" href="{escape(h)}">' for h in css)
    html = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<title>{escape(TITLE)}</title>'
            f'<meta name="author" content="The handbook contributors">{links}</head>'
            f'<body class="hb-pdf">{cover}{contents}<main>{body}</main></body></html>')
    return html, css


def _local_only_fetcher():
    """WeasyPrint's fetcher restricted to local files and data: URLs."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"file", "data"})


def render(index_html: Path, out: Path) -> Path:
    """Render the singlehtml ``index_html`` to the PDF ``out``."""
    from weasyprint import CSS, HTML

    page = index_html.read_text(encoding="utf-8")
    html, _ = prepare(page)
    base = index_html.parent
    out.parent.mkdir(parents=True, exist_ok=True)
    fetcher = _local_only_fetcher()
    doc = HTML(string=html, base_url=str(base) + os.sep, url_fetcher=fetcher)
    doc.write_pdf(str(out), stylesheets=[CSS(filename=str(PDF_CSS), url_fetcher=fetcher)])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m handbook.pdf", description=__doc__.split("\n")[0])
    ap.add_argument("--builddir", type=Path, default=ROOT / "_build")
    ap.add_argument("--srcdir", type=Path, default=ROOT / "docs")
    ap.add_argument("--confdir", type=Path, default=ROOT)
    ap.add_argument("--out", type=Path, default=None, help="default: <builddir>/pdf/handbook.pdf")
    ap.add_argument("--no-build", action="store_true",
                    help="use the existing <builddir>/singlehtml build")
    ap.add_argument("--lenient", action="store_true",
                    help="build without -W (warnings do not stop the PDF)")
    args = ap.parse_args(argv)
    out = args.out or args.builddir / "pdf" / "handbook.pdf"
    t0 = time.monotonic()
    if args.no_build:
        index = args.builddir / "singlehtml" / "index.html"
    else:
        try:
            options = ("--keep-going", "-n") if args.lenient else STRICT
            index = build_singlehtml(args.builddir, args.srcdir, args.confdir, options)
        except subprocess.CalledProcessError as err:
            print(f"handbook.pdf: the singlehtml build failed (exit {err.returncode})",
                  file=sys.stderr)
            return err.returncode or 1
    t1 = time.monotonic()
    render(index, out)
    t2 = time.monotonic()
    size = out.stat().st_size
    try:
        from pypdf import PdfReader
        pages = f", {len(PdfReader(str(out)).pages)} pages"
    except Exception:  # pypdf is a test dependency; the count is a courtesy
        pages = ""
    print(f"handbook.pdf: wrote {out} ({size / 1024:.0f} KiB{pages}; "
          f"build {t1 - t0:.1f}s, render {t2 - t1:.1f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
