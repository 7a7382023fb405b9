"""Trap cases for the accuracy rules.

Each FIRES case must raise the named rule at warning or above; each QUIET case
must raise no warning or critical finding in the accuracy area.  The quiet
cases are what a keyword spotter gets wrong: negated claims, myths quoted to
be corrected, sourced figures, prescriber-first advice, clinical use.
"""

import pytest

import checkers

from .support import assert_area_quiet, assert_rule_fires

FIRES = [
    # cure-guarantee
    ("accuracy/cure-guarantee", "My 8-week course cures panic attacks for good."),
    ("accuracy/cure-guarantee", "Results guaranteed, or we refund every penny."),
    ("accuracy/cure-guarantee", "This miracle method erased my clients' trauma in just three sessions."),
    ("accuracy/cure-guarantee", "Eliminate your social anxiety in 21 days with my program."),
    ("accuracy/cure-guarantee", "EMDR works for everyone, every time."),
    ("accuracy/cure-guarantee", "Clinically proven hypnosis to end insomnia. Book now."),
    ("accuracy/cure-guarantee", "Our program has a 98% success rate with depression."),
    # unsourced-statistic
    ("accuracy/unsourced-statistic", "1 in 4 therapists has a client who stalks them online."),
    ("accuracy/unsourced-statistic", "Research shows 70% of anxiety is caused by gut health."),
    ("accuracy/unsourced-statistic", "Nine out of ten people with ADHD are never diagnosed."),
    ("accuracy/unsourced-statistic", "Teens who use TikTok are three times more likely to self-diagnose."),
    # medication-change
    ("accuracy/medication-change", "You don't need meds for anxiety, try magnesium and cold showers instead."),
    ("accuracy/medication-change", "Honestly, just stop taking your Lexapro. It's numbing you."),
    ("accuracy/medication-change", "Ditch the antidepressants and switch to ashwagandha 🌿"),
    ("accuracy/medication-change", "Try cutting your Adderall in half on weekends."),
    ("accuracy/medication-change", "Benzos are poison. Get off them."),
    ("accuracy/medication-change", "Wean yourself off your SSRI over a week, it's easy."),
    # self-diagnosis
    ("accuracy/self-diagnosis", "Can't sit still in meetings? Always losing your keys? You definitely have ADHD."),
    ("accuracy/self-diagnosis", "Take this quiz to find out if you have BPD 👇"),
    ("accuracy/self-diagnosis", "If you relate to this video, you're autistic. No assessment needed."),
    ("accuracy/self-diagnosis", "7 signs you have high-functioning depression (number 4 will shock you)"),
    # debunked-claim
    ("accuracy/debunked-claim", "The MMR vaccine causes autism in some kids, I've seen it."),
    ("accuracy/debunked-claim", "Depression is simply a chemical imbalance in the brain."),
    ("accuracy/debunked-claim", "ADHD is just an excuse for bad parenting."),
    ("accuracy/debunked-claim", "Schizophrenia means having multiple personalities."),
    ("accuracy/debunked-claim", "Autism is caused by cold, refrigerator mothers."),
    ("accuracy/debunked-claim", "People with schizophrenia are dangerous and should be kept away from kids."),
    # diagnosis-without-exam
    ("accuracy/diagnosis-without-exam", "Your ex sounds like a covert narcissist, honestly."),
    ("accuracy/diagnosis-without-exam", "[politician] is clearly a sociopath."),
    ("accuracy/diagnosis-without-exam", "That influencer's meltdown? She's obviously bipolar."),
    # inflated-credentials
    ("accuracy/inflated-credentials", "Meet the best psychiatrist in town!"),
    ("accuracy/inflated-credentials", "Dr. Lee, the world's leading expert on trauma bonds, is taking new clients."),
    ("accuracy/inflated-credentials", "America's #1 anxiety coach is now booking sessions."),
    ("accuracy/inflated-credentials", "Licensed to practice worldwide, so wherever you live, I can see you."),
    # fresh phrasings
    ("accuracy/self-diagnosis", "POV: you lose your phone three times a day. Congrats, that's ADHD 🧠"),
    ("accuracy/self-diagnosis", "Answer these 5 questions to find out whether you're bipolar."),
    ("accuracy/debunked-claim", "Depression is simply a serotonin deficiency."),
    ("accuracy/debunked-claim", "OCD is just being super organized."),
    ("accuracy/unsourced-statistic", "Fun fact: half of all college students have an undiagnosed anxiety disorder."),
    ("accuracy/medication-change", "Up your Adderall dose on exam days, it's fine."),
    ("accuracy/cure-guarantee", "This one trick permanently rewires anxiety out of your brain."),
    ("accuracy/inflated-credentials", "I'm the only therapist in Texas who can truly heal your attachment wounds."),
    # round 3: medication changes of one's own making, and claims against medication
    ("accuracy/medication-change", "Feeling flat on your SSRI? Just take it every other day for a while, it evens out."),
    ("accuracy/medication-change", "Forgot your Lamictal last night? Double up this morning, no big deal."),
    ("accuracy/medication-change", "If the Wellbutrin keeps you up, skip the weekends and see how you feel."),
    ("accuracy/medication-change", "Your antidepressant feels like too much? Taper yourself down over a week."),
    ("accuracy/medication-change", "Methadone is basically legal heroin with a co-pay."),
    ("accuracy/medication-change", "MAT just means swapping one addiction for another, I've seen it for years."),
    ("accuracy/medication-change", "Honestly you're not really sober if you're still on Suboxone."),
    # round 3: debunked claims in other words
    ("accuracy/debunked-claim", "Anxiety is really just a mindset problem; change your thinking, change your life."),
    ("accuracy/debunked-claim", "There's no such thing as adult ADHD, it's a marketing invention."),
    ("accuracy/debunked-claim", "Let's be real: it's not ADHD, it's a discipline problem at home."),
    ("accuracy/debunked-claim", "Autism is just a label for quirky kids these days."),
    ("accuracy/debunked-claim", "People who threaten suicide are usually just being dramatic."),
    ("accuracy/debunked-claim", "Most overdoses in teens are just cries for help, not real attempts."),
    # round 3: "if that's you, you have it"
    ("accuracy/self-diagnosis", "Hate small talk, need a nap after parties, overthink texts? If this is you, you have it: social anxiety disorder."),
    ("accuracy/self-diagnosis", "Signs of ADHD in women: zoning out, piles of laundry, late fees. Relate? Then you have ADHD, bestie."),
    # round 3: a title used without the licence
    ("accuracy/inflated-credentials", "Still unlicensed, but I go by psychotherapist online because the clients can't tell."),
    ("accuracy/inflated-credentials", "Counselor isn't a protected title in my state, so I use it even though I never finished my degree."),
    # round 3: outcome figures for one's own clients
    ("accuracy/cure-guarantee", "92% of the couples we work with stay together for good. Book your intensive."),
    ("accuracy/cure-guarantee", "Our recovery rate is 94%, so yes, this program works."),
]

