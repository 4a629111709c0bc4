"""Unnamed sources ("people familiar with the matter") are attributions of no registered source, and
the count of them is no claim; a relay's day before "citing" keeps the cited source; a named body that
reports its unnamed experts' view speaks for it; a clause's opening conjunction, a jury's counts of
charges, a date and a reason after a passive agent are never a source's name; extents are counts
whatever verb comes near; an index's points are not percentage points; a figure inside a participle's
aside on the speaker is not the speaker's."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with, claims_of


@pytest.mark.parametrize(
    ("text", "quote", "words"),
    [
        (
            "The carrier was trying to raise $2 billion from investors, people familiar with the talks said.",
            "$2 billion",
            "people familiar with the talks",
        ),
        (
            "The refinery lost 300,000 barrels a day, two people briefed on the outage said.",
            "300,000 barrels",
            "people briefed on the outage",
        ),
        (
            "At least 31 guards were detained, a person with knowledge of the inquiry said.",
            "31 guards",
            "a person with knowledge of the inquiry",
        ),
    ],
)
def test_an_unnamed_source_is_kept_in_the_attribution_but_registers_no_one(
    text: str, quote: str, words: str
) -> None:
    claim = claim_with(text, quote)
    assert words in claim.attribution
    assert claim.source is None


def test_the_count_of_unnamed_sources_is_no_claim() -> None:
    text = "The fund had moved $4 billion to a sister company, a newspaper reported, citing three people familiar with the matter."
    quotes = [c.quote for c in claims_of(text)]
    assert quotes == ["$4 billion"]


def test_a_relay_dated_before_citing_still_names_what_it_cites() -> None:
    text = (
        "The airline cut 9,000 jobs, a news agency reported on Jan. 9, citing two people briefed on the plan."
    )
    claim = claim_with(text, "9,000 jobs")
    assert "people briefed" in claim.attribution


def test_a_named_body_reporting_its_experts_view_is_the_source() -> None:
    text = (
        "The Bureau of Meteorology said scientists now believed the fires had burned about 180,000 hectares."
    )
    claim = claim_with(text, "180,000 hectares")
    assert claim.source is not None and "Bureau of Meteorology" in claim.source.name


def test_a_vague_believer_of_a_possessed_estimate_is_not_lifted_to_the_speaker() -> None:
    text = "Interior Minister Tomas Berg said the army's estimate was 12,000 and the police estimate 15,500."
    claim = claim_with(text, "12,000")
    assert claim.source is None or "Berg" not in claim.source.name


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Once valued at $40 billion, the start-up filed for bankruptcy last year.", "$40 billion"),
        (
            "A federal jury convicted the banker on all nine counts he faced. Four of his deputies had testified.",
            "Four",
        ),
        (
            "Both men are serving bans imposed by the league's disciplinary panel in March over a transfer of "
            "3 million euros to an agent.",
            "3 million euros",
        ),
    ],
)
def test_no_source_is_named_by_a_conjunction_a_verdict_or_a_date_and_a_reason(text: str, quote: str) -> None:
    claim = claim_with(text, quote)
    name = claim.source.name if claim.source is not None else ""
    assert "Once" not in name and "Counts" not in name and "Nine" not in name
    assert " in March" not in name.lower() and "transfer" not in name.lower()


def test_an_extent_is_counted_whatever_verb_comes_near() -> None:
    claim = claim_with(
        "The last survey ship has left the area after mapping 60,000 square kilometres of the sea bed.",
        "60,000 square kilometres",
    )
    assert (claim.metric, claim.subject_class) == ("count", "other")


def test_an_index_moves_in_its_own_points() -> None:
    text = "The Nikkei index fell 820 points, or 3.1 percent, and the yen rose 2 percent."
    assert claim_with(text, "820 points").metric == "count"


def test_percentage_points_of_a_share_stay_percent() -> None:
    text = "Turnout fell to 41 percent from 58 percent, a drop of 17 points."
    assert claim_with(text, "17 points").metric == "percent"


def test_a_caribbean_dollar_is_money_in_that_currency() -> None:
    claim = claim_with("The minister was released on bail of 400,000 Barbados dollars.", "400,000")
    assert (claim.metric, claim.currency) == ("money", "BBD")


def test_a_figure_in_a_participles_aside_on_the_speaker_is_not_the_speakers() -> None:
    text = "Ana Duarte, released on Monday on bail of 80,000 reais after two nights in a cell, said she would appeal."
    claim = claim_with(text, "80,000 reais")
    assert claim.source is None and claim.attribution == ""


def test_an_extent_searched_is_not_set_against_an_area_described() -> None:
    text = (
        "The navy has ended the hunt after scouring 48,000 square kilometres of the gulf. Divers believe "
        "the wreck lies in an area of about 9,000 square kilometres to the east."
    )
    searched = claim_with(text, "48,000 square kilometres")
    described = claim_with(text, "9,000 square kilometres")
    assert searched.subject == "square kilometres searched"
    assert described.subject == "square kilometres"


def test_homes_searched_are_not_homes_destroyed() -> None:
    text = "Troops searched 340 homes in the village, and the fighting destroyed 90 homes."
    assert claim_with(text, "340 homes").subject == "homes searched"
    assert claim_with(text, "90 homes").subject == "homes destroyed"


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        (
            "Leave took 51.9 percent of the vote, a margin of 1,269,501 votes, announced chief counting "
            "officer Jenny Watson at the count in Manchester.",
            "51.9 percent",
            "Jenny Watson",
        ),
        ("At least 64 people were missing, confirmed Governor Ana Ruiz.", "64 people", "Ana Ruiz"),
    ],
)
def test_an_inverted_announcement_names_who_announced(text: str, quote: str, name: str) -> None:
    claim = claim_with(text, quote)
    assert claim.source is not None and name in claim.source.name


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("A night-time attack on the port on Oct. 3 killed 14 people, the governor said.", "14 people"),
        (
            "In Dhaka, where police shot dead at least 38 students on one afternoon, families have held "
            "weekly vigils ever since.",
            "38 students",
        ),
    ],
)
def test_a_time_of_day_or_another_things_frequency_is_no_period(text: str, quote: str) -> None:
    assert claim_with(text, quote).scope == "incident"


def test_a_rate_is_still_a_period() -> None:
    text = "The agency said about 1,200 people were crossing the border every day, and 9,000 weekly by March."
    assert claim_with(text, "1,200 people").scope == "period"
