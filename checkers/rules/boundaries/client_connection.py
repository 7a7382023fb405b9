"""boundaries/client-connection: personal, social or business ties with clients online.

Sources: APA Social Media Guideline 2.4 (avoid contact with current or past
clients on social media); APA Ethics Code 3.05 (multiple relationships); ACA
Code of Ethics H.6.a (separate professional and personal virtual presence);
AAMFT Code of Ethics 1.3 (multiple relationships); FSMB, Social Media and
Electronic Communications (2019): no friend requests with current or former
patients.
"""

import re

from ...engine.registry import Hit, rule
from ...engine.lazy import lazy_re
from ..lexicon import Gated, gated_matches, lazy_factored, word_set, words
from .offline_ties import FOR_BEFORE, offline_ties

_CLIENT = (
    r"(?:(?:current|former|past|ex-|old|new|teen|adult|couples?|longtime|long-time|fave|favou?rite|sweetest|my|our|a|one|"
    r"some|several|all|any|two|three)\s+){0,3}(?:clients?|patients?|counselees?|kiddos?|clients'|patients')"
)
_SEEING = (
    r"(?:(?:who|whom|someone|somebody|one|a\s+(?:client|patient|teen|kid|kiddo|mom|dad|man|woman|guy|lady|family|couple|"
    r"veteran|student))\s+(?:i|we)(?:'ve|\s+have|'m|\s+am)?\s+(?:been\s+)?(?:seeing|treating|counsel\w+|see|treat|prescribe\s+for|"
    r"saw|treated)(?:\s+in\s+therapy)?"
    r"|one\s+of\s+my\s+(?:[\w-]+\s+){0,2}?(?:ladies|guys|folks|gentlemen|regulars|teens|kids)"
    r"|(?:his|her|their)\s+(?:session|appointment|intake)"
    r"|(?:my|our)\s+(?:[\w-]+\s+){0,3}?(?:skills|dbt|therapy|support|process|iop|grief|recovery|anger|trauma|parenting|teen|"
    r"adolescent|group\s+therapy|women's|men's|moms|mothers|dads|parents|caregivers?|survivors?|veterans?|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\s+groups?\b|(?:my|our)\s+(?:group|caseload)\s+(?:members|folks|crew|fam)"
    r"|(?:clients?|patients?)\s+of\s+(?:mine|ours))"
)

# Personal accounts and personal platforms.
_PERSONAL = (
    r"(?:my\s+)?(?:personal|private|own|real|second|finsta|spam)\s+(?:ig|insta|instagram|facebook|fb|snap(?:chat)?|tiktok|"
    r"account|page|profile|twitter|x|linkedin|whatsapp|number|socials?)"
)

_CLIENT_WORDS = words("""
prescribe saw treated ladies guys folks gentlemen regulars teens kids session appointment intake
client clients patient patients counselee counselees kiddo kiddos seeing treating see treat counsel counseling
counselling counseled counselled group groups caseload
""")
_ACT_WORDS = words("""
friend friended friending friends besties bffs follow followed following follows followback followbacks add added adding accept
accepted accepting accepts dm dmd dmed dming slid messaged messaging tagged tagging mutuals connected
""")
_PERSONAL_WORDS = words("personal private own real second finsta spam snap snapchat facebook fb")
_SOCIAL_WORDS = words("""
birthday party wedding bbq barbecue cookout housewarming shower night coffee dinner sleepover hour club place brunch
lunch drinks drink beer hung hanging went godmother godfather godparent bridesmaid maid man officiant officiate
babysit babysits babysitting babysitter babysitters babysat pet petsit petsits petsitting petsitter petsitters house
housesit housesits housesitting housesitter housesitters funeral graduation grab grabbing grabbed grabs picnic potluck gala launch invite
invited inviting invites
""")
_BUSINESS_WORDS = words("""
co cofound cofounds cofounded cofounder cofounders cofounding business invest invested investing partnered partnering
company startup hired hire hiring employ employed employing bought buy buying borrowed borrow borrowing sold sell
selling lent lend lending rent rented renting realtor contractor accountant lawyer stylist hairdresser barber mechanic
trainer landlord tenant employee nanny babysitter dentist boss get gets receive shop store hustle
""")
# Every business form names a venture ("co-founded", "side hustle") or the client it is done with.
_VENTURE_OR_CLIENT = words("""
co cofound cofounds cofounded cofounder cofounders cofounding business invest invested investing company startup hustle
shop store partnered partnering client clients patient patients someone somebody
""")

