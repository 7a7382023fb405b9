"""privacy/client-story: a narrative about a particular client.

A client reference ("my 3pm", "a patient of mine", "the teen I see on
Tuesdays") counts only together with an event or time, something the client
said or did, a detail of their life, or an identifying detail; with an
identifying detail (age, job, town, school, name, initials, date, rare
condition) the finding is critical.

Sources: APA Ethics Code §4.01 (maintaining confidentiality) and §4.07 (use of
confidential information in public media only when disguised, consented to in
writing or legally authorised); APA Social Media Guideline 2.2; ACA Code of
Ethics §H.6.d; HIPAA Safe Harbor, 45 CFR 164.514(b)(2) (identifiers);
Ahmed et al., JMIR 2020;22(9):e19746 (46.6% of posts about possibly living
patients likely identifiable by the patients themselves).
"""

from ...engine.registry import Hit, rule
from ..client_narrative import find_client_material, find_client_narratives, find_session_recordings


@rule(
    id="privacy/client-story",
    title="Story about a particular client",
    severity="warning",
    flags="A reference to a specific client (\"my 3pm\", \"a patient of mine\", \"the couple I see on "
          "Wednesdays\") together with an event or time, something they said or did, or an identifying "
          "detail. Critical when an identifying detail (age, job, town, school, name, initials) is near.",
    why="Clients recognise themselves in stories even when no name is given; in one study almost half "
        "of professionals' posts about possibly living patients were likely identifiable by the patients "
        "themselves. Confidential information may appear in public media only when it is disguised, "
        "consented to in writing, or legally authorised.",
    example="My 3pm today, a pilot going through a divorce, finally admitted she drinks before flights.",
    fine="Clients often ask me how long therapy takes. The honest answer: it depends on the goals.",
    instead="Write about the theme, not the person: general psychoeducation, or a composite that says "
            "it is one, with no time, place or detail tied to a real client.",
    sources="APA Ethics Code §4.01, §4.07; APA Social Media Guideline 2.2; ACA Code of Ethics §H.6.d; "
            "45 CFR 164.514(b)(2)",
    message="This reads as a story about a particular client. Details like timing, what they said or "
            "who they are can let the client, or people who know them, recognise them.",
)
def detect(post):
    covered = [(m.start, m.end) for m in find_client_material(post)]
    covered += [(r.start, r.end) for r in find_session_recordings(post)]
    for n in find_client_narratives(post):
        if any(s <= n.start < e for s, e in covered):
            continue  # the material or recording rule reports this evidence
        if n.identifying:
            yield Hit(n.start, n.end, severity="critical",
                      message="This reads as a story about a particular client and includes an "
                              f"identifying detail (\"{n.identifying}\"). Together they can identify "
                              "the person.")
        else:
            yield Hit(n.start, n.end)
