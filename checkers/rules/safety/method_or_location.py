"""safety/method-or-location: how or where someone died by suicide or self-harmed.

Describing the method or the place of a suicide, or how self-harm is done,
is the detail most consistently linked to imitation, and the first thing
safe-messaging guidance asks writers to leave out.

Four kinds of evidence, from least to most dependent on context:

- *explicit*: a detail that only describes suicide or self-harm ("hanged
  himself", "slit her wrists", "how many of her pills she took", "pills
  and vodka", "jumped from the overpass");
- *method*: a detail that needs the post to be about a death or suicide
  ("by overdose", "took a whole bottle of pills", "with his father's gun");
- *self-harm*: a detail that needs the post to be about self-harm or
  suicide ("cut on their upper thighs", "pencil sharpener blades");
- *location*: a place (bridge, overpass, parking garage, overlook, falls,
  tracks) tied to a death in the same sentence ("found at Miller Falls",
  "talked three people down from the top level of the garage").

Not findings: guidance about what to leave out ("don't describe the method
or location"), wording taught in quotes, and means-safety advice ("lock up
medications", "a fence on the bridge").

Sources: Recommendations for Reporting on Suicide (reportingonsuicide.org);
#chatsafe (Robinson et al., PLOS ONE 2018); APA Social Media Guideline 2.7.
"""

from ...engine.lazy import lazy_re
from ...engine.registry import Hit, rule
from ..lexicon import discussed_as_wording
from ._cues import GUIDANCE, MEANS_SAFETY, death_talk, suicide_talk

_SELF = r"(?:him|her|them|my|your|one|our|it)sel(?:f|ves)"
_POSS = r"(?:his|her|their|my|your|its|the)"
_PILLS = (r"(?:pills|tablets|capsules|meds|medications?|medicines?|tylenol|acetaminophen|paracetamol|advil|"
          r"ibuprofen|painkillers|sleeping\s+pills|aspirin|insulin|opioids|oxy(?:contin|codone)?|benzos|xanax|"
          r"antidepressants|prescriptions?)")
_PLACE = (r"(?:bridge|overpass|viaduct|parking\s+(?:garage|structure|deck|ramp)|rooftop|roof|cliffs?|ledge|"
          r"railway\s+tracks|train\s+tracks|railroad\s+tracks|tracks|overlook|gorge|falls|dam|tower|skyway|"
          r"subway\s+platform|platform|balcony|quarry|canyon|bluffs?|hotel\s+room|motel(?:\s+room)?|dorm\s+room|dorm|"
          r"woods|river|lake|garage|closet|basement|barn|jail\s+cell|stairwell)")
_NOT_A_PLACE = (r"(?![\w-]|\s+(?:st|street|road|rd|ave|avenue|blvd|drive|dr|lane|plaza|center|centre|clinic|office|program|"
                r"school|apartments|club|church|house|cabin|home|view|views|shore|front|district|towns?|valley|region|"
                r"area|county|city|community|communities|parish|sale|door|band|party|cleanout|project|rates?)\b)")

