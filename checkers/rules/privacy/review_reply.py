"""privacy/review-reply: a reply to a review or comment that confirms a
treatment relationship or discusses someone's care.

A reply signal (thanks for the review, sorry to hear, "we hear you", a
greeting to the reviewer by name, an anonymous addressee such as 'To
"Anonymous Patient":') together with something that confirms the
person was a client: their diagnosis, medication, refill or lab results,
sessions and their dates ("your 3/14 session"), intake, bill, copay or
insurance, missed appointments, a named treating clinician ("your therapist
has noted", "Dr. Osei will go over..."), "since starting with us", "our
records show", what the person did at the practice ("you were the one
screaming at the receptionist", "you left the session early"), or their
program ("watching you graduate from our IOP", "those DBT skills").  Some statements confirm care on their own, reply or not:
"is a patient of Dr. Shah's", "was seen here last week", "as discussed at your
last visit".  A practice speaking to one person ("you missed four sessions...
under our attendance policy") counts by what "you" did.  An @handle alone makes
a comment reply, not a review (advice to a commenter does not say they are a
patient).  Generic replies ("thank you for your feedback, please call our
office manager"), conditions ("if you missed a session...") and
neither-confirm-nor-deny replies are fine.

Sources: HIPAA Privacy Rule, 45 CFR 164.502(a) (uses and disclosures) and
164.514(b)(2) (names are identifiers); HHS OCR resolutions over review replies:
Elite Dental Associates (Oct 2019), Dr. U. Phillip Igbinadolor & Associates
(Mar 2022), New Vision Dental (Dec 2022), Manasa Health Center (June 2023, a
psychiatric practice); APA Ethics Code §4.01; ACA Code of Ethics §H.6.d.
"""


from ...engine.registry import Hit, rule
from ..client_narrative import MAX_CANDIDATES, first_word, gated_scan, iter_words, lazy_pattern, trie
from ..lexicon import Gated, any_in, gate_open, window_has, word_set, word_starts, words

# A reply to someone: strong cues name a review; weak cues fit any comment reply.
_REVIEW_CUE = lazy_pattern(lambda: trie([
    "review", "reviews", "reviewer", "rating", "rated us", "star", "stars", "yelp", "google listing", "google page",
    "testimonial", "feedback", "1-star", "2-star", "3-star", "4-star", "5-star", "1 star", "2 star", "3 star",
    "4 star", "5 star", "five stars", "five-star", "one star", "one-star",
]) + r"\b")
_THANKS_FOR = (
    r"\s+(?:you\s+)?(?:so\s+much\s+|again\s+|kindly\s+)?(?:for|4)\s+(?:the|your|this|such\s+a|a|these)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:review|feedback|comment|words|stars?|rating|note|shout-?out|recommendation|post|"
    r"response|message|reply|update)s?\b"
)
_GLAD = (
    r"\s+(?:so\s+|very\s+|truly\s+|really\s+)?(?:glad|happy|thrilled|delighted|sorry|grateful|proud)\s+"
    r"(?:to\s+hear\s+)?(?:that\s+)?(?:you|your)\b"
)
_REPLY_CUE = lazy_pattern(lambda: trie([
    ("thank", _THANKS_FOR), ("thanks", _THANKS_FOR), ("thank you", r",?\s+[a-z]+\s*!"),
    ("sorry", r"\s+(?:to\s+hear|you|that\s+you|about\s+(?:your|the)|for\s+your|for\s+the|your)\b"),
    ("apologi", r"(?:ze|se|es)\s+(?:to\s+hear|you|that\s+you|about\s+your|for\s+your|for\s+the|your)\b"),
    ("we're", _GLAD), ("we are", _GLAD), ("i'm", _GLAD), ("i am", _GLAD),
    ("glad", r"\s+(?:you|your|to\s+hear)\b"), ("happy", r"\s+(?:you|your|to\s+hear)\b"),
    ("response", r"\s+(?:from|to)\s+(?:the\s+)?(?:owner|reviewer|review|practice)\b"),
    ("reply", r"\s+(?:from|to)\s+(?:the\s+)?(?:owner|reviewer|review|practice)\b"),
    "this reviewer", "the reviewer", "dear reviewer", "to the reviewer",
    ("in response to", r"\s+(?:this|your)\s+(?:review|comment|post)\b"),
    ("who left", r"\s+(?:this|the|a|that)\s+review"), "your review", "this review", "the review",
    ("per our", r"\s+records\b"), ("our records", r"\s+(?:show|indicate|reflect)"),
    ("according to our", r"\s+(?:records|notes|files|chart)\b"),
    "we hear you", "we understand", "i understand the", "we understand the", "for the record",
    ("we", r"\s+stand\s+by\s+our\s+(?:clinicians|providers|therapists|staff|team|doctors)\b"),
]))
# Every form of _REPLY_CUE has one of these words, or starts a word with one of
# these stems ("the reviewers", "we understand", "for the record"): a paragraph
# without any is not scanned with the pattern.  Keep in step with _REPLY_CUE.
_REPLY_CUE_WORDS = words("thank thanks sorry apologize apologise apologies glad happy thrilled delighted grateful "
                         "proud response reply left according hear stand")
