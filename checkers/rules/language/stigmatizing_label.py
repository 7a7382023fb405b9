"""language/stigmatizing-label: slurs and labels that reduce people to a condition.

Two kinds of words:

- casual slurs drawn from mental illness: "psycho", "crazy", "nuts",
  "nut job", "lunatic", "insane", "loony", "maniac", "basket case",
  "certifiable", "schizo", "sociopath" (said of a boss or an ex), "off
  their meds", "belongs in a psych ward", "klepto", "stark raving mad",
  "special snowflake";
- labels that make a person their condition: "schizophrenics", "addicts",
  "junkies", "alcoholics", "hoarders", "the mentally ill", "crackhead",
  "substance abuser", "the handicapped", "retarded".  "Substance abuser" draws more
  punitive judgements from clinicians than "a person with a substance use
  disorder" (Kelly & Westerhoff 2010).

"Crazy" is a finding in everyday senses too ("crazy busy", "you're not
crazy for feeling this"): it still uses mental illness as the measure of
what is unreasonable, and person-centred guidance asks professionals to
model other words.

Not findings: the word mentioned as wording ("let's avoid words like
'psycho'", "stop saying schizophrenics"), names of mutual-help groups
("Alcoholics Anonymous", "Adult Children of Alcoholics"), people naming
their own recovery ("I'm a recovering alcoholic", "six years clean"),
"sociopath" offered beside another diagnosis (an armchair diagnosis, left
to the boundaries and accuracy rules), "mental" meaning of the mind ("the
challenge is mental"), hobby idioms
("adrenaline junkie", "coffee addict"), "alcoholic drinks", "nuts and
seeds".

Sources: APA Publication Manual (7th ed.), chapter 5 (bias-free language);
APA Ethics Code, Principle E; Kelly & Westerhoff, Int J Drug Policy
2010;21:202-207.
"""

from ...engine.lazy import lazy_re
from ...engine.registry import Hit, rule
from ..lexicon import discussed_as_wording, gate_matches, gate_words
from . import diagnosis_as_adjective
from ._common import PERSON, ends_with

TAG = "language:stigmatizing-label"
gate_words(TAG, "psycho", "sociopath", "craz", "cray", "nut", "lunatic", "lunacy", "insane", "loon", "maniac",
           "madm", "insanity", "basket", "certifiable", "mental", "wack", "whack", "funny", "madhouse", "schizo", "retard",
           "spaz", "derange", "demented", "strait", "straight", "padded", "psych", "asylum", "meds", "handicap",
           "addict", "junkie", "druggie", "crackhead", "cokehead", "methhead", "crack head", "coke head",
           "meth head", "pothead", "pot head", "dopehead", "dope head", "tweaker", "dope", "alcoholic",
           "abuser", "bipolar", "borderline", "anorexic", "bulimic", "depressive", "epileptic", "disabled",
           "clean", "dirty", "klepto", "special snowflake", "stark raving", "raving mad", "barking mad",
           "mad as a hatter", "hoarder", "spazz")

