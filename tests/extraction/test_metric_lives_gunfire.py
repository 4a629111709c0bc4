"""A toll told as lives taken ("took the lives of 20 children") is killed; people struck by gunfire are
wounded, unless the sentence says they died; people brought out of a wreck are rescued."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        (
            "The attack on a school in Ohio took the lives of 12 pupils and two teachers.",
            "12 pupils",
            "killed",
        ),
        (
            "The attack on a school in Ohio took the lives of 12 pupils and two teachers.",
            "two teachers",
            "killed",
        ),
        ("The blaze cost the lives of 72 residents.", "72 residents", "killed"),
        (
            "Two deputies who answered the call were struck by gunfire, the sheriff said.",
            "Two deputies",
            "injured",
        ),
        ("Three bystanders were struck by gunfire and killed, police said.", "Three bystanders", "killed"),
    ],
)
def test_lives_taken_and_people_struck_by_gunfire(text: str, quote: str, metric: str) -> None:
    assert claim_with(text, quote).metric == metric


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        (
            "Firefighters brought 28 people out of the part of the block still standing.",
            "28 people",
            "rescued",
        ),
        ("Crews got 12 miners out of the shaft on Tuesday.", "12 miners", "rescued"),
        ("About 300 people were out of work after the mill closed.", "300 people", "count"),
    ],
)
def test_people_got_out_of_a_wreck_are_rescued(text: str, quote: str, metric: str) -> None:
    assert claim_with(text, quote).metric == metric
