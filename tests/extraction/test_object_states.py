"""Damage counts keep their measure: destroyed, damaged or destroyed, partly destroyed."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with
from tracker.extraction import extract_claims
from tracker.extraction.object_states import object_state, object_state_before


@pytest.mark.parametrize(
    ("after", "state"),
    [
        (" were destroyed in the fire", "destroyed"),
        (" had been damaged or destroyed", "damaged or destroyed"),
        (" there were completely destroyed", "destroyed"),
        (" were partly destroyed", "partly destroyed"),
        (", which were swept away", "swept away"),
        (" remained standing", ""),
        (" in the valley", ""),
    ],
)
def test_the_state_after_the_things_counted(after: str, state: str) -> None:
    assert object_state(after) == state


def test_the_state_a_verb_before_the_figure_gives() -> None:
    assert object_state_before("The storm flattened more than ") == "flattened"
    assert object_state_before("Rescuers reached ") == ""
    # a search's coverage is a measure of its own, never a state of damage
    assert object_state_before("Rescuers searched ") == "searched"


def test_two_measures_of_damage_are_two_subjects_and_the_same_measure_is_one() -> None:
    text = (
        "The ministry said 2,100 houses had been damaged or destroyed. "
        "A UN team said 1,900 houses were completely destroyed. "
        "The governor said the quake destroyed 1,950 houses."
    )
    subjects = [c.subject for c in extract_claims(text)]
    assert subjects == ["houses damaged or destroyed", "houses destroyed", "houses destroyed"]


def test_people_keep_their_subject() -> None:
    assert [c.subject for c in extract_claims("Floods killed 40 people, who were swept away.")] == ["people"]


def test_a_difference_is_not_a_count() -> None:
    claims = extract_claims("The toll rose to 120, 30 more than on Monday.")
    assert [(c.value, c.subject) for c in claims] == [(120, ""), (30, "difference")]
    claims = extract_claims("Riders took 275,000 trips, about 82,000 more than a year earlier.")
    assert [c.subject for c in claims] == ["trips", "trips (difference)"]


def test_a_part_of_the_figure_before_is_marked_as_a_part() -> None:
    claims = extract_claims("Floods hit 80 districts, 30 of which were declared disaster zones.")
    assert [c.subject for c in claims] == ["districts", "districts declared (part)"]
    claims = extract_claims("The blast wounded 700 people, 45 of them seriously.")
    assert [c.subject for c in claims] == ["people", "people (part)"]
    claims = extract_claims("The strike killed 40 people, 12 of them children.")  # the class tells them apart
    assert [(c.subject, c.subject_class) for c in claims] == [("people", "people"), ("people", "children")]


def test_places_declared_disaster_areas_are_another_measure_than_the_places_hit() -> None:
    claims = extract_claims(
        "The agency said 2 million people had been affected in 40 provinces. "
        "Eighteen provinces have now been declared disaster areas, the agency said."
    )
    subjects = [c.subject for c in claims if c.metric == "count"]
    assert subjects == ["provinces", "provinces declared"]


def test_a_figure_the_text_says_is_included_in_the_one_before_is_its_part() -> None:
    claims = extract_claims("The agency's toll stood at 1,200, including nearly 700 in Sylhet province.")
    assert claims[1].value == 700 and claims[1].subject.endswith("(part)")
    # children and women are told apart by their class, not marked
    claims = extract_claims("The strike killed 93 people, including 11 children.")
    assert not claims[1].subject.endswith("(part)")


def test_a_part_does_not_lend_its_mark_to_a_later_figure_of_the_paragraph() -> None:
    claims = extract_claims(
        "The ministry put the toll at 4,005, including 40 people killed overnight. "
        "Officials say thousands more bodies remain under the rubble."
    )
    assert claims[1].subject.endswith("(part)")
    assert not claims[2].subject.endswith("(part)")


def test_a_perfect_tense_state_and_a_borrowed_noun_with_its_own_state() -> None:
    text = (
        "The mayor said that at least 44 buildings had collapsed in the capital alone, and that hundreds "
        "more had been badly damaged."
    )
    assert claim_with(text, "44 buildings").subject == "buildings collapsed"
    assert claim_with(text, "hundreds").subject == "buildings badly damaged"
