"""A toll told "in the first hours after" an incident is that incident's toll as counted then; a span of
days after it still bounds a count of what happened over it."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote", "scope"),
    [
        ("In the first hours after the blast, rescuers spoke of 31 dead.", "31 dead", "incident"),
        (
            "Crews brought 18 people out of the wreck in the first hours after the collapse.",
            "18 people",
            "incident",
        ),
        ("In the first days after the storm, 40 people died of cholera.", "40 people", "period"),
    ],
)
def test_the_first_hours_date_a_toll_the_first_days_bound_a_count(text: str, quote: str, scope: str) -> None:
    assert claim_with(text, quote).scope == scope
