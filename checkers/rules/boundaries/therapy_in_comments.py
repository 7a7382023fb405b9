"""boundaries/therapy-in-comments: offering care through comments, DMs or messaging apps.

Sources: APA Ethics Code 3.05 (multiple relationships) and 5.04 (media
presentations must not imply a professional relationship); APA Social Media
Guideline 2.4 (avoid contact with clients on social media) and 2.5 (a
social-media policy in informed consent); ACA Code of Ethics H.6.a; NASW,
ASWB, CSWE & CSWA Standards for Technology in Social Work Practice (2017) 2.01.
"""


from ...engine.registry import Hit, rule
from ...engine.lazy import lazy_re
from ..lexicon import Gated, gated_matches, lazy_factored, word_set, words

_PLATFORM = (
    r"(?:instagram|ig|insta|facebook|fb|messenger|facebook\s+messenger|whatsapp|snapchat|snap|tiktok|twitter|x|telegram|"
    r"discord|signal|dms?|direct\s+messages?|private\s+messages?|texts?|texting|sms|imessage|the\s+comments|comments|"
    r"(?:instagram|ig|twitter|tiktok|facebook)\s+dms)"
)

# Platform words: a service "over" social media names one.
_PLATFORM_WORDS = frozenset("""
dm dms pm message messages inbox text texts texting whatsapp snap snapchat email slide comment comments below
instagram ig insta facebook fb messenger tiktok twitter x telegram discord signal direct private sms imessage
""".split())

_SERVICE_WORDS = words("therapy counseling counselling session sessions check checkin checkins coaching support treatment "
                       "consultation consultations text dm whatsapp instagram messenger")
_GATED = (
    # invitations to write in: "DM me", "comment below", "my DMs are open"
    Gated(lazy_factored(
        r"(?P<invite>\b(?:dm|pm|message|inbox|text|whatsapp|snap|email)\s+(?:me|us)\b"
        r"|\bsend\s+(?:me|us)\s+(?:a\s+)?(?:dm|message|pm|text)\b|\bi'?ll\s+dm\s+you\b)"
    ), (words("dm pm message inbox text whatsapp snap email"), words("me us you"))),
    Gated(lazy_factored(
        r"(?P<invite>\bslide\s+into\s+(?:my|our)\s+dms\b|\bmy\s+(?:dms|inbox|messages)\s+(?:are|is)\s+(?:always\s+)?open\b)"
    ), (words("dms inbox messages"),)),
    Gated(lazy_factored(
        r"(?P<invite>\bi\s+(?:answer|reply\s+to|respond\s+to|read)\s+every\s+(?:message|dm|comment)\b)"
    ), (words("message dm comment"), words("every"))),
    Gated(lazy_factored(
        r"(?P<invite>\bcomment\s+(?:below|here|['\"]\w+['\"]|your|with\s+your|what|how|if)"
        r"|\b(?:comment|drop|share|post|put|write)\s+(?:it|them|what|how|an?\s+\S+|your\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+"
        r"(?:[\w'-]+\s+){0,3}?(?:below|in\s+the\s+comments|in\s+my\s+dms|in\s+the\s+replies)\b"
        r"|\b(?:reply|respond)\s+(?:here|below|to\s+this(?:\s+post)?|in\s+the\s+(?:comments|replies))\b)"
    ), (words("comment drop share post put write reply respond"),)),
    Gated(lazy_factored(
        r"(?P<invite>\btell\s+me\s+(?:[\w'-]+\s+){0,4}?(?:below|in\s+the\s+comments|in\s+my\s+dms)\b)"
    ), (words("tell"), words("below comments dms"))),
    Gated(lazy_factored(
        r"(?P<invite>\breach\s+out\s+(?:to\s+me\s+)?(?:in|via|through|by)\s+(?:dms?|messages?|text)\b)"
    ), (words("reach"), words("dm dms message messages text"))),
    # ongoing care in the thread with one person: "report back here and we'll work on the next step"
    Gated(lazy_factored(
        r"(?P<followup>\b(?:report|check|circle|come)\s+back\s+(?:here|below|in\s+(?:this|the)\s+(?:thread|comments|replies|post)|"
        r"tomorrow|tonight|next\s+week|after|and\s+(?:we|i)|with\s+how)"
        r"|\bkeep\s+me\s+(?:posted|updated)\b|\b(?:let\s+me\s+know|tell\s+me)\s+how\s+(?:it|that|this|they|he|she)\s+(?:goes|went)\b"
        r"|\b(?:we'?ll|we\s+will|we\s+can|let'?s)\s+(?:work\s+on|tackle|figure\s+out|go\s+over|add|try)\s+(?:the\s+)?next\s+(?:step|one|piece|skill)"
        r"|\b(?:your|the)\s+homework\s+(?:this|for|until|tonight|is)\b)"
    ), (words("back posted updated know next homework goes went"), words("report check circle come keep let lets we well ll tell homework"))),
    # paid help outside any practice: "quick phone consult about your meds? venmo me $40"
    Gated(lazy_factored(r"(?P<paid>\b(?:venmo|cashapp|cash\s+app|paypal|zelle)\s+me\b)"),
          (words("venmo cashapp cash paypal zelle"),)),
    # services delivered over social or messaging platforms
    Gated(lazy_factored(
        r"(?P<service>\b(?:therapy|counsell?ing|sessions?|check-?ins?|coaching|support\s+sessions?|treatment|consultations?)\s+"
        r"(?:\w+\s+){0,3}?(?:through|via|over|on|in|by)\s+(?:my\s+|our\s+)?" + _PLATFORM + r"\b"
        r"|\b(?:text|dm|whatsapp|instagram|messenger)\s+therapy\b)"
    ), (_PLATFORM_WORDS, _SERVICE_WORDS)),
)
# Each entry above lists its rarest word set first: a post with none of those words can match
# no pattern, and most posts are turned away with one set lookup.
_FIRST_NEEDS = frozenset().union(*(g.need[0] for g in _GATED))

