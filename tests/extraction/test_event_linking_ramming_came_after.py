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


def test_a_fire_or_blast_in_a_mine_is_a_mine_disaster_and_a_land_mine_is_not() -> None:
    assert (
        "mine disaster"
        in event_hint("A blast and fire at a coal mine in Shanxi killed 21 miners.").incident_terms
    )
    assert (
        "mine disaster" in event_hint("Anger grew over the country's worst mining disaster.").incident_terms
    )
    terms = event_hint("A land mine explosion killed three soldiers near the border.").incident_terms
    assert "mine disaster" not in terms and "explosion" in terms


def _mine_fire(linker: EventLinker) -> EventRef:
    (first,) = link_quotes(
        linker,
        "Coal mine fire toll rises to 46",
        "DATONG, China, May 6 (Wire) - The number of miners killed by a fire at a coal mine in Shanxi rose to "
        "46 on Tuesday, the provincial safety bureau said.",
        datetime(2031, 5, 6, 9, tzinfo=UTC),
        ["46"],
    )
    return first


def test_a_later_report_of_the_mining_disaster_joins_the_mine_fire() -> None:
    linker = EventLinker()
    first = _mine_fire(linker)
    (later,) = link_quotes(
        linker,
        "Managers held over Shanxi mining disaster",
        "Police detained 12 managers on Friday as anger grew over the Shanxi mining disaster.",
        datetime(2031, 5, 9, 15, tzinfo=UTC),
        ["12 managers"],
        metric="detained",
    )
    assert first.event_class == "accident"
    assert later.key == first.key


_VERDICT_TITLE = "Mine bosses jailed three years after Shanxi mining disaster"
_VERDICT = (
    "A court in Taiyuan on Thursday jailed 9 of the managers tried over the 2031 Shanxi mining disaster.\n\n"
    "The fire broke out at the pit during a shift change. The toll rose to 46 before the search ended."
)


def test_a_verdict_years_later_tells_the_toll_of_the_disaster_it_counts_back_to() -> None:
    linker = EventLinker()
    first = _mine_fire(linker)
    (toll,) = link_quotes(linker, _VERDICT_TITLE, _VERDICT, datetime(2034, 9, 14, 10, tzinfo=UTC), ["46"])
    assert toll.key == first.key


def test_a_verdict_years_later_does_not_join_another_years_disaster() -> None:
    linker = EventLinker()
    first = _mine_fire(linker)
    (other,) = link_quotes(
        linker,
        "Coal mine fire kills 30",
        "DATONG, China, May 2 (Wire) - A fire at a coal mine in Shanxi killed 30 miners on Monday, the "
        "provincial safety bureau said.",
        datetime(2034, 5, 2, 9, tzinfo=UTC),
        ["30 miners"],
    )
    (toll,) = link_quotes(linker, _VERDICT_TITLE, _VERDICT, datetime(2034, 9, 14, 10, tzinfo=UTC), ["46"])
    assert toll.key == first.key != other.key


def test_came_a_week_after_a_dated_strike_keeps_its_date() -> None:
    linker = EventLinker()
    first = _ramming(linker)
    (earlier,) = link_quotes(
        linker,
        "Van driven into market crowd in Lyon kills 9",
        "LYON, France, March 3 - A man drove a van through a crowd at a street market in Lyon on Saturday, "
        "the prefecture said.\n\nThe attack came a week after the February 19 bombing of a Lyon bus, which "
        "killed 4 people.",
        datetime(2031, 3, 3, 8, tzinfo=UTC),
        ["4 people"],
    )
    assert earlier.key != first.key
    assert earlier.day == datetime(2031, 2, 19).date()
