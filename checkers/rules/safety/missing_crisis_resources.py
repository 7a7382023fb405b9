"""safety/missing-crisis-resources: a post about suicide with no crisis resource.

A tip, not a finding that the guidance applies: posts about suicide are
encouraged (silence does not protect anyone), and safe-messaging guidance
asks that they end with somewhere to turn: 988 in the US (call or text),
a crisis text line, or local emergency services.  Raised once per post, at
the first mention of suicide or self-harm that is not itself being taught
as wording.

Sources: 988 Suicide & Crisis Lifeline (US, since July 2022);
Recommendations for Reporting on Suicide (reportingonsuicide.org);
#chatsafe (Robinson et al., PLOS ONE 2018).
"""

from ...engine.registry import Hit, rule
from ..lexicon import discussed_as_wording
from ._cues import has_talk, resource_offered, talk_spans


@rule(
    id="safety/missing-crisis-resources",
    title="Post about suicide without a crisis resource (tip)",
    severity="info",
    flags="A post that talks about suicide or self-harm and does not point to 988, a crisis line "
          "or emergency services. A tip only: it never says the guidance applies.",
    why="Readers of a post about suicide may include someone who is struggling right now. A line "
        "that says where to turn costs little and is one of the most consistent recommendations of "
        "safe-messaging guidance.",
    example="Suicide rates among farmers have risen for a decade. Here is what the research says.",
    fine="Suicide rates among farmers have risen for a decade. If you are struggling, call or text 988.",
    instead="Add a line such as \"If you're thinking about suicide, call or text 988 (US), or "
            "contact your local emergency number.\" Outside the US, findahelpline.com lists "
            "local services.",
    sources="988 Suicide & Crisis Lifeline (US, 2022); Recommendations for Reporting on Suicide "
            "(reportingonsuicide.org); #chatsafe (Robinson et al., PLOS ONE 2018)",
    message="This post talks about suicide or self-harm but does not say where to get help. "
            "Consider adding 988 (US) or local crisis and emergency services.",
)
def detect(post):
    if not has_talk(post, "s") or resource_offered(post):
        return
    for start, end in talk_spans(post, "s"):
        if not discussed_as_wording(post, start, end):
            yield Hit(start, end)
            return
