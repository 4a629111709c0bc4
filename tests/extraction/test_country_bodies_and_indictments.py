"""A country's name is its government's alias, but a body of that country named after it ("the U.S.
Senate", "U.S. prosecutors") is a body of its own, while its president, officials and authorities
still speak for the government; a near-miss in the letters that is another word ("Justice" for
"State") is no spelling slip; an indictment charging people counts the charged, and who unsealed it
brings the charges."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with
from tracker.extraction.sources import SourceRegistry


@pytest.mark.parametrize(
    "phrase", ["the U.S. Senate", "U.S. prosecutors", "the US Department of Energy", "the U.S. Congress"]
)
def test_a_body_named_after_its_country_is_not_the_government(phrase: str) -> None:
    found = SourceRegistry.default().resolve(phrase)
    assert found is not None and found.name != "White House"


@pytest.mark.parametrize("phrase", ["U.S. authorities", "US officials", "U.S. President Barack Obama"])
def test_a_countrys_leaders_and_officials_still_speak_for_its_government(phrase: str) -> None:
    found = SourceRegistry.default().resolve(phrase)
    assert found is not None and found.name == "White House"


def test_another_word_close_in_letters_is_no_spelling_slip() -> None:
    found = SourceRegistry.default().resolve("the U.S. Justice Department")
    assert found is not None and "State" not in found.name and "Justice" in found.name


def test_a_spelling_slip_is_still_forgiven() -> None:
    found = SourceRegistry.default().resolve("Palestinian Red Cresent")
    assert found is not None and found.name == "Palestine Red Crescent Society"


def test_an_indictment_counts_the_charged_and_its_bringer_gives_the_figure() -> None:
    text = (
        "In Brooklyn, federal prosecutors unsealed a 31-count indictment charging 11 people, six of them "
        "former bank officials, with fraud."
    )
    claim = claim_with(text, "11 people")
    assert claim.metric == "detained"
    assert "prosecutors" in claim.attribution


def test_the_two_companies_are_the_pair_the_sentence_named() -> None:
    text = (
        "Northwind Energy agreed to buy Castell Power for about $8 billion in cash, the two companies said "
        "on Monday."
    )
    claim = claim_with(text, "$8 billion")
    assert "Northwind Energy and Castell Power" in claim.attribution
    assert claim.source is not None and "Northwind" in claim.source.name


def test_the_two_agencies_are_the_pair_the_paragraph_named() -> None:
    text = (
        "The World Food Programme and UNICEF said the drought had left 2.1 million people hungry. "
        "About 400,000 children were malnourished, the two agencies said."
    )
    claim = claim_with(text, "400,000 children")
    assert "[" in claim.attribution and "UNICEF" in claim.attribution


def test_the_firm_is_the_company_whose_index_the_sentence_named() -> None:
    text = (
        "Demand dried up. Ardent's purchasing managers' index for Polish factories slid to 44.2 in March, the "
        "weakest reading in a decade, the company said."
    )
    claim = claim_with(text, "44.2")
    assert claim.source is not None and claim.source.name == "Ardent"


def test_the_company_is_never_a_place_owning_something() -> None:
    text = "Portugal's banks stayed shut on Monday. The company said 40 branches had run out of cash."
    claim = claim_with(text, "40 branches")
    assert claim.source is None


def test_a_price_per_share_after_the_deals_sum_is_the_dealmakers_figure() -> None:
    text = "Halcyon will buy the insurer for $9 billion in cash, or $41 a share, the two firms said."
    assert "said" in claim_with(text, "$41").attribution


def test_a_conversion_into_another_currency_is_still_the_outlets() -> None:
    text = "The council pledged 30 million euros, or about $33 million, the mayor said."
    assert claim_with(text, "$33 million").attribution == ""