AT = lazy_re(
    r"(?P<plain>psychos?\b|(?:socio|psycho)paths?\b|craz(?:y|ier|iest|ies|iness)\b(?!\s+(?:horse|rich\s+asians|"
    r"ex-girlfriend|glue|eights))|cray[- ]?cray\b|nut\s?(?:jobs?|cases?|houses?)\b|nutters?\b|lunatics?\b|lunacy\b|"
    r"insane(?:ly)?\b|insanity\b(?!\s+(?:defen[cs]e|plea|verdict|statute|law|ruling|acquittal|standard|test))|loon(?:y|ey|ie|ies|eys)\b|maniacs?\b|madm[ae]n\b|basket\s+cases?\b|certifiable\b|"
    r"mental\s+(?:cases?|patients?)\b|wh?ack(?:o|os|\s?jobs?)\b|funny\s+farm\b|madhouse\b|retard(?:ed|s)?\b|"
    r"spaz(?:zes|zing|zed)?\b|deranged\b|demented\b|strait-?\s?jackets?\b|straight-?\s?jackets?\b|"
    r"padded\s+(?:room|cell)s?\b|schizophrenics\b|kleptos?\b|special\s+snowflakes?\b|(?:stark\s+)?raving\s+mad\b|"
    r"barking\s+mad\b|mad\s+as\s+a\s+hatter\b|spazz(?:y|ies|es|ing|ed)?\b|spazy\b|(?:bipolars|borderlines|anorexics|bulimics|depressives|"
    r"psychotics|epileptics)\b)"
    r"|(?P<schizo>schizos?\b)"
    r"|(?P<substance>(?:addicts|junkies|junkie|druggies|druggie|(?:crack|coke|meth|pot|dope)\s?heads?|tweakers|"
    r"dope\s?fiends?|alcoholics|hoarders)\b)"
    r"|(?P<nuts>nuts\b)"
    r"|(?P<mental>mental(?=\s*(?:[.,!?;:)]|$|\s+(?:and|but|lol|lmao|haha|today|right\s+now|over|about|when|if|at|on|after|again|every|whenever)\b)))"
    r"|(?P<ward>(?:psych\s+ward|mental\s+(?:hospital|institution|asylum)|asylum|loony\s+bin)\b)"
    r"|(?P<meds>meds\b)"
    r"|(?P<schizophrenic>schizophrenic\b)"
    r"|(?P<mentally>mentally\s+ill\b)"
    r"|(?P<handicapped>handicapped\b)"
    r"|(?P<disabled>disabled\b(?!\s+(?:parking|spot|space|stall|entrance|access|bathroom|toilet|restroom|ramp|"
    r"community|people|person|persons|adults?|children|kids|veterans?|employees?|workers?|students?|clients?|"
    r"patients?|individuals?|users?|and\s+chronically)))"
    r"|(?P<clean>(?:clean|dirty)\b)"
    r"|(?P<addict>addict\b)"
    r"|(?P<hoarder>hoarder\b)"
    r"|(?P<alcoholic>alcoholic\b)"
    r"|(?P<abuser>abusers?\b)"
    r"|(?P<dxnoun>(?:borderline|bipolar)\b)"
)

