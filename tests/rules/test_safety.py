"""Trap cases for the safety rules (safe messaging about suicide and self-harm).

Each FIRES case must raise the named rule at warning or above; each QUIET case
must raise no warning or critical finding in the safety area.  The quiet cases
are what a keyword spotter gets wrong: teaching the right words, crisis posts
that point to 988, means-safety advice, accidental overdoses, other epidemics,
"attempts" at sourdough, warning signs, a survivor's own story.
"""

import pytest

import checkers

from .support import applying, assert_fires_in_area, assert_no_findings

FIRES = [
    # committed-suicide
    ("safety/committed-suicide", "My uncle committed suicide when I was twelve."),
    ("safety/committed-suicide", "Why do people commit suicide? A thread."),
    ("safety/committed-suicide", "Sad to say she committed suicide. Praying for the family."),
    ("safety/committed-suicide", "my cousin successfully committed suicide last year and I still can't believe it"),
    ("safety/committed-suicide", "It was a successful suicide, the coroner said."),
    ("safety/committed-suicide", "Failed suicide attempts are a cry for help, don't ignore them."),
    ("safety/committed-suicide", "After two failed attempts he finally died in March. RIP."),
    ("safety/committed-suicide", "Heartbreaking: her second attempt was finally successful. Check on your friends."),
    ("safety/committed-suicide", "He tried to kill himself three times and finally succeeded this time."),
    ("safety/committed-suicide", "Researchers studied completed suicides in the county."),
    ("safety/committed-suicide", "Anоther athlete cоmmitted suicide yesterday."),  # Cyrillic о
    # method-or-location
    ("safety/method-or-location", "The singer hanged himself in a hotel room in Paris."),
    ("safety/method-or-location", "RIP to the bassist who hung himself in his studio. Legends never die."),
    ("safety/method-or-location", "He shot himself with his father's hunting rifle."),
    ("safety/method-or-location", "Police say she jumped off the Golden Gate Bridge on Tuesday."),
    ("safety/method-or-location", "Reports say the student jumped from the 7th floor of her dorm on Sunday."),
    ("safety/method-or-location", "She swallowed a whole bottle of sleeping pills after the breakup and died."),
    ("safety/method-or-location", "He took his own life by carbon monoxide in his garage."),
    ("safety/method-or-location", "How many Tylenol would it take to die? Asking for a story."),
    ("safety/method-or-location", "Anyone know how much Tylenol is lethal? Asking for a friend."),
    ("safety/method-or-location", "The teen died by suicide on the train tracks behind the school."),
    ("safety/method-or-location", "He was found hanging in his closet by his mom."),
    ("safety/method-or-location", "She was found in her car with the engine running. The funeral is Friday."),
    ("safety/method-or-location", "The coroner confirmed he died of a self-inflicted gunshot wound."),
    ("safety/method-or-location", "My friend OD'd on her meds on purpose last night and is in the ICU."),
    ("safety/method-or-location", "Teens are using TikTok to share how to hide cuts on their wrists."),
    ("safety/method-or-location", "Self-harm is rising: kids cut their upper thighs with pencil sharpener blades."),
    ("safety/method-or-location", "It was a mix of sleeping pills and vodka, taken alone at the overlook."),
    ("safety/method-or-location", "The method was pills: she saved up her antidepressants for weeks."),
    ("safety/method-or-location", "He ended his life at the old quarry off Route 40."),
    ("safety/method-or-location", "She drowned herself in the river behind their house."),
    ("safety/method-or-location", "He poisoned himself with antifreeze."),
    ("safety/method-or-location", "The actor died by hanging, police confirmed this morning."),
    ("safety/method-or-location", "He walked in front of a train on the Red Line Tuesday night. RIP."),
    ("safety/method-or-location", "Why this bridge became the country's most notorious suicide spot."),
    ("safety/method-or-location", "Last month the crisis team talked two people down from the top of the Elm St parking garage."),
    # crisis-dm
    ("safety/crisis-dm", "If you're thinking of ending it tonight, DM me. I'm here."),
    ("safety/crisis-dm", "If you're feeling suicidal, message me anytime, my DMs are always open."),
    ("safety/crisis-dm", "Thinking about ending your life? Talk to me in the comments, I read every one."),
    ("safety/crisis-dm", "Don't want to be here anymore? Send me a DM tonight, no judgment."),
    ("safety/crisis-dm", "Having thoughts of self-harm? Comment below and I'll check in with you personally."),
    ("safety/crisis-dm", "Feeling suicidal? Don't call a hotline, they just send cops. Message me instead."),
    ("safety/crisis-dm", "Suicidal? Comment \"🖤\" and I'll slide into your DMs."),
    ("safety/crisis-dm", "if u r thinking about e n d i n g  i t please just DM me"),
    ("safety/crisis-dm", "If you're thinking of ending it, D\u200bM me directly."),
    ("safety/crisis-dm", "If you're in a dark place tonight, my inbox is always open."),
    ("safety/crisis-dm", "Thinking about hurting yourself? Text me at 555-0134, any hour."),
    ("safety/crisis-dm", "If you're in crisis, call me directly instead of 988, they're overwhelmed."),
    # solution-or-epidemic
    ("safety/solution-or-epidemic", "There's a suicide epidemic in our county and it's only getting worse."),
    ("safety/solution-or-epidemic", "Veteran suicide is an unstoppable epidemic at this point."),
    ("safety/solution-or-epidemic", "Every 11 minutes someone dies by suicide in America. It's an epidemic."),
    ("safety/solution-or-epidemic", "Suicides are skyrocketing among teens."),
    ("safety/solution-or-epidemic", "For some people with chronic pain, suicide is a rational way out."),
    ("safety/solution-or-epidemic", "Sometimes people reach a point where ending it is the only way out, and I get that."),
    ("safety/solution-or-epidemic", "He took his own life last night. At least he is finally at peace."),
    ("safety/solution-or-epidemic", "Honestly suicide was her only option after everything she went through."),
    ("safety/solution-or-epidemic", "Taking your own life is sometimes the brave choice."),
    # --- round 2: phenomena, in words of our own ---
    # news-like "committed suicide"
    ("safety/committed-suicide", "Local man commits suicide after losing his farm, neighbors say."),
    ("safety/committed-suicide", "Breaking: actor committed suicide at his home, reports say."),
    # "failed"/"successful" attempts in survivors' and clinicians' posts, without a word for death
    ("safety/committed-suicide", "I survived a failed attempt in 2019 and I'm still here."),
    ("safety/committed-suicide", "After my failed attempt, the ER nurse treated me like garbage. Survivors deserve better."),
    ("safety/committed-suicide", "His attempt failed, thank god, and he's in inpatient now."),
    ("safety/committed-suicide", "Her first attempt didn't succeed, the second one did. Contagion is real in schools."),
    ("safety/committed-suicide", "Anyone else in recovery after an unsuccessful attempt? Looking for peer support."),
    # method in varied words
    ("safety/method-or-location", "My aunt took her own life by hanging herself in the garage."),
    ("safety/method-or-location", "Our classmate ended his life with his dad's pistol."),
    ("safety/method-or-location", "A 15-year-old took his own life by stepping in front of a train near the station."),
    ("safety/method-or-location", "Her roommate found her after she'd taken every pill in the cabinet. She died two days later."),
    ("safety/method-or-location", "He had been hoarding his sleeping pills for weeks."),
    ("safety/method-or-location", "I knew exactly how many pills it would take, and I had them ready."),
    ("safety/method-or-location", "She had looked up how much acetaminophen would be fatal before she died."),
    ("safety/method-or-location", "If my diagnosis comes back bad I'm just gonna swallow the whole bottle."),
    ("safety/method-or-location", "Kids are tying cords around their necks for the choking challenge. Here's how it works."),
    ("safety/method-or-location", "Patients on our ward have hidden razors, belts, shoelaces and phone chargers in their rooms."),
    ("safety/method-or-location", "Patients on the unit have tried to use socks, phone cords and bedsheets as ligatures."),
    ("safety/method-or-location", "Parents: teens who self-harm often pull the blade out of a disposable razor."),
    ("safety/method-or-location", "She had been cutting her forearms with razor blades and hiding the scars under long sleeves."),
    # location by what happened there, and precise details
    ("safety/method-or-location", "That's the overpass where two teens jumped last year."),
    ("safety/method-or-location", "The cliff where she jumped is now a memorial site."),
    ("safety/method-or-location", "This is the gorge that so many people have jumped from."),
    ("safety/method-or-location", "I still remember the stairwell where he hanged himself."),
    ("safety/method-or-location", "My patient told me exactly which bridge he had picked and the exact spot on the railing."),
    # crisis invitations phrased privately, or with the hotline waved away
    ("safety/crisis-dm", "Message me privately if you're not safe tonight."),
    ("safety/crisis-dm", "If you aren't safe tonight, text me directly, I'm up."),
    ("safety/crisis-dm", "Not safe tonight? Ping me privately, I'll answer."),
    ("safety/crisis-dm", "If you're not okay tonight, DM me. No hotline, no cops, just me."),
    ("safety/crisis-dm", "Skip the hotline and DM me if you're thinking about suicide, I'll always answer."),
    ("safety/crisis-dm", "Forget the crisis line, just DM me if you're suicidal."),
    ("safety/crisis-dm", "my inbox is open if you're thinking of ending it"),
    ("safety/crisis-dm", "Thinking about ending things? My inbox is open 24/7."),
    ("safety/crisis-dm", "Thinking of ending things? Hit me up, I'm always awake."),
    ("safety/crisis-dm", "If you feel like ending things tonight, text me, I'm awake."),
    ("safety/crisis-dm", "If you feel like you can't take it anymore, message me directly."),
    ("safety/crisis-dm", "Suicidal thoughts tonight? Share your feelings in the comments, I'll reply to every one."),
    ("safety/crisis-dm", "Having suicidal thoughts? Comment below, I'll reply personally."),
    # romanticising framings and "epidemic"
    ("safety/solution-or-epidemic", "Teen suicide is an epidemic and nobody is doing anything."),
    ("safety/solution-or-epidemic", "Youth suicide has become an epidemic in our state."),
    ("safety/solution-or-epidemic", "Gun suicides are skyrocketing in rural counties."),
    ("safety/solution-or-epidemic", "She's finally free now. RIP to my sister who died by suicide in March."),
    ("safety/solution-or-epidemic", "When my brother died by suicide, I told myself he was finally free."),
    ("safety/solution-or-epidemic", "He took his own life on Sunday. He is finally free of his demons."),
    ("safety/solution-or-epidemic", "She's finally at peace after taking her own life. No more pain."),
    ("safety/solution-or-epidemic", "Suicide is a choice we should respect, not a crisis to prevent."),
    ("safety/solution-or-epidemic", "Assisted or not, suicide is a decision we should respect."),
    ("safety/solution-or-epidemic", "For someone with terminal depression, ending things is the only way out."),
    ("safety/solution-or-epidemic", "Honestly when someone chooses suicide after decades of pain, that is their right and we should honor it."),
    ("safety/solution-or-epidemic", "Suicide is sometimes the only escape from unbearable pain."),
    ("safety/crisis-dm", "If you're thinking about unaliving yourself, DM me first."),
    ("safety/crisis-dm", "You can always talk to me instead of calling 988 if you're feeling suicidal."),
    ("safety/method-or-location", "He took his own life at the Lincoln Street garage on Friday."),
    ("safety/committed-suicide", "He attempted suicide twice before he succeeded last year."),
    # round 3: "failed"/"successful" attempts in any form, own story included
    ("safety/committed-suicide", "Two failed attempts at 16 and 17. Now I run a teen support group. #survivor"),
    ("safety/committed-suicide", "Why is the 'successful attempt' rate so much higher among older men?"),
    ("safety/committed-suicide", "Her fourth attempt was the successful one. I still can't believe she's gone."),
    ("safety/committed-suicide", "He failed to kill himself once before, and everyone stopped checking in."),
    # round 3: DMs offered in place of crisis services
    ("safety/crisis-dm", "Forget the crisis line, they read from a script. Text me instead, I'm always up."),
    ("safety/crisis-dm", "If tonight's a hard one, my inbox is open. No need to call a hotline, I've got you."),
    ("safety/crisis-dm", "If tonight feels like too much, reply here and I'll answer personally."),
    # round 3: method details
    ("safety/method-or-location", "Pharmacology nerd thread: which sleep aids are the most lethal in an overdose, ranked."),
    ("safety/method-or-location", "The antidepressants teens overdose on most, listing them with the amounts that land kids in the ICU."),
    ("safety/method-or-location", "Here's exactly how the choking game works, step by step, so parents understand it."),
    ("safety/method-or-location", "A student died at the Hwy 12 overpass on Friday. Please hug your kids."),
    ("safety/method-or-location", "Another life lost at the Aurora Bridge this weekend."),
    # round 3: attempts dismissed, death called inevitable
    ("safety/solution-or-epidemic", "Most overdoses in teens are just cries for help, not real attempts."),
    ("safety/solution-or-epidemic", "Self-harm is mostly attention-seeking; ignore it and it stops."),
    ("safety/solution-or-epidemic", "Honestly people who threaten suicide are usually just being manipulative."),
    ("safety/solution-or-epidemic", "If someone really wants to die, nothing you do will stop them."),
]

