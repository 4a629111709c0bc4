"""A month that dates one act (a count revised, a study published, a payment made) leaves the figure an
incident's; a month over which deaths or strikes are counted still bounds a period count."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "In March the interior ministry lowered the count of missing to about 3,400 from more than 5,000, "
            "after duplicates were found.",
            "about 3,400",
        ),
        (
            "A university study published in June concluded that close to 900 people died in the camp.",
            "close to 900 people",
        ),
        ("Halvorsen, one of the last holdouts, paid $2.5 million into the fund in March.", "$2.5 million"),
        ("The fund's target was set at $25 million when it was created in February 2016.", "$25 million"),
    ],
)
def test_a_month_that_dates_one_act_bounds_no_count(text: str, quote: str) -> None:
    assert claim_with(text, quote).scope == "incident"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("At least 209 civilians were killed in Ukraine in April, the mission said.", "209 civilians"),
        ("Strikes in May killed 140 people across the region.", "140 people"),
    ],
)
def test_a_month_over_which_a_count_is_kept_is_a_period(text: str, quote: str) -> None:
    assert claim_with(text, quote).scope == "period"
