from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extraction.helpers import Claim
from tracker.extraction.events import EventLinker, EventRef, event_hint, place_key, slug_for
from tracker.extraction.types import EventHint


def claims_of(text: str, quotes: list[tuple[str, str, str]]) -> list[Claim]:
    """Claims for (quote, metric, scope) triples; the sentence is the line holding the quote."""
    out = []
    for quote, metric, scope in quotes:
        start = text.index(quote)
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        sentence = text[line_start : line_end if line_end >= 0 else len(text)]
        out.append(Claim(start, start + len(quote), sentence, metric, scope))
    return out


def link_all(linker: EventLinker, title: str, text: str, published: datetime, quotes: list) -> list[EventRef]:
    return [linker.link(c, title, text, published) for c in claims_of(text, quotes)]


SCHOOL_1 = (
    "KHAN YOUNIS — An Israeli air strike on the Sidra school in Khan Younis killed at least 27 people on Tuesday, "
    "the civil defence agency said.\n\n"
    "Among the dead were nine children, the agency said.\n\n"
    "Separately, the health ministry said 38,500 people had been killed in Gaza since October 7."
)
SCHOOL_2 = (
    "GAZA CITY — The death toll from Tuesday's strike on the Sidra school rose to 31, medics said on Wednesday.\n\n"
    "The ministry said 38,560 people had been killed in the territory since the war began."
)
OTHER_SCHOOL = (
    "DEIR AL-BALAH — A strike on the Nour school in Deir al-Balah killed 12 people on Tuesday, medics said."
)
TUESDAY = datetime(2024, 7, 16, 15, 0, tzinfo=UTC)
WEDNESDAY = datetime(2024, 7, 17, 9, 0, tzinfo=UTC)


def test_event_hint_reads_facilities_places_and_incident_words() -> None:
    sentence = "An Israeli strike hit the al-Tabi'in school and mosque in Gaza City's Daraj neighbourhood."
    hint = event_hint(sentence, "GAZA CITY — " + sentence, "Strike on Gaza school")
    keys = {place_key(p) for p in hint.places}
    assert "tabiin school" in keys
    assert "gaza city" in keys
    assert {"strike", "school", "mosque"} <= set(hint.incident_terms)
    assert "israeli" in hint.keywords or "daraj" in hint.keywords


def test_event_hint_takes_the_dateline_and_title_places() -> None:
    hint = event_hint(
        "At least 296 people were killed.", "MARRAKECH — At least 296 people were killed.", "Quake"
    )
    assert "Marrakech" in hint.places


def test_event_hint_tells_a_labour_strike_from_an_air_strike() -> None:
    labour = event_hint("Unions said the strike against the pension reform drew 1.28 million.")
    air = event_hint("The air strike on the camp killed 40 people.")
    assert "walkout" in labour.incident_terms and "strike" not in labour.incident_terms
    assert "strike" in air.incident_terms and "camp" in air.incident_terms


def test_event_hint_dates_the_sentence_when_given_the_publication_time() -> None:
    hint = event_hint("The strike on Saturday killed 93.", published_at=datetime(2024, 8, 10, tzinfo=UTC))
    assert hint.day == date(2024, 8, 10)


def test_claims_of_one_article_about_one_incident_land_on_one_event() -> None:
    linker = EventLinker()
    events = link_all(
        linker,
        "Strike on Khan Younis school kills 27",
        SCHOOL_1,
        TUESDAY,
        [("at least 27 people", "killed", "incident"), ("nine children", "killed", "incident")],
    )
    assert events[0] is events[1]
    assert events[0].kind == "incident"
    assert events[0].day == date(2024, 7, 16)
    assert "Sidra school" in events[0].title


def test_the_same_incident_reported_next_day_by_another_outlet_joins_the_event() -> None:
    linker = EventLinker()
    first = link_all(
        linker,
        "Strike on Khan Younis school kills 27",
        SCHOOL_1,
        TUESDAY,
        [("at least 27 people", "killed", "incident")],
    )[0]
    second = link_all(
        linker, "School strike toll rises to 31", SCHOOL_2, WEDNESDAY, [("31", "killed", "incident")]
    )[0]
    assert second is first


