"""Qualifiers ("at least", "more than", "about" ...) and the interval a figure asserts.

Interval convention (domain.md):

=========== =============================================================
exact       [v, v]
at_least    [v, None]
more_than   [v + 1, None] for whole-number counts, [v, None] otherwise
at_most     [None, v]
less_than   [None, v - 1] for whole-number counts, [None, v] otherwise
about       [v - t, v + t]
nearly      [v - t, v]
range       [v, value_high]
=========== =============================================================

The tolerance ``t`` follows how the number was rounded: "about 90" (rounded to tens) is looser than
"about 1,283" (rounded to units). ``t = max(rounding_factor * granularity, rel_min * v, abs_min)``,
capped at ``rel_max * v`` (but never below ``abs_min``). The parameters are the module-level
``DEFAULT_TOLERANCES``; callers (the Django settings) pass their own ``Tolerances``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from tracker.extraction.prefilter import CaselessPattern


@dataclass(frozen=True, slots=True)
class Tolerances:
    about_rounding_factor: float = 0.5
    about_rel_min: float = 0.02
    about_rel_max: float = 0.10
    nearly_rounding_factor: float = 1.0
    nearly_rel_min: float = 0.01
    nearly_rel_max: float = 0.10
    abs_min: float = 1.0


DEFAULT_TOLERANCES = Tolerances()

_QUALIFIER_PHRASES: tuple[tuple[str, str], ...] = (
    ("at_least", r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|not\s+fewer\s+than"),
    ("at_least", r"a\s+minimum\s+of|at\s+a\s+minimum|minimum\s+of"),
    (
        "more_than",
        r"(?:well|just|slightly|far|much|a\s+little|somewhat|significantly)\s+(?:over|above|beyond|more\s+than)"
        r"|more\s+than|over|upwards\s+of|upward\s+of|above|in\s+excess\s+of|beyond|exceeding|exceeded|exceed"
        r"|topping|topped|tops|surpassing|surpassed|surpasses|surpass|passing|passed|passes|exceeds|greater\s+than"
        r"|north\s+of"
        r"|(?:climbed|climbing|rose|risen|rising|went|gone|moved|surged|jumped|soared|crept|edged)\s+past"
        # a forecast passes the mark as a report does: "could climb past 20,000", "will rise past 500"
        r"|(?:climbs?|rises?|goes|go|moves?|surges?|jumps?|soars?|creeps?|edges?)\s+past",
    ),
    (
        "at_most",
        r"up\s+to|as\s+many\s+as|as\s+much\s+as|at\s+most|no\s+more\s+than|not\s+more\s+than"
        r"|a\s+maximum\s+of|maximum\s+of|as\s+high\s+as",
    ),
    (
        "less_than",
        r"(?:just|slightly|well|far)\s+(?:under|below|less\s+than|fewer\s+than)|fewer\s+than|less\s+than"
        r"|under|below|short\s+of",
    ),
    ("nearly", r"nearly|almost|close\s+to|just\s+shy\s+of|approaching|nearing|not\s+quite|just\s+about"),
    (
        "about",
        r"about|around|roughly|some|an\s+estimated|estimated|approximately|approx\.|circa|ca\.|c\."
        r"|in\s+the\s+region\s+of|on\s+the\s+order\s+of|an\s+approximate|a\s+rough"
        r"|something\s+like|give\s+or\s+take",
    ),
)
_QUAL_RE = CaselessPattern(
    re.compile(
        r"(?:^|(?<=[\s(\"'“‘—–-]))(?:"
        + "|".join(f"(?P<{name}{i}>{pat})" for i, (name, pat) in enumerate(_QUALIFIER_PHRASES))
        + r")\s+$",
        re.IGNORECASE,
    )
)
_TRAILING_RE = re.compile(
    r"^(?:\s+or\s+(?:more|greater|higher|so|above)\b|\s*\+|-plus\b|-odd\b|\s+odd\b|\s+plus\b(?!\s+\d)"
    r"|\s+and\s+(?:more|up|above)\b"
    r"|\s+or\s+(?:fewer|less|under|below)\b|\s+at\s+(?:least|most)\b)",
    re.IGNORECASE,
)
_TRAILING_QUAL = {
    "more": "at_least",
    "greater": "at_least",
    "higher": "at_least",
    "above": "at_least",
    "so": "about",
    "+": "more_than",
    "plus": "more_than",
    "up": "at_least",
    "odd": "about",
    "-odd": "about",
    "fewer": "at_most",
    "less": "at_most",
    "under": "at_most",
    "below": "at_most",
    "least": "at_least",
    "most": "at_most",
}


#: A toll forecast: "the final toll could reach 10,000", "the dead could number 10,000" give the
#: ceiling a forecaster sees, as "up to 10,000" does. Only a count's own noun before the modal makes it
#: one: "the money would reach 200,000 people" counts the people it reaches.
_PROJECTION_RE = re.compile(
    r"\b(?:toll|tolls|dead|deaths|death\s+count|figure|number|count|total|casualties|losses|bill|cost)"
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:could|may|might|would)\s+(?:well\s+|eventually\s+|ultimately\s+|even\s+)?"
    r"(?:reach|number|total|hit)\s+$",
    re.IGNORECASE,
)


#: a count carried past a mark, with its object in between: "The deaths took the toll ... past 120"
_TOOK_PAST_RE = re.compile(
    r"\b(?:took|takes|taking|pushed|pushes|pushing|brought|brings|bringing|sent|sends|lifted|lifts)\b"
    r"[^.;:]{0,80}?\bpast\s+$",
    re.IGNORECASE,
)


_PHRASAL_OVER_RE = re.compile(
    r"\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|took|take[sn]?|taking|sign(?:ed|s|ing)?|pass(?:ed|es|ing)?|hav(?:e|ing)"
    r"\s+handed|fork(?:ed|s|ing)?|g[ia]ve|giv(?:es|ing|en))\s+$",
    re.IGNORECASE,
)


#: a verb of movement before "up to": "will go up to 14 percent", "rose up to 20"
_MOVED_UP_RE = re.compile(
    # never a forecast's ceiling: "the toll could go up to 10,000"
    r"(?<!could\s)(?<!might\s)(?<!would\s)(?<!may\s)"
    r"\b(?:go|goes|went|gone|going|rise|rises|rose|risen|rising|move[sd]?|moving|climb(?:s|ed|ing)?"
    r"|jump(?:s|ed|ing)?|shoot(?:s|ing)?|shot|edge[sd]?|edging|creep(?:s|ing)?|crept)\s+$",
    re.IGNORECASE,
)
#: a denial before an exceeding verb: "had not exceeded", "did not top", "never passed"
_NEGATED_RE = re.compile(
    r"\b(?:not|never|n['’]t)\s+(?:(?:have|has|had|be|been|yet|even|once)\s+)*$", re.IGNORECASE
)


def find_qualifier(text: str, start: int, end: int) -> tuple[str, int, int]:
    """Qualifier for the number at [start, end): (qualifier, new_start, new_end) with the span widened
    to cover the qualifier words."""
    before = text[max(0, start - 40) : start]
    m = _QUAL_RE.search(before)
    if (
        m is not None
        and m.group(0).strip().lower() == "over"
        and _PHRASAL_OVER_RE.search(before, 0, m.start())
    ):
        m = None  # "protesters handed over 17.85 million rupees": a verb's particle, no qualifier
    if m is not None:
        name = next(k for k, v in m.groupdict().items() if v is not None)
        qual = name.rstrip("0123456789")
        word = m.group(0).strip().lower()
        if qual == "at_most" and word == "up to" and _MOVED_UP_RE.search(before, 0, m.start()):
            return "exact", start, end  # "VAT will go up to 14 percent": where it moves, no ceiling
        if (
            qual == "more_than"
            and word.startswith(("exceed", "top", "pass", "surpass"))
            and _NEGATED_RE.search(before, 0, m.start())
        ):
            # "the number killed had not exceeded 150": a ceiling, denied as a floor
            return "at_most", start - (len(before) - m.start()), end
        return qual, start - (len(before) - m.start()), end
    after = text[end : end + 20]
    t = _TRAILING_RE.match(after)
    if t is not None:
        word = t.group(0).strip().split()[-1].lower() if t.group(0).strip() not in ("+",) else "+"
        if word.endswith("plus"):
            word = "plus"
        elif word.endswith("odd"):
            word = "odd"
        return _TRAILING_QUAL.get(word, "exact"), start, end + t.end()
    if _PROJECTION_RE.search(text, max(0, start - 80), start) is not None:
        return "at_most", start, end
    if _TOOK_PAST_RE.search(text, max(0, start - 100), start) is not None:
        return "more_than", start - 5, end  # "took the toll since April 1 past 120"
    return "exact", start, end


def tolerance(value: float, granularity: float, qualifier: str, tol: Tolerances) -> float:
    if qualifier == "nearly":
        factor, rel_min, rel_max = tol.nearly_rounding_factor, tol.nearly_rel_min, tol.nearly_rel_max
    else:
        factor, rel_min, rel_max = tol.about_rounding_factor, tol.about_rel_min, tol.about_rel_max
    v = abs(value)
    t = max(factor * granularity, rel_min * v, tol.abs_min)
    cap = max(rel_max * v, tol.abs_min)
    return min(t, cap)


def interval(
    value: float,
    value_high: float | None,
    qualifier: str,
    *,
    granularity: float = 1.0,
    whole: bool = True,
    tol: Tolerances | None = None,
) -> tuple[float | None, float | None]:
    """The [low, high] interval a figure asserts (None = unbounded)."""
    tol = tol or DEFAULT_TOLERANCES
    if value_high is not None:
        return value, value_high
    step = 1.0 if whole and value == int(value) else 0.0
    if qualifier == "at_least":
        return value, None
    if qualifier == "more_than":
        return value + step, None
    if qualifier == "at_most":
        return None, value
    if qualifier == "less_than":
        return None, value - step
    if qualifier in ("about", "nearly"):
        t = tolerance(value, granularity, qualifier, tol)
        low = value - t
        high = value if qualifier == "nearly" else value + t
        if whole and value == int(value):
            low, high = float(math.floor(low)), float(math.ceil(high))
        return max(low, 0.0) if value >= 0 else low, high
    return value, value
