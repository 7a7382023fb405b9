"""Shared detectors for what privacy and consent both act on.

Both areas look at the same evidence, so it is found once per post here (and
memoised on the post):

* :func:`find_client_narratives`: a story about one particular client.
* :func:`find_client_material`: a client's own writing, art, messages,
  testimonial, photo or voice shared or described in a post.
* :func:`find_session_recordings`: a session (or a client in one) being
  filmed, recorded, livestreamed or clipped.

A reference to a client ("my 3pm", "a patient of mine", "the couple I see on
Wednesdays") becomes a *narrative* only when it comes with something that
makes it about one real person: something they said, did or went through
("told me", "cried", "her divorce"), or an identifying detail (age, job,
town, school, name, initials, handle, rare condition).  A time alone ("a
client today") is not enough, except for references that are a session
themselves ("my 3pm", "in group today") or that place the person in the
author's caseload, office or group ("a kiddo on my caseload ... today").
Who someone is, without a story ("Priya, whom I've been seeing in therapy"),
is a privacy matter but not a story used as content.  Generic talk ("clients often ask
me...", "when a client says..."), policy statements ("I never share client
stories"), explicit composites and role-plays, and the author's own therapy
("my therapist said...") are not narratives.

Performance: every scanning pattern starts with literal text (no leading
``\\b``; word lists are built as tries), so the regex engine can skip most
positions, and word boundaries are checked in Python on the few candidates.
One pass finds which hint stems occur (:func:`hints`); a rule whose stems are
absent does no work, and in a long text a rule scans only near its stems
(:func:`hint_windows`).  The expensive questions (what happened, is anyone
identifiable) are asked in a bounded window around each candidate, and at
most :data:`MAX_CANDIDATES` candidates per pattern are examined, so a check
stays linear in the input.

Sources: APA Ethics Code §4.01, §4.06, §4.07; APA Social Media Guideline 2.2;
ACA Code of Ethics §H.6.d; AAMFT Code 1.12, 2.1-2.2; HIPAA Safe Harbor,
45 CFR 164.514(b)(2) (the identifiers behind IDENTIFIER).
"""

from __future__ import annotations

import re

from ..engine.lazy import lazy_re
from .lexicon import COMPOSITE

__all__ = [
    "Narrative", "Material", "Recording", "ClientNoun", "TIME", "ACTION", "IDENTIFIER", "POLICY_NEGATION",
    "CLIENT_SING", "OTHER_DET", "MAX_CANDIDATES", "find_client_narratives", "find_client_material",
    "find_session_recordings", "find_client_nouns", "policy_negated", "not_real", "identifier_near", "trie",
    "first_word", "iter_words", "iter_all", "at_word_start", "hints", "hint_windows", "HINTS_RECORDING",
    "HINTS_PERMISSION", "HINTS_SEARCH", "HINTS_SOLICIT", "HINTS_REPLY", "HINTS_SERVICES", "HINTS_TREATMENT",
]


# -- helpers -----------------------------------------------------------------

def trie(items) -> str:
    """A regex alternation of ``items`` factored as a trie on their literal heads.

    Each item is a literal word or phrase, or a ``(literal_head, regex_tail)``
    pair.  Python's regex engine tries alternatives one by one and can skip
    positions quickly only when every alternative starts with a literal
    character; factoring shared prefixes ("counsel", "counselled",
    "counselling") keeps long lists cheap and literal-first.  A space in a
    literal matches any run of whitespace.  Siblings start with different
    characters, so their order does not matter.
    """
    key = tuple(items)
    cached = _TRIES.get(key)
    if cached is not None:
        return cached
    root: dict = {}
    for item in key:
        head, tail = (item, "") if isinstance(item, str) else item
        node = root
        for ch in head:
            child = node.get(ch)
            if child is None:
                child = node[ch] = {}
            node = child
        tails = node.get("")
        if tails is None:
            node[""] = [tail]
        elif tail not in tails:
            tails.append(tail)
    out = _TRIES[key] = "(?:" + _build(root) + ")"
    return out


_TRIES: dict = {}


def _esc(ch: str) -> str:
    e = _ESCAPED.get(ch)
    if e is None:
        e = _ESCAPED[ch] = r"\s+" if ch == " " else re.escape(ch)
    return e


_ESCAPED: dict = {}


def _build(node) -> str:
    alts = []
    tails = ()
    for ch, child in node.items():
        if ch == "":
            tails = child
            continue
        # follow a chain of single children without recursion: "c-l-i-e-n-t"
        chars = [_ESCAPED.get(ch) or _esc(ch)]
        while len(child) == 1 and "" not in child:
            (ch, child), = child.items()
            chars.append(_ESCAPED.get(ch) or _esc(ch))
        alts.append("".join(chars) + _build(child))
    alts.extend(t if len(t) < 2 or "|" not in t else "(?:" + t + ")" for t in tails if t)
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in tails:
        return ("(?:" + body + ")?") if len(alts) == 1 else body + "?"
    return body


def at_word_start(text: str, i: int) -> bool:
    """True when position ``i`` of ``text`` starts a word (nothing word-like before it)."""
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")


_boundary = at_word_start


def iter_words(rx: re.Pattern, text: str, start: int = 0, end: int | None = None, limit: int | None = None):
    """``rx.finditer`` keeping only matches that start at a word boundary.

    Yields at most ``limit`` matches (default :data:`MAX_CANDIDATES`).
    """
    left = MAX_CANDIDATES if limit is None else limit
    for m in rx.finditer(text, start, len(text) if end is None else end):
        if _boundary(text, m.start()):
            yield m
            left -= 1
            if left <= 0:
                return


def iter_all(patterns, text: str, windows):
    """Matches of several patterns within ``windows`` ((start, end) pairs), in text order."""
    found = [m for start, end in windows for rx in patterns for m in iter_words(rx, text, start, end)]
    found.sort(key=lambda m: (m.start(), -m.end()))
    return found


def first_word(rx: re.Pattern, text: str, start: int = 0, end: int | None = None):
    """First match of ``rx`` in ``text[start:end]`` that starts at a word boundary."""
    for m in iter_words(rx, text, start, end):
        return m
    return None


class _Record:
    """A light record (cheaper to define at import time than a NamedTuple)."""

    __slots__ = ()

    def __init__(self, *values):
        for name, value in zip(self.__slots__, values):
            setattr(self, name, value)

    def __repr__(self):
        return type(self).__name__ + "(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in self.__slots__) + ")"


# -- hints -------------------------------------------------------------------
# One pass over the post finds which of these stems begin a word; rules skip
# their patterns when none of their stems is present.  The combined list is
# made prefix-free (a stem that begins another stem would hide it).
HINTS_RECORDING = frozenset({"film", "record", "stream", "live", "tape", "footage", "clip", "audio", "video",
                             "broadcast", "captur", "vlog", "snippet"})
HINTS_PERMISSION = frozenset({"permission", "consent", "blessing", "ok", "could share", "can share", "to share",
                              "could post", "can post", "to post", "could use", "can use"})
HINTS_SEARCH = frozenset({"googl", "stalk", "cyber", "insta", "facebook", "creep", "lurk", "snoop", "look",
                          "search", "found", "check", "scroll", "through", "peek", "saw", "view", "watch",
                          "stumbled", "came across", "ran across"})
HINTS_SOLICIT = frozenset({"client", "patient", "session", "intake", "caseload", "#"})
HINTS_REPLY = frozenset({"thank", "sorry", "apolog", "glad", "happy", "response", "reply", "review", "hi ", "hey",
                         "hello", "dear", "@", "record", "according"})
HINTS_SERVICES = frozenset({"dm", "whatsapp", "comment", "insta", "tiktok", "facebook", "snap", "telegram",
                            "discord", "twitter", "message", "inbox", "live", "facetime", "kik", "wechat", "ig ",
                            "fb ", "text me", "$", "personali"})
