"""Pure pandas comparison engine: a frame of claims in, discrepancy candidates out (no Django)."""

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
