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
from ..client_narrative import find_client_material, find_client_narratives, find_session_recordings


@rule(
    id="consent/client-story-consent",
    title="A client's story used as content",
    severity="warning",
    flags="A story about a particular client (the same evidence as privacy/client-story).",
    why="A client's experience belongs to them. Using it in public content needs their informed, "
        "written consent, and the power difference in therapy makes a free \"no\" hard.",
    example="So proud of the teenager I've been seeing since March. She finally told her parents she's gay.",
    fine="Composite example, not a real person: a college student struggles to get out of bed before noon.",
    instead="Use a composite that says it is one, or talk about the pattern in general terms.",
    sources="APA Ethics Code §4.07, §3.08; APA Social Media Guideline 2.2; ACA Code of Ethics §H.6.d; "
            "AAMFT Code 2.2",
    message="This uses a particular client's story as content. That needs the client's informed, "
            "written consent, whatever the privacy precautions.",
)
def detect(post):
    covered = [(m.start, m.end) for m in find_client_material(post)]
    covered += [(r.start, r.end) for r in find_session_recordings(post)]
    for n in find_client_narratives(post):
        # Only who someone is ("a client of mine, a pilot") is a privacy matter; a story of what
        # they said, did or went through is their story being used.
        if n.storied and not any(s <= n.start < e for s, e in covered):
            yield Hit(n.start, n.end)
