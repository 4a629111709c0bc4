"""The engine on what a real extractor produces: lost subjects, lost attributions, snapshot counts that
fall, revisions the text announces. Hand-built frames, one behaviour per test."""

from __future__ import annotations

import pandas as pd

from tests.verification.test_engine import claim, frame, kinds
from verification.engine import compare, series_keys
from verification.engine.keys import sentence_months, sentence_places


def test_a_missing_count_that_falls_over_days_is_not_flagged() -> None:
    found = compare(
        frame(
            claim(1, metric="missing", subject="people", value=323.0, source="Gaza Health Ministry"),
            claim(
                2,
                metric="missing",
                subject="people",
                value=52.0,
                source="Gaza Health Ministry",
                published_at="2024-08-13T10:00Z",
            ),
            claim(
                3, metric="missing", subject="people", value=41.0, source="", published_at="2024-08-15T10:00Z"
            ),
        )
    )
    assert found == []


def test_displaced_and_hostage_counts_that_fall_are_not_revisions() -> None:
    for metric in ("displaced", "hostages", "evacuated"):
        found = compare(
            frame(
                claim(1, metric=metric, subject="people in shelters", value=3_000.0),
                claim(
                    2,
                    metric=metric,
                    subject="people in shelters",
                    value=1_200.0,
                    published_at="2024-08-20T10:00Z",
                ),
            )
        )
        assert found == [], metric


def test_two_sources_giving_different_missing_counts_the_same_day_conflict() -> None:
    found = compare(
        frame(
            claim(1, article_id=5, metric="missing", subject="people in Derna", value=323.0),
            claim(
                2,
                article_id=5,
                metric="missing",
                subject="people in Derna",
                value=103.0,
                source="Gaza Health Ministry",
            ),
        )
    )
    assert kinds(found) == [("value_conflict", (1, 2))]


def test_a_missing_count_revised_down_in_so_many_words_is_a_revision() -> None:
    found = compare(
        frame(
            claim(1, metric="missing", subject="people in Derna", value=10_100.0),
            claim(
                2,
                metric="missing",
                subject="people in Derna",
                value=9_000.0,
                published_at="2024-08-12T10:00Z",
                sentence="The agency revised the number of missing down to 9,000.",
            ),
        )
    )
    assert [(c.kind, c.claim_ids) for c in found] == [("revision_down", (1, 2))]


def test_a_toll_under_half_of_another_sources_with_an_empty_subject_is_a_part_not_a_conflict() -> None:
    # 9,057 dead in Turkey (the presidency) and 1,350 in government-held Syria (the Syrian ministry), both
    # extracted as plain "people": one country's toll is not a rival figure for the other's
    found = compare(
        frame(
            claim(1, subject="people", value=9_057.0, source="Gaza Government Media Office"),
            claim(
                2,
                subject="people",
                value=1_350.0,
                source="Gaza Health Ministry",
                published_at="2024-08-11T10:00Z",
            ),
        )
    )
    assert found == []


def test_a_toll_under_half_of_another_with_the_same_named_subject_still_conflicts() -> None:
    found = compare(
        frame(
            claim(1, value=300.0, source="Gaza Government Media Office"),
            claim(2, value=93.0, published_at="2024-08-11T10:00Z"),
        )
    )
    assert kinds(found) == [("value_conflict", (1, 2))]


def test_a_lower_figure_beside_the_sources_higher_one_in_the_same_article_is_a_part() -> None:
    # the ministry's update gives 2,012 dead and, per province, 1,293, 452 and 191: none of the provincial
    # figures revises the 296 the ministry gave that morning
    found = compare(
        frame(
            claim(1, subject="people", value=296.0, qualifier="at_least", published_at="2024-08-10T06:00Z"),
            claim(2, article_id=7, subject="people", value=2_012.0, published_at="2024-08-10T22:00Z"),
            claim(3, article_id=7, subject="dead", value=191.0, published_at="2024-08-10T22:00Z"),
            claim(4, article_id=7, subject="dead", value=1_293.0, published_at="2024-08-10T22:00Z"),
        )
    )
    assert found == []


def test_a_lower_figure_beside_another_sources_higher_one_in_its_article_is_a_part() -> None:
    found = compare(
        frame(
            claim(
                1,
                subject="people",
                value=73.0,
                source="Gaza Health Ministry",
                published_at="2024-08-10T06:00Z",
            ),
            claim(2, article_id=7, subject="people", value=126.0, published_at="2024-08-13T22:00Z"),
            claim(3, article_id=7, subject="deaths", value=69.0, published_at="2024-08-13T22:00Z"),
        )
    )
    assert found == []


