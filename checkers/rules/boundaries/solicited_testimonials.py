"""boundaries/solicited-testimonials: asking clients for reviews or testimonials.

Sources: APA Ethics Code 5.05 (no testimonials solicited from current
clients or others vulnerable to undue influence) and 3.05 (multiple
relationships); APA Social Media Guideline 2.4; ACA Code of Ethics C.3.b
(testimonials).
"""

import re

from ...engine.registry import Hit, rule
from ...engine.lazy import lazy_re
from ..lexicon import Gated, gated_matches, lazy_factored, word_set, words

_REVIEW = (
    r"(?:(?:quick|honest|glowing|positive|good|great|kind|short|little|5|five|5-star|five-star|google|yelp|facebook|fb|"
    r"healthgrades|zocdoc|psychology\s+today|star|video|written|linkedin|\w+-star)\s+|\d?\s*\u2b50+\s*){0,3}(?:reviews?|testimonials?|ratings?|recommendations?|endorsements?)"
)

_PATTERN = lazy_factored(r"\b(?:leave|write|post|give|drop|share|send|submit|record|film|add|jot)(?:\s+(?:us|me))?(?:\s+(?:a|an|your|some))?\s+" + _REVIEW + r"\b"
    r"|\b(?:review|rate)\s+(?:us|me|our\s+practice|the\s+practice)\b|\b(?:5|five)[- ]stars?\s+(?:for|on)\s+(?:us|me|google|yelp)\b"
    r"|\b(?:a\s+)?(?:review|testimonial)s?\s+(?:would|will)\s+(?:mean|help)\b|\bwe'?d\s+love\s+(?:a|your)\s+(?:\w+\s+)?(?:review|testimonial)s?\b"
    r"|\bin\s+(?:exchange|return)\s+for\s+(?:a|an|your)\s+(?:\w+\s+)?(?:review|testimonial|rating)s?\b"
    r"|\b(?:share|tell\s+us|send\s+(?:us|me))\s+(?:your\s+)?(?:success\s+)?stor(?:y|ies)\s+(?:for|on)\s+(?:our|my)\s+"
    r"(?:website|page|site|testimonials?\s+page)\b"
    r"|\bsend\s+(?:us|me)\s+your\s+testimonials?\b|\bvideo\s+testimonials?\s+wanted\b"
    # "I'd be so grateful for a Google review"
    r"|\b(?:would|'d)\s+(?:be\s+(?:so\s+|really\s+|very\s+|super\s+|forever\s+)?(?:grateful|thankful)|(?:really\s+|so\s+)?(?:love|appreciate))"
    r"\s+(?:for\s+|it\s+if\s+you\s+left\s+)?(?:a|an|your|some)\s+(?:\w+\s+)?(?:reviews?|testimonials?|ratings?|"
    r"linkedin\s+(?:recommendations?|endorsements?))\b"
    # an incentive for a review: "a free session to anyone on my caseload who posts one"
    r"|\b(?:offer\w*|give|giving|get|gets|earn|earns|win|wins)\s+(?:(?:you|them|clients?|patients?|anyone|everyone|a|an|one)\s+){0,2}"
    r"(?:free\s+(?:session|month|consult\w*)|(?:\$\d+|\d+\s*%)\s+(?:off|gift\s+cards?|discount|credit)|gift\s+cards?|discount)"
    r"[^.!?\n]{0,60}?\bwho\s+(?:posts?|leaves?|writes?|gives?|drops?|shares?)\b"
    r"|\b(?:copay|co-pay|next\s+session|session\s+fee)\s+(?:is\s+|are\s+)?(?:on\s+us|on\s+me|on\s+the\s+house|free|waived)\b"
    r"|\bwaive\s+(?:your|the|their)\s+(?:next\s+)?(?:copay|co-pay|fee)\b"
    # "endorse me on LinkedIn", "vouch for me on my new coaching page"
    r"|\b(?:endorse|endorsed|endorsing|vouch\s+for|recommend)\s+me\s+(?:[\w'-]+\s+){0,3}?on\s+(?:linkedin|google|yelp|facebook|my\s+\w+\s+page)\b"
    # published testimonials from people in care: "video testimonials from three of our current clients"
    r"|\b(?:our|my)\s+(?:current\s+)?(?:clients?'?|patients?'?)\s+(?:\w+\s+)?testimonials?\b"
    r"|\btestimonials?\s+(?:from|by)\s+(?:(?:\w+\s+){0,2}of\s+)?(?:our|my)\s+(?:current\s+|own\s+|active\s+)?(?:clients?|patients?)\b"
    # a testimonial by another name: "write a few lines about your experience for our website"
    r"|\b(?:write|share|send|record|tell\s+us|give\s+us|jot\s+down)\s+(?:us\s+|me\s+)?(?:a\s+few\s+(?:lines|words|sentences)|"
    r"a\s+(?:short\s+|quick\s+|little\s+)?(?:note|paragraph|blurb|quote|video|clip)|your\s+(?:\w+\s+)?(?:story|experience|thoughts|journey|"
    r"words))\s+(?:[\w'-]+\s+){0,5}?(?:for|on|to\s+put\s+on)\s+(?:our|my)\s+(?:new\s+)?(?:website|site|web\s+page|page|instagram|"
    r"brochure|marketing|ads?|profile|testimonials?(?:\s+page)?|homepage|socials?|flyer)\b")
