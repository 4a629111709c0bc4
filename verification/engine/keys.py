"""Series keys: which claims are about the same quantity and may be compared.

A series is ``event | metric | subject_class | subject token | scope`` and, for running totals
(scope ``cumulative``), the source::

    e17|killed|people|al-tabi'in school|incident
    e4|killed|people|gaza|cumulative|s12        (s- = the outlet's own statement)

The subject token refines the domain's (event, metric, subject class): within one event the corpus
counts marchers in Paris and in Marseille, the toll in Turkey and in government-held Syria, the UAE
pledge and the US pledge -- same event, metric and class, different quantities that must never be
compared. The token is the subject's content words, lower-cased and sorted, without stop words and
without the head noun that only repeats the subject class ("people", "children", ...), so
"children at the al-Tabi'in school" and "people at the al-Tabi'in school" share the token
"al-tabi'in school" and can be checked against each other for scope conflicts.

The *family* key drops the subject class (and source) so subsets can be checked against totals; an
incremental run for a series also loads its family.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "at",
        "on",
        "for",
        "and",
        "or",
        "by",
        "from",
        "with",
        "as",
        "into",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "who",
        "which",
        "were",
        "was",
        "are",
        "is",
        "be",
        "been",
        "being",
        "than",
    ]
)
CLASS_NOUNS = frozenset(
    [
        "people",
        "person",
        "persons",
        "individuals",
        "children",
        "child",
        "kids",
        "minors",
        "women",
        "woman",
        "girls",
        "civilians",
        "civilian",
        "soldiers",
        "soldier",
        "troops",
        "militants",
        "militant",
        "fighters",
    ]
)
SUBSET_CLASSES = frozenset({"children", "women", "civilians", "soldiers", "militants"})
TOTAL_CLASS = "people"

_TOKEN = re.compile(r"[a-z0-9][a-z0-9'\-\.]*")


@lru_cache(maxsize=200_000)
def subject_token(subject: str) -> str:
    """Normalised, order-free content words of a subject ("people in Al Haouz province" -> "al haouz province")."""
    words = _TOKEN.findall(subject.lower().replace("’", "'"))
    kept = {w.strip(".'-") for w in words if w not in STOP_WORDS and w not in CLASS_NOUNS}
    kept.discard("")
    return " ".join(sorted(kept))


def _event_part(event_id: Any) -> str:
    return "e-" if event_id is None or pd.isna(event_id) else f"e{int(event_id)}"


def _source_part(source_id: Any) -> str:
    return "s-" if source_id is None or pd.isna(source_id) else f"s{int(source_id)}"


def series_key_for(row: Mapping[str, Any]) -> str:
    """The series key of one claim (a dict, a namedtuple's ``_asdict()`` or a pandas row)."""
    key = "|".join(
        (
            _event_part(row["event_id"]),
            str(row["metric"]),
            str(row["subject_class"]),
            subject_token(str(row["subject"])),
            str(row["scope"]),
        )
    )
    if row["scope"] == "cumulative":
        key += "|" + _source_part(row["source_id"])
    return key


def family_of(series_key: str) -> str:
    """The family key of a series key: event | metric | subject token | scope (no class, no source)."""
    parts = series_key.split("|")
    return "|".join((parts[0], parts[1], parts[3], parts[4]))


def event_of(series_key: str) -> int | None:
    head = series_key.split("|", 1)[0]
    return None if head == "e-" else int(head[1:])


def _str_codes(col: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    codes, uniques = pd.factorize(col, sort=False)
    return codes, np.asarray(uniques, dtype=object)


def series_keys(frame: pd.DataFrame) -> pd.Series:
    """Vectorised ``series_key_for`` over a frame (index preserved)."""
    return keys_frame(frame)["series_key"]


def keys_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """``series_key`` and ``family_key`` for every row, built from the unique combinations only."""
    if frame.empty:
        return pd.DataFrame(
            {"series_key": pd.Series([], dtype=object), "family_key": pd.Series([], dtype=object)}
        )
    cum = frame["scope"].to_numpy() == "cumulative"
    src = frame["source_id"].astype("Float64").fillna(-1).to_numpy(dtype=np.int64, na_value=-1)
    src = np.where(cum, src, -2)
    parts = pd.DataFrame(
        {
            "e": frame["event_id"].astype("Float64").fillna(-1).to_numpy(dtype=np.int64, na_value=-1),
            "m": frame["metric"].to_numpy(),
            "c": frame["subject_class"].to_numpy(),
            "s": frame["subject"].to_numpy(),
            "sc": frame["scope"].to_numpy(),
            "src": src,
        }
    )
    combo = parts.groupby(["e", "m", "c", "s", "sc", "src"], sort=False).ngroup().to_numpy()
    first = pd.Series(np.arange(len(parts))).groupby(combo).first().to_numpy()
    uniq = parts.iloc[first]
    skeys: list[str] = []
    fkeys: list[str] = []
    for e, m, c, s, sc, sr in uniq.itertuples(index=False, name=None):
        ev = "e-" if e < 0 else f"e{e}"
        tok = subject_token(s)
        key = f"{ev}|{m}|{c}|{tok}|{sc}"
        if sr != -2:
            key += "|s-" if sr < 0 else f"|s{sr}"
        skeys.append(key)
        fkeys.append(f"{ev}|{m}|{tok}|{sc}")
    sk = np.asarray(skeys, dtype=object)[combo]
    fk = np.asarray(fkeys, dtype=object)[combo]
    return pd.DataFrame({"series_key": sk, "family_key": fk}, index=frame.index)


def select_series(frame: pd.DataFrame, keys: Iterable[str]) -> pd.DataFrame:
    """Rows of ``frame`` in the families of ``keys`` (cheap: filters on event id before building keys)."""
    wanted = set(keys)
    families = {family_of(k) for k in wanted}
    events = {event_of(k) for k in wanted}
    events.discard(None)
    if not events:
        return frame.iloc[0:0]
    sub = frame[frame["event_id"].isin(list(events)).fillna(False).to_numpy(dtype=bool)]
    if sub.empty:
        return sub
    fam = keys_frame(sub)["family_key"]
    return sub[fam.isin(families).to_numpy()]
