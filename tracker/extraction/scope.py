"""Scope of a figure (incident / cumulative / period) and the start date of a running total, plus the
sentence splitter used by the extractor."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime

from tracker.extraction.dates import MONTHS
from tracker.extraction.prefilter import CaselessPattern

_MONTH_NUM = MONTHS
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
SINCE_RE = re.compile(
    rf"\bsince\s+(?:(?:the\s+(?:start|beginning|outbreak|onset)\s+of\s+)?(?:(?:early|mid|late)[\s-]+(?={_MONTHS}))?"
    rf"(?:{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}"
    rf"(?:\s+\d{{4}})?|{_MONTHS}(?:\s+\d{{4}})?|\d{{4}})"
    rf"|(?:the|(?-i:[A-Z])[\w-]*['’]s)\s+(?:[\w-]+\s+){{0,4}}(?:war|conflict|offensive|fighting|invasion|hostilities|crisis|attack|attacks"
    rf"|pandemic|outbreak|quake|earthquake|disaster|operation|campaign|protests?|strike|siege|start|beginning"
    rf"|monsoon(?:\s+(?:season|rains))?|(?:rainy|wet|flood|cyclone)\s+season|rains|heatwave|heat\s+wave|(?:wildfire|fire|hurricane|typhoon|storm)\s+season"
    rf"|epidemic|drought|famine|unrest|violence|clashes|uprising|riots|blockade|ceasefire|truce|year)"
    rf"(?:\s+(?:began|started|erupted|broke\s+out|struck|hit|made\s+landfall|arrived|set\s+in))?(?:\s+(?:on|in)\s+(?:{_MONTHS}\.?\s+\d{{1,2}}"
    rf"(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTHS}(?:\s+\d{{4}})?|{_MONTHS}(?:\s+\d{{4}})?))?"
    # "since police began their crackdown on anti-government protests on Jan. 28": a campaign someone began
    rf"|(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:began|launched|started|opened|unleashed)\s+(?:their|its|his|her|the|a|an)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:crackdown|offensive|war|operation|campaign|assault|invasion|bombardment|siege|protests?"
    rf"|attacks?|raids|incursion|air\s+strikes|strikes)"
    rf"(?:\s+(?:on|against)\s+(?!{_MONTHS}\.?\s+\d)(?:(?!(?:on|in)\s)[\w-]+\s+){{0,2}}(?!(?:on|in)\b)[\w-]+)?"
    rf"(?:\s+(?:on|in)\s+(?:{_MONTHS}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTHS}(?:\s+\d{{4}})?"
    rf"|{_MONTHS}(?:\s+\d{{4}})?))?)",
    re.IGNORECASE,
)
_CUMULATIVE_RE = CaselessPattern(
    re.compile(
        r"\b(?:so\s+far|to\s+date|in\s+total|overall|cumulative|all\s+told|altogether|running\s+total"
        r"|(?:in|during|throughout|over\s+the\s+course\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:war|conflict"
        r"|offensive|fighting|hostilities)\b|(?:war|offensive|conflict|fighting|campaign|invasion|bombardment)"
        r"\s+(?:has|have)\s+(?:so\s+far\s+|now\s+)?killed|since\s+the\s+start"
        # a season's toll runs from its onset: "the death toll from the monsoon floods"
        r"|(?:toll|deaths|dead)\s+(?:from|in|of)\s+(?:the\s+|this\s+year['’]s\s+)?monsoon)",
        re.IGNORECASE,
    )
)
_PERIOD_RE = CaselessPattern(
    re.compile(
        r"\b(?:(?:in|over|during|within|across)\s+the\s+(?:past|last|previous|preceding|latest|first|next)"
        r"\s+(?:\w+\s+)?(?:hours?|days?|weeks?|months?|years?|night|week|month|year|weekend)"
        # "in the 24 hours to 3 a.m. on Friday", "over the seven days ending Sunday"
        r"|(?:in|over|during|within)\s+the\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+"
        r"(?:hours|days|weeks|months)\s+(?:to|until|till|up\s+to|ending|ended|before|through)"
        # (never "a night-time attack": a time of day, not a rate)
        r"|(?<!after\s)(?<!before\s)(?<!for\s)(?:a|per|each|every)\s+(?:day|week|month|year|night)(?!-)"
        r"(?!\s+(?:earlier|later|before|after|ago|prior|of)\b)"
        # a rate, never how often something else recurs: "residents have kept up weekly protests"
        r"|(?:daily|weekly|monthly|annually|yearly)(?!\s+(?:protests|rallies|marches|demonstrations|vigils|prayers"
        r"|services|meetings|visits|sessions|flights|newspapers?|magazines?|editions?|shows?|programmes|programs)\b)"
        r"|a\s+single\s+day|in\s+(?:one|a)\s+day|since\s+the\s+start\s+of"
        r"\s+(?:the\s+)?(?:week|month|year|January|February|March|April|May|June|July|August|September"
        r"|October|November|December))\b",
        re.IGNORECASE,
    )
)
_RATE_WORDS = frozenset(("daily", "weekly", "monthly", "annually", "yearly"))
_CAPITAL_BEFORE_RE = re.compile(r"[A-Z][\w'’.&-]*\s+$")
_CAPITAL_AFTER_RE = re.compile(r"\s+[A-Z]|\)")


def _period(text: str) -> re.Match[str] | None:
    """The first period marker in ``text`` that is no part of a name: "Daily" in "(Harbor Daily)" or
    "Weekly Standard", an outlet's name in a dateline, counts nothing per day."""
    for m in _PERIOD_RE.finditer(text):
        word = m.group(0)
        if (
            word[:1].isupper()
            and word.lower() in _RATE_WORDS
            and (
                _CAPITAL_BEFORE_RE.search(text[max(0, m.start() - 40) : m.start()])
                or _CAPITAL_AFTER_RE.match(text, m.end())
            )
        ):
            continue
        return m
    return None


