"""A verdict, a ruling or an inquiry years after an incident is about that incident: the day of the
court's act is not the incident's, and an incident named by its year ("the siege of 2031", "over the
2031 gas leak") is that year's."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tests.extraction.helpers import link_quotes as _link
from tracker.extraction.events import EventLinker, _year_named


def _bombing(linker: EventLinker) -> str:
    text = (
        "PORT ALDER, March 22 - Two suicide bombers killed 32 people at Port Alder airport on Saturday, "
        "police said."
    )
    (first,) = _link(
        linker,
        "Bombers kill 32 at Port Alder airport",
        text,
        datetime(2031, 3, 22, 18, tzinfo=UTC),
        ["32 people"],
    )
    return first.key


def test_a_verdict_years_later_joins_the_bombing_it_names_by_its_date() -> None:
    linker = EventLinker()
    first = _bombing(linker)
    text = (
        "A jury in Port Alder on Tuesday found six men guilty of terrorist murder over the suicide bombings at "
        "the city's airport on March 22, 2031.\n\nThe bombings killed 32 people and wounded 340, according to "
        "the indictment."
    )
    (later,) = _link(
        linker,
        "Six convicted over Port Alder airport bombings",
        text,
        datetime(2038, 7, 20, 15, tzinfo=UTC),
        ["32 people"],
    )
    assert later.key == first


def test_a_ruling_on_a_siege_named_by_its_year_joins_the_siege() -> None:
    linker = EventLinker()
    text = (
        "KELDA, Sept 1 - Gunmen seized a school in Kelda on Monday and held hundreds of children hostage; "
        "at least 40 people were killed when troops stormed the building, officials said."
    )
    (first,) = _link(
        linker,
        "Gunmen seize Kelda school, dozens killed",
        text,
        datetime(2031, 9, 1, 20, tzinfo=UTC),
        ["40 people"],
    )
    text = (
        "STRASBOURG - The European Court of Human Rights ruled on Friday that the government had violated the "
        "right to life of the victims of the Kelda school siege of 2031, in which at least 40 people were "
        "killed."
    )
    (later,) = _link(
        linker,
        "Court faults government over Kelda school siege",
        text,
        datetime(2040, 4, 13, 11, tzinfo=UTC),
        ["40 people"],
    )
    assert later.key == first.key


def test_an_incident_named_by_a_past_year() -> None:
    published = date(2040, 4, 13)
    assert _year_named("Executives convicted over 2031 Kelda gas leak", "", published) == date(2031, 7, 1)
    assert _year_named("", "the victims of the Kelda school siege of 2031, both", published) == date(
        2031, 7, 1
    )
    # a year that names no incident, or the report's own year, dates nothing
    assert _year_named("Kelda budget for 2031 approved", "", published) is None
    assert _year_named("Kelda floods of 2040", "", published) is None


def test_a_siege_told_day_by_day_is_one_attack() -> None:
    linker = EventLinker()
    text = (
        "NAIROBI, Sept 20 - Gunmen stormed the Parkview mall in Nairobi on Saturday, killing at least 39 "
        "people, police said."
    )
    (first,) = _link(
        linker, "Gunmen storm Nairobi mall, 39 killed", text, datetime(2031, 9, 20, 20, tzinfo=UTC), ["39"]
    )
    text = (
        "NAIROBI, Sept 23 - The siege of the Parkview mall ended on Tuesday, four days after it began, and "
        "the government put the toll at 67 people."
    )
    (later,) = _link(
        linker,
        "Parkview mall siege ends, toll at 67",
        text,
        datetime(2031, 9, 23, 18, tzinfo=UTC),
        ["67 people"],
    )
    assert later.key == first.key
