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
"al-tabi'in school" and can be checked against each other for scope conflicts. Head nouns that
only restate the metric ("deaths", "the wounded") and plural demonyms ("Palestinians", "Sudanese")
are dropped too: "39,699 Palestinians" and "39,790 people" killed are one running total.

Consequence for the extractor: the subject must carry what distinguishes the quantity (the place:
"marchers in Paris"; the giver: "US pledge"). A subject that names nothing for a money, percentage,
count or aid figure makes the claim incomparable (``compare._identified``); for tolls of people the
empty token is the event's overall toll, so a provincial toll whose subject lost its province will be
compared with the national one.

A money, percentage, count or aid figure with no subject takes the one subject its source gives that
metric in that event, if there is exactly one (``KeyCodes._lend_subjects``): computed over the whole
event, so ``series_keys``, ``select_series`` and ``compare`` agree on its series. ``series_key_for``
sees one row only and cannot lend.

Crowd nouns ("marchers", "protesters", "turnout"; ``tracker.extraction.crowds``) are dropped like class
nouns: the extractor puts the crowd's place in the subject ("marchers in Lyon", "turnout nationwide"),
and the place is what tells one count from another.

``sentence_places`` reads the places and areas a sentence puts a figure in ("in Marseille", "in the
rebel-held north-west"): the comparison uses them to keep a city's or a province's figure apart from
another place's when the subject lost its place.

The *family* key drops the subject class (and source) so subsets can be checked against totals; an
incremental run for a series also loads its family.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from tracker.extraction.crowds import CROWD_NOUNS, NATIONWIDE
from tracker.extraction.dates import CALENDAR_WORDS

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
        "residents",
        "inhabitants",
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
LENDABLE_METRICS = frozenset({"money", "percent", "count", "aid"})
SUBSET_CLASSES = frozenset({"children", "women", "civilians", "soldiers", "militants"})
TOTAL_CLASS = "people"
#: The string columns ``SeriesIndex`` hashes once for the whole frame (those the comparison tests).
FACTORIZED_COLUMNS = (
    "metric",
    "subject_class",
    "subject",
    "scope",
    "qualifier",
    "source_kind",
    "sentence",
    "status",
    "outlet",
    "source_name",
)

_TOKEN = re.compile(r"[a-z0-9][a-z0-9'\-\.]*")


# Head nouns that only restate the metric ("deaths" of "killed") and plural demonyms ("Palestinians",
# "Israelis") say nothing about *which* people are counted: like the class nouns, they are dropped.
METRIC_NOUNS = frozenset(
    [
        "deaths",
        "dead",
        "fatalities",
        "lives",
        "killed",
        "wounded",
        "injured",
        "injuries",
        "missing",
        # the rescued are the survivors a rescue count counts: "179 people rescued" and "174 survived"
        # are one figure revised, not two quantities
        "rescued",
        "survivors",
        "survived",
        "bodies",
        "aid",
        "humanitarian",
    ]
)
DEMONYMS = frozenset(
    ["israelis", "iraqis", "pakistanis", "kuwaitis", "saudis", "yemenis", "emiratis", "qataris", "somalis"]
)
_TOKEN_CASED = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-\.]*")


def _is_demonym(word: str) -> bool:
    """A capitalised plural people-noun: 'Palestinians', 'Sudanese', 'Israelis' (not 'Paris')."""
    low = word.lower()
    return word[:1].isupper() and len(word) > 4 and (low.endswith(("ans", "ese")) or low in DEMONYMS)