def test_a_revision_the_text_announces_is_found_whoever_it_is_credited_to() -> None:
    # the UN cut 11,300 to 3,958 "citing WHO": the extractor credits the new figure to WHO, the old one
    # to the Red Crescent the UN was relaying, and scopes the new one as a period count
    found = compare(
        frame(
            claim(1, subject="people", value=11_300.0, qualifier="at_least", source="Gaza Civil Defence"),
            claim(
                2,
                subject="people",
                value=3_958.0,
                source="Gaza Health Ministry",
                scope="period",
                published_at="2024-08-12T10:00Z",
                sentence="The United Nations has revised its death toll down to 3,958, citing the WHO.",
            ),
        )
    )
    assert [(c.kind, c.claim_ids, c.reason) for c in found] == [("revision_down", (1, 2), "revision")]
    assert "announced as a revision" in found[0].explanation


def test_an_unattributed_correction_joins_every_earlier_report_of_the_old_figure() -> None:
    found = compare(
        frame(
            claim(
                1, subject="", value=115.0, source="Gaza Health Ministry", published_at="2024-08-01T10:00Z"
            ),
            claim(2, subject="", value=115.0, source="Gaza Civil Defence", published_at="2024-08-09T10:00Z"),
            claim(
                3,
                subject="",
                value=97.0,
                source="",
                published_at="2024-08-16T10:00Z",
                sentence="The number of people killed is 97, not the 115 that officials had reported for weeks.",
            ),
        )
    )
    assert [(c.kind, c.claim_ids) for c in found] == [
        ("attribution_conflict", (1, 2)),
        ("revision_down", (1, 2, 3)),
    ]


def test_a_sentence_that_says_the_toll_rose_announces_no_revision() -> None:
    found = compare(
        frame(
            claim(1, value=120.0, source="Gaza Health Ministry"),
            claim(
                2,
                value=93.0,
                source="",
                published_at="2024-08-12T10:00Z",
                sentence="The toll rose to 140 from 93, after the figures were corrected.",
            ),
        )
    )
    assert [c.kind for c in found if c.kind == "revision_down"] == []


def test_two_vague_figures_for_subjects_that_say_nothing_are_not_flagged() -> None:
    found = compare(
        frame(
            claim(1, article_id=4, metric="missing", subject="people", value=10_000.0, qualifier="about"),
            claim(
                2,
                article_id=4,
                metric="missing",
                subject="people",
                value=6_000.0,
                qualifier="at_most",
                source="Gaza Health Ministry",
            ),
        )
    )
    assert found == []


def test_a_conflict_resting_on_one_weak_input_has_a_lower_score() -> None:
    def conflict(subject: str) -> float:
        found = compare(
            frame(
                claim(1, subject=subject, value=120.0, source="Gaza Health Ministry"),
                claim(2, subject=subject, value=93.0, published_at="2024-08-11T10:00Z"),
            )
        )
        assert [c.kind for c in found] == ["value_conflict"]
        return found[0].score

    assert conflict("people") < conflict("people at the al-Tabi'in school")


def test_an_outlets_own_lower_figure_does_not_contradict_a_sources_earlier_one() -> None:
    found = compare(
        frame(
            claim(1, value=215.0, source="Gaza Health Ministry"),
            claim(2, value=201.0, source="", published_at="2024-08-14T10:00Z"),
        )
    )
    assert found == []


def test_the_figure_a_correction_replaces_is_not_compared_as_a_current_one() -> None:
    # "lowered the count to 78, correcting the figure of 79 it had given": 79 is the old figure
    said = "The coast guard lowered the number of bodies to 78, correcting the figure of 79 it had given."
    found = compare(
        frame(
            claim(1, value=79.0, qualifier="at_least", published_at="2024-08-10T06:00Z"),
            claim(2, article_id=7, value=78.0, published_at="2024-08-11T06:00Z", sentence=said),
            claim(3, article_id=7, value=79.0, published_at="2024-08-11T06:00Z", sentence=said),
            claim(4, value=78.0, source="Gaza Health Ministry", published_at="2024-08-12T06:00Z"),
        )
    )
    assert [(c.kind, c.claim_ids) for c in found] == [
        ("attribution_conflict", (2, 4)),
        ("revision_down", (1, 2)),
    ]


