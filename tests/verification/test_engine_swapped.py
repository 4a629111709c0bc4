"""Two reports giving the same two parts of a breakdown with their figures swapped ("11 women and 13
children" against "13 women and 11 children"): each part's pair is a value conflict."""

from __future__ import annotations

from tests.verification.test_engine import claim, frame
from verification.engine import compare


def swaps(*rows: dict) -> list:
    return [c for c in compare(frame(*rows)) if c.reason == "swapped_breakdown"]


def _breakdown(
    first_id: int, article: int, women: float, children: float, day: str, **fields: object
) -> list:
    common = {"article_id": article, "published_at": day, "metric": "killed", "subject": ""} | fields
    return [
        claim(first_id, subject_class="women", value=women, **common),
        claim(first_id + 1, subject_class="children", value=children, **common),
    ]


def test_a_later_report_that_swaps_the_parts_of_a_breakdown_is_flagged_for_both_parts() -> None:
    # women rising from 11 to 13 over ten days would read as a toll going on; with the children
    # falling from 13 to 11 the two figures are the same two, the other way round
    found = swaps(
        *_breakdown(1, 1, 11.0, 13.0, "2024-08-10T12:00:00Z"),
        *_breakdown(3, 2, 13.0, 11.0, "2024-08-20T12:00:00Z"),
    )
    pairs = sorted(c.claim_ids for c in found)
    # the children's fall is already a revision, flagged by the rules before; the women's pair is new
    assert (1, 3) in pairs
    assert all(c.kind == "value_conflict" and "swapped" in c.explanation for c in found)


def test_a_wire_and_the_copy_carrying_it_are_compared_for_swapped_parts() -> None:
    found = swaps(
        *_breakdown(1, 1, 11.0, 13.0, "2024-08-10T12:00:00Z", wire_group=7),
        *_breakdown(3, 2, 13.0, 11.0, "2024-08-10T14:00:00Z", wire_group=7),
    )
    assert sorted(c.claim_ids for c in found) == [(1, 3), (2, 4)]


def test_parts_told_apart_by_the_people_they_name_are_compared() -> None:
    rows = [
        claim(1, article_id=1, subject="Australians", value=88.0, published_at="2024-08-10T12:00:00Z"),
        claim(2, article_id=1, subject="Indonesians", value=38.0, published_at="2024-08-10T12:00:00Z"),
        claim(3, article_id=2, subject="Australians", value=38.0, published_at="2024-08-12T12:00:00Z"),
        claim(4, article_id=2, subject="Indonesians", value=88.0, published_at="2024-08-12T12:00:00Z"),
    ]
    assert sorted(c.claim_ids for c in swaps(*rows)) == [(1, 3), (2, 4)]


def test_breakdowns_that_are_not_swaps_and_two_bodies_counts_are_left_alone() -> None:
    # a breakdown that grew is no swap
    assert not swaps(
        *_breakdown(1, 1, 11.0, 13.0, "2024-08-10T12:00:00Z"),
        *_breakdown(3, 2, 14.0, 17.0, "2024-08-20T12:00:00Z"),
    )
    # two bodies each with their own breakdown may disagree as their counts do
    assert not swaps(
        *_breakdown(1, 1, 11.0, 13.0, "2024-08-10T12:00:00Z", source="Gaza Civil Defence"),
        *_breakdown(3, 2, 13.0, 11.0, "2024-08-20T12:00:00Z", source="Gaza Health Ministry"),
    )
    # a qualified figure against an exact one is no swap of the same two figures
    assert not swaps(
        *_breakdown(1, 1, 11.0, 13.0, "2024-08-10T12:00:00Z"),
        claim(3, article_id=2, subject_class="women", subject="", value=13.0, qualifier="at_least"),
        claim(4, article_id=2, subject_class="children", subject="", value=11.0),
    )


def test_small_figures_the_other_way_round_are_a_count_being_corrected() -> None:
    assert not swaps(
        *_breakdown(1, 1, 3.0, 4.0, "2024-08-10T12:00:00Z"),
        *_breakdown(3, 2, 4.0, 3.0, "2024-08-11T12:00:00Z"),
    )
