"""A toll told in the clause of the incident an act followed ("agreed on Friday to ban the rifles, 12 days
after a gunman killed 32 people") is the writer's reminder, not the actors' figure; and a kind of weapon
("rapid-fire guns") is no fire."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.extraction.helpers import claim_with, link_quotes
from tracker.extraction.events import EventLinker


def test_a_toll_recalled_in_an_after_clause_is_nobodys() -> None:
    text = (
        "Provincial health ministers agreed on Monday to tighten the licensing of security firms, nine days "
        "after a guard killed 14 people at a shopping centre in Durban."
    )
    got = claim_with(text, "14 people")
    assert got.source is None and got.attribution == ""
    announced = "The cabinet announced a relief fund on Thursday, a week after floods killed 61 people."
    assert claim_with(announced, "61 people").source is None
    # a speaker who gives the toll keeps it
    said = "The health ministry said 50 people had died, two days after the quake struck."
    assert claim_with(said, "50 people").attribution == "The health ministry said"


def test_a_kind_of_weapon_is_no_fire() -> None:
    linker = EventLinker()
    first_text = (
        "HOBSON, May 3 - A gunman killed 19 people at a harbour market in Hobson on Sunday, police said."
    )
    (first,) = link_quotes(
        linker,
        "Gunman kills 19 at Hobson market",
        first_text,
        datetime(2031, 5, 3, 9, tzinfo=UTC),
        ["19 people"],
    )
    later_text = (
        "HOBSON, May 12 - Ministers agreed on Friday to ban rapid-fire guns, 12 days after a gunman killed "
        "19 people at the Hobson market."
    )
    (later,) = link_quotes(
        linker,
        "Ministers agree ban on rapid-fire guns",
        later_text,
        datetime(2031, 5, 12, 9, tzinfo=UTC),
        ["19 people"],
    )
    assert later.key == first.key


def test_a_speaker_inside_a_relative_clause_after_the_figure_speaks_of_the_relatives_noun() -> None:
    text = "About 2,100 people were moved out of the valley below the dam, which engineers said could fail."
    got = claim_with(text, "2,100 people")
    assert got.source is None and got.attribution == ""
    whose = "Some 800 residents were evacuated from the island, whose volcano experts feared would erupt."
    assert claim_with(whose, "800 residents").attribution == ""
    # a speaker after the relative clause has closed is the sentence's own
    closed = (
        "At least 14 people were killed in the north, where the river burst its banks in two towns, "
        "regional authorities said."
    )
    assert claim_with(closed, "14 people").attribution == "regional authorities said"
