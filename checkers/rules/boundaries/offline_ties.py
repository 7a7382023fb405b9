"""Shared detector: ties with a client outside the therapy room.

Not a rule by itself: boundaries/client-connection reports what it finds.  A
tie needs two things in the same sentence (or the next one): someone the
author treats, named in any way ("a family I see", "someone from my Thursday
lineup", "one of my clients", "my 2pm", "our sessions"), and an act that is
social, commercial, romantic or a gift ("went to the concert together",
"ordered the cake from her", "she handed me season tickets", "matched on an
app").  Policies, refusals, conditions and the author's own friends stay quiet.
"""

from ...engine.lazy import lazy_re
from ..lexicon import Gated, gated_matches, lazy_factored, word_set, words

# Someone the author treats, however they are referred to.
_WHO = lazy_factored(
    r"\b(?:someone|somebody|a\s+(?:guy|girl|gal|woman|man|kid|teen|lady|family|couple|mom|dad|student|person|fellow|gentleman|"
    r"veteran|widow|widower)|the\s+(?:couple|family|guy|woman|man|kid|girl|lady)|people|folks|families|kids|students|ones|"
    r"(?:one|two|three|four|some|several|a\s+few|many|most|half)\s+of\s+the\s+(?:people|folks|families|kids|students))"
    r"\s+(?:(?:i|we)(?:'ve|'m|\s+have|\s+am|\s+used\s+to)?\s+(?:been\s+|currently\s+|now\s+)?(?:see|seeing|saw|treat|treated|"
    r"treating|work\s+with|worked\s+with|working\s+with|counsel\w*|sponsor)|from\s+(?:my|our|this\s+week'?s|last\s+week'?s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:caseload|lineup|schedule|group|roster|program|practice|sessions?))\b"
    r"|\b(?:everyone|everybody)\s+from\s+(?:my|our|this\s+week'?s|today'?s)\s+(?:[\w-]+\s+){0,2}?(?:sessions?|group|caseload)\b"
    r"|\b(?:my|our)\s+(?:[\w-]+\s+){0,3}?(?:therapy|support|process|iop|dbt|skills|grief|recovery|anxiety|trauma)\s+groups?\b"
    r"|\b(?:treating|counsel\w*)\s+(?:the|my|a|our)\s+(?:[\w'-]+\s+){0,2}?(?:guy|woman|man|lady|girl|kid|family|neighbou?r|landlord|"
    r"mechanic|contractor|barber|hairdresser|plumber|trainer|babysitter|nanny|pastor|boss)\b"
    r"|\bmy\s+students'|\b(?:some|one|all|any|most|a\s+few)\s+of\s+(?:you|y'?all)\s+(?:in|from)\s+(?:[\w-]+\s+){0,3}?group\b"
    r"|\b(?:alongside|with)\s+(?:her|him|them)\s+in\s+(?:therapy|session|sessions)\b"
    r"|\b(?:someone|somebody|a\s+guy|a\s+girl|a\s+woman|a\s+man|one|half|most)\s+(?:from|on|in|of)\s+my\s+(?:[\w-]+\s+){0,2}?"
    r"(?:caseload|lineup|schedule|roster)\b"
    r"|\bone\s+of\s+(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:families|clients|patients|folks|regulars|counselees)\b"
    r"|\bmy\s+(?:(?:monday|tuesday|wednesday|thursday|friday)\s+)?\d{1,2}(?::\d\d)?\s?(?:am|pm)\b"
    r"|\b(?:clients?|patients?|client's|patient's|clients'|patients'|counselees?|caseload)\b"
    r"|\b(?:our|their|her|his)\s+(?:very\s+)?(?:first\s+|last\s+|final\s+)?sessions?(?:\s+(?:together|with\s+me))?\b"
    r"|\b(?:in\s+)?(?:therapy|session|sessions|counseling|counselling)\s+with\s+me\b|\bcame\s+to\s+(?:my|our)\s+(?:practice|office|clinic)\b"
    r"|\b(?:iop|php)\s+(?:crew|alumni|group)\b"
)
_WHO_WORDS = words("""
someone somebody guy girl gal woman man kid teen lady family couple mom dad student person fellow gentleman veteran widow
widower people folks families kids students ones one half most my client clients patient patients counselee counselees
caseload our their her his therapy session sessions counseling counselling came iop php everyone everybody
students you yall alongside with
""")

