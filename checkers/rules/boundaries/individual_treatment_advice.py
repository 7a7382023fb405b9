"""boundaries/individual-treatment-advice: telling one person what to do clinically.

Sources: APA Ethics Code 5.04 (media advice must not imply a professional
relationship), 3.05 (multiple relationships) and 2.01 (boundaries of
competence); APA Social Media Guideline 2.4; ACA Code of Ethics H.6.a.
"""


from ...engine.registry import Hit, rule
from ..accuracy.medication_change import medication_advice
from .therapy_in_comments import _addressed_by_name
from ...engine.lazy import lazy_re
from ..lexicon import MEDICATION_TERM, MEDICATION_WORDS, Gated, gated_matches, words, lazy_factored

_WHO = r"(?:him|her|them|your\s+(?:\w+\s+)?(?:husband|wife|partner|boyfriend|girlfriend|ex|mom|mother|dad|father|family|parents|boss|friend|spouse|fiance|fiancee))"

_REL_VERBS = words("leave divorce dump break cut contact stop confront move kick block ghost report walk")
_TX_WORDS = words("""
emdr erp dbt cbt exposure ifs inpatient rehab residential care medication meds ssri antidepressant antidepressants
stabilizer stabiliser neurofeedback ketamine tms ect eval economy chart away boundary boundaries answering replying taking
tell say
""")
_GATED = (
    # relationship directives
    Gated(lazy_factored(r"(?P<rel>\byou\s+(?:really\s+|honestly\s+|definitely\s+|just\s+|absolutely\s+)?(?:should|need\s+to|have\s+to|must|gotta|"
        r"ought\s+to|'ve\s+got\s+to|have\s+got\s+to)\s+(?:really\s+|definitely\s+|just\s+|honestly\s+|absolutely\s+|seriously\s+)?"
        r"(?:leave|divorce|dump|break\s+up\s+with|cut\s+off|cut\s+ties\s+with|cut\s+(?:him|her|them)\s+off|go\s+no[- ]contact|"
        r"stop\s+(?:seeing|talking\s+to|speaking\s+to|dating)|confront|move\s+out|kick\s+(?:him|her|them)\s+out|block|ghost|report|"
        r"file\s+for\s+divorce|walk\s+away)\b)"), (_REL_VERBS, words("you"))),
    Gated(lazy_re(
        r"(?P<rel>(?:^|[.!?:]\s+|,\s*|\n)(?:honestly,?\s+|just\s+|please\s+|girl,?\s+|sis,?\s+|babe,?\s+)?(?:leave|dump|divorce)\s+"
        r"(?:him|her|them)\b)"
    ), (words("leave dump divorce"), words("him her them"))),
    # medication and dosing, addressed to the reader or someone they mentioned
    Gated(lazy_factored(r"(?P<med>\b(?:try|start|consider|just|you\s+(?:should|could|can|need\s+to|might\s+want\s+to|gotta))\s+(?:up|upping|raise|raising|"
        r"increase|increasing|double|doubling|lower|lowering|reduce|reducing|decrease|decreasing|cut|cutting|halve|halving|bump|bumping|"
        r"switch|switching|swap|swapping|add|adding|take|taking|go\s+on|going\s+on|get\s+on|getting\s+on|ask\s+for|asking\s+for)\s+"
        r"(?:up\s+)?(?:(?:your|her|his|their|the|some|an?)\s+)?(?:\d+\s*mg\s+(?:of\s+)?)?(?:\w+\s+)?" + MEDICATION_TERM + r"\b"
        r"|\bask\s+(?:your|her|his|their)\s+(?:doctor|psychiatrist|prescriber|pcp|gp|np)\s+(?:about|for)\s+(?:\w+\s+){0,2}?"
        r"(?:zoloft|sertraline|prozac|fluoxetine|lexapro|escitalopram|wellbutrin|bupropion|abilify|aripiprazole|lithium|lamictal|"
        r"lamotrigine|seroquel|quetiapine|adderall|vyvanse|ritalin|concerta|strattera|xanax|klonopin|ativan|effexor|cymbalta|"
        r"trazodone|buspar|buspirone|propranolol|gabapentin|an?\s+ssri|an?\s+snri|a\s+mood\s+stabili[sz]er|an?\s+antipsychotic|"
        r"a\s+stimulant|a\s+benzo)\b)"), (MEDICATION_WORDS, words("try start consider just you ask"))),
    Gated(lazy_re(
        r"(?P<med>\b\d+(?:\.\d+)?\s*mg\s+(?:is|would\s+be|should\s+be|'s)\s+(?:a\s+|the\s+)?(?:good|great|fine|safe|reasonable|"
        r"solid|perfect)\b)"
    ), ("mg",)),
    # a treatment prescribed to one person
    Gated(lazy_factored(r"(?P<tx>\byou\s+(?:really\s+|definitely\s+|clearly\s+|just\s+)?(?:need|should\s+(?:try|do|start|get|look\s+into)|need\s+to\s+"
        r"(?:try|do|start|get))\s+(?:an?\s+|some\s+|more\s+)?(?:emdr|erp|dbt|cbt|exposure\s+therapy|exposure|ifs|inpatient|rehab|"
        r"residential|a\s+higher\s+level\s+of\s+care|medication|meds|an?\s+ssri|antidepressants?|a\s+mood\s+stabili[sz]er|"
        r"neurofeedback|ketamine|tms|ect|a\s+psych\s+eval)\b"
        r"|\byou\s+(?:really\s+|definitely\s+|just\s+)?(?:need\s+to|should|have\s+to|must|gotta)\s+(?:set\s+(?:a\s+|some\s+)?(?:firm\s+|hard\s+|clear\s+)?"
        r"boundar(?:y|ies)|stop\s+(?:answering|replying\s+to|taking\s+(?:his|her|their)\s+calls)|tell\s+(?:him|her|them)\s+(?:no|that|you)|"
        r"say\s+no\s+to\s+(?:him|her|them|your))\b"
        r"|\byou\s+(?:should|need\s+to|ought\s+to)\s+(?:honestly\s+|really\s+|definitely\s+|probably\s+|clearly\s+)?be\s+on\s+"
        r"(?:an?\s+|some\s+)?(?:\w+\s+)?" + MEDICATION_TERM + r"\b"
        r"|\b(?:start|try|use|implement|set\s+up)\s+(?:a|an)\s+(?:token\s+economy|behaviou?r\s+chart|sticker\s+chart|reward\s+chart)\b"
        r"|\btake\s+away\s+(?:his|her|their)\s+(?:phone|tablet|ipad|screen|games?|car)\b"
        r"|\b(?:cut|halve|split)\s+(?:the|your)\s+(?:\w+\s+)?" + MEDICATION_TERM + r"\s+in\s+half\b"
        r"|\b(?:go|jump|bump\s+(?:it|you))\s+straight\s+to\s+\d+"
        r"|\b(?:leftover|roommate'?s|friend'?s|sister'?s|mom'?s|brother'?s|partner'?s)\s+(?:\w+\s+)?" + MEDICATION_TERM
        + r"\s+(?:is|are)\s+(?:totally\s+|completely\s+|perfectly\s+)?(?:fine|safe|harmless|ok|okay)\b"
        r"|\b\d+\s*mg\s+(?:of\s+\w+\s+)?(?:is|are)\s+(?:totally\s+|completely\s+|perfectly\s+)?(?:harmless|safe|fine|a\s+tiny\s+dose)\b"
        r"|\btake\s+two\s+for\s+a\s+few\s+days\b"
        r"|\bget\s+your\s+(?:gp|doctor|doc|prescriber|psychiatrist|pcp)\s+to\s+(?:taper|switch|wean|up|raise|lower|increase|reduce|double|cut)\b)"),
        ((_TX_WORDS | MEDICATION_WORDS | words("straight mg melatonin two get"), ("mg",)),
         (words("you economy chart away half straight leftover roommate roommates friend friends sister sisters mom moms brother "
                "brothers partner partners mg two get"), ("mg",)))),
)

