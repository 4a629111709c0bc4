"""Verified figures for consumers: CSV rows, schema.org ClaimReview JSON-LD, and the feed's validators."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db.models import Count, Max, Prefetch, Q, QuerySet

from tracker.models import Claim
from verification.models import FigureStatus, VerifiedFigure

SCHEMA_ORG = "https://schema.org"
EVIDENCE_SEPARATOR = " | "

CSV_HEADER = (
    "id",
    "status",
    "event",
    "event_title",
    "metric",
    "subject",
    "subject_class",
    "value",
    "value_high",
    "low",
    "high",
    "qualifier",
    "as_of",
    "source",
    "source_name",
    "verified_by",
    "verified_at",
    "updated_at",
    "note",
    "withdrawn_reason",
    "evidence_count",
    "evidence_claims",
    "evidence_outlets",
    "evidence_urls",
    "evidence_quotes",
)


def _number(value: float | None) -> float | int | str:
    if value is None:
        return ""
    return int(value) if float(value).is_integer() else value


def _iso(value: Any) -> str:
    return "" if value is None else value.isoformat()


def figure_csv_row(row: dict[str, Any]) -> tuple[Any, ...]:
    """One spreadsheet row per figure (a `figure_rows` row); its evidence flattened into joined columns."""
    evidence = row["evidence"]
    withdrawn = row["status"] == FigureStatus.WITHDRAWN
    return (
        row["id"],
        row["status"],
        row["event_id"],
        row["event__title"],
        row["metric"],
        row["subject"],
        row["subject_class"],
        _number(row["value"]),
        _number(row["value_high"]),
        _number(row["low"]),
        _number(row["high"]),
        row["qualifier"],
        _iso(row["as_of"]),
        row["source__slug"] or "",
        row["source__name"] or "",
        row["verified_by__username"],
        _iso(row["verified_at"]),
        _iso(row["updated_at"]),
        row["note"],
        row["withdrawn_reason"] if withdrawn else "",
        len(evidence),
        EVIDENCE_SEPARATOR.join(str(e["claim_id"]) for e in evidence),
        EVIDENCE_SEPARATOR.join(e["claim__article__outlet__name"] for e in evidence),
        EVIDENCE_SEPARATOR.join(e["claim__article__url"] or "" for e in evidence),
        EVIDENCE_SEPARATOR.join(e["claim__quote"] for e in evidence),
    )


def figure_csv_rows(figures: QuerySet[VerifiedFigure], *, chunk: int = 1000) -> Iterator[tuple[Any, ...]]:
    """Every figure of the (filtered, ordered) queryset as CSV rows, `chunk` figures (two queries) at a time."""
    ids = list(figures.values_list("id", flat=True))
    for start in range(0, len(ids), chunk):
        for row in figure_rows(ids[start : start + chunk]):
            yield figure_csv_row(row)


_QUALIFIER_WORDS = {
    "exact": "",
    "at_least": "at least ",
    "more_than": "more than ",
    "at_most": "at most ",
    "less_than": "less than ",
    "about": "about ",
    "nearly": "nearly ",
    "range": "",
}


def figure_statement(figure: VerifiedFigure) -> str:
    """The figure as one plain sentence: "At least 93 people killed in <event> as of 2024-08-10, according to X"."""
    value = f"{_number(figure.value):,}"
    if figure.qualifier == "range" and figure.value_high is not None:
        value = f"{value} to {_number(figure.value_high):,}"
    who = figure.subject or figure.subject_class
    text = (
        f"{_QUALIFIER_WORDS.get(figure.qualifier, '')}{value} {who} {figure.metric} in {figure.event.title}"
    )
    if figure.as_of:
        text += f" as of {figure.as_of.isoformat()}"
    if figure.source:
        text += f", according to {figure.source.name}"
    return text[0].upper() + text[1:]


def claim_review(figure: VerifiedFigure, *, url: str, context: bool = True) -> dict[str, Any]:
    """A verified figure as a schema.org ClaimReview (https://schema.org/ClaimReview)."""
    statement = figure_statement(figure)
    evidence = sorted(figure.evidence.all(), key=lambda c: (c.article.published_at, c.pk))
    appearances = [
        {
            "@type": "NewsArticle",
            **({"url": claim.article.url} if claim.article.url else {}),
            "headline": claim.article.title or claim.quote,
            "datePublished": claim.article.published_at.isoformat(),
            "publisher": {"@type": "Organization", "name": claim.article.outlet.name},
        }
        for claim in evidence
    ]
    item: dict[str, Any] = {"@type": "Claim", "name": statement}
    if figure.source:
        item["author"] = {"@type": "Organization", "name": figure.source.name}
    if appearances:
        item["appearance"] = appearances
        item["firstAppearance"] = appearances[0]
        item["datePublished"] = appearances[0]["datePublished"]
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "@id": url,
        "url": url,
        "identifier": str(figure.pk),
        "datePublished": figure.verified_at.isoformat(),
        "dateModified": figure.updated_at.isoformat(),
        "author": {"@type": "Organization", "name": settings.TRACKER_PUBLISHER_NAME},
        "claimReviewed": statement,
        "reviewBody": figure.note or statement,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": 5,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": "Verified",
        },
        "itemReviewed": item,
        "about": {"@type": "Event", "name": figure.event.title},
    }
    if figure.event.day:
        review["about"]["startDate"] = figure.event.day.isoformat()
    return {"@context": SCHEMA_ORG, **review} if context else review


