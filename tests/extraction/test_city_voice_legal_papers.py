""" "The city says" is its government speaking; warrants, counts and charges are papers of a case,
counted, never people detained."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


def test_the_city_speaks_for_its_government() -> None:
    text = "But the city says about 35 percent of its residents moved there after the flood."
    assert claim_with(text, "35 percent").attribution.lower().startswith("the city says")


def test_a_figure_in_the_city_has_no_speaker() -> None:
    assert claim_with("In the city 14 people died on Sunday.", "14 people").attribution == ""


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Prosecutors issued 61 arrest warrants, nine for police officers.", "61 arrest warrants"),
        ("Prosecutors issued 61 arrest warrants, nine for police officers.", "nine"),
        ("The former mayor was charged on 14 counts of bribery.", "14 counts"),
    ],
)
def test_warrants_and_counts_are_counted_papers(text: str, quote: str) -> None:
    claim = claim_with(text, quote)
    assert (claim.metric, claim.subject_class) == ("count", "other")


def test_people_arrested_on_charges_are_still_detained() -> None:
    assert claim_with("Police arrested 30 people on charges of looting.", "30 people").metric == "detained"