_SPECIFIC = lazy_factored(r"\bfrom\s+(?:your|what\s+you)\b|\bbased\s+on\s+(?:your|what\s+you)\b|\bwhat\s+you(?:'ve|'re|\s+are|\s+have)?\s+"
    r"(?:describ|shar|writ|said|wrote|told|post)\w*|\byou\s+(?:mentioned|described|said|wrote|shared|posted|told)\b"
    r"|\bin\s+your\s+(?:case|situation|comment|post|message)\b|\byour\s+(?:comment|post|message|dm|story|question|situation)\b"
    r"|\b(?:replying|reply|responding)\s+to\b|@\w|\byour\s+(?:husband|wife|partner|boyfriend|girlfriend|son|daughter|kid|child|"
    r"mom|dad|boss|ex|roommate|sister|brother|friend)\b|\beverything\s+you(?:'ve)?\s+(?:shared|said|written|described)\b|\bthanks?\s+(?:you\s+)?for\b|\bu/\w|\bto\s+the\s+(?:member|person|poster|commenter|op|parent|mom|dad)\b"
    r"|\bop\b"
)
_CONDITION_BEFORE = lazy_factored(r"\b(?:if|when|whenever|unless|once|whether|anyone\s+who|people\s+who)\b")
# The audience at large: a checklist or a condition ("signs it's ADHD ... if that's you, ...").
_GENERIC_AUDIENCE = lazy_factored(r"\bif\s+(?:that|this)(?:'s|\s+is|\s+sounds\s+like)\s+you\b|\bsounds?\s+familiar\b|\bsigns?\b"
    r"|\banyone\s+who\b|\bwhoever\b|\bif\s+you\b|\bthis\s+is\s+you\b")



