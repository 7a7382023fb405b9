"""Shared detector: a narrative about a particular client.

Both privacy (is someone identifiable?) and consent (is client material used
without a consent process?) act on the same evidence, so it is found once here.

A reference to a client ("my 3pm", "a patient of mine", "the couple I see on
Wednesdays") becomes a *narrative* only when it comes with something that
makes it about one real person: an event or time ("today", "in session"),
something they said or did ("told me", "cried"), or an identifying detail
(age, job, town, school, initials, rare condition).  Generic talk about
clients ("clients often ask me...") is not a narrative.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import CLIENT_REFERENCE, COMPOSITE

EVENT = re.compile(
    r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening|week)|yesterday|last\s+(?:night|week|session|month)|"
    r"earlier|just\s+now|in\s+session|in\s+group|during\s+(?:our\s+)?session|this\s+session|"
    r"finally|since\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|last)|"
    r"told\s+me|said|says|asked\s+me|admitted|confessed|cried|sobbed|shared|disclosed|revealed|showed\s+me|brought\s+me|"
    r"texted\s+me|emailed\s+me|called\s+me|walked\s+in|walked\s+out|showed\s+up|no-?showed|relapsed|"
    r"came\s+out|broke\s+down|yelled|screamed|hugged|made\s+me|had\s+a\s+breakthrough|graduated|got\s+sober|"
    r"tried\s+to|attempted|is\s+(?:going\s+through|dealing\s+with|struggling)|was\s+(?:diagnosed|admitted|hospitali[sz]ed))\b"
)

IDENTIFIER = re.compile(
    r"\b\d{1,2}[- ]?(?:year|yr)s?[- ]old\b|\bin\s+(?:his|her|their)\s+(?:teens|twenties|thirties|forties|fifties|sixties|\d0s)\b"
    r"|\b(?:aged?|age)\s+\d{1,2}\b|\b[a-z]\.\s?[a-z]\.(?=\s|,|$)"
    r"|\b(?:nurse|teacher|firefighter|pilot|police\s+officer|cop|surgeon|pastor|priest|lawyer|attorney|judge|"
    r"professor|principal|coach|ceo|councilman|councilwoman|mayor|senator|athlete|quarterback|news\s+anchor|"
    r"soldier|marine|veteran|chef|dentist|pharmacist|engineer|accountant|realtor|influencer)\b"
    r"|\b(?:from|in|at|lives\s+in)\s+(?:the\s+)?[a-z]+\s+(?:high|middle|elementary|school|college|university|county|"
    r"hospital|base|church|academy)\b|\bhigh\s+school\b|\bour\s+(?:town|county|neighbou?rhood)\b"
    r"|\broom\s+\d+\b|\bbed\s+\d+\b|\bmrn\b|\bdate\s+of\s+birth\b|\bdob\b"
    r"|\bonly\s+(?:\w+\s+){0,3}in\s+(?:town|the\s+county|the\s+city|our\s+\w+)\b"
)


class Narrative(NamedTuple):
    start: int
    end: int
    identifying: re.Match | None


def find_client_narratives(post) -> list[Narrative]:
    return post.memo("client-narratives", _find)


def _find(post) -> list[Narrative]:
    if post.flag("composite", COMPOSITE):
        return []
    out = []
    for m in CLIENT_REFERENCE.finditer(post.text):
        if post.negated(m.start()) or post.taught_as_wording(m.start(), m.end()):
            continue
        around = post.window(m.start(), m.end(), 160, 200)
        if not EVENT.search(around) and not IDENTIFIER.search(around):
            continue
        out.append(Narrative(m.start(), m.end(), IDENTIFIER.search(around)))
    return out
