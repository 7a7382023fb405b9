"""consent/services-over-social: therapy offered over consumer social or
messaging platforms.

Offering therapy, counseling or sessions through Instagram or TikTok DMs,
comments, WhatsApp, Snapchat or similar, with no sign of an informed-consent
process covering that channel's privacy, record-keeping and emergency limits.
Besides fixed phrasings, a sentence that joins a service ("a mini session",
"check-ins", "like your therapist would"), a consumer channel, payment app or
"no paperwork", and an offer ("I'll", "DM me", "$40") counts, and so does a
priced service delivered in a consumer app ("unlimited voice notes with me over
Instagram DM for $30/week").
Booking links, office phone numbers and statements that DMs are not used
for clinical care are fine.

Sources: APA Ethics Code §10.01 (informed consent to therapy) and §4.02
(discussing the limits of confidentiality, including electronic
transmission); APA Social Media Guideline 2.5; ACA Code of Ethics §H.6.b and
§H.2 (informed consent for distance counselling); NASW/ASWB/CSWE/CSWA
Technology Standards 2.10.
"""


from ...engine.registry import Hit, rule
from ..client_narrative import (
    HINTS_SERVICES, gated_in_windows, gated_words, hint_windows, lazy_pattern, policy_negated, trie,
)
from ..lexicon import Gated, gate_open, gate_passes, window_has, word_set, words

_SERVICE = (
    r"(?:therapy|counsell?ing|psychotherapy|sessions?|coaching\s+sessions?|consultations?|consults?|treatment|"
    r"support\s+sessions?|crisis\s+(?:support|counsell?ing)|emdr|cbt|telehealth|teletherapy|mental\s+health\s+support|"
    r"one-on-one\s+support|1:1\s+support|1:1s?)"
)
_CHANNEL = (
    r"(?:(?:my\s+|the\s+|our\s+)?(?:(?:instagram|insta|ig|facebook|fb|twitter|tiktok|linkedin|x)\s+)?(?:dms?|direct\s+"
    r"messages?|inbox|messenger|comments?(?:\s+section)?|live|lives)|whatsapp(?:\s+(?:video|call|calls|chat|voice))?|"
    r"instagram|insta|tiktok|facebook|snapchat|snap|telegram|discord|twitter|imessage|facetime|kik|wechat|voxer|"
    r"marco\s+polo|groupme|"
    r"(?:voice|text)\s+notes?(?:\s+on\s+whatsapp)?|chat|(?:the\s+)?replies|text(?:\s+messages?)?)"
)
_SERVICE_WORDS = (
    "therapy", "counseling", "counselling", "psychotherapy", "session", "sessions", "coaching session",
    "coaching sessions", "consultation", "consultations", "consult", "consults", "treatment", "support session",
    "support sessions", "crisis support", "crisis counseling", "crisis counselling", "emdr", "cbt", "telehealth",
    "teletherapy", "mental health support", "one-on-one support", "1:1 support", "1:1", "1:1s", "mini-session",
    "mini-sessions", "mini session", "mini sessions",
)
_OVER_CHANNEL = (
    r"(?!\s+(?:tips|content|myths|memes|advice|talk|posts?|videos?|accounts?|influencers?|humou?r|jokes|community|"
    r"culture|speak|trends?|pages?|creators?)\b)\s+(?:[\w'-]+\s+){0,3}?(?:via|over|through|on|in|by|using|inside)\s+"
    + _CHANNEL + r"\b"
)
_ME_FOR = (
    r"\s+me\s+(?:(?:[\w'-]+\s+){0,3}?(?:for|to\s+(?:start|get|have|begin|do|receive))\s+(?:a\s+|your\s+|some\s+|"
    r"free\s+|quick\s+|an?\s+online\s+)*" + r"(?:therapy|counsell?ing|psychotherapy|sessions?|coaching|"
    r"consultations?|consults?|treatment|support|emdr|cbt)\b"
    r"|(?:what|whatever|about\s+(?:what|whatever|anything))\s+(?:you're|you\s+are|your|is|you)\b)"
)
_DO_HERE = (
    r"\s+(?:[\w'-]+\s+){0,3}?(?:therapy|counsell?ing|counsel\s+you|sessions?|support)\s+(?:right\s+)?(?:here\s+)?"
    r"(?:in|via|over|through|on)\s+" + _CHANNEL + r"\b"
)
# One literal-first pattern per form, so each can skip ahead quickly.
_OFFERS = (
    # therapy over WhatsApp / sessions via Instagram DM / counselling in the comments
    lazy_pattern(lambda: trie(_SERVICE_WORDS) + _OVER_CHANNEL),
    # DM me for therapy / WhatsApp me to start counselling / DM me what you're struggling with
    lazy_pattern(lambda: trie(["dm", "dms", "message", "inbox", "whatsapp", "snap", "text"]) + _ME_FOR),
    # I'll do free therapy in the comments / happy to counsel you in DMs
    lazy_pattern(lambda: trie(["i'll", "i will", "i can", "let me", "happy to", "i'm doing", "doing", "offering",
                               "i offer",
                  "we offer", "providing", "available for"]) + _DO_HERE),
    # free therapy session for the first ten who comment, I'll DM you to start (checked for a service word)
    lazy_pattern(lambda: trie(["i'll", "i will", "we'll", "we will"])
                 + r"\s+(?:dm|message|inbox|whatsapp|text)\s+you\b"),
    lazy_pattern(lambda: trie(
        # hop in my DMs for a free mini-session
        [(w, r"\s+(?:for|to\s+(?:start|get|book|have))\s+(?:a\s+|your\s+|some\s+|free\s+|quick\s+)*(?:[\w-]+\s+)?"
             r"(?:therapy|counsell?ing|sessions?|mini-?sessions?|consult(?:ation)?s?|support|help)\b")
         for w in ("my dms", "my dm", "my inbox", "the dms", "my messages")]
        # $25 per message / personalised guidance by DM
        + [("$", r"\s?\d+\s*(?:per|a|/|for\s+(?:a|each|one|every))\s*(?:message|dm|text|voice\s+(?:note|memo)|reply|"
                 r"question|chat)\b"),
           ("personali", r"[sz]ed\s+(?:guidance|advice|support|feedback|help|answers?)\s+(?:via|in|over|through|by)\s+"
                         r"(?:dms?|messages?|whatsapp|text|voice\s+notes?)\b")])),
)
# Each form with the words it cannot match without (the channel a form ends on, "me", "you").
_CHANNEL_WORDS = words("dm dms direct inbox messenger comment comments live lives whatsapp instagram insta tiktok "
                       "facebook snapchat snap telegram discord twitter imessage facetime kik wechat voxer marco "
                       "groupme voice text chat replies")