_GATED = (
    # connection acts with a client in the same sentence (checked in code)
    Gated(lazy_factored(r"(?P<act>\b(?:friend(?:ed|ing|s)?\s+(?:request|requests|me|them|her|him|my|a|one|clients?|patients?)|friend\s+requests?|"
        r"follow(?:ed|ing|s)?\s+(?:back|them\s+back|her\s+back|him\s+back|each\s+other|clients?|patients?)|follow-?backs?|"
        r"follow(?:ed|ing|s)?\s+(?:a|my|one|her|his|their|two|some|several|all|most)\s+(?:[\w'-]+\s+){0,4}?(?:clients?|patients?)|"
        r"follow(?:ed|ing|s)?\s+(?:[\w'-]+\s+){0,6}?on\s+(?:instagram|ig|insta|tiktok|facebook|fb|twitter|x|snapchat|snap|linkedin)|"
        r"follow(?:ed|s)?\s+me\s+on\s+my\s+(?:personal|private|real|own|finsta|spam|second)\s+(?:[\w-]+\s+)?(?:account|page|profile|ig|insta)|"
        r"(?:we'?re|we\s+are|we'?ve\s+become)\s+(?:basically\s+|practically\s+|kind\s+of\s+|kinda\s+|literally\s+|actual\s+|real\s+|now\s+)?"
        r"(?:besties|bffs|friends\s+now|(?:good\s+|close\s+|real\s+|actual\s+)?friends\s+(?:irl|outside|now))|"
        r"(?:i|we)\s+follow\s+(?:you\s+|y'?all\s+)?back|"
        r"(?:became|become|are|be|being|stay(?:ed)?)\s+friends\s+with|"
        r"add(?:ed|ing)?\s+(?:me|them|her|him|my|a|one)\s+(?:back\s+)?on\b|accept(?:ed|ing|s)?\s+(?:a|her|his|their|the|my|[a-z]+'s)\s+"
        r"(?:friend|follow|connection)\s+request|dm'?(?:ed|d|ing)?\s+(?:a|my|one|her|him|them|the)\b|slid\s+into\s+(?:a|my|her|his|their)|"
        r"messag(?:ed|ing)\s+(?:a|my|one|her|him|them)\s+(?:former\s+|current\s+|past\s+)?(?:clients?|patients?)?\s*on\s+"
        r"(?:instagram|ig|facebook|fb|tiktok|snapchat|twitter|x|whatsapp|messenger)|"
        r"tag(?:ged|ging)\s+(?:my|our|a|one)\s+(?:\w+\s+){0,2}?(?:clients?|patients?)|mutuals\s+with|(?:we'?re|we\s+are|are\s+now|now)\s+(?:\w+\s+)?mutuals|connected\s+with\s+(?:a|my)\s+"
        r"(?:\w+\s+)?(?:clients?|patients?)\s+on)\b)"), (_ACT_WORDS,)),
    # an invitation to personal accounts
    Gated(lazy_factored(r"(?P<personal>\b(?:follow|add|find|friend|connect\s+with|dm|message|follow\s+along\s+on)\s+(?:me\s+)?(?:on\s+|at\s+)?" + _PERSONAL + r"\b"
        r"|\badd\s+me\s+on\s+(?:snap(?:chat)?|facebook|fb|my\s+personal)\b|\b(?:my|our)\s+" + _PERSONAL + r"\s+(?:is|too|as\s+well)\b)"), (_PERSONAL_WORDS,)),
    # social events and outings
    Gated(lazy_factored(r"(?P<social>\b(?:birthday\s+(?:drinks|dinner|bash|brunch|celebration|night|karaoke)|birthday\s+party|party|wedding|bbq|barbecue|cookout|housewarming|baby\s+shower|game\s+night|coffee\s+date|"
        r"dinner\s+party|sleepover|girls'?\s+night|happy\s+hour|book\s+club|my\s+place|brunch|(?:coffee|lunch|dinner|"
        r"drinks|a\s+drink|a\s+beer)\s+(?:date\s+)?with|hung\s+out\s+with|hanging\s+out\s+with|went\s+(?:out|shopping|hiking)\s+with|"
        r"godmother|godfather|godparent|bridesmaid|maid\s+of\s+honou?r|best\s+man|officiant|officiate|babysit(?:s|ting|ter|ters)?|babysat|pet-?sit(?:s|ting|ter|ters)?|"
        r"house-?sit(?:s|ting|ter|ters)?|(?:her|his|their)\s+(?:wedding|funeral|graduation\s+party|baby\s+shower)|"
        r"grab(?:bing|bed|s)?\s+(?:a\s+|some\s+)?(?:iced\s+)?(?:coffees?|lunch|dinner|drinks?|smoothies?|bite|food|brunch|breakfast|"
        r"beers?|tacos|lattes?)(?:\s+with)?|picnic|potluck|gala|book\s+launch|launch\s+party|"
        r"invit(?:e|ed|ing|es)\s+(?:[\w,'-]+\s+){0,5}?(?:clients?|patients?)[^.!?\n]{0,40}?\bto\s+(?:my|our))\b)"), (_SOCIAL_WORDS,)),
    # business dealings
    Gated(lazy_factored(r"(?P<business>\b(?:co-?found(?:s|ed|er|ers|ing)?|business\s+partners?|(?:going|went|go)\s+into\s+business|invest(?:ed|ing)?\s+in|"
        r"(?:start|started|starting|launch|launched|launching|open|opened|opening)\s+(?:a|my|our)\s+(?:[\w-]+\s+){0,2}?(?:business|company|startup|"
        r"side\s+hustle|shop|store)|partner(?:ed|ing)\s+with)\b"
        r"|\b(?:hired|hire|hiring|employ|employed|employing|(?:bought|buy|buying|borrowed|borrow|borrowing)\s+(?:[\w'-]+\s+){0,3}?from|"
        r"(?:sold|sell|selling|lent|lend|lending)\s+(?:[\w$.,'-]+\s+){0,3}?to|(?:rent|rented|renting)\s+(?:[\w'-]+\s+){0,3}?(?:to|from))\s+"
        r"(?:(?:a|my|one|our|two|some|several)\s+(?:[\w'-]+\s+){0,3}?(?:clients?|patients?)|(?:someone|somebody)\s+(?:i|we)\s+"
        r"(?:see|treat|counsel|work\s+with|prescribe\s+for))\b"
        r"|\b(?:clients?|patients?)\s+(?:[\w'-]+\s+){0,3}?(?:get|gets|receive)\s+(?:a\s+)?(?:\d+\s*%|discount)[^.!?\n]{0,30}?\bat\s+my\b"
        r"|\bmy\s+(?:client|patient)\s+(?:is|was)\s+(?:also\s+)?(?:my|our)\s+(?:realtor|contractor|accountant|lawyer|stylist|"
        r"hairdresser|barber|mechanic|trainer|landlord|tenant|employee|nanny|babysitter|dentist|boss|business\s+partner)\b)"), (_BUSINESS_WORDS, _VENTURE_OR_CLIENT)),
    # things offered to clients outside therapy: first dibs, a family discount, "any of my clients need a roof?"
    # (each form ends in its own \b, inside the group, so the forms can be rewritten to start on their words)
    Gated(lazy_factored(r"(?P<offer>\b(?:clients?|patients?)\s+(?:[\w'-]+\s+){0,3}?(?:get|gets|receive|have|can\s+have)\s+"
        r"(?:first\s+dibs|dibs|first\s+pick|first\s+refusal|first\s+crack|(?:a\s+)?(?:special\s+|client\s+|family\s+|friends?\s+)?discount|"
        r"\d+\s*%\s+off|a\s+special\s+price|a\s+(?:sweet\s+|good\s+)?deal)\b"
        r"|\b(?:any|all)\s+(?:of\s+)?(?:my\s+|our\s+)?(?:current\s+|former\s+|past\s+|old\s+)?(?:clients?|patients?)\s+"
        r"(?:need|needs|want|wants|looking\s+for|interested\s+in|in\s+the\s+market\s+for|shopping\s+for)\b"
        r"|\b(?:get|give|gets|giving)\s+(?:you|y'?all|them)\s+(?:the|a|my)\s+(?:family|friends?(?:\s+and\s+family)?|client|special|insider)\s+"
        r"(?:discount|rate|price|deal)\b)"),
        (words("dibs pick refusal crack discount off price deal need needs want wants looking interested market shopping rate"),
         words("get gets receive have any all give giving"))),
)
# A sale, a product or a side business, offered where clients are the audience (checked in code).
_SALE_WORDS = words("""
selling sell sale off code ambassador etsy shop store business hustle gig mlm consultant distributor rep dibs discount
""")
_GATED = _GATED + (
    Gated(lazy_factored(r"(?P<sale>\b(?:i'?m\s+(?:now\s+|finally\s+|officially\s+)?selling|now\s+selling|for\s+sale|(?:moving|garage|yard|"
        r"estate|office)\s+sale|\d+\s*%\s+off|(?:discount|promo|coupon)\s+code|use\s+(?:my\s+)?code|(?:client|family|friends?)\s+discount|"
        r"(?:brand\s+)?ambassador|my\s+(?:etsy|online\s+shop|shop|store|small\s+business|side\s+(?:business|hustle|gig)|mlm)|"
        r"(?:independent\s+)?(?:consultant|distributor|rep)\s+for|first\s+dibs)\b)"), (_SALE_WORDS,)),
)
# Each entry above lists its rarest word set first: a post with none of those words can match no pattern.
_FIRST_NEEDS = frozenset().union(*(g.need[0] for g in _GATED))
# The invitation to personal accounts alone, for posts that name no client (a constant tuple:
# gated_matches caches its plan per tuple).
_PERSONAL_ONLY = _GATED[1:2]
_CLINICAL_PRICE = lazy_factored(r"\b(?:sessions?|intakes?|appointments?|telehealth|assessments?|evaluations?|visits?|consult\w*|"
    r"sliding\s+scale|copays?|groups?|workshops?|courses?)\b")