_REVIEW_WORD = lazy_factored(r"\b(?:reviews?|testimonials?|ratings?|recommend\w*|endors\w+|vouch|stars?)\b|\u2b50")
_REWARD_LED = lazy_re(r"(?:offer|give|giving|get|gets|earn|win|copay|co-pay|next|session|waive)")
_WARNING = lazy_factored(r"\b(?:violat\w+|unethical|prohibit\w*|(?:not|isn'?t|aren'?t)\s+allowed|against\s+(?:the\s+)?(?:code|rules|"
    r"ethics|apa|aca|guidelines?)|don'?t\s+do\s+(?:it|this|that)|never\s+do\s+(?:it|this|that)|illegal|a\s+red\s+flag)\b")
_THANKS = lazy_factored(
    r"\b(?:thanks?|thank\s+you|appreciate\s+(?:you|it|that)|grateful\s+(?:you|that))\b[^.!?\n]{0,40}?\b(?:taking|took|for)\b"
)
_NOT_CLINICAL = lazy_factored(r"\b(?:book|novel|podcast|episode|album|course|app|workbook|show|channel|cookbook|recipe|webinar|workshop|"
    r"conference|restaurant|product|journal\s+article|paper|manuscript)\b"
)
_INCENTIVE = lazy_factored(r"\b(?:gift\s+cards?|discount|\d+\s*%\s+off|off\s+(?:your|their)\s+next|free\s+(?:session|month|consult\w*)|"
    r"entered\s+(?:to|into)|raffle|giveaway|prize|coupon|credit|reward|win|drawing|swag|merch)\b|\$\d"
)


# A post-level gate before the pattern (a set of every word a form may need would hold the
# common "who", "session", "page" and "share"): each form of _PATTERN needs one of _RARE,
# or one of these pairs of words.  Keep in step with _PATTERN.
_RARE = words("""
review reviews testimonial testimonials rating ratings recommendation recommendations endorsement endorsements
rate star stars copay waive endorse endorsed endorsing vouch recommend
""")
_DESTINATION = words("website site web page instagram brochure marketing ad ads profile homepage social socials flyer")
_PAIRS = (
    (words("story stories"), _DESTINATION),  # "share your story for our website"
    (_DESTINATION, words("write share send record tell give jot")),  # "write a few lines for our website"
    (words("session"), words("next fee")),  # "your next session is on us"
    (words("co"), words("pay")),  # "co-pay waived"
)
# "a $20 discount to anyone who posts": the reward may run into a longer word ("discounted").
_REWARD_STEMS = ("free", "off", "gift", "discount", "credit")


