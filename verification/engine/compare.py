"""Compare claims within their series and return discrepancy candidates.

Pure pandas/numpy, no Django. ``compare(frame)`` runs over the whole frame; ``compare(frame,
series_keys=[...])`` over the families of the given series (incremental run after an article).

How pairs are formed (never a double loop over all claims): rows are grouped by an integer group code
(series, or series + as_of day); a cheap per-group aggregate (``max(low) > min(high)``) keeps only the
groups where any disjoint pair can exist, and only inside those groups are pairs enumerated with
numpy (``_pairs``), then filtered with vectorised conditions.

Rules
-----
* Pairs never cross wire copies (same ``wire_group``, different article).
* Within one article (one report), only two claims credited to two *different* named sources are
  compared: an article that retells a toll's timeline from one source, or sums up attributed figures
  in its own words, contradicts nothing.
* ``value_conflict``
    - incident scope: disjoint intervals. For metrics that grow while an incident is counted
      (everything but money and percentages) a later, higher figure from another source is an update,
      so across articles only a *later, lower* figure from a different source conflicts; for money and
      percentages any disjoint pair from different reports conflicts.
      Anchor (fingerprint): the series -- an incident has one true figure, so every disagreeing claim
      about it joins one discrepancy.
    - cumulative and period scope: disjoint intervals at the same as_of day. Anchor: series + day.
* ``revision_down``: same named source, a later figure whose interval lies wholly below an earlier one
  (running totals: a later as_of day; incidents: a later article). Anchor: series + the lower figure,
  so every outlet repeating the same outdated figure joins. Reason: "identified_only" / "revision" /
  "different_scope" when the sentence says so, otherwise "stale" when the lower figure is older than
  one the source had already published when the article appeared (running totals, or an incident
  figure equal to one the source gave earlier).
* ``attribution_conflict``: the same precisely stated figure (not about/nearly/range) in the same
  series, credited to two or more named sources in two or more reports. Anchor: series + value.
* ``scope_conflict``: in one family (event, metric, subject token, scope), a subset class (children,
  women, civilians, soldiers, militants) whose figure exceeds the total (people) given at the same time
  or later ("subset_exceeds_total"), or the exact figure of a total reported as a subset on the same
  day ("total_as_subset"). Anchor: family + subset class + subset value.

Fingerprint = sha1 of ``kind|series_key|anchor``: identical across re-runs and independent of which
claims are involved, so new disagreeing claims join the existing discrepancy.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from verification.engine import explain
from verification.engine.intervals import EPSILON
from verification.engine.keys import SUBSET_CLASSES, TOTAL_CLASS, keys_frame, select_series

KINDS = ("value_conflict", "revision_down", "attribution_conflict", "scope_conflict")
NON_GROWING_METRICS = frozenset({"money", "percent"})
PRECISE_QUALIFIERS = frozenset({"exact", "at_least", "more_than", "at_most", "less_than"})
AUTHORITY = {
    "un_agency": 1.0,
    "ministry": 0.95,
    "government": 0.9,
    "military": 0.8,
    "ngo": 0.75,
    "media": 0.6,
    "other": 0.5,
    "": 0.4,
}
_NS_PER_DAY = 86_400 * 10**9

_REASON_PATTERNS = (
    ("identified_only", re.compile(r"\bidentified\b|\bidentif(?:y|ying) only\b", re.I)),
    ("different_scope", re.compile(r"\bexclud|\bnot includ|\bonly (?:in|those|people)\b", re.I)),
    (
        "revision",
        re.compile(r"\brevis|\bcorrect(?:ed|ion)|\blowered\b|\breduced\b|\bdowngrad|\badjust", re.I),
    ),
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A discrepancy the engine proposes; the service upserts it by ``fingerprint``."""

    kind: str
    fingerprint: str
    series_key: str
    event_id: int | None
    metric: str
    subject_class: str
    claim_ids: tuple[int, ...]
    severity: str
    score: float
    explanation: str
    reason: str = ""


def fingerprint(kind: str, series_key: str, anchor: str) -> str:
    return hashlib.sha1(f"{kind}|{series_key}|{anchor}".encode()).hexdigest()


