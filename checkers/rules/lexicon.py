"""Word lists and patterns that more than one area uses.

Patterns run on folded text (lower-case, look-alikes replaced, spaced letters
joined), so they are written in lower case.  Keep alternations flat (no nested
quantifiers) so no pattern can backtrack catastrophically.
"""

from __future__ import annotations

import re

# Someone the author treats, referred to as a particular person or group.
# "my 3pm", "a patient of mine", "the couple I see on wednesdays", "one of my clients".
CLIENT_NOUN = (
    r"(?:client|patient|counselee|therapy client|supervisee's client|kiddo|teen|"
    r"couple|family|guy|woman|man|lady|kid|boy|girl|mom|dad|veteran|vet|student|"
    r"person|gentleman|mother|father|adolescent|child|member)"
)
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
TIME_SLOT = r"(?:\d{1,2}(?::\d\d)?\s?(?:am|pm|o'clock)|\d{1,2}(?::\d\d)|noon|morning|afternoon|evening)"

CLIENT_REFERENCE = re.compile(
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
COMPOSITE = re.compile(
    r"\bcomposite\b|\bnot\s+a\s+real\s+(?:person|client|patient|case)\b|\bfictional\b|\bhypothetical\b"
    r"|\bdetails\s+(?:have\s+been\s+|were\s+)?(?:changed|altered|disguised)\b|\bnot\s+based\s+on\s+(?:any|a\s+real)\b"
    r"|\bimaginary\s+(?:client|patient)\b|\bmade[- ]up\s+(?:example|case|client)\b|\bde-?identified\b"
)

# Signs the post points people to real crisis services.
CRISIS_RESOURCE = re.compile(
    r"\b988\b|\b911\b|\b999\b|\b112\b|\bcrisis\s+(?:text\s+)?line\b|\blifeline\b|\bemergency\s+(?:room|department|services)\b"
    r"|\bnearest\s+(?:er|emergency)\b|\btext\s+home\s+to\b|\bsamaritans\b|\bcall\s+emergency\b|\b741741\b"
)

# Signs a claim rests on a named source.
SOURCE_CUE = re.compile(
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
    r"(?:a\s+)?mental\s+illness|mentally\s+ill|manic|hypomani[ac]|(?:an\s+)?addict(?:ion)?|alcoholi[cs]m?|"
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
    r"mirtazapine|remeron|gabapentin|propranolol|suboxone|methadone|naltrexone|dose|dosage)"
)

# A prescriber, named as the person to talk to about medication.
PRESCRIBER_CUE = re.compile(
    r"\b(?:prescriber|prescribing|doctor|doc|psychiatrist|physician|gp|pcp|pharmacist|provider|"
    r"nurse\s+practitioner|np|care\s+team|medical\s+team|medical\s+supervision|supervision)\b"
)

# Framing that presents a claim as a myth to be corrected, not as true.
MYTH_FRAME = re.compile(
    r"\bmyths?\b|\bmisconceptions?\b|\bmisinformation\b|\bdebunk\w*|\bfalse\b|\bnot\s+true\b|\buntrue\b"
    r"|\boutdated\b|\boversimplif\w+|\bdisproven\b|\bdiscredited\b|\bno\s+(?:good\s+|scientific\s+|real\s+)?evidence\b"
    r"|\b(?:the\s+)?(?:idea|claim|notion|belief|theory|assumption|narrative|story)\s+that\b"
    r"|\b(?:people|some|many|folks|someone|they|others|you)\s+(?:still\s+|often\s+|may\s+|might\s+|will\s+|sometimes\s+)?"
    r"(?:say|says|said|think|thinks|believe|believes|claim|claims|told\s+you|tell\s+you|heard|insist)\b"
    r"|\b(?:you'?ve|you\s+have|i'?ve|we'?ve)\s+(?:probably\s+|likely\s+|all\s+|maybe\s+)?heard\b"
    r"|\bcontrary\s+to\b|\bfact\s*(?:check)?\s*:|\bactually\b|\bwrong\b|\bharmful\s+(?:myth|idea|claim)"
    r"|\bred\s+flags?\b|\bbeware\b|\bbe\s+(?:wary|skeptical|sceptical|careful)\b|\bwatch\s+out\b"
    r"|\bscams?\b|\bsnake\s+oil\b|\bno\s+(?:one|therapist|clinician|treatment)\s+can\b"
)
