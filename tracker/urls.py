from __future__ import annotations

from django.conf import settings
from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from tracker.api.views import ArticleViewSet, ClaimViewSet, EventViewSet, SourceViewSet
from verification.api.views import ComparisonRunViewSet, DiscrepancyViewSet, VerifiedFigureViewSet
from verification.api.webhooks import WebhookSubscriptionViewSet

router = DefaultRouter()
router.register("articles", ArticleViewSet, basename="article")
router.register("claims", ClaimViewSet, basename="claim")
router.register("sources", SourceViewSet, basename="source")
router.register("events", EventViewSet, basename="event")
router.register("comparisons", ComparisonRunViewSet, basename="comparison")
router.register("discrepancies", DiscrepancyViewSet, basename="discrepancy")
router.register("figures", VerifiedFigureViewSet, basename="figure")
router.register("webhooks", WebhookSubscriptionViewSet, basename="webhook")


def home(request: HttpRequest) -> HttpResponse:
    return redirect("admin:index")


urlpatterns = [
    path("", home),
    path("admin/", admin.site.urls),
    path("api/v1/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/v1/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="docs"),
    path("api/v1/", include(router.urls)),
]

if settings.TRACKER_BENCH_VIEWS:  # bench/api_load.py's baseline, off unless asked for
    from verification.bench_views import plain_figures

    urlpatterns.append(path("bench/plain-figures/", plain_figures))

handler404 = "tracker.api.handlers.not_found"
handler500 = "tracker.api.handlers.server_error"
