"""Trap cases for the language rules (respectful, non-stigmatizing language).

Each FIRES case must raise the named rule at warning or above; each QUIET case
must raise no warning or critical finding in the language area.  The quiet
cases are what a keyword spotter gets wrong: clinical use of a diagnosis,
person-first and identity-first self-description, "so" as a conjunction,
words quoted in order to retire them, group names such as Alcoholics
Anonymous, hobby idioms, nuts you eat, suffering that is not an illness.
"""

import pytest

import checkers

from .support import assert_fires_in_area, assert_no_findings

FIRES = [
    # diagnosis-as-adjective
    ("language/diagnosis-as-adjective", "I'm so OCD about color-coding my calendar."),
    ("language/diagnosis-as-adjective", "Sorry, I'm a bit OCD about typos in my captions."),
    ("language/diagnosis-as-adjective", "Color-coded my closet this weekend, I'm a little OCD, don't judge!"),
    ("language/diagnosis-as-adjective", "Ugh, I'm kinda ADHD today, can't focus on anything."),
    ("language/diagnosis-as-adjective", "when your project partner is SO ADHD he forgets the meeting exists"),
    ("language/diagnosis-as-adjective", "LOL that's so autistic of you."),
    ("language/diagnosis-as-adjective", "The weather in Denver is so bipolar today."),
    ("language/diagnosis-as-adjective", "Bipolar weather again: hail, then sunshine."),
    ("language/diagnosis-as-adjective", "This market is totally ＢＩＰＯＬＡＲ today"),  # fullwidth letters
    ("language/diagnosis-as-adjective", "My printer is being so schizo this morning."),
    ("language/diagnosis-as-adjective", "My schizo printer jammed again."),
    ("language/diagnosis-as-adjective", "Monday mood: feeling a little manic-depressive today"),
    ("language/diagnosis-as-adjective", "Having such an ADHD moment right now."),
    ("language/diagnosis-as-adjective", "My boss went psychotic when the report was late."),
    ("language/diagnosis-as-adjective", "My kitchen is OCD-level clean now."),
    ("language/diagnosis-as-adjective", "He's so on the spectrum with his trains, lol."),
    ("language/diagnosis-as-adjective", "Alphabetizing my spice rack because I'm so O\u200bC\u200bD"),  # zero-width
    # stigmatizing-label
    ("language/stigmatizing-label", "My ex is an absolute psycho."),
    ("language/stigmatizing-label", "when ur ex goes full p s y c h o in the group chat"),  # spaced letters
    ("language/stigmatizing-label", "Thаt driver who cut me off is a total psychо"),  # Cyrillic а, о
    ("language/stigmatizing-label", "This week has been crazy busy, sorry for the slow replies!"),
    ("language/stigmatizing-label", "You're not crazy for feeling this way."),
    ("language/stigmatizing-label", "Crazy people in my comments arguing about whether therapy works."),
    ("language/stigmatizing-label", "Lock your doors, the nut jobs are out tonight."),
    ("language/stigmatizing-label", "Had a walk-in this afternoon who was absolutely nuts."),
    ("language/stigmatizing-label", "Politicians are all lunatics."),
    ("language/stigmatizing-label", "This new policy is insane."),
    ("language/stigmatizing-label", "She's been a total basket case since the breakup."),
    ("language/stigmatizing-label", "My clients this week are all certifiable lol."),
    ("language/stigmatizing-label", "My boss is literally a sociopath lol."),
    ("language/stigmatizing-label", "Schizophrenics are far more likely to be victims of violence than perpetrators."),
    ("language/stigmatizing-label", "Our group welcomes schizophrenic patients and their families."),
    ("language/stigmatizing-label", "Proud to have served the mentally ill and the handicapped since 1952."),
    ("language/stigmatizing-label", "Hiring a case manager for our program serving addicts downtown."),
    ("language/stigmatizing-label", "Five ways to help a loved one who's a drug addict."),
    ("language/stigmatizing-label", "Thrilled to launch our new program for alcoholics in early recovery!"),
    ("language/stigmatizing-label", "My dad was an alcoholic and it shaped my childhood."),
    ("language/stigmatizing-label", "Work at a methadone clinic. The junkies line up at 6 am."),
    ("language/stigmatizing-label", "Substance abusers need consequences, not coddling."),
    ("language/stigmatizing-label", "That guy is a crackhead, stay away."),
    ("language/stigmatizing-label", "That's so retarded."),
    ("language/stigmatizing-label", "Borderlines are so manipulative, honestly."),
    ("language/stigmatizing-label", "Someone's clearly off their meds in the comments today."),
    ("language/stigmatizing-label", "People like that belong in a psych ward."),
    ("language/stigmatizing-label", "His urine came back dirty again, so he's out of the program."),
    ("language/diagnosis-as-adjective", "me doing my taxes: *completely schizo*"),
    # suffers-from
    ("language/suffers-from", "Meet Jamie, who suffers from schizophrenia."),
    ("language/suffers-from", "She has been suffering from severe depression for years."),
    ("language/suffers-from", "How we support people suffering from depression through every season."),
    ("language/suffers-from", "My brother suffers from bipolar and won't see anyone."),
    ("language/suffers-from", "Afflicted with bipolar disorder, he struggled to keep a job."),
    ("language/suffers-from", "A victim of schizophrenia, she lived on the streets for years."),
    ("language/suffers-from", "Depression sufferers often hide their symptoms."),
    ("language/suffers-from", "Stricken with anxiety, she never left home."),
    ("language/suffers-from", "Our newest hire is confined to a wheelchair yet still comes in smiling!"),
    ("language/suffers-from", "Accessibility tips for working with the wheelchair-bound."),
    ("language/suffers-from", "He's wheelchair bound since the accident."),
    # --- round 2: phenomena, in words of our own ---
    # diagnoses as adjectives for things, places and the weather
    ("language/diagnosis-as-adjective", "my inbox is schizophrenic today"),
    ("language/diagnosis-as-adjective", "My calendar is totally schizophrenic this week."),
    ("language/diagnosis-as-adjective", "My phone is acting so bipolar today, 100% then dead."),
    ("language/diagnosis-as-adjective", "This city is bipolar: sunny at noon, hail at two."),
    ("language/diagnosis-as-adjective", "Houston weather is schizo this week: 80 degrees then freezing rain."),
    ("language/diagnosis-as-adjective", "Chicago is so bipolar, 70 degrees then snow."),
    ("language/diagnosis-as-adjective", "I'm totally OCD lol"),
    ("language/diagnosis-as-adjective", "My desk is OCD clean."),
    ("language/diagnosis-as-adjective", "My closet is OCD-organized and I love it."),
    ("language/diagnosis-as-adjective", "She's anorexic-thin and everyone praises her."),
    ("language/diagnosis-as-adjective", "Sorry for the spam, my brain is so ADHD today."),
    # labels and slurs
    ("language/stigmatizing-label", "that guy is a total schizo"),
    ("language/stigmatizing-label", "Some lunatic tailgated me for ten miles."),
    ("language/stigmatizing-label", "Another junkie passed out in our parking lot."),
    ("language/stigmatizing-label", "Meth heads stole my catalytic converter."),
    ("language/stigmatizing-label", "These druggies leave needles in the park."),
    ("language/stigmatizing-label", "He's a retard."),
    ("language/stigmatizing-label", "Honestly my coworker is mental."),
    ("language/stigmatizing-label", "She went completely mental at the meeting."),
    ("language/stigmatizing-label", "My neighbor is a bit loony."),
    ("language/stigmatizing-label", "Some nutcase left a one-star review."),
    ("language/stigmatizing-label", "Watch out for that psycho driver on 5th."),
    ("language/stigmatizing-label", "Schizophrenics shouldn't own guns."),
    ("language/stigmatizing-label", "Addicts deserve whatever happens to them."),
    ("language/stigmatizing-label", "Total klepto, she took all the pens."),
    ("language/stigmatizing-label", "That kid is so spazzy today."),
    ("language/stigmatizing-label", "He went stark raving mad after the divorce."),
    ("language/stigmatizing-label", "Gen Z are special snowflakes who can't handle feedback."),
    ("language/stigmatizing-label", "Our town has a hoarder problem: these hoarders never change."),
    ("language/stigmatizing-label", "Epileptics shouldn't drive, period."),
    # "suffers from", "victims of", "wheelchair-bound"
    ("language/suffers-from", "My aunt suffers from dementia."),
    ("language/suffers-from", "Too many kids are victims of autism these days."),
    ("language/suffers-from", "We offer ramps for wheelchair-bound visitors."),
    ("language/suffers-from", "Children afflicted with autism deserve early services."),
    ("language/suffers-from", "He's been a victim of depression since high school."),
    ("language/diagnosis-as-adjective", "Call me OCD, but the labels on my files must match."),
    ("language/stigmatizing-label", "My mom is a hoarder and it's a nightmare."),
    ("language/stigmatizing-label", "Our new intern is a bit of a nutter."),
]

