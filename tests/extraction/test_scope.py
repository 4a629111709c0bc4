"""Scope (incident / cumulative / period), since, and sentence splitting."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tests.extraction.helpers import claim_with
from tracker.extraction import extract_claims
from tracker.extraction.scope import split_sentences

PUBLISHED = datetime(2024, 8, 13, 12, 0, tzinfo=UTC)


def scopes(text: str) -> list[tuple[str, date | None]]:
    return [(c.scope, c.since) for c in extract_claims(text, published_at=PUBLISHED)]


def test_it_reads_since_october_7_as_a_running_total_from_2023_10_07() -> None:
    text = "The ministry said 39,790 people had been killed since October 7."
    assert scopes(text) == [("cumulative", date(2023, 10, 7))]


def test_it_reads_so_far_as_a_running_total() -> None:
    assert scopes("So far 1,200 people have been evacuated, officials said.")[0][0] == "cumulative"


def test_it_reads_the_past_24_hours_as_a_period_next_to_a_running_total() -> None:
    text = (
        "The ministry said 39,790 people had been killed since the war began on October 7, "
        "including 40 people killed in the past 24 hours."
    )
    assert [s for s, _ in scopes(text)] == ["cumulative", "period"]


def test_it_carries_the_start_date_to_a_later_since_the_war_began() -> None:
    text = (
        "At least 39,897 people have been killed since October 7, the ministry said.\n\n"
        "It said 92,152 people had been wounded since the war began."
    )
    assert scopes(text)[1] == ("cumulative", date(2023, 10, 7))


def test_it_reads_a_daily_rate_as_a_period() -> None:
    assert scopes("UNRWA said 177 aid trucks a day had crossed.")[0][0] == "period"


def test_it_reads_a_single_strike_as_an_incident() -> None:
    assert scopes("The strike on Saturday killed 93 people, rescuers said.")[0][0] == "incident"


def test_it_splits_sentences_but_not_on_abbreviations() -> None:
    text = "Gen. Ali said 12 were hurt at 5 p.m. on Monday. Dr. Sara Khan said 40 were treated."
    spans = list(split_sentences(text))
    assert [text[s:e] for s, e in spans] == [
        "Gen. Ali said 12 were hurt at 5 p.m. on Monday.",
        "Dr. Sara Khan said 40 were treated.",
    ]


def test_it_treats_every_line_break_as_a_sentence_end() -> None:
    text = "The quake killed 120 people\nRescuers found 14 survivors"
    assert len(list(split_sentences(text))) == 2


def test_it_does_not_read_a_superlative_since_as_a_running_total() -> None:
    text = "The ministry said 322 trucks entered on Sunday, the largest number in a single day since the war began."
    assert scopes(text)[0][0] != "cumulative"


def test_it_applies_a_trailing_since_to_every_figure_of_the_clause() -> None:
    text = "The ministry said 40,005 people had been killed and 92,401 wounded since October 7."
    assert scopes(text) == [("cumulative", date(2023, 10, 7)), ("cumulative", date(2023, 10, 7))]


def test_it_reads_an_offensive_that_has_killed_as_a_running_total() -> None:
    assert scopes("The offensive has killed at least 33,843 people, the ministry said.")[0][0] == "cumulative"


def test_a_day_earlier_is_a_date_not_a_rate() -> None:
    c = extract_claims("The toll rose to 64, up from 51 a day earlier.")[-1]
    assert c.scope == "incident"
    c = extract_claims("Officials said 300 trucks a day were needed.")[0]
    assert c.scope == "period"


def test_a_season_is_a_running_total_and_one_fire_is_an_incident() -> None:
    published = datetime(2025, 8, 20, tzinfo=UTC)
    c = extract_claims("At least 820 people have died since the monsoon began.", published_at=published)[0]
    assert c.scope == "cumulative"
    c = extract_claims("Some 3,000 people have fled since the fire broke out.", published_at=published)[0]
    assert c.scope == "incident"


def test_a_running_total_is_not_dated_to_its_own_start() -> None:
    from datetime import UTC, date, datetime

    from tracker.extraction import extract_claims

    (claim,) = extract_claims(
        "The ministry said on Saturday that the toll had risen to 4,210 since the offensive began on March 3.",
        published_at=datetime(2025, 6, 2, 9, tzinfo=UTC),
    )
    assert claim.scope == "cumulative"
    assert claim.since == date(2025, 3, 3)
    assert claim.as_of is not None and claim.as_of > claim.since


def test_so_far_after_a_superlative_ranks_a_figure_and_starts_no_total() -> None:
    text = "The federation said 95,000 people joined the march, its highest count of the campaign so far."
    assert scopes(text)[0][0] == "incident"
    assert scopes("Canada gave $15 million, the largest single gift to date.")[0][0] == "incident"
    assert scopes("The agency said 450 people had been rescued so far.")[0][0] == "cumulative"
    assert scopes("So far 2,300 people have been killed, the ministry said.")[0][0] == "cumulative"


def test_a_total_the_period_count_brings_the_toll_to_is_not_a_period() -> None:
    text = "The ministry reported 102 new deaths in the past 24 hours, bringing the toll to 4,560."
    assert [s for s, _ in scopes(text)] == ["period", "incident"]
    assert scopes("In the past 24 hours, 102 people died.")[0][0] == "period"
    assert scopes("The 2,000 arrests are the most so far in the crackdown.")[0][0] == "incident"


def _scopes(text: str) -> list[tuple[float, str]]:
    return [(c.value, c.scope) for c in extract_claims(text)]


def test_a_monitors_count_over_a_month_or_a_span_of_dates_is_a_period() -> None:
    assert _scopes("At least 57 civilians were killed and 230 injured across the country in March.") == [
        (57, "period"),
        (230, "period"),
    ]
    assert _scopes("The monitors recorded 412 deaths between 3 and 28 February.") == [(412, "period")]
    assert _scopes("From May to August the agency verified 96 deaths and 310 injuries.") == [
        (96, "period"),
        (310, "period"),
    ]
    assert _scopes("Air raids killed 75 civilians last month, the group said.") == [(75, "period")]
    assert _scopes("It listed 33 dead in the first week of June.") == [(33, "period")]
    assert _scopes("Some 14 children were killed during the month.") == [(14, "period")]


def test_a_month_that_only_dates_one_event_is_no_period() -> None:
    assert _scopes("A car bombing in June killed 18 people.") == [(18, "incident")]
    assert _scopes("In October, a bus crash killed 22 passengers.") == [(22, "incident")]
    assert _scopes("The war that began in March 2021 has displaced 8,000 people.")[0][1] != "period"
    assert _scopes("In Marseille, police counted 9,000 marchers.") == [(9000, "incident")]
    assert _scopes("Organisers said 80,000 joined the rally, beating the 60,000 of a march in 2016.")[0] == (
        80000,
        "incident",
    )


def test_that_day_or_a_day_of_clashes_is_no_period() -> None:
    assert _scopes("The ministry said 31 people died that day.") == [(31, "incident")]
    assert _scopes("Medics treated 46 people after a day of clashes.") == [(46, "incident")]
    assert _scopes("About 60 people a day are being admitted.") == [(60, "period")]


def test_a_since_in_a_clause_or_aside_of_its_own_makes_no_running_total() -> None:
    text = (
        "It said 90 tonnes of aid had arrived since the floods, and that at least 1,700 homes were destroyed."
    )
    assert _scopes(text)[1] == (1700, "incident")
    text = "The observatory, which has logged rallies since October, counted 6,000 people in the square."
    assert _scopes(text) == [(6000, "incident")]
    # a subset of the running total keeps it
    text = (
        "Police said they had detained 310 people since the unrest began, and that 40 of them were charged."
    )
    assert _scopes(text) == [(310, "cumulative"), (40, "cumulative")]


def test_so_far_on_a_partitives_whole_is_not_the_figures() -> None:
    assert _scopes("Only 7 of the bodies recovered so far have been identified.") == [(7, "incident")]
    assert _scopes("Rescuers have pulled 48 survivors from the rubble so far.") == [(48, "cumulative")]


def test_a_period_in_another_events_clause_is_not_the_figures() -> None:
    text = (
        "Officials said 240 trucks crossed on Monday, the most in a single day this month, as pressure grew"
        " after a strike killed four volunteers."
    )
    assert _scopes(text)[-1] == (4, "incident")
    text = "One study puts the losses at $90 billion a year, while others range from $40 billion to $120 billion."
    assert _scopes(text)[-1][1] == "period"


def test_a_since_with_a_possessive_or_a_hyphenated_war_starts_a_total() -> None:
    pub = datetime(2024, 6, 1, tzinfo=UTC)
    text = "Kyiv says 9,000 of its soldiers have died since Russia's full-scale invasion in February 2022."
    (claim,) = extract_claims(text, published_at=pub)
    assert claim.scope == "cumulative"
    assert claim.since in (date(2022, 2, 1), date(2022, 2, 24))
    text = "The ministry said 2,100 Ukrainian civilians had died since the start of the full-scale war."
    (claim,) = extract_claims(text, published_at=pub)
    assert (claim.scope, claim.since) == ("cumulative", date(2022, 2, 24))


def test_a_toll_that_rose_in_a_month_is_no_period() -> None:
    assert _scopes("The flood toll rose to 61 in August.") == [(61, "incident")]


def test_a_wars_own_toll_runs_from_the_known_start_of_the_war() -> None:
    pub = datetime(2024, 9, 1, tzinfo=UTC)
    text = "Russia's invasion has killed more than 11,000 Ukrainian civilians, the UN says."
    (claim,) = extract_claims(text, published_at=pub)
    assert (claim.scope, claim.since) == ("cumulative", date(2022, 2, 24))
    (claim,) = extract_claims("The war has killed 7,000 people in the province.", published_at=pub)
    assert (claim.scope, claim.since) == ("cumulative", None)  # no known war named


def test_more_written_forms_of_a_counted_span() -> None:
    assert _scopes("Observers verified 73 deaths from 2 to 19 May.") == [(73, "period")]
    assert _scopes("Police made 410 arrests over the course of the week.") == [(410, "period")]
    assert _scopes("In the month to Friday, 58 migrants drowned.") == [(58, "period")]


def test_a_total_so_far_this_year_runs_from_the_first_of_january() -> None:
    pub = datetime(2024, 8, 15, tzinfo=UTC)
    for text in (
        "So far this year, 640 people have drowned off the coast.",
        "At least 640 people have drowned off the coast since the start of the year.",
    ):
        (claim,) = extract_claims(text, published_at=pub)
        assert (claim.scope, claim.since) == ("cumulative", date(2024, 1, 1))


def test_a_bare_month_before_a_verb_of_saying_dates_the_saying() -> None:
    text = "In October, a week after the vote, the minister said 2,600 soldiers had been killed."
    assert _scopes(text)[-1][1] != "period"
    assert _scopes("In March, 64 civilians were killed, the monitors said.") == [(64, "period")]


def test_so_far_in_the_clause_before_makes_no_running_total() -> None:
    text = "Crews have recovered 25 bodies so far, and 480 homes were damaged."
    assert _scopes(text) == [(25, "cumulative"), (480, "incident")]
    text = "The agency has handed out 90 tonnes of food so far, while 1,300 shops were looted."
    assert _scopes(text)[1] == (1300, "incident")


def test_aid_counted_on_a_day_is_a_period_and_aid_sent_to_a_disaster_is_not() -> None:
    assert _scopes("The army said 95 aid lorries crossed the border on Thursday.") == [(95, "period")]
    assert _scopes("Officials said 60 relief trucks came through that day.") == [(60, "period")]
    assert _scopes("The Red Crescent said it had sent 40 ambulances and 300 tents to the valley.") == [
        (40, "incident"),
        (300, "incident"),
    ]


MONSOON_PUB = datetime(2025, 8, 20, 9, 0, tzinfo=UTC)


def _full(text: str) -> list[tuple[float, str, date | None]]:
    return [(c.value, c.scope, c.since) for c in extract_claims(text, published_at=MONSOON_PUB)]


def test_a_season_s_onset_starts_a_running_total() -> None:
    text = "Landslides have killed 212 people in the hills since the rainy season began on June 20."
    assert _full(text) == [(212, "cumulative", date(2025, 6, 20))]
    text = "Storms have destroyed 4,300 homes since mid-July, the agency said."
    assert _full(text)[0][1] == "cumulative"


def test_later_figures_in_a_perfect_tense_carry_on_the_article_s_running_count() -> None:
    text = (
        "Floods have killed 310 people since the wet season began on June 2, officials said.\n\n"
        "The agency said 40,000 homes had been damaged and that 21 provinces have been declared disaster "
        "zones. About 900,000 people need food aid, the UN said."
    )
    got = _full(text)
    assert got[:3] == [
        (310, "cumulative", date(2025, 6, 2)),
        (40_000, "cumulative", date(2025, 6, 2)),
        (21, "cumulative", date(2025, 6, 2)),
    ]
    assert got[3][1] == "incident"  # a need today is no running count


def test_an_incident_of_its_own_does_not_continue_the_running_count() -> None:
    text = (
        "The war has killed 9,100 people since March 3, the ministry said. "
        "A drone strike on Sunday has killed 14 people in a market."
    )
    assert [s for _v, s, _d in _full(text)] == ["cumulative", "incident"]


def test_a_subset_of_a_season_toll_runs_with_it() -> None:
    text = "Officials put the toll from the monsoon at 640 on Monday, with 150 children and 98 women among the dead."
    assert [s for _v, s, _d in _full(text)] == ["cumulative"] * 3


def test_a_running_total_in_a_relative_clause_belongs_to_its_own_figure() -> None:
    text = (
        "The UN appealed for $75 million to help victims of storms that have killed 400 people since May 2."
    )
    assert [s for _v, s, _d in _full(text)] == ["incident", "cumulative"]


def test_money_given_or_sought_in_a_month_is_one_act() -> None:
    text = "The bank added $15 million in July to the $40 million it had pledged in May."
    assert [s for _v, s, _d in _full(text)] == ["incident", "incident"]


def test_transit_trips_are_counted_over_a_span() -> None:
    text = "By noon, riders had taken 310,000 trips on the subway, the transit authority said."
    assert [s for _v, s, _d in _full(text)] == ["period"]


def test_a_one_off_incident_s_count_so_far_is_the_incident_s_own() -> None:
    text = (
        "A fire ripped through a market hall on Friday, killing 12 people and injuring 140 so far, "
        "the fire brigade said. Rescuers said 30 people had been pulled out alive since the fire."
    )
    claims = extract_claims(text, published_at=PUBLISHED, title="Market hall fire kills 12")
    assert [c.scope for c in claims] == ["incident", "incident", "incident"]


def test_a_count_so_far_in_a_war_story_keeps_running() -> None:
    text = "Officials said 2,300 people have been killed so far in the war."
    assert scopes(text)[0][0] == "cumulative"
    text = "The blast wounded 40. The army said 900 fighters had been killed so far in the offensive."
    assert [s for s, _d in scopes(text)] == ["incident", "cumulative"]


def test_money_released_in_the_first_days_after_a_disaster_is_one_act() -> None:
    text = "The fund released $8 million in the first days after the cyclone, the agency said."
    assert _full(text)[0][1] == "incident"
    text = "Donors pledged $90 million a year in the first weeks of the talks."
    assert _full(text)[0][1] == "period"


def test_money_a_donor_has_given_in_a_war_runs_from_the_war_s_start() -> None:
    text = (
        "Officials in Kyiv said on Monday that Britain had provided $14 billion in military aid "
        "and $5 billion in loans, and that talks on a new package would start soon."
    )
    title = "Britain's aid to Ukraine in the war with Russia"
    claims = extract_claims(text, published_at=datetime(2025, 3, 3, tzinfo=UTC), title=title)
    assert [(c.scope, c.since) for c in claims] == [("cumulative", date(2022, 2, 24))] * 2


def test_money_given_with_no_war_named_is_no_running_total() -> None:
    text = "The foundation said it had provided $3 million to the hospital."
    assert scopes(text)[0][0] == "incident"


def test_a_relief_fund_named_in_a_quake_story_starts_no_running_story() -> None:
    text = (
        "An earthquake flattened three villages on Sunday. The UN said 4,200 people had been affected "
        "so far and released $2 million from its emergency fund."
    )
    claims = extract_claims(text, published_at=PUBLISHED, title="Quake flattens villages")
    assert claims[0].scope == "incident"


def test_a_war_s_displaced_and_hostages_run_from_its_start() -> None:
    text = (
        "Fighting in Sudan's war went on this week. The agency says about 8 million people have been "
        "displaced, and the army says 40 hostages are still held by the RSF."
    )
    claims = extract_claims(text, published_at=datetime(2025, 5, 1, tzinfo=UTC), title="Sudan war")
    assert [(c.scope, c.since) for c in claims] == [("cumulative", date(2023, 4, 15))] * 2


def test_people_displaced_by_a_one_off_disaster_are_the_incident_s() -> None:
    text = "The flood swept through the valley. Officials said 30,000 people had been displaced."
    claims = extract_claims(text, published_at=PUBLISHED, title="Flood in the valley")
    assert claims[0].scope == "incident"


def test_a_toll_of_a_war_named_with_a_hyphenated_length_is_a_running_total() -> None:
    text = "More than 4,000 people were killed in the six-week war over the enclave, the president said."
    assert claim_with(text, "4,000 people").scope == "cumulative"
