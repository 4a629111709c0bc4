"""A headcount told by where the people were ("380 people were aboard") counts those aboard, not
people at large."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "The coast guard said 380 people were aboard the ferry when it capsized.",
            "380 people",
            "people aboard",
        ),
        (
            "Officials first said 212 people had been on board, then lowered that to 205.",
            "212 people",
            "people aboard",
        ),
        ("Firefighters believe 40 people were inside when the roof fell.", "40 people", "people inside"),
    ],
)
def test_people_counted_where_they_were_are_a_headcount_of_that_place(
    text: str, quote: str, subject: str
) -> None:
    claim = claim_with(text, quote)
    assert claim.metric == "count"
    assert claim.subject == subject


def test_a_named_group_aboard_keeps_its_own_noun() -> None:
    claim = claim_with("The coast guard said 61 passengers were aboard the launch.", "61 passengers")
    assert claim.subject.startswith("passengers")
