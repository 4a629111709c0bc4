"""Plain data types shared by the extraction pipeline and its callers.

No Django import here or anywhere under ``tracker.extraction``: the extractor is
pure Python so it can be tested and benchmarked without a database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

QUALIFIERS = ("exact", "at_least", "more_than", "at_most", "less_than", "about", "nearly", "range")
METRICS = (
    "killed",
    "injured",
    "missing",
    "displaced",
    "detained",
    "hostages",
    "rescued",
    "evacuated",
    "affected",
    "aid",
    "money",
    "percent",
    "count",
)
SUBJECT_CLASSES = (
    "people",
    "children",
    "women",
    "soldiers",
    "militants",
    "civilians",
    "objects",
    "money",
    "other",
)
SCOPES = ("incident", "cumulative", "period")
SOURCE_KINDS = ("government", "ministry", "military", "un_agency", "ngo", "media", "other")


@dataclass(frozen=True, slots=True)
class SourceMatch:
    """A resolved attribution: a registry entry, or an unknown body to register unconfirmed."""

    name: str
    slug: str
    kind: str
    known: bool
    score: float = 100.0


@dataclass(frozen=True, slots=True)
class EventHint:
    """What the text says about which event a figure belongs to, for the event linker."""

    places: tuple[str, ...] = ()
    incident_terms: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    day: date | None = None


@dataclass(frozen=True, slots=True)
class ExtractedClaim:
    char_start: int
    char_end: int
    quote: str
    sentence: str
    value: float
    value_high: float | None
    qualifier: str
    low: float | None
    high: float | None
    metric: str
    subject: str
    subject_class: str
    attribution: str = ""
    source: SourceMatch | None = None
    scope: str = "incident"
    since: date | None = None
    as_of: date | None = None
    currency: str = ""