#: A bounded span of a month or more that a monitor's count covers: "in April", "between 1 and 24 April",
#: "from January to April", "during the month", "in the first week of May", "last month", "in 2024"
_MON = rf"{_MONTHS}\b"
_SPAN_RE = CaselessPattern(
    re.compile(
        rf"\b(?:(?:in|during|throughout|over)\s+(?:the\s+month\s+of\s+)?{_MON}(?:\s+\d{{4}})?(?!\s*\d)"
        rf"|between\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MON}\s+)?|{_MON}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?)and\s+"
        rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON}|{_MON}(?:\s+\d{{1,2}})?)"
        rf"|from\s+(?:\d{{1,2}}\s+)?{_MON}(?:\s+\d{{1,2}})?(?:\s+\d{{4}})?\s+(?:to|until|through|till)\s+"
        rf"(?:\d{{1,2}}\s+)?{_MON}"
        rf"|(?:in|during|over)\s+the\s+(?:first|second|third|fourth|last|final|opening)\s+(?:week|weeks|fortnight"
        rf"|month|months|quarter|half)\s+of\s+(?:the\s+year|{_MON}|\d{{4}})"
        rf"|(?:during|throughout|over)\s+the\s+(?:course\s+of\s+the\s+)?(?:month|week|year|quarter)\b"
        rf"(?!\s+(?:since|after|before))"
        rf"|from\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:to|until|through|till)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON}"
        rf"|in\s+the\s+(?:week|month|quarter|year|fortnight)\s+(?:to|until|ending|ended)\b"
        rf"|in\s+the\s+same\s+period|(?:in|during)\s+(?:19|20)\d\d\b(?!\s*[-–,]?\s*\d)"
        # "last month" is a bounded span; "this year" still runs
        rf"|\blast\s+(?:month|year|quarter)\b(?!['’]))",
        re.IGNORECASE,
    )
)
#: A single event in the clause: the span only says when it happened ("a missile strike in April killed
#: 20", "the march of 2003 ..., a rally in 1989"); "strikes in April killed 209" counts a span
_SINGLE_EVENT_RE = re.compile(
    r"\b(?:attack|strike|airstrike|blast|explosion|bombing|shooting|quake|earthquake|crash|collapse|fire"
    r"|blaze|stampede|crush|raid|storm|cyclone|hurricane|typhoon|flood|landslide|derailment|sinking|missile|bomb"
    r"|rocket|ambush|massacre|accident|incident|eruption|tsunami|sank|capsized|derailed|(?-i:march)|rally|protest"
    r"|demonstration|riot|parade|election|referendum|vote|concert|match|festival|ceremony|toll)\b(?!-)",
    re.IGNORECASE,
)
#: One act the month dates, not a count kept over it: a figure revised, published, paid or signed
#: then ("in April the ministry lowered the count to 166,000", "a study published in May concluded",
#: "paid $2 million into the fund in March", "the search ended in May")
_ONE_ACT_RE = re.compile(
    r"\b(?:lowered|raised|revised|cut|corrected|updated|published|concluded|created|founded|established"
    r"|ended|paid|signed|approved|adopted|set\s+up|sold|bought|auctioned|at\s+auction"
    # an arrest, a charge, a certificate: one act on one day ("charged 16 people with homicide in January")
    r"|arrested|charged|indicted|certified|fined|sentenced|convicted|asked\s+(?:\w+\s+){0,4}?for"
    # a licence obtained, a report that listed causes: "a firearms licence obtained in November 2017"
    r"|obtained|acquired|purchased|issued|granted|listed|in\s+(?:its|their|a)\s+(?:final\s+)?report)\b",
    re.IGNORECASE,
)