_OTHERS_CLIENTS = lazy_factored(r"\b(?:your|their|her|his|other\s+(?:therapists|clinicians|people)'?s?)\s+(?:\w+\s+)?(?:clients?|patients?)\b")
# What makes an offer commercial rather than clinical.
_COMMERCE = lazy_factored(r"\b(?:business|side\s+hustle|discount|deal|price|prices|priced|selling|sell|sale|buy|order|dibs|shop|store|"
    r"products?|oils|leggings|skincare|ambassador|realtor|listing|roof\w*|contracting|dm\s+me|message\s+me|venmo|cash|"
    r"join\s+my|waive\w*|membership|gym|studio|first\s+month|code|etsy|"
    r"furniture|chair|couch|desk|car|house)\b|\$\d")
_CLINICAL_OFFER = lazy_factored(r"\b(?:session|sessions|group|groups|workshop|appointment|appointments|slot|slots|spot|spots|waitlist|"
    r"sliding\s+scale|telehealth|intake|therapy|assessment|evaluation)\b")
_CLIENT_RE = lazy_factored(r"\b" + _CLIENT + r"|\b" + _SEEING)
_WELCOME = lazy_factored(r"\b(?:welcome|invited?|inviting|come|join|bring|celebrat\w*|with|rsvp|feel\s+free|open\s+to|all\s+|asked\s+me|"
    r"said\s+yes|agreed|going|went|attend\w*|honou?red|be\s+(?:her|his|their)|the\s+address|y'?all|you\s+all|see\s+you\s+there)\b")
