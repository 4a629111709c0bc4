"""Speed of the comparison engine on synthetic claims, beside a naive pairwise implementation.

    .venv/bin/python bench/comparison_speed.py [--claims 1000000] [--naive-sample 4000] [--workers 2]

The generator (``synthetic_frame``) builds realistic claims: many events (incidents, running totals,
daily period counts) of very different sizes (a few huge stories, a long tail), several sources and
outlets per event, articles of ~5 claims, publication spread over weeks; running totals rise over time
with a few stale (lower, older) figures quoted late; incident tolls rise while counted, with a few
sources that disagree; hedged figures ("at least", "about"); ~5% of articles are wire copies.

Measured in one run on the same data:
* full run: ``compare(frame)`` over all claims (wall and CPU seconds; the limit applies to CPU, the
  one-core cost, because the machine may be shared);
* incremental run: ``compare(SeriesIndex(frame), series_keys=[key])`` for one touched series (the index
  is built once per frame; median / p90 over the largest series and random ones), and the same on the
  plain frame;
* naive: every pair of claims compared in a Python double loop (same series, disjoint intervals, not
  wire copies) -- the "pairwise over the whole table" the engine avoids. It is O(n²), so it is run on
  a random subsample of ``--naive-sample`` claims and extrapolated by (N / n)²; the engine is also
  timed on that same subsample, so both the extrapolated and the like-for-like ratios are printed.
* partition: ``partition(series_keys, n)`` splits the series across ``n`` workers by a stable hash of
  the series *family* (so subsets meet their totals); each part is compared separately, as a Celery
  group would, and the union of their candidates is checked against the full run. ``--parallel``
  also runs the parts in ``--workers`` forked processes at once.
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from verification.engine import SeriesIndex, coerce_frame, compare, partition, series_keys
from verification.engine.intervals import intervals

PLACES = [
    "Gaza", "Khan Younis", "Rafah", "Jabalia", "Aleppo", "Idlib", "Kharkiv", "Bakhmut", "Marseille",
    "Paris", "Lyon", "Hatay", "Adana", "Al Haouz", "Taroudant", "Darfur", "Khartoum", "Port-au-Prince",
    "Tigray", "Goma", "Kabul", "Herat", "Mosul", "Sanaa", "Hodeidah", "Beirut", "Tripoli", "Derna",
]  # fmt: skip
SOURCE_KINDS = np.array(["ministry", "government", "military", "un_agency", "ngo", "media", "other"])
OUTLETS = [f"Outlet {i}" for i in range(300)]
SERIES_TEMPLATES = [
    ("killed", "people", "people in {p}"),
    ("killed", "children", "children in {p}"),
    ("killed", "women", "women in {p}"),
    ("injured", "people", "people in {p}"),
    ("displaced", "people", "people displaced from {p}"),
    ("money", "money", "aid pledged for {p}"),
    ("percent", "other", "share of homes destroyed in {p}"),
    ("count", "objects", "buildings destroyed in {p}"),
]


def _round_sig(x: np.ndarray, digits: int, how: str) -> np.ndarray:
    """Round to ``digits`` significant digits: "floor" / "ceil" / "round" (how outlets hedge)."""
    mag = 10.0 ** (np.floor(np.log10(np.maximum(np.abs(x), 1))) - digits + 1)
    fn = {"floor": np.floor, "ceil": np.ceil, "round": np.round}[how]
    return fn(x / mag) * mag


def synthetic_frame(n_claims: int, seed: int = 1) -> pd.DataFrame:
    """About ``n_claims`` claims following the engine's frame contract (see module docstring).

    Each (event, series template) has an owner source whose official figure evolves with time
    (running totals rise, incident tolls rise then settle, period counts vary by day). Claims quote
    it; 8% are unattributed, 2% credit it to the wrong source, 2% quote a figure 2-5 days old,
    5% of series are contested by a rival source giving 1.5x the figure, 0.3% of subset figures
    repeat the total. Hedged figures are rounded the way outlets round them.
    """
    rng = np.random.default_rng(seed)
    n_tmpl = len(SERIES_TEMPLATES)
    n_articles = max(1, n_claims // 5)
    n_events = max(1, n_claims // 60)
    n_sources = max(8, n_events // 10)
    ev_scope = rng.choice(np.array(["incident", "cumulative", "period"]), size=n_events, p=[0.7, 0.15, 0.15])
    ev_start = rng.integers(0, 700, size=n_events)
    ev_base = np.round(10 ** rng.uniform(1, 4, size=n_events))
    ev_place = rng.integers(0, len(PLACES), size=n_events)
    ev_src0 = rng.integers(0, n_sources, size=n_events)
    contested = rng.random(n_events * n_tmpl) < 0.05
    weights = 1.0 / np.arange(1, n_events + 1) ** 0.8  # a few huge stories, a long tail
    weights /= weights.sum()
    art_event = rng.choice(n_events, size=n_articles, p=weights)
    art_day_off = np.minimum(rng.exponential(6.0, size=n_articles).astype(np.int64), 60)
    art_outlet = rng.integers(0, len(OUTLETS), size=n_articles)
    seconds = rng.integers(0, 86_400, size=n_articles)
    art_id = np.arange(1, n_articles + 1)
    wire = art_id.copy()
    copy = rng.random(n_articles) < 0.05
    copy[0] = False
    wire[copy] = wire[np.flatnonzero(copy) - 1]
    art_event[copy] = art_event[np.flatnonzero(copy) - 1]
    # a copy runs the wire's story the same day, with its figures (the day sets them below), a few
    # minutes after the outlet that carried it first
    art_day_off[copy] = art_day_off[np.flatnonzero(copy) - 1]
    seconds[copy] = np.minimum(seconds[np.flatnonzero(copy) - 1] + 600, 86_399)
    art_time = (ev_start[art_event] + art_day_off) * 86_400 + seconds

    claim_art = np.sort(rng.integers(0, n_articles, size=n_claims))
    ev = art_event[claim_art]
    tmpl = rng.choice(n_tmpl, size=n_claims, p=[0.35, 0.08, 0.05, 0.2, 0.1, 0.08, 0.06, 0.08])
    series = ev * n_tmpl + tmpl
    owner = (ev_src0[ev] + tmpl) % n_sources
    r = rng.random(n_claims)
    no_src = r < 0.08
    rival = contested[series] & (r >= 0.08) & (r < 0.43)
    wrong = r > 0.98
    src = np.where(rival, (owner + 1) % n_sources, np.where(wrong, (owner + 2) % n_sources, owner))
    elapsed = art_day_off[claim_art].astype(np.float64)
    lag = np.where(rng.random(n_claims) < 0.02, rng.integers(2, 6, size=n_claims), 0)
    t = np.maximum(elapsed - lag, 0)
    scope = ev_scope[ev]
    factor = np.array([1.0, 0.3, 0.2, 2.0, 50.0, 1e6, 1.0, 0.5])[tmpl]
    base = ev_base[ev] * factor
    growth = np.where(scope == "cumulative", 1 + 0.03 * t, np.minimum(1.0, 0.4 + 0.15 * t))
    day = ev_start[ev] + art_day_off[claim_art]
    growth = np.where(scope == "period", 1 + ((ev * 31 + tmpl * 7 + day * 13) % 10) / 30, growth)
    value = np.round(base * growth)
    metric = np.array([t_[0] for t_ in SERIES_TEMPLATES])[tmpl]
    value = np.where(metric == "percent", (ev % 90) + 5.0, value)
    value = np.where(rival, np.round(value * 1.5), value)
    cls = np.array([t_[1] for t_ in SERIES_TEMPLATES], dtype=object)[tmpl]
    subset_error = np.isin(tmpl, [1, 2]) & (rng.random(n_claims) < 0.003)
    value = np.where(subset_error, np.round(ev_base[ev] * growth), value)
    qualifier = rng.choice(
        np.array(["exact", "at_least", "about", "more_than", "nearly"]),
        size=n_claims,
        p=[0.8, 0.1, 0.05, 0.03, 0.02],
    )
    value = np.where(np.isin(qualifier, ["at_least", "more_than"]), _round_sig(value, 2, "floor"), value)
    value = np.where(qualifier == "about", _round_sig(value, 2, "round"), value)
    value = np.where(qualifier == "nearly", _round_sig(value, 3, "ceil"), value)
    value = np.where((qualifier == "more_than") & (value == np.round(base * growth)), value - 1, value)
    place = np.array(PLACES, dtype=object)[ev_place[ev]]
    templates = np.array([t_[2] for t_ in SERIES_TEMPLATES], dtype=object)[tmpl]
    subject = [tp.format(p=pl) for tp, pl in zip(templates.tolist(), place.tolist(), strict=True)]
    # one distinct sentence per claim, as real articles have: the engine reads some of them (revision
    # and retelling words, places), so their cost belongs in the measurement
    words = rng.choice(
        np.array(["", "", "", "", "", " revised down to", " up from earlier figures,", " in the north"]),
        size=n_claims,
        p=[0.2, 0.2, 0.2, 0.2, 0.17, 0.005, 0.01, 0.015],
    )
    sentence = [
        f"Officials in {pl} said{w} {int(v):,} {m} were counted by claim {i}, rescuers working overnight."
        for i, (pl, w, v, m) in enumerate(
            zip(place.tolist(), words.tolist(), value.tolist(), metric.tolist(), strict=True)
        )
    ]
    source_id = pd.array(src + 1, dtype="Int64")
    source_id[no_src] = pd.NA
    pub = pd.to_datetime(art_time[claim_art], unit="s", utc=True) + pd.Timedelta(days=19000)
    names = np.array([f"Source {i}" for i in range(n_sources)], dtype=object)
    frame = pd.DataFrame(
        {
            "claim_id": np.arange(1, n_claims + 1, dtype=np.int64),
            "article_id": art_id[claim_art],
            "outlet": np.array(OUTLETS, dtype=object)[art_outlet[claim_art]],
            "published_at": pub,
            "event_id": pd.array(ev + 1, dtype="Int64"),
            "metric": metric,
            "subject": subject,
            "subject_class": cls,
            "source_id": source_id,
            "source_name": np.where(no_src, "", names[src]),
            "source_kind": np.where(no_src, "", SOURCE_KINDS[src % len(SOURCE_KINDS)]),
            "attribution": "",
            "scope": scope,
            "since": pd.NaT,
            "as_of": pd.to_datetime(day + 19000, unit="D"),
            "value": value.astype(np.float64),
            "value_high": np.nan,
            "qualifier": qualifier,
            "wire_group": wire[claim_art],
            "status": np.where(rng.random(n_claims) < 0.01, "rejected", "unreviewed"),
            "sentence": sentence,
        }
    )
    frame["low"], frame["high"] = intervals(
        frame["value"], frame["value_high"], frame["qualifier"], frame["metric"]
    )
    return coerce_frame(frame)


def naive_compare(frame: pd.DataFrame) -> int:
    """Pairwise over the whole table: every pair of claims, same series, disjoint, not wire copies."""
    keys = series_keys(frame).tolist()
    rows = list(
        zip(
            keys,
            frame["low"].fillna(-np.inf).tolist(),
            frame["high"].fillna(np.inf).tolist(),
            frame["wire_group"].tolist(),
            frame["article_id"].tolist(),
            frame["status"].tolist(),
            strict=True,
        )
    )
    flagged = 0
    for a in range(len(rows)):
        ka, la, ha, wa, aa, sa = rows[a]
        if sa == "rejected":
            continue
        for b in range(a + 1, len(rows)):
            kb, lb, hb, wb, ab, sb = rows[b]
            if kb != ka or sb == "rejected" or (wa == wb and aa != ab):
                continue
            if la > hb or lb > ha:
                flagged += 1
    return flagged


def _time(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def _timed(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    """(wall seconds, CPU seconds of this process, result): CPU time is the one-core cost even when
    other processes share the machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn(*args, **kwargs)
    return time.perf_counter() - wall, time.process_time() - cpu, result


