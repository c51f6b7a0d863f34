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