def test_a_running_total_on_different_days_lands_on_one_series_event() -> None:
    linker = EventLinker()
    first = link_all(
        linker,
        "Strike on Khan Younis school kills 27",
        SCHOOL_1,
        TUESDAY,
        [("38,500 people", "killed", "cumulative")],
    )[0]
    second = link_all(
        linker,
        "School strike toll rises to 31",
        SCHOOL_2,
        WEDNESDAY,
        [("38,560 people", "killed", "cumulative")],
    )[0]
    assert second is first
    assert first.kind == "running_total"
    assert first.since == date(2023, 10, 7)
    assert first.title == "Gaza war toll since 2023-10-07"


def test_a_strike_on_another_school_the_same_day_is_another_event() -> None:
    linker = EventLinker()
    sidra = link_all(
        linker,
        "Strike on Khan Younis school kills 27",
        SCHOOL_1,
        TUESDAY,
        [("at least 27 people", "killed", "incident")],
    )[0]
    nour = link_all(
        linker, "Strike on Deir al-Balah school", OTHER_SCHOOL, TUESDAY, [("12 people", "killed", "incident")]
    )[0]
    assert nour is not sidra


PROTEST_1 = "MARSEILLE — Some 30,000 people marched in Marseille on Tuesday against the reform, police said."
PROTEST_2 = "LYON — Police counted 8,000 protesters in Lyon on Saturday as unions staged a new day of action."
PROTEST_3 = "PARIS — The interior ministry counted 1.28 million demonstrators nationwide on Tuesday."


def test_protests_on_different_days_are_different_events() -> None:
    linker = EventLinker()
    tuesday = link_all(
        linker,
        "Pension protests",
        PROTEST_1,
        datetime(2023, 3, 7, 18, tzinfo=UTC),
        [("30,000 people", "count", "incident")],
    )[0]
    saturday = link_all(
        linker,
        "Pension protests",
        PROTEST_2,
        datetime(2023, 3, 11, 18, tzinfo=UTC),
        [("8,000 protesters", "count", "incident")],
    )[0]
    assert saturday is not tuesday
    assert tuesday.title.startswith("Protests")


def test_the_national_day_of_protest_gathers_city_counts_of_that_day() -> None:
    linker = EventLinker()
    marseille = link_all(
        linker,
        "Pension protests",
        PROTEST_1,
        datetime(2023, 3, 7, 18, tzinfo=UTC),
        [("30,000 people", "count", "incident")],
    )[0]
    national = link_all(
        linker,
        "Ministry counts 1.28 million",
        PROTEST_3,
        datetime(2023, 3, 7, 21, tzinfo=UTC),
        [("1.28 million", "count", "incident")],
    )[0]
    assert national is marseille


QUAKE = (
    "MARRAKECH — The earthquake that struck Morocco's High Atlas on Friday night killed 2,012 people, "
    "the interior ministry said.\n\n"
    "Families who lost homes will receive 30,000 dirhams in emergency aid, the royal palace said.\n\n"
    "It was the deadliest quake since 1960, when an earthquake in Agadir killed at least 12,000 people."
)


def test_money_and_an_old_disaster_in_a_quake_story_are_separate_events() -> None:
    linker = EventLinker()
    toll, aid, agadir = link_all(
        linker,
        "Morocco quake toll passes 2,000",
        QUAKE,
        datetime(2023, 9, 9, 22, tzinfo=UTC),
        [
            ("2,012 people", "killed", "incident"),
            ("30,000 dirhams", "money", "incident"),
            ("at least 12,000 people", "killed", "incident"),
        ],
    )
    assert len({toll.key, aid.key, agadir.key}) == 3
    assert toll.day == date(2023, 9, 8)
    assert agadir.day is not None and agadir.day.year == 1960