_SHARED_INDEX: SeriesIndex | None = None


def _run_part(part: list[str]) -> tuple[list[str], float]:
    """One worker's share (as a Celery task would run it): the fingerprints it finds and its CPU time."""
    assert _SHARED_INDEX is not None
    cpu = time.process_time()
    found = compare(_SHARED_INDEX, series_keys=part)
    return [c.fingerprint for c in found], time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--naive-sample", type=int, default=4_000)
    parser.add_argument("--incremental-series", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--parallel", action="store_true", help="also run the partitions in worker processes")
    parser.add_argument("--max-full", type=float, default=20.0, help="fail above this many seconds")
    parser.add_argument("--max-incremental-ms", type=float, default=100.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    t_gen, frame = _time(synthetic_frame, args.claims, args.seed)
    keys = series_keys(frame)
    sizes = keys.value_counts()
    print(
        f"generated {len(frame):,} claims in {t_gen:.1f}s: {frame['article_id'].nunique():,} articles, "
        f"{frame['event_id'].nunique():,} events, {len(sizes):,} series (largest {sizes.iloc[0]:,}, "
        f"median {int(sizes.median())})"
    )

    t_full, cpu_full, found = _timed(compare, frame)
    kinds = pd.Series([c.kind for c in found]).value_counts().to_dict() if found else {}
    print(
        f"full run: {t_full:.2f}s wall, {cpu_full:.2f}s CPU for {len(frame):,} claims -> {len(found):,} "
        f"candidates {kinds}"
    )

    rng = np.random.default_rng(args.seed)
    touched = [str(sizes.index[0])]
    touched += [
        str(k) for k in rng.choice(sizes.index.to_numpy(), size=args.incremental_series - 1, replace=False)
    ]
    t_index, index = _time(SeriesIndex, frame)
    inc_times: list[float] = []
    inc_plain: list[float] = []
    inc_wall: list[float] = []
    for key in touched:
        wall_inc, cpu_inc, via_index = _timed(compare, index, series_keys=[key])
        inc_times.append(cpu_inc * 1000)
        inc_wall.append(wall_inc * 1000)
        _, cpu_plain, plain = _timed(compare, frame, series_keys=[key])
        inc_plain.append(cpu_plain * 1000)
        assert via_index == plain
    print(
        f"incremental run, one touched series ({len(touched)} series: the largest with {sizes.iloc[0]:,} claims "
        f"and {len(touched) - 1} random ones), CPU ms: with SeriesIndex (built once in {t_index * 1000:.0f} ms) "
        f"median {statistics.median(inc_times):.1f}, p90 {np.percentile(inc_times, 90):.1f}, "
        f"largest {inc_times[0]:.1f}; wall median {statistics.median(inc_wall):.1f}; on the plain frame "
        f"CPU median {statistics.median(inc_plain):.1f}"
    )

    sample = frame.sample(n=min(args.naive_sample, len(frame)), random_state=args.seed)
    _, t_naive, naive_pairs = _timed(naive_compare, sample)
    _, t_engine_sample, _ = _timed(compare, sample)
    extrapolated = t_naive * (len(frame) / len(sample)) ** 2
    print(
        f"naive pairwise (Python double loop over all pairs) on a {len(sample):,}-claim subsample: {t_naive:.2f}s "
        f"({naive_pairs} disjoint same-series pairs); engine on the same subsample: {t_engine_sample * 1000:.1f} ms "
        f"-> ratio {t_naive / t_engine_sample:,.0f}x"
    )
    print(
        f"naive extrapolated to {len(frame):,} claims (x(N/n)^2): {extrapolated:,.0f}s "
        f"(~{extrapolated / 3600:,.1f} h) vs engine full run {cpu_full:.2f}s CPU -> ratio {extrapolated / cpu_full:,.0f}x"
    )

    parts = partition(keys.unique().tolist(), args.workers)
    union: set[str] = set()
    for n, part in enumerate(parts):
        _, t_part, part_found = _timed(compare, index, series_keys=part)
        union |= {c.fingerprint for c in part_found}
        claims_in = int(keys.isin(part).sum())
        print(
            f"worker {n}: {len(part):,} series, {claims_in:,} claims, {t_part:.2f}s CPU, {len(part_found):,} candidates"
        )
    full_set = {c.fingerprint for c in found}
    print(f"partition union == full run: {union == full_set} ({len(union):,} vs {len(full_set):,})")
    unique = len(full_set) == len(found)
    print(f"fingerprints unique in the full run: {unique} ({len(found) - len(full_set):,} duplicated)")
    if args.parallel:
        global _SHARED_INDEX
        _SHARED_INDEX = index
        ctx = multiprocessing.get_context("fork")
        start = time.perf_counter()
        with ctx.Pool(processes=args.workers) as pool:
            results = pool.map(_run_part, parts)
        wall = time.perf_counter() - start
        par_union = set().union(*(set(fps) for fps, _ in results))
        cpus = ", ".join(f"{cpu:.2f}s" for _, cpu in results)
        print(
            f"{args.workers} local worker processes in parallel: {wall:.2f}s wall (per-worker CPU {cpus}); "
            f"union == full run: {par_union == full_set}"
        )

    ok = (
        cpu_full <= args.max_full
        and statistics.median(inc_times) <= args.max_incremental_ms
        and union == full_set
        and unique
    )
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
