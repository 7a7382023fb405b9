"""Trap cases for the consent rules.

FIRES cases must raise the named rule at warning or above.  QUIET cases must
raise no warning or critical finding in the consent area: policies and
negations, teaching about recording, demos with actors, the author's own
recordings, booking lines and secure platforms, and replies or searches that
are privacy matters but do not use a client's story as content.  None of these
sentences is from the labelled corpus.
"""

import pytest

import checkers

from .support import applying, assert_fires_in_area, assert_no_findings

FIRES = [
    # client-material: with or without claimed permission
    ("consent/client-material", "Here's a letter a former client wrote me after our last session. Sharing with her permission."),
    ("consent/client-material", "Reposting this poem by one of my kiddos, she said it's ok to share"),
    ("consent/client-material", "Posting my client's voice memo from her first sober birthday (she gave me the OK!)"),
    ("consent/client-material", "Check out this collage one of my teen clients made in group!"),
    ("consent/client-material", "Sharing a thank-you card from a former patient. Made my whole week."),
    ("consent/client-material", "Here's a drawing my 7-year-old client made of her 'angry volcano'."),
    ("consent/client-material", "Swipe to see the painting a patient gave me on her last day."),
    ("consent/client-material", "Here is a text my client sent me after her panic attack last night (shared with permission):"),
    ("consent/client-material", "Selfie with my client at her college graduation!!"),
    ("consent/client-material", "Screenshotted my client's text so you can see what progress looks like."),
    ("consent/client-material", "A client gave me permission to post her story, so here goes."),
    ("consent/client-material", "Client testimonial Thursday: 'Dr. Ruiz gave me my life back.' - K.L."),
    ("consent/client-material", "Selfie with my clients at the end of our group hike!"),
    ("consent/client-material", "Framed the painting my client made me for my office. Look how talented she is!"),
    # session-recording
    ("consent/session-recording", "Recorded my session with a client so you can hear what real EMDR sounds like."),
    ("consent/session-recording", "Going live from my therapy office with a client in 5 minutes! Join us."),
    ("consent/session-recording", "Here's a clip from yesterday's couples session, posted with their okay."),
    ("consent/session-recording", "We livestreamed our grief group on Facebook last night; members consented."),
    ("consent/session-recording", "I'm recording my sessions this month for a TikTok series."),
    ("consent/session-recording", "Here's audio from a real EMDR session so you know what to expect."),
    # client-story-consent: a client's story used as content
    ("consent/client-story-consent", "My 10am this morning, a firefighter from Toledo, broke down talking about his brother."),
    ("consent/client-story-consent", "A 14-year-old I work with asked me today if she's 'too broken' to fix."),
    ("consent/client-story-consent", "Still thinking about the widow I see on Fridays. She brought her husband's watch to session."),
    ("consent/client-story-consent", "Didn't expect my toughest client to hug me at termination, but she did."),
    ("consent/client-story-consent", "Funniest thing my 5pm said today: 'Is this covered by my feelings insurance?'"),
    # services-over-social
    ("consent/services-over-social", "I offer counselling sessions over Instagram DMs, message me for rates."),
    ("consent/services-over-social", "Therapy via WhatsApp voice notes, $40 a week. DM to start."),
    ("consent/services-over-social", "Now offering affordable counselling through Telegram. Message me to book."),
    ("consent/services-over-social", "Hop in my DMs for a free mini-session, I'll help you sort through it right there."),
    ("consent/services-over-social", "Venting help for $15 per message, just slide into my inbox."),
    ("consent/services-over-social", "Free therapy session for the first 10 people who comment 'HEAL' below, I'll DM you to start."),
    ("consent/services-over-social", "Can't make it to the office? I do counseling sessions on Facebook Messenger video."),
    # social-media-in-treatment
    ("consent/social-media-in-treatment", "Clients can message me on WhatsApp anytime between sessions."),
    ("consent/social-media-in-treatment", "I check in with my clients over Snapchat between sessions, they love it."),
    ("consent/social-media-in-treatment", "I added all my clients to a WhatsApp group so they can support each other."),
    ("consent/social-media-in-treatment", "I follow my clients' Instagram accounts to see how their week is going."),
    ("consent/social-media-in-treatment", "My clients know they can DM me on Instagram between sessions whenever they're struggling."),
    ("consent/social-media-in-treatment", "Part of my treatment plan: clients send me their daily mood check-ins on WhatsApp."),
    # round 2: therapy offered in DMs, comments or chat (consent as well as boundaries)
    ("consent/services-over-social", "Drop your problem in the comments and I'll do a mini session in the replies!"),
    ("consent/services-over-social", "Therapy over text, $30 a week, no intake forms. Message me."),
    ("consent/services-over-social", "Need to talk? Venmo me $20 for a quick counseling session."),
    ("consent/services-over-social", "Tell me what's going on in the comments and I'll respond like your therapist would."),
    ("consent/services-over-social", "Comment what's weighing on you and I'll reply like your therapist would 💛"),
    ("consent/services-over-social", "Therapy over chat, no paperwork: just message me and we'll start."),
    ("consent/services-over-social", "I'll do a free mini-session in your DMs for the first five people who comment."),
    ("consent/services-over-social", "DM me your struggle and I'll send a personalized coping plan back by voice note, $15."),
    ("consent/services-over-social", "Now doing coaching sessions over Snapchat, slots open this week!"),
    ("consent/services-over-social", "Text me your worries and I'll coach you through them over WhatsApp, $25/week, no forms."),
    ("consent/social-media-in-treatment", "Clients: just text me between appointments instead of using the portal."),
    ("consent/social-media-in-treatment", "DM me here between appointments anytime, no need for the portal!"),
    # a client's story, told without the word "client"
    ("consent/client-story-consent", "Someone on my caseload relapsed this weekend and I can't stop worrying."),
    ("consent/client-story-consent", "One of my IOP folks told the group he's been sober 200 days."),
    ("consent/client-story-consent", "The old man in bed 3 asked me to call his daughter again tonight. #nightshift #psychnurse"),
    ("consent/client-story-consent", "I treated a retired firefighter who still can't sleep on the anniversary of the fire."),
    ("consent/client-story-consent", "Names changed: 'Maya' is 16 and the only girl on her robotics team, and when she "
                                     "first came to my office she wouldn't look up."),
    # material and images around any reference
    ("consent/client-material", "A teen I work with sent me this poem last night and I had to share it."),
    ("consent/client-material", "Group pic from our IOP graduation today, so proud of these warriors!"),
    ("consent/client-material", "Ketamine changed my patients' lives. Here's a video of one of them laughing after his infusion."),
    # round 3: work or likeness of the people served, however they are referred to
    ("consent/client-material", "Swipe to see what one of my 7-year-olds drew about his new stepdad this week. Play therapy magic 🖍️"),
    ("consent/client-material", "Someone I counsel wrote these lyrics about her eating disorder recovery. Posting them below."),
    ("consent/client-material", "Look what one of our residents painted during art therapy today! 🎨"),
    ("consent/client-material", "Our new brochure features photos from three of our current clients at their graduation."),
    ("consent/client-material", "Took a quick photo of the girls in group today, only their hands on the table, no faces!"),
    ("consent/client-material", "During our recovery circle I photographed the group's hands holding their sobriety chips."),
    ("consent/client-material", "Photos from our PHP graduation are in the comments, congrats to all four grads!"),
    # round 3: a session or a treatment setting broadcast
    ("consent/session-recording", "Going live Friday from our teen group session, the kids can't wait to meet you all!"),
    ("consent/session-recording", "Streaming tonight: an actual family in an actual session, nothing scripted."),
    ("consent/session-recording", "Tune in Sunday! A real client has agreed to do her session with me on air."),
    ("consent/session-recording", "Captured my client's breakthrough on camera during today's session!"),
    # round 3: a priced service delivered in a consumer app
    ("consent/services-over-social", "Counseling Lite: voice notes with me via Telegram, $25/week, reply within a day."),
    ("consent/services-over-social", "Coaching sessions for $20 each through Snapchat. DM to grab a spot."),
    ("consent/services-over-social", "Therapy Plus: unlimited texting with me on WhatsApp between visits, $80 a month."),
    # round 3: a consumer app made part of treatment, however it is worded
    ("consent/social-media-in-treatment", "Anyone else using GroupMe with their DBT clients between sessions? I set one up "
                                          "last month and they love it."),
    ("consent/social-media-in-treatment", "Homework this week for my clients: voice-note me your three wins every night on WhatsApp."),
    ("consent/social-media-in-treatment", "We started a Discord server for our adolescent patients to keep in touch between "
                                          "appointments."),
    ("consent/social-media-in-treatment", "We run Snapchat streaks with our teen clients between sessions. No policy on it "
                                          "yet, but they stay engaged."),
    ("consent/social-media-in-treatment", "I have my clients send me a selfie on Instagram each morning as accountability."),
    ("consent/services-over-social", "I'm now seeing clients over Snapchat video 📱"),
    ("consent/services-over-social", "Offering grief support via Instagram DMs this month, sliding scale 💛"),
    ("consent/client-material", "Sharing some of the self-portraits from this week's teen group 🎨"),
    ("consent/client-material", "Our residents' graduation photos are up on the Facebook page! Recovery looks good on them."),
    ("consent/client-material", "Our DBT group let me film a quick clip for Instagram, they were so brave!"),
    ("consent/client-material", "One of the teens in my Tuesday group wrote this and said I could share it, so here it is."),
    ("consent/session-recording", "New episode: a real couple works through their first big fight with me, unedited."),
]