def _dated_one(context: str) -> bool:
    """Whether a month in ``context`` only dates one event or one act rather than bounding a count."""
    return _SINGLE_EVENT_RE.search(context) is not None or _ONE_ACT_RE.search(context) is not None


#: a date that starts something rather than bounding a count: "the war that began in February 2022"
_START_BEFORE_RE = re.compile(
    r"\b(?:began|begun|started|erupted|broke\s+out|launched|invaded|invasion|since|until|till|before|after"
    r"|from|of|born|elected|took\s+office)\s+$",
    re.IGNORECASE,
)


_BARE_MONTH_RE = re.compile(rf"in\s+{_MON}$", re.IGNORECASE)
_SPEECH_RE = re.compile(
    r"\b(?:said|says|told|wrote|announced|declared|claimed|stated|estimated|reported|warned)\b", re.IGNORECASE
)
#: "The government said in June that ...", "had estimated in January that ...": the month dates the saying
_SAID_BEFORE_RE = re.compile(
    r"\b(?:said|told\s+\w+|wrote|announced|declared|claimed|stated|estimated|reported|warned|confirmed)\s+$",
    re.IGNORECASE,
)


def _span(text: str, context: str, leads: bool = False) -> bool:
    """Whether ``text`` bounds its figure to a span of a month or more, ``context`` (the clause up to
    the span) naming no single event or day that the span would only date. ``leads``: ``text`` comes
    before the figure, where a bare month before a verb of saying dates the saying."""
    for m in _SPAN_RE.finditer(text):
        if _START_BEFORE_RE.search(text, max(0, m.start() - 16), m.start()):
            continue
        if leads and _BARE_MONTH_RE.match(m.group(0)) and _SPEECH_RE.search(text, m.end()):
            continue  # "In December, ... Zelensky said 43,000 ...": the month dates the saying
        if _BARE_MONTH_RE.match(m.group(0)) and _SAID_BEFORE_RE.search(
            text, max(0, m.start() - 24), m.start()
        ):
            continue
        return not _dated_one(context + text[: m.start()])
    return False


_EXPLICIT_DATE_RE = re.compile(
    rf"(?:(?P<m1>{_MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTHS})(?:\s+(?P<y2>\d{{4}}))?)",
    re.IGNORECASE,
)


_SUPERLATIVE_BEFORE_RE = CaselessPattern(
    re.compile(
        r"\b(?:largest|biggest|deadliest|worst|highest|lowest|heaviest|strongest|bloodiest|greatest|first"
        r"|record|longest|fewest|the\s+most|the\s+least|so\s+many|so\s+much|as\s+(?:many|much)(?!\s+as))\b(?:[^,.;]*)$",
        re.IGNORECASE,
    )
)
_CLAUSE_END_RE = re.compile(
    r";|,\s+(?:while|whereas|but|as|after|when|although|though)\b|\s(?:while|whereas)\s"
)

_EVENT_CLAUSE_RE = re.compile(r";|,\s+(?:as|after|when|before|because|although|though)\s", re.IGNORECASE)

#: "102 deaths in the past 24 hours, bringing the toll to 4,560": the total a period count adds up to
_TOTAL_AFTER_RE = re.compile(
    r",\s+(?:bringing|raising|taking|pushing|lifting|putting)\s+(?:the|its|their)\s+", re.IGNORECASE
)


