"""A previous value given with how long ago it held ("up from 4,410 three days earlier") is the same
measure as the figure it is compared with: the time span dates it and names nothing it counts."""

from __future__ import annotations

from datetime import date

from tests.extraction.helpers import claim_with

TEXT = (
    "The regional governor said on Monday that 4,906 people had been killed since March 2, up from "
    "4,410 three days earlier, and that many bodies had not been identified."
)


def test_the_earlier_value_keeps_the_measure_it_is_compared_with() -> None:
    earlier = claim_with(TEXT, "4,410")
    assert earlier.metric == "killed"
    assert earlier.subject_class == "people"
    assert "days" not in earlier.quote


def test_the_earlier_value_keeps_the_speaker() -> None:
    now, earlier = claim_with(TEXT, "4,906"), claim_with(TEXT, "4,410")
    assert earlier.attribution == now.attribution


def test_days_earlier_count_back_from_the_day_just_named() -> None:
    # published Wednesday 20 May 2026: "on Monday" is 18 May, three days before it 15 May
    assert claim_with(TEXT, "4,906").as_of == date(2026, 5, 18)
    assert claim_with(TEXT, "4,410").as_of == date(2026, 5, 15)


def test_days_earlier_without_a_day_named_count_back_from_publication() -> None:
    text = "About 1,900 families were in shelters, against 2,300 two days before."
    assert claim_with(text, "2,300").as_of == date(2026, 5, 18)
