""" "N of them" at the start of a new paragraph's story counts the people that paragraph names, not the
figure the paragraph before ended on; a sentence of the outlet's own narration then keeps no source."""

from __future__ import annotations

from tests.extraction.helpers import claim_with

TEXT = (
    "VALLETTA, May 20 (Northwind Wire) - The council, which now meets in the port, puts the number of "
    "civilians killed across the island at about 3,200.\n\n"
    "The island fell to the rebels in April after the last marines at the old fort were ordered to lay "
    "down their arms. Turkey's defence ministry said 1,870 of them had surrendered by April 9 and were taken "
    "prisoner.\n\n"
    "The fort attack came a week after the March 2 strike on a clinic, which killed four people and "
    "wounded 45. The rebels deny targeting civilians."
)


def test_them_in_a_new_paragraph_is_not_the_last_paragraphs_dead() -> None:
    claim = claim_with(TEXT, "1,870 of them")
    assert claim.metric == "detained"
    assert claim.subject_class != "civilians"


def test_the_outlets_own_narration_after_it_keeps_no_source() -> None:
    assert claim_with(TEXT, "four people").source is None
    assert claim_with(TEXT, "45").source is None


def test_them_in_the_same_paragraph_still_counts_the_figure_before() -> None:
    text = (
        "Floods have killed 73 people in the province. Harlow County accounts for 40 of them, officials said."
    )
    assert claim_with(text, "40 of them").metric == "killed"
