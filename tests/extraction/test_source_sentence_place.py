"""A place that opens a sentence ("In Ecuador, ..., the government said") owns that sentence's generic
head even when the registry lists no such body there: the country the rest of the story talks about (a
donor named earlier) is not the speaker."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote", "place"),
    [
        (
            "Peru pledged $40 million for the flood victims on Monday, the largest single gift so far. "
            "Peru's president said more would follow.\n\n"
            "In Ecuador, where whole villages were cut off, the government said about 300,000 people had "
            "been forced from their homes.",
            "300,000",
            "ecuador",
        ),
        (
            "Canada offered $12 million in emergency aid. Canadian officials said the money would go to "
            "relief agencies.\n\nIn Malawi, the health ministry said 4,000 people had cholera.",
            "4,000",
            "malawi",
        ),
    ],
)
def test_the_sentence_place_owns_the_generic_head(text: str, quote: str, place: str) -> None:
    source = claim_with(text, quote).source
    assert source is not None and place in source.name.lower()


def test_a_place_the_story_already_owns_keeps_its_registered_body() -> None:
    text = (
        "Nepal's home ministry said 120 people had died in the landslides.\n\n"
        "In Nepal, the government said 9,000 people had been displaced."
    )
    source = claim_with(text, "9,000").source
    assert source is not None and "nepal" in source.name.lower()


def test_an_unplaced_head_does_not_take_a_place_of_its_own() -> None:
    text = (
        "Officials in Tanzania said 300 homes were destroyed.\n\n"
        "In the capital, police said 14 people had been arrested."
    )
    claim = claim_with(text, "14 people")
    assert claim.source is None or "capital" not in claim.source.name.lower()