_REPLY_CUE_STEMS = ("review", "understand", "record")
# A practice speaking to one person: "You missed four sessions ... under our attendance policy."
_PRACTICE_VOICE = lazy_pattern(lambda: 
    r"our\s+(?:[\w-]+\s+)?(?:staff|clinicians|providers|therapists|front\s+desk|office|practice|clinic|"
    r"policy|policies|team|doctors)\b"
)
# The last word of every _PRACTICE_VOICE match (a cheap whole-post gate).
_PRACTICE_LAST = words("staff clinicians providers therapists desk office practice clinic policy policies team doctors")
_SECOND_PERSON = lazy_pattern(r"you(?:r)?\b")
_HANDLE_START = lazy_pattern(r"\W{0,8}@[a-z0-9_.]{2,}")
_REPLY_START = lazy_pattern(lambda: r"\W{0,8}(?:(?:hi|hey|hello|dear)\s+[a-z]+\s*[,!]|@\w+)")
# A reply addressed to an anonymous reviewer: 'To "Anonymous Patient":', "Dear anonymous reviewer,".
_ANON_START = lazy_pattern(
    r"\W{0,8}(?:to|dear|re|@|(?:response|reply|responding)\s+to)\s*(?:the\s+|our\s+)?[\"']?(?:anonymous|anon|reviewer|"
    r"poster|[a-z]+\s+(?:patient|client|parent|mom|dad|reviewer|customer)|(?:person|individual|mom|dad|parent|patient|"
    r"client|family|gentleman|lady|woman|man)\s+who\s+(?:left|wrote|posted))\b"
)
# Folded text that could open either form of address (checked first: cheap).
_ADDRESS_HINT = lazy_pattern(
    r"\W{0,8}(?:(?:mr|mrs|ms|miss|mx|dr)\.?\s+)?[a-z]+\.?(?:\s+[a-z]*\.?)?\s*[,!]"
    r"|\W{0,8}(?:hi|hey|hello|dear|thanks|thank\s+you|we\s+hear|we\s+understand|we\s+appreciate|we're|we\s+are|"
    r"i'm|i\s+am|so\s+sorry|sorry|glad|happy)\b"
)
# A name addressed a little later in the opening, on the original text: "We hear you, Janelle."
_NAME_LATER = lazy_pattern(lambda: 
    r"\W{0,8}(?i:we\s+hear\s+you|we\s+understand|we\s+appreciate\s+(?:this|you)|thank\s+you|thanks|"
    r"(?:(?:we're|we\s+are|i'm|i\s+am)\s+)?(?:so\s+)?(?:sorry|glad|happy))[^.!?\n]{0,30}?,\s+"
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?(?P<name>[A-Z][a-z]+)\s*[.!,]"
)
# A reply opening that addresses one person by name, checked on the original
# text: "Mark, you missed...", "Hi Karen,", "Thanks so much, Jenna!", "Ms. R,".
_NAME_ADDRESS = lazy_pattern(lambda: 
    r"\W{0,8}(?:(?i:hi|hey|hello|dear|thanks|thank\s+you|thanks\s+so\s+much|thank\s+you\s+so\s+much|"
    r"thanks\s+again|thank\s+you\s+again)\s*[,!]?\s+)?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?"
    r"(?P<name>[A-Z][a-z]+|[A-Z]\.?)(?:\s+[A-Z][a-z]*\.?)?\s*[,!]"
)
_NOT_ADDRESSEE = frozenset(
    "So Honestly Friends Folks Therapists Everyone Everybody Guys Team Parents Clients Patients Okay Ok Well Yes "
    "No Oh Wow Today Tonight Yesterday Also Still Again Please Reminder Update Note Friendly Gentle Hey Hi Hello "
    "Thanks Thank Sorry Listen Look Truth Real Plot Fun Quick Big PSA Tip Folks Colleagues Students Members Moms "
    "Dads Ladies Gentlemen Fam Bestie Babe Mama Y First Second Finally Anyway Seriously Honest Ugh Yay Welcome "
    "Congrats Congratulations Happy Good Great Reminder Fellow Dear Therapist Doctors Nurses Counselors".split()
)
# Confirms the person was treated here, on any reply.
_CARE_EVENT = (
    r"(?:sessions?|appointments?|intake|visits?|stay|treatment\s+(?:plan|here|with)|experience\s+with\s+dr|bill|balance|invoice|copay|"
    r"co-pay|claim|records?|chart|file|discharge|assessment|evaluation|testing|time\s+with\s+us|therapist\s+here|"
    r"medication\s+(?:management|review|check)|med\s+check|check-?up|follow-?up|refill|labs|lab\s+work|levels|"
    r"blood\s*work|program|plan\s+(?:only\s+|didn't\s+|doesn't\s+|did\s+not\s+)?cover\w*)\b"
)
_YOUR_SERVICE = r"\s+(?:[\w'/.-]+\s+){0,2}?" + _CARE_EVENT
_YOU_DID = (
    r"\s+(?:have\s+|had\s+|did\s+|'ve\s+)?(?:only\s+|never\s+|just\s+|repeatedly\s+|already\s+|also\s+)?"
    r"(?:missed|cancell?ed|no-?showed|rescheduled|attended|completed|"
    r"came\s+in|came\s+to\s+(?:us|see|our|the\s+clinic|the\s+office)|were\s+(?:seen|diagnosed|prescribed|discharged|"
    r"referred|treated|late|admitted|billed|charged)|saw\s+(?:dr|our|me)\b|met\s+with\s+(?:dr|our|me)|worked\s+with\s+"
    r"(?:dr|our|me|us)|owe|haven't\s+paid|didn't\s+pay|left\s+(?:our|the)\s+(?:practice|program|clinic)|"
    r"started\s+(?:with\s+us|seeing|treatment|therapy|medication|on)|began\s+(?:with\s+us|seeing|treatment|therapy)|"
    # what the person did at the practice: "you were the one screaming at the receptionist"
    r"were\s+(?:here|in\s+(?:our|the)\s+(?:office|lobby|waiting\s+room|clinic|building|session|group))|"
    r"were\s+the\s+one\s+(?:screaming|yelling|shouting|cursing|who\s+(?:screamed|yelled|came|showed|missed|left|"
    r"walked|stormed|refused|threatened))|(?:screamed|yelled|shouted|cursed|swore)\s+at\s+(?:our|the|me|my)|"
    r"(?:stormed|walked)\s+out\b|showed\s+up\s+(?:late|drunk|high|intoxicated|at\s+our)|"
    r"left\s+(?:the\s+|your\s+|our\s+)?(?:session|appointment|group|visit)\s+early)"
)
_SINCE = (
    r"\s+(?:you\s+)?(?:start(?:ed|ing)|began|beginning|came|coming|joined|joining|first\s+came)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:with\s+us|here|to\s+us|our|in\s+our|at\s+our|with\s+dr)"
)
_THIRD = (
    r"\s+(?:reviewer|patient|client|individual|person)\s+(?:was|is|has|had|missed|never|came|did|didn't|refused|"
    r"owes|no-?showed|left|arrived|became|attended|stopped)\b"
)
_CHANGED = ("lowered", "raised", "increased", "decreased", "adjusted", "changed", "stopped", "refilled")
_CLINICIAN_NOTED = (
    r"\s+(?:therapist|counsell?or|clinician|provider|psychiatrist|prescriber|doctor|nurse|care\s+team|"
    r"case\s+manager)\s+(?:has\s+|had\s+|already\s+)?(?:noted|mentioned|told\s+us|shared|documented|reported|"
    r"let\s+us\s+know|informed\s+us|flagged|asked\s+us|would\s+love|'d\s+love|will\s+(?:call|reach|follow|be\s+in\s+touch))\b"
)
# Two patterns, so that each stays small (compile time in the browser grows with pattern size).
_CONFIRMS = lazy_pattern(lambda: trie(
    [("your", _YOUR_SERVICE), ("your", _CLINICIAN_NOTED), ("you", _YOU_DID),
     ("you", r"(?:'ve|\s+have)\s+been\s+(?:coming|seeing|a\s+(?:client|patient)|in\s+(?:therapy|treatment))\b"),
     ("as your", r"\s+(?:therapist|counsell?or|provider|psychiatrist|doctor|clinician|prescriber|psychologist)\b"),
     ("our", r"\s+(?:last|recent|previous)\s+(?:session|appointment|visit|meeting)\b"),
     ("our", r"\s+(?:session|appointment|visit)\s+(?:today|yesterday|last\s+\w+|this\s+(?:morning|week)|on\s+\w+day)\b"),
     ("you've", r"\s+(?:made|come)\s+(?:so\s+much\s+|such\s+|great\s+|real\s+)?(?:progress|a\s+long\s+way)\b")]
    + [(w, _SINCE) for w in ("since", "after", "when", "before")]
    + [("the", _THIRD), ("this", _THIRD)]
    + [(w, r"\s+(?:missed|no-?showed|cancell?ed|was\s+discharged|were\s+discharged|owes|owe|showed\s+up\s+"
           r"(?:high|drunk|late|intoxicated|under)|stopped\s+(?:coming|attending|taking))\b")
       for w in ("she", "he", "they")]
))
_CONFIRMS_MORE = lazy_pattern(lambda: trie(
    ["working with you", "worked with you", "to work with you", "your time with us", "see you again",
     ("seeing you", r"\s+(?:in|at|each|every|for|these|those|again|next)\b"), ("having you", r"\s+(?:as|in)\b"),
     ("as", r"\s+(?:our|a|an)\s+(?:client|patient)\b"), ("our record", r"s?\s+(?:show|shows|indicate|reflect)"),
     ("the record", r"s?\s+(?:show|shows|indicate|reflect)"), ("per our", r"\s+(?:records|notes|policy)\b"),
     ("our notes", r"\s+(?:say|show|shows|indicate|state|reflect)"), ("our chart", r"s?\s+(?:say|show|shows|indicate)"),
     ("remember", r"\s+(?:you|your)\s+(?:[\w'-]+\s+)?(?:visit|session|appointment|stay|intake|time\s+with\s+us)\b"),
     ("according to our", r"\s+(?:records|notes|files|chart)\b"),
     ("see you", r"\s+(?:at|in|next)\s+(?:your\s+)?(?:next\s+)?(?:session|appointment|visit|week|group)\b"),
     ("get you back", r"\s+(?:in|on\s+the\s+schedule)\b"), ("see you back", r"\b"), ("welcome you back", r"\b"),
     ("as we", r"\s+(?:discussed|talked\s+about|explained|mentioned)\s+(?:in|at|during|with\s+you)\b"),
     ("as i", r"\s+(?:discussed|talked\s+about|explained|mentioned)\s+(?:in|at|during|with\s+you)\b"),
     ("we", r"\s+(?:recommended|prescribed|referred|diagnosed|discharged|treated|adjusted|lowered|raised|"
            r"increased|decreased|changed|stopped)\b"),
     ("is a", r"\s+(?:former|current|past)\s+(?:client|patient)\b"),
     ("was a", r"\s+(?:former|current|past)\s+(?:client|patient)\b"),
     ("sent to collections", r"\b")]
    + [(w, r"(?:r\s+[\w'-]+(?:\s+[\w'-]+)?)?\s+(?:grow|heal|improve|fade|progress|get\s+better|thrive)")
       for w in ("watching you", "watch you", "seeing you", "saw you", "watched you")]
    + [(w, r"\s+your\b") for w in _CHANGED]
    + [(w, r"\s+(?:an?\s+)?(?:honou?r|privilege|joy|pleasure|gift)\s+to\s+(?:work|walk|sit|journey|be)\s+"
           r"(?:with|alongside|beside)\s+you\b")
       for w in ("it was", "it's been", "it has been", "what a", "such a")]
    + [(w, r"\s+(?:alongside|with|beside)\s+you\s+(?:through|in|during)\b") for w in ("walk", "walked", "walking")]
    # you graduated from our IOP / you completed our program
    + [("you", r"\s+(?:[\w'-]+\s+)?(?:graduate|graduated|graduating|finish|finished|finishing|complete|completed|"
               r"completing)\s+(?:from\s+)?our\s+(?:[\w'-]+\s+){0,2}?(?:iop|php|program|group|intensive|"
               r"treatment|sessions?|course\s+of\s+treatment)\b")]
    )
    # the sessions (with Janelle) helped you: one tail after a group of heads
    + r"|(?:sessions?|therapy|treatment|program|medication|meds|counsell?ing|work\s+together|our\s+work)"
      r"(?:\s+(?:with|at)\s+(?:dr\.?\s+)?[\w'-]+)?\s+(?:has\s+|have\s+|is\s+|are\s+|really\s+|truly\s+)?"
      r"(?:helped|helping|helps|worked|working|works)\s+(?:so\s+well\s+)?(?:for\s+)?(?:you|your)\b"
)
# Saying that someone is a patient or client here, with or without a reply: "is a patient of Dr. Shah's".
_IS_CLIENT = lazy_pattern(lambda: 
    r"(?:is|was|'s|has\s+been|are|were)\s+(?:a|an|one\s+of)\s+(?:(?:current|former|longtime|long-time|past|new|"
    r"regular)\s+)?(?:our\s+|my\s+)?(?:patients?|clients?)\s+(?:of\s+(?:dr\b|mine\b|ours\b|our\b|this\b)|here\b|"
    r"at\s+(?:our|this)\b|with\s+(?:us|dr)\b|of\s+[a-z]+'s\b)"
    r"|(?:was|were|has\s+been|have\s+been|is\s+being|is)\s+(?:seen|treated|admitted|discharged|evaluated)\s+"
    r"(?:here|at\s+(?:our|this)|by\s+(?:dr|our|one\s+of\s+our)|in\s+our)\b"
)
_IS_CLIENT_NOT = lazy_pattern(
    r"\b(?:i|i'm|if|whether|when|whoever|anyone|anybody|everyone|every|all|who|not|isn't|wasn't|neither|nor|deny|"
    r"confirm|can't|cannot)\b[^.!?\n]*$"
)
# A condition, not a fact about this person: "if you missed a session, ..."
_WITNESSED = lazy_pattern(r"\b(?:knows?|saw|seen|remembers?|heard|witnessed)\s+(?:that\s+)?$")
_CONDITION_BEFORE = lazy_pattern(r"\b(?:if|whether|unless|in\s+case|anyone\s+who|whoever|when\s+you)\b[^.!?\n]*$")
_DRUGS = [
    "sertraline", "zoloft", "lexapro", "escitalopram", "prozac", "fluoxetine", "wellbutrin", "bupropion",
    "adderall", "ritalin", "lithium", "xanax", "klonopin", "suboxone", "ketamine", "spravato", "lamotrigine",
    "lamictal", "seroquel", "quetiapine", "abilify", "vyvanse", "trazodone",
]
# Clinical content about the person: enough with a review cue or a named addressee.
_CARE_WORDS = (
    r"(?:anxiety|depression|ptsd|ocd|adhd|bipolar|panic(?:\s+attacks?)?|trauma|"
    r"grief|insomnia|eating\s+disorder|addiction|recovery|sobriety|diagnosis|anger(?:\s+issues)?|"
    r"self-harm|drinking|drug\s+use|weight|medications?|meds|prescriptions?|dose|dosage|treatment|"
    r"therapy|therapist|counsell?or|psychiatrist|psychologist|provider|clinician|progress|care|"
    r"divorce|breakup|separation|custody|loss|miscarriage|affair|relapse|insurance|coverage|deductible|"
    r"results|symptoms|marriage|couples\s+(?:therapy|work)|son|daughter|child|husband|wife|"
    r"(?:lab|test|blood)\s+(?:results|work)|medication\s+review|med\s+check|night\s+guard|fillings?|crown|"
    r"implant|root\s+canal|x-?rays|scan|infusion|"
    + "|".join(_DRUGS) + r"|emdr|cbt|dbt)\b"
)
_CARE = lazy_pattern(lambda: 
    r"(?:your|her|his|their)\s+(?!own\b)(?:[\w'-]+\s+){0,2}?" + _CARE_WORDS
    + r"|(?:her|his|their)\s+(?:[\w'-]+\s+){0,2}?(?:sessions?|appointments?|visits?|intake|bill|balance|copay|refill|"
      r"treatment\s+plan|therapist|counsell?or|provider|program|stay)\b|" + trie(
    [("the", r"\s+(?:billing|balance|invoice|copay|co-pay|charges)\b(?!\s+(?:department|office|team|line|questions?|"
               r"policy|policies))"),
       ("wait", r"\s+(?:on|at)\s+(?:the\s+)?\d"), ("booked", r"\s+for\s+(?:the\s+)?\d"),
       ("scheduled", r"\s+for\s+(?:the\s+)?\d"), ("come back in", r"(?!\s+(?:the|a|an|\d))"),
       ("coming back in", r"(?!\s+(?:the|a|an|\d))"),
       ("dr", r"\.?\s+[a-z]+\s+(?:will|can|would|has|is\s+going\s+to)\s+(?:go\s+over|review|see\s+you|call\s+you|"
              r"discuss|follow\s+up)\b"),
       ("those", r"\s+(?:dbt|cbt|emdr|act|exposure|distress\s+tolerance)\s+(?:skills|tools|exercises|strategies)")]
    + _DRUGS + ["antidepressant", "ssri"]
) + r"\b")
_CANT_DISCUSS = lazy_pattern(lambda: 
    r"\b(?:can't|cannot|can\s+not|unable\s+to|not\s+able\s+to|prevents?\s+us\s+from|prohibits?\s+us\s+from|"
    r"won't|will\s+not|do\s+not|don't|never|neither|nor|not|no\s+way\s+to)\s+(?:[\w']+\s+){0,3}?"
    r"(?:discuss|discussing|comment|commenting|confirm|confirming|deny|share|sharing|talk|speak|address|"
    r"disclose|disclosing|respond|reveal|go\s+into|get\s+into)\b"
)


