"""Wire copies: near-identical articles from different outlets are one report.

``wire_groups(articles)`` takes ``article_id, outlet, text`` and returns a Series article_id -> group id
(the smallest article_id of the group). Candidates are found with MinHash + LSH banding over word
5-shingles, so only articles that share a band bucket are ever compared (not O(n²)); each candidate
pair is confirmed with ``rapidfuzz`` token-set similarity >= ``threshold`` and must come from two
different outlets. Groups are the connected components (union-find) of confirmed pairs.
"""

from __future__ import annotations

import re
import zlib

import numpy as np
import pandas as pd
from rapidfuzz import fuzz

_WORD = re.compile(r"\w+", re.UNICODE)
_PRIME = np.uint64((1 << 61) - 1)
_MASK = np.uint64(0xFFFFFFFF)


def _shingles(text: str, k: int = 5) -> np.ndarray:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        words = words + [""] * (k - len(words))
    grams = {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}
    return np.fromiter((zlib.crc32(g.encode()) for g in grams), dtype=np.uint64, count=len(grams))


def _signature(hashes: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    # (a*x + b) mod p over all shingles, min per permutation; inputs < 2**32 keep products in range
    sig: np.ndarray = (((hashes[None, :] * a[:, None]) + b[:, None]) % _PRIME & _MASK).min(axis=1)
    return sig


def wire_groups(
    articles: pd.DataFrame, *, threshold: float = 90.0, bands: int = 24, rows: int = 3, seed: int = 7
) -> pd.Series:
    """article_id -> wire group id for ``articles[article_id, outlet, text]`` (see module docstring)."""
    ids = articles["article_id"].to_numpy(dtype=np.int64)
    parent = {int(a): int(a) for a in ids}
    if len(ids) < 2:
        return pd.Series(ids, index=pd.Index(ids, name="article_id"), name="wire_group")
    rng = np.random.default_rng(seed)
    perms = bands * rows
    a = rng.integers(1, 1 << 31, size=perms, dtype=np.uint64)
    b = rng.integers(0, 1 << 31, size=perms, dtype=np.uint64)
    texts = articles["text"].fillna("").astype(str).to_numpy()
    outlets = articles["outlet"].fillna("").astype(str).to_numpy()
    buckets: dict[tuple[int, bytes], list[int]] = {}
    for pos, text in enumerate(texts):
        sig = _signature(_shingles(text), a, b)
        for band in range(bands):
            key = (band, sig[band * rows : (band + 1) * rows].tobytes())
            buckets.setdefault(key, []).append(pos)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    checked: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) < 2:
            continue
        for x_i, x in enumerate(members):
            for y in members[x_i + 1 :]:
                pair = (x, y) if x < y else (y, x)
                if pair in checked or outlets[x] == outlets[y]:
                    continue
                checked.add(pair)
                if fuzz.token_set_ratio(texts[x], texts[y]) >= threshold:
                    rx, ry = find(int(ids[x])), find(int(ids[y]))
                    if rx != ry:
                        parent[max(rx, ry)] = min(rx, ry)
    groups = [find(int(x)) for x in ids]
    return pd.Series(groups, index=pd.Index(ids, name="article_id"), name="wire_group", dtype="int64")
