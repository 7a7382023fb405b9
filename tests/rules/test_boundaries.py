"""Trap cases for the boundaries rules.

Each FIRES case must raise the named rule at warning or above; each QUIET case
must raise no warning or critical finding in the boundaries area.  The quiet
cases are the near misses a keyword spotter gets wrong: policies, negation,
the author's own diagnosis, conditions, teaching, business contact.
"""

import pytest

import checkers

from .support import assert_area_quiet, assert_rule_fires

FIRES = [
    # client-connection
    ("boundaries/client-connection", "Just accepted my client's friend request on Facebook, she's lovely."),
    ("boundaries/client-connection", "Current clients: add me on Snapchat, my handle is in my bio!"),
    ("boundaries/client-connection", "I follow a few of my former patients on Instagram and love cheering them on."),
    ("boundaries/client-connection", "Clients are always welcome to follow my personal TikTok."),
    ("boundaries/client-connection", "Housewarming party next weekend and I invited two of my clients. Is that bad?"),
    ("boundaries/client-connection", "Had lunch with a former client yesterday, so good to catch up!"),
    ("boundaries/client-connection", "My client is also my realtor, and she found us the perfect house."),
    ("boundaries/client-connection", "We hired one of our former patients as a receptionist."),
    ("boundaries/client-connection", "Became friends with a client after our last session and we text all the time."),
    # individual-diagnosis
    ("boundaries/individual-diagnosis", "From your comment it sounds like you have OCD."),
    ("boundaries/individual-diagnosis", "Honestly your boyfriend sounds like a textbook narcissist."),
    ("boundaries/individual-diagnosis", "@jess_k based on what you wrote, you're definitely on the spectrum."),
    ("boundaries/individual-diagnosis", "The senator is clearly a sociopath, and I say that as a psychologist."),
    ("boundaries/individual-diagnosis", "Watch the CEO's interview: he shows all the classic signs of untreated bipolar disorder."),
    ("boundaries/individual-diagnosis", "[celebrity] is obviously a malignant narcissist."),
    ("boundaries/individual-diagnosis", "I'd diagnose him with antisocial personality disorder after that interview."),
    ("boundaries/individual-diagnosis", "Your mother-in-law is definitely BPD, no question."),
    # individual-treatment-advice
    ("boundaries/individual-treatment-advice", "Try upping your Zoloft to 100mg and see how you feel."),
    ("boundaries/individual-treatment-advice", "Based on what you shared, you should leave him. Today."),
    ("boundaries/individual-treatment-advice", "From your post, you really need EMDR, not talk therapy."),
    ("boundaries/individual-treatment-advice", "Replying to Sam: you need to go no contact with your mother."),
    # therapy-in-comments
    ("boundaries/therapy-in-comments", "Feeling stuck? DM me and we'll work through it together."),
    ("boundaries/therapy-in-comments", "My DMs are always open if you need to vent. I'll help you sort it out."),
    ("boundaries/therapy-in-comments", "Drop your biggest struggle in the comments and I'll give you my advice."),
    ("boundaries/therapy-in-comments", "Now offering counseling sessions over WhatsApp for busy parents."),
    # solicited-testimonials
    ("boundaries/solicited-testimonials", "If you've enjoyed working with me, a quick Google review would mean the world!"),
    ("boundaries/solicited-testimonials", "Leave a 5-star review and get a $20 gift card at your next visit."),
    ("boundaries/solicited-testimonials", "Clients, please share your success story for our website's testimonials page."),
    # disparaging-clients
    ("boundaries/disparaging-clients", "Some of my clients are so lazy it's unreal. Do your homework, people!"),
    ("boundaries/disparaging-clients", "Ranking my patients' weirdest excuses for not paying, part 3 😂"),
    ("boundaries/disparaging-clients", "To the reviewer: you no-showed four appointments and never paid. We stand by our policy."),
    ("boundaries/disparaging-clients", "My 4pm is driving me up the wall with the same story every week."),
    # personal-contact-anytime
    ("boundaries/personal-contact-anytime", "You can text my personal cell any time, even at 3am. I've got you."),
    ("boundaries/personal-contact-anytime", "I'm available for my clients 24/7, just call me."),
    ("boundaries/personal-contact-anytime", "Here's my personal number for anyone who needs it: 555-0102."),
    # unprofessional-conduct
    ("boundaries/unprofessional-conduct", "So hungover for my 9am telehealth session lol pray for me"),
    ("boundaries/unprofessional-conduct", "Two glasses of wine in and finally finishing my progress notes 🍷"),
    ("boundaries/unprofessional-conduct", "Took two shots of tequila before my group session today, best group ever lol"),
    # fresh phrasings
    ("boundaries/individual-diagnosis", "Watched the senator's press conference. As a psychologist, I'd bet he meets every "
                                        "criterion for antisocial personality disorder."),
    ("boundaries/individual-diagnosis", "This lady in the video is unhinged, probably schizophrenic tbh"),
    ("boundaries/therapy-in-comments", "Comment your biggest relationship struggle below and I'll tell you exactly what to do!"),
    ("boundaries/therapy-in-comments", "Clients, skip the portal and just DM me here between sessions. I usually answer within the hour"),
    ("boundaries/solicited-testimonials", "Current clients, would you write a few lines about your experience for our website?"),
    ("boundaries/disparaging-clients", "Greg, you attended our clinic for two years and never once did your homework, "
                                       "so blaming us for your lack of progress is rich."),
    ("boundaries/disparaging-clients", "Half my caseload just wants someone to complain to for fifty minutes. Must be nice 🙄"),
    ("boundaries/disparaging-clients", "Clients who don't do their homework are honestly wasting my time."),
    ("boundaries/client-connection", "Grabbed drinks with a former client last night, so fun to catch up."),
    ("boundaries/personal-contact-anytime", "Clients: I'm on WhatsApp day or night if you need me."),
    # round 3: offers and invitations to clients outside therapy
    ("boundaries/client-connection", "Hey former clients! I'm selling my late mom's quilts on Etsy now, use code THERAPY for 20% off"),
    ("boundaries/client-connection", "My clients always ask about my leggings, so I'm finally a brand ambassador! DM me for the client discount."),
    ("boundaries/client-connection", "Any current clients want to join my climbing gym? I coach Tuesdays and I'll waive your first month."),
    ("boundaries/client-connection", "Moving sale! Former clients get 30% off anything in the office, just DM me."),
    ("boundaries/client-connection", "To my Wednesday women's group: drinks at my place after the holidays, I'll text you the address!"),
    ("boundaries/client-connection", "Patients of mine: I'm throwing a housewarming next Friday and you're all welcome to come!"),
    ("boundaries/client-connection", "If a client of mine stumbles on this page, hi! Follow me, I follow back."),
    ("boundaries/client-connection", "A client found my private account and followed me on my personal IG. We're basically besties now."),
    ("boundaries/client-connection", "Any of my old patients in the market for a used car? My cousin and I started a dealership on the side."),
    ("boundaries/solicited-testimonials", "Current clients, I'd love it if you endorsed me on LinkedIn for my new consulting business!"),
    ("boundaries/solicited-testimonials", "If our work together helped, I'd be grateful for a LinkedIn recommendation for my new venture."),
    ("boundaries/solicited-testimonials", "Leave a Google review for the practice this month and your next session is free!"),
    ("boundaries/solicited-testimonials", "Thinking of giving a $25 gift card to every client who posts a Yelp review. Thoughts?"),
    ("boundaries/solicited-testimonials", "Our clients' video testimonials are now on the homepage. Thank you to the brave families who agreed!"),
    # round 3: diagnosing a public figure or a stranger from afar
    ("boundaries/individual-diagnosis", "The CEO's all-hands meltdown yesterday? Textbook histrionic personality. Seen it a hundred times."),
    ("boundaries/individual-diagnosis", "As a trauma therapist I can tell you that pop star is dissociating on stage. Classic PTSD."),
    ("boundaries/individual-diagnosis", "Watched the president's speech: pressured speech, flight of ideas. Honestly looks like mania to me."),
    ("boundaries/individual-diagnosis", "@dan_k your whole thread screams untreated bipolar, my guy."),
    ("boundaries/individual-diagnosis", "That commenter who keeps replying to me is clearly bipolar."),
    ("boundaries/individual-diagnosis", "The quarterback's post-game interview was textbook concussion-related depression."),
    # round 3: individual care to a named or addressed person
    ("boundaries/therapy-in-comments", "Marcus, what you're describing sounds exhausting. This week, write down every intrusive "
                                       "thought and wait 10 minutes. Check back with how it went and we'll go from there."),
    ("boundaries/therapy-in-comments", "@priya_l okay here's your homework: three gratitude notes a day. Let me know how it goes!"),
    ("boundaries/therapy-in-comments", "Dana, try sleeping with a night light for a week and keep me posted here."),
    ("boundaries/therapy-in-comments", "Homework for my teen clients this week: Snap me one thing you're proud of every day."),
    ("boundaries/individual-treatment-advice", "Kayla, honestly you need EMDR, not talk therapy."),
    ("boundaries/individual-treatment-advice", "Replying to @bex: from your story, you need to set a boundary with your mom this weekend."),
    # round 3: conduct that undermines the role
    ("boundaries/unprofessional-conduct", "Two beers in and catching up on client voicemails, living the dream"),
    ("boundaries/unprofessional-conduct", "Wine in hand, replying to patient messages from the couch"),
    ("boundaries/unprofessional-conduct", "Four mimosas deep at brunch, and my 1pm better not be early."),
    ("boundaries/unprofessional-conduct", "Three pints of stout in at the pub and THIS close to posting what I think of my 4pm regulars"),
    ("boundaries/disparaging-clients", "My 4pm spent 45 minutes on her fantasy football league. I billed for all of it, lol."),
    ("boundaries/disparaging-clients", "Tuesday 11am guy explained his crypto podcast to me for the whole session. Kill me now"),
    ("boundaries/disparaging-clients", "Some people don't want therapy, they want a paid audience. My 3pm, again 🙄"),
    ("boundaries/disparaging-clients", "To the reviewer who gave us one star: if you'd bothered to show up to more than two "
                                       "sessions, maybe you'd have gotten better."),
    ("boundaries/disparaging-clients", "the way my 10am talks about her sister is UNHINGED. every single week."),
    # round 3: round-the-clock personal contact
    ("boundaries/personal-contact-anytime", "I give all my clients my cell and tell them no hour is too late to text."),
    ("boundaries/personal-contact-anytime", "Want a therapist who's actually there? I answer texts at midnight, on holidays, whenever."),
    ("boundaries/personal-contact-anytime", "My kiddos' parents can FaceTime me whenever something comes up, weekends included."),
    ("boundaries/personal-contact-anytime", "Unlimited voice notes with me over WhatsApp for $40 a week."),
    ("boundaries/personal-contact-anytime", "Send a voice note anytime, even on Sundays, and I'll reply the same day."),
    # round 4: ties offline with people the author treats
    ("boundaries/client-connection", "A woman I see on Fridays invited me to her book launch and we went out for tapas together after."),
    ("boundaries/client-connection", "One of my Monday folks makes furniture, so I ordered a new bookshelf from him last week."),
    ("boundaries/client-connection", "Sent my 11am the Venmo for the concert tickets she picked up for both of us."),
    ("boundaries/client-connection", "A family I work with handed me two tickets to the playoff game. Obviously I'm going."),
    ("boundaries/client-connection", "Matched on Bumble with a guy I treated last spring and we're meeting for drinks Friday."),
    ("boundaries/client-connection", "Coaching my patient's son in Little League this spring, which is kind of a fun bonus."),
    ("boundaries/client-connection", "Honestly I peek at my clients' Instagram stories most nights to see how their week is really going."),
    ("boundaries/client-connection", "Spent my lunch break scrolling through the TikToks of kids from my caseload. Very revealing."),
    ("boundaries/client-connection", "Big backyard cookout at my place Sunday! My Thursday evening therapy group is coming, bring chairs."),
    ("boundaries/client-connection", "Our office trivia team needs a fifth, and a few of you from the Monday anxiety group are welcome to join."),
    ("boundaries/client-connection", "A man I counsel lent me his trailer for the move. Small-town life, and I said yes happily."),
    ("boundaries/client-connection", "Started counseling the woman who cuts my hair. She trims, I do EMDR, and no money changes hands."),
    ("boundaries/individual-treatment-advice", "@lena_r from everything you've shared, get your doctor to switch you to Prozac."),
    # round 4: diagnosing public figures and strangers from the news
    ("boundaries/individual-diagnosis", "As a psychiatrist, that goalkeeper's meltdown last night was clearly a manic episode."),
    ("boundaries/individual-diagnosis", "The shooter was obviously psychotic. I've seen hundreds of men like him on the unit."),
    ("boundaries/individual-diagnosis", "That singer is 100% relapsing, look at her arms in the new video. Clinically, it's obvious."),
    # round 4: dose advice to one person
    ("boundaries/individual-treatment-advice", "@nora.b cut your Lexapro in half for a week, then stop. You'll be fine."),
    ("boundaries/individual-treatment-advice", "@jt_runs your sister's Xanax is fine for the flight, just don't drink with it."),
    ("boundaries/individual-treatment-advice", "@benji your doc is too cautious, ask to go straight to 300 on the Wellbutrin."),
    # round 4: mocking clients as a group
    ("boundaries/disparaging-clients", "New game for my counseling office: no-show bingo. Free coffee for whoever fills the card first."),
    ("boundaries/disparaging-clients", "Eight years of therapy work means eight years of grown adults whining about their in-laws."),
    ("boundaries/disparaging-clients", "Tip for new clinicians: the borderlines will test every limit you have, so never give out your cell."),
]

