"""Sphinx configuration of the handbook.

Build (the Makefile's ``make html``):

    sphinx-build -W --keep-going -n -b html -c . docs _build/html

Sources are MyST Markdown in docs/.  The project's own extension lives in the
``handbook`` package beside this file; the checkers it verifies examples with
are the ``checkers`` package.  Everything the site loads ships inside the
built folder: no CDN scripts, fonts or icons.
"""

from __future__ import annotations

import os
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

# -- Project -----------------------------------------------------------------

project = "Social Media Handbook for Mental-Health Professionals"
author = "The handbook contributors"
copyright = "the handbook contributors"
release = version = "0.1"
language = "en"

root_doc = "index"
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "**/.ipynb_checkpoints", "**/README.md"]

# -- Extensions --------------------------------------------------------------

extensions = [
    "myst_parser",
    "sphinx_design",
    "handbook.examples",
    "handbook.rule_reference",
    "handbook.checker",
    "handbook.course_time",
]

myst_enable_extensions = [
    "colon_fence",
    "deflist",
    "fieldlist",
    "attrs_block",
    "attrs_inline",
]
myst_heading_anchors = 3

# Broken cross-references are build errors (-n -W).
nitpicky = True

# -- HTML --------------------------------------------------------------------

html_theme = "furo"
html_title = "Social Media Handbook for Mental-Health Professionals"
html_short_title = "Social Media Handbook"
html_static_path: list[str] = []   # handbook/static is added by the extension
html_theme_options = {
    "navigation_with_keys": True,
    "top_of_page_buttons": [],       # no "edit/view source" links to a forge
}
html_show_sphinx = True
html_last_updated_fmt = None
# No html_baseurl: every link in the site is relative, so the folder can be
# served from any path or opened from disk.
html_copy_source = True             # search result snippets read _sources/
html_show_sourcelink = False

# -- Other builders ----------------------------------------------------------

# The PDF (make pdf) is rendered from the singlehtml build by handbook/pdf.py.
