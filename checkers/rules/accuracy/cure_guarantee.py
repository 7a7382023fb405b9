"""accuracy/cure-guarantee: promises of cures, guaranteed or permanent results.

Sources: APA Ethics Code 5.01 (no false or deceptive statements about services
or their results) and 2.04 (scientific basis of judgments); APA Social Media
Guideline 2.7 (accurate statements with scientific support); FSMB, Social
Media and Electronic Communications (2019), on truthful advertising.
"""

import re

from ...engine.registry import Hit, rule
from ..lexicon import Gated, gated_matches, lazy_factored, word_set, words
from ._framing import is_question, mentioned_not_asserted

_CONDITION = (
    r"(?:anxiety|depression|panic(?:\s+attacks)?|trauma|ptsd|c-?ptsd|ocd|adhd|insomnia|addiction|phobias?|"
    r"stress|burnout|grief|bipolar(?:\s+disorder)?|eating\s+disorders?|social\s+anxiety|your\s+\w+|it|them|"
    r"you|people|clients|patients|(?:\w+\s+)?(?:problem|issues?|disorder|condition))"
)
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty|thirty|a\s+few|just\s+\w+)"

_CURE_WORDS = words("cure cures cured curing")
_FIX_WORDS = words("""
cure cures cured fix fixes fixed heal heals healed eliminate eliminates end ends erase erases remove removes release
releases gone rid
beat beats overcome overcomes free stop banish lose reverse
""")
# "95%" or "95 percent", for the own-client figures ("95percent" has no word "percent").
_PERCENT = (frozenset(), ("%", "percent"))
_CLAIM = (
    # cures
    Gated(lazy_factored(r"\bcur(?:e|es|ed|ing)\s+(?:your\s+|my\s+|their\s+|his\s+|her\s+)?(?:\w+\s+)?" + _CONDITION + r"\b"
        r"|\b(?:a|the)\s+(?:real\s+|natural\s+|permanent\s+|true\s+|only\s+)?cure\s+for\b"
        r"|\b(?:is|are|was|been)\s+(?:completely\s+|totally\s+|fully\s+)?cured\b"), (_CURE_WORDS,)),
    # guarantees, refunds, miracles, magic bullets, proof
    Gated(lazy_factored(r"\bguarantee[sd]?\b|\bguaranteeing\b|\b(?:your\s+)?money[- ]back\b|\bfull\s+refund\b"
        r"|\bmiracle(?!\s+question)(?<!if\sa\smiracle)\b|\bmiraculous\b|\bmagic\s+(?:bullet|pill|cure|fix)\b"
        r"|\bpermanent(?:ly)?\s+(?:cure[sd]?|fix(?:e[sd])?|results?|relief|recovery|healing|freedom|solution)\b"
        r"|\bpermanently\s+(?:rewires?|removes?|erases?|ends?|fixes|cures|heals|eliminates?|deletes?|reprograms?|resets?|"
        r"banish(?:es)?|clears?)\b"
        r"|\b100\s*%\s+(?:of\s+(?:my|our)\s+(?:clients|patients)|success(?:ful)?|effective|guaranteed|results?|cure[sd]?|"
        r"recovery|of\s+the\s+time|proven|safe\s+and\s+effective)\b"
        r"|\bsuccess\s+rate\s+of\s+\d{2,3}\s*%"
        r"|\b(?:never|doesn't)\s+fails?\b"
        r"|\b(?:clinically|scientifically|medically)\s+proven\b|\bproven\s+to\s+(?:cure|fix|heal|end|eliminate|work|rewire|reverse|stop)\b"
        r"|\bproven\s*:|\bproven\s+(?:method|system|formula|program|protocol|technique|cure|solution)\b"
        r"|\binstant(?:ly)?\s+(?:relief|cure|fix|results)\b"), (words("guarantee guarantees guaranteed guaranteeing money refund miracle miraculous magic permanent permanently "
               "100 success fail fails proven instant instantly"),)),
    Gated(lazy_factored(r"\b\d{2,3}\s*%\s+(?:success|recovery|cure|remission)\s+rate\b"
        r"|\b(?:success|recovery|cure|remission)\s+rate\s+(?:is|was|of|sits\s+at|stands\s+at|at|around|above|over|near)\s+"
        r"(?:about\s+|around\s+|nearly\s+|over\s+|almost\s+|roughly\s+)?\d{2,3}\s*(?:%|percent)"),
        (words("rate"), words("success recovery cure remission"))),
    # outcome figures for one's own clients: "95% of the people we treat recover"
    Gated(lazy_factored(
        r"(?P<own>\b\d{2,3}\s*(?:%|percent)\s+of\s+(?:the\s+|all\s+)?(?:people|clients|patients|families|couples|kids|teens|students|"
        r"folks|those|participants|graduates|members|men|women|veterans)\s+(?:(?:we|i)\s+(?:treat|see|work\s+with|serve|"
        r"'ve\s+(?:treated|helped|seen|worked\s+with)|have\s+(?:treated|helped|seen|worked\s+with)|helped|treated|saw|treat\s+here)|"
        r"(?:in|who\s+(?:complete|completed|finish|finished|do|did|go\s+through|went\s+through|try|tried|join|joined))\s+"
        r"(?:my|our|this)\s+\w+)"
        r"|\b\d{2,3}\s*(?:%|percent)\s+of\s+(?:my|our)\s+(?:\w+\s+)?(?:clients|patients|families|couples|participants|graduates))"
    ), (_PERCENT, words("of"), words("we i my our this"))),
    # permanence
    Gated(lazy_factored(r"\b(?:cure[sd]?|fix(?:e[sd])?|heal(?:s|ed)?|eliminates?|ends?|erases?|removes?|releases?|gone|rid\s+of|beat|beats|overcome|overcomes|"
        r"free\s+(?:from|of))\s+(?:\w+\s+){0,4}?(?:permanently|forever|for\s+good|for\s+life|once\s+and\s+for\s+all)\b"), (_FIX_WORDS, words("permanently forever good life once"))),
    Gated(lazy_factored(r"\bnever\s+(?:need\s+(?:therapy|meds|medication)|(?:feel|be)\s+(?:anxious|depressed)|have\s+(?:another|a)\s+panic\s+attack)"
        r"\s+again\b"), (words("again"), words("never"))),
    Gated(lazy_factored(r"\b(?:works?|worked)\s+for\s+(?:every(?:one|body)|every\s+(?:single\s+)?(?:client|patient|person|one)|"
        r"all\s+(?:my\s+)?(?:clients|patients))\b"), (words("work works worked"), words("everyone everybody every all"))),
    # fast fixes
    Gated(lazy_factored(r"\b(?:eliminate|erase|get\s+rid\s+of|beat|end|stop|banish|lose|overcome|fix|cure|reverse|heal)\s+(?:your\s+|my\s+|their\s+)?"
        r"(?:\w+\s+)?" + _CONDITION + r"\s+(?:in|within)\s+(?:just\s+|only\s+)?" + _NUM + r"\s+(?:days?|weeks?|sessions?|minutes?|hours?|chats?|calls?|conversations?|visits?|appointments?|sittings?|go)\b"), (_FIX_WORDS, words("days day weeks week sessions session minutes minute hours hour chat chats call calls conversation "
                                 "conversations visit visits appointment appointments sitting sittings go"), words("in within"))),
    Gated(lazy_factored(r"\bno\s+(?:more\s+)?(?:therapy|meds|medication|treatment)\s+(?:needed|necessary|required)\b"), (words("needed necessary required"),)),
)

