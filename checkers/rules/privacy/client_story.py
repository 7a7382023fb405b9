"""privacy/client-story: a narrative about a particular client.

Sources: APA Ethics Code 4.01 and 4.07; APA Social Media Guideline 2.2;
ACA Code of Ethics H.6.d; Ahmed et al., JMIR 2020;22(9):e19746.
"""

from ...engine.registry import Hit, rule
from ..client_narrative import find_client_narratives


@rule(
    id="privacy/client-story",
    title="Story about a particular client",
    severity="warning",
    flags="A reference to a specific client (\"my 3pm\", \"a patient of mine\") together with "
          "an event, something they said or did, or an identifying detail.",
    why="Clients recognise themselves in stories even when no name is given; in one study "
        "almost half of professionals' posts about possibly living patients were likely "
        "identifiable by the patients themselves. Confidential information may appear in "
        "public media only when disguised, consented to in writing, or legally authorised.",
    example="My 3pm today, a pilot going through a divorce, finally admitted she drinks before flights.",
    fine="Clients often ask me how long therapy takes. The honest answer: it depends on the goals.",
    instead="Write about the theme, not the person: a composite that says so, or general "
            "psychoeducation with no time, place or detail tied to a real client.",
    sources="APA Ethics Code 4.01, 4.07; APA Social Media Guideline 2.2; ACA Code of Ethics H.6.d",
    message="This reads as a story about a particular client. Details like timing, what they "
            "said or who they are can let the client, or people who know them, recognise them.",
)
def detect(post):
    for n in find_client_narratives(post):
        if n.identifying:
            yield Hit(n.start, n.end, severity="critical",
                      message="This reads as a story about a particular client and includes an "
                              f"identifying detail (\"{n.identifying.group(0)}\"). Together they can "
                              "identify the person.")
        else:
            yield Hit(n.start, n.end)
