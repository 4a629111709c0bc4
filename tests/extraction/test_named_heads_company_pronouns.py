""" "The exchange", "the consortium" and "the bank" name the one body of that word the story named; a
company by its legal form is what "it said" refers to, never a person."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def _source(text: str, quote: str) -> str:
    claim = claim_with(text, quote)
    return claim.source.name if claim.source is not None else ""


def test_the_exchange_is_the_exchange_the_story_named() -> None:
    text = "The Johannesburg Stock Exchange's main index fell 4.2 percent, the exchange's data showed."
    assert _source(text, "4.2 percent") == "Johannesburg Stock Exchange"


def test_the_bank_is_the_one_bank_named() -> None:
    text = "Thieves took $81 million from Bangladesh Bank's account. The bank said $20 million was recovered."
    assert _source(text, "$20 million") == "Bangladesh Bank"


def test_the_bank_after_two_banks_is_neither() -> None:
    text = "The World Bank and Bangladesh Bank met on Monday. The bank said $20 million was recovered."
    assert _source(text, "$20 million") == ""


def test_it_said_after_a_company_is_the_company() -> None:
    text = "Equifax Inc said hackers took data on 143 million people. Card numbers of 209,000 were taken, it said."
    assert _source(text, "209,000") == "Equifax Inc"


def test_it_said_after_a_person_is_no_one() -> None:
    text = "Ana Lopez said 14 people died. Some 30 homes were destroyed, it said."
    assert _source(text, "30 homes") == ""
