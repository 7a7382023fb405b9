"""privacy/solicit-client-stories: inviting colleagues to share client stories.

A prompt such as "therapists, drop your wildest client story" or "what's the
funniest thing a patient ever said to you?" asks many professionals at once to
post confidential material; the #ShareAStoryInOneTweet study found that such
threads produced many identifiable patient stories.

Sources: APA Ethics Code §4.01, §4.07; APA Social Media Guideline 2.2; ACA Code
of Ethics §H.6.d; Ahmed et al., JMIR 2020;22(9):e19746.
"""


from ...engine.registry import Hit, rule
from ..lexicon import any_in, word_set, word_starts
from ..client_narrative import (
    HINTS_SOLICIT, built, first_word, hint_windows, iter_all, iter_words, lazy_pattern, policy_negated, trie,
)

_STORY_NOUN = (
    r"s?'?\s+(?:horror\s+)?(?:stor(?:y|ies)|moments?|quotes?|confessions?|tales?|anecdotes?|encounters?|"
    r"one-?liners?|fails?)\b"
)
_SAID = (
    r"\s+(?:that\s+)?(?:a|your|one\s+of\s+your|any)\s+(?:[\w-]+\s+)?(?:client|patient)s?\s+(?:has\s+|have\s+|ever\s+|"
    r"has\s+ever\s+|have\s+ever\s+|once\s+)?(?:said|told|did|asked|done|brought|wrote|say|tell|confessed|shared|"
    r"admitted|given|gave|used|made|come\s+up\s+with|pulled|tried)\b"
)
_SUPERLATIVE = r"\s+(?:[\w-]+\s+){0,3}?(?:client|patient|session|intake)s?\b"
_STORIES = (
    lazy_pattern(lambda: trie(["client", "patient", "session", "intake", "therapy room", "caseload"]) + _STORY_NOUN),
    lazy_pattern(lambda: trie(["thing", "things", "story", "stories", "moment", "moments", "line", "lines", "request",
                               "requests",
                  "excuse", "excuses", "comment", "comments", "confession", "confessions"]) + _SAID),
    lazy_pattern(r"(?:time|moment)\s+(?:when\s+)?(?:a|your)\s+(?:client|patient)\s+(?:\w+\s+)?(?:said|told|did|asked|"
            r"surprised|shocked|made|broke|cried|confessed)\b"),
    lazy_pattern(lambda: trie(["craziest", "wildest", "weirdest", "funniest", "strangest", "worst", "best", "oddest",
                  "most bizarre", "most awkward", "most outrageous", "most memorable", "most unhinged",
                  "most unforgettable", "most embarrassing", "most shocking"]) + _SUPERLATIVE),
    lazy_pattern(r"#(?:shareastoryinonetweet|therapistconfessions|patientstories|clientstories|therapiststories|"
            r"whatmypatientsaid|craziestpatient)\b"),
)
# For each of _STORIES, words every match has (its story noun, verb or superlative), or None
# for the hashtags: a pattern whose words the post (or a window of it) lacks is not run.
# Each word stands whole in a match: after a space or at the match's start, before a space
# or a boundary ("one-liner" holds "one").
_STORY_NEED = (
    frozenset("story stories moment moments quote quotes confession confessions tale tales anecdote anecdotes "
              "encounter encounters one oneliner oneliners fail fails".split()),
    frozenset("said told did asked done brought wrote say tell confessed shared admitted given gave used made come "
              "pulled tried".split()),
    frozenset("said told did asked surprised shocked made broke cried confessed".split()),
    frozenset("craziest wildest weirdest funniest strangest worst best oddest most".split()),
    None,
)


def _story_patterns(post) -> list:
    """The patterns of _STORIES that can match in the post."""
    words = word_set(post)
    return [rx for rx, need in zip(_STORIES, _STORY_NEED)
            if (not need.isdisjoint(words) if need is not None else "#" in post.text)]


