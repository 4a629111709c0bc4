"""Compare claims within their series and return discrepancy candidates.

Pure pandas/numpy, no Django. ``compare(frame)`` runs over the whole frame; ``compare(frame,
series_keys=[...])`` over the families of the given series (the incremental run after an article).

How the work is done (never a double loop over claims): every rule is a group-wise operation on
integer group codes (series, series + day, series + source, series + article). Small groups (one
article, one series on one day) are paired with numpy (``_pairs``) after a cheap aggregate keeps only
groups where two intervals can be disjoint at all (``max(low) > min(high)``), and claims that assert
the same figure from the same source are first collapsed into one *unit*. Rules that look back in
time ("a later, lower figure") use sorted prefix maxima (``groupby().cummax()``), ``searchsorted``
and ``merge_asof``, so their cost is O(n log n) however large a series grows. Python loops run only
over the candidates found, to write their explanations.

Rules
-----
* Money, percentage, count and aid figures whose subject names nothing beyond its class are not
  compared at all (see ``_identified``) -- unless their source gives that metric for that event under
  one subject only, which they then take ("$175 million" from the White House beside its "US pledge";
  ``KeyCodes._lend_subjects``, per event so full and incremental runs agree).
* Snapshot counts (``SNAPSHOT_METRICS``: missing, displaced, hostages, evacuated, affected) fall
  legitimately as people are found, go home or are freed: incident figures of these metrics are
  compared on the same as_of day only (like period counts), and a later, lower one is a revision only
  when its sentence says "revised" or "corrected".
* Weak inputs (``_plausible``, ``_weakness``): a pair is not flagged when the sentences of its two
  figures both name places and share none ("In Marseille, ..." / "In Bordeaux, ...";
  ``keys.sentence_places``), when two percentages' own clauses put them in different months ("13.1
  percent of the vote in June" / "10.8 percent in the November vote"; ``keys.sentence_months``), when
  the lower figure is under half the higher one and either subject names nothing beyond its class (a
  province's, a town's or one country's toll whose subject lost its place -- except a decimal slip:
  same digits, 10-1,000 times apart, both exact), or when it rests on two of: a subject naming
  nothing, a vague figure (about / nearly / up to / range), no source. A conflict resting on one of
  them scores ``WEAK_FACTOR`` x lower.
* Crowd counts (``keys.is_crowd_subject``: "marchers in Lyon", "turnout nationwide") are quantities
  even without a place (a march's overall turnout) and do not grow from report to report: police and
  organisers disagree about one number, so any two disjoint ones conflict, and two parties' counts in
  one sentence are never taken for a whole and a part however far apart.
* Sentences (``announces_revision``): a figure whose sentence announces a revision ("revised",
  "corrected", and for tolls also "lowered", "down to", "not the 115") is a revision, not a rival
  count; in such a sentence the same source's higher figures of the same quantity are the ones it
  replaces (``superseded``) and are never compared as current; a lower toll in a sentence that retells
  an earlier figure ("up from 64", "had earlier put it at 5,500") is that earlier figure (``retold``).
* Pairs never cross wire copies (same ``wire_group``, different article), with two exceptions: a copy
  that credits the same figure (same value and qualifier) to a body with nothing in common with the
  original's sources is an ``attribution_conflict`` (an outlet's edit misattributed it;
  ``_wire_copy_attribution_conflicts``), and a copy whose sentence is the original's, figures masked,
  with the same figure of it changed ("21 children" for "12 children") is a ``value_conflict`` (an
  outlet's edit changed it; ``_wire_copy_value_conflicts``).
* Within one article (one report), only two claims credited to two *different* named sources are
  compared: an article that retells a toll's timeline from one source, or sums up attributed figures
  in its own words, contradicts nothing. One exception: within one *sentence*, a named figure and an
  unattributed one of the same quantity (not money or percentages: "100 million euros, or about
  $108.9 million") are two parties' counts with the second attribution left elliptical ("police
  counted 30,000 marchers while unions claimed 245,000"); the missing source is then not counted as a
  weak input.
* ``value_conflict``
    - incident scope: disjoint intervals. For metrics that grow while an incident is counted
      (everything but money and percentages) a later, higher figure is an update, so across articles
      only a *later, lower* figure from a different named source conflicts, when that source still
      stood by its higher figure at the time (``_still_current``: a source that corrected itself is
      not contradicted by its own corrected figure quoted by someone else) and the lower figure is its
      source's largest in its article (smaller ones beside it are parts or retold figures,
      ``_article_top``); for money and percentages any
      disjoint pair from different reports conflicts (a same-source later, lower one is a revision).
      Anchor: the series -- an incident has one true figure, so every disagreeing claim about it
      joins one discrepancy.
    - cumulative and period scope, and snapshot counts: disjoint intervals at the same as_of day.
      Anchor: series + day.
* ``revision_down``: same named source, a figure wholly below one the source gave earlier (running
  totals: an earlier as_of day; incidents: an earlier article). Anchor: series + source + the lower
  figure, so every outlet repeating the same outdated figure joins. A drop to under half of the
  earlier figure is only a revision when the sentence says so (otherwise it is more likely a part: a
  province, a hospital, the women and children, with a subject that failed to say so). The flag holds
  the lower claims and the source's two latest earlier, higher figures. Reason: "identified_only" /
  "revision" / "different_scope" when the sentence says so, otherwise "stale" when the lower figure
  is older than one the source had already published when the article appeared (running totals, or
  an incident figure equal to one the source gave earlier). An incident figure below the source's
  largest in the same article is a part, not a revision. An incident figure its report tells as what
  the source first said ("officials first said 477 were aboard"), beside the source's current figure,
  is not one the source still stands by and is revised by nothing later (``_FIRST_TOLD``); nor is a
  figure the source corrected in its own sentence (``superseded``). The flag also holds the source's
  last earlier, higher figure (179, 174, 172: the 172 flag holds the 174).
* ``revision_down``, announced (``_announced_revisions``): a later, lower incident or period toll whose
  sentence announces the revision, against the latest earlier, higher, precisely stated figure of the
  same event, metric and subject, *whoever* gave it and however it was scoped (extractors credit a
  relayed revision to the relayed source, or to nobody); a higher figure told before it in the
  announcing sentence itself is the one replaced, whatever else the report gives. A figure right after
  "lowered that to" / "corrected it to" is announced even where the sentence goes on to a rise ("lowered
  that to 459 and then raised it to 462"; ``_LOWERED_TO``). Anchor: series + "announced" + the lower
  figure; reason "revision".
* ``attribution_conflict``: the same precisely stated figure (not about/nearly/range) in the same
  series, credited to two different named sources by two different reports (one report naming two
  sources is corroboration). A source that is a person ("Irina Volkova", not a body) is left out: the
  person usually speaks for the body the other report names; and a name that says less than another
  ("Health Ministry" beside "Lebanese Health Ministry") is that body. Anchor: series (without source) + value
  (+ day for period counts).
* ``scope_conflict``: in one family (event, metric, subject token, scope), a subset class (children,
  women, civilians, soldiers, militants) whose figure exceeds every total (people) given the same day
  or later ("subset_exceeds_total"), or the exact figure of a total reported as a subset on the same
  day in another report ("total_as_subset"). Anchor: family + subset class + subset value. Also a
  crowd counted in one place above the count its own source gives nationwide that day
  ("part_exceeds_whole"; anchor: the place's token + value).

* Dates: ``as_of`` (else the published day) is the day a figure describes; an as_of after publication,
  or a running total dated to its own ``since``, is implausible and falls back to the published day.

Fingerprint = sha1 of ``kind|series_key|anchor``: identical across re-runs and independent of which
claims are involved, so new disagreeing claims join the existing discrepancy. It changes when the
series key does (an editor merging sources of a running total, an event merge, a new subject token,
a subject lent by its source). Anchor changes in this version: snapshot-count value conflicts are
anchored per day (they were per series), and subject tokens no longer keep "aid", "humanitarian",
"bodies", "rescued", "survivors" or "survived", so series of such subjects have new keys.

Severity/score (0..1): value conflicts 0.65 x relative gap (saturating at 50%) + 0.35 x the higher
source authority (un_agency 1.0, ministry .95, government .9, military .8, ngo .75, media .6, other
.5, none .4); revisions 0.2 + 0.35 x authority + 0.45 x gap (saturating at 10%); attribution
0.25 + 0.5 x authority; scope 0.65 x gap (saturating at 30%) + 0.35 x authority, or 0.3 + 0.3 x
authority for a total reported as a subset; a value conflict or an announced revision resting on
one weak input, and an attribution conflict about a subject naming nothing, x 0.8.
high >= 0.6 > medium >= 0.35 > low.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

import numpy as np
import pandas as pd
from rapidfuzz import fuzz

from tracker.extraction.numbers import NUMBER_WORD, WORD_UNITS
from tracker.extraction.sources import looks_like_person
from verification.engine import explain
from verification.engine.groups import (
    first_per_group,
    latest_at,
    nunique_per_group,
    segmented_cummax,
    transform_any,
    transform_max,
    transform_min,
    transform_nunique,
)
from verification.engine.intervals import EPSILON, rounding_unit
from verification.engine.keys import (
    NATIONWIDE_TOKEN,
    PART_MARK,
    SUBSET_CLASSES,
    TOTAL_CLASS,
    Factorizer,
    KeyCodes,
    SeriesIndex,
    factorizer,
    family_of,
    is_crowd_subject,
    is_nationality,
    key_codes,
    select_series,
    sentence_months,
    sentence_places,
    subject_token,
)

KINDS = ("value_conflict", "revision_down", "attribution_conflict", "scope_conflict")
NON_GROWING_METRICS = frozenset({"money", "percent"})
# counts of people *in a state* that ends -- still missing, still displaced, still held, still without
# power or in evacuation centres -- fall as people are found, go home or are freed: a later, lower
# figure is news, not a revision, so such incident figures are compared like period counts, on the
# same as_of day only, and are revisions only when the text says so
SNAPSHOT_METRICS = frozenset({"missing", "displaced", "hostages", "evacuated", "affected"})
TOLL_METRICS = frozenset({"killed", "injured"})
PART_RATIO = 0.5  # a figure under half of another, with a subject that names nothing, is likely a part
RIVAL_CROWD_RATIO = 0.4  # two named counters of one crowd in two reports: still one crowd down to this
VAGUE_QUALIFIERS = frozenset({"about", "nearly", "at_most", "range"})
WEAK_FACTOR = 0.8  # the score of a value conflict resting on one weak input (see ``_weakness``)
UNIDENTIFIED_WITHOUT_SUBJECT = frozenset({"money", "percent", "count", "aid"})
PRECISE_QUALIFIERS = frozenset({"exact", "at_least", "more_than", "at_most", "less_than"})
AUTHORITY = {
    "un_agency": 1.0,
    "ministry": 0.95,
    "government": 0.9,
    "military": 0.8,
    "ngo": 0.75,
    "media": 0.6,
    "other": 0.5,
    "": 0.4,
}
REVISION_MIN_RATIO = 0.5  # a steeper same-source drop needs the sentence to say it was revised
MAX_EARLIER_IN_REVISION = 2  # earlier, higher figures listed with a stale one
_NS_PER_DAY = 86_400 * 10**9
_NONE = np.int64(-(2**40))

_REASON_PATTERNS = (
    ("identified_only", re.compile(r"\bidentified\b|\bidentif(?:y|ying) only\b", re.I)),
    ("different_scope", re.compile(r"\bexclud|\bnot includ|\bonly (?:in|those|people)\b", re.I)),
    (
        "revision",
        re.compile(r"\brevis|\bcorrect(?:ed|ion)|\blowered\b|\breduced\b|\bdowngrad|\badjust", re.I),
    ),
)


# the sentence announces that a figure was revised down ("revised its toll down to", "corrected the
# count to", "is 97, not the 115"); a sentence that also says a figure rose is a timeline instead
_ANNOUNCED = re.compile(
    r"\brevis|\bcorrect(?:ed|ion|s)?\b|\blowered\b|\breduced\b|\bdowngrad|\bcut (?:to|from|its|the)\b"
    r"|\bdown (?:to|from)\b|\bnot the [\d,.]+|\binstead of\b",
    re.I,
)
# tolls only go up, so for them "down to", "lowered", "not the 115" announce a revision; for other
# counts a fall is news ("down from 385" missing, "down from 48,000" marchers on another day): only
# these words do
_ANNOUNCED_STRICT = re.compile(
    r"\brevis|\bcorrect(?:ed|ion|s|ing)?\b"
    # a source cutting its own count ("health officials have cut their count of those injured to 264"):
    # a correction, where a count merely falling ("down from 385 missing") is news
    r"|\b(?:cut|lowered|reduced)\s+(?:its|their|his|her)\s+(?:own\s+)?(?:\w+\s+)?(?:count|tally|figure|estimate"
    r"|toll|number)s?\b",
    re.I,
)
# the sentence retells an earlier figure: "73 dead, up from 64 on Tuesday", "health authorities had
# earlier put the toll at 5,500"
_EARLIER = re.compile(
    r"\bup from\b|\bhad earlier\b|\bearlier (?:put|gave|given|said|reported|toll|figure|count)\b"
    r"|\bpreviously\b|\binitially\b|\bat first\b|\bhad (?:put|given|reported|said|announced|published|released)\b",
    re.I,
)
# an earlier hour of the same day the report tells a figure at: "By dawn, the fire chief said 149 had
# died", "in the first hours after the crush" (the report's other figure of that day is a later count);
# not "early on Tuesday" or "in the early hours", which mostly say when the event or a statement came
_EARLIER_HOUR = re.compile(
    r"\bby (?:dawn|daybreak|midnight)\b|\bin the first hours\b|\bhours earlier\b", re.I
)
# a figure the sentence gives as what is expected, not what was counted: "police expected 60,000 to 90,000
# to march", "the final toll could reach 20,000", "organisers forecast a million"
_FORECAST = re.compile(
    r"\b(?:expect(?:s|ed)?|forecasts?|forecast|predict(?:s|ed)?|projected|anticipat(?:es|ed))\b"
    r"(?:\s+[\w,.'-]+){0,12}?\s+to\s+(?:march|attend|join|take\s+part|turn\s+out|gather|reach|exceed|top|hit"
    r"|surpass|rise\s+to|climb\s+to)\b"
    r"|\b(?:could|may|might|would|will|(?:is|are|was|were)\s+(?:likely|set|due)\s+to)\s+"
    r"(?:eventually\s+|well\s+|soon\s+|easily\s+)?(?:reach|exceed|top|surpass|rise\s+to|climb\s+to|draw|attract"
    r"|bring\s+out|bring\s+in)\b"
    # "far below the 10,000 the mayor had feared": a fear, not a count (never "40 feared dead")
    r"|\bfeared\b(?!\s+(?:dead|killed|lost|missing|drowned|trapped|buried))",
    re.I,
)
# the sentence tells what a source said first, before it changed its figure: "officials first said 477
# were aboard", "initially put the toll at 17" (not "up from 64", whose sentence leads with the new one)
_FIRST_TOLD = re.compile(
    r"\b(?:first|initially|originally)\s+(?:said|put|gave|reported|announced|estimated|counted|told)\b", re.I
)
# the words right before a figure say its source lowered it to that figure ("lowered that to 459",
# "correct it hours later to 164", "revised its count down to 90"), even where the sentence goes on to
# tell a later rise ("and then raised it to 462"): that figure is announced as a revision
#: hedges before a figure ("about", "more than", "at least"), however the figure after a lead-in is hedged
_HEDGES = (
    r"(?:(?:about|around|some|roughly|nearly|almost|approximately|just|more|less|fewer|than|at|least|over"
    r"|under)\s+){0,3}"
)
_LOWERED_TO = re.compile(
    r"\b(?:lowered|cut|revised|corrected|correct|reduced|downgraded)\b(?:\s+(?!up\b)[\w'’]+){0,4}?\s+to\s*"
    # ... however the new figure is hedged ("lowered the count to about 166,000")
    + _HEDGES
    + r"$",
    re.I,
)
# "lowered the count to about 166,000 from more than 220,000": the figure replaced comes after "from"
_TO_FROM = re.compile(
    # "cut to 164 from 368", "cut their count to 264, down from the 282 they gave"
    r"\bto\s+(?:[a-z]+\s+){0,3}[$€£]?\d[\d,.]*(?:\s*(?:million|billion|m|bn))?,?\s+(?:down\s+)?from\b",
    re.I,
)
# the words before a figure say it is what its source gave first ("at first offered $15 million",
# "initially put the toll at", "originally pledged")
_FIRST_GIVEN = re.compile(
    r"\b(?:at\s+first|first|initially|originally)\s+(?:said|put|gave|reported|announced|estimated|counted"
    r"|told|offered|pledged|promised|committed|proposed|sought|asked\s+for|set)\b",
    re.I,
)
_FIRST_LEAD_IN = re.compile(
    _FIRST_GIVEN.pattern + r"(?:\s+[\w'’]+){0,5}?\s*" + _HEDGES + r"[$€£¥]?\s*$",
    re.I,
)


def _written_at(sentence: str, value: float) -> list[int]:
    """Where ``value`` is written in ``sentence``: in digits, with or without thousands separators
    ("1,127", "1127"), or scaled ("15 million", "2.5 billion")."""
    forms: list[str] = []
    if value.is_integer():
        forms += [rf"{int(value):,}", rf"{int(value)}"]
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if value >= scale:
            scaled = f"{value / scale:.6g}"
            forms.append(rf"{re.escape(scaled)}\s*(?:{word}|{word[0]}n?)\b")
            break
    if not forms:
        return []
    pattern = "|".join(rf"(?<![\d,.]){f}(?![\d]|[,.]\d)" for f in forms)
    return [m.start() for m in re.finditer(pattern, sentence)]


# a source's own amount told as increased: "raised its pledge to", "increased its aid", "doubled",
# "topped up", "up from $15 million"
_RAISED = re.compile(
    r"\b(?:raised|raising|raises|increased|increasing|increases|boosted|boosting|doubled|tripled|quadrupled"
    r"|upped|topped\s+up)\b|\bup\s+from\b",
    re.I,
)
_RISE = re.compile(r"\b(?:rose|risen|rising|raised|up from|revised up\w*|increased|climbed)\b", re.I)


class _Quick:
    """A sentence test that runs ``pattern`` (and not ``unless``) only on sentences holding one of
    ``words``: cheap substring tests first, regular expressions on the few sentences that pass."""

    def __init__(
        self, words: tuple[str, ...], pattern: re.Pattern[str], unless: re.Pattern[str] | None = None
    ) -> None:
        self.words, self.pattern, self.unless = words, pattern, unless

    def _full(self, sentence: str) -> bool:
        return self.pattern.search(sentence) is not None and (
            self.unless is None or self.unless.search(sentence) is None
        )

    def __call__(self, sentence: str) -> bool:
        low = sentence.lower()
        return any(w in low for w in self.words) and self._full(sentence)

    def cued(self, joined: _Joined) -> np.ndarray:
        """For each sentence of ``joined``: whether it holds one of the words (a search in C per word
        over one text, rather than word by word per sentence)."""
        cued = np.zeros(len(joined.starts), dtype=bool)
        for word in self.words:
            at = [m.start() for m in re.finditer(re.escape(word), joined.text)]
            if at:
                cued[np.searchsorted(joined.starts, at, "right") - 1] = True
        return cued

    def many(self, sentences: list[str], joined: _Joined | None = None) -> np.ndarray:
        """The test for each of ``sentences`` (``joined``: the same sentences joined already, shared
        by every test run on them): hundreds of thousands of sentences in a fraction of a second."""
        out = np.zeros(len(sentences), dtype=bool)
        if not sentences:
            return out
        for i in np.flatnonzero(self.cued(joined or _Joined.of(sentences))).tolist():
            out[i] = self._full(sentences[i])
        return out


@dataclass(slots=True)
class _Joined:
    """Sentences lowercased and joined by NUL into one text, with where each one starts."""

    text: str
    starts: np.ndarray

    @classmethod
    def of(cls, sentences: list[str]) -> _Joined:
        return cls.of_lowered([x.lower() for x in sentences])

    @classmethod
    def of_lowered(cls, lowered: list[str]) -> _Joined:
        lengths = np.fromiter(map(len, lowered), dtype=np.int64, count=len(lowered))
        return cls("\x00".join(lowered), np.r_[0, np.cumsum(lengths + 1)[:-1]])


def announces_revision(sentence: str, *, strict: bool = False) -> bool:
    """True when ``sentence`` says a figure was revised down (see ``_ANNOUNCED``; ``strict``: only
    "revised" / "corrected", the words that make a fall of a snapshot count a revision)."""
    pattern = _ANNOUNCED_STRICT if strict else _ANNOUNCED
    return bool(sentence) and pattern.search(sentence) is not None and _RISE.search(sentence) is None


# a sentence that itself says the counts disagree ("Counts of the missing have varied sharply, however:
# NHK gave 103 at the same hour", "police gave a far smaller figure"): the figures are rival counts of
# one quantity, not a whole and a part
_DISPUTED = re.compile(
    r"\b(?:vari(?:ed|es|y)\s+(?:sharply|widely|greatly|considerably)|differ(?:ed|s)?\s+(?:sharply|widely|greatly)"
    r"|conflicting\s+(?:figures|counts|tolls|numbers|estimates)|contradict(?:ed|s|ing)?|disputed|at\s+odds"
    r"|far\s+(?:smaller|lower|higher|larger)\s+(?:figure|count|number|estimate|toll)"
    r"|at\s+the\s+same\s+(?:hour|time)|(?:added\s+to|amid)\s+(?:the\s+)?confusion|discrepanc(?:y|ies)"
    r"|disagree(?:d|s|ment)?"
    # a speaker rejecting the other figure: "has rejected reports that some 2,000 people died"
    r"|(?:rejected|rejects|denied|denies|dismissed|dismisses|disputes)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:reports?|claims?"
    r"|figures?|estimates?|counts?|tolls?))\b",
    re.I,
)
#: The words one of which each of ``_REASON_PATTERNS`` needs to match (lower-cased).
_REASON_WORDS = {
    "identified_only": ("identif",),
    "different_scope": ("exclud", "not includ", "only "),
    "revision": ("revis", "correct", "lowered", "reduced", "downgrad", "adjust"),
}
_BROAD_WORDS = ("revis", "correct", "lower", "reduc", "downgrad", "cut ", "down ", "not the ", "instead of")
_SENTENCE_TESTS: dict[str, _Quick] = {
    "reason": _Quick(
        tuple(word for words in _REASON_WORDS.values() for word in words),
        re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in _REASON_PATTERNS), re.I),
    ),
    "broad": _Quick(_BROAD_WORDS, _ANNOUNCED, _RISE),
    "strict": _Quick(("revis", "correct", "cut ", "lowered ", "reduced "), _ANNOUNCED_STRICT, _RISE),
    "lowering": _Quick(("lowered", "cut ", "revis", "correct", "reduced", "downgrad"), _ANNOUNCED),
    "forecast": _Quick(
        (
            "expect",
            "forecast",
            "predict",
            "project",
            "anticipat",
            "could",
            "may ",
            "might",
            "would",
            "will",
            "feared",
        ),
        _FORECAST,
    ),
    "earlier": _Quick(("up from", "earlier", "previous", "initial", "at first", "had "), _EARLIER),
    "earlier_hour": _Quick(("by dawn", "by daybreak", "by midnight", " hours"), _EARLIER_HOUR),
    "first": _Quick(("first ", "initially ", "originally "), _FIRST_TOLD),
    "raised": _Quick(
        ("rais", "increas", "boost", "doubl", "tripl", "upped", "topped up", "up from"), _RAISED
    ),
    "first_given": _Quick(("first ", "initially ", "originally "), _FIRST_GIVEN),
    "disputed": _Quick(
        (
            "vari",
            "differ",
            "conflicting",
            "contradict",
            "disputed",
            "at odds",
            "far ",
            "same hour",
            "same time",
            "confusion",
            "discrepanc",
            "disagree",
            "reject",
            "denie",
            "dismiss",
            "disputes",
        ),
        _DISPUTED,
    ),
}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A discrepancy the engine proposes; the service upserts it by ``fingerprint``."""

    kind: str
    fingerprint: str
    series_key: str
    event_id: int | None
    metric: str
    subject_class: str
    claim_ids: tuple[int, ...]
    severity: str
    score: float
    explanation: str
    reason: str = ""