#: a flow counted on a day or over days: "entered Gaza on Sunday", "came in that day", "overnight",
#: "over three days", "on April 8"; aid sent to a disaster or sitting at a crossing names no day
_DAY_FLOW_RE = re.compile(
    rf"\b(?:(?:on|by|since|from|to|until|through)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:that|the\s+same"
    rf"|the\s+previous|the\s+next|a\s+single|one)\s+day|overnight|yesterday|today|tonight"
    rf"|(?:over|in|during|within)\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+)?(?:\w+\s+)?days"
    rf"|on\s+(?:{_MONTHS}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS})\b)",
    re.IGNORECASE,
)


def aid_flow_scope(sentence: str) -> str:
    """Scope of an aid figure that no marker scoped: deliveries counted on a day are a period count
    ("322 aid trucks entered on Sunday"), aid sent to a disaster or waiting at a crossing an incident's
    ("the agency sent 12 ambulances", "500 truckloads of aid were sitting at the crossing")."""
    return "period" if _DAY_FLOW_RE.search(sentence) else "incident"


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


#: a clause of its own between a "since" and the figure after it: "... since the quake, and that 21,783"
#: "since December 2012, when a gunman took the lives of 20 children": the figures of the "when" clause
#: are that day's, not a running total's
_SINCE_BARRIER_RE = re.compile(r";|,?\s+and\s+that\b|,\s+(?:while|whereas|but|when)\b", re.IGNORECASE)
#: a "since" inside an aside closed before the figure: "the archive, which has counted rallies since
#: November, counted 3,500"
_ASIDE_OPEN_RE = re.compile(r",\s+(?:which|who|whose|where)\b[^,]*$", re.IGNORECASE)


def _running_since(text: str, last: bool = False, subset: bool = False) -> re.Match[str] | None:
    """A "since ..." that starts a running total; "the deadliest quake since 1960" does not. With
    ``last`` (text before the figure), a since cut off from the figure by a clause or a closed aside
    does not count, unless the figure is a ``subset`` of an earlier one ("and that 115 of them")."""
    found = None
    for m in SINCE_RE.finditer(text):
        if _SUPERLATIVE_BEFORE_RE.search(text[max(0, m.start() - 60) : m.start()]):
            continue
        if last and (
            (not subset and _SINCE_BARRIER_RE.search(text, m.end()))
            or (_ASIDE_OPEN_RE.search(text, 0, m.start()) and "," in text[m.end() :])
        ):
            continue
        found = m
        if not last:
            break
    return found


