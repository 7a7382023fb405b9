"""accuracy/unsourced-statistic: a figure with no named source.

Sources: APA Ethics Code 5.01 (no false or deceptive statements) and 5.04
(media statements consistent with the literature); APA Social Media
Guideline 2.7 (accurate statements with scientific support); Yeung, Ng &
Abi-Jaoude, Can J Psychiatry 2022;67(12):899-906 (52% of top #adhd TikToks
misleading).
"""

from itertools import islice

from ...engine.registry import Hit, rule
from ...engine.lazy import lazy_re
from ..lexicon import MAX_CANDIDATES, Gated, gated_matches, lazy_factored, words
from ._framing import mentioned_not_asserted

_NUMWORD = r"(?:\d{1,4}(?:,\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten)"

_NUMWORD_ONLY = r"(?:one|two|three|four|five|six|seven|eight|nine|ten)"
# Figures written with digits.  The pattern starts with a digit so the engine
# can skip straight to digits; the character before the figure is checked in code.
_STAT_DIGITS = lazy_re(r"\d(?<![\w.$#-]\d)(?:\d{0,2}(?:\.\d+)?\s*(?P<pct>%|percent\b|per\s+cent\b)"
    r"|\d{0,3}(?:,\d{3})*\s+(?:in|out\s+of)\s+(?:every\s+)?" + _NUMWORD + r"\b"
    r"|\d{0,2}\s*(?:times|x)\s+(?:more|less|as)\s+likely\b)"
)
# Figures written in words, and rates.
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten twice".split())
_STAT_WORDS = (
    Gated(lazy_factored(
        r"\b" + _NUMWORD_ONLY + r"\s+(?:in|out\s+of)\s+(?:every\s+)?" + _NUMWORD + r"\b"
    ), (_NUMBER_WORDS, words("in out"))),
    Gated(lazy_factored(
        r"\b(?:two|three|four|five|six|seven|eight|nine|ten|twice)\s+(?:times|x)\s+(?:more|less|as)\s+likely\b"
    ), (_NUMBER_WORDS, words("likely"))),
    Gated(lazy_factored(
        r"\b(?:half|a\s+third|a\s+quarter|two-thirds|three-quarters|the\s+majority|a\s+majority)\s+of\s+(?:all\s+)?"
        r"(?:us\s+|american\s+|young\s+|college\s+|high\s+school\s+|new\s+|working\s+|older\s+|[\w-]+\s+){0,2}?(?:people|adults|"
        r"americans|teens|teenagers|kids|children|women|men|marriages|couples|therapists|students|clients|patients)\b"
    ), (words("half third quarter thirds quarters majority"), words("of"))),
    Gated(lazy_factored(r"\bevery\s+\d{1,3}\s+(?:seconds|minutes|hours)\b"), (words("every"), words("seconds minutes hours"))),
)
_WORD_CHAR = lazy_re(r"\w")


def _figures(post, text):
    found = []
    for m in islice(_STAT_DIGITS.finditer(text), MAX_CANDIDATES):
        before = text[m.start() - 1] if m.start() else " "
        if _WORD_CHAR.match(before) or (m.group("pct") and before in ".$#-"):
            continue
        found.append(m)
    more = gated_matches(post, _STAT_WORDS)
    if more:
        found.extend(more)
        found.sort(key=lambda m: m.start())
    return found


# A figure that is not a claim about the world: discounts, certainty, sizes.
_NOT_A_CLAIM = lazy_re(r"\s*(?:off|discount|cash\s*back|deposit|down|apr|interest|tip|commission|charged|of\s+the\s+proceeds|"
    r"(?:sure|certain|agree|honest|true|real|that|me|this|yes|worth\s+it|worth|free|online|virtual|committed|"
    r"recommend|behind|serious|confident|done|booked|full|charged|battery|vegan|organic|cotton))\b"
)
_HUNDRED = lazy_re(r"100\s*(?:%|percent|per\s+cent)")
_OF_AFTER = lazy_re(r"\s+of\s")
_DISCOUNT_BEFORE = lazy_factored(r"\b(?:save|get|take|extra|enjoy|discount\s+of)\s*$")

# A named source: an organisation, a journal, a citation, a link.
_SOURCE_NAMES = (r"\b(?:cdc|nimh|nih|samhsa|nami|apa|aap|aacap|va|dod|hhs|nsduh|yrbs|addm|mmwr|cochrane|pew|gallup|"
    r"jama|lancet|bmj|nejm|plos|jmir|oecd|unicef|census|bls|afsp|nida|niaaa|kff|nhs|statcan|"
    r"the\s+who|who'?s\s+\d{4}|who\s+(?:data|report|guidelines?|estimates?|survey)|nice\s+(?:guidelines?|guidance|cg\d+|ng\d+)|"
    r"surgeon\s+general|world\s+health\s+organi[sz]ation|national\s+institute|department\s+of|bureau\s+of|"
    r"centers\s+for\s+disease|american\s+(?:psychological|psychiatric|academy)|"
    r"pediatrics|psychiatry|psychology\s+(?:bulletin|review)|annals)\b"
    r"|\bet\s+al\b|\band\s+colleagues\b|https?://|\bwww\.")
_DOMAIN = r"\b[\w-]+\.(?:org|gov|edu|int)\b"
_CITATIONS = (r"\bdoi\b"
    r"|\((?:who|nice)\b|\([^()\n]{0,60}\b(?:19|20)\d\d[a-z]?\)|\b(?:19|20)\d\d\s+(?:study|survey|report|review|meta-analysis|data)\b"
    r"|\b(?:study|survey|report|review|meta-analysis|trial)\s+(?:by|from|in|published\s+in)\s+(?:the\s+)?[a-z]+"
    r"|\bsource[sd]?\s*:|\bper\s+(?:the\s+)?[a-z]+'?s?\s+(?:data|report|survey|network|guideline)")
