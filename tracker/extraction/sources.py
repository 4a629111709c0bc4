"""The source registry: who a figure is attributed to.

``SourceRegistry.resolve`` turns a raw attribution noun phrase ("Gaza's health ministry",
"Mahmud Bassal, a spokesman for the civil defence agency", "the UN, citing the health ministry")
into a :class:`SourceMatch`. Resolution runs in this order:

0. groups of people ("residents of the flooded towns", "survivors", "investigators") are nobody;
   a count the source owns ("the ministry's first official count of X") is the source's name;
1. relays: "X, citing Y" / "X, quoting Y" resolve Y, the original source;
2. exact alias match on the normalised phrase (lowercase, diacritics folded, articles,
   possessives and punctuation stripped, spelling variants such as defense/defence unified);
   a bare alias that is also a generic head ("the Red Cross") means the national body of the
   country the context talks about, when there is one;
3. the longest alias contained in the phrase ("the Hamas-run government media office in Gaza");
4. generic heads ("the ministry", "the health ministry", "the army", "police") resolved with
   region words in the phrase or, failing that, the ``context`` the caller passes (the sentence,
   paragraph or article): a source named by alias in the context wins, then region words;
5. fuzzy matching (rapidfuzz ``token_sort_ratio``) against every alias, accepted at or above
   :data:`FUZZY_THRESHOLD`, never for a generic head with only level words ("the national
   police", "the regional high court": whose they are is the context's to say);
5b. a person named in the context with a role ("Maui police chief John Pelletier", "Rosa Lim, a
   spokeswoman for the Philippine Red Cross", "the Red Crescent, whose secretary general, X")
   speaks for that organisation, also when only the surname is quoted later;
6. an unknown but plausible body (an organisation word or a capitalised name) becomes
   ``SourceMatch(known=False)`` with a guessed kind, for editors to confirm; so does a police force,
   an army or a government the context cannot place in a registered body, named after the story's
   place ("HONG KONG — The police said" -> "Hong Kong Police"; a police count with no place is
   "Police"), and a capitalised name whose words only name a local body elsewhere ("the Government
   Delegation in the region" -> "Government Delegation");
7. vague non-sources ("officials", "witnesses", "he") resolve to ``None``.

The data lives in ``seeds/sources.json``: ``{"regions": {name: [terms]}, "sources": [...]}``
where a source has ``name``, ``slug``, ``kind``, ``aliases`` and optionally ``region`` and
``generic`` (heads such as "health ministry" that name it only when the region is clear).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from tracker.extraction.prefilter import CaselessPattern
from tracker.extraction.types import SOURCE_KINDS, SourceMatch

#: Minimum rapidfuzz ``token_sort_ratio`` (0-100) for an unseen variant to resolve to a known
#: alias. 90 accepts spelling slips and word-order changes ("ministry of the interior of
#: morocco" vs "moroccan ministry of interior" does not pass; "civil defence directorate gaza"
#: vs "gaza civil defence directorate" does) while keeping different bodies apart.
FUZZY_THRESHOLD = 90.0

#: Phrases shorter than this (after normalisation) are never fuzzy matched.
FUZZY_MIN_LENGTH = 8

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "seeds" / "sources.json"

#: Bare words that attribute a figure to nobody in particular.
VAGUE = frozenset(
    {
        "",
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "them",
        "him",
        "her",
        "one",
        "officials",
        "official",
        "an official",
        "authorities",
        "the authorities",
        "local authorities",
        "witnesses",
        "witness",
        "a witness",
        "residents",
        "resident",
        "locals",
        "reports",
        "report",
        "media reports",
        "local media",
        "local reports",
        "sources",
        "source",
        "a source",
        "security sources",
        "medical sources",
        "medics",
        "doctors",
        "a doctor",
        "rescuers",
        "rescue workers",
        "survivors",
        "relatives",
        "family",
        "families",
        "activists",
        "experts",
        "analysts",
        "observers",
        "people",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "a spokesman",
        "a spokeswoman",
        "statement",
        "a statement",
        "figures",
        "data",
        "estimates",
        "union",
        "government",
        "state media",
        "officials said",
        "others",
        "someone",
        "who",
        "which",
        "this",
        "that",
        "these",
        "those",
        "ministry",
        "agency",
        "army",
        "military",
        "police",
    }
)

#: The parties to a count that are no registered body ("police counted 12,000 while unions claimed
#: 40,000", "according to the organisers"): a side of a disputed figure, kept as an unconfirmed source
#: of its own (the context's registered body when the registry has one) rather than nobody.
PARTIES: dict[str, str] = {
    "unions": "Unions",
    "trade unions": "Unions",
    "labour unions": "Unions",
    "organisers": "Organisers",
    "organizers": "Organisers",
    # one of them speaking for the rest: "an organiser told the crowd that 200,000 had turned out"
    "organiser": "Organisers",
    "organizer": "Organisers",
    "march organiser": "Organisers",
    "march organizer": "Organisers",
    "march organisers": "Organisers",
    "march organizers": "Organisers",
    "protest organisers": "Organisers",
    "protest organizers": "Organisers",
    "event organisers": "Organisers",
    "event organizers": "Organisers",
    # a country's political opposition counts for itself (turnout, a boycott, its own vote), a party to
    # the figures as the organisers are; which country's, the story says
    "opposition": "Opposition",
    "opposition leaders": "Opposition",
    "opposition parties": "Opposition",
    "opposition coalition": "Opposition",
    "opposition alliance": "Opposition",
}
#: kinds of the parties above that are not organisations of civil society
_PARTY_KINDS = {"Opposition": "other"}
#: a ruling junta or regime is the country's government, as "the government" of its story is
_RULERS = frozenset(("junta", "military junta", "ruling junta", "regime", "military regime", "ruling regime"))
#: a state's own outlets, named by what they are rather than by name ("state television", "the
#: state-run newspaper", "China's official state media")
_STATE_MEDIA = re.compile(
    r"^(?:(?P<place>.+?)\s+)?(?:official\s+)?state(?:\s+(?:run|owned|controlled|backed))?\s+(?:media|television|tv"
    r"|broadcaster|news\s+agency|newspapers?|press|radio|daily|outlets?|news\s+media)$"
)
#: a ruler or an opposition named with its country ("Myanmar's junta", "the Syrian opposition")
_PLACED_CAMP = re.compile(
    r"^(?P<place>.+?)\s+(?P<head>(?:military\s+|ruling\s+)?(?:junta|regime)"
    r"|opposition(?:\s+(?:leaders|parties|coalition|alliance))?)$"
)

#: what a body was set up to look into, after its name ("a committee investigating the massacre")
_REMIT_TAIL = re.compile(
    r"\s+(?:investigating|probing|examining|reviewing|looking\s+into|inquiring\s+into|set\s+up\s+to|appointed\s+to"
    r"|tasked\s+with|charged\s+with)\b.*$",
    re.IGNORECASE | re.DOTALL,
)

#: a state's or a province's government named by its level alone
_SUBNATIONAL_GOVERNMENTS = {
    "state government": "State Government",
    "state authorities": "State Government",
    "provincial government": "Provincial Government",
    "provincial authorities": "Provincial Government",
}

_ORGANISER_WORDS = frozenset({"organisers", "organizers", "organiser", "organizer"})

#: People who are nobody's spokesperson, however they are described ("residents of the
#: flooded towns", "relatives of the missing", "survivors who reached Kalamata").
_VAGUE_GROUP = re.compile(
    r"^(?:\w+\s+){0,2}(?:residents|witnesses|survivors|relatives|families|locals|villagers|neighbours|"
    r"neighbors|passengers|investigators|volunteers|rescuers|medics|doctors|nurses|aid\s+workers|"
    r"rescue\s+workers|emergency\s+workers|eyewitnesses|onlookers|bystanders|parents|people)"
    r"(?:\s+(?:of|in|from|at|around|near|who|on|across|living|whose|that)\b.*)?$"
)

#: an unnamed source described by what it knows ("people familiar with the matter", "two people briefed on
#: the talks", "a person with knowledge of the plans"): an attribution a reader needs, but of no one the
#: registry can hold, since two such sources are never known to be one
ANONYMOUS_SOURCE_RE = re.compile(
    r"^(?:(?:a|an|the|one|two|three|four|five|six|several|some|\d+)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:people|persons?|sources?|officials?|individuals?|insiders?)\s+"
    r"(?:(?:directly|closely)\s+)?(?:familiar\b|briefed\b|close\s+to\b|with\s+(?:direct\s+)?knowledge\b|involved\s+in\b"
    r"|aware\s+of\b|who\s+(?:spoke|asked|declined|requested|were\s+not|was\s+not)\b)",
    re.IGNORECASE,
)

#: Words that make an unknown phrase a plausible organisation.
_ORG_WORDS = frozenset(
    [
        "ministry",
        "minister",
        "department",
        "agency",
        "office",
        "authority",
        "authorities",
        "council",
        "committee",
        "commission",
        "army",
        "military",
        "forces",
        "force",
        "navy",
        "police",
        "gendarmerie",
        "guard",
        "union",
        "federation",
        "confederation",
        "organisation",
        "group",
        "service",
        "services",
        "society",
        "institute",
        "observatory",
        "foundation",
        "fund",
        "bank",
        "programme",
        "centre",
        "court",
        "government",
        "prefecture",
        "presidency",
        "palace",
        "directorate",
        "administration",
        "coalition",
        "alliance",
        "network",
        "mission",
        "command",
        "corps",
        "secretariat",
        "tribunal",
        "parliament",
        "senate",
        "municipality",
        "governorate",
        "hospital",
        "hospitals",
        "cross",
        "crescent",
        "watch",
        "international",
        "association",
        "syndicate",
        "bureau",
        "unit",
        "brigades",
        "monitor",
        "tally",
        "ministries",
        "unions",
        "front",
        "party",
        "archive",
        "defence",
        "defense",
        "organization",
        "center",
        "university",
        "news",
        "radio",
        "tv",
        "times",
        "post",
        "house",
        "kremlin",
        # companies by their trade or legal form: "Ethiopian Airlines", "Kenya Airways", "Equifax Inc"
        "airlines",
        "airways",
        "railways",
        "exchange",
        "consortium",
        "corporation",
        "corp",
        "inc",
        "ltd",
        "plc",
        "llc",
        "holdings",
    ]
)

#: (pattern, replacement, a word every match contains): the patterns open on ``\b``, which gives
#: ``re`` no fast scan, and whole articles are normalised as context; a missing word rules one out
_SPELLING = (
    (re.compile(r"\bdefense\b"), "defence", "defense"),
    (re.compile(r"\borganization(s?)\b"), r"organisation\1", "organization"),
    (re.compile(r"\bprogram\b"), "programme", "program"),
    (re.compile(r"\bcenter\b"), "centre", "center"),
    (re.compile(r"\blabor\b"), "labour", "labor"),
    (re.compile(r"\bspokes(?:wo)?m[ae]n\b|\bspokesperson\b|\bspokespeople\b"), "spokesman", "spokes"),
    (re.compile(r"\bcoastguard\b"), "coast guard", "coastguard"),
    (re.compile(r"\bworld health organization\b"), "world health organisation", "world health organization"),
)

#: Case-sensitive rewrites applied before lowercasing, where the capitals carry the meaning (with a
#: word every match contains, as above).
_ACRONYMS = (
    (re.compile(r"\bWHO\b"), "World Health Organisation", "WHO"),
    (re.compile(r"\bU\.\s?S\.(?:\s?A\.?)?(?!\w)|\bUSA?\b"), "United States", "U"),
    (re.compile(r"\bU\.\s?N\.?(?!\w)|\bUN\b"), "UN", "U"),
    (re.compile(r"\bU\.\s?K\.?(?!\w)"), "UK", "U."),
)

_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
#: words after a country's name that still speak for its government
_GOVERNMENT_VOICES = frozenset(
    ("president", "presidency", "administration", "government", "officials", "official", "authorities",
     "leader", "leaders", "prime", "premier", "chancellor", "spokesman", "spokeswoman", "spokesperson")
)  # fmt: skip


def _another_word(norm: str, alias: str) -> bool:
    """Whether the phrase and the alias differ by a word, not by a slip: "united states justice
    department" is not "united states state department", though the letters are close; "civil defense"
    is "civil defence", and a word one of them only adds ("the", "of") changes nothing."""
    mine = set(norm.split()) - set(alias.split())
    theirs = set(alias.split()) - set(norm.split())
    if not mine or not theirs:
        return False
    return any(len(w) >= 4 and max(fuzz.ratio(w, v) for v in theirs) < 75 for w in mine)


#: a subordinating conjunction opening a clause ("As British Prime Minister X arrived", "While Governor
#: Y spoke"): no part of the name after it
_CLAUSE_OPENER = re.compile(
    r"^(?i:as|while|when|whenever|after|before|although|though|because|since|until|till|unless|once|whereas"
    r"|if)\s+(?=[A-ZÀ-Þ])"
)
_POSSESSIVE = re.compile(r"(\w)['’]s\b")
_NON_WORD = re.compile(r"[^\w\s-]+")
_WS = re.compile(r"[\s\-_/]+")

#: Leading attribution words to drop before matching ("according to X", "figures from X").
_LEAD = CaselessPattern(
    re.compile(
        r"^(?:(?:according to|as reported by|reported by|as per|per|citing|quoting|said|says|told|"
        r"(?:the\s+)?(?:latest\s+|new\s+|official\s+|updated\s+)?"
        r"(?:figures?|data|numbers|statistics|tally|tallies|toll|count|estimates?|statement|report|"
        r"assessment|update|bulletin)s?\s+(?:from|by|of|released by|published by|issued by)|"
        r"(?:a\s+)?statement\s+(?:from|by)|data\s+compiled\s+by|a\s+count\s+by)\s+)+",
        re.IGNORECASE,
    )
)

#: what tells one release of figures from another, around the owner's name: "final government figures
#: released", "the latest police figures"
_DATA_WHEN_RE = re.compile(
    r"^(?:the\s+)?(?:final|latest|preliminary|provisional|revised|updated|initial|early|first|new)\s+"
    r"(?=(?:[\w.'’-]+\s+){1,3}(?:figures|data|statistics|numbers|estimates|count|tally)\b)"
    r"|(?:(?<=figures|numbers|records)|(?<=data))\s+(?:released|published|issued|compiled|given|provided|announced)$",
    re.IGNORECASE,
)
#: Relay markers: the phrase after one of these names the original source.
_RELAY = CaselessPattern(
    re.compile(
        r"(?:,\s*|\s+)(?:citing|quoting|relaying|based on|drawing on|according to|relying on)"
        r"\s+(?:(?:figures|data|numbers|statistics|a statement|reports?|estimates?)\s+(?:from|by|of)\s+)?",
        re.IGNORECASE,
    )
)

#: Role phrases around a person's name ("a spokesman for", "head of").
_ROLE = re.compile(
    r"\b(?:an?\s+|the\s+)?(?:senior\s+|chief\s+|deputy\s+|top\s+|local\s+|regional\s+)?"
    r"(?:spokesman|spokeswoman|spokesperson|official|officials|head|director|director-general|"
    r"director general|chief|minister|secretary|secretary-general|commissioner|commissioner-general|"
    r"representative|coordinator|officer|member|members|staff|worker|workers|doctor|medic|"
    r"paramedic|adviser|advisor|envoy|chairman|chairwoman|president|leader|general|colonel|"
    r"commander|researchers?|analysts?|scientists?|experts?|economists?)\s+(?:for|of|at|with|from|in)\b",
    re.IGNORECASE,
)

#: a post held in a body, set after a name: "X, the justice ministry's director general of corrections",
#: "X, director general of corrections at the justice ministry"
_POST_WORDS = (
    r"(?:spokes(?:wo)?m[ae]n|spokesperson|official|head|director(?:[- ]general)?|chief|secretary(?:[- ]general)?"
    r"|commissioner|coordinator|officer|chairman|chairwoman|manager|administrator|inspector|superintendent)"
)
_POST_IN_BODY = re.compile(
    rf",\s+(?:the\s+)?(?P<body>(?:[\w.&-]+\s+){{0,4}}?(?:ministry|department|agency|office|service|directorate"
    rf"|authority|police|commission|bureau|council))['’]s\s+(?:[\w-]+\s+){{0,2}}?{_POST_WORDS}\b"
    rf"|,\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{_POST_WORDS}\b[^,]*?\s+at\s+(?P<at>(?:the\s+)?(?:[\w.&-]+\s+){{0,4}}?"
    rf"(?:ministry|department|agency|office|service|directorate|authority|police|commission|bureau|council))\s*$",
    re.IGNORECASE,
)

_WORD = re.compile(r"[a-z0-9]+")

#: A count the source owns, after its name ("the Interior Ministry's first official count of the
#: missing"): the name is the source.
_POSSESSED_COUNT = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:count|counts|figures?|tally|tallies|toll|data|estimates?|numbers?|"
    r"statistics|list|report|update|bulletin|records|results|tweets?|posts?|website|statement|announcement"
    r"|briefing)\b.*$",
    re.IGNORECASE | re.DOTALL,
)

#: A document named after its author ("a police report on the disaster", "the UN's situation
#: update"): the author is the source.
_OWNED_DOCUMENT = re.compile(
    r"^(?:a|an|the)\s+(?P<owner>[\w'’.&-]+(?:\s+[\w'’.&-]+){0,3}?)\s+(?:report|statement|survey|assessment"
    r"|bulletin|update|count|tally|estimate|analysis)(?:\s+(?:on|into|of|about|for)\b.*)?$",
    re.IGNORECASE | re.DOTALL,
)

#: Words that say which level of a body is meant, not whose it is ("the regional high court").
_LEVEL_WORDS = frozenset(
    {"regional", "national", "state", "provincial", "federal", "central", "local", "municipal", "country",
     "countrys", "eastern", "western", "northern", "southern", "top", "senior", "main", "official", "s",
     "in", "of", "for", "the", "region", "area", "province", "territory", "zone", "capital", "east", "west",
     "north", "south", "based"}
)  # fmt: skip

#: Words that make a generic head a local body ("local police"), not the national one.
_LOCAL = re.compile(r"\b(?:local|municipal|city|town|village|neighbourhood|district)\b")

#: A role word that ties a person to an organisation ("chief", "spokeswoman", "minister").
#: an office set off by a comma right before a person's name: "Beijing's mayor, Chen" (of "Chen Xitong")
_ROLE_BEFORE_NAME_RE = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:and|but|while)\s+)(?P<role>[^,;:()]{3,60}?)\s*,\s*(?:[A-Z][\w'’.-]*\s+){0,3}$"
)
_ROLE_WORD = re.compile(
    r"\b(?:spokes(?:wo)?m[ae]n|spokesperson|official|head|director(?:-general)?|chief|minister|"
    r"secretary(?:[- ]general)?|commissioner|representative|coordinator|officer|president|chairman|"
    r"chairwoman|leader|governor|mayor|commander|sheriff|examiner|coroner|superintendent|manager|"
    r"administrator|general|colonel|captain|ambassador|envoy|prefect)\b",
    re.IGNORECASE,
)
#: Titles and honorifics before a name.
_TITLE_WORDS = re.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|Prof|Gov|Sen|Rep|Gen|Col|Lt|Capt|Sgt)\.?(?=\s)|"
    r"\b(?:Governor|Mayor|Minister|President|Chief|Doctor|Professor|Sheriff|Senator|General|Colonel|"
    r"Captain|Commissioner|Director|Secretary|Spokesman|Spokeswoman|Prime|Interior|Health|Foreign|"
    r"Defen[cs]e|Police|Fire|County|Deputy|Acting|Regional|Provincial|State)\b"
)
_NAME_WORD = re.compile(r"[A-ZÀ-Þ][\w'’-]+")
_PARTICLES = frozenset(
    {"al", "el", "de", "del", "da", "di", "van", "von", "bin", "ibn", "abu", "la", "le", "dos"}
)


def _is_title_case(text: str) -> bool:
    """Every word of two or more capitalised except small ones ("People in Need")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.lower() not in _SMALL]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def looks_like_person(text: str) -> bool:
    """One to five capitalised words (name particles allowed), no organisation word."""
    words = _TITLE_WORDS.sub(" ", text).replace(",", " ").split()
    if not 1 <= len(words) <= 5:
        return False
    caps = 0
    for word in words:
        low = word.lower().strip(".'’")
        if low in _ORG_WORDS or low in _PARTICLES or low.split("-")[0] in _PARTICLES:
            if low in _ORG_WORDS:
                return False
            continue
        if not word[:1].isupper():
            return False
        caps += 1
    return caps >= 1


