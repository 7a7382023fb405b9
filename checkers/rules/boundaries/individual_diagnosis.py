"""boundaries/individual-diagnosis: diagnosing a particular person online.

Sources: APA Ethics Code 3.05 (a public reply can start a quasi-professional
relationship) and 5.04 (media statements must not imply a professional
relationship); APA Ethics Code 9.01 (opinions about a person only after an
adequate examination); American Psychiatric Association, Principles of
Medical Ethics §7.3 ("Goldwater Rule"); APA Social Media Guideline 2.4.
"""

from ...engine.registry import Hit, rule
from ..individual_diagnosis import individual_diagnoses


@rule(
    id="boundaries/individual-diagnosis",
    title="Diagnosing a particular person",
    severity="warning",
    flags="A diagnosis pinned on a particular person: the commenter being answered (\"from your "
          "comment it sounds like you have OCD\"), someone they mentioned (\"your husband is "
          "definitely a narcissist\"), a stranger or a public figure (\"[politician] is clearly a "
          "sociopath\", \"watched the senator's presser: textbook NPD\").",
    why="A diagnosis given to one person in public reads as a professional opinion about them. It "
        "starts something like a clinical relationship without an assessment, consent or follow-up, "
        "and professional codes ask for an examination before offering an opinion about anyone, "
        "public figures included.",
    example="From your comment it sounds like you have OCD.",
    fine="Obsessive-compulsive disorder is treatable, and exposure and response prevention has strong evidence.",
    instead="Speak to the pattern, not the person: describe what the condition looks like in general "
            "and suggest an assessment with a qualified professional (\"a clinician who can assess you "
            "properly could help sort this out\").",
    sources="APA Ethics Code 3.05, 5.04, 9.01; American Psychiatric Association Principles of Medical "
            "Ethics §7.3 (Goldwater Rule); APA Social Media Guideline 2.4",
    message="This gives a diagnosis to a particular person. An online verdict about someone you have "
            "not assessed reads as a professional opinion and blurs the line into a clinical relationship.",
)
def detect(post):
    for d in individual_diagnoses(post):
        yield Hit(d.start, d.end)
