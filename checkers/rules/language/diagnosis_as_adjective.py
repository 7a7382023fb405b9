"""language/diagnosis-as-adjective: a diagnosis used as a casual adjective.

"I'm so OCD about my desk", "a little ADHD today", "the weather is so
bipolar", "that's so autistic", "my schizo printer".  Using a diagnosis to
mean tidy, scattered, changeable or odd trivialises conditions that disable
people, and tells readers who live with them that their diagnosis is a joke.

What makes a use casual, and therefore a finding:

- an intensifier after a linking verb: "I'm *so* OCD", "feeling *a little*
  manic", "is *totally* bipolar", "that's *so* autistic";
- "OCD about ..." describing a preference: "I'm OCD about my spice rack";
- a diagnosis attached to a thing, the weather or a market: "bipolar
  weather", "my schizo printer", "the market is bipolar";
- "went psychotic", "an ADHD moment", "OCD much?", "OCD-level clean".

Not findings: clinical use ("treatment of OCD", "bipolar disorder",
"people with schizophrenia", "obsessive-compulsive disorder"), a person
describing their own diagnosis ("I have ADHD", "I'm autistic", "my OCD
about contamination"), "so" as a conjunction ("a checklist so ADHD brains
can plan"), and the phrase taught as wording ("'OCD' isn't an adjective").

Sources: APA Publication Manual (7th ed.), bias-free language guidelines;
Kelly & Westerhoff, Int J Drug Policy 2010;21:202-207 (labels change how
clinicians judge people); APA Social Media Guideline 2.7.
"""

from ...engine.lazy import lazy_re
from ...engine.registry import Hit, rule
from ..lexicon import discussed_as_wording, gate_hits, gate_words
from ._common import ends_with

TAG = "language:diagnosis-as-adjective"
gate_words(TAG, "ocd", "adhd", "bipolar", "autistic", "aspie", "spectrum", "schizo", "psycho", "manic",
           "anorexic", "bulimic", "dyslexic", "ptsd", "borderline")

_INTENSE = (r"(?:so+|such\s+an?|very|super|totally|too|really|a\s+(?:little|lil|bit|tad|wee\s+bit|little\s+bit)|"
            r"kinda|kind\s+of|sorta|sort\s+of|low\s?key|literally|completely|extremely|absolutely|full(?:-on|\s+on)?|"
            r"hella|pretty|mega|majorly|slightly|mildly|lil|little\s+bit|bit|straight\s+up)")
# Intensifiers that never read as a conjunction or a clinical quantifier, so
# they need no linking verb in front: "*completely* bipolar today".
_STRONG_INTENSE = (r"(?:totally|completely|literally|super|low\s?key|extremely|absolutely|hella|a\s+(?:little|lil|bit|tad)|"
                   r"kinda|sorta|full-on)")
_LINK = (r"(?:\b(?:am|is|are|was|were|be|been|being|get|gets|getting|got|feel|feels|feeling|felt|act|acts|acting|"
         r"seem|seems|seemed|sound|sounds|look|looks|went|go|goes|going|gone|turn|turned|turns|im|i\s+am)|'s|'re|'m)")
_THING = (r"(?:weather|forecast|climate|temperatures?|sky|skies|spring|summer|autumn|fall|winter|season|seasons|"
          r"month|week|day|morning|printer|wifi|wi-fi|internet|router|computer|laptop|phone|car|thermostat|oven|"
          r"market|stock\s+market|stocks|economy|crypto|traffic|playlist|hair|cat|dog|puppy|kitten|boss|ex|landlord|"
          r"coworker|co-worker|roommate|neighbou?r|toddler|inbox|calendar|schedule|mood\s+swings)")

# The diagnosis itself, matched where the gate found its first word.
DX = lazy_re(
    r"(?:ocd|adhd|bipolar|autistic|aspie|spectrum|schizo(?:phrenic)?|psychotic|psycho|manic(?:[- ]depressive)?|"
    r"anorexic|bulimic|dyslexic|ptsd|borderline\s+personality)\b"
)
# What follows makes it clinical (or "so" a conjunction): "OCD symptoms", "so ADHD kids can".
_CLINICAL_NEXT = lazy_re(
    r"[\w-]|\s+(?:disorders?|symptoms?|traits?|diagnos\w*|treatment|therapy|patients?|clients?|kids|"
    r"children|adults?|people|folks|individuals|brains?|community|awareness|research|specialists?|clinic|"
    r"meds|medication|spectrum|episodes?|features|i|ii|1|2|type|support|can|could|will|would|may|might|"
    r"don'?t|do|feel|get|need|have|are)\b"
)
_INTENSE_BEFORE = lazy_re(
    r"(?:" + _LINK + r"\s+(?:\w+\s+)?(?P<i1>" + _INTENSE + r")|\b(?P<i2>" + _STRONG_INTENSE + r"))\s+$"
)
_WENT_BEFORE = lazy_re(r"\b(?:went|go|goes|going|gone)\s+(?:full\s+|all\s+|totally\s+|completely\s+|a\s+bit\s+)?$")
_INNER_BEFORE = lazy_re(r"\b(?:my|your|his|her|our)\s+inner\s+$")
_THING_BEFORE = lazy_re(
    r"\b" + _THING + r"(?:'s|\s+(?:\w+\s+){0,2}?(?:is|was|has\s+been|seems|feels|being|acting|gone|went|getting))"
    r"\s+(?:\w+\s+)?$"
)
_ON_THE = lazy_re(r"\bon\s+the\s+$")
_ABOUT_NEXT = lazy_re(r"\s+(?:about|over|with\s+(?:my|the|how|keeping)|when\s+it\s+comes\s+to)\b")
_THING_NEXT = lazy_re(r"\s+" + _THING + r"\b")
_MOMENT_NEXT = lazy_re(r"\s+(?:moments?|much)\b")
_LEVEL_NEXT = lazy_re(r"[- ](?:level|ish|style|much)\b")
# "my OCD about contamination": the person's own OCD, not casual use.
_OWN = lazy_re(r"\b(?:my|his|her|their|your|our|of|with|have|has|had|the|treating|treat|for)\s+$")

