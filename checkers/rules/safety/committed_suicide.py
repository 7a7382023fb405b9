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
gate_words(TAG, "commit", "suicide", "successful", "unsuccessful", "failed", "attempt", "succeeded", "tried", "completed",
           "completer", "fail")

# Anchored at a keyword.  "committed" forms are findings on their own;
# outcome words count only in a post about a death or suicide.
AT = lazy_re(
    r"(?P<committed>commit(?:s|ted|ting)?\s+(?:the\s+act\s+of\s+)?suicides?\b"
    r"|suicides?\s+(?:was|were|is|are|being|been|had\s+been)\s+committed\b"
    r"|suicide\s+attempts?\s+(?:that\s+)?(?:failed|succeeded|was\s+(?:un)?successful|were\s+(?:un)?successful)\b"
    r"|(?:un)?successful(?:ly)?\s+(?:suicides?\s+attempts?\b|suicides?\b|committed\s+suicide\b|committed\b|"
    r"killed\s+(?:him|her|them)sel(?:f|ves)\b|took\s+(?:his|her|their)\s+(?:own\s+)?life\b)"
    r"|failed\s+suicide\s+attempts?\b|failed\s+suicides?\b|completed\s+suicides?\b|suicide\s+completers?\b"
    r"|(?:un)?successful(?:ly)?\s+attempted\s+suicide\b|attempted\s+suicide\s+(?:un)?successfully\b"
    r"|fail(?:ed|s|ing)?\s+(?:at\s+|in\s+)?(?:to\s+)?(?:kill(?:ing)?\s+(?:him|her|them|my|your)sel(?:f|ves)|suicide)\b"
    r"|succeed(?:ed|s)?\s+(?:at|in)\s+(?:killing\s+(?:him|her|them|my|your)sel(?:f|ves)|suicide|taking\s+(?:his|her|their|my)\s+"
    r"(?:own\s+)?life)\b)"
    r"|(?P<outcome>(?:un)?successful\s+attempts?\b|failed\s+attempts?\b|completers?\b"
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
# "a failed attempt at humor" has an object; "a failed attempt at 19", "at home", "in 2015" do not.
_OBJECT_NEXT = lazy_re(r"['\u2019\"]?\s+(?:at|to|on|of|for|from|by)\b(?!\s+(?:age\b|the\s+age\b|\d|home\b|night\b|school\b|"
                       r"college\b|uni\b|work\b|my\s+lowest\b|sixteen|seventeen|eighteen|nineteen|twenty|thirty|fifteen|"
                       r"fourteen|thirteen|\w+day\b|the\s+(?:time|weekend|hospital|bridge|beach)\b|my\s+(?:dorm|apartment|parents)))")
# Words after a bare attempt that make it a suicide attempt: "the 'successful attempt' rate".
_ATTEMPT_AFTER = lazy_re(r"['\u2019\"]?\s+(?:rates?|survivors?|statistics|stats|numbers|histor(?:y|ies)|lethality)\b")
_MH_CONTEXT = lazy_re(
    r"\b(?:surviv\w*|mental\s*health|psych\w*|ideation|1:1|suicid\w*|overdos\w*|post-od|od|icu|er|ed|"
    r"hospital\w*|inpatient|crisis|therap\w*|recovery|contagion|988|clinician\w*|pt|patients?|cmh|counsel\w*|"
    r"ask\w*\s+for\s+help|self-harm|nurse|on\s+(?:a\s+)?1:1|bay\s+\d+|cr(?:y|ies)\s+for\s+help|attention[- ]seeking|"
    r"lethal\w*|means\s+(?:safety|restriction)|lcsw|lmft|lpc|psyd|988lifeline)\b|mentalhealth|#survivor"
)


# "her third attempt was the successful one": a numbered attempt of a person's is a suicide attempt.
_ORDINAL_BEFORE = lazy_re(r"\b(?:his|her|their|my|your|[a-z]+'s)\s+(?:first|second|third|fourth|fifth|sixth|last|final|next|"
                          r"latest|\d+(?:st|nd|rd|th))\s+$")
# "attempted twice before she finally succeeded": attempted with no object.
_BARE_ATTEMPTED = lazy_re(r"\battempt(?:ed|s)?\s+(?:twice|once|three\s+times|\w+\s+times|several\s+times|multiple\s+times|"
                          r"before|again|in\s+\d{4}|at\s+(?:age\s+)?\d+)\b")


def _bare_attempt(post, m) -> bool:
    """Is the outcome match about an attempt with no object, in a mental-health post?"""
    phrase = m.group(0)
    i = phrase.find("attempt")
    if i == -1:
        return phrase.startswith("completer") and post.memo(
            "safety:mh-context", lambda p: _MH_CONTEXT.search(p.text) is not None)
    if _ATTEMPT_OBJECT.search(phrase, i) or _OBJECT_NEXT.match(post.text, m.end()):
        return False
    if _ATTEMPT_AFTER.match(post.text, m.end()):
        return True
    if phrase.startswith("attempt") and _ORDINAL_BEFORE.search(post.text, max(0, m.start() - 30), m.start()):
        return True
    return post.memo("safety:mh-context", lambda p: _MH_CONTEXT.search(p.text) is not None)


@rule(
    id="safety/committed-suicide",
    title="\"Committed suicide\" or a \"successful\"/\"failed\" attempt",
    severity="warning",
    flags="\"Committed suicide\", \"commit suicide\", \"successful\" or \"completed\" suicide, and \"successful\", "
          "\"failed\" or \"unsuccessful\" attempts (\"failed attempt at 19\", \"the 'successful attempt' rate\", "
          "\"failed to kill himself\") when the post is about a death, a suicide or surviving an attempt. "
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
        start, end = m.span()
        if m.lastgroup == "succeeded":
            # "attempted suicide twice before he succeeded"
            sent_start, _ = post.sentence(start)
            if not _ATTEMPT_BEFORE.search(text, max(sent_start, start - 80), start):
                continue
            if not has_talk(post, "d") and not _BARE_ATTEMPTED.search(text, max(sent_start, start - 80), start):
                continue
        elif not has_talk(post, "d") and not (m.lastgroup == "outcome" and _bare_attempt(post, m)):
            continue
        if discussed_as_wording(post, start, end):
            continue
        yield Hit(start, end)
