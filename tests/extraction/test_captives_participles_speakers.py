"""Captives and speakers in unseen copy: a reduced relative's agent ("schoolgirls kidnapped by the group
three years ago had been freed") leaves the main verb to say what befell them; captives "released" or
"found their way home" are rescued, those "taken by the gunmen" or left "in the group's hands" are
hostages; a sum seized is its seizer's, people seized are not; "said X, warning that ..." is an
inverted attribution; a figure in the relative clause that describes a speaker ("X, who governs a
nation of some 170 million people, declared") is the outlet's, unless that clause reports a count of
its own ("The doctors' committee, which has counted 101 dead, says")."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        (
            "The presidency confirmed that 21 of the students kidnapped by gunmen two years ago had been freed.",
            "21 of",
            "rescued",
        ),
        ("Twelve fishermen kidnapped by pirates were released on Friday.", "Twelve fishermen", "rescued"),
        ("The head teacher said only 9 of them had found their way home.", "9 of them", "rescued"),
        ("Parents say 180 of their daughters were taken by the gunmen.", "180 of", "hostages"),
        ("Ten escaped within days, leaving 97 in the group's hands.", "97", "hostages"),
        ("More than 900 inmates escaped from two prisons after the quake.", "More than 900", "count"),
        ("Forty patients were released from hospital on Monday.", "Forty patients", "count"),
    ],
)
def test_what_befell_captives(text: str, quote: str, metric: str) -> None:
    assert claim_with(text, quote).metric == metric


def test_a_sum_seized_is_the_seizers_and_people_seized_are_not() -> None:
    assert claim_with("Customs seized $3 million in cash.", "$3 million").attribution == "Customs seized"
    assert claim_with("The militants seized 110 girls from the school.", "110 girls").attribution == ""


def test_said_name_warning_that_is_an_inverted_attribution() -> None:
    text = "The toll rose to 30 on Thursday, said Health Minister Ana Ruiz, warning that it would climb."
    assert claim_with(text, "30").attribution == "said Health Minister Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "quote", "attributed"),
    [
        (
            "President Jane Roe, who governs a nation of some 170 million people, declared an emergency.",
            "some 170 million",
            False,
        ),
        (
            "The doctors' committee, which has counted 101 dead since June 3, says the true toll is higher.",
            "101 dead",
            True,
        ),
    ],
)
def test_a_figure_in_the_clause_describing_a_speaker(text: str, quote: str, attributed: bool) -> None:
    assert bool(claim_with(text, quote).attribution) is attributed


def test_two_figures_each_with_its_giver_after_it() -> None:
    text = (
        "Police now say 276 girls were taken. That is far above the 129 first given by state officials and "
        "the 234 listed by the Chibok Development Association."
    )
    first = claim_with(text, "129")
    second = claim_with(text, "234")
    assert first.attribution == "given by state officials" and first.subject != "first"
    assert second.attribution == "listed by the Chibok Development Association"


def test_still_held_in_a_kidnapping_story_are_hostages_but_protesters_are_detained() -> None:
    text = "Gunmen seized 300 pupils from the school in March.\n\nAfter Saturday's release, 113 are still held, officials said."
    assert claim_with(text, "113").metric == "hostages"
    text = "Gunmen seized 300 pupils in March.\n\nPolice said 40 protesters are still held at the station."
    assert claim_with(text, "40 protesters").metric == "detained"