def fold(text: str) -> str:
    """Lowercase and strip diacritics ("Türkiye" -> "turkiye")."""
    if text.isascii():
        return text.lower()  # nothing to strip: most copy, read a thousand times a second
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def normalise(text: str) -> str:
    """Canonical form used as an alias key: folded, no articles/possessives/punctuation."""
    if len(text) <= 120:
        return _normalise_phrase(text)  # attribution phrases recur ("the health ministry said")
    return _normalise(text)


@lru_cache(maxsize=8192)
def _normalise_phrase(text: str) -> str:
    return _normalise(text)


def _normalise(text: str) -> str:
    for pattern, repl, word in _ACRONYMS:
        if word in text:
            text = pattern.sub(repl, text)
    s = fold(text).replace("’", "'").replace("‘", "'")
    s = _POSSESSIVE.sub(r"\1", s)
    s = s.replace("'", "")
    s = _NON_WORD.sub(" ", s)
    s = _WS.sub(" ", s).strip()
    for pattern, repl, word in _SPELLING:
        if word in s:
            s = pattern.sub(repl, s)
    while True:
        stripped = _ARTICLE.sub("", s)
        if stripped == s:
            break
        s = stripped
    return s


def slugify(text: str) -> str:
    return "-".join(_WORD.findall(fold(text)))[:80] or "source"


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """One registered source, as stored in seeds/sources.json or the database."""

    name: str
    slug: str
    kind: str
    aliases: tuple[str, ...] = ()
    region: str = ""
    generic: tuple[str, ...] = field(default=())
    #: A body of one part of its region (a prefecture, a county, a regional court): its generic
    #: heads name it only when the context names it too, never on the region's words alone.
    local: bool = False

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SourceEntry:
        kind = str(data.get("kind") or "other")
        return cls(
            name=str(data["name"]),
            slug=str(data.get("slug") or slugify(str(data["name"]))),
            kind=kind if kind in SOURCE_KINDS else "other",
            aliases=tuple(str(a) for a in data.get("aliases", ()) or ()),
            region=str(data.get("region") or ""),
            generic=tuple(str(g) for g in data.get("generic", ()) or ()),
            local=bool(data.get("local", False)),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "slug": self.slug,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "region": self.region,
            "generic": list(self.generic),
        }
        if self.local:
            out["local"] = True
        return out