QUIET = [
    # policies and negation
    "I don't accept friend requests from current or former clients, and I explain why at intake.",
    "Please don't add me on personal accounts; follow the practice page for updates.",
    "When a client sends you a friend request, decline it and talk about it in session.",
    "No dual relationships: I won't attend clients' weddings or parties, even when invited.",
    "Follow our practice page for mental health tips every Monday!",
    # diagnoses used clinically or about oneself
    "Treatment of OCD with exposure and response prevention has strong evidence.",
    "I have ADHD and I'm a therapist. Both things are true.",
    "If you have OCD, ERP is worth asking about.",
    "I can't diagnose anyone from a comment. If this sounds familiar, an evaluation can help.",
    "You might want to get evaluated for ADHD by a licensed clinician.",
    "The Goldwater Rule is why I won't say whether any politician is a narcissist.",
    "Narcissistic personality disorder is diagnosed through a full assessment, not a TikTok.",
    "My son is autistic and he taught me more than any textbook.",
    # general advice, not to one person
    "If your partner hits you, you deserve safety: the National Domestic Violence Hotline is 1-800-799-7233.",
    "Deciding whether to leave a relationship is personal; a therapist can help you weigh it.",
    "Don't change your dose without talking to your prescriber.",
    # comments and DMs the right way
    "I can't answer clinical questions in DMs. For appointments, call the office.",
    "We're hiring a part-time counselor. DM me for details or apply on our site.",
    "DM me to book a free 15-minute consultation call.",
    "In crisis? Call or text 988. I don't monitor messages after hours.",
    # reviews and testimonials
    "Thanks for the five stars! We're glad the new parking lot helps.",
    "We never ask clients for reviews or testimonials; that's an ethics rule for us.",
    "If you enjoyed my new book, a review on Amazon helps other readers find it.",
    # talking about clients respectfully
    "Clients who cancel at the last minute aren't lazy; ambivalence is part of change.",
    "My clients this week did such brave work. Grateful for this job.",
    "We don't call patients 'frequent flyers' on our unit. Words matter.",
    # contact details
    "Our office line is 555-0150, Monday to Friday, 9 to 5.",
    "After hours, call 988, which is available 24/7.",
    "My personal phone stays off on weekends; the on-call clinician covers emergencies.",
    # off-duty life
    "Wine and a movie after a long week. No notes, no email, no phone.",
    "We treat people who arrive drunk or high in the ER with the same respect as anyone else.",
    # more near misses
    "Had dinner with my supervisor and we talked through a tough client case.",
    "Grabbing lunch between clients today.",
    "Got a question about therapy in general? Drop it below and I'll answer in a future post (general info only).",
    "My DMs are for collaborations only; for therapy, please use our booking page.",
    "Clients sometimes ask if I'll follow them back. I won't, and here's why.",
    "A client once sent me a friend request. I declined and we talked about it in session.",
    "Sounds like you had a rough week. Sending good thoughts.",
    "You have every right to set boundaries with family.",
    "She's clearly exhausted after a long shift, so I covered for her.",
    "Thank you for your review. We can't discuss anyone's care here, but please call our office manager.",
    "Text 988 any time, day or night.",
    # round 4 near misses
    "I met a former client at the grocery store, said a quick hello and moved on. No coffee, no follow-up.",
    "My best friend opened a bakery last month and I ordered my son's birthday cake from her.",
    "A client offered me concert tickets as a thank-you. I declined and we talked about what the gift meant.",
    "How do you handle it when a patient gives you a gift card at termination?",
    "If a client invites you to their wedding, talk it through in consultation before deciding.",
    "I never look up clients on Instagram or Facebook, and my consent form says so.",
    "Hypothetical for ethics class: a client's daughter joins the soccer team you coach. What would you do?",
    "The Goldwater Rule means I won't say whether that senator is depressed, and neither should you.",
    "The actress has shared her own bipolar diagnosis in a memoir; it's worth reading.",
    "When a patient asks whether they can take their roommate's Adderall, the answer is no, and here's why.",
    "Clients who miss sessions are often juggling shifts and childcare; flexible scheduling helps.",
    "We went through the safety plan together in our last session.",
    "Potluck at my place for the neighbourhood book club, bring a dish! (Office closed Monday for clients.)",
    "I don't accept friend requests from people I treat, and my intake packet explains why.",

]