QUIET = [
    "I don't post client art, even with permission.",
    "Should therapists ever share a client's poem online? APA 4.07 says only with written consent.",
    "Art therapy helps clients express what words can't. Here is a sand tray I set up to show the method.",
    "I love when clients bring art into session. It often says what words can't.",
    "Journaling prompt for anyone: what did you need to hear today?",
    "Recording sessions requires written consent from every client (AAMFT 1.12).",
    "I never record sessions, and my telehealth platform doesn't either.",
    "Our practice uses a HIPAA-compliant video platform; sessions are never recorded.",
    "Filmed a new video today about what happens in a first therapy session.",
    "I recorded a podcast episode about how couples therapy works.",
    "I recorded a guided meditation for anyone struggling with sleep. Link in bio.",
    "Watch this demo session: my colleague plays the client and every detail is scripted.",
    "Here's a 2-minute video of me explaining what happens in an intake session.",
    "We're hosting a live Q&A about therapy on Instagram this Friday at noon.",
    "Please don't film or record in our waiting room, to protect everyone's privacy.",
    "Our clinic does not offer therapy through Instagram DMs; please call the office.",
    "Therapy isn't available through DMs. Please book through our website.",
    "I talk about therapy on TikTok every Friday; follow for tips.",
    "Our telehealth sessions run on a secure platform explained in your consent paperwork.",
    "I don't connect with current or former clients on social media; this is in my informed consent form.",
    "If you're in crisis, call or text 988. I don't monitor DMs.",
    "Composite example, not a real person: a college student struggles to get out of bed before noon.",
    "Clients often ask me how long therapy takes. It depends on the goals.",
    "If you're thinking of ending it tonight, comment below and I'll DM you. You're not alone.",
    "Clients sometimes bring me art, and I keep it in a folder, never online.",
    "Just recorded a new episode of my podcast with Dr. Lee about burnout.",
    "Live on Instagram at 7pm to talk about holiday stress. Bring your questions!",
    "If you're a current client, please use the patient portal rather than Instagram DMs to contact me.",
    "New clients: your first session includes a conversation about my social media policy.",
    "Free webinar Thursday: ethics of recording telehealth sessions. Register at the link.",
    "My kids made me a card for my birthday and I'm framing it.",
    # privacy matters that do not use a client's story as content
    "Response from the owner: this patient was discharged after repeated no-shows.",
    "Thanks for the review, Tom! Glad your anxiety has improved since starting sertraline with us.",
    "I googled my 2pm and found her mugshot. Not sure how to feel.",
    "Excited to launch a podcast with Dana, whom I've been seeing in therapy since 2021.",
    # round 2 near misses: crisis invitations are safety and boundaries, booking and topics are fine
    "If tonight feels heavy, DM me and I'll talk you through it.",
    "Comment your favorite self-care tip below and I'll share mine!",
    "DM me for the workshop link. Therapy inquiries go through our website.",
    "Book a free consult through the link in bio, or DM me with questions.",
    "Free consultations via phone or secure video. DM me to get started.",
    "I answer questions about therapy in my comments every Friday!",
    "Join my free live Q&A on Instagram about therapy myths.",
    "I'll answer questions about what therapy is like in tonight's Instagram live, but I can't give individual advice.",
    "My DMs are not a crisis line. If you're in danger, call or text 988.",
    "I don't do therapy in the comments, but here are three resources that might help.",
    "Therapy isn't a quick fix, and no one can do it in your DMs.",
    "Our DBT group is now enrolling. Call the office to schedule an intake.",
    "We're hiring a telehealth therapist! Message me for details.",
    "Group photo of our clinic staff at the 5K for suicide prevention! So proud of these folks.",
    "Today in session I was reminded how powerful silence can be.",
    # round 3: advice on doing it properly, training tapes, colleagues, staff, own family, topics
    "If you use WhatsApp with clients between sessions, get a BAA-backed alternative and put it in your written policy.",
    "I tell my clients I don't use Snapchat or Instagram for anything clinical; between sessions they call the office.",
    "We use WhatsApp to coordinate staff schedules between sessions.",
    "Trainees: reviewing your own session recordings with your supervisor is humbling but worth it.",
    "Going live Thursday to talk about what a real therapy session looks like, no clients involved!",
    "Live from the APA conference keynote session with our clinical team!",
    "Captured the group dynamics beautifully in today's session.",
    "Snapped a photo of our team at the NAMI walk this morning! 💚",
    "My kids drew me a card for Mother's Day, framing it tonight.",
    "A colleague I work with wrote a lovely poem about burnout for our therapist newsletter, sharing below.",
    "Therapy sessions are $140; book through the secure portal, DMs are for general questions only.",
    "Art therapy tip: ask what the colors mean before you interpret a drawing. Swipe for three prompts I made.",
    "Recovery month! Swipe to see the mural our staff painted in the IOP lobby.",
    "Celebrating 10 years of our IOP! Photos from the anniversary party below.",
    "Text me whenever you need me, friends. My clients use the patient portal instead.",
    "On the podcast I talk about what real therapy sessions look like.",
    "I see clients in person and by secure video only.",
    "Thanks for all the grief support in the comments, I'll reply to everyone tomorrow!",
    "I don't follow clients on Instagram, and I tell them why at intake.",
    "I offer therapy sessions for $120, and you can reach me on WhatsApp to schedule.",
    "My notes from today's group supervision, sharing the key takeaways below.",
    "Photos from our staff training session are below!",
    "One of the nurses in our unit made this poster for the staff room.",
]


