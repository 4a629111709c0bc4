"""Scope of a figure (incident / cumulative / period) and the start date of a running total, plus the
sentence splitter used by the extractor."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime

from tracker.extraction.dates import MONTHS

_MONTH_NUM = MONTHS
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
SINCE_RE = re.compile(
    rf"\bsince\s+(?:(?:the\s+(?:start|beginning|outbreak|onset)\s+of\s+)?"
    rf"(?:{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}"
    rf"(?:\s+\d{{4}})?|{_MONTHS}(?:\s+\d{{4}})?|\d{{4}})"
    rf"|the\s+(?:\w+\s+){{0,3}}(?:war|conflict|offensive|fighting|invasion|hostilities|crisis|attack|attacks"
    rf"|pandemic|outbreak|quake|earthquake|disaster|operation|campaign|protests?|strike|siege|start|beginning"
    rf"|monsoon|rainy\s+season|rains|heatwave|heat\s+wave|(?:wildfire|fire|hurricane|typhoon|storm)\s+season"
    rf"|epidemic|drought|famine)"
    rf"(?:\s+(?:began|started|erupted|broke\s+out|struck|hit|made\s+landfall|arrived|set\s+in))?(?:\s+(?:on|in)\s+(?:{_MONTHS}\.?\s+\d{{1,2}}"
    rf"(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTHS}(?:\s+\d{{4}})?|{_MONTHS}(?:\s+\d{{4}})?))?)",
    re.IGNORECASE,
)
_CUMULATIVE_RE = re.compile(
    r"\b(?:so\s+far|to\s+date|in\s+total|overall|cumulative|all\s+told|altogether|running\s+total"
    r"|(?:in|during|throughout|over\s+the\s+course\s+of)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:war|conflict"
    r"|offensive|fighting|hostilities)\b|(?:war|offensive|conflict|fighting|campaign|invasion|bombardment)"
    r"\s+(?:has|have)\s+(?:so\s+far\s+|now\s+)?killed|since\s+the\s+start)",
    re.IGNORECASE,
)
_PERIOD_RE = re.compile(
    r"\b(?:(?:in|over|during|within|across)\s+the\s+(?:past|last|previous|preceding|latest|first|next)"
    r"\s+(?:\w+\s+)?(?:hours?|days?|weeks?|months?|years?|night|week|month|year|weekend)"
    r"|(?:a|per|each|every)\s+(?:day|week|month|year|night)(?!\s+(?:earlier|later|before|after|ago|prior))|daily|weekly|monthly|annually|yearly"
    r"|a\s+single\s+day|in\s+(?:one|a)\s+day|(?:that|the\s+same)\s+day|since\s+the\s+start\s+of"
    r"\s+(?:the\s+)?(?:week|month|year|January|February|March|April|May|June|July|August|September"
    r"|October|November|December))\b",
    re.IGNORECASE,
)
_EXPLICIT_DATE_RE = re.compile(
    rf"(?:(?P<m1>{_MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTHS})(?:\s+(?P<y2>\d{{4}}))?)",
    re.IGNORECASE,
)


_SUPERLATIVE_BEFORE_RE = re.compile(
    r"\b(?:largest|biggest|deadliest|worst|highest|lowest|heaviest|strongest|bloodiest|greatest|first"
    r"|record|longest|fewest|the\s+most|the\s+least)\b(?:[^,.;]*)$",
    re.IGNORECASE,
)
_CLAUSE_END_RE = re.compile(
    r";|,\s+(?:while|whereas|but|as|after|when|although|though)\b|\s(?:while|whereas)\s"
)

#: "102 deaths in the past 24 hours, bringing the toll to 4,560": the total a period count adds up to
_TOTAL_AFTER_RE = re.compile(
    r",\s+(?:bringing|raising|taking|pushing|lifting|putting)\s+(?:the|its|their)\s+", re.IGNORECASE
)


def parse_since_date(phrase: str, published_at: datetime | None) -> date | None:
    """Fallback for "since October 7" when the dates module is not available."""
    m = _EXPLICIT_DATE_RE.search(phrase)
    if m is None:
        return None
    month = _MONTH_NUM[(m.group("m1") or m.group("m2"))[:3].lower()]
    day = int(m.group("d1") or m.group("d2"))
    year_s = m.group("y1") or m.group("y2")
    try:
        if year_s:
            return date(int(year_s), month, day)
        if published_at is None:
            return None
        ref = published_at.date()
        cand = date(ref.year, month, day)
        if cand > ref:
            cand = date(ref.year - 1, month, day)
        return cand
    except ValueError:
        return None


def _running_since(text: str, last: bool = False) -> re.Match[str] | None:
    """A "since ..." that starts a running total; "the deadliest quake since 1960" does not."""
    found = None
    for m in SINCE_RE.finditer(text):
        if _SUPERLATIVE_BEFORE_RE.search(text[max(0, m.start() - 60) : m.start()]):
            continue
        found = m
        if not last:
            break
    return found


def _running_total(text: str) -> bool:
    """A running-total marker ("so far", "to date", "in total"); "its largest estimate of the movement
    so far" / "the highest figure to date" ranks a figure and starts no total."""
    for m in _CUMULATIVE_RE.finditer(text):
        word = m.group(0).lower()
        if word.startswith(("so", "to")) and _SUPERLATIVE_BEFORE_RE.search(text, 0, m.start()):
            continue
        return True
    return False


