"""A speaker opening an "as" clause after a titled person's reported speech, and a buyer naming its
price (never shoppers or investors at large)."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_a_body_in_an_as_clause_after_a_presidents_words_speaks() -> None:
    text = (
        "President Ruto told reporters on Friday that calm had returned, as the interior ministry said "
        "1,208 people had been detained."
    )
    claim = claim_with(text, "1,208 people")
    assert claim.attribution.lower().startswith("the interior ministry")


def test_a_buyer_names_its_price() -> None:
    text = "The Dutch tax office had bought the leaked files in 2018 for about 1.2 million euros."
    assert "tax office" in claim_with(text, "1.2 million euros").attribution.lower()


def test_shoppers_and_investors_buying_give_no_figure() -> None:
    assert claim_with("Residents bought 300 generators.", "300 generators").attribution == ""
    assert claim_with("Investors bought $3 billion of bonds.", "$3 billion").attribution == ""


def test_a_purchase_told_without_its_price_gives_no_figure() -> None:
    text = "The city corporation has bought 68 flats in a new development to rehouse families."
    assert claim_with(text, "68 flats").attribution == ""


def test_asylum_seekers_counted_are_not_displaced_by_that_word() -> None:
    text = "Germany expects 800,000 asylum seekers this year, the interior minister said."
    assert claim_with(text, "800,000 asylum seekers").metric == "count"