HINTS_TREATMENT = frozenset({"client", "patient", "homework", "session", "therap", "counsel", "patron",
                             "subscriber", "tier", "member", "caseload"})


def _prefix_free(stems):
    out: list[str] = []
    for w in sorted(set(stems)):  # a stem's prefixes sort just before it
        if not out or not w.startswith(out[-1]):
            out.append(w)
    return out


_ALL_HINTS = _prefix_free(HINTS_RECORDING | HINTS_PERMISSION | HINTS_SEARCH | HINTS_SOLICIT | HINTS_REPLY
                          | HINTS_SERVICES | HINTS_TREATMENT)
# A stem hidden by a shorter one is found as that shorter one.
assert all(any(h.startswith(k) for k in _ALL_HINTS) for h in HINTS_RECORDING | HINTS_PERMISSION | HINTS_SEARCH
           | HINTS_SOLICIT | HINTS_REPLY | HINTS_SERVICES | HINTS_TREATMENT)
(HINTS_RECORDING, HINTS_PERMISSION, HINTS_SEARCH, HINTS_SOLICIT, HINTS_REPLY, HINTS_SERVICES, HINTS_TREATMENT) = (
    frozenset(next(k for k in _ALL_HINTS if h.startswith(k)) for h in group)
    for group in (HINTS_RECORDING, HINTS_PERMISSION, HINTS_SEARCH, HINTS_SOLICIT, HINTS_REPLY, HINTS_SERVICES,
                  HINTS_TREATMENT)
)
_HINT_RE = lazy_re(r"(?<![a-z0-9])" + trie(_ALL_HINTS))


def hints(post):
    """The hint stems present in the post (memoised): ``if hints(post) & HINTS_SEARCH: ...``."""
    return post.memo("pc-hints", _find_hints).keys()


def _find_hints(post) -> dict:
    found: dict = {}
    for m in _HINT_RE.finditer(post.text):
        found.setdefault(m.group(), []).append(m.start())
    return found


def hint_windows(post, stems, radius: int = 300) -> list[tuple[int, int]]:
    """Stretches of the post within ``radius`` characters of one of ``stems``.

    A post of ordinary length is one stretch (or none, when no stem occurs);
    in a long text, rules scan only around their stems.
    """
    text = post.text
    found = post.memo("pc-hints", _find_hints)
    present = found.keys() & stems
    if not present:
        return []
    n = len(text)
    if n <= 4 * radius:
        return [(0, n)]
    out: list[list[int]] = []
    for p in sorted(p for stem in present for p in found[stem]):
        s, e = max(0, p - radius), min(n, p + radius)
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


# A real post names a handful of clients at most.  Past this many candidates
# a pathological input (one phrase repeated for a megabyte) stops costing
# more: every per-candidate question looks at a bounded window, so the cap
# keeps the whole check linear with a small constant.
MAX_CANDIDATES = 300

# -- vocabulary --------------------------------------------------------------

CLIENT_SING = r"(?:client|patient|counselee|kiddo)"
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_CLOCK = r"(?:\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.|o'clock)|\d{1,2}:\d\d)"

# Nouns for a person that are clinical by themselves ("the teen I see") and
# nouns that could be anyone ("the guy I've been seeing" is a date).
_CLINICAL_WORDS = frozenset(
    "client patient counselee kiddo teen teenager adolescent couple family kid child boy girl walk-in veteran vet "
    "student survivor widow widower senior retiree freshman sophomore junior preteen tween toddler youth resident "
    "inmate member grader kindergartner kindergartener preschooler schooler undergrad newlywed".split()
)
_ADULT_WORDS = frozenset(
    "guy woman man lady gentleman mom mum dad mother father person nurse teacher firefighter officer soldier pilot "
    "grandmother grandfather grandma grandpa wife husband dude fella doctor".split()
)
_AGE_WORD = lazy_re(r"\d{1,2}[- ]?(?:year|yr)[- ]old|\d{1,2}-?yo")
_STRONG_VERBS = frozenset(
    "treat treated treating counsel counseled counselled counseling counselling assessed evaluated admitted "
    "discharged mentioned told posted wrote talked".split()
)


def _is_person(word: str, clinical_only: bool = False) -> bool:
    if word in _CLINICAL_WORDS or _AGE_WORD.fullmatch(word):
        return True
    return not clinical_only and word in _ADULT_WORDS


# Client nouns: the anchor for most detectors.
_NOUN = lazy_re(r"(?:client|patient|counselee|kiddo|walk-in)(?P<suffix>s'|s|'s)?(?![\w-])")
_NOT_PERSON_AFTER = lazy_re(
    r"-|\s+(?:portal|base|population|load|list|satisfaction|experience|education|handouts?|resources?|advocate|"
    r"advocacy|safety|privacy|confidentiality|rights|records?|files?|forms?|centered|centred|led|care\s+team|"
    r"management|retention|outcomes?|perspective|journey|relationship|stories|story|material|information|info|"
    r"data|needs|work|testimonials?|reviews?|success|spotlight|art|artwork|poems?)\b"
)
# What stands before a client noun that makes it one particular person.
_DET_BEFORE = lazy_re(
    r"(?:(?P<oneof>one\s+of\s+(?:my|our)\s+(?:[\w-]+\s+)?)"
    r"|(?P<my>my\s+(?:(?!clients\b|patients\b|own\b|a\b|an\b|the\b|this\b|that\b|is\b|was\b|are\b|and\b|or\b|"
    r"but\b|to\b|of\b|in\b|on\b|for\b|with\b|at\b|as\b|if\b|i\b|you\b|he\b|she\b|we\b|they\b|it\b)"
    r"[\w'-]+\s+){0,2}?)"
    r"|(?P<a>(?:a|one|another|this|that)\s+(?:(?:new|former|past|current|young|older|teen|teenage|longtime|"
    r"long-time|recent|sweet|brave|male|female|elderly|pediatric|paediatric|adult)\s+)?))$"
)


class ClientNoun(_Record):
    """A "client"/"patient"/"kiddo" in the post and what stands before it."""

    __slots__ = ('start', 'end', 'full_end', 'kind', 'ref_start', 'plural', 'possessive',)
    # end: end of the noun itself (without "'s")
    # full_end: end including a plural or possessive ending
    # kind: "my", "a", "oneof" or None (no determiner)
    # ref_start: start of the determiner ("my new client"), or of the noun


def find_client_nouns(post) -> list[ClientNoun]:
    """Every "client"/"patient"/"kiddo" in the post, with what stands before it."""
    return post.memo("client-nouns", _find_nouns)


def _find_nouns(post) -> list[ClientNoun]:
    text = post.text
    out = []
    for m in iter_words(_NOUN, text):
        start = m.start()
        end = m.end() - len(m.group("suffix") or "")
        suffix = m.group("suffix") or ""
        plural = suffix in ("s", "s'")
        kind, ref_start = None, start
        lo = max(0, start - 40)
        while lo < start:
            d = _DET_BEFORE.search(text, lo, start)
            if d is None:
                break
            if _boundary(text, d.start()):
                if not plural or d.lastgroup == "oneof":
                    kind, ref_start = d.lastgroup, d.start()
                break
            lo = d.start() + 1  # began mid-word ("data client"): look for a later start
        out.append(ClientNoun(start, end, m.end(), kind, ref_start, plural, suffix in ("'s", "s'")))
    return out