_THING_DX = {"bipolar", "schizo", "schizophrenic", "psychotic", "ocd", "adhd", "autistic", "manic"}
_SUBJECT_DX = {"bipolar", "schizo", "schizophrenic", "psychotic", "manic"}
_WENT_DX = {"psychotic", "schizo", "bipolar", "manic", "ocd", "adhd"}
_MOMENT_DX = {"ocd", "adhd", "autistic", "bipolar", "schizo", "psycho", "psychotic"}


def find(post):
    """(start, end) spans of casual diagnosis use; shared with stigmatizing-label."""
    return post.memo(TAG, _find)


def _find(post):
    text = post.text
    out = []
    for s, _, _ in gate_hits(post, TAG):
        m = DX.match(text, s)
        if not m:
            continue
        dx, e = m.group(0), m.end()
        if dx == "spectrum":
            on = ends_with(_ON_THE, text, s, 12)
            if not on:
                continue
            s = on.start()
        span = _casual(text, s, e, dx)
        if span and not discussed_as_wording(post, *span):
            out.append(span)
    return out


def _casual(text, s, e, dx):
    base = "manic" if dx.startswith("manic") else dx
    clinical = _CLINICAL_NEXT.match(text, e)
    if base != "psycho" and not clinical:
        m = ends_with(_INTENSE_BEFORE, text, s)
        if m:
            return (m.start("i1") if m.group("i1") else m.start("i2")), e
        if base in _WENT_DX:
            m = ends_with(_WENT_BEFORE, text, s, 40)
            if m:
                return m.start(), e
    if base in _SUBJECT_DX:
        m = ends_with(_THING_BEFORE, text, s, 70)
        if m:
            return m.start(), e
    if base in _THING_DX:
        m = ends_with(_INNER_BEFORE, text, s, 20) or None
        if m:
            return m.start(), e
        m = _THING_NEXT.match(text, e)
        if m:
            return s, m.end()
    if base in ("ocd", "adhd"):
        m = _ABOUT_NEXT.match(text, e)
        if m and not ends_with(_OWN, text, s, 20):
            return s, m.end()
    if base in _MOMENT_DX:
        m = _MOMENT_NEXT.match(text, e)
        if m:
            return s, m.end()
    if base == "ocd":
        m = _LEVEL_NEXT.match(text, e)
        if m:
            return s, m.end()
    return None


@rule(
    id="language/diagnosis-as-adjective",
    title="Diagnosis used as a casual adjective",
    severity="warning",
    flags="A diagnosis used to mean tidy, scattered, moody or odd: \"I'm so OCD\", \"a little "
          "ADHD today\", \"the weather is so bipolar\", \"that's so autistic\", \"my schizo "
          "printer\". Not clinical use (\"treatment of OCD\", \"bipolar disorder\") and not a "
          "person naming their own diagnosis.",
    why="Casual use turns disabling conditions into personality quirks: OCD into liking things "
        "neat, bipolar disorder into changeable weather. It makes symptoms harder to take "
        "seriously and tells readers who live with the condition that it is a punchline. Coming "
        "from a mental-health professional, it also models the language the field asks others "
        "to drop.",
    example="I'm so OCD about color-coding my calendar.",
    fine="I'm now offering treatment of OCD, including exposure and response prevention.",
    instead="Say what you mean: \"I like my calendar color-coded\", \"I'm scattered today\", "
            "\"the weather keeps changing\". When you do mean the condition, use person-first "
            "wording such as \"a person with OCD\" or \"someone living with bipolar disorder\".",
    sources="APA Publication Manual (7th ed.), bias-free language guidelines; Kelly & Westerhoff, "
            "Int J Drug Policy 2010;21:202-207; APA Social Media Guideline 2.7",
    message="A diagnosis is used here as a casual adjective. It can trivialise a condition that "
            "seriously affects the people who live with it.",
)
def detect(post):
    for start, end in find(post):
        yield Hit(start, end)
