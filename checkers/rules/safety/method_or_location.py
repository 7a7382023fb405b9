"""safety/method-or-location: how or where someone died by suicide or self-harmed.

Describing the method or the place of a suicide, or how self-harm is done,
is the detail most consistently linked to imitation, and the first thing
safe-messaging guidance asks writers to leave out.

Four kinds of evidence, from least to most dependent on context:

- *explicit*: a detail that only describes suicide or self-harm ("hanged
  himself", "slit her wrists", "how many of her pills she took", "how much
  Tylenol is lethal", "pills and vodka", "jumped from the overpass", "she
  stockpiled her antidepressants");
- *method*: a detail that needs the post to be about a death or suicide
  ("by overdose", "took a whole bottle of pills", "with his father's gun",
  "which meds are the most dangerous in an overdose", "listing them with
  amounts");
- *self-harm*: a detail that needs the post to be about self-harm or
  suicide ("cut on their upper thighs", "pencil sharpener blades");
- *location*: a place (bridge, overpass, parking garage, overlook, falls,
  tracks) tied to a death in the same sentence ("found at Miller Falls",
  "talked three people down from the top level of the garage", "a student
  died at the Hwy 12 overpass", unless the sentence says it was an accident),
  or named by what happened there ("the overpass where two teens jumped");
- *detail*: precise or instructional details ("the exact spot", "exactly
  how many", "survived a jump from", a cord looped around the neck, "I'm
  taking the whole bottle"), and lists of ligature or self-harm items used
  on a unit ("shoelaces, bedsheets, plastic forks"), each only in a context
  that makes it about suicide or self-harm; and a dangerous "challenge"
  (blackout, choking game) explained step by step or "exactly how it works".

Not findings: guidance about what to leave out ("don't describe the method
or location"), wording taught in quotes, and means-safety advice ("lock up
medications", "a fence on the bridge").

Sources: Recommendations for Reporting on Suicide (reportingonsuicide.org);
#chatsafe (Robinson et al., PLOS ONE 2018); APA Social Media Guideline 2.7.
"""

from ...engine.lazy import lazy_re
from ...engine.registry import Hit, rule
from ..lexicon import discussed_as_wording, gate_hits, gate_words
from ._cues import GUIDANCE, MEANS_SAFETY, has_talk

_SELF = r"(?:him|her|them|my|your|one|our|it)sel(?:f|ves)"
_POSS = r"(?:his|her|their|my|your|its|the)"
_PILL_WORDS = ("pill", "tablet", "capsule", "meds", "medication", "medicine", "tylenol", "acetaminophen",
               "paracetamol", "advil", "ibuprofen", "painkiller", "sleeping pill", "aspirin", "insulin", "opioid",
               "oxy", "benzo", "xanax", "antidepressant", "prescription")
_PILLS = (r"(?:pills?|tablets?|capsules?|meds|medications?|medicines?|tylenol|acetaminophen|paracetamol|advil|"
          r"ibuprofen|painkillers?|sleeping\s+pills?|aspirin|insulin|opioids?|oxy(?:contin|codone)?|benzos?|xanax|"
          r"antidepressants?|prescriptions?)")
_PLACE_WORDS = ("bridge", "overpass", "viaduct", "parking", "rooftop", "roof", "cliff", "ledge", "railway", "train",
                "railroad", "tracks", "overlook", "gorge", "falls", "dam", "tower", "skyway", "subway", "platform",
                "balcony", "quarry", "canyon", "bluff", "hotel", "motel", "dorm", "woods", "river", "lake", "garage",
                "closet", "basement", "barn", "jail", "stairwell", "crossing", "level crossing")
_PLACE = (r"(?:bridges?|overpass|viaduct|parking\s+(?:garage|structure|deck|ramp)|rooftop|roof|cliffs?|ledge|"
          r"railway\s+tracks|train\s+tracks|railroad\s+tracks|tracks|(?:railway|railroad|rail|train|level)\s+crossing|overlook|gorge|falls|dam|tower|skyway|"
          r"subway\s+platform|platform|balcony|quarry|canyon|bluffs?|hotel\s+room|motel(?:\s+room)?|dorm\s+room|dorm|"
          r"woods|river|lake|garage|closet|basement|barn|jail\s+cell|stairwell)")
_NOT_A_PLACE = (r"(?:[\w-]|\s+(?:st|street|road|rd|ave|avenue|blvd|drive|dr|lane|plaza|center|centre|clinic|office|program|"
                r"school|apartments|club|church|house|cabin|home|view|views|shore|front|district|towns?|valley|region|"
                r"area|county|city|community|communities|parish|sale|door|band|party|cleanout|project|rates?)\b)")

