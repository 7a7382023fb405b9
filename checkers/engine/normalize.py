"""Fold a post into a canonical form that rules can match, and map offsets back.

Why: text written to slip past a checker hides words with zero-width
characters ("cli\u200bent"), Unicode look-alikes (Cyrillic "о" for Latin "o",
fullwidth letters) or spaced-out letters ("p s y c h o").  Rules match the
folded, lower-cased text; every finding is then mapped back to the span of the
*original* text, so the evidence a reader sees is exactly what they wrote.

Performance: plain ASCII stretches are copied (and lower-cased) as whole
slices and recorded as one linear segment each, so folding is linear in the
input and cheap for the common all-ASCII post.  Only non-ASCII runs are
walked character by character.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from .lazy import lazy_re

__all__ = ["OffsetMap", "fold"]

# Characters that render as nothing (or almost nothing) and are used to split
# words invisibly.
_INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b"
    "\u206c\u206d\u206e\u206f\u3164\ufeff\uffa0"
) | frozenset(chr(c) for c in range(0xFE00, 0xFE10))

# Look-alikes that NFKC leaves alone (Cyrillic, Greek, a few Latin extensions).
_CONFUSABLES = {
    "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "ё": "e", "һ": "h",
    "і": "i", "ї": "i", "ј": "j", "к": "k", "ӏ": "l", "м": "m", "н": "h",
    "о": "o", "р": "p", "ԛ": "q", "ѕ": "s", "т": "t", "у": "y", "х": "x",
    "ԝ": "w", "ɡ": "g", "ı": "i", "ȷ": "j", "ℓ": "l",
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "γ": "y",
    # Typography that should not change meaning.
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ",
}

_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")

# Three or more single letters joined by one repeated separator: "p s y c h o",
# "c.l.i.e.n.t", "s-u-i-c-i-d-e".  Each repetition consumes exactly two
# characters, so the pattern cannot backtrack catastrophically.
_SPACED_LETTERS = lazy_re(r"(?<![a-z0-9])[a-z]([ .\-_*])(?:[a-z]\1){1,}[a-z](?![a-z0-9])")
# What every such run ends with: a separator, a single letter, the same
# separator and a last letter ("...s i d e").  Led by the separator class, a
# search for it skips in C through ordinary text, where _SPACED_LETTERS is
# tried at every position; most posts have no such tail and skip that scan.
_SPACED_TAIL = lazy_re(r"([ .\-_*])[a-z]\1[a-z](?![a-z0-9])")


class OffsetMap:
    """Maps positions in a derived string back to the string it came from.

    Subclasses implement ``_to_source`` for one folding step; ``parent``
    chains steps, so a span in the final text maps through every step back
    to the original.
    """

    __slots__ = ("_source_len", "_parent")

    def __init__(self, source_len: int, parent: "OffsetMap | None" = None):
        self._source_len = source_len
        self._parent = parent

    def _to_source(self, pos: int) -> int:
        return pos

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open derived span to the half-open source span it covers."""
        if end <= start:
            s = min(self._to_source(start), self._source_len)
            out = (s, s)
        else:
            out = (self._to_source(start), min(self._to_source(end - 1) + 1, self._source_len))
        if self._parent is not None:
            return self._parent.span(*out)
        return out


class _ChangedCharsMap(OffsetMap):
    """Identity except around characters whose folded form is not one char long.

    ``source_pos[k]`` is where the k-th such character sits in the source,
    ``derived_start[k]`` where its folded form starts, ``derived_len[k]`` how
    long that form is (0 for a deleted invisible, 2+ for an expansion).
    """

    __slots__ = ("_source_pos", "_derived_start", "_derived_len")

    def __init__(self, source_pos, derived_start, derived_len, source_len):
        super().__init__(source_len)
        self._source_pos, self._derived_start, self._derived_len = source_pos, derived_start, derived_len

    def _to_source(self, pos: int) -> int:
        k = bisect_right(self._derived_start, pos) - 1
        if k < 0:
            return pos
        src, start, length = self._source_pos[k], self._derived_start[k], self._derived_len[k]
        if pos < start + length:
            return src
        return src + 1 + (pos - start - length)


class _SegmentMap(OffsetMap):
    """Piecewise map: (derived_start, source_start, per_char) segments.

    ``per_char`` is None for a linear segment, else a sequence giving the
    source position of each derived character.
    """

    __slots__ = ("_starts", "_segments")

    def __init__(self, segments, source_len, parent):
        super().__init__(source_len, parent)
        self._segments = segments
        self._starts = [s[0] for s in segments]

    def _to_source(self, pos: int) -> int:
        i = bisect_right(self._starts, pos) - 1
        if i < 0:
            return 0
        derived_start, source_start, per_char = self._segments[i]
        if per_char is None:
            return source_start + (pos - derived_start)
        k = pos - derived_start
        return per_char[k] if k < len(per_char) else per_char[-1] + 1


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
_FOLD_CACHE: dict[str, str] = {}