def _segments(post) -> list[tuple[int, int]]:
    """A post is one reply; a long text (an archive of posts) is looked at paragraph by paragraph."""
    text = post.text
    if len(text) <= 1200:
        return [(0, len(text))]
    # str.split finds the same blank lines as a find loop, in C.
    out, start = [], 0
    for part in text.split("\n\n"):
        if part and not part.isspace():
            out.append((start, min(start + len(part), start + 3000)))
        start += len(part) + 2
    return out


def _addressee(post, ps: int) -> str | None:
    """'name' when the reply at ``ps`` opens by addressing one person by name, 'handle' for an @handle."""
    text = post.text
    if _HANDLE_START.match(text, ps):
        return "handle"
    if _ADDRESS_HINT.match(text, ps) is None:
        return None  # cheap check on the folded text before looking for capitals in the original
    original = post.original
    os_ = post.offsets.span(ps, ps + 1)[0] if ps else 0
    m = _NAME_ADDRESS.match(original, os_) or _NAME_LATER.match(original, os_)
    if m and m.group("name").rstrip(".") not in _NOT_ADDRESSEE:
        return "name"
    return None


def _has_reply_cue_words(post, ps: int, pe: int) -> bool:
    """The reply in ``text[ps:pe]`` may have a _REPLY_CUE: the post's word set answers first
    (memoised), so most posts need no look at the window's words."""
    if not gate_open(post, _REPLY_CUE_WORDS, _REPLY_CUE_STEMS):
        return False
    return (ps == 0 and pe == len(post.text)) or window_has(post, ps, pe, _REPLY_CUE_WORDS, _REPLY_CUE_STEMS)


