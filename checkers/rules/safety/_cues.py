"""Context the safety rules share (not a rule).

The shared keyword gate (``lexicon.gate_words``) finds where talk of
suicide, death or a crisis *might* start; an anchored pattern confirms each
candidate, only when a rule asks, and the answer is memoised per post.
Three kinds of talk:

- ``s``, suicide or self-harm ("suicide", "self-harm", "killed himself",
  "took her own life", "ending it", "OD'd on purpose");
- ``d``, any death or loss, including all of the above ("died", "funeral",
  "overdose", "found at", "talked three people down from");
- ``c``, someone in crisis now ("suicidal", "thinking about suicide", "want
  to die", "thinking of ending it", "not safe", "in crisis").

Rules use these as context: an ambiguous detail ("took a handful of
pills", "at the overlook") is a method or location only in a post about a
death; an invitation to DM is a crisis invitation only near crisis talk.
Idioms are not talk of suicide ("killing myself to finish this grant",
"ending it with him", "I could die laughing").
"""

from __future__ import annotations

from bisect import bisect_left

from ...engine.lazy import lazy_re
from ..lexicon import CRISIS_RESOURCE, factored, gate_hits, gate_words

TOPIC = "safety:topic"
gate_words(TOPIC, "suicid", "self-harm", "self harm", "selfharm", "self-injur", "self injur", "kill", "life",
           "living", "end", "ending", "ended", "ends", "want", "wanted", "wanting", "wants", "overdos", "od", "died",
           "dies", "dying", "death", "dead", "passed away", "passing", "lost", "found", "body", "funeral",
           "memorial", "tribute", "rip", "r.i.p", "rest in peace", "heartbr", "tragic", "tragedy", "grieving",
           "reeling", "devastat", "talked", "what happened", "check on your", "wish", "crisis", "hurt", "harm",
           "cut", "don't want", "dont want", "do not want", "no reason", "can't go on", "cant go on",
           "cannot go on", "give up on life", "better off", "dark", "unsafe", "safe", "danger", "ligature",
           "things", "unbearable", "can't take", "cant take", "cannot take", "can't do this", "cant do this",
           "disappear", "no way out", "do it", "unaliv", "okay", "ok", "alright", "all right", "tonight")

_SELF = r"(?:him|her|them|my|your|one|our|it)sel(?:f|ves)"
# Idioms that are not about suicide: "killing myself to finish this", "I could
# die laughing", "ending it with him".
_NOT_IDIOM = (r"(?!\s+(?:at|to|trying|for|over|working|laughing|studying|of\s+embarrassment|"
              r"with\s+(?:him|her|them|my|your|a|an|the|our|his|their))\b)")
_POSS = r"(?:his|her|their|my|your|one's)"

