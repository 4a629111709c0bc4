"""The discrepancy queue and the review page: editors decide here. Every decision goes through
verification.services / verification.review; this module only reads requests and shows results."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Prefetch, Q, QuerySet, Value, When
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from tracker.adminkit import QuickCheckboxMixin, badge, intermediate_action, sentence_with_figure
from tracker.choices import QUALIFIER_CHOICES
from tracker.models import Claim, ClaimStatus, Event, Source
from verification import charts
from verification.models import (
    ComparisonRun,
    Discrepancy,
    DiscrepancyClaim,
    DiscrepancyStatus,
    FigureStatus,
    Severity,
    VerifiedFigure,
)
from verification.review import (
    discrepancies_assign,
    discrepancies_dismiss,
    discrepancy_assign,
    discrepancy_reopen,
    discrepancy_start_review,
    editors,
    figure_withdraw,
    is_editor,
)
from verification.services import ReviewError, StaleVersion, discrepancy_dismiss, discrepancy_resolve

SEVERITY_COLOURS = {Severity.HIGH: "#b71c1c", Severity.MEDIUM: "#e65100", Severity.LOW: "#607d8b"}
STATUS_COLOURS = {
    DiscrepancyStatus.OPEN: "#1565c0",
    DiscrepancyStatus.IN_REVIEW: "#6a1b9a",
    DiscrepancyStatus.RESOLVED: "#2e7d32",
    DiscrepancyStatus.DISMISSED: "#616161",
}
SERIES_POINTS = 400


def _figure(value: float, value_high: float | None, qualifier: str) -> str:
    if value_high is not None:
        return f"{value:,.0f}–{value_high:,.0f}"
    words = {
        "exact": "",
        "at_least": "≥ ",
        "more_than": "> ",
        "at_most": "≤ ",
        "less_than": "< ",
        "about": "~",
    }
    prefix = words.get(qualifier, qualifier.replace("_", " ") + " ")
    return f"{prefix}{value:,.0f}" if value == int(value) else f"{prefix}{value:,.2f}"


def _bound(value: float | None) -> str:
    return "∞" if value is None else f"{value:,.0f}"


# --- filters -------------------------------------------------------------------------------------


def _int_param(value: str | None) -> int:
    try:
        return int(value or "")
    except ValueError as exc:
        raise IncorrectLookupParameters(f"Not an id: {value!r}") from exc


class AssignedFilter(admin.SimpleListFilter):
    title = "assigned to"
    parameter_name = "assigned"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("me", "me"), ("nobody", "nobody"), ("others", "someone else")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Discrepancy]) -> QuerySet[Discrepancy]:
        value = self.value()
        if value == "me":
            return queryset.filter(assigned_to=request.user)
        if value == "nobody":
            return queryset.filter(assigned_to__isnull=True)
        if value == "others":
            return queryset.filter(assigned_to__isnull=False).exclude(assigned_to=request.user)
        return queryset


class DetectedSinceFilter(admin.SimpleListFilter):
    title = "detected since"
    parameter_name = "detected_since"
    DAYS = {
        "1": "the last 24 hours",
        "7": "the last 7 days",
        "30": "the last 30 days",
        "365": "the last year",
    }

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return list(self.DAYS.items())

    def queryset(self, request: HttpRequest, queryset: QuerySet[Discrepancy]) -> QuerySet[Discrepancy]:
        if self.value() is None:
            return queryset
        since = timezone.now() - timedelta(days=_int_param(self.value()))
        return queryset.filter(last_detected_at__gte=since)


class EventFilter(admin.SimpleListFilter):
    """Events with discrepancies, newest first; any event id works in the URL (links from event pages)."""

    title = "event"
    parameter_name = "event"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        events = (
            Event.objects.filter(Exists(Discrepancy.objects.filter(event=OuterRef("pk"))))
            .order_by("-day", "title")
            .values_list("pk", "title")[:40]
        )
        return [(str(pk), title[:60]) for pk, title in events]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Discrepancy]) -> QuerySet[Discrepancy]:
        if self.value() is None:
            return queryset
        return queryset.filter(event_id=_int_param(self.value()))


class SourceFilter(admin.SimpleListFilter):
    """Discrepancies with at least one claim attributed to the source."""

    title = "source"
    parameter_name = "source"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        sources = (
            Source.objects.filter(Exists(DiscrepancyClaim.objects.filter(claim__source=OuterRef("pk"))))
            .order_by("name")
            .values_list("pk", "name")[:60]
        )
        return [(str(pk), name) for pk, name in sources]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Discrepancy]) -> QuerySet[Discrepancy]:
        if self.value() is None:
            return queryset
        source_id = _int_param(self.value())
        # IN (uncorrelated) starts from the source's claims by index instead of probing every discrepancy.
        linked = DiscrepancyClaim.objects.filter(claim__source_id=source_id).values("discrepancy_id")
        return queryset.filter(pk__in=linked)


# --- forms ---------------------------------------------------------------------------------------


class FigureForm(forms.Form):
    value = forms.FloatField(label="figure")
    value_high = forms.FloatField(required=False, label="upper figure (ranges)")
    qualifier = forms.ChoiceField(choices=QUALIFIER_CHOICES, initial="exact")
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2, "cols": 50}))


class DismissForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2, "cols": 50}),
        help_text="Why these are not a real disagreement (kept with the decision).",
    )


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2, "cols": 50}),
        help_text="Why the figure no longer stands (kept with it).",
    )


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(queryset=None, label="editor", required=False, empty_label="nobody")  # type: ignore[arg-type]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = editors()  # type: ignore[attr-defined]


# --- the queue -----------------------------------------------------------------------------------


class DiscrepancyClaimInline(admin.TabularInline):
    model = DiscrepancyClaim
    extra = 0
    fields = ["claim", "added_at", "after_decision"]
    readonly_fields = fields
    can_delete = False
    verbose_name_plural = "claim links (when each claim joined)"

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def get_queryset(self, request: HttpRequest) -> QuerySet[DiscrepancyClaim]:
        return super().get_queryset(request).select_related("claim")


@admin.register(Discrepancy)
class DiscrepancyAdmin(QuickCheckboxMixin, SimpleHistoryAdmin):
    change_list_template = "admin/verification/discrepancy/change_list.html"
    change_form_template = "admin/verification/discrepancy/change_form.html"
    list_display = [
        "id",
        "severity_badge",
        "kind",
        "status_badge",
        "summary",
        "figures",
        "event",
        "assigned_to",
        "last_detected_at",
        "new_evidence",
    ]
    list_display_links = ["id", "summary"]
    list_filter = [
        "status",
        "kind",
        "severity",
        EventFilter,
        SourceFilter,
        AssignedFilter,
        DetectedSinceFilter,
        "new_evidence",
    ]
    search_fields = ["explanation", "event__title", "claims__quote", "claims__source__name"]
    # Related rows come by prefetch, for the page only: a join would be sorted with every row of the table.
    list_select_related = ()
    list_per_page = 50
    show_full_result_count = False
    actions = ["assign_to_me", "assign_to_editor", "dismiss_selected"]
    inlines = [DiscrepancyClaimInline]
    fieldsets = [
        (
            None,
            {"fields": ["explanation", "kind", "severity", "score", "status", "assigned_to", "event_link"]},
        ),
        ("Series", {"fields": ["metric", "subject_class", "series_key", "reason"]}),
        (
            "Decision",
            {
                "fields": [
                    "resolution",
                    "verified_figure",
                    "decided_by",
                    "decided_at",
                    "new_evidence",
                    "version",
                ]
            },
        ),
        (
            "Detection",
            {"fields": ["first_detected_at", "last_detected_at", "fingerprint"], "classes": ["collapse"]},
        ),
    ]

    # -- permissions: editors (group) and superusers decide; other staff only look
    def has_review_permission(self, request: HttpRequest) -> bool:
        return is_editor(request.user)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return super().has_change_permission(request, obj) and is_editor(request.user)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        return [f.name for f in Discrepancy._meta.fields] + ["event_link"]

    # -- queryset: one query for the page, one for its claims
    def get_queryset(self, request: HttpRequest) -> QuerySet[Discrepancy]:
        rank = Case(
            When(severity=Severity.HIGH, then=Value(3)),
            When(severity=Severity.MEDIUM, then=Value(2)),
            default=Value(1),
            output_field=IntegerField(),
        )
        claims = Claim.objects.select_related("source", "article__outlet").only(
            "id", "value", "value_high", "qualifier", "quote", "source__name", "article__outlet__name"
        )
        # Not super(): the admin orders before we could annotate the rank it orders by.
        return (
            Discrepancy._default_manager.annotate(severity_rank=rank)
            .order_by(*self.get_ordering(request))
            .prefetch_related(
                Prefetch("event", queryset=Event.objects.only("id", "title")),
                "assigned_to",
                Prefetch("claims", queryset=claims),
            )
        )

    def get_ordering(self, request: HttpRequest) -> list[str]:
        return ["-severity_rank", "-last_detected_at", "-id"]

    # -- columns
    @admin.display(description="severity", ordering="severity_rank")
    def severity_badge(self, obj: Discrepancy) -> str:
        return badge(obj.get_severity_display(), SEVERITY_COLOURS.get(obj.severity, "#607d8b"))

    @admin.display(description="status", ordering="status")
    def status_badge(self, obj: Discrepancy) -> str:
        return badge(obj.get_status_display(), STATUS_COLOURS.get(obj.status, "#616161"))

    @admin.display(description="explanation")
    def summary(self, obj: Discrepancy) -> str:
        text = obj.explanation
        return text if len(text) <= 140 else text[:139] + "…"

    @admin.display(description="figures")
    def figures(self, obj: Discrepancy) -> str:
        seen: dict[str, list[str]] = {}
        for claim in obj.claims.all():
            who = claim.source.name if claim.source else claim.article.outlet.name
            seen.setdefault(_figure(claim.value, claim.value_high, claim.qualifier), []).append(who)
        return " vs ".join(f"{fig} ({', '.join(sorted(set(who))[:2])})" for fig, who in seen.items())

    @admin.display(description="event")
    def event_link(self, obj: Discrepancy) -> str:
        if obj.event_id is None:
            return "—"
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:tracker_event_change", args=[obj.event_id]), obj.event
        )

    # -- changelist header: counts per status in one query
    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        counts = Discrepancy.objects.aggregate(
            **{status.value: Count("pk", filter=Q(status=status.value)) for status in DiscrepancyStatus}
        )
        extra_context = {
            **(extra_context or {}),
            "status_counts": [
                (status.value, status.label, counts[status.value], STATUS_COLOURS[status])
                for status in DiscrepancyStatus
            ],
        }
        return super().changelist_view(request, extra_context=extra_context)

    # -- actions (bulk)
    @admin.action(description="Assign selected to me", permissions=["review"])
    def assign_to_me(self, request: HttpRequest, queryset: QuerySet[Discrepancy]) -> None:
        result = discrepancies_assign(
            discrepancy_ids=queryset.values_list("pk", flat=True), user=request.user, assignee=request.user
        )
        self.message_user(request, f"Assigned {len(result.done)} discrepancies to you.", messages.SUCCESS)

    @admin.action(description="Assign selected to an editor…", permissions=["review"])
    def assign_to_editor(self, request: HttpRequest, queryset: QuerySet[Discrepancy]) -> Any:
        def apply(data: dict[str, Any]) -> str:
            result = discrepancies_assign(
                discrepancy_ids=queryset.values_list("pk", flat=True),
                user=request.user,
                assignee=data["assignee"],
            )
            return f"Assigned {len(result.done)} discrepancies to {data['assignee'] or 'nobody'}."

        return intermediate_action(
            self,
            request,
            queryset,
            form_class=AssignForm,
            title="Assign discrepancies",
            intro="Who should review these discrepancies?",
            apply=apply,
            submit="Assign",
        )

    @admin.action(description="Dismiss selected…", permissions=["review"])
    def dismiss_selected(self, request: HttpRequest, queryset: QuerySet[Discrepancy]) -> Any:
        def apply(data: dict[str, Any]) -> str:
            result = discrepancies_dismiss(
                discrepancy_ids=queryset.values_list("pk", flat=True),
                user=request.user,
                reason=data["reason"],
            )
            skipped = f"; {len(result.skipped)} left alone (already decided)" if result.skipped else ""
            return f"Dismissed {len(result.done)} discrepancies{skipped}."

        return intermediate_action(
            self,
            request,
            queryset,
            form_class=DismissForm,
            title="Dismiss discrepancies",
            intro="Dismissing records your reason with each discrepancy; decided ones are left alone.",
            apply=apply,
            submit="Dismiss",
        )

    # -- the review page
    def get_urls(self) -> list[Any]:
        custom = [
            path(
                "<path:object_id>/decide/",
                self.admin_site.admin_view(self.decide_view),
                name="verification_discrepancy_decide",
            )
        ]
        return custom + super().get_urls()

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        discrepancy = self.get_object(request, object_id)
        extra = dict(extra_context or {})
        if discrepancy is not None:
            extra.update(self._review_context(request, discrepancy))
        extra.update(show_save=False, show_save_and_continue=False, show_save_and_add_another=False)
        return super().change_view(request, object_id, form_url, extra_context=extra)

    def _review_context(self, request: HttpRequest, discrepancy: Discrepancy) -> dict[str, Any]:
        links = list(
            DiscrepancyClaim.objects.filter(discrepancy=discrepancy)
            .select_related("claim__article__outlet", "claim__source")
            .order_by("claim__as_of", "claim__article__published_at", "claim_id")
        )
        cards = []
        for link in links:
            claim = link.claim
            article = claim.article
            cards.append(
                {
                    "claim": claim,
                    "after_decision": link.after_decision,
                    "figure": _figure(claim.value, claim.value_high, claim.qualifier),
                    "interval": f"[{_bound(claim.low)}, {_bound(claim.high)}]",
                    "sentence": sentence_with_figure(
                        claim.sentence,
                        claim.quote,
                        text=article.text,
                        start=claim.char_start,
                        end=claim.char_end,
                    ),
                    "article_url": reverse("admin:tracker_article_change", args=[article.pk]),
                    "claim_url": reverse("admin:tracker_claim_change", args=[claim.pk]),
                    "source_url": reverse("admin:tracker_source_change", args=[claim.source_id])
                    if claim.source_id
                    else "",
                    "accepted": discrepancy.verified_figure_id is not None
                    and claim.status == ClaimStatus.VERIFIED,
                }
            )
        return {
            "cards": cards,
            "timeline": self._timeline(discrepancy, {link.claim_id for link in links}),
            "can_review": is_editor(request.user),
            "figure_form": FigureForm(),
            "dismiss_form": DismissForm(),
            "assign_form": AssignForm(initial={"assignee": discrepancy.assigned_to_id}),
            "decide_url": reverse("admin:verification_discrepancy_decide", args=[discrepancy.pk]),
            "discrepancy": discrepancy,
        }

    def _timeline(self, discrepancy: Discrepancy, disagreeing: set[int]) -> str:
        scopes = set(discrepancy.claims.values_list("scope", flat=True))
        if discrepancy.event_id is None:
            claims = list(discrepancy.claims.select_related("source", "article__outlet"))
        else:
            # The series around the disagreement: same event, metric, class and scope (a daily count
            # drawn on a running total's line would read as a collapse).
            claims = list(
                Claim.objects.filter(
                    event_id=discrepancy.event_id,
                    metric=discrepancy.metric,
                    subject_class=discrepancy.subject_class,
                    scope__in=scopes,
                )
                .exclude(status=ClaimStatus.REJECTED)
                .select_related("source", "article__outlet")
                .only(
                    "id",
                    "value",
                    "value_high",
                    "low",
                    "high",
                    "qualifier",
                    "as_of",
                    "source__name",
                    "article__published_at",
                    "article__outlet__name",
                )
                .order_by("-article__published_at")[:SERIES_POINTS]
            )
        points = [
            charts.Point(
                day=c.as_of or c.article.published_at.date(),
                value=c.value,
                low=c.low,
                high=c.high,
                series=c.source.name if c.source else charts.UNATTRIBUTED,
                label=f"{_figure(c.value, c.value_high, c.qualifier)} — {c.article.outlet.name}"
                + (f", {c.source.name}" if c.source else ""),
                highlight=c.pk in disagreeing,
            )
            for c in claims
        ]
        figure = discrepancy.verified_figure
        if figure is None and discrepancy.event_id is not None:
            figure = (
                VerifiedFigure.objects.filter(
                    event_id=discrepancy.event_id,
                    metric=discrepancy.metric,
                    subject_class=discrepancy.subject_class,
                    status=FigureStatus.PUBLISHED,
                )
                .order_by("-verified_at")
                .first()
            )
        mark = (
            charts.Mark(
                day=figure.as_of,
                value=figure.value,
                label=f"verified: {_figure(figure.value, figure.value_high, figure.qualifier)}",
            )
            if figure
            else None
        )
        return charts.timeline_svg(points, verified=mark)

    def decide_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        discrepancy = get_object_or_404(Discrepancy, pk=object_id)
        back = HttpResponseRedirect(reverse("admin:verification_discrepancy_change", args=[discrepancy.pk]))
        if request.method != "POST":
            return back
        if not self.has_review_permission(request):
            raise PermissionDenied("Deciding discrepancies needs the editors group.")
        decision = request.POST.get("decision", "")
        try:
            version = int(request.POST.get("version", ""))
        except ValueError:
            self.message_user(request, "The form was missing its version; reload the page.", messages.ERROR)
            return back
        try:
            message = self._decide(request, discrepancy, decision, version)
        except StaleVersion:
            current = Discrepancy.objects.select_related("decided_by", "assigned_to").get(pk=discrepancy.pk)
            who = current.decided_by or current.assigned_to
            self.message_user(
                request,
                f"Another editor changed this discrepancy while you had it open: it is now "
                f"{current.get_status_display()}{f' ({who})' if who else ''}. Your "
                f"{decision or 'change'} was not saved and their decision stands. Check it below and decide "
                f"again if needed.",
                messages.ERROR,
            )
            return back
        except ReviewError as exc:
            self.message_user(request, exc.message, messages.ERROR)
            return back
        if message:
            self.log_change(request, discrepancy, message)
            self.message_user(request, message, messages.SUCCESS)
        return back

    def _decide(self, request: HttpRequest, discrepancy: Discrepancy, decision: str, version: int) -> str:
        user, pk = request.user, discrepancy.pk
        if decision == "accept":
            try:
                claim_id = int(request.POST.get("claim", ""))
            except ValueError as exc:
                raise ReviewError("claim", "Choose the claim to accept.") from exc
            figure = discrepancy_resolve(
                discrepancy_id=pk,
                user=user,
                claim_id=claim_id,
                note=request.POST.get("note", ""),
                version=version,
            )
            return f"Resolved: published {figure} from claim {claim_id}."
        if decision == "figure":
            form = FigureForm(request.POST)
            if not form.is_valid():
                raise ReviewError("value", "Enter the figure as a number (and the upper figure for a range).")
            data = form.cleaned_data
            figure = discrepancy_resolve(
                discrepancy_id=pk,
                user=user,
                value=data["value"],
                value_high=data["value_high"],
                qualifier=data["qualifier"],
                note=data["note"],
                version=version,
            )
            return f"Resolved: published {figure}."
        if decision == "dismiss":
            discrepancy_dismiss(
                discrepancy_id=pk, user=user, reason=request.POST.get("reason", ""), version=version
            )
            return "Dismissed."
        if decision == "assign_me":
            discrepancy_assign(discrepancy_id=pk, user=user, assignee=user, version=version)
            return "Assigned to you."
        if decision == "assign":
            raw = request.POST.get("assignee", "")
            assignee = editors().filter(pk=int(raw)).first() if raw.isdigit() else None
            if raw and assignee is None:
                raise ReviewError("assigned_to", "Choose one of the editors.")
            discrepancy_assign(discrepancy_id=pk, user=user, assignee=assignee, version=version)
            return f"Assigned to {assignee}." if assignee else "Unassigned."
        if decision == "unassign":
            discrepancy_assign(discrepancy_id=pk, user=user, assignee=None, version=version)
            return "Unassigned."
        if decision == "start":
            discrepancy_start_review(discrepancy_id=pk, user=user, version=version)
            return "In review."
        if decision == "reopen":
            discrepancy_reopen(discrepancy_id=pk, user=user, version=version)
            return "Reopened: back in review."
        raise ReviewError("decision", f"Unknown decision {decision!r}.")


# --- verified figures and runs -------------------------------------------------------------------


@admin.register(VerifiedFigure)
class VerifiedFigureAdmin(QuickCheckboxMixin, SimpleHistoryAdmin):
    list_display = [
        "__str__",
        "event",
        "metric",
        "value",
        "qualifier",
        "as_of",
        "source",
        "status",
        "verified_by",
    ]
    list_filter = ["status", "metric"]
    list_select_related = ["event", "source", "verified_by"]
    search_fields = ["event__title", "subject", "note"]
    raw_id_fields = ["evidence", "event", "source"]
    # Published figures change only through decisions; editors withdraw one with a reason.
    readonly_fields = [
        "event",
        "metric",
        "subject",
        "subject_class",
        "value",
        "value_high",
        "qualifier",
        "low",
        "high",
        "as_of",
        "source",
        "evidence",
        "status",
        "withdrawn_reason",
        "verified_by",
        "verified_at",
        "updated_at",
    ]
    actions = ["withdraw"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_review_permission(self, request: HttpRequest) -> bool:
        return is_editor(request.user)

    @admin.action(description="Withdraw selected figures…", permissions=["review"])
    def withdraw(self, request: HttpRequest, queryset: QuerySet[VerifiedFigure]) -> Any:
        def apply(data: dict[str, Any]) -> str:
            for figure in queryset:
                figure_withdraw(figure=figure, user=request.user, reason=data["reason"])
            return f"Withdrew {queryset.count()} figures; they no longer appear in the API."

        return intermediate_action(
            self,
            request,
            queryset,
            form_class=WithdrawForm,
            title="Withdraw verified figures",
            intro="Withdrawn figures leave the API and stay on record with your reason.",
            apply=apply,
            submit="Withdraw",
        )


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


from verification import admin_webhooks  # noqa: E402,F401  (webhook subscriptions and deliveries)
