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

from collections import namedtuple
from itertools import islice

from ..engine.lazy import lazy_re
from .lexicon import (
    DIAGNOSIS_TERM, DIAGNOSIS_WORDS, MAX_CANDIDATES, Gated, flat_text, gate_open, gated_matches, lazy_factored, window_has,
    word_set, word_spans, words,
)

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

_HEDGE_WORD = r"(?:probably|definitely|clearly|obviously|most\s+likely|likely|100%|totally|possibly)\s+"

_HEDGE = r"(?:might|may|could|probably|definitely|clearly|obviously|likely|most\s+likely|really|totally|must)"

# Anchors, by who is being assessed.  Each is a separate pattern whose
# alternatives start with a literal word, so a scan skips quickly to candidates.
_ANCHORS = (
    # the reader or someone they mentioned, through "sounds/seems/looks like"
    ("sounds", words("sounds sound seems seem looks look reads read"), lazy_factored(
        r"\b(?:sounds?|seems?|looks?|reads?)\s+(?:to\s+me\s+|a\s+lot\s+|an\s+awful\s+lot\s+)?like\s+"
        r"(?:you|u|(?:your|ur)\s+" + REL + r"|he|she|they|this\s+(?:guy|person|man|woman)|"
        r"(?:a\s+)?(?:textbook|classic|full-blown|typical))\b")),
    # "that's full-blown mania", "that's textbook avoidant attachment": a verdict on someone named nearby
    ("thats", words("that thats"), lazy_factored(
        r"\bthat(?:'s|\s+is|s)\s+(?:(?:full-blown|textbook|classic|clearly|definitely|obviously|100%|literally|"
        r"straight-up|pure|a\s+textbook|a\s+classic|an?\s+obvious|a\s+case\s+of)\s+)?")),
    # the reader, directly
    ("you", words("you u"), lazy_factored(
        r"\b(?:you|u)(?:'re|\s+are|\s+r|'ve\s+got|\s+have\s+got|\s+got|\s+have|\s+def(?:initely)?|\s+clearly|"
        r"\s+obviously|\s+probably|\s+most\s+likely|\s+likely|\s+totally|\s+might|\s+may|\s+could|\s+must)\b")),
    # someone the reader mentioned
    ("rel", words("your ur"), lazy_factored(
        r"\b(?:your|ur)\s+" + REL + r"(?:'s|\s+is|\s+has|\s+sounds?|\s+seems?|\s+" + _HEDGE + r")\b")),
    # a verdict phrased as evidence: "his posts are consistent with untreated ADHD"
    ("signs", words("consistent signs sign symptoms symptom hallmarks hallmark markers marker traits trait case example "
                    "criterion criteria box boxes"), lazy_factored(
        r"\b(?:is|are|was|were|'s|seems?|looks?|sounds?)\s+(?:\w+\s+)?consistent\s+with\b"
        r"|\b(?:shows?|showing|displays?|displaying|exhibits?|exhibiting|has|with)\s+(?:(?:all|the|of|classic|clear|textbook|"
        r"obvious|telltale|tell-tale|many|several|some|hallmark|typical|red-flag|red\s+flag)\s+){0,3}"
        r"(?:signs?|symptoms?|hallmarks?|markers?|traits?)\s+of\b"
        r"|\b(?:classic|textbook)\s+(?:case|example)\s+of\b"
        r"|\bmeets?\s+(?:every|all|all\s+the|the|full|most|many|each)\s+(?:\w+\s+)?(?:criterion|criteria)\s+(?:for|of)\b"
        r"|\b(?:fits?|ticks?|checks?)\s+(?:every|all|all\s+the|each)\s+(?:\w+\s+)?(?:box|boxes|criteria|criterion)\s+(?:for|of)\b")),
    # a verdict word right before the label, about someone named nearby:
    # "the governor's presser was textbook early dementia", "Classic malignant narcissism."
    ("label", words("textbook classic clear full straight unmistakable screams scream screaming reeks smacks like"), lazy_factored(
        r"\b(?:textbook|classic|clear-cut|full-blown|straight-up|unmistakable)\s+"
        r"|\b(?:screams?|screaming|reeks\s+of|smacks\s+of)\s+"
        r"|\b(?:looks?|looked|sounds?|sounded|seems?|seemed|reads?)\s+(?:to\s+me\s+)?(?:a\s+lot\s+|exactly\s+)?like\s+")),
    # a hedged label in a later clause: "this lady is ..., probably schizophrenic"
    ("hedge", words("probably definitely clearly obviously likely 100 totally possibly"), lazy_re(
        r",\s*" + _HEDGE_WORD + r"|;\s*" + _HEDGE_WORD + r"|\.\.\.\s*" + _HEDGE_WORD + r"| -\s*" + _HEDGE_WORD
        + r"|\n-\s*" + _HEDGE_WORD)),
)

