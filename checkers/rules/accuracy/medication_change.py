"""accuracy/medication-change: advice to stop, reduce, switch or dose medication.

Sources: APA Ethics Code 2.01 (boundaries of competence) and 2.04 (scientific
basis of judgments); APA Ethics Code 5.04 (media advice consistent with the
literature, no implied professional relationship); APA Social Media
Guideline 2.7; FSMB, Social Media and Electronic Communications (2019).
"""


from ...engine.registry import Hit, rule
from ..lexicon import MEDICATION_TERM, MEDICATION_WORDS, Gated, gated_matches, lazy_factored, word_set, words
from ._framing import is_question, mentioned_not_asserted

MED = MEDICATION_TERM
_POSS = r"(?:(?:your|the|their|those|these|her|his|my|all|any|of|taking)\s+){0,3}"
_SUPPLEMENT = (
    r"(?:magnesium|st\.?\s+john'?s\s+wort|supplements?|ashwagandha|cbd|probiotics?|herbs?|herbal\s+\w+|"
    r"fish\s+oil|omega-?3s?|vitamin\s+\w+|5-htp|saffron|lavender|kratom|psilocybin|microdos\w*|essential\s+oils?|"
    r"meditation|yoga|exercise|a\s+(?:clean\s+|better\s+)?diet|nutrition|gut\s+health|my\s+\w+\s+(?:stack|protocol|program))"
)

# Medication-assisted treatment, beyond the shared list of medicines.
_MAT = (r"(?:mat|moud|medication[- ]assisted\s+(?:treatment|recovery)|buprenorphine|bupe|subs|sublocade|subutex|vivitrol|"
        r"maintenance\s+(?:meds|medications?|therapy|treatment|programs?)|replacement\s+therapy)")
_MED_X = r"(?:" + MED + r"|" + _MAT + r")"
_MED_X_WORDS = MEDICATION_WORDS | words("mat moud medication buprenorphine bupe subs sublocade subutex vivitrol maintenance "
                                        "replacement")

_STOP_VERBS = words("""
stop quit ditch drop toss dump flush trash throw get come go wean taper skip cut give say break ditching tossing flushing
""")
_DOSE_VERBS = words("""
up upping raise raising increase increasing double doubling lower lowering reduce reducing decrease decreasing cut cutting
halve halving split splitting bump bumping skip skipping switch switching swap swapping taper tapering stopping quitting
ditching
""")
_PRESCRIBER_WORDS = words("doctor psychiatrist prescriber gp np")
# a dose schedule of one's own making: "take it every other day", "double up tomorrow"
_SCHEDULE = Gated(lazy_factored(
    r"(?P<near>\b(?:take|taking|takes|use|using|dose|dosing|try|trying)\s+(?:it|them|that|this|one|your\s+(?:\w+\s+)?"
    r"(?:pills?|doses?|tabs?|tablets?|meds|\w+)|(?:\w+\s+)?" + MED + r")\s+(?:only\s+)?(?:every\s+other\s+day|"
    r"every\s+(?:second|2nd|third|3rd|few|couple(?:\s+of)?)\s+days?|on\s+alternate\s+days|(?:only\s+)?on\s+(?:weekends|"
    r"weekdays|good\s+days|bad\s+days|the\s+bad\s+days)|(?:once|twice|two\s+times|three\s+times|a\s+few\s+times)\s+a\s+week)\b"
    r"|\b(?:split|halve|break|crush|snap)\s+(?:the|your|a|each|that|every)\s+(?:pills?|tablets?|tabs?|capsules?)\s+(?:in\s+half|"
    r"and|then|so|into|to)\b"
    r"|\bdouble\s+up\b|\btake\s+(?:an?\s+)?(?:extra|second|double|another)\s+(?:one|dose|pill|tablet|tab|half)\b"
    r"|\bskip(?:ping)?\s+(?:a\s+|the\s+|some\s+|every\s+other\s+|a\s+few\s+)?(?:day|days|weekends?|mornings?|nights?)\b"
    r"|\b(?:wean|taper|ease)\s+(?:yourself\s+|your\s+(?:\w+\s+)?dose\s+|it\s+|them\s+)?(?:off|down)\b|\bwean\s+yourself\b"
    r"|\b(?:stop|quit)\s+taking\s+(?:it|them)\b|\b(?:get|come|go)\s+(?:yourself\s+)?off\s+(?:of\s+)?(?:it|them)\b"
    r"(?!\s+(?:already|for\s+a\s+(?:bit|sec|minute)|lol)))"
), (words("take taking takes use using dose dosing try trying double skip skipping wean taper ease stop quit get come go "
          "split halve break crush snap"),
    words("every weekends weekdays good bad once twice two three few alternate up extra second double another day days "
          "weekend weekends morning mornings night nights off down yourself taking in and then so into to")))

