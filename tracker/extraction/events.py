"""Event linking: which incident or running total a figure is about.

Two pieces, both pure Python:

- :func:`event_hint` reads a sentence (plus the article's dateline and title) for places,
  incident words and salient keywords.
- :class:`EventLinker` holds known events (:class:`EventRef`) and links each claim of a new
  article to the best one, or creates a new one with a readable title.

How a claim is linked
---------------------
* Running totals (``scope == "cumulative"``, or a war-level "in the past 24 hours" casualty
  count) join a *series event* keyed by (regions, metric family, start date), e.g. "Gaza war
  toll since 2023-10-07". The start date comes from the claim, its sentence, or
  :data:`tracker.extraction.dates.KNOWN_START_DATES`.
* Incidents have an *event class* read from incident words: ``disaster`` (earthquake, flood,
  storm, fire, heatwave, ...), ``attack`` (strike, shelling, raid, shooting, ...), ``protest``
  (march, rally, walkout, labour strike, ...), ``maritime`` (shipwreck, capsized, sank),
  ``accident`` (stampede, building collapse, crash), ``aid`` (aid trucks, airdrops),
  ``conference`` (summit, pledges) or ``other``. Disasters whose hazards share no family (a
  wildfire and a flood) are never one event. A claim whose sentence has no incident word, no date of its own and no conflicting
  place inherits the article's main incident (from the title and lead paragraph) or the
  previous claim in the same paragraph: claims of one article about one incident land on one
  event.
* Countries named in a sentence without an incident word of its own (or an undated disaster
  sentence: "12 Pakistanis survived the sinking") add to the article's regions, not replace them;
  running totals only join a series of the same regions (no region joins only no region).
* An incident matches a known event of the same class when their regions overlap, their days
  fit the class's window (:data:`CLASS_WINDOWS`: a protest or a strike is one day, an
  earthquake toll keeps rising for weeks, a summit lasts two), and no named facility conflicts
  ("al-Tabi'in school" vs "Mustafa Hafez school"). Among matches the best score wins: shared
  places, shared incident words, keyword similarity (rapidfuzz) and closeness in days. An
  unclassified figure and an incident naming the same facility match either way round.
* Articles arrive in any order, and the grouping must not depend on it: windows are applied
  both ways (an event first made from a later report of a rising toll takes the earlier
  reports), an event's day is its earliest stated day, and a day only inferred (from the
  publication day) is an upper bound: such an event carries a ``day:inferred`` mark, takes
  claims up to :data:`INFERRED_SLACK` days earlier and is re-dated by the first stated day.
* A count's own day ("the toll stood at 140 on Wednesday", "by Saturday evening 214 deaths had
  been registered") is the day of the count: it bounds the incident's day from above and never
  makes a new incident. A further disaster ("another earthquake struck on Wednesday. That quake
  killed one") is an event of its own day (a ``day:exact`` mark): it takes only figures that name
  a disaster of that day, never the first one's rising toll.
* Regions: a figure counted in another country than the article's incident ("In Thailand, 20
  people had died" in a story of an earthquake in Myanmar) is that country's event, unless the
  lead counts its toll in one country of several ("the death toll in Turkey"); the incident's own
  country (its first region) weighs in the score more than countries merely named along.
* Money given so far ("had provided $67 billion in weapons", "spent $350 billion on a war") in a
  story that is not about an incident is a running total of its donor and recipient.
* Money figures in an article about a disaster, attack or protest (relief payments, a
  reconstruction plan; not an appeal for its needs, nor what it destroyed) are a separate
  ``funding`` event, and rates, averages, targets and pre-war norms ("500 trucks a day", "$100
  billion a year") a separate ``rate`` event; both match by keyword similarity
  (:data:`KEYWORD_THRESHOLD`).
* Dates: a date attached to the figure in its sentence (``dates.attached_date``) dates it;
  "said on Monday" dates a statement and is ignored for attacks and disasters; a dateline's
  date ("JERUSALEM, Aug 12 -") is the filing day, never the incident's; a past year ("the 1960
  Agadir earthquake") marks an older event. Otherwise the claim takes the main incident's day
  from the title or lead (stated when the clause telling the incident gives it: "a strike hit
  the school before sunrise on Saturday"), else the publication day, inferred.
* Context: the lead is the first paragraph (a text with no blank line has one paragraph a
  line); the dateline places the lead's story, not another incident a later sentence tells;
  "the attack" refers back to the article's incident (a country speaking about it does not
  move it); the first figure of a paragraph, in a sentence with no incident word, takes the
  incident the sentence before it named.
* The claim's ``scope`` is trusted with a few corrections: a war total ("killed since October
  7", a "since" more than :data:`RUNNING_TOTAL_MIN_DAYS` old, "still held") is a running total
  even when marked incident; a sudden disaster's rising toll and protest turnout are not.

Using it from the Django side
-----------------------------
Build ``EventRef`` objects from the candidate events (every running total, and incidents whose
day is within 60 days before / 2 days after the article) with ``EventRef.from_row``, create
``EventLinker(refs)``, call ``linker.link(claim, title, text, published_at)`` for every claim of
the article in text order (or ``linker.link_article(claims, ...)``), then create
``linker.new_events`` (``ref.id is None``; ``ref.to_row()`` gives the model fields) and save
the places/terms/keywords/day/since of ``linker.touched``. Events are compared by ``ref.key``
(``str(pk)`` for stored events). Bench: ``bench/event_linking.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Protocol

from rapidfuzz import fuzz

from tracker.extraction.dates import (
    KNOWN_WAR_NAMES,
    DateExpr,
    attached_date,
    dated_expressions,
    find_dates,
    known_start,
    month_end,
    resolve_as_of,
    resolve_since,
)
from tracker.extraction.sources import fold
from tracker.extraction.types import EventHint

# ---------------------------------------------------------------------------------------------
# vocabulary

#: Surface word -> canonical incident term.
INCIDENT_WORDS: dict[str, str] = {
    # disasters
    "earthquake": "earthquake",
    "earthquakes": "earthquake",
    "quake": "earthquake",
    "quakes": "earthquake",
    "tremor": "earthquake",
    "tremors": "earthquake",
    "aftershock": "earthquake",
    "aftershocks": "earthquake",
    "seismic": "earthquake",
    "flood": "flood",
    "floods": "flood",
    "flooding": "flood",
    "flash": "flood",
    "landslide": "landslide",
    "landslides": "landslide",
    "mudslide": "landslide",
    "deluge": "flood",
    "inundated": "flood",
    "inundation": "flood",
    "torrential": "flood",
    "downpour": "flood",
    "downpours": "flood",
    "dana": "flood",
    "monsoon": "flood",
    "dam burst": "flood",
    "dams burst": "flood",
    "dam collapse": "flood",
    "storm": "storm",
    "storms": "storm",
    "cyclone": "storm",
    "cyclones": "storm",
    "hurricane": "storm",
    "hurricanes": "storm",
    "typhoon": "storm",
    "typhoons": "storm",
    "tornado": "storm",
    "tornadoes": "storm",
    "tornados": "storm",
    "blizzard": "storm",
    "medicane": "storm",
    "tsunami": "tsunami",
    "avalanche": "landslide",
    "avalanches": "landslide",
    "wildfire": "wildfire",
    "wildfires": "wildfire",
    "blaze": "wildfire",
    "blazes": "wildfire",
    "fire": "wildfire",
    "fires": "wildfire",
    "bushfire": "wildfire",
    "bushfires": "wildfire",
    "firestorm": "wildfire",
    "inferno": "wildfire",
    "eruption": "eruption",
    "volcano": "eruption",
    "volcanic": "eruption",
    "heatwave": "heatwave",
    "heatwaves": "heatwave",
    "heat wave": "heatwave",
    "heat waves": "heatwave",
    "heatstroke": "heatwave",
    "extreme heat": "heatwave",
    # accidents: a toll that is counted for days, like a disaster's
    "stampede": "stampede",
    "stampedes": "stampede",
    "crowd crush": "stampede",
    # "the Itaewon Halloween crush", "the crush at the stadium gate": a crowd crush named by its place
    "crush": "stampede",
    # a mine's fire or firedamp explosion: one disaster, counted for days like a fire's
    "mining disaster": "mine disaster",
    "mine disaster": "mine disaster",
    "mining accident": "mine disaster",
    "mine accident": "mine disaster",
    "pit disaster": "mine disaster",
    "colliery disaster": "mine disaster",
    "firedamp": "mine disaster",
    "firedamp blast": "mine disaster",
    "firedamp explosion": "mine disaster",
    "methane blast": "mine disaster",
    "methane explosion": "mine disaster",
    "building collapse": "collapse",
    "bridge collapse": "collapse",
    "mine collapse": "collapse",
    "roof collapse": "collapse",
    "tower collapse": "collapse",
    "collapsed building": "collapse",
    "collapsed buildings": "collapse",
    "derailment": "crash",
    "derailed": "crash",
    "crash": "crash",
    "crashed": "crash",
    "collision": "crash",
    "collided": "crash",
    "drought": "drought",
    "famine": "famine",
    "outbreak": "outbreak",
    "cholera": "outbreak",
    "epidemic": "outbreak",
    # attacks
    "strike": "strike",
    "strikes": "strike",
    "airstrike": "strike",
    "airstrikes": "strike",
    "air strike": "strike",
    "air strikes": "strike",
    "bombing": "strike",
    "bombings": "strike",
    "bombardment": "strike",
    "bombed": "strike",
    "shelling": "strike",
    "shelled": "strike",
    "missile": "strike",
    "missiles": "strike",
    "rocket": "strike",
    "rockets": "strike",
    "drone": "strike",
    "drones": "strike",
    "attack": "attack",
    "attacks": "attack",
    "assault": "attack",
    "raid": "raid",
    "raids": "raid",
    "incursion": "raid",
    "explosion": "explosion",
    "explosions": "explosion",
    "blast": "explosion",
    "blasts": "explosion",
    "shooting": "shooting",
    "shootings": "shooting",
    "gunfire": "shooting",
    "gunman": "shooting",
    "gunmen": "shooting",
    "stabbing": "attack",
    # a bomber names the attack he carried out: "A suicide bomber blew himself up ..., killing 22"
    "bomber": "attack",
    "bombers": "attack",
    "suicide bomber": "attack",
    "suicide bombing": "strike",
    "bomb": "explosion",
    "bombs": "explosion",
    "blew himself up": "explosion",
    "detonated": "explosion",
    "massacre": "attack",
    "ambush": "attack",
    # "the Beslan school siege", "the Westgate siege": a hostage-taking, an attack lasting days
    "siege": "siege",
    "gas leak": "leak",
    "chemical leak": "leak",
    # targets (facilities) - modifiers, not classes
    "school": "school",
    "schools": "school",
    "hospital": "hospital",
    "hospitals": "hospital",
    "clinic": "hospital",
    "mosque": "mosque",
    "church": "church",
    "camp": "camp",
    "camps": "camp",
    "shelter": "shelter",
    "shelters": "shelter",
    "convoy": "convoy",
    "market": "market",
    "bakery": "bakery",
    "tent": "camp",
    "tents": "camp",
    "checkpoint": "checkpoint",
    "building": "building",
    "tower": "building",
    "home": "home",
    "house": "home",
    "concert": "festival",
    "festival": "festival",
    "kibbutz": "kibbutz",
    "theatre": "theatre",
    "theater": "theatre",
    "theatres": "theatre",
    "theaters": "theatre",
    # protests
    "protest": "protest",
    "protests": "protest",
    "protesters": "protest",
    "protestors": "protest",
    "march": "march",
    "marches": "march",
    "marchers": "march",
    "marched": "march",
    "rally": "protest",
    "rallies": "protest",
    "rallied": "protest",
    "demonstration": "protest",
    "demonstrations": "protest",
    "demonstrators": "protest",
    "walkout": "walkout",
    "walkouts": "walkout",
    "turnout": "protest",
    "picket": "walkout",
    "stoppage": "walkout",
    "riot": "protest",
    "riots": "protest",
    # maritime
    "shipwreck": "shipwreck",
    "shipwrecks": "shipwreck",
    "wreck": "shipwreck",
    "train wreck": "crash",
    "car wreck": "crash",
    "plane wreck": "crash",
    "capsized": "shipwreck",
    "capsize": "shipwreck",
    "capsizing": "shipwreck",
    "sank": "shipwreck",
    "sunk": "shipwreck",
    "sunken": "shipwreck",
    "sinking": "shipwreck",
    "sinks": "shipwreck",
    "ferry": "boat",
    "dinghy": "boat",
    "ship": "boat",
    "boat": "boat",
    "vessel": "boat",
    "trawler": "boat",
    # aid
    "trucks": "aid",
    "truck": "aid",
    "truckloads": "aid",
    "lorries": "aid",
    "airdrop": "airdrop",
    "airdrops": "airdrop",
    "aid": "aid",
    "crossing": "crossing",
    "deliveries": "aid",
    # conferences and pledges
    "summit": "summit",
    "conference": "summit",
    "cop28": "summit",
    "cop": "summit",
    "pledge": "pledge",
    "pledges": "pledge",
    "pledged": "pledge",
    "pledging": "pledge",
    "fund": "fund",
}

#: Canonical term -> event class. Terms missing here (facilities, "boat") only refine matching.
TERM_CLASS: dict[str, str] = {
    **dict.fromkeys(
        (
            "earthquake",
            "flood",
            "landslide",
            "storm",
            "tsunami",
            "wildfire",
            "fire",
            "eruption",
            "heatwave",
            "drought",
            "famine",
            "outbreak",
        ),
        "disaster",
    ),
    **dict.fromkeys(("stampede", "collapse", "collapsed", "crash", "mine disaster", "leak"), "accident"),
    **dict.fromkeys(("strike", "attack", "raid", "explosion", "shooting", "siege"), "attack"),
    **dict.fromkeys(("protest", "march", "walkout"), "protest"),
    "shipwreck": "maritime",
    **dict.fromkeys(("aid", "airdrop", "crossing"), "aid"),
    **dict.fromkeys(("summit", "pledge", "fund"), "conference"),
}

#: Facilities: two events naming different facilities of one kind are different incidents.
FACILITY_TERMS = frozenset(
    {"school", "hospital", "mosque", "church", "camp", "shelter", "convoy", "market", "bakery", "building",
     "theatre", "theater"}
)  # fmt: skip

#: Per class: (days before the event's day a claim may describe, days after). A claim whose
#: day is only inferred from publication gets :data:`INFERRED_SLACK` more days after.
CLASS_WINDOWS: dict[str, tuple[int, int]] = {
    "disaster": (2, 60),
    "attack": (1, 1),
    "protest": (0, 0),
    "maritime": (1, 30),
    "accident": (1, 30),
    "aid": (0, 0),
    "conference": (3, 16),
    "funding": (7, 45),
    "rate": (30, 30),
    "other": (2, 7),
}
INFERRED_SLACK = 10
#: A siege (a hostage-taking) is told day by day until it ends: its reports span this many days either way
SIEGE = "siege"
SIEGE_DAYS = 5

#: Minimum rapidfuzz token_set_ratio between keyword sets for ``funding``/``other`` events.
KEYWORD_THRESHOLD = 55.0

_LABOUR = re.compile(
    r"\b(?:unions?|pensions?|walkouts?|teachers|rail(?:way)?s?|refiner(?:y|ies)|wages?|pay\s+rise|"
    r"general\s+strike|strikers|picket(?:s|ing)?|industrial\s+action|on\s+strike|strike\s+action|"
    r"day\s+of\s+action|turnout|marchers|demonstrators|protests?)\b",
    re.IGNORECASE,
)
_DAILY = re.compile(
    r"\b(?:(?:past|preceding|previous|last)\s+(?:24|48|twenty-four|forty-eight)\s+hours|"
    r"(?:past|previous|preceding)\s+day|in\s+a\s+single\s+day|overnight\s+toll)\b",
    re.IGNORECASE,
)

METRIC_FAMILY: dict[str, str] = {
    "killed": "casualties",
    "injured": "casualties",
    "missing": "casualties",
    "displaced": "displaced",
    "evacuated": "displaced",
    "affected": "displaced",
    "detained": "hostages",
    "hostages": "hostages",
    "rescued": "rescued",
    "aid": "aid",
    "money": "money",
    "percent": "other",
    "count": "other",
}
_FAMILY_TITLE = {
    "casualties": "toll",
    "displaced": "displacement",
    "hostages": "hostages and detainees",
    "rescued": "rescues",
    "aid": "aid deliveries",
    "money": "funding",
    "other": "figures",
}
_CLASS_TITLE = {
    "disaster": "",
    "attack": "Strike",
    "protest": "Protests",
    "maritime": "Shipwreck",
    "accident": "Accident",
    "aid": "Aid entry",
    "conference": "Pledges",
    "funding": "Funding",
    "rate": "Rates and targets",
    "other": "Figures",
}

_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "without",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "not",
        "no",
        "nor",
        "so",
        "than",
        "then",
        "that",
        "this",
        "these",
        "those",
        "there",
        "their",
        "they",
        "them",
        "it",
        "its",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "you",
        "your",
        "who",
        "whom",
        "whose",
        "which",
        "what",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "both",
        "each",
        "few",
        "more",
        "most",
        "other",
        "some",
        "such",
        "only",
        "own",
        "same",
        "too",
        "very",
        "can",
        "will",
        "just",
        "should",
        "now",
        "said",
        "says",
        "say",
        "told",
        "according",
        "also",
        "after",
        "before",
        "over",
        "under",
        "into",
        "out",
        "up",
        "down",
        "about",
        "against",
        "between",
        "through",
        "during",
        "again",
        "further",
        "once",
        "here",
        "while",
        "per",
        "least",
        "at",
        "more",
        "than",
        "nearly",
        "almost",
        "around",
        "about",
        "some",
        "including",
        "included",
        "among",
        "since",
        "until",
        "would",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "hundred",
        "thousand",
        "million",
        "billion",
        "people",
        "figure",
        "figures",
        "toll",
        "number",
        "numbers",
        "total",
        "latest",
        "new",
        "added",
        "statement",
        "officials",
        "official",
        "spokesman",
        "spokeswoman",
        "reported",
        "reports",
        "report",
        "saying",
        "quoted",
        "citing",
        "cited",
        "told",
        "tuesday",
        "monday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "yesterday",
        "today",
        "week",
        "weeks",
        "day",
        "days",
        "month",
        "months",
        "year",
        "years",
        "percent",
        "per",
        "cent",
        "mr",
        "ms",
        "dr",
    ]
)

_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z'’.\- ]{1,40}[A-Z])(?:,\s*(?P<country>[A-Z][A-Za-z .'-]{1,30}))?\s*"
    r"(?:\((?:[A-Za-z ]{1,30})\)\s*)?[:—–-]",
)
_CAP_SEQ = re.compile(
    r"(?:(?:[Aa]l|[Ee]l|[Aa]d|[Aa]r|[Aa]s|[Aa]sh|[Aa]t|[Aa]z)[-\s])?[A-Z][\w'’]*(?:-[A-Z]?[\w'’]+)*"
    r"(?:\s+(?:(?:al|el|de|du|des|la|le|bin|ibn|abu|of)[-\s]+)?[A-Z][\w'’]*(?:-[A-Z]?[\w'’]+)*)*"
)
_PLACE_PREP = re.compile(
    r"\b(?:in|at|near|outside|inside|across|around|from|into|to|towards|toward|hit|struck|targeted|"
    r"on|of\s+(?:the\s+)?(?:city|town|village|province|region|district|neighbourhood|neighborhood|camp)\s+of)"
    r"\s+(?:the\s+)?(?:northern\s+|southern\s+|eastern\s+|western\s+|central\s+|southeastern\s+|"
    r"southwestern\s+|northeastern\s+|northwestern\s+|besieged\s+|occupied\s+)?$",
    re.IGNORECASE,
)
_FACILITY_AFTER = re.compile(
    r"^\s+(?P<noun>school|hospital|mosque|church|camp|refugee\s+camp|shelter|market|bakery|neighbourhood|"
    r"neighborhood|district|province|region|governorate|stadium|crossing|port|square|building|tower|theatre|"
    r"theater)\b",
    re.IGNORECASE,
)
_FACILITY_BEFORE = re.compile(
    r"\b(?P<noun>school|hospital|mosque|church|camp|shelter|market|crossing)\s+(?:in|of|at)\s+$",
    re.IGNORECASE,
)
_NOT_PLACE = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "In",
        "On",
        "At",
        "Of",
        "For",
        "And",
        "But",
        "Or",
        "By",
        "With",
        "From",
        "To",
        "As",
        "According",
        "Israeli",
        "Israel's",
        "Palestinian",
        "Palestinians",
        "Hamas",
        "Gazan",
        "Turkish",
        "Syrian",
        "Moroccan",
        "French",
        "Russian",
        "Ukrainian",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        # month abbreviations of wire copy: "since police began their crackdown on Jan. 28"
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "Mr",
        "Ms",
        "Dr",
        "President",
        "Prime",
        "Minister",
        "Ministry",
        "UN",
        "United",
        "Nations",
        "Red",
        "Cross",
        "Crescent",
        "Civil",
        "Defence",
        "Defense",
        "Health",
        "Interior",
        "Agency",
        "Office",
        "Police",
        "Army",
        "Military",
        "Forces",
        "Government",
        "Authority",
        "Council",
        "Committee",
        "Organisation",
        "Organization",
        "Fund",
        "Programme",
        "Reuters",
        "AFP",
        "AP",
        "Islamic",
        "Jihad",
        "Christmas",
        "Ramadan",
        "Eid",
        "God",
    ]
)
_PLACE_SUFFIX_DROP = re.compile(r"['’]s$")
_CALENDAR_WORDS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
     "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)  # fmt: skip

_WORD_RE = re.compile(r"[a-z][a-z'’-]+")


_fold = fold


def place_key(place: str) -> str:
    """Comparison key for a place: folded, no apostrophes, "al-"/"el-" prefixes dropped."""
    s = _fold(place).replace("’", "").replace("'", "")
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    s = re.sub(r"\b(?:al|el|ad|ar|as|ash|at|az|the)\s+", "", s)
    # American and British spellings of one building ("drama theater", "drama theatre").
    return re.sub(r"\b(theat|cent)er\b", r"\1re", s)


@lru_cache(maxsize=1)
def _region_terms() -> dict[str, str]:
    """Region word -> region name, from the source registry's region table."""
    from tracker.extraction.sources import SourceRegistry

    table: dict[str, str] = {}
    for region, terms in SourceRegistry.default().regions.items():
        for term in terms:
            table.setdefault(term, region)
    return table


