"""consent/social-media-in-treatment: social media made part of treatment
without a stated policy.

Clients invited to message the therapist on Instagram or WhatsApp between
sessions (or to "skip the portal and DM me"), the therapist following or monitoring clients' accounts, clients
added to a social-media group, or homework posted and tagged, when the post
shows no social-media policy discussed in informed consent.  Besides fixed
phrasings, a consumer app ("Voxer", "WhatsApp group chats", "Snap me"), a sign
of treatment ("between sessions", "homework", "our teen clients") and the author
doing or inviting it ("I tell everyone to voice-memo me", "we've started
running") within a sentence or two count.  A stated policy ("I don't connect
with clients on social media; this is in my consent form") is fine, and so is
advice on doing it properly ("get a BAA, put it in your written policy").  A
personal phone number for texting is a boundaries matter, not this rule's.

Sources: APA Social Media Guideline 2.5 (a social-media policy discussed as
part of informed consent) and 2.4; ACA Code of Ethics §H.6.b (explain the
benefits, limits and boundaries of social media in informed consent) and
§H.6.c; NASW/ASWB/CSWE/CSWA Technology Standards 2.10; APA Ethics Code §10.01.
"""


from ...engine.registry import Hit, rule
from ..client_narrative import (
    HINTS_SERVICES, HINTS_TREATMENT, gated_in_windows, gated_words, hint_windows, hints, lazy_pattern, policy_negated,
    trie,
)
from ..lexicon import Gated, words

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
    lazy_pattern(lambda: trie(["message", "dm", "whatsapp", "snap", "ping", "voxer"]) + r"\s+me\s+(?:[\w'-]+\s+){0,3}?"
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
# Each form with the words it cannot match without: on most posts none of the forms can
# match, and iter_all then runs no pattern at all.
_APP_WORDS = words("instagram insta ig facebook fb tiktok twitter snapchat snap whatsapp telegram discord messenger "
                   "social socials dm dms linkedin")
_CLIENTS_WORDS = words("clients patients")
_IN_TREATMENT_G = tuple(Gated(rx, need) for rx, need in zip(_IN_TREATMENT, (
    (_APP_WORDS, words("me us")),
    (_APP_WORDS, _CLIENTS_WORDS, words("me")),
    (_CLIENTS_WORDS, _APP_WORDS | words("account accounts posts feeds stories tiktoks profiles")),
    (words("facebook whatsapp telegram discord instagram fb snapchat"), _CLIENTS_WORDS | words("members")),
    (words("add added adding"), _CLIENTS_WORDS),
    (words("tag"), words("me")),
    (words("me"), words("anytime any 24 day anything whenever")),
    (words("me"), words("between")),
    (words("skip"), words("portal")),
    (words("my"), words("personal private")),
)))


# -- a consumer app, treatment and the author's practice together ---------------------
# Beyond the fixed forms above: a consumer messaging or social app ("Voxer", "WhatsApp group chats",
# "Snap me"), treatment ("between sessions", "homework", "with my teen clients") and the author doing
# it or inviting it ("I tell everyone to voice-memo me", "we've started running", "anyone else doing")
# within a sentence or two.
_APP_USE = lazy_pattern(lambda: trie([
    "whatsapp", "voxer", "marco polo", "snapchat", "telegram", "discord", "groupme", "messenger", "instagram",
    "insta", "facebook", "tiktok", "imessage", "wechat", "kik", "group chat", "group chats", "dms", "dm",
    "voice memo", "voice memos", "voice note", "voice notes",
    ("snap", r"\s+(?:me|us|streaks?)"), ("voice", r"[- ](?:memo|note)\s+(?:me|us)"),
]) + r"\b")
_APP_USE_G = (Gated(_APP_USE, (words("whatsapp voxer marco snapchat telegram discord groupme messenger instagram "
                                     "insta facebook tiktok imessage wechat kik group dms dm voice snap"),)),)
_IN_CARE = lazy_pattern(
    r"\bbetween[- ](?:sessions?|appointments|visits)\b|\bhomework\b|\btreatment\s+plan\b|\b(?:my|our|with|for)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:clients|patients|caseload|alumni|graduates|residents|group\s+members)\b"
    r"|\btherapy\s+clients\b"
)
_DOING = lazy_pattern(
    r"\b(?:i|we)(?:'ve|'m|'re|'ll|\s+have|\s+am|\s+are)?\s+(?:[\w']+\s+){0,2}?(?:do|use|using|run|running|started|"
    r"doing|tell|ask|have|let|send|encourage|invite|check|added|set|created|offer|offering|love|keep|follow|"
    r"friend|chat|text|message|reply|respond)\b"
    r"|\b(?:snap|dm|message|ping|voice[- ]?memo|voice[- ]?note|whatsapp|voxer|inbox)\s+me\b"
    r"|\banyone\s+else\s+(?:doing|using|running|on)\b|\bfor\s+between[- ]session\b"
)
_ADVICE = lazy_pattern(
    r"\b(?:should|shouldn't|is\s+it\s+(?:ok|okay|ethical|legal|allowed)|if\s+you|make\s+sure|before\s+you|psa|"
    r"baa|business\s+associate|hipaa|encrypted|secure|aren't\s+the|isn't\s+the|not\s+the\s+(?:tool|place|way))\b"
)
_NOT_DOING = lazy_pattern(
    r"\b(?:i|we)\s+(?:say|tell\s+them|explain)\s+(?:no|why\s+not)\b|\b(?:don't|do\s+not|never|won't|can't|cannot)\s+"
    r"(?:[\w']+\s+){0,3}?(?:use|do|text|message|dm|follow|connect|answer|respond|accept|add)\b"
    r"|\b(?:staff|team|colleagues|coworkers|co-workers|supervisees|interns)\b"
)
# Reaching the therapist to book is not treatment ("reach me on WhatsApp to schedule").
_BOOKING = lazy_pattern(r"\b(?:to\s+(?:schedule|book|reschedule)|scheduling|booking|for\s+appointments)\b")
_POLICY_NEG = lazy_pattern(r"\b(?:no|without|don't\s+have\s+a|haven't|not\s+yet)\s+(?:[\w-]+\s+)?(?:policy|agreement|consent)")
_POLICY_WORDS = ("policy", "agreement", "consent")  # every _POLICY_NEG match ends on one
_POLICY_NEG_REACH = 200  # characters before that word where a match may start (its head, spaces and a word)


def _policy_missing(post) -> bool:
    """_POLICY_NEG anywhere in the post ("no social media policy").

    Looked for just before each occurrence of the word it ends on: a whole-text scan of its
    \\b-led heads tries every position (~3.5 ms per 100 KB), these words occur a few times.
    """
    text = post.text
    for word in _POLICY_WORDS:
        i = text.find(word)
        while i != -1:
            if _POLICY_NEG.search(text, max(0, i - _POLICY_NEG_REACH), i + len(word)):
                return True
            i = text.find(word, i + 1)
    return False


def _combined(post):
    """Spans where a consumer app, treatment and the author's practice meet (see the comment above)."""
    text = post.text
    out = []
    for m in gated_words(post, _APP_USE_G)[:30]:
        s, e = post.sentence(m.start())
        ws = post.sentence(s - 1)[0] if s > 0 else s
        we = post.sentence(e)[1] if e < len(text) else e
        lo, hi = max(0, m.start() - 300), m.end() + 300  # bounded, whatever the sentence length
        s, e, ws, we = max(s, lo), min(e, hi), max(ws, lo), min(we, hi)
        if not _IN_CARE.search(text, ws, we) or not _DOING.search(text, ws, we):
            continue
        if _ADVICE.search(text, s, e) or policy_negated(post, m.start()) or post.negated(m.start(), 40) \
                or _NOT_DOING.search(text, ws, we):
            continue
        out.append(m)
    return out


_POLICY_STATED = lazy_pattern(lambda: 
    r"\b(?:social\s+media\s+policy|informed\s+consent|consent\s+(?:form|process|agreement|document)|"
    r"we\s+(?:discuss|go\s+over|review|talk\s+about)\s+(?:this|it|these|my\s+policy)\s+(?:at|during|in)\s+"
    r"(?:intake|the\s+first\s+session|our\s+first\s+session)|(?:written|signed)\s+(?:policy|agreement))\b"
)


@rule(
    id="consent/social-media-in-treatment",
    title="Social media as part of treatment, with no stated policy",
    severity="warning",
    flags="Clients invited to message the therapist on social media or messaging apps between sessions "
          "(WhatsApp, Voxer, Snapchat, group chats, voice memos), the therapist following or monitoring "
          "clients' accounts, or clients added to social-media groups, with no social-media policy mentioned.",
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
    windows = hint_windows(post, HINTS_TREATMENT | HINTS_SERVICES, 150)
    found = [m for m in gated_in_windows(post, _IN_TREATMENT_G, windows)
             if not (policy_negated(post, m.start()) or post.negated(m.start(), 30)
                     or _BOOKING.search(text, *post.sentence(m.start())))]
    found += _combined(post)
    if not found:
        return
    policy = post.flag("sm-policy-stated", _POLICY_STATED) and not post.memo("sm-policy-missing", _policy_missing)
    for m in found:
        if policy:
            yield Hit(m.start(), m.end(), severity="info",
                      message="This makes social media part of treatment and mentions a policy or "
                              "consent. Check that the policy covers this use.")
        else:
            yield Hit(m.start(), m.end())
