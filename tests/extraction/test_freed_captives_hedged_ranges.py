"""Captives let go are rescued, whatever verb lets them go, and so are captives who escaped (not people
escaping a fire or a jail); people taken away "as captives" are hostages even after a coordinated toll;
"without a home" is homeless; a range whose high end has its own hedge is still one range, but a hedged
old and new figure after a change are two."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with, claims_of


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The raid to free four hostages in central Gaza drew condemnation.", "four hostages"),
        (
            "Two weeks after commandos pulled four hostages out of the flats, the market is still shut.",
            "four hostages",
        ),
        ("The group released 24 hostages on Friday, mediators said.", "24 hostages"),
    ],
)
def test_captives_let_go_are_rescued(text: str, quote: str) -> None:
    assert claim_with(text, quote).metric == "rescued"


def test_captives_still_held_stay_hostages() -> None:
    text = "Officials say about 120 hostages are still held in Gaza."
    assert claim_with(text, "120 hostages").metric == "hostages"


def test_people_taken_away_as_captives_are_hostages_after_a_toll() -> None:
    text = "The attack killed about 1,200 people, and some 250 were dragged back into Gaza as captives."
    assert claim_with(text, "1,200 people").metric == "killed"
    assert claim_with(text, "some 250").metric == "hostages"


def test_left_without_a_home_is_displaced() -> None:
    text = "The quake injured more than 1,600 people and left about 67,000 without a home, officials said."
    assert claim_with(text, "1,600 people").metric == "injured"
    assert claim_with(text, "67,000").metric == "displaced"


def test_a_range_with_a_hedged_high_end_is_one_range() -> None:
    text = "The crowd could have been anywhere from roughly 670,000 to just over 1 million, the researchers said."
    (claim,) = claims_of(text)
    assert (claim.qualifier, claim.value, claim.value_high) == ("range", 670_000, 1_000_000)


@pytest.mark.parametrize(
    "text",
    [
        "The toll rose from about 500 to 1,000 people.",
        "The party said its membership had more than doubled since polling day, from about 25,000 to more than 50,000.",
    ],
)
def test_a_hedged_old_and_new_figure_are_two_claims(text: str) -> None:
    values = [c.value for c in claims_of(text)]
    assert len(values) == 2 and values[0] < values[1]


def test_captives_who_escaped_are_rescued() -> None:
    text = "Police say 276 girls were abducted from the school, of whom 53 escaped, leaving 223 in captivity."
    assert claim_with(text, "53").metric == "rescued"
    assert (
        claim_with("The gang seized 276 pupils in 2014; 57 of them escaped within hours.", "57").metric
        == "rescued"
    )


def test_escapes_from_a_fire_or_a_jail_are_no_rescue() -> None:
    fire = "Of the 293 people in the tower when the fire began, 223 escaped, she said."
    assert claim_with(fire, "223").metric != "rescued"
    jail = "A day after the abduction of two guards, more than 1,200 inmates escaped from the jail."
    assert claim_with(jail, "1,200").metric != "rescued"


def test_people_taken_from_a_place_in_an_abduction_are_hostages() -> None:
    text = "Police say 276 girls were taken from the school that night, of whom 53 escaped, leaving 223 in captivity."
    assert claim_with(text, "276 girls").metric == "hostages"
    flood = "About 300 residents were taken from the flooded village by boat."
    assert claim_with(flood, "300 residents").metric != "hostages"


def test_a_raid_named_by_the_captives_it_freed_is_no_speaker_s_count() -> None:
    text = (
        "The health ministry said 274 Palestinians were killed in Saturday's Israeli raid on the camp that "
        "freed four hostages."
    )
    assert claim_with(text, "274").attribution != ""
    freed = claim_with(text, "four hostages")
    assert freed.metric == "rescued" and freed.source is None and freed.attribution == ""
    purpose = "The rights office said Israel's weekend raid to free four hostages may have breached the laws of war."
    assert claim_with(purpose, "four hostages").attribution == ""
    assert claim_with("The army said it had rescued four hostages.", "four").attribution != ""