class SourceRegistry:
    """Canonical sources plus their aliases, with fast normalised lookup."""

    _default: SourceRegistry | None = None

    def __init__(
        self,
        entries: Iterable[SourceEntry] = (),
        regions: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self._entries: dict[str, SourceEntry] = {}
        self._regions: dict[str, tuple[str, ...]] = {
            name: tuple(normalise(t) for t in terms) for name, terms in (regions or {}).items()
        }
        self._aliases: dict[str, str] = {}
        self._generic: dict[str, list[str]] = {}
        self._max_alias_words = 1
        #: first word of an alias -> the alias lengths (in words) starting with it, longest first
        self._alias_sizes: dict[str, tuple[int, ...]] = {}
        self._fuzzy_keys: list[str] | None = None  # built on first fuzzy lookup
        #: fuzzy matches by phrase: ``_memo`` is keyed by the context too, so the same "local
        #: officials" of every article would be scored against every alias again
        self._fuzzy_memo: dict[str, SourceMatch | None] = {}
        self._memo: dict[tuple[str, str], SourceMatch | None] = {}
        self._context_memo: dict[str, tuple[dict[str, int], dict[str, int]]] = {}
        #: (the regions it was built from, term -> regions, first word -> term lengths)
        self._region_terms: (
            tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], dict[str, tuple[int, ...]]] | None
        ) = None
        for entry in entries:
            self.add(entry)

    # -- construction ---------------------------------------------------------------------

    @classmethod
    def default(cls) -> SourceRegistry:
        """The registry seeded from seeds/sources.json, loaded once per process."""
        if cls._default is None:
            cls._default = cls.from_file(DEFAULT_PATH)
        return cls._default

    @classmethod
    def from_file(cls, path: str | Path) -> SourceRegistry:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if isinstance(data, list):
            return cls(SourceEntry.from_dict(d) for d in data)
        return cls(
            (SourceEntry.from_dict(d) for d in data.get("sources", [])),
            regions=data.get("regions") or {},
        )

    @classmethod
    def from_rows(
        cls,
        rows: Iterable[Mapping[str, Any]],
        *,
        base: SourceRegistry | None = None,
    ) -> SourceRegistry:
        """Build from database rows ({name, slug, kind, aliases[, region, generic]}).

        With ``base`` (usually ``SourceRegistry.default()``), the seeded entries and regions are
        kept and the rows are layered on top: a row with a seeded slug replaces that entry.
        """
        registry = cls(regions={}) if base is None else base.copy()
        for row in rows:
            registry.add(SourceEntry.from_dict(row))
        return registry

    def copy(self) -> SourceRegistry:
        clone = SourceRegistry(regions={})
        clone._regions = dict(self._regions)
        for entry in self._entries.values():
            clone.add(entry)
        return clone

    def add(self, entry: SourceEntry) -> None:
        """Register (or replace, by slug) an entry; its name and aliases become lookup keys."""
        old = self._entries.get(entry.slug)
        if old is not None:
            entry = SourceEntry(
                name=entry.name,
                slug=entry.slug,
                kind=entry.kind,
                aliases=tuple(dict.fromkeys((*old.aliases, old.name, *entry.aliases))),
                region=entry.region or old.region,
                generic=tuple(dict.fromkeys((*old.generic, *entry.generic))),
                local=entry.local or old.local,
            )
        self._entries[entry.slug] = entry
        for alias in (entry.name, *entry.aliases):
            key = normalise(alias)
            if not key or key in VAGUE:
                continue
            # First registration wins, except that an entry's own name always points to it.
            if key not in self._aliases or alias == entry.name:
                self._aliases[key] = entry.slug
            self._max_alias_words = max(self._max_alias_words, key.count(" ") + 1)
            first, size = key.split(" ", 1)[0], key.count(" ") + 1
            sizes = self._alias_sizes.get(first, ())
            if size not in sizes:
                self._alias_sizes[first] = tuple(sorted((*sizes, size), reverse=True))
        for head in entry.generic:
            key = normalise(head)
            if key:
                slugs = self._generic.setdefault(key, [])
                if entry.slug not in slugs:
                    slugs.append(entry.slug)
        self._fuzzy_keys = None
        self._fuzzy_memo.clear()
        self._memo.clear()
        self._context_memo.clear()

    # -- read access ----------------------------------------------------------------------

    @property
    def entries(self) -> tuple[SourceEntry, ...]:
        return tuple(self._entries.values())

    @property
    def regions(self) -> dict[str, tuple[str, ...]]:
        return dict(self._regions)

    def get(self, slug: str) -> SourceEntry | None:
        return self._entries.get(slug)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, slug: object) -> bool:
        return slug in self._entries

    # -- resolution -----------------------------------------------------------------------

    def resolve(self, mention: str, context: str = "") -> SourceMatch | None:
        """The source a raw attribution phrase names, or None for vague attributions.

        ``context`` (the sentence, paragraph or whole article) is only consulted for generic
        mentions such as "the ministry" or "the army" that name no region themselves.
        """
        if not mention or not mention.strip():
            return None
        mention = mention[:500]
        key = (mention, context)
        if key in self._memo:
            return self._memo[key]
        try:
            result = self._resolve(mention, context)
        except Exception:  # pragma: no cover - resolution must never break extraction
            result = None
        if len(self._memo) > 50_000:
            self._memo.clear()
        self._memo[key] = result
        return result

    def _resolve(self, mention: str, context: str) -> SourceMatch | None:
        # 1. relays: resolve the original source first.
        parts = _RELAY.split(mention, maxsplit=1)
        if len(parts) == 2 and parts[1].strip():
            original = self._resolve_one(parts[1], context)
            if original is not None and (original.known or not self._only_region_words(parts[1])):
                return original
            # "an AFP tally based on Israeli figures": a bare nationality names no body; the relay
            return self._resolve_one(parts[0], context) or original
        return self._resolve_one(mention, context)

    def _resolve_one(self, mention: str, context: str, *, people: bool = True) -> SourceMatch | None:
        text = _LEAD.sub("", mention.strip(" \t\n,.;:\"'“”")).strip()
        # "final government figures released (last June)": the figures' owner, without when or which
        text = _DATA_WHEN_RE.sub("", text) or text
        text = _CLAUSE_OPENER.sub("", text)  # "as British Prime Minister X": the name without "as"
        minister_of = _MINISTER_OF_PORTFOLIO.match(text)
        if minister_of is not None:
            text = f"{minister_of.group('portfolio')} Minister"  # as "Health Minister Gao Qiang" reads
        if _BACKER.search(text) and normalise(text) not in self._aliases:
            text = (
                _BACKER.sub("", text) or text
            )  # "the Kremlin-backed governor": the backer is not the source
        text = _POSSESSED_COUNT.sub("", text) or text  # "the ministry's first official count of X"
        if normalise(text) not in self._aliases:
            # "a House committee investigating the massacre": the body, not what it looks into
            text = _REMIT_TAIL.sub("", text) or text
        officials_in = _OFFICIALS_IN_PLACE.match(text)
        if officials_in is not None:  # "officials in Lviv": Lviv's officials
            text = f"{officials_in.group('place')} {officials_in.group('head')}"
        owned = _OWNED_DOCUMENT.match(text)
        if owned is not None and normalise(text) not in self._aliases:  # not "the U.S. Geological Survey"
            text = owned.group("owner")  # "a police report on the disaster": the police
        norm = normalise(text)
        if ANONYMOUS_SOURCE_RE.match(text):
            return None
        if _VAGUE_GROUP.match(norm) and norm not in self._aliases and not _is_title_case(text):
            return None  # "residents of devastated towns", "survivors of the sinking"
        rank = _POLICE_RANK.match(text)
        if rank is not None and looks_like_person(text[rank.end() :]):
            # "Detective Superintendent Fiona McCormack", "Chief Constable Andy Marsh": an officer
            # speaks for the force, whichever the story names
            text = norm = "police"
        if norm in ("force", "police force"):
            # "according to the force" in a story of the police is the police; otherwise whose force?
            if not context or _POLICE_WORD.search(context) is None:
                return None
            text = norm = "police"
        state_media = _STATE_MEDIA.match(norm)
        if state_media is not None:
            place = self._camp_place(state_media.group("place") or "", context, text)
            if place is not None:
                return _state_media_of(place)
        if norm in _HEAD_OFFICES and context:
            # the office of a head of state or government ("the prime minister's office said"): the one the
            # registry has for the story's country, else that country's government, for which
            # "Prime Minister X" speaks too
            placed = self._generic_match(norm, context)
            if placed is not None and placed.known:
                return placed
            place = self._camp_place("", context, text)
            if place:
                return self._government_of(place)
        if not norm or norm in VAGUE:
            # A bare generic head may still be resolvable from context, or named after the story's place.
            if not norm:
                return None
            return self._generic_match(norm, context) or self._unplaced_body(norm, context)
        level = _BARE_LEVEL.fullmatch(norm)
        if level is not None and context:
            # "the prefecture" in a story of "Gifu prefecture": the one the story names
            placed = self._generic_match(norm, context) or self._level_in_context(level.group(1), context)
            if placed is not None:
                return placed
        if norm in _RULERS:
            return self._generic_match("government", context) or self._unplaced_body("government", context)
        camp = _PLACED_CAMP.match(norm)
        if camp is not None:
            place = self._camp_place(camp.group("place"), context, text)
            if place is None and not _NAME_WORD.search(text.split(None, 1)[-1]):
                place = self._camp_place("", context, text)  # "the main opposition": the story's own
            if place:
                if camp.group("head").endswith(("junta", "regime")):
                    return self._government_of(place)
                return _opposition_of(place)
        if norm in _SUBNATIONAL_GOVERNMENTS:
            # "according to the state government" in a story of Kerala or Minas Gerais: the state's own
            # government, never the nation's (which may give figures of its own)
            name = _SUBNATIONAL_GOVERNMENTS[norm]
            return SourceMatch(name=name, slug=slugify(name), kind="government", known=False, score=0.0)
        party = PARTIES.get(norm)
        words = norm.split()
        if party is None and 1 < len(words) <= 3 and words[-1] in _ORGANISER_WORDS:
            party = "Organisers"  # "the movement's organisers", "the rally's organizers": the organisers
        if party is not None and norm not in self._aliases:
            registered = self._generic_match(norm, context)
            if registered is not None:
                return registered
            if party == "Opposition":
                # "the opposition" of a Venezuela story is Venezuela's, as "Venezuela's opposition" is
                place = self._camp_place("", context)
                if place:
                    return _opposition_of(place)
            kind = _PARTY_KINDS.get(party, "ngo")
            return SourceMatch(name=party, slug=slugify(party), kind=kind, known=False, score=0.0)
        # 2. exact; a bare name that is also a generic head ("the Red Cross") means the body of
        # the story's country when the context has one ("the Red Cross" in a Nairobi story).
        slug = self._aliases.get(norm)
        if slug is not None:
            if context and norm in self._generic:
                local = self._generic_match(norm, context)
                if local is not None:
                    return local
            return self._match(slug)
        # 2a. a head of government named with their country ("Australian Prime Minister X",
        # "Australia's prime minister") speaks for its government
        head = self.head_of_government(text)
        if head is not None:
            return head
        # 2b. an apposition names the source in one of its parts ("COGAT, the Israeli defence
        # ministry body that ...", "Mahmud Bassal, a spokesman for ...").
        if "," in text or "(" in text:
            for part in re.split(r"[,()]", text):
                slug = self._aliases.get(normalise(_LEAD.sub("", part.strip())))
                if slug is not None:
                    return self._match(slug)
        # 2c. a person set beside the body they hold a post in ("X, the justice ministry's director general
        # of corrections", "X, director general of corrections at the justice ministry"): the body
        post = _POST_IN_BODY.search(text)
        if post is not None:
            body = self._resolve_one(post.group("body") or post.group("at"), context, people=False)
            if body is not None:
                return body
        # 3. longest contained multi-word alias ("the Hamas-run government media office in Gaza").
        found = self._contained(norm, min_size=2)
        if found is not None and self._longer_name(text, norm, found):
            return self._unknown(text, norm)  # "the State Security Council": a body of its own
        if (
            found is not None
            and not self._place_in_a_name(norm, found)
            and not self._office_there(text, found)
            and not self._country_before_a_body(norm, found)
        ):
            return self._match(found)
        # 4. generic head + region ("the interior ministry in Rabat", "the ministry" + context); never
        # when a place the registry does not know owns the body ("Kuwait's foreign minister" in a
        # Beijing story is Kuwait's, not China's)
        possessor = _UNKNOWN_OWNER.match(text)
        unplaced_owner = possessor is not None and not self._regions_in(normalise(possessor.group("owner")))
        generic = None if unplaced_owner else self._generic_match(norm, context)
        if generic is not None:
            return generic
        # 4b. a contained one-word alias ("Agency spokesman Mahmud Bassal" -> bassal is two words,
        # "UNRWA chief" -> unrwa).
        found = self._contained(norm, min_size=1)
        if (
            found is not None
            and not self._place_in_a_name(norm, found)
            and not self._office_there(text, found)
            and not self._local_body_of_place(norm, found)
            and not self._country_before_a_body(norm, found)
            # "Prime Minister Naoto Kan" is a person whose surname a broadcaster ("Kan") happens to share
            and not (
                len(norm.split()) >= 3
                and self._aliases.get(norm.split()[-1]) == found
                and looks_like_person(text)
            )
        ):
            return self._match(found)
        # 5. fuzzy, unless the phrase is a generic head its context could not place ("the
        # national police" is not "police nationale").
        if self._bare_generic(norm):
            return self._unplaced_body(norm, context) or self._named_local_body(text, norm, context)
        # 4c. a country's authorities or officials are its government ("Greek authorities").
        national = _NATIONAL_BODY.match(norm)
        if national is not None and self._only_region_words(national.group(1)):
            government = self._generic_match("government " + national.group(1), "")
            if government is not None and self._names_its_country(national.group(1), government.slug):
                return government
        # 4d. a country named alone as a speaker or a donor ("Australia said", "Australia's A$1
        # billion") is its government, as the registry's own governments list their country's name:
        # "Australia" and "the government" of an Australian story must meet as one source
        country = self._country_named(norm)
        if country is not None:
            return self._government_of(country)
        fuzzy = self._fuzzy(norm)
        if fuzzy is not None:
            return fuzzy
        # 5b. a person named with a role elsewhere in the context ("Pelletier" after "Maui
        # police chief John Pelletier", "Marie el-Drese" after "the Libyan Red Crescent, whose
        # secretary general, Marie el-Drese"): the organisation speaks through them.
        if people and context and looks_like_person(text):
            via = self._person_in_context(text, context)
            if via is not None:
                return via
        # 6. unknown but plausible; a bare generic head ("the interior ministry", "the regional
        # high court") names nobody until a context says whose it is.
        if norm in self._generic or self._bare_generic(norm):
            return self._unplaced_body(norm, context) or self._named_local_body(text, norm, context)
        unit = UNIT_OF_BODY.match(text)
        if unit is not None and not self._regions_in(normalise(unit["owner"])):
            # "the Interior Ministry's National Disaster Operations Centre": a unit of a body speaks for
            # it, as its spokesman does, when the body is one the registry places
            owner = self._resolve_one(unit["owner"], context, people=False)
            if owner is not None and owner.known:
                return owner
        return self._unknown(text, norm)

    def head_of_government(self, mention: str, around: str = "", story: str = "") -> SourceMatch | None:
        """The government a head of government speaks for ("Chancellor Gerhard Schroeder",
        "Australian Prime Minister John Howard", "Australia's prime minister"): figures the copy gives
        as "Germany's" or "the German government's" are the same body's, so the person must not become
        a source of their own. The country is the phrase's own ("German Chancellor X") or, for a bare
        "Prime Minister X", the one country ``around`` names (the sentence or paragraph before the
        mention) or, when it names none, the country the ``story`` talks about most; with no country
        or several, None. Premiers and governors head one part of a country and are no voice of its
        national government."""
        m = _HEAD_OF_GOVERNMENT.match(re.sub(r"\s+", " ", mention.strip(" ,.;:")))
        if m is None or not (m.group("name") or m.group("country")):
            return None
        owner = m.group("country").strip()
        if owner:
            if not self._only_region_words(owner):
                return None  # "Vice President X", "Former Prime Minister Y": not the government's voice
            regions = self.regions_in(owner)
        else:
            regions = self.regions_in(around) if around else {}
            if not regions and story:
                lead = _dominant(self.regions_in(story))
                if lead is not None:
                    regions = {lead: 1}
        if len(regions) != 1:
            return None
        return self._government_of(next(iter(regions)))

    def _country_named(self, norm: str) -> str | None:
        """The region whose own name the normalised phrase is ("sri lanka"), not a city or a demonym
        of it: "Aceh" or "Sydney" speaks for no national government."""
        for region in self._regions:
            if normalise(region) == norm:
                return region
        return None

    def pronoun_owner(self, lead: str, office: str) -> str:
        """The place a possessive pronoun before an office points at, from the words before it ("...
        died in Mariupol since Russia laid siege to the city, its mayor" -> "Mariupol"; "Indonesia
        suffered most, and in April its health ministry" -> "Indonesia"): a city's or a region's office
        (mayor, governor, prefect) belongs to the last place the sentence puts something in, a national
        body to the last country it names; "" when it names none. The last body named (Russia, laying
        the siege) is not the owner of the city's mayor."""
        if _LOCAL_OFFICE.search(office):
            places = [m.group(1) for m in _IN_PLACE.finditer(lead)]
            return places[-1] if places else ""
        for m in reversed(list(_CAPITALISED_RUN.finditer(lead))):
            if self.regions_in(m.group(0)):
                return m.group(0)
        return ""

    def _camp_place(self, place: str, context: str, text: str = "") -> str | None:
        """Whose a camp or a state outlet is: the country its own words name ("Syria's", "Syrian"),
        a country the registry does not list by its name ("Belarus's"), or for a bare "the
        opposition" the country the story talks about most, else its dateline's; "" when the story
        names no place, None when the words before the head are no place at all."""
        if place:
            if self._only_region_words(place):
                regions = self._regions_in(place)
                return next(iter(regions)) if len(regions) == 1 else None
            words = place.split()
            named = set(normalise(" ".join(_NAME_WORD.findall(text))).split())
            if len(words) <= 2 and all(w in named for w in words) and not set(words) & _ORG_WORDS:
                return " ".join(w.capitalize() for w in words)  # "Belarus's": a name, not "main"
            return None
        if not context:
            return ""
        lead = _dominant(self._context_index(context)[1])
        if lead is not None:
            return lead
        city, area = _dateline_place(context)
        return area or city

    def _government_of(self, region: str) -> SourceMatch:
        """A country's government: the registered body that answers to its "government", else an
        unconfirmed one named as an unplaced "the government" of that country is ("Haiti Government")."""
        for slug in self._generic.get("government", ()):
            entry = self._entries[slug]
            if entry.region == region and not entry.local:
                return self._match(slug, 90.0)
        name = f"{region} Government"
        return SourceMatch(name=name, slug=slugify(name), kind="government", known=False, score=0.0)

    def _unplaced_body(self, norm: str, context: str) -> SourceMatch | None:
        """A police force, an army or a government the registry cannot place (the story's place is one
        it does not know, or one it has no such body for): an unconfirmed body named after the story's
        place ("HONG KONG — The police put the crowd at ..." -> Hong Kong Police), for
        editors to confirm, rather than nobody. Police are the dateline city's, an army or a government
        the dateline country's, when the registry knows nothing of that place. A police count with no
        such place is still the police's ("Police"), a party to a disputed count like the organisers; an
        army or a government with no such place is nobody's."""
        if not context:
            return None  # whose they are, only the story can say
        head = self._generic_head(norm)
        if head is None:
            return None
        body = _place_body(head)
        city, area = _dateline_place(context)
        if body is None:
            if " " in head and area and not self._regions_in(normalise(f"{city} {area}")):
                # "ASUNCION, Paraguay - The health ministry said": the dateline country's ministry,
                # one the registry does not know, unconfirmed
                name = f"{area} {_ministry_form(head).title()}"
                return SourceMatch(
                    name=name, slug=slugify(name), kind=guess_kind(head), known=False, score=0.0
                )
            return None
        # a dateline the registry knows nothing of ("HONG KONG", "PODGORICA, Montenegro"); a place it
        # knows with no such body registered stays the context's to say: in a Gaza story "the army" is
        # no "Gaza Army", and police a Kyiv story quotes on Kharkiv are no "Kyiv Police"
        known = any(p and self._regions_in(normalise(p)) for p in (city, area))
        if body == "Police":
            place = "" if known else city
        else:
            place = "" if known else (area or city)
            if known:
                # "LAHORE, Pakistan - The army said": a state the registry knows, with no army listed,
                # has its own (unconfirmed) army; a territory's "army" is another's (Gaza, West Bank)
                regions = self._regions_in(normalise(f"{city} {area}"))
                if len(regions) == 1 and next(iter(regions)) not in _TERRITORIES:
                    place = next(iter(regions))
            if not place:
                return None
        name = f"{place} {body}".strip()
        return SourceMatch(
            name=name, slug=slugify(name), kind=guess_kind(normalise(name)), known=False, score=0.0
        )

    def _named_local_body(self, text: str, norm: str, context: str) -> SourceMatch | None:
        """A body written as a proper name whose words only ever name a body of one part of a country
        ("according to the Government Delegation in the region" in a story that does not say which
        delegation): an unconfirmed source of that name, not nobody. A national head ("the Interior
        Ministry") stays the context's to place: a bare name would mix up countries."""
        if not context:
            return None
        head = self._generic_head(norm)
        if head is None or not all(self._entries[s].local for s in self._generic[head]):
            return None
        bare = _DEICTIC_PLACE_TAIL.sub("", re.sub(r"^\s*(?:the|a|an)\s+", "", text, flags=re.IGNORECASE))
        if not _is_title_case(bare) or len(bare.split()) > 6:
            return None
        name = _clean_name(bare)
        return SourceMatch(
            name=name, slug=slugify(name), kind=guess_kind(normalise(name)), known=False, score=0.0
        )

    def _names_its_country(self, place: str, slug: str) -> bool:
        """Whether the place words before "officials" name the country of a government ("Greek",
        "US", "Japan": words of its own names), not a city or province in it ("Lviv officials",
        "Asheville authorities" are the place's own, not the nation's government)."""
        entry = self._entries[slug]
        own = {w for name in (entry.name, *entry.aliases) for w in normalise(name).split()}
        own.update(normalise(entry.region).split())
        return all(w in own for w in normalise(place).split())

    def _level_in_context(self, level: str, context: str) -> SourceMatch | None:
        """The one "<Name> prefecture" (or "province of <Name>", ...) a context names, as a source:
        the registry's body when it has one, else an unconfirmed name."""
        names: set[str] = set()
        for m in re.finditer(rf"((?:[A-Z][\w'’-]+\s+){{1,3}})(?i:{level})\b", context):
            words = m.group(1).split()
            while words and words[0] in _NOT_A_PLACE_NAME:
                words = words[1:]
            if words:
                names.add(" ".join(words))
        for m in re.finditer(rf"\b(?i:{level})\s+of\s+((?:[A-Z][\w'’-]+\s*){{1,3}})", context):
            names.add(m.group(1).strip())
        if len(names) != 1:
            return None
        name = f"{names.pop()} {level}"
        found = self._resolve_one(name, "", people=False)
        if found is not None:
            return found
        return SourceMatch(
            name=_clean_name(name),
            slug=slugify(name),
            kind=guess_kind(normalise(name)),
            known=False,
            score=0.0,
        )

    def _person_in_context(self, text: str, context: str) -> SourceMatch | None:
        """The organisation a person mentioned by name speaks for, read from the context.

        Every mention of the surname in the context is looked at: a role phrase right after the
        name (", a spokeswoman for the Red Crescent", ", the eastern health minister,") or an
        organisation just before it with a role word in between ("Maui police chief John
        Pelletier", "the Red Crescent, whose secretary general, Marie el-Drese"). A known source
        wins; failing that, the fullest role-and-name phrase found ("Governor Jane Doe") keeps
        the person's later mentions on one unconfirmed source.
        """
        names = _NAME_WORD.findall(_TITLE_WORDS.sub("", text))
        if not names:
            return None
        surname = names[-1]
        fallback: SourceMatch | None = None
        for hit in re.finditer(rf"(?<!\w){re.escape(surname)}(?![\w-])", context[:20_000]):
            after = context[hit.end() : hit.end() + 160]
            before = context[max(0, hit.start() - 160) : hit.start()]
            before = re.split(r"(?<=[.!?])\s+|\n", before)[-1]
            before = re.sub(r"[\w'’.-]*$", "", before)  # "Marie el-" of "Marie el-Drese"
            # ", a spokeswoman for the Libyan Red Crescent," / ", head of the NCDC,"
            tail = re.match(r"\s*,\s*([^,.;:()\n]{3,120})", after)
            if tail is not None:
                phrase = tail.group(1)
                if _ROLE_WORD.search(phrase):
                    found = self._resolve_one(_ROLE.sub(" ", phrase), "", people=False)
                    if found is None or not found.known:
                        found = self._resolve_one(phrase, context, people=False)
                    if found is not None and found.known:
                        return found
            # "Maui police chief John Pelletier", "X, whose secretary general, NAME"
            lead = re.search(r"((?:[\w'’.-]+[ ,]+){0,12})$", before)
            window = lead.group(1) if lead else ""
            roles = list(_ROLE_WORD.finditer(window))
            role = roles[-1] if roles else None
            if role is not None:
                org_part = window[: role.start()]
                if _PRONOUN_BEFORE_ROLE.search(org_part):
                    # "..., its mayor Jane Roe": whatever "its" points at, not the last body named
                    lead_in = before[: len(before) - len(window) + role.start()]
                    owned = self._owned_office(lead_in, window[role.start() :] + surname)
                    if owned is not None:
                        return owned
                    continue
                slug = self._last_alias(org_part)
                if slug is not None:
                    return self._match(slug, 90.0)
                appos = _ROLE_BEFORE_NAME_RE.search(window)
                if appos is not None and _ROLE_WORD.search(appos.group("role")):
                    # "Beijing's mayor, Chen Xitong, said ... Chen said": the office set before the
                    # name, as its first mention resolved it
                    found = self._resolve_one(appos.group("role").strip(), context, people=False)
                    if found is not None and found.known:
                        return found
                    if fallback is None and found is not None:
                        fallback = found
                    continue
                # "Governor Josh Green": a role and a name, resolved as one phrase.
                clause = re.split(r"[,;:(]|\s[—–-]\s", window)[-1]
                # "..., which President Bill Clinton blamed on ...": the relative pronoun opens a clause,
                # it is no part of the name
                clause = _CLAUSE_OPENER_RE.sub("", clause)
                named = (
                    clause if role.start() >= len(window) - len(clause) else window[role.start() :]
                ) + surname
                found = self._resolve_one(named, context, people=False)
                if found is not None and found.known:
                    return found
                if (
                    fallback is None
                    and found is not None
                    and "," not in named
                    and len(named.split()) <= 6
                    and not _ROLE_WORD.search(text)
                ):
                    fallback = found
        return fallback

    def _owned_office(self, lead: str, office: str) -> SourceMatch | None:
        """The office "its <role> [name]" names, with the pronoun's place put in ("Mariupol's mayor")."""
        owner = self.pronoun_owner(lead, office)
        if not owner:
            return None
        return self._resolve_one(f"{owner}'s {office.strip()}", "", people=False)

    def _last_alias(self, text: str) -> str | None:
        """The slug of the last registered alias in ``text`` (longest at each position)."""
        last: str | None = None
        for slug in self._aliases_in(normalise(text).split()):
            last = slug
        return last

    def _aliases_in(self, words: list[str]) -> list[str]:
        """The slugs of the registered aliases in a normalised word list, left to right, the
        longest at each position, none overlapping. Only the lengths of the aliases that start
        with a word are tried there."""
        found: list[str] = []
        n = len(words)
        i = 0
        while i < n:
            step = 1
            for size in self._alias_sizes.get(words[i], ()):
                if i + size > n:
                    continue
                slug = self._aliases.get(" ".join(words[i : i + size]) if size > 1 else words[i])
                if slug is not None:
                    found.append(slug)
                    step = size
                    break
            i += step
        return found

    def _match(self, slug: str, score: float = 100.0) -> SourceMatch:
        entry = self._entries[slug]
        return SourceMatch(name=entry.name, slug=entry.slug, kind=entry.kind, known=True, score=score)

    def _office_there(self, text: str, slug: str) -> bool:
        """Whether the alias found in an office holder's phrase only says where the office is ("the
        governor of Ukraine's Donetsk region", "the mayor of Kyiv"): a regional governor or a city's
        mayor is not the nation's presidency. A body of that one place is the office's own ("the
        governor of Ishikawa" speaks for the Ishikawa prefecture)."""
        if self._entries[slug].local or not _LOCAL_OFFICE.search(text) or _office_of(text) is None:
            return False  # "the president of Ukraine" is the presidency
        words = normalise(text).split()
        found = [
            " ".join(words[i : i + n])
            for n in range(1, 4)
            for i in range(len(words) - n + 1)
            if self._aliases.get(" ".join(words[i : i + n])) == slug
        ]
        return bool(found) and all(bool(self._regions_in(a)) for a in found)

    def _local_body_of_place(self, norm: str, slug: str) -> bool:
        """Whether the one-word alias found is only a place named with a body of its own ("the Paris fire
        brigade", "the Paris prosecutor's office", "French radio France Info"): the city's brigade or a
        broadcaster is not the national government the bare place name stands for. The nation's own
        voices ("Japan authorities", "Paris officials") are left to the government."""
        words = norm.split()
        own = {
            w
            for name in (self._entries[slug].name, *self._entries[slug].aliases)
            for w in normalise(name).split()
        }
        found = [w for w in words if self._aliases.get(w) == slug]
        if not found or not all(self._regions_in(w) for w in found):
            return False  # a body's own short name ("UNRWA chief"), not a place
        return any(
            (w in _ORG_WORDS or w in _LOCAL_BODY_WORDS) and w not in _NATIONAL_VOICES and w not in own
            for w in words
        )

    def _country_before_a_body(self, norm: str, slug: str) -> bool:
        """Whether the alias found is only a country's name standing before another body of it ("the
        U.S. Senate", "the U.S. Justice Department", "U.S. prosecutors"): the country's name is its
        government's alias, but the Senate is no voice of the White House."""
        words = norm.split()
        for n in range(min(3, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                alias = " ".join(words[i : i + n])
                if self._aliases.get(alias) != slug:
                    continue
                if self._country_named(alias) is None and not self._only_region_words(alias):
                    return False
                rest = [w for w in words[i + n :] if w not in ("the", "a", "an", "s")]
                if any(w in _GOVERNMENT_VOICES for w in rest):
                    return False  # "U.S. President Barack Obama", "U.S. authorities": the government
                return bool(rest) and not words[:i]
        return False

    def _place_in_a_name(self, norm: str, slug: str) -> bool:
        """Whether the alias found in a phrase is only a place inside another body's name
        ("Kyiv International Institute of Sociology" is no statement of the presidency in Kyiv)."""
        words = norm.split()
        heads = [w for w in words if w in _OWN_BODY_HEADS]
        if len(words) < 3 or not heads:
            return False
        name_words = set(normalise(self._entries[slug].name).split())
        if any(h in name_words for h in heads):
            return False
        found = [
            " ".join(words[i : i + n])
            for n in range(1, 4)
            for i in range(len(words) - n + 1)
            if self._aliases.get(" ".join(words[i : i + n])) == slug
        ]
        return bool(found) and all(bool(self._regions_in(a)) for a in found)

    def _longer_name(self, text: str, norm: str, slug: str) -> bool:
        """Whether the alias found in a phrase is the tail of another body's proper name: a capitalised
        word that names no place stands right before it ("the State Security Council" is not the UN
        Security Council, "Iran's Supreme National Security Council" neither)."""
        words = norm.split()
        for size in range(min(self._max_alias_words, len(words)), 1, -1):
            for start in range(1, len(words) - size + 1):
                alias = words[start : start + size]
                if self._aliases.get(" ".join(alias)) != slug:
                    continue
                before = re.search(
                    r"([\w.'’-]+)\s+" + r"\s+".join(re.escape(w) for w in alias) + r"\b", text, re.IGNORECASE
                )
                if before is None:
                    return False
                word = before.group(1)
                tail = text[before.start(1) :].split()[1 : 1 + size]
                return (
                    word[:1].isupper()
                    and all(t[:1].isupper() for t in tail)
                    and not word.endswith(("'s", "’s", "s'", "s’"))
                    and normalise(word) not in ("the", "un", "u n", "united", "nations", "a", "an")
                    and not self._only_region_words(word)
                )
        return False

    def _contained(self, norm: str, min_size: int = 1) -> str | None:
        """The slug of the longest alias inside the phrase; ties go to the longer alias text."""
        words = norm.split()
        limit = min(self._max_alias_words, len(words))
        for size in range(limit, min_size - 1, -1):
            best: tuple[int, str] | None = None
            for start in range(len(words) - size + 1):
                phrase = " ".join(words[start : start + size])
                slug = self._aliases.get(phrase)
                if slug is not None and (best is None or len(phrase) > best[0]):
                    best = (len(phrase), slug)
            if best is not None:
                return best[1]
        return None

    def _only_region_words(self, text: str) -> bool:
        norm = normalise(_LEAD.sub("", text.strip()))
        norm = re.sub(
            r"\b(?:figures|data|numbers|statistics|estimates|sources|reports|tally|count)\b", " ", norm
        )
        index, _sizes = self._region_index()
        words = norm.split()
        return bool(words) and all(w in index for w in words)

    def regions_in(self, text: str) -> dict[str, int]:
        """Region -> mentions of its words in ``text`` (any form: it is normalised here)."""
        return self._regions_in(normalise(text))

    def _ministry_name(self, name: str) -> str | None:
        """One name for an unconfirmed ministry, by its country: "China's health ministry" and "Chinese
        Health Ministry" are the "China Health Ministry" of "the ministry of health" in a Beijing story
        (an adjective only when the registry knows which country it is); None for any other name."""
        owned = _PLACE_OWNS_MINISTRY.fullmatch(name)
        if owned is not None:
            return f"{owned.group('place')} {_ministry_form(owned.group('head').lower()).title()}"
        words = name.split()
        for size in (1, 2):  # "Chinese Health Ministry", "Sri Lankan Health Ministry"
            if len(words) <= size or not re.search(r"\b[Mm]inistry\b", " ".join(words[size:])):
                continue
            adjective = " ".join(words[:size])
            if not all(w[:1].isupper() for w in words[:size]):
                continue
            regions = self._regions_in(normalise(adjective))
            if len(regions) != 1:
                continue
            region = next(iter(regions))
            if normalise(region) == normalise(adjective):
                return None  # already the country's name
            return f"{region} {_ministry_form(' '.join(words[size:]).lower()).title()}"
        return None

    def is_place(self, name: str) -> bool:
        """Whether ``name`` is a place: a region the registry knows by that very name ("Gaza", "Japan";
        not "Zelensky", a term the registry places in Ukraine), or a name with a word of geography
        ("South Sudan", "New Caledonia")."""
        if _GEO_WORD_RE.match(name) and all(w[:1].isupper() for w in name.split()):
            return True
        norm = normalise(name)
        return any(normalise(region) == norm for region in self._regions_in(norm))

    def _regions_in(self, norm: str) -> dict[str, int]:
        """Region -> mentions of its terms in a normalised text: every word n-gram looked up in a
        term index (a few dict lookups per word, not a scan of the text per term)."""
        index, sizes = self._region_index()
        words = norm.split()
        n = len(words)
        found: dict[str, int] = {}
        skip_to = 0
        for i, word in enumerate(words):
            if i < skip_to:
                continue  # inside a longer place name: "wales" of "new south wales" is no Wales
            if word in LANGUAGES and _spoken_language(words, i):
                continue  # "Lassegue cut in, in French, to say ...": a language, not France
            for size in reversed(sizes.get(word, ())):
                if i + size > n:
                    continue
                regions = index.get(" ".join(words[i : i + size]) if size > 1 else word)
                if regions is not None:
                    for region in regions:
                        found[region] = found.get(region, 0) + 1
                    skip_to = i + size
                    break
        return found

    def _region_index(self) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[int, ...]]]:
        """(term -> regions, first word -> the term lengths in words starting with it)."""
        if self._region_terms is None or self._region_terms[0] is not self._regions:
            index: dict[str, list[str]] = {}
            for region, terms in self._regions.items():
                for term in terms:
                    if term and region not in index.setdefault(term, []):
                        index[term].append(region)
            sizes: dict[str, set[int]] = {}
            for term in index:
                sizes.setdefault(term.split(" ", 1)[0], set()).add(term.count(" ") + 1)
            self._region_terms = (
                self._regions,
                {t: tuple(r) for t, r in index.items()},
                {w: tuple(sorted(n)) for w, n in sizes.items()},
            )
        return self._region_terms[1], self._region_terms[2]

    def _context_index(self, context: str) -> tuple[dict[str, int], dict[str, int]]:
        """(slug -> alias mentions, region -> region-word mentions) for a context text."""
        cached = self._context_memo.get(context)
        if cached is not None:
            return cached
        norm = normalise(context[:200_000])
        words = norm.split()
        named: dict[str, int] = {}
        for slug in self._aliases_in(words):
            named[slug] = named.get(slug, 0) + 1
        result = (named, self._regions_in(norm))
        if len(self._context_memo) > 2_000:
            self._context_memo.clear()
        self._context_memo[context] = result
        return result

    def _bare_generic(self, norm: str) -> bool:
        """A generic head with nothing but level words around it ("regional high court")."""
        head = self._generic_head(norm)
        if head is None:
            return False
        rest = f" {norm} ".replace(f" {head} ", " ").split()
        if _LOCAL.search(" ".join(rest)):
            return False  # "local police" is a body of its own, just not a registered one
        return all(word in _LEVEL_WORDS for word in rest)

    def _generic_head(self, norm: str) -> str | None:
        words = norm.split()
        for size in range(min(6, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                phrase = " ".join(words[start : start + size])
                if phrase in self._generic:
                    return phrase
        return None

    def _generic_match(self, norm: str, context: str) -> SourceMatch | None:
        head = self._generic_head(norm)
        if head is None:
            return None
        if _LOCAL.search(f" {norm} ".replace(f" {head} ", " ")):
            return None  # "local police", "the municipal fire brigade": not the national body
        candidates = self._generic[head]
        # A portfolio word before a bare head ("the disaster ministry") keeps only the bodies named so:
        # the health ministry is not the disaster ministry.
        words = norm.split()
        if " " not in head and head in words:
            at = words.index(head)
            mod = words[at - 1] if at > 0 else ""
            if mod.isalpha() and mod not in _LEVEL_WORDS and mod not in _SMALL and not self._regions_in(mod):
                candidates = [
                    s
                    for s in candidates
                    if any(
                        mod in normalise(a).split()
                        for a in (*self._entries[s].aliases, *self._entries[s].generic)
                    )
                    or mod in normalise(self._entries[s].name).split()
                ]
                if not candidates:
                    # "Afghanistan's disaster ministry": a body whose own names carry both words
                    candidates = sorted(
                        {
                            slug
                            for alias, slug in self._aliases.items()
                            if mod in alias
                            and head in alias.split()
                            and mod in alias.split()
                            and not self._entries[slug].local
                        }
                    )
                    if not candidates:
                        return None
        # Region words in the mention itself ("Moroccan interior ministry").
        own = self._regions_in(norm)
        if own:
            in_region = [
                s for s in candidates if self._entries[s].region in own and not self._entries[s].local
            ]
            if len(in_region) == 1:
                return self._match(in_region[0], 95.0)
            if in_region:
                candidates = in_region
            elif context:
                # "the Moscow region's health ministry" in a story that also names Ukraine: the mention
                # says whose it is, and the registry has no such body there; the story's other country
                # does not own it
                return None
        if not context:
            return None
        named, regions = self._context_index(context)
        # the country the story is mostly about, when the registry has no such body there
        lead = None if own else _dominant(regions)
        if lead is not None and any(self._entries[c].region == lead for c in candidates):
            lead = None
        if head == "government" and lead is not None:
            # "the government" of a story datelined in and mostly about a country the registry has no
            # government for is that country's, even when the story names Washington's in passing
            city, area = _dateline_place(context)
            if lead in self._regions_in(normalise(f"{city} {area}")):
                return self._government_of(lead)
        # A candidate named outright in the context.
        hits = sorted(((named[s], s) for s in candidates if s in named), reverse=True)
        if hits and (len(hits) == 1 or hits[0][0] > hits[1][0]):
            return self._match(hits[0][1], 90.0)
        # Otherwise the region the context talks about most.
        scored = sorted(
            (
                (regions.get(self._entries[s].region, 0), s)
                for s in candidates
                if self._entries[s].region and not self._entries[s].local
            ),
            reverse=True,
        )
        if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            return self._match(scored[0][1], 85.0)
        # (a government too: "the government" of a Haiti story is Haiti's, however few of its bodies
        # the registry lists; an army or police force stays the story's to say)
        if ((" " in head and _place_body(head) is None) or head == "government") and lead is not None:
            # "the health ministry" in a story placed in one country the registry has no such body for:
            # that country's ministry, unconfirmed, not none or another country's
            name = f"{lead} {_ministry_form(head).title()}"
            return SourceMatch(name=name, slug=slugify(name), kind=guess_kind(head), known=False, score=0.0)
        return None

    def _fuzzy(self, norm: str) -> SourceMatch | None:
        """The closest alias at or above :data:`FUZZY_THRESHOLD` that names the same places: a
        spelling slip is forgiven, another country is not ("libyan authorities" is not "afghan
        authorities", however close the letters)."""
        if norm in self._fuzzy_memo:
            return self._fuzzy_memo[norm]
        if len(self._fuzzy_memo) > 5_000:
            self._fuzzy_memo.clear()
        found = self._fuzzy_memo[norm] = self._fuzzy_uncached(norm)
        return found

    def _fuzzy_uncached(self, norm: str) -> SourceMatch | None:
        if self._fuzzy_keys is None:
            self._fuzzy_keys = [k for k in self._aliases if len(k) >= FUZZY_MIN_LENGTH]
        if len(norm) < FUZZY_MIN_LENGTH or not self._fuzzy_keys:
            return None
        found = process.extract(
            norm, self._fuzzy_keys, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_THRESHOLD, limit=5
        )
        if not found:
            return None
        places = set(self._regions_in(norm))
        for alias, score, _i in found:
            if set(self._regions_in(alias)) == places and not _another_word(norm, alias):
                return self._match(self._aliases[alias], float(score))
        return None

    def _unknown(self, text: str, norm: str) -> SourceMatch | None:
        words = norm.split()
        if not words or len(words) > 12:
            return None
        if _DEICTIC_OWNER.match(text):
            post, sep, holder = text.partition(",")
            if sep and _PERSON_NAME.fullmatch(holder.strip()) and _ROLE_HEAD.search(post):
                # "the island's mayor, Giusi Nicolini": whose island the words do not say, but the
                # office holder is named, someone editors can confirm
                name = holder.strip()
                return SourceMatch(
                    name=name, slug=slugify(name), kind=guess_kind(normalise(post)), known=False, score=0.0
                )
        # Drop a leading person name + role ("Jane Doe, a spokeswoman for X" -> "X").
        role = _ROLE.search(text)
        if role is not None and role.start() == 0 and _TITLED_PERSON.match(text[role.end() :]):
            role = None  # "Secretary of State Jane Park": a title and a name, not a body
        if role is not None and text[role.end() :].strip():
            text = text[role.end() :]
            norm = normalise(text)
            words = norm.split()
            if not words or norm in VAGUE or norm in self._generic or self._bare_generic(norm):
                return None  # "a spokesman for the coast guard": whose, the context could not say
        text, glued = _bare_body(text)
        norm = normalise(text)
        words = norm.split()
        if not words:
            return None
        if words[-1] in _DOCUMENT_HEADS:
            return None  # "the previous official update": a document, not who issued it
        if glued and (norm in VAGUE or norm in self._generic or self._bare_generic(norm) or len(words) == 1):
            return None  # "(morning) the authority": whose, the context could not say
        office = _institution_of(text)
        if office is not None:
            text, norm = office, normalise(office)
            words = norm.split()
        elif _UNNAMED_ONE.match(text) and not any(w[:1].isupper() for w in text.split()[1:]):
            return None  # "a district official", "one aid group": someone, but no one to confirm
        if _DEICTIC_OWNER.match(text):
            return None  # "the town's mayor": whose town, the words do not say
        is_org = (
            any(w in _ORG_WORDS for w in words)
            or words[0] == "un"
            or _DOMAIN_NAME.fullmatch(text.strip()) is not None
        )
        # a sentence's capital "The" is no name ("The coroner" is "the coroner")
        bare = re.sub(r"^\s*(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
        capitals = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", bare) if w[:1].isupper()]
        if not is_org and not capitals:
            return None
        if not capitals and len(bare.split()) == 1 and _DOMAIN_NAME.fullmatch(bare.strip()) is None:
            return None  # "the group said": which group, only the story could say, and it did not
        name = _clean_name(text)
        if not name or normalise(name) in VAGUE:
            return None
        name = self._ministry_name(name) or name
        return SourceMatch(name=name, slug=slugify(name), kind=guess_kind(norm), known=False, score=0.0)


#: a head of government by title, the country's name or demonym optionally before it: "Prime Minister
#: John Howard", "German Chancellor Olaf Scholz", "Australia's prime minister". A president is left out:
#: many are heads of state with no say over the government's figures (Germany's, Italy's, Israel's),
_CLAUSE_OPENER_RE = re.compile(
    r"^\s*(?:(?:which|who|whom|whose|that|where|when|while|as|and|but|after|before|because|since|until)\s+)+"
    # ("..., who spoke after President Donald Trump": the clause's verb and preposition too)
    r"(?:(?:[a-z]+\s+){0,2}?(?:after|before|with|beside|alongside|by|to|for|from|on|against)\s+(?=(?-i:[A-Z])))?",
    re.IGNORECASE,
)
#: and the registry lists the executive ones it knows by name ("President Emmanuel Macron")
_HEAD_OF_GOVERNMENT = re.compile(
    r"^(?:the\s+)?(?P<country>(?:[A-Z][\w'’.-]*\s+){0,3}?)(?i:prime\s+minister|chancellor)"
    r"(?:\s+(?P<name>(?:[A-ZÀ-Þ][\w'’.-]+\s+){0,3}[A-ZÀ-Þ][\w'’-]+))?$"
)
#: officials of a place named after them ("Officials in Buncombe County", "authorities in the Lviv region")
_OFFICIALS_IN_PLACE = re.compile(
    r"^(?P<head>(?i:(?:(?:local|city|county|state|provincial|regional|district|municipal|town|government"
    r"|senior)\s+)?(?:officials|authorities)))\s+in\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)"
    r"{0,3}(?:\s+(?:county|region|province|district|state|city|oblast|prefecture))?)$"
)
_BACKER = re.compile(
    r"\b[A-Z][\w'’.-]*-(?:backed|appointed|installed|allied|aligned|supported|funded|friendly|sponsored)\s+"
)
_ROLE_HEAD = re.compile(
    r"\b(?:governor|mayor|prefect|minister|president|premier|chancellor|commissioner|secretary)$",
    re.IGNORECASE,
)
_DESCRIBED_NAME = re.compile(
    r"^(?:the\s+|its\s+|their\s+)?(?:[a-z][\w-]*\s+){0,2}(?:group|organi[sz]ation|charity|watchdog|monitor|NGO"
    r"|agency|unit|subsidiary|arm|division)\s+"
    # "its motorway unit Autostrade per l'Italia": a name may hold particles
    r"(?=[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|per|de|del|della|di|du|des|da|do|dos|la|le|van|von|of|and|for"
    r"|l['’][A-Z][\w'’-]*))*$)"
)
_OWNERS_ROLE = re.compile(
    r"(?:['’]s|s['’])\s+(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|director|head|chief|official|minister"
    r"|secretary|representative)$",
    re.IGNORECASE,
)
#: a web domain used as an organisation's name: "350.org", "Change.org"
_DOMAIN_NAME = re.compile(r"(?:the\s+)?[\w-]+(?:\.[a-z]{2,6})+", re.IGNORECASE)
_PERSON_NAME = re.compile(r"(?:[A-ZÀ-Þ][\w'’.-]+\s+){1,3}[A-ZÀ-Þ][\w'’-]+")
_TITLED_PERSON = re.compile(r"\s*[A-Z][a-z]+\s+[A-ZÀ-Þ][\w'’.-]+\s+[A-ZÀ-Þ][\w'’-]+\s*$")
#: a bare administrative level: "the prefecture", "the province"
_BARE_LEVEL = re.compile(r"(?:the\s+)?(prefecture|province|governorate|county|canton|oblast|municipality)")
_NOT_A_PLACE_NAME = frozenset(
    ("The", "A", "An", "In", "On", "At", "Of", "For", "From", "And", "This", "That", "Its")
)
#: the head of an organisation's own name ("... Institute of Sociology" ends on its subject, see below)
_OWN_BODY_HEADS = frozenset(
    (
        "institute",
        "group",
        "university",
        "centre",
        "center",
        "foundation",
        "society",
        "association",
        "school",
        "company",
        "bank",
        "fund",
        "network",
        "project",
        "observatory",
        "monitor",
        "studies",
        "research",
        "economics",
        "lab",
        "laboratory",
        "initiative",
        "coalition",
        "alliance",
        "union",
        "club",
        # a company's legal form: "Tokyo Electric Power Co" is no statement of the government in Tokyo
        "co",
        "corp",
        "corporation",
        "inc",
        "ltd",
        "plc",
        "llc",
        "gmbh",
        "holdings",
    )
)
_DOCUMENT_HEADS = frozenset(
    ("update", "bulletin", "report", "statement", "briefing", "figures", "estimate", "toll", "tally", "count")
)
#: "Ministry spokesman Jane Doe", "Interior Ministry official Ali Baker": the body before the role
_BODY_ROLE_NAME = re.compile(
    r"^(?P<body>(?:the\s+)?(?:[A-Z][\w'’.-]*\s+|of\s+|for\s+|and\s+|the\s+){0,6}?(?:Ministry|Agency|Office"
    r"|Department|Authority|Police|Army|Military|Council|Commission|Committee|Service|Directorate|Government"
    r"|Palace|Administration|Bureau|Institute|Observatory|Front|Union)(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w'’.-]*)+)?)"
    r"\s+(?:spokes(?:man|woman|person)|official|officer|director|chief|head|representative)\s+[A-ZÀ-Þ]",
    re.IGNORECASE,
)
#: "Transport Minister Jane Doe": the ministry of the portfolio
_PORTFOLIO_MINISTER = re.compile(
    # "British Prime Minister X" holds no portfolio: the nationality is no ministry's name
    r"^(?:the\s+)?(?P<portfolio>(?!Prime\b|Deputy\b|Chief\b|First\b|(?:[A-Z][\w'’-]*\s+){1,2}(?:Prime|First)\s)"
    r"(?:[A-Z][\w'’-]*\s+){1,3})"
    r"Minister\s+[A-ZÀ-Þ][\w'’.-]+"
)
#: the same office named the other way round: "Executive Vice-Minister of Health Gao Qiang" -> Health
#: Ministry (the name after the portfolio taken as two words, as news copy names people)
_MINISTER_OF_PORTFOLIO = re.compile(
    r"^(?:the\s+)?(?:(?:Executive|Deputy|First|Senior|Acting)\s+)?(?:Vice[- ])?Minister\s+(?:of|for)\s+(?:the\s+)?"
    r"(?P<portfolio>[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*?)\s+[A-ZÀ-Þ][\w'’.-]+\s+[A-ZÀ-Þ][\w'’-]+$"
)
#: a time of day or a qualifier before a definite body ("morning the military"): the body alone
_GLUED_THE = re.compile(
    r"^(?:(?:[a-z][\w-]*|(?:On|In|At|Late|Early|Yesterday|Today|Tonight|Overnight|Earlier|Later|Meanwhile"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Morning|Afternoon|Evening|Night))\s+){1,3}"
    r"(?=the\s+\w)"
)
_NAME_CONNECTOR_BEFORE_THE = frozenset(
    ("of", "for", "and", "to", "on", "at", "in", "from", "against", "over")
)