@lru_cache(maxsize=200_000)
def subject_token(subject: str) -> str:
    """Normalised, order-free content words of a subject ("people in Al Haouz province" -> "al haouz province")."""
    words = _TOKEN_CASED.findall(subject.replace("’", "'"))
    kept = set()
    for word in words:
        low = word.lower().strip(".'-")
        if (
            low in STOP_WORDS
            or low in CLASS_NOUNS
            or low in METRIC_NOUNS
            or low in CROWD_NOUNS
            or _is_demonym(word)
        ):
            continue
        kept.add(low)
    kept.discard("")
    if "police" in kept and kept & {"officers", "officer"}:
        kept.discard("police")  # "137 police officers" and "137 officers" of one story are one count
    if kept & _HOSPITAL:
        # in a hospital the people counted are its patients: "74 patients taken to hospital" is "74
        # people taken to hospital" (elsewhere "patients" says who: "patients recovered" are no bodies)
        kept -= {"patients", "patient"}
    if kept & _BODY_FINDING and any(w.lower() in ("bodies", "remains") for w in words):
        kept -= _BODY_FINDING | {
            "remains"
        }  # "bodies recovered" is the toll, as "bodies" is: finding them is how it is counted
    return " ".join(sorted(kept))


_HOSPITAL = frozenset(("hospital", "hospitals", "hospitalised", "hospitalized"))
#: how bodies come to be counted ("recovered", "pulled from the rubble"): no other quantity than the dead
_BODY_FINDING = frozenset(("recovered", "retrieved", "found", "pulled", "exhumed", "collected"))


#: The token of a country-wide crowd count: the extractor writes "turnout nationwide" for
#: "across the country", "nationwide", "across Spain" (``tracker.extraction.crowds``).
NATIONWIDE_TOKEN = NATIONWIDE
#: How the extractor marks a figure the text ties to the one before it ("66 of which", "120 of them").
PART_MARK = " (part)"


@lru_cache(maxsize=200_000)
def is_crowd_subject(subject: str) -> bool:
    """ "marchers in Lyon", "turnout nationwide": a crowd count, a quantity even when it names no place
    (the march's overall turnout, as an empty token is a toll's overall count)."""
    return any(word in CROWD_NOUNS for word in subject.lower().split())


# a lookahead, so that "from Saturday's quake in Herat" still yields "Herat" after "Saturday's quake"
_PLACE = re.compile(
    r"(?=\b(?:[Ii]n|[Aa]cross|[Aa]t|[Nn]ear|[Oo]utside|[Ff]rom)\s+(?:the\s+)?"
    r"([\w'\-]+(?:\s+[\w'\-]+){0,4}))"
)
# lower-case words that name an area: "in the rebel-held north-west", "across government-held areas"
_COMPASS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "north-west",
        "north-east",
        "south-west",
        "south-east",
        "northwest",
        "northeast",
        "southwest",
        "southeast",
        "northern",
        "southern",
        "eastern",
        "western",
        "north-western",
        "north-eastern",
        "south-western",
        "south-eastern",
        "central",
    ]
)
_NOT_PLACES = CALENDAR_WORDS | frozenset(
    [
        "new",
        "year",
        "day",
        "office",
        "institute",
        "ministry",
        "agency",
        "council",
        "crescent",
        "cross",
        "committee",
        "court",
        "government",
        "department",
        "police",
        "un",
    ]
)


_ADJECTIVES = frozenset(
    ["greek", "thai", "iraqi", "israeli", "saudi", "yemeni", "kuwaiti", "qatari", "somali", "afghan"]
)
_ADJECTIVE_ENDINGS = ("ian", "ean", "ese", "ish", "yan", "ican", "ptian")


def is_nationality(word: str) -> bool:
    """ "lebanese", "pakistani", "greek": a lower-cased adjective of nationality (a heuristic)."""
    return word in _ADJECTIVES or (len(word) > 4 and word.endswith((*_ADJECTIVE_ENDINGS, "ani")))