# What has to come before (end-anchored) or after (anchored) each kind of word.
_BEFORE = {
    "nuts": lazy_re(r"(?:\b(?:go|goes|going|gone|went|drive|drives|driving|drove|driven|am|is|are|was|were|be|been|"
                    r"being|absolutely|totally|completely|stark\s+raving|raving|plain|freaking|literally|so|bit|little)"
                    r"|'s|'re|'m)\s+$"),
    "mental": lazy_re(r"(?:\b(?:is|are|was|were|went|gone|go|going|goes|absolutely|totally|completely|proper|properly)"
                      r"|'s|'re)\s+(?:(?:absolutely|totally|completely|a\s+bit|a\s+little|bit|properly|full|fully|"
                      r"utterly|so|just|literally)\s+)?$"),
    "ward": lazy_re(r"\b(?:belongs?|belonged|send\s+(?:\w+\s+)?|sent\s+(?:\w+\s+)?|lock\s+(?:\w+\s+)?up)\s+"
                    r"(?:in|to)\s+(?:a|the)\s+$"),
    "meds": lazy_re(r"(?:\b(?:is|are|must\s+be|clearly|obviously|probably|someone'?s|somebody'?s|went|gone|"
                    r"forgot\s+to\s+take)|'s|'re)\s+(?:\w+\s+)?off\s+(?:his|her|their|your)\s+$"),
    "schizophrenic": lazy_re(r"(?:\b(?:a|an|the|this|that|some|like\s+a|probably|clearly|obviously|is|are)"
                             r"|'s|'re)\s+$"),
    "mentally": lazy_re(r"\b(?:the|these|those|our|all\s+the)\s+$"),
    "handicapped": lazy_re(r"\b(?:the|these|those)\s+$"),
    "disabled": lazy_re(r"\b(?:the|these|those)\s+$"),
    "addict": lazy_re(r"(?:\b(?:an|the|this|that|every|drug|heroin|opioid|opiate|meth|crack|cocaine|fentanyl|pill|"
                      r"dope|recovering|former|typical|total|hopeless|functioning)\s+|\bex-)$"),
    "alcoholic": lazy_re(r"\b(?:an|the|this|that|every|a|functioning|raging|recovering|former|hopeless|chronic|"
                         r"typical)\s+$"),
    "hoarder": lazy_re(r"\b(?:a|an|the|this|that|every|total|typical|compulsive|hopeless|such\s+a)\s+$"),
    "abuser": lazy_re(r"\b(?:substance|drug|alcohol|opioid|heroin|meth|cocaine|crack|polysubstance)\s+$"),
    "dxnoun": lazy_re(r"\b(?:a|such\s+a|total|typical|crazy)\s+$"),
}
# "mental" in its literal sense: of the mind.
_LITERAL_MENTAL = lazy_re(
    r"\b(?:challenge|game|illness|struggle|battle|part|block|barrier|issue|problem|side|aspect|component|strain|toll|"
    r"fatigue|exhaustion|load|pain|effect|difference|condition|disorder|disability|health|sport|hurdle|obstacle|"
    r"cause|reason|wall|skill|piece|half)\s+(?:\w+\s+)?(?:is|are|was|were|'s)\s+(?:(?:mostly|purely|largely|all|"
    r"entirely|partly|just|really|primarily|also)\s+)?$"
)
_MENTAL_CONTRAST = lazy_re(r",?\s+(?:(?:and|or|not|rather\s+than|as\s+well\s+as|more\s+than)\s+(?:\w+\s+)?)?physical\b")
_PERSON_NEXT = lazy_re(r"\s+" + PERSON + r"\b")
_NOT_AFTER = {
    "schizophrenic": lazy_re(r"\s+(?:disorder|spectrum|episode|symptoms?|features|illness)\b"),
    "alcoholic": lazy_re(r"\s+(?:drinks?|beverages?|content|liver|hepatitis|cirrhosis|cardiomyopathy|fatty|"
                         r"ketoacidosis|neuropathy|poisoning|beer|wine|punch)\b"),
    "dxnoun": lazy_re(r"\s+(?:personality|disorder|diagnosis|patient|client|i|ii|case|score|result)\b"),
    "hoarder": lazy_re(r"\s+(?:of|at\s+heart)\b"),
}
_PERSON_AFTER_OK = ("schizophrenic", "mentally", "handicapped", "alcoholic")
_CLEAN_BEFORE = lazy_re(
    r"(?:\b(?:stay|stays|stayed|staying|been|being|get|gets|got|getting|is|was|are|were|am|years?|months?|weeks?|"
    r"days?|tested|tests|test|came\s+back|come\s+back|comes\s+back|urine|tox|drug\s+screen)|'s|'re|'m)\s+$"
)
_CLEAN_AFTER = lazy_re(r"\s+(?:urine|ua|uas|tox\s+screens?|drug\s+(?:tests?|screens?)|tests?|screens?|and\s+sober)\b")
_DRUG_CONTEXT = lazy_re(
    r"\b(?:drugs?|using|sober|sobriety|relaps\w*|recovery|urine|tox|screen|heroin|meth|opioids?|fentanyl|"
    r"cocaine|alcohol|drinking|addict\w*|substance|methadone|suboxone|rehab|detox|probation|ua)\b"
)
_LEGAL_INSANITY = lazy_re(r"\b(?:by\s+reason\s+of|plead(?:ed|s|ing)?|pled|legal|criminal|claim(?:ed|s)?\s+of)\s+$")
_ABUSER_OF = lazy_re(r"\s+of\s+(?:drugs|alcohol|substances|opioids)\b")

