"""boundaries/disparaging-clients: mocking or complaining about clients, arguing with client-reviewers.

Sources: APA Ethics Code 3.04 (avoiding harm) and 3.05 (multiple
relationships); APA Ethics Code 4.01 and 4.07 where details are given; APA
Social Media Guideline 2.2; ACA Code of Ethics H.6.d; ACP/FSMB, Online
Medical Professionalism (Farnan et al., Ann Intern Med 2013;158:620-627).
"""


from ...engine.registry import Hit, rule
from ...engine.lazy import lazy_re
from ..lexicon import Gated, gated_matches, lazy_factored, word_set, words

_WHO = (
    r"(?:clients?|patients?|clients'|patients'|pts?|counselees?|kiddos?|caseload|walk-ins?|intakes?|referrals?|"
    r"(?:fellows|folks|ladies|guys|people|ones|men|women)\s+on\s+my\s+(?:ward|unit|caseload|floor)|"
    r"my\s+\d{1,2}(?::\d\d)?\s?(?:am|pm)|my\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+\d{1,2}(?::\d\d)?\s?(?:am|pm))?(?:\s+(?:client|patient|regulars?))?)"
)
_CONTEMPT = (
    r"(?:exhausting|annoying|lazy|entitled|whiny|whiney|needy|dramatic|a\s+drama\s+queen|drama\s+queens?|manipulative|ridiculous|"
    r"pathetic|insufferable|unbearable|hopeless\s+cases?|clueless|idiots?|stupid|dumb|morons?|nuts|crazy|psychos?|certifiable|"
    r"insane|unhinged|nutcases?|nut\s*jobs?|lunatics?|losers?|a\s+nightmare|nightmares|the\s+worst|a\s+joke|delusional|"
    r"attention[- ]seekers?|attention[- ]seeking|so\s+extra|a\s+mess|trainwrecks?|train\s+wrecks?|frequent\s+flyers?|"
    r"gross|disgusting|weirdos?|freaks?|basket\s+cases?|mental|wack\s*jobs?|bonkers|cuckoo|loony|looney|a\s+headache|"
    r"a\s+pain|rude|disrespectful|flaky|obnoxious|spoiled|childish|immature|unreasonable|impossible|crybabies|babies|cheap|"
    r"drives?\s+me\s+(?:crazy|nuts|insane|up\s+the\s+wall)|driving\s+me\s+(?:crazy|nuts|insane|up\s+the\s+wall)|"
    r"wast(?:e|ing)\s+(?:of\s+)?my\s+time|don'?t\s+(?:even\s+|actually\s+|really\s+)?want\s+(?:to\s+get\s+better|to\s+change|"
    r"to\s+do\s+the\s+work|to\s+be\s+helped|therapy|help)|(?:special\s+)?snowflakes|divas?|"
    r"brats?|whiners?|(?:stark\s+)?raving\s+(?:mad|lunatics?)|loons?|loony)"
)

_CONTEMPT_WORDS = words("""
snowflakes diva divas brat brats whiner whiners raving loon loons loony
exhausting annoying lazy entitled whiny whiney needy dramatic drama manipulative ridiculous pathetic insufferable
unbearable hopeless clueless idiot idiots stupid dumb moron morons nuts crazy psycho psychos certifiable insane unhinged
nutcase nutcases nut nutjob nutjobs lunatic lunatics loser losers nightmare nightmares worst joke delusional attention
extra mess trainwreck trainwrecks train frequent gross disgusting weirdo weirdos freak freaks basket mental wack
wackjob wackjobs bonkers cuckoo loony looney headache pain rude disrespectful flaky obnoxious spoiled childish immature
unreasonable impossible crybabies babies cheap drives drive driving waste wasting want nutty dumbest craziest laziest
neediest whiniest weirdest most
""")
_WHO_WORDS = words("""
pt pts fellows folks ladies guys ones men women
client clients patient patients counselee counselees kiddo kiddos caseload walk intake intakes referral referrals my
people folks humans
""")
# The words "am"/"pm" or a time written as one word ("3pm", "10am", the "30pm" of "10:30pm"):
# the session form needs one, and a word set is looked up in the shared index where a
# substring would be searched for in every paragraph of a long text.
_CLOCK_WORDS = frozenset(n + s for s in ("am", "pm") for n in ["", *map(str, range(10)), *(f"{i:02d}" for i in range(100))])

