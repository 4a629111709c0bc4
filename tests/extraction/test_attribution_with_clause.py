"""Attribution in an absolute clause ("..., with the ministry saying 12 were missing"): its speaker gives
the figures inside it, and only those. A speaker that corrects itself after "but" keeps the new figure."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        (
            "The river burst its banks overnight, with Chile's interior ministry saying 12 people were missing.",
            "12 people",
            "the chile's interior ministry saying",
        ),
        (
            "The count was revised on Thursday, with police saying 57 bodies had been recovered.",
            "57 bodies",
            "police saying",
        ),
        (
            "The storm flattened the coast, with officials in Cebu putting the number of homeless at 5,000.",
            "5,000",
            "officials in cebu putting",
        ),
        (
            "Clashes went on into the night, with local media reporting 14 arrests.",
            "14 arrests",
            "local media reporting",
        ),
    ],
)
def test_the_with_clause_speaker_gives_its_own_figures(text: str, quote: str, expected: str) -> None:
    words = claim_with(text, quote).attribution.lower()
    assert expected.removeprefix("the ") in words


def test_a_figure_before_the_with_clause_is_not_its_speakers() -> None:
    text = (
        "At least 43 people were killed in the flooding, with the Red Cross saying another 12 were missing."
    )
    assert claim_with(text, "43 people").source is None
    later = claim_with(text, "12")
    assert later.source is not None and "red cross" in later.source.name.lower()


def test_a_speaker_before_the_figure_keeps_it_when_a_with_clause_follows() -> None:
    text = "Peru's health ministry said 40 people had died, with the Red Cross reporting 300 injured."
    first = claim_with(text, "40 people")
    assert "health ministry said" in first.attribution
    second = claim_with(text, "300 injured")
    assert second.source is not None and "red cross" in second.source.name.lower()


def test_with_and_a_figure_is_no_speaker() -> None:
    text = "The ferry sank with 300 passengers aboard, the coast guard said."
    assert claim_with(text, "300 passengers").attribution == "the coast guard said"


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        (
            "Chile's energy ministry first said 120 miners were underground, but later lowered that figure to 110.",
            "110",
            "energy ministry",
        ),
        ("The UN put the number at 300, but then revised it to 250.", "250", "united nations"),
    ],
)
def test_a_speaker_correcting_itself_after_but_keeps_the_new_figure(
    text: str, quote: str, expected: str
) -> None:
    claim = claim_with(text, quote)
    assert claim.source is not None and expected in claim.source.name.lower()


def test_someone_else_after_but_does_not_borrow_the_speaker() -> None:
    text = "Chile's interior ministry said 40 people had died, but rescuers found 12 more bodies overnight."
    assert claim_with(text, "12").source is None
