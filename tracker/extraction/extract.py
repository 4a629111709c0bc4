"""Public entry point: ``extract_claims(text) -> list[ExtractedClaim]``.

Pipeline per article: find number atoms once over the whole text (one precompiled regex), drop the
ones that are never claims (dates, ages, names ...), then walk paragraphs and sentences in order,
keeping the article's attribution history for pronouns ("It said"), the paragraph's last
attribution for carried-over figures, and the last running-total start date.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from tracker.extraction import attribution as attr
from tracker.extraction import crowds, object_states
from tracker.extraction.dates import (
    CALENDAR_WORDS,
    EARLIER_DAY_HINT,
    forget_dates,
    known_start,
    last_named_day,
)
from tracker.extraction.exclusions import exclusion_reason, phone_spans
from tracker.extraction.metrics import (
    OTHER_NOUNS,
    PEOPLE_METRICS,
    aid_recipients,
    cases_of,
    composed_subset,
    died_of_wounds,
    elided_cause,
    elided_class,
    given_aid,
    handled_bodies,
    members_of_named_group,
    metric_from_subject,
    metric_near,
    money_subject,
    more_of,
    names_subset,
    new_clause,
    own_predicate,
    partitive_total,
    percent_change,
    place_population,
    read_subject,
    rising_toll,
    state_noun_event,
    strength_class,
    subject_class,
    subset_class,
    toll_subject,
    troops_by_nationality,
    vote_side,
)
from tracker.extraction.numbers import NUMBER_WORD, VAGUE_COUNTS, NumberMention, scan_numbers
from tracker.extraction.prefilter import CaselessPattern
from tracker.extraction.qualifiers import DEFAULT_TOLERANCES, Tolerances, find_qualifier, interval
from tracker.extraction.scope import (
    act_scope,
    aid_flow_scope,
    continues_running,
    first_hours_scope,
    given_so_far,
    incident_total,
    parse_since_date,
    place_extent,
    scope_of,
    split_sentences,
    sudden_story,
    transit_scope,
    war_state,
    war_story,
)
from tracker.extraction.sources import LANGUAGES, looks_like_person
from tracker.extraction.types import ExtractedClaim, SourceMatch

if TYPE_CHECKING:
    from tracker.extraction.sources import SourceRegistry

_PARAGRAPH_RE = re.compile(r"[^\n]+")
_LINKER_RE = CaselessPattern(
    re.compile(
        r"\b(?:including|includes?|included|among\s+them|among\s+whom|of\s+them|of\s+whom|mostly|mainly|many\s+of\s+them|most\s+of"
        r"\s+them|followed\s+by|of\s+which|and|as\s+well\s+as|plus|together\s+with|along\s+with)\b|[,(]\s*$",
        re.IGNORECASE,
    )
)
#: no caseless twin: every branch opens on ";", "," or a space, which re already scans for fast
_SEGMENT_RE = re.compile(
    r";|\s(?:while|whereas|but)\s|,\s+(?:as|although|though|even\s+as|after|when|because|before)\s"
    r"|,\s+(?:in|during)\s+which\s",
    re.IGNORECASE,
)
_SAYING_AFTER_RE = re.compile(
    r"^[\s,;]*(?:after|before|while)\s+(?:saying|announcing|reporting|telling\s+\w+|stating|confirming)\b",
    re.I,
)
_SAYING_CLAUSE_RE = re.compile(r",\s+(?:saying|adding|stating|estimating|recording|reporting)\b", re.I)
_WHO_TAIL = r"\s+(?:had\s+|have\s+|were\s+|was\s+|later\s+)?(?=[a-z])"
_WHO_CLAUSE_RE = re.compile(rf"\s+(?:who|that){_WHO_TAIL}")
#: "two people whose bodies have not been found", "The bodies of two victims, ..., were never recovered"
_WHOSE_BODIES_NOT_FOUND_RE = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?whose\s+(?:bodies|remains)\s+(?:have|had|were|was|are)?\s*(?:still\s+)?(?:not|never)\s+"
    r"(?:yet\s+)?(?:been\s+)?(?:found|recovered|located)",
    re.IGNORECASE,
)
_BODIES_OF_BEFORE_RE = re.compile(r"\b(?:bodies|remains)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_NEVER_RECOVERED_RE = re.compile(
    r"^[^.;]{0,120}?\b(?:were|was|have|has|had)\s+(?:still\s+)?(?:not|never)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:found|recovered|located)\b",
    re.IGNORECASE,
)


_CROWD_VERB_AFTER_RE = re.compile(
    r"\s+(?:had\s+|have\s+|has\s+)?(?:gathered|crowded|lined|assembled|rallied|flocked|thronged|packed|queued"
    r"|converged|turned\s+out)\b",
    re.IGNORECASE,
)
#: "Some 300 hostages gathered in the hall were freed": the crowd verb a participle, the main verb later
_LATER_MAIN_VERB_RE = re.compile(
    r"[^,.;]*?\b(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\b", re.IGNORECASE
)
#: a group's size set off after its name: "The commandos, about 100 of them, ..."
_APPOSED_SIZE_BEFORE_RE = re.compile(
    r"\s*(?:(?:The|Its|Their|His|Her|the|its|their)\s+)(?P<np>(?:[\w'’-]+\s+){0,3}[\w'’-]+),\s+$"
)
_OF_THEM_COMMA_RE = re.compile(r"\s+of\s+them\s*,", re.IGNORECASE)
_RELATIVE_SPEAKER_AFTER_RE = re.compile(
    r",\s+(?:which|whose)\s+(?!(?:also\s+|later\s+|then\s+)?(?:said|says|told|reported|added|put|puts|estimated"
    r"|estimates|counted|counts|gave|gives|confirmed|announced)\b)[^,;]*$",
    re.IGNORECASE,
)


_CONSEQUENCE_BETWEEN_RE = re.compile(
    r"[^.;]*?,\s+(?:prompting|leading|forcing|sparking|triggering|drawing|provoking|spurring)\b",
    re.IGNORECASE,
)
#: a mention that opens with the relative word itself ("whose dam engineers feared")
_RELATIVE_WORD_AT_RE = re.compile(r"(?:which|whose)\s+(?!(?:said|says|told|reported)\b)", re.IGNORECASE)


def _bodies_not_found(text: str, m: NumberMention, s_start: int, s_end: int) -> bool:
    """The dead whose bodies were never found ("two people whose bodies have not been found", "the bodies
    of two victims ... were never recovered"): missing, as the labels of a toll's unrecovered dead are."""
    if _WHOSE_BODIES_NOT_FOUND_RE.match(text, m.end, min(s_end, m.end + 80)):
        return True
    return bool(
        _BODIES_OF_BEFORE_RE.search(text, max(s_start, m.start - 20), m.start)
        and _NEVER_RECOVERED_RE.match(text[m.end : s_end])
    )


#: "329 cases, 42 of them fatal", "cases, of which 311 were fatal": the part of the cases that died
_FATAL_PART_RE = re.compile(
    r"\s+of\s+(?:them|whom|which)\s+(?:were\s+|was\s+|proved\s+)?fatal\b", re.IGNORECASE
)
_WHO_ONLY_RE = re.compile(rf"\s+who{_WHO_TAIL}")


#: a side of a vote named by its capitalised words: "Remain", "Al Gore"
_VOTE_SIDE = r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*"
_VOTES_TO_BEFORE_RE = re.compile(
    rf"\b[\d,]+\s+votes?\s+(?:to|against)\s+(?:(?P<side>{_VOTE_SIDE})['’]s?\s+)?$"
)
_VOTES_TO_AFTER_RE = re.compile(rf"\s*votes?\s+(?:to|against)\s+(?:(?P<side>{_VOTE_SIDE})['’]s?\s+)?[\d,]+")
#: the side a tally's first figure went to: "Leave won 17,410,742 votes to Remain's 16,141,241"
_VOTE_WINNER_RE = re.compile(
    rf"\b(?P<who>{_VOTE_SIDE})\s+(?:won|got|received|took|polled|secured|garnered)\s+$"
)
_CHAMBER_RE = re.compile(
    r"\b(?:the\s+)?(?:National\s+Assembly|Senate|House\s+of\s+(?:Representatives|Commons|Lords)|House|Congress"
    r"|Parliament|parliament|Bundestag|Bundesrat|Duma|Knesset|Lok\s+Sabha|Rajya\s+Sabha|Diet"
    r"|(?:[A-Z][\w-]*\s+)?(?:Assembly|Council|Legislature))\b"
)
_INCLUDES_OPENER_RE = re.compile(
    r"\s*(?:That|This|It|The\s+(?:toll|total|figure|count|tally))\s+(?:includes|included|comprises|comprised)"
    r"\s+(?:(?:about|some|nearly|more\s+than|at\s+least)\s+)?$"
)


def _said_from(text: str, s_start: int, q_start: int) -> int:
    """Where what a participle says begins in the sentence before a figure ("..., a lower one of the
    dead, saying more than 350,000 had made the journey"): the count named before it is not the figure's."""
    return max((c.end() for c in _SAYING_CLAUSE_RE.finditer(text, s_start, q_start)), default=s_start)


_SUBORDINATE_RE = re.compile(
    r"^[\s,;]*(?:as|although|though|even\s+as|after|when|because|before|while|whereas|but)\b", re.I
)
_MILITARY = ("army", "military", "idf", "defense forces", "defence forces", "forces", "troops")


_INITIALS_RE = re.compile(r"(?:the\s+)?[A-Z]{3,6}")


def _synonym_in(word: str, phrase: str) -> bool:
    """Whether a head's synonym is in a lowercased phrase; initials ("who", "iom") only as whole words."""
    if len(word) <= 4 and word.isalpha():
        return re.search(rf"\b{word}\b", phrase) is not None
    return word in phrase


_HEAD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "army": _MILITARY,
    "military": _MILITARY,
    "forces": _MILITARY,
    "agency": (
        "agency",
        "defence",
        "defense",
        "unrwa",
        "afad",
        "ocha",
        "unicef",
        "unhcr",
        "wfp",
        "programme",
        "program",
        "authority",
        "administration",
        "bureau",
        # UN and national agencies known by their initials: "the WHO ... the agency said"
        "who",
        "iom",
        "fao",
        "cdc",
        "fema",
        "usaid",
        "iaea",
        "centers for disease",
        # a UN body named in full: "the Pan American Health Organization ... the agency said"
        "organization",
        "organisation",
    ),
    "group": ("group", "hamas", "hezbollah", "organisation", "organization"),
    # "the pair", "the researchers": the scholars or the two people named before
    "pair": (" and ", "researchers", "scientists", "scholars", "academics"),
    "duo": (" and ", "researchers", "scientists", "scholars", "academics"),
    "researchers": ("researchers", "scientists", "scholars", "academics", "university", "professor"),
    "scholars": ("researchers", "scientists", "scholars", "academics", "university", "professor"),
    # "Executive Vice-Minister of Health Gao Qiang said ... the ministry put": a portfolio's minister
    # speaks for the ministry (never a prime minister, who holds none)
    "ministry": ("ministry", "minister of ", "minister for "),
    "office": ("office",),
    "force": ("police", "force"),  # "the force" after "the police"
}
_PARTITIVE_OF_RE = re.compile(r"^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|his\s+|her\s+)?$", re.IGNORECASE)
_CROWD_RE = CaselessPattern(
    re.compile(
        r"\b(?:turnout|crowds?|attendance|participation|number\s+of\s+(?:protesters|demonstrators|marchers"
        r"|people|participants))\b(?:\s+\w+){0,4}\s+(?:at|to|of|was|reached|stood\s+at)\s+(?:\w+\s+){0,2}$",
        re.IGNORECASE,
    )
)
#: Cheap pre-check: a sentence without any of these has no date for resolve_as_of to find. Two
#: patterns, asked once a sentence: the words, case-insensitive (which a lowered copy scans fastest),
#: and "May" (never "may"), years and numeric dates.
_DATE_HINT_WORDS_RE = CaselessPattern(
    re.compile(
        r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
        r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
        r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|overnight|weekend|last\s+night"
        r"|(?:that|same|previous|preceding|following|next)\s+(?:day|night|evening|morning|afternoon)"
        r"|days?\s+(?:earlier|before|later|after|ago)"
        r"|(?:last|this|earlier\s+this|next)\s+(?:week|month|year|morning|afternoon|evening))\b",
        re.IGNORECASE,
    )
)
_DATE_HINT_CASED_RE = re.compile(
    r"\b(?:May\b|MAY\b|(?:19|20)\d\d\b(?![,.]\d)|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b)"
)


def _has_date_hint(sentence: str) -> bool:
    return (
        _DATE_HINT_WORDS_RE.search(sentence) is not None or _DATE_HINT_CASED_RE.search(sentence) is not None
    )


#: the homes and households an outage or a shortage leaves without: people where they live
_HOMES_AFFECTED_RE = re.compile(
    r"\b(?:homes|households|families|houses|dwellings|customers|consumers|residences|subscribers|users)\b",
    re.IGNORECASE,
)
#: a market index, whose moves are counted in its own points
_MARKET_INDEX_RE = re.compile(
    r"\b(?:index|indices|indexes|Dow|Nasdaq|FTSE|Nikkei|DAX|CAC|S&P|Hang\s+Seng|Sensex|Stoxx|benchmark)\b"
)
_UNIT_METRICS = frozenset(("percent", "money"))
_IMPERSONAL_RE = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:estimated|thought|believed|put|reckoned"
    r"|expected|projected|forecast|feared)\b|\bit\s+is\s+(?:estimated|thought|believed)\b",
    re.IGNORECASE,
)
_FAMILY_RE = re.compile(r"\b(?:families|households|others|dead)\b", re.IGNORECASE)
#: what may stand between a count and the list a colon opens on it ("four other people on Saturday: ")
_LIST_COLON_RE = re.compile(r"[^.;:]{0,40}:\s*")
#: classes a listed person may get: people's, or "other" for a noun no list names ("two owners of factories")
_LISTED_PERSON_CLASSES = frozenset(
    ("people", "children", "women", "soldiers", "militants", "civilians", "other")
)
#: captives who got free by themselves: "57 of them escaped", "43 girls had escaped", "Dozens got away"
_ESCAPED_AFTER_RE = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:had\s+|have\s+|has\s+|later\s+|eventually\s+)?(?:escaped|got\s+away"
    r"|managed\s+to\s+(?:escape|flee|get\s+away)|fled\s+their\s+captors)\b"
)
_TAKEN_FROM_AFTER_RE = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:were|was|had\s+been|have\s+been|being)\s+(?:taken|snatched|carried\s+off|led\s+away)"
    r"\s+(?:away\s+)?from\b"
)
_CAPTIVITY_RE = re.compile(
    r"\b(?:captiv\w*|abduct\w*|kidnap\w*|hostages?|captors?|seized|snatched)\b", re.IGNORECASE
)
#: people held by the law, whose escape is a jailbreak: no rescue
_HELD_BY_LAW_RE = re.compile(r"\b(?:inmates|prisoners|detainees|convicts|suspects)\b", re.IGNORECASE)


def _captives_fate(text: str, end: int, s_start: int, s_end: int, subject: str, metric: str) -> str:
    """What befell the people a figure ending at ``end`` counts, in a story of captivity: "of whom 53
    escaped, leaving 223 in captivity" (rescued), "276 girls were taken from the school" (hostages);
    ``metric`` otherwise. Inmates escaping a jail are no captives, nor is anyone where the story tells of
    no abduction."""
    after = text[end : min(s_end, end + 80)]
    if _ESCAPED_AFTER_RE.match(after):
        fate = "rescued"
    elif metric != "hostages" and _TAKEN_FROM_AFTER_RE.match(after):
        fate = "hostages"
    else:
        return metric
    if _HELD_BY_LAW_RE.search(subject) or _CAPTIVITY_RE.search(text, max(0, s_start - 400), s_end) is None:
        return metric
    return fate