_GATED = (
    # "my Thursday client is SO exhausting", "clients this week are all certifiable"
    Gated(lazy_factored(
        r"(?P<linked>\b" + _WHO + r"\s+(?:[\w'-]+[\s,]+){0,7}?(?:is|are|was|were|'s|'re|being|acting|get|gets|got|seem|turn\s+into|turned\s+into|become|became|"
        r"seems|so|such|soo+|all|just|always)\s+(?:[\w'-]+\s+){0,2}?" + _CONTEMPT + r"\b)"
    ), (_CONTEMPT_WORDS, _WHO_WORDS)),
    # "Why are my patients always late? Some people are just rude."
    Gated(lazy_factored(
        r"(?P<people>\b(?:some|these|those|such)\s+(?:people|folks|humans)\s+(?:(?:are|is)\s+(?:just\s+|so\s+|really\s+)?|just\s+)?"
        + _CONTEMPT + r"\b)"
    ), (words("people folks humans"), _CONTEMPT_WORDS)),
    # "lazy clients", "my most dramatic patient"
    Gated(lazy_factored(
        r"(?P<adj>\b(?:lazy|entitled|whiny|needy|dramatic|manipulative|annoying|crazy|psycho|nutty|insane|delusional|clueless|"
        r"exhausting|ridiculous|pathetic|dumbest|craziest|laziest|neediest|whiniest|weirdest|worst|most\s+(?:dramatic|annoying|"
        r"exhausting|entitled|manipulative|ridiculous|clueless))\s+(?:\w+\s+)?(?:clients?|patients?|pts?|kiddos?)\b)"
    ), (_CONTEMPT_WORDS, words("client clients patient patients kiddo kiddos pt pts"))),
    # rating, ranking, imitating clients for laughs
    Gated(lazy_factored(r"(?P<mock>\b(?:rating|ranking|roasting|mocking|imitating|impersonating|(?:doing\s+)?(?:an?\s+)?impressions?\s+of|"
        r"making\s+fun\s+of|laughing\s+at|rolling\s+my\s+eyes\s+at)\s+(?:my|our|the|a|one\s+of\s+my)\s+(?:[\w'-]+\s+){0,3}?"
        r"(?:clients?|patients?|clients'|patients'|kiddos?|caseload)\b)"), (words("rating ranking roasting mocking imitating impersonating impression impressions making laughing rolling"),)),
    # contempt for a group of patients
    Gated(lazy_factored(
        r"(?P<slur>\b(?:the|these|those|our|my|a|this|that|every|another)\s+(?:[\w-]+\s+)?(?:junkies|junkie|crackheads?|druggies|druggie|"
        r"crazies|psychos?|loonies|loony|loon|nutters?|nut\s*jobs?|nutcases?|frequent[- ]flyers?|schizos?|tweakers?|pillheads?|"
        r"lunatics?|whackos?|wackos?|crazy\s+(?:one|lady|guy|man|woman))\b"
        # the slur is the noun ("the crazies, then lunch"), not an adjective ("another psycho driver")
        r"(?=\s*(?:[^\w\s]|$|(?:in|on|at|from|who|that|is|was|are|were|has|had|came|comes|showed|asked|keeps?|kept|proposed|again|"
        r"today|tonight|lining|line|third|this|every|start|started|won'?t|can'?t|just|all|to|for|and|then)\b))"
        r"|\bfrequent[- ]flyer\s+(?:crackhead|junkie|psycho|druggie|addict|lunatic|nutcase|schizo)\b"
        r"|\b(?:bed|room)\s+\d+\s+is\s+(?:a\s+)?(?:total\s+|complete\s+|full-on\s+|real\s+)?(?:schizo|psycho|nutcase|nut\s*job|lunatic|"
        r"loon|loony|junkie|crackhead|whacko|wacko)\b)"
    ), (words("junkies junkie crackheads crackhead druggies druggie crazies psychos psycho loonies loony loon nutters nutter "
              "nutjobs nutjob nut nutcases nutcase frequent flyer flyers schizos schizo tweakers tweaker pillheads pillhead lunatics "
              "lunatic whackos whacko wackos wacko crazy"),)),
    # sighing about clients
    Gated(lazy_factored(r"(?P<sigh>\b(?:i\s+(?:hate|can'?t\s+stand|am\s+so\s+(?:sick|tired|done)\s+(?:of|with))|so\s+(?:sick|tired)\s+of|"
        r"ugh,?|eye\s*roll)\s+(?:\w+\s+){0,2}?(?:clients?|patients?)\s+(?:who|that|when)\b)"), (words("hate stand sick tired done ugh eye eyeroll"),)),
    # eye-rolling at clients: "half my caseload just wants to complain. must be nice 🙄"
    Gated(lazy_factored(r"(?P<sneer>🙄|\bmust\s+be\s+nice\b|\bsmh\b|\bthe\s+audacity\b|\bbless\s+(?:their|his|her)\s+(?:little\s+)?hearts?\b"
        r"|\bcan'?t\s+make\s+this\s+(?:stuff\s+|shit\s+)?up\b)"), (words("nice smh audacity bless make"),), ("\U0001F644",)),
    # what a client did with the session, told for laughs: "my Thursday 10am spent the ENTIRE hour on his crypto"
    Gated(lazy_factored(r"(?P<session>\b(?:my\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?\d{1,2}(?::\d\d)?\s?(?:am|pm)"
        r"(?:\s+(?:guy|lady|client|patient|regular|woman|man|couple|dude|gal))?\s+(?:[\w'-]+\s+){0,3}?"
        r"(?:spent|talked|explained|went\s+on|ranted|monologued|complained|walked\s+me|told\s+me|read\s+me|showed\s+me|cried|vented)\b"
        r"[^.!?\n]{0,80}?(?:\b(?:the|an|her|his|their)\s+(?:entire|whole|full)\s+(?:hour|session|time|appointment)|\ball\s+session|"
        r"\b\d+\s+(?:full\s+)?minutes|\ban\s+(?:entire\s+)?hour|\bthe\s+whole\s+time)\b)"),
        (words("spent talked explained went ranted monologued complained walked told read showed cried vented"), _CLOCK_WORDS)),
    # a public argument with a reviewer who is (or was) a client
    Gated(lazy_factored(r"(?P<review>\b(?:this|the|our)\s+reviewer\b|\b(?:a|your|this|the)\s+(?:one|1|two|2)[- ]star\s+review\b"
        r"|\b(?:as\s+we\s+discussed\s+in\s+(?:session|therapy))\b)"), (words("reviewer star discussed"),)),
    Gated(lazy_factored(r"(?P<review>\bto\s+(?:the\s+)?[\"'\u201c]?(?:anonymous|the)\s+(?:patient|client|reviewer|poster|person|parent|mom|dad)\b"
        r"|\b(?:maybe|perhaps)\s+if\s+you(?:'d|\s+had|\s+would\s+have|\s+actually|\s+just)\b"
        r"|\bif\s+you'?d\s+(?:actually|just|only|bothered)\b)"), (words("patient client reviewer poster person parent mom dad "
                                                                            "maybe perhaps d youd"), words("to maybe perhaps if"))),
    Gated(lazy_factored(r"(?P<review>\byou\s+(?:(?!(?:they|he|she|i|we|it|who|which|that|people|everyone)\b)[\w'-]+\s+){0,8}?(?:never(?:\s+once)?|"
        r"didn'?t|did\s+not|refused\s+to|failed\s+to|skipped|missed|no-?showed|blamed|lied|cancell?ed|"
        r"were\s+(?:rude|late|abusive|noncompliant|non-compliant|difficult|hostile))\b)"), (words("never didn didnt did refused failed skipped missed showed noshowed blamed lied cancelled "
                             "canceled rude late abusive noncompliant compliant difficult hostile"), words("you"))),
)
# Newer forms of mockery: games and lists made of clients, grown adults "whining" for a fee,
# labels used as group nouns ("the borderlines will eat you alive"). Checked against work context in code.
_GATED = _GATED + (
    Gated(lazy_factored(r"(?P<jeer>\bno-?show\s+bingo\b"
        r"|\b(?:clients|patients)\s+as\s+(?:dog\s+breeds|cat\s+breeds|breeds|animals|pok[e\u00e9]mon|memes|disney\s+\w+)\b"
        r"|\b(?:rate|rank|roast|mock)\s+(?:my|our|the)\s+(?:[\w'-]+\s+){0,2}?(?:clients?|patients?|clients'|patients')"
        r"|\bgrown\s+(?:adults?|men|women)\s+(?:whine|whining|fight|fighting|cry|crying|complain\w*|tantrum\w*)\b"
        r"|\b(?:lying|whiny|lazy|needy|entitled)\s+(?:addicts?|junkies?|alcoholics?|drunks?)\b"
        r"|\b(?:the|these|those|half\s+the|all\s+the)\s+(?:borderlines|schizophrenics|bipolars|schizos|anorexics|addicts)\s+"
        r"(?:will|always|never|are|in\s+town|show|think|eat|keep|can'?t|won'?t)\b"
        r"|\bpsycho\s+(?:[\w-]+\s+)?(?:moms|dads|parents|families)\b"
        r"|\b(?:things|stuff)\s+(?:my\s+)?(?:clients|patients)\s+say\s+that\s+make\s+me\s+want\s+to\s+(?:scream|quit|cry|die)\b)"),
        ((words("bingo breeds animals pokemon pok\u00e9mon memes disney rate rank roast mock grown lying whiny lazy needy entitled "
               "borderlines schizophrenics bipolars schizos anorexics addicts psycho scream things stuff"), ("complain", "tantrum", "pok")),)),
    Gated(lazy_factored(r"(?P<sneer>\bthey'?re\s+all\s+the\s+same\b|\b(?:needy|whiny|lazy),?\s+(?:needy|whiny|lazy)\b"
        r"|\bthe\s+common\s+denominator\s+is\s+you\b|\bsweetie\.)"), (words("same needy whiny lazy denominator sweetie"),)),
)
_WORK = lazy_factored(r"\b(?:waiting\s+room|intakes?|sessions?|caseload|therapist\w*|therap(?:y|ies)|counsel\w*|clinic|unit|office|"
    r"clinician\w*|my\s+job|crisis\s+line|prescrib\w*|clients?|patients?|cmhc|years?\s+as|pays?\s+me|50\s+minutes|billable|appointments?)\b")
