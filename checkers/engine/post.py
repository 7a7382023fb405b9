"""A post prepared for rules: folded text plus cheap, shared context queries.

Rules ask questions such as "is this phrase negated?", "is it inside quotation
marks being taught as the wrong word?", "does the post say it is a composite?".
Answering them here keeps each rule short and makes the answers consistent
across areas.  Every query looks at a bounded window around a match, or is a
whole-post flag computed once, so checking stays linear in the input.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

from .lazy import lazy_re
from .normalize import fold

__all__ = ["Post"]

# A run of [.!?\n] followed by a space or the end, else a lone newline.  Written
# to start with the character class (the second branch checks that the one
# character taken was a newline) so the regex engine skips in C to the few
# candidate positions: the same matches as r"[.!?\n]+(?=\s|$)|\n", several times faster.
_SENTENCE_END = lazy_re(r"[.!?\n](?:[.!?\n]*(?=\s|$)|(?<=\n))")
_CLAUSE_BREAK = lazy_re(r"[,;:()]|\s(?:but|and|so|because|while|although|though)\s|\s-\s")

_NEGATION = lazy_re(
    r"\b(?:never|not|no|nor|neither|without|won't|wouldn't|don't|doesn't|didn't|"
    r"can't|cannot|couldn't|shouldn't|isn't|aren't|mustn't|avoid|avoiding|refuse|stop|quit)\b"
    r"|n't\b"
)

# Words that show a phrase is being discussed as language, not used.
_METALANGUAGE = lazy_re(
    r"\b(?:say|says|saying|said|use|using|write|writing|term|terms|word|words|phrase|phrases|"
    r"language|instead of|rather than|replace|swap|avoid|call|calling|label|labels|"
    r"don't say|not say|stop saying|outdated|stigmatizing|stigmatising)\b"
)

_WORD = lazy_re(r"\w+")


class Post:
    """Folded text of a post and the context queries rules share."""

    def __init__(self, original: str):
        self.original = original
        self.text, self.offsets = fold(original)
        self._flags: dict[str, bool] = {}
        self._memo: dict[str, object] = {}

    # -- structure ---------------------------------------------------------
    @cached_property
    def sentence_starts(self) -> list[int]:
        """Where each sentence starts, in increasing order (the first is 0)."""
        starts = [0]
        starts.extend(m.end() for m in _SENTENCE_END.finditer(self.text))
        return starts

    def sentence(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the sentence containing ``pos``."""
        starts = self.sentence_starts
        i = bisect_right(starts, pos) - 1
        start = starts[i]
        end = starts[i + 1] if i + 1 < len(starts) else len(self.text)
        return start, end

    def sentence_text(self, pos: int, limit: int = 400) -> str:
        """Sentence around ``pos``, clipped to ``limit`` chars either side."""
        s, e = self.sentence(pos)
        return self.text[max(s, pos - limit):min(e, pos + limit)]

    def clause_before(self, pos: int, limit: int = 80) -> str:
        """Text from the start of the clause holding ``pos`` up to ``pos``."""
        s, _ = self.sentence(pos)
        start = max(s, pos - limit)
        window = self.text[start:pos]
        last = None
        for last in _CLAUSE_BREAK.finditer(window):
            pass
        return window[last.end():] if last else window

    def window(self, start: int, end: int, before: int = 60, after: int = 60) -> str:
        """The sentence text around a span, at most ``before``/``after`` chars out."""
        s, e = self.sentence(start)
        return self.text[max(s, start - before):min(max(e, end), end + after)]

    # -- context queries ---------------------------------------------------
    def negated(self, pos: int, limit: int = 40) -> bool:
        """True when the clause before ``pos`` negates what follows.

        "I never share client stories", "we don't friend clients".
        """
        return bool(_NEGATION.search(self.clause_before(pos, limit)))

    def in_quotes(self, start: int, end: int) -> bool:
        """True when the span sits inside a pair of quotation marks in its sentence."""
        s, e = self.sentence(start)
        before = self.text[max(s, start - 200):start]
        after = self.text[end:min(e, end + 200)]
        for q in ('"', "'"):
            # An odd count of quotes before means we are inside a quoted stretch.
            # Apostrophes inside words ("don't") are not quotes.
            if q == "'":
                n_before = len(re.findall(r"(?<!\w)'|'(?!\w)", before))
                closes = re.search(r"'(?!\w)", after)
            else:
                n_before = before.count(q)
                closes = q in after
            if n_before % 2 == 1 and closes:
                return True
        return False

    def taught_as_wording(self, start: int, end: int) -> bool:
        """True when the span is quoted as wording to use or avoid.

        "Say 'died by suicide' rather than 'committed suicide'."
        """
        if not self.in_quotes(start, end):
            return False
        return bool(_METALANGUAGE.search(self.window(start, end, 120, 120)))

    def flag(self, name: str, pattern: re.Pattern) -> bool:
        """Whole-post flag: does ``pattern`` occur anywhere?  Memoised by name."""
        hit = self._flags.get(name)
        if hit is None:
            hit = self._flags[name] = pattern.search(self.text) is not None
        return hit

    def memo(self, key: str, compute):
        """Compute ``compute(self)`` once per post; for detectors two areas share."""
        if key not in self._memo:
            self._memo[key] = compute(self)
        return self._memo[key]

    def words_near(self, start: int, end: int, pattern: re.Pattern,
                   before: int = 60, after: int = 60) -> re.Match | None:
        """First match of ``pattern`` in the sentence window around a span."""
        return pattern.search(self.window(start, end, before, after))