# anti-medication claims: "Suboxone is just trading one drug for another"
# (the one form that names no medicine, kept apart for _ADVICE_UNNAMED)
_TRADING = (r"\b(?:trad|swapp|replac|substitut|exchang)(?:e|es|ed|ing)\s+one\s+(?:drug|addiction|substance|dependency|high|"
            r"crutch|opioid|pill)\s+(?:for|with)\s+another\b")
# The three forms led by a medicine share that lead, written once: each medicine
# followed by whitespace ends at one place, so trying the tails for it matches
# what three alternatives would, and the pattern stays small.
_AGAINST = Gated(lazy_factored(
    r"\b" + _MED_X + r"\s+(?:(?:isn'?t|aren'?t|is\s+not|are\s+not)\s+(?:real|true|actual)\s+(?:recovery|sobriety)\b"
    r"|(?:is|are|=|'s|means)\s+(?:just\s+|simply\s+|basically\s+|literally\s+|really\s+|honestly\s+|only\s+|"
    r"nothing\s+but\s+|nothing\s+more\s+than\s+|still\s+){0,3}(?:trading|swapping|replacing|substituting|exchanging|"
    r"another\s+(?:drug|addiction|high|crutch|dependency)|(?:a\s+)?(?:legal|prescription|government)\s+(?:heroin|meth|speed|"
    r"drugs?|high|fix)|not\s+(?:real|true|actual)\s+(?:recovery|sobriety|healing)|(?:a\s+)?chemical\s+(?:lobotomy|"
    r"straitjacket|restraint)|zombie\s+pills|no\s+better\s+than\s+(?:a\s+)?(?:placebo|sugar\s+pills?)|(?:a\s+)?placebo)\b"
    r"|(?:\w+\s+){0,2}?(?:just\s+|only\s+|really\s+)?keeps?\s+(?:people|you|them|patients|folks|clients)\s+"
    r"(?:addicted|hooked|dependent|sick|high|numb)\b)"
    r"|" + _TRADING +
    r"|\b(?:you'?re|you\s+are|they'?re|they\s+are|he'?s|she'?s|nobody\s+is|no\s+one\s+is)\s+(?:not\s+)?(?:really\s+|truly\s+|"
    r"actually\s+|technically\s+)?(?:sober|clean|in\s+recovery)\s+(?:if|while|when|as\s+long\s+as)\s+(?:[\w']+\s+){0,2}?on\s+"
    r"(?:\w+\s+)?" + _MED_X + r"\b"
), (_MED_X_WORDS | words("one"), words("trading swapping replacing substituting exchanging trade swap replace substitute "
    "exchange traded swapped replaced substituted exchanged another legal prescription government real true actual "
    "chemical zombie placebo sugar better sober clean recovery keep keeps")))

