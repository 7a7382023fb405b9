"""Verified example posts: the ``{example}`` directive.

    ```{example}
    :applies: privacy consent
    :platform: review-reply

    Thanks for the review, Dana! Glad the sertraline is helping.
    ```

At build time the post is run through :func:`checkers.check` and the areas
the checkers flag (``report.guidelines``) are compared with ``:applies:``
(area ids, or ``none``).  A mismatch is logged as a Sphinx error naming the
page, the post and both verdicts, so ``sphinx-build -W`` fails.

The post is rendered as a card: the text with each finding's evidence
highlighted, and below it the findings (severity, area, message, what to do
instead, sources, a link to the rule's entry in the rule reference).

Structure (as in sphinx-design): the directive only parses and verifies; it
returns an :class:`example_card` node that carries the data, plus ordinary
docutils children (quote, verdict, findings list) that non-HTML builders
(text, LaTeX, ...) render as they are and that Sphinx's search indexes.  The
HTML visitor renders the card itself from the node's data and skips the
children.  Every string that reaches HTML goes through :func:`html.escape`.

Every verified post is recorded in the environment (``env.handbook_examples``,
docname -> list of records) with purge and parallel-merge handlers, and the
whole list is written to ``<doctreedir>/handbook-examples.json`` at the end
of a build so tests can count and inspect them.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any, Iterable

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

import checkers
from checkers import AREAS, SEVERITIES

from . import add_static_path, area_title

__all__ = [
    "example_card", "ExampleDirective", "make_card", "record_example",
    "all_examples", "parse_areas", "shorten", "setup",
]

logger = logging.getLogger(__name__)

ENV_KEY = "handbook_examples"
JSON_NAME = "handbook-examples.json"
CHECKERS_DIR = Path(checkers.__file__).parent

SEVERITY_LABELS = {"info": "Tip", "warning": "Warning", "critical": "Critical"}

# Platform slugs whose display name is not just the capitalised slug.
PLATFORM_LABELS = {
    "x": "X", "twitter": "X (Twitter)", "linkedin": "LinkedIn", "tiktok": "TikTok",
    "youtube": "YouTube", "facebook": "Facebook", "instagram": "Instagram",
    "reddit": "Reddit", "threads": "Threads", "bluesky": "Bluesky",
    "mastodon": "Mastodon", "whatsapp": "WhatsApp", "dm": "Direct message",
    "google-review": "Google review", "yelp": "Yelp",
}


# -- helpers ---------------------------------------------------------------

def shorten(text: str, width: int = 70) -> str:
    """One line, at most ``width`` characters, for messages."""
    one = " ".join(text.split())
    return one if len(one) <= width else one[: width - 1].rstrip() + "\u2026"


def platform_label(value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    key = value.lower()
    if key in PLATFORM_LABELS:
        return PLATFORM_LABELS[key]
    words = re.split(r"[-_]+", value)
    label = " ".join(w for w in words if w)
    return label[:1].upper() + label[1:]


def parse_areas(value: str) -> list[str]:
    """``"privacy consent"`` / ``"privacy, consent"`` / ``"none"`` -> area ids.

    Raises ValueError for an unknown id or for ``none`` mixed with areas.
    """
    parts = [p for p in re.split(r"[\s,]+", (value or "").strip().lower()) if p]
    if not parts:
        raise ValueError("is empty: give area ids or 'none'")
    if "none" in parts:
        if len(parts) > 1:
            raise ValueError("mixes 'none' with area ids")
        return []
    unknown = [p for p in parts if p not in AREAS]
    if unknown:
        raise ValueError(f"has unknown area id(s) {', '.join(unknown)}; "
                         f"known: {', '.join(AREAS)}, or none")
    return [a for a in AREAS if a in parts]


def verdict_text(areas: Iterable[str]) -> str:
    areas = list(areas)
    return " ".join(areas) if areas else "none"


@lru_cache(maxsize=1)
def checkers_sources() -> tuple[str, ...]:
    """The checkers' source files: pages that run the checkers depend on them."""
    return tuple(sorted(str(p) for p in CHECKERS_DIR.rglob("*.py")))


def note_checkers_dependency(env) -> None:
    """Re-read the current page when any checker source changes."""
    for path in checkers_sources():
        env.note_dependency(path)


def run_checkers(post: str, docname: str, lineno: int, what: str = "example"):
    """``checkers.check(post)``, or None when a rule crashes: the crash becomes
    a located build error instead of a traceback that hides the page."""
    try:
        return checkers.check(post)
    except Exception as err:  # noqa: BLE001 - reported, then the build fails under -W
        logger.error("the checkers crashed on %s on page %r: %s: %s; post \"%s\"",
                     what, docname, type(err).__name__, err, shorten(post),
                     location=(docname, lineno), type="handbook", subtype="crash")
        return None


