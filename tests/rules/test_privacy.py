"""Trap cases for the privacy rules.

FIRES cases must raise the named rule at warning or above.  QUIET cases must
raise no warning or critical finding in the privacy area: they are the near
misses a keyword spotter gets wrong (negation, policies, composites,
teaching, hypotheticals, plural "clients", the author's own therapy, a
practice's phone number, non-confirming review replies, dating talk).  None
of these sentences is from the labelled corpus.
"""

import time

import pytest

import checkers

FIRES = [
    # client-story: a reference plus an event, words, or a detail of their life
    ("privacy/client-story", "One of my patients just told me she's leaving her husband. Wish her luck!"),
    ("privacy/client-story", "A client of mine shared that she relapsed over the holidays. Heartbreaking."),
    ("privacy/client-story", "The couple I see on Mondays finally agreed to try a date night. Small wins!"),
    ("privacy/client-story", "In group today one of the dads said he hasn't cried since his father's funeral."),
    ("privacy/client-story", "My newest client walked out mid-session yesterday. Still thinking about it."),
    ("privacy/client-story", "So proud of my client who finally got his GED at 52!"),
    ("privacy/client-story", "The gentleman I've been treating for PTSD told me he slept through the night."),
    ("privacy/client-story", "Had an intake with a new patient this morning who said her last therapist fell asleep."),
    ("privacy/client-story", "Not gonna lie, my 11am made me cry today."),
    ("privacy/client-story", "Can't stop thinking about my client who lost her daughter last spring."),
    ("privacy/client-story", "Six months ago a client came to me unable to leave her apartment. Yesterday she flew to Paris."),
    ("privacy/client-story", "Story time: a client of mine once brought her pet snake to session."),
    ("privacy/client-story", "This client of mine keeps bringing me cookies and honestly I'm not complaining."),
    ("privacy/client-story", "Update on the teen I mentioned last week: she's back in school and smiling."),
    ("privacy/client-story", "One of my couples just got engaged after two years of therapy with me."),
    ("privacy/client-story", "Yesterday my Thursday 4:30 showed up drunk to session and I had to send her home."),
    ("privacy/client-story", "Excited to launch a podcast with Dana, whom I've been seeing in therapy since 2021."),
    ("privacy/client-story", "School counselor life: a 5th grader I see weekly told me her stepdad sleeps in her room."),
    ("privacy/client-story", "Tonight in my IOP group, a woman in her sixties shared that she's been sober a year."),
    ("privacy/client-story", "Proud moment: a kiddo on my caseload read a whole book out loud today."),
    ("privacy/client-story", "Remember the mom I told you about last month? She got full custody today!"),
    ("privacy/client-story", "Ran into my client at Target today, she was holding hands with her new boyfriend."),
    ("privacy/client-story", "A client once asked me whether I ever get sad. I do."),
    # review-reply: a reply that confirms a treatment relationship or discusses care
    ("privacy/review-reply", "Thanks for the 5 stars, Maria! We hope your depression stays in remission."),
    ("privacy/review-reply", "We're sorry you were unhappy with your intake appointment. You arrived 20 minutes late."),
    ("privacy/review-reply", "Response from the owner: this patient was discharged after repeated no-shows."),
    ("privacy/review-reply", "Hi Dave, glad your Lexapro dose is working better now!"),
    ("privacy/review-reply", "Per our records, you missed three sessions."),
    ("privacy/review-reply", "@mike_r we're glad the couples sessions helped you and Lisa reconnect."),
    ("privacy/review-reply", "Hi Jen! We loved having you as a client and wish you the best with your new job!"),
    ("privacy/review-reply", "Sorry to hear about your experience. For context, you were late to four of six appointments."),
    ("privacy/review-reply", "To the person who left this review: you were discharged because you missed four appointments."),
    ("privacy/review-reply", "We're sorry you didn't find our DBT group helpful, but you only attended two of twelve sessions."),
    ("privacy/review-reply", "Thank you, Ken! It was an honor to walk alongside you through your divorce."),
    # client-material: the client's own writing, art or messages
    ("privacy/client-material", "Here's a letter a former client wrote me after our last session. Sharing with her permission."),
    ("privacy/client-material", "Reposting this poem by one of my kiddos, she said it's ok to share."),
    ("privacy/client-material", "My teen client drew me a picture of her safe place and I'm framing it."),
    ("privacy/client-material", "Client testimonial Thursday: 'Dr. Ruiz gave me my life back.' - K.L."),
    # client-photo: images, voices, screenshots, check-ins, recordings
    ("privacy/client-photo", "Selfie with my client at her college graduation!!"),
    ("privacy/client-photo", "A screenshot of the message my client sent me at 2am. This is the job."),
    ("privacy/client-photo", "Screenshotted my client's text so you can see what progress looks like."),
    ("privacy/client-photo", "Pic with my favorite patient on her discharge day."),
    ("privacy/client-photo", "Here's audio from a real EMDR session so you know what to expect."),
    ("privacy/client-photo", "Coffee with one of my longtime clients at Bean There Cafe 📍 so proud of her"),
    # client-search
    ("privacy/client-search", "I googled my 2pm and found her mugshot. Not sure how to feel."),
    ("privacy/client-search", "Confession: I stalked a client's Instagram last night."),
    ("privacy/client-search", "Confession: I looked up my new client on Facebook before our first session."),
    ("privacy/client-search", "Just saw my client's dating profile on Hinge and swiped left so fast."),
    # solicit-client-stories
    ("privacy/solicit-client-stories", "Therapists, what's the wildest thing a client has ever said to you? Go!"),
    ("privacy/solicit-client-stories", "Share your funniest patient stories below 👇"),
    ("privacy/solicit-client-stories", "What's the craziest excuse a patient has ever given you for missing a session?"),
    ("privacy/solicit-client-stories", "Therapists: drop your most unhinged client story below."),
]

