"""Split a run across workers by series key (the lead's Celery group)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from verification.engine.keys import family_of


def worker_of(series_key: str, n: int) -> int:
    """Stable worker index for a series: sha1 of its *family* key, so subsets and totals stay together."""
    digest = hashlib.sha1(family_of(series_key).encode()).digest()
    return int.from_bytes(digest[:8], "big") % n


def partition(series_keys: Iterable[str], n: int) -> list[list[str]]:
    """``n`` lists of series keys; the same key always lands in the same list, whatever the host."""
    if n < 1:
        raise ValueError("n must be >= 1")
    parts: list[list[str]] = [[] for _ in range(n)]
    for key in sorted(set(series_keys)):
        parts[worker_of(key, n)].append(key)
    return parts
