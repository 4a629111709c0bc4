"""A tally between two named sides ("Leave won 17,410,742 votes to Remain's 16,141,241") gives each side's
votes their own subject, so the two are never compared as rival counts, and the side named with a
possessive is neither a giver nor a place's population: the sentence's speaker gives both."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_each_named_side_has_its_own_tally_and_both_take_the_speaker() -> None:
    text = "Yes won 1,204,311 votes to No's 998,720, the electoral commission announced on Sunday."
    first, second = claim_with(text, "1,204,311"), claim_with(text, "998,720")
    assert first.subject == "votes Yes" and second.subject == "votes No"
    assert first.attribution == second.attribution == "the electoral commission announced"


def test_an_unnamed_tally_keeps_its_for_and_against_sides() -> None:
    text = "The bill passed by 310 votes to 254."
    assert claim_with(text, "310 votes").subject == "votes in favour"
    assert claim_with(text, "254").subject == "votes against"


def test_those_named_by_a_place_are_a_whole_of_their_own_not_a_part() -> None:
    text = (
        "All 112 people aboard the first train died, along with 47 of those on the second; 30 people "
        "survived."
    )
    other = claim_with(text, "47")
    assert other.subject == "people on the second" and "(part)" not in other.subject
    parts = "The quake injured 5,000 people, 120 of them seriously."
    assert claim_with(parts, "120").subject.endswith("(part)")


def test_a_groups_size_set_off_after_its_name_is_a_count_of_the_group() -> None:
    text = "Nine people died in the fire. The firefighters, about 120 of them, worked until dawn."
    size = claim_with(text, "about 120")
    assert size.metric == "count" and size.subject == "firefighters"


def test_things_a_memorial_includes_are_no_part_of_a_toll() -> None:
    text = (
        "Investigators said 64 were badly hurt.\n\nA memorial opened in 2004. It includes 57 oak trees, one "
        "for each of the dead."
    )
    trees = claim_with(text, "57 oak trees")
    assert trees.metric == "count" and trees.attribution == ""