# Group names carry the kinds of talk: s = suicide, d = death, c = crisis.
# (Anchored where the gate found a keyword; the first group that matches wins.)
_TOPIC_AT = lazy_re(
    r"(?P<sdc_1>suicidal\w*|self[- ]?injur\w*|(?:kill(?:ing)?|unaliv(?:e|ing))\s+(?:your|my)sel(?:f|ves)\b" + _NOT_IDIOM +
    r"|end(?:ed|ing|s)?\s+(?:it\s+all|i\s?t)\b" + _NOT_IDIOM + r"|end(?:ing)?\s+(?:your|my)\s+(?:own\s+)?life\b"
    r"|want(?:ed|s|ing)?\s+to\s+die\b" + _NOT_IDIOM + r"|self[- ]?harm(?:ing)?\b(?!\s+(?:prevention|awareness|research|training|policy|policies)))"
    r"|(?P<sd_2>suicid\w*|self[- ]?harm\w*|unaliv\w*|kill(?:ed|s|ing)?\s+" + _SELF + r"\b" + _NOT_IDIOM +
    r"|end(?:ed|ing|s)?\s+" + _POSS + r"\s+(?:own\s+)?life\b"
    r"|overdos\w+\s+on\s+purpose\b|od'?e?d\s+on\s+purpose\b)"
    r"|(?P<c_3>(?:life|living)\s+(?:isn'?t|is\s+not|no\s+longer)\s+worth\b|wish(?:ed)?\s+(?:you|i)\s+(?:were|was)n'?t\s+"
    r"(?:here|alive)\b|(?:hurt|hurting|harm|harming|cut|cutting)\s+yoursel(?:f|ves)\b"
    r"|(?:don'?t|do\s+not)\s+want\s+to\s+(?:be\s+here|live|wake\s+up|exist|be\s+alive)\b|no\s+reason\s+to\s+live\b"
    r"|(?:can'?t|cannot)\s+go\s+on\b|give\s+up\s+on\s+life\b|better\s+off\s+(?:dead|without\s+(?:me|you))\b"
    r"|dark\s+(?:thoughts|place|spirals?)\b|darkest\s+(?:thoughts|place|nights?|moments?|hours?|days)\b|(?:un)?safe\s+tonight\b"
    r"|tonight(?:'?s|\s+is|\s+feels\s+like)\s+(?:a\s+|another\s+)?(?:dark|hard|rough|bad|heavy|scary)\s+one\b"
    r"|tonight\s+(?:feels|is|gets|seems)\s+(?:like\s+)?(?:too\s+much|too\s+heavy|too\s+hard|unbearable|impossible)\b)"
    r"|(?P<x_unbearable>unbearable\b)|(?P<x_okay>(?:okay|ok|alright|all\s+right)\s+(?:tonight|right\s+now)\b)"
    r"|(?P<x_ifyou>(?:(?:can'?t|cannot)\s+(?:take|do)\s+(?:it|this)\s+(?:any\s?more|much\s+longer)|"
    r"want\w*\s+to\s+disappear|no\s+way\s+out)\b)"
    r"|(?P<x_things>things\b)|(?P<x_doit>do\s+it(?=\s*(?:[.,!?:;)\n]|$)|\s+(?:eventually|anyway|soon|tonight|"
    r"someday|one\s+day|this\s+time|for\s+real)\b))"
    r"|(?P<x_life>life\b)|(?P<x_crisis>crisis\b)|(?P<x_safe>safe\b)|(?P<x_danger>danger\b)"
    r"|(?P<d_4>died\b|dies\b|dying\b|deaths?\b|dead\b|passed\s+away\b|passing\b|lost\s+(?:another|a|our|my|her|his|their)\b"
    r"|found\s+(?:dead|unresponsive|at|in|near|under|hanging|below|on)\b|body\s+was\b|funeral|memorial|tribute|rip\b|"
    r"r\.i\.p|rest\s+in\s+peace|heartbr\w+|tragic|tragedy|grieving|reeling|devastat\w+|overdos\w*|od'e?d\b|oded\b"
    r"|talked\s+(?:\w+\s+){0,3}?down\s+(?:from|off)\b|what\s+happened\s+(?:to|with)\b"
    r"|check\s+on\s+your\s+(?:friends|people|loved\s+ones)\b|ligature\w*)"
)
_TOOK_LIFE = lazy_re(r"\b(?:took|take|takes|taking|taken|end|ended|ends|ending)\s+" + _POSS + r"\s+(?:own\s+)?$")
_LIFE_LOST = lazy_re(r"\s+(?:was\s+|has\s+been\s+)?lost\b")
_IN = lazy_re(r"\bin\s+(?:a\s+)?$")
# "if tonight feels unbearable", "life has become unbearable" (not the heat or the weather).
_UNBEARABLE_BEFORE = lazy_re(
    r"\b(?:tonight|today|life|living|everything|it\s+all|things|the\s+nights?|existing|being\s+alive|this\s+life|"
    r"the\s+thoughts|the\s+urges?|the\s+loneliness|the\s+despair|the\s+hopelessness)\s+(?:\w+\s+)?"
    r"(?:feels?|felt|is|are|was|seems?|gets?|has\s+become|have\s+become|becomes?)\s+(?:so\s+|too\s+|just\s+)?$"
)
# Crisis words addressed to the reader: "if you feel like you can't take it anymore".
_IF_YOU = lazy_re(
    r"\b(?:if\s+you|when\s+you|you\s+feel|you'?re\s+feeling|feel(?:s|ing)?\s+like|feels?\s+as\s+if|"
    r"feel\s+(?:that\s+)?there'?s)\b[^.!?\n]{0,30}$"
)
# "thinking about ending things", "ready to end things": suicide (and a crisis).
_END_THINGS = lazy_re(
    r"\b(?:end|ends|ended|ending)\s+$"
)
_END_THINGS_WHY = lazy_re(
    r"\b(?:think\w*|thought|consider\w*|contemplat\w*|want\w*|feel\w*\s+like|plan\w*|urges?|decid\w*|"
    r"going\s+to|gonna|about\s+to|ready\s+to|close\s+to|tempted|try\w*|tried|attempt\w*|wish\w*)\s+"
    r"(?:\w+\s+){0,2}?(?:of\s+|about\s+|to\s+)?$"
)
_END_THINGS_AFTER = lazy_re(
    r"\s+(?:tonight|for\s+good|for\s+real|permanently|forever|(?:is|was|seemed|seems|felt|feels)\s+(?:like\s+)?"
    r"(?:the|a|an|my|her|his|their)\s+(?:only|rational|best|right|kindest|brave\w*|reasonable|logical|"
    r"understandable)|(?:is|was)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:choice|option|answer|solution|way\s+out))\b"
)
# "knew she was going to do it": suicide by euphemism, only in a post about
# warning signs or mental illness.
_DO_IT_BEFORE = lazy_re(
    r"\b(?:going\s+to|gonna|will|would|'ll|was\s+going\s+to|planning\s+to|plan\s+to|decided\s+to|"
    r"tried\s+to|try\s+to|finally|actually|really|almost|nearly|never|knew|know)\s+(?:\w+\s+)?$"
)
_DO_IT_CONTEXT = lazy_re(
    r"\b(?:gave\s+away|giving\s+away|give\s+away|said\s+goodbye|goodbyes?|burden|depress\w*|suicid\w*|"
    r"ideation|hopeless\w*|attempt\w*|psych\w*|the\s+(?:ed|er)|hospital\w*|warning\s+signs?|"
    r"treatment-resistant|dignity|pills|overdos\w*|rip|funeral|memorial|grief|grieving)\b"
)
_NOT_SAFE = lazy_re(r"\bnot\s+(?:feeling\s+)?$")
# "thoughts of suicide", "thinking about suicide", "attempt suicide": crisis talk.
_CRISIS_BEFORE = lazy_re(
    r"\b(?:thoughts?|thinking|think|considering|contemplating|ideation|plans?|planning|urges?|attempt|attempting)"
    r"\s+(?:\w+\s+){0,2}?$"
)
_CRISIS_AFTER = lazy_re(r"\w*\s+(?:thoughts|ideation|plans?)\b|\w*\s+(?:\w+\s+){0,2}?(?:crossed|crossing|on)\s+your\s+mind\b")