def test_a_lower_figure_the_sentence_retells_as_earlier_is_not_a_rival_count() -> None:
    said = "At least 73 people have now been confirmed dead, up from 64 on Tuesday, NHK reported."
    found = compare(
        frame(
            claim(1, article_id=3, value=73.0, qualifier="at_least", sentence=said),
            claim(2, article_id=3, value=64.0, source="Gaza Health Ministry", sentence=said),
        )
    )
    assert found == []


def test_a_later_lower_figure_matching_the_first_sources_own_correction_is_no_conflict() -> None:
    found = compare(
        frame(
            claim(1, value=79.0, qualifier="at_least", published_at="2024-08-10T06:00Z"),
            claim(2, value=78.0, published_at="2024-08-11T06:00Z", sentence="The toll was corrected to 78."),
            claim(3, value=78.0, source="Gaza Health Ministry", published_at="2024-08-12T06:00Z"),
        )
    )
    assert [c.kind for c in found if c.kind == "value_conflict"] == []


def test_a_missing_count_down_from_last_weeks_is_news_not_a_revision() -> None:
    said = "The police released a new list with 66 names, down from 385 a week earlier."
    found = compare(
        frame(
            claim(1, metric="missing", subject="people in Lahaina", value=385.0),
            claim(
                2,
                metric="missing",
                subject="people in Lahaina",
                value=66.0,
                published_at="2024-08-17T10:00Z",
                sentence=said,
            ),
        )
    )
    assert found == []


def test_figures_whose_sentences_put_them_in_different_places_are_not_compared() -> None:
    found = compare(
        frame(
            claim(
                1,
                article_id=9,
                metric="count",
                subject="protesters",
                value=37_000.0,
                source="Paris Police Prefecture",
                sentence="In Paris, the police prefecture counted 37,000 protesters.",
            ),
            claim(
                2,
                article_id=9,
                metric="count",
                subject="protesters",
                value=8_500.0,
                source="Gaza Health Ministry",
                sentence="In Bordeaux, police counted 8,500 protesters.",
            ),
        )
    )
    assert found == []


def test_figures_in_the_same_place_or_with_no_place_are_still_compared() -> None:
    found = compare(
        frame(
            claim(
                1,
                article_id=9,
                metric="count",
                subject="marchers",
                value=30_000.0,
                source="Paris Police Prefecture",
                sentence="In Marseille, police counted 30,000 marchers while unions claimed 245,000.",
            ),
            claim(
                2,
                article_id=9,
                metric="count",
                subject="marchers",
                value=245_000.0,
                source="CGT",
                sentence="In Marseille, police counted 30,000 marchers while unions claimed 245,000.",
            ),
        )
    )
    assert kinds(found) == [("value_conflict", (1, 2))]


def test_aid_trucks_and_trucks_of_one_aid_count_are_one_series() -> None:
    found = compare(
        frame(
            claim(
                1,
                article_id=3,
                metric="aid",
                subject="trucks",
                value=1_201.0,
                qualifier="more_than",
                scope="period",
            ),
            claim(
                2,
                article_id=3,
                metric="aid",
                subject="aid trucks",
                value=533.0,
                scope="period",
                source="Gaza Health Ministry",
            ),
        )
    )
    assert kinds(found) == [("value_conflict", (1, 2))]


def _pledges() -> pd.DataFrame:
    return frame(
        claim(
            1,
            metric="money",
            subject="US pledge",
            subject_class="money",
            value=17_500_000.0,
            source="US government",
        ),
        claim(
            2,
            metric="money",
            subject="",
            subject_class="money",
            value=175_000_000.0,
            source="US government",
            published_at="2024-08-14T10:00Z",
        ),
        claim(3, metric="money", subject="", subject_class="money", value=100_000_000.0, source="CGT"),
    )


def test_an_amount_with_no_subject_takes_its_sources_one_subject_and_a_decimal_slip_is_flagged() -> None:
    found = compare(_pledges())
    assert kinds(found) == [("value_conflict", (1, 2))]


def test_the_incremental_run_lends_subjects_as_the_full_run_does() -> None:
    df = _pledges()
    full = compare(df)
    keys = series_keys(df)
    assert keys.iloc[1] == keys.iloc[0]  # the lent subject is part of the series key everywhere
    assert compare(df, series_keys=[keys.iloc[1]]) == full


