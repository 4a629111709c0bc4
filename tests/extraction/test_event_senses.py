"""Which incident a word names, and which day a crowd count belongs to, when linking events."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from tracker.extraction.events import EventLinker, EventRef, _terms


@dataclass
class Claim:
    char_start: int
    char_end: int
    sentence: str
    metric: str = "count"
    scope: str = "incident"


def _link(
    linker: EventLinker, title: str, text: str, published: datetime, quotes: list[str], metric: str
) -> list[EventRef]:
    claims = []
    for quote in quotes:
        start = text.index(quote)
        bounds = [0, *(m.end() for m in re.finditer(r"(?<=[.!?])\s+|\n\n", text)), len(text)]
        begin = max(b for b in bounds if b <= start)
        end = min(b for b in bounds if b > start)
        claims.append(Claim(start, start + len(quote), text[begin:end].strip(), metric))
    return linker.link_article(claims, title, text, published)


def test_a_missile_strike_on_a_railway_station_is_an_attack_not_a_walkout() -> None:
    linker = EventLinker()
    first = _link(
        linker,
        "Missile hits Pokrovsk station",
        "POKROVSK, Ukraine - A Russian missile hit the railway station in Pokrovsk on Tuesday, killing 9 people, "
        "regional officials said.",
        datetime(2023, 8, 8, 12, tzinfo=UTC),
        ["9 people"],
        "killed",
    )
    later = _link(
        linker,
        "Pokrovsk toll rises",
        "KYIV - The death toll from Tuesday's strike on Pokrovsk railway station has risen to 11, regional "
        "officials said on Wednesday, as rail services resumed.",
        datetime(2023, 8, 9, 12, tzinfo=UTC),
        ["11"],
        "killed",
    )
    assert later[0].event_class == "attack"
    assert later[0].key == first[0].key


def test_a_labour_strike_stays_a_walkout() -> None:
    assert "walkout" in _terms("Rail workers went on strike on Monday over pay.")
    assert "walkout" in _terms("Unions called a general strike for Thursday.")


def test_to_strike_down_a_law_names_no_incident() -> None:
    assert _terms("Most respondents said judges should be able to strike down laws.") == []


def test_a_date_opening_the_sentence_dates_every_crowd_count_in_it_without_a_comma() -> None:
    linker = EventLinker()
    day_of = _link(
        linker,
        "Hundreds of thousands march in Sofia",
        "SOFIA - Organisers said about 150,000 people marched in Sofia on Sunday against the government.",
        datetime(2024, 6, 2, 20, tzinfo=UTC),
        ["about 150,000 people"],
        "count",
    )
    looking_back = _link(
        linker,
        "Bulgarian government falls",
        "SOFIA - The government resigned on Thursday after weeks of protest. On 2 June organisers counted "
        "about 150,000 people in the streets, 90,000 of them in Sofia, and police said 20,000 marched in Plovdiv.",
        datetime(2024, 6, 20, 9, tzinfo=UTC),
        ["about 150,000 people", "90,000 of them", "20,000"],
        "count",
    )
    assert {event.key for event in looking_back} == {day_of[0].key}


def test_a_part_of_a_dated_crowd_shares_its_day_but_a_compared_figure_does_not_pass_its_day_on() -> None:
    linker = EventLinker()
    saturday = _link(
        linker,
        "Rallies across Romania",
        "BUCHAREST - Some 300,000 people rallied across Romania on Saturday, organisers said.",
        datetime(2024, 3, 9, 21, tzinfo=UTC),
        ["Some 300,000 people"],
        "count",
    )
    tuesday = _link(
        linker,
        "Romania's president rejects compromise",
        "BUCHAREST - The president rejected a compromise on Tuesday.\n\n"
        "Nearly 300,000 Romanians rallied on Saturday night, organisers said, with more than 100,000 in "
        "Bucharest alone. In Cluj, where organisers counted 40,000 marchers, crowds filled the main square.",
        datetime(2024, 3, 12, 8, tzinfo=UTC),
        ["Nearly 300,000 Romanians", "more than 100,000", "40,000 marchers"],
        "count",
    )
    assert {event.key for event in tuesday} == {saturday[0].key}

    linker = EventLinker()
    earlier = _link(
        linker,
        "Strike day in France",
        "PARIS - The interior ministry counted 1.2 million marchers nationwide on Tuesday.",
        datetime(2023, 1, 31, 20, tzinfo=UTC),
        ["1.2 million marchers"],
        "count",
    )
    compared = _link(
        linker,
        "Second strike day",
        "PARIS - Unions held a second day of marches on Tuesday against the pension reform.\n\n"
        "The ministry's figure of 1.28 million was above the 1.2 million it counted on January 31. "
        "The union said 3.5 million people had marched.",
        datetime(2023, 2, 8, 7, tzinfo=UTC),
        ["1.28 million", "1.2 million it", "3.5 million people"],
        "count",
    )
    assert compared[1].key == earlier[0].key
    assert compared[2].key != earlier[0].key


def test_a_monsoon_flood_told_over_months_is_one_disaster() -> None:
    linker = EventLinker()
    start = _link(
        linker,
        "Monsoon floods kill hundreds in Bangladesh",
        "DHAKA - At least 300 people have been killed in floods since the monsoon season began on June 10, "
        "the disaster ministry said on Monday.",
        datetime(2024, 7, 29, 9, tzinfo=UTC),
        ["At least 300 people"],
        "killed",
    )
    autumn = _link(
        linker,
        "Bangladesh flood appeal",
        "DHAKA - The floods in Bangladesh have now killed 520 people, the disaster ministry said on Tuesday, "
        "as the UN raised its appeal.",
        datetime(2024, 10, 8, 9, tzinfo=UTC),
        ["520 people"],
        "killed",
    )
    assert autumn[0].key == start[0].key
    # a quake 120 days after another in the same country is another quake
    linker = EventLinker()
    first = _link(
        linker,
        "Quake in Nepal",
        "KATHMANDU - An earthquake killed 150 people in western Nepal on Friday, police said.",
        datetime(2023, 11, 4, 9, tzinfo=UTC),
        ["150 people"],
        "killed",
    )
    later = _link(
        linker,
        "Another quake in Nepal",
        "KATHMANDU - An earthquake killed 12 people in western Nepal on Saturday, police said.",
        datetime(2024, 3, 2, 9, tzinfo=UTC),
        ["12 people"],
        "killed",
    )
    assert later[0].key != first[0].key


def test_a_weekday_still_to_come_does_not_date_the_incident() -> None:
    linker = EventLinker()
    friday = _link(
        linker,
        "Students strike for climate across Europe",
        "MADRID - Some 80,000 students marched in Madrid on Friday, organisers said.",
        datetime(2023, 3, 3, 20, tzinfo=UTC),
        ["Some 80,000 students"],
        "count",
    )
    sunday = _link(
        linker,
        "After the student strike, pressure shifts to Tuesday's summit",
        "MADRID - Ministers arriving for Tuesday's climate summit will face a movement that filled streets "
        "across Spain on Friday in what organisers called its largest protest.\n\n"
        "In Madrid, organisers put the turnout at 80,000.",
        datetime(2023, 3, 5, 11, tzinfo=UTC),
        ["80,000"],
        "count",
    )
    assert sunday[0].key == friday[0].key


def test_fire_set_to_buildings_is_arson_not_a_fire_disaster() -> None:
    assert _terms("Rioters set fire to 731 banks and 70 petrol stations.") == []
    assert _terms("Dozens of stores were set on fire overnight.") == []
    assert "wildfire" in _terms("A fire swept through the hills above the town.")
