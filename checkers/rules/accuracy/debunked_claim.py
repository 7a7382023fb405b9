"""accuracy/debunked-claim: claims the evidence has rejected.

Sources: APA Ethics Code 5.01 (no false or deceptive statements), 2.04
(scientific basis of judgments) and 5.04 (media statements consistent with
the literature); APA Social Media Guideline 2.7; Hviid et al., Ann Intern Med
2019;170(8):513-520 (no MMR-autism link); Moncrieff et al., Mol Psychiatry
2022 (serotonin and depression).
"""


from ...engine.registry import Hit, rule
from ..lexicon import Gated, gated_matches, lazy_factored, word_set
from ._framing import is_question, mentioned_not_asserted

_W = r"(?:[\w'-]+\s+)"

_CLAIMS = [
    ("vaccines", "Vaccines do not cause autism; large studies of hundreds of thousands of children found no link.",
     r"\bvaccin\w*\s+" + _W + r"{0,3}?(?:cause[sd]?|causing|trigger\w*|lead\s+to|led\s+to|linked\s+to|responsible\s+for|give)\s+"
     + _W + r"{0,2}?autism\b"
     r"|\bautism\s+" + _W + r"{0,3}?(?:caused\s+by|comes\s+from|triggered\s+by|from)\s+(?:the\s+)?(?:\w+\s+)?(?:vaccin\w*|shots|jabs?|mmr)\b"
     r"|\b(?:regress\w*|changed|became\s+autistic|lost\s+(?:their|his|her)\s+words)\s+(?:\w+\s+){0,2}?after\s+"
     r"(?:their|the|his|her|those|these)\s+(?:shots|vaccines?|vaccinations?|jabs?|mmr)\b"
     r"|\b(?:vaccines?|shots)\s+and\s+autism\s*:\s*(?:i'?m\s+)?(?:not\s+saying|just\s+asking|think\s+about\s+it|do\s+your)"
     r"|\b(?:link|connection|correlation)\s+between\s+(?:\w+\s+){0,2}?vaccin\w*\s+(?:\w+\s+){0,2}?and\s+(?:\w+\s+){0,1}?autism\b"
     r"[^.!?\n]{0,40}?\b(?:is|are)\s+(?:very\s+|so\s+|100%\s+)?(?:real|there|clear|obvious|undeniable)\b"),
    ("imbalance", "Depression is not simply a chemical imbalance; research points to many interacting causes.",
     r"\b(?:depression|anxiety|mental\s+illness|bipolar(?:\s+disorder)?|adhd|ocd|it)\s+(?:is|=)\s+(?:just\s+|simply\s+|only\s+|"
     r"purely\s+|100%\s+|entirely\s+|basically\s+|nothing\s+but\s+|all\s+|really\s+|always\s+|literally\s+|truly\s+|"
     r"actually\s+|totally\s+)?(?:caused\s+by\s+)?an?\s+"
     r"(?:\w+\s+)?(?:chemical\s+imbalance|(?:serotonin|dopamine)\s+(?:deficiency|imbalance|shortage|problem))\b"
     r"|\b(?:depression|anxiety)\s+(?:is|=)\s+(?:just\s+|simply\s+|only\s+|really\s+|basically\s+)?(?:caused\s+by\s+)?(?:low|a\s+lack\s+of)\s+"
     r"(?:serotonin|dopamine)\b"
     r"|\bchemical\s+imbalance\s+(?:in\s+(?:your|the)\s+brain\s+)?(?:causes|is\s+the\s+(?:cause|reason|root))"
     r"|\blow\s+serotonin\s+(?:causes|is\s+the\s+(?:cause|reason))\b"
     r"|\bfix\s+your\s+(?:serotonin|dopamine|brain\s+chemistry),?\s+(?:fix|cure|heal|change)"),
    ("not-real", "These conditions are real, well-studied and diagnosable.",
     r"\b(?:adhd|add|autism|depression|anxiety|ptsd|ocd|bipolar(?:\s+disorder)?|mental\s+illness|postpartum\s+depression|"
     r"eating\s+disorders?)\s+(?:isn't|is\s+not|ain't|aren't|are\s+not)\s+(?:even\s+)?(?:a\s+)?real\b"
     r"|\b(?:adhd|add|autism|depression|anxiety|ptsd|ocd|mental\s+illness)\s+(?:is|=|'s)\s+(?:(?:just|simply|really|basically|all|"
     r"only|honestly|actually|mostly|mainly|literally|nothing\s+but|nothing\s+more\s+than|an?\s+(?:fancy|medical|trendy|modern)\s+"
     r"(?:word|name|label|excuse)\s+for)\s+){0,3}"
     r"(?:a\s+myth|made\s+up|fake|a\s+hoax|an\s+excuse|laziness|weakness|a\s+(?:sign\s+of\s+)?weakness|a\s+choice|bad\s+parenting|"
     r"all\s+in\s+your\s+head|in\s+your\s+head|a\s+(?:made-up|fake|fictional|modern)\s+\w+|invented|a\s+trend|a\s+fad|attention[- ]seeking|"
     r"sadness|being\s+sad|worrying\s+too\s+much|overthinking|a\s+lack\s+of\s+(?:discipline|willpower|faith|gratitude|effort|motivation)|"
     r"(?:an?\s+)?(?:discipline|parenting|character|motivation|willpower|attitude|behaviou?r|moral|spiritual|faith|laziness|"
     r"effort|lifestyle|mindset|thinking|perspective|gratitude)\s+(?:problem|issue|failing|failure|flaw|defect|thing)|bad\s+behaviou?r|"
     r"kids\s+being\s+kids|boys\s+being\s+boys|(?<=just\s)an?\s+(?:fancy\s+|trendy\s+|new\s+|convenient\s+|made-up\s+)?"
     r"(?:label|excuse|word|name)\s+for)\b"
     r"|\bkids\s+who\s+need\s+more\s+discipline\b"
     r"|\b(?:adhd|autistic|anxious|depressed)\s+(?:kids|children|students|teens|people|adults)\s+(?:just\s+|really\s+|only\s+)?need\s+"
     r"(?:more\s+|some\s+|a\s+little\s+|better\s+|stricter\s+)?(?:discipline|a\s+good\s+spanking|tough\s+love|to\s+try\s+harder)\b"
     r"|\b(?:there'?s|there\s+is)\s+no\s+such\s+thing\s+as\s+(?:adult\s+)?(?:adhd|add|autism|depression|anxiety|ptsd|ocd|"
     r"mental\s+illness)\b"
     r"|\b(?:it'?s|that'?s|it\s+is|that\s+is)\s+not\s+(?:adhd|autism|depression|anxiety|ocd|ptsd),?\s+(?:it'?s\s+|that'?s\s+|it\s+is\s+|"
     r"just\s+)?(?:laziness|bad\s+parenting|a\s+lack\s+of\s+(?:discipline|effort|willpower)|a\s+(?:discipline|parenting|character|"
     r"motivation|attitude)\s+problem)\b"),
    ("bad-parenting", "ADHD and autism are not caused by parenting, sugar or 'cold' mothers.",
     r"\b(?:adhd|autism|autistic\s+\w+|hyperactivity|schizophrenia|schizophrenics|bipolar|depression)[\s,]+(?:[\w,]+\s+){0,5}?"
     r"(?:is\s+|are\s+)?(?:caused\s+by|comes\s+from|come\s+from|is\s+from|(?:is|are)\s+made\s+by|(?:is|are)\s+due\s+to|"
     r"(?:is|are)\s+the\s+result\s+of)\s+(?:\w+\s+)?(?:(?:bad|poor|lazy|permissive|cold|distant|unloving|cold\s+and\s+distant)\s+)?"
     r"(?:parenting|parents|mothering|mothers?|moms?|sugar|screens|diet|food\s+dyes)\b"
     r"|\b(?:gaming|game|games|video\s+games|screens?|screen\s+time|tablets?|ipads?|phones?|social\s+media|sugar)\b[^.!?\n]{0,60}?\b(?:causes?|gives?|"
     r"leads?\s+to|develops?|develop|creates?)\s+(?:\w+\s+)?(?:adhd|autism)\b"
     r"|\bsugar\s+(?:causes|makes\s+(?:kids|children)|leads\s+to)\s+(?:hyperactiv\w*|adhd)\b"
     r"|\brefrigerator\s+(?:mothers?|moms?|parent\w*)\b"
     r"|\bcold,?\s+(?:distant|unloving)\s+mothers?\s+(?:cause|caused)\b"),
    ("split-personality", "Schizophrenia is not a split or multiple personality.",
     r"\bschizophreni\w*\s+(?:\w+\s+){0,3}?(?:means|is|=|are|have|has|with|aka)\s+(?:\w+\s+){0,3}?(?:split|multiple|dual|two|several)\s+"
     r"personalit\w*"
     r"|\b(?:split|multiple|dual)\s+personalit\w*\s+(?:\(|aka\s+|or\s+|also\s+known\s+as\s+|i\.e\.\s+|like\s+)(?:in\s+)?schizophreni\w*"),
    ("ten-percent", "People use virtually all of their brain.",
     r"\b(?:only\s+)?use\s+(?:only\s+)?(?:about\s+)?(?:10|ten)\s*(?:%|percent)\s+of\s+(?:our|your|their|the|his|her)\s+brains?\b"),
    ("never-change", "Personality disorders and addiction are treatable; people do change.",
     r"\b(?:narcissists|people\s+with\s+(?:npd|bpd|borderline|personality\s+disorders?|addiction)|addicts|sociopaths|psychopaths|"
     r"borderlines|alcoholics)\s+(?:can\s+never|will\s+never|can't\s+ever|can't|cannot|never)\s+(?:truly\s+|really\s+)?"
     r"(?:change|get\s+better|recover|heal|be\s+(?:treated|helped|cured))\b"
     r"|\b(?:bpd|npd|addiction|schizophrenia|personality\s+disorders?)\s+(?:is|are)\s+(?:untreatable|incurable\s+and\s+hopeless|hopeless)\b"),
    ("violence", "Psychiatric medication and mental illness are not causes of mass violence; most people with mental illness are never violent.",
     r"\b(?:antidepressants?|ssris?|psych\s+meds|psychiatric\s+(?:drugs|meds|medications?))\s+(?:cause|caused|causes|are\s+behind|"
     r"are\s+responsible\s+for|fuel|lead\s+to)\s+(?:\w+\s+){0,2}?(?:shootings|violence|murders?|killings|rampages)\b"
     r"|\b(?:people\s+with\s+(?:schizophrenia|mental\s+illness|bipolar\s+disorder|psychosis)|schizophrenics|the\s+mentally\s+ill)\s+"
     r"are\s+(?:\w+\s+)?(?:violent|dangerous|killers|a\s+danger)\b"),
    ("stereotype", "These common beliefs misstate what the conditions are.",
     r"\bocd\s+(?:is|means)\s+(?:just\s+|basically\s+|really\s+)?(?:about\s+)?(?:being\s+)?(?:super\s+|very\s+|really\s+|a\s+little\s+|extra\s+|too\s+)?(?:neat|tidy|clean|organi[sz]ed|a\s+neat\s+freak)\b"
     r"|\bbipolar(?:\s+disorder)?\s+(?:is|means)\s+(?:just\s+)?(?:mood\s+swings|moody|being\s+moody)\b"
     r"|\bptsd\s+only\s+(?:happens\s+to|affects)\s+(?:soldiers|veterans|military)\b"
     r"|\beating\s+disorders?\s+(?:are|is)\s+(?:just\s+)?(?:a\s+choice|about\s+vanity|vanity|only\s+(?:a\s+)?\w+\s+(?:thing|problem))\b"
     r"|\baddiction\s+is\s+(?:just\s+|simply\s+)?(?:a\s+choice|a\s+moral\s+failing|a\s+lack\s+of\s+willpower|weakness)\b"
     r"|\b(?:autism|autistic\s+people)\s+(?:can\s+be\s+cured|(?:is\s+)?outgrown|grow\s+out\s+of\s+it)\b"
     r"|\bpray\s+(?:away|your\s+way\s+out\s+of)\s+(?:the\s+)?(?:depression|anxiety|mental\s+illness)\b"),
    ("conspiracy", "\"What they won't tell you\" framing presents a claim as suppressed truth instead of giving evidence.",
     r"\bbig\s+pharma\s+(?:won't|doesn't\s+want|pushes|hides|is\s+hiding|wants|will\s+never|profits)"
     r"|\byour\s+(?:doctor|psychiatrist|therapist|gp)\s+(?:won't|will\s+never|doesn't\s+want\s+you\s+to)\s+(?:tell|know|admit)"
     r"|\b(?:they|doctors|psychiatrists)\s+don't\s+want\s+you\s+to\s+know\b"),
    ("single-cause", "Suicide and mental illness have many interacting causes, not one.",
     r"\bnothing\s+will\s+(?:stop|fix|solve|end|change)\s+(?:it|this|\w+)\s+(?:until|unless|except)\b"
     r"|\bthe\s+(?:only|real|one|single)\s+(?:cause|reason)\s+(?:of|for)\s+(?:\w+\s+)?(?:suicide|depression|anxiety|adhd|autism|"
     r"addiction|mental\s+illness)\b"
     r"|\b(?:suicide|depression|anxiety|adhd|autism)\s+(?:is|are)\s+(?:all\s+|entirely\s+|only\s+|100%\s+)(?:caused\s+by|because\s+of|due\s+to)\b"
     r"|\b(?:is|are)\s+the\s+(?:one\s+and\s+only|only|sole|single|one\s+true)\s+(?:cause|reason|driver)\b"),
    ("group-stereotype", "Generalisations about everyone with a diagnosis are inaccurate and stigmatising.",
     r"\b(?:borderlines|people\s+with\s+(?:bpd|borderline(?:\s+personality\s+disorder)?|bipolar(?:\s+disorder)?|schizophrenia|"
     r"adhd)|schizophrenics|bipolars|addicts|alcoholics)\s+(?:are|will)\s+(?:all\s+|just\s+|always\s+|"
     r"inherently\s+|naturally\s+)?(?:manipulative|liars|lying|attention[- ]seekers|attention[- ]seeking|evil|abusers|abusive|lazy|"
     r"crazy|toxic|hopeless|untreatable|incapable\s+of\s+love|selfish)\b"),
    ("rock-bottom", "People can recover without hitting rock bottom; earlier help works better.",
     r"\b(?:have|has|had|need|needs|must)\s+to\s+hit\s+rock\s+bottom\b"
     r"|\b(?:can'?t|cannot|won'?t|never)\s+(?:\w+\s+){0,2}?(?:recover|get\s+better|get\s+sober|change)\s+until\s+(?:they|you|he|she)\s+"
     r"(?:hit|hits)\s+rock\s+bottom\b|\buntil\s+(?:they|you|he|she)\s+(?:hit|hits)\s+rock\s+bottom\b"),
    ("suicide-myth", "People who talk about suicide may act on it; talking about it is a warning sign to take seriously.",
     r"\bpeople\s+who\s+(?:talk\s+about|threaten|mention)\s+(?:suicide|killing\s+themselves|it)\s+(?:never|don'?t|won'?t|rarely)\s+"
     r"(?:actually\s+)?(?:do|go\s+through|follow\s+through|act|kill)"
     r"|\b(?:suicide|self-?harm|cutting)\s+(?:threats?\s+)?(?:is|are)\s+(?:just\s+|only\s+)?(?:attention[- ]seeking|for\s+attention|selfish|"
     r"cowardly|a\s+cry\s+for\s+attention)\b"
     r"|\basking\s+(?:someone\s+)?(?:about|if\s+they'?re\s+thinking\s+about)\s+suicide\s+(?:will\s+|can\s+)?(?:plants?|puts?|gives?)\s+"
     r"(?:the\s+)?idea"
     # attempts dismissed as not real: "most attempts are just cries for help"
     r"|\b(?:attempts?|overdoses|threats|self-?harm|cutting)\s+(?:[\w'-]+\s+){0,3}?(?:are|is|were|was)\s+(?:(?:honestly|really|mostly|usually|basically|"
     r"all|always|generally|typically|often)\s+){0,2}(?:just|only|merely|nothing\s+but|nothing\s+more\s+than|simply)\s+(?:a\s+)?"
     r"(?:cry|cries|plea|pleas|bid|bids|call|calls|grab|grabs|play|ploy|ploys)\s+for\s+(?:help|attention)\b"
     r"|\b(?:attempts?|overdoses|threats)\s+(?:[\w'-]+\s+){0,3}?(?:are|is|were|was)\s+(?:(?:honestly|really|mostly|usually|basically|all|always|generally|"
     r"typically|often)\s+){0,2}(?:a\s+)?(?:cry|cries|plea|pleas|bid|bids|call|calls)\s+for\s+(?:help|attention),?\s+(?:and\s+)?"
     r"not\s+(?:real|serious|genuine|actual)\b"
     r"|\b(?:attempts?|overdoses|threats|self-?harm|cutting)\s+(?:[\w'-]+\s+){0,3}?(?:are|is|were|was)\s+(?:(?:honestly|really|mostly|usually|basically|"
     r"all|always|just|only)\s+){0,2}(?:attention[- ]seeking|for\s+attention|manipulative|manipulation|a\s+(?:bid|grab|ploy)\s+for\s+"
     r"attention)\b"
     r"|\b(?:people\s+who\s+(?:threaten|talk\s+about|mention|post\s+about)\s+(?:suicide|it|killing\s+themselves|self-?harm)|"
     r"the\s+(?:loud|dramatic|vocal)\s+ones)\s+(?:are\s+|is\s+)?(?:(?:just|only|usually|mostly|all|really|simply)\s+){1,2}"
     r"(?:want\w*\s+attention|being\s+(?:manipulative|dramatic)|manipulat\w+|attention[- ]seek\w*|seeking\s+attention|"
     r"doing\s+it\s+for\s+attention|dramatic)\b"
     # inevitability: "most of them will do it eventually anyway"
     r"|\b(?:most\s+of\s+them|many\s+of\s+them|they|people\s+like\s+(?:that|this|them)|(?:most|many)\s+(?:people|patients|clients))\s+"
     r"(?:will|are\s+going\s+to|'ll|are\s+gonna)\s+(?:just\s+|still\s+)?(?:do\s+it|kill\s+themselves|end\s+it|go\s+through\s+with\s+it|"
     r"find\s+a\s+way|die\s+by\s+suicide|succeed)\s+(?:eventually|anyway|sooner\s+or\s+later|no\s+matter\s+what)\b"
     r"|\bif\s+(?:someone|somebody|a\s+person|they|people)\s+(?:really\s+|truly\s+|genuinely\s+)?wants?\s+to\s+(?:die|kill\s+themselves|"
     r"end\s+(?:it|their\s+life)|do\s+it),?\s+(?:nothing|no\s+one|nobody|you\s+can'?t|you\s+cannot|we\s+can'?t|there'?s\s+nothing)\b"),
]
# Words each claim needs: one from every "&"-separated group, the rarest group first (see
# _possible).  A claim whose words are absent is not looked for.
_TRIGGERS = {
    "vaccines": "~vaccin shots shot jab jabs mmr link connection correlation",
    "imbalance": "imbalance serotonin dopamine chemistry",
    "not-real": "real myth made fake hoax excuse laziness weakness choice parenting head invented trend fad attention fictional modern"
                " sadness sad worrying overthinking lack discipline problem issue failing failure flaw defect thing behavior"
                " behaviour boys kids being such spanking love harder mindset label excuse word name"
                " & adhd add autism autistic anxious depressed depression anxiety ptsd ocd bipolar mental postpartum eating kids"
                " there thats that it its",
    "bad-parenting": "parenting parents mothers mother moms mom mothering sugar screens screen diet dyes refrigerator gaming"
                     " games game tablets tablet ipads ipad phones phone social"
                     " & adhd autism autistic ~hyperactiv refrigerator cold kids children schizophrenia schizophrenics"
                     " bipolar depression",
    "split-personality": "~personalit & ~schizophreni",
    "ten-percent": "brain brains & 10 ten 10percent tenpercent",
    "never-change": "narcissists people addicts sociopaths psychopaths borderlines alcoholics bpd npd addiction schizophrenia"
                    " personality & never can cannot untreatable incurable hopeless",
    "violence": "shootings violence murders murder killings rampages violent dangerous killers danger"
                " & antidepressant antidepressants ssri ssris psych psychiatric people schizophrenics mentally",
    "stereotype": "ocd bipolar ptsd eating addiction autism autistic pray"
                  " & neat tidy clean organized organised freak mood moody swings only choice vanity moral willpower"
                  " weakness cured outgrown grow away way",
    "conspiracy": "pharma won never want & pharma doctor psychiatrist therapist gp doctors psychiatrists they",
    "single-cause": "until unless except cause reason caused because due driver"
                    " & nothing only real one single all entirely 100 sole",
    "group-stereotype": "manipulative liars lying attention evil abusers abusive lazy crazy toxic hopeless untreatable"
                        " incapable selfish"
                        " & borderlines people schizophrenics bipolars addicts alcoholics",
    "rock-bottom": "rock & bottom",
    "suicide-myth": "never don dont won wont rarely attention selfish cowardly ~idea help ~manipulat dramatic ~want"
                    " eventually anyway later matter"
                    " & suicide self harm selfharm cutting asking people loud dramatic vocal attempt attempts overdoses threats them"
                    " they someone somebody person patients clients",
}
def _need(group: str):
    """Words, and "~stem" for a stem that may carry any ending ("vaccin" in "vaccinations")."""
    items = group.split()
    stems = tuple(w[1:] for w in items if w.startswith("~"))
    plain = frozenset(w for w in items if not w.startswith("~"))
    return (plain, stems) if stems else plain