def test_an_amount_ten_times_another_is_a_slip_only_when_both_are_exact() -> None:
    assert (
        compare(
            frame(
                claim(1, subject="people", value=90.0, qualifier="about"),
                claim(2, subject="people", value=900.0, source="Gaza Health Ministry"),
            )
        )
        == []
    )


def test_snapshot_conflicts_of_two_days_are_two_discrepancies_with_their_own_fingerprints() -> None:
    rows = []
    for n, day in enumerate(("2024-08-10", "2024-08-11")):
        rows.append(claim(2 * n + 1, metric="missing", value=300.0 - 100 * n, published_at=f"{day}T10:00Z"))
        rows.append(
            claim(
                2 * n + 2,
                metric="missing",
                value=100.0 - 40 * n,
                source="Gaza Health Ministry",
                published_at=f"{day}T11:00Z",
            )
        )
    found = compare(frame(*rows))
    assert kinds(found) == [("value_conflict", (1, 2)), ("value_conflict", (3, 4))] or kinds(found) == [
        ("value_conflict", (3, 4)),
        ("value_conflict", (1, 2)),
    ]
    assert len({c.fingerprint for c in found}) == 2


def test_areas_named_in_lower_case_tell_two_tolls_apart() -> None:
    assert sentence_places("In the rebel-held north-west, the White Helmets put the toll at 700.") == {
        "rebel-held",
        "north-west",
    }
    found = compare(
        frame(
            claim(
                1,
                metric="injured",
                subject="injured",
                value=2_001.0,
                qualifier="more_than",
                sentence="In the rebel-held north-west, the White Helmets put the toll at more than 2,000 injured.",
            ),
            claim(
                2,
                metric="injured",
                subject="injured",
                value=1_411.0,
                source="Gaza Health Ministry",
                sentence="In Syria, the health ministry said 1,411 were injured.",
            ),
        )
    )
    assert found == []


def test_an_announced_revision_replaces_the_latest_precise_figure_not_an_old_estimate() -> None:
    found = compare(
        frame(
            claim(1, value=18_000.0, value_high=20_000.0, qualifier="range", source="CGT"),
            claim(2, value=11_300.0, source="Gaza Civil Defence", published_at="2024-08-11T10:00Z"),
            claim(3, value=11_300.0, qualifier="at_least", published_at="2024-08-12T10:00Z"),
            claim(
                4,
                value=3_958.0,
                source="Gaza Health Ministry",
                published_at="2024-08-13T10:00Z",
                sentence="The UN revised its death toll down to 3,958.",
            ),
        )
    )
    revisions = [c.claim_ids for c in found if c.kind == "revision_down"]
    assert revisions == [(2, 3, 4)]


def test_bodies_and_the_dead_are_one_toll() -> None:
    found = compare(
        frame(
            claim(1, subject="people", value=79.0, qualifier="at_least"),
            claim(
                2,
                subject="bodies",
                value=78.0,
                published_at="2024-08-11T10:00Z",
                sentence="The coast guard lowered the number of bodies recovered to 78, correcting its figure.",
            ),
        )
    )
    assert [(c.kind, c.claim_ids) for c in found] == [("revision_down", (1, 2))]


def test_a_subject_that_only_restates_the_metric_joins_the_overall_series() -> None:
    found = compare(
        frame(
            claim(1, metric="missing", subject="people", value=89.0, source="Gaza Civil Defence"),
            claim(
                2,
                metric="missing",
                subject="missing",
                value=89.0,
                source="Gaza Health Ministry",
                published_at="2024-08-16T10:00Z",
            ),
        )
    )
    assert kinds(found) == [("attribution_conflict", (1, 2))]


def test_an_unattributed_correction_scores_lower_than_a_sourced_one() -> None:
    def revision(source: str) -> float:
        found = compare(
            frame(
                claim(1, subject="people in Lahaina", value=115.0, source="Gaza Civil Defence"),
                claim(
                    2,
                    subject="people in Lahaina",
                    value=97.0,
                    source=source,
                    published_at="2024-08-16T10:00Z",
                    sentence="The number of people killed is 97, not the 115 reported for weeks.",
                ),
            )
        )
        assert [c.kind for c in found] == ["revision_down"]
        return found[0].score

    assert revision("") < revision("Gaza Health Ministry")