_HOME_TO_RE = re.compile(
    r"\b(?:is|are|was|were)\s+home\s+to\s+(?:(?:some|about|around|nearly|almost|roughly|more\s+than|over"
    r"|an\s+estimated)\s+)?$|\b(?:has|had)\s+a\s+population\s+of\s+(?:(?:some|about|around|nearly|almost|roughly"
    r"|more\s+than|over|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
#: "... has appealed for $2.7 billion but has received only 16%": the clause goes on with the same subject
_SAME_SUBJECT_RE = re.compile(
    r"^[\s,;]*(?:but|while|and)\s+(?:also\s+|only\s+|still\s+|so\s+far\s+|later\s+|then\s+|subsequently\s+"
    r"|afterwards\s+|eventually\s+|quickly\s+|soon\s+)?(?:has|have|had|is|are|was|were"
    r"|did|does|will|would|could|said|says|added|put|gave|reported|counted|recorded|estimated"
    # "..., but later lowered that figure to 110": the speaker of the first clause corrects itself
    r"|lowered|raised|revised|cut|corrected|updated|reduced|increased|changed|amended)\b",
    re.IGNORECASE,
)
#: "At least 40 people were killed. Officials said the toll could rise.": the next sentence names the
#: source of the figure it refers back to
_BACK_REFERENCE_RE = CaselessPattern(
    re.compile(
        r"\b(?:the|that|this|those|these)\s+(?:death\s+|casualty\s+|provisional\s+|official\s+)?(?:toll|figures?"
        r"|numbers?|tally|count|estimates?)\b",
        re.IGNORECASE,
    )
)
#: a sentence opening on a clause of when, up to the figure ("One year after gunmen killed", "Days
#: before the storm made landfall")
_OPENING_TIME_CLAUSE_RE = re.compile(
    r"\W*(?:(?:(?:one|two|three|four|five|six|a|an|several|some|\d+)\s+(?:years?|months?|weeks?|days?|hours?)"
    r"|days|weeks|months|years|hours|shortly|soon|just|only|moments|a\s+day|the\s+day)\s+)?"
    r"(?:after|since|before)\s+[^,;:\"“”]*$",
    re.IGNORECASE,
)
_MAIN_VERB_RE = re.compile(
    r"\b(?:have|has|had|were|was|are|is|died|remain|remained|fled|will|would)\b", re.IGNORECASE
)
_TEMPORAL_RE = re.compile(
    r"^[\s,;]*(?:as|after|when|before|because|in\s+which|during\s+which)\b", re.IGNORECASE
)
#: a relative clause describing a speaker, and the words that make it a report of its own ("The doctors'
#: committee, which has counted 101 dead, says"; "X, whose estimate of 480 million animals ...")
_SPEAKER_RELATIVE_RE = re.compile(r",\s+(?:who|which|whose)\b", re.IGNORECASE)
_RELATIVE_REPORTS_RE = re.compile(
    r"\b(?:count\w*|estimat\w*|tall\w*|toll|figures?|record\w*|report\w*|says?|said|put|puts|gave|gives|lists?"
    r"|listed|documented|registered|logged|believes?|thinks?)\b",
    re.IGNORECASE,
)
#: the outlet's own count: "our count of the dead", "by our tally"
_OUR_COUNT_RE = re.compile(
    r"\bour\s+(?:own\s+)?(?:count|tally|figures|estimate|reckoning|calculations?|analysis|review)\b",
    re.IGNORECASE,
)
#: a decision, whose relative clauses describe its background ("ordered ..., in which 163 were killed")
_DECISION_END_RE = re.compile(
    r"\b(?:ordered|ruled|decided|decreed|approved|passed|voted|instructed|directed|sentenced|convicted)$",
    re.IGNORECASE,
)
_RELATIVE_OPENER_RE = re.compile(r",\s+(?:in\s+which|during\s+which|which|where|when)\b", re.IGNORECASE)
#: a figure inside what a speaker denies: "has rejected reports that", "denied claims that"
_DENIED_REPORTS_RE = re.compile(
    r"\b(?:rejected|rejects|denied|denies|dismissed|dismisses|disputed|disputes|refuted|refutes|played\s+down"
    r"|plays\s+down)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:reports?|claims?|accounts?|suggestions?|allegations?|figures?"
    r"|estimates?|rumou?rs?)\s+(?:that|of)\b",
    re.IGNORECASE,
)
_STILL_HELD_RE = re.compile(
    r"\s*(?:are|were|is|was|remain|remained|remains)\s+(?:still\s+)?(?:being\s+)?held\b", re.IGNORECASE
)
#: people a state holds, whatever story they are in
_HELD_BY_STATE_RE = re.compile(
    r"\b(?:protesters|demonstrators|suspects|detainees|prisoners|inmates|migrants|asylum|activists|journalists"
    r"|opponents|rioters|students\s+arrested)\b",
    re.IGNORECASE,
)
_CAPTIVITY_RE = re.compile(r"\b(?:kidnap\w*|abduct\w*|captiv\w*|captors?|hostages?|seized)\b", re.IGNORECASE)
_COUNT_STOOD_RE = re.compile(
    r"\s*(?:the|that|this|its|their)\s+(?:[\w-]+\s+){0,6}?(?:count|tally|total|figure)\b[^.;]{0,60}?\b(?:had\s+|has\s+)?"
    r"(?:stood|stands)\s+at\s+$",
    re.IGNORECASE,
)
_TOLL_ROSE_RE = re.compile(
    r"\s*(?:the\s+)?(?:death\s+|overall\s+|official\s+)?toll\b[^.;]{0,90}?\b(?:has\s+|had\s+)?(?:risen|rose|climbed"
    r"|jumped|reached|stood|stands)\s+(?:to\s+|at\s+)?$",
    re.IGNORECASE,
)
_UP_FROM_RE = re.compile(r"\b(?:up|down)\s+from\b[^.;]{0,40}$", re.IGNORECASE)
_DOWN_FROM_BEFORE_RE = re.compile(
    r"\b(?:down|up|lowered|revised|cut|raised)\s+from\s+(?:the\s+|an?\s+)?(?:earlier\s+|previous\s+|initial\s+|first\s+)?$",
    re.IGNORECASE,
)
#: a relative clause joining a casualty to another lot ("people who were injured or lost relatives")
_EITHER_OR_WHO_RE = re.compile(
    r"\s*(?:who|that)\s+(?:were\s+|was\s+|had\s+been\s+|have\s+been\s+)?(?:\w+ly\s+)?(?:injured|wounded|hurt|killed"
    r"|displaced)\s+or\s+(?:who\s+)?(?:lost|were|had|have|are)\b",
    re.IGNORECASE,
)
#: a hospital receiving the casualties: "had taken in 29 patients", "received about 3,600 patients"
_PATIENTS_TAKEN_RE = re.compile(
    r"\b(?:taken\s+in|took\s+in|taking\s+in|received|receiving|admitted|admitting|treated|treating|is\s+treating"
    r"|was\s+treating)\s+(?:(?:at\s+least|more\s+than|about|some|nearly|over|around|another|a\s+further)\s+)?$",
    re.IGNORECASE,
)
_CONVERSION_RE = re.compile(r",?\s+(?:or|i\.e\.|about|roughly|equivalent\s+to)\s+$|\($", re.IGNORECASE)
#: the rest of a partition the sentence before began ("Of those, 49 ... The other 74 ...")
_COMPLEMENT_OPENER_RE = re.compile(
    r"^\s*(?:The\s+(?:other|remaining)\s+(?:\d[\d,]*|[a-z]+)\b|The\s+rest\b|The\s+remainder\b)"
)
_FOLLOWUP_ATTR_RE = re.compile(
    r"^\s*(?:(?:The|Those|These|That|This|Such)\s+(?:\w+\s+){0,3}(?:figures?|toll|numbers?|tally|count|data"
    r"|estimates?|statistics|findings|conclusions?)\b|(?:That|This|That's|That’s|These|Those)\s+(?:is\s+|was\s+|are\s+|were\s+)?"
    r"(?:according\s+to|based\s+on|from)\b)",
)


def _load_registry() -> Any:
    try:
        from tracker.extraction.sources import SourceRegistry
    except ImportError:  # pragma: no cover - the registry lands separately
        return None
    try:
        return SourceRegistry.default()
    except Exception:  # pragma: no cover - a broken seed file must not break extraction
        return None


_DEFAULT_REGISTRY: Any = None
_REGISTRY_LOADED = False


def default_registry() -> Any:
    global _DEFAULT_REGISTRY, _REGISTRY_LOADED
    if not _REGISTRY_LOADED:
        _DEFAULT_REGISTRY = _load_registry()
        _REGISTRY_LOADED = True
    return _DEFAULT_REGISTRY


def _date_functions() -> tuple[Callable[..., date | None] | None, Callable[..., date | None] | None]:
    try:
        from tracker.extraction.dates import resolve_as_of, resolve_since
    except ImportError:  # pragma: no cover
        return None, None
    return resolve_as_of, resolve_since


class _Picked:
    __slots__ = ("mention", "phrase", "words")

    def __init__(self, mention: attr.Mention | None, phrase: str, words: str) -> None:
        self.mention = mention
        self.phrase = phrase
        self.words = words


_ARTICLE_CAP_RE = re.compile(r"^(?:The|the|A|An)\s+[A-Z]")
_SURNAME_RE = re.compile(r"[A-Z][a-z'’-]+[a-z]")


_DESCRIBED_BODY_RE = re.compile(
    r",\s+(?:an?|the|one\s+of\s+the)\s+(?:[\w'’-]+\s+){0,3}?(?:charity|charities|group|groups|organi[sz]ations?"
    r"|agency|agencies|company|firm|NGO|body|network|movement|coalition|alliance|union|association|institute"
    r"|foundation|broadcaster|newspaper|monitor|watchdog|campaign|organi[sz]ers|charit(?:y|ies))\b",
    re.IGNORECASE,
)


def _described_body(prev: _Picked) -> bool:
    """Whether an earlier speaker is set beside a description of a body ("Emergency, an Italian charity
    that runs a hospital, said"): an organisation, whatever its name looks like."""
    words = prev.words
    return (
        _DESCRIBED_BODY_RE.match(words, len(prev.phrase) if words.startswith(prev.phrase) else 0) is not None
    )


#: words that say a named person is a woman or a man ("Congresswoman Gabrielle Giffords", "Mr Fuld")
_FEMALE_MARK_RE = re.compile(
    r"\b(?:Congresswoman|Mrs|Ms|Miss|Madam|Queen|Princess|Lady|Dame|Sister|Duchess|Countess|Baroness"
    r"|(?i:chairwoman|spokeswoman|businesswoman|policewoman|congresswoman|stateswoman|actress))\b\.?"
)
_MALE_MARK_RE = re.compile(
    r"\b(?:Congressman|Mr|King|Prince|Lord|Sir|Duke|Baron|(?i:chairman|spokesman|businessman|policeman"
    r"|congressman|statesman|actor))\b\.?"
)


#: a plural of people or bodies, which no "he" or "she" stands for ("Senators", "the rescuers")
_PLURAL_BODY_RE = re.compile(r"(?:[Tt]he\s+)?(?:[A-Za-z-]+\s+)?[A-Za-z-]+(?<!ss)(?<!\bUS)(?<!\bNews)s")


def _gender_agrees(pronoun: str, phrase: str) -> bool:
    """Whether "he" or "she" can stand for ``phrase``: never a woman's title for "he", a man's for "she"."""
    if pronoun == "he":
        return _FEMALE_MARK_RE.search(phrase) is None
    if pronoun == "she":
        return _MALE_MARK_RE.search(phrase) is None
    return True


def _names_person(prev: _Picked) -> bool:
    """Whether an earlier speaker can be the "he" / "she" of a later sentence: a full name ("Ana
    Silva", "the mayor, Ana Silva"), a role, or a lone surname that speaks ("Silva said"); never a
    name with an article ("The United States", "The White House") or a country ("Japan said")."""
    phrase = prev.phrase.strip()
    if attr.PERSON_WORD_RE.search(phrase):
        return True
    if _is_place(phrase):
        return False  # "South Sudan", however like a full name it looks
    if _ARTICLE_CAP_RE.match(phrase):
        return any(not _ARTICLE_CAP_RE.match(phrase[p.start() :]) for p in attr.PERSON_RE.finditer(phrase))
    if attr.PERSON_RE.search(phrase):
        return True
    if prev.mention is None or not prev.mention.speech or not _SURNAME_RE.fullmatch(phrase):
        return False
    if attr.source_noun(phrase):
        return False  # "Unions said" opening a sentence: a common noun capitalised, not a surname
    if _described_body(prev):
        return False  # "Emergency, an Italian charity that runs a hospital, said": a body, not a surname
    reg = default_registry()
    return reg is None or phrase not in reg.regions_in(phrase)


#: a body named only by its bare head before its officer's name: "Ministry spokesman Jane Doe"
_BARE_BODY_OFFICER_RE = re.compile(
    r"^(?:The\s+|the\s+)?((?i:ministry|agency|army|military|police|office|department|authority|council|committee"
    r"|commission|government|palace))\s+(?:(?:spokes(?:man|woman|person)|official|head|chief|director)\s+[A-ZÀ-Þ]"
    # "Ministry officials said" after "South Korea's health ministry said": that ministry's officials
    r"|officials$)"
)
_ORG_HEADS = frozenset(
    ("group", "organisation", "organization", "charity", "body", "watchdog", "monitor", "ngo", "institute")
)
#: what a campaigning group does, which a second reference adds to "the group" but its name need not
#: hold ("Amnesty International ... the rights group said")
_ORG_KIND_WORDS = frozenset(
    ("rights", "human", "aid", "relief", "humanitarian", "advocacy", "campaign", "campaigning", "monitoring",
     "medical", "environmental", "labour", "labor", "watchdog", "activist", "pressure", "lobby", "research",
     "conservation", "charity", "press", "freedom", "health", "development", "international")
)  # fmt: skip
_ORG_NAME_RE = re.compile(
    r"\b(?:[A-Z]{2,}[a-z]?|Watch|International|Fund|Trust|Foundation|Society|Relief|Aid|Project|Lab|Institute"
    r"|Group|Organi[sz]ation|Association|Network|Alliance|Coalition|Movement|Front|Observatory|Monitor|Centre"
    r"|Center|Council|Committee|Crescent|Cross|Union|Federation|Amnesty|Doctors|M[ée]decins|Fronti[èe]res|Save"
    # a company by its legal form: "Equifax Inc", "Rizal Commercial Banking Corp"
    r"|Inc|Corp|Corporation|Ltd|Limited|plc|PLC|LLC|Co|Company|Holdings|AG|SA|NV|GmbH|Airlines|Airways|Bank)\b"
    r"|\w\.(?:org|com|net|ngo|int)\b"  # "350.org"
)


#: a body a place owns, after a possessive pronoun: "its mayor Jane Roe", "its health ministry"
_PERSONS_BODY_RE = re.compile(
    r"^(?:his|her)\s+(?:own\s+)?(?:department|ministry|office|agency|organi[sz]ation|service|team|force|group"
    r"|institute|commission|committee|council|charity|company|party)$",
    re.IGNORECASE,
)
_PRONOUN_BODY_RE = re.compile(
    r"^(?:its|their)\s+(?P<body>(?:[\w-]+\s+){0,4}?(?:ministry|government|officials|authorities|mayor|governor|prefect|army|military"
    r"|police|prime\s+minister|parliament|presidency|organi[sz]ation|agency|commission|authority|institute"
    r"|department)\b.*)$",
    re.IGNORECASE | re.DOTALL,
)


#: a pronoun's post and its holder's name: "Its spokesman, Sutopo Purwo Nugroho"
_ITS_POST_NAMED_RE = re.compile(
    r"^(?P<owner>(?:[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}?(?:spokes(?:man|woman|person)|director(?:[- ]general)?"
    r"|chief|head|secretary(?:[- ]general)?|commissioner|coordinator|chairman|chairwoman|president))\s*,\s*"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}$"
)


#: a body "there": "according to police there"
_BODY_THERE_RE = re.compile(
    r"^(?:the\s+)?(?P<body>police|officials|authorities|health\s+officials)\s+there$", re.I
)
#: a place a sentence puts something in: "at a market in Potiskum, in neighbouring Yobe State,"
_PLACE_IN_RE = re.compile(
    r"\bin\s+(?:neighbouring\s+|neighboring\s+|nearby\s+|the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
#: a name and the post it holds in a body named before: "Daniel Eyre, the group's Nigeria researcher"
_NAME_POST_OF_RE = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4},\s+(?P<owner>the\s+(?:[a-z]+\s+)?[a-z]+)['’]s\s+(?:[\w-]+\s+){0,3}?"
    r"(?:researcher|analyst|spokes(?:man|woman|person)|director(?:[- ]general)?|head|chief|official|coordinator"
    r"|representative|expert|adviser|advisor|manager|president|secretary(?:[- ]general)?|chairman|chairwoman"
    r"|commissioner|investigator|lawyer|economist)$"
)


_HOLDER_RE = re.compile(
    r"\b(?P<body>the\s+(?:[a-z][\w-]*\s+){0,2}(?:ministry|company|firm|bank|airline|operator|utility|railway"
    r"|government|agency|fund|group|council|city|state))['’]s\s+(?:[a-z][\w-]*\s+){0,2}?(?:debts?|losses|deficit"
    r"|revenue|revenues|profits?|spending|budget|liabilities|reserves|assets|costs?)\b",
    re.I,
)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last line break or sentence end before it."""
    return max(text.rfind("\n", 0, pos), *(text.rfind(p, 0, pos) for p in (". ", "! ", "? "))) + 1


def _pronoun_owned_body(m: attr.Mention, text: str) -> str | None:
    """ "Mariupol's mayor Vadym Roe" for "its mayor Vadym Roe" after "... died in Mariupol since Russia
    laid siege to the city,": a city's or a country's body named through a pronoun belongs to the place
    the sentence named, not to the body quoted before (as "its director general" would); None when the
    sentence names no such place."""
    found = _PRONOUN_BODY_RE.match(m.phrase)
    reg = default_registry() if found is not None and text else None
    if found is None or reg is None:
        return None
    start = _sentence_start(text, m.start)
    if found.group("body").lower() in ("officials", "authorities"):
        # "Sudan rejected the charge. Its officials said ...": the unnamed voices of the country the
        # sentence before opens on, and of no place merely named ("The WHO said the outbreak in Sudan
        # was spreading. Its officials said": the WHO's)
        if text[start : m.start].strip() or start <= 1:
            return None
        opener = _PLACE_OPENS_RE.match(_sentence_before(text, start).lstrip())
        if opener is None or not _is_place(opener.group(1)):
            return None
        return f"{opener.group(1)}'s {found.group('body')}"
    owner: str = reg.pronoun_owner(text[start : m.start], found.group("body"))
    if not owner and not text[start : m.start].strip() and start > 1:
        # "Iran has suffered the heaviest losses. Its Hajj and Pilgrimage Organisation says ...": the
        # sentence before names the owner
        owner = reg.pronoun_owner(_sentence_before(text, start), found.group("body"))
    return f"{owner}'s {found.group('body')}" if owner else None


def _sentence_before(text: str, start: int) -> str:
    """The sentence that ends right before the one starting at ``start``."""
    before = text[: start - 1].rstrip()
    prev = max(before.rfind("\n"), *(before.rfind(p) for p in (". ", "! ", "? "))) + 1
    return before[prev:]


#: a sentence opening on a name and its verb: "Sudan rejected the charge", "South Sudan says"
_PLACE_OPENS_RE = re.compile(
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:[a-z]+ed|[a-z]+s|has|had|is|was)\b"
)
#: a sentence opening on a name and its verb ("Rousseff responded", "Molina Vasquez visited")
_NAME_OPENS_SENTENCE_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:[a-z]+ed|[a-z]+s)\b"
)


_CAP_RUN_RE = re.compile(r"\b[A-Z][\w-]+(?:\s+[A-Z][\w-]+)+")


_NOT_A_PERSON_OPENER = frozenset(
    ("The", "A", "An", "On", "In", "At", "By", "For", "From", "Of", "To", "After", "Before", "Since", "When",
     "While", "As", "But", "And", "If", "Last", "This", "Next", "Early", "Late")
)  # fmt: skip
_CALENDAR_WORDS = frozenset(
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
     "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
)  # fmt: skip
_PLACE_PREP_BEFORE_RE = re.compile(r"\b(?:in|at|from|to|near|across|into|of|outside)\s+$")


def _is_place(name: str) -> bool:
    registry = default_registry()
    return registry is not None and registry.is_place(name)


def _person_earlier_in_sentence(text: str, end: int) -> str | None:
    """The last full name of a person (two words or more, no place) in the sentence before ``end``."""
    found = None
    for run in _CAP_RUN_RE.finditer(text, _sentence_start(text, end), end):
        if _PLACE_PREP_BEFORE_RE.search(text, max(0, run.start() - 8), run.start()):
            continue  # "in New Orleans, he said": a place, whatever the registry knows of it
        words = run.group(0).split()
        if words[0] in _NOT_A_PERSON_OPENER or any(w in _CALENDAR_WORDS for w in words):
            continue  # "On Sunday he said", "The Hague"
        # "UN Secretary-General Antonio Guterres": the name at the end of a titled run
        for size in (3, 2):
            name = " ".join(words[-size:])
            if len(words) >= size and looks_like_person(name) and not _is_place(name):
                found = name
                break
    return found


def _acting_person_before(text: str, end: int) -> str | None:
    """The full name of the person the last sentence-opening name before ``end`` (within two paragraphs)
    stands for, when the story named them in full earlier ("President Dilma Rousseff ... Rousseff
    responded"): a "she" with no quoted person before it means them."""
    start = max(0, end - 700)
    found = None
    for match in _NAME_OPENS_SENTENCE_RE.finditer(text, start, end):
        found = match
    if found is None:
        return None
    if _is_place(found["name"]):
        return None  # "South Sudan was among the countries ...": a place opens the sentence, no one acts
    last = found["name"].split()[-1]
    for full in reversed(list(_CAP_RUN_RE.finditer(text, 0, found.start()))):
        name = full.group(0)
        if name.split()[-1] == last and looks_like_person(name):
            return name
    return None


_WHICH_BEFORE_RE = re.compile(r"\b(?:on|in|for|to|from|with|at|by|of)\s+(?:which|whom)\s+$")


def _next_paragraph_giver(
    text: str, para_end: int, starts: list[int], history: list[_Picked], para_from: int
) -> _Picked | None:
    """Who gave the figure a paragraph ends on, when the next paragraph opens by saying so ("... saying
    200 people have died.\n\nThe figure came on Saturday from the State Security Council")."""
    nxt_start = para_end + len(text[para_end : para_end + 40]) - len(text[para_end : para_end + 40].lstrip())
    first = next(iter(split_sentences(text, nxt_start, min(len(text), nxt_start + 400))), None)
    if first is None:
        return None
    n_start, n_end = first
    nxt = text[n_start:n_end]
    if not attr.gives_figure_before(nxt) or bisect.bisect_left(starts, n_start) != bisect.bisect_left(
        starts, n_end
    ):
        return None
    nm = attr.find_mentions(nxt, n_start)
    return _resolve_coref(nm[0], history, text, para_from) if nm else None


def _is_news_agency(phrase: str) -> bool:
    found = default_registry().resolve(phrase.strip())
    return found is not None and found.known and found.kind == "media"


def _described_after(prev: _Picked, head: str, text: str) -> bool:
    """Whether the story set a description with ``head`` right after the name ``prev`` quoted, outside
    its attribution words ("A study by Inserm, the national institute for health research, found")."""
    if prev.mention is None or not text:
        return False
    at = text.find(prev.phrase, prev.mention.start, prev.mention.end + 1)
    if at < 0:
        return False
    after = text[at + len(prev.phrase) : at + len(prev.phrase) + 60].lower()
    return re.match(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}{head}\b", after) is not None


_NAME = r"(?:[A-Z][\w.&'’-]*(?:\s+(?:of|for|and\s+the|the|de|du)\s+|\s+)){0,4}[A-Z][\w.&'’-]*"
#: two bodies named together: "the World Health Organization and UNICEF"
_PAIR_NAMED_RE = re.compile(rf"(?:[Tt]he\s+)?(?P<a>{_NAME})\s+and\s+(?:the\s+)?(?P<b>{_NAME})")
_PAIR_BEFORE_RE = re.compile(
    rf"(?:\b[Tt]he\s+)?(?<![\w.])(?P<a>{_NAME})\s+(?:and|agreed\s+to\s+buy|to\s+buy|bought|merge\s+with|merged\s+with)\s+(?:the\s+)?(?P<b>{_NAME})"
)


def _named_pair_before(text: str, end: int) -> str | None:
    """The two bodies the sentence (or the one before it) names together before ``end``: a buyer and
    the bought, or two joined by "and"; None when there is no such pair."""
    start = max(0, end - 400)
    found = None
    for m in _PAIR_BEFORE_RE.finditer(text, start, end):
        a, b = m.group("a"), m.group("b")
        if _SENTENCE_START_WORD_RE.fullmatch(a.split()[0]):
            continue
        found = f"{a} and {b}"
    return found


_SENTENCE_START_WORD_RE = re.compile(r"(?:In|On|At|After|Before|Instead|But|And|The|A|An|It|This|That|Some)")


def _resolve_coref(m: attr.Mention, history: list[_Picked], text: str = "", para_from: int = 0) -> _Picked:
    """The source a mention stands for: itself, or the earlier one a pronoun, a definite head or a
    description points at. ``text`` (the article) lets a description name the body the story sets it
    beside ("Nordbahn, the state railway company,"); ``para_from`` is where the paragraph's entries
    start in ``history``: a bare "officials" reaches no further back than its paragraph, or the source
    named just before it (a report that goes on)."""
    # a relay is resolved whole: the original source, or the relaying body when the original names
    # no one the registry can place ("Kyodo, citing the coast guard" in a story it cannot place)
    own = f"{m.relay}, citing {m.phrase}" if m.relay else m.phrase
    if not m.relay and attr.PAIR_OF_BODIES_RE.fullmatch(m.phrase.strip()) and text:
        # "Bank of America agreed to buy Merrill Lynch ..., the two companies said": the pair the story
        # last named together, or the two its own sentence names
        pair = _named_pair_before(text, m.start)
        if pair is not None:
            return _Picked(m, pair, f"{m.words} [{pair}]")
        for prev in reversed(history[para_from:]):
            if _PAIR_NAMED_RE.fullmatch(prev.phrase.strip()):
                return _Picked(m, prev.phrase, f"{m.words} [{prev.phrase}]")
    office = _HOLDERS_OFFICE_RE.fullmatch(m.phrase.strip())
    if office is not None and not m.relay:
        # "New Jersey Gov. Chris Christie said ... the governor's office said": the governor's voice
        held_by = _resolve_coref(replace(m, phrase=office.group("holder")), history, text, para_from)
        if held_by.phrase != office.group("holder"):
            return _Picked(m, held_by.phrase, f"{m.words} [{held_by.phrase}]")
    based = attr.BASED_IN_RE.sub("", m.phrase)
    if based != m.phrase and attr.is_coreferent(based):
        # "The New York-based group said" after "Human Rights Watch said": the group named before
        bare = _resolve_coref(replace(m, phrase=based), history, text, para_from)
        if bare.phrase != based:
            return _Picked(m, bare.phrase, f"{m.words} [{bare.phrase}]")
        return _Picked(m, own, m.words)
    if based != m.phrase:
        # "The U.S.-based Human Rights Activists News Agency": the agency, not the United States
        m = replace(m, phrase=based)
        own = f"{m.relay}, citing {m.phrase}" if m.relay else m.phrase
    owned = _pronoun_owned_body(m, text)
    if owned is not None:
        return _Picked(m, owned, m.words)
    books = attr.OWN_BOOKS_RE.fullmatch(m.phrase.lower())
    if books is not None and text:
        # "the ministry's debts have passed 2 trillion yuan, according to its own accounts": the body
        # whose debts the sentence counts keeps the books
        start = _sentence_start(text, m.start)
        holder = _HOLDER_RE.search(text, start, m.start)
        if holder is not None:
            return _Picked(m, holder["body"], f"{m.words} [{holder['body']}]")
    there = _BODY_THERE_RE.match(m.phrase)
    if there is not None and text:
        # "according to police there": the police of the place the sentence just named
        start = _sentence_start(text, m.start)
        places = list(_PLACE_IN_RE.finditer(text, start, m.start))
        if places:
            placed = f"{places[-1].group('place')} {there.group('body')}"
            return _Picked(m, placed, f"{m.words} [{placed}]")
        m = replace(m, phrase=there.group("body"))
        own = m.phrase
    # a named person holding a post in a body told of before ("said Daniel Eyre, the group's Nigeria
    # researcher", "Its spokesman, Sutopo Purwo Nugroho, said"): that body speaks through them
    held = _NAME_POST_OF_RE.match(m.phrase) or _ITS_POST_NAMED_RE.match(m.phrase)
    if held is not None and not m.relay and attr.is_coreferent(held.group("owner")):
        bare = _resolve_coref(replace(m, phrase=held.group("owner")), history, text, para_from)
        if bare.phrase != held.group("owner"):
            return _Picked(m, bare.phrase, f"{m.words} [{bare.phrase}]")
    if _PERSONS_BODY_RE.match(m.phrase) and not m.relay:
        # "civil protection chief Fabrizio Curcio told reporters ... his department said": the body the
        # person last quoted speaks for
        for prev in reversed(history[-6:]):
            if _names_person(prev):
                return _Picked(m, prev.phrase, f"{m.words} [{prev.phrase}]")
    trade = (
        attr.trade_epithet_antecedent(m.phrase, [p.phrase for p in reversed(history[-6:])])
        if not m.relay
        else None
    )
    if trade is not None:
        known = default_registry().resolve(m.phrase)
        if (known is None or not known.known) and (not text or attr.described_later(m.phrase, text) is None):
            # (a body the registry knows by the epithet, or one the story describes so, is that body)
            return _Picked(m, trade, f"{m.words} [{trade}]")
    officer = _BARE_BODY_OFFICER_RE.match(m.phrase)
    if officer is not None and not m.relay:
        # "Ministry spokesman Jane Doe said" after "the disaster ministry raised the toll": that ministry
        body = officer.group(1).lower()
        for prev in reversed(history[-12:]):
            if any(h in prev.phrase.lower() for h in _HEAD_SYNONYMS.get(body, (body,))):
                return _Picked(m, prev.phrase, f"{m.words} [{prev.phrase}]")
    if not attr.is_coreferent(m.phrase):
        later = attr.described_later(m.phrase, text) if text and not m.relay else None
        if later is not None:  # "the state railway company said" in a story of "Nordbahn, the state ..."
            return _Picked(m, later, f"{m.words} [{later}]")
        return _Picked(m, own, m.words)
    low = m.phrase.lower()
    head = low.split()[-1]
    modifiers = low.split()[1:-1]  # after "the"/"its", before the head
    # "its director general said": whoever "it" is, through its officer
    pronoun = (
        low in ("it", "he", "she", "they", "its", "we") or attr.is_document(low) or low.startswith("its ")
    )
    person = low in ("he", "she")
    if low == "it" and not m.speech and text and _WHICH_BEFORE_RE.search(text, max(0, m.start - 16), m.start):
        # "as Brazil hosts the Cup, on which it plans to spend 28 billion reais": a relative clause's
        # "it" is something its own sentence named, not the source quoted before
        return _Picked(m, own, m.words)
    if attr.MEDIA_HEAD_RE.match(low):
        # "the newspaper said" after "the state daily X reported, citing the military government":
        # the outlet relays the same original again
        for prev in reversed(history[-12:]):
            if (
                prev.mention is not None
                and prev.mention.relay
                and prev.mention.relay.lower() != prev.phrase.lower()
            ):
                return _Picked(m, prev.phrase, f"{m.words} [{prev.phrase}]")
            if head in prev.phrase.lower() or attr.MEDIA_HEAD_RE.match(prev.phrase.lower()):
                break  # the outlet itself was quoted since
    if person:
        here = _person_earlier_in_sentence(text, m.start) if text else None
        if here is not None and _gender_agrees(low, here):
            # "singled out by UN Secretary-General Antonio Guterres, when he warned": the person the
            # pronoun's own sentence named before it
            return _Picked(m, here, f"{m.words} [{here}]")
        for prev in reversed(history[-12:]):
            if _names_person(prev) and _gender_agrees(low, prev.phrase):
                words = f"{m.words} [{prev.phrase}]"
                return _Picked(m, prev.phrase, words)
        named = _acting_person_before(text, m.start) if text else None
        if named is not None and _gender_agrees(low, named):
            # "Rousseff responded on Monday with five pacts. ... she said": no one quoted before, but the
            # person the story last had act
            return _Picked(m, named, f"{m.words} [{named}]")
    bare_officials = head == "officials" and not modifiers
    for i in range(len(history) - 1, -1, -1):
        prev = history[i]
        if bare_officials and i < para_from and i != len(history) - 1:
            break  # another paragraph's officials, with another source quoted since: not these
        if (
            low == "it"
            and (attr.PERSON_RE.fullmatch(prev.phrase.strip()) or attr.PERSON_WORD_RE.search(prev.phrase))
            and not _ORG_NAME_RE.search(prev.phrase)  # "Amnesty International said that it had ..."
        ):
            continue  # "It added" is an organisation, not the mayor quoted before
        if person and (
            _described_body(prev)
            or _is_place(prev.phrase)
            or not _gender_agrees(low, prev.phrase)
            or _PLURAL_BODY_RE.fullmatch(prev.phrase.strip()) is not None
            or prev.phrase.strip().lower() in ("it", "its", "they", "them", "we")
        ):
            continue  # "he said" is not "Emergency, an Italian charity, said" quoted before, nor a country
        if prev.mention is None and attr.is_document(low) and low.endswith("report"):
            continue  # "Police officers were among the dead: the report counts 44": the report's author, quoted
        prev_low = prev.phrase.lower()
        if head in _ORG_HEADS and (
            re.search(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}{head}\b", prev.words.lower())
            or _described_after(prev, head, text)
        ):
            # "Iran Human Rights, a group based in Oslo, said ... The group said": the name its own
            # words described so
            prev_low = f"{prev_low} {head}"
        if pronoun or (
            (
                any(_synonym_in(h, prev_low) for h in _HEAD_SYNONYMS.get(head, (head,)))
                # "NOAA's first figure was 1,000 barrels a day, and within days the agency had raised it":
                # a body known by its initials
                or (head == "agency" and _INITIALS_RE.fullmatch(prev.phrase.strip()) is not None)
                # "Xinhua's count had put the injured at 192, and later the agency gave ...": a news
                # agency known by its name
                or (head == "agency" and not modifiers and _is_news_agency(prev.phrase))
            )
            # "the interior ministry" is not the health ministry quoted before
            and all(w in prev_low for w in modifiers)
        ):
            words = m.words if prev.phrase.lower() in m.words.lower() else f"{m.words} [{prev.phrase}]"
            return _Picked(m, prev.phrase, words)
    # "Dolly Parton said ... The singer said", "X, the state railway company, said ... the company"
    ante = attr.role_antecedent(m.phrase, [(p.phrase, p.words) for p in reversed(history[-12:])])
    if ante is not None:
        return _Picked(m, ante, f"{m.words} [{ante}]")
    if head in _ORG_HEADS and all(w in _ORG_KIND_WORDS for w in modifiers):
        # "Human Rights Watch documented 58 cases, the group said": the organisation named just before;
        # a word of what kind of group it is ("the rights group", "the aid charity") names no other one
        for prev in reversed(history[-6:]):
            if _ORG_NAME_RE.search(prev.phrase) and not attr.PERSON_WORD_RE.search(prev.phrase):
                return _Picked(m, prev.phrase, f"{m.words} [{prev.phrase}]")
    later = attr.described_later(m.phrase, text) if text and not m.relay else None
    if later is not None:
        return _Picked(m, later, f"{m.words} [{later}]")
    named = attr.named_in_story(m.phrase, text, m.start) if text else None
    if named is not None:
        # "after the Boston Athletic Association widened entry. Citing the association, ...": the body
        # the story named, though no figure was its until now
        cited = f"{m.relay}, citing {named}" if m.relay else named
        return _Picked(m, cited, f"{m.words} [{named}]")
    owner = _company_owner_before(m.phrase, text, m.start) if text and not m.relay else None
    if owner is not None:
        # "Markit's index for Greek manufacturing sank to 30.2, the firm said": the company whose index,
        # mine or office the story just named
        return _Picked(m, owner, f"{m.words} [{owner}]")
    return _Picked(m, own, m.words)


#: an office holder's office: "the governor's office", "the mayor's office"
_HOLDERS_OFFICE_RE = re.compile(
    r"(?P<holder>[Tt]he\s+(?:governor|mayor|premier|president|prime\s+minister|chancellor))['’]s\s+office"
)
#: a bare company word ("the company said", "the firm said")
_BARE_COMPANY_RE = re.compile(
    r"[Tt]he\s+(?:company|firm|group|carrier|airline|lender|insurer|retailer|carmaker"
    r"|automaker|manufacturer|miner|operator|exchange|bank)"
)
#: a capitalised name owning something: "Markit's", "Volkswagen's", "Lonmin's Marikana mine"
_OWNER_NAME_RE = re.compile(r"(?<![\w.])([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})['’]s\s+[a-z]")


def _company_owner_before(phrase: str, text: str, end: int) -> str | None:
    """The company a bare "the company" or "the firm" stands for when no source was quoted before: the
    last name in the paragraph or the one before it that owns something in the story's words ("Markit's
    purchasing managers' index", "Volkswagen's environmental office"), never a place or a person."""
    if _BARE_COMPANY_RE.fullmatch(phrase.strip()) is None:
        return None
    start = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, end)))
    found = None
    for m in _OWNER_NAME_RE.finditer(text, max(0, start), end):
        name = m.group(1)
        # (a lone capitalised word may be a surname as well as a company: only a full name is a person)
        person = len(name.split()) > 1 and looks_like_person(name)
        if _is_place(name) or person or _SENTENCE_START_WORD_RE.fullmatch(name.split()[0]):
            continue
        found = name
    return found


