"""safety/committed-suicide: "committed suicide" and "successful"/"failed" attempts.

"Committed" comes from the time suicide was a crime or a sin; "successful"
and "failed" turn a death into an achievement and survival into a failure.
Safe-messaging guidance asks for "died by suicide", "took their own life",
"attempted suicide" / "survived an attempt" instead.

Phrases taught as wording ("say 'died by suicide', not 'committed suicide'",
"please stop saying committed suicide") are not findings.  "Successful" and
"failed" attempts count when the post talks about a death or suicide, or
when a bare attempt (not an attempt *at* or *to* something) comes up in a
post about mental health, a hospital or surviving ("I survived a failed
attempt"); "my third attempt at sourdough was finally successful" is left
alone.

Sources: Recommendations for Reporting on Suicide (reportingonsuicide.org;
AFSP, AAS, SAMHSA et al.); #chatsafe (Robinson et al., PLOS ONE 2018;
Orygen); APA Social Media Guideline 2.7.
"""

from ...engine.lazy import lazy_re
from ...engine.registry import Hit, rule
from ..lexicon import discussed_as_wording, gate_matches, gate_words
from ._cues import has_talk

TAG = "safety:committed-suicide"
gate_words(TAG, "commit", "suicide", "successful", "unsuccessful", "failed", "attempt", "succeeded", "tried", "completed")

# Anchored at a keyword.  "committed" forms are findings on their own;
# outcome words count only in a post about a death or suicide.
AT = lazy_re(
    r"(?P<committed>commit(?:s|ted|ting)?\s+(?:the\s+act\s+of\s+)?suicides?\b"
    r"|suicides?\s+(?:was|were|is|are|being|been|had\s+been)\s+committed\b"
    r"|suicide\s+attempts?\s+(?:that\s+)?(?:failed|succeeded|was\s+(?:un)?successful|were\s+(?:un)?successful)\b"
    r"|(?:un)?successful(?:ly)?\s+(?:suicides?\s+attempts?\b|suicides?\b|committed\s+suicide\b|committed\b|"
    r"killed\s+(?:him|her|them)sel(?:f|ves)\b|took\s+(?:his|her|their)\s+(?:own\s+)?life\b)"
    r"|failed\s+suicide\s+attempts?\b|failed\s+suicides?\b|completed\s+suicides?\b)"
    r"|(?P<outcome>(?:un)?successful\s+attempts?\b|failed\s+attempts?\b"
    r"|attempts?\s+(?:\w+\s+){0,2}?(?:was|were|finally|had\s+been|wasn'?t|weren'?t)\s+(?:\w+\s+)?(?:un)?successful\b"
    r"|attempts?\s+(?:\w+\s+){0,2}?(?:failed|succeeded|(?:didn'?t|did\s+not|never)\s+succeed)\b"
    r"|succeeded\s+(?:this\s+time|at\s+last|on\s+(?:her|his|their|the)\s+\w+\s+(?:try|attempt))\b"
    r"|tried\s+(?:\w+\s+){0,3}?(?:and|but)\s+failed\b)"
    r"|(?P<succeeded>(?:finally\s+)?succeeded\b)"
)


# A bare "attempt" (not an attempt *at* or *to* something) in a post about
# mental health, a hospital or surviving is a suicide attempt: "I survived a
# failed attempt", "made a failed attempt with a belt and is on 1:1 now".
_ATTEMPT_OBJECT = lazy_re(r"\b(?:at|to|on|of|for|from|by)\b")
_ATTEMPT_BEFORE = lazy_re(r"\b(?:attempt\w*\b(?!\s+(?:to|at)\b)|tried\s+to\s+(?:kill|end|take)\b)")
_OBJECT_NEXT = lazy_re(r"\s+(?:at|to|on|of|for|from|by)\b")
_MH_CONTEXT = lazy_re(
    r"\b(?:surviv\w*|mental\s*health|psych\w*|ideation|1:1|suicid\w*|overdos\w*|post-od|od|icu|er|ed|"
    r"hospital\w*|inpatient|crisis|therap\w*|recovery|contagion|988|clinician\w*|pt|patients?|cmh|counsel\w*|"
    r"ask\w*\s+for\s+help|self-harm|nurse|on\s+(?:a\s+)?1:1|bay\s+\d+)\b|mentalhealth"
)


def _bare_attempt(post, m) -> bool:
    """Is the outcome match about an attempt with no object, in a mental-health post?"""
    phrase = m.group(0)
    i = phrase.find("attempt")
    if i == -1:
        return False
    if _ATTEMPT_OBJECT.search(phrase, i) or _OBJECT_NEXT.match(post.text, m.end()):
        return False
    return post.memo("safety:mh-context", lambda p: _MH_CONTEXT.search(p.text) is not None)


@rule(
    id="safety/committed-suicide",
    title="\"Committed suicide\" or a \"successful\"/\"failed\" attempt",
    severity="warning",
    flags="\"Committed suicide\", \"commit suicide\", \"successful\" or \"completed\" suicide, and \"successful\", "
          "\"failed\" or \"unsuccessful\" attempts when the post is about a death, a suicide or surviving an attempt. "
          "Not when the phrase is taught as wording to avoid.",
    why="\"Committed\" echoes the time when suicide was treated as a crime or a sin, and "
        "\"successful\" or \"failed\" frame a death as an achievement and survival as a failure. "
        "Safe-messaging guidance for media and for social media asks for neutral wording, which "
        "readers who have lost someone, or who are struggling themselves, notice.",
    example="So sad to hear the musician committed suicide last week.",
    fine="Language matters: say 'died by suicide', not 'committed suicide'. If you are struggling, call or text 988.",
    instead="\"Died by suicide\", \"took their own life\" or \"ended their life\"; \"attempted suicide\" "
            "or \"survived a suicide attempt\" instead of a failed or unsuccessful attempt.",
    sources="Recommendations for Reporting on Suicide (reportingonsuicide.org); #chatsafe "
            "(Robinson et al., PLOS ONE 2018); APA Social Media Guideline 2.7",
    message="\"Committed\" suicide and \"successful\" or \"failed\" attempts frame suicide as a crime "
            "or an achievement. Neutral wording is kinder to people bereaved by suicide and to "
            "people who are struggling.",
)
def detect(post):
    text = post.text
    for m in gate_matches(post, TAG, AT):
        # every form needs suicide or a death in the post, or a bare attempt in a mental-health post
        if not has_talk(post, "d") and not (m.lastgroup == "outcome" and _bare_attempt(post, m)):
            continue
        start, end = m.span()
        if m.lastgroup == "succeeded":
            # "attempted suicide twice before he succeeded"
            sent_start, _ = post.sentence(start)
            if not _ATTEMPT_BEFORE.search(text, max(sent_start, start - 80), start):
                continue
        if discussed_as_wording(post, start, end):
            continue
        yield Hit(start, end)
