"""Crowd counts: the place a protest figure counts, so Lyon's marchers never meet the nation's."""

from __future__ import annotations

from datetime import UTC

import pytest

from tests.extraction.helpers import claim_with
from tracker.extraction import extract_claims
from tracker.extraction.crowds import clause_place, crowd_subject, is_crowd, leading_place


def subjects(text: str) -> list[tuple[float, str]]:
    return [(c.value, c.subject) for c in extract_claims(text) if c.metric == "count"]


@pytest.mark.parametrize(
    ("clause", "place"),
    [
        ("Some 900,000 people marched nationwide", "nationwide"),
        ("protesters took to the streets across the country", "nationwide"),
        ("crowds rallied across Spain on Sunday", "nationwide"),
        ("40,000 marched in Lyon", "in Lyon"),
        ("the prefecture counted 9,000 in the capital", "in the capital"),
        ("an estimated 50,000 people marched on Saturday", ""),
        ("demonstrators gathered in March", ""),
    ],
)
def test_a_clause_names_where_the_crowd_was(clause: str, place: str) -> None:
    assert clause_place(clause) == place


def test_a_sentence_may_open_with_the_place() -> None:
    assert leading_place("In Lyon, police counted 12,000 marchers.") == "in Lyon"
    assert leading_place("Nationally, the figure was lower.") == "nationwide"
    assert leading_place("In the capital, police counted 9,000.") == "in the capital"
    assert leading_place("In March, police counted 9,000.") == ""
    assert leading_place("Police counted 9,000 in Lyon.") == ""


def test_people_are_a_crowd_only_when_they_march() -> None:
    assert is_crowd("protesters", "police counted 4,000 protesters")
    assert is_crowd("people", "some 20,000 people took to the streets")
    assert not is_crowd("people", "the shelter housed 20,000 people")
    assert crowd_subject("people", "nationwide") == "turnout nationwide"
    assert crowd_subject("marchers in Lyon", "in Lyon") == "marchers in Lyon"


def test_both_parties_counts_in_a_city_sentence_take_the_city() -> None:
    text = "In Lyon, police counted 12,000 marchers while unions claimed 40,000."
    assert subjects(text) == [(12_000, "marchers in Lyon"), (40_000, "marchers in Lyon")]


def test_a_paragraph_carries_its_place_to_the_next_crowd_figure() -> None:
    text = (
        "Nationally, the interior ministry counted 900,000 demonstrators. "
        "The unions said 2 million people had marched.\n\n"
        "Some 30,000 people marched in Nantes, police said."
    )
    assert subjects(text) == [
        (900_000, "demonstrators nationwide"),
        (2_000_000, "turnout nationwide"),
        (30_000, "turnout in Nantes"),
    ]


def test_a_country_is_nationwide_and_a_bare_figure_in_a_crowd_story_is_a_crowd() -> None:
    text = (
        "About 1.1 million people took to the streets across France on Thursday, the ministry said. "
        "The unions' figure of 2.8 million was more than twice as high."
    )
    assert subjects(text) == [(1_100_000, "turnout nationwide"), (2_800_000, "turnout nationwide")]


def test_people_who_do_not_march_keep_their_subject() -> None:
    text = "The camp now houses 20,000 people, the agency said."
    assert [c.subject for c in extract_claims(text)] == ["people"]


def test_a_second_crowd_count_in_the_paragraph_is_of_the_same_days_march() -> None:
    from datetime import datetime

    text = (
        "On Sunday, a march through Porto drew 40,000 people, according to the police. "
        "Organisers put the crowd at 100,000."
    )
    claims = extract_claims(text, published_at=datetime(2025, 3, 12, tzinfo=UTC))
    assert [(c.value, c.as_of.isoformat()) for c in claims] == [
        (40_000, "2025-03-09"),
        (100_000, "2025-03-09"),
    ]
    assert claims[1].subject == claims[0].subject == "turnout in Porto"


def test_a_one_city_story_gives_its_city_to_the_counts_that_name_none() -> None:
    text = (
        "TBILISI — Police said about 20,000 people rallied in Tbilisi on Sunday. "
        "Organisers said the crowd was 80,000."
    )
    assert subjects(text) == [(20_000, "turnout in Tbilisi"), (80_000, "turnout in Tbilisi")]


def test_the_capital_is_the_datelines_city_when_the_story_names_no_other() -> None:
    text = (
        "LISBON — Some 15,000 people marched in the capital on Saturday, police said, "
        "while the organisers counted 50,000 marchers."
    )
    assert subjects(text) == [(15_000, "turnout in Lisbon"), (50_000, "marchers in Lisbon")]


def test_a_story_of_several_cities_or_of_the_nation_leaves_placeless_counts_alone() -> None:
    several = (
        "ROME — Police counted 30,000 protesters in Milan and 20,000 in Naples. "
        "Unions said 400,000 people had marched."
    )
    assert subjects(several)[-1] == (400_000, "turnout")
    national = (
        "ROME — About 500,000 people marched nationwide, the ministry said. "
        "Unions said 2 million people had marched, and 60,000 protesters gathered in Rome.\n\n"
        "Organisers claimed 90,000 demonstrators."
    )
    assert subjects(national)[-1] == (90_000, "demonstrators")


def test_a_city_named_only_in_background_does_not_place_the_storys_counts() -> None:
    text = (
        "MANILA — Organisers put the turnout at 300,000. Police said 80,000 people had marched.\n\n"
        "The last rally of that size, of an estimated 1 million people in 1986, filled a highway in Quezon City."
    )
    got = subjects(text)
    # the 1986 rally is history: the story's own counts are the dateline city's, not Quezon City's
    assert got[0] == (300_000, "turnout in Manila") and got[1] == (80_000, "turnout in Manila")


def test_police_there_count_the_crowd_of_the_place_the_sentence_before_named() -> None:
    text = (
        "The day of protest that began in Australia on Friday ended in Sydney on Sunday. Police there put "
        "the crowd at 200,000; organisers said more than 250,000 people marched through the city."
    )
    assert claim_with(text, "200,000").subject == "turnout in Sydney"
    assert claim_with(text, "250,000").subject == "turnout in Sydney"