def _fold_char(ch: str) -> str:
    cached = _FOLD_CACHE.get(ch)
    if cached is not None:
        return cached
    if ch in _INVISIBLE:
        out = ""
    elif ch in _CONFUSABLES:
        out = _CONFUSABLES[ch]
    else:
        import unicodedata  # only needed for non-ASCII text; keeps import fast
        parts = []
        for c in unicodedata.normalize("NFKC", ch):
            c = _CONFUSABLES.get(c, c)
            if unicodedata.category(c) != "Mn":  # drop combining accents: "clïent" -> "client"
                parts.append(c)
        out = "".join(parts).lower()
        out = "".join(_CONFUSABLES.get(c, c) for c in out)
    if len(_FOLD_CACHE) < 10_000:
        _FOLD_CACHE[ch] = out
    return out


def _fold_unicode(text: str):
    """Lower-case, strip invisibles and replace look-alikes.

    Uses one ``str.translate`` over the whole text (C speed) and records only
    the positions of characters whose folded form changes length.
    """
    if text.isascii():
        return text.lower(), OffsetMap(len(text))
    # ASCII stretches are lower-cased with str.lower (the same as _ASCII_LOWER on
    # ASCII) and only the non-ASCII runs go through the table, which is faster
    # than one translate over a long text with a dict table.
    runs = [(m.start(), m.end()) for m in _NON_ASCII_RUN.finditer(text)]
    table = {}
    changers = {}
    for ch in set("".join([text[s:e] for s, e in runs])):
        folded = _fold_char(ch)
        table[ord(ch)] = folded
        if len(folded) != 1:
            changers[ch] = len(folded)
    parts = []
    pos = 0
    for s, e in runs:
        parts.append(text[pos:s].lower())
        parts.append(text[s:e].translate(table))
        pos = e
    parts.append(text[pos:].lower())
    derived = "".join(parts)
    if not changers:
        return derived, OffsetMap(len(text))
    pattern = re.compile("[" + "".join(re.escape(c) for c in changers) + "]")
    source_pos = [m.start() for m in pattern.finditer(text)]
    lengths = [changers[text[p]] for p in source_pos]
    # derived_start[k] = source_pos[k] + sum(lengths[j] - 1 for j < k)
    shift = list(accumulate((n - 1 for n in lengths), initial=0))
    derived_start = [p + d for p, d in zip(source_pos, shift)]
    return derived, _ChangedCharsMap(source_pos, derived_start, lengths, len(text))


def _spaced_runs(text: str):
    """The matches of ``_SPACED_LETTERS.finditer(text)``, found from the tails.

    Every run ends in a tail, so the runs are looked for only around the few
    tails: from the first letter of a tail's chain of letters and separators,
    where ``match`` is tried at each letter (the ``finditer`` scan, with its
    leading lookbehind, would try every position of a long text).
    """
    pos = 0
    for tail in _SPACED_TAIL.finditer(text):
        ts, sep = tail.start(), tail.group(1)
        if ts < pos:
            continue
        i = ts + 1  # the tail's first letter; walk back along the chain
        while i >= 2 and text[i - 1] == sep and "a" <= text[i - 2] <= "z":
            i -= 2
        while i < pos:  # not inside the run already taken
            i += 2
        for j in range(i, ts + 2, 2):
            m = _SPACED_LETTERS.match(text, j)
            if m:
                yield m
                pos = m.end()
                break


def _collapse_spaced_letters(text: str, parent: OffsetMap):
    """Join "p s y c h o" into "psycho" so word rules see the word."""
    if not _SPACED_TAIL.search(text):
        return text, parent
    pieces, segments = [], []
    out_len = 0
    pos = 0
    for m in _spaced_runs(text):
        if m.start() > pos:
            pieces.append(text[pos:m.start()])
            segments.append((out_len, pos, None))
            out_len += m.start() - pos
        letters = range(m.start(), m.end(), 2)
        pieces.append(text[m.start():m.end():2])
        segments.append((out_len, m.start(), letters))
        out_len += len(letters)
        pos = m.end()
    if not pieces:  # nothing spaced out: keep the first map as is
        return text, parent
    if pos < len(text):
        pieces.append(text[pos:])
        segments.append((out_len, pos, None))
    return "".join(pieces), _SegmentMap(segments, len(text), parent)


def fold(text: str) -> tuple[str, OffsetMap]:
    """Return (folded_text, offset_map) for ``text``."""
    folded, offsets = _fold_unicode(text)
    return _collapse_spaced_letters(folded, offsets)
