"""A body's officials, a document named by its author, and an unnamed document of the speaker's own."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def _source(text: str, quote: str) -> str:
    claim = claim_with(text, quote)
    return claim.source.name if claim.source is not None else ""


def test_ministry_officials_speak_for_the_ministry_named_before() -> None:
    text = (
        "Japan's health ministry said 14 people had died. Ministry officials said 9 of them were over "
        "80. The ministry put the number of people in quarantine at 3,711."
    )
    first = _source(text, "14 people")
    assert first and "ministry" in first.lower()
    assert _source(text, "9 of them") == first
    assert _source(text, "3,711") == first


def test_a_review_the_charity_released_is_the_charitys() -> None:
    text = (
        "Oxfam said 42 staff had left. An internal review the charity published in May had counted 30 "
        "cases of misconduct."
    )
    assert _source(text, "30 cases") == _source(text, "42 staff") != ""


def test_an_unnamed_survey_is_the_speakers_own() -> None:
    text = (
        "The World Food Programme had put the number of hungry people at 4.1 million in a report "
        "released on Monday."
    )
    assert "food programme" in _source(text, "4.1 million").lower()
