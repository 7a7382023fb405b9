"""Features for the learned model: word unigrams and bigrams, digits folded.

Training and checking both call :func:`units` on the same folded text (see
:mod:`checkers.engine.normalize`), so the model is always scored on the
features it was trained on.  Every digit becomes "0" ("3pm" -> "0pm",
"95%" -> "00") so that a time or a percentage generalises across values.
"""

from __future__ import annotations

from itertools import accumulate

from ..engine.lazy import lazy_re

__all__ = ["units", "features_of", "feature_spans", "MAX_UNIT_TOKENS"]

# A word, possibly with one apostrophe ("client's"); no nested repetition.
_TOKEN = lazy_re(r"[^\W_]+(?:'[^\W_]+)?")
_PARAGRAPH_BREAK = lazy_re(r"\n\s*\n")
_DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")

# A long text is scored piece by piece, like the posts the model learned
# from: a unit is a paragraph, or this many tokens of a longer one.
MAX_UNIT_TOKENS = 300


def _zeroed(text: str) -> str:
    """``text`` with every digit 1-9 made "0".  One character for one, so offsets
    hold; one C-level pass over the text instead of a Python call per token."""
    if text.isascii():  # bytes.translate is many times faster than str.translate
        return text.encode("ascii").translate(_DIGITS_TO_ZERO).decode("ascii")
    # In UTF-8 every byte of a non-ASCII character is >= 0x80, so translating
    # the bytes of the digits changes only the digits; "surrogatepass" lets a
    # lone surrogate (a valid str) make the round trip.  (str.translate would
    # look up every character of a non-ASCII text in a dict, and a regex sub
    # steps through every character.)
    return text.encode("utf-8", "surrogatepass").translate(_DIGITS_TO_ZERO).decode("utf-8", "surrogatepass")


def units(folded: str):
    """Yield ``(start, end, tokens)`` for each unit of ``folded`` (a Post's
    folded, lower-case text).  Tokens come from ``findall``, which is much
    cheaper than match objects; positions are recovered only for the few
    units a rule reports (:func:`feature_spans`)."""
    text = _zeroed(folded)
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        yield from _pieces(text, pos, m.start())
        pos = m.end()
    yield from _pieces(text, pos, len(text))


def _pieces(text: str, lo: int, hi: int):
    """Units of the (zeroed) ``text[lo:hi]``."""
    tokens = _TOKEN.findall(text, lo, hi)
    if not tokens:
        return
    if len(tokens) <= MAX_UNIT_TOKENS:
        yield lo, hi, tokens
        return
    # A long paragraph: cut it every MAX_UNIT_TOKENS tokens.  Where a token
    # starts follows from the lengths of the gaps between tokens (split) and
    # of the tokens, summed in C: no match object per token of a long text.
    lengths = [0] * (2 * len(tokens) + 1)
    lengths[0::2] = map(len, _TOKEN.split(text[lo:hi]))
    lengths[1::2] = map(len, tokens)
    token_starts = list(accumulate(lengths, initial=lo))[1:-1:2]  # bounds[2j + 1]: token j
    cuts = [lo, *token_starts[MAX_UNIT_TOKENS::MAX_UNIT_TOKENS], hi]
    for k in range(len(cuts) - 1):
        yield cuts[k], cuts[k + 1], tokens[k * MAX_UNIT_TOKENS:(k + 1) * MAX_UNIT_TOKENS]


def features_of(tokens: list[str]) -> set[str]:
    """The unigrams and bigrams of ``tokens``, as a set: binary features, so a
    word said twice weighs no more than a word said once.  (Scores are integer
    sums, which are exact, so set order cannot change them.)"""
    feats = set(tokens)
    feats.update(map(" ".join, zip(tokens, tokens[1:])))
    return feats


def feature_spans(text: str, lo: int, hi: int) -> dict[str, tuple[int, int]]:
    """Feature -> (start, end) of its first occurrence in ``text[lo:hi]``."""
    spans: dict[str, tuple[int, int]] = {}
    prev = None
    for m in _TOKEN.finditer(_zeroed(text[lo:hi])):
        tok = m.group()
        s, e = m.span()
        spans.setdefault(tok, (s + lo, e + lo))
        if prev is not None:
            spans.setdefault(prev[0] + " " + tok, (prev[1], e + lo))
        prev = (tok, s + lo)
    return spans