# An explicit verdict needs no diagnosis term nearby: "I'd diagnose him with", "my armchair diagnosis".
_VERDICT = lazy_factored(
    r"(?P<verdict>\b(?:i'?d|i\s+would|i'?ll|i\s+will|i'?m|i\s+am|let\s+me|i\s+can|i\s+could|we\s+can|gonna)\s+"
    r"(?:\w+\s+){0,2}?diagnos(?:e|ing)\s+(?:him|her|them|you|your\s+\w+|this\s+\w+|the\s+\w+|[a-z]+)\s+(?:with|as)\b"
    r"|\b(?:my|an?)\s+(?:armchair|long-distance|remote|internet|instagram|tiktok)\s+diagnos(?:is|es)\b"
    r"|\bdiagnos(?:is|ed)\s+(?:from\s+(?:here|afar|my\s+couch|the\s+couch|a\s+distance)|via\s+(?:video|tiktok|twitter))\b)")
# A third person with a verdict: "he's clearly a sociopath", "[politician] is obviously a
# narcissist", "Trump is a narcissist".  Found from the verb, which is rare, and
# the subject is then read back from the word just before it; scanning every word
# as a possible subject would cost far more.
_THIRD_VERB = lazy_factored(
    r"\b(?:is|has|are)\s+" + _CERT + r"\b|'(?:s|re)\s+" + _CERT + r"\b"
)
_THIRD2_VERB = lazy_factored(
    r"\b(?:definitely|clearly|obviously|probably|certainly|totally|undoubtedly|surely)\s+(?:is|has)\b"
)
_NAMED_VERB = lazy_factored(
    r"\b(?:is|has)\s+(?:an?\s+)?(?:(?:malignant|covert|raging|full-blown|total|clinical|diagnosable)\s+)?"
    r"(?:narcissist|sociopath|psychopath|npd|aspd|narcissistic\s+personality|antisocial\s+personality|a\s+malignant\s+narcissist)\b"
    r"|'s\s+(?:an?\s+)?(?:(?:malignant|covert|raging|full-blown|total|clinical|diagnosable)\s+)?"
    r"(?:narcissist|sociopath|psychopath|npd|aspd|narcissistic\s+personality|antisocial\s+personality|a\s+malignant\s+narcissist)\b"
)
# A plain "is/has" verdict, kept only with a certainty or authority cue nearby
# ("That man is in the early stages of dementia and I'd stake my license on it").
_PLAIN_VERB = lazy_factored(r"\b(?:is|has)\s+(?:in\s+(?:the\s+)?(?:\w+\s+)?(?:stages?|throes|midst)\s+of\s+)?|'s\s+")
_CERTAINTY_CUE = lazy_factored(
    r"\bi'?d\s+(?:stake|bet)\b|\btrust\s+me\b|\bmark\s+my\s+words\b|\bno\s+doubt\b|\bi\s+can\s+(?:spot|tell|see)\b"
    r"|\bhot\s+take\b|\bcalling\s+it\b|\bnobody\s+(?:will|wants\s+to|is\s+going\s+to)\s+say\s+it\b|\bguarantee\b"
    r"|\bas\s+an?\s+(?:licensed\s+|clinical\s+|practicing\s+|board-certified\s+)?(?:psychologist|psychiatrist|therapist|"
    r"counsell?or|clinician|professional|np|pmhnp|lcsw|lpc|lmft|nurse|doctor|resident)\b|\bpgy-?\d\b|\btherapist\s+here\b"
    r"|\b(?:psychologist|psychiatrist|therapist|counsell?or|clinician)\s+(?:reacts|breaks\s+down|here)\b"
)
# Every form of _CERTAINTY_CUE has one of these words (or "pgy"): a window
# without any is not scanned with it.  Keep in step with _CERTAINTY_CUE.
_CERTAINTY_WORDS = words("""
stake bet trust mark doubt spot tell see hot calling nobody guarantee psychologist psychiatrist therapist counselor
counsellor clinician professional np pmhnp lcsw lpc lmft nurse doctor resident
""")
# Words without which each verb-first pattern cannot match (None: no words needed,
# see _certainty_near).  Keep in step with _CERT and the patterns.
_CERT_WORDS = words("""
definitely clearly obviously totally certainly surely undoubtedly absolutely 100 probably likely textbook classic total
obvious clear def prob percent without certified certifiably
""")
_LABEL_WORDS = words("narcissist sociopath psychopath npd aspd narcissistic antisocial")
_VERBS = (
    ("third", _THIRD_VERB, _CERT_WORDS),
    ("third2", _THIRD2_VERB, words("definitely clearly obviously probably certainly totally undoubtedly surely")),
    ("named", _NAMED_VERB, _LABEL_WORDS),
    ("plain", _PLAIN_VERB, None),
)
_THIRD_WORDS = _CERT_WORDS | _LABEL_WORDS
_PERSON_BEFORE = lazy_factored(
    r"\b(?:he|she|guy|dude|man|woman|lady|person|girl|boy|kid|celebrity|celeb|politician|president|senator|governor|"
    r"candidate|ceo|founder|billionaire|actor|actress|singer|rapper|influencer|star|mayor|dictator|congressman|congresswoman|"
    r"minister|leader|official|host|streamer|youtuber|athlete|commenter|poster|reviewer|stranger|troll|podcaster|anchor)\b"
    r"|@\w+|\[[^\]\n]{1,30}\]"
)
_OWN_BEFORE = lazy_re(r"\b(?:my|our)\s+$")
_CLAUSE_BREAK_IN = lazy_re(r"[,;:.!?]|\s(?:and|but|so|because|while|who|which)\s")
# "that commenter who keeps replying to me is clearly ...": a relative clause between person and verb
_RELATIVE = lazy_re(r"\s+(?:who|that)\s+[^,;:.!?]{1,50}$")
_SUBJECT_BEFORE = lazy_re(r"(?:\[[^\]\n]{1,30}\]|(?<![\w'])[a-z][\w\-]*)$")