def extract_claims(
    text: str,
    *,
    published_at: datetime | None = None,
    registry: SourceRegistry | None = None,
    tolerances: Tolerances | None = None,
    title: str = "",
) -> list[ExtractedClaim]:
    """Every figure claim in ``text``, in order of appearance. Never raises on odd input.

    ``registry`` resolves attribution phrases (default: ``SourceRegistry.default()``), ``tolerances``
    sets the about/nearly intervals (default: ``qualifiers.DEFAULT_TOLERANCES``), ``published_at``
    anchors ``as_of`` / ``since`` (``as_of`` falls back to its date), and ``title`` (optional) helps
    the registry with the story's place. Which event a figure is about is the event linker's to read
    (``events.EventLinker.link``), from the claim's sentence and the article's dateline and title.
    """
    if not text or not any(ch.isdigit() or ch.isalpha() for ch in text[:1_000_000]):
        return []
    forget_dates()  # another article's sentences
    tol = tolerances or DEFAULT_TOLERANCES
    phones = phone_spans(text)
    numbers: list[NumberMention] = []
    for m in scan_numbers(text):
        if phones and any(s <= m.start < e for s, e in phones):
            continue
        if exclusion_reason(text, m) is not None:
            continue
        numbers.append(m)
    if not numbers:
        return []
    reg = registry if registry is not None else default_registry()
    resolve_as_of, resolve_since = _date_functions()
    starts = [m.start for m in numbers]
    source_cache: dict[str, SourceMatch | None] = {}
    history: list[_Picked] = []
    last_since: date | None = None
    claims: list[ExtractedClaim] = []
    pub_date = published_at.date() if published_at is not None else None
    article_ctx = (title + "\n" + text[:800]) if title else text[:800]

    war_start: list[date | bool | None] = [None]  # the start of the war the story tells of, looked up once
    sudden = sudden_story(title, text)  # a quake's or a blast's toll "so far" is still the incident's
    last_claim_phrase = [""]
    story_crowd = (
        False  # the story counts crowds: a bare count ("the ministry's figure of 1.28 million") is one
    )
    carry_pick: _Picked | None = None  # last attributed claim of the previous paragraph with claims
    carry_metrics: set[str] = set()
    carry_classes: set[str] = set()
    last_span: tuple[int, int] | None = None  # the previous paragraph's last sentence
    for para in _PARAGRAPH_RE.finditer(text):
        para_from = len(history)  # where this paragraph's sources start in the history
        para_last: _Picked | None = None
        para_claims_start = len(claims)
        para_subjects: dict[str, tuple[str, str]] = {}
        para_place = ""  # where the paragraph's latest crowd figure was counted
        pick_places: dict[int, str] = {}  # where each attribution of the paragraph counted a crowd
        para_day: date | None = None  # and on which day
        sentences = list(split_sentences(text, para.start(), para.end()))
        para_mentions: list[list[attr.Mention]] = []
        for s_start, s_end in sentences:
            sentence = text[s_start:s_end]
            lo = bisect.bisect_left(starts, s_start)
            hi = bisect.bisect_left(starts, s_end)
            if lo == hi and not _might_attribute(sentence):
                para_mentions.append([])
            else:
                para_mentions.append(attr.find_mentions(sentence, s_start))
        para_has_mentions = any(para_mentions)
        for si, (s_start, s_end) in enumerate(sentences):
            sentence = text[s_start:s_end]
            lo = bisect.bisect_left(starts, s_start)
            hi = bisect.bisect_left(starts, s_end)
            figs = [m for m in numbers[lo:hi] if m.end <= s_end]
            if not figs and not _might_attribute(sentence):
                subj = attr.sentence_subject(sentence)
                if subj is not None:
                    history.append(_Picked(None, subj, subj))
                continue
            raw_mentions = para_mentions[si]
            if any(attr.is_coreferent(rm.phrase) for rm in raw_mentions):
                # "Governor X welcomed the news: 97 people died, he said": the sentence's own subject
                subj0 = attr.sentence_subject(sentence)
                if subj0 is not None and all(subj0 != rm.phrase for rm in raw_mentions):
                    history.append(_Picked(None, subj0, subj0))
            picked = []
            for rm in raw_mentions:
                p = _resolve_coref(rm, history, text, para_from)
                picked.append(p)
                history.append(p)
            if not picked:
                subj = attr.sentence_subject(sentence)
                if subj is not None:
                    history.append(_Picked(None, subj, subj))
            if not figs:
                if picked:
                    para_last = picked[-1]
                continue
            seg_bounds = [s_start + sm.start() for sm in _SEGMENT_RE.finditer(sentence)]
            follow_up: _Picked | None = None
            if not picked and si + 1 < len(sentences):
                n_start, n_end = sentences[si + 1]
                nxt = text[n_start:n_end]
                complement = _COMPLEMENT_OPENER_RE.match(nxt) is not None
                if _FOLLOWUP_ATTR_RE.match(nxt) or _BACK_REFERENCE_RE.search(nxt) or complement:
                    nl = bisect.bisect_left(starts, n_start)
                    nh = bisect.bisect_left(starts, n_end)
                    # "Of those, 49 had been detained. The other 74 face discipline, the team said": the
                    # rest of a partition, told by the speaker of both halves
                    if nl == nh or complement:
                        nm = attr.find_mentions(nxt, n_start)
                        if nm:
                            follow_up = _resolve_coref(nm[0], history, text, para_from)
            elif not picked and si + 1 == len(sentences):
                follow_up = _next_paragraph_giver(text, para.end(), starts, history, para_from)
            prev_claim: ExtractedClaim | None = None
            prev_pick: _Picked | None = None
            sent_claims_start = len(claims)
            sent_place = ""
            sent_places_differ = False
            date_hint: bool | None = None  # looked up at the sentence's first figure that needs it
            # "UNRWA said only 223 trucks came in that day": the day the sentence before named
            earlier = _earlier_day(text, sentences[si - 1] if si else last_span, sentence, published_at)
            for fi, m in enumerate(figs):
                crowd_place = ""
                prev_end = figs[fi - 1].end if fi > 0 else s_start
                next_start = figs[fi + 1].start if fi + 1 < len(figs) else s_end
                claim, pick = _build_claim(
                    text,
                    m,
                    s_start=s_start,
                    s_end=s_end,
                    prev_end=prev_end,
                    next_start=next_start,
                    prev_claim=prev_claim,
                    sent_claims=claims[sent_claims_start:],
                    para_subjects=para_subjects,
                    story_prev=claims[-1] if claims else None,
                    prev_pick=prev_pick,
                    picked=picked,
                    seg_bounds=seg_bounds,
                    para_last=para_last,
                    follow_up=follow_up,
                    tol=tol,
                )
                if claim is None:
                    continue
                if (
                    pick is not None
                    and pick is para_last
                    and pick is not prev_pick
                    and pick is not follow_up
                    and all(pick is not p for p in picked)
                    and (
                        _IMPERSONAL_RE.search(sentence)
                        or _background(text, claim.char_start, seg_bounds, s_start, s_end, pub_date)
                        # "Harris County ... is home to some 4.5 million people": a place's size, nobody's
                        or _HOME_TO_RE.search(text, max(s_start, claim.char_start - 60), claim.char_start)
                    )
                ):
                    # "... Green told CNN. Damage is estimated at $6 billion": nobody says so;
                    # "A similar storm in 2019 killed 30": background, not the speaker's figure
                    pick = None
                if (
                    pick is not None
                    and _INCIDENT_RECALLED_RE.search(
                        text, max(s_start, claim.char_start - 160), claim.char_start
                    )
                    is not None
                    # ("a war that killed about 1,200 people ..., according to Lebanese government figures":
                    # the figures the sentence ends on are whose the toll is)
                    and not (
                        pick.mention is not None
                        and pick.mention.start > claim.char_end
                        and _ACCORDING_FIGURES_RE.match(pick.words)
                    )
                ):
                    # "would refer 23 people to prosecutors over the crush that killed 154 people": the
                    # toll recalls which incident the statement is about; the speakers do not give it
                    pick = None
                if (
                    pick is None
                    and not para_has_mentions
                    and carry_pick is not None
                    and claim.metric in carry_metrics
                    # the attackers' own dead are no part of a toll of their victims told before
                    and (claim.subject_class != "militants" or "militants" in carry_classes)
                    and not (prev_claim is not None and prev_pick is None)
                    and not _background(text, claim.char_start, seg_bounds, s_start, s_end, pub_date)
                    and not _NARRATIVE_AGENT_RE.search(text, s_start, claim.char_start)
                    and not _OUR_COUNT_RE.search(text, s_start, claim.char_start)
                ):
                    pick = carry_pick  # the running story: the next paragraph breaks the toll down
                # source, dates, hint
                source: SourceMatch | None = None
                if pick is not None and reg is not None:
                    lead = (
                        text[s_start : pick.mention.start]
                        if pick.mention and pick.mention.start > s_start
                        else ""
                    )
                    source = _resolve_source(
                        reg, pick.phrase, article_ctx, lead, source_cache, _around_mention(text, pick)
                    )
                    if source is not None and not source.known:
                        fuller = _fuller_name_in(text[s_start:s_end], pick.phrase, source.name)
                        if fuller:
                            # "Police had confirmed 763 deaths ..., Japan's National Police Agency said":
                            # the bare head and the full name at the end are one body
                            source = _resolve_source(reg, fuller, article_ctx, "", source_cache) or source
                if sudden and claim.scope == "cumulative":
                    claim.scope = incident_total(claim.scope, claim.since_phrase, sudden)
                given_since: date | None = None
                if claim.scope == "incident" and (
                    last_since is not None or (prev_claim is not None and prev_claim.scope == "cumulative")
                ):
                    # "... since the monsoon began on June 14. It added that 33 million people had been
                    # affected": the article's running count goes on
                    between = text[prev_claim.char_end : claim.char_start] if prev_claim is not None else ""
                    prev_scope = prev_claim.scope if prev_claim is not None else ""
                    window = text[max(prev_end, s_start) : next_start]
                    if continues_running(window, claim.metric, between, prev_scope, last_since is not None):
                        claim.scope = "cumulative"
                        if prev_claim is not None and prev_claim.since is not None:
                            given_since = prev_claim.since  # the running figure it is coordinated with
                if (
                    claim.scope == "incident"
                    and war_start[0] is not False
                    and (
                        (claim.currency and given_so_far(text[max(prev_end, s_start) : next_start]))
                        or (
                            claim.metric in ("displaced", "hostages", "percent")
                            and not sudden
                            and war_state(text[max(prev_end, s_start) : s_end])
                        )
                    )
                ):
                    # "the United States had provided $67 billion" in a war story: given since it began
                    if war_start[0] is None:
                        war_start[0] = (
                            known_start(title + "\n" + text[:3000], published_at)
                            if war_story(title, text)
                            else False
                        ) or False
                    start = war_start[0]
                    if isinstance(start, date):
                        claim.scope, given_since = "cumulative", start
                if (
                    prev_claim is not None
                    and prev_claim.metric in PEOPLE_METRICS
                    and place_extent(text[prev_claim.char_end : claim.char_start], claim.subject)
                ):
                    # "killed more than 200 people across six states so far": the states are the toll's
                    claim.scope, given_since = prev_claim.scope, prev_claim.since
                since: date | None = None
                if claim.scope == "cumulative":
                    since_phrase = claim.since_phrase
                    if since_phrase:
                        if resolve_since is not None:
                            since = resolve_since(since_phrase, published_at, sentence)
                        else:
                            since = parse_since_date(since_phrase, published_at)
                    if since is None:
                        since = given_since or last_since
                    else:
                        last_since = since
                as_of = None
                if date_hint is None and resolve_as_of is not None:
                    date_hint = _has_date_hint(sentence)
                if date_hint and resolve_as_of is not None:
                    as_of = resolve_as_of(sentence, published_at, m.start - s_start, earlier_day=earlier)
                if since is not None and as_of is not None and as_of <= since:
                    # "had risen to 39,790 since the war began on October 7": the start of a running
                    # total is not the day it describes.
                    as_of = None
                dated = as_of is not None
                if as_of is None:
                    as_of = pub_date
                subject, subject_cls = _giver_subject(claim, pick, source), claim.subject_class
                if (
                    subject.lower() in ("others", "other people")
                    and prev_claim is not None
                    and prev_claim.metric != claim.metric
                    and prev_claim.char_end > s_start
                ):
                    # "killed 58 people and wounded 515 others": others than the dead, people at large
                    subject = "people"
                if (
                    subject_cls in ("people", "objects", "other")
                    and _PART_OF_RE.match(text, m.end, min(s_end, m.end + 20))
                    and not _SUBSET_WORD_RE.search(text, m.end, min(s_end, m.end + 40))
                    # ("The rescuers, some 300 of them, ...": the size of the group just named)
                    and not (
                        _OF_THEM_COMMA_RE.match(text, m.end, s_end)
                        and _APPOSED_SIZE_BEFORE_RE.match(text, s_start, claim.char_start)
                    )
                ):
                    # "116 districts, 66 of which were declared ...", "5,000 hurt, 120 of them seriously":
                    # a part of the figure before, not a rival count of the same thing
                    subject = f"{subject} (part)" if subject and subject != "part" else "part"
                elif (
                    subject_cls in ("people", "objects", "other")
                    and claim.metric != "count"
                    and prev_claim is not None
                    and prev_claim.metric == claim.metric
                    and prev_end > s_start
                    and _INCLUDING_BEFORE_RE.search(text, max(prev_end, s_start), claim.char_start)
                ):
                    # "the toll stood at 1,833, including nearly 2,300 in Leyte": a part of the figure
                    # before (which then cannot be smaller than it)
                    subject = f"{subject} (part)" if subject else "part"
                if _DIFFERENCE_AFTER_RE.match(text, claim.char_end, min(s_end, claim.char_end + 60)):
                    # "30 more than on Monday", "82,000 more trips than a year ago": a difference, not a count
                    subject = f"{subject} (difference)" if subject else "difference"
                if subject and subject_cls in ("objects", "other") and claim.metric in ("count", "affected"):
                    state = object_states.object_state(
                        text[claim.char_end : min(s_end, claim.char_end + 80)]
                    ) or object_states.object_state_before(text[max(s_start, prev_end) : claim.char_start])
                    if state and state not in subject.lower():
                        # "houses destroyed" is not "houses damaged"; a part's mark stays last
                        head, mark, rest = subject.partition(" (")
                        subject = f"{object_states.without_state(head)} {state}{mark}{rest}"
                if claim.metric == "count" and subject_cls in ("people", "other"):
                    window = text[max(prev_end, s_start) : next_start]
                    bare = not subject and story_crowd
                    if bare or crowds.is_crowd(subject, window):
                        story_crowd = True
                        # the place after the figure is its own ("30,000 in Milan and 20,000 in Naples");
                        # before it, only what follows the previous figure's words
                        left_from = prev_claim.char_end if prev_claim is not None else s_start
                        carried = sent_place or para_place
                        if carried and crowds.other_country(carried, text[max(left_from, s_start) : m.start]):
                            carried = ""  # "Australian organisers counted 300,000", after London's march
                        place = (
                            crowds.clause_place(text[m.end : next_start])
                            or crowds.clause_place(text[max(left_from, s_start) : m.start])
                            or crowds.leading_place(sentence)
                            or carried
                        )
                        if not place and si and _THERE_RE.search(text, s_start, m.start):
                            # "... ended in Sydney on Sunday. Police there put the crowd at 200,000": the
                            # place the sentence before named
                            b_start, b_end = sentences[si - 1]
                            named = _IN_PLACE_RE.findall(text, b_start, b_end)
                            place = crowds.clause_place(named[-1]) if named else ""
                        subject, subject_cls = crowds.crowd_subject(subject, place), "people"
                        crowd_place = place
                        if place and sent_place and place != sent_place:
                            sent_places_differ = True
                        sent_place = place or sent_place
                        # a sentence that counts two cities leaves the next sentence's place open
                        para_place = "" if sent_places_differ else sent_place
                        # "A march drew 130,000 on Saturday, police said. Organisers put the crowd at
                        # 200,000": the second count is of Saturday's march too
                        if dated:
                            para_day = as_of
                        elif para_day is not None:
                            as_of = para_day
                if crowd_place and pick is not None and all(pick is not p for p in picked):
                    counted_at = pick_places.setdefault(id(pick), crowd_place)
                    if counted_at != crowd_place and pick is not follow_up:
                        # "Officials in Chicago counted 85,000. About 30,000 marched in Atlanta": a
                        # count carried from another city's sentence is not that city's officials'
                        pick, source = None, None
                elif crowd_place and pick is not None:
                    pick_places.setdefault(id(pick), crowd_place)
                metric = claim.metric
                if (
                    metric == "affected"
                    and subject_cls in ("objects", "other")
                    and subject
                    and _HOMES_AFFECTED_RE.search(subject) is None
                ):
                    # "48 NHS trusts had been affected", "30,000 institutions infected": things hit are
                    # counted; only people (and the homes they live in) are affected
                    metric = "count"
                final = ExtractedClaim(
                    char_start=claim.char_start,
                    char_end=claim.char_end,
                    quote=text[claim.char_start : claim.char_end],
                    sentence=sentence.strip(),
                    value=claim.value,
                    value_high=claim.value_high,
                    qualifier=claim.qualifier,
                    low=claim.low,
                    high=claim.high,
                    metric=metric,
                    subject=subject,
                    subject_class=subject_cls,
                    attribution=pick.words if pick is not None else "",
                    source=source,
                    scope=claim.scope,
                    since=since,
                    as_of=as_of,
                    currency=claim.currency,
                )
                final = _as_earlier_count(final, claims, text, s_start)
                if _whole_runs_with_part(text, final, claims[-1] if claims else None):
                    # "had evacuated more than 123,000. U.S. planes alone flew 79,000 of them out since
                    # August 14": the whole the running part belongs to runs since that day too
                    claims[-1] = replace(claims[-1], scope="cumulative", since=final.since)
                claims.append(final)
                last_claim_phrase[0] = pick.phrase if pick is not None else ""
                prev_claim = final
                if (
                    final.subject
                    and final.metric not in _UNIT_METRICS
                    and not final.subject.endswith(_MARKED)
                ):
                    # the paragraph's head figure, not its breakdown ("93 people ..., six women") nor a
                    # part or a difference the text ties to another figure
                    para_subjects.setdefault(final.metric, (final.subject, final.subject_class))
                prev_pick = pick
            if picked:
                para_last = picked[-1]
            elif prev_pick is not None:
                para_last = prev_pick
        if sentences:
            last_span = sentences[-1]
        if len(claims) > para_claims_start:
            last_claim = claims[-1]
            if last_claim.attribution and last_claim.metric in PEOPLE_METRICS:
                carry_metrics = {
                    c.metric
                    for c in claims[para_claims_start:]
                    if c.attribution == last_claim.attribution and c.metric in PEOPLE_METRICS
                }
                carry_classes = {
                    c.subject_class
                    for c in claims[para_claims_start:]
                    if c.attribution == last_claim.attribution
                }
                carry_pick = _Picked(None, last_claim_phrase[0], last_claim.attribution)
            else:
                carry_pick = None
        elif para_has_mentions:
            carry_pick = None
    _conversions_share_source(claims, text)
    return crowds.settle_places(claims, text) if story_crowd else claims


