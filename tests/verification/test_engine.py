"""Behaviour of the pure comparison engine on small hand-built frames (no database, no corpus)."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from verification.engine import (
    COLUMNS,
    Candidate,
    FrameError,
    coerce_frame,
    compare,
    empty_frame,
    interval,
    series_key_for,
    series_keys,
    validate_frame,
)

SOURCES = {
    "Gaza Civil Defence": (1, "ngo"),
    "Gaza Health Ministry": (2, "ministry"),
    "Gaza Government Media Office": (3, "government"),
    "Paris Police Prefecture": (4, "government"),
    "CGT": (5, "ngo"),
    "US government": (6, "government"),
    "Gaza Civil Defense": (7, "ngo"),
}


def claim(claim_id: int, **fields: Any) -> dict[str, Any]:
    """One claim row; defaults describe '93 killed at the school, per Gaza Civil Defence'."""
    row: dict[str, Any] = {
        "claim_id": claim_id,
        "article_id": claim_id,
        "outlet": f"Outlet {claim_id}",
        "published_at": "2024-08-10T12:00:00Z",
        "event_id": 1,
        "metric": "killed",
        "subject": "people at the al-Tabi'in school",
        "subject_class": "people",
        "source": "Gaza Civil Defence",
        "scope": "incident",
        "value": 93.0,
        "value_high": None,
        "qualifier": "exact",
        "sentence": "",
    }
    row.update(fields)
    return row


def frame(*rows: dict[str, Any]) -> pd.DataFrame:
    records = []
    for row in rows:
        r = dict(row)
        source = r.pop("source")
        sid, kind = SOURCES.get(source, (None, "")) if source else (None, "")
        r["source_id"] = sid
        r["source_name"] = source or ""
        r["source_kind"] = kind
        lo, hi = interval(r["value"], r["value_high"], r["qualifier"], metric=r["metric"])
        r.setdefault("low", float("nan") if lo is None else lo)
        r.setdefault("high", float("nan") if hi is None else hi)
        r["value_high"] = float("nan") if r["value_high"] is None else r["value_high"]
        records.append(r)
    df = pd.DataFrame(records)
    df["source_id"] = df["source_id"].astype("Int64")
    return coerce_frame(df)


def kinds(found: list[Candidate]) -> list[tuple[str, tuple[int, ...]]]:
    return [(c.kind, c.claim_ids) for c in found]


# ---------------------------------------------------------------------------------------- intervals


def test_at_least_93_and_more_than_100_agree() -> None:
    assert interval(93, None, "at_least") == (93, None)
    assert interval(100, None, "more_than") == (101, None)
    found = compare(frame(claim(1, qualifier="at_least"), claim(2, value=100.0, qualifier="more_than")))
    assert found == []


def test_93_and_more_than_100_conflict() -> None:
    found = compare(
        frame(
            claim(1, value=100.0, qualifier="more_than", source="Gaza Government Media Office"),
            claim(2, published_at="2024-08-10T21:00:00Z"),
        )
    )
    assert kinds(found) == [("value_conflict", (1, 2))]


def test_about_respects_how_the_number_was_rounded() -> None:
    assert interval(90, None, "about") == (85, 95)
    low, high = interval(700_000_000, None, "about")
    assert (low, high) == (650_000_000, 750_000_000)
    low, high = interval(1_280_000, None, "about")
    assert low is not None and high is not None
    assert 1_250_000 < low < 1_280_000 < high < 1_310_000


def test_nearly_lies_below_the_number_and_ranges_are_kept() -> None:
    low, high = interval(50_000, None, "nearly")
    assert high == 50_000 and low is not None and low < 50_000
    assert interval(90, 100, "range") == (90, 100)
    assert interval(12, None, "less_than") == (None, 11)
    assert interval(0.2, None, "less_than", metric="percent")[1] == pytest.approx(0.2)


def test_more_than_a_percentage_does_not_jump_a_whole_point() -> None:
    low, _ = interval(75, None, "more_than", metric="percent")
    assert low is not None and 75 < low < 75.001


# ---------------------------------------------------------------------------------------- value conflicts


def test_it_flags_two_sources_in_one_article_that_disagree() -> None:
    found = compare(
        frame(
            claim(
                1,
                article_id=9,
                metric="count",
                subject="marchers in Paris",
                source="Paris Police Prefecture",
                value=81_000.0,
            ),
            claim(
                2,
                article_id=9,
                metric="count",
                subject="marchers in Paris",
                source="CGT",
                value=700_000.0,
                qualifier="about",
            ),
        )
    )
    assert kinds(found) == [("value_conflict", (1, 2))]
    text = found[0].explanation
    assert "CGT" in text and "Paris Police Prefecture" in text and "81,000" in text and "700,000" in text
    assert text.count(". ") == 0 and text.endswith(".")


def test_it_does_not_flag_at_least_90_and_93() -> None:
    found = compare(
        frame(claim(1, value=90.0, qualifier="at_least", source="Gaza Health Ministry"), claim(2))
    )
    assert found == []


def test_it_does_not_flag_two_outlets_quoting_the_same_source() -> None:
    found = compare(
        frame(claim(1), claim(2, outlet="Harbor Daily"), claim(3, value=93.0, qualifier="at_least"))
    )
    assert found == []


def test_it_does_not_flag_an_incident_toll_that_rises_over_time() -> None:
    found = compare(
        frame(
            claim(
                1,
                value=912.0,
                qualifier="at_least",
                source="Gaza Health Ministry",
                published_at="2023-02-06T13:40Z",
            ),
            claim(2, value=2316.0, source="Gaza Civil Defence", published_at="2023-02-06T20:50Z"),
            claim(3, value=8574.0, source="Gaza Health Ministry", published_at="2023-02-08T19:30Z"),
        )
    )
    assert found == []


def test_it_flags_a_later_lower_figure_from_another_source() -> None:
    found = compare(
        frame(
            claim(
                1,
                value=100.0,
                qualifier="more_than",
                source="Gaza Government Media Office",
                published_at="2024-08-10T11:00Z",
            ),
            claim(2, published_at="2024-08-10T21:40Z"),
            claim(3, source="Gaza Health Ministry", published_at="2024-08-12T16:00Z"),
        )
    )
    assert [c.kind for c in found].count("value_conflict") == 1
    conflict = next(c for c in found if c.kind == "value_conflict")
    assert conflict.claim_ids == (1, 2, 3)


def test_it_does_not_flag_different_events() -> None:
    found = compare(frame(claim(1), claim(2, event_id=2, value=12_000.0, source="Gaza Health Ministry")))
    assert found == []


def test_it_does_not_compare_claims_without_an_event() -> None:
    found = compare(frame(claim(1, event_id=None), claim(2, event_id=None, value=10.0, source="CGT")))
    assert found == []


def test_it_does_not_flag_period_counts_of_different_days() -> None:
    found = compare(
        frame(
            claim(
                1,
                scope="period",
                subject="people in Gaza",
                value=40.0,
                source="Gaza Health Ministry",
                as_of="2024-08-10",
            ),
            claim(
                2,
                scope="period",
                subject="people in Gaza",
                value=142.0,
                source="Gaza Health Ministry",
                as_of="2024-08-12",
                published_at="2024-08-12T16:00:00Z",
            ),
        )
    )
    assert found == []


def test_it_flags_period_counts_of_the_same_day_from_two_sources() -> None:
    found = compare(
        frame(
            claim(1, scope="period", metric="aid", subject="aid trucks entering Gaza on 8 April", subject_class="objects",
                  value=419.0, source="Gaza Government Media Office", as_of="2024-04-08"),
            claim(2, scope="period", metric="aid", subject="aid trucks entering Gaza on 8 April", subject_class="objects",
                  value=223.0, source="Gaza Health Ministry", as_of="2024-04-08", article_id=7),
        )
    )  # fmt: skip
    assert kinds(found) == [("value_conflict", (1, 2))]


def test_it_does_not_compare_places_within_one_event() -> None:
    found = compare(
        frame(
            claim(
                1,
                metric="count",
                subject="marchers in Paris",
                source="Paris Police Prefecture",
                value=81_000.0,
            ),
            claim(2, metric="count", subject="marchers in Marseille", source="CGT", value=245_000.0),
        )
    )
    assert found == []
    assert series_key_for(claim(1, subject="marchers in Paris", source_id=None)) != series_key_for(
        claim(2, subject="marchers in Marseille", source_id=None)
    )


def test_words_that_only_say_people_do_not_split_a_series() -> None:
    """ "residents", "marchers" and "turnout" restate who is counted; the place is what tells two apart."""
    key = series_key_for
    assert key(claim(1, subject="residents of Suzu", source_id=None)) == key(
        claim(2, subject="people in Suzu", source_id=None)
    )
    assert key(claim(1, metric="count", subject="marchers in Lyon", source_id=None)) == key(
        claim(2, metric="count", subject="turnout in Lyon", source_id=None)
    )


def test_it_ignores_rejected_claims() -> None:
    found = compare(
        frame(
            claim(
                1,
                value=100.0,
                qualifier="more_than",
                source="Gaza Government Media Office",
                status="rejected",
            ),
            claim(2, published_at="2024-08-10T21:00:00Z"),
        )
    )
    assert found == []


def test_it_ignores_the_outlets_own_summary_in_the_same_article() -> None:
    found = compare(
        frame(
            claim(1, article_id=5, value=9000.0, qualifier="more_than", source=None),
            claim(2, article_id=5, value=8574.0, source="Gaza Health Ministry"),
        )
    )
    assert found == []


def test_it_flags_a_pledge_that_differs_across_days() -> None:
    pledge = {"metric": "money", "subject": "US pledge to the loss and damage fund", "subject_class": "money"}
    found = compare(
        frame(
            claim(1, **pledge, value=17_500_000.0, source="US government", published_at="2023-11-30T16:00Z"),
            claim(2, **pledge, value=175_000_000.0, source="US government", published_at="2023-12-08T09:00Z"),
        )
    )
    assert kinds(found) == [("value_conflict", (1, 2))]
    assert found[0].severity == "high"


# ---------------------------------------------------------------------------------------- running totals


def toll(claim_id: int, value: float, as_of: str, **fields: Any) -> dict[str, Any]:
    fields.setdefault("published_at", f"{as_of}T12:00:00Z")
    fields.setdefault("source", "Gaza Health Ministry")
    return claim(
        claim_id,
        scope="cumulative",
        subject="people in Gaza",
        value=value,
        as_of=as_of,
        since="2023-10-07",
        **fields,
    )


def test_it_does_not_flag_a_running_total_that_rises() -> None:
    found = compare(
        frame(toll(1, 39_790, "2024-08-10"), toll(2, 39_897, "2024-08-12"), toll(3, 40_005, "2024-08-15"))
    )
    assert found == []


def test_it_flags_a_running_total_that_falls_as_a_stale_revision_down() -> None:
    found = compare(
        frame(
            toll(1, 39_790, "2024-08-10", outlet="Levant Wire"),
            toll(2, 39_897, "2024-08-12", outlet="Gulf Ledger", qualifier="at_least"),
            toll(3, 39_699, "2024-08-13", outlet="Nile Courier"),
        )
    )
    assert kinds(found) == [("revision_down", (1, 2, 3))]
    assert found[0].reason == "stale"
    assert "Nile Courier" in found[0].explanation and "39,699" in found[0].explanation


def test_it_gives_the_reason_the_sentence_gives_for_a_lower_total() -> None:
    found = compare(
        frame(
            toll(1, 35_000, "2024-04-30"),
            toll(
                2,
                24_686,
                "2024-05-08",
                sentence="The ministry said 24,686 of the dead had been fully identified.",
            ),
        )
    )
    assert [(c.kind, c.reason) for c in found] == [("revision_down", "identified_only")]
    found = compare(
        frame(
            toll(1, 100, "2024-04-30"),
            toll(2, 90, "2024-05-08", sentence="The agency revised its count to 90."),
        )
    )
    assert [c.reason for c in found] == ["revision"]


def test_it_compares_running_totals_at_the_same_as_of_date() -> None:
    found = compare(frame(toll(1, 39_790, "2024-08-10"), toll(2, 38_000, "2024-08-10", article_id=20)))
    assert kinds(found) == [("value_conflict", (1, 2))]


def test_it_does_not_compare_running_totals_of_different_sources() -> None:
    found = compare(
        frame(toll(1, 39_790, "2024-08-10"), toll(2, 30_000, "2024-08-12", source="Gaza Civil Defence"))
    )
    assert found == []


def test_it_flags_an_incident_figure_revised_down_by_the_same_source() -> None:
    found = compare(
        frame(
            claim(1, value=120.0, published_at="2024-08-10T10:00Z"),
            claim(
                2, value=93.0, published_at="2024-08-11T10:00Z", sentence="The agency revised the toll down."
            ),
        )
    )
    assert [(c.kind, c.claim_ids, c.reason) for c in found] == [("revision_down", (1, 2), "revision")]


def test_a_source_retelling_its_timeline_in_one_article_is_not_flagged() -> None:
    found = compare(
        frame(
            claim(1, article_id=3, value=2681.0, source="Gaza Health Ministry"),
            claim(2, article_id=3, value=2497.0, source="Gaza Health Ministry"),
            claim(3, article_id=3, value=2122.0, source="Gaza Health Ministry"),
        )
    )
    assert found == []


# ---------------------------------------------------------------------------------------- attribution


def test_it_flags_the_same_figure_credited_to_two_sources() -> None:
    found = compare(
        frame(
            claim(1, outlet="Harbor Daily", published_at="2024-08-10T21:40Z"),
            claim(2, outlet="Nile Courier", published_at="2024-08-13T09:50Z"),
            claim(3, outlet="Gulf Ledger", source="Gaza Health Ministry", published_at="2024-08-12T16:20Z"),
        )
    )
    assert kinds(found) == [("attribution_conflict", (1, 2, 3))]
    text = found[0].explanation
    assert text.startswith("Gulf Ledger credits 93 killed")
    assert (
        "Gaza Health Ministry" in text
        and "Harbor Daily and 1 other attribute it to Gaza Civil Defence" in text
    )


def test_it_ignores_unattributed_claims_in_attribution_checks() -> None:
    assert compare(frame(claim(1), claim(2, source=None))) == []


def test_it_does_not_flag_the_same_round_estimate_from_two_sources() -> None:
    found = compare(
        frame(
            claim(1, metric="count", subject="homes destroyed", subject_class="objects", value=50_000.0, qualifier="about"),
            claim(2, metric="count", subject="homes destroyed", subject_class="objects", value=50_000.0, qualifier="about",
                  source="Gaza Health Ministry"),
        )
    )  # fmt: skip
    assert found == []


# ---------------------------------------------------------------------------------------- scope


def test_it_flags_a_subset_larger_than_its_total() -> None:
    found = compare(
        frame(
            claim(1, value=11.0, subject="children at the al-Tabi'in school", subject_class="children"),
            claim(2, value=9.0, outlet="Harbor Daily", published_at="2024-08-10T15:00Z"),
        )
    )
    assert [(c.kind, c.claim_ids, c.reason) for c in found] == [
        ("scope_conflict", (1, 2), "subset_exceeds_total")
    ]


def test_it_does_not_flag_a_subset_smaller_than_its_total() -> None:
    found = compare(
        frame(
            claim(1, value=11.0, subject="children at the al-Tabi'in school", subject_class="children"),
            claim(2),
        )
    )
    assert found == []


def test_it_does_not_flag_a_subset_above_an_earlier_total_of_a_growing_toll() -> None:
    found = compare(
        frame(
            claim(1, value=9.0, published_at="2024-08-09T08:00Z"),
            claim(2, value=11.0, subject="children at the school", subject_class="children"),
        )
    )
    assert found == []


def test_it_flags_a_total_reported_as_a_subset() -> None:
    found = compare(
        frame(claim(1), claim(2, subject="children at the al-Tabi'in school", subject_class="children"))
    )
    assert [(c.kind, c.reason) for c in found] == [("scope_conflict", "total_as_subset")]


# ---------------------------------------------------------------------------------------- wire copies


def test_wire_copies_never_flag_each_others_values() -> None:
    found = compare(
        frame(
            claim(1, article_id=1, wire_group=1, value=93.0),
            claim(
                2,
                article_id=2,
                wire_group=1,
                value=90.0,
                source="Gaza Health Ministry",
                published_at="2024-08-10T18:00Z",
            ),
        )
    )
    assert found == []


def test_a_wire_copy_crediting_the_figure_to_another_body_is_flagged() -> None:
    found = compare(
        frame(
            claim(1, article_id=1, wire_group=1, outlet="Levant Wire", qualifier="at_least"),
            claim(2, article_id=2, wire_group=1, outlet="Cedar Post", qualifier="at_least",
                  source="Gaza Health Ministry", published_at="2024-08-10T18:00Z"),
        )
    )  # fmt: skip
    assert kinds(found) == [("attribution_conflict", (1, 2))]
    assert "Cedar Post's copy of a wire story" in found[0].explanation


@pytest.mark.parametrize(
    ("copy_source", "original_sources"),
    [
        # the copy keeps one of the original's two sources
        ("Gaza Health Ministry", ("Gaza Civil Defence", "Gaza Health Ministry")),
        # the same body, spelled the other side of the Atlantic
        ("Gaza Civil Defense", ("Gaza Civil Defence",)),
        # the state's unnamed voice for one of its bodies
        ("US government", ("Paris Police Prefecture",)),
    ],
)
def test_a_wire_copy_naming_the_same_body_otherwise_is_not_flagged(
    copy_source: str, original_sources: tuple[str, ...]
) -> None:
    rows = [
        claim(n, article_id=1, wire_group=1, source=src) for n, src in enumerate(original_sources, start=1)
    ]
    rows.append(claim(9, article_id=2, wire_group=1, source=copy_source, published_at="2024-08-10T18:00Z"))
    assert [c for c in compare(frame(*rows)) if c.kind == "attribution_conflict"] == []


def test_wire_copies_count_as_one_report_in_explanations() -> None:
    found = compare(
        frame(
            claim(1, article_id=1, wire_group=1, outlet="Levant Wire", value=100.0, qualifier="more_than",
                  source="Gaza Government Media Office", published_at="2024-08-10T09:00Z"),
            claim(2, article_id=2, wire_group=2, outlet="Harbor Daily", published_at="2024-08-10T12:00Z"),
            claim(3, article_id=3, wire_group=2, outlet="Cedar Post", published_at="2024-08-10T12:30Z"),
        )
    )  # fmt: skip
    conflict = next(c for c in found if c.kind == "value_conflict")
    assert conflict.claim_ids == (1, 2, 3)
    assert " and 1 other" not in conflict.explanation


# ---------------------------------------------------------------------------------------- fingerprints and runs


def conflict_frame() -> pd.DataFrame:
    return frame(
        claim(
            1,
            value=100.0,
            qualifier="more_than",
            source="Gaza Government Media Office",
            published_at="2024-08-10T11:00Z",
        ),
        claim(2, published_at="2024-08-10T21:40Z"),
        toll(3, 39_790, "2024-08-10"),
        toll(4, 39_699, "2024-08-13"),
    )


def test_fingerprints_are_identical_across_runs_and_row_orders() -> None:
    df = conflict_frame()
    first = compare(df)
    again = compare(df.iloc[::-1].reset_index(drop=True))
    assert [c.fingerprint for c in first] == [c.fingerprint for c in again]
    assert first == again
    assert all(len(c.fingerprint) == 40 for c in first)


def test_a_new_disagreeing_claim_joins_the_existing_discrepancy() -> None:
    before = compare(conflict_frame())
    more = pd.concat(
        [conflict_frame(), frame(claim(9, source="Gaza Health Ministry", published_at="2024-08-12T16:00Z"))],
        ignore_index=True,
    )
    after = compare(more)
    by_kind_before = {c.kind: c for c in before}
    value_after = next(c for c in after if c.kind == "value_conflict")
    assert value_after.fingerprint == by_kind_before["value_conflict"].fingerprint
    assert 9 in value_after.claim_ids


def test_candidates_carry_the_series_and_a_bounded_score() -> None:
    for c in compare(conflict_frame()):
        assert c.severity in {"low", "medium", "high"}
        assert 0.0 <= c.score <= 1.0
        assert list(c.claim_ids) == sorted(c.claim_ids)
        assert c.series_key.startswith("e1|killed|people|")
        assert c.event_id == 1 and c.metric == "killed"


def test_an_incremental_run_returns_what_the_full_run_finds_for_that_series() -> None:
    df = pd.concat(
        [
            conflict_frame(),
            frame(claim(20, event_id=7, value=5.0, source="CGT"), claim(21, event_id=7, value=50.0)),
        ],
        ignore_index=True,
    )
    keys = series_keys(df)
    touched = str(keys.iloc[0])
    full = [c for c in compare(df) if c.series_key == touched]
    assert compare(df, series_keys=[touched]) == full
    assert compare(df, series_keys=["e404|killed|people|nowhere|incident"]) == []


def test_series_key_for_matches_the_vectorised_keys() -> None:
    df = conflict_frame()
    assert [series_key_for(row) for row in df.to_dict("records")] == series_keys(df).tolist()
    assert series_keys(df).iloc[2].endswith("|cumulative|s2")


def test_now_ignores_claims_published_later() -> None:
    df = conflict_frame()
    assert compare(df, now=pd.Timestamp("2024-08-10T12:00Z")) == []
    assert compare(df, now="2024-08-10 12:00") == []
    assert compare(df, now="2030-01-01T00:00Z") == compare(df)


# ---------------------------------------------------------------------------------------- frame contract


def test_the_empty_frame_follows_the_contract_and_compares_to_nothing() -> None:
    df = empty_frame()
    validate_frame(df)
    assert list(df.columns) == list(COLUMNS)
    assert compare(df) == []


def test_validate_frame_rejects_a_frame_without_the_contract_columns() -> None:
    with pytest.raises(FrameError, match="missing columns"):
        validate_frame(pd.DataFrame({"claim_id": [1]}))
    bad = conflict_frame().assign(scope="forever")
    with pytest.raises(FrameError, match="scope"):
        validate_frame(bad)
    validate_frame(conflict_frame())


def test_amounts_whose_subject_says_nothing_are_not_compared() -> None:
    found = compare(
        frame(
            claim(1, metric="money", subject="", subject_class="money", value=100e6, source="US government"),
            claim(
                2, metric="money", subject="", subject_class="money", value=60e6, source="CGT", article_id=1
            ),
            claim(3, metric="money", subject="", subject_class="money", value=100e6, source="CGT"),
        )
    )
    assert found == []


def test_a_same_source_figure_under_half_an_earlier_one_is_a_part_not_a_revision() -> None:
    assert compare(frame(claim(1, value=296.0), claim(2, value=41.0, published_at="2024-08-11T10:00Z"))) == []
    found = compare(
        frame(
            claim(1, value=296.0),
            claim(
                2, value=41.0, published_at="2024-08-11T10:00Z", sentence="The toll was revised down to 41."
            ),
        )
    )
    assert [(c.kind, c.reason) for c in found] == [("revision_down", "revision")]


def test_a_subset_is_checked_against_the_largest_total_of_the_day() -> None:
    found = compare(
        frame(
            claim(1, value=19.0, subject="people at the al-Tabi'in school", subject_class="militants"),
            claim(2, value=17.0, published_at="2024-08-10T15:00Z"),
            claim(3, value=93.0, published_at="2024-08-10T16:00Z", source="Gaza Health Ministry"),
        )
    )
    assert "scope_conflict" not in [c.kind for c in found]


def test_a_running_total_dated_to_its_own_start_is_read_at_its_publication() -> None:
    found = compare(
        frame(
            toll(1, 92_152, "2024-08-12", metric="injured"),
            toll(2, 91_722, "2023-10-07", metric="injured", published_at="2024-08-13T09:50:00Z"),
        )
    )
    assert [(c.kind, c.claim_ids) for c in found] == [("revision_down", (1, 2))]


def test_demonyms_and_metric_nouns_do_not_split_a_series() -> None:
    assert series_key_for(claim(1, subject="Palestinians", source_id=None)) == series_key_for(
        claim(2, subject="people", source_id=None)
    )
    assert series_key_for(claim(1, subject="deaths", source_id=None)) == series_key_for(
        claim(2, subject="", source_id=None)
    )
    assert series_key_for(claim(1, subject="people in Paris", source_id=None)) != series_key_for(
        claim(2, subject="people", source_id=None)
    )


def test_an_as_of_after_publication_is_read_as_the_published_day() -> None:
    found = compare(
        frame(
            claim(1, scope="period", subject="people in Gaza", value=40.0, source="Gaza Health Ministry"),
            claim(
                2,
                scope="period",
                subject="people in Gaza",
                value=142.0,
                source="Gaza Civil Defence",
                as_of="2024-09-01",
            ),
        )
    )
    assert [c.kind for c in found] == ["value_conflict"]


def test_one_report_naming_two_sources_for_a_figure_is_corroboration() -> None:
    found = compare(
        frame(
            claim(1, article_id=1),
            claim(2, article_id=1, source="Gaza Health Ministry"),
            claim(3, article_id=2, wire_group=1, outlet="Copy Desk", source="Gaza Health Ministry"),
        )
    )
    assert found == []


# ---------------------------------------------------------------------------------------- settled tolls


def test_a_toll_restated_below_the_settled_figure_long_after_conflicts() -> None:
    found = compare(
        frame(
            claim(1, published_at="2024-08-10T12:00Z"),
            claim(2, source="Gaza Health Ministry", published_at="2024-08-11T12:00Z"),
            # a year on, an outlet's own retelling below what every report then said
            claim(3, value=80.0, source="", outlet="Harbor Daily", published_at="2025-08-10T12:00Z"),
        )
    )
    conflicts = [c for c in found if c.kind == "value_conflict"]
    assert len(conflicts) == 1 and 3 in conflicts[0].claim_ids


@pytest.mark.parametrize(
    ("value", "published_at", "source"),
    [
        # above, from a named source: its final count may still add the late-identified dead
        (100.0, "2025-08-10T12:00Z", "Gaza Health Ministry"),
        # above by less than a rounding's worth, on the outlet's own authority
        (95.0, "2025-08-10T12:00Z", ""),
        (93.0, "2025-08-10T12:00Z", ""),  # the settled figure retold
        (
            80.0,
            "2024-08-20T12:00Z",
            "",
        ),  # ten days on the toll is not settled; an outlet's lower figure is no rival
    ],
)
def test_a_toll_restated_within_reason_or_before_it_settled_is_not(
    value: float, published_at: str, source: str
) -> None:
    found = compare(
        frame(
            claim(1, published_at="2024-08-10T12:00Z"),
            claim(2, value=value, source=source, outlet="Harbor Daily", published_at=published_at),
        )
    )
    assert [c for c in found if c.kind == "value_conflict"] == []


def test_an_outlets_own_retelling_well_above_an_agreed_settled_toll_conflicts() -> None:
    found = compare(
        frame(
            claim(1, published_at="2024-08-10T12:00Z"),
            claim(2, source="Gaza Health Ministry", published_at="2024-08-11T12:00Z"),
            claim(3, value=110.0, source="", outlet="Harbor Daily", published_at="2025-08-10T12:00Z"),
        )
    )
    conflicts = [c for c in found if c.kind == "value_conflict"]
    assert len(conflicts) == 1 and 3 in conflicts[0].claim_ids


def test_a_growing_total_told_of_an_earlier_day_bounds_no_later_subset() -> None:
    # one report: "13 civilians were killed in Saturday's strike ... an attack a week earlier killed 10"
    later_subset = dict(value=13.0, subject="civilians", subject_class="civilians", as_of="2024-08-17")
    earlier_total = dict(article_id=1, value=10.0, subject="people", as_of="2024-08-10")
    found = compare(
        frame(
            claim(1, published_at="2024-08-18T09:00Z", **later_subset),
            claim(2, published_at="2024-08-18T09:00Z", **earlier_total),
        )
    )
    assert found == []
    same_day = dict(earlier_total, as_of="2024-08-17")
    found = compare(
        frame(
            claim(1, published_at="2024-08-18T09:00Z", **later_subset),
            claim(2, published_at="2024-08-18T09:00Z", **same_day),
        )
    )
    assert [(c.kind, c.claim_ids) for c in found] == [("scope_conflict", (1, 2))]