# Round 3 near misses for the hand-written rules (the learned fallback is judged on the corpus instead).
QUIET_HAND = [
    "Therapists: use code NOTES for 20% off my documentation course. Your clients will thank you.",
    "New clients get 20% off their first three sessions this month, call the office to book.",
    "My clients often ask about supplements. I don't sell anything; talk to your doctor.",
    "Garage sale this weekend! Mostly baby clothes and a treadmill. Office closed Friday for clients.",
    "My Wednesday book group is reading Atomic Habits; drinks at my place after!",
    "Shoutout to my Monday grief group, you all inspire me. I'm off for my birthday dinner Saturday, see you next week.",
    "Current clients get first dibs on the new Thursday group slots; sliding scale available.",
    "Any of my clients interested in the new DBT group? Ask me at your next session.",
    "Why we don't ask clients for testimonials: APA 5.05 prohibits it, and it puts pressure on people in care.",
    "Reminder: offering a free session to anyone who posts a review violates the ethics code. Don't do it.",
    "Your copay is waived for the first session if you're a veteran.",
    "Hiring manager here: please ask your references for LinkedIn recommendations before you apply.",
    "I'd be grateful for a recommendation for a good trauma supervisor in Denver.",
    "Classic depression in older adults often looks like irritability, not sadness.",
    "The senator's bill would fund school counselors. Textbook depression screening in schools saves lives.",
    "The senator's new bill says burnout can look like depression, so screen early.",
    "I won't diagnose the governor. Nobody should, without an exam.",
    "The actor has spoken openly about his bipolar disorder, and his memoir is worth a read.",
    "Textbook OCD isn't about tidiness; it's about intrusive thoughts and compulsions.",
    "We're sorry the wait felt long at your daughter's ADHD evaluation; please call the office so we can talk.",
    "Try this grounding exercise tonight: 5 things you can see, 4 you can hear. Let me know in the comments if it helped!",
    "Folks, tonight try the 4-7-8 breath before bed and report back in the comments!",
    "Jess, congrats on the new practice! Let me know how it goes.",
    "Boundaries 101: you need to set boundaries with people who drain you. Save this post.",
    "Now offering telehealth sessions over Zoom video; message the office to book.",
    "If you're launching text-based therapy, make sure the platform signs a BAA and put a crisis plan in consent.",
    "A few drinks after my last client tonight. Cheers to the weekend!",
    "Three drinks deep at my cousin's wedding, no work till Tuesday, phone off.",
    "PSA: never answer patient messages after drinking. Log off and let the on-call clinician handle it.",
    "My 3pm cried the whole session about her dad's diagnosis. Heavy day, going for a walk before notes.",
    "Some people don't want therapy right now, and that's their right. Meet them where they are.",
    "Clients who talk about crypto all session are often avoiding something painful; curiosity helps.",
    "I reply to portal messages within one business day. I'm not available evenings or weekends.",
    "The crisis line is always open. Call 988 at 3am if you need to.",
    "Our plan includes unlimited messaging with your care team through the secure portal during business hours.",
    "Journaling is a place to vent anytime, and nobody has to read it.",
]


