"""A currency named by its country is money in that currency; people moved out of their homes are
evacuated; lorries that fall with a bridge are no aid; "the New York-based group" is the group named
before; a figure some body "documented" or "recorded" in its own relative clause is that body's, as is
its "early estimate"; a company named with its capital city is the company, not the government; and
the month of March is no march."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with
from tracker.extraction.sources import SourceRegistry


@pytest.mark.parametrize(
    ("text", "quote", "code"),
    [
        (
            "The pay rise will cost 6.5 billion Egyptian pounds, the finance minister said.",
            "6.5 billion",
            "EGP",
        ),
        ("Depositors lost 90 trillion Lebanese pounds in the crash.", "90 trillion", "LBP"),
        ("The county set aside 2 billion Kenyan shillings for the victims.", "2 billion", "KES"),
    ],
)
def test_a_currency_named_by_its_country_is_that_countrys_money(text: str, quote: str, code: str) -> None:
    claim = claim_with(text, quote)
    assert (claim.metric, claim.currency) == ("money", code)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "The council has moved 450 people out of apartment blocks near the dam, the mayor said.",
            "450 people",
        ),
        ("About 200 families have been moved out of the buildings beside the crater.", "200 families"),
    ],
)
def test_people_moved_out_of_their_homes_are_evacuated(text: str, quote: str) -> None:
    assert claim_with(text, quote).metric == "evacuated"


def test_lorries_that_fall_with_a_bridge_are_vehicles_not_aid() -> None:
    text = "About 12 cars and four lorries plunged into the river when the span gave way."
    assert claim_with(text, "four lorries").metric == "count"
    assert claim_with("Forty trucks entered the city on Sunday, the UN said.", "Forty trucks").metric == "aid"


def test_a_body_described_by_where_it_is_based_is_the_body_named_before() -> None:
    text = (
        "At least 41 people were killed in the crackdown, Amnesty International said on Monday.\n\n"
        "The London-based group said its researchers documented 29 deaths in the capital.\n"
    )
    claim = claim_with(text, "29 deaths")
    assert claim.source is not None and claim.source.name == "Amnesty International"


@pytest.mark.parametrize(
    ("text", "quote", "who"),
    [
        (
            "The toll is well above the 57 deaths that Human Rights Watch documented in March.",
            "57 deaths",
            "Human Rights Watch",
        ),
        ("It exceeds the 120 deaths the UN recorded last week.", "120 deaths", "United Nations"),
        ("The new toll doubles the Red Cross's early estimate of 300.", "300", "Red Cross"),
    ],
)
def test_a_figure_in_its_recorders_own_clause_is_the_recorders(text: str, quote: str, who: str) -> None:
    claim = claim_with(text, quote)
    assert claim.source is not None and who.lower() in claim.source.name.lower()


def test_a_company_that_will_fund_a_sum_gives_it() -> None:
    text = "Under the settlement, its insurance arm Generali Italia will fund 800 million euros in repairs."
    claim = claim_with(text, "800 million")
    assert claim.source is not None and claim.source.name.lower().startswith("generali")


def test_a_company_named_with_a_capital_is_not_the_government() -> None:
    match = SourceRegistry.default().resolve("Tokyo Electric Power Co")
    assert match is not None and "Government" not in match.name and "Tokyo Electric" in match.name


def test_the_israeli_broadcaster_kan_is_not_channel_12() -> None:
    match = SourceRegistry.default().resolve("Israeli public broadcaster Kan")
    assert match is not None and match.name == "Kan"


def test_the_month_of_march_is_no_march() -> None:
    text = "SEOUL, April 2 - Aid arrived.\n\nThe minister on March 15 told about 90,000 people near the coast to stay indoors."
    assert "turnout" not in claim_with(text, "90,000").subject
    marched = claim_with("Some 3,000 people marched through Lyon.", "3,000")
    assert marched.subject == "turnout in Lyon"