#: how far an exact figure in millions may stand from what it rounds (see ``_Prepared._widen_rounded``)
ROUNDED_MAX = 0.025


def fingerprint(kind: str, series_key: str, anchor: str) -> str:
    return hashlib.sha1(f"{kind}|{series_key}|{anchor}".encode()).hexdigest()


def severity_for(score: float) -> str:
    if score >= 0.6:
        return "high"
    if score >= 0.35:
        return "medium"
    return "low"


# --------------------------------------------------------------------------------------------------
# preparation


class _Prepared:
    """The compared rows as numpy arrays (positional 0..n-1)."""

    def __init__(self, df: pd.DataFrame, factorized: Factorizer | None = None) -> None:
        factorized = factorized or factorizer(df)
        keys = KeyCodes(df, factorized)
        n = len(df)
        self.n = n
        self.cumulative = keys.scope.among(("cumulative",))
        self.incident = keys.scope.among(("incident",))
        self.has_src = df["source_id"].notna().to_numpy(dtype=bool)
        outlet_codes = factorized("outlet").codes
        src_ids = df["source_id"].to_numpy(dtype=np.float64, na_value=np.nan)
        self.src = np.where(self.has_src, np.nan_to_num(src_ids), -(outlet_codes + 1.0)).astype(np.int64)
        if self.has_src.any():
            self.src = _fold_name_variants(self.src, df, self.has_src & self.incident)
        self.claim = df["claim_id"].to_numpy(dtype=np.int64)
        self.article = df["article_id"].to_numpy(dtype=np.int64)
        self.wire = df["wire_group"].to_numpy(dtype=np.int64)
        low = df["low"].to_numpy(dtype=np.float64)
        high = df["high"].to_numpy(dtype=np.float64)
        self.low = np.where(np.isnan(low), -np.inf, low)
        self.high = np.where(np.isnan(high), np.inf, high)
        self._widen_rounded(df)
        self.pub = (
            df["published_at"].dt.tz_convert("UTC").dt.tz_localize(None).to_numpy().astype("datetime64[ns]")
        )
        self.pub = self.pub.astype(np.int64)
        as_of = df["as_of"].to_numpy().astype("datetime64[ns]")
        since = df["since"].to_numpy().astype("datetime64[ns]")
        pub_day = self.pub // _NS_PER_DAY
        as_of_day = as_of.astype(np.int64) // _NS_PER_DAY
        since_day = since.astype(np.int64) // _NS_PER_DAY
        # an as_of that cannot be right -- after publication, or a running total "as of" its own start
        # date (an as_of resolved from "since October 7") -- falls back to the published day
        implausible = (as_of_day > pub_day) | (self.cumulative & ~np.isnat(since) & (as_of_day <= since_day))
        self.day = np.where(np.isnat(as_of) | implausible, pub_day, as_of_day)
        self.metric = df["metric"].to_numpy(dtype=object)
        self.snapshot = self.incident & keys.metric.among(SNAPSHOT_METRICS)
        self.token_empty = keys.token_empty
        self.topic = keys.topic
        self.series = keys.series
        self.keys = keys
        fam_src = np.where(self.cumulative, self.src, _NONE)
        self.family = _combine(keys.family, fam_src)
        self.base = keys.base
        self.value = df["value"].to_numpy(dtype=np.float64)
        self.value_high = df["value_high"].to_numpy(dtype=np.float64)
        self.qualifier = df["qualifier"].to_numpy(dtype=object)
        self.qualifiers = factorized("qualifier")
        self.vague = self.qualifiers.among(VAGUE_QUALIFIERS)
        self.subject = df["subject"].to_numpy(dtype=object)
        self.cls = df["subject_class"].to_numpy(dtype=object)
        subjects = keys.subject.uniques
        crowd_of = np.fromiter((is_crowd_subject(str(x)) for x in subjects), dtype=bool, count=len(subjects))
        self.crowd = crowd_of[keys.subject.codes] if len(subjects) else np.zeros(len(df), dtype=bool)
        # a march's turnout does not grow from one report to the next as a toll does: police and
        # organisers disagree about one number, whichever is published later
        self.amount = keys.metric.among(NON_GROWING_METRICS)
        self.percent = keys.metric.among(("percent",))
        self.growing = ~self.amount & ~self.crowd
        self.outlet = df["outlet"].to_numpy(dtype=object)
        self.source_name = df["source_name"].to_numpy(dtype=object)
        self.attribution = df["attribution"].to_numpy(dtype=object)
        self.source_kind = df["source_kind"].to_numpy(dtype=object)
        self.sentence = df["sentence"].to_numpy(dtype=object)
        # what the sentences say is read lazily, for the rows a rule asks about (``announced`` ...):
        # reading a million distinct sentences with regular expressions would cost seconds
        sentences = factorized("sentence")
        self.sentence_code, self._s_uni = sentences.codes, sentences.uniques
        # every sentence but the empty one (a code looked up once: sentences are mostly distinct)
        self.has_sentence = ~np.isin(sentences.codes, np.flatnonzero(sentences.uniques == ""))
        self._s_cache: dict[str, np.ndarray] = {}
        self._s_joined: _Joined | None = None
        self._s_low = np.full(len(self._s_uni), "", dtype=object)
        self._s_lowered = np.zeros(len(self._s_uni), dtype=bool)
        self._place_id = np.full(len(self._s_uni), -2, dtype=np.int64)  # -2: not read yet
        self._set_ids: dict[frozenset[str], int] = {}
        self._sets: list[frozenset[str]] = []
        self._disjoint: dict[tuple[int, int], bool] = {}
        self._floor: np.ndarray | None = None
        self._superseded_cache = np.full(n, -1, dtype=np.int8)
        self._toll = keys.metric.among(TOLL_METRICS)
        self.kinds = kinds = factorized("source_kind")
        self.source_names = factorized("source_name")
        auth_of = np.fromiter(
            (AUTHORITY.get(k, 0.5) for k in kinds.uniques), dtype=np.float64, count=len(kinds.uniques)
        )
        self.auth = np.where(kinds.codes >= 0, auth_of[kinds.codes], 0.5) if len(auth_of) else np.full(n, 0.5)
        self.event = df["event_id"].to_numpy(dtype=np.float64, na_value=np.nan)
        self._day_text: dict[int, str] = {}

    def _widen_rounded(self, df: pd.DataFrame) -> None:
        """An exact figure in millions is written rounded ("15.4 million" for INEC's 15,424,921 votes):
        compared, it holds what rounds to it, within ``ROUNDED_MAX`` of its value. The claim's own
        interval (what the API shows) stays as stated."""
        value = df["value"].to_numpy(dtype=np.float64)
        rows = np.flatnonzero((self.low == value) & (self.high == value) & (np.abs(value) >= 1e6))
        if not len(rows):
            return
        # (a rounding unit per distinct figure, not per row: a million claims repeat few of them)
        uniq, inverse = np.unique(value[rows], return_inverse=True)
        units = np.fromiter((rounding_unit(v) for v in uniq), dtype=np.float64, count=len(uniq))
        slack = np.minimum(0.45 * units, ROUNDED_MAX * np.abs(uniq))[inverse]
        wide = slack >= 1.0
        rows, slack = rows[wide], slack[wide]
        self.low[rows], self.high[rows] = value[rows] - slack, value[rows] + slack

    def _said(self, name: str, rows: np.ndarray) -> np.ndarray:
        """Per-sentence flag ``name`` for ``rows``, computed once per distinct sentence asked about."""
        cache = self._s_cache.get(name)
        if cache is None:
            cache = np.full(len(self._s_uni), -1, dtype=np.int8)
            self._s_cache[name] = cache
        codes = self.sentence_code[rows]
        todo = np.unique(codes[cache[codes] < 0])
        if len(todo):
            test = _SENTENCE_TESTS[name]
            if len(todo) * 4 >= len(self._s_uni):
                # most sentences asked: read every sentence's words once for all the tests, in one text
                if self._s_joined is None:
                    self._s_joined = _Joined.of_lowered(self._lowered(np.arange(len(self._s_uni))))
                cued = np.zeros(len(self._s_uni), dtype=bool)
                cued[todo] = test.cued(self._s_joined)[todo]
                cache[todo] = 0
                for c in np.flatnonzero(cued).tolist():
                    cache[c] = test._full(str(self._s_uni[c]))
            else:
                texts = [str(x) for x in self._s_uni[todo].tolist()]
                cache[todo] = test.many(texts, _Joined.of_lowered(self._lowered(todo)))
        flags: np.ndarray = cache[codes] > 0
        return flags

    def _lowered(self, codes: np.ndarray) -> list[str]:
        """The distinct sentences ``codes``, lower-cased (each once per run: several tests read it)."""
        new = codes[~self._s_lowered[codes]]
        if len(new):
            self._s_low[new] = [str(x).lower() for x in self._s_uni[new].tolist()]
            self._s_lowered[new] = True
        lowered: list[str] = self._s_low[codes].tolist()
        return lowered

    def announced(self, rows: np.ndarray) -> np.ndarray:
        """Rows whose sentence announces a revision (``announces_revision``; strict unless a toll)."""
        rows = np.asarray(rows, dtype=np.int64)
        out = self._said("broad", rows)
        if out.any():
            out &= self._toll[rows] | self._said("strict", rows)
        return out

    def lowered_to(self, rows: np.ndarray) -> np.ndarray:
        """Rows whose figure, found written in its sentence, directly follows "lowered ... to"
        (``_LOWERED_TO``); the sentences are screened by their words first."""
        return self._lead_in("lowering", _LOWERED_TO, rows)

    def told_first(self, rows: np.ndarray) -> np.ndarray:
        """Rows whose figure, found written in its sentence, is what its source gave first ("which at
        first offered $15 million", "initially put the toll at 17"): a past figure the report retells,
        not one it gives as current."""
        return self._lead_in("first_given", _FIRST_LEAD_IN, rows)

    def _lead_in(self, test: str, lead_in: re.Pattern[str], rows: np.ndarray) -> np.ndarray:
        """Rows whose sentence passes ``test`` and whose figure is written there right after words
        ``lead_in`` matches (anchored at the figure)."""
        rows = np.asarray(rows, dtype=np.int64)
        out = self._said(test, rows)
        for k in np.flatnonzero(out).tolist():  # sentences that pass the test: few
            r = int(rows[k])
            sentence = str(self.sentence[r])
            out[k] = any(
                lead_in.search(sentence[:start]) is not None
                for start in _written_at(sentence, float(self.value[r]))
            )
        return out

    def earlier_hour(self, rows: np.ndarray) -> np.ndarray:
        """Growing incident figures told at an earlier hour of their day (``_EARLIER_HOUR``)."""
        return self._growing_incident_said("earlier_hour", rows)

    def retold(self, rows: np.ndarray) -> np.ndarray:
        """Growing incident figures in a sentence that retells an earlier figure ("up from 64")."""
        return self._growing_incident_said("earlier", rows)

    def _growing_incident_said(self, test: str, rows: np.ndarray) -> np.ndarray:
        rows = np.asarray(rows, dtype=np.int64)
        out: np.ndarray = self.growing[rows] & self.incident[rows]
        if out.any():
            out &= self._said(test, rows)
        return out

    def first_told(self, rows: np.ndarray) -> np.ndarray:
        """Incident figures in a sentence that tells what their source said first (``_FIRST_TOLD``)."""
        rows = np.asarray(rows, dtype=np.int64)
        out: np.ndarray = self.incident[rows]
        if out.any():
            out &= self._said("first", rows)
        return out

    def place_sets(self, rows: np.ndarray) -> np.ndarray:
        """For ``rows``: an id of the set of places their sentence names (``keys.sentence_places``;
        -1 when none), equal ids for equal sets; each distinct sentence is read once."""
        codes = self.sentence_code[rows]
        for c in np.unique(codes[self._place_id[codes] == -2]).tolist():
            got = sentence_places(str(self._s_uni[c]))
            if got and got not in self._set_ids:
                self._set_ids[got] = len(self._sets)
                self._sets.append(got)
            self._place_id[c] = self._set_ids[got] if got else -1
        ids: np.ndarray = self._place_id[codes]
        return ids

    def month_masks(self, rows: np.ndarray) -> np.ndarray:
        """For ``rows``: the months their sentence puts their figure in (``keys.sentence_months``)."""
        return np.fromiter(
            (
                sentence_months(str(self._s_uni[self.sentence_code[r]]), float(self.value[r]))
                for r in rows.tolist()
            ),
            dtype=np.int64,
            count=len(rows),
        )

    def disjoint_places(self, a: int, b: int) -> bool:
        """Whether the place sets ``a`` and ``b`` (ids from ``place_sets``) share no place."""
        got = self._disjoint.get((a, b))
        if got is None:
            got = self._disjoint[(a, b)] = self._sets[a].isdisjoint(self._sets[b])
        return got

    def superseded(self, rows: np.ndarray) -> np.ndarray:
        """Figures a revision sentence replaces: "lowered the count to 78, correcting the figure of
        79", "is 97, not the 115": in an announcing sentence, every figure of the same event, metric,
        subject and source above the lowest one is the old figure, never compared as a current one."""
        rows = np.asarray(rows, dtype=np.int64)
        cached = self._superseded_cache[rows]
        ask = rows[cached < 0]
        if len(ask):
            self._superseded_cache[ask] = 0
            # only a figure above another of its own sentence can be the one replaced: read just those
            above = ask[self.low[ask] > self._sentence_floor()[ask]]
            self._superseded_cache[above] = self.announced(above)
        out: np.ndarray = self._superseded_cache[rows] > 0
        return out

    def _sentence_floor(self) -> np.ndarray:
        """Per row: the lowest figure (its high end, plus the comparison's tolerance) that its
        sentence gives for the same event, metric, subject and source in the same article."""
        if self._floor is None:
            floor = transform_min(_combine(self.sentence_code, self.article, self.topic, self.src), self.high)
            self._floor = floor + EPSILON * np.maximum(1.0, np.abs(floor))
        return self._floor

    # ---- text helpers
    def pub_day(self, row: int) -> str:
        d = int(self.pub[row] // _NS_PER_DAY)
        text = self._day_text.get(d)
        if text is None:
            text = explain.day(pd.Timestamp(d * _NS_PER_DAY))
            self._day_text[d] = text
        return text

    def describe(self, row: int, *, with_subject: bool = True) -> str:
        subject = str(self.subject[row]) if with_subject else ""
        return explain.quantity(
            self.value[row], self.value_high[row], str(self.qualifier[row]), str(self.metric[row]), subject
        )

    def figure(self, row: int) -> str:
        return explain.figure(
            self.value[row], self.value_high[row], str(self.qualifier[row]), str(self.metric[row])
        )

    def who(self, row: int) -> tuple[str, str, str]:
        return str(self.outlet[row]), explain.source_words(str(self.source_name[row])), self.pub_day(row)

    def authority(self, rows: Iterable[int] | np.ndarray) -> float:
        return float(self.auth[np.asarray(rows, dtype=np.int64)].max())

    def n_reports(self, rows: np.ndarray, exclude: int) -> int:
        wires = np.unique(self.wire[rows])
        return len(wires) - int(bool((wires == self.wire[exclude]).any()))

    def candidate(
        self,
        kind: str,
        series_key: str,
        anchor: str,
        members: np.ndarray,
        score: float,
        text: str,
        reason: str,
        lead: int | None = None,
    ) -> Candidate:
        first = int(members[0]) if lead is None else lead  # the row whose series the candidate is in
        event = self.event[first]
        clipped = float(min(1.0, max(0.0, score)))
        return Candidate(
            kind=kind,
            fingerprint=fingerprint(kind, series_key, anchor),
            series_key=series_key,
            event_id=None if np.isnan(event) else int(event),
            metric=str(self.metric[first]),
            subject_class=str(self.cls[first]),
            claim_ids=tuple(np.unique(self.claim[members]).tolist()),
            severity=severity_for(clipped),
            score=clipped,
            explanation=text,
            reason=reason,
        )


#: Words a body's name may add to a shorter name of the same body ("Haiti Civil Protection" /
#: "Haiti Civil Protection Agency", "Fridays for Future" / "Fridays for Future Movement").
_BODY_SUFFIXES = frozenset(
    {"agency", "office", "department", "directorate", "service", "services", "authority", "movement",
     "organisation", "organization", "group", "network", "campaign", "general", "national", "ministry"}
)  # fmt: skip
#: Words that name a body's people rather than the body ("Afghan Health Official" speaks for the
#: health ministry): left out when two names are compared.
_ROLE_WORDS = frozenset(
    {"official", "officials", "spokesman", "spokeswoman", "spokesperson", "chief", "head"}
)


def _fold_name_variants(src: np.ndarray, df: pd.DataFrame, rows: np.ndarray) -> np.ndarray:
    """Incident figures' sources with two spellings of one body in one event -- the shorter name plus
    only suffix words ("agency", "movement") or a nationality -- folded into the longer one, so that
    a body's own later, lower figure is its revision and its own figure is no rival of itself. Running
    totals keep their sources as named (their series, and so their fingerprints, carry the source)."""
    picked = np.flatnonzero(rows)
    if len(picked) < 2:
        return src
    names = df["source_name"].to_numpy(dtype=object)[picked]
    codes, uniq = pd.factorize(names)
    words = [_name_words(str(n)) - _ROLE_WORDS for n in uniq]
    # names of one body share their words but for suffixes: group them by that core, once per name
    by_core: dict[frozenset[str], list[int]] = {}
    for k, w in enumerate(words):
        if w:
            by_core.setdefault(w - _BODY_SUFFIXES, []).append(k)
    longer: dict[int, list[int]] = {}
    for members in by_core.values():
        for a in members:
            bigger = [b for b in members if words[a] < words[b]]
            if bigger:
                longer[a] = sorted(bigger, key=lambda b: -len(words[b]))
    if not longer:
        return src
    events = df["event_id"].to_numpy(dtype=np.float64, na_value=np.nan)[picked]
    present = pd.DataFrame({"e": events, "c": codes, "s": src[picked]}).drop_duplicates(["e", "c"])
    where = {
        (float(e), int(c)): int(s) for e, c, s in zip(present["e"], present["c"], present["s"], strict=True)
    }
    out = src.copy()
    for a, targets in longer.items():
        mine = np.flatnonzero(codes == a)
        for event in np.unique(events[mine]).tolist():
            target = next((where[(float(event), b)] for b in targets if (float(event), b) in where), None)
            if target is not None:
                hit = mine[events[mine] == event]
                out[picked[hit]] = target
    return out


#: What deciding which selected rows are compared reads besides the hashed string columns.
_HEAD_COLUMNS = ["event_id", "source_id", "published_at"]


def _prepare(frame: pd.DataFrame | SeriesIndex, series_keys: list[str] | None, now: Any) -> _Prepared | None:
    # the selected rows as positions in ``base``: under an index, its hashed columns are re-coded, and
    # which rows are compared is read from a few columns before the whole rows are taken, once
    index = frame if isinstance(frame, SeriesIndex) else None
    if isinstance(frame, SeriesIndex):
        base = frame.frame
        positions = np.arange(len(base)) if series_keys is None else frame.selected(series_keys)
        head = base if series_keys is None else base[_HEAD_COLUMNS].iloc[positions]
        factorized = frame.factorizer(positions)
    else:
        base = frame if series_keys is None else select_series(frame, series_keys)
        positions = np.arange(len(base))
        head = base
        factorized = factorizer(base)
    mask = ~factorized("status").among(("rejected",)) & head["event_id"].notna().to_numpy(dtype=bool)
    if now is not None:
        cutoff = pd.Timestamp(now)
        cutoff = cutoff.tz_localize("UTC") if cutoff.tzinfo is None else cutoff
        mask &= (head["published_at"] <= cutoff).to_numpy(dtype=bool)
    mask &= _identified(head, factorized, base, positions)
    if int(mask.sum()) < 2:
        return None
    positions = positions[mask]
    df = base.iloc[positions]
    # rows in claim order: every choice between equal figures (which one is the reference, which
    # claims a flag lists) then depends on the claims, never on the order the frame was built in
    if not df["claim_id"].is_monotonic_increasing:
        order = np.argsort(df["claim_id"].to_numpy(dtype=np.int64), kind="stable")
        df, positions = df.iloc[order], positions[order]
    df = df.reset_index(drop=True)
    return _Prepared(df, None if index is None else index.factorizer(positions))


def _identified(
    head: pd.DataFrame, factorized: Factorizer, base: pd.DataFrame, positions: np.ndarray
) -> np.ndarray:
    """False for amounts that say nothing about *what* they count: a money, percentage, count or aid
    figure whose subject has no content word beyond its class ("", "people") -- two governments'
    $100 million pledges are not one quantity, so such claims are never compared -- unless the
    figure's source gives that metric for that event under one subject only, which it then takes.
    ``head``: the event and source ids of the rows of ``base`` at ``positions``."""
    vague = factorized("metric").among(UNIDENTIFIED_WITHOUT_SUBJECT)
    if not vague.any():
        return np.ones(len(head), dtype=bool)
    subject = factorized("subject")
    codes, subjects = subject.codes, subject.uniques
    if len(subjects) == 0:
        return np.ones(len(head), dtype=bool)
    empty = np.asarray(
        [subject_token(str(x)) == "" and not is_crowd_subject(str(x)) for x in subjects], dtype=bool
    )
    unidentified = vague & empty[codes]
    # ... unless their source lends them its one subject for that metric and event (``KeyCodes``)
    asking = unidentified & head["source_id"].notna().to_numpy(dtype=bool)
    if asking.any():
        events = head["event_id"].to_numpy(dtype=np.float64, na_value=np.nan)
        in_events = np.flatnonzero(np.isin(events, np.unique(events[asking])))
        lent = key_codes(base.iloc[positions[in_events]]).inferred
        unidentified[in_events[lent]] = False
    keep: np.ndarray = ~unidentified
    return keep


# --------------------------------------------------------------------------------------------------
# group helpers


def _tol(x: np.ndarray) -> np.ndarray:
    return EPSILON * np.maximum(1.0, np.abs(np.where(np.isfinite(x), x, 0.0)))


def _combine(*codes: np.ndarray) -> np.ndarray:
    """One dense int64 code for a tuple of equally long int/float arrays."""
    if len(codes[0]) == 0:
        return np.empty(0, dtype=np.int64)
    acc: np.ndarray = pd.factorize(codes[0])[0].astype(np.int64)
    for nxt in codes[1:]:
        dense = pd.factorize(nxt)[0].astype(np.int64)
        acc = pd.factorize(acc * (int(dense.max()) + 1) + dense)[0].astype(np.int64)
    return acc


def _num_code(x: np.ndarray) -> np.ndarray:
    """Codes of ``_num(x)``: equal exactly when the fingerprint anchors spell the numbers alike. Each
    distinct number (bit for bit) is spelled once."""
    bits, inverse = np.unique(np.ascontiguousarray(x, dtype=np.float64).view(np.int64), return_inverse=True)
    spelled = np.array([_num(v) for v in bits.view(np.float64).tolist()], dtype=object)
    codes: np.ndarray = pd.factorize(spelled[inverse.reshape(-1)])[0].astype(np.int64)
    return codes


def _float_code(x: np.ndarray) -> np.ndarray:
    codes: np.ndarray = pd.factorize(np.round(x, 6))[0].astype(np.int64)
    return codes


def _hot(group: np.ndarray, low: np.ndarray, high: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Rows (of ``rows``) in groups where two intervals can be disjoint: max(low) > min(high)."""
    if len(rows) < 2:
        return rows[:0]
    g = group[rows]
    lo = transform_max(g, low[rows])
    hi = transform_min(g, high[rows])
    hot: np.ndarray = rows[lo > hi + _tol(hi)]
    return hot


def _pairs(group: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All unordered pairs (i, j) of ``rows`` sharing a ``group`` code, enumerated with numpy."""
    if len(rows) < 2:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty
    order = rows[np.argsort(group[rows], kind="stable")]
    sc = group[order]
    starts = np.flatnonzero(np.r_[True, sc[1:] != sc[:-1]])
    sizes = np.diff(np.r_[starts, len(sc)])
    ends = np.repeat(starts + sizes, sizes)
    pos = np.arange(len(sc))
    cnt = ends - pos - 1
    total = int(cnt.sum())
    i_sorted = np.repeat(pos, cnt)
    offs = np.arange(total) - np.repeat(np.cumsum(cnt) - cnt, cnt)
    return order[i_sorted], order[i_sorted + 1 + offs]


def _runs(codes: np.ndarray) -> Iterator[tuple[int, int]]:
    """(start, stop) of each run of equal values in a sorted array."""
    if len(codes) == 0:
        return
    starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
    yield from pairwise(np.r_[starts, len(codes)].tolist())


def _rel_gap(p: _Prepared, upper: np.ndarray, lower: np.ndarray) -> np.ndarray:
    """Relative distance between the higher interval ``upper`` and the lower one ``lower``, 0..1."""
    up = np.maximum(p.low[upper], 0.0)
    lo = p.high[lower]
    lo = np.where(np.isfinite(lo), lo, 0.0)
    denom = np.where(up > 0, up, 1.0)
    gap: np.ndarray = np.clip((up - lo) / denom, 0.0, 1.0)
    return gap


def _gap(p: _Prepared, upper: int, lower: int) -> float:
    """Scalar ``_rel_gap``."""
    up = max(float(p.low[upper]), 0.0)
    lo = float(p.high[lower])
    lo = lo if np.isfinite(lo) else 0.0
    return min(1.0, max(0.0, (up - lo) / (up if up > 0 else 1.0)))


@dataclass(slots=True)
class _Units:
    """Claims collapsed by (group, source, low, high): one unit per figure a source gave."""

    code: np.ndarray  # unit code per row
    rep: np.ndarray  # representative row per unit
    group: np.ndarray
    n_wire: np.ndarray
    wire: np.ndarray  # smallest wire group per unit
    min_pub: np.ndarray
    max_pub: np.ndarray


def _units(p: _Prepared, group: np.ndarray, rows: np.ndarray) -> _Units:
    code = _combine(group[rows], p.src[rows], _float_code(p.low[rows]), _float_code(p.high[rows]))
    full = np.full(p.n, -1, dtype=np.int64)
    full[rows] = code
    if len(rows) == 0:
        none = np.empty(0, dtype=np.int64)
        return _Units(
            code=full, rep=none, group=group[none], n_wire=none, wire=none, min_pub=none, max_pub=none
        )
    # units numbered by code (first appearance), each represented by its first row
    order, starts, _ = first_per_group(code)
    rep = rows[order[starts]]
    wire = p.wire[rows][order]
    pub = p.pub[rows][order]
    return _Units(
        code=full,
        rep=rep,
        group=group[rep],
        n_wire=nunique_per_group(code[order], wire, len(starts)),
        wire=np.minimum.reduceat(wire, starts),
        min_pub=np.minimum.reduceat(pub, starts),
        max_pub=np.maximum.reduceat(pub, starts),
    )


def _unit_pairs(p: _Prepared, u: _Units) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Disjoint pairs of units in one group that are not one wire report: (a, b, a_above, b_above)."""
    n_units = np.arange(len(u.rep))
    hot = _hot(u.group, p.low[u.rep], p.high[u.rep], n_units)
    a, b = _pairs(u.group, hot)
    lo_a, hi_a, lo_b, hi_b = p.low[u.rep[a]], p.high[u.rep[a]], p.low[u.rep[b]], p.high[u.rep[b]]
    a_above = lo_a > hi_b + _tol(hi_b)
    b_above = lo_b > hi_a + _tol(hi_a)
    one_report = (u.n_wire[a] == 1) & (u.n_wire[b] == 1) & (u.wire[a] == u.wire[b])
    keep = (a_above | b_above) & ~one_report
    return a[keep], b[keep], a_above[keep], b_above[keep]


# --------------------------------------------------------------------------------------------------
# value conflicts


_BARE_NAME_RE = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")


def _country_party(attribution: str, kind: str) -> bool:
    """A figure credited to a bare place name read as its government ("..., Egypt at 182"): a country
    listed with its own count."""
    return kind == "government" and _BARE_NAME_RE.fullmatch(attribution.strip()) is not None


_POLL_RE = re.compile(r"\b(?:poll|polls|survey|surveys|polling|pollsters?)\b", re.IGNORECASE)


def _value_conflicts(p: _Prepared) -> list[Candidate]:
    all_rows = np.arange(p.n)
    cmp_group = _combine(p.series, np.where(p.incident & ~p.snapshot, -1, p.day))
    upper: list[np.ndarray] = []  # pairs (higher row, lower row) that conflict
    lower: list[np.ndarray] = []
    extra: list[np.ndarray] = []  # further member rows (whole units)

    # (a) within one report: two different named sources
    sourced = all_rows[p.has_src[all_rows]]
    # a growing toll the report gives for two days ("3,145 on Thursday ... 3,471 now") rose in between:
    # within one report only figures of one day meet (a later, lower one is ``_later_lower_other_source``'s)
    report = _combine(cmp_group, p.article, np.where(p.incident & p.growing, p.day, -1))
    i, j = _pairs(report, _hot(report, p.low, p.high, sourced))
    keep = p.src[i] != p.src[j]
    # "Nigeria's commission put its dead at 199, Egypt at 182 and Indonesia at 129": countries named
    # one after another in one sentence, each giving its own nationals' count -- parts, not rivals
    listed = np.flatnonzero(keep & (p.sentence_code[i] == p.sentence_code[j]))
    if len(listed):
        keep[listed] = ~np.fromiter(
            (
                _country_party(str(p.attribution[a]), str(p.source_kind[a]))
                or _country_party(str(p.attribution[b]), str(p.source_kind[b]))
                for a, b in zip(i[listed].tolist(), j[listed].tolist(), strict=True)
            ),
            dtype=bool,
            count=len(listed),
        )
    # two pollsters' shares told in two sentences answer two questions ("67 percent backed the
    # movement, according to Gallup", "in a Kaiser poll, 10 percent had attended a protest")
    polls = np.flatnonzero(keep & p.percent[i] & (p.sentence_code[i] != p.sentence_code[j]))
    if len(polls):
        keep[polls] = ~np.fromiter(
            (
                _POLL_RE.search(str(p.sentence[a])) is not None
                or _POLL_RE.search(str(p.sentence[b])) is not None
                for a, b in zip(i[polls].tolist(), j[polls].tolist(), strict=True)
            ),
            dtype=bool,
            count=len(polls),
        )
    i, j = i[keep], j[keep]
    up, lo = _disjoint(p, i, j)
    # a lower figure the report announces as a revision ("the ministry cut the toll to 253") replaces the
    # higher one it also gives: a revision (``_announced_revisions``), not two sources at odds; a lower
    # one it tells at an earlier hour than the higher ("By dawn, the fire chief said 149 had died") is
    # the toll rising
    keep = (
        _plausible(p, up, lo) & ~p.retold(lo) & ~p.announced(lo) & ~(p.earlier_hour(lo) & ~p.earlier_hour(up))
    )
    upper.append(up[keep])
    lower.append(lo[keep])

    # (a') within one sentence: a named figure and an unattributed one of the same quantity are two
    # parties' counts with the second attribution left elliptical ("police counted 30,000 marchers
    # while unions claimed 245,000", "organisers said 22,000"); not for money and percentages, where
    # one sentence gives one amount in two currencies or units
    counted = all_rows[~p.amount[all_rows] & p.has_sentence[all_rows]]
    # ... of the same day: "275,000 trips by 11 a.m., against 193,000 at the same hour on Friday" is two days
    sentence = _combine(cmp_group, p.article, p.sentence_code, p.day)
    i, j = _pairs(sentence, _hot(sentence, p.low, p.high, counted))
    keep = p.has_src[i] != p.has_src[j]
    i, j = i[keep], j[keep]
    up, lo = _disjoint(p, i, j)
    # ... nor a figure the sentence announces as a correction of the other ("first put at 120, a figure
    # later lowered to 110"): one source correcting itself, flagged once as its revision
    keep = _plausible(p, up, lo, elliptical=True) & ~p.retold(lo) & ~p.announced(lo) & ~p.lowered_to(lo)
    upper.append(up[keep])
    lower.append(lo[keep])

    # (b) running totals and period counts, across reports, same day: units of (source, figure)
    non_inc = all_rows[(~p.incident | p.snapshot)[all_rows]]
    u = _units(p, cmp_group, _hot(cmp_group, p.low, p.high, non_inc))
    a, b, a_above, _ = _unit_pairs(p, u)
    keep = _plausible(p, np.where(a_above, u.rep[a], u.rep[b]), np.where(a_above, u.rep[b], u.rep[a]))
    _collect_unit_pairs(u, a[keep], b[keep], a_above[keep], upper, lower, extra)

    # (c) incidents, money and percentages, across reports: any disjoint pair except a same-source
    # later, lower figure (a revision)
    fixed = all_rows[(p.incident & ~p.growing & ~p.snapshot)[all_rows]]
    u = _units(p, cmp_group, _hot(cmp_group, p.low, p.high, fixed))
    a, b, a_above, b_above = _unit_pairs(p, u)
    same_src = p.src[u.rep[a]] == p.src[u.rep[b]]
    rev_a_lower = b_above & (u.min_pub[a] > u.max_pub[b])
    rev_b_lower = a_above & (u.min_pub[b] > u.max_pub[a])
    keep = ~(same_src & (rev_a_lower | rev_b_lower))
    # ... or a same-source later, higher figure its report tells as raised ("the United States raised
    # its pledge to $35 million"): a source increasing its own amount, not two figures at odds
    # (the old figure may be retold beside the new one: "$108 billion, up from its first estimate of $81
    # billion" -- the higher one first told later is enough)
    raise_a = a_above & (u.min_pub[a] > u.min_pub[b])
    raise_b = b_above & (u.min_pub[b] > u.min_pub[a])
    raising = same_src & (raise_a | raise_b)
    if raising.any():
        later = np.where(raise_a, u.rep[a], u.rep[b])[raising]
        keep[np.flatnonzero(raising)[p._said("raised", later)]] = False
    keep &= _plausible(p, np.where(a_above, u.rep[a], u.rep[b]), np.where(a_above, u.rep[b], u.rep[a]))
    _collect_unit_pairs(u, a[keep], b[keep], a_above[keep], upper, lower, extra)

    # (d) growing incident tolls, across reports: a later figure below an earlier one from another source
    growing_rows = all_rows[(p.incident & p.growing & ~p.snapshot)[all_rows]]
    up, lo = _later_lower_other_source(p, growing_rows)
    keep = _plausible(p, up, lo)
    upper.append(up[keep])
    lower.append(lo[keep])
    # (e) ... and within one report that says its sources disagree ("The UN added to the confusion when
    # it put the dead at 4,460"): a toll rising over hours is no longer the likelier reading
    up, lo = _disputed_in_one_report(p, growing_rows)
    keep = _plausible(p, up, lo)
    upper.append(up[keep])
    lower.append(lo[keep])

    # (e') ... and a toll restated long after it settled, below it ("the siege killed 40", a year on,
    # against the 50 of every report at the time) or, on the outlet's own authority, well above the toll
    # the reports then agreed on: no longer a toll rising but a retelling, stale or misquoted
    up, lo = _restated_after_settling(p, growing_rows)
    keep = _plausible(p, up, lo)
    upper.append(up[keep])
    lower.append(lo[keep])

    # (f) running totals of two named sources for the same day: each counter's total is its own series,
    # but on one day "200 have died" and "at least 448 have been killed" cannot both hold
    up, lo = _rival_totals_same_day(p, all_rows)
    upper.append(up)
    lower.append(lo)

    hi_rows = np.concatenate(upper)
    lo_rows = np.concatenate(lower)
    if len(hi_rows) == 0:
        return []
    groups = cmp_group[hi_rows]
    gap = _rel_gap(p, hi_rows, lo_rows)
    order = np.lexsort((-gap, groups))
    hi_rows, lo_rows, gap, groups = hi_rows[order], lo_rows[order], gap[order], groups[order]
    extra_rows = np.concatenate(extra) if extra else np.empty(0, dtype=np.int64)
    extra_rows = extra_rows[np.argsort(cmp_group[extra_rows], kind="stable")]
    extra_groups = cmp_group[extra_rows]
    out: list[Candidate] = []
    for start, stop in _runs(groups):
        g = groups[start]
        a0, a1 = np.searchsorted(extra_groups, g, "left"), np.searchsorted(extra_groups, g, "right")
        members = np.unique(np.concatenate((hi_rows[start:stop], lo_rows[start:stop], extra_rows[a0:a1])))
        out.append(_value_candidate(p, members, int(hi_rows[start]), int(lo_rows[start]), float(gap[start])))
    return out


def _disjoint(p: _Prepared, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Of the pairs (i, j), those whose intervals do not meet, as (higher, lower) rows."""
    i_above = p.low[i] > p.high[j] + _tol(p.high[j])
    j_above = p.low[j] > p.high[i] + _tol(p.high[i])
    keep = i_above | j_above
    return np.where(i_above, i, j)[keep], np.where(i_above, j, i)[keep]


def _rival_totals_same_day(p: _Prepared, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (higher, lower) of running totals two named sources give for the same day, whose intervals
    do not meet: two counters at odds, not one total growing."""
    rows = rows[(p.cumulative & p.has_src & ~p.snapshot)[rows]]
    group = _combine(p.base, p.day)
    i, j = _pairs(group, _hot(group, p.low, p.high, rows))
    keep = p.src[i] != p.src[j]
    i, j = i[keep], j[keep]
    up, lo = _disjoint(p, i, j)
    keep = _plausible(p, up, lo) & ~p.retold(lo) & ~p.announced(lo)
    return up[keep], lo[keep]


def _weakness(p: _Prepared, upper: np.ndarray, lower: np.ndarray, *, elliptical: bool = False) -> np.ndarray:
    """How many of three weak inputs a pair rests on: a subject that names nothing beyond its class
    (either side), a vague figure ("about", "nearly", "up to", a range; either side), a figure with no
    source (either side)."""
    weak: np.ndarray = (
        (p.token_empty[upper] | p.token_empty[lower]).astype(np.int64)
        + (p.vague[upper] | p.vague[lower]).astype(np.int64)
        + (0 if elliptical else (~p.has_src[upper] | ~p.has_src[lower]).astype(np.int64))
    )
    return weak


def _decimal_slip(p: _Prepared, upper: np.ndarray, lower: np.ndarray) -> np.ndarray:
    """Two exact figures with the same digits, one 10, 100 or 1,000 times the other ($17.5 million and
    $175 million): a slipped decimal point or unit, never a part and its whole."""
    exact = (p.qualifier[upper] == "exact") & (p.qualifier[lower] == "exact")
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.log10(p.value[upper] / p.value[lower])
    slip: np.ndarray = (
        exact
        & np.isfinite(ratio)
        & (np.abs(ratio - np.round(ratio)) < 1e-9)
        & (np.round(ratio) >= 1)
        & (ratio < 3.5)
    )
    return slip


def _plausible(p: _Prepared, upper: np.ndarray, lower: np.ndarray, *, elliptical: bool = False) -> np.ndarray:
    """False for pairs too weak to flag or about different places. Either the sentences of the two
    figures name places and share none (``keys.sentence_places``), or the pair is more likely a whole
    and a part than a disagreement --
    the lower figure is under ``PART_RATIO`` of the higher one and either subject names nothing beyond
    its class ("people", "the dead": a province's, a town's or one country's toll whose subject lost
    its place) -- or resting on two weak inputs at once (``_weakness``: "some 10,000 missing" and "as
    many as 6,000 missing" of two areas, both extracted as plain "people")."""
    weak = p.token_empty[upper] | p.token_empty[lower]
    steep = (p.high[lower] < PART_RATIO * p.low[upper]) & ~_decimal_slip(p, upper, lower)
    # police and organisers counting one march are often five times apart: one report giving two sides'
    # counts of one crowd ("police counted 30,000 marchers while unions claimed 245,000", or in two
    # sentences, neither with a place) gives the march's two counts, not a city's and a nation's
    one_report = (p.article[upper] == p.article[lower]) & (p.series[upper] == p.series[lower])
    # ... and two named counters of one crowd in two reports a little over twice apart (the Park
    # Police's 400,000 against the university's 837,000) are the classic dispute; further apart, with no
    # place, they may be a city's march and a nation's (90,000 in Paris, 500,000 across France)
    rivals = (
        p.has_src[upper]
        & p.has_src[lower]
        & (p.src[upper] != p.src[lower])
        & (p.high[lower] >= RIVAL_CROWD_RATIO * p.low[upper])
    )
    steep &= ~(p.crowd[upper] & p.crowd[lower] & (one_report | rivals))
    if steep.any():
        ask = np.flatnonzero(steep)  # read only the sentences of pairs the rule would drop
        steep[ask] = ~(p._said("disputed", upper[ask]) | p._said("disputed", lower[ask]))
    shaky = _weakness(p, upper, lower, elliptical=elliptical) >= 2
    if shaky.any():
        # weak inputs still make a pair when a sentence says the figures are at odds ("has rejected
        # reports that some 2,000 died, saying the number killed had not exceeded 150")
        ask = np.flatnonzero(shaky)
        shaky[ask] = ~(p._said("disputed", upper[ask]) | p._said("disputed", lower[ask]))
    keep: np.ndarray = ~(weak & steep) & ~shaky
    # sentences that put the two figures in different places ("In Marseille, ..." / "In Bordeaux, ...")
    both = np.flatnonzero(keep & (p.sentence_code[upper] != p.sentence_code[lower]))
    if len(both):
        up_set, lo_set = p.place_sets(upper[both]), p.place_sets(lower[both])
        named = (up_set >= 0) & (lo_set >= 0) & (up_set != lo_set)
        for k, a, b in zip(both[named].tolist(), up_set[named].tolist(), lo_set[named].tolist(), strict=True):
            if p.disjoint_places(a, b):
                keep[k] = False
        # ... or shares their sentences put in different months ("in June" / "in the November vote": two
        # elections'). Not other figures: the month may date another clause ("Once valued at $23 billion,
        # FTX filed for bankruptcy in November")
        shares = both[keep[both] & p.percent[upper[both]]]
        up_m, lo_m = p.month_masks(upper[shares]), p.month_masks(lower[shares])
        keep[shares[(up_m > 0) & (lo_m > 0) & ((up_m & lo_m) == 0)]] = False
    # a figure a revision sentence itself replaces is not a current one, nor is a forecast
    keep &= ~p.superseded(upper) & ~p.superseded(lower)
    if keep.any():
        keep &= ~p._said("forecast", upper) & ~p._said("forecast", lower)
    return keep


def _article_top(p: _Prepared, group: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """For ``rows``: True when no other claim of the same group, source and article is higher. An
    article that gives a source's toll and smaller figures from the same source (per province, per
    town, an earlier update it retells) states the source's current figure once: the largest."""
    if len(rows) == 0:
        return np.zeros(0, dtype=bool)
    g = _combine(group[rows], p.src[rows], p.article[rows])
    top = transform_max(g, p.low[rows])
    is_top: np.ndarray = p.high[rows] >= top - _tol(top)
    return is_top


def _collect_unit_pairs(
    u: _Units,
    a: np.ndarray,
    b: np.ndarray,
    a_above: np.ndarray,
    upper: list[np.ndarray],
    lower: list[np.ndarray],
    extra: list[np.ndarray],
) -> None:
    if len(a) == 0:
        return
    upper.append(np.where(a_above, u.rep[a], u.rep[b]))
    lower.append(np.where(a_above, u.rep[b], u.rep[a]))
    flagged_units = np.unique(np.r_[a, b])
    extra.append(np.flatnonzero(np.isin(u.code, flagged_units)))


def _prefix_max(
    group: np.ndarray, time: np.ndarray, low: np.ndarray, rows: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """For each of ``rows``: max ``low`` over rows of its group at a strictly earlier ``time``, and the
    row holding it (-inf / -1 when none). Sorted prefix maxima: O(n log n)."""
    if len(rows) == 0:
        return np.empty(0), np.empty(0, dtype=np.int64)
    g, t, lo = group[rows], time[rows], low[rows]
    order = np.lexsort((lo, t, g))
    gs, ts, rs = g[order], t[order], rows[order]
    new_run = np.r_[True, (gs[1:] != gs[:-1]) | (ts[1:] != ts[:-1])]
    run_id = np.cumsum(new_run) - 1
    run_last = np.r_[np.flatnonzero(new_run)[1:] - 1, len(gs) - 1]  # max low of each (group, time)
    run_g, run_r = gs[run_last], rs[run_last]
    run_lo = low[run_r]
    cm = segmented_cummax(run_g, run_lo)
    pos = np.where(run_lo >= cm, np.arange(len(run_lo)), -1)
    last = segmented_cummax(run_g, pos)
    ref = run_r[np.maximum(last, 0)]
    first_of_group = np.r_[True, run_g[1:] != run_g[:-1]]
    prev_cm = np.where(first_of_group, -np.inf, np.r_[-np.inf, cm[:-1]])
    prev_ref = np.where(first_of_group, -1, np.r_[-1, ref[:-1]])
    out_pm = np.empty(len(rows))
    out_ref = np.empty(len(rows), dtype=np.int64)
    out_pm[order] = prev_cm[run_id]
    out_ref[order] = prev_ref[run_id]
    return out_pm, out_ref


def _disputed_in_one_report(p: _Prepared, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (higher, lower) of two named sources' disjoint figures of one growing incident series in
    one article, one of whose sentences says the counts disagree (``_DISPUTED``)."""
    empty = np.empty(0, dtype=np.int64)
    rows = rows[p.has_src[rows]]
    if len(rows) < 2:
        return empty, empty
    # only a series and article with two sources' disjoint figures can hold such a pair: read just those
    key = _combine(p.series[rows], p.article[rows])
    two = (transform_nunique(key, p.src[rows]) >= 2) & (
        transform_max(key, p.low[rows]) > transform_min(key, p.high[rows])
    )
    rows = rows[two]
    if len(rows) < 2:
        return empty, empty
    said = rows[p._said("disputed", rows)]
    if len(said) == 0:
        return empty, empty
    pool = rows[np.isin(p.article[rows], p.article[said])]
    asked = pd.DataFrame({"g": p.series[said], "a": p.article[said], "r": said})
    other = pd.DataFrame({"g": p.series[pool], "a": p.article[pool], "o": pool})
    both = asked.merge(other, on=["g", "a"])
    r, o = both["r"].to_numpy(dtype=np.int64), both["o"].to_numpy(dtype=np.int64)
    r_high = p.low[r] > p.high[o] + _tol(p.high[o])
    o_high = p.low[o] > p.high[r] + _tol(p.high[r])
    ok = (p.src[r] != p.src[o]) & (r_high | o_high)
    r, o, r_high = r[ok], o[ok], r_high[ok]
    if len(r) == 0:
        return empty, empty
    pairs = np.unique(np.c_[np.where(r_high, r, o), np.where(r_high, o, r)], axis=0)
    return pairs[:, 0].astype(np.int64), pairs[:, 1].astype(np.int64)


def _later_lower_other_source(p: _Prepared, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (earlier higher, later lower) in growing incident series, from two different sources."""
    empty = np.empty(0, dtype=np.int64)
    # an outlet's own (unattributed) lower figure is more often a rounding, a summary or a part than a
    # rival count: only named sources contradict each other here
    rows = _hot(p.series, p.low, p.high, rows[p.has_src[rows]])
    if len(rows) < 2:
        return empty, empty
    # the best earlier figure of the whole series; when its source is another one, that decides
    pm, ref = _prefix_max(p.series, p.pub, p.low, rows)
    # a lower figure the text announces as a revision is one (``_announced_revisions``); one that is
    # not its source's largest in its article is a part or a retold earlier figure
    below = p.high[rows] < pm - _tol(pm)
    below[below] = ~p.announced(rows[below]) & ~p.retold(rows[below])
    below &= _article_top(p, p.series, rows)
    # the outlets' own (unattributed) figures count as one source here
    src = np.where(p.has_src, p.src, -1)
    other = below & (src[np.maximum(ref, 0)] != src[rows])
    ups, lows = [ref[other]], [rows[other]]
    # when the best earlier figure is the row's own source's, look up every other source's best
    suspects = rows[below & ~other]
    if len(suspects):
        up_b, lo_b = _best_of_other_sources(p, src, rows, suspects)
        ups.append(up_b)
        lows.append(lo_b)
    up, lo = np.concatenate(ups), np.concatenate(lows)
    ok = ~((p.wire[lo] == p.wire[up]) & (p.article[lo] != p.article[up]))
    up, lo = up[ok], lo[ok]
    keep = _still_current(p, src, rows, up, lo)
    return up[keep], lo[keep]


#: days after which an incident's toll has settled: a later figure retells it rather than updates it
SETTLED_DAYS = 30
#: the days of the last reports before then that together give the settled figure
_SETTLED_WINDOW_DAYS = 7
#: settled figures agree when the highest is at most this much above the lowest
_SETTLED_AGREEMENT = 0.02
#: an unattributed retelling above an agreed settled toll by more than this is a misquote, not an update
_RESTATED_ABOVE = 0.05


def _restated_after_settling(p: _Prepared, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (higher, lower) of a growing incident toll: a figure describing a day at least
    ``SETTLED_DAYS`` after the last reports before it, against the figures of those reports' last days
    (the settled toll), when it is below all of them, or, told on the outlet's own authority, more than
    ``_RESTATED_ABOVE`` above a settled toll they agreed on. A figure that retells an earlier one ("first put at
    50") or announces a revision is left to the rules for those."""
    empty = np.empty(0, dtype=np.int64)
    rows = rows[p.day[rows] >= 0]
    if len(rows) < 2:
        return empty, empty
    span = transform_max(p.series[rows], p.day[rows]) - transform_min(p.series[rows], p.day[rows])
    rows = rows[span >= SETTLED_DAYS]
    if len(rows) < 2:
        return empty, empty
    rows = rows[np.lexsort((p.day[rows], p.series[rows]))]
    series, days = p.series[rows], p.day[rows].astype(np.int64)
    # every row's figures of at least SETTLED_DAYS before it, within its series (rows sorted by day):
    # positions [first, end) with end the first row too recent; their last day's window is the settled toll
    key = series.astype(np.int64) * (1 << 32)
    first = np.searchsorted(key + days, key, side="left")
    end = np.searchsorted(key + days, key + days - SETTLED_DAYS, side="right")
    has = end > first
    if not has.any():
        return empty, empty
    r_pos = np.flatnonzero(has)
    last = days[end[r_pos] - 1]
    lo_pos = np.searchsorted(key + days, key[r_pos] + last - _SETTLED_WINDOW_DAYS, side="left")
    hi_pos = end[r_pos]
    # the lowest settled figure of each window (reduceat over interleaved [start, stop) bounds)
    bounds = np.empty(2 * len(r_pos), dtype=np.int64)
    bounds[0::2], bounds[1::2] = lo_pos, hi_pos
    lows_sorted = np.append(p.low[rows], np.inf)
    settled_low = np.minimum.reduceat(lows_sorted, bounds)[0::2]
    below = p.high[rows[r_pos]] < settled_low - _tol(settled_low)
    # above it only when the outlet retells it on its own authority, well above a toll the reports then
    # agreed on: a source's own final count months on may still add the late-identified dead or injured
    highs_sorted = np.append(p.high[rows], -np.inf)
    settled_high = np.maximum.reduceat(highs_sorted, bounds)[0::2]
    agreed = settled_high <= settled_low * (1 + _SETTLED_AGREEMENT)
    above = (
        ~p.has_src[rows[r_pos]]
        & agreed
        & np.isfinite(settled_high)
        & (p.low[rows[r_pos]] > settled_high * (1 + _RESTATED_ABOVE))
    )
    keep = below | above
    r_pos, lo_pos, hi_pos, above = r_pos[keep], lo_pos[keep], hi_pos[keep], above[keep]
    if not len(r_pos):
        return empty, empty
    # (the sentence tests last, on the few rows left: they cost more than everything above)
    told = ~p.retold(rows[r_pos]) & ~p.announced(rows[r_pos])
    # the few left: the settled figures of other reports only, and the latest of them to compare with
    ups: list[int] = []
    lows: list[int] = []
    for k, a, b, up in zip(
        r_pos[told].tolist(), lo_pos[told].tolist(), hi_pos[told].tolist(), above[told].tolist(), strict=True
    ):
        settled = rows[a:b]
        settled = settled[p.article[settled] != p.article[rows[k]]]
        if p.has_src[rows[k]]:
            # its own source's earlier, higher figure: a revision (``_revisions``), not a retelling
            settled = settled[~p.has_src[settled] | (p.src[settled] != p.src[rows[k]])]
        if len(settled):
            settled = settled[~p.retold(settled) & ~p.announced(settled)]
        if len(settled):
            ref = int(settled[np.argmax(p.pub[settled])])
            ups.append(int(rows[k]) if up else ref)
            lows.append(ref if up else int(rows[k]))
    return np.asarray(ups, dtype=np.int64), np.asarray(lows, dtype=np.int64)


def _still_current(
    p: _Prepared, src: np.ndarray, rows: np.ndarray, up: np.ndarray, lo: np.ndarray
) -> np.ndarray:
    """For pairs (earlier higher ``up``, later lower ``lo``): True when ``up``'s source still stood by a
    figure above ``lo`` when ``lo`` was published. A source that itself came down in between ("the
    coast guard corrected 79 to 78") is not contradicted by a later 78 from someone else. The source's
    figure at a time is its latest one published by then (``latest_at``; the highest of that instant)."""
    if len(up) == 0:
        return np.zeros(0, dtype=bool)
    code = np.full(p.n, -1, dtype=np.int64)
    code[rows] = _combine(p.series[rows], src[rows])
    cur = latest_at(code[rows], p.pub[rows], p.low[rows], code[up], p.pub[lo])
    keep: np.ndarray = np.isnan(cur) | (cur > p.high[lo] + _tol(p.high[lo]))
    return keep


def _best_of_other_sources(
    p: _Prepared, src: np.ndarray, rows: np.ndarray, suspects: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """For each suspect and each other source of its series: that source's best figure published
    strictly earlier (sorted prefix maxima + searchsorted). Returns (earlier higher, suspect) pairs."""
    ss = _combine(p.series[rows], src[rows])
    times, rank = np.unique(p.pub[rows], return_inverse=True)
    rank = rank.astype(np.int64)
    width = int(rank.max()) + 2
    order = np.lexsort((rank, ss))
    key = ss[order] * width + rank[order]
    cm = segmented_cummax(ss[order], p.low[rows][order])
    is_best = p.low[rows][order] >= cm
    best_pos = segmented_cummax(ss[order], np.where(is_best, np.arange(len(order)), -1))
    best_row = rows[order][np.maximum(best_pos, 0)]
    # (series, source) pairs and their ss code, sorted by series
    pair_series = p.series[rows]
    uniq_ss, first = np.unique(ss, return_index=True)
    ss_series = pair_series[first]
    ss_src = src[rows][first]
    by_series = np.argsort(ss_series, kind="stable")
    ss_series, ss_src, uniq_ss = ss_series[by_series], ss_src[by_series], uniq_ss[by_series]
    lo_i = np.searchsorted(ss_series, p.series[suspects], "left")
    hi_i = np.searchsorted(ss_series, p.series[suspects], "right")
    counts = hi_i - lo_i
    q_suspect = np.repeat(suspects, counts)
    q_idx = np.repeat(lo_i, counts) + (
        np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    )
    q_ss, q_src = uniq_ss[q_idx], ss_src[q_idx]
    keep = q_src != src[q_suspect]
    q_suspect, q_ss = q_suspect[keep], q_ss[keep]
    suspect_rank = np.searchsorted(times, p.pub[q_suspect], "left")
    pos = np.searchsorted(key, q_ss * width + suspect_rank, "left") - 1
    valid = (pos >= 0) & (key[np.maximum(pos, 0)] // width == q_ss)
    pos, q_suspect = pos[valid], q_suspect[valid]
    best = cm[pos]
    hit = p.high[q_suspect] < best - _tol(best)
    return best_row[pos][hit], q_suspect[hit]


def _overlapping(p: _Prepared, members: np.ndarray, row: int) -> np.ndarray:
    """Mask of the members whose interval overlaps ``row``'s."""
    lo, hi = p.low[row], p.high[row]
    tol = EPSILON * max(1.0, abs(lo) if np.isfinite(lo) else 1.0, abs(hi) if np.isfinite(hi) else 1.0)
    mask: np.ndarray = (p.low[members] <= hi + tol) & (p.high[members] >= lo - tol)
    return mask


def _side(p: _Prepared, members: np.ndarray, row: int) -> np.ndarray:
    """Members whose interval overlaps ``row``'s."""
    side: np.ndarray = members[_overlapping(p, members, row)]
    return side


def _value_candidate(p: _Prepared, members: np.ndarray, hi_row: int, lo_row: int, gap: float) -> Candidate:
    series_key = p.keys.series_key(int(p.series[hi_row]))
    by_day = p.snapshot[hi_row] or not p.incident[hi_row]  # snapshot counts are compared per day
    anchor = str(np.datetime64(int(p.day[hi_row]), "D")) if by_day else "all"
    score = round(0.65 * min(1.0, gap / 0.5) + 0.35 * p.authority((hi_row, lo_row)), 3)
    elliptical = bool(
        p.article[hi_row] == p.article[lo_row]
        and p.sentence_code[hi_row] == p.sentence_code[lo_row]
        and p.sentence[hi_row] != ""
        and p.has_src[hi_row] != p.has_src[lo_row]
    )
    if int(_weakness(p, np.array([hi_row]), np.array([lo_row]), elliptical=elliptical)[0]):
        score = round(score * WEAK_FACTOR, 3)  # resting on a weak input: lower severity
    hi_outlet, hi_src, hi_day = p.who(hi_row)
    lo_outlet, lo_src, lo_day = p.who(lo_row)
    if elliptical:  # "police counted 30,000 while unions claimed 245,000": the party is in the sentence
        unnamed = "a second party in the same sentence"
        hi_src, lo_src = (
            unnamed if not p.has_src[r] else name for r, name in ((hi_row, hi_src), (lo_row, lo_src))
        )
    hi_n = p.n_reports(_side(p, members, hi_row), hi_row)
    lo_n = p.n_reports(_side(p, members, lo_row), lo_row)
    if p.article[hi_row] == p.article[lo_row] and hi_n == lo_n == 0:
        text = (
            f"{hi_outlet} reports {p.describe(hi_row)} citing {hi_src} and "
            f"{p.describe(lo_row, with_subject=False)} citing {lo_src} ({hi_day}): both cannot be right."
        )
    else:
        text = (
            f"{explain.who(hi_outlet, hi_n, 'reports', 'report')} {p.describe(hi_row)} citing {hi_src} "
            f"({hi_day}), while {explain.who(lo_outlet, lo_n, 'reports', 'report')} "
            f"{p.describe(lo_row, with_subject=False)} citing {lo_src} ({lo_day}): both cannot be right."
        )
    return p.candidate(
        "value_conflict",
        series_key,
        anchor,
        members,
        score,
        text[:-1] + _third_sides(p, members, hi_row, lo_row) + ".",
        "",
    )


def _third_sides(p: _Prepared, members: np.ndarray, hi_row: int, lo_row: int) -> str:
    """ "; other figures in the disagreement: more than 100 citing the media office (4 reports)": the flag's other figures (neither
    side's own, nor agreeing with the lower one), so the editor sees every party to the disagreement,
    not only the widest pair: "93" is flagged against "70" and against "more than 100" at once."""
    own = (p.low[members] == p.low[hi_row]) & (p.high[members] == p.high[hi_row])
    rest = members[~own & ~_overlapping(p, members, lo_row)]
    if len(rest) == 0:
        return ""
    seen: dict[tuple[str, str], list[int]] = {}
    for r in rest.tolist():
        seen.setdefault((p.figure(r), explain.source_words(str(p.source_name[r]))), []).append(r)
    parts = []
    for (figure, source), rows in sorted(seen.items(), key=lambda kv: -len(kv[1]))[:2]:
        n = len(set(p.wire[np.asarray(rows, dtype=np.int64)].tolist()))
        parts.append(f"{figure} citing {source}" + (f" ({n} reports)" if n > 1 else ""))
    return "; other figures in the disagreement: " + " and ".join(parts)


# --------------------------------------------------------------------------------------------------
# revisions


def _gave_earlier(p: _Prepared, group: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """For ``rows``: whether the same group (series and source) holds the same figure published
    earlier, in another report."""
    if len(rows) == 0:
        return np.zeros(0, dtype=bool)
    mine = np.flatnonzero(np.isin(group, group[rows]))
    values: np.ndarray = np.round(np.concatenate([p.value[mine], p.value[rows]]), 6)
    key = _combine(np.concatenate([group[mine], group[rows]]), values)
    k_known, k_asked = key[: len(mine)], key[len(mine) :]
    t, w = p.pub[mine], p.wire[mine]
    # per figure: its first publication and that report, then the first publication in any other
    # report -- an asked row was given earlier elsewhere when either precedes it from another report
    # (a merge of every row with every other of the same figure grows with the square of the repeats)
    n_keys = int(key.max()) + 1
    order = np.lexsort((t, k_known))
    keys, at = np.unique(k_known[order], return_index=True)
    first_t = np.full(n_keys, np.iinfo(np.int64).max, dtype=np.int64)
    first_w = np.full(n_keys, np.iinfo(np.int64).min, dtype=np.int64)
    first_t[keys], first_w[keys] = t[order[at]], w[order[at]]
    other = w != first_w[k_known]
    other_t = np.full(n_keys, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(other_t, k_known[other], t[other])
    t_row, w_row = p.pub[rows], p.wire[rows]
    out: np.ndarray = ((first_t[k_asked] < t_row) & (first_w[k_asked] != w_row)) | (other_t[k_asked] < t_row)
    return out


def _stands_beside(p: _Prepared, group: np.ndarray, rows: np.ndarray, told: int) -> bool:
    """Whether the report of the retold figure ``told`` gives its source's current figure too (one of
    the same group, in a sentence that retells nothing)."""
    mine = rows[(group[rows] == group[told]) & (p.article[rows] == p.article[told])]
    return bool(len(mine)) and not bool(p.first_told(mine).all())


def _rounded_down(x: np.ndarray, like: np.ndarray) -> np.ndarray:
    """``x`` rounded down to the precision ``like`` is written at (1,283 like 1,200 -> 1,200; 17,800 like
    14,000 -> 17,000): what a floor of that roundness could stand for."""
    whole = np.abs(np.nan_to_num(like, nan=1.0, posinf=1.0, neginf=1.0)).astype(np.int64)
    step = np.ones(len(whole), dtype=np.float64)
    for _ in range(12):
        more = (whole > 0) & (whole % 10 == 0)
        if not more.any():
            break
        step[more] *= 10
        whole[more] //= 10
    finite = np.isfinite(x)
    return np.where(finite, np.floor(np.where(finite, x, 0.0) / step) * step, x)


def _revisions(p: _Prepared) -> list[Candidate]:
    rows = np.flatnonzero(p.has_src & (p.incident | p.cumulative))
    # A running total that a source gives as "at least N" is that source's count N: a later "at least"
    # below an earlier one is the total going down, though the two open intervals overlap.
    # So is an incident's toll: "more than 14,000 injured" months after the same source's "more than
    # 17,800" is the toll quoted stale, not a floor the later count still clears.
    floor_is_count = p.cumulative | (p.incident & p._toll)
    open_floor = np.isinf(p.high) & np.isfinite(p.low)
    hi = np.where(floor_is_count & open_floor, p.low, p.high)
    # ... but "more than 1,200" after the source's 1,283 is that figure rounded down, not a lower one:
    # an incident floor is below only what it cannot be a rounding of
    rounded_floor = p.incident & p._toll & open_floor
    group = _combine(p.series, p.src)
    rows = _hot(group, p.low, hi, rows)
    if len(rows) < 2:
        return []
    # running totals look back over earlier as_of days, incidents over earlier articles
    time = np.where(p.cumulative, p.day, p.pub)
    # "more than 750,000" restated as "750,000" is the same figure: a floor stands for its own number here
    floor_low = np.where(open_floor & np.isfinite(p.value), np.minimum(p.low, p.value), p.low)
    pm, ref = _prefix_max(group, time, floor_low, rows)
    down = (hi[rows] < pm - _tol(pm)) & (ref >= 0)
    down &= ~(rounded_floor[rows] & (p.value[rows] >= _rounded_down(pm, p.value[rows])))
    # an incident figure its report retells as the source's earlier one ("officials first said 477 were
    # aboard, lowered that to 459 ...") beside the figure that source gives now (475) is not one the
    # source still stands by: a later 476 is no revision of it; the few references of lower figures
    # are read, and read again behind a retold one
    ref_low = floor_low
    for _ in range(4):
        refs = np.unique(ref[down])
        told = refs[p.first_told(refs)] if len(refs) else refs
        if len(told):
            told = told[[_stands_beside(p, group, rows, t) for t in told.tolist()]]
        # ... nor is a figure its source corrected in the same sentence ("said 368 had been rescued,
        # only to correct it to 164"): a later 174 revises what the source gave after, not the 368
        told = np.union1d(told, refs[p.superseded(refs)]) if len(refs) else told
        if len(told) == 0:
            break
        if ref_low is floor_low:
            ref_low = floor_low.copy()
        ref_low[told] = -np.inf
        pm, ref = _prefix_max(group, time, ref_low, rows)
        down = (hi[rows] < pm - _tol(pm)) & (ref >= 0)
        down &= ~(rounded_floor[rows] & (p.value[rows] >= _rounded_down(pm, p.value[rows])))
    # an incident figure below the source's largest in the same article is a part or a retold one
    said = np.zeros(len(rows), dtype=bool)
    said[down] = p.announced(rows[down])
    down &= p.cumulative[rows] | said | _article_top(p, group, rows)
    # a figure the report tells as the one its source gave first ("the United States, which at first
    # offered $15 million, raised its help") is history, not a stale figure quoted as current
    if down.any():
        down[np.flatnonzero(down)[p.told_first(rows[down])]] = False
    # a snapshot count (still missing, still displaced) that falls is news, unless the text says revised
    down &= ~p.snapshot[rows] | said
    stale, ref = rows[down], ref[down]
    copies = (p.wire[stale] == p.wire[ref]) & (p.article[stale] != p.article[ref])
    stale, ref = stale[~copies], ref[~copies]
    # a figure under half of one the same source gave earlier is more likely a part (a province, a
    # hospital, the women and children) than a revision -- unless the sentence says it was revised
    steep = hi[stale] < REVISION_MIN_RATIO * p.low[ref]
    # ... a crowd named by its place ("turnout in New York") is that place's whole crowd: no part
    steep &= ~(p.crowd[stale] & ~p.token_empty[stale] & ~p.token_empty[ref])
    if steep.any():
        explained = p._said("reason", stale[steep])
        # ... or unless it is the very figure the source gave earlier (its first count quoted as
        # current: "60 dead" on the first night, at least 170 since)
        retold_own = _gave_earlier(p, group, stale[steep])
        keep = ~steep
        keep[np.flatnonzero(steep)[explained | retold_own]] = True
        stale, ref = stale[keep], ref[keep]
    if len(stale) == 0:
        return []
    # grouped by the figures as the fingerprint spells them ("more than 21 million" and "at least 21
    # million" share one anchor), so one fingerprint is one candidate
    anchor = _combine(group[stale], _num_code(p.low[stale]), _num_code(hi[stale]))
    order = np.lexsort((p.pub[stale], anchor))  # within an anchor, the earliest stale row first
    stale, ref, anchor = stale[order], ref[order], anchor[order]
    # the staircase of each group: rows that raised the source's best figure, in time order
    rec_order = np.lexsort((ref_low[rows], time[rows], group[rows]))
    rec_rows = rows[rec_order]
    rec_g = group[rec_rows]
    all_rows, all_g = rec_rows, rec_g
    cm = segmented_cummax(rec_g, ref_low[rec_rows])
    first_in_g = np.r_[True, rec_g[1:] != rec_g[:-1]]
    prev = np.where(first_in_g, -np.inf, np.r_[-np.inf, cm[:-1]])
    rec_t = time[rec_rows]
    last_of_time = np.r_[(rec_g[1:] != rec_g[:-1]) | (rec_t[1:] != rec_t[:-1]), True]
    is_rec = (ref_low[rec_rows] > prev) & last_of_time  # one step per time: the figure it ended on
    rec_rows, rec_g = rec_rows[is_rec], rec_g[is_rec]
    runs = list(_runs(anchor))
    firsts = stale[[a for a, _ in runs]]
    r0 = np.searchsorted(rec_g, group[firsts], "left")
    r1 = np.searchsorted(rec_g, group[firsts], "right")
    g0 = np.searchsorted(all_g, group[firsts], "left")
    g1 = np.searchsorted(all_g, group[firsts], "right")
    out: list[Candidate] = []
    for (start, stop), first, a0, a1, b0, b1 in zip(
        runs, firsts.tolist(), r0.tolist(), r1.tolist(), g0.tolist(), g1.tolist(), strict=True
    ):
        stale_rows = stale[start:stop]
        recs = rec_rows[a0:a1]
        earlier = recs[(time[recs] < time[first]) & (p.low[recs] > hi[first])][-MAX_EARLIER_IN_REVISION:]
        # ... and the figure the source gave last before it, when that is higher: 179 rescued, then
        # 174, then 172 -- the 172 revises the 174, which raised nothing and is no step of the staircase
        mine = all_rows[b0:b1]
        last = mine[(time[mine] < time[first]) & (ref_low[mine] > hi[first])][-1:]
        earlier = np.union1d(earlier, last)
        refs = ref[start:stop]
        reference = int(refs[np.argmax(p.low[refs])])
        members = np.unique(np.concatenate((stale_rows, earlier, [reference])))
        out.append(_revision_candidate(p, stale_rows, first, reference, recs, members))
    return out


def _reason_in(text: str) -> str:
    """The code of the first of ``_REASON_PATTERNS`` that ``text`` matches, "" for none. A pattern is
    not searched for in an ASCII text without one of its words (``_REASON_WORDS``): on ASCII, ``re.I``
    is plain lower-casing, and the case-insensitive alternations are slow to scan over every outlet's
    sentence."""
    lowered = text.lower() if text.isascii() else None
    for code, pattern in _REASON_PATTERNS if text else ():
        if lowered is not None and not any(word in lowered for word in _REASON_WORDS[code]):
            continue
        if pattern.search(text):
            return code
    return ""


def _revision_candidate(
    p: _Prepared, stale_rows: np.ndarray, stale: int, ref: int, same: np.ndarray, members: np.ndarray
) -> Candidate:
    reason = _reason_in(" ".join(str(x) for x in p.sentence[stale_rows] if x))
    if not reason:
        if p.cumulative[stale]:
            reason = "stale" if p.pub[ref] < p.pub[stale] else ""
        else:
            again = same[
                (p.pub[same] < p.pub[ref]) & (p.low[same] == p.low[stale]) & (p.high[same] == p.high[stale])
            ]
            reason = "stale" if len(again) else ""
    gap = _gap(p, ref, stale)
    score = round(0.2 + 0.35 * p.authority((ref,)) + 0.45 * min(1.0, gap / 0.1), 3)
    series_key = p.keys.series_key(int(p.series[stale]))
    s_outlet, s_src, s_day = p.who(stale)
    r_outlet, _, r_day = p.who(ref)
    when = "already" if p.pub[ref] < p.pub[stale] else "later"
    n_more = p.n_reports(stale_rows, stale)
    text = (
        f"{explain.who(s_outlet, n_more, 'gives', 'give')} {p.describe(stale)} from {s_src} ({s_day}), lower "
        f"than the {p.figure(ref)} the same source had {when} given ({r_outlet}, {r_day})"
        + (f": {reason.replace('_', ' ')} figure." if reason else ".")
    )
    src = "-" if not p.has_src[stale] else str(int(p.src[stale]))
    anchor = f"s{src}:{_num(p.low[stale])}:{_num(p.high[stale])}"
    return p.candidate("revision_down", series_key, anchor, members, score, text, reason)


def _below_earlier_hour(p: _Prepared, rows: np.ndarray) -> np.ndarray:
    """For ``rows``: a report's current figure (the largest of its topic it tells at no earlier hour) below
    one of the same topic it tells at an earlier hour of the day ("In the first hours, fire officials
    spoke of 150 injured" ... the ministry's 82 later): the count came down since, a revision the report
    tells by its hours. Its parts (the seriously hurt, one country's share) are below the early count too,
    and are no revision."""
    out = np.zeros(len(rows), dtype=bool)
    pool = np.flatnonzero(p.growing & p.incident)
    told_early = p.earlier_hour(pool) if len(pool) else np.zeros(0, dtype=bool)
    if not told_early.any() or len(rows) == 0:
        return out
    highest: dict[tuple[int, int], float] = {}
    for r in pool[told_early].tolist():  # figures told at an earlier hour: few
        key = (int(p.topic[r]), int(p.article[r]))
        highest[key] = max(highest.get(key, -np.inf), float(p.low[r]))
    current: dict[tuple[int, int], float] = {}
    now = pool[~told_early]
    # only the reports that tell an early count: a loop over every growing figure would cost a full run
    now = now[np.isin(p.article[now], p.article[pool[told_early]])]
    for r in now.tolist():
        key = (int(p.topic[r]), int(p.article[r]))
        if key in highest:
            current[key] = max(current.get(key, -np.inf), float(p.low[r]))
    for k, r in enumerate(rows.tolist()):
        key = (int(p.topic[r]), int(p.article[r]))
        top, cur = highest.get(key), current.get(key)
        if top is None or cur is None or not (p.incident[r] and p.growing[r]):
            continue
        out[k] = p.low[r] >= cur - _tol(np.array([cur]))[0] and p.high[r] < top - _tol(np.array([top]))[0]
    return out


def _announced_revisions(p: _Prepared, taken: dict[int, set[int]]) -> list[Candidate]:
    """A later, lower incident or period figure whose sentence announces a revision ("the UN revised its
    toll down to 3,958", "the toll is 97, not the 115") is ``revision_down`` against the figure that
    stood before it for the same event, metric and subject -- whoever gave it (the extractor often
    credits a relayed revision to the relayed source, or to nobody) and however it was scoped. The
    figure that stood is the latest earlier, higher, precisely stated one (an "18,000 to 20,000"
    estimate or "about 500" is not what a revision replaces); the flag holds the lower claim and every
    earlier claim of that figure. A revision already flagged between the same two claims by the
    same-source rule (``taken``: each claim id of those flags -> the ids flagged with it) is left to
    that rule; another one of the same lower claim is not ("the ministry cut the toll to 253" revises
    both its own 290 and the police's 359 of the day before); figures a revision sentence itself
    replaces are never the lower side."""
    pool = np.flatnonzero(~p.cumulative & ~p.snapshot)
    # only figures below an earlier one of their topic can be announced revisions: read those sentences
    pm, _ = _prefix_max(p.topic, p.pub, p.low, pool)
    # ... or below a figure its own report gives ("cut the toll from the police's 359 to 253")
    in_report = transform_max(_combine(p.topic[pool], p.article[pool]), p.low[pool]) if len(pool) else pm
    lowered = pool[(p.high[pool] < pm - _tol(pm)) | (p.high[pool] < in_report - _tol(in_report))]
    lowered = lowered[p.announced(lowered) | p.lowered_to(lowered) | _below_earlier_hour(p, lowered)]
    lowered = lowered[~p.superseded(lowered)]
    if len(lowered) == 0:
        return []
    pool = pool[np.isin(p.topic[pool], p.topic[lowered])]
    order = np.argsort(p.topic[pool], kind="stable")
    by_topic, topics = pool[order], p.topic[pool][order]
    # one flag per series and lower figure: the first telling's words, every telling's claims
    told: dict[tuple[str, str], tuple[float, str, int]] = {}
    members_of: dict[tuple[str, str], np.ndarray] = {}
    for row in lowered.tolist():  # a loop over announced revisions only: few
        a0, a1 = np.searchsorted(topics, p.topic[row], "left"), np.searchsorted(topics, p.topic[row], "right")
        same = by_topic[a0:a1]
        before = same[
            # earlier, or the figure the same report says was replaced ("cut the toll from the police's 359")
            ((p.pub[same] < p.pub[row]) | ((p.article[same] == p.article[row]) & (same != row)))
            & (p.low[same] > p.high[row] + _tol(np.array([p.high[row]]))[0])
            & ~p.vague[same]
            & ~((p.wire[same] == p.wire[row]) & (p.article[same] != p.article[row]))
        ]
        # a higher figure in the announcing sentence itself is the one the revision replaces ("said 368
        # had been rescued, only to correct it to 164"), whatever the report gives elsewhere as current
        # (179 the next day); a correction sentence supersedes its own old figure, so look before that
        here = before[
            (p.article[before] == p.article[row]) & (p.sentence_code[before] == p.sentence_code[row])
        ]
        before = before[~p.superseded(before)]
        if len(before):
            # "the toll could reach as many as 10,000": a forecast is not a figure a revision replaces
            before = before[~p._said("forecast", before)]
        # told before it ("said 368 ..., corrected to 164"), or after "from" ("cut to 164 from 368")
        after_from = _TO_FROM.search(str(p.sentence[row])) is not None
        here = here[(p.claim[here] < p.claim[row]) | after_from]
        if len(here):
            r = int(here[np.argmax(p.claim[here])])
        elif len(before) == 0:
            continue
        else:
            r = int(before[np.lexsort((p.low[before], p.pub[before]))[-1]])  # the latest, then the highest
        flagged_with = taken.get(int(p.claim[row]))
        if flagged_with is not None and (
            int(p.claim[r]) in flagged_with
            # a lower figure the same-source rule holds is announced against another source's only when
            # its own report names that figure, stated exactly ("Police had given the toll as 359")
            or p.article[r] != p.article[row]
            or p.src[r] == p.src[row]
            or str(p.qualifier[r]) != "exact"
        ):
            continue
        earlier = before[np.abs(p.low[before] - p.low[r]) <= _tol(p.low[before])]
        members = np.unique(np.r_[row, earlier, r])
        gap = _gap(p, r, row)
        score = round(0.2 + 0.35 * p.authority((r,)) + 0.45 * min(1.0, gap / 0.1), 3)
        if int(_weakness(p, np.array([r]), np.array([row]))[0]):
            score = round(score * WEAK_FACTOR, 3)  # an unattributed correction, a subject naming nothing
        series_key = p.keys.series_key(int(p.series[row]))
        anchor = f"announced:{_num(p.low[row])}:{_num(p.high[row])}"
        key = (series_key, anchor)
        if key in told:
            # the same revision told again (a wire copy, another outlet): one flag holding every telling
            members_of[key] = np.unique(np.r_[members_of[key], members])
            continue
        members_of[key] = members
        s_outlet, s_src, s_day = p.who(row)
        r_outlet, r_src, r_day = p.who(r)
        text = (
            f"{s_outlet} gives {p.describe(row)} from {s_src} ({s_day}), announced as a revision: lower than "
            f"the {p.figure(r)} {r_src} had given ({r_outlet}, {r_day})."
        )
        told[key] = (score, text, row)
    return [
        p.candidate("revision_down", key[0], key[1], members_of[key], score, text, "revision", lead=row)
        for key, (score, text, row) in told.items()
    ]


def _num(x: float) -> str:
    return "inf" if not np.isfinite(x) else f"{x:.6g}"


# --------------------------------------------------------------------------------------------------
# attribution


def _credited_apart(srcs: np.ndarray, wires: np.ndarray) -> bool:
    """True when two different reports credit the figure to two different sources (``srcs``,
    ``wires``: the source and the report of each claim of it). One report naming two sources for one
    figure is corroboration ("the ministry and the civil defence both said 93"). Two sources and two
    reports are enough: a source in two reports is credited apart from the other source in one of
    them; sources each in one report sit in as many reports as there are."""
    return len(np.unique(srcs)) >= 2 and len(np.unique(wires)) >= 2


@lru_cache(maxsize=50_000)
def _is_person_name(name: str, kind: str) -> bool:
    """ "Irina Volkova": a source that is a person, not a body (``sources.looks_like_person``). A person
    quoted with a figure is most often speaking for a body that another report names instead ("the
    Investigative Committee"): two reports that differ only in that are not crediting the figure to
    rival sources."""
    return (
        kind in ("", "other")
        and len(name.split()) >= 2
        and looks_like_person(name)
        and _FIRM_WORDS.search(name) is None
    )


#: Words that make a capitalised name a firm or a research body, not a person ("Moody's Analytics",
#: "Private Forecaster AccuWeather", "Capital Economics"): their figures are their own.
_FIRM_WORDS = re.compile(
    r"['’]s\b|\b(?:analytics|forecasters?|research|economics|partners|associates|consult\w*|ratings|"
    r"insurance|insurers?|reinsurers?|capital|holdings|labs?|monitor|observatory|tracker|data|institute|"
    r"university|college|centre|center|foundation|fund|bank|corp|inc|ltd|llc|plc|co|company|corporation|"
    # ... or a carrier or an exchange ("Ethiopian Airlines", "Kenya Airways", "Nigerian Stock Exchange")
    r"airlines|airways|air|railways?|exchange|consortium|group|"
    # ... or a public body ("London Fire Brigade", "Rural Fire Service", "Kensington and Chelsea Council")
    r"brigade|service|services|police|council|agency|authority|department|office|commission|committee|"
    r"headquarters|hospital|ambulance|coastguard|guard|command|ministry|army|navy)\b"
    # ... or one named by its acronym ("NHS England", "WWF-Australia")
    r"|\b(?-i:[A-Z]{2,})\b",
    re.IGNORECASE,
)


_NAME_WORD = re.compile(r"[a-z0-9]+")
_GOVERNMENT = frozenset({"government"})
_OFFICIAL_KINDS = frozenset({"government", "ministry", "military"})
#: A head of state or government, or a minister, named as the speaker ("Foreign Minister Bilawal
#: Bhutto Zardari told", "said President Michel Aoun"): the state relaying its official figure, whichever
#: of its bodies counted it -- never a rival source of that figure.
_LEADER_SPEAKER = re.compile(
    r"\b(?:President|Prime\s+Minister|Premier|Chancellor|King|(?:[A-Z][a-z]+\s+)?Minister)"
    r"(?:\s+(?:of|for)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
)


@lru_cache(maxsize=50_000)
def _name_words(name: str) -> frozenset[str]:
    """The words of a source name that say which body it is: no articles, no nationality adjectives
    ("Lebanese", "Pakistani"), no "of"."""
    # "Guatemala's Forensic Institute": the owner names whose it is, as a nationality would
    words = set(_NAME_WORD.findall(_POSSESSOR_RE.sub(" ", name.lower()))) - {"the", "of", "and", "for"}
    return frozenset(w for w in words if not is_nationality(w))


_POSSESSOR_RE = re.compile(r"\b[\w-]+['’]s\b")


def _same_body(p: _Prepared, members: np.ndarray) -> np.ndarray:
    """Source ids of ``members``, with a source whose name says less than another's folded into it: "Health
    Ministry" (a generic mention the registry could not place) and "Lebanese Health Ministry" are one
    body, not two that an outlet confused."""
    srcs: np.ndarray = p.src[members].copy()
    ids = sorted(set(srcs.tolist()))
    if len(ids) < 2:
        return srcs
    words = {i: _name_words(str(p.source_name[members[srcs == i][0]])) for i in ids}
    official = [i for i in ids if str(p.source_kind[members[srcs == i][0]]) in _OFFICIAL_KINDS]
    for a in ids:
        if words[a] == _GOVERNMENT and len(official) > 1:
            # "the Pakistani government said" and its disaster agency giving one figure: the state
            # speaking through its agency, not two bodies an outlet confused
            srcs[srcs == a] = next(b for b in official if b != a)
    ids = sorted(set(srcs.tolist()))
    for a in ids:
        for b in ids:
            # the less specific name is the more specific body; names equal but for a nationality, one
            if a != b and words[a] and words[a] <= words[b] and (words[a] < words[b] or a < b):
                srcs[srcs == a] = b
    return srcs


def _most_reported(srcs: np.ndarray, wires: np.ndarray) -> int:
    """The source the most distinct reports credit (``srcs``, ``wires``: each claim's source and
    report); ties: the smallest source id, stable."""
    order = np.lexsort((wires, srcs))
    s, w = srcs[order], wires[order]
    per_report = s[np.r_[True, (s[1:] != s[:-1]) | (w[1:] != w[:-1])]]
    ids, counts = np.unique(per_report, return_counts=True)
    return int(ids[np.argmax(counts)])


def _figure_anchor(p: _Prepared, row: int, day: int, *, with_high: bool) -> str:
    """What an attribution conflict is about within its series: the figure (a range's two ends), and its
    day unless it is an incident's or a running total's (``day`` -1)."""
    anchor = _num(float(p.value[row])) + (f"-{_num(float(p.value_high[row]))}" if with_high else "")
    return anchor if day == -1 else f"{anchor}@{np.datetime64(day, 'D')}"


def _attribution_conflicts(p: _Prepared) -> list[Candidate]:
    # a stated range ("$225 billion to $250 billion") is as telling as an exact figure: both ends
    # must match below
    ranged = p.qualifiers.among(("range",)) & np.isfinite(p.value_high)
    precise = (p.qualifiers.among(PRECISE_QUALIFIERS) | ranged) & np.isfinite(p.value)
    rows = np.flatnonzero(p.has_src & precise)
    if len(rows):
        names, kinds = p.source_names.subset(rows), p.kinds.subset(rows)
        n_codes, n_uniq = names.codes, names.uniques
        k_codes, k_uniq = kinds.codes, kinds.uniques
        codes, first = np.unique(n_codes.astype(np.int64) * len(k_uniq) + k_codes, return_index=True)
        person = np.fromiter(
            (_is_person_name(str(n_uniq[n_codes[i]]), str(k_uniq[k_codes[i]])) for i in first.tolist()),
            dtype=bool,
            count=len(first),
        )
        rows = rows[~person[np.searchsorted(codes, n_codes.astype(np.int64) * len(k_uniq) + k_codes)]]
        a_codes, a_uniq = pd.factorize(p.attribution[rows])
        leader = np.fromiter(
            (_LEADER_SPEAKER.search(str(a)) is not None for a in a_uniq), dtype=bool, count=len(a_uniq)
        )
        is_leader = leader[a_codes] if len(a_uniq) else np.zeros(len(rows), dtype=bool)
    else:
        is_leader = np.zeros(0, dtype=bool)
    if len(rows) < 2:
        return []
    leader_row = np.zeros(p.n, dtype=bool)
    leader_row[rows[is_leader]] = True
    day = np.where(p.incident | p.cumulative, -1, p.day)
    high = np.where(ranged[rows], p.value_high[rows], -1.0)
    group = _combine(p.base[rows], _float_code(p.value[rows]), _float_code(high), day[rows])
    ns = transform_nunique(group, p.src[rows])
    nw = transform_nunique(group, p.wire[rows])
    hot = (ns >= 2) & (nw >= 2)
    rows, group = rows[hot], group[hot]
    order = np.argsort(group, kind="stable")
    rows, group = rows[order], group[order]
    current = ~p.superseded(rows)  # a figure a correction replaces is nobody's now
    out: list[Candidate] = []
    for start, stop in _runs(group):
        members = rows[start:stop][current[start:stop]]
        leaders = leader_row[members]
        if leaders.any() and (
            leaders.all() or np.isin(p.source_kind[members[~leaders]], list(_OFFICIAL_KINDS)).any()
        ):
            # a president and a prime minister, or a head of government relaying the figure one of the
            # state's bodies counted: one voice; only a body outside the state can be credited apart
            members = members[~leaders]
        if len(members) < 2:
            continue
        srcs = _same_body(p, members)
        if not _credited_apart(srcs, p.wire[members]):
            continue
        major_src = _most_reported(srcs, p.wire[members])
        major_rows = members[srcs == major_src]
        minor_rows = members[srcs != major_src]
        minor = int(minor_rows[np.argmin(p.pub[minor_rows])])
        major = int(major_rows[np.argmin(p.pub[major_rows])])
        m_outlet, m_src, _ = p.who(minor)
        j_outlet, j_src, _ = p.who(major)
        other_names = sorted({str(p.source_name[r]) for r in minor_rows} - {str(p.source_name[minor])})
        extra = f" (also credited to {', '.join(other_names)})" if other_names else ""
        text = (
            f"{explain.who(m_outlet, p.n_reports(minor_rows, minor), 'credits', 'credit')} {p.describe(minor)} "
            f"to {m_src}{extra}, while "
            f"{explain.who(j_outlet, p.n_reports(major_rows, major), 'attributes', 'attribute')} it to {j_src}."
        )
        score = round(0.25 + 0.5 * p.authority(members.tolist()), 3)
        if p.token_empty[members].any():  # the same number for a subject naming nothing: weaker
            score = round(score * WEAK_FACTOR, 3)
        series_key = p.keys.base_key(int(p.base[major]))
        anchor = _figure_anchor(p, major, int(day[major]), with_high=bool(ranged[major]))
        out.append(p.candidate("attribution_conflict", series_key, anchor, members, score, text, ""))
    taken = {c.fingerprint for c in out}
    return out + [c for c in _wire_copy_attribution_conflicts(p) if c.fingerprint not in taken]


#: words that name no particular body: two names sharing only these may still be two bodies
_GENERIC_NAME_WORDS = frozenset(
    ("government", "ministry", "department", "office", "agency", "authority", "authorities", "national",
     "federal", "state", "officials", "official", "service", "services", "council", "commission", "committee",
     "directorate", "administration", "organization", "group", "general", "public", "health", "city", "local",
     "regional", "international", "world", "united", "nations",
     # a field many bodies share: "Mine Safety and Health Administration" is not "West Virginia Office of
     # Miners' Health, Safety and Training"
     "safety", "security", "affairs", "management", "emergency")
)  # fmt: skip
#: a state's unnamed voices: "the Australian government", "Canberra officials", "officials in Kenya and
#: Tanzania" may speak for any of its bodies
_STATE_VOICE_WORDS = frozenset(
    ("government", "officials", "official", "authorities", "state", "administration", "national", "federal",
     "local", "regional", "city")
)  # fmt: skip
_BRITISH_SPELLING = (("defence", "defense"), ("organisation", "organization"), ("programme", "program"),
                     ("centre", "center"), ("labour", "labor"))  # fmt: skip


@lru_cache(maxsize=20_000)
def _body_words(name: str) -> frozenset[str]:
    """The words of a source name that say which body it is, spelled one way, with its places left out
    ("Gaza Civil Defence" -> civil, defense)."""
    from tracker.extraction.extract import default_registry

    low = name.lower()
    for uk, us in _BRITISH_SPELLING:
        low = low.replace(uk, us)
    registry = default_registry()
    words = _name_words(low)
    if registry is None:
        return words
    return frozenset(w for w in words if not (registry.is_place(w.title()) or registry.is_place(w.upper())))


@lru_cache(maxsize=20_000)
def _may_be_one_body(a: str, b: str) -> bool:
    """Two source names a copy editor could have given one body: a state's unnamed voices ("Australian
    Government" / "Canberra officials"), the same words spelled the other side of the Atlantic ("Civil
    Defence Directorate" / "Civil Defense Directorate"), or a shared word that names something."""
    wa, wb = _body_words(a), _body_words(b)
    if wa <= _STATE_VOICE_WORDS or wb <= _STATE_VOICE_WORDS:
        return True
    return wa == wb or bool((wa & wb) - _GENERIC_NAME_WORDS)


def _wire_copy_attribution_conflicts(p: _Prepared) -> list[Candidate]:
    """Two outlets running one wire story, word for word, credit the same figure to bodies that have
    nothing in common: one outlet's edit misattributed it. The figure is the same sentence's, so a vague
    one ("at least 37", "about 40") is as telling as an exact one; a copy that only drops one of two
    sources ("the ministry and the civil defence said 93" -> "the ministry said 93") shares a body with
    the original and is no conflict."""
    rows = np.flatnonzero(p.has_src & np.isfinite(p.value))
    if len(rows) < 2:
        return []
    day = np.where(p.incident | p.cumulative, -1, p.day)
    high = np.where(np.isfinite(p.value_high), p.value_high, -1.0)
    group = _combine(
        p.base[rows],
        _float_code(p.value[rows]),
        _float_code(high[rows]),
        day[rows],
        p.qualifiers.codes[rows].astype(np.int64),
        p.wire[rows],
    )
    hot = (transform_nunique(group, p.article[rows]) >= 2) & (transform_nunique(group, p.src[rows]) >= 2)
    rows, group = rows[hot], group[hot]
    if not len(rows):
        return []
    order = np.argsort(group, kind="stable")
    rows, group = rows[order], group[order]
    current = ~p.superseded(rows)
    out: list[Candidate] = []
    for start, stop in _runs(group):
        members = rows[start:stop][current[start:stop]]
        if len(members) < 2:
            continue
        arts = p.article[members]
        names = {int(a): {str(p.source_name[r]) for r in members[arts == a]} for a in np.unique(arts)}
        kinds = {str(p.source_name[r]): str(p.source_kind[r]) for r in members}
        if any(_is_person_name(n, kinds[n]) for n in kinds):
            continue  # a spokesman in one copy and his body in the other: one voice
        first = min(names, key=lambda a: int(p.pub[members[arts == a]].min()))
        others = [
            a
            for a in names
            if a != first and not any(_may_be_one_body(x, y) for x in names[a] for y in names[first])
        ]
        if not others:
            continue
        original = int(members[arts == first][0])
        copy = int(members[arts == others[0]][0])
        flagged = members[np.isin(arts, [first, *others])]
        c_outlet, c_src, _ = p.who(copy)
        o_outlet, o_src, _ = p.who(original)
        text = (
            f"{c_outlet}'s copy of a wire story credits {p.describe(copy)} to {c_src}, while the same story "
            f"in {o_outlet} attributes it to {o_src}."
        )
        score = round(0.25 + 0.5 * p.authority(flagged.tolist()), 3)
        anchor = _figure_anchor(
            p, original, int(day[original]), with_high=bool(np.isfinite(p.value_high[original]))
        )
        series_key = p.keys.base_key(int(p.base[original]))
        out.append(p.candidate("attribution_conflict", series_key, anchor, flagged, score, text, ""))
    return out


# --------------------------------------------------------------------------------------------------
# scope


def _largest_total(
    p: _Prepared, totals: np.ndarray, total_keys: np.ndarray, asked_keys: np.ndarray
) -> np.ndarray:
    """For each asked key: the total (row) of that key with the highest figure -- of equal ones, the
    first claim -- or -1 when no total has that key. Keys are dense codes."""
    out = np.full(int(max(total_keys.max(initial=-1), asked_keys.max(initial=-1))) + 1, -1, dtype=np.int64)
    order = np.lexsort((p.claim[totals], -p.high[totals], total_keys))
    keys = total_keys[order]
    first = np.r_[True, keys[1:] != keys[:-1]] if len(keys) else np.zeros(0, dtype=bool)
    out[keys[first]] = totals[order][first]
    found: np.ndarray = out[asked_keys]
    return found


def _high_or_nan(p: _Prepared, rows: np.ndarray) -> np.ndarray:
    """``p.high`` of ``rows``, NaN where a row is -1 (none)."""
    return np.where(rows >= 0, p.high[np.maximum(rows, 0)], np.nan)


def _row_or_nan(rows: np.ndarray) -> np.ndarray:
    """``rows`` as floats, NaN where a row is -1 (none)."""
    return np.where(rows >= 0, rows, np.nan)


def _rank_in_group(codes: np.ndarray) -> np.ndarray:
    """For each row: how many rows of its code come before it (0 for the first)."""
    order = np.argsort(codes, kind="stable")
    sorted_codes = codes[order]
    starts = np.r_[True, sorted_codes[1:] != sorted_codes[:-1]] if len(codes) else np.zeros(0, dtype=bool)
    run_start = np.maximum.accumulate(np.where(starts, np.arange(len(codes)), 0))
    rank = np.empty(len(codes), dtype=np.int64)
    rank[order] = np.arange(len(codes)) - run_start
    return rank


def _join(left: np.ndarray, right: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Positions (i, j) of every pair with ``left[i] == right[j]``, in the order of an inner
    ``merge``: by ``i``, then by ``j``."""
    order = np.argsort(right, kind="stable")
    sorted_right = right[order]
    lo = np.searchsorted(sorted_right, left, "left")
    counts = np.searchsorted(sorted_right, left, "right") - lo
    i = np.repeat(np.arange(len(left)), counts)
    j = order[
        np.repeat(lo, counts) + np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    ]
    return i, j


def _scope_conflicts(p: _Prepared) -> list[Candidate]:
    is_subset = p.keys.subject_class.among(SUBSET_CLASSES)
    is_total = p.cls == TOTAL_CLASS
    rows = np.flatnonzero(is_subset | is_total)
    if len(rows) < 2:
        return []
    fam = p.family[rows]
    has_s = transform_any(fam, is_subset[rows])
    has_t = transform_any(fam, is_total[rows])
    rows = rows[has_s & has_t]
    subsets = rows[is_subset[rows]]
    totals = rows[is_total[rows]]
    if len(subsets) == 0 or len(totals) == 0:
        return []
    # the largest total each subset is checked against: same day, or (growing incidents) published at
    # the same time or later, or (money/percent incidents) any time. Against the largest, not the
    # smallest: a subset is only in conflict with the event's total when it exceeds every total given,
    # since a small "total" is more often a part whose subject failed to say so.
    tot = pd.DataFrame(
        {
            "f": p.family[totals],
            "d": p.day[totals],
            "t": p.pub[totals],
            "hi": p.high[totals],
            "r": totals,
            "c": p.claim[totals],  # ties between equal totals go to the first claim, whatever the row order
        }
    ).sort_values("c", kind="stable")
    sub = pd.DataFrame({"f": p.family[subsets], "d": p.day[subsets], "t": p.pub[subsets], "s": subsets})
    n_tot = len(totals)
    same_day = _combine(np.r_[p.family[totals], p.family[subsets]], np.r_[p.day[totals], p.day[subsets]])
    best = _largest_total(p, totals, same_day[:n_tot], same_day[n_tot:])
    cand_hi = [_high_or_nan(p, best)]
    cand_r = [_row_or_nan(best)]
    later = tot.sort_values(["f", "t", "c"], ascending=[True, True, False], kind="stable").iloc[::-1]
    later["smax"] = later.groupby("f", sort=False)["hi"].cummax()
    at_max = np.where(later["hi"].to_numpy() >= later["smax"].to_numpy(), later["r"].to_numpy(), -1)
    later["sr"] = pd.Series(at_max, index=later.index).replace(-1, np.nan).groupby(later["f"]).ffill()
    later = later.iloc[::-1].sort_values("t", kind="stable")
    look = pd.merge_asof(
        sub.sort_values("t", kind="stable"),
        later[["t", "f", "smax", "sr"]],
        on="t",
        by="f",
        direction="forward",
    ).set_index("s")
    look = look.reindex(subsets)
    inc_growing = p.incident[subsets] & p.growing[subsets]
    cand_hi.append(np.where(inc_growing, look["smax"].to_numpy(dtype=np.float64), np.nan))
    cand_r.append(np.where(inc_growing, look["sr"].to_numpy(dtype=np.float64), np.nan))
    family = pd.factorize(np.r_[p.family[totals], p.family[subsets]])[0]
    anytime = _largest_total(p, totals, family[:n_tot], family[n_tot:])
    fixed = p.incident[subsets] & ~p.growing[subsets]
    cand_hi.append(np.where(fixed, _high_or_nan(p, anytime), np.nan))
    cand_r.append(np.where(fixed, _row_or_nan(anytime), np.nan))
    his = np.vstack(cand_hi)
    rs = np.vstack(cand_r)
    pick = np.argmax(np.where(np.isnan(his), -np.inf, his), axis=0)
    min_hi = his[pick, np.arange(len(subsets))]
    min_r = rs[pick, np.arange(len(subsets))]
    exceeds = ~np.isnan(min_hi) & (p.low[subsets] > min_hi + _tol(np.nan_to_num(min_hi)))
    # a growing toll's total told of an earlier day bounds nothing told of a later one ("a night-time
    # attack on Oct. 11 killed 10 people" against the 13 civilians of the Oct. 17 strike)
    picked_row = np.where(np.isnan(min_r), 0, min_r).astype(np.int64)
    exceeds &= ~((pick == 1) & (p.day[picked_row] < p.day[subsets]))
    s_rows = [subsets[exceeds]]
    t_rows = [min_r[exceeds].astype(np.int64)]
    reasons = [np.zeros(int(exceeds.sum()), dtype=np.int64)]
    # a total reported as a subset: the same stated figure (exact, or "about" it) in another report,
    # on the same day -- or, for an incident's figures, on any day: its figures describe one event
    # ("up to 5 million children" against "up to 5 million people" is the same ceiling given to both)
    stated = p.qualifiers.among(("exact", "about", "at_most"))
    # only children and women: "20 civilians" or "31 militants" for all 20 or 31 dead describes them
    exact_s = subsets[stated[subsets] & p.keys.subject_class.among(("children", "women"))[subsets]]
    exact_t = totals[stated[totals]]
    if len(exact_t):
        # ... a total that names everyone ("5 million people"), not a bare figure with no noun ("put the
        # number seized at 129" in a story of 129 girls seized), which names no wider group
        everyone = np.fromiter(
            (_names_everyone(str(x)) for x in p.subject[exact_t].tolist()), dtype=bool, count=len(exact_t)
        )
        exact_t = exact_t[everyone]
    if len(exact_s) and len(exact_t):
        day_s = np.where(p.incident[exact_s], -1, p.day[exact_s])
        day_t = np.where(p.incident[exact_t], -1, p.day[exact_t])
        # each subset figure against the first three totals of its family, day and value
        n_s = len(exact_s)
        value = pd.factorize(np.r_[p.value[exact_s], p.value[exact_t]], use_na_sentinel=False)[0]
        key = _combine(np.r_[p.family[exact_s], p.family[exact_t]], np.r_[day_s, day_t], value)
        first_three = _rank_in_group(key[n_s:]) < 3
        i, j = _join(key[:n_s], key[n_s:][first_three])
        s_eq, r_eq = exact_s[i], exact_t[first_three][j]
        ok = (p.article[s_eq] != p.article[r_eq]) & ~(p.wire[s_eq] == p.wire[r_eq])
        s_rows.append(s_eq[ok])
        t_rows.append(r_eq[ok])
        reasons.append(np.ones(int(ok.sum()), dtype=np.int64))
    s_all, t_all, r_all = np.concatenate(s_rows), np.concatenate(t_rows), np.concatenate(reasons)
    if len(s_all) == 0:
        return []
    copies = (p.wire[s_all] == p.wire[t_all]) & (p.article[s_all] != p.article[t_all])
    s_all, t_all, r_all = s_all[~copies], t_all[~copies], r_all[~copies]
    anchor = _combine(p.family[s_all], pd.factorize(p.cls[s_all])[0], _float_code(p.value[s_all]), r_all)
    order = np.argsort(anchor, kind="stable")
    s_all, t_all, r_all, anchor = s_all[order], t_all[order], r_all[order], anchor[order]
    out: list[Candidate] = []
    for start, stop in _runs(anchor):
        subset_rows = np.unique(s_all[start:stop])
        total_rows = np.unique(t_all[start:stop])
        members = np.unique(np.r_[subset_rows, total_rows])
        out.append(_scope_candidate(p, subset_rows, total_rows, members, bool(r_all[start] == 0)))
    return out


_EVERYONE_HEADS = frozenset(
    ("people", "persons", "residents", "civilians", "individuals", "adults", "passengers", "victims", "dead",
     "deaths", "casualties", "inhabitants", "population")
)  # fmt: skip


def _names_everyone(subject: str) -> bool:
    """Whether a total's subject names people at large ("5 million people", "the dead")."""
    words = re.findall(r"[a-z]+", subject.lower())
    return any(w in _EVERYONE_HEADS for w in words)


def _place_part_conflicts(p: _Prepared) -> list[Candidate]:
    """A crowd counted in one place against the count its own source gives for the whole country
    at the same event: larger ("500,000 at rallies nationwide, 800,000 of them in Tel Aviv": a part
    larger than its whole), or the very same figure in another report ("1.4 million marched across
    Germany" / "in Berlin, 1.4 million marched": the whole reported as one city's). Only one source's
    pair: police and organisers count on different scales. A protest event is one day's."""
    rows = np.flatnonzero(p.crowd & p.incident & p.has_src)
    if len(rows) < 2:
        return []
    tokens = p.keys.tokens[rows]
    wholes = rows[tokens == NATIONWIDE_TOKEN]
    parts = rows[(tokens != NATIONWIDE_TOKEN) & (tokens != "")]
    if len(wholes) == 0 or len(parts) == 0:
        return []
    left = pd.DataFrame({"e": p.event[parts], "m": p.metric[parts], "s": p.src[parts], "part": parts})
    right = pd.DataFrame({"e": p.event[wholes], "m": p.metric[wholes], "s": p.src[wholes], "whole": wholes})
    pairs = left.merge(right, on=["e", "m", "s"])
    if pairs.empty:
        return []
    part, whole = pairs["part"].to_numpy(dtype=np.int64), pairs["whole"].to_numpy(dtype=np.int64)
    copies = (p.wire[part] == p.wire[whole]) & (p.article[part] != p.article[whole])
    over = (p.low[part] > p.high[whole] + _tol(p.high[whole])) & ~copies
    stated_q = p.qualifiers.among(("exact", "about"))
    stated = stated_q[part] & stated_q[whole]
    same = (
        stated
        & (np.abs(p.value[part] - p.value[whole]) <= _tol(p.value[whole]))
        & (p.wire[part] != p.wire[whole])
    )
    out: list[Candidate] = []
    for kind_rows, equal in ((over, False), (same & ~over, True)):
        k_part, k_whole = part[kind_rows], whole[kind_rows]
        for r in np.unique(k_part).tolist():
            mine = k_whole[k_part == r]
            tot = int(mine[np.argmin(p.high[mine])])
            out.append(_place_part_candidate(p, r, tot, mine, equal=equal))
    return out


def _place_part_candidate(p: _Prepared, r: int, tot: int, mine: np.ndarray, *, equal: bool) -> Candidate:
    outlet, src, day = p.who(r)
    t_outlet, _, t_day = p.who(tot)
    where = "the same report" if p.article[r] == p.article[tot] else f"{t_outlet} ({t_day})"
    if equal:
        reason = "whole_as_part"
        text = (
            f"{outlet} reports {p.describe(r)} citing {src} ({day}), the figure the same source gives for "
            f"the whole country in {where} ({p.describe(tot)}): probably the nation's count reported as one place's."
        )
        score = round(0.3 + 0.3 * p.authority((r, tot)), 3)
    else:
        reason = "part_exceeds_whole"
        text = (
            f"{outlet} reports {p.describe(r)} citing {src} ({day}), more than the {p.describe(tot)} "
            f"the same source counted for the whole country that day in {where}: a part larger than its whole."
        )
        score = _part_score(p, r, tot)
    anchor = f"{p.keys.tokens[r]}:{_num(float(p.value[r]))}:{reason}"
    members = np.unique(np.r_[[r], mine])
    series_key = p.keys.series_key(int(p.series[r]))
    return p.candidate("scope_conflict", series_key, anchor, members, score, text, reason, lead=r)


def _explicit_part_conflicts(p: _Prepared) -> list[Candidate]:
    """A part the text itself ties to the figure before it ("the toll in Thailand rose to 20 ...
    Twenty-two of them were workers at the tower", "5,000 injured, 6,000 of them seriously") that is
    larger than that figure: the nearest earlier claim of the same article, event and metric that is
    not itself a part."""
    codes, uniq = p.keys.subject.codes, p.keys.subject.uniques
    marked = np.fromiter(
        (str(x).endswith(PART_MARK) or str(x) == "part" for x in uniq), dtype=bool, count=len(uniq)
    )
    is_part = marked[codes] if len(uniq) else np.zeros(len(p.subject), dtype=bool)
    # a percentage "of them" is a share of a share ("3% of the area, 86% of it searched"), not a count
    counted = ~p.keys.metric.among(("percent",))
    parts = np.flatnonzero(is_part & counted)
    if len(parts) == 0:
        return []
    wholes = np.flatnonzero(~is_part & counted & np.isin(p.article, p.article[parts]))
    if len(wholes) == 0:
        return []
    left = pd.DataFrame(
        {"a": p.article[parts], "e": p.event[parts], "m": p.metric[parts], "c": p.claim[parts], "part": parts}
    ).sort_values("c", kind="stable")
    right = pd.DataFrame(
        {
            "a": p.article[wholes],
            "e": p.event[wholes],
            "m": p.metric[wholes],
            "c": p.claim[wholes],
            "whole": wholes,
        }
    ).sort_values("c", kind="stable")
    pairs = pd.merge_asof(
        left, right, on="c", by=["a", "e", "m"], direction="backward", allow_exact_matches=False
    )
    pairs = pairs.dropna(subset=["whole"])
    if pairs.empty:
        return []
    part = pairs["part"].to_numpy(dtype=np.int64)
    whole = pairs["whole"].to_numpy(dtype=np.int64)
    over = p.low[part] > p.high[whole] + _tol(p.high[whole])
    out: list[Candidate] = []
    for r, w in zip(part[over].tolist(), whole[over].tolist(), strict=True):
        outlet, src, day = p.who(r)
        text = (
            f"{outlet} ({day}) gives {p.describe(r, with_subject=False)} as part of the {p.describe(w)} "
            f"just before it, citing {src}: a part larger than its whole."
        )
        score = _part_score(p, r, w)
        series_key = p.keys.series_key(int(p.series[w]))
        anchor = f"part:{_num(float(p.value[r]))}:{_num(float(p.value[w]))}:part_exceeds_whole"
        out.append(
            p.candidate(
                "scope_conflict",
                series_key,
                anchor,
                np.array(sorted((r, w))),
                score,
                text,
                "part_exceeds_whole",
                lead=w,
            )
        )
    return out


def _part_score(p: _Prepared, part: int, whole: int) -> float:
    """A part larger than its whole: the gap (saturating at 30%) and the higher authority."""
    return round(0.65 * min(1.0, _gap(p, part, whole) / 0.3) + 0.35 * p.authority((part, whole)), 3)


def _scope_candidate(
    p: _Prepared, subset_rows: np.ndarray, total_rows: np.ndarray, members: np.ndarray, exceeds: bool
) -> Candidate:
    sub = int(subset_rows[np.argmin(p.pub[subset_rows])])
    tot = int(total_rows[np.argmax(p.high[total_rows])])
    s_outlet, s_src, s_day = p.who(sub)
    t_outlet, t_src, t_day = p.who(tot)
    series_key = p.keys.series_key(int(p.series[sub]))
    if exceeds:
        reason = "subset_exceeds_total"
        score = _part_score(p, sub, tot)
        text = (
            f"{s_outlet} reports {p.describe(sub)} citing {s_src} ({s_day}), more than the "
            f"{p.describe(tot)} in total that {t_outlet} gives citing {t_src} ({t_day})."
        )
    else:
        reason = "total_as_subset"
        score = round(0.3 + 0.3 * p.authority((sub, tot)), 3)
        text = (
            f"{s_outlet} reports {p.describe(sub)} citing {s_src} ({s_day}), the same figure {t_outlet} "
            f"gives for everyone ({p.describe(tot)}, {t_src}): probably a total reported as a subset."
        )
    anchor = f"{p.cls[sub]}:{_num(float(p.value[sub]))}:{reason}"
    return p.candidate("scope_conflict", series_key, anchor, members, score, text, reason, lead=sub)


# --------------------------------------------------------------------------------------------------
# transposed digits


def _swapped_neighbours(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with two neighbouring digits swapped ("1052" / "1025"), among three
    significant digits or more: "1,200" and "2,100" are round figures, as likely a count that grew."""
    if len(a) != len(b) or a == b or min(len(a.rstrip("0")), len(b.rstrip("0"))) < 3:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


_FIGURE_WORDS_RE = re.compile(
    rf"\d[\d,.]*|\b(?:{NUMBER_WORD}|hundred|thousand|million|billion|dozens?|hundreds|thousands|millions)\b",
    re.IGNORECASE,
)
#: how alike two copies' sentences must be, figures masked, to be one sentence (rapidfuzz ratio, 0-100)
_SAME_SENTENCE = 88.0


def _masked(sentence: str) -> str:
    return _FIGURE_WORDS_RE.sub("#", " ".join(sentence.lower().split()))


def _figure_position(sentence: str, value: float) -> int:
    """Which of the sentence's figures (``_FIGURE_WORDS_RE``) is written as ``value`` (digits, a scale word
    after them read as written -- "1.2" of "1.2 million" -- or a number word up to twenty); the only one
    when the sentence has one; -1 when no telling."""
    tokens = _FIGURE_WORDS_RE.findall(sentence)
    for k, token in enumerate(tokens):
        if not token[:1].isdigit():
            if _SMALL_NUMBERS.get(token.lower()) == value:
                return k
            continue
        try:
            written = float(token.rstrip(".,").replace(",", ""))
        except ValueError:
            continue
        if any(abs(written * scale - value) <= 1e-6 * max(1.0, abs(value)) for scale in (1, 1e3, 1e6, 1e9)):
            return k
    return 0 if len(tokens) == 1 else -1


_SMALL_NUMBERS = {word: float(value) for word, value in WORD_UNITS.items()}


class _Flagged:
    """Which claims the flags found so far already hold together: the later rules add no second flag
    for a pair one flag already holds."""

    def __init__(self, found: list[Candidate]) -> None:
        self._of: dict[int, set[int]] = {}  # claim -> the flags holding it
        for k, c in enumerate(found):
            for claim in c.claim_ids:
                self._of.setdefault(claim, set()).add(k)

    def together(self, a: int, b: int) -> bool:
        return bool(self._of.get(a, set()) & self._of.get(b, set()))


def _two_reports(p: _Prepared, first: int, second: int, why: str) -> str:
    """The explanation of a pair of reports, the later first: "<outlet> reports <figure> citing <source>
    (<day>), while <earlier outlet> reported <figure> citing <source> (<day>)" and ``why``."""
    f_outlet, f_src, f_day = p.who(first)
    s_outlet, s_src, s_day = p.who(second)
    return (
        f"{s_outlet} reports {p.describe(second)} citing {s_src} ({s_day}), while {f_outlet} reported "
        f"{p.describe(first, with_subject=False)} citing {f_src} ({f_day}){why}"
    )


def _wire_copy_value_conflicts(p: _Prepared, found: list[Candidate]) -> list[Candidate]:
    """Two outlets running one wire story give one sentence with different figures of one quantity
    ("21 children" where the wire it carries says "12 children", "about 460,000" for "about 450,000"): an
    outlet's edit changed the figure.
    The rules above never pair two copies of one report (they would be one report twice); here the
    sentence itself, figures masked, shows the two are the same statement, so the figures cannot differ."""
    rows = np.flatnonzero(np.isfinite(p.value) & p.has_sentence)
    if len(rows) < 2:
        return []
    hot = transform_nunique(p.wire[rows], p.article[rows]) >= 2
    rows = rows[hot]
    if len(rows) < 2:
        return []
    group = np.full(p.n, -1, dtype=np.int64)
    group[rows] = _combine(p.wire[rows], pd.factorize(p.metric[rows])[0], pd.factorize(p.cls[rows])[0])
    flagged = _Flagged(found)
    out: list[Candidate] = []
    seen: set[tuple[int, int, float, float]] = set()
    i, j = _pairs(group, rows)
    for a, b in zip(i.tolist(), j.tolist(), strict=True):
        # a copy reproduces its wire's figure to the digit: any other figure is a change, even one an
        # "about" would cover ("about 460,000" for the wire's "about 450,000")
        high_a = p.value_high[a] if np.isfinite(p.value_high[a]) else p.value[a]
        high_b = p.value_high[b] if np.isfinite(p.value_high[b]) else p.value[b]
        if p.article[a] == p.article[b] or (p.value[a] == p.value[b] and high_a == high_b):
            continue
        if not (p.high[a] < p.low[b] or p.high[b] < p.low[a]) and p.qualifier[a] != p.qualifier[b]:
            continue  # "about 1,200" beside "1,234": a hedge put on, or read, differently; no figure changed
        if p.src[a] != p.src[b] and (p.has_src[a] or p.has_src[b]):
            continue  # a copy crediting another body is ``_wire_copy_attribution_conflicts``'s to read
        if flagged.together(int(p.claim[a]), int(p.claim[b])):
            continue  # already flagged together
        sa, sb = str(p.sentence[a]), str(p.sentence[b])
        ma, mb = _masked(sa), _masked(sb)
        if ma.count("#") != mb.count("#") or fuzz.ratio(ma, mb) < _SAME_SENTENCE:
            continue
        # the figure's place in its sentence: "12 children and 21 adults" against "21 children and 12
        # adults" pairs the n-th figure of one copy with the n-th of the other, never across
        at = _figure_position(sa, float(p.value[a]))
        if at < 0 or at != _figure_position(sb, float(p.value[b])):
            continue  # not the same figure of the sentence, or no telling which it is
        first, copy = (a, b) if (p.pub[a], p.claim[a]) <= (p.pub[b], p.claim[b]) else (b, a)
        # one flag per pair of copies and pair of figures (a figure the article repeats is one figure)
        key = (int(p.article[first]), int(p.article[copy]), float(p.value[first]), float(p.value[copy]))
        if key in seen:
            continue
        seen.add(key)
        c_outlet, c_src, c_day = p.who(copy)
        o_outlet, o_src, o_day = p.who(first)
        text = (
            f"{c_outlet}'s copy of a wire story gives {p.describe(copy)} citing {c_src} ({c_day}), where the "
            f"same sentence in {o_outlet} gives {p.describe(first, with_subject=False)} citing {o_src} "
            f"({o_day}): one copy changed the figure."
        )
        members = np.array(sorted((first, copy)), dtype=np.int64)
        score = round(0.6 + 0.35 * p.authority(members.tolist()), 3)
        # the two articles and the two figures name the flag (ids that outlive a re-extraction, as the
        # figures do)
        anchor = (
            f"copy:{int(p.article[first])}-{int(p.article[copy])}:"
            + _figure_anchor(p, first, -1, with_high=bool(np.isfinite(p.value_high[first])))
            + "/"
            + _figure_anchor(p, copy, -1, with_high=bool(np.isfinite(p.value_high[copy])))
        )
        series_key = p.keys.series_key(int(p.series[first]))
        out.append(p.candidate("value_conflict", series_key, anchor, members, score, text, "", lead=first))
    return out


def _transposed_figures(p: _Prepared, found: list[Candidate]) -> list[Candidate]:
    """Two stated figures of four digits or more, of one event, metric, class and scope, in two
    reports, whose digits differ by two neighbours swapped ("1,052" and "1,025", "202,796" and
    "220,796"): a typing slip in one of them, even where the rules above read no conflict (one of them
    later and lower from the same source); for a
    count that grows, only when the later is the lower or both describe one day. Subjects
    naming two different things are never paired; amounts of money only from one source (two donors'
    $130 million and $103 million are two gifts)."""
    whole = np.isfinite(p.value) & (p.value >= 1000) & (np.mod(p.value, 1.0) == 0)
    rows = np.flatnonzero(p.qualifiers.among(("exact",)) & whole & ~np.isnan(p.event))
    if len(rows) < 2:
        return []
    digits = np.array([str(int(v)) for v in p.value[rows].tolist()], dtype=object)
    signature = pd.factorize(np.array(["".join(sorted(d)) for d in digits], dtype=object))[0]
    scope = pd.factorize(np.where(p.cumulative[rows], "c", np.where(p.incident[rows], "i", "p")))[0]
    group = np.full(p.n, -1, dtype=np.int64)
    group[rows] = _combine(
        p.event[rows], pd.factorize(p.metric[rows])[0], pd.factorize(p.cls[rows])[0], scope, signature
    )
    # one figure per value and group (a named source's first report of it): a value repeated by a
    # hundred reports must not make a hundred times a hundred pairs
    firsts = pd.DataFrame(
        {
            "g": group[rows],
            "v": p.value[rows],
            "unnamed": ~p.has_src[rows],
            "t": p.pub[rows],
            "c": p.claim[rows],
            "r": rows,
        }
    ).sort_values(["g", "v", "unnamed", "t", "c"], kind="stable")
    rows = firsts.drop_duplicates(["g", "v"])["r"].to_numpy(dtype=np.int64)
    i, j = _pairs(group, rows)
    if len(i) == 0:
        return []
    tokens = p.keys.tokens
    flagged = _Flagged(found)
    out: list[Candidate] = []
    for a, b in zip(i.tolist(), j.tolist(), strict=True):
        if p.wire[a] == p.wire[b] or not (p.has_src[a] or p.has_src[b]):
            continue  # one report, or nobody's figure on either side
        if tokens[a] != tokens[b]:
            # "1,250 in Hatay" and "1,520 in Adana": two places' counts (and one series family, so an
            # incremental run finds what a full one does)
            continue
        if p.amount[a] and p.src[a] != p.src[b]:
            continue
        if not _swapped_neighbours(str(int(p.value[a])), str(int(p.value[b]))):
            continue
        if flagged.together(int(p.claim[a]), int(p.claim[b])):
            continue  # already flagged together
        first, second = (a, b) if (p.pub[a], p.claim[a]) <= (p.pub[b], p.claim[b]) else (b, a)
        if p.growing[first] and p.day[first] != p.day[second] and p.value[second] > p.value[first]:
            continue  # a toll that rose from 1,036 to 1,063 over days is a count going on
        text = _two_reports(
            p, first, second, ": the same digits with two swapped, probably a typing slip in one of them."
        )
        low, high = sorted((_num(float(p.value[a])), _num(float(p.value[b]))))
        series_key = p.keys.series_key(int(p.series[first]))
        members = np.array(sorted((a, b)), dtype=np.int64)
        score = round(0.4 + 0.3 * p.authority(members), 3)
        out.append(
            p.candidate(
                "value_conflict",
                series_key,
                f"transposed:{low}:{high}",
                members,
                score,
                text,
                "transposed_digits",
                lead=first,
            )
        )
    return out


_CAPITALISED_RE = re.compile(r"\b[A-Z][a-z]{3,}")
_NOT_A_NAME = frozenset(("this", "that", "these", "those", "their", "some", "more", "most", "about"))


def _part_key(subject_class: str, subject: str) -> str:
    """What tells two parts of one breakdown apart: their class ("women", "children") and the people or
    places their subject names by a capitalised word, stemmed ("Swedes" and "Swedish victims" are one
    part, "Estonians" another)."""
    names = sorted(
        {w[:4].lower() for w in _CAPITALISED_RE.findall(subject) if w[:4].lower() not in _NOT_A_NAME}
    )
    return f"{subject_class}|{' '.join(names)}"


#: the smallest figure a swapped breakdown is read in: "3 women and 4 children" a day after "4 women and 3
#: children" is as likely a count being corrected as two parts transposed
_SWAP_MIN = 10.0


def _swapped_breakdowns(p: _Prepared, found: list[Candidate]) -> list[Candidate]:
    """Two reports of one event give the same two parts of a breakdown with their figures swapped ("11
    women and 13 children" in one, "13 women and 11 children" in the other): one of them transposed the
    parts. Each part's pair is a value conflict, even where the rules above read a rise over days or
    did not pair the reports (a wire and the copy carrying it). The figures must be stated exactly, or
    with one qualifier, be ``_SWAP_MIN`` or more, and be credited to one source or to no one on one side."""
    rows = np.flatnonzero(
        ~np.isnan(p.event)
        & np.isfinite(p.value)
        & (p.value >= _SWAP_MIN)
        & np.isnan(p.value_high)
        & ~p.vague
        & ~p.crowd
    )
    if len(rows) < 4:
        return []
    pair_codes = _combine(p.keys.subject_class.codes[rows], p.keys.subject.codes[rows])
    uniq, where = np.unique(pair_codes, return_inverse=True)
    firsts = np.zeros(len(uniq), dtype=np.int64)
    firsts[where] = rows  # any row of each distinct class and subject
    keys_of, _keys = pd.factorize(
        np.array([_part_key(str(p.cls[r]), str(p.subject[r])) for r in firsts.tolist()], dtype=object)
    )
    df = pd.DataFrame(
        {
            "f": p.keys.family[rows],
            "a": p.article[rows],
            "k": keys_of[where],
            "v": p.value[rows],
            "q": p.qualifiers.codes[rows],
            "r": rows,
        }
    ).drop_duplicates(["f", "a", "k", "v"])
    n_parts = df.groupby(["f", "a"])["k"].transform("nunique")
    df = df[n_parts >= 2]
    if df.empty:
        return []
    pairs = df.merge(df, on=["f", "a"], suffixes=("1", "2"))
    pairs = pairs[(pairs["k1"] < pairs["k2"]) & (pairs["v1"] != pairs["v2"]) & (pairs["q1"] == pairs["q2"])]
    if pairs.empty:
        return []
    mirrored = pairs.merge(
        pairs,
        left_on=["f", "k1", "k2", "v1", "v2", "q1"],
        right_on=["f", "k1", "k2", "v2", "v1", "q1"],
        suffixes=("", "_o"),
    )
    mirrored = mirrored[mirrored["a"] < mirrored["a_o"]]
    flagged = _Flagged(found)
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    for rec in mirrored.itertuples(index=False):
        # each part with its own part in the other report (the join matched part one's figure there
        # to part two's here)
        for a, b in ((int(rec.r1), int(rec.r1_o)), (int(rec.r2), int(rec.r2_o))):
            key = (min(a, b), max(a, b))
            if key in seen:
                continue
            seen.add(key)
            if p.has_src[a] and p.has_src[b] and p.src[a] != p.src[b]:
                continue  # two bodies' breakdowns may differ as their counts do
            if flagged.together(int(p.claim[a]), int(p.claim[b])):
                continue  # already flagged together
            first, second = (a, b) if (p.pub[a], p.claim[a]) <= (p.pub[b], p.claim[b]) else (b, a)
            text = _two_reports(
                p,
                first,
                second,
                ", and the two reports give the other part of the breakdown the other way round: the parts' "
                "figures swapped in one of them.",
            )
            low, high = sorted((_num(float(p.value[a])), _num(float(p.value[b]))))
            members = np.array(sorted((a, b)), dtype=np.int64)
            out.append(
                p.candidate(
                    "value_conflict",
                    p.keys.series_key(int(p.series[first])),
                    f"swapped:{low}:{high}:{p.article[first]}:{p.article[second]}",
                    members,
                    round(0.5 + 0.3 * p.authority(members), 3),
                    text,
                    "swapped_breakdown",
                    lead=first,
                )
            )
    return out


# --------------------------------------------------------------------------------------------------


def compare(
    frame: pd.DataFrame | SeriesIndex, *, series_keys: Iterable[str] | None = None, now: Any = None
) -> list[Candidate]:
    """Discrepancy candidates in ``frame`` (the contract in ``frame.py``), sorted by kind and fingerprint.

    ``frame`` may be a ``SeriesIndex`` built once over a large frame, for fast incremental runs.

    ``series_keys``: compare only those series (with their families, for scope checks) -- the
    incremental run; candidates outside the families of those series are not returned. ``now``:
    ignore claims published after this instant (reproducible re-runs).
    """
    keys = None if series_keys is None else list(series_keys)
    p = _prepare(frame, keys, now)
    if p is None:
        return []
    revisions = _revisions(p)
    taken: dict[int, set[int]] = {}
    for cand in revisions:
        ids = {int(c) for c in cand.claim_ids}
        for c in ids:
            taken.setdefault(c, set()).update(ids)
    revisions += _announced_revisions(p, taken)
    found = _value_conflicts(p) + revisions + _attribution_conflicts(p) + _scope_conflicts(p)
    found += _place_part_conflicts(p) + _explicit_part_conflicts(p)
    found += _transposed_figures(p, found)
    found += _swapped_breakdowns(p, found)
    found += _wire_copy_value_conflicts(p, found)
    if keys is not None:
        families = {family_of(k) for k in keys}
        found = [c for c in found if family_of(c.series_key) in families]
    return sorted(found, key=lambda c: (c.kind, c.fingerprint))
