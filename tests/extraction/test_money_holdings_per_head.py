"""A sum "in debts", "in assets" or "in uninsured deposits" is of that thing, so the engine can compare
it; a sum per head ("for each of the families") is never the total."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("The firm listed $84 billion in debts in its petition.", "$84 billion", "debts"),
        ("The lender, which had about $31 billion in assets, collapsed.", "$31 billion", "assets"),
        ("The bank held $90 billion in uninsured deposits.", "$90 billion", "uninsured deposits"),
    ],
)
def test_a_sum_in_a_holding_is_of_that_holding(text: str, quote: str, subject: str) -> None:
    assert claim_with(text, quote).subject == subject


def test_a_sum_for_each_family_is_a_per_head_sum() -> None:
    text = "The judge set the reparation at $95,000 for each of the families."
    assert claim_with(text, "$95,000").subject == "reparation (each)"


def test_a_sum_in_cash_bail_keeps_its_own_noun() -> None:
    assert claim_with("He was freed on $2 million in bail.", "$2 million").subject == "bail"
