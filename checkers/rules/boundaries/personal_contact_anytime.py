"""boundaries/personal-contact-anytime: personal numbers and round-the-clock availability.

Sources: APA Ethics Code 3.05 (multiple relationships) and 4.02 (limits of
confidentiality, including electronic transmission); APA Social Media
Guideline 2.4 and 2.5 (a social-media and communication policy in informed
consent); ACA Code of Ethics H.6.a; AAMFT Code of Ethics 1.3.
"""


from ...engine.registry import Hit, rule
from ...engine.lazy import lazy_re
from ..lexicon import Gated, gated_matches, lazy_factored, words

_ANYTIME = (
    r"(?:\d{1,2}\s?am\s+included|no\s+matter\s+(?:the\s+|what\s+)?(?:hour|time)|any\s*time|at\s+(?:[1-5]|12)\s?am\b|at\s+midnight|"
    r"no\s+hour\s+is\s+too\s+(?:late|early)|(?:weekends?|holidays)\s+(?:included|too)|on\s+(?:weekends\s+and\s+)?holidays|whenever|day\s+or\s+night|night\s+or\s+day|24/7|24-7|24\s+hours|around\s+the\s+clock|(?:at\s+)?any\s+hour|"
    r"at\s+all\s+hours|middle\s+of\s+the\s+night|even\s+(?:at\s+)?(?:night|weekends|midnight|\d{1,2}\s*am|on\s+weekends|holidays))"
)

_ANYTIME_WORDS = words("anytime any whenever night 24 clock hour hours middle even included matter at too holidays")
_GATED = (
    # a personal number or account, offered
    Gated(lazy_factored(
        r"\b(?:my|our)\s+(?:personal|private|own|home)\s+(?:cell(?:\s*phone)?|phone(?:\s+number)?|number|mobile|line|whatsapp|"
        r"email|e-mail|text\s+line|signal|telegram)\b"
    ), (words("personal private own home"), words("cell cellphone phone number mobile line whatsapp email e text signal telegram"))),
    Gated(lazy_factored(r"\bmy\s+(?:cell|cell\s*phone|mobile)\s+(?:number\s+)?(?:is|:)"), (words("cell cellphone mobile"),)),
    # "text me anytime", "message me on Facebook whenever something comes up. Day or night."
    Gated(lazy_factored(
        r"\b(?:text|call|message|reach|contact|dm|email|ping|whatsapp|ring|phone|voice-?\s?(?:memo|note|message)|voxer|snap|"
        r"facetime|slack|marco\s+polo)\s+(?:me|my\s+(?:cell|phone|mobile|number|"
        r"personal\s+\w+))\b[^.!?\n]{0,60}?"
        r"(?:\b" + _ANYTIME + r"(?!\w)|[.!?]\s+(?:day\s+or\s+night|night\s+or\s+day|24/7|any\s*time|around\s+the\s+clock)\b)"
    ), (words("text call message reach contact dm email ping whatsapp ring phone voice voicememo voicenote voicemessage voxer "
              "snap facetime slack marco"), words("me my"), _ANYTIME_WORDS)),
    # "Vent anytime, day or night, and I'll reply": writing in at any hour, answered by the author
    Gated(lazy_factored(
        r"\b(?:vent|send|write|message|text|talk|reach\s+out|voice\s+note|record)\b[^.!?\n]{0,30}?\b" + _ANYTIME + r"(?!\w)"
        r"[^.!?\n]{0,50}?\b(?:i'?ll|i\s+will|i)\s+(?:always\s+)?(?:reply|respond|answer|get\s+back|write\s+back|text\s+back|be\s+there)\b"
    ), (words("vent send write message text talk reach voice record"), _ANYTIME_WORDS, words("reply respond answer get write text be"))),
    # "unlimited voice notes with me", "unlimited texting between sessions"
    Gated(lazy_factored(
        r"\bunlimited\s+(?:\w+\s+)?(?:voice\s+notes?|voice\s+memos?|messag\w*|texts?|texting|dms|chat)\s+"
        r"(?:with\s+me|to\s+me|(?:over|via|on|through)\s+(?:instagram|ig|insta|whatsapp|dms?|text|sms|snap\w*|voxer|messenger|"
        r"facebook|telegram|signal|my\s+(?:personal|cell|phone)))\b|\bunlimited\s+access\s+to\s+me\b"
    ), (words("unlimited"),)),
    # "I'm on WhatsApp day or night"
    Gated(lazy_factored(
        r"\b(?:i'?m|i\s+am)\s+(?:always\s+)?(?:on|reachable\s+on|available\s+on)\s+(?:whatsapp|text|signal|telegram|messenger|"
        r"instagram|facebook|snapchat|my\s+(?:phone|cell|mobile))\s+(?:for\s+(?:you|my\s+clients|clients)\s+)?" + _ANYTIME + r"(?!\w)"
    ), (words("whatsapp text signal telegram messenger instagram facebook snapchat phone cell mobile"), _ANYTIME_WORDS)),
    # "I answer texts at midnight, on holidays, whenever"
    Gated(lazy_factored(
        r"\bi\s+(?:always\s+)?(?:answer|reply\s+to|respond\s+to|return|pick\s+up)\s+(?:texts|calls|messages|dms|voice\s*notes?|the\s+phone)\s+"
        r"(?:[\w,]+\s+){0,3}?" + _ANYTIME + r"(?!\w)"
    ), (words("answer reply respond return pick"), _ANYTIME_WORDS)),
    # "I give all my clients my cell"
    Gated(lazy_factored(
        r"\b(?:give|gave|giving|hand|handed|send|sent)\s+(?:all\s+|every\s+)?(?:of\s+)?(?:my\s+)?(?:\w+\s+)?(?:clients?|patients?|families)\s+my\s+"
        r"(?:cell|cell\s*phone|personal|own|private|mobile|whatsapp)\b"
    ), (words("give gave giving hand handed send sent"), words("cell cellphone personal own private mobile whatsapp"))),
    # "my line is always open", "call me at 3am"
    Gated(lazy_factored(r"\bmy\s+(?:phone|line|cell)\s+is\s+always\s+(?:open|on)\b"), (words("always"),)),
    # "I'm available 24/7"
    Gated(lazy_factored(
        r"\b(?:i'?m|i\s+am)\s+(?:always\s+)?(?:available|reachable|on\s+call|here|around|a\s+text\s+away|a\s+call\s+away)\s+"
        r"(?:for\s+(?:you|my\s+clients|clients)\s+)?" + _ANYTIME + r"(?!\w)"
    ), (words("available reachable call here around away"), _ANYTIME_WORDS)),
)
_OFFERED_BEFORE = lazy_factored(r"\b(?:here'?s|get|gets|have|has|give|giving|share|sharing|use|on|at|to|via|text|call|message|ring|whatsapp|email|"
    r"reach\s+me\s+on|contact\s+me\s+on)\s+$")