CLAIMS = tuple(
    (name.replace("-", "_"), Gated(lazy_factored(rx), tuple(_need(g) for g in _TRIGGERS[name].split("&"))), fact)
    for name, fact, rx in _CLAIMS
)
_GATES = tuple(gated for _, gated, _ in CLAIMS)
# A post with no word (or stem) of any claim's first group can match no claim.
_FIRST_WORDS = frozenset().union(*(g.need[0] if g.need[0].__class__ is frozenset else g.need[0][0] for g in _GATES))
_FIRST_STEMS = tuple(stem for g in _GATES if g.need[0].__class__ is tuple for stem in g.need[0][1])


def _possible(post) -> bool:
    return not _FIRST_WORDS.isdisjoint(word_set(post)) or any(stem in post.text for stem in _FIRST_STEMS)


class _KindOf(dict):
    """Compiled pattern -> (kind, fact), filled on first use (patterns compile lazily)."""

    def __missing__(self, compiled):
        for kind, gated, fact in CLAIMS:
            self[gated.pattern.compiled] = (kind, fact)
        return self[compiled]


_KIND_OF = _KindOf()
_MH_TOPIC = lazy_factored(
    r"\b(?:suicid\w*|depress\w*|anxiety|adhd|autis\w*|addiction|mental\s+(?:illness|health)|self-?harm|overdoses?|epidemic|"
    r"schizophreni\w*|bipolar|ptsd|ocd)\b"
)
_SUICIDE_NEAR = lazy_factored(
    r"\b(?:suicid\w*|self-?harm\w*|cutting|overdos\w*|attempt\w*|die|dying|kill\w*|end\s+(?:it|their\s+life)|ed|er|"
    r"depress\w*|crisis|ideation|hospitali[sz]\w*)\b"
)
_NEGATION_INSIDE = {"not_real", "never_change", "single_cause", "conspiracy", "rock_bottom", "suicide_myth"}
_NEG_GAP = lazy_factored(r"\b(?:not|never|no|isn'?t|aren'?t|doesn'?t|don'?t|didn'?t|can'?t|cannot|won'?t|wasn'?t|weren'?t)\b|n't\b")

