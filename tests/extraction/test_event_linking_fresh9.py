"""Linking forms first met in the ninth fresh corpus, told here with other events: an incident named by
its month and year, incident words used as descriptions, a fire in a building, one pledge drive."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tests.extraction.helpers import link_quotes as _link
from tracker.extraction.dates import find_dates
from tracker.extraction.events import EventLinker, event_hint

# -- an incident named by its month and year ---------------------------------------------------

SLIDE_TITLE = "Mudslide buries mountain village in Corvania"
SLIDE_TEXT = (
    "A landslide buried the village of Tressin in northern Corvania on Sunday, killing at least 60 people, "
    "the civil protection agency said."
)
SLIDE_DAY = datetime(2021, 3, 8, 9, 0, tzinfo=UTC)


def test_a_month_and_year_resolve_to_that_month_not_to_publication() -> None:
    from tracker.extraction.dates import month_end

    (expr,) = find_dates("the March 2021 landslide")
    assert month_end(expr, date(2022, 5, 2)) == date(2021, 3, 31)
    assert month_end(expr, date(2021, 3, 20)) == date(2021, 3, 20)  # the month is not over yet
    assert month_end(expr, date(2021, 2, 1)) is None  # never a month after publication


def test_an_incident_named_by_its_month_and_year_a_year_later_joins_it() -> None:
    linker = EventLinker()
    (first,) = _link(linker, SLIDE_TITLE, SLIDE_TEXT, SLIDE_DAY, ["at least 60 people"])
    text = (
        "TRESSIN, April 20 (Valley Post) - An inquiry found that 74 people died in Corvania's March 2021 "
        "landslide, more than the agency had counted, because two hamlets were never searched."
    )
    (later,) = _link(
        linker, "Inquiry raises landslide toll", text, datetime(2022, 4, 21, tzinfo=UTC), ["74 people"]
    )
    assert later.key == first.key
    assert "March" not in later.title


def test_an_older_incident_named_by_its_month_is_not_the_current_one() -> None:
    linker = EventLinker()
    (first,) = _link(linker, SLIDE_TITLE, SLIDE_TEXT, SLIDE_DAY, ["at least 60 people"])
    text = (
        "A landslide buried the village of Tressin in northern Corvania on Sunday, killing at least 60 "
        "people.\n\nThe landslide of October 2009 in the same valley killed 112 people."
    )
    first_again, old = _link(linker, SLIDE_TITLE, text, SLIDE_DAY, ["at least 60 people", "112 people"])
    assert first_again.key == first.key
    assert old.key != first.key


def test_a_month_after_a_place_is_not_part_of_its_name() -> None:
    hint = event_hint("About 40 people died in Corvania's February 2019 floods.")
    assert "Corvania's February" not in hint.places
    assert "Corvania February" not in hint.places


# -- a hazard word describing a place is no incident -------------------------------------------

QUAKE_TITLE = "Earthquake kills dozens in Lossan hills"
QUAKE_TEXT = (
    "An earthquake shook the Lossan hills on Tuesday, killing 48 people, the disaster agency said.\n\n"
    "Relief officials said 12,000 families were sheltering in schools on a river delta that floods "
    "regularly, and about 3,000 more in flood-prone districts inland."
)


def test_a_hazard_verb_of_habit_does_not_make_a_flood() -> None:
    from tracker.extraction.events import _terms

    assert _terms("tents pitched on low ground that floods easily") == ["camp"]
    assert _terms("a valley that floods every spring") == []
    assert _terms("homes built in flood-prone districts") == []
    assert _terms("villages at risk of landslides") == []
    assert _terms("new earthquake-resistant schools") == ["school"]
    assert _terms("the floods that swept the valley") == ["flood"]
    assert _terms("Those floods killed 30 people") == ["flood"]


def test_a_plain_that_floods_in_a_donors_story_makes_no_flood() -> None:
    linker = EventLinker()
    _link(linker, QUAKE_TITLE, QUAKE_TEXT, datetime(2024, 11, 6, tzinfo=UTC), ["48 people"])
    text = (
        "GENEVA, Dec 3 (Wire) - Donors meeting in Geneva on Tuesday pledged $1.2 billion to help rebuild "
        "the Lossan hills.\n\n"
        "The United Nations said about 40,000 people were still living in tents on a plain that floods "
        "every spring."
    )
    (tents,) = _link(
        linker, "Donors pledge $1.2 billion for Lossan", text, datetime(2024, 12, 3, tzinfo=UTC),
        ["about 40,000 people"], metric="displaced",
    )  # fmt: skip
    assert "Flood" not in tents.title
    assert all("Flood" not in e.title for e in linker.events)


# -- a fire in a building is not a wildfire ---------------------------------------------------


def test_a_fire_in_a_building_is_a_fire_not_a_wildfire() -> None:
    from tracker.extraction.events import _terms

    assert _terms("A fire at a garment factory killed 30 workers") == ["fire"]
    assert _terms("the blaze that gutted the old church's roof") == ["fire", "church"]
    assert _terms("after the museum fire") == ["fire"]
    assert _terms("a fire swept through forests above the town, destroying 200 homes") == ["wildfire"]
    assert _terms("the wildfire reached the hospital") == ["wildfire", "hospital"]
    # the building a relative clause opens on, however far before the fire
    assert "fire" in _terms("the Karachi factory where more than 250 workers died in a fire in September")


def test_a_factory_fire_is_titled_a_fire() -> None:
    linker = EventLinker()
    text = "A fire tore through a textile factory in Dhamor on Monday, killing 31 workers, the fire brigade said."
    (fire,) = _link(
        linker, "Factory fire kills 31 in Dhamor", text, datetime(2023, 2, 7, tzinfo=UTC), ["31 workers"]
    )
    assert fire.title.startswith("Fire, Dhamor")


# -- a part of a toll already told, counted on a later day -------------------------------------


def test_a_part_of_the_dead_counted_days_later_stays_with_the_attack() -> None:
    linker = EventLinker()
    text = "Gunmen attacked a crowded market in Varsk on Friday, killing 40 people, police said."
    (attack,) = _link(
        linker, "Gunmen kill 40 at Varsk market", text, datetime(2022, 9, 3, tzinfo=UTC), ["40 people"]
    )
    later = (
        "VARSK, Sept 5 (Wire) - The death toll from Friday's market attack in Varsk rose to 52 on Monday, police "
        "said.\n\n"
        "The interior minister had given parliament a new breakdown on Sunday, when she said 12 foreigners were "
        "among the dead and that 90 of the wounded were still in hospital."
    )
    toll, foreigners, wounded = _link(
        linker, "Varsk market toll rises to 52", later, datetime(2022, 9, 5, tzinfo=UTC),
        ["52", "12 foreigners", "90 of the wounded"],
    )  # fmt: skip
    assert toll.key == attack.key
    assert foreigners.key == attack.key
    assert wounded.key == attack.key


def test_a_demonym_is_not_a_place() -> None:
    hint = event_hint("All of those held were Sri Lankan, the minister said.")
    assert "Sri Lankan" not in hint.places


# -- one pledge drive, whatever the verb of giving -------------------------------------------


def test_donors_offering_and_committing_join_those_pledging() -> None:
    linker = EventLinker()
    text = (
        "A fire destroyed the roof of the old town hall in Merrow on Sunday night, the fire brigade said.\n\n"
        "On Monday the brewer Halden pledged 5 million euros to rebuild it. The bank Corlan offered 2 million "
        "euros, and the region committed 3 million euros."
    )
    halden, corlan, region = _link(
        linker, "Donors rally to rebuild Merrow town hall after fire", text, datetime(2021, 6, 8, tzinfo=UTC),
        ["5 million euros", "2 million euros", "3 million euros"], metric="money",
    )  # fmt: skip
    assert corlan.key == halden.key
    assert region.key == halden.key