@pytest.mark.parametrize("rule_id, text", FIRES, ids=[f"{r.split('/')[1]}:{t[:30]}" for r, t in FIRES])
def test_rule_fires(rule_id, text):
    assert_rule_fires(rule_id, text)


@pytest.mark.parametrize("text", QUIET, ids=[t[:40] for t in QUIET])
def test_area_quiet(text):
    assert_area_quiet("boundaries", text)


@pytest.mark.parametrize("text", QUIET_HAND, ids=[t[:40] for t in QUIET_HAND])
def test_hand_written_rules_quiet(text):
    found = [(f.rule, text[f.start:f.end]) for f in checkers.check(text, select=["boundaries"]).findings
             if f.applies and not f.rule.endswith("/resembles-flagged-posts")]
    assert not found, found


def test_diagnosis_detector_shared_once():
    """Both areas see the same evidence, found once per post."""
    from checkers.engine.post import Post
    from checkers.rules.individual_diagnosis import find_diagnoses

    post = Post("Your husband is definitely a narcissist.")
    first = find_diagnoses(post)
    assert first and first[0].kind == "individual"
    assert find_diagnoses(post) is first  # memoised
    report = checkers.check(post.original)
    rules = {f.rule for f in report.findings}
    assert {"boundaries/individual-diagnosis", "accuracy/diagnosis-without-exam"} <= rules


