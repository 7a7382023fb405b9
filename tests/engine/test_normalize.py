"""Folding hides nothing from the rules and maps offsets back exactly."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checkers.engine.normalize import fold


def _span_back(text, folded_word):
    folded, offsets = fold(text)
    i = folded.index(folded_word)
    s, e = offsets.span(i, i + len(folded_word))
    return text[s:e]


@pytest.mark.parametrize("text, word, evidence", [
    ("my cli\u200bent said", "client", "cli\u200bent"),
    ("My CLIENT said", "client", "CLIENT"),
    ("my сlient said", "client", "сlient"),            # Cyrillic es
    ("total p s y c h o drivers", "psycho", "p s y c h o"),
    ("c.l.i.e.n.t today", "client", "c.l.i.e.n.t"),
    ("ｃｌｉｅｎｔ", "client", "ｃｌｉｅｎｔ"),               # fullwidth
    ("🙂 my 3pm", "my 3pm", "my 3pm"),                  # astral char before
    ("p s у c h o", "psycho", "p s у c h o"),           # Cyrillic u inside spaced letters
    ("caf\u00e9 client", "client", "client"),
    ("cli\u0308ent", "client", "cli\u0308ent"),          # combining diaeresis dropped
])
def test_folded_words_map_back_to_original_evidence(text, word, evidence):
    assert _span_back(text, word) == evidence


def test_ordinary_ascii_is_only_lowercased():
    text = "Call (555) 123-9876 to book."
    folded, offsets = fold(text)
    assert folded == text.lower()
    assert offsets.span(5, 10) == (5, 10)


def test_single_letters_in_prose_are_not_joined():
    folded, _ = fold("I saw a cat")
    assert folded == "i saw a cat"


def test_typographic_quotes_and_dashes_fold():
    folded, _ = fold("say \u2018died by suicide\u2019 \u2014 not \u201ccommitted\u201d")
    assert folded == "say 'died by suicide' - not \"committed\""


def test_empty_text():
    folded, offsets = fold("")
    assert folded == "" and offsets.span(0, 0) == (0, 0)


# Short texts over the characters spaced-out runs are made of, so that runs,
# near-runs and runs sharing letters ("a b c.d.e") come up often.
@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="ab x9.-_* \n", max_size=40))
def test_spaced_runs_found_from_tails_equal_a_full_scan(text):
    from checkers.engine.normalize import _SPACED_LETTERS, _spaced_runs

    assert [m.span() for m in _spaced_runs(text)] == [m.span() for m in _SPACED_LETTERS.finditer(text)]
