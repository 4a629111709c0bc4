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


def test_a_crowd_counted_in_another_city_does_not_carry_the_first_city_s_officials() -> None:
    text = (
        "Police in Denver counted 41,000 marchers on Saturday. About 9,000 people marched in Boise, "
        "and 6,500 rallied in Cheyenne."
    )
    assert "denver" in source_of(text, "41,000").lower()
    assert claim_with(text, "9,000").source is None
    assert claim_with(text, "6,500").source is None


def test_a_crowd_of_the_same_city_keeps_the_carried_speaker() -> None:
    text = "Police said 40,000 people marched in Lyon. Another 10,000 joined later in Lyon, they said."
    assert source_of(text, "40,000") == source_of(text, "10,000") != ""


@pytest.mark.parametrize(
    "text",
    [
        "In Denver, an organiser said 90,000 people had turned out.",
        "An organizer told reporters that 90,000 people had turned out; the mayor later put it at 70,000.",
    ],
)
def test_one_organiser_speaks_for_the_organisers(text: str) -> None:
    assert source_of(text, "90,000") == "Organisers"


def test_a_name_after_by_ends_at_the_verb_of_the_sentence() -> None:
    text = (
        "An audit of counts released by county sheriffs and state agencies found nearly 40,000 "
        "evacuees across 12 counties."
    )
    words = claim_with(text, "12 counties").attribution
    assert "sheriffs" in words and "found" not in words and "evacuees" not in words


def test_a_study_by_someone_of_something_is_the_author_s() -> None:
    text = "A study by Yale epidemiologists of hospital records found 2,310 deaths."
    words = claim_with(text, "2,310").attribution
    assert "Yale epidemiologists" in words and "records" not in words


def test_a_reduced_passive_is_no_speaker() -> None:
    # "the estimates released by X": the words before "released" do not release anything
    text = "A tally of estimates released by the provincial police counted 3,200 arrests."
    assert "provincial police" in claim_with(text, "3,200").attribution


@pytest.mark.parametrize(
    "text",
    [
        "SUVA (Coral Daily Report) — The toll from Friday's landslide stands at 57, police said.",
        "The toll stands at 57, the Weekly Courier reported.",
    ],
)
def test_an_outlet_named_daily_or_weekly_counts_nothing_per_day(text: str) -> None:
    assert claim_with(text, "57").scope == "incident"


@pytest.mark.parametrize(
    "text", ["Daily deaths rose to 57, police said.", "Police said 57 people were dying daily in the camps."]
)
def test_a_daily_count_is_still_a_period(text: str) -> None:
    assert claim_with(text, "57").scope == "period"
