"""consent/social-media-in-treatment: social media made part of treatment
without a stated policy.

Clients invited to message the therapist on Instagram or WhatsApp between
sessions (or to "skip the portal and DM me"), the therapist following or monitoring clients' accounts, clients
added to a social-media group, or homework posted and tagged, when the post
shows no social-media policy discussed in informed consent.  A stated policy
("I don't connect with clients on social media; this is in my consent form")
is fine.

Sources: APA Social Media Guideline 2.5 (a social-media policy discussed as
part of informed consent) and 2.4; ACA Code of Ethics §H.6.b (explain the
benefits, limits and boundaries of social media in informed consent) and
§H.6.c; NASW/ASWB/CSWE/CSWA Technology Standards 2.10; APA Ethics Code §10.01.
"""


from ...engine.registry import Hit, rule
from ..client_narrative import (
    HINTS_SERVICES, HINTS_TREATMENT, hint_windows, hints, iter_all, lazy_pattern, policy_negated, trie,
)

_APP = (
    r"(?:instagram|insta|ig|facebook|fb|tiktok|twitter|snapchat|snap|whatsapp|telegram|discord|messenger|"
    r"social\s+media|socials|dms?|linkedin)"
)
_REACH_ME = (
    r"\s+(?:can|may|are\s+welcome\s+to|are\s+encouraged\s+to|should|feel\s+free\s+to)\s+(?:always\s+)?"
    r"(?:dm|message|whatsapp|snap|text|reach|contact|tag|ping)\s+(?:me|us)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:on|via|through|over|in)\s+(?:my\s+|our\s+)?" + _APP + r"\b"
)
_CHECK_IN = (
    r"\s+(?:also\s+|regularly\s+|often\s+)?(?:check\s+in|follow\s+up|keep\s+in\s+touch|stay\s+in\s+touch|"
    r"stay\s+connected|chat|message|communicate|do\s+check-?ins)\s+with\s+(?:my\s+|our\s+)?(?:clients|patients)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:on|via|through|over|in)\s+(?:my\s+|our\s+)?" + _APP + r"\b"
    r"|\s+(?:also\s+|always\s+)?(?:follow|monitor|check|watch|keep\s+an\s+eye\s+on|look\s+at|review)\s+"
    r"(?:my\s+|our\s+)?(?:clients'|patients'|clients|patients)\s+(?:[\w'-]+\s+)?(?:instagram|insta|accounts?|"
    r"socials|social\s+media|posts|feeds|stories|tiktoks?|profiles)\b"
)
_GROUP_FOR = (
    r"\s+(?:group|chat|channel|community|server)\s+(?:[\w'-]+\s+){0,2}?(?:for|with)\s+(?:all\s+)?"
    r"(?:my\s+|our\s+|current\s+)?(?:clients|patients|group\s+members|therapy\s+clients)\b"
)
# One literal-first pattern per form, so each can skip ahead quickly.
_IN_TREATMENT = (
    # clients can DM me on Instagram anytime / patients may message me on WhatsApp
    lazy_pattern(lambda: trie(["clients", "patients", "you", "they", "my clients", "our clients", "current clients",
                  "my patients", "our patients"]) + _REACH_ME),
    # clients send me their mood check-ins on WhatsApp
    lazy_pattern(lambda: trie(["clients", "patients", "my clients", "our clients", "my patients", "our patients"])
            + r"\s+(?:can\s+|will\s+|also\s+|all\s+)?(?:send|text|message|dm|email|snap|whatsapp)\s+me\s+"
              r"(?:[\w'-]+\s+){0,4}?(?:on|via|through|over|in)\s+(?:my\s+|our\s+)?" + _APP + r"\b"),
    # I check in with clients over Instagram DMs / I follow my clients' accounts
    lazy_pattern(lambda: r"(?:i|we)(?:" + _CHECK_IN + r")"),
    # a private Facebook group for my clients / added my clients to a WhatsApp group
    lazy_pattern(lambda: trie(["facebook", "whatsapp", "telegram", "discord", "instagram", "fb", "snapchat"])
                 + _GROUP_FOR),
    lazy_pattern(r"add(?:ed|ing)?\s+(?:all\s+)?(?:my\s+|our\s+)?(?:clients|patients)\s+to\s+(?:a|an|our|my|the)\s+"
            r"(?:[\w'-]+\s+)?(?:facebook|whatsapp|telegram|discord|instagram|group\s+chat|snapchat)\b"),
    # homework: post it and tag me
    lazy_pattern(lambda: trie(["homework", "between sessions", "this week"]) + r"[^.!?\n]{0,60}?\b(?:post|share)\s+"
            r"(?:it|them|your\s+\w+)\s+(?:[\w'-]+\s+){0,3}?(?:and\s+)?tag\s+me\b"),
    # message me about anything, 24/7 / get my personal WhatsApp
    lazy_pattern(lambda: trie(["message", "text", "dm", "whatsapp", "snap", "ping"]) + r"\s+me\s+(?:[\w'-]+\s+){0,3}?"
            r"(?:anytime|any\s+time|24/7|day\s+or\s+night|about\s+anything|whenever)\b"),
    # DM me here between sessions / skip the portal and just message me
    lazy_pattern(lambda: trie(["dm", "message", "text", "whatsapp", "snap", "ping", "inbox", "snapchat"])
                 + r"\s+me\s+(?:[\w'-]+\s+){0,4}?between\s+(?:sessions|appointments|visits)\b"),
    lazy_pattern(r"skip\s+the\s+(?:patient\s+|client\s+)?portal\b[^.!?\n]{0,40}?\b(?:dm|message|text|whatsapp|snap|"
                 r"ping)\s+me\b"),
    lazy_pattern(lambda: trie(["get", "gets", "have", "has", "access to"])
                 + r"\s+my\s+(?:personal\s+|private\s+)(?:whatsapp|number|"
            r"cell|phone|dms|snapchat|telegram|instagram)\b"),
)
_POLICY_STATED = lazy_pattern(lambda: 
    r"\b(?:social\s+media\s+policy|informed\s+consent|consent\s+(?:form|process|agreement|document)|"
    r"we\s+(?:discuss|go\s+over|review|talk\s+about)\s+(?:this|it|these|my\s+policy)\s+(?:at|during|in)\s+"
    r"(?:intake|the\s+first\s+session|our\s+first\s+session)|(?:written|signed)\s+(?:policy|agreement))\b"
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
    if not hints(post) & HINTS_TREATMENT:
        return
    for m in iter_all(_IN_TREATMENT, text, hint_windows(post, HINTS_TREATMENT | HINTS_SERVICES, 150)):
        if policy_negated(post, m.start()) or post.negated(m.start(), 30):
            continue
        if post.flag("sm-policy-stated", _POLICY_STATED):
            yield Hit(m.start(), m.end(), severity="info",
                      message="This makes social media part of treatment and mentions a policy or "
                              "consent. Check that the policy covers this use.")
        else:
            yield Hit(m.start(), m.end())