# The first word of each _SERVICE_WORDS phrase ("1" for "1:1", "mini" for "mini-session"): whitespace
# follows the phrase in the first form, so a match has it whole.
_SERVICE_FIRST = frozenset(w.replace(":", " ").replace("-", " ").split()[0] for w in _SERVICE_WORDS)
_OFFERS_G = tuple(Gated(rx, need) for rx, need in zip(_OFFERS, (
    (_CHANNEL_WORDS, _SERVICE_FIRST),
    (words("dm dms message inbox whatsapp snap text"), words("me")),
    (_CHANNEL_WORDS, words("therapy counseling counselling counsel session sessions support")),  # _DO_HERE's service
    (words("dm message inbox whatsapp text"), words("you")),
    ((words("dms dm inbox messages personalised personalized"), ("$",)),),
)))
# Each of _OFFERS_G needs a word of its first set (the last one: or "$"): a post with none of
# these words and no "$" (most posts) skips the five gates.
_OFFERS_ANY = frozenset().union(*(g.need[0] if g.need[0].__class__ is frozenset else g.need[0][0] for g in _OFFERS_G))
# -- a service, a channel and an offer together ----------------------------------
# The forms above are fixed phrases; these combine signals in one sentence (and a
# short one after it): a service ("a mini session", "check-ins", "like your
# therapist would"), delivered in a consumer channel, offered to the reader.
_SVC = lazy_pattern(lambda: trie([
    "therapy", "counseling", "counselling", "psychotherapy", "session", "sessions", "mini session",
    "mini sessions", "mini-session", "mini-sessions", "check-ins", "check-in", "consult", "consults",
    "consultation", "consultations", "coaching", "treatment", "emdr", "cbt",
    ("personali", r"[sz]ed\s+(?:[\w-]+\s+)?(?:guidance|advice|support|feedback|plans?|answers?)"),
    ("coach", r"\s+you"), ("counsel", r"\s+you"), ("treat", r"\s+you"),
    # grief support via DMs / seeing clients over Snapchat video
    ("grief support", ""), ("mental health support", ""), ("anxiety support", ""),
    ("trauma support", ""), ("one-on-one support", ""), ("1:1 support", ""),
    ("seeing", r"\s+(?:new\s+)?clients"), ("see", r"\s+(?:new\s+)?clients"),
]) + r"\b")
# Something that stands in for a session: "like your therapist would", "like a free mini-session".
_PSEUDO = lazy_pattern(lambda: r"like\s+(?:a|an|your|my)\s+(?:free\s+|real\s+|quick\s+|mini\s+|mini-)*"
                               r"(?:therapist|counsell?or|therapy|session|mini-?session|consult(?:ation)?)\b")
