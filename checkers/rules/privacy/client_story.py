"""privacy/client-story: a narrative about a particular client.

A client reference ("my 3pm", "a patient of mine", "the teen I see on
Tuesdays", "15yo client", "16F," in a consultation, "one of my 9-year-olds",
"a second grader at the school where I counsel", "someone I work with" next to
clinical content, "a 34-year-old engineer came to our EAP", "one of them
finally came in today", "Patient this morning asked...") counts only together
with something the client said, did or went through, or an identifying detail
(see checkers.rules.client_narrative); with
an identifying detail (age, job, town, school, name, initials, handle, date,
rare condition) the finding is critical.  Stories inside evidence that a more
specific rule reports (client material, photos and recordings, looking a
client up, inviting client stories, review replies) are reported there once.

Sources: APA Ethics Code §4.01 (maintaining confidentiality) and §4.07 (use of
confidential information in public media only when disguised, consented to in
writing or legally authorized); APA Social Media Guideline 2.2; ACA Code of
Ethics §H.6.d; HIPAA Safe Harbor, 45 CFR 164.514(b)(2) (identifiers);
Ahmed et al., JMIR 2020;22(9):e19746 (46.6% of posts about possibly living
patients likely identifiable by the patients themselves).
"""

from ...engine.registry import Hit, rule
from ..client_narrative import find_client_material, find_client_narratives, find_session_recordings


def story_narratives(post):
    """Client narratives not already reported by a more specific rule (memoised).

    Material, photos and recordings, looking a client up, inviting client
    stories and review replies each have their own rule; a story found inside
    their evidence is reported there, once.
    """
    return post.memo("story-narratives", _story_narratives)


_OTHER_EVIDENCE = []


def _story_narratives(post):
    narratives = find_client_narratives(post)
    if not narratives:
        return narratives
    if not _OTHER_EVIDENCE:
        # Imported on first use so that this rule registers first in the catalogue.
        from .client_search import search_hits
        from .review_reply import review_reply_hits
        from .solicit_client_stories import solicit_hits
        _OTHER_EVIDENCE.extend((search_hits, solicit_hits, review_reply_hits))
    covered = [(m.start, m.end) for m in find_client_material(post)]
    covered += [(r.start, r.end) for r in find_session_recordings(post)]
    for find in _OTHER_EVIDENCE:
        covered += find(post)
    return [n for n in narratives if not any(s < n.end and n.start < e for s, e in covered)]


@rule(
    id="privacy/client-story",
    title="Story about a particular client",
    severity="warning",
    flags="A reference to a specific client (\"my 3pm\", \"a patient of mine\", \"the couple I see on "
          "Wednesdays\", \"one of my 9-year-olds\", \"16F,\" in a consultation, \"a second grader at the school "
          "where I counsel\", \"a local pastor came in today\") together with something they said, did or went "
          "through, or an identifying detail; "
          "for a reference that is a session itself (\"my 3pm\", \"in group today\") a time is enough. "
          "Critical when an identifying detail (age, job, town, school, name, initials, handle) is near.",
    why="Clients recognize themselves in stories even when no name is given; in one study almost half "
        "of professionals' posts about possibly living patients were likely identifiable by the patients "
        "themselves. Confidential information may appear in public media only when it is disguised, "
        "consented to in writing, or legally authorized.",
    example="My 3pm today, a pilot going through a divorce, finally admitted she drinks before flights.",
    fine="Clients often ask me how long therapy takes. The honest answer: it depends on the goals.",
    instead="Write about the theme, not the person: general psychoeducation, or a composite that says "
            "it is one, with no time, place or detail tied to a real client.",
    sources="APA Ethics Code §4.01, §4.07; APA Social Media Guideline 2.2; ACA Code of Ethics §H.6.d; "
            "45 CFR 164.514(b)(2)",
    message="This reads as a story about a particular client. Details like timing, what they said or "
            "who they are can let the client, or people who know them, recognize them.",
)
def detect(post):
    for n in story_narratives(post):
        if n.identifying:
            yield Hit(n.start, n.end, severity="critical",
                      message="This reads as a story about a particular client and includes an "
                              f"identifying detail (\"{n.identifying}\"). Together they can identify "
                              "the person.")
        else:
            yield Hit(n.start, n.end)
