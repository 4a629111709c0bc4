"""A giver named by a possessive owns the amount right after it, in any dollar ("Canada's C$45
million"), each owner its own amount in a list, and a pledge whose size is stated ("Brazil's pledge
stands at about $60 million") is its giver's."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_each_possessive_owns_the_amount_after_it() -> None:
    text = "France's 20 million euros and Canada's C$45 million in loans will be paid out over three years."
    assert "france" in claim_with(text, "20 million euros").attribution.lower()
    later = claim_with(text, "C$45 million")
    assert later.attribution == "Canada's"


def test_a_pledge_whose_size_is_stated_is_the_givers() -> None:
    text = (
        "Italy has promised 80 million euros, the prime minister said on Friday, "
        "and Brazil's pledge stands at about $60 million."
    )
    assert "brazil" in claim_with(text, "$60 million").attribution.lower()


def test_a_pledge_of_an_amount_is_still_the_givers() -> None:
    text = "Sweden's pledge of $25 million arrived on Monday."
    assert "sweden" in claim_with(text, "$25 million").attribution.lower()