# Other references to one particular client, each starting with literal text.
_SUBJ = (
    r"(?:'ve|'m|'d|\s+am|\s+was|\s+were|\s+have|\s+had|\s+used\s+to|\s+recently|\s+currently|\s+now)?(?:\s+been)?\s+"
)
_SEE_VERB = trie([
    "mentioned", "told you about", "posted about", "wrote about", "talked about",
    "see", "saw", "seeing", "seen", "treat", "treated", "treating", "work with", "worked with", "working with",
    "counsel", "counseled", "counselled", "counseling", "counselling", "met with", "meet with", "support",
    "supported", "supporting", "assessed", "evaluated", "admitted", "discharged", "started seeing",
    "began seeing", "do therapy with", "did therapy with",
])
_SEE_STRONG_AFTER = lazy_re(
    r"\s+(?:(?:in|for)\s+(?:session|therapy|treatment|counsell?ing|my\s+practice|the\s+clinic|my\s+office)"
    r"|weekly|every\s+(?:week|other\s+week)|on\s+" + _WEEKDAY + r"s?)\b"
)
# Other references to one particular client, one literal-first pattern per kind.
_SEE_RE = lazy_re(r"(?:i|we)(?=[\s'])" + _SUBJ + r"(?P<verb>" + _SEE_VERB + r")\b")
_MY_RE = lazy_re(
    # my 3pm / my tuesday 10am / my last session of the day
    r"my\s+(?:(?P<slot>(?:" + _WEEKDAY + r"\s+)?" + _CLOCK + r"(?!\s+(?:meeting|call|class|lecture|webinar|coffee|"
    r"lunch|break|nap|yoga|workout|flight|train|supervision|training|consult|deadline|dentist|doctor|slot|"
    r"opening|availability|alarm|run|walk|pickup|podcast|live|show|stream|event|workshop|presentation|talk|"
    r"panel|keynote)\b))"
    r"|(?P<sess>(?:last|first|next|final|\d{1,2}(?:st|nd|rd|th))\s+(?:session|appointment|intake)\s+"
    r"(?:of\s+the\s+day|today|this\s+(?:morning|afternoon|week))\b))"
)
_TODAY = r"(?:today|tonight|this\s+(?:morning|afternoon|evening|week)|yesterday|earlier|last\s+(?:night|week))"
_SESS_RE = lazy_re(trie([
    ("in", r"\s+(?:session|group|therapy|my\s+office)\s+" + _TODAY + r"\b"),
    ("today", r"\s+in\s+(?:session|group|therapy)\b"), ("tonight", r"\s+in\s+(?:session|group|therapy)\b"),
    ("this morning", r"\s+in\s+(?:session|group|therapy)\b"), ("this afternoon", r"\s+in\s+(?:session|group)\b"),
    ("this week", r"\s+in\s+(?:session|group|therapy)\b"), ("yesterday", r"\s+in\s+(?:session|group|therapy)\b"),
    ("earlier", r"\s+in\s+(?:session|group|therapy)\b"),
] + [(w, r"\s+(?:[\w-]+\s+){0,2}?(?:session|group|intake)\b") for w in (
    "today's", "yesterday's", "this morning's", "last night's", "tonight's", "this week's")]))
_INMY_RE = lazy_re(trie([
    ("in", r"\s+(?:my|our)\s+(?:[\w-]+\s+)?(?:group|caseload|practice|clinic|unit|ward)\b"),
    ("on", r"\s+(?:my|our)\s+(?:[\w-]+\s+)?(?:group|caseload|practice|clinic|unit|ward)\b"),
    ("from", r"\s+(?:my|our)\s+(?:[\w-]+\s+)?(?:group|caseload|practice|clinic|unit|ward)\b"),
    ("in", r"\s+(?:room|bed|bay|cell|pod)\s+\w+"),
]))
_ONEOF_GROUP_RE = lazy_re(
    r"one\s+of\s+(?:my|our)\s+(?:[\w-]+\s+)?(?:couples|families|teens|kiddos|groups|dads|moms|veterans|students)\b"
)
_WITH_RE = lazy_re(
    trie(["session", "appointment", "intake", "consult", "consultation", "visit"]) + r"\s+with\s+(?:a|an|my|this|one)\s+"
)
_OFFICE_RE = lazy_re(trie([
    ("walked", r"\s+into\s+my\s+office\b"), ("came", r"\s+into\s+my\s+office\b"),
    ("burst", r"\s+into\s+my\s+office\b"), ("stormed", r"\s+into\s+my\s+office\b"),
    ("came", r"\s+(?:in\s+)?to\s+see\s+me\s+(?:today|this|yesterday|last|because|after|for\s+the\s+first)\b"),
]))
_PERSON_BEFORE = lazy_re(
    r"(?:(?:a|an|the|this|that|one|another)\s+(?:[\w'-]+\s+){0,2}?(?P<p>[\w'-]+)|(?P<someone>someone)"
    r"|(?P<who>who|whom))\s+$"
)
_WORDS3 = lazy_re(r"([\w'-]+)(?:\s+([\w'-]+))?(?:\s+([\w'-]+))?")
_NOT_SESSION_TALK = lazy_re(
    trie(["webinar", "workshop", "training", "course", "class", "conference", "ceu", "ceus", "continuing-ed",
          "continuing ed", "register", "podcast", "episode", "livestream", "lecture", "seminar", "panel",
          "summit", "module", "supervisor", "supervision", "trainer", "coach", "physio", "dentist", "workout",
          "gym", "yoga", "run", "ride", "hike", "fitness", "group chat", "group project", "group call",
          "photo shoot"]) + r"\b"
)

# When: enough only with a reference that is a session itself.
TIME = lazy_re(trie([
    "today", "tonight", "this morning", "this afternoon", "this evening", "this week", "this month", "this year",
    "yesterday", "last night", "last week", "last session", "last month", "last year", "last time", "earlier",
    "just now", "in session", "in group", "during session", "during our session", "during the session",
    "this session", "since last", "since we started", "since starting",
] + [("last", r"\s+" + _WEEKDAY), ("since", r"\s+" + _MONTH), ("on", r"\s+" + _MONTH), ("in", r"\s+" + _MONTH)])
    + r"\b")
# What they said, did or went through: makes a reference a story.
_PAST_AFTER_PRONOUN = (
    r"\s+(?:just\s+|finally\s+|actually\s+|literally\s+)?"
    r"(?!(?:need|feed|seed|bleed|proceed|succeed|exceed|heed|speed|breed)\b)[a-z]{2,}ed\b"
    r"|\s+(?:was|were|is|got)\s+(?:so\s+|absolutely\s+|completely\s+|totally\s+)?"
    r"(?:crying|yelling|screaming|drunk|high|psychotic|manic|nuts|crazy|suicidal|hostile|aggressive|violent|"
    r"threatening|sobbing|upset|furious|livid|restrained|escalated)\b"
)
_IRREGULAR_PAST = (
    "went", "got", "left", "ran", "took", "made", "told", "gave", "found", "lost", "won", "began", "wrote", "drove",
    "fell", "broke", "came", "saw", "bought", "sold", "met", "paid", "sent", "spent", "slept", "threw", "woke",
    "flew", "fought", "forgot", "forgave", "grew", "hid", "hit", "kept", "knew", "led", "lied", "rode", "sang",
    "shook", "stole", "swam", "swore", "taught", "thought", "tore", "understood", "wept", "wore", "felt",
    "heard", "held", "brought", "built", "blew", "quit", "said",
)
_PAST_AFTER_PRONOUN += (r"|\s+(?:just\s+|finally\s+|actually\s+|literally\s+|once\s+)?(?:" + "|".join(_IRREGULAR_PAST)
                        + r")\b(?!')")
