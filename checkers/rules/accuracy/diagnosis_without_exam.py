"""accuracy/diagnosis-without-exam: an opinion about a person nobody examined.

Sources: APA Ethics Code 9.01 (opinions about the psychological
characteristics of a person only after an examination adequate to support
them) and 2.04 (scientific basis of judgments); American Psychiatric
Association, Principles of Medical Ethics §7.3 ("Goldwater Rule"); APA Social
Media Guideline 2.7.
"""

from ...engine.registry import Hit, rule
from ..individual_diagnosis import individual_diagnoses


@rule(
    id="accuracy/diagnosis-without-exam",
    title="Diagnosis without an examination",
    severity="warning",
    flags="A diagnosis stated about a particular person, from a comment, a clip or news coverage: "
          "\"your husband is definitely a narcissist\", \"[politician] is clearly a sociopath\".",
    why="A diagnosis rests on an assessment: history, context, ruling other explanations out. A "
        "comment or a video clip cannot support one, so the statement claims more than the evidence "
        "allows and may simply be wrong.",
    example="Your husband is definitely a narcissist.",
    fine="Narcissistic personality disorder is diagnosed through a full clinical assessment, not from a few behaviours.",
    instead="Describe the behaviour and its effect without a label, and point to an assessment "
            "(\"that pattern sounds painful; a clinician who can meet you could help make sense of it\").",
    sources="APA Ethics Code 9.01, 2.04; American Psychiatric Association Principles of Medical Ethics §7.3 "
            "(Goldwater Rule); APA Social Media Guideline 2.7",
    message="This states a diagnosis about someone who has not been examined. Without an assessment "
            "the label cannot be supported and may be wrong.",
)
def detect(post):
    for d in individual_diagnoses(post):
        yield Hit(d.start, d.end)
