"""Word lists and patterns that more than one area uses.

Patterns run on folded text (lower-case, look-alikes replaced, spaced letters
joined), so they are written in lower case.  Keep alternations flat (no nested
quantifiers) so no pattern can backtrack catastrophically.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict, namedtuple
from itertools import islice

from ..engine.lazy import lazy_re

# Someone the author treats, referred to as a particular person or group.
# "my 3pm", "a patient of mine", "the couple I see on wednesdays", "one of my clients".
CLIENT_NOUN = (
    r"(?:client|patient|counselee|therapy client|supervisee's client|kiddo|teen|"
    r"couple|family|guy|woman|man|lady|kid|boy|girl|mom|dad|veteran|vet|student|"
    r"person|gentleman|mother|father|adolescent|child|member)"
)
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
TIME_SLOT = r"(?:\d{1,2}(?::\d\d)?\s?(?:am|pm|o'clock)|\d{1,2}(?::\d\d)|noon|morning|afternoon|evening)"

CLIENT_REFERENCE = lazy_re(
    r"\bmy\s+(?:" + TIME_SLOT + r"|" + WEEKDAY + r"(?:\s+" + TIME_SLOT + r")?)"
    r"(?:\s+(?:client|patient|appointment|session|intake))?\b"
    r"|\b(?:a|one|another|this|that)\s+(?:of\s+my\s+)?(?:clients?|patients?|kiddos?)\b(?:\s+of\s+(?:mine|ours))?"
    r"|\bmy\s+(?:new\s+|last\s+|first\s+|former\s+|old\s+|current\s+|youngest\s+|oldest\s+|favou?rite\s+|"
    r"toughest\s+|hardest\s+|newest\s+|teen(?:age)?\s+|adolescent\s+|couples?\s+|trauma\s+)?"
    r"(?:clients?|patients?|counselees?|kiddos?)\b"
    r"|\bthe\s+(?:\w+\s+){0,2}(?:client|patient|couple|family|teen|guy|woman|man|lady|kid|boy|girl|veteran|vet|"
    r"student|mom|dad|gentleman|nurse|teacher)\s+(?:i|we)\s+(?:see|saw|treat|treated|work\s+with|worked\s+with|"
    r"counsel|counseled|am\s+seeing|was\s+seeing|have\s+been\s+seeing|met\s+with)\b"
    r"|\b(?:a|one|another)\s+(?:\w+\s+){0,2}(?:client|patient|couple|family|teen|guy|woman|man|lady|kid|boy|girl|"
    r"veteran|vet|student|mom|dad|member)\s+(?:i|we)\s+(?:see|saw|treat|treated|work\s+with|worked\s+with|"
    r"counsel|am\s+seeing|have\s+been\s+seeing)\b"
    r"|\b(?:a|one|another|the)\s+(?:\w+\s+){0,2}(?:guy|woman|man|girl|boy|teen|member|lady|client|patient)\s+in\s+my\s+"
    r"(?:\w+\s+)?(?:group|caseload|practice|office|clinic|unit|program)\b"
    r"|\bin\s+(?:session|group|therapy)\s+(?:today|this\s+(?:morning|afternoon|week)|yesterday|tonight|earlier)\b"
    r"|\b(?:today|this\s+morning|yesterday|earlier)\s+in\s+(?:session|group|therapy)\b"
    r"|\bon\s+my\s+caseload\b"
)

# Explicit composites and fiction: the post says no real person is described.
COMPOSITE = lazy_re(
    r"\bcomposite\b|\bnot\s+a\s+real\s+(?:person|client|patient|case)\b|\bfictional\b|\bhypothetical\b"
    r"|\bdetails\s+(?:have\s+been\s+|were\s+)?(?:changed|altered|disguised)\b|\bnot\s+based\s+on\s+(?:any|a\s+real)\b"
    r"|\bimaginary\s+(?:client|patient)\b|\bmade[- ]up\s+(?:example|case|client)\b|\bde-?identified\b"
)

# Signs the post points people to real crisis services.
CRISIS_RESOURCE = lazy_re(
    r"\b988\b|\b911\b|\b999\b|\b112\b|\bcrisis\s+(?:text\s+)?line\b|\blifeline\b|\bemergency\s+(?:room|department|services)\b"
    r"|\bnearest\s+(?:er|emergency)\b|\btext\s+home\s+to\b|\bsamaritans\b|\bcall\s+emergency\b|\b741741\b"
)

# Signs a claim rests on a named source.
SOURCE_CUE = lazy_re(
    r"\baccording\s+to\b|\bet\s+al\b|\bstudy\b|\bstudies\b|\btrial\b|\bmeta-?analys[ie]s\b|\breview\b"
    r"|\bjournal\b|\bsurvey\b|\breport(?:ed|s)?\b|\bdata\s+from\b|\bsource:|\bhttps?://|\bdoi\b|\b(?:19|20)\d\d\b"
    r"|\b(?:cdc|nimh|nih|who|samhsa|apa|nami|cochrane|pew|gallup|jama|lancet|bmj|nejm)\b"
)

# --- boundaries / accuracy -------------------------------------------------

# A diagnosis or diagnostic label that can be pinned on a person.  Kept to
# terms that are rarely casual words ("odd", "did", "add" and "sad" are left out).
DIAGNOSIS_TERM = (
    r"(?:ocd|adhd|autism|autistic|asperger'?s|aspie|bipolar(?:\s+disorder|\s+ii?)?|bpd|"
    r"borderline(?:\s+personality(?:\s+disorder)?)?|npd|aspd|"
    r"narcissistic\s+personality(?:\s+disorder)?|(?:malignant\s+|covert\s+|vulnerable\s+|grandiose\s+)?narcissis[tm]|"
    r"narcissistic|sociopath(?:ic|y)?|psychopath(?:ic|y)?|antisocial\s+personality(?:\s+disorder)?|"
    r"schizophreni[ac]|schizoaffective|psychosis|psychotic|(?:clinical\s+|major\s+|postpartum\s+|high-functioning\s+)?depression|"
    r"clinically\s+depressed|c-?ptsd|ptsd|(?:generali[sz]ed\s+|social\s+)?anxiety\s+disorder|gad|panic\s+disorder|"
    r"(?:an\s+)?eating\s+disorder|anorexi[ac]|bulimi[ac]|binge[- ]eating\s+disorder|dementia|alzheimer'?s|"
    r"(?:a\s+)?personality\s+disorder|histrionic|dissociative\s+identity\s+disorder|"
    r"on\s+the\s+spectrum|neurodivergent|codependen(?:t|cy)|sex\s+addict(?:ion)?|love\s+addict(?:ion)?|dyslexi[ac]|"
    r"tourette'?s|hoarding\s+disorder|oppositional\s+defiant(?:\s+disorder)?|conduct\s+disorder|"
    r"(?:an\s+)?(?:avoidant|anxious|disorganized|disorganised)\s+attachment(?:\s+style)?|attachment\s+disorder|"
    r"(?:a\s+)?mental\s+illness|mentally\s+ill|mania|manic|hypomani[ac]|(?:an\s+)?addict(?:ion)?|alcoholi(?:cs?|sm)|"
    r"(?:a\s+)?(?:textbook|classic|covert|malignant)\s+narcissist|dependent\s+personality|avoidant\s+personality|"
    r"paranoid\s+personality|(?:a\s+)?personality\s+disorder|(?:a\s+)?trauma\s+response|rejection\s+sensitive\s+dysphoria|rsd)"
)

# Psychiatric medication, by class and by common brand and generic names.
MEDICATION_TERM = (
    r"(?:meds|medications?|medicines?|pills|prescriptions?|antidepressants?|anti-depressants?|ssris?|snris?|maois?|"
    r"mood\s+stabili[sz]ers?|antipsychotics?|anti-psychotics?|stimulants?|benzos?|benzodiazepines?|"
    r"psych\s+meds|lithium|zoloft|sertraline|prozac|fluoxetine|lexapro|escitalopram|celexa|citalopram|paxil|"
    r"paroxetine|wellbutrin|bupropion|effexor|venlafaxine|cymbalta|duloxetine|pristiq|trintellix|adderall|"
    r"ritalin|vyvanse|concerta|methylphenidate|strattera|xanax|alprazolam|klonopin|clonazepam|ativan|lorazepam|"
    r"valium|diazepam|seroquel|quetiapine|abilify|aripiprazole|lamictal|lamotrigine|depakote|valproate|"
    r"risperdal|risperidone|zyprexa|olanzapine|latuda|lurasidone|clozapine|clozaril|trazodone|buspar|buspirone|"
    r"mirtazapine|remeron|gabapentin|propranolol|suboxone|methadone|naltrexone|doses?|dosages?|tabs?|tablets?)"
)

# Framing that presents a claim as a myth to be corrected, not as true.
MYTH_FRAME = lazy_re(
    r"\bmyths?\b|\bmisconceptions?\b|\bmisinformation\b|\bdebunk\w*|\bfalse\b|\bnot\s+true\b|\buntrue\b"
    r"|\boutdated\b|\boversimplif\w+|\bdisproven\b|\bdiscredited\b|\bno\s+(?:good\s+|scientific\s+|real\s+)?evidence\b"
    r"|\b(?:the\s+)?(?:idea|claim|notion|belief|theory|assumption|narrative|story|myth)s?\s+that\b"
    r"|\b(?:people|some|many|folks|someone|they|others|you|parents|critics|skeptics|sceptics|(?:some|many|most)\s+[a-z]+)\s+"
    r"(?:still\s+|often\s+|may\s+|might\s+|will\s+|sometimes\s+|wrongly\s+|mistakenly\s+)?"
    r"(?:say|says|said|think|thinks|believe|believes|claim|claims|told\s+you|tell\s+you|heard|insist)\b"
    r"|\b(?:you'?ve|you\s+have|i'?ve|we'?ve)\s+(?:probably\s+|likely\s+|all\s+|maybe\s+)?heard\b"
    r"|\bcontrary\s+to\b|\bfact[- ]?check\w*|\bwrong\b|\bharmful\s+(?:myth|idea|claim)"
    r"|\bred\s+flags?\b|\bbeware\b|\bbe\s+(?:wary|skeptical|sceptical|careful)\b|\bwatch\s+out\b"
    r"|\bscams?\b|\bsnake\s+oil\b|\bno\s+(?:one|therapist|clinician|treatment)\s+can\b"
    r"|\b(?:posts?|ads?|claims?|videos?|accounts?)\s+(?:about|claiming|saying|that\s+say|promising|calling)\b"
)

# --- safety / language -----------------------------------------------------
# (compiled on first use; see checkers/engine/lazy.py)

# A phrase mentioned as wording (to avoid, replace or criticise) rather than
# used, without quotation marks: "please stop saying committed suicide",
# "instead of suffers from, try lives with", "words like psycho and crazy".
# WORDING_BEFORE runs on the sentence text just before the phrase (<= 80 chars),
# WORDING_AFTER on the sentence text just after it (<= 60 chars).
WORDING_BEFORE = lazy_re(
    r"(?:\b(?:stop|quit|avoid|avoiding|never|don'?t|do\s+not|not|no\s+longer|no\s+more|retire|ban|drop|ditch)"
    r"\s+(?:\w+\s+){0,2}?(?:say|saying|use|using|write|writing|call|calling|called|describ\w*|label\w*|"
    r"joke|joking|post|posting|refer\w*\s+to)\b"
    r"|\b(?:instead\s+of|rather\s+than|in\s+place\s+of|swap(?:ping)?|replac(?:e|es|ed|ing)|retir(?:e|ing)|"
    r"ditch(?:ing)?|(?:words?|terms?|phrases?|labels?|expressions?|language|slurs?)\s+(?:like|such\s+as)|"
    r"the\s+(?:word|term|phrase|label|expression)s?|e\.g\.|for\s+example)\b"
    r"|\bwhen\s+(?:\w+\s+){0,3}?(?:says?|saying|calls?|calling|jokes?|joking)\b"
    r"|\b(?:being|been|get|gets|got|getting)\s+called\b"
    r")[^.!?\n]{0,40}$"
    r"|\bcalled\s+(?:me|him|her|them|us|you)\s+(?:a\s+|an\s+|so\s+|totally\s+)?$"
    r"|\b(?:say|use|write|try|prefer)\b[^.!?\n]{1,60}(?:\bnot|\bover|\bvs\.?|\bversus)\W{0,3}$"
)
WORDING_AFTER = lazy_re(
    r"^\W{0,3}(?:->|=>|\u2192)"
    r"|^[^.!?\n]{0,40}?\b(?:implies|implying|criminali[sz]\w*|stigmati[sz]\w*|triviali[sz]\w*|minimi[sz]\w*|"
    r"outdated|offensive|ableist|hurtful|a\s+slur|(?:isn'?t|is\s+not|not)\s+an?\s+(?:adjective|personality|"
    r"quirk|joke|insult|punchline)|should\s+be\s+retired|has\s+no\s+place|"
    r"(?:a|the)\s+(?:word|term|label|phrase)\s+(?:we|i|you|they|people)|we\s+retired)\b"
)

# Inside quotation marks, words that show the quoted term is being examined:
# "being called "crazy" stays with them", ""psycho" as an insult".
QUOTED_CRITIQUE = lazy_re(
    r"\b(?:insult\w*|slurs?|stigma\w*|triviali[sz]\w*|offensive|ableist|hurtful|harsh\w*|punitive|outdated|"
    r"impl(?:y|ies|ying)|fram(?:e|es|ed|ing)|crime|criminali[sz]\w*|echo\w*|links?|linking|called|calls|labell?ed|"
    r"describ\w+|wording|reword\w*|rewrite|rephras\w*|retire\w*|avoid\w*|instead|prefer\w*|swap\w*|"
    r"replac\w+|misus\w*|adjectives?|nouns?|person-first|identity-first|judg\w+|vignette|means|meaning|"
    r"comes\s+from|greek|latin|etymolog\w*|prefix|origin\w*|acceptable|appropriate)\b"
)


def discussed_as_wording(post, start: int, end: int) -> bool:
    """True when the phrase at ``start:end`` is mentioned as wording, not used.

    Quoted teaching ("say 'died by suicide', not 'committed suicide'") is
    answered by ``post.taught_as_wording``; this also catches unquoted
    teaching and critique ("please stop saying committed suicide").
    """
    s, e = post.sentence(start)
    around = post.text[max(s, start - 200):min(max(e, end), end + 200)]
    if ('"' in around or "'" in around) and post.in_quotes(start, end):
        if post.taught_as_wording(start, end):
            return True
        # A short quoted term (not quoted speech) next to words that examine
        # it, or beside other quoted terms, is being compared as wording.
        if _short_quote(post, start, end):
            around = post.window(start, end, 120, 120)
            if QUOTED_CRITIQUE.search(around) or around.count('"') >= 4:
                return True
    if WORDING_BEFORE.search(post.text, max(s, start - 80), start):
        return True
    return WORDING_AFTER.search(post.text[end:min(e, end + 60)]) is not None


def _short_quote(post, start: int, end: int, slack: int = 20) -> bool:
    s, e = post.sentence(start)
    text = post.text
    for q in ('"', "'"):
        if text.rfind(q, max(s, start - slack), start) != -1 and text.find(q, end, min(e, end + slack)) != -1:
            return True
    return False


def literal_trie(words) -> str:
    """A regex source matching any of ``words`` (literal, lower-case), as a trie.

    Python's ``re`` tries the branches of an alternation one by one at every
    position; factoring shared prefixes ("su(?:icid|ffer)") makes a scan for
    dozens of keywords several times faster.  Longer words win over their
    prefixes ("psych" and "psycho" give ``psych(?:o)?``).
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return build(trie)


