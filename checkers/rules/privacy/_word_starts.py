"""Where words start, for gating a pattern paragraph by paragraph or window by window (not a rule).

On a long text a rule that scans many paragraphs or windows can skip those
without a word every match of its pattern holds: the starts of those words,
listed once, answer each question with a bisect.
"""

from __future__ import annotations

from bisect import bisect_left

from ..lexicon import MAX_CANDIDATES, flat_text, word_spans


def word_starts(post, vocabulary: frozenset, stems: tuple = ()) -> list[int] | None:
    """Sorted starts of ``vocabulary`` (whole words) and ``stems`` (anywhere) in the post.

    None when there are too many to list (word_spans stops at MAX_CANDIDATES):
    then nothing may be skipped.
    """
    spans = word_spans(post, vocabulary)
    if len(spans) >= MAX_CANDIDATES:
        return None
    starts = [s for s, _ in spans]
    flat = flat_text(post)  # ASCII, so finding a stem is fast; same letters at the same offsets as the text
    for stem in stems:
        i = flat.find(stem)
        while i != -1:
            starts.append(i)
            i = flat.find(stem, i + 1)
    starts.sort()
    return starts


def any_in(starts: list[int], lo: int, hi: int) -> bool:
    """Does one of ``starts`` (sorted) lie in ``lo:hi``?"""
    i = bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi
