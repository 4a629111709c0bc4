"""A source that raises its own amount ("raised its pledge to $35 million") is not at odds with the
amount it gave before; the same later amount given without a word of increase still is."""

from __future__ import annotations

from tests.verification.test_engine import claim, frame, kinds
from verification.engine import compare

PLEDGE = {
    "metric": "money",
    "subject": "US relief pledge",
    "subject_class": "money",
    "source": "US government",
}


def _run(later_sentence: str) -> list[tuple[str, tuple[int, ...]]]:
    return kinds(
        compare(
            frame(
                claim(1, value=15e6, published_at="2024-12-28T12:00:00Z", sentence="Washington pledged $15 million.", **PLEDGE),
                claim(2, value=35e6, published_at="2025-01-06T12:00:00Z", sentence=later_sentence, **PLEDGE),
            )
        )
    )  # fmt: skip


def test_an_amount_its_source_raised_later_is_no_conflict() -> None:
    assert _run("The United States raised its pledge to $35 million on Friday.") == []
    assert _run("Washington has doubled its aid, to $35 million.") == []


def test_a_later_amount_with_no_word_of_increase_still_conflicts() -> None:
    assert _run("The United States pledged $35 million.") == [("value_conflict", (1, 2))]


def test_a_raise_told_by_another_source_is_still_a_conflict_between_sources() -> None:
    found = kinds(
        compare(
            frame(
                claim(1, value=15e6, published_at="2024-12-28T12:00:00Z", sentence="Washington pledged $15 million.", **PLEDGE),
                claim(2, value=35e6, published_at="2025-01-06T12:00:00Z", sentence="The US raised its pledge to $35 million.",
                      **{**PLEDGE, "source": "Gaza Civil Defence"}),
            )
        )
    )  # fmt: skip
    assert [k for k, _ in found] == ["value_conflict"]