# --- keyword gate ----------------------------------------------------------
# Rules register the words their matches start with; one trie-shaped scan per
# post finds them all (memoised), and each rule then looks only at its own
# keywords' positions.  Keeps a post without any keyword nearly free.
_GATE_TAGS: dict[str, set] = {}
_GATE: list = [None, None]  # compiled pattern; tags per word, including its registered prefixes' tags


def gate_words(tag: str, *words: str) -> None:
    """Register ``words`` (literal, lower-case word starts) under ``tag``."""
    for w in words:
        if not (w[:1].isalnum() or w[:1] == "_"):  # _scan finds words after a non-word character
            raise ValueError(f"gate word {w!r} must start with a word character")
        _GATE_TAGS.setdefault(w, set()).add(tag)
    _GATE[0] = None


def gate_hits(post, tag: str) -> list:
    """Positions (start, end, word) where a word registered under ``tag`` starts a word."""
    return post.memo("lexicon:gate", _scan).get(tag, ())


def gate_matches(post, tag: str, pattern):
    """Matches of ``pattern`` anchored where a word registered under ``tag`` starts."""
    text = post.text
    for s, _, _ in gate_hits(post, tag):
        m = pattern.match(text, s)
        if m:
            yield m


def _scan(post) -> list:
    pattern = _GATE[0]
    if pattern is None:
        words = sorted(_GATE_TAGS)
        _GATE[1] = {w: tuple(set().union(*(_GATE_TAGS.get(w[:i], ()) for i in range(1, len(w) + 1)))) for w in words}
        # At a word start, and as a lookahead, so keywords that start inside
        # another keyword ("can't go on" inside "i can't go on") are found too.
        # Every keyword starts with a word character, so a word starts where a
        # non-word character precedes.  Led by an ASCII class, the scan skips in C
        # from one such character to the next, where a leading \b would try the
        # keywords at every position (and a \W class costs a Unicode lookup per
        # character); the few non-ASCII word characters it lets through are
        # dropped below.
        pattern = _GATE[0] = re.compile(r"[^a-z0-9_](?=(" + literal_trie(words) + "))")
    tags = _GATE[1]
    by_tag: dict = {}
    get = by_tag.get
    for m in pattern.finditer(" " + post.text):  # the space stands before a word at the very start
        before = m.group()
        if before.isalnum():
            continue  # a letter of another script: not a word start
        s, word = m.start(), m.group(1)  # the separator's index in the padded text: the word's in the text
        hit = (s, s + len(word), word)
        for tag in tags[word]:
            lst = get(tag)
            if lst is None:
                by_tag[tag] = [hit]
            else:
                lst.append(hit)
    return by_tag


