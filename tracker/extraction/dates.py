"""Dates in news copy: what day a figure describes, where a running total starts, and where the
date expressions are (so the number finder never reads "7 October 2023" as a figure).

Everything resolves against the article's publication time, deterministically:

- an explicit date with a year is taken as written ("15 August 2024", "2024-08-15");
- a day and month without a year ("on 12 August", "Aug. 12") is the most recent such day on or
  before publication (one day of slack is allowed for time-zone differences);
- a weekday ("on Saturday", "Saturday's strike") is the most recent such day on or before
  publication, so "on Saturday" in a Saturday article is that same day;
- "today", "this morning", "tonight" are the publication day; "yesterday", "last night",
  "overnight" the day before; "last weekend" the Saturday of the latest weekend before the
  publication week (before the current weekend when published on a Saturday or Sunday);
- week- and month-level phrases ("last week", "earlier this month") are too vague: ``None``.

Month names must be capitalised ("March 7", not "a protest march"), as in any edited copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from tracker.extraction.prefilter import CaselessPattern

MONTHS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

#: Start dates for "since the war began" and similar phrases, chosen by the region words in the
#: phrase or its context. Each row: (words that identify the conflict, start date). The row
#: whose words occur most often wins; nothing is guessed when no row matches.
KNOWN_START_DATES: tuple[tuple[tuple[str, ...], date], ...] = (
    (("gaza", "hamas", "israel", "israeli", "palestinian", "palestinians", "october 7"), date(2023, 10, 7)),
    (("ukraine", "ukrainian", "russia", "russian", "kyiv", "kremlin"), date(2022, 2, 24)),
    (("sudan", "sudanese", "rsf", "rapid support forces", "khartoum", "darfur"), date(2023, 4, 15)),
    (("syria", "syrian", "assad"), date(2011, 3, 15)),
)

#: Names of the conflicts in :data:`KNOWN_START_DATES`, by start date (for series titles).
KNOWN_WAR_NAMES: dict[date, str] = {
    date(2023, 10, 7): "Gaza war",
    date(2022, 2, 24): "Ukraine war",
    date(2023, 4, 15): "Sudan war",
    date(2011, 3, 15): "Syria war",
}

_MONTH = (
    r"(?P<{g}>Jan(?:uary|\.)?|Feb(?:ruary|r?\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?|"
    r"Jul(?:y|\.)?|Aug(?:ust|\.)?|Sep(?:tember|t?\.|t)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|"
    r"Dec(?:ember|\.)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|"
    r"SEP(?:TEMBER|T)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)(?![a-z])"
)
#: Month and weekday names: words that look like names in copy but never name a place or a body.
CALENDAR_WORDS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>(?:1[89]|20)\d\d)(?![\d,.]\d)"

_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
_DMY = re.compile(
    r"\b(?P<d>[0-3]?\d)"
    + _ORD
    + r"(?:\s+of)?[\s\u00a0]+"
    + _MONTH.format(g="m")
    + r"(?:,?[\s\u00a0]+"
    + _YEAR.format(g="y")
    + r")?"
)
_MDY = re.compile(
    r"\b" + _MONTH.format(g="m") + r"[\s\u00a0]+(?P<d>[0-3]?\d)" + _ORD + r"(?!\d)(?![.,]\d)"
    r"(?:,?[\s\u00a0]+" + _YEAR.format(g="y") + r")?"
)
_MY = re.compile(r"\b" + _MONTH.format(g="m") + r"(?:\s+of)?[\s\u00a0]+" + _YEAR.format(g="y"))
_NUMERIC = re.compile(r"\b[0-3]?\d[/.][01]?\d[/.](?:19|20)?\d\d\b")
_WEEKDAY = re.compile(
    r"\b(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
)
_RELATIVE = CaselessPattern(
    re.compile(
        r"\b(?P<r>the\s+day\s+before\s+yesterday|yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|"
        r"earlier\s+today|last\s+night|overnight|last\s+weekend|this\s+weekend|(?:over|at|during)\s+the\s+weekend|"
        r"last\s+week|this\s+week|"
        r"earlier\s+this\s+week|earlier\s+this\s+month|last\s+month|this\s+month|"
        r"(?:a|one)\s+day\s+(?:earlier|before)(?=\s*[,.;:)]|\s*$)|the\s+(?:previous|preceding)\s+day|"
        # "up from 2,187 two days earlier": that many days before the date just named
        r"(?:two|three|four|five|six|\d)\s+days\s+(?:earlier|before)(?=\s*[,.;:)]|\s*$)|"
        r"the\s+day\s+before(?=\s*[,.;:)]|\s*$)|(?:that\s+)?same\s+day|that\s+day|"
        r"that\s+(?:same\s+)?(?:night|evening|morning|afternoon)|(?:the\s+)?(?:following|next)\s+day|"
        r"(?:a|one)\s+day\s+later|the\s+day\s+after(?=\s*[,.;:)]|\s*$)|"
        r"(?:a|one|two|three|four|five|six|\d)\s+days?\s+ago|a\s+week\s+ago)\b",
        re.IGNORECASE,
    )
)
#: "the same day", "that day": the day of the date mentioned just before in the same text.
_SAME_DAY_RELATIVE = frozenset(
    {"same day", "that same day", "that day"}
    | {
        f"that {same}{part}"
        for same in ("", "same ")
        for part in ("night", "evening", "morning", "afternoon")
    }
)
#: "the following day", "a day later": the day after the date just before (never guessed without one).
_DAY_AFTER_RELATIVE = re.compile(r"^(?:(?:the )?(?:following|next) day|(?:a|one) day later|the day after)$")
#: "a day earlier", "the previous day": the day before the date just before (or publication).
_DAY_BEFORE_RELATIVE = re.compile(
    r"^(?:(?:a|one) day (?:earlier|before)|the (?:previous|preceding) day|the day before)$"
)
_DAYS_AGO = re.compile(r"^(a|one|two|three|four|five|six|\d) days? ago$")
_DAYS_BEFORE = re.compile(r"^(two|three|four|five|six|\d) days (?:earlier|before)$")
_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_YEAR_ONLY = CaselessPattern(
    re.compile(
        r"(?:\b(?P<pre>in|since|of|by|until|till|from|during|before|after|early|late|mid|throughout|between|and|"
        r"the|since\s+early|since\s+late)[\s\u00a0-]+|(?<=[(\[]))(?P<y>(?:1[89]|20)\d\d)(?P<s>s)?\b(?![,.]\d)",
        re.IGNORECASE,
    )
)
_DECADE = re.compile(r"\b(?:1[89]|20)\d0s\b")
_CLOCK = CaselessPattern(
    re.compile(
        r"\b(?:[01]?\d|2[0-3])[:h][0-5]\d(?:\s*(?:a\.?m\.?|p\.?m\.?|GMT|UTC|local\s+time|hours|hrs))?(?!\d)"
        r"|\b(?:[01]?\d|2[0-3])\.[0-5]\d\s*(?:a\.?m\.?|p\.?m\.?|GMT|UTC|local\s+time|hours|hrs)(?!\w)"
        r"|\b(?:1[0-2]|0?[1-9])\s*(?:a\.m\.|p\.m\.|am\b|pm\b)"
        r"|\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC|hours|hrs)\b",
        re.IGNORECASE,
    )
)
#: Count nouns that show "the 2000 people" is a number, not a year.
_COUNT_NOUNS = re.compile(
    r"[\s\u00a0]+(?:people|persons|children|women|men|dead|killed|deaths|bodies|injured|wounded|"
    r"families|homes|houses|buildings|trucks|troops|soldiers|fighters|militants|protesters|"
    r"demonstrators|marchers|refugees|migrants|civilians|victims|others|more|of|were|have|had)\b",
    re.IGNORECASE,
)
_YEAR_AND = re.compile(r"(?:1[89]|20)\d\d\s+and[\s-]+$")
_SUPERLATIVE = CaselessPattern(
    re.compile(
        r"\b(?:deadliest|bloodiest|worst|biggest|largest|greatest|highest|lowest|strongest|heaviest|fiercest|"
        r"most\s+\w+|first|only|record)\b(?:\s+[\w'’-]+){0,6}\s*,?\s*$",
        re.IGNORECASE,
    )
)
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_NOT_AS_OF = CaselessPattern(
    re.compile(
        r"\b(?:since|until|till|from|before|after|between|than(?:\s+on)?|compared\s+with|compared\s+to|"
        r"(?:due|scheduled|expected|set|planned|slated|postponed|delayed)\s+(?:on|for|to\s+\w+\s+on)|next)\s+"
        r"(?:the\s+)?(?:early\s+|late\s+)?$",
        re.I,
    )
)
_YEAR_START = re.compile(
    r"\b(?:since|from)\s+the\s+(?:start|beginning|turn)\s+of\s+(?:the|this)\s+year\b|\bso\s+far\s+this\s+year\b|"
    r"\bsince\s+(?:january\s+1(?:st)?|1\s+january|new\s+year(?:['’]s(?:\s+day)?)?)\b(?![,\s]+\d{4})|"
    r"\bthis\s+year\b|\byear\s+to\s+date\b|\bthis\s+year\s+so\s+far\b",
    re.IGNORECASE,
)
_WAR_START = re.compile(
    r"\bsince\s+(?:the\s+)?(?:(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+)?"
    r"(?:(?:full[-\s]scale\s+)?(?:war|conflict|fighting|invasion|offensive|hostilities)|(?:russian\s+)?invasion)|"
    r"(?:war|conflict|fighting|invasion|offensive|hostilities)\s+(?:began|started|broke\s+out|erupted)|"
    r"(?:[A-Za-z'’-]+\s+)?(?:full[-\s]scale\s+)?(?:invasion|war))\b"
    # "the offensive has killed": a war's own running toll
    r"|\b(?:war|offensive|conflict|fighting|invasion)(?:\s+in\s+[\w'’-]+)?\s+(?:has|have)\s+(?:so\s+far\s+|now\s+)?killed\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateExpr:
    """One date expression found in a text; fields not stated are None."""

    start: int
    end: int
    kind: str  # "full", "day_month", "month_year", "weekday", "relative", "year", "numeric", "clock"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relative: str = ""


def _month(token: str) -> int:
    return MONTHS[token[:3].lower()]


def find_dates(text: str) -> list[DateExpr]:
    """All date (and clock-time) expressions in ``text``, ordered by position, non-overlapping."""
    if not text:
        return []
    return list(_dates_of(text))


def forget_dates() -> None:
    """Empty the memo of :func:`find_dates`. The extractor asks for one sentence's dates several
    times while reading an article (per figure, per reading of its day); it forgets them between
    articles, so that only an article's own repeats are saved."""
    _dates_of.cache_clear()


