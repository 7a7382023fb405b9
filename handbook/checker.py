"""The in-browser checker: the ``{checker}`` directive.

    ```{checker}
    :areas: privacy
    ```

renders a form where a reader pastes a draft post and sees which guidance
applies, with the evidence highlighted.  The checks run in the page: a Web
Worker loads Pyodide and the checkers wheel from the site itself (see
:mod:`handbook.assets`), so the text never leaves the computer.

``:areas:`` takes area ids (space or comma separated); without it every area
is checked.  The HTML carries only data attributes; ``_static/checker/
checker.js`` builds the behavior, ``checker.css`` the look.  Builders other
than HTML (and the single-page build the PDF is made from) get a short note
pointing to the online page instead of a form that cannot work on paper.
"""

from __future__ import annotations

import re
from html import escape

from docutils import nodes
from sphinx.util.docutils import SphinxDirective
from sphinx.util.osutil import relative_uri

from checkers import AREAS

from . import add_static_path, area_title
from . import assets

__all__ = ["checker_node", "CheckerDirective", "PRIVACY_NOTE", "parse_areas", "render", "setup"]

PRIVACY_NOTE = ("Your text stays on this computer: it is checked in this page "
                "and never sent anywhere.")

LIMITS_NOTE = ("The checker says which guidance may apply; it is not legal advice. "
               "It reads English text only, cannot see images and cannot detect sarcasm.")


class checker_node(nodes.General, nodes.Element):
    """Placeholder for the widget; ``areas`` holds the selected area ids."""


def parse_areas(value: str | None) -> list[str]:
    """``"privacy consent"`` / ``"privacy, consent"`` -> area ids in handbook order.

    Empty or missing means every area.  Raises ValueError for an unknown id.
    """
    parts = [p for p in re.split(r"[\s,]+", (value or "").strip().lower()) if p]
    if not parts or parts == ["all"]:
        return list(AREAS)
    unknown = [p for p in parts if p not in AREAS]
    if unknown:
        raise ValueError(f"unknown area id(s) {', '.join(unknown)}; known: {', '.join(AREAS)}")
    return [a for a in AREAS if a in parts]


class CheckerDirective(SphinxDirective):
    has_content = False
    option_spec = {"areas": lambda v: v or ""}

    def run(self):
        try:
            areas = parse_areas(self.options.get("areas"))
        except ValueError as err:
            raise self.error(f"checker: :areas: {err}") from None
        node = checker_node()
        node["areas"] = areas
        node["serial"] = self.env.new_serialno("handbook-checker")
        # Plain children for builders without a widget (text, LaTeX...).
        para = nodes.paragraph()
        para += nodes.Text(_offline_note(areas))
        node += para
        self.set_source_info(node)
        return [node]


def _scope(areas: list[str]) -> str:
    if list(areas) == list(AREAS):
        return "all six guidance areas"
    names = [area_title(a) for a in areas]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _offline_note(areas: list[str]) -> str:
    return (f"Interactive checker ({_scope(areas)}): open this page in the handbook's "
            f"web version to check a draft post in your browser.")


def render(docuri: str, areas: list[str], serial: int, wheel_url: str) -> str:
    """The widget's HTML for a page whose URI (relative to the root) is ``docuri``."""
    root = relative_uri(docuri, "") or "./"
    base = root + "_static/checker/"
    uid = f"hb-checker-{serial}"
    everything = list(areas) == list(AREAS)
    heading = "Check a draft post" if everything else f"Check a draft post for {_scope(areas).lower()}"
    a = lambda s: escape(s, quote=True)  # noqa: E731
    return f"""
<section class="hb-checker" id="{uid}" data-checker data-checker-areas="{a(' '.join(areas))}"
 data-checker-base="{a(base)}" data-checker-root="{a(root)}" data-checker-wheel="{a(wheel_url)}"
 aria-labelledby="{uid}-title">
<p class="hb-checker__title" id="{uid}-title">{a(heading)}</p>
<form class="hb-checker__form" data-checker-form novalidate>
<label class="hb-checker__label" for="{uid}-input">Your draft post</label>
<p class="hb-checker__privacy" id="{uid}-privacy" data-checker-privacy>{a(PRIVACY_NOTE)}</p>
<textarea class="hb-checker__input" id="{uid}-input" data-checker-input rows="6"
 aria-describedby="{uid}-privacy {uid}-scope" spellcheck="true" autocomplete="off"
 autocapitalize="sentences" placeholder="Paste or type a post, reply or comment"></textarea>
<p class="hb-checker__scope" id="{uid}-scope">Checks {a(_scope(areas))}. {a(LIMITS_NOTE)}</p>
<div class="hb-checker__actions">
<button type="submit" class="hb-checker__button" data-checker-run>Check</button>
<button type="button" class="hb-checker__button hb-checker__button--secondary" data-checker-copy disabled>Copy report</button>
<button type="button" class="hb-checker__button hb-checker__button--secondary" data-checker-clear>Clear</button>
</div>
</form>
<div class="hb-checker__status" data-checker-status role="status" aria-live="polite" aria-atomic="true">The checker loads in the background; you can start typing now.</div>
<div class="hb-checker__progress" data-checker-progress hidden><progress max="100" value="0" aria-label="Loading the checker"></progress> <span data-checker-progress-label></span></div>
<div class="hb-checker__mirror-wrap" data-checker-mirror-wrap hidden>
<p class="hb-checker__mirror-title" id="{uid}-mirror-title">Your post, with the passages the checker flagged highlighted</p>
<div class="hb-checker__mirror" data-checker-mirror role="region" aria-labelledby="{uid}-mirror-title" tabindex="0"></div>
</div>
<div class="hb-checker__results" data-checker-results data-state="loading" aria-live="off"></div>
<noscript><p class="hb-checker__noscript">The checker runs in your browser and needs JavaScript.
The rules it applies are listed in each chapter's rule reference.</p></noscript>
</section>
"""


def visit_checker_html(self, node: checker_node) -> None:
    builder = self.builder
    if not assets._ships_runtime(builder.app):
        return  # singlehtml (the PDF's source), epub...: the children, a note
    state = assets._state(builder.app)
    docuri = builder.get_target_uri(builder.current_docname)
    self.body.append(render(docuri, node["areas"], node["serial"], state.wheel_url))
    raise nodes.SkipNode


def depart_checker_html(self, node: checker_node) -> None:
    pass


def visit_checker_plain(self, node: checker_node) -> None:
    pass


def depart_checker_plain(self, node: checker_node) -> None:
    pass


def _config_inited(app, config) -> None:
    add_static_path(app)


def _page_context(app, pagename, templatename, context, doctree) -> None:
    """Load the script only on pages with a widget."""
    if doctree is not None and assets._ships_runtime(app) and any(
            True for _ in doctree.findall(checker_node)):
        app.add_js_file("checker/checker.js", defer="defer")


def setup(app):
    app.setup_extension("handbook.assets")
    plain = (visit_checker_plain, depart_checker_plain)
    app.add_node(checker_node, override=True, html=(visit_checker_html, depart_checker_html),
                 latex=plain, text=plain, man=plain, texinfo=plain)
    app.add_directive("checker", CheckerDirective)
    app.connect("config-inited", _config_inited)
    app.connect("html-page-context", _page_context)
    app.add_css_file("checker/checker.css")
    return {"version": "0.1.0", "env_version": 1,
            "parallel_read_safe": True, "parallel_write_safe": True}