def test_checklist_you_is_not_a_boundary_issue():
    """'You' in a checklist addresses everyone: accuracy (self-diagnosis), not boundaries."""
    report = checkers.check("If you daydream a lot and hate paperwork, you definitely have ADHD.")
    assert "accuracy" in report.guidelines
    assert "boundaries" not in report.guidelines


def test_evasion_is_folded():
    report = checkers.check("Clients, add me on my pers\u200bonal Inst\u0430gram \U0001F60A")
    assert "boundaries/client-connection" in {f.rule for f in report.findings}


def test_incentive_named_in_message():
    report = checkers.check("Leave us a Google review this month and get 20% off your next session!")
    msgs = [f.message for f in report.findings if f.rule == "boundaries/solicited-testimonials"]
    assert msgs and "in return" in msgs[0]


def test_offsets_point_at_evidence():
    text = "Great question! From your comment it sounds like you have OCD."
    f = next(f for f in checkers.check(text).findings if f.rule == "boundaries/individual-diagnosis")
    assert "OCD" in text[f.start:f.end]


# --- the cheap word gates never hide a match -----------------------------------

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from checkers.rules import individual_diagnosis as _diagnosis  # noqa: E402
from checkers.rules.lexicon import DIAGNOSIS_WORDS, Gated  # noqa: E402
from .support import check_gate, gated_entries  # noqa: E402