def factored(pattern: str) -> str:
    r"""Hoist a leading ``\b`` out of a pattern's top-level alternatives.

    ``\bfoo|\bbar|#1`` becomes ``\b(?:foo|bar)|#1``.  The two match exactly the
    same text, but Python's engine tries every alternative at every position:
    with the boundary hoisted, positions inside words fail after one check,
    which makes a large alternation several times faster.  A whole alternative
    that is one group (``(?P<name>\bfoo|\bbar)``) is factored inside as well.
    """
    alts = _split_top(pattern)
    word, other = [], []
    for alt in alts:
        inner = _whole_group(alt)
        if inner is not None:
            opener, body = inner
            sub = factored(body)
            if sub.startswith("\\b(?:") and sub.endswith(")") and _split_top(sub) == [sub]:
                word.append(opener + sub[2:] + ")")
                continue
            other.append(opener + sub + ")")
        elif alt.startswith("\\b"):
            word.append(alt[2:])
        else:
            other.append(alt)
    parts = []
    if word:
        parts.append("\\b(?:" + "|".join(word) + ")")
    parts.extend(other)
    return "|".join(parts)


def _group_marks(pattern: str):
    """(index, char, depth) of each '(', ')' and '|' outside escapes and character classes.

    ``depth`` is the group depth after the character.
    """
    depth, i, in_class = 0, 0, False
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
            yield i, c, depth
        elif c == ")":
            depth -= 1
            yield i, c, depth
        elif c == "|":
            yield i, c, depth
        i += 1


