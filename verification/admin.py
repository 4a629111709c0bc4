from __future__ import annotations

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from verification.models import ComparisonRun, Discrepancy, DiscrepancyClaim, VerifiedFigure


@admin.register(ComparisonRun)
class ComparisonRunAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "trigger",
        "status",
        "created_at",
        "finished_at",
        "series_compared",
        "discrepancies_new",
        "discrepancies_updated",
        "discrepancies_unchanged",
    ]
    list_filter = ["status", "trigger"]
    readonly_fields = [f.name for f in ComparisonRun._meta.fields]


class DiscrepancyClaimInline(admin.TabularInline):
    model = DiscrepancyClaim
    extra = 0
    raw_id_fields = ["claim"]
    readonly_fields = ["added_at", "after_decision"]


@admin.register(Discrepancy)
class DiscrepancyAdmin(SimpleHistoryAdmin):
    list_display = ["explanation", "kind", "severity", "status", "event", "last_detected_at"]
    list_filter = ["status", "kind", "severity"]
    search_fields = ["explanation", "event__title", "claims__quote"]
    list_select_related = ["event"]
    inlines = [DiscrepancyClaimInline]


@admin.register(VerifiedFigure)
class VerifiedFigureAdmin(SimpleHistoryAdmin):
    list_display = ["event", "metric", "value", "qualifier", "as_of", "source", "status", "verified_by"]
    list_filter = ["status", "metric"]
    list_select_related = ["event", "source", "verified_by"]
    raw_id_fields = ["evidence"]
