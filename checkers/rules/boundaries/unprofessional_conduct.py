"""boundaries/unprofessional-conduct: intoxicated or impaired at work, posted publicly.

Sources: APA Ethics Code 2.06 (personal problems that may interfere with
work) and 3.04 (avoiding harm); ACP/FSMB, Online Medical Professionalism
(Farnan et al., Ann Intern Med 2013;158:620-627); FSMB, Social Media and
Electronic Communications (2019).
"""

from itertools import islice

from ...engine.registry import Hit, rule
from ...engine.lazy import lazy_re
from ..lexicon import LONG_TEXT, MAX_CANDIDATES, Gated, gated_matches, lazy_factored, word_set, words

_INTOX = (
    r"(?:drunk|tipsy|buzzed|wasted|hammered|smashed|plastered|tanked|sloshed|hungover|hung\s+over|stoned|baked|high\s+af|"
    r"so\s+high|still\s+high|blackout|(?:\w+\s+)?(?:margaritas?|margs|drinks|beers|shots|glasses|pints|cans|bottles|seltzers|"
    r"wines?|mimosas?|cocktails?|martinis?|edibles?|gummies|bong\s+rips|joints?)(?:\s+of\s+[\w'-]+)?\s+(?:deep|in)(?!\w)|wine\s+drunk|wine\s+o'?clock|day\s+drinking|under\s+the\s+influence|"
    r"smok\w+\s+(?:a\s+)?(?:joint|bowl|blunt|weed|pot)|(?:took|ate|had|popped)\s+(?:an?\s+|some\s+)?(?:edibles?|gummy|gummies|shrooms|molly)|"
    r"(?:had|downed|did|slammed|took|drank|chugged)\s+(?:a\s+few|two|three|four|five|some|a\s+couple(?:\s+of)?)\s+"
    r"(?:drinks|beers|shots|glasses\s+of\s+wine|glasses|mimosas)(?:\s+of\s+(?:tequila|vodka|whiskey|whisky|rum|gin|wine|fireball))?)"
)
_WORK = (
    r"(?:progress\s+notes|notes|charting|documentation|sessions?|therapy|telehealth|zoom\s+sessions?|clients?|patients?|pts?|"
    r"portal|portal\s+messages|"
    r"appointments?|intakes?|assessments?|my\s+\d{1,2}(?::\d\d)?\s?(?:am|pm)|my\s+shift|on\s+shift|on\s+call|group|rounds|"
    r"supervision|the\s+office|work|treatment\s+plans?)"
)
_PATTERN = lazy_factored(r"\b(?P<intox>" + _INTOX + r")\b[^.!?\n]{0,60}?\b" + _WORK + r"\b"
    r"|\b" + _WORK + r"\b[^.!?\n]{0,40}?\b(?:while|when|still|totally|completely|a\s+little|a\s+bit|slightly|so)\s+" + _INTOX + r"\b")
_OTHER_PERSON = lazy_factored(r"\b(?:client|patient|he|she|they|someone|a\s+\w+)\s+(?:\w+\s+){0,3}?(?:was|is|came|showed|arrived)\b")
_ADJECTIVAL = lazy_re(r"\s+(?:clients?|patients?|drivers?|people|persons?|guys?|men|women|customers?|callers?|teens?|adults?|folks)\b")
_AFTER_WORK = lazy_factored(r"\b(?:after|once|post-|when\s+i'?m\s+done|after\s+work|off\s+duty|weekend)\b")
_THIRD = lazy_factored(r"\b(?:never|don'?t|do\s+not|shouldn'?t|avoid|no)\b")


# Impaired, said of oneself, with a particular client slot or clients' messages a little further on:
# "three margaritas deep at happy hour and THIS close to tweeting about my 2pm regulars".
_INTOX_RE = lazy_factored(r"\b(?:" + _INTOX + r")(?!\w)")
_CLIENT_SLOT = lazy_factored(r"\bmy\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?\d{1,2}(?::\d\d)?\s?(?:am|pm)\b"
    r"|\bmy\s+(?:next|first|last|morning|afternoon)\s+(?:client|patient|session)s?\b|\bmy\s+(?:clients|patients)\b"
    r"|\b(?:patient|client)\s+(?:portal\s+)?messages\b")
_OFF_DUTY = lazy_factored(r"\b(?:after|post-)\s+(?:my\s+)?(?:last\s+)?(?:work|session|sessions|clients?|patients?|shift)\b|\boff\s+duty\b"
    r"|\bno\s+(?:clients|patients|sessions|work)\b|\bday\s+off\b|\bvacation\b|\bweekend\b|\bsober\b|\bwould\s+never\b")