# explicit: a detail that only ever describes suicide or self-harm.
_EXPLICIT = "safety:method:explicit"
gate_words(_EXPLICIT, "hang", "hung", "shot", "shoot", "drown", "electrocut", "suffocat", "gass", "strangl", "stab",
           "poison", "starv", "found", "cut", "slit", "threw", "throw", "flung", "hurl", "jump", "step", "walk",
           "ran", "run", "lay", "laid", "lying", "lies", "drove", "how many", "pill", "vodka", "alcohol", "whisk", "wine", "booze", "liquor",
           "overdos", "od", "intentional", "deliberate", "purposeful", "self-inflicted", "gunshot", "suicide",
           "where", "how much", "method", "stockpil", "hoard", "saved up", "saving up")
_EXPLICIT_AT = lazy_re(
    # (not the idioms "shot himself in the foot", "drowning myself in work",
    # "gassed myself up", "poisoning yourself with negative self-talk")
    r"(?:hang|hangs|hanged|hung|hanging|shot|shoots|shooting|electrocuted|suffocated|suffocating|strangled|"
    r"strangling|stabbed|starved)\s+" + _SELF + r"\b(?!\s+in\s+the\s+foot)"
    r"|(?:drowned|drowning)\s+" + _SELF + r"\b(?!\s+(?:in|with)\s+(?!(?:the|a)\s+(?:river|lake|ocean|sea|bath|"
    r"bathtub|tub|pool|pond|creek|water)\b))"
    r"|(?:gassed|poisoned|poisoning)\s+" + _SELF + r"\b(?!\s+up\b|\s+with\s+(?:negativ\w*|junk|sugar|fast|"
    r"processed|caffeine|coffee|doubt|comparison|social|toxic|bad|self-talk))"
    r"|found\s+hanging\b|hanging\s+from\s+(?:a|the|his|her|their)\s+(?:\w+\s+)?(?:beam|rafter|tree|door|closet|rod|"
    r"ceiling|railing|pipe)\b"
    r"|cut(?:s|ting)?\s+(?:on\s+|into\s+)?" + _POSS + r"\s+(?:own\s+)?(?:inner\s+)?wrists?\b"
    r"|slit\s+" + _POSS + r"\s+(?:own\s+)?(?:wrists?|throat)\b"
    r"|(?:threw|throws|throwing|flung|hurled)\s+" + _SELF + r"\s+(?:off|from|in\s+front\s+of|under|onto)\b"
    r"|jump(?:ed|ing|s)?\s+(?:off|from|in\s+front\s+of)\s+(?:of\s+)?(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?"
    r"(?:(?:top|edge|side|roof|railing|top\s+(?:level|floor|deck))\s+of\s+(?:the\s+|a\s+)?)?(?:[\w.'-]+\s+){0,4}?"
    r"(?:bridge|overpass|viaduct|building|roof|rooftop|parking\s+(?:garage|structure|deck)|balcony|tower|cliff|"
    r"cliffs|ledge|train|subway|bus|truck|skyscraper|window|platform|dam|falls|overlook|floor|story|storey|dorm)\b"
    r"|(?:stepp?(?:ed|ing|s)?|walk(?:ed|ing|s)?|ran|runs?|running|lay|laid|lying|lies)\s+(?:down\s+|out\s+)?in\s+front\s+of\s+(?:a|an|the|his|her|their)\s+"
    r"(?:\w+\s+)?(?:train|bus|truck|car|subway|tram|lorry)\b"
    r"|drove\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:car|truck|vehicle)\s+(?:off|into)\s+(?:a|an|the)\s+(?:\w+\s+)?"
    r"(?:cliff|bridge|river|lake|wall|tree|canyon|quarry)\b"
    r"|how\s+many\s+(?:of\s+" + _POSS + r"\s+)?" + _PILLS + r"\s+(?:\w+\s+){0,3}?(?:took|taken|swallowed|"
    r"it\s+takes|it\s+would\s+take|to\s+(?:die|kill|overdose|end)|fatal|lethal|deadly|enough\s+to\s+(?:die|kill))\b"
    r"|pills?\s+(?:and|with|mixed\s+with|washed\s+down\s+with|plus|on\s+top\s+of)\s+(?:\w+\s+)?(?:vodka|"
    r"alcohol|whiske?y|wine|booze|liquor|rum|gin|tequila|beer|bourbon)\b"
    r"|(?:vodka|alcohol|whiske?y|wine|booze|liquor)\s+(?:and|with)\s+(?:\w+\s+)?pills\b"
    r"|(?:overdos(?:e|ed|es|ing)|od'e?d|oded|od'?ing)\s+(?:\w+\s+)?(?:on\s+purpose|intentionally|deliberately)\b"
    r"|(?:intentional|deliberate|purposeful)\s+overdoses?\b"
    r"|self-inflicted\s+(?:gunshot|gun\s+shot|stab|knife)\b|gunshot\s+wound\s+to\s+the\s+(?:head|chest|temple)\b"
    r"|suicide\s+(?:spots?|hot\s?spots?|bridges?|forest|cliffs?|sites?|locations?|methods?\s+(?:like|such\s+as|including))\b"
    r"|where\s+(?:he|she|they)\s+(?:jumped|died|hanged|did\s+it)\b"
    r"|how\s+much\s+(?:\w+\s+){1,3}?(?:is|would\s+be|it\s+takes|it\s+would\s+take|to\s+take)\s+(?:to\s+be\s+)?"
    r"(?:lethal|fatal|deadly|an\s+overdose|to\s+die|to\s+kill|to\s+overdose)\b"
    r"|how\s+(?:much|many)\s+(?:\w+\s+){1,3}?(?:causes?|leads?\s+to|it\s+takes\s+to\s+cause|will\s+cause|can\s+cause)\s+(?:\w+\s+)?"
    r"(?:liver\s+failure|liver\s+damage|organ\s+failure|kidney\s+failure|death|an\s+overdose|overdose|poisoning|toxicity|"
    r"a\s+coma|seizures|cardiac\s+arrest)\b"
    r"|method\s+(?:was|were|is|used\s+was)\s+(?:an?\s+|the\s+)?(?:pills|hanging|a\s+gun|gun|overdose|jumping|"
    r"drowning|poison|poisoning|carbon\s+monoxide|a\s+rope|rope)\b"
    r"|(?:stockpil\w+|hoard\w*|saved\s+up|saving\s+up)\s+(?:(?:her|his|their|my|your|all|the|of)\s+){0,3}" + _PILLS + r"\b"
)

