"""Wire copies: near-identical articles from different outlets are one report.

``wire_groups(articles)`` takes ``article_id, outlet, text`` and returns a Series article_id -> group id
(the smallest article_id of the group). Candidates are found with MinHash + LSH banding over word
5-shingles, so only articles that share a band bucket are ever compared (not O(n²)); each candidate
pair is confirmed with ``rapidfuzz`` token-set similarity >= ``threshold`` and must come from two
different outlets. Groups are the connected components (union-find) of confirmed pairs.
"""

from __future__ import annotations

import zlib
from functools import lru_cache

import numpy as np
import pandas as pd
from rapidfuzz import fuzz

_PUNCT = str.maketrans({c: " " for c in '!"#$%&()*+,-./:;<=>?@[\\]^_`{|}~“”‘’—–…'})


_MULT = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD],
                 dtype=np.uint64)  # fmt: skip


@lru_cache(maxsize=1_000_000)
def _word_hash(word: str) -> int:
    return zlib.crc32(word.encode())


def _shingles(text: str, k: int = 5) -> np.ndarray:
    """64-bit hashes of the word k-shingles of a text (stable per-word hashes mixed with odd multipliers)."""
    words = text.lower().translate(_PUNCT).split()
    ids = np.fromiter(map(_word_hash, words), dtype=np.uint64, count=len(words))
    if len(ids) < k:
        ids = np.concatenate([ids, np.zeros(k - len(ids), dtype=np.uint64)])
    n = len(ids) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    for offset in range(k):
        h += ids[offset : offset + n] * _MULT[offset]
    return np.unique(h)


def _signature(hashes: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """MinHash: min over shingles of (a*x + b) (wrapping 64-bit arithmetic), one per permutation."""
    sig: np.ndarray = ((hashes[None, :] * a[:, None]) + b[:, None]).min(axis=1)
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
    a = rng.integers(1, 1 << 63, size=perms, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 1 << 63, size=perms, dtype=np.uint64)
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
