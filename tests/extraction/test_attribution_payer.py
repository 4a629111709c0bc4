"""Whoever pays an amount gives it, as whoever pledges or donates it does ("Zara paid $2.5 million into
the fund"): the payer is the figure's source."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote", "payer"),
    [
        ("Zara paid $2.5 million into the victims' trust fund in May.", "$2.5 million", "zara"),
        (
            "Heineken, one of the last brewers to sign, paid 6 million euros to the families after a "
            "campaign by unions.",
            "6 million euros",
            "heineken",
        ),
        ("The insurer Allianz paid $2 billion in claims after the storm.", "$2 billion", "allianz"),
    ],
)
def test_the_payer_gives_the_amount(text: str, quote: str, payer: str) -> None:
    claim = claim_with(text, quote)
    assert claim.source is not None and payer in claim.source.name.lower()
    assert claim.metric == "money"


def test_people_paid_an_amount_are_not_its_source() -> None:
    assert claim_with("Workers were paid 3,000 rupees a month before the fire.", "3,000").source is None
