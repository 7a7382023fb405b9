"""consent/client-material: a client's material or image used in content.

A client's poem, artwork, journal, texts, voice memo, screenshot, intake form,
photo or video, or the client featured in a post, whether or not the post
says they agreed: "she said I could share" is not a documented consent
process, and a client in treatment may not feel free to say no.  The people
served need not be called clients: "what one of my 9-year-olds painted",
"someone I work with brought in a poem", "video testimonials from three of our
clients", "I snapped everyone's hands around the candle (no faces!)" in a
group, or graduation photos from a program shared in the comments.

Sources: APA Ethics Code §4.07 (consent in writing for public use of
confidential information) and §3.08 (exploitative relationships); APA Social
Media Guideline 2.2; ACA Code of Ethics §H.6.d; AAMFT Code of Ethics 2.1-2.2
(written authorization) and 1.12 (written consent to record).
"""

from ...engine.registry import Hit, rule
from ..client_narrative import find_client_material


@rule(
    id="consent/client-material",
    title="Client material or images used in content",
    severity="warning",
    flags="A particular client's poem, art, journal, texts, voice memo, screenshot, intake form, photo or "
          "video shared or described, including when the post says the client agreed; also work made by "
          "\"one of my 9-year-olds\" or \"someone I work with\", testimonials or photos from clients, and "
          "photos taken of a group or program's members (even \"hands only, no faces\").",
    why="Using a client's material publicly needs written, informed consent that the client is free "
        "to refuse; a client in treatment may agree in the moment because of the relationship. A "
        "casual \"she said I could share\" is not that process.",
    example="My client's poem about her grief, shared with her permission:",
    fine="I don't post client art or writing, even with permission. Here is a drawing I made myself.",
    instead="Use your own material or a clearly fictional composite; if client material is ever used, "
            "follow a written consent process separate from treatment and remove identifying details.",
    sources="APA Ethics Code §4.07, §3.08; APA Social Media Guideline 2.2; ACA Code of Ethics §H.6.d; "
            "AAMFT Code 1.12, 2.2",
    message="This uses a particular client's own material or image. Public use needs a written, "
            "informed consent process, even when the client has said yes.",
)
def detect(post):
    for m in find_client_material(post):
        if m.kind == "perm":
            yield Hit(m.start, m.end,
                      message="This says a client agreed to their story or material being shared. A "
                              "verbal or casual yes from someone in treatment is not a written, informed "
                              "consent process.")
        else:
            yield Hit(m.start, m.end)
