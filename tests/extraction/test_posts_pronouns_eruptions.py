"""A person named with a post in a body speaks for the body ("X, the justice ministry's director general
of corrections", "according to X, director general of corrections at the justice ministry"); "Its
spokesman, NAME, said" speaks for the body "its" points at; "the number of seriously injured" counts
people, not "seriously"; and protests that "erupted" are no volcanic eruption."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with
from tracker.extraction.events import _terms

STORY = "Kenya's disaster agency counted 120 dead as of Tuesday.\n\n{second}"


@pytest.mark.parametrize(
    "second",
    [
        "More than 400 inmates escaped from two prisons, said Jane Wambui, the interior ministry's director "
        "general of prisons.",
        "More than 400 inmates escaped from two prisons, according to Jane Wambui, director general of "
        "prisons at the interior ministry.",
    ],
)
def test_a_person_with_a_post_in_a_body_speaks_for_the_body(second: str) -> None:
    claim = claim_with(STORY.format(second=second), "More than 400")
    assert claim.source is not None and "Interior Ministry" in claim.source.name


def test_its_spokesman_named_speaks_for_the_body_before() -> None:
    text = STORY.format(
        second="Its spokesman, Peter Odhiambo, said 71 people were still missing and put the number of "
        "seriously injured at 54."
    )
    missing = claim_with(text, "71 people")
    injured = claim_with(text, "54")
    assert missing.attribution.endswith("[Kenya's disaster agency]")
    assert injured.metric == "injured" and injured.subject == ""


def test_protests_that_erupted_are_no_eruption() -> None:
    assert "eruption" not in _terms("the protests that erupted after her death in custody")
    assert "eruption" in _terms("the eruption of the volcano buried three villages")


def test_the_group_is_the_name_described_as_a_group_not_groups_quoted_earlier() -> None:
    text = (
        "The crackdown, rights groups say, has already cost dozens of lives.\n\n"
        "Civic Watch Iran, a group based in Paris, said at least 52 protesters had been killed. The group "
        "said it had recorded protests in at least 70 cities."
    )
    claim = claim_with(text, "at least 70")
    assert claim.source is not None and claim.source.name == "Civic Watch Iran"


def test_people_injured_or_bereaved_are_no_toll() -> None:
    text = "The fund is sending $40 million to 190 people who were injured or lost relatives in the attack."
    assert claim_with(text, "190 people").metric == "count"


def test_an_outlets_name_is_no_incident_and_armed_men_storming_a_town_is_an_attack() -> None:
    assert "flood" not in _terms("DHAKA, July 21 (Monsoon Wire) - Students marched again")
    assert "storm" in _terms("Hurricane Katrina hit New Orleans")
    assert _terms("Boko Haram fighters stormed Baga on Saturday") == ["attack"]
    assert "attack" not in _terms("Protesters stormed a prison in the district")