def test_the_incremental_run_finds_an_announced_revision_across_scopes() -> None:
    df = frame(
        claim(1, subject="people", value=11_300.0, qualifier="at_least", source="Gaza Civil Defence"),
        claim(
            2,
            subject="people",
            value=3_958.0,
            source="Gaza Health Ministry",
            scope="period",
            published_at="2024-08-12T10:00Z",
            sentence="The United Nations has revised its death toll down to 3,958.",
        ),
    )
    full = compare(df)
    assert [c.kind for c in full] == ["revision_down"]
    assert compare(df, series_keys=[series_keys(df).iloc[1]]) == full
    assert compare(df, series_keys=[series_keys(df).iloc[0]]) == []


def test_a_second_count_with_its_attribution_left_elliptical_in_the_sentence_conflicts() -> None:
    said = "In Marseille, police counted 30,000 marchers while unions claimed 245,000."
    found = compare(
        frame(
            claim(1, article_id=4, metric="count", subject="marchers", value=30_000.0, sentence=said),
            claim(
                2, article_id=4, metric="count", subject="marchers", value=245_000.0, source="", sentence=said
            ),
        )
    )
    assert kinds(found) == [("value_conflict", (1, 2))]


def test_an_amount_and_its_conversion_in_one_sentence_do_not_conflict() -> None:
    said = "Italy will contribute 100 million euros, or about $108.9 million, to the fund."
    found = compare(
        frame(
            claim(1, article_id=4, metric="money", subject="Italian pledge", value=100e6, sentence=said),
            claim(
                2,
                article_id=4,
                metric="money",
                subject="Italian pledge",
                value=108.9e6,
                qualifier="about",
                source="",
                sentence=said,
            ),
        )
    )
    assert found == []


def test_an_unattributed_figure_in_another_sentence_of_the_article_is_not_compared() -> None:
    found = compare(
        frame(
            claim(
                1,
                article_id=4,
                metric="count",
                subject="marchers",
                value=30_000.0,
                sentence="Police counted 30,000.",
            ),
            claim(
                2,
                article_id=4,
                metric="count",
                subject="marchers",
                value=245_000.0,
                source="",
                sentence="The march was the largest in years, with 245,000 taking part.",
            ),
        )
    )
    assert found == []


def test_a_running_total_given_as_at_least_that_falls_later_is_a_revision_down() -> None:
    """ "At least 39,897" on the 12th and "at least 39,699" on the 13th from the same ministry: the open
    intervals overlap, but the ministry's count went down (a stale figure quoted as current)."""

    def total(claim_id: int, value: float, day: str) -> dict[str, object]:
        return claim(
            claim_id,
            subject="Palestinians",
            scope="cumulative",
            since="2023-10-07",
            as_of=day,
            published_at=f"{day}T12:00Z",
            value=value,
            qualifier="at_least",
            source="Gaza Health Ministry",
        )

    found = compare(frame(total(1, 39_897.0, "2024-08-12"), total(2, 39_699.0, "2024-08-13")))
    assert kinds(found) == [("revision_down", (1, 2))]


def test_a_running_total_given_as_at_least_that_rises_is_not_flagged() -> None:
    rows = [
        claim(n, subject="Palestinians", scope="cumulative", since="2023-10-07", as_of=day,
              published_at=f"{day}T12:00Z", value=value, qualifier="at_least", source="Gaza Health Ministry")
        for n, value, day in ((1, 39_790.0, "2024-08-10"), (2, 39_897.0, "2024-08-12"), (3, 40_005.0, "2024-08-15"))
    ]  # fmt: skip
    assert compare(frame(*rows)) == []


def _crowd(claim_id: int, subject: str, value: float, source: str, sentence: str = "") -> dict:
    return claim(claim_id, metric="count", subject=subject, value=value, source=source, sentence=sentence)


def test_police_and_union_counts_of_one_citys_march_conflict_across_articles() -> None:
    found = compare(
        frame(
            _crowd(1, "marchers in Lyon", 12_000.0, "Paris Police Prefecture"),
            _crowd(2, "turnout in Lyon", 40_000.0, "CGT"),
        )
    )
    assert kinds(found) == [("value_conflict", (1, 2))]


def test_crowd_counts_of_two_cities_or_a_city_and_the_nation_are_never_compared() -> None:
    found = compare(
        frame(
            _crowd(1, "marchers in Lyon", 12_000.0, "Paris Police Prefecture"),
            _crowd(2, "marchers in Nantes", 40_000.0, "CGT"),
            _crowd(3, "turnout nationwide", 900_000.0, "Paris Police Prefecture"),
        )
    )
    assert found == []


