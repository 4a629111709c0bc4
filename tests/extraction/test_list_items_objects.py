"""A count coordinated after a list of parts ("208 people had been killed, including 13 women and 12
children, and at least 7,000 had been detained") borrows no class from the parts; containers, petrol
stations and stores are things counted."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


def test_an_elided_count_after_a_list_of_parts_is_of_people() -> None:
    text = (
        "The office said at least 208 people had been killed, including 13 women and 12 children, and at "
        "least 7,000 had been detained."
    )
    assert claim_with(text, "12 children").subject_class == "children"
    assert claim_with(text, "7,000").subject_class == "people"


def test_an_elided_count_after_its_own_class_keeps_it() -> None:
    claim = claim_with("At least 19 children were killed and 78 injured.", "78")
    assert claim.subject_class == "children"


@pytest.mark.parametrize("things", ["shipping containers", "petrol stations", "stores"])
def test_containers_stations_and_stores_are_objects(things: str) -> None:
    text = f"Rioters damaged 70 {things} across the country."
    assert claim_with(text, f"70 {things}").subject_class == "objects"
