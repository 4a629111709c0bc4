"""An age set off by commas after a name, near-zero readings, headquarters that speak, animals and
flats as what is counted."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with, claims_of


@pytest.mark.parametrize(
    "text",
    [
        "The captain, Park Min-jun, 61, was among the first taken off the ship.",
        "His wife, Amara, 45, survived the blaze.",
        "Mayor Ines Duarte, 54, visited the site on Sunday.",
    ],
)
def test_an_age_after_a_name_is_no_figure(text: str) -> None:
    assert claims_of(text) == []


def test_a_count_after_a_place_is_still_a_figure() -> None:
    values = [c.value for c in claims_of("In Hatay, 90, and in Adana, 40, people died on Monday.")]
    assert values == [90.0, 40.0]


@pytest.mark.parametrize(
    "text", ["Divers fought near-zero visibility on Thursday.", "Growth fell to almost zero."]
)
def test_near_zero_is_no_count(text: str) -> None:
    assert claims_of(text) == []


def test_zero_deaths_is_still_a_count() -> None:
    assert claim_with("The agency reported zero deaths on the island.", "zero deaths").value == 0.0


def test_the_headquarters_is_the_headquarters_named_before() -> None:
    text = (
        "The national Disaster Safety Headquarters said 475 people had been on board. "
        "On Wednesday afternoon the headquarters said 368 people had been rescued."
    )
    claim = claim_with(text, "368 people")
    assert claim.source is not None and "headquarters" in claim.source.name.lower()


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Nearly 3 billion animals were killed or displaced by the fires.", "3 billion animals"),
        ("Scientists say 480 million mammals have been killed in the state.", "480 million mammals"),
        ("About 20,000 cattle drowned in the floods.", "20,000 cattle"),
    ],
)
def test_animals_are_no_peoples_toll(text: str, quote: str) -> None:
    assert claim_with(text, quote).subject_class == "other"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Inspectors checked 120 flats in 60 tower blocks.", "120 flats"),
        ("Inspectors checked 120 flats in 60 tower blocks.", "60 tower blocks"),
        ("The brigade sent 40 fire engines to the tower.", "40 fire engines"),
    ],
)
def test_flats_blocks_and_engines_are_objects(text: str, quote: str) -> None:
    assert claim_with(text, quote).subject_class == "objects"


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard says 476 people were aboard and 174 survived.",
        "About 300 people were on board the ferry when it sank.",
    ],
)
def test_people_aboard_are_a_headcount(text: str) -> None:
    assert claims_of(text)[0].metric == "count"


@pytest.mark.parametrize(
    "text",
    [
        "Divers are still searching the wreck for more than 20 people.",
        "Rescuers combed the rubble for 40 people.",
    ],
)
def test_people_searched_for_are_missing(text: str) -> None:
    assert claims_of(text)[0].metric == "missing"


def test_suspects_looked_for_are_not_missing() -> None:
    assert claims_of("Police are looking for 12 suspects.")[0].metric != "missing"


def test_someone_pointing_to_measures_is_not_who_announced_them() -> None:
    text = "Morales also pointed to measures announced last week, including grants of up to A$6,000."
    assert claim_with(text, "A$6,000").source is None