def test_two_parties_crowds_in_one_sentence_conflict_even_far_apart_and_without_a_place() -> None:
    sentence = "Police counted 90,000 demonstrators while organisers claimed 500,000."
    found = compare(
        frame(
            _crowd(1, "demonstrators", 90_000.0, "Paris Police Prefecture", sentence) | {"article_id": 7},
            _crowd(2, "demonstrators", 500_000.0, "CGT", sentence) | {"article_id": 7},
        )
    )
    assert kinds(found) == [("value_conflict", (1, 2))]
    # the same two figures from two articles with no place are too far apart to call one crowd
    apart = compare(
        frame(
            _crowd(1, "demonstrators", 90_000.0, "Paris Police Prefecture"),
            _crowd(2, "demonstrators", 500_000.0, "CGT"),
        )
    )
    assert apart == []


def test_a_forecast_is_not_compared_with_a_count() -> None:
    forecast = "Police said they expected 50,000 to 70,000 people to march in Lyon."
    found = compare(
        frame(
            _crowd(1, "turnout in Lyon", 60_000.0, "Paris Police Prefecture", forecast)
            | {"qualifier": "range", "value": 50_000.0, "value_high": 70_000.0},
            _crowd(2, "marchers in Lyon", 400_000.0, "CGT", "The CGT said 400,000 marched in Lyon."),
        )
    )
    assert found == []
    counted = "Police said 50,000 to 70,000 people marched in Lyon."
    found = compare(
        frame(
            _crowd(1, "turnout in Lyon", 60_000.0, "Paris Police Prefecture", counted)
            | {"qualifier": "range", "value": 50_000.0, "value_high": 70_000.0},
            _crowd(2, "marchers in Lyon", 400_000.0, "CGT", "The CGT said 400,000 marched in Lyon."),
        )
    )
    assert kinds(found) == [("value_conflict", (1, 2))]


def test_a_person_quoted_with_the_figure_is_no_rival_source_to_a_body() -> None:
    def two_reports(second_source: str, second_kind: str) -> list:
        df = frame(claim(1, value=137.0), claim(2, value=137.0))
        df["source_id"] = pd.array([1, 99], dtype="Int64")
        df.loc[1, "source_name"] = second_source
        df.loc[1, "source_kind"] = second_kind
        return compare(df)

    assert two_reports("Irina Volkova", "other") == []
    assert kinds(two_reports("Interior Ministry", "ministry")) == [("attribution_conflict", (1, 2))]
    assert kinds(two_reports("Regional Health Office", "other")) == [("attribution_conflict", (1, 2))]


def test_places_hidden_behind_a_generic_noun_or_an_earlier_phrase_are_read() -> None:
    assert sentence_places("said 40 were hurt in the villages of Kuh Sar, it said") == {"kuh", "sar"}
    assert sentence_places("raised the toll from Sunday's floods in Sindh province to 90") == {"sindh"}
    assert sentence_places("in the town of Derna and in Benghazi") == {"derna", "benghazi"}


def test_two_sides_crowd_counts_in_one_report_conflict_even_in_two_sentences() -> None:
    found = compare(
        frame(
            _crowd(1, "turnout", 2_000_000.0, "CGT", "The organisers put the turnout at 2 million.")
            | {"article_id": 7},
            _crowd(2, "turnout", 338_000.0, "Paris Police Prefecture", "The police said 338,000 took part.")
            | {"article_id": 7},
        )
    )
    assert kinds(found) == [("value_conflict", (1, 2))]


def test_the_explanation_names_every_party_to_a_three_way_disagreement() -> None:
    found = compare(
        frame(
            claim(1, value=100.0, qualifier="more_than", source="Gaza Government Media Office"),
            claim(2, value=100.0, qualifier="more_than", source="Gaza Government Media Office"),
            claim(3, value=93.0, published_at="2024-08-10T13:00:00Z"),
            claim(4, value=93.0, published_at="2024-08-10T13:30:00Z"),
            claim(5, value=70.0, source="Gaza Health Ministry", published_at="2024-08-10T14:00:00Z"),
        )
    )
    [conflict] = [c for c in found if c.kind == "value_conflict"]
    assert "more than 100 killed" in conflict.explanation and "70 killed" in conflict.explanation
    assert conflict.explanation.endswith(
        "both cannot be right; other figures in the disagreement: 93 citing Gaza Civil Defence (2 reports)."
    )