# What makes an invitation into care: distress, or a promise of help.
_HELP = lazy_factored(r"\b(?:struggl\w+|suicid\w*|self-?harm|ending\s+it|end\s+it|want(?:ed)?\s+to\s+die|crisis|dark\s+place|thoughts\s+of|"
    r"panic\w*|depress\w*|anxious|trauma\w*|vent|going\s+through|need\s+(?:to\s+talk|someone|support|help)|hopeless|"
    r"i'?ll\s+(?:help|talk|walk|check\s+in|reply|answer|respond|listen|give|coach|work|be\s+there|get\s+back)|we'?ll\s+(?:work|talk|figure|get)|"
    r"let'?s\s+(?:talk|work|chat)|personali[sz]ed\s+(?:\w+\s+)?(?:guidance|advice|support|plan|program|protocol)|your\s+story|healing|advice|guidance|i'?m\s+here|i've\s+got\s+you|"
    r"you'?re\s+not\s+alone|we\s+start|no\s+need\s+to\s+call|don'?t\s+call|instead|therapist\s+in\s+your\s+pocket|"
    r"work\s+through|talk\s+(?:you\s+)?through|feeling\s+\w+|personally|directly|i\s+answer|tonight|between[- ]sessions?|"
    r"homework|accountab\w+|check[- ]ins?|(?:one|a)\s+(?:win|update)\s+(?:every|each|a)\s+day|"
    r"(?:skip|instead\s+of)\s+the\s+portal|i\s+(?:usually\s+|always\s+)?(?:answer|reply|respond)|tell\s+you\s+(?:exactly\s+)?what\s+to\s+do|"
    r"mini[- ]?sessions?|free\s+(?:session|therapy|advice|coaching)|therapy|counsel\w*|we\s+can\s+(?:do|start|talk|work)|"
    r"i'?ll\s+tell\s+you|symptoms?|diagnos\w*|what'?s\s+(?:going\s+on|wrong))\b"
)
# What makes it ordinary business: booking, hiring, collaborations.
# A plain offer of care, which outweighs booking words nearby ("no forms, no intake").
_OFFER = lazy_factored(
    r"\b(?:suicid\w*|self-?harm|ending\s+it|crisis|die|mini[- ]?sessions?|free\s+(?:session|therapy|counsel\w*)|"
    r"talk\s+you\s+through|i'?ll\s+(?:dm|check|talk|help|walk|answer|reply)|no\s+(?:forms|paperwork|intake))\b"
)
# What is being paid for: care, not a book or a workshop seat.
_CARE = lazy_factored(
    r"\b(?:consult\w*|session|sessions|therapy|counsel\w*|advice|meds|medications?|prescri\w+|dose|diagnos\w*|coaching|check-?ins?)\b"
)
_GENERAL_QA = lazy_re(
    r"\bgeneral\s+(?:info|information|questions?|education)\b|\bfuture\s+(?:post|video|episode)\b|\bnext\s+(?:week'?s\s+)?"
    r"(?:post|video|episode|live|q&a)\b|\bq\s?&\s?a\b|\bama\b|\bnot\s+(?:personal|individual|clinical)\s+advice\b"
)
_BUSINESS = lazy_factored(r"\b(?:book\w*|schedul\w+|appointments?|consult(?:ation)?s?|intake|waitlist|rates?|pricing|availability|details|"
    r"apply|applications?|hiring|job|position|role|resume|cv|collab\w*|partnership|sponsor\w*|media|press|speaking|"
    r"workshop|webinar|order|copy|link|discount\s+code|working\s+together|join\s+(?:my|our)\s+(?:team|practice))\b"
)
_REFUSAL = lazy_factored(r"\b(?:can'?t|cannot|won'?t|don'?t|do\s+not|does\s+not|doesn'?t|never|not|no)\b[^.!?\n]{0,40}?"
    r"\b(?:therapy|counsel\w*|advice|clinical|dms?|messages?|comments|monitor|answer|respond|reply)\b"
)


