"""The numpy helpers behind the engine's hot path agree with the pandas operations they replace."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from verification.engine import SeriesIndex
from verification.engine.groups import latest_at
from verification.engine.keys import Factorized, factorizer


def _merge_asof_latest(
    keys: np.ndarray, times: np.ndarray, values: np.ndarray, ask_keys: np.ndarray, ask_times: np.ndarray
) -> np.ndarray:
    right = pd.DataFrame({"k": keys, "t": times, "cur": values}).sort_values(["t", "cur"], kind="stable")
    left = pd.DataFrame({"k": ask_keys, "t": ask_times, "i": np.arange(len(ask_keys))}).sort_values(
        "t", kind="stable"
    )
    now = pd.merge_asof(left, right, on="t", by="k", direction="backward").sort_values("i")
    out: np.ndarray = now["cur"].to_numpy(dtype=np.float64)
    return out


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(
        st.tuples(st.integers(0, 3), st.integers(0, 6), st.sampled_from([-np.inf, 1.0, 2.0, 5.0, 9.0])),
        min_size=1,
        max_size=30,
    ),
    asks=st.lists(st.tuples(st.integers(-1, 4), st.integers(-1, 7)), min_size=1, max_size=20),
)
def test_latest_at_is_a_backward_merge_asof_by_key(
    rows: list[tuple[int, int, float]], asks: list[tuple[int, int]]
) -> None:
    keys = np.array([r[0] for r in rows], dtype=np.int64)
    times = np.array([r[1] for r in rows], dtype=np.int64) * 10**9
    values = np.array([r[2] for r in rows], dtype=np.float64)
    ask_keys = np.array([a[0] for a in asks], dtype=np.int64)
    ask_times = np.array([a[1] for a in asks], dtype=np.int64) * 10**9
    got = latest_at(keys, times, values, ask_keys, ask_times)
    want = _merge_asof_latest(keys, times, values, ask_keys, ask_times)
    np.testing.assert_array_equal(got, want)


def _assert_same(got: Factorized, want: Factorized) -> None:
    np.testing.assert_array_equal(got.codes, want.codes)
    assert got.uniques.tolist() == want.uniques.tolist()


@settings(max_examples=100, deadline=None)
@given(
    values=st.lists(st.sampled_from(["killed", "injured", "money", "", "people"]), min_size=1, max_size=40),
    data=st.data(),
)
def test_an_index_recodes_a_column_as_hashing_its_rows_would(values: list[str], data: st.DataObject) -> None:
    n = len(values)
    frame = pd.DataFrame(
        {
            "event_id": pd.array([i % 3 for i in range(n)], dtype="Int64"),
            "metric": values,
            "subject_class": ["people"] * n,
            "subject": values[::-1],
            "scope": ["incident"] * n,
            "source_id": pd.array([None] * n, dtype="Int64"),
            "qualifier": ["exact"] * n,
            "source_kind": values,
            "sentence": [f"{v} {i % 4}" for i, v in enumerate(values)],
        }
    )
    positions = np.asarray(data.draw(st.lists(st.integers(0, n - 1), min_size=0, max_size=n)), dtype=np.int64)
    from_index = SeriesIndex(frame).factorizer(positions)
    from_rows = factorizer(frame.iloc[positions])
    for name in ("metric", "subject", "source_kind", "sentence"):
        _assert_same(from_index(name), from_rows(name))


def test_a_column_with_missing_values_is_hashed_by_the_run() -> None:
    frame = pd.DataFrame(
        {
            "event_id": pd.array([1, 1, 1], dtype="Int64"),
            "metric": ["killed", "killed", "injured"],
            "subject_class": ["people"] * 3,
            "subject": ["", "", ""],
            "scope": ["incident"] * 3,
            "source_id": pd.array([None] * 3, dtype="Int64"),
            "qualifier": ["exact"] * 3,
            "source_kind": np.array(["ngo", None, "media"], dtype=object),
            "sentence": ["a", "b", "c"],
        }
    )
    positions = np.array([2, 1], dtype=np.int64)
    got = SeriesIndex(frame).factorizer(positions)("source_kind")
    _assert_same(got, factorizer(frame.iloc[positions])("source_kind"))
    assert got.codes.tolist() == [0, -1]


@settings(max_examples=200, deadline=None)
@given(
    left=st.lists(st.integers(0, 5), max_size=25),
    right=st.lists(st.integers(0, 5), max_size=25),
)
def test_join_pairs_rows_as_an_inner_merge_orders_them(left: list[int], right: list[int]) -> None:
    from verification.engine.compare import _join

    i, j = _join(np.asarray(left, dtype=np.int64), np.asarray(right, dtype=np.int64))
    merged = pd.DataFrame({"k": left, "i": np.arange(len(left))}).merge(
        pd.DataFrame({"k": right, "j": np.arange(len(right))}), on="k"
    )
    assert i.tolist() == merged["i"].tolist()
    assert j.tolist() == merged["j"].tolist()


@settings(max_examples=200, deadline=None)
@given(codes=st.lists(st.integers(0, 5), max_size=30))
def test_rank_in_group_counts_the_rows_of_its_code_before_it(codes: list[int]) -> None:
    from verification.engine.compare import _rank_in_group

    got = _rank_in_group(np.asarray(codes, dtype=np.int64))
    assert got.tolist() == pd.Series(codes, dtype=np.int64).groupby(codes).cumcount().tolist()


@settings(max_examples=200, deadline=None)
@given(
    values=st.lists(st.sampled_from(["a", "b", "c", None]), min_size=1, max_size=30),
    data=st.data(),
)
def test_a_subset_is_coded_as_hashing_its_values_would(values: list[str | None], data: st.DataObject) -> None:
    column = np.asarray(values, dtype=object)
    rows = np.asarray(
        data.draw(st.lists(st.integers(0, len(values) - 1), max_size=len(values))), dtype=np.int64
    )
    _assert_same(Factorized.of(column).subset(rows), Factorized.of(column[rows]))