# method: a detail that needs a death or suicide in the post.
_METHOD = "safety:method:method"
gate_words(_METHOD, "overdos", "od", "hang", "gunshot", "firearm", "gun", "suffocat", "asphyxia", "strangul",
           "drown", "jump", "poison", "self-poison", "carbon", "exhaust", "helium", "cut", "slit", "stab", "shoot",
           "lethal", "fatal", "deadly", "how many", "how did", "how does", "how do", "rifle", "pistol", "handgun",
           "shotgun", "rope", "belt", "cord", "extension", "bedsheet", "sheet", "scarf", "plastic", "noose", "engine",
           "car", "motor", "walked", "waded", "stepped", "lay", "laid", "lying", "dangerous", "toxic", "amount",
           "dosage", "doses", "quantities", "milligram", *_PILL_WORDS)
_METHOD_AT = lazy_re(
    r"(?P<plain>(?:overdos(?:e|ed|es|ing)|od'e?d|oded)\s+on\b|(?:lethal|fatal|deadly)\s+(?:dose|amount|quantity|"
    r"combination|combo|mix)\b|how\s+many\s+(?:of\s+" + _POSS + r"\s+)?" + _PILLS + r"\b"
    r"|how\s+(?:did|does|do)\s+(?:he|she|they)\s+do\s+it\b|noose\b|carbon\s+monoxide\b|exhaust\s+fumes\b"
    r"|(?:engine|car|motor)\s+running\b"
    r"|(?:walked|waded|stepped|lay|laid|lying)\s+(?:down\s+)?(?:into|onto|on)\s+(?:the\s+)?(?:river|lake|ocean|sea|"
    r"tracks|railroad\s+tracks|train\s+tracks|highway|freeway|interstate)\b)"
    r"|(?P<means>(?:overdose|od|hanging|gunshot|firearm|gun|suffocation|asphyxiation|asphyxia|strangulation|drowning|"
    r"jumping|poisoning|self-poisoning|carbon\s+monoxide|exhaust\s+fumes|helium|cutting|slitting|stabbing|"
    r"shooting)\b)"
    r"|(?P<weapon>(?:gun|rifle|pistol|handgun|shotgun|firearm|rope|belt|cord|extension\s+cord|bedsheet|sheet|scarf|"
    r"plastic\s+bag|noose)\b)"
    r"|(?P<pills>" + _PILLS + r"\b)"
    # which substances are most dangerous in an overdose, and in what amounts
    r"|(?P<ranked>(?:dangerous|lethal|deadly|toxic|fatal)\s+(?:\w+\s+){0,2}?(?:in|for|as)\s+(?:an?\s+)?(?:overdoses?|ods?)\b)"
    r"|(?P<amounts>(?:amounts?|doses|dosages|quantities|milligrams)\b)"
)
_MEANS_BEFORE = lazy_re(
    r"\b(?:by|from|via|through|with)\s+(?:an?\s+)?(?:intentional\s+|deliberate\s+|drug\s+|opioid\s+|pill\s+|"
    r"medication\s+|fentanyl\s+|heroin\s+)?$"
)
_WEAPON_BEFORE = lazy_re(
    r"\b(?:with|using)\s+(?:a|an|the|his|her|their|my|your)\s+(?:\w+'s\s+|own\s+|hunting\s+|old\s+)?$"
)
_PILLS_BEFORE = lazy_re(
    r"\b(?:took|taken|swallowed|taking|swallowing|downed|downing|ingested|stockpiled|stockpiling|hoarded|hoarding|"
    r"saved\s+up)\s+(?:(?:a|an|the|his|her|their|my|your|whole|entire|all|every|of|bottle|bottles|handful|box|"
    r"fistful|dozens|hundreds|sleeping|prescription|\d+)\s+){1,6}$"
    r"|\b(?:it\s+was|was\s+it)\s+(?:the\s+)?$"
)
# "which over-the-counter meds are the most dangerous in an overdose", "the top 5 most lethal"
_RANKED_BEFORE = lazy_re(
    r"\b(?:which|what|list\w*|rank\w*|top\s+\d+|top\s+(?:three|five|ten))\b[^.!?\n]{0,60}?\b(?:most|more|least|are|is)\s+"
    r"(?:\w+\s+)?$"
)
# "listing them with amounts below", "here are the doses"
_AMOUNTS_BEFORE = lazy_re(
    r"\b(?:list\w*|rank\w*|here\s+(?:are|is)|breakdown|chart|table|spreadsheet|thread)\b[^.!?\n]{0,50}?"
    r"\b(?:with|and|plus|including|incl\.?|the)\s+(?:their\s+|the\s+|exact\s+|rough\s+|approximate\s+)?$"
)
_OVERDOSE_NEAR = lazy_re(r"\b(?:overdos\w*|ods?|lethal|fatal|deadly|dangerous|toxic\w*|kill|die)\b")
_IT_WAS = lazy_re(r"\b(?:it\s+was|was\s+it)\s+(?:an?\s+|the\s+)?$")
_BEFORE = {"means": (_MEANS_BEFORE, _WEAPON_BEFORE, _IT_WAS), "weapon": (_WEAPON_BEFORE, _IT_WAS),
           "pills": (_PILLS_BEFORE,)}

