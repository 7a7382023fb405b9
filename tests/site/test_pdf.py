"""make pdf: the whole handbook renders to one PDF (singlehtml + WeasyPrint).

Marked ``pdf`` (slow, about a minute); it runs in ``make test``.  Select or
skip it with ``pytest -m pdf`` / ``pytest -m "not pdf"``.
"""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata

import pytest

from .helpers import ROOT, parse_html

pytestmark = pytest.mark.pdf

CHAPTERS = ["start-here", "check", "guidelines/index",
            *(f"guidelines/{a}" for a in ("privacy", "boundaries", "accuracy", "consent",
                                          "safety", "language")),
            "case-studies", "templates/index", "ce/index", "rules"]


def squash(text: str) -> str:
    """Letters and digits only: pypdf spaces words unevenly in WeasyPrint's
    output and decodes some punctuation of its 2-byte font encodings oddly."""
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"[^a-z0-9]+", "", text)


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    build = tmp_path_factory.mktemp("pdf")
    out = build / "handbook.pdf"
    # --lenient: a content warning is test_build_succeeds' business; this test
    # checks that the PDF pipeline works on whatever the handbook holds.
    proc = subprocess.run(
        [sys.executable, "-m", "handbook.pdf", "--builddir", str(build), "--out", str(out),
         "--lenient"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    from pypdf import PdfReader

    reader = PdfReader(str(out))
    texts = [squash(p.extract_text() or "") for p in reader.pages]   # once: it is slow
    return out, build, reader, texts


def test_pdf_has_every_chapter_title(pdf, site):
    _, _, reader, texts = pdf
    assert len(reader.pages) >= len(CHAPTERS)
    text = "".join(texts)
    missing = []
    for doc in CHAPTERS:
        h1 = parse_html(site.outdir / f"{doc}.html").h1
        assert h1, f"no <h1> in {doc}.html"
        title = h1[0].strip()
        if squash(title) not in text:
            missing.append(f"{doc}: {title!r}")
    assert not missing, "chapter titles missing from the PDF:\n" + "\n".join(missing)


def test_pdf_prints_quiz_answers_and_page_numbers(pdf):
    _, build, reader, texts = pdf
    page = (build / "singlehtml" / "index.html").read_text(encoding="utf-8")
    whole = "".join(texts)
    answers = re.findall(r"<details\b.*?</summary>(.*?)</details>", page, re.S)
    for body in answers[:5]:               # dropdown bodies are printed, not hidden
        words = squash(re.sub(r"<[^>]+>", " ", body))[:40]
        assert words in whole, f"dropdown text missing from the PDF: {words!r}"
    # Page numbers in the footer (the cover has none).
    for number in range(2, min(len(texts), 12) + 1):
        assert str(number) in texts[number - 1], f"page {number} has no page number"
    assert reader.outline, "the PDF has no bookmarks"


def test_pdf_print_html_expands_dropdowns_and_drops_scripts(pdf):
    from handbook.pdf import prepare

    _, build, _, _ = pdf
    html, css = prepare((build / "singlehtml" / "index.html").read_text(encoding="utf-8"))
    assert "<script" not in html
    assert not re.search(r"<details\b(?![^>]*\bopen\b)", html)
    assert all("furo" not in h for h in css)
    assert 'class="hb-chapter-break"' in html and 'class="hb-toc"' in html
