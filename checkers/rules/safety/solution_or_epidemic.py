"""safety/solution-or-epidemic: suicide framed as a way out, or as an epidemic.

Two framings that safe-messaging guidance asks writers to avoid:

- suicide as a solution, relief, release or a right: "suicide is a
  rational way out", "ending things is the only way out of the pain",
  "she's finally at peace now" (about a suicide), "a choice we should
  respect", "let them go with dignity"; without a word for suicide, relief
  talk about someone else ("she's free now") together with a euphemism
  framed as brave ("leaving is the bravest thing a person can do");
- attempts dismissed and death called inevitable: "most attempts are
  just cries for help", "self-harm is attention-seeking", "most of them
  will do it eventually anyway", "if someone really wants to die, nothing
  can stop them" (myths that teach readers not to act on warning signs);
- suicide as an unstoppable "epidemic": "a suicide epidemic in our
  county", "every 11 minutes ... it's an epidemic".  The word suggests
  contagion nobody can stop, which can make suicide seem normal and
  prevention hopeless.

Not findings: negations ("suicide is never a way out"), a feeling
described in order to answer it ("it can feel like the only way out; it
isn't, and 988 can help"), other epidemics ("the opioid epidemic"), and
the word taught as wording ("don't call it an epidemic").

Sources: Recommendations for Reporting on Suicide (reportingonsuicide.org);
#chatsafe (Robinson et al., PLOS ONE 2018); APA Social Media Guideline 2.7.
"""

from ...engine.lazy import lazy_re
from ...engine.registry import Hit, rule
from ..lexicon import discussed_as_wording, gate_hits, gate_words
from ..accuracy._framing import is_question, mentioned_not_asserted
from ._cues import has_talk, near, resource_offered

_POSS = r"(?:his|her|their|my|your|the|all|that)"

TAG = "safety:solution-or-epidemic"
gate_words(TAG, "epidemic", "skyrocket", "soaring", "exploding", "suicide", "ending", "taking", "killing",
           "way out", "at peace", "at rest", "better place", "no longer", "free", "found", "out of", "pain",
           "suffering", "misery", "torment", "escape", "relief", "option", "release", "let", "letting", "allow",
           "respect", "leaving", "letting go", "checking out", "dying", "death", "choice", "decision", "right",
           "attempt", "overdoses", "threats", "self-harm", "self harm", "cutting", "eventually", "anyway", "sooner",
           "no matter", "if", "attention", "manipulat", "dramatic")