def test_a_quake_toll_a_week_later_still_joins_the_quake() -> None:
    linker = EventLinker()
    first = link_all(
        linker,
        "Morocco quake toll passes 2,000",
        QUAKE,
        datetime(2023, 9, 9, 22, tzinfo=UTC),
        [("2,012 people", "killed", "incident")],
    )[0]
    later_text = "RABAT — The interior ministry said 2,946 people had died in last week's earthquake."
    later = link_all(
        linker,
        "Morocco quake toll nears 3,000",
        later_text,
        datetime(2023, 9, 14, 19, tzinfo=UTC),
        [("2,946 people", "killed", "incident")],
    )[0]
    assert later is first


def test_stored_events_are_reused_and_new_ones_reported() -> None:
    stored = EventRef.from_row(
        {
            "id": 7,
            "title": "Strike on Sidra school, Khan Younis (2024-07-16)",
            "kind": "incident",
            "day": date(2024, 7, 16),
            "places": ["Sidra school", "Khan Younis"],
            "incident_terms": ["strike", "school"],
            "keywords": ["sidra", "school"],
        }
    )
    assert stored.key == "7" and not stored.is_new and stored.event_class == "attack"
    linker = EventLinker([stored])
    event = link_all(
        linker, "School strike toll rises to 31", SCHOOL_2, WEDNESDAY, [("31", "killed", "incident")]
    )[0]
    assert event is stored
    assert linker.new_events == []
    series = link_all(
        linker,
        "School strike toll rises to 31",
        SCHOOL_2,
        WEDNESDAY,
        [("38,560 people", "killed", "cumulative")],
    )[0]
    assert series.is_new and linker.new_events == [series]
    row = series.to_row()
    assert row["kind"] == "running_total" and row["since"] == date(2023, 10, 7)
    assert slug_for(series) == "gaza-war-toll-since-2023-10-07"


def test_the_linker_accepts_claims_with_their_own_hint() -> None:
    @dataclass
    class Hinted(Claim):
        hint: EventHint = field(default_factory=EventHint)

    claim = Hinted(
        0, 2, "27 people died.", hint=EventHint(places=("Sidra school",), incident_terms=("strike",))
    )
    event = EventLinker().link(claim, "", "27 people died.", TUESDAY)
    assert event.event_class == "attack"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400), st.text(max_size=800), st.text(max_size=100))
def test_event_hint_never_raises(sentence: str, text: str, title: str) -> None:
    hint = event_hint(sentence, text, title)
    assert isinstance(hint, EventHint)


@settings(max_examples=100, deadline=None)
@given(
    st.text(max_size=300),
    st.sampled_from(["killed", "money", "count", "displaced"]),
    st.sampled_from(["incident", "cumulative", "period"]),
)
def test_the_linker_never_raises_on_arbitrary_text(text: str, metric: str, scope: str) -> None:
    claim = Claim(0, min(len(text), 3), text, metric, scope)
    event = EventLinker().link(claim, text[:40], text, TUESDAY)
    assert event.key and event.title


SUMMIT_1 = (
    "DUBAI — Delegates at the COP28 climate summit agreed to launch a loss and damage fund on Thursday.\n\n"
    "Germany pledged $100 million to the fund, and Britain said it would provide £60 million."
)
SUMMIT_2 = (
    "LONDON — Pledges to the new loss and damage fund agreed at the COP28 summit stand at about $700 million.\n\n"
    "Developing countries need more than $400 billion a year, one group estimates."
)


def test_summit_pledges_from_different_datelines_join_one_event_but_annual_needs_do_not() -> None:
    linker = EventLinker()
    title_1 = "COP28 launches climate damage fund as first pledges roll in"
    pledges = linker.link_article(
        claims_of(SUMMIT_1, [("$100 million", "money", "incident"), ("£60 million", "money", "incident")]),
        title_1,
        SUMMIT_1,
        datetime(2023, 11, 30, 16, tzinfo=UTC),
    )
    assert pledges[0] is pledges[1]
    assert pledges[0].event_class == "conference"
    later = linker.link_article(
        claims_of(
            SUMMIT_2, [("about $700 million", "money", "cumulative"), ("$400 billion", "money", "period")]
        ),
        "Climate damage pledges reach $700m",
        SUMMIT_2,
        datetime(2023, 12, 6, 18, tzinfo=UTC),
    )
    assert later[0] is pledges[0]
    assert later[1] is not pledges[0]


