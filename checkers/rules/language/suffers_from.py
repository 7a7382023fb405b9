"""language/suffers-from: framing a condition as suffering, victimhood or confinement.

"Suffers from schizophrenia", "afflicted with autism", "a victim of
mental illness", "stricken with depression", "confined to a wheelchair",
"wheelchair-bound".  The framing assumes a life defined by the condition
and casts the person as passive; a wheelchair, for its user, means
mobility, not confinement.

"Suffers from" counts when what follows is a health condition (a named
diagnosis, or a word such as disorder, illness, disease, syndrome), so "the
city suffers from a housing shortage" is left alone.  A person describing
their own experience ("I suffered from panic attacks for years", "I was
wheelchair-bound for a month") is not a finding: people may describe their
own lives in their own words.

Sources: APA Publication Manual (7th ed.), chapter 5 (bias-free language,
including disability); APA Ethics Code, Principle E; Kelly & Westerhoff,
Int J Drug Policy 2010;21:202-207.
"""

from ...engine.lazy import lazy_re
from ...engine.registry import Hit, rule
from ..lexicon import discussed_as_wording, gate_matches, gate_words
from ._common import ends_with

TAG = "language:suffers-from"
gate_words(TAG, "suffer", "afflicted", "stricken", "plagued", "crippled", "burdened", "cursed", "victim",
           "confined", "wheelchair")

_CONDITION = (
    r"(?:depression|anxiety|ptsd|c-ptsd|ocd|adhd|add|bipolar|schizophrenia|schizoaffective|autism|asperger'?s|"
    r"mental\s+illness(?:es)?|mental\s+health\s+(?:issues|problems|conditions|disorders)|addiction|alcoholism|"
    r"substance\s+(?:use|abuse)|(?:an\s+)?eating\s+disorders?|anorexia|bulimia|dementia|alzheimer'?s|parkinson'?s|"
    r"multiple\s+sclerosis|ms|epilepsy|cerebral\s+palsy|down\s+syndrome|disabilit(?:y|ies)|paralysis|chronic\s+pain|"
    r"migraines?|insomnia|panic\s+attacks|panic\s+disorder|psychosis|cancer|diabetes|hiv|aids|"
    r"borderline(?:\s+personality(?:\s+disorder)?)?|bpd|tourette'?s|dyslexia|fibromyalgia|long\s+covid|"
    r"(?:a\s+|an\s+)?[\w-]*(?:disorder|syndrome|disease|illness|condition|phobia|mania|psychosis)s?|"
    r"(?!(?:social\s+)?media\b|criteria|inertia|nostalgia|militia|utopia|trivia|bureaucracy)[\w-]{3,}(?:ia|ism|osis|itis|pathy)\b)"
)
_LEADIN = (r"(?:(?:a|an|the|his|her|their|chronic|severe|serious|debilitating|crippling|mild|major|clinical|acute|"
           r"untreated|mental|long-term|lifelong|early-onset|treatment-resistant|postpartum|social|generali[sz]ed)\s+){0,3}")
_TAIL = r"(?:\s+(?:disorder|disease|syndrome|illness))?"
_CONDITION_NAME = (r"(?:depression|schizophrenia|autism|dementia|alzheimer'?s|stroke|polio|addiction|mental\s+illness|"
                   r"ocd|bipolar|ptsd|anxiety|cancer|aids)")

AT = lazy_re(
    r"(?P<suffer>suffer(?:s|ed|ing)?\s+(?:from|with)\s+" + _LEADIN + _CONDITION + _TAIL + r")"
    r"|(?P<frame>(?:afflicted|stricken|plagued|crippled|burdened|cursed)\s+(?:with|by)\s+" + _LEADIN + _CONDITION + _TAIL +
    r"|(?:victims?|sufferers?)\s+of\s+" + _LEADIN + _CONDITION + _TAIL + r")"
    r"|(?P<noun>(?:victims?|sufferers?)\b)"
    r"|(?P<wheelchair>confined\s+to\s+(?:a|an|his|her|their|the)\s+(?:\w+\s+)?(?:wheelchairs?|bed)\b"
    r"|wheelchair[- ]?bound\b)"
    r"|(?P<bound>wheelchairs?\b)"
)
# "depression sufferers", "stroke victim": the condition before the noun.
_CONDITION_BEFORE = lazy_re(r"\b" + _CONDITION_NAME + r"\s+$")
# "bound to a wheelchair"
_BOUND_BEFORE = lazy_re(r"\bbound\s+to\s+(?:a|his|her|their)\s+$")
# The author describing their own experience.
_FIRST_PERSON = lazy_re(
    r"\b(?:i|i'?ve|i\s+have|i'?d|i\s+had|i'?m|i\s+am|i\s+was|i\s+still|i\s+used\s+to|i\s+once|myself)\s+"
    r"(?:\w+\s+){0,2}$"
)


@rule(
    id="language/suffers-from",
    title="\"Suffers from\", \"victim of\", \"confined to a wheelchair\"",
    severity="warning",
    flags="Framing a condition as suffering, victimhood or confinement: \"suffers from "
          "schizophrenia\", \"afflicted with autism\", \"a victim of mental illness\", \"stricken with\", "
          "\"confined to a wheelchair\", \"wheelchair-bound\". Not someone describing their own "
          "experience, and not suffering that is not a health condition.",
    why="This framing assumes that a life with a condition is defined by suffering and casts the "
        "person as passive or helpless; many people who live with these conditions do not describe "
        "them that way. A wheelchair gives its user mobility rather than confining them. Neutral, "
        "person-first wording lets readers see the person first.",
    example="Meet Jamie, who suffers from schizophrenia and is confined to a wheelchair.",
    fine="Swap this for this: 'suffers from' becomes 'lives with'; 'confined to a wheelchair' becomes 'uses a wheelchair'.",
    instead="Use neutral, person-first wording: \"has schizophrenia\", \"lives with depression\", "
            "\"a person with autism\" (or \"an autistic person\", if that is what they prefer), "
            "\"uses a wheelchair\", \"a wheelchair user\".",
    sources="APA Publication Manual (7th ed.), chapter 5; APA Ethics Code Principle E; Kelly & "
            "Westerhoff, Int J Drug Policy 2010;21:202-207",
    message="This frames a condition as suffering, victimhood or confinement, which defines a person "
            "by their condition and casts them as helpless.",
)
def detect(post):
    text = post.text
    for m in gate_matches(post, TAG, AT):
        s = m.start()
        kind, start, end = m.lastgroup, s, m.end()
        if kind == "noun":
            before = ends_with(_CONDITION_BEFORE, text, s, 30)
            if not before:
                continue
            start = before.start()
        elif kind == "bound":
            before = ends_with(_BOUND_BEFORE, text, s, 30)
            if not before:
                continue
            start = before.start()
        if ends_with(_FIRST_PERSON, text, start, 30):
            continue  # the author's own experience, in their own words
        if discussed_as_wording(post, start, end):
            continue
        yield Hit(start, end)
