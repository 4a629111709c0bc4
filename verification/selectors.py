"""The one place where the ORM becomes the comparison engine's DataFrame."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
from django.db.models import QuerySet

from tracker.models import Article, Claim, ClaimStatus
from verification.engine import frame as engine_frame
from verification.engine import wire_groups
from verification.models import ComparisonRun, Discrepancy, VerifiedFigure

_CLAIM_FIELDS = {
    "claim_id": "id",
    "article_id": "article_id",
    "outlet": "article__outlet__name",
    "published_at": "article__published_at",
    "event_id": "event_id",
    "metric": "metric",
    "subject": "subject",
    "subject_class": "subject_class",
    "source_id": "source_id",
    "source_name": "source__name",
    "source_kind": "source__kind",
    "attribution": "attribution",
    "scope": "scope",
    "since": "since",
    "as_of": "as_of",
    "value": "value",
    "value_high": "value_high",
    "qualifier": "qualifier",
    "low": "low",
    "high": "high",
    "status": "status",
    "sentence": "sentence",
}


def claims_frame(*, event_ids: Iterable[int] | None = None) -> pd.DataFrame:
    """Claims to compare (editor-rejected ones left out), one row each, in the engine's contract."""
    claims = Claim.objects.exclude(status=ClaimStatus.REJECTED).filter(event__isnull=False)
    if event_ids is not None:
        claims = claims.filter(event_id__in=list(event_ids))
    rows = list(claims.values_list(*_CLAIM_FIELDS.values()))
    df = pd.DataFrame.from_records(rows, columns=list(_CLAIM_FIELDS))
    if df.empty:
        return engine_frame.empty_frame()
    articles = pd.DataFrame.from_records(
        Article.objects.filter(pk__in=df["article_id"].unique().tolist()).values_list(
            "id", "outlet__name", "text"
        ),
        columns=["article_id", "outlet", "text"],
    )
    groups = wire_groups(articles)
    df["wire_group"] = df["article_id"].map(groups).fillna(df["article_id"]).astype("int64")
    return engine_frame.coerce_frame(df)


def discrepancy_list() -> QuerySet[Discrepancy]:
    return (
        Discrepancy.objects.select_related("event", "assigned_to", "verified_figure")
        .prefetch_related("claims")
        .order_by("-score", "-last_detected_at", "id")
    )


def comparison_run_list() -> QuerySet[ComparisonRun]:
    return ComparisonRun.objects.order_by("-created_at", "-id")


def figure_list() -> QuerySet[VerifiedFigure]:
    return (
        VerifiedFigure.objects.select_related("event", "source", "verified_by")
        .prefetch_related("evidence__article__outlet", "evidence__source")
        .order_by("-verified_at", "-id")
    )