# Each entry above lists its rarest word set first: a post with none of those words (and no
# eye-roll emoji, which the sneer form also takes) can match no pattern.
_FIRST_NEEDS = frozenset().union(*(g.need[0][0] if g.need[0].__class__ is tuple else g.need[0] for g in _GATED))
_FIRST_ALSO = tuple(a for g in _GATED for a in g.also) + tuple(
    a for g in _GATED if g.need[0].__class__ is tuple for a in g.need[0][1])

_SLUR_CONTEXT = lazy_factored(r"\b(?:clinic|unit|ward|er|ed|shift|work|my\s+job|program|facility|methadone|detox|rehab|line\s+up|lining\s+up|"
    r"come\s+in|caseload|patients?|clients?|pts?|room|bed|rounds|consult|floor|hospital|psych|nurse|portal|med\s+pass|"
    r"assigned|paged|admit\w*|discharg\w*|crisis\s+line|on\s+the\s+line)\b"
)
_ARGUE = lazy_factored(r"\b(?:former\s+client|client|patient|sessions?|discharg\w+|didn'?t\s+like|the\s+truth|clinical\s+judg(?:e)?ment|"
    r"stand\s+by|won'?t\s+change|for\s+the\s+record|lying|liar|lies|false|untrue|anger|attitude|no-?show|you\s+signed|"
    r"homework|progress|visits?|appointments?|follow-?ups?|blam\w+|is\s+rich|chart|paid|pay|bill|"
    r"your\s+(?:own\s+)?(?:behaviou?r|issues|choices|problems)|should\s+come\s+back|refused|non-?complian\w*|cancel\w*|"
    r"practic(?:ed|ing)|exercises|just\s+saying)\b"
)
_REVIEW_CONTEXT = lazy_factored(r"\b(?:review|reviewer|reviews|posting|posted|stars?|yelp|google|lies|lying|liar|blam\w+|chart|anonymous|"
    r"(?:our|this|the)\s+(?:clinic|office|practice|staff|team))\b"
)
_NAME_ADDRESS = lazy_re(r"(?:^|[.!?]\s+)(?:(?:mr|mrs|ms|mx|dr)\.?\s+)?[a-z][\w'-]*(?:\s+[a-z]\.?)?,\s+you\b")
_GROUP = lazy_factored(r"\b(?:clients?|patients?|caseload|kiddos?|counselees?|walk-ins?|my\s+\d{1,2}(?::\d\d)?\s?(?:am|pm)|"
    r"my\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:\d{1,2}(?::\d\d)?\s?(?:am|pm)|morning|afternoon|evening|"
    r"client|patient|regular))\b")
