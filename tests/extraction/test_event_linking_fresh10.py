"""Linking forms first met in the tenth fresh corpus, told here with other events: an incident dated
by a bare month in a later report, and a ship that "went down"."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.extraction.helpers import link_quotes as _link
from tracker.extraction.events import EventLinker

# -- an incident dated by a bare month, months later ---------------------------------------------

TRAWLER_TITLE = "Trawler capsizes off Varnholm, dozens missing"
TRAWLER_TEXT = (
    "VARNHOLM, March 4 - A fishing trawler capsized in heavy seas off the island of Varnholm on Tuesday, "
    "and 31 crew members were killed, the coast guard said."
)
TRAWLER_DAY = datetime(2022, 3, 4, 9, 0, tzinfo=UTC)


def test_a_trial_months_later_dates_the_sinking_by_its_bare_month() -> None:
    linker = EventLinker()
    (first,) = _link(linker, TRAWLER_TITLE, TRAWLER_TEXT, TRAWLER_DAY, ["31 crew members"])
    text = (
        "OSTRAVEN, Sept. 20 - A court on Tuesday jailed the owner of the trawler for eight years over a "
        "sinking that killed 33 people in March, after two more bodies were found.\n\n"
        "The judge said the owner had ignored the forecasts."
    )
    (later,) = _link(linker, "Trawler owner jailed", text, datetime(2022, 9, 20, tzinfo=UTC), ["33 people"])
    assert later.key == first.key


def test_a_ship_that_went_down_last_month_is_the_sinking_told_then() -> None:
    linker = EventLinker()
    (first,) = _link(linker, TRAWLER_TITLE, TRAWLER_TEXT, TRAWLER_DAY, ["31 crew members"])
    text = (
        "OSTRAVEN, April 12 - Prosecutors on Tuesday charged the owner and two officers of the Varnholm "
        "trawler with manslaughter, saying they sent the crew out as the ship went down last month.\n\n"
        "The coast guard says 33 crew members died."
    )
    (later,) = _link(
        linker, "Trawler owner charged", text, datetime(2022, 4, 12, tzinfo=UTC), ["33 crew members"]
    )
    assert later.key == first.key
    assert later.event_class == "maritime"


def test_a_bare_month_of_a_figure_without_an_incident_word_dates_nothing() -> None:
    linker = EventLinker()
    (first,) = _link(linker, TRAWLER_TITLE, TRAWLER_TEXT, TRAWLER_DAY, ["31 crew members"])
    # A count taken in a month is no incident of that month: the clause names none.
    text = (
        "OSTRAVEN, Sept. 20 - Prices at the fish market went down in March, traders said on Tuesday, and "
        "40 boats stayed in port."
    )
    (later,) = _link(
        linker, "Fish prices fall", text, datetime(2022, 9, 20, tzinfo=UTC), ["40 boats"], "count"
    )
    assert later.key != first.key
