"""Rounds fired are counted whatever follows them; a magnitude revised "to 9.0 from 8.9" is no figure;
a "30-peso rise" is money; people "listed as missing" after a toll are missing; people who took refuge
or crowded into shelters are displaced (evacuation shelters keep their evacuees)."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with, claims_of


@pytest.mark.parametrize(
    "text",
    [
        "The gunman fired more than 300 rounds through the door into the corridor.",
        "The attacker fired about 900 rounds in eleven minutes, the inquiry found.",
    ],
)
def test_rounds_fired_are_counted_whatever_follows(text: str) -> None:
    assert [c.subject for c in claims_of(text) if c.subject == "rounds"]


def test_a_revised_magnitude_is_no_figure() -> None:
    assert claims_of("The agency upgraded the quake's magnitude to 7.9 from 7.6 on Sunday.") == []


def test_a_hyphenated_peso_sum_is_money() -> None:
    claim = claim_with("Students protested a 40-peso rise in the bus fare.", "40-peso")
    assert claim.metric == "money"


def test_people_listed_as_missing_after_a_toll_are_missing() -> None:
    claim = claim_with("Police had confirmed 412 deaths, and 280 people were listed as missing.", "280")
    assert claim.metric == "missing"


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("More than 90,000 people had taken refuge in schools and gyms.", "displaced"),
        ("Some 60,000 people crowded into shelters at the peak.", "displaced"),
        ("About 12,000 people had taken refuge in evacuation shelters.", "evacuated"),
    ],
)
def test_people_who_took_refuge_are_displaced(text: str, metric: str) -> None:
    assert claims_of(text)[0].metric == metric


def test_a_bare_police_and_its_full_name_in_one_sentence_are_one_body() -> None:
    text = "Police had confirmed 412 deaths by Sunday, Chile's Investigations Police said."
    claim = claim_with(text, "412")
    assert claim.source is not None and "Investigations Police" in claim.source.name


def test_people_who_could_not_be_accounted_for_are_missing() -> None:
    claim = claim_with("Some 3,000 residents could not be accounted for, the mayor said.", "3,000")
    assert claim.metric == "missing"


def test_a_toll_taken_past_a_mark_is_more_than_it() -> None:
    claim = claim_with(
        "The killings took the toll since the unrest began in March past 240, officials said.", "240"
    )
    assert claim.qualifier == "more_than"


def test_a_crowd_of_people_fired_on_is_a_count_of_the_crowd() -> None:
    text = "Gunmen opened fire on a crowd of about 800 people at a concert and then held hostages."
    claim = claim_with(text, "800")
    assert claim.metric == "count"
