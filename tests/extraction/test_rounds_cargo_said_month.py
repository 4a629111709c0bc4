"""Rounds that were fired are a count of objects (rounds of talks are no figure); a ship's cargo is
freight, not aid; a month right after a verb of saying dates the saying, not a span of the count."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with, claims_of


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Soldiers fired 230 rounds at the car.", "230 rounds"),
        ("Riot police fired 60 rounds of tear gas into the crowd.", "60 rounds"),
        ("Investigators said 18 rounds were fired through the door.", "18 rounds"),
        ("The suspect had bought 900 rounds of ammunition online.", "900 rounds"),
    ],
)
def test_rounds_that_were_shot_are_counted_objects(text: str, quote: str) -> None:
    claim = claim_with(text, quote)
    assert (claim.metric, claim.subject_class) == ("count", "objects")


@pytest.mark.parametrize(
    "text", ["Negotiators held four rounds of talks in Doha.", "The vote went to three rounds."]
)
def test_rounds_of_talks_or_voting_are_no_figure(text: str) -> None:
    assert claims_of(text) == []


def test_a_ship_s_cargo_is_freight_not_aid() -> None:
    claim = claim_with("The freighter was carrying 4,300 tonnes of cargo when it ran aground.", "4,300")
    assert claim.metric != "aid"


def test_tonnes_of_food_are_still_aid() -> None:
    assert claim_with("The convoy brought 900 tonnes of food to the port.", "900").metric == "aid"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The ministry said in May that 140 schools had been damaged beyond repair.", "140 schools"),
        ("The coroner had estimated in March that about 70 people died.", "70 people"),
    ],
)
def test_a_month_after_a_verb_of_saying_dates_the_saying(text: str, quote: str) -> None:
    assert claim_with(text, quote).scope == "incident"


def test_a_month_that_bounds_a_count_is_still_a_span() -> None:
    assert claim_with("The UN said 520 civilians were killed in March.", "520").scope == "period"
