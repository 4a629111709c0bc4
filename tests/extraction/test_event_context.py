"""A figure's incident is read from its context: a year naming the speaker, the sentence before it."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.extraction.helpers import Claim
from tracker.extraction.events import EventLinker, EventRef


def _link(
    linker: EventLinker, title: str, text: str, published: datetime, quotes: list[str]
) -> list[EventRef]:
    """Link the claims of ``quotes`` (metric from the quote's words), each with its own sentence."""
    out = []
    for quote in quotes:
        start = text.index(quote)
        left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1)
        right = text.find(". ", start)
        sentence = text[left : right + 1 if right >= 0 else len(text)]
        metric = "displaced" if "homeless" in quote else "killed"
        out.append(linker.link(Claim(start, start + len(quote), sentence, metric), title, text, published))
    return out


QUAKE_DAY = datetime(2025, 6, 14, 10, 0, tzinfo=UTC)
QUAKE_LATER = datetime(2025, 6, 18, 10, 0, tzinfo=UTC)
QUAKE_TITLE = "Earthquake in Ruvalia kills hundreds"
QUAKE_TEXT = (
    "A powerful earthquake struck northern Ruvalia on Friday, killing at least 300 people, the "
    "interior ministry said.\n\nRescuers were still digging through collapsed homes."
)


def test_a_past_year_describing_the_speaker_does_not_date_the_figure() -> None:
    linker = EventLinker()
    (first,) = _link(linker, QUAKE_TITLE, QUAKE_TEXT, QUAKE_DAY, ["at least 300 people"])
    text = (
        "The toll from last week's earthquake in Ruvalia kept rising on Tuesday, the ministry said.\n\n"
        "A shadow cabinet formed by opponents of the 2019 coup said separately that more than "
        "900 people had died."
    )
    (later,) = _link(linker, "Ruvalia quake toll climbs", text, QUAKE_LATER, ["more than 900 people"])
    assert later.key == first.key


def test_a_past_year_naming_an_old_disaster_still_dates_it() -> None:
    linker = EventLinker()
    (first,) = _link(linker, QUAKE_TITLE, QUAKE_TEXT, QUAKE_DAY, ["at least 300 people"])
    text = (
        "The toll from last week's earthquake in Ruvalia kept rising on Tuesday, the ministry said.\n\n"
        "The 2009 earthquake in the same region killed 1,200 people, officials said."
    )
    (old,) = _link(linker, "Ruvalia quake toll climbs", text, QUAKE_LATER, ["1,200 people"])
    assert old.key != first.key


def test_a_past_disaster_a_speaker_counts_still_is_the_old_one() -> None:
    linker = EventLinker()
    (first,) = _link(linker, QUAKE_TITLE, QUAKE_TEXT, QUAKE_DAY, ["at least 300 people"])
    text = (
        "The toll from last week's earthquake in Ruvalia kept rising on Tuesday, the ministry said.\n\n"
        "It revived memories of the 2009 earthquake near the capital, which the government said killed "
        "more than 1,200 people."
    )
    (old,) = _link(linker, "Ruvalia quake toll climbs", text, QUAKE_LATER, ["more than 1,200 people"])
    assert old.key != first.key


BLAST_DAY = datetime(2025, 3, 4, 20, 0, tzinfo=UTC)
DONORS_DAY = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)


def _first_blast_report(linker: EventLinker) -> EventRef:
    """The day-of report of the harbour blast the later stories go back to."""
    (blast,) = _link(
        linker,
        "Warehouse explosion rocks Varnholt harbour",
        "VARNHOLT - A huge explosion at a harbour warehouse in Varnholt on Tuesday killed at least 60 people, "
        "the health ministry said.",
        BLAST_DAY,
        ["at least 60 people"],
    )
    return blast


def test_the_sentence_after_a_dated_incident_keeps_its_day() -> None:
    """In a story led by a later event (a donors' meeting), "it" after "the blast on 4 March" is
    that blast, not something of the meeting's day."""
    linker = EventLinker()
    blast = _first_blast_report(linker)
    text = (
        "GENEVA - Donors pledged 90 million euros in emergency aid for Varnholt at a video conference on "
        "Sunday, five days after the explosion that wrecked the city's harbour.\n\n"
        "The blast on 4 March killed 75 people and injured 300, the health ministry said. The United Nations said it "
        "had left 40,000 people homeless."
    )
    killed, injured, homeless = _link(
        linker,
        "Donors pledge aid for Varnholt",
        text,
        DONORS_DAY,
        ["75 people", "300", "40,000 people homeless"],
    )
    assert killed.key == injured.key == blast.key
    assert homeless.key == blast.key


def test_the_day_of_a_count_still_does_not_carry_to_the_next_sentence() -> None:
    """A toll's own day ("stood at 140 on Wednesday") is not a new incident's, before or after."""
    linker = EventLinker()
    blast = _first_blast_report(linker)
    text = (
        "VARNHOLT - Rescuers searched the ruins of Varnholt harbour for a third day after Tuesday's explosion.\n\n"
        "On Wednesday the toll stood at 70 people, the ministry said. The United Nations said the explosion "
        "had left 40,000 people homeless."
    )
    later = _link(
        linker,
        "Varnholt searches go on",
        text,
        datetime(2025, 3, 6, 8, 0, tzinfo=UTC),
        ["70 people", "40,000 people homeless"],
    )
    assert [e.key for e in later] == [blast.key, blast.key]


def test_those_still_missing_after_a_blast_are_its_own_toll() -> None:
    linker = EventLinker()
    title = "Chemical plant explosion kills dozens in Dravograd"
    text = (
        "DRAVOGRAD - An explosion ripped through a chemical plant on the edge of Dravograd on Thursday, "
        "killing at least 40 workers, the regional governor said.\n\n"
        "Another 25 people were still missing under the debris, he said."
    )
    killed, missing = _link(
        linker, title, text, datetime(2025, 5, 8, 18, 0, tzinfo=UTC), ["at least 40 workers", "25 people"]
    )
    assert missing.key == killed.key
    assert missing.kind == "incident"


def test_those_still_missing_in_a_war_strike_story_are_the_war_total() -> None:
    linker = EventLinker()
    title = "Air strike on Zarnovo market kills 12"
    text = (
        "ZARNOVO - An air strike hit a crowded market in Zarnovo on Thursday, killing at least 12 people, "
        "the civil defence said.\n\n"
        "Another 8,000 people were still missing under the rubble of the war, the agency said."
    )
    killed, missing = _link(
        linker, title, text, datetime(2025, 5, 8, 18, 0, tzinfo=UTC), ["at least 12 people", "8,000 people"]
    )
    assert missing.key != killed.key
