"""accuracy/self-diagnosis: checklists and quizzes that tell readers they have a disorder.

Sources: APA Ethics Code 9.01 (opinions only after adequate assessment) and
2.04 (scientific basis of judgments); APA Ethics Code 5.04 (media statements
consistent with the literature); APA Social Media Guideline 2.7; Yeung, Ng &
Abi-Jaoude, Can J Psychiatry 2022;67(12):899-906.
"""

import re

from ...engine.registry import Hit, rule
from ..individual_diagnosis import generic_diagnoses
from ..lexicon import DIAGNOSIS_TERM, factored
from ._framing import mentioned_not_asserted

DX = DIAGNOSIS_TERM

_CHECKLIST = re.compile(factored(
    # a quiz or test that tells you
    r"\b(?:quiz|test|checklist|screener|questionnaire|questions|filter|challenge)\b[^.!?\n]{0,60}?\b(?:find\s+out|tells?\s+you|see|know|"
    r"discover|learn|check|reveal\w*|figure\s+out)\s+(?:if|whether)\s+(?:you(?:'re|\s+are|\s+have|\s+might|\s+may)|your\s+\w+\s+(?:is|has))"
    # "signs you have X", not hedged
    r"|\bsigns?\s+(?:that\s+)?you(?:'re|\s+are|\s+have|'ve\s+got|\s+definitely\s+have|\s+secretly\s+have)\s+(?:undiagnosed\s+|secret\s+|hidden\s+)?" + DX + r"\b"
    # a score or a count that decides
    r"|\b(?:said\s+yes\s+to|answered\s+yes\s+to|checked|ticked|relate\s+to|score[sd]?\s+(?:above|over|higher\s+than|of)|"
    r"more\s+than)\s+(?:\d+|two|three|four|five|half)\b[^.!?\n]{0,40}?[.?!]?\s*(?:then\s+)?(?:you(?:'re|\s+are|\s+have|\s+probably|"
    r"\s+definitely|\s+likely|\s+most\s+likely)|congrats|that's)"
    r"|\byou\s+(?:probably|definitely|likely|most\s+likely|almost\s+certainly|100%)\s+(?:have|are|got)\s+(?:it|this|that)\b"
    # "POV: you lose your phone three times a day. Congrats, that's ADHD"
    r"|(?P<verdict>\b(?:congrats|congratulations|surprise|plot\s+twist|newsflash|spoiler|sorry|yep|yup|welcome\s+to\s+the\s+club)"
    r"\s*[,!:.]*\s*(?:that'?s|you'?re|you\s+are|you\s+have|it'?s|you've\s+got)\s+(?:\w+\s+)?" + DX + r"\b"
    r"|\bthat'?s\s+(?:literally\s+|basically\s+|just\s+|classic\s+|textbook\s+|totally\s+|100%\s+)?" + DX + r"(?:\s+(?:btw|lol|fyi))?\s*(?:[.!]|$|#|\W{0,3}$))"
    # "no evaluation needed"
    r"|\bno\s+(?:\w+\s+)?(?:evaluation|assessment|diagnosis|doctor|professional|clinician|therapist|testing)\s+(?:needed|necessary|required)\b"
    r"|\b(?:skip|forget|don't\s+bother\s+with)\s+(?:the\s+)?(?:\w+\s+)?(?:evaluation|assessment|diagnosis|testing)\b"
    # "if you relate, you're autistic" / "if this is you, that's ADHD"
    r"|\bif\s+(?:you\s+(?:relate|related|resonate|see\s+yourself)|this\s+(?:is\s+you|sounds\s+like\s+you|resonates))[^.!?\n]{0,30}?"
    r"\b(?:you(?:'re|\s+are|\s+have)|that'?s|it'?s)\s+(?:probably\s+|definitely\s+|likely\s+|)(?:a\s+sign\s+of\s+)?" + DX + r"\b"
))
_GENERIC_YOU = re.compile(r"\bpov\b|\b(?:you|your|you're|u)\b")
_HEDGED = re.compile(r"\b(?:might|may|could|possibly|perhaps)\b")
_DX_NEAR = re.compile(r"\b" + DX + r"\b")
_REFERRAL = re.compile(
    r"\b(?:evaluat\w+|assess\w+|screen\w*|licensed|clinician|professional|doctor|psychologist|psychiatrist|"
    r"talk\s+(?:to|with)|get\s+checked|diagnos\w+\s+by)\b"
)


@rule(
    id="accuracy/self-diagnosis",
    title="Self-diagnosis checklist",
    severity="warning",
    flags="A checklist, quiz or list of everyday traits that tells readers they have a disorder: "
          "\"if you daydream and hate paperwork, you definitely have ADHD\", \"score above 6 and "
          "you're on the spectrum\".",
    why="Traits like daydreaming, moodiness or liking order are common; a diagnosis needs a "
        "clinician to weigh severity, duration, impairment and other explanations. Checklists that "
        "hand out diagnoses spread misinformation and can lead people to wrong labels or away from "
        "real assessment.",
    example="If you daydream a lot and hate paperwork, you definitely have ADHD.",
    fine="These traits are common in ADHD, but they are common in everyone; if they cause real "
         "problems, a licensed clinician can do a proper evaluation.",
    instead="Describe the condition and its criteria in general terms, say that many traits are "
            "common, and point to a professional evaluation.",
    sources="APA Ethics Code 9.01, 2.04, 5.04; APA Social Media Guideline 2.7; Yeung et al., "
            "Can J Psychiatry 2022;67(12):899-906",
    message="This tells readers they have a disorder on the basis of a checklist or quiz. Common traits "
            "cannot establish a diagnosis; that takes an assessment.",
)
def detect(post):
    for d in generic_diagnoses(post):
        if _HEDGED.search(post.text, d.start, d.end) and _REFERRAL.search(post.window(d.start, d.end, 100, 160)):
            continue  # "you might have ADHD; a clinician can tell you" points to assessment
        yield Hit(d.start, d.end)
    text = post.text
    for m in _CHECKLIST.finditer(text):
        start, end = m.start(), m.end()
        token = m.group(0)
        if post.negated(start) or mentioned_not_asserted(post, start, end):
            continue
        if m.lastgroup == "verdict":
            lead = text[max(0, start - 240):start]
            if not _GENERIC_YOU.search(lead) or _REFERRAL.search(post.window(start, end, 60, 160)):
                continue
        if token.startswith("you ") and not _DX_NEAR.search(text, max(0, start - 300), start):
            continue  # "you probably have it": "it" must be a disorder named just before
        if token.startswith(("quiz", "test", "checklist", "screener", "questionnaire", "questions", "filter", "challenge")):
            if _REFERRAL.search(post.window(start, end, 0, 120)) and not re.search(r"\bno\s+\w*\s*(?:evaluation|assessment)", post.window(start, end, 0, 120)):
                continue
        yield Hit(start, end)
