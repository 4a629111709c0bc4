"""A sum a body withholds or decides on is that body's: "the IMF's refusal to hand over a $1.26 billion
disbursement", "the World Bank had refused to release a $400 million loan", "the government's plan to
spend $3 billion"; people in the street refusing to pay give no figure."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


def _source(text: str, quote: str) -> str:
    claim = claim_with(text, quote)
    return claim.source.name if claim.source is not None else ""


@pytest.mark.parametrize(
    ("text", "quote", "body"),
    [
        (
            "The International Monetary Fund's refusal last week to hand over a $2.1 billion tranche "
            "left Kyiv short of cash.",
            "$2.1 billion",
            "International Monetary Fund",
        ),
        (
            "The World Bank had refused to release a $400 million loan to the province.",
            "$400 million",
            "World Bank",
        ),
    ],
)
def test_a_sum_a_body_withholds_is_its_own(text: str, quote: str, body: str) -> None:
    assert _source(text, quote) == body


def test_a_governments_plan_names_its_sum() -> None:
    text = "The government's plan to spend $3 billion on housing was approved on Monday."
    assert "government" in claim_with(text, "$3 billion").attribution.lower()


def test_tenants_refusing_to_pay_give_no_figure() -> None:
    assert claim_with("Tenants refused to pay $40 a month more.", "$40").attribution == ""