def _split_top(pattern: str) -> list[str]:
    """Split at top-level '|' (outside groups and character classes)."""
    out, start = [], 0
    for i, c, depth in _group_marks(pattern):
        if c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def _whole_group(alt: str):
    r"""(opener, body) when ``alt`` is exactly one capturing or non-capturing group."""
    m = re.match(r"\((\?P<\w+>|\?:)?", alt)
    if not m or not alt.endswith(")"):
        return None
    last = len(alt) - 1
    for i, c, depth in _group_marks(alt):
        if c == ")" and depth == 0 and i != last:
            return None
    return "(" + (m.group(1) or "?:"), alt[m.end():-1]


# --- cheap gates ------------------------------------------------------------
# Most rules need one of a few words to be present before their full pattern
# can match.  Checking a frozenset of trigger words against the post's words
# costs well under a microsecond, so a rule whose triggers are absent returns
# at once.  The words are computed once per post and shared by all rules.
_NOT_ALNUM_BYTES = bytes(c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256))


def flat_text(post) -> str:
    """The post's text with every character outside ``[a-z0-9]`` made a space (computed once per post).

    The one word index every rule shares.  It keeps offsets (one character for
    one: ``encode("ascii", "replace")`` turns each non-ASCII character into one
    "?"), so the words of ``text[lo:hi]`` are ``flat[lo:hi].split()`` and a whole
    word is found with a plain ``str.find`` of it between spaces: both run in C,
    where a regex scan or a Python loop over every word would cost several times
    more on a long text.  The folded text is lower-case, so ``[a-z0-9]`` runs are
    exactly its ASCII words.
    """
    return post.memo("lexicon:flat", _flat_text)


def _flat_text(post) -> str:
    return post.text.encode("ascii", "replace").translate(_NOT_ALNUM_BYTES).decode("ascii")


def word_set(post) -> frozenset:
    """The post's words (runs of letters and digits), computed once per post."""
    return post.memo("word-set", _word_set)


def _word_set(post) -> frozenset:
    return frozenset(flat_text(post).split())


def word_spans(post, vocabulary: frozenset) -> list:
    """(start, end) of every occurrence of a word from ``vocabulary``, in text order.

    An occurrence is a whole word: no letter or digit (in any script) on either side.
    """
    text = post.text
    n = len(text)
    padded = post.memo("lexicon:flat-padded", lambda p: " " + flat_text(p) + " ")
    if n > LONG_TEXT:  # look only in the paragraphs that have the word (the shared chunk index)
        chunks, index = _chunk_index(post)

        def ranges(w):
            return [chunks[i][:2] for i in index.get(w, ())]
    else:
        def ranges(w):
            return ((0, n),)
    spans = []
    # Sorted, and capped per word before the global cap, so the result does not
    # depend on set iteration order (which changes with the string-hash seed).
    for w in sorted(vocabulary & word_set(post)):
        # " w " at h of the padded flat text is the word w at h of the text, with
        # no ASCII letter or digit beside it; a non-ASCII neighbour is a space
        # there, so it is checked in the text itself.
        needle, size = " " + w + " ", len(w)
        found, last = 0, -1
        for lo, hi in ranges(w):
            h = padded.find(needle, lo, hi + 2)
            while h != -1 and found < MAX_CANDIDATES:
                j = h + size
                if h > last and (h == 0 or not text[h - 1].isalnum()) and (j >= n or not text[j].isalnum()):
                    spans.append((h, j))
                    found += 1
                    last = h  # pieces of a long paragraph overlap
                h = padded.find(needle, j, hi + 2)  # the trailing space may lead the next occurrence
    spans.sort()
    return spans[:MAX_CANDIDATES]


