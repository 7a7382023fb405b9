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
]


def _applies(text):
    return [f for f in checkers.check(text, select=["language"]).findings if f.applies]


@pytest.mark.parametrize("rule_id,text", FIRES, ids=[f"{r}:{t[:40]}" for r, t in FIRES])
def test_fires(rule_id, text):
    fired = {f.rule for f in _applies(text)}
    assert rule_id in fired, f"{rule_id} not raised for: {text!r} (got {sorted(fired)})"


@pytest.mark.parametrize("text", QUIET, ids=[t[:50] for t in QUIET])
def test_quiet(text):
    found = [(f.rule, text[f.start:f.end]) for f in _applies(text)]
    assert not found, f"unexpected language finding in {text!r}: {found}"


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