# Anchored at a keyword.
AT = lazy_re(
    r"(?P<epidemic>epidemics?\b|skyrocket\w*|soaring\b|exploding\b)"
    # the framing is in the phrase itself
    r"|(?P<framed>(?:suicide|ending\s+(?:it(?:\s+all)?|things)|ending\s+(?:his|her|their|my|your|one's)\s+(?:own\s+)?life|"
    r"taking\s+(?:his|her|their|my|your|one's)\s+(?:own\s+)?life|killing\s+(?:him|her|them|my|your)sel(?:f|ves))\s+"
    r"(?:(?:really|truly|honestly|sometimes|often|just|actually|genuinely|simply)\s+)?"
    r"(?:is|was|seemed|seems|felt|feels|became|becomes|as|looked|looks|can\s+be|could\s+be|might\s+be|may\s+be|"
    r"makes|made|offered|offers|brought|brings|gave|gives)\s+"
    r"(?:like\s+)?(?:\w+\s+){0,3}?(?:way\s+out|solution|answer|escape|relief|release|option|choice|freedom|peace|"
    r"rational|reasonable|understandable|logical|brave|courageous|mercy|merciful|only\s+way|sense)\b"
    # a right or a choice to be respected, a death to be allowed
    r"|(?:let|letting|allow|allowing)\s+(?:them|him|her|people|patients|clients|someone)\s+(?:go|die|end\s+(?:it|things))\s+"
    r"(?:with\s+dignity|in\s+peace|on\s+(?:their|his|her)\s+own\s+terms)\b"
    r"|respect(?:ing)?\s+(?:their|his|her|someone'?s|a\s+person'?s|the|that)\s+(?:choice|decision|right)\s+to\s+"
    r"(?:die|end|go|leave)\b"
    r"|(?:choice|decision|right)\s+(?:that\s+)?(?:we|you|people|everyone|society|clinicians|families)\s+(?:should|must|"
    r"need\s+to|have\s+to|ought\s+to)\s+(?:\w+\s+)?(?:respect|honou?r|accept|support)\b)"
    # "that is their right" (needs suicide in the same sentence)
    r"|(?P<right>right\b(?!\s+to\s+(?:care|treatment|help|privacy|access|know|ask|seek)))"
    # a euphemism for dying framed as brave or right: needs relief talk in the post
    r"|(?P<euphemism>(?:leaving|letting\s+go|checking\s+out|dying|death)\s+(?:really\s+|truly\s+|sometimes\s+)?"
    r"(?:is|was|can\s+be|may\s+be|might\s+be)\s+(?:\w+\s+){0,2}?(?:bravest|brave|kindest|best|only|right|"
    r"strongest|courageous)\s+(?:thing|choice|option|way|decision|answer)\b)"
    # needs suicide close by
    r"|(?P<relief>at\s+peace\b|at\s+rest\b|no\s+longer\s+(?:in\s+pain|suffering|hurting|struggling|a\s+burden)\b"
    r"|free\s+(?:from|of)\s+(?:" + _POSS + r"\s+)?(?:pain|suffering|demons|torment|struggles?)\b"
    r"|found\s+(?:peace|relief|freedom)\b|out\s+of\s+(?:his|her|their)\s+(?:pain|misery)\b|free\s+now\b)"
    # attempts dismissed as not serious: "most attempts are just cries for help"
    r"|(?P<dismissed>(?:(?:suicide\s+|failed\s+|unsuccessful\s+)?attempts?|overdoses|threats|self[- ]?harm|cutting)\s+(?:[\w'-]+\s+){0,3}?(?:are|is|were|was)\s+"
    r"(?:(?:honestly|really|mostly|usually|basically|all|always|generally|typically|often)\s+){0,2}"
    r"(?:(?:just|only|merely|nothing\s+but|nothing\s+more\s+than|simply)\s+(?:a\s+)?(?:cry|cries|plea|pleas|bid|bids|call|calls|"
    r"grab|grabs|ploy|ploys)\s+for\s+(?:help|attention)|(?:a\s+)?(?:cry|cries|plea|pleas|bid|bids|call|calls)\s+for\s+"
    r"(?:help|attention),?\s+(?:and\s+)?not\s+(?:real|serious|genuine|actual)|(?:just\s+|only\s+)?(?:attention[- ]seeking|"
    r"for\s+attention|manipulative|manipulation)|not\s+(?:real|serious|genuine)\s+(?:attempts?|tries))\b"
    r"|if\s+(?:someone|somebody|a\s+person|they|people)\s+(?:really\s+|truly\s+|genuinely\s+)?wants?\s+to\s+(?:die|kill\s+themselves|"
    r"end\s+(?:it|their\s+life)|do\s+it),?\s+(?:nothing|no\s+one|nobody|you\s+can'?t|you\s+cannot|we\s+can'?t|there'?s\s+nothing)\b)"
    # "most of them will do it eventually anyway" (checked back from the last word)
    r"|(?P<inevitable>(?:eventually|anyway|sooner\s+or\s+later|no\s+matter\s+what)\b)"
    r"|(?P<attention>(?:attention|manipulat\w*|dramatic)\b)"
    # relief words that need a particular word before them ("the only way out", "finally free")
    r"|(?P<qualified>(?:way\s+out|better\s+place|free|pain|suffering|misery|torment|escape|option|release|relief)\b)"
)
# What has to come before some relief words (end-anchored).
_RELIEF_BEFORE = {
    "way": lazy_re(r"\b(?:the\s+only|the\s+easy|an\s+easy|a\s+rational|a\s+reasonable|the\s+best|the\s+right|"
                       r"the\s+one|(?:his|her|their)(?:\s+only)?)\s+$"),
    "better": lazy_re(r"\bin\s+a\s+$"),
    "free": lazy_re(r"\bfinally\s+$"),
    "pain": lazy_re(r"\b(?:ended|ending|end|escaped|escape|escaping|stopped)\s+(?:" + _POSS + r"\s+)?$"),
    "escape": lazy_re(r"\b(?:only|real|true)\s+$"),
    "release": lazy_re(r"\ba\s+(?:welcome\s+)?$"),
}
_RELIEF_BEFORE["suffering"] = _RELIEF_BEFORE["misery"] = _RELIEF_BEFORE["torment"] = _RELIEF_BEFORE["pain"]
_RELIEF_BEFORE["option"] = _RELIEF_BEFORE["escape"]
_RIGHT_BEFORE = lazy_re(
    r"\b(?:that'?s|that\s+is|it'?s|it\s+is|is|was)\s+(?:their|his|her|a\s+person'?s|someone'?s|everyone'?s|one'?s)"
    r"\s+(?:own\s+)?$"
)
_RELIEF_BEFORE["relief"] = lazy_re(r"\b(?:only|real|true|a|welcome)\s+$")