QUIET = [
    # teaching the words, quoted and unquoted
    "Language matters: say 'died by suicide', not 'committed suicide'. 'Committed' implies a crime.",
    "Please stop saying committed suicide. Say died by suicide.",
    "We don't say \"committed suicide\" anymore; it implies a crime.",
    "Instead of committed suicide, try \"died by suicide\" or \"took their own life\".",
    "Stop saying \"successful suicide\" and \"failed attempt.\" Say \"died by suicide\" and \"survived an attempt.\"",
    "Writing about suicide? Skip phrases like 'successful attempt', don't call it an epidemic, and include 988.",
    "Framing suicide as a solution is what safe-messaging guidance most clearly warns against.",
    "Calling suicide an epidemic makes it sound unstoppable; talk about prevention instead.",
    # guidance about method and location
    "Writing about a death by suicide? Don't mention the method or where it happened.",
    "A journalist asked me for quotes. I asked them to leave out the method and location and to include 988.",
    "Reporting tip: don't describe how someone died; skip words like \"hanged\" or \"overdose\"; add 988.",
    # means safety
    "Lock up medications and firearms: reducing access to lethal means saves lives from suicide.",
    "Safe storage of firearms and medications reduces suicide deaths. Ask about a safety plan; 988 is 24/7.",
    "The Golden Gate Bridge now has a suicide deterrent net. Barriers save lives. 988 is available 24/7.",
    # crisis posts that point to services
    "If you are thinking about suicide, please call or text 988 (US). If you're in immediate danger, call 911.",
    "If you're feeling suicidal, call or text 988 or go to the nearest ER. My DMs are not monitored.",
    "If you're in crisis please don't DM me; I can't respond quickly. Call 911.",
    "Please do not message me if you're in crisis. Text HOME to 741741.",
    "I can't respond to DMs about crisis. If you're thinking about ending your life, call 988 or go to the ER.",
    "If you're thinking about suicide, you don't have to DM anyone: call or text 988, it's free.",
    "Admin note: if a member says they're in danger, don't counsel them in the comments. Reply with 988.",
    # invitations that are not about a crisis
    "DM me to book a free consultation!",
    "DM me if you want the slides from my suicide prevention talk!",
    "Comment below with your favorite self-care tip!",
    "DM me for the link to our free grief support group this Thursday!",
    # other deaths, other epidemics, other attempts
    "Naloxone reverses opioid overdose. Carry it, it saves lives.",
    "He died of an accidental overdose last year and I miss him every day.",
    "The opioid epidemic has devastated our county. Call 988 if you need support.",
    "My grandmother died last week at 94. She's at peace now.",
    "We lost our dog Max this week. He's at peace now, no longer in pain.",
    "My third attempt at sourdough was finally successful!",
    "I failed my driving test twice before I passed, so keep trying!",
    "The failed attempt to pass the bill was frustrating.",
    "Jumped off the dock into the lake with the kids today, best summer ever",
    "Our clinic is on Bridge Street, right by the river.",
    "Hanging out at the lake this weekend with my family!",
    "Cut my hair short and I love it.",
    "My client committed to 12 weeks of DBT and it paid off.",
    "How many therapy sessions does it take to see progress? Usually 8 to 12.",
    # idioms
    "I'm drowning myself in work this week, send coffee.",
    "Gassed myself up before the presentation!",
    "Stop poisoning yourself with negative self-talk.",
    "He really shot himself in the foot with that interview.",
    "I'm killing myself to finish this grant, DM me if you want the template.",
    "Thinking of ending it with him? DM me for a coaching session.",
    "I could die laughing at this meme, comment below with yours.",
    # prevention, warning signs, hope, a survivor's own story
    "Suicide is never the answer. Help is available: call 988.",
    "When you're in that much pain, suicide can feel like the only way out. It isn't. Call or text 988.",
    "Feeling like there's no way out is a warning sign. Ask directly about suicide and connect them to 988.",
    "Warning signs include talking about being a burden and giving things away. Ask directly; call 988.",
    "I attempted suicide at 17. Therapy, meds and time helped. If you're there now, call or text 988.",
    "Proud of our team for completing training in the Collaborative Assessment and Management of Suicidality.",
    "Suicide rates rose 30% from 2000 to 2020 (CDC). Here is what helps, and 988 is there 24/7.",
    "It's been a year since we lost Dad to suicide. I miss him every day. If you're struggling, call or text 988.",
    "He died by suicide at 34, and his family is asking for privacy.",
    "Firearms are involved in about half of US suicide deaths (CDC); locking them up saves lives.",
    "If you're struggling, my DMs are open for book recommendations.",
    # --- round 2 traps ---
    # other attempts, other choices, other freedoms
    "Sourdough attempt number four failed, sigh.",
    "My first attempt at the bar exam failed, my second was successful!",
    "Therapy note: the client's attempt to set boundaries with his mom failed, so we practiced again.",
    "My attempt at a mental health day failed when my boss called.",
    "A failed attempt to unionize the clinic last year taught us a lot.",
    "We respect every client's decision to stop therapy.",
    "It's your decision, and we should respect your choice of therapist.",
    "Our cat Milo passed away today. She's free now, no more pain.",
    "Our rescue dog passed last week. She's free now, running in the meadows.",
    "My grandfather died peacefully at home. He's at rest now.",
    "After 30 years I'm finally free of my student loans!",
    "Leaving was the best decision I ever made. I'm free now!",
    "Sometimes letting go of perfectionism is the bravest thing you can do.",
    "We should let them go with dignity, said the vet about our old dog.",
    "The loneliness epidemic is real. Comment below how you stay connected.",
    # "ending things", "do it", "unbearable", "okay tonight" in everyday senses
    "I'm ending things early today because of the storm. DM me to reschedule.",
    "Ending things on a good note: our last group session was wonderful.",
    "We talked about how to end things with a toxic friend. Comment below if that's you.",
    "I'm going to do it! Applying to grad school tonight.",
    "My client with depression said she'll finally do it this week: call her sister.",
    "This heat is unbearable. Text me if you want to switch to telehealth.",
    "If the weather is unbearable, message me to reschedule.",
    "I can't take it anymore, this printer! Message me if you have a fix.",
    "Share your thoughts in the comments! What's your favorite self-care tip?",
    "I'll answer all your questions in the comments about private practice billing.",
    # crisis posts that point to services, including a DM offered after them
    "If you're thinking of ending it tonight, call or text 988 now, or DM me after you've reached them.",
    "If you're not safe tonight, call 988 or go to the nearest ER. I don't monitor DMs.",
    # places, bottles, necks and lists that are not methods
    "We jumped off the bridge into the lake every summer as kids.",
    "The bridge where we got married is closed for repairs.",
    "The lake where grandpa died peacefully in his sleep was his favorite place.",
    "I survived a jump from a plane! Skydiving was amazing.",
    "Survived a fall from my bike today, just scrapes.",
    "I took the whole bottle of wine to the party, oops.",
    "Finish the whole bottle of antibiotics even if you feel better.",
    "Wrap a scarf around your neck, it's freezing out there.",
    "Loop the lanyard around your neck so you don't lose your badge.",
    "How many is too many cups of coffee? Asking for me.",
    "The packing list: chargers, cables, towels, socks and sheets.",
    "Staff remove belts, shoelaces and cords from rooms on admission; that's ligature-risk management.",
    "Exactly how much sleep do teens need? About 9 hours.",
    "The exact spot where we got engaged is now a Starbucks.",
    "Sharpen your pencils with a pencil sharpener before the exam.",
    "He attempted to quit smoking many times before he succeeded. He died last year of cancer.",
    "Our suicide-prevention walk starts at the bridge on Main St. Call or text 988 anytime.",
    "My DMs are open for questions about our suicide prevention training.",
    "Survivors of suicide loss group meets Thursdays. You don't have to do it alone.",
    # teaching the words, unquoted
    "The phrase committed suicide is outdated.",
    "Saying someone \"committed suicide\" implies a crime; say \"died by suicide\".",
    # round 3: attempts at other things, survivors' stories, services done right, myths corrected
    "My first attempt at running a group was a failed attempt, honestly. Second try went better!",
    "He attempted the bar exam twice before he finally succeeded. So proud!",
    "I survived a suicide attempt at 19. Today I'm a therapist. If you're struggling, call or text 988.",
    "If you're thinking about suicide, call or text 988. My DMs are not a crisis line and I won't see them in time.",
    "My DMs are not a crisis line. DM me for booking questions only.",
    "Tonight's a hard one for our team; we lost a longtime patient to cancer. Grateful for every year.",
    "Please don't describe how the blackout challenge works. Ask your kids what they've seen instead.",
    "Acetaminophen is especially dangerous in overdose because liver damage is delayed. Lock up medications at home.",
    "Which antidepressants are safest in overdose is a fair question to ask your prescriber.",
    "Two people died in a crash on the Route 9 overpass this morning. Drive safe.",
    "Myth: suicide attempts are just cries for help. Fact: every attempt deserves care. Call or text 988.",
    "Self-harm is not attention-seeking. If you're hurting, call or text 988.",
]


