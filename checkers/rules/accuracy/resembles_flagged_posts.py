"""accuracy/resembles-flagged-posts: wording like posts that made unsupported claims.

The learned fallback for accuracy (see :mod:`checkers.rules.learned_signal`):
fires when no hand-written accuracy rule did, but the post's wording closely
resembles the corpus posts that promised outcomes, stated debunked or
unsourced claims, advised medication changes or overstated credentials.

Sources: APA Ethics Code 2.04 and 5.01; APA Social Media Guideline 2.7.
"""

from ..learned_signal import learned_rule

_MESSAGE = ("No specific accuracy rule matched, but this wording closely resembles posts that made claims "
            "the evidence does not support (words that weighed most: {words}). Check each claim: is it "
            "true, current, and can you cite it?")

learned_rule(
    id="accuracy/resembles-flagged-posts",
    title="Wording that resembles posts with unsupported claims",
    severity="warning",
    flags="A post whose wording, taken as a whole, closely resembles the reviewed example posts in which "
          "accuracy guidance applied, when no more specific accuracy rule matched. A learned second opinion "
          "(naive Bayes over words and word pairs); the finding names the words that weighed most.",
    why="Misleading health claims come in endless wordings; a second opinion that has seen many of them "
        "catches phrasing the specific rules miss. It can be wrong either way, so it asks you to check "
        "the claim rather than declaring it false.",
    example="Most people with anxiety can clear it in a weekend with the right breathing protocol. I have "
            "watched it happen again and again.",
    fine="Breathing exercises can ease the body's alarm response in the moment; for an anxiety disorder, "
         "CBT has the strongest evidence.",
    instead="State what the evidence shows, with its limits and a source, and send individual medication "
            "questions to the person's prescriber.",
    sources="APA Ethics Code 2.04, 5.01; APA Social Media Guideline 2.7",
    message=_MESSAGE,
)
