"""Political camps and state outlets are sources: a ruling junta or regime is its country's
government, an opposition is its country's opposition, and state television or the state-run press
is its country's state media, however a story names them. A share of voters carries the side they
took, so the shares of one vote compare side to side and never across sides."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with

BANGKOK = (
    "BANGKOK, Thailand, March 25 (Reuters) - Thais voted on Sunday in the first election since the coup.\n\n"
)
MINSK = "MINSK, Belarus, Aug 10 (Reuters) - Police broke up protests after the presidential election.\n\n"


def _source(text: str, quote: str) -> str:
    claim = claim_with(text, quote)
    assert claim.source is not None, f"no source for {quote!r}"
    return claim.source.name


@pytest.mark.parametrize(
    "speaker",
    ["The junta said", "The military junta said", "The regime said", "Thailand's junta said"],
)
def test_a_ruling_junta_or_regime_is_the_countrys_government(speaker: str) -> None:
    text = BANGKOK + f"{speaker} 51.2 million people were eligible to vote."
    assert _source(text, "51.2 million") == _source(
        BANGKOK + "The government said 2 people died.", "2 people"
    )


def test_an_opposition_is_its_countrys_whether_named_with_it_or_not() -> None:
    bare = _source(MINSK + "The opposition said 200,000 people marched in Minsk.", "200,000")
    placed = _source(MINSK + "Belarus's opposition said 200,000 people marched in Minsk.", "200,000")
    assert bare == placed
    assert "Opposition" in bare and "Belarus" in bare


def test_a_syrian_opposition_is_not_the_syrian_government() -> None:
    name = _source("Syria's opposition said 30 people were killed in the shelling.", "30 people")
    assert "Opposition" in name and "Government" not in name


@pytest.mark.parametrize(
    "speaker",
    [
        "State television said",
        "The state media said",
        "The state-run newspaper said",
        "Belarus's state media said",
    ],
)
def test_state_outlets_of_a_story_are_one_source(speaker: str) -> None:
    text = MINSK + f"{speaker} 7,000 people had been detained."
    assert _source(text, "7,000") == "Belarus State Media"


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("The election commission said 80.1 percent of voters backed the incumbent.", "in favour"),
        ("The election commission said 80.1 percent of voters had approved the charter.", "in favour"),
        ("Exit polls showed 61 percent of voters rejected the constitution.", "against"),
        ("The opposition said 70 percent of voters stayed away.", "staying away"),
        ("Officials said 84 percent of registered voters turned out.", "taking part"),
    ],
)
def test_a_share_of_voters_carries_the_side_they_took(sentence: str, side: str) -> None:
    claim = claim_with(sentence, "percent")
    assert claim.metric == "percent"
    assert claim.subject.endswith(side)


def test_two_sides_of_one_vote_are_two_subjects() -> None:
    against = claim_with("About 98 percent of voters rejected the plan, the opposition said.", "98 percent")
    away = claim_with("The opposition said 88 percent of voters had stayed away.", "88 percent")
    assert against.subject != away.subject


def test_a_share_of_something_else_keeps_its_subject() -> None:
    claim = claim_with("Some 60 percent of the city was without power, the utility said.", "60 percent")
    assert claim.subject == "city"