_LAST_YEAR_AFTER = re.compile(r",?[\s\u00a0]+(?:of[\s\u00a0]+)?last[\s\u00a0]+year\b(?!['’])", re.IGNORECASE)


@lru_cache(maxsize=512)
def _dates_of(text: str) -> tuple[DateExpr, ...]:
    found: list[DateExpr] = []
    for m in _ISO.finditer(text):
        found.append(DateExpr(m.start(), m.end(), "full", int(m["y"]), int(m["m"]), int(m["d"])))
    for m in (*_DMY.finditer(text), *_MDY.finditer(text)):
        y = int(m["y"]) if m["y"] else None
        last = None if y else _LAST_YEAR_AFTER.match(text, m.end())
        if last is not None:
            # "on July 22 last year": the day of the year before publication, whatever the month
            found.append(
                DateExpr(
                    m.start(),
                    last.end(),
                    "day_month",
                    None,
                    _month(m["m"]),
                    int(m["d"]),
                    relative="last year",
                )
            )
            continue
        found.append(
            DateExpr(m.start(), m.end(), "full" if y else "day_month", y, _month(m["m"]), int(m["d"]))
        )
    for m in _MY.finditer(text):
        found.append(DateExpr(m.start(), m.end(), "month_year", int(m["y"]), _month(m["m"])))
    for m in _NUMERIC.finditer(text):
        found.append(DateExpr(m.start(), m.end(), "numeric"))
    for m in _WEEKDAY.finditer(text):
        found.append(
            DateExpr(
                m.start(), m.end(), "weekday", weekday=WEEKDAYS[m["w"].lower()], relative=m["part"] or ""
            )
        )
    for m in _RELATIVE.finditer(text):
        found.append(DateExpr(m.start(), m.end(), "relative", relative=re.sub(r"\s+", " ", m["r"].lower())))
    for m in _YEAR_ONLY.finditer(text):
        if m["pre"] and m["pre"].lower() == "the" and not m["s"] and _COUNT_NOUNS.match(text, m.end()):
            continue
        # "between 2014 and 2016" yes, "1,200 and 2000 people" no: need a year right before.
        if (
            m["pre"]
            and m["pre"].lower() == "and"
            and not m["s"]
            and not _YEAR_AND.search(text[max(0, m.start("y") - 12) : m.start("y")])
        ):
            continue
        found.append(DateExpr(m.start("y"), m.end(), "year", year=int(m["y"])))
    for m in _DECADE.finditer(text):
        found.append(DateExpr(m.start(), m.end(), "year"))
    for m in _CLOCK.finditer(text):
        found.append(DateExpr(m.start(), m.end(), "clock"))
    # Longest first at each position, then drop anything overlapping an earlier pick.
    found.sort(key=lambda e: (e.start, -(e.end - e.start)))
    out: list[DateExpr] = []
    last_end = -1
    for expr in found:
        if expr.start >= last_end:
            out.append(expr)
            last_end = expr.end
    return tuple(out)


