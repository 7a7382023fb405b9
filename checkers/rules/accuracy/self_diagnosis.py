"""accuracy/self-diagnosis: checklists and quizzes that tell readers they have a disorder.

Sources: APA Ethics Code 9.01 (opinions only after adequate assessment) and
2.04 (scientific basis of judgments); APA Ethics Code 5.04 (media statements
consistent with the literature); APA Social Media Guideline 2.7; Yeung, Ng &
Abi-Jaoude, Can J Psychiatry 2022;67(12):899-906.
"""

import re

from ...engine.registry import Hit, rule
from ..individual_diagnosis import generic_diagnoses
from ..lexicon import DIAGNOSIS_TERM, DIAGNOSIS_WORDS, Gated, gated_matches, words, lazy_factored
from ._framing import mentioned_not_asserted

DX = DIAGNOSIS_TERM

_QUIZ = words("quiz test checklist screener questionnaire questions filter challenge")
_CHECKLIST = (
    # a quiz or test that tells you
    Gated(lazy_factored(r"\b(?:quiz|test|checklist|screener|questionnaire|questions|filter|challenge)\b[^.!?\n]{0,60}?\b(?:find\s+out|tells?\s+you|"
        r"see|know|discover|learn|check|reveal\w*|figure\s+out)\s+(?:if|whether)\s+(?:you(?:'re|\s+are|\s+have|\s+might|\s+may)|"
        r"your\s+\w+\s+(?:is|has))"), (_QUIZ,)),
    # "signs you have X", not hedged
    Gated(lazy_factored(r"\bsigns?\s+(?:that\s+)?you(?:'re|\s+are|\s+have|'ve\s+got|\s+definitely\s+have|\s+secretly\s+have)\s+"
        r"(?:undiagnosed\s+|secret\s+|hidden\s+)?" + DX + r"\b"), (words("signs sign"), DIAGNOSIS_WORDS)),
    # a score or a count that decides
    Gated(lazy_factored(r"\b(?:said\s+yes\s+to|answered\s+yes\s+to|checked|ticked|relate\s+to|score[sd]?\s+(?:above|over|higher\s+than|of)|"
        r"more\s+than)\s+(?:\d+|two|three|four|five|half)\b[^.!?\n]{0,40}?[.?!]?\s*(?:then\s+)?(?:you(?:'re|\s+are|\s+have|"
        r"\s+probably|\s+definitely|\s+likely|\s+most\s+likely)|congrats|that's)"), (words("said answered checked ticked relate score scores scored more"),)),
    Gated(lazy_factored(r"\byou\s+(?:probably|definitely|likely|most\s+likely|almost\s+certainly|100%)\s+(?:have|are|got)\s+(?:it|this|that)\b"), (words("probably definitely likely certainly 100"), words("it this that"))),
    # "POV: you lose your phone three times a day. Congrats, that's ADHD"
    Gated(lazy_factored(r"(?P<verdict>\b(?:congrats|congratulations|surprise|plot\s+twist|newsflash|spoiler|sorry|yep|yup|welcome\s+to\s+the\s+club)"
        r"[\s,!:.]+(?:that'?s|you'?re|you\s+are|you\s+have|it'?s|you've\s+got)\s+(?:\w+\s+)?" + DX + r"\b)"), (DIAGNOSIS_WORDS, words("congrats congratulations surprise plot newsflash spoiler sorry yep yup welcome"))),
    Gated(lazy_factored(r"(?P<verdict>\bthat'?s\s+(?:literally\s+|basically\s+|just\s+|classic\s+|textbook\s+|totally\s+|100%\s+)?" + DX
        + r"(?:\s+(?:btw|lol|fyi))?\s*(?:[.!]|$|#|\W{0,3}$))"), (DIAGNOSIS_WORDS, words("that thats"), words("s thats"))),
    # "if your partner does 2 of these, you're dating one"; "spot a narcissist in 10 seconds"
    Gated(lazy_factored(
        r"\bif\s+(?:your|ur)\s+(?:\w+\s+)?(?:partner|husband|wife|boyfriend|girlfriend|bf|gf|boss|mom|mother|dad|father|friend|ex|"
        r"coworker|kid|child|son|daughter)\s+(?:does|has|shows|checks|ticks|did|says|do)\s+(?:\d+|two|three|four|five|any|all|most|"
        r"half)\s+(?:or\s+more\s+)?(?:of\s+)?(?:these|them|the\s+above|this\s+list)\b"
        r"|\bspot\s+(?:a|an)\s+(?:narcissist|psychopath|sociopath|borderline|covert\s+narcissist|toxic\s+person|manipulator)\s+in\s+"
        r"(?:\d+|one|two|three|five|ten|30|60)\s+(?:seconds|minutes|secs|mins)\b"
    ), (words("if spot"), words("these them above list narcissist psychopath sociopath borderline manipulator toxic"))),
    # "no evaluation needed"
    Gated(lazy_factored(r"\bno\s+(?:\w+\s+)?(?:evaluation|assessment|diagnosis|doctor|professional|clinician|therapist|testing)\s+"
        r"(?:needed|necessary|required)\b"
        r"|\b(?:skip|forget|don't\s+bother\s+with)\s+(?:the\s+)?(?:\w+\s+)?(?:evaluation|assessment|diagnosis|testing)\b"), (words("needed necessary required skip forget bother"),)),
    # "if you relate, you're autistic" / "if this is you, that's ADHD"
    # "if that's you, you have it": a verdict on whoever matches the list (a disorder named near it; see detect)
    Gated(lazy_factored(
        r"(?P<ifyou>\bif\s+(?:(?:that|this)(?:'?s|\s+is|\s+was|\s+sounds\s+like|\s+describes)\s+you|(?:that|this)\s+(?:resonates|hits)|"
        r"you\s+(?:relate|related|resonate|resonated|nodded|see\s+yourself|recogni[sz]e\s+yourself|checked|ticked|said\s+yes|"
        r"answered\s+yes|do|did|have|had|got)\b[^.!?\n]{0,40}?)[\s,.!:;-]{1,4}(?:(?:then|sorry|congrats|congratulations|bestie|friend|babe|yep|yup)[\s,.!:;-]{1,4})?"
        r"(?:you\s+(?:have|'ve\s+got|got|definitely\s+have|100%\s+have|almost\s+certainly\s+have)\s+(?:it|this|that|one|"
        r"the\s+\w+)|you'?re\s+(?:definitely\s+|100%\s+)?(?:one|it)|(?:that'?s|it'?s)\s+(?:definitely\s+|100%\s+)?(?:it|your\s+answer)|"
        r"welcome\s+to\s+the\s+(?:club|family))\b)"
    ), (words("if"), words("it this that one the club family answer"))),
    Gated(lazy_factored(r"\bif\s+(?:you\s+(?:relate|related|resonate|see\s+yourself)|this\s+(?:is\s+you|sounds\s+like\s+you|resonates))"
        r"[^.!?\n]{0,30}?\b(?:you(?:'re|\s+are|\s+have)|that'?s|it'?s)\s+(?:probably\s+|definitely\s+|likely\s+|)"
        r"(?:a\s+sign\s+of\s+)?" + DX + r"\b"), (words("if"), DIAGNOSIS_WORDS)),
)
_GENERIC_YOU = lazy_factored(r"\bpov\b|\b(?:you|your|you're|u)\b|\?")
_VERDICT_HEDGE = lazy_factored(r"\b(?:sometimes|often|maybe|perhaps|possibly|might|may|could|can\s+be|occasionally)\b")
_HEDGED = lazy_factored(r"\b(?:might|may|could|possibly|perhaps)\b")
_DX_NEAR = lazy_factored(r"\b" + DX + r"\b")
_REFERRAL = lazy_factored(r"\b(?:evaluat\w+|assess\w+|screen\w*|licensed|clinician|professional|doctor|psychologist|psychiatrist|"
    r"talk\s+(?:to|with)|get\s+checked|diagnos\w+\s+by)\b"
)