_NOW_STATE = (
    r"\s+(?:back|now|finally|still|sober|clean|engaged|pregnant|married|divorced|home|moving|leaving|"
    r"starting|graduating|thriving|smiling|dating)\b"
)
_LIFE = trie([
    "husband", "wife", "partner", "boyfriend", "girlfriend", "fiance", "fiancee", "mom", "mother", "dad",
    "father", "son", "daughter", "kid", "kids", "children", "boss", "job", "divorce", "affair", "diagnosis",
    "miscarriage", "abortion", "abuser", "ex", "parents", "custody", "rehab", "overdose", "suicide attempt",
    "attempt", "trauma", "addiction", "eating disorder", "sobriety", "graduation", "wedding", "funeral",
    "deployment", "first",
])
_LIFE_AFTER = (
    r"\s+(?:new\s+|ex-?|late\s+|former\s+|abusive\s+|little\s+|older\s+|younger\s+|only\s+|oldest\s+|"
    r"youngest\s+|estranged\s+)?" + _LIFE
)
ACTION = lazy_re(trie([
    "finally", "for the first time", "breakthrough", "told me", "tells me", "said", "says", "saying",
    "asked me", "asks me", "admitted", "confessed", "cried", "sobbed", "laughed", "shared", "disclosed",
    "revealed", "showed me", "brought me", "brought in", "texted", "emailed", "called me", "walked in",
    "walked out", "showed up", "no-showed", "noshowed", "relapsed", "came out", "broke down", "yelled",
    "screamed", "hugged", "made me", "graduated", "got sober", "got married", "got engaged", "got divorced",
    "got fired", "got hired", "got arrested", "got pregnant", "got out", "got laid off", "got evicted",
    "got deported", "got kicked out", "got dumped", "tried to", "trying to", "attempted", "overdosed",
    "passed away", "died", "took his life", "took her life", "took their life", "took his own life",
    "took her own life", "is going through", "is dealing with", "is struggling", "was diagnosed",
    "was admitted", "was hospitalized", "was hospitalised", "was discharged", "was arrested", "was abused",
    "was assaulted", "was fired", "wrote", "drew", "painted", "sent me", "gave me", "left me", "thanked me",
    "quit", "months sober", "month sober", "years sober", "year sober", "days sober", "sobriety",
    "spent an hour", "spent the hour", "spent the whole hour", "spent the entire session",
    "spent the whole session", "security had to", "security was called", "security came", "is pregnant",
    "is hiding", "is cheating", "is leaving", "is moving", "is getting", "is having", "hasn't told",
    "won't stop", "is still", "intubated", "brings me", "bringing me", "always brings", "keeps bringing",
    "hug me", "hugs me", "termination", "came to me", "came in", "came to see me", "brought",
    "got into", "got accepted", "got the job", "got a job", "got promoted", "got custody", "got back", "got home",
    "got out of", "passed her", "passed his", "passed their", ("won", r"(?!')"), "finished", "completed", "started her",
    "started his", "started their", "is back", "is finally", "is now",
    ("keeps", r"\s+[a-z]+ing"), ("kept", r"\s+[a-z]+ing"),
    ("she", _PAST_AFTER_PRONOUN), ("he", _PAST_AFTER_PRONOUN), ("they", _PAST_AFTER_PRONOUN),
    ("who", _PAST_AFTER_PRONOUN),
    ("she's", _NOW_STATE), ("he's", _NOW_STATE), ("they're", _NOW_STATE), ("she is", _NOW_STATE),
    ("he is", _NOW_STATE), ("they are", _NOW_STATE),
    ("her", _LIFE_AFTER), ("his", _LIFE_AFTER), ("their", _LIFE_AFTER),
]) + r"\b")
# Words they said, quoted ("she said: 'I feel invisible'").
_QUOTED = lazy_re(r":\s*[\"']|\"[^\"\n]{3,200}\"|'[^\n]{5,120}?'(?!\w)")

IDENTIFIER = lazy_re(trie([
    ("in", r"\s+(?:his|her|their)\s+(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|\d0s)"),
    ("age", r"d?\s+\d{1,2}"),
    "nurse", "teacher", "firefighter", "fire chief", "pilot", "police officer", "cop", "surgeon", "pastor",
    "priest", "rabbi", "imam", "lawyer", "attorney", "judge", "professor", "principal", "coach", "ceo",
    "councilman", "councilwoman", "council member", "mayor", "senator", "athlete", "quarterback",
    "news anchor", "soldier", "marine", "veteran", "chef", "dentist", "pharmacist", "engineer", "accountant",
    "realtor", "influencer", "youtuber", "tiktoker", "celebrity", "actor", "actress", "musician",
    "flight attendant", "paramedic", "sheriff", "detective", "reverend", "bishop", "doctor", "physician",
    "psychiatrist", "high school", "small town", "mrn", "date of birth", "dob", "ssn", "medical record",
] + [(w, r"\s+(?:the\s+)?[a-z]+\s+(?:high|middle|elementary|school|college|university|county|hospital|base|"
         r"church|academy)") for w in ("from", "in", "at", "lives in", "attends")] + [
    ("our", r"\s+(?:town|county|neighbou?rhood|community|church|school|small\s+town)"),
    ("room", r"\s+\d+"), ("bed", r"\s+\d+"),
    ("only", r"\s+(?:\w+\s+){0,3}in\s+(?:town|the\s+county|the\s+city|the\s+state|our\s+\w+)"),
    ("rare", r"\s+(?:disease|condition|disorder|syndrome|genetic)"),
] + [(w, r"\s+(?:at|for)\s+(?:the\s+)?(?!it\b|home\b|this\b|that\b|her\b|his\b|an?\b)[a-z]+")
     for w in ("work", "works", "worked", "working")] + [
    ("@", r"[a-z0-9_][a-z0-9_.]{2,}"), "📍", ("route", r"\s+\d+"), ("exit", r"\s+\d+"),
]) + r"(?!\w)")
_ID_DIGITS = lazy_re(
    r"\d(?:\d?[- ]?(?:year|yr)s?[- ]old\b|\d?\s?(?:yo|y/o)\b|\d?/\d{1,2}/\d{2,4}\b"
    r"|\d{1,4}\s+[a-z]+\s+(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|court|ct|boulevard|blvd)\b)"
)
# Initials, found from their dots: "j.m." (not "e.g.", "a.m.").
_INITIALS = lazy_re(r"\.\s?[a-z]\.(?=[\s,]|$)")
_NOT_INITIALS = frozenset({"e.g.", "i.e.", "a.m.", "p.m.", "u.s.", "e.g", "i.e"})

# A capitalised name or place near a reference, checked on the original text:
# "my client Sarah", "a patient, Mr. Lee,", "a nurse from Dayton", "Cedar Lane".
_NAME_AFTER = lazy_re(r"\s*,?\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([A-Z][a-z]+|[A-Z]\.?(?=[\s,]))")
# A signature under a quote: "- Sarah T., Westfield".
_SIGNATURE = lazy_re(r"(?:^|\s)[—–-]\s*[A-Z][a-z]+\s+[A-Z]\.?(?:,\s*[A-Z][a-z]+)?")
_PLACE = lazy_re(
    r"(?:from|in|at|near|lives\s+in|works\s+at|works\s+for)\s+(?:the\s+)?([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)?)"
    r"|([A-Z][a-z]+\s+(?:Lane|Street|Avenue|Road|Drive|Court|Boulevard|Way|Place|Circle|Parkway|High|Middle|"
    r"Elementary|Academy|College|University|Hospital|County))\b"
)
_NOT_NAME = frozenset(
    "I The A An And But So Or Then This That It He She They We You My Our Your Her His Their Today Yesterday "
    "Tonight Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December Session Therapy Group Who When What Why How Just Is Was "
    "Has Had Will Would Can Could Said Says Told After Before During Since Last Next First Every Each Instagram "
    "Facebook TikTok Twitter YouTube Zoom Google Christmas Easter Thanksgiving Ramadan Hanukkah English God "
    "Honestly Also Still Even Not No Yes Oh Wow Thanks Thank Sorry Please Here There Lol Omg Today's Covid "
    "COVID Pride Spring Summer Fall Autumn Winter Class Morning Afternoon Evening Mondays Tuesdays Wednesdays "
    "Thursdays Fridays Saturdays Sundays".split()
)

