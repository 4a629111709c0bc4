"""A body's results and data after the figure, second references by a company's trade, a company's
arm, modal verbs before a giving verb, bodies acting behind a relative clause, and "had spoken of"."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


def _source(text: str, quote: str) -> str:
    claim = claim_with(text, quote)
    return claim.source.name if claim.source is not None else ""


def test_a_commissions_results_after_the_figure_are_its_own() -> None:
    text = (
        "The Electoral Commission of Ghana said Mahama received 6,328,397 votes. Mahama carried 14 "
        "regions, the commission's results showed."
    )
    assert _source(text, "14 regions") == _source(text, "6,328,397 votes") != ""
    assert "results" not in _source(text, "14 regions").lower()


def test_an_exchanges_data_names_the_exchange() -> None:
    text = "The benchmark index fell 6.1 percent on Monday, the exchange's data showed."
    assert "exchange" in claim_with(text, "6.1 percent").attribution.lower()


def test_an_exchange_of_fire_speaks_for_no_one() -> None:
    text = "An exchange of fire with the gunmen left 4 officers wounded."
    assert claim_with(text, "4 officers").attribution == ""


def test_a_consortium_counts_what_it_counted() -> None:
    text = "By March, the consortium had counted at least 90 criminal investigations in 31 countries."
    assert "consortium" in claim_with(text, "at least 90").attribution.lower()
    assert "consortium" in claim_with(text, "31 countries").attribution.lower()


@pytest.mark.parametrize(
    ("text", "quote", "company"),
    [
        (
            "Equifax said 147 million people were affected. Under the deal, the credit reporting "
            "company will pay $425 million into a fund.",
            "$425 million",
            "Equifax",
        ),
        (
            "Wirecard said 1.9 billion euros could not be found. The German payments company warned "
            "that loans of about 2 billion euros could be called in.",
            "about 2 billion euros",
            "Wirecard",
        ),
        (
            "Equifax said 147 million people were affected. The company's British arm said 15.2 "
            "million records were held there.",
            "15.2 million records",
            "Equifax",
        ),
    ],
)
def test_a_trade_epithet_or_arm_is_the_company_just_quoted(text: str, quote: str, company: str) -> None:
    assert _source(text, quote) == company


def test_an_epithet_after_a_ministry_names_no_company() -> None:
    text = "The Health Ministry said 40 people died. The state oil company said 3 workers were hurt."
    assert "ministry" not in _source(text, "3 workers").lower()


def test_another_company_is_not_the_one_just_quoted() -> None:
    text = "Boeing said 387 jets were grounded. The rival aircraft manufacturer said 12 orders were cut."
    assert _source(text, "12 orders") != "Boeing"


def test_police_named_by_their_province_act_past_a_relative_clause() -> None:
    text = "Police in Gansu province, where the dairy is based, have arrested 19 people."
    assert "police" in _source(text, "19 people").lower()


def test_the_one_arrested_in_a_relative_clause_is_no_arrester() -> None:
    text = "Mr Tan, who was arrested in May, was charged with fraud involving 14 companies."
    assert claim_with(text, "14 companies").attribution == ""


def test_a_governor_who_had_spoken_of_a_toll_gave_it() -> None:
    text = "Governor Ana Ruiz had spoken of 37 dead on Friday night."
    assert "ruiz" in claim_with(text, "37 dead").attribution.lower()