KYIV = (
    "KYIV — A Russian missile strike on an apartment block in Kyiv killed 12 people on Monday, the emergency "
    "service said.\n\n"
    "Since the full-scale invasion began, UN monitors have recorded more than 10,000 civilian deaths."
)
DNIPRO = (
    "DNIPRO — A missile struck a building in Dnipro on Friday, killing 9 people, officials said.\n\n"
    "UN monitors say at least 10,100 civilians have been killed since February 2022."
)


def test_strikes_on_two_cities_in_one_week_are_two_events_and_the_war_toll_one_series() -> None:
    linker = EventLinker()
    kyiv, kyiv_total = link_all(
        linker,
        "Russian missiles hit Kyiv",
        KYIV,
        datetime(2023, 6, 12, 18, tzinfo=UTC),
        [("12 people", "killed", "incident"), ("more than 10,000", "killed", "incident")],
    )
    dnipro, dnipro_total = link_all(
        linker,
        "Missile attack on Dnipro",
        DNIPRO,
        datetime(2023, 6, 16, 12, tzinfo=UTC),
        [("9 people", "killed", "incident"), ("at least 10,100", "killed", "cumulative")],
    )
    assert dnipro is not kyiv
    assert kyiv_total.kind == "running_total"
    assert dnipro_total is kyiv_total
    assert kyiv_total.since == date(2022, 2, 24)


def test_a_metaphorical_flood_is_not_a_disaster() -> None:
    assert "flood" not in event_hint("The minister vowed to flood Gaza with aid.").incident_terms
    assert "flood" in event_hint("The flood swept away 2,000 homes.").incident_terms


AID = (
    "TEL AVIV — Israel said 322 aid trucks entered Gaza on Sunday, under pressure after an Israeli strike "
    "killed seven aid workers last week.\n\n"
    "Before the war, about 500 trucks entered every day."
)


def test_the_words_next_to_a_figure_decide_its_incident_and_rates_stand_apart() -> None:
    linker = EventLinker()
    trucks, workers, prewar = link_all(
        linker,
        "Israel reports record day for Gaza aid trucks",
        AID,
        datetime(2024, 4, 8, 6, tzinfo=UTC),
        [
            ("322 aid trucks", "aid", "period"),
            ("seven aid workers", "killed", "incident"),
            ("about 500 trucks", "aid", "period"),
        ],
    )
    assert trucks.event_class == "aid" and trucks.day == date(2024, 4, 7)
    assert workers.event_class == "attack"
    assert prewar.event_class == "rate"
    assert len({trucks.key, workers.key, prewar.key}) == 3


def test_events_survive_a_round_trip_through_the_database_rows() -> None:
    first = EventLinker()
    published = datetime(2023, 9, 9, 22, tzinfo=UTC)
    quotes = [("2,012 people", "killed", "incident"), ("30,000 dirhams", "money", "incident")]
    toll, aid = link_all(first, "Morocco quake toll passes 2,000", QUAKE, published, quotes)
    rows = []
    for pk, ref in enumerate(first.new_events, start=1):
        row = ref.to_row()
        row["id"] = pk
        rows.append(row)
    assert "class:funding" in rows[[r.key for r in first.new_events].index(aid.key)]["incident_terms"]
    stored = [EventRef.from_row(row) for row in rows]
    assert {r.event_class for r in stored} == {toll.event_class, aid.event_class}
    second = EventLinker(stored)
    again_toll, again_aid = link_all(second, "Morocco quake toll passes 2,000", QUAKE, published, quotes)
    assert second.new_events == []
    assert again_toll.id != again_aid.id
    assert "class:funding" not in again_aid.incident_terms


