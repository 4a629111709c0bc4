"""People listed after a colon are the people the figure before it counted ("detained four other people:
two owners ... and two engineers"); "those held are ..." names people in custody."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_a_list_after_a_colon_names_the_people_counted_before_it() -> None:
    text = (
        "Police had already detained four other people on Saturday: two owners of factories in the building "
        "and two engineers accused of helping add floors illegally."
    )
    assert claim_with(text, "two owners").metric == "detained"
    assert claim_with(text, "two engineers").metric == "detained"


def test_those_held_are_in_custody() -> None:
    text = "Those held are the two owners of the club and two members of the band."
    assert claim_with(text, "two owners").metric == "detained"


def test_a_colon_before_things_keeps_them_things() -> None:
    text = "Police detained four people on Saturday: they also seized two cars and 300 phones."
    assert claim_with(text, "300 phones").metric == "count"
