"""People brought "out alive" with the figure between the verb and its particle are rescued; people who
lack or go without clean water, food or sanitation are the disaster's affected."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        (
            "Firefighters have brought 64 people out alive from the collapsed hotel, the mayor said.",
            "64 people",
            "rescued",
        ),
        (
            "Rescuers pulled 212 workers out of the flooded mine alive, the company said.",
            "212 workers",
            "rescued",
        ),
        (
            "The agency said up to 2 million people in the region lacked clean water, food or basic sanitation.",
            "2 million people",
            "affected",
        ),
        (
            "As many as 300,000 children were struggling without clean water, UNICEF said.",
            "300,000 children",
            "affected",
        ),
    ],
)
def test_metric(text: str, quote: str, metric: str) -> None:
    assert claim_with(text, quote).metric == metric


def test_an_alive_elsewhere_in_the_sentence_rescues_no_one() -> None:
    text = "Police arrested 14 men, and a hostage was later found alive."
    assert claim_with(text, "14 men").metric == "detained"