BOUNDARY_GATES = gated_entries([
    "checkers.rules.boundaries.client_connection", "checkers.rules.boundaries.therapy_in_comments",
    "checkers.rules.boundaries.personal_contact_anytime", "checkers.rules.boundaries.solicited_testimonials",
    "checkers.rules.boundaries.disparaging_clients", "checkers.rules.boundaries.individual_treatment_advice",
    "checkers.rules.boundaries.unprofessional_conduct", "checkers.rules.boundaries.offline_ties",
]) + [(f"individual_diagnosis.{kind}", Gated(pattern, (need,))) for kind, need, pattern in _diagnosis._ANCHORS] + [
    ("individual_diagnosis.diagnosis_term", Gated(_diagnosis._DX, (DIAGNOSIS_WORDS,))),
    ("individual_diagnosis.verdict", Gated(_diagnosis._VERDICT, (_diagnosis._VERDICT_WORDS,))),
    ("individual_diagnosis.third", Gated(_diagnosis._THIRD_VERB, (_diagnosis._THIRD_WORDS,))),
    ("individual_diagnosis.third2", Gated(_diagnosis._THIRD2_VERB, (_diagnosis._THIRD_WORDS,))),
    ("individual_diagnosis.named", Gated(_diagnosis._NAMED_VERB, (_diagnosis._THIRD_WORDS,))),
]


@pytest.mark.parametrize("name, gated", BOUNDARY_GATES, ids=[n for n, _ in BOUNDARY_GATES])
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_gate_lets_every_match_in(name, gated, data):
    check_gate(gated, data)