def window_has(post, lo: int, hi: int, triggers: frozenset, substrings: tuple = ()) -> bool:
    """True when ``text[lo:hi]`` has one of ``triggers`` as a whole word, or one of ``substrings``.

    A cheap gate before a slow pattern is run on a window: splitting the
    window of the shared flat text costs far less than a regex scan of it.
    """
    text = post.text
    for s in substrings:
        if text.find(s, lo, hi) != -1:
            return True
    return not triggers.isdisjoint(flat_text(post)[lo:hi].split())


def word_starts(post, vocabulary: frozenset, stems: tuple = ()) -> list[int] | None:
    """Sorted starts of ``vocabulary`` (whole words) and ``stems`` (anywhere) in the post.

    For a rule that asks :func:`window_has`'s question of many windows or
    paragraphs of one long text: the starts are listed once and each window is
    answered with a bisect (:func:`any_in`).  A word counts for the window it
    starts in.  None when there are too many to list (word_spans stops at
    MAX_CANDIDATES): then no window may be skipped.
    """
    spans = word_spans(post, vocabulary)
    if len(spans) >= MAX_CANDIDATES:
        return None
    starts = [s for s, _ in spans]
    flat = flat_text(post)  # ASCII, so finding a stem is fast; same letters at the same offsets as the text
    for stem in stems:
        i = flat.find(stem)
        while i != -1:
            starts.append(i)
            i = flat.find(stem, i + 1)
    starts.sort()
    return starts


def any_in(starts: list[int], lo: int, hi: int) -> bool:
    """Does one of ``starts`` (sorted) lie in ``lo:hi``?"""
    i = bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


def gate_open(post, triggers: frozenset, substrings: tuple = ()) -> bool:
    """True when one of ``triggers`` is a word of the post, or one of ``substrings`` occurs in it."""
    if not triggers.isdisjoint(word_set(post)):
        return True
    text = post.text
    return any(s in text for s in substrings)


# Words without which DIAGNOSIS_TERM cannot match (its first word in each form).
DIAGNOSIS_WORDS = frozenset("""
ocd adhd autism autistic asperger aspergers aspie bipolar bpd borderline npd aspd narcissistic narcissist narcissism
sociopath sociopathic sociopathy psychopath psychopathic psychopathy antisocial schizophrenia schizophrenic
schizoaffective psychosis psychotic depression clinically cptsd ptsd anxiety gad panic eating anorexia anorexic bulimia
bulimic binge dementia alzheimer alzheimers personality histrionic dissociative spectrum neurodivergent codependent
codependency dyslexia dyslexic tourette tourettes hoarding oppositional conduct attachment mental mentally manic
mania hypomania hypomanic addict addiction alcoholic alcoholism alcoholics trauma rejection rsd
""".split())

# Words without which MEDICATION_TERM cannot match.
MEDICATION_WORDS = frozenset("""
meds medication medications medicine medicines pills prescription prescriptions antidepressant antidepressants anti
ssri ssris snri snris maoi maois mood antipsychotic antipsychotics stimulant stimulants benzo benzos benzodiazepine
benzodiazepines psych lithium zoloft sertraline prozac fluoxetine lexapro escitalopram celexa citalopram paxil
paroxetine wellbutrin bupropion effexor venlafaxine cymbalta duloxetine pristiq trintellix adderall ritalin vyvanse
concerta methylphenidate strattera xanax alprazolam klonopin clonazepam ativan lorazepam valium diazepam seroquel
quetiapine abilify aripiprazole lamictal lamotrigine depakote valproate risperdal risperidone zyprexa olanzapine latuda
lurasidone clozapine clozaril trazodone buspar buspirone mirtazapine remeron gabapentin propranolol suboxone methadone
naltrexone dose dosage doses dosages tab tabs tablet tablets
""".split())


Gated = namedtuple("Gated", "pattern need also", defaults=((),))
Gated.__doc__ = """A pattern and the words it cannot match without.

``need`` is a tuple of word sets: the pattern is run only when the post has
a word from *each* set (or, failing that, contains one of ``also``).  An
item of ``need`` may also be a string, which must occur in the text, or a
pair (word set, substrings) satisfied by either.
"""


def gate_passes(g: Gated, words: frozenset, text: str) -> bool:
    """Does the post have a word from each of ``g.need`` (or one of ``g.also``)?"""
    for s in g.need:
        if s.__class__ is str:
            if s not in text:  # a substring, for what is not a word ("100mg")
                break
        elif s.__class__ is tuple:  # (words, substrings): either will do
            if s[0].isdisjoint(words) and not any(a in text for a in s[1]):
                break
        elif s.isdisjoint(words):
            break
    else:
        return True
    for a in g.also:
        if a in text:
            return True
    return False


# A bound on the candidate matches one pattern may hand to its rule.  Ordinary
# posts have a handful; a pathological megabyte of one trigger phrase would
# otherwise make every rule weigh tens of thousands of candidates in Python.
# The runner keeps at most 200 findings per rule anyway.
MAX_CANDIDATES = 1000

# Past this length a text is gated paragraph by paragraph (see _chunks).
LONG_TEXT = 2000
_CHUNK = 1500
# Overlap between pieces of a long paragraph: longer than any match of a rule pattern.
_REACH = 200

