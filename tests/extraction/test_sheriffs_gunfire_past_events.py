"""A county sheriff speaks for the police; bursts of fire and a rifle's fire are gunfire, not a
wildfire; an incident of the previous year named by its year or month is a past one; the year a report
was released dates the report; "wounded 515 others" after a toll are people at large."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.extraction.helpers import claim_with, link_quotes
from tracker.extraction.events import EventLinker


def test_a_county_sheriff_speaks_for_the_police() -> None:
    first = claim_with("The gunman killed 11 people, Polk County Sheriff Ana Ruiz said.", "11 people")
    later = claim_with("Sheriff Ana Ruiz lowered the number of injured to 40.", "40")
    assert first.source is not None and later.source is not None
    assert first.source.slug == later.source.slug


def test_wounded_others_after_a_toll_are_people() -> None:
    claim = claim_with("The bomber killed 14 people and wounded 90 others, police said.", "90")
    assert (claim.metric, claim.subject) == ("injured", "people")


def test_bursts_of_fire_at_a_concert_are_a_shooting() -> None:
    toll, crowd = link_quotes(
        EventLinker(),
        "Gunman kills 14 at Reno concert",
        "RENO, Nevada, June 7 - A gunman killed 14 people at a concert in Reno on Saturday night, police "
        "said.\n\nSome 9,000 people were in the crowd when long bursts of fire began.",
        datetime(2031, 6, 7, 12, tzinfo=UTC),
        ["14 people", "9,000"],
    )
    assert crowd.key == toll.key


def test_last_year_s_incident_named_by_its_month_is_a_past_one() -> None:
    linker = EventLinker()
    text = (
        "RENO, Nevada, Oct 2 - A gunman killed 14 people at a concert in Reno on Sunday night, police said.\n\n"
        "The previous worst, at a nightclub in Tucson in June 2030, left 9 people dead."
    )
    first, past = link_quotes(
        linker,
        "Gunman kills 14 at Reno concert",
        text,
        datetime(2031, 10, 2, 12, tzinfo=UTC),
        ["14", "9 people"],
    )
    assert past.key != first.key


def test_a_leader_s_surname_shared_with_a_broadcaster_is_still_the_leader() -> None:
    from tracker.extraction.extract import default_registry

    match = default_registry().resolve("Prime Minister Naoto Kan")
    assert match is None or "Channel" not in match.name


def test_a_date_after_the_speaker_s_name_is_no_part_of_it() -> None:
    claim = claim_with("Governor Ana Ruiz on March 15 told reporters that 140 families had left.", "140")
    assert claim.source is not None and "March" not in claim.source.name
