"""Context cues the safety rules share (not a rule).

All patterns run on folded, lower-case text and are compiled on first use.
"""

from __future__ import annotations

from ...engine.lazy import lazy_re
from ..lexicon import CRISIS_RESOURCE, SUICIDE_TALK

# A death, a suicide or self-harm is being talked about: context that turns an
# ambiguous detail ("took a handful of pills", "at the overlook") into a
# method or location detail.
DEATH_TALK = lazy_re(
    r"\bsuicid\w*|\bself[- ]?harm\w*|\bself[- ]?injur\w*|\bkill(?:ed|s|ing)?\s+(?:him|her|them|my|your|one)sel(?:f|ves)\b"
    r"|\b(?:took|take|taking|taken|ended|ending|end)\s+(?:his|her|their|my|your|one's)\s+(?:own\s+)?life\b"
    r"|\bend(?:ed|ing|s)?\s+(?:it\s+all|i\s?t)\b|\bwant(?:ed|s|ing)?\s+to\s+die\b"
    r"|\b(?:died|dies|dying|death|deaths|dead|passed\s+away|passing|lost\s+(?:another|a|our|my|her|his|their)|"
    r"found\s+(?:dead|unresponsive|at|in|near|under|hanging)|body\s+was|funeral|memorial|tribute|rip|r\.i\.p|"
    r"rest\s+in\s+peace|heartbreaking|heartbroken|tragic|tragedy|grieving|reeling|devastat\w+|"
    r"overdos\w*|od'?d|talked\s+(?:\w+\s+){0,3}?down\s+(?:from|off)|what\s+happened\s+(?:to|with)|check\s+on\s+your\s+(?:friends|people|loved\s+ones))\b"
)

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

# Someone in crisis, addressed or described: who a crisis invitation is for.
CRISIS_CUE = lazy_re(
    r"\bsuicidal\w*|\b(?:thoughts?|thinking|think|considering|contemplating|ideation|plans?|planning|urges?)\s+"
    r"(?:\w+\s+){0,2}?(?:suicide|self[- ]?harm\w*)\b|\bsuicide\s+(?:thoughts|ideation|plans?)\b"
    r"|\bsuicide\s+(?:\w+\s+){0,2}?(?:crossed|crossing|on)\s+your\s+mind\b"
    r"|\b(?:attempt|attempting)\s+suicide\b|\bkill(?:ing)?\s+(?:your|my)sel(?:f|ves)\b|\bend(?:ing)?\s+(?:it|it\s+all|i\s?t|your\s+life|my\s+life|things)\b"
    r"|\b(?:want|wanted|wanting)\s+to\s+die\b|\bwish(?:ed)?\s+(?:you|i)\s+(?:were|was)n'?t\s+(?:here|alive)\b"
    r"|\bin\s+(?:a\s+)?crisis\b|\b(?:urge|urges|thoughts?)\s+(?:to|of)\s+(?:self[- ]?harm|hurt)\w*|\bself[- ]?harm(?:ing)?\b(?!\s+(?:prevention|awareness|research|training|policy|policies))|\bself[- ]?injur\w*|\b(?:hurt|hurting|harm|harming|cut|cutting)\s+yoursel(?:f|ves)\b"
    r"|\bdon'?t\s+want\s+to\s+(?:be\s+here|live|wake\s+up|exist|be\s+alive)\b|\bno\s+reason\s+to\s+live\b"
    r"|\bcan'?t\s+go\s+on\b|\bgive\s+up\s+on\s+life\b|\b(?:life|living)\s+(?:isn'?t|is\s+not|no\s+longer)\s+worth"
    r"|\bbetter\s+off\s+(?:dead|without\s+(?:me|you))\b|\bdark\s+(?:thoughts|place)\b|\b(?:un)?safe\s+tonight\b"
    r"|\bnot\s+(?:feeling\s+)?safe\b|\bin\s+danger\b"
)

# Crisis services beyond the shared CRISIS_RESOURCE list.
MORE_RESOURCES = lazy_re(
    r"\bhotlines?\b|\bhelplines?\b|\bcrisis\s+(?:center|centre|team|service|services|chat|counselor)\b"
    r"|\bemergency\s+(?:number|services|room|department)\b|\b(?:go|get)\s+to\s+(?:the|your|an)\s+(?:nearest\s+)?(?:er|e\.r\.|a&e|hospital)\b"
    r"|\bcall\s+(?:an\s+)?ambulance\b|\b116\s?123\b|\bfindahelpline\b|\bbefrienders\b|\bkids\s+help\s+phone\b"
    r"|\btrevor\s+(?:project|lifeline)\b|\b988lifeline\b"
)

# Something before a resource that discourages it: "don't call a hotline",
# "no need to call anyone", "you don't need a hotline".
_DISCOURAGED = lazy_re(
    r"\b(?:don'?t|do\s+not|never|no\s+need|skip|forget|instead\s+of|not|won'?t|rather\s+than)\b[^.!?\n]{0,30}$"
)


def resource_offered(post) -> bool:
    """True when the post points to a crisis service without discouraging it."""
    return post.memo("safety:resource-offered", _resource_offered)


def _resource_offered(post) -> bool:
    text = post.text
    for pattern in (CRISIS_RESOURCE, MORE_RESOURCES):
        for m in pattern.finditer(text):
            if not _DISCOURAGED.search(post.clause_before(m.start(), 50)):
                return True
    return False


def death_talk(post) -> bool:
    return post.flag("safety:death-talk", DEATH_TALK)


def suicide_talk(post) -> bool:
    return post.flag("safety:suicide-talk", SUICIDE_TALK)


def near(post, start: int, end: int, pattern, before: int = 200, after: int = 150) -> bool:
    """Does ``pattern`` occur within a bounded stretch around a span (across sentences)?"""
    return pattern.search(post.text, max(0, start - before), min(len(post.text), end + after)) is not None
