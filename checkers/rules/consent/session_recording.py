"""consent/session-recording: a therapy session filmed, recorded or streamed.

Recording a session needs written consent for that purpose; publishing or
livestreaming one puts the client's face, voice and words in public.  Regulators
and professional bodies treat this as one of the clearest breaches.  Besides
recording verbs, a broadcast cue ("LIVE Thursday", "on the channel",
"streaming") next to a real session or the people served taking part ("a real
couple, a real session", "from our unit's community meeting ... the patients
can't wait to say hi") counts.  Recording for supervision with signed consent,
or a trainee's own tapes discussed in supervision, is reported only as a tip.

Sources: AAMFT Code of Ethics 1.12 (written informed consent before recording);
APA Ethics Code §4.03 (recording only with permission) and §4.07; ACA Code of
Ethics §H.6.d; APA Social Media Guideline 2.2.
"""

from ...engine.registry import Hit, rule
from ..client_narrative import find_session_recordings


@rule(
    id="consent/session-recording",
    title="Recording, filming or streaming a session",
    severity="critical",
    flags="A session, or a client in one, being filmed, recorded, clipped, livestreamed or posted "
          "(\"filmed part of today's session\", \"going live from group\", \"a clip from a real session\", "
          "\"LIVE Thursday: a real couple, a real session\").",
    why="A recording captures a client's face, voice and most private words. It needs written, "
        "specific consent before recording, and posting it publicly is a disclosure clients cannot take "
        "back.",
    example="We filmed a few minutes of this morning's couples session for the channel. They were cool with it!",
    fine="I never record sessions. For this video I role-played a first session with a colleague.",
    instead="Demonstrate with actors or a colleague and say so; keep any recording for supervision under "
            "a signed consent form and never post it.",
    sources="AAMFT Code 1.12; APA Ethics Code §4.03, §4.07; ACA Code of Ethics §H.6.d",
    message="This describes a therapy session being recorded, filmed or streamed. Clients can be seen "
            "or heard in it, and it needs a written, specific consent that a post cannot show.",
)
def detect(post):
    for r in find_session_recordings(post):
        if r.supervised:
            yield Hit(r.start, r.end, severity="info",
                      message="Recording for supervision with written consent is a recognized practice. "
                              "Keep the recording out of any public post.")
        else:
            yield Hit(r.start, r.end)