QUIET = [
    # cures and guarantees, negated or taught
    "There is no quick cure for anxiety, and no one can guarantee results.",
    "A therapist who guarantees results is a red flag. Good care sets realistic goals.",
    "Therapy isn't magic and it isn't a cure-all, but it helps many people.",
    "We use the miracle question from solution-focused therapy in our groups.",
    "Bipolar disorder has no cure, but it is very treatable.",
    "Your privacy is guaranteed by law; we never share records without consent.",
    # statistics with sources, or no statistic at all
    "Per NIMH, about 1 in 5 US adults lives with a mental illness (NSDUH 2021).",
    "According to the CDC's 2023 report, 40% of high school students reported persistent sadness.",
    "Get 20% off your first workshop ticket this week.",
    "I'm 100% behind the new parity law.",
    "Be skeptical of posts that say '90% of people' without a source.",
    # medication advice that sends people to the prescriber
    "Don't stop your medication without talking to your prescriber first.",
    "Never stop an SSRI abruptly; talk to your doctor about a taper plan.",
    "Thinking about coming off your antidepressant? Work out a plan with your psychiatrist.",
    "Medication, sleep and a good care team make a real difference in bipolar disorder.",
    "My client stopped her meds last year and we worked closely with her psychiatrist.",
    "If you skip a dose, take it when you remember, unless your pharmacist says otherwise.",
    # psychoeducation and clinical use
    "Exposure and response prevention is an evidence-based treatment for OCD.",
    "Signs of depression include low mood, loss of interest and sleep changes. If these last two weeks, talk to a doctor.",
    "If this sounds like you, it might be worth an evaluation with a licensed clinician.",
    "No, one TikTok can't tell you if you have ADHD. Here's how a real evaluation works.",
    "I was diagnosed with ADHD at 34, and treatment changed my life.",
    # myths quoted to correct them
    "Myth: 'ADHD isn't real.' Fact: it is one of the most studied conditions in child psychiatry.",
    "Myth vs fact: 'Depression is just a chemical imbalance.' That's an oversimplification (Moncrieff et al. 2022).",
    "Vaccines do not cause autism; the 1998 paper was retracted and large studies found no link.",
    "The 'refrigerator mother' theory of autism was discredited decades ago.",
    "People often think schizophrenia means a split personality. It doesn't.",
    "You've probably heard that we only use 10% of our brains. Not true.",
    # public figures and individuals, handled properly
    "I won't diagnose public figures. The Goldwater Rule exists for good reasons.",
    "Is your partner a narcissist? Only a full assessment could say, and a comment section can't.",
    # credentials stated plainly
    "Licensed psychologist in Ohio, trained in CBT and exposure therapy.",
    "Board-certified psychiatrist with a focus on perinatal mental health.",
    "Finding the best therapist for you is about fit, not fame.",
    # more near misses
    "Thank you for your review, Jordan. We know the switch from lithium to Depakote has been hard.",
    "Some people can eventually come off medication with their doctor's help; others stay on it long term.",
    "Claims that ADHD isn't real ignore decades of research.",
    "Some parents still believe vaccines cause autism. They don't (Hviid et al., 2019).",
    "Schizophrenia is not split personality; that's a common misconception.",
    "Dr. Okafor is a leading expert in perinatal psychiatry, and we were lucky to host her talk.",
    "Quizzes can't tell you if you have ADHD; only an evaluation can.",
    "It's 100% okay to take a break from social media.",
    "We reduced our waitlist by 40% this year thanks to two new hires.",
    "Can a narcissist change? Research on personality disorders suggests change is possible with long-term treatment.",
    # round 3: careful medication talk, myths named to correct them, honest credentials and figures
    "Missed a dose of your antidepressant? Don't double up; take the next one as usual and ask your pharmacist.",
    "Tapering off an SSRI should be slow and planned with your prescriber; stopping suddenly can cause discontinuation symptoms.",
    "I take my Lexapro every other day now, a schedule my psychiatrist and I worked out together.",
    "People say buprenorphine is just trading one drug for another. That's a myth: it roughly halves overdose deaths.",
    "Esketamine is FDA-approved for treatment-resistant depression with in-clinic monitoring. If a clinic promises a permanent cure, treat that as a red flag.",
    "Any coach who claims to cure ADHD in 30 days is selling something.",
    "Some parents worry ADHD is just a discipline problem. Here's what the research actually shows.",
    "ADHD is not a discipline problem; it is a neurodevelopmental condition with strong genetic roots.",
    "If that's you, you're not alone: many people with anxiety feel this way, and therapy helps.",
    "If these sound familiar, you might have ADHD, and a licensed clinician can do a proper evaluation.",
    "I'm a pre-licensed therapist (LPC Associate) working under the supervision of Dr. Kim.",
    "Heads up: 'therapist' isn't a protected title in many states, so anyone can use it. Ask about licensure.",
    "Myth: suicide attempts are just cries for help. Fact: every attempt deserves care.",
    "Most of them will do it eventually anyway, homework always gets done.",
]


