"""Newsroom forms met in unseen copy: a participle describing a name between it and its verb ("Amnesty
International, based in London, says"), a "X-based" label before a name, a day opening a sentence
("Last Thursday the ministry said"), a body named earlier by the story and taken up again by its head
("the association", "the fund"), who gave a figure named at the start of the next paragraph ("The
figure came from ..."), and a body whose name ends in a registered one's ("the State Security
Council"). Also what a figure counts: death sentences and charges carrying the death penalty are no
deaths, people who lost limbs are injured, patients a hospital takes in are the injured, room for
bodies is no toll, and "now 20" after a name is an age."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with, claims_of


@pytest.mark.parametrize(
    ("text", "quote", "source"),
    [
        (
            "Amnesty International, based in London, says at least 30 protesters have been killed.",
            "at least 30",
            "Amnesty International",
        ),
        (
            "The Center for Civic Freedom, known as CCF, counts at least 212 people detained.",
            "at least 212",
            "Center for Civic Freedom",
        ),
        (
            "The U.S.-based Committee to Protect Journalists counts 14 reporters killed.",
            "14 reporters",
            "Committee to Protect Journalists",
        ),
    ],
)
def test_a_participle_or_a_based_label_beside_the_name_leaves_the_name_speaking(
    text: str, quote: str, source: str
) -> None:
    claim = claim_with(text, quote)
    assert claim.source is not None and claim.source.name == source


def test_a_day_opening_the_sentence_is_no_part_of_the_speaker() -> None:
    claim = claim_with("Last Thursday Amnesty International said 45 people had died.", "45 people")
    assert claim.source is not None and claim.source.name == "Amnesty International"


@pytest.mark.parametrize(
    ("text", "quote", "source"),
    [
        (
            "The race will have 30,000 runners after the Chicago Marathon Association widened entry. "
            "Citing the association, city officials said they expect about 800,000 spectators.",
            "about 800,000",
            "Chicago Marathon Association",
        ),
        (
            "Donations to the Harbour Relief Fund, set up by the mayor, have passed $4 million, the fund said.",
            "$4 million",
            "Harbour Relief Fund",
        ),
    ],
)
def test_a_bare_head_takes_up_the_one_body_the_story_named_with_it(
    text: str, quote: str, source: str
) -> None:
    claim = claim_with(text, quote)
    assert claim.source is not None and claim.source.name == source


def test_a_bare_head_with_two_such_bodies_in_the_story_names_neither() -> None:
    text = (
        "The Harbour Relief Fund and the Lakeside Recovery Fund opened appeals.\n\n"
        "Donations have passed $4 million, the fund said."
    )
    claim = claim_with(text, "$4 million")
    assert claim.source is None or claim.source.name not in ("Harbour Relief Fund", "Lakeside Recovery Fund")


def test_the_next_paragraph_naming_who_gave_the_figure_attributes_it() -> None:
    text = (
        "For the first time an official toll has been published: 310 people have died.\n\n"
        "The figure came on Saturday from the Supreme Defence Council, which gave no breakdown."
    )
    claim = claim_with(text, "310 people")
    assert claim.source is not None and claim.source.name == "Supreme Defence Council"


def test_a_name_ending_in_a_registered_name_is_a_body_of_its_own() -> None:
    text = "The State Security Council said 200 people had died. The UN Security Council said 12 died."
    state = claim_with(text, "200 people")
    un = claim_with(text, "12")
    assert state.source is not None and state.source.name == "State Security Council"
    assert un.source is not None and un.source.name == "UN Security Council"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Amnesty says at least 21 people face charges that carry the death penalty.", "at least 21"),
        ("Courts have already handed down six death sentences over the unrest.", "six death sentences"),
        ("He faces 30 federal charges, 15 of which could bring the death penalty.", "15 of which"),
    ],
)
def test_a_death_sentence_is_no_death(text: str, quote: str) -> None:
    assert claim_with(text, quote).metric == "count"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The same sum goes to each of the three people who lost both legs.", "three people"),
        ("The 11 victims who lost one leg will get $1 million apiece.", "11 victims"),
        ("The city hospital said it had taken in 41 patients after the blast.", "41 patients"),
    ],
)
def test_the_maimed_and_the_patients_taken_in_are_injured(text: str, quote: str) -> None:
    assert claim_with(text, quote).metric == "injured"


def test_the_hospitals_that_treated_them_are_a_source() -> None:
    text = "At least 9 of the wounded lost a leg, according to the hospitals that treated them."
    assert claim_with(text, "At least 9").attribution == "according to the hospitals"


def test_room_for_bodies_is_no_toll() -> None:
    text = "Workers began burying victims in a mass grave dug to hold 900 bodies, to prevent disease."
    assert claim_with(text, "900 bodies").metric == "count"


@pytest.mark.parametrize(
    "text",
    [
        "Ramon Ortiz, now 20, is in federal custody awaiting trial.",
        "Their son, then 12, was pulled from the rubble.",
        "Neither agency has published a full reconciliation of the two lists.",
    ],
)
def test_ages_and_references_are_no_figures(text: str) -> None:
    assert claims_of(text) == []
