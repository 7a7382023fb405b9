"""boundaries/unprofessional-conduct: intoxicated or impaired at work, posted publicly.

Sources: APA Ethics Code 2.06 (personal problems that may interfere with
work) and 3.04 (avoiding harm); ACP/FSMB, Online Medical Professionalism
(Farnan et al., Ann Intern Med 2013;158:620-627); FSMB, Social Media and
Electronic Communications (2019).
"""

import re

from ...engine.registry import Hit, rule
from ...engine.lazy import lazy_re
from ..lexicon import word_set, words, lazy_factored

_INTOX = (
    r"(?:drunk|tipsy|buzzed|wasted|hammered|smashed|plastered|tanked|sloshed|hungover|hung\s+over|stoned|baked|high\s+af|"
    r"so\s+high|still\s+high|blackout|(?:\w+\s+)?(?:margaritas?|drinks|beers|shots|glasses\s+of\s+wine|wines?|mimosas?|"
    r"cocktails?|martinis?|edibles?|gummies|bong\s+rips|joints?)\s+(?:deep|in)|wine\s+drunk|day\s+drinking|under\s+the\s+influence|"
    r"smok\w+\s+(?:a\s+)?(?:joint|bowl|blunt|weed|pot)|(?:took|ate|had|popped)\s+(?:an?\s+|some\s+)?(?:edibles?|gummy|gummies|shrooms|molly)|"
    r"(?:had|downed|did|slammed)\s+(?:a\s+few|two|three|four|some|a\s+couple(?:\s+of)?)\s+(?:drinks|beers|shots|glasses\s+of\s+wine|glasses|mimosas))"
)
_WORK = (
    r"(?:progress\s+notes|notes|charting|documentation|sessions?|therapy|telehealth|zoom\s+sessions?|clients?|patients?|"
    r"appointments?|intakes?|assessments?|my\s+\d{1,2}(?::\d\d)?\s?(?:am|pm)|my\s+shift|on\s+shift|on\s+call|group|rounds|"
    r"supervision|the\s+office|work|treatment\s+plans?)"
)
_PATTERN = lazy_factored(r"\b(?P<intox>" + _INTOX + r")\b[^.!?\n]{0,60}?\b" + _WORK + r"\b"
    r"|\b" + _WORK + r"\b[^.!?\n]{0,40}?\b(?:while|when|still|totally|completely|a\s+little|a\s+bit|slightly|so)\s+" + _INTOX + r"\b")
_OTHER_PERSON = lazy_re(r"\b(?:client|patient|he|she|they|someone|a\s+\w+)\s+(?:\w+\s+){0,3}?(?:was|is|came|showed|arrived)\b")
_ADJECTIVAL = lazy_re(r"\s+(?:clients?|patients?|drivers?|people|persons?|guys?|men|women|customers?|callers?|teens?|adults?|folks)\b")
_AFTER_WORK = lazy_re(r"\b(?:after|once|post-|when\s+i'?m\s+done|after\s+work|off\s+duty|weekend)\b")
_THIRD = lazy_re(r"\b(?:never|don'?t|do\s+not|shouldn'?t|avoid|no)\b")


# Words one of which every match needs; without them the rule has nothing to do.
TRIGGERS = frozenset("""
drunk tipsy buzzed wasted hammered smashed plastered tanked sloshed hungover hung stoned baked high blackout
margarita margaritas drinks beers shots glasses wine wines mimosa mimosas cocktail cocktails martini martinis edible
edibles gummies gummy rips joint joints drinking influence bowl blunt weed pot shrooms molly
""".split())
_WORK_WORDS = words("""
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
          "(\"three margaritas deep and writing my progress notes\", \"hungover telehealth sessions\").",
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
    if TRIGGERS.isdisjoint(present) or _WORK_WORDS.isdisjoint(present) and _TIME.search(post.text) is None:
        return
    text = post.text
    for m in _PATTERN.finditer(text):
        start, end = m.start(), m.end()
        if _AFTER_WORK.search(text, start, end):
            continue  # "a few drinks after my last session" is off duty
        if post.negated(start, 50) or _THIRD.search(text, start, end):
            continue
        if _ADJECTIVAL.match(text, m.end("intox") if m.group("intox") else end):
            continue  # "drunk patients in the ER" describes them, not the author
        if _OTHER_PERSON.search(text, max(0, start - 40), end):
            continue  # a client who came in drunk is a different matter
        yield Hit(start, end)
