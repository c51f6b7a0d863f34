"""Generic "you" instructions are not demands: "you have to push it in to start it" says how
something works; "you need to start helping me" presses the partner (nlp/detect/checks.py)."""

from __future__ import annotations

import pytest

import nlp


@pytest.fixture(scope="module")
def rules() -> nlp.Analyzer:
    """The rules alone: these tests pin the instruction check, not the classifier."""
    return nlp.default_analyzer()


@pytest.mark.parametrize(
    "draft",
    [
        "you have to push the button in to start the kettle",
        "you'll need to make an appointment",
        "you must show your passport at the gate",
        "you'd better check his pulse",
        "you need to press it twice, it's stuck",
        "first you have to unplug it",
        "you'll have to get off at the next stop",
        "you need to bring your ID to the bank appointment, they just emailed",
    ],
)
def test_instruction_said_to_anyone_is_not_a_demand(rules: nlp.Analyzer, draft: str) -> None:
    assert "demand" not in rules.analyze(draft).categories


@pytest.mark.parametrize(
    "draft",
    [
        "you need to start helping me",
        "you need to stop gaming",
        "you have to clean up after yourself",
        "you'd better be home by ten",
        "you need to take the bins out",
        "you must stop shouting at me",
        "you need to get off your phone now",
        "you need to press the button again, I told you twice",
        "you'd better not be late again",
    ],
)
def test_pressure_on_the_partner_stays_a_demand(rules: nlp.Analyzer, draft: str) -> None:
    assert "demand" in rules.analyze(draft).categories


# Advice and instructions said to anyone, by kind (nlp/detect/advice.py), each beside a blaming
# near-twin with the same opening that stays a demand (issue 14: wrong flags on everyday talk).
@pytest.mark.parametrize(
    ("advice", "demand"),
    [
        pytest.param(
            "you'd better sit down, you look pale",
            "you need to sit down and listen to me",
            id="health-state",
        ),
        pytest.param(
            "you must stay in bed for a couple of days",
            "you must stay home more often",
            id="health-duration",
        ),
        pytest.param(
            "you need to take the tablets three times a day",
            "you need to take the bins out now, I'm not asking again",
            id="dose",
        ),
        pytest.param(
            "you'd better change your money at the bank",
            "you need to change your attitude, it's embarrassing",
            id="errand-change",
        ),
        pytest.param(
            "you have to change trains at the next stop",
            "you must change the way you talk to me",
            id="travel",
        ),
        pytest.param(
            "you'd better see a doctor about that cough",
            "you need to get your act together",
            id="referral",
        ),
        pytest.param(
            "you need to go to counter 4 for parcels",
            "you need to go out less",
            id="counter-number",
        ),
        pytest.param(
            "you'd better wrap up warm, it's minus three out there",
            "you need to clean the kitchen, it's disgusting",
            id="reason-about-the-world",
        ),
        pytest.param(
            "You'd better cover the tomatoes tonight. There's frost forecast.",
            "You need to clean up. The kitchen is a state.",
            id="reason-next-sentence",
        ),
        pytest.param(
            "the hotel said you have to leave the key at reception",
            "I said you have to be kind to my mum",
            id="relayed-rule",
        ),
        pytest.param(
            "in England you have to drive on the left",
            "you have to be kind to my mum",
            id="rule-of-a-place",
        ),
        pytest.param(
            "to get the refund you have to keep the receipt",
            "you have to keep your promises",
            id="goal-first",
        ),
        pytest.param(
            "you must not smoke in here, sir",
            "you must not talk to me like that",
            id="customer",
        ),
        pytest.param(
            "you have to be eighteen to buy alcohol",
            "you'd better be more careful with my car",
            id="requirement",
        ),
        pytest.param(
            "you need to get a visa for China",
            "you need to drink less",
            id="paperwork",
        ),
        pytest.param(
            "you must carry the printed visa copy at the border",
            "you must carry your own weight around here",
            id="paperwork-later",
        ),
        pytest.param(
            "you just have to pick your battles with a three year old",
            "you have to pick up your socks",
            id="idiom",
        ),
        # Session 9: any verb that is neither conduct nor a chore says what a place or a task
        # needs, unless it asks for more or less or names the partner's conduct.
        pytest.param(
            "You have to order food at the bar.",
            "you have to order for yourself for once",
            id="service-place",
        ),
        pytest.param(
            "You must keep your arm still while the drip goes in.",
            "you must keep your temper with the kids",
            id="conduct-object",
        ),
        pytest.param(
            "You need to finish the whole course of tablets.",
            "you need to finish what you start more often",
            id="more-often",
        ),
        pytest.param(
            "you've got to be kidding, it's sold out?",
            "you've got to be nicer to my sister",
            id="disbelief",
        ),
        # Session 10: someone else's request, a world that misbehaves "again", quantities of
        # "times", the speaker's own part after a condition, someone else's medicine, ID split
        # by the texting spellings, sayings.
        pytest.param(
            "you need to fill in the allergy box on the form, the florist asked twice",
            "you need to fill in the form, I asked you twice",
            id="asked-by-someone-else",
        ),
        pytest.param(
            "you need to hold the power button for ten seconds, the laptop's frozen again",
            "you need to wash up, you left it again",
            id="again-of-the-world",
        ),
        pytest.param(
            "you have to jiggle the key a couple times, the lock is stiff",
            "you have to wash up, how many times",
            id="a-couple-times",
        ),
        pytest.param(
            "you have to keep your ticket on you at all times",
            "you have to keep your promises at all times",
            id="at-all-times",
        ),
        pytest.param(
            "you have to ring the bell if you need me",
            "you have to ring me more",
            id="speaker-after-condition",
        ),
        pytest.param(
            "you must give him the tablets with food, morning and night",
            "you must give me some space",
            id="someone-elses-medicine",
        ),
        pytest.param(
            "you must take your id to the club, they check it at the door",
            "you must take responsibility for this",
            id="id-card",
        ),
        pytest.param(
            "you've got to be in it to win it",
            "you've got to be nicer to my sister",
            id="saying",
        ),
        pytest.param(
            "that stew was gorgeous, you'll have to give me the recipe",
            "you need to give me some space",
            id="recipe",
        ),
        pytest.param(
            "you have to study longer, but you make more money later",
            "you need to call your mum more often",
            id="more-in-another-clause",
        ),
    ],
)
def test_advice_said_to_anyone_is_not_a_demand_beside_its_blaming_twin(
    rules: nlp.Analyzer, advice: str, demand: str
) -> None:
    assert not rules.analyze(advice).flagged, f"{advice!r}: {rules.analyze(advice).patterns}"
    assert "demand" in rules.analyze(demand).categories, demand