QUIET = [
    # clinical use and self-description
    "Obsessive-compulsive disorder is treatable; exposure and response prevention has strong evidence.",
    "I'm now offering specialized treatment of OCD at our Portland office.",
    "Bipolar I and bipolar II differ in the severity of mania.",
    "Living with bipolar disorder doesn't mean living without stability.",
    "Support group for people with schizophrenia meets Thursdays.",
    "I was diagnosed with ADHD at 34, and treatment changed how I run my practice.",
    "I'm autistic and I love my job as a counselor.",
    "Panel: three autistic adults talk about being diagnosed in adulthood.",
    "My OCD about contamination got much better with ERP.",
    "What kind of OCD do you treat? Contamination, harm, and scrupulosity.",
    "We made a visual schedule so ADHD kids can plan their day.",
    "OCD is not about being neat. It's intrusive thoughts and compulsions that can take hours a day.",
    "Psychosis is treatable, and early intervention helps.",
    "Psychopathy research has a long history, starting with Cleckley.",
    "Borderline personality disorder is treatable with DBT.",
    "Her scores were borderline normal.",
    "Mental health days are real health days.",
    # words mentioned in order to retire them
    "Let's avoid words like 'psycho' and 'crazy' when describing exes or coworkers.",
    "Stop saying 'schizophrenics' — say 'people with schizophrenia.'",
    "Swap this for this: 'an addict' → 'a person with a substance use disorder'; 'suffers from' → 'lives with'.",
    "Training tip: 'OCD' isn't an adjective. When a coworker says 'I'm so OCD about my desk,' explain gently.",
    "Please stop saying you're so OCD; it trivializes a disabling disorder.",
    "Say \"person with a substance use disorder\" rather than \"addict\".",
    "Instead of suffers from, try lives with or has.",
    "Clients tell us that being called \"crazy\" by a professional stays with them for years.",
    "My coworker called me crazy for crying at work, and it stuck with me.",
    "Fun fact: the \"psycho\" in psychology comes from the Greek psyche, meaning soul.",
    # recovery, group names, hobby idioms, food, beverages
    "Alcoholics Anonymous meets in the church basement on Tuesdays.",
    "Adult Children of Alcoholics meetings can help.",
    "I'm a recovering alcoholic, 12 years sober, and now a counselor.",
    "As a recovering addict myself, I know how hard early recovery is.",
    "I'm an adrenaline junkie: skydiving this weekend!",
    "Total coffee addict here.",
    "Please serve alcoholic drinks responsibly at the staff party.",
    "Snack ideas: nuts, seeds, and fruit.",
    "The nut allergy policy at our practice: no peanuts in the break room.",
    "People with substance use disorders deserve respect and evidence-based care.",
    "I love a clean desk on Monday mornings.",
    # suffering that is not a health condition, first-person experience, wheelchair users
    "I suffered from panic attacks for years before I got help.",
    "Our town suffers from a shortage of child psychiatrists.",
    "Our county is suffering from a lack of funding.",
    "Victims of domestic violence can call the hotline.",
    "She lives with bipolar disorder and uses a wheelchair.",
    "Wheelchair users need step-free access; the ramp is on the north side.",
    "Accessible parking for disabled visitors is by the entrance.",
    # --- round 2 traps ---
    # the author's own experience
    "I'm a recovering addict, 6 years clean.",
    "Ten years clean this month, and I'm grateful for my sponsor.",
    "I was wheelchair-bound for three months after my surgery.",
    "I suffered from depression in my twenties and therapy helped.",
    "I'm bipolar and proud of how far I've come.",
    # clinical use, the TV show, literal "mental"
    "She has anorexia nervosa and is in treatment.",
    "Hoarding disorder is treatable with CBT.",
    "We watched an episode of Hoarders in class to discuss stigma.",
    "Our schizophrenia research team is hiring.",
    "Our bipolar disorder support group meets Mondays.",
    "Weather forecast: sunny then rain. ADHD kids can use this visual weather chart.",
    "The challenge is mental for most athletes.",
    "Her illness is mental, not physical.",
    "The pain is as much mental as physical.",
    # a diagnosis pinned on someone is left to boundaries/accuracy, not called a slur
    "Your husband sounds like a covert narcissist, probably a sociopath too.",
    # teaching the right words, quoted or not
    "Don't call people addicts; say people who use drugs.",
    "Avoid calling people \"junkies\" or \"crackheads\"; say people who use drugs.",
    "The word \"schizo\" hurts people with schizophrenia; please retire it.",
    "Words like lunatic and psycho have no place in clinical notes.",
    # everyday words
    "He suffers from a lack of sleep before exams.",
    "The victims of the flood need donations.",
    "We're mad about the new parking policy.",
    "Special thanks to our snowflake-themed holiday party committee.",
    "I'm a neat freak about my desk.",
    "I'm OCD-certified in ERP therapy.",
    "I'm a hoarder of houseplants.",
    "My mom has hoarding disorder and we're getting her help.",
]


