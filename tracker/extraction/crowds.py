"""Crowd counts: which figures count people at a protest or rally, and where.

Turnout disputes are the commonest contested figure after tolls: police and organisers count the
same march and publish numbers three or ten times apart, city by city and nationwide. Two figures
are about the same crowd only when they are about the same *place*, and copy rarely repeats the place
beside every number:

    In Lyon, police counted 12,000 marchers while unions claimed 40,000.
    Nationally, the ministry's figure of 900,000 ... The unions said 2 million people had marched.

So a crowd figure takes its place from, in order: the words right around it ("40,000 marchers in
Lyon", "took to the streets across Spain"), the sentence's leading adverbial ("In Lyon, ..."), and
the previous crowd figure of its paragraph. Country-wide words ("nationwide", "across the country",
"across Spain", "in Spain" when Spain is a country the registry knows) all become ``nationwide`` so
the interior ministry's national count meets the unions' "3 million across the country".

The subject becomes the crowd noun of the text ("marchers", "protesters"; ``turnout`` when the text
says only "people" or nothing) followed by the place: what the comparison engine keys on
(``verification.engine.keys``) to keep Paris apart from Marseille and both apart from the nation.
Pure Python, no Django.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from tracker.extraction.dates import CALENDAR_WORDS

if TYPE_CHECKING:
    from tracker.extraction.types import ExtractedClaim

NATIONWIDE = "nationwide"

#: Nouns that name the people in a crowd (the engine treats them as the class noun of a count).
CROWD_NOUNS = frozenset(
    [
        "protesters",
        "protestors",
        "demonstrators",
        "marchers",
        "participants",
        "turnout",
        "crowd",
        "crowds",
        "rally-goers",
        "attendees",
        "strikers",
    ]
)

# a verb that makes "people" a crowd: "1.2 million people marched", "took to the streets"; not what
# belongs to a march ("the march's permit was for 5,000 people")
_CROWD_VERB_RE = re.compile(
    # the month is no march: "told 140,000 people on March 15 to stay indoors"
    r"\b(?:march(?:ed|ing)|(?-i:march)(?!['’]s)|(?-i:March)(?!['’]s)(?!\s+\d|,?\s+\d{4})"
    r"(?<!\bin\sMarch)(?<!\bon\sMarch)(?<!\bof\sMarch)(?<!\bby\sMarch)(?<!\bsince\sMarch)(?<!\buntil\sMarch)"
    r"(?<!\bearly\sMarch)(?<!\blate\sMarch)(?<!\bmid-March)(?<!\blast\sMarch)(?<!\bthis\sMarch)|took\s+to\s+the\s+streets|taken\s+to\s+the\s+streets|taking\s+to\s+the\s+streets"
    r"|protest(?:ed|ing)|rall(?:ied|ying)|demonstrat(?:ed|ing)|turned\s+out|gathered"
    # "joined the march", "joined Saturday's protests", "joined a nationwide strike rally"
    r"|joined\s+(?:the\s+|a\s+|an\s+|[\w'’-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:march|marches|protests?|rall(?:y|ies)|demonstrations?)"
    # "The first day of protests ... drew 282,710 people": what a protest drew is its crowd
    r"|(?:march|marches|protests?|rall(?:y|ies)|demonstrations?|vigils?)\b[^;]{0,40}?\bdr[ae]w"
    r"|taken\s+part|took\s+part|taking\s+part"
    r"|attended|filled|thronged|turnout|crowds?|attendance)\b",
    re.IGNORECASE,
)
_NATIONWIDE_RE = re.compile(
    r"\b(?:nationwide|nationally|across\s+the\s+(?:country|nation)|around\s+the\s+(?:country|nation)"
    r"|throughout\s+the\s+(?:country|nation)|all\s+over\s+the\s+country|in\s+the\s+whole\s+country)\b",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:de\s+|du\s+|la\s+|le\s+|al-|el-)?[A-Z][\w'’.-]*){0,3}"
# "in Paris", "across France", "in the capital"; ``name`` is a proper name or the word capital
_PLACE_RE = re.compile(
    r"\b(?P<prep>in|across|throughout|through)\s+(?:the\s+(?:[A-Z][\w'’-]+\s+)?(?P<capital>capital|city\s+centre|city\s+center)\b"
    r"|(?:the\s+)?(?P<name>" + _NAME + r"))"
)
_LEADING_RE = re.compile(
    r"^\W*(?:(?P<nation>Nationally|Nationwide|Across\s+the\s+country|Around\s+the\s+country"
    r"|Throughout\s+the\s+country)"
    r"|(?:In|Across|Throughout)\s+(?:the\s+(?:[A-Z][\w'’-]+\s+)?(?P<capital>capital)|(?:the\s+)?(?P<name>"
    + _NAME
    + r")))\s*,"
)
_NOT_PLACES = CALENDAR_WORDS | frozenset(
    [
        "parliament",
        "senate",
        "congress",
        "national",
        "assembly",
        "addition",
        "total",
        "all",
        "its",
        "their",
    ]
)


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    from tracker.extraction.sources import SourceRegistry

    return frozenset(name.lower() for name in SourceRegistry.default().regions)


def crowd_noun(subject: str) -> str:
    """The crowd noun heading ``subject`` ("marchers in Paris" -> "marchers"), or ""."""
    for word in subject.lower().split():
        if word in CROWD_NOUNS:
            return word
    return ""


def is_crowd(subject: str, clause: str) -> bool:
    """Whether a count figure with ``subject`` in ``clause`` counts people at a protest or rally."""
    if crowd_noun(subject):
        return True
    head = subject.lower().split()[0] if subject.strip() else ""
    return head in ("", "people", "persons") and _CROWD_VERB_RE.search(clause) is not None


def _place_of(match: re.Match[str]) -> str:
    if match.group("capital"):
        return "in the capital"
    name = match.group("name")
    if not name:
        return ""
    words = name.split()
    while words and words[-1].lower().strip(".") in _NOT_PLACES:
        words.pop()
    if not words or words[0].lower() in _NOT_PLACES:
        return ""
    name = " ".join(words).rstrip(".")
    if name.lower() in _countries():
        return NATIONWIDE
    return f"in {name}"


def clause_place(clause: str) -> str:
    """The place a crowd figure's own clause puts it in: "nationwide", "in Lyon", or ""."""
    if _NATIONWIDE_RE.search(clause):
        return NATIONWIDE
    for m in _PLACE_RE.finditer(clause):
        if re.search(
            r"(?:\b[Tt]he|[A-Z][\w'’-]*)\s+[A-Z][\w'’-]*\s+$", clause[max(0, m.start() - 40) : m.start()]
        ) and re.match(r"\s+of\b", clause[m.end() :]):
            # "the Alliance in Support of ...": a word of a title, not a place (but "the March for Our
            # Lives in Washington" is one)
            continue
        place = _place_of(m)
        if place:
            return place
    return ""