@rule(
    id="accuracy/self-diagnosis",
    title="Self-diagnosis checklist",
    severity="warning",
    flags="A checklist, quiz or list of everyday traits that tells readers they have a disorder: "
          "\"if you daydream and hate paperwork, you definitely have ADHD\", \"score above 6 and "
          "you're on the spectrum\", a list of signs ending \"if that's you, you have it\".",
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
    for m in gated_matches(post, _CHECKLIST):
        start, end = m.start(), m.end()
        token = m.group(0)
        if post.negated(start) or mentioned_not_asserted(post, start, end) or post.in_quotes(start, end):
            continue  # negated, corrected, or a quoted title being discussed
        if m.lastgroup == "verdict":
            lead = text[max(0, start - 240):start]
            if not _GENERIC_YOU.search(lead) or _REFERRAL.search(post.window(start, end, 60, 160)):
                continue
            if _VERDICT_HEDGE.search(post.clause_before(start, 40)) or _REFERRAL.search(text, end, min(len(text), end + 160)):
                continue  # "sometimes, that's ADHD. An evaluation can tell."
        if m.lastgroup == "ifyou":
            if not _DX_NEAR.search(text, max(0, start - 400), min(len(text), end + 120)):
                continue  # "if that's you, you have it": "it" must be a disorder named near by
            if _HEDGED.search(text, start, min(len(text), end + 20)):
                continue
        if token.startswith("you ") and not _DX_NEAR.search(text, max(0, start - 300), start):
            continue  # "you probably have it": "it" must be a disorder named just before
        if token.startswith(("quiz", "test", "checklist", "screener", "questionnaire", "questions", "filter", "challenge")):
            if _REFERRAL.search(post.window(start, end, 0, 120)) and not re.search(r"\bno\s+\w*\s*(?:evaluation|assessment)", post.window(start, end, 0, 120)):
                continue
        yield Hit(start, end)