def test_two_stale_figures_spelled_alike_make_one_candidate_per_fingerprint() -> None:
    common = {"metric": "money", "subject": "aid pledged for Derna", "subject_class": "money"}
    common |= {"scope": "cumulative", "source": "US government"}
    found = compare(
        frame(
            claim(1, value=21_200_000.0, published_at="2023-04-06T12:00:00Z", **common),
            claim(
                2, value=21_000_000.0, qualifier="more_than", published_at="2023-04-07T12:00:00Z", **common
            ),
            claim(3, value=21_000_000.0, qualifier="at_least", published_at="2023-04-07T13:00:00Z", **common),
        )
    )
    fingerprints = [c.fingerprint for c in found]
    assert len(fingerprints) == len(set(fingerprints))
    assert [c.claim_ids for c in found if c.kind == "revision_down"] == [(1, 2, 3)]


def test_a_generic_name_and_the_countrys_body_are_one_source() -> None:
    def two_reports(first: str, second: str) -> list:
        df = frame(claim(1, value=135.0), claim(2, value=135.0))
        df["source_id"] = pd.array([98, 99], dtype="Int64")
        df["source_name"] = [first, second]
        df["source_kind"] = ["ministry", "ministry"]
        return compare(df)

    assert two_reports("Health Ministry", "Lebanese Health Ministry") == []
    assert two_reports("Health Ministry", "Beirut Health Ministry") == []
    assert kinds(two_reports("Health Ministry", "Interior Ministry")) == [("attribution_conflict", (1, 2))]


def test_what_a_march_could_draw_is_a_forecast() -> None:
    forecast = "Organisers had said the march could draw as many as 60,000 people."
    found = compare(
        frame(
            _crowd(1, "turnout in Lyon", 60_000.0, "CGT", forecast) | {"qualifier": "at_most"},
            _crowd(
                2, "turnout in Lyon", 400_000.0, "Paris Police Prefecture", "Police said 400,000 marched."
            ),
        )
    )
    assert found == []


def test_two_figures_of_one_sentence_about_two_days_are_not_two_parties_counts() -> None:
    sentence = "Riders took 275,000 trips by 11 a.m., against 193,000 at the same hour on Friday."
    rows = [
        claim(1, article_id=5, metric="count", subject="trips", value=275_000.0, sentence=sentence),
        claim(
            2, article_id=5, metric="count", subject="trips", value=193_000.0, source="", sentence=sentence
        ),
    ]
    assert kinds(compare(frame(*rows))) == [("value_conflict", (1, 2))]  # one day: two parties' counts
    rows[1] = rows[1] | {"as_of": pd.Timestamp("2024-08-09")}
    assert compare(frame(*rows)) == []


def test_an_announced_revision_holds_the_figure_its_own_report_says_it_replaced() -> None:
    # "The ministry cut the toll to 253 ... Police had put it at 359": both in one report
    found = compare(
        frame(
            claim(
                1, value=359.0, source="Gaza Civil Defence", article_id=5, published_at="2024-08-12T10:00Z"
            ),
            claim(
                2,
                value=253.0,
                source="Gaza Health Ministry",
                article_id=5,
                published_at="2024-08-12T10:00Z",
                sentence="The ministry cut the death toll to 253, saying remains had been counted twice.",
            ),
        )
    )
    assert [(c.kind, c.claim_ids, c.reason) for c in found] == [("revision_down", (1, 2), "revision")]


def test_a_revision_told_by_two_outlets_is_one_flag_holding_both_tellings() -> None:
    said = "The ministry cut the death toll to 253, saying remains had been counted twice."
    found = compare(
        frame(
            claim(1, value=359.0, source="Gaza Civil Defence", published_at="2024-08-11T10:00Z"),
            claim(
                2, value=359.0, source="Gaza Civil Defence", article_id=5, published_at="2024-08-12T10:00Z"
            ),
            claim(
                3,
                value=253.0,
                source="Gaza Health Ministry",
                article_id=5,
                published_at="2024-08-12T10:00Z",
                sentence=said,
            ),
            claim(
                4, value=359.0, source="Gaza Civil Defence", article_id=6, published_at="2024-08-12T11:00Z"
            ),
            claim(
                5,
                value=253.0,
                source="Gaza Health Ministry",
                article_id=6,
                published_at="2024-08-12T11:00Z",
                sentence=said,
            ),
        )
    )
    revisions = [c.claim_ids for c in found if c.kind == "revision_down"]
    assert revisions == [(1, 2, 3, 4, 5)]


