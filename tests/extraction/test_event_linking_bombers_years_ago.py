"""A suicide bomber names an attack; a report of those killed in an attack "a year ago" is about that
attack, whatever day it is told on."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.extraction.helpers import link_quotes
from tracker.extraction.events import EventLinker, EventRef


def _first_report(linker: EventLinker) -> EventRef:
    (first,) = link_quotes(
        linker,
        "Suicide bomber kills 19 at Leeds stadium",
        "LEEDS, England, Oct 5 - A suicide bomber blew himself up at a stadium gate in Leeds on Saturday "
        "night, killing 19 people, police said.",
        datetime(2031, 10, 5, 9, tzinfo=UTC),
        ["19 people"],
    )
    return first


def test_a_bomber_s_toll_and_a_later_report_of_the_bombing_are_one_attack() -> None:
    linker = EventLinker()
    first = _first_report(linker)
    (later,) = link_quotes(
        linker,
        "Stadium bombing injured rise to 140",
        "LEEDS, England - The number of people hurt in Saturday night's bombing at the stadium has risen "
        "to 140, the health service said on Tuesday.",
        datetime(2031, 10, 7, 18, tzinfo=UTC),
        ["140"],
    )
    assert first.event_class == "attack"
    assert later.key == first.key


def test_a_report_of_those_killed_a_year_ago_is_about_that_attack() -> None:
    linker = EventLinker()
    first = _first_report(linker)
    (memorial,) = link_quotes(
        linker,
        "Leeds remembers stadium victims",
        "LEEDS, England, Oct 4 - Crowds gathered in Leeds on Saturday in memory of the 19 people killed in "
        "the stadium bombing a year ago.",
        datetime(2032, 10, 4, 17, tzinfo=UTC),
        ["19 people"],
    )
    assert memorial.key == first.key
