"""A crowd counted in one city cannot exceed the count the same source gives for the whole country."""

from __future__ import annotations

from verification.engine import compare

from .test_engine import claim, frame, kinds

SENTENCE = "The CGT counted about 400,000 marchers nationwide, 700,000 of them in Paris."


def _pair(paris: float, nationwide: float, *, paris_source: str = "CGT") -> list[tuple[str, tuple[int, ...]]]:
    return kinds(
        compare(
            frame(
                claim(1, metric="count", subject="turnout nationwide", source="CGT", value=nationwide,
                      qualifier="about", article_id=1, sentence=SENTENCE),
                claim(2, metric="count", subject="marchers in Paris", source=paris_source, value=paris,
                      article_id=1, sentence=SENTENCE),
            )
        )
    )  # fmt: skip


def test_a_city_count_above_its_sources_nationwide_count_is_a_scope_conflict() -> None:
    assert _pair(700_000, 400_000) == [("scope_conflict", (1, 2))]


def test_a_city_count_within_the_nationwide_count_is_not_flagged() -> None:
    assert _pair(200_000, 400_000) == []


def test_another_partys_city_count_is_not_set_against_a_nationwide_count() -> None:
    # police and unions count on different scales; their disagreement is a value question of its own
    assert _pair(700_000, 400_000, paris_source="Paris Police Prefecture") == []


def test_the_conflict_is_stable_across_runs_and_explained() -> None:
    rows = frame(
        claim(1, metric="count", subject="turnout nationwide", source="CGT", value=400_000.0, article_id=1),
        claim(2, metric="count", subject="marchers in Paris", source="CGT", value=700_000.0, article_id=1),
    )
    first, again = compare(rows), compare(rows)
    assert [c.fingerprint for c in first] == [c.fingerprint for c in again]
    assert first[0].reason == "part_exceeds_whole"
    assert "part larger than its whole" in first[0].explanation


def _explicit(whole: float, part: float, *, metric: str = "killed") -> list[tuple[str, tuple[int, ...]]]:
    text = "The toll in the province rose to 20. Twenty-two of them were workers at the mine."
    return kinds(
        compare(
            frame(
                claim(1, metric=metric, subject="deaths", value=whole, article_id=1, sentence=text),
                claim(2, metric=metric, subject="workers (part)", value=part, article_id=1, sentence=text),
            )
        )
    )


def test_a_part_the_text_ties_to_the_figure_before_it_cannot_exceed_it() -> None:
    assert _explicit(20, 22) == [("scope_conflict", (1, 2))]
    assert _explicit(20, 12) == []


def test_a_share_of_a_share_is_not_a_part_larger_than_its_whole() -> None:
    assert _explicit(3, 86, metric="percent") == []


def _missing(sentence: str) -> list[tuple[str, tuple[int, ...]]]:
    return kinds(
        compare(
            frame(
                claim(1, metric="missing", subject="", source="Gaza Health Ministry", value=323.0, article_id=1,
                      sentence="The ministry put the number of missing at 323 as of 9 a.m."),
                claim(2, metric="missing", subject="residents", source="Gaza Civil Defence", value=103.0,
                      article_id=1, sentence=sentence),
            )
        )
    )  # fmt: skip


def test_a_much_lower_count_naming_nothing_is_taken_for_a_part() -> None:
    assert _missing("The civil defence said 103 residents were unaccounted for.") == []


def test_unless_the_text_says_the_counts_disagree() -> None:
    said = "Counts have varied sharply, however: the civil defence gave 103 residents unaccounted for at the same hour."
    assert [kind for kind, _ in _missing(said)] == ["value_conflict"]


def test_the_nations_count_reported_as_one_citys_in_another_report_is_a_scope_conflict() -> None:
    rows = frame(
        claim(1, metric="count", subject="turnout nationwide", source="CGT", value=1_400_000.0, article_id=1),
        claim(2, metric="count", subject="marchers in Paris", source="CGT", value=1_400_000.0, article_id=2),
    )
    found = compare(rows)
    assert [(c.kind, c.claim_ids, c.reason) for c in found] == [("scope_conflict", (1, 2), "whole_as_part")]
    # ... not within one report ("1.4 million marched, many of them in Paris" is no error to flag)
    same_report = frame(
        claim(1, metric="count", subject="turnout nationwide", source="CGT", value=1_400_000.0, article_id=1),
        claim(2, metric="count", subject="marchers in Paris", source="CGT", value=1_400_000.0, article_id=1),
    )
    assert compare(same_report) == []
