"""privacy/client-photo: photos, videos, screenshots or check-ins with a client.

A face, a voice, a username in a screenshot or a location tag is an identifier
by itself (HIPAA Safe Harbor lists full-face photographs, geographic units
smaller than a state, and any unique characteristic).  Recording or filming a
session and posting it discloses the treatment relationship outright.

Sources: APA Ethics Code §4.01, §4.07; APA Social Media Guideline 2.2; ACA Code
of Ethics §H.6.d; AAMFT Code of Ethics 1.12 (written consent to record);
45 CFR 164.514(b)(2)(i)(B), (Q), (R).
"""

from ...engine.registry import Hit, rule
from ..client_narrative import find_client_material, find_session_recordings


@rule(
    id="privacy/client-photo",
    title="Photo, video, screenshot or check-in with a client",
    severity="critical",
    flags="A selfie or photo with or of a client, a screenshot of a client's messages, a location "
          "check-in with a client, photos of a group's members (even \"hands only, no faces\"), "
          "or a session recorded or broadcast.",
    why="Images, voices, usernames and places identify people directly, and a post with a client in it "
        "tells everyone who sees it that this person is in treatment.",
    example="Selfie with my favorite client after her last session, so proud of her!",
    fine="New photo of our waiting room: we repainted it in calmer colors this month.",
    instead="Post pictures of your space, your team (with their agreement) or your own work, never of "
            "clients or their messages.",
    sources="APA Ethics Code §4.01, §4.07; APA Social Media Guideline 2.2; ACA Code of Ethics §H.6.d; "
            "AAMFT Code 1.12; 45 CFR 164.514(b)(2)",
    message="This shows or tags a client (a photo, video, screenshot, recording or check-in). An image, "
            "voice, username or place identifies the person and reveals the treatment relationship.",
)
def detect(post):
    for m in find_client_material(post):
        if m.media:
            yield Hit(m.start, m.end)
    for r in find_session_recordings(post):
        if not r.supervised:
            yield Hit(r.start, r.end,
                      message="This describes a session being recorded, filmed or streamed for others "
                              "to see. Clients in it can be seen or heard, which identifies them.")
