"""What happened to the things a figure counts: "1,329 houses damaged or destroyed" is not "1,320 houses
completely destroyed". Damage counts come in several measures at once (damaged, destroyed, partly
destroyed) and differ by design; the state is part of what is counted, so it goes into the subject and
the comparison never sets one measure against another. Pure Python, no Django.
"""

from __future__ import annotations

import re

_DEGREE = r"(?:completely|totally|entirely|fully|partially|partly|badly|severely|heavily|slightly)"
_STATE = (
    r"(?:damaged|destroyed|flattened|collapsed|razed|levelled|leveled|demolished|burned|burnt|flooded"
    r"|swept\s+away|washed\s+away|submerged|cut\s+off"
    # "72 districts have been declared disaster areas": an official status, not the districts hit
    r"|declared(?:\s+(?:an?\s+)?(?:calamity|disaster|emergency|state\s+of\s+emergency)[\w-]*"
    r"(?:\s+(?:areas?|zones?|districts?))?)?)"
)
_SAME_MEASURE = frozenset(["completely", "totally", "entirely", "fully"])
_STATE_RE = re.compile(
    r"\s*,?\s*(?:more\s+|others?\s+)?(?:(?:that|which)\s+)?(?:there\s+|here\s+)?"
    r"(?:(?:had|have|has)\s+(?:now\s+|already\s+|since\s+|officially\s+)?(?:been\s+)?|were\s+|was\s+|are\s+|is\s+"
    r"|been\s+)?(?:now\s+|already\s+|officially\s+)?"
    rf"(?P<state>(?:{_DEGREE}\s+)?{_STATE}(?:\s*(?:,|or|and|and/or)\s+(?:{_DEGREE}\s+)?{_STATE})*)\b",
    re.IGNORECASE,
)


_TRAILING_STATE_RE = re.compile(
    rf"\s+(?:{_DEGREE}\s+)?{_STATE}(?:\s*(?:,|or|and|and/or)\s+(?:{_DEGREE}\s+)?{_STATE})*$", re.IGNORECASE
)


def without_state(subject: str) -> str:
    """``subject`` less the state an earlier count gave it ("buildings collapsed" -> "buildings"), for a
    count that borrows the noun and states its own ("and hundreds more had been badly damaged")."""
    return _TRAILING_STATE_RE.sub("", subject) or subject


def object_state(after: str) -> str:
    """The state the words right after a count of things give it ("were completely destroyed" ->
    "completely destroyed", "damaged or destroyed"), or ""."""
    m = _STATE_RE.match(after)
    return _normal(m.group("state")) if m is not None else ""


def _normal(state: str) -> str:
    # "completely destroyed" is what "destroyed" means; "partly destroyed" is another measure; any
    # official declaration ("disaster areas", "calamity-hit") is one status
    if state.lower().startswith("declared"):
        return "declared"
    return " ".join(w for w in state.lower().split() if w not in _SAME_MEASURE)


_BEFORE_RE = re.compile(
    rf"\b(?P<state>(?:{_DEGREE}\s+)?(?:damaged|destroyed|flattened|razed|levelled|leveled|demolished|burned"
    r"|burnt|flooded|submerged)"
    # what a search has covered is no other measure's: "after combing 120,000 square kilometres"
    r"|(?P<search>searched|searching|combed|combing|scoured|scouring|surveyed|surveying|mapped|mapping))"
    r"\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+|around\s+)?$",
    re.IGNORECASE,
)


def object_state_before(before: str) -> str:
    """The state a verb right before the figure gives the things ("the quake destroyed 2,818 buildings")."""
    m = _BEFORE_RE.search(before[-60:])
    if m is not None and m.group("search"):
        return "searched"
    return _normal(m.group("state")) if m is not None else ""
