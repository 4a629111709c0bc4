"""Money's bodies speak as other bodies do ("the island's central bank said", "according to an assessment
by its international lenders"), and an election's returns show its figures ("the returns showed")."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_a_central_bank_and_lenders_are_givers() -> None:
    text = "Some 47.5 percent of large deposits were turned into shares, the country's central bank said."
    assert claim_with(text, "47.5 percent").attribution == "the country's central bank said"
    lenders = "Greece must find about 11 billion euros, according to an assessment by its lenders."
    assert "lenders" in claim_with(lenders, "11 billion euros").attribution


def test_an_elections_returns_show_its_tally() -> None:
    text = "The independent candidate took more than 41,000 votes, the returns showed."
    assert claim_with(text, "41,000 votes").attribution == "the returns showed"


def test_the_currencies_the_euro_replaced_are_money() -> None:
    for text, quote, code in (
        ("The railway said it would pay 20,000 marks to each family.", "20,000 marks", "DEM"),
        ("The fund paid out 3 billion lire.", "3 billion lire", "ITL"),
        ("The fine was 450,000 guilders.", "450,000 guilders", "NLG"),
    ):
        got = claim_with(text, quote)
        assert got.metric == "money" and got.currency == code, text
    # an exam's marks are no money
    assert claim_with("Pupils scored 85 marks out of 100.", "85 marks").metric != "money"


def test_a_body_named_in_lower_case_at_a_sentences_start_is_the_storys_body() -> None:
    text = (
        "ATHENS, July 24 - Deaths from the fire rose to 74 on Tuesday.\n\nCoast guard officials said their "
        "crews had rescued 696 people from the beaches."
    )
    src = claim_with(text, "696 people").source
    assert src is not None and src.name == "Hellenic Coast Guard"
