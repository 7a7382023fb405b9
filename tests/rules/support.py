"""Assertions the rule test modules share (not a test module)."""

import importlib
import re

from hypothesis import strategies as st

import checkers
from checkers.engine.post import Post
from checkers.rules.lexicon import Gated, gate_passes, word_set


# These modules test the hand-written rules.  The learned fallback rules are
# measured on the held-out corpus instead (tests/accuracy.py) and tested in
# tests/engine/test_learned.py, so the area-wide assertions leave them out.
LEARNED_RULES = [r.id for r in checkers.RULES if r.fallback]


def _area_report(text, area):
    return checkers.check(text, select=[area], ignore=LEARNED_RULES)


def applying(text, area):
    """Findings of ``area`` (warning or critical) from its hand-written rules on ``text``."""
    return [f for f in _area_report(text, area).findings if f.applies]


def assert_rule_fires(rule_id, text):
    """``rule_id`` raises a warning or critical finding when every area runs."""
    findings = [f for f in checkers.check(text).findings if f.rule == rule_id and f.applies]
    assert findings, f"{rule_id} did not fire on {text!r}"


def assert_area_quiet(area, text):
    """``area`` is not among the report's guidelines (hand-written rules)."""
    report = _area_report(text, area)
    assert area not in report.guidelines, [
        (f.rule, text[f.start:f.end]) for f in report.findings if f.applies]


def assert_fires_in_area(area, rule_id, text):
    """``rule_id`` is among the rules of ``area`` that apply to ``text``."""
    fired = {f.rule for f in applying(text, area)}
    assert rule_id in fired, f"{rule_id} not raised for: {text!r} (got {sorted(fired)})"


def assert_no_findings(area, text):
    """No rule of ``area`` applies to ``text``."""
    found = [(f.rule, text[f.start:f.end]) for f in applying(text, area)]
    assert not found, f"unexpected {area} finding in {text!r}: {found}"


# --- the cheap word gates never hide a match -----------------------------------

def gated_entries(module_names):
    """(name, Gated) of every Gated entry in the tuples of the named modules.

    Tuples named ``*_IN_CONTEXT`` are left out: their extra word sets are a
    rule's required context, not words its pattern cannot match without.
    """
    out = []
    for name in module_names:
        mod = importlib.import_module(name)
        for attr, value in vars(mod).items():
            if not isinstance(value, tuple) or attr.endswith("_IN_CONTEXT"):
                continue
            for i, item in enumerate(value):
                gated = item if isinstance(item, Gated) else next((x for x in item if isinstance(x, Gated)), None) \
                    if isinstance(item, tuple) else None
                if gated is not None:
                    out.append((f"{name.rsplit('.', 1)[1]}.{attr}[{i}]", gated))
    return out


def check_gate(gated, data):
    """A text the pattern matches, drawn by hypothesis, passes the pattern's gate."""
    source = gated.pattern.pattern
    if source.startswith("\\b'"):  # a word character must come first; say so to the generator
        source = "[a-z]" + source[2:]
    text = data.draw(st.from_regex(re.compile(source), fullmatch=False))
    post = Post(text)
    if gated.pattern.search(post.text):
        assert gate_passes(gated, word_set(post), post.text), post.text