def test_one_report_giving_a_growing_toll_for_two_days_is_no_conflict_of_its_sources() -> None:
    # "on Thursday the minister gave 3,145 ... the military now counts 3,471": the toll rose in between
    found = compare(
        frame(
            claim(1, value=3_145.0, source="Gaza Civil Defence", as_of="2024-08-08"),
            claim(2, value=3_471.0, source="Gaza Health Ministry", article_id=1, as_of="2024-08-10"),
        )
    )
    assert found == []


def test_one_report_giving_two_sources_counts_for_one_day_still_conflicts() -> None:
    found = compare(
        frame(
            claim(1, value=3_145.0, source="Gaza Civil Defence", as_of="2024-08-10"),
            claim(2, value=3_471.0, source="Gaza Health Ministry", article_id=1, as_of="2024-08-10"),
        )
    )
    assert [c.kind for c in found] == ["value_conflict"]


def test_a_cut_toll_revises_both_its_sources_own_figure_and_the_one_its_report_says_it_replaced() -> None:
    # Monday: the ministry puts the toll at 290. Thursday: "The ministry cut the death toll to 253 ...
    # Police had given the toll as 359 only a day earlier": the ministry's own revision, and the
    # police's figure the same report says was replaced; one lower claim in two flags
    found = compare(
        frame(
            claim(1, value=290.0, source="Gaza Health Ministry", published_at="2024-08-10T10:00Z"),
            claim(
                2,
                value=253.0,
                source="Gaza Health Ministry",
                article_id=5,
                published_at="2024-08-13T10:00Z",
                sentence="The ministry cut the death toll to 253, saying remains had been counted twice.",
            ),
            claim(
                3, value=359.0, source="Gaza Civil Defence", article_id=5, published_at="2024-08-13T10:00Z"
            ),
        )
    )
    flags = sorted((c.kind, c.claim_ids) for c in found)
    assert flags == [("revision_down", (1, 2)), ("revision_down", (2, 3))]


def _vote_share(claim_id: int, value: float, sentence: str, published_at: str) -> dict[str, object]:
    return claim(
        claim_id,
        metric="percent",
        subject="vote won by the Labour Party",
        subject_class="other",
        value=value,
        source="",
        sentence=sentence,
        published_at=published_at,
    )


def test_figures_their_sentences_put_in_different_months_are_not_compared() -> None:
    def flags(later_sentence: str) -> list[str]:
        return [
            c.kind
            for c in compare(
                frame(
                    _vote_share(
                        1,
                        31.2,
                        "Labour, which took 31.2 percent of the vote in March, called off its rallies.",
                        "2031-05-02T10:00Z",
                    ),
                    _vote_share(2, 27.5, later_sentence, "2032-05-02T10:00Z"),
                )
            )
        ]

    # the share of another election is no disagreement about the first one's
    assert flags("Labour, which won 27.5 percent in the October vote, is now in opposition.") == []
    # told for the same month, or with no month at all, the two shares still conflict
    assert flags("Labour, which won 27.5 percent of the vote in March, is now in opposition.") == [
        "value_conflict"
    ]
    assert flags("Labour, which won 27.5 percent of the vote, is now in opposition.") == ["value_conflict"]


def test_a_figures_month_is_the_one_its_own_clause_names() -> None:
    sentence = (
        "Labour won back its majority in the October election with 37.9 percent of the vote, up from 31.2 "
        "percent in March."
    )
    assert sentence_months(sentence, 37.9) == 1 << 9  # October's share
    assert sentence_months(sentence, 31.2) == 1 << 2  # March's, retold
    assert sentence_months(sentence) == (1 << 9) | (1 << 2)  # the figure unknown: every month named
    assert sentence_months("Labour won 1,200 seats in the October vote.", 1200.0) == 1 << 9
    assert sentence_months(sentence, float("nan")) == (1 << 9) | (1 << 2)  # no figure to find: the sentence


def test_two_named_counters_of_one_crowd_a_little_over_twice_apart_conflict_across_articles() -> None:
    # the Park Police's 400,000 against a university's 837,000 for one march: the dispute itself
    found = compare(
        frame(
            _crowd(1, "demonstrators", 837_000.0, "Paris Police Prefecture"),
            _crowd(2, "demonstrators", 400_000.0, "CGT", "") | {"published_at": "2024-08-11T12:00:00Z"},
        )
    )
    assert kinds(found) == [("value_conflict", (1, 2))]
