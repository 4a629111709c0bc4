"""Group reductions on numpy arrays: what the engine asked of ``pandas.groupby`` (transform max / min /
any / nunique, cumulative max, first-of-group aggregates), without building a Series, an Index and a
grouper per call.

An incremental run compares one series of a few dozen claims through some two hundred such reductions;
pandas' fixed cost per call (~0.1 ms) was most of that run's time. These are plain numpy: hashing once
(``pd.factorize``) or one stable sort, then ``ufunc.at`` / ``ufunc.reduceat`` / ``maximum.accumulate``.
They expect no NaN in the reduced values (the engine keeps open interval ends as +/-inf).
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def dense(keys: np.ndarray) -> tuple[np.ndarray, int]:
    """Codes 0..k-1 for ``keys`` (in order of first appearance) and k."""
    codes, uniques = pd.factorize(keys)
    return codes.astype(np.int64, copy=False), len(uniques)


def transform_max(keys: np.ndarray, x: np.ndarray) -> np.ndarray:
    """For each row, the largest ``x`` of its group."""
    codes, k = dense(keys)
    out = np.full(k, -np.inf)
    np.maximum.at(out, codes, x.astype(np.float64, copy=False))
    result: np.ndarray = out[codes]
    return result


def transform_min(keys: np.ndarray, x: np.ndarray) -> np.ndarray:
    """For each row, the smallest ``x`` of its group."""
    codes, k = dense(keys)
    out = np.full(k, np.inf)
    np.minimum.at(out, codes, x.astype(np.float64, copy=False))
    result: np.ndarray = out[codes]
    return result


def transform_any(keys: np.ndarray, flag: np.ndarray) -> np.ndarray:
    """For each row, whether any row of its group has ``flag``."""
    codes, k = dense(keys)
    hit = np.bincount(codes[flag.astype(bool, copy=False)], minlength=k) > 0
    result: np.ndarray = hit[codes]
    return result


def _distinct_per_code(codes: np.ndarray, n_codes: int, values: np.ndarray) -> np.ndarray:
    """How many distinct ``values`` each code 0..n_codes-1 holds."""
    v_codes, n_values = dense(values)
    width = max(n_values, 1)
    counts: np.ndarray = np.bincount(np.unique(codes * width + v_codes) // width, minlength=n_codes)
    return counts


def transform_nunique(keys: np.ndarray, values: np.ndarray) -> np.ndarray:
    """For each row, how many distinct ``values`` its group holds."""
    codes, k = dense(keys)
    result: np.ndarray = _distinct_per_code(codes, k, values)[codes]
    return result


def segment_ids(sorted_keys: np.ndarray) -> np.ndarray:
    """0, 0, 1, 1, 1, 2, ...: which run of equal neighbours each row is in."""
    if len(sorted_keys) == 0:
        return np.empty(0, dtype=np.int64)
    new = np.r_[True, sorted_keys[1:] != sorted_keys[:-1]]
    ids: np.ndarray = np.cumsum(new) - 1
    return ids


def segmented_cummax(sorted_keys: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Running maximum of ``x`` that restarts where ``sorted_keys`` changes (each group's rows must be
    contiguous, as after a sort by key; ``groupby(keys, sort=False).cummax()`` on such rows).

    Values are replaced by their rank and offset per run, so one ``maximum.accumulate`` over int64
    does every run at once, exactly (no float offsets that would round large amounts)."""
    if len(x) == 0:
        return x.copy()
    seg = segment_ids(sorted_keys)
    uniques, rank = np.unique(x, return_inverse=True)
    width = len(uniques) + 1
    running = np.maximum.accumulate(seg * width + rank.reshape(-1)) - seg * width
    result: np.ndarray = uniques[running]
    return result


def first_per_group(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For ``codes``: (order, starts, uniques) -- ``order`` sorts rows by code stably, ``starts`` are
    where each code's run begins in that order (so ``order[starts]`` is each code's first row), and
    ``uniques`` the codes in ascending order. Feed ``starts`` to ``ufunc.reduceat`` on sorted data."""
    order = np.argsort(codes, kind="stable")
    sorted_codes = codes[order]
    starts = np.flatnonzero(np.r_[True, sorted_codes[1:] != sorted_codes[:-1]]) if len(codes) else order[:0]
    return order, starts, sorted_codes[starts]


def nunique_per_group(sorted_codes: np.ndarray, values_in_order: np.ndarray, n_groups: int) -> np.ndarray:
    """How many distinct values each group holds, for groups numbered 0..n_groups-1 in
    ``sorted_codes`` order (dense, ascending)."""
    return _distinct_per_code(segment_ids(sorted_codes), n_groups, values_in_order)


def latest_at(
    keys: np.ndarray, times: np.ndarray, values: np.ndarray, ask_keys: np.ndarray, ask_times: np.ndarray
) -> np.ndarray:
    """For each question (``ask_keys``, ``ask_times``): the value of the row of that key with the latest
    time at or before the asked one -- the largest value among rows of that time -- or NaN when there
    is none (``merge_asof(..., on=time, by=key, direction="backward")`` on rows sorted by time, value).
    Keys are non-negative codes; a negative asked key finds nothing."""
    order = np.lexsort((values, times, keys))
    k, t, v = keys[order], times[order], values[order].astype(np.float64)
    # (key, time) as one sortable integer: time replaced by its rank among all times
    ranks = np.unique(np.concatenate((t, ask_times)))
    width = len(ranks)
    row_key = k.astype(np.int64) * width + np.searchsorted(ranks, t)
    ask_key = ask_keys.astype(np.int64) * width + np.searchsorted(ranks, ask_times)
    pos = np.searchsorted(row_key, ask_key, "right") - 1
    found = (pos >= 0) & (k[np.maximum(pos, 0)] == ask_keys)
    out = np.full(len(ask_keys), np.nan)
    out[found] = v[pos[found]]
    return out