_NOT_REGION = re.compile(
    r"agence\s+france[-\s]presse|france[-\s]presse|france\s+24|radio\s+france|france\s+info|"
    r"france\s+televisions|new\s+york\s+times|washington\s+post|times\s+of\s+israel|jerusalem\s+post",
    re.IGNORECASE,
)


def regions_in(text: str) -> Counter[str]:
    """Region names mentioned in ``text`` (by the registry's region words), with counts."""
    norm = f" {_NON_ALNUM.sub(' ', _fold(_NOT_REGION.sub(' ', text)))} "
    table = _region_terms()
    return Counter(table[term] for _, term in _region_hits(norm))


#: "the death toll in Turkey", "killed in Turkey": a toll counted in one country of the incident.
_TOLL_IN = re.compile(
    r"\b(?:toll|killed|dead|deaths|died)\s+in\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,3}", re.IGNORECASE
)
_LOCATIVE = re.compile(
    r"\b(?:in|across|inside|throughout|within)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|northern|southern|"
    r"eastern|western|central|capital|city\s+of)\s+)?$"
)
#: Where someone speaks is not where the figure happened ("told reporters in Geneva").
_SPEAKER_PLACE = re.compile(
    r"\b(?:said|says|told|reporters|journalists|briefing|conference|statement|speaking|spoke|based|"
    r"headquartered|meeting|summit|talks|visit|visiting)\s+(?:\w+\s+){0,2}(?:in|at)\s+(?:the\s+)?$"
)
#: A local authority named by its place speaks for that place ("Bangkok City Hall said").
_LOCAL_AUTHORITY_AFTER = re.compile(
    r"^\s(?:city\s+hall|metropolitan|municipality|governor|mayor|city\s+council|local\s+authorities|"
    r"provincial|province|prefecture|district)\b"
)


def located_regions(text: str) -> tuple[str, ...]:
    """Regions named as where something happened ("in Thailand", "across Bangkok"), not as origins
    ("from Pakistan") or adjectives ("Thai officials")."""
    norm = f" {_NON_ALNUM.sub(' ', _fold(_NOT_REGION.sub(' ', text)))} "
    table = _region_terms()
    out: list[str] = []
    for start, term in _region_hits(norm):
        if _is_adjective(term):
            continue
        before = norm[max(0, start - 40) : start]
        if _SPEAKER_PLACE.search(before):
            continue
        end = start + len(term)
        if _LOCATIVE.search(before) or _LOCAL_AUTHORITY_AFTER.match(norm[end : end + 30]):
            out.append(table[term])
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _region_words() -> tuple[str, ...]:
    """All region words of three letters or more, longest first."""
    return tuple(sorted((t for t in _region_terms() if len(t) >= 3), key=len, reverse=True))


@lru_cache(maxsize=1)
def _region_regex() -> re.Pattern[str]:
    """All region words of three letters or more, longest first, between spaces."""
    return re.compile(r"(?<= )(?:" + "|".join(re.escape(t) for t in _region_words()) + r")(?= )")


_PLAIN_WORDS = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")


@lru_cache(maxsize=1)
def _region_index() -> dict[str, tuple[str, ...]] | None:
    """Region words by their first word, each list in the regex's order; None if a region word is
    not plain words between single spaces (then only the regex can say where it matches)."""
    index: dict[str, list[str]] = {}
    for term in _region_words():
        if not _PLAIN_WORDS.fullmatch(term):
            return None
        index.setdefault(term.split(" ", 1)[0], []).append(term)
    return {first: tuple(terms) for first, terms in index.items()}


def _region_hits(norm: str) -> list[tuple[int, str]]:
    """Where ``_region_regex()`` matches in ``norm`` and what: the same matches, found by looking up
    each word. The regex tries its ~700 words at every word of every sentence; a region word between
    spaces can only start at a word that is its own first word."""
    index = _region_index()
    if index is None:
        return [(m.start(), m.group(0)) for m in _region_regex().finditer(norm)]
    hits: list[tuple[int, str]] = []
    if index.keys().isdisjoint(norm.split()):
        return hits
    pos = 0
    end = 1  # the lookbehind: nothing matches at 0
    for word in norm.split(" "):
        start = pos
        pos += len(word) + 1
        if start < end:
            continue
        for term in index.get(word, ()):
            if norm.startswith(term, start) and norm.startswith(" ", start + len(term)):
                hits.append((start, term))
                end = start + len(term)
                break
    return hits


_NON_ALNUM = re.compile(r"[^a-z0-9]+")


# ---------------------------------------------------------------------------------------------
# hints


#: armed men whose storming of a place is an attack
_ARMED_MEN = frozenset(
    (
        "fighters",
        "gunmen",
        "militants",
        "insurgents",
        "jihadists",
        "attackers",
        "rebels",
        "militiamen",
        "assailants",
    )
)
#: the words that end a news outlet's name ("Monsoon Wire", "Cyclone Radio")
_OUTLET_WORDS = frozenset(
    ("wire", "news", "times", "post", "herald", "radio", "broadcasting", "press", "tribune", "gazette", "courier",
     "daily", "journal", "chronicle", "ledger", "observer", "express", "tv", "television", "media", "review")
)  # fmt: skip


def _term_positions(text: str) -> list[tuple[str, int]]:
    """Canonical incident terms of ``text`` with the offset of the word that names each."""
    lowered = _fold(text)
    matches = list(re.finditer(r"[a-z0-9]+", lowered))
    words = [m.group(0) for m in matches]
    labour: bool | None = None
    aid_context: bool | None = None
    out: list[tuple[str, int]] = []
    skip = -1
    for i, word in enumerate(words):
        if i == skip:
            continue  # the second word of a pair already read ("train wreck" is not a shipwreck)
        pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else ""
        term = INCIDENT_WORDS.get(pair)
        if term is not None and INCIDENT_WORDS.get(words[i + 1]) not in (None, term):
            skip = i + 1
        term = term or INCIDENT_WORDS.get(word)
        if (
            term is not None
            and i + 1 < len(words)
            and words[i + 1] in _OUTLET_WORDS
            and text[matches[i].start() : matches[i].start() + 1].isupper()
            and text[matches[i + 1].start() : matches[i + 1].start() + 1].isupper()
        ):
            continue  # "(Monsoon Wire)", "Storm Radio": an outlet's name, no incident
        if word in ("stormed", "storming", "storm", "storms") and _ARMED_MEN & set(words[max(0, i - 3) : i]):
            out.append(("attack", matches[i].start()))  # "Boko Haram fighters stormed Baga": an attack
            continue
        if term is None and word == "went" and words[i + 1 : i + 2] == ["down"]:
            if _HULLS & set(words[max(0, i - 3) : i]):
                out.append(("shipwreck", matches[i].start()))  # "as the ferry went down"
            continue
        if (term is None or term == "aid") and _rams_crowd(words, i):
            out.append(("attack", matches[i].start()))  # "drove a truck through a crowd": a ramming
            continue
        if term is None:
            if word in {"collapse", "collapsed", "collapses"} and _structure_fell(lowered, matches, i):
                out.append(("collapsed", matches[i].start()))  # "the collapse of the station canopy"
            continue
        if term == "strike" and word in {"strike", "strikes"}:
            if i + 1 < len(words) and words[i + 1] in _NOT_A_STRIKE_AFTER:
                continue  # "strike down laws", "strike a deal": the verb, not an incident
            local = _strike_sense(words, i)
            if local is None:
                if labour is None:
                    labour = _LABOUR.search(text) is not None
                local = "walkout" if labour else "strike"
            term = local
        if (
            term in {"wildfire", "explosion"}
            and word in {"fire", "fires", "blaze", "explosion", "blast"}
            and _in_mine(words, i)
        ):
            out.append(("mine disaster", matches[i].start()))  # "an explosion and fire at a coal mine"
            continue
        if term == "wildfire" and word in {"fire", "fires"}:
            prev = words[i - 1] if i else ""
            nxt = words[i + 1] if i + 1 < len(words) else ""
            before_prev = words[i - 2] if i > 1 else ""
            if prev in _GUNFIRE_BEFORE or (
                prev == "of"
                and before_prev in {"exchange", "exchanges", "hail", "bursts", "burst", "volleys"}
            ):
                out.append(("shooting", matches[i].start()))  # "opened fire", "Israeli fire"
                continue
            if (
                prev in {"to", "will", "would", "could", "cease", "under", "rapid"}
                or nxt in _NOT_A_FIRE_AFTER
            ):
                continue  # "to fire missiles", "cease-fire", "fire service", "fire and rescue"
            if prev in _SET_WORDS or (prev == "on" and _SET_WORDS & set(words[max(0, i - 5) : i - 1])):
                continue  # "rioters set fire to 731 banks", "stores set on fire": arson, no disaster
        if term == "wildfire" and word in _PLAIN_FIRE and _in_building(words, i):
            term = "fire"  # "a fire gutted the cathedral's roof": a building burned, not the countryside
        if term == "aid" and word in _VEHICLES:
            if aid_context is None:
                aid_context = _AID_CONTEXT.search(text) is not None
            if not aid_context:
                continue  # "refrigerated trucks", "fire trucks": vehicles, not aid deliveries
        if (
            term == "storm"
            and word in {"storm", "storms"}
            and _STORMING_AFTER & set(words[i + 1 : i + 2])
            and not (i and words[i - 1] in _NOUN_DETERMINERS)
        ):
            continue  # "protesters storm parliament": a crowd forcing its way in, not the weather
        if term == "attack" and i and words[i - 1] in _NOT_AN_ATTACK_BEFORE:
            continue  # "stepped up his attacks on the president", "a verbal attack"
        if term == "summit" and i and words[i - 1] in {"news", "press"}:
            continue  # "told a news conference"
        if word == "march" and i + 1 < len(words) and words[i + 1].isdigit():
            continue  # "March 7" is a date
        if term == "flood" and (
            (i and words[i - 1] in {"to", "will", "would", "could", "and", "not"})
            or "with" in words[i + 1 : i + 4]
        ):
            continue  # "to flood Gaza with aid" is a verb
        if TERM_CLASS.get(term) == "disaster" and _describes(words, i):
            continue  # "low ground that floods easily", "quake-proof homes": what a place is like, no incident
        out.append((term, matches[i].start()))
        if word in _SEASONAL or (
            word == "season" and i and words[i - 1] in {"rainy", "monsoon", "wet", "cyclone"}
        ):
            out.append((SEASONAL, matches[i].start()))  # weeks of rain, not one day's flood
    return out


#: Around a hazard word, words that make it a description of a place or a thing, not an incident:
#: a habit ("floods easily", "that floods every spring"), a proneness ("flood-prone", "at risk of
#: flooding") or a protection ("earthquake-resistant").
_HABIT_BEFORE = frozenset(
    {"that", "which", "it", "often", "easily", "regularly", "frequently", "routinely", "sometimes", "usually",
     "seasonally", "annually", "repeatedly", "rarely", "never", "still"}
)  # fmt: skip
_HABIT_AFTER = frozenset(
    {"easily", "regularly", "often", "frequently", "routinely", "seasonally", "annually", "repeatedly",
     "whenever", "prone", "resistant", "proof", "proofed", "proofing", "risk", "risks",
     "plain", "plains", "defences", "defenses", "insurance"}
)  # fmt: skip
_RISK_OF = frozenset({"risk", "risks", "danger", "threat", "likelihood", "chance", "prone", "vulnerable"})


def _describes(words: list[str], i: int) -> bool:
    """Whether the hazard word ``words[i]`` describes (a verb of habit or an adjective) rather than
    names an incident."""
    prev = words[i - 1] if i else ""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt in _HABIT_AFTER:
        return True
    if prev in {"of", "to"} and i > 1 and words[i - 2] in _RISK_OF:
        return True  # "at risk of flooding", "prone to landslides"
    # A present-tense verb ("ground that floods", "it floods"): "that floods" is no plural determiner.
    return words[i].endswith("s") and not words[i].endswith("ss") and prev in _HABIT_BEFORE


