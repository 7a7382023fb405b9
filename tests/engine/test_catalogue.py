"""Every rule documents itself truthfully: its examples behave as it says."""

import re

import pytest

import checkers

RULE_IDS = [r.id for r in checkers.RULES]


def test_catalogue_covers_every_area_with_unique_ids():
    assert len(RULE_IDS) == len(set(RULE_IDS))
    assert {r.area for r in checkers.RULES} == set(checkers.AREAS)


@pytest.mark.parametrize("rule", checkers.RULES, ids=RULE_IDS)
def test_rule_has_complete_documentation(rule):
    assert re.fullmatch(r"[a-z]+/[a-z0-9-]+", rule.id)
    for field in ("title", "flags", "why", "example", "fine", "instead", "sources", "message"):
        assert getattr(rule, field).strip(), f"{rule.id} has no {field}"
    assert re.search(r"\d", rule.sources), f"{rule.id} cites no section number"


@pytest.mark.parametrize("rule", checkers.RULES, ids=RULE_IDS)
def test_rule_example_triggers_the_rule(rule):
    fired = {f.rule for f in checkers.check(rule.example).findings}
    assert rule.id in fired, f"{rule.id}: its own example is not flagged: {rule.example!r}"


@pytest.mark.parametrize("rule", checkers.RULES, ids=RULE_IDS)
def test_rule_fine_example_raises_nothing_in_its_area(rule):
    report = checkers.check(rule.fine)
    assert rule.area not in report.guidelines, f"{rule.id}: its 'fine' example is flagged: {rule.fine!r}"