_WAR_TOLL_RE = re.compile(
    r"\b(?:war|offensive|conflict|fighting|invasion)(?:\s+in\s+[\w'’-]+)?\s+(?:has|have)\s+(?:so\s+far\s+|now\s+)?killed\s+"
    r"(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)


_TOTAL_BARRIER_RE = CaselessPattern(re.compile(r";|,\s+(?:and|but|while|whereas)\s", re.IGNORECASE))
_YEAR_SO_FAR_RE = re.compile(
    r"\b(?:so\s+far\s+this\s+year|this\s+year\s+(?:so\s+far|to\s+date)|year\s+to\s+date)\b", re.IGNORECASE
)


def _running_total(text: str) -> bool:
    """A running-total marker ("so far", "to date", "in total"); "its largest estimate of the movement
    so far" / "the highest figure to date" ranks a figure and starts no total."""
    for m in _CUMULATIVE_RE.finditer(text):
        word = m.group(0).lower()
        if word.startswith(("so", "to")) and _SUPERLATIVE_BEFORE_RE.search(text, 0, m.start()):
            continue
        return True
    return False


#: "15 of the bodies recovered so far have been identified": the running total is the partitive's whole
_PARTITIVE_TOTAL_RE = re.compile(
    r"\s+of\s+(?:the|those|these)\s+(?:[\w-]+\s+){0,2}[\w-]+(?:ed|en)\s+(?:so\s+far|to\s+date)\b",
    re.IGNORECASE,
)


_SUBSET_AFTER_RE = re.compile(r"\s+of\s+(?:them|whom|those|these)\b", re.IGNORECASE)


#: "an appeal for $160 million to help victims of floods that have killed 1,136 since mid-June": the
#: running total is the relative clause's figure, not this one's
_RELATIVE_AFTER_RE = re.compile(r"\b(?:that|which|who)\s+(?:has|have|had)\b", re.IGNORECASE)
#: money asked for, given or promised in a month is one act ("the $160 million it sought in August",
#: "$30 million pledged in August", "announced $20 million during a visit in September")
_MONEY_ACT_RE = re.compile(
    r"\b(?:pledg\w*|sought|seek\w*|appeal\w*|announc\w*|promis\w*|offer\w*|donat\w*|committ\w*|raised"
    r"|approv\w*|gave|giv\w*|grant\w*|unveil\w*|earmark\w*|added|provided|released|disbursed|sent)\b",
    re.IGNORECASE,
)
_ONE_MONTH_RE = re.compile(
    rf"\b(?:in|during)\s+(?:the\s+month\s+of\s+)?{_MON}(?:\s+\d{{4}})?"
    rf"(?!\s*(?:(?:to|and|through|until)\s+{_MON}|[-–]|\d))",
    re.IGNORECASE,
)
#: a transit system's use counts trips over a day or an hour: "275,000 trips", "ridership at 1,001,616"
_TRANSIT_RE = CaselessPattern(
    re.compile(r"\b(?:trips|journeys|entries|rides|ridership|boardings|tap-ins)\b", re.IGNORECASE)
)


#: a rate, not a span: "$100 billion a year", "$2 million per day", "annually"
_RATE_RE = re.compile(
    r"\b(?:(?:a|per|each|every)\s+(?:day|week|month|year|night)|daily|weekly|monthly|annually|yearly)\b"
    r"|\bbetween\b",
    re.IGNORECASE,
)
_EARLY_SPAN_RE = re.compile(
    r"\b(?:in|within|during)\s+the\s+first\s+(?:\w+\s+)?(?:hours|days|weeks)\s+(?:after|of|since)\b",
    re.IGNORECASE,
)


def act_scope(scope: str, window: str, money: bool) -> str:
    """A money figure given, asked for or promised in one month ("$30 million pledged in August") or in
    the first days after a disaster ("released $5 million in the first days after the quake") is that
    act's (incident), not a period count; a rate ("$100 billion a year") stays one."""
    if (
        scope == "period"
        and money
        and (_ONE_MONTH_RE.search(window) or _EARLY_SPAN_RE.search(window))
        and _MONEY_ACT_RE.search(window)
        and not _RATE_RE.search(window)
    ):
        return "incident"
    return scope


_FIRST_HOURS_RE = re.compile(
    r"\b(?:in|within|during)\s+the\s+first\s+(?:few\s+|\w+\s+)?hours\b(?!\s+(?:of|after|since)\s+(?:the\s+)?"
    r"(?:war|invasion|offensive|campaign|strikes|bombardment|operation)\b)",
    re.IGNORECASE,
)
_HOURS_COUNTS = frozenset(("killed", "injured", "missing", "rescued", "count"))


def first_hours_scope(scope: str, window: str, metric: str) -> str:
    """A toll told "in the first hours after the crush" is the incident's toll as counted then, not a
    count of what befell people over a span: the span says when the figure was given."""
    if scope == "period" and metric in _HOURS_COUNTS and _FIRST_HOURS_RE.search(window):
        return "incident"
    return scope


def transit_scope(scope: str, subject: str, before: str) -> str:
    """Trips, entries and ridership of a transit system are counted over a span (a day, a morning)."""
    if scope == "incident" and (
        _TRANSIT_RE.search(subject) if subject else _TRANSIT_RE.search(before, max(0, len(before) - 40))
    ):
        return "period"
    return scope


def scope_of(before: str, after: str, clause_rest: str = "", lead: str = "") -> tuple[str, str]:
    """(scope, since phrase) from the text before and after a figure, both already bounded by the
    neighbouring figures, the rest of its clause beyond the next figure ("40,005 killed and 92,401
    wounded since October 7") and the sentence before the previous figure (``lead``: "From January to
    April it verified 664 deaths and 3,425 injuries"). A period marker right after the figure wins over a
    running total."""
    p_after = _period(after)
    s_after = _running_since(after)
    if p_after is not None and (s_after is None or p_after.start() < s_after.start()):
        return "period", ""
    s_before = _running_since(before, last=True, subset=_SUBSET_AFTER_RE.match(after) is not None)
    if s_after is None and s_before is None and clause_rest:
        rest = _CLAUSE_END_RE.split(clause_rest, maxsplit=1)[0]
        s_rest = _running_since(rest)
        if s_rest is not None and not _RELATIVE_AFTER_RE.search(after):
            p_rest = _period(rest)
            if p_rest is None or s_rest.start() < p_rest.start():
                s_after = s_rest
    since = s_after or s_before
    if since is not None:
        return "cumulative", since.group(0)
    # "found 40 bodies so far, and 300 houses collapsed": the marker of the clause before is not this one's
    own_total = _TOTAL_BARRIER_RE.split(before)[-1]
    if (_running_total(after) and not _PARTITIVE_TOTAL_RE.match(after)) or _running_total(own_total):
        # "Israel's offensive has killed 33,843": a war's own toll runs from the war's start
        war = _WAR_TOLL_RE.search(before)
        if war is not None:
            return "cumulative", war.group(0)
        # "so far this year": a running total from the first of January
        year = _YEAR_SO_FAR_RE.search(after) or _YEAR_SO_FAR_RE.search(before)
        return "cumulative", year.group(0) if year is not None else ""
    rest = _CLAUSE_END_RE.split(clause_rest, maxsplit=1)[0] if clause_rest else ""
    if _span(after, before) or (rest and _span(rest, before + after)):
        return "period", ""
    own = _CLAUSE_END_RE.split(before)[-1]  # "... it had claimed in 2014, while police said 190,000"
    if _span(own, "", leads=True) and not _dated_one(own + after) and not (lead and _ONE_ACT_RE.search(lead)):
        return "period", ""
    if (
        lead
        and not _CLAUSE_END_RE.search(before)
        and _span(lead + before, "", leads=True)
        and not _dated_one(lead + before + after)
    ):
        return "period", ""  # a span opening the sentence bounds every count of its clause
    # "the largest number in a single day ..., as ... a strike killed seven workers": another event's
    # clause; a contrast ("$400 billion a year, while others range from ...") shares the frame
    framed = _EVENT_CLAUSE_RE.split(before)[-1]
    p_before = _period(framed)
    if p_before is not None and not _TOTAL_AFTER_RE.search(framed, p_before.end()):
        return "period", ""
    return "incident", ""


#: a figure that carries on the story's running count: a perfect tense ("33 million people had been
#: affected", "66 districts have now been declared") or a toll ("put the toll at the time at 1,400")
_CONTINUES_RE = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|also\s+|so\s+far\s+|since\s+)?(?:been\s+)?(?:[a-z]+ed|[a-z]+en|hit|left)\b"
    r"|\btoll\b",
    re.IGNORECASE,
)
_OWN_INCIDENT_RE = re.compile(
    r"\b(?:attack|strike|airstrike|blast|explosion|bombing|shooting|raid|crash|collapse|ambush|massacre"
    r"|stampede|shelling|landslide|accident|incident|(?:on|last)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.IGNORECASE,
)
_CONTINUED_METRICS = frozenset(("killed", "injured", "missing", "displaced", "affected", "count"))
_SUBSET_LINK_RE = re.compile(
    r"(?:,\s*(?:with|including|among\s+them)|^\s*(?:[a-z]+\s+){0,3}(?:and|,))\s+$", re.IGNORECASE
)


