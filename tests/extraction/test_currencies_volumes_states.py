"""Dollars named by their country and their prefixes (NZ$, R$), spilled volumes, hand brakes and other
counted objects, disease cases, people still waiting for rescue or living in temporary sites, and a
count an agency kept where it stood."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote", "currency", "qualifier"),
    [
        ("The appeal had raised more than NZ$12 million by Monday.", "12 million", "NZD", "more_than"),
        ("Vale agreed to pay R$37.7 billion in damages.", "37.7 billion", "BRL", "exact"),
        ("Ottawa pledged 25 million Canadian dollars for the rebuilding.", "25 million", "CAD", "exact"),
        ("The state spent about 80 million Australian dollars on it.", "80 million", "AUD", "about"),
    ],
)
def test_a_dollar_named_by_its_country_is_money_in_that_currency(
    text: str, quote: str, currency: str, qualifier: str
) -> None:
    claim = claim_with(text, quote)
    assert (claim.metric, claim.currency, claim.qualifier) == ("money", currency, qualifier)


def test_a_spilled_volume_is_a_figure() -> None:
    claim = claim_with("The environment agency said 2.3 million litres of diesel leaked into the bay.", "2.3")
    assert claim.value == 2_300_000


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The crew had applied only nine hand brakes.", "nine hand brakes"),
        ("Soldiers defused three explosive devices near the bridge.", "three explosive devices"),
        ("YouTube said it removed 40,000 videos of the attack.", "40,000 videos"),
        ("Owners handed in 12,400 firearms during the amnesty.", "12,400 firearms"),
    ],
)
def test_devices_videos_firearms_and_brakes_are_objects(text: str, quote: str) -> None:
    assert claim_with(text, quote).subject_class == "objects"


def test_a_disease_s_cases_are_people() -> None:
    assert (
        claim_with("Health workers recorded 2,700 cholera cases in the camps.", "2,700").subject_class
        == "people"
    )


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        (
            "About 9,000 people were still waiting to be rescued from rooftops, officials said.",
            "9,000",
            "affected",
        ),
        (
            "More than 40,000 people were in danger as the river rose, the governor said.",
            "40,000",
            "affected",
        ),
        (
            "Some 60,000 people were living in temporary sites in schools and churches, the IOM said.",
            "60,000",
            "displaced",
        ),
        ("Divers said 31 people were rescued from the hull.", "31", "rescued"),
    ],
)
def test_people_still_awaiting_rescue_are_affected_not_rescued(text: str, quote: str, metric: str) -> None:
    assert claim_with(text, quote).metric == metric


def test_an_agency_that_kept_its_count_gives_it() -> None:
    text = "The army put its toll at 120, and the Red Cross kept its count at 96."
    claim = claim_with(text, "96")
    assert claim.source is not None and "Red Cross" in claim.source.name