def date_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of date, year and clock-time expressions (for excluding their numbers)."""
    try:
        return [(e.start, e.end) for e in find_dates(text)]
    except Exception:  # pragma: no cover - never break extraction
        return []


def _pub_date(published_at: datetime | date | None) -> date | None:
    if published_at is None:
        return None
    if isinstance(published_at, datetime):
        return published_at.date()
    return published_at


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _recent(month: int, day: int, pub: date) -> date | None:
    """The most recent (month, day) on or before ``pub`` (one day of slack)."""
    for year in (pub.year, pub.year - 1):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate <= pub + timedelta(days=1):
            return candidate
    return _safe_date(pub.year - 1, month, day)


def _days_before(rel: str) -> int:
    """How many days "three days earlier" counts back."""
    word = rel.split()[0]
    return _SMALL_NUMBERS.get(word) or int(word)


def _resolve_expr(expr: DateExpr, pub: date | None) -> date | None:
    if expr.kind == "full" and expr.year and expr.month and expr.day:
        return _safe_date(expr.year, expr.month, expr.day)
    if pub is None:
        return None
    if expr.kind == "day_month" and expr.month and expr.day:
        if expr.relative == "last year":
            return _safe_date(pub.year - 1, expr.month, expr.day)
        return _recent(expr.month, expr.day, pub)
    if expr.kind == "weekday" and expr.weekday is not None:
        return pub - timedelta(days=(pub.weekday() - expr.weekday) % 7)
    if expr.kind == "relative":
        rel = expr.relative
        if rel in {"today", "tonight", "this morning", "this afternoon", "this evening", "earlier today"}:
            return pub
        if rel in {"yesterday", "last night", "overnight"}:
            return pub - timedelta(days=1)
        if rel == "the day before yesterday":
            return pub - timedelta(days=2)
        if rel == "last weekend":
            wd = pub.weekday()
            back = wd + 2 if wd < 5 else wd - 5 + 7
            return pub - timedelta(days=back)
        if rel == "this weekend" and pub.weekday() >= 5:
            return pub - timedelta(days=pub.weekday() - 5)
        if rel in {"over the weekend", "at the weekend", "during the weekend"}:
            # The weekend just past, or the current one when published on a Saturday or Sunday.
            wd = pub.weekday()
            return pub - timedelta(days=wd - 5 if wd >= 5 else wd + 2)
        if rel == "a week ago":
            return pub - timedelta(days=7)
        ago = _DAYS_AGO.match(rel)
        if ago:
            count = _SMALL_NUMBERS.get(ago[1]) or int(ago[1])
            return pub - timedelta(days=count)
        if _DAY_BEFORE_RELATIVE.match(rel):
            return pub - timedelta(days=1)
        if _DAYS_BEFORE.match(rel):
            return pub - timedelta(days=_days_before(rel))
    return None


_AS_OF_KINDS = frozenset({"full", "day_month", "weekday", "relative"})

#: A date right after a reporting verb ("said on Monday") dates the statement, not the incident.
_STATEMENT_BEFORE = re.compile(
    r"\b(?:said|says|announced|reported|added|stated|confirmed|updated|released|revised|raised|"
    r"published|estimated|wrote|posted|issued|told\s+(?:\w+\s+){0,3}?)\s*(?:late\s+|early\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
_STATEMENT_AFTER = re.compile(
    r"^(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s*(?:it\s+|that\s+)?"
    r"(?:said|says|announced|reported|added|confirmed|stated|told|updated|revised|raised|put|gave|named|"
    r"listed|released|published|issued)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[;:]|\s[—–]\s|\b(?:while|whereas|but|compared|against|down\s+from|up\s+from)\b")
#: A later clause of the sentence, whose dates are its own figures' ("...; on March 7 police had counted
#: 30,000"). A contrast ("80,000 by police while unions claimed 245,000 on Saturday") shares its date.
_LATER_CLAUSE = re.compile(r";|\s[—–]\s")
#: ", and on March 7 police had counted 30,000": a date opening a coordinated clause of its own
_CLAUSE_OPENING_DATE = re.compile(r",\s+(?:and|but)\s+(?:(?:on|by|as\s+of)\s+)?$", re.IGNORECASE)
_OTHER_FIGURE_BEFORE = re.compile(r"\d[^,;\d]{0,30}$")
_NUMBER_END = re.compile(r"[\d.,\u00a0\u202f]*\d(?:\s?(?:%|percent|per\s+cent|million|billion|bn|m|k))?")


#: A date naming an incident ("the May 12 aftershock", "the Oct. 7 attack"): it dates the figures of
#: its own clause, not those of the next one, which speaks of another incident.
_ATTRIBUTIVE_DATE = re.compile(
    r"\s+(?!(?:and|or|but|to|at|in|on|when|after|before|as|the|a)\b)[a-z][a-z-]+\b"
)
#: a figure of the date's own clause, then a new clause before the figure asked about
_FIGURE_THEN_CLAUSE = re.compile(r"\d[^;]*?(?:,\s+(?:and|but|while)\s|;)")

_OWN_TIME = re.compile(
    rf"\b(?:{_MONTH.format(g='own_month')}|{'|'.join(w.title() for w in WEEKDAYS)}|(?:19|20)\d\d)\b"
)


def _names_own_time(context: str, start: int, anchor: int) -> bool:
    """Whether a new clause between ``start`` (after a figure) and ``anchor`` names a time of its own
    ("..., and the April quake left 14,000 injured"): the figure there is that incident's."""
    m = _FIGURE_THEN_CLAUSE.search(context, start, anchor)
    return m is not None and _OWN_TIME.search(context, m.end(), anchor) is not None