# "adrenaline junkie", "coffee addict": hobby idioms, not about addiction.
_HOBBY = lazy_re(
    r"\b(?:adrenaline|news|coffee|caffeine|gym|fitness|sugar|chocolate|shopping|book|podcast|data|tech|travel|"
    r"hiking|running|workout|exercise|political|politics|trivia|plant|craft|adventure|information|info|tea|"
    r"netflix|tv|movie|film|music|sports?|puzzle|crossword|true\s+crime|productivity|spreadsheet|wellness|"
    r"self-help|research|thrill|speed|game|gaming|video\s+game|carb|candy|diet\s+coke|soda)\s+$"
)
# "I'm a recovering alcoholic", "as a former addict": a person naming their own recovery.
_OWN_RECOVERY = lazy_re(
    r"\b(?:i'?m|i\s+am|i\s+was|i'?ve\s+been|i\s+have\s+been|as|we'?re|we\s+are|we\s+were)\s+(?:a\s+|an\s+)?"
    r"(?:(?:proud|recovering|former|grateful|sober|ex-)\s*)*$"
)
# "an episode of Hoarders": the TV show.
_SHOW_BEFORE = lazy_re(r"\b(?:watch\w*|episodes?\s+of|binge\w*|season\s+\d+\s+of)\s+$")
_SHOW_AFTER = lazy_re(r"\s+(?:episodes?|marathon|show|series|season|on\s+(?:a&e|tlc|netflix|tv))\b")
_OWN_CLEAN = lazy_re(
    r"\b(?:i'?m|i\s+am|i'?ve\s+been|i\s+have\s+been|i\s+was|i\s+stayed|i\s+got|i'?ll\s+be|we'?re|we\s+are|"
    r"myself|me)\b[^.!?\n]{0,40}$"
)
# Beside another diagnostic label, "sociopath" is offered as a diagnosis, not a slur:
# "he's a covert narcissist, probably a sociopath too".
_OTHER_DX = lazy_re(r"\b(?:narcissis\w*|borderline|bpd|npd|aspd|antisocial|histrionic|personality\s+disorder|diagnos\w*)\b")
_GROUP_NAME = lazy_re(r"\s+(?:anonymous|support\s+group|family\s+group)\b")
_CHILDREN_OF = lazy_re(r"\b(?:adult\s+)?children\s+of\s+$")


