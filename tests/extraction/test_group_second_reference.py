"""A second reference to a campaigning group ("the rights group", "the groups") points back at the group
the story named: a word of what kind of group it is ("rights", "aid") names no other group, and a
plural subject ("Human rights groups have ...") is a group the story can refer back to."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_the_aid_group_is_the_named_organisation() -> None:
    text = (
        "Oxfam International said on Tuesday that the blockade amounted to collective punishment. "
        "The aid group said 14 warehouses had been looted."
    )
    c = claim_with(text, "14 warehouses")
    assert "oxfam" in c.attribution.lower()


def test_the_rights_group_is_the_named_organisation() -> None:
    text = (
        "Human Rights Watch called the raid unlawful in a report on Monday. "
        "The rights group said 31 homes had been demolished."
    )
    c = claim_with(text, "31 homes")
    assert "human rights watch" in c.attribution.lower()


def test_the_groups_are_the_groups_the_story_named() -> None:
    text = (
        "Environmental groups have stepped up their campaign against the dam. "
        "The spill killed 3,000 fish, the groups said."
    )
    c = claim_with(text, "3,000 fish")
    assert "environmental groups" in c.attribution.lower()


def test_another_kind_of_body_is_no_group() -> None:
    text = (
        "Oxfam International said on Tuesday that the blockade amounted to collective punishment. "
        "The interior ministry said 14 warehouses had been looted."
    )
    assert "oxfam" not in claim_with(text, "14 warehouses").attribution.lower()
