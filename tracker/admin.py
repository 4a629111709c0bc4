"""The editors' registries: articles, claims, sources and events. Actions call tracker.services."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.db.models import Count, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from tracker.adminkit import (
    QuickCheckboxMixin,
    highlight_spans,
    intermediate_action,
    is_editor,
    sentence_with_figure,
)
from tracker.choices import SOURCE_KIND_CHOICES
from tracker.login_throttle import ThrottledAdminAuthenticationForm
from tracker.models import Article, Claim, Event, Outlet, Source, SourceAlias
from tracker.services import registry
from tracker.services.extraction import article_extract

admin.site.site_header = "Figure verification tracker"
admin.site.site_title = "Figure tracker"
admin.site.index_title = "Editorial review"
admin.site.login_form = ThrottledAdminAuthenticationForm

CLAIMS_SHOWN = 100


def _admin_link(obj: Any, label: Any = None) -> str:
    if obj is None:
        return "—"
    opts = obj._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    return format_html('<a href="{}">{}</a>', url, label if label is not None else obj)


def _queue_link(param: str, pk: int, label: str) -> str:
    """A link to the discrepancy queue filtered to this object (nothing when verification is absent)."""
    try:
        url = reverse("admin:verification_discrepancy_changelist")
    except NoReverseMatch:
        return ""
    return format_html(' · <a href="{}?{}={}">{}</a>', url, param, pk, label)


def _claim_rows(claims: list[Claim]) -> str:
    if not claims:
        return "No claims."
    rows = format_html_join(
        "",
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        (
            (
                _admin_link(c, c.quote),
                c.get_metric_display(),
                c.get_qualifier_display(),
                c.article.outlet.name,
                c.article.published_at.strftime("%Y-%m-%d %H:%M"),
                c.source.name if c.source else "—",
                c.as_of or "—",
            )
            for c in claims
        ),
    )
    return format_html(
        "<table><thead><tr><th>figure</th><th>metric</th><th>qualifier</th><th>outlet</th><th>published</th>"
        "<th>source</th><th>as of</th></tr></thead><tbody>{}</tbody></table>",
        rows,
    )


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    search_fields = ["name"]
    list_display = ["name", "created_at"]


# --- sources -------------------------------------------------------------------------------------


class SourceAliasInline(admin.TabularInline):
    model = SourceAlias
    extra = 0
    fields = ["alias", "normalized"]
    readonly_fields = ["normalized"]


class SourceKindForm(forms.Form):
    kind = forms.ChoiceField(choices=SOURCE_KIND_CHOICES)


class SourceMergeForm(forms.Form):
    into = forms.ModelChoiceField(
        queryset=Source.objects.filter(merged_into__isnull=True).order_by("-confirmed", "name"),
        label="Merge into",
        help_text="Every claim of the selected sources moves to this one; their names stay as its aliases.",
    )


@admin.register(Source)
class SourceAdmin(QuickCheckboxMixin, SimpleHistoryAdmin):
    list_display = ["name", "slug", "kind", "confirmed", "merged_into", "claim_count"]
    list_filter = ["kind", "confirmed", ("merged_into", admin.EmptyFieldListFilter)]
    search_fields = ["name", "slug", "aliases__alias"]
    inlines = [SourceAliasInline]
    list_select_related = ["merged_into"]
    actions = ["confirm_sources", "set_kind", "merge_sources"]
    readonly_fields = ["merged_into", "labels_by_outlet", "attributed_claims", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "confirmed", "merged_into"]}),
        ("How outlets name it", {"fields": ["labels_by_outlet"]}),
        ("Claims attributed to it", {"fields": ["attributed_claims"]}),
        ("Record", {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def get_changelist_instance(self, request: HttpRequest) -> Any:
        # Claim counts for the sources on this page only, in one grouped query: an annotation would
        # count the claims of every source before the page is cut.
        changelist = super().get_changelist_instance(request)
        page = list(changelist.result_list)
        counts = dict(
            Claim.objects.filter(source__in=[s.pk for s in page])
            .order_by()
            .values_list("source")
            .annotate(n=Count("pk"))
        )
        for source in page:
            source.claims_n = counts.get(source.pk, 0)  # type: ignore[attr-defined]
        return changelist

    def get_readonly_fields(self, request: HttpRequest, obj: Source | None = None) -> list[str]:
        return [*self.readonly_fields, "slug"] if obj is not None else list(self.readonly_fields)

    @admin.display(description="claims")
    def claim_count(self, obj: Source) -> int:
        return getattr(obj, "claims_n", 0)

    @admin.display(description="labels each outlet uses")
    def labels_by_outlet(self, obj: Source) -> str:
        rows = (
            Claim.objects.filter(source=obj)
            .values_list("article__outlet__name", "attribution")
            .annotate(n=Count("pk"))
            .order_by("article__outlet__name", "-n")
        )
        if not rows:
            return "No claims yet."
        return format_html(
            "<table><thead><tr><th>outlet</th><th>attribution words</th><th>claims</th></tr></thead>"
            "<tbody>{}</tbody></table>",
            format_html_join(
                "", "<tr><td>{}</td><td>{}</td><td>{}</td></tr>", ((o, a or "(none)", n) for o, a, n in rows)
            ),
        )

    @admin.display(description="claims")
    def attributed_claims(self, obj: Source) -> str:
        claims = list(
            Claim.objects.filter(source=obj)
            .select_related("article__outlet", "source")
            .order_by("-article__published_at", "-pk")[:CLAIMS_SHOWN]
        )
        total = Claim.objects.filter(source=obj).count()
        more = reverse("admin:tracker_claim_changelist") + f"?source__id__exact={obj.pk}"
        return format_html(
            '{}<p>{} claims in all — <a href="{}">see them in the claim list</a>{}.</p>',
            _claim_rows(claims),
            total,
            more,
            _queue_link("source", obj.pk, "discrepancies involving this source"),
        )

    def save_model(self, request: HttpRequest, obj: Source, form: forms.ModelForm, change: bool) -> None:
        if not change:
            super().save_model(request, obj, form, change)
            return
        current = Source.objects.get(pk=obj.pk)
        if "name" in form.changed_data:
            registry.source_rename(source=current, name=obj.name, user=request.user)
        if "kind" in form.changed_data:
            registry.source_set_kind(source=current, kind=obj.kind, user=request.user)
        if "confirmed" in form.changed_data:
            if obj.confirmed:
                registry.source_confirm(source=current, user=request.user)
            else:
                current.confirmed = False
                current.save(update_fields=["confirmed", "updated_at"])

    @admin.action(description="Confirm selected sources", permissions=["change"])
    def confirm_sources(self, request: HttpRequest, queryset: QuerySet[Source]) -> None:
        for source in queryset:
            registry.source_confirm(source=source, user=request.user)
        self.message_user(request, f"Confirmed {queryset.count()} sources.", messages.SUCCESS)

    @admin.action(description="Set the kind of selected sources…", permissions=["change"])
    def set_kind(self, request: HttpRequest, queryset: QuerySet[Source]) -> Any:
        def apply(data: dict[str, Any]) -> str:
            for source in queryset:
                registry.source_set_kind(source=source, kind=data["kind"], user=request.user)
            return f"Set {queryset.count()} sources to {data['kind']}."

        return intermediate_action(
            self,
            request,
            queryset,
            form_class=SourceKindForm,
            title="Set source kind",
            intro="What kind of body are these sources?",
            apply=apply,
        )

    @admin.action(description="Merge selected sources into another…", permissions=["change"])
    def merge_sources(self, request: HttpRequest, queryset: QuerySet[Source]) -> Any:
        def apply(data: dict[str, Any]) -> str:
            into = data["into"]
            moved = 0
            for source in queryset.exclude(pk=into.pk):
                moved += registry.source_merge(source=source, into=into, user=request.user)
            return f"Merged into {into}: {moved} claims moved; the old names are now aliases."

        return intermediate_action(
            self,
            request,
            queryset,
            form_class=SourceMergeForm,
            title="Merge sources",
            intro="These sources will be folded into the one you choose.",
            apply=apply,
            submit="Merge",
        )


# --- events --------------------------------------------------------------------------------------


class EventMergeForm(forms.Form):
    into = forms.ModelChoiceField(queryset=Event.objects.none(), label="Keep this event")

    def __init__(self, *args: Any, events: QuerySet[Event], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["into"].queryset = events  # type: ignore[attr-defined]


class EventSplitForm(forms.Form):
    title = forms.CharField(max_length=300, label="Title of the new event")
    claims = forms.ModelMultipleChoiceField(
        queryset=Claim.objects.none(), widget=forms.CheckboxSelectMultiple, label="Claims to move"
    )

    def __init__(self, *args: Any, event: Event, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["claims"]
        field.queryset = event.claims.select_related("article__outlet").order_by("as_of", "pk")  # type: ignore[attr-defined]
        field.label_from_instance = (
            lambda c: (  # type: ignore[attr-defined]
                f"{c.quote} {c.metric} — {c.article.outlet.name}, {c.article.published_at:%Y-%m-%d} — {c.sentence[:90]}"
            )
        )


@admin.register(Event)
class EventAdmin(QuickCheckboxMixin, SimpleHistoryAdmin):
    list_display = ["title", "kind", "day", "since", "claim_count", "merged_into"]
    list_filter = ["kind", ("merged_into", admin.EmptyFieldListFilter)]
    search_fields = ["title", "slug"]
    date_hierarchy = "day"
    list_select_related = ["merged_into"]
    actions = ["merge_events", "split_event"]
    readonly_fields = [
        "merged_into",
        "event_claims",
        "claims_changed_at",
        "compared_at",
        "created_at",
        "updated_at",
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Event]:
        claims = (
            Claim.objects.filter(event=OuterRef("pk"))
            .order_by()
            .values("event")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return super().get_queryset(request).annotate(claims_n=Coalesce(Subquery(claims), 0))

    @admin.display(description="claims", ordering="claims_n")
    def claim_count(self, obj: Event) -> int:
        return obj.claims_n  # type: ignore[attr-defined]

    @admin.display(description="claims about this event")
    def event_claims(self, obj: Event) -> str:
        claims = list(
            obj.claims.select_related("article__outlet", "source").order_by("as_of", "pk")[:CLAIMS_SHOWN]
        )
        more = reverse("admin:tracker_claim_changelist") + f"?event__id__exact={obj.pk}"
        return format_html(
            '{}<p><a href="{}">All claims of this event</a>{}</p>',
            _claim_rows(claims),
            more,
            _queue_link("event", obj.pk, "its discrepancies"),
        )

    @admin.action(description="Merge selected events…", permissions=["change"])
    def merge_events(self, request: HttpRequest, queryset: QuerySet[Event]) -> Any:
        if queryset.count() < 2:
            self.message_user(request, "Select two or more events to merge.", messages.WARNING)
            return None

        def apply(data: dict[str, Any]) -> str:
            moved = registry.event_merge(events=list(queryset), into=data["into"], user=request.user)
            return f"Merged into {data['into']}: {moved} claims moved."

        return intermediate_action(
            self,
            request,
            queryset,
            form_class=EventMergeForm,
            form_kwargs={"events": queryset},
            title="Merge events",
            intro="Claims, discrepancies and verified figures move to the event you keep.",
            apply=apply,
            submit="Merge",
        )

    @admin.action(description="Split claims off the selected event…", permissions=["change"])
    def split_event(self, request: HttpRequest, queryset: QuerySet[Event]) -> Any:
        if queryset.count() != 1:
            self.message_user(request, "Select exactly one event to split.", messages.WARNING)
            return None
        event = queryset.get()

        def apply(data: dict[str, Any]) -> str:
            new = registry.event_split(
                event=event, claim_ids=[c.pk for c in data["claims"]], title=data["title"], user=request.user
            )
            return f"Moved {len(data['claims'])} claims to the new event {new}."

        return intermediate_action(
            self,
            request,
            queryset,
            form_class=EventSplitForm,
            form_kwargs={"event": event},
            title=f"Split {event}",
            intro="The claims you tick move to a new event.",
            apply=apply,
            submit="Split",
        )


# --- articles ------------------------------------------------------------------------------------


class ClaimInline(admin.TabularInline):
    model = Claim
    extra = 0
    fields = ["quote", "value", "qualifier", "metric", "subject_class", "source", "scope", "as_of", "status"]
    readonly_fields = fields
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def get_queryset(self, request: HttpRequest) -> QuerySet[Claim]:
        return super().get_queryset(request).select_related("source")


@admin.register(Article)
class ArticleAdmin(QuickCheckboxMixin, admin.ModelAdmin):
    list_display = ["title", "outlet", "published_at", "status", "extractor_version", "claim_count"]
    list_filter = ["status", "outlet"]
    search_fields = ["title", "url"]
    list_select_related = ["outlet"]
    date_hierarchy = "published_at"
    readonly_fields = [
        "content_hash",
        "status",
        "error",
        "extractor_version",
        "extracted_at",
        "text_with_claims",
    ]
    fieldsets = [
        (None, {"fields": ["outlet", "title", "url", "published_at", "language"]}),
        ("Text with every extracted claim marked", {"fields": ["text_with_claims"]}),
        ("Extraction", {"fields": ["status", "error", "extractor_version", "extracted_at", "content_hash"]}),
        ("Raw text", {"fields": ["text"], "classes": ["collapse"]}),
    ]
    inlines = [ClaimInline]
    actions = ["reextract"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_queryset(self, request: HttpRequest) -> QuerySet[Article]:
        claims = (
            Claim.objects.filter(article=OuterRef("pk"))
            .order_by()
            .values("article")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return super().get_queryset(request).annotate(claims_n=Coalesce(Subquery(claims), 0))

    @admin.display(description="claims", ordering="claims_n")
    def claim_count(self, obj: Article) -> int:
        return obj.claims_n  # type: ignore[attr-defined]

    @admin.display(description="text")
    def text_with_claims(self, obj: Article) -> str:
        if obj.pk is None:
            return "—"
        spans = [
            (
                c.char_start,
                c.char_end,
                f"{c.value:g} {c.metric} ({c.get_qualifier_display()})"
                + (f" — {c.source.name}" if c.source else "")
                + (" — corrected" if c.corrected else ""),
                reverse("admin:tracker_claim_change", args=[c.pk]),
            )
            for c in obj.claims.select_related("source")
        ]
        return highlight_spans(obj.text, spans)

    def has_reextract_permission(self, request: HttpRequest) -> bool:
        return is_editor(request.user) or request.user.has_perm("tracker.ingest")

    @admin.action(description="Re-extract claims of selected articles", permissions=["reextract"])
    def reextract(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        done, failed = 0, 0
        for pk in queryset.values_list("pk", flat=True)[:200]:
            article = article_extract(article_id=pk)
            if article is not None and article.status == "failed":
                failed += 1
            else:
                done += 1
        level = messages.WARNING if failed else messages.SUCCESS
        self.message_user(
            request, f"Re-extracted {done} articles ({failed} failed); corrected claims were kept.", level
        )


# --- claims --------------------------------------------------------------------------------------


@admin.register(Claim)
class ClaimAdmin(QuickCheckboxMixin, SimpleHistoryAdmin):
    list_display = [
        "quote",
        "value",
        "qualifier",
        "metric",
        "subject_class",
        "source",
        "outlet",
        "event",
        "as_of",
        "status",
        "corrected",
    ]
    list_filter = ["status", "corrected", "metric", "qualifier", "scope", "subject_class"]
    search_fields = ["quote", "subject", "attribution", "source__name"]
    # Related rows come by prefetch, for the page only: with a join, a deep page (OFFSET) joins every
    # row it skips.
    list_select_related = ()
    list_per_page = 50
    raw_id_fields = ["event", "source"]
    show_full_result_count = False
    readonly_fields = [
        "article_link",
        "sentence_marked",
        "quote",
        "char_start",
        "char_end",
        "low",
        "high",
        "attribution",
        "currency",
        "corrected",
        "extractor_version",
        "reviewed_by",
        "reviewed_at",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["article_link", "sentence_marked", "quote", "attribution"]}),
        (
            "The figure (an edit here is a correction: re-extraction keeps it)",
            {
                "fields": [
                    "value",
                    "value_high",
                    "qualifier",
                    "low",
                    "high",
                    "metric",
                    "subject",
                    "subject_class",
                ]
            },
        ),
        ("Who and when", {"fields": ["source", "event", "scope", "since", "as_of"]}),
        ("Review", {"fields": ["status", "corrected", "reviewed_by", "reviewed_at"]}),
        (
            "Record",
            {
                "fields": [
                    "char_start",
                    "char_end",
                    "currency",
                    "extractor_version",
                    "created_at",
                    "updated_at",
                ],
                "classes": ["collapse"],
            },
        ),
    ]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def get_queryset(self, request: HttpRequest) -> QuerySet[Claim]:
        queryset = super().get_queryset(request)
        if request.resolver_match and request.resolver_match.url_name == "tracker_claim_changelist":
            queryset = queryset.prefetch_related(
                Prefetch(
                    "article", queryset=Article.objects.select_related("outlet").only("id", "outlet__name")
                ),
                Prefetch("source", queryset=Source.objects.only("id", "name")),
                Prefetch("event", queryset=Event.objects.only("id", "title")),
            )
        return queryset

    @admin.display(description="outlet", ordering="article__outlet__name")
    def outlet(self, obj: Claim) -> str:
        return obj.article.outlet.name

    @admin.display(description="article")
    def article_link(self, obj: Claim) -> str:
        return _admin_link(obj.article)

    @admin.display(description="sentence")
    def sentence_marked(self, obj: Claim) -> str:
        return sentence_with_figure(
            obj.sentence, obj.quote, text=obj.article.text, start=obj.char_start, end=obj.char_end
        )

    def save_model(self, request: HttpRequest, obj: Claim, form: forms.ModelForm, change: bool) -> None:
        current = Claim.objects.get(pk=obj.pk)
        changes = {f: form.cleaned_data[f] for f in form.changed_data if f in registry.CORRECTABLE_FIELDS}
        if changes:
            registry.claim_correct(claim=current, user=request.user, **changes)
        if "status" in form.changed_data:
            registry.claim_set_status(claim=current, status=obj.status, user=request.user)
        obj.refresh_from_db()