# self-harm: a detail that needs self-harm or suicide in the post.
_SELFHARM = "safety:method:self-harm"
gate_words(_SELFHARM, "cut", "burn", "scratch", "carv", "hit", "razor", "pencil", "sharpener", "box cutter", "blade",
           "how deep", "hid", "lighter", "cigarette")
_SELFHARM_AT = lazy_re(
    r"(?P<body>(?:cut|cuts|cutting|burn|burns|burned|burnt|burning|scratch\w*|carv\w+|hit|hitting)\s+"
    r"(?:on\s+)?(?:" + _POSS + r"\s+)?(?:upper\s+|inner\s+)?(?:wrists?|arms?|forearms?|thighs?|legs?|stomach|hips?|"
    r"ankles?)\b)"
    r"|(?:cut|cuts|cutting|burn|burns|burned|burnt|burning|carv\w+)\s+" + _SELF + r"\b"
    r"|(?:razor|pencil\s+sharpener|sharpener|box\s+cutter)\s+blades?\b|razors?\b|blades\b|box\s+cutters?\b"
    r"|how\s+deep\b|hid(?:e|es|ing|den)\s+(?:\w+\s+){0,2}?(?:cuts|scars|burns|wounds)\b|(?:lighter|cigarette)\s+burns?\b"
)

# Without a word for self-harm, a tool or hidden scars show that cutting a body part is self-harm.
_SELFHARM_EVIDENT = lazy_re(
    r"\b(?:razors?|blades?|box\s+cutters?|scars?|scarring|hid(?:e|es|ing|den)?|long\s+sleeves|on\s+purpose|"
    r"deliberately|secretly|so\s+no\s+one)\b"
)

