"""accuracy/inflated-credentials: rankings, superlatives and credentials that cannot be true.

Sources: APA Ethics Code 5.01 (no false or deceptive statements about
training, credentials, licensure or services); ACA Code of Ethics C.3.a and
C.4.a (accurate advertising and professional qualifications); APA Social
Media Guideline 2.7.
"""


from ...engine.registry import Hit, rule
from ..lexicon import Gated, gated_matches, words, lazy_factored
from ._framing import is_question, mentioned_not_asserted

_PRO = (
    r"(?:therapists?|psychologists?|psychiatrists?|counsell?ors?|clinicians?|social\s+workers?|coach(?:es)?|"
    r"specialists?|experts?|authorit(?:y|ies)|doctors?|practices?|providers?|psychotherapists?|lmfts?|lcsws?|lpcs?|"
    r"clinics?|programs?)"
)
_MODALITY = (
    r"(?:emdr|hypnotherapy|hypnosis|neurofeedback|trauma|anxiety|narcissistic\s+abuse|life\s+coaching|breathwork|reiki|"
    r"tapping|eft|somatic\s+\w+|internal\s+family\s+systems|ifs|cbt|dbt|act|couples\s+therapy|grief|attachment|"
    r"mindfulness|nlp|energy\s+\w+|holistic\s+\w+)"
)

_PRO_WORDS = words("""
therapist therapists psychologist psychologists psychiatrist psychiatrists counselor counselors counsellor counsellors
clinician clinicians workers worker coach coaches specialist specialists expert experts authority authorities doctor
doctors practice practices provider providers psychotherapist psychotherapists lmft lmfts lcsw lcsws lpc lpcs clinic
clinics program programs
""")
_SUPERLATIVE = (
    r"(?:leading|top|best|foremost|greatest|most\s+trusted|most\s+sought-after|premier|number\s+one|#1|top-rated|"
    r"highest-rated|#1\s+rated)"
)
_CLAIM = (
    # number one
    Gated(lazy_factored(
        r"#\s?1\s+(?:rated\s+|ranked\s+|top\s+|best\s+|most\s+trusted\s+)?(?:[\w-]+\s+){0,2}?" + _PRO + r"\b"
        r"|\bnumber\s+(?:one|1)\s+(?:rated\s+|ranked\s+|top\s+|best\s+|most\s+trusted\s+)?(?:[\w-]+\s+){0,2}?" + _PRO + r"\b"
        r"|\bno\.\s?1\s+(?:rated\s+|ranked\s+|top\s+|best\s+|most\s+trusted\s+)?(?:[\w-]+\s+){0,2}?" + _PRO + r"\b"
        r"|#\s?1[- ](?:rated|ranked)\b|\bnumber\s+one[- ](?:rated|ranked)\b"
    ), (words("1 number"),)),
    # Ohio's / the world's leading ...  (the match starts at the possessive; see detect)
    Gated(lazy_factored(
        r"\b's\s+" + _SUPERLATIVE + r"\s+(?:[\w-]+\s+){0,2}?" + _PRO + r"\b"
    ), (words("s"), words("leading top best foremost greatest trusted sought premier number 1 rated highest"), _PRO_WORDS)),
    # best ... in town
    Gated(lazy_factored(
        r"\b(?:the\s+)?(?:best|top|top-rated|highest-rated|most\s+trusted|most\s+successful|most\s+sought-after)\s+(?:[\w-]+\s+){0,2}?"
        + _PRO + r"\s+in\s+(?:town|the\s+(?:city|state|country|world|area|region|nation|universe|midwest|south|west|east)|america|"
        r"the\s+us|the\s+usa|the\s+uk|(?!(?:my|your|our|their|his|her|this|that|general|terms|practice|person|training|"
        r"private|session|therapy|treatment|a|an|the)\b)[a-z]+)\b"
    ), (words("best top rated highest trusted successful sought"), _PRO_WORDS, words("in"))),
    # leading expert
    Gated(lazy_factored(
        r"\b(?:world-?renowned|world-?class|world-?famous|world'?s\s+leading|internationally\s+renowned|preeminent|foremost)\s+"
        r"(?:[\w-]+\s+)?(?:expert|authority)\b"
        r"|\b(?:i'?m|i\s+am|as)\s+(?:a|an|the)\s+(?:leading|top|premier)\s+(?:[\w-]+\s+)?(?:expert|authority)\b"
    ), (words("renowned worldrenowned class worldclass famous worldfamous leading preeminent foremost top premier"),
        words("expert authority"))),
    # the only one who can
    Gated(lazy_factored(
        r"\bthe\s+only\s+(?:[\w-]+\s+){0,2}?(?:therapist|psychologist|psychiatrist|counsell?or|clinician|program|method|treatment|"
        r"approach|one)\s+(?:in\s+[\w-]+\s+(?:[\w-]+\s+)?)?(?:who|that)\s+(?:can|truly|really|actually|will|gets)\b"
    ), (words("only"), words("who that"))),
    # a title claimed without the licence: "not licensed yet, but I'm basically a psychologist"
    Gated(lazy_factored(
        r"\b(?:basically|practically|essentially|pretty\s+much|as\s+good\s+as)\s+an?\s+(?:licensed\s+|real\s+)?(?:psychologist|therapist|"
        r"psychiatrist|counsell?or|doctor|clinician|social\s+worker)\b"
        r"|\b(?:not\s+(?:technically\s+|yet\s+|actually\s+|officially\s+)?licensed|licensure\s+pending|unlicensed|licen[cs]e\s+pending)\b"
        r"[^.!?\n]{0,60}?\b(?:same\s+thing|basically|practically|essentially|doesn'?t\s+matter|just\s+a\s+technicality|technicality)\b"
    ), (words("basically practically essentially pretty good licensed licensure unlicensed license licence"),)),
    # a licensed title used anyway: "not licensed yet, but I call myself a psychotherapist",
    # "'therapist' isn't a protected title here, so I use it"
    Gated(lazy_factored(
        r"(?P<unlicensed>\b(?:not\s+(?:yet\s+|technically\s+|actually\s+|officially\s+|fully\s+)?licensed|unlicensed|no\s+licen[cs]e|"
        r"without\s+(?:a\s+)?licen[cs]e|haven'?t\s+(?:got|gotten|passed|finished)\s+(?:my\s+)?(?:licen[cs]\w*|boards?))\b"
        r"[^.!?\n]{0,80}?\b(?:(?:i|we)\s+(?:still\s+|just\s+|can\s+|get\s+to\s+)?(?:use|call\s+(?:myself|ourselves)|go\s+by|advertise\s+as|"
        r"market\s+(?:myself|ourselves)\s+as|list\s+myself\s+as|put)|calling\s+myself|(?:title|call\s+myself)\s+(?:is\s+)?(?:a\s+)?"
        r"(?:psychotherapist|therapist|counsell?or|psychologist))\b"
        r"|\b(?:isn'?t|is\s+not|aren'?t|not)\s+(?:a\s+)?(?:legally\s+)?protected\s+(?:title|term|word)s?\b[^.!?\n]{0,60}?\b(?:so|which\s+means|"
        r"meaning)\s+(?:i|we)\s+(?:can\s+|get\s+to\s+)?(?:use|call|go\s+by|advertise)\b)"
    ), ((words("licensed unlicensed license licence without licensure licensing boards board protected"), ("licen",)),
        words("use call calling go advertise market list put so means meaning title"))),
    # licensure that cannot be true
    Gated(lazy_factored(
        r"\blicensed\s+(?:to\s+practi[cs]e\s+)?(?:in\s+(?:all|every)\s+(?:50\s+|fifty\s+)?states|worldwide|internationally|"
        r"globally|everywhere|in\s+every\s+country)\b"
        r"|\bboard[- ]certified\s+in\s+(?:[\w-]+\s+){0,1}?" + _MODALITY + r"\b"
    ), (words("licensed certified"),)),
)