# Every form of _WHO has one of these words (or a clock time): a post without any names no client.
_WHO_NEED = words("""
client clients patient patients client's patient's clients' patients' counselee counselees caseload session sessions therapy
counseling counselling group groups families folks regulars practice office clinic iop php students see seeing saw treat
treated treating work worked working counsel counsels counseled counselled counseling sponsor lineup schedule roster program
""") | frozenset(n + s for s in ("am", "pm") for n in ["", *map(str, range(10)), *(f"{i:02d}" for i in range(100))])

# The act, by kind.  Each alternative needs a word of _ACT_WORDS.
_ACT = lazy_factored(
    r"(?P<tie>"
    # going out together
    r"\b(?:went|go|going|came|come|headed|took|take)\s+(?:out\s+)?(?:to|for)\s+(?:an?\s+|the\s+|some\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:karaoke|concert|tour|show|game|bar|drinks?|dinner|lunch|brunch|class|church|service|mass|party|wedding|movie|festival|"
    r"match|gig|pub|weddings|parties|concerts|games|shows|recitals)\b"
    r"|\b(?:went|go|going|took|take|taking|did|do)\s+(?!over\b|through\b)(?:[\w'-]+\s+){0,6}?together\b"
    r"|\b(?:karaoke|eras\s+tour|quincea\w+|vows|fish\s+fry|bachelorette|baby\s+shower|accountability\s+buddies|bleachers)\b"
    r"|\b(?:bought|buy|buying)\s+(?:her|him|them)\s+(?:an?\s+|some\s+)?(?:drinks?|shots?|beers?|rounds?|tequila|coffee|lunch|dinner)\b"
    r"|\b(?:said\s+yes|agreed)\s+to\s+(?:dinner|drinks|a\s+drink|coffee|a\s+date|(?:her|his|their)\s+(?:invite|invitation))\b"
    r"|\b(?:come|came)\s+(?:cheer|say\s+hi)\b|\b(?:see|seeing)\s+(?:you|y'?all)\s+(?:all\s+)?(?:at|there)\b"
    r"|\b(?:joined|joins)\s+(?:my|our|the)\s+(?:[\w-]+\s+){0,2}?(?:class|gym|team|church|league|club|studio)\b"
    r"|\bsame\s+(?:gym|studio|church|league|bar|class)\b|\balso\s+(?:go|goes)\s+to\b|\bis\s+on\s+me\b|\bmy\s+treat\b"
    r"|\bmoved\s+in\s+next\s+door\b|\b(?:bbq|barbecue|cookout|potluck|housewarming)\b|\bat\s+(?:my|his|her)\s+(?:place|house|home)\b"
    r"|\b(?:softball|bowling|kickball|trivia|volleyball|pickleball)\s+team\b"
    r"|\baccept(?:ed|ing)?\s+(?:\w+\s+)?(?:friend|follow)\s+requests?\s+from\b"
    # dating
    r"|\b(?:dating|matched\s+(?:on|with)|on\s+(?:hinge|tinder|bumble)|engaged|fancied|my\s+type|dimples)\b"
    # business
    r"|\b(?:ordered|order|bought|buy|buying|purchased|hired|hire|hiring)\s+(?:[\w'-]+\s+){0,6}?from\s+(?:her|him|them)\b"
    r"|\bvenmo\b|\bsupport\s+local\b|\bgo\s+support\b|\b(?:owes?|owed)\s+me\b|\bbarter\w*\b|\bpay\s+cash\b"
    r"|\b(?:lent|lend|lending|loaned|loan|spotted)\s+(?:her|him|them|(?:a|my|the)\s+client)\s+(?:\$|\d|money|cash|twenty|fifty|"
    r"his|her|their|my)"
    r"|\bfor\s+my\s+(?:course|business|podcast|shop|brand|etsy)\b|\b(?:editing|packing|running)\s+(?:[\w'-]+\s+){0,2}?for\s+my\b"
    r"|\bcommission\b|\bexclusive\s+rate\b|\bsold\s+(?:\d+|a\s+few|dozens\s+of)\s+(?:[\w'-]+\s+)?to\b|\bendorsed\b|\bgofundme\b"
    r"|\b(?:he|she|they)\s+\w+s,\s+i\s+do\s+(?:cbt|therapy|emdr|dbt|counseling|counselling)\b|\bcame\s+to\s+us\s+as\b|\b(?:lend|lent|loaned)\s+me\s+(?:his|her|their)\b|\b(?:order\s+sheet|fundraiser)\b"
    r"|\b(?:opening|open|opened)\s+the\s+(?:role|job|position)\s+to\b|\bbecome\s+(?:business\s+)?(?:partners|friends|customers)\b"
    r"|\b(?:bought|buy|buying)\s+(?:[\w'-]+\s+){1,6}?an?\s+\$\d+"
    # gifts
    r"|\b(?:gifted|handed|gave|dropped\s+off|brought|gift)\s+(?:me\s+)?(?:[\w'-]+\s+){0,4}?(?:tickets|gift\s+card|\$\d+|cash|"
    r"money|jewel\w*|watch|louis|designer|handbag|purse)|\b(?:season\s+tickets|spoil\s+me|not\s+turning\s+(?:that|it)\s+down)\b|\bshowed\s+up\s+(?:[\w'-]+\s+){0,3}?with\s+(?:half|a|an|some|two|three|homemade)\b"
    # watching clients' social media
    r"|\b(?:scroll\w*|stalk\w*|watch\w*|react\w*\s+to|peek\w*\s+at|look\w*\s+up|googl\w+|creep\w*\s+on|check\w*\s+(?:out\s+)?)"
    r"\s+(?:[\w'-]+\s+){0,4}?(?:instagram|insta|ig|facebook|fb|tiktoks?|stories|story|fyp|socials|profiles?|feeds?|posts)\b"
    r"|\bfinsta\b|\bfollow-?back\s+spree\b|\bpops?\s+up\s+on\s+(?:your|my)\s+fyp\b|\bfriend\s+everyone\b|\bfollows\s+my\s+page\b"
    # the client's family, coached or taught
    r"|\bcoach\w*\s+(?:my\s+)?(?:client's|patient's)\b"
    r")"
)
_ACT_WORDS = words("""
went go going came come headed took take taking did do karaoke eras quinceanera quinceañera vows fish bachelorette baby
accountability bleachers bought buy buying said agreed see seeing joined joins same my also is moved dating matched hinge
tinder bumble engaged fancied ordered order purchased hired hire hiring venmo support owe owes owed barter bartered bartering
pay lent lend lending loaned loan spotted for bbq barbecue cookout potluck housewarming at softball bowling
kickball trivia volleyball pickleball accept accepted accepting order fundraiser opening open opened become editing packing running commission exclusive sold endorsed gofundme gifted gift
handed gave dropped brought season spoil not showed coach coaches coaching coached dimples scroll scrolling scrolled stalk stalking
stalked watch watching watched react reacting reacted peek peeking look looked looking google googled googling creep creeping
check checking checked finsta follow followback pops pop friend follows
""")
# The act's words are broad; this narrower set must be present too.
_RARE = words("""
karaoke eras quinceanera quinceañera vows fish bachelorette accountability bleachers together venmo barter bartered bartering
owe owes owed lent lend lending loaned loan spotted commission exclusive sold endorsed gofundme gifted gift handed gave dropped
brought season spoil turning showed coach coaching coached dating matched hinge tinder bumble engaged fancied type dimples
ordered order purchased hired hire hiring support cash bought buy buying said agreed cheer hi see seeing joined joins same also
treat moved course business podcast shop brand etsy editing packing running concert tour show game bar drinks drink dinner lunch
brunch class church service mass party wedding movie festival match gig pub gym studio league us instagram insta ig facebook
cbt emdr dbt therapy counseling counselling
fb tiktok tiktoks stories story fyp socials profile profiles feed feeds posts finsta spree everyone page bbq barbecue
cookout potluck housewarming place home softball bowling kickball trivia volleyball pickleball accept accepted accepting
requests request fundraiser sheet role position partners customers friends weddings parties concerts games shows recitals
""")

