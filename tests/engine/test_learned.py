"""The learned fallback: fresh weights, reproducible training, and how its
findings behave beside the hand-written rules."""

import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import checkers
from checkers.learned import features, model, train
from tests.corpus import extra_training

ROOT = Path(__file__).resolve().parents[2]
TRAINING = [ROOT / "tests" / "corpus" / "dev.jsonl", ROOT / "tests" / "corpus" / "extra-training.jsonl"]
LEARNED = [r for r in checkers.RULES if r.fallback]


def test_one_fallback_rule_per_learned_area():
    assert sorted(r.area for r in LEARNED) == sorted(train.LEARNED_AREAS)


def test_extra_training_file_matches_the_rule_tests_and_the_handbook():
    committed = TRAINING[1].read_text(encoding="utf-8")
    assert committed == extra_training.render(), \
        "run `make model` after changing FIRES/QUIET in tests/rules or an {example} in docs/"


def test_weights_were_trained_on_the_current_corpus():
    digest = hashlib.sha256()
    for path in TRAINING:
        digest.update(path.read_bytes())
    assert model.weights()["corpus_sha256"] == digest.hexdigest(), "corpus changed: run `make model`"


def test_training_is_deterministic(tmp_path):
    out = tmp_path / "weights.json"
    assert train.main([str(p) for p in TRAINING] + ["--out", str(out)]) == 0
    assert out.read_bytes() == Path(model.WEIGHTS_PATH).read_bytes()


def test_fallback_is_silent_when_a_specific_rule_of_its_area_fired():
    text = "My 3pm client, a pilot from Dayton, cried today about her divorce."
    rules = {f.rule for f in checkers.check(text).findings}
    assert "privacy/client-story" in rules
    assert "privacy/resembles-flagged-posts" not in rules


@pytest.mark.parametrize("rule", LEARNED, ids=[r.id for r in LEARNED])
def test_finding_points_at_a_sentence_and_names_words_from_it(rule):
    report = checkers.check(rule.example)
    (finding,) = [f for f in report.findings if f.rule == rule.id]
    evidence = rule.example[finding.start:finding.end]
    assert evidence == evidence.strip() and evidence
    words = [w.split("\u201d")[0] for w in finding.message.split("\u201c")[1:]]
    assert words and all(w.lower() in evidence.lower() for w in words)
    assert "{words}" not in finding.message


def test_composite_post_gets_no_learned_finding():
    text = ("Composite, not a real person: one of the dads I work with finally cried about his "
            "father's death today.")
    assert not [f for f in checkers.check(text).findings if f.rule.endswith("resembles-flagged-posts")]


def test_long_text_is_scored_paragraph_by_paragraph():
    # A flagged paragraph stays flagged when buried among fine ones, and its
    # finding stays inside it.
    rule = next(r for r in LEARNED if r.area == "privacy")
    fine = "Sleep, movement and connection help mood. Small steps count.\n\n"
    text = fine * 50 + rule.example + "\n\n" + fine * 50
    found = [f for f in checkers.check(text).findings if f.rule == rule.id]
    start = text.index(rule.example)
    assert found and all(start <= f.start and f.end <= start + len(rule.example) for f in found)


def _pieces_by_match_objects(text, lo, hi):
    """The plain definition of a long paragraph's units: a new unit starts at
    every MAX_UNIT_TOKENS-th token (what features._pieces computes faster)."""
    found = list(features._TOKEN.finditer(text, lo, hi))
    if len(found) <= features.MAX_UNIT_TOKENS:
        return [(lo, hi, [m.group() for m in found])] if found else []
    step = features.MAX_UNIT_TOKENS
    cuts = [lo] + [found[k].start() for k in range(step, len(found), step)] + [hi]
    return [(cuts[i], cuts[i + 1], [m.group() for m in found[i * step:(i + 1) * step]]) for i in range(len(cuts) - 1)]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["a", "client's", "x'", "é", "0", "don't", "_", " ", ",", "\n", "'"]), max_size=2500),
       st.integers(0, 5), st.integers(0, 5))
@example(["a", " "] * 600, 0, 0)  # a whole number of units: no empty last one
def test_long_paragraph_units_start_every_max_tokens(parts, lo, cut_end):
    text = "".join(parts)
    hi = max(lo, len(text) - cut_end)
    assert list(features._pieces(text, lo, hi)) == _pieces_by_match_objects(text, lo, hi)


@given(st.text())
def test_zeroed_text_changes_only_ascii_digits_one_for_one(text):
    import re

    assert features._zeroed(text) == re.sub("[1-9]", "0", text)