@pytest.mark.parametrize("rule_id,text", FIRES, ids=[f"{r}:{t[:40]}" for r, t in FIRES])
def test_fires(rule_id, text):
    assert_fires_in_area("safety", rule_id, text)


@pytest.mark.parametrize("text", QUIET, ids=[t[:50] for t in QUIET])
def test_quiet(text):
    assert_no_findings("safety", text)


def test_severities():
    method = checkers.check("He hanged himself last spring.", select=["safety/method-or-location"])
    assert [f.severity for f in method.findings] == ["critical"]
    dm = checkers.check("Feeling suicidal tonight? DM me.", select=["safety/crisis-dm"])
    assert [f.severity for f in dm.findings] == ["critical"]
    words = checkers.check("She committed suicide.", select=["safety/committed-suicide"])
    assert [f.severity for f in words.findings] == ["warning"]


def test_missing_resources_is_only_a_tip():
    report = checkers.check("Suicide rates among farmers have risen for a decade. Here is what we know.")
    tips = [f for f in report.findings if f.rule == "safety/missing-crisis-resources"]
    assert len(tips) == 1 and tips[0].severity == "info"
    assert "safety" not in report.guidelines


def test_missing_resources_quiet_when_988_given_or_only_taught():
    assert not [f for f in checkers.check("Suicide is preventable. Call or text 988.").findings
                if f.rule == "safety/missing-crisis-resources"]
    # A discouraged service is not a resource: the tip still applies.
    report = checkers.check("Thinking about suicide? Don't call a hotline, talk to a friend.")
    assert any(f.rule == "safety/missing-crisis-resources" for f in report.findings)
    assert not [f for f in checkers.check("Say 'died by suicide', not 'committed suicide'.").findings
                if f.rule == "safety/missing-crisis-resources"]


