"""The rule reference, generated from :data:`checkers.RULES`.

``{rule-reference} <area>``
    One section per rule of the area, in catalogue order.  The section's id
    (and a Sphinx label of the same name) is ``rule.anchor``, e.g.
    ``privacy-client-story``, so ``rule.doc`` links and ``{ref}`` both work.
    Each entry reads like a ruff rule page: What it flags / Why / Example /
    Instead / Sources.  The example and the "fine" post are rendered through
    the verified-example machinery of :mod:`handbook.examples`: the build
    fails when the example does not trigger its rule or when the fine post
    raises the rule's area.

``{rule-index}`` (optional argument: area ids)
    A table of the rules: id (linked to its entry), area, severity, title.
    The links are Sphinx ``std:ref`` cross-references, so a rule whose entry
    is missing from the chapters is an "undefined label" warning under -W.
"""

from __future__ import annotations

import re

from docutils import nodes
from sphinx import addnodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

import checkers
from checkers import AREAS

from . import area_title
from .examples import (SEVERITY_LABELS, _card_id, all_examples, make_card, note_checkers_dependency,
                       record_example, run_checkers, shorten, verdict_text)

__all__ = ["RuleReferenceDirective", "RuleIndexDirective", "rules_of", "setup"]

logger = logging.getLogger(__name__)


def rules_of(areas) -> list:
    areas = set(areas)
    return [r for r in checkers.RULES if r.area in areas]


def _para(text: str, classes=()) -> nodes.paragraph:
    return nodes.paragraph(text, text, classes=list(classes))


def _severity(sev: str) -> nodes.inline:
    label = SEVERITY_LABELS.get(sev, sev)
    return nodes.inline(label, label, classes=["hb-sev", f"hb-sev--{sev}"])


def _split_sources(sources: str) -> list[str]:
    return [s.strip() for s in re.split(r";\s*", sources) if s.strip()]


class RuleReferenceDirective(SphinxDirective):
    """``{rule-reference} <area>``: a section per rule of the area."""

    has_content = False
    required_arguments = 1
    optional_arguments = 0

    def run(self) -> list[nodes.Node]:
        area = self.arguments[0].strip().lower()
        if area not in AREAS:
            raise self.error(f"{{rule-reference}}: unknown area {area!r}; "
                             f"known: {', '.join(AREAS)}")
        note_checkers_dependency(self.env)
        rules = rules_of([area])
        if not rules:
            return [_para(f"No rules for {area_title(area).lower()} are in the "
                          "catalogue yet.", ["hb-rule-none"])]
        return [self._entry(r) for r in rules]

    def _entry(self, r) -> nodes.section:
        doc = self.state.document
        section = nodes.section("", ids=[r.anchor], names=[r.anchor],
                                classes=["hb-rule", f"hb-rule--{r.severity}"])
        self.set_source_info(section)
        title = nodes.title("", "")
        title += nodes.Text(r.title + " ")
        title += nodes.literal(r.id, r.id, classes=["hb-rule-id"])
        section += title
        doc.note_explicit_target(section, section)

        meta = nodes.paragraph("", "", classes=["hb-rule-meta"])
        meta += _severity(r.severity)
        meta += nodes.Text(f" Area: {area_title(r.area)}")
        section += meta

        section += nodes.rubric("What it flags", "What it flags")
        section += _para(r.flags)
        section += nodes.rubric("Why", "Why")
        section += _para(r.why)

        section += nodes.rubric("Example", "Example")
        section += self._checked(r, r.example, fine=False)

        section += nodes.rubric("Instead", "Instead")
        section += _para(r.instead)
        section += self._checked(r, r.fine, fine=True)

        section += nodes.rubric("Sources", "Sources")
        items = nodes.bullet_list(classes=["hb-rule-sources"])
        for s in _split_sources(r.sources):
            items += nodes.list_item("", _para(s))
        section += items
        return section

    def _checked(self, r, post: str, *, fine: bool):
        report = run_checkers(post, self.env.docname, self.lineno,
                              f"the {'fine post' if fine else 'example'} of rule {r.id}")
        crashed = report is None
        if crashed:
            report = checkers.Report(text=post)
        found = list(report.guidelines)
        triggered = sorted({f.rule for f in report.findings})
        if crashed:
            ok, problem = False, "the checkers crashed"
        elif fine:
            ok = r.area not in found
            problem = (f"its 'fine' post raises {r.area} (checkers say: {verdict_text(found)}; "
                       f"rules: {' '.join(triggered) or 'none'})")
        else:
            ok = r.id in triggered
            problem = (f"its example does not trigger it (checkers say: {verdict_text(found)}; "
                       f"rules: {' '.join(triggered) or 'none'})")
        if not ok and not crashed:
            logger.error("rule reference on page %r: rule %s: %s; post \"%s\"",
                         self.env.docname, r.id, problem, shorten(post),
                         location=(self.env.docname, self.lineno),
                         type="handbook", subtype="rule")
        record_example(self.env, kind="rule-fine" if fine else "rule-example",
                       lineno=self.lineno, post=post, claimed=None, found=found, ok=ok,
                       rule=r.id, rules=triggered)
        return make_card(post, report, label="Fine" if fine else "",
                         kind="rule-fine" if fine else "rule-example",
                         card_id=_card_id(self.env))


