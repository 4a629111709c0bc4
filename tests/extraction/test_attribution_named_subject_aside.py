"""A lone name opening a sentence with an aside that describes it ("Zara, whose supplier ran the plant,
says it has paid ...") is the sentence's subject: a later "it" in the sentence is that party."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_the_pronoun_is_the_described_name() -> None:
    text = (
        "The Workers' Rights Consortium said the brands had been slow to pay.\n\n"
        "Adidas, whose supplier ran the plant, has its own scheme and says it has paid more than "
        "$9 million to families."
    )
    source = claim_with(text, "$9 million").source
    assert source is not None and "adidas" in source.name.lower()


def test_an_aside_with_one_of_names_the_subject_too() -> None:
    text = (
        "Oxfam said donors had pledged too little.\n\n"
        "Carrefour, one of the largest buyers, says it has given 2 million euros to the fund."
    )
    source = claim_with(text, "2 million euros").source
    assert source is not None and "carrefour" in source.name.lower()


def test_a_sentence_opening_capital_without_an_aside_names_no_one() -> None:
    text = "The ministry counted 40 deaths.\n\nRescuers says it has found 12 more bodies."
    source = claim_with(text, "12 more").source
    assert source is None or "rescuers" not in source.name.lower()