def continues_running(
    window: str, metric: str, between: str = "", prev_scope: str = "", story_running: bool = True
) -> bool:
    """Whether an incident-scoped figure continues the running count the article opened with a start
    date ("killed 1,061 since the monsoon began on June 14 ... It added that 33 million people had been
    affected"): its clause ``window`` is in a perfect tense or names the toll, and names no incident of
    its own ("in Saturday's strike"). A subset of a running figure in the same sentence (``between``:
    ", with 384 children ... among the dead") runs with it."""
    if prev_scope == "cumulative" and metric != "percent" and _SUBSET_LINK_RE.search(between):
        return True  # "had provided $67 billion in weapons and $31.5 billion in budget support"
    if metric not in _CONTINUED_METRICS:
        return False
    if not story_running or (" ha" not in window and "toll" not in window):
        return False
    if _CONTINUES_RE.search(window) is None:
        return False
    return _period(window) is None and _OWN_INCIDENT_RE.search(window) is None


#: "killed 200 people across six states": the places a toll spread over
_PLACE_NOUNS_RE = re.compile(
    r"\b(?:states|provinces|districts|countries|regions|counties|cities|towns|villages|prefectures"
    r"|governorates|municipalities|communities|islands|territories|departments|oblasts)$",
    re.IGNORECASE,
)
_EXTENT_RE = re.compile(r"\s*,?\s*(?:in|across|throughout|over|spanning|spread\s+over)\s+", re.IGNORECASE)


