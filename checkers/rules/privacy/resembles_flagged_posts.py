"""privacy/resembles-flagged-posts: wording like posts that could identify a client.

The learned fallback for privacy (see :mod:`checkers.rules.learned_signal`):
fires when no hand-written privacy rule did, but the post's wording closely
resembles the corpus posts that describe a particular client, confirm a
treatment relationship or reveal clinical details about someone.

Sources: APA Ethics Code 4.01 and 4.07; APA Social Media Guideline 2.2;
HIPAA Privacy Rule, 45 CFR 164.502(a).
"""

from ..learned_signal import learned_rule

_MESSAGE = ("No specific privacy rule matched, but this wording closely resembles posts that described a "
            "particular client or confirmed that someone is a client (words that weighed most: {words}). "
            "Read it as a stranger who knows the people involved would: could they recognize anyone?")

learned_rule(
    id="privacy/resembles-flagged-posts",
    title="Wording that resembles posts about a particular client",
    severity="warning",
    flags="A post whose wording, taken as a whole, closely resembles the reviewed example posts in which "
          "privacy guidance applied, when no more specific privacy rule matched. A learned second opinion "
          "(naive Bayes over words and word pairs); the finding names the words that weighed most.",
    why="Clients are identified by combinations of details that no list of phrases anticipates: a role, a "
        "town, a time, a turn of events. A second opinion that has seen many such posts catches wording the "
        "specific rules miss. It can be wrong either way, so it asks you to judge rather than telling you "
        "what happened.",
    example="One of the dads I work with finally cried about his father's death today. Huge moment for "
            "both of us.",
    fine="Grief often shows up in the body first: tiredness, tight shoulders, a short temper. All normal.",
    instead="Write about the theme, not the person: share what you have learned across many clients, "
            "with no time, role, place or storyline that points to someone, or use a clearly labeled "
            "composite.",
    sources="APA Ethics Code 4.01, 4.07; APA Social Media Guideline 2.2; HIPAA Privacy Rule, 45 CFR 164.502(a)",
    message=_MESSAGE,
)