# An event named on its own needs an invitation or attendance nearby to be a social tie;
# "coffee with", "grabbing lunch", "godmother" are ties by themselves.
_EVENT = lazy_re(
    r"birthday\s+(?:drinks|dinner|bash|brunch|celebration|night|karaoke)|birthday\s+party|party|wedding|bbq|barbecue|cookout|housewarming|baby\s+shower|game\s+night|coffee\s+date|"
    r"dinner\s+party|sleepover|girls'?\s+night|happy\s+hour|book\s+club|my\s+place|brunch|picnic|potluck|gala|book\s+launch|"
    r"launch\s+party"
)
_COMPANION = lazy_re(r"\s+(?:[\w'-]+\s+){0,4}?(?:clients?|patients?|counselees?|kiddos?)\b")
_TOGETHER = lazy_factored(r"\b(?:we|us|together|both)\b")
# A list under a "never" heading: "things I will never do as a therapist: 1. ... 2. follow my clients"
_NEVER_LIST = lazy_re(r"\b(?:never|don'?t|won'?t|avoid|shouldn'?t|not)\b[^:\n]{0,80}:")
_DECLINE = lazy_factored(r"\b(?:declin\w+|ignor(?:e|ed)|delet\w+|reject\w*|turn(?:ed)?\s+(?:it\s+)?down|said\s+no|policy|politely|redirect\w*|"
    r"won't\s+accept|don't\s+accept|didn't\s+accept|not\s+accept|unfollow\w*|blocked)\b"
)
_POLICY = lazy_factored(r"\b(?:won'?t|don'?t|do\s+not|will\s+not|never)\s+accept\b|\bi\s+(?:say\s+no|decline)\b|\bsocial\s+media\s+policy\b"
    r"|\bhow\s+do\s+you\s+(?:all\s+)?handle\b")