def _classify(post, s: int, crisis: bool = False):
    """(kinds, span) for the topic keyword at ``s``, or None when it is not topic talk.

    ``kinds`` holds "s" (suicide), "d" (death; every "s" is also "d") and "c"
    (crisis).  Whether a mention of suicide is also crisis talk ("thinking
    about suicide") costs an extra look, so it is only worked out when
    ``crisis`` is asked for.  Memoised per position.
    """
    cache = post.memo("safety:topic-cache", _new_cache)
    key = (s, crisis)
    if key in cache:
        return cache[key]
    text = post.text
    out = None
    m = _TOPIC_AT.compiled.match(text, s)
    if m:
        name, span = m.lastgroup, m.span()
        if name == "x_life":
            b = _TOOK_LIFE.search(text, max(0, s - 40), s)
            name, span = ("sd", (b.start(), m.end())) if b else (None, span)
            if name is None and _LIFE_LOST.match(text, m.end()):
                name = "d"  # "another life lost at the bridge"
        elif name in ("x_crisis", "x_danger"):
            name = "c" if _IN.search(text, max(0, s - 10), s) else None
        elif name == "x_okay":
            name = "c" if _NOT_SAFE.search(text, max(0, s - 20), s) else None
        elif name == "x_safe":
            name = "c" if _NOT_SAFE.search(text, max(0, s - 20), s) else None
        elif name == "x_unbearable":
            name = "c" if _UNBEARABLE_BEFORE.search(text, max(0, s - 50), s) else None
        elif name == "x_ifyou":
            name = "c" if _IF_YOU.search(text, max(0, s - 50), s) else None
        elif name == "x_things":
            b = _END_THINGS.search(text, max(0, s - 10), s)
            name = None
            if b and (_END_THINGS_WHY.search(text, max(0, b.start() - 40), b.start())
                      or _END_THINGS_AFTER.match(text, m.end())):
                name, span = "sdc", (b.start(), m.end())
        elif name == "x_doit":
            name = None
            if _DO_IT_BEFORE.search(text, max(0, s - 30), s) and post.memo(
                    "safety:do-it-context", lambda p: _DO_IT_CONTEXT.search(p.text) is not None):
                name = "sd"
        if name is not None:
            kinds = name.split("_", 1)[0]
            if crisis and kinds == "sd" and text.startswith("suicid", s) and (
                    _CRISIS_BEFORE.search(text, max(0, s - 40), s) or _CRISIS_AFTER.match(text, s + 6)):
                kinds = "sdc"
            if "s" in kinds:
                kinds += "d"
            out = (kinds, span)
    cache[key] = out
    return out


