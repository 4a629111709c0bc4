"""Two figures whose digits differ by two neighbours swapped: a typing slip the other rules miss."""

from __future__ import annotations

from tests.verification.test_engine import claim, frame
from verification.engine import compare


def slips(*rows: dict) -> list:
    return [c for c in compare(frame(*rows)) if c.reason == "transposed_digits"]


def test_a_later_report_that_swaps_two_digits_of_the_source_s_toll_is_flagged() -> None:
    # beside the article's current 2,207, the later 1,914 reads as the source's earlier count retold,
    # which no other rule flags; its digits are those of the 1,941 the source had given
    found = slips(
        claim(1, value=1941.0, published_at="2024-08-18T10:00:00Z"),
        claim(2, value=1914.0, published_at="2024-08-19T10:00:00Z"),
        claim(3, article_id=2, value=2207.0, published_at="2024-08-19T10:00:00Z"),
    )
    assert [c.claim_ids for c in found] == [(1, 2)]
    assert found[0].kind == "value_conflict" and "swapped" in found[0].explanation


def test_a_toll_that_rose_by_such_digits_over_days_is_a_count_going_on() -> None:
    assert not slips(
        claim(1, value=1036.0, published_at="2024-08-17T10:00:00Z"),
        claim(2, value=1063.0, published_at="2024-08-19T10:00:00Z"),
    )


def test_round_figures_and_other_places_are_never_taken_for_slips() -> None:
    assert not slips(
        claim(1, value=2100.0, published_at="2024-08-18T10:00:00Z"),
        claim(2, value=1200.0, published_at="2024-08-19T10:00:00Z"),
    )
    assert not slips(
        claim(1, value=1520.0, subject="people in Hatay", published_at="2024-08-18T10:00:00Z"),
        claim(2, value=1250.0, subject="people in Adana", published_at="2024-08-19T10:00:00Z"),
    )


def test_one_report_and_its_wire_copy_are_not_two_reports() -> None:
    assert not slips(
        claim(1, value=1941.0, published_at="2024-08-18T10:00:00Z"),
        claim(2, article_id=1, value=1914.0, published_at="2024-08-18T10:00:00Z"),
    )


def test_two_donors_amounts_are_two_gifts() -> None:
    assert not slips(
        claim(
            1,
            metric="money",
            subject_class="money",
            subject="pledge",
            value=130_500_000.0,
            source="US government",
        ),
        claim(2, metric="money", subject_class="money", subject="pledge", value=103_500_000.0, source="CGT"),
    )
