"""Money given over time is one running total; a neighbouring country's toll is its own event."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from tests.extraction.helpers import Claim
from tracker.extraction.events import EventLinker, located_regions


def _link(linker: EventLinker, title: str, text: str, published: datetime, quotes: list[tuple[str, str]]):
    out = []
    for quote, metric in quotes:
        start = text.index(quote)
        breaks = [m.end() for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z])", text)]
        left = max([b for b in breaks if b <= start], default=0)
        right = min([b for b in breaks if b > start], default=len(text))
        sentence = text[left:right].strip()
        out.append(linker.link(Claim(start, start + len(quote), sentence, metric), title, text, published))
    return out


def test_money_given_so_far_is_one_running_total_whatever_day_it_is_told() -> None:
    linker = EventLinker()
    first = _link(
        linker,
        "Kyiv says it has received less than reported",
        "KYIV - The president said on Saturday that some $70 billion of U.S. weapons had actually reached "
        "Ukraine. Another $6 billion had come as training and budget support, he said.",
        datetime(2025, 2, 2, 10, 0, tzinfo=UTC),
        [("$70 billion", "money"), ("$6 billion", "money")],
    )
    second = _link(
        linker,
        "Washington and Kyiv trade numbers",
        "WASHINGTON - The United States has provided more than $65 billion in weapons to Ukraine since "
        "February 2022, the State Department said on Wednesday.",
        datetime(2025, 2, 26, 10, 0, tzinfo=UTC),
        [("$65 billion", "money")],
    )
    assert len({e.key for e in [*first, *second]}) == 1
    assert first[0].kind == "running_total" and first[0].family == "money"


def test_verbal_attacks_do_not_make_an_incident() -> None:
    linker = EventLinker()
    (event,) = _link(
        linker,
        "President steps up his attacks on Kyiv",
        "WASHINGTON - The president stepped up his attacks on his Ukrainian counterpart on Wednesday, saying "
        "Ukraine had persuaded the United States to spend $350 billion on a war it could not win.",
        datetime(2025, 2, 19, 10, 0, tzinfo=UTC),
        [("$350 billion", "money")],
    )
    assert event.kind == "running_total"


QUAKE_TEXT = (
    "NAYPYITAW - The number of people killed by Friday's earthquake in central Myanmar rose to 1,600 on "
    "Saturday, the military said.\n\n"
    "In Thailand, authorities said 10 people had been confirmed dead in Bangkok, where a tower collapsed.\n\n"
    "Rescuers in Mandalay said 300 people were still missing."
)


def test_a_neighbouring_countrys_toll_is_not_the_incidents_own() -> None:
    linker = EventLinker()
    myanmar, thailand, missing = _link(
        linker,
        "Myanmar quake toll passes 1,600",
        QUAKE_TEXT,
        datetime(2025, 3, 29, 18, 0, tzinfo=UTC),
        [("1,600", "killed"), ("10 people", "killed"), ("300 people", "missing")],
    )
    assert thailand is not myanmar
    assert missing is myanmar
    assert thailand.regions == ("Thailand",)
    assert "Myanmar" not in thailand.places and "Naypyitaw" not in thailand.places


def test_a_second_country_struck_by_the_same_quake_stays_when_the_lead_names_it() -> None:
    linker = EventLinker()
    text = (
        (
            "ANKARA - A powerful earthquake struck southern Vardia and northern Corland on Monday, killing at "
            "least 900 people in Turkey, officials said.\n\n"
            "In Syria, rescuers said more than 300 people had died."
        )
        .replace("Vardia", "Turkey")
        .replace("Corland", "Syria")
    )
    turkey, syria = _link(
        linker,
        "Powerful earthquake kills hundreds in Turkey and Syria",
        text,
        datetime(2023, 2, 6, 18, 0, tzinfo=UTC),
        [("at least 900", "killed"), ("more than 300", "killed")],
    )
    assert syria is turkey


def test_located_regions_are_where_a_figure_happened_not_where_it_was_told() -> None:
    assert located_regions("In Thailand, 10 people died.") == ("Thailand",)
    assert located_regions("Bangkok City Hall said 10 people had died.") == ("Thailand",)
    assert located_regions("The UN told reporters in Geneva that 10,000 were missing.") == ()
    assert located_regions("Many of them were from Pakistan.") == ()


def test_a_tower_that_fell_in_the_quake_is_that_countrys_quake_toll() -> None:
    linker = EventLinker()
    _, thailand, _ = _link(
        linker,
        "Myanmar quake toll passes 1,600",
        QUAKE_TEXT,
        datetime(2025, 3, 29, 18, 0, tzinfo=UTC),
        [("1,600", "killed"), ("10 people", "killed"), ("300 people", "missing")],
    )
    (tower,) = _link(
        linker,
        "Bangkok tower collapse toll rises to 44",
        "BANGKOK - Confirmed deaths from the collapse of an unfinished office tower in Bangkok rose to 44 on "
        "Tuesday, city officials said.",
        datetime(2025, 4, 15, 9, 0, tzinfo=UTC),
        [("44", "killed")],
    )
    assert tower is thailand


def test_a_mine_collapse_in_another_country_is_not_the_quakes() -> None:
    linker = EventLinker()
    myanmar, _, _ = _link(
        linker,
        "Myanmar quake toll passes 1,600",
        QUAKE_TEXT,
        datetime(2025, 3, 29, 18, 0, tzinfo=UTC),
        [("1,600", "killed"), ("10 people", "killed"), ("300 people", "missing")],
    )
    (mine,) = _link(
        linker,
        "Mine collapse kills 12 in Peru",
        "LIMA - A mine collapse in southern Peru killed 12 workers on Tuesday, officials said.",
        datetime(2025, 4, 1, 9, 0, tzinfo=UTC),
        [("12 workers", "killed")],
    )
    assert mine is not myanmar


def test_an_appeal_for_a_disaster_stays_with_it_and_relief_payments_do_not() -> None:
    linker = EventLinker()
    toll, appeal, payments = _link(
        linker,
        "Floods kill thousands in Vardena",
        "VARDENA - Floods killed at least 2,000 people in Vardena province on Sunday, officials said. "
        "The UN launched a flash appeal for $70 million to cover the most urgent needs. "
        "The government said families of the dead would receive $5,000 each.",
        datetime(2023, 9, 12, 9, 0, tzinfo=UTC),
        [("at least 2,000", "killed"), ("$70 million", "money"), ("$5,000", "money")],
    )
    assert appeal is toll
    assert payments is not toll and payments.event_class == "funding"


def test_a_pledge_to_a_disaster_stays_with_it() -> None:
    linker = EventLinker()
    toll, pledge = _link(
        linker,
        "Earthquake kills hundreds in Vardena",
        "VARDENA - An earthquake killed at least 300 people in Vardena province on Saturday. "
        "A neighbouring country has pledged $2 million in emergency assistance.",
        datetime(2023, 10, 8, 9, 0, tzinfo=UTC),
        [("at least 300", "killed"), ("$2 million", "money")],
    )
    assert pledge is toll
