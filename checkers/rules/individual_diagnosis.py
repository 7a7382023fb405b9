"""Shared detector: a diagnosis pinned on a particular person.

Both boundaries (giving an individual diagnosis online blurs the professional
role) and accuracy (an opinion about a person needs an examination) act on
the same evidence, so it is found once here and memoised on the post.

The detector looks for an *anchor* that names who is being assessed, then for
a diagnosis in the next few words of the same clause:

- the reader being answered: "sounds like you have", "you're definitely",
  "you clearly have";
- someone the reader mentioned: "your husband is definitely a narcissist",
  "sounds like your mom has BPD";
- a third person, a stranger or a public figure: "he's clearly a sociopath",
  "[politician] is obviously a narcissist", "this guy is textbook NPD";
- an explicit verdict: "I'd diagnose him with", "my armchair diagnosis".

What it leaves alone: the clinical use of a diagnosis ("treatment of OCD"),
the author's own diagnosis ("I have ADHD"), conditions ("if you have OCD,
ERP helps"), negation ("I can't tell you whether your husband is a
narcissist"), questions ("is it possible you have ADHD?"), quoted speech, and
a clinician's statement about their own client (a privacy matter, not this).

Second-person verdicts addressed to a *general* audience ("lose your keys?
always late? you definitely have ADHD") are returned with kind "generic":
they are self-diagnosis checklists, an accuracy matter but not a boundary one.

Sources: APA Ethics Code 9.01, 5.04; American Psychiatric Association,
Principles of Medical Ethics §7.3 ("Goldwater Rule"); APA Social Media
Guideline 2.7.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import DIAGNOSIS_TERM, factored

__all__ = ["Diagnosis", "find_diagnoses", "individual_diagnoses", "generic_diagnoses"]

REL = (
    r"(?:husband|wife|hubby|partner|spouse|boyfriend|girlfriend|bf|gf|ex|ex-husband|ex-wife|ex-boyfriend|"
    r"ex-girlfriend|ex-partner|mom|mother|mum|dad|father|mother-in-law|father-in-law|mil|boss|manager|"
    r"coworker|co-worker|colleague|son|daughter|kid|kids|child|toddler|teen|teenager|sister|brother|sibling|"
    r"friend|best\s+friend|bff|roommate|fiance|fiancee|fiancé|neighbou?r|stepmom|stepdad|grandma|grandpa|"
    r"parents?|in-laws|family\s+member|landlord|teacher)"
)

_CERT = (
    r"(?:definitely|clearly|obviously|totally|certainly|surely|undoubtedly|absolutely|100%|"
    r"probably|most\s+likely|likely|a\s+textbook|textbook|a\s+classic|classic|a\s+total|an\s+obvious|"
    r"a\s+clear|def|prob|100\s+percent|without\s+(?:a\s+)?doubt|certified|certifiably)"
)

_SUBJ = r"(?<![\w\]'])(?:\[[^\]\n]{1,30}\]|[a-z][\w'\-]*)"

_HEDGE = r"(?:might|may|could|probably|definitely|clearly|obviously|likely|most\s+likely|really|totally|must)"

# Anchors.  Group names say who is being assessed.
_ANCHOR = re.compile(factored(
    # the reader, or someone they mentioned, through "sounds/seems/looks like"
    r"(?P<sounds>\b(?:sounds?|seems?|looks?|reads?)\s+(?:to\s+me\s+|a\s+lot\s+|an\s+awful\s+lot\s+)?like\s+"
    r"(?:(?P<s_you>you|u)|(?:your|ur)\s+" + REL + r"|(?:he|she|they|this\s+(?:guy|person|man|woman)))\b)"
    # the reader, directly
    r"|(?P<you>\b(?:you|u)(?:'re|\s+are|\s+r|'ve\s+got|\s+have\s+got|\s+got|\s+have|\s+def(?:initely)?|\s+clearly|"
    r"\s+obviously|\s+probably|\s+most\s+likely|\s+likely|\s+totally|\s+might|\s+may|\s+could|\s+must)\b)"
    # someone the reader mentioned
    r"|(?P<rel>\b(?:your|ur)\s+" + REL + r"(?:'s|\s+is|\s+has|\s+sounds?|\s+seems?|\s+" + _HEDGE + r")\b)"
    # a third person: pronoun, named person or "this guy", with certainty
    r"|(?P<third>(?P<subj>" + _SUBJ + r")(?:'s|\s+is|\s+has|'re|\s+are)\s+" + _CERT + r"\b)"
    r"|(?P<third2>(?P<subj2>" + _SUBJ + r")\s+(?:definitely|clearly|obviously|probably|certainly|totally|"
    r"undoubtedly|surely)\s+(?:is|has)\b)"
    # a named or public person, no certainty word, with a personality-type verdict
    r"|(?P<named>(?P<subj3>" + _SUBJ + r")(?:'s|\s+is|\s+has)\s+(?:an?\s+)?(?:(?:malignant|covert|raging|full-blown|"
    r"total|clinical|diagnosable)\s+)?(?:narcissist|sociopath|psychopath|npd|aspd|narcissistic\s+personality|"
    r"antisocial\s+personality|a\s+malignant\s+narcissist)\b)"
    # a verdict phrased as evidence: "his posts are consistent with untreated ADHD"
    r"|(?P<signs>\b(?:(?:is|are|was|were|'s|seems?|looks?|sounds?)\s+(?:\w+\s+)?consistent\s+with|(?:shows?|showing|displays?|"
    r"displaying|exhibits?|exhibiting|has|with)\s+(?:(?:all|the|of|classic|clear|textbook|obvious|telltale|tell-tale|many|"
    r"several|some|hallmark|typical|red-flag|red\s+flag)\s+){0,3}(?:signs?|symptoms?|hallmarks?|markers?|traits?)\s+of|(?:classic|textbook)\s+(?:case|example)\s+of"
    r"|meets?\s+(?:every|all|all\s+the|the|full|most|many|each)\s+(?:\w+\s+)?(?:criterion|criteria)\s+(?:for|of)"
    r"|(?:fits?|ticks?|checks?)\s+(?:every|all|all\s+the|each)\s+(?:\w+\s+)?(?:box|boxes|criteria|criterion)\s+(?:for|of))\b)"
    # a hedged label in a later clause: "this lady is ..., probably schizophrenic"
    r"|(?P<hedge>(?:,|;|\s-|\.{3})\s*(?:probably|definitely|clearly|obviously|most\s+likely|likely|100%|totally|possibly)\s+)"
    # an explicit verdict
    r"|(?P<verdict>\b(?:i'?d|i\s+would|i'?ll|i\s+will|i'?m|i\s+am|let\s+me|i\s+can|i\s+could|we\s+can|gonna)\s+"
    r"(?:\w+\s+){0,2}?diagnos(?:e|ing)\s+(?:him|her|them|you|your\s+\w+|this\s+\w+|the\s+\w+|[a-z]+)\s+(?:with|as)\b"
    r"|\b(?:my|an?)\s+(?:armchair|long-distance|remote|internet|instagram|tiktok)\s+diagnos(?:is|es)\b"
    r"|\bdiagnos(?:is|ed)\s+(?:from\s+(?:here|afar|my\s+couch|the\s+couch|a\s+distance)|via\s+(?:video|tiktok|twitter))\b)"
))

_DX = re.compile(r"\b" + DIAGNOSIS_TERM + r"\b")
_DX_AFTER_LIMIT = 48
_CLAUSE_END = re.compile(r"[.;:!?\n(]|,\s|\s(?:but|and|because|though|although|so|which|who|if|when)\s|\s-\s")
# "you might want to get evaluated for ADHD" is a referral, not a verdict.
_REFERRAL_GAP = re.compile(
    r"\b(?:evaluat\w*|assess\w*|screen\w*|test\w*|look\s+into|talk|ask|check|read|learn|research|explore|consider|"
    r"worth|seek|see\s+a|get|getting|rule\s+out|diagnosed|know|about|without|struggl\w*|living|live|dealing|coping|"
    r"worried|worrying|wondering|scared|afraid|misdiagnosed|treated)\b"
)
_NEG_GAP = re.compile(r"\b(?:not|never|no|isn't|aren't|doesn't|don't|didn't|can't|cannot|won't|wasn't)\b|n't\b")

# Who a third-person subject may be.  Pronouns, people nouns and public roles;
# a capitalised name is checked against the original text instead.
_PERSON_SUBJECT = re.compile(
    r"(?:he|she|they|guy|dude|man|woman|lady|person|girl|boy|kid|celebrity|celeb|politician|president|"
    r"senator|governor|candidate|ceo|billionaire|actor|actress|singer|rapper|influencer|star|mayor|dictator|"
    r"congressman|congresswoman|minister|leader|official|host|streamer|youtuber|athlete|coach|owner|"
    r"husband|wife|boyfriend|girlfriend|ex|mom|dad|mother|father|boss|coworker|neighbor|neighbour|"
    r"roommate|brother|sister|son|daughter|uncle|aunt|cousin|mil|in-law|teacher|\[[^\]]+\])"
)
_NOT_A_PERSON = frozenset(
    "i i'm it it's this that what which who there here everyone everybody nobody anyone anybody someone "
    "somebody one this that these those ocd adhd autism depression anxiety bipolar ptsd schizophrenia "
    "diagnosis treatment therapy medication disorder narcissism research evidence ptsd trauma which and but "
    "the a an my our your their his her its we you u client patient kiddo member".split()
)
# Someone other than the author or the reader, as the subject of a "signs of" verdict.
_THIRD_PARTY = re.compile(
    r"\b(?:he|she|his|her|him|they|their|this\s+(?:guy|lady|woman|man|person|dude|girl|kid)|"
    r"(?:the|that|this|our)\s+(?:\w+\s+)?(?:founder|ceo|president|senator|governor|candidate|politician|celebrity|actor|actress|"
    r"singer|rapper|star|influencer|host|billionaire|mayor|leader|neighbou?r|boss|coworker|guy|lady|woman|man|streamer|athlete)"
    r"(?:'s)?|\[[^\]\n]{1,30}\](?:'s)?|@\w+(?:'s)?)\b"
)
_FIRST_SECOND = re.compile(r"\b(?:i|i'm|i've|me|my|you|your|we|our)\s+(?:\w+\s+)?(?:posts|behaviou?r|symptoms|traits)\b")
_CLIENT_NEAR = re.compile(r"\b(?:client|patient|counselee|kiddo|supervisee)s?\b|\bmy\s+\d{1,2}\s?(?:am|pm)\b|\bcaseload\b|\bin\s+session\b")

# Cues that the post answers one particular person.
_SPECIFIC = re.compile(
    r"\bfrom\s+(?:your|what\s+you)\b|\bbased\s+on\s+(?:your|what\s+you)\b|\bwhat\s+you(?:'re|\s+are)?\s+"
    r"(?:describ|shar|writ|said|saying|wrote|told|post)\w*|\byou\s+(?:mentioned|described|said|wrote|shared|posted|told)\b"
    r"|\bin\s+your\s+(?:case|comment|post|message|dm|video)\b|\byour\s+(?:comment|post|message|dm|story|question|video)\b"
    r"|\bthanks?\s+(?:you\s+)?for\b|\b(?:replying|reply|responding)\s+to\b|@\w|\breading\s+(?:this|your)\b"
)
# Cues that "you" is the general audience: a condition or a checklist.
_GENERAL = re.compile(
    r"\b(?:if|when|whenever|anyone\s+who|people\s+who|those\s+who|whoever)\b|\bsigns?\b|\bquiz\b|\btest\b|\brelate\b"
    r"|\btag\s+(?:a|someone|your)\b|\bthis\s+is\s+you\b|\bchecklist\b|\bcomment\s+['\"]"
)
_QUESTION_START = re.compile(r"\s*(?:\W+\s*)?(?:do|does|did|is|are|could|can|would|will|how|what|why|should|might|may|have|has|am|was|were)\b")
_CONDITION_BEFORE = re.compile(r"\b(?:if|when|whenever|whether|unless|once|until|anyone\s+who|people\s+who|those\s+who)\b")


class Diagnosis(NamedTuple):
    start: int
    end: int
    kind: str      # "individual" (a particular person) or "generic" (the audience at large)
    term: str      # the diagnosis as written (folded)


def find_diagnoses(post) -> list[Diagnosis]:
    """Every diagnosis the post pins on someone, computed once per post."""
    return post.memo("individual-diagnoses", _find)


def individual_diagnoses(post) -> list[Diagnosis]:
    return [d for d in find_diagnoses(post) if d.kind == "individual"]


def generic_diagnoses(post) -> list[Diagnosis]:
    return [d for d in find_diagnoses(post) if d.kind == "generic"]


def _dx_after(post, end: int):
    """The first diagnosis term in the clause that follows ``end``, if any."""
    text = post.text
    tail = text[end:end + _DX_AFTER_LIMIT]
    cut = _CLAUSE_END.search(tail)
    if cut:
        tail = tail[:cut.start()]
    m = _DX.search(tail)
    if not m:
        return None
    gap = tail[:m.start()]
    if _NEG_GAP.search(gap) or _REFERRAL_GAP.search(gap):
        return None
    return end + m.start(), end + m.end(), m.group(0)


def _is_capitalised(post, start: int, end: int) -> bool:
    s, e = post.offsets.span(start, end)
    word = post.original[s:e]
    return bool(word) and (word[0].isupper() or word[0] == "[")


def _subject_ok(post, m, group: str) -> bool:
    subj = m.group(group)
    if subj is None:
        return True
    subj = subj.rstrip("'s") if subj.endswith("'s") else subj
    if subj in _NOT_A_PERSON:
        return False
    if _PERSON_SUBJECT.fullmatch(subj):
        return True
    # A name: capitalised where the author wrote it, and not at a sentence start
    # unless it is clearly not a common word.
    if not _is_capitalised(post, m.start(group), m.end(group)):
        return False
    s, _ = post.sentence(m.start(group))
    if m.start(group) <= s + 1 and _DX.fullmatch(subj):
        return False
    return True


def _find(post) -> list[Diagnosis]:
    text = post.text
    out: list[Diagnosis] = []
    for m in _ANCHOR.finditer(text):
        kind = m.lastgroup
        if kind in ("s_you",):
            kind = "sounds"
        start = m.start()
        if kind == "verdict":
            dx = None
            end = m.end()
        else:
            dx = _dx_after(post, m.end())
            if dx is None and not (kind == "named"):
                continue
            end = dx[1] if dx else m.end()
        if post.negated(start) or post.in_quotes(start, end):
            continue
        sent_start, _ = post.sentence(start)
        if _QUESTION_START.match(text, sent_start) and text[sent_start:start + 60].find("?") >= 0:
            continue
        before = post.clause_before(start, 60)
        if _CONDITION_BEFORE.search(before):
            continue  # "if you have OCD, ..." describes a condition, not a person
        if kind in ("signs", "hedge"):
            if dx is None or (kind == "hedge" and dx[0] - m.end() > 3):
                continue
            lead = text[max(sent_start, start - 120):start]
            if not _THIRD_PARTY.search(lead) or _FIRST_SECOND.search(lead):
                continue
            if _CLIENT_NEAR.search(text, max(sent_start, start - 120), end):
                continue
            out.append(Diagnosis(start, end, "individual", dx[2]))
            continue
        if kind in ("third", "third2", "named"):
            group = {"third": "subj", "third2": "subj2", "named": "subj3"}[kind]
            if not _subject_ok(post, m, group):
                continue
            if _CLIENT_NEAR.search(text, max(sent_start, start - 80), end):
                continue  # a clinician's view of their own client: privacy, not this
            out.append(Diagnosis(start, end, "individual", dx[2] if dx else m.group(0)))
            continue
        if kind == "verdict":
            out.append(Diagnosis(start, end, "individual", m.group(0)))
            continue
        # Second person, or someone the reader mentioned.
        context = text[max(0, start - 160):start]
        sentence_before = text[sent_start:start]
        if _SPECIFIC.search(context) or _SPECIFIC.search(text, start, min(len(text), end + 80)):
            who = "individual"
        elif _GENERAL.search(sentence_before) or "?" in context or _GENERAL.search(context):
            who = "generic"
        else:
            who = "individual"
        out.append(Diagnosis(start, end, who, dx[2]))
    return out