NAMED_SOURCE = lazy_factored(_SOURCE_NAMES + "|" + _DOMAIN + "|" + _CITATIONS)
# The same without the domain form, which alone does not start on a literal (any word may
# begin a domain), so this one lets the engine skip in C to the letters that can start a source.
_NAMED_SOURCE_BUT_DOMAIN = lazy_factored(_SOURCE_NAMES + "|" + _CITATIONS)
_TLD = lazy_re(r"\.(?:org|gov|edu|int)\b")
# The post says where its sources are.
_SOURCES_LISTED = lazy_factored(r"\bsources?\s*(?::|in\s+the|below|linked|at\s+the)|\breferences?\s*(?::|in\s+the|below|list|at\s+the)"
    r"|\bcitations?\s+(?:below|in)|\bfull\s+reference|\bstudies\s+linked"
)
_LINK = lazy_re(r"https?://|\bwww\.|\b[\w-]+\.(?:org|gov|edu|int|com)\b|\blinked\b|\blink\s+(?:below|in\s+(?:the\s+)?(?:comments|description))")



def _source_spans(post) -> list:
    """Start offsets of named sources in the post, found once (a post may hold many figures)."""
    return post.memo("unsourced-statistic:sources", _source_starts)


def _source_starts(post) -> list:
    """The starts of ``NAMED_SOURCE.finditer(text)``, without scanning the text with the domain form.

    The domain form can match only at the few places found by
    :func:`_domain_starts`.  Elsewhere NAMED_SOURCE matches exactly where the
    pattern without it does; at such a place NAMED_SOURCE itself is matched,
    so its order of alternatives decides, as in one scan.
    """
    text = post.text
    search, match = _NAMED_SOURCE_BUT_DOMAIN.compiled.search, NAMED_SOURCE.compiled.match
    domains = _domain_starts(text)
    starts, pos, i = [], 0, 0
    while True:
        while i < len(domains) and domains[i] < pos:
            i += 1
        m = search(text, pos)
        if i < len(domains) and (m is None or domains[i] <= m.start()):
            m = match(text, domains[i])  # the domain form matches there, so this is not None
        if m is None:
            return starts
        starts.append(m.start())
        pos = m.end()  # no alternative matches the empty string


def _is_word(text: str, i: int) -> bool:
    return i >= 0 and (text[i].isalnum() or text[i] == "_")  # what \w matches


def _domain_starts(text: str) -> list:
    r"""Positions where ``_DOMAIN`` matches, in order.

    ``[\w-]+`` cannot take the dot, so a match runs from a word boundary to
    the end of its run of word characters and hyphens, which must be followed
    by ".org" (or .gov, ...) and a boundary: every boundary in the run before
    such a suffix starts a match, and no other place does.
    """
    out = []
    for t in _TLD.finditer(text):
        e = q = t.start()
        while q > 0 and (_is_word(text, q - 1) or text[q - 1] == "-"):
            q -= 1
        out.extend(p for p in range(q, e) if _is_word(text, p - 1) != _is_word(text, p))
    return out


def _source_between(post, lo: int, hi: int) -> bool:
    return any(lo <= s < hi for s in _source_spans(post))


@rule(
    id="accuracy/unsourced-statistic",
    title="Statistic without a source",
    severity="warning",
    flags="A percentage, an \"1 in 4\" or \"9 out of 10\" figure, \"five times more likely\" or a rate "
          "(\"every 11 minutes\") with no named source. \"Research shows\" is not a source. A sourced "
          "figure with no link gets only a tip.",
    why="Figures travel far on social media and are hard to check when their origin is not given; "
        "misremembered or invented statistics are a common form of health misinformation. Naming the "
        "source lets readers judge the figure and shows the claim rests on the literature.",
    example="Studies show 80% of people with anxiety never get treatment.",
    fine="According to the CDC's 2021 Youth Risk Behavior Survey, 42% of high school students reported "
         "persistent sadness (https://www.cdc.gov/yrbs).",
    instead="Name the source and year next to the figure (\"per NIMH, 2023\") and link to it, or "
            "describe the finding without a number.",
    sources="APA Ethics Code 5.01, 5.04; APA Social Media Guideline 2.7; Yeung et al., Can J Psychiatry "
            "2022;67(12):899-906",
    message="This statistic has no named source. Readers cannot check where the figure comes from, and "
            "\"research shows\" does not tell them.",
)
def detect(post):
    text = post.text
    listed = None
    for m in _figures(post, text):
        start, end = m.start(), m.end()
        if _NOT_A_CLAIM.match(text, end) or _DISCOUNT_BEFORE.search(text, max(0, start - 12), start):
            continue
        if _HUNDRED.match(m.group(0)) and not _OF_AFTER.match(text, end):
            continue  # "100% guaranteed", "he's a psychopath, 100%": an intensifier, not a figure
        if mentioned_not_asserted(post, start, end):
            continue
        s, e = post.sentence(start)
        ps = post.sentence(s - 1)[0] if s > 0 else s
        ne = post.sentence(e)[1] if e < len(text) else e
        # The source may sit in the same sentence or one either side of it.
        lo, hi = max(ps, start - 300), min(ne, end + 300)
        if listed is None:
            listed = post.flag("unsourced-statistic:listed", _SOURCES_LISTED.compiled)
        if listed or _source_between(post, lo, hi):
            if not post.flag("unsourced-statistic:link", _LINK.compiled) and not listed:
                yield Hit(start, end, severity="info",
                          message="This statistic names a source. A link to it would let readers check the figure.")
            continue
        yield Hit(start, end)
