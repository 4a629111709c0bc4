"""A baseline for bench/api_load.py: the figures page built by hand, with no DRF at all.

Served only when TRACKER_BENCH_VIEWS is on (tracker/urls.py); never in production.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.http import HttpRequest, JsonResponse

from verification.models import FigureStatus, VerifiedFigure

FIGURE_FIELDS = (
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
)
EVIDENCE_FIELDS = (
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


def plain_figures(request: HttpRequest) -> JsonResponse:
    size = min(int(request.GET.get("page_size", 50)), 500)
    page = max(int(request.GET.get("page", 1)), 1)
    figures = VerifiedFigure.objects.filter(status=FigureStatus.PUBLISHED)
    rows = list(
        figures.order_by("-verified_at", "-id").values(*FIGURE_FIELDS)[(page - 1) * size : page * size]
    )
    through = VerifiedFigure.evidence.through.objects.filter(verifiedfigure_id__in=[r["id"] for r in rows])
    evidence: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for e in through.values(*EVIDENCE_FIELDS):
        evidence[e.pop("verifiedfigure_id")].append(e)
    for row in rows:
        row["evidence"] = evidence.get(row["id"], [])
    return JsonResponse({"count": figures.count(), "results": rows})