def _strike_sense(words: list[str], i: int) -> str | None:
    """``strike`` or ``walkout`` where the words around ``words[i]`` settle it, else None.

    A story about a missile hitting a railway station also names railways and unions; the
    article-wide labour vocabulary decides only when the phrase itself does not.
    """
    prev = words[i - 1] if i else ""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    after = words[i + 2] if i + 2 < len(words) else ""
    if prev in _ARMED_BEFORE_STRIKE:
        return "strike"
    if prev in _LABOUR_BEFORE_STRIKE or nxt in {
        "action",
        "ballot",
        "pay",
        "committee",
        "fund",
        "notice",
        "day",
        "days",
    }:
        return "walkout"
    if prev == "on" or (prev in {"went", "go", "going", "gone"}):
        return "walkout"  # "workers are on strike"
    if nxt in {"on", "against"} and after and after not in _DAY_WORDS:
        return "strike"  # "the strike on the station", not "the strike on Monday"
    if nxt in {"that", "which"} and after in {
        "killed",
        "hit",
        "destroyed",
        "wounded",
        "levelled",
        "flattened",
    }:
        return "strike"
    return None


_NOT_A_STRIKE_AFTER = frozenset({"down", "a", "an", "out", "up", "deal", "deals", "balance", "chord", "fear"})
_ARMED_BEFORE_STRIKE = frozenset(
    {"missile", "air", "drone", "rocket", "artillery", "military", "airborne", "israeli", "russian",
     "american", "us", "ukrainian", "deadly", "fatal", "lethal", "precision", "retaliatory", "cruise",
     "ballistic", "bomb", "bombing", "naval", "pre", "preemptive", "targeted", "overnight"}
)  # fmt: skip
_LABOUR_BEFORE_STRIKE = frozenset(
    {"general", "national", "nationwide", "labour", "labor", "union", "unions", "workers", "teachers",
     "doctors", "nurses", "rail", "dock", "dockers", "transport", "hunger", "wildcat", "day", "hour",
     "staged", "called", "calling", "call", "declared", "planned", "threatened", "indefinite", "sympathy"}
)  # fmt: skip
_DAY_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the", "that", "its",
     "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "day", "days", "weekdays"}
)  # fmt: skip


#: The mark of a disaster that runs for a season (monsoon rains, drought, famine, an epidemic): its
#: reports span months, so its window is wide.
SEASONAL = "seasonal"
_SEASONAL = frozenset({"monsoon", "monsoons", "drought", "droughts", "famine", "epidemic", "cholera"})
SEASONAL_WINDOW = 150

_VEHICLES = frozenset({"truck", "trucks", "lorries"})
#: What falls down in a collapse that kills ("the station's canopy collapsed").
_STRUCTURES = frozenset(
    {"canopy", "roof", "building", "buildings", "tower", "bridge", "station", "stand", "mine", "wall", "ceiling",
     "hotel", "block", "blocks", "stadium", "factory", "overpass", "balcony", "scaffolding", "crane", "complex",
     "floors", "storey", "storeys", "dam", "dams"}
)  # fmt: skip
#: Words that put a fire or a blast underground: a mine's disaster, not a wildfire or an attack
_MINE_WORDS = frozenset(
    {"mine", "pit", "colliery", "coalmine", "miners", "mining", "underground", "coalface"}
)
#: What is left where a structure fell: a collapse told next to them brought a building down.
_DEBRIS = frozenset({"ruins", "rubble", "wreckage", "debris"})


def _structure_fell(lowered: str, matches: list[re.Match[str]], i: int) -> bool:
    """Whether the "collapse(d)" at ``matches[i]`` tells a structure falling: a structure word close
    after it, or before it in the same clause however long its subject runs ("a building crowded
    with garment workers collapsed"), or debris in the sentence ("the search of the ruins ...
    making the collapse the worst disaster"). Talks, a currency or a government collapse too."""
    words = [m.group(0) for m in matches]
    if _STRUCTURES & set(words[i + 1 : i + 5]):
        return True
    for j in range(i - 1, max(-1, i - 9), -1):
        if re.search(r"[,.;:!?]", lowered[matches[j].end() : matches[j + 1].start()]):
            break  # the clause ends: a structure before it is not what collapsed
        if words[j] in _STRUCTURES:
            return True
    start = max((lowered.rfind(mark, 0, matches[i].start()) for mark in (". ", "! ", "? ")), default=-1)
    ends = [k for k in (lowered.find(mark, matches[i].end()) for mark in (". ", "! ", "? ")) if k >= 0]
    return bool(_DEBRIS & set(re.findall(r"[a-z]+", lowered[start + 1 : min(ends, default=len(lowered))])))


#: Words before "attack(s)" that make it words, not violence.
_NOT_AN_ATTACK_BEFORE = frozenset(
    {"his", "her", "verbal", "rhetorical", "personal", "political", "cyber", "panic"}
)
_AID_CONTEXT = re.compile(
    r"\b(?:aid|humanitarian|relief|supplies|food|fuel|flour|medicine|medical|crossings?|entered|"
    r"deliver(?:ed|ies|y)?|convoys?|cargo|goods|water|truckloads)\b",
    re.IGNORECASE,
)

#: Words before "fire" that make it gunfire, and after it that make it an institution.
_GUNFIRE_BEFORE = frozenset(
    {"opened", "open", "opening", "opens", "returned", "return", "live", "heavy", "cross", "friendly",
     "rifle", "rifles", "guns", "weapon", "weapons", "gunman", "shooter", "pistol",
     "sniper", "tank", "artillery", "mortar", "machine", "gun", "automatic", "small", "arms", "rocket",
     "missile", "naval", "army", "military", "troops", "soldiers", "police", "enemy", "hostile", "security",
     "forces", "rebel", "rebels", "militia", "israeli", "israel", "russian", "russia", "ukrainian", "syrian",
     "sudanese", "palestinian", "hamas", "hezbollah", "houthi", "iranian", "turkish", "indian", "pakistani",
     "american", "chinese", "egyptian", "lebanese", "yemeni", "regime", "government"}
)  # fmt: skip
_NOT_A_FIRE_AFTER = frozenset(
    {"service", "services", "brigade", "brigades", "department", "departments", "chief", "chiefs",
     "agency", "station", "stations", "fighters", "crews", "crew", "engines", "engine", "trucks",
     "officials", "official", "safety", "alarm", "alarms", "exit", "exits", "hydrant", "marshal",
     "and", "authority", "authorities", "rescue", "officers", "commissioner", "insurance", "drill",
     # "a ban on rapid-fire guns": a kind of weapon, no fire
     "guns", "gun", "weapons", "weapon", "rifles", "rifle", "pistols", "arms"}
)  # fmt: skip


#: What "went down" sinks ("the ship went down"; a plane that went down is a crash, and prices are no incident).
_HULLS = frozenset({"ship", "ferry", "boat", "vessel", "trawler", "dinghy", "ships", "boats", "vessels"})
_PLAIN_FIRE = frozenset({"fire", "fires", "blaze", "blazes", "inferno"})
_SET_WORDS = frozenset(("set", "sets", "setting"))
#: Buildings a fire burns in as one incident (not homes, which wildfires burn by the hundred).
_BUILDINGS = frozenset(
    {"cathedral", "church", "mosque", "temple", "synagogue", "basilica", "chapel", "factory", "factories",
     "plant", "warehouse", "refinery", "tower", "skyscraper", "building", "block", "apartment", "apartments",
     "hospital", "clinic", "market", "bazaar", "mall", "hotel", "nightclub", "club", "bar", "restaurant",
     "school", "dormitory", "museum", "theatre", "theater", "prison", "jail", "station", "roof", "spire",
     "attic", "palace", "parliament", "hostel", "shop", "store", "supermarket", "office", "offices"}
)  # fmt: skip
#: Words of open country: a fire there is a wildfire even when it reaches buildings.
_WILDLAND = frozenset(
    {"forest", "forests", "bush", "bushland", "grass", "grassland", "grasslands", "woodland", "woods", "scrub",
     "brush", "vegetation", "hectares", "acres", "hills", "hillside", "hillsides", "countryside", "canyon",
     "wildland", "moorland", "peat", "savanna", "wind", "winds"}
)  # fmt: skip


_RAMMING_VEHICLES = frozenset({"truck", "lorry", "van", "car", "vehicle", "suv", "bus"})
_CROWD_WORDS = frozenset(
    {"crowd", "crowds", "pedestrians", "people", "marchers", "protesters", "shoppers", "revellers", "revelers",
     "worshippers", "worshipers", "spectators", "onlookers", "families", "tourists", "mourners", "market"}
)  # fmt: skip


#: What a crowd or a force storms ("storm parliament", "storms the embassy"): the verb, never a storm
_STORMING_AFTER = frozenset(
    {"the", "parliament", "congress", "capitol", "legislature", "building", "buildings", "into", "embassy",
     "compound", "palace", "prison", "jail", "offices", "headquarters", "barricades", "stage", "city", "town"}
)  # fmt: skip


_NOUN_DETERMINERS = frozenset(
    {
        "a",
        "an",
        "the",
        "this",
        "that",
        "its",
        "their",
        "tropical",
        "winter",
        "severe",
        "another",
        "second",
        "first",
    }
)


def _in_mine(words: list[str], i: int) -> bool:
    """Whether the fire or blast at ``words[i]`` is in a mine ("an explosion and fire at a coal mine",
    "the fire broke out in the pit"), never a land mine's blast."""
    near = words[max(0, i - 8) : i + 8]
    for k, w in enumerate(near):
        if w in _MINE_WORDS and not (
            w == "mine" and k and near[k - 1] in {"land", "anti", "personnel", "naval"}
        ):
            return True
    return False


