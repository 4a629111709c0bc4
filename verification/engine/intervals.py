"""From a stated number and its qualifier to the interval the claim asserts.

Rule (``interval``), with ``None`` meaning unbounded:

* ``exact`` N -> [N, N]; ``range`` N..H -> [N, H]
* ``at_least`` N -> [N, None]; ``at_most`` N -> [None, N]
* ``more_than`` N -> [N + step, None]; ``less_than`` N -> [None, N - step], where ``step`` is 1 for whole
  counts and a tiny epsilon for money, percentages and fractional numbers.
* ``about`` N -> [N - t, N + t]; ``nearly`` N -> [N - t, N], with the tolerance ``t`` respecting how the
  number was rounded: half its rounding unit (the power of ten of its last non-zero digit), clamped
  to between ``ABOUT_MIN`` and ``ABOUT_MAX`` of the value. "about 90" -> [85, 95];
  "about 700 million" -> [650m, 750m]; "about 1.28 million" -> [1.254m, 1.306m].

The comparison itself adds nothing but ``EPSILON`` (relative) to absorb float noise.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

ABOUT_MIN = 0.02
ABOUT_MAX = 0.10
EPSILON = 1e-9
CONTINUOUS_METRICS = frozenset({"money", "percent"})


def rounding_unit(value: float) -> float:
    """Power of ten of the last non-zero digit: 700 -> 100, 1_280_000 -> 10_000, 93 -> 1, 0.2 -> 0.1."""
    v = abs(float(value))
    if v == 0 or not math.isfinite(v):
        return 1.0
    unit = 10.0 ** math.floor(math.log10(v))
    for _ in range(18):
        if abs(v / unit - round(v / unit)) < 1e-9 * max(1.0, v / unit):
            return unit
        unit /= 10
    return unit


def _tolerance(value: float) -> float:
    v = abs(value)
    return min(max(rounding_unit(value) / 2, ABOUT_MIN * v), ABOUT_MAX * v)


def _step(value: float, metric: str | None) -> float:
    if metric in CONTINUOUS_METRICS or not float(value).is_integer():
        return max(abs(value) * EPSILON, EPSILON)
    return 1.0


def interval(
    value: float, value_high: float | None, qualifier: str, *, metric: str | None = None
) -> tuple[float | None, float | None]:
    """The (low, high) interval a claim asserts; ``None`` is unbounded. See the module docstring."""
    v = float(value)
    if qualifier == "range" and value_high is not None and not math.isnan(value_high):
        return min(v, float(value_high)), max(v, float(value_high))
    if qualifier == "at_least":
        return v, None
    if qualifier == "more_than":
        return v + _step(v, metric), None
    if qualifier == "at_most":
        return None, v
    if qualifier == "less_than":
        return None, v - _step(v, metric)
    if qualifier == "about":
        t = _tolerance(v)
        return v - t, v + t
    if qualifier == "nearly":
        return v - _tolerance(v), v
    return v, v


def intervals(
    value: pd.Series,
    value_high: pd.Series | None,
    qualifier: pd.Series,
    metric: pd.Series | None = None,
) -> tuple[pd.Series, pd.Series]:
    """Vectorised ``interval`` over columns; unbounded ends are NaN (the frame contract)."""
    n = len(value)
    vh = value_high if value_high is not None else pd.Series(np.nan, index=value.index)
    met = metric if metric is not None else pd.Series("", index=value.index)
    keys = pd.DataFrame({"v": value.astype(float), "vh": vh.astype(float), "q": qualifier, "m": met})
    uniq = keys.drop_duplicates()
    lows: list[float] = []
    highs: list[float] = []
    for v, vh_, q, m in uniq.itertuples(index=False, name=None):
        lo, hi = interval(v, None if pd.isna(vh_) else vh_, q, metric=m)
        lows.append(np.nan if lo is None else lo)
        highs.append(np.nan if hi is None else hi)
    uniq = uniq.assign(low=lows, high=highs)
    merged = keys.merge(uniq, on=["v", "vh", "q", "m"], how="left")
    assert len(merged) == n
    return (
        pd.Series(merged["low"].to_numpy(), index=value.index, name="low"),
        pd.Series(merged["high"].to_numpy(), index=value.index, name="high"),
    )