# Words one of which every match needs; without them the rule has nothing to do.
TRIGGERS = frozenset("""
drunk tipsy buzzed wasted hammered smashed plastered tanked sloshed hungover hung stoned baked high blackout
margarita margaritas drinks beers shots glasses wine wines mimosa mimosas cocktail cocktails martini martinis edible
edibles gummies gummy rips joint joints drinking influence bowl blunt weed pot shrooms molly clock margs pints cans
bottles seltzers
""".split())
_GATED = (Gated(_PATTERN, (TRIGGERS,)),)
_GATED_INTOX = (Gated(_INTOX_RE, (TRIGGERS,)),)
_DRINK_EMOJI = "\U0001F377\U0001F37A\U0001F37B\U0001F943\U0001F378\U0001F379"  # wine, beer(s), tumbler, cocktail, tropical
# "Telehealth sessions 🍷", "🍷 during my 3pm"
_EMOJI_AT_WORK = lazy_re(
    r"\b(?:during|while|in|before|between)\s+(?:my\s+)?(?:[\w-]+\s+){0,2}?" + _WORK + r"\b[^.!?\n]{0,20}?[" + _DRINK_EMOJI + r"]"
    r"|[" + _DRINK_EMOJI + r"]\s*(?:during|while|before|between)\s+(?:my\s+)?(?:[\w-]+\s+){0,2}?" + _WORK + r"\b"
)


def _emoji_matches(text: str) -> list:
    """Matches of _EMOJI_AT_WORK; in a long text, only in the paragraphs that have a drink emoji.

    Led by \\b and a group, the pattern gets no literal prefix, so the regex engine
    would try it at every position of a long text (as the shared gate does, a
    long text is read paragraph by paragraph).
    """
    if len(text) <= LONG_TEXT:
        if any(e in text for e in _DRINK_EMOJI):
            return list(islice(_EMOJI_AT_WORK.finditer(text), MAX_CANDIDATES))
        return []
    starts = set()
    for e in _DRINK_EMOJI:
        i = text.find(e)
        while i != -1:
            lo = text.rfind("\n\n", 0, i) + 1  # 0 when there is none; else the paragraph start - 1 (a newline)
            starts.add(lo)
            hi = text.find("\n\n", i)
            i = text.find(e, len(text) if hi == -1 else hi)
    out = []
    for lo in sorted(starts):
        hi = text.find("\n\n", lo + 1)
        out.extend(_EMOJI_AT_WORK.finditer(text, lo, len(text) if hi == -1 else hi))
    return out[:MAX_CANDIDATES]

_WORK_WORDS = words("""
pt pts portal
progress notes charting documentation session sessions therapy telehealth zoom client clients patient patients
appointment appointments intake intakes assessment assessments am pm shift call group rounds supervision office work
treatment
""")
_TIME = lazy_re(r"\d\s?[ap]m\b")

@rule(
    id="boundaries/unprofessional-conduct",
    title="Intoxicated or impaired at work",
    severity="warning",
    flags="Posts about drinking, being hungover or high while seeing clients or writing their notes "
          "(\"three margaritas deep and writing my progress notes\", \"hungover telehealth sessions\"), or "
          "while talking about a particular client slot (\"two drinks in and my 9am is tomorrow\").",
    why="Clinicians are responsible for being fit to practise. A public post that makes light of "
        "impairment at work tells clients their care is not taken seriously and can draw regulatory "
        "attention, whatever the post intended.",
    example="Three margaritas deep and writing my progress notes lol, don't tell my clients.",
    fine="After a long week of sessions, I'm logging off, making dinner and turning my phone off for the weekend.",
    instead="Keep work and off-duty life apart in posts; if fitness to practise is a worry, take it to "
            "supervision or a colleague assistance programme.",
    sources="APA Ethics Code 2.06, 3.04; Farnan et al., Ann Intern Med 2013;158:620-627; FSMB Social Media "
            "and Electronic Communications (2019)",
    message="This describes working with clients or their records while drinking, hungover or high. "
            "Posts like this undermine clients' trust in their care.",
)
def detect(post):
    present = word_set(post)
    text = post.text
    if _WORK_WORDS.isdisjoint(present) and _TIME.search(text) is None:
        return
    matches = gated_matches(post, _GATED)
    matches.extend(_emoji_matches(text))
    found = False
    for m in matches:
        start, end = m.start(), m.end()
        if _AFTER_WORK.search(text, start, end):
            continue  # "a few drinks after my last session" is off duty
        if post.negated(start, 50) or _THIRD.search(text, start, end):
            continue
        if m.re is _PATTERN.compiled and _ADJECTIVAL.match(text, m.end("intox") if m.group("intox") else end):
            continue  # "drunk patients in the ER" describes them, not the author
        if _OTHER_PERSON.search(text, max(0, start - 40), end):
            continue  # a client who came in drunk is a different matter
        found = True
        yield Hit(start, end)
    if not found and ("my" in present or "messages" in present):
        for m in gated_matches(post, _GATED_INTOX):
            start, end = m.start(), m.end()
            slot = _CLIENT_SLOT.search(text, end, min(len(text), end + 200))
            if slot is None or post.negated(start, 50) or _THIRD.search(text, max(0, start - 30), end):
                continue
            if _OFF_DUTY.search(text, max(0, start - 60), slot.end()) or _ADJECTIVAL.match(text, end):
                continue
            if _OTHER_PERSON.search(text, max(0, start - 40), end):
                continue
            yield Hit(start, slot.end())
            return
