"""The numpy group reductions agree with the pandas groupby calls they replace (hypothesis)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from verification.engine.groups import (
    first_per_group,
    nunique_per_group,
    segmented_cummax,
    transform_any,
    transform_max,
    transform_min,
    transform_nunique,
)

# keys from a few groups, values that include the open interval ends and amounts past 2**53
keys = st.lists(st.integers(-3, 5), min_size=1, max_size=40)
values = st.one_of(
    st.integers(-5, 5).map(float),
    st.sampled_from([-np.inf, np.inf, 1e15, 1e15 + 2, 9_007_199_254_740_993.0]),
)


def _pair(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray]:
    k = draw(keys)
    v = draw(st.lists(values, min_size=len(k), max_size=len(k)))
    return np.asarray(k, dtype=np.int64), np.asarray(v, dtype=np.float64)


pairs = st.composite(_pair)()


@given(pairs)
def test_transform_max_and_min_match_pandas(kv: tuple[np.ndarray, np.ndarray]) -> None:
    k, v = kv
    s = pd.Series(v).groupby(k)
    np.testing.assert_array_equal(transform_max(k, v), s.transform("max").to_numpy())
    np.testing.assert_array_equal(transform_min(k, v), s.transform("min").to_numpy())


@given(pairs)
def test_transform_any_and_nunique_match_pandas(kv: tuple[np.ndarray, np.ndarray]) -> None:
    k, v = kv
    flag = v > 0
    np.testing.assert_array_equal(
        transform_any(k, flag), pd.Series(flag).groupby(k).transform("any").to_numpy()
    )
    expected = pd.Series(v).groupby(k).transform("nunique").to_numpy()
    np.testing.assert_array_equal(transform_nunique(k, v), expected)


@given(pairs)
def test_segmented_cummax_matches_pandas_on_sorted_keys(kv: tuple[np.ndarray, np.ndarray]) -> None:
    k, v = kv
    order = np.argsort(k, kind="stable")
    k, v = k[order], v[order]
    expected = pd.Series(v).groupby(k, sort=False).cummax().to_numpy()
    np.testing.assert_array_equal(segmented_cummax(k, v), expected)
    # and on integers (row positions with -1 for "none yet")
    pos = np.where(v > 0, np.arange(len(v)), -1)
    np.testing.assert_array_equal(
        segmented_cummax(k, pos), pd.Series(pos).groupby(k, sort=False).cummax().to_numpy()
    )


def test_segmented_cummax_restarts_at_each_run_and_keeps_large_amounts_exact() -> None:
    k = np.array([1, 1, 1, 2, 2, 7])
    v = np.array([9_007_199_254_740_993.0, 3.0, 9_007_199_254_740_995.0, -np.inf, 1.0, -5.0])
    assert segmented_cummax(k, v).tolist() == [v[0], v[0], v[2], -np.inf, 1.0, -5.0]


@given(pairs)
def test_first_per_group_and_nunique_per_group_match_pandas_agg(kv: tuple[np.ndarray, np.ndarray]) -> None:
    k, v = kv
    codes = pd.factorize(k)[0].astype(np.int64)
    rows = np.arange(len(k)) * 10
    order, starts, uniques = first_per_group(codes)
    agg = (
        pd.DataFrame({"u": codes, "r": rows, "v": v})
        .groupby("u", sort=True)
        .agg(rep=("r", "first"), n=("v", "nunique"), lo=("v", "min"))
    )
    assert uniques.tolist() == agg.index.tolist()
    assert rows[order[starts]].tolist() == agg["rep"].tolist()
    assert nunique_per_group(codes[order], v[order], len(starts)).tolist() == agg["n"].tolist()
    assert np.minimum.reduceat(v[order], starts).tolist() == agg["lo"].tolist()


def test_empty_inputs() -> None:
    empty = np.empty(0, dtype=np.int64)
    assert len(transform_max(empty, empty.astype(float))) == 0
    assert len(segmented_cummax(empty, empty.astype(float))) == 0
    order, starts, uniques = first_per_group(empty)
    assert len(order) == len(starts) == len(uniques) == 0