@rule(
    id="boundaries/individual-treatment-advice",
    title="Treatment advice to a particular person",
    severity="warning",
    flags="Telling a specific commenter or the person they describe what to do clinically: \"try upping "
          "your Zoloft to 100mg\", \"you need to leave him\", \"you need EMDR\", \"start a token economy "
          "and take away his phone\".",
    why="Advice to one person about their relationship, medication or treatment is a clinical "
        "recommendation made without an assessment, consent or follow-up. It implies a professional "
        "relationship that does not exist and may not fit the person's situation or safety.",
    example="Based on what you wrote, you need to leave him and try upping your Zoloft to 100mg.",
    fine="Deciding whether to leave a relationship is deeply personal; a therapist can help you weigh it safely.",
    instead="Offer general information that applies to many people and suggest talking it through with "
            "their own clinician or prescriber; for safety concerns, point to hotlines and emergency services.",
    sources="APA Ethics Code 5.04, 3.05, 2.01; APA Social Media Guideline 2.4; ACA Code of Ethics H.6.a",
    message="This tells a particular person what to do about their treatment or relationship. Advice "
            "like this is a clinical recommendation made without an assessment or a professional relationship.",
)
def detect(post):
    text = post.text
    for m in gated_matches(post, _GATED):
        start, end = m.start(), m.end()
        kind = m.lastgroup
        # Skip a leading separator captured by the sentence-initial "leave him" form.
        while start < end and not text[start].isalnum():
            start += 1
        if post.negated(start, 50) or post.in_quotes(start, end):
            continue
        if _CONDITION_BEFORE.search(post.clause_before(start, 60)):
            continue  # "if he hits you, leave" is general safety information
        if kind == "tx" and not _SPECIFIC.search(text, max(0, start - 200), min(len(text), end + 100)) \
                and not _addressed_by_name(post):
            continue
        if kind == "med" and _GENERIC_AUDIENCE.search(text, max(0, start - 200), start) \
                and not _SPECIFIC.search(text, max(0, start - 200), min(len(text), end + 60)):
            continue  # "3 signs it's ADHD ... if that's you, ask your doctor": the audience at large
        s, _ = post.sentence(start)
        if _CONDITION_BEFORE.search(text, s, start) and not _SPECIFIC.search(text, max(0, start - 200), start):
            continue
        yield Hit(start, end)
    # Medication advice (accuracy/medication-change) given to one particular person.
    for start, end in medication_advice(post):
        if _SPECIFIC.search(text, max(0, start - 240), min(len(text), end + 60)) or _addressed_by_name(post):
            yield Hit(start, end)