QUIET = [
    "I never share client stories, not even anonymized ones.",
    "A client's story belongs to them. I won't post it, even with a yes.",
    "Clients often ask me what to do when they feel stuck. Here are three ideas.",
    "My clients are the bravest people I know. That's all. That's the post.",
    "When a client says they're fine, gently ask again.",
    "If a patient tells you they are suicidal, stay with them and call 988.",
    "Should therapists ever share a client's poem online? APA 4.07 says only with written consent.",
    "In my own therapy today my therapist said something I keep thinking about: rest is productive.",
    "My therapist today told me I'm allowed to rest. Passing that along.",
    "Composite case, not a real client: a nurse in her forties who can't sleep after night shifts.",
    "Fictional vignette for students: a 15-year-old girl tells her counselor she's being bullied.",
    "In class today we role-played a client who was angry about fees. Great practice for students.",
    "Call us at (555) 201-3344 to book an appointment with one of our counselors.",
    "We can neither confirm nor deny whether anyone is a patient of our clinic. Please call our office manager.",
    "Thank you for your feedback. Please call our office manager so we can talk.",
    "Thanks for the kind words! We pass all feedback along to our team.",
    "Sorry to hear this. We take all feedback seriously; please call our practice manager at 555-0110.",
    "Thanks for the comment! Anxiety is really common and very treatable; a licensed clinician can help.",
    "I don't google clients. If I'm curious, I ask them in session.",
    "Should I google a new client before the first session? APA Guideline 2.3 suggests caution.",
    "Googling clients without their consent is an ethics minefield. Here's why I don't.",
    "Please don't share client stories in the comments, even anonymized ones.",
    "Share your favorite coping skill in the comments!",
    "What's the most common thing clients ask me? Whether therapy really works. Here's my answer.",
    "Today's session of our ethics webinar covers documentation.",
    "Our new client portal launches Monday; you'll get an email with login details.",
    "Photo of our new waiting room, repainted in calming blue.",
    "Selfie from the ACA conference with my amazing colleagues!",
    "The woman I saw at the farmers market today had the cutest dog.",
    "The guy I've been seeing took me to dinner last night.",
    "Every client deserves to be heard. That's why I start each session by asking what matters most.",
    "I'll never forget what my first supervisor told me: the client is the expert on their own life.",
    "As a therapist, I can't tell you if a particular person is my client. That's confidentiality.",
    "Patients often share their sobriety milestones with me, and I never post them.",
    "Accepted a new grad-school mentee today; teaching is such a joy.",
    "Tonight in my running group a woman told me about her marathon.",
    "My son asked me what I do at work today. I said I help people with their feelings.",
    "Reminder: Dr. Patel's Tuesday clients have been moved to Wednesday this week.",
    "Met with my supervision group this morning; so grateful for their wisdom.",
    "I'm a client too: my own therapist reminded me today that rest isn't laziness.",
    "When I was a teenager, a school counselor changed my life. Now I get to pay it forward.",
    "Thanks for the review! We're glad the new parking lot makes things easier.",
    "Sorry, I can't answer clinical questions in the comments. Please reach out to a licensed provider.",
    "I'm grateful for every client who has trusted me over the past ten years.",
]


def _privacy(text):
    return [f for f in checkers.check(text, select=["privacy"]).findings if f.applies]