_PAIR_FIRSTS = frozenset().union(*(a for a, _ in _PAIRS)) | {"who"}

# Where _possible needs one of _RARE or a pair of words, the pattern needs a word from each of
# these two sets (one word of every pair in each): in a long text it runs only in the
# paragraphs that have both, which skips most paragraphs with "who" or "session".
_EITHER_OF_PAIR = (
    _RARE | _DESTINATION | words("next fee pay who"),
    _RARE | words("story stories write share send record tell give jot session co who"),
)
_GATED = (Gated(_PATTERN, _EITHER_OF_PAIR),)


def _possible(post) -> bool:
    present = word_set(post)
    if not _RARE.isdisjoint(present):
        return True
    if _PAIR_FIRSTS.isdisjoint(present):
        return False
    for a, b in _PAIRS:
        if not a.isdisjoint(present) and not b.isdisjoint(present):
            return True
    return "who" in present and any(stem in post.text for stem in _REWARD_STEMS)


@rule(
    id="boundaries/solicited-testimonials",
    title="Asking clients for reviews or testimonials",
    severity="warning",
    flags="Requests for reviews, ratings or testimonials from the people a practice serves (\"leave us "
          "a 5-star review\", \"share your success story for our website\", \"I'd be grateful for a LinkedIn "
          "recommendation\"), especially with an incentive (discounts, gift cards, prize draws, a free session "
          "or waived copay), and publishing testimonials from current clients.",
    why="Clients are open to influence by their therapist: they may not feel free to refuse, and a "
        "review confirms publicly that they are a client. Incentives add pressure and make the reviews "
        "misleading to others.",
    example="Leave a 5-star review this month and you'll be entered to win a $50 gift card!",
    fine="We don't ask clients for reviews or testimonials. If you have feedback, our practice manager would welcome a call.",
    instead="Don't ask. If the practice is listed on review sites, let reviews come unprompted and reply "
            "without confirming anyone is a client.",
    sources="APA Ethics Code 5.05, 3.05; APA Social Media Guideline 2.4; ACA Code of Ethics C.3.b",
    message="This asks for reviews or testimonials. Clients can feel obliged to say yes, and a review "
            "publicly confirms the treatment relationship.",
)
def detect(post):
    if not _possible(post):
        return
    text = post.text
    for m in gated_matches(post, _GATED):
        start, end = m.start(), m.end()
        if post.negated(start, 60) or post.in_quotes(start, end):
            continue
        if _THANKS.search(text, max(post.sentence(start)[0], start - 80), start):
            continue  # "thanks for taking the time to leave a review" thanks, it does not ask
        if re.search(r"\b(?:soliciting|solicit|ask(?:ing)?\s+for)\b", post.clause_before(start, 40)) and \
                re.search(r"\bno\b|\bnever\b|n't\b", post.clause_before(start, 60)):
            continue
        ss, se = post.sentence(start)
        if _WARNING.search(text, ss, min(len(text), se + 60)):
            continue  # "offering a free session for a review violates 5.05"
        if _REWARD_LED.match(m.group(0)) and not _REVIEW_WORD.search(m.group(0)) and not _REVIEW_WORD.search(text, max(0, start - 200), min(len(text), end + 200)):
            continue  # a waived copay or a "who posts" reward means something only beside a review request
        window = post.window(start, end, 80, 80)
        if _NOT_CLINICAL.search(window) and not re.search(r"\b(?:sessions?|therapy|practice|clinic|counsel\w*|clients?|patients?)\b", window):
            continue
        if _INCENTIVE.search(post.window(start, end, 160, 200)):
            yield Hit(start, end, message="This asks for reviews or testimonials and offers something in return. "
                                          "Clients can feel obliged to say yes, an incentive adds pressure and makes "
                                          "the reviews misleading, and a review confirms the treatment relationship.")
        else:
            yield Hit(start, end)
