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
    r"|^[^.!?\n]{0,60}?\b(?:treat|consider|see|count|take)\s+(?:that|it|this|them)\s+as\s+(?:a\s+)?(?:red\s+flag|warning\s+sign|"
    r"sign\s+to\s+(?:run|leave|walk\s+away))\b"
    r"|^[^.!?\n]{0,60}?[,;:]\s*(?:run|walk\s+away|look\s+elsewhere|that'?s\s+(?:a\s+)?(?:red\s+flag|scam))\b"
)
# A claim attributed to others just before it: "some parents worry ADHD is ...", "I used to think ..."
_ATTRIBUTED_BEFORE = lazy_re(
    r"\b(?:people|parents|some|many|folks|families|clients|patients|teachers|they|others|someone|everyone|"
    r"(?:some|many|most|a\s+lot\s+of)\s+[a-z]+)\s+(?:still\s+|often\s+|sometimes\s+|secretly\s+|really\s+)?"
    r"(?:worry|worries|worried|fear|fears|feared|assume|assumes|assumed|wonder|wonders|wondered|ask|asks|asked|hear|hears|"
    r"get\s+told|are\s+told|were\s+told|tell\s+me|told\s+me|insist|insists|argue|argues|suggest|suggests|imply|implies)\b"
    r"[^.!?\n]{0,20}$"
    r"|\b(?:i|we)\s+(?:used\s+to|once)\s+(?:think|thought|believe|believed)\b[^.!?\n]{0,20}$"
)
# A claim someone else makes, named as a condition: "if a clinic promises a permanent cure, ..."
_REPORTED_CLAIM = lazy_re(
    r"\b(?:if|when|whenever|once)\s+(?:a|an|any|the|some|someone|somebody|anyone|they|your|their)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:promis|claim|guarantee|advertis|offer|sell|pitch|market|tell|say|post)\w*\s+(?:you\s+|that\s+)?(?:[\w'-]+\s+){0,3}$"
    r"|\b(?:any|anyone|anybody|someone|somebody|a|an|the|every)\s+(?:[\w'-]+\s+){0,2}?(?:who|that|which)\s+(?:promis|claim|"
    r"guarantee|advertis|offer|sell|pitch|market|say|tell|boast|brag)\w*\s+(?:to\s+|you\s+|that\s+)?(?:[\w'-]+\s+){0,3}$"
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
    if _REPORTED_CLAIM.search(text, max(s, start - 100), start) or _ATTRIBUTED_BEFORE.search(text, max(s, start - 80), start):
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