@pytest.mark.parametrize("rule_id,text", FIRES)
def test_fires(rule_id, text):
    fired = {f.rule for f in _privacy(text)}
    assert rule_id in fired, f"{rule_id} missed: {text!r} (got {sorted(fired)})"


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text):
    found = [(f.rule, text[f.start:f.end]) for f in _privacy(text)]
    assert not found, f"privacy flagged a fine post: {text!r} -> {found}"


# -- severity ----------------------------------------------------------------

@pytest.mark.parametrize("text,detail", [
    ("My client, a 34-year-old teacher at Roosevelt Elementary, cried in session today.", "34-year-old"),
    ("My 3pm today, a pilot going through a divorce, finally admitted she drinks before flights.", "pilot"),
    ("My client Sarah finally left her abusive boyfriend!", "Sarah"),
    ("A patient of mine from Millbrook told me today she is pregnant.", "from Millbrook"),
    ("My client R.T. got into law school!!! So proud.", "r.t."),
    ("Tagging my fave client @sam.lifts who just crushed his first meet.", "@sam.lifts"),
])
def test_identifying_detail_makes_a_story_critical(text, detail):
    story = [f for f in _privacy(text) if f.rule == "privacy/client-story"]
    assert story and story[0].severity == "critical", story
    assert detail in story[0].message


def test_story_without_identifier_is_a_warning():
    story = [f for f in _privacy("A client of mine shared that she relapsed over the holidays.")
             if f.rule == "privacy/client-story"]
    assert [f.severity for f in story] == ["warning"]


def test_review_reply_is_critical():
    fs = [f for f in _privacy("Thanks for the review, Tom! Glad your anxiety has improved since starting sertraline.")
          if f.rule == "privacy/review-reply"]
    assert fs and all(f.severity == "critical" for f in fs)


def test_one_finding_per_story_sentence():
    text = "My client told me today, in session today, that she quit."
    assert len([f for f in _privacy(text) if f.rule == "privacy/client-story"]) == 1


def test_specific_rule_reports_instead_of_client_story():
    # googling, inviting stories and review replies are reported by their own rule only
    for text, rule_id in [
        ("I googled my 2pm and found her mugshot.", "privacy/client-search"),
        ("Therapists, what's the wildest thing a client has ever said to you?", "privacy/solicit-client-stories"),
        ("Response from the owner: this patient was discharged after repeated no-shows.", "privacy/review-reply"),
    ]:
        rules = {f.rule for f in _privacy(text)}
        assert rules == {rule_id}, (text, rules)


# -- evasion and offsets -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "My cli\u200bent told me today that she relapsed.",          # zero-width space
    "My сlient told me today that she relapsed.",               # Cyrillic "с"
    "My c l i e n t told me today that she relapsed.",          # spaced letters
    "MY CLIENT TOLD ME TODAY THAT SHE RELAPSED.",
])
def test_folded_evasions_are_found(text):
    assert "privacy/client-story" in {f.rule for f in _privacy(text)}


def test_evidence_maps_to_the_original_text():
    text = "Honestly? My cli\u200bent told me today that she relapsed."
    f = next(f for f in _privacy(text) if f.rule == "privacy/client-story")
    assert text[f.start:f.end] == "My cli\u200bent"


# -- catalogue ---------------------------------------------------------------

PRIVACY_RULES = [r for r in checkers.RULES if r.area == "privacy"]


def test_privacy_rules_are_registered():
    ids = {r.id for r in PRIVACY_RULES}
    assert {"privacy/client-story", "privacy/review-reply", "privacy/client-material", "privacy/client-photo",
            "privacy/client-search", "privacy/solicit-client-stories"} <= ids
    assert PRIVACY_RULES[0].id == "privacy/client-story"


@pytest.mark.parametrize("rule", PRIVACY_RULES, ids=[r.id for r in PRIVACY_RULES])
def test_rule_metadata_is_true(rule):
    assert rule.id in {f.rule for f in checkers.check(rule.example).findings if f.applies}
    assert "privacy" not in checkers.check(rule.fine).guidelines
    assert any(ch.isdigit() for ch in rule.sources)


# -- robustness --------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "the teen i see ", "my client: ", "a a a ", "thanks for the review, your session ", "poem by my ",
    "'", ".", " ", "recorded ", "i googled my ",
])
def test_pathological_input_stays_fast(unit):
    text = unit * (200_000 // len(unit))
    t0 = time.perf_counter()
    checkers.check(text, select=["privacy", "consent"])
    assert time.perf_counter() - t0 < 2.0, unit