# -- generalisation: incident vocabulary, regions, running totals in incident stories -----------


def test_fire_is_a_disaster_but_gunfire_and_fire_services_are_not() -> None:
    blaze = event_hint("The fire that swept through the hillside village of Arcos killed 14 people.")
    assert "wildfire" in blaze.incident_terms
    shots = event_hint("Soldiers opened fire on the crowd, killing three people.")
    assert "wildfire" not in shots.incident_terms and "shooting" in shots.incident_terms
    service = event_hint("The fire service said 40 homes had been evacuated.")
    assert "wildfire" not in service.incident_terms


def test_stampede_building_collapse_and_tornado_have_classes() -> None:
    assert "stampede" in event_hint("A stampede at the stadium gate killed 31 fans.").incident_terms
    assert "collapse" in event_hint("The building collapse in Lagos killed nine.").incident_terms
    assert "storm" in event_hint("The tornado flattened 200 homes in Kentucky.").incident_terms


def test_vehicles_without_aid_words_are_not_an_aid_delivery() -> None:
    assert "aid" not in event_hint("Twelve bodies were loaded onto refrigerated trucks.").incident_terms
    assert "aid" in event_hint("Some 90 aid trucks entered through the crossing.").incident_terms


def test_a_shipwrecks_missing_stay_with_the_shipwreck_not_a_running_total() -> None:
    linker = EventLinker()
    day1 = datetime(2025, 3, 2, 10, 0, tzinfo=UTC)
    text1 = (
        "MWANZA, Tanzania — A ferry capsized on Lake Victoria on Saturday, killing at least 41 people, "
        "police said."
    )
    text2 = (
        "DAR ES SALAAM — Rescuers recovered more bodies from the ferry that sank on Lake Victoria.\n\n"
        "Some 60 people, many of them from Uganda, remain missing, the Red Cross said."
    )
    first = link_all(
        linker, "Ferry capsizes on Lake Victoria", text1, day1, [("at least 41", "killed", "incident")]
    )
    second = link_all(
        linker,
        "Ferry toll rises as search goes on",
        text2,
        datetime(2025, 3, 4, 9, 0, tzinfo=UTC),
        [("Some 60 people", "missing", "incident")],
    )
    assert second[0].kind == "incident"
    assert second[0].key == first[0].key


def test_a_wildfire_story_weeks_later_stays_on_the_fire() -> None:
    linker = EventLinker()
    text1 = (
        "EVIA, Greece — A wildfire on the island of Evia has killed 5 people and destroyed 300 homes, "
        "the fire service said on Sunday."
    )
    text2 = (
        "ATHENS — Investigators said on Friday the Evia fire had been started by a power line.\n\n"
        "The number of people still unaccounted for fell to 2, officials said."
    )
    first = link_all(
        linker,
        "Evia wildfire kills five",
        text1,
        datetime(2025, 8, 3, 9, tzinfo=UTC),
        [("5 people", "killed", "incident")],
    )
    second = link_all(
        linker,
        "Power line blamed for Evia fire",
        text2,
        datetime(2025, 8, 29, 9, tzinfo=UTC),
        [("fell to 2", "missing", "incident")],
    )
    assert second[0].key == first[0].key


def test_incidents_in_disjoint_regions_never_merge() -> None:
    linker = EventLinker()
    a = link_all(
        linker,
        "Ferry sinks off Zanzibar",
        "ZANZIBAR — A ferry sank off Zanzibar, Tanzania, and 30 people are missing, police said.",
        datetime(2025, 3, 2, tzinfo=UTC),
        [("30 people", "missing", "incident")],
    )
    b = link_all(
        linker,
        "Ferry sinks in Bangladesh",
        "DHAKA — A ferry sank on the Meghna river in Bangladesh and 25 people are missing, officials said.",
        datetime(2025, 3, 3, tzinfo=UTC),
        [("25 people", "missing", "incident")],
    )
    assert a[0].key != b[0].key


