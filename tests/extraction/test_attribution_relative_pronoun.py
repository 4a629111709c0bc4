"""A pronoun opening a figure's own relative clause ("the $8 million it needs") is the thing the figure
belongs to, not who tells it: a named speaker later in the sentence gives the figure."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        (
            "A relief fund for the miners' families has finally raised the $8 million it needs to pay "
            "pensions, the World Bank said on Tuesday.",
            "$8 million",
            "the World Bank said",
        ),
        (
            "The district hospital has now received the 400 beds it asked for, the health ministry said.",
            "400 beds",
            "the health ministry said",
        ),
        (
            "The port authority has hired the 120 pilots they sought for the new terminal, Lisbon officials "
            "said.",
            "120 pilots",
            "officials said",
        ),
    ],
)
def test_the_named_speaker_after_the_relative_clause_gives_the_figure(
    text: str, quote: str, expected: str
) -> None:
    assert expected in claim_with(text, quote).attribution


def test_a_pronoun_alone_after_the_figure_is_kept() -> None:
    text = "The charity counted 300 families. It said 40 it visited had no water."
    assert "said" in claim_with(text, "40").attribution
