"""The input contract of the comparison engine: one row per claim.

The selector in ``verification`` (the only place where the ORM becomes a DataFrame) builds exactly
this frame; tests and benchmarks build it by hand. ``validate_frame`` checks it, ``empty_frame``
returns a correctly typed frame with no rows, and ``coerce_frame`` fixes dtypes of a frame built from
plain Python records.

Columns (``COLUMNS``: name -> pandas dtype):

================  ==========================  ====================================================
column            dtype                       meaning
================  ==========================  ====================================================
claim_id          int64                       primary key of the claim
article_id        int64                       article the claim appears in
outlet            str                         outlet name of the article ("Harbor Daily")
published_at      datetime64[ns, UTC]         when the article was published
event_id          Int64 (nullable)            the Event; rows without an event are never compared
metric            str                         killed, injured, ..., money, percent, count
subject           str                         who/what is counted ("people at the al-Tabi'in school")
subject_class     str                         people, children, women, soldiers, militants, ...
source_id         Int64 (nullable)            registered Source; null = the outlet's own statement
source_name       str                         canonical source name, "" when none
source_kind       str                         government, ministry, military, un_agency, ngo, media,
                                              other, "" (drives the authority part of the score)
attribution       str                         raw attribution words
scope             str                         incident | cumulative | period
since             datetime64[ns] (NaT)        start of a running total
as_of             datetime64[ns] (NaT)        the date the figure describes (NaT: published date)
value             float64                     the number as stated
value_high        float64 (NaN)               upper end of a range
qualifier         str                         exact, at_least, more_than, at_most, less_than,
                                              about, nearly, range
low               float64 (NaN = unbounded)   interval the claim asserts (see ``interval``)
high              float64 (NaN = unbounded)
wire_group        int64                       near-identical wire copies share one id
                                              (default: the article_id)
status            str                         unreviewed | verified | rejected (rejected ignored)
sentence          str                         the sentence around the figure (reason codes)
================  ==========================  ====================================================
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

COLUMNS: dict[str, str] = {
    "claim_id": "int64",
    "article_id": "int64",
    "outlet": "str",
    "published_at": "datetime64[ns, UTC]",
    "event_id": "Int64",
    "metric": "str",
    "subject": "str",
    "subject_class": "str",
    "source_id": "Int64",
    "source_name": "str",
    "source_kind": "str",
    "attribution": "str",
    "scope": "str",
    "since": "datetime64[ns]",
    "as_of": "datetime64[ns]",
    "value": "float64",
    "value_high": "float64",
    "qualifier": "str",
    "low": "float64",
    "high": "float64",
    "wire_group": "int64",
    "status": "str",
    "sentence": "str",
}

SCOPES = ("incident", "cumulative", "period")
STATUSES = ("unreviewed", "verified", "rejected")
SOURCE_KINDS = ("government", "ministry", "military", "un_agency", "ngo", "media", "other", "")
QUALIFIERS = ("exact", "at_least", "more_than", "at_most", "less_than", "about", "nearly", "range")

_STR_COLUMNS = [name for name, dtype in COLUMNS.items() if dtype == "str"]


class FrameError(ValueError):
    """The frame does not follow the input contract."""


def empty_frame() -> pd.DataFrame:
    """A frame with every contract column, correctly typed, and no rows."""
    return coerce_frame(pd.DataFrame({name: [] for name in COLUMNS}))


def coerce_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Cast a frame built from plain records to the contract dtypes (missing optional columns filled)."""
    out = df.copy()
    n = len(out)
    defaults: Mapping[str, Any] = {
        "source_id": pd.NA,
        "event_id": pd.NA,
        "source_name": "",
        "source_kind": "",
        "attribution": "",
        "since": pd.NaT,
        "as_of": pd.NaT,
        "value_high": np.nan,
        "status": "unreviewed",
        "sentence": "",
        "subject": "",
    }
    for name, default in defaults.items():
        if name not in out.columns:
            out[name] = [default] * n
    if "article_id" in out.columns:
        if "wire_group" not in out.columns:
            out["wire_group"] = out["article_id"]
        else:  # an article outside any wire group is its own group
            out["wire_group"] = out["wire_group"].fillna(out["article_id"])
    if ("low" not in out.columns or "high" not in out.columns) and {"value", "qualifier"} <= set(out.columns):
        from verification.engine.intervals import intervals

        low, high = intervals(out["value"], out.get("value_high"), out["qualifier"], out.get("metric"))
        out["low"], out["high"] = low, high
    missing = [name for name in COLUMNS if name not in out.columns]
    if missing:
        raise FrameError(f"missing columns: {', '.join(missing)}")
    for name in _STR_COLUMNS:
        out[name] = out[name].fillna("").astype(str)
    out["published_at"] = _to_datetime(out["published_at"], utc=True).astype("datetime64[ns, UTC]")
    for name in ("since", "as_of"):
        col = _to_datetime(out[name], utc=False)
        if isinstance(col.dtype, pd.DatetimeTZDtype):
            col = col.dt.tz_convert("UTC").dt.tz_localize(None)
        out[name] = col.astype("datetime64[ns]")
    for name in ("claim_id", "article_id", "wire_group"):
        out[name] = out[name].astype("int64")
    for name in ("event_id", "source_id"):
        out[name] = out[name].astype("Int64")
    for name in ("value", "value_high", "low", "high"):
        out[name] = out[name].astype("float64")
    return out[list(COLUMNS)]


def _to_datetime(col: pd.Series, *, utc: bool) -> pd.Series:
    if pd.api.types.is_datetime64_any_dtype(col.dtype):
        return pd.to_datetime(col, utc=utc) if utc else col
    return pd.to_datetime(col, utc=utc, format="ISO8601")


def validate_frame(df: pd.DataFrame) -> None:
    """Raise ``FrameError`` unless ``df`` has every contract column with the contract dtype and values."""
    missing = [name for name in COLUMNS if name not in df.columns]
    if missing:
        raise FrameError(f"missing columns: {', '.join(missing)}")
    problems: list[str] = []
    for name, dtype in COLUMNS.items():
        actual = df[name].dtype
        if dtype == "str":
            ok = pd.api.types.is_string_dtype(actual) or actual is np.dtype(object)
        elif dtype == "datetime64[ns, UTC]":
            ok = isinstance(actual, pd.DatetimeTZDtype) and str(actual.tz) == "UTC"
        elif dtype == "datetime64[ns]":
            ok = pd.api.types.is_datetime64_dtype(actual) and not isinstance(actual, pd.DatetimeTZDtype)
        elif dtype == "Int64":
            ok = pd.api.types.is_integer_dtype(actual)
        elif dtype == "int64":
            ok = pd.api.types.is_integer_dtype(actual) and not isinstance(
                actual, pd.api.extensions.ExtensionDtype
            )
        else:
            ok = pd.api.types.is_float_dtype(actual)
        if not ok:
            problems.append(f"{name}: expected {dtype}, got {actual}")
    if problems:
        raise FrameError("; ".join(problems))
    _check_values(df, "scope", SCOPES, problems)
    _check_values(df, "status", STATUSES, problems)
    _check_values(df, "qualifier", QUALIFIERS, problems)
    if df["claim_id"].duplicated().any():
        problems.append("claim_id: duplicated ids")
    if problems:
        raise FrameError("; ".join(problems))


def _check_values(df: pd.DataFrame, name: str, allowed: Iterable[str], problems: list[str]) -> None:
    bad = sorted(set(df[name].unique()) - set(allowed))
    if bad:
        problems.append(f"{name}: unexpected values {bad[:5]}")