def place_extent(between: str, subject: str) -> bool:
    """Whether a count of places says where the figure before it happened ("Helene has killed more than
    200 people across six states so far"): ``between`` runs from the end of that figure to this one. Such
    a count is part of the same statement and shares its scope; a "so far" after it is the toll's."""
    return _EXTENT_RE.fullmatch(between) is not None and _PLACE_NOUNS_RE.search(subject) is not None


#: a one-off incident: its toll "so far" is still the incident's own
_SUDDEN_RE = CaselessPattern(
    re.compile(
        r"\b(?:(?:earth)?quakes?|tremors?|explosions?|blasts?|fires?|blazes?|wildfires?|shipwrecks?|capsiz\w+|sank|sinks"
        r"|sinking|attacks?|gunmen|shooting|stampede|crash(?:ed)?|collapsed?|landslides?|mudslides?|tsunami"
        r"|flash\s+floods?|dams?\s+burst)\b",
        re.IGNORECASE,
    )
)
#: a long-running event whose counts run from its start
_LONG_RUNNING_RE = CaselessPattern(
    re.compile(
        r"\b(?:war|offensive|invasion|conflict|monsoon|season|campaign|drought|famine|epidemic|pandemic|outbreak"
        r"|crackdown|unrest|uprising|siege|blockade|protests)\b",
        re.IGNORECASE,
    )
)
_SUDDEN_SINCE_RE = re.compile(
    r"^since\s+(?:the|this|that|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,2}(?:quake|earthquake|attack|explosion|blast"
    r"|fire|disaster|strike)$",
    re.IGNORECASE,
)


def sudden_story(title: str, text: str) -> bool:
    """Whether the article tells of a one-off incident (a quake, a blast, a fire, a shipwreck, an
    attack) and of no long-running event (a war, a season, a protest movement, a fund)."""
    lead = title + "\n" + text[:600]
    return _SUDDEN_RE.search(lead) is not None and _LONG_RUNNING_RE.search(title + "\n" + text) is None


def incident_total(scope: str, since_phrase: str, sudden: bool) -> str:
    """A one-off incident's count "so far" or "since the quake" is the incident's toll, still rising:
    ``incident``; a total from a stated date keeps running."""
    if scope == "cumulative" and sudden and (not since_phrase or _SUDDEN_SINCE_RE.match(since_phrase)):
        return "incident"
    return scope


#: money a donor has given or spent so far: "the United States had provided $67 billion", "Congress has
#: appropriated $183 billion", "persuaded the United States to spend $350 billion on a war"
_GIVEN_SO_FAR_RE = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+|actually\s+|together\s+|also\s+)?(?:been\s+)?"
    r"(?:provided|given|spent|sent|delivered|appropriated|allocated|disbursed|contributed|covered|reached|come"
    r"|pledged|committed|donated)\b|\bspend\s+\S+\s+(?:\w+\s+)?on\s+(?:a|the|this|its)\s+war\b",
    re.IGNORECASE,
)
_WAR_WORD_RE = re.compile(r"\b(?:war|invasion|offensive)\b", re.IGNORECASE)


def given_so_far(window: str) -> bool:
    """Whether a money figure's clause tells what a donor has given or spent so far: in a war story, a
    running total from the war's start."""
    return _GIVEN_SO_FAR_RE.search(window) is not None


#: a war's standing toll of the uprooted and the held: "1.7 million people ... have been displaced",
#: "111 hostages are still held"
_WAR_STATE_RE = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:now\s+|also\s+|so\s+far\s+)?been\s+(?:displaced|uprooted|forced\s+from)"
    r"|(?:are|is|were|remain|remains)\s+(?:still\s+)?(?:held|in\s+captivity))\b",
    re.IGNORECASE,
)


def war_state(sentence_rest: str) -> bool:
    """Whether a displaced or hostage figure's clause states a war's standing total (a perfect tense
    or "still held") and names no incident of its own."""
    return _WAR_STATE_RE.search(sentence_rest) is not None and _OWN_INCIDENT_RE.search(sentence_rest) is None


def war_story(title: str, text: str) -> bool:
    """Whether the article is about a war (its start date may then be looked up)."""
    return _WAR_WORD_RE.search(title) is not None or _WAR_WORD_RE.search(text, 0, 1500) is not None


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