def test_a_past_disaster_described_after_since_is_its_own_event() -> None:
    linker = EventLinker()
    text = (
        "IZMIR, Turkey — The earthquake killed at least 117 people, officials said.\n\n"
        "It is the deadliest quake in the region since the 1999 Golcuk disaster, in which 17,000 people died."
    )
    now, then = link_all(
        linker,
        "Izmir quake kills 117",
        text,
        datetime(2025, 10, 31, 9, tzinfo=UTC),
        [("at least 117", "killed", "incident"), ("17,000 people", "killed", "incident")],
    )
    assert now.key != then.key
    assert then.day is not None and then.day.year == 1999


def test_damage_estimates_stay_with_the_disaster_and_relief_money_is_funding() -> None:
    linker = EventLinker()
    text = (
        "TACLOBAN, Philippines — The typhoon killed 61 people, the disaster agency said.\n\n"
        "Insurers estimate the storm caused $2 billion in losses.\n\n"
        "The government will give families 5,000 pesos each in emergency aid."
    )
    toll, losses, relief = link_all(
        linker,
        "Typhoon kills 61 in the Philippines",
        text,
        datetime(2025, 11, 9, 9, tzinfo=UTC),
        [
            ("61 people", "killed", "incident"),
            ("$2 billion", "money", "incident"),
            ("5,000 pesos", "money", "incident"),
        ],
    )
    assert losses.key == toll.key
    assert relief.key != toll.key and relief.event_class == "funding"


def test_a_second_count_of_the_same_march_keeps_its_day() -> None:
    linker = EventLinker()
    text = (
        "LISBON — Teachers marched again on Monday over pay.\n\n"
        "On Saturday, a march through Porto drew 40,000 people, according to organisers. "
        "Police put the crowd at 12,000."
    )
    first_sentence = "On Saturday, a march through Porto drew 40,000 people, according to organisers."
    second_sentence = "Police put the crowd at 12,000."
    published = datetime(2025, 3, 10, 18, tzinfo=UTC)
    organisers, police = (
        linker.link(
            Claim(text.index(q), text.index(q) + len(q), sentence, "count"), "Teachers march", text, published
        )
        for q, sentence in (("40,000 people", first_sentence), ("12,000", second_sentence))
    )
    assert organisers.key == police.key
    assert organisers.day == date(2025, 3, 8)


def test_survivors_nationality_does_not_move_the_shipwreck() -> None:
    linker = EventLinker()
    first = link_all(
        linker,
        "Migrant boat sinks off Lampedusa",
        "LAMPEDUSA, Italy — A boat capsized off Lampedusa on Sunday and 41 people drowned, the coast guard said.",
        datetime(2025, 8, 3, 9, tzinfo=UTC),
        [("41 people", "killed", "incident")],
    )
    later = link_all(
        linker,
        "Tunisia says its nationals were aboard the boat that sank off Italy",
        "TUNIS — Tunisia said its citizens were aboard the boat that sank off Italy.\n\n"
        "Only 20 people, including nine Tunisians, survived the sinking.",
        datetime(2025, 8, 6, 9, tzinfo=UTC),
        [("20 people", "rescued", "incident")],
    )
    assert later[0].key == first[0].key


def test_a_running_total_without_a_region_does_not_join_another_regions_series() -> None:
    linker = EventLinker()
    gaza = link_all(
        linker,
        "Gaza toll",
        "The health ministry in Gaza said 41,000 people had been killed since October 7.",
        datetime(2024, 9, 20, tzinfo=UTC),
        [("41,000 people", "killed", "cumulative")],
    )
    elsewhere = link_all(
        linker,
        "Cholera toll rises",
        "The outbreak has killed 300 people since October, the agency said.",
        datetime(2024, 9, 21, tzinfo=UTC),
        [("300 people", "killed", "cumulative")],
    )
    assert gaza[0].kind == elsewhere[0].kind == "running_total"
    assert gaza[0].key != elsewhere[0].key


