"""Nights spent in schools and halls, borders crossed and temporary protection are displacement; carers
and employees are people, so a list of the dead counts them as dead."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Thousands of people spent the night in gyms and community halls.", "Thousands of people"),
        ("About 80,000 people were sleeping in some 600 schools and temples.", "80,000 people"),
        ("Three million people crossed Syria's borders in the first year.", "Three million people"),
        ("About 900,000 people are registered for temporary protection in Germany.", "900,000 people"),
    ],
)
def test_people_out_of_their_homes_are_displaced(text: str, quote: str) -> None:
    assert claim_with(text, quote).metric == "displaced"


def test_the_schools_they_sleep_in_are_counted_things() -> None:
    text = "About 80,000 people were sleeping in some 600 schools and temples."
    assert claim_with(text, "600 schools").metric == "count"


def test_carers_in_a_list_of_the_dead_are_dead() -> None:
    text = "The charity's final count is 31 dead: 12 nurses, 16 patients and three caretakers."
    claim = claim_with(text, "three caretakers")
    assert (claim.metric, claim.subject_class) == ("killed", "people")