PATTERN = lazy_re(
    # explicit: only ever describes suicide or self-harm
    r"(?P<explicit>\b(?:hang|hangs|hanged|hung|hanging|shot|shoots|shooting|drowned|drowning|electrocuted|"
    r"suffocated|suffocating|gassed|strangled|strangling|stabbed|poisoned|poisoning|starved)\s+" + _SELF +
    r"\b(?!\s+in\s+the\s+foot)"
    r"|\bfound\s+hanging\b|\bhanging\s+from\s+(?:a|the|his|her|their)\s+(?:\w+\s+)?(?:beam|rafter|tree|door|closet|rod|ceiling|railing|pipe)\b"
    r"|\bcut(?:s|ting)?\s+(?:on\s+|into\s+)?" + _POSS + r"\s+(?:own\s+)?(?:inner\s+)?wrists?\b"
    r"|\bslit\s+" + _POSS + r"\s+(?:own\s+)?(?:wrists?|throat)\b"
    r"|\b(?:threw|throws|throwing|flung|hurled)\s+" + _SELF + r"\s+(?:off|from|in\s+front\s+of|under|onto)\b"
    r"|\bjump(?:ed|ing|s)?\s+(?:off|from|in\s+front\s+of)\s+(?:of\s+)?(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?"
    r"(?:top\s+(?:level|floor)\s+of\s+(?:the\s+|a\s+)?)?(?:[\w.'-]+\s+){0,4}?"
    r"(?:bridge|overpass|viaduct|building|roof|rooftop|parking\s+(?:garage|structure|deck)|balcony|tower|cliff|"
    r"cliffs|ledge|train|subway|bus|truck|skyscraper|window|platform|dam|falls|overlook|floor|story|storey|dorm)\b"
    r"|\b(?:stepped|walked|ran|lay|laid|threw\s+(?:him|her|them)sel(?:f|ves))\s+(?:down\s+)?in\s+front\s+of\s+(?:a|an|the|his|her|their)\s+"
    r"(?:\w+\s+)?(?:train|bus|truck|car|subway|tram|lorry)\b"
    r"|\bdrove\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:car|truck|vehicle)\s+(?:off|into)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:cliff|bridge|river|lake|wall|tree|canyon|quarry)\b"
    r"|\bhow\s+many\s+(?:of\s+" + _POSS + r"\s+)?" + _PILLS + r"\s+(?:\w+\s+){0,3}?(?:took|taken|swallowed|"
    r"it\s+takes|it\s+would\s+take|to\s+(?:die|kill|overdose|end))\b"
    r"|\bpills?\s+(?:and|with|mixed\s+with|washed\s+down\s+with|plus|on\s+top\s+of)\s+(?:\w+\s+)?(?:vodka|"
    r"alcohol|whiske?y|wine|booze|liquor|rum|gin|tequila|beer|bourbon)\b"
    r"|\b(?:vodka|alcohol|whiske?y|wine|booze|liquor)\s+(?:and|with)\s+(?:\w+\s+)?pills\b"
    r"|\b(?:overdos(?:e|ed|es|ing)|od'?d|od'?ing)\s+(?:\w+\s+)?(?:on\s+purpose|intentionally|deliberately)\b"
    r"|\b(?:intentional|deliberate|purposeful)\s+overdoses?\b"
    r"|\bself-inflicted\s+(?:gunshot|gun\s+shot|stab|knife)\b|\bgunshot\s+wound\s+to\s+the\s+(?:head|chest|temple)\b"
    r"|\bsuicide\s+(?:spots?|hot\s?spots?|bridges?|forest|cliffs?|sites?|locations?|methods?\s+(?:like|such\s+as|including))\b"
    r"|\bwhere\s+(?:he|she|they)\s+(?:jumped|died|hanged|did\s+it)\b)"
    # method: needs a death or suicide in the post
    r"|(?P<method>\b(?:by|from|via|through|with)\s+(?:an?\s+)?(?:intentional\s+|deliberate\s+|drug\s+|opioid\s+|pill\s+|"
    r"medication\s+|fentanyl\s+|heroin\s+)?(?:overdose|od|hanging|gunshot|firearm|a\s+gun|suffocation|asphyxiation|"
    r"asphyxia|strangulation|drowning|jumping|poisoning|self-poisoning|carbon\s+monoxide|exhaust\s+fumes|helium|"
    r"cutting|slitting|stabbing|shooting)\b"
    r"|\b(?:overdos(?:e|ed|es|ing)|od'?d)\s+on\b"
    r"|\b(?:took|swallowed|taking|swallowing|downed|downing|ingested|stockpiled|stockpiling|hoarded|hoarding|"
    r"saved\s+up)\s+(?:(?:a|an|the|his|her|their|my|your|whole|entire|all|of|bottle|bottles|handful|box|"
    r"fistful|dozens|hundreds|\d+)\s+){1,5}" + _PILLS + r"\b"
    r"|\b(?:it\s+was|was\s+it|heard\s+it\s+was)\s+(?:the\s+)?(?:pills|an?\s+overdose|a\s+gun|hanging|a\s+rope)\b"
    r"|\bhow\s+many\s+(?:of\s+" + _POSS + r"\s+)?" + _PILLS + r"\b"
    r"|\b(?:lethal|fatal|deadly)\s+(?:dose|amount|quantity|combination|combo|mix)\b"
    r"|\bhow\s+(?:did|does|do)\s+(?:he|she|they)\s+do\s+it\b"
    r"|\b(?:with|using)\s+(?:a|an|the|his|her|their|my|your)\s+(?:\w+'s\s+|own\s+|hunting\s+|old\s+)?"
    r"(?:gun|rifle|pistol|handgun|shotgun|firearm|rope|belt|cord|extension\s+cord|bedsheet|sheet|scarf|"
    r"plastic\s+bag|noose)\b"
    r"|\bnoose\b|\b(?:carbon\s+monoxide|exhaust\s+fumes|(?:engine|car|motor)\s+running)\b"
    r"|\bhow\s+much\s+(?:\w+\s+){1,3}?(?:is|would\s+be|it\s+takes|it\s+would\s+take|to\s+take)\s+(?:to\s+be\s+)?(?:lethal|fatal|deadly|to\s+die|to\s+kill)\b"
    r"|\b(?:walked|waded|stepped|lay|laid|lying)\s+(?:down\s+)?(?:into|onto|on)\s+(?:the\s+)?(?:river|lake|ocean|sea|"
    r"tracks|railroad\s+tracks|train\s+tracks|highway|freeway|interstate)\b)"
    # self-harm: needs self-harm or suicide in the post
    r"|(?P<selfharm>\b(?:cut|cuts|cutting|burn|burns|burned|burnt|burning|scratch\w*|carv\w+|hit|hitting)\s+"
    r"(?:on\s+)?(?:" + _POSS + r"\s+)?(?:upper\s+|inner\s+)?(?:wrists?|arms?|forearms?|thighs?|legs?|stomach|hips?|"
    r"ankles?)\b"
    r"|\b(?:cut|cuts|cutting|burn|burns|burned|burnt|burning|carv\w+)\s+" + _SELF + r"\b"
    r"|\b(?:razor|pencil\s+sharpener|sharpener|box\s+cutter)\s+blades?\b|\brazors?\b|\bblades\b|\bbox\s+cutters?\b"
    r"|\bhow\s+deep\b|\bhid(?:e|es|ing|den)\s+(?:\w+\s+){0,2}?(?:cuts|scars|burns|wounds)\b|\b(?:lighter|cigarette)\s+burns?\b)"
    # location: a place tied to a death in the same sentence
    r"|(?P<location>\b(?:from|off|at|under|in|on|near|into|beneath)\s+(?:the\s+|a\s+)?(?:top\s+(?:level|floor)\s+of\s+"
    r"(?:the\s+|a\s+)?)?(?:[\w.'-]+\s+){0,3}?" + _PLACE + r"\b" + _NOT_A_PLACE + r")"
)

