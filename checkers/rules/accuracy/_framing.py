"""Context checks the accuracy rules share (not a rule).

A claim can be *used* ("ADHD isn't real") or *mentioned* so that it can be
corrected ("Myth: 'ADHD isn't real.' Fact: ..."), taught ("a therapist who
guarantees results is a red flag") or asked about.  These helpers answer
"is this span mentioned rather than asserted?" from a bounded window.
"""

from __future__ import annotations


from ...engine.lazy import lazy_re
from ..lexicon import MYTH_FRAME as _MYTH_FRAME_SOURCE, lazy_factored

MYTH_FRAME = lazy_factored(_MYTH_FRAME_SOURCE.pattern)  # rewritten for speed; same matches

# Words after a claim that mark it as wrong: "... is a myth", "... has been debunked".
_MYTH_AFTER = lazy_re(r"^[^.!?\n]{0,80}?\b(?:is|are|was|were|'s)\s+(?:a\s+|an\s+|just\s+a\s+|simply\s+|completely\s+|totally\s+|)?"
    r"(?:myth|false|untrue|wrong|outdated|debunked|misleading|oversimplified|an\s+oversimplification|not\s+true|"
    r"misinformation|a\s+red\s+flag|a\s+scam)\b"
    r"|^[^.!?\n]{0,60}?\b(?:has|have)\s+been\s+(?:debunked|disproven|discredited|retracted)\b"
    r"|^\W{0,4}(?:fact|reality|truth|actually|nope|false|wrong|not\s+true)\b"
)
_NEXT_SENTENCE_CORRECTS = lazy_re(
    r"^\W{0,4}(?:fact|reality|truth|actually|nope|false|wrong|not\s+true|that's\s+(?:a\s+myth|false|not)|"
    r"there'?s\s+no\s+such|there\s+is\s+no\s+such|no\s+such\s+(?:thing|ranking|title|list|credential))\b"
)


def mentioned_not_asserted(post, start: int, end: int, before: int = 160) -> bool:
    """True when the claim at start..end is framed as a myth, a warning or a quote to correct."""
    text = post.text
    s, e = post.sentence(start)
    lead = text[max(s, start - before):start]
    if MYTH_FRAME.search(lead):
        return True
    if s > 0:  # a short heading just before: "Myth #3." / "Common misconception:"
        ps, _ = post.sentence(s - 1)
        if s - ps <= 40 and MYTH_FRAME.search(text, ps, s):
            return True
    tail = text[end:min(len(text), end + 120)]
    if _MYTH_AFTER.search(tail):
        return True
    nxt = text[e:min(len(text), e + 40)].lstrip()
    if _NEXT_SENTENCE_CORRECTS.match(nxt):
        return True
    return False


_QUESTION_WORD = lazy_re(r"\W*(?:do|does|did|is|are|was|were|can|could|should|would|will|might|may|has|have|how|what|why|"
    r"which|who|when|whether|true\s+or\s+false)\b"
)


def is_question(post, start: int) -> bool:
    """True when the sentence holding ``start`` is a question (ends in '?' and opens like one)."""
    s, e = post.sentence(start)
    sent = post.text[s:e]
    return sent.rstrip().endswith("?") and _QUESTION_WORD.match(sent.lstrip()) is not None
