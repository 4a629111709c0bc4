"""The days an article reaches back to (for the store to offer their events); an incident named by its
month ("last November's protests"); blasts in the plural; each party's share of a vote kept apart."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tests.extraction.helpers import claim_with, link_quotes
from tracker.extraction.events import EventLinker, candidate_windows, event_hint


def _covers(windows: list[tuple[date, date]], day: date) -> bool:
    return any(start <= day <= end for start, end in windows)


def test_an_ordinary_report_is_offered_the_days_around_it() -> None:
    windows = candidate_windows(
        "Quake kills 40", "An earthquake killed 40 people on Monday.", datetime(2031, 5, 5, tzinfo=UTC)
    )
    assert _covers(windows, date(2031, 4, 1)) and not _covers(windows, date(2030, 5, 5))


def test_an_anniversary_and_the_years_an_article_names_are_offered() -> None:
    text = (
        "LYON - Hundreds gathered to read out the names of the 9 people killed in last year's van attack. "
        "It was the city's deadliest attack since the 1994 station bombing."
    )
    windows = candidate_windows("Lyon remembers", text, datetime(2032, 3, 1, tzinfo=UTC))
    assert _covers(windows, date(2031, 3, 1))
    assert _covers(windows, date(1994, 6, 1))
    assert not _covers(windows, date(2010, 6, 1))


def test_came_months_after_offers_the_earlier_incident() -> None:
    text = (
        "A van was driven into a crowd in Lyon on Saturday, killing 9.\n\n"
        "The attack came eight months after gunmen struck a concert hall in Marseille, killing 23."
    )
    windows = candidate_windows("Lyon attack", text, datetime(2031, 3, 3, tzinfo=UTC))
    assert _covers(windows, date(2030, 7, 3))


def test_windows_never_raise_on_odd_input() -> None:
    assert candidate_windows("", "", None) == []
    assert candidate_windows("\x00" * 10, "1999 " * 5000, datetime(2031, 1, 1, tzinfo=UTC))


def test_an_incident_named_by_its_month_dates_a_later_report() -> None:
    linker = EventLinker()
    (first,) = link_quotes(
        linker,
        "Protests over fuel prices turn deadly",
        "TEHRAN, Nov 17 - Security forces killed at least 12 protesters on Sunday as demonstrations over "
        "fuel prices spread, rights groups said.",
        datetime(2031, 11, 17, 9, tzinfo=UTC),
        ["at least 12 protesters"],
    )
    (later,) = link_quotes(
        linker,
        "Official toll given for November protests",
        "DUBAI - The government has given an official death toll for last November's fuel protests for the "
        "first time, with a lawmaker saying 230 people were killed.",
        datetime(2032, 6, 2, 9, tzinfo=UTC),
        ["230 people"],
    )
    assert later.key == first.key


def test_blasts_in_the_plural_name_explosions() -> None:
    assert (
        "explosion" in event_hint("Two blasts ripped through the port warehouse, killing 44.").incident_terms
    )


def test_each_partys_share_of_a_vote_is_kept_apart() -> None:
    text = (
        "The Green Party, which won 14.2 percent of the vote in May, called for calm. The ruling Unity "
        "Party, which took 38.5 percent of the vote, said it would govern alone."
    )
    assert "Green Party" in claim_with(text, "14.2 percent").subject
    assert "Unity Party" in claim_with(text, "38.5 percent").subject