def _any_word(gated):
    """(words, substrings): a post with none of either can match no pattern of ``gated``.

    None when some pattern has no requirement at all.
    """
    firsts, subs = [], []
    for g in gated:
        sets = [s for s in g.need if s.__class__ is frozenset]
        strs = [s for s in g.need if s.__class__ is str]
        if not sets and not strs:
            pairs = [s for s in g.need if s.__class__ is tuple]
            if pairs:  # words or stems
                firsts.append(pairs[0][0])
                subs.extend(pairs[0][1])
                continue
        subs.extend(g.also)
        if sets:
            firsts.append(min(sets, key=len))
        elif strs:
            subs.append(strs[0])
        else:
            return None
    return frozenset().union(*firsts), tuple(subs)


def _chunks(post) -> list:
    """(start, end, words) of the post's paragraphs, for long texts (computed once per post).

    An archive of posts or a long article is gated paragraph by paragraph, so a
    pattern runs only where its words occur.  Paragraphs longer than
    ``_CHUNK`` are cut into overlapping pieces so no match is lost at a cut.
    """
    return post.memo("lexicon:chunks", _make_chunks)


def _make_chunks(post) -> list:
    text = post.text
    flat = flat_text(post)

    def words_of(lo, hi):
        return frozenset(flat[lo:hi].split())

    out = []
    start = 0
    n = len(text)
    while start < n:
        end = text.find("\n\n", start)
        end = n if end == -1 else end
        lo = start
        while end - lo > _CHUNK:
            hi = lo + _CHUNK
            out.append((lo, hi, words_of(lo, hi)))
            lo = hi - _REACH
        out.append((lo, end, words_of(lo, end)))
        start = end + 2
    return out


def _chunk_index(post):
    """(chunks, word -> ids of the chunks that have it), computed once per post."""
    return post.memo("lexicon:chunk-index", _make_chunk_index)


def _make_chunk_index(post):
    chunks = _chunks(post)
    index = defaultdict(list)  # only read with .get, which adds no key
    for i, (_, _, words) in enumerate(chunks):
        for w in words:
            index[w].append(i)
    return chunks, index


def _chunks_with(post, item) -> set:
    chunks, index = _chunk_index(post)
    text = post.text
    cls = item.__class__
    if cls is str:
        cache = post.memo("lexicon:substring-chunks", _new_dict)
        ids = cache.get(item)
        if ids is None:
            ids = cache[item] = _chunks_with_substring(post, item)
        return set(ids)
    words, stems = (item, ()) if cls is frozenset else item
    ids = set()
    for w in words:
        found = index.get(w)
        if found:
            ids.update(found)
    for stem in stems:
        ids |= _chunks_with(post, stem)
    return ids


def _new_dict(post) -> dict:
    return {}


def _chunks_with_substring(post, item: str) -> frozenset:
    """Ids of the chunks holding ``item`` whole.

    One ``find`` per chunk that has it (not one per chunk of the text): after
    an occurrence the search jumps to the next chunk.  Pieces of a long
    paragraph overlap, so an occurrence may also lie in the piece before.
    """
    chunks, _ = _chunk_index(post)
    starts = post.memo("lexicon:chunk-starts", _chunk_starts)
    find, n = post.text.find, len(item)
    ids = []
    h = find(item)
    while h != -1:
        i = bisect_right(starts, h) - 1
        if i > 0 and h + n <= chunks[i - 1][1]:
            ids.append(i - 1)
        if h + n <= chunks[i][1]:
            ids.append(i)
        if i + 1 == len(chunks):
            break
        h = find(item, max(h + 1, starts[i + 1]))
    return frozenset(ids)


def _chunk_starts(post) -> list:
    return [lo for lo, _, _ in _chunks(post)]


def _chunked(post, g: Gated, cap: int) -> list:
    """Matches of ``g`` in a long text, looked for only in paragraphs that have its words."""
    text = post.text
    chunks, _ = _chunk_index(post)
    ids = None
    for item in g.need:
        found = _chunks_with(post, item)
        ids = found if ids is None else ids & found
        if not ids:
            break
    ids = ids or set()
    for a in g.also:
        ids |= _chunks_with(post, a)
    out = []
    last = -1
    for i in sorted(ids):
        lo, hi, _ = chunks[i]
        for m in g.pattern.finditer(text, lo, hi):
            if m.start() > last:  # pieces of a long paragraph overlap
                out.append(m)
                last = m.start()
        if len(out) >= cap:
            return out[:cap]
    return out


# Words so common in posts that a gate on them rarely filters anything: such a
# set is checked after the others, so most gates fail on their first check.
_COMMON = frozenset("""
you me my your us i in of to the a an that this it s is are was all every one more so just for with on at off out up get
go can not no do be have has will people them him her he she they if what how who why when time day need want make take
two first good new work help mental health therapy therapist session sessions client clients patient patients anxiety
depression better know like feel here there now today
""".split())
_PLANS: dict = {}
# Every word some planned gate needs, and a count bumped when it grows (see _gate_words).
_GATE_WORDS: list = [frozenset(), 0]


def _plan(gated):
    """(gated, entries, any-word gate) for ``gated`` (cached per tuple).

    The entries are ``(g, need)`` with each gate's rarest word sets first, so
    most gates fail on their first check; the any-word gate is :func:`_any_word`.
    """
    entry = _PLANS.get(id(gated))
    if entry is not None and entry[0] is gated:
        return entry

    def commonness(item):
        if item.__class__ is frozenset:
            return (1 if not item.isdisjoint(_COMMON) else 0, len(item))
        return (2, 0)  # substrings and stems are slower to check

    plan = tuple((g, tuple(sorted(g.need, key=commonness))) for g in gated)
    entry = _PLANS[id(gated)] = (gated, plan, _any_word(gated))  # holding ``gated`` keeps its id from being reused
    needed = frozenset().union(*(s if s.__class__ is frozenset else s[0]
                                 for g in gated for s in g.need if s.__class__ is not str))
    if not needed <= _GATE_WORDS[0]:
        _GATE_WORDS[0] |= needed
        _GATE_WORDS[1] += 1
    return entry