_ADVICE = (
    # stop, quit, come off, ditch
    Gated(lazy_factored(
        r"\b(?:stop|quit|ditch|drop|toss|dump|flush|trash|throw\s+(?:out|away)|get\s+off|come\s+off|go\s+off|"
        r"wean\s+(?:yourself\s+)?off|taper\s+(?:yourself\s+)?off|skip|cut\s+out|give\s+up|say\s+goodbye\s+to|break\s+up\s+with|"
        r"ditching|tossing|flushing|get\s+(?:yourself\s+)?off)\s+" + _POSS + r"(?:\w+\s+)?" + MED + r"\b"
    ), (_STOP_VERBS, MEDICATION_WORDS)),
    Gated(lazy_factored(
        r"\bstop\s+taking\s+(?:what|whatever|the\s+stuff|the\s+pills|anything)\s+(?:your|the|a)\s+(?:doctor|psychiatrist|prescriber|gp|np)\b"
    ), (words("stop"), _PRESCRIBER_WORDS)),
    # change the dose
    Gated(lazy_factored(
        r"\b(?:try|start|consider|just|you\s+(?:should|could|can|need\s+to|might\s+want\s+to))\s+(?:up|upping|raise|raising|increase|"
        r"increasing|double|doubling|lower|lowering|reduce|reducing|decrease|decreasing|cut|cutting|halve|halving|split|splitting|"
        r"bump|bumping|skip|skipping|switch|switching|swap|swapping|taper|tapering|stopping|quitting|ditching)\s+(?:up\s+|down\s+)?"
        + _POSS + r"(?:\w+\s+)?" + MED + r"\b"
    ), (_DOSE_VERBS, MEDICATION_WORDS, words("try start consider just you"))),
    Gated(lazy_factored(
        r"\b(?:up|raise|increase|double|lower|reduce|decrease|cut|halve|bump)\s+(?:up\s+|down\s+)?(?:your|the)\s+(?:\w+\s+)?"
        + MED + r"\s+(?:to|by)\s+\d"
    ), (_DOSE_VERBS, MEDICATION_WORDS)),
    Gated(lazy_factored(r"\b" + MED + r"\s+(?:up\s+|down\s+)?to\s+\d+(?:\.\d+)?\s*mg\b"), (MEDICATION_WORDS, "mg")),
    # "Up your Adderall dose on exam days": a dose change addressed to the reader
    Gated(lazy_factored(
        r"\b(?:up|raise|increase|double|lower|reduce|decrease|halve|bump|cut)\s+(?:up\s+|down\s+)?your\s+(?:\w+\s+)?" + MED + r"\b"
    ), (_DOSE_VERBS, words("your"), MEDICATION_WORDS)),
    Gated(lazy_factored(
        r"\b\d+(?:\.\d+)?\s*mg\s+(?:is|would\s+be|should\s+be|'s)\s+(?:a\s+|the\s+)?(?:good|great|fine|safe|reasonable|solid|"
        r"perfect|typical|normal)\b|\bstart\s+(?:on|with|at)\s+\d+(?:\.\d+)?\s*mg\b"
    ), ("mg",)),
    # "drop to half a tab", "bump to 100 this week": a new dose, with a medicine named just before
    Gated(lazy_factored(
        r"\b(?:drop|go|cut|taper|reduce|lower|bump|jump|increase|raise|up)\s+(?:it\s+|that\s+|back\s+|down\s+|up\s+)*to\s+"
        r"(?:half|a\s+half|a\s+quarter|\d+(?:\.\d+)?\s*(?:mg|milligrams)?|one|two)\b"
        r"|\b(?:take|try|use)\s+(?:just\s+|only\s+)?(?:half|a\s+half|a\s+quarter)\s+(?:a\s+|of\s+(?:a|your|the)\s+)?(?:tab|tablet|pill|dose)\b"
    ), (words("drop go cut taper reduce lower bump jump increase raise up take try use"), words("to half quarter"))),
    # "the only thing that's gotten my clients off their SSRIs"
    Gated(lazy_factored(
        r"\b(?:gets?|got|gotten|getting|helps?|helped|helping)\s+(?:[\w'-]+\s+){0,3}?off\s+(?:of\s+)?(?:their|your|the|his|her|all)\s+"
        r"(?:\w+\s+)?" + MED + r"\b"
    ), (words("get gets got gotten getting help helps helped helping"), words("off"), MEDICATION_WORDS)),
    # "your son doesn't need the Abilify", "wean him off"
    Gated(lazy_factored(
        r"\b(?:he|she|they|your\s+\w+|him|her)\s+(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+need\s+(?:the\s+|his\s+|her\s+|their\s+|any\s+)?"
        r"(?:\w+\s+)?" + MED + r"\b"
        r"|\b(?:wean|taper|get)\s+(?:him|her|them)\s+off\b"
    ), (words("need wean taper get"), words("he she they your him her them"))),
    # replace with something else
    Gated(lazy_factored(
        r"\b(?:replace|swap|switch|trade|substitute)\s+" + _POSS + r"(?:\w+\s+)?" + MED + r"\s+(?:for|with|to)\b"
    ), (words("replace swap switch trade substitute"), MEDICATION_WORDS)),
    Gated(lazy_factored(
        r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+" + _POSS + r"(?:\w+\s+)?" + MED + r",?\s+(?:try|take|use|go\s+for)\b"
    ), (words("instead rather place"), MEDICATION_WORDS)),
    Gated(lazy_factored(r"\bswitch\s+to\s+" + _SUPPLEMENT + r"\b"), (words("switch"),)),
    # you don't need it; it is poison
    Gated(lazy_factored(
        r"\byou\s+(?:don't|do\s+not|dont|won't|will\s+not)\s+need\s+(?:your\s+|the\s+|any\s+|those\s+|more\s+|to\s+take\s+)?"
        r"(?:\w+\s+)?" + MED + r"\b"
    ), (words("need"), MEDICATION_WORDS)),
    Gated(lazy_factored(r"\b(?:no\s+one|nobody)\s+(?:really\s+)?needs\s+(?:\w+\s+)?" + MED + r"\b"),
          (words("needs"), MEDICATION_WORDS)),
    Gated(lazy_factored(
        r"\b" + MED + r"\s+(?:is|are)\s+(?:just\s+|basically\s+|literally\s+|pure\s+|nothing\s+but\s+)?(?:poison|toxic|a\s+crutch|"
        r"a\s+scam|a\s+band-?aid|a\s+lie|unnecessary|useless|making\s+you\s+(?:worse|sick)|numbing\s+you|masking|just\s+masking)\b"
    ), (MEDICATION_WORDS, words("poison toxic crutch scam band bandaid lie unnecessary useless making numbing masking"))),
    Gated(lazy_factored(
        r"\b(?:do|doing|are|feel|live|be)\s+better\s+(?:off\s+(?:it|them|of\s+it|" + MED + r")|without\s+(?:it|them|" + MED + r"))\b"
    ), (words("better"), words("off without"))),
    Gated(lazy_factored(r"\bcold\s+turkey\b"), (words("turkey"),)),
    _SCHEDULE,
    _AGAINST,
    # telling others to come off
    Gated(lazy_factored(
        r"\b(?:tell|telling|told|help|helping|get|getting)\s+(?:my\s+)?(?:viewers|followers|clients|patients|people|everyone|readers)\s+"
        r"(?:to\s+)?(?:come|get|go|stay)\s+off\b"
    ), (words("viewers followers clients patients people everyone readers"), words("off"))),
)
# For a post that names no medicine anywhere: a dose schedule is then never kept (see _advice),
# the forms that name a medicine cannot match, and of the claims against medication only
# "trading one drug for another" can (its matches are then those of _AGAINST).  Leaving the
# rest out spares most posts the two costliest scans.
_ADVICE_UNNAMED = tuple(
    Gated(lazy_factored(_TRADING), (words("one"), words("another"))) if g is _AGAINST else g
    for g in _ADVICE if g is not _SCHEDULE and MEDICATION_WORDS not in g.need
)