# In the sentence of a location: the place is where someone died or tried to.
_ACT = lazy_re(
    r"\b(?:jump\w*|leapt|leaped|fell|went\s+over|died|dead|death|deaths|body|found|suicides?|killed|took\s+" + _POSS +
    r"\s+(?:own\s+)?life|ended\s+" + _POSS + r"\s+(?:own\s+)?life|talked\s+(?:\w+\s+){0,3}?down|"
    r"(?:walked|parked|climbed|stood|standing)\s+(?:\w+\s+){0,3}?(?:out|up|over|on|at)|lost)\b"
)

# Without talk of suicide, only a fall, a jump, a rescue or a body found at a
# place makes the place the location of a suicide.
_PLACE_DEATH = lazy_re(
    r"\b(?:jump\w*|leapt|leaped|fell|went\s+over|talked\s+(?:\w+\s+){0,3}?down|"
    r"found\s+(?:dead|hanging|unresponsive|at|in|near|under|below|on))\b"
)


@rule(
    id="safety/method-or-location",
    title="Method or location of a suicide or of self-harm",
    severity="critical",
    flags="Details of how or where someone died by suicide or harmed themselves: \"hanged himself\", "
          "\"by overdose\", \"how many pills\", \"jumped from the Route 9 overpass\", \"cut on their "
          "upper thighs\", a named \"suicide spot\". Not guidance that says to leave such details out, "
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
    for m in PATTERN.finditer(post.text):
        kind = m.lastgroup
        start, end = m.span()
        if kind == "method" and not death_talk(post):
            continue
        if kind == "selfharm" and not suicide_talk(post):
            continue
        if kind == "location":
            s, e = post.sentence(start)
            act = _ACT if suicide_talk(post) else _PLACE_DEATH
            if not death_talk(post) or not act.search(post.text, max(s, start - 200), min(e, end + 120)):
                continue
        sentence = post.window(start, end, 150, 120)
        if GUIDANCE.search(sentence) or (kind != "explicit" and MEANS_SAFETY.search(sentence)):
            continue
        if discussed_as_wording(post, start, end):
            continue
        yield Hit(start, end)