_CHAN = lazy_pattern(lambda: trie([
    "dm", "dms", "direct message", "direct messages", "inbox", "comment", "comments", "the replies", "replies", "chat",
    "messenger", "whatsapp", "telegram", "snapchat", "instagram", "insta", "tiktok", "facebook", "discord",
    "imessage", "facetime", "kik", "wechat", "voxer", "marco polo", "groupme", "text", "texts", "voice note",
    "voice notes", "voice memo",
    "voice memos", "right here", "below",
]) + r"\b")
_DELIVERED = lazy_pattern(lambda: 
    r"\s+(?:[\w'-]+\s+){0,3}?(?:over|via|through|in|on|by|inside|using)\s+(?:my\s+|the\s+|our\s+|your\s+)?"
    r"(?:(?:instagram|insta|ig|facebook|fb|tiktok)\s+)?(?:dms?|direct\s+messages?|inbox|messenger|comments?|replies|"
    r"chat|whatsapp|telegram|snapchat|discord|imessage|facetime|voxer|marco\s+polo|text(?:\s+messages?)?|"
    r"voice\s+(?:notes?|memos?))\b"
    r"|\s+right\s+here\b"
)
# A consumer channel as the way the service is delivered, anywhere in the window ("unlimited voice
# notes with me over Instagram DM"), for a priced offer ("$30/week").
_DELIVERED_ANY = lazy_pattern(lambda:
    r"\b(?:over|via|through|inside|using|on)\s+(?:my\s+|the\s+|our\s+|your\s+)?(?:(?:instagram|insta|ig|facebook|fb|"
    r"tiktok)\s+)?(?:dms?|direct\s+messages?|messenger|whatsapp|telegram|snapchat|discord|imessage|voxer|"
    r"marco\s+polo|voice\s+(?:notes?|memos?))\b"
    r"|\b(?:voice\s+(?:notes?|memos?)|texts|texting|messages|messaging|dms|chats?)\s+with\s+me\b"
)
_SCHEDULING = lazy_pattern(r"\b(?:to\s+(?:schedule|book|reach|contact)|scheduling|booking|questions|inquiries|"
                           r"reach\s+me|contact\s+me)\b")
_PRICE = lazy_pattern(r"\$\s?\d+|\b\d+\s?(?:dollars|bucks|usd)\b")
_PAYMENT = lazy_pattern(r"\b(?:venmo|cash\s?app|paypal|zelle)\b")
_NO_PAPERWORK = lazy_pattern(lambda: 
    r"\b(?:no|without|skip\s+the|zero)\s+(?:[\w-]+\s+)?(?:paperwork|forms|intake|intakes|consent\s+forms?|"
    r"intake\s+forms?|waitlist\s+or\s+forms)\b"
)
_OFFER_NOW = lazy_pattern(lambda: trie([
    "i'll", "i will", "we'll", "we will", "we can", "i can", "let me", "let's", "happy to", "offering", "i offer",
    "we offer", "available", "slide into", "hop in", "dm me", "message me", "text me", "inbox me", "whatsapp me",
    "comment", "drop", "free", "venmo me", "send me", "$", "now", "accepting", "currently",
]) + r"(?![\w'])")
# A negation anywhere in the service's sentence ("therapy isn't available through DMs").
_NEAR_NEG = lazy_pattern(r"\b(?:not|never|isn't|aren't|can't|cannot|won't|don't|doesn't|unable|instead\s+of|"
                         r"rather\s+than)\b|\bno\s+(?!paperwork|forms|intake|waitlist|wait|insurance|judgment)")