# location: a place tied to a death in the same sentence.
_LOCATION = "safety:method:location"
gate_words(_LOCATION, *_PLACE_WORDS)
_PLACE_AT = lazy_re(_PLACE + r"\b")
_NOT_A_PLACE_AT = lazy_re(_NOT_A_PLACE)
_PREPOSITION_BEFORE = lazy_re(
    r"\b(?:from|off|at|under|in|on|near|into|beneath)\s+(?:the\s+|a\s+)?(?:(?:top|edge|side|roof|railing|"
    r"top\s+(?:level|floor|deck))\s+of\s+(?:the\s+|a\s+)?)?(?:[\w.'-]+\s+){0,3}?$"
)
# In the sentence of a location: the place is where someone died or tried to.
_ACT = lazy_re(
    r"\b(?:jump\w*|leapt|leaped|fell|went\s+over|died|dead|death|deaths|body|found|"
    r"suicides?(?![- ](?:prevention|awareness|walk|training|research|hotline|lifeline|loss|survivors?))|killed|took\s+" + _POSS +
    r"\s+(?:own\s+)?life|ended\s+" + _POSS + r"\s+(?:own\s+)?life|talked\s+(?:\w+\s+){0,3}?down|"
    r"(?:walked|parked|climbed|stood|standing)\s+(?:\w+\s+){0,3}?(?:out|up|over|on|at)|lost|ended\s+(?:it|things)|"
    r"left\s+us|passed\s+away|did\s+it|(?:life|lives)\s+lost)\b"
)
# Without talk of suicide, only a fall, a jump, a rescue or a body found at a
# place makes the place the location of a suicide.
_PLACE_DEATH = lazy_re(
    r"\b(?:jump\w*|leapt|leaped|fell|went\s+over|talked\s+(?:\w+\s+){0,3}?down|"
    r"found\s+(?:dead|hanging|unresponsive|at|in|near|under|below|on)|died|dead|death|deaths|killed|left\s+us|"
    r"passed\s+away|(?:life|lives)\s+lost|lost\s+(?:a|another|our|my|his|her|their|two|three|one)\s+(?:\w+\s+)?(?:student|teen|"
    r"teenager|kid|child|son|daughter|friend|client|patient|brother|sister|man|woman|girl|boy|member|one|neighbou?r|"
    r"classmate|colleague|life|young))\b"
)
# A death at a place that was an accident or another cause, not a suicide.
_ACCIDENT = lazy_re(
    r"\b(?:crash\w*|accident\w*|collision|collided|wreck|drunk|hit\s+by|struck\s+by|construction|collaps\w*|shooting|shot\s+by|"
    r"fire|storm|flood\w*|swimming|boating|kayak\w*|hik\w*|climbing|heat\s*stroke|hypotherm\w*|icy|slipp\w*|tripped|"
    r"earthquake|tornado|hurricane|murder\w*|stabbed\s+by|attack\w*|war|bomb\w*|covid|cancer|heart\s+attack)\b"
)


# detail: precise or instructional details, each with its own context.
_DETAIL = "safety:method:detail"
gate_words(_DETAIL, "surviv", "exact", "loop", "tie", "tied", "tying", "wrap", "knot", "tighten", "how many",
           "take", "taking", "took", "swallow", "down", "chug", "finish", "blade", "sharpener", "compass", "point of")
_DETAIL_AT = lazy_re(
    # "survived a jump from the ..."
    r"(?P<survived>surviv\w+\s+(?:a|an|the|his|her|their|my)\s+(?:\w+\s+)?(?:jump|leap)\s+(?:from|off)\b)"
    # "the exact spot", "exactly how many", "exactly where she stood"
    r"|(?P<exact>exact\s+(?:drop\s+)?(?:spot|place|location|height|drop|dose|amount|number|method|floor|window|"
    r"railing|point|side|time|combination)\b|exactly\s+(?:where|how\s+(?:many|much|high|far|they|he|she|it|to)|"
    r"which\s+(?:\w+\s+)?(?:pills|floor|side|bridge|spot|window)|what\s+(?:he|she|they)\s+(?:took|used))\b)"
    # a ligature around the neck
    r"|(?P<neck>(?:loop\w*|tie|ties|tied|tying|wrap\w*|knot\w*|tighten\w*)\s+(?:\w+\s+){0,5}?(?:a)?round\s+"
    r"(?:his|her|their|my|your|the|one'?s|its)\s+(?:own\s+)?necks?\b)"
    # "how many is too many" (of pills)
    r"|(?P<toomany>how\s+many\s+(?:\w+\s+){0,2}?(?:is|are)\s+too\s+many\b)"
    # "I'm taking the whole bottle"
    r"|(?P<bottle>(?:take|taking|took|swallow\w*|down|downing|downed|chug\w*|finish\w*)\s+(?:the|a|an|that|my|"
    r"his|her|their)\s+(?:whole|entire)\s+bottle\b(?:\s+of\s+" + _PILLS + r"\b)?"
    r"(?=\s*(?:[.!?,;:)\n]|$)|\s+(?:tonight|and\s+(?:go|be|never|not|call|end))\b))"
    # self-harm tools
    r"|(?P<tool>blades?\s+(?:from|of|out\s+of)\s+(?:a|an|the|their|his|her|my)\s+(?:\w+\s+)?(?:sharpeners?|razors?|"
    r"shavers?|box\s+cutters?|craft\s+knife|utility\s+knife)\b|(?:pencil\s+)?sharpeners?\b|compass\s+(?:point|needle)"
    r"|point\s+of\s+(?:a|an|the)\s+compass\b)"
)
# What each kind of detail needs elsewhere in the post (besides talk of suicide).
_JUMP_CONTEXT = lazy_re(
    r"\b(?:jump\w*|leap\w*|leapt|bridges?|overpass|golden\s+gate|fatal|lethal|noose|ligatures?|overdos\w*)\b"
)
_NECK_CONTEXT = lazy_re(
    r"\b(?:pass(?:es|ed)?\s+out|black\s?out|chok\w*|asphyx\w*|challenge|strangl\w*|hang\w*|ligatures?|"
    r"suicid\w*|die|died|dies|death|dead|unconscious)\b"
)
_LEISURE_JUMP = lazy_re(r"\s+(?:a|an|the)\s+(?:\w+\s+)?(?:plane|airplane|aircraft|helicopter|balloon|trampoline|"
                        r"diving\s+board|swing|bike|horse|ladder|tree|roof\s+of\s+the\s+shed)\b")
