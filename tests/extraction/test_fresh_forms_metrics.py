"""What happened to the counted: people who want to leave are not evacuated yet."""

from __future__ import annotations

import pytest

from tracker.extraction import extract_claims
from tracker.extraction.types import ExtractedClaim


def claims(text: str) -> list[ExtractedClaim]:
    return extract_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said fewer than 300 Britons who wanted to leave remained in the country, perhaps 150.",
        "Officials said 2,000 residents were unable to leave the besieged town.",
    ],
)
def test_people_who_want_to_leave_are_not_evacuated(text: str) -> None:
    assert {c.metric for c in claims(text)} == {"count"}


def test_people_stuck_trying_to_leave_are_stranded_not_evacuated() -> None:
    text = "Some 400 tourists who were trying to leave were stuck at the port."
    assert {c.metric for c in claims(text)} == {"affected"}


def test_people_who_left_are_evacuated() -> None:
    assert (
        claims("Officials said 2,000 residents were able to leave the town by bus.")[0].metric == "evacuated"
    )
