"""Linking forms first met in the eleventh fresh corpus, told here with other events: a tsunami
reported from many countries, and a report told months after its incident."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.extraction.helpers import link_quotes as _link
from tracker.extraction.events import EventLinker, event_hint

# -- a disaster with no single country ------------------------------------------------------------

WAVE_TITLE = "Tsunami kills thousands along the Philippine coast"
WAVE_TEXT = (
    "MANILA, March 5 - A tsunami struck the eastern coast of the Philippines on Sunday and killed at least "
    "4,200 people, the disaster agency said."
)
WAVE_DAY = datetime(2030, 3, 5, 9, 0, tzinfo=UTC)


def test_a_tsunami_told_from_another_country_is_the_same_tsunami() -> None:
    linker = EventLinker()
    (first,) = _link(linker, WAVE_TITLE, WAVE_TEXT, WAVE_DAY, ["4,200 people"])
    text = (
        "TAIPEI, March 7 - The tsunami that swept across the western Pacific on Sunday has now killed more "
        "than 6,000 people, officials in Taiwan said, as rescue teams reached the worst-hit islands."
    )
    (later,) = _link(
        linker, "Tsunami toll passes 6,000", text, datetime(2030, 3, 7, tzinfo=UTC), ["6,000 people"]
    )
    assert later.key == first.key


def test_earthquakes_in_two_countries_stay_two_disasters() -> None:
    # An earthquake has an epicentre: two countries' quakes of one month are two disasters.
    linker = EventLinker()
    text = "MANILA, March 5 - An earthquake struck Mindanao on Sunday and killed 40 people, officials said."
    (first,) = _link(linker, "Quake kills 40 in the Philippines", text, WAVE_DAY, ["40 people"])
    text = (
        "LIMA, March 7 - An earthquake struck southern Peru on Tuesday and killed 25 people, officials said."
    )
    (later,) = _link(linker, "Quake kills 25 in Peru", text, datetime(2030, 3, 7, tzinfo=UTC), ["25 people"])
    assert later.key != first.key


# -- a report told months after its incident -------------------------------------------------------


def test_a_report_months_after_the_tsunami_counts_back_to_it() -> None:
    linker = EventLinker()
    (first,) = _link(linker, WAVE_TITLE, WAVE_TEXT, WAVE_DAY, ["4,200 people"])
    text = (
        "MANILA, Sept. 6 - Six months after the tsunami, thousands of families on the eastern coast still "
        "live in tents.\n\nThe disaster agency now counts 7,900 people dead or missing."
    )
    (later,) = _link(
        linker, "Half a year on, the coast waits", text, datetime(2030, 9, 6, tzinfo=UTC), ["7,900 people"]
    )
    assert later.key == first.key


def test_months_after_a_word_that_is_no_incident_dates_nothing_back() -> None:
    linker = EventLinker()
    (first,) = _link(linker, WAVE_TITLE, WAVE_TEXT, WAVE_DAY, ["4,200 people"])
    # Six months after an election is no anniversary of the tsunami: a flood of its own day.
    text = (
        "MANILA, Sept. 6 - Six months after the election, floods struck the eastern coast on Friday.\n\n"
        "The disaster agency counts 30 people dead."
    )
    (later,) = _link(linker, "Floods hit the coast", text, datetime(2030, 9, 6, tzinfo=UTC), ["30 people"])
    assert later.key != first.key


# -- counts dated by the day or the month they were taken --------------------------------------

FLOOD_TITLE = "Floods kill 34 in the north of Chile"
FLOOD_TEXT = (
    "SANTIAGO, Oct. 4 - Floods swept through the north of Chile on Tuesday and killed 34 people, the "
    "interior ministry said."
)
FLOOD_DAY = datetime(2029, 10, 4, 9, 0, tzinfo=UTC)


def test_a_count_dated_by_its_month_may_have_been_taken_early_in_it() -> None:
    linker = EventLinker()
    (first,) = _link(linker, FLOOD_TITLE, FLOOD_TEXT, FLOOD_DAY, ["34 people"])
    # The audit counted in December, any day of it: as early as 59 days after the floods.
    text = (
        "SANTIAGO, May 30 - A university study published on Tuesday estimates that 4,600 people died.\n\n"
        "In December an audit of death records counted 1,025 more deaths than usual in the north of Chile."
    )
    (later,) = _link(
        linker,
        "Study puts flood deaths at 4,600",
        text,
        datetime(2030, 5, 30, tzinfo=UTC),
        ["1,025 more deaths"],
    )
    assert later.key == first.key


def test_an_official_count_dated_by_its_day_is_a_tally_of_the_disaster_told() -> None:
    linker = EventLinker()
    (first,) = _link(linker, FLOOD_TITLE, FLOOD_TEXT, FLOOD_DAY, ["34 people"])
    text = (
        "SANTIAGO, Jan. 5 - Three months after the floods, the north of Chile is still clearing mud.\n\n"
        "On Dec. 28 the interior minister ordered a review, conceding that the official count of 52 dead "
        "might be too low."
    )
    # The review's day dates the count, not a new incident.
    (later,) = _link(
        linker, "Three months on, the north digs out", text, datetime(2030, 1, 5, tzinfo=UTC), ["52 dead"]
    )
    assert later.key == first.key


# -- a building that collapsed, however long its subject runs --------------------------------------

BLOCK_TITLE = "Dozens dead in Tirana"
BLOCK_TEXT = (
    "TIRANA, Feb. 3 - A five-storey block housing dozens of families collapsed in Tirana on Monday, "
    "killing 40 people, police said."
)
BLOCK_DAY = datetime(2031, 2, 3, 18, 0, tzinfo=UTC)


def test_a_block_crowded_with_people_that_collapsed_is_a_building_collapse() -> None:
    linker = EventLinker()
    (first,) = _link(linker, BLOCK_TITLE, BLOCK_TEXT, BLOCK_DAY, ["40 people"])
    assert first.event_class == "accident"
    text = (
        "TIRANA, Feb. 5 - The toll from the building collapse in Tirana rose to 52 on Wednesday, the "
        "police said."
    )
    (later,) = _link(linker, "Tirana toll rises", text, datetime(2031, 2, 5, tzinfo=UTC), ["52"])
    assert later.key == first.key


def test_the_collapse_told_with_its_ruins_is_the_building_collapse() -> None:
    linker = EventLinker()
    (first,) = _link(linker, BLOCK_TITLE, BLOCK_TEXT, BLOCK_DAY, ["40 people"])
    text = (
        "TIRANA, Feb. 14 - The search of the ruins ended on Friday with 61 bodies recovered, making the "
        "collapse the deadliest in the country's history, the police said."
    )
    (later,) = _link(linker, "Search ends in Tirana", text, datetime(2031, 2, 14, tzinfo=UTC), ["61 bodies"])
    assert later.key == first.key


def test_talks_that_collapsed_are_no_accident() -> None:
    linker = EventLinker()
    text = (
        "TIRANA, Feb. 3 - Wage talks between the government and the teachers' unions collapsed on Monday, "
        "leaving 40,000 teachers without a deal, the ministry said."
    )
    (event,) = _link(linker, "Wage talks fail", text, BLOCK_DAY, ["40,000 teachers"], "count")
    assert event.event_class != "accident"


# -- an organisation is no place ------------------------------------------------------------------


def test_a_source_named_after_its_country_and_trade_is_no_place() -> None:
    sentence = (
        "The search ended with 61 bodies recovered, according to the Albania Builders and Contractors "
        "Association, which counted the dead."
    )
    places = event_hint(sentence).places
    assert not any("Builders" in p for p in places)
    assert event_hint("Rescuers reached survivors in Durres on Tuesday.").places == ("Durres",)


# -- a theatre is a named facility; an incident told by its month ---------------------------------

STAGE_TITLE = "Air strike hits Velorsk theatre"
STAGE_TEXT = (
    "VELORSK, March 16 - An air strike hit the Velorsk theatre on Tuesday, where hundreds of "
    "families were sheltering, and killed at least 30 people, officials said."
)
STAGE_DAY = datetime(2032, 3, 16, 18, 0, tzinfo=UTC)


def test_a_theatre_named_in_either_spelling_is_one_facility() -> None:
    linker = EventLinker()
    (first,) = _link(linker, STAGE_TITLE, STAGE_TEXT, STAGE_DAY, ["30 people"])
    # No incident word at all: the named theater ties the figure to the strike on it.
    text = "Rescuers have brought 130 people out alive from the ruins of the Velorsk theater, officials said."
    (later,) = _link(
        linker,
        "130 rescued from Velorsk theater",
        text,
        datetime(2032, 3, 18, tzinfo=UTC),
        ["130 people"],
        "count",
    )
    assert later.key == first.key


def test_an_attack_told_by_its_month_may_be_of_any_day_of_it() -> None:
    linker = EventLinker()
    (first,) = _link(linker, STAGE_TITLE, STAGE_TEXT, STAGE_DAY, ["30 people"])
    text = (
        "VELORSK, June 30 - The air strike on the Velorsk theatre in March killed at least 12 people, "
        "investigators said on Thursday."
    )
    (later,) = _link(
        linker,
        "Investigators report on theatre strike",
        text,
        datetime(2032, 6, 30, tzinfo=UTC),
        ["12 people"],
    )
    assert later.key == first.key