# Each entry above lists its rarest need first: a post with none of them can match no pattern,
# and most posts are turned away with a set lookup and two substring checks.
_FIRST_NEEDS = frozenset().union(*(g.need[0] for g in _CLAIM if g.need[0] is not _PERCENT))


def _possible(post) -> bool:
    return not _FIRST_NEEDS.isdisjoint(word_set(post)) or any(s in post.text for s in _PERCENT[1])


# What the own-client figure claims: an outcome.
_OUTCOME = lazy_factored(
    r"\b(?:recover\w*|cured|heal\w*|never|no\s+longer|free\s+(?:of|from)|\w+-free|symptom|sober|clean|relaps\w*|remission|beat|"
    r"overcome|overcame|improv\w*|better|success\w*|results?|reduc\w*|stop|stopped|quit|gone|off\s+(?:their|meds|medication)|"
    r"stay\w*\s+(?:together|sober|clean|married|well)|for\s+good|thriv\w*|transform\w*|saved)\b"
)
# A published evaluation of one's own program (internal data is not one).
_PUBLISHED = lazy_factored(
    r"\bet\s+al\b|\bdoi\b|https?://|\b(?:jama|lancet|bmj|nejm|plos|jmir|journal|published|peer[- ]reviewed|randomi[sz]ed|trials?|"
    r"independent(?:ly)?\s+(?:evaluat\w+|audit\w*|review\w*))\b"
)
_NEGATOR = lazy_factored(r"\b(?:nothing|nobody|no\s+one|none|neither|hardly|rarely|beware|wary|skeptical|sceptical)\b")

# Wording that is about guarantees of something other than outcomes.
_NOT_OUTCOME = lazy_factored(r"\b(?:privacy|confidential\w*|appointment|response|reply|spot|slot|parking|price|rate|refund\s+policy|"
    r"satisfaction\s+survey|seat|place|availability|insurance)\b"
)



@rule(
    id="accuracy/cure-guarantee",
    title="Cure or guaranteed result",
    severity="warning",
    flags="Promises of a cure, guaranteed, permanent or miracle results, success or recovery rates, outcome "
          "figures for one's own clients (\"95% of the people we treat recover\") and money-back offers: \"cures anxiety in 7 days\", \"results guaranteed\", \"works for everyone\".",
    why="Mental-health treatment helps many people but not all, and rarely in a fixed time. A promise "
        "of a cure or a guarantee misstates what the evidence supports and can mislead people about "
        "what to expect from care.",
    example="This breathing technique cures anxiety in 7 days or your money back.",
    fine="There is no quick cure for anxiety, and no one can guarantee results, but CBT helps many people.",
    instead="Describe realistic outcomes with their evidence: \"in trials, many people with panic "
            "disorder improved substantially with CBT\", with a source.",
    sources="APA Ethics Code 5.01, 2.04; APA Social Media Guideline 2.7; FSMB Social Media and "
            "Electronic Communications (2019)",
    message="This promises a cure or a guaranteed result. Treatment outcomes vary, so such promises "
            "overstate what the evidence supports.",
)
def detect(post):
    if not _possible(post):
        return
    for m in gated_matches(post, _CLAIM):
        start, end = m.start(), m.end()
        if post.negated(start) or _NEGATOR.search(post.clause_before(start, 50)):
            continue
        window = post.window(start, end, 50, 50)
        if "guarantee" in m.group(0) and _NOT_OUTCOME.search(window) and not re.search(r"\bcur|\bresults?\b|\bfix|\bheal", window):
            continue
        if mentioned_not_asserted(post, start, end) or is_question(post, start):
            continue
        if m.lastgroup == "own":
            sentence = post.window(start, end, 0, 120)
            if not _OUTCOME.search(sentence) or _PUBLISHED.search(post.window(start, end, 200, 200)):
                continue  # "60% of our clients are women"; a published trial of one's own program
        yield Hit(start, end)