_NOT_WITH = lazy_re(r"[^.!?\n]{0,20}?[(,\u2014-]\s*not\s+with\b")
_LENT_BOOK = lazy_re(r"\blent\s+(?:my|a|her|him|the)\s+(?:copy|book)")
_CONDITION = lazy_factored(r"\b(?:if|when|whenever|whether|should|can|could|what\s+(?:to|if|do))\b")
_ACCEPTED = lazy_factored(r"\baccept(?:ed|ing)\b|\bfollowed\b|\badded\b|\bsaid\s+yes\b")


@rule(
    id="boundaries/client-connection",
    title="Connecting with clients on personal or social terms",
    severity="warning",
    flags="Friending, following, adding, tagging or messaging clients on social media; inviting clients "
          "to personal accounts or events; social outings and business deals with clients; selling to "
          "clients or offering them deals (\"former clients get first dibs\", \"DM me for the client discount\"); "
          "ties offline with anyone the author treats (\"a family I see\", \"my 2pm\"): outings and events together, "
          "buying from or paying each other, valuable gifts, dating, and checking their social media. A stated "
          "policy (\"I don't accept friend requests from current or former clients\") is not flagged.",
    why="Online connections turn a professional relationship into a personal one: clients see the "
        "clinician's private life, the clinician sees theirs, and others can infer who is a client. "
        "Codes advise separate personal and professional presences and no social-media contact with "
        "current or past clients.",
    example="Clients are welcome to follow my personal Instagram, I love seeing what you're up to!",
    fine="I don't accept friend requests from current or former clients; it protects your privacy.",
    instead="Keep clients to the practice's professional page, if any, and say so in a social-media "
            "policy that is part of informed consent. Decline requests kindly and discuss them in session.",
    sources="APA Social Media Guideline 2.4; APA Ethics Code 3.05; ACA Code of Ethics H.6.a; AAMFT Code "
            "of Ethics 1.3; FSMB Social Media and Electronic Communications (2019)",
    message="This describes or invites a personal connection with clients. Social, personal or "
            "business ties alongside therapy create a dual relationship and expose who is a client.",
)
def detect(post):
    yield from _connections(post)
    yield from _offline(post)