# Negation that turns the sentence into a policy or refusal about sharing,
# not a story: "I would never share a client's story", "we don't post client art".
POLICY_NEGATION = lazy_re(
    trie(["never", "not", "no longer", "don't", "dont", "won't", "wouldn't", "do not", "does not", "will not",
          "would not", "can't", "cannot", "shouldn't", "should not", "mustn't", "must not", "doesn't", "didn't",
          "avoid", "refuse to", "stop", "quit"])
    + r"\s+(?:[\w']+\s+){0,4}?" + trie([
        "share", "sharing", "shares", "post", "posting", "posts", "talk", "talking", "write", "writing",
        "discuss", "discussing", "tell", "telling", "mention", "mentioning", "use", "using", "publish",
        "publishing", "tweet", "blog", "film", "filming", "record", "recording", "screenshot", "photograph",
        "photographing", "google", "googling", "search", "searching", "look", "looking", "confirm",
        "confirming", "identify", "reveal", "disclose", "disclosing", "livestream", "stream", "streaming",
        "include", "including", "feature", "featuring", "put", "putting", "repost", "reposting", "display",
        "show", "showing", "make content", "turn", "exploit", "need", "needs",
    ]) + r"\b"
)

_NOT_REAL = lazy_re(trie([
    "vignette", "vignettes", ("role", r"-?play(?:ed|ing|s)?\b"), "mock session", "mock client", "mock therapy",
    "standardized patient", "standardised patient", "case example", "practice case", "practice scenario",
    "practice vignette", "practice question", "exam question", "exam case", "exam prep", "training scenario",
    ("played by a", r"n?\s+actor"), ("with a", r"n?\s+actor"), ("actor", r"s?\s+portray"),
    ("name", r"s?\s+and\s+(?:details|identifying)"),
    ("identifying details", r"\s+(?:have\s+been\s+|were\s+)?(?:changed|removed|altered)"),
    ("not", r"\s+(?:a\s+)?real\s+(?:client|patient|person|people|session)"),
    ("fictional", r"(?:i[sz]ed)?"), ("imagine", r"\s+(?:a|that\s+a)\s+\w+"), "let's say a", "say a client",
]) + r"\b")

# The author writes as a client of their own therapist.
_OWN_THERAPY = lazy_re(trie([
    ("my", r"\s+(?:own\s+)?(?:therapist|counsell?or|psychiatrist|psychologist|analyst|social\s+worker|shrink)"),
    ("my own", r"\s+(?:therapy|sessions?|treatment|analysis)"), "as a client myself", "as a patient myself",
    "when i was a client", "when i was in therapy", "i'm in therapy", "i am in therapy", "i was in therapy",
]) + r"\b")

# "when a client says..." / "if a patient asks...": a hypothetical client.
_GENERIC_BEFORE = lazy_re(
    r"(?:\bif|\bwhen|\bwhenever|\bsuppose|\bimagine|\bsay|\bshould|\bbefore|\bas|\bwhether|"
    r"\bunless|\bwhere|\bhow\s+(?:to|do\s+you|can\s+you|should\s+you)\s+\w+|\bwhat\s+(?:if|do\s+you\s+do\s+"
    r"when)|\bhelping|\bsupporting|\bsharing|\bposting|\bpublishing)\s+"
    r"(?:(?:ever|someday|one\s+day|you\s+(?:have|get|see|work\s+with|meet))\s+)?$"
)
_GENERIC_AFTER = lazy_re(
    r"\s+(?:who\s+)?(?:may|might|can|could|should|will|would|must|often|usually|typically|sometimes|tends?\s+to|"
    r"needs?|wants?|deserves?|has\s+the\s+right|is\s+entitled)\b"
)
_WHO_GENERIC = lazy_re(
    r"\b(?:anyone|anybody|everyone|everybody|those|people|clients|patients|someone|many|most|all|each|every|"
    r"others|families|kids|teens|folks|one)\W*$"
)


def not_real(post) -> bool:
    """The post says the people in it are composites, fictional or role-played."""
    return post.flag("composite", COMPOSITE) or post.flag("narrative-not-real", _NOT_REAL)


def policy_negated(post, pos: int, limit: int = 60) -> bool:
    """The clause before ``pos`` refuses or forbids sharing ("I never post client art")."""
    s, _ = post.sentence(pos)
    return first_word(POLICY_NEGATION, post.text, max(s, pos - limit), pos) is not None


def _context(post, start: int, end: int) -> tuple[int, int]:
    """The reference's sentence, plus the next one when the first is short."""
    s, e = post.sentence(start)
    s = max(s, start - 160)
    if e - end < 100 and e < len(post.text):
        e = post.sentence(e)[1]
    return s, min(e, end + 260)


def identifier_near(post, start: int, end: int, ctx: tuple[int, int] | None = None) -> str | None:
    """An identifying detail in the context of a span, as the words that show it."""
    s, e = ctx or _context(post, start, end)
    text = post.text
    found = [m for m in (first_word(IDENTIFIER, text, s, e), first_word(_ID_DIGITS, text, s, e)) if m]
    if found:
        return min(found, key=lambda m: m.start()).group(0)
    found = _initials(text, s, e)
    if found:
        return found
    os_, oe = post.offsets.span(s, e)
    original = post.original
    # A capitalised name straight after the reference ("my client Sarah").
    _, ref_end = post.offsets.span(start, end)
    nm = _NAME_AFTER.match(original, ref_end, oe)
    if nm and nm.group(1).rstrip(".") not in _NOT_NAME:
        return nm.group(1)
    for pm in _PLACE.finditer(original, os_, oe):
        if _boundary(original, pm.start()) and (pm.group(2) or pm.group(1).split()[0] not in _NOT_NAME):
            return pm.group(0)
    sig = _SIGNATURE.search(original, os_, oe)
    if sig:
        return sig.group(0).strip(" —–-")
    return None


# -- narratives --------------------------------------------------------------

class Narrative(_Record):
    """A story about one particular client (offsets in folded text)."""

    __slots__ = ('start', 'end', 'identifying', 'storied',)
    # identifying: the identifying detail found nearby, or None
    # storied: something the client said, did or went through (not only who they are)


def find_client_narratives(post) -> list[Narrative]:
    return post.memo("client-narratives", _find_narratives)


# References that are about a session or slot: a time alone is enough.
_STRONG_KINDS = frozenset({"sess", "slot", "office", "case", "who"})


def _references(post):
    """(start, end, kind) for every reference to one particular client."""
    text = post.text
    refs = []
    for n in find_client_nouns(post):
        if n.kind is None or (not n.possessive and _NOT_PERSON_AFTER.match(text, n.end)):
            continue
        refs.append((n.ref_start, n.end, "a" if n.kind == "a" else "my"))
    see = iter_words(_SEE_RE, text) if ("i" in text or "we" in text) else ()
    for m in see:
        start, end = m.start(), m.end()
        b = _PERSON_BEFORE.search(text, max(0, start - 45), start)
        if b is None:
            continue
        verb = m.group("verb").split()[0]
        strong = verb in _STRONG_VERBS or bool(_SEE_STRONG_AFTER.match(text, end))
        kind = "see"
        if b.group("who"):
            if not strong or _WHO_GENERIC.search(text, max(0, b.start() - 30), b.start()):
                continue
            kind = "who"
        elif b.group("someone"):
            if not strong:
                continue
        elif not _is_person(b.group("p"), clinical_only=not strong):
            continue
        refs.append((b.start(), end, kind))
    if "my " in text:
        for m in iter_words(_MY_RE, text):
            refs.append((m.start(), m.end(), m.lastgroup))
    if "session" in text or "group" in text or "therapy" in text or "intake" in text or "office" in text:
        for m in iter_words(_SESS_RE, text):
            refs.append((m.start(), m.end(), "sess"))
    if "my " in text or "our " in text or "room " in text or "bed " in text:
        inmy = iter_words(_INMY_RE, text)
    else:
        inmy = ()
    for m in inmy:
        start = m.start()
        b = _PERSON_BEFORE.search(text, max(0, start - 45), start)
        if b is not None and b.group("p") and _is_person(b.group("p")):
            refs.append((b.start(), m.end(), "inmy"))
        elif "caseload" in m.group(0):
            refs.append((start, m.end(), "case"))
        elif m.group(0).endswith("group") and _clinical_group(m.group(0)):
            refs.append((start, m.end(), "group"))  # "tonight in my IOP group, a woman ..."
    if "one of " in text:
        for m in iter_words(_ONEOF_GROUP_RE, text):
            refs.append((m.start(), m.end(), "my"))
    if " with " in text:
        for m in iter_words(_WITH_RE, text):
            w = _WORDS3.match(text, m.end())
            if w is not None and any(g and _is_person(g) for g in w.groups()):
                refs.append((m.start(), w.end(), "with"))
    if "office" in text or "to see me" in text:
        for m in iter_words(_OFFICE_RE, text):
            refs.append((m.start(), m.end(), "office"))
    refs.sort()
    return refs[:MAX_CANDIDATES]