def _consent(text):
    return applying(text, "consent")


@pytest.mark.parametrize("rule_id,text", FIRES)
def test_fires(rule_id, text):
    assert_fires_in_area("consent", rule_id, text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text):
    assert_no_findings("consent", text)


def test_session_recording_is_critical():
    fs = [f for f in _consent("Filmed part of today's family therapy session for our channel (they agreed!).")
          if f.rule == "consent/session-recording"]
    assert fs and fs[0].severity == "critical"


def test_supervision_recording_with_signed_consent_is_only_a_tip():
    report = checkers.check("I record sessions for supervision only, with each client's signed consent form.",
                            select=["consent"])
    assert [f.severity for f in report.findings if f.rule == "consent/session-recording"] == ["info"]
    assert "consent" not in report.guidelines


def test_claimed_permission_still_flagged_with_its_own_message():
    fs = [f for f in _consent("My client said I could share her journal entry from therapy, so here it is:")
          if f.rule == "consent/client-material"]
    assert fs and "consent process" in fs[0].message


def test_stated_consent_turns_services_into_a_tip():
    report = checkers.check("After an informed consent process covering privacy limits, I offer therapy over "
                            "WhatsApp video.", select=["consent"])
    assert report.findings and all(f.severity == "info" for f in report.findings)