def _card_id(env) -> str:
    """A page-unique id that stays unique in the single-page build too."""
    n = env.temp_data.get("handbook_example_counter", 0) + 1
    env.temp_data["handbook_example_counter"] = n
    digest = hashlib.sha1(env.docname.encode()).hexdigest()[:6]
    return f"hb-ex-{digest}-{n}"


def false_alarm_note(areas: Iterable[str]) -> str:
    names = ", ".join(area_title(a) for a in areas)
    return (f"A false alarm: the checker also raises {names} here, and it does not apply. "
            "Checkers get things wrong; read the finding and use your judgment.")


# -- node ------------------------------------------------------------------

class example_card(nodes.container):
    """A checked post.  Data attributes:

    ``post`` (str), ``findings`` (list of Finding dicts), ``guidelines``
    (areas flagged), ``claimed`` (areas claimed, or None), ``platform``
    (display label), ``label`` (e.g. "Example", "Fine"), ``kind``.
    Children: a plain rendering for non-HTML builders and the search index.
    """


def make_card(post: str, report, *, platform: str = "", label: str = "",
              claimed: list[str] | None = None, kind: str = "example",
              card_id: str = "", false_alarms: list[str] = ()) -> example_card:
    """Build the node for ``post`` checked as ``report``."""
    findings = [f.to_dict() for f in report.findings]
    node = example_card(
        "", classes=["hb-example"], ids=[card_id] if card_id else [],
        post=post, findings=findings, guidelines=list(report.guidelines),
        claimed=claimed, platform=platform, label=label, kind=kind,
        false_alarms=list(false_alarms),
    )
    # Plain children: what text/LaTeX builders print and search indexes.
    head = " \u00b7 ".join(x for x in (label, platform) if x)
    if head:
        node += nodes.paragraph(head, head, classes=["hb-example-head"])
    quote = nodes.block_quote(classes=["hb-example-post"])
    for para in re.split(r"\n\s*\n", post):
        if para.strip():
            quote += nodes.paragraph(para, para)
    node += quote
    if report.guidelines:
        verdict = "Guidance flagged: " + ", ".join(area_title(a) for a in report.guidelines)
    else:
        verdict = "No guidance flagged"
    node += nodes.paragraph(verdict, verdict, classes=["hb-example-verdict"])
    if false_alarms:
        note = false_alarm_note(false_alarms)
        node += nodes.paragraph(note, note, classes=["hb-example-false-alarm"])
    if findings:
        items = nodes.bullet_list()
        for members in group_findings(findings)[0]:
            f = findings[members[0]]
            line = f"{SEVERITY_LABELS.get(f['severity'], f['severity'])} ({f['rule']}): {f['message']}"
            items += nodes.list_item("", nodes.paragraph(line, line))
        node += items
    return node


# -- environment data ------------------------------------------------------

def record_example(env, **data: Any) -> None:
    """Remember one checked post of the current page."""
    store = getattr(env, ENV_KEY, None)
    if store is None:
        store = {}
        setattr(env, ENV_KEY, store)
    store.setdefault(env.docname, []).append(data)


def all_examples(env) -> list[dict]:
    """Every checked post in the project, page by page."""
    store = getattr(env, ENV_KEY, {}) or {}
    return [dict(rec, docname=doc) for doc in sorted(store) for rec in store[doc]]


def _purge(app, env, docname):
    store = getattr(env, ENV_KEY, None)
    if store:
        store.pop(docname, None)


def _merge(app, env, docnames, other):
    store = getattr(env, ENV_KEY, None)
    if store is None:
        store = {}
        setattr(env, ENV_KEY, store)
    theirs = getattr(other, ENV_KEY, {}) or {}
    for doc in docnames:
        if doc in theirs:
            store[doc] = theirs[doc]


def _write_json(app, exception):
    if exception is not None:
        return
    recs = all_examples(app.env)
    path = Path(app.doctreedir) / JSON_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(recs, indent=1, ensure_ascii=False), encoding="utf-8")
    bad = sum(1 for r in recs if not r.get("ok", True))
    logger.info("handbook: %d checked posts (%d contradicting the checkers)", len(recs), bad)


# -- directive -------------------------------------------------------------