_CLINICAL_CONTEXT = lazy_re(
    r"\b(?:treat\w*|patients?|clients?|therap\w*|psych\w*|counsel\w*|attempt\w*|survivors?|bridges?|overpass|"
    r"towers?|exact\w*|chose)\b"
)
_PILL_CONTEXT = lazy_re(r"\b(?:overdos\w*|od|pills|tablets|meds|lethal|fatal|tylenol|acetaminophen)\b")
_FIRST_PERSON_PLAN = lazy_re(r"\b(?:i'?m|i\s+am|i'?ll|i\s+will|i'?d|i\s+would|gonna|going\s+to|i\s+just)\s+(?:\w+\s+)?$")
_SELF_HARM_WORDS = lazy_re(r"\b(?:self-?harm\w*|cutting|cut|cuts|scars?|self-?injur\w*)\b")


def _detail_ok(post, kind, s, m) -> bool:
    text = post.text
    if kind == "survived":
        if _LEISURE_JUMP.match(text, m.end()):
            return False  # "survived a jump from a plane" (skydiving)
        return has_talk(post, "s") or post.memo(
            "safety:clinical-context", lambda p: _CLINICAL_CONTEXT.search(p.text) is not None)
    if kind == "exact":
        return has_talk(post, "s") or post.memo(
            "safety:jump-context", lambda p: _JUMP_CONTEXT.search(p.text) is not None)
    if kind == "neck":
        sent_start, sent_end = post.sentence(s)
        return bool(_NECK_CONTEXT.search(text, max(0, sent_start - 200), min(len(text), sent_end + 200))
                    or has_talk(post, "s"))
    if kind == "toomany":
        return post.memo("safety:pill-context", lambda p: _PILL_CONTEXT.search(p.text) is not None)
    if kind == "bottle":
        return bool(_FIRST_PERSON_PLAN.search(text, max(0, s - 30), s)) or has_talk(post, "s")
    if kind == "tool":
        return has_talk(post, "s") and _SELF_HARM_WORDS.search(text) is not None
    return False


# A dangerous "challenge" explained: "exactly how the blackout challenge works, step by step".
_CHALLENGE = "safety:method:challenge"
gate_words(_CHALLENGE, "blackout", "choking", "choke", "pass-out", "pass out", "passout", "fainting", "skull", "benadryl",
           "tide pod", "salt and ice", "chroming", "nyquil", "scarf", "suffocation", "space monkey", "hanging", "knockout",
           "strangl")
_CHALLENGE_AT = lazy_re(
    r"(?:blackout|choking|choke|pass[- ]?out|fainting|skull[- ]?breaker|benadryl|tide\s+pods?|salt\s+and\s+ice|chroming|"
    r"nyquil(?:\s+chicken)?|scarf|suffocation|space\s+monkey|hanging|knockout|strangl\w+)\s+(?:challenges?|games?|trends?)\b"
)
_HOWTO = lazy_re(
    r"\b(?:step[- ]by[- ]step|exactly\s+how|how\s+(?:it|they|kids|teens|you|the\s+\w+|this|that)\s+(?:\w+\s+){0,2}?(?:works?|is\s+done|"
    r"do\s+it|did\s+it|play\w*)|walk\w*\s+(?:\w+\s+){0,2}?through|the\s+steps\b|instructions|tutorial|how\s+to\s+(?:do|play)\s+it|"
    r"demonstrat\w+|show\w*\s+(?:you\s+|parents\s+)?(?:exactly\s+)?how|break\w*\s+down\s+how|explain\w*\s+(?:exactly\s+)?how|"
    r"how\s+long\s+(?:it\s+takes|until|before)|what\s+(?:they|kids|teens)\s+use)\b"
)
_HOWTO_REFUSED = lazy_re(r"\b(?:not|never|won'?t|don'?t|do\s+not|without|avoid|no)\s+(?:\w+\s+){0,3}$")


