"""Forms met in unseen copy: the figure a revision replaced ("down from the 245 first given by
firefighters") counts what the revision counts; "documented in August by X" names a giver; a rule or a
measure after "according to" ("according to their strength in Parliament") is no source; places counted
("37 evacuation centres", "22 islands were affected") are no people; victims of sexual violence are
harmed, not dead."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with, claims_of


def test_the_figure_a_revision_replaced_counts_what_it_counts() -> None:
    text = (
        "Police cut the death toll to 231 on Monday.\n\n"
        "The revised figure came from the state police, down from the 245 first given by firefighters."
    )
    claim = claim_with(text, "245")
    assert claim.metric == "killed" and claim.attribution == "given by firefighters"


def test_documented_in_a_month_by_a_body_names_the_giver() -> None:
    text = (
        "The toll is lower than the 1,162 dead documented in August by the National Human Rights Commission."
    )
    assert claim_with(text, "1,162").attribution.endswith("by the National Human Rights Commission")


def test_a_rule_after_according_to_is_no_source() -> None:
    text = "The deal divides cabinet posts according to their strength in Parliament, where the ODM holds 99 seats."
    assert claim_with(text, "99").attribution == ""


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        ("More than 3,300 people were sheltering in 37 evacuation centres.", "37 evacuation", "count"),
        ("Some 22 islands were affected by the storm.", "22 islands", "count"),
        ("The commission documented more than 900 victims of sexual violence.", "900", "count"),
        ("The bombing left 40 victims dead.", "40 victims", "killed"),
    ],
)
def test_places_and_the_harmed_are_no_toll(text: str, quote: str, metric: str) -> None:
    assert claim_with(text, quote).metric == metric


def test_a_slogans_number_is_no_figure() -> None:
    text = (
        'Organisers, who had called for a "march of a million", said more than a million people turned out.'
    )
    claims = [c.quote for c in claims_of(text)]
    assert claims == ["more than a million people"]


def test_the_replaced_figure_takes_the_metric_of_the_revised_one_not_of_the_last_figure() -> None:
    text = (
        "Police cut the toll to 231, as officers detained four people.\n\n"
        "The revised figure came from the state police, down from the 245 first given by firefighters."
    )
    assert claim_with(text, "245").metric == "killed"


def test_a_report_in_a_clause_of_when_is_no_source() -> None:
    text = (
        "More than 300 people have been killed since the Electoral Commission declared the president the "
        "winner on Sunday, according to a Reuters tally."
    )
    assert claim_with(text, "More than 300").attribution == "according to a Reuters tally"
