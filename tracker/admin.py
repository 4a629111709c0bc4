from __future__ import annotations

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from tracker.models import Article, Claim, Event, Outlet, Source, SourceAlias


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    search_fields = ["name"]


class SourceAliasInline(admin.TabularInline):
    model = SourceAlias
    extra = 0
    fields = ["alias", "normalized"]
    readonly_fields = ["normalized"]


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["name", "slug", "kind", "confirmed", "merged_into"]
    list_filter = ["kind", "confirmed"]
    search_fields = ["name", "slug", "aliases__alias"]
    inlines = [SourceAliasInline]
    list_select_related = ["merged_into"]


@admin.register(Event)
class EventAdmin(SimpleHistoryAdmin):
    list_display = ["title", "kind", "day", "since"]
    list_filter = ["kind"]
    search_fields = ["title", "slug"]
    date_hierarchy = "day"


class ClaimInline(admin.TabularInline):
    model = Claim
    extra = 0
    fields = ["quote", "value", "qualifier", "metric", "subject_class", "source", "scope", "as_of", "status"]
    readonly_fields = fields
    show_change_link = True
    can_delete = False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published_at", "status", "extractor_version"]
    list_filter = ["status", "outlet"]
    search_fields = ["title", "url", "text"]
    list_select_related = ["outlet"]
    date_hierarchy = "published_at"
    readonly_fields = ["content_hash", "status", "error", "extractor_version", "extracted_at"]
    inlines = [ClaimInline]


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    list_display = ["quote", "value", "qualifier", "metric", "subject_class", "source", "scope", "as_of", "status"]
    list_filter = ["status", "metric", "qualifier", "scope", "subject_class"]
    search_fields = ["quote", "sentence", "subject", "attribution", "source__name"]
    list_select_related = ["source", "article", "event"]
    raw_id_fields = ["article", "event", "source"]
