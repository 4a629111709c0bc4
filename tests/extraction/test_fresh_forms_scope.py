"""Scope forms: a span counted back from a time ("in the 24 hours to 6 a.m."), and a whole that runs
since the day its share runs from ("had moved 40,000 ... 25,000 of them since May 3")."""

from __future__ import annotations

from datetime import date

import pytest

from .helpers import claims_of


@pytest.mark.parametrize(
    "text",
    [
        "About 3,400 people were ferried off the island in the 24 hours to 6 a.m. on Tuesday, the navy said.",
        "Police arrested 340 people over the seven days ending Sunday.",
        "Some 900 migrants landed in the 48 hours until midnight, officials said.",
    ],
)
def test_a_span_counted_back_from_a_time_is_a_period(text: str) -> None:
    assert claims_of(text)[0].scope == "period"


def test_the_whole_of_a_running_share_runs_since_the_same_day() -> None:
    text = (
        "Navy and coast guard ships had together evacuated more than 40,000 residents, the admiral said. "
        "Navy ships alone carried more than 25,000 of them off the island since May 3, he said."
    )
    whole, part = claims_of(text)[:2]
    assert (part.scope, part.since) == ("cumulative", date(2026, 5, 3))
    assert (whole.scope, whole.since) == ("cumulative", date(2026, 5, 3))


def test_a_whole_in_the_simple_past_stays_an_incident() -> None:
    text = (
        "The ferry carried 1,200 passengers on Friday, the operator said. "
        "More than 300 of them have been flown home since May 3."
    )
    assert claims_of(text)[0].scope == "incident"
