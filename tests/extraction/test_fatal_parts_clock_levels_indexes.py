"""The part of a case count that died ("42 of them fatal") and the whole named by who died ("Of the 57
who died") are deaths. Numbers that name rather than count stay no claims: a jetliner's model after its
airline, a clock time written with a point, a step of an alert level, a share index, the first day of a
pair, an age said of people just named, and "the two" already named."""

from __future__ import annotations

from tests.extraction.helpers import claim_with, claims_of


def _quotes(text: str) -> list[str]:
    return [text[c.char_start : c.char_end] for c in claims_of(text)]


def test_the_fatal_part_of_cases_is_a_death_count_and_the_cases_stay_a_count() -> None:
    text = "Health officials in Lima have recorded 812 cases of the disease, 37 of them fatal, since March."
    assert claim_with(text, "37 of them").metric == "killed"
    assert claim_with(text, "812 cases").metric == "count"


def test_the_whole_named_by_who_died_is_a_death_toll() -> None:
    text = "Of the 57 who died in the blaze, 19 were firefighters, the inquiry found."
    assert claim_with(text, "57").metric == "killed"
    # a whole named by its noun stays a headcount: how many were aboard, not how many died
    aboard = "Of the 212 passengers on board, only 40 survived."
    assert claim_with(aboard, "212 passengers").metric == "count"


def test_a_jetliner_named_by_its_model_number_is_no_claim() -> None:
    text = "The cargo plane clipped a parked Korean Air 747 while taxiing, and 14 people were hurt."
    assert _quotes(text) == ["14 people"]


def test_a_clock_time_written_with_a_point_is_no_claim() -> None:
    text = "The dam gave way at about 6.40 on Tuesday morning, and 23 people were swept away."
    assert _quotes(text) == ["23 people"]
    # a level a market closed at is a figure, even beside a weekday
    assert "8.25" in " ".join(_quotes("The index closed at 8.25 on Monday."))


def test_an_alert_level_and_the_level_named_by_it_are_no_claims() -> None:
    text = (
        "Vulcanologists raised the alert level for the volcano to 3 on Sunday and moved it to 4 after the "
        "eruption, when 9,000 residents were told to leave."
    )
    assert _quotes(text) == ["9,000 residents"]


def test_a_share_index_named_by_its_members_is_no_claim() -> None:
    text = "The Nikkei 225 fell 3.1 percent and the S&P 500 lost 2 percent as the FTSE 100 slid."
    assert _quotes(text) == ["3.1 percent", "2 percent"]


def test_the_first_day_of_a_pair_is_a_date() -> None:
    text = "The storms of 9 and 10 February killed 31 people across the region."
    assert _quotes(text) == ["31 people"]


def test_an_age_said_of_people_just_named_is_no_claim() -> None:
    text = "Most of the 120 patients admitted to the ward were under four, doctors said."
    assert _quotes(text) == ["120 patients"]
    # a toll said to be under a number stays a claim
    assert _quotes("The toll was still under 10 on Monday.") == ["under 10"]


def test_the_few_already_named_are_no_count() -> None:
    text = (
        "The toll rose to 11. Rescuers searched the river on Sunday for the two, a fisherman and his "
        "nephew, who are thought to have drowned."
    )
    assert _quotes(text) == ["11"]


def test_an_age_in_a_partitive_aside_is_no_claim() -> None:
    text = "More than 200 children, most of them under five, died in the outbreak."
    assert _quotes(text) == ["More than 200 children"]


def test_britains_aviation_regulator_is_not_frances() -> None:
    text = (
        "LONDON, Sept 23 - About 150,000 British holidaymakers were stranded abroad when the tour operator "
        "collapsed, according to the Civil Aviation Authority."
    )
    src = claim_with(text, "150,000").source
    assert src is not None and src.slug == "uk-caa"
    paris = "PARIS, March 3 - About 1,200 flights were cancelled, the civil aviation authority said."
    got = claim_with(paris, "1,200 flights").source
    assert got is not None and got.slug == "dgac"