def _reply_kind(post, ps: int, pe: int, opened: bool = True, cued: bool = True) -> str | None:
    """'review' (a review, or one person named), 'comment' (any reply), 'voice' (a practice
    speaking to someone) or None, for the reply in ``text[ps:pe]``.

    An @handle alone makes a comment reply, not a review: advice to a
    commenter ("@sam if the Lexapro...") does not say they are a patient here.
    ``opened=False`` says no _OPENING matches at ``ps`` and ``cued=False`` that
    no reply-cue word is in the reply (see _reply_segments): their checks are skipped.
    """
    text = post.text
    who = _addressee(post, ps) if opened else None
    if who == "name" or (opened and _ANON_START.match(text, ps)):
        return "review"
    replying = (who == "handle" or (opened and _REPLY_START.match(text, ps) is not None)
                or (cued and _has_reply_cue_words(post, ps, pe) and first_word(_REPLY_CUE, text, ps, pe) is not None))
    if not replying:
        if text.find("our ", ps, pe) != -1 and not _PRACTICE_LAST.isdisjoint(word_set(post)) \
                and first_word(_PRACTICE_VOICE, text, ps, pe) is not None \
                and first_word(_SECOND_PERSON, text, ps, pe) is not None:
            return "voice"  # only what "you" did counts
        return None
    return "review" if first_word(_REVIEW_CUE, text, ps, pe) is not None else "comment"