def test_a_fire_and_a_flood_in_one_country_are_two_disasters() -> None:
    linker = EventLinker()
    fire = link_all(
        linker,
        "Wildfire kills 9 in Alberta",
        "JASPER, Canada — A wildfire killed 9 people near Jasper, officials said on Monday.",
        datetime(2025, 7, 14, tzinfo=UTC),
        [("9 people", "killed", "incident")],
    )
    flood = link_all(
        linker,
        "Floods kill 4 in Canada",
        "HALIFAX, Canada — Flash floods killed 4 people, officials said on Tuesday.",
        datetime(2025, 7, 22, tzinfo=UTC),
        [("4 people", "killed", "incident")],
    )
    assert fire[0].key != flood[0].key
    storm = link_all(
        linker,
        "Storm floods Canada",
        "HALIFAX, Canada — The storm that brought the floods left 3,000 homes without power.",
        datetime(2025, 7, 23, tzinfo=UTC),
        [("3,000 homes", "affected", "incident")],
    )
    assert storm[0].key == flood[0].key


def test_each_past_disaster_in_one_sentence_takes_the_year_nearest_before_its_figure() -> None:
    linker = EventLinker()
    sentence = (
        "The fire is deadlier than the 2009 Black Saturday fires, which killed 173 people, and a 1983 blaze "
        "that killed 75."
    )
    text = "MELBOURNE, Australia — A bushfire has killed 180 people, officials said.\n\n" + sentence
    now, black_saturday, ash_wednesday = link_all(
        linker,
        "Australian bushfire kills 180",
        text,
        datetime(2026, 1, 20, tzinfo=UTC),
        [
            ("180 people", "killed", "incident"),
            ("173 people", "killed", "incident"),
            ("killed 75", "killed", "incident"),
        ],
    )
    assert len({now.key, black_saturday.key, ash_wednesday.key}) == 3
    assert black_saturday.day is not None and black_saturday.day.year == 2009
    assert ash_wednesday.day is not None and ash_wednesday.day.year == 1983


def test_a_list_published_a_week_earlier_is_not_a_rate() -> None:
    linker = EventLinker()
    text = (
        "SEOUL — Police released a new list of people missing after the crowd crush, with 12 names, "
        "down from 40 on the list published a week earlier."
    )
    now, before = link_all(
        linker,
        "Crowd crush missing list shrinks",
        text,
        datetime(2025, 11, 7, tzinfo=UTC),
        [("12 names", "missing", "incident"), ("down from 40", "missing", "incident")],
    )
    assert before.key == now.key and before.event_class != "rate"


def test_the_package_just_described_keeps_its_money_together() -> None:
    linker = EventLinker()
    text = (
        "ATHENS, Greece — The government will spend €2 billion on recovery from the Thessaly floods, "
        "the prime minister said on Monday.\n\n"
        "Farmers said the floods caused more than €3 billion in losses.\n\n"
        "The new measures include €300 million for rebuilding bridges and €150 million in support for farmers."
    )
    package, losses, bridges, farmers = link_all(
        linker,
        "Greece sets out flood recovery package",
        text,
        datetime(2023, 9, 25, 18, tzinfo=UTC),
        [
            ("€2 billion", "money", "incident"),
            ("€3 billion", "money", "incident"),
            ("€300 million", "money", "incident"),
            ("€150 million", "money", "incident"),
        ],
    )
    assert package.event_class == "funding"
    assert bridges.key == farmers.key == package.key
    assert losses.key != package.key  # what the floods cost stays with the floods


def test_gunfire_by_an_army_is_not_a_fire_and_a_train_wreck_is_not_a_shipwreck() -> None:
    shots = event_hint("Four people were killed by army fire at a checkpoint near Mandalay.")
    assert "shooting" in shots.incident_terms and "wildfire" not in shots.incident_terms
    exchange = event_hint("An exchange of fire on the border left two soldiers dead.")
    assert "wildfire" not in exchange.incident_terms
    train = event_hint("The train wreck in Odisha killed 288 passengers.")
    assert "crash" in train.incident_terms and "shipwreck" not in train.incident_terms
