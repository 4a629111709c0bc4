"""Those a massacre or a murder befell are its dead; a school year's pupils are children; an illness
treated is no injury; things a cyberattack or an outage hit are counted, while people and the homes
they live in are affected."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The vigil marked a year since the massacre of 14 villagers at the river crossing.", "14 villagers"),
        ("Crowds gathered after the murder of three journalists in the capital.", "three journalists"),
    ],
)
def test_those_a_massacre_befell_are_its_dead(text: str, quote: str) -> None:
    assert claim_with(text, quote).metric == "killed"


def test_the_pupils_of_a_school_year_are_children() -> None:
    text = "The bus carried 31 second-graders and four teachers when it overturned, killing all aboard."
    claim = claim_with(text, "31 second-graders")
    assert claim.subject_class == "children"


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        ("Two climbers were being treated for hypothermia, the guide said.", "Two climbers", "affected"),
        ("Eighteen people were treated for burns after the blast.", "Eighteen people", "injured"),
    ],
)
def test_an_illness_treated_is_no_injury(text: str, quote: str, metric: str) -> None:
    assert claim_with(text, quote).metric == metric


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        ("The minister said 61 health trusts had been affected by the attack.", "61 health trusts", "count"),
        ("Some 9,000 institutions in 40 countries were infected.", "9,000 institutions", "count"),
        ("About 2.1 million homes were left without power.", "2.1 million homes", "affected"),
        ("About 4,000 people were affected by the outage.", "4,000 people", "affected"),
    ],
)
def test_things_hit_are_counted_and_people_and_homes_affected(text: str, quote: str, metric: str) -> None:
    assert claim_with(text, quote).metric == metric