_OFFERED_AFTER = lazy_re(r"^[^.!?\n]{0,40}?(?:\d{3}|@\w|\b(?:text|call|message|reach|whatsapp|dm|email)\s+(?:me|it)\b)")
_SERVICE_SUBJECT = lazy_factored(r"\b(?:988|lifeline|crisis\s+line|hotline|answering\s+service|office|front\s+desk|on-call\s+clinician)\b")



@rule(
    id="boundaries/personal-contact-anytime",
    title="Personal number or round-the-clock contact",
    severity="warning",
    flags="Giving clients a personal phone, WhatsApp or email, or promising contact at any hour "
          "(\"text my personal cell day or night\", \"message me about anything, 24/7\", \"unlimited voice "
          "notes with me\", \"I answer texts at midnight\"). A practice "
          "line, office hours and crisis numbers are not flagged.",
    why="Personal, always-on contact blurs the professional relationship, cannot be sustained, and "
        "sets up a promise the clinician may not keep when someone is in crisis. Messages on personal "
        "phones and apps also fall outside secure, documented channels.",
    example="Clients, my personal cell is 555-0193. Text me anytime, day or night.",
    fine="Our office line is 555-0150, Monday to Friday 9 to 5. After hours, call or text 988 or go to the nearest emergency room.",
    instead="Give the practice's contact details and hours, say how quickly messages are answered, and "
            "name what to do after hours or in a crisis (988, emergency services).",
    sources="APA Ethics Code 3.05, 4.02; APA Social Media Guideline 2.4, 2.5; ACA Code of Ethics H.6.a; "
            "AAMFT Code of Ethics 1.3",
    message="This offers personal or round-the-clock contact. Always-available personal channels blur "
            "the professional role and promise availability that cannot be guaranteed in a crisis.",
)
def detect(post):
    text = post.text
    for m in gated_matches(post, _GATED):
        start, end = m.start(), m.end()
        if post.negated(start, 50) or post.in_quotes(start, end):
            continue
        if _SERVICE_SUBJECT.search(post.clause_before(start, 40)):
            continue
        token = m.group(0)
        if token.startswith(("my ", "our ")) and not (
                _OFFERED_BEFORE.search(text, max(0, start - 20), start) or _OFFERED_AFTER.search(text[end:end + 60])):
            continue
        yield Hit(start, end)
