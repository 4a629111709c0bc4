"""Who fines or freezes a sum gives it; relief camps and dams are counted objects; people never found
are missing; a team sent to find bodies is a count of the team; a span ends a
subject; an arrest or a charge dated by its month is one act, not a span."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote", "who"),
    [
        ("The regulator Ofwat fined the water company 90 million pounds.", "90 million", "Ofwat"),
        ("The Federal Court froze 2 billion rupees of the firm's assets.", "2 billion", "Federal Court"),
    ],
)
def test_who_fines_or_freezes_a_sum_gives_it(text: str, quote: str, who: str) -> None:
    claim = claim_with(text, quote)
    assert claim.metric == "money"
    assert claim.source is not None and who.lower() in claim.source.name.lower()


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("About 80,000 people were sheltering in 412 relief camps, officials said.", "412 relief camps"),
        ("Engineers opened the gates of 12 dams as the rivers rose.", "12 dams"),
    ],
)
def test_camps_and_dams_are_counted_objects(text: str, quote: str) -> None:
    claim = claim_with(text, quote)
    assert (claim.metric, claim.subject_class) == ("count", "objects")


def test_people_never_found_are_missing() -> None:
    claim = claim_with("The storm killed 212 people, and 19 people were never found.", "19 people")
    assert claim.metric == "missing"


def test_a_team_sent_to_find_bodies_is_counted_not_killed() -> None:
    claim = claim_with("Turkey said it was sending a team of 60 rescuers to help find bodies.", "60 rescuers")
    assert claim.metric == "count"


def test_a_span_after_the_figure_is_no_part_of_its_subject() -> None:
    claim = claim_with("The floods killed 212 people between June 1 and the end of August.", "212")
    assert claim.subject == "people"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Prosecutors charged 9 people with manslaughter in March 2021, 4 of them engineers.", "4 of them"),
        ("Police arrested 14 men in May over the collapse.", "14 men"),
    ],
)
def test_an_arrest_or_a_charge_dated_by_its_month_is_one_act(text: str, quote: str) -> None:
    assert claim_with(text, quote).scope == "incident"


@pytest.mark.parametrize(
    ("text", "quote", "who"),
    [
        (
            "The mayor said the city had fined the firm $2 million, on top of a penalty of $5 million imposed "
            "by the Federal Railroad Administration.",
            "$5 million",
            "Federal Railroad Administration",
        ),
        (
            "Each family received 40,000 euros, a payment announced last March by the Pellworm Foundation.",
            "40,000 euros",
            "Pellworm Foundation",
        ),
        (
            "Tamil Nadu had asked the Centre for 15 billion rupees in relief in June.",
            "15 billion",
            "Tamil Nadu",
        ),
    ],
)
def test_who_imposed_announced_or_asked_for_a_sum_gives_it(text: str, quote: str, who: str) -> None:
    claim = claim_with(text, quote)
    assert claim.source is not None and who.lower() in claim.source.name.lower()


def test_an_adverb_after_a_sum_is_no_subject() -> None:
    claim = claim_with("The governor asked for 3 billion rupees straight away.", "3 billion")
    assert claim.subject == "" and claim.scope == "incident"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The gunman used four rifles and held a licence obtained in March 2016.", "four rifles"),
        ("The board, which listed 12 causes in its report last year, blamed the operator.", "12 causes"),
    ],
)
def test_a_licence_obtained_or_a_report_dated_by_its_month_is_one_act(text: str, quote: str) -> None:
    assert claim_with(text, quote).scope == "incident"
