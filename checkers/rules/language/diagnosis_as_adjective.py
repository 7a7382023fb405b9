"""language/diagnosis-as-adjective: a diagnosis used as a casual adjective.

"I'm so OCD about my desk", "a little ADHD today", "the weather is so
bipolar", "that's so autistic", "my schizo printer".  Using a diagnosis to
mean tidy, scattered, changeable or odd trivialises conditions that disable
people, and tells readers who live with them that their diagnosis is a joke.

What makes a use casual, and therefore a finding:

- an intensifier after a linking verb: "I'm *so* OCD", "feeling *a little*
  manic", "is *totally* bipolar", "that's *so* autistic";
- "OCD about ..." describing a preference: "I'm OCD about my spice rack";
- a diagnosis attached to a thing, a place, the weather or a market:
  "bipolar weather", "my schizo printer", "the market is bipolar", "my
  inbox is schizophrenic", "this city is bipolar: sunny, then hail";
- "went psychotic", "an ADHD moment", "OCD much?", "OCD-level clean",
  "OCD clean", "anorexic-thin".

Not findings: clinical use ("treatment of OCD", "bipolar disorder",
"people with schizophrenia", "obsessive-compulsive disorder"), a person
describing their own diagnosis ("I have ADHD", "I'm autistic", "my OCD
about contamination"), "so" as a conjunction ("a checklist so ADHD brains
can plan"), and the phrase taught as wording ("'OCD' isn't an adjective").

Sources: APA Publication Manual (7th ed.), chapter 5 (bias-free language);
APA Ethics Code, Principle E; APA Social Media Guideline 2.7 (slang use of a
diagnosis misrepresents the condition); Kelly & Westerhoff, Int J Drug Policy
2010;21:202-207 (labels change how clinicians judge people).
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
# Only as the subject ("this city is bipolar"): as modifiers these can be clinical ("our bipolar team").
_SUBJECT_THING = (r"(?:" + _THING[3:-1] + r"|city|town|state|country|world|place|office|team|company|government|"
                  r"job|life|kitchen|desk|closet|house|apartment|group\s+chat|feed|timeline|news)")

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
    r"\b" + _SUBJECT_THING + r"(?:'s|\s+(?:\w+\s+){0,2}?(?:is|was|has\s+been|seems|feels|being|acting|gone|went|getting))"
    r"\s+(?:\w+\s+)?$"
)
_ON_THE = lazy_re(r"\bon\s+the\s+$")
_LINKED = lazy_re(r"(?:\b(?:is|was|gets|got|seems|feels|being|getting|been)|'s)\s+(?:\w+\s+)?$")
# What follows the diagnosis: "OCD about ...", "bipolar weather", "an ADHD moment", "OCD-level".
_NEXT = lazy_re(
    r"(?P<about>\s+(?:about|over|with\s+(?:my|the|how|keeping)|when\s+it\s+comes\s+to)\b)"
    r"|(?P<thing>\s+" + _THING + r"\b)"
    r"|(?P<moment>\s+(?:moments?|much)\b)"
    r"|(?P<level>-(?:level|ish|style|much|clean|tidy|neat|organi[sz]ed|skinny|thin)\b"
    r"|\s(?:level|ish|style|clean|tidy|neat|organi[sz]ed|skinny|thin)\b(?!\s+(?:up|out|compulsively|excessively)))"
)
# "70 degrees then snow": weather in the sentence makes "X is bipolar" about the weather.
_WEATHER = lazy_re(
    r"\b(?:weather|degrees|snow\w*|hail\w*|rain\w*|sunny|sunshine|sun|cloudy|storms?|stormy|windy|heat\s?wave|"
    r"temps?|temperatures?|forecast|humid\w*|freezing|frost|thunder\w*|drizzl\w*|sleet|tornado\w*)\b"
)
# "my OCD about contamination": the person's own OCD, not casual use.
_OWN = lazy_re(r"\b(?:my|his|her|their|your|our|of|with|have|has|had|the|treating|treat|for)\s+$")

_CALL_ME = lazy_re(r"\bcall\s+me\s+(?:a\s+(?:little|bit)\s+)?$")
_CALL_ME_DX = {"ocd", "adhd", "bipolar", "autistic", "schizo", "psycho", "manic", "anorexic"}
_THING_DX = {"bipolar", "schizo", "schizophrenic", "psychotic", "ocd", "adhd", "autistic", "manic"}
_SUBJECT_DX = {"bipolar", "schizo", "schizophrenic", "psychotic", "manic"}
_WENT_DX = {"psychotic", "schizo", "bipolar", "manic", "ocd", "adhd"}
_MOMENT_DX = {"ocd", "adhd", "autistic", "bipolar", "schizo", "psycho", "psychotic"}


def spans(post):
    """(start, end) of each casual use of a diagnosis, in order (lazily)."""
    for s, _, _ in gate_hits(post, TAG):
        span = casual_at(post, s)
        if span:
            yield span


def casual_at(post, s):
    """The span of a casual use of a diagnosis starting at ``s``, or None.

    Shared with stigmatizing-label, which leaves "my schizo printer" to this rule.
    """
    text = post.text
    m = DX.compiled.match(text, s)
    if not m:
        return None
    dx, e = m.group(0), m.end()
    if dx == "spectrum":
        on = ends_with(_ON_THE, text, s, 12)
        if not on:
            return None
        s = on.start()
    span = _casual(text, s, e, dx)
    if span and not discussed_as_wording(post, *span):
        return span
    return None


# Last words that make the end-anchored checks worth running (cheap set lookups
# first: most candidates fail here without a regex search).
_INTENSE_LAST = frozenset("""so such a an very super totally too really little lil bit tad kinda of sorta key lowkey
literally completely extremely absolutely full full-on on hella pretty mega majorly slightly mildly up""".split())
_WENT_WORDS = frozenset("went go goes going gone full all totally completely bit".split())
_SUBJECT_VERBS = frozenset("is was been seems feels being acting gone went getting".split())


def _casual(text, s, e, dx):
    base = "manic" if dx.startswith("manic") else dx
    prev = [w.strip("*_\"'()[]") for w in text[max(0, s - 40):s].split()[-4:]]
    last = prev[-1] if prev else ""
    if base != "psycho" and (last in _INTENSE_LAST or last.rstrip("o") == "s" or last in _WENT_WORDS) \
            and not _CLINICAL_NEXT.match(text, e):
        m = ends_with(_INTENSE_BEFORE, text, s)
        if m:
            return (m.start("i1") if m.group("i1") else m.start("i2")), e
        if base in _WENT_DX and not _WENT_WORDS.isdisjoint(prev[-3:]):
            m = ends_with(_WENT_BEFORE, text, s, 40)
            if m:
                return m.start(), e
    if base in _SUBJECT_DX and any(w in _SUBJECT_VERBS or w.endswith("'s") for w in prev):
        m = ends_with(_THING_BEFORE, text, s, 70)
        if m:
            return m.start(), e
        if not _CLINICAL_NEXT.match(text, e):
            # "Chicago is bipolar: sunny at noon, hail at two."
            m = ends_with(_LINKED, text, s, 30)
            if m and _WEATHER.search(text, max(0, s - 80), min(len(text), e + 80)):
                return m.start(), e
    if base in _THING_DX:
        if last == "inner":
            m = ends_with(_INNER_BEFORE, text, s, 20)
            if m:
                return m.start(), e
    if base in _CALL_ME_DX and last == "me" and ends_with(_CALL_ME, text, s, 20):
        return ends_with(_CALL_ME, text, s, 20).start(), e  # "call me OCD, but ..."
    m = _NEXT.compiled.match(text, e)
    if m:
        kind = m.lastgroup
        if kind == "thing" and base in _THING_DX:
            return s, m.end()
        if kind == "about" and base in ("ocd", "adhd") and not ends_with(_OWN, text, s, 20):
            return s, m.end()
        if kind == "moment" and base in _MOMENT_DX:
            return s, m.end()
        if kind == "level" and (text[e] == "-" or not ends_with(_OWN, text, s, 20)):
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
    sources="APA Publication Manual (7th ed.), chapter 5; APA Ethics Code Principle E; APA Social Media "
            "Guideline 2.7; Kelly & Westerhoff, Int J Drug Policy 2010;21:202-207",
    message="A diagnosis is used here as a casual adjective. It can trivialise a condition that "
            "seriously affects the people who live with it.",
)
def detect(post):
    for start, end in spans(post):
        yield Hit(start, end)
