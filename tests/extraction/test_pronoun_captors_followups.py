"""A pronoun opening a sentence names no one of its own ("It added that ..."); people captured by
protesters are hostages; "That was the latest count from X" gives the figures before it; a title
that runs on through "and the Caribbean"; a year long past ("since 1780"); the passive "are believed
to be" is nobody's report; a part of a group just counted keeps its state; displaced by being driven
from a place or not yet back home; a predicate past a coordinated noun."""

from __future__ import annotations

from tests.extraction.helpers import claim_with, claims_of


def test_it_added_points_back_and_is_no_name() -> None:
    text = (
        "The transport ministry said all flights had been grounded. It added that 14 police officers had "
        "been hurt in the scuffles."
    )
    claim = claim_with(text, "14 police officers")
    assert claim.source is not None and "Added" not in claim.source.name
    assert "transport ministry" in claim.attribution


def test_people_captured_by_protesters_are_hostages() -> None:
    assert claim_with("Some 30 officers were captured by demonstrators.", "30 officers").metric == "hostages"
    assert claim_with("Troops captured 30 fighters near the border.", "30 fighters").metric == "detained"


def test_that_was_the_latest_count_from_gives_the_figures_before() -> None:
    text = (
        "More than 1,400 people are dead and 3,100 are missing. That was the latest count from the "
        "national disaster commission on Friday."
    )
    assert "disaster commission" in claim_with(text, "1,400 people").attribution
    assert "disaster commission" in claim_with(text, "3,100").attribution


def test_a_title_runs_on_through_and_the_capitalised_name() -> None:
    text = "The Economic Commission for Africa and the Indian Ocean put the damage at $2.1 billion."
    assert "Commission for Africa and the Indian Ocean" in claim_with(text, "$2.1 billion").attribution


def test_a_year_long_past_is_no_figure() -> None:
    values = [c.value for c in claims_of("It was the worst flood since 1717, and 12 people died.")]
    assert values == [12]


def test_the_passive_believed_to_be_is_nobodys_report() -> None:
    text = "The militias are also believed to be holding up to 25 aid workers."
    assert claim_with(text, "25 aid workers").attribution == ""


def test_a_part_of_the_group_just_counted_keeps_its_state() -> None:
    text = (
        "Officials said 23 villagers had been killed in the raid. Six of the villagers, farmers who had "
        "tried to run into the forest, were found near the river."
    )
    assert claim_with(text, "Six of the villagers").metric == "killed"


def test_driven_from_a_place_or_not_yet_home_is_displaced() -> None:
    assert claim_with("About 90,000 people were driven from Kherson.", "90,000 people").metric == "displaced"
    text = "Two years on, thousands of families have yet to return home."
    assert claim_with(text, "thousands of families").metric == "displaced"
    assert claim_with("Some 40 ministers were forced from office.", "40 ministers").metric != "displaced"


def test_the_predicate_past_a_coordinated_noun_decides() -> None:
    text = "In all, 212 hostages and trapped workers were rescued from the plant."
    assert claim_with(text, "212 hostages").metric == "rescued"


def test_an_exodus_is_displacement() -> None:
    assert claim_with("About 400,000 Syrians had emigrated by then.", "400,000 Syrians").metric == "displaced"
    text = "Some 2,000 people a day had left Nicaragua this year, and 90,000 are living abroad."
    assert claim_with(text, "2,000 people").metric == "displaced"
    assert claim_with(text, "90,000").metric == "displaced"


def test_a_paragraph_opening_on_a_part_of_them_takes_the_whole_before() -> None:
    text = (
        "The number of Eritreans who have fled their country has reached 500,000, the agency said.\n\n"
        "About 180,000 of them are in Ethiopia, the agency said."
    )
    assert claim_with(text, "180,000 of them").metric == "displaced"


def test_later_that_week_the_agency_is_the_news_agency_named_before() -> None:
    text = (
        "Xinhua's first count had put the injured at 88, and later that week the agency gave the toll as 17."
    )
    toll = claim_with(text, "17")
    assert toll.source is not None and toll.source.name == "Xinhua"
    assert "week the agency" not in toll.attribution.split("[")[0].split("later that ")[0]


def test_a_time_clause_after_a_comma_gives_no_metric() -> None:
    text = "The first 600 Marines left the capital in May, weeks before the president was killed."
    assert claim_with(text, "600 Marines").metric == "count"


def test_the_estimate_comes_from_a_person_he_speaks_for() -> None:
    text = (
        "The ministry has put the toll at 90. The highest estimate comes from Jon Lee, a doctor who "
        "worked in the camps. He put the toll at more than 400."
    )
    assert "Jon Lee" in claim_with(text, "more than 400").attribution


def test_armed_men_moving_into_camps_are_not_displaced() -> None:
    assert claim_with("Some 250 gunmen moved into the camps.", "250 gunmen").metric == "count"


def test_have_now_left_their_country() -> None:
    text = "More than 6 million Syrians have now left their country, the refugee agency said."
    assert claim_with(text, "6 million Syrians").metric == "displaced"
