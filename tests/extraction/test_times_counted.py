"""How often something happened ("interviewed him three times in 2013", "21 times in the 48 days", "only
three times before") is a count; a multiplier ("three times an estimate", "five times as fast") and a
rate ("three times a week") are not."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with, claims_of


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        (
            "The FBI interviewed the gunman three times in 2013 and 2014 but closed the case.",
            "three times",
            3,
        ),
        ("Methane reached explosive levels 21 times in the 48 days before the blast.", "21 times", 21),
        ("The agency has taken the step only three times before.", "three times", 3),
    ],
)
def test_how_often_it_happened_is_a_count(text: str, quote: str, value: int) -> None:
    assert claim_with(text, quote).value == value


@pytest.mark.parametrize(
    "text",
    [
        "The toll is almost three times an estimate scientists gave.",
        "Prices rose five times as fast as wages.",
        "He called two or three times a week.",
    ],
)
def test_multipliers_and_rates_are_no_counts(text: str) -> None:
    assert claims_of(text) == []
