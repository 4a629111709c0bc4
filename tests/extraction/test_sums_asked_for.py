"""A sum asked for, told in its own relative clause ("the $2.1 billion the United Nations is seeking"),
is the asker's figure, as a gift told so is the giver's; the donors' pledge beside it stays theirs."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_a_sum_a_body_is_seeking_is_that_body_s() -> None:
    text = "Donors pledged $1.1 billion in aid, against the $2.1 billion the United Nations is seeking for Yemen."
    asked = claim_with(text, "$2.1 billion")
    pledged = claim_with(text, "$1.1 billion")
    assert asked.source is not None and asked.source.name == "United Nations"
    assert pledged.source is not None and pledged.source.name != "United Nations"


def test_a_sum_a_body_had_requested_is_that_body_s() -> None:
    text = "The $1.5 billion the World Health Organization had requested was never raised."
    asked = claim_with(text, "$1.5 billion")
    assert asked.source is not None and "World Health" in asked.source.name