def test_story_raises_privacy_and_consent_together():
    report = checkers.check("A client of mine shared that she relapsed over the holidays.")
    assert {"privacy", "consent"} <= set(report.guidelines)


def test_material_and_story_are_not_reported_twice():
    text = "My teen client drew me a picture of her safe place. Swipe to see!"
    rules = [f.rule for f in _consent(text)]
    assert rules.count("consent/client-material") == 1
    assert "consent/client-story-consent" not in rules


CONSENT_RULES = [r for r in checkers.RULES if r.area == "consent"]


def test_consent_rules_are_registered():
    assert {"consent/client-material", "consent/session-recording", "consent/client-story-consent",
            "consent/services-over-social", "consent/social-media-in-treatment"} <= {r.id for r in CONSENT_RULES}


@pytest.mark.parametrize("rule", CONSENT_RULES, ids=[r.id for r in CONSENT_RULES])
def test_rule_metadata_is_true(rule):
    assert rule.id in {f.rule for f in checkers.check(rule.example).findings if f.applies}
    assert "consent" not in checkers.check(rule.fine).guidelines
    assert any(ch.isdigit() for ch in rule.sources)


# --- the cheap word gates never hide a match -----------------------------------

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from checkers.rules import client_narrative as _cn  # noqa: E402
from checkers.rules.consent import social_media_in_treatment as _smt  # noqa: E402

CONSENT_GATES = [
    ("client_narrative._CREATE_G", _cn._CREATE_G[0]), ("client_narrative._FROM_SERVED_G", _cn._FROM_SERVED_G[0]),
    ("client_narrative._TOOK_PIC_G", _cn._TOOK_PIC_G[0]), ("client_narrative._BROADCAST_G", _cn._BROADCAST_G[0]),
    ("client_narrative._SERVED_POSS_G", _cn._SERVED_POSS_G[0]), ("client_narrative._LET_ME_FILM_G", _cn._LET_ME_FILM_G[0]),
    ("social_media_in_treatment._APP_USE_G", _smt._APP_USE_G[0]),
]


@pytest.mark.parametrize("name, gated", CONSENT_GATES, ids=[n for n, _ in CONSENT_GATES])
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_gate_lets_every_match_in(name, gated, data):
    """A text the pattern matches at a word start (as gated_words keeps it) passes the pattern's gate."""
    import re

    from checkers.engine.post import Post
    from checkers.rules.lexicon import gate_passes, word_set
    text = data.draw(st.from_regex(re.compile(gated.pattern.pattern), fullmatch=False))
    post = Post(text)
    if any(_cn.at_word_start(post.text, m.start()) for m in gated.pattern.finditer(post.text)):
        assert gate_passes(gated, word_set(post), post.text), post.text
