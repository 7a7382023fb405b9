"""privacy/client-search: looking a client up online.

The author says they searched for, googled, or went through the social-media
profiles of a particular client.  A past act ("I googled my new client")
counts on its own; "looked up", "found", "scrolled through" count when an
online place is named.  Advice to do it ("google every client before the
intake") and a confession put to peers ("anyone else google their new
intakes?") count too.  Policy statements ("I never google clients") and the
topic discussed as a question ("should therapists google clients?") do not.

Sources: APA Social Media Guideline 2.3 (risks of searching for information
about clients); APA Ethics Code §4.04 (minimizing intrusions on privacy); ACA
Code of Ethics §H.6.c (no viewing of a client's social media without consent);
NASW Code of Ethics (2017), standard 1.07 on searches for information about
clients.
"""


from ...engine.registry import Hit, rule
from ..client_narrative import (
    HINTS_SEARCH, OTHER_DET, at_word_start, find_client_nouns, first_word, hints, iter_words, lazy_pattern,
    policy_negated, trie,
)

_STRONG = (
    "googled", "google-stalked", "google stalked", "googling", "stalked", "stalking", "cyberstalked",
    "cyber-stalked", "creeped on", "creeping on", "lurked on", "lurking on", "snooped on", "snooping on",
    "facebook-stalked", "facebook stalked", "insta-stalked", "instastalked", "insta stalked",
)
_WEAK = (
    "looked up", "looking up", "look up", "searched", "searched for", "searched up", "searching", "searching for",
    "searching up", "found", "checked out", "checking out", "scrolled through", "scrolling through", "went through",
    "going through", "peeked at", "looked at", "looking at", "saw", "viewed", "watched", "stumbled on",
    "stumbled upon", "stumbled across", "came across", "ran across",
)
_PRESENT = frozenset({"google", "stalk", "cyberstalk", "insta-stalk", "creep on", "lurk on", "snoop on", "look up",
                      "search", "search up"})
_GERUNDS = frozenset({"googling", "stalking", "looking up", "searching", "searching for", "searching up",
                      "checking out", "going through", "looking at", "scrolling through"})
# The search verb before the person searched for (end-anchored): "googled ", "looked up ".
_VERB_BEFORE = lazy_pattern(
    lambda: trie([(v, r"\s+(?:on\s+|up\s+)?(?:[\w'-]+\s+){0,2}?") for v in _STRONG + _WEAK]
                 + [(w, r"\s+(?:up\s+|on\s+)?") for w in ("google", "stalk", "cyberstalk", "insta-stalk", "creep on",
                                                          "lurk on", "snoop on", "look up", "search",
                                                          "search up")])
    + r"$"  # "google every client": the person right after
)
_SLOT = lazy_pattern(lambda: r"my\s+\d{1,2}(?::\d\d)?\s?(?:am|pm)\b")
_ONLINE = lazy_pattern(lambda: trie([
    "instagram", "insta", "ig", "facebook", "fb", "tiktok", "twitter", "x account", "linkedin", "profile", "page",
    "account", "socials", "social media", "online", "internet", "google", "dating app", "dating profile",
    "dating site", "tinder", "bumble", "hinge", "grindr", "onlyfans", "reddit", "youtube", "snapchat", "post",
    "posts", "feed", "stories", "grid", "mugshot", "arrest record", "arrest records", "court record",
    "court records", "zillow", "address", "house", "spotify", "venmo", "strava", "blog", "website",
]) + r"\b")
_TOPIC = lazy_pattern(lambda: 
    r"\?|\b(?:should|ethic(?:s|al)|guidelines?|2\.3|h\.6|policy|is\s+it\s+(?:ok|okay|ethical)|do\s+you|"
    r"would\s+you|when\s+is|pros\s+and\s+cons|consider)\b"
)
_I_BEFORE = lazy_pattern(r"\bi\b|\bi've\b")
# A confession put to peers as a question: "anyone else google their new intakes?"
_ANYONE_ELSE = lazy_pattern(r"\b(?:anyone|anybody|who)\s+else\b|\bam\s+i\s+the\s+only\b")
# Who is searched for, besides "my client" and "a client": "google every client", "their new intakes".
_SEARCH_DET = lazy_pattern(r"(?:every|each|all|your|their|any|prospective|potential)\s+(?:new\s+|prospective\s+)?$"
                           r"|(?<![\w-])new\s+$")
_FIRST_PERSON = lazy_pattern(lambda: r"\b(?:i|i've|i'd|we|caught\s+myself|just|accidentally|finally|admit)\b")


def search_hits(post) -> list[tuple[int, int]]:
    """Spans where the author looks a client up (memoised; the story rules skip them)."""
    return post.memo("client-search", _find)


def _targets(post):
    """(det_start, end) of each client the post names with a determiner."""
    text = post.text
    for n in find_client_nouns(post):
        start = n.ref_start
        if n.kind is None:
            d = OTHER_DET.search(text, max(0, n.start - 30), n.start) or _SEARCH_DET.search(
                text, max(0, n.start - 30), n.start)
            if d is None:
                continue
            start = d.start()
        yield start, n.full_end
    if "my " in text:
        for m in iter_words(_SLOT, text):
            yield m.start(), m.end()


def _find(post) -> list[tuple[int, int]]:
    text = post.text
    if not hints(post) & HINTS_SEARCH:
        return []
    out = []
    for start, end in _targets(post):
        v = _VERB_BEFORE.search(text, max(0, start - 60), start)
        if v is None or not at_word_start(text, v.start()):
            continue
        vstart = v.start()
        verb = " ".join(v.group(0).split()[:2])
        strong = v.group(0).startswith(("googl", "stalk", "cyber", "creep", "lurk", "snoop", "facebook", "insta"))
        if policy_negated(post, vstart) or post.negated(vstart, 30):
            continue
        s, e = post.sentence(vstart)
        if not strong and first_word(_ONLINE, text, start, min(e, end + 60)) is None \
                and first_word(_ONLINE, text, max(s, vstart - 40), vstart) is None:
            continue
        if (verb in _GERUNDS or verb.split()[0] in _GERUNDS) \
                and not _FIRST_PERSON.search(text, max(s, vstart - 30), vstart):
            continue  # a gerund as a topic: "googling clients: yes or no?"
        if verb in _PRESENT and "?" in text[s:e] and not _ANYONE_ELSE.search(text, s, vstart):
            continue  # "should I google a new client?": asking, not doing
        if _TOPIC.search(text, s, e) and not _I_BEFORE.search(text, s, vstart) \
                and not _ANYONE_ELSE.search(text, s, vstart):
            continue
        out.append((vstart, end))
    return out


@rule(
    id="privacy/client-search",
    title="Looking up a client online",
    severity="warning",
    flags="The author googling a client or going through a particular client's social-media profiles "
          "(\"I googled my new client\", \"found my client's Instagram\").",
    why="Searching for a client without their knowledge intrudes on their privacy, can surface things "
        "they chose not to share, and posting about it tells others they are a client.",
    example="Confession: I googled my new client before her intake and found her whole Instagram.",
    fine="I don't search for clients online; if something needs discussing, we talk about it in session.",
    instead="Agree in your informed-consent policy whether you ever look clients up, and bring anything "
            "that matters into the session instead of searching.",
    sources="APA Social Media Guideline 2.3; APA Ethics Code §4.04; ACA Code of Ethics §H.6.c",
    message="This describes looking up a particular client online. It intrudes on their privacy, and "
            "posting about it points to them as a client.",
)
def detect(post):
    for start, end in search_hits(post):
        yield Hit(start, end)
