"""Shared helpers of the extraction tests: one publication day, a claim found by its words, and the
claim shape the event linker reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from tracker.extraction import extract_claims
from tracker.extraction.events import EventLinker, EventRef
from tracker.extraction.types import ExtractedClaim

PUBLISHED = datetime(2026, 5, 20, 9, 0, tzinfo=UTC)


def claims_of(text: str) -> list[ExtractedClaim]:
    return extract_claims(text, published_at=PUBLISHED)


def names(text: str) -> list[str]:
    """The canonical source name of every claim ("" for none)."""
    return [c.source.name if c.source is not None else "" for c in claims_of(text)]


def claim_with(text: str, quote: str) -> ExtractedClaim:
    """The claim whose span holds ``quote``."""
    for c in claims_of(text):
        if quote in text[c.char_start : c.char_end]:
            return c
    raise AssertionError(f"no claim {quote!r}")


@dataclass
class Claim:
    """What ``EventLinker`` reads of a claim: its span, sentence, metric, scope and dates."""

    char_start: int
    char_end: int
    sentence: str
    metric: str = "killed"
    scope: str = "incident"
    since: date | None = None
    as_of: date | None = None


def link_quotes(
    linker: EventLinker, title: str, text: str, published: datetime, quotes: list[str], metric: str = "killed"
) -> list[EventRef]:
    """Link the claims of ``quotes`` (each found in ``text``), each with its own sentence."""
    out = []
    for quote in quotes:
        start = text.index(quote)
        left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1)
        ends = [i for i in (text.find(". ", start), text.find(".\n", start)) if i >= 0]
        sentence = text[left : min(ends) + 1 if ends else len(text)]
        out.append(linker.link(Claim(start, start + len(quote), sentence, metric), title, text, published))
    return out