def _story_matches(post, windows) -> list:
    """Matches of the story patterns in ``windows``, in text order (as iter_all gives them).

    A long text has many windows; a pattern is run only in those that have
    one of its words (listed once per post, see _STORY_NEED).
    """
    patterns = _story_patterns(post)
    if len(windows) < 2:
        return iter_all(patterns, post.text, windows)
    text = post.text
    found = []
    for rx in patterns:
        need = _STORY_NEED[_STORIES.index(rx)]
        starts = word_starts(post, need) if need is not None else None
        for ws, we in windows:
            if starts is None or any_in(starts, ws, we):
                found.extend(iter_words(rx, text, ws, we))
    found.sort(key=lambda m: (m.start(), -m.end()))
    return found


_INVITE_VERB = built(lambda: trie([
    "drop", "share", "tell", "post", "comment", "reply", "spill", "give", "name", "describe", "go", "let's hear",
    "let me hear", "what's", "whats", "what is", "what was", "who has", "who's got", "anyone", "has anyone",
    "ever had",
]) + r"\b")
# An imperative or question opening a sentence, or after "therapists," etc.
_INVITE_START = lazy_pattern(lambda: 
    r"(?P<addr>(?:therapists|counsell?ors|clinicians|colleagues|docs|doctors|nurses|friends|y'all|folks|everyone|"
    r"mhps?|shrinks|fellow\s+\w+)\s*[,:!-]\s*)?" + _INVITE_VERB()
)
_INVITE = lazy_pattern(lambda: trie([
    "in the comments", "comment below", "below", "drop yours", "drop them", "drop it", "drop em", "reply with",
    "tag a therapist", "tag a colleague", "tag a friend", "let's hear", "i'll start", "go!", "you've had",
    "you've ever had", "you've heard", "you've ever heard", "to you", "your wildest", "your craziest",
    "your funniest", "your best", "your worst", "your weirdest", "your favorite", "your favourite", "thread",
    "share yours", "your turn", "👇",
]))
_YOU = lazy_pattern(r"\b(?:you|your|anyone|y'all)\b")


def _invites(post, s: int, e: int) -> bool:
    """An invitation in the sentence: "comment below", or an imperative/question opening it."""
    text = post.text
    if first_word(_INVITE, text, s, e) is not None:
        return True
    for m in iter_words(_INVITE_START, text, s, e):
        if m.group("addr") or not text[s:m.start()].strip(" \t\"'(*-:#@"):
            return True
    return False




@rule(
    id="privacy/solicit-client-stories",
    title="Inviting others to share client stories",
    severity="warning",
    flags="A prompt asking colleagues or followers to share client stories (\"therapists, drop your "
          "wildest client story\", \"what's the funniest thing a patient ever said to you?\").",
    why="A call for client stories multiplies the risk: each reply is a confidential story posted in "
        "public, and threads like #ShareAStoryInOneTweet produced many identifiable patient stories.",
    example="Therapists, drop your wildest client story in the comments! I'll start.",
    fine="Therapists, share your favorite grounding exercise in the comments; I'll start with box breathing.",
    instead="Invite colleagues to share techniques, resources or lessons learned, not stories about clients.",
    sources="APA Ethics Code §4.01, §4.07; APA Social Media Guideline 2.2; ACA Code of Ethics §H.6.d; "
            "Ahmed et al., JMIR 2020;22(9):e19746",
    message="This invites others to post stories about their clients. Each reply would put a "
            "confidential story in public.",
)
def detect(post):
    for start, end in solicit_hits(post):
        yield Hit(start, end)


def solicit_hits(post) -> list[tuple[int, int]]:
    """Spans of invitations to share client stories (memoised; the story rules skip them)."""
    return post.memo("solicit-client-stories", _find)


def _find(post) -> list[tuple[int, int]]:
    text = post.text
    out = []
    windows = hint_windows(post, HINTS_SOLICIT, 150)
    if not windows:
        return out
    for m in _story_matches(post, windows):
        start = m.start()
        if policy_negated(post, start) or post.negated(start, 40):
            continue
        s, e = post.sentence(start)
        asks_you = "?" in text[start:min(len(text), e + 2)] and _YOU.search(text, s, e)
        if asks_you or _invites(post, s, min(len(text), e + 80)):
            out.append((start, m.end()))
    return out