def _gate_words(post) -> frozenset:
    """The post's words that some gate needs (a handful, where the post has dozens).

    A gate's word set meets the post's words exactly when it meets these, and
    ``isdisjoint`` walks the smaller set, so each gate check costs a few
    lookups.  Recomputed when a newly planned gate adds words.
    """
    cell = post.memo("lexicon:gate-words", _new_cell)
    if cell[0] != _GATE_WORDS[1]:
        cell[0], cell[1] = _GATE_WORDS[1], word_set(post) & _GATE_WORDS[0]
    return cell[1]


def _new_cell(post) -> list:
    return [-1, None]


def gated_matches(post, gated) -> list:
    """Matches of every pattern in ``gated`` whose words are present, in text order."""
    _, plan, anyw = _plan(gated)
    words = _gate_words(post)
    text = post.text
    if anyw is not None and anyw[0].isdisjoint(words):
        for a in anyw[1]:
            if a in text:
                break
        else:
            return []
    found = []
    cap = MAX_CANDIDATES
    long_text = len(text) > LONG_TEXT
    for g, need in plan:  # gate_passes, inlined: this runs for every rule on every post
        for s in need:
            cls = s.__class__
            if cls is frozenset:
                if s.isdisjoint(words):
                    break
            elif cls is str:
                if s not in text:
                    break
            elif s[0].isdisjoint(words) and not any(a in text for a in s[1]):
                break
        else:
            found.extend(_chunked(post, g, cap) if long_text else islice(g.pattern.finditer(text), cap))
            continue
        if g.also and any(a in text for a in g.also):
            found.extend(_chunked(post, g, cap) if long_text else islice(g.pattern.finditer(text), cap))
    if len(found) > 1:
        found.sort(key=lambda m: (m.start(), -m.end()))
    return found


def words(spec: str) -> frozenset:
    """A frozenset from a whitespace-separated string of words."""
    return frozenset(spec.split())


class lazy_factored(lazy_re):  # noqa: N801  (reads like re.compile at the call site)
    """A pattern of ``\b``-led alternatives, rewritten for speed and compiled on first use.

    Alternatives that can start with a literal letter are rewritten by
    :func:`literal_led`; the others keep a single hoisted ``\b`` (:func:`factored`).
    """

    __slots__ = ()

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(literal_led(self._source), self._flags)
        return self._compiled


_LEADING_RUN = lazy_re(r"[a-z0-9][a-z0-9']*")
_EXPANSION_BUDGET = 3000  # characters of pattern a rewrite may add per group


def literal_led(pattern: str) -> str:
    r"""Rewrite ``\bword...`` alternatives so each starts with its first letter.

    ``\bfoo\s+x|\b(?:bar|baz)\s+y`` becomes
    ``foo(?<!\wfoo)\s+x|bar(?<!\wbar)\s+y|baz(?<!\wbaz)\s+y``.  The lookbehind
    placed after the word says exactly what ``\b`` said before it (no word
    character precedes the word), so the two patterns match the same text.
    But when every alternative begins with a literal character, Python's engine
    skips in C to the positions where one of those characters occurs, instead of
    trying every alternative at every position: a large pattern becomes several
    times cheaper to scan.  A pattern that is one named group is rewritten
    inside the group.  Alternatives that cannot be rewritten are kept as they are.
    """
    inner = _whole_group(pattern)
    if inner is not None and inner[0].startswith("(?P<"):
        return inner[0] + literal_led(inner[1]) + ")"
    out = []
    for alt in _split_top(pattern):
        out.extend(_led(alt, 0))
    return "|".join(_by_first_char(out))


_LITERAL_LEADS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'")
_ESCAPED_LEADS = frozenset("()[]{}.*+?|^$#&~-/\\ ")  # escaped, each stands for itself


def _by_first_char(alts: list) -> list:
    r"""``alts`` with each run of literal-led alternatives grouped by first character.

    ``meds(?<!\wmeds)x|mood(?<!\wmood)x|pills(?<!\wpills)x`` becomes
    ``m(?:eds(?<!\wmeds)x|ood(?<!\wmood)x)|pills(?<!\wpills)x``.  At each
    candidate position the engine tries the branches one by one; with a hundred
    literal-led alternatives that is a hundred checks, with them grouped about
    as many as there are first characters.  Alternatives led by different
    literals cannot match at the same position, so reordering them changes no
    match; order is kept within a group, and a run ends at an alternative that
    is not literal-led (it may match where the others do, so none moves past it).
    """
    out: list = []
    run: dict = {}

    def flush():
        for c, tails in run.items():
            out.append(c + (tails[0] if len(tails) == 1 else "(?:" + "|".join(tails) + ")"))
        run.clear()

    for alt in alts:
        # The lead: a letter, digit or apostrophe, or an escaped punctuation mark ("\\(").
        size = 2 if alt[:1] == "\\" and alt[1:2] in _ESCAPED_LEADS else 1 if alt[:1] in _LITERAL_LEADS else 0
        if size and alt[size:size + 1] not in ("?", "*", "{", "+"):
            run.setdefault(alt[:size], []).append(alt[size:])
        else:
            flush()
            out.append(alt)
    flush()
    return out