# The advice is the careful kind: involve the prescriber.
_WITH_PRESCRIBER = lazy_factored(r"\b(?:talk|talking|speak|speaking|ask|asking|consult|consulting|check|checking|discuss|discussing|work|working|"
    r"conversation|guidance|supervision|together|plan|planning|call|contact)\b[^.!?\n]{0,40}?"
    r"\b(?:prescriber|prescribing|doctor|psychiatrist|physician|gp|pcp|provider|pharmacist|care\s+team|clinician|np)\b"
    r"|\b(?:prescriber|doctor|psychiatrist|physician|provider)\b[^.!?\n]{0,30}\b(?:first|before|supervis|guid)"
    r"|\bwith\s+(?:the\s+)?(?:help|support|guidance|approval|okay|ok)\s+of\s+(?:your|a|their|the)\s+(?:\w+\s+)?"
    r"(?:prescriber|doctor|psychiatrist|physician|provider|care\s+team)"
    r"|\bwith\s+(?:your|their|a|the|her|his)\s+(?:\w+\s+)?(?:prescriber|doctor|psychiatrist|physician|provider|care\s+team)(?:'s)?\b"
)
_DETERMINER_BEFORE = lazy_factored(r"\b(?:the|a|this|that|his|her|their|our|its)\s+$")
_DOSE_LEADS = ("drop", "go ", "cut", "taper", "reduce", "lower", "bump", "jump", "increase", "raise", "up ", "take", "try", "use")
_MED_WORD = lazy_factored(r"\b" + MED + r"\b")
_CONDITION_BEFORE = lazy_factored(r"\b(?:if|when|whenever|unless|in\s+case)\b")
_MED_X_WORD = lazy_factored(r"\b" + _MED_X + r"\b")
# "I take mine every other day", "my doctor had me skip weekends": a report, not advice.
_REPORTED = lazy_factored(r"\b(?:i|i'?ve|i'?d|i'?m|we|we'?ve|my|he|she|they|his|her|their)\s+(?:\w+\s+){0,3}$")



