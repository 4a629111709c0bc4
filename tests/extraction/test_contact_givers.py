"""A gift's own relative clause names its giver ("the $120 million President Ana M. Ruiz had promised",
"the 2 million euros the Lindqvist foundation pledged"), and an appeal's launcher asks for its amount
("the $90 million appeal launched in March by X")."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_the_giver_in_a_gifts_relative_clause_gave_it() -> None:
    text = (
        "Parliament approved $400 million for rebuilding in June, well above the $120 million "
        "President Ana M. Ruiz had promised in the first week."
    )
    assert "parliament" in claim_with(text, "$400 million").attribution.lower()
    assert "ruiz" in claim_with(text, "$120 million").attribution.lower()


def test_a_relative_clause_before_the_main_verb() -> None:
    text = "The 2 million euros the Lindqvist foundation pledged has not arrived."
    assert "lindqvist" in claim_with(text, "2 million euros").attribution.lower()


def test_a_giver_with_an_object_of_its_own_is_no_relative_clause() -> None:
    text = "Officials counted 300 Japan pledged tents."  # no gap after the verb: no relative clause
    assert "japan" not in claim_with(text, "300").attribution.lower()


def test_an_appeals_launcher_asks_for_it() -> None:
    text = (
        "The $90 million emergency appeal launched in March by the International Federation of "
        "Red Cross and Red Crescent Societies was only half funded."
    )
    assert "red crescent" in claim_with(text, "$90 million").attribution.lower()


def test_an_offensive_launched_by_an_army_gives_no_figure() -> None:
    text = "The offensive launched by the army killed 40 people, the ministry said."
    assert "army" not in claim_with(text, "40 people").attribution.lower()