# Any opening _reply_kind looks for at a reply's start (an @handle, a form of
# address, an anonymous addressee, a greeting): one match at each paragraph of
# a long text says which paragraphs have none.
_OPENING = lazy_pattern(lambda: "|".join(p.pattern for p in (_HANDLE_START, _ADDRESS_HINT, _ANON_START,
                                                              _REPLY_START)))


def _reply_segments(post) -> list[tuple[int, int, bool, bool]]:
    """(start, end, opened, cued) of the segments to which _reply_kind may give a kind.

    In a long text most paragraphs open with no form of address (``opened``),
    have no reply cue (``cued``) and no practice speaking ("our" and a
    practice word), so _reply_kind
    would return None: they are dropped after one anchored match and a
    bisect or two.  Every _REPLY_CUE match holds a reply-cue word or stem
    (each cue word in its forms stands between spaces, or at the match's
    start, which is a word start), and every _PRACTICE_VOICE match holds a
    word of _PRACTICE_LAST (its last, after a space, before a boundary).
    """
    segments = _segments(post)
    cues = practice = None
    if len(segments) > 1:
        cues = word_starts(post, _REPLY_CUE_WORDS, _REPLY_CUE_STEMS)
        practice = word_starts(post, _PRACTICE_LAST)
    if cues is None or practice is None:
        return [(ps, pe, True, True) for ps, pe in segments]
    text = post.text
    opening = _OPENING.compiled.match
    out = []
    for ps, pe in segments:
        opened = opening(text, ps) is not None
        cued = any_in(cues, ps, pe)
        if opened or cued or (any_in(practice, ps, pe) and text.find("our ", ps, pe) != -1):
            out.append((ps, pe, opened, cued))
    return out


