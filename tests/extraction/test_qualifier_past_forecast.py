"""A figure a count is said to pass is a lower bound, in a forecast as in a report ("could climb past
8,000", "will rise past 500"): the count is more than it."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The governor warned that the toll could climb past 8,000 once the rubble was cleared.", "8,000"),
        ("Aid groups fear the number of displaced will rise past 650,000 by winter.", "650,000"),
        ("Officials said the death toll climbs past 90 with each day of searching.", "90"),
    ],
)
def test_passing_a_figure_is_more_than_it(text: str, quote: str) -> None:
    assert claim_with(text, quote).qualifier == "more_than"