# Signs the post argues against the claim rather than for it.
_REBUTTAL_NEAR = lazy_factored(r"\b(?:no\s+(?:link|evidence|connection)|not\s+linked|don't\s+cause|do\s+not\s+cause|doesn't\s+cause|retracted|"
    r"debunked|discredited|disproven|long\s+since|used\s+to\s+(?:think|believe|blame)|once\s+(?:believed|blamed|thought)|"
    r"in\s+the\s+\d{4}s|history|historically|they\s+(?:don'?t|do\s+not)|it\s+(?:doesn'?t|does\s+not))\b"
)


@rule(
    id="accuracy/debunked-claim",
    title="Debunked or false claim",
    severity="warning",
    flags="Claims the evidence has rejected, asserted as true: vaccines cause autism, depression is "
          "\"just a chemical imbalance\", \"ADHD isn't real\", \"refrigerator mothers\", schizophrenia "
          "as a split personality, \"we only use 10% of our brains\", \"ADHD is just a discipline problem\", "
          "\"most attempts are just cries for help\", \"they'll do it eventually anyway\". Quoting a myth "
          "to correct it, or naming it as something others believe, is not flagged.",
    why="Clinicians' posts carry professional authority. Repeating a debunked claim as fact spreads "
        "misinformation, can stigmatise people and families, and can steer people away from care "
        "that works.",
    example="Honestly, ADHD isn't real. Those kids just need more discipline.",
    fine="Myth: 'ADHD isn't real.' Fact: it is one of the most studied conditions in child psychiatry.",
    instead="State what the evidence shows, with a source; if you mention the myth, label it as a "
            "myth and correct it in the same breath.",
    sources="APA Ethics Code 5.01, 2.04, 5.04; APA Social Media Guideline 2.7; Hviid et al., "
            "Ann Intern Med 2019;170(8):513-520",
    message="This repeats a claim that the evidence does not support.",
)
def detect(post):
    if not _possible(post):
        return
    text = post.text
    for m in gated_matches(post, _GATES):
        kind, fact = _KIND_OF[m.re]
        yield from _check(post, text, kind, m, fact)


def _check(post, text, kind, m, fact):
    start, end = m.start(), m.end()
    if post.negated(start, 40 if kind == "not_real" else 80):
        return
    if kind not in _NEGATION_INSIDE and _NEG_GAP.search(m.group(0)):
        return
    if mentioned_not_asserted(post, start, end) or is_question(post, start):
        return
    if kind in ("vaccines", "bad_parenting") and _REBUTTAL_NEAR.search(post.window(start, end, 120, 160)):
        return
    if kind == "single_cause" and not _MH_TOPIC.search(text, max(0, start - 150), min(len(text), end + 80)):
        return  # "stress is the only reason I..." is not a claim about a condition
    if kind == "suicide_myth" and not _SUICIDE_NEAR.search(text, max(0, start - 300), min(len(text), end + 100)):
        return  # "most of them will do it eventually anyway" (the homework) is not about suicide
    yield Hit(start, end, message="This repeats a claim that the evidence does not support. " + fact)
