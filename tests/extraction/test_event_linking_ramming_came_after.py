"""A vehicle driven into a crowd is an attack, whichever word names it later; "came eight months after"
dates the earlier incident a figure belongs to; "last year's attack" is that attack on its anniversary."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.extraction.helpers import link_quotes
from tracker.extraction.events import EventLinker, EventRef, event_hint


def test_a_vehicle_driven_into_a_crowd_names_an_attack() -> None:
    assert (
        "attack"
        in event_hint("A man drove a van through a crowd of shoppers in Lyon, killing 9.").incident_terms
    )
    assert "attack" in event_hint("A car ploughed into marchers in Graz, injuring 14 people.").incident_terms


def test_aid_trucks_crossing_into_a_territory_stay_aid() -> None:
    terms = event_hint("Some 120 aid trucks crossed into the enclave on Monday, the UN said.").incident_terms
    assert "attack" not in terms


def _ramming(linker: EventLinker) -> EventRef:
    (first,) = link_quotes(
        linker,
        "Van driven into market crowd in Lyon kills 9",
        "LYON, France, March 3 - A man drove a van through a crowd at a street market in Lyon on Saturday, "
        "killing 9 people before police arrested him, the prefecture said.",
        datetime(2031, 3, 3, 6, tzinfo=UTC),
        ["9 people"],
    )
    return first


def test_a_later_report_of_the_attack_joins_the_ramming() -> None:
    linker = EventLinker()
    first = _ramming(linker)
    (later,) = link_quotes(
        linker,
        "Three charged over Lyon market attack",
        "Judges have charged three people over the Lyon market attack, the prosecutor said on Friday.",
        datetime(2031, 3, 8, 15, tzinfo=UTC),
        ["three people"],
    )
    assert first.event_class == "attack"
    assert later.key == first.key


def test_last_years_attack_is_that_attack_on_its_anniversary() -> None:
    linker = EventLinker()
    first = _ramming(linker)
    (memorial,) = link_quotes(
        linker,
        "Lyon remembers market victims",
        "LYON - Hundreds gathered at the market on its anniversary to read out the names of the 9 people "
        "killed in last year's van attack.",
        datetime(2032, 3, 1, 18, tzinfo=UTC),
        ["9 people"],
    )
    assert memorial.key == first.key


def test_came_months_after_dates_the_earlier_incident() -> None:
    linker = EventLinker()
    first = _ramming(linker)
    earlier, second_earlier = link_quotes(
        linker,
        "Van driven into market crowd in Lyon kills 9",
        "LYON, France, March 3 - A man drove a van through a crowd at a street market in Lyon on Saturday, "
        "the prefecture said.\n\nThe attack came seven months after gunmen struck a concert hall in "
        "Marseille, killing 23 people, and two years after a bombing at a Lyon station, in which 6 people "
        "died.",
        datetime(2031, 3, 3, 8, tzinfo=UTC),
        ["23 people", "6 people"],
    )
    assert earlier.key != first.key
    assert earlier.day is not None and earlier.day.year == 2030 and earlier.day.month == 8
    assert second_earlier.key not in {first.key, earlier.key}
    assert second_earlier.day is not None and second_earlier.day.year == 2029