@pytest.mark.parametrize("rule_id,text", FIRES, ids=[f"{r}:{t[:40]}" for r, t in FIRES])
def test_fires(rule_id, text):
    assert_fires_in_area("language", rule_id, text)


@pytest.mark.parametrize("text", QUIET, ids=[t[:50] for t in QUIET])
def test_quiet(text):
    assert_no_findings("language", text)


def test_all_language_findings_are_warnings():
    text = "I'm so OCD, my ex is a psycho, and my aunt suffers from depression."
    report = checkers.check(text, select=["language"])
    assert {f.rule for f in report.findings} == {
        "language/diagnosis-as-adjective", "language/stigmatizing-label", "language/suffers-from"}
    assert {f.severity for f in report.findings} == {"warning"}


def test_schizo_printer_is_reported_once():
    report = checkers.check("My schizo printer jammed again.", select=["language"])
    assert [f.rule for f in report.findings] == ["language/diagnosis-as-adjective"]


def test_evidence_maps_back_to_the_original_text():
    text = "when ur ex goes full p s y c h o in the group chat"
    [f] = checkers.check(text, select=["language"]).findings
    assert text[f.start:f.end] == "p s y c h o"
    text = "I'm so O\u200bC\u200bD about my desk"
    [f] = checkers.check(text, select=["language"]).findings
    assert text[f.start:f.end].startswith("so O") and text[f.start:f.end].endswith("D")


def test_committed_suicide_is_left_to_safety():
    report = checkers.check("So sad to hear the musician committed suicide.")
    assert "safety" in report.guidelines and "language" not in report.guidelines


@pytest.mark.parametrize("rule", [r for r in checkers.RULES if r.area == "language"], ids=lambda r: r.id)
def test_rule_metadata_is_true(rule):
    fired = {f.rule for f in checkers.check(rule.example).findings}
    assert rule.id in fired
    assert "language" not in checkers.check(rule.fine).guidelines
    assert "person" in rule.instead  # person-first alternatives are offered
