"""A figure's incident is read from its context: a year naming the speaker, the sentence before it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from tracker.extraction.events import EventLinker, EventRef


@dataclass
class Claim:
    char_start: int
    char_end: int
    sentence: str
    metric: str = "killed"
    scope: str = "incident"


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
