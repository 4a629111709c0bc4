"""An inquiry's findings, a toll forecast, a movement's organisers, a date that names one incident of
two, and spans that only date one act: forms news copy uses that the extractor must read the way a
sub-editor does."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.helpers import PUBLISHED, claim_with, claims_of


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "A Senate committee examining the ferry disaster has found that 212 passengers had no "
            "life jackets.",
            "212 passengers",
        ),
        ("The coroner's court concluded that 14 residents died of smoke inhalation.", "14 residents"),
        ("The ferry carried 212 passengers, the parliamentary committee found.", "212 passengers"),
    ],
)
def test_an_inquiry_that_found_or_concluded_is_the_figure_s_source(text: str, quote: str) -> None:
    claim = claim_with(text, quote)
    assert claim.source is not None
    assert "committee" in claim.source.name.lower() or "coroner" in claim.source.name.lower()


def test_the_remit_of_a_committee_is_not_part_of_its_name() -> None:
    claim = claim_with(
        "A Senate committee investigating the levee failures has found that 1,150 homes flooded.", "1,150"
    )
    assert claim.source is not None
    assert "levee" not in claim.source.name.lower()


def test_finding_bodies_is_a_search_not_a_finding() -> None:
    claim = claim_with("Divers found 12 bodies in the hull on Tuesday.", "12 bodies")
    assert claim.attribution == ""


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The governor warned that the final toll could reach 3,000.", "3,000"),
        ("Officials fear the dead could number 1,500 once the villages are reached.", "1,500"),
        ("The minister said the death toll might well reach 800.", "800"),
    ],
)
def test_a_toll_forecast_is_a_ceiling(text: str, quote: str) -> None:
    assert claim_with(text, quote).qualifier == "at_most"


def test_a_plan_that_would_reach_people_counts_them() -> None:
    claim = claim_with("UNICEF said the vaccines would reach 300,000 children.", "300,000")
    assert claim.qualifier == "exact"


@pytest.mark.parametrize(
    "owner", ["the movement's organisers", "the campaign's organizers", "the rally's organisers"]
)
def test_a_movement_s_organisers_are_the_organisers(owner: str) -> None:
    claim = claim_with(f"The Saturday march drew 64,000 people, according to {owner}.", "64,000")
    assert claim.source is not None and claim.source.name == "Organisers"


def test_a_date_naming_one_incident_does_not_date_the_next_clause_s_other_incident() -> None:
    text = (
        "According to the civil protection agency, the March 3 tremor killed 41 people, and the "
        "February quake left more than 9,000 homeless."
    )
    assert claim_with(text, "41 people").as_of == date(2026, 3, 3)
    assert claim_with(text, "9,000").as_of == PUBLISHED.date()


def test_a_date_naming_an_incident_still_dates_its_own_figures() -> None:
    text = "The March 3 attack killed 41 people, and 90 were taken hostage."
    assert {c.as_of for c in claims_of(text)} == {date(2026, 3, 3)}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Prosecutors charged six officials over the stadium crush that killed 131 people in April.", "131"),
        ("The ruined hotel was sold at auction in March for $48 million.", "$48 million"),
        (
            "Crews pulled 27 people from the rubble in the first hours, and four more were freed at dawn.",
            "27 people",
        ),
        (
            "No fire in the city had killed more people since June 2017, when a tower block blaze took the "
            "lives of 72 residents.",
            "72 residents",
        ),
    ],
)
def test_a_month_or_a_since_that_only_dates_one_event_bounds_no_span(text: str, quote: str) -> None:
    assert claim_with(text, quote).scope == "incident"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Prosecutors said on Monday they would charge four managers over the warehouse fire that killed "
            "38 workers.",
            "38 workers",
        ),
        ("The court jailed the captain for the sinking which claimed the lives of 56 passengers.", "56"),
    ],
)
def test_a_toll_recalling_the_incident_a_statement_is_about_is_not_the_speaker_s(
    text: str, quote: str
) -> None:
    assert claim_with(text, quote).source is None


def test_a_toll_the_speaker_gives_in_a_relative_clause_stays_theirs() -> None:
    text = "Police said the blast, which killed 12 people, was caused by a gas leak."
    assert claim_with(text, "12 people").attribution != ""