@rule(
    id="accuracy/medication-change",
    title="Advice to stop or change medication",
    severity="critical",
    flags="Telling readers to stop, reduce, raise, switch or replace medication, or that they don't need "
          "it: \"stop taking your mood stabilizer\", \"you don't need meds, try magnesium\", "
          "\"upping your Zoloft to 100mg\"; home-made schedules (\"take it every other day\", \"double up\", "
          "\"wean yourself down\"); and claims against medication (\"Suboxone is just trading one drug for "
          "another\", \"you're not really sober on methadone\"). Advice that sends people to their prescriber "
          "is not flagged.",
    why="Stopping or changing psychiatric medication without medical supervision can bring withdrawal, "
        "relapse, mania or suicidal crises. Advice given to strangers cannot take their history, dose "
        "or other medicines into account.",
    example="Stop taking your mood stabilizer and switch to magnesium.",
    fine="Don't stop or change any medication without talking to your prescriber first.",
    instead="Point to the prescriber: \"if you're thinking about changing your medication, talk it "
            "through with whoever prescribes it; stopping suddenly can cause problems.\"",
    sources="APA Ethics Code 2.01, 2.04, 5.04; APA Social Media Guideline 2.7; FSMB Social Media and "
            "Electronic Communications (2019)",
    message="This advises stopping, changing or replacing medication. Doing that without the prescriber "
            "risks withdrawal and relapse, and advice online cannot account for the reader's situation.",
)
def detect(post):
    for start, end in medication_advice(post):
        yield Hit(start, end)


def medication_advice(post) -> list:
    """Spans advising a medication change, found once per post.

    boundaries/individual-treatment-advice reuses them: the same advice given
    to one particular person is also individual treatment advice.
    """
    return post.memo("medication-advice", _find)


def _find(post) -> list:
    return list(_advice(post))


def _advice(post):
    text = post.text
    named = not _MED_X_WORDS.isdisjoint(word_set(post))
    for m in gated_matches(post, _ADVICE if named else _ADVICE_UNNAMED):
        start, end = m.start(), m.end()
        token = m.group(0)
        if token.startswith(("cold", "switch to")):
            if not _MED_WORD.search(post.window(start, end, 100, 60)):
                continue
        if post.negated(start) or _CONDITION_BEFORE.search(post.clause_before(start, 50)):
            continue
        if _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
            continue  # "the switch from lithium to Depakote" names a change, it does not advise one
        sentence = post.sentence_text(start, 200)
        if _WITH_PRESCRIBER.search(sentence):
            continue
        if mentioned_not_asserted(post, start, end) or is_question(post, start):
            continue
        if post.in_quotes(start, end) and post.taught_as_wording(start, end):
            continue
        if token.startswith(_DOSE_LEADS) and not _MED_WORD.search(text, max(0, start - 160), end):
            continue  # "drop to half", "bump to 100": only about a medicine named just before
        if m.lastgroup == "near":
            if not _MED_X_WORD.search(text, max(0, start - 200), min(len(text), end + 80)):
                continue  # "double up", "wean yourself down", "take it every other day": a medicine must be named
            if _REPORTED.search(text, max(post.sentence(start)[0], start - 40), start) or post.in_quotes(start, end):
                continue  # a report ("I take mine every other day"), or a quoted example ("'taper yourself off' is advice")
        yield start, end