#: What may open a sentence before its date: "On", "Late on", "By 10 p.m. on", "As of"
_OPENER = re.compile(
    r"(?:(?:late|early)\s+)?(?:(?:by|as\s+of|at|until)(?:\s+(?:about|around))?(?:\s+(?:(?:[01]?\d|2[0-3])"
    r"(?:[:.][0-5]\d)?\s*(?:a\.?m\.?|p\.?m\.?)|midnight|noon|dawn|dusk|nightfall|midday))?)?(?:\s*\bon)?",
    re.IGNORECASE,
)
#: "by Monday" dates a count ("the toll had reached 110 by Monday") unless it sets a deadline.
_BY = re.compile(r"\bby\s+(?:the\s+)?(?:early\s+|late\s+)?$", re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(
    r"\b(?:will|would|shall|aims?|aiming|plans?|planned|expects?|expected|targets?|deadline|hopes?|"
    r"goal|due|needs?\s+to|must|should|promised?|pledged?|vowed?|committed)\b",
    re.IGNORECASE,
)


#: the figure's own casualty verb before a later date: that date is the day of the deaths
_EVENT_DEATHS = re.compile(
    r"\b(?:killed|died|dead|injured|wounded|hurt|missing|perished)\b(?:\s+(?:\w+\s+){0,3})?$",
    re.IGNORECASE,
)


def is_statement_date(context: str, expr: DateExpr) -> bool:
    """Whether a date expression dates a statement ("the army said on Monday") in ``context``."""
    before = context[max(0, expr.start - 40) : expr.start]
    after = context[expr.end : expr.end + 40]
    return bool(_STATEMENT_BEFORE.search(before) or _STATEMENT_AFTER.match(after))


def _iter_as_of(
    context: str, pub: date | None, skip_statements: bool, earlier_day: date | None = None
) -> Iterator[tuple[DateExpr, date]]:
    # the last day-level date seen, for "the same day", "a day earlier"; ``earlier_day`` is the day the
    # previous sentence named ("Israel said 419 trucks entered on Monday. UNRWA counted 223 that day")
    previous: date | None = earlier_day
    for expr in find_dates(context):
        if expr.kind not in _AS_OF_KINDS:
            continue
        if expr.kind == "relative" and expr.relative in _SAME_DAY_RELATIVE:
            resolved = previous  # "419 trucks on April 8, while UNRWA counted 223 for the same day"
        elif expr.kind == "relative" and previous is not None and _DAY_BEFORE_RELATIVE.match(expr.relative):
            resolved = previous - timedelta(days=1)
        elif expr.kind == "relative" and previous is not None and _DAYS_BEFORE.match(expr.relative):
            resolved = previous - timedelta(days=_days_before(expr.relative))
        elif expr.kind == "relative" and _DAY_AFTER_RELATIVE.match(expr.relative):
            resolved = previous + timedelta(days=1) if previous is not None else None
        else:
            resolved = _resolve_expr(expr, pub)
        if _NOT_AS_OF.search(context[max(0, expr.start - 30) : expr.start]):
            # "2,357 had died since Feb. 24, up from 2,187 two days earlier": a span's start is no day
            # a later "earlier" counts back from
            continue
        if resolved is not None:
            previous = resolved
        if _BY.search(context[max(0, expr.start - 20) : expr.start]) and _DEADLINE_BEFORE.search(
            context[max(0, expr.start - 80) : expr.start]
        ):
            continue  # "500 trucks a day by Friday": a deadline, not the day of a count
        if skip_statements and is_statement_date(context, expr):
            continue
        if resolved is not None:
            yield expr, resolved


def _as_of_candidates(
    context: str, pub: date | None, skip_statements: bool, earlier_day: date | None = None
) -> list[tuple[DateExpr, date]]:
    return list(_iter_as_of(context, pub, skip_statements, earlier_day))


#: "that day", "the previous day": phrases that name a day by the date named before them
EARLIER_DAY_HINT = CaselessPattern(
    re.compile(
        r"\b(?:(?:that|the)\s+same\s+(?:day|night|evening|morning|afternoon)|that\s+(?:day|night|evening|morning"
        r"|afternoon)|(?:a|one)\s+day\s+(?:earlier|before|later)|the\s+(?:previous|preceding|following|next)\s+day"
        r"|the\s+day\s+(?:before|after))\b",
        re.IGNORECASE,
    )
)


def last_named_day(context: str, published_at: datetime | date | None) -> date | None:
    """The last day a sentence names and could date a figure by ("... entered on Monday." -> Monday),
    for "that day" / "the previous day" in the sentence after it; None when it names none."""
    try:
        found = None
        for _expr, resolved in _iter_as_of(context[-2 * _WINDOW :], _pub_date(published_at), False):
            found = resolved
        return found
    except Exception:  # pragma: no cover - never break extraction
        return None


#: Characters either side of a figure that can hold its date (a long sentence, not an article).
_WINDOW = 2000


def dated_expressions(
    context: str,
    published_at: datetime | date | None,
    *,
    skip_statements: bool = False,
) -> list[tuple[DateExpr, date]]:
    """Day-level date expressions of ``context`` that can date a figure, resolved.

    Skips span starts ("since", "until", "from"), comparisons ("than on"), future plans ("due
    on Thursday") and, with ``skip_statements``, statement dates ("said on Monday").
    """
    try:
        return _as_of_candidates(context, _pub_date(published_at), skip_statements)
    except Exception:  # pragma: no cover - never break extraction
        return []


def attached_date(
    context: str,
    published_at: datetime | date | None,
    anchor: int,
    anchor_end: int | None = None,
    *,
    skip_statements: bool = False,
    earlier_day: date | None = None,
) -> date | None:
    """The date grammatically attached to the figure at ``anchor`` in ``context``, if any.

    A date after the figure counts when nothing but words separates them ("1.28 million on
    March 7", "93 people in Gaza City on Saturday"); a date before it counts when no other
    number, semicolon or contrast word ("while", "against", "down from") separates them, and no
    comma either unless the date opens the sentence ("On Saturday, the ministry said 93 ...").
    ``skip_statements`` ignores statement dates ("the army said on Monday it had killed 31");
    ``earlier_day`` is the day the sentence before named, for "that day" with no date before it.
    """
    try:
        if not context or anchor < 0 or anchor > len(context):
            return None
        if len(context) > 2 * _WINDOW:
            start = max(0, anchor - _WINDOW)
            context = context[start : anchor + _WINDOW]
            anchor -= start
            anchor_end = None if anchor_end is None else anchor_end - start
        if anchor_end is None:
            m = _NUMBER_END.match(context, anchor)
            anchor_end = m.end() if m else anchor
        pub = _pub_date(published_at)
        best: tuple[int, date] | None = None
        statement_best = False
        event_day: date | None = None
        for expr, resolved in _as_of_candidates(context, pub, skip_statements, earlier_day):
            if expr.start >= anchor_end:
                between = context[anchor_end : expr.start]
                if (
                    len(between) > 120
                    or "," in between
                    or re.search(r"\d", _CLOCK.sub("", between))  # "hurt by 10 p.m. on Friday" is no figure
                    or _CLAUSE_BREAK.search(between)
                ):
                    continue
                distance = len(between)
                if event_day is None and _EVENT_DEATHS.search(between):
                    event_day = resolved  # "35 people were killed in Saturday's attack"
            elif expr.end <= anchor:
                between = re.sub(r"\d[\d,.]*\d", "0", context[expr.end : anchor])
                relative = (
                    re.match(
                        r"^['’]?s?\s*,\s+(?:when|where|which|(?:in|during|on|at)\s+which)\b[^,]*$", between
                    )
                    is not None
                )
                if len(between) > 140 or _CLAUSE_BREAK.search(between):
                    continue
                if re.search(r"\d", between) and not relative:
                    continue
                # "On Saturday, ...", "By 10 p.m. on Wednesday, 72 people ...": the date opens the sentence
                opener = _OPENER.fullmatch(context[: expr.start].strip(" \t\n\"'“(")) is not None
                # "The first day of protests, on Nov. 17, drew 282,710": a date set off after its subject
                aside = (
                    re.match(r"^,\s+(?:[a-z]+\s+){1,3}$", between) is not None
                    and re.search(r",\s+on\s+$", context[max(0, expr.start - 8) : expr.start]) is not None
                )
                if "," in between and not opener and not relative and not aside:
                    continue
                distance = len(between)
            else:
                continue
            if best is None or distance < best[0]:
                best = (distance, resolved)
                statement_best = expr.end <= anchor and is_statement_date(context, expr)
        if best is not None and statement_best and event_day is not None:
            return event_day  # "said on Monday that 35 people were killed in Saturday's attack"
        return best[1] if best else None
    except Exception:  # pragma: no cover - never break extraction
        return None


def resolve_as_of(
    context: str,
    published_at: datetime | date | None,
    anchor: int | None = None,
    *,
    earlier_day: date | None = None,
) -> date | None:
    """The day a figure describes, from the date words in its sentence; None if there are none.

    ``anchor`` (optional) is the figure's offset in ``context``: a date attached to the figure
    (see :func:`attached_date`) wins, then the nearest date in the sentence; without an anchor,
    the first. Dates introduced by "since", "until", "by", "from", "before", "after" describe a
    span, not the figure's day, and are skipped, and so is a date in a later clause (after ";" or a
    dash: "80,000 marched; on March 7 police had counted 30,000"). ``earlier_day`` (optional)
    is the day the previous sentence named, which "that day" / "the previous day" refer to.
    """
    try:
        if not context:
            return None
        pub = _pub_date(published_at)
        if anchor is None:
            for _expr, resolved in _iter_as_of(context[: 2 * _WINDOW], pub, False, earlier_day):
                return resolved
            return None
        if len(context) > 2 * _WINDOW:
            start = max(0, anchor - _WINDOW)
            context, anchor = context[start : anchor + _WINDOW], anchor - start
        attached = attached_date(context, published_at, anchor, earlier_day=earlier_day)
        if attached is not None:
            return attached
        candidates: list[tuple[int, date]] = []
        for expr, resolved in _as_of_candidates(context, pub, False, earlier_day):
            if _OTHER_FIGURE_BEFORE.search(_CLOCK.sub("", context[max(0, expr.start - 40) : expr.start])):
                continue  # "down from 48,000 on Saturday": that date belongs to the other figure
            if (
                expr.end <= anchor
                and _ATTRIBUTIVE_DATE.match(context, expr.end) is not None
                and re.search(r"\b[Tt]he\s+$", context[max(0, expr.start - 6) : expr.start]) is not None
                and _names_own_time(context, expr.end, anchor)
            ):
                continue  # "the May 12 aftershock killed 17, and the April quake left 14,000 injured"
            if expr.start > anchor and (
                _LATER_CLAUSE.search(context, anchor, expr.start)
                or _CLAUSE_OPENING_DATE.search(context, max(anchor, expr.start - 30), expr.start)
            ):
                continue  # "80,000 marched; on March 7 police had counted 30,000": the other clause's
            distance = expr.start - anchor if expr.start >= anchor else anchor - expr.end
            candidates.append((distance, resolved))
        if not candidates:
            return None
        return min(candidates, key=lambda c: c[0])[1]
    except Exception:  # pragma: no cover - never break extraction
        return None


_BEGAN_CAMPAIGN = re.compile(
    r"\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:began|launched|started|opened|unleashed)\s"
)


def resolve_since(
    phrase: str,
    published_at: datetime | date | None,
    context: str = "",
) -> date | None:
    """Start date of a running total: "since October 7" -> 2023-10-07 (for a 2024 article).

    Looks at the first "since ..." in ``phrase`` (or the whole phrase when it has no "since"):
    a full or partial date, a month ("since January"), a year ("since 2014"), "the start of the
    year" (January 1 of the publication year), or "since the war began" looked up in
    :data:`KNOWN_START_DATES` with the region words of ``phrase`` and then ``context``.
    Returns None when no start date is stated or implied.
    """
    try:
        if not phrase:
            return None
        pub = _pub_date(published_at)
        since = None
        # When the phrase is a piece of the context sentence, the words before it count too.
        located = context.find(phrase) if context and len(phrase) < len(context) else -1
        lead_in = context[max(0, located - 60) : located] if located > 0 else ""
        end = located + len(phrase)
        if located >= 0 and end < len(context) and context[end].isalnum() and phrase[-1:].isalnum():
            # The phrase was cut inside a word or number ("since February 20" of "February 2022").
            phrase = context[located : end + 40]
        for match in _SINCE.finditer(phrase):
            # "the deadliest quake since 1939" compares with the past; it starts no total.
            before = (lead_in + phrase[: match.start()])[-60:]
            if _SUPERLATIVE.search(before):
                continue
            since = match
            break
        if since is None and _SINCE.search(phrase):
            return None
        tail = phrase[since.end() : since.end() + 80] if since else phrase
        # "since police began their crackdown on anti-government protests on Jan. 28": the campaign's
        # own date may come well after the "since"
        reach = 80 if _BEGAN_CAMPAIGN.match(tail) else 30
        for expr in find_dates(tail):
            if since is not None and expr.start > reach:
                break
            if expr.kind in {"full", "day_month"}:
                resolved = _resolve_expr(expr, pub)
                if resolved is not None:
                    return resolved
            if expr.kind == "month_year" and expr.year and expr.month:
                return date(expr.year, expr.month, 1)
            if expr.kind == "year" and expr.year:
                return date(expr.year, 1, 1)
            if expr.kind in {"weekday", "relative"} and since is not None:
                return _resolve_expr(expr, pub)
        if since is not None:
            year_match = re.match(r"\s+(?:early\s+|mid-?|late\s+)?((?:1[89]|20)\d\d)\b(?![,.]\d)", tail)
            if year_match:
                return date(int(year_match[1]), 1, 1)
        if since is not None and pub is not None:
            month = re.match(
                r"\s+(?:early\s+|mid-?|late\s+)?" + _MONTH.format(g="m") + r"(?![\s\u00a0]+\d)", tail
            )
            if month:
                target = _month(month["m"])
                year = pub.year if target <= pub.month else pub.year - 1
                return date(year, target, 1)
        if pub is not None and _YEAR_START.search(phrase):
            return date(pub.year, 1, 1)
        if _WAR_START.search(phrase):
            return known_start(phrase, pub) or (known_start(context, pub) if context else None)
        return None
    except Exception:  # pragma: no cover - never break extraction
        return None


def month_end(expr: DateExpr, published_at: datetime | date | None) -> date | None:
    """The last day of a month named with its year ("January 2010"), or the publication day while
    that month is still running; None for a month after publication or an expression of another kind.

    A month is as precise as such a date gets: it bounds the day from above, like a publication day.
    """
    pub = _pub_date(published_at)
    if expr.kind != "month_year" or not expr.year or not expr.month or pub is None:
        return None
    first = _safe_date(expr.year, expr.month, 1)
    if first is None or first > pub:
        return None
    last = date(expr.year + expr.month // 12, expr.month % 12 + 1, 1) - timedelta(days=1)
    return min(last, pub)


def known_start(text: str, published_at: datetime | date | None = None) -> date | None:
    """The start date of the conflict ``text`` talks about, from :data:`KNOWN_START_DATES`."""
    lowered = f" {re.sub(r'[^a-z0-9]+', ' ', text.lower())} "
    pub = _pub_date(published_at)
    best: tuple[int, date] | None = None
    for words, start in KNOWN_START_DATES:
        if pub is not None and start > pub:
            continue
        count = sum(lowered.count(f" {w} ") for w in words)
        if count and (best is None or count > best[0]):
            best = (count, start)
    return best[1] if best else None


__all__ = [
    "EARLIER_DAY_HINT",
    "KNOWN_START_DATES",
    "KNOWN_WAR_NAMES",
    "DateExpr",
    "attached_date",
    "date_spans",
    "dated_expressions",
    "find_dates",
    "is_statement_date",
    "known_start",
    "last_named_day",
    "month_end",
    "resolve_as_of",
    "resolve_since",
]