_GENERIC_PLACE_OF = re.compile(
    r"^(?:villages?|towns?|cities|city|districts?|provinces?|regions?|areas?|outskirts|centre|center|state"
    r"|county|governorate|municipality|port|island|camp)\s+of\s+(?=[A-Z])"
)


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")  # fmt: skip
#: A month a sentence puts its figure in: "in June", "in the November vote", "during early March"
_MONTH_FRAME = re.compile(
    r"\b(?:in|during|by|of|from|until|through)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?"
    rf"({'|'.join(_MONTHS)})\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=200_000)
def sentence_months(sentence: str, value: float | None = None) -> int:
    """The months a sentence puts a figure in, as a bit mask (bit 0: January; 0: none): "took 13.1
    percent of the vote in June" and "won 10.8 percent in the November vote" are two elections. Given
    the figure's ``value`` and found written in the sentence, only the clause holding it counts ("won
    49.5 percent in the November election, up from 40.9 percent in June": 49.5 is November's)."""
    text = sentence
    if value is not None:
        written = _written_forms(value)
        at = next(
            (
                m.start()
                for m in (re.search(rf"(?<![\d.,]){re.escape(w)}(?![\d])", sentence) for w in written)
                if m
            ),
            -1,
        )
        if at >= 0:
            start = max(sentence.rfind(mark, 0, at) for mark in (", ", "; ", ": ", " - "))
            ends = [i for i in (sentence.find(mark, at) for mark in (", ", "; ", ": ", " - ")) if i >= 0]
            text = sentence[start + 1 : min(ends, default=len(sentence))]
    mask = 0
    for match in _MONTH_FRAME.finditer(text):
        mask |= 1 << _MONTHS.index(match[1].lower())
    return mask


def _written_forms(value: float) -> tuple[str, ...]:
    """How a figure of ``value`` may be written: "49.5", "49,5"; "1,200" and "1200" for whole numbers."""
    if not math.isfinite(value):
        return ()
    if value != int(value):
        plain = f"{value:g}"
        return (plain, plain.replace(".", ","))
    whole = int(value)
    return (f"{whole:,}", str(whole))


@lru_cache(maxsize=200_000)
def sentence_places(sentence: str) -> frozenset[str]:
    """Lower-cased words of the names and areas a sentence puts a figure *in* ("in Marseille", "across
    Turkey", "at the Al Haouz ...", "in the rebel-held north-west", "across government-held areas"):
    what tells a province's or a city's figure from a country's when the subject lost its place.
    Weekdays, months, adjectives of nationality ("Greek", "Libyan") and organisation words are left
    out. Two figures whose sentences both name places and share no word
    are about different places."""
    words: set[str] = set()
    for name in _PLACE.findall(sentence.replace("\u2019", "'")):
        # "in the villages of Zinda Jan", "in the city of Hama": the place follows the generic noun
        name = _GENERIC_PLACE_OF.sub("", name, count=1)
        for word in name.split():
            low = word.lower()
            if low.endswith("'s"):
                low = low[:-2]
            area = low in _COMPASS or low.endswith("-held")
            if not (word[:1].isupper() or area):
                if low == "and":
                    continue
                break  # the name ends at its first ordinary word
            if low in _NOT_PLACES or low in _ADJECTIVES or low.endswith(_ADJECTIVE_ENDINGS):
                continue
            words.add(low)
    return frozenset(words)


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


def _dense(*codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Dense codes for tuples of small-int code arrays, and the first row of each code."""
    acc = codes[0].astype(np.int64)
    for nxt in codes[1:]:
        width = int(nxt.max()) + 2 if len(nxt) else 1
        acc = pd.factorize(acc * width + (nxt.astype(np.int64) + 1))[0].astype(np.int64)
    _, first = np.unique(acc, return_index=True)
    return acc, first


def among(values: np.ndarray, allowed: Iterable[str]) -> np.ndarray:
    """``np.isin`` for an object array of a few distinct strings: each distinct value is looked up
    once (``np.isin`` sorts the objects themselves, ten times slower on a large frame)."""
    return Factorized.of(values).among(allowed)


@dataclass(frozen=True, slots=True)
class Factorized:
    """A column as integer codes (-1: missing) and its distinct values (``pd.factorize``): hashing
    strings is most of what a test on a string column costs, so the column is hashed once and every
    test on it looks up its few distinct values."""

    codes: np.ndarray
    uniques: np.ndarray

    @classmethod
    def of(cls, values: np.ndarray) -> Factorized:
        codes, uniques = pd.factorize(values)
        return cls(codes, uniques)

    def subset(self, rows: np.ndarray) -> Factorized:
        """``Factorized.of`` the values at ``rows`` -- the same codes and uniques, in the same order of
        first appearance -- by hashing their integer codes instead of their strings."""
        codes, picked = pd.factorize(self.codes[rows])
        missing = np.flatnonzero(picked < 0)
        if len(missing):  # the missing value takes no code, and the codes after it close up
            gone = int(missing[0])
            codes = np.where(codes == gone, -1, codes - (codes > gone))
            picked = np.delete(picked, gone)
        return Factorized(codes, self.uniques[picked])

    def among(self, allowed: Iterable[str]) -> np.ndarray:
        """Per row: whether its value is one of ``allowed``."""
        wanted = set(allowed)
        hit = np.fromiter((u in wanted for u in self.uniques), dtype=bool, count=len(self.uniques))
        if len(hit) == 0:  # no value at all, or only missing ones
            return np.zeros(len(self.codes), dtype=bool)
        out: np.ndarray = hit[self.codes] & (self.codes >= 0)
        return out


#: ``Factorized`` of a frame's string column, by name (see ``factorizer`` and ``SeriesIndex.factorizer``).
Factorizer = Callable[[str], Factorized]


def factorizer(frame: pd.DataFrame) -> Factorizer:
    """Hash the named string column of ``frame`` when asked."""
    return lambda name: Factorized.of(frame[name].to_numpy(dtype=object))


class KeyCodes:
    """Integer codes per row -- series, base (series without source), family (series without class
    and source) -- and their key strings, built lazily once per distinct code."""

    def __init__(self, frame: pd.DataFrame, factorized: Factorizer | None = None) -> None:
        n = len(frame)
        factorized = factorized or factorizer(frame)
        self.scope = factorized("scope")
        self._cum = self.scope.among(("cumulative",))
        self._e = frame["event_id"].to_numpy(dtype=np.float64, na_value=np.nan)
        e_codes = pd.factorize(self._e, use_na_sentinel=True)[0]
        # the string columns a key is made of, hashed once (``_Prepared`` tests them again)
        self.metric = factorized("metric")
        self.subject_class = factorized("subject_class")
        self.subject = factorized("subject")
        s_codes = self.subject.codes
        tok = np.asarray([subject_token(str(x)) for x in self.subject.uniques], dtype=object)
        self._t_uni: np.ndarray
        t_codes_of_s, self._t_uni = pd.factorize(tok) if len(tok) else (np.empty(0, dtype=np.int64), tok)
        self._t_codes = t_codes_of_s[s_codes] if n else s_codes
        empty_tok = np.asarray([t == "" for t in self._t_uni], dtype=bool)
        # weak: the subject as stated names nothing (even when its source lends it one below)
        self.token_empty: np.ndarray = empty_tok[self._t_codes] if n else np.zeros(0, dtype=bool)
        self.inferred = self._lend_subjects(frame, e_codes, empty_tok)
        src = frame["source_id"].to_numpy(dtype=np.float64, na_value=np.nan)
        src_codes = np.where(self._cum, pd.factorize(src, use_na_sentinel=False)[0], -1)
        self._src = np.where(np.isnan(src), -1, np.nan_to_num(src)).astype(np.int64)
        self.family, self._fam_first = _dense(e_codes, self.metric.codes, self._t_codes, self.scope.codes)
        self.base, self._base_first = _dense(self.family, self.subject_class.codes)
        self.series, self._series_first = _dense(self.base, src_codes)
        # the series without scope and source: what an announced revision ("the UN revised its toll
        # down to ...") is compared with, whoever gave the earlier figure and however it was scoped
        self.topic, _ = _dense(e_codes, self.metric.codes, self._t_codes, self.subject_class.codes)
        self._cache: dict[str, np.ndarray] = {}

    def _lend_subjects(self, frame: pd.DataFrame, e_codes: np.ndarray, empty_tok: np.ndarray) -> np.ndarray:
        """A money, percentage, count or aid figure whose subject names nothing, credited to a source
        that gives figures of that metric for that event under exactly one subject ("the White House
        pledge"), is about that subject: it takes its token (``inferred``; such a figure still counts
        as weakly identified). Done per event, so the full and the incremental runs agree."""
        n = len(frame)
        out = np.zeros(n, dtype=bool)
        if n == 0:
            return out
        vague = self.metric.among(LENDABLE_METRICS)
        has_src = frame["source_id"].notna().to_numpy(dtype=bool)
        empty = empty_tok[self._t_codes]
        borrowers = np.flatnonzero(vague & has_src & empty & (e_codes >= 0))
        if len(borrowers) == 0:
            return out
        lenders = np.flatnonzero(vague & has_src & ~empty & (e_codes >= 0))
        if len(lenders) == 0:
            return out
        src = frame["source_id"].to_numpy(dtype=np.float64, na_value=np.nan)
        known = pd.DataFrame(
            {
                "e": e_codes[lenders],
                "m": self.metric.codes[lenders],
                "s": src[lenders],
                # of its own class: the ministry's "2,000 sites" lends nothing to its "282,710 people"
                "c": self.subject_class.codes[lenders],
                "t": self._t_codes[lenders],
            }
        )
        per = known.groupby(["e", "m", "s", "c"], sort=False)["t"].agg(["nunique", "first"])
        per = per[per["nunique"] == 1]
        if per.empty:
            return out
        ask = pd.DataFrame(
            {
                "e": e_codes[borrowers],
                "m": self.metric.codes[borrowers],
                "s": src[borrowers],
                "c": self.subject_class.codes[borrowers],
            }
        ).join(per["first"], on=["e", "m", "s", "c"])
        lent = ask["first"].to_numpy(dtype=np.float64)
        ok = ~np.isnan(lent)
        self._t_codes = self._t_codes.copy()
        self._t_codes[borrowers[ok]] = lent[ok].astype(np.int64)
        out[borrowers[ok]] = True
        return out

    def _text(self, r: int, *, with_class: bool, with_source: bool) -> str:
        ev = "e-" if np.isnan(self._e[r]) else f"e{int(self._e[r])}"
        parts = [ev, str(self.metric.uniques[self.metric.codes[r]])]
        if with_class:
            parts.append(str(self.subject_class.uniques[self.subject_class.codes[r]]))
        parts += [str(self._t_uni[self._t_codes[r]]), str(self.scope.uniques[self.scope.codes[r]])]
        if with_source and self._cum[r]:
            parts.append("s-" if self._src[r] < 0 else f"s{self._src[r]}")
        return "|".join(parts)

    @property
    def tokens(self) -> np.ndarray:
        """The subject token of every row (after subjects lent by their source)."""
        out: np.ndarray = self._t_uni[self._t_codes] if len(self._t_codes) else np.empty(0, dtype=object)
        return out

    def series_key(self, code: int) -> str:
        return self._text(int(self._series_first[code]), with_class=True, with_source=True)

    def base_key(self, code: int) -> str:
        return self._text(int(self._base_first[code]), with_class=True, with_source=False)

    def _all(self, name: str, first: np.ndarray, *, with_class: bool, with_source: bool) -> np.ndarray:
        if name not in self._cache:
            texts = [self._text(r, with_class=with_class, with_source=with_source) for r in first.tolist()]
            self._cache[name] = np.asarray(texts, dtype=object)
        return self._cache[name]

    @property
    def series_keys(self) -> np.ndarray:
        return self._all("series", self._series_first, with_class=True, with_source=True)

    @property
    def family_keys(self) -> np.ndarray:
        return self._all("family", self._fam_first, with_class=False, with_source=False)


def key_codes(frame: pd.DataFrame) -> KeyCodes:
    """Series / base / family codes for every row (see ``KeyCodes``)."""
    return KeyCodes(frame)


def series_keys(frame: pd.DataFrame) -> pd.Series:
    """Vectorised ``series_key_for`` over a frame (index preserved)."""
    if frame.empty:
        return pd.Series([], dtype=object, index=frame.index, name="series_key")
    codes = key_codes(frame)
    return pd.Series(codes.series_keys[codes.series], index=frame.index, name="series_key")


class SeriesIndex:
    """A frame with its rows indexed by event, for incremental runs on a large frame.

    Build it once (``SeriesIndex(frame)``, O(n log n)); ``rows(keys)`` then selects the families of
    the given series with a binary search on the event id plus a key computation over that event's
    rows only. ``compare(index, series_keys=[...])`` accepts it in place of the frame.
    """

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        events = frame["event_id"].to_numpy(dtype=np.float64, na_value=np.nan)
        self._order = np.argsort(events, kind="stable")
        self._events = events[self._order]
        # the string columns a run tests, hashed once for the whole frame: a run re-codes its rows'
        # integer codes (``factorizer``), far cheaper than hashing their strings again
        self._factorized = {
            name: Factorized.of(frame[name].to_numpy(dtype=object))
            for name in FACTORIZED_COLUMNS
            if name in frame.columns
        }
        # every row's family, keyed once for the whole frame (subjects are lent per event, so the
        # keys are those a run over one event's rows computes): a run then selects without keying
        codes = KeyCodes(frame, self._factorized.__getitem__)
        self._family = codes.family
        self._codes_of_family: dict[str, list[int]] = {}
        for code, key in enumerate(codes.family_keys.tolist()):
            self._codes_of_family.setdefault(key.rsplit("|", 1)[0], []).append(code)

    def family_rows(self, positions: np.ndarray, families: Iterable[str]) -> np.ndarray:
        """Those of ``positions`` whose family key (without its scope) is one of ``families``."""
        codes = [c for f in set(families) for c in self._codes_of_family.get(f, ())]
        keep: np.ndarray = positions[np.isin(self._family[positions], np.asarray(codes, dtype=np.int64))]
        return keep

    def __len__(self) -> int:
        return len(self.frame)

    def factorizer(self, positions: np.ndarray) -> Factorizer:
        """``Factorized.of`` the named column of the rows at ``positions`` -- the same codes and uniques,
        in the same order of first appearance -- from the whole frame's codes."""

        def factorized(name: str) -> Factorized:
            whole = self._factorized.get(name)
            if whole is None:
                return Factorized.of(self.frame[name].to_numpy(dtype=object)[positions])
            return whole.subset(positions)

        return factorized

    def selected(self, keys: Iterable[str]) -> np.ndarray:
        """Positions of the rows ``select_series`` selects for ``keys``."""
        wanted = set(keys)
        families = {family_of(k).rsplit("|", 1)[0] for k in wanted}
        events = [e for e in {event_of(k) for k in wanted} if e is not None]
        if not events:
            return np.empty(0, dtype=np.int64)
        return self.family_rows(self.positions(events), families)

    def positions(self, events: Iterable[int]) -> np.ndarray:
        wanted = np.asarray(sorted(events), dtype=np.float64)
        lo = np.searchsorted(self._events, wanted, "left")
        hi = np.searchsorted(self._events, wanted, "right")
        if len(wanted) == 0:
            return np.empty(0, dtype=np.int64)
        return np.sort(
            np.concatenate([self._order[a:b] for a, b in zip(lo.tolist(), hi.tolist(), strict=True)])
        )

    def rows(self, keys: Iterable[str]) -> pd.DataFrame:
        return select_series(self, keys)


def select_series(frame: pd.DataFrame | SeriesIndex, keys: Iterable[str]) -> pd.DataFrame:
    """Rows in the families of ``keys``, in every scope (cheap: filters on event id before building
    keys). Other scopes of the same event, metric and subject come along because an announced revision
    is compared across scopes ("the UN revised its toll down to 3,958", read as a period count, against
    the incident toll of 11,300); candidates outside the requested families are dropped by ``compare``."""
    if isinstance(frame, SeriesIndex):
        return frame.frame.iloc[frame.selected(keys)]
    wanted = set(keys)
    families = {family_of(k).rsplit("|", 1)[0] for k in wanted}
    events = {event_of(k) for k in wanted}
    events.discard(None)
    if not events:
        return frame.iloc[0:0]
    sub = frame[frame["event_id"].isin(list(events)).fillna(False).to_numpy(dtype=bool)]
    if sub.empty:
        return sub
    codes = key_codes(sub)
    wanted_codes = np.fromiter(
        (k.rsplit("|", 1)[0] in families for k in codes.family_keys), dtype=bool, count=len(codes.family_keys)
    )
    keep = wanted_codes[codes.family]
    return sub[keep]
