"""Trap cases for the privacy rules.

FIRES cases must raise the named rule at warning or above.  QUIET cases must
raise no warning or critical finding in the privacy area: they are the near
misses a keyword spotter gets wrong (negation, policies, composites,
teaching, hypotheticals, plural "clients", the author's own therapy, a
practice's phone number, non-confirming review replies, dating talk).  None
of these sentences is from the labelled corpus.
"""

import pytest

import checkers
from hypothesis import strategies as st

from .support import applying, assert_fires_in_area, assert_no_findings

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
    # round 2: a client named without the word "client" (time slot, caseload, ward bed, role, pronoun)
    ("privacy/client-story", "Someone on my caseload relapsed this weekend and I can't stop worrying."),
    ("privacy/client-story", "A pt of mine (40s, contractor) cried for the first time in session today."),
    ("privacy/client-story", "My 2 o'clock just told me she's pregnant."),
    ("privacy/client-story", "My 9:30 cried the whole hour today and I didn't know what to say."),
    ("privacy/client-story", "The teenager I've been working with since January finally told her mom she's gay."),
    ("privacy/client-story", "A young man I've seen since the fall got his first job today!"),
    ("privacy/client-story", "A woman I see for OCD finally touched a doorknob without washing after. Huge!"),
    ("privacy/client-story", "One of my IOP folks hit 90 days sober this morning."),
    ("privacy/client-story", "One of my teens aced her driver's test today after months of exposure work!"),
    ("privacy/client-story", "The fellow from my Tuesday anger group finally passed his welding test after three tries."),
    ("privacy/client-story", "Update on the kiddo from my Tuesday social skills group: he made a friend at recess!"),
    ("privacy/client-story", "The couple I counsel on Thursdays announced they're expecting. So proud!"),
    ("privacy/client-story", "The gentleman in bay 6 pulled out his IV again tonight. Long shift."),
    ("privacy/client-story", "Night shift on the psych unit: the lady in room 4 has been singing hymns since 2am."),
    ("privacy/client-story", "The old man in bed 3 asked me to call his daughter again tonight. #nightshift #psychnurse"),
    ("privacy/client-story", "I treated a retired firefighter who still can't sleep on the anniversary of the fire."),
    ("privacy/client-story", "I once counseled a woman whose twin had died by suicide; she taught me what grief is."),
    ("privacy/client-story", "Still thinking about the veteran I treated last spring who made it to his daughter's wedding."),
    ("privacy/client-story", "I have a 3rd grader who refuses to speak at school; today she whispered hello. #schoolcounselor"),
    ("privacy/client-story", "Case study: the client, a 38-year-old firefighter, disclosed that he had been drinking on shift."),
    ("privacy/client-story", "Last night on the unit a 16-year-old admitted for an overdose asked me if her mom was coming."),
    # a named or pseudonymous person is still a real person ("names changed" is not a composite)
    ("privacy/client-story", "Names changed: 'Maya' is 16 and the only girl on her robotics team, and when she "
                             "first came to my office she wouldn't look up."),
    ("privacy/client-story", "\"Sam\" (not his real name) is 12 and the only Black kid in his class, and he told me "
                             "today he wants to disappear."),
    # review replies that reveal care indirectly
    ("privacy/review-reply", "Hi Marcus, sorry about the mix-up with your 5/2 appointment; we've waived the fee."),
    ("privacy/review-reply", "Thanks for the review, Priya! Dr. Lee will go over your bloodwork with you Tuesday."),
    ("privacy/review-reply", "We hear you, Tom. Your counselor has mentioned the scheduling issues and will call you."),
    ("privacy/review-reply", "Sorry you feel that way. For the record, your Lexapro refill was approved the same day."),
    ("privacy/review-reply", "Ms. Chen, your insurance only covered 8 sessions, which we explained at intake."),
    ("privacy/review-reply", "This reviewer leaves out that she no-showed three times."),
    ("privacy/review-reply", "Hi Angela, per our notes your copay for the 6/10 visit was applied to your balance."),
    ("privacy/review-reply", "As discussed at your last visit, your prescription needs a follow-up before a refill."),
    ("privacy/review-reply", "Yes, the man in that video is a client of ours. We can't say more."),
    ("privacy/review-reply", "Sorry you're upset, Jake, but you were discharged after missing five appointments."),
    ("privacy/review-reply", "Thank you for the 5 stars, Dana! So glad your son is sleeping better since starting with Dr. Kim."),
    # looking clients up, including advice to do it
    ("privacy/client-search", "Pro tip: always google new clients before the first session."),
    ("privacy/client-search", "Tip: search every new client on Facebook before intake so nothing surprises you."),
    ("privacy/client-search", "Looked up my 3pm on Instagram before she came in, oops"),
    ("privacy/client-search", "Anyone else stalk their clients' Spotify playlists?"),
    ("privacy/client-search", "Confession: I found my client's Venmo and scrolled through her transactions."),
    # material and images around any reference; real documents; program photos
    ("privacy/client-material", "A teen I work with sent me this poem last night and I had to share it."),
    ("privacy/client-material", "Shared with her blessing, from a widow I walked alongside last year: 'Grief is love.'"),
    ("privacy/client-material", "Reading real client texts on today's stream (names blurred!) so you can see the patterns."),
    ("privacy/client-photo", "Screenshot of a chat with a client I see (shared with her ok!)"),
    ("privacy/client-photo", "Ketamine changed my patients' lives. Here's a video of one of them laughing after his infusion."),
    ("privacy/client-photo", "Group pic from our IOP graduation today, so proud of these warriors!"),
    ("privacy/client-photo", "Photos from our residential program's talent show! These kids are so brave."),
    ("privacy/client-photo", "Checking in at the beach with my teen group for our last session of the summer! 📍"),
    ("privacy/client-story", "Been counseling a dad whose son overdosed in March. He smiled today for the first time."),
    ("privacy/client-story", "So proud of the kiddo I've been seeing since kindergarten: she read her poem at the assembly!"),
    ("privacy/client-story", "Once a client told me I saved her life. I think about it often."),
    ("privacy/review-reply", "Yes, Mr. Grant was seen here last week, but we can't discuss details."),
    ("privacy/review-reply", "Yes, she is a patient of ours, but we can't share more."),
    ("privacy/review-reply", "Sorry about the confusion, Paul. Your intake with Dr. Nguyen is confirmed for Friday at 10."),
    ("privacy/client-story", "My Tuesday noon finally brought her sister to session and they hugged for five minutes."),
    ("privacy/client-story", "A gal from my postpartum group texted me at 3am that the baby finally latched."),
    # round 3: a particular person described without "my client" (age + role, shorthand, where the author works)
    ("privacy/client-story", "Client yesterday told me she's leaving her husband."),
    ("privacy/client-story", "Patient this afternoon: 'Doc, am I crazy?' No sir, you're grieving."),
    ("privacy/client-story", "Former client just emailed me: she's two years sober and teaching yoga in Boise!"),
    ("privacy/client-story", "A 40-something dad I see cried today when he talked about his son."),
    ("privacy/client-story", "One of my second graders finally read a whole page out loud today. #schoolcounselor"),
    ("privacy/client-story", "One of my 7-year-olds in play therapy buried the dad doll in the sandbox again today."),
    ("privacy/client-story", "A woman I work with lost her baby at 30 weeks and brought the ultrasound to session."),
    ("privacy/client-story", "A seventh grader at the middle school where I work told me today her dad hits her."),
    ("privacy/client-story", "A retired Marine who joined our veterans group last month talked about Fallujah."),
    ("privacy/client-story", "The mayor's wife started our couples intensive last week."),
    ("privacy/client-story", "A well-known pastor in our little town came in today for his first session."),
    ("privacy/client-story", "Today a teenager told me she's been cutting since March. #schoolcounselor"),
    ("privacy/client-story", "A local firefighter booked his first session with me after the warehouse fire."),
    ("privacy/client-story", "Couldn't stop crying after my session with the family from the Oak Street fire."),
    ("privacy/client-story", "Today my youngest client (4!) asked if I live at the office."),
    ("privacy/client-story", "I'll call her 'Rose.' She is 15 and the only girl on the wrestling team in town."),
    # consultation asks that carry identifying detail
    ("privacy/client-story", "Consult: 17M, quarterback at a small high school in our county, disclosed steroid use."),
    ("privacy/client-story", "Need advice. 9yo client, dad is a cop in our town, told me he hits mom."),
    ("privacy/client-story", "Looking for consult: client is a well-known local chef, 40s, disclosed drinking on shift."),
    ("privacy/client-story", "Q for school counselors: I'm seeing a 7th grader whose mom just got deported. Ideas?"),
    # replies addressed to a person that discuss their visit, records or program
    ("privacy/review-reply", "To the anonymous reviewer: you missed three appointments in a row before we discharged you."),
    ("privacy/review-reply", "Jessica, we remember you well and our notes say you left the session early."),
    ("privacy/review-reply", "Thank you, Mark! We loved watching you progress in our DBT group."),
    ("privacy/review-reply", "Response to 'Unhappy Patient': you completed our program in May and never raised this."),
    ("privacy/review-reply", "Dear anonymous, you were in our office for ten minutes before you yelled at our receptionist."),
    ("privacy/review-reply", "Dana, so glad you finished our trauma program! Keep practicing those EMDR skills at home."),
    ("privacy/review-reply", "To the mom who left a 1-star review: your daughter's evaluation followed every standard."),
    ("privacy/review-reply", "This review is odd. Everyone in the lobby saw you were the one shouting at the front desk."),
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
    # round 2 near misses
    "The teenager I've been raising for 16 years just got her license!",
    "Someone on my team ran a marathon today.",
    "My 2 o'clock meeting got cancelled, so I finally had lunch.",
    "The guy in room 12 at the hotel kept me up all night with his TV.",
    "After my night shift I slept in bed 12 hours straight.",
    "I treated myself to a new planner today.",
    "We treated a lot of veterans at the VA clinic over the years, and it shaped how I teach.",
    "One of my guys at the gym finally deadlifted 400 today!",
    "My PT told me to stretch more, and honestly she's right.",
    "My mom is a patient at the hospital where I work; visiting hours are rough.",
    "Today in session I was reminded how powerful silence can be.",
    "In group today we practiced a new skill and it went great.",
    "I'm a school counselor and I have a student loan that will outlive me.",
    "The patient, not the diagnosis, should be the center of every treatment plan.",
    "The kid who lives next door just learned to ride a bike and I'm weirdly proud.",
    "Room 5 is the quiet room during our group training day. #therapist",
    "Bed rest for the next 2 days after my surgery, so no posts this week.",
    "New intake paperwork is live; please complete it before your first session.",
    "@maria.k great question! Therapy can help with panic attacks; a licensed clinician near you can assess.",
    "@sam.r if your meds make you feel flat, talk to your prescriber before changing anything.",
    "Thanks for the review! Our office is closed on the 4th for the holiday.",
    "If you missed a session due to the storm, we've waived all late fees this week.",
    "Our staff will help you book your first appointment.",
    "Our clinic doesn't do therapy over chat. Your first visit is explained before you book.",
    "I'm a patient of Dr. Shah's myself and she's wonderful.",
    "Anyone who is a patient of our clinic can use the portal.",
    "If you're a patient of Dr. Lee, your records have moved to our new portal.",
    "Ask your doctor whether your insurance covers therapy.",
    "Never google your clients.",
    "Do you google clients? Poll below.",
    "Google your symptoms less, talk to a doctor more.",
    "I googled 'how to explain EMDR to kids' and found some great resources.",
    "Group photo from our team retreat at the treatment center! So proud of these amazing clinicians.",
    "Group photo of our clinic staff at the 5K for suicide prevention! So proud of these folks.",
    "Here's a sample intake form template you can adapt for your practice.",
    "Real intake forms should ask about trauma history sensitively. Here's what ours includes.",
    "Every time a client cancelled last minute, I used to take it personally. Not anymore.",
    "Once a client feels safe, they open up.",
    "You missed your appointment? Our front desk can rebook you today.",
    "Psychology conference update: the woman in room 3 gave the best talk on grief.",
    "When I first came to my office this morning, the heat was broken. Sessions moved to telehealth.",
    "Our unit is hiring night shift nurses! Bed 12 is not haunted, we promise.",
    "My kiddo at home drew me a picture of 'mommy at work' and it's me with a box of tissues.",
    "As a therapist, I have a student intern who is teaching me as much as I teach her.",
    "The woman who founded our clinic retired today after 30 years. Congrats, Dr. Mills!",
    "A teen I mentor through Big Brothers just got his driver's license! #proud",
    "Thanks for the 5 stars, Jen! The whole front desk team says hi.",
    "Hi Mark, thanks for reaching out. We can't discuss any care in public; please call us at 555-0100.",
    "Tuesday at noon I'm hosting a free webinar on burnout. Link in bio.",
    "My postpartum group for new parents starts next month; email the office to join.",
    "Sorry about the website outage this morning. Online booking works again.",
    "Hi Teresa, thanks for the lovely review! We're glad you enjoyed the workshop.",
    # round 3 near misses: a person who is not the author's client, hypotheticals, replies that confirm nothing
    "One of my 3-year-olds refused to nap today lol, twin life is wild",
    "A 34-year-old engineer joined our team this week! Welcome, Sam.",
    "A new therapist joined our practice! Welcome Dr. Ortiz.",
    "Someone I work with just got promoted and I'm so happy for her!",
    "A nurse at the hospital where I work told me the cafeteria is closing.",
    "Temps hit 16F this morning, so stay warm, clients! Telehealth is available.",
    "Client work wrapped early today so I went for a walk.",
    "If my 3pm cancels again I'm taking a nap.",
    "Everyone on my caseload gets a copy of the crisis plan.",
    "A guy came in today to fix our AC and the whole office cheered.",
    "A student told me after my lecture that it changed how she thinks about therapy.",
    "My son told me today that he wants to be a therapist like me.",
    "A journalist reached out to me for a quote about burnout. #therapist",
    "Got out of my appointment with the doctor today and treated myself to a latte.",
    "If a 7th grader who is struggling comes to you, listen first. #schoolcounselor",
    "My 2pm regulars are the best part of my week. #therapistlife",
    "my client followed me on Instagram and I'm not sure whether to block her, is that rude?",
    "To the person who left this review: we can't confirm or deny whether anyone is a patient here.",
    "Thanks, Jen! We hope you join our group sometime.",
    "Dear Anonymous, we take every review seriously; please call our office manager.",
    "Hi Dana! Grounding exercises from our free guide can help; talk to your own therapist too.",
    "Hi Amy! Our first session is always free, just book online.",
    "@jo hope to see you thrive this year! Therapy can really help.",
    "Thank you, Rob! We can't confirm whether you were seen here, but thanks for the kind words.",
    "I'll call her tomorrow about the referral, then I'm off for the weekend.",
]