def leading_place(sentence: str) -> str:
    """The place a sentence opens with ("In Lyon, ...", "Nationally, ..."), or ""."""
    m = _LEADING_RE.match(sentence)
    if m is None:
        return ""
    if m.group("nation"):
        return NATIONWIDE
    return _place_of(m)


def crowd_subject(subject: str, place: str) -> str:
    """ "marchers" + "in Lyon" -> "marchers in Lyon"; "people" + "nationwide" -> "turnout nationwide"."""
    noun = crowd_noun(subject) or "turnout"
    return f"{noun} {place}".strip()


_DATELINE_RE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z'’.\- ]{1,40}[A-Z])\s*(?:,[^—–\n]{1,30})?\s*(?:—|–|-{1,2})\s"
)


def settle_places(claims: list[ExtractedClaim], text: str) -> list[ExtractedClaim]:
    """Give the article's place-less crowd counts the one city the article counts crowds in.

    A story about one march names its city once ("police counted 107,000 in Belgrade") and then gives
    the other side's count with no place ("organisers said 300,000"); "in the capital" means the
    dateline's city when the story names no other. A story that counts crowds in several cities, or
    nationwide, is left alone: there a place-less count may be any of them.
    """
    places = {crowd_place(c.subject) for c in claims if crowd_noun(c.subject) and not _of_another_year(c)}
    if not places or NATIONWIDE in places:
        return claims
    cities = places - {"", "in the capital"}
    m = _DATELINE_RE.match(text[:120])
    dateline = "in " + m.group("city").strip().title() if m is not None else ""
    if len(cities) == 1 and (not dateline or dateline in cities):
        city = next(iter(cities))
    elif not cities and dateline:
        city = dateline
    else:
        return claims  # several cities, or one that is not the story's: a place-less count may be any
    out = []
    for c in claims:
        noun = crowd_noun(c.subject)
        if noun and crowd_place(c.subject) in ("", "in the capital") and not _of_another_year(c):
            c = replace(c, subject=crowd_subject(c.subject, city))
        out.append(c)
    return out


_PAST_YEAR = re.compile(r"\b(?:in|of|since)\s+(?:1[89]|20)\d\d\b")


def _of_another_year(claim: ExtractedClaim) -> bool:
    """A crowd the story recalls ("a rally of 1.5 million in 1989 in Tiananmen Square"): its place
    says nothing about where this story's crowds were."""
    return _PAST_YEAR.search(claim.sentence) is not None


def other_country(place: str, clause: str) -> bool:
    """Whether ``clause`` names a country other than the one ``place`` lies in ("Australian organisers
    counted 300,000" after a sentence about London): then the place before it does not carry over."""
    from tracker.extraction.events import regions_in  # the events module reads crowds' subjects

    if not place or place == NATIONWIDE:
        return False
    where, said = set(regions_in(place)), set(regions_in(clause))
    return bool(where) and bool(said) and not where & said


def crowd_place(subject: str) -> str:
    """The place part of a crowd subject ("marchers in Lyon" -> "in Lyon")."""
    noun = crowd_noun(subject)
    if not noun:
        return ""
    words = subject.split()
    rest = [w for w in words if w.lower() != noun]
    return " ".join(rest)