def review_reply_hits(post) -> list[tuple[int, int]]:
    """Spans of replies that confirm a treatment relationship (memoised; consent uses it too)."""
    return post.memo("review-reply-hits", _find)


_PRONOUN_BEFORE = frozenset("she he they it who that this".split())
_YES = lazy_pattern(r"\b(?:yes|yeah|yep|correct|indeed|confirm|confirmed)\b")
# Confirms a visit by itself, addressed to someone: "as discussed at your last visit".
_DIRECT = lazy_pattern(lambda: trie([(w, r"\s+(?:at|in|during)\s+(?:your|our)\s+(?:last\s+|recent\s+|previous\s+|first\s+)?"
                                         r"(?:visit|session|appointment|check-?up|consult(?:ation)?)\b")
                                    for w in ("as discussed", "as we discussed", "as mentioned", "as we mentioned",
                                              "as agreed", "as we agreed", "as noted")]))
_DIRECT_G = (Gated(_DIRECT, (words("discussed mentioned agreed noted"), words("your our"))),)
_IS_CLIENT_G = (Gated(_IS_CLIENT, (words("patient patients client clients seen treated admitted discharged "
                                         "evaluated"),)),)
_REPLY_G = _IS_CLIENT_G + _DIRECT_G  # scanned in one gate pass


