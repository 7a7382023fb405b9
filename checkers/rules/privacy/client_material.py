"""privacy/client-material: a client's own writing, art or messages in a post.

A client's poem, drawing, journal entry, letter, card or text message is
theirs and is often recognisable to them and to people who know them, even
with the name removed.  Photos, recordings and screenshots are reported by
privacy/client-photo instead.

Sources: APA Ethics Code §4.01, §4.07; APA Social Media Guideline 2.2; ACA Code
of Ethics §H.6.d; HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i)(R) ("any other
unique identifying characteristic").
"""

from ...engine.registry import Hit, rule
from ..client_narrative import find_client_material, identifier_near


@rule(
    id="privacy/client-material",
    title="A client's writing, art or messages",
    severity="warning",
    flags="A particular client's poem, artwork, journal, letter, card or message described or shared "
          "(\"my client's poem\", \"a drawing one of my kiddos made\", \"what one of my 9-year-olds "
          "painted\", \"she said I could share\").",
    why="Creative work and messages carry a person's voice, handwriting and story; the client, their "
        "family or classmates can recognize them without any name attached.",
    example="Sharing a poem my client wrote about her first year sober. She said I could post it!",
    fine="Journaling can help between sessions. Here is a prompt I wrote for anyone who wants to try it.",
    instead="Share your own prompt or example instead, or describe the technique in general terms.",
    sources="APA Ethics Code §4.01, §4.07; APA Social Media Guideline 2.2; ACA Code of Ethics §H.6.d",
    message="This shares or describes a particular client's own material. It can identify them even "
            "without a name, and it reveals that they are in treatment.",
)
def detect(post):
    for m in find_client_material(post):
        if m.media:
            continue
        # a short post is one context: a testimonial's signature sits a few sentences below it
        ctx = (0, len(post.text)) if len(post.text) <= 600 else None
        detail = identifier_near(post, m.start, m.end, ctx)
        if detail:
            yield Hit(m.start, m.end, severity="critical",
                      message="This shares a particular client's own material together with an identifying "
                              f"detail (\"{detail}\"). Together they can identify the person.")
        else:
            yield Hit(m.start, m.end)