def _label_span(post, text, s, m):
    """The span to report for a matched word, or None when it is not a label here."""
    kind, e = m.lastgroup, m.end()
    if kind == "plain":
        if text.startswith("insanity", s) and ends_with(_LEGAL_INSANITY, text, s, 30):
            return None  # the legal term: "not guilty by reason of insanity"
        if text.startswith(("sociopath", "psychopath"), s):
            sent_start, sent_end = post.sentence(s)
            if _OTHER_DX.search(text, max(sent_start, s - 120), min(sent_end, e + 120)):
                return None  # a diagnosis pinned on someone: left to boundaries and accuracy
        return s, e
    if kind == "schizo":
        if diagnosis_as_adjective.casual_at(post, s):
            return None  # "my schizo printer" is reported by diagnosis-as-adjective
        return s, e
    if kind in ("substance", "addict", "alcoholic", "hoarder"):
        start = s
        if kind != "substance":
            before = ends_with(_BEFORE[kind], text, s, 30)
            after_person = kind == "alcoholic" and _PERSON_NEXT.match(text, e)
            if before and not (kind in _NOT_AFTER and _NOT_AFTER[kind].match(text, e)):
                start = before.start()
            elif after_person:
                e = after_person.end()
            else:
                return None
        if text.startswith("hoarders", s) and (ends_with(_SHOW_BEFORE, text, s, 30) or _SHOW_AFTER.match(text, e)):
            return None
        if (ends_with(_HOBBY, text, s, 30) or ends_with(_OWN_RECOVERY, text, start, 40)
                or ends_with(_CHILDREN_OF, text, start, 30) or _GROUP_NAME.match(text, e)):
            return None
        return start, e
    if kind == "clean":
        # "clean"/"dirty" for a person or a drug test: "two years clean", "tested dirty".
        before = ends_with(_CLEAN_BEFORE, text, s, 40)
        after = _CLEAN_AFTER.match(text, e)
        if not (before or after) or not _DRUG_CONTEXT.search(text, max(0, s - 150), min(len(text), e + 150)):
            return None
        if ends_with(_OWN_CLEAN, text, before.start() if before else s, 60):
            return None  # "I'm a recovering addict, 6 years clean": the author's own recovery
        return (before.start() if before else s), (after.end() if after else e)
    if kind == "abuser":
        before = ends_with(_BEFORE["abuser"], text, s, 30)
        if before:
            return before.start(), e
        after = _ABUSER_OF.match(text, e)
        return (s, after.end()) if after else None
    before = ends_with(_BEFORE[kind], text, s, 60)
    if kind == "mental" and before and (ends_with(_LITERAL_MENTAL, text, s, 50) or _MENTAL_CONTRAST.match(text, e)):
        return None  # "the challenge is mental", "her illness is mental, not physical"
    if before and not (kind in _NOT_AFTER and _NOT_AFTER[kind].match(text, e)):
        if kind in _PERSON_AFTER_OK and kind != "schizophrenic" and _PERSON_NEXT.match(text, e):
            before = None  # "the mentally ill people ...": reported below as the phrase
        else:
            return before.start(), e
    if kind in _PERSON_AFTER_OK:
        after = _PERSON_NEXT.match(text, e)
        if after:
            return s, after.end()
    return None


@rule(
    id="language/stigmatizing-label",
    title="Stigmatizing label or slur",
    severity="warning",
    flags="Slurs drawn from mental illness (\"psycho\", \"crazy\", \"nuts\", \"nut job\", \"lunatic\", "
          "\"insane\", \"basket case\") and labels that make people their condition "
          "(\"schizophrenics\", \"addicts\", \"junkies\", \"the mentally ill\", \"substance abuser\"). "
          "Not words mentioned in order to retire them, group names such as Alcoholics Anonymous, "
          "or someone naming their own recovery.",
    why="Slurs tie mental illness to danger, chaos and ridicule, and labels reduce a person to a "
        "condition. Wording changes how people are treated: clinicians judged a person described as "
        "a \"substance abuser\" as more deserving of punishment than the same person described as "
        "having a substance use disorder. Readers include people with these conditions and their "
        "families, who may be deciding whether to seek help.",
    example="My ex is an absolute psycho.",
    fine="Stop saying 'schizophrenics'; say 'people with schizophrenia.' Person-first language puts the human first.",
    instead="Name the behaviour or the person, not a diagnosis-as-insult: \"my ex was cruel\", \"an "
            "exhausting week\". For people, use person-first wording: \"a person with schizophrenia\", "
            "\"a person with a substance use disorder\", \"a person in recovery\", \"people with mental "
            "illness\", \"disabled people\" or \"people with disabilities\".",
    sources="APA Publication Manual (7th ed.), chapter 5; APA Ethics Code Principle E; Kelly & "
            "Westerhoff, Int J Drug Policy 2010;21:202-207",
    message="This word is a slur drawn from mental illness or a label that reduces a person to a "
            "condition. It can hurt and discourage the readers it describes.",
)
def detect(post):
    text = post.text
    for m in gate_matches(post, TAG, AT):
        s = m.start()
        span = _label_span(post, text, s, m)
        if span and not discussed_as_wording(post, *span):
            yield Hit(*span)
