"""The public API: types, ordering, selection, serialisation."""

import json

import pytest

import checkers

STORY = "My 3pm today, a pilot from Dayton, told me she drinks before flights."


def test_non_str_raises_type_error_with_clear_message():
    for bad in (None, b"bytes", 42, ["a list"]):
        with pytest.raises(TypeError, match="expects the post as str"):
            checkers.check(bad)


def test_findings_sorted_and_evidence_in_original_text():
    report = checkers.check(STORY + " So psycho. He committed suicide last year.")
    starts = [f.start for f in report.findings]
    assert starts == sorted(starts)
    for f in report.findings:
        assert 0 <= f.start < f.end <= len(report.text)
        assert f.guideline in checkers.AREAS and f.severity in checkers.SEVERITIES
        assert f.rule.startswith(f.guideline + "/")
        assert f.doc.startswith(f"guidelines/{f.guideline}.html#")


def test_select_and_ignore_by_area_and_rule():
    assert checkers.check(STORY, select=["language"]).findings == ()
    assert "privacy" not in checkers.check(STORY, ignore=["privacy"]).guidelines
    assert checkers.check(STORY, select=["privacy/client-story"]).guidelines == ["privacy"]


def test_unknown_id_is_a_value_error():
    with pytest.raises(ValueError, match="unknown rule or area id"):
        checkers.check("hi", select=["privacy/no-such-rule"])


def test_to_dict_is_json_serialisable():
    data = checkers.check(STORY).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert set(data) == {"guidelines", "findings"}


def test_empty_and_whitespace_posts_are_clean():
    assert checkers.check("").findings == ()
    assert checkers.check("   \n\t ").findings == ()