_GROUP_KINDS = frozenset(
    "therapy support dbt iop php process grief trauma anxiety depression parenting recovery skills teen teens "
    "adolescent men's women's aa na smart sobriety bereavement ed eating cbt act".split()
)


def _clinical_group(phrase: str) -> bool:
    """ "in my group" or "in our DBT group", not "in my running group"."""
    words = phrase.split()
    return len(words) == 3 or words[2] in _GROUP_KINDS


def _quoted(text: str, s: int, e: int) -> bool:
    """Words quoted in the window (an opening quote not inside a word)."""
    for m in _QUOTED.finditer(text, s, e):
        if m.group(0)[0] != "'" or m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "'"):
            return True
    return False


def _initials(text: str, s: int, e: int):
    for m in _INITIALS.finditer(text, s, e):
        i = m.start() - 1  # the first initial's letter
        if i >= 0 and text[i].isalpha() and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == ".")):
            found = text[i:m.end()]
            if found.replace(" ", "") not in _NOT_INITIALS:
                return found
    return None


def _find_narratives(post) -> list[Narrative]:
    text = post.text
    refs = _references(post)
    if not refs or not_real(post):
        return []
    out = []
    covered_until = -1
    for start, end, kind in refs:
        if start < covered_until:
            continue  # same story, already found
        if kind == "sess":
            if post.flag("own-therapy", _OWN_THERAPY):
                continue
            s, e = post.sentence(start)
            if first_word(_NOT_SESSION_TALK, text, s, e):
                continue  # "today's session of our webinar"
        elif kind == "a":
            if _GENERIC_BEFORE.search(text, max(0, start - 40), start) or _GENERIC_AFTER.match(text, end):
                continue
            s, e = post.sentence(start)
            if "?" in text[end:e + 1] and _ASKING.search(text, s, start):
                continue  # "should therapists ever share a client's poem?"
        if policy_negated(post, start) or post.taught_as_wording(start, end):
            continue
        ctx = _context(post, start, end)
        action = first_word(ACTION, text, *ctx) is not None or _quoted(text, *ctx)
        if not action and kind in ("a", "my") and post.in_quotes(start, end):
            continue  # "my client" inside a quoted question to the reader
        ident = identifier_near(post, start, end, ctx)
        if kind in ("office", "inmy", "with", "group"):
            # a client placed in the author's office, caseload or group: a time makes it an event
            strong = action or first_word(TIME, text, *ctx) is not None
        else:
            strong = kind in _STRONG_KINDS
        if ident is None and not action and not strong:
            continue
        out.append(Narrative(start, end, ident, action or (strong and kind != "who")))
        covered_until = post.sentence(start)[1]
    return out


# -- client material ---------------------------------------------------------

_MATERIAL_LIST = [
    "poem", "poems", "poetry", "art", "artwork", "drawing", "drawings", "painting", "paintings", "sketch",
    "sketches", "collage", "collages", "sculpture", "sculptures", "journal", "journal entry", "journal entries",
    "journals", "diary", "diary entry", "letter", "letters", "note", "notes", "card", "cards", "thank-you note",
    "thank you note", "thank-you card", "thank you card", "thank-you letter", "thank you letter", "text", "texts",
    "text message", "text messages", "message", "messages", "dm", "dms", "email", "emails", "voice memo",
    "voice memos", "voice note", "voice notes", "voice message", "voice messages", "voicemail", "voicemails",
    "screenshot", "screenshots", "intake form", "intake forms", "worksheet", "worksheets", "homework", "essay",
    "essays", "writing", "words", "song", "songs", "lyrics", "playlist", "playlists", "photo", "photos",
    "picture", "pictures", "pic", "pics", "selfie", "selfies", "video", "videos", "recording", "recordings",
    "audio", "sandtray", "sand tray", "safety plan", "safety plans", "thought record", "thought records",
    "mood log", "mood logs", "mood chart", "mood charts", "mood journal", "quote", "quotes", "tweet", "tweets",
    "post", "posts", "craft", "crafts", "creation", "creations", "masterpiece", "comic", "zine",
]
_MATERIAL = trie(_MATERIAL_LIST) + r"\b"
_ATTR_MATERIAL = trie([
    "poem", "poems", "poetry", "art", "artwork", "drawing", "drawings", "painting", "paintings", "journal",
    "journals", "journal entries", "diary", "diaries", "letters", "voice memo", "voice memos", "voice notes",
    "voicemail", "voicemails", "screenshot", "screenshots", "selfie", "selfies", "photo", "photos", "video",
    "videos", "session recording", "session recordings", "quote", "quotes", "writing", "creations",
    "masterpieces",
]) + r"\b"
_MAKE = trie([
    "wrote", "written", "drew", "drawn", "painted", "made", "created", "sent", "texted", "emailed", "gave",
    "given", "left", "shared", "brought", "handed", "recorded", "composed", "sketched", "crafted", "designed",
    "built", "messaged", "dm'd", "dmed", "mailed", "posted",
])
_MEDIA_LIST = [
    "photograph", "photographs", "snap", "snaps", "boomerang", "boomerangs", "reel", "reels", "footage",
    "group photo", "group pic", "group shot", "screencap", "screen cap", "screengrab",
]
# What stands before the determiner of a client noun (end-anchored): "a poem by ", "selfie with ",
# "screenshot of ", "checked in at the cafe with ", "a drawing that ".
_MATERIAL_BEFORE = lazy_re(
    r"(?:" + trie(_MATERIAL_LIST + _MEDIA_LIST) + r"\s+(?:(?:that|which)\s+)?(?:" + _MAKE
    + r"\s+)?(?:by|from|of|featuring|with)\s+(?:me\s+and\s+)?"
    r"|" + trie(_MATERIAL_LIST) + r"\s+(?:that\s+)?"
    r"|" + trie([("screenshot", r"(?:s|ted|ed)?\s+(?:of\s+)?(?:what\s+|(?:the|this|a|her|his)\s+(?:[\w-]+\s+){0,2}?)?"),
                 ("posing with", r"\s+"), ("pictured with", r"\s+"), ("photographed with", r"\s+"),
                 ("snapped with", r"\s+"), ("check", r"(?:ed|ing)?[- ]?in\s+(?:at|@|to)\b[^.!?\n]{0,60}?\bwith\s+"),
                 ("testimonial", r"\s+(?:video\s+)?(?:from|by)\s+")])
    + r")$"
)
_PLURAL_MY = lazy_re(r"(?:my|our)\s+(?:[\w'-]+\s+)?$")
OTHER_DET = _OTHER_DET = lazy_re(r"(?:our|the|an?\s+(?:former|current|teen|young|new))\s+(?:[\w'-]+\s+)?$")
_BY_WORD = lazy_re(r"\b(?:by|from|of|featuring|with)\s+(?:me\s+and\s+)?$")
# After a client noun (anchored at its end).
_MATERIAL_AFTER = lazy_re(
    r"(?P<testi>\s+(?:testimonials?|success\s+stor(?:y|ies)|spotlight|win\s+of\s+the\s+week|story\s+(?:time|"
    r"tuesday|thursday|of\s+the\s+week))\b)"
    r"|(?P<shot>\s+(?:texts?|messages?|dms?|emails?|chats?)\s+(?:i\s+)?screenshot)"
    r"|(?P<poss>\s+(?:[\w-]+\s+){0,2}?" + _MATERIAL + r")"
    r"|(?P<made>\s+(?:just\s+|finally\s+|once\s+|recently\s+|today\s+)?" + _MAKE + r"\s+(?:me\s+|us\s+)?"
    r"(?:(?:a|an|this|the|her|his|their|these|some|my)\s+)?(?:[\w'-]+\s+){0,2}?" + _MATERIAL + r")"
    r"|(?P<pin>\s+(?:at|@)\s+[^.!?\n]{1,40}?(?:📍|checked\s+in|check-in))"
)
_ATTR_AFTER = lazy_re(r"\s+" + _ATTR_MATERIAL)
_PERMISSION = lazy_re(trie(
    [(w, r"\s+(?:said|says|told\s+me|agreed|gave\s+(?:me\s+)?permission|gave\s+me\s+the\s+ok(?:ay)?)\s+(?:that\s+)?"
         r"(?:i\s+)?(?:could|can|to|for\s+me\s+to)\s+(?:share|post|use)\b")
     for w in ("she", "he", "they", "my client", "my patient", "the client")]
    + [("with", r"\s+(?:her|his|their|my\s+client's|my\s+patient's|the\s+client's|client|patient)\s+(?:full\s+|"
                r"written\s+|verbal\s+|enthusiastic\s+)?(?:permission|consent|blessing|ok|okay)\b")]
    + [(w, r"\s+(?:[\w-]+\s+)?" + CLIENT_SING + r"\s+(?:gave|granted)\s+(?:me\s+)?(?:permission|consent)\b")
       for w in ("a", "my")]
))
_SHARE_CUE = lazy_re(
    r"shar(?:e|ed|ing)\b|post(?:ed|ing)?\b|here(?:'s|\s+is|\s+are)\b|below\b|swipe\b|look\s+at\b|check\s+out\b|"
    r"featur(?:e|ed|ing)\b|repost(?:ed|ing)?\b|display(?:ed|ing)?\b|showcas(?:e|ed|ing)\b|reel\b|thread\b|"
    r"with\s+permission\b|gallery\b|exhibit\b"
)
_HANDMADE = lazy_re(r"\b(?:drew|drawn|painted|made|created|sketched|crafted|designed|built|wrote|written|composed)\b")
_MEDIA = lazy_re(r"photo|picture|pic|selfie|video|recording|audio|voice|screenshot|snap|reel|footage|boomerang")
_CLIENTISH = lazy_re(r"client|patient|kiddo|counselee|session|therapy|counsell?ing|caseload")
_POLICY_WORDS = lazy_re(
    r"\b(?:requires?|required|should|must|need(?:s|ed)?\s+to|never|only\s+(?:with|after|if)|before\s+you|"
    r"is\s+it\s+(?:ok|okay|ethical)|ethic(?:s|al)|guidelines?|code|4\.07|h\.6|rules?|policy|consider|tips?|how\s+to)\b"
)
_ASKING = lazy_re(r"\b(?:should|can|could|is\s+it|may|do\s+you|would\s+you|when\s+is|how\s+do)\b")