_OTHER_VOICE = lazy_factored(r"\b(?:tell|tells|told|say|says|said|feel|feels|felt|think|thinks|thought|describe\w*|report\w*|worr\w+|fear\w*|believ\w*|"
    r"label+ed|called|treated|seen|considered|deemed|dismissed|written\s+off|whose|partners?|husbands?|wives|wife|bosses|boss|"
    r"parents?|families|family|spouses?|coworkers?|exes|mothers?|fathers?|moms?|dads?|kids|children|teachers?|doctors?)\b"
)
# Signs a story about a session is told for laughs or exasperation.
_MOCK = lazy_factored(r"\U0001F602|\U0001F644|\U0001F923|\U0001F480|\bkill\s+me\b|\bsend\s+help\b|\blol\b|\blmf?ao\w*|\bi\s+billed\b"
    r"|\bmentally\s+(?:planned|checked\s+out|left|wrote)|\bzoned\s+out\b|\bpretend\w*\s+to\s+(?:listen|care)\b|\bsome\s+people\b"
    r"|\bugh\b|\bmake\s+it\s+stop\b|\bwhy\s+me\b|\bvent:|\bagain\.|\bsmh\b|\bbless\s+(?:her|his|their)\b|\bthe\s+audacity\b")
# "the way my 2pm talks about her mother-in-law is unhinged": the contempt is for how the client talks
_THE_WAY = lazy_re(r"\bthe\s+way\s+$")
_NEG_GAP = lazy_factored(r"\b(?:not|never|aren'?t|isn'?t|wasn'?t|weren'?t|no)\b|n't\b")



