"""Running totals are each counter's own series, so one counter's total growing is never a conflict;
but two named counters whose totals for the same day cannot both hold ("300 have died" against "at
least 448 have been killed") are at odds."""

from __future__ import annotations

from typing import Any

from tests.verification.test_engine import claim, frame, kinds
from verification.engine import compare

TOTAL: dict[str, Any] = {
    "subject": "people",
    "scope": "cumulative",
    "since": "2022-09-16",
    "as_of": "2022-12-03",
}


def _run(*rows: dict[str, Any]) -> list[tuple[str, tuple[int, ...]]]:
    return kinds(compare(frame(*rows)))


def test_two_counters_at_odds_on_the_same_day_conflict() -> None:
    found = _run(
        claim(1, value=300.0, source="Gaza Health Ministry", **TOTAL),
        claim(2, value=448.0, qualifier="at_least", source="Gaza Civil Defence", **TOTAL),
    )
    assert found == [("value_conflict", (1, 2))]


def test_totals_of_two_days_are_no_rivals() -> None:
    found = _run(
        claim(1, value=300.0, source="Gaza Health Ministry", **{**TOTAL, "as_of": "2022-10-01"}),
        claim(2, value=448.0, qualifier="at_least", source="Gaza Civil Defence", **TOTAL),
    )
    assert found == []


def test_totals_that_can_both_hold_are_no_rivals() -> None:
    found = _run(
        claim(1, value=300.0, qualifier="more_than", source="Gaza Health Ministry", **TOTAL),
        claim(2, value=448.0, qualifier="at_least", source="Gaza Civil Defence", **TOTAL),
    )
    assert found == []


def test_a_total_with_no_source_has_no_rival() -> None:
    found = _run(
        claim(1, value=300.0, source="", **TOTAL),
        claim(2, value=448.0, qualifier="at_least", source="Gaza Civil Defence", **TOTAL),
    )
    assert [k for k, _ in found if k == "value_conflict"] == []


def test_weak_figures_a_sentence_says_are_at_odds_still_conflict() -> None:
    sentence = (
        "The army has rejected reports that some 2,000 people died in the raid, saying the number killed "
        "had not exceeded 150."
    )
    found = _run(
        claim(1, value=2000.0, qualifier="about", subject="people", source="", sentence=sentence),
        claim(2, value=150.0, qualifier="at_most", subject="people", sentence=sentence, article_id=1),
    )
    assert [k for k, _ in found] == ["value_conflict"]


def test_the_same_weak_figures_with_no_word_of_dispute_are_left_alone() -> None:
    found = _run(
        claim(1, value=2000.0, qualifier="about", subject="people", source="", sentence="Some 2,000 people died."),
        claim(2, value=150.0, qualifier="at_most", subject="people", sentence="No more than 150 died, the army said.",
              article_id=1),
    )  # fmt: skip
    assert found == []