_POLICE_WORD = re.compile(r"\bpolice\b", re.IGNORECASE)
#: a police rank before a name ("Detective Chief Inspector", "Chief Constable", "Police Commissioner");
#: "Inspector General" and a bare "Commissioner" are other offices
_POLICE_RANK = re.compile(
    r"^(?:the\s+)?(?:(?:Detective\s+)?(?:Chief\s+|Deputy\s+|Assistant\s+)?(?:Superintendent|Inspector(?!\s+General)"
    r"|Sergeant|Constable)|Chief\s+Constable|Deputy\s+Chief\s+Constable|Police\s+(?:Commissioner|Chief|Superintendent"
    r"|Inspector|Sergeant|Constable|Major|Colonel|Captain|Lieutenant)|(?:Deputy\s+|Assistant\s+)?Commissioner\s+of"
    r"\s+Police|(?:[A-Z][\w.-]*\s+(?:County|Parish)\s+)?(?:Under)?[Ss]heriff)\s+(?=[A-Z])"
)
#: bodies a story's place names when the registry cannot ("Hong Kong Police"): generic head -> name
_PLACE_BODIES = {
    "police": "Police",
    "police officials": "Police",
    "police sources": "Police",
    "police spokesman": "Police",
    "police department": "Police",
    "army": "Army",
    "army officials": "Army",
    "army spokesman": "Army",
    "military": "Military",
    "military officials": "Military",
    "military spokesman": "Military",
    "armed forces": "Armed Forces",
    "government": "Government",
    "central government": "Government",
}
#: a dateline: "HONG KONG —", "KRAMATORSK, Ukraine —", "NOVI SAD, Serbia (Reuters) -"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE_PLACE = re.compile(
    rf"^\s*(?P<city>[A-Z][A-Z.'’ -]{{1,40}}?[A-Z.])(?:,\s*(?!{_MONTH}\s+\d)(?P<area>[A-Z][A-Za-z.'’ -]{{1,30}}?))?"
    rf"(?:,?\s*{_MONTH}\s+\d{{1,2}})?\s*(?:\([^)\n]{{1,30}}\)\s*)?(?:—|–|--|-|:)\s"
)
#: a place said by pointing at it, after a name ("the Government Delegation in the region")
_DEICTIC_PLACE_TAIL = re.compile(
    r"\s+in\s+(?:the|this|that)\s+(?:region|area|country|city|province|state|capital|territory)\s*$",
    re.IGNORECASE,
)