_GATED = (Gated(_ACT, ((_ACT_WORDS, ("scroll", "stalk", "watch", "react", "peek", "look", "googl", "creep", "check", "quincea",
                                     "barter", "coach")),)),)
# A tie also needs a client word and a rarer word: a short post without them is
# dropped before the scan (offline_ties), and in a long text (an archive of
# posts) the pattern runs only in the paragraphs that have all three, where the
# act's words alone are in nearly every paragraph.  The two extra sets are the
# rule's context, not words the pattern cannot match without, hence the
# _IN_CONTEXT name (see tests/rules/support.gated_entries).
_GATED_IN_CONTEXT = (Gated(_ACT, _GATED[0].need + (_WHO_NEED, _RARE)),)

_REFUSE = lazy_factored(r"\b(?:declin\w+|refus\w+|turn(?:ed)?\s+(?:it\s+|them\s+|her\s+|him\s+)?down|said\s+no|say\s+no|politely|"
    r"policy|policies|won'?t|wouldn'?t|don'?t|didn'?t|never|shouldn'?t|not\s+(?:with|from|to)|avoid\w*|boundar\w+\s+(?:is|are)|"
    r"ethic\w*\s+(?:says?|code|board|question|dilemma)|hypothetical|composite|vignette|case\s+study|scenario|what\s+would\s+you\s+do|"
    r"how\s+do\s+you|how\s+would\s+you|what\s+do\s+you\s+do|is\s+it\s+(?:ok|okay|ethical|allowed)\s+to|"
    r"supervis\w+|consult\w*|document\w*|handle|handling|referr\w+|refer(?:red)?\s+(?:her|him|them)|before\s+(?:starting|therapy))\b")
