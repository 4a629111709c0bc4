"""One person named by nationality or by role ("one American, ..., had died", "one attacker") is a
count of one, a person; "one" before other words stays a pronoun or a determiner. Bare "authorities"
after "<place>, where" are that place's."""

from __future__ import annotations

from tests.extraction.helpers import claim_with, claims_of


def test_one_person_by_nationality_is_a_count_of_people() -> None:
    text = "In Washington, officials confirmed that one American, Frederick Buttaccio from Texas, had died."
    one = claim_with(text, "one American")
    assert (one.value, one.subject_class, one.metric) == (1, "people", "killed")
    iraqi = claim_with("The dead included one Iraqi and two Jordanians, officials said.", "one Iraqi")
    assert (iraqi.value, iraqi.subject_class) == (1, "people")


def test_one_before_a_day_or_a_possessive_is_no_count() -> None:
    assert claims_of("One Sunday in May the crowd came back to the square.") == []
    assert claims_of("It was one man's war, his brother said.") == []


def test_authorities_of_the_place_a_where_clause_opens_on_are_that_place_s() -> None:
    text = (
        "TACLOBAN, Philippines - The storm weakened over the South China Sea as it headed for Vietnam, "
        "where authorities moved more than 500,000 people out of its path."
    )
    moved = claim_with(text, "500,000")
    assert moved.source is not None and "Vietnam" in moved.source.name