# Video calls over an app are a platform (consent) question, not care in comments.
_VIDEO_CALL = lazy_re(r"(?:\s+(?:messenger|app|chat))?\s+(?:video|voice\s+calls?|video\s+calls?|calls?|facetime)\b")
# Advice to colleagues about doing it right: "if you're launching text therapy, check the platform ...".
_ADVICE_TO_PEERS = lazy_factored(r"\b(?:if|when|before|psa|thinking\s+(?:of|about)|considering|planning)\b")
# One particular person is being answered.
_ADDRESSEE = lazy_factored(r"@\w|\breplying\s+to\b|\bu/\w|\bwhat\s+you(?:'re|\s+are|'ve|\s+have)?\s+(?:describ|shar|writ|said|wrote|told|post)\w*"
    r"|\byou\s+(?:mentioned|described|said|wrote|shared|posted|told\s+me)\b|\byour\s+(?:comment|post|message|dm|story|question|situation)\b")
# A task set as care: "tonight, try ...", "this week, write down ..."
_CARE_TASK = lazy_factored(r"\b(?:try|tonight|this\s+week|exercises?|skills?|homework|journal\w*|breath\w*|practice\s+(?:it|this|the|that)|"
    r"write\s+down|sit\s+with|notice|track)\b")
_VOCATIVE = lazy_re(r"(?:^|\n)\s*(?:(?:hey|hi|dear|oh)\s+)?([A-Z][a-z]{1,15}),\s")
_NOT_A_NAME = frozenset("""
so well ok okay honestly friends folks guys everyone everybody yes no listen look parents moms dads team hey hi
also and but now today tonight again sorry remember first second real hot quick reminder therapists clients
""".split())


def _addressed_by_name(post) -> bool:
    """Does the post open by addressing someone by name ("Jess, ...")?"""
    m = _VOCATIVE.match(post.original[:40])
    return m is not None and m.group(1).lower() not in _NOT_A_NAME


@rule(
    id="boundaries/therapy-in-comments",
    title="Therapy in comments or DMs",
    severity="warning",
    flags="Inviting people to bring their problems or crises to comments, DMs or messaging apps "
          "(\"DM me and we'll work through it\", \"comment below and I'll reply personally\"), "
          "offering therapy or check-ins over social-media messaging, or paid advice outside the practice "
          "(\"quick consult about your meds? Venmo me\"), and ongoing care with one named commenter in the thread "
          "(\"Jess, try this tonight and report back here\"). Video sessions on an app are a consent matter instead.",
    why="Help given in comments or DMs has no assessment, consent, record or crisis plan, and it can "
        "leave someone in danger waiting for a reply. It also starts a clinical relationship on a "
        "platform that is neither private nor secure.",
    example="Struggling with anxiety? DM me and we'll work through it together.",
    fine="I can't give clinical advice in DMs or comments. For appointments, call the office; in a crisis, call or text 988.",
    instead="Point people to a route with consent and safety built in: the office line, a booking page, "
            "a secure portal, or crisis services (988 in the US, emergency services).",
    sources="APA Ethics Code 3.05, 5.04; APA Social Media Guideline 2.4, 2.5; ACA Code of Ethics H.6.a; "
            "NASW/ASWB/CSWE/CSWA Technology Standards (2017) 2.01",
    message="This offers help through comments, DMs or a messaging app. Care given there has no "
            "assessment, consent, privacy or crisis plan behind it.",
)
def detect(post):
    if _FIRST_NEEDS.isdisjoint(word_set(post)):
        return
    text = post.text
    for m in gated_matches(post, _GATED):
        start, end = m.start(), m.end()
        if post.negated(start, 50):
            continue
        if post.in_quotes(start, end) and not m.group(0).startswith("comment"):
            continue
        if m.lastgroup == "service":
            if _VIDEO_CALL.match(text, end) or _ADVICE_TO_PEERS.search(text, post.sentence(start)[0], start):
                continue  # video sessions on an app are a consent matter; "if you're launching text therapy, check ..."
            yield Hit(start, end)
            continue
        if m.lastgroup == "followup":
            if (_ADDRESSEE.search(text) or _addressed_by_name(post)) and (_CARE_TASK.search(text) or _HELP.search(text)):
                yield Hit(start, end)
            continue
        if m.lastgroup == "paid":
            if _CARE.search(text, max(0, start - 160), min(len(text), end + 80)):
                yield Hit(start, end)
            continue
        s, e = post.sentence(start)
        near = text[max(0, start - 160):min(len(text), end + 160)]
        if _GENERAL_QA.search(text, max(s, start - 80), min(len(text), end + 160)):
            continue  # questions answered in general, in public: "drop it below, I'll answer in a future post"
        if _REFUSAL.search(text, max(s, start - 60), start):
            continue
        if _BUSINESS.search(text, max(s, start - 40), min(e, end + 80)) and not _OFFER.search(near):
            continue
        if _HELP.search(near):
            yield Hit(start, end)
