"""safety/crisis-dm: inviting people in crisis to DM or comment instead of
pointing them to crisis services.

A professional's inbox or comment section is not staffed around the clock,
cannot send help, and turns a public account into an unplanned crisis line.
Safe-messaging guidance asks posts that speak to people in crisis to point
to services that can respond: 988 (call or text, US), a crisis text line,
emergency services.

A finding needs both an invitation ("DM me", "comment below", "my DMs are
open", "I'll message you", "comment your darkest thoughts", "I'll answer in
the replies") and a crisis near it ("thinking of ending it", "ending
things", "suicidal", "self-harm", "not safe tonight", "if tonight feels
unbearable", "if tonight's a dark one"), or advice against crisis services
in the same post ("skip the hotline", "you don't need 988").  A post that also points to 988, a crisis line or
emergency services is fine; a post that *discourages* them ("don't call a
hotline", "skip the EAP and the crisis line", "no hotline, no cops") is
not rescued by naming them.  Invitations that are refused
("I can't respond to DMs") are not invitations.

Sources: 988 Suicide & Crisis Lifeline (US, since July 2022);
Recommendations for Reporting on Suicide (reportingonsuicide.org);
#chatsafe (Robinson et al., PLOS ONE 2018).
"""

from ...engine.lazy import lazy_re
from ...engine.registry import Hit, rule
from ..lexicon import gate_hits, gate_words
from ._cues import near, resource_advised_against, resource_offered

TAG = "safety:crisis-dm"
gate_words(TAG, "dm", "pm", "message", "msg", "inbox", "text", "txt", "email", "e-mail", "call", "ring", "ping",
           "reach out", "write to", "talk to", "come to", "hit", "chat with", "hmu", "slide", "dms", "pms",
           "door", "send", "drop", "shoot", "leave", "comment", "post", "reply", "respond", "in the comments",
           "i'll", "i will", "let me", "i can", "i'd", "i answer", "write", "share", "tell me", "i ")

# Anchored at a keyword: an invitation to message or comment.
INVITE = lazy_re(
    r"(?:dm|pm|message|msg|inbox|text|txt|email|e-mail|call|ring|ping|reach\s+out\s+to|write\s+to|talk\s+to|"
    r"come\s+to|hit\s+up|chat\s+with)\s+(?:me|us)\b"
    r"|hit\s+(?:me|us)\s+up\b|hmu\b|slide\s+into\s+(?:my|the|your|ur)\s+dms?\b"
    r"|(?:dms?|inbox|messages|pms?|door)\s+(?:is|are)\s+(?:always\s+|wide\s+|still\s+)?open\b"
    r"|(?:send|drop|shoot|leave)\s+(?:me\s+|us\s+)?(?:a|an|your)\s+(?:dm|pm|message|msg|note|text|comment)\b"
    r"|comment\s+(?:below|here|down\s+below|on\s+this)\b|comment\s+(?:\w{1,12}|['\"][^'\"\n]{1,12}['\"])\s+(?:if|below|and)\b"
    r"|(?:comment|share|post|drop|tell\s+me|write)\s+(?:your|ur)\s+(?:\w+\s+)?(?:thoughts|feelings|struggles?|stories|"
    r"story|pain|secrets?|confessions?)\b"
    r"|(?:i'?ll|i\s+will|i'?d|i)\s+(?:\w+\s+)?(?:answer|reply|respond)\s+(?:\w+\s+)?(?:to\s+)?(?:you|every|all|each|"
    r"in\s+the\s+(?:replies|comments|dms)|personally|privately)\b"
    r"|(?:leave|drop|write|post)\s+(?:a\s+|your\s+)?comments?\b|(?:reply|respond)\s+(?:below|here|to\s+this)\b"
    r"|in\s+the\s+comments\b|reply\s+to\s+(?:this|my)\s+(?:story|post)\b|message\s+(?:the|our|my)\s+page\b"
    r"|(?:i'?ll|i\s+will|let\s+me|i\s+can|i'?d)\s+(?:\w+\s+)?(?:dm|message|text|call|reply\s+to|check\s+in\s+with|"
    r"talk\s+(?:to|with)|reach\s+out\s+to|respond\s+to|walk)\s+you\b"
    r"|(?:i'?ll|i\s+will|let\s+me|i\s+can|i'?d)\s+(?:\w+\s+)?slide\s+into\s+(?:your|ur)\s+dms?\b"
    r"|i\s+answer\s+(?:every|all|each)\s+(?:message|dm|comment)s?\b"
    r"|(?:i'?ll|i\s+will|i'?d|i)\s+(?:\w+\s+)?(?:answer|reply|respond)\b(?=[^.!?\n]{0,40}\b(?:replies|comments|dms?|"
    r"inbox|messages?)\b)"
)

# The invitation is turned down or is about someone else's message.
_REFUSED = lazy_re(
    r"\b(?:don'?t|do\s+not|never|can'?t|cannot|won'?t|not|no\s+need\s+to|isn'?t|aren'?t)\s+(?:\w+\s+){0,2}$"
    r"|\b(?:he|she|they|who|client|patient)\s+(?:\w+\s+)?$"
)


@rule(
    id="safety/crisis-dm",
    title="Inviting people in crisis to DM or comment",
    severity="critical",
    flags="An invitation to DM, message or comment (\"DM me\", \"comment below\", \"my DMs are "
          "open\") addressed to people in crisis (\"if you're thinking of ending it\", \"having "
          "thoughts of self-harm?\", \"if tonight's a dark one\") or paired with advice to skip crisis "
          "services (\"skip the hotline, DM me\"), in a post that does not point to 988, a crisis line or "
          "emergency services, or that discourages them.",
    why="A personal inbox or a comment thread cannot respond around the clock or send help, and "
        "replying to someone in crisis there starts an unplanned clinical relationship. Crisis "
        "services exist for exactly this; safe-messaging guidance asks posts that speak to people "
        "in crisis to point to them.",
    example="If you're thinking of ending it tonight, DM me. I'm here, I'll answer.",
    fine="If you're thinking about suicide, call or text 988 now. I can't monitor DMs, so please "
         "reach out to 988 or emergency services instead.",
    instead="Point to services that can respond now: \"If you're thinking about suicide, call or "
            "text 988 (US) or go to the nearest emergency room.\" Say plainly that you do not "
            "monitor messages for emergencies.",
    sources="988 Suicide & Crisis Lifeline (US, 2022); Recommendations for Reporting on Suicide "
            "(reportingonsuicide.org); #chatsafe (Robinson et al., PLOS ONE 2018)",
    message="This invites people in crisis to message or comment, with no crisis service to turn "
            "to. A DM or comment thread cannot respond in time or send help.",
)
def detect(post):
    text = post.text
    checked = False
    for s, _, _ in gate_hits(post, TAG):
        m = INVITE.match(text, s)
        if not m:
            continue
        start, end = m.span()
        if not near(post, "c", start, end, 200, 150) and not resource_advised_against(post):
            continue  # no crisis near, and no crisis service waved away ("skip the hotline, DM me")
        if not checked:  # the whole-post question, asked once and only if needed
            if resource_offered(post) and not resource_advised_against(post):
                return
            checked = True
        if _REFUSED.search(post.clause_before(start, 40)):
            continue
        yield Hit(start, end)