def _find(post) -> list[tuple[int, int]]:
    text = post.text
    out = []
    found = gated_scan(post, _REPLY_G)
    for m in found.get(_IS_CLIENT.pattern, ()):
        s, _ = post.sentence(m.start())
        before = text[s:m.start()]
        if m.group(0).startswith("'s"):
            last = (text[max(s, m.start() - 6):m.start()].split() or [""])[-1]
        else:
            last = (before.split() or [""])[-1]
        if not before.strip() or _IS_CLIENT_NOT.search(before):
            continue
        if last in _PRONOUN_BEFORE and not _YES.search(before):
            continue  # "she's a client of mine, and...": a story (reported as one), unless confirming
        out.append((m.start(), m.end()))
    for m in found.get(_DIRECT.pattern, ()):
        out.append((m.start(), m.end()))
    for ps, pe, opened, cued in _reply_segments(post):
        kind = _reply_kind(post, ps, pe, opened, cued)
        if kind is None:
            continue
        patterns = ((_CONFIRMS, _CONFIRMS_MORE, _CARE) if kind == "review" else
                    (_CONFIRMS,) if kind == "voice" else (_CONFIRMS, _CONFIRMS_MORE))
        for pattern in patterns:
            for m in iter_words(pattern, text, ps, pe):
                s, se = post.sentence(m.start())
                if kind == "voice" and (not m.group(0).startswith(("you ", "you\t", "you\n"))
                                        or text[s:se].rstrip().endswith("?")):
                    continue  # "your first visit", "you missed your appointment?": not about one person
                lo = max(s, m.start() - 60)
                if _CANT_DISCUSS.search(text, lo, m.start()):
                    continue  # "we can't discuss your care here"
                if _CONDITION_BEFORE.search(text, lo, m.start()) \
                        and not _WITNESSED.search(text, max(lo, m.start() - 20), m.start()):
                    continue  # "if you missed a session, ..." (not "anyone who was here knows you...")
                out.append((m.start(), m.end()))
                if len(out) >= MAX_CANDIDATES:
                    return out
    return out


