"""Attribution forms: a compass word opening a place's name, adverbs before the verb, a plural body
giving a toll, institutional possessors, and a passive agent right after its figure."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


def source_of(text: str, quote: str) -> str:
    claim = claim_with(text, quote)
    return claim.source.name if claim.source is not None else ""


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        # a compass word that opens a name is no aside ("east of the city" still is)
        (
            "The toll climbed to 61, lower than a figure given overnight, South Sulawesi's governor said.",
            "61",
            "governor",
        ),
        (
            "Fuel ran out at 14 clinics, West Darfur's health office said on Friday.",
            "14 clinics",
            "health office",
        ),
        ("The toll rose to 30, North Macedonia's interior ministry said.", "30", "interior ministry"),
    ],
)
def test_a_place_named_with_a_compass_word_owns_its_office(text: str, quote: str, expected: str) -> None:
    assert expected in source_of(text, quote).lower()


def test_an_aside_of_direction_is_still_no_speaker() -> None:
    text = "Rescuers in Latakia, north of the port, said 12 people were pulled out alive."
    assert "latakia" in source_of(text, "12 people").lower()


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Police still put the number of arrests at 212.", "212"),
        ("The coast guard still gives the toll as 64.", "64"),  # a body the registry cannot place
        ("The police, who revised an early count, still give the toll as 88.", "88"),
        ("Police give the number of dead as 40 in their latest statement.", "40"),
    ],
)
def test_an_adverb_or_a_present_give_keeps_the_body_as_the_source(text: str, quote: str) -> None:
    claim = claim_with(text, quote)
    assert claim.attribution.lower().startswith(("police", "the coast guard", "the police"))
    assert claim.source is None or "still" not in claim.source.name.lower()


def test_give_way_is_no_attribution() -> None:
    assert source_of("Crowds give way to 40 trucks at the crossing.", "40 trucks") == ""


def test_an_institution_named_by_its_possessive_tally_owns_the_figure() -> None:
    text = (
        "The National Human Rights Commission said on Tuesday that guards had fired first. "
        "The commission's tally of the wounded stands at 318."
    )
    assert source_of(text, "318") != ""


def test_a_passive_agent_right_after_the_figure_beats_the_sentence_s_earlier_source() -> None:
    text = (
        "The rally drew about 61,000 people, according to the city's transit authority, well short of "
        "the 150,000 claimed by the organisers."
    )
    assert "organi" in source_of(text, "150,000").lower()
    assert "transit authority" in claim_with(text, "61,000").attribution
