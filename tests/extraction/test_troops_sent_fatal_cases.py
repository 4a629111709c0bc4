"""Troops sent into a disaster are counted, not affected or evacuated; cases that "were fatal" are
deaths."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The army has deployed tens of thousands of soldiers in flood-affected areas.", "soldiers"),
        ("Some 4,000 troops were sent to help evacuate villages, the ministry said.", "4,000 troops"),
    ],
)
def test_troops_sent_in_are_counted(text: str, quote: str) -> None:
    assert claim_with(text, quote).metric == "count"


def test_soldiers_hurt_are_still_injured() -> None:
    assert claim_with("Some 30 soldiers were injured.", "30 soldiers").metric == "injured"


def test_cases_that_were_fatal_are_deaths() -> None:
    text = "Doctors recorded 1,200 cases, of which 311 were fatal."
    assert claim_with(text, "311").metric == "killed"