def claim_review_graph(figures: Iterable[VerifiedFigure], *, url_of: Callable[[int], str]) -> dict[str, Any]:
    """Several ClaimReviews as one JSON-LD document."""
    return {
        "@context": SCHEMA_ORG,
        "@graph": [claim_review(f, url=url_of(f.pk), context=False) for f in figures],
    }


# --- conditional requests ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FeedState:
    """What changes whenever a list's answer can change: how many figures match, and the latest change."""

    count: int
    published: int
    last_modified: datetime | None


def figure_feed_state(figures: QuerySet[VerifiedFigure]) -> FeedState:
    """One aggregate query over the filtered figures, withdrawn ones included (withdrawing changes the list).

    It also counts the published ones, so page-number pages need no COUNT of their own.
    """
    row = figures.order_by().aggregate(
        count=Count("id"),
        published=Count("id", filter=Q(status=FigureStatus.PUBLISHED)),
        last=Max("updated_at"),
    )
    return FeedState(count=row["count"], published=row["published"], last_modified=row["last"])


def etag_for(*parts: Any) -> str:
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:32]
    return f'"{digest}"'


# What the feed shows of each evidence claim: never the article text, which can run to megabytes.
_EVIDENCE_COLUMNS = (
    "id",
    "article_id",
    "quote",
    "value",
    "qualifier",
    "attribution",
    "source_id",
    "article__url",
    "article__title",
    "article__published_at",
    "article__outlet_id",
    "article__outlet__name",
    "source__slug",
    "source__name",
)


def with_provenance(figures: QuerySet[VerifiedFigure]) -> QuerySet[VerifiedFigure]:
    """Figures with their provenance in a fixed number of queries (figures, then evidence with its joins)."""
    evidence = (
        Claim.objects.select_related("article__outlet", "source")
        .only(*_EVIDENCE_COLUMNS)
        .order_by("article__published_at", "id")
    )
    return figures.select_related("event", "source", "verified_by").prefetch_related(
        Prefetch("evidence", queryset=evidence)
    )


def listed(figures: QuerySet[VerifiedFigure], *, include_withdrawn: bool = False) -> QuerySet[VerifiedFigure]:
    """The list's figures in the list's order: published ones, or every one for the change feed."""
    if not include_withdrawn:
        figures = figures.filter(status=FigureStatus.PUBLISHED)
    return figures.order_by("-verified_at", "-id")


def figure_feed(*, include_withdrawn: bool = False) -> QuerySet[VerifiedFigure]:
    """Figures with their provenance, in the list's order."""
    return with_provenance(listed(VerifiedFigure.objects.all(), include_withdrawn=include_withdrawn))


# --- the list's hot path: plain rows --------------------------------------------------------------

_FIGURE_ROW = (
    "id",
    "event_id",
    "event__title",
    "metric",
    "subject",
    "subject_class",
    "value",
    "value_high",
    "low",
    "high",
    "qualifier",
    "as_of",
    "source_id",
    "source__slug",
    "source__name",
    "verified_by__username",
    "verified_at",
    "updated_at",
    "note",
    "status",
    "withdrawn_reason",
)
_EVIDENCE_ROW = (
    "verifiedfigure_id",
    "claim_id",
    "claim__article_id",
    "claim__article__outlet__name",
    "claim__article__url",
    "claim__article__published_at",
    "claim__quote",
    "claim__value",
    "claim__qualifier",
    "claim__source_id",
    "claim__source__slug",
    "claim__source__name",
    "claim__attribution",
)


def figure_values(figures: QuerySet[VerifiedFigure]) -> QuerySet[VerifiedFigure]:
    """The (filtered) figures as plain rows: one query per page, no model instances."""
    return figures.values(*_FIGURE_ROW)


def with_evidence(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Attach each row's evidence claims (as plain rows too) in one query."""
    by_id = {row["id"]: row for row in rows}
    for row in rows:
        row["evidence"] = []
    through = VerifiedFigure.evidence.through.objects.filter(verifiedfigure_id__in=list(by_id))
    for claim in through.order_by("claim__article__published_at", "claim_id").values(*_EVIDENCE_ROW):
        by_id[claim["verifiedfigure_id"]]["evidence"].append(claim)
    return rows


def figure_rows(ids: list[int]) -> list[dict[str, Any]]:
    """The figures with these ids as plain rows with their evidence, in the given order: two queries."""
    rows = {row["id"]: row for row in figure_values(VerifiedFigure.objects.filter(pk__in=ids))}
    return with_evidence([rows[pk] for pk in ids if pk in rows])
