"""Wire copies: near-identical articles from different outlets are one report.

``wire_groups(articles)`` takes ``article_id, outlet, text`` and returns a Series article_id -> group id
(the smallest article_id of the group).

Candidates come from a bottom-k sketch, never from all pairs: each text is lower-cased and stripped
of everything but letters and digits, its character 24-grams are hashed (a vectorised rolling hash),
and the ``k`` smallest hashes are its sketch. Two near-identical texts share most of their sketch, so
articles that share a sketch hash form a bucket (hashes found in more than ``max_bucket`` articles --
boilerplate -- are ignored, which bounds the work per bucket). Each candidate pair from two different
outlets is confirmed with ``rapidfuzz`` token-set similarity >= ``threshold``; groups are the
connected components (union-find) of confirmed pairs. Cost: O(total text length) + O(candidates).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from rapidfuzz import fuzz

_DROP = bytes(c for c in range(128) if not chr(c).isalnum())
_P = np.uint64(1_000_003)
_C1 = np.uint64(0xFF51AFD7ED558CCD)
_C2 = np.uint64(0xC4CEB9FE1A85EC53)


def sketch(text: str, *, k: int = 8, width: int = 24) -> np.ndarray:
    """The ``k`` smallest (mixed) hashes of the text's normalised character ``width``-grams."""
    data = text.lower().encode("utf-8", "ignore").translate(None, _DROP)
    arr = np.frombuffer(data, dtype=np.uint8).astype(np.uint64)
    if len(arr) < width:
        arr = np.concatenate([arr, np.zeros(width - len(arr), dtype=np.uint64)])
    n = len(arr) - width + 1
    h = np.zeros(n, dtype=np.uint64)
    for offset in range(width):
        h = h * _P + arr[offset : offset + n]
    h ^= h >> np.uint64(33)
    h *= _C1
    h ^= h >> np.uint64(33)
    h *= _C2
    h ^= h >> np.uint64(33)
    if len(h) > k:
        h = np.partition(h, k)[: k + 1]
    small: np.ndarray = np.sort(h)[:k]
    return small


def wire_groups(
    articles: pd.DataFrame, *, threshold: float = 90.0, k: int = 8, max_bucket: int = 50
) -> pd.Series:
    """article_id -> wire group id for ``articles[article_id, outlet, text]`` (see module docstring)."""
    ids = articles["article_id"].to_numpy(dtype=np.int64)
    parent = {int(a): int(a) for a in ids}
    if len(ids) < 2:
        return pd.Series(ids, index=pd.Index(ids, name="article_id"), name="wire_group", dtype="int64")
    texts = articles["text"].fillna("").astype(str).to_numpy()
    outlets = articles["outlet"].fillna("").astype(str).to_numpy()
    sketches = [sketch(t, k=k) for t in texts]
    sizes = np.fromiter((len(s) for s in sketches), dtype=np.int64, count=len(sketches))
    frame = pd.DataFrame({"h": np.concatenate(sketches), "pos": np.repeat(np.arange(len(texts)), sizes)})
    frame = frame.drop_duplicates()
    freq = frame.groupby("h")["pos"].transform("size").to_numpy()
    frame = frame[(freq >= 2) & (freq <= max_bucket)]
    pairs: set[tuple[int, int]] = set()
    for members in frame.groupby("h")["pos"].apply(list):
        members = sorted(members)
        for x_i, x in enumerate(members):
            for y in members[x_i + 1 :]:
                if outlets[x] != outlets[y]:
                    pairs.add((x, y))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for x, y in sorted(pairs):
        if fuzz.token_set_ratio(texts[x], texts[y]) >= threshold:
            rx, ry = find(int(ids[x])), find(int(ids[y]))
            if rx != ry:
                parent[max(rx, ry)] = min(rx, ry)
    groups = [find(int(x)) for x in ids]
    return pd.Series(groups, index=pd.Index(ids, name="article_id"), name="wire_group", dtype="int64")