def scope_of(before: str, after: str, clause_rest: str = "") -> tuple[str, str]:
    """(scope, since phrase) from the text before and after a figure, both already bounded by the
    neighbouring figures, and the rest of its clause beyond the next figure ("40,005 killed and 92,401
    wounded since October 7"). A period marker right after the figure wins over a running total."""
    p_after = _PERIOD_RE.search(after)
    s_after = _running_since(after)
    if p_after is not None and (s_after is None or p_after.start() < s_after.start()):
        return "period", ""
    s_before = _running_since(before, last=True)
    if s_after is None and s_before is None and clause_rest:
        rest = _CLAUSE_END_RE.split(clause_rest, maxsplit=1)[0]
        s_rest = _running_since(rest)
        p_rest = _PERIOD_RE.search(rest)
        if s_rest is not None and (p_rest is None or s_rest.start() < p_rest.start()):
            s_after = s_rest
    since = s_after or s_before
    if since is not None:
        return "cumulative", since.group(0)
    if _running_total(after) or _running_total(before):
        return "cumulative", ""
    p_before = _PERIOD_RE.search(before)
    if p_before is not None and not _TOTAL_AFTER_RE.search(before, p_before.end()):
        return "period", ""
    return "incident", ""


_ABBREV = (
    r"(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Adm|Rep|Sen|Gov|Rev|St|Mt|Ft|Jr|Sr|No|Nos|vs|etc"
    r"|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Ltd|Co|Corp|U\.S|U\.N|U\.K|E\.U|a\.m|p\.m|i\.e|e\.g)"
)
_SENT_END_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n+")
_ABBREV_TAIL_RE = re.compile(rf"(?:\b{_ABBREV}|\b[A-Z])\.$")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Sentence spans over text[start:end]. Newlines end sentences (paragraph breaks)."""
    end = len(text) if end is None else end
    pos = start
    for m in _SENT_END_RE.finditer(text, start, end):
        if m.group(0)[0] == ".":
            head = text[max(pos, m.start() - 12) : m.start() + 1]
            if _ABBREV_TAIL_RE.search(head):
                continue
        stop = m.end() if m.group(0)[0] != "\n" else m.start()
        while pos < stop and text[pos].isspace():
            pos += 1
        if pos < stop:
            yield pos, stop
        pos = m.end()
    while pos < end and text[pos].isspace():
        pos += 1
    if pos < end:
        yield pos, end
