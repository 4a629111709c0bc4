"""A ministry named by two portfolios ("the interior and safety ministry") is one body, not the second
portfolio alone."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote", "words"),
    [
        (
            "At least 40 people died in the crush, the interior and safety ministry said on Sunday.",
            "40 people",
            "the interior and safety ministry said",
        ),
        (
            "Japan's health and welfare ministry said 300 people were treated for heatstroke.",
            "300 people",
            "Japan's health and welfare ministry said",
        ),
    ],
)
def test_two_portfolios_joined_by_and_name_one_ministry(text: str, quote: str, words: str) -> None:
    assert claim_with(text, quote).attribution == words


def test_two_bodies_joined_by_and_are_not_made_one() -> None:
    words = claim_with("Police and the fire department said 30 were rescued.", "30").attribution
    assert words != "Police and the fire department said"
