"""The detector behind each area's ``resembles-flagged-posts`` rule.

The learned model (:mod:`checkers.learned`) scores each paragraph of a post;
when a paragraph resembles the corpus posts where an area's guidance applied,
this detector points at its sentence with the most weight and names the words
that weighed most, so the reader can see why and judge for themselves.  The
rules are registered as ``fallback``: they stay silent when a hand-written
rule of the same area has already explained itself.

A post that says its people are composites or fictional is left alone, as
the hand-written rules do (APA Ethics Code 4.07 allows disguised material).
"""

from __future__ import annotations

from bisect import bisect_right

from ..engine.registry import Hit, rule
from ..learned.model import area_units
from .client_narrative import not_real

__all__ = ["learned_rule", "resemblance_detector"]

_MAX_WORDS = 3


def learned_rule(*, id: str, message: str, **doc) -> None:
    """Register ``id`` (``<area>/resembles-flagged-posts``) as its area's
    learned fallback rule; ``doc`` is the rest of the catalogue entry."""
    area = id.split("/", 1)[0]
    rule(id=id, message=message, fallback=True, **doc)(resemblance_detector(area, message))


def resemblance_detector(area: str, message: str):
    """A detector for ``area``; ``message`` has a ``{words}`` slot for the weightiest words."""

    def detect(post):
        units = area_units(post, area)
        if not units or not_real(post):
            return
        text = post.text
        starts = post.sentence_starts
        for unit in units:
            s, e = _weightiest_sentence(unit, starts, len(text))
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            inside = sorted((w, st, en) for w, st, en in unit.evidence if s <= st and en <= e)
            words: list[str] = []
            for _, st, en in reversed(inside):
                word = text[st:en]
                # "father's" and "his father's" would say the same thing twice
                if not any(word in w or w in word for w in words):
                    words.append(word)
                if len(words) == _MAX_WORDS:
                    break
            yield Hit(s, e, message=message.format(words=", ".join(f"\u201c{w}\u201d" for w in words)))

    return detect


def _weightiest_sentence(unit, starts: list[int], n: int) -> tuple[int, int]:
    """(start, end) of the sentence where the unit's evidence weighs most (the
    first such sentence on a tie).  Sentences are told apart by their index in
    ``starts``, looked up with one bisect per piece of evidence."""
    by_sentence: dict[int, int] = {}
    get = by_sentence.get
    for weight, start, _ in unit.evidence:
        i = bisect_right(starts, start) - 1
        by_sentence[i] = get(i, 0) + weight
    i, _ = max(by_sentence.items(), key=lambda item: (item[1], -item[0]))
    return starts[i], starts[i + 1] if i + 1 < len(starts) else n