class _Anchor:
    """A match-like record for anchors found verb-first."""

    __slots__ = ("lastgroup", "_start", "_end", "_subj", "_text")

    def __init__(self, kind, start, end, subj, text=""):
        self.lastgroup, self._start, self._end, self._subj, self._text = kind, start, end, subj, text

    def start(self, group=None):
        return self._subj[0] if group == "subj" else self._start

    def end(self, group=None):
        return self._subj[1] if group == "subj" else self._end

    def group(self, group=0):
        return self._text


def _certainty_near(post, lo: int, hi: int) -> bool:
    return window_has(post, lo, hi, _CERTAINTY_WORDS, ("pgy",)) and _CERTAINTY_CUE.search(post.text, lo, hi) is not None


def _third_party(post, lo, hi, here):
    """Verb-first anchors in ``text[lo:hi]``, whose words are ``here``."""
    text = post.text
    found = []
    for kind, pattern, need in _VERBS:
        if need is not None and need.isdisjoint(here):
            continue
        matches = list(islice(pattern.finditer(text, lo, hi), MAX_CANDIDATES))
        # The cue is looked for only where a plain verb was found: the verb scan is the cheaper one.
        if kind == "plain" and matches and not _certainty_near(post, max(0, lo - 200), min(len(text), hi + 200)):
            continue
        for m in matches:
            v = m.start()
            while v > 0 and text[v - 1].isspace():
                v -= 1
            s = _SUBJECT_BEFORE.search(text, max(0, v - 32), v)
            if s is None:
                continue
            subj = (s.start(), s.end())
            if not _PERSON_SUBJECT.fullmatch(text, *subj):
                # "the senator from last night's hearing is ...": the person may sit a few words back
                clause_start = max(post.sentence(v)[0], v - 60)
                p = None
                for p in _PERSON_BEFORE.finditer(text, clause_start, v):
                    pass
                if p is not None and (not _CLAUSE_BREAK_IN.search(text, p.end(), v)
                                      or _RELATIVE.match(text, p.end(), v)):
                    subj = (p.start(), p.end())
            found.append(_Anchor(kind, subj[0], m.end(), subj, text[subj[0]:m.end()]))
    found.sort(key=lambda a: a.start())
    return found


