"""consent/resembles-flagged-posts: wording like posts that used client material or skipped consent.

The learned fallback for consent (see :mod:`checkers.rules.learned_signal`):
fires when no hand-written consent rule did, but the post's wording closely
resembles the corpus posts that use a client's story, words, art or image,
record or broadcast sessions, or offer care over social platforms without an
informed-consent process.

Sources: APA Ethics Code 4.03, 4.07 and 10.01; APA Social Media Guideline 2.5.
"""

from ..learned_signal import learned_rule

_MESSAGE = ("No specific consent rule matched, but this wording closely resembles posts that used client "
            "material or offered care without an informed-consent process (words that weighed most: "
            "{words}). Was there written, specific consent for this use, and could it be refused freely?")

learned_rule(
    id="consent/resembles-flagged-posts",
    title="Wording that resembles posts that used client material without consent",
    severity="warning",
    flags="A post whose wording, taken as a whole, closely resembles the reviewed example posts in which "
          "informed-consent guidance applied, when no more specific consent rule matched. A learned second "
          "opinion (naive Bayes over words and word pairs); the finding names the words that weighed most.",
    why="Client material appears in many forms (a story, a drawing, a voice memo, a group photo) and so do "
        "services offered over social platforms; no list of phrases covers them all. A second opinion that "
        "has seen many such posts catches wording the specific rules miss. It can be wrong either way.",
    example="Sharing a drawing one of my little ones made this week about the two homes she goes between. "
            "Art says what words cannot.",
    fine="I never share client writing or art, even with permission; the power difference makes a free "
         "yes hard to give.",
    instead="Leave client material out of public posts. If there is a strong reason to use it, get "
            "specific written consent that can be refused without consequence, and disguise it.",
    sources="APA Ethics Code 4.03, 4.07, 10.01; APA Social Media Guideline 2.5",
    message=_MESSAGE,
)
