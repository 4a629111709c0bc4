"""A court's verdict or sentence and a body's sanction or rate decision are that body's figures; a
figure that counts the speakers is nobody's and counts them; a speaker inside a relative clause about a
noun speaks for that clause only."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote", "who"),
    [
        ("A jury in Leeds convicted six men of fraud on Tuesday.", "six men", "jury"),
        ("A judge at Snaresbrook Crown Court jailed the three for life.", "three", "judge"),
        ("In 2019 a court in Lyon fined it 2 million euros for the leak.", "2 million", "court"),
        ("The tribunal sentenced 12 officers to prison terms.", "12 officers", "tribunal"),
        ("The army disciplined 23 soldiers over the raid.", "23 soldiers", "army"),
        ("Judge Maria Ortiz set the damages at $250,000 for each plaintiff.", "$250,000", "ortiz"),
        ("The Reserve Bank cut its cash rate to 0.25 percent on Tuesday.", "0.25 percent", "reserve bank"),
        ("The cabinet drew up an emergency budget of 4 billion pesos.", "4 billion", "cabinet"),
        ("In the first two weeks alone the interior ministry counted 1,200 arrests.", "1,200", "ministry"),
    ],
)
def test_a_verdict_sanction_or_decision_is_its_makers_figure(text: str, quote: str, who: str) -> None:
    claim = claim_with(text, quote)
    giver = " ".join([claim.source.name if claim.source is not None else "", claim.attribution]).lower()
    assert who in giver


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the convicted man, not the court
        ("Ivan Petrov was found guilty on Monday and sentenced for killing 14 people.", "14 people"),
        # a denial of a figure is no giving of it
        ("The ministry dismissed reports that 300 people had died.", "300 people"),
    ],
)
def test_the_one_sentenced_or_a_denier_gives_no_figure(text: str, quote: str) -> None:
    claim = claim_with(text, quote)
    assert claim.source is None and not claim.attribution


def test_a_count_of_the_speakers_is_theirs_to_no_one_and_counts_them() -> None:
    text = "Three nurses said 40 patients had died in the fire."
    speakers = claim_with(text, "Three nurses")
    assert speakers.source is None and not speakers.attribution
    assert speakers.metric == "count"
    assert claim_with(text, "40 patients").attribution.startswith("Three nurses said")


def test_a_speaker_in_a_relative_clause_speaks_only_for_it() -> None:
    text = "The conflict, which the Red Cross said began in 2014, has killed 13,000 people."
    claim = claim_with(text, "13,000")
    assert claim.source is None and not claim.attribution
    inside = "The conflict, which the Red Cross says has killed 13,000 people, began in 2014."
    assert "red cross" in claim_with(inside, "13,000").attribution.lower()