def _new_cache(post) -> dict:
    return {}


def has_talk(post, kind: str) -> bool:
    """Does the post have talk of this kind ("s", "d" or "c") anywhere?  Memoised."""
    return post.memo("safety:has-" + kind, lambda p: next(talk_spans(p, kind), None) is not None)


def talk_spans(post, kind: str, lo: int = 0, hi: int | None = None):
    """Spans of talk of one kind, in order, that lie within [lo, hi]."""
    hits = gate_hits(post, TOPIC)
    crisis = kind == "c"
    for j in range(bisect_left(_starts(post), lo) if lo > 0 else 0, len(hits)):
        s = hits[j][0]
        if hi is not None and s > hi:
            return
        got = _classify(post, s, crisis)
        if got and kind in got[0] and (hi is None or got[1][1] <= hi):
            yield got[1]


def near(post, kind: str, start: int, end: int, before: int = 200, after: int = 150) -> bool:
    """Is there talk of this kind within ``before`` chars before or ``after`` chars after a span?"""
    spans = post.memo("safety:spans-" + kind, lambda p: list(talk_spans(p, kind)))
    lo, hi = start - before, end + after
    i = bisect_left(spans, (lo, -1))
    while i < len(spans) and spans[i][0] <= hi:
        if spans[i][1] <= hi:
            return True
        i += 1
    return False


def _starts(post) -> list:
    return post.memo("safety:topic-starts", lambda p: [h[0] for h in gate_hits(p, TOPIC)])


# Guidance about how to talk about suicide: "don't describe the method",
# "leave out the location".  Details named inside such a sentence are examples
# of what to avoid, not details of a death.
GUIDANCE = lazy_re(
    r"\b(?:don'?t|do\s+not|never|avoid|avoiding|without|leave\s+out|leaving\s+out|omit|skip|no)\s+"
    r"(?:\w+\s+){0,3}?(?:methods?|means|locations?|details?|describ\w*|mention\w*|specif\w*|how\s+(?:someone|a\s+person|they)\s+died)\b"
    r"|\b(?:safe\s+messaging|reporting\s+on\s+suicide|reportingonsuicide|#chatsafe|chatsafe)\b"
)

# Means-safety advice ("lock up medications", "store firearms locked") names a
# means in order to reduce access to it; that is recommended, not a detail.
MEANS_SAFETY = lazy_re(
    r"\b(?:lock(?:ed|ing|s)?\s+(?:up|away)?|lockbox|lock\s+box|safe(?:ly)?\s+stor\w+|secure(?:ly|d)?\s+stor\w+|"
    r"stor(?:e|ed|ing|age)\s+(?:\w+\s+){0,3}?(?:locked|safely|securely|unloaded|separately)|dispos\w+\s+of|"
    r"reduc\w+\s+access|limit\w*\s+access|restrict\w*\s+access|means\s+(?:safety|restriction|reduction)|"
    r"lethal\s+means\s+(?:counsel\w*|safety)|safety\s+plan\w*|barriers?|fenc\w+|nets?|remov\w+|take\s+away|get\s+rid\s+of)\b"
)