_TOPIC_WORD = lazy_pattern(r"\b(?:about|on|of|how|what|why|explaining|myths?|tips?|whether)\s+(?:[\w-]+\s+)?$")
_THANKS = lazy_pattern(r"\b(?:thanks?|thank\s+you|grateful|appreciate)\b")
_HIRING = lazy_pattern(r"\b(?:hiring|job|position|apply|join\s+our\s+team|candidates?|salary|role)\b")
_ASK_SHOULD = lazy_pattern(r"\b(?:should|is\s+it\s+(?:ok|okay|ethical|legal)|can\s+therapists|do\s+you\s+think)\b")


# Every _SVC match has one of these words ("check-ins" by "check", "mini-session" by "mini").
_SVC_G = (
    Gated(_SVC, (words("therapy counseling counselling psychotherapy session sessions mini check consult consults "
                       "consultation consultations coaching treatment emdr cbt personalized personalised coach "
                       "counsel treat grief mental anxiety trauma one 1 seeing see"),)),
    Gated(_PSEUDO, (words("like"), words("therapist counselor counsellor therapy session consult consultation"))),
)


def _window(post, pos: int) -> tuple[int, int]:
    """The sentence at ``pos``, with the next one when it is short ("venmo me $40", "No paperwork needed!")."""
    s, e = post.sentence(pos)
    if e < len(post.text):
        ns, ne = post.sentence(e)
        if ne - ns <= 60:
            e = ne
    return max(s, pos - 300), min(e, pos + 300)  # bounded, whatever the sentence length


# Every span _combined keeps is delivered in a channel (_DELIVERED), priced or paid (_PRICE,
# _PAYMENT), free of paperwork (_NO_PAPERWORK) or a stand-in for a session (_PSEUDO): a post with
# none of their words cannot have one, and the service words (in most posts) are not looked at.
_COMBINED_WORDS = words("dm dms direct inbox messenger comment comments replies chat whatsapp telegram snapchat "
                        "discord imessage facetime voxer marco text voice right venmo cash cashapp paypal zelle "
                        "paperwork forms intake intakes consent waitlist")
_COMBINED_SUBSTRINGS = ("$", "dollars", "bucks", "usd")
# Without delivery in a channel or a stand-in for a session, a span needs a price (a _COMBINED_SUBSTRINGS
# string), a payment app (_PAYMENT) or "no paperwork" (_NO_PAPERWORK): one of these words, whole, in its window.
_PAID_OR_PAPER_WORDS = words("venmo cash cashapp paypal zelle paperwork forms intake intakes consent waitlist")


def _combined(post):
    """Spans where a service, a consumer channel (or payment app, or "no paperwork") and an offer meet."""
    text = post.text
    if not gate_open(post, _COMBINED_WORDS, _COMBINED_SUBSTRINGS) \
            and not gate_passes(_SVC_G[1], word_set(post), text):
        return
    seen_windows = set()
    for m in gated_words(post, _SVC_G)[:50]:
        start = m.start()
        s, e = _window(post, start)
        if (s, e) in seen_windows:
            continue
        pseudo = m.group(0).startswith("like")
        delivered = _DELIVERED.match(text, m.end()) is not None
        if not (delivered or pseudo or window_has(post, s, e, _PAID_OR_PAPER_WORDS, _COMBINED_SUBSTRINGS)):
            continue  # the window has no price, payment app or paperwork: the searches below cannot pass
        channel = _CHAN.search(text, s, e) is not None
        priced = _PRICE.search(text, s, e) is not None \
            and _DELIVERED_ANY.search(text, start, min(e, start + 90)) is not None \
            and _SCHEDULING.search(text, s, e) is None
        paid = priced or _PAYMENT.search(text, s, e) is not None
        no_paper = _NO_PAPERWORK.search(text, s, e) is not None
        if not (delivered or (pseudo and channel) or paid or (no_paper and channel)):
            continue
        if _OFFER_NOW.search(text, s, e) is None and not no_paper and not priced:
            continue
        ss, se = post.sentence(start)
        if _NEAR_NEG.search(text, ss, se) or _TOPIC_WORD.search(text, max(s, start - 30), start) \
                or _THANKS.search(text, ss, start):
            continue  # "we don't do therapy over DMs", "I post about therapy on TikTok"
        if policy_negated(post, start) or _HIRING.search(text, s, e):
            continue
        if "?" in text[s:e] and _ASK_SHOULD.search(text, s, e):
            continue  # "should therapists offer sessions over DM?"
        seen_windows.add((s, e))
        yield start, m.end()


