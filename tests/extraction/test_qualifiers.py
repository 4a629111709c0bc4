"""Qualifiers and the intervals they assert."""

from __future__ import annotations

import pytest

from tracker.extraction import Tolerances, extract_claims
from tracker.extraction.qualifiers import interval, tolerance


def only(text: str, **kw: object) -> tuple[str, float | None, float | None]:
    (claim,) = extract_claims(text, **kw)  # type: ignore[arg-type]
    return claim.qualifier, claim.low, claim.high


def test_it_reads_at_least_93_as_a_lower_bound() -> None:
    assert only("At least 93 people were killed.") == ("at_least", 93, None)


def test_it_reads_more_than_100_as_101_or_more_for_counts() -> None:
    assert only("More than 100 people were killed.") == ("more_than", 101, None)


def test_it_reads_no_fewer_than_as_at_least() -> None:
    assert only("No fewer than 700 people died.")[0] == "at_least"


def test_it_reads_up_to_and_as_many_as_as_upper_bounds() -> None:
    assert only("Up to 50 people may be trapped.") == ("at_most", None, 50)
    assert only("As many as 1.7 million people have been displaced.") == ("at_most", None, 1_700_000)


def test_it_reads_fewer_than_as_strictly_below_for_counts() -> None:
    assert only("Fewer than 80 trucks entered on Monday.") == ("less_than", None, 79)


def test_it_keeps_less_than_open_for_percentages() -> None:
    assert only("Pledges cover less than 0.2% of the losses.") == ("less_than", None, 0.2)


@pytest.mark.parametrize("word", ["about", "around", "roughly", "some", "an estimated", "approximately"])
def test_it_reads_hedges_as_about(word: str) -> None:
    assert only(f"{word.capitalize()} 700 people were evacuated.")[0] == "about"


@pytest.mark.parametrize("word", ["nearly", "almost", "close to"])
def test_it_reads_near_misses_as_nearly_and_never_above_the_number(word: str) -> None:
    qualifier, low, high = only(f"{word.capitalize()} 40,000 people have been killed.")
    assert qualifier == "nearly"
    assert high == 40_000
    assert low is not None and low < 40_000


def test_it_reads_trailing_or_more_as_at_least() -> None:
    assert only("The blast injured 30 or more people.")[0] == "at_least"


def test_it_treats_a_comparison_with_the_as_an_exact_figure() -> None:
    claims = extract_claims("The CGT claimed 450,000, more than the 300,000 it reported on Saturday.")
    assert [c.qualifier for c in claims] == ["exact", "exact"]


def test_about_90_is_looser_than_about_1283_relative_to_size() -> None:
    loose = tolerance(90, 10, "about", Tolerances()) / 90
    tight = tolerance(1283, 1, "about", Tolerances()) / 1283
    assert loose > tight


def test_about_90_and_93_are_consistent_but_about_90_and_110_are_not() -> None:
    low, high = interval(90, None, "about", granularity=10)
    assert low is not None and high is not None
    assert low <= 93 <= high
    assert not low <= 110 <= high


def test_callers_can_pass_their_own_tolerances() -> None:
    wide = Tolerances(about_rounding_factor=3.0, about_rel_max=0.5)
    _, low_default, _ = only("About 90 people died.")
    _, low_wide, _ = only("About 90 people died.", tolerances=wide)
    assert low_wide is not None and low_default is not None
    assert low_wide < low_default


def test_a_range_is_its_own_interval() -> None:
    assert only("Police said 60,000 to 90,000 people marched.") == ("range", 60_000, 90_000)


def test_it_reads_a_toll_that_passes_a_mark_as_more_than() -> None:
    assert only("The death toll passes 160 as rescuers reach cut-off towns.")[0] == "more_than"


def test_a_bare_exceed_or_surpass_is_more_than() -> None:
    assert only("Officials warned the number of dead could exceed 500.")[0] == "more_than"
    assert only("Repairs may surpass $4 million.")[0] == "more_than"