# Crisis services beyond the shared CRISIS_RESOURCE list.
MORE_RESOURCES = (
    r"\bhotlines?\b|\bhelplines?\b|\bcrisis\s+(?:center|centre|team|service|services|chat|counselor)\b"
    r"|\bemergency\s+(?:number|services|room|department)\b|\b(?:go|get)\s+to\s+(?:the|your|an)\s+(?:nearest\s+)?(?:er|e\.r\.|a&e|hospital)\b"
    r"|\bcall\s+(?:an\s+)?ambulance\b|\b116\s?123\b|\bfindahelpline\b|\bbefrienders\b|\bkids\s+help\s+phone\b"
    r"|\btrevor\s+(?:project|lifeline)\b|\b988lifeline\b"
)
# Both lists in one pattern, with the leading \b hoisted so positions inside
# words fail after one check.
_RESOURCE = lazy_re(factored(CRISIS_RESOURCE.pattern + "|" + MORE_RESOURCES))

# Something before a resource that discourages it: "don't call a hotline",
# "no need to call anyone", "you don't need a hotline".
_DISCOURAGED = lazy_re(
    r"\b(?:don'?t|do\s+not|never|no\s+need|skip|forget|instead\s+of|not|won'?t|rather\s+than)\b[^.!?\n]{0,30}$"
    r"|\bno\s+$"
)


# Advice against a crisis service: "skip the hotline", "you don't need 988",
# "message me instead of calling 911".  (Not "my DMs are not a crisis line".)
_ADVISED_AGAINST = lazy_re(
    r"\b(?:skip|forget|ditch|avoid|bypass|never\s+(?:call|text|bother\s+with)|don'?t\s+(?:bother\s+(?:with|calling)|call|text|use|"
    r"need|waste\s+(?:your\s+)?time\s+(?:on|with|calling))|do\s+not\s+(?:call|text|use|need)|no\s+need\s+(?:for|to\s+call|to\s+text)|"
    r"(?:you|they)\s+don'?t\s+(?:need|have\s+to\s+call)|don'?t\s+have\s+to\s+call|instead\s+of\s+(?:calling|texting|going\s+to)|"
    r"rather\s+than\s+(?:calling|texting|going\s+to)|better\s+than)\s+(?:\w+\s+){0,3}?$"
)


def resource_advised_against(post) -> bool:
    """True when the post advises readers against a crisis service ("skip the hotline")."""
    return post.memo("safety:resource-advised-against", _resource_advised_against)


def _resource_advised_against(post) -> bool:
    text = post.text
    for m in _RESOURCE.finditer(text):
        sent_start, _ = post.sentence(m.start())
        if _ADVISED_AGAINST.search(text, max(sent_start, m.start() - 50), m.start()):
            return True
    return False


def resource_offered(post) -> bool:
    """True when the post points to a crisis service without discouraging it."""
    return post.memo("safety:resource-offered", _resource_offered)


# A resource listed after a discouraged one: "skip the EAP and the crisis line".
_DISCOURAGED_LIST = lazy_re(
    r"\b(?:don'?t|do\s+not|never|no\s+need|skip|forget|instead\s+of|rather\s+than|ditch|avoid)\b"
    r"[^.!?\n]{0,40}\b(?:and|or|nor)\s+(?:call\w*\s+|text\w*\s+)?(?:the\s+|a\s+|an\s+|any\s+|your\s+)?$"
)


def _resource_offered(post) -> bool:
    text = post.text
    for m in _RESOURCE.finditer(text):
        if _DISCOURAGED.search(post.clause_before(m.start(), 50)):
            continue
        sent_start, _ = post.sentence(m.start())
        if _DISCOURAGED_LIST.search(text, max(sent_start, m.start() - 70), m.start()):
            continue
        return True
    return False
