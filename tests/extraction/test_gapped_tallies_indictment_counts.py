"""A party's share of a seat tally with its noun left out ("and the Popular Party 148") is a figure, not
a number in a name; the counts of an indictment ("a 47-count indictment") are a figure of the case."""

from __future__ import annotations

from tests.extraction.helpers import claim_with, claims_of


def test_a_gapped_share_of_a_seat_tally_is_a_figure() -> None:
    text = "The Socialists won 164 seats in Congress and the Popular Party 148, short of a majority."
    share = claim_with(text, "148")
    assert share.value == 148 and "seats" in share.subject
    kenya = "The ODM won 99 of the 210 elected seats in December and the PNU 43. The deal still needs a vote."
    assert claim_with(kenya, "43").value == 43


def test_numbers_in_names_stay_names() -> None:
    assert claims_of("Traffic was diverted to Route 60 and the M25.") == []
    assert claims_of("The council cited Resolution 2334 and Resolution 242.") == []


def test_the_counts_of_an_indictment_are_a_figure() -> None:
    text = "In New York, the U.S. Justice Department unsealed a 47-count indictment charging 14 people."
    counts = claim_with(text, "47-count")
    assert (counts.value, counts.subject) == (47, "counts in the indictment")
    assert counts.source is not None and "Justice" in counts.source.name
    assert claims_of("It was a three-day ceasefire.") == []