class ExampleDirective(SphinxDirective):
    """``{example}``: a post whose verdict the build verifies."""

    has_content = True
    required_arguments = 0
    optional_arguments = 0
    final_argument_whitespace = False
    option_spec = {
        "applies": directives.unchanged_required,
        # Areas the checkers are known to raise wrongly on this post.  The
        # card says so, and the build still fails if the verdict changes.
        "false-alarm": directives.unchanged,
        "platform": directives.unchanged,
        "label": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        if not self.content:
            raise self.error("the {example} directive needs the post as its body")
        if "applies" not in self.options:
            raise self.error("the {example} directive needs :applies: "
                             "(area ids such as 'privacy consent', or 'none')")
        try:
            claimed = parse_areas(self.options["applies"])
            false_alarms = parse_areas(self.options.get("false-alarm", "none"))
        except ValueError as err:
            raise self.error(f":applies: or :false-alarm: {err}") from None
        if set(claimed) & set(false_alarms):
            raise self.error(":false-alarm: names an area that :applies: claims")

        post = "\n".join(self.content).strip("\n")
        report = run_checkers(post, self.env.docname, self.lineno)
        crashed = report is None
        if crashed:
            report = checkers.Report(text=post)
        found = list(report.guidelines)
        expected = set(claimed) | set(false_alarms)
        ok = not crashed and set(found) == expected
        if not ok and not crashed:
            missing = [a for a in expected if a not in found]
            extra = [a for a in found if a not in expected]
            detail = "; ".join(x for x in (
                f"not flagged: {' '.join(missing)}" if missing else "",
                f"not claimed: {' '.join(extra)}" if extra else "") if x)
            logger.error(
                "example contradicts the checkers on page %r: post \"%s\" is labelled "
                ":applies: %s but the checkers say: %s (%s)",
                self.env.docname, shorten(post), verdict_text(claimed), verdict_text(found),
                detail, location=(self.env.docname, self.lineno),
                type="handbook", subtype="example")

        note_checkers_dependency(self.env)
        record_example(self.env, kind="example", lineno=self.lineno, post=post,
                       claimed=claimed, found=found, ok=ok, rule=None,
                       rules=sorted({f.rule for f in report.findings}))
        node = make_card(post, report, platform=platform_label(self.options.get("platform", "")),
                         label=self.options.get("label", "").strip(), claimed=claimed,
                         card_id=_card_id(self.env), false_alarms=false_alarms)
        self.set_source_info(node)
        return [node]


# -- HTML ------------------------------------------------------------------

def _rule_href(translator, doc: str) -> str:
    """``rule.doc`` ("guidelines/privacy.html#privacy-client-story") made
    relative to the page being written, in any HTML builder."""
    page, _, anchor = doc.partition("#")
    target = page[:-5] if page.endswith(".html") else page
    builder = translator.builder
    current = getattr(builder, "current_docname", None) or ""
    if target in builder.env.all_docs:
        uri = builder.get_relative_uri(current, target)
    else:
        uri = posixpath.relpath(page, posixpath.dirname(current) or ".")
    if anchor:  # single-page builds answer "#document-x": keep only the page part
        return f"{uri.partition('#')[0]}#{anchor}"
    return uri or "#"


def _chapter_href(translator, area: str) -> str:
    return _rule_href(translator, f"guidelines/{area}.html")


def _worst(severities: Iterable[str]) -> str:
    return max(severities, key=SEVERITIES.index)


def group_findings(findings: list[dict]) -> tuple[list[list[int]], list[int]]:
    """Group findings that say the same thing (rule, severity, message).

    Returns the groups (lists of finding indexes, in order of first
    appearance) and, for each finding, the 1-based number of its group.
    """
    groups: list[list[int]] = []
    where: dict[tuple, int] = {}
    number = []
    for i, f in enumerate(findings):
        key = (f["rule"], f["severity"], f["message"])
        if key not in where:
            where[key] = len(groups)
            groups.append([])
        groups[where[key]].append(i)
        number.append(where[key] + 1)
    return groups, number


def highlight(post: str, findings: list[dict], number: list[int] | None = None) -> str:
    """The escaped post with each evidence span in ``<mark>``.

    Overlapping spans are split at every boundary; each piece is marked with
    the worst severity covering it and a title naming every finding there.
    A superscript number after a span refers to the findings list.
    """
    if number is None:
        number = list(range(1, len(findings) + 1))
    n = len(post)
    spans = [(max(0, min(f["start"], n)), max(0, min(f["end"], n))) for f in findings]
    bounds = sorted({0, n, *[s for s, _ in spans], *[e for _, e in spans]})
    out = []
    for a, b in zip(bounds, bounds[1:]):
        piece = escape(post[a:b])
        cover = [i for i, (s, e) in enumerate(spans) if s <= a and b <= e and s < e]
        if cover:
            sev = _worst(findings[i]["severity"] for i in cover)
            title = "\n".join(dict.fromkeys(
                f"{number[i]}. {SEVERITY_LABELS.get(findings[i]['severity'], '')} "
                f"({findings[i]['rule']}): {findings[i]['message']}" for i in cover))
            out.append(f'<mark class="hb-example__mark hb-example__mark--{escape(sev)}" '
                       f'title="{escape(title)}">{piece}</mark>')
        else:
            out.append(piece)
        ends = sorted({number[i] for i, (s, e) in enumerate(spans) if e == b and s < e})
        if ends:
            refs = ",".join(str(k) for k in ends)
            out.append(f'<sup class="hb-example__ref" aria-hidden="true">{refs}</sup>')
    return "".join(out)


def render_card(translator, node: example_card) -> str:
    findings = node["findings"]
    guidelines = node["guidelines"]
    kind = node.get("kind", "example")
    flagged = bool(guidelines)
    groups, number = group_findings(findings)
    classes = ["hb-example", f"hb-example--{'flagged' if flagged else 'clear'}",
               f"hb-example--{kind}"]
    if findings:
        classes.append(f"hb-example--worst-{_worst(f['severity'] for f in findings)}")
    id_attr = f' id="{escape(node["ids"][0])}"' if node["ids"] else ""
    h = [f'<div class="{" ".join(escape(c) for c in classes)}"{id_attr} '
         f'data-applies="{escape(verdict_text(guidelines))}">']

    # Header: label and platform.
    meta = []
    if node.get("label"):
        meta.append(f'<span class="hb-example__label">{escape(node["label"])}</span>')
    if node.get("platform"):
        meta.append(f'<span class="hb-example__platform">{escape(node["platform"])}</span>')
    if meta:
        h.append(f'<div class="hb-example__meta">{"".join(meta)}</div>')

    # The post.
    h.append(f'<blockquote class="hb-example__post">{highlight(node["post"], findings, number)}'
             '</blockquote>')

    # Verdict and findings.
    h.append('<div class="hb-example__result">')
    if flagged:
        chips = "".join(
            f'<a class="hb-example__chip hb-example__chip--{escape(a)}" href="{escape(_chapter_href(translator, a))}">'
            f'{escape(area_title(a))}</a>' for a in guidelines)
        h.append(f'<p class="hb-example__verdict"><span class="hb-example__verdict-label">'
                 f'Guidance applies:</span> {chips}</p>')
    else:
        h.append('<p class="hb-example__verdict hb-example__verdict--none">'
                 'No guidance flagged</p>')
    if node.get("false_alarms"):
        h.append(f'<p class="hb-example__false-alarm">{escape(false_alarm_note(node["false_alarms"]))}</p>')
    if groups:
        h.append('<ol class="hb-example__findings">')
        for members in groups:
            f = findings[members[0]]
            sev = f["severity"]
            evidence = " \u00b7 ".join(
                f"\u201c{escape(shorten(node['post'][findings[i]['start']:findings[i]['end']], 90))}\u201d"
                for i in members)
            href = _rule_href(translator, f["doc"])
            h.append(
                f'<li class="hb-example__finding hb-example__finding--{escape(sev)}">'
                f'<p class="hb-example__finding-head">'
                f'<span class="hb-sev hb-sev--{escape(sev)}">{escape(SEVERITY_LABELS.get(sev, sev))}</span> '
                f'<span class="hb-example__finding-area">{escape(area_title(f["guideline"]))}</span> '
                f'<a class="hb-example__finding-rule" href="{escape(href)}"><code>{escape(f["rule"])}</code></a></p>'
                f'<p class="hb-example__finding-evidence">{evidence}</p>'
                f'<p class="hb-example__finding-message">{escape(f["message"])}</p>'
                f'<p class="hb-example__finding-instead"><strong>Instead:</strong> {escape(f["suggestion"])}</p>'
                f'<p class="hb-example__finding-sources"><strong>Sources:</strong> {escape(f["reference"])}</p>'
                '</li>')
        h.append('</ol>')
    h.append('<p class="hb-example__note">Checked by the handbook\u2019s checkers when this '
             'page was built.</p>')
    h.append('</div></div>\n')
    return "".join(h)


def visit_card_html(self, node: example_card) -> None:
    self.body.append(render_card(self, node))
    raise nodes.SkipNode


def depart_card_html(self, node: example_card) -> None:  # pragma: no cover (skipped)
    pass


def visit_card_plain(self, node: example_card) -> None:
    """Text, LaTeX, man, texinfo: render the plain children."""


def depart_card_plain(self, node: example_card) -> None:
    pass


# -- setup -----------------------------------------------------------------

def _config_inited(app, config):
    add_static_path(app)


def setup(app):
    plain = (visit_card_plain, depart_card_plain)
    app.add_node(example_card, override=True,
                 html=(visit_card_html, depart_card_html),
                 latex=plain, text=plain, man=plain, texinfo=plain)
    app.add_directive("example", ExampleDirective)
    app.connect("config-inited", _config_inited)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("build-finished", _write_json)
    app.add_css_file("handbook.css")
    return {"version": checkers.__version__, "env_version": 1,
            "parallel_read_safe": True, "parallel_write_safe": True}
