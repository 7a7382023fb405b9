"""The handbook's Sphinx extension: directives, nodes and assets.

Each sub-module is a Sphinx extension of its own, listed in ``conf.py``:

* :mod:`handbook.examples` - the ``{example}`` directive: a post verified
  against the checkers at build time and rendered as a card.
* :mod:`handbook.rule_reference` - ``{rule-reference}`` and ``{rule-index}``,
  generated from :data:`checkers.RULES`.
* :mod:`handbook.checker` - the in-browser checker widget (Pyodide).
* :mod:`handbook.course_time` - ``{course-time}``, the CE time table summed
  from the chapters.
* :mod:`handbook.pdf` - renders the single-page build to a PDF (WeasyPrint).

Nothing here fetches anything at build time and nothing in the built site is
loaded from outside the built folder.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["AREA_TITLES", "STATIC_DIR", "add_static_path", "area_title"]

STATIC_DIR = Path(__file__).parent / "static"

# Chapter titles of the six guidance areas (ids are stable, see checkers.AREAS).
AREA_TITLES = {
    "privacy": "Privacy and confidentiality",
    "boundaries": "Professional boundaries",
    "accuracy": "Accuracy and evidence",
    "consent": "Informed consent",
    "safety": "Safe messaging about suicide and self-harm",
    "language": "Respectful, non-stigmatizing language",
}


def area_title(area: str) -> str:
    return AREA_TITLES.get(area, area)


def add_static_path(app) -> None:
    """Make ``handbook/static`` part of ``html_static_path`` (once).

    Call from a ``config-inited`` handler so every handbook sub-extension can
    rely on its assets being copied, whatever conf.py says.
    """
    paths = list(app.config.html_static_path)
    if not any(Path(app.confdir, p).resolve() == STATIC_DIR.resolve() for p in paths):
        paths.append(str(STATIC_DIR))
        app.config.html_static_path = paths