#: demonyms that are also languages: "in French" names no country
LANGUAGES = frozenset(
    (
        "french", "english", "arabic", "spanish", "german", "russian", "portuguese", "italian", "chinese",
        "japanese", "hebrew", "creole", "ukrainian", "turkish", "persian", "urdu", "hindi", "korean", "dutch",
        "greek", "polish", "swahili", "sinhala", "tamil", "indonesian", "burmese", "bengali", "pashto", "dari",
    )
)  # fmt: skip
_AFTER_LANGUAGE = frozenset(
    ("to", "and", "that", "the", "a", "as", "he", "she", "they", "before", "after", "on", "at", "for", "with",
     "while", "when", "saying", "said", "says", "adding", "or", "but")
)  # fmt: skip


def _spoken_language(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` names a language here: "spoke in French", "speaking Arabic, he said"."""
    before = words[i - 1] if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    if before in ("speaking", "spoke", "speaks", "fluent"):
        return True
    return before == "in" and (after == "" or after in _AFTER_LANGUAGE)


_HEAD_OFFICES = frozenset(
    ("prime minister office", "president office", "presidential office", "office of the prime minister",
     "office of the president", "office of prime minister", "office of president")
)  # fmt: skip


def _dominant(regions: Mapping[str, int]) -> str | None:
    """The region a text talks about strictly most, or None when none or two lead."""
    top = sorted(regions.items(), key=lambda kv: kv[1], reverse=True)
    if top and (len(top) == 1 or top[0][1] > top[1][1]):
        return top[0][0]
    return None


def _state_media_of(region: str) -> SourceMatch:
    """A country's state media, unconfirmed: "state television", "the state-run newspaper" and
    "Myanmar's state media" of one story are one voice, the government's own outlets."""
    name = f"{region} State Media".strip()
    return SourceMatch(name=name, slug=slugify(name), kind="media", known=False, score=0.0)


def _opposition_of(region: str) -> SourceMatch:
    """A country's political opposition, unconfirmed: one source whether a story says "the
    opposition" or "Venezuela's opposition"."""
    name = f"{region} Opposition"
    return SourceMatch(name=name, slug=slugify(name), kind="other", known=False, score=0.0)


#: registered regions that are no state with forces of their own
_TERRITORIES = frozenset(("Gaza", "West Bank"))


def _place_body(head: str) -> str | None:
    """The body a generic head is a part or a voice of, when a place names it ("police spokesman" ->
    "Police", "army officials" -> "Army"); None for other heads ("health ministry", "government
    delegation")."""
    return _PLACE_BODIES.get(head)


def _dateline_place(context: str) -> tuple[str, str]:
    """(city, area) of the dateline opening the story or its first paragraph ("HONG KONG —" ->
    ("Hong Kong", ""), "KRAMATORSK, Ukraine —" -> ("Kramatorsk", "Ukraine")), or ("", "")."""
    for line in context.split("\n", 3)[:3]:
        m = _DATELINE_PLACE.match(line)
        if m is not None and m.group("city").strip(" .-").isupper():
            city = " ".join(w.capitalize() for w in m.group("city").strip(" .-").split())
            return city, (m.group("area") or "").strip()
    return "", ""


_GEO_WORD_RE = re.compile(
    r"\b(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|New|Saint|San|Santa|Los|Las|Port|Puerto"
    r"|Mount|Lake|Cape|Gulf|Sea|Islands?|Republic|Kingdom|United|States|Province|County|Strait|Bay|Valley)\b"
)
#: a capitalised owner before a lowercase body: "Kuwait's foreign minister", "Paraguay's health ministry"
_UNKNOWN_OWNER = re.compile(r"^(?:the\s+)?(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+(?=[a-z])")
_PLACE_OWNS_MINISTRY = re.compile(
    r"(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+(?P<head>(?:[A-Za-z-]+\s+){0,3}?(?:[Mm]inistry|[Mm]inister)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Za-z-]+(?:\s+[A-Za-z-]+)?)?)"
)


def _ministry_form(head: str) -> str:
    """One name for a ministry however the copy calls it ("ministry of health", "health minister",
    "health ministry" -> "health ministry"), so that an unconfirmed ministry is one source, not three."""
    of = re.fullmatch(r"ministry\s+(?:of|for)\s+(?:the\s+)?(?P<portfolio>[a-z][\w\s-]*)", head)
    if of is not None:
        return f"{of.group('portfolio')} ministry"
    minister = re.fullmatch(r"(?P<portfolio>(?!prime\b|first\b|chief\b)[a-z][\w\s-]*?)\s+minister", head)
    if minister is not None:
        return f"{minister.group('portfolio')} ministry"
    return head


def _bare_body(text: str) -> tuple[str, bool]:
    """The body an unconfirmed name stands for, without what is glued to it: an apposed description
    ("Archive of Public Gatherings, a group of researchers"), a time word or an adjective before
    "the" ("morning the military"), a spokesman's or a minister's own name ("Ministry spokesman
    Jane Doe" -> "Ministry", "Transport Minister Jane Doe" -> "Transport Ministry")."""
    t = re.sub(r"\s+", " ", text).strip()
    t = _DESCRIBED_NAME.sub("", t)  # "rights group OVD-Info": the name
    head, sep, tail = t.partition(",")
    if sep and _PERSON_NAME.fullmatch(tail.strip()) and set(normalise(head).split()) & _ORG_WORDS:
        # "the interior ministry, Omar Haddad", "the ministry's spokesman, Ali Baker": the body
        return _OWNERS_ROLE.sub("", head.strip()), False
    if sep and _PERSON_NAME.fullmatch(tail.strip()) and _ROLE_HEAD.search(head.strip()):
        return head.strip(), False  # "the regional governor, Pedro Alves": the office
    if (
        sep
        and re.match(r"\s*(?:a|an|the)\s", tail, re.IGNORECASE)
        and not _ROLE.search(tail)
        and _office_of(tail) is None  # "X, the governor of the Donetsk region": the office, below
        and any(w[:1].isupper() for w in re.sub(r"^(?:the|a|an)\s+", "", head.strip(), flags=re.I).split())
    ):
        t = head.strip()
    glued = _GLUED_THE.match(t)
    if glued is not None and glued.group(0).split()[-1].lower() not in _NAME_CONNECTOR_BEFORE_THE:
        return t[glued.end() :], True
    body = _BODY_ROLE_NAME.match(t)
    if body is not None:
        return body.group("body").strip(), False
    minister = _PORTFOLIO_MINISTER.match(t)
    if minister is not None:
        return minister.group("portfolio").strip() + " Ministry", False
    return t, False


#: A person named by office stands for the office ("Kuwait's foreign minister" -> Kuwait Foreign
#: Ministry, "the mayor of Suzu" -> Suzu Mayor's Office).
_MINISTER_RE = re.compile(
    r"^(?:the\s+)?(?P<owner>.*?)(?:['’]s)?\s+(?P<adj>(?!prime\b)[a-z][\w-]*(?:\s+affairs)?)\s+minister$",
    re.IGNORECASE,
)
_OFFICE_OF_RE = re.compile(
    r"^(?:the\s+)?(?P<role>governor|mayor|prefect|prime\s+minister|president)\s+of\s+(?:the\s+)?(?P<owner>.+)$",
    re.IGNORECASE,
)
_OWNER_OFFICE_RE = re.compile(
    r"^(?:the\s+)?(?P<owner>.+?)(?:['’]s)?\s+(?P<role>governor|mayor|prefect|prime\s+minister|president)$",
    re.IGNORECASE,
)


#: words for a nation's own voice, which a place name before them leaves the government's
_NATIONAL_VOICES = frozenset(
    ("government", "authorities", "officials", "presidency", "palace", "administration", "ministries")
)
#: bodies a city or a region has of its own, beside the organisation words ("the Paris fire brigade")
_LOCAL_BODY_WORDS = frozenset(
    ("brigade", "region", "friends", "museum", "cathedral", "prosecutor", "prosecutors", "zoo", "school", "airport",
     "port", "club", "team", "company", "firm")
)  # fmt: skip
#: a place something happens in or belongs to: "died in Mariupol", "the mayor of Tromso"
_IN_PLACE = re.compile(r"\b(?:in|of|at|near|outside)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")
#: a possessive pronoun right before an office's role word: "since Russia laid siege to the city, its mayor"
_PRONOUN_BEFORE_ROLE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: the offices of one part of a country ("the president of Ukraine" is the country's own)
_LOCAL_OFFICE = re.compile(r"\b(?:governor|mayor|prefect)\b", re.IGNORECASE)
_COUNTRY_BEFORE_PLACE = re.compile(r"^[A-Z][\w-]*['’]s\s+(?=[A-Z])")
#: a place's office with its holder's name after it ("Donetsk governor Pavlo Kyrylenko", "Tromso mayor
#: Kari Nordmann"): the office, as when the name is apposed ("the mayor of Tromso, Kari Nordmann")
_PLACE_OFFICE_HOLDER_RE = re.compile(
    r"^(?P<office>(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:(?i:regional|state|provincial|district|county|city)\s+)?"
    r"(?i:governor|mayor|prefect))\s+(?:[A-ZÀ-Þ][\w'’.-]+\s+){0,3}[A-ZÀ-Þ][\w'’-]+$"
)
_DEICTIC_OWNER = re.compile(
    r"^\s*(?:the\s+)?(?:country|nation|town|city|state|region|province|village|district|island|county"
    r"|territory|area|enclave|kingdom|emirate)(?:['’]s|s['’])\s",
    re.IGNORECASE,
)
_NATIONAL_BODY = re.compile(r"^(.+?)\s+(?:authorities|officials|government\s+officials|state\s+authorities)$")
_UNNAMED_ONE = re.compile(
    r"^\s*(?:a|an|one|another|some|two|three|four|five|several|multiple|various|other)\s", re.IGNORECASE
)


def _institution_of(text: str) -> str | None:
    """The office a person named by it stands for, when the phrase says whose office it is;
    an apposed name is dropped ("Derna's mayor, Jane Doe" -> "Derna Mayor's Office")."""
    for part in text.split(","):
        office = _office_of(part)
        if office is not None:
            return office
    return None


def _office_of(text: str) -> str | None:
    t = re.sub(r"\s+", " ", text).strip(" ,.;:")
    held = _PLACE_OFFICE_HOLDER_RE.match(t)
    if held is not None:
        t = held.group("office")  # "Donetsk governor Pavlo Kyrylenko": the Donetsk governor's office
    m = _MINISTER_RE.match(t)
    if m is not None and m.group("owner").strip():
        return f"{m.group('owner').strip()} {m.group('adj')} ministry"
    m = _OFFICE_OF_RE.match(t) or _OWNER_OFFICE_RE.match(t)
    if m is not None and m.group("owner")[:1].isupper():
        role = " ".join(w.capitalize() for w in m.group("role").split())
        # "Ukraine's Donetsk region": the office is the region's, the country only says where it is
        owner = _COUNTRY_BEFORE_PLACE.sub("", m.group("owner").strip())
        owner = _office_place(owner, role.lower())
        return f"{owner} {role}'s Office"
    return None


#: the words of a place's level that an office's name leaves out, by office: "the governor of the Donetsk
#: region", "the Donetsk regional governor" and "Donetsk governor X" are one office; a county's mayor is
#: not its city's ("Miami-Dade County mayor"), so a mayor keeps "county"
_OFFICE_LEVELS = {
    "governor": "region|regional|oblast|province|provincial|state|governorate|prefecture|prefectural|county"
    "|district|territory",
    "prefect": "region|regional|province|provincial|prefecture|prefectural|department|departement|district",
    "mayor": "city|municipality|municipal|town",
}


def _office_place(owner: str, role: str) -> str:
    """The place an office of one part of a country is named after, without its level words ("Donetsk
    region", "Donetsk regional", "the State of Bauchi" -> "Donetsk", "Bauchi"): one office, one name."""
    levels = _OFFICE_LEVELS.get(role)
    if levels is None:
        return owner
    # "the State of Bauchi" is Bauchi; "the City of London" is a name of its own
    bare = re.sub(
        r"^(?:the\s+)?(?i:state|province|region|oblast|prefecture|department|governorate)\s+of\s+(?:the\s+)?(?=[A-Z])",
        "",
        owner,
    )
    bare = re.sub(rf"(?:\s+(?i:{levels}))+$", "", bare).strip()
    return bare if bare[:1].isupper() else owner


_SMALL = frozenset({"of", "the", "for", "and", "in", "on", "at", "to", "de", "du", "des", "la", "le", "al"})


#: a named unit of a body, set after the body's possessive ("the Interior Ministry's National Disaster
#: Operations Centre", "the army's press office")
UNIT_OF_BODY = re.compile(
    r"^(?:the\s+)?(?P<owner>(?:[\w.&-]+\s+){0,4}?[\w.&-]*(?:Ministry|ministry|Army|army|Police|police|Agency|agency"
    r"|Government|government|Military|military|Forces|forces))['’]s\s+(?P<unit>(?:[\w-]+\s+){0,5}"
    r"(?:Centre|Center|centre|center|Department|department|Office|office|Unit|unit|Directorate|directorate"
    r"|Committee|committee|Bureau|bureau|Service|service|Team|team|Cell|cell))$"
)


def _clean_name(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:\"'“”()[]")
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
    # an editor reads a name, not the words around it: "its director NAME" -> "Director NAME", "NAME, its
    # ombudsman" -> "NAME", "a letter from the X" -> "X", "organisers from X" -> "X", "neighbouring X" -> "X"
    text = re.sub(r"^(?:its|their|his|her)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r",\s+(?:its|their|his|her)\s+[^,]*$", "", text, flags=re.IGNORECASE)
    text = re.sub(
        r"^(?:letter|statement|report|organi[sz]ers|officials|spokes(?:man|woman|person))\s+from\s+(?:the\s+)?(?=[A-Z])",
        "",
        text,
        flags=re.IGNORECASE,
    )
    text = re.sub(r"^(?:neighbouring|neighboring|nearby)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"['’]s$", "", text)
    words = text.split(" ")
    out: list[str] = []
    for i, word in enumerate(words):
        if word.isupper() and len(word) > 1:
            out.append(word)  # acronyms stay as written
        elif i and word.lower() in _SMALL:
            out.append(word.lower())
        elif word[:1].islower() and "-" in word:
            out.append("-".join(p[:1].upper() + p[1:] for p in word.split("-")))
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)[:120]


def guess_kind(norm: str) -> str:
    """Kind of an unknown source from the words of its normalised name."""
    words = set(norm.split())
    if words & {"ministry", "minister", "ministries"}:
        return "ministry"
    if words & {"army", "military", "forces", "navy", "idf", "brigade", "brigades", "troops", "corps"} or (
        "air" in words and "force" in words
    ):
        return "military"
    if norm.startswith(("un ", "united nations")) or words & {"unicef", "unhcr", "unrwa", "ocha"}:
        return "un_agency"
    if words & {
        "ngo",
        "charity",
        "watch",
        "crescent",
        "cross",
        "foundation",
        "amnesty",
        "observatory",
        "network",
        "association",
        "union",
        "unions",
        "federation",
        "confederation",
        "syndicate",
    }:
        return "ngo"
    if words & {"news", "newspaper", "tally", "tv", "television", "radio", "broadcaster", "agency"} and (
        words & {"news", "newspaper", "tally", "tv", "television", "radio", "broadcaster"}
    ):
        return "media"
    if words & {
        "government",
        "president",
        "presidency",
        "prefecture",
        "province",
        "governorate",
        "canton",
        "oblast",
        "police",
        "office",
        "department",
        "authority",
        "authorities",
        "governor",
        "palace",
        "council",
        "agency",
        "directorate",
        "municipality",
        "officials",
        "prime",
        "gendarmerie",
        "guard",
    }:
        return "government"
    return "other"


__all__ = [
    "DEFAULT_PATH",
    "FUZZY_THRESHOLD",
    "SourceEntry",
    "SourceRegistry",
    "guess_kind",
    "normalise",
    "slugify",
]