_INEVITABLE_BEFORE = lazy_re(
    r"\b(?:most\s+of\s+them|many\s+of\s+them|they|he|she|people\s+like\s+(?:that|this|them)|(?:most|many)\s+(?:people|patients|"
    r"clients))\s+(?:will|'ll|are\s+going\s+to|is\s+going\s+to|are\s+gonna|is\s+gonna)\s+(?:just\s+|still\s+|probably\s+)?"
    r"(?:do\s+it|kill\s+(?:them|him|her)sel(?:f|ves)|end\s+it|go\s+through\s+with\s+it|find\s+a\s+way|die\s+by\s+suicide|succeed)"
    r"\s+(?:\w+\s+)?$"
)
# Who is said to be after attention: "people who threaten suicide are just ...", "the loud ones just want ..."
_ATTENTION_BEFORE = lazy_re(
    r"\b(?:people\s+who\s+(?:threaten|talk\s+about|mention|post\s+about|joke\s+about)\s+(?:suicide|it|killing\s+themselves|"
    r"self-?harm|dying)|the\s+(?:loud|dramatic|vocal)\s+ones|those\s+who\s+(?:talk|post)\s+about\s+it|(?:suicide|self-?harm)\s+threats|"
    r"(?:attempts?|overdoses|threats|self-?harm|cutting))\b[^.!?\n]{0,40}?\b(?:just|only|mostly|usually|all|really|simply)\b"
    r"[^.!?\n]{0,25}$"
)
_OTHER_EPIDEMIC = lazy_re(
    r"\b(?:opioid|opiate|fentanyl|overdose|obesity|loneliness|vaping|covid|flu|influenza|hiv|aids|measles|"
    r"cholera|diabetes|gun\s+violence|misinformation|burnout|screen|smartphone)\s+$"
)
_NEGATED = lazy_re(
    r"\b(?:never|not|isn'?t|wasn'?t|aren'?t|no|doesn'?t|don'?t|won'?t|nothing)\b"
)
_FELT = lazy_re(
    r"\b(?:feel|feels|felt|feeling|seem|seems|seemed|believe|believes|believed|think|thinks|thought|convinced|"
    r"tells\s+you|lie|lies|liar)\b"
)
# Talk *about* the framing: "framing suicide as a solution", "posts that
# suggest suicide is an understandable response", "calling it an epidemic".
_META = lazy_re(
    r"\b(?:fram\w+|present\w*|portray\w*|depict\w*|romanti[cs]i[sz]\w*|glamori[sz]\w*|glorif\w*|suggest\w*|"
    r"impl(?:y|ies|ying)|message|idea|myth|notion|call\w*|label\w*|describ\w*|terms?|termed)\b[^.!?\n]{0,60}$"
)
_FIRST_PERSON_BEFORE = lazy_re(r"\b(?:i'?m|i\s+am|i\s+was|i\s+feel|i\s+felt|we'?re|we\s+are|we\s+were|i)\s+(?:\w+\s+)?$")
_FIRST_PERSON_AFTER = lazy_re(r"\s+(?:\w+\s+){0,2}?(?:i|i'?ve|we|we'?ve|my|our)\b")
_ANSWERED = lazy_re(
    r"\b(?:but|isn'?t|is\s+not|it'?s\s+not|help\s+is|there\s+is\s+help|recover\w*|hope|treatable|passes|"
    r"temporary|reach\s+out|988|support)\b"
)