_DX = lazy_factored(r"\b" + DIAGNOSIS_TERM + r"\b")
# How far before a diagnosis term an anchor can start (longest anchor + the
# 48 characters allowed between anchor and term).
_ANCHOR_REACH = 100
_VERDICT_WORDS = frozenset("diagnose diagnosing diagnosis diagnoses diagnosed".split())
TRIGGERS = DIAGNOSIS_WORDS | _VERDICT_WORDS
# _VERDICT has no literal prefix worth the name (its forms start with "i", "my", "a"...):
# in a long text it runs only in the paragraphs with a form of "diagnose".
_GATED_VERDICT = (Gated(_VERDICT, (_VERDICT_WORDS,)),)
_DX_AFTER_LIMIT = 48
_GW_TRIGGERS = TRIGGERS | frozenset("faking relapsing depressed decompensating dissociating episode intermittent frontotemporal "
                                    "undiagnosed".split())
_CLAUSE_END = lazy_re(r"[.;:!?\n(]|,\s|\s(?:but|and|because|though|although|so|which|who|if|when)\s|\s-\s")
# "you might want to get evaluated for ADHD" is a referral, not a verdict.
_REFERRAL_GAP = lazy_factored(r"\b(?:evaluat\w*|assess\w*|screen\w*|test\w*|look\s+into|talk|ask|check|read|learn|research|explore|consider|"
    r"worth|seek|see\s+a|get|getting|rule\s+out|diagnosed|know|about|without|struggl\w*|living|live|dealing|coping|"
    r"worried|worrying|wondering|scared|afraid|misdiagnosed|treated)\b"
)
_NEG_GAP = lazy_factored(r"\b(?:not|never|no|isn't|aren't|doesn't|don't|didn't|can't|cannot|won't|wasn't)\b|n't\b")