class RuleIndexDirective(SphinxDirective):
    """``{rule-index} [area ...]``: a table of rules linking to their entries."""

    has_content = False
    required_arguments = 0
    optional_arguments = len(AREAS)

    def run(self) -> list[nodes.Node]:
        areas = [a.strip().lower() for a in self.arguments] or list(AREAS)
        unknown = [a for a in areas if a not in AREAS]
        if unknown:
            raise self.error(f"{{rule-index}}: unknown area(s) {', '.join(unknown)}")
        note_checkers_dependency(self.env)
        rules = rules_of(areas)

        table = nodes.table(classes=["hb-rule-index"])
        headers = ("Rule", "Area", "Severity", "Title")
        group = nodes.tgroup(cols=len(headers))
        table += group
        for width in (28, 22, 12, 38):
            group += nodes.colspec(colwidth=width)
        head = nodes.thead()
        row = nodes.row()
        for h in headers:
            row += nodes.entry("", _para(h))
        head += row
        group += head
        body = nodes.tbody()
        for r in rules:
            row = nodes.row(ids=[], classes=[f"hb-rule-index--{r.area}"])
            ref = addnodes.pending_xref(
                "", refdomain="std", reftype="ref", reftarget=r.anchor,
                refexplicit=True, refwarn=True, refdoc=self.env.docname)
            ref += nodes.literal(r.id, r.id)
            row += nodes.entry("", nodes.paragraph("", "", ref))
            area = addnodes.pending_xref(
                "", refdomain="std", reftype="doc", reftarget=f"/guidelines/{r.area}",
                refexplicit=True, refwarn=True, refdoc=self.env.docname)
            area += nodes.inline(area_title(r.area), area_title(r.area))
            row += nodes.entry("", nodes.paragraph("", "", area))
            row += nodes.entry("", nodes.paragraph("", "", _severity(r.severity)))
            row += nodes.entry("", _para(r.title))
            body += row
        group += body
        summary = _para(f"{len(rules)} rules in {len({r.area for r in rules})} areas.",
                        ["hb-rule-count"])
        return [summary, table]


def _check_consistency(app, env):
    """Each rule's entry must be on the page its ``rule.doc`` links point to
    (finding links in the cards and in the browser checker use rule.doc)."""
    by_id = {r.id: r for r in checkers.RULES}
    for rec in all_examples(env):
        rule = by_id.get(rec.get("rule") or "")
        if rec["kind"] != "rule-example" or rule is None:
            continue
        expected = rule.doc.partition("#")[0].removesuffix(".html")
        if rec["docname"] != expected:
            logger.warning("rule %s is documented on page %r, but links to it (rule.doc) "
                           "point to %r: put {rule-reference} %s on that page",
                           rule.id, rec["docname"], expected, rule.area,
                           location=(rec["docname"], rec["lineno"]),
                           type="handbook", subtype="rule")


def setup(app):
    app.setup_extension("handbook.examples")
    app.connect("env-check-consistency", _check_consistency)
    app.add_directive("rule-reference", RuleReferenceDirective)
    app.add_directive("rule-index", RuleIndexDirective)
    return {"version": checkers.__version__, "env_version": 1,
            "parallel_read_safe": True, "parallel_write_safe": True}
