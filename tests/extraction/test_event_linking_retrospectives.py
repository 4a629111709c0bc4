"""A retrospective report ("Ten years after the ... fire", "One year on, ...") is about the incident its
headline counts back to, not one of the anniversary's own days; a prison term in a headline counts
nothing back."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.extraction.helpers import link_quotes as _link
from tracker.extraction.events import EventLinker, _years_back


def _first_report(linker: EventLinker) -> str:
    text = (
        "PORTMORE, May 14 - A fire tore through the Harbour Street warehouse in Portmore early on Tuesday, "
        "killing 48 workers trapped behind locked exits, the fire brigade said."
    )
    (first,) = _link(
        linker,
        "Warehouse fire kills 48 in Portmore",
        text,
        datetime(2030, 5, 14, 9, tzinfo=UTC),
        ["48 workers"],
    )
    return first.key


def test_a_retrospective_whose_lead_marks_the_anniversary_day_joins_the_incident() -> None:
    linker = EventLinker()
    first = _first_report(linker)
    text = (
        "Relatives of the workers who died in the Harbour Street warehouse fire gathered in Portmore on "
        "Friday to mark ten years since the disaster.\n\nThe blaze killed 48 workers, and no one has been "
        "convicted."
    )
    (later,) = _link(
        linker,
        "Ten years after the Harbour Street fire, Portmore families still wait",
        text,
        datetime(2040, 5, 17, 9, tzinfo=UTC),
        ["48 workers"],
    )
    assert later.key == first


def test_a_headline_counting_back_without_naming_the_incident_still_counts_back() -> None:
    linker = EventLinker()
    first = _first_report(linker)
    text = (
        "Hundreds of people gathered outside the Harbour Street warehouse in Portmore on Saturday to remember "
        "the 48 workers who died in the fire."
    )
    (later,) = _link(
        linker,
        "Two decades on, Portmore remembers its warehouse workers",
        text,
        datetime(2050, 5, 14, 12, tzinfo=UTC),
        ["48 workers"],
    )
    assert later.key == first


def test_counts_back_in_years_and_decades_but_not_a_prison_term() -> None:
    published = date(2040, 5, 17)
    assert _years_back("Thirty years after the Harbour Street fire, families wait", "", published) == date(
        2010, 5, 17
    )
    assert _years_back("One year on, Portmore remembers", "", published) == date(2039, 5, 17)
    assert _years_back("Portmore remembers the warehouse fire a decade on", "", published) == date(
        2030, 5, 17
    )
    assert _years_back("Owner jailed for 20 years after warehouse fire", "", published) is None


def _college_attack(linker: EventLinker) -> str:
    text = (
        "NAIROBI, June 9 - Gunmen killed 61 people in an assault on Marsabit University College on Monday, "
        "the interior minister said in Nairobi."
    )
    (first,) = _link(
        linker,
        "Gunmen kill 61 at Kenyan college, minister says",
        text,
        datetime(2031, 6, 9, 18, tzinfo=UTC),
        ["61 people"],
    )
    return first.key


def test_gunmen_who_storm_a_college_are_an_attack_not_the_weather() -> None:
    linker = EventLinker()
    first = _college_attack(linker)
    text = (
        "MARSABIT, Kenya, June 10 - Four gunmen who stormed the college killed 61 people before soldiers "
        "shot them, officials said on Tuesday."
    )
    (later,) = _link(
        linker,
        "61 killed as gunmen storm Marsabit college",
        text,
        datetime(2031, 6, 10, 9, tzinfo=UTC),
        ["61 people"],
    )
    assert later.key == first


def test_a_town_meets_the_facility_named_after_it() -> None:
    linker = EventLinker()
    first = _college_attack(linker)
    text = (
        "Hundreds of students and relatives gathered in Marsabit on Saturday to remember the 61 people "
        "killed by gunmen at the college."
    )
    (later,) = _link(
        linker,
        "One year on, Marsabit remembers its students",
        text,
        datetime(2032, 6, 9, 12, tzinfo=UTC),
        ["61 people"],
    )
    assert later.key == first


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(
        [
            "Ten years after",
            "99 decades on",
            "99 weeks after the fire,",
            "Two days after",
            "Fifty years later,",
            "A year on,",
            "jailed for 20 years after",
        ]
    ),
    st.text(max_size=60),
    st.sampled_from(["the 1984 gas leak", "the siege of 2004", "the fire", "", "Garissa University College"]),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
)
@example("99 weeks after the fire,", "", "", date(1, 3, 1))  # counted back to before the calendar
@example("99 decades on", "", "the siege of 2004", date(5, 1, 1))
def test_a_headline_counting_back_never_breaks_the_linker(
    frame: str, words: str, named: str, day: date
) -> None:
    title = f"{frame} {named} {words}"
    text = f"{title}. Relatives gathered on Friday to remember the 48 workers killed in {named}."
    published = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    (event,) = _link(EventLinker(), title, text, published, ["48 workers"])
    assert event.key and event.title