@rule(
    id="privacy/review-reply",
    title="Reply that confirms someone is a client",
    severity="critical",
    flags="A reply to a review or comment (\"thanks for the review\", \"sorry you felt...\") that "
          "mentions the person's diagnosis, medication, sessions, intake, bill or missed appointments, "
          "or otherwise confirms they were treated.",
    why="Confirming that a reviewer is a client is itself a disclosure. US regulators have fined "
        "practices, including a psychiatric practice, for replies to online reviews that revealed "
        "patients' conditions and treatment.",
    example="Thank you, Carla! So glad your panic attacks eased after you started seeing Dr. Ames here.",
    fine="Thank you for your feedback. We can neither confirm nor deny that anyone is a patient here; "
         "please call our office manager so we can talk.",
    instead="Reply with a general, non-confirming message (\"we value all feedback; please call our office "
            "manager\") and take any discussion offline.",
    sources="45 CFR 164.502(a), 164.514(b)(2); HHS OCR: Manasa Health Center (2023), Igbinadolor & "
            "Assoc. (2022), Elite Dental (2019); APA Ethics Code §4.01; ACA Code of Ethics §H.6.d",
    message="This reply to a review or comment confirms that the person was a client or discusses their "
            "care. Even a friendly reply can disclose a treatment relationship.",
)
def detect(post):
    for start, end in review_reply_hits(post):
        yield Hit(start, end)
