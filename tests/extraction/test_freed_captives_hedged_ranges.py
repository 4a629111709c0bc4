"""Captives let go are rescued, whatever verb lets them go; people taken away "as captives" are
hostages even after a coordinated toll; "without a home" is homeless; a range whose high end has its
own hedge is still one range, but a hedged old and new figure after a change are two."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with, claims_of


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The raid to free four hostages in central Gaza drew condemnation.", "four hostages"),
        (
            "Two weeks after commandos pulled four hostages out of the flats, the market is still shut.",
            "four hostages",
        ),
        ("The group released 24 hostages on Friday, mediators said.", "24 hostages"),
    ],
)
def test_captives_let_go_are_rescued(text: str, quote: str) -> None:
    assert claim_with(text, quote).metric == "rescued"


def test_captives_still_held_stay_hostages() -> None:
    text = "Officials say about 120 hostages are still held in Gaza."
    assert claim_with(text, "120 hostages").metric == "hostages"


def test_people_taken_away_as_captives_are_hostages_after_a_toll() -> None:
    text = "The attack killed about 1,200 people, and some 250 were dragged back into Gaza as captives."
    assert claim_with(text, "1,200 people").metric == "killed"
    assert claim_with(text, "some 250").metric == "hostages"


def test_left_without_a_home_is_displaced() -> None:
    text = "The quake injured more than 1,600 people and left about 67,000 without a home, officials said."
    assert claim_with(text, "1,600 people").metric == "injured"
    assert claim_with(text, "67,000").metric == "displaced"


def test_a_range_with_a_hedged_high_end_is_one_range() -> None:
    text = "The crowd could have been anywhere from roughly 670,000 to just over 1 million, the researchers said."
    (claim,) = claims_of(text)
    assert (claim.qualifier, claim.value, claim.value_high) == ("range", 670_000, 1_000_000)


@pytest.mark.parametrize(
    "text",
    [
        "The toll rose from about 500 to 1,000 people.",
        "The party said its membership had more than doubled since polling day, from about 25,000 to more than 50,000.",
    ],
)
def test_a_hedged_old_and_new_figure_are_two_claims(text: str) -> None:
    values = [c.value for c in claims_of(text)]
    assert len(values) == 2 and values[0] < values[1]