def severity_for(score: float) -> str:
    if score >= 0.6:
        return "high"
    if score >= 0.35:
        return "medium"
    return "low"


# --------------------------------------------------------------------------------------------------
# preparation


@dataclass(slots=True)
class _Prepared:
    df: pd.DataFrame  # the rows compared, positional index 0..n-1
    claim: np.ndarray
    article: np.ndarray
    wire: np.ndarray
    src: np.ndarray  # source id, or a negative per-outlet code for the outlet's own statements
    has_src: np.ndarray
    low: np.ndarray  # -inf when unbounded
    high: np.ndarray  # +inf when unbounded
    pub: np.ndarray  # ns since epoch
    day: np.ndarray  # as_of day number (published day when as_of is NaT)
    incident: np.ndarray
    cumulative: np.ndarray
    growing: np.ndarray
    series: np.ndarray  # int code
    series_keys: np.ndarray  # object array of series keys by code
    family: np.ndarray  # int code: family (+ source for running totals)
    base: np.ndarray  # int code: series without source
    base_keys: np.ndarray


def _prepare(frame: pd.DataFrame, series_keys: Iterable[str] | None, now: Any) -> _Prepared | None:
    df = frame
    if series_keys is not None:
        df = select_series(df, series_keys)
    mask = (df["status"].to_numpy() != "rejected") & df["event_id"].notna().to_numpy(dtype=bool)
    if now is not None:
        mask &= (df["published_at"] <= pd.Timestamp(now)).to_numpy(dtype=bool)
    df = df[mask]
    if len(df) < 2:
        return None
    df = df.reset_index(drop=True)
    keys = keys_frame(df)
    sk_codes, sk_uniques = pd.factorize(keys["series_key"])
    scope = df["scope"].to_numpy()
    cumulative = scope == "cumulative"
    has_src = df["source_id"].notna().to_numpy(dtype=bool)
    outlet_codes, _ = pd.factorize(df["outlet"])
    src = np.where(has_src, df["source_id"].to_numpy(dtype="float64", na_value=np.nan), np.nan)
    src = np.where(has_src, np.nan_to_num(src), -(outlet_codes.astype(np.float64) + 1)).astype(np.int64)
    fam_src = np.where(cumulative, src, np.int64(-(2**40)))
    fam_codes = (
        pd.DataFrame({"f": keys["family_key"].to_numpy(), "s": fam_src})
        .groupby(["f", "s"], sort=False)
        .ngroup()
    )
    base_key = keys["series_key"].str.replace(r"\|s-?\d*$", "", regex=True)
    base_codes, base_uniques = pd.factorize(base_key)
    low = df["low"].to_numpy(dtype=np.float64)
    high = df["high"].to_numpy(dtype=np.float64)
    pub = (
        df["published_at"]
        .dt.tz_convert("UTC")
        .dt.tz_localize(None)
        .to_numpy()
        .astype("datetime64[ns]")
        .astype(np.int64)
    )
    as_of = df["as_of"].to_numpy().astype("datetime64[ns]")
    day = np.where(np.isnat(as_of), pub // _NS_PER_DAY, as_of.astype(np.int64) // _NS_PER_DAY)
    return _Prepared(
        df=df,
        claim=df["claim_id"].to_numpy(dtype=np.int64),
        article=df["article_id"].to_numpy(dtype=np.int64),
        wire=df["wire_group"].to_numpy(dtype=np.int64),
        src=src,
        has_src=has_src,
        low=np.where(np.isnan(low), -np.inf, low),
        high=np.where(np.isnan(high), np.inf, high),
        pub=pub,
        day=day,
        incident=scope == "incident",
        cumulative=cumulative,
        growing=~df["metric"].isin(NON_GROWING_METRICS).to_numpy(),
        series=sk_codes,
        series_keys=np.asarray(sk_uniques, dtype=object),
        family=fam_codes.to_numpy(),
        base=base_codes,
        base_keys=np.asarray(base_uniques, dtype=object),
    )


def _tol(x: np.ndarray) -> np.ndarray:
    return EPSILON * np.maximum(1.0, np.abs(np.where(np.isfinite(x), x, 0.0)))


def _combine(*codes: np.ndarray) -> np.ndarray:
    """One dense int code for a tuple of int code arrays."""
    return (
        pd.DataFrame({str(i): c for i, c in enumerate(codes)})
        .groupby(list(map(str, range(len(codes)))), sort=False)
        .ngroup()
        .to_numpy()
    )


def _conflicting_groups(group: np.ndarray, low: np.ndarray, high: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Rows (from ``rows``) of groups where some two intervals are disjoint: max(low) > min(high)."""
    if len(rows) < 2:
        return rows[:0]
    g = group[rows]
    agg = (
        pd.DataFrame({"g": g, "lo": low[rows], "hi": high[rows]})
        .groupby("g", sort=False)
        .agg(lo=("lo", "max"), hi=("hi", "min"), n=("lo", "size"))
    )
    hot = agg.index[
        (agg["n"].to_numpy() >= 2)
        & (agg["lo"].to_numpy() > agg["hi"].to_numpy() + _tol(agg["hi"].to_numpy()))
    ]
    return rows[np.isin(g, hot.to_numpy())]


def _pairs(group: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All unordered pairs (i, j) of ``rows`` that share a ``group`` code, enumerated with numpy."""
    if len(rows) < 2:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty
    order = rows[np.argsort(group[rows], kind="stable")]
    sc = group[order]
    starts = np.flatnonzero(np.r_[True, sc[1:] != sc[:-1]])
    sizes = np.diff(np.r_[starts, len(sc)])
    ends = np.repeat(starts + sizes, sizes)
    pos = np.arange(len(sc))
    cnt = ends - pos - 1
    total = int(cnt.sum())
    i_sorted = np.repeat(pos, cnt)
    offs = np.arange(total) - np.repeat(np.cumsum(cnt) - cnt, cnt)
    j_sorted = i_sorted + 1 + offs
    return order[i_sorted], order[j_sorted]


def _valid_pairs(p: _Prepared, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Not wire copies of each other; within one report only two different named sources."""
    copies = (p.wire[i] == p.wire[j]) & (p.article[i] != p.article[j])
    same_report = p.article[i] == p.article[j]
    two_sources = p.has_src[i] & p.has_src[j] & (p.src[i] != p.src[j])
    return ~copies & (~same_report | two_sources)


# --------------------------------------------------------------------------------------------------
# the four kinds


def _value_conflicts(p: _Prepared) -> list[Candidate]:
    n = len(p.claim)
    day_or_none = np.where(p.incident, -1, p.day)
    group = _combine(p.series, day_or_none)
    rows = _conflicting_groups(group, p.low, p.high, np.arange(n))
    i, j = _pairs(group, rows)
    if len(i) == 0:
        return []
    keep = _valid_pairs(p, i, j)
    i, j = i[keep], j[keep]
    lo_i, hi_i, lo_j, hi_j = p.low[i], p.high[i], p.low[j], p.high[j]
    i_above = lo_i > hi_j + _tol(hi_j)
    j_above = lo_j > hi_i + _tol(hi_i)
    disjoint = i_above | j_above
    same_report = p.article[i] == p.article[j]
    same_src = p.src[i] == p.src[j]
    # orient by publication: e = earlier, later is the other
    later_is_j = p.pub[j] > p.pub[i]
    later_is_i = p.pub[i] > p.pub[j]
    later_lower = (later_is_j & i_above) | (later_is_i & j_above)
    simultaneous = ~later_is_j & ~later_is_i
    growing = p.growing[i]
    incident = p.incident[i]
    inc_cross = np.where(
        growing,
        ~same_src & (later_lower | (simultaneous & disjoint)),
        disjoint & ~(same_src & later_lower),
    )
    flag = disjoint & np.where(incident, same_report | inc_cross, True)
    # same named source, same report: never (already excluded); same source across reports for a
    # running total on the same day is a conflict (flag stays True).
    i, j = i[flag], j[flag]
    if len(i) == 0:
        return []
    gap = _rel_gap(p, i, j)
    out: list[Candidate] = []
    pair_group = group[i]
    order = np.lexsort((-gap, pair_group))
    i, j, gap, pair_group = i[order], j[order], gap[order], pair_group[order]
    starts = np.flatnonzero(np.r_[True, pair_group[1:] != pair_group[:-1]])
    bounds = np.r_[starts, len(pair_group)]
    for a, b in itertools.pairwise(bounds):
        members = np.unique(np.r_[i[a:b], j[a:b]])
        top_i, top_j = int(i[a]), int(j[a])
        hi_row, lo_row = (top_i, top_j) if p.low[top_i] > p.high[top_j] else (top_j, top_i)
        anchor = "all" if p.incident[hi_row] else _day_text(p.day[hi_row])
        out.append(_value_candidate(p, members, hi_row, lo_row, float(gap[a]), anchor))
    return out


def _rel_gap(p: _Prepared, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Relative distance between two disjoint intervals, 0..1."""
    upper_lo = np.maximum(np.where(p.low[i] > p.high[j], p.low[i], p.low[j]), 0)
    lower_hi = np.where(p.low[i] > p.high[j], p.high[j], p.high[i])
    lower_hi = np.where(np.isfinite(lower_hi), lower_hi, 0)
    denom = np.where(upper_lo > 0, upper_lo, 1.0)
    return np.clip((upper_lo - lower_hi) / denom, 0.0, 1.0)


def _day_text(day: int) -> str:
    return str(np.datetime64(int(day), "D"))


def _authority(p: _Prepared, rows: Sequence[int] | np.ndarray) -> float:
    kinds = p.df["source_kind"].to_numpy()
    return max(AUTHORITY.get(str(kinds[r]), 0.5) for r in rows)


def _side(p: _Prepared, members: np.ndarray, row: int) -> np.ndarray:
    """Members that agree with ``row`` (overlapping intervals)."""
    lo, hi = p.low[row], p.high[row]
    ok = (p.low[members] <= hi + _tol(np.array([hi]))[0]) & (p.high[members] >= lo - _tol(np.array([lo]))[0])
    return members[ok]


def _n_reports(p: _Prepared, rows: np.ndarray, exclude: int) -> int:
    wires = set(p.wire[rows].tolist())
    wires.discard(int(p.wire[exclude]))
    return len(wires)


def _describe(p: _Prepared, row: int, *, with_subject: bool = True) -> str:
    r = p.df.iloc[row]
    subject = r["subject"] if with_subject else ""
    return explain.quantity(r["value"], r["value_high"], r["qualifier"], r["metric"], subject)


def _figure(p: _Prepared, row: int) -> str:
    r = p.df.iloc[row]
    return explain.figure(r["value"], r["value_high"], r["qualifier"], r["metric"])


def _who(p: _Prepared, row: int) -> tuple[str, str, str]:
    r = p.df.iloc[row]
    return str(r["outlet"]), explain.source_words(str(r["source_name"])), explain.day(r["published_at"])


def _value_candidate(
    p: _Prepared, members: np.ndarray, hi_row: int, lo_row: int, gap: float, anchor: str
) -> Candidate:
    series_key = str(p.series_keys[p.series[hi_row]])
    score = round(0.65 * min(1.0, gap / 0.5) + 0.35 * _authority(p, [hi_row, lo_row]), 3)
    hi_outlet, hi_src, hi_day = _who(p, hi_row)
    lo_outlet, lo_src, lo_day = _who(p, lo_row)
    hi_n = _n_reports(p, _side(p, members, hi_row), hi_row)
    lo_n = _n_reports(p, _side(p, members, lo_row), lo_row)
    text = (
        f"{explain.who(hi_outlet, hi_n, 'reports', 'report')} {_describe(p, hi_row)} citing {hi_src} ({hi_day}), while "
        f"{explain.who(lo_outlet, lo_n, 'reports', 'report')} {_describe(p, lo_row, with_subject=False)} citing {lo_src} ({lo_day}): "
        "both cannot be right."
    )
    return _candidate(p, "value_conflict", series_key, anchor, members, score, text, "")


def _candidate(
    p: _Prepared,
    kind: str,
    series_key: str,
    anchor: str,
    members: np.ndarray,
    score: float,
    text: str,
    reason: str,
) -> Candidate:
    r = p.df.iloc[int(members[0])]
    return Candidate(
        kind=kind,
        fingerprint=fingerprint(kind, series_key, anchor),
        series_key=series_key,
        event_id=None if pd.isna(r["event_id"]) else int(r["event_id"]),
        metric=str(r["metric"]),
        subject_class=str(r["subject_class"]),
        claim_ids=tuple(sorted(int(c) for c in set(p.claim[members].tolist()))),
        severity=severity_for(score),
        score=float(min(1.0, max(0.0, score))),
        explanation=text,
        reason=reason,
    )


def _value_anchor(x: float) -> str:
    return "inf" if not np.isfinite(x) else f"{x:.6g}"


def _revisions(p: _Prepared) -> list[Candidate]:
    n = len(p.claim)
    rows = np.flatnonzero(p.has_src & (p.incident | p.cumulative))
    group = _combine(p.series, p.src)
    rows = _conflicting_groups(group, p.low, p.high, rows)
    i, j = _pairs(group, rows)
    if len(i) == 0:
        return []
    keep = _valid_pairs(p, i, j) & (p.article[i] != p.article[j])
    i, j = i[keep], j[keep]
    # orient: e = earlier, s = the later (possibly stale) one
    cum = p.cumulative[i]
    i_first = np.where(cum, p.day[i] < p.day[j], p.pub[i] < p.pub[j])
    j_first = np.where(cum, p.day[j] < p.day[i], p.pub[j] < p.pub[i])
    e = np.where(i_first, i, j)
    s = np.where(i_first, j, i)
    ordered = i_first | j_first
    down = ordered & (p.high[s] < p.low[e] - _tol(p.low[e]))
    e, s = e[down], s[down]
    if len(e) == 0:
        return []
    anchor_group = _combine(
        group[s],
        np.round(np.nan_to_num(p.low[s], neginf=-1e300), 6).view(np.int64),
        np.round(np.nan_to_num(p.high[s], posinf=1e300), 6).view(np.int64),
    )
    order = np.argsort(anchor_group, kind="stable")
    e, s, ag = e[order], s[order], anchor_group[order]
    starts = np.flatnonzero(np.r_[True, ag[1:] != ag[:-1]])
    bounds = np.r_[starts, len(ag)]
    sentences = p.df["sentence"].to_numpy()
    out: list[Candidate] = []
    del n
    for a, b in itertools.pairwise(bounds):
        stale_rows = np.unique(s[a:b])
        earlier_rows = np.unique(e[a:b])
        members = np.unique(np.r_[stale_rows, earlier_rows])
        stale = int(stale_rows[np.argmin(p.pub[stale_rows])])
        ref = int(earlier_rows[np.argmax(p.low[earlier_rows])])
        reason = ""
        for code, pattern in _REASON_PATTERNS:
            if any(pattern.search(str(sentences[r])) for r in stale_rows):
                reason = code
                break
        if not reason:
            if p.cumulative[stale]:
                reason = "stale" if (p.pub[earlier_rows] < p.pub[stale]).any() else ""
            else:
                same_group = rows[group[rows] == group[stale]]
                earlier_same = same_group[
                    (p.pub[same_group] < p.pub[stale])
                    & (p.low[same_group] == p.low[stale])
                    & (p.high[same_group] == p.high[stale])
                ]
                reason = "stale" if len(earlier_same) else ""
        gap = float(_rel_gap(p, np.array([ref]), np.array([stale]))[0])
        score = round(0.2 + 0.35 * _authority(p, [ref]) + 0.45 * min(1.0, gap / 0.1), 3)
        series_key = str(p.series_keys[p.series[stale]])
        s_outlet, s_src, s_day = _who(p, stale)
        r_outlet, _, r_day = _who(p, ref)
        when = "already" if p.pub[ref] < p.pub[stale] else "later"
        n_more = _n_reports(p, stale_rows, stale)
        text = (
            f"{explain.who(s_outlet, n_more, 'gives', 'give')} {_describe(p, stale)} from {s_src} ({s_day}), lower than the "
            f"{_figure(p, ref)} "
            f"the same source had {when} given ({r_outlet}, {r_day})"
            + (f": {reason.replace('_', ' ')} figure." if reason else ".")
        )
        anchor = f"{_value_anchor(p.low[stale])}:{_value_anchor(p.high[stale])}"
        out.append(_candidate(p, "revision_down", series_key, anchor, members, score, text, reason))
    return out


def _attribution_conflicts(p: _Prepared) -> list[Candidate]:
    qual = p.df["qualifier"].to_numpy()
    value = p.df["value"].to_numpy(dtype=np.float64)
    rows = np.flatnonzero(p.has_src & np.isin(qual, list(PRECISE_QUALIFIERS)) & np.isfinite(value))
    if len(rows) < 2:
        return []
    day = np.where(p.incident | p.cumulative, -1, p.day)
    vkey = np.round(value, 6)
    grp = pd.DataFrame(
        {"b": p.base[rows], "v": vkey[rows], "d": day[rows], "s": p.src[rows], "w": p.wire[rows], "r": rows}
    )
    agg = grp.groupby(["b", "v", "d"], sort=False).agg(ns=("s", "nunique"), nw=("w", "nunique"))
    hot = agg[(agg["ns"] >= 2) & (agg["nw"] >= 2)]
    if hot.empty:
        return []
    grp = grp.merge(hot.reset_index()[["b", "v", "d"]], on=["b", "v", "d"])
    out: list[Candidate] = []
    names = p.df["source_name"].to_numpy()
    for (b, v, d), sub in grp.groupby(["b", "v", "d"], sort=True):
        members = sub["r"].to_numpy()
        by_source = sub.groupby("s")["w"].nunique().sort_values(ascending=False, kind="stable")
        major_src = by_source.index[0]
        major_rows = members[p.src[members] == major_src]
        minor_rows = members[p.src[members] != major_src]
        minor = int(minor_rows[np.argmin(p.pub[minor_rows])])
        major = int(major_rows[np.argmin(p.pub[major_rows])])
        m_outlet, m_src, _ = _who(p, minor)
        j_outlet, j_src, _ = _who(p, major)
        other_names = sorted({str(names[r]) for r in minor_rows} - {str(names[minor])})
        extra = f" (also credited to {', '.join(other_names)})" if other_names else ""
        text = (
            f"{explain.who(m_outlet, _n_reports(p, minor_rows, minor), 'credits', 'credit')} {_describe(p, minor)} to {m_src}{extra}, "
            f"while {explain.who(j_outlet, _n_reports(p, major_rows, major), 'attributes', 'attribute')} it to {j_src}."
        )
        score = round(0.25 + 0.5 * _authority(p, members), 3)
        series_key = str(p.base_keys[b])
        anchor = _value_anchor(float(v)) + ("" if d == -1 else f"@{_day_text(int(d))}")
        out.append(_candidate(p, "attribution_conflict", series_key, anchor, members, score, text, ""))
    return out


def _scope_conflicts(p: _Prepared) -> list[Candidate]:
    cls = p.df["subject_class"].to_numpy()
    is_subset = np.isin(cls, list(SUBSET_CLASSES))
    is_total = cls == TOTAL_CLASS
    rows = np.flatnonzero(is_subset | is_total)
    if len(rows) < 2:
        return []
    fam = p.family
    agg = (
        pd.DataFrame({"f": fam[rows], "s": is_subset[rows], "t": is_total[rows]})
        .groupby("f")
        .agg(s=("s", "any"), t=("t", "any"))
    )
    hot = agg.index[agg["s"].to_numpy() & agg["t"].to_numpy()].to_numpy()
    rows = rows[np.isin(fam[rows], hot)]
    i, j = _pairs(fam, rows)
    if len(i) == 0:
        return []
    mixed = is_subset[i] != is_subset[j]
    i, j = i[mixed], j[mixed]
    s = np.where(is_subset[i], i, j)
    t = np.where(is_subset[i], j, i)
    keep = _valid_pairs(p, s, t)
    s, t = s[keep], t[keep]
    same_day = p.day[s] == p.day[t]
    same_report = p.article[s] == p.article[t]
    timing = np.where(
        p.incident[s],
        np.where(p.growing[s], (p.pub[t] >= p.pub[s]) | same_report | same_day, True),
        same_day,
    )
    exceeds = timing & (p.low[s] > p.high[t] + _tol(p.high[t]))
    qual = p.df["qualifier"].to_numpy()
    value = p.df["value"].to_numpy(dtype=np.float64)
    equal = (qual[s] == "exact") & (qual[t] == "exact") & (value[s] == value[t]) & same_day & ~same_report
    flag = exceeds | equal
    s, t, exceeds = s[flag], t[flag], exceeds[flag]
    if len(s) == 0:
        return []
    reason_code = np.where(exceeds, 0, 1)
    anchor_group = _combine(
        fam[s], pd.factorize(cls[s])[0], np.round(value[s], 6).view(np.int64), reason_code
    )
    order = np.argsort(anchor_group, kind="stable")
    s, t, exceeds, ag = s[order], t[order], exceeds[order], anchor_group[order]
    starts = np.flatnonzero(np.r_[True, ag[1:] != ag[:-1]])
    bounds = np.r_[starts, len(ag)]
    out: list[Candidate] = []
    for a, b in itertools.pairwise(bounds):
        subset_rows = np.unique(s[a:b])
        total_rows = np.unique(t[a:b])
        members = np.unique(np.r_[subset_rows, total_rows])
        sub = int(subset_rows[0])
        tot = int(total_rows[np.argmin(p.high[total_rows])])
        s_outlet, s_src, s_day = _who(p, sub)
        t_outlet, t_src, t_day = _who(p, tot)
        series_key = str(p.series_keys[p.series[sub]])
        if exceeds[a]:
            reason = "subset_exceeds_total"
            gap = float(_rel_gap(p, np.array([sub]), np.array([tot]))[0])
            score = round(0.65 * min(1.0, gap / 0.3) + 0.35 * _authority(p, [sub, tot]), 3)
            text = (
                f"{s_outlet} reports {_describe(p, sub)} citing {s_src} ({s_day}), more than the "
                f"{_describe(p, tot)} in total that {t_outlet} gives citing {t_src} ({t_day})."
            )
        else:
            reason = "total_as_subset"
            score = round(0.3 + 0.3 * _authority(p, [sub, tot]), 3)
            text = (
                f"{s_outlet} reports {_describe(p, sub)} citing {s_src} ({s_day}), the same figure "
                f"{t_outlet} gives for everyone ({_describe(p, tot)}, {t_src}): a total reported as a subset?"
            )
        anchor = f"{cls[sub]}:{_value_anchor(float(value[sub]))}:{reason}"
        out.append(_candidate(p, "scope_conflict", series_key, anchor, members, score, text, reason))
    return out


# --------------------------------------------------------------------------------------------------


def compare(
    frame: pd.DataFrame, *, series_keys: Iterable[str] | None = None, now: Any = None
) -> list[Candidate]:
    """Discrepancy candidates in ``frame`` (the contract in ``frame.py``), sorted by fingerprint.

    ``series_keys``: compare only those series (and their families, for scope checks) -- the
    incremental run. ``now``: ignore claims published after this instant (reproducible re-runs).
    """
    p = _prepare(frame, None if series_keys is None else list(series_keys), now)
    if p is None:
        return []
    found = _value_conflicts(p) + _revisions(p) + _attribution_conflicts(p) + _scope_conflicts(p)
    if series_keys is not None:
        wanted = set(series_keys)
        wanted_families = {_family(k) for k in wanted}
        found = [c for c in found if c.series_key in wanted or _family(c.series_key) in wanted_families]
    return sorted(found, key=lambda c: (c.kind, c.fingerprint))


def _family(series_key: str) -> str:
    parts = series_key.split("|")
    return "|".join((parts[0], parts[1], parts[3], parts[4])) if len(parts) >= 5 else series_key