def _led(alt: str, depth: int) -> list:
    if not alt.startswith("\\b") or depth > 4:
        return [alt]
    body = alt[2:]
    if body.startswith("\\b"):
        return _led(body, depth)
    if body.startswith("'") and body[1:2] not in ("?", "*", "{", "+"):
        # \b before an apostrophe: a word character precedes it.
        return ["'(?<=\\w')" + body[1:]]
    m = _LEADING_RUN.match(body)
    if m:
        run = m.group(0)
        if body[m.end():m.end() + 1] in ("?", "*", "{", "+"):
            run = run[:-1]
        if run:
            return [run + "(?<!\\w" + run + ")" + body[len(run):]]
        return [alt]
    if body.startswith("(?:"):
        group = _leading_group(body)
        if group is not None:
            inner, rest = group
            optional = rest[:1] == "?" and rest[1:2] not in ("?", "+")
            if optional:
                rest = rest[1:]  # (?:x)?y is xy|y: greedy, so x is tried first
            elif rest[:1] in ("?", "*", "{", "+"):
                return [alt]
            subs = _split_top(inner)
            if len(rest) * len(subs) > _EXPANSION_BUDGET:
                # Copying a long tail many times costs more to compile than it saves.
                grouped = None if optional else _first_char_groups(subs, rest)
                return [alt if grouped is None else grouped]
            out = []
            for sub in subs:
                out.extend(_led("\\b" + sub + rest, depth + 1))
            if optional:
                out.extend(_led("\\b" + rest, depth + 1))
            return out
    return [alt]


def _first_char_groups(subs: list, rest: str):
    r"""``\b(?:subs)rest`` led by literals, with ``rest`` written once; None if a sub is not letter-led.

    ``\b(?:take|try|use)\s+x`` becomes ``(?:t(?<!\wt)(?:ake|ry)|u(?<!\wu)se)\s+x``.
    The lookbehind after the first letter says what ``\b`` said before it.
    Subs with different first letters cannot match at the same position, so
    grouping them by that letter (keeping their order within a group) changes
    no match; and every branch now starts with a literal, so the engine skips
    in C to the positions holding one of those letters.
    """
    groups: dict = {}
    for sub in subs:
        c = sub[:1]
        if not ("a" <= c <= "z" or "0" <= c <= "9") or sub[1:2] in ("?", "*", "{", "+"):
            return None
        groups.setdefault(c, []).append(sub[1:])
    parts = [c + "(?<!\\w" + c + ")" + (tails[0] if len(tails) == 1 else "(?:" + "|".join(tails) + ")")
             for c, tails in groups.items()]
    return "(?:" + "|".join(parts) + ")" + rest


def _leading_group(body: str):
    """(inner, rest) when ``body`` starts with a non-capturing group."""
    for i, c, depth in _group_marks(body):
        if c == ")" and depth == 0:
            return body[3:i], body[i + 1:]
    return None


# --- patterns built on first use (privacy, consent) ---------------------------

class lazy_pattern(lazy_re):  # noqa: N801  (reads like re.compile at the call site)
    """A :class:`lazy_re` whose source may be a function, called on first use.

    Building a large trie costs more than importing a module; deferring it
    keeps ``import checkers`` fast.  A plain string source works as lazy_re.
    """

    __slots__ = ()

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
        return self._compiled

    @property
    def pattern(self) -> str:
        if callable(self._source):
            self._source = self._source()
        return self._source


def built(build):
    """A regex fragment built by ``build()`` on first use (call it to get the string)."""
    cache: list = []

    def get() -> str:
        if not cache:
            cache.append(build())
        return cache[0]

    return get


_PHRASE_TRIES: dict = {}
_PHRASE_ESC: dict = {}


def phrase_trie(items) -> str:
    """A regex alternation of ``items`` factored as a trie on their literal heads.

    Like :func:`literal_trie`, but each item is a literal word or phrase or a
    ``(literal_head, regex_tail)`` pair, and a space in a literal matches any
    run of whitespace.  Every branch starts with a literal character, so the
    regex engine can skip positions quickly.
    """
    key = tuple(items)
    cached = _PHRASE_TRIES.get(key)
    if cached is not None:
        return cached
    pairs = [(item, "") if isinstance(item, str) else item for item in key]
    # A long tail shared by several heads is written once, after a trie of those heads:
    # the pattern stays small, which matters because compile time is page-load time in Pyodide.
    heads_of: dict = {}
    for head, tail in pairs:
        heads_of.setdefault(tail, []).append(head)
    shared = {t for t, hs in heads_of.items() if t and len(hs) > 1 and len(t) * (len(hs) - 1) > 60}
    root: dict = {}
    for head, tail in pairs:
        if tail not in shared:
            _phrase_add(root, head, tail)
    parts = [_phrase_node(root)] if root else []
    for tail in shared:
        group: dict = {}
        for head in heads_of[tail]:
            _phrase_add(group, head, "")
        parts.append("(?:" + _phrase_node(group) + ")" + (tail if len(tail) < 2 or "|" not in tail else "(?:" + tail + ")"))
    out = _PHRASE_TRIES[key] = "(?:" + "|".join(parts) + ")"
    return out


def _phrase_add(root: dict, head: str, tail: str) -> None:
    node = root
    for ch in head:
        node = node.setdefault(ch, {})
    tails = node.setdefault("", [])
    if tail not in tails:
        tails.append(tail)


def _phrase_esc(ch: str) -> str:
    e = _PHRASE_ESC.get(ch)
    if e is None:
        e = _PHRASE_ESC[ch] = r"\s+" if ch == " " else re.escape(ch)
    return e


def _phrase_node(node) -> str:
    alts = []
    tails = ()
    for ch, child in node.items():
        if ch == "":
            tails = child
            continue
        chars = [_phrase_esc(ch)]
        while len(child) == 1 and "" not in child:  # a chain of single children, without recursion
            (ch, child), = child.items()
            chars.append(_phrase_esc(ch))
        alts.append("".join(chars) + _phrase_node(child))
    alts.extend(t if len(t) < 2 or "|" not in t else "(?:" + t + ")" for t in tails if t)
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in tails:
        return ("(?:" + body + ")?") if len(alts) == 1 else body + "?"
    return body
