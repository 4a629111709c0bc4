"""One person named by nationality or by role ("one American, ..., had died", "one attacker") is a
count of one, a person; "one" before other words stays a pronoun or a determiner."""

from __future__ import annotations

from tests.extraction.helpers import claim_with, claims_of


def test_one_person_by_nationality_is_a_count_of_people() -> None:
    text = "In Washington, officials confirmed that one American, Frederick Buttaccio from Texas, had died."
    one = claim_with(text, "one American")
    assert (one.value, one.subject_class, one.metric) == (1, "people", "killed")


def test_one_before_a_day_or_a_possessive_is_no_count() -> None:
    assert claims_of("One Sunday in May the crowd came back to the square.") == []
    assert claims_of("It was one man's war, his brother said.") == []