# Who a third-person subject may be.  Pronouns, people nouns and public roles;
# a capitalised name is checked against the original text instead.
_PERSON_SUBJECT = lazy_re(r"(?:he|she|they|guy|dude|man|woman|lady|person|girl|boy|kid|celebrity|celeb|politician|president|"
    r"senator|governor|candidate|ceo|billionaire|actor|actress|singer|rapper|influencer|star|mayor|dictator|"
    r"congressman|congresswoman|minister|leader|official|host|streamer|youtuber|athlete|coach|owner|"
    r"commenter|poster|reviewer|stranger|troll|podcaster|anchor|"
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
_THIRD_PARTY = lazy_factored(r"\b(?:he|she|his|her|him|they|their|this\s+(?:guy|lady|woman|man|person|dude|girl|kid)|"
    r"(?:the|that|this|our)\s+(?:\w+\s+)?(?:founder|ceo|president|senator|governor|candidate|politician|celebrity|actor|actress|"
    r"singer|rapper|star|influencer|host|billionaire|mayor|leader|neighbou?r|boss|coworker|guy|lady|woman|man|streamer|athlete)"
    r"(?:'s)?|\[[^\]\n]{1,30}\](?:'s)?|@\w+(?:'s)?)\b"
)
# A particular public or named person, for verdicts with no grammatical subject
# ("Watched the senator's presser. Classic malignant narcissism.").
_FIGURE = lazy_factored(r"\b(?:the|that|this|our|your)\s+(?:[\w-]+\s+){0,2}?(?:senator|governor|president|politician|candidate|nominee|"
    r"ceo|founder|billionaire|celebrity|celeb|actor|actress|singer|rapper|influencer|streamer|youtuber|podcaster|athlete|mayor|"
    r"congressman|congresswoman|congressperson|minister|host|anchor|commenter|poster|reviewer|troll|dictator|monarch|"
    r"prince|princess|king|queen|speaker|chancellor|judge|coach|quarterback|pundit|star|pop\s+star|popstar|musician|comedian|"
    r"executive|exec|tycoon|mogul|royal|lawmaker|official|spokesperson|press\s+secretary)(?:'s)?\b"
    r"|\b(?:this|that)\s+(?:guy|dude|lady|woman|man|person|girl|kid)\b|@\w+|\[[^\]\n]{1,30}\]")
# The label stands as a verdict: a fragment, after a colon, or after a verb of being.
_LABEL_BEFORE = lazy_re(r"(?:^|[.!?:\n]|\s[-\u2013\u2014]|\b(?:is|was|are|were|'s|looks?|looked|seems?|seemed|sounds?|sounded|like|"
    r"pure|just|honestly|literally|basically|that'?s)|\ba)\s*$")
_LABEL_GENERAL_AFTER = lazy_re(r"\s+(?:in|is|are|was|were|can|often|may|might|looks?|presents?|symptoms?|traits?|signs?|criteria|"
    r"kids?|girls|boys|women|men|adults|children|teens|patients|clients|research|treatment|diagnos\w*|screen\w*|care|services?|"
    r"meds|medications?|therapy|support|awareness|management|rates?|studies|prevention|programs?|education|resources?|"
    r"often|usually|sometimes|typically|tends?|isn'?t|doesn'?t|and\s+(?:other|related))\b")
_MODAL_BEFORE = lazy_re(r"\b(?:can|could|may|might|often|sometimes|usually|will|would|does|do|doesn'?t|don'?t|to|also|still|"
    r"typically|commonly|easily)\s+$")
_FIRST_SECOND = lazy_factored(r"\b(?:i|i'm|i've|me|my|you|your|we|our)\s+(?:\w+\s+)?(?:posts|behaviou?r|symptoms|traits)\b")
_CLIENT_NEAR = lazy_factored(r"\b(?:client|patient|counselee|kiddo|supervisee)s?\b|\bmy\s+\d{1,2}\s?(?:am|pm)\b|\bcaseload\b|\bin\s+session\b")

# Cues that the post answers one particular person.
_SPECIFIC = lazy_factored(r"\bfrom\s+(?:your|what\s+you)\b|\bbased\s+on\s+(?:your|what\s+you)\b|\bwhat\s+you(?:'re|\s+are)?\s+"
    r"(?:describ|shar|writ|said|saying|wrote|told|post)\w*|\byou\s+(?:mentioned|described|said|wrote|shared|posted|told)\b"
    r"|\bin\s+your\s+(?:case|comment|post|message|dm|video)\b|\byour\s+(?:comment|post|message|dm|story|question|video)\b"
    r"|\bthanks?\s+(?:you\s+)?for\b|\b(?:replying|reply|responding)\s+to\b|@\w|\breading\s+(?:this|your)\b|\bu/\w"
    r"|\bto\s+the\s+(?:member|person|poster|commenter|op|parent|mom|dad)\b|\bfrom\s+(?:the|her|his|their)\s+(?:video|post|clip|photo)s?\b"
)
# Cues that "you" is the general audience: a condition or a checklist.
_GENERAL = lazy_factored(r"\b(?:if|when|whenever|anyone\s+who|people\s+who|those\s+who|whoever)\b|\bsigns?\b|\bquiz\b|\btest\b|\brelate\b"
    r"|\btag\s+(?:a|someone|your)\b|\bthis\s+is\s+you\b|\bchecklist\b|\bcomment\s+['\"]"
)
_QUESTION_START = lazy_re(r"\s*(?:\W+\s*)?(?:do|does|did|is|are|could|can|would|will|how|what|why|should|might|may|have|has|am|was|were)\b")
_CONDITION_BEFORE = lazy_factored(r"\b(?:if|when|whenever|whether|unless|once|until|anyone\s+who|people\s+who|those\s+who)\b")


# kind: "individual" (a particular person) or "generic" (the audience at large);
# term: the diagnosis as written (folded).
Diagnosis = namedtuple("Diagnosis", "start end kind term")


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


def _subject_ok(post, m) -> bool:
    s0, s1 = m.start("subj"), m.end("subj")
    subj = post.text[s0:s1]
    if subj in _NOT_A_PERSON:
        return False
    if _PERSON_SUBJECT.fullmatch(subj):
        return True
    # A name: capitalised where the author wrote it, and not at a sentence start
    # unless it is clearly not a common word.
    if not _is_capitalised(post, s0, s1):
        return False
    s, _ = post.sentence(s0)
    if s0 <= s + 1 and _DX.fullmatch(subj):
        return False
    return True


def _anchors(post):
    """Anchor matches, looked for only just before each diagnosis term.

    A verdict needs a diagnosis within a few words, so scanning short windows
    before each term finds the same anchors as scanning the whole post, at a
    fraction of the cost.  Explicit verdicts ("I'd diagnose him with") need no
    term and are looked for only when a form of "diagnose" is present.
    """
    text = post.text
    seen = set()
    windows = []
    for d_start, d_end in word_spans(post, DIAGNOSIS_WORDS):
        lo = max(0, d_start - _ANCHOR_REACH)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = d_end  # overlapping windows are scanned once
        else:
            windows.append([lo, d_end])
    present = word_set(post)
    anchors = [(kind, need, pattern) for kind, need, pattern in _ANCHORS if not need.isdisjoint(present)] if windows else ()
    third = windows and (not _THIRD_WORDS.isdisjoint(present) or (
        (not _CERTAINTY_WORDS.isdisjoint(present) or "pgy" in text) and _CERTAINTY_CUE.search(text) is not None))
    flat = flat_text(post)
    for lo, hi in windows:
        # A match inside the window has its words among the window's words: a
        # pattern runs only in the windows that have one of its words (in a long
        # text the whole post has them all).
        here = set(flat[lo:hi].split())
        for kind, need, pattern in anchors:
            if need.isdisjoint(here):
                continue
            for m in islice(pattern.finditer(text, lo, hi), MAX_CANDIDATES):
                if m.start() not in seen:
                    seen.add(m.start())
                    yield _Anchor(kind, m.start(), m.end(), None, m.group(0))
        for m in (_third_party(post, lo, hi, here) if third else ()):
            if m.start() not in seen:
                seen.add(m.start())
                yield m
    for m in gated_matches(post, _GATED_VERDICT):
        if m.start() not in seen:
            seen.add(m.start())
            yield _Anchor("verdict", m.start(), m.end(), None, m.group(0))


def _keep(out: list, d: Diagnosis) -> int:
    out.append(d)
    return d.end


def _find(post) -> list[Diagnosis]:
    out = _find_anchored(post)
    if gate_open(post, _GW_TRIGGERS):
        _goldwater(post, out)
        out.sort(key=lambda d: d.start)
    return out


def _find_anchored(post) -> list[Diagnosis]:
    if not gate_open(post, TRIGGERS):
        return []
    text = post.text
    out: list[Diagnosis] = []
    covered = -1  # end of the last diagnosis kept: anchors inside it are the same evidence
    for m in sorted(_anchors(post), key=lambda m: m.start()):
        kind = m.lastgroup
        start = m.start()
        if start < covered:
            continue
        if kind == "verdict":
            dx = None
            end = m.end()
        else:
            dx = _dx_after(post, m.end())
            if dx is None and not (kind == "named"):
                continue
            if kind == "rel" and m.group(0).endswith("'s") and not text[m.end():dx[0]].strip():
                continue  # "your son's ADHD evaluation": a possessive, not a verdict
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
            covered = _keep(out, Diagnosis(start, end, "individual", dx[2]))
            continue
        if kind == "label":
            # "textbook early frontotemporal dementia", after a particular person is named
            if dx is None or dx[0] - m.end() > 32:
                continue
            verb = m.group(0).startswith(("scream", "reek", "smack", "look", "sound", "seem", "read"))
            if not (verb or _LABEL_BEFORE.search(text, max(0, start - 24), start)) or _LABEL_GENERAL_AFTER.match(text, end):
                continue  # "Classic ADHD in girls is often missed" describes the condition
            if verb and _MODAL_BEFORE.search(text, max(0, start - 16), start):
                continue  # "burnout can look like depression" is general
            lead = text[max(0, start - 240):start]
            if not _FIGURE.search(lead) or _CLIENT_NEAR.search(text, max(0, start - 240), end):
                continue
            covered = _keep(out, Diagnosis(start, end, "individual", dx[2]))
            continue
        if kind == "thats":
            # "that's full-blown mania": about someone only when the post names a person or answers one
            lead = text[max(0, start - 200):start]
            if dx is None or not (_THIRD_PARTY.search(lead) or _SPECIFIC.search(lead)):
                continue
            if _CLIENT_NEAR.search(text, max(sent_start, start - 120), end):
                continue
            covered = _keep(out, Diagnosis(start, end, "individual", dx[2]))
            continue
        if kind in ("third", "third2", "named", "plain"):
            if not _subject_ok(post, m):
                continue
            if kind == "plain" and _OWN_BEFORE.search(text, max(0, start - 6), start):
                continue  # "my son is autistic": the author's own family, said plainly
            if _CLIENT_NEAR.search(text, max(sent_start, start - 80), end):
                continue  # a clinician's view of their own client: privacy, not this
            covered = _keep(out, Diagnosis(start, end, "individual", dx[2] if dx else m.group(0)))
            continue
        if kind == "verdict":
            covered = _keep(out, Diagnosis(start, end, "individual", m.group(0)))
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
        covered = _keep(out, Diagnosis(start, end, who, dx[2]))
    return out


# --- a public figure or a stranger in the news, diagnosed from afar (the Goldwater situation) ---
# A figure named by role ("the gymnast who withdrew", "that performer", "today's shooter", "@handle"),
# a label or a verdict about their state in the same or the next sentence, and the author's
# professional standing or a claim of certainty.
_GW_FIGURE = lazy_factored(r"\b(?:the|that|this|today'?s|yesterday'?s|last\s+night'?s)\s+(?:[\w'-]+\s+){0,3}?(?:shooter|gunman|attacker|goalkeeper|keeper|referee|"
    r"suspect|gymnast|performer|cricketer|player|guard|quarterback|pitcher|striker|golfer|boxer|fighter|swimmer|skater|athlete|"
    r"singer|rapper|actor|actress|influencer|billionaire|ceo|founder|senator|governor|president|politician|candidate|celebrity|"
    r"streamer|youtuber|tiktoker|podcaster|comedian|musician|pop\s+star|royal|prince|princess|mayor|party|crowd|driver|"
    r"contestant|host|anchor|star|man|woman|guy|lady)\b|@[\w.]+")
_GW_FIGURE_WORDS = words("""
shooter gunman attacker goalkeeper keeper referee suspect gymnast performer cricketer player guard quarterback pitcher striker golfer boxer fighter
swimmer skater athlete singer rapper actor actress influencer billionaire ceo founder senator governor president
politician candidate celebrity streamer youtuber tiktoker podcaster comedian musician star royal prince princess mayor party
crowd driver contestant host anchor man woman guy lady
""")
_GW_STATE = lazy_factored(r"\b(?:faking|relapsing|depressed|decompensating|dissociating|"
    r"in\s+(?:a|the\s+middle\s+of\s+a)\s+(?:full\s+|full-blown\s+|major\s+)?(?:manic|depressive|psychotic|hypomanic|mixed)\s+episode|"
    r"intermittent\s+explosive|frontotemporal|undiagnosed\s+\w+|(?:a\s+)?collective\s+psychosis)\b")
_GW_STATE_WORDS = words("faking relapsing depressed decompensating dissociating in intermittent frontotemporal undiagnosed collective")
_GW_CUE = lazy_factored(r"\bas\s+an?\s+(?:[\w-]+\s+){0,2}?(?:psychologist|psychiatrist|therapist|counsell?or|clinician|np|pmhnp|lcsw|lpc|"
    r"lmft|nurse|doctor|md|psych\s+np)\b|\b(?:psychiatrist|psychologist|therapist|clinician|counsell?or)'s\s+opinion\b"
    r"|\bclinical(?:ly)?\b|\bi'?ve\s+seen\s+(?:it\s+)?(?:hundreds|thousands|a\s+(?:hundred|thousand))\b|\bi\s+treat\s+(?:\w+\s+)?like\s+(?:him|her|them)\b"
    r"|\bdiagnostic\s+interview\b|\bboard-certified\b|\blicensed\b|\bforensic\b|\b100%|\bobviously\b|\bclearly\b|\btextbook\b"
    r"|\bscreams?\b|\bwith\s+certainty\b|\bi'?m\s+calling\s+it\b|\bnot\s+a\s+joke\b|\bisn'?t\s+even\s+subtle\b|\bhot\s+take\b")
_GW_SELF_REPORT = lazy_factored(r"\b(?:has\s+(?:spoken|talked|written)|opened\s+up|diagnosed\s+with|was\s+diagnosed|been\s+diagnosed|"
    r"announced|disclosed|shared\s+(?:his|her|their)|memoir|goldwater|won'?t\s+diagnose|not\s+diagnosing|can'?t\s+diagnose|"
    r"nobody\s+should|don'?t\s+diagnose)\b")


def _goldwater(post, out):
    present = word_set(post)
    if _GW_FIGURE_WORDS.isdisjoint(present) and "@" not in post.text:
        return
    text = post.text
    taken = [(d.start, d.end) for d in out]
    for f in _GW_FIGURE.finditer(text):
        s, e = post.sentence(f.start())
        _, e2 = post.sentence(e) if e < len(text) else (s, e)
        hi = min(e2, f.end() + 260)
        label = _DX.search(text, f.end(), hi) or _GW_STATE.search(text, f.end(), hi)
        if label is None or _CLIENT_NEAR.search(text, s, hi):
            continue
        if any(a <= label.start() < b for a, b in taken):
            continue
        if not _GW_CUE.search(text, max(0, s - 200), min(len(text), hi + 200)):
            continue
        if _GW_SELF_REPORT.search(text, max(0, s - 120), min(len(text), hi + 60)):
            continue
        if post.negated(label.start(), 40) or post.negated(f.start(), 40) or post.in_quotes(label.start(), label.end()):
            continue
        if _CONDITION_BEFORE.search(post.clause_before(f.start(), 60)) or _LABEL_GENERAL_AFTER.match(text, label.end()) \
                and not _GW_STATE.match(text, label.start()):
            continue
        out.append(Diagnosis(f.start(), label.end(), "individual", label.group(0)))
        taken.append((f.start(), label.end()))
        return
