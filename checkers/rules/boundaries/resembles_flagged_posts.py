"""boundaries/resembles-flagged-posts: wording like posts that blurred the professional role.

The learned fallback for boundaries (see :mod:`checkers.rules.learned_signal`):
fires when no hand-written boundaries rule did, but the post's wording closely
resembles the corpus posts that invite clients into personal, social or
business contact, give one person a diagnosis or treatment online, mock
clients, or otherwise step outside the professional role.

Sources: APA Ethics Code 3.05 and 3.06; APA Social Media Guideline 2.4;
ACA Code of Ethics A.5, H.6.
"""

from ..learned_signal import learned_rule

_MESSAGE = ("No specific boundaries rule matched, but this wording closely resembles posts that blurred the "
            "line between the professional role and personal, social or business contact (words that weighed "
            "most: {words}). Ask how a current client would read it.")

learned_rule(
    id="boundaries/resembles-flagged-posts",
    title="Wording that resembles posts that blurred professional boundaries",
    severity="warning",
    flags="A post whose wording, taken as a whole, closely resembles the reviewed example posts in which "
          "boundaries guidance applied, when no more specific boundaries rule matched. A learned second "
          "opinion (naive Bayes over words and word pairs); the finding names the words that weighed most.",
    why="Multiple relationships arrive in many forms (an offer, an invitation, a favor, a joke about a "
        "session) and no list of phrases covers them all. A second opinion that has seen many such posts "
        "catches wording the specific rules miss. It can be wrong either way, so it asks you to judge.",
    example="Any of my therapy folks need a photographer for the holidays? My sister just started a "
            "business and I'll get you a deal.",
    fine="I keep my personal accounts private and don't connect with clients there; my policy explains why.",
    instead="Keep contact with clients inside the therapy relationship and its stated channels; offer "
            "general information to the public, and refer personal questions to a consultation.",
    sources="APA Ethics Code 3.05, 3.06; APA Social Media Guideline 2.4; ACA Code of Ethics A.5, H.6",
    message=_MESSAGE,
)
