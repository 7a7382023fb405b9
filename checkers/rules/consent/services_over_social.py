"""consent/services-over-social: therapy offered over consumer social or
messaging platforms.

Offering therapy, counselling or sessions through Instagram or TikTok DMs,
comments, WhatsApp, Snapchat or similar, with no sign of an informed-consent
process covering that channel's privacy, record-keeping and emergency limits.
Booking links, office phone numbers and statements that DMs are not used
for clinical care are fine.

Sources: APA Ethics Code §10.01 (informed consent to therapy) and §4.02
(discussing the limits of confidentiality, including electronic
transmission); APA Social Media Guideline 2.5; ACA Code of Ethics §H.6.b and
§H.2 (informed consent for distance counselling); NASW/ASWB/CSWE/CSWA
Technology Standards 2.10.
"""

import re

from ...engine.registry import Hit, rule
from ..client_narrative import policy_negated

_SERVICE = (
    r"(?:therapy|counsell?ing|psychotherapy|sessions?|coaching\s+sessions?|consultations?|consults?|treatment|"
    r"support\s+sessions?|crisis\s+(?:support|counsell?ing)|emdr|cbt|telehealth|teletherapy|mental\s+health\s+support|"
    r"one-on-one\s+support|1:1\s+support|1:1s?)"
)
_CHANNEL = (
    r"(?:(?:my\s+|the\s+|our\s+)?(?:(?:instagram|insta|ig|facebook|fb|twitter|tiktok|linkedin|x)\s+)?(?:dms?|direct\s+"
    r"messages?|inbox|messenger|comments?(?:\s+section)?|live|lives)|whatsapp(?:\s+(?:video|call|calls|chat|voice))?|"
    r"instagram|insta|tiktok|facebook|snapchat|snap|telegram|discord|twitter|imessage|facetime|kik|wechat|"
    r"(?:voice|text)\s+notes?\s+on\s+whatsapp)"
)
_OFFER = re.compile(
    # therapy over WhatsApp / sessions via Instagram DM / counselling in the comments
    r"(?<!about\s)(?<!of\s)\b" + _SERVICE + r"(?!\s+(?:tips|content|myths|memes|advice|talk|posts?|videos?|accounts?|"
    r"influencers?|humou?r|jokes|community|culture|speak|trends?|pages?|creators?)\b)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:via|over|through|on|in|by|using|inside)\s+" + _CHANNEL + r"\b"
    # DM me for therapy / WhatsApp me to start counselling
    r"|\b(?:dm|dms|message|inbox|whatsapp|snap|text)\s+me\s+(?:[\w'-]+\s+){0,3}?(?:for|to\s+(?:start|get|have|begin|"
    r"do|receive))\s+(?:a\s+|your\s+|some\s+|free\s+|quick\s+|an?\s+online\s+)*" + _SERVICE + r"\b"
    # I'll do free therapy in the comments / happy to counsel you in DMs
    r"|\b(?:i'll|i\s+will|i\s+can|let\s+me|happy\s+to|i'm\s+doing|doing|offering|i\s+offer|we\s+offer|providing|"
    r"available\s+for)\s+(?:[\w'-]+\s+){0,3}?(?:therapy|counsell?ing|counsel\s+you|sessions?|support)\s+"
    r"(?:right\s+)?(?:here\s+)?(?:in|via|over|through|on)\s+" + _CHANNEL + r"\b"
    # DM me what you're struggling with / $25 per message / personalised guidance by DM
    r"|\b(?:dm|message|inbox|whatsapp|snap)\s+me\s+(?:what|whatever|about\s+(?:what|whatever|anything))\s+"
    r"(?:you're|you\s+are|your|is|you)\b"
    r"|\$\s?\d+\s*(?:per|a|/|for\s+(?:a|each|one|every))\s*(?:message|dm|text|voice\s+(?:note|memo)|reply|question|chat)\b"
    r"|\bpersonali[sz]ed\s+(?:guidance|advice|support|feedback|help|answers?)\s+(?:via|in|over|through|by)\s+"
    r"(?:dms?|messages?|whatsapp|text|voice\s+notes?)\b"
)
_OFFER_CUE = re.compile(
    r"\b(?:offer|offering|offers|provide|providing|available|book|booking|dm|message|whatsapp\s+me|sign\s+up|"
    r"start|starting|now|do|doing|get|join|accepting|ready|rates?|price|pricing|slots?|spots?|openings?|session|"
    r"sessions|affordable|free|\$\d+|per\s+session|i'll|let\s+me|happy\s+to)\b|\$"
)
_CONSENT_STATED = re.compile(
    r"\b(?:informed\s+consent|consent\s+(?:form|process|agreement|document)|social\s+media\s+policy|"
    r"telehealth\s+(?:agreement|consent)|hipaa-?(?:compliant|secure)|secure\s+(?:portal|platform|video)|"
    r"encrypted\s+platform|we\s+(?:discuss|go\s+over|review)\s+(?:the\s+)?(?:risks|privacy|limits))\b"
)
_NOT_HERE = re.compile(
    r"\b(?:not|never|no|isn't|aren't|can't|cannot|won't|don't|doesn't|unable)\b[^.!?\n]{0,40}$"
)


@rule(
    id="consent/services-over-social",
    title="Therapy offered over social or messaging apps",
    severity="warning",
    flags="Therapy, counselling or sessions offered through DMs, comments, WhatsApp, Snapchat or similar "
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
    if not any(w in text for w in ("dm", "whatsapp", "comment", "instagram", "insta", "tiktok", "facebook",
                                    "snap", "telegram", "discord", "twitter", "message", "inbox", "live",
                                    "facetime", "kik", "wechat", "ig ", "fb ", "text me")):
        return
    stated = post.flag("consent-stated", _CONSENT_STATED)
    for m in _OFFER.finditer(text):
        start = m.start()
        s, e = post.sentence(start)
        if policy_negated(post, start) or _NOT_HERE.search(text, max(s, start - 40), start):
            continue
        if not _OFFER_CUE.search(text, s, e) or "?" in text[s:e] and re.search(r"\bshould\b", text[s:e]):
            continue
        if stated:
            yield Hit(start, m.end(), severity="info",
                      message="This offers sessions over a social or messaging platform and mentions "
                              "consent or a secure platform. Check that the consent covers this channel's "
                              "privacy and emergency limits.")
        else:
            yield Hit(start, m.end())
