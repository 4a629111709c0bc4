"""Properties of compare() on random small frames (hypothesis)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from verification.engine import coerce_frame, compare, interval

QUALIFIERS = ["exact", "at_least", "more_than", "at_most", "less_than", "about", "nearly", "range"]

rows = st.lists(
    st.fixed_dictionaries(
        {
            "article_id": st.integers(1, 6),
            "event_id": st.sampled_from([1, 2, None]),
            "metric": st.sampled_from(["killed", "money", "percent"]),
            "subject_class": st.sampled_from(["people", "children", "money"]),
            "subject": st.sampled_from(["people at the school", "children at the school", "US pledge", ""]),
            "source_id": st.sampled_from([1, 2, 3, None]),
            "scope": st.sampled_from(["incident", "cumulative", "period"]),
            "value": st.integers(1, 200).map(float),
            "span": st.integers(0, 50).map(float),
            "qualifier": st.sampled_from(QUALIFIERS),
            "day": st.integers(0, 4),
            "hour": st.integers(0, 23),
            "status": st.sampled_from(["unreviewed", "verified", "rejected"]),
        }
    ),
    min_size=0,
    max_size=14,
)

# frames where figures of one quantity meet often: few events, subjects and values, many sources --
# most such frames hold candidates of every kind, so the properties below are tested on real flags
dense_rows = st.lists(
    st.fixed_dictionaries(
        {
            "article_id": st.integers(1, 6),
            "event_id": st.sampled_from([1, 1, 2]),
            "metric": st.sampled_from(["killed", "killed", "injured", "money"]),
            "subject_class": st.sampled_from(["people", "people", "children"]),
            "subject": st.sampled_from(["people at the school", "children at the school"]),
            "source_id": st.sampled_from([1, 2, 3, None]),
            "scope": st.sampled_from(["incident", "incident", "cumulative"]),
            "value": st.sampled_from([10.0, 60.0, 90.0, 93.0, 150.0]),
            "span": st.just(20.0),
            "qualifier": st.sampled_from(["exact", "exact", "at_least", "about", "range"]),
            "day": st.integers(0, 4),
            "hour": st.integers(0, 23),
            "status": st.sampled_from(["unreviewed", "unreviewed", "verified", "rejected"]),
        }
    ),
    min_size=4,
    max_size=16,
)


def build(records: list[dict[str, Any]]) -> pd.DataFrame:
    out = []
    for n, r in enumerate(records, start=1):
        value_high = r["value"] + r["span"] if r["qualifier"] == "range" else None
        low, high = interval(r["value"], value_high, r["qualifier"], metric=r["metric"])
        published = pd.Timestamp("2024-08-10T00:00Z") + pd.Timedelta(
            days=r["day"] + r["article_id"] % 2, hours=r["hour"]
        )
        out.append(
            {
                "claim_id": n,
                "article_id": r["article_id"],
                "outlet": f"Outlet {r['article_id'] % 3}",
                "published_at": published,
                "event_id": r["event_id"],
                "metric": r["metric"],
                "subject": r["subject"],
                "subject_class": r["subject_class"],
                "source_id": r["source_id"],
                "source_name": "" if r["source_id"] is None else f"Source {r['source_id']}",
                "source_kind": "" if r["source_id"] is None else "ministry",
                "scope": r["scope"],
                "as_of": published.tz_localize(None).normalize(),
                "value": r["value"],
                "value_high": value_high,
                "qualifier": r["qualifier"],
                "low": low,
                "high": high,
                "wire_group": r["article_id"] if r["article_id"] < 5 else 4,
                "status": r["status"],
            }
        )
    df = pd.DataFrame(out, columns=[*out[0].keys()] if out else ["claim_id"])
    if df.empty:
        from verification.engine import empty_frame

        return empty_frame()
    df["source_id"] = df["source_id"].astype("Int64")
    df["event_id"] = df["event_id"].astype("Int64")
    return coerce_frame(df)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(rows, dense_rows))
def test_compare_is_deterministic_and_its_candidates_are_well_formed(records: list[dict[str, Any]]) -> None:
    df = build(records)
    found = compare(df)
    assert compare(df.iloc[::-1].reset_index(drop=True)) == found
    fingerprints = [c.fingerprint for c in found]
    assert len(fingerprints) == len(set(fingerprints))
    live = set(df.loc[(df["status"] != "rejected") & df["event_id"].notna(), "claim_id"].tolist())
    for c in found:
        assert len(c.claim_ids) >= 2 and set(c.claim_ids) <= live
        assert c.severity in {"low", "medium", "high"} and 0.0 <= c.score <= 1.0
        assert c.explanation.endswith((".", "?"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(rows, dense_rows))
def test_an_incremental_run_agrees_with_the_full_run(records: list[dict[str, Any]]) -> None:
    from verification.engine import SeriesIndex, family_of, series_keys

    df = build(records)
    full = compare(df)
    index = SeriesIndex(df)
    keys = sorted(set(series_keys(df).tolist()))
    for key in keys:
        expected = [c for c in full if family_of(c.series_key) == family_of(key)]
        assert compare(df, series_keys=[key]) == expected
        assert compare(index, series_keys=[key]) == expected  # rows picked by the index's own keys


@settings(max_examples=200, deadline=None)
@given(
    st.floats(0.01, 1e10, allow_nan=False),
    st.sampled_from(QUALIFIERS),
    st.sampled_from(["killed", "money", "percent"]),
)
def test_an_interval_holds_the_stated_number_unless_the_qualifier_excludes_it(
    value: float, qualifier: str, metric: str
) -> None:
    from verification.engine import intervals

    low, high = interval(value, value * 2 if qualifier == "range" else None, qualifier, metric=metric)
    lo = float("-inf") if low is None else low
    hi = float("inf") if high is None else high
    assert lo <= hi
    if qualifier in ("more_than", "less_than"):
        assert not (lo <= value <= hi)
    else:
        assert lo <= value <= hi
    vec_low, vec_high = intervals(
        pd.Series([value]),
        pd.Series([value * 2 if qualifier == "range" else float("nan")]),
        pd.Series([qualifier]),
        pd.Series([metric]),
    )
    assert (pd.isna(vec_low.iloc[0]) and low is None) or vec_low.iloc[0] == low
    assert (pd.isna(vec_high.iloc[0]) and high is None) or vec_high.iloc[0] == high


# sentences mixing the cue words of every sentence test with text whose lowercase is longer than itself
# ("İ" lowers to two characters), so a batch read that mapped matches back by position would drift
_cue_text = st.lists(
    st.sampled_from(
        [
            "revised",
            "down to",
            "CORRECTED",
            "up from",
            "could reach",
            "İ",
            "ǅ",
            "varied sharply",
            "toll",
            "93",
            " ",
            "\n",
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=200, deadline=None)
@example(sentences=["İ" * 20, "The toll was revised down to 40.", "No figure here."])
@given(sentences=st.lists(st.one_of(_cue_text, st.text(max_size=40)), max_size=12))
def test_sentence_tests_read_a_batch_as_they_read_each_sentence(sentences: list[str]) -> None:
    from verification.engine.compare import _SENTENCE_TESTS

    for name, test in _SENTENCE_TESTS.items():
        assert test.many(sentences).tolist() == [test(s) for s in sentences], name


@settings(max_examples=100, deadline=None)
@given(
    sentences=st.lists(st.one_of(_cue_text, st.text(max_size=40)), min_size=1, max_size=12),
    data=st.data(),
)
def test_a_run_reads_a_sentence_alike_whether_it_asks_about_few_rows_or_most(
    sentences: list[str], data: Any
) -> None:
    # asked about most sentences, a run reads all of them as one joined text; asked about a few, only
    # those: either way each sentence gets the answer the test gives it alone
    from verification.engine.compare import _SENTENCE_TESTS, _Prepared

    frame = coerce_frame(
        pd.DataFrame(
            [
                {
                    "claim_id": i + 1,
                    "article_id": i + 1,
                    "event_id": 1,
                    "metric": "killed",
                    "subject_class": "people",
                    "scope": "incident",
                    "outlet": "Outlet",
                    "value": 10.0,
                    "qualifier": "exact",
                    "sentence": text,
                    "published_at": pd.Timestamp("2024-01-01", tz="UTC"),
                }
                for i, text in enumerate(sentences)
            ]
        )
    )
    rows = np.asarray(
        data.draw(st.lists(st.integers(0, len(sentences) - 1), min_size=1, max_size=len(sentences))),
        dtype=np.int64,
    )
    for name, test in _SENTENCE_TESTS.items():
        prepared = _Prepared(frame)
        first = prepared._said(name, rows)  # some rows first, then all of them
        assert first.tolist() == [test(sentences[r]) for r in rows.tolist()], name
        everything = prepared._said(name, np.arange(len(sentences)))
        assert everything.tolist() == [test(s) for s in sentences], name


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=rows.filter(lambda r: len(r) >= 1), data=st.data())
def test_a_figure_given_earlier_is_found_however_often_it_repeats(
    records: list[dict[str, Any]], data: Any
) -> None:
    """``_gave_earlier`` reads per figure the first report and the first other report; it must agree
    with the plain definition: the same group holds the same value published earlier in another report."""
    from verification.engine.compare import _gave_earlier, _Prepared

    df = build(records)
    p = _Prepared(df.reset_index(drop=True))

    def draw(top: int) -> np.ndarray:
        return np.asarray(
            data.draw(st.lists(st.integers(0, top), min_size=p.n, max_size=p.n)), dtype=np.int64
        )

    # few groups, figures, instants and reports, so that repeats, ties and reprints are common
    group = draw(2)
    p.value, p.pub, p.wire = draw(2).astype(np.float64), draw(3), draw(2)
    asked = np.asarray(sorted(data.draw(st.sets(st.integers(0, p.n - 1), min_size=1))), dtype=np.int64)
    expected = [
        any(
            group[k] == group[r]
            and round(p.value[k], 6) == round(p.value[r], 6)
            and p.pub[k] < p.pub[r]
            and p.wire[k] != p.wire[r]
            for k in range(p.n)
        )
        for r in asked.tolist()
    ]
    assert _gave_earlier(p, group, asked).tolist() == expected
