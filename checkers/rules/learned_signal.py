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

from ..engine.registry import Hit
from ..learned.model import area_units
from .client_narrative import not_real

__all__ = ["resemblance_detector"]

_MAX_WORDS = 3


def resemblance_detector(area: str, message: str):
    """A detector for ``area``; ``message`` has a ``{words}`` slot for the weightiest words."""

    def detect(post):
        units = area_units(post, area)
        if not units or not_real(post):
            return
        text = post.text
        for unit in units:
            by_sentence: dict[tuple[int, int], float] = {}
            for weight, start, _ in unit.evidence:
                span = post.sentence(start)
                by_sentence[span] = by_sentence.get(span, 0.0) + weight
            (s, e), _ = max(by_sentence.items(), key=lambda item: (item[1], -item[0][0]))
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            inside = sorted((w, st, en) for w, st, en in unit.evidence if s <= st and en <= e)
            words: list[str] = []
            for _, st, en in reversed(inside):
                word = text[st:en]
                if word not in words and not any(word in w for w in words):
                    words.append(word)
                if len(words) == _MAX_WORDS:
                    break
            yield Hit(s, e, message=message.format(words=", ".join(f"\u201c{w}\u201d" for w in words)))

    return detect