_SERVICE_RE = lazy_pattern(r"\b(?:therapy|counsell?ing|psychotherapy|sessions?|mini-?sessions?|consult(?:ation)?s?|"
                      r"coaching|emdr|cbt)\b")
_TOPIC_BEFORE = lazy_pattern(lambda: r"\b(?:about|of)\s+$")
_OFFER_CUE = lazy_pattern(lambda: 
    r"\b(?:offer|offering|offers|provide|providing|available|book|booking|dm|message|whatsapp\s+me|sign\s+up|"
    r"start|starting|now|do|doing|get|join|accepting|ready|rates?|price|pricing|slots?|spots?|openings?|session|"
    r"sessions|affordable|free|\$\d+|per\s+session|i'll|let\s+me|happy\s+to)\b|\$"
)
_CONSENT_STATED = lazy_pattern(lambda: 
    r"\b(?:informed\s+consent|consent\s+(?:form|process|agreement|document)|social\s+media\s+policy|"
    r"telehealth\s+(?:agreement|consent)|hipaa-?(?:compliant|secure)|secure\s+(?:portal|platform|video)|"
    r"encrypted\s+platform|we\s+(?:discuss|go\s+over|review)\s+(?:the\s+)?(?:risks|privacy|limits))\b"
)
_NOT_HERE = lazy_pattern(lambda: 
    r"\b(?:not|never|no|isn't|aren't|can't|cannot|won't|don't|doesn't|unable)\b[^.!?\n]{0,40}$"
)
_NEG_INSIDE = lazy_pattern(r"n't\b|\b(?:not|never|no)\b")
_SHOULD = lazy_pattern(r"\bshould\b")


@rule(
    id="consent/services-over-social",
    title="Therapy offered over social or messaging apps",
    severity="warning",
    flags="Therapy, counseling or sessions offered through DMs, comments, WhatsApp, Snapchat or similar "
          "consumer platforms, with no mention of an informed-consent process for that channel.",
    why="Consumer platforms keep their own copies of messages, may be read by others on a shared phone, "
        "and are not built for clinical records or emergencies. Clients need to hear those limits and "
        "agree to them before any care happens there.",
    example="Can't afford weekly sessions? I offer affordable therapy over WhatsApp, just message me!",
    fine="Please don't send clinical questions by DM; I don't provide therapy on Instagram. To book, "
         "call the office or use the secure patient portal.",
    instead="Point people to your booking line or secure telehealth platform, and cover the channel's "
            "privacy and emergency limits in your informed-consent process.",
    sources="APA Ethics Code §10.01, §4.02; APA Social Media Guideline 2.5; ACA Code of Ethics §H.2, "
            "§H.6.b; NASW/ASWB/CSWE/CSWA Technology Standards 2.10",
    message="This offers therapy or sessions over a consumer social or messaging platform. Clients need "
            "an informed-consent process covering that channel's privacy and emergency limits first.",
)
def detect(post):
    text = post.text
    found = []
    offers = gated_in_windows(post, _OFFERS_G, hint_windows(post, HINTS_SERVICES, 150)) \
        if gate_open(post, _OFFERS_ANY, ("$",)) else ()
    for m in offers:
        start = m.start()
        if _TOPIC_BEFORE.search(text, max(0, start - 7), start):
            continue  # "I talk about therapy on TikTok"
        s, e = post.sentence(start)
        if m.group(0).endswith(" you") and not _SERVICE_RE.search(text, s, e):
            continue  # "I'll DM you" offers a service only beside one
        if policy_negated(post, start) or _NOT_HERE.search(text, max(s, start - 40), start) \
                or _NEG_INSIDE.search(m.group(0)):
            continue
        if not _OFFER_CUE.search(text, s, e) or "?" in text[s:e] and _SHOULD.search(text, s, e):
            continue
        found.append((start, m.end()))
    found.extend(_combined(post))
    for start, end in found:
        if post.flag("consent-stated", _CONSENT_STATED):
            yield Hit(start, end, severity="info",
                      message="This offers sessions over a social or messaging platform and mentions "
                              "consent or a secure platform. Check that the consent covers this channel's "
                              "privacy and emergency limits.")
        else:
            yield Hit(start, end)
