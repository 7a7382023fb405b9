"""consent/social-media-in-treatment: social media made part of treatment
without a stated policy.

Clients invited to message the therapist on Instagram or WhatsApp between
sessions, the therapist following or monitoring clients' accounts, clients
added to a social-media group, or homework posted and tagged, when the post
shows no social-media policy discussed in informed consent.  A stated policy
("I don't connect with clients on social media; this is in my consent form")
is fine.

Sources: APA Social Media Guideline 2.5 (a social-media policy discussed as
part of informed consent) and 2.4; ACA Code of Ethics §H.6.b (explain the
benefits, limits and boundaries of social media in informed consent) and
§H.6.c; NASW/ASWB/CSWE/CSWA Technology Standards 2.10; APA Ethics Code §10.01.
"""

import re

from ...engine.registry import Hit, rule
from ..client_narrative import policy_negated

_APP = (
    r"(?:instagram|insta|ig|facebook|fb|tiktok|twitter|snapchat|snap|whatsapp|telegram|discord|messenger|"
    r"social\s+media|socials|dms?|linkedin)"
)
_IN_TREATMENT = re.compile(
    # clients can DM me on Instagram anytime / patients may message me on WhatsApp between sessions
    r"\b(?:my\s+|our\s+|current\s+)?(?:clients|patients|you)\s+(?:can|may|are\s+welcome\s+to|are\s+encouraged\s+to|"
    r"should|feel\s+free\s+to)\s+(?:always\s+)?(?:dm|message|whatsapp|snap|text|reach|contact|tag|ping)\s+(?:me|us)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:on|via|through|over|in)\s+(?:my\s+|our\s+)?" + _APP + r"\b"
    # I check in with clients over Instagram DMs between sessions
    r"|\b(?:i|we)\s+(?:also\s+|regularly\s+|often\s+)?(?:check\s+in|follow\s+up|keep\s+in\s+touch|stay\s+in\s+touch|"
    r"stay\s+connected|chat|message|communicate|do\s+check-?ins)\s+with\s+(?:my\s+|our\s+)?(?:clients|patients)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:on|via|through|over|in)\s+(?:my\s+|our\s+)?" + _APP + r"\b"
    # I follow my clients' accounts to see how they are doing
    r"|\b(?:i|we)\s+(?:also\s+|always\s+)?(?:follow|monitor|check|watch|keep\s+an\s+eye\s+on|look\s+at|review)\s+"
    r"(?:my\s+|our\s+)?(?:clients'|patients'|clients|patients)\s+(?:[\w'-]+\s+)?(?:instagram|insta|accounts?|socials|"
    r"social\s+media|posts|feeds|stories|tiktoks?|profiles)\b"
    # a private Facebook group for my clients
    r"|\b(?:private\s+|closed\s+|secret\s+)?(?:facebook|whatsapp|telegram|discord|instagram|fb|snapchat)\s+(?:group|"
    r"chat|channel|community|server)\s+(?:[\w'-]+\s+){0,2}?(?:for|with)\s+(?:all\s+)?(?:my\s+|our\s+|current\s+)?"
    r"(?:clients|patients|group\s+members|therapy\s+clients)\b"
    r"|\badd(?:ed|ing)?\s+(?:all\s+)?(?:my\s+|our\s+)?(?:clients|patients)\s+to\s+(?:a|an|our|my|the)\s+(?:[\w'-]+\s+)?"
    r"(?:facebook|whatsapp|telegram|discord|instagram|group\s+chat|snapchat)\b"
    # message me about anything, 24/7 / get my personal WhatsApp
    r"|\b(?:message|text|dm|whatsapp|snap|ping)\s+me\s+(?:[\w'-]+\s+){0,3}?(?:anytime|any\s+time|24/7|day\s+or\s+"
    r"night|about\s+anything|whenever)\b"
    r"|\b(?:get|gets|have|has|access\s+to)\s+my\s+(?:personal\s+|private\s+)(?:whatsapp|number|cell|phone|dms|"
    r"snapchat|telegram|instagram)\b"
    # homework: post it and tag me
    r"|\b(?:homework|between\s+sessions|this\s+week)[^.!?\n]{0,60}?\b(?:post|share)\s+(?:it|them|your\s+\w+)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:and\s+)?tag\s+me\b"
)
_POLICY_STATED = re.compile(
    r"\b(?:social\s+media\s+policy|informed\s+consent|consent\s+(?:form|process|agreement|document)|"
    r"we\s+(?:discuss|go\s+over|review|talk\s+about)\s+(?:this|it|these|my\s+policy)\s+(?:at|during|in)\s+"
    r"(?:intake|the\s+first\s+session|our\s+first\s+session)|(?:written|signed)\s+(?:policy|agreement))\b"
)


_CONTEXT = re.compile(
    r"\b(?:clients?|patients?|homework|sessions?|therapist|therapy|counsell?(?:ing|or)|patrons?|subscribers?|"
    r"tier|members?|caseload)\b"
)


@rule(
    id="consent/social-media-in-treatment",
    title="Social media as part of treatment, with no stated policy",
    severity="warning",
    flags="Clients invited to message the therapist on social media or messaging apps between sessions, "
          "the therapist following or monitoring clients' accounts, or clients added to social-media "
          "groups, with no social-media policy mentioned.",
    why="When social media becomes part of care, clients need to know in advance what is private, what "
        "is kept, how fast you answer and what happens in an emergency. That belongs in a written policy "
        "discussed at informed consent.",
    example="My clients can DM me on Instagram anytime between sessions, I always answer!",
    fine="I don't connect with current or former clients on social media; this is explained in my "
         "informed consent form.",
    instead="Write a social-media policy, go through it at intake, and keep clinical contact to the "
            "channels it names.",
    sources="APA Social Media Guideline 2.4, 2.5; ACA Code of Ethics §H.6.b, §H.6.c; "
            "NASW/ASWB/CSWE/CSWA Technology Standards 2.10; APA Ethics Code §10.01",
    message="This makes social media or a messaging app part of treatment, and the post shows no "
            "social-media policy agreed at informed consent.",
)
def detect(post):
    text = post.text
    if not post.flag("smt-context", _CONTEXT):
        return
    stated = post.flag("sm-policy-stated", _POLICY_STATED)
    for m in _IN_TREATMENT.finditer(text):
        if policy_negated(post, m.start()) or post.negated(m.start(), 30):
            continue
        if stated:
            yield Hit(m.start(), m.end(), severity="info",
                      message="This makes social media part of treatment and mentions a policy or "
                              "consent. Check that the policy covers this use.")
        else:
            yield Hit(m.start(), m.end())