def _rams_crowd(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` names a vehicle driven into people ("drove a heavy truck through a crowd",
    "a car ploughed into marchers") or the deed itself ("rammed", "ramming"): an attack, not traffic."""
    word = words[i]
    if word in {"rammed", "ramming"}:
        return bool(_CROWD_WORDS & set(words[i + 1 : i + 6]))
    if word not in _RAMMING_VEHICLES:
        return False
    ahead = words[i + 1 : i + 5]
    for k, w in enumerate(ahead):
        if w in {"into", "through"}:
            return bool(_CROWD_WORDS & set(words[i + 2 + k : i + 6 + k]))
    return False


def _in_building(words: list[str], i: int) -> bool:
    """Whether the fire named by ``words[i]`` burns in a building ("the cathedral fire", "a fire at a
    garment factory", "the blaze that destroyed the church's roof") and not in open country."""
    if _WILDLAND & set(words[max(0, i - 8) : i + 12]):
        return False
    if bool(_BUILDINGS & set(words[max(0, i - 2) : i])) or bool(_BUILDINGS & set(words[i + 1 : i + 8])):
        return True
    # "the factory where more than 250 workers died in a fire": the building a relative clause opens on
    before = words[max(0, i - 14) : i]
    return any(w in _BUILDINGS and "where" in before[k + 1 : k + 3] for k, w in enumerate(before))


def _terms(text: str) -> list[str]:
    return [term for term, _ in _term_positions(text)]


def _dateline(text: str) -> str:
    match = _DATELINE.match(text[:120])
    if not match:
        return ""
    place = match["place"].strip()
    if len(place) < 3 or place in {"UPDATE", "BREAKING", "EXCLUSIVE", "WATCH"}:
        return ""
    return place.title()


def _places(sentence: str) -> list[str]:
    places: list[str] = []
    for match in _CAP_SEQ.finditer(sentence):
        name = _PLACE_SUFFIX_DROP.sub("", match.group(0).strip())
        if not name:
            continue
        words = name.split()
        while words and words[0] in _NOT_PLACE:
            words = words[1:]
        while words and words[-1] in _CALENDAR_WORDS:
            words = words[:-1]  # "Haiti's January 2010 earthquake": a date after the place, not its name
        if not words:
            continue
        name = _PLACE_SUFFIX_DROP.sub("", " ".join(words))
        start = match.start() + match.group(0).find(words[0])
        before = sentence[max(0, start - 60) : start]
        after = sentence[match.end() : match.end() + 30]
        facility = _FACILITY_AFTER.match(after)
        if facility:
            places.append(f"{name} {facility['noun'].lower()}")
            continue
        if _PLACE_PREP.search(before) or _FACILITY_BEFORE.search(before):
            if name.split()[0] in _NOT_PLACE or _is_organisation(name, before, sentence[match.end() :]):
                continue
            places.append(name)
    # Known region words anywhere (lowercase-insensitive), e.g. "Gaza", "Al Haouz", "Marseille".
    lowered = f" {_NON_ALNUM.sub(' ', _fold(sentence))} "
    keys = {place_key(p) for p in places}
    for _, term in _region_hits(lowered):
        if len(term) >= 4 and term not in keys and not _is_adjective(term):
            places.append(term.title())
            keys.add(term)
    return list(dict.fromkeys(places))


#: Last words of organisations' names: a body named after its country or trade is no place.
_ORG_WORDS = frozenset(
    {"Association", "Associations", "Federation", "Union", "Unions", "Council", "Ministry", "Organisation",
     "Organization", "Agency", "Institute", "Company", "Corporation", "Group", "Foundation", "Commission",
     "Authority", "Committee", "League", "Trust", "Society", "Network", "Campaign", "Confederation", "Chamber",
     "Board", "Bureau", "Manufacturers", "Exporters", "Importers", "Producers", "Employers", "Workers",
     "Watch", "Party", "Service", "Services", "Department", "Institution", "Coalition", "Alliance"}
)  # fmt: skip
_NAME_GOES_ON = re.compile(r"^\s+(?:and|&|of|for)\s+((?:(?:and|of|for|the)\s+|[A-Z][\w'’-]*\s*)+)")
_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)


def _is_organisation(name: str, before: str, after: str) -> bool:
    """Whether a capitalised name after "in"/"to"... names a body, not a place: a source ("according
    to the Bangladesh Garment Manufacturers") or a name that ends, maybe after "and"/"of", in an
    organisation's word ("the Kenya Red Cross Society", "the Textile Manufacturers and Exporters
    Association"). Where a figure is counted is never who counts it."""
    if _SOURCE_BEFORE.search(before):
        return True
    words = name.split()
    going_on = _NAME_GOES_ON.match(after)
    if going_on:
        words += going_on.group(1).split()
    return any(w in _ORG_WORDS for w in words[1:])


@lru_cache(maxsize=512)
def _title_places(title: str) -> tuple[str, ...]:
    return tuple(_places(title))


def _is_adjective(term: str) -> bool:
    # "sri lankan", "kenyan", "cuban": a country's name and an "n", the people, not the place
    if term.endswith("an") and term[:-1] in _region_terms():
        return True
    return term.endswith(("ian", "ish", "ese", "ans", "can", "ean", "ean", "ite")) or term in {
        "israeli",
        "israelis",
        "hamas",
        "french",
        "greek",
        "british",
        "afghan",
        "iraqi",
        "yemeni",
        "pakistani",
        "bangladeshi",
        "nepali",
        "houthi",
        "houthis",
        "gazan",
        "gazans",
        "moroccan",
        "hamas run",
        "hamas led",
        "hamas controlled",
        "hamas administered",
        "hamas governed",
        "kremlin",
        "putin",
        "macron",
        "biden",
        "borne",
        "zelensky",
        "zelenskyy",
        "elysee",
        "taliban",
        "rohingya",
        "hezbollah",
        "assad",
        "atlas",
        "thai",
        "dutch",
        "swiss",
        "polish",
        "saudi",
        "saudis",
        "somali",
        "somalis",
        "filipino",
        "filipinos",
        "cypriot",
        "argentine",
        "burkinabe",
        "malagasy",
        "nigerien",
        "iraqis",
        "afghans",
        "sanchez",
        "mazon",
    }


def _keywords(text: str, limit: int = 12) -> list[str]:
    words = [w.strip("'’-") for w in _WORD_RE.findall(_fold(text))]
    counts = Counter(w for w in words if len(w) > 2 and w not in _STOP)
    return [w for w, _ in counts.most_common(limit)]


def _sentence_places(sentence: str, story_places: tuple[str, ...]) -> tuple[str, ...]:
    """A figure's places: its sentence's, then the story's dateline and title places it does not name
    already (at most twelve)."""
    places = _places(sentence)
    seen = {place_key(p) for p in places}
    for place in story_places:
        key = place_key(place)
        if key and key not in seen:
            places.append(place)
            seen.add(key)
    return tuple(places[:12])


def event_hint(
    sentence: str,
    text: str = "",
    title: str = "",
    published_at: datetime | date | None = None,
) -> EventHint:
    """Places, incident words and keywords around a figure (never raises).

    Places come from the sentence (capitalised names after "in"/"at"/"near"..., named
    facilities such as "al-Tabi'in school", and known region words), then the article's
    dateline and title. ``day`` is set when the sentence itself dates the figure.
    """
    try:
        sentence = sentence[:5000]
        line = _dateline(text)
        story = ((line,) if line else ()) + (_title_places(title[:500]) if title else ())
        places = _sentence_places(sentence, story)
        terms = tuple(dict.fromkeys(_terms(sentence)))
        day = resolve_as_of(sentence, published_at) if published_at is not None else None
        return EventHint(
            places=places,
            incident_terms=terms,
            keywords=tuple(_keywords(sentence)),
            day=day,
        )
    except Exception:  # pragma: no cover - never break extraction
        return EventHint()


# ---------------------------------------------------------------------------------------------
# events


_MARKS = ("class:", "family:", "day:")
#: The mark of an event whose day was only inferred (from a publication day or a dateline).
_DAY_INFERRED = "day:inferred"
#: The mark of a further disaster of its own day (:attr:`EventRef.exact`).
_DAY_EXACT = "day:exact"


@dataclass(slots=True)
class EventRef:
    """An event the linker can link claims to: a stored Event or one created during linking."""

    key: str
    kind: str  # "incident" | "running_total"
    title: str
    places: tuple[str, ...] = ()
    incident_terms: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    day: date | None = None
    since: date | None = None
    event_class: str = "other"
    regions: tuple[str, ...] = ()
    family: str = ""
    id: int | None = None
    #: The day is an upper bound (a report's publication day), not the day the text states:
    #: the incident may have happened up to the linker's inferred slack earlier.
    day_inferred: bool = False
    #: A further disaster ("another earthquake struck on Wednesday"): it takes only claims that name
    #: a disaster of its own day, not the rising toll of the first one.
    exact: bool = False

    @property
    def is_new(self) -> bool:
        return self.id is None

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> EventRef:
        """From a stored Event (a dict of its fields, or ``model_to_dict``-like mapping).

        ``event_class``, ``regions`` and ``family`` are not stored columns: they are re-derived
        from the incident words, places and title when absent.
        """
        kind = str(row.get("kind") or "incident")
        places = tuple(str(p) for p in row.get("places") or ())
        stored_terms = [str(t) for t in row.get("incident_terms") or ()]
        marks = {t.split(":", 1)[0]: t.split(":", 1)[1] for t in stored_terms if t.startswith(_MARKS)}
        terms = tuple(t for t in stored_terms if not t.startswith(_MARKS))
        title = str(row.get("title") or "")
        regions = tuple(row.get("regions") or ()) or tuple(regions_in(" ".join((*places, title))))
        event_class = (
            str(row.get("event_class") or "") or marks.get("class", "") or _class_of(terms) or "other"
        )
        family = str(row.get("family") or "") or marks.get("family", "") or _family_from_title(title)
        pk = row.get("id", row.get("pk"))
        return cls(
            key=str(row.get("key") or pk or row.get("slug") or title),
            kind="running_total" if kind in {"running_total", "cumulative", "series"} else "incident",
            title=title,
            places=places,
            incident_terms=terms,
            keywords=tuple(str(k) for k in row.get("keywords") or ()),
            day=row.get("day"),
            since=row.get("since"),
            event_class=event_class,
            regions=regions,
            family=family,
            id=int(pk) if isinstance(pk, int) else None,
            day_inferred=bool(row.get("day_inferred")) or _DAY_INFERRED in stored_terms,
            exact=_DAY_EXACT in stored_terms,
        )

    def to_row(self) -> dict[str, Any]:
        """Fields for the Event model (kind uses the model's vocabulary).

        The linker's event class and metric family have no column of their own: they travel in
        ``incident_terms`` as ``class:<name>`` and ``family:<name>`` marks, which
        :meth:`from_row` reads back (editors see them as plain words); so does ``day:inferred``,
        the mark of a day that only bounds the incident from above.
        """
        marks = [f"class:{self.event_class}"] + ([f"family:{self.family}"] if self.family else [])
        if self.day_inferred and self.day is not None:
            marks.append(_DAY_INFERRED)
        elif self.exact and self.day is not None:
            marks.append(_DAY_EXACT)
        return {
            "title": self.title,
            "slug": slug_for(self),
            "kind": self.kind,
            "day": self.day,
            "since": self.since,
            "places": list(self.places),
            "incident_terms": [*marks, *(t for t in self.incident_terms if not t.startswith(_MARKS))],
            "keywords": list(self.keywords),
        }


def slug_for(event: EventRef) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", _fold(event.title)).strip("-")[:240]
    return base or "event"


_FAMILY_WORDS = (
    ("displaced", re.compile(r"\b(?:displaced|displacement|homeless|fled|uprooted|refugees)\b", re.I)),
    ("hostages", re.compile(r"\b(?:hostages?|captives?|abducted|detained|detainees|prisoners)\b", re.I)),
    ("casualties", re.compile(r"\b(?:killed|dead|deaths?|died|wounded|injured|casualties|toll)\b", re.I)),
)


def _family(metric: str, sentence: str) -> str:
    """Metric family of a claim; a percentage takes it from the words of its sentence."""
    family = METRIC_FAMILY.get(metric, "other")
    if metric == "percent":  # "85 percent of the population displaced"
        for name, pattern in _FAMILY_WORDS:
            if pattern.search(sentence):
                return name
    return family


def _family_from_title(title: str) -> str:
    lowered = title.lower()
    for family, word in _FAMILY_TITLE.items():
        if word in lowered:
            return family
    return ""


#: Sudden-onset hazards: a word for one of these decides the class of the whole story.
SUDDEN_DISASTERS = frozenset(
    {"earthquake", "flood", "landslide", "storm", "tsunami", "wildfire", "fire", "eruption"}
)
#: Words that hint at a class without deciding it ("pledges" in an aid story, "fund").
_WEAK_TERMS = {"pledge": 0.5, "fund": 0.5, "aid": 0.75, "famine": 0.5, "drought": 0.5, "outbreak": 0.5}


def _class_of(terms: Iterable[str]) -> str:
    weights: Counter[str] = Counter()
    listed = list(terms)
    for term in listed:
        cls = TERM_CLASS.get(term)
        if cls is not None:
            weights[cls] += _WEAK_TERMS.get(term, 1.0)  # type: ignore[assignment]
    if not weights:
        return ""
    # A sudden disaster beats everything ("aid trucks reach quake zone" is about the quake).
    if any(t in SUDDEN_DISASTERS for t in listed):
        return "disaster"
    if "shipwreck" in listed:
        return "maritime"
    if any(TERM_CLASS.get(t) == "accident" and t != "collapsed" for t in listed):
        return "accident"  # a stampede, a crash; a structure that "collapsed" only weighs like any word
    return max(weights.items(), key=lambda kv: kv[1])[0]


class ClaimLike(Protocol):
    """What :meth:`EventLinker.link` reads from a claim (an ExtractedClaim or a DB row wrapper)."""

    @property
    def char_start(self) -> int: ...
    @property
    def sentence(self) -> str: ...
    @property
    def metric(self) -> str: ...
    @property
    def scope(self) -> str: ...


@dataclass(slots=True)
class _Signature:
    event_class: str
    terms: tuple[str, ...]
    places: tuple[str, ...]
    regions: tuple[str, ...]
    keywords: tuple[str, ...]
    day: date | None
    day_explicit: bool
    dateline: str = ""
    own_day: bool = False  # the claim's own sentence dates it
    #: A further disaster of its own day ("another earthquake struck on Wednesday"), never the first.
    exact: bool = False
    named: bool = False  # the sentence names its incident itself
    #: Days before ``day`` the figure's count may have been taken: a count dated only by its month
    #: ("In December an analysis counted ...") was taken on any day of that month.
    span: int = 0
    #: Days either side of ``day`` the incident may fall: a day counted back in years ("four years
    #: after Turkey's worst mining disaster") is only that year's.
    fuzz: int = 0


@dataclass(slots=True)
class _ArticleState:
    main: _Signature
    last_paragraph: int = -1
    last_sig: _Signature | None = None
    last_sentence: str = ""
    #: The day of the first figure of ``last_sentence`` when that sentence dated it itself.
    sentence_day: date | None = None
    paragraphs: list[int] = field(default_factory=list)
    last_funding: EventRef | None = None  # the funding event of this article's last money figure
    last_series: tuple[int, EventRef] | None = None  # (paragraph, series) of the last money running total
    line: str = ""  # place key of the dateline, where the reporter files from
    #: The lead counts the toll in one country ("the death toll in Turkey"): the incident spans others.
    toll_in_country: bool = False
    #: The incident this article's first incident figure was linked to, when it names no facility:
    #: the whole a figure at one of its sites is a part of ("41 at the Al Noor mosque").
    main_event: EventRef | None = None
    #: The dateline's and the title's places, which every figure of the story may be about
    story_places: tuple[str, ...] = ()


def _paragraph_starts(text: str) -> list[int]:
    """Where paragraphs start: after blank lines, or after every line break in a text that has
    none (copy pasted or scraped with one paragraph a line)."""
    breaks = r"\n\s*\n" if re.search(r"\n\s*\n", text.strip()) else r"\n\s*"
    starts = [0]
    for match in re.finditer(breaks, text):
        if match.end() < len(text):
            starts.append(match.end())
    return starts


def _pub(published_at: datetime | date | None) -> date | None:
    if isinstance(published_at, datetime):
        return published_at.date()
    return published_at


def _region_title(regions: Iterable[str]) -> str:
    names = sorted(regions)
    return " and ".join(names) if names else ""


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    """Region names and their adjectives: too wide to tell two incidents apart."""
    from tracker.extraction.sources import SourceRegistry

    keys: set[str] = set()
    for region, terms in SourceRegistry.default().regions.items():
        keys.add(place_key(region))
        keys.update(t for t in terms if _is_adjective(t) or t == place_key(region))
    return frozenset(keys)


def _is_local(key: str) -> bool:
    """Whether a place key names something smaller than a country or territory."""
    return bool(key) and key not in _country_keys() and key.split()[-1] not in {"strip", "territory"}


def _is_town(key: str) -> bool:
    """A local place that is not a facility ("kyiv", "daraj", not "ahli hospital")."""
    return _is_local(key) and key.split()[-1] not in FACILITY_TERMS


def _has_specific(places: Iterable[str]) -> set[str]:
    """Place keys of named facilities ("tabiin school"), the only places that split incidents.

    "Gaza City school" is not a name: a facility named only by its town or region is generic.
    """
    out: set[str] = set()
    regions = _region_terms()
    for place in places:
        words = place.split()
        if len(words) < 2 or words[-1].lower() not in FACILITY_TERMS:
            continue
        name = " ".join(words[:-1])
        if _fold(name) in regions or place_key(name) in regions:
            continue
        out.add(place_key(place))
    return out


class EventLinker:
    """Links claims to known events, creating new ones as needed."""

    def __init__(self, events: Iterable[EventRef] = (), *, inferred_slack: int = INFERRED_SLACK) -> None:
        self._events: dict[str, EventRef] = {}
        self.new_events: list[EventRef] = []
        self.touched: dict[str, EventRef] = {}
        self._inferred_slack = inferred_slack
        self._articles: dict[tuple[str, str, int, int], _ArticleState] = {}
        self._counter = 0
        for event in events:
            self.add(event)

    @property
    def events(self) -> tuple[EventRef, ...]:
        return tuple(self._events.values())

    def add(self, event: EventRef) -> None:
        self._events[event.key] = event

    # -- public entry point ----------------------------------------------------------------

    def link(
        self,
        claim: ClaimLike,
        article_title: str,
        article_text: str,
        published_at: datetime | date | None,
    ) -> EventRef:
        """The event ``claim`` is about; creates (and remembers) a new one when nothing fits.

        ``claim`` needs ``sentence``, ``metric``, ``scope`` and ideally ``char_start``; it may
        carry ``since``, ``as_of``, ``hint`` (EventHint) and ``source`` (SourceMatch).
        """
        pub = _pub(published_at)
        state = self._article(article_title, article_text, pub)
        sentence = str(getattr(claim, "sentence", "") or "")
        metric = str(getattr(claim, "metric", "") or "count")
        scope = str(getattr(claim, "scope", "") or "incident")
        char_start = int(getattr(claim, "char_start", 0) or 0)
        char_end = getattr(claim, "char_end", None)
        paragraph = _paragraph_index(state.paragraphs, char_start)
        family = _family(metric, sentence)
        anchor: tuple[int, int | None] | None = None
        previous = ""  # the sentence before, when it opens the claim's paragraph without a figure
        if sentence:
            found = article_text.find(sentence, max(0, char_start - len(sentence) - 2))
            if found < 0 or found > char_start:
                found = article_text.find(sentence)
            if 0 <= found <= char_start:
                if state.last_paragraph != paragraph and paragraph < len(state.paragraphs):
                    before = article_text[state.paragraphs[paragraph] : found].strip()
                    previous = re.split(r"(?<=[.!?])\s+(?=[\"'“‘(]?[A-Z0-9])", before)[-1] if before else ""
                offset = char_start - found
                quote_end = int(char_end) - found if isinstance(char_end, int) else offset + 1
                digit = _FIRST_NUMBER.search(sentence, offset, max(offset + 1, quote_end))
                anchor = (digit.start() if digit else offset, None)

        conference = state.main.event_class == "conference"
        sentence_regions = tuple(regions_in(sentence)) or state.main.regions
        running = scope == "cumulative" or (
            scope == "period" and family == "casualties" and _DAILY.search(sentence) is not None
        )
        if (
            not running
            and family in {"casualties", "displaced", "hostages"}
            and (_SINCE_TOTAL.search(sentence) or _long_since(sentence, pub, article_text))
            and not _class_of(_terms(sentence))
            and not (_explosion_story(state.main) and not _long_since(sentence, pub, article_text))
        ):
            # "40,005 people had been killed since October 7": a running total even when the
            # claim arrives marked as an incident.
            running = True
        if (
            not running
            and family in {"money", "aid"}
            and state.main.event_class in {"other", "aid"}
            and _class_of(_terms(sentence)) not in _INCIDENT_CLASSES
            and _GIVEN_TOTAL.search(sentence)
            and not _is_rate(sentence, anchor[0] if anchor else 0)
        ):
            # "The United States had provided $67 billion in weapons", "Congress has appropriated $183
            # billion for the Ukraine response": money given so far, a running total of its donor and
            # recipient whatever day it is told on.
            running = True
            sentence_regions = tuple(dict.fromkeys([*regions_in(sentence), *state.main.regions]))
        if running and state.main.event_class == "protest" and family not in {"casualties", "hostages"}:
            running = False  # turnout "since the protests began" is still one day's count
        if running and (
            state.main.event_class in {"maritime", "accident"}
            or (state.main.event_class == "disaster" and any(t in SUDDEN_DISASTERS for t in state.main.terms))
        ):
            # An earthquake's, a shipwreck's or a stampede's rising toll (and those "still
            # missing") is the incident itself.
            running = False
        if (
            running
            and family == "other"
            and state.main.event_class in {"attack", "accident", "maritime"}
            and getattr(claim, "since", None) is None
            and resolve_since(sentence, pub, context=article_text) is None
            and not _WAR_WORDS.search(sentence)
        ):
            # "75 victims had been identified so far" after a dated attack: a count of that attack,
            # not of the war its country may be fighting.
            running = False
        if running and not (conference and family in {"money", "aid", "other"}):
            since = getattr(claim, "since", None) or resolve_since(sentence, pub, context=article_text)
            if since is None:
                since = known_start(" ".join(sentence_regions), pub)
            event = self._series(sentence_regions, family, since, pub)
            state.last_paragraph, state.last_sig = paragraph, None  # no incident to carry over
            state.last_series = (paragraph, event) if family == "money" else None
            return event
        if (
            family == "money"
            and state.last_series is not None
            and state.last_series[0] == paragraph
            and not _class_of(_terms(sentence))
            and not (anchor is not None and _is_rate(sentence, anchor[0]))
            and _sentence_day(sentence, pub, anchor) is None
        ):
            # "... $70 billion had reached Ukraine. Another $6 billion had come as training": more
            # of the money just totalled.
            state.last_paragraph = paragraph
            return state.last_series[1]
        state.last_series = None

        sig = self._claim_signature(claim, sentence, state, paragraph, pub, anchor, previous)
        if not sig.own_day and _SAME_DAY.search(sentence) and state.last_sig and state.last_sig.own_day:
            # "UNRWA counted 223 for the same day": the day of the figure just before.
            sig = replace(sig, day=state.last_sig.day, day_explicit=True, own_day=True)
        if (
            family == "money"
            and state.main.event_class in {"disaster", "attack", "protest", "maritime", "accident"}
            and not (_DAMAGE.search(sentence) and not _RELIEF.search(sentence))
            and not _APPEAL.search(sentence)
        ):
            # Relief payments and rebuilding plans are a funding event of their own; what the
            # incident destroyed or cost ("caused €1 billion in losses") and what an appeal asks
            # for its needs ("a flash appeal for $71.4 million") stay with it.
            sig = replace(sig, event_class="funding")
        elif not sig.own_day and anchor is not None and _is_rate(sentence, anchor[0]):
            # "500 trucks a day", "an average of 177 a day", "$100 billion a year": a rate or a
            # target, not the count of one day's incident.
            sig = replace(sig, event_class="rate")
        if (
            (sig.event_class == "funding" or (metric == "count" and sig.event_class != "rate"))
            and state.last_funding is not None
            and not sig.own_day
            and _FUNDING_ANAPHORA.match(sentence)
        ):
            # "The new measures, he said, include €500 million ...": the package just described,
            # and so are the things it counts ("The package also includes 33,000 tank shells").
            event = state.last_funding
            self._absorb(event, sig)
        elif self._site_of_main(sig, state, sentence):
            event = state.main_event  # type: ignore[assignment]
            self._absorb(event, sig)
        else:
            event = self._incident(sig, state)
        if (
            state.main_event is None
            and event.kind == "incident"
            and event.event_class in _INCIDENT_CLASSES
            and not _has_specific(event.places)
        ):
            state.main_event = event
        if event.event_class == "funding":
            state.last_funding = event
        if state.last_sentence != sentence:
            state.sentence_day = sig.day if sig.own_day else None
        state.last_paragraph, state.last_sig, state.last_sentence = paragraph, sig, sentence
        return event

    @staticmethod
    def _site_of_main(sig: _Signature, state: _ArticleState, sentence: str) -> bool:
        """Whether a figure at a named site ("41 were killed at the Al Noor mosque") is a part of the
        incident the article opened on (the attacks on two mosques in one city that morning), rather
        than an incident of its own: same class, same day, and no word that sets it apart ("another
        strike", "a separate attack")."""
        main = state.main_event
        return (
            main is not None
            and sig.event_class == main.event_class
            and bool(_has_specific(sig.places))
            and (not sig.own_day or sig.day == main.day)
            and _SEPARATE_INCIDENT.search(sentence) is None
        )

    def link_article(
        self,
        claims: Iterable[ClaimLike],
        article_title: str,
        article_text: str,
        published_at: datetime | date | None,
    ) -> list[EventRef]:
        """:meth:`link` for every claim of one article, in text order; one EventRef per claim."""
        ordered = sorted(enumerate(claims), key=lambda ic: int(getattr(ic[1], "char_start", 0) or 0))
        linked: dict[int, EventRef] = {}
        for index, claim in ordered:
            linked[index] = self.link(claim, article_title, article_text, published_at)
        return [linked[i] for i in range(len(linked))]

    # -- articles --------------------------------------------------------------------------

    def _article(self, title: str, text: str, pub: date | None) -> _ArticleState:
        key = (title, pub.isoformat() if pub else "", len(text), hash(text))
        state = self._articles.get(key)
        if state is not None:
            return state
        paragraphs = _paragraph_starts(text)
        lead_end = paragraphs[1] if len(paragraphs) > 1 else min(len(text), 600)
        lead = text[:lead_end][:1500]
        title_terms = _terms(title)
        lead_terms = _terms(lead)
        event_class = _class_of([*title_terms, *title_terms, *lead_terms]) or "other"
        regions = regions_in(f"{title} {title} {lead}")
        places = _places(title) + _places(lead)
        line = _dateline(text)
        if line:
            places.insert(0, line)
        day, day_explicit = _lead_day(lead, title, pub, event_class)
        # "The air strike on the theatre in March": any day of that month, up to its end.
        month_told = (
            not day_explicit and day is not None and day in {_incident_month(t, pub) for t in (title, lead)}
        )
        main = _Signature(
            event_class=event_class,
            terms=tuple(dict.fromkeys([*title_terms, *lead_terms])),
            places=tuple(dict.fromkeys(places)),
            regions=tuple(r for r, _ in regions.most_common(3)),
            keywords=tuple(_keywords(f"{title} {title} {lead}", 16)),
            day=day,
            day_explicit=day_explicit,
            span=day.day - 1 if month_told and day is not None else 0,
            fuzz=YEAR_FUZZ
            if not day_explicit
            and day is not None
            and pub is not None
            and day in (_years_back(title, lead, pub), _year_named(title, lead, pub))
            else 0,
            # The dateline says where the reporter is; it places the incident only when the
            # story names it again.
            dateline=place_key(line) if line and not _named_again(line, text) else "",
        )
        state = _ArticleState(
            main=main,
            paragraphs=paragraphs,
            line=place_key(line) if line else "",
            toll_in_country=any(located_regions(m.group(0)) for m in _TOLL_IN.finditer(f"{title}. {lead}")),
            story_places=((line,) if line else ()) + _title_places(title[:500]),
        )
        if len(self._articles) > 500:
            self._articles.clear()
        self._articles[key] = state
        return state

    def _claim_signature(
        self,
        claim: ClaimLike,
        sentence: str,
        state: _ArticleState,
        paragraph: int,
        pub: date | None,
        anchor: tuple[int, int | None] | None,
        previous: str = "",
    ) -> _Signature:
        hint = getattr(claim, "hint", None)
        if isinstance(hint, EventHint) and (hint.places or hint.incident_terms):
            places = list(hint.places)
            terms = list(hint.incident_terms)
        else:
            # what event_hint would give: the sentence's places, then the dateline's and the title's
            places = list(_sentence_places(sentence[:5000], state.story_places))
            terms = list(dict.fromkeys(_terms(sentence[:5000])))
        # The incident words next to the figure decide first ("... aid trucks, after an Israeli
        # strike killed seven workers"), then those of the whole sentence.
        sentence_class = ""
        if anchor is not None:
            positioned = _term_positions(sentence)
            for before, after in ((45, 25), (80, 60)):
                low, high = anchor[0] - before, anchor[0] + after
                sentence_class = _class_of(t for t, at in positioned if low <= at < high)
                if sentence_class:
                    break
        sentence_class = sentence_class or _class_of(terms)
        inherit = state.main
        previous_class = _class_of(_terms(previous)) if previous and not sentence_class else ""
        if previous_class:
            # "The milestone came days after a strike on the al-Tabi'in school. The civil defence
            # said 93 people were killed there": a figure with no incident word of its own is about
            # the incident the sentence before it (the paragraph's first) just named.
            prev_day = _sentence_day(previous, pub, skip_statements=previous_class not in _SAME_DAY_CLASSES)
            inherit = _Signature(
                event_class=previous_class,
                terms=tuple(dict.fromkeys(_terms(previous))),
                places=tuple(_places(previous)),
                regions=tuple(regions_in(previous)) or state.main.regions,
                keywords=tuple(_keywords(previous)),
                day=prev_day if prev_day is not None else state.main.day,
                day_explicit=prev_day is not None or state.main.day_explicit,
                dateline=state.main.dateline,
                fuzz=state.main.fuzz if prev_day is None else 0,
            )
        if (
            state.last_sig is not None
            and state.last_paragraph == paragraph
            and (state.last_sig.event_class not in {"funding", "rate"} or state.last_sentence == sentence)
        ):
            # Class, places and terms carry over within a paragraph; a date stated for the
            # previous figure does not.
            inherit = state.last_sig
            # ...except for one-day events counted twice in a row ("On Saturday, a march drew
            # 130,000, officials said. Local police put the crowd at 160,000.").
            # A sentence naming the same kind of crowd again ("In Haifa, where organisers counted
            # 50,000 marchers, ...") still tells that day's rallies, unless it gives its own day.
            # A day given to a figure compared with ("against 1.27 million on January 31") is not.
            keep_day = (
                inherit.event_class in _SAME_DAY_CLASSES
                and state.last_sentence != sentence
                and (
                    not _class_of(terms)
                    or (_class_of(terms) == inherit.event_class and state.sentence_day == inherit.day)
                )
            )
            # ...and within one sentence ("A strike on 4 April killed 20 and injured at least 63",
            # "Half a million rallied on Saturday, with 200,000 in Tel Aviv alone").
            keep_day = keep_day or (
                state.last_sentence == sentence
                and inherit.own_day
                and (
                    inherit.event_class in _RISING_TOLL_CLASSES
                    or (
                        inherit.event_class in _SAME_DAY_CLASSES
                        and anchor is not None
                        and _part_of_previous(sentence, anchor[0])
                    )
                )
            )
            # ...and to a sentence with no incident word of its own after one that named and dated
            # its incident ("The blast on 4 August killed 135. The UN said it had left 100,000
            # homeless"), in a story led by something else (the donors' conference of a later day).
            keep_day = keep_day or (
                state.last_sentence != sentence
                and (
                    inherit.own_day or (state.sentence_day is not None and state.sentence_day == inherit.day)
                )
                and inherit.named
                and inherit.event_class in _RISING_TOLL_CLASSES
                and not _class_of(terms)
                # not a past year's disaster the sentence compared with ("the deadliest since 1939")
                and not (pub is not None and inherit.day is not None and inherit.day.year < pub.year - 1)
            )
            if inherit.day_explicit and not keep_day:
                inherit = replace(
                    inherit, day=state.main.day, day_explicit=state.main.day_explicit, fuzz=state.main.fuzz
                )
        if (
            sentence_class == "aid"
            and inherit.event_class in _RISING_TOLL_CLASSES
            and _family(str(getattr(claim, "metric", "") or "count"), sentence) in {"casualties", "displaced"}
        ):
            # "Aid organisations said 400 people were still unaccounted for": the disaster's toll,
            # told by aid workers, not an aid delivery.
            sentence_class = ""
        event_class = sentence_class or inherit.event_class
        # Statement dates ("the army said on Monday") date an incident only for one-day
        # events, where the count and the event share the day (protest turnout, aid entry).
        day_class = event_class if event_class != "other" else inherit.event_class
        day = _sentence_day(
            sentence,
            pub,
            anchor,
            skip_statements=day_class not in _SAME_DAY_CLASSES,
            incident_day=state.main.day,
        )
        main = state.main
        if (
            day is not None
            and pub is not None
            and main.fuzz == YEAR_FUZZ
            and main.day is not None
            and (abs((day - pub).days) <= 7 or day == date(main.day.year, 1, 1))
        ):
            # In a report about an incident years back, a day of the report's own week is the
            # anniversary's ("gathered on Saturday to remember the 48 workers who died"), and the
            # incident's year ("the siege of 2031, in which 40 were killed") names that incident, dated
            # no closer than its year: either way the figure is the incident's.
            day = None
        explicit = day is not None
        own_day = explicit
        span = 0
        fuzz = 0
        if (
            explicit
            and day is not None
            and not (
                inherit.day is not None
                and (day - inherit.day).days < (-self._inferred_slack if not inherit.day_explicit else 0)
            )
            and not (pub is not None and day.year < pub.year - 1)  # "the 2004 siege, which killed 330"
            and (not sentence_class or (sentence_class == inherit.event_class and _only_definite(sentence)))
            and (
                (sentence_class or inherit.event_class) in _RISING_TOLL_CLASSES
                or (
                    (sentence_class or inherit.event_class)
                    == "protest"  # the clashes' injured, not the turnout
                    and _family(str(getattr(claim, "metric", "") or "count"), sentence)
                    in {"casualties", "hostages"}
                )
            )
            and _TALLY.search(sentence)
        ):
            # "Earlier on Wednesday the official toll had stood at 140": the day of a count of the
            # incident already told, which bounds the incident's day from above, never a new one.
            if inherit.day is not None and inherit.day <= day:
                day, explicit = inherit.day, inherit.day_explicit
            else:
                explicit = False
            own_day = False
        if (
            sentence_class
            and sentence_class != inherit.event_class
            and inherit.event_class != "other"
            and not explicit
            and (
                inherit.event_class == "disaster"
                or (sentence_class in {"attack", "protest"} and inherit.event_class in {"attack", "protest"})
                or sentence_class == "conference"
                or (
                    # "... inside the building when the roof collapsed": what the attack brought down
                    sentence_class == "accident"
                    and inherit.event_class == "attack"
                    and {t for t in terms if TERM_CLASS.get(t) == "accident"} <= {"collapse", "collapsed"}
                )
            )
        ):
            # "the attack" in an article about an earthquake, "45 countries pledged help": a
            # synonym for the main incident unless the sentence gives its own day.
            event_class = inherit.event_class
        if not explicit:
            # Another class's day (a march on Saturday, in a story that also gives the flood's toll)
            # only bounds this incident's from above.
            day, explicit = inherit.day, inherit.day_explicit and event_class == inherit.event_class
            span = inherit.span
            fuzz = inherit.fuzz
            earlier = _DAYS_AFTER.search(sentence)
            if earlier and day is not None and (anchor is None or earlier.start() < anchor[0]):
                # "The attack came nine days after a missile killed 20 in Kryvyi Rih": that one
                # happened so many days before the incident the article tells.
                n = earlier["n"].lower()
                count = int(n) if n.isdigit() else _NUMBER_WORDS.get(n, 0)
                days = count * (7 if earlier["unit"].lower().startswith("week") else 1)
                if days:
                    day = day - timedelta(days=days)
            month = _month_named(sentence, pub)
            if month is not None and day is not None and (day.year, day.month) != (month.year, month.month):
                # "In December it counted 100,000 people at the square": a count from another month
                # than the incident told, by the end of that month at the latest.
                day, explicit, span = month, False, month.day - 1
            named_month = _incident_month(sentence, pub, anchor[0] if anchor is not None else None)
            if named_month is not None and day is not None and abs((named_month - day).days) > 31:
                # "The March 2011 tsunami killed 18,000": an incident of that month, not the article's.
                day, explicit = named_month, False
        # "... 93 people were killed at the al-Tabi'in school. The army named 31 militants it says
        # died in the strike": "the strike" is the incident just told, even unclassified.
        refers_back = (
            not own_day
            and inherit.event_class == "other"
            and event_class in _INCIDENT_CLASSES
            and bool(_has_specific(inherit.places))
            and not _has_specific(places)
            and _only_definite(sentence)
        )
        elsewhere = False  # the figure was counted in another country than the inherited incident's
        if event_class == "conference" or inherit.event_class == "conference":
            regions = inherit.regions  # pledging countries are not where the summit is
        elif refers_back or (
            event_class == inherit.event_class
            and (
                not sentence_class
                or (not own_day and event_class in {"disaster", "maritime", "accident"})
                or (not own_day and _only_definite(sentence))
            )
        ):
            # No incident word of its own (or a disaster's, undated): the sentence is about the
            # article's incident, and the countries it names ("many of them from Pakistan", "12
            # Pakistanis survived the sinking") add to the incident's, not replace them.
            regions = tuple(dict.fromkeys([*inherit.regions, *regions_in(sentence)]))
            located = located_regions(sentence)
            main_regions = set(state.main.regions) or set(inherit.regions)
            if located and main_regions and not set(located) & main_regions and not state.toll_in_country:
                # "In Thailand, 20 people had been confirmed dead" in a story of an earthquake in
                # Myanmar: another country's toll, counted there, not the incident's own.
                regions, elsewhere = located, True
        else:
            regions = tuple(regions_in(sentence)) or inherit.regions
        if event_class == "conference":
            places = list(inherit.places)  # pledging countries are not where the summit is
        elif elsewhere or (
            sentence_class
            and event_class == sentence_class
            and sentence_class not in {state.main.event_class, inherit.event_class}
            and not refers_back
        ):
            # Another country's toll, or another kind of incident than the article's ("In Myanmar,
            # the quake's toll stood at 3,645" in a story of a tower collapse in Bangkok): the places
            # the sentence names, not the article's title and dateline places.
            places = _places(sentence)
        elif (
            event_class == "attack"
            and sentence_class
            and not refers_back
            and not _only_definite(sentence)
            and _own_towns(sentence) - {place_key(p) for p in inherit.places}
            and not _own_towns(sentence) & {place_key(p) for p in inherit.places}
        ):
            # A sentence telling an attack of its own in other towns ("nine days after a missile killed
            # 20 in Kryvyi Rih") is placed by them, not by the article's title and dateline.
            places = _places(sentence)
        elif refers_back or (event_class == inherit.event_class and not _has_specific(places)):
            places = [*places, *inherit.places]
        if (
            state.line
            and sentence_class
            and sentence_class != state.main.event_class
            and f" {state.line} " not in f" {place_key(sentence)} "
        ):
            # The dateline says where the article's main story is ("MOSCOW: talks with ..."), not
            # where another incident it mentions happened ("... follow a strike on a school in Gaza").
            places = [p for p in places if place_key(p) != state.line]
        merged_terms = tuple(
            dict.fromkeys([*terms, *(inherit.terms if event_class == inherit.event_class else ())])
        )
        # "... hours after another earthquake struck the same area early on Wednesday. That quake
        # killed one person": a further disaster, dated, is its own event.
        exact = False
        if event_class == "disaster":
            if sentence_class == "disaster" and own_day and _ANOTHER.search(sentence):
                exact = True
            elif previous and _ANOTHER.search(previous) and _THAT_HAZARD.match(sentence):
                prev_day = _sentence_day(previous, pub, skip_statements=True)
                if prev_day is not None:
                    day, explicit, exact = prev_day, True, True
        last = state.last_sig
        if last is not None and last.exact and state.last_sentence == sentence:
            day, explicit, exact = last.day, True, True  # "That quake killed one and injured 130"
        return _Signature(
            event_class=event_class,
            terms=merged_terms,
            places=tuple(dict.fromkeys(places)),
            regions=regions,
            keywords=tuple(dict.fromkeys([*_keywords(sentence), *inherit.keywords]))[:20],
            day=day,
            day_explicit=explicit,
            dateline=state.main.dateline,
            own_day=own_day,
            exact=exact,
            named=bool(sentence_class),
            span=span if not explicit else 0,
            fuzz=fuzz if not explicit else 0,
        )

    # -- matching --------------------------------------------------------------------------

    def _series(
        self, regions: tuple[str, ...], family: str, since: date | None, pub: date | None
    ) -> EventRef:
        best: EventRef | None = None
        for event in self._events.values():
            if event.kind != "running_total":
                continue
            if event.family != family and "other" not in {event.family, family}:
                continue
            if (regions or event.regions) and not set(regions) & set(event.regions):
                continue
            if (
                since is not None
                and event.since is not None
                and _since_gap(since, event.since) > SINCE_SLACK_DAYS
            ):
                # "since February 2022" and "since February 24, 2022" are one running total.
                continue
            if (
                best is None
                or (event.since == since and best.since != since)
                or (
                    event.family == family
                    and best.family != family
                    and (event.since == since) == (best.since == since)
                )
            ):
                best = event
        if best is not None:
            if best.family == "other" and family != "other":
                if best.is_new:
                    old_noun, new_noun = _FAMILY_TITLE["other"], _FAMILY_TITLE.get(family, "figures")
                    best.title = best.title.replace(f" {old_noun}", f" {new_noun}", 1)
                    best.keywords = (new_noun,)
                best.family = family
                self._touch(best)
            if best.since is None and since is not None:
                best.since = since
                self._touch(best)
            return best
        noun = _FAMILY_TITLE.get(family, "figures")
        war = KNOWN_WAR_NAMES.get(since) if since is not None else None
        if war is None or known_start(" ".join(regions), pub) != since:
            war = _region_title(regions) or "Unspecified"
        title = f"{war} {noun}" + (f" since {since.isoformat()}" if since else "")
        event = EventRef(
            key=self._new_key(title),
            kind="running_total",
            title=title,
            places=tuple(regions),
            incident_terms=(),
            keywords=(noun,),
            day=None,
            since=since,
            event_class="series",
            regions=regions,
            family=family,
        )
        return self._create(event)

    def _incident(self, sig: _Signature, state: _ArticleState) -> EventRef:
        best: tuple[float, EventRef] | None = None
        for event in self._events.values():
            if event.kind != "incident":
                continue
            score = self._score(sig, event)
            if score is not None and (best is None or score > best[0]):
                best = (score, event)
        if best is not None:
            event = best[1]
            self._absorb(event, sig)
            return event
        event = EventRef(
            key="",
            kind="incident",
            title=_incident_title(sig),
            places=sig.places[:8],
            incident_terms=sig.terms[:10],
            keywords=sig.keywords[:16],
            day=sig.day,
            event_class=sig.event_class,
            regions=sig.regions,
            family="money" if sig.event_class == "funding" else "",
            day_inferred=not sig.day_explicit,
            exact=sig.exact,
        )
        event.key = self._new_key(event.title)
        return self._create(event)

    def _score(self, sig: _Signature, event: EventRef) -> float | None:
        # An unclassified figure ("93 people in the al-Tabi'in school") may still join an
        # incident of another class when it names the same facility, and an incident may join an
        # event made from such a figure (whichever report came first).
        if (
            event.event_class != sig.event_class
            and not _collapse_in_disaster(sig, event)
            and (
                "other" not in {sig.event_class, event.event_class}
                or not {sig.event_class, event.event_class} - {"other"} <= _INCIDENT_CLASSES
                or not _has_specific(sig.places) & _has_specific(event.places)
            )
        ):
            return None
        if (
            sig.event_class != "conference"  # a summit's stories are datelined from everywhere
            and sig.regions
            and event.regions
            and not set(sig.regions) & set(event.regions)
            and not _crosses_borders(sig, event)
        ):
            return None
        if (sig.exact or event.exact) and not (
            sig.day_explicit
            and not event.day_inferred
            and sig.day == event.day
            and (event.exact if sig.exact else (sig.named and sig.own_day))
        ):
            # A further disaster takes only what names a disaster of its own day; the first one's
            # rising toll, counted that day, stays with the first.
            return None
        before, after = CLASS_WINDOWS.get(sig.event_class, CLASS_WINDOWS["other"])
        if sig.event_class == "disaster" and (SEASONAL in sig.terms or SEASONAL in event.incident_terms):
            after = max(after, SEASONAL_WINDOW)  # "floods since the monsoon began in mid-June"
        if sig.event_class == "attack" and SIEGE in {*sig.terms, *event.incident_terms}:
            before, after = max(before, SIEGE_DAYS), max(after, SIEGE_DAYS)  # told day by day until it ends
        slack = self._inferred_slack if sig.event_class not in {"protest", "aid"} else 1
        if not sig.day_explicit:
            after += slack + sig.span  # the claim's incident happened on or before its inferred day
        if event.day_inferred:
            before += slack  # ...and so did the event's: its stated day may come earlier
        before, after = before + sig.fuzz, after + sig.fuzz
        # Reports arrive in any order: an event first made from a later report ("the toll rose to
        # 213 on Thursday") takes an earlier one as the event made from that would have taken it.
        before = max(before, after)
        closeness = 0.5
        if sig.day is not None and event.day is not None:
            delta = (sig.day - event.day).days
            if delta < -before or delta > after:
                return None
            # An inferred day is an upper bound: the incident fell on it or up to the slack before.
            # Closeness is the gap between the two spans of possible days.
            sig_from = delta - (0 if sig.day_explicit else slack + sig.span)
            ev_from = -(slack if event.day_inferred else 0)
            gap = max(0, sig_from - sig.fuzz, ev_from - delta - sig.fuzz)
            closeness = 1.0 / (1.0 + gap)
        sig_fac = _has_specific(sig.places)
        ev_fac = _has_specific(event.places)
        if sig_fac and ev_fac and not sig_fac & ev_fac:
            # Different named facilities of the same kind are different incidents.
            kinds_sig = {k.split()[-1] for k in sig_fac}
            kinds_ev = {k.split()[-1] for k in ev_fac}
            if kinds_sig & kinds_ev:
                return None
        sig_places = {place_key(p) for p in sig.places}
        ev_places = {place_key(p) for p in event.places}
        if sig.event_class == "attack":
            # A strike on Kyiv and a strike on Dnipro are two incidents: towns must meet.
            sig_local = {k for k in sig_places if _is_town(k) and k != sig.dateline}
            ev_local = {k for k in ev_places if _is_town(k)}
            if (
                sig_local
                and ev_local
                and not sig_local & ev_local
                # "Garissa" meets "Garissa University College": the town a facility is named after
                and not _named_in(sig_local, ev_places)
                and not _named_in(ev_local, sig_places)
            ):
                return None
        if sig.event_class == "disaster" and _hazards_conflict(sig.terms, event.incident_terms):
            return None  # a wildfire and a flood in one country are two disasters
        place_overlap = len(sig_places & ev_places) / max(1, min(len(sig_places), len(ev_places)))
        term_overlap = len(set(sig.terms) & set(event.incident_terms)) / max(
            1, min(len(set(sig.terms)), len(set(event.incident_terms)))
        )
        kw = fuzz.token_set_ratio(" ".join(sig.keywords), " ".join(event.keywords)) / 100.0
        if sig.event_class in {"funding", "rate"} and kw * 100 < KEYWORD_THRESHOLD:
            return None
        if (
            sig.event_class in {"other", "conference"}
            and kw * 100 < KEYWORD_THRESHOLD
            and place_overlap < 0.5
        ):
            return None
        # The incident's own country (the first of its regions; countries a sentence adds come after)
        # weighs more than countries merely named along ("aid from China, India and Thailand").
        home = 0.2 if sig.regions and event.regions and sig.regions[0] == event.regions[0] else 0.0
        return 0.35 * place_overlap + 0.25 * term_overlap + 0.25 * kw + 0.15 * closeness + home

    # -- bookkeeping -----------------------------------------------------------------------

    def _new_key(self, title: str) -> str:
        self._counter += 1
        base = re.sub(r"[^a-z0-9]+", "-", _fold(title)).strip("-")[:60]
        return f"new:{self._counter}:{base}"

    def _create(self, event: EventRef) -> EventRef:
        self._events[event.key] = event
        self.new_events.append(event)
        self.touched[event.key] = event
        return event

    def _touch(self, event: EventRef) -> None:
        self.touched[event.key] = event

    def _absorb(self, event: EventRef, sig: _Signature) -> None:
        if event.event_class == "other" and sig.event_class in _INCIDENT_CLASSES:
            event.event_class = sig.event_class  # the incident an unclassified figure was about
            self._touch(event)
        places = tuple(dict.fromkeys([*event.places, *sig.places]))[:16]
        terms = tuple(dict.fromkeys([*event.incident_terms, *sig.terms]))[:16]
        if places != event.places or terms != event.incident_terms:
            event.places, event.incident_terms = places, terms
            self._touch(event)
        if sig.day is not None and (
            event.day is None
            or (event.day_inferred and sig.day_explicit)
            or (event.day_inferred == (not sig.day_explicit) and sig.day < event.day)
        ):
            # A stated day replaces an inferred one; of two stated days the earlier is the
            # incident's (later ones date its rising toll), and of two inferred days (publication
            # days, upper bounds of the incident's) the earlier is the tighter. Either way, the
            # order in which reports arrive does not decide the event's day.
            if event.day is not None and event.title.endswith(f"({event.day.isoformat()})"):
                event.title = f"{event.title[: -len(event.day.isoformat()) - 2]}({sig.day.isoformat()})"
            event.day = sig.day
            event.day_inferred = not sig.day_explicit
            self._touch(event)


#: Hazards that can be one disaster under different words (Storm Daniel's floods, a quake's
#: tsunami and landslides); a disaster whose hazards share no family with another's is different.
HAZARD_FAMILIES: dict[str, frozenset[str]] = {
    "earthquake": frozenset({"seismic", "volcanic"}),
    "tsunami": frozenset({"seismic", "water"}),
    "landslide": frozenset({"seismic", "water"}),
    "flood": frozenset({"water"}),
    "storm": frozenset({"water"}),
    "wildfire": frozenset({"fire"}),
    "fire": frozenset({"fire"}),
    "heatwave": frozenset({"fire", "heat"}),
    "drought": frozenset({"heat", "hunger"}),
    "famine": frozenset({"hunger"}),
    "eruption": frozenset({"volcanic"}),
    "outbreak": frozenset({"disease"}),
}


def _named_in(towns: set[str], places: set[str]) -> bool:
    """Whether one of ``towns`` starts the name of one of ``places`` ("garissa" in "garissa university
    college")."""
    return any(place.startswith(f"{town} ") for town in towns for place in places)


def _collapse_in_disaster(sig: _Signature, event: EventRef) -> bool:
    """Whether one side is a building collapse and the other an earthquake or storm of the same
    country: the tower that fell in Bangkok in the earthquake is that earthquake's toll there."""
    if {sig.event_class, event.event_class} != {"accident", "disaster"}:
        return False
    if not (sig.regions and event.regions and set(sig.regions) & set(event.regions)):
        return False
    accident, disaster = (sig.terms, event.incident_terms)
    if sig.event_class == "disaster":
        accident, disaster = disaster, accident
    return bool({"collapse", "collapsed"} & set(accident)) and any(t in _SHAKING for t in disaster)


#: Hazards that bring buildings down.
_SHAKING = frozenset({"earthquake", "storm", "tsunami", "landslide"})

#: Hazards that strike many countries at once: an ocean's tsunami reaches every coast of it the same
#: morning, and its reports are filed from donor capitals and from any of the shores it hit.
BORDERLESS_HAZARDS = frozenset({"tsunami"})


def _crosses_borders(sig: _Signature, event: EventRef) -> bool:
    """Whether a disaster and a known one share a hazard that has no single country: then the
    countries each report names (where it counts the dead, where its donors sit) never split them;
    the day window still does."""
    if sig.event_class != "disaster" or event.event_class != "disaster":
        return False
    return bool(BORDERLESS_HAZARDS & set(sig.terms) & set(event.incident_terms))


def _hazards_conflict(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two disasters' hazard words name different hazards (no family in common)."""
    fa = frozenset().union(*(HAZARD_FAMILIES[t] for t in a if t in HAZARD_FAMILIES))
    fb = frozenset().union(*(HAZARD_FAMILIES[t] for t in b if t in HAZARD_FAMILIES))
    return bool(fa) and bool(fb) and not fa & fb


def _explosion_story(main: _Signature) -> bool:
    """Whether the article tells an explosion and no other kind of attack: those "still missing"
    after a blast (a port, a factory, a gas main) are its own toll, not a war's running total."""
    attacks = {t for t in main.terms if TERM_CLASS.get(t) == "attack"}
    return main.event_class == "attack" and attacks == {"explosion"}


def _paragraph_index(starts: list[int], offset: int) -> int:
    index = 0
    for i, start in enumerate(starts):
        if start <= offset:
            index = i
        else:
            break
    return index


_FIRST_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"dozens?|hundreds|thousands|millions)\b",
    re.IGNORECASE,
)
_SINCE_TOTAL = re.compile(
    r"\bsince\s+(?:the\s+(?:start|beginning|outbreak)\s+of\s+the\s+war|the\s+war\s+(?:began|started|broke\s+out)|"
    r"(?:Oct(?:ober|\.)?\s+7|7\s+Oct(?:ober)?))\b|"
    r"\bstill\s+(?:being\s+)?(?:held|missing|detained|in\s+captivity|unaccounted)\b|"
    r"\bremain(?:s|ing)?\s+(?:in\s+captivity|missing|held|unaccounted)\b",
    re.IGNORECASE,
)
#: Money asked for or promised, not paid out: an appeal measures the disaster's needs, and donors'
#: pledges answer it; one pledge drive is one event whatever the verb ("pledged", "offered", "committed").
_APPEAL = re.compile(
    r"\b(?:appeal(?:s|ed|ing)?|seeks|seeking|pledg(?:e|es|ed|ing)|donat(?:e|ed|es|ing|ions?)|"
    r"offer(?:s|ed|ing)?|promis(?:e|es|ed|ing)|commit(?:s|ted|ting))\b",
    re.IGNORECASE,
)
_DAMAGE = re.compile(r"\b(?:damages?|losses|cost|costs|costing|caused|insured)\b", re.IGNORECASE)
_RELIEF = re.compile(
    r"\b(?:aid|relief|receive|grants?|payments?|compensation|package|fund|funds|allocat\w*|spend|"
    r"pledged?|donat\w*|appeal|reconstruction|recovery|support)\b",
    re.IGNORECASE,
)
#: A sentence that opens by pointing back at the money just described.
_FUNDING_ANAPHORA = re.compile(
    r"^\W*(?:the|this|that|these|those|its|the\s+new|the\s+latest)\s+(?:\w+\s+)?(?:measures?|package|plan|"
    r"programme|program|fund|funding|money|aid|scheme|payments?|allocation|budget|spending)\b",
    re.IGNORECASE,
)
#: Money or aid told as given so far: a perfect tense of giving, "since <date>", "between <year> and",
#: "to date", "in total", "put ... aid at".
_GIVEN_TOTAL = re.compile(
    r"\b(?:ha(?:s|d|ve)\s+(?:already\s+|actually\s+|so\s+far\s+|now\s+)?(?:been\s+)?"
    r"(?:provided|given|spent|sent|appropriated|allocated|disbursed|delivered|committed|contributed|"
    r"donated|covered|reached|channell?ed|transferred)|"
    r"(?:since|between)\s+(?:\w+\s+){0,3}(?:19|20)\d\d|so\s+far|to\s+date|in\s+total|"
    r"spen[dt]\s+(?:\S+\s+){1,4}on\s+(?:a|the|its|their|this)\s+war|"
    r"put\s+(?:\S+\s+){0,3}(?:aid|support|assistance|spending)\s+at)\b",
    re.IGNORECASE,
)
_HAZARD_WORDS = (
    r"(?:earthquake|quake|tremor|aftershock|flood|flooding|storm|cyclone|hurricane|typhoon|landslide|eruption|"
    r"tsunami|wildfire|fire)s?"
)
#: "another earthquake", "a second powerful quake", "a new tremor".
_ANOTHER = re.compile(
    r"\b(?:another|a\s+(?:second|third|new|fresh|further)|second|third|new|fresh)\s+(?:[\w.-]+\s+){0,2}?"
    + _HAZARD_WORDS
    + r"\b",
    re.IGNORECASE,
)
#: A sentence opening by pointing at the disaster just told: "That quake killed one person".
_THAT_HAZARD = re.compile(
    r"^\W*(?:that|this|the\s+(?:second|new|latest))\s+(?:[\w.-]+\s+){0,2}?" + _HAZARD_WORDS + r"\b", re.I
)
_MONTH_NAMED = re.compile(
    r"^\W*(?:in|last|early|late|mid-?|since)\s+(?:early\s+|late\s+|mid-?)?(?P<m>january|february|march|april|may|june|"
    r"july|august|september|october|november|december)\b(?![\s,]+\d)",
    re.IGNORECASE,
)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")  # fmt: skip


def _month_named(sentence: str, pub: date | None) -> date | None:
    """The last day of the month a sentence opens with, named without a day or year ("In December,
    ..."), the latest one on or before ``pub``; None when there is none (or "Since March ...")."""
    match = _MONTH_NAMED.search(sentence)
    if pub is None or match is None or match[0].lower().startswith("since"):
        return None
    month = _MONTHS.index(match["m"].lower()) + 1
    year = pub.year if month <= pub.month else pub.year - 1
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return min(last, pub)


#: What a month ends a span with, not the incident's month ("since January 2010").
_SPAN_BEFORE = re.compile(
    r"\b(?:since|from|until|till|before|after|through|by)\s+(?:early\s+|late\s+|mid-?)?$", re.I
)
#: "the earthquake of January 2010", "floods in August 2022": an incident word, then the month.
_INCIDENT_OF = re.compile(r"([a-z-]+)\s+(?:of|in)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)


def _incident_month(text: str, pub: date | None, anchor: int | None = None) -> date | None:
    """The month an incident is named by, with its year ("Haiti's January 2010 earthquake", "the
    floods of August 2022"), as the last day of that month; None when no incident is so named
    (with ``anchor``, none in the figure's clause)."""
    for expr in find_dates(text):
        if expr.kind != "month_year" or _SPAN_BEFORE.search(text[max(0, expr.start - 20) : expr.start]):
            continue
        if anchor is not None and not _same_clause(text, expr.start, anchor):
            continue
        follow = " ".join(text[expr.end : expr.end + 40].split()[:2])
        before = _INCIDENT_OF.search(text[max(0, expr.start - 30) : expr.start])
        if _class_of(_terms(follow)) or (before is not None and _class_of(_terms(before[1]))):
            day = month_end(expr, pub)
            if day is not None:
                return day
    if pub is None:
        return None
    for match in _POSSESSIVE_MONTH.finditer(text):
        # "last November's fuel protests", "April's earthquake": the incident named by its month
        if anchor is not None and not _same_clause(text, match.start(), anchor):
            continue
        if not _class_of(_terms(" ".join(match["what"].split()[:3]))):
            continue
        month = _MONTHS.index(match["m"].lower()) + 1
        year = pub.year if month < pub.month or (month == pub.month and not match["last"]) else pub.year - 1
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return min(last, pub)
    for match in _BARE_MONTH.finditer(text):
        if anchor is not None and not _same_clause(text, match.start(), anchor):
            continue
        # "a sinking that killed 304 people in April", "as the ship went down last month": the clause
        # that tells the incident dates it by a month of the year of publication (or the one before).
        opening = max(text.rfind(mark, 0, match.start()) for mark in (",", ";", ":", ". "))
        clause = text[opening + 1 : match.start()]
        if not _class_of(_terms(clause)) or _SPAN_CLAUSE.search(clause):
            continue  # "since the protests began in January": where a span starts, not one incident's day
        if match["m"] is None:
            first = pub.replace(day=1)
            return first - timedelta(days=1)
        month = _MONTHS.index(match["m"].lower()) + 1
        year = pub.year if month <= pub.month else pub.year - 1
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return min(last, pub)
    return None


_POSSESSIVE_MONTH = re.compile(
    r"\b(?P<last>last\s+)?(?P<m>January|February|March|April|May|June|July|August|September|October|November"
    r"|December)['’]s\s+(?P<what>[^,.;:]{1,60})"
)
_SPAN_CLAUSE = re.compile(r"\b(?:since|until|from|began|begun|started|starting|beginning)\b", re.IGNORECASE)
#: A month named without a day or a year ("in April", capitalised as in edited copy), or "last month".
_BARE_MONTH = re.compile(
    r"\b(?:(?:in|during)\s+(?:early\s+|late\s+|mid-?)?(?P<m>January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b(?![\s,]+\d)(?!['’]s)|last\s+month\b)"
)


_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50,
}  # fmt: skip
#: "nine days after a missile killed 20": an incident dated from the article's.
_DAYS_AFTER = re.compile(
    r"\b(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen)\s+(?P<unit>days?|weeks?)\s+after\s+(?:a|an)\s",
    re.IGNORECASE,
)
_WAR_WORDS = re.compile(r"\b(?:wars?|conflict|invasion|offensive|occupation|fighting|since)\b", re.IGNORECASE)
#: Classes whose toll keeps being counted after the day: a count's date is not the incident's.
_RISING_TOLL_CLASSES = frozenset({"disaster", "attack", "maritime", "accident"})
#: A sentence giving a count of an incident's toll as of some day.
_TALLY = re.compile(
    r"\b(?:(?:death\s+)?toll|tally|number\s+of\s+(?:the\s+)?(?:dead|deaths|victims|injured|wounded|casualties|"
    r"missing|people\s+(?:killed|injured|wounded|missing))|stood\s+at|(?:rose|risen|climbed|jumped|increased)\s+to|"
    r"put\s+the\s+(?:toll|number|count)|bringing\s+the|(?:official|death|body)\s+count|"
    # "38 foreigners were among the dead", "375 of the wounded": a part of a toll already told
    r"(?:among|of)\s+(?:the|those)\s+(?:dead|victims|wounded|injured|casualties|missing|killed|hurt)|"
    r"ha(?:d|s|ve)\s+(?:so\s+far\s+)?(?:registered|recorded|counted|confirmed)|"
    r"by\s+(?:late\s+|early\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+(?:morning|evening|afternoon|night)))\b",
    re.IGNORECASE,
)
_SAME_DAY = re.compile(r"\b(?:that|the\s+same)\s+day\b", re.IGNORECASE)
_RATE = re.compile(
    r"\b(?:a|per|each|every)\s+(?:day|year|week|month)\b(?!\s+(?:earlier|ago|before|later|after|on))|\bdaily\b|\bannual(?:ly)?\b|\bon\s+average\b|"
    r"\baverag(?:e|ed|ing)\b|\bbefore\s+the\s+war\b|\bpre-?war\b|\btarget\b",
    re.IGNORECASE,
)


#: Start dates of one running total may differ by this much ("since February 2022" vs "since
#: the invasion began on February 24, 2022").
SINCE_SLACK_DAYS = 31


def _since_gap(a: date, b: date) -> int:
    """Days between two start dates; a first of the month may stand for the whole month ("since
    January 2022" and "since the invasion on February 24, 2022" are 24 days apart, not 54)."""
    if a > b:
        a, b = b, a
    if a.day == 1:
        month_end = (date(a.year + a.month // 12, a.month % 12 + 1, 1) - a).days - 1
        return max(0, (b - a).days - month_end)
    return (b - a).days


#: A "since" this many days before publication marks a running total, not one incident's toll.
RUNNING_TOTAL_MIN_DAYS = 45


def _long_since(sentence: str, pub: date | None, context: str = "") -> bool:
    if pub is None or "since" not in sentence.lower():
        return False
    start = resolve_since(sentence, pub, context=context)
    return start is not None and (pub - start).days > RUNNING_TOTAL_MIN_DAYS


def _is_rate(sentence: str, offset: int) -> bool:
    """Whether the figure at ``offset`` is a rate, average, target or pre-war norm."""
    window = sentence[max(0, offset - 30) : offset + 60]
    cut = re.search(r"[,;]", window[min(len(window), 30 + 1) :])
    if cut:
        window = window[: 31 + cut.start()]
    return _RATE.search(window) is not None


_SAME_DAY_CLASSES = frozenset({"protest", "aid", "conference"})
#: Classes of incidents proper (what an unclassified figure naming the same facility may be about).
_INCIDENT_CLASSES = frozenset({"disaster", "attack", "protest", "maritime", "accident"})
#: words that set a figure's incident apart from the one the article is about
_SEPARATE_INCIDENT = re.compile(
    r"\b(?:another|separate(?:ly)?|elsewhere|earlier|previous|second|also\s+(?:struck|hit|attacked|targeted)"
    r"|in\s+a\s+different)\b",
    re.IGNORECASE,
)
#: After "since <year> [a few words]": a clause describing that past event ("since 1960, when
#: an earthquake ...", "since the 2016 Kumamoto quakes, in which 276 people died").
_PAST_EVENT_CLAUSE = re.compile(
    r"(?:\s+[\w'’-]+){0,4}\s*,\s+(?:when|in\s+which|during\s+which|where|which\s+(?:killed|left))\b",
    re.IGNORECASE,
)
#: A verb of speaking, between a speaker's description and what they say.
_SPEECH_VERB = re.compile(
    r"\b(?:said|says|say|told|reported|announced|stated|estimated|added)\b", re.IGNORECASE
)
_OLD_YEAR = re.compile(
    rf"\b(?:in|of|the|since|a|an)\s+(?P<month>(?:{'|'.join(_MONTHS)})\s+)?((?:1[89]|20)\d\d)\b(?![,.]\d)",
    re.IGNORECASE,
)


def _sentence_day(
    sentence: str,
    pub: date | None,
    anchor: tuple[int, int | None] | None = None,
    *,
    skip_statements: bool = False,
    incident_day: date | None = None,
) -> date | None:
    """The day the sentence itself gives its figure (not "since" dates, not other figures').

    ``incident_day`` (the article's own incident, when known) is what "came eight months after"
    counts back from; the publication day stands in for it otherwise.

    A past year in the sentence ("the 1960 Agadir earthquake", "in 1939") marks an older event:
    January 1 of that year is returned so that the claim cannot join a current incident.
    """
    if pub is None:
        return None
    sentence = _undated_line(sentence)
    back = _time_after_incident(sentence, pub, ago_only=True)
    if back is not None:
        return back  # "killed in the Arena bombing a year ago": that incident's figure, told today
    if anchor is not None:
        day = attached_date(sentence, pub, anchor[0], anchor[1], skip_statements=skip_statements)
    else:
        dated = dated_expressions(sentence, pub, skip_statements=skip_statements)
        day = dated[0][1] if dated else None
    if day is None and anchor is not None:
        # "The attack came eight months after gunmen struck Paris, killing 130": no date of its own, so
        # counted back from the story's incident ("a week after the March 9 strike" keeps March 9)
        day = _came_after_day(sentence, incident_day or pub, anchor[0])
        if day is not None:
            return day
    if day is not None and anchor is not None:
        month = _incident_month(sentence, pub, anchor[0])
        if month is not None and abs((month - day).days) > 31:
            # "A court on Tuesday jailed the owner over a sinking that killed 33 people in March": the
            # figure's clause dates its incident by the month; the day is the court's.
            return None
    if day is not None:
        return day
    if anchor is not None:
        resolved = dated_expressions(sentence, pub)
        for expr, named in resolved:
            # "The June 9 turnout, which the institute put at 1.03 million": the incident named by its day.
            follow = re.match(
                r"(?:['’]s)?\s+([a-z]+(?:\s+[a-z]+)?)", sentence[expr.end : expr.end + 30].lower()
            )
            if (
                follow
                and _class_of(_terms(follow[1]))
                and _same_clause(sentence, expr.start, anchor[0])
                and not re.search(
                    r"\b(?!(?:The|This|That|Its|Their|On|In|At|By|Since|Last)\b)[A-Z][a-z]+\s+$",
                    sentence[max(0, expr.start - 20) : expr.start],
                )
            ):  # ... but "Black Saturday fires", "Bloody Sunday" are names
                return named
    found: list[tuple[int, int]] = []  # (start, year) of the past years that date an event
    for match in _OLD_YEAR.finditer(sentence):
        year = int(match[2])
        month_no = _MONTHS.index(match["month"].strip().lower()) + 1 if match["month"] else 0
        if (
            year >= pub.year
            or (
                year == pub.year - 1
                # "the 2016 Pulse nightclub shooting" a year on is that past incident, named by its year;
                # so is one "in June 2016" told the next October
                and not (
                    match[0].lower().startswith("the")
                    and _class_of(_terms(" ".join(sentence[match.end() :].split()[:4])))
                )
                and not (month_no and (pub - date(year, month_no, 28)).days > 90)
            )
        ):
            continue
        if re.search(
            r"\b(?:released|published|issued|filed|announced|completed|presented|delivered)\s+$",
            sentence[max(0, match.start() - 14) : match.start()],
        ):
            continue  # "the final report, released in August 2018, found that 413 were wounded": the report's
        # "the deadliest since 1939" compares; "since 1960, when an earthquake ..." describes 1960.
        if (
            match[0].lower().startswith("since") or re.search(r"\bsince\b[^,;.]*$", sentence[: match.start()])
        ) and not _PAST_EVENT_CLAUSE.match(sentence[match.end() :]):
            continue
        if (
            anchor is not None
            and match.end() <= anchor[0]
            and not match[0].lower().startswith("in")
            and _SPEECH_VERB.search(sentence, match.end(), anchor[0])
            and not _class_of(_terms(" ".join(sentence[match.end() :].split()[:3])))
        ):
            # "A shadow government formed after the 2021 coup said 2,400 people had died": the year
            # describes who speaks, and the figure is what they say now ("the 2010 earthquake, which
            # the government said killed 300,000" still names the old disaster).
            continue
        found.append((match.start(), year))
    if anchor is not None:
        # "... beat the 510,000 it had claimed in 2014, while police said 190,000": another clause's
        # year is another figure's.
        found = [(start, year) for start, year in found if _same_clause(sentence, start, anchor[0])]
    if not found:
        return _leading_day(sentence, pub, skip_statements) if anchor is not None else None
    if anchor is not None:
        # "the 2018 Camp Fire, which killed 85, ... a 1960 tsunami that killed 61": the year
        # nearest before the figure is its event's.
        before = [year for start, year in found if start < anchor[0]]
        if before:
            return date(before[-1], 1, 1)
    return date(found[0][1], 1, 1)


def _part_of_previous(sentence: str, offset: int) -> bool:
    """Whether the figure at ``offset`` is a part of the one before it ("with 200,000 in Tel Aviv
    alone", "including 40,000 in Haifa", "800,000 of them in Tel Aviv"), so it shares its day."""
    before = sentence[max(0, offset - 40) : offset]
    if re.search(r"\b(?:with|including|among\s+them)\s+(?:[a-z]+\s+){0,3}$", before, re.IGNORECASE):
        return True
    return (
        re.match(r"[\d.,]+(?:\s+[a-z]+)?\s+of\s+(?:them|whom)\b", sentence[offset : offset + 40], re.I)
        is not None
    )


def _leading_day(sentence: str, pub: date, skip_statements: bool) -> date | None:
    """A day opening the sentence, which dates each of its figures ("On July 1, the front counted
    550,000 marchers ..., while police said 190,000 had taken part")."""
    for expr, day in dated_expressions(sentence, pub, skip_statements=skip_statements):
        opening = re.fullmatch(r"\W*((?:early\s+|late\s+)?on\s+)?\s*", sentence[: expr.start].lower())
        if opening is None:
            return None
        # "On 11 March organisers counted ..." needs no comma: "on" opening the sentence already
        # sets the day apart from the clause.
        return day if opening[1] or sentence[expr.end : expr.end + 1] == "," else None
    return None


_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|although|though)\b|\s-+\s|\s[—–]\s", re.IGNORECASE)


def _same_clause(sentence: str, a: int, b: int) -> bool:
    """Whether nothing like "; " or ", while" separates offsets ``a`` and ``b`` of ``sentence``."""
    low, high = min(a, b), max(a, b)
    return _CLAUSE_BREAK.search(sentence, low, high) is None


_DEFINITE_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|its|their|(?:satur|sun|mon|tues|wednes|thurs|fri)day\s+s|weekend\s+s)"
    r"\s+(?:[a-z0-9-]+\s+){0,2}$"
)


def _own_towns(sentence: str) -> set[str]:
    """Place keys of the towns the sentence itself names (not countries, not facilities)."""
    return {key for key in (place_key(p) for p in _places(sentence)) if _is_town(key)}


def _only_definite(sentence: str) -> bool:
    """Whether every incident word of ``sentence`` refers back ("the attack", "this week's strike").

    "Turkey's foreign ministry called the attack a crime": the incident already told, not a new
    one in Turkey. "A strike in Lebanon killed five" introduces its own.
    """
    positions = [(term, at) for term, at in _term_positions(sentence) if term in TERM_CLASS]
    if not positions:
        return False
    lowered = re.sub(r"[^a-z0-9-]", " ", _fold(sentence))  # same offsets as _term_positions
    return all(_DEFINITE_BEFORE.search(lowered[max(0, at - 60) : at]) for _term, at in positions)


#: A dateline opening the copy: "JERUSALEM, Aug 12 -", "GAZA CITY, Aug 10 (Reuters) -".
_DATELINE_PREFIX = re.compile(r"^\s*[A-Z][A-Z'’.\- ]{1,40}[A-Z]\b[^\n]{0,45}?\s[:—–-]+\s")


def _undated_line(text: str) -> str:
    """``text`` with the date of its dateline blanked (same offsets).

    A dateline's date is the day the report was filed, like the publication day: it bounds the
    incident from above but is not the day the incident happened ("JERUSALEM, Aug 12 - The army
    said on Monday that 31 militants were killed in its weekend strike").
    """
    prefix = _DATELINE_PREFIX.match(text)
    if not prefix:
        return text
    for expr in find_dates(text[: prefix.end()]):
        if expr.end <= prefix.end():
            text = text[: expr.start] + " " * (expr.end - expr.start) + text[expr.end :]
    return text


def _named_again(place: str, text: str) -> bool:
    key = place_key(place)
    body = _NON_ALNUM.sub(" ", _fold(text[len(place) + 2 :]))
    return f" {key} " in f" {place_key(body)} "


#: Words that put a weekday ahead ("Leaders arriving for Monday's summit will be met ..."): a day to
#: come is no incident's day.
_AHEAD = re.compile(
    r"\b(?:will|arriving\s+for|ahead\s+of|due\s+(?:to|on)|is\s+set\s+to|are\s+set\s+to|planned|plans?\s+to"
    r"|next|upcoming|coming|shifts?\s+to|turns?\s+to|looks?\s+(?:ahead\s+)?to)\b",
    re.IGNORECASE,
)


def _still_to_come(text: str, expr: DateExpr, *, before: int = 25, after: int = 25) -> bool:
    """Whether the words around a date put it ahead ("arriving for Monday's summit")."""
    return _AHEAD.search(text[max(0, expr.start - before) : expr.end + after]) is not None


#: A count of days, weeks, months or years before a report ("ten", "a", "30", "thirty").
_COUNT = (
    r"\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
)

#: "Six months after the tsunami", "two years after the collapse": a report told that long after
#: its incident, which it names.
_TIME_AFTER = re.compile(
    rf"\b(?P<n>{_COUNT})\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+(?:after|since)\s+"
    r"(?P<what>[^,.;:]{0,60})",
    re.IGNORECASE,
)


#: "The attack came eight months after gunmen struck Paris, killing 130": the figure after it is of an
#: incident that long before the story's own
_CAME_AFTER = re.compile(
    r"\b(?:came|comes|happened|occurred|struck|was)\s+(?:just\s+|only\s+|some\s+|barely\s+|less\s+than\s+)?"
    r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<unit>days?|weeks?|months?|years?)\s+after\s+",
    re.IGNORECASE,
)


_AND_AFTER = re.compile(
    r"\band\s+(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<unit>days?|weeks?|months?|years?)\s+after\s+",
    re.IGNORECASE,
)


def _came_after_day(sentence: str, pub: date, offset: int) -> date | None:
    """The day of the earlier incident a figure at ``offset`` belongs to when its sentence says the
    story's incident "came eight months after" it (the last such phrase before the figure)."""
    found = _CAME_AFTER.search(sentence, 0, offset)
    if found is None:
        return None
    for match in _AND_AFTER.finditer(sentence, found.end(), offset):
        found = match  # "..., and 18 months after the assault on the weekly, in which 17 died"
    named = dated_expressions(sentence[found.end() : offset], pub)
    if named:
        return named[0][1]  # "a week after the March 9 strike on a maternity hospital": the date it gives
    return _counted_back(found, pub)


def _counted_back(match: re.Match[str], pub: date) -> date | None:
    """The day ``match``'s count (group ``n``: a number, a number word or "last") of its ``unit``
    (days, weeks, months, years) before ``pub``; None when the count reads as none."""
    n = match["n"].lower()
    count = int(n) if n.isdigit() else 1 if n == "last" else _NUMBER_WORDS.get(n, 0)
    if not count:
        return None
    unit = match["unit"].lower().rstrip("s")
    if unit in {"day", "week"}:
        days = count * (7 if unit == "week" else 1)
        return pub - timedelta(days=days) if pub.toordinal() > days else None  # not before the calendar
    months = count * {"year": 12, "decade": 120}.get(unit, 1)
    year, month = divmod(pub.year * 12 + pub.month - 1 - months, 12)
    if year < 1:
        return None  # "fifty decades on" in a text dated in antiquity: before the calendar begins
    return date(year, month + 1, min(pub.day, 28))


#: "killed in the Arena bombing a year ago", "the quake two years on": the incident, counted back from the
#: report
_TIME_AGO = re.compile(
    rf"(?P<what>[^,.;:]{{0,60}}?)\s+(?P<n>{_COUNT})\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+"
    r"(?:ago|on)\b",
    re.IGNORECASE,
)

#: "killed in last year's Bastille Day attack", told on its anniversary: the incident a year before the
#: report ("last week's earthquake" names no day: the report's own dates decide)
_LAST_UNITS = re.compile(
    r"\b(?P<n>last)\s+(?P<unit>year)['’]s\s+(?P<what>[^,.;:]{0,60})",
    re.IGNORECASE,
)

#: "the second anniversary of the attack", "on the 10th anniversary of the collapse": a report told so
#: many years after its incident, which it names
_ANNIVERSARY = re.compile(
    r"\b(?P<n>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+"
    r"anniversary\s+of\s+(?P<what>[^,.;:]{0,60})",
    re.IGNORECASE,
)
_ORDINALS = {
    w: i
    for i, w in enumerate(
        ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
        start=1,
    )
}


def _time_after_incident(text: str, pub: date, *, ago_only: bool = False) -> date | None:
    """The day of the incident a text places so long before its own ("Six months after the Indian
    Ocean tsunami, ..."), about that day: a report of an anniversary is about the incident it counts
    back to, not an incident of its own publication day."""
    # within a figure's sentence "in the 42 days after the storm" is a span; "a year ago" still counts back
    for match in [
        *([] if ago_only else _TIME_AFTER.finditer(text)),
        *_TIME_AGO.finditer(text),
        *_LAST_UNITS.finditer(text),
    ]:
        if not any(TERM_CLASS.get(t) in _INCIDENT_CLASSES for t in _terms(match["what"])):
            continue
        back = _counted_back(match, pub)
        if back is not None:
            return back
    for match in () if ago_only else _ANNIVERSARY.finditer(text):
        if not any(TERM_CLASS.get(t) in _INCIDENT_CLASSES for t in _terms(match["what"])):
            continue
        n = match["n"].lower()
        years = int(n[:-2]) if n[:1].isdigit() else _ORDINALS[n]
        return date(pub.year - years, pub.month, min(pub.day, 28))
    return None


def _names_past_incident(clause: str, pub: date) -> bool:
    """Whether ``clause`` names an incident by an earlier year ("over the 2014 Soma mine disaster")."""
    for match in _OLD_YEAR.finditer(clause):
        if (
            int(match[2]) < pub.year
            and match[0].lower().startswith("the")
            and _class_of(_terms(" ".join(clause[match.end() :].split()[:4])))
        ):
            return True
    return False


#: "Ten years on", "a decade after", "twenty years later": a headline counting back in years
_YEARS_FRAME = re.compile(
    rf"(?:^|[,;:]\s*|\s)(?P<n>{_COUNT})\s+(?P<unit>years?|decades?)\s+(?:on|after|later|since)\b",
    re.IGNORECASE,
)

#: Words making the years a span or a term rather than the time since ("jailed for 20 years after the
#: fire", "in the first two years after the quake"); "more than seven years after" is still time since
_YEARS_AS_TERM = re.compile(r"\b(?:for|to|of|in|within|last|first|next)\s+$", re.IGNORECASE)

#: A court's, an inquiry's or a commander's act about an incident, on a day of its own ("ruled on Thursday",
#: "on Friday convicted", "found six men guilty"): that day is the act's, not the incident's
_LEGAL_ACT = re.compile(
    r"\b(?:convicted|sentenced|jailed|fined|acquitted|ruled|found\s+(?:\w+\s+){0,3}(?:guilty|sane|liable)"
    r"|disciplined|indicted|charged\s+(?!into\b)|compensat(?:e|ed|ion)|settled|blamed)\b",
    re.IGNORECASE,
)

#: "the 1984 gas leak", "the Beslan school siege of 2004", "over 2013 Santiago train crash": an incident
#: named by a past year
_YEAR_OF_INCIDENT = re.compile(r"\b(?:(?:of|in)\s+)?((?:1[89]|20)\d\d)\b(?![,.]?\d)")


#: Nouns that name an incident by its year without saying what kind it was ("the 2010 disaster")
_NAMING_NOUN = re.compile(r"\b(?:disaster|tragedy|catastrophe)\b", re.IGNORECASE)


def _year_named(title: str, lead: str, pub: date) -> date | None:
    """The middle of the past year a title or lead names its incident by ("over 2013 Santiago train
    crash", "the siege of 2004"): an incident word within three words after the year, or just before
    "of YEAR"; None when none."""
    for text in (title, lead):
        for match in _YEAR_OF_INCIDENT.finditer(text):
            year = int(match[1])
            if year >= pub.year:
                continue
            after = " ".join(text[match.end() :].split()[:3])
            before = " ".join(text[: match.start()].split()[-2:]) if match[0][:2].lower() == "of" else ""
            if (
                _class_of(_terms(after))
                or _class_of(_terms(before))
                or _NAMING_NOUN.search(f"{before} {after}")
            ):
                return date(year, 7, 1)
    return None


#: How far either way a day counted back in years may be from the incident's (half a year)
YEAR_FUZZ = 183


def _years_back(title: str, lead: str, pub: date | None) -> date | None:
    """The day a title or lead counts back to in years ("four years after the disaster", "a year
    on", "the first anniversary of the attack"), or None when it counts in days, weeks or months."""
    if pub is None:
        return None
    for text in (title, lead):
        for pattern in (_TIME_AFTER, _TIME_AGO, _LAST_UNITS, _ANNIVERSARY):
            for match in pattern.finditer(text):
                unit = match.groupdict().get("unit")
                if unit is not None and not unit.lower().startswith(("year", "decade")):
                    continue
                if pattern in (_TIME_AFTER, _TIME_AGO) and _YEARS_AS_TERM.search(text, 0, match.start("n")):
                    continue  # "jailed for 20 years after the fire": a term, not the time since it
                back = _time_after_incident(match.group(0), pub)
                if back is not None:
                    return back
    # A headline framed by the years since ("One year on, Garissa remembers its students", "Thirty years
    # after Sabra and Shatila, ...") tells a retrospective whatever words it uses for the incident.
    for framed in _YEARS_FRAME.finditer(title):
        if not _YEARS_AS_TERM.search(title, 0, framed.start("n")):
            return _counted_back(framed, pub)
    return None


def _lead_day(lead: str, title: str, pub: date | None, main_class: str = "") -> tuple[date | None, bool]:
    """The main incident's day and whether the text states it.

    A date near an incident word in the title or lead ("Saturday's strike", "the earthquake on
    Friday night") is stated; otherwise the first usable date of the lead or title, else the
    publication day, stand in for it. Statement dates, future plans and span starts are skipped.
    """
    if pub is None:
        return None, False
    lead = _undated_line(lead)
    # "Ten years after the Kiss fire, ...": the days the lead tells ("gathered on Friday to mark ...") are
    # the anniversary's, not the incident's; only a day near the one counted back can be the incident's
    retro = _years_back(title, "", pub)

    def commemorated(day: date) -> bool:
        return retro is not None and abs((day - retro).days) > YEAR_FUZZ

    for text in (title, lead):
        for expr in find_dates(text):
            # "Saturday's earthquake", "Friday's attack": the incident named by its (most recent) day.
            after = text[expr.end : expr.end + 40]
            if (
                expr.kind == "weekday"
                and expr.weekday is not None
                and (re.match(r"['’]s\s", after) or re.search(r"['’]s$", text[expr.start : expr.end]))
                and _class_of(_terms(after[:30]))
                and not _still_to_come(text, expr, before=40, after=60)
                and retro is None
            ):
                return pub - timedelta(days=(pub.weekday() - expr.weekday) % 7), True
    for text in (title, lead):
        for expr, day in dated_expressions(text, pub, skip_statements=True):
            window = text[max(0, expr.start - 40) : expr.end + 40]
            if expr.kind == "weekday" and _still_to_come(text, expr):
                continue  # "arriving for Monday's summit": a day to come
            if commemorated(day):
                continue
            if _LEGAL_ACT.search(text[max(0, expr.start - 45) : expr.end + 45]):
                continue  # "A jury on Tuesday found six men guilty over the bombings": the verdict's day
            # The clause telling the incident dates it, however long it runs ("An air strike hit
            # a school in Gaza City before sunrise on Saturday, killing 93"); not "talks opened on
            # Tuesday, three days after a strike".
            start = max((text.rfind(mark, 0, expr.start) for mark in (", ", "; ", ". ", ": ")), default=-1)
            ends = [i for i in (text.find(mark, expr.end) for mark in (", ", "; ", ". ")) if i >= 0]
            clause = text[start + 1 : min(ends, default=len(text))]
            if _TALLY.search(clause):
                continue
            if _time_after_incident(clause, pub) is not None:
                continue  # "Bells rang out on Tuesday for those killed in the bombing a year ago": the day's
            month = _incident_month(clause, pub)
            if month is not None and abs((month - day).days) > 31:
                continue  # "a court on Tuesday jailed ... over a sinking in March": the court's day
            if _names_past_incident(clause, pub):
                continue  # "a court on Wednesday convicted 14 over the 2014 Soma mine disaster": the court's
            nearest = min(
                ((abs(at - expr.start), term) for term, at in _term_positions(text) if term in TERM_CLASS),
                default=None,
            )
            if (
                main_class
                and nearest is not None
                and TERM_CLASS[nearest[1]] not in {main_class, "aid", "conference"}
            ):
                continue  # "marched on Saturday to protest the handling of the floods": the march's day  # "lowered the death toll to 1,000 on Wednesday": the count's day, not the incident's
            if _class_of(_terms(window)) or _class_of(_terms(clause)):
                return day, True
    for text in (title, lead):
        month = _incident_month(text, pub)
        if month is not None and not commemorated(month):
            return month, False  # "died in Haiti's January 2010 earthquake": by the month's end
    for text in (title, lead):
        back = _time_after_incident(text, pub)
        if back is not None:
            return back, False  # "Six months after the tsunami, ...": an anniversary story of it
    if retro is not None:
        return retro, False
    named = _year_named(title, lead, pub)
    if named is not None:
        return named, False  # "the Beslan school siege of 2004", "over the 1984 gas leak": that year
    for text in (lead, title):
        for expr, day in dated_expressions(text, pub, skip_statements=True):
            if expr.kind == "weekday" and _still_to_come(text, expr):
                continue
            return day, False
    return pub, False


def _incident_title(sig: _Signature) -> str:
    specific = [p for p in sig.places if p.split()[-1].lower() in FACILITY_TERMS]
    wide = {place_key(r) for r in sig.regions} | {sig.dateline}
    others = [p for p in sig.places if p not in specific and place_key(p) not in wide]
    # Towns before countries, facilities before towns.
    others.sort(key=lambda p: not _is_town(place_key(p)))
    datelines = [p for p in sig.places if place_key(p) == sig.dateline]
    where_parts = [*specific[:1], *others[:1]] or datelines[:1] or list(sig.regions[:2])
    where = ", ".join(where_parts) or "unknown place"
    day = f" ({sig.day.isoformat()})" if sig.day else ""
    terms = [t for t in sig.terms if TERM_CLASS.get(t) == sig.event_class]
    if sig.event_class == "disaster":
        what = (terms[0] if terms else "disaster").capitalize()
        return f"{what}, {where}{day}"
    if sig.event_class == "attack":
        target = specific[0].split()[-1] if specific else ""
        what = (terms[0] if terms else "attack").capitalize()
        if specific:
            return f"{what} on {specific[0]}" + (f", {others[0]}" if others else "") + day
        return f"{what}{' on ' + target if target else ''}, {where}{day}"
    label = _CLASS_TITLE.get(sig.event_class, "Figures")
    return f"{label}, {where}{day}"


def candidate_windows(
    title: str, text: str, published_at: datetime | date | None, window: int = 60
) -> list[tuple[date, date]]:
    """The spans of days an article's incidents may fall in, for a store to pick the events worth
    offering the linker: around publication; around the lead's own day when it counts back ("a year
    on", "four years after the disaster"); around the earlier incidents it dates by "came eight months
    after"; and the past years it names ("the 1992 firedamp blast", "in 2010"). Never raises."""
    pub = _pub(published_at)
    if pub is None:
        return []
    spans = [(pub - timedelta(days=window), pub + timedelta(days=window))]
    try:
        main = EventLinker()._article(title[:500], text, pub).main
        if main.day is not None and main.day != pub:
            margin = timedelta(days=main.fuzz + main.span + INFERRED_SLACK + 30)
            spans.append((main.day - margin, main.day + margin))
        anchor_day = main.day or pub
        for match in _CAME_AFTER.finditer(text[:20_000]):
            earlier = _counted_back(match, anchor_day)
            if earlier is not None:
                spans.append((earlier - timedelta(days=45), earlier + timedelta(days=45)))
        years = sorted({int(m[2]) for m in _OLD_YEAR.finditer(text[:20_000]) if int(m[2]) < pub.year})
        for year in years[-6:]:
            spans.append((date(year, 1, 1) - timedelta(days=31), date(year, 12, 31) + timedelta(days=31)))
    except Exception:  # pragma: no cover - a window never breaks ingestion
        pass
    return spans


__all__ = [
    "CLASS_WINDOWS",
    "INCIDENT_WORDS",
    "KEYWORD_THRESHOLD",
    "TERM_CLASS",
    "EventLinker",
    "EventRef",
    "candidate_windows",
    "event_hint",
    "place_key",
    "regions_in",
    "slug_for",
]