def test_discouraging_the_hotline_does_not_count_as_pointing_to_it():
    text = "Having thoughts of self-harm? Comment below. You don't need a hotline, you need a friend."
    assert any(f.rule == "safety/crisis-dm" for f in applying(text, "safety"))


def test_evidence_maps_back_to_the_original_text():
    text = "If you're thinking of ending it, D\u200bM me directly."
    [f] = [f for f in checkers.check(text).findings if f.rule == "safety/crisis-dm"]
    assert text[f.start:f.end] == "D\u200bM me"
    text = "Anоther athlete cоmmitted suicide."  # Cyrillic о
    [f] = [f for f in checkers.check(text).findings if f.rule == "safety/committed-suicide"]
    assert text[f.start:f.end] == "cоmmitted suicide"


def test_one_finding_per_phrase():
    report = checkers.check("my cousin successfully committed suicide last year", select=["safety/committed-suicide"])
    assert len(report.findings) == 1


@pytest.mark.parametrize("rule", [r for r in checkers.RULES if r.area == "safety"], ids=lambda r: r.id)
def test_rule_metadata_is_true(rule):
    fired = {f.rule for f in checkers.check(rule.example).findings}
    assert rule.id in fired
    assert "safety" not in checkers.check(rule.fine).guidelines
    assert rule.message.strip() and rule.instead.strip()


def test_large_input_keeps_findings_bounded():
    """A pathological repetition of trigger phrases still returns a bounded report (speed: make bench)."""
    unit = ("He hanged himself. DM me if you're suicidal. Suicide epidemic! The failed attempt. "
            "Jumped from the bridge. Say 'died by suicide', not 'committed suicide'. ")
    report = checkers.check(unit * 2000, select=["safety"])
    per_rule = {}
    for f in report.findings:
        per_rule[f.rule] = per_rule.get(f.rule, 0) + 1
    assert per_rule and max(per_rule.values()) <= 200
