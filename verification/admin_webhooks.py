"""Admin pages for webhook subscriptions and their delivery log (imported from verification/admin.py)."""

from __future__ import annotations

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.html import format_html

from verification.models import DeliveryStatus, WebhookDelivery, WebhookSubscription
from verification.webhooks import deliver_webhook


class WebhookDeliveryInline(admin.TabularInline):
    model = WebhookDelivery
    extra = 0
    can_delete = False
    max_num = 0
    fields = ["created_at", "event", "figure", "status", "attempts", "response_code", "next_attempt_at"]
    readonly_fields = fields
    ordering = ["-created_at"]
    show_change_link = True


@admin.register(WebhookSubscription)
class WebhookSubscriptionAdmin(admin.ModelAdmin):
    list_display = ["url", "owner", "active", "events", "created_at"]
    list_filter = ["active"]
    search_fields = ["url", "owner__username"]
    list_select_related = ["owner"]
    raw_id_fields = ["owner"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [WebhookDeliveryInline]


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "event",
        "figure_id",
        "subscription_url",
        "status_badge",
        "attempts",
        "response_code",
        "next_attempt_at",
        "created_at",
    ]
    list_filter = ["status", "event"]
    search_fields = ["subscription__url", "error"]
    list_select_related = ["subscription"]
    readonly_fields = [f.name for f in WebhookDelivery._meta.fields]
    actions = ["send_again"]

    @admin.display(description="subscription")
    def subscription_url(self, obj: WebhookDelivery) -> str:
        return obj.subscription.url

    @admin.display(description="status", ordering="status")
    def status_badge(self, obj: WebhookDelivery) -> str:
        colour = {"delivered": "green", "failed": "red", "retrying": "orange"}.get(obj.status, "grey")
        return format_html('<b style="color:{}">{}</b>', colour, obj.get_status_display())

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.action(description="Send the selected deliveries again")
    def send_again(self, request: HttpRequest, queryset: QuerySet[WebhookDelivery]) -> None:
        ids = list(queryset.exclude(status=DeliveryStatus.DELIVERED).values_list("pk", flat=True))
        WebhookDelivery.objects.filter(pk__in=ids).update(status=DeliveryStatus.PENDING, next_attempt_at=None)
        for pk in ids:
            deliver_webhook.delay(pk)
        self.message_user(request, f"{len(ids)} deliveries queued again.")
