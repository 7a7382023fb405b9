"""Shared detectors for what privacy and consent both act on.

Both areas look at the same evidence, so it is found once per post here (and
memoised on the post):

* :func:`find_client_narratives`: a story about one particular client.
* :func:`find_client_material`: a client's own writing, art, messages,
  testimonial, photo or voice shared or described in a post.
* :func:`find_session_recordings`: a session (or a client in one) being
  filmed, recorded, livestreamed or clipped.

A reference to a client need not say "client": "my 3pm", "a pt of mine",
"the couple I see on Wednesdays", "a young man I've seen since spring",
"someone on my caseload", "one of my IOP folks", "the fellow from my Thursday
group", "I treated a retired firefighter who...", "the lady in bay 4" (in a post
about a ward or shift), "the patient, a 52-year-old pharmacist,", a name with
"(not his real name)", and, in a clinician's post, "I have a 6th grader who..."
Round 3 added references that describe the person instead of naming a client:
an age before the noun ("15yo client"), case shorthand in a consultation
("16F, varsity swimmer..."), a bare noun opening a sentence with what they did
("Patient this morning asked..."), "one of my 9-year-olds" (in a post about
care), "a second grader at the school where I counsel", "someone I work with"
next to clinical content, a person who came to the author's program ("a
34-year-old engineer came to our EAP"), "I'll call her 'Lily'", and, in a
clinician's post, someone who "came in today" or "told me".
A reference becomes a *narrative* only when it comes with something that
makes it about one real person: something they said, did or went through
("told me", "cried", "her divorce", a past-tense verb right after the
reference), or an identifying detail (age, job, town, school, name or
pseudonym, initials, handle, rare condition).  A time alone ("a client today")
is not enough, except for references that are a session themselves ("my 3pm",
"in group today", with someone in it) or that place the person in the author's
caseload, office, group or ward.  Who someone is, without a story ("Priya, whom
I've been seeing in therapy"), is a privacy matter but not a story used as
content.  Generic talk ("clients often ask me...", "when a client says..."),
policy statements ("I never share client stories"), explicit composites and
role-plays, and the author's own therapy ("my therapist said...") are not
narratives; "names changed" is not a composite.

Client material is found next to any of these references ("a couple I see" in
"a screenshot of a text thread with a couple I see"), after "one of them" that
follows "my patients", in real clients' documents ("reading real intake
forms"), and in photos or check-ins at a treatment program with the people it
serves.

Performance: every scanning pattern starts with literal text (no leading
``\\b``; word lists are built as tries), so the regex engine can skip most
positions, and word boundaries are checked in Python on the few candidates.
Patterns are kept small (a long tail appears once, after a group of heads),
because compile time is page-load time in the browser.  One pass finds which
hint stems occur (:func:`hints`); a rule whose stems are absent does no work.
Newer patterns are declared with the words they need (lexicon.Gated, see
:func:`gated_words`), so a long text is scanned only in the paragraphs that have
them.  The expensive questions (what happened, is anyone identifiable) are
asked in a bounded window around each candidate, and at most
:data:`MAX_CANDIDATES` candidates per pattern are examined, so a check stays
linear in the input.

Sources: APA Ethics Code §4.01, §4.06, §4.07; APA Social Media Guideline 2.2;
ACA Code of Ethics §H.6.d; AAMFT Code 1.12, 2.1-2.2; HIPAA Safe Harbor,
45 CFR 164.514(b)(2) (the identifiers behind IDENTIFIER).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import chain

from .lexicon import COMPOSITE, DIAGNOSIS_WORDS, Gated, built, gated_matches, lazy_pattern, phrase_trie
from .lexicon import words as _words
from .lexicon import word_set as _word_set
from .lexicon import flat_text

__all__ = [
    "Narrative", "Material", "Recording", "ClientNoun", "TIME", "ACTION", "IDENTIFIER", "POLICY_NEGATION",
    "CLIENT_SING", "OTHER_DET", "MAX_CANDIDATES", "find_client_narratives", "find_client_material",
    "find_session_recordings", "find_client_nouns", "policy_negated", "not_real", "identifier_near", "trie",
    "first_word", "iter_words", "gated_scan", "iter_all", "gated_in_windows", "at_word_start", "lazy_pattern", "built", "hints", "hint_windows",
    "HINTS_RECORDING",
    "HINTS_PERMISSION", "HINTS_SEARCH", "HINTS_PROGRAM", "has_action", "HINTS_SOLICIT", "HINTS_REPLY", "HINTS_SERVICES", "HINTS_TREATMENT",
]


# -- helpers -----------------------------------------------------------------
# lazy_pattern (a lazy_re whose source may be built on first use), built and
# the phrase trie are shared helpers from the lexicon; the names are kept here
# for the rule modules of privacy and consent.
trie = phrase_trie


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


def gated_in_windows(post, gated, windows) -> list:
    """Matches of ``gated`` (lexicon.Gated) at a word start that lie inside one of ``windows``, in text order.

    What :func:`iter_all` finds in the (disjoint, sorted) windows, but each pattern runs only when
    the post has its words, and in a long text only in the paragraphs that have them: a long
    text's windows cover most of it, and scanning each for every pattern cost more than the rule.
    """
    if not windows:
        return []
    text = post.text
    if windows[0] == (0, len(text)):  # a post of ordinary length: one window, the whole post
        return gated_words(post, gated)
    starts = [s for s, _ in windows]
    out = []
    for m in gated_matches(post, gated):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and m.end() <= windows[i][1] and _boundary(text, m.start()):
            out.append(m)
    return out[:MAX_CANDIDATES]


def gated_words(post, gated) -> list:
    """Matches of ``gated`` (a tuple of lexicon.Gated) that start at a word boundary.

    Each pattern runs only when the post has a word from each of its word sets,
    and in a long text only in the paragraphs that have them.
    """
    text = post.text
    return [m for m in gated_matches(post, gated) if _boundary(text, m.start())][:MAX_CANDIDATES]


def _window_words(post, lo: int, hi: int):
    """The words of ``text[lo:hi]`` (the post's memoised word set when that is the whole post)."""
    if lo == 0 and hi == len(post.text):
        return _word_set(post)
    return flat_text(post)[lo:hi].split()


def first_word(rx: re.Pattern, text: str, start: int = 0, end: int | None = None):
    """First match of ``rx`` in ``text[start:end]`` that starts at a word boundary."""
    for m in rx.finditer(text, start, len(text) if end is None else end):  # iter_words, inlined
        i = m.start()
        if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_"):
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
HINTS_PROGRAM = frozenset({"photo", "pic", "selfie", "snapshot", "video", "checked in", "checking in"})
HINTS_TREATMENT = frozenset({"client", "patient", "homework", "session", "therap", "counsel", "patron", "appointment",
                             "portal",
                             "subscriber", "tier", "member", "caseload"})


def _prefix_free(stems):
    out: list[str] = []
    for w in sorted(set(stems)):  # a stem's prefixes sort just before it
        if not out or not w.startswith(out[-1]):
            out.append(w)
    return out


_ALL_HINTS = _prefix_free(HINTS_RECORDING | HINTS_PERMISSION | HINTS_SEARCH | HINTS_SOLICIT | HINTS_REPLY
                          | HINTS_SERVICES | HINTS_TREATMENT | HINTS_PROGRAM)


def _found_as(stem: str, _kept=frozenset(_ALL_HINTS)) -> str:
    """The kept stem that ``stem`` is found as: itself, or the shorter kept stem
    that begins it (prefix lookups in a set: this runs at import time)."""
    found = next((stem[:i] for i in range(1, len(stem) + 1) if stem[:i] in _kept), None)
    if found is None:  # cannot happen with _prefix_free; a StopIteration here would be swallowed by map
        raise ValueError(f"hint stem {stem!r} is not covered")
    return found


# A stem hidden by a shorter one is found as that shorter one.
(HINTS_RECORDING, HINTS_PERMISSION, HINTS_SEARCH, HINTS_SOLICIT, HINTS_REPLY, HINTS_SERVICES, HINTS_TREATMENT,
 HINTS_PROGRAM) = (
    frozenset(map(_found_as, group))
    for group in (HINTS_RECORDING, HINTS_PERMISSION, HINTS_SEARCH, HINTS_SOLICIT, HINTS_REPLY, HINTS_SERVICES,
                  HINTS_TREATMENT, HINTS_PROGRAM)
)
# A stem at a word start, found from the character before it: a pattern that began with the
# lookbehind (?<![a-z0-9]) would be tried at every position, while one that begins with this
# character class is tried only where such a character is (sre skips ahead in C).  The stem is
# read in a lookahead, so the next match may begin at the stem's first character ("@", "#").
_HINT_RE = lazy_pattern(lambda: r"[^a-z0-9](?=(" + trie(_ALL_HINTS) + "))")


def hints(post):
    """The hint stems present in the post (memoised): ``if hints(post) & HINTS_SEARCH: ...``."""
    return post.memo("pc-hints", _find_hints).keys()


def _find_hints(post) -> dict:
    found: dict = {}
    last = 0
    # The space before the text gives a stem at position 0 its preceding character; a match's start
    # in the padded text is then its stem's start in the post.
    for m in _HINT_RE.finditer(" " + post.text):
        start = m.start()
        if start < last:
            continue  # inside the previous stem ("text me|ssage"): a left-to-right scan of stems skips it
        stem = m.group(1)
        last = start + len(stem)
        found.setdefault(stem, []).append(start)
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
_CLOCK = r"(?:\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.|o'clock)|\d{1,2}:\d\d|noon)"

# Nouns for a person that are clinical by themselves ("the teen I see") and
# nouns that could be anyone ("the guy I've been seeing" is a date).
_CLINICAL_WORDS = frozenset(
    "client patient counselee kiddo teen teenager adolescent couple family kid child boy girl walk-in veteran vet "
    "student survivor widow widower senior retiree freshman sophomore junior preteen tween toddler youth resident "
    "inmate member grader kindergartner kindergartener preschooler schooler undergrad newlywed".split()
)
_ADULT_WORDS = frozenset(
    "guy woman man lady gentleman mom mum dad mother father person nurse teacher firefighter officer soldier pilot "
    "grandmother grandfather grandma grandpa wife husband dude fella fellow gal lad chap doctor".split()
)
# Jobs and roles: a person only after a clinical verb ("a young ironworker I treated").
_ROLE_WORDS = frozenset(
    "nurse teacher firefighter pilot cop surgeon pastor priest rabbi imam lawyer attorney judge professor principal "
    "coach ceo executive vp manager mayor senator athlete quarterback soldier marine veteran chef dentist pharmacist "
    "engineer accountant realtor influencer celebrity actor actress musician paramedic sheriff detective reverend "
    "bishop doctor physician ironworker trucker carrier electrician plumber mechanic farmer rancher contractor "
    "welder bartender barista server waitress cashier janitor custodian miner fisherman dancer artist writer poet "
    "model swimmer runner player officer mother father mom dad wife husband grandmother grandfather cfo cto coo "
    "cmo founder co-founder cofounder president director owner partner developer programmer analyst consultant "
    "banker investor entrepreneur student freshman sophomore junior senior grader athlete rancher cattleman".split()
)
# Nouns that name a person the author serves, in "I have a 6th grader who..." (not "I have a friend who").
_SERVED_WORDS = frozenset(
    "client patient counselee kiddo grader freshman sophomore student resident member veteran vet survivor widow "
    "widower youth adolescent preteen tween kindergartner preschooler undergrad".split()
)
_AGE_WORD = lazy_pattern(r"\d{1,2}[- ]?(?:year|yr)[- ]old|\d{1,2}-?yo")
_STRONG_VERBS = frozenset(
    "treat treated treating counsel counseled counselled counseling counselling assessed evaluated admitted "
    "discharged mentioned told posted wrote talked walked walk walking journeyed treating".split()
)


def _is_person(word: str, clinical_only: bool = False) -> bool:
    if word in _CLINICAL_WORDS or _AGE_WORD.fullmatch(word):
        return True
    return not clinical_only and word in _ADULT_WORDS


def _names_person(words) -> bool:
    """Some word of a noun phrase is a person, a role or an age ("a piano teacher from wellesley")."""
    return any(w in _CLINICAL_WORDS or w in _ADULT_WORDS or w in _ROLE_WORDS or _AGE_WORD.fullmatch(w)
               for w in words)


# Client nouns: the anchor for most detectors.
# "pt" (a patient, in clinical shorthand) and "intake" (a new client) are kept
# only where they cannot be a physical therapist or an intake form: see _find_nouns.
_NOUN = lazy_pattern(r"(?:client|patient|counselee|kiddo|walk-in|pt|intake)(?P<suffix>s'|s|'s)?(?![\w-])")
# Every match is one of these words (or "walk-in"): a long text is scanned only where they occur.
_NOUN_G = (Gated(_NOUN, (_words("client clients patient patients counselee counselees kiddo kiddos walk pt pts intake "
                                "intakes"),)),)
_NEW_BEFORE = lazy_pattern(r"(?:new|newest|latest|first|2nd|second)\s+$")
_NOT_PERSON_AFTER = lazy_pattern(lambda: 
    r"-|\s+(?:portal|base|population|load|list|satisfaction|experience|education|handouts?|resources?|advocate|"
    r"advocacy|safety|privacy|confidentiality|rights|records?|files?|forms?|centered|centred|led|care\s+team|"
    r"management|retention|outcomes?|perspective|journey|relationship|stories|story|material|information|info|"
    r"data|needs|work|testimonials?|reviews?|success|spotlight|art|artwork|poems?|sessions?|appointments?|"
    r"visits?|exercises?|school|program|assistant|aide|degree|paperwork|packet|process|coordinator|call|"
    r"interview|questions?|notes|slots?)\b|\s+at\s+home\b"
)
# What stands before a client noun that makes it one particular person.
_DET_BEFORE = lazy_pattern(lambda: 
    r"(?:(?P<oneof>one\s+of\s+(?:my|our)\s+(?:[\w-]+\s+)?)"
    r"|(?P<my>my\s+(?:(?!clients\b|patients\b|own\b|a\b|an\b|the\b|this\b|that\b|is\b|was\b|are\b|and\b|or\b|"
    r"but\b|to\b|of\b|in\b|on\b|for\b|with\b|at\b|as\b|if\b|i\b|you\b|he\b|she\b|we\b|they\b|it\b)"
    r"[\w'-]+\s+){0,2}?)"
    r"|(?P<a>(?:a|one|another|this|that)\s+(?:(?:new|former|past|current|young|older|teen|teenage|longtime|"
    r"long-time|recent|sweet|brave|male|female|elderly|pediatric|paediatric|adult|"
    r"\d{1,2}[- ]?(?:year|yr)s?[- ]old|\d{1,2}\s?(?:yo|y/o)|\d{1,2}[fm])\s+)?))$"
)


class ClientNoun(_Record):
    """A "client"/"patient"/"kiddo" in the post and what stands before it."""

    # end: end of the noun itself (without "'s")
    # full_end: end including a plural or possessive ending
    # kind: "my", "a", "oneof" or None (no determiner)
    # ref_start: start of the determiner ("my new client"), or of the noun
    __slots__ = ("start", "end", "full_end", "kind", "ref_start", "plural", "possessive")


def find_client_nouns(post) -> list[ClientNoun]:
    """Every "client"/"patient"/"kiddo" in the post, with what stands before it."""
    return post.memo("client-nouns", _find_nouns)


def _find_nouns(post) -> list[ClientNoun]:
    text = post.text
    out = []
    for m in _candidates(post, _NOUN):
        start = m.start()
        end = m.end() - len(m.group("suffix") or "")
        suffix = m.group("suffix") or ""
        plural = suffix in ("s", "s'")
        word = text[start:end]
        if word == "intake" and not _NEW_BEFORE.search(text, max(0, start - 12), start):
            continue  # "my intake form", "an intake today": not a person
        if word == "pt" and (plural or text[max(0, start - 3):start] == "my "):
            continue  # "my PT said": a physical therapist
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
_SEE_VERBS = (
    "mentioned", "told you about", "posted about", "wrote about", "talked about",
    "see", "saw", "seeing", "seen", "treat", "treated", "treating", "work with", "worked with", "working with",
    "counsel", "counseled", "counselled", "counseling", "counselling", "met with", "meet with", "support",
    "supported", "supporting", "assessed", "evaluated", "admitted", "discharged", "started seeing",
    "began seeing", "do therapy with", "did therapy with", "walked alongside", "walk alongside",
    "walking alongside", "journeyed with",
)
_SEE_VERB = built(lambda: trie(list(_SEE_VERBS)))
# A _SEE_RE match has "i" or "we" and a verb's first word as whole words (a cheap gate).
_SEE_VERB_FIRST = frozenset(v.split()[0] for v in _SEE_VERBS)
# What someone is seen for: "the woman I see for hoarding", "a teen I treated for panic attacks".
_CONDITION_WORDS = frozenset(
    "panic hoarding grief anxiety insomnia anger agoraphobia phobia phobias attacks drinking alcohol substance "
    "opioid gambling self-harm cutting postpartum perinatal infertility chronic pain abuse assault divorce "
    "couples marriage family selective mutism stuttering tics ocd ptsd adhd emdr cbt dbt".split())
_CONDITION = built(lambda: trie(sorted(DIAGNOSIS_WORDS | _CONDITION_WORDS)))
_SEE_STRONG_AFTER = lazy_pattern(lambda: 
    r"\s+(?:(?:in|for)\s+(?:session|therapy|treatment|counsell?ing|my\s+practice|the\s+clinic|my\s+office)"
    r"|weekly|every\s+(?:week|other\s+week)|on\s+" + _WEEKDAY + r"s?|(?:once|twice)\s+a\s+(?:week|month)"
    r"|for\s+(?:her\s+|his\s+|their\s+|a\s+|an\s+|severe\s+|chronic\s+)?(?:[\w'-]+\s+)?" + _CONDITION()
    + r"|since\s+(?:(?:last|this|the)\s+)?(?:spring|summer|fall|autumn|winter|" + _MONTH + r"|(?:19|20)\d\d|she|he|they)"
    r"|for\s+(?:about\s+|almost\s+|nearly\s+|over\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|"
    r"several|many)\s+(?:years|months|weeks|sessions))\b"
)
# Other references to one particular client, one literal-first pattern per kind.
_SEE_RE = lazy_pattern(lambda: r"(?:i|we)(?=[\s'])" + _SUBJ + r"(?P<verb>" + _SEE_VERB() + r")\b")
_SEE_G = (Gated(_SEE_RE, (_words("i we"), _SEE_VERB_FIRST)),)  # "i"/"we" and the verb's first word
_MY_RE = lazy_pattern(lambda: 
    # my 3pm / my tuesday 10am / my last session of the day
    r"my\s+(?:(?P<slot>(?:" + _WEEKDAY + r"\s+)?" + _CLOCK + r"(?!\s+(?:meeting|call|class|lecture|webinar|coffee|"
    r"lunch|break|nap|yoga|workout|flight|train|supervision|training|consult|deadline|dentist|doctor|slot|"
    r"opening|availability|alarm|run|walk|pickup|podcast|live|show|stream|event|workshop|presentation|talk|"
    r"panel|keynote|regulars|crowd|folks|people|clients|patients|crew)\b))"
    r"|(?P<sess>(?:last|first|next|final|\d{1,2}(?:st|nd|rd|th))\s+(?:session|appointment|intake)\s+"
    r"(?:of\s+the\s+day|today|this\s+(?:morning|afternoon|week))\b))"
)
_TODAY = r"(?:today|tonight|this\s+(?:morning|afternoon|evening|week)|yesterday|earlier|last\s+(?:night|week))"
# (the lookahead restates the heads' first letters so positions inside words go quickly)
# Every _MY_RE match has a clock time (a digit, or "noon") or one of these words.
_MY_SESS_WORDS = _words("session appointment intake")
_DIGIT_OR_NOON = lazy_pattern(r"\d|noon")
_SESS_RE = lazy_pattern(lambda: r"(?=in\s|t[oh]|ye|ea|la)" + trie([
    ("in", r"\s+(?:session|group|therapy|my\s+office)\s+" + _TODAY + r"\b"),
    ("today", r"\s+in\s+(?:session|group|therapy)\b"), ("tonight", r"\s+in\s+(?:session|group|therapy)\b"),
    ("this morning", r"\s+in\s+(?:session|group|therapy)\b"), ("this afternoon", r"\s+in\s+(?:session|group)\b"),
    ("this week", r"\s+in\s+(?:session|group|therapy)\b"), ("yesterday", r"\s+in\s+(?:session|group|therapy)\b"),
    ("earlier", r"\s+in\s+(?:session|group|therapy)\b"),
] + [(w, r"\s+(?:[\w-]+\s+){0,2}?(?:session|group|intake)\b") for w in (
    "today's", "yesterday's", "this morning's", "last night's", "tonight's", "this week's")]))
_SESS_WORDS = _words("session group therapy intake office")  # a whole word of every _SESS_RE match
# Every _SESS_RE match also has a whole time word (of _TODAY, or its head: "today's", "last night's").
_SESS_G = (Gated(_SESS_RE, (_SESS_WORDS, _words("today tonight morning afternoon evening week yesterday earlier night"))),)
_INMY_RE = lazy_pattern(lambda: trie([
    (w, r"\s+(?:my|our)\s+(?:[\w'-]+\s+){0,3}?(?:group|caseload|practice|clinic|unit|ward)\b")
    for w in ("in", "on", "from", "of")]))
_INMY_LAST = _words("group caseload practice clinic unit ward")  # the last word of every _INMY_RE match
_INMY_G = (Gated(_INMY_RE, (_INMY_LAST, _words("my our"))),)
# A patient named by their bed or room on a ward ("bed 12 is...", "the man in bay 4"):
# only in a post about a ward, unit or shift.
_WARD_RE = lazy_pattern(lambda: r"(?:bed|bay|room|pod)\s+\d{1,3}[a-z]?\b(?!\s*(?:hours?|hrs?|minutes?|mins?|days?|"
                        r"am|pm|o'clock|%|percent|people|guests|seats))")
_WARD_CONTEXT = lazy_pattern(lambda: r"\b(?:ward|unit|shift|nightshift|nurse|nurses|nursing|er|ed|inpatient|psych|"
                             r"psychnurse|psychiatric\s+(?:unit|ward|hospital|floor)|rounds|admissions?|1:1|obs|sitter|"
                             r"icu|detox|hospital|nights|night\s+shift|on\s+the\s+floor\s+tonight)\b")
_ONEOF_GROUP_RE = lazy_pattern(lambda: 
    r"one\s+of\s+(?:my|our)\s+(?:[\w'-]+\s+){0,2}?(?:couples|families|teens|teenagers|kiddos|groups|dads|moms|"
    r"veterans|vets|students|folks|ladies|gals|guys|gentlemen|men|women|regulars|long-?timers|old-?timers|"
    r"frequent\s+fl[yi]ers|residents|members|intakes|referrals|cases|youth|adolescents|survivors|seniors|"
    r"elders|pts|walk-ins|graduates|grads|graders|\d{1,2}[- ]?(?:year|yr)[- ]olds|\d{1,2}-?yos|kindergart[ne]+rs|"
    r"preschoolers|schoolers|freshmen|sophomores)\b"
)
# "one of them" after "my patients": one of the author's clients.
_ONE_OF_THEM = lazy_pattern(r"(?:one|some|two|three|a\s+few|several|each|both)\s+of\s+them\b")
_WITH_RE = lazy_pattern(lambda: 
    trie(["session", "appointment", "intake", "consult", "consultation", "visit"])
    + r"\s+with\s+(?:a|an|my|this|one|the)\s+"
)
_WITH_WORDS = _words("session appointment intake consult consultation visit")  # a word of every _WITH_RE match
_WITH_G = (Gated(_WITH_RE, (_WITH_WORDS, _words("with"))),)
_OFFICE_RE = lazy_pattern(lambda: trie([
    (w, r"\s+(?:in)?to\s+my\s+(?:office|practice|clinic|therapy\s+room|room)\b")
    for w in ("walked", "walks", "came", "comes", "burst", "stormed", "first came", "first walked")] + [
    ("came", r"\s+(?:in\s+)?to\s+see\s+me\s+(?:today|this|yesterday|last|because|after|for\s+the\s+first)\b"),
    ("first came", r"\s+(?:in\s+)?to\s+see\s+me\b"),
]))
# "the patient, a 52-year-old pharmacist, ...": a case presented with who the person is.
_APPOS_RE = lazy_pattern(r"the\s+(?:client|patient|counselee)\s*,\s*(?:a|an)\s+")
# "I treated a young ironworker who...": the person after a clinical verb.
# The leading lookahead only restates what every match starts with, so the
# engine drops most positions at an "i" quickly (a 100 KB text: 6 ms -> 1.6 ms).
_SEE_OBJ_RE = lazy_pattern(lambda: r"(?=i['\sv]|we['\s]|been\s)"
    r"(?:(?:i|we)(?:'ve|\s+have|\s+had|\s+once|\s+recently|\s+just|\s+first)?\s+|(?:i'?ve\s+)?been\s+)"
    r"(?P<verb>treated|counsell?ed|assessed|evaluated|admitted|discharged|worked\s+with|walked\s+alongside|"
    r"treating|counsell?ing|seeing|working\s+with|walking\s+alongside)\s+(?:a|an|this|one)\s+"
    r"(?P<np>(?:[\w'-]+\s+){0,2}?[\w'-]+)(?P<after>\s+who(?:se)?\b|\s*,|\s+for\b|\s+with\b|\s*\.)"
)
# "(not his real name)", "names changed": the author vouches that a real person is described.
_PSEUDONYM_RE = lazy_pattern(
    r"not\s+(?:his|her|their|the\s+(?:client|patient)'s|my\s+(?:client|patient)'s)\s+real\s+name"
    r"|names?\s+(?:have\s+been\s+|has\s+been\s+|was\s+|were\s+|are\s+|is\s+)?changed|pseudonyms?\b"
)
_PSEUDONYM_G = (Gated(_PSEUDONYM_RE, (_words("name names pseudonym pseudonyms"),)),)
# "I'll call her 'Lily'": a made-up name for a real person.
_CALL_HER_RE = lazy_pattern(
    r"(?:i'll|i\s+will|let's|lets|we'll|i'm\s+going\s+to|i'm\s+gonna|i'd)\s+call\s+(?:her|him|them|this\s+"
    r"(?:client|patient|kid|teen|boy|girl|man|woman|person|family|couple))\s+[\"'][a-z]{2,15}[\"']?"
)
_CALL_HER_G = (Gated(_CALL_HER_RE, (_words("call"), _words("her him them this"))),)
# "a 17-year-old admitted for her first manic episode": a person placed in the author's care.
_ADMITTED_RE = lazy_pattern(
    r"(?:admitted|referred|hospitali[sz]ed|brought\s+in|being\s+treated|newly\s+diagnosed)\s+"
    r"(?:for|with|to\s+(?:the|our|my)|after|last|this|yesterday|overnight)\b"
)
# "I have a 6th grader who...": a person the author serves, in a clinician's post.
_HAVE_RE = lazy_pattern(lambda: 
    r"(?:i|we)(?:'ve\s+got|\s+have\s+got|\s+have|\s+had|\s+got|\s+currently\s+have)\s+(?:a|an|this)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?P<p>[\w'-]+)\s+(?:who|whose|that|on\s+my|in\s+my)\b"
)
# "the 8th grader at Lincoln Middle who...": a particular person, in a clinician's post.
_THE_WHO_RE = lazy_pattern(lambda: 
    r"(?:the|an?)\s+(?:[\w'-]+\s+){0,2}?(?P<p>[\w'-]+)\s+(?:(?:at|from|in)\s+[\w'.-]+(?:\s+[\w'.-]+)?\s+)?who(?:se)?\b"
)
# The author writes as a clinician (a signal some weaker references need).
_CLINICIAN = lazy_pattern(lambda: 
    r"\b(?:therapist|counsell?or|social\s+worker|psychologist|psychiatrist|clinician|psychotherapist|lcsw|lpc|"
    r"lmft|lmhc|pmhnp|psychnp|caseload|my\s+practice|in\s+session|schoolsocialwork|schoolcounsel\w*|"
    r"school\s+counsel\w*|therapistsof\w*|psych\s+nurse|safety\s+plan|treatment\s+plan|intake|iop|php|dbt|"
    r"emdr|(?:in|to|after)\s+group\s+(?:today|tonight|this)|med-management)"
)
_PERSON_BEFORE = lazy_pattern(lambda: 
    r"(?:(?:a|an|the|this|that|one|another)\s+(?:[\w'-]+\s+){0,2}?(?P<p>[\w'-]+)|(?P<someone>someone)"
    r"|(?P<who>who|whom))\s+$"
)
# A longer noun phrase before a clinical verb: "mrs. h., a piano teacher from wellesley (I treated)".
_PHRASE_BEFORE = lazy_pattern(lambda: r"(?:a|an|the|this|that|one|another)\s+(?P<np>(?:[\w'.-]+,?\s+){1,5})$")
_WORDS3 = lazy_pattern(lambda: r"([\w'-]+)(?:\s+([\w'-]+))?(?:\s+([\w'-]+))?")
_NOT_SESSION_TALK = lazy_pattern(lambda: 
    trie(["webinar", "workshop", "training", "course", "class", "conference", "ceu", "ceus", "continuing-ed",
          "continuing ed", "register", "podcast", "episode", "livestream", "lecture", "seminar", "panel",
          "summit", "module", "supervisor", "supervision", "trainer", "coach", "physio", "dentist", "workout",
          "gym", "yoga", "run", "ride", "hike", "fitness", "group chat", "group project", "group call",
          "photo shoot"]) + r"\b"
)

# When: enough only with a reference that is a session itself.
TIME = lazy_pattern(lambda: trie([
    "today", "tonight", "this morning", "this afternoon", "this evening", "this week", "this month", "this year",
    "yesterday", "last night", "last week", "last session", "last month", "last year", "last time", "earlier",
    "just now", "in session", "in group", "during session", "during our session", "during the session",
    "this session", "since last", "since we started", "since starting", "years ago", "months ago", "weeks ago",
    "a year ago", "a month ago", "on our final day", "on our last day", "at termination", "at discharge",
] + [("last", r"\s+" + _WEEKDAY), ("since", r"\s+" + _MONTH), ("on", r"\s+" + _MONTH), ("in", r"\s+" + _MONTH),
     ("last", r"\s+(?:spring|summer|fall|autumn|winter)"), ("this", r"\s+(?:spring|summer|fall|autumn|winter)"),
     ("since", r"\s+(?:spring|summer|fall|autumn|winter)"), ("in", r"\s+(?:19|20)\d\d"),
     ("in the", r"\s+(?:late\s+|early\s+|mid-?\s*)?'?\d0s"),
     ("first", r"\s+(?:came|walked|met|started|arrived|sat\s+down)")])
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
    "heard", "held", "brought", "built", "blew", "quit", "said", "read",
)
_PAST_AFTER_PRONOUN += (r"|\s+(?:just\s+|finally\s+|actually\s+|literally\s+|once\s+)?(?:" + "|".join(_IRREGULAR_PAST)
                        + r")\b(?!')")
_NOW_STATE = (
    r"\s+(?:back|now|finally|still|sober|clean|engaged|pregnant|married|divorced|home|moving|leaving|"
    r"starting|graduating|thriving|smiling|dating)\b"
)
_LIFE = built(lambda: trie([
    "husband", "wife", "partner", "boyfriend", "girlfriend", "fiance", "fiancee", "mom", "mother", "dad",
    "father", "son", "daughter", "kid", "kids", "children", "boss", "job", "divorce", "affair", "diagnosis",
    "miscarriage", "abortion", "abuser", "ex", "parents", "custody", "rehab", "overdose", "suicide attempt",
    "attempt", "trauma", "addiction", "eating disorder", "sobriety", "graduation", "wedding", "funeral",
    "deployment", "first",
]))
_LIFE_AFTER = built(lambda: r"\s+(?:ex-|[\w'-]+\s+)?" + _LIFE())
ACTION = lazy_pattern(lambda: trie([
    "finally", "for the first time", "breakthrough", "told me", "tells me", "said", "says", "saying",
    "asked me", "asks me", "asked if", "asked whether", "asked why", "asked what", "asked how", "asked for", "admitted", "confessed", "cried", "sobbed", "laughed", "shared", "disclosed",
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
    "messaged me", "reached out", "contacted me", "dm'd me", "dmed me", "wrote me", "wrote to me", "tell me",
    "telling me", "ran into", "bumped into", "survived", "proposed", "let me take", "let me film", "let me record",
    "let me photograph", "stood up",
    ("keeps", r"\s+[a-z]+ing"), ("kept", r"\s+[a-z]+ing"),
]) + r"\b")
# The same, led by a pronoun: "she relapsed", "he's back", "her divorce".  Kept apart from ACTION
# so that each pronoun's long tail appears once (a small pattern compiles fast in Pyodide).
_ACTION_PRON = lazy_pattern(lambda: 
    r"(?:s?he|they|who)(?:" + _PAST_AFTER_PRONOUN + r")"
    r"|(?:s?he(?:'s|\s+is|\s+was)|they(?:'re|\s+are|\s+were))" + _NOW_STATE
    + r"|(?:her|his|their)" + _LIFE_AFTER() + r"\b"
)


# Right after a reference, what the person did: "the couple I counsel on Thursdays announced...".
_AFTER_REF_PAST = lazy_pattern(lambda: 
    r"(?:\s*\([^)\n]{0,40}\))?(?:\s+(?!and\b|but\b|or\b|i\b|we\b|you\b)[\w'-]+){0,3}?\s+(?:just\s+|finally\s+|also\s+)?"
    r"(?:(?!need|feed|seed|bleed|proceed|succeed|exceed|heed|speed|breed|used|based|called|named|aged|"
    r"diagnosed|referred|scheduled|booked)[a-z]{2,}ed|" + "|".join(_IRREGULAR_PAST) + r")\b(?!')"
)
# A person other than the author in a session reference ("in group today *she*...").
_THIRD_PERSON = lazy_pattern(r"\b(?:she|he|they|her|him|them|someone|somebody|one\s+of|(?:a|an|the|this|one)\s+"
                             r"(?:[\w-]+\s+)?(?:kid|kiddo|teen|teenager|girl|boy|man|woman|guy|couple|client|patient|"
                             r"mom|dad|member|veteran|student|lady|gentleman|person|family|child|\d+-year-old))\b")


def has_action(text: str, s: int, e: int) -> bool:
    """Something a person said, did or went through in ``text[s:e]``."""
    return first_word(ACTION, text, s, e) is not None or first_word(_ACTION_PRON, text, s, e) is not None
# Words they said, quoted ("she said: 'I feel invisible'").
_QUOTED = lazy_pattern(r":\s*[\"']|\"[^\"\n]{3,200}\"|'[^\n]{5,120}?'(?!\w)")

IDENTIFIER = lazy_pattern(lambda: trie([
    ("in", r"\s+(?:his|her|their)\s+(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|\d0s)"),
    ("age", r"d?\s+\d{1,2}"), ("late", r"\s+\d0s"), ("early", r"\s+\d0s"), ("mid", r"-?\s?\d0s"), ("(", r"\d0s"),
    ("is", r"\s+\d{1,2}(?=\s*(?:[,;]|\.\s|and\b|years?\s+old))"),
    ("turned", r"\s+\d{1,2}"), "mail carrier", "ironworker", "trucker", "electrician", "plumber", "vp", "executive",
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
    ("only", r"\s+(?:\w+\s+){0,3}(?:in|at)\s+(?:town|the\s+county|the\s+city|the\s+state|(?:our|his|her|their)\s+\w+)"),
    ("rare", r"\s+(?:disease|condition|disorder|syndrome|genetic)"),
] + [(w, r"\s+(?:at|for)\s+(?:the\s+)?(?!it\b|home\b|this\b|that\b|her\b|his\b|an?\b)[a-z]+")
     for w in ("work", "works", "worked", "working")] + [
    ("@", r"[a-z0-9_][a-z0-9_.]{2,}"), "📍", ("route", r"\s+\d+"), ("exit", r"\s+\d+"),
]) + r"(?!\w)")
_ID_DIGITS = lazy_pattern(lambda: 
    r"\d(?:\d?[- ]?(?:year|yr)s?[- ]old\b|\d?(?:st|nd|rd|th)[- ]grade(?:r|rs)?\b|\d?\s?(?:yo|y/o)\b|\d?/\d{1,2}/\d{2,4}\b"
    r"|\d?\s?(?:y/?o\s?)?[fm](?=\s*[,:;(])"
    r"|\d{1,4}\s+[a-z]+\s+(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|court|ct|boulevard|blvd)\b)"
)
# Initials, found from their dots: "j.m." (not "e.g.", "a.m.").
_INITIALS = lazy_pattern(r"\.\s?[a-z]\.(?=[\s,]|$)")
_NOT_INITIALS = frozenset({"e.g.", "i.e.", "a.m.", "p.m.", "u.s.", "e.g", "i.e"})

# A capitalised name or place near a reference, checked on the original text:
# "my client Sarah", "a patient, Mr. Lee,", "a nurse from Dayton", "Cedar Lane".
_NAME_AFTER = lazy_pattern(lambda: r"\s*,?\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([A-Z][a-z]+|[A-Z]\.?(?=[\s,]))")
# A name in quotation marks (a pseudonym): '"Leo" is 15', "'Mia' told me".
_QUOTED_NAME = lazy_pattern(r"[\"\u201c\u2018']([A-Z][a-z]{1,14})[\"\u201d\u2019'](?=\s+(?:is|was|has|had|told|said|came|\(|,))")
# A signature under a quote: "- Sarah T., Westfield".
_SIGNATURE = lazy_pattern(lambda: r"(?:^|\s)[—–-]\s*[A-Z][a-z]+\s+[A-Z]\.?(?:,\s*[A-Z][a-z]+)?")
_PLACE = lazy_pattern(lambda: 
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
POLICY_NEGATION = lazy_pattern(lambda: 
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

_NOT_REAL = lazy_pattern(lambda: trie([
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
_OWN_THERAPY = lazy_pattern(lambda: trie([
    ("my", r"\s+(?:own\s+)?(?:therapist|counsell?or|psychiatrist|psychologist|analyst|social\s+worker|shrink)"),
    ("my own", r"\s+(?:therapy|sessions?|treatment|analysis)"), "as a client myself", "as a patient myself",
    "when i was a client", "when i was in therapy", "i'm in therapy", "i am in therapy", "i was in therapy",
]) + r"\b")

# "when a client says..." / "if a patient asks...": a hypothetical client.
_GENERIC_BEFORE = lazy_pattern(lambda: 
    r"(?:\bif|\bwhen|\bwhenever|\bsuppose|\bimagine|\bsay|\bshould|\bbefore|\bas|\bwhether|"
    r"\bunless|\bwhere|\bhow\s+(?:to|do\s+you|can\s+you|should\s+you)\s+\w+|\bwhat\s+(?:if|do\s+you\s+do\s+"
    r"when)|\bhelping|\bsupporting|\bsharing|\bposting|\bpublishing|\b(?:every|each|any)\s*time)\s+"
    r"(?:(?:ever|someday|one\s+day|you\s+(?:have|get|see|work\s+with|meet))\s+)?$"
)
_GENERIC_AFTER = lazy_pattern(lambda: 
    r"\s+(?:who\s+)?(?:may|might|can|could|should|will|would|must|often|usually|typically|sometimes|tends?\s+to|"
    r"needs?|wants?|deserves?|has\s+the\s+right|is\s+entitled)\b"
)
_WHO_GENERIC = lazy_pattern(lambda: 
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
    for q in _QUOTED_NAME.finditer(original, os_, oe):  # a pseudonym is still a name: '"Leo" is 15'
        if q.group(1) not in _NOT_NAME:
            return q.group(0)
    return None


# -- narratives --------------------------------------------------------------

class Narrative(_Record):
    """A story about one particular client (offsets in folded text)."""

    # identifying: the identifying detail found nearby, or None
    # storied: something the client said, did or went through (not only who they are)
    __slots__ = ("start", "end", "identifying", "storied")


def find_client_narratives(post) -> list[Narrative]:
    return post.memo("client-narratives", _find_narratives)


# References that are about a session or slot: a time alone is enough.
_STRONG_KINDS = frozenset({"sess", "slot", "office", "case", "who", "appos", "ward", "obj"})


# Each pattern with the words it cannot match without (a long text is scanned only where they occur).
_SEE_OBJ_G = (Gated(_SEE_OBJ_RE, (_words("i we been"), _words(
    "treated counseled counselled assessed evaluated admitted discharged worked walked treating counseling "
    "counselling seeing working walking"))),)
_ADMITTED_G = (Gated(_ADMITTED_RE, (_words("admitted referred hospitalized hospitalised brought treated diagnosed"),)),)
_OFFICE_G = (Gated(_OFFICE_RE, (_words("office practice clinic room see"),
                                _words("walked walks came comes burst stormed"))),)
_APPOS_G = (Gated(_APPOS_RE, (_words("client patient counselee"), _words("the"))),)
_WARD_G = (Gated(_WARD_RE, (_words("bed bay room pod"),)),)
_SERVED_NEED = frozenset(_SERVED_WORDS | {"old", "yo"})
_HAVE_G = (Gated(_HAVE_RE, (_SERVED_NEED, _words("have had got ve"))),)
_THE_WHO_G = (Gated(_THE_WHO_RE, (_SERVED_NEED, _words("who whose"))),)
_I_BEFORE = lazy_pattern(r"\b(?:i|we)\s+(?:\w+\s+)?$")
_WARD_PREDICATE = lazy_pattern(r"(?:'s|\s+(?:is|was|has|had|keeps|kept|just|finally|refused|asked|pulled|tried|"
                               r"won't|wouldn't|started|threw|yelled|called|needs?|wants?))\b(?!\s+(?:not|never|no)\b)")
_COPULA_BEFORE = lazy_pattern(r"(?:\bis|\bwas|'s|\bare|\bwere|\bbecame|\bbecome|\bas|\bbeing|\bbeen)\s+$")
_OF_MINE = lazy_pattern(r"\s+of\s+(?:mine|ours)\b")
_ANY_BEFORE = lazy_pattern(r"\b(?:anyone|anybody|everyone|everybody|all|each|every|any|those|whoever|nobody|no\s+one)\W*$")
# "if my 9am tomorrow is reading this": a hypothetical, not an event.
_CONNECT_VERBS = frozenset("followed friended unfollowed unfriended added requested liked subscribed blocked".split())
_IF_BEFORE = lazy_pattern(r"\b(?:if|unless|whether|in\s+case)\s+$")


def _references(post):
    """(start, end, kind) for every reference to one particular client (computed once per post)."""
    return post.memo("client-narrative:references", _make_references)


def _make_references(post):
    text = post.text
    words = _word_set(post)
    refs = []
    for n in find_client_nouns(post):
        if not n.possessive and _NOT_PERSON_AFTER.match(text, n.end):
            continue
        if n.kind is None:
            bare = _bare_reference(post, n)  # "15yo client, ...", "Patient this morning asked..."
            if bare is not None:
                refs.append((bare, n.end, "a"))
            continue
        if n.kind == "a" and _COPULA_BEFORE.search(text, max(0, n.ref_start - 12), n.ref_start) \
                and not _OF_MINE.match(text, n.full_end):
            continue  # "my mom is a patient at...", "as a client, I...": not the author's client
        refs.append((n.ref_start, n.end, "a" if n.kind == "a" else "my"))
    refs += _seen_by_me(post)
    refs += _seen_after_verb(post)
    if "my " in text and (not _MY_SESS_WORDS.isdisjoint(words) or post.flag("digit-or-noon", _DIGIT_OR_NOON)):
        for m in iter_words(_MY_RE, text):
            refs.append((m.start(), m.end(), m.lastgroup))
    for m in _candidates(post, _SESS_RE):
        refs.append((m.start(), m.end(), "sess"))
    refs += _placed_in_my_care(post)
    for m in _candidates(post, _WITH_RE):
        w = _WORDS3.match(text, m.end())
        # "my session with the family from..." (but "my appointment with the doctor" is the author's own)
        if w is not None and any(g and _is_person(g, clinical_only=m.group(0).endswith("the ")) for g in w.groups()):
            refs.append((m.start(), w.end(), "with"))
    for m in _candidates(post, _OFFICE_RE):
        if not _I_BEFORE.search(text, max(0, m.start() - 12), m.start()):  # "when I first came to my office"
            refs.append((m.start(), m.end(), "office"))
    for m in _candidates(post, _APPOS_RE):
        refs.append((m.start(), m.end(), "appos"))
    for m in (*_candidates(post, _PSEUDONYM_RE), *_candidates(post, _CALL_HER_RE)):
        s, _ = post.sentence(m.start())
        refs.append((max(s, m.start() - 200), m.end(), "pseudo"))  # the person named in this sentence
    refs += _on_the_ward(post)
    refs += _in_a_clinicians_post(post)
    refs += _described_person(post)
    # at one start, the fullest reference first, then one that is a session or place by itself
    refs.sort(key=lambda r: (r[0], -r[1], r[2] not in _STRONG_KINDS))
    return refs[:MAX_CANDIDATES]


def _seen_by_me(post) -> list:
    """The person before "I see / I treated / I've been working with": "the teen I see on Tuesdays"."""
    text = post.text
    refs = []
    for m in _candidates(post, _SEE_RE):
        start, end = m.start(), m.end()
        b = _PERSON_BEFORE.search(text, max(0, start - 45), start)
        verb = m.group("verb").split()[0]
        strong = verb in _STRONG_VERBS or bool(_SEE_STRONG_AFTER.match(text, end))
        served = verb in ("work", "working", "worked") and _care_near(post, start)  # "someone I work with brought in a poem about grief"
        if b is not None and b.group("p") and not strong and _is_person(b.group("p")) \
                and (served or any(c.isdigit() for c in b.group(0))):
            refs.append((b.start(), end, "see"))  # "a 40-something dad I see", "a woman I work with ... her grief"
            continue
        if b is None or (not b.group("who") and not b.group("someone")
                         and not _is_person(b.group("p"), clinical_only=not strong)):
            # "mrs. h., a piano teacher from wellesley (I treated)": a person named by a longer phrase
            if not strong:
                continue
            lb = _PHRASE_BEFORE.search(text, max(0, start - 60), start)
            if lb is not None and _names_person(lb.group("np").replace(",", " ").split()):
                refs.append((lb.start(), end, "see"))
            continue
        kind = "see"
        if b.group("who"):
            if not strong or _WHO_GENERIC.search(text, max(0, b.start() - 30), b.start()):
                continue
            kind = "who"
        elif b.group("someone") and not strong and not served:
            continue
        refs.append((b.start(), end, kind))
    return refs


def _seen_after_verb(post) -> list:
    """The person after a clinical verb: "I treated a retired firefighter who...", "been counseling a dad"."""
    refs = []
    for m in _candidates(post, _SEE_OBJ_RE):
        np_words = m.group("np").split()
        after = m.group("after").strip()
        if np_words[0] in _NOT_ONE_PERSON or (after == "with" and "who" not in np_words):
            continue
        verb = m.group("verb").split()[0]
        strong = verb in _STRONG_VERBS
        who = after.startswith("who")
        if _is_person(np_words[-1], clinical_only=not strong) or (strong and who):
            # a relative clause after a clinical verb says what they went through
            refs.append((m.start(), m.end(), "obj" if who and strong else "see"))
    return refs


def _placed_in_my_care(post) -> list:
    """"a woman in my IOP group", "someone on my caseload", "one of my long-timers"."""
    text = post.text
    refs = []
    for m in _candidates(post, _INMY_RE):
        start = m.start()
        phrase = m.group(0)
        if phrase.endswith("group") and not _clinical_group(phrase):
            continue  # "the woman from my running group"
        b = _PERSON_BEFORE.search(text, max(0, start - 45), start)
        if b is not None and b.group("p") and _is_person(b.group("p")):
            refs.append((b.start(), m.end(), "inmy"))
        elif "caseload" in phrase:
            if not _ANY_BEFORE.search(text, max(0, start - 30), start):  # "anyone on my caseload who..."
                refs.append((start, m.end(), "case"))
        elif phrase.endswith("group"):
            refs.append((start, m.end(), "group"))  # "tonight in my IOP group, a woman ..."
    if "one of " in text:
        for m in iter_words(_ONEOF_GROUP_RE, text):
            words = m.group(0).split()
            if words[-1] in _PLAIN_PEOPLE and not any(w in _GROUP_KINDS or w in _CLINICAL_MODS for w in words[3:-1]) \
                    and not post.flag("clinician", _CLINICIAN):
                continue  # "one of my guys at the gym": a client only in a clinician's post
            if (words[-1][0].isdigit() or words[-1] in _SCHOOL_PEOPLE) and not post.flag("care-cue", _CARE_CUE) \
                    and not post.flag("clinician", _CLINICIAN):
                continue  # "one of my 3-year-olds" (a parent of twins), "one of my freshmen" (a teacher)
            refs.append((m.start(), m.end(), "my"))
    return refs


def _on_the_ward(post) -> list:
    """A patient named by bed, bay or room, in a post about a ward or shift: "the lady in room 4"."""
    text = post.text
    refs = []
    found = _candidates(post, _WARD_RE)
    if not found or not any(w in text for w in ("bed ", "bay ", "room ", "pod ")) \
            or not post.flag("ward", _WARD_CONTEXT):
        return refs
    for m in found:
        b = _PERSON_BEFORE.search(text, max(0, m.start() - 45), m.start())
        start = b.start() if b is not None and b.group("p") else m.start()
        if start == m.start() and not _WARD_PREDICATE.match(text, m.end()):
            continue  # "bed 12" alone must be said to do or be something ("bed 12 keeps...")
        refs.append((start, m.end(), "ward"))
    return refs


def _in_a_clinicians_post(post) -> list:
    """References that need the author to be a clinician (or on a ward): "I have a 6th grader who...",
    "the 8th grader at Lincoln Middle who...", "a 17-year-old admitted for..."."""
    text = post.text
    refs = []
    # The word-gated candidates first: most posts have none, and then the whole-text
    # clinician and ward scans (slow, \b-led patterns) are not needed.
    admitted = _candidates(post, _ADMITTED_RE)
    served = [(kind, m) for kind, rx in (("have", _HAVE_RE), ("thewho", _THE_WHO_RE))
              for m in _candidates(post, rx)]
    if not admitted and not served:
        return refs
    clinician = post.flag("clinician", _CLINICIAN) and not post.flag("own-therapy", _OWN_THERAPY)
    if admitted and (clinician or post.flag("ward", _WARD_CONTEXT)):
        for m in admitted:
            b = _PERSON_BEFORE.search(text, max(0, m.start() - 45), m.start())
            if b is not None and b.group("p") and _is_person(b.group("p")):
                refs.append((b.start(), m.end(), "see"))
    if clinician:
        for kind, m in served:
            if m.group("p") in _SERVED_WORDS or _AGE_WORD.fullmatch(m.group("p")):
                refs.append((m.start(), m.end(), kind))
    return refs


# -- a person the author serves, described without a client noun ---------------
# An age token: "15yo", "16-year-old", "16F".
_AGE_TOKEN = r"(?:\d{1,2}[- ]?(?:year|yr)s?[- ]old|\d{1,2}\s?(?:yo|y/o)|\d{1,2}[fm])"
_AGE_BEFORE = lazy_pattern(lambda: _AGE_TOKEN + r"\s+(?:[\w-]+\s+)?$")
# After a bare noun opening a sentence, what the person did: "Patient this morning asked...".
_BARE_AFTER = lazy_pattern(lambda:
    r"\s+(?:(?:today|tonight|yesterday|earlier|recently|this\s+(?:morning|afternoon|evening|week)|"
    r"last\s+(?:night|week|session))\s*(?::|\s))?(?:just\s+|finally\s+|literally\s+|actually\s+)?"
    r"(?:(?!reported|centered|centred|focused|based|related|led\b|needed|used)[a-z]{2,}ed|asked|"
    + "|".join(_IRREGULAR_PAST) + r")\b(?!')"
    r"|\s+(?:today|tonight|yesterday|this\s+(?:morning|afternoon))\s*:|\s+(?:is|was)\s+(?:a|an)\s"
)
_BARE_ADJ = lazy_pattern(r"(?:(?:former|new|current|longtime|long-time|old|sweet|teen|young|adolescent|adult)\s+)+")
# Clinical shorthand for a case: "16F, varsity swimmer...", "34M with panic", "16 y/o F:".
_CASE_SHORT_RE = lazy_pattern(
    r"\d\d?\s?(?:y/?o\s?)?[fm](?=\s*[,:;(]|\s+(?:with|w/|who|presenting|presents|here|pt)\b)")
_CASE_CUE = lazy_pattern(lambda:
    r"\b(?:consult\w*|gut\s+check|clinical|clients?|patients?|pts?|disclos\w+|sessions?|therap\w+|counsel\w+|"
    r"caseload|intake|diagnos\w+|presenting|referr\w+|duty\s+to\s+warn|mandated\s+report\w*|safety\s+plan)\b"
)
# "a second grader at the elementary where I'm the counselor"
_WHERE_I_RE = lazy_pattern(
    r"(?:at|in|from)\s+(?:the|my|our|a)\s+(?:[\w'-]+\s+){0,3}?where\s+(?:i|we)(?:'m|'ve|\s+am|\s+work|"
    r"\s+worked|\s+counsel|\s+teach|\s+taught|\s+practice|\s+see|\s+was|\s+volunteer)\b"
)
_WHERE_I_G = (Gated(_WHERE_I_RE, (_words("where"),)),)
# "the CFO of a Fortune 500 manufacturer chose our executive burnout program"
_JOINED_RE = lazy_pattern(lambda:
    r"(?=[cjesfgw])(?:came\s+(?:in)?to|chose|joined|enrolled\s+in|signed\s+up\s+for|completed|finished|graduated\s+from|"
    r"started|walked\s+into|went\s+through|was\s+referred\s+to|checked\s+into)\s+(?:our|my)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:program|practice|clinic|eap|iop|php|group|office|center|centre|retreat|intensive|"
    r"services|unit|agency|coaching)\b"
)
_JOINED_G = (Gated(_JOINED_RE, (_words("our my"), _words(
    "came chose joined enrolled signed completed finished graduated started walked went referred checked"))),)
# Up to eight words after a determiner, ending where the verb begins.
_NP_BEFORE = lazy_pattern(r"(?:\b(?:a|an|the|this|one|another)\s+)(?P<np>(?:[\w'.-]+,?\s+){1,8})$")
_STAFF_WORDS = frozenset(
    "therapist therapists clinician clinicians counselor counselors counsellor psychiatrist psychologist intern "
    "interns staff colleague colleagues hire hires volunteer volunteers trainee supervisor admin receptionist "
    "nurse nurses doctor doctors".split())
# "One of them finally came in today": someone came to the author (in a clinician's post).
_VISIT = r"\s+(?:a\s+|an\s+|her\s+|his\s+|their\s+)?(?:first\s+)?(?:session|appointment|intake|therapy|counsell?ing)\s+with\s+me\b"
_TOLD_VERBS = frozenset("told showed asked confided disclosed admitted texted emailed hugged thanked".split())
# (the lookahead restates the heads' first letters so positions inside words go quickly)
_CAME_IN_RE = lazy_pattern(lambda: r"(?=[cwsrbtaedh])" + trie([
    ("came", r"\s+(?:back\s+)?(?:in|up)\b(?!\s+(?:handy|short|clutch|first|second|last))"
             r"|\s+to\s+me\s+(?:for|because|after|with|about)\b"),
    ("walked", r"\s+(?:back\s+)?in\b"), ("showed", r"\s+(?:back\s+)?up\b|\s+me\b"),
    ("reached out to me", r"\s+(?:for|about|because|after)\b"),
    ("booked", _VISIT), ("scheduled", _VISIT), ("started", _VISIT),
    # "a teen told me today...", "a 9-year-old showed me her scars"
    ("confided in me", r"\b"), ("disclosed to me", r"\b"), ("admitted to me", r"\b"),
] + [(w, r"\s+me\b") for w in ("told", "asked", "texted", "emailed", "hugged", "thanked")]))
_CAME_IN_G = (Gated(_CAME_IN_RE, (_words("came walked showed reached booked scheduled started told asked confided "
                                         "disclosed admitted texted emailed hugged thanked"),
                                  _words("in up me"))),)
def _candidates(post, rx) -> list:
    """gated_words(post, (the Gated of ``rx``,)), taken from one pass over all of _WORD_GATED."""
    return post.memo("client-narrative:candidates", _scan_gated).get(rx.pattern, _NO_MATCHES)


_NO_MATCHES: list = []  # shared and never modified


def _scan_gated(post) -> dict:
    return gated_scan(post, _WORD_GATED)


def gated_scan(post, gated) -> dict:
    """Pattern source -> its matches at a word start, at most MAX_CANDIDATES each, in text order.

    For each Gated in ``gated`` the same as ``gated_words(post, (g,))``, in one gate pass.
    """
    text = post.text
    out: dict = {}
    for m in gated_matches(post, gated):  # one pattern's matches keep their text order
        if _boundary(text, m.start()):
            found = out.setdefault(m.re.pattern, [])
            if len(found) < MAX_CANDIDATES:
                found.append(m)
    return out


# Who may be said to have "told me" something, in a clinician's post: a person the author serves.
_TOLD_SUBJECTS = frozenset(
    "teen teenager adolescent kid child boy girl kiddo preteen tween youth veteran vet survivor widow widower grader "
    "kindergartner kindergartener preschooler schooler freshman sophomore couple family walk-in client patient".split())
_SUBJECT_BEFORE = lazy_pattern(
    r"(?:(?P<oneof>one\s+of\s+(?:them|those|these|the\s+[\w'-]+))|(?:a|an|the|this|that|another)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?P<p>[\w'-]+))\s+(?:(?:finally|just|actually|eventually|also|only|recently|today|"
    r"yesterday|tonight|once)\s+)?$"
)
_CHAIR_CUE = lazy_pattern(
    r"\b(?:(?:that|the|my|this)\s+(?:chair|couch)|sessions?|therapy|appointment|first\s+visit|intake|my\s+office|"
    r"(?:came|reached\s+out)\s+to\s+me\s+for\s+(?:help|therapy|treatment|counsell?ing|support))\b")
# Clinical content near "someone I work with" that makes them a person the author serves.
_CARE_TOPIC = lazy_pattern(lambda:
    r"\b(?:grief|griev\w*|pregnan\w*|miscarr\w*|traum\w*|therapy|sessions?|diagnos\w*|poem|journal|sober|"
    r"sobriety|relaps\w*|self-harm|cutting|purging|suicid\w*|panic|anxiety|depress\w*|ptsd|ocd|eating\s+disorder|"
    r"textbook|safety\s+plan|abuse|overdos\w*)\b"
)
# A post about care (for "one of my 9-year-olds", "one of my second graders").
_CARE_CUE = lazy_pattern(lambda: r"\b(?:therap\w*|counsel\w*|sessions?|caseload|clients?|patients?|play\s+room|playroom|"
                         r"sand\s*tray|iep|school\s+social\s+work\w*|grief|trauma|anxiety|ocd|adhd|autis\w*)\b")


def _care_near(post, pos: int) -> bool:
    text = post.text
    return _CARE_TOPIC.search(text, max(0, pos - 200), min(len(text), pos + 250)) is not None


def _bare_reference(post, n) -> int | None:
    """Start of a reference to one client made without a determiner, or None: an age before the noun
    ("15yo client, ..."), or a bare noun opening a sentence with what they did ("Patient today asked...")."""
    text = post.text
    a = _AGE_BEFORE.search(text, max(0, n.start - 24), n.start)
    if a is not None and _boundary(text, a.start()):
        return a.start()
    if n.plural or n.possessive:
        return None
    s, _ = post.sentence(n.start)
    lead = text[s:n.start].rsplit(":", 1)[-1]  # "Consult: client is a ..."
    lead_start = n.start - len(lead)
    adj = _BARE_ADJ.match(text, lead_start + len(lead) - len(lead.lstrip(" \t\n\"'(*-#@>")), n.start)
    if adj is not None and adj.end() == n.start:
        lead = text[lead_start:adj.start()]  # "Former client just emailed me"
    if any(c.isalnum() for c in lead) or not _BARE_AFTER.match(text, n.end):
        return None
    return n.start


def _described_person(post) -> list:
    """A person the author serves, described by who they are and where the author met them: a case in
    clinical shorthand ("16F, varsity swimmer"), "a second grader at the school where I counsel", "a
    34-year-old engineer came to our EAP", "one of them finally came in today"."""
    text = post.text
    refs = []
    # The first match (most posts have none) decides whether the cue is looked for; the scan then
    # goes on after it (what a fresh scan from the first match would find), not over it again.
    first = _CASE_SHORT_RE.search(text)
    if first is not None and post.flag("case-cue", _CASE_CUE):
        left = 20  # what iter_words(..., limit=20) would yield from the first match on
        for m in chain((first,), _CASE_SHORT_RE.finditer(text, first.end())):
            if _boundary(text, m.start()):
                refs.append((m.start(), m.end(), "a"))
                left -= 1
                if left == 0:
                    break
    for m in _candidates(post, _WHERE_I_RE):
        b = _PERSON_BEFORE.search(text, max(0, m.start() - 45), m.start())
        if b is not None and b.group("p") and _is_person(b.group("p"), clinical_only=True) \
                and not _COPULA_BEFORE.search(text, max(0, b.start() - 12), b.start()):  # "my mom is a patient at..."
            refs.append((b.start(), m.end(), "inmy"))
    for m in _candidates(post, _JOINED_RE):
        b = _NP_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if b is None:
            continue
        np_words = b.group("np").replace(",", " ").split()
        if _names_person(np_words) and not any(w in _STAFF_WORDS for w in np_words):
            refs.append((b.start(), m.end(), "obj"))  # coming to the author's program is an event
    came = _candidates(post, _CAME_IN_RE)
    if came and (post.flag("clinician", _CLINICIAN) or post.flag("chair-cue", _CHAIR_CUE)):
        for m in came:
            b = _SUBJECT_BEFORE.search(text, max(0, m.start() - 50), m.start())
            if m.group(0).split()[0] in _TOLD_VERBS:  # "a teen told me": only a person the author serves
                if b is not None and (b.group("oneof") or b.group("p") in _TOLD_SUBJECTS or _AGE_WORD.fullmatch(
                        b.group("p"))):
                    refs.append((b.start(), m.end(), "see"))
                continue
            if b is not None and (b.group("oneof") or _is_person(b.group("p"))):
                refs.append((b.start(), m.end(), "see"))
                continue
            b = _NP_BEFORE.search(text, max(0, m.start() - 80), m.start())  # "a well-known pastor in our town"
            if b is not None:
                np_words = b.group("np").replace(",", " ").split()
                if _names_person(np_words) and not any(w in _STAFF_WORDS for w in np_words):
                    refs.append((b.start(), m.end(), "see"))
    return refs


_GROUP_KINDS = frozenset(
    "therapy support dbt iop php process grief trauma anxiety depression parenting recovery skills teen teens "
    "adolescent men's women's aa na smart sobriety bereavement ed eating cbt act anger addiction dv caregiver "
    "caregivers divorce codependency al-anon ptsd veterans survivors skills coping art music mindfulness "
    "substance".split()
)


# Plural nouns that are anyone's people ("one of my guys") unless the post is a clinician's.
_PLAIN_PEOPLE = frozenset("folks ladies gals guys gentlemen men women regulars long-timers longtimers old-timers "
                          "oldtimers members residents cases youth".split())
_SCHOOL_PEOPLE = frozenset("graders kindergartners kindergarteners preschoolers schoolers freshmen sophomores".split())
_CLINICAL_MODS = frozenset("iop php med-management medication therapy counseling counselling inpatient outpatient "
                           "residential recovery clinic practice unit ward group caseload".split())
_WHEN_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays "
    "saturdays sundays morning afternoon evening night weekly tuesday's thursday's new old".split()
)
# "I treated a lot of veterans": not one person.
_NOT_ONE_PERSON = frozenset("lot bunch few couple number ton handful variety range group series total couple".split())


def _clinical_group(phrase: str) -> bool:
    """ "in my group", "in our DBT group", "from my Thursday men's group", not "in my running group"."""
    mods = phrase.split()[2:-1]
    return (any(w in _GROUP_KINDS or w in DIAGNOSIS_WORDS or w in _CONDITION_WORDS for w in mods)
            or all(w in _WHEN_WORDS for w in mods))


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
        elif kind in ("slot", "my") and _IF_BEFORE.search(text, max(0, start - 12), start):
            continue  # "if my 9am tomorrow is reading this..."
        elif kind == "a":
            if _GENERIC_BEFORE.search(text, max(0, start - 40), start) or _GENERIC_AFTER.match(text, end):
                continue
            s, e = post.sentence(start)
            if "?" in text[end:e + 1] and _ASKING.search(text, s, start):
                continue  # "should therapists ever share a client's poem?"
        if policy_negated(post, start) or post.taught_as_wording(start, end):
            continue
        ctx = _context(post, start, end)
        action = has_action(text, *ctx) or _quoted(text, *ctx)
        if not action and kind not in ("sess", "slot"):
            past = _AFTER_REF_PAST.match(text, end, min(len(text), end + 60))
            # "my client followed me on Instagram": a connection with the author (a boundaries matter), not their story
            action = past is not None and past.group(0).split()[-1] not in _CONNECT_VERBS
        if kind == "sess" and not action and not _THIRD_PERSON.search(text, *ctx):
            continue  # "today in session I was reminded...": the author's reflection, no one in it
        if not action and kind in ("a", "my") and post.in_quotes(start, end):
            continue  # "my client" inside a quoted question to the reader
        ident = identifier_near(post, start, end, ctx)
        if kind in ("office", "inmy", "with", "group"):
            # a client placed in the author's office, caseload or group: a time makes it an event
            strong = action or first_word(TIME, text, *ctx) is not None
        elif kind == "thewho":
            # "the 8th grader at Lincoln Middle who...": who they are, and what happened when
            if _GENERIC_BEFORE.search(text, max(0, start - 40), start) or ident is None or not (action or first_word(TIME, text, *ctx) is not None):
                continue
            strong = True
        else:
            strong = kind in _STRONG_KINDS
        if ident is None and not action and not strong:
            continue
        # who someone is ("the board president is on my caseload") is not yet their story
        out.append(Narrative(start, end, ident, action or (strong and kind not in ("who", "case"))))
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
    "bracelet", "bracelets", "ornament", "ornaments", "mural", "vision board", "vision boards", "self-portrait",
    "self-portraits", "portrait", "portraits",
]
_MATERIAL = built(lambda: trie(_MATERIAL_LIST) + r"\b")
_ATTR_MATERIAL = built(lambda: trie([
    "poem", "poems", "poetry", "art", "artwork", "drawing", "drawings", "painting", "paintings", "journal",
    "journals", "journal entries", "diary", "diaries", "letters", "voice memo", "voice memos", "voice notes",
    "voicemail", "voicemails", "screenshot", "screenshots", "selfie", "selfies", "photo", "photos", "video",
    "videos", "session recording", "session recordings", "quote", "quotes", "writing", "creations",
    "masterpieces",
]) + r"\b")
_MAKE = built(lambda: trie([
    "wrote", "written", "drew", "drawn", "painted", "made", "created", "sent", "texted", "emailed", "gave",
    "given", "left", "shared", "brought", "handed", "recorded", "composed", "sketched", "crafted", "designed",
    "built", "messaged", "dm'd", "dmed", "mailed", "posted",
]))
_MEDIA_LIST = [
    "photograph", "photographs", "snap", "snaps", "boomerang", "boomerangs", "reel", "reels", "footage",
    "group photo", "group pic", "group shot", "screencap", "screen cap", "screengrab", "clip", "clips",
]
# What stands before the determiner of a client noun (end-anchored): "a poem by ", "selfie with ",
# "screenshot of ", "checked in at the cafe with ", "a drawing that ".
_MATERIAL_BEFORE = lazy_pattern(lambda: 
    r"(?:" + trie(_MATERIAL_LIST + _MEDIA_LIST) + r"\s+(?:(?:that|which)\s+)?(?:" + _MAKE()
    + r"\s+)?(?:by|from|of|featuring|with)\s+(?:me\s+and\s+)?"
    r"|" + trie(_MATERIAL_LIST) + r"\s+(?:that\s+)?"
    r"|" + trie([("screenshot", r"(?:s|ted|ed)?\s+(?:(?:of|from)\s+)?(?:what\s+|(?:the|this|a|an|her|his|our|my)\s+"
                                r"(?:[\w-]+\s+){0,3}?(?:with\s+|from\s+)?)?"),
                 ("posing with", r"\s+"), ("pictured with", r"\s+"), ("photographed with", r"\s+"),
                 ("snapped with", r"\s+"), ("check", r"(?:ed|ing)?[- ]?in\s+(?:at|@|to)\b[^.!?\n]{0,60}?\bwith\s+"),
                 ("testimonial", r"\s+(?:video\s+)?(?:from|by)\s+")]
                + [(w, r"\s+(?:here\s+)?(?:with\s+(?:(?:her|his|their|full|written)\s+)?(?:permission|consent|blessing|ok|okay)"
                       r"\s*,?\s+)?(?:from|by)\s+") for w in ("shared", "sharing", "posted", "posting", "reposted", "reproduced")])
    + r")$"
)
_PLURAL_MY = lazy_pattern(lambda: r"(?:my|our)\s+(?:[\w'-]+\s+)?$")
OTHER_DET = _OTHER_DET = lazy_pattern(lambda: r"(?:our|the|an?\s+(?:former|current|teen|young|new))\s+(?:[\w'-]+\s+)?$")
_BY_WORD = lazy_pattern(lambda: r"\b(?:by|from|of|featuring|with)\s+(?:me\s+and\s+)?$")
# After a client noun (anchored at its end).
_MATERIAL_AFTER = lazy_pattern(lambda: 
    r"(?P<testi>\s+(?:testimonials?|success\s+stor(?:y|ies)|spotlight|win\s+of\s+the\s+week|story\s+(?:time|"
    r"tuesday|thursday|of\s+the\s+week))\b)"
    r"|(?P<shot>\s+(?:texts?|messages?|dms?|emails?|chats?)\s+(?:i\s+)?screenshot)"
    r"|(?P<poss>\s+(?:[\w-]+\s+){0,2}?" + _MATERIAL() + r")"
    r"|(?P<made>\s+(?:just\s+|finally\s+|once\s+|recently\s+|today\s+)?" + _MAKE() + r"\s+(?:me\s+|us\s+)?"
    r"(?:(?:a|an|this|the|her|his|their|these|some|my)\s+)?(?:[\w'-]+\s+){0,2}?" + _MATERIAL() + r")"
    r"|(?P<pin>\s+(?:at|@)\s+[^.!?\n]{1,40}?(?:📍|checked\s+in|check-in))"
)
_ATTR_AFTER = lazy_pattern(lambda: r"\s+" + _ATTR_MATERIAL())
_PERMISSION = lazy_pattern(lambda: trie(
    [(w, r"\s+(?:said|says|told\s+me|agreed|gave\s+(?:me\s+)?permission|gave\s+me\s+the\s+ok(?:ay)?)\s+(?:that\s+)?"
         r"(?:i\s+)?(?:could|can|to|for\s+me\s+to)\s+(?:share|post|use)\b")
     for w in ("she", "he", "they", "my client", "my patient", "the client")]
    + [("with", r"\s+(?:her|his|their|my\s+client's|my\s+patient's|the\s+client's|client|patient)\s+(?:full\s+|"
                r"written\s+|verbal\s+|enthusiastic\s+)?(?:permission|consent|blessing|ok|okay)\b")]
    + [(w, r"\s+(?:[\w-]+\s+)?" + CLIENT_SING + r"\s+(?:gave|granted)\s+(?:me\s+)?(?:permission|consent)\b")
       for w in ("a", "my")]
))
# Every match ends on one of these words.
_PERMISSION_G = (Gated(_PERMISSION, (_words("share post use permission consent blessing ok okay"),)),)
_SHARE_CUE = lazy_pattern(lambda: 
    r"shar(?:e|ed|ing)\b|post(?:ed|ing)?\b|here(?:'s|\s+is|\s+are)\b|below\b|swipe\b|look\s+at\b|check\s+out\b|"
    r"featur(?:e|ed|ing)\b|repost(?:ed|ing)?\b|display(?:ed|ing)?\b|showcas(?:e|ed|ing)\b|reel\b|thread\b|"
    r"with\s+permission\b|gallery\b|exhibit\b"
)
_HANDMADE = lazy_pattern(
    r"\b(?:drew|drawn|painted|made|created|sketched|crafted|designed|built|wrote|written|composed)\b"
)
_MEDIA = lazy_pattern(r"photo|picture|pic|selfie|video|recording|audio|voice|screenshot|snap|reel|footage|boomerang|clip")
_CLIENTISH = lazy_pattern(r"client|patient|kiddo|counselee|session|therapy|counsell?ing|caseload")
_POLICY_WORDS = lazy_pattern(lambda: 
    r"\b(?:requires?|required|should|must|need(?:s|ed)?\s+to|never|only\s+(?:with|after|if)|before\s+you|"
    r"is\s+it\s+(?:ok|okay|ethical)|ethic(?:s|al)|guidelines?|code|4\.07|h\.6|rules?|policy|consider|tips?|how\s+to)\b"
)
_ASKING = lazy_pattern(lambda: r"\b(?:should|can|could|is\s+it|may|do\s+you|would\s+you|when\s+is|how\s+do)\b")


_WITH_MY_BEFORE = lazy_pattern(lambda: r"with\s+(?:my|a|one\s+of\s+my)\s+(?:[\w'-]+\s+)?$")
_THEN_MADE = lazy_pattern(lambda: r"\s+(?:[a-z]+\s+)?(?:just\s+)?" + _MAKE() + r"\b")
# After a reference that is not a client noun ("a young woman I'd been seeing ..."): what they made
# for the author, or the author's photos of them.
_REF_MADE = lazy_pattern(lambda: 
    r"[^.!?\n]{0,60}?\s(?:just\s+|finally\s+|once\s+)?" + _MAKE() + r"\s+(?:me\s+|us\s+)?"
    r"(?:(?:a|an|this|the|her|his|their|these|some|my)\s+)?(?:[\w'-]+\s+){0,2}?" + _MATERIAL()
)
_REF_SHOT = lazy_pattern(
    r"[^.!?\n]{0,80}?\slet\s+me\s+(?:take|film|record|snap|photograph|post|share)\b[^.!?\n]{0,40}?"
    r"\b(?:pics?|photos?|pictures?|videos?|footage|selfies?|recordings?|clips?)\b"
)
# Real clients' documents read or shown: "reading real intake forms", "actual client texts".
_REAL_DOCS = lazy_pattern(lambda: 
    r"(?:real|actual|genuine)\s+(?:(?:(?:client|patient)s?'?|anonymi[sz]ed|redacted)\s+)?"
    r"(?:intake\s+(?:forms?|paperwork|answers|responses)|(?:session|case|progress|therapy|clinical|treatment)\s+notes|"
    r"charts|case\s+files|treatment\s+plans|safety\s+plans)\b"
    r"|(?:real|actual)\s+(?:client|patient)s?'?\s+(?:texts|messages|emails|dms|letters|journals?|journal\s+entries|"
    r"voicemails|voice\s+(?:memos|notes)|worksheets|homework|answers|stories)\b"
)
_NOT_REAL_DOC = lazy_pattern(r"\b(?:template|sample|example|blank|mock|fake|made-up|fictional|composite)\b")
# A photo or check-in at a treatment program with the people it serves.
_PROGRAM_MEDIA = lazy_pattern(lambda: trie([
    "group photo", "group pic", "group picture", "group shot", "group selfie", "photo", "photos", "pic", "pics",
    "picture", "pictures", "selfie", "selfies", "snapshot", "video", "checked in at", "checking in at",
]) + r"\b")
_PROGRAM = lazy_pattern(lambda: 
    r"\b(?:residential|inpatient|outpatient|treatment|recovery|rehab|detox|iop|php|day|adolescent|teen|youth|"
    r"group\s+home|sober\s+living|partial\s+hospitali[sz]ation|psych|behavioral\s+health)\s+(?:[\w-]+\s+)?"
    r"(?:program|center|centre|unit|house|home|facility|camp|group|ward)\b|\bour\s+(?:[\w-]+\s+)?(?:unit|ward|program)\b"
    r"|\b(?:iop|php|rehab|detox)\b"
)
_WITH_GROUP = lazy_pattern(r"\bwith\s+(?:my|our|the)\s+(?:[\w'-]+\s+){0,2}?(?:group|clients|patients|kids|teens|residents)\b")
_STAFF = lazy_pattern(r"\b(?:team|staff|colleagues|coworkers|co-workers|volunteers|clinicians|board|interns|hiring)\b")
_PEOPLE_SERVED = lazy_pattern(lambda: 
    r"\b(?:these|our|my|the)\s+(?:[\w-]+\s+){0,2}?(?:young\s+people|kids|kiddos|teens|teenagers|girls|boys|residents|"
    r"clients|patients|graduates|grads|warriors|families|folks|group\s+members|members|survivors|youth)\b"
)


# -- material and likeness around the people served (any wording) --------------
# Three shapes, each needing a cue that the post shows or shares it:
# * something one of the people served made: "what one of my 9-year-olds painted", "someone I work with
#   brought in a poem", "one of our residents made this" (a creation verb after a served-person phrase,
#   with a material noun or "this"/"it" after it, or "what" before it);
# * material or media from a counted group of them: "video testimonials from three of our clients";
# * photos or video the author took of them in a group or session ("snapped everyone's hands around
#   the candle", "took a pic of the girls in group"), or a photo said to show "no faces".
_SERVED_PL = (
    r"(?:clients|patients|kiddos|kids|teens|teenagers|students|residents|girls|boys|members|families|couples|"
    r"littles|youth|campers|survivors|veterans|vets|folks|adolescents|preschoolers|kindergartners|undergrads|"
    r"(?:\d{1,2}(?:st|nd|rd|th)[- ])?graders|\d{1,2}[- ]?(?:year|yr)[- ]olds|\d{1,2}-?yos)"
)
_CREATE_LIST = (
    "painted drew wrote made created composed sketched crafted built sculpted designed brought sent gave handed "
    "mailed texted emailed shared left stitched knitted sewed molded colored coloured penned"
)
_CREATE_RE = lazy_pattern(lambda: trie(_CREATE_LIST.split()) + r"\b")
_CREATE_G = (Gated(_CREATE_RE, (_words(_CREATE_LIST),)),)
# A served person just before the verb (end-anchored).
_SERVED_BEFORE = lazy_pattern(lambda:
    r"\b(?:(?:one|some|two|three|four|five|a\s+few|several|each|both|many|all|most|\d+)\s+of\s+(?:my|our)\s+"
    r"(?:[\w'-]+\s+){0,2}?" + _SERVED_PL
    # one of the teens in my Tuesday group / one of the kids I see
    + r"|(?:one|some|two|three|a\s+few|several|each|both)\s+of\s+the\s+(?:[\w'-]+\s+)?" + _SERVED_PL
    + r"\s+(?:(?:in|from|at)\s+(?:my|our)\s+(?:[\w'-]+\s+){0,2}?(?:group|program|unit|caseload|practice|circle|"
    r"clinic|office)|(?:i|we)\s+(?:work\s+with|see|treat|counsel))"
    + r"|(?:someone|somebody|a\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+(?:i|we)\s+(?:work\s+with|worked\s+with|"
    r"(?:'ve|have)\s+been\s+(?:working\s+with|seeing)|am\s+(?:working\s+with|seeing)|see|saw|treat|counsel|"
    r"support|walk\s+with|sit\s+with)"
    r"|(?:my|our)\s+(?:[\w'-]+\s+)?(?:clients|patients|kiddos|teens|residents|littles|group\s+members|"
    r"\d{1,2}[- ]?(?:year|yr)[- ]olds))"
    r"\s+(?:(?:just|finally|recently|also|once|then|all)\s+)?$"
)
# What was made: a material noun a few words on, or "this"/"it" standing for it.
_CREATE_OBJ = lazy_pattern(lambda:
    r"\s+(?:(?:in|me|us|over|back|for\s+me)\s+)?(?:(?:a|an|this|the|her|his|their|these|some|that)\s+)?"
    r"(?:[\w'-]+\s+){0,2}?" + _MATERIAL()
    + r"|\s+(?:this|these|it)(?=\s*(?:[^\w\s]|$|for\b|during\b|in\b|at\b|last\b|today\b|yesterday\b|after\b|"
    r"while\b|when\b|and\b|on\b))"
)
_WHAT_BEFORE = lazy_pattern(r"\bwhat\s+$")
_CLIENT_PL_RE = r"(?:clients|patients)"
# Material or media from a counted group of the people served, or a testimonial from them.
_FROM_SERVED = lazy_pattern(lambda:
    r"(?:(?P<any>testimonials?|videos?|photos?|pics?|pictures?|selfies?|footage|clips?)|" + trie(_MATERIAL_LIST)
    + r")\s+(?:from|by|of|featuring|with)\s+(?P<count>(?:one|some|two|three|four|five|six|a\s+few|several|each|"
    r"both|many|all|\d+)\s+of\s+)?(?:my|our)\s+(?:[\w'-]+\s+){0,2}?(?:clients|patients|kiddos|residents|"
    r"group\s+members)\b"
)
# The head a _FROM_SERVED match starts with is followed by whitespace, so its first word is whole: a
# cheap gate for a pattern led by a named group, which gets no first-character prefix in sre.
_FROM_SERVED_HEADS = _words("testimonial testimonials video videos photo photos pic pics picture pictures selfie "
                            "selfies footage clip clips") | {w.replace("-", " ").split()[0] for w in _MATERIAL_LIST}
_FROM_SERVED_G = (Gated(_FROM_SERVED, (_words("clients patients kiddos residents members"), _words("my our"),
                                       _words("from by of featuring with"), _FROM_SERVED_HEADS)),)
_ART = (
    r"(?:art|artwork|drawings|paintings|poems|poetry|collages|self-portraits|portraits|sculptures|masks|"
    r"vision\s+boards|creations|letters|journals|photos|pics|pictures|videos|selfies|graduation\s+photos)"
)
# self-portraits from this week's teen group / our residents' graduation photos
_FROM_GROUP = lazy_pattern(
    r"\s+(?:from|by|in)\s+(?:my|our|this\s+week's|today's|tonight's|last\s+week's|the)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:group|session|circle|unit|program)\b"
)
_ART_RE = lazy_pattern(lambda: _ART + r"\b")
_SERVED_POSS = lazy_pattern(lambda:
    r"(?:our|my)\s+(?:[\w-]+\s+)?(?:clients|patients|kiddos|residents|group\s+members|teens|kids)'\s+"
    r"(?:[\w-]+\s+)?" + _ART + r"\b"
)
_ART_WORDS = _words("art artwork drawings paintings poems poetry collages portraits sculptures masks vision creations "
                    "letters journals photos pics pictures videos selfies")
# Every match has one of _ART_WORDS ("self-portraits" and "vision boards" by their last/first word),
# which is far rarer than "my"/"our".
_SERVED_POSS_G = (Gated(_SERVED_POSS, (_ART_WORDS, _words("our my"))),)
# Art or photos alone, for "self-portraits from this week's teen group" (see _FROM_GROUP): scanned
# only where an art word occurs (a whole-text scan of these many heads costs ~3 ms per 100 KB).
_ART_G = (Gated(_ART_RE, (_ART_WORDS,)),)
# our DBT group let me film a clip / the couple agreed to let us record
_LET_ME_FILM = lazy_pattern(
    r"(?:group|clients|client|patients|patient|kiddos|residents|members|couple|family|teens)\s+(?:[\w-]+\s+)?"
    r"(?:let|lets|allowed|agreed\s+to\s+let)\s+(?:me|us)\s+(?:film|record|photograph|livestream|stream|snap|"
    r"take\s+(?:a\s+|some\s+)?(?:photos?|pics?|pictures?|videos?|selfies?))\b"
)
_LET_ME_FILM_G = (Gated(_LET_ME_FILM, (_words("let lets allowed"),)),)
# The author photographing or filming people in a group or session.
_PIC = r"(?:photos?|pics?|pictures?|shots?|videos?|selfies?|snaps?|footage)"
_GROUP_OBJ = (
    r"(?:everyone|everybody|all\s+of\s+them|them\s+all|the\s+(?:whole\s+)?(?:group|circle|room|class)"
    r"|(?:(?:everyone|everybody)'s|their|the\s+(?:group|kids|girls|boys|teens|clients|patients|residents)(?:'s|')?)\s+"
    r"(?:[\w-]+\s+)?(?:hands|feet|faces|backs|silhouettes|shoes|art|artwork|drawings|paintings)"
    r"|(?:my|our|the)\s+(?:[\w'-]+\s+){0,2}?(?:clients|patients|kiddos|residents|group|group\s+members|couples)"
    r"|(?:our|the)\s+(?:[\w'-]+\s+){0,2}?(?:kids|teens|girls|boys|families|members))\b"
)
_TOOK_PIC = lazy_pattern(lambda: trie([
    ("snapped", ""), ("photographed", ""), ("filmed", ""), ("videoed", ""),
    ("captured", r"\s+(?:[\w-]+\s+){0,2}?" + _PIC),
    ("took", r"\s+(?:[\w-]+\s+){0,2}?" + _PIC), ("grabbed", r"\s+(?:[\w-]+\s+){0,2}?" + _PIC),
    ("got", r"\s+(?:[\w-]+\s+){0,2}?" + _PIC), ("snagged", r"\s+(?:[\w-]+\s+){0,2}?" + _PIC),
]) + r"(?:\s+(?:a\s+|some\s+|this\s+|the\s+|few\s+|quick\s+)*" + _PIC + r")?\s+(?:of\s+|with\s+)?" + _GROUP_OBJ)
_TOOK_PIC_G = (Gated(_TOOK_PIC, (_words("snapped photographed filmed captured videoed took grabbed got snagged"),)),)
# Not a person served: "a colleague I work with wrote a poem".
_NOT_SERVED = lazy_pattern(
    r"\b(?:colleagues?|co-?workers?|friends?|therapists?|counsell?ors?|clinicians?|supervisors?|supervisees?|"
    r"interns?|nurses?|doctors?|team|staff|partners?|husband|wife|boss|manager|mentors?|peers?)\b"
)
_NO_FACES = lazy_pattern(lambda:
    r"\b(?:no|without)\s+(?:their\s+)?faces\b|\bfaces?\s+(?:blurred|hidden|cropped|covered|not\s+shown)\b"
    r"|\b(?:blurred|hid|hidden|cropped)\s+(?:out\s+)?(?:their|her|his|the)\s+faces?\b"
)
# Every match has "face" or "faces" as a word: a long text is scanned only where one occurs.
_NO_FACES_G = (Gated(_NO_FACES, (_words("face faces"),)),)
_PIC_WORD = lazy_pattern(r"\b(?:photos?|pics?|pictures?|snapped|photographed|filmed|selfies?|shots?|videos?)\b")
_GROUP_CTX = lazy_pattern(
    r"\b(?:group|circle|sessions?|therap\w*|unit|program|iop|php|clients|patients|residents|treatment|grief|"
    r"recovery|counsel\w*)\b"
)
_SHARE_PIC = lazy_pattern(r"\b(?:in\s+the\s+comments|below|swipe|tag|here\s+are|posted|sharing|up\s+on)\b|👇|⬇|➡")
_CELEBRATE = lazy_pattern(r"\b(?:graduat\w*|congrat\w*\s+to|\d+\s+days\s+(?:sober|clean)|sobriety)\b")
_SHARE_MORE = lazy_pattern(r"\b(?:see|tag|comments?|swipe|framed|posted|shared|sharing|look|features|website|brochure|"
                          r"flyer|newsletter|billboard|up\s+on|on\s+(?:our|my|the)\s+(?:facebook|instagram|feed|grid|"
                          r"page|story|stories))\b|👇|⬇|➡")


def _served_material(post) -> list[Material]:
    """Material or likeness of the people served, however they are referred to (see the comment above)."""
    text = post.text
    out = []
    for m in _candidates(post, _CREATE_RE):
        v = m.start()
        s, _ = post.sentence(v)
        lo = max(s, v - 90)
        window = text[lo:v]
        if not any(k in window for k in _SERVED_KEYS):
            continue  # cheap: no "of my", "i ", "my " ... before the verb
        ref = _SERVED_BEFORE.search(text, lo, v)
        if ref is None or _NOT_SERVED.search(ref.group(0)):
            continue
        obj = _CREATE_OBJ.match(text, m.end())
        if obj is None and not _WHAT_BEFORE.search(text, max(s, ref.start() - 12), ref.start()):
            continue
        if not (_shares(post) and _clinical_post(post)):
            break
        end = obj.end() if obj is not None else m.end()
        out.append(Material(ref.start(), end, "made", bool(_MEDIA.search(text, ref.start(), end))
                            and not _HANDMADE.search(text, ref.start(), end)))
    for m in _candidates(post, _FROM_SERVED):
        if (m.group("any") or m.group("count")) and _shares(post):
            out.append(Material(m.start(), m.end(), "testi" if m.group(0).startswith("testimonial") else "by",
                                bool(_MEDIA.search(text, max(0, m.start() - 8), m.end()))))
    if not _ART_WORDS.isdisjoint(_word_set(post)) and _shares(post):
        for m in _candidates(post, _SERVED_POSS):
            if _clinical_post(post):
                out.append(Material(m.start(), m.end(), "by", bool(_MEDIA.search(m.group(0)))))
        for m in gated_words(post, _ART_G)[:20]:
            g = _FROM_GROUP.match(text, m.end())
            if g is not None and _clinical_post(post) and not _STAFF.search(text, *_near(post, m.start())[:2]):
                out.append(Material(m.start(), g.end(), "by", bool(_MEDIA.search(m.group(0)))))
    for m in _candidates(post, _LET_ME_FILM):
        out.append(Material(m.start(), m.end(), "with", True))
    for m in _candidates(post, _TOOK_PIC):
        s, e, ps, _ = _near(post, m.start(), 1)
        if _GROUP_CTX.search(text, ps, e) and not _STAFF.search(text, s, e):
            out.append(Material(m.start(), m.end(), "with", True))
    if "face" in text:  # cheaper than the word gate on the many posts without it
        for m in gated_words(post, _NO_FACES_G)[:5]:
            s, e, ps, _ = _near(post, m.start(), 1)
            if _PIC_WORD.search(text, ps, e) and _GROUP_CTX.search(text, ps, e) and not _STAFF.search(text, ps, e):
                out.append(Material(m.start(), m.end(), "with", True))
    return out


_SERVED_KEYS = ("of my", "of our", "i ", "we ", "my ", "our ")
_REACH_CHARS = 300


def _near(post, pos: int, before: int = 0, after: int = 0) -> tuple[int, int, int, int]:
    """(sentence start, sentence end, window start, window end) around ``pos``: the sentence plus
    ``before``/``after`` neighbouring sentences, everything clipped to _REACH_CHARS of ``pos``."""
    n = len(post.text)
    s, e = post.sentence(pos)
    ws, we = s, e
    for _ in range(before):
        if ws > 0:
            ws = post.sentence(ws - 1)[0]
    for _ in range(after):
        if we < n:
            we = post.sentence(we)[1]
    lo, hi = max(0, pos - _REACH_CHARS), min(n, pos + _REACH_CHARS)
    return max(s, lo), min(e, hi), max(ws, lo), min(we, hi)
_CLINICAL_WORDS_CTX = _words("client clients patient patients session sessions caseload group iop php inpatient outpatient "
                             "residential treatment grief trauma healing recovery clinician clinical lcsw lpc lmft "
                             "psychologist")


def _shares(post) -> bool:
    """The post shows or shares something ("swipe", "sharing it below", "features", "in the comments")."""
    return post.flag("material-share", _SHARE_CUE) or post.flag("material-share-more", _SHARE_MORE)


def _clinical_post(post) -> bool:
    """The post is about clinical work (for served-person words that could be anyone: "my students")."""
    text = post.text
    return "therap" in text or "counsel" in text or "social worker" in text \
        or not _CLINICAL_WORDS_CTX.isdisjoint(_word_set(post))


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

    # kind: "poss", "by", "made", "with", "shot", "pin", "attr", "testi" or "perm"
    # media: a photo, video, voice or screenshot (the person can be seen or heard)
    __slots__ = ("start", "end", "kind", "media")


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
    out.extend(_other_anchors(post))
    out.extend(_served_material(post))
    for m in gated_in_windows(post, _PERMISSION_G, hint_windows(post, HINTS_PERMISSION, 120)):
        out.append(Material(m.start(), m.end(), "perm", False))
    return [m for m in out if _keep_material(post, m)]


_ONE_OF_THEM_G = (Gated(_ONE_OF_THEM, (_words("them"), _words("one some two three few several each both"))),)
_REAL_DOCS_G = (Gated(_REAL_DOCS, (_words("real actual genuine"),)),)
_PROGRAM_MEDIA_G = (Gated(_PROGRAM_MEDIA, (_words("photo photos pic pics picture pictures selfie selfies snapshot "
                                                  "video checked checking"),)),)
_ANCHOR_KINDS = frozenset({"see", "who", "inmy", "ward", "have", "thewho", "appos", "slot", "my", "with"})


def _other_anchors(post) -> list[Material]:
    """Material around references that are not a client noun, and real documents or program photos."""
    text = post.text
    out = []
    nouns = find_client_nouns(post)
    noun_starts = {n.ref_start for n in nouns}
    anchors = [(s, e) for s, e, k in _references(post) if k in _ANCHOR_KINDS and s not in noun_starts]
    plural = [n.start for n in nouns if n.plural]
    if plural and "of them" in text:  # "a clip of one of them", after "my patients"
        for m in _candidates(post, _ONE_OF_THEM):
            if any(0 < m.start() - p < 300 for p in plural):
                anchors.append((m.start(), m.end()))
    for start, end in anchors[:MAX_CANDIDATES]:
        if start > 0 and _may_precede(text, start):
            before = _MATERIAL_BEFORE.search(text, max(0, start - 90), start)
            if before is not None and _boundary(text, before.start()):
                head = before.group(0)
                if _BY_WORD.search(head) or head.startswith(("screenshot", "posing", "pictured", "photographed",
                                                              "snapped", "check")):
                    media = bool(_MEDIA.match(head)) or head.startswith(("posing", "pictured", "check"))
                    out.append(Material(before.start(), end, "with" if media else "by", media))
                    continue
        made = _REF_MADE.match(text, end)
        if made is not None:
            out.append(Material(start, made.end(), "made", bool(_MEDIA.search(text, start, made.end()))
                                and not _HANDMADE.search(text, start, made.end())))
            continue
        shot = _REF_SHOT.match(text, end)
        if shot is not None:
            out.append(Material(start, shot.end(), "with", True))
    if "real " in text or "actual " in text or "genuine " in text:
        for m in _candidates(post, _REAL_DOCS):
            s, e = post.sentence(m.start())
            if not _NOT_REAL_DOC.search(text, s, e) and not _POLICY_WORDS.search(text, s, e):
                out.append(Material(m.start(), m.end(), "docs", False))
    if hints(post) & HINTS_PROGRAM:
        for m in _candidates(post, _PROGRAM_MEDIA):
            s, e = post.sentence(m.start())
            s, e = max(s, m.start() - 300), min(e, m.end() + 300)  # bounded, whatever the sentence length
            people = _PEOPLE_SERVED.search(text, s, min(len(text), e + 200)) or (
                m.group(0).startswith("check") and _WITH_GROUP.search(text, m.end(), e))
            if _PROGRAM.search(text, s, e) and people and not _STAFF.search(text, s, e):
                out.append(Material(m.start(), m.end(), "with", True))
            elif _SHARE_PIC.search(text, s, e):
                # photos shared from a program's celebration ("GRADUATION DAY at the IOP ... photos in the comments")
                ws = max(0, s - 250)
                if _PROGRAM.search(text, ws, e) and (_CELEBRATE.search(text, ws, e) or _PEOPLE_SERVED.search(text, ws, e)) \
                        and not _STAFF.search(text, ws, e):
                    out.append(Material(m.start(), m.end(), "with", True))
    return out


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
_RECORD_VERBS = (
    "filmed", "filming", "recorded", "taped", "taping", "videoed", "livestream", "livestreamed",
    "livestreaming", "live-stream", "live-streamed", "live-streaming", "live stream", "live streamed",
    "live streaming", "streamed", "streaming", "broadcast", "broadcasted", "broadcasting", "went live",
    "going live", "go live", "captured", "clipped", "screen-record", "screen-recorded", "screen-recording",
    "screenrecorded", "screen record", "screen recorded", "hit record", "pressed record", "secretly record",
    "secretly recorded", "videotaped", "videotaping", "vlogged", "vlogging", "record", "recording", "film",
)
_RECORD_VERB = built(lambda: trie(list(_RECORD_VERBS)))
# The first word of every _RECORD_VERB ("live" for "live-stream"): whitespace follows the verb in
# _REC_ACT, so a match has it as a whole word.
_RECORD_VERB_FIRST = frozenset(v.replace("-", " ").split()[0] for v in _RECORD_VERBS)
# A word between the verb and the session, that does not turn it into a topic.
_FILLER = (
    r"(?:(?!about\b|on\b|explaining\b|describing\b|for\s+you\b|yourself\b|myself\b|"
    r"(?:an?\s+|my\s+|our\s+|the\s+)?(?:webinar|podcast|reel|video|tutorial|course|lecture|talk|ad|explainer|"
    r"training|q&a|ama)\b)[\w'-]+\s+)"
)
# filmed part of today's session / recorded my client / livestreaming a session
_REC_ACT = lazy_pattern(lambda: _RECORD_VERB() + r"\s+" + _FILLER + r"{0,7}?" + _SESSION_NOUN)
_REC_OF = (
    r"\s+(?:of|from)\s+(?:a\s+|an\s+|my\s+|our\s+|the\s+|today's\s+|yesterday's\s+|last\s+week's\s+|real\s+|actual\s+)?"
    r"(?:[\w'-]+\s+){0,2}?(?:session|therapy(?!\s+(?:office|room|tips|myths))|counsell?ing|appointment|intake|"
    r"client|patient|" + _CLOCK + r")\b"
)
_REC_PASSIVE = (
    r"\s+(?:is|are|was|were|got|gets|being|will\s+be)\s+(?:[\w']+\s+)?(?:recorded|filmed|livestreamed|streamed|"
    r"broadcast|taped)\b"
)
_REC_OTHER = lazy_pattern(lambda: 
    # a clip from a real session / audio from my 3pm (the long tail once, after a group of heads)
    r"(?:footage|recordings?|audio|video|clips?|snippet|livestream|tape)" + _REC_OF
    # the session was recorded / sessions are streamed live
    + r"|(?:sessions?|therapy|appointment|intake)" + _REC_PASSIVE + "|" + trie(
    # session footage / therapy clips
    [(w, r"\s+(?:footage|recordings?|audio|clips?|livestream|tapes?|vlog)\b")
     for w in ("session", "therapy", "counseling", "counselling", "emdr", "intake")]
    # live from a session / live therapy with volunteers / therapy sessions on the livestream
    + [("live", r"\s+(?:from|in|during)\s+(?:a\s+|my\s+|our\s+|today's\s+)?(?:[\w'-]+\s+)?(?:session|therapy)\b"),
       ("live", r"\s+(?:couples\s+|family\s+|group\s+)?(?:therapy|counsell?ing|emdr)(?:\s+sessions?)?\s+(?:with|on)\b")]
    + [(w, r"\s+sessions?\s+(?:on|in)\s+(?:the\s+)?(?:livestream|stream|live)\b")
       for w in ("therapy", "counseling", "counselling")]
))
# Words a _REC_ACT match has whole: its verb's first word and the session noun it ends on.
_REC_ACT_NEED = (_RECORD_VERB_FIRST, _words("session sessions therapy counseling counselling appointment appointments "
                                            "intake group emdr work client clients patient patients kiddo kiddos"))
# Words every _REC_OTHER match has whole: its first word (whitespace follows it in each form), and
# the medium or the recording verb ("clip", "live", "recorded").
_REC_OTHER_NEED = (
    _words("footage recording recordings audio video clip clips snippet livestream tape session sessions therapy "
           "appointment intake counseling counselling emdr live"),
    _words("footage recording recordings audio video clip clips snippet livestream tape tapes vlog live stream "
           "recorded filmed livestreamed streamed broadcast taped"),
)
_IS_PASSIVE = lazy_pattern(lambda: r"\w+\s+(?:is|are|was|were|got|gets|being|will\s+be)\s")
# A bare "record"/"recording"/"film" is a verb only before an object.
_BARE_VERB_OBJECT = lazy_pattern(lambda: 
    r"(?:record|recording|film)\s+(?:my|our|a|an|the|every|all|their|his|her|this|today's|part|some|clips?|"
    r"sessions?|therapy|clients?)\b"
)
_RECORD_TOPIC = lazy_pattern(lambda: 
    r"\b(?:should|may|can|could|must|requires?|need\s+to|needs\s+to|without\s+(?:written\s+)?consent|"
    r"never|policy|is\s+it\s+(?:ok|okay|ethical|legal)|ethics|1\.12|guidelines?|rules?|do\s+you|how\s+to|"
    r"tips?|considering|thinking\s+(?:of|about))\b|\?"
)
_TOPIC_AFTER = lazy_pattern(lambda: 
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:requires?|needs?|is\s+(?:not|never|only|a|an|illegal|unethical)|"
    r"are\s+(?:not|never|only)|"
    r"should|must|without|can\s+(?:be|only|feel)|raises?|carries|puts|violates?|breaks?|isn't|aren't)\b"
)
_I_AM_DOING = lazy_pattern(lambda: r"\b(?:i'm|i\s+am|we're|we\s+are|i'll\s+be|we'll\s+be|currently|now)\s*$")
_NEG_WORD = lazy_pattern(r"\b(?:not|never|no)\b|n't\b")
_PAST_ACT = lazy_pattern(lambda: 
    r"filmed|recorded|taped|livestreamed|live-?streamed|streamed|went\s+live|captured|clipped|"
    r"screen-?recorded|videotaped|vlogged"
)
_SUPERVISION = lazy_pattern(r"\b(?:supervision|training\s+purposes|clinical\s+training|for\s+my\s+supervisor)\b")
_SIGNED = lazy_pattern(lambda: r"\b(?:written|signed)\s+(?:consent|authori[sz]ation|release)|\bconsent\s+form\b")
_NOT_CLIENT_RECORDING = lazy_pattern(lambda: 
    r"\b(?:mock|demo|demonstration|simulated|role-?play(?:ed|ing)?|actor|actors|pretend|"
    r"podcast\s+(?:episode|guest)|my\s+own\s+(?:therapy|session)|my\s+therapist|recorded\s+myself|"
    r"guided\s+meditation|relaxation\s+(?:track|script|audio)|hypnosis\s+(?:track|audio))\b"
)


# A session or a treatment setting broadcast, however it is worded: a broadcast cue ("going live",
# "on the channel", "streaming") with, in the next sentences, a real session or the people served
# taking part ("a real couple, a real session", "from our unit's community meeting", "the patients
# can't wait to say hi").
_WEEKDAYS_RE = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_BROADCAST = lazy_pattern(lambda: trie([
    "going live", "go live", "went live", "be live", "we're live", "i'm live", "livestream", "livestreaming",
    "livestreamed", "live-stream", "live stream", "streaming", "broadcast", "broadcasting", "on the channel",
    "on my channel", "on our channel", "on camera", "on air", "on screen", "tune in", "new episode", "this episode",
    "this week's episode", "on the podcast", "on my podcast", "on our podcast", "youtube series", "on youtube",
    ("live", r"(?=\s*[:!]|\s+(?:from|this|tonight|tomorrow|today|at\s+\d|with\s+(?:a|my|our|one)|"
             + _WEEKDAYS_RE + r"))"),
]) + r"\b")
_BROADCAST_G = (Gated(_BROADCAST, (_words("live livestream livestreaming livestreamed stream streaming broadcast "
                                          "broadcasting channel camera air screen tune episode podcast youtube"),)),)
# Every word-gated pattern of this module (references, material, broadcasts), scanned in one
# gate pass per post (:func:`_candidates`): one gated_words call each cost more than the scans
# themselves on the many posts where none can match.
_WORD_GATED = (_NOUN_G + _SEE_G + _SESS_G + _INMY_G + _WITH_G + _SEE_OBJ_G + _ADMITTED_G + _OFFICE_G + _APPOS_G + _WARD_G
               + _HAVE_G + _THE_WHO_G + _PSEUDONYM_G + _CALL_HER_G + _WHERE_I_G + _JOINED_G + _CAME_IN_G
               + _CREATE_G + _FROM_SERVED_G + _SERVED_POSS_G + _LET_ME_FILM_G + _TOOK_PIC_G
               + _ONE_OF_THEM_G + _REAL_DOCS_G + _PROGRAM_MEDIA_G + _BROADCAST_G)
_REAL_SESSION = lazy_pattern(
    r"\b(?:real|actual|genuine|live)\s+(?:[\w-]+\s+)?(?:couples?|sessions?|clients?|patients?|famil(?:y|ies)|"
    r"therapy|intake|group\s+session)\b|\bnot\s+(?:actors|scripted|a\s+role-?play)\b"
    r"|\bvolunteer(?:ed|s)?\s+to\s+be\s+on\b"
)
_FROM_SETTING = lazy_pattern(
    r"\bfrom\s+(?:our|my|the)\s+(?:[\w'-]+\s+){0,3}?(?:unit|ward|milieu|day\s*room|community\s+meeting|"
    r"group\s+(?:room|session|therapy)|therapy\s+(?:room|session|group)|session|inpatient\s+\w+|residential\s+\w+)\b"
)
# A real session as a topic ("a live Q&A about real sessions"), or an event that is not care.
_REAL_AS_TOPIC = lazy_pattern(r"\b(?:about|what|how|like|in\s+a|inside\s+a|of\s+a|on)\s+(?:[\w-]+\s+)?$")
_EVENT_NOT_CARE = lazy_pattern(r"\b(?:conference|keynote|panel|webinar|summit|workshop|q&a|ama|training)\b")
_PEOPLE_TAKING_PART = lazy_pattern(
    r"\b(?:the|our|my)\s+(?:[\w-]+\s+)?(?:patients|clients|residents|group\s+members|kiddos)\b[^.!?\n]{0,80}?"
    r"\b(?:say\s+hi|wave|on\s+camera|on\s+(?:the\s+)?(?:channel|stream|screen|air)|join\s+(?:us|me)|meet\s+you)\b"
)
_AV_WORD = lazy_pattern(r"\b(?:camera|video|film|footage|tape|audio|recording|phone|clip|reel|tiktok|youtube)\b")
_CLINICAL_PEOPLE = lazy_pattern(r"\b(?:patients|clients|residents|kiddos|kids|teens|group\s+members|members)\b")
_TRAINING_CTX = lazy_pattern(r"\b(?:supervision|supervisor|supervisee|practicum|trainees?|internship)\b")
_PUBLIC_CUE = lazy_pattern(
    r"\b(?:post|posted|posting|channel|tiktok|youtube|instagram|reel|reels|online|live|followers|vlog|"
    r"subscribe|audience|viewers|public)\b"
)


def _broadcasts(post) -> list[Recording]:
    """Broadcast cues beside a real session or the people served (see the comment above)."""
    text = post.text
    out = []
    for m in _candidates(post, _BROADCAST)[:20]:
        s, e, ws, we = _near(post, m.start(), 1, 2)  # the sentence before and the next two
        real = _REAL_SESSION.search(text, ws, we)
        if real is not None and _REAL_AS_TOPIC.search(text, max(ws, real.start() - 20), real.start()):
            real = None  # "a live Q&A about what happens in a real session"
        cue = real or _PEOPLE_TAKING_PART.search(text, ws, we) or (
            _FROM_SETTING.search(text, s, e) and _CLINICAL_PEOPLE.search(text, ws, we)
            and not _EVENT_NOT_CARE.search(text, ws, we))
        if not cue:
            continue
        if _NOT_CLIENT_RECORDING.search(text, ws, we) or not_real(post) or policy_negated(post, m.start()) \
                or post.negated(m.start(), 30) or ("?" in text[s:e] and _RECORD_TOPIC.search(text, s, e)):
            continue
        out.append(Recording(m.start(), m.end(), False))
    return out


class Recording(_Record):
    """A session being recorded, filmed or streamed."""

    # supervised: for supervision or training, with written consent
    __slots__ = ("start", "end", "supervised")


def find_session_recordings(post) -> list[Recording]:
    return post.memo("session-recordings", _find_recordings)


def _find_recordings(post) -> list[Recording]:
    text = post.text
    out = []
    found = []
    for ws, we in hint_windows(post, HINTS_RECORDING, 120):
        # Each scan runs only where the window has its words (splitting a window costs far less).
        words = _window_words(post, ws, we)
        if not any(need.isdisjoint(words) for need in _REC_ACT_NEED):
            found += [(m, "act") for m in iter_words(_REC_ACT, text, ws, we)]
        if not any(need.isdisjoint(words) for need in _REC_OTHER_NEED):
            found += [(m, "pass" if _IS_PASSIVE.match(m.group(0)) else "other")
                      for m in iter_words(_REC_OTHER, text, ws, we)]
    for m, kind in found:
        start, end = m.start(), m.end()
        span = m.group(0)
        if kind == "act" and span.startswith(("record ", "recording ", "film ")) \
                and not _BARE_VERB_OBJECT.match(text, start):
            continue
        if span.startswith(("captured", "clipped")) and not _AV_WORD.search(text, *post.sentence(start)):
            continue  # "captured the group dynamics in session": not a recording
        if policy_negated(post, start) or POLICY_NEGATION.search(span):
            continue
        if kind == "pass" and _NEG_WORD.search(span):
            continue  # "sessions are never recorded"
        s, e = post.sentence(start)
        s, e = max(s, start - 300), min(e, end + 300)  # bounded, whatever the sentence length
        if _NOT_CLIENT_RECORDING.search(text, s, e) or not_real(post):
            continue
        if kind in ("act", "pass") and not _PAST_ACT.search(span) \
                and not _I_AM_DOING.search(text, max(s, start - 12), start) \
                and (_RECORD_TOPIC.search(text, max(s, start - 60), start) or _TOPIC_AFTER.match(text, end)
                     or text[s:e].rstrip().endswith("?")):
            continue  # "recording sessions requires written consent", "should you film sessions?"
        supervised = bool(_SUPERVISION.search(text, s, e) and _SIGNED.search(text)) or bool(
            _TRAINING_CTX.search(text, s, e) and not post.flag("public-cue", _PUBLIC_CUE))  # a trainee's own tapes
        out.append(Recording(start, end, supervised))
    out.extend(_broadcasts(post))
    return out