_NO_COMMENT = lazy_factored(r"\b(?:can'?t|cannot|never|won'?t)\s+(?:discuss|confirm|comment)")
_CONTEMPT_RE = lazy_factored(r"\b" + _CONTEMPT + r"\b")


def _negated_contempt(span: str) -> bool:
    """Is the contempt word itself negated ("clients who cancel aren't lazy")?

    Only the words just before it count: "clients who don't do their homework are
    wasting my time" negates the homework, not the contempt.
    """
    last = None
    for last in _CONTEMPT_RE.finditer(span):
        pass
    if last is None:
        return bool(_NEG_GAP.search(span))
    return bool(_NEG_GAP.search(span, max(0, last.start() - 20), last.start()))


@rule(
    id="boundaries/disparaging-clients",
    title="Disparaging clients or arguing with them in public",
    severity="warning",
    flags="Mocking, rating or complaining about clients (\"my Thursday client is SO exhausting\", "
          "\"doing an impression of my most dramatic patient\", a client's session retold for laughs, games and "
          "lists made of clients such as \"no-show bingo\"), slurs or diagnostic labels used as insults for "
          "the people a service treats, "
          "and public arguments with a reviewer who is or was a client.",
    why="Clients and would-be clients read these posts and recognise themselves or people like them. "
        "Mockery erodes trust in the profession and in the clinician; arguing with a reviewer who is a "
        "client turns a care relationship into a public dispute and often discloses clinical details.",
    example="Ugh, my Thursday client is SO exhausting. Some people just don't want to get better.",
    fine="Clients who cancel at the last minute aren't lazy; ambivalence about change is normal and worth exploring together.",
    instead="Take frustration to supervision or consultation, not social media. Reply to critical "
            "reviews with a general statement that confirms no relationship and offers a private channel.",
    sources="APA Ethics Code 3.04, 3.05, 4.01; APA Social Media Guideline 2.2; ACA Code of Ethics H.6.d; "
            "Farnan et al., Ann Intern Med 2013;158:620-627",
    message="This disparages clients or argues with one in public. Clients read such posts, and they "
            "undermine trust and the professional relationship.",
)
def detect(post):
    text = post.text
    if _FIRST_NEEDS.isdisjoint(word_set(post)) and not any(a in text for a in _FIRST_ALSO):
        return
    for m in gated_matches(post, _GATED):
        start, end = m.start(), m.end()
        kind = m.lastgroup
        if kind == "linked" and _OTHER_VOICE.search(m.group(0)) and not _THE_WAY.search(text, max(0, start - 12), start):
            continue  # "clients tell me their bosses are lazy", "clients who were labelled crazy"
        if kind in ("linked", "adj") and _negated_contempt(m.group(0)):
            continue  # "clients who cancel aren't lazy"
        if post.negated(start, 50) or post.taught_as_wording(start, end):
            continue
        if kind == "slur":
            if post.in_quotes(start, end) or not _SLUR_CONTEXT.search(text, max(0, start - 150), min(len(text), end + 150)):
                continue
        if kind in ("sneer", "people"):
            s, e = post.sentence(start)
            ps = post.sentence(s - 1)[0] if s > 0 else s
            for _ in range(2):  # a few short sentences back: "my 10am ... Again. I nodded. ... 🙄"
                ps = post.sentence(ps - 1)[0] if ps > 0 else ps
            if not _GROUP.search(text, max(ps, start - 200), min(e, end + 60)):
                continue
        if kind == "jeer" and "bingo" not in m.group(0) and not _WORK.search(text, max(0, start - 250), min(len(text), end + 250)):
            continue
        if kind == "session":
            if not _MOCK.search(text) or post.in_quotes(start, end):
                continue  # a hard session told plainly is a privacy matter, not mockery
        if kind == "review":
            lo, hi = max(0, start - 200), min(len(text), end + 200)
            if not _ARGUE.search(text, lo, hi):
                continue
            if m.group(0).startswith(("you", "maybe", "perhaps", "if")) and not (
                    _REVIEW_CONTEXT.search(text, lo, hi) or _NAME_ADDRESS.search(text, max(0, start - 60), start + 4)):
                continue
            if post.flag("disparaging-clients:no-comment", _NO_COMMENT.compiled):
                continue
        yield Hit(start, end)