def _offline(post):
    for start, end in offline_ties(post):
        yield Hit(start, end)


def _connections(post):
    text = post.text
    # Every kind but an invitation to personal accounts needs a client named
    # nearby (checked below); with no client word in the post, only that can fire.
    present = word_set(post)
    if _FIRST_NEEDS.isdisjoint(present):
        return
    gated = _GATED if not _CLIENT_WORDS.isdisjoint(present) else _PERSONAL_ONLY
    for m in gated_matches(post, gated):
        start, end = m.start(), m.end()
        kind = m.lastgroup
        if post.negated(start, 60):
            continue
        s, e = post.sentence(start)
        lo, hi = max(s, start - 120), min(e, end + 120)
        # A client must be in the same sentence, or in the previous one for invitations.
        client = _CLIENT_RE.search(text, lo, hi)
        if kind == "offer":
            if not _COMMERCE.search(text, max(0, start - 200), min(len(text), end + 250)) \
                    or _CLINICAL_OFFER.search(text, end, min(e, end + 50)):
                continue  # "clients get a sliding-scale spot" is the practice's own service
        if kind == "sale" and _CLINICAL_PRICE.search(text, max(s, start - 60), min(e, end + 60)):
            continue  # "20% off your first session" is the practice's own pricing
        if client is None and kind in ("personal", "social", "business", "offer", "act", "sale"):
            # Invitations often name the audience in the sentence before or after:
            # "Birthday party at my place Saturday! Clients are welcome."
            if s > 0:
                ps, _ = post.sentence(s - 1)
                client = _CLIENT_RE.search(text, max(ps, s - 120), s)
            if client is None and e < len(text) and kind != "act":
                _, ne = post.sentence(e)
                client = _CLIENT_RE.search(text, e, min(ne, e + 120))
                if client is not None and FOR_BEFORE.search(text, max(e, client.start() - 12), client.start()):
                    client = None  # "(office closed Monday for clients)": a notice, not the company
                if client is not None:
                    lo, hi = lo, min(ne, e + 120)
        if client is None:
            if kind == "personal" and re.match(r"add\s+me\s+on\s+snap", m.group(0)):
                yield Hit(start, end)
            continue
        if kind in ("sale", "offer") and _OTHERS_CLIENTS.search(text, max(0, client.start() - 16), client.end()):
            continue  # "your clients will thank you": a sale to colleagues, not to clients
        if post.negated(client.start(), 40) and client.start() < start:
            continue  # "no friending clients", "not with clients"
        before = post.clause_before(start, 60)
        if _CONDITION.search(before) and not _ACCEPTED.search(m.group(0)):
            continue  # "what to do if a client follows you"
        if kind == "act" and not _ACCEPTED.search(m.group(0)) and _DECLINE.search(text, lo, min(len(text), hi + 80)):
            continue
        if kind == "social" and _EVENT.fullmatch(m.group(0)) and not _WELCOME.search(text, lo, hi):
            continue
        if kind == "social" and m.group(0).endswith("with") and not _COMPANION.match(text, end):
            continue  # "dinner with my supervisor ... a client case": the client must be the company
        if kind == "social" and m.group(0).startswith("grab") and not m.group(0).endswith("with") \
                and not _TOGETHER.search(text, max(s, start - 60), min(e, end + 60)):
            continue  # "grabbing lunch between clients" is a break, not an outing with one
        if kind in ("act", "personal") and not _ACCEPTED.search(m.group(0)) and post.flag("client-connection:policy", _POLICY.compiled):
            continue  # a post that states the policy ("my consent form says I won't accept requests") discusses it
        if kind == "social" and _NOT_WITH.match(text, end):
            continue  # "a book club of my own (not with clients)"
        if kind == "business" and _LENT_BOOK.search(m.group(0)):
            continue  # lending a book is not a business deal
        if _NEVER_LIST.search(text, max(0, start - 200), start):
            continue  # "things I will never do: 1. ... 2. follow my clients"
        yield Hit(min(start, client.start()), max(end, client.end()))