@rule(
    id="safety/solution-or-epidemic",
    title="Suicide framed as a way out, an epidemic or not serious",
    severity="warning",
    flags="Suicide presented as a solution, escape, relief or a rational choice (\"a rational way "
          "out\", \"the only way out of the pain\", \"finally at peace\" about a suicide), and "
          "suicide called an \"epidemic\", and attempts dismissed or death called inevitable (\"most attempts "
          "are just cries for help\", \"they'll do it eventually anyway\"). Not negations, myths named to "
          "correct them, or a feeling named in order to answer it with hope or help.",
    why="Presenting suicide as a way to end pain can make it look like an answer to someone who is "
        "struggling, and calling it an epidemic suggests it spreads and cannot be stopped, which "
        "makes it seem common and prevention hopeless. Dismissing attempts as bids for attention, or death "
        "as inevitable, teaches readers not to take warning signs seriously. Guidance asks for stories of coping and "
        "recovery, and for the facts that most people get through a crisis and that help exists.",
    example="There's a suicide epidemic in our county and it's only getting worse.",
    fine="Suicide is preventable. Most people who survive a crisis go on to live, and 988 "
         "(call or text) can help right now.",
    instead="Describe suicide as a public-health problem that can be prevented (\"suicide rates "
            "in our county have risen; here is what helps\"), name the pain without presenting "
            "death as its answer, and add hope and resources such as 988.",
    sources="Recommendations for Reporting on Suicide (reportingonsuicide.org); #chatsafe "
            "(Robinson et al., PLOS ONE 2018); APA Social Media Guideline 2.7",
    message="This frames suicide as a way out of pain or as an unstoppable epidemic. Both framings "
            "can make suicide seem like an answer, or prevention seem hopeless.",
)
def detect(post):
    if not gate_hits(post, TAG):
        return
    suicide = has_talk(post, "s")
    found = [c for c in _candidates(post) if suicide or c[0] in ("relief", "euphemism", "dismissed")]
    # Without a word for suicide, relief talk ("she's free now") and a euphemism
    # framed as brave ("leaving is the bravest thing") vouch for each other.
    # Only about someone else: "I'm free now!" after leaving a job is not a death.
    text = post.text
    others = {c[0] for c in found
              if not (c[0] == "relief" and _FIRST_PERSON_BEFORE.search(text, max(0, c[1] - 20), c[1]))
              and not (c[0] == "euphemism" and _FIRST_PERSON_AFTER.match(text, c[2]))}
    for kind, start, end in found:
        if kind == "epidemic":
            if not near(post, "s", start, end, 160, 60):
                continue
        elif kind == "right":
            sent_start, sent_end = post.sentence(start)
            if not near(post, "s", start, end, start - sent_start, sent_end - end):
                continue
        elif kind == "relief":
            if not (suicide and near(post, "s", start, end, 160, 80)) and (
                    "euphemism" not in others or "relief" not in others):
                continue
        elif kind == "euphemism":
            if not (suicide and near(post, "s", start, end, 200, 200)) and (
                    "relief" not in others or "euphemism" not in others):
                continue
        yield Hit(start, end)


def _candidates(post):
    """(kind, start, end) of each framing that passes the checks of its own sentence."""
    text = post.text
    for s, _, _ in gate_hits(post, TAG):
        m = AT.match(text, s)
        if not m:
            continue
        kind = m.lastgroup
        start, end = m.span()
        if kind == "epidemic":
            sent_start, _ = post.sentence(start)
            if _OTHER_EPIDEMIC.search(text, max(sent_start, start - 30), start):
                continue
        elif kind == "inevitable":
            b = _INEVITABLE_BEFORE.search(text, max(post.sentence(start)[0], start - 80), start)
            if b is None:
                continue
            start = b.start()  # counts only in a post about suicide (see detect)
        elif kind == "attention":
            b = _ATTENTION_BEFORE.search(text, max(post.sentence(start)[0], start - 100), start)
            if b is None:
                continue
            start, kind = b.start(), "dismissed"
        elif kind == "right":
            b = _RIGHT_BEFORE.search(text, max(0, start - 30), start)
            if b is None:
                continue
            start = b.start()
        elif kind == "qualified":
            b = _RELIEF_BEFORE[m.group(0).split()[0]].search(text, max(0, start - 40), start)
            if b is None:
                continue
            start, kind = b.start(), "relief"
        if kind != "epidemic":
            if kind in ("framed", "euphemism") and _NEGATED.search(m.group(0)):
                continue
            if post.negated(start, 40):
                continue
            clause = post.clause_before(start, 80)
            if _FELT.search(clause) and (resource_offered(post) or _ANSWERED.search(text, end, min(len(text), end + 120))):
                continue
        if _META.search(text, max(post.sentence(start)[0], start - 80), start):
            continue
        if kind in ("dismissed", "inevitable") and (mentioned_not_asserted(post, start, end) or is_question(post, start)):
            continue
        if discussed_as_wording(post, start, end):
            continue
        yield kind, start, end