@pytest.mark.parametrize("rule_id, text", FIRES, ids=[f"{r.split('/')[1]}:{t[:30]}" for r, t in FIRES])
def test_rule_fires(rule_id, text):
    assert_rule_fires(rule_id, text)


@pytest.mark.parametrize("text", QUIET, ids=[t[:40] for t in QUIET])
def test_area_quiet(text):
    assert_area_quiet("accuracy", text)


def test_medication_change_is_critical():
    report = checkers.check("Stop taking your mood stabilizer and switch to magnesium.")
    severities = {f.severity for f in report.findings if f.rule == "accuracy/medication-change"}
    assert severities == {"critical"}


def test_sourced_statistic_without_link_is_only_a_tip():
    report = checkers.check("A 2019 Cochrane review found that 30% of participants improved with exercise.")
    stats = [f for f in report.findings if f.rule == "accuracy/unsourced-statistic"]
    assert stats and all(f.severity == "info" for f in stats)
    assert "accuracy" not in report.guidelines


def test_research_shows_is_not_a_source():
    report = checkers.check("Studies show 80% of marriages can be saved in three sessions.")
    assert any(f.rule == "accuracy/unsourced-statistic" and f.severity == "warning" for f in report.findings)


def test_debunked_message_carries_the_correction():
    report = checkers.check("Vaccines cause autism, wake up people.")
    f = next(f for f in report.findings if f.rule == "accuracy/debunked-claim")
    assert "no link" in f.message


def test_public_figure_and_commenter_raise_both_areas():
    for text in ("[politician] is clearly a sociopath.",
                 "From what you describe, your wife has BPD."):
        assert {"boundaries", "accuracy"} <= set(checkers.check(text).guidelines), text


def test_evasion_is_folded():
    # zero-width space and Cyrillic look-alikes
    report = checkers.check("This t\u0435a cur\u200bes anxiety in 3 days, guаranteed.")
    assert "accuracy/cure-guarantee" in {f.rule for f in report.findings}


# --- the cheap word gates never hide a match -----------------------------------
# Each rule runs a pattern only when words it needs are present.  For every gated
# pattern, generate texts the pattern matches and check that its gate lets them in.

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from .support import check_gate, gated_entries  # noqa: E402


ACCURACY_GATES = gated_entries([
    "checkers.rules.accuracy.cure_guarantee", "checkers.rules.accuracy.unsourced_statistic",
    "checkers.rules.accuracy.medication_change", "checkers.rules.accuracy.self_diagnosis",
    "checkers.rules.accuracy.debunked_claim", "checkers.rules.accuracy.inflated_credentials",
])


@pytest.mark.parametrize("name, gated", ACCURACY_GATES, ids=[n for n, _ in ACCURACY_GATES])
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_gate_lets_every_match_in(name, gated, data):
    check_gate(gated, data)
