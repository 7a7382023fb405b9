"""boundaries/therapy-in-comments: offering care through comments, DMs or messaging apps.

Sources: APA Ethics Code 3.05 (multiple relationships) and 5.04 (media
presentations must not imply a professional relationship); APA Social Media
Guideline 2.4 (avoid contact with clients on social media) and 2.5 (a
social-media policy in informed consent); ACA Code of Ethics H.6.a; NASW,
ASWB, CSWE & CSWA Standards for Technology in Social Work Practice (2017) 2.01.
"""

import re

from ...engine.registry import Hit, rule
from ...engine.lazy import lazy_re
from ..lexicon import Gated, gated_matches, lazy_factored, words

_PLATFORM = (
    r"(?:instagram|ig|insta|facebook|fb|messenger|facebook\s+messenger|whatsapp|snapchat|snap|tiktok|twitter|x|telegram|"
    r"discord|signal|dms?|direct\s+messages?|private\s+messages?|texts?|texting|sms|imessage|the\s+comments|comments|"
    r"(?:instagram|ig|twitter|tiktok|facebook)\s+dms)"
)

# Platform words: a service "over" social media names one.
TRIGGERS = frozenset("""
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
    ), (words("every"), words("message dm comment"))),
    Gated(lazy_factored(
        r"(?P<invite>\bcomment\s+(?:below|here|['\"]\w+['\"])"
        r"|\b(?:comment|drop|share|post|put|write)\s+(?:it|them|what|how|your\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:[\w'-]+\s+){0,3}?"
        r"(?:below|in\s+the\s+comments|in\s+my\s+dms)\b)"
    ), (words("comment drop share post put write"),)),
    Gated(lazy_factored(
        r"(?P<invite>\btell\s+me\s+(?:[\w'-]+\s+){0,4}?(?:below|in\s+the\s+comments|in\s+my\s+dms)\b)"
    ), (words("tell"), words("below comments dms"))),
    Gated(lazy_factored(
        r"(?P<invite>\breach\s+out\s+(?:to\s+me\s+)?(?:in|via|through|by)\s+(?:dms?|messages?|text)\b)"
    ), (words("reach"), words("dm dms message messages text"))),
    # services delivered over social or messaging platforms
    Gated(lazy_factored(
        r"(?P<service>\b(?:therapy|counsell?ing|sessions?|check-?ins?|coaching|support\s+sessions?|treatment|consultations?)\s+"
        r"(?:\w+\s+){0,3}?(?:through|via|over|on|in|by)\s+(?:my\s+|our\s+)?" + _PLATFORM + r"\b"
        r"|\b(?:text|dm|whatsapp|instagram|messenger)\s+therapy\b)"
    ), (_SERVICE_WORDS, TRIGGERS)),
)

# What makes an invitation into care: distress, or a promise of help.
_HELP = lazy_re(r"\b(?:struggl\w+|suicid\w*|self-?harm|ending\s+it|end\s+it|want(?:ed)?\s+to\s+die|crisis|dark\s+place|thoughts\s+of|"
    r"panic\w*|depress\w*|anxious|trauma\w*|vent|going\s+through|need\s+(?:to\s+talk|someone|support|help)|hopeless|"
    r"i'?ll\s+(?:help|talk|walk|check\s+in|reply|answer|respond|listen|give|coach|work|be\s+there|get\s+back)|we'?ll\s+(?:work|talk|figure|get)|"
    r"let'?s\s+(?:talk|work|chat)|personali[sz]ed\s+(?:guidance|advice|support|plan)|advice|guidance|i'?m\s+here|i've\s+got\s+you|"
    r"you'?re\s+not\s+alone|we\s+start|no\s+need\s+to\s+call|don'?t\s+call|instead|therapist\s+in\s+your\s+pocket|"
    r"work\s+through|talk\s+(?:you\s+)?through|feeling\s+\w+|personally|directly|i\s+answer|tonight|between\s+sessions|"
    r"(?:skip|instead\s+of)\s+the\s+portal|i\s+(?:usually\s+|always\s+)?(?:answer|reply|respond)|tell\s+you\s+(?:exactly\s+)?what\s+to\s+do|"
    r"mini-?sessions?|free\s+(?:session|therapy|advice|coaching)|therapy|counsel\w*|we\s+can\s+(?:do|start|talk|work))\b"
)
# What makes it ordinary business: booking, hiring, collaborations.
_BUSINESS = lazy_re(r"\b(?:book\w*|schedul\w+|appointments?|consult(?:ation)?s?|intake|waitlist|rates?|pricing|availability|details|"
    r"apply|applications?|hiring|job|position|role|resume|cv|collab\w*|partnership|sponsor\w*|media|press|speaking|"
    r"workshop|webinar|order|copy|link|discount\s+code|working\s+together|join\s+(?:my|our)\s+(?:team|practice))\b"
)
_REFUSAL = lazy_re(r"\b(?:can'?t|cannot|won'?t|don'?t|do\s+not|does\s+not|doesn'?t|never|not|no)\b[^.!?\n]{0,40}?"
    r"\b(?:therapy|counsel\w*|advice|clinical|dms?|messages?|comments|monitor|answer|respond|reply)\b"
)


@rule(
    id="boundaries/therapy-in-comments",
    title="Therapy in comments or DMs",
    severity="warning",
    flags="Inviting people to bring their problems or crises to comments, DMs or messaging apps "
          "(\"DM me and we'll work through it\", \"comment below and I'll reply personally\"), or "
          "offering therapy or check-ins over social-media messaging.",
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
    text = post.text
    for m in gated_matches(post, _GATED):
        start, end = m.start(), m.end()
        if post.negated(start, 50):
            continue
        if post.in_quotes(start, end) and not m.group(0).startswith("comment"):
            continue
        if m.lastgroup == "service":
            yield Hit(start, end)
            continue
        s, e = post.sentence(start)
        near = text[max(0, start - 160):min(len(text), end + 160)]
        if _REFUSAL.search(text, max(s, start - 60), start):
            continue
        if _BUSINESS.search(text, max(s, start - 40), min(e, end + 80)) and not re.search(
                r"\b(?:suicid\w*|self-?harm|ending\s+it|crisis|die)\b", near):
            continue
        if _HELP.search(near):
            yield Hit(start, end)