# The unlicensed clinician says what they are: an associate under supervision.
_SUPERVISED = lazy_factored(
    r"\b(?:under\s+(?:the\s+)?(?:\w+\s+)?supervision|supervis\w+|associate|intern|trainee|resident|student|pre-?licensed|"
    r"registered\s+(?:associate|intern)|never\s+(?:call|use)|don'?t\s+(?:call|use)|can'?t\s+(?:call|use)|not\s+allowed)\b"
)


@rule(
    id="accuracy/inflated-credentials",
    title="Inflated credentials or ranking",
    severity="warning",
    flags="Rankings and superlatives no one awards (\"#1 therapist in Ohio\", \"best psychiatrist in "
          "town\", \"world's leading expert\"), licensure that cannot exist (\"licensed in all 50 "
          "states\"), board certifications in therapy techniques, and titles claimed without the licence "
          "(\"not licensed yet, but I'm basically a psychologist\", \"not licensed, but the title isn't "
          "protected, so I use it\").",
    why="Clients choose clinicians partly on credentials. Unverifiable rankings and inflated claims "
        "about licensure or certification are false or deceptive statements, and licensure in "
        "particular limits where a clinician may legally practise.",
    example="Book with the #1 therapist in Ohio, the world's leading expert on anxiety.",
    fine="Licensed psychologist in Ohio with ten years of experience treating anxiety; trained in CBT and exposure therapy.",
    instead="State verifiable facts: licence type and state, training, years of experience, and the "
            "kinds of problems you treat.",
    sources="APA Ethics Code 5.01; ACA Code of Ethics C.3.a, C.4.a; APA Social Media Guideline 2.7",
    message="This describes the clinician with a ranking or credential that cannot be verified or "
            "cannot be true. Clients rely on such claims when choosing care.",
)
def detect(post):
    text = post.text
    for m in gated_matches(post, _CLAIM):
        start, end = m.start(), m.end()
        if text.startswith("'s", start):
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-."):
                start -= 1  # "Ohio's #1 therapist": the finding covers the name too
        if m.lastgroup == "unlicensed":
            if _SUPERVISED.search(post.window(start, end, 80, 80)):
                continue  # "not licensed yet, I use 'associate' and work under supervision"
            if mentioned_not_asserted(post, start, end) or is_question(post, start):
                continue
            yield Hit(start, end)
            continue
        if post.negated(start) or mentioned_not_asserted(post, start, end) or is_question(post, start):
            continue
        yield Hit(start, end)
