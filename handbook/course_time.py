"""``{course-time}``: the CE course's time table, summed from the chapters.

Each chapter states "Estimated reading time: NN minutes." inside its learning
objectives.  The course overview shows those figures and their total; reading
them from the chapters (rather than typing them again) keeps the two in step.

    ```{course-time}
    :post-test: 30
    ```
"""

from __future__ import annotations

import re
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from checkers import AREAS

from . import area_title

READING_TIME = re.compile(r"Estimated reading time:\s*(\d+)\s*minutes")


def chapter_minutes(srcdir: Path, area: str) -> int | None:
    match = READING_TIME.search((srcdir / "guidelines" / f"{area}.md").read_text(encoding="utf-8"))
    return int(match.group(1)) if match else None


def _table(rows: list[tuple[str, str, bool]]) -> nodes.table:
    table = nodes.table(classes=["hb-course-time"])
    group = nodes.tgroup(cols=2)
    table += group
    group += [nodes.colspec(colwidth=3), nodes.colspec(colwidth=1)]
    head = nodes.thead()
    head += nodes.row("", *(nodes.entry("", nodes.paragraph(text=t)) for t in ("Part", "Estimated time")))
    body = nodes.tbody()
    for label, value, strong in rows:
        cells = []
        for text in (label, value):
            para = nodes.paragraph()
            para += nodes.strong(text=text) if strong else nodes.Text(text)
            cells.append(nodes.entry("", para))
        body += nodes.row("", *cells)
    group += [head, body]
    return table


class CourseTime(SphinxDirective):
    option_spec = {"post-test": directives.nonnegative_int}

    def run(self):
        srcdir = Path(self.env.srcdir)
        rows, reading = [], 0
        for area in AREAS:
            self.env.note_dependency(str(srcdir / "guidelines" / f"{area}.md"))
            minutes = chapter_minutes(srcdir, area)
            if minutes is None:
                raise self.error(f"guidelines/{area}.md states no 'Estimated reading time: NN minutes.'")
            reading += minutes
            rows.append((area_title(area), f"{minutes} minutes", False))
        rows.append((f"Reading, {len(AREAS)} chapters", f"{reading} minutes", True))
        post_test = self.options.get("post-test", 0)
        if post_test:
            rows.append(("Post-test", f"{post_test} minutes", False))
        total = reading + post_test
        rows.append(("Total", f"{total} minutes (about {round(total / 60, 1):g} hours)", True))
        return [_table(rows)]


def setup(app):
    app.add_directive("course-time", CourseTime)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