_WITH_MY_BEFORE = lazy_re(r"with\s+(?:my|a|one\s+of\s+my)\s+(?:[\w'-]+\s+)?$")
_THEN_MADE = lazy_re(r"\s+(?:[a-z]+\s+)?(?:just\s+)?" + _MAKE + r"\b")


_LAST_BEFORE = frozenset(
    {"by", "from", "of", "featuring", "with", "that", "which", "and", "what", "screenshot", "screenshotted",
     "screenshoted"}
    | {w.split()[-1] for w in _MATERIAL_LIST} | {w.split()[-1] for w in _MEDIA_LIST}
)


def _may_precede(text: str, det: int) -> bool:
    """Cheap pre-check for _MATERIAL_BEFORE: the word before the determiner could end one of its forms."""
    words = text[max(0, det - 24):det].split()
    return bool(words) and (words[-1] in _LAST_BEFORE or "screenshot" in text[max(0, det - 40):det])


class Material(_Record):
    """A client's own material, image or voice in the post."""

    __slots__ = ('start', 'end', 'kind', 'media',)
    # kind: "poss", "by", "made", "with", "shot", "pin", "attr", "testi" or "perm"
    # media: a photo, video, voice or screenshot (the person can be seen or heard)


def find_client_material(post) -> list[Material]:
    return post.memo("client-material", _find_material)


def _find_material(post) -> list[Material]:
    text = post.text
    out = []
    for n in find_client_nouns(post):
        det = n.ref_start
        plural_my = False
        if n.kind is None:
            od = _OTHER_DET.search(text, max(0, n.start - 30), n.start)
            if od is None and n.plural:
                od = _PLURAL_MY.search(text, max(0, n.start - 30), n.start)
                plural_my = od is not None
            if od is not None and _boundary(text, od.start()):
                det = od.start()
        before = None
        if det > 0 and (det != n.start or n.kind is not None) and _may_precede(text, det):
            before = _MATERIAL_BEFORE.search(text, max(0, det - 90), det)
            if before is not None and not _boundary(text, before.start()):
                before = None
        after = _MATERIAL_AFTER.match(text, n.full_end)
        if n.kind is None and not n.plural and not n.possessive and (after is None or after.lastgroup != "testi"):
            after = _ATTR_AFTER.match(text, n.full_end) or after
        kind = start = end = None
        if before is not None and (_BY_WORD.search(before.group(0)) or before.group(0).startswith(("screenshot",
                                   "posing", "pictured", "photographed", "snapped", "check", "testimonial"))
                                   or _THEN_MADE.match(text, n.full_end)):
            head = before.group(0)
            kind = ("testi" if head.startswith("testimonial") else
                    "with" if _MEDIA.match(head) or head.startswith(("posing", "pictured", "check")) else "by")
            start, end = before.start(), n.end
            if plural_my and kind != "with":
                kind = None  # "texts from my clients": not one client's material
        elif after is not None:
            kind = "attr" if after.re is _ATTR_AFTER.compiled else after.lastgroup
            if kind in ("poss", "made", "pin") and n.kind is None:
                kind = None
            elif kind == "poss" and not n.possessive:
                kind = None
            elif kind == "attr" and (n.kind is not None or n.plural):
                kind = None
            elif kind == "pin" and not _WITH_MY_BEFORE.search(text, max(0, n.start - 30), n.start):
                kind = None
            if kind is not None:
                start, end = n.ref_start, after.end()
        if kind is None:
            continue
        if kind in ("poss", "made") and n.kind == "a" and _GENERIC_BEFORE.search(text, max(0, start - 40), start):
            continue  # "when a client's journal..." / "before sharing a client's art"
        if kind in ("with", "shot", "pin"):
            media = True
        elif kind == "made":
            media = bool(_MEDIA.search(text, start, end)) and not _HANDMADE.search(text, start, end)
        else:
            media = bool(_MEDIA.search(text, start, end))
        out.append(Material(start, end, kind, media))
    for ws, we in hint_windows(post, HINTS_PERMISSION, 120):
        for m in iter_words(_PERMISSION, text, ws, we):
            out.append(Material(m.start(), m.end(), "perm", False))
    return [m for m in out if _keep_material(post, m)]


def _keep_material(post, m: Material) -> bool:
    text = post.text
    if policy_negated(post, m.start, 80) or post.taught_as_wording(m.start, m.end):
        return False
    s, e = post.sentence(m.start)
    sent = text[s:e]
    if m.kind == "attr":
        # "client art" as a topic: only when this post is sharing it.
        return "?" not in sent and first_word(_SHARE_CUE, text, s, e) is not None and not _POLICY_WORDS.search(sent)
    if m.kind == "testi":
        return "?" not in sent and not _POLICY_WORDS.search(sent)
    if m.kind == "perm":
        return not not_real(post) and post.flag("clientish", _CLIENTISH) and not _POLICY_WORDS.search(sent)
    return not ("?" in sent and _ASKING.search(sent))  # "should you share a client's poem?"


# -- session recordings ------------------------------------------------------