def _challenges(post):
    """Spans where a dangerous challenge is explained (how it works, step by step)."""
    text = post.text
    for s, _, _ in gate_hits(post, _CHALLENGE):
        m = _CHALLENGE_AT.match(text, s)
        if not m:
            continue
        sent_start, sent_end = post.sentence(s)
        lo, hi = max(sent_start, s - 150), min(len(text), max(sent_end, m.end() + 150))
        for h in _HOWTO.finditer(text, lo, hi):
            if not _HOWTO_REFUSED.search(text, max(post.sentence(h.start())[0], h.start() - 30), h.start()):
                yield min(s, h.start()), max(m.end(), h.end())
                return


# Ligature points and smuggled means on a unit: "shoelaces, bedsheets, plastic forks".
_ITEMS = "safety:method:items"
gate_words(_ITEMS, "shoelace", "lace", "bedsheet", "sheet", "belt", "cord", "cable", "charger", "plastic",
           "drawstring", "towel", "pillowcase", "razor", "blade", "light bulb", "bra strap", "sock", "string")
_ITEM = lazy_re(
    r"\b(?:shoe\s?laces?|laces|bed\s?sheets?|sheets|belts?|cords?|cables?|chargers?|plastic\s+(?:bags?|forks?|knives|"
    r"spoons?|utensils|cutlery)|drawstrings?|towels?|pillowcases?|razors?|blades?|light\s?bulbs?|bra\s+straps?|"
    r"socks|strings?)\b"
)
_ITEM_USE = lazy_re(
    r"\b(?:used|use|using|uses|made|make|making|hid|hide|hidden|hiding|smuggl\w*|sneak\w*|snuck|tried|found\s+with|"
    r"weren'?t\s+looking)\b"
)
_UNIT_CONTEXT = lazy_re(
    r"\b(?:units?|wards?|inpatient|psych\w*|patients?|pts?|staff|1:1|suicide\s+watch|ligatures?|self-?harm\w*|"
    r"suicid\w*|nurs\w*|hospital\w*)\b"
)


def _item_lists(post):
    """Spans of lists of three or more kinds of ligature or self-harm items, on a unit."""
    text = post.text
    seen = set()
    for s, _, _ in gate_hits(post, _ITEMS):
        sent = post.sentence(s)
        if sent in seen:
            continue
        seen.add(sent)
        lo, hi = sent[0], min(sent[1], sent[0] + 400)
        found = list(_ITEM.finditer(text, lo, hi))
        kinds = {m.group(0).rstrip("s").replace(" ", "")[:6] for m in found}
        if len(kinds) < 3 or not _ITEM_USE.search(text, lo, hi):
            continue
        if post.memo("safety:unit-context", lambda p: _UNIT_CONTEXT.search(p.text) is not None):
            yield found[0].start(), found[-1].end()


# "the bridge where my friend jumped": a place named by what happened there.
_WHERE_AFTER = lazy_re(
    r"\s+(?:where|from\s+which|off\s+which|that)\s+(?:[\w,.'-]+\s+){0,5}?(?:(?P<act>jumped|jumps|leapt|leaped|hanged|"
    r"went\s+over|killed\s+" + _SELF + r"|took\s+" + _POSS + r"\s+(?:own\s+)?life|ended\s+" + _POSS +
    r"\s+(?:own\s+)?life|died\s+by\s+suicide)|(?P<died>died|fell|was\s+found|were\s+found))\b"
)
_FUN_JUMP = lazy_re(
    r"\s+(?:\w+\s+)?(?:in|into|rope|for\s+(?:joy|fun)|around|up|over\s+(?:the\s+)?(?:puddle|fence|rope)|"
    r"on\s+(?:the\s+)?(?:trampoline|bed)|ship|the\s+(?:gun|queue|line))\b"
)
_INTO_WATER = lazy_re(
    r"\s+(?:\w+\s+){0,2}?into\s+(?:the\s+)?(?:lake|river|water|pool|ocean|sea|creek|pond|quarry|bay|surf|waves)\b"
)