def _privacy(text):
    return applying(text, "privacy")


@pytest.mark.parametrize("rule_id,text", FIRES)
def test_fires(rule_id, text):
    assert_fires_in_area("privacy", rule_id, text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text):
    assert_no_findings("privacy", text)


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

# Speed is measured by `make bench`; here only that repeated units finish with a bounded report.
@pytest.mark.parametrize("unit", [
    "the teen i see ", "my client: ", "a a a ", "thanks for the review, your session ", "poem by my ",
    "'", ".", " ", "recorded ", "i googled my ", "bed 12 on the unit ", "one of them ", "hi ann, ",
])
def test_pathological_input_gives_a_bounded_report(unit):
    text = unit * (200_000 // len(unit))
    report = checkers.check(text, select=["privacy", "consent"])
    assert len(report.findings) <= 200 * len([r for r in checkers.RULES if r.area in ("privacy", "consent")])


# -- the cheap word gates never hide a match -----------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402

import re  # noqa: E402

from checkers.engine.post import Post  # noqa: E402
from checkers.rules import client_narrative as _narrative  # noqa: E402
from checkers.rules.lexicon import gate_passes, word_set  # noqa: E402
from checkers.rules.privacy import review_reply as _reply  # noqa: E402

ROUND3_GATES = [(name, getattr(mod, name)[0]) for mod, name in (
    (_narrative, "_WHERE_I_G"), (_narrative, "_JOINED_G"), (_narrative, "_CAME_IN_G"), (_narrative, "_CALL_HER_G"),
    (_reply, "_DIRECT_G"),
)]


@pytest.mark.parametrize("name, gated", ROUND3_GATES, ids=[n for n, _ in ROUND3_GATES])
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_gate_lets_every_match_in(name, gated, data):
    # these patterns do not start with \b: a match that starts at a word boundary must pass the gate
    text = data.draw(st.from_regex(re.compile(gated.pattern.pattern), fullmatch=False))
    post = Post(text)
    if any(_narrative.at_word_start(post.text, m.start()) for m in gated.pattern.finditer(post.text)):
        assert gate_passes(gated, word_set(post), post.text), post.text


def test_patterns_stay_small():
    # compile time is page-load time in Pyodide: each pattern of privacy and consent stays under 5 KB
    import sys

    from checkers.engine.lazy import lazy_re
    from checkers.rules.lexicon import Gated

    modules = [m for name, m in sys.modules.items()
               if name.startswith(("checkers.rules.privacy", "checkers.rules.consent", "checkers.rules.client_narrative"))]
    sizes = {}
    for mod in modules:
        for key, value in vars(mod).items():
            items = value if isinstance(value, tuple) else (value,)
            for item in items:
                rx = item.pattern if isinstance(item, Gated) else item
                if isinstance(rx, lazy_re):
                    sizes[f"{mod.__name__}.{key}"] = len(rx.compiled.pattern)
    assert sizes and max(sizes.values()) < 5000, max(sizes.items(), key=lambda kv: kv[1])
