"""consent/client-story-consent: a particular client's story used as content.

The same evidence as privacy/client-story (see checkers.rules.client_narrative):
a story about one real client.  Beyond identifiability, turning a client's
experience into content uses their story for the author's audience, which needs
the client's informed, written consent (and a client in treatment may not feel
free to refuse).

Sources: APA Ethics Code §4.07 and §3.08; APA Social Media Guideline 2.2; ACA
Code of Ethics §H.6.d; AAMFT Code of Ethics 2.2.
"""

from ...engine.registry import Hit, rule
from ..privacy.client_story import story_narratives
from ..privacy.review_reply import review_reply_hits


@rule(
    id="consent/client-story-consent",
    title="A client's story used as content",
    severity="warning",
    flags="A story about a particular client (the same evidence as privacy/client-story).",
    why="A client's experience belongs to them. Using it in public content needs their informed, "
        "written consent, and the power difference in therapy makes a free \"no\" hard.",
    example="A client of mine told me today she finally left the job that was crushing her. Proud of her!",
    fine="Composite example, not a real person: a college student struggles to get out of bed before noon.",
    instead="Use a composite that says it is one, or talk about the pattern in general terms.",
    sources="APA Ethics Code §4.07, §3.08; APA Social Media Guideline 2.2; ACA Code of Ethics §H.6.d; "
            "AAMFT Code 2.2",
    message="This uses a particular client's story as content. That needs the client's informed, "
            "written consent, whatever the privacy precautions.",
)
def detect(post):
    if review_reply_hits(post):
        return  # a reply to a reviewer is a privacy matter, not content made from a story
    for n in story_narratives(post):
        # Who someone is ("Priya, whom I've been seeing in therapy") is a privacy matter; a story of
        # what they said, did or went through is their story being used.
        if n.storied:
            yield Hit(n.start, n.end)