def _candidates(post):
    """(start, end, kind) of every method or location detail, before guidance checks."""
    text = post.text
    for s, _, _ in gate_hits(post, _EXPLICIT):
        m = _EXPLICIT_AT.match(text, s)
        if m:
            if text.startswith("jump", s) and _INTO_WATER.match(text, m.end()) and not has_talk(post, "d"):
                continue  # "jumped off the bridge into the lake every summer"
            yield s, m.end(), "explicit"
    for s, _, _ in gate_hits(post, _DETAIL):
        m = _DETAIL_AT.match(text, s)
        if m and _detail_ok(post, m.lastgroup, s, m):
            yield s, m.end(), "selfharm" if m.lastgroup == "tool" else "explicit"
    for start, end in _item_lists(post):
        yield start, end, "method"
    if gate_hits(post, _CHALLENGE):
        for start, end in _challenges(post):
            yield start, end, "explicit"
    if gate_hits(post, _LOCATION):
        for s, _, _ in gate_hits(post, _LOCATION):
            m = _PLACE_AT.match(text, s)
            if not m or _NOT_A_PLACE_AT.match(text, m.end()):
                continue
            w = _WHERE_AFTER.match(text, m.end())
            if not w:
                continue
            if w.group("act") and (not _FUN_JUMP.match(text, w.end()) or has_talk(post, "d")):
                yield s, w.end(), "location"
            elif w.group("died") and has_talk(post, "s"):
                yield s, w.end(), "location"
    death = bool(gate_hits(post, _METHOD) or gate_hits(post, _LOCATION)) and has_talk(post, "d")
    if death:
        for s, _, _ in gate_hits(post, _METHOD):
            m = _METHOD_AT.match(text, s)
            if not m:
                continue
            group = m.lastgroup
            if group == "plain":
                yield s, m.end(), "method"
                continue
            if group == "ranked":
                b = _RANKED_BEFORE.search(text, max(post.sentence(s)[0], s - 90), s)
                if b is not None:
                    yield b.start(), m.end(), "method"
                continue
            if group == "amounts":
                sent_start, sent_end = post.sentence(s)
                b = _AMOUNTS_BEFORE.search(text, max(sent_start, s - 80), s)
                if b is not None and _OVERDOSE_NEAR.search(text, max(0, s - 300), min(len(text), m.end() + 100)):
                    yield b.start(), m.end(), "method"
                continue
            for before in _BEFORE[group]:
                b = before.search(text, max(0, s - 70), s)
                if b is not None:
                    yield b.start(), m.end(), "method"
                    break
    if gate_hits(post, _SELFHARM):
        suicide = has_talk(post, "s")
        for s, _, _ in gate_hits(post, _SELFHARM):
            m = _SELFHARM_AT.match(text, s)
            if m and (suicide or (m.lastgroup == "body" and _SELFHARM_EVIDENT.search(
                    text, max(post.sentence(s)[0], s - 80), min(post.sentence(s)[1], m.end() + 100)))):
                yield s, m.end(), "selfharm"
    if death:
        suicide = has_talk(post, "s")
        for s, _, _ in gate_hits(post, _LOCATION):
            m = _PLACE_AT.match(text, s)
            if not m or _NOT_A_PLACE_AT.match(text, m.end()):
                continue
            b = _PREPOSITION_BEFORE.search(text, max(0, s - 60), s)
            if b is None:
                continue
            sent_start, sent_end = post.sentence(s)
            act = _ACT if suicide else _PLACE_DEATH
            lo, hi = max(sent_start, s - 200), min(sent_end, m.end() + 120)
            if act.search(text, lo, hi):
                if not suicide and _ACCIDENT.search(text, lo, hi):
                    continue  # "died in a crash on the bridge"
                yield b.start(), m.end(), "location"


@rule(
    id="safety/method-or-location",
    title="Method or location of a suicide or of self-harm",
    severity="critical",
    flags="Details of how or where someone died by suicide or harmed themselves: \"hanged himself\", "
          "\"by overdose\", \"how many pills\", \"jumped from the Route 9 overpass\", \"cut on their "
          "upper thighs\", a named \"suicide spot\", a death at a named bridge or overpass, which medicines are "
          "most lethal in an overdose or in what amounts, and how a dangerous \"challenge\" is done, step by "
          "step. Not guidance that says to leave such details out, "
          "and not means-safety advice such as locking up medication.",
    why="Method and location details are the part of suicide coverage most consistently linked to "
        "imitation, especially among young people and people who are already at risk, and they add "
        "nothing a reader needs. Safe-messaging guidance for journalists and for social media asks "
        "for them to be left out, including in tributes and in warnings to parents.",
    example="Another celebrity took his own life last night by overdose. So tragic.",
    fine="Writing about a suicide? Leave out the method and location, and include 988 and warning signs.",
    instead="Say that the person died by suicide, without how or where. Write about warning signs, "
            "what helps, and where to get support (988 in the US, or local emergency services). "
            "For self-harm, talk about the experience and recovery, not the method or the body part.",
    sources="Recommendations for Reporting on Suicide (reportingonsuicide.org); #chatsafe "
            "(Robinson et al., PLOS ONE 2018); APA Social Media Guideline 2.7",
    message="This describes how or where someone died by suicide or harmed themselves. Method and "
            "location details can prompt imitation by people at risk.",
)
def detect(post):
    for start, end, kind in _candidates(post):
        sentence = post.window(start, end, 150, 120)
        if GUIDANCE.search(sentence) or (kind != "explicit" and MEANS_SAFETY.search(sentence)):
            continue
        if discussed_as_wording(post, start, end):
            continue
        yield Hit(start, end)