# A friend, a relative or the author's family is not a client: "my best friend opened her bakery".
_OWN = lazy_factored(r"\bmy\s+(?:best\s+)?(?:friend|friends|sister|brother|mom|mum|dad|husband|wife|partner|cousin|aunt|uncle|"
    r"daughter|son|kid|kids|neighbou?r|roommate|colleague|coworker|boss|supervisor)\b")
# "when" counts only at the start of its clause: "when a client invites you" but not "we met when he came to my practice"
_CONDITION = lazy_re(r"\b(?:if|whether|should|unless|what\s+if)\b|^\W*(?:when|whenever)\b")
# "for"/"to" just before a client word: "(office closed Monday for clients)" is a notice (shared with client_connection).
FOR_BEFORE = lazy_re(r"\b(?:for|to)\s+$")
_COLLEAGUES = lazy_factored(r"\b(?:your|their|other\s+\w+'?s?)\s+(?:[\w-]+\s+)?(?:clients?|patients?|caseload)\b")
_SESSION_ONLY = lazy_re(r"(?:our|their|her|his)\s+(?:very\s+)?(?:first\s+|last\s+|final\s+)?sessions?(?:\s+(?:together|with\s+me))?")


def offline_ties(post):
    """(start, end) spans of ties with someone the author treats."""
    text = post.text
    present = word_set(post)
    if _WHO_NEED.isdisjoint(present) or _RARE.isdisjoint(present):
        return
    for m in gated_matches(post, _GATED_IN_CONTEXT):
        start, end = m.start(), m.end()
        s, e = post.sentence(start)
        lo, hi = max(s, start - 160), min(e, end + 160)
        who = None
        for w in _WHO.finditer(text, lo, hi):
            who = w
            break
        if who is None and s > 0:
            ps, _ = post.sentence(s - 1)
            if ps > 0 and s - ps < 12:  # "Dr." or "!!" split a sentence off: look one further back
                ps, _ = post.sentence(ps - 1)
            who = _WHO.search(text, max(ps, s - 160), s)
            lo = max(ps, s - 160) if who else lo
        if who is None and e < len(text):
            _, ne = post.sentence(e)
            who = _WHO.search(text, e, min(ne, e + 160))
            if who is not None and FOR_BEFORE.search(text, max(e, who.start() - 12), who.start()):
                who = None  # "(office closed Monday for clients)": a notice, not the company
            hi = min(ne, e + 160) if who else hi
        if who is None:
            continue
        if _SESSION_ONLY.fullmatch(who.group(0)) and m.group(0).endswith("together"):
            continue  # "what we did together in our sessions" is therapy itself
        if post.negated(start, 60) or post.negated(who.start(), 40) or _CONDITION.search(post.clause_before(who.start(), 60)):
            continue
        if _REFUSE.search(text, lo, min(len(text), hi + 60)):
            continue
        if _COLLEAGUES.search(text, max(0, who.start() - 16), who.end()):
            continue
        if _OWN.search(text, max(s, start - 80), start) and not _WHO.search(text, max(s, start - 80), start):
            continue
        yield min(start, who.start()), max(end, who.end())