#: a figure restated in another unit in brackets right after it ("10 million yuan ($1.4 million)")
_CONVERSION_GAP_RE = re.compile(
    r"\s*\(\s*(?:about|around|roughly|some|approximately|nearly|almost|or|equal\s+to|worth)?\s*$",
    re.IGNORECASE,
)


def _conversions_share_source(claims: list[ExtractedClaim], text: str) -> None:
    """A bracketed conversion of a figure is the same figure: it has the source of the one it converts
    ("The ministry pledged 10 million yuan ($1.4 million)")."""
    for i in range(1, len(claims)):
        prev, claim = claims[i - 1], claims[i]
        if (
            claim.source is None
            and prev.source is not None
            and claim.metric == prev.metric
            and claim.char_start > prev.char_end
            and _CONVERSION_GAP_RE.fullmatch(text[prev.char_end : claim.char_start])
        ):
            claims[i] = replace(
                claim,
                source=prev.source,
                attribution=prev.attribution,
                subject=claim.subject or prev.subject,  # one amount, so one thing it pays for
            )


_OF_THEM_AFTER_RE = re.compile(r"\s+of\s+(?:them|those|these|whom)\b", re.IGNORECASE)
_PERFECT_BEFORE_RE = re.compile(
    r"\b(?:has|have|had)\s+(?:[a-z]+ly\s+|also\s+|together\s+|now\s+|so\s+far\s+|already\s+)*[a-z]+(?:ed|en|wn)\s+"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _whole_runs_with_part(text: str, part: ExtractedClaim, whole: ExtractedClaim | None) -> bool:
    """Whether ``whole`` (the figure just before) is a running total because ``part``, a share of it
    ("79,000 of them"), runs since a day: the perfect tense of the whole ("had evacuated more than
    123,000") says it is a count so far, and its part says since when."""
    if whole is None or part.scope != "cumulative" or part.since is None or whole.scope != "incident":
        return False
    if whole.metric != part.metric or whole.value <= part.value or part.char_start - whole.char_end > 300:
        return False
    if _OF_THEM_AFTER_RE.search(part.quote) is None:
        return False
    lead = re.split(r"[.;!?]\s", text[max(0, whole.char_start - 80) : whole.char_start])[-1]
    return _PERFECT_BEFORE_RE.search(lead) is not None


def _earlier_day(
    text: str, prev_span: tuple[int, int] | None, sentence: str, published_at: datetime | None
) -> date | None:
    """The day the previous sentence names, when this one says "that day" or "the previous day"."""
    if prev_span is None or not EARLIER_DAY_HINT.search(sentence):
        return None
    return last_named_day(text[prev_span[0] : prev_span[1]], published_at)


_MIGHT_ATTR_RE = CaselessPattern(
    re.compile(
        r"\b(?:said|says|according|reported|citing|told|added|announced|estimated|figures|data|tally|stated"
        r"|confirmed|wrote|replied|responded|argued|estimate|toll|count|figure|findings|conclusions?)\b",
        re.IGNORECASE,
    )
)


_PLACED_VOICES = frozenset(("authorities", "officials", "police", "government"))
#: the place a relative clause opens on, right before the mention: "headed for Vietnam, where authorities"
_PLACE_WHERE_RE = re.compile(r"((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2}),\s+where\s+(?:the\s+)?$")
_LEAD_PLACE_RE = re.compile(
    r"\b(?:[Ii]n|[Aa]cross|[Ff]rom|[Ii]nside)\s+(?:the\s+)?"
    # "cut in, in French, to say": a language spoken, no place
    rf"(?!(?:{'|'.join(sorted(w.title() for w in LANGUAGES))})\b(?:,|\s+(?:to|and|that|as)\b|$))"
    r"((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})"
)


#: a body owned by "the country" or "the nation" the sentence has just named
_THE_COUNTRYS_RE = re.compile(r"(?:the\s+)?(?:country|nation)['’]s?\s+\w", re.IGNORECASE)
_CAPITALISED_RUN_RE = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")


def _last_country(reg: Any, lead: str) -> str:
    """The last run of capitalised words in ``lead`` that names a region the registry knows."""
    regions_in = getattr(reg, "regions_in", None)
    if regions_in is None:
        return ""
    for m in reversed(list(_CAPITALISED_RUN_RE.finditer(lead))):
        if regions_in(m.group(0)):
            return m.group(0)
    return ""


_TITLED_HEAD_RE = re.compile(r"^(?:Prime\s+Minister|Chancellor)\s+[A-ZÀ-Þ]")


_BARE_HEADS = frozenset(("police", "army", "military", "ministry", "coast guard", "fire brigade", "navy"))


def _fuller_name_in(sentence: str, phrase: str, name: str) -> str:
    """A capitalised name in ``sentence`` that spells out the bare head ``phrase`` ("Police" ->
    "Japan's National Police Agency"), or ""."""
    head = re.sub(r"^(?:the|a)\s+", "", phrase.strip(), flags=re.IGNORECASE).lower()
    if head not in _BARE_HEADS or name.lower() != head:
        return ""
    found = re.search(
        r"(?:[A-Z][\w.-]*(?:['’]s)?\s+){1,4}" + re.escape(head.title()) + r"(?:\s+[A-Z][\w.-]*){0,3}",
        sentence,
    )
    return found.group(0) if found is not None and found.group(0).strip().lower() != head else ""


def _around_mention(text: str, pick: _Picked) -> str:
    """Where a bare "Prime Minister X" / "Chancellor Y" finds the country they lead: the mention's own
    sentence before it ("Germany has promised 500 million euros, Chancellor Y said") when it names a
    place, else its paragraph before it ("Australia made the biggest offer. Prime Minister X
    announced ..."); the article's main country may be another (a donor in a story of a summit)."""
    if pick.mention is None or _TITLED_HEAD_RE.match(pick.phrase) is None:
        return ""
    start = pick.mention.start
    before = text[text.rfind("\n", 0, start) + 1 : start]
    sentence = _SENTENCE_BREAK_RE.split(before)[-1]
    reg = default_registry()
    if reg is not None and sentence.strip() and reg.regions_in(sentence):
        return sentence
    return before


_SENTENCE_BREAK_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def _resolve_source(
    reg: Any,
    phrase: str,
    context: str,
    lead: str = "",
    cache: dict[str, SourceMatch | None] | None = None,
    around: str = "",
) -> SourceMatch | None:
    """A name the registry knows on its own is resolved without context (memoised across articles);
    generic, relayed or unknown mentions ("the ministry", "Kyodo, citing the coast guard", "the
    governor's office") are resolved again with the article as context. An unknown phrase that names
    its own owner ("Kuwait's foreign minister", "the Bouches-du-Rhone prefecture") stays itself: the
    story's country is not its owner. ``lead`` is the mention's sentence before the mention: a place
    it names ("In Syria, the health ministry said") places the mention before the article does.
    ``cache`` memoises the answers within an article. ``around`` is where a head of government named
    by bare title finds their country (see :func:`_around_mention`)."""
    if cache is not None and phrase in cache:
        return cache[phrase]
    plain: SourceMatch | None = reg.resolve(phrase)
    relayed = attr.RELAYED_RE.search(phrase) is not None
    if plain is not None and not plain.known:
        # "Prime Minister John Howard": the name is no owner of the office, the country is
        head = _head_of_government(reg, phrase, around, context, cache)
        if head is not None:
            return head
    if plain is not None and not relayed and (plain.known or attr.names_own_owner(phrase, reg)):
        if cache is not None:
            cache[phrase] = plain
        return plain
    places = " ".join(p.group(1) for p in _LEAD_PLACE_RE.finditer(lead)) if " " in lead else ""
    where = _PLACE_WHERE_RE.search(lead[-80:]) if ", where" in lead else None
    if where is not None:
        places = where.group(1)  # "... headed for Vietnam, where authorities moved": that place's
        bare = re.sub(r"^the\s+", "", phrase.strip().lower())
        if bare in _PLACED_VOICES:
            named: SourceMatch | None = reg.resolve(f"{places} {bare}")
            if named is not None:
                return named
    if _THE_COUNTRYS_RE.match(phrase):
        # "the country's disaster agency", "the nation's health ministry": the country the sentence
        # named last before it ("... hit the central Philippines ..., according to the country's
        # disaster agency"), not the one the rest of the story talks about most.
        last = _last_country(reg, lead)
        if last:
            places = last
    local: SourceMatch | None = None
    if places:  # "In Syria, ...", "... in the Gaza Strip, the ministry said"
        key = phrase + "\x01" + places
        if cache is not None and key in cache:
            local = cache[key]
        else:
            regions_in = getattr(reg, "regions_in", None)
            if regions_in is not None and regions_in(places):
                try:
                    local = reg.resolve(phrase, places)
                except TypeError:
                    local = None
            if cache is not None:
                cache[key] = local
        if local is not None and local.known:
            return local
    if cache is not None and phrase + "\x00" in cache:
        found = cache[phrase + "\x00"]
    else:
        try:
            with_context: SourceMatch | None = reg.resolve(phrase, context)
        except TypeError:  # a registry without context support
            with_context = None
        found = with_context if with_context is not None else plain
        if cache is not None:
            cache[phrase + "\x00"] = found
    if local is not None and _same_region(reg, local, places) and not _same_region(reg, found, places):
        # "In Sri Lanka, ..., the government said": the sentence's own place owns the generic head
        # even when the registry lists no such body there; the country the rest of the story talks
        # about (a donor named earlier) is not the speaker.
        return local
    return found


def _head_of_government(
    reg: Any, phrase: str, around: str, story: str, cache: dict[str, SourceMatch | None] | None
) -> SourceMatch | None:
    """The government a "Prime Minister X" speaks for, the first answer found kept for the article:
    "he said" later, in a paragraph that names another country, is still the same person."""
    key = phrase + "\x02"
    if cache is not None and cache.get(key) is not None:
        return cache[key]
    finder = getattr(reg, "head_of_government", None)
    if finder is None or not (around or story) or _TITLED_HEAD_RE.match(phrase) is None:
        return None
    head: SourceMatch | None = finder(phrase, around, story)
    if cache is not None and head is not None:
        cache[key] = head
    return head


def _same_region(reg: Any, match: SourceMatch | None, places: str) -> bool:
    """Whether ``match`` is a body of a region ``places`` names (a registered body by its region, an
    unregistered one by the region words of its name)."""
    if match is None:
        return False
    regions_in = getattr(reg, "regions_in", None)
    if regions_in is None:
        return True
    entry = reg.get(match.slug) if hasattr(reg, "get") else None
    own = {entry.region} if entry is not None and entry.region else set(regions_in(match.name))
    return bool(own & set(regions_in(places)))


def _might_attribute(sentence: str) -> bool:
    return _MIGHT_ATTR_RE.search(sentence) is not None


@dataclass(slots=True)
class _Draft:
    char_start: int
    char_end: int
    currency: str
    high: float | None
    low: float | None
    metric: str
    qualifier: str
    scope: str
    since_phrase: str
    subject: str
    subject_class: str
    value: float
    value_high: float | None


_CLAUSE_CUT_RE = CaselessPattern(
    re.compile(
        r",\s+(?:and|but|while|whereas|after|when|because|although|though)\s|,\s+as\s(?!well\s+as)|;"
        # "..., days before Gemayel was killed": a time clause of its own
        r"|,\s+(?:(?:[\w-]+\s+){0,2}(?:days?|hours?|weeks?|months?|years?|minutes?)|shortly|soon|just)\s+"
        r"(?:before|after|until|when)\s"
        r"|\s(?:and|but)\s+(?:that|said)\s|\s(?:while|whereas)\s"
        r"|,\s+that\s+(?!(?:number|figure|toll|count|total|sum|amount|is|was)\b)",
        re.IGNORECASE,
    )
)
_POWER_TO_RE = re.compile(
    r"\b(?:power|electricity|water|gas)\s+(?:lines|supplies|supply|cables|mains|service)\s+to\s+$",
    re.IGNORECASE,
)


_OWN_NOUN_FIGURE_RE = re.compile(
    # "... had made the journey and recording 2,373 deaths": a coordinated participle's own figure too
    r"\s(?:and|or)\s+(?:(?:recording|reporting|counting|listing|confirming|adding)\s+)?"
    r"(?:(?:about|some|around|nearly|more\s+than|at\s+least|over)\s+)?"
    r"(?:\d[\d,.]*|dozens|scores|hundreds|thousands)\s+(?:of\s+)?"
    r"(?:deaths|dead|fatalities|bodies|injuries|injured|wounded|arrests|missing)\b",
    re.IGNORECASE,
)


#: a body "there": the place the sentence before named ("Police there put the crowd at 200,000")
_THERE_RE = re.compile(r"\b[A-Za-z]+\s+there\b")
_IN_PLACE_RE = re.compile(r"\bin\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
#: the rest of a group just counted, named after the figure: "the others were two ticket clerks"
_OTHERS_WERE_RE = re.compile(
    r"\bthe\s+(?:others|rest|remainder|remaining\s+[a-z]+)\s+(?:were|are|included|include)\s+$", re.IGNORECASE
)
_SUBSET_ASIDE_RE = re.compile(
    r"\s*,\s*(?:among\s+them|including|of\s+whom|most\s+of\s+them|many\s+of\s+them)\b[^;,]{1,90},\s*"
    # "Thirty-seven foreigners of eight nationalities died"
    r"|\s+(?:of|from)\s+(?:\d+|[a-z]+)\s+(?:different\s+)?(?:nationalities|countries)\s+",
    re.IGNORECASE,
)
_PAST_ASIDE_RE = re.compile(
    rf"^\s*,[^,;]{{1,50}},|^\s+and\s+(?:\d[\d,]*|{NUMBER_WORD})\s+(?:of\s+)?(?:[\w'’-]+\s+){{0,4}}?(?=(?:had\s+|have\s+|were\s+|was\s+)?"
    r"(?:been\s+)?(?:killed|died|dead|injured|wounded|freed|released|rescued|missing)\b)",
    re.IGNORECASE,
)


def _clause(right: str) -> str:
    """The window to the right of a figure up to the next coordinated clause ("16,000 people applied for
    aid, and 7,500 were displaced": the second verb is not the first figure's)."""
    cut = _CLAUSE_CUT_RE.search(right)
    return right[: cut.start()] if cut is not None else right


#: no caseless twin: on the short windows it reads, matching twice (twin, then the pattern) costs more
_NUMBER_OF_RE = re.compile(
    r"\b(?:number|numbers|count|tally|list|total)\s+of\s+(?:the\s+)?(?P<np>(?:[^\d,;:()]|(?<=[A-Za-z.]\s)\d{1,2}\b){2,90}?)"
    r"(?=\s+(?:has\s+|had\s+|have\s+)?(?:rose|risen|rises|climbed|jumped|surged|reached|fell|fallen"
    # "the number of people known to have died rose to": an infinitive stays in the noun phrase
    r"|dropped|stood|stands|was|is|were|at|to(?!\s+(?:have|be)\b))\b|\s*,)",
    re.IGNORECASE,
)


#: an adverb of degree or manner before the verb ("nearly doubled", "more than tripled", "sharply rose"); not
#: a preposition ("people held over the attacks") nor a time adverb that can modify a participle ("people
#: already displaced"), which both stay inside the noun phrase
_NP_ADVERB_RE = re.compile(
    r"\s+(?:nearly|almost|roughly|approximately|more\s+than|sharply|steadily|rapidly|quickly|suddenly|swiftly"
    r"|dramatically)\s+(?=[a-z])",
    re.IGNORECASE,
)


def _number_of(text: str, s_start: int, q_start: int) -> tuple[str, str]:
    """("missing", "people") for "The number of people unaccounted for ... surged to 323": the last
    "number/count/list of X" before the figure, with no other figure in between."""
    left = text[max(s_start, q_start - 220) : q_start]
    last = None
    for m in _NUMBER_OF_RE.finditer(left):
        last = m
    if last is None or any(ch.isdigit() for ch in left[last.end() :]):
        return "", ""
    if _OTHER_FIGURE_RE.search(left, last.end()):
        return "", ""  # "given the number of districts destroyed, the final figure could reach 20,000"
    if re.search(
        r",\s+(?:when|where|which|who|after|while|as|because|since)\b", left[last.end() :], re.IGNORECASE
    ):
        return "", ""  # "a count of figures from police since July 16, when six people died": its own clause
    # "the number of injured nearly doubled to 149": an adverb of the verb closes the noun phrase
    np = _NP_ADVERB_RE.split(last.group("np"), maxsplit=1)[0]
    found, _d = metric_near("", np, right_limit=8)
    if found == "hostages":
        found = metric_from_subject(np) or found  # "the number of hostages killed": what befell them
    # "the number of seriously injured": a degree of the state, no noun of who was counted
    bare = re.sub(r"^\s*(?:[a-z]+ly\s+)+", "", np)
    subject, _e = read_subject(bare, 0, len(bare))
    if bare != np and subject.lower() in ("injured", "wounded", "dead", "missing", "killed", ""):
        subject = ""
    return (found or "count"), subject


_RELATIVE_COUNTS_BETWEEN_RE = re.compile(
    r",\s+(?:which|who)\s+[^;:]*?\d[\d,.]*\s+[^;:]*,\s*(?:according|as\s+reported)"
)
_FOUND_THAT_RE = re.compile(
    r"\b(?:found|finds|showed|shows|concluded|concludes|estimated|estimates)\s+that\b"
)
_CONTRAST_BETWEEN_RE = re.compile(r"\b(?:while|whereas|but)\s", re.IGNORECASE)
_CONTRAST_RE = re.compile(r"^[\s,;]*(?:while|whereas)\b", re.IGNORECASE)
_AS_SEARCHERS_RE = re.compile(
    r"^[\s,;]*as\s+(?:the\s+)?(?:[\w-]+\s+)?(?:rescuers|searchers|emergency\s+workers|rescue\s+workers|crews|divers"
    r"|teams|firefighters|volunteers|soldiers)\s+(?:\w+\s+)?(?:searched|combed|dug|scoured|looked|hunted|were\s+searching"
    r"|kept\s+searching|continued\s+(?:to\s+search|searching))\b",
    re.IGNORECASE,
)
_SPEECH_OPENER_RE = re.compile(
    r"\b(?:said|says|reported|told|stated|announced|confirmed)(?:\s+\[[^\]]*\])?$"
    # "Figures from the institute show ..., while ...": the data opening the sentence covers both
    r"|^(?:according\s+to|(?:figures|data|statistics|numbers)\s+(?:from|by|compiled\s+by))\s",
    re.IGNORECASE,
)
#: a mention opening a clause of its own, which speaks only for the figures after it ("40 died, with
#: the ministry saying 12 were missing": the 40 is not the ministry's)
_SUBORD_BEFORE_RE = CaselessPattern(
    # "... since the Electoral Commission declared Kibaki the winner": a clause of when, not a report
    re.compile(r"\b(?:as|after|when|because|before|until|with|since|once)\s+$", re.IGNORECASE)
)
#: a mention after ", and" / ", but" is the subject of a coordinated clause of its own ("Oslo pledged $9
#: million, and the Red Cross promised 2 million francs"): it speaks for the figures after it, never for
#: the figure that closes the clause before
_COORD_BEFORE_RE = re.compile(r",\s+(?:and|but)\s+$", re.IGNORECASE)
#: a participle that adds a gift to everyone's pool: ", bringing total pledges to", ", lifting international
#: aid commitments to"; never the giver's own total (", bringing the total to 1,700", "its pledges")
_TOTAL_PARTICIPLE_RE = re.compile(
    r",\s+(?:bringing|lifting|raising|taking|pushing|swelling)\s+(?!(?:its|their|his|her)\b)(?:[\w'’-]+\s+){0,4}?"
    r"(?:pledges|commitments|donations|contributions|aid|assistance|relief)\s+to\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
_AS_REPORTED_RE = re.compile(r"^[\s,;]*as\s+(?:reported|announced|confirmed|stated)\b", re.IGNORECASE)


def _in_aside(text: str, pos: int, seg_bounds: list[int], s_start: int) -> bool:
    """Whether ``pos`` sits in a subordinate segment (", as residents accused ...") of its sentence."""
    seg = _seg(seg_bounds, pos)
    if seg == 0:
        return False
    head = text[seg_bounds[seg - 1] : seg_bounds[seg - 1] + 40]
    return (
        _SUBORDINATE_RE.match(head) is not None
        and _SAME_SUBJECT_RE.match(head) is None
        and _AS_REPORTED_RE.match(head) is None
        and not head.lstrip(" ,;").lower().startswith(("while", "whereas", "but"))
    )


#: "Outside the city, the storm killed some 170 people": the outlet's own narration, not a breakdown of
#: the figures the previous paragraph attributed
_NARRATIVE_AGENT_RE = re.compile(
    r"\b(?:the|a)\s+(?:[\w-]+\s+){0,2}(?:storm|floods?|flooding|quake|earthquake|fire|blaze|wildfire|blast"
    r"|explosion|landslide|mudslide|tsunami|cyclone|hurricane|typhoon|heatwave|stampede|collapse|disaster|crash"
    r"|sinking)\s+(?:has\s+|had\s+|also\s+)?(?:killed|left|claimed|injured|displaced|destroyed)\b"
    # attackers told of in the outlet's words: "after Islamist gunmen killed 17 people in the French capital"
    r"|\b(?:gunmen|attackers|assailants|militants|bombers|insurgents|jihadists|extremists)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:killed|shot\s+dead|murdered|massacred)\b",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b(?![,.]\d)")


def _background(
    text: str, pos: int, seg_bounds: list[int], s_start: int, s_end: int, pub: date | None
) -> bool:
    """A figure about another time: "since the 2016 quakes, in which 276 people died", ", when a 1960
    tsunami killed 61". Such a figure takes no attribution carried over from earlier paragraphs."""
    seg = _seg(seg_bounds, pos)
    if seg > 0 and _TEMPORAL_RE.match(text[seg_bounds[seg - 1] : seg_bounds[seg - 1] + 30]):
        return True
    if pub is None:
        return False
    return any(int(y.group(0)) < pub.year - 1 for y in _YEAR_RE.finditer(text, s_start, s_end))


_POPULATION_BEFORE_RE = re.compile(
    r"(?:\b[A-Z][\w-]*|\bthe\s+(?:city|town|country|region|island|province|state|territory|village|strip"
    r"|enclave|area))(?:'s|’s)\s+(?:estimated\s+|roughly\s+|some\s+|about\s+|nearly\s+|more\s+than\s+)?$"
)
_RELATIVE_ASIDE_RE = re.compile(r",\s+(?:[a-z][\w'’-]*\s+){0,3}?(?:who|whom|whose|which)\b[^,;:.()]{0,120},")
_RAISED_TO_RE = CaselessPattern(
    re.compile(
        r"\b(?:brought|brings|bringing|bring|raised|raises|raising|raise|pushed|pushes|pushing|push|took|takes"
        r"|taking|lifted|lifting)\s+to\s+$",
        re.IGNORECASE,
    )
)
_NUMBER_OF_AFTER_RE = re.compile(
    r"\s+the\s+(?:total\s+|overall\s+)?(?:number|count|tally|toll)\s+of\s+(?:the\s+)?", re.IGNORECASE
)
_PREDICATE_RE = re.compile(r"\s+(?:were|are|was)\s+(?:all\s+)?(?=[a-z])")
_SUBSET_CLASSES = frozenset(("children", "women", "soldiers", "militants", "civilians"))
_AMONG_THEM_RE = re.compile(
    r"^\s*(?:Among|Of)\s+(?:them|those|these|whom|the\s+(?:dead|victims|injured|wounded|missing|rescued"
    r"|survivors))\b[\s,]*(?:were|are|was|is)?\s*$",
    re.IGNORECASE,
)
_OTHER_FIGURE_RE = re.compile(r"\b(?:figure|toll|tally|estimate)\b", re.IGNORECASE)
_FIGURE_BACKREF_RE = re.compile(
    r"(?:\b(?:the|that|this|its|their|final|eventual|real|true|actual|overall)|[A-Z][\w-]*['’]s)\s+(?:\w+\s+)?(?:figure|tally"
    r"|number|count|total|estimate)\s+(?:\w+\s+){0,4}(?:reach(?:ed)?|top(?:ped)?|exceed(?:ed)?|(?:rise|rose|climb(?:ed)?"
    r"|jump(?:ed)?)\s+to|hit|be|been|was|(?:stand|stood)\s+at|pass(?:ed)?)\s+"
    r"(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: a place's share of the count just told: "Mexico City accounted for 86 of the dead ... Morelos state, just
#: south of the capital, had 71"
_PLACE_SHARE_LEFT_RE = re.compile(rf"^\s*{attr.PLACE_SHARE}\s+$")
#: a count named by its owner and told with "of" or "at": "the official count of 64", "the ministry's
#: count is lower, at 171"
_COUNT_OF_BACKREF_RE = re.compile(
    r"(?:\b(?:the|that|this|its|their|official|own)|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,2}?(?:figure|tally|count"
    r"|total|estimate)(?:\s+(?:is|was|stands|stood)(?:\s+[a-z]+)?,?)?\s+(?:of|at)\s+(?:(?:just|only|about|some)\s+)?$"
    # in apposition: "The highest estimate, about 1,500, came from ..."
    r"|(?:\b(?:the|that|this|its|their)|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,2}?(?:figure|tally|count|total|estimate)"
    r"\s*,\s+(?:(?:just|only|about|some|around|roughly|nearly|more\s+than|at\s+least)\s+)?$",
    re.IGNORECASE,
)
_DEATH_WORDS_RE = re.compile(r"\b(?:deaths?|dead|died|killed|fatalities|death\s+toll)\b", re.IGNORECASE)
_METRIC_HEADS = frozenset(["deaths", "dead", "fatalities", "lives", "killed", "casualties", "victims"])
_PLACE_AFTER_RE = re.compile(
    r"\s*,?(?:\s+(?:were|was|are|is))?\s+(?:in|at|across|near|outside|off)\s+(?P<place>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|de\s+|al-)?"
    r"[A-Z][\w'’.-]*)*(?:\s+(?:province|region|district|county|city|prefecture|state|governorate|village|town"
    r"|camp|area|port|island|peninsula|valley))?)"
)
# ("from": "Iran lost 464 pilgrims. Nigeria ... 199" -- the pilgrims from Iran are not Nigeria's)
_PLACE_TAIL_RE = re.compile(r"\s+(?:in|at|across|near|outside|off|from)\s+(?:the\s+)?[A-Z].*$")
_NOT_PLACE_WORDS = CALENDAR_WORDS | frozenset(
    [
        "ministry",
        "agency",
        "office",
        "council",
        "committee",
        "court",
        "government",
        "police",
        "department",
        "institute",
    ]
)


#: ("335 of those on the Pan Am plane": "those" with a phrase of their own name a new whole)
_PART_OF_RE = re.compile(
    r"\s+of\s+(?:which|whom|them|(?:those|these)(?!\s+(?:on|in|at|aboard|from|inside|who|killed|injured|wounded)\b))\b",
    re.IGNORECASE,
)
_CROWD_OF_RE = re.compile(r"\b(?:a|the)\s+(?:[\w-]+\s+)?crowds?\s+of\s+$", re.IGNORECASE)
_OWN_PREDICATE_RE = re.compile(
    r"^\s*(?:[\w'’-]+\s+)?(?:were|are|was|is|had\s+been|have\s+been|has\s+been|remain(?:ed|s)?)\s+"
    r"(?:still\s+|also\s+|now\s+)?(?:listed|reported|registered|recorded|considered|classed|counted)\s+as\b"
    # "and some 250 were dragged back into Gaza as captives": what they were taken as
    r"|^\s*(?:were|was|had\s+been|have\s+been)\s+(?:[\w'’-]+\s+){1,5}?as\s+(?:captives|hostages|prisoners)\b",
    re.IGNORECASE,
)
#: an incident named after a preposition and recalled by its toll: "over the crush that killed",
#: "into the fire which claimed the lives of"
_INCIDENT_RECALLED_RE = re.compile(
    r"\b(?:over|into|for|about|following|after)\s+(?:the|a|last\s+\w+['’]s)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:that|which)\s+(?:killed|left|claimed(?:\s+the\s+lives\s+of)?|took\s+the\s+lives\s+of)\s+"
    r"(?:(?:at\s+least|more\s+than|nearly|about|some|over)\s+)?$"
    # "agreed on Friday to ban the rifles, 12 days after a gunman killed 32 people": the incident the act
    # followed, recalled by the writer, not a figure the ministers gave
    r"|\b(?:days?|weeks?|months?|years?|hours?|shortly|soon|just|only)\s+after\s+(?:an?\s+|the\s+|[\w'’-]+['’]s\s+)?"
    r"(?:(?!said\b|says\b|told\b|reported\b)[\w'’-]+\s+){0,4}?(?:killed|left|claimed(?:\s+the\s+lives\s+of)?"
    r"|took\s+the\s+lives\s+of)\s+(?:(?:at\s+least|more\s+than|nearly|about|some|over)\s+)?$"
    # a rescue named by the captives it freed: "in Saturday's Israeli raid on the camp that freed four
    # hostages", "Israel's weekend raid to free four hostages": which raid, not the speaker's count
    r"|\b(?:raid|operation|mission|assault|rescue)\s+(?:(?:on|in|at)\s+(?:[\w'’-]+\s+){1,4}?)?"
    r"(?:(?:that|which)\s+(?:freed|rescued|released)|to\s+(?:free|rescue))\s+(?:(?:the|all)\s+)?$",
    re.IGNORECASE,
)
_EVENT_VERB_BEFORE_RE = re.compile(
    r"\b(?:killing|killed|wounding|wounded|injuring|injured|kills|wounds|injures|leaving|left)\s+"
    r"(?:(?:at\s+least|more\s+than|nearly|about|some|over|up\s+to|another|all)\s+)?$",
    re.I,
)
_OUTBREAK_RE = re.compile(
    r"\b(?:outbreak|epidemic|pandemic|cholera|ebola|measles|dengue|malaria|typhoid|diphtheria|covid|coronavirus"
    r"|virus|infections?|infected|disease|flu|influenza|pneumonia|sars|mers|mpox|plague|hepatitis|tuberculosis"
    r"|meningitis|polio|zika|anthrax|salmonella|listeria|legionnaires['’]?|e\.\s?coli)\b",
    re.I,
)
_SICK_CARE_RE = re.compile(r"\b(?:admitted|hospitali[sz]ed|treated|taken\s+(?:in|to\s+hospital))\b", re.I)
_ACCORDING_FIGURES_RE = re.compile(
    r"(?:according\s+to|by)\s+(?:[\w'’.-]+\s+){0,5}?(?:figures|data|count|tally|statistics|numbers|toll)\b",
    re.I,
)
_MARKED = (" (part)", " (difference)")
_INCLUDING_BEFORE_RE = re.compile(r"\b(?:including|among\s+them|of\s+whom)\s*$", re.IGNORECASE)
# "11 of them children", "40 of whom were women": the class already tells the part from the whole
_SUBSET_WORD_RE = re.compile(
    r"\b(?:children|child|minors|women|girls|boys|civilians|soldiers|troops|militants|fighters)\b",
    re.IGNORECASE,
)
_DIFFERENCE_AFTER_RE = re.compile(
    r"\s*(?:more|fewer|less|higher|lower|additional|extra)(?:\s+[a-z]+){0,2}\s+than\b", re.IGNORECASE
)


def _place_after(text: str, pos: int, limit: int) -> str:
    """ "in Al Haouz province" right after a figure's noun phrase ("1,591 deaths in Al Haouz province");
    never a place further along the sentence."""
    m = _PLACE_AFTER_RE.match(text, pos, limit)
    if m is None:
        return ""
    place = m.group("place")
    words = [w.lower().rstrip(".") for w in place.split()]
    if any(w in _NOT_PLACE_WORDS for w in words) or words[-1] in ("the",):
        return ""
    return m.group(0).strip(" ,").rstrip(".")


_PLEDGE_VERB_RE = re.compile(
    r"\b(?:pledged|pledges|promised|promises|committed|commits|contributed|contributes|offered|offers|donated"
    r"|donates|would\s+contribute|will\s+contribute|would\s+give|will\s+give|would\s+provide|will\s+provide"
    r"|contributions?|pledges?|donations?|offers?|commitments?|gifts?)\b|\b(?:offered|pledged|promised|given"
    r"|committed|contributed|provided|donated)\s+by\b",
    re.IGNORECASE,
)


def _giver_subject(claim: _Draft, pick: _Picked | None, source: SourceMatch | None) -> str:
    """ "the United States pledged $17.5 million" -> "United States pledge": money without a subject is
    named after its giver, so the engine keeps one giver's pledge apart from another's."""
    if claim.subject or claim.metric != "money" or pick is None or pick.mention is None:
        return claim.subject
    if pick.mention.speech and not pick.mention.gapped:
        return claim.subject
    if not pick.mention.gapped and _PLEDGE_VERB_RE.search(pick.words) is None:
        return claim.subject
    giver = source.name if source is not None else re.sub(r"^(?:the|The)\s+", "", pick.phrase)
    return f"{giver} pledge"


def _seg(bounds: list[int], pos: int) -> int:
    return bisect.bisect_right(bounds, pos)


_QUOTE_OPEN_RE = re.compile(r"(?:^|[\s(])[\"“]")
_QUOTE_CLOSE_RE = re.compile(r"[\"”](?:[\s,.;:)]|$)")
#: who a toll's part can be by where they come from: foreigners, tourists, Britons, Japanese
_NATIONALS_RE = re.compile(
    r"\b(?:foreigners|foreign\s+nationals|nationals|tourists|expatriates|visitors|[A-Z][a-z]+(?:ans|ese|ians|ons|is))\b"
)
#: people searched for are missing ("searching the rubble for 40 people"), whoever searches
_SEARCHED_FOR_RE = re.compile(
    r"\b(?:search(?:es|ed|ing)?|look(?:s|ed|ing)|hunt(?:s|ed|ing)?|comb(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,4}?for\s+"
    r"(?:(?:more\s+than|at\s+least|about|around|some|nearly|almost|up\s+to|another|a\s+further|the\s+remaining"
    r"|the\s+last)\s+)?$",
    re.IGNORECASE,
)
_WANTED_RE = re.compile(
    r"\b(?:suspects?|fugitives?|escapees?|prisoners?|inmates?|gunmen|attackers|militants)\b", re.I
)
#: the figure's own predicate says where the people were: "were aboard", "had been on board"
_ABOARD_RE = re.compile(
    r"\s*(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:aboard|on\s+board|inside|on\s+the"
    r"\s+(?:ship|ferry|boat|vessel|plane|train|bus|flight))\b",
    re.IGNORECASE,
)
_MEDEVAC_BEFORE_RE = re.compile(
    r"\b(?:flew|flown|airlifted|air-lifted|evacuated|transferred|medevaced|ferried)\s+(?:(?:another|a\s+further)\s+)?$",
    re.IGNORECASE,
)
#: "... lost 16 students", "Iran lost 464 pilgrims", "which had lost at least 40": the verb before a figure
_LOST = r"(?:has\s+|had\s+|have\s+)?(?:lost|loses|losing)\s+(?:(?:about|some|nearly|more\s+than|at\s+least|all)\s+)?$"
_LOST_BEFORE_RE = re.compile(rf"\b{_LOST}", re.IGNORECASE)
#: who lost them: a place named right before the verb ("Haltern am See, which lost", "Iran lost")
_LOSER_RE = re.compile(
    r"(?<![\w'’-])(?P<who>(?!(?:The|A|An|It|They|He|She|We|Which|Who|In|On|At|For|By)\b)[A-Z][\w'’-]+"
    r"(?:\s+(?:(?:am|an|de|del|la|le|el|al|of|upon|sur)\s+)?[A-Z][\w'’-]+){0,3})(?:,\s+(?:which|who))?\s+"
    + _LOST
)
#: events counted as events: a figure naming them counts them, whatever befell people around them
_EVENT_NOUNS = frozenset(
    ("tremors", "aftershocks", "quakes", "earthquakes", "explosions", "blasts", "attacks", "airstrikes", "strikes",
     "raids", "bombings", "shootings", "storms", "landslides", "fires", "waves")
)  # fmt: skip
#: visitors who leave a country in turmoil go home: they are counted, not displaced
_TRAVELLERS = frozenset(
    ("tourists", "visitors", "holidaymakers", "vacationers", "travellers", "travelers", "expatriates", "expats",
     "investors", "businessmen")
)  # fmt: skip
_MEDEVAC_AFTER_RE = re.compile(r"\b(?:to|abroad|out\s+of)\b", re.IGNORECASE)
_MEDEVAC_PASSIVE_RE = re.compile(
    r"^[^,;]{0,40}?\b(?:were|was|have\s+been|had\s+been)\s+(?:flown|airlifted|air-lifted|medevaced|evacuated)"
    r"\s+(?:to|abroad|out\s+of)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK_RE = re.compile(r",\s+(?:and|but)\s|;")
_WITH_ABSOLUTE_RE = re.compile(
    r",\s+with\s+(?:[\w'’-]+\s+){1,6}?(?:running|standing|at|reaching|near|above|topping)\b[^,;]*$"
)
_NEW_SUBJECT_RELATIVE_RE = re.compile(
    r",\s+(?:and|but)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+(?:which|who)\s[^,;]*$"
)
_OUTLET_RE = re.compile(
    r"\b(?:news\s+agency|newspaper|broadcaster|television|TV|radio|daily|state\s+media|news\s+service"
    r"|tabloid|wire\s+service)\b",
    re.IGNORECASE,
)


def _is_outlet(phrase: str) -> bool:
    """A news organisation ("the state news agency", "Reuters"): it reports deeds, it does not do them."""
    if _OUTLET_RE.search(phrase):
        return True
    reg = default_registry()
    if reg is None:
        return False
    match = reg.resolve(phrase)
    return match is not None and match.known and match.kind == "media"


#: after "as <body> added/updated ...": the body's own list or tally is what it changes
_UPDATES_OWN_LIST_RE = re.compile(
    r"(?<=added|dated|vised|aised|wered|ected)\s+(?:[\w-]+\s+){0,5}?(?:to|in|on)?\s*(?:its|their)\s+"
    r"(?:own\s+|official\s+)?(?:list|tally|count|figures|toll|records|register|database)\b"
)
#: what may stand between a postposed speaker and a contrast clause: "NHK reported on Thursday, while"
_POSTPOSED_TAIL_RE = re.compile(
    # "..., the president told a public event, while ...": whom a speaker told goes with the tag
    r"(?:\s+(?:a|an|the|reporters|journalists|lawmakers|parliament|state\s+media)(?:\s+[\w-]+){0,3})?"
    r"(?:\s+(?:on|late|early)\s+\w+day)?\s*,?\s*"
)
_APPOSED_CONVERSION_RE = re.compile(
    r"(?:\s+(?:[a-z]+\s+)?(?:yuan|roubles|rubles|euros|pounds|yen|rupees|baht|dirhams|pesos|francs|lira|liras"
    r"|hryvnias|dollars|won|reais|rand|zlotys|shekels|riyals|dinars|krona|kronor|kroner))?(?:\s+each)?,\s+(?:or\s+)?"
    r"(?:about|roughly|around|approximately|some|nearly|almost)\s+(?:US\$|\$|€|£|¥)?",
    re.IGNORECASE,
)
_RELATIVE_TOLL_RE = re.compile(
    r"\b(?:that|which|who)\s+(?:(?:have|has|had)\s+(?:so\s+far\s+|already\s+)?)?(?:killed|left|displaced"
    r"|injured|wounded|claimed|affected|destroyed|damaged)\s+(?:(?:at\s+least|more\s+than|over|nearly|about"
    r"|some|around|almost)\s+)?$",
    re.IGNORECASE,
)
_WHEN_HEAD_RE = re.compile(r"[\s,;]*when\b", re.IGNORECASE)
_EVENT_VERB_RE = re.compile(
    r"\b(?:kill\w*|died|dies|dead|deaths?|injur\w*|wound\w*|destroy\w*|struck|strikes?|hit|swept|flood\w*"
    r"|collaps\w*|erupt\w*|explo\w*|crash\w*|burn\w*|attack\w*)\b",
    re.IGNORECASE,
)
_NOT_A_UNIT = frozenset(
    ("people", "persons", "dead", "deaths", "victims", "bodies", "casualties", "homes", "houses", "buildings")
)


def _same_count_compared(text: str, s_start: int, seg_start: int, fe: int) -> bool:
    """Whether a figure in a 'when' clause is the same measure as the sentence's figure before it,
    given for a past day to compare with ("275,000 trips by 11 a.m., the authority said, against
    Friday, when 193,000 trips had been logged"): the speaker's own series. An event told in the
    clause ("since 1960, when an earthquake killed 12,000") is background, not a comparison."""
    if not _WHEN_HEAD_RE.match(text, seg_start):
        return False
    clause_end = text.find(".", fe)
    clause = text[seg_start : clause_end if clause_end > 0 else fe + 80]
    if _EVENT_VERB_RE.search(clause):
        return False
    after = re.match(r"\s+(?:(?:million|billion|thousand)\s+)?([a-z]+)", text[fe : fe + 40])
    unit = after.group(1) if after is not None else ""
    if not unit or unit in _NOT_A_UNIT:
        return False
    return (
        re.search(rf"\d\s+(?:(?:million|billion|thousand)\s+)?{unit}\b", text[s_start:seg_start]) is not None
    )


_RELATIVE_PRONOUN_GAP_RE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?(?:that\s+|which\s+)?$")
_PERSONAL_PRONOUNS = frozenset(("it", "they", "he", "she", "we"))


#: what lies between a named speaker and the unnamed believers it reports ("X said [that] experts ...")
_TELLS_BELIEF_RE = re.compile(r"\s*(?:that\s+)?")
_UNNAMED_BELIEVERS_RE = re.compile(
    r"(?:the\s+|its\s+|their\s+)?(?:[a-z][\w-]*\s+)?(?:experts|analysts|scientists|investigators|researchers"
    r"|engineers|economists|specialists|officials|aid\s+workers|doctors)",
    re.IGNORECASE,
)
_FRONTED_CLAUSE_RE = re.compile(r",\s+(?:where|when|whose)\s")
_OWN_FIGURE_AFTER_RE = re.compile(
    r"\s+(?:(?:at\s+least|more\s+than|about|around|some|nearly|almost|roughly|only|just|over|up\s+to)\s+)?"
    r"(?:US\$|\$|€|£)?\d"
)
_RELATIVE_OPENER_BEFORE_RE = re.compile(r",\s+(?:which|whom)\s+$")


def _without_relative_pronoun(text: str, fe: int, post: list[_Picked]) -> list[_Picked]:
    """The mentions after a figure less a pronoun opening the figure's own relative clause ("the $8
    million it needs to pay pensions, the World Bank said"): that pronoun is the thing the figure
    belongs to, not who tells it, and a named speaker later in the sentence does."""
    if len(post) < 2:
        return post
    first = min(post, key=lambda p: p.mention.start if p.mention else 0)
    if first.mention is None:
        return post
    # "charged five people over the attack, which investigators now believe the driver had planned for
    # months, the prosecutor said": a speaker inside a relative clause of something else speaks of that
    in_relative = _RELATIVE_OPENER_BEFORE_RE.search(
        text, max(0, first.mention.start - 8), first.mention.start
    )
    if in_relative is None and (
        first.mention.phrase.lower() not in _PERSONAL_PRONOUNS
        or _RELATIVE_PRONOUN_GAP_RE.fullmatch(text, fe, first.mention.start) is None
    ):
        return post
    rest = [p for p in post if p is not first]
    if not any(
        p.mention is not None and p.mention.speech and p.phrase.lower() not in _PERSONAL_PRONOUNS
        for p in rest
    ):
        return post
    return rest


def _as_earlier_count(
    final: ExtractedClaim, claims: list[ExtractedClaim], text: str, s_start: int
) -> ExtractedClaim:
    """A figure that names no noun but goes on with a count the story just gave: what it counts and,
    told after "up from", whose it is.

    "The revised figure came from the state police, down from the 245 first given by firefighters",
    "The count compiled by the news agency had stood at 842 on Friday": it counts what the count it
    revises or continues counts (the latest toll of its order of size). "The death toll from the raids on
    two protest camps has risen to 525": the toll, whatever figure stands inside the phrase naming it.
    "The toll, up from 149 dead and 1,403 wounded given on Wednesday afternoon": the earlier count of the
    source the story just quoted."""
    recent = claims[-6:]
    if final.metric == "count" and not final.subject and final.value:
        revised = next(
            (
                c
                for c in reversed(recent)
                if c.metric in PEOPLE_METRICS and c.value and 0.5 <= final.value / c.value <= 2.0
            ),
            None,
        )
        if revised is not None and (
            _DOWN_FROM_BEFORE_RE.search(text, max(s_start, final.char_start - 40), final.char_start)
            or _COUNT_STOOD_RE.match(text, s_start, final.char_start)
        ):
            final = replace(final, metric=revised.metric, subject_class=revised.subject_class)
    if final.metric == "count" and _TOLL_ROSE_RE.match(text, s_start, final.char_start):
        final = replace(final, metric="killed", subject="", subject_class="people")
    if (
        not final.attribution
        and final.metric in PEOPLE_METRICS
        and _UP_FROM_RE.search(text, max(s_start, final.char_start - 60), final.char_start)
    ):
        told = next((c for c in reversed(recent) if c.metric == final.metric and c.attribution), None)
        if told is not None:
            final = replace(final, source=told.source, attribution=told.attribution)
    return final


def _tells_background(text: str, p: _Picked, fs: int, fe: int) -> bool:
    """Whether the figure at [fs, fe) is background to the mention ``p``, in the outlet's words: inside
    the relative clause describing the speaker ("President X, who governs a nation of some 170 million
    people, declared"), unless that clause reports a count of its own, or in a relative clause after a
    decision ("The court ordered that ..., scaling back a system that set off unrest in which 163 were
    killed")."""
    m = p.mention
    if m is None:
        return False
    if m.start < fs and fe <= m.end:
        rel = _SPEAKER_RELATIVE_RE.search(text, m.start, fs)
        return rel is not None and not _RELATIVE_REPORTS_RE.search(text, rel.end(), fs)
    return (
        m.end <= fs
        and _DECISION_END_RE.search(p.words) is not None
        and _RELATIVE_OPENER_RE.search(text, m.end, fs) is not None
    )


#: nothing but an article before a figure that opens a speaker's phrase ("The two survivors said")
_DETERMINER_ONLY_RE = re.compile(r"(?:(?:[Tt]he|[Aa]ll|[Aa]ll\s+the)\s+)?")


#: a relative clause set off by commas: "The war, which broke out after X accused Y of plotting a coup,"
_CLOSED_RELATIVE_RE = re.compile(r",\s+(?:which|who|whose|where)\b[^,;:.]*,")


_PER_SHARE_AFTER_RE = re.compile(
    r"\s+(?:a|per)\s+(?:share|unit|barrel|tonne|ton|ounce)\b|\s+each\b", re.IGNORECASE
)
_PER_UNIT_AFTER_RE = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:for\s+each|each\b|per\s+(?:person|head|family|victim|household|survivor|day|week|month|year)"
    r"|apiece|a\s+(?:head|day|week|month|year)\b|to\s+each)",
    re.IGNORECASE,
)
_NAMELESS_DOCUMENT_RE = re.compile(
    r"(?:an?|the)\s+(?:[\w-]+\s+)?(?:survey|report|study|statement|review|update|bulletin|assessment)"
)
_WHO_BETWEEN_RE = re.compile(
    r",\s+(?:an?|the)\s+[^,]*?\b(?:who|which|that)\s"
    # a participle's aside on the speaker: "Jack Warner, freed last week on bail of 2.5 million Trinidad
    # and Tobago dollars after a night in jail, said he would talk"
    r"|,\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|freed|held|sent|hit|given|taken|known|seen|shown|chosen)\s(?!by\b)[^,]*$"
)
#: a relative clause on the doer's object, still open at the figure
_DOER_OBJECT_RELATIVE_RE = re.compile(r",\s+(?:which|whose)\s[^,;:]*$")


def _in_closed_relative(text: str, mention: attr.Mention, s_start: int, fs: int) -> bool:
    """The speaker sits in a relative clause about a noun that closes before the figure: "The war, which
    the UN said began in 2013, has killed 400,000": the clause speaks only for itself."""
    if mention.start > fs:
        return False
    for m in _CLOSED_RELATIVE_RE.finditer(text, s_start, fs):
        if m.start() < mention.start and mention.end <= m.end():
            return True
    return False


def _pick_attribution(
    text: str,
    m: NumberMention,
    *,
    span_start: int,
    s_start: int,
    prev_end: int,
    picked: list[_Picked],
    seg_bounds: list[int],
    prev_pick: _Picked | None,
    prev_claim: ExtractedClaim | None,
    para_last: _Picked | None,
    follow_up: _Picked | None,
) -> _Picked | None:
    fs, fe = span_start, m.end
    # gapped lists: "Japan $10 million"
    for p in picked:
        if (
            p.mention is not None
            and p.mention.gapped
            # ("Leave won 17,410,742 votes to Remain's 16,141,241": the side the votes went to, no giver)
            and _VOTES_TO_BEFORE_RE.search(text, max(0, p.mention.start - 40), p.mention.start) is None
            and (
                0 <= fs - p.mention.end <= 2
                or 0 <= m.start - p.mention.end <= 2
                or attr.GAP_AT_RE.fullmatch(text, p.mention.end, fs) is not None  # "organisers at 30,000"
            )
        ):
            return p
    for p in picked:
        # "far fewer than the 800,000 claimed by organisers": a passive agent right after the figure
        # is its giver, whoever the sentence cited before it
        if (
            p.mention is not None
            and 0 <= p.mention.start - fe <= 2
            and not text[fe : p.mention.start].strip()
            and _AGENT_PARTICIPLE_RE.match(text, p.mention.start) is not None
        ):
            return p
    for p in picked:
        # "the 300,000 people the governor says were made homeless": the figure's own relative clause
        if (
            p.mention is not None
            and p.mention.bound
            and 0 <= p.mention.start - fe <= 30
            and not any(ch.isdigit() for ch in text[fe : p.mention.start])
            # ("X had put the number at 6.5 million in a survey published two days earlier": an unnamed
            # document is the speaker's own, no giver of its own)
            and _NAMELESS_DOCUMENT_RE.fullmatch(p.phrase) is None
        ):
            return p
    usable = [
        p
        for p in picked
        if p.mention is not None
        and not p.mention.gapped
        and not p.mention.bound
        # "found six men guilty over the bombings ..., which killed 32 people and wounded 340, according
        # to the indictment": a postposed source closing a relative clause of counts speaks for those
        and not (p.mention.start >= fe and _RELATIVE_COUNTS_BETWEEN_RE.search(text, fe, p.mention.start + 12))
        # "Three Scottish judges, who heard the case, found ...": the figure counts the speakers, whom
        # no one is quoted on
        and not (
            p.mention.start <= fs
            and fe <= p.mention.end
            and _DETERMINER_ONLY_RE.fullmatch(text, p.mention.start, fs) is not None
        )
        and not _in_closed_relative(text, p.mention, s_start, fs)
        # "4,500 people were evacuated from villages below the reservoir, whose engineers feared it could
        # give way", "moved from the valley, which officials said was at risk": a speaker inside a relative
        # clause after the figure speaks of the relative's noun (a "where" clause's speaker is often the
        # story's own: "..., where the group said almost everything had been wiped out")
        # (a speaker after the relative clause closes with a comma is the sentence's: "..., where the river
        # burst its banks, Belgian authorities said")
        and not (
            p.mention.start >= fe
            and (
                _RELATIVE_SPEAKER_AFTER_RE.search(text, fe, p.mention.start) is not None
                or _RELATIVE_WORD_AT_RE.match(text, p.mention.start) is not None
            )
        )
        # "..., an independent panel found on Wednesday, prompting the prime minister to apologise to the
        # families of the 96 who died": what the finding led to is the writer's telling
        and not (p.mention.end <= fs and _CONSEQUENCE_BETWEEN_RE.match(text, p.mention.end, fs) is not None)
        # "De la Rúa, a centrist who won the 1999 election with more than 48 percent of the vote, had
        # offered": a figure inside the words naming the speaker describes the speaker
        and not (
            p.mention.start < fs and fe < p.mention.end and _WHO_BETWEEN_RE.search(text, p.mention.start, fs)
        )
    ]
    dateline = attr.DATELINE_RE.match(text[s_start:fs]) if usable else None
    if usable and _OPENING_TIME_CLAUSE_RE.match(text, s_start + (dateline.end() if dateline else 0), fs):
        # "One year after gunmen killed 147 people at the college, relatives gathered ..., according to
        # the Red Cross": the clause dates the main one; who is cited speaks for the main clause
        line_end = text.find("\n", fe)
        close = text.find(",", fe, line_end if line_end != -1 else len(text))
        if close != -1 and not _MAIN_VERB_RE.search(text, fe, close):
            # ("Since the war began 40,000 people have been killed, the ministry said": unpunctuated, the
            # figure opens the main clause)
            usable = [p for p in usable if p.mention is not None and p.mention.start < close]
            if not usable:
                return None
    if _OUR_COUNT_RE.search(text, s_start, fs) is not None:
        return None  # "By Sunday night our count of the dead stood at more than 300": the outlet's own
    background = [p for p in usable if _tells_background(text, p, fs, fe)]
    if background:
        usable = [p for p in usable if all(p is not b for b in background)]
        if not usable:
            return None
    denied = _DENIED_REPORTS_RE.search(text, s_start, fs)
    if denied is not None and "," not in text[denied.end() : fs]:
        # "The military has rejected reports that some 2,000 people died, saying ...": the figure the
        # speaker denies is the reports', never its own
        return None
    clause = _FRONTED_CLAUSE_RE.search(text, s_start, fs)
    if clause is not None and "," not in text[clause.end() : fs]:
        # "In Sao Paulo, where the protests began over a rise in fares to 3.20 reais from 3 reais, the
        # Datafolha institute counted 65,000 marchers": the main clause's speaker counts its own figure,
        # not the background the clause about the place gave
        usable = [
            p
            for p in usable
            if not (
                p.mention is not None
                and text[fe : p.mention.start].count(",") == 1
                and text[fe : p.mention.start].rstrip().endswith(",")
                and _OWN_FIGURE_AFTER_RE.match(text, p.mention.end) is not None
            )
        ]
    my_seg = _seg(seg_bounds, fs)
    pre = [
        p
        for p in usable
        if p.mention is not None and p.mention.end <= m.start and _seg(seg_bounds, p.mention.start) == my_seg
    ]
    post = [
        p
        for p in usable
        if p.mention is not None
        and p.mention.start >= fs
        and _seg(seg_bounds, p.mention.start) == my_seg
        and not _SUBORD_BEFORE_RE.search(text[max(0, p.mention.start - 10) : p.mention.start])
        and not _COORD_BEFORE_RE.search(text, max(fe, p.mention.start - 8), p.mention.start)
        # "..., and its foreign minister said that ...": the coordinator opens a clause of its own
        and not p.words.lower().startswith(("and ", "but ", "while ", "whereas "))
    ]
    post = _without_relative_pronoun(text, fe, post)
    if post and pre:
        near_post = min(post, key=lambda p: p.mention.start if p.mention else 0)
        near_pre = max(pre, key=lambda p: p.mention.end if p.mention else 0)
        assert near_post.mention is not None and near_pre.mention is not None
        # "$100 million offered by the UAE": an agent phrase right after the figure wins, unless the
        # figure is quoted from the speaker before ('X wrote that Y had "lost 400,000", Z said ...')
        if (
            near_post.mention.start - fe <= 15
            and fs - near_pre.mention.end > 25
            and not (
                near_pre.mention.speech
                and _QUOTE_OPEN_RE.search(text, near_pre.mention.end, fs)
                and _QUOTE_CLOSE_RE.search(text, fe, near_post.mention.start)
            )
        ):
            return near_post
        # "Police counted 7,000 marchers, against 25,000 according to the unions": the speaker before
        # served the earlier figure; an attribution put right after this one is its own
        if (
            near_post.mention.start - fe <= 15
            and attr.POSTPOSED_RE.match(near_post.words)
            and prev_claim is not None
            and prev_end > near_pre.mention.end
        ):
            return near_post
        # "7,000 according to the prefecture and 160,000 according to unions"
        if (
            near_post.mention.start - fe <= 20
            and near_post.words.lower().startswith("according")
            and near_pre.words.lower().startswith("according")
            and near_pre.mention.start - prev_end <= 20
        ):
            return near_post
        # "The government has set aside 8 billion zlotys, the prime minister said": the speaker; not
        # a speaker of a clause of its own ("China pledged $14 million, and Pakistan said it would
        # send tents"), nor a news outlet reporting the deed ("The Red Cross has given $2 million,
        # the state news agency reported": the giver's own figure)
        if (
            not near_pre.mention.speech
            and near_post.mention.speech
            and not near_post.mention.gapped
            and not _CLAUSE_BREAK_RE.search(text, fe, near_post.mention.start)
            and not _is_outlet(near_post.phrase)
        ):
            return near_post
        # "Al Haouz province has recorded 1,591 deaths, the ministry said": a place is no source
        if not attr.names_source(near_pre.phrase) and attr.names_source(near_post.phrase):
            return near_post
    if pre:
        near = max(pre, key=lambda p: p.mention.end if p.mention else 0)
        if (
            near.mention is not None
            and near.mention.speech
            and default_registry().resolve(near.phrase) is None
        ):
            # "Investigators now believe only four gunmen carried out the attack, the Daily Nation reported,
            # citing police sources": a vague believer's words, told by the named report after them
            told = [
                p
                for p in usable
                if p.mention is not None
                and p.mention.start >= fe
                and p.mention.speech
                and text[max(fe, p.mention.start - 2) : p.mention.start].strip() == ","
                # ("police estimates added up to 275,000, while the organisers, X, claimed 1.3 million":
                # the speaker of a contrasting clause of its own)
                and _CONTRAST_BETWEEN_RE.search(text, fe, p.mention.start) is None
                and default_registry().resolve(
                    f"{p.mention.relay}, citing {p.phrase}" if p.mention.relay else p.phrase
                )
                is not None
            ]
            if told:
                return min(told, key=lambda p: p.mention.start if p.mention else 0)
            # "the Australian Transport Safety Bureau said experts now believed the plane lay in an area
            # of about 25,000 square kilometres": the named body relays its unnamed experts' view
            teller = [
                p
                for p in pre
                if p is not near
                and p.mention is not None
                and p.mention.speech
                and p.mention.end <= near.mention.start
                and _TELLS_BELIEF_RE.fullmatch(text, p.mention.end, near.mention.start) is not None
                and _UNNAMED_BELIEVERS_RE.fullmatch(near.phrase.strip()) is not None
                and default_registry().resolve(p.phrase) is not None
            ]
            if teller:
                return max(teller, key=lambda p: p.mention.end if p.mention else 0)
        if (
            near.mention is not None
            and not near.mention.speech
            and _WITH_ABSOLUTE_RE.search(text, near.mention.end, fs) is not None
        ):
            # "the government raised the price of bread ..., with inflation already running at about 70
            # percent": the deed's doer does not give the background figure told with it
            return None
        if near.mention is not None and _NEW_SUBJECT_RELATIVE_RE.search(text, near.mention.end, fs):
            # "Autostrade will fund 3.4 billion euros, and Atlantia, which owns 88 percent of the
            # operator, will give up control": a figure in the relative clause of the next clause's
            # subject is told of that subject, in the outlet's words
            return None
        if (
            near.mention is not None
            and not near.mention.speech
            and _RELATIVE_TOLL_RE.search(text, near.mention.end, fs) is not None
        ):
            # "X launched an appeal for $160 million for victims of floods that have killed 1,136 people":
            # a toll told of what the appeal is for is no figure of the appeal's
            return None
        if (
            near.mention is not None
            and not near.mention.speech
            and (rel := _DOER_OBJECT_RELATIVE_RE.search(text, near.mention.end, fs)) is not None
            # ("The Red Cross sent 40 trucks, which carried 300 tonnes": the deed's own figure, described)
            and not (prev_claim is not None and 0 <= rel.start() - prev_claim.char_end <= 2)
        ):
            # "JPMorgan paid $10.6 billion for the bank, which had about $229 billion in assets": what
            # the payer paid for, described; a doer owns its own act's figures, not a relative clause's
            return None
        if (
            near.mention is not None
            and not near.mention.speech
            and _TOTAL_PARTICIPLE_RE.search(text, near.mention.end, fs) is not None
        ):
            # "Oslo pledged $9 million, bringing total pledges to $40 million": a giver gives its own
            # amount; the total its gift lifts is everyone's, in the outlet's words
            return None
        if near.mention is not None and not near.mention.speech:
            # "Israel has launched a campaign killing 39,929, as reported by the ministry": the reporter
            for p in usable:
                if (
                    p.mention is not None
                    and p.mention.start >= fe
                    and re.match(r"(?:according|as\s+reported|citing|per)\b", p.words, re.IGNORECASE)
                ):
                    return p
        return near
    if post:
        return min(post, key=lambda p: p.mention.start if p.mention else 0)
    between = text[prev_end:fs]
    if prev_claim is not None and _LINKER_RE.search(between):
        return prev_pick
    if usable:
        saying = max(_SAYING_CLAUSE_RE.finditer(text, s_start, fs), key=lambda c: c.start(), default=None)
        if saying is not None and not text[saying.end() : fs].count(","):
            # "The IOM gave a higher count of crossings, saying more than 350,000 people had made the
            # journey": the participle's subject, the speaker before it, says it
            speaker = max(
                (
                    p
                    for p in usable
                    if p.mention is not None and p.mention.speech and p.mention.end <= saying.start()
                ),
                key=lambda p: p.mention.end if p.mention else 0,
                default=None,
            )
            if speaker is not None:
                return speaker
        seg_start = seg_bounds[my_seg - 1] if my_seg > 0 else s_start
        head = text[seg_start : seg_start + 40]
        if my_seg > 0 and _SAYING_AFTER_RE.match(head):
            # "It puts the toll at 61, after saying on Thursday that no more than 46 had been killed": the
            # main clause's speaker said this too
            opener = max(
                (p for p in usable if p.mention is not None and p.mention.end <= seg_start),
                key=lambda p: p.mention.end if p.mention else 0,
                default=None,
            )
            if opener is not None:
                return opener
        if my_seg > 0 and _SUBORDINATE_RE.match(head) and not _SAME_SUBJECT_RE.match(head):
            opener = min(usable, key=lambda p: p.mention.start if p.mention else 0)
            if (
                _CONTRAST_RE.match(head)
                and opener.mention is not None
                and opener.mention.speech
                and _seg(seg_bounds, opener.mention.start) == 0
                and opener.mention.start - s_start <= 60
                and (
                    _SPEECH_OPENER_RE.search(opener.words)
                    # "A Datafolha survey published on Saturday found that 68 percent ..., while only 10
                    # percent ...": a finding goes on into its contrast as a statement does
                    or _FOUND_THAT_RE.search(
                        text, opener.mention.end, min(seg_start, opener.mention.end + 60)
                    )
                )
                and not any(p.mention is not None and p.mention.start >= fs for p in usable)
            ):
                return opener  # "Officials said 14 bodies were found, while six people remain missing"
            if _CONTRAST_RE.match(head) or _AS_SEARCHERS_RE.match(head):
                # "The toll rose to 213, NHK reported, while the number missing fell to 52": the report
                # put right before the contrast goes on into it; so does one before the search it tells
                # of ("..., the directorate said on Tuesday, as rescuers searched the mud for six people
                # still missing")
                for p in usable:
                    if (
                        p.mention is not None
                        and p.mention.speech
                        and p.mention.end <= seg_start
                        and _POSTPOSED_TAIL_RE.fullmatch(text, p.mention.end, seg_start)
                        and _SPEECH_OPENER_RE.search(p.words)
                        and not any(
                            q.mention is not None and seg_start <= q.mention.start < fs for q in usable
                        )
                    ):
                        return p
            if (
                prev_claim is not None
                and prev_pick is not None
                and _same_count_compared(text, s_start, seg_start, fe)
            ):
                return prev_pick  # "..., the authority said, against Friday, when 193,000 trips were logged"
            return None  # a narrative aside next to someone else's attributed clause
        # "Sixteen people were injured, and the civil protection chief said several were in a serious
        # condition": the only speaker opens a clause of its own after the figure, which then goes on
        # as the paragraph's report would (below), not unattributed
        coordinated = all(
            p.mention is not None
            and p.mention.start >= fe
            and _COORD_BEFORE_RE.search(text, max(fe, p.mention.start - 8), p.mention.start) is not None
            for p in usable
        )
        usable = [
            p
            for p in usable
            if p.mention is not None
            and (attr.names_source(p.phrase) or not _in_aside(text, p.mention.start, seg_bounds, s_start))
            and not (
                p.mention.start >= fe
                and _COORD_BEFORE_RE.search(text, max(fe, p.mention.start - 8), p.mention.start)
            )
            and not (
                p.mention.start >= fe
                and _SUBORD_BEFORE_RE.search(text[max(0, p.mention.start - 10) : p.mention.start])
                # "..., as Ishikawa prefecture added names to its list": the body whose list it is
                and not _UPDATES_OWN_LIST_RE.match(text, p.mention.end)
            )
        ]
        if not usable and not coordinated:
            return None  # "the toll rose to 205, as residents accused the authorities": not their figure
        if usable:
            pre_all = [p for p in usable if p.mention is not None and p.mention.end <= fe]
            if pre_all:
                return max(pre_all, key=lambda p: p.mention.end if p.mention else 0)
            return min(usable, key=lambda p: p.mention.start if p.mention else 0)
    if prev_claim is not None and not (
        prev_pick is not None and prev_pick.mention is not None and prev_pick.mention.bound
    ):
        # (not a giver bound to the figure before: "the 50,000 euros that Lufthansa handed over after the
        # crash, which killed 148 people" -- the toll is no one's here)
        return prev_pick
    seg_start = seg_bounds[my_seg - 1] if my_seg > 0 else s_start
    if my_seg > 0 and _TEMPORAL_RE.match(text[seg_start : seg_start + 30]):
        return None  # ", when an earthquake destroyed Agadir, killing 12,000": background
    if follow_up is not None:
        return follow_up
    if para_last is not None and para_last.mention is not None and not para_last.mention.speech:
        return None  # "The ministry doubled the troops to 2,000. About 33,000 people ...": no one says so
    if para_last is not None and not attr.continues_report(
        text[s_start:fs], text[m.end : m.end + 40], vague=bool(m.vague)
    ):
        return None  # "... the minister said. The previous toll had been 49.": the outlet's own words
    return para_last


_ADVERB_SUBJECT_RE = re.compile(r"[a-z]+ly", re.IGNORECASE)
_SCALED_QUOTE_RE = re.compile(r"\d\s*(?:m|bn)\b|\b(?:million|billion|trillion)\b", re.IGNORECASE)
_AGENT_PARTICIPLE_RE = re.compile(r"[a-z]+ed\s+by\b")


#: "97 of the dead", "98 of those killed": a figure that is a part of a whole named by its state
_OF_WHOLE_RE = re.compile(r"\s+of\s+(?:the|those|these|all\s+the)\s+", re.IGNORECASE)
#: "Of the dead, 101 were women ...", "Among those killed, 26 were ...": a sentence that breaks a toll down
_BREAKDOWN_LEAD_RE = re.compile(
    r"\s*(?:Of|Among)\s+(?:the|those|these)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s*,", re.IGNORECASE
)
_DEMONYM_RE = re.compile(r"^[A-Z][a-z]+(?:ans|ians|ese|is)$")
#: the elided second member of a breakdown: "... 97 of the dead and men 54", "... and men for 56"
_ELIDED_SUBSET_RE = re.compile(
    r"^\s*,?\s*(?:and|while|whereas|but)\s+(?:the\s+)?(?P<np>(?:(?!for\b|with\b)[a-z][\w'’-]*\s+)?"
    r"(?!for\b|with\b)[a-z][\w'’-]*)"
    r"\s+(?:for\s+|with\s+)?$",
    re.IGNORECASE,
)


def _breakdown_subset(
    text: str, subject: str, subj_pos: int, subj_end: int, s_start: int, s_end: int, q_start: int
) -> str:
    """The subset of a toll a figure counts when its noun is not right after it: in the predicate
    ("Nineteen of the dead were foreign nationals", "Of the dead, ... 26 were foreign nationals") or
    before the figure ("Women made up 97 of the dead"). "" when the figure names its own noun."""
    whole = (
        bool(subject)
        and _OF_WHOLE_RE.match(text, subj_pos, s_end) is not None
        and metric_from_subject(subject) is not None
    )
    if whole:
        # the predicate noun names the part; "the dead" only names the whole it is a part of
        pred = _PREDICATE_RE.match(text, subj_end, s_end)
        if pred is not None:
            noun, _e = read_subject(text, pred.end(), s_end)
            if names_subset(noun):
                return noun
        noun = composed_subset(text[s_start:q_start])
        if (
            noun
            and text[s_start:q_start].lstrip().startswith(noun)
            and not _DEMONYM_RE.search(noun.split()[0])
        ):
            noun = (
                noun[0].lower() + noun[1:]
            )  # "Women made up ...": the capital is the sentence's, not a name's
        return noun
    if not subject and _BREAKDOWN_LEAD_RE.match(text, s_start, s_end):
        # "Of the dead, 101 were women and 55 men, and 26 were foreign nationals": every "N were X"
        # of such a sentence counts a part of the dead, whatever kind of person X is
        pred = _PREDICATE_RE.match(text, subj_pos, s_end)
        if pred is not None:
            noun, _e = read_subject(text, pred.end(), s_end)
            if names_subset(noun):
                return noun
        # "Of the wounded, 160 were still in hospital": those of the whole still in a state, a part of it
        state = _STILL_STATE_RE.match(text, subj_pos, s_end)
        if state is not None:
            return "part"
    return ""


_STILL_STATE_RE = re.compile(
    r"\s+(?:were|are|was|is|remain(?:ed|s)?)\s+(?:still\s+)?(?:in\s+(?:hospital|intensive\s+care|(?:a\s+)?(?:critical"
    r"|serious|stable|grave)\s+condition)|being\s+treated|hospitali[sz]ed|on\s+life\s+support)\b",
    re.IGNORECASE,
)


def _elided_subset(text: str, prev_claim: ExtractedClaim, prev_end: int, q_start: int, s_start: int) -> str:
    """ "Women made up 97 of the dead and men 54", "... and men for 56": after a breakdown with its noun
    before the figure, the next member keeps the verb and the whole and names only its own noun."""
    gap = _ELIDED_SUBSET_RE.match(text[max(prev_end, prev_claim.char_end) : q_start])
    if gap is None or not names_subset(gap.group("np")):
        return ""
    if not composed_subset(text[s_start : prev_claim.char_start]):
        return ""
    return gap.group("np")


#: the party or candidate a share of the vote belongs to, named before it
_VOTE_WINNER_BEFORE_RE = re.compile(
    r"(?P<party>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)(?:,\s+which|,\s+who|)\s+(?:has\s+|had\s+)?"
    r"(?:won|took|polled|got|received|secured|garnered|win|wins|takes|polls|gets)\s+(?:about\s+|nearly\s+|just\s+"
    r"|more\s+than\s+|some\s+|only\s+|back\s+(?:its|their|his|her)\s+majority\s+(?:in\s+[\w\s.]{0,30}?)?with\s+)?$"
)
_VOTE_SUBJECT_RE = re.compile(r"\s*(?:of\s+the\s+)?(?:vote|votes|ballots)\b|\bvote\b", re.IGNORECASE)
_PERCENT_WORD_RE = re.compile(r"%|\bper\s?cent\b", re.IGNORECASE)


#: a volume or a weight counted, which nothing that befalls people can befall
_VOLUME_HEAD_RE = re.compile(
    r"\b(?:barrels|gallons|litres|liters|tonnes|tons|cubic\s+(?:metres|meters))$", re.IGNORECASE
)
_PERSON_CLASSES_ALL = frozenset({"people", "children", "women", "soldiers", "militants", "civilians"})
_CASE_NOUNS = frozenset({"cases", "reports", "incidents", "instances", "complaints", "allegations"})
_CASES_OF_RE = re.compile(
    r"\s*(?:cases|reports|incidents|instances|complaints|allegations)\s+of\s", re.IGNORECASE
)


#: a noun of its own right after an elided figure: "five soldiers", not "five for officials"
_SUBJECT_NOUN_AFTER_RE = re.compile(
    r"\s+(?!(?:for|of|in|at|on|to|from|by|with|and|or|were|was|are|is)\b)[a-z]"
)
_LEGAL_PAPERS = frozenset(
    ("warrants", "warrant", "counts", "charges", "indictments", "summonses", "subpoenas", "citations",
     "verdicts", "sentences", "convictions", "appeals", "lawsuits", "suits", "complaints")
)  # fmt: skip
#: the bereaved: "relatives of the dead", "families whose sons died" (never "killed 12 relatives")
_KIN_NOUNS = frozenset(
    ("relatives", "families", "parents", "widows", "widowers", "orphans", "mourners", "friends", "mothers",
     "fathers", "wives", "husbands", "siblings", "kin", "loved")
)  # fmt: skip
_OF_THE_DEAD_AFTER_RE = re.compile(
    r"\s*(?:of|among)\s+(?:the|those)\s+(?:dead|victims|killed|deceased|fallen)\b", re.IGNORECASE
)
_WHOSE_KIN_DIED_RE = re.compile(
    r"\s*,?\s*whose\s+(?:[\w-]+\s+){0,2}?(?:husbands?|wives|wife|sons?|daughters?|children|relatives|parents"
    r"|fathers?|mothers?|brothers?|sisters?|loved\s+ones|famil(?:y|ies)|spouses?)\s+(?:(?:and|or)\s+[\w-]+\s+)?"
    r"(?:had\s+|have\s+)?(?:died|perished|(?:were|was|had\s+been|have\s+been)\s+killed)\b",
    re.IGNORECASE,
)
#: places whose people a disaster befalls: "2 million homes and businesses without power" stay affected
_SERVED_PLACES_RE = re.compile(
    r"\b(?:homes|households|houses|businesses|customers|properties|premises|dwellings|apartments|flats)\b",
    re.IGNORECASE,
)
_KILLED_VERB_BEFORE_RE = re.compile(
    r"\b(?:killed|kill|kills|killing|murdered|massacred|executed|shot\s+dead|slaughtered)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: a passive's agent: "murdered by four suicide bombers", "taken hostage by 40 gunmen"
_DOERS_AGENT_BEFORE_RE = re.compile(
    r"\b(?:killed|murdered|massacred|shot|stabbed|attacked|wounded|injured|kidnapped|abducted|seized|captured"
    r"|held|rescued|evacuated|arrested|detained|carried\s+out|committed|staged|hostage)\s+by\s+$",
    re.IGNORECASE,
)
#: a transitive verb right before its object: "rescued about 30 people who had been trapped"
_OBJECT_VERB_BEFORE_RE = re.compile(
    r"\b(?P<verb>rescued|evacuated|freed|arrested|detained|killed|injured|wounded)\s+"
    r"(?:(?:about|around|some|nearly|almost|more\s+than|at\s+least|over|up\s+to|another|a\s+further)\s+)?$",
    re.IGNORECASE,
)
#: ... or the main verb after the relative clause: "About 30 people who had been trapped inside were rescued"
_MAIN_VERB_AFTER_RELATIVE_RE = re.compile(
    r"\s*,?\s*who\s+[^,.;]{0,60}?\s(?:were|was|have\s+been|had\s+been)\s+(?:later\s+|also\s+|all\s+"
    r"|eventually\s+|safely\s+|finally\s+)?(?P<verb>rescued|evacuated|freed|arrested|detained|killed|injured"
    r"|wounded)\b",
    re.IGNORECASE,
)
_OBJECT_VERB_METRIC = {
    "rescued": "rescued",
    "freed": "rescued",
    "evacuated": "evacuated",
    "arrested": "detained",
    "detained": "detained",
    "killed": "killed",
    "injured": "injured",
    "wounded": "injured",
}


def _build_claim(
    text: str,
    m: NumberMention,
    *,
    s_start: int,
    s_end: int,
    prev_end: int,
    next_start: int,
    prev_claim: ExtractedClaim | None,
    prev_pick: _Picked | None,
    picked: list[_Picked],
    seg_bounds: list[int],
    para_last: _Picked | None,
    follow_up: _Picked | None,
    tol: Tolerances,
    sent_claims: list[ExtractedClaim],
    para_subjects: dict[str, tuple[str, str]],
    story_prev: ExtractedClaim | None = None,
) -> tuple[_Draft | None, _Picked | None]:
    antecedent = prev_claim or story_prev
    # "... puts the civilians killed at 5,000.\n\n ... defenders were ordered to stop fighting. The ministry
    # said 2,439 of them had surrendered": across a paragraph, "them" are the people the new paragraph
    # names, not the figure the last one ended on
    them_of = (
        None
        if prev_claim is None
        and story_prev is not None
        and "\n" in text[story_prev.char_end : m.start]
        # ("... has reached 3 million, the agencies said.\n\nAbout 2.4 million of them are in Latin
        # America": a paragraph that opens on the part names no one else they could be)
        and len(text[text.rfind("\n", 0, m.start) + 1 : m.start].split()) > 2
        else antecedent
    )
    qualifier, q_start, q_end = find_qualifier(text, m.start, m.end)
    q_start = max(q_start, s_start, prev_end)
    if m.value_high is not None:
        qualifier = "range"
        before = text[max(s_start, m.start - 10) : m.start]
        bm = re.search(r"\b(?:between|from)\s+$", before, re.IGNORECASE)
        if bm is not None:
            q_start = m.start - (len(before) - bm.start())
    if m.vague:
        qualifier = "about"
    subj_pos = max(q_end, m.end)
    subject, subj_end = read_subject(text, subj_pos, min(s_end, next_start))
    if not subject and _PARTITIVE_OF_RE.match(text[subj_pos : min(s_end, next_start)]):
        subject, _e = read_subject(text, subj_pos, s_end)  # "35 of 48 drones"
        subj_end = subj_pos
    if not subject and not m.percent and not m.currency and _RAISED_TO_RE.search(text, s_start, q_start):
        inverted = _NUMBER_OF_AFTER_RE.match(text, subj_pos, min(s_end, next_start))
        if inverted is not None:
            # "brought to more than 2,400 the number of service members killed": the number names its noun
            subject, _e = read_subject(text, inverted.end(), min(s_end, next_start))
    if not subject and not m.percent and not m.currency:
        pred = _PREDICATE_RE.match(text, subj_pos, min(s_end, next_start))
        if pred is not None:
            noun, _pe = read_subject(text, pred.end(), min(s_end, next_start))
            if noun and subject_class(noun, "") in _SUBSET_CLASSES:
                subject = noun  # "Of the dead, 31 were children"
                subj_end = subj_pos
    # a breakdown of a toll names its subset away from the figure; the figure keeps the whole's metric
    # (read below from "of the dead" or the clause) and only its subject is the subset's
    breakdown = (
        ""
        if m.percent or m.currency
        else _breakdown_subset(text, subject, subj_pos, subj_end, s_start, s_end, q_start)
    )
    if (
        not breakdown
        and not subject
        and not m.percent
        and not m.currency
        and prev_claim is not None
        and prev_end > s_start
    ):
        breakdown = _elided_subset(text, prev_claim, prev_end, q_start, s_start)
    if (
        not subject
        and not m.percent
        and not m.currency
        and _CROWD_RE.search(text[max(prev_end, s_start) : q_start])
    ):
        subject = "people"  # "put the turnout at 150,000", "estimated the crowd at 30,000"
        subj_end = subj_pos
    percent, currency = m.percent, m.currency
    if (
        not percent
        and not currency
        and subject.lower() == "points"
        and _PERCENT_WORD_RE.search(text, s_start, s_end) is not None
        # "the Dow dropped 504 points, or 4.4 percent": an index's points, not a share's
        and m.value <= 100
        and _MARKET_INDEX_RE.search(text, s_start, q_start) is None
    ):
        percent = True  # "to 30 percent from 57 percent, a fall of 27 points": percentage points
    # the sentence's latest sum in millions or billions, past smaller counts ("9.5 million euros came
    # from 43,000 donors, ..., and the remaining 4 million from companies")
    scaled = next((c for c in reversed(sent_claims) if _SCALED_QUOTE_RE.search(c.quote)), None)
    if (
        not percent
        and not currency
        and m.scale_word
        and scaled is not None
        and scaled.currency
        and (not subject or _ADVERB_SUBJECT_RE.fullmatch(subject))
        and metric_near(text[scaled.char_end : q_start], text[subj_pos : min(s_end, next_start)])[0] is None
    ):
        # "pledged 100 million euros, and its foundation 200 million": the sum keeps the currency the
        # sentence gave the one before it
        currency, subject = scaled.currency, ""
    if currency and not subject:
        # "AccuWeather put total damage at $250 billion": without a subject no sum is ever compared
        subject = money_subject(text[max(prev_end, s_start) : q_start], text[m.end : min(s_end, next_start)])
    if currency and subject and _PER_UNIT_AFTER_RE.match(text, m.end, min(s_end, m.end + 40)):
        # "set the reparation at $110,000 for each of the families": a sum per head, never the total
        subject = f"{subject} (each)"
    town = not percent and not currency and place_population(text[max(prev_end, s_start) : q_start], subject)
    if town:
        subject = "population"  # "a city of about 150,000": kept apart from the people an event befell
    population = town or (
        not percent
        and not currency
        and _POPULATION_BEFORE_RE.search(text, max(s_start, q_start - 40), q_start) is not None
        and subject_class(subject, "") in ("people", "")
        # ("won 17,410,742 votes to Remain's 16,141,241": the other side's tally, no place's people)
        and _VOTES_TO_BEFORE_RE.search(text, max(s_start, q_start - 60), q_start) is None
    )
    if percent:
        metric = "percent"
        side = vote_side(text[subj_end : min(s_end, next_start)]) if subject else ""
        if side:
            subject = f"{subject} {side}"  # shares of one vote are only compared side to side
        winner = _VOTE_WINNER_BEFORE_RE.search(text, max(s_start, q_start - 120), q_start)
        if winner is not None and (
            not subject or _VOTE_SUBJECT_RE.search(subject) or _VOTE_SUBJECT_RE.match(text, subj_end)
        ):
            # "The HDP, which took 13.1 percent of the vote", "the AK Party, which won 40.9 percent":
            # each party's share, never compared with another's
            party = re.sub(r"^(?:The|A|An)\s+", "", winner["party"])
            subject = f"{subject or 'vote'} {party}"
    elif currency:
        metric = "money"
    else:
        metric = ""
        sub_metric = metric_from_subject(subject, text[subj_end : min(s_end, subj_end + 60)])
        pronoun_subject = subject.lower() in ("them", "whom", "which")
        cls_guess = subject_class(subject, "") if subject and not pronoun_subject else ""
        if sub_metric is not None:
            # "Three hostages were killed": an event happening to people named by their state
            metric = (
                state_noun_event(
                    subject,
                    text[max(prev_end, s_start) : q_start],
                    _clause(text[subj_end : min(s_end, next_start)]),
                )
                # "12 hostages, both Algerian and foreign, had been killed", "34 hostages and 15 of their
                # own men died": the predicate past an aside or a coordinated count
                or state_noun_event(
                    subject,
                    text[max(prev_end, s_start) : q_start],
                    _clause(_PAST_ASIDE_RE.sub("", text[subj_end : min(s_end, subj_end + 160)], count=1)),
                )
                or sub_metric
            )
        elif cls_guess == "other" and not OTHER_NOUNS.search(subject) and not _FAMILY_RE.search(subject):
            # an unlisted noun ("16 climbers were lifted to safety"): the verb right after it decides
            found_u, _du = metric_near(
                text[max(prev_end, s_start) : q_start],
                _clause(text[subj_end : min(s_end, next_start)]),
                right_limit=4,
                left_limit=3,
            )
            if found_u not in PEOPLE_METRICS:
                # "At least 6,700 Rohingya, among them at least 730 children ..., were killed": the verb
                # past the subset aside
                aside = _SUBSET_ASIDE_RE.match(text, subj_end, min(s_end, subj_end + 120))
                if aside is not None:
                    found_u, _du = metric_near(
                        "", _clause(text[aside.end() : min(s_end, aside.end() + 80)]), right_limit=4
                    )
            metric = found_u if found_u in PEOPLE_METRICS else "count"
        elif cls_guess == "objects" or (cls_guess == "other" and not _FAMILY_RE.search(subject)):
            metric = "count"
            if cls_guess == "objects":
                # "power lines to some 22,000 homes remained cut": things counted as affected
                right_o = _clause(text[subj_pos : min(s_end, next_start)])
                found_o, _do = metric_near("", right_o, right_limit=8)
                if found_o == "affected" or _POWER_TO_RE.search(text[max(prev_end, s_start) : q_start]):
                    metric = "affected"
        if not metric and pronoun_subject and prev_claim is None and them_of is not None:
            found0, _d0 = metric_near(
                text[max(prev_end, s_start) : q_start], text[subj_pos : min(s_end, next_start)]
            )
            metric = found0 or them_of.metric  # "... 73 deaths. Buncombe County accounts for 40 of them"
        if not metric and (not subject or subject.lower() in ("people", "persons")):
            # "the number of people unaccounted for surged to 323": what the number counts
            of_metric, of_subject = _number_of(text, _said_from(text, s_start, q_start), q_start)
            if of_metric:
                metric = of_metric
                subject = of_subject or subject
        who = (
            _WHO_CLAUSE_RE.match(text, subj_end, s_end)
            # ("killing 106 civilians who had taken refuge there": the verb before them says what befell them)
            if not metric
            # ("Of the 144 who died, 109 were children": the relative clause names what befell the whole)
            and (subject or _WHO_ONLY_RE.match(text, subj_end, s_end) is not None)
            and not _EVENT_VERB_BEFORE_RE.search(text, max(s_start, q_start - 30), q_start)
            else None
        )
        if who is not None:
            # "one of 12 people who drowned": what befell all of them, told in their relative clause
            found_w, _dw = metric_near("", text[who.end() : min(s_end, who.end() + 40)], right_limit=2)
            if found_w in PEOPLE_METRICS:
                metric = found_w
        if not metric and partitive_total(text[s_start:q_start], text[subj_pos : min(s_end, subj_pos + 80)]):
            metric = (
                "count"  # "Of the 300 passengers on board, only 104 survived", "3 of the 25 crew": the total
            )
        if not metric and not subject:
            metric = rising_toll(text[max(prev_end, s_start) : m.start]) or ""  # "the toll has risen to 35"
        if (
            not metric
            and _SEARCHED_FOR_RE.search(text, max(prev_end, s_start), m.start)
            and not _WANTED_RE.search(subject)  # police looking for 12 suspects: wanted, not missing
        ):
            metric = "missing"  # "divers are still searching the wreck for more than 20 people"
        if not metric and _CROWD_OF_RE.search(text, max(s_start, q_start - 30), q_start) is not None:
            metric = "count"  # "opened fire on a crowd of about 1,500 people": the crowd's size
        aboard = _ABOARD_RE.match(text, subj_end, min(s_end, subj_end + 60)) if not metric else None
        if aboard is not None:
            metric = "count"  # "476 people were aboard and 174 survived": a headcount, not the survivors
            if subject.lower() in ("", "people", "persons"):
                # "477 people were aboard": a headcount of those aboard, not of people at large (which
                # names nothing the comparison could hold another report's figure against)
                where = "inside" if aboard.group(0).lower().rstrip().endswith("inside") else "aboard"
                subject = f"{subject or 'people'} {where}"
        if not metric:
            left = text[max(prev_end, s_start) : q_start]
            raw_right = text[subj_pos : min(s_end, next_start)]
            right = _clause(raw_right)
            # "used water cannon on 2,000 protesters and arrested 115": that verb is the next figure's
            found, dist = metric_near(left, right, next_figure=next_start < s_end and right == raw_right)
            if found is None and next_start < s_end:
                # the window stopped at a figure inside the noun phrase: the clause's own verb wins
                found, dist = own_predicate(text[subj_pos : min(s_end, subj_pos + 160)]), 0
            between = text[prev_end:q_start] if prev_claim is not None else ""
            if (
                prev_claim is not None
                and re.search(r":\s*$", between)
                and prev_claim.metric not in _UNIT_METRICS
            ):
                found, dist = prev_claim.metric, 0  # "at least 209: 181 from X and 28 from Y"
            if (
                found is None
                and antecedent is not None
                and antecedent.metric in PEOPLE_METRICS
                and _OTHERS_WERE_RE.search(left)
            ):
                found, dist = antecedent.metric, 0  # "Police arrested nine ... the others were two clerks"
            if found is not None:
                metric = found
            inherit = prev_claim is not None and (
                found is None
                or (
                    dist > 3
                    and _LINKER_RE.search(between)
                    and found != prev_claim.metric
                    # "..., and 639 people were listed as missing": the figure's own predicate decides
                    and _OWN_PREDICATE_RE.match(right) is None
                    # "361 people injured and 32 cases of enforced disappearance": cases name their kind
                    and not (subject.lower() in _CASE_NOUNS and _CASES_OF_RE.match(right))
                )
            )
            linked = (
                _LINKER_RE.search(between) or subject.lower() in ("others", "them", "")
            ) and not new_clause(between)  # "had been displaced and that 4,000 people lived there"
            if inherit and linked and prev_claim is not None and prev_claim.metric in PEOPLE_METRICS:
                metric = prev_claim.metric
            if (
                not metric
                and not subject
                and prev_claim is not None
                and prev_claim.metric not in _UNIT_METRICS
            ):
                metric = prev_claim.metric  # "Israel said 419 trucks ..., while UNRWA counted 223"
            if (
                not metric
                and prev_claim is None
                and antecedent is not None
                and antecedent.metric in PEOPLE_METRICS
                and _AMONG_THEM_RE.match(text[s_start:q_start])
            ):
                metric = antecedent.metric  # "... treated 230 people. Among them were 40 children."
            if (
                not metric
                and not subject
                and antecedent is not None
                and antecedent.metric in PEOPLE_METRICS
                and (_FIGURE_BACKREF_RE.search(left) or _PLACE_SHARE_LEFT_RE.match(left))
            ):
                metric = antecedent.metric  # "... 11,300 dead. The final figure could reach 20,000"
            if not metric and not subject and _COUNT_OF_BACKREF_RE.search(left):
                # "The health ministry's count is lower, at 171", "conceding that the official count of 64
                # might be too low": the count the story is about, the last one told or the deaths its
                # sentence names
                if _DEATH_WORDS_RE.search(text, s_start, q_start):
                    metric = "killed"
                elif antecedent is not None and antecedent.metric in PEOPLE_METRICS:
                    metric = antecedent.metric
            if (
                not metric
                and subject
                and antecedent is not None
                and antecedent.metric in PEOPLE_METRICS
                and antecedent.subject.lower().split()[-1:] == subject.lower().split()[-1:]
                and _OF_WHOLE_RE.match(text, subj_pos, s_end) is not None
            ):
                # "... 19 civilians had been killed. Eight of the civilians were found with their hands
                # tied": a part of the group just counted, in the state it was counted in
                metric = antecedent.metric
            if not metric:
                # "a list of the missing, with 66 names"
                metric = _number_of(text, _said_from(text, s_start, q_start), q_start)[0]
            if not metric:
                # the rest of the clause: "1.7 million people, more than 75 percent ..., have been displaced"
                rest = _clause(text[subj_pos : min(s_end, subj_pos + 160)])
                # "6,263 cases and 2,917 deaths": the next figure's own noun is not this one's metric
                rest = _OWN_NOUN_FIGURE_RE.split(rest, maxsplit=1)[0]
                # "28 of the group's members, who had guarded the gate, were among the dead": past the aside
                rest = _RELATIVE_ASIDE_RE.sub(" ", rest, count=1)
                found2, _d = metric_near("", rest, right_limit=14)
                metric = found2 or "count"
        if metric == "count" and given_aid(
            subject,
            text[max(prev_end, s_start) : q_start],
            text[subj_end : min(s_end, subj_end + 60)],
            prev_claim.metric if prev_claim is not None else "",
            text[prev_claim.char_end : q_start] if prev_claim is not None else "",
        ):
            metric = "aid"  # "Britain promised 120 armoured vehicles", "... 200 tents and 12 pumps"
        # "to reach 9.5 million people with food", "food distributions for 117,000 people"
        if metric in ("aid", "count"):
            metric = aid_recipients(
                metric, subject, text[max(prev_end, s_start) : q_start], text[s_start:q_start]
            )
        if (
            metric == "detained"
            and _STILL_HELD_RE.match(text, subj_end, min(s_end, subj_end + 40))
            and _CAPTIVITY_RE.search(text, max(0, q_start - 600), q_start)
            and not _HELD_BY_STATE_RE.search(subject)
        ):
            metric = "hostages"  # "113 are still held" in a story of girls kidnapped: held by their captors
        if metric in ("injured", "killed", "displaced") and _EITHER_OR_WHO_RE.match(text, subj_end, s_end):
            metric = "count"  # "232 people who were injured or lost relatives": two groups paid, no toll
        if (
            metric == "count"
            and subject.lower().split()[-1:] == ["patients"]
            and _PATIENTS_TAKEN_RE.search(text, max(prev_end, s_start, q_start - 60), q_start)
        ):
            metric = "injured"  # "the hospital said it had taken in 29 patients": the wounded it treats
        if metric == "injured" and died_of_wounds(
            text[s_start:q_start], _clause(text[subj_pos : min(s_end, subj_pos + 160)])
        ):
            metric = "killed"  # "Two of the 14 wounded later died"
        if (
            metric in ("injured", "count")
            and prev_claim is not None
            and elided_cause(text[m.end : s_end], text[prev_end:q_start], prev_claim.metric)
        ):
            metric = "killed"  # "40 had died of gunshot wounds, two of stab wounds and 45 from smoke"
        if metric == "killed":
            handled = handled_bodies(
                subject, text[subj_end : min(s_end, subj_end + 120)], text[max(prev_end, s_start) : q_start]
            )
            if handled:
                metric = "count"  # "2,530 of the victims had been buried": what was done with the dead
                subject = subject or handled  # "Of the dead, 19 had not been identified"
    if breakdown and metric in PEOPLE_METRICS:
        subject = breakdown
    if metric == "percent":
        sclass = ""
        if subject.lower() in ("them", "whom", "which") and antecedent is not None:
            sclass = antecedent.subject_class
        elif subject.lower().startswith("of "):
            sclass = subject_class(subject[3:], "")
        else:
            of = re.match(r"\s+of\s+((?:[\w'’.-]+\s+){0,4}[\w'’.-]+)", text[m.end : min(s_end, m.end + 80)])
            if of is not None:
                sclass = subject_class(of.group(1), "")
        if (
            not sclass
            and prev_claim is not None
            and prev_claim.subject_class != "money"
            and not percent_change(text[m.end : s_end])
        ):
            # a share of the people just counted; a share of a sum ("the $1.4 billion appeal was 48
            # percent funded") is a ratio, unless its own "of" names the money
            sclass = prev_claim.subject_class
        sclass = sclass or "other"
    else:
        if subject.lower() in ("them", "whom", "which") and them_of is not None:
            subject = them_of.subject
        sclass = subject_class(subject, metric, currency=currency, after=text[subj_end : subj_end + 50])
        counted = cases_of(subject, text[subj_end : subj_end + 60])
        if counted is not None:
            metric, sclass = counted  # "370,000 cases of wounded troops"
        if (
            not subject
            and not currency
            and antecedent is not None
            and more_of(text[m.end : s_end], text[antecedent.char_end : q_start], antecedent.subject_class)
        ):
            # "... and dozens more": more of the same people; a noun that names their state ("380,000
            # wounded") is not theirs if this figure is in another state
            sclass = antecedent.subject_class
            if metric_from_subject(antecedent.subject) is None:
                subject = antecedent.subject
        if not subject and not currency:
            # a bare number borrows what the story is counting: the sentence's first figure of the
            # same metric ("800,000 people ..., while the CGT claimed over one million"), else the
            # paragraph's latest one ("the union put the figure at 250,000")
            # a bare toll ("gave a toll of 116") counts everyone: it borrows no subset's class
            toll_noun = toll_subject(text[max(prev_end, s_start) : q_start])
            toll = toll_noun is not None
            head = next(
                (
                    c
                    for c in sent_claims
                    if c.metric == metric
                    and c.subject
                    # a toll counts everyone: not the civilians nor "six members of the security forces"
                    and not (toll and (c.subject_class in _SUBSET_CLASSES or " of " in c.subject))
                ),
                None,
            )
            if toll_noun:
                subject, sclass = toll_noun, subject_class(toll_noun, metric)  # "the toll among children"
            elif head is not None:
                subject, sclass = head.subject, head.subject_class or sclass
            elif metric in para_subjects and not (
                toll
                and (
                    para_subjects[metric][1] in _SUBSET_CLASSES
                    # "38 foreigners were among the dead ... put the toll at 290": not 290 foreigners
                    or _NATIONALS_RE.search(para_subjects[metric][0]) is not None
                )
            ):
                subject, sclass = para_subjects[metric]
            subject = _PLACE_TAIL_RE.sub("", subject)  # "69 deaths in Wajima and 38 in Suzu": not Wajima's
        if not currency:
            sclass = subset_class(text[m.end : min(s_end, m.end + 70)]) or sclass  # "nine of them children"
            sclass = (
                strength_class(text[m.end : min(s_end, m.end + 30)]) or sclass
            )  # "a 500,000-strong march"
            if prev_claim is not None and sclass == "people":
                # "19 children were killed and 78 injured": the elided count is of the same children
                sclass = (
                    elided_class(
                        subject,
                        text[prev_end:q_start],
                        prev_claim.subject_class,
                        prev_claim.metric,
                        prev_claim.subject,
                        text[max(s_start, prev_claim.char_start - 60) : prev_claim.char_start],
                    )
                    or sclass
                )
        if (
            sclass == "people"
            and metric in ("killed", "injured", "missing")
            and troops_by_nationality(subject, text[s_start:q_start])
        ):
            sclass = "soldiers"  # "... lost so many troops ... since 2011, when ..., killing 30 Americans"
        if sclass == "people" and members_of_named_group(text[m.end : subj_end], text[s_start:q_start]):
            sclass = "militants"  # "A Taliban official said 28 of the movement's members ..."
        if not sclass:
            sclass = "other"
        if not currency:
            # the place tied to the figure keeps provincial and national tolls apart in the engine
            place = _place_after(
                text, subj_end if subject and subj_end > m.end else subj_pos, min(s_end, next_start)
            )
            if place:
                head_word = subject.split()[-1].lower() if subject else ""
                if not subject or head_word in _METRIC_HEADS:
                    subject = "people" if metric in PEOPLE_METRICS else subject
                subject = f"{subject} {place}".strip()
    value, value_high = m.value, m.value_high
    if m.vague:
        _v, low_v, high_v = VAGUE_COUNTS[m.vague]
        low: float | None = float(low_v)
        high: float | None = float(high_v)
    else:
        low, high = interval(
            value,
            value_high,
            qualifier,
            granularity=m.granularity,
            whole=not percent and not currency,
            tol=tol,
        )
    # scope windows
    before = text[max(prev_end, s_start) : q_start]
    after = text[m.end : min(s_end, next_start)]
    if metric == "injured" and (
        (_MEDEVAC_BEFORE_RE.search(before) and _MEDEVAC_AFTER_RE.search(after))
        # "Six children with severe burns were flown to Galveston for treatment": the passive says the same
        or _MEDEVAC_PASSIVE_RE.search(after)
    ):
        # "flew 35 of the most badly injured to Ankara", "airlifted 12 wounded to Nairobi": the injured
        # taken away for treatment, a count of the evacuated (not the injured toll it is a part of)
        metric = "evacuated"
    if (
        metric == "count"
        and _LOST_BEFORE_RE.search(before)
        and subject_class(subject, "") in _SUBSET_CLASSES | {"people"}
    ):
        metric = "killed"  # "Haltern am See, which lost 16 students and two teachers": its dead
        loser = _LOSER_RE.search(before)
        if loser is not None and subject and " from " not in subject:
            # "Iran lost 464 pilgrims": Iran's dead, kept apart from other countries' and the whole toll
            subject = f"{subject} from {loser.group('who')}"
    if metric in PEOPLE_METRICS and subject and subject.split()[-1].lower() in _EVENT_NOUNS:
        metric = "count"  # "residents had left after two strong tremors": the tremors are counted, not people
    if metric == "displaced" and subject and subject.split()[-1].lower() in _TRAVELLERS:
        metric = "count"  # "about a million tourists had left the country": visitors going home
    clause_rest = text[next_start:s_end] if next_start < s_end else ""
    lead = text[s_start:prev_end] if prev_end > s_start else ""
    scope, since_phrase = scope_of(before, after, clause_rest, lead)
    if scope == "incident" and metric == "aid":
        scope = aid_flow_scope(text[s_start:s_end])
    if scope == "period" and currency:
        scope = act_scope(scope, before + text[m.end : min(s_end, next_start)], True)
    if scope == "incident" and metric == "count":
        scope = transit_scope(scope, subject, before)
    scope = first_hours_scope(scope, text[s_start:s_end], metric)
    pick = _pick_attribution(
        text,
        m,
        span_start=q_start,
        s_start=s_start,
        prev_end=prev_end,
        picked=picked,
        seg_bounds=seg_bounds,
        prev_pick=prev_pick,
        prev_claim=prev_claim,
        para_last=para_last,
        follow_up=follow_up,
    )
    if (
        currency
        and prev_claim is not None
        and prev_claim.currency
        and (
            _CONVERSION_RE.search(text[max(prev_end, q_start - 25) : q_start])
            # "1 billion yuan, about $137 million": another currency's sum right after, in apposition
            or (
                prev_claim.currency != currency
                and _APPOSED_CONVERSION_RE.fullmatch(text, prev_end, m.start) is not None
            )
        )
        # ("$50 billion in stock, or $29 a share": the price of each share, the dealmakers' own figure)
        and not (prev_claim.currency == currency and _PER_SHARE_AFTER_RE.match(text, m.end) is not None)
    ):
        pick = None  # "100 million euros, or about $108.9 million": the outlet's conversion
    if population:
        metric, pick = "count", None  # "most of Gaza's 2.3 million people": the population, background
    if (
        metric == "count"
        and prev_claim is not None
        and prev_claim.metric in PEOPLE_METRICS
        and sclass in _LISTED_PERSON_CLASSES
        and _LIST_COLON_RE.fullmatch(text, prev_claim.char_end, q_start) is not None
    ):
        # "Police had detained four other people: two owners of factories ... and two engineers": the
        # list after a colon names the people the figure before it counted
        metric = prev_claim.metric
    if (
        metric in ("killed", "count", "")
        and not currency
        and not percent
        and _bodies_not_found(text, m, s_start, s_end)
    ):
        metric = "missing"  # "two people whose bodies have not been found": the dead still missing
    crowd_verb = (
        _CROWD_VERB_AFTER_RE.match(text, subj_end if subject else m.end, s_end)
        if metric in ("killed", "injured", "missing", "hostages", "rescued", "detained")
        and not currency
        and not percent
        and metric_from_subject(subject) is None
        else None
    )
    if crowd_verb is not None and _LATER_MAIN_VERB_RE.match(text, crowd_verb.end(), s_end) is None:
        # "Thousands of people crowded the runway to greet the returning hostages", "lined the streets to
        # mourn the dead": a crowd's own verb; what it came for befell others
        metric = "count"
    apposed = (
        _APPOSED_SIZE_BEFORE_RE.match(text, s_start, q_start)
        if not currency and not percent and _OF_THEM_COMMA_RE.match(text, m.end, s_end)
        else None
    )
    if apposed is not None:
        # "The commandos, about 100 of them, also destroyed ...": how many the group just named is, not a
        # part of the figure before
        subject = apposed.group("np")
        sclass = subject_class(subject, "") or "people"
        metric = "count"
    if metric in ("count", "", "hostages") and not currency and not percent:
        metric = _captives_fate(text, m.end, s_start, s_end, subject, metric)
    if (
        metric == "killed"
        and subject.lower().rsplit(" ", 1)[-1] in ("cases", "case", "infections")
        and _FATAL_PART_RE.match(text, m.end, s_end) is None
    ):
        # "more than 4,500 deaths and more than 250,000 cases": the cases are no deaths (a case count
        # stays a count, as "40 cases of cholera" and "28,774 laboratory-confirmed cases" do; "329 cases,
        # 42 of them fatal" names the part that died)
        metric = "count"
    if (
        metric == "injured"
        and _OUTBREAK_RE.search(text, s_start, s_end)
        and _SICK_CARE_RE.search(text, m.end, min(s_end, m.end + 80))
    ):
        metric = "affected"  # "14,642 had been admitted to hospital" with cholera: the sick, not the injured
    if metric == "displaced" and sclass in ("soldiers", "militants"):
        metric = (
            "count"  # "300 fighters moved into the camps", "200 soldiers fled": armed men are not displaced
        )
    if metric in PEOPLE_METRICS and subject and _VOLUME_HEAD_RE.search(subject):
        metric = "count"  # "800,000 barrels were captured by containment ships": oil, not detainees
        sclass = "other" if sclass in _PERSON_CLASSES_ALL else sclass
    papers = subject or (
        prev_claim.subject if prev_claim is not None and not _SUBJECT_NOUN_AFTER_RE.match(after) else ""
    )
    if metric in PEOPLE_METRICS and papers and papers.split()[-1].lower() in _LEGAL_PAPERS:
        # "83 arrest warrants", "charged on 12 counts of fraud": papers of the case, not people
        metric, sclass = "count", "other"
    if metric == "affected" and sclass == "objects" and not _SERVED_PLACES_RE.search(subject):
        metric = (
            "count"  # "about 10,000 affected cars", "schools near the affected hospitals": things, not people
        )
    if metric == "killed" and (
        (
            subject
            and subject.split()[-1].lower() in _KIN_NOUNS
            and _OF_THE_DEAD_AFTER_RE.match(text, subj_end, min(s_end, subj_end + 40))
        )
        or (
            _WHOSE_KIN_DIED_RE.match(text, subj_end, min(s_end, subj_end + 80))
            and not _KILLED_VERB_BEFORE_RE.search(text, max(s_start, q_start - 30), q_start)
        )
    ):
        # "Dozens of relatives of the dead sat in the gallery", "women whose husbands and sons died at
        # Srebrenica watched": the bereaved, counted
        metric = "count"
    if metric in PEOPLE_METRICS and _DOERS_AGENT_BEFORE_RE.search(text, max(s_start, q_start - 40), q_start):
        # "the 52 people murdered by four suicide bombers", "rescued by 200 volunteers": the doers, counted
        metric = "count"
    if metric in ("missing", "affected"):
        verb = _OBJECT_VERB_BEFORE_RE.search(text, max(s_start, q_start - 30), q_start) or (
            _MAIN_VERB_AFTER_RELATIVE_RE.match(text, subj_end, s_end)
        )
        if verb is not None:
            # "Officers rescued about 30 people who had been trapped inside": the main verb's object, not
            # what its relative clause says had befallen them
            metric = _OBJECT_VERB_METRIC[verb.group("verb").lower()]
    if sclass == "soldiers" and metric in ("affected", "evacuated", "displaced", "aid"):
        # "The army has deployed tens of thousands of soldiers in flood-hit areas", "some 3,000 troops were
        # sent to evacuate villages": the troops sent in are counted, not what befell the people they help
        metric = "count"
    if text[m.end : m.end + 7].lower() == "-member":
        pick = None  # "a 300-member legislative council": the body's size, background no one is quoted for
    # "adopted by the National Assembly by 331 votes to 225, after the Senate had approved it by 179 votes
    # to 157": each tally is one side of one chamber's vote, never compared with another side or chamber
    against_m = _VOTES_TO_BEFORE_RE.search(text, max(s_start, q_start - 60), q_start)
    against = against_m is not None
    tally_m = (
        _VOTES_TO_AFTER_RE.match(text, m.end)
        if metric == "count" and subject.split()[:1] == ["votes"]
        else None
    )
    tally_for = tally_m is not None
    if tally_for and qualifier == "more_than" and text[q_start : m.start].strip().lower() == "passed":
        qualifier, q_start = "exact", m.start  # "The bill passed 60 votes to 38": a vote, not a toll passing
    if against or tally_for:
        chamber = max(_CHAMBER_RE.finditer(text, s_start, q_start), key=lambda c: c.start(), default=None)
        where = f" ({chamber.group(0).removeprefix('the ').removeprefix('The ')})" if chamber else ""
        subject = f"votes {'against' if against else 'in favour'}{where}"
        # two named sides ("Leave won 17,410,742 votes to Remain's 16,141,241"): each side's own tally
        winner = _VOTE_WINNER_RE.search(text, max(s_start, q_start - 60), q_start) if tally_for else None
        if against_m is not None and against_m.group("side"):
            subject = f"votes {against_m.group('side')}"
        elif tally_m is not None and tally_m.group("side") and winner is not None:
            subject = f"votes {winner.group('who')}"
        metric = "count"
    if (
        story_prev is not None
        and prev_claim is None
        and _INCLUDES_OPENER_RE.match(text, s_start, q_start) is not None
        # ("A memorial was opened in 2001. It includes 101 cherry trees": things, no part of a toll)
        and not (sclass in ("objects", "money") or (sclass == "other" and subject))
    ):
        # "... puts the storm's death toll at 1,833. That includes 1,577 people in Louisiana and 238 in
        # Mississippi": the parts of the figure just told, by the same count and the same teller
        if metric in ("", "count") and story_prev.metric in PEOPLE_METRICS:
            metric = story_prev.metric
        if pick is None and para_last is not None:
            pick = para_last
    char_end = max(m.end, q_end, subj_end if subject and subj_end > m.end else m.end)
    draft = _Draft(
        char_start=q_start,
        char_end=min(char_end, s_end),
        currency=currency,
        high=high,
        low=low,
        metric=metric,
        qualifier=qualifier,
        scope=scope,
        since_phrase=since_phrase,
        subject=subject,
        subject_class=sclass,
        value=float(value),
        value_high=float(value_high) if value_high is not None else None,
    )
    return draft, pick