_SESSION_NOUN = (
    r"(?:sessions?|therapy(?!\s+(?:office|room|space|practice|dog|couch|chair|tips|myths|advice|content|"
    r"tiktok|journey|podcast|video))|counsell?ing(?!\s+(?:office|room|tips|advice|content))|appointments?|intake|"
    r"(?:therapy|support|dbt|process|trauma|grief)\s+group|emdr|couples\s+work|family\s+work|"
    r"clients?|patients?|kiddos?)\b"
)
_RECORD_VERB = trie([
    "filmed", "filming", "recorded", "taped", "taping", "videoed", "livestream", "livestreamed",
    "livestreaming", "live-stream", "live-streamed", "live-streaming", "live stream", "live streamed",
    "live streaming", "streamed", "streaming", "broadcast", "broadcasted", "broadcasting", "went live",
    "going live", "go live", "captured", "clipped", "screen-record", "screen-recorded", "screen-recording",
    "screenrecorded", "screen record", "screen recorded", "hit record", "pressed record", "secretly record",
    "secretly recorded", "videotaped", "videotaping", "vlogged", "vlogging", "record", "recording", "film",
])
# A word between the verb and the session, that does not turn it into a topic.
_FILLER = (
    r"(?:(?!about\b|on\b|explaining\b|describing\b|for\s+you\b|yourself\b|myself\b|"
    r"(?:an?\s+|my\s+|our\s+|the\s+)?(?:webinar|podcast|reel|video|tutorial|course|lecture|talk|ad|explainer|"
    r"training|q&a|ama)\b)[\w'-]+\s+)"
)
# filmed part of today's session / recorded my client / livestreaming a session
_REC_ACT = lazy_re(_RECORD_VERB + r"\s+" + _FILLER + r"{0,7}?" + _SESSION_NOUN)
_REC_OF = (
    r"\s+(?:of|from)\s+(?:a\s+|an\s+|my\s+|our\s+|the\s+|today's\s+|yesterday's\s+|last\s+week's\s+|real\s+|actual\s+)?"
    r"(?:[\w'-]+\s+){0,2}?(?:session|therapy(?!\s+(?:office|room|tips|myths))|counsell?ing|appointment|intake|"
    r"client|patient|" + _CLOCK + r")\b"
)
_REC_PASSIVE = (
    r"\s+(?:is|are|was|were|got|gets|being|will\s+be)\s+(?:[\w']+\s+)?(?:recorded|filmed|livestreamed|streamed|"
    r"broadcast|taped)\b"
)
_REC_OTHER = lazy_re(trie(
    # session footage / therapy clips
    [(w, r"\s+(?:footage|recordings?|audio|clips?|livestream|tapes?|vlog)\b")
     for w in ("session", "therapy", "counseling", "counselling", "emdr", "intake")]
    # a clip from a real session / audio from my 3pm
    + [(w, _REC_OF) for w in ("footage", "recording", "recordings", "audio", "video", "clip", "clips", "snippet",
                              "livestream", "tape")]
    # the session was recorded / sessions are streamed live
    + [(w, _REC_PASSIVE) for w in ("session", "sessions", "therapy", "appointment", "intake")]
    # live from a session / live therapy with volunteers / therapy sessions on the livestream
    + [("live", r"\s+(?:from|in|during)\s+(?:a\s+|my\s+|our\s+|today's\s+)?(?:[\w'-]+\s+)?(?:session|therapy)\b"),
       ("live", r"\s+(?:couples\s+|family\s+|group\s+)?(?:therapy|counsell?ing|emdr)(?:\s+sessions?)?\s+(?:with|on)\b")]
    + [(w, r"\s+sessions?\s+(?:on|in)\s+(?:the\s+)?(?:livestream|stream|live)\b")
       for w in ("therapy", "counseling", "counselling")]
))
_IS_PASSIVE = lazy_re(r"\w+\s+(?:is|are|was|were|got|gets|being|will\s+be)\s")
# A bare "record"/"recording"/"film" is a verb only before an object.
_BARE_VERB_OBJECT = lazy_re(
    r"(?:record|recording|film)\s+(?:my|our|a|an|the|every|all|their|his|her|this|today's|part|some|clips?|"
    r"sessions?|therapy|clients?)\b"
)
_RECORD_TOPIC = lazy_re(
    r"\b(?:should|may|can|could|must|requires?|need\s+to|needs\s+to|without\s+(?:written\s+)?consent|"
    r"never|policy|is\s+it\s+(?:ok|okay|ethical|legal)|ethics|1\.12|guidelines?|rules?|do\s+you|how\s+to|"
    r"tips?|considering|thinking\s+(?:of|about))\b|\?"
)
_TOPIC_AFTER = lazy_re(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:requires?|needs?|is\s+(?:not|never|only|a|an|illegal|unethical)|are\s+(?:not|never|only)|"
    r"should|must|without|can\s+(?:be|only|feel)|raises?|carries|puts|violates?|breaks?|isn't|aren't)\b"
)
_I_AM_DOING = lazy_re(r"\b(?:i'm|i\s+am|we're|we\s+are|i'll\s+be|we'll\s+be|currently|now)\s*$")
_NEG_WORD = lazy_re(r"\b(?:not|never|no)\b|n't\b")
_PAST_ACT = lazy_re(
    r"filmed|recorded|taped|livestreamed|live-?streamed|streamed|went\s+live|captured|clipped|"
    r"screen-?recorded|videotaped|vlogged"
)
_SUPERVISION = lazy_re(r"\b(?:supervision|training\s+purposes|clinical\s+training|for\s+my\s+supervisor)\b")
_SIGNED = lazy_re(r"\b(?:written|signed)\s+(?:consent|authori[sz]ation|release)|\bconsent\s+form\b")
_NOT_CLIENT_RECORDING = lazy_re(
    r"\b(?:mock|demo|demonstration|simulated|role-?play(?:ed|ing)?|actor|actors|pretend|"
    r"podcast\s+(?:episode|guest)|my\s+own\s+(?:therapy|session)|my\s+therapist|recorded\s+myself|"
    r"guided\s+meditation|relaxation\s+(?:track|script|audio)|hypnosis\s+(?:track|audio))\b"
)


class Recording(_Record):
    """A session being recorded, filmed or streamed."""

    __slots__ = ('start', 'end', 'supervised',)
    # supervised: for supervision or training, with written consent


def find_session_recordings(post) -> list[Recording]:
    return post.memo("session-recordings", _find_recordings)


def _find_recordings(post) -> list[Recording]:
    text = post.text
    out = []
    found = []
    for ws, we in hint_windows(post, HINTS_RECORDING, 120):
        found += [(m, "act") for m in iter_words(_REC_ACT, text, ws, we)]
        found += [(m, "pass" if _IS_PASSIVE.match(m.group(0)) else "other")
                  for m in iter_words(_REC_OTHER, text, ws, we)]
    for m, kind in found:
        start, end = m.start(), m.end()
        span = m.group(0)
        if kind == "act" and span.startswith(("record ", "recording ", "film ")) \
                and not _BARE_VERB_OBJECT.match(text, start):
            continue
        if policy_negated(post, start) or POLICY_NEGATION.search(span):
            continue
        if kind == "pass" and _NEG_WORD.search(span):
            continue  # "sessions are never recorded"
        s, e = post.sentence(start)
        if _NOT_CLIENT_RECORDING.search(text, s, e) or not_real(post):
            continue
        if kind in ("act", "pass") and not _PAST_ACT.search(span) \
                and not _I_AM_DOING.search(text, max(s, start - 12), start) \
                and (_RECORD_TOPIC.search(text, max(s, start - 60), start) or _TOPIC_AFTER.match(text, end)
                     or text[s:e].rstrip().endswith("?")):
            continue  # "recording sessions requires written consent", "should you film sessions?"
        supervised = bool(_SUPERVISION.search(text, s, e) and _SIGNED.search(text))
        out.append(Recording(start, end, supervised))
    return out
