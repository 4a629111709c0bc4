"""Numbers, dates and sentences for editors."""

from __future__ import annotations

import math

import pandas as pd

QUALIFIER_WORDS = {
    "exact": "",
    "at_least": "at least ",
    "more_than": "more than ",
    "at_most": "up to ",
    "less_than": "fewer than ",
    "about": "about ",
    "nearly": "nearly ",
}
METRIC_WORDS = {
    "killed": "killed",
    "injured": "injured",
    "missing": "missing",
    "displaced": "displaced",
    "detained": "detained",
    "hostages": "held hostage",
    "rescued": "rescued",
    "evacuated": "evacuated",
    "affected": "affected",
}


def number(value: float) -> str:
    """1280000 -> '1.28 million', 39699 -> '39,699', 32.71 -> '32.71'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "?"
    v = float(value)
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if abs(v) >= size:
            scaled = v / size
            text = f"{scaled:.3f}".rstrip("0").rstrip(".")
            return f"{text} {word}"
    if v.is_integer():
        return f"{int(v):,}"
    return f"{v:,.4f}".rstrip("0").rstrip(".")


def figure(value: float, value_high: float, qualifier: str, metric: str) -> str:
    """'more than 100', '90 to 100', '32.71%', '$17.5 million' style rendering of one claim."""
    if qualifier == "range" and value_high == value_high:
        text = f"{number(value)} to {number(value_high)}"
    else:
        text = QUALIFIER_WORDS.get(qualifier, "") + number(value)
    if metric == "percent":
        text += "%"
    return text


def quantity(value: float, value_high: float, qualifier: str, metric: str, subject: str) -> str:
    """'93 killed (people at the al-Tabi'in school)'."""
    fig = figure(value, value_high, qualifier, metric)
    word = METRIC_WORDS.get(metric, "")
    subj = f" ({subject})" if subject else ""
    return f"{fig} {word}{subj}" if word else f"{fig}{subj}"


def day(ts: pd.Timestamp | None) -> str:
    if ts is None or pd.isna(ts):
        return "an unknown date"
    return f"{ts.day} {ts.strftime('%b %Y')}"


def source_words(name: str) -> str:
    return name if name else "no source (the outlet's own figure)"


def others(n: int) -> str:
    if n <= 0:
        return ""
    return f" and {n} other{'s' if n > 1 else ''}"


def who(outlet: str, n_others: int, singular: str, plural: str) -> str:
    """'Harbor Daily reports' / 'Harbor Daily and 2 others report'."""
    return f"{outlet}{others(n_others)} {plural if n_others > 0 else singular}"
