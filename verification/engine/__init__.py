"""Pure pandas comparison engine: a frame of claims in, discrepancy candidates out (no Django).

Public API
----------
* ``frame``: ``COLUMNS`` (the input contract), ``empty_frame()``, ``coerce_frame(df)``,
  ``validate_frame(df)``.
* ``interval(value, value_high, qualifier, metric=None)`` / ``intervals(...)``: low/high of a claim.
* ``compare(frame_or_index, *, series_keys=None, now=None) -> list[Candidate]``; ``Candidate`` is a
  frozen dataclass (kind, fingerprint, series_key, event_id, metric, subject_class, claim_ids,
  severity, score, explanation, reason).
* ``series_key_for(row)`` / ``series_keys(frame)``: the series of each claim; ``family_of(key)``;
  ``SeriesIndex(frame)`` for fast incremental runs over a large frame.
* ``partition(series_keys, n)`` / ``worker_of(key, n)``: stable split of series across workers.
* ``wire_groups(articles)``: near-identical articles of different outlets -> one wire group.

Benchmarks: ``bench/comparison_quality.py --oracle`` (labelled claims in), ``bench/pipeline_quality.py
[CORPUS ...]`` (extractor -> linker -> engine, per cluster) and ``bench/comparison_speed.py``.
"""

from __future__ import annotations

from verification.engine.compare import KINDS, Candidate, compare, fingerprint
from verification.engine.frame import COLUMNS, FrameError, coerce_frame, empty_frame, validate_frame
from verification.engine.intervals import interval, intervals
from verification.engine.keys import (
    SeriesIndex,
    family_of,
    key_codes,
    series_key_for,
    series_keys,
    subject_token,
)
from verification.engine.partition import partition, worker_of
from verification.engine.wire import wire_groups

__all__ = [
    "COLUMNS",
    "KINDS",
    "Candidate",
    "FrameError",
    "SeriesIndex",
    "coerce_frame",
    "compare",
    "empty_frame",
    "family_of",
    "fingerprint",
    "interval",
    "intervals",
    "key_codes",
    "partition",
    "series_key_for",
    "series_keys",
    "subject_token",
    "validate_frame",
    "wire_groups",
    "worker_of",
]
