"""Trap cases for the safety rules (safe messaging about suicide and self-harm).

Each FIRES case must raise the named rule at warning or above; each QUIET case
must raise no warning or critical finding in the safety area.  The quiet cases
are what a keyword spotter gets wrong: teaching the right words, crisis posts
that point to 988, means-safety advice, accidental overdoses, other epidemics,
"attempts" at sourdough, warning signs, a survivor's own story.
"""

import statistics
import time

import pytest

import checkers

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
]


def _applies(text):
    return [f for f in checkers.check(text, select=["safety"]).findings if f.applies]


@pytest.mark.parametrize("rule_id,text", FIRES, ids=[f"{r}:{t[:40]}" for r, t in FIRES])
def test_fires(rule_id, text):
    fired = {f.rule for f in _applies(text)}
    assert rule_id in fired, f"{rule_id} not raised for: {text!r} (got {sorted(fired)})"


@pytest.mark.parametrize("text", QUIET, ids=[t[:50] for t in QUIET])
def test_quiet(text):
    found = [(f.rule, text[f.start:f.end]) for f in _applies(text)]
    assert not found, f"unexpected safety finding in {text!r}: {found}"


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
    assert any(f.rule == "safety/crisis-dm" for f in _applies(text))


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


def test_typical_post_is_fast():
    """Both my areas on a 300-character post: generous bound, catches pathological slowdowns."""
    text = ("Honestly I'm so OCD about my calendar and this week has been crazy busy. My DMs are open if you "
            "need to talk, and remember the weather is bipolar lately. Suicide prevention matters; check on "
            "your friends. Our clinic supports people living with depression and anxiety, and we're hiring!")
    checkers.check(text, select=["safety", "language"])
    times = []
    for _ in range(25):
        t = time.perf_counter()
        checkers.check(text, select=["safety", "language"])
        times.append(time.perf_counter() - t)
    assert statistics.median(times) < 0.005


def test_large_input_stays_linear():
    unit = ("He hanged himself. DM me if you're suicidal. Suicide epidemic! The failed attempt. "
            "Jumped from the bridge. Say 'died by suicide', not 'committed suicide'. ")
    small, big = unit * 200, unit * 2000
    checkers.check(small, select=["safety"])
    t = time.perf_counter()
    checkers.check(small, select=["safety"])
    t_small = time.perf_counter() - t
    t = time.perf_counter()
    checkers.check(big, select=["safety"])
    t_big = time.perf_counter() - t
    assert t_big < max(25 * t_small, 0.05)
