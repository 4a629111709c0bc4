"""A partitive total keeps what its participle says befell it; the food-security scale's "in crisis"
counts the affected; people taken away by bus are evacuated; pits and graves are things."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_a_partitive_totals_participle_says_what_befell_the_whole_and_its_part() -> None:
    text = "Of the nine people shot dead at the checkpoint on Sunday, five were teenagers, the mayor said."
    assert claim_with(text, "nine people").metric == "killed"
    assert claim_with(text, "five").metric == "killed"
    text = "Of the 70 men arrested after the riot, 22 were later charged."
    assert claim_with(text, "70 men").metric == "detained"


def test_a_partitive_total_without_a_participle_stays_a_headcount() -> None:
    text = "Of the 210 workers in the tunnel when the roof fell in, 180 came out alive."
    assert claim_with(text, "210 workers").metric == "count"
    assert claim_with(text, "180").metric == "rescued"


def test_people_in_crisis_are_the_affected() -> None:
    text = "Some 1.2 million people in the north are now in crisis, the relief agency said on Tuesday."
    assert claim_with(text, "1.2 million").metric == "affected"
    text = "The agency said 650,000 people were in emergency or famine across the three provinces."
    assert claim_with(text, "650,000").metric == "affected"


def test_people_taken_away_by_bus_are_evacuated() -> None:
    text = "About 450 villagers were taken by bus to the regional capital on Saturday, officials said."
    assert claim_with(text, "450 villagers").metric == "evacuated"


def test_pits_and_graves_are_things_not_the_dead() -> None:
    text = "Investigators said 17 bodies were recovered from four graves on the hillside."
    graves = claim_with(text, "four graves")
    assert graves.metric == "count"
    assert graves.subject_class == "objects"
    assert claim_with(text, "17 bodies").metric == "killed"
